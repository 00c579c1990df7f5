package org.pepin.delivery;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a customer return within its company. */
public record ReturnId(UUID value) implements Identifier, Serializable {

  public static ReturnId of(String value) {
    return new ReturnId(UUID.fromString(value));
  }

  public static ReturnId random() {
    return new ReturnId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
