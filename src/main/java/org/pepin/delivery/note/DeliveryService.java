package org.pepin.delivery.note;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Lot;
import org.pepin.catalog.PlantAttributes;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.Products;
import org.pepin.catalog.StockMoveReason;
import org.pepin.catalog.StockMovements;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.DeliveryAddress;
import org.pepin.delivery.BackorderCreated;
import org.pepin.delivery.DeliveredLot;
import org.pepin.delivery.Deliveries;
import org.pepin.delivery.DeliveryDraft;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryLine;
import org.pepin.delivery.DeliveryLineId;
import org.pepin.delivery.DeliveryShipped;
import org.pepin.delivery.DeliveryStatus;
import org.pepin.delivery.DeliveryView;
import org.pepin.delivery.ReturnLineId;
import org.pepin.delivery.ReturnedLine;
import org.pepin.delivery.Transport;
import org.pepin.delivery.returns.ReturnCredits;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.DocumentKind;
import org.pepin.platform.FieldChange;
import org.pepin.platform.Numbering;
import org.pepin.platform.ResourceNotFound;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.Orders;
import org.pepin.sales.SalesLine;
import org.pepin.sales.SalesLineId;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Quantity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a delivery note: prepared from one order, or several orders of one customer to one
 * address (the goods left to deliver, as much as the stock holds, lots taken oldest first); edited
 * while a draft (quantities, lots, over-delivery, transport, round); validated — numbered from the
 * gapless series {@code DELIVERY}, the stock taken out of its lots, the orders' delivered
 * quantities recorded, backorders announced — or cancelled with a reason. Stock never goes below
 * zero, for a product or a lot: two validations that want the same last units are serialised by the
 * stock rows' locks and the second one fails. Every change is in the delivery's history (entity
 * type {@code delivery}).
 */
@Service
@Transactional
public class DeliveryService implements Deliveries {

  public static final String ENTITY = "delivery";

  private final DeliveryStore store;
  private final Orders orders;
  private final Products products;
  private final StockMovements stock;
  private final Numbering numbering;
  private final CompanyClock clock;
  private final ChangeHistory history;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final ReturnCredits credits;

