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
}
