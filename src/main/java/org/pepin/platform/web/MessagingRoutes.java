package org.pepin.platform.web;

import static org.pepin.platform.Role.ADMIN;
import static org.pepin.platform.Role.MANAGER;
import static org.pepin.platform.Route.Access.MEMBER;

import java.util.List;
import org.pepin.platform.Route;
import org.pepin.platform.RouteContribution;
import org.springframework.stereotype.Component;

/**
 * The route table of documents and messages (docs/pdf-and-messages.md): the letterhead preview,
 * message templates (administrators change them, managers read them), messaging settings
 * (administrators), the outbox (administrators and managers) and the in-app mailbox (every member).
 */
@Component
class MessagingRoutes implements RouteContribution {

  @Override
  public List<Route> routes() {
    return List.of(
        // letterhead preview (sample letter, PDF/A-3b)
        Route.get("/settings/company/sample-letter.pdf", MEMBER),
        Route.get("/api/v1/company/sample-letter", MEMBER),
        // message templates
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
        // messaging settings (SMTP or in-app mailbox) and the test message
        Route.get("/settings/messaging", ADMIN),
        Route.post("/settings/messaging", ADMIN),
        Route.post("/settings/messaging/test", ADMIN),
        Route.get("/api/v1/messaging-settings", ADMIN),
        Route.put("/api/v1/messaging-settings", ADMIN),
        Route.post("/api/v1/messaging-settings/test", ADMIN),
        // the outbox
        Route.get("/settings/outbox", ADMIN, MANAGER),
        Route.get("/settings/outbox/{id}", ADMIN, MANAGER),
        Route.post("/settings/outbox/{id}/retry", ADMIN, MANAGER),
        Route.get("/settings/outbox/{id}/attachments/{attachment}", ADMIN, MANAGER),
        Route.get("/api/v1/outbox", ADMIN, MANAGER),
        Route.get("/api/v1/outbox/{id}", ADMIN, MANAGER),
        Route.post("/api/v1/outbox/{id}/retry", ADMIN, MANAGER),
        Route.get("/api/v1/outbox/{id}/attachments/{attachment}", ADMIN, MANAGER),
        // the in-app mailbox
        Route.get("/mailbox", MEMBER),
        Route.get("/mailbox/{id}", MEMBER),
        Route.get("/mailbox/{id}/attachments/{attachment}", MEMBER),
        Route.get("/api/v1/mailbox", MEMBER),
        Route.get("/api/v1/mailbox/{id}", MEMBER),
        Route.get("/api/v1/mailbox/{id}/attachments/{attachment}", MEMBER));
  }
}
