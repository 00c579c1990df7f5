package org.pepin.delivery.web;

import static org.pepin.platform.Role.ADMIN;
import static org.pepin.platform.Role.MANAGER;
import static org.pepin.platform.Role.SALES;
import static org.pepin.platform.Route.Access.MEMBER;

import java.util.List;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The routes of the delivery API and of the traceability search (screen, export, API): every member
 * reads; ADMIN, MANAGER and SALES prepare, change, validate and cancel delivery notes.
 */
@Component
class TraceabilityRoutes implements RouteContribution {

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/api/v1/deliveries", MEMBER),
        Route.get("/api/v1/deliveries/to-deliver", MEMBER),
        Route.get("/api/v1/deliveries/{id}", MEMBER),
        Route.post("/api/v1/deliveries", ADMIN, MANAGER, SALES),
        Route.put("/api/v1/deliveries/{id}", ADMIN, MANAGER, SALES),
        Route.post("/api/v1/deliveries/{id}/validate", ADMIN, MANAGER, SALES),
        Route.post("/api/v1/deliveries/{id}/cancel", ADMIN, MANAGER, SALES),
        Route.get("/api/v1/orders/{id}/deliveries", MEMBER),
        Route.get("/api/v1/traceability/lots/{number}", MEMBER),
        Route.get("/api/v1/traceability/customers/{id}", MEMBER),
        Route.get(TraceabilityController.PATH, MEMBER),
        Route.get(TraceabilityController.PATH + "/export.{format}", MEMBER));
  }
}
