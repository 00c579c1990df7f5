package org.pepin.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The canonical serialisation of the legal fields of a document, the text that {@link
 * IntegrityChain} hashes. It is deterministic, so that anyone can recompute it by hand from the
 * printed or exported document and check the chain (inalterability of the data: CGI art. 286 I 3°
 * bis; BOI-TVA-DECLA-30-10-30; integrity from issue to the end of retention: LPF L102 B, C. com.
 * L123-22).
 *
 * <h2>Format (version 1)</h2>
 *
 * <ul>
 *   <li>The first line is {@code pepin-canonical/1}.
 *   <li>Then one line per field, {@code key=value}, ended by a line feed ({@code \n}, U+000A), in
 *       ascending order of the keys compared character by character (Java {@code String.compareTo},
 *       i.e. UTF-16 code units; keys are ASCII so this is plain byte order). The order in which
 *       fields were added does not matter.
 *   <li>Keys match {@code [a-z0-9][a-z0-9._-]*} and are unique; repeated parts use an index, e.g.
 *       {@code line.1.quantity}, {@code line.2.quantity}.
 *   <li>Text: the string as given, with {@code \} written {@code \\}, line feed {@code \n},
 *       carriage return {@code \r}, tab {@code \t}, and other characters below U+0020 and U+007F as
 *       {@code \}{@code uXXXX} (four upper-case hex digits). No trimming, no Unicode normalisation.
 *   <li>Absent value ({@code null}, any type): {@code \N} — which no text can produce, since a text
 *       backslash is doubled.
 *   <li>Date: ISO-8601 {@code yyyy-MM-dd}, e.g. {@code 2026-11-29}.
 *   <li>Instant: ISO-8601 in UTC truncated to the second, e.g. {@code 2026-11-29T23:40:05Z}.
 *   <li>Amount (money): exactly two decimals, point as separator, minus sign for negatives, no
 *       grouping, e.g. {@code 1234.50}, {@code -12.00}; an amount with more than two significant
 *       decimals is refused.
 *   <li>Decimal (quantities, unit prices, rates): the shortest plain form, trailing zeros removed,
 *       no exponent, e.g. {@code 2.5} for 2.500, {@code 10} for 10.00, {@code 0} for 0.000.
 *   <li>Integer: decimal digits, minus sign for negatives. Boolean: {@code true} / {@code false}.
 * </ul>
 *
 * <p>The whole text is encoded in UTF-8 before hashing. Example: {@code
 * CanonicalForm.of().text("number", "FA-2026-00001").date("issue_date", 2026-11-29)
 * .amount("total_incl_vat", 120)} gives {@code
 * "pepin-canonical/1\nissue_date=2026-11-29\nnumber=FA-2026-00001\ntotal_incl_vat=120.00\n"}.
 */
public final class CanonicalForm {

  /** The first line of every canonical text (format version). */
  public static final String HEADER = "pepin-canonical/1";

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final String ABSENT = "\\N";

  private final Map<String, String> fields = new TreeMap<>();

  private CanonicalForm() {}

  /** An empty form. */
  public static CanonicalForm of() {
    return new CanonicalForm();
  }

  public CanonicalForm text(String key, @Nullable String value) {
    return put(key, value == null ? ABSENT : escape(value));
  }

  public CanonicalForm date(String key, @Nullable LocalDate value) {
    return put(key, value == null ? ABSENT : value.toString());
  }

  public CanonicalForm instant(String key, @Nullable Instant value) {
    return put(key, value == null ? ABSENT : value.truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /**
   * A money amount, written with exactly two decimals.
   *
   * @throws IllegalArgumentException if the amount has non-zero digits beyond the cent
   */
  public CanonicalForm amount(String key, @Nullable BigDecimal value) {
    if (value == null) {
      return put(key, ABSENT);
    }
    BigDecimal cents;
    try {
      cents = value.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("amount " + key + " has more than two decimals: " + value);
    }
    return put(key, cents.toPlainString());
  }

  /** A quantity, unit price or rate, in its shortest plain form ({@code 2.5}, {@code 10}). */
  public CanonicalForm decimal(String key, @Nullable BigDecimal value) {
    if (value == null) {
      return put(key, ABSENT);
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return put(key, stripped.signum() == 0 ? "0" : stripped.toPlainString());
  }

  public CanonicalForm integer(String key, long value) {
    return put(key, Long.toString(value));
  }

  public CanonicalForm bool(String key, boolean value) {
    return put(key, Boolean.toString(value));
  }

  /** The canonical text: header, then the fields in key order, each line ended by {@code \n}. */
  public String text() {
    var out = new StringBuilder(HEADER).append('\n');
    fields.forEach((key, value) -> out.append(key).append('=').append(value).append('\n'));
    return out.toString();
  }

  @Override
  public String toString() {
    return text();
  }

  /** SHA-256 of the UTF-8 bytes of {@code text}, in lower-case hexadecimal (64 characters). */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 of {@code bytes}, in lower-case hexadecimal (64 characters). */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private CanonicalForm put(String key, String value) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("canonical key must match " + KEY + ": " + key);
    }
    if (fields.putIfAbsent(key, value) != null) {
      throw new IllegalArgumentException("canonical key given twice: " + key);
    }
    return this;
  }

  static String escape(String value) {
    var out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