  DeliveryService(
      DeliveryStore store,
      Orders orders,
      Products products,
      StockMovements stock,
      Numbering numbering,
      CompanyClock clock,
      ChangeHistory history,
      ApplicationEventPublisher events,
      JdbcClient jdbc,
      ReturnCredits credits) {
    this.store = store;
    this.orders = orders;
    this.products = products;
    this.stock = stock;
    this.numbering = numbering;
    this.clock = clock;
    this.history = history;
    this.events = events;
    this.jdbc = jdbc;
    this.credits = credits;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ReturnedLine> returnsToCredit(CompanyId company, CustomerId customer) {
    return credits.toCredit(company, customer);
  }

  @Override
  public void recordCredited(CompanyId company, ReturnLineId line, Quantity quantity) {
    credits.credit(company, line, quantity);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<DeliveryView> find(CompanyId company, DeliveryId id) {
    return store.find(company, id, false);
  }

  @Override
  @Transactional(readOnly = true)
  public DeliveryView get(CompanyId company, DeliveryId id) {
    return find(company, id).orElseThrow(() -> new ResourceNotFound("delivery", id));
  }

  @Override
  @Transactional(readOnly = true)
  public List<DeliveryView> ofOrder(CompanyId company, OrderId order) {
    return store.where(
        company,
        "d.id IN (SELECT delivery_id FROM delivery_line WHERE company_id = :company"
            + " AND order_id = :order)",
        Map.of("order", order.value()),
        "d.created_at, d.id",
        500);
  }

  // ---------------------------------------------------------------- preparation

  /**
   * Prepares a draft delivery note for what remains to deliver on the orders: every goods line with
   * something left, as much as the stock holds (the lots oldest first), to the orders' delivery
   * address (the customer's billing address when they name none).
   *
   * @param plannedOn {@code null} for the orders' earliest requested date, or today
   * @throws InvalidValue {@code delivery.no-order}, {@code delivery.order-not-deliverable
   *     (number)}, {@code delivery.orders-customer}, {@code delivery.orders-address}, {@code
   *     delivery.address-missing}, {@code delivery.nothing-to-deliver}
   */
  public DeliveryId prepare(
      CompanyId company, List<OrderId> orderIds, @Nullable LocalDate plannedOn) {
    if (orderIds.isEmpty()) {
      throw new InvalidValue("delivery.no-order", "choose at least one order");
    }
    List<OrderView> chosen = new ArrayList<>();
    for (OrderId id : new java.util.LinkedHashSet<>(orderIds)) {
      OrderView o = orders.get(company, id);
      if (o.status() != OrderStatus.CONFIRMED && o.status() != OrderStatus.PARTIALLY_DELIVERED) {
        throw new InvalidValue(
            "delivery.order-not-deliverable",
            "order is " + o.status(),
            o.number() == null ? "" : o.number());
      }
      chosen.add(o);
    }
    OrderView first = chosen.get(0);
    for (OrderView o : chosen) {
      if (!o.customer().equals(first.customer())) {
        throw new InvalidValue("delivery.orders-customer", "orders of several customers");
      }
      if (!java.util.Objects.equals(o.deliveryAddress(), first.deliveryAddress())) {
        throw new InvalidValue("delivery.orders-address", "orders to several addresses");
      }
    }
    DeliveryAddress site = first.deliveryAddress();
    PostalAddress address =
        site != null ? site.address() : first.customerSnapshot().billingAddress();
    if (address == null) {
      throw new InvalidValue("delivery.address-missing", "the customer has no address");
    }
    boolean professional = first.customerSnapshot().kind() != CustomerKind.INDIVIDUAL;
    Map<ProductId, Product> productById = productsOf(company, chosen);
    Map<ProductId, BigDecimal> stockLeft = new java.util.HashMap<>();
    stock
        .levels(company, productById.keySet())
        .forEach((id, l) -> stockLeft.put(id, l.onHand().value()));
    List<DeliveryLine> lines = new ArrayList<>();
    for (OrderView o : chosen) {
      for (SalesLine l : o.lines()) {
        if (!l.deliverable() || l.remainingToDeliver().isZero()) {
          continue;
        }
        Product product = productById.get(l.product());
        BigDecimal remaining = l.remainingToDeliver().value();
        BigDecimal q = remaining;
        if (product.stocked()) {
          BigDecimal left =
              stockLeft.getOrDefault(product.id(), BigDecimal.ZERO).max(BigDecimal.ZERO);
          q = remaining.min(left);
          stockLeft.put(product.id(), left.subtract(q));
        }
        lines.add(
            new DeliveryLine(
                DeliveryLineId.random(),
                lines.size() + 1,
                o.id(),
                o.number() == null ? "" : o.number(),
                l.id(),
                product.id(),
                product.code(),
                l.designation(),
                l.unit(),
                l.quantity() == null ? Quantity.of(0) : l.quantity(),
                new Quantity(remaining),
                new Quantity(q),
                false,
                passportRequired(product, professional),
                List.of(),
                null,
                Quantity.of(0)));
      }
    }
    if (lines.isEmpty()) {
      throw new InvalidValue("delivery.nothing-to-deliver", "nothing left to deliver");
    }
    lines = allocateAll(company, productById, lines, Map.of());
    LocalDate today = clock.today(company);
    LocalDate planned =
        plannedOn != null
            ? plannedOn
            : chosen.stream()
                .map(OrderView::requestedDelivery)
                .filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder())
                .filter(d -> !d.isBefore(today))
                .orElse(today);
    Instant now = clock.now(company);
    DeliveryId id = DeliveryId.random();
    store.insert(
        company,
        new DeliveryView(
            id,
            1,
            null,
            DeliveryStatus.DRAFT,
            first.customer(),
            first.customerSnapshot().code(),
            first.customerSnapshot().name(),
            professional,
            site == null ? null : site.label(),
            address,
            site == null ? null : site.accessNotes(),
            planned,
            Transport.OWN_TRUCK,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            lines,
            now,
            now));
    history.record(
        company,
        ENTITY,
        id,
        ChangeHistory.CREATED,
        null,
        List.of(
            new FieldChange(
                "orders",
                null,
                String.join(", ", chosen.stream().map(o -> String.valueOf(o.number())).toList()),
                null)));
    return id;
  }

  /**
   * Changes a draft: planned date, transport, round, notes, and the quantities and lots of its
   * lines.
   *
   * @throws InvalidValue {@code delivery.not-draft (status)}, {@code delivery.line-unknown}, {@code
   *     delivery.lot-product (lot)}, {@code delivery.lots-total (code, lots, quantity)}, {@code
   *     sales.order.over-delivery (code, remaining)} for more than remains without over-delivery
   * @throws ConcurrentModification if someone changed it since {@code version}
   */
  public void update(CompanyId company, DeliveryId id, int version, DeliveryDraft draft) {
    DeliveryView before = draftOf(company, id, version);
    Map<SalesLineId, DeliveryDraft.LineDraft> changes = new LinkedHashMap<>();
    for (DeliveryDraft.LineDraft l : draft.lines()) {
      if (before.lines().stream().noneMatch(x -> x.orderLine().equals(l.orderLine()))) {
        throw new InvalidValue("delivery.line-unknown", "not a line of the delivery");
      }
      changes.put(l.orderLine(), l);
    }
    List<DeliveryLine> lines = new ArrayList<>();
    for (DeliveryLine l : before.lines()) {
      DeliveryDraft.LineDraft c = changes.get(l.orderLine());
      if (c != null
          && !c.overDelivery()
          && c.quantity().value().compareTo(l.remaining().value()) > 0) {
        throw new InvalidValue(
            "sales.order.over-delivery",
            "more than remains to deliver",
            l.productCode(),
            l.remaining().value().stripTrailingZeros().toPlainString());
      }
      lines.add(c == null ? l : l.with(l.remaining(), c.quantity(), c.overDelivery(), List.of()));
    }
    Map<SalesLineId, List<DeliveryDraft.LotPick>> picks = new java.util.HashMap<>();
    changes.forEach(
        (line, c) -> {
          if (c.lots() != null) {
            picks.put(line, c.lots());
          }
        });
    Map<ProductId, Product> productById = new java.util.HashMap<>();
    products
        .getAll(
            company,
            lines.stream().map(DeliveryLine::product).collect(java.util.stream.Collectors.toSet()))
        .forEach(p -> productById.put(p.id(), p));
    lines = allocateAll(company, productById, lines, picks);
    DeliveryView after =
        with(
            before,
            clock.now(company),
            before.status(),
            before.number(),
            draft.plannedOn(),
            draft.transport(),
            draft.carrier(),
            draft.roundName(),
            draft.notes(),
            null,
            null,
            null,
            lines);
    store.update(company, after, true);
    List<FieldChange> changed = new ArrayList<>();
    add(changed, "plannedOn", before.plannedOn(), after.plannedOn());
    add(changed, "transport", before.transport(), after.transport());
    add(changed, "carrier", before.carrier(), after.carrier());
    add(changed, "roundName", before.roundName(), after.roundName());
    add(changed, "notes", before.notes(), after.notes());
    for (int i = 0; i < lines.size(); i++) {
      DeliveryLine b = before.lines().get(i);
      DeliveryLine a = lines.get(i);
      add(changed, "line", quantityText(b), quantityText(a));
    }
    history.record(company, ENTITY, id, changed);
  }

  /**
   * Validates a draft: takes the number, moves the goods out of stock (from their lots), records
   * the delivered quantities on the orders and announces what is left as backorders.
   *
   * @param backorderExpectedOn when the rest is expected ({@code null}: not known)
   * @return the delivery note's number
   * @throws InvalidValue {@code delivery.not-draft (status)}, {@code delivery.empty}, {@code
   *     delivery.lots-total}, {@code stock.insufficient}, {@code stock.lot-negative (lot, on
   *     hand)}, {@code sales.order.over-delivery (code, remaining)}, {@code
   *     delivery.passport-lot-required (code)} for a line needing a plant passport without a lot,
   *     {@code sales.order.not-deliverable (status)}
   */
  public String validate(
      CompanyId company, DeliveryId id, int version, @Nullable LocalDate backorderExpectedOn) {
    DeliveryView before = draftOf(company, id, version);
    List<DeliveryLine> lines =
        before.lines().stream().filter(l -> l.quantity().value().signum() > 0).toList();
    if (lines.isEmpty()) {
      throw new InvalidValue("delivery.empty", "nothing to deliver");
    }
    for (DeliveryLine l : lines) {
      BigDecimal inLots =
          l.lots().stream().map(x -> x.quantity().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (l.passportRequired() && l.lots().isEmpty() && needsLotForPassport(company, l)) {
        throw new InvalidValue(
            "delivery.passport-lot-required", "a passport needs a lot", l.productCode());
      }
      if (!l.lots().isEmpty() && inLots.compareTo(l.quantity().value()) != 0) {
        throw new InvalidValue(
            "delivery.lots-total",
            "the lots do not add up to the quantity",
            l.productCode(),
            inLots.stripTrailingZeros().toPlainString(),
            l.quantity().value().stripTrailingZeros().toPlainString());
      }
    }
    LocalDate today = clock.today(company);
    String number = numbering.next(company, DocumentKind.DELIVERY.key(), today);
    // the orders (locked by id, then the stock they reserved released by product), then the stock
    // moved out by product and lot: always in the same order, so that two validations never wait
    // for each other in a circle
    Map<OrderId, Map<SalesLineId, Quantity>> quantities = new LinkedHashMap<>();
    Set<SalesLineId> over = new HashSet<>();
    for (DeliveryLine l : lines) {
      quantities
          .computeIfAbsent(l.order(), k -> new LinkedHashMap<>())
          .merge(l.orderLine(), l.quantity(), (a, b) -> new Quantity(a.value().add(b.value())));
      if (l.overDelivery()) {
        over.add(l.orderLine());
      }
    }
    Map<OrderId, OrderView> updated = orders.recordDelivered(company, number, quantities, over);
    // what remained on each order line before this delivery: ordered − (delivered − now) −
    // cancelled
    Map<SalesLineId, Quantity> remainingBefore = new java.util.HashMap<>();
    updated.forEach(
        (order, view) ->
            view.lines().stream()
                .filter(l -> quantities.get(order).containsKey(l.id()) && l.quantity() != null)
                .forEach(
                    l ->
                        remainingBefore.put(
                            l.id(),
                            new Quantity(
                                l.quantity()
                                    .value()
                                    .subtract(l.delivered().value())
                                    .add(quantities.get(order).get(l.id()).value())
                                    .subtract(l.cancelled().value())
                                    .max(BigDecimal.ZERO)))));
    Map<ProductId, Product> productById = new java.util.HashMap<>();
    products
        .getAll(
            company,
            lines.stream().map(DeliveryLine::product).collect(java.util.stream.Collectors.toSet()))
        .forEach(p -> productById.put(p.id(), p));
    record Move(ProductId product, @Nullable DeliveredLot lot, Quantity quantity) {}
    List<Move> moves = new ArrayList<>();
    for (DeliveryLine l : lines) {
      if (!productById.get(l.product()).stocked()) {
        continue;
      }
      if (l.lots().isEmpty()) {
        moves.add(new Move(l.product(), null, l.quantity()));
      } else {
        l.lots().forEach(lot -> moves.add(new Move(l.product(), lot, lot.quantity())));
      }
    }
    moves.sort(
        Comparator.comparing((Move m) -> m.product().value())
            .thenComparing(m -> m.lot() == null ? new UUID(0, 0) : m.lot().lot().value()));
    for (Move m : moves) {
      stock.move(
          company,
          m.product(),
          m.lot() == null ? null : m.lot().lot(),
          new Quantity(m.quantity().value().negate()),
          StockMoveReason.DELIVERY,
          number);
    }
    List<DeliveryLine> shipped =
        lines.stream()
            .map(
                l ->
                    l.with(
                        remainingBefore.getOrDefault(l.orderLine(), l.remaining()),
                        l.quantity(),
                        l.overDelivery(),
                        l.lots()))
            .toList();
    DeliveryView after =
        with(
            before,
            clock.now(company),
            DeliveryStatus.SHIPPED,
            number,
            before.plannedOn(),
            before.transport(),
            before.carrier(),
            before.roundName(),
            before.notes(),
            today,
            backorderExpectedOn,
            null,
            shipped);
    store.update(company, after, true);
    history.record(
        company,
        ENTITY,
        id,
        "shipped",
        null,
        List.of(
            new FieldChange("number", null, number, null),
            new FieldChange(
                "status",
                before.status().name(),
                DeliveryStatus.SHIPPED.name(),
                "deliveryStatus.")));
    events.publishEvent(
        new DeliveryShipped(company, id, number, before.customer(), after.orders(), today));
    Instant now = clock.now(company);
    // the backorders this delivery leaves: its lines (those it could not fill, at zero, included)
    Set<SalesLineId> prepared = new HashSet<>();
    before.lines().forEach(l -> prepared.add(l.orderLine()));
    for (OrderView o : updated.values()) {
      for (SalesLine l : o.lines()) {
        if (prepared.contains(l.id())
            && l.deliverable()
            && l.remainingToDeliver().value().signum() > 0) {
          var backorder =
              new BackorderCreated(
                  company,
                  o.id(),
                  String.valueOf(o.number()),
                  o.customer(),
                  id,
                  number,
                  String.valueOf(l.productCode()),
                  l.designation(),
                  l.remainingToDeliver(),
                  backorderExpectedOn);
          notice(company, backorder, now);
          events.publishEvent(backorder);
        }
      }
    }
    return number;
  }

  /**
   * Cancels a draft, with its reason (nothing was moved).
   *
   * @throws InvalidValue {@code delivery.not-draft (status)}, {@code delivery.reason-required}
   */
  public void cancel(CompanyId company, DeliveryId id, int version, String reason) {
    DeliveryView before = draftOf(company, id, version);
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > 500) {
      throw new InvalidValue("delivery.reason-required", "a reason of 1 to 500 characters");
    }
    DeliveryView after =
        with(
            before,
            clock.now(company),
            DeliveryStatus.CANCELLED,
            before.number(),
            before.plannedOn(),
            before.transport(),
            before.carrier(),
            before.roundName(),
            before.notes(),
            before.shippedOn(),
            before.backorderExpectedOn(),
            text,
            before.lines());
    store.update(company, after, false);
    history.record(
        company,
        ENTITY,
        id,
        "cancelled",
        null,
        List.of(
            new FieldChange(
                "status",
                before.status().name(),
                DeliveryStatus.CANCELLED.name(),
                "deliveryStatus."),
            new FieldChange("reason", null, text, null)));
  }

  // ---------------------------------------------------------------- helpers

  private DeliveryView draftOf(CompanyId company, DeliveryId id, int version) {
    DeliveryView d = store.lock(company, id);
    if (d.version() != version) {
      throw new ConcurrentModification("delivery", id);
    }
    if (d.status() != DeliveryStatus.DRAFT) {
      throw new InvalidValue("delivery.not-draft", "delivery is " + d.status(), d.status().name());
    }
    return d;
  }

  private void notice(CompanyId company, BackorderCreated b, Instant now) {
    jdbc.sql(
            """
            INSERT INTO delivery_notice (id, company_id, order_id, order_number, delivery_id,
              product_code, designation, quantity, expected_on, created_at)
            VALUES (:id, :company, :order, :orderNumber, :delivery, :code, :designation,
              :quantity, :expectedOn, :now)
            """)
        .param("id", UUID.randomUUID())
        .param("company", company.value())
        .param("order", b.order().value())
        .param("orderNumber", b.orderNumber())
        .param("delivery", b.delivery().value())
        .param("code", b.productCode())
        .param("designation", b.designation())
        .param("quantity", b.quantity().value())
        .param("expectedOn", b.expectedOn())
        .param("now", java.sql.Timestamp.from(now))
        .update();
  }

  private Map<ProductId, Product> productsOf(CompanyId company, List<OrderView> chosen) {
    Set<ProductId> ids = new HashSet<>();
    chosen.forEach(
        o -> o.lines().stream().filter(SalesLine::deliverable).forEach(l -> ids.add(l.product())));
    Map<ProductId, Product> byId = new java.util.HashMap<>();
    products.getAll(company, ids).forEach(p -> byId.put(p.id(), p));
    return byId;
  }

  /**
   * Whether a line prints a plant passport: the product needs one for professional operators, or
   * even for final users (Regulation (EU) 2016/2031 art. 81; Regulation (EU) 2020/1770 for the
   * genera that need a traceability code whoever buys them; france-compliance R-PHY-04).
   */
  static boolean passportRequired(Product product, boolean professional) {
    PlantAttributes plant = product.plant();
    return plant != null
        && plant.passportRequired()
        && (professional || plant.passportForFinalUsers());
  }

  /**
   * Whether a line needing a plant passport can only leave from a lot: a bought plant (its passport
   * data — operator, origin — are the supplier's, recorded on its lot) or a species whose passport
   * needs a traceability code even for final users (Regulation (EU) 2020/1770). An own-production
   * plant counted without a lot gets the company's passport (A the species, B the company's
   * registration, D FR; france-compliance R-PHY-04).
   */
  private boolean needsLotForPassport(CompanyId company, DeliveryLine line) {
    Product product = products.get(company, line.product());
    PlantAttributes plant = product.plant();
    return product.revenueKind() != org.pepin.catalog.RevenueKind.OWN_PRODUCTION
        || plant != null && plant.passportForFinalUsers();
  }

  /**
   * Gives each line its lots: those picked by the user (checked against the product and the
   * quantity), or else, for a product kept in lots, the oldest lots first as far as they go.
   */
  private List<DeliveryLine> allocateAll(
      CompanyId company,
      Map<ProductId, Product> productById,
      List<DeliveryLine> lines,
      Map<SalesLineId, List<DeliveryDraft.LotPick>> picks) {
    Map<UUID, BigDecimal> lotLeft = new java.util.HashMap<>();
    Map<ProductId, List<Lot>> lotsByProduct = new java.util.HashMap<>();
    List<DeliveryLine> result = new ArrayList<>();
    for (DeliveryLine l : lines) {
      Product product = productById.get(l.product());
      List<DeliveredLot> lots;
      List<DeliveryDraft.LotPick> picked = picks.get(l.orderLine());
      if (l.quantity().isZero() || product == null || !product.stocked()) {
        lots = List.of();
      } else if (picked != null && !picked.isEmpty()) {
        lots = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (DeliveryDraft.LotPick p : picked) {
          Lot lot = stock.lot(company, p.lot());
          if (!lot.product().equals(product.id())) {
            throw new InvalidValue(
                "delivery.lot-product", "the lot is of another product", lot.number());
          }
          lots.add(delivered(lot, p.quantity().value()));
          total = total.add(p.quantity().value());
        }
        if (total.compareTo(l.quantity().value()) != 0) {
          throw new InvalidValue(
              "delivery.lots-total",
              "the lots do not add up to the quantity",
              product.code(),
              total.stripTrailingZeros().toPlainString(),
              l.quantity().value().stripTrailingZeros().toPlainString());
        }
      } else if (!l.lots().isEmpty() && picked == null) {
        lots = l.lots();
      } else {
        lots = new ArrayList<>();
        BigDecimal wanted = l.quantity().value();
        for (Lot lot :
            lotsByProduct.computeIfAbsent(product.id(), p -> stock.lotsOnHand(company, p))) {
          if (wanted.signum() <= 0) {
            break;
          }
          BigDecimal left = lotLeft.getOrDefault(lot.id().value(), lot.quantityOnHand().value());
          BigDecimal take = wanted.min(left);
          if (take.signum() > 0) {
            lots.add(delivered(lot, take));
            lotLeft.put(lot.id().value(), left.subtract(take));
            wanted = wanted.subtract(take);
          }
        }
      }
      result.add(l.with(l.remaining(), l.quantity(), l.overDelivery(), lots));
    }
    return result;
  }

  private static DeliveredLot delivered(Lot lot, BigDecimal quantity) {
    return new DeliveredLot(
        lot.id(),
        lot.number(),
        new Quantity(quantity),
        lot.botanicalName(),
        lot.operatorNumber(),
        lot.traceabilityCode(),
        lot.countryOfOrigin());
  }

  private DeliveryView with(
      DeliveryView d,
      Instant now,
      DeliveryStatus status,
      @Nullable String number,
      LocalDate plannedOn,
      Transport transport,
      @Nullable String carrier,
      @Nullable String roundName,
      @Nullable String notes,
      @Nullable LocalDate shippedOn,
      @Nullable LocalDate backorderExpectedOn,
      @Nullable String cancelReason,
      List<DeliveryLine> lines) {
    return new DeliveryView(
        d.id(),
        d.version(),
        number,
        status,
        d.customer(),
        d.customerCode(),
        d.customerName(),
        d.professional(),
        d.addressLabel(),
        d.address(),
        d.accessNotes(),
        plannedOn,
        transport,
        carrier,
        roundName,
        notes,
        shippedOn,
        backorderExpectedOn,
        d.receivedOn(),
        d.signer(),
        d.remarks(),
        d.reservations(),
        cancelReason,
        lines,
        d.createdAt(),
        now);
  }

  private static String quantityText(DeliveryLine l) {
    return l.productCode() + " × " + l.quantity().value().stripTrailingZeros().toPlainString();
  }

  private static void add(
      List<FieldChange> changes, String field, @Nullable Object before, @Nullable Object after) {
    String b = before == null ? null : before.toString();
    String a = after == null ? null : after.toString();
    if (!java.util.Objects.equals(b, a)) {
      changes.add(new FieldChange(field, b, a, null));
    }
  }
}
