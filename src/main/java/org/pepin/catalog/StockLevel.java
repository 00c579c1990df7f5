package org.pepin.catalog;

import org.pepin.shared.Quantity;

/**
 * The stock of a product: on hand and reserved by confirmed orders.
 *
 * @param onHand quantity physically in the nursery
 * @param reserved quantity promised to confirmed, undelivered orders
 */
public record StockLevel(ProductId product, Quantity onHand, Quantity reserved) {

  /** On hand minus reserved (may be negative when orders exceed stock). */
  public Quantity available() {
    return new Quantity(onHand.value().subtract(reserved.value()));
  }
}
