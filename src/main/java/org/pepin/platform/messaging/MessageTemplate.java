package org.pepin.platform.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A company's own wording of a message kind in one language (fr or en). Without one, the kind's
 * default wording applies; deleting it goes back to the default. Its text only names placeholders
 * of its kind ({@link TemplateText#check}); it changes through {@link #reword}, guarded by the
 * version.
 */
@Table("message_template")
record MessageTemplate(
    @Id MessageTemplateId id,
    @Version @Nullable Integer version,
    CompanyId companyId,
    String kind,
    String language,
    String subject,
    String body,
    Instant updatedAt,
    @Nullable String updatedBy) {

  static MessageTemplate create(
      CompanyId company,
      String kind,
      String language,
      String subject,
      String body,
      Instant now,
      @Nullable String by) {
    return new MessageTemplate(
        MessageTemplateId.random(), null, company, kind, language, subject, body, now, by);
  }

  MessageTemplate reword(String subject, String body, Instant now, @Nullable String by) {
    return new MessageTemplate(id, version, companyId, kind, language, subject, body, now, by);
  }
}
