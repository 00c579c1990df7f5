package org.pepin.customers;

import org.pepin.platform.CompanyId;

/**
 * An individual's personal data was erased on request (GDPR art. 17): modules anonymise what they
 * hold outside legal retention (drafts, notes, message logs); issued documents stay intact.
 */
public record CustomerErased(CompanyId company, CustomerId customer) {}
