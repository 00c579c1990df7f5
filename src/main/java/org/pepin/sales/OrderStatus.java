package org.pepin.sales;

/**
 * Where an order stands.
 *
 * <ul>
 *   <li>{@link #DRAFT}: being entered, no number yet;
 *   <li>{@link #WITHDRAWAL_PERIOD}: a consumer's distance or off-premises order waiting out the
 *       withdrawal period (C. conso L221-18; france-compliance R-QUO-04), unless the customer asked
 *       for an earlier start;
 *   <li>{@link #HELD}: the credit check failed at confirmation; a manager decides;
 *   <li>{@link #CONFIRMED}: to deliver;
 *   <li>{@link #PARTIALLY_DELIVERED}, {@link #DELIVERED}, {@link #INVOICED}: filled by delivery and
 *       invoicing;
 *   <li>{@link #CANCELLED}: with a reason.
 * </ul>
 */
public enum OrderStatus {
  DRAFT,
  WITHDRAWAL_PERIOD,
  HELD,
  CONFIRMED,
  PARTIALLY_DELIVERED,
  DELIVERED,
  INVOICED,
  CANCELLED;

  /** Whether the order may still be amended (nothing delivered yet, not cancelled). */
  public boolean amendable() {
    return this == DRAFT || this == WITHDRAWAL_PERIOD || this == HELD || this == CONFIRMED;
  }
}
