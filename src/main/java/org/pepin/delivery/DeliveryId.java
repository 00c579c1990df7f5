package org.pepin.delivery;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a delivery note (bon de livraison) within its company. */
public record DeliveryId(UUID value) implements Identifier, Serializable {

  public static DeliveryId of(String value) {
    return new DeliveryId(UUID.fromString(value));
  }

  public static DeliveryId random() {
    return new DeliveryId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
