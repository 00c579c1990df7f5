package org.pepin.delivery.web;

import static org.pepin.platform.Route.Access.MEMBER;

import java.util.List;
import org.pepin.platform.Member;
import org.pepin.platform.Role;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The delivery screens' part of the route table: every member of the company reads the orders to
 * deliver and the delivery notes; ADMIN, MANAGER and SALES prepare, change, validate and cancel
 * them.
 */
@Component
class DeliveryRoutes implements RouteContribution {

  static final Role[] WRITERS = {Role.ADMIN, Role.MANAGER, Role.SALES};

  static boolean canWrite(Member member) {
    return member.hasAnyRole(WRITERS);
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/livraisons/a-livrer", MEMBER),
        Route.post("/livraisons/preparer", WRITERS),
        Route.get("/livraisons", MEMBER),
        Route.get("/livraisons/export.{format}", MEMBER),
        Route.get("/livraisons/{id}", MEMBER),
        Route.post("/livraisons/{id}", WRITERS),
        Route.post("/livraisons/{id}/valider", WRITERS),
        Route.post("/livraisons/{id}/annuler", WRITERS));
  }
}
