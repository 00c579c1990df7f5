package org.pepin.sales;

import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;

/** An order was cancelled, with its reason. */
public record OrderCancelled(
    CompanyId company, OrderId order, String number, CustomerId customer, String reason) {}
