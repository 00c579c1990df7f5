package org.pepin.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.AuditLog;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.security.PepinPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log in the {@code audit_event} table: insert-only, read per company. The entry is
 * written in the caller's transaction, so a rolled-back change leaves no trace and a committed one
 * always has its entry.
 */
@Component
public class JdbcAuditLog implements AuditLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcAuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      CompanyId company,
      String action,
      String targetType,
      @Nullable Object targetId,
      String summary,
      @Nullable String details) {
    PepinPrincipal user = currentUser();
    jdbc.sql(
            "INSERT INTO audit_event (id, company_id, occurred_at, user_id, username, action,"
                + " target_type, target_id, summary, details)"
                + " VALUES (:id, :company, :at, :user, :username, :action, :type, :target,"
                + " :summary, :details)")
        .param("id", UUID.randomUUID())
        .param("company", company.value())
        .param("at", Timestamp.from(clock.instant()))
        .param("user", user == null ? null : user.userId().value())
        .param("username", user == null ? null : user.getUsername())
        .param("action", action)
        .param("type", targetType)
        .param("target", targetId == null ? null : targetId.toString())
        .param("summary", abbreviate(summary, 500))
        .param("details", details == null ? null : abbreviate(details, 10000))
        .update();
  }

  /** The entries of a company, newest first, filtered. */
  @Transactional(readOnly = true)
  public List<AuditEntry> search(CompanyId company, AuditFilter filter, int offset, int limit) {
    return search(company, filter, offset, limit, false);
  }

  /** The entries of a company, by time in the given direction, filtered. */
  @Transactional(readOnly = true)
  public List<AuditEntry> search(
      CompanyId company, AuditFilter filter, int offset, int limit, boolean oldestFirst) {
    return jdbc.sql(
            "SELECT id, occurred_at, username, action, target_type, target_id, summary, details"
                + " FROM audit_event WHERE "
                + filter.where()
                + (oldestFirst ? " ORDER BY occurred_at, id" : " ORDER BY occurred_at DESC, id")
                + " LIMIT :limit OFFSET :offset")
        .params(filter.params(company))
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new AuditEntry(
                    rs.getObject(1, UUID.class),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8)))
        .list();
  }

  /**
   * Every entry of a company that the filter selects, newest first, one at a time (exports: all
   * pages of what the list shows, in one query, without holding them all in memory).
   */
  @Transactional(readOnly = true)
  public void forEach(
      CompanyId company, AuditFilter filter, java.util.function.Consumer<AuditEntry> action) {
    jdbc.sql(
            "SELECT id, occurred_at, username, action, target_type, target_id, summary, details"
                + " FROM audit_event WHERE "
                + filter.where()
                + " ORDER BY occurred_at DESC, id")
        .params(filter.params(company))
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs ->
                    action.accept(
                        new AuditEntry(
                            rs.getObject(1, UUID.class),
                            rs.getTimestamp(2).toInstant(),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8))));
  }

  @Transactional(readOnly = true)
  public long count(CompanyId company, AuditFilter filter) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE " + filter.where())
        .params(filter.params(company))
        .query(Long.class)
        .single();
  }

  /** One entry, only if it belongs to the company. */
  @Transactional(readOnly = true)
  public Optional<AuditEntry> find(CompanyId company, UUID id) {
    return search(company, AuditFilter.byId(id), 0, 1).stream().findFirst();
  }

  /** The distinct action codes of a company, for the filter. */
  @Transactional(readOnly = true)
  public List<String> actions(CompanyId company) {
    return jdbc.sql(
            "SELECT DISTINCT action FROM audit_event WHERE company_id = :company ORDER BY action")
        .param("company", company.value())
        .query(String.class)
        .list();
  }

  private static @Nullable PepinPrincipal currentUser() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof PepinPrincipal p
        ? p
        : null;
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /**
   * Filters of the audit list; dates are company dates (Europe/Paris), both inclusive.
   *
   * @param id one entry
   * @param action an action code
   * @param username who acted
   * @param text a word of the summary or details
   */
  public record AuditFilter(
      @Nullable UUID id,
      @Nullable String action,
      @Nullable String username,
      @Nullable String text,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {

    static AuditFilter byId(UUID id) {
      return new AuditFilter(id, null, null, null, null, null);
    }

    public static AuditFilter none() {
      return new AuditFilter(null, null, null, null, null, null);
    }

    String where() {
      StringBuilder sql = new StringBuilder("company_id = :company");
      if (id != null) sql.append(" AND id = :id");
      if (action != null) sql.append(" AND action = :action");
      if (username != null) sql.append(" AND username = :username");
      if (text != null) {
        sql.append(" AND (LOWER(summary) LIKE :text OR LOWER(details) LIKE :text)");
      }
      if (from != null) sql.append(" AND occurred_at >= :from");
      if (to != null) sql.append(" AND occurred_at < :to");
      return sql.toString();
    }

    java.util.Map<String, Object> params(CompanyId company) {
      var params = new java.util.HashMap<String, Object>();
      params.put("company", company.value());
      if (id != null) params.put("id", id);
      if (action != null) params.put("action", action);
      if (username != null) params.put("username", username);
      if (text != null) params.put("text", "%" + escapeLike(text.toLowerCase()) + "%");
      if (from != null) {
        params.put("from", Timestamp.from(from.atStartOfDay(CompanyClock.ZONE).toInstant()));
      }
      if (to != null) {
        params.put(
            "to", Timestamp.from(to.plusDays(1).atStartOfDay(CompanyClock.ZONE).toInstant()));
      }
      return params;
    }

    private static String escapeLike(String text) {
      return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
  }
}
