package org.pepin.catalog;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a product within its company. */
public record ProductId(UUID value) implements Identifier, Serializable {

  public static ProductId of(String value) {
    return new ProductId(UUID.fromString(value));
  }

  public static ProductId random() {
    return new ProductId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
