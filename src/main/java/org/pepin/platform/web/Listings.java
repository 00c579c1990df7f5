package org.pepin.platform.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.ExportTable;
import org.pepin.platform.audit.AuditEntry;
import org.pepin.platform.user.UserManagement.UserView;

/**
 * What the lists show, shared by their screens, their API and their exports, so that an export
 * holds exactly what the list shows with the same filters.
 */
final class Listings {

  private Listings() {}

  /** The users list: name, login and e-mail containing the search text. */
  static List<UserView> users(List<UserView> all, @Nullable String q) {
    if (q == null || q.isBlank()) {
      return all;
    }
    String wanted = q.strip().toLowerCase(Locale.ROOT);
    return all.stream()
        .filter(
            u ->
                (u.displayName() + " " + u.username() + " " + u.email())
                    .toLowerCase(Locale.ROOT)
                    .contains(wanted))
        .toList();
  }

  static final ExportTable<UserView> USERS =
      ExportTable.<UserView>titled("users.title")
          .text("user.displayName", UserView::displayName)
          .text("user.username", UserView::username)
          .text("user.email", UserView::email)
          .label("user.roles", "role.", UserView::roles)
          .bool("user.enabled", UserView::enabled)
          .dateTime("user.createdAt", UserView::createdAt);

  static final ExportTable<AuditEntry> AUDIT =
      ExportTable.<AuditEntry>titled("audit.title")
          .dateTime("audit.when", AuditEntry::occurredAt)
          .text("audit.user", AuditEntry::username)
          .label("audit.action", "audit.action.", AuditEntry::action)
          .text("audit.summary", AuditEntry::summary)
          .text("audit.target", AuditEntry::targetType)
          .text("audit.target.id", AuditEntry::targetId)
          .text("audit.details", AuditEntry::details);
}
