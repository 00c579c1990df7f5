package org.pepin.sales.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageQuery.ApiPage;
import org.pepin.platform.UserId;
import org.pepin.sales.OrderFilter;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderRow;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.document.Like;
import org.pepin.shared.Money;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The order list: filters, sorting, pages and exports. */
@Component
@Transactional(readOnly = true)
public class OrderSearch {

  /** Sort keys of the list and the SQL they sort by. */
  public static final Map<String, String> SORTS =
      Map.of(
          "number", "o.number",
          "date", "o.order_date",
          "requestedDelivery", "o.requested_delivery",
          "customer", "o.customer_name",
          "totalGross", "o.total_gross",
          "status", "o.status",
          "updatedAt", "o.updated_at");

  public static final String DEFAULT_SORT = "updatedAt";

  private static final String COLUMNS =
      "o.id, o.number, o.customer_id, o.customer_code, o.customer_name, o.sales_rep_id,"
          + " o.status, o.order_date, o.requested_delivery, o.customer_reference, o.total_net,"
          + " o.total_gross, COALESCE((SELECT SUM(CASE WHEN d.total_gross > d.amount_paid"
          + " THEN d.total_gross - d.amount_paid ELSE 0 END) FROM sales_down_payment d"
          + " WHERE d.company_id = o.company_id AND d.order_id = o.id"
          + " AND d.status <> 'CANCELLED'), 0) AS down_payment_due";

  private final JdbcClient jdbc;

  OrderSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One page of the list. */
  public ApiPage<OrderRow> search(CompanyId company, OrderFilter filter, PageQuery page) {
    var params = new MapSqlParameterSource();
    String where = where(company, filter, params);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM sales_order o WHERE " + where)
            .paramSource(params)
            .query(Long.class)
            .single();
    params.addValue("limit", page.size()).addValue("offset", page.offset());
    List<OrderRow> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM sales_order o WHERE "
                    + where
                    + orderBy(page.sort(), page.ascending())
                    + " LIMIT :limit OFFSET :offset")
            .paramSource(params)
            .query(OrderSearch::row)
            .list();
    return new ApiPage<>(rows, page.page(), page.size(), total);
  }

  /** Every row of the list, in order, for an export. */
  public void forEach(
      CompanyId company,
      OrderFilter filter,
      String sort,
      boolean ascending,
      Consumer<OrderRow> sink) {
    var params = new MapSqlParameterSource();
    String where = where(company, filter, params);
    jdbc
        .sql("SELECT " + COLUMNS + " FROM sales_order o WHERE " + where + orderBy(sort, ascending))
        .paramSource(params)
        .query(OrderSearch::row)
        .stream()
        .forEach(sink);
  }

  private static String where(CompanyId company, OrderFilter f, MapSqlParameterSource params) {
    var clauses = new ArrayList<String>();
    clauses.add("o.company_id = :company");
    params.addValue("company", company.value());
    if (f.text() != null && !f.text().isBlank()) {
      clauses.add(
          "(LOWER(o.number) LIKE :text ESCAPE '\\' OR LOWER(o.customer_name) LIKE :text ESCAPE '\\'"
              + " OR LOWER(o.customer_code) LIKE :text ESCAPE '\\'"
              + " OR LOWER(o.customer_reference) LIKE :text ESCAPE '\\'"
              + " OR LOWER(o.commitment_number) LIKE :text ESCAPE '\\')");
      params.addValue("text", Like.contains(f.text()));
    }
    if (!f.statuses().isEmpty()) {
      clauses.add("o.status IN (:statuses)");
      params.addValue("statuses", f.statuses().stream().map(Enum::name).toList());
    }
    if (f.customer() != null) {
      clauses.add("o.customer_id = :customer");
      params.addValue("customer", f.customer().value());
    }
    if (f.salesRep() != null) {
      clauses.add("o.sales_rep_id = :rep");
      params.addValue("rep", f.salesRep().value());
    }
    if (f.from() != null) {
      clauses.add("o.order_date >= :from");
      params.addValue("from", f.from());
    }
    if (f.to() != null) {
      clauses.add("o.order_date <= :to");
      params.addValue("to", f.to());
    }
    if (f.minGross() != null) {
      clauses.add("o.total_gross >= :min");
      params.addValue("min", f.minGross().amount());
    }
    if (f.maxGross() != null) {
      clauses.add("o.total_gross <= :max");
      params.addValue("max", f.maxGross().amount());
    }
    return String.join(" AND ", clauses);
  }

  private static String orderBy(String sort, boolean ascending) {
    String column = SORTS.getOrDefault(sort, "o.updated_at");
    return " ORDER BY " + column + (ascending ? " ASC" : " DESC") + ", o.id";
  }

  private static OrderRow row(ResultSet rs, int n) throws SQLException {
    UUID rep = rs.getObject("sales_rep_id", UUID.class);
    return new OrderRow(
        new OrderId(rs.getObject("id", UUID.class)),
        rs.getString("number"),
        new CustomerId(rs.getObject("customer_id", UUID.class)),
        rs.getString("customer_code"),
        rs.getString("customer_name"),
        rep == null ? null : new UserId(rep),
        OrderStatus.valueOf(rs.getString("status")),
        rs.getObject("order_date", LocalDate.class),
        rs.getObject("requested_delivery", LocalDate.class),
        rs.getString("customer_reference"),
        Money.of(rs.getBigDecimal("total_net")),
        Money.of(rs.getBigDecimal("total_gross")),
        Money.of(rs.getBigDecimal("down_payment_due")));
  }
}
