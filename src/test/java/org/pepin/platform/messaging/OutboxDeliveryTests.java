package org.pepin.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.platform.Attachment;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Documents;
import org.pepin.platform.MessageFailed;
import org.pepin.platform.MessageId;
import org.pepin.platform.MessageQueued;
import org.pepin.platform.MessageSent;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.pdf.PdfChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The outbox against a real SMTP/IMAP server (GreenMail on free ports): a templated e-mail with its
 * PDF leaves once and is read back intact; a server that is down gets retries then a failure that a
 * person retries; two delivery runs at once send each message once; a run interrupted by a crash
 * never sends again on its own. Time moves by passing later instants to the delivery run.
 */
@PepinIntegrationTest
@RecordApplicationEvents
class OutboxDeliveryTests {

  /** The mailbox password of the customer, also the SMTP login of the company in one test. */
  static final String PASSWORD = MessagingFixtures.MAILBOX_PASSWORD;

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
          .withConfiguration(
              GreenMailConfiguration.aConfig()
                  .withUser(MessagingFixtures.CUSTOMER.value(), PASSWORD));

  @Autowired MessagingFixtures fixtures;
  @Autowired PlatformFixtures platform;
  @Autowired OutboxDelivery delivery;
  @Autowired OutboxService outbox;
  @Autowired OutboxScheduler scheduler;
  @Autowired Documents documents;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired ApplicationEvents events;

  @Test
  void a_templated_e_mail_with_its_pdf_is_delivered_once_and_read_back_intact_over_imap()
      throws Exception {
    CompanyId company = fixtures.company("SMTP SAS");
    fixtures.smtp(company, mail.getSmtp().getPort(), MessagingFixtures.CUSTOMER.value(), PASSWORD);
    byte[] pdf = documents.sampleLetter(company, Locale.FRENCH);
    MessageId id =
        fixtures.queueDocument(
            company,
            "DE-2026-0031",
            MessagingFixtures.CUSTOMER,
            Attachment.pdf("DE-2026-0031.pdf", pdf));
    assertThat(events.stream(MessageQueued.class).filter(e -> e.message().equals(id)))
        .singleElement()
        .satisfies(e -> assertThat(e.reference()).isEqualTo("quote:DE-2026-0031"));
    assertThat(fixtures.status(id)).isEqualTo(OutboxStatus.QUEUED);

    assertThat(delivery.deliver(id, clock.instant())).isEqualTo(OutboxDelivery.Outcome.SENT);
    assertThat(delivery.deliver(id, clock.instant())).isEqualTo(OutboxDelivery.Outcome.SKIPPED);

    var view = outbox.view(company, id, false).summary();
    assertThat(view.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(view.transport()).isEqualTo(Transport.SMTP);
    assertThat(view.attempts()).isEqualTo(1);
    assertThat(events.stream(MessageSent.class).filter(e -> e.message().equals(id)))
        .singleElement()
        .satisfies(e -> assertThat(e.transport()).isEqualTo("SMTP"));
    assertThat(mail.getReceivedMessages()).hasSize(1);

    var session = Session.getInstance(new Properties());
    try (var store = session.getStore("imap")) {
      store.connect(
          "127.0.0.1", mail.getImap().getPort(), MessagingFixtures.CUSTOMER.value(), PASSWORD);
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      Message[] messages = inbox.getMessages();
      assertThat(messages).hasSize(1);
      Message message = messages[0];
      assertThat(message.getSubject()).startsWith("Devis DE-2026-0031 — SMTP SAS");
      var from = (InternetAddress) message.getFrom()[0];
      assertThat(from.getPersonal()).isEqualTo("Pépinières Clément");
      assertThat(from.getAddress()).isEqualTo(MessagingFixtures.SENDER.value());
      assertThat(message.getHeader("Message-ID")[0]).contains(id.value().toString());
      var parts = (MimeMultipart) message.getContent();
      String body = null;
      byte[] attachment = null;
      String fileName = null;
      for (int i = 0; i < parts.getCount(); i++) {
        var part = parts.getBodyPart(i);
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
          fileName = part.getFileName();
          attachment = part.getInputStream().readAllBytes();
        } else {
          body = text(part);
        }
      }
      assertThat(body)
          .contains("Veuillez trouver ci-joint notre document Devis n° DE-2026-0031")
          .contains("13 101,04 €")
          .contains("Sophie Martin");
      assertThat(fileName).isEqualTo("DE-2026-0031.pdf");
      assertThat(attachment).as("the PDF, byte for byte").isEqualTo(pdf);
      inbox.close(false);
    }
    assertThat(PdfChecks.pdfA3bFailures(pdf)).isEmpty();
  }

