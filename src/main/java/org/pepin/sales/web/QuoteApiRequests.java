package org.pepin.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
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
import org.pepin.sales.web.SalesApiLines.Amounts;
import org.pepin.sales.web.SalesApiLines.DownPaymentRequest;
import org.pepin.sales.web.SalesApiLines.LineFields;
import org.pepin.sales.web.SalesApiLines.Numbers;
import org.pepin.sales.web.SalesApiLines.Terms;
import org.pepin.sales.web.SalesApiLines.TermsFields;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Percentage;
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
      @Nullable List<LineRequest> lines)
      implements TermsFields {}

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
      @Nullable String kind)
      implements LineFields {}

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

  /** What reading a body needs from the other modules. */
  record Lookups(CompanyId company, Customers customers, Products products, Members members) {}

  /** Numbers as JSON numbers or French texts, without limits of their own. */
  static final Numbers NUMBERS = new Numbers(Texts::decimal, null, null);

  /** The draft of the body; {@code null} if a field is rejected (then recorded in errors). */
  static @Nullable QuoteDraft draft(QuoteRequest body, Lookups lookups, Errors errors) {
    CustomerId customer = customer(body.customer(), body.customerCode(), lookups, errors);
    LocalDate validUntil = Inputs.optional(errors, "validUntil", body.validUntil(), Texts::date);
    UserId rep = salesRep(body.salesRep(), lookups, errors);
    Terms terms = SalesApiLines.terms(body, NUMBERS, errors, QuoteApiRequests::downPayment);
    List<LineDraft> lines =
        SalesApiLines.lines(
            body.lines(), errors, (line, path) -> line(path, line, lookups, errors));
    if (lines == null || errors.hasErrors() || customer == null) {
      return null;
    }
    try {
      return new QuoteDraft(customer, validUntil, body.deliveryLeadTime(), rep, terms.with(lines));
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
    if (body == null || (blank(body.kind()) && blank(body.percent()) && blank(body.amount()))) {
      return null;
    }
    DownPaymentKind kind = DownPaymentKind.ACOMPTE;
    if (!blank(body.kind())) {
      kind = SalesApiLines.enumOf(DownPaymentKind.class, body.kind());
      if (kind == null) {
        errors.rejectValue(
            "downPayment.kind",
            "error.sales.down-payment.kind-unknown",
            new Object[] {Texts.shorten(body.kind())},
            null);
        return null;
      }
    }
    if (!blank(body.percent()) && !blank(body.amount())) {
      errors.rejectValue("downPayment", "error.sales.down-payment.one");
      return null;
    }
    DownPaymentKind k = kind;
    if (!blank(body.amount())) {
      return Inputs.optional(
          errors,
          "downPayment.amount",
          body.amount(),
          t -> DownPayment.ofAmount(k, NUMBERS.amount(t)));
    }
    if (blank(body.percent())) {
      errors.rejectValue("downPayment.percent", "error.sales.down-payment.percent-required");
      return null;
    }
    return Inputs.optional(
        errors,
        "downPayment.percent",
        body.percent(),
        t -> new DownPayment(k, NUMBERS.percentage(t)));
  }

  private static @Nullable LineDraft line(
      String path, LineRequest body, Lookups lookups, Errors errors) {
    int before = errors.getErrorCount();
    LineType type;
    if (!blank(body.type())) {
      type = SalesApiLines.enumOf(LineType.class, body.type());
      if (type == null) {
        errors.rejectValue(
            path + ".type",
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
      errors.rejectValue(path + ".type", "error.required");
      return null;
    }
    ProductId product = null;
    if (type == LineType.PRODUCT) {
      product = product(path, body, lookups, errors);
    }
    Amounts amounts = SalesApiLines.amounts(body, path, NUMBERS, errors);
    LineKind kind = null;
    if (!blank(body.kind())) {
      kind = SalesApiLines.enumOf(LineKind.class, body.kind());
      if (kind == null || kind == LineKind.FEE_FOLLOWING_GOODS) {
        errors.rejectValue(
            path + ".kind",
            "error.sales.line.kind-unknown",
            new Object[] {Texts.shorten(body.kind())},
            null);
      }
    }
    List<Percentage> discounts =
        SalesApiLines.discounts(body.discounts(), path, NUMBERS, errors, false);
    if (errors.getErrorCount() > before) {
      return null;
    }
    return SalesApiLines.draft(body, path, type, product, amounts, discounts, kind, "type", errors);
  }

  private static @Nullable ProductId product(
      String path, LineRequest body, Lookups lookups, Errors errors) {
    if (!blank(body.product())) {
      UUID uuid = Texts.uuid(body.product());
      var found =
          uuid == null
              ? java.util.Optional.<Product>empty()
              : lookups.products().find(lookups.company(), new ProductId(uuid));
      return found(found, path + ".product", body.product(), errors);
    }
    if (!blank(body.productCode())) {
      var found = lookups.products().findByCode(lookups.company(), body.productCode().strip());
      return found(found, path + ".productCode", body.productCode(), errors);
    }
    errors.rejectValue(path + ".product", "error.sales.line.product-required");
    return null;
  }

  /** The product found, or {@code null} with the field naming it rejected. */
  private static @Nullable ProductId found(
      java.util.Optional<Product> found, String field, String text, Errors errors) {
    if (found.isEmpty()) {
      errors.rejectValue(
          field, "error.sales.line.product-unknown", new Object[] {Texts.shorten(text)}, null);
      return null;
    }
    return found.get().id();
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
      case "sales.discount-negative", "totals.discount-exceeds-net" -> "discountAmount";
      default -> SalesApiLines.termsField(code);
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

    /** A text quoted in a message: at most 60 characters. */
    static String shorten(@Nullable String text) {
      if (text == null) {
        return "";
      }
      return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
  }
}
