package org.pepin.sales;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a revision (A, B…) of a quote within its company. */
public record QuoteRevisionId(UUID value) implements Identifier, Serializable {

  public static QuoteRevisionId of(String value) {
    return new QuoteRevisionId(UUID.fromString(value));
  }

  public static QuoteRevisionId random() {
    return new QuoteRevisionId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
