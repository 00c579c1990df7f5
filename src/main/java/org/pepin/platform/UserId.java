package org.pepin.platform;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a user of the instance; a user may belong to several companies. */
public record UserId(UUID value) implements Identifier, Serializable {

  public static UserId of(String value) {
    return new UserId(UUID.fromString(value));
  }

  public static UserId random() {
    return new UserId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
