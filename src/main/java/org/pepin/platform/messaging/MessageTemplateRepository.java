package org.pepin.platform.messaging;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MessageTemplateRepository extends ListCrudRepository<MessageTemplate, MessageTemplateId> {

  @Query(
      "SELECT * FROM message_template WHERE company_id = :company AND kind = :kind"
          + " AND language = :language")
  Optional<MessageTemplate> find(UUID company, String kind, String language);

  @Query("SELECT * FROM message_template WHERE company_id = :company")
  List<MessageTemplate> findByCompany(UUID company);
}
