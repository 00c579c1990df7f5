package org.pepin.platform;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.EmailAddress;

/**
 * A message a module hands to the {@link Outbox}: usually a {@link RenderedMessage} of one of its
 * message kinds, with the document attached.
 *
 * @param kind the message kind (registered by a {@link MessageKindContribution})
 * @param to the recipients, at least one
 * @param cc copies
 * @param subject one line
 * @param body plain text
 * @param attachments files, byte for byte
 * @param reference what the message is about, for the communication log, e.g. {@code invoice:3f2a…}
 *     (optional)
 */
public record OutgoingMessage(
    String kind,
    List<EmailAddress> to,
    List<EmailAddress> cc,
    String subject,
    String body,
    List<Attachment> attachments,
    @Nullable String reference) {

  /** The largest subject (RFC 5322 allows longer folded headers; people do not read them). */
  public static final int MAX_SUBJECT = 300;

  public static final int MAX_BODY = 100_000;

  /** What the outbox accepts for all the attachments of one message (SMTP servers allow ~25 MB). */
  public static final int MAX_ATTACHMENTS_BYTES = 15 * 1024 * 1024;

  public OutgoingMessage {
    Objects.requireNonNull(kind, "kind");
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    attachments = List.copyOf(attachments);
    subject = Objects.requireNonNull(subject, "subject").strip();
    Objects.requireNonNull(body, "body");
    if (to.isEmpty()) {
      throw new IllegalArgumentException("a message needs a recipient");
    }
    if (subject.isEmpty()
        || subject.length() > MAX_SUBJECT
        || subject.matches("(?s).*[\\r\\n].*")) {
      throw new IllegalArgumentException("the subject is one line of 1 to 300 characters");
    }
    if (body.length() > MAX_BODY) {
      throw new IllegalArgumentException("body too long: " + body.length());
    }
    long bytes = attachments.stream().mapToLong(Attachment::size).sum();
    if (bytes > MAX_ATTACHMENTS_BYTES) {
      throw new IllegalArgumentException("attachments too large: " + bytes + " bytes");
    }
  }

  /** A rendered template to {@code to}, with attachments. */
  public static OutgoingMessage of(
      String kind,
      RenderedMessage message,
      List<EmailAddress> to,
      List<EmailAddress> cc,
      List<Attachment> attachments,
      @Nullable String reference) {
    return new OutgoingMessage(
        kind, to, cc, message.subject(), message.body(), attachments, reference);
  }
}
