package org.pepin.sales;

import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.shared.Money;

/** An order is confirmed: to deliver (delivery, invoicing and risk listen). */
public record OrderConfirmed(
    CompanyId company, OrderId order, String number, CustomerId customer, Money totalGross) {}
