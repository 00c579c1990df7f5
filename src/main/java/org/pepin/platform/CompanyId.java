package org.pepin.platform;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a company (tenant). Every business row carries one. */
public record CompanyId(UUID value) implements Identifier, Serializable {

  public static CompanyId of(String value) {
    return new CompanyId(UUID.fromString(value));
  }

  public static CompanyId random() {
    return new CompanyId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
