package org.pepin.sales;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.UserId;
import org.pepin.shared.Money;

/**
 * What the order list filters on; every criterion is optional.
 *
 * @param text number, customer reference, commitment number or customer name or code
 */
public record OrderFilter(
    @Nullable String text,
    Set<OrderStatus> statuses,
    @Nullable CustomerId customer,
    @Nullable UserId salesRep,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable Money minGross,
    @Nullable Money maxGross) {

  public OrderFilter {
    statuses = Set.copyOf(statuses);
  }

  public static OrderFilter all() {
    return new OrderFilter(null, Set.of(), null, null, null, null, null, null);
  }
}
