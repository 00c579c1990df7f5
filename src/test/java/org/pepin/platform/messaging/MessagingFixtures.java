package org.pepin.platform.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.Attachment;
import org.pepin.platform.CompanyId;
import org.pepin.platform.MessageId;
import org.pepin.platform.OutgoingMessage;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.user.UserManagement;
import org.pepin.shared.EmailAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Companies with their own messaging settings, and messages queued through the real outbox. */
@Component
public class MessagingFixtures {

  public static final EmailAddress SENDER = new EmailAddress("contact@pepinieres-clement.example");
  public static final EmailAddress CUSTOMER = new EmailAddress("accueil@hotel-du-parc.example");

  /** An SMTP password the settings store (never shown back nor logged: LogSecretsIT). */
  public static final String SMTP_PASSWORD = "Sm7p-p4ssw0rd-secret";

  /** The customer's mailbox password on the test mail server, also an SMTP login of one test. */
  public static final String MAILBOX_PASSWORD = "mot-de-passe-smtp-secret";

  private final CompanyManagement companies;
  private final UserManagement users;
  private final PlatformFixtures platform;
  private final MessagingSettingsService settings;
  private final MessageTemplateService templates;
  private final OutboxService outbox;
  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;

  MessagingFixtures(
      CompanyManagement companies,
      UserManagement users,
      PlatformFixtures platform,
      MessagingSettingsService settings,
      MessageTemplateService templates,
      OutboxService outbox,
      TransactionTemplate transaction,
      JdbcClient jdbc) {
    this.companies = companies;
    this.users = users;
    this.platform = platform;
    this.settings = settings;
    this.templates = templates;
    this.outbox = outbox;
    this.transaction = transaction;
    this.jdbc = jdbc;
  }

  /** A company of its own (the case's identity under another name), Paul its administrator. */
  public CompanyId company(String name) {
    return transaction.execute(
        s -> {
          var id = companies.create(DemoCase.identity(name + " " + System.nanoTime()), false);
          users.grant(platform.user("paul"), id, EnumSet.of(Role.ADMIN, Role.MANAGER));
          return id;
        });
  }

  /** A company nobody of the demo belongs to. */
  public CompanyId foreignCompany(String name) {
    return transaction.execute(
        s -> companies.create(DemoCase.identity(name + " " + System.nanoTime()), false));
  }

  /** The company sends over an SMTP server on localhost:{@code port}, without TLS nor login. */
  public void smtp(CompanyId company, int port) {
    smtp(company, port, null, null);
  }

  /** The same, logging in with {@code username} and {@code password} (SMTP AUTH). */
  public void smtp(
      CompanyId company, int port, @Nullable String username, @Nullable String password) {
    settings.update(
        company,
        settings.view(company).version(),
        new MessagingSettingsService.Change(
            Transport.SMTP,
            "127.0.0.1",
            port,
            username,
            password,
            SmtpSecurity.NONE,
            SENDER,
            "Pépinières Clément"));
  }

  /** A port nothing listens on: an SMTP server that is down. */
  public static int closedPort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A "document" message rendered from the company's template, with attachments. */
  public MessageId queueDocument(
      CompanyId company, String number, EmailAddress to, Attachment... attachments) {
    return transaction.execute(
        s -> {
          var rendered =
              templates.render(
                  company,
                  PlatformMessageKinds.DOCUMENT,
                  java.util.Locale.FRENCH,
                  Map.of(
                      "customer.name", "Hôtel du Parc SARL",
                      "document.title", "Devis",
                      "document.number", number,
                      "document.date", "19/11/2026",
                      "document.amount", "13 101,04 €",
                      "sender.name", "Sophie Martin"));
          return outbox.queue(
              company,
              OutgoingMessage.of(
                  PlatformMessageKinds.DOCUMENT,
                  rendered,
                  List.of(to),
                  List.of(),
                  List.of(attachments),
                  "quote:" + number));
        });
  }

  public OutboxStatus status(MessageId id) {
    return OutboxStatus.valueOf(
        jdbc.sql("SELECT status FROM outbox_message WHERE id = :id")
            .param("id", id.value())
            .query(String.class)
            .single());
  }

  /** The messages of a company, as a comparable snapshot (id, status, attempts). */
  public List<String> snapshot(CompanyId company) {
    return jdbc.sql(
            "SELECT id, status, attempts, subject FROM outbox_message WHERE company_id = :company"
                + " ORDER BY id")
        .param("company", company.value())
        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3))
        .list();
  }
}
