package org.pepin.sales;

import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.shared.Money;

/** The customer accepted a quote revision; the order made from it is {@code order}. */
public record QuoteAccepted(
    CompanyId company,
    QuoteId quote,
    QuoteRevisionId revision,
    String reference,
    CustomerId customer,
    Money totalGross,
    OrderId order) {}
