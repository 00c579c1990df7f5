package org.pepin.delivery;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.LotId;
import org.pepin.catalog.ProductId;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.shared.Quantity;

/**
 * A customer returned goods of a delivery (dead or damaged plants): invoicing may credit them
 * ({@link Deliveries#returnsToCredit}).
 */
public record GoodsReturned(
    CompanyId company,
    ReturnId returnId,
    String number,
    DeliveryId delivery,
    String deliveryNumber,
    CustomerId customer,
    LocalDate returnedOn,
    List<Line> lines) {

  public GoodsReturned {
    lines = List.copyOf(lines);
  }

  /** A returned quantity of a product, from a lot if the line had lots, and where it went. */
  public record Line(
      ReturnLineId id,
      DeliveryLineId deliveryLine,
      ProductId product,
      String productCode,
      @Nullable LotId lot,
      Quantity quantity,
      ReturnDestination destination) {}
}
