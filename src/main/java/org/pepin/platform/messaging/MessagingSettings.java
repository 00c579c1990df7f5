package org.pepin.platform.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How a company sends its messages: the in-app mailbox, or its SMTP server with the sender address
 * its messages carry. The SMTP password is write-only: no screen, API answer, audit entry or log
 * line shows it ({@link #toString()} hides it).
 */
@Table("messaging_settings")
record MessagingSettings(
    @Id CompanyId companyId,
    @Version @Nullable Integer version,
    Transport transport,
    @Nullable String smtpHost,
    @Nullable Integer smtpPort,
    @Nullable String smtpUsername,
    @Nullable String smtpPassword,
    SmtpSecurity smtpSecurity,
    @Nullable String senderAddress,
    @Nullable String senderName,
    Instant updatedAt) {

  /** What a company that never opened the settings has. */
  static MessagingSettings defaults(CompanyId company, Instant now) {
    return new MessagingSettings(
        company,
        null,
        Transport.MAILBOX,
        null,
        null,
        null,
        null,
        SmtpSecurity.STARTTLS,
        null,
        null,
        now);
  }

  /** Whether messages go out over SMTP (configured and chosen). */
  boolean usesSmtp() {
    return transport == Transport.SMTP && smtpHost != null && senderAddress != null;
  }

  @Override
  public String toString() {
    return "MessagingSettings["
        + companyId
        + ", "
        + transport
        + ", "
        + smtpHost
        + ":"
        + smtpPort
        + ", user "
        + smtpUsername
        + ", password "
        + (smtpPassword == null ? "none" : "***")
        + ", "
        + smtpSecurity
        + ", from "
        + senderAddress
        + "]";
  }
}
