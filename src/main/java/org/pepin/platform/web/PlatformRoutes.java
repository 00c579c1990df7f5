package org.pepin.platform.web;

import static org.pepin.platform.Role.ACCOUNTING;
import static org.pepin.platform.Role.ADMIN;
import static org.pepin.platform.Role.MANAGER;
import static org.pepin.platform.Role.SALES;
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
        Route.delete("/api/v1/tokens/{id}", AUTHENTICATED),
        // numbering series, terms of sale (issue 3)
        Route.get("/settings/terms", MEMBER),
        Route.get("/settings/terms/new", ADMIN),
        Route.post("/settings/terms", ADMIN),
        Route.get("/settings/terms/{id}", MEMBER),
        Route.post("/settings/terms/{id}", ADMIN),
        Route.post("/settings/terms/{id}/delete", ADMIN),
        Route.get("/api/v1/terms-of-sale", MEMBER),
        Route.get("/api/v1/terms-of-sale/in-force", MEMBER),
        Route.get("/api/v1/terms-of-sale/{id}", MEMBER),
        Route.post("/api/v1/terms-of-sale", ADMIN),
        Route.put("/api/v1/terms-of-sale/{id}", ADMIN),
        Route.delete("/api/v1/terms-of-sale/{id}", ADMIN),
        Route.get("/settings/numbering", ADMIN, MANAGER, ACCOUNTING),
        Route.get("/settings/numbering/{id}", ADMIN, MANAGER, ACCOUNTING),
        Route.post("/settings/numbering/{id}", ADMIN),
        Route.get("/api/v1/numbering-series", ADMIN, MANAGER, ACCOUNTING),
        Route.get("/api/v1/numbering-series/{id}", ADMIN, MANAGER, ACCOUNTING),
        Route.put("/api/v1/numbering-series/{id}", ADMIN),
        // legal reference tables: global, read by everyone, edited by instance administrators
        Route.get("/settings/legal-rates", AUTHENTICATED),
        Route.get("/settings/legal-rates/new", SYSTEM_ADMIN),
        Route.post("/settings/legal-rates", SYSTEM_ADMIN),
        Route.get("/settings/legal-rates/{id}", AUTHENTICATED),
        Route.post("/settings/legal-rates/{id}", SYSTEM_ADMIN),
        Route.post("/settings/legal-rates/{id}/delete", SYSTEM_ADMIN),
        Route.get("/api/v1/legal-rates", AUTHENTICATED),
        Route.get("/api/v1/legal-rates/applicable", MEMBER),
        Route.get("/api/v1/legal-rates/changes", AUTHENTICATED),
        Route.get("/api/v1/legal-rates/{id}", AUTHENTICATED),
        Route.post("/api/v1/legal-rates", SYSTEM_ADMIN),
        Route.put("/api/v1/legal-rates/{id}", SYSTEM_ADMIN),
        Route.delete("/api/v1/legal-rates/{id}", SYSTEM_ADMIN),
        // integrity check of legal documents (issue 10)
        Route.get("/integrity", ADMIN, MANAGER, ACCOUNTING),
        Route.get("/api/v1/integrity", ADMIN, MANAGER, ACCOUNTING),
        // imports, exports, change history (issue 3)
        Route.get("/settings/imports", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.get("/settings/imports/new", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.post("/settings/imports", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.get("/settings/imports/{id}", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.post("/settings/imports/{id}/mapping", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.post("/settings/imports/{id}/execute", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.get("/settings/imports/{id}/report.{format}", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.get("/settings/imports/template/{type}.csv", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.get("/api/v1/imports/types", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.post("/api/v1/imports/{type}", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.post("/api/v1/imports/{id}/execute", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.get("/api/v1/imports", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.get("/api/v1/imports/{id}", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.get("/api/v1/imports/{id}/report.{format}", ADMIN, MANAGER, SALES, ACCOUNTING),
        Route.get("/settings/users/export.{format}", ADMIN),
        Route.get("/settings/audit/export.{format}", ADMIN, MANAGER),
        Route.get("/api/v1/users/export.{format}", ADMIN),
        Route.get("/api/v1/users/export", ADMIN),
        Route.get("/api/v1/audit-events/export.{format}", ADMIN, MANAGER),
        Route.get("/api/v1/audit-events/export", ADMIN, MANAGER),
        Route.get("/api/v1/company/history", MEMBER),
        Route.get("/api/v1/users/{id}/history", ADMIN),
        // PDF documents, message templates, outbox and mailbox (issue 3)
        Route.get("/api/v1/company/sample-letter", MEMBER),
        Route.get("/settings/company/sample-letter.pdf", MEMBER),
        Route.get("/mailbox", MEMBER),
        Route.get("/mailbox/{id}", MEMBER),
        Route.get("/mailbox/{id}/attachments/{attachment}", MEMBER),
        Route.get("/settings/message-templates", ADMIN, MANAGER),
        Route.get("/settings/message-templates/{kind}/{language}", ADMIN, MANAGER),
        Route.post("/settings/message-templates/{kind}/{language}", ADMIN),
        Route.post("/settings/message-templates/{kind}/{language}/reset", ADMIN),
        Route.post("/settings/message-templates/{kind}/{language}/preview", ADMIN, MANAGER),
        Route.get("/api/v1/message-kinds", MEMBER),
        Route.get("/api/v1/message-templates", ADMIN, MANAGER),
        Route.get("/api/v1/message-templates/{kind}/{language}", ADMIN, MANAGER),
        Route.put("/api/v1/message-templates/{kind}/{language}", ADMIN),
        Route.delete("/api/v1/message-templates/{kind}/{language}", ADMIN),
        Route.post("/api/v1/message-templates/{kind}/{language}/preview", ADMIN, MANAGER),
        Route.get("/api/v1/messaging-settings", ADMIN),
        Route.put("/api/v1/messaging-settings", ADMIN),
        Route.post("/api/v1/messaging-settings/test", ADMIN),
        Route.get("/api/v1/outbox", ADMIN, MANAGER),
        Route.get("/api/v1/outbox/{id}", ADMIN, MANAGER),
        Route.post("/api/v1/outbox/{id}/retry", ADMIN, MANAGER),
        Route.get("/api/v1/outbox/{id}/attachments/{attachment}", ADMIN, MANAGER),
        Route.get("/api/v1/mailbox", MEMBER),
        Route.get("/api/v1/mailbox/{id}", MEMBER),
        Route.get("/api/v1/mailbox/{id}/attachments/{attachment}", MEMBER),
        Route.get("/settings/messaging", ADMIN),
        Route.post("/settings/messaging", ADMIN),
        Route.post("/settings/messaging/test", ADMIN),
        Route.get("/settings/outbox", ADMIN, MANAGER),
        Route.get("/settings/outbox/{id}", ADMIN, MANAGER),
        Route.post("/settings/outbox/{id}/retry", ADMIN, MANAGER),
        Route.get("/settings/outbox/{id}/attachments/{attachment}", ADMIN, MANAGER));
  }
}
