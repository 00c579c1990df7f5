package org.pepin.catalog;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a VAT category within its company. */
public record VatCategoryId(UUID value) implements Identifier, Serializable {

  public static VatCategoryId of(String value) {
    return new VatCategoryId(UUID.fromString(value));
  }

  public static VatCategoryId random() {
    return new VatCategoryId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
