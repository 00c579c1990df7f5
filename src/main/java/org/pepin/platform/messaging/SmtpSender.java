package org.pepin.platform.messaging;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.pepin.platform.Attachment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a message to a company's SMTP server, with a {@code JavaMailSenderImpl} built from the
 * company's settings for each message (never the instance-wide auto-configured sender). The body is
 * UTF-8 plain text; attachments go as they are; the Message-ID is the outbox id, so that a
 * receiving system can recognise the message.
 */
@Component
class SmtpSender {

  static final int CONNECT_TIMEOUT_MS = 10_000;
  static final int READ_TIMEOUT_MS = 30_000;
  static final int WRITE_TIMEOUT_MS = 60_000;

  /**
   * @return the Message-ID header sent
   */
  String send(MessagingSettings settings, StoredMessage message, Instant now)
      throws MessagingException {
    var sender = sender(settings);
    String messageId = "<" + message.id().value() + "@" + domain(settings.senderAddress()) + ">";
    MimeMessage mime = new FixedIdMimeMessage(sender.getSession(), messageId);
    var helper = new MimeMessageHelper(mime, !message.attachments().isEmpty(), "UTF-8");
    try {
      helper.setFrom(new InternetAddress(settings.senderAddress(), settings.senderName(), "UTF-8"));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    helper.setTo(addresses(message.to()));
    if (!message.cc().isEmpty()) {
      helper.setCc(addresses(message.cc()));
    }
    helper.setSubject(message.subject());
    helper.setSentDate(Date.from(now));
    helper.setText(message.body(), false);
    for (Attachment attachment : message.attachments()) {
      helper.addAttachment(
          attachment.fileName(),
          new ByteArrayResource(attachment.data()),
          attachment.contentType());
    }
    sender.send(mime);
    return messageId;
  }

  /** A sender for the company's server; the password stays in the session, never in a log. */
  static JavaMailSenderImpl sender(MessagingSettings settings) {
    var sender = new JavaMailSenderImpl();
    boolean tls = settings.smtpSecurity() == SmtpSecurity.TLS;
    String protocol = tls ? "smtps" : "smtp";
    sender.setProtocol(protocol);
    sender.setHost(settings.smtpHost());
    sender.setPort(settings.smtpPort() == null ? (tls ? 465 : 587) : settings.smtpPort());
    sender.setDefaultEncoding("UTF-8");
    boolean auth = settings.smtpUsername() != null;
    if (auth) {
      sender.setUsername(settings.smtpUsername());
      sender.setPassword(settings.smtpPassword());
    }
    Properties properties = new Properties();
    String prefix = "mail." + protocol + ".";
    properties.put(prefix + "auth", Boolean.toString(auth));
    properties.put(prefix + "connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MS));
    properties.put(prefix + "timeout", Integer.toString(READ_TIMEOUT_MS));
    properties.put(prefix + "writetimeout", Integer.toString(WRITE_TIMEOUT_MS));
    switch (settings.smtpSecurity()) {
      case STARTTLS -> {
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.starttls.required", "true");
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case TLS -> {
        properties.put("mail.smtps.ssl.checkserveridentity", "true");
      }
      case NONE -> {
        properties.put("mail.smtp.starttls.enable", "false");
      }
    }
    sender.setJavaMailProperties(properties);
    return sender;
  }

  private static InternetAddress[] addresses(List<String> addresses) throws MessagingException {
    InternetAddress[] result = new InternetAddress[addresses.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = new InternetAddress(addresses.get(i), true);
    }
    return result;
  }

  private static String domain(String address) {
    return address.substring(address.indexOf('@') + 1);
  }

  /** A MIME message that keeps the Message-ID given (JavaMail would generate a random one). */
  private static final class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    FixedIdMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
