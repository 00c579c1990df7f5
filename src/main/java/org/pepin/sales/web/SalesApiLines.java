package org.pepin.sales.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.ProductId;
import org.pepin.platform.Inputs;
import org.pepin.sales.DownPayment;
import org.pepin.sales.LineDraft;
import org.pepin.sales.LineType;
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
 * What the quote API and the order API read alike from a JSON body: the terms of the document
 * (payment terms, down payment, discounts) and its lines, into {@link SalesTerms} and {@link
 * LineDraft}s, every rejected field recorded against its path ({@code discountAmount}, {@code
 * lines[2].quantity}, {@code lines[0].discounts[1]}) so that one answer lists them all. Each API
 * keeps its own way of writing numbers ({@link Numbers}), its header fields and the codes of its
 * own messages.
 */
final class SalesApiLines {

  private SalesApiLines() {}

  /** A down payment: ACOMPTE or ARRHES and a percentage of the total. */
  record DownPaymentRequest(
      @Nullable String kind, @Nullable String percent, @Nullable String amount) {}

  /** The fields of the terms both a quote request and an order request carry. */
  interface TermsFields {

    @Nullable String deliveryAddress();

    @Nullable String paymentTerms();

    @Nullable DownPaymentRequest downPayment();

    @Nullable String discountPercent();

    @Nullable String discountAmount();

    @Nullable String introduction();

    @Nullable String notes();
  }

  /** The fields of a line both APIs read the same way. */
  interface LineFields {

    @Nullable String type();

    @Nullable String product();

    @Nullable String designation();

    @Nullable String quantity();

    @Nullable String unitPrice();

    @Nullable Boolean priceIncludesVat();

    @Nullable List<String> discounts();

    @Nullable String vatRate();

    @Nullable String kind();
  }

  /**
   * How an API reads its numbers: its decimal format, and the largest quantity and price it takes
   * (no limit when {@code null}); a larger one is {@code sales.input.too-large}.
   */
  record Numbers(
      Function<String, BigDecimal> decimal,
      @Nullable BigDecimal maxQuantity,
      @Nullable BigDecimal maxPrice) {

    Quantity quantity(String text) {
      return new Quantity(limit(decimal.apply(text), maxQuantity));
    }

    UnitPrice unitPrice(String text) {
      return new UnitPrice(limit(decimal.apply(text), maxPrice));
    }

    /** An amount excl. VAT, such as a discount on the whole document. */
    Money amount(String text) {
      return new Money(limit(decimal.apply(text), maxPrice));
    }

    Percentage percentage(String text) {
      return new Percentage(decimal.apply(text));
    }

    VatRate vatRate(String text) {
      return new VatRate(decimal.apply(text));
    }

    private static BigDecimal limit(BigDecimal value, @Nullable BigDecimal max) {
      if (max != null && value.abs().compareTo(max) > 0) {
        throw new InvalidValue("sales.input.too-large", "too large", max.toPlainString());
      }
      return value;
    }
  }

  // ---------------------------------------------------------------- terms

  /** The terms read from a request, all but the lines. */
  record Terms(
      TermsFields request,
      @Nullable PaymentTerms paymentTerms,
      @Nullable DownPayment downPayment,
      @Nullable Percentage discountPercent,
      @Nullable Money discountAmount) {

    /**
     * The terms with these lines.
     *
     * @throws InvalidValue a rule of {@link SalesTerms} broken (see {@link #termsField})
     */
    SalesTerms with(List<LineDraft> lines) {
      return new SalesTerms(
          request.deliveryAddress(),
          paymentTerms,
          downPayment,
          discountPercent,
          discountAmount,
          request.introduction(),
          request.notes(),
          lines);
    }
  }

  /**
   * Payment terms, down payment (read by the API's own {@code downPayment}), discount in % and
   * discount amount, in that order; a rejected one is recorded and {@code null}.
   */
  static Terms terms(
      TermsFields r,
      Numbers numbers,
      Errors errors,
      BiFunction<@Nullable DownPaymentRequest, Errors, @Nullable DownPayment> downPayment) {
    PaymentTerms terms =
        Inputs.optional(errors, "paymentTerms", r.paymentTerms(), PaymentTerms::parse);
    DownPayment down = downPayment.apply(r.downPayment(), errors);
    Percentage discountPercent =
        Inputs.optional(errors, "discountPercent", r.discountPercent(), numbers::percentage);
    Money discountAmount =
        Inputs.optional(errors, "discountAmount", r.discountAmount(), numbers::amount);
    return new Terms(r, terms, down, discountPercent, discountAmount);
  }

