package org.pepin.delivery.note;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryStatus;
import org.pepin.delivery.Transport;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageQuery.ApiPage;
import org.pepin.shared.Quantity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of delivery notes: filters (text on the number, the customer or an order number; status,
 * customer, period of the planned date, round, transport), sorting, pages and exports; always
 * scoped by the company.
 */
@Component
@Transactional(readOnly = true)
public class DeliverySearch {

  /** Sort keys of the list and the SQL they sort by. */
  public static final Map<String, String> SORTS =
      Map.of(
          "number", "d.number",
          "plannedOn", "d.planned_on",
          "customer", "d.customer_name",
          "status", "d.status",
          "updatedAt", "d.updated_at");

  public static final String DEFAULT_SORT = "plannedOn";

  private static final int CHUNK = 500;

  /**
   * What the list shows.
   *
   * @param text part of the number, the customer's name or code, or an order number
   * @param from the first planned date, {@code to} the last one
   * @param round the driver's round, exactly (case-insensitive)
   */
  public record Filter(
      @Nullable String text,
      Set<DeliveryStatus> statuses,
      @Nullable CustomerId customer,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable String round,
      @Nullable Transport transport) {

    public Filter {
      statuses = Set.copyOf(statuses);
    }

    public static Filter none() {
      return new Filter(null, Set.of(), null, null, null, null, null);
    }

    public boolean any() {
      return text != null
          || !statuses.isEmpty()
          || customer != null
          || from != null
          || to != null
          || round != null
          || transport != null;
    }
  }

  /**
   * One delivery note of the list.
   *
   * @param orderNumbers the orders it delivers, comma-separated
   * @param quantity the total quantity of its lines
   */
  public record Row(
      DeliveryId id,
      @Nullable String number,
      DeliveryStatus status,
      CustomerId customer,
      String customerCode,
      String customerName,
      String city,
      LocalDate plannedOn,
      @Nullable LocalDate shippedOn,
      Transport transport,
      @Nullable String carrier,
      @Nullable String roundName,
      String orderNumbers,
      Quantity quantity) {}

  private final JdbcClient jdbc;

  DeliverySearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One page of the list. */
  public ApiPage<Row> search(CompanyId company, Filter filter, PageQuery page) {
    var params = new MapSqlParameterSource();
    String where = where(company, filter, params);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM delivery d WHERE " + where)
            .paramSource(params)
            .query(Long.class)
            .single();
    params.addValue("limit", page.size()).addValue("offset", page.offset());
    List<Row> rows =
        jdbc.sql(
                "SELECT d.* FROM delivery d WHERE "
                    + where
                    + orderBy(page.sort(), page.ascending())
                    + " LIMIT :limit OFFSET :offset")
            .paramSource(params)
            .query(DeliverySearch::row)
            .list();
    return new ApiPage<>(withLines(company, rows), page.page(), page.size(), total);
  }

  /** Every row of the list, in order, for an export. */
  public void forEach(
      CompanyId company, Filter filter, String sort, boolean ascending, Consumer<Row> sink) {
    var params = new MapSqlParameterSource();
    String where = where(company, filter, params);
    List<Row> chunk = new ArrayList<>();
    jdbc
        .sql("SELECT d.* FROM delivery d WHERE " + where + orderBy(sort, ascending))
        .paramSource(params)
        .query(DeliverySearch::row)
        .stream()
        .forEach(
            r -> {
              chunk.add(r);
              if (chunk.size() == CHUNK) {
                withLines(company, chunk).forEach(sink);
                chunk.clear();
              }
            });
    withLines(company, chunk).forEach(sink);
  }

  /** The rounds named on the company's delivery notes, for the filter. */
  public List<String> rounds(CompanyId company) {
    return jdbc.sql(
            "SELECT DISTINCT round_name FROM delivery WHERE company_id = :company"
                + " AND round_name IS NOT NULL ORDER BY round_name")
        .param("company", company.value())
        .query(String.class)
        .list();
  }

