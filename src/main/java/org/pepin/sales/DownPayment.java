package org.pepin.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;

/**
 * The down payment a quote or an order asks for: a percentage of the total or an amount incl. VAT
 * (ARCHITECTURE §3 step 7), and its nature, printed on the documents.
 *
 * @param kind acompte or arrhes (france-compliance §4.5)
 * @param percent more than 0, at most 100 ({@code sales.down-payment.range}); {@code null} for an
 *     amount
 * @param amount the amount incl. VAT, more than 0 ({@code sales.down-payment.amount-range}) and at
 *     most the document's total incl. VAT ({@code sales.down-payment.above-total}, checked where
 *     the total is known); {@code null} for a percentage. Exactly one of the two ({@code
 *     sales.down-payment.one}).
 */
public record DownPayment(
    DownPaymentKind kind, @Nullable Percentage percent, @Nullable Money amount) {

  /** How far around the first base {@link #amounts} looks for one giving the exact amount. */
  private static final int SEARCH_CENTS = 5;

  public DownPayment {
    if ((percent == null) == (amount == null)) {
      throw new InvalidValue(
          "sales.down-payment.one", "a down payment is a percentage or an amount, exactly one");
    }
    if (percent != null
        && (percent.value().signum() <= 0 || percent.compareTo(Percentage.HUNDRED) > 0)) {
      throw new InvalidValue(
          "sales.down-payment.range",
          "down payment out of range: " + percent,
          percent.value().toPlainString());
    }
    if (amount != null && !amount.isPositive()) {
      throw new InvalidValue(
          "sales.down-payment.amount-range",
          "down payment amount not positive: " + amount,
          amount.format(java.util.Locale.FRANCE));
    }
  }

  /** A percentage of the total. */
  public DownPayment(DownPaymentKind kind, Percentage percent) {
    this(kind, percent, null);
  }

  /** An amount incl. VAT. */
  public static DownPayment ofAmount(DownPaymentKind kind, Money amount) {
    return new DownPayment(kind, null, amount);
  }

  public boolean byAmount() {
    return amount != null;
  }

  /**
   * {@code sales.down-payment.above-total} if this down payment is an amount above a document's
   * total incl. VAT.
   */
  public void checkWithin(Money totalGross) {
    if (amount != null && amount.compareTo(totalGross) > 0) {
      throw new InvalidValue(
          "sales.down-payment.above-total",
          "down payment " + amount + " above the total " + totalGross,
          amount.format(java.util.Locale.FRANCE),
          totalGross.format(java.util.Locale.FRANCE));
    }
  }

  /**
   * Step 7 (ARCHITECTURE §3): the down payment's base and VAT per rate on a document of these
   * totals. For a percentage, its share of the total base. For an amount A incl. VAT, the base B
   * (in cents) whose spread gives a total incl. VAT of exactly A: from B0 = A × total net / total
   * incl. VAT rounded to the cent, B0, B0 ± 0.01 … B0 ± 0.05 are tried in turn, else B0 is kept
   * (the per-rate roundings may make A unreachable by a cent).
   */
  public DocumentTotals.Breakdown amounts(DocumentTotals.Result totals) {
    if (percent != null) {
      return DocumentTotals.downPayment(totals, percent);
    }
    Money wanted = java.util.Objects.requireNonNull(amount);
    Money gross = totals.totalGross();
    if (gross.isZero()) {
      return DocumentTotals.downPayment(totals, Money.ZERO);
    }
    Money b0 =
        new Money(
            wanted
                .amount()
                .multiply(totals.totalNet().amount())
                .divide(gross.amount(), 2, RoundingMode.HALF_UP));
    DocumentTotals.Breakdown first = DocumentTotals.downPayment(totals, b0);
    if (first.totalGross().equals(wanted)) {
      return first;
    }
    for (int cents = 1; cents <= SEARCH_CENTS; cents++) {
      for (int sign : new int[] {1, -1}) {
        Money base = b0.plus(new Money(BigDecimal.valueOf(sign * cents, 2)));
        DocumentTotals.Breakdown tried = DocumentTotals.downPayment(totals, base);
        if (tried.totalGross().equals(wanted)) {
          return tried;
        }
      }
    }
    return first;
  }
}
