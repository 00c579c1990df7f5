package org.pepin.sales;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a line of a quote revision or of an order within its company. */
public record SalesLineId(UUID value) implements Identifier, Serializable {

  public static SalesLineId of(String value) {
    return new SalesLineId(UUID.fromString(value));
  }

  public static SalesLineId random() {
    return new SalesLineId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
