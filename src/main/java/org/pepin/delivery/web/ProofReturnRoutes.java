package org.pepin.delivery.web;

import static org.pepin.platform.Route.Access.MEMBER;

import java.util.List;
import org.pepin.platform.Member;
import org.pepin.platform.Role;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The proof of delivery's and the returns' part of the route table: every member reads them (proof,
 * photos, returns, their export); ADMIN, MANAGER and SALES record a proof, add or remove photos and
 * record returns.
 */
@Component
class ProofReturnRoutes implements RouteContribution {

  static final Role[] ACTORS = {Role.ADMIN, Role.MANAGER, Role.SALES};

  static boolean canAct(Member member) {
    return member.hasAnyRole(ACTORS);
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/livraisons/{id}/reception", MEMBER),
        Route.post("/livraisons/{id}/reception", ACTORS),
        Route.post("/livraisons/{id}/photos", ACTORS),
        Route.get("/livraisons/{id}/photos/{photoId}", MEMBER),
        Route.post("/livraisons/{id}/photos/{photoId}/supprimer", ACTORS),
        Route.get("/livraisons/{id}/retours/nouveau", ACTORS),
        Route.post("/livraisons/{id}/retours", ACTORS),
        Route.get("/livraisons/retours", MEMBER),
        Route.get("/livraisons/retours/export.{format}", MEMBER),
        Route.get("/livraisons/retours/{id}", MEMBER),
        Route.post("/api/v1/deliveries/{id}/proof", ACTORS),
        Route.get("/api/v1/deliveries/{id}/photos", MEMBER),
        Route.post("/api/v1/deliveries/{id}/photos", ACTORS),
        Route.get("/api/v1/deliveries/{id}/photos/{photoId}", MEMBER),
        Route.delete("/api/v1/deliveries/{id}/photos/{photoId}", ACTORS),
        Route.post("/api/v1/deliveries/{id}/returns", ACTORS),
        Route.get("/api/v1/returns", MEMBER),
        Route.get("/api/v1/returns/{id}", MEMBER));
  }
}
