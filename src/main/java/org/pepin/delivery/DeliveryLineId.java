package org.pepin.delivery;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a line of a delivery note within its company. */
public record DeliveryLineId(UUID value) implements Identifier, Serializable {

  public static DeliveryLineId of(String value) {
    return new DeliveryLineId(UUID.fromString(value));
  }

  public static DeliveryLineId random() {
    return new DeliveryLineId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
