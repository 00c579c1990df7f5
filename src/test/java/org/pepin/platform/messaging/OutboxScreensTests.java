package org.pepin.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.platform.Attachment;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Documents;
import org.pepin.platform.MessageId;
import org.pepin.platform.PlatformFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The mailbox and outbox screens: a demo company's message lands in its in-app mailbox, readable by
 * every member with its attachment; the outbox is for administrators and managers; no message of
 * another company can be reached, in the screens or the API.
 */
@PepinIntegrationTest
class OutboxScreensTests {

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures platformFixtures;
  @Autowired MessagingFixtures fixtures;
  @Autowired PlatformFixtures platform;
  @Autowired OutboxDelivery delivery;
  @Autowired OutboxService outbox;
  @Autowired Documents documents;
  @Autowired Clock clock;

  /** Paul lands in the company he chose last; these tests need the nursery. */
  private WebSession paulInTheNursery() {
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", platform.nursery().toString()));
    return paul;
  }

  @Test
  void a_demo_company_s_message_lands_in_its_mailbox_with_its_attachment() throws Exception {
    byte[] pdf = documents.sampleLetter(platform.nursery(), Locale.FRENCH);
    String number = "DE-2026-" + (System.nanoTime() % 10000);
    MessageId id =
        fixtures.queueDocument(
            platform.nursery(),
            number,
            MessagingFixtures.CUSTOMER,
            Attachment.pdf(number + ".pdf", pdf));
    assertThat(delivery.deliver(id, clock.instant())).isEqualTo(OutboxDelivery.Outcome.SENT);
    var view = outbox.view(platform.nursery(), id, true);
    assertThat(view.summary().transport()).isEqualTo(Transport.MAILBOX);

    var karim = WebSession.login(mvc, "karim");
    String list = karim.perform(get("/mailbox")).getResponse().getContentAsString();
    assertThat(list)
        .contains("Devis " + number + " — Pépinières Clément")
        .contains(MessagingFixtures.CUSTOMER.value());
    String page = karim.perform(get("/mailbox/" + id)).getResponse().getContentAsString();
    assertThat(page)
        .contains("Veuillez trouver ci-joint notre document Devis n° " + number)
        .contains(number + ".pdf");
    var attachment =
        karim
            .perform(get("/mailbox/" + id + "/attachments/" + view.attachments().get(0).id()))
            .getResponse();
    assertThat(attachment.getContentType()).isEqualTo("application/pdf");
    assertThat(attachment.getHeader("Content-Disposition")).startsWith("attachment");
    assertThat(attachment.getContentAsByteArray()).isEqualTo(pdf);

    var api =
        mvc.perform(
                get("/api/v1/mailbox").param("q", number).with(platformFixtures.bearer("karim")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(api).contains(id.value().toString()).contains("\"totalElements\":1");

    // The outbox is for administrators and managers.
    assertThat(karim.perform(get("/settings/outbox")).getResponse().getStatus()).isEqualTo(403);
    assertThat(karim.perform(get("/settings/outbox/" + id)).getResponse().getStatus())
        .isEqualTo(403);
    var paul = paulInTheNursery();
    String outboxPage =
        paul.perform(get("/settings/outbox").param("q", number)).getResponse().getContentAsString();
    assertThat(outboxPage).contains("Devis " + number).contains("Déposé le");
    String detail = paul.perform(get("/settings/outbox/" + id)).getResponse().getContentAsString();
    assertThat(detail).contains("dans la Messagerie").doesNotContain("id=\"message-retry\"");
  }

  @Test
  void a_queued_message_is_not_in_the_mailbox_yet() throws Exception {
    MessageId id =
        fixtures.queueDocument(platform.nursery(), "DE-QUEUED-1", MessagingFixtures.CUSTOMER);
    var sophie = WebSession.login(mvc, "sophie");
    assertThat(sophie.perform(get("/mailbox/" + id)).getResponse().getStatus()).isEqualTo(404);
    var paul = paulInTheNursery();
    String page = paul.perform(get("/settings/outbox/" + id)).getResponse().getContentAsString();
    assertThat(page).contains("En attente");
  }

  @Test
  void the_messages_of_another_company_answer_404_everywhere() throws Exception {
    CompanyId other = fixtures.foreignCompany("Boîte étrangère SAS");
    byte[] pdf = documents.sampleLetter(other, Locale.FRENCH);
    MessageId delivered =
        fixtures.queueDocument(
            other, "DE-1", MessagingFixtures.CUSTOMER, Attachment.pdf("DE-1.pdf", pdf));
    delivery.deliver(delivered, clock.instant());
    UUID attachment = outbox.view(other, delivered, true).attachments().get(0).id();
    fixtures.smtp(other, MessagingFixtures.closedPort());
    MessageId failing = fixtures.queueDocument(other, "DE-2", MessagingFixtures.CUSTOMER);
    var now = clock.instant();
    for (int i = 0; i < OutboxDelivery.MAX_ATTEMPTS; i++) {
      delivery.deliver(failing, now);
      now = outbox.view(other, failing, false).summary().nextAttemptAt();
    }
    assertThat(fixtures.status(failing)).isEqualTo(OutboxStatus.FAILED);

    var paul = WebSession.login(mvc, "paul");
    TenantIsolation.assertNotFoundFor(
        mvc,
        paul,
        () -> fixtures.snapshot(other),
        get("/settings/outbox/" + delivered),
        get("/settings/outbox/" + failing),
        post("/settings/outbox/" + failing + "/retry"),
        get("/settings/outbox/" + delivered + "/attachments/" + attachment),
        get("/mailbox/" + delivered),
        get("/mailbox/" + delivered + "/attachments/" + attachment),
        get("/mailbox/" + UUID.randomUUID()),
        get("/mailbox/not-an-id"));
    TenantIsolation.assertNotFoundFor(
        mvc,
        platformFixtures.bearer("paul"),
        () -> fixtures.snapshot(other),
        get("/api/v1/outbox/" + delivered),
        post("/api/v1/outbox/" + failing + "/retry"),
        get("/api/v1/outbox/" + delivered + "/attachments/" + attachment),
        get("/api/v1/mailbox/" + delivered),
        get("/api/v1/mailbox/" + delivered + "/attachments/" + attachment));
    // Another company's attachment id under one's own message is not found either.
    MessageId mine =
        fixtures.queueDocument(platform.nursery(), "DE-MINE", MessagingFixtures.CUSTOMER);
    TenantIsolation.assertNotFoundFor(
        mvc,
        paul,
        () -> fixtures.snapshot(other),
        get("/settings/outbox/" + mine + "/attachments/" + attachment));
  }

  @Test
  void the_outbox_api_lists_filters_and_retries() throws Exception {
    CompanyId company = fixtures.company("API boîte SAS");
    fixtures.smtp(company, MessagingFixtures.closedPort());
    MessageId id = fixtures.queueDocument(company, "FA-API-1", MessagingFixtures.CUSTOMER);
    var now = clock.instant();
    for (int i = 0; i < OutboxDelivery.MAX_ATTEMPTS; i++) {
      delivery.deliver(id, now);
      now = outbox.view(company, id, false).summary().nextAttemptAt();
    }
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      String failed =
          mvc.perform(
                  get("/api/v1/outbox")
                      .param("status", "FAILED")
                      .with(platformFixtures.bearer("paul")))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(failed)
          .contains("FA-API-1")
          .contains("\"status\":\"FAILED\"")
          .contains("\"lastErrorCode\":\"smtp\"");
      var bogus =
          mvc.perform(
                  get("/api/v1/outbox")
                      .param("status", "PERDU")
                      .param("sort", "queuedAt,asc")
                      .with(platformFixtures.bearer("paul")))
              .andReturn()
              .getResponse();
      assertThat(bogus.getStatus()).isEqualTo(400);
      assertThat(bogus.getContentAsString(StandardCharsets.UTF_8))
          .contains("État de message inconnu : « PERDU »");
      var retried =
          mvc.perform(post("/api/v1/outbox/" + id + "/retry").with(platformFixtures.bearer("paul")))
              .andReturn()
              .getResponse();
      assertThat(retried.getStatus()).isEqualTo(200);
      assertThat(retried.getContentAsString(StandardCharsets.UTF_8))
          .contains("\"status\":\"QUEUED\"");
      var again =
          mvc.perform(post("/api/v1/outbox/" + id + "/retry").with(platformFixtures.bearer("paul")))
              .andReturn()
              .getResponse();
      assertThat(again.getStatus()).isEqualTo(400);
      assertThat(again.getContentAsString(StandardCharsets.UTF_8))
          .contains("Seul un message en échec");
    } finally {
      paul.perform(post("/company/switch").param("company", platform.nursery().toString()));
    }
  }
}
