package org.pepin.delivery;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a line of a customer return within its company. */
public record ReturnLineId(UUID value) implements Identifier, Serializable {

  public static ReturnLineId of(String value) {
    return new ReturnLineId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
