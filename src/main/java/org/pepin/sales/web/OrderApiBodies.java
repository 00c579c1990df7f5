package org.pepin.sales.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.pepin.sales.SalesTerms;
import org.pepin.sales.web.SalesApiAmounts.PricedLine;
import org.pepin.sales.web.SalesApiAmounts.TotalsResponse;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;
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
      @Nullable String kind) {}

  /** A down payment: ACOMPTE or ARRHES and a percentage of the total. */
  record DownPaymentRequest(@Nullable String kind, @Nullable String percent) {}

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
      @Nullable Boolean confirm) {}

  /** The version read, for a confirmation. */
  record VersionRequest(@Nullable Integer version) {}

  /** A manager's decision to release a held order. */
  record ReleaseRequest(@Nullable String note) {}

  /** The reason of a cancellation. */
  record CancelRequest(@Nullable String reason) {}

  /** Sending the confirmation: recipients (the customer's address by default), subject, text. */
  record SendBody(
      @Nullable List<String> to,
      @Nullable List<String> cc,
      @Nullable String subject,
      @Nullable String body) {}

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
    PaymentTerms terms =
        Inputs.optional(errors, "paymentTerms", r.paymentTerms(), t -> PaymentTerms.parse(t));
    DownPayment downPayment = downPayment(r.downPayment(), errors);
    Percentage discountPercent =
        Inputs.optional(
            errors,
            "discountPercent",
            r.discountPercent(),
            t -> new Percentage(OrderInputs.decimal(t)));
    Money discountAmount =
        Inputs.optional(
            errors,
            "discountAmount",
            r.discountAmount(),
            t -> new Money(limit(OrderInputs.decimal(t), MAX_PRICE)));
    List<LineDraft> lines = new ArrayList<>();
    List<LineRequest> requested0 = r.lines() == null ? List.of() : r.lines();
    if (requested0.size() > SalesTerms.MAX_LINES) {
      errors.rejectValue(
          "lines",
          "error.sales.too-many-lines",
          new Object[] {SalesTerms.MAX_LINES},
          "too many lines");
      return null;
    }
    for (int i = 0; i < requested0.size(); i++) {
      LineDraft line = line(requested0.get(i), "lines[" + i + "]", company, products, errors);
      if (line != null) {
        lines.add(line);
      }
    }
    if (errors.hasErrors() || customer == null) {
      return null;
    }
    try {
      SalesTerms salesTerms =
          new SalesTerms(
              r.deliveryAddress(),
              terms,
              downPayment,
              discountPercent,
              discountAmount,
              r.introduction(),
              r.notes(),
              lines);
      return new OrderDraft(
          customer, r.customerReference(), r.commitmentNumber(), requested, rep, salesTerms);
    } catch (InvalidValue e) {
      Inputs.reject(errors, fieldOf(e.code()), e);
      return null;
    }
  }

  private static @Nullable DownPayment downPayment(@Nullable DownPaymentRequest r, Errors errors) {
    if (r == null
        || (OrderInputs.clean(r.kind()) == null && OrderInputs.clean(r.percent()) == null)) {
      return null;
    }
    DownPaymentKind kind =
        OrderInputs.clean(r.kind()) == null
            ? DownPaymentKind.ACOMPTE
            : Inputs.optional(
                errors,
                "downPayment.kind",
                r.kind(),
                t -> {
                  try {
                    return DownPaymentKind.valueOf(t.toUpperCase(Locale.ROOT));
                  } catch (IllegalArgumentException e) {
                    throw new InvalidValue(
                        "sales.input.down-payment-kind",
                        "ACOMPTE or ARRHES",
                        OrderInputs.shorten(t));
                  }
                });
    Percentage percent =
        Inputs.required(
            errors,
            "downPayment.percent",
            r.percent(),
            t -> new Percentage(OrderInputs.decimal(t)));
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
    if (r == null) {
      errors.rejectValue(path, "error.required");
      return null;
    }
    LineType type;
    String typeText = OrderInputs.clean(r.type());
    if (typeText == null) {
      type = OrderInputs.clean(r.product()) != null ? LineType.PRODUCT : LineType.FREE;
    } else {
      try {
        type = LineType.valueOf(typeText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        Inputs.reject(
            errors,
            path + ".type",
            new InvalidValue("sales.input.line-type", "bad type", OrderInputs.shorten(typeText)));
        return null;
      }
    }
    ProductId product =
        Inputs.optional(errors, path + ".product", r.product(), t -> product(products, company, t));
    Quantity quantity =
        Inputs.optional(
            errors,
            path + ".quantity",
            r.quantity(),
            t -> new Quantity(limit(OrderInputs.decimal(t), MAX_QUANTITY)));
    UnitPrice price =
        Inputs.optional(
            errors,
            path + ".unitPrice",
            r.unitPrice(),
            t -> new UnitPrice(limit(OrderInputs.decimal(t), MAX_PRICE)));
    VatRate rate =
        Inputs.optional(
            errors, path + ".vatRate", r.vatRate(), t -> new VatRate(OrderInputs.decimal(t)));
    DocumentTotals.LineKind kind =
        Inputs.optional(
            errors,
            path + ".kind",
            r.kind(),
            t -> {
              try {
                return DocumentTotals.LineKind.valueOf(t.toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                throw new InvalidValue(
                    "sales.input.line-kind", "GOODS or SERVICE", OrderInputs.shorten(t));
              }
            });
    List<Percentage> discounts = new ArrayList<>();
    List<String> discountTexts = r.discounts() == null ? List.of() : r.discounts();
    if (discountTexts.size() > LineDraft.MAX_DISCOUNTS) {
      errors.rejectValue(path + ".discounts", "error.sales.line.too-many-discounts");
      return null;
    }
    for (int d = 0; d < discountTexts.size(); d++) {
      String text = discountTexts.get(d);
      Percentage p =
          Inputs.required(
              errors,
              path + ".discounts[" + d + "]",
              text,
              t -> new Percentage(OrderInputs.decimal(t)));
      if (p != null) {
        discounts.add(p);
      }
    }
    if (errors.hasErrors()) {
      return null;
    }
    try {
      return new LineDraft(
          type,
          product,
          r.designation(),
          quantity,
          price,
          r.priceIncludesVat(),
          discounts,
          rate,
          kind);
    } catch (InvalidValue e) {
      Inputs.reject(errors, path + "." + lineField(e.code()), e);
      return null;
    }
  }

  private static BigDecimal limit(BigDecimal value, BigDecimal max) {
    if (value.abs().compareTo(max) > 0) {
      throw new InvalidValue("sales.input.too-large", "too large", max.toPlainString());
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

  /** The field of a line an error code of {@link LineDraft} is about. */
  static String lineField(String code) {
    return switch (code) {
      case "sales.line.product-required" -> "product";
      case "sales.line.designation-required", "sales.line.designation-length" -> "designation";
      case "sales.line.quantity-positive" -> "quantity";
      case "sales.line.price-required", "sales.line.price-negative" -> "unitPrice";
      case "sales.line.rate-required" -> "vatRate";
      default -> "discounts";
    };
  }

  /** The field of the body an error code of the order or its service is about, if one. */
  static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "sales.order.commitment-required" -> "commitmentNumber";
      case "sales.order.reference-length" -> "customerReference";
      case "sales.order.customer-fixed", "sales.order.customer-inactive" -> "customer";
      case "sales.delivery-address-unknown" -> "deliveryAddress";
      case "sales.discount-both", "sales.discount-range", "sales.discount-negative" ->
          "discountPercent";
      case "sales.down-payment.range" -> "downPayment.percent";
      case "sales.text-length" -> "notes";
      case "sales.too-many-lines", "sales.order.no-lines" -> "lines";
      case "sales.reason-required" -> "reason";
      default -> null;
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
        l.type().priced() ? l.remainingToDeliver().value() : BigDecimal.ZERO,
        p.margin(margin));
  }

  /** A down payment asked by the order. */
  record DownPaymentResponse(
      UUID id,
      String kind,
      BigDecimal percent,
      TotalsResponse amounts,
      String status,
      @Nullable String invoiceNumber,
      BigDecimal paid,
      BigDecimal due,
      Instant requestedAt) {}

  /** The down payment the order's terms ask for. */
  record DownPaymentTermsResponse(String kind, BigDecimal percent) {}

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
