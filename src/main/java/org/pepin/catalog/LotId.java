package org.pepin.catalog;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a lot (batch of plants or goods) within its company. */
public record LotId(UUID value) implements Identifier, Serializable {

  public static LotId of(String value) {
    return new LotId(UUID.fromString(value));
  }

  public static LotId random() {
    return new LotId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
