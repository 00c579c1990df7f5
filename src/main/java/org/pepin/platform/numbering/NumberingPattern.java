package org.pepin.platform.numbering;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pepin.shared.InvalidValue;

/**
 * The pattern of a numbering series: fixed text and tokens, e.g. {@code FA-{YYYY}-{SEQ:5}} gives
 * {@code FA-2026-00042}. Tokens: {@code {YYYY}} (year of the document date), {@code {YY}} (its last
 * two digits), {@code {SEQ}} or {@code {SEQ:n}} (the counter, zero-padded to n digits, 1 ≤ n ≤ 10;
 * exactly one). The fixed text holds only letters, digits and {@code + - _ /}, and a number never
 * exceeds 35 characters: the French e-invoicing rules BR-FR-01/02 (france-compliance §1.3,
 * R-INV-06).
 *
 * @param value the pattern as typed
 */
public record NumberingPattern(String value) {

  /** Longest legal number (BR-FR-01). */
  public static final int MAX_NUMBER_LENGTH = 35;

  private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");
  private static final Pattern SEQ = Pattern.compile("SEQ(?::(\\d{1,2}))?");
  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9+\\-_/]*");

  public NumberingPattern {
    value = value.strip();
    parts(value);
  }

  /** Parses {@code text}, or throws a {@code numbering.pattern-*} {@link InvalidValue}. */
  public static NumberingPattern parse(String text) {
    return new NumberingPattern(text);
  }

  /** The number for a counter value and the year of the document date. */
  public String format(int year, long counter) {
    StringBuilder number = new StringBuilder();
    for (Part part : parts(value)) {
      switch (part.kind()) {
        case TEXT -> number.append(part.text());
        case YEAR4 -> number.append(String.format("%04d", year));
        case YEAR2 -> number.append(String.format("%02d", year % 100));
        case SEQ -> {
          String digits = Long.toString(counter);
          number.append("0".repeat(Math.max(0, part.width() - digits.length()))).append(digits);
        }
      }
    }
    return number.toString();
  }

  /** Whether the numbers show the year ({@code {YYYY}} or {@code {YY}}). */
  public boolean showsYear() {
    return parts(value).stream().anyMatch(p -> p.kind() == Kind.YEAR4 || p.kind() == Kind.YEAR2);
  }

  /**
   * The fixed text with the tokens removed, e.g. {@code FA--}: two series of a company must differ
   * by it, so that two documents never carry the same number (france-compliance §1.3: separate
   * series need distinct prefixes).
   */
  public String fixedText() {
    StringBuilder text = new StringBuilder();
    parts(value).stream().filter(p -> p.kind() == Kind.TEXT).forEach(p -> text.append(p.text()));
    return text.toString();
  }

  /**
   * Refuses a pattern whose numbers would exceed 35 characters while the counter stays below {@code
   * counter}'s number of digits or the padding.
   */
  public void checkLength(long counter) {
    int length = format(2026, counter).length();
    if (length > MAX_NUMBER_LENGTH) {
      throw new InvalidValue(
          "numbering.pattern-length", "numbers would have " + length + " characters", length);
    }
  }

  @Override
  public String toString() {
    return value;
  }

  private enum Kind {
    TEXT,
    YEAR4,
    YEAR2,
    SEQ
  }

  private record Part(Kind kind, String text, int width) {}

  private static List<Part> parts(String pattern) {
    if (pattern.isEmpty()) {
      throw new InvalidValue("numbering.pattern-sequence", "empty pattern");
    }
    List<Part> parts = new ArrayList<>();
    Matcher token = TOKEN.matcher(pattern);
    int at = 0;
    int sequences = 0;
    while (token.find()) {
      literal(parts, pattern.substring(at, token.start()));
      String name = token.group(1);
      Matcher seq = SEQ.matcher(name);
      if (name.equals("YYYY")) {
        parts.add(new Part(Kind.YEAR4, "", 0));
      } else if (name.equals("YY")) {
        parts.add(new Part(Kind.YEAR2, "", 0));
      } else if (seq.matches()) {
        int width = seq.group(1) == null ? 1 : Integer.parseInt(seq.group(1));
        if (width < 1 || width > 10) {
          throw new InvalidValue("numbering.pattern-sequence", "counter width " + width);
        }
        parts.add(new Part(Kind.SEQ, "", width));
        sequences++;
      } else {
        throw new InvalidValue(
            "numbering.pattern-token", "unknown token " + token.group(), token.group());
      }
      at = token.end();
    }
    literal(parts, pattern.substring(at));
    if (sequences != 1) {
      throw new InvalidValue("numbering.pattern-sequence", sequences + " counters in " + pattern);
    }
    return parts;
  }

  private static void literal(List<Part> parts, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (!LITERAL.matcher(text).matches()) {
      String bad =
          text.codePoints()
              .filter(c -> !LITERAL.matcher(Character.toString(c)).matches())
              .limit(1)
              .mapToObj(Character::toString)
              .findFirst()
              .orElse(text);
      if (bad.isBlank()) {
        throw new InvalidValue("numbering.pattern-space", "no space in a number");
      }
      throw new InvalidValue(
          "numbering.pattern-characters", "character not allowed in a number: " + bad, bad);
    }
    parts.add(new Part(Kind.TEXT, text, 0));
  }
}
