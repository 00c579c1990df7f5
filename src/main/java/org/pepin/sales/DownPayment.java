package org.pepin.sales;

import org.pepin.shared.InvalidValue;
import org.pepin.shared.Percentage;

/**
 * The down payment a quote or an order asks for: a percentage of the total (ARCHITECTURE §3 step 7)
 * and its nature, printed on the documents.
 *
 * @param kind acompte or arrhes (france-compliance §4.5)
 * @param percent more than 0, at most 100 ({@code sales.down-payment.range})
 */
public record DownPayment(DownPaymentKind kind, Percentage percent) {

  public DownPayment {
    if (percent.value().signum() <= 0 || percent.compareTo(Percentage.HUNDRED) > 0) {
      throw new InvalidValue(
          "sales.down-payment.range",
          "down payment out of range: " + percent,
          percent.value().toPlainString());
    }
  }
}
