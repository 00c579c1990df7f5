package org.pepin.platform.transfer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How to read a CSV file: its encoding and separator, detected unless the user chose them. XLSX
 * files ignore both.
 */
public record ReadOptions(Encoding encoding, Separator separator) {

  public static final ReadOptions AUTO = new ReadOptions(Encoding.AUTO, Separator.AUTO);

  /** The text encoding of a CSV file. */
  public enum Encoding {
    /** A byte-order mark decides; else valid UTF-8 is UTF-8, anything else Windows-1252. */
    AUTO(null),
    UTF_8(StandardCharsets.UTF_8),
    /** What Excel for Windows writes for "CSV (séparateur : point-virgule)". */
    WINDOWS_1252(Charset.forName("windows-1252"));

    private final @Nullable Charset charset;

    Encoding(@Nullable Charset charset) {
      this.charset = charset;
    }

    public @Nullable Charset charset() {
      return charset;
    }
  }

  /** The field separator of a CSV file. */
  public enum Separator {
    /** The most frequent of {@code ;}, tab and {@code ,} in the header line. */
    AUTO('\0'),
    SEMICOLON(';'),
    COMMA(','),
    TAB('\t');

    private final char character;

    Separator(char character) {
      this.character = character;
    }

    public char character() {
      return character;
    }

    static Separator of(char c) {
      return switch (c) {
        case ',' -> COMMA;
        case '\t' -> TAB;
        default -> SEMICOLON;
      };
    }
  }

  /** Options from form or query parameters; blank or unknown values mean "detect". */
  public static ReadOptions parse(@Nullable String encoding, @Nullable String separator) {
    return new ReadOptions(
        parseEnum(Encoding.class, encoding, Encoding.AUTO),
        parseEnum(Separator.class, separator, Separator.AUTO));
  }

  private static <E extends Enum<E>> E parseEnum(
      Class<E> type, @Nullable String text, E otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      return otherwise;
    }
  }
}
