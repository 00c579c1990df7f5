package org.pepin.platform.web;

import static org.pepin.platform.Role.ADMIN;
import static org.pepin.platform.Role.MANAGER;
import static org.pepin.platform.Route.Access.AUTHENTICATED;
import static org.pepin.platform.Route.Access.MEMBER;
import static org.pepin.platform.Route.Access.PUBLIC;
import static org.pepin.platform.Route.Access.SYSTEM_ADMIN;

import java.util.List;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/** The platform's part of the route table: who may call each of its screens and API routes. */
@Component
class PlatformRoutes implements RouteContribution {

  @Override
  public List<Route> routes() {
    return List.of(
        // session, home, language, profile
        Route.get("/login", PUBLIC),
        Route.get("/error", PUBLIC),
        Route.post("/error", PUBLIC),
        Route.get("/", AUTHENTICATED),
        Route.post("/company/switch", AUTHENTICATED),
        Route.post("/language", AUTHENTICATED),
        Route.get("/profile", AUTHENTICATED),
        Route.post("/profile/password", AUTHENTICATED),
        Route.post("/profile/tokens", MEMBER),
        Route.post("/profile/tokens/{id}/revoke", AUTHENTICATED),
        // company settings
        Route.get("/settings/company", MEMBER),
        Route.post("/settings/company", ADMIN),
        Route.get("/settings/company/logo", MEMBER),
        Route.post("/settings/company/logo", ADMIN),
        // users
        Route.get("/settings/users", ADMIN),
        Route.get("/settings/users/new", ADMIN),
        Route.post("/settings/users", ADMIN),
        Route.get("/settings/users/{id}", ADMIN),
        Route.post("/settings/users/{id}", ADMIN),
        Route.post("/settings/users/{id}/password", ADMIN),
        Route.post("/settings/users/{id}/remove", ADMIN),
        // audit log
        Route.get("/settings/audit", ADMIN, MANAGER),
        Route.get("/settings/audit/{id}", ADMIN, MANAGER),
        // instance administration
        Route.get("/admin/companies", SYSTEM_ADMIN),
        Route.get("/admin/companies/new", SYSTEM_ADMIN),
        Route.post("/admin/companies", SYSTEM_ADMIN),
        // API documentation
        Route.get("/v3/api-docs", PUBLIC),
        Route.get("/v3/api-docs.yaml", PUBLIC),
        Route.get("/v3/api-docs/swagger-config", PUBLIC),
        Route.get("/swagger-ui.html", PUBLIC),
        // JSON API
        Route.get("/api/v1/me", AUTHENTICATED),
        Route.get("/api/v1/company", MEMBER),
        Route.put("/api/v1/company", ADMIN),
        Route.get("/api/v1/companies/{id}", AUTHENTICATED),
        Route.get("/api/v1/admin/companies", SYSTEM_ADMIN),
        Route.post("/api/v1/admin/companies", SYSTEM_ADMIN),
        Route.get("/api/v1/users", ADMIN),
        Route.post("/api/v1/users", ADMIN),
        Route.get("/api/v1/users/{id}", ADMIN),
        Route.put("/api/v1/users/{id}", ADMIN),
        Route.get("/api/v1/audit-events", ADMIN, MANAGER),
        Route.get("/api/v1/audit-events/{id}", ADMIN, MANAGER),
        Route.get("/api/v1/tokens", MEMBER),
        Route.post("/api/v1/tokens", MEMBER),
        Route.delete("/api/v1/tokens/{id}", AUTHENTICATED));
  }
}
