package org.pepin.delivery;

/**
 * Where a delivery note stands.
 *
 * <ul>
 *   <li>{@link #DRAFT}: being prepared (quantities and lots may change, no number, no stock moved);
 *   <li>{@link #SHIPPED}: validated: numbered, stock taken out of its lots, the orders' delivered
 *       quantities recorded; the note goes with the goods;
 *   <li>{@link #DELIVERED}: the proof of delivery is recorded (received quantities, signer,
 *       reservations);
 *   <li>{@link #CANCELLED}: a draft given up, with its reason.
 * </ul>
 */
public enum DeliveryStatus {
  DRAFT,
  SHIPPED,
  DELIVERED,
  CANCELLED;

  /** Whether the goods left the nursery. */
  public boolean shipped() {
    return this == SHIPPED || this == DELIVERED;
  }
}
