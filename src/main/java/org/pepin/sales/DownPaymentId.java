package org.pepin.sales;

import java.io.Serializable;
import java.util.UUID;
import org.pepin.shared.Identifier;

/** Identifies a down-payment request within its company. */
public record DownPaymentId(UUID value) implements Identifier, Serializable {

  public static DownPaymentId of(String value) {
    return new DownPaymentId(UUID.fromString(value));
  }

  public static DownPaymentId random() {
    return new DownPaymentId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
