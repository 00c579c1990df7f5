package org.pepin.platform;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message left the outbox: accepted by the company's SMTP server, or delivered to its in-app
 * mailbox ({@code transport} is {@code SMTP} or {@code MAILBOX}).
 */
public record MessageSent(
    MessageId message,
    CompanyId company,
    String kind,
    List<String> to,
    String subject,
    @Nullable String reference,
    String transport,
    Instant sentAt) {}
