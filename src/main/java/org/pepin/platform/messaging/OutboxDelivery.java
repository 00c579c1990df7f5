package org.pepin.platform.messaging;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.Attachment;
import org.pepin.platform.CompanyId;
import org.pepin.platform.MessageFailed;
import org.pepin.platform.MessageId;
import org.pepin.platform.MessageSent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: each due message over its company's SMTP server, or into its in-app mailbox.
 *
 * <p><b>Never twice.</b> A delivery run first <em>claims</em> a message with one conditional
 * update, committed on its own ({@code UPDATE … SET status = 'SENDING', claimed_by = ? WHERE id = ?
 * AND status = 'QUEUED'}); only the run whose update changed the row sends it, so two runs (two
 * threads, two instances, a run that outlived its ShedLock lock) never send the same message. The
 * in-app mailbox is a database write: claim and delivery are one transaction.
 *
 * <p><b>At most once after a crash.</b> If an instance dies between the claim and the recording of
 * the outcome, the message stays SENDING; the SMTP server may or may not have accepted it. After
 * {@link #STALE_AFTER} (far beyond the SMTP time-outs) such a message is marked FAILED with the
 * error code {@code interrupted}, never resent on its own: a person checks with the recipient and
 * presses "Réessayer". An invoice or a formal notice received twice is worse than one that waits
 * for a click.
 *
 * <p><b>Retries.</b> A failed attempt is retried 1 min, 5 min, 30 min and 2 h later; the fifth
 * failure marks the message FAILED ({@link MessageFailed}).
 */
@Component
public class OutboxDelivery {

  private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

  /** Waits before attempts 2, 3, 4 and 5. */
  public static final List<Duration> BACKOFF =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(2));

  public static final int MAX_ATTEMPTS = BACKOFF.size() + 1;

  /** A message SENDING for longer than this was abandoned by a crashed run. */
  public static final Duration STALE_AFTER = Duration.ofMinutes(15);

  /** Messages per run; the next run takes the rest. */
  static final int BATCH = 50;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final MessagingSettingsService settings;
  private final SmtpSender smtp;
  private final ApplicationEventPublisher events;
  private final String instance;

  OutboxDelivery(
      JdbcClient jdbc,
      TransactionTemplate transaction,
      MessagingSettingsService settings,
      SmtpSender smtp,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.settings = settings;
    this.smtp = smtp;
    this.events = events;
    this.instance = ManagementFactory.getRuntimeMXBean().getName();
  }

  /** What a run did. */
  public record Report(int sent, int retrying, int failed, int skipped, int interrupted) {}

  /** The outcome of one message. */
  public enum Outcome {
    /** Accepted by the SMTP server or delivered to the mailbox. */
    SENT,
    /** The attempt failed; another one is scheduled. */
    RETRYING,
    /** The last attempt failed. */
    FAILED,
    /** Another run had it, or it was no longer queued. */
    SKIPPED
  }

  /** Delivers every message due at {@code now} (the instance clock, or a moved one in tests). */
  public Report deliverDue(Instant now) {
    int interrupted = failInterrupted(now);
    List<MessageId> due =
        jdbc.sql(
                "SELECT id FROM outbox_message WHERE status = 'QUEUED' AND next_attempt_at <= :now"
                    + " ORDER BY next_attempt_at, queued_at LIMIT :limit")
            .param("now", Timestamp.from(now))
            .param("limit", BATCH)
            .query((rs, n) -> new MessageId(rs.getObject(1, UUID.class)))
            .list();
    int sent = 0;
    int retrying = 0;
    int failed = 0;
    int skipped = 0;
    for (MessageId id : due) {
      switch (deliver(id, now)) {
        case SENT -> sent++;
        case RETRYING -> retrying++;
        case FAILED -> failed++;
        case SKIPPED -> skipped++;
      }
    }
    if (!due.isEmpty() || interrupted > 0) {
      log.info(
          "Outbox: {} sent, {} to retry, {} failed, {} skipped, {} interrupted",
          sent,
          retrying,
          failed,
          skipped,
          interrupted);
    }
    return new Report(sent, retrying, failed, skipped, interrupted);
  }

  /** Delivers one queued message now (the delivery run, and the test button of the settings). */
  public Outcome deliver(MessageId id, Instant now) {
    var company =
        jdbc.sql("SELECT company_id FROM outbox_message WHERE id = :id AND status = 'QUEUED'")
            .param("id", id.value())
            .query((rs, n) -> new CompanyId(rs.getObject(1, UUID.class)))
            .optional();
    if (company.isEmpty()) {
      return Outcome.SKIPPED;
    }
    MessagingSettings companySettings = settings.forDelivery(company.get());
    if (!companySettings.usesSmtp()) {
      return toMailbox(id, now);
    }
    String claim = instance + "/" + UUID.randomUUID();
    if (!claim(id, claim, now)) {
      return Outcome.SKIPPED;
    }
    StoredMessage message = load(id);
    try {
      String messageId = smtp.send(companySettings, message, now);
      return sent(message, claim, messageId, now);
    } catch (Exception e) {
      return attemptFailed(message, claim, error(e), now);
    }
  }

  /**
   * Marks FAILED the messages that a crashed run left SENDING (see the class comment: at most
   * once).
   */
  public int failInterrupted(Instant now) {
    Instant limit = now.minus(STALE_AFTER);
    var stale =
        jdbc.sql(
                "SELECT id, company_id, kind, reference, attempts FROM outbox_message"
                    + " WHERE status = 'SENDING' AND claimed_at < :limit")
            .param("limit", Timestamp.from(limit))
            .query(
                (rs, n) ->
                    new Abandoned(
                        new MessageId(rs.getObject(1, UUID.class)),
                        new CompanyId(rs.getObject(2, UUID.class)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5)))
            .list();
    int count = 0;
    for (Abandoned message : stale) {
      Boolean done =
          transaction.execute(
              s -> {
                int updated =
                    jdbc.sql(
                            "UPDATE outbox_message SET status = 'FAILED',"
                                + " last_error_code = 'interrupted', last_error = NULL,"
                                + " claimed_by = NULL"
                                + " WHERE id = :id AND status = 'SENDING' AND claimed_at < :limit")
                        .param("id", message.id().value())
                        .param("limit", Timestamp.from(limit))
                        .update();
                if (updated == 1) {
                  events.publishEvent(
                      new MessageFailed(
                          message.id(),
                          message.company(),
                          message.kind(),
                          message.reference(),
                          message.attempts(),
                          "interrupted",
                          now));
                }
                return updated == 1;
              });
      if (Boolean.TRUE.equals(done)) {
        log.warn(
            "Outbox: message {} was left SENDING by an interrupted run; marked FAILED",
            message.id());
        count++;
      }
    }
    return count;
  }

  /** A message a crashed run left SENDING. */
  private record Abandoned(
      MessageId id, CompanyId company, String kind, @Nullable String reference, int attempts) {}

  /** The atomic claim: true only for the one run whose update changed the row. */
  private boolean claim(MessageId id, String claim, Instant now) {
    try {
      Integer updated =
          transaction.execute(
              s ->
                  jdbc.sql(
                          "UPDATE outbox_message SET status = 'SENDING', claimed_by = :claim,"
                              + " claimed_at = :now, attempts = attempts + 1"
                              + " WHERE id = :id AND status = 'QUEUED'")
                      .param("claim", claim)
                      .param("now", Timestamp.from(now))
                      .param("id", id.value())
                      .update());
      return updated != null && updated == 1;
    } catch (DataAccessException e) {
      // A concurrent run holds or just changed the row (H2 may report it as an error).
      log.debug("Outbox: claim of {} lost: {}", id, e.getMessage());
      return false;
    }
  }

  /** The in-app mailbox: claiming and delivering are the same update. */
  private Outcome toMailbox(MessageId id, Instant now) {
    try {
      Boolean delivered =
          transaction.execute(
              s -> {
                int updated =
                    jdbc.sql(
                            "UPDATE outbox_message SET status = 'SENT', transport = 'MAILBOX',"
                                + " attempts = attempts + 1, sent_at = :now, claimed_by = NULL,"
                                + " last_error_code = NULL, last_error = NULL"
                                + " WHERE id = :id AND status = 'QUEUED'")
                        .param("now", Timestamp.from(now))
                        .param("id", id.value())
                        .update();
                if (updated == 1) {
                  StoredMessage message = load(id);
                  events.publishEvent(sentEvent(message, Transport.MAILBOX, now));
                }
                return updated == 1;
              });
      return Boolean.TRUE.equals(delivered) ? Outcome.SENT : Outcome.SKIPPED;
    } catch (DataAccessException e) {
      log.debug("Outbox: mailbox delivery of {} lost to another run: {}", id, e.getMessage());
      return Outcome.SKIPPED;
    }
  }

  private Outcome sent(StoredMessage message, String claim, String messageId, Instant now) {
    Boolean recorded =
        transaction.execute(
            s -> {
              int updated =
                  jdbc.sql(
                          "UPDATE outbox_message SET status = 'SENT', transport = 'SMTP',"
                              + " sent_at = :now, claimed_by = NULL, last_error_code = NULL,"
                              + " last_error = NULL, message_id_header = :messageId"
                              + " WHERE id = :id AND status = 'SENDING' AND claimed_by = :claim")
                      .param("now", Timestamp.from(now))
                      .param("messageId", messageId)
                      .param("id", message.id().value())
                      .param("claim", claim)
                      .update();
              if (updated == 1) {
                events.publishEvent(sentEvent(message, Transport.SMTP, now));
              }
              return updated == 1;
            });
    if (!Boolean.TRUE.equals(recorded)) {
      log.warn(
          "Outbox: message {} was sent but its claim had expired; it stays marked interrupted",
          message.id());
    }
    return Outcome.SENT;
  }

  private Outcome attemptFailed(StoredMessage message, String claim, String error, Instant now) {
    int attempts = message.attempts();
    boolean last = attempts >= MAX_ATTEMPTS;
    Instant next = last ? now : now.plus(BACKOFF.get(Math.max(0, attempts - 1)));
    transaction.executeWithoutResult(
        s -> {
          int updated =
              jdbc.sql(
                      "UPDATE outbox_message SET status = :status, next_attempt_at = :next,"
                          + " claimed_by = NULL, last_error_code = 'smtp', last_error = :error"
                          + " WHERE id = :id AND status = 'SENDING' AND claimed_by = :claim")
                  .param("status", last ? OutboxStatus.FAILED.name() : OutboxStatus.QUEUED.name())
                  .param("next", Timestamp.from(next))
                  .param("error", error)
                  .param("id", message.id().value())
                  .param("claim", claim)
                  .update();
          if (updated == 1 && last) {
            events.publishEvent(
                new MessageFailed(
                    message.id(),
                    message.company(),
                    message.kind(),
                    message.reference(),
                    attempts,
                    error,
                    now));
          }
        });
    log.info(
        "Outbox: attempt {} of message {} failed{}: {}",
        attempts,
        message.id(),
        last ? " (last one)" : ", next at " + next,
        error);
    return last ? Outcome.FAILED : Outcome.RETRYING;
  }

  private StoredMessage load(MessageId id) {
    var attachments =
        jdbc.sql(
                "SELECT file_name, content_type, data FROM outbox_attachment"
                    + " WHERE message_id = :id ORDER BY seq")
            .param("id", id.value())
            .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
            .list();
    return jdbc.sql(
            "SELECT company_id, kind, reference, to_addresses, cc_addresses, subject, body,"
                + " attempts FROM outbox_message WHERE id = :id")
        .param("id", id.value())
        .query(
            (rs, n) ->
                new StoredMessage(
                    id,
                    new CompanyId(rs.getObject(1, UUID.class)),
                    rs.getString(2),
                    rs.getString(3),
                    OutboxService.split(rs.getString(4)),
                    OutboxService.split(rs.getString(5)),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getInt(8),
                    attachments))
        .single();
  }

  private static MessageSent sentEvent(StoredMessage message, Transport transport, Instant now) {
    return new MessageSent(
        message.id(),
        message.company(),
        message.kind(),
        message.to(),
        message.subject(),
        message.reference(),
        transport.name(),
        now);
  }

  /** The causes' messages, without repetition, short enough for the screen. */
  static String error(Throwable e) {
    Set<String> parts = new LinkedHashSet<>();
    for (Throwable t = e; t != null && parts.size() < 5; t = t.getCause()) {
      String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      parts.add(text.strip());
    }
    List<String> list = new ArrayList<>(parts);
    String joined = String.join(" — ", list);
    return joined.length() <= 1000 ? joined : joined.substring(0, 999) + "…";
  }
}
