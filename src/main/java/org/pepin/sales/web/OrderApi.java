package org.pepin.sales.web;

import static org.pepin.sales.web.SalesApiCalls.errors;
import static org.pepin.sales.web.SalesApiCalls.rejecting;

import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Products;
import org.pepin.customers.CustomerId;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyId;
import org.pepin.platform.InputRejected;
import org.pepin.platform.Inputs;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.platform.PageQuery.ApiPage;
import org.pepin.platform.TermsOfSale;
import org.pepin.platform.TermsOfSaleVersion;
import org.pepin.platform.UserId;
import org.pepin.sales.OrderDraft;
import org.pepin.sales.OrderFilter;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderRow;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.PricedDocument;
import org.pepin.sales.SendRequest;
import org.pepin.sales.order.OrderAmendments;
import org.pepin.sales.order.OrderDocuments;
import org.pepin.sales.order.OrderSearch;
import org.pepin.sales.order.OrderSending;
import org.pepin.sales.order.OrderService;
import org.pepin.sales.web.OrderApiBodies.AddressResponse;
import org.pepin.sales.web.OrderApiBodies.AmendmentResponse;
import org.pepin.sales.web.OrderApiBodies.CustomerResponse;
import org.pepin.sales.web.OrderApiBodies.DownPaymentResponse;
import org.pepin.sales.web.OrderApiBodies.DownPaymentTermsResponse;
import org.pepin.sales.web.OrderApiBodies.OrderRequest;
import org.pepin.sales.web.OrderApiBodies.OrderResponse;
import org.pepin.sales.web.OrderApiBodies.OrderRowResponse;
import org.pepin.sales.web.OrderApiBodies.PreviewResponse;
import org.pepin.sales.web.OrderApiBodies.ReleaseRequest;
import org.pepin.sales.web.OrderApiBodies.TermsResponse;
import org.pepin.sales.web.OrderApiBodies.VersionRequest;
import org.pepin.sales.web.OrderApiBodies.WarningResponse;
import org.pepin.sales.web.SalesApiAmounts.PricedLine;
import org.pepin.sales.web.SalesApiAmounts.TotalsResponse;
import org.pepin.sales.web.SalesApiCalls.ReasonBody;
import org.pepin.sales.web.SalesApiCalls.SendBody;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of orders: the list with the screen's filters, an order with its lines, totals per VAT
 * rate and down payments, creating one with its lines in one call (and confirming it at once),
 * pricing without saving, amending (with the version read and a reason), confirming, releasing a
 * held order, cancelling, sending the confirmation, the PDF, the amendments. Errors are problem
 * documents with one French message per field.
 */
@RestController
@RequestMapping("/api/v1/orders")
class OrderApi {

  static final int MAX_RECIPIENTS = 20;

  private final OrderService orders;
  private final OrderSearch search;
  private final OrderDocuments documents;
  private final OrderSending sending;
  private final OrderAmendments amendments;
  private final Customers customers;
  private final Products products;
  private final Members members;
  private final TermsOfSale terms;
  private final MessageSource messages;
  private final TransactionTemplate transaction;

  OrderApi(
      OrderService orders,
      OrderSearch search,
      OrderDocuments documents,
      OrderSending sending,
      OrderAmendments amendments,
      Customers customers,
      Products products,
      Members members,
      TermsOfSale terms,
      MessageSource messages,
      TransactionTemplate transaction) {
    this.orders = orders;
    this.search = search;
    this.documents = documents;
    this.sending = sending;
    this.amendments = amendments;
    this.customers = customers;
    this.products = products;
    this.members = members;
    this.terms = terms;
    this.messages = messages;
    this.transaction = transaction;
  }

