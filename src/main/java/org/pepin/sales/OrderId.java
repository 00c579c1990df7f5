package org.pepin.sales;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies an order within its company. */
public record OrderId(UUID value) implements Identifier, Serializable {

  public static OrderId of(String value) {
    return new OrderId(UUID.fromString(value));
  }

  public static OrderId random() {
    return new OrderId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
