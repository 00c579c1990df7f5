package org.pepin.customers;

import org.pepin.platform.CompanyId;

/**
 * A duplicate was merged into the record kept: modules move their drafts and open links from {@code
 * merged} to {@code kept}; issued documents keep their customer snapshot.
 */
public record CustomerMerged(CompanyId company, CustomerId merged, CustomerId kept) {}
