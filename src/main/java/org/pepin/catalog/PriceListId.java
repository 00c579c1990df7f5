package org.pepin.catalog;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies one dated version of a price list within its company. */
public record PriceListId(UUID value) implements Identifier, Serializable {

  public static PriceListId of(String value) {
    return new PriceListId(UUID.fromString(value));
  }

  public static PriceListId random() {
    return new PriceListId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
