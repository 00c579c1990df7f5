package org.pepin.customers.web;

import static org.pepin.platform.Role.ACCOUNTING;
import static org.pepin.platform.Role.ADMIN;
import static org.pepin.platform.Role.MANAGER;
import static org.pepin.platform.Role.SALES;

import java.util.List;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The routes of the customer merge and GDPR operations. Merging and erasing are irreversible:
 * administrators and managers only; the access export is for those who handle customers, not
 * viewers, since it gathers all of a person's data in one file (access to personal data restricted
 * by role, france-compliance R-GDPR-05).
 */
@Component
class CustomerPrivacyRoutes implements RouteContribution {

  @Override
  public List<Route> routes() {
    return List.of(
        // merge a duplicate into the record kept
        Route.post("/customers/{id}/merge", ADMIN, MANAGER),
        Route.post("/api/v1/customers/{id}/merge", ADMIN, MANAGER),
        // GDPR: access export (art. 15, 20) and erasure (art. 17)
        Route.get("/customers/{id}/personal-data.json", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.get("/customers/{id}/personal-data.pdf", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.post("/customers/{id}/erase", ADMIN, MANAGER),
        Route.get("/api/v1/customers/{id}/personal-data", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.get("/api/v1/customers/{id}/personal-data/pdf", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.post("/api/v1/customers/{id}/erasure", ADMIN, MANAGER));
  }
}
