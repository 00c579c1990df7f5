package org.pepin.platform.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pepin.platform.UserId;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<User, UserId> {

  Optional<User> findByUsername(String username);

  boolean existsByUsername(String username);

  boolean existsBySystemAdminTrue();

  @Query(
      "SELECT u.* FROM app_user u JOIN membership m ON m.app_user = u.id"
          + " WHERE m.company_id = :company ORDER BY u.display_name")
  List<User> findByCompany(UUID company);
}
