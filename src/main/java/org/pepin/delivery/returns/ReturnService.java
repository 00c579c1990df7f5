package org.pepin.delivery.returns;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pepin.catalog.LotId;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.Products;
import org.pepin.catalog.StockMoveReason;
import org.pepin.catalog.StockMovements;
import org.pepin.customers.CustomerId;
import org.pepin.delivery.DeliveredLot;
import org.pepin.delivery.Deliveries;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryLine;
import org.pepin.delivery.DeliveryLineId;
import org.pepin.delivery.DeliveryView;
import org.pepin.delivery.GoodsReturned;
import org.pepin.delivery.ReturnDestination;
import org.pepin.delivery.ReturnId;
import org.pepin.delivery.ReturnLineId;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.FieldChange;
import org.pepin.platform.Numbering;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer returns of a shipped (or delivered) delivery: each line names the delivery line, its lot
 * when the line took lots, the quantity and the destination — {@link ReturnDestination#STOCK} moves
 * the quantity back into the lot (stock move {@code RETURN} referencing the return's number),
 * {@link ReturnDestination#LOSS} moves nothing (the plants are destroyed; the loss stays recorded
 * with the return). A line never returns more than it delivered minus what it already returned. The
 * return is numbered from the series {@code RETURN} (RT-2026-0001), written in the delivery's
 * history (action {@code returned}) and announced by {@link GoodsReturned}; its quantities wait for
 * a credit note ({@link Deliveries#returnsToCredit}).
 */
@Service
@Transactional
public class ReturnService {

  private final Deliveries deliveries;
  private final Products products;
  private final StockMovements stock;
  private final Numbering numbering;
  private final CompanyClock clock;
  private final ChangeHistory history;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;

  ReturnService(
      Deliveries deliveries,
      Products products,
      StockMovements stock,
      Numbering numbering,
      CompanyClock clock,
      ChangeHistory history,
      ApplicationEventPublisher events,
      JdbcClient jdbc) {
    this.deliveries = deliveries;
    this.products = products;
    this.stock = stock;
    this.numbering = numbering;
    this.clock = clock;
    this.history = history;
    this.events = events;
    this.jdbc = jdbc;
  }

  /**
   * Records a return.
   *
   * @throws ResourceNotFound unless the delivery belongs to the company
   * @throws InvalidValue {@code delivery.return.not-shipped (status)}, {@code
   *     delivery.return.date-future}, {@code delivery.return.date-before-shipped (date)}, {@code
   *     delivery.return.line-unknown}, {@code delivery.return.lot-required (code)}, {@code
   *     delivery.return.lot-unknown (code)}, {@code delivery.return.too-much (code, left)}, {@code
   *     delivery.return.not-stocked (code)}
   */
  public ReturnId record(CompanyId company, DeliveryId deliveryId, ReturnDraft draft) {
    // one return of a delivery at a time: the delivery row is the lock
    jdbc.sql("SELECT id FROM delivery WHERE id = :id AND company_id = :company FOR UPDATE")
        .param("id", deliveryId.value())
        .param("company", company.value())
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> new ResourceNotFound("delivery", deliveryId));
    DeliveryView d = deliveries.get(company, deliveryId);
    if (!d.status().shipped() || d.number() == null) {
      throw new InvalidValue(
          "delivery.return.not-shipped", "delivery is " + d.status(), d.status().name());
    }
    LocalDate today = clock.today(company);
    if (draft.returnedOn().isAfter(today)) {
      throw new InvalidValue("delivery.return.date-future", "returned in the future");
    }
    if (d.shippedOn() != null && draft.returnedOn().isBefore(d.shippedOn())) {
      throw new InvalidValue(
          "delivery.return.date-before-shipped",
          "returned before it left",
          d.shippedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
    Map<DeliveryLineId, DeliveryLine> lineById = new HashMap<>();
    d.lines().forEach(l -> lineById.put(l.id(), l));
    Map<DeliveryLineId, BigDecimal> perLine = new LinkedHashMap<>();
    Map<String, BigDecimal> perLot = new LinkedHashMap<>();
    List<ReturnDraft.Line> lines = new ArrayList<>();
    for (ReturnDraft.Line r : draft.lines()) {
      DeliveryLine l = lineById.get(r.deliveryLine());
      if (l == null) {
        throw new InvalidValue("delivery.return.line-unknown", "not a line of the delivery");
      }
      LotId lot = r.lot();
      if (!l.lots().isEmpty()) {
        if (lot == null) {
          throw new InvalidValue("delivery.return.lot-required", "name the lot", l.productCode());
        }
        if (l.lots().stream().noneMatch(x -> x.lot().equals(lot))) {
          throw new InvalidValue(
              "delivery.return.lot-unknown", "not a lot of the line", l.productCode());
        }
      } else if (lot != null) {
        throw new InvalidValue(
            "delivery.return.lot-unknown", "the line took no lot", l.productCode());
      }
      perLine.merge(l.id(), r.quantity().value(), BigDecimal::add);
      if (lot != null) {
        perLot.merge(l.id() + "/" + lot, r.quantity().value(), BigDecimal::add);
      }
      lines.add(r);
    }
    for (var e : perLine.entrySet()) {
      DeliveryLine l = lineById.get(e.getKey());
      // what the customer kept: what the proof of delivery says was received, if recorded
      BigDecimal kept = l.received() == null ? l.quantity().value() : l.received().value();
      BigDecimal left = kept.subtract(l.returned().value()).max(BigDecimal.ZERO);
      if (e.getValue().compareTo(left) > 0) {
        throw tooMuch(l, left);
      }
      for (DeliveredLot lot : l.lots()) {
        BigDecimal wanted = perLot.get(l.id() + "/" + lot.lot());
        if (wanted == null) {
          continue;
        }
        BigDecimal lotLeft = lot.quantity().value().subtract(returnedFromLot(company, l, lot));
        if (wanted.compareTo(lotLeft) > 0) {
          throw tooMuch(l, lotLeft.max(BigDecimal.ZERO));
        }
      }
    }
    Map<ProductId, Product> productById = new HashMap<>();
    products
        .getAll(
            company,
            lines.stream()
                .map(r -> lineById.get(r.deliveryLine()).product())
                .collect(java.util.stream.Collectors.toSet()))
        .forEach(p -> productById.put(p.id(), p));
    for (ReturnDraft.Line r : lines) {
      DeliveryLine l = lineById.get(r.deliveryLine());
      Product p = productById.get(l.product());
      if (r.destination() == ReturnDestination.STOCK && (p == null || !p.stocked())) {
        throw new InvalidValue(
            "delivery.return.not-stocked", "the product is not kept in stock", l.productCode());
      }
    }
    String number = numbering.next(company, ReturnNumbers.KIND.key(), today);
    ReturnId id = ReturnId.random();
    jdbc.sql(
            """
            INSERT INTO delivery_return (id, company_id, number, delivery_id, customer_id,
              returned_on, reason, created_at)
            VALUES (:id, :company, :number, :delivery, :customer, :on, :reason, :at)
            """)
        .param("id", id.value())
        .param("company", company.value())
        .param("number", number)
        .param("delivery", deliveryId.value())
        .param("customer", d.customer().value())
        .param("on", draft.returnedOn())
        .param("reason", draft.reason())
        .param("at", Timestamp.from(clock.now(company)))
        .update();
    List<GoodsReturned.Line> returned = new ArrayList<>();
    for (ReturnDraft.Line r : lines) {
      DeliveryLine l = lineById.get(r.deliveryLine());
      UUID lineId = UUID.randomUUID();
      String lotNumber =
          r.lot() == null
              ? null
              : l.lots().stream()
                  .filter(x -> x.lot().equals(r.lot()))
                  .map(DeliveredLot::lotNumber)
                  .findFirst()
                  .orElse(null);
      jdbc.sql(
              """
              INSERT INTO delivery_return_line (id, company_id, return_id, delivery_line_id,
                lot_id, lot_number, quantity, destination)
              VALUES (:id, :company, :return, :line, :lot, :lotNumber, :quantity, :destination)
              """)
          .param("id", lineId)
          .param("company", company.value())
          .param("return", id.value())
          .param("line", l.id().value())
          .param("lot", r.lot() == null ? null : r.lot().value())
          .param("lotNumber", lotNumber)
          .param("quantity", r.quantity().value())
          .param("destination", r.destination().name())
          .update();
      returned.add(
          new GoodsReturned.Line(
              new ReturnLineId(lineId),
              l.id(),
              l.product(),
              l.productCode(),
              r.lot(),
              r.quantity(),
              r.destination()));
    }
    perLine.forEach(
        (line, q) ->
            jdbc.sql(
                    "UPDATE delivery_line SET quantity_returned = quantity_returned + :q"
                        + " WHERE id = :id AND company_id = :company")
                .param("q", q)
                .param("id", line.value())
                .param("company", company.value())
                .update());
    // stock moves in a fixed order (product, lot) so that two returns never wait in a circle
    returned.stream()
        .filter(r -> r.destination() == ReturnDestination.STOCK)
        .sorted(
            Comparator.comparing((GoodsReturned.Line r) -> r.product().value())
                .thenComparing(r -> r.lot() == null ? new UUID(0, 0) : r.lot().value()))
        .forEach(
            r ->
                stock.move(
                    company, r.product(), r.lot(), r.quantity(), StockMoveReason.RETURN, number));
    history.record(
        company,
        "delivery",
        deliveryId,
        "returned",
        null,
        List.of(
            new FieldChange("return", null, number, null),
            new FieldChange("reason", null, draft.reason(), null),
            new FieldChange("lines", null, summary(returned), null)));
    events.publishEvent(
        new GoodsReturned(
            company,
            id,
            number,
            deliveryId,
            d.number(),
            d.customer(),
            draft.returnedOn(),
            returned));
    return id;
  }

  private static InvalidValue tooMuch(DeliveryLine l, BigDecimal left) {
    return new InvalidValue(
        "delivery.return.too-much",
        "more than delivered and not yet returned",
        l.productCode(),
        left.stripTrailingZeros().toPlainString());
  }

  private BigDecimal returnedFromLot(CompanyId company, DeliveryLine line, DeliveredLot lot) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(quantity), 0) FROM delivery_return_line WHERE company_id ="
                + " :company AND delivery_line_id = :line AND lot_id = :lot")
        .param("company", company.value())
        .param("line", line.id().value())
        .param("lot", lot.lot().value())
        .query(BigDecimal.class)
        .single();
  }

  private static String summary(List<GoodsReturned.Line> lines) {
    return String.join(
        ", ",
        lines.stream()
            .map(
                l ->
                    l.productCode()
                        + " × "
                        + l.quantity().value().stripTrailingZeros().toPlainString()
                        + " → "
                        + l.destination())
            .toList());
  }

  // ---------------------------------------------------------------- reading

  /** A return of the company. */
  @Transactional(readOnly = true)
  public Optional<ReturnView> find(CompanyId company, ReturnId id) {
    return select(company, "r.id = :id", Map.of("id", id.value()), 1).stream().findFirst();
  }

  /**
   * @throws ResourceNotFound unless the return belongs to the company
   */
  @Transactional(readOnly = true)
  public ReturnView get(CompanyId company, ReturnId id) {
    return find(company, id).orElseThrow(() -> new ResourceNotFound("return", id));
  }

  /** The returns of a delivery, newest first. */
  @Transactional(readOnly = true)
  public List<ReturnView> ofDelivery(CompanyId company, DeliveryId delivery) {
    return select(company, "r.delivery_id = :delivery", Map.of("delivery", delivery.value()), 500);
  }

  /** The returns matching the filter, newest first ({@code limit} at most). */
  @Transactional(readOnly = true)
  public List<ReturnView> search(CompanyId company, ReturnFilter filter, int limit) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (filter.text() != null && !filter.text().isBlank()) {
      where.add(
          "(LOWER(r.number) LIKE :text OR LOWER(d.number) LIKE :text OR LOWER(d.customer_code)"
              + " LIKE :text OR LOWER(d.customer_name) LIKE :text OR LOWER(r.reason) LIKE :text)");
      params.put(
          "text",
          "%"
              + filter
                  .text()
                  .strip()
                  .toLowerCase(Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%");
    }
    if (filter.from() != null) {
      where.add("r.returned_on >= :from");
      params.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.add("r.returned_on <= :to");
      params.put("to", filter.to());
    }
    if (filter.customer() != null) {
      where.add("r.customer_id = :customer");
      params.put("customer", filter.customer().value());
    }
    if (filter.destination() != null) {
      where.add(
          "EXISTS (SELECT 1 FROM delivery_return_line x WHERE x.return_id = r.id"
              + " AND x.company_id = r.company_id"
              + " AND x.destination = :destination)");
      params.put("destination", filter.destination().name());
    }
    return select(company, where.isEmpty() ? "TRUE" : String.join(" AND ", where), params, limit);
  }

  private List<ReturnView> select(
      CompanyId company, String condition, Map<String, Object> params, int limit) {
    record Header(
        ReturnId id,
        String number,
        DeliveryId delivery,
        String deliveryNumber,
        CustomerId customer,
        String customerCode,
        String customerName,
        LocalDate returnedOn,
        String reason,
        java.time.Instant createdAt) {}
    List<Header> headers =
        jdbc.sql(
                "SELECT r.id, r.number, r.delivery_id, d.number AS delivery_number, r.customer_id,"
                    + " d.customer_code, d.customer_name, r.returned_on, r.reason, r.created_at"
                    + " FROM delivery_return r JOIN delivery d ON d.id = r.delivery_id"
                    + " AND d.company_id = r.company_id"
                    + " WHERE r.company_id = :company AND ("
                    + condition
                    + ") ORDER BY r.returned_on DESC, r.number DESC LIMIT :limit")
            .param("company", company.value())
            .param("limit", limit)
            .params(params)
            .query(
                (rs, n) ->
                    new Header(
                        new ReturnId(rs.getObject("id", UUID.class)),
                        rs.getString("number"),
                        new DeliveryId(rs.getObject("delivery_id", UUID.class)),
                        rs.getString("delivery_number"),
                        new CustomerId(rs.getObject("customer_id", UUID.class)),
                        rs.getString("customer_code"),
                        rs.getString("customer_name"),
                        rs.getObject("returned_on", LocalDate.class),
                        rs.getString("reason"),
                        rs.getTimestamp("created_at").toInstant()))
            .list();
    if (headers.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<ReturnView.Line>> lines = new HashMap<>();
    jdbc.sql(
            """
            SELECT rl.*, l.product_code, l.designation, l.unit FROM delivery_return_line rl
              JOIN delivery_line l ON l.id = rl.delivery_line_id AND l.company_id = rl.company_id
             WHERE rl.company_id = :company AND rl.return_id IN (:ids)
             ORDER BY l.position, rl.lot_number, rl.id
            """)
        .param("company", company.value())
        .param("ids", headers.stream().map(h -> h.id().value()).toList())
        .query(
            (rs, n) -> {
              UUID lot = rs.getObject("lot_id", UUID.class);
              return lines
                  .computeIfAbsent(rs.getObject("return_id", UUID.class), k -> new ArrayList<>())
                  .add(
                      new ReturnView.Line(
                          new ReturnLineId(rs.getObject("id", UUID.class)),
                          new DeliveryLineId(rs.getObject("delivery_line_id", UUID.class)),
                          rs.getString("product_code"),
                          rs.getString("designation"),
                          rs.getString("unit"),
                          lot == null ? null : new LotId(lot),
                          rs.getString("lot_number"),
                          new Quantity(rs.getBigDecimal("quantity")),
                          ReturnDestination.valueOf(rs.getString("destination")),
                          new Quantity(rs.getBigDecimal("quantity_credited"))));
            })
        .list();
    return headers.stream()
        .map(
            h ->
                new ReturnView(
                    h.id(),
                    h.number(),
                    h.delivery(),
                    h.deliveryNumber(),
                    h.customer(),
                    h.customerCode(),
                    h.customerName(),
                    h.returnedOn(),
                    h.reason(),
                    h.createdAt(),
                    lines.getOrDefault(h.id().value(), List.of())))
        .toList();
  }
}
