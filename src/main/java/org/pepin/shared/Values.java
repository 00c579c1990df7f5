package org.pepin.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Checks shared by the value types of this package. */
final class Values {

  private Values() {}

  /** The value at exactly {@code scale} decimals, refusing to drop a significant digit. */
  static BigDecimal scaled(BigDecimal value, int scale, String code) {
    try {
      return value.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new InvalidValue(
          code, "more than " + scale + " decimals: " + value.toPlainString(), value);
    }
  }

  /** A plain decimal number such as {@code -1234.56}. */
  static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValue("number.format", "not a decimal number: '" + text + "'", text);
    }
  }

  /** The text without spaces (including no-break spaces) and without the given separators. */
  static String compact(String text, String separators) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .filter(c -> separators.indexOf(c) < 0)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Whether a string of digits passes the Luhn check (ISO/IEC 7812-1). */
  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      sum += i % 2 == 0 ? d : (d * 2) % 10 + d * 2 / 10;
    }
    return sum % 10 == 0;
  }
}
