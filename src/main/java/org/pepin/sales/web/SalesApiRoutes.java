package org.pepin.sales.web;

import static org.pepin.platform.Role.ADMIN;
import static org.pepin.platform.Role.MANAGER;
import static org.pepin.platform.Role.SALES;
import static org.pepin.platform.Route.Access.MEMBER;

import java.util.List;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The routes of the quote API and of the sales settings API: every member reads quotes (and their
 * PDFs); ADMIN, MANAGER and SALES create, price, change, send, record answers and cancel; ADMIN and
 * MANAGER approve manual discounts; ADMIN reads and changes the settings.
 */
@Component
class SalesApiRoutes implements RouteContribution {

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/api/v1/quotes", MEMBER),
        Route.get("/api/v1/quotes/conversion", MEMBER),
        Route.get("/api/v1/quotes/{id}", MEMBER),
        Route.get("/api/v1/quotes/{id}/pdf", MEMBER),
        Route.get("/api/v1/quotes/{id}/revisions", MEMBER),
        Route.get("/api/v1/quotes/{id}/revisions/{revision}", MEMBER),
        Route.get("/api/v1/quotes/{id}/revisions/{revision}/pdf", MEMBER),
        Route.post("/api/v1/quotes", ADMIN, MANAGER, SALES),
        Route.post("/api/v1/quotes/preview", ADMIN, MANAGER, SALES),
        Route.put("/api/v1/quotes/{id}", ADMIN, MANAGER, SALES),
        Route.post("/api/v1/quotes/{id}/approve", ADMIN, MANAGER),
        Route.post("/api/v1/quotes/{id}/send", ADMIN, MANAGER, SALES),
        Route.post("/api/v1/quotes/{id}/accept", ADMIN, MANAGER, SALES),
        Route.post("/api/v1/quotes/{id}/refuse", ADMIN, MANAGER, SALES),
        Route.post("/api/v1/quotes/{id}/cancel", ADMIN, MANAGER, SALES),
        Route.get("/api/v1/sales/settings", ADMIN),
        Route.put("/api/v1/sales/settings", ADMIN));
  }
}