  private List<Row> withLines(CompanyId company, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<String>> numbers = new HashMap<>();
    Map<UUID, BigDecimal> quantities = new HashMap<>();
    jdbc.sql(
            "SELECT delivery_id, order_number, MIN(position) AS first_position, SUM(quantity) AS quantity"
                + " FROM delivery_line WHERE company_id = :company AND delivery_id IN (:ids)"
                + " GROUP BY delivery_id, order_number ORDER BY delivery_id, first_position")
        .param("company", company.value())
        .param("ids", rows.stream().map(r -> r.id().value()).toList())
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("delivery_id", UUID.class);
              numbers.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString("order_number"));
              quantities.merge(id, rs.getBigDecimal("quantity"), BigDecimal::add);
              return id;
            })
        .list();
    Map<UUID, Row> result = new LinkedHashMap<>();
    for (Row r : rows) {
      UUID id = r.id().value();
      result.put(
          id,
          new Row(
              r.id(),
              r.number(),
              r.status(),
              r.customer(),
              r.customerCode(),
              r.customerName(),
              r.city(),
              r.plannedOn(),
              r.shippedOn(),
              r.transport(),
              r.carrier(),
              r.roundName(),
              String.join(", ", numbers.getOrDefault(id, List.of())),
              new Quantity(quantities.getOrDefault(id, BigDecimal.ZERO))));
    }
    return List.copyOf(result.values());
  }

  private static String where(CompanyId company, Filter f, MapSqlParameterSource params) {
    var clauses = new ArrayList<String>();
    clauses.add("d.company_id = :company");
    params.addValue("company", company.value());
    if (f.text() != null && !f.text().isBlank()) {
      clauses.add(
          "(LOWER(d.number) LIKE :text ESCAPE '\\' OR LOWER(d.customer_name) LIKE :text ESCAPE"
              + " '\\' OR LOWER(d.customer_code) LIKE :text ESCAPE '\\' OR EXISTS (SELECT 1 FROM"
              + " delivery_line l WHERE l.delivery_id = d.id AND l.company_id = d.company_id AND"
              + " LOWER(l.order_number) LIKE :text ESCAPE '\\'))");
      params.addValue("text", contains(f.text()));
    }
    if (!f.statuses().isEmpty()) {
      clauses.add("d.status IN (:statuses)");
      params.addValue("statuses", f.statuses().stream().map(Enum::name).toList());
    }
    if (f.customer() != null) {
      clauses.add("d.customer_id = :customer");
      params.addValue("customer", f.customer().value());
    }
    if (f.from() != null) {
      clauses.add("d.planned_on >= :from");
      params.addValue("from", f.from());
    }
    if (f.to() != null) {
      clauses.add("d.planned_on <= :to");
      params.addValue("to", f.to());
    }
    if (f.round() != null && !f.round().isBlank()) {
      clauses.add("LOWER(d.round_name) = :round");
      params.addValue("round", f.round().strip().toLowerCase(java.util.Locale.ROOT));
    }
    if (f.transport() != null) {
      clauses.add("d.transport = :transport");
      params.addValue("transport", f.transport().name());
    }
    return String.join(" AND ", clauses);
  }

  /** A LIKE pattern for text contained anywhere, lower-cased, its wildcards escaped. */
  static String contains(String text) {
    String t =
        text.strip()
            .toLowerCase(java.util.Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + t + "%";
  }

  private static String orderBy(String sort, boolean ascending) {
    String column = SORTS.getOrDefault(sort, "d.planned_on");
    String direction = ascending ? " ASC" : " DESC";
    // drafts have no number: after the numbered notes, whatever the direction
    String nulls = column.equals("d.number") ? " NULLS LAST" : "";
    return " ORDER BY " + column + direction + nulls + ", d.created_at DESC, d.id";
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        new DeliveryId(rs.getObject("id", UUID.class)),
        rs.getString("number"),
        DeliveryStatus.valueOf(rs.getString("status")),
        new CustomerId(rs.getObject("customer_id", UUID.class)),
        rs.getString("customer_code"),
        rs.getString("customer_name"),
        rs.getString("address_city"),
        rs.getObject("planned_on", LocalDate.class),
        rs.getObject("shipped_on", LocalDate.class),
        Transport.valueOf(rs.getString("transport")),
        rs.getString("carrier"),
        rs.getString("round_name"),
        "",
        Quantity.of(0));
  }
}
