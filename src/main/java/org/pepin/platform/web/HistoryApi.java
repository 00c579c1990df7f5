package org.pepin.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.ChangeHistory.History;
import org.pepin.platform.CompanyId;
import org.pepin.platform.UserId;
import org.pepin.platform.history.HistoryText;
import org.pepin.platform.user.UserManagement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API: the change history of a record, newest first, with each field's label and values in the
 * caller's language beside the stored values. Who may read a history is who may read the record:
 * every member for the company, administrators for users.
 */
@RestController
@RequestMapping("/api/v1")
class HistoryApi {

  private final ChangeHistory history;
  private final HistoryText text;
  private final UserManagement users;

  HistoryApi(ChangeHistory history, HistoryText text, UserManagement users) {
    this.history = history;
    this.text = text;
    this.users = users;
  }

  @GetMapping("/company/history")
  HistoryResource company(
      CompanyId company, @RequestParam(name = "limit", defaultValue = "100") int limit) {
    return resource(history.of(company, "company", company, limit));
  }

  @GetMapping("/users/{id}/history")
  HistoryResource user(
      CompanyId company,
      @PathVariable("id") UserId id,
      @RequestParam(name = "limit", defaultValue = "100") int limit) {
    users.view(company, id);
    return resource(history.of(company, "user", id, limit));
  }

  private HistoryResource resource(History h) {
    return new HistoryResource(
        h.entityType(),
        h.entityId(),
        h.more(),
        h.entries().stream()
            .map(
                e ->
                    new EntryResource(
                        e.id(),
                        e.occurredAt(),
                        e.username(),
                        e.displayName(),
                        e.action(),
                        e.origin(),
                        e.changes().stream()
                            .map(
                                c ->
                                    new ChangeResource(
                                        c.field(),
                                        text.label(h.entityType(), c.field()),
                                        c.oldValue(),
                                        c.newValue(),
                                        text.oldValue(c),
                                        text.newValue(c)))
                            .toList()))
            .toList());
  }

  /** A record's history; {@code more} when older entries exist beyond {@code limit}. */
  record HistoryResource(
      String entityType, String entityId, boolean more, List<EntryResource> entries) {}

  /** One change: who, when, what kind, where from, and its fields. */
  record EntryResource(
      UUID id,
      Instant occurredAt,
      @Nullable String username,
      @Nullable String displayName,
      String action,
      @Nullable String origin,
      List<ChangeResource> changes) {}

  /** One field, old → new: stored values and their text in the caller's language. */
  record ChangeResource(
      String field,
      String label,
      @Nullable String oldValue,
      @Nullable String newValue,
      String oldText,
      String newText) {}
}
