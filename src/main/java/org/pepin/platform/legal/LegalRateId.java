package org.pepin.platform.legal;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a row of the legal reference tables (global, not per company). */
public record LegalRateId(UUID value) implements Identifier, Serializable {

  public static LegalRateId of(String value) {
    return new LegalRateId(UUID.fromString(value));
  }

  public static LegalRateId random() {
    return new LegalRateId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
