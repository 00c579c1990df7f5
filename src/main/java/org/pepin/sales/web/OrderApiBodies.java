package org.pepin.sales.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.Products;
import org.pepin.customers.CustomerId;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Inputs;
import org.pepin.platform.UserId;
import org.pepin.sales.DownPayment;
import org.pepin.sales.DownPaymentKind;
import org.pepin.sales.LineDraft;
import org.pepin.sales.LineType;
import org.pepin.sales.OrderDraft;
import org.pepin.sales.SalesLine;
import org.pepin.sales.web.SalesApiAmounts.PricedLine;
import org.pepin.sales.web.SalesApiAmounts.TotalsResponse;
import org.pepin.sales.web.SalesApiLines.Amounts;
import org.pepin.sales.web.SalesApiLines.DownPaymentRequest;
import org.pepin.sales.web.SalesApiLines.LineFields;
import org.pepin.sales.web.SalesApiLines.Numbers;
import org.pepin.sales.web.SalesApiLines.Terms;
import org.pepin.sales.web.SalesApiLines.TermsFields;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.springframework.validation.Errors;

/**
 * The JSON bodies of the order API: requests as text (numbers may be JSON numbers or French text),
 * turned into an {@link OrderDraft} with one error per rejected field ({@code lines[2].quantity}),
 * and the answers.
 */
final class OrderApiBodies {

  /** The largest quantity and unit price a line takes (the amounts fit their columns). */
  static final BigDecimal MAX_QUANTITY = new BigDecimal("9999999");

  static final BigDecimal MAX_PRICE = new BigDecimal("99999999");

  /** Numbers as the order screens write them, quantities and prices within their columns. */
  static final Numbers NUMBERS = new Numbers(OrderInputs::decimal, MAX_QUANTITY, MAX_PRICE);

  private OrderApiBodies() {}

  // ---------------------------------------------------------------- requests

  /**
   * A line: {@code type} PRODUCT (default when {@code product} is given), FREE, SECTION or NOTE.
   *
   * @param product the product's code or id
   * @param discounts successive manual discounts in %, at most 3
   * @param kind GOODS or SERVICE, for a free line
   */
  record LineRequest(
      @Nullable String type,
      @Nullable String product,
      @Nullable String designation,
      @Nullable String quantity,
      @Nullable String unitPrice,
      @Nullable Boolean priceIncludesVat,
      @Nullable List<String> discounts,
      @Nullable String vatRate,
      @Nullable String kind)
      implements LineFields {}

  /**
   * An order to create, amend or price.
   *
   * @param version for an amendment: the version read
   * @param customer the customer's id or code
   * @param salesRep a member's user id; the customer's when left out
   * @param deliveryAddress the label of one of the customer's delivery addresses
   * @param paymentTerms a code such as {@code D30} or {@code DEOM45}; the customer's when left out
   * @param reason for an amendment of a confirmed order: why (recorded with the revision)
   * @param confirm on creation: confirm at once (number, credit check)
   */
  record OrderRequest(
      @Nullable Integer version,
      @Nullable String customer,
      @Nullable String customerReference,
      @Nullable String commitmentNumber,
      @Nullable String requestedDelivery,
      @Nullable String salesRep,
      @Nullable String deliveryAddress,
      @Nullable String paymentTerms,
      @Nullable DownPaymentRequest downPayment,
      @Nullable String discountPercent,
      @Nullable String discountAmount,
      @Nullable String introduction,
      @Nullable String notes,
      @Nullable List<LineRequest> lines,
      @Nullable String reason,
      @Nullable Boolean confirm)
      implements TermsFields {}

  /** The version read, for a confirmation. */
  record VersionRequest(@Nullable Integer version) {}

  /** A manager's decision to release a held order. */
  /**
   * A manager's decision on a held order; {@code version}, when given, must be the order's (409
   * otherwise: it was amended since).
   */
  record ReleaseRequest(@Nullable String note, @Nullable Integer version) {}

