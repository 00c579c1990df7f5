package org.pepin.sales.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.Products;
import org.pepin.catalog.StockMovements;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerKind;
import org.pepin.customers.CustomerSnapshot;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.platform.AuditLog;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.DocumentKind;
import org.pepin.platform.FieldChange;
import org.pepin.platform.Member;
import org.pepin.platform.Numbering;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.TermsOfSale;
import org.pepin.platform.TermsOfSaleVersion;
import org.pepin.sales.DownPaymentId;
import org.pepin.sales.DownPaymentRequested;
import org.pepin.sales.LineType;
import org.pepin.sales.OrderCancelled;
import org.pepin.sales.OrderConfirmed;
import org.pepin.sales.OrderDraft;
import org.pepin.sales.OrderHeld;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.Orders;
import org.pepin.sales.PricedDocument;
import org.pepin.sales.QuoteRevision;
import org.pepin.sales.QuoteView;
import org.pepin.sales.SalesLine;
import org.pepin.sales.SalesLineId;
import org.pepin.sales.SalesSettings;
import org.pepin.sales.document.LinePricer;
import org.pepin.sales.document.SalesLineStore;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.spi.CreditCheck;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of an order: made from an accepted quote (its lines and prices as accepted) or entered
 * directly; confirmed (number from its own series, credit check, stock reserved, down payment
 * requested), held when the credit check fails until a manager releases it, waiting out a
 * consumer's withdrawal period (C. conso L221-18; france-compliance R-QUO-04), amended before
 * delivery with a recorded revision, or cancelled with a reason. Every change is in the order's
 * history (entity type {@code order}).
 */
@Service
@Transactional
public class OrderService implements Orders {

  public static final String ENTITY = "order";

  private final OrderStore store;
  private final SalesLineStore lines;
  private final LinePricer pricer;
  private final SalesSettingsStore settings;
  private final Customers customers;
  private final Products products;
  private final StockMovements stock;
  private final CompanyClock clock;
  private final Numbering numbering;
  private final TermsOfSale termsOfSale;
  private final ChangeHistory history;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final ObjectProvider<CreditCheck> creditChecks;

