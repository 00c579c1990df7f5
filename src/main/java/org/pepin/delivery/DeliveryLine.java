package org.pepin.delivery;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.ProductId;
import org.pepin.sales.OrderId;
import org.pepin.sales.SalesLineId;
import org.pepin.shared.Quantity;

/**
 * A line of a delivery note: goods of one order line.
 *
 * @param ordered the quantity of the order line
 * @param remaining what remained to deliver on the order line when the line was last prepared (for
 *     a shipped delivery: before it)
 * @param quantity the quantity delivered (or to deliver, in a draft)
 * @param overDelivery whether delivering more than remains was asked for explicitly
 * @param passportRequired whether the product travels with a plant passport
 * @param lots the lots it takes, with their passport data; their quantities add up to {@code
 *     quantity} for a product kept in lots
 * @param received what the customer signed for (proof of delivery); {@code null} before
 * @param returned what the customer returned since
 */
public record DeliveryLine(
    DeliveryLineId id,
    int position,
    OrderId order,
    String orderNumber,
    SalesLineId orderLine,
    ProductId product,
    String productCode,
    String designation,
    @Nullable String unit,
    Quantity ordered,
    Quantity remaining,
    Quantity quantity,
    boolean overDelivery,
    boolean passportRequired,
    List<DeliveredLot> lots,
    @Nullable Quantity received,
    Quantity returned) {

  public DeliveryLine {
    lots = List.copyOf(lots);
  }

  /** The same line with other quantities and lots. */
  public DeliveryLine with(
      Quantity remaining, Quantity quantity, boolean overDelivery, List<DeliveredLot> lots) {
    return new DeliveryLine(
        id,
        position,
        order,
        orderNumber,
        orderLine,
        product,
        productCode,
        designation,
        unit,
        ordered,
        remaining,
        quantity,
        overDelivery,
        passportRequired,
        lots,
        received,
        returned);
  }

  /** What the delivery leaves to deliver on the order line (zero when over-delivered). */
  public Quantity backorder() {
    return new Quantity(
        remaining.value().subtract(quantity.value()).max(java.math.BigDecimal.ZERO));
  }
}
