package org.pepin.platform;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A message entered the outbox (published in the transaction that queued it). */
public record MessageQueued(
    MessageId message,
    CompanyId company,
    String kind,
    List<String> to,
    String subject,
    @Nullable String reference,
    Instant queuedAt) {}
