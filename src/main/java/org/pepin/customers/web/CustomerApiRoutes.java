package org.pepin.customers.web;

import static org.pepin.platform.Role.ACCOUNTING;
import static org.pepin.platform.Role.ADMIN;
import static org.pepin.platform.Role.MANAGER;
import static org.pepin.platform.Role.SALES;
import static org.pepin.platform.Route.Access.MEMBER;

import java.util.List;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The customer file's API and export routes: every member reads (and exports what they read);
 * ADMIN, MANAGER, SALES and ACCOUNTING create, change, archive and restore; ADMIN and MANAGER
 * delete; MANAGER and ACCOUNTING record an insolvency.
 */
@Component
class CustomerApiRoutes implements RouteContribution {

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/customers/export", MEMBER),
        Route.get("/customers/contacts/export", MEMBER),
        Route.get("/customers/addresses/export", MEMBER),
        Route.get("/api/v1/customers", MEMBER),
        Route.get("/api/v1/customers/export", MEMBER),
        Route.get("/api/v1/customers/contacts/export", MEMBER),
        Route.get("/api/v1/customers/addresses/export", MEMBER),
        Route.get("/api/v1/customers/{id}", MEMBER),
        Route.get("/api/v1/customers/{id}/history", MEMBER),
        Route.post("/api/v1/customers", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.put("/api/v1/customers/{id}", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.post("/api/v1/customers/{id}/archive", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.post("/api/v1/customers/{id}/restore", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.delete("/api/v1/customers/{id}", ADMIN, MANAGER),
        Route.put("/api/v1/customers/{id}/insolvency", MANAGER, ACCOUNTING));
  }
}
