package org.pepin.platform.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the audit log, as shown on its screens. */
public record AuditEntry(
    UUID id,
    Instant occurredAt,
    @Nullable String username,
    String action,
    String targetType,
    @Nullable String targetId,
    String summary,
    @Nullable String details) {}
