package org.pepin.platform.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.Attachment;
import org.pepin.platform.AuditLog;
import org.pepin.platform.CompanyId;
import org.pepin.platform.MessageId;
import org.pepin.platform.MessageQueued;
import org.pepin.platform.OutgoingMessage;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: stores messages in the caller's transaction, lists them for the outbox and mailbox
 * screens, and puts failed ones back in the queue. Delivery is {@link OutboxDelivery}'s.
 *
 * <p>Error codes: {@code outbox.not-failed} — only a failed message can be retried.
 */
@Service
@Transactional
public class OutboxService implements org.pepin.platform.Outbox {

  private static final String SUMMARY_COLUMNS =
      "m.id, m.kind, m.reference, m.to_addresses, m.cc_addresses, m.subject, m.status,"
          + " m.transport, m.attempts, m.last_error_code, m.last_error, m.queued_at, m.queued_by,"
          + " m.next_attempt_at, m.sent_at,"
          + " (SELECT COUNT(*) FROM outbox_attachment a WHERE a.message_id = m.id) AS attachments";

  private final JdbcClient jdbc;
  private final MessageKindRegistry kinds;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final Clock clock;

  OutboxService(
      JdbcClient jdbc,
      MessageKindRegistry kinds,
      ApplicationEventPublisher events,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.kinds = kinds;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public MessageId queue(CompanyId company, OutgoingMessage message) {
    if (kinds.find(message.kind()).isEmpty()) {
      throw new IllegalArgumentException("unknown message kind " + message.kind());
    }
    var id = MessageId.random();
    Instant now = clock.instant();
    jdbc.sql(
            "INSERT INTO outbox_message (id, company_id, kind, reference, to_addresses,"
                + " cc_addresses, subject, body, status, attempts, queued_at, queued_by,"
                + " next_attempt_at)"
                + " VALUES (:id, :company, :kind, :reference, :to, :cc, :subject, :body,"
                + " 'QUEUED', 0, :now, :by, :now)")
        .param("id", id.value())
        .param("company", company.value())
        .param("kind", message.kind())
        .param("reference", message.reference())
        .param("to", join(message.to()))
        .param("cc", message.cc().isEmpty() ? null : join(message.cc()))
        .param("subject", message.subject())
        .param("body", message.body())
        .param("now", Timestamp.from(now))
        .param("by", CurrentUser.username())
        .update();
    int seq = 0;
    for (Attachment attachment : message.attachments()) {
      jdbc.sql(
              "INSERT INTO outbox_attachment (id, message_id, company_id, seq, file_name,"
                  + " content_type, size_bytes, data)"
                  + " VALUES (:id, :message, :company, :seq, :name, :type, :size, :data)")
          .param("id", UUID.randomUUID())
          .param("message", id.value())
          .param("company", company.value())
          .param("seq", seq++)
          .param("name", attachment.fileName())
          .param("type", attachment.contentType())
          .param("size", attachment.size())
          .param("data", attachment.data())
          .update();
    }
    events.publishEvent(
        new MessageQueued(
            id,
            company,
            message.kind(),
            message.to().stream().map(EmailAddress::value).toList(),
            message.subject(),
            message.reference(),
            now));
    return id;
  }

  /** Messages of the company, newest first. */
  @Transactional(readOnly = true)
  public List<MessageSummary> search(CompanyId company, Filter filter, int offset, int limit) {
    return search(company, filter, offset, limit, false);
  }

  /**
   * Messages of the company by the date they were queued (outbox) or delivered (mailbox), oldest
   * first if {@code ascending}.
   */
  @Transactional(readOnly = true)
  public List<MessageSummary> search(
      CompanyId company, Filter filter, int offset, int limit, boolean ascending) {
    String column = filter.mailboxOnly() ? "m.sent_at" : "m.queued_at";
    String direction = ascending ? " ASC" : " DESC";
    return jdbc.sql(
            "SELECT "
                + SUMMARY_COLUMNS
                + " FROM outbox_message m WHERE "
                + filter.where()
                + " ORDER BY "
                + column
                + direction
                + ", m.id LIMIT :limit OFFSET :offset")
        .params(filter.params(company))
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, n) -> summary(rs))
        .list();
  }

  @Transactional(readOnly = true)
  public long count(CompanyId company, Filter filter) {
    return jdbc.sql("SELECT COUNT(*) FROM outbox_message m WHERE " + filter.where())
        .params(filter.params(company))
        .query(Long.class)
        .single();
  }

  /** How many messages of the company are in each status. */
  @Transactional(readOnly = true)
  public Map<OutboxStatus, Long> counts(CompanyId company) {
    Map<OutboxStatus, Long> counts = new HashMap<>();
    for (OutboxStatus status : OutboxStatus.values()) {
      counts.put(status, 0L);
    }
    jdbc.sql(
            "SELECT status, COUNT(*) FROM outbox_message WHERE company_id = :company"
                + " GROUP BY status")
        .param("company", company.value())
        .query((rs, n) -> counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getLong(2)))
        .list();
    return counts;
  }

  /**
   * One message with its body and attachments' descriptions.
   *
   * @throws ResourceNotFound if it does not exist in this company (or is not in its mailbox when
   *     {@code mailboxOnly})
   */
  @Transactional(readOnly = true)
  public MessageView view(CompanyId company, MessageId id, boolean mailboxOnly) {
    var filter = Filter.byId(id, mailboxOnly);
    var summary =
        jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM outbox_message m WHERE " + filter.where())
            .params(filter.params(company))
            .query((rs, n) -> summary(rs))
            .optional()
            .orElseThrow(() -> new ResourceNotFound("message", id));
    String body =
        jdbc.sql("SELECT body FROM outbox_message WHERE id = :id AND company_id = :company")
            .param("id", id.value())
            .param("company", company.value())
            .query(String.class)
            .single();
    var attachments =
        jdbc.sql(
                "SELECT id, file_name, content_type, size_bytes FROM outbox_attachment"
                    + " WHERE message_id = :id AND company_id = :company ORDER BY seq")
            .param("id", id.value())
            .param("company", company.value())
            .query(
                (rs, n) ->
                    new AttachmentInfo(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4)))
            .list();
    return new MessageView(summary, body, attachments);
  }

  /**
   * An attachment's bytes.
   *
   * @throws ResourceNotFound unless the message is the company's (and in its mailbox when {@code
   *     mailboxOnly}) and holds the attachment
   */
  @Transactional(readOnly = true)
  public Attachment attachment(
      CompanyId company, MessageId message, UUID attachment, boolean mailboxOnly) {
    view(company, message, mailboxOnly);
    return jdbc.sql(
            "SELECT file_name, content_type, data FROM outbox_attachment"
                + " WHERE id = :id AND message_id = :message AND company_id = :company")
        .param("id", attachment)
        .param("message", message.value())
        .param("company", company.value())
        .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional()
        .orElseThrow(() -> new ResourceNotFound("attachment", attachment));
  }

  /**
   * Puts a failed message back in the queue for an attempt now, with a fresh series of attempts.
   *
   * @throws InvalidValue {@code outbox.not-failed} if the message is not failed
   */
  public void retry(CompanyId company, MessageId id) {
    var message = view(company, id, false).summary();
    if (message.status() != OutboxStatus.FAILED) {
      throw new InvalidValue("outbox.not-failed", "only a failed message can be retried");
    }
    int updated =
        jdbc.sql(
                "UPDATE outbox_message SET status = 'QUEUED', attempts = 0,"
                    + " next_attempt_at = :now, claimed_by = NULL, claimed_at = NULL"
                    + " WHERE id = :id AND company_id = :company AND status = 'FAILED'")
            .param("now", Timestamp.from(clock.instant()))
            .param("id", id.value())
            .param("company", company.value())
            .update();
    if (updated == 0) {
      throw new InvalidValue("outbox.not-failed", "only a failed message can be retried");
    }
    audit.record(
        company,
        "outbox.retried",
        "message",
        id,
        message.subject(),
        "to: "
            + String.join(", ", message.to())
            + "\nlast error: "
            + (message.lastError() == null ? message.lastErrorCode() : message.lastError()));
  }

  private static MessageSummary summary(ResultSet rs) throws SQLException {
    String transport = rs.getString("transport");
    Timestamp sent = rs.getTimestamp("sent_at");
    return new MessageSummary(
        new MessageId(rs.getObject("id", UUID.class)),
        rs.getString("kind"),
        rs.getString("reference"),
        split(rs.getString("to_addresses")),
        split(rs.getString("cc_addresses")),
        rs.getString("subject"),
        OutboxStatus.valueOf(rs.getString("status")),
        transport == null ? null : Transport.valueOf(transport),
        rs.getInt("attempts"),
        rs.getString("last_error_code"),
        rs.getString("last_error"),
        rs.getTimestamp("queued_at").toInstant(),
        rs.getString("queued_by"),
        rs.getTimestamp("next_attempt_at").toInstant(),
        sent == null ? null : sent.toInstant(),
        rs.getInt("attachments"));
  }

  static String join(List<EmailAddress> addresses) {
    return addresses.stream().map(EmailAddress::value).collect(Collectors.joining(", "));
  }

  static List<String> split(@Nullable String addresses) {
    return addresses == null || addresses.isBlank()
        ? List.of()
        : Arrays.stream(addresses.split(",")).map(String::strip).toList();
  }

  /**
   * A filter of the outbox (or of the mailbox: messages delivered in-app).
   *
   * @param text a word of the subject or of a recipient's address
   */
  public record Filter(
      @Nullable MessageId id,
      @Nullable OutboxStatus status,
      @Nullable String text,
      boolean mailboxOnly) {

    public static Filter outbox(@Nullable OutboxStatus status, @Nullable String text) {
      return new Filter(null, status, text, false);
    }

    public static Filter mailbox(@Nullable String text) {
      return new Filter(null, null, text, true);
    }

    static Filter byId(MessageId id, boolean mailboxOnly) {
      return new Filter(id, null, null, mailboxOnly);
    }

    String where() {
      List<String> sql = new ArrayList<>();
      sql.add("m.company_id = :company");
      if (id != null) sql.add("m.id = :id");
      if (status != null) sql.add("m.status = :status");
      if (mailboxOnly) sql.add("m.status = 'SENT' AND m.transport = 'MAILBOX'");
      if (text != null && !text.isBlank()) {
        sql.add("(LOWER(m.subject) LIKE :text OR LOWER(m.to_addresses) LIKE :text)");
      }
      return String.join(" AND ", sql);
    }

    Map<String, Object> params(CompanyId company) {
      Map<String, Object> params = new HashMap<>();
      params.put("company", company.value());
      if (id != null) params.put("id", id.value());
      if (status != null) params.put("status", status.name());
      if (text != null && !text.isBlank()) {
        params.put(
            "text",
            "%"
                + text.strip()
                    .toLowerCase()
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_")
                + "%");
      }
      return params;
    }
  }

  /** A message in a list (without its body). */
  public record MessageSummary(
      MessageId id,
      String kind,
      @Nullable String reference,
      List<String> to,
      List<String> cc,
      String subject,
      OutboxStatus status,
      @Nullable Transport transport,
      int attempts,
      @Nullable String lastErrorCode,
      @Nullable String lastError,
      Instant queuedAt,
      @Nullable String queuedBy,
      Instant nextAttemptAt,
      @Nullable Instant sentAt,
      int attachments) {}

  /** A message with its body and its attachments' descriptions. */
  public record MessageView(
      MessageSummary summary, String body, List<AttachmentInfo> attachments) {}

  /** An attachment without its bytes. */
  public record AttachmentInfo(UUID id, String fileName, String contentType, int size) {}
}
