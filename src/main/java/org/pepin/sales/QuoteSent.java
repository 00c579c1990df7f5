package org.pepin.sales;

import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;
import org.pepin.shared.Money;

/** A quote revision was sent to the customer (and frozen). */
public record QuoteSent(
    CompanyId company,
    QuoteId quote,
    QuoteRevisionId revision,
    String reference,
    CustomerId customer,
    Money totalGross) {}
