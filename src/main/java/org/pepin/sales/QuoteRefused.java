package org.pepin.sales;

import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;

/** The customer refused a quote revision. */
public record QuoteRefused(
    CompanyId company,
    QuoteId quote,
    QuoteRevisionId revision,
    String reference,
    CustomerId customer,
    @Nullable String reason) {}
