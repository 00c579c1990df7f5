package org.pepin.sales.web;

import static org.pepin.platform.Route.Access.MEMBER;

import java.util.List;
import org.pepin.platform.Member;
import org.pepin.platform.Role;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The quote screens, the order entry and amendment form, and Paramètres › Ventes in the route
 * table. Every member reads quotes; ADMIN, MANAGER and SALES write them; ADMIN and MANAGER approve
 * a manual discount above the threshold; the margin is shown to ADMIN, MANAGER and ACCOUNTING; the
 * settings are ADMIN's.
 */
@Component
class QuoteRoutes implements RouteContribution {

  static final Role[] WRITERS = {Role.ADMIN, Role.MANAGER, Role.SALES};
  static final Role[] APPROVERS = {Role.ADMIN, Role.MANAGER};
  static final Role[] MARGIN_READERS = {Role.ADMIN, Role.MANAGER, Role.ACCOUNTING};

  static boolean canWrite(Member member) {
    return member.hasAnyRole(WRITERS);
  }

  static boolean canApprove(Member member) {
    return member.hasAnyRole(APPROVERS);
  }

  static boolean seesMargin(Member member) {
    return member.hasAnyRole(MARGIN_READERS);
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/sales/quotes", MEMBER),
        Route.get("/sales/quotes/export.{format}", MEMBER),
        Route.get("/sales/quotes/new", WRITERS),
        Route.post("/sales/quotes", WRITERS),
        Route.post("/sales/quotes/preview", WRITERS),
        Route.get("/sales/quotes/{id}", MEMBER),
        Route.get("/sales/quotes/{id}/edit", WRITERS),
        Route.post("/sales/quotes/{id}", WRITERS),
        Route.get("/sales/quotes/{id}/pdf", MEMBER),
        Route.get("/sales/quotes/{id}/revisions/{rev}/pdf", MEMBER),
        Route.post("/sales/quotes/{id}/send", WRITERS),
        Route.post("/sales/quotes/{id}/approve", APPROVERS),
        Route.post("/sales/quotes/{id}/accept", WRITERS),
        Route.post("/sales/quotes/{id}/refuse", WRITERS),
        Route.post("/sales/quotes/{id}/cancel", WRITERS),
        Route.get("/sales/orders/new", WRITERS),
        Route.post("/sales/orders", WRITERS),
        Route.post("/sales/orders/preview", WRITERS),
        Route.get("/sales/orders/{id}/edit", WRITERS),
        Route.post("/sales/orders/{id}", WRITERS),
        Route.get("/sales/settings", Role.ADMIN),
        Route.post("/sales/settings", Role.ADMIN));
  }
}
