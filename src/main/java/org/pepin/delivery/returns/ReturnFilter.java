package org.pepin.delivery.returns;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.delivery.ReturnDestination;

/**
 * The filters of the returns list.
 *
 * @param text in the return's or delivery's number, the customer's code or name, the reason
 * @param from returned on or after
 * @param to returned on or before
 * @param destination returns with at least one line going there
 */
public record ReturnFilter(
    @Nullable String text,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable CustomerId customer,
    @Nullable ReturnDestination destination) {

  public static final ReturnFilter ALL = new ReturnFilter(null, null, null, null, null);
}
