package org.pepin.sales;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a quote within its company. */
public record QuoteId(UUID value) implements Identifier, Serializable {

  public static QuoteId of(String value) {
    return new QuoteId(UUID.fromString(value));
  }

  public static QuoteId random() {
    return new QuoteId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
