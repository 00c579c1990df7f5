package org.pepin.delivery.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Lot;
import org.pepin.catalog.LotId;
import org.pepin.catalog.StockMovements;
import org.pepin.customers.CustomerId;
import org.pepin.customers.Customers;
import org.pepin.delivery.DeliveryDraft;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryLine;
import org.pepin.delivery.DeliveryStatus;
import org.pepin.delivery.DeliveryView;
import org.pepin.delivery.Transport;
import org.pepin.delivery.note.DeliveryPages;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.delivery.web.DeliveryApiBodies.CancelRequest;
import org.pepin.delivery.web.DeliveryApiBodies.CreateRequest;
import org.pepin.delivery.web.DeliveryApiBodies.DeliveryResponse;
import org.pepin.delivery.web.DeliveryApiBodies.DeliveryRowResponse;
import org.pepin.delivery.web.DeliveryApiBodies.LineRequest;
import org.pepin.delivery.web.DeliveryApiBodies.LotRequest;
import org.pepin.delivery.web.DeliveryApiBodies.ToDeliverOrder;
import org.pepin.delivery.web.DeliveryApiBodies.UpdateRequest;
import org.pepin.delivery.web.DeliveryApiBodies.ValidateRequest;
import org.pepin.platform.CompanyId;
import org.pepin.platform.InputRejected;
import org.pepin.platform.Inputs;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageQuery.ApiPage;
import org.pepin.platform.ResourceNotFound;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderView;
import org.pepin.sales.Orders;
import org.pepin.sales.SalesLineId;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of delivery notes: the list with its filters, a note with its lines, lots and passport
 * fields, preparing one from orders (201 with {@code Location}; {@code Idempotency-Key} accepted),
 * changing a draft, validating and cancelling it as of the version read ({@code version} in the
 * body, or {@code If-Match} with the {@code ETag} of the note), the orders still to deliver, and
 * the notes of an order. Errors are problem documents with one French message per field; a note or
 * order of another company is 404.
 */
@RestController
class DeliveryApi {

  /** The orders one note gathers at most (the screen's cap too). */
  static final int MAX_ORDERS = 50;

  /** The lots one line of a note takes at most. */
  static final int MAX_LOTS = 50;

  private final DeliveryService deliveries;
  private final DeliveryPages pages;
  private final Orders orders;
  private final Customers customers;
  private final StockMovements stock;

  DeliveryApi(
      DeliveryService deliveries,
      DeliveryPages pages,
      Orders orders,
      Customers customers,
      StockMovements stock) {
    this.deliveries = deliveries;
    this.pages = pages;
    this.orders = orders;
    this.customers = customers;
    this.stock = stock;
  }

