package org.pepin.platform;

import org.jspecify.annotations.Nullable;

/**
 * Records sensitive actions (who, when, what, in which company). Entries are never changed nor
 * deleted. The acting user is taken from the security context; background jobs record as the
 * system.
 */
public interface AuditLog {

  /**
   * @param action a stable code such as {@code company.updated} or {@code user.roles-changed}
   * @param targetType the kind of thing acted upon, such as {@code company} or {@code user}
   * @param targetId its id, if any
   * @param summary one human-readable line (names, not ids)
   * @param details the changed fields, "field: old → new" per line, if any
   */
  void record(
      CompanyId company,
      String action,
      String targetType,
      @Nullable Object targetId,
      String summary,
      @Nullable String details);
}
