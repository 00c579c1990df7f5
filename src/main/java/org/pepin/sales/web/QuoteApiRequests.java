package org.pepin.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.Products;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Inputs;
import org.pepin.platform.Members;
import org.pepin.platform.UserId;
import org.pepin.sales.DownPayment;
import org.pepin.sales.DownPaymentKind;
import org.pepin.sales.LineDraft;
import org.pepin.sales.LineType;
import org.pepin.sales.QuoteDraft;
import org.pepin.sales.SalesTerms;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;
import org.springframework.validation.Errors;

/**
 * The bodies the quote API receives, and their reading into the module's drafts. Decimals are JSON
 * numbers or texts ({@code 1.5} or {@code "1,5"}); dates are ISO ({@code 2026-12-29}) or French
 * ({@code 29/12/2026}). Every field is checked and every error recorded against its path ({@code
 * lines[2].quantity}), so that one answer lists them all and nothing is saved.
 */
final class QuoteApiRequests {

  private QuoteApiRequests() {}

  /**
   * A quote with its lines (create, change, preview).
   *
   * @param version the version read, required to change a quote (409 if it changed since)
   * @param customer the customer's id, or
   * @param customerCode its code ({@code C0009})
   * @param validUntil end of validity; the company's default (30 days) when left out
   * @param salesRep a member's user id; the customer's representative when left out
   * @param deliveryAddress the label of one of the customer's delivery addresses
   * @param paymentTerms a terms code ({@code D30}, {@code DEOM45}); the customer's when left out
   * @param downPayment {@code {kind: ACOMPTE|ARRHES, percent}}
   * @param discountPercent a discount on the whole document, or
   * @param discountAmount an amount off it excl. VAT
   * @param lines the lines, in order
   */
  record QuoteRequest(
      @Nullable Integer version,
      @Nullable String customer,
      @Nullable String customerCode,
      @Nullable String validUntil,
      @Nullable String deliveryLeadTime,
      @Nullable String salesRep,
      @Nullable String deliveryAddress,
      @Nullable String paymentTerms,
      @Nullable DownPaymentRequest downPayment,
      @Nullable String discountPercent,
      @Nullable String discountAmount,
      @Nullable String introduction,
      @Nullable String notes,
      @Nullable List<LineRequest> lines) {}

  record DownPaymentRequest(@Nullable String kind, @Nullable String percent) {}

  /**
   * One line. {@code type} is {@code PRODUCT} (by {@code product} id or {@code productCode}),
   * {@code FREE} (designation, quantity, unitPrice, vatRate, kind GOODS or SERVICE), {@code
   * SECTION} or {@code NOTE} (designation only); left out, it is PRODUCT when a product is named,
   * FREE when a price is given.
   *
   * @param unitPrice for a product line, a price replacing the catalogue's (in the list's basis)
   * @param discounts successive manual discounts in %, at most 3
   */
  record LineRequest(
      @Nullable String type,
      @Nullable String product,
      @Nullable String productCode,
      @Nullable String designation,
      @Nullable String quantity,
      @Nullable String unitPrice,
      @Nullable Boolean priceIncludesVat,
      @Nullable List<String> discounts,
      @Nullable String vatRate,
      @Nullable String kind) {}

  /** Sending: recipients (the customer's address when left out), subject and text. */
  record SendBody(
      @Nullable List<String> to,
      @Nullable List<String> cc,
      @Nullable String subject,
      @Nullable String body) {}

  /**
   * An answer recorded by hand (a signed paper, a phone call).
   *
   * @param revision the revision answered; the current one when left out
   * @param signerName the name with « bon pour accord » (required to accept)
   * @param reason the reason of a refusal
   * @param earlyStartRequested a consumer's express request to start within the withdrawal period
   */
  record AnswerBody(
      @Nullable String revision,
      @Nullable String signerName,
      @Nullable String reason,
      @Nullable Boolean earlyStartRequested) {}

  record ReasonBody(@Nullable String reason) {}

  /** What reading a body needs from the other modules. */
  record Lookups(CompanyId company, Customers customers, Products products, Members members) {}

