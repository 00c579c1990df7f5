package org.pepin.platform.terms;

import java.util.List;
import org.pepin.platform.TermsOfSaleId;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TermsVersionRepository extends ListCrudRepository<TermsVersion, TermsOfSaleId> {

  @Query("SELECT * FROM terms_of_sale WHERE company_id = :company ORDER BY number")
  List<TermsVersion> findByCompany(java.util.UUID company);
}
