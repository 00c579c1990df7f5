package org.pepin.catalog.product;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pepin.catalog.VatCategoryId;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface VatCategoryRepository extends ListCrudRepository<VatCategoryRecord, VatCategoryId> {

  @Query("SELECT * FROM vat_category WHERE company_id = :company AND id = :id")
  Optional<VatCategoryRecord> findIn(UUID company, UUID id);

  @Query("SELECT * FROM vat_category WHERE company_id = :company AND code = :code")
  Optional<VatCategoryRecord> findByCode(UUID company, String code);

  @Query("SELECT * FROM vat_category WHERE company_id = :company ORDER BY code")
  List<VatCategoryRecord> findAllIn(UUID company);
}
