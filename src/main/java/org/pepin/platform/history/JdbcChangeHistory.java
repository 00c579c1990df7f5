package org.pepin.platform.history;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyId;
import org.pepin.platform.FieldChange;
import org.pepin.platform.security.PepinPrincipal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history in two insert-only tables: {@code history_change} (one row per change: the
 * record, who, when, the action and its origin) and {@code history_field_change} (its fields, old →
 * new, in order). Rows carry the company they were made in and are read per company.
 */
@Component
class JdbcChangeHistory implements ChangeHistory {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcOperations batch;
  private final Clock clock;

  JdbcChangeHistory(JdbcClient jdbc, NamedParameterJdbcOperations batch, Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      CompanyId company,
      String entityType,
      Object entityId,
      String action,
      @Nullable String origin,
      List<FieldChange> changes) {
    if (changes.isEmpty() && UPDATED.equals(action)) {
      return;
    }
    PepinPrincipal user = currentUser();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO history_change (id, company_id, entity_type, entity_id, occurred_at,"
                + " user_id, username, user_display_name, action, origin)"
                + " VALUES (:id, :company, :type, :entity, :at, :user, :username, :name, :action,"
                + " :origin)")
        .param("id", id)
        .param("company", company.value())
        .param("type", entityType)
        .param("entity", entityId.toString())
        .param("at", Timestamp.from(clock.instant()))
        .param("user", user == null ? null : user.userId().value())
        .param("username", user == null ? null : user.getUsername())
        .param("name", user == null ? null : user.displayName())
        .param("action", action)
        .param("origin", origin)
        .update();
    if (changes.isEmpty()) {
      return;
    }
    // One batch for the fields: a created record has a dozen of them (imports create thousands).
    var rows = new MapSqlParameterSource[changes.size()];
    for (int position = 0; position < rows.length; position++) {
      FieldChange change = changes.get(position);
      rows[position] =
          new MapSqlParameterSource()
              .addValue("change", id)
              .addValue("position", position)
              .addValue("company", company.value())
              .addValue("field", change.field())
              .addValue("old", change.oldValue())
              .addValue("new", change.newValue())
              .addValue("keys", change.valueKeys());
    }
    batch.batchUpdate(
        "INSERT INTO history_field_change (change_id, seq, company_id, field,"
            + " old_value, new_value, value_keys)"
            + " VALUES (:change, :position, :company, :field, :old, :new, :keys)",
        rows);
  }

  @Override
  @Transactional(readOnly = true)
  public History of(
      CompanyId company,
      String entityType,
      Object entityId,
      Collection<?> alsoEntityIds,
      int limit) {
    int max = Math.max(1, Math.min(limit, 500));
    List<String> ids = new ArrayList<>();
    ids.add(entityId.toString());
    alsoEntityIds.stream().map(Object::toString).filter(i -> !ids.contains(i)).forEach(ids::add);
    Map<UUID, EntryRow> rows = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT id, entity_id, occurred_at, username, user_display_name, action, origin"
                + " FROM history_change WHERE company_id = :company AND entity_type = :type"
                + " AND entity_id IN (:entities) ORDER BY occurred_at DESC, id LIMIT :limit")
        .param("company", company.value())
        .param("type", entityType)
        .param("entities", ids)
        .param("limit", max + 1)
        .query(
            (rs, n) ->
                new EntryRow(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getTimestamp(3).toInstant(),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    new ArrayList<>()))
        .list()
        .forEach(row -> rows.put(row.id(), row));
    boolean more = rows.size() > max;
    List<EntryRow> kept = rows.values().stream().limit(max).toList();
    if (!kept.isEmpty()) {
      jdbc.sql(
              "SELECT change_id, field, old_value, new_value, value_keys FROM history_field_change"
                  + " WHERE company_id = :company AND change_id IN (:ids)"
                  + " ORDER BY change_id, seq")
          .param("company", company.value())
          .param("ids", kept.stream().map(EntryRow::id).toList())
          .query(
              rs -> {
                EntryRow row = rows.get(rs.getObject(1, UUID.class));
                if (row != null) {
                  row.changes()
                      .add(
                          new FieldChange(
                              rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
              });
    }
    return new History(
        entityType,
        entityId.toString(),
        kept.stream()
            .map(
                r ->
                    new Entry(
                        r.id(),
                        r.entityId(),
                        r.occurredAt(),
                        r.username(),
                        r.displayName(),
                        r.action(),
                        r.origin(),
                        List.copyOf(r.changes())))
            .toList(),
        more);
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public int erase(
      CompanyId company, String entityType, Object entityId, Collection<String> fields) {
    if (fields.isEmpty()) {
      return 0;
    }
    String changes =
        "SELECT c.id FROM history_change c WHERE c.company_id = :company"
            + " AND c.entity_type = :type AND c.entity_id = :entity";
    int erased =
        jdbc.sql(
                "UPDATE history_field_change SET old_value = :erased, value_keys = NULL"
                    + " WHERE company_id = :company AND old_value IS NOT NULL"
                    + " AND field IN (:fields) AND change_id IN ("
                    + changes
                    + ")")
            .param("erased", ERASED_VALUE)
            .param("company", company.value())
            .param("fields", List.copyOf(fields))
            .param("type", entityType)
            .param("entity", entityId.toString())
            .update();
    erased +=
        jdbc.sql(
                "UPDATE history_field_change SET new_value = :erased, value_keys = NULL"
                    + " WHERE company_id = :company AND new_value IS NOT NULL"
                    + " AND field IN (:fields) AND change_id IN ("
                    + changes
                    + ")")
            .param("erased", ERASED_VALUE)
            .param("company", company.value())
            .param("fields", List.copyOf(fields))
            .param("type", entityType)
            .param("entity", entityId.toString())
            .update();
    return erased;
  }

  private static @Nullable PepinPrincipal currentUser() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof PepinPrincipal p
        ? p
        : null;
  }

  private record EntryRow(
      UUID id,
      String entityId,
      java.time.Instant occurredAt,
      @Nullable String username,
      @Nullable String displayName,
      String action,
      @Nullable String origin,
      List<FieldChange> changes) {}
}
