package org.pepin.platform.company;

import java.util.List;
import java.util.Optional;
import org.pepin.platform.CompanyId;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CompanyRepository extends ListCrudRepository<Company, CompanyId> {

  List<Company> findAllByOrderByName();

  Optional<Company> findByName(String name);

  boolean existsByName(String name);

  @Query("SELECT clock_offset_seconds FROM company WHERE id = :id")
  Optional<Long> findClockOffset(CompanyId id);

  @Modifying
  @Query("UPDATE company SET clock_offset_seconds = :seconds WHERE id = :id")
  int updateClockOffset(CompanyId id, long seconds);
}
