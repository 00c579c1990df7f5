package org.pepin.delivery.web;

import static org.pepin.platform.Route.Access.MEMBER;

import java.util.List;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The printed documents of deliveries in the route table: the delivery note, the round sheet and
 * the plant passport labels of a lot, screens and API. Every member of the company reads them
 * (ADMIN, MANAGER, SALES, ACCOUNTING, VIEWER): printing changes nothing.
 */
@Component
class DeliveryPdfRoutes implements RouteContribution {

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/livraisons/{id}/bon.pdf", MEMBER),
        Route.get("/livraisons/tournee.pdf", MEMBER),
        Route.get("/livraisons/passeports", MEMBER),
        Route.get("/livraisons/passeports.pdf", MEMBER),
        Route.get("/api/v1/deliveries/{id}/pdf", MEMBER),
        Route.get("/api/v1/deliveries/round.pdf", MEMBER),
        Route.get("/api/v1/lots/{number}/passports.pdf", MEMBER));
  }
}
