package org.pepin.platform;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a message of the outbox. */
public record MessageId(UUID value) implements Identifier, Serializable {

  public static MessageId of(String value) {
    return new MessageId(UUID.fromString(value));
  }

  public static MessageId random() {
    return new MessageId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
