package org.pepin.sales;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;

/**
 * A down payment an order asks for.
 *
 * @param percent the percentage asked for, or {@code null} for an amount
 * @param amount the amount incl. VAT asked for, or {@code null} for a percentage
 * @param amounts base and VAT per rate (ARCHITECTURE §3 step 7)
 * @param status {@code REQUESTED} (waiting for its invoice), {@code INVOICED}, {@code PAID}, or
 *     {@code CANCELLED} (the order no longer asks for it)
 * @param invoiceNumber the down-payment invoice, once issued
 * @param paid what the customer paid of it
 */
public record DownPaymentView(
    DownPaymentId id,
    DownPaymentKind kind,
    @Nullable Percentage percent,
    @Nullable Money amount,
    DocumentTotals.Breakdown amounts,
    String status,
    @Nullable String invoiceNumber,
    Money paid,
    Instant requestedAt) {

  public boolean cancelled() {
    return "CANCELLED".equals(status);
  }

  /** What remains to pay, incl. VAT (nothing for a cancelled request). */
  public Money due() {
    if (cancelled()) {
      return Money.ZERO;
    }
    Money due = amounts.totalGross().minus(paid);
    return due.isNegative() ? Money.ZERO : due;
  }
}
