package org.pepin.customers;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a third party (customer, supplier or subcontractor) within its company. */
public record CustomerId(UUID value) implements Identifier, Serializable {

  public static CustomerId of(String value) {
    return new CustomerId(UUID.fromString(value));
  }

  public static CustomerId random() {
    return new CustomerId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
