package org.pepin.platform;

import java.util.Optional;

/**
 * The terms of sale of a company as dated versions (ARCHITECTURE §3 "Terms of sale"). A version in
 * force never changes; a new version supersedes it from its own date. Each quote, order and invoice
 * stores the version it was issued under (france-compliance R-QUO-07; C. com. L441-1: the terms,
 * when drawn up, are communicated to any professional buyer who asks).
 */
public interface TermsOfSale {

  /**
   * The version in force on {@code date} (the latest version whose date is on or before it), or
   * empty if the company has none yet (terms are not compulsory between professionals).
   */
  Optional<TermsOfSaleVersion> inForce(CompanyId company, java.time.LocalDate date);

  /**
   * A version of the company, e.g. to print the one a document references.
   *
   * @throws ResourceNotFound if it does not exist or belongs to another company
   */
  TermsOfSaleVersion version(CompanyId company, TermsOfSaleId id);
}