  OrderService(
      OrderStore store,
      SalesLineStore lines,
      LinePricer pricer,
      SalesSettingsStore settings,
      Customers customers,
      Products products,
      StockMovements stock,
      CompanyClock clock,
      Numbering numbering,
      TermsOfSale termsOfSale,
      ChangeHistory history,
      AuditLog audit,
      ApplicationEventPublisher events,
      ObjectProvider<CreditCheck> creditChecks) {
    this.store = store;
    this.lines = lines;
    this.pricer = pricer;
    this.settings = settings;
    this.customers = customers;
    this.products = products;
    this.stock = stock;
    this.clock = clock;
    this.numbering = numbering;
    this.termsOfSale = termsOfSale;
    this.history = history;
    this.audit = audit;
    this.events = events;
    this.creditChecks = creditChecks;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<OrderView> find(CompanyId company, OrderId id) {
    return store.find(company, id, false);
  }

  @Override
  @Transactional(readOnly = true)
  public OrderView get(CompanyId company, OrderId id) {
    return find(company, id).orElseThrow(() -> new ResourceNotFound("order", id));
  }

  @Override
  @Transactional(readOnly = true)
  public List<OrderView> toDeliver(CompanyId company, @Nullable CustomerId customer) {
    return store.toDeliver(company, customer).stream()
        .map(id -> store.find(company, id, false).orElseThrow())
        .filter(
            o ->
                o.lines().stream()
                    .anyMatch(l -> l.deliverable() && l.remainingToDeliver().value().signum() > 0))
        .toList();
  }

  @Override
  public Map<OrderId, OrderView> recordDelivered(
      CompanyId company,
      String delivery,
      Map<OrderId, Map<SalesLineId, Quantity>> quantities,
      java.util.Set<SalesLineId> overDelivery) {
    // every order locked first (by id), then the products (by id): the order every operation on
    // orders and stock follows, so that two of them never wait for each other in a circle
    Map<OrderId, OrderView> before = new java.util.TreeMap<>(ORDER_IDS);
    for (OrderId id : quantities.keySet().stream().sorted(ORDER_IDS).toList()) {
      before.put(id, store.lock(company, id));
    }
    Map<ProductId, java.math.BigDecimal> released = new HashMap<>();
    for (OrderView order : before.values()) {
      if (order.status() != OrderStatus.CONFIRMED
          && order.status() != OrderStatus.PARTIALLY_DELIVERED) {
        throw new InvalidValue(
            "sales.order.not-deliverable", "order is " + order.status(), order.status().name());
      }
      for (var entry : quantities.get(order.id()).entrySet()) {
        SalesLine line =
            order.lines().stream()
                .filter(l -> l.id().equals(entry.getKey()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new InvalidValue(
                            "sales.order.line-not-deliverable",
                            "not a line of the order",
                            String.valueOf(entry.getKey().value())));
        java.math.BigDecimal q = entry.getValue().value();
        if (!line.deliverable() || q.signum() <= 0) {
          throw new InvalidValue(
              "sales.order.line-not-deliverable", "not goods to deliver", line.designation());
        }
        if (q.compareTo(line.remainingToDeliver().value()) > 0
            && !overDelivery.contains(line.id())) {
          throw new InvalidValue(
              "sales.order.over-delivery",
              "more than remains to deliver",
              String.valueOf(line.productCode()),
              line.remainingToDeliver().value().stripTrailingZeros().toPlainString());
        }
        lines.addDelivered(company, line.id(), entry.getValue());
        released.merge(
            line.product(), q.min(line.remainingToDeliver().value()), java.math.BigDecimal::add);
      }
    }
    release(company, released);
    Map<OrderId, OrderView> after = new java.util.TreeMap<>(ORDER_IDS);
    for (OrderView order : before.values()) {
      OrderView now = followDelivery(company, order);
      after.put(order.id(), now);
      history.record(
          company,
          ENTITY,
          order.id(),
          "delivered",
          null,
          List.of(
              change("delivery", null, delivery),
              change("status", order.status().name(), now.status().name())));
    }
    return after;
  }

  @Override
  public OrderView cancelBackorder(
      CompanyId company, @Nullable Member member, OrderId id, SalesLineId lineId, String reason) {
    OrderView before = store.lock(company, id);
    SalesLine line =
        before.lines().stream()
            .filter(l -> l.id().equals(lineId))
            .findFirst()
            .orElseThrow(() -> new ResourceNotFound("order line", lineId));
    Quantity remaining = line.remainingToDeliver();
    if (before.status() != OrderStatus.PARTIALLY_DELIVERED
        || !line.deliverable()
        || remaining.isZero()) {
      throw new InvalidValue("sales.backorder.none", "nothing left to deliver on the line");
    }
    String text = reason(reason);
    lines.cancelRemainder(company, lineId, remaining, text);
    release(company, Map.of(line.product(), remaining.value()));
    OrderView after = followDelivery(company, before);
    history.record(
        company,
        ENTITY,
        id,
        "backorder-cancelled",
        null,
        List.of(
            change("line", null, line.productCode() + " — " + line.designation()),
            change("quantity", null, remaining.value().stripTrailingZeros().toPlainString()),
            change("reason", null, text),
            change("status", before.status().name(), after.status().name())));
    return after;
  }

  /** Sets the order partly or fully delivered from its lines as now stored. */
  private OrderView followDelivery(CompanyId company, OrderView before) {
    OrderState s = OrderState.of(before);
    s.lines = lines.lines(company, before.id());
    boolean remains =
        s.lines.stream()
            .anyMatch(l -> l.deliverable() && l.remainingToDeliver().value().signum() > 0);
    boolean delivered = s.lines.stream().anyMatch(l -> l.delivered().value().signum() > 0);
    s.status =
        !remains
            ? OrderStatus.DELIVERED
            : delivered ? OrderStatus.PARTIALLY_DELIVERED : OrderStatus.CONFIRMED;
    s.updatedAt = clock.now(company);
    s.version = store.update(company, s.view(), false);
    return s.view();
  }

  /**
   * Releases what deliveries took of the reservations, never more than is reserved: an order
   * confirmed while its product was not kept in stock reserved nothing.
   */
  private void release(CompanyId company, Map<ProductId, java.math.BigDecimal> quantities) {
    for (Product product : byId(products.getAll(company, quantities.keySet()))) {
      java.math.BigDecimal q =
          quantities.get(product.id()).min(stock.level(company, product.id()).reserved().value());
      if (product.stocked() && q.signum() > 0) {
        stock.reserve(company, product.id(), new Quantity(q.negate()));
      }
    }
  }

  private static final java.util.Comparator<OrderId> ORDER_IDS =
      java.util.Comparator.comparing(OrderId::value);

  /** Products in the order of their ids: the order in which their stock rows are locked. */
  private static List<Product> byId(List<Product> list) {
    return list.stream().sorted(java.util.Comparator.comparing(p -> p.id().value())).toList();
  }

  /** The amendments of an order, oldest first. */
  @Transactional(readOnly = true)
  public List<OrderStore.Amendment> amendments(CompanyId company, OrderId id) {
    get(company, id);
    return store.amendments(company, id);
  }

  // ---------------------------------------------------------------- creation

  /**
   * The order of an accepted quote revision: its lines, prices and terms exactly as accepted
   * (R-QUO-06), then confirmed at once — unless a public buyer's commitment number is still missing
   * (it stays a draft to complete). An individual who accepted online waits out the withdrawal
   * period unless they asked for an earlier start.
   */
  public OrderId createFromQuote(
      CompanyId company,
      @Nullable Member member,
      QuoteView quote,
      QuoteRevision revision,
      QuoteRevision.Decision decision) {
    Instant now = clock.now(company);
    CustomerView customer = customers.get(company, quote.customer());
    var s = new OrderState();
    s.id = OrderId.random();
    s.customer = quote.customer();
    s.salesRep = quote.salesRep();
    s.quote = quote.id();
    s.quoteRevision = revision.id();
    s.status = OrderStatus.DRAFT;
    s.statusArgs = List.of();
    s.date = clock.today(company);
    s.pricingDate = revision.date();
    s.customerSnapshot = CustomerSnapshot.of(customer);
    s.deliveryAddress = revision.deliveryAddress();
    s.paymentTerms = revision.paymentTerms();
    s.pricesIncludeVat = revision.pricesIncludeVat();
    s.downPayment = revision.downPayment();
    s.discountPercent = revision.discountPercent();
    s.discountAmount = revision.discountAmount();
    s.termsOfSale = revision.termsOfSale();
    s.notes = revision.notes();
    s.lines = revision.lines().stream().map(SalesLine::copy).toList();
    s.totals = revision.totals();
    s.earlyStartRequested = decision.earlyStartRequested();
    s.createdAt = now;
    s.updatedAt = now;
    s.downPayments = List.of();
    store.insert(company, s.view());
    history.record(
        company,
        ENTITY,
        s.id,
        ChangeHistory.CREATED,
        null,
        List.of(
            change("quote", null, quote.number() + " " + revision.revision()),
            change("totalGross", null, s.totals.totalGross().toString())));
    boolean distance =
        customer.kind() == CustomerKind.INDIVIDUAL
            && decision.channel().equals("ONLINE")
            && !decision.earlyStartRequested();
    if (!customer.commitmentRequired()) {
      confirm(company, member, s.id, 1, distance);
    }
    return s.id;
  }

  /** Prices an order without saving it (the editor's live totals). */
  @Transactional(readOnly = true)
  public PricedDocument preview(
      CompanyId company, OrderDraft draft, @Nullable LocalDate pricingDate) {
    CustomerView customer = customers.get(company, draft.customer());
    LocalDate date = pricingDate != null ? pricingDate : clock.today(company);
    return pricer.price(company, customer, date, draft.terms(), settings.get(company));
  }

  /**
   * Records an order entered directly, as a draft to confirm.
   *
   * @throws InvalidValue {@code sales.order.no-lines}, {@code sales.order.customer-inactive}, the
   *     lines' and pricing's codes
   */
  public OrderId create(CompanyId company, @Nullable Member member, OrderDraft draft) {
    CustomerView customer = customers.get(company, draft.customer());
    if (!customer.isActive()) {
      throw new InvalidValue(
          "sales.order.customer-inactive", "customer not active", customer.name());
    }
    Instant now = clock.now(company);
    LocalDate today = clock.today(company);
    var s = new OrderState();
    s.id = OrderId.random();
    s.customer = customer.id();
    s.salesRep = draft.salesRep() != null ? draft.salesRep() : customer.salesRep();
    s.status = OrderStatus.DRAFT;
    s.statusArgs = List.of();
    s.date = today;
    s.pricingDate = today;
    s.termsOfSale = termsOfSale.inForce(company, today).map(TermsOfSaleVersion::id).orElse(null);
    s.createdAt = now;
    s.updatedAt = now;
    s.downPayments = List.of();
    apply(company, s, customer, draft);
    store.insert(company, s.view());
    customers.touch(company, customer.id());
    history.record(
        company,
        ENTITY,
        s.id,
        ChangeHistory.CREATED,
        null,
        List.of(change("totalGross", null, s.totals.totalGross().toString())));
    return s.id;
  }

  /** Prices the draft into the order's fields (at the order's pricing date). */
  private void apply(CompanyId company, OrderState s, CustomerView customer, OrderDraft draft) {
    if (!draft.terms().hasPricedLines()) {
      throw new InvalidValue("sales.order.no-lines", "an order needs at least one priced line");
    }
    SalesSettings settings = this.settings.get(company);
    PricedDocument priced = pricer.price(company, customer, s.pricingDate, draft.terms(), settings);
    s.customerSnapshot = CustomerSnapshot.of(customer);
    s.customerReference = draft.customerReference();
    s.commitmentNumber = draft.commitmentNumber();
    s.requestedDelivery = draft.requestedDelivery();
    s.deliveryAddress =
        org.pepin.sales.document.DeliveryAddresses.find(customer, draft.terms().deliveryAddress());
    s.paymentTerms =
        draft.terms().paymentTerms() != null
            ? draft.terms().paymentTerms()
            : customer.paymentTerms();
    s.pricesIncludeVat = customer.kind() == CustomerKind.INDIVIDUAL;
    s.downPayment = draft.terms().downPayment();
    s.discountPercent = draft.terms().discountPercent();
    s.discountAmount = draft.terms().discountAmount();
    s.notes = draft.terms().notes();
    s.lines = priced.lines();
    s.totals = priced.totals();
    if (draft.salesRep() != null) {
      s.salesRep = draft.salesRep();
    }
  }

  // ---------------------------------------------------------------- confirmation

  /**
   * Confirms a draft order: number (first time), credit check, then confirmed (stock reserved, down
   * payment requested, {@link OrderConfirmed}) or held with the check's reason ({@link OrderHeld}).
   *
   * @throws InvalidValue {@code sales.order.not-draft (status)}, {@code
   *     sales.order.commitment-required} for a public buyer without commitment number
   */
  public OrderStatus confirm(CompanyId company, @Nullable Member member, OrderId id, int version) {
    return confirm(company, member, id, version, false);
  }

  private OrderStatus confirm(
      CompanyId company, @Nullable Member member, OrderId id, int version, boolean distance) {
    OrderState s = OrderState.of(store.lock(company, id));
    if (s.version != version) {
      throw new ConcurrentModification(ENTITY, id);
    }
    if (s.status != OrderStatus.DRAFT) {
      throw new InvalidValue("sales.order.not-draft", "order is " + s.status, s.status.name());
    }
    CustomerView customer = customers.get(company, s.customer);
    if (customer.commitmentRequired() && s.commitmentNumber == null) {
      throw new InvalidValue(
          "sales.order.commitment-required", "the customer requires a commitment number");
    }
    LocalDate today = clock.today(company);
    if (s.number == null) {
      s.number = numbering.next(company, DocumentKind.ORDER.key(), today);
    }
    Instant now = clock.now(company);
    s.confirmedAt = now;
    s.updatedAt = now;
    DocumentTotals.Breakdown downPayment =
        s.downPayment == null ? null : s.downPayment.amounts(s.totals);
    CreditCheck.Decision decision = check(company, s, downPayment);
    if (!decision.passed()) {
      return held(company, s, java.util.Objects.requireNonNull(decision.reason()), decision.args());
    }
    if (distance) {
      s.status = OrderStatus.WITHDRAWAL_PERIOD;
      s.withdrawalUntil = today.plusDays(settings.get(company).withdrawalDays());
    } else {
      s.status = OrderStatus.CONFIRMED;
    }
    store.update(company, s.view(), false);
    history.record(
        company,
        ENTITY,
        id,
        "confirmed",
        null,
        List.of(change("status", OrderStatus.DRAFT.name(), s.status.name())));
    requestDownPayment(company, s, downPayment, now);
    if (s.status == OrderStatus.CONFIRMED) {
      confirmed(company, s);
    }
    return s.status;
  }

  /**
   * Records a draft order as held at its confirmation with the given reason, as a failing credit
   * check does: number (first time), status {@link OrderStatus#HELD}, history, {@link OrderHeld};
   * no stock reserved, no down payment requested until a manager releases it. The demo uses it for
   * SCI Les Tilleuls' order over its credit limit (scenario §3) until the risk module implements
   * {@link CreditCheck}; then the demo confirms the order and the check holds it.
   *
   * @param reasonKey the message key of the reason shown to the users, e.g. {@code
   *     sales.hold.over-limit}, with {@code args}
   * @throws InvalidValue {@code sales.order.not-draft (status)}
   */
  public OrderStatus hold(CompanyId company, OrderId id, String reasonKey, List<String> args) {
    OrderState s = OrderState.of(store.lock(company, id));
    if (s.status != OrderStatus.DRAFT) {
      throw new InvalidValue("sales.order.not-draft", "order is " + s.status, s.status.name());
    }
    if (s.number == null) {
      s.number = numbering.next(company, DocumentKind.ORDER.key(), clock.today(company));
    }
    Instant now = clock.now(company);
    s.confirmedAt = now;
    s.updatedAt = now;
    return held(company, s, reasonKey, args);
  }

  private OrderStatus held(CompanyId company, OrderState s, String reason, List<String> args) {
    s.status = OrderStatus.HELD;
    s.statusReason = reason;
    s.statusArgs = List.copyOf(args);
    store.update(company, s.view(), false);
    history.record(
        company,
        ENTITY,
        s.id,
        "held",
        null,
        List.of(change("status", OrderStatus.DRAFT.name(), OrderStatus.HELD.name())));
    events.publishEvent(
        new OrderHeld(
            company, s.id, s.number, s.customer, s.totals.totalGross(), reason, s.statusArgs));
    return s.status;
  }

  private CreditCheck.Decision check(
      CompanyId company, OrderState s, DocumentTotals.@Nullable Breakdown downPayment) {
    var order =
        new CreditCheck.OrderToCheck(
            s.id,
            s.customer,
            s.totals.totalGross(),
            downPayment == null ? null : downPayment.totalGross());
    for (CreditCheck check : creditChecks.orderedStream().toList()) {
      CreditCheck.Decision decision = check.check(company, order);
      if (!decision.passed()) {
        return decision;
      }
    }
    return CreditCheck.Decision.pass();
  }

  private void requestDownPayment(
      CompanyId company, OrderState s, DocumentTotals.@Nullable Breakdown amounts, Instant now) {
    if (s.downPayment == null
        || amounts == null
        || store.downPayments(company, s.id).stream().anyMatch(d -> !d.cancelled())) {
      return;
    }
    DownPaymentId id = DownPaymentId.random();
    store.insertDownPayment(company, s.id, s.downPayment, amounts, id, now);
    events.publishEvent(
        new DownPaymentRequested(
            company,
            id,
            s.id,
            s.number,
            s.customer,
            s.downPayment.kind(),
            s.downPayment.percent(),
            s.downPayment.amount(),
            amounts));
  }

  /**
   * After an amendment, the down payment follows the order while it is only requested (not yet
   * invoiced): its amounts are those of the new total; a down payment removed cancels the request;
   * one added is requested.
   */
  private void followDownPayment(CompanyId company, OrderState s, Instant now) {
    if (s.downPayment == null) {
      store.cancelRequestedDownPayments(company, s.id);
      return;
    }
    DocumentTotals.Breakdown amounts = s.downPayment.amounts(s.totals);
    if (store.updateRequestedDownPayment(company, s.id, s.downPayment, amounts) == 0) {
      requestDownPayment(company, s, amounts, now);
    }
  }

  /** Reserves the stock of the goods and tells the others the order is to deliver. */
  private void confirmed(CompanyId company, OrderState s) {
    reserve(company, s.lines, 1);
    events.publishEvent(
        new OrderConfirmed(company, s.id, s.number, s.customer, s.totals.totalGross()));
  }

  private void reserve(CompanyId company, List<SalesLine> lines, int sign) {
    Map<ProductId, java.math.BigDecimal> quantities = new HashMap<>();
    for (SalesLine line : lines) {
      if (line.type() == LineType.PRODUCT && line.product() != null && line.quantity() != null) {
        quantities.merge(
            line.product(), line.remainingToDeliver().value(), java.math.BigDecimal::add);
      }
    }
    if (quantities.isEmpty()) {
      return;
    }
    for (Product product : byId(products.getAll(company, quantities.keySet()))) {
      java.math.BigDecimal q = quantities.get(product.id());
      if (product.stocked() && q.signum() > 0) {
        stock.reserve(company, product.id(), new Quantity(sign > 0 ? q : q.negate()));
      }
    }
  }

  /**
   * A manager releases a held order (decision recorded in the history and the audit log): it
   * becomes confirmed.
   *
   * @throws InvalidValue {@code sales.order.not-held (status)}, {@code sales.reason-required}
   */
  public void release(
      CompanyId company, Member member, OrderId id, @Nullable Integer version, String note) {
    OrderState s = OrderState.of(store.lock(company, id));
    if (version != null && version != s.version) {
      // the order changed since the manager read it (an amendment): decide on what it now is
      throw new ConcurrentModification(ENTITY, id);
    }
    if (s.status != OrderStatus.HELD) {
      throw new InvalidValue("sales.order.not-held", "order is " + s.status, s.status.name());
    }
    String text = reason(note);
    String heldFor = s.statusReason;
    s.status = OrderStatus.CONFIRMED;
    s.statusReason = null;
    s.statusArgs = List.of();
    s.updatedAt = clock.now(company);
    store.update(company, s.view(), false);
    history.record(
        company,
        ENTITY,
        id,
        "released",
        null,
        List.of(
            change("status", OrderStatus.HELD.name(), OrderStatus.CONFIRMED.name()),
            change("decision", null, text)));
    audit.record(
        company,
        "order.released",
        ENTITY,
        id,
        "Commande " + s.number + " débloquée par " + member.displayName() + " : " + text,
        heldFor);
    DocumentTotals.Breakdown downPayment =
        s.downPayment == null ? null : s.downPayment.amounts(s.totals);
    requestDownPayment(company, s, downPayment, s.updatedAt);
    confirmed(company, s);
  }

  /** The daily job for one company: orders whose withdrawal period ended become confirmed. */
  public int endWithdrawalPeriods(CompanyId company) {
    int count = 0;
    for (OrderId id : store.withdrawalEnded(company, clock.today(company))) {
      OrderState s = OrderState.of(store.lock(company, id));
      if (s.status != OrderStatus.WITHDRAWAL_PERIOD) {
        continue;
      }
      s.status = OrderStatus.CONFIRMED;
      s.updatedAt = clock.now(company);
      store.update(company, s.view(), false);
      history.record(
          company,
          ENTITY,
          id,
          "withdrawal-ended",
          null,
          List.of(change("status", OrderStatus.WITHDRAWAL_PERIOD.name(), s.status.name())));
      confirmed(company, s);
      count++;
    }
    return count;
  }

  // ---------------------------------------------------------------- amendment and cancellation

  /**
   * Amends an order before anything is delivered: the previous lines are kept as revision N, the
   * new ones priced at the order's pricing date (the prices agreed stay, R-QUO-06), stock
   * reservations follow. A held order is checked again at its next confirmation only.
   *
   * @throws InvalidValue {@code sales.order.not-amendable (status)}, {@code sales.order.delivered},
   *     {@code sales.reason-required}, {@code sales.order.customer-fixed}
   */
  public void amend(
      CompanyId company,
      @Nullable Member member,
      OrderId id,
      int version,
      OrderDraft draft,
      @Nullable String reason) {
    OrderView before = store.lock(company, id);
    if (before.version() != version) {
      throw new ConcurrentModification(ENTITY, id);
    }
    if (!before.status().amendable()) {
      throw new InvalidValue(
          "sales.order.not-amendable", "order is " + before.status(), before.status().name());
    }
    if (before.anythingDelivered()) {
      throw new InvalidValue("sales.order.delivered", "something was delivered already");
    }
    if (!before.customer().equals(draft.customer())) {
      throw new InvalidValue("sales.order.customer-fixed", "the customer of an order is fixed");
    }
    CustomerView customer = customers.get(company, before.customer());
    OrderState s = OrderState.of(before);
    apply(company, s, customer, draft);
    Instant now = clock.now(company);
    s.updatedAt = now;
    boolean recorded = before.status() != OrderStatus.DRAFT;
    if (recorded) {
      String text = reason(reason);
      store.insertRevision(company, before, text, now, member == null ? null : member.id());
      s.revision = before.revision() + 1;
    }
    boolean reserved = before.status() == OrderStatus.CONFIRMED;
    if (reserved) {
      reserve(company, before.lines(), -1);
    }
    store.update(company, s.view(), true);
    if (reserved) {
      reserve(company, s.lines, 1);
    }
    if (s.number != null) {
      followDownPayment(company, s, now);
    }
    List<FieldChange> changes = new ArrayList<>();
    if (recorded) {
      changes.add(
          change("revision", String.valueOf(before.revision()), String.valueOf(s.revision)));
    }
    if (!before.totals().totalGross().equals(s.totals.totalGross())) {
      changes.add(
          change(
              "totalGross",
              before.totals().totalGross().toString(),
              s.totals.totalGross().toString()));
    }
    addChange(changes, "customerReference", before.customerReference(), s.customerReference);
    addChange(changes, "commitmentNumber", before.commitmentNumber(), s.commitmentNumber);
    addChange(
        changes,
        "requestedDelivery",
        before.requestedDelivery() == null ? null : before.requestedDelivery().toString(),
        s.requestedDelivery == null ? null : s.requestedDelivery.toString());
    history.record(
        company, ENTITY, id, recorded ? "amended" : ChangeHistory.UPDATED, null, changes);
  }

  /**
   * Cancels an order not yet delivered, with its reason (a consumer's withdrawal is one): the stock
   * reserved is released.
   *
   * @throws InvalidValue {@code sales.order.not-cancellable (status)}, {@code
   *     sales.order.delivered}, {@code sales.reason-required}
   */
  public void cancel(CompanyId company, @Nullable Member member, OrderId id, String reason) {
    OrderView before = store.lock(company, id);
    if (!before.status().amendable()) {
      throw new InvalidValue(
          "sales.order.not-cancellable", "order is " + before.status(), before.status().name());
    }
    if (before.anythingDelivered()) {
      throw new InvalidValue("sales.order.delivered", "something was delivered already");
    }
    String text = reason(reason);
    OrderState s = OrderState.of(before);
    s.status = OrderStatus.CANCELLED;
    s.statusReason = text;
    s.statusArgs = List.of();
    s.updatedAt = clock.now(company);
    store.update(company, s.view(), false);
    if (before.status() == OrderStatus.CONFIRMED) {
      reserve(company, before.lines(), -1);
    }
    history.record(
        company,
        ENTITY,
        id,
        "cancelled",
        null,
        List.of(
            change("status", before.status().name(), OrderStatus.CANCELLED.name()),
            change("reason", null, text)));
    if (before.number() != null) {
      events.publishEvent(
          new OrderCancelled(company, id, before.number(), before.customer(), text));
    }
  }

  private static String reason(@Nullable String reason) {
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > 500) {
      throw new InvalidValue("sales.reason-required", "a reason of 1 to 500 characters");
    }
    return text;
  }

  private static void addChange(
      List<FieldChange> changes, String field, @Nullable String before, @Nullable String after) {
    if (!java.util.Objects.equals(before, after)) {
      changes.add(change(field, before, after));
    }
  }

  /** A change of the history; a status is shown through the messages {@code orderStatus.*}. */
  static FieldChange change(String field, @Nullable String before, @Nullable String after) {
    return new FieldChange(field, before, after, field.equals("status") ? "orderStatus." : null);
  }
}
