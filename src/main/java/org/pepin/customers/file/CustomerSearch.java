package org.pepin.customers.file;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.pepin.customers.CustomerFilter;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerRow;
import org.pepin.customers.CustomerStatus;
import org.pepin.customers.InsolvencyStatus;
import org.pepin.customers.PartyRole;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageQuery.ApiPage;
import org.pepin.platform.UserId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer list: filters of {@link CustomerFilter} turned into SQL on the {@code customer}
 * table, always scoped by the company, sorted and paged in the database. The same query feeds the
 * screen, the API and the exports, so an export holds exactly what the list shows.
 */
@Component
@Transactional(readOnly = true)
public class CustomerSearch {

  /** Sortable fields, by their API name. */
  public static final Map<String, String> SORTS =
      Map.of(
          "code", "c.code",
          "name", "LOWER(c.name)",
          "city", "LOWER(c.city)",
          "createdAt", "c.created_at",
          "lastActivityAt", "c.last_activity_at");

  public static final String DEFAULT_SORT = "name";

  /** Prospects flagged by the retention rule: no activity for this many years. */
  public static final int RETENTION_YEARS = 3;

  private static final String COLUMNS =
      "c.id, c.code, c.name, c.kind, c.roles, c.status, c.siren, c.siret, c.vat_number,"
          + " c.postal_code, c.city, c.country_code, c.email, c.phone, c.sales_rep_id,"
          + " c.categories, c.tags, c.blocked, c.insolvency_status, c.credit_limit,"
          + " c.payment_terms, c.last_activity_at, c.created_at";

  private final JdbcClient jdbc;
  private final org.pepin.platform.CompanyClock clock;

  CustomerSearch(JdbcClient jdbc, org.pepin.platform.CompanyClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One page of the list. */
  public ApiPage<CustomerRow> search(CompanyId company, CustomerFilter filter, PageQuery page) {
    var params = new MapSqlParameterSource();
    String where = where(company, filter, params);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM customer c WHERE " + where)
            .paramSource(params)
            .query(Long.class)
            .single();
    params.addValue("limit", page.size()).addValue("offset", page.offset());
    List<CustomerRow> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM customer c WHERE "
                    + where
                    + orderBy(page.sort(), page.ascending())
                    + " LIMIT :limit OFFSET :offset")
            .paramSource(params)
            .query(CustomerSearch::row)
            .list();
    return new ApiPage<>(rows, page.page(), page.size(), total);
  }

  /** Every row of the list, in order, for an export. */
  public void forEach(
      CompanyId company,
      CustomerFilter filter,
      String sort,
      boolean ascending,
      Consumer<CustomerRow> sink) {
    var params = new MapSqlParameterSource();
    String where = where(company, filter, params);
    jdbc
        .sql("SELECT " + COLUMNS + " FROM customer c WHERE " + where + orderBy(sort, ascending))
        .paramSource(params)
        .query(CustomerSearch::row)
        .stream()
        .forEach(sink);
  }

  private String where(CompanyId company, CustomerFilter f, MapSqlParameterSource params) {
    var clauses = new ArrayList<String>();
    clauses.add("c.company_id = :company");
    params.addValue("company", company.value());
    if (f.status() != CustomerFilter.StatusFilter.ALL) {
      clauses.add("c.status = :status");
      params.addValue("status", f.status().name());
    }
    if (f.q() != null) {
      int n = 0;
      for (String word : CustomerMapping.normalise(f.q()).split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        clauses.add("c.search_text LIKE :q" + n + " ESCAPE '\\'");
        params.addValue("q" + n, "%" + escape(word) + "%");
        n++;
      }
    }
    if (f.kind() != null) {
      clauses.add("c.kind = :kind");
      params.addValue("kind", f.kind().name());
    }
    if (f.role() != null) {
      clauses.add("(',' || c.roles || ',') LIKE :role");
      params.addValue("role", "%," + f.role().name() + ",%");
    }
    if (f.category() != null) {
      clauses.add("LOWER(',' || c.categories || ',') LIKE :category ESCAPE '\\'");
      params.addValue("category", "%," + escape(f.category().toLowerCase()) + ",%");
    }
    if (f.tag() != null) {
      clauses.add("LOWER(',' || c.tags || ',') LIKE :tag ESCAPE '\\'");
      params.addValue("tag", "%," + escape(f.tag().toLowerCase()) + ",%");
    }
    if (f.salesRep() != null) {
      clauses.add("c.sales_rep_id = :rep");
      params.addValue("rep", f.salesRep().value());
    }
    if (f.blocked() != null) {
      clauses.add("c.blocked = :blocked");
      params.addValue("blocked", f.blocked());
    }
    if (f.retentionDue()) {
      clauses.add("c.last_activity_at < :retention");
      params.addValue(
          "retention",
          java.sql.Timestamp.from(clock.dateTime(company).minusYears(RETENTION_YEARS).toInstant()));
    }
    return String.join(" AND ", clauses);
  }

  private static String orderBy(String sort, boolean ascending) {
    String column = SORTS.getOrDefault(sort, SORTS.get(DEFAULT_SORT));
    String direction = ascending ? " ASC" : " DESC";
    return " ORDER BY " + column + direction + ", c.code" + direction;
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static CustomerRow row(ResultSet rs, int n) throws SQLException {
    var creditLimit = rs.getBigDecimal("credit_limit");
    var rep = rs.getObject("sales_rep_id", java.util.UUID.class);
    return new CustomerRow(
        new CustomerId(rs.getObject("id", java.util.UUID.class)),
        rs.getString("code"),
        rs.getString("name"),
        CustomerKind.valueOf(rs.getString("kind")),
        CustomerMapping.enums(PartyRole.class, rs.getString("roles")),
        CustomerStatus.valueOf(rs.getString("status")),
        rs.getString("siren"),
        rs.getString("siret"),
        rs.getString("vat_number"),
        rs.getString("postal_code"),
        rs.getString("city"),
        rs.getString("country_code"),
        rs.getString("email"),
        rs.getString("phone"),
        rep == null ? null : new UserId(rep),
        CustomerMapping.labels(rs.getString("categories")),
        CustomerMapping.labels(rs.getString("tags")),
        rs.getBoolean("blocked"),
        InsolvencyStatus.valueOf(rs.getString("insolvency_status")),
        creditLimit,
        rs.getString("payment_terms"),
        rs.getTimestamp("last_activity_at").toInstant(),
        rs.getTimestamp("created_at").toInstant());
  }
}
