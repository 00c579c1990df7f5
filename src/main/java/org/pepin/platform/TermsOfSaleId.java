package org.pepin.platform;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies one version of a company's terms of sale (conditions générales de vente). */
public record TermsOfSaleId(UUID value) implements Identifier, Serializable {

  public static TermsOfSaleId of(String value) {
    return new TermsOfSaleId(UUID.fromString(value));
  }

  public static TermsOfSaleId random() {
    return new TermsOfSaleId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