  /**
   * The draft of a request, or {@code null} with the errors recorded.
   *
   * @param customerFixed the order's customer (amendment) when the request names none
   */
  static @Nullable OrderDraft draft(
      OrderRequest r,
      CompanyId company,
      Customers customers,
      Products products,
      Errors errors,
      @Nullable CustomerId customerFixed) {
    CustomerId customer =
        OrderInputs.clean(r.customer()) == null
            ? customerFixed
            : Inputs.optional(
                errors, "customer", r.customer(), t -> OrderInputs.customer(customers, company, t));
    if (customer == null && OrderInputs.clean(r.customer()) == null) {
      errors.rejectValue("customer", "error.required");
    }
    LocalDate requested =
        Inputs.optional(errors, "requestedDelivery", r.requestedDelivery(), OrderInputs::date);
    UserId rep = Inputs.optional(errors, "salesRep", r.salesRep(), OrderInputs::user);
    Terms terms = SalesApiLines.terms(r, NUMBERS, errors, OrderApiBodies::downPayment);
    List<LineDraft> lines =
        SalesApiLines.lines(
            r.lines(), errors, (line, path) -> line(line, path, company, products, errors));
    if (lines == null || errors.hasErrors() || customer == null) {
      return null;
    }
    try {
      return new OrderDraft(
          customer, r.customerReference(), r.commitmentNumber(), requested, rep, terms.with(lines));
    } catch (InvalidValue e) {
      Inputs.reject(errors, fieldOf(e.code()), e);
      return null;
    }
  }

  private static @Nullable DownPayment downPayment(@Nullable DownPaymentRequest r, Errors errors) {
    if (r == null
        || (OrderInputs.clean(r.kind()) == null
            && OrderInputs.clean(r.percent()) == null
            && OrderInputs.clean(r.amount()) == null)) {
      return null;
    }
    DownPaymentKind kind =
        OrderInputs.clean(r.kind()) == null
            ? DownPaymentKind.ACOMPTE
            : Inputs.optional(
                errors,
                "downPayment.kind",
                r.kind(),
                t ->
                    known(
                        SalesApiLines.enumOf(DownPaymentKind.class, t),
                        "sales.input.down-payment-kind",
                        "ACOMPTE or ARRHES",
                        t));
    if (OrderInputs.clean(r.percent()) != null && OrderInputs.clean(r.amount()) != null) {
      errors.rejectValue("downPayment", "error.sales.down-payment.one");
      return null;
    }
    if (OrderInputs.clean(r.amount()) != null) {
      Money amount = Inputs.required(errors, "downPayment.amount", r.amount(), NUMBERS::amount);
      if (kind == null || amount == null) {
        return null;
      }
      try {
        return DownPayment.ofAmount(kind, amount);
      } catch (InvalidValue e) {
        Inputs.reject(errors, "downPayment.amount", e);
        return null;
      }
    }
    Percentage percent =
        Inputs.required(errors, "downPayment.percent", r.percent(), NUMBERS::percentage);
    if (kind == null || percent == null) {
      return null;
    }
    try {
      return new DownPayment(kind, percent);
    } catch (InvalidValue e) {
      Inputs.reject(errors, "downPayment.percent", e);
      return null;
    }
  }

  private static @Nullable LineDraft line(
      LineRequest r, String path, CompanyId company, Products products, Errors errors) {
    LineType type;
    String typeText = OrderInputs.clean(r.type());
    if (typeText == null) {
      type = OrderInputs.clean(r.product()) != null ? LineType.PRODUCT : LineType.FREE;
    } else {
      type = SalesApiLines.enumOf(LineType.class, typeText);
      if (type == null) {
        Inputs.reject(
            errors,
            path + ".type",
            new InvalidValue("sales.input.line-type", "bad type", OrderInputs.shorten(typeText)));
        return null;
      }
    }
    ProductId product =
        Inputs.optional(errors, path + ".product", r.product(), t -> product(products, company, t));
    Amounts amounts = SalesApiLines.amounts(r, path, NUMBERS, errors);
    LineKind kind =
        Inputs.optional(
            errors,
            path + ".kind",
            r.kind(),
            t ->
                known(
                    SalesApiLines.enumOf(LineKind.class, t),
                    "sales.input.line-kind",
                    "GOODS or SERVICE",
                    t));
    if (r.discounts() != null && r.discounts().size() > LineDraft.MAX_DISCOUNTS) {
      errors.rejectValue(path + ".discounts", "error.sales.line.too-many-discounts");
      return null;
    }
    List<Percentage> discounts =
        SalesApiLines.discounts(r.discounts(), path, NUMBERS, errors, true);
    if (errors.hasErrors()) {
      return null;
    }
    return SalesApiLines.draft(
        r, path, type, product, amounts, discounts, kind, "discounts", errors);
  }

