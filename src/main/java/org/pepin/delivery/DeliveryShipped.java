package org.pepin.delivery;

import java.time.LocalDate;
import java.util.List;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.sales.OrderId;

/** A delivery note was validated: the goods left (invoicing listens). */
public record DeliveryShipped(
    CompanyId company,
    DeliveryId delivery,
    String number,
    CustomerId customer,
    List<OrderId> orders,
    LocalDate shippedOn) {

  public DeliveryShipped {
    orders = List.copyOf(orders);
  }
}
