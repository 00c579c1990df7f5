package org.pepin.sales;

import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Percentage;

/**
 * An order asks for a down payment: invoicing issues the down-payment invoice (CGI 289 I-1-c) from
 * these amounts (ARCHITECTURE §3 step 7).
 */
public record DownPaymentRequested(
    CompanyId company,
    DownPaymentId downPayment,
    OrderId order,
    String orderNumber,
    CustomerId customer,
    DownPaymentKind kind,
    Percentage percent,
    DocumentTotals.Breakdown amounts) {}
