package org.pepin.delivery.web;

import static org.pepin.platform.Route.Access.MEMBER;

import java.util.List;
import org.pepin.platform.Member;
import org.pepin.platform.Role;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The follow-up's part of the route table, screens and API: every member reads the follow-up and
 * the notices; ADMIN, MANAGER and SALES mark notices read and cancel backorders.
 */
@Component
class FollowUpRoutes implements RouteContribution {

  static final Role[] ACTORS = {Role.ADMIN, Role.MANAGER, Role.SALES};

  static boolean canAct(Member member) {
    return member.hasAnyRole(ACTORS);
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/livraisons/suivi", MEMBER),
        Route.post("/livraisons/suivi/avis/{id}/lu", ACTORS),
        Route.post("/livraisons/reliquats/{orderId}/{lineId}/annuler", ACTORS),
        Route.get("/api/v1/deliveries/follow-up", MEMBER),
        Route.get("/api/v1/delivery-notices", MEMBER),
        Route.post("/api/v1/delivery-notices/{id}/dismiss", ACTORS),
        Route.post("/api/v1/orders/{orderId}/lines/{lineId}/cancel-backorder", ACTORS));
  }
}
