package org.pepin.delivery.note;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryStatus;
import org.pepin.delivery.DeliveryView;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ResourceNotFound;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.Orders;
import org.pepin.sales.SalesLine;
import org.pepin.sales.SalesLineId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery follow-up (Livraisons › Suivi), for one company: what to prepare today and this week
 * (draft delivery notes planned up to Sunday, confirmed orders wanted this week that have no draft
 * yet), what is late (drafts whose planned date passed, orders whose requested date passed), the
 * backorders by product (what partly delivered orders still wait for, with the date the last
 * delivery announced), and the in-app notices of backorders until someone marks them read. Order
 * data come through the sales API ({@link Orders#toDeliver}); only the delivery tables are read
 * here.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryFollowUp {

  static final int LIMIT = 500;

  private final DeliveryStore store;
  private final Orders orders;
  private final CompanyClock clock;
  private final JdbcClient jdbc;

  DeliveryFollowUp(DeliveryStore store, Orders orders, CompanyClock clock, JdbcClient jdbc) {
    this.store = store;
    this.orders = orders;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /** What a row of the lists to prepare or late is. */
  public enum Kind {
    /** A draft delivery note. */
    DELIVERY,
    /** An order waiting for goods with no draft delivery note. */
    ORDER
  }

  /**
   * A delivery note or an order to prepare.
   *
   * @param id the delivery's or the order's id
   * @param number the delivery note's number ({@code null} for a draft) or the order's
   * @param orderNumbers the orders the delivery note delivers (the order itself for an order)
   * @param date the planned date (delivery) or the requested date (order)
   * @param daysLate days since that date (0 when not late)
   * @param quantity the quantity on the draft, or left to deliver on the order
   */
  public record Planned(
      Kind kind,
      UUID id,
      @Nullable String number,
      List<String> orderNumbers,
      String customerCode,
      String customerName,
      LocalDate date,
      long daysLate,
      BigDecimal quantity) {

    public Planned {
      orderNumbers = List.copyOf(orderNumbers);
    }

    /** The path of its page. */
    public String path() {
      return kind == Kind.DELIVERY ? "/livraisons/" + id : "/sales/orders/" + id;
    }
  }

  /**
   * The backorder of one order line.
   *
   * @param expectedOn the date the latest shipped delivery of the line announced for the rest
   */
  public record BackorderLine(
      OrderId order,
      String orderNumber,
      SalesLineId line,
      String customerCode,
      String customerName,
      BigDecimal remaining,
      @Nullable LocalDate expectedOn) {}

  /**
   * The backorders of one product.
   *
   * @param expectedOn the earliest date announced among its lines
   */
  public record ProductBackorders(
      String productCode,
      String designation,
      BigDecimal remaining,
      @Nullable LocalDate expectedOn,
      List<BackorderLine> lines) {

    public ProductBackorders {
      lines = List.copyOf(lines);
    }
  }

  /** An in-app notice: a delivery left a backorder. */
  public record Notice(
      UUID id,
      OrderId order,
      String orderNumber,
      DeliveryId delivery,
      String productCode,
      String designation,
      BigDecimal quantity,
      @Nullable LocalDate expectedOn,
      Instant createdAt) {}

  /** The four lists, with the day they were computed for and the last day of its week. */
  public record Overview(
      LocalDate today,
      LocalDate weekEnd,
      List<Planned> toPrepare,
      List<Planned> late,
      List<ProductBackorders> backorders,
      List<Notice> notices) {

    public Overview {
      toPrepare = List.copyOf(toPrepare);
      late = List.copyOf(late);
      backorders = List.copyOf(backorders);
      notices = List.copyOf(notices);
    }
  }

  /** The follow-up of the company, as of its today. */
  public Overview overview(CompanyId company) {
    LocalDate today = clock.today(company);
    LocalDate weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    List<DeliveryView> drafts =
        store.where(
            company,
            "d.status = :draft AND d.planned_on <= :weekEnd",
            Map.of("draft", DeliveryStatus.DRAFT.name(), "weekEnd", weekEnd),
            "d.planned_on, d.created_at, d.id",
            LIMIT);
    List<Planned> toPrepare = new ArrayList<>();
    List<Planned> late = new ArrayList<>();
    for (DeliveryView d : drafts) {
      long days = Math.max(0, ChronoUnit.DAYS.between(d.plannedOn(), today));
      Planned p =
          new Planned(
              Kind.DELIVERY,
              d.id().value(),
              d.number(),
              d.orderNumbers(),
              d.customerCode(),
              d.customerName(),
              d.plannedOn(),
              days,
              d.totalQuantity().value());
      (days > 0 ? late : toPrepare).add(p);
    }
    List<OrderView> waiting = orders.toDeliver(company, null);
    Set<UUID> drafted = ordersWithDraft(company);
    for (OrderView o : waiting) {
      LocalDate wanted = o.requestedDelivery();
      if (wanted == null || wanted.isAfter(weekEnd) || drafted.contains(o.id().value())) {
        continue;
      }
      long days = Math.max(0, ChronoUnit.DAYS.between(wanted, today));
      Planned p =
          new Planned(
              Kind.ORDER,
              o.id().value(),
              o.number(),
              o.number() == null ? List.of() : List.of(o.number()),
              o.customerSnapshot().code(),
              o.customerSnapshot().name(),
              wanted,
              days,
              remaining(o));
      (days > 0 ? late : toPrepare).add(p);
    }
    Comparator<Planned> byDate =
        Comparator.comparing(Planned::date).thenComparing(p -> String.valueOf(p.number()));
    toPrepare.sort(byDate);
    late.sort(byDate);
    return new Overview(
        today, weekEnd, toPrepare, late, backorders(company, waiting), notices(company));
  }

  /** The backorders of the partly delivered orders, by product code. */
  public List<ProductBackorders> backorders(CompanyId company) {
    return backorders(company, orders.toDeliver(company, null));
  }

  private List<ProductBackorders> backorders(CompanyId company, List<OrderView> waiting) {
    record Open(OrderView order, SalesLine line) {}
    List<Open> open = new ArrayList<>();
    for (OrderView o : waiting) {
      if (o.status() != OrderStatus.PARTIALLY_DELIVERED) {
        continue;
      }
      for (SalesLine l : o.lines()) {
        if (l.deliverable() && l.remainingToDeliver().value().signum() > 0) {
          open.add(new Open(o, l));
        }
      }
    }
    if (open.isEmpty()) {
      return List.of();
    }
    Map<UUID, LocalDate> expected =
        expectedDates(company, open.stream().map(x -> x.line().id().value()).toList());
    Map<String, List<Open>> byProduct = new LinkedHashMap<>();
    open.stream()
        .sorted(
            Comparator.comparing((Open x) -> String.valueOf(x.line().productCode()))
                .thenComparing(x -> String.valueOf(x.order().number())))
        .forEach(
            x ->
                byProduct
                    .computeIfAbsent(String.valueOf(x.line().productCode()), k -> new ArrayList<>())
                    .add(x));
    List<ProductBackorders> result = new ArrayList<>();
    byProduct.forEach(
        (code, list) -> {
          List<BackorderLine> lines =
              list.stream()
                  .map(
                      x ->
                          new BackorderLine(
                              x.order().id(),
                              String.valueOf(x.order().number()),
                              x.line().id(),
                              x.order().customerSnapshot().code(),
                              x.order().customerSnapshot().name(),
                              x.line().remainingToDeliver().value(),
                              expected.get(x.line().id().value())))
                  .toList();
          result.add(
              new ProductBackorders(
                  code,
                  list.get(0).line().designation(),
                  lines.stream()
                      .map(BackorderLine::remaining)
                      .reduce(BigDecimal.ZERO, BigDecimal::add),
                  lines.stream()
                      .map(BackorderLine::expectedOn)
                      .filter(Objects::nonNull)
                      .min(Comparator.naturalOrder())
                      .orElse(null),
                  lines));
        });
    return result;
  }

  /**
   * When the backorders of these order lines are expected: the date given when the latest shipped
   * delivery of each line was validated (lines without one are left out).
   */
  public Map<UUID, LocalDate> expectedDates(CompanyId company, List<UUID> lines) {
    Map<UUID, LocalDate> latest = new HashMap<>();
    Set<UUID> seen = new HashSet<>();
    for (int from = 0; from < lines.size(); from += 500) {
      jdbc.sql(
              """
              SELECT l.order_line_id, d.backorder_expected_on
                FROM delivery_line l JOIN delivery d ON d.id = l.delivery_id
               WHERE l.company_id = :company AND d.company_id = :company
                 AND d.status IN ('SHIPPED', 'DELIVERED') AND l.order_line_id IN (:lines)
               ORDER BY d.shipped_on DESC, d.updated_at DESC, d.id
              """)
          .param("company", company.value())
          .param("lines", lines.subList(from, Math.min(lines.size(), from + 500)))
          .query(
              (rs, n) -> {
                UUID line = rs.getObject("order_line_id", UUID.class);
                LocalDate on = rs.getObject("backorder_expected_on", LocalDate.class);
                if (seen.add(line) && on != null) {
                  latest.put(line, on);
                }
                return line;
              })
          .list();
    }
    return latest;
  }

  /** The orders that have a draft delivery note. */
  private Set<UUID> ordersWithDraft(CompanyId company) {
    return new HashSet<>(
        jdbc.sql(
                """
                SELECT DISTINCT l.order_id FROM delivery_line l JOIN delivery d ON d.id = l.delivery_id
                 WHERE l.company_id = :company AND d.company_id = :company AND d.status = 'DRAFT'
                """)
            .param("company", company.value())
            .query(UUID.class)
            .list());
  }

  private static BigDecimal remaining(OrderView o) {
    return o.lines().stream()
        .filter(SalesLine::deliverable)
        .map(l -> l.remainingToDeliver().value())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  // ---------------------------------------------------------------- notices

  /** The notices nobody marked read, newest first. */
  public List<Notice> notices(CompanyId company) {
    return jdbc.sql(
            """
            SELECT * FROM delivery_notice WHERE company_id = :company AND dismissed_at IS NULL
             ORDER BY created_at DESC, order_number DESC, product_code LIMIT :limit
            """)
        .param("company", company.value())
        .param("limit", LIMIT)
        .query(
            (rs, n) ->
                new Notice(
                    rs.getObject("id", UUID.class),
                    new OrderId(rs.getObject("order_id", UUID.class)),
                    rs.getString("order_number"),
                    new DeliveryId(rs.getObject("delivery_id", UUID.class)),
                    rs.getString("product_code"),
                    rs.getString("designation"),
                    rs.getBigDecimal("quantity"),
                    rs.getObject("expected_on", LocalDate.class),
                    rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  /** How many notices nobody marked read. */
  public int unread(CompanyId company) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM delivery_notice WHERE company_id = :company"
                + " AND dismissed_at IS NULL")
        .param("company", company.value())
        .query(Integer.class)
        .single();
  }

  /**
   * Marks a notice read (again: nothing changes).
   *
   * @throws ResourceNotFound unless the notice belongs to the company
   */
  @Transactional
  public void dismiss(CompanyId company, UUID notice) {
    int changed =
        jdbc.sql(
                "UPDATE delivery_notice SET dismissed_at = :now WHERE id = :id"
                    + " AND company_id = :company AND dismissed_at IS NULL")
            .param("now", Timestamp.from(clock.now(company)))
            .param("id", notice)
            .param("company", company.value())
            .update();
    if (changed == 0
        && jdbc.sql("SELECT COUNT(*) FROM delivery_notice WHERE id = :id AND company_id = :company")
                .param("id", notice)
                .param("company", company.value())
                .query(Integer.class)
                .single()
            == 0) {
      throw new ResourceNotFound("delivery-notice", notice);
    }
  }
}