  @Test
  void the_back_off_is_one_five_thirty_minutes_two_hours_then_failed_with_the_error_visible()
      throws Exception {
    CompanyId company = fixtures.company("Relances SMTP SAS");
    fixtures.smtp(company, MessagingFixtures.closedPort());
    MessageId id = fixtures.queueDocument(company, "FA-2026-0002", MessagingFixtures.CUSTOMER);

    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    List<Duration> waits = new ArrayList<>();
    for (int attempt = 1; attempt < OutboxDelivery.MAX_ATTEMPTS; attempt++) {
      delivery.deliverDue(now);
      var view = outbox.view(company, id, false).summary();
      assertThat(view.status()).isEqualTo(OutboxStatus.QUEUED);
      assertThat(view.attempts()).isEqualTo(attempt);
      assertThat(view.lastErrorCode()).isEqualTo("smtp");
      waits.add(Duration.between(now, view.nextAttemptAt()));
      // Nothing happens before the next attempt is due.
      delivery.deliverDue(view.nextAttemptAt().minusSeconds(1));
      assertThat(outbox.view(company, id, false).summary().attempts()).isEqualTo(attempt);
      now = view.nextAttemptAt();
    }
    assertThat(waits)
        .containsExactly(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2));
    delivery.deliverDue(now);
    var failed = outbox.view(company, id, false).summary();
    assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(5);
    assertThat(failed.lastError()).isNotBlank();
    assertThat(events.stream(MessageFailed.class).filter(e -> e.message().equals(id)))
        .singleElement()
        .satisfies(e -> assertThat(e.attempts()).isEqualTo(5));
    delivery.deliverDue(now.plus(Duration.ofDays(1)));
    assertThat(fixtures.status(id))
        .as("a failed message waits for a person")
        .isEqualTo(OutboxStatus.FAILED);

    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      String list =
          paul.perform(get("/settings/outbox").param("status", "FAILED"))
              .getResponse()
              .getContentAsString();
      assertThat(list).contains("Devis FA-2026-0002").contains("En échec");
      String page = paul.perform(get("/settings/outbox/" + id)).getResponse().getContentAsString();
      assertThat(page)
          .contains("Le serveur SMTP a refusé le message ou n&#39;a pas répondu.")
          .contains(failed.lastError().substring(0, 10))
          .contains("Réessayer");

