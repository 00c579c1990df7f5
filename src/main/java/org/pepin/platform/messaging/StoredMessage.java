package org.pepin.platform.messaging;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.Attachment;
import org.pepin.platform.CompanyId;
import org.pepin.platform.MessageId;

/** A message as the delivery job reads it from the outbox. */
record StoredMessage(
    MessageId id,
    CompanyId company,
    String kind,
    @Nullable String reference,
    List<String> to,
    List<String> cc,
    String subject,
    String body,
    int attempts,
    List<Attachment> attachments) {}
