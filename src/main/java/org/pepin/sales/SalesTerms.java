package org.pepin.sales;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.Percentage;

/**
 * What a quote and an order share besides their lines: terms, document discount, texts.
 *
 * @param deliveryAddress the label of one of the customer's delivery addresses; {@code null} for
 *     the billing address
 * @param paymentTerms {@code null}: the customer's terms
 * @param downPayment {@code null}: none, except the company's rule for individuals (a percentage
 *     above an amount incl. VAT, Paramètres › Ventes), applied when the document is saved
 * @param discountPercent a discount on the whole document, or
 * @param discountAmount an amount off the whole document excl. VAT (not both: {@code
 *     sales.discount-both})
 * @param introduction text printed above the lines
 * @param notes text printed below the totals
 * @param lines the lines, in order
 */
public record SalesTerms(
    @Nullable String deliveryAddress,
    @Nullable PaymentTerms paymentTerms,
    @Nullable DownPayment downPayment,
    @Nullable Percentage discountPercent,
    @Nullable Money discountAmount,
    @Nullable String introduction,
    @Nullable String notes,
    List<LineDraft> lines) {

  public static final int MAX_TEXT = 4000;
  public static final int MAX_LINES = 500;

  public SalesTerms {
    lines = List.copyOf(lines);
    deliveryAddress = clean(deliveryAddress);
    introduction = clean(introduction);
    notes = clean(notes);
    if (introduction != null && introduction.length() > MAX_TEXT
        || notes != null && notes.length() > MAX_TEXT) {
      throw new InvalidValue("sales.text-length", "text too long", MAX_TEXT);
    }
    if (lines.size() > MAX_LINES) {
      throw new InvalidValue("sales.too-many-lines", "too many lines", MAX_LINES);
    }
    if (discountPercent != null && discountPercent.value().signum() == 0) {
      discountPercent = null;
    }
    if (discountAmount != null && discountAmount.isZero()) {
      discountAmount = null;
    }
    if (discountPercent != null && discountAmount != null) {
      throw new InvalidValue("sales.discount-both", "a percentage or an amount, not both");
    }
    if (discountPercent != null
        && (discountPercent.value().signum() < 0
            || discountPercent.compareTo(Percentage.HUNDRED) > 0)) {
      throw new InvalidValue(
          "sales.discount-range", "discount out of range", discountPercent.value().toPlainString());
    }
    if (discountAmount != null && discountAmount.isNegative()) {
      throw new InvalidValue(
          "sales.discount-negative", "negative discount", discountAmount.amount().toPlainString());
    }
  }

  static @Nullable String clean(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Whether at least one line carries amounts. */
  public boolean hasPricedLines() {
    return lines.stream().anyMatch(l -> l.type().priced());
  }
}