  /** The draft of the body; {@code null} if a field is rejected (then recorded in errors). */
  static @Nullable QuoteDraft draft(QuoteRequest body, Lookups lookups, Errors errors) {
    CustomerId customer = customer(body.customer(), body.customerCode(), lookups, errors);
    LocalDate validUntil = Inputs.optional(errors, "validUntil", body.validUntil(), Texts::date);
    UserId rep = salesRep(body.salesRep(), lookups, errors);
    PaymentTerms terms =
        Inputs.optional(errors, "paymentTerms", body.paymentTerms(), PaymentTerms::parse);
    DownPayment downPayment = downPayment(body.downPayment(), errors);
    Percentage discountPercent =
        Inputs.optional(
            errors,
            "discountPercent",
            body.discountPercent(),
            t -> new Percentage(Texts.decimal(t)));
    Money discountAmount =
        Inputs.optional(
            errors, "discountAmount", body.discountAmount(), t -> Money.of(Texts.decimal(t)));
    List<LineDraft> lines = new ArrayList<>();
    List<LineRequest> requests = body.lines() == null ? List.of() : body.lines();
    if (requests.size() > SalesTerms.MAX_LINES) {
      errors.rejectValue(
          "lines",
          "error.sales.too-many-lines",
          new Object[] {SalesTerms.MAX_LINES},
          "too many lines");
      return null;
    }
    for (int i = 0; i < requests.size(); i++) {
      LineDraft line = line("lines[" + i + "].", requests.get(i), lookups, errors);
      if (line != null) {
        lines.add(line);
      }
    }
    if (errors.hasErrors() || customer == null) {
      return null;
    }
    try {
      var salesTerms =
          new SalesTerms(
              body.deliveryAddress(),
              terms,
              downPayment,
              discountPercent,
              discountAmount,
              body.introduction(),
              body.notes(),
              lines);
      return new QuoteDraft(customer, validUntil, body.deliveryLeadTime(), rep, salesTerms);
    } catch (InvalidValue e) {
      Inputs.reject(errors, fieldOf(e.code()), e);
      return null;
    }
  }

  private static @Nullable CustomerId customer(
      @Nullable String id, @Nullable String code, Lookups lookups, Errors errors) {
    if ((id == null || id.isBlank()) && (code == null || code.isBlank())) {
      errors.rejectValue("customer", "error.sales.customer-required");
      return null;
    }
    if (id != null && !id.isBlank()) {
      UUID uuid = Texts.uuid(id);
      var found =
          uuid == null ? null : lookups.customers().find(lookups.company(), new CustomerId(uuid));
      if (found == null || found.isEmpty()) {
        errors.rejectValue(
            "customer", "error.sales.customer-unknown", new Object[] {Texts.shorten(id)}, null);
        return null;
      }
      return found.get().id();
    }
    var found = lookups.customers().findByCode(lookups.company(), code.strip());
    if (found.isEmpty()) {
      errors.rejectValue(
          "customerCode", "error.sales.customer-unknown", new Object[] {Texts.shorten(code)}, null);
      return null;
    }
    return found.map(CustomerView::id).orElseThrow();
  }

  private static @Nullable UserId salesRep(@Nullable String text, Lookups lookups, Errors errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    UUID uuid = Texts.uuid(text);
    if (uuid == null || lookups.members().find(lookups.company(), new UserId(uuid)).isEmpty()) {
      errors.rejectValue("salesRep", "error.sales.sales-rep-unknown");
      return null;
    }
    return new UserId(uuid);
  }

  private static @Nullable DownPayment downPayment(
      @Nullable DownPaymentRequest body, Errors errors) {
    if (body == null || (blank(body.kind()) && blank(body.percent()))) {
      return null;
    }
    DownPaymentKind kind = DownPaymentKind.ACOMPTE;
    if (!blank(body.kind())) {
      kind = Texts.enumOf(DownPaymentKind.class, body.kind());
      if (kind == null) {
        errors.rejectValue(
            "downPayment.kind",
            "error.sales.down-payment.kind-unknown",
            new Object[] {Texts.shorten(body.kind())},
            null);
        return null;
      }
    }
    if (blank(body.percent())) {
      errors.rejectValue("downPayment.percent", "error.sales.down-payment.percent-required");
      return null;
    }
    DownPaymentKind k = kind;
    return Inputs.optional(
        errors,
        "downPayment.percent",
        body.percent(),
        t -> new DownPayment(k, new Percentage(Texts.decimal(t))));
  }

