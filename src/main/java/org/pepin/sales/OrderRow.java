package org.pepin.sales;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.UserId;
import org.pepin.shared.Money;

/**
 * An order in a list.
 *
 * @param downPaymentDue what its down payments still ask incl. VAT (zero without down payment)
 */
public record OrderRow(
    OrderId id,
    @Nullable String number,
    CustomerId customer,
    String customerCode,
    String customerName,
    @Nullable UserId salesRep,
    OrderStatus status,
    LocalDate date,
    @Nullable LocalDate requestedDelivery,
    @Nullable String customerReference,
    Money totalNet,
    Money totalGross,
    Money downPaymentDue) {}