  /**
   * The list: {@code q} (number, customer, customer reference, commitment number), {@code status}
   * (comma-separated, {@code OPEN} for the orders still to deliver), {@code customer} (id or code),
   * {@code salesRep} (user id), {@code from}/{@code to} (order date), {@code minTotal}/ {@code
   * maxTotal} (incl. VAT); sort by {@code number}, {@code date}, {@code requestedDelivery}, {@code
   * customer}, {@code totalGross}, {@code status} or {@code updatedAt} (default, newest first).
   */
  @GetMapping
  ApiPage<OrderRowResponse> list(
      CompanyId company,
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "status", required = false) @Nullable String status,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      @RequestParam(name = "salesRep", required = false) @Nullable String salesRep,
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "to", required = false) @Nullable String to,
      @RequestParam(name = "minTotal", required = false) @Nullable String minTotal,
      @RequestParam(name = "maxTotal", required = false) @Nullable String maxTotal,
      @RequestParam(name = "page", required = false) @Nullable Integer page,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "sort", required = false) @Nullable String sort) {
    var errors = errors("filter");
    var statuses = Inputs.optional(errors, "status", status, OrderInputs::statuses);
    CustomerId customerId =
        Inputs.optional(
            errors, "customer", customer, t -> OrderInputs.customer(customers, company, t));
    UserId rep = Inputs.optional(errors, "salesRep", salesRep, OrderInputs::user);
    var fromDate = Inputs.optional(errors, "from", from, OrderInputs::date);
    var toDate = Inputs.optional(errors, "to", to, OrderInputs::date);
    BigDecimal min = Inputs.optional(errors, "minTotal", minTotal, OrderInputs::decimal);
    BigDecimal max = Inputs.optional(errors, "maxTotal", maxTotal, OrderInputs::decimal);
    Inputs.check(errors);
    String text = OrderInputs.clean(q);
    var filter =
        new OrderFilter(
            text == null || text.length() <= 100 ? text : text.substring(0, 100),
            statuses == null ? java.util.Set.of() : statuses,
            customerId,
            rep,
            fromDate,
            toDate,
            min == null ? null : Money.rounded(min),
            max == null ? null : Money.rounded(max));
    var query = SalesApiCalls.query(page, size, sort, OrderSearch.SORTS, OrderSearch.DEFAULT_SORT);
    return SalesApiCalls.page(search.search(company, filter, query), OrderApi::row);
  }

  @GetMapping("/{id}")
  OrderResponse get(CompanyId company, Member member, @PathVariable("id") OrderId id) {
    return response(company, member, orders.get(company, id));
  }

  /**
   * Creates an order with its lines (a draft), and confirms it at once when {@code confirm} is
   * true; 201 with {@code Location}.
   */
  @PostMapping
  ResponseEntity<OrderResponse> create(
      CompanyId company, Member member, @RequestBody OrderRequest body) {
    OrderDraft draft = draft(company, body, null);
    // One transaction: an order that cannot be confirmed as asked is not created either.
    OrderId id =
        rejecting(
            OrderApiBodies::fieldOf,
            () ->
                transaction.execute(
                    status -> {
                      OrderId created = orders.create(company, member, draft);
                      if (Boolean.TRUE.equals(body.confirm())) {
                        orders.confirm(
                            company, member, created, orders.get(company, created).version());
                      }
                      return created;
                    }));
    if (id == null) {
      throw new IllegalStateException("no order created");
    }
    return ResponseEntity.created(URI.create("/api/v1/orders/" + id))
        .body(response(company, member, orders.get(company, id)));
  }

  /** Prices an order without saving it: lines, totals per rate, warnings, down payment. */
  @PostMapping("/preview")
  PreviewResponse preview(CompanyId company, Member member, @RequestBody OrderRequest body) {
    OrderDraft draft = draft(company, body, null);
    PricedDocument priced =
        rejecting(OrderApiBodies::fieldOf, () -> orders.preview(company, draft, null));
    boolean margin = OrderRoutes.seesMargin(member);
    Locale locale = LocaleContextHolder.getLocale();
    return new PreviewResponse(
        OrderApiBodies.lines(priced.lines(), priced.totals(), margin, false),
        TotalsResponse.of(priced.totals().breakdown()),
        priced.warnings().stream()
            .map(
                w ->
                    new WarningResponse(
                        w.position(), w.code(), SalesApiAmounts.text(w, messages, locale)))
            .toList(),
        priced.manualDiscountRate().value(),
        margin && priced.margin() != null ? priced.margin().amount() : null,
        margin && priced.marginRate() != null ? priced.marginRate().value() : null,
        TotalsResponse.ofNullable(priced.downPayment()));
  }

  /**
   * Amends the order as of {@code version}: its lines and terms replaced, the previous revision
   * kept with {@code reason} (required once the order is confirmed).
   */
  @PutMapping("/{id}")
  OrderResponse amend(
      CompanyId company,
      Member member,
      @PathVariable("id") OrderId id,
      @RequestBody OrderRequest body) {
    OrderView order = orders.get(company, id);
    Integer version = body.version();
    if (version == null) {
      var errors = errors("order");
      errors.rejectValue("version", "error.required");
      throw new InputRejected(errors);
    }
    OrderDraft draft = draft(company, body, order.customer());
    rejecting(
        OrderApiBodies::fieldOf,
        () -> orders.amend(company, member, id, version, draft, body.reason()));
    return response(company, member, orders.get(company, id));
  }

  /** Confirms a draft as of {@code version} (the current one when left out). */
  @PostMapping("/{id}/confirm")
  OrderResponse confirm(
      CompanyId company,
      Member member,
      @PathVariable("id") OrderId id,
      @RequestBody(required = false) @Nullable VersionRequest body) {
    OrderView order = orders.get(company, id);
    int version = body == null || body.version() == null ? order.version() : body.version();
    rejecting(OrderApiBodies::fieldOf, () -> orders.confirm(company, member, id, version));
    return response(company, member, orders.get(company, id));
  }

  /** A manager releases a held order with the decision's {@code note}. */
  @PostMapping("/{id}/release")
  OrderResponse release(
      CompanyId company,
      Member member,
      @PathVariable("id") OrderId id,
      @RequestBody(required = false) @Nullable ReleaseRequest body) {
    orders.get(company, id);
    String note = body == null || body.note() == null ? "" : body.note();
    Integer version = body == null ? null : body.version();
    rejecting(code -> "note", () -> orders.release(company, member, id, version, note));
    return response(company, member, orders.get(company, id));
  }

  @PostMapping("/{id}/cancel")
  OrderResponse cancel(
      CompanyId company,
      Member member,
      @PathVariable("id") OrderId id,
      @RequestBody(required = false) @Nullable ReasonBody body) {
    orders.get(company, id);
    String reason = body == null || body.reason() == null ? "" : body.reason();
    rejecting(code -> "reason", () -> orders.cancel(company, member, id, reason));
    return response(company, member, orders.get(company, id));
  }

  /** Queues the confirmation e-mail with the PDF attached; 202. */
  @PostMapping("/{id}/send")
  ResponseEntity<OrderResponse> send(
      CompanyId company,
      Member member,
      @PathVariable("id") OrderId id,
      @RequestBody(required = false) @Nullable SendBody body) {
    orders.get(company, id);
    SendBody send = body == null ? SendBody.NONE : body;
    var errors = errors("send");
    List<EmailAddress> to = SalesApiCalls.recipients("to", send.to(), MAX_RECIPIENTS, errors);
    List<EmailAddress> cc = SalesApiCalls.recipients("cc", send.cc(), MAX_RECIPIENTS, errors);
    Inputs.check(errors);
    var request = new SendRequest(to, cc, send.subject(), send.body());
    rejecting(OrderApiBodies::fieldOf, () -> sending.send(company, member, id, request));
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(response(company, member, orders.get(company, id)));
  }

  @GetMapping("/{id}/pdf")
  ResponseEntity<byte[]> pdf(CompanyId company, @PathVariable("id") OrderId id) {
    OrderView order = orders.get(company, id);
    return SalesApiCalls.pdf(ContentDisposition.attachment(), OrderDocuments.fileName(order))
        .body(documents.pdf(company, order));
  }

  /** The amendments, oldest first, each with the lines of the revision it replaced. */
  @GetMapping("/{id}/amendments")
  List<AmendmentResponse> amendments(
      CompanyId company, Member member, @PathVariable("id") OrderId id) {
    Map<UserId, String> names = new HashMap<>();
    return amendments.of(company, id).stream()
        .map(
            a ->
                new AmendmentResponse(
                    a.revision(),
                    a.reason(),
                    a.at(),
                    SalesApiAmounts.uuid(a.by()),
                    a.by() == null
                        ? null
                        : names.computeIfAbsent(
                            a.by(),
                            u -> members.find(company, u).map(Member::displayName).orElse(null)),
                    a.linesNet().amount(),
                    a.lines().stream()
                        .map(l -> OrderApiBodies.line(new PricedLine(l, null), false, true))
                        .toList()))
        .toList();
  }

  // ---------------------------------------------------------------- helpers

  private OrderDraft draft(
      CompanyId company, OrderRequest body, @Nullable CustomerId customerFixed) {
    var errors = errors("order");
    OrderDraft draft =
        OrderApiBodies.draft(body, company, customers, products, errors, customerFixed);
    Inputs.check(errors);
    if (draft == null) {
      throw new InputRejected(errors);
    }
    return draft;
  }

  private static OrderRowResponse row(OrderRow r) {
    return new OrderRowResponse(
        r.id().value(),
        r.number(),
        r.customer().value(),
        r.customerCode(),
        r.customerName(),
        SalesApiAmounts.uuid(r.salesRep()),
        r.status().name(),
        r.date(),
        r.requestedDelivery(),
        r.customerReference(),
        r.totalNet().amount(),
        r.totalGross().amount(),
        r.downPaymentDue().amount());
  }

  private OrderResponse response(CompanyId company, Member member, OrderView o) {
    Locale locale = LocaleContextHolder.getLocale();
    String statusText = null;
    if (o.status() == OrderStatus.HELD && o.statusReason() != null) {
      try {
        statusText = messages.getMessage(o.statusReason(), o.statusArgs().toArray(), locale);
      } catch (NoSuchMessageException e) {
        statusText = o.statusReason();
      }
    } else if (o.status() == OrderStatus.CANCELLED) {
      statusText = o.statusReason();
    }
    TermsOfSaleVersion version =
        o.termsOfSale() == null ? null : terms.version(company, o.termsOfSale());
    return new OrderResponse(
        o.id().value(),
        o.version(),
        o.number(),
        o.status().name(),
        o.statusReason(),
        o.statusArgs(),
        statusText,
        o.revision(),
        o.date(),
        o.pricingDate(),
        new CustomerResponse(
            o.customer().value(),
            o.customerSnapshot().code(),
            o.customerSnapshot().name(),
            o.customerSnapshot().kind().name()),
        SalesApiAmounts.uuid(o.salesRep()),
        SalesApiAmounts.uuid(o.quote()),
        SalesApiAmounts.uuid(o.quoteRevision()),
        documents.quoteReference(company, o),
        o.customerReference(),
        o.commitmentNumber(),
        o.requestedDelivery(),
        o.deliveryAddress() == null
            ? null
            : new AddressResponse(
                o.deliveryAddress().label(), o.deliveryAddress().address().lines()),
        o.paymentTerms() == null ? null : o.paymentTerms().code(),
        o.paymentTerms() == null ? null : o.paymentTerms().label(locale),
        o.pricesIncludeVat(),
        o.downPayment() == null
            ? null
            : new DownPaymentTermsResponse(
                o.downPayment().kind().name(),
                o.downPayment().percent() == null ? null : o.downPayment().percent().value(),
                o.downPayment().amount() == null ? null : o.downPayment().amount().amount()),
        o.discountPercent() == null ? null : o.discountPercent().value(),
        o.discountAmount() == null ? null : o.discountAmount().amount(),
        version == null
            ? null
            : new TermsResponse(version.id().value(), version.number(), version.appliesFrom()),
        o.notes(),
        OrderApiBodies.lines(o.lines(), o.totals(), OrderRoutes.seesMargin(member), true),
        TotalsResponse.of(o.totals().breakdown()),
        o.downPayments().stream()
            .map(
                d ->
                    new DownPaymentResponse(
                        d.id().value(),
                        d.kind().name(),
                        d.percent() == null ? null : d.percent().value(),
                        d.amount() == null ? null : d.amount().amount(),
                        TotalsResponse.of(d.amounts()),
                        d.status(),
                        d.invoiceNumber(),
                        d.paid().amount(),
                        d.due().amount(),
                        d.requestedAt()))
            .toList(),
        o.downPaymentDue().amount(),
        o.downPaymentPaid().amount(),
        o.withdrawalUntil(),
        o.earlyStartRequested(),
        o.confirmedAt(),
        o.createdAt(),
        o.updatedAt());
  }
}