  private static @Nullable LineDraft line(
      String path, LineRequest body, Lookups lookups, Errors errors) {
    int before = errors.getErrorCount();
    LineType type;
    if (!blank(body.type())) {
      type = Texts.enumOf(LineType.class, body.type());
      if (type == null) {
        errors.rejectValue(
            path + "type",
            "error.sales.line.type-unknown",
            new Object[] {Texts.shorten(body.type())},
            null);
        return null;
      }
    } else if (!blank(body.product()) || !blank(body.productCode())) {
      type = LineType.PRODUCT;
    } else if (!blank(body.unitPrice())) {
      type = LineType.FREE;
    } else {
      errors.rejectValue(path + "type", "error.required");
      return null;
    }
    ProductId product = null;
    if (type == LineType.PRODUCT) {
      product = product(path, body, lookups, errors);
    }
    Quantity quantity =
        Inputs.optional(
            errors, path + "quantity", body.quantity(), t -> new Quantity(Texts.decimal(t)));
    UnitPrice price =
        Inputs.optional(
            errors, path + "unitPrice", body.unitPrice(), t -> new UnitPrice(Texts.decimal(t)));
    VatRate rate =
        Inputs.optional(
            errors, path + "vatRate", body.vatRate(), t -> new VatRate(Texts.decimal(t)));
    LineKind kind = null;
    if (!blank(body.kind())) {
      kind = Texts.enumOf(LineKind.class, body.kind());
      if (kind == null || kind == LineKind.FEE_FOLLOWING_GOODS) {
        errors.rejectValue(
            path + "kind",
            "error.sales.line.kind-unknown",
            new Object[] {Texts.shorten(body.kind())},
            null);
      }
    }
    List<Percentage> discounts = new ArrayList<>();
    List<String> texts = body.discounts() == null ? List.of() : body.discounts();
    for (int i = 0; i < texts.size(); i++) {
      Percentage d =
          Inputs.optional(
              errors,
              path + "discounts[" + i + "]",
              texts.get(i),
              t -> new Percentage(Texts.decimal(t)));
      if (d != null) {
        discounts.add(d);
      }
    }
    if (errors.getErrorCount() > before) {
      return null;
    }
    try {
      return new LineDraft(
          type,
          product,
          body.designation(),
          quantity,
          price,
          body.priceIncludesVat(),
          discounts,
          rate,
          kind);
    } catch (InvalidValue e) {
      Inputs.reject(errors, path + lineFieldOf(e.code()), e);
      return null;
    }
  }

  private static @Nullable ProductId product(
      String path, LineRequest body, Lookups lookups, Errors errors) {
    if (!blank(body.product())) {
      UUID uuid = Texts.uuid(body.product());
      var found =
          uuid == null
              ? java.util.Optional.<Product>empty()
              : lookups.products().find(lookups.company(), new ProductId(uuid));
      if (found.isEmpty()) {
        errors.rejectValue(
            path + "product",
            "error.sales.line.product-unknown",
            new Object[] {Texts.shorten(body.product())},
            null);
        return null;
      }
      return found.get().id();
    }
    if (!blank(body.productCode())) {
      var found = lookups.products().findByCode(lookups.company(), body.productCode().strip());
      if (found.isEmpty()) {
        errors.rejectValue(
            path + "productCode",
            "error.sales.line.product-unknown",
            new Object[] {Texts.shorten(body.productCode())},
            null);
        return null;
      }
      return found.get().id();
    }
    errors.rejectValue(path + "product", "error.sales.line.product-required");
    return null;
  }

  /** The field of a line an error code belongs to. */
  static String lineFieldOf(String code) {
    return switch (code) {
      case "sales.line.product-required" -> "product";
      case "sales.line.designation-required", "sales.line.designation-length" -> "designation";
      case "sales.line.quantity-positive" -> "quantity";
      case "sales.line.price-required", "sales.line.price-negative" -> "unitPrice";
      case "sales.line.rate-required" -> "vatRate";
      case "sales.line.discount-range", "sales.line.too-many-discounts" -> "discounts";
      default -> "type";
    };
  }

  /**
   * The field of the body an error code of the service belongs to; {@code null} for the document as
   * a whole.
   */
  static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "sales.quote.validity-past" -> "validUntil";
      case "sales.quote.lead-time-length" -> "deliveryLeadTime";
      case "sales.quote.customer-inactive", "sales.quote.customer-fixed" -> "customer";
      case "sales.delivery-address-unknown" -> "deliveryAddress";
      case "sales.discount-both", "sales.discount-range" -> "discountPercent";
      case "sales.discount-negative", "totals.discount-exceeds-net" -> "discountAmount";
      case "sales.down-payment.range" -> "downPayment.percent";
      case "sales.too-many-lines" -> "lines";
      case "sales.text-length" -> "notes";
      default -> null;
    };
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  /** Reading texts into values; each failure is an {@link InvalidValue}. */
  static final class Texts {

    private Texts() {}

    private static final DateTimeFormatter FRENCH =
        DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** A decimal written {@code 1234.5}, {@code 1 234,5} or {@code 1234,5}. */
    static BigDecimal decimal(String text) {
      String t = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
      if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
        t = t.replace(',', '.');
      }
      if (!t.matches("-?\\d{1,15}(\\.\\d{1,12})?")) {
        throw new InvalidValue("number.format", "not a number: " + text, shorten(text));
      }
      return new BigDecimal(t);
    }

    /** A date written ISO ({@code 2026-12-29}) or French ({@code 29/12/2026}). */
    static LocalDate date(String text) {
      String t = text.strip();
      try {
        return t.contains("/") ? LocalDate.parse(t, FRENCH) : LocalDate.parse(t);
      } catch (DateTimeParseException e) {
        throw new InvalidValue("sales.date.format", "not a date: " + text, shorten(text));
      }
    }

    static @Nullable UUID uuid(String text) {
      try {
        return UUID.fromString(text.strip());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, String text) {
      try {
        return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    /** A text quoted in a message: at most 60 characters. */
    static String shorten(@Nullable String text) {
      if (text == null) {
        return "";
      }
      return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
  }
}
