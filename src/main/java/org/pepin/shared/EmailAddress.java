package org.pepin.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address, checked pragmatically against RFC 5321/5322: a local part of 1–64 characters
 * of {@code atext} separated by single dots (no quoted strings, no comments), one {@code @}, and a
 * domain of at least two letter-digit-hyphen labels (RFC 1035, 1–63 characters, no hyphen at either
 * end, the last one starting with a letter, no IP literal), 254 characters at most. Names reserved
 * by RFC 2606 ({@code .example}, {@code .test}, {@code .invalid}, {@code .localhost}) are accepted,
 * since demonstration data uses them. The domain is lower-cased; the local part is kept as typed.
 *
 * @param value the address, trimmed ({@code email.format})
 */
public record EmailAddress(String value) {

  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final Pattern FORMAT =
      Pattern.compile(
          "(?=[^@]{1,64}@)"
              + ATOM
              + "(?:\\."
              + ATOM
              + ")*@(?:"
              + LABEL
              + "\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  public EmailAddress {
    value = Objects.requireNonNull(value, "value").strip();
    if (value.length() > 254 || !FORMAT.matcher(value).matches()) {
      throw new InvalidValue("email.format", "not an e-mail address: '" + value + "'", value);
    }
    int at = value.indexOf('@');
    value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /** The part before the {@code @}. */
  public String localPart() {
    return value.substring(0, value.indexOf('@'));
  }

  /** The domain, lower case. */
  public String domain() {
    return value.substring(value.indexOf('@') + 1);
  }

  @Override
  public String toString() {
    return value;
  }
}
