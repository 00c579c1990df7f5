package org.pepin.platform.messaging;

import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a company's override of a message template. */
public record MessageTemplateId(UUID value) implements Identifier {

  static MessageTemplateId random() {
    return new MessageTemplateId(UUID.randomUUID());
  }
}
