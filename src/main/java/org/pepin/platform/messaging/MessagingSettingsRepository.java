package org.pepin.platform.messaging;

import org.pepin.platform.CompanyId;
import org.springframework.data.repository.ListCrudRepository;

interface MessagingSettingsRepository extends ListCrudRepository<MessagingSettings, CompanyId> {}
