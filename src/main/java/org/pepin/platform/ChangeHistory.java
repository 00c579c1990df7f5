package org.pepin.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The business history of records: which fields changed, old → new, who and when, shown on the
 * record's own page (the {@code platform/history :: timeline(history)} fragment) and in the API.
 *
 * <p>It differs from the {@link AuditLog}: the audit log is the company-wide security trail for
 * administrators (logins, passwords, every sensitive action, with free-text details); the history
 * is the per-record business trail for whoever may see the record, with structured field changes. A
 * service that changes a record computes its {@link FieldChange}s once and gives them to both when
 * the action is also sensitive ({@link FieldChange#describe} makes the audit's details).
 *
 * <p>Entries are written in the caller's transaction (a rolled-back change leaves no history) and
 * never changed; each carries the company it was made in, so a record's history is read per
 * company.
 */
public interface ChangeHistory {

  /** The record was created; the changes hold its first values. */
  String CREATED = "created";

  /** Fields of the record changed. */
  String UPDATED = "updated";

  /** The record left the company (a user removed from it). */
  String REMOVED = "removed";

  /** Prefix of {@code origin} for a change made by an import run: {@code import:<run id>}. */
  String IMPORT_ORIGIN = "import:";

  /**
   * Records one change of a record by the current user (taken from the security context; none for
   * the system). Nothing is recorded for an update without changes.
   *
   * @param entityType the kind of record, such as {@code company} or {@code user}: field labels are
   *     the messages {@code <entityType>.<field>}
   * @param entityId the record's id
   * @param action {@link #CREATED}, {@link #UPDATED}, {@link #REMOVED} or another code with a
   *     message {@code history.action.<action>}
   * @param origin where the change came from, e.g. {@code import:<run id>}; {@code null} for a
   *     screen or an API call
   */
  void record(
      CompanyId company,
      String entityType,
      Object entityId,
      String action,
      @Nullable String origin,
      List<FieldChange> changes);

  /** Records an update made through a screen or the API. */
  default void record(
      CompanyId company, String entityType, Object entityId, List<FieldChange> changes) {
    record(company, entityType, entityId, UPDATED, null, changes);
  }

  /**
   * Derives the changes from two snapshots of the record ({@link FieldChange#between}), records
   * them as an update and returns them (for the audit log's details).
   */
  default <R extends Record> List<FieldChange> recordDifferences(
      CompanyId company, String entityType, Object entityId, R before, R after) {
    List<FieldChange> changes = FieldChange.between(before, after);
    record(company, entityType, entityId, changes);
    return changes;
  }

  /** The latest {@code limit} changes of a record made in the company, newest first. */
  default History of(CompanyId company, String entityType, Object entityId, int limit) {
    return of(company, entityType, entityId, List.of(), limit);
  }

  /**
   * The latest {@code limit} changes of a record and of records folded into it (e.g. duplicates
   * merged into a customer), newest first, as one timeline. The history is that of {@code
   * entityId}; entries of the other records carry their own id in {@link Entry#entityId()}.
   */
  History of(
      CompanyId company,
      String entityType,
      Object entityId,
      java.util.Collection<?> alsoEntityIds,
      int limit);

  /** Value that replaces an erased personal value in the history. */
  String ERASED_VALUE = "***";

  /**
   * Replaces the old and new values of the given fields of a record's history with {@value
   * #ERASED_VALUE} — the one exception to entries never changing: an erasure of personal data (GDPR
   * art. 17) must reach the history too. Who changed what and when is kept.
   *
   * @return the number of values replaced
   */
  int erase(
      CompanyId company, String entityType, Object entityId, java.util.Collection<String> fields);

  /**
   * One change of a record, as the timeline shows it.
   *
   * @param entityId the record changed (differs from the history's own for a folded-in record)
   */
  record Entry(
      java.util.UUID id,
      String entityId,
      java.time.Instant occurredAt,
      @Nullable String username,
      @Nullable String displayName,
      String action,
      @Nullable String origin,
      List<FieldChange> changes) {

    /** The import run that made the change, if any. */
    public @Nullable String importRun() {
      return origin != null && origin.startsWith(IMPORT_ORIGIN)
          ? origin.substring(IMPORT_ORIGIN.length())
          : null;
    }
  }

  /**
   * The history of one record.
   *
   * @param more whether older entries exist beyond those listed
   */
  record History(String entityType, String entityId, List<Entry> entries, boolean more) {}
}