  /**
   * The list: {@code status} (comma-separated), {@code customer} (id or code), {@code
   * plannedFrom}/{@code plannedTo}, {@code round}; sort by {@code plannedOn} (default, latest
   * first), {@code number}, {@code customer}, {@code status}, {@code shippedOn} or {@code
   * updatedAt}; {@code page}, {@code size}.
   */
  @GetMapping("/api/v1/deliveries")
  ApiPage<DeliveryRowResponse> list(
      CompanyId company,
      @RequestParam(name = "status", required = false) @Nullable String status,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      @RequestParam(name = "plannedFrom", required = false) @Nullable String plannedFrom,
      @RequestParam(name = "plannedTo", required = false) @Nullable String plannedTo,
      @RequestParam(name = "round", required = false) @Nullable String round,
      @RequestParam(name = "page", required = false) @Nullable Integer page,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "sort", required = false) @Nullable String sort) {
    Errors errors = errors("filter");
    Set<DeliveryStatus> statuses =
        Inputs.optional(errors, "status", status, DeliveryInputs::statuses);
    CustomerId customerId =
        Inputs.optional(
            errors, "customer", customer, t -> DeliveryInputs.customer(customers, company, t));
    LocalDate from = Inputs.optional(errors, "plannedFrom", plannedFrom, DeliveryInputs::date);
    LocalDate to = Inputs.optional(errors, "plannedTo", plannedTo, DeliveryInputs::date);
    PageQuery query = null;
    try {
      query =
          PageQuery.of(
              page,
              size,
              sort,
              List.copyOf(DeliveryPages.SORTS.keySet()),
              DeliveryPages.DEFAULT_SORT + ",desc");
    } catch (InvalidValue e) {
      Inputs.reject(errors, "sort", e);
    }
    Inputs.check(errors);
    String roundName = DeliveryInputs.clean(round);
    var filter =
        new DeliveryPages.Filter(
            statuses == null ? Set.of() : statuses,
            customerId,
            from,
            to,
            roundName == null || roundName.length() <= 60 ? roundName : roundName.substring(0, 60));
    var result = pages.page(company, filter, query);
    return new ApiPage<>(
        result.content().stream().map(DeliveryApiBodies::row).toList(),
        result.page(),
        result.size(),
        result.totalElements());
  }

  /** A delivery note with its lines; its {@code ETag} is its version. */
  @GetMapping("/api/v1/deliveries/{id}")
  ResponseEntity<DeliveryResponse> get(CompanyId company, @PathVariable("id") DeliveryId id) {
    DeliveryView d = deliveries.get(company, id);
    return ResponseEntity.ok().eTag(etag(d)).body(DeliveryApiBodies.response(d));
  }

  /** Prepares a draft from orders of one customer; 201 with {@code Location}. */
  @PostMapping("/api/v1/deliveries")
  ResponseEntity<DeliveryResponse> create(
      CompanyId company, @RequestBody(required = false) @Nullable CreateRequest body) {
    Errors errors = errors("delivery");
    List<OrderId> ids = new ArrayList<>();
    List<String> texts = body == null || body.orders() == null ? List.of() : body.orders();
    if (texts.isEmpty()) {
      errors.rejectValue("orders", "error.delivery.no-order");
    }
    if (texts.size() > MAX_ORDERS) {
      errors.rejectValue(
          "orders", "error.delivery.input.too-many-orders", new Object[] {MAX_ORDERS}, null);
      texts = List.of();
    }
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i) == null ? "" : texts.get(i);
      UUID uuid = DeliveryInputs.uuid(text);
      if (uuid == null || orders.find(company, new OrderId(uuid)).isEmpty()) {
        errors.rejectValue(
            "orders[" + i + "]",
            "error.delivery.input.order-unknown",
            new Object[] {DeliveryInputs.shorten(text)},
            null);
      } else {
        ids.add(new OrderId(uuid));
      }
    }
    LocalDate planned =
        Inputs.optional(
            errors, "plannedOn", body == null ? null : body.plannedOn(), DeliveryInputs::date);
    Inputs.check(errors);
    DeliveryId id = rejecting(() -> deliveries.prepare(company, ids, planned));
    DeliveryView d = deliveries.get(company, id);
    return ResponseEntity.created(URI.create("/api/v1/deliveries/" + id))
        .eTag(etag(d))
        .body(DeliveryApiBodies.response(d));
  }

  /** Changes a draft as of its version. */
  @PutMapping("/api/v1/deliveries/{id}")
  ResponseEntity<DeliveryResponse> update(
      CompanyId company,
      @PathVariable("id") DeliveryId id,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @RequestBody(required = false) @Nullable UpdateRequest body) {
    DeliveryView before = deliveries.get(company, id);
    UpdateRequest r =
        body == null ? new UpdateRequest(null, null, null, null, null, null, null) : body;
    Errors errors = errors("delivery");
    int version = version(errors, r.version(), ifMatch);
    LocalDate planned = Inputs.optional(errors, "plannedOn", r.plannedOn(), DeliveryInputs::date);
    Transport transport =
        Inputs.optional(errors, "transport", r.transport(), DeliveryInputs::transport);
    List<DeliveryDraft.LineDraft> lines = lines(company, before, r.lines(), errors);
    Inputs.check(errors);
    DeliveryDraft draft =
        rejecting(
            () ->
                new DeliveryDraft(
                    planned == null ? before.plannedOn() : planned,
                    transport == null ? before.transport() : transport,
                    r.carrier() == null ? before.carrier() : r.carrier(),
                    r.roundName() == null ? before.roundName() : r.roundName(),
                    r.notes() == null ? before.notes() : r.notes(),
                    lines));
    rejecting(
        () -> {
          deliveries.update(company, id, version, draft);
          return true;
        });
    DeliveryView d = deliveries.get(company, id);
    return ResponseEntity.ok().eTag(etag(d)).body(DeliveryApiBodies.response(d));
  }

  /**
   * Validates a draft as of its version: numbered, stock moved, the orders' delivered quantities
   * recorded, backorders announced (expected on {@code backorderExpectedOn}).
   */
  @PostMapping("/api/v1/deliveries/{id}/validate")
  ResponseEntity<DeliveryResponse> validate(
      CompanyId company,
      @PathVariable("id") DeliveryId id,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @RequestBody(required = false) @Nullable ValidateRequest body) {
    deliveries.get(company, id);
    Errors errors = errors("delivery");
    int version = version(errors, body == null ? null : body.version(), ifMatch);
    LocalDate expected =
        Inputs.optional(
            errors,
            "backorderExpectedOn",
            body == null ? null : body.backorderExpectedOn(),
            DeliveryInputs::date);
    Inputs.check(errors);
    rejecting(() -> deliveries.validate(company, id, version, expected));
    DeliveryView d = deliveries.get(company, id);
    return ResponseEntity.ok().eTag(etag(d)).body(DeliveryApiBodies.response(d));
  }

  /** Cancels a draft as of its version, with its reason. */
  @PostMapping("/api/v1/deliveries/{id}/cancel")
  ResponseEntity<DeliveryResponse> cancel(
      CompanyId company,
      @PathVariable("id") DeliveryId id,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @RequestBody(required = false) @Nullable CancelRequest body) {
    deliveries.get(company, id);
    Errors errors = errors("delivery");
    int version = version(errors, body == null ? null : body.version(), ifMatch);
    Inputs.check(errors);
    String reason = body == null || body.reason() == null ? "" : body.reason();
    rejecting(
        () -> {
          deliveries.cancel(company, id, version, reason);
          return true;
        });
    DeliveryView d = deliveries.get(company, id);
    return ResponseEntity.ok().eTag(etag(d)).body(DeliveryApiBodies.response(d));
  }

  /**
   * The orders waiting for goods (confirmed or partly delivered), oldest first, each with its lines
   * left to deliver and the date its backorder is expected; of one {@code customer} (id or code).
   */
  @GetMapping("/api/v1/deliveries/to-deliver")
  List<ToDeliverOrder> toDeliver(
      CompanyId company,
      @RequestParam(name = "customer", required = false) @Nullable String customer) {
    Errors errors = errors("filter");
    CustomerId customerId =
        Inputs.optional(
            errors, "customer", customer, t -> DeliveryInputs.customer(customers, company, t));
    Inputs.check(errors);
    List<ToDeliverOrder> out = new ArrayList<>();
    for (OrderView o : orders.toDeliver(company, customerId)) {
      LocalDate expected =
          deliveries.ofOrder(company, o.id()).stream()
              .filter(d -> d.status().shipped() && d.shippedOn() != null)
              .max(
                  Comparator.comparing(DeliveryView::shippedOn)
                      .thenComparing(DeliveryView::createdAt))
              .map(DeliveryView::backorderExpectedOn)
              .orElse(null);
      out.add(DeliveryApiBodies.toDeliver(o, expected));
    }
    return out;
  }

  /** The delivery notes of an order (drafts and cancelled ones included), oldest first. */
  @GetMapping("/api/v1/orders/{id}/deliveries")
  List<DeliveryResponse> ofOrder(CompanyId company, @PathVariable("id") OrderId id) {
    orders.get(company, id);
    return deliveries.ofOrder(company, id).stream().map(DeliveryApiBodies::response).toList();
  }

  // ---------------------------------------------------------------- helpers

  private List<DeliveryDraft.LineDraft> lines(
      CompanyId company, DeliveryView before, @Nullable List<LineRequest> requests, Errors errors) {
    if (requests == null) {
      return List.of();
    }
    if (requests.size() > before.lines().size()) {
      errors.rejectValue(
          "lines",
          "error.delivery.input.too-many-lines",
          new Object[] {before.lines().size()},
          null);
      return List.of();
    }
    List<DeliveryDraft.LineDraft> out = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      String path = "lines[" + i + "]";
      LineRequest r = requests.get(i);
      if (r == null) {
        errors.rejectValue(path, "error.required");
        continue;
      }
      DeliveryLine line = line(before, r);
      if (line == null) {
        String given = DeliveryInputs.clean(r.id()) != null ? r.id() : r.orderLine();
        if (DeliveryInputs.clean(given) == null) {
          errors.rejectValue(path + ".id", "error.required");
        } else {
          errors.rejectValue(
              path + ".id",
              "error.delivery.input.line-unknown",
              new Object[] {DeliveryInputs.shorten(given)},
              null);
        }
        continue;
      }
      BigDecimal quantity =
          Inputs.optional(errors, path + ".quantity", r.quantity(), DeliveryInputs::decimal);
      List<DeliveryDraft.LotPick> lots = null;
      if (r.lots() != null && r.lots().size() > MAX_LOTS) {
        errors.rejectValue(
            path + ".lots", "error.delivery.input.too-many-lots", new Object[] {MAX_LOTS}, null);
      } else if (r.lots() != null) {
        lots = new ArrayList<>();
        for (int j = 0; j < r.lots().size(); j++) {
          String lotPath = path + ".lots[" + j + "]";
          LotRequest l = r.lots().get(j);
          if (l == null) {
            errors.rejectValue(lotPath, "error.required");
            continue;
          }
          Lot lot = Inputs.required(errors, lotPath + ".lot", l.lot(), t -> lot(company, t));
          BigDecimal q =
              Inputs.required(errors, lotPath + ".quantity", l.quantity(), DeliveryInputs::decimal);
          if (lot != null && q != null) {
            try {
              lots.add(new DeliveryDraft.LotPick(lot.id(), new Quantity(q)));
            } catch (InvalidValue e) {
              Inputs.reject(errors, lotPath + ".quantity", e);
            }
          }
        }
      }
      try {
        out.add(
            new DeliveryDraft.LineDraft(
                line.orderLine(),
                quantity == null ? line.quantity() : new Quantity(quantity),
                r.overDelivery() == null ? line.overDelivery() : r.overDelivery(),
                lots));
      } catch (InvalidValue e) {
        Inputs.reject(errors, path + ".quantity", e);
      }
    }
    return out;
  }

  private static @Nullable DeliveryLine line(DeliveryView d, LineRequest r) {
    UUID id = DeliveryInputs.uuid(r.id());
    UUID orderLine = DeliveryInputs.uuid(r.orderLine());
    for (DeliveryLine l : d.lines()) {
      if (id != null && l.id().value().equals(id)) {
        return l;
      }
      if (id == null && orderLine != null && l.orderLine().equals(new SalesLineId(orderLine))) {
        return l;
      }
    }
    return null;
  }

  /** The lot of the company with this number or id; {@code delivery.input.lot-unknown}. */
  private Lot lot(CompanyId company, String text) {
    UUID uuid = DeliveryInputs.uuid(text);
    if (uuid != null) {
      try {
        return stock.lot(company, new LotId(uuid));
      } catch (ResourceNotFound e) {
        // perhaps a lot number that looks like an id: below
      }
    }
    if (text.strip().length() <= 40) {
      var byNumber = stock.lotByNumber(company, text);
      if (byNumber.isPresent()) {
        return byNumber.get();
      }
    }
    throw new InvalidValue(
        "delivery.input.lot-unknown", "no lot " + text, DeliveryInputs.shorten(text));
  }

  /** The version of the body, else of {@code If-Match}; a "required" error when neither. */
  private static int version(Errors errors, @Nullable Integer version, @Nullable String ifMatch) {
    if (version != null) {
      return version;
    }
    if (ifMatch != null) {
      String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        errors.rejectValue("version", "error.delivery.input.version");
        return -1;
      }
    }
    errors.rejectValue("version", "error.required");
    return -1;
  }

  private static String etag(DeliveryView d) {
    return "\"" + d.version() + "\"";
  }

  private static Errors errors(String name) {
    return new MapBindingResult(new HashMap<String, Object>(), name);
  }

  /** Runs a change; a rule it breaks becomes a field error of the problem document. */
  private static <T> T rejecting(Supplier<T> change) {
    try {
      return change.get();
    } catch (InvalidValue e) {
      Errors errors = errors("delivery");
      Inputs.reject(errors, DeliveryApiBodies.fieldOf(e.code()), e);
      throw new InputRejected(errors);
    }
  }
}
