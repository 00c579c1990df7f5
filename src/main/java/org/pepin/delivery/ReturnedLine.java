package org.pepin.delivery;

import org.jspecify.annotations.Nullable;
import org.pepin.catalog.ProductId;
import org.pepin.sales.OrderId;
import org.pepin.sales.SalesLineId;
import org.pepin.shared.Quantity;

/**
 * A returned quantity still to credit (returned minus already credited), for invoicing's credit
 * notes.
 *
 * @param toCredit strictly positive
 */
public record ReturnedLine(
    ReturnLineId id,
    ReturnId returnId,
    String returnNumber,
    java.time.LocalDate returnedOn,
    DeliveryId delivery,
    String deliveryNumber,
    OrderId order,
    SalesLineId orderLine,
    ProductId product,
    String productCode,
    String designation,
    @Nullable String unit,
    ReturnDestination destination,
    Quantity toCredit) {}
