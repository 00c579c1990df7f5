package org.pepin.sales;

import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;

/**
 * An order asks for a down payment: invoicing issues the down-payment invoice (CGI 289 I-1-c) from
 * these amounts (ARCHITECTURE §3 step 7). The order asks for a percentage or an amount incl. VAT.
 */
public record DownPaymentRequested(
    CompanyId company,
    DownPaymentId downPayment,
    OrderId order,
    String orderNumber,
    CustomerId customer,
    DownPaymentKind kind,
    @Nullable Percentage percent,
    @Nullable Money amount,
    DocumentTotals.Breakdown amounts) {}
