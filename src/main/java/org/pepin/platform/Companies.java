package org.pepin.platform;

import java.util.List;

/** Read access to companies for other modules (documents print the seller's identity). */
public interface Companies {

  /**
   * @throws ResourceNotFound if the company does not exist
   */
  CompanyIdentity identity(CompanyId company);

  /** Whether the company is a demo or teaching company (provisional legal values allowed). */
  boolean isDemo(CompanyId company);

  /** Every company, for jobs that iterate over companies. */
  List<CompanyId> all();

  /**
   * The company's logo as a {@code data:} URI (PNG or JPEG, at most 512 KB), for a page shown
   * outside the application's frame (e.g. the public page of a quote), if it has one.
   */
  java.util.Optional<String> logoDataUri(CompanyId company);
}
