package org.pepin.bench;

import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.pepin.shared.VatNumber;

/**
 * Valid French identifiers for generated companies: the n-th SIREN is {@code 3} followed by n on 7
 * digits and its Luhn digit, so every generated SIREN is unique and passes the same check as user
 * input.
 */
final class Identifiers {

  private Identifiers() {}

  static Siren siren(int n) {
    String base = "3" + String.format("%07d", n % 10_000_000);
    return new Siren(base + luhnDigit(base));
  }

  /** The head office's SIRET: NIC 0001 and a check digit. */
  static Siret headOffice(Siren siren) {
    String base = siren.value() + "0001";
    return new Siret(base + luhnDigit(base));
  }

  static VatNumber vat(Siren siren) {
    return VatNumber.forSiren(siren);
  }

  /** The digit that makes {@code digits + d} pass the Luhn check. */
  static int luhnDigit(String digits) {
    int sum = 0;
    boolean twice = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }
}
