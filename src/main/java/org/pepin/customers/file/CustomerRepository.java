package org.pepin.customers.file;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pepin.customers.CustomerId;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CustomerRepository extends ListCrudRepository<CustomerRecord, CustomerId> {

  @Query("SELECT * FROM customer WHERE company_id = :company AND id = :id")
  Optional<CustomerRecord> findIn(UUID company, UUID id);

  @Query("SELECT * FROM customer WHERE company_id = :company AND code = :code")
  Optional<CustomerRecord> findByCode(UUID company, String code);

  @Query("SELECT COUNT(*) > 0 FROM customer WHERE company_id = :company AND code = :code")
  boolean codeExists(UUID company, String code);

  @Modifying
  @Query(
      "UPDATE customer SET last_activity_at = :at WHERE company_id = :company AND id = :id"
          + " AND last_activity_at < :at")
  int touch(UUID company, UUID id, Instant at);
}
