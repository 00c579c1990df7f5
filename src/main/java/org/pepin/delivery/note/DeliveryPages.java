package org.pepin.delivery.note;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.delivery.DeliveryStatus;
import org.pepin.delivery.DeliveryView;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageQuery.ApiPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages of delivery notes with their lines, for the API's list: filtered by status, customer,
 * planned date and round, sorted on one of {@link #SORTS}.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryPages {

  /** The sortable fields and their columns. */
  public static final Map<String, String> SORTS =
      Map.of(
          "plannedOn", "d.planned_on",
          "number", "d.number",
          "customer", "d.customer_name",
          "status", "d.status",
          "shippedOn", "d.shipped_on",
          "updatedAt", "d.updated_at");

  public static final String DEFAULT_SORT = "plannedOn";

  /**
   * The filter of the list; every part optional.
   *
   * @param statuses any of them (all when empty)
   * @param roundName the driver's round, any case
   */
  public record Filter(
      Set<DeliveryStatus> statuses,
      @Nullable CustomerId customer,
      @Nullable LocalDate plannedFrom,
      @Nullable LocalDate plannedTo,
      @Nullable String roundName) {

    public Filter {
      statuses = Set.copyOf(statuses);
    }
  }

  private final DeliveryStore store;
  private final JdbcClient jdbc;

  DeliveryPages(DeliveryStore store, JdbcClient jdbc) {
    this.store = store;
    this.jdbc = jdbc;
  }

  public ApiPage<DeliveryView> page(CompanyId company, Filter filter, PageQuery query) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (!filter.statuses().isEmpty()) {
      conditions.add("d.status IN (:statuses)");
      params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
    }
    if (filter.customer() != null) {
      conditions.add("d.customer_id = :customer");
      params.put("customer", filter.customer().value());
    }
    if (filter.plannedFrom() != null) {
      conditions.add("d.planned_on >= :plannedFrom");
      params.put("plannedFrom", filter.plannedFrom());
    }
    if (filter.plannedTo() != null) {
      conditions.add("d.planned_on <= :plannedTo");
      params.put("plannedTo", filter.plannedTo());
    }
    if (filter.roundName() != null && !filter.roundName().isBlank()) {
      conditions.add("LOWER(d.round_name) = :round");
      params.put("round", filter.roundName().strip().toLowerCase(Locale.ROOT));
    }
    String condition = conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    long total =
        jdbc.sql(
                "SELECT COUNT(*) FROM delivery d WHERE d.company_id = :company AND ("
                    + condition
                    + ")")
            .param("company", company.value())
            .params(params)
            .query(Long.class)
            .single();
    String column = SORTS.getOrDefault(query.sort(), SORTS.get(DEFAULT_SORT));
    String direction = query.ascending() ? " ASC" : " DESC";
    String orderBy =
        column
            + direction
            + (query.ascending() ? " NULLS FIRST" : " NULLS LAST")
            + ", d.created_at"
            + direction
            + ", d.id";
    params.put("offset", query.offset());
    params.put("size", query.size());
    List<java.util.UUID> ids =
        jdbc.sql(
                "SELECT d.id FROM delivery d WHERE d.company_id = :company AND ("
                    + condition
                    + ") ORDER BY "
                    + orderBy
                    + " LIMIT :size OFFSET :offset")
            .param("company", company.value())
            .params(params)
            .query(java.util.UUID.class)
            .list();
    List<DeliveryView> rows =
        ids.isEmpty()
            ? List.of()
            : store.where(company, "d.id IN (:ids)", Map.of("ids", ids), orderBy, ids.size());
    return new ApiPage<>(rows, query.page(), query.size(), total);
  }
}