  /**
   * The lines read one by one at {@code lines[i]}; {@code null} when there are more than {@link
   * SalesTerms#MAX_LINES} (then none is read). A line rejected is left out, its errors recorded.
   *
   * @param line reads a line at its path, {@code null} when rejected
   */
  static <L> @Nullable List<LineDraft> lines(
      @Nullable List<L> requests, Errors errors, BiFunction<L, String, @Nullable LineDraft> line) {
    List<L> all = requests == null ? List.of() : requests;
    if (all.size() > SalesTerms.MAX_LINES) {
      errors.rejectValue(
          "lines",
          "error.sales.too-many-lines",
          new Object[] {SalesTerms.MAX_LINES},
          "too many lines");
      return null;
    }
    List<LineDraft> lines = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) == null) {
        errors.rejectValue("lines[" + i + "]", "error.required");
        continue;
      }
      LineDraft read = line.apply(all.get(i), "lines[" + i + "]");
      if (read != null) {
        lines.add(read);
      }
    }
    return lines;
  }

  /** The field of the terms an error code of {@link SalesTerms} is about, if one. */
  static @Nullable String termsField(String code) {
    return switch (code) {
      case "sales.delivery-address-unknown" -> "deliveryAddress";
      case "sales.discount-both", "sales.discount-range" -> "discountPercent";
      case "sales.down-payment.range" -> "downPayment.percent";
      case "sales.down-payment.one" -> "downPayment";
      case "sales.down-payment.amount-range", "sales.down-payment.above-total" ->
          "downPayment.amount";
      case "sales.text-length" -> "notes";
      case "sales.too-many-lines" -> "lines";
      default -> null;
    };
  }

  // ---------------------------------------------------------------- lines

  /** The quantity, unit price and VAT rate of a line, each rejected one recorded and null. */
  record Amounts(
      @Nullable Quantity quantity, @Nullable UnitPrice unitPrice, @Nullable VatRate vatRate) {}

  static Amounts amounts(LineFields r, String path, Numbers numbers, Errors errors) {
    return new Amounts(
        Inputs.optional(errors, path + ".quantity", r.quantity(), numbers::quantity),
        Inputs.optional(errors, path + ".unitPrice", r.unitPrice(), numbers::unitPrice),
        Inputs.optional(errors, path + ".vatRate", r.vatRate(), numbers::vatRate));
  }

  /**
   * The manual discounts of a line at {@code path.discounts[i]}, those rejected recorded and left
   * out.
   *
   * @param required whether a blank discount is an error (else it is skipped)
   */
  static List<Percentage> discounts(
      @Nullable List<String> texts, String path, Numbers numbers, Errors errors, boolean required) {
    List<Percentage> discounts = new ArrayList<>();
    List<String> all = texts == null ? List.of() : texts;
    for (int i = 0; i < all.size(); i++) {
      String field = path + ".discounts[" + i + "]";
      Percentage d =
          required
              ? Inputs.required(errors, field, all.get(i), numbers::percentage)
              : Inputs.optional(errors, field, all.get(i), numbers::percentage);
      if (d != null) {
        discounts.add(d);
      }
    }
    return discounts;
  }

  /**
   * The line's draft; {@code null} if {@link LineDraft} refuses it, the rule recorded against the
   * line's field it is about ({@code otherwise} for a rule about no particular field).
   */
  static @Nullable LineDraft draft(
      LineFields r,
      String path,
      LineType type,
      @Nullable ProductId product,
      Amounts amounts,
      List<Percentage> discounts,
      @Nullable LineKind kind,
      String otherwise,
      Errors errors) {
    try {
      return new LineDraft(
          type,
          product,
          r.designation(),
          amounts.quantity(),
          amounts.unitPrice(),
          r.priceIncludesVat(),
          discounts,
          amounts.vatRate(),
          kind);
    } catch (InvalidValue e) {
      Inputs.reject(errors, path + "." + lineField(e.code(), otherwise), e);
      return null;
    }
  }

  /** The field of a line an error code of {@link LineDraft} is about; {@code otherwise} if none. */
  static String lineField(String code, String otherwise) {
    return switch (code) {
      case "sales.line.product-required" -> "product";
      case "sales.line.designation-required", "sales.line.designation-length" -> "designation";
      case "sales.line.quantity-positive" -> "quantity";
      case "sales.line.price-required", "sales.line.price-negative" -> "unitPrice";
      case "sales.line.rate-required" -> "vatRate";
      case "sales.line.discount-range", "sales.line.too-many-discounts" -> "discounts";
      default -> otherwise;
    };
  }

  /** The constant of {@code type} named by the text, in any case; {@code null} if none. */
  static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, String text) {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
