package org.pepin.sales;

import java.util.List;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.shared.Money;

/**
 * The credit check held an order at confirmation; a manager decides.
 *
 * @param reason the message key of the reason, with {@code args}
 */
public record OrderHeld(
    CompanyId company,
    OrderId order,
    String number,
    CustomerId customer,
    Money totalGross,
    String reason,
    List<String> args) {}
