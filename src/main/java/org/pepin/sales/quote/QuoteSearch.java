package org.pepin.sales.quote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageQuery.ApiPage;
import org.pepin.platform.UserId;
import org.pepin.sales.QuoteFilter;
import org.pepin.sales.QuoteId;
import org.pepin.sales.QuoteRow;
import org.pepin.sales.QuoteStatus;
import org.pepin.sales.document.Like;
import org.pepin.shared.Money;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quote list: filters (text, status, customer, sales rep, period, amount, « à relancer »),
 * sorting, pages and exports, and the conversion rate.
 */
@Component
@Transactional(readOnly = true)
public class QuoteSearch {

  /** Sort keys of the list and the SQL they sort by. */
  public static final Map<String, String> SORTS =
      Map.of(
          "number", "q.number",
          "date", "r.quote_date",
          "validUntil", "r.valid_until",
          "customer", "q.customer_name",
          "totalGross", "r.total_gross",
          "status", "q.status",
          "updatedAt", "q.updated_at");

  public static final String DEFAULT_SORT = "updatedAt";

  private static final String FROM =
      " FROM sales_quote q JOIN sales_quote_revision r ON r.id = q.current_revision_id";

  private static final String COLUMNS =
      "q.id, q.number, r.revision, q.customer_id, q.customer_code, q.customer_name,"
          + " q.sales_rep_id, q.status, r.quote_date, r.valid_until, r.total_net, r.total_gross,"
          + " r.sent_at, q.updated_at";

  private final JdbcClient jdbc;
  private final CompanyClock clock;

  QuoteSearch(JdbcClient jdbc, CompanyClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One page of the list. */
  public ApiPage<QuoteRow> search(CompanyId company, QuoteFilter filter, PageQuery page) {
    var params = new MapSqlParameterSource();
    String where = where(company, filter, params);
    long total =
        jdbc.sql("SELECT COUNT(*)" + FROM + " WHERE " + where)
            .paramSource(params)
            .query(Long.class)
            .single();
    params.addValue("limit", page.size()).addValue("offset", page.offset());
    List<QuoteRow> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + FROM
                    + " WHERE "
                    + where
                    + orderBy(page.sort(), page.ascending())
                    + " LIMIT :limit OFFSET :offset")
            .paramSource(params)
            .query(QuoteSearch::row)
            .list();
    return new ApiPage<>(rows, page.page(), page.size(), total);
  }

  /** Every row of the list, in order, for an export. */
  public void forEach(
      CompanyId company,
      QuoteFilter filter,
      String sort,
      boolean ascending,
      Consumer<QuoteRow> sink) {
    var params = new MapSqlParameterSource();
    String where = where(company, filter, params);
    jdbc
        .sql("SELECT " + COLUMNS + FROM + " WHERE " + where + orderBy(sort, ascending))
        .paramSource(params)
        .query(QuoteSearch::row)
        .stream()
        .forEach(sink);
  }

  /**
   * The conversion rate over quotes dated in the period: accepted (converted) ones among those that
   * got an answer or expired, in %; {@code null} when none did.
   *
   * @return {answered, converted}
   */
  public long[] conversion(CompanyId company, LocalDate from, LocalDate to) {
    return jdbc.sql(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN q.status IN ('ACCEPTED', 'CONVERTED')"
                + " THEN 1 ELSE 0 END), 0)"
                + FROM
                + " WHERE q.company_id = :company AND q.status IN"
                + " ('ACCEPTED', 'CONVERTED', 'REFUSED', 'EXPIRED')"
                + " AND r.quote_date BETWEEN :from AND :to")
        .param("company", company.value())
        .param("from", from)
        .param("to", to)
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }

  private String where(CompanyId company, QuoteFilter f, MapSqlParameterSource params) {
    var clauses = new ArrayList<String>();
    clauses.add("q.company_id = :company");
    params.addValue("company", company.value());
    if (f.text() != null && !f.text().isBlank()) {
      clauses.add(
          "(LOWER(q.number) LIKE :text ESCAPE '\\' OR LOWER(q.customer_name) LIKE :text ESCAPE '\\'"
              + " OR LOWER(q.customer_code) LIKE :text ESCAPE '\\')");
      params.addValue("text", Like.contains(f.text()));
    }
    if (!f.statuses().isEmpty()) {
      clauses.add("q.status IN (:statuses)");
      params.addValue("statuses", f.statuses().stream().map(Enum::name).toList());
    }
    if (f.customer() != null) {
      clauses.add("q.customer_id = :customer");
      params.addValue("customer", f.customer().value());
    }
    if (f.salesRep() != null) {
      clauses.add("q.sales_rep_id = :rep");
      params.addValue("rep", f.salesRep().value());
    }
    if (f.from() != null) {
      clauses.add("r.quote_date >= :from");
      params.addValue("from", f.from());
    }
    if (f.to() != null) {
      clauses.add("r.quote_date <= :to");
      params.addValue("to", f.to());
    }
    if (f.minGross() != null) {
      clauses.add("r.total_gross >= :min");
      params.addValue("min", f.minGross().amount());
    }
    if (f.maxGross() != null) {
      clauses.add("r.total_gross <= :max");
      params.addValue("max", f.maxGross().amount());
    }
    if (f.expiringWithinDays() != null) {
      LocalDate today = clock.today(company);
      clauses.add("q.status = 'SENT' AND r.valid_until BETWEEN :today AND :limitDate");
      params.addValue("today", today);
      params.addValue("limitDate", today.plusDays(f.expiringWithinDays()));
    }
    return String.join(" AND ", clauses);
  }

  private static String orderBy(String sort, boolean ascending) {
    String column = SORTS.getOrDefault(sort, "q.updated_at");
    return " ORDER BY " + column + (ascending ? " ASC" : " DESC") + ", q.id";
  }

  private static QuoteRow row(ResultSet rs, int n) throws SQLException {
    UUID rep = rs.getObject("sales_rep_id", UUID.class);
    Timestamp sent = rs.getTimestamp("sent_at");
    return new QuoteRow(
        new QuoteId(rs.getObject("id", UUID.class)),
        rs.getString("number"),
        rs.getString("revision"),
        new CustomerId(rs.getObject("customer_id", UUID.class)),
        rs.getString("customer_code"),
        rs.getString("customer_name"),
        rep == null ? null : new UserId(rep),
        QuoteStatus.valueOf(rs.getString("status")),
        rs.getObject("quote_date", LocalDate.class),
        rs.getObject("valid_until", LocalDate.class),
        Money.of(rs.getBigDecimal("total_net")),
        Money.of(rs.getBigDecimal("total_gross")),
        sent == null ? null : sent.toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }
}
