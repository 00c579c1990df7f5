package org.pepin.catalog.product;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pepin.catalog.ProductId;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProductRepository extends ListCrudRepository<ProductRecord, ProductId> {

  @Query("SELECT * FROM product WHERE company_id = :company AND id = :id")
  Optional<ProductRecord> findIn(UUID company, UUID id);

  /** Whether the product has stock on hand or reserved by orders. */
  @Query(
      "SELECT COUNT(*) > 0 FROM product_stock WHERE company_id = :company AND product_id = :id"
          + " AND (on_hand <> 0 OR reserved <> 0)")
  boolean holdsStock(UUID company, UUID id);

  @Query("SELECT * FROM product WHERE company_id = :company AND id IN (:ids)")
  List<ProductRecord> findAllIn(UUID company, Collection<UUID> ids);

  @Query("SELECT * FROM product WHERE company_id = :company AND code = :code")
  Optional<ProductRecord> findByCode(UUID company, String code);

  @Query("SELECT COUNT(*) > 0 FROM product WHERE company_id = :company AND code = :code")
  boolean codeExists(UUID company, String code);

  @Query("SELECT COUNT(*) FROM product WHERE company_id = :company AND vat_category_id = :category")
  long countWithCategory(UUID company, UUID category);
}
