package org.pepin.delivery;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.sales.OrderId;
import org.pepin.shared.Quantity;

/**
 * A delivery left part of an order line to deliver later: a backorder (reliquat). The communication
 * module turns it into a task for the head of nursery; until then it is an in-app notice of the
 * delivery screens.
 */
public record BackorderCreated(
    CompanyId company,
    OrderId order,
    String orderNumber,
    CustomerId customer,
    DeliveryId delivery,
    String deliveryNumber,
    String productCode,
    String designation,
    Quantity quantity,
    @Nullable LocalDate expectedOn) {}