      // The server is back; "Réessayer" puts the message in the queue and the next run sends it.
      fixtures.smtp(company, mail.getSmtp().getPort());
      var retried = paul.perform(post("/settings/outbox/" + id + "/retry"));
      assertThat(retried.getFlashMap().get("toast")).isEqualTo("toast.outbox.retried");
      assertThat(fixtures.status(id)).isEqualTo(OutboxStatus.QUEUED);
      delivery.deliverDue(clock.instant().plusSeconds(1));
      assertThat(fixtures.status(id)).isEqualTo(OutboxStatus.SENT);
      assertThat(mail.getReceivedMessages()).hasSize(1);
      var again = paul.perform(post("/settings/outbox/" + id + "/retry"));
      assertThat(again.getFlashMap().get("toastError")).isEqualTo("error.outbox.not-failed");
    } finally {
      paul.perform(post("/company/switch").param("company", platform.nursery().toString()));
    }
  }

  @Test
  void two_delivery_runs_at_once_send_each_message_once() throws Exception {
    CompanyId company = fixtures.company("Concurrence SMTP SAS");
    fixtures.smtp(company, mail.getSmtp().getPort());
    List<MessageId> ids = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      ids.add(
          fixtures.queueDocument(company, "CO-2026-%04d".formatted(i), MessagingFixtures.CUSTOMER));
    }
    Instant now = clock.instant().plusSeconds(1);
    var barrier = new CyclicBarrier(2);
    var pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<OutboxDelivery.Report>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(
            pool.submit(
                () -> {
                  barrier.await(10, TimeUnit.SECONDS);
                  return delivery.deliverDue(now);
                }));
      }
      for (var run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    for (MessageId id : ids) {
      var view = outbox.view(company, id, false).summary();
      assertThat(view.status()).as(view.subject()).isEqualTo(OutboxStatus.SENT);
      assertThat(view.attempts()).as(view.subject()).isEqualTo(1);
    }
    var subjects = new ArrayList<String>();
    for (var message : mail.getReceivedMessages()) {
      subjects.add(message.getSubject());
    }
    assertThat(subjects).hasSize(12).doesNotHaveDuplicates();
  }

  @Test
  void a_message_left_sending_by_a_crash_is_failed_and_never_sent_again_on_its_own()
      throws Exception {
    CompanyId company = fixtures.company("Crash SMTP SAS");
    fixtures.smtp(company, mail.getSmtp().getPort());
    MessageId id = fixtures.queueDocument(company, "FA-2026-0003", MessagingFixtures.CUSTOMER);
    Instant crash = clock.instant();
    // What a run that died after its claim leaves behind.
    jdbc.sql(
            "UPDATE outbox_message SET status = 'SENDING', claimed_by = 'crashed-instance',"
                + " claimed_at = :at, attempts = 1 WHERE id = :id")
        .param("at", Timestamp.from(crash))
        .param("id", id.value())
        .update();

    delivery.deliverDue(crash.plus(Duration.ofMinutes(5)));
    assertThat(fixtures.status(id))
        .as("a live run may still be sending")
        .isEqualTo(OutboxStatus.SENDING);

    delivery.deliverDue(crash.plus(OutboxDelivery.STALE_AFTER).plusSeconds(1));
    var view = outbox.view(company, id, false).summary();
    assertThat(view.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(view.lastErrorCode()).isEqualTo("interrupted");
    delivery.deliverDue(crash.plus(Duration.ofDays(2)));
    assertThat(fixtures.status(id)).isEqualTo(OutboxStatus.FAILED);
    assertThat(mail.getReceivedMessages()).as("never resent on its own").isEmpty();
  }

  @Test
  void the_test_button_sends_at_once_over_smtp_and_reports_a_failure() throws Exception {
    CompanyId company = fixtures.company("Test SMTP SAS");
    fixtures.smtp(company, mail.getSmtp().getPort());
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", company.toString()));
    try {
      var sent =
          paul.perform(
              post("/settings/messaging/test").param("to", MessagingFixtures.CUSTOMER.value()));
      assertThat(sent.getFlashMap().get("toast")).isEqualTo("toast.messaging.test-sent-smtp");
      assertThat(mail.getReceivedMessages()).hasSize(1);
      assertThat(mail.getReceivedMessages()[0].getSubject())
          .startsWith("Message de test de Test SMTP SAS");
      assertThat(mail.getReceivedMessages()[0].getContent().toString()).contains("Paul Clément");

      fixtures.smtp(company, MessagingFixtures.closedPort());
      var failed =
          paul.perform(
              post("/settings/messaging/test").param("to", MessagingFixtures.CUSTOMER.value()));
      assertThat(failed.getFlashMap().get("toastError")).isEqualTo("toast.messaging.test-failed");
      assertThat(((Object[]) failed.getFlashMap().get("toastArgs"))[0].toString()).isNotBlank();

      var bad = paul.perform(post("/settings/messaging/test").param("to", "pas une adresse"));
      assertThat(bad.getFlashMap().get("toastError")).isEqualTo("error.email.format");
    } finally {
      paul.perform(post("/company/switch").param("company", platform.nursery().toString()));
    }
  }

  /** The text/plain content of a part, looking inside nested multiparts. */
  static String text(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return part.getContent().toString();
    }
    if (part.getContent() instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = text(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  @Test
  void the_scheduled_run_takes_its_shedlock_lock_with_the_database_clock() {
    scheduler.run();
    var lock =
        jdbc.sql("SELECT locked_by, lock_until, locked_at FROM shedlock WHERE name = :name")
            .param("name", OutboxScheduler.LOCK)
            .query((rs, n) -> rs.getString(1))
            .optional();
    assertThat(lock).isPresent();
  }
}
