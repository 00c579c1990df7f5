package org.pepin.platform;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message gave up after its last attempt; it waits in the outbox for someone to retry it. */
public record MessageFailed(
    MessageId message,
    CompanyId company,
    String kind,
    @Nullable String reference,
    int attempts,
    String error,
    Instant failedAt) {}