  /** The value named, or {@code code} quoting the text. */
  private static <E> E known(@Nullable E value, String code, String message, String text) {
    if (value == null) {
      throw new InvalidValue(code, message, OrderInputs.shorten(text));
    }
    return value;
  }

  static ProductId product(Products products, CompanyId company, String text) {
    String t = text.strip();
    UUID uuid = OrderInputs.uuid(t);
    java.util.Optional<Product> found =
        uuid != null
            ? products.find(company, new ProductId(uuid))
            : t.length() > 30 ? java.util.Optional.empty() : products.findByCode(company, t);
    return found
        .map(Product::id)
        .orElseThrow(
            () ->
                new InvalidValue(
                    "sales.input.product-unknown", "no product " + t, OrderInputs.shorten(t)));
  }

  /** The field of the body an error code of the order or its service is about, if one. */
  static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "sales.order.commitment-required" -> "commitmentNumber";
      case "sales.order.reference-length" -> "customerReference";
      case "sales.order.customer-fixed", "sales.order.customer-inactive" -> "customer";
      case "sales.discount-negative" -> "discountPercent";
      case "sales.order.no-lines" -> "lines";
      case "sales.reason-required" -> "reason";
      default -> SalesApiLines.termsField(code);
    };
  }

  // ---------------------------------------------------------------- answers

  /** An order in a list. */
  record OrderRowResponse(
      UUID id,
      @Nullable String number,
      UUID customer,
      String customerCode,
      String customerName,
      @Nullable UUID salesRep,
      String status,
      LocalDate date,
      @Nullable LocalDate requestedDelivery,
      @Nullable String customerReference,
      BigDecimal totalNet,
      BigDecimal totalGross,
      BigDecimal downPaymentDue) {}

  /** The customer as the order froze it. */
  record CustomerResponse(UUID id, String code, String name, String kind) {}

  /** A delivery address: its label and lines. */
  record AddressResponse(String label, List<String> lines) {}

  /** The terms-of-sale version of the order. */
  record TermsResponse(UUID id, int number, LocalDate appliesFrom) {}

  /** A line with its amounts and quantities. */
  record LineResponse(
      @Nullable UUID id,
      int position,
      String type,
      @Nullable UUID product,
      @Nullable String productCode,
      String designation,
      @Nullable BigDecimal quantity,
      @Nullable String unit,
      @Nullable BigDecimal unitPrice,
      boolean priceIncludesVat,
      boolean priceOverridden,
      List<BigDecimal> listDiscounts,
      List<BigDecimal> manualDiscounts,
      @Nullable BigDecimal vatRate,
      @Nullable String kind,
      @Nullable BigDecimal netUnitPrice,
      @Nullable BigDecimal net,
      @Nullable BigDecimal base,
      BigDecimal delivered,
      BigDecimal invoiced,
      BigDecimal cancelled,
      @Nullable String cancelReason,
      BigDecimal remaining,
      @Nullable BigDecimal margin) {}

  /** The lines with their amounts; ids only for saved lines (not for a preview). */
  static List<LineResponse> lines(
      List<SalesLine> lines, DocumentTotals.Result totals, boolean margin, boolean saved) {
    return SalesApiAmounts.priced(lines, totals).stream().map(p -> line(p, margin, saved)).toList();
  }

  static LineResponse line(PricedLine p, boolean margin, boolean saved) {
    SalesLine l = p.line();
    DocumentTotals.LineResult amounts = p.amounts();
    return new LineResponse(
        saved ? l.id().value() : null,
        l.position(),
        l.type().name(),
        SalesApiAmounts.uuid(l.product()),
        l.productCode(),
        l.designation(),
        l.quantity() == null ? null : l.quantity().value(),
        l.unit(),
        l.unitPrice() == null ? null : l.unitPrice().value(),
        l.priceIncludesVat(),
        l.priceOverridden(),
        SalesApiAmounts.percents(l.listDiscounts()),
        SalesApiAmounts.percents(l.manualDiscounts()),
        l.vatRate() == null ? null : l.vatRate().percent(),
        l.kind() == null ? null : l.kind().name(),
        amounts == null ? null : amounts.netUnitPrice().value(),
        amounts == null ? null : amounts.net().amount(),
        amounts == null ? null : amounts.base().amount(),
        l.delivered().value(),
        l.invoiced().value(),
        l.cancelled().value(),
        l.cancelReason(),
        l.type().priced() ? l.remainingToDeliver().value() : BigDecimal.ZERO,
        p.margin(margin));
  }

  /** A down payment asked by the order. */
  record DownPaymentResponse(
      UUID id,
      String kind,
      @Nullable BigDecimal percent,
      @Nullable BigDecimal amount,
      TotalsResponse amounts,
      String status,
      @Nullable String invoiceNumber,
      BigDecimal paid,
      BigDecimal due,
      Instant requestedAt) {}

  /** The down payment the order's terms ask for. */
  record DownPaymentTermsResponse(
      String kind, @Nullable BigDecimal percent, @Nullable BigDecimal amount) {}

  /** An order with its lines, totals per rate and down payments. */
  record OrderResponse(
      UUID id,
      int version,
      @Nullable String number,
      String status,
      @Nullable String statusReason,
      List<String> statusArgs,
      @Nullable String statusText,
      int revision,
      LocalDate date,
      LocalDate pricingDate,
      CustomerResponse customer,
      @Nullable UUID salesRep,
      @Nullable UUID quote,
      @Nullable UUID quoteRevision,
      @Nullable String quoteReference,
      @Nullable String customerReference,
      @Nullable String commitmentNumber,
      @Nullable LocalDate requestedDelivery,
      @Nullable AddressResponse deliveryAddress,
      @Nullable String paymentTerms,
      @Nullable String paymentTermsLabel,
      boolean pricesIncludeVat,
      @Nullable DownPaymentTermsResponse downPayment,
      @Nullable BigDecimal discountPercent,
      @Nullable BigDecimal discountAmount,
      @Nullable TermsResponse termsOfSale,
      @Nullable String notes,
      List<LineResponse> lines,
      TotalsResponse totals,
      List<DownPaymentResponse> downPayments,
      BigDecimal downPaymentDue,
      BigDecimal downPaymentPaid,
      @Nullable LocalDate withdrawalUntil,
      boolean earlyStartRequested,
      @Nullable Instant confirmedAt,
      Instant createdAt,
      Instant updatedAt) {}

  /** A warning on a line of a preview, with its text. */
  record WarningResponse(int position, String code, String message) {}

  /** An order priced without being saved. */
  record PreviewResponse(
      List<LineResponse> lines,
      TotalsResponse totals,
      List<WarningResponse> warnings,
      BigDecimal manualDiscountRate,
      @Nullable BigDecimal margin,
      @Nullable BigDecimal marginRate,
      @Nullable TotalsResponse downPayment) {}

  /** An amendment: the revision it closed with that revision's lines. */
  record AmendmentResponse(
      int revision,
      String reason,
      Instant at,
      @Nullable UUID by,
      @Nullable String byName,
      BigDecimal linesNet,
      List<LineResponse> lines) {}
}
