package org.pepin.catalog;

/** Why stock moved. */
public enum StockMoveReason {
  /** Goods received: own production put on sale or a supplier's delivery (creates a lot). */
  RECEIPT,
  /** Inventory adjustment (count, loss, breakage, plants dead in the nursery); with a note. */
  ADJUSTMENT,
  /** Goods delivered to a customer (recorded by the delivery module). */
  DELIVERY,
  /** Goods returned by a customer. */
  RETURN
}
