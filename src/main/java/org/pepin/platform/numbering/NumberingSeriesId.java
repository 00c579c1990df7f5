package org.pepin.platform.numbering;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a numbering series (one per company and document kind). */
public record NumberingSeriesId(UUID value) implements Identifier, Serializable {

  public static NumberingSeriesId of(String value) {
    return new NumberingSeriesId(UUID.fromString(value));
  }

  public static NumberingSeriesId random() {
    return new NumberingSeriesId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
