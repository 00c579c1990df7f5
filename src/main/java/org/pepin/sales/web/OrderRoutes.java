package org.pepin.sales.web;

import static org.pepin.platform.Route.Access.MEMBER;

import java.util.List;
import org.pepin.platform.Member;
import org.pepin.platform.Role;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The orders' part of the route table, screens and API (the order entry and amendment form, {@code
 * /sales/orders/new} and {@code /sales/orders/{id}/edit}, is declared with the editor). Every
 * member reads orders; ADMIN, MANAGER and SALES confirm, cancel and send them; only ADMIN and
 * MANAGER release an order the credit check held. Margins are shown to ADMIN, MANAGER and
 * ACCOUNTING.
 */
@Component
class OrderRoutes implements RouteContribution {

  static final Role[] WRITERS = {Role.ADMIN, Role.MANAGER, Role.SALES};
  static final Role[] RELEASERS = {Role.ADMIN, Role.MANAGER};
  static final Role[] MARGIN_READERS = {Role.ADMIN, Role.MANAGER, Role.ACCOUNTING};

  static boolean canWrite(Member member) {
    return member.hasAnyRole(WRITERS);
  }

  static boolean canRelease(Member member) {
    return member.hasAnyRole(RELEASERS);
  }

  static boolean seesMargin(Member member) {
    return member.hasAnyRole(MARGIN_READERS);
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/sales/orders", MEMBER),
        Route.get("/sales/orders/export.{format}", MEMBER),
        Route.get("/sales/orders/{id}", MEMBER),
        Route.get("/sales/orders/{id}/pdf", MEMBER),
        Route.post("/sales/orders/{id}/confirm", WRITERS),
        Route.post("/sales/orders/{id}/release", RELEASERS),
        Route.post("/sales/orders/{id}/cancel", WRITERS),
        Route.post("/sales/orders/{id}/send", WRITERS),
        Route.get("/api/v1/orders", MEMBER),
        Route.post("/api/v1/orders", WRITERS),
        Route.post("/api/v1/orders/preview", WRITERS),
        Route.get("/api/v1/orders/{id}", MEMBER),
        Route.put("/api/v1/orders/{id}", WRITERS),
        Route.post("/api/v1/orders/{id}/confirm", WRITERS),
        Route.post("/api/v1/orders/{id}/release", RELEASERS),
        Route.post("/api/v1/orders/{id}/cancel", WRITERS),
        Route.post("/api/v1/orders/{id}/send", WRITERS),
        Route.get("/api/v1/orders/{id}/pdf", MEMBER),
        Route.get("/api/v1/orders/{id}/amendments", MEMBER));
  }
}
