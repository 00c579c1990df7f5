package org.pepin.platform.transfer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pepin.platform.ImportField;
import org.pepin.platform.transfer.TabularFile.CellError;
import org.pepin.shared.InvalidValue;
import org.springframework.context.MessageSource;

/**
 * Turns a cell into the value of an {@link ImportField}, the French way: decimals {@code 1 234,56}
 * (with spaces, U+00A0 or U+202F between thousands, or a dot as decimal point), dates {@code
 * 29/11/2026} (also {@code 29-11-2026}, {@code 29.11.2026} and ISO {@code 2026-11-29}), booleans
 * oui/non. Bad cells throw {@link InvalidValue} with a code of {@code import.*} (or the value
 * type's own) so that the report gives the reason in French.
 */
final class CellValues {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final Pattern FRENCH_DATE =
      Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T].*)?");
  private static final Pattern ISO_DATE =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");
  private static final Pattern GROUPED_BY_DOTS = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+");
  private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Set<String> TRUE =
      Set.of("oui", "o", "vrai", "v", "yes", "y", "true", "1", "x");
  private static final Set<String> FALSE = Set.of("non", "n", "faux", "f", "no", "false", "0");

  private final MessageSource messages;
  private final Locale locale;
  private final Map<String, Map<String, Enum<?>>> names = new HashMap<>();

  CellValues(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** The value of a non-empty cell for the field. */
  Object parse(ImportField<?> field, Object cell) {
    if (cell instanceof CellError error) {
      throw new InvalidValue("import.cell-error", "error cell", error.text());
    }
    if (cell instanceof String s) {
      cell = unneutralise(s);
    }
    return switch (field.type()) {
      case TEXT -> text(cell).strip();
      case DECIMAL -> cell instanceof BigDecimal d ? d : decimal(text(cell));
      case INTEGER -> integer(cell);
      case DATE -> date(cell);
      case BOOLEAN -> bool(cell);
      case ENUM -> oneOf(field, text(cell).strip());
      case ENUM_SET -> setOf(field, text(cell));
      case VALUE -> {
        Object value = java.util.Objects.requireNonNull(field.parser()).apply(text(cell).strip());
        if (value == null) {
          throw new InvalidValue("import.value", "no value", text(cell));
        }
        yield value;
      }
    };
  }

  /**
   * Text as it was before an export neutralised it for a spreadsheet: {@code '+32 3 123 45 67}
   * reads {@code +32 3 123 45 67} (exports prefix text starting with {@code = + - @}, tab or CR
   * with an apostrophe, OWASP "CSV injection"), so that an exported file imports back unchanged.
   */
  static String unneutralise(String text) {
    if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
      return text.substring(1);
    }
    return text;
  }

  /** A cell as text: numbers without trailing zeros, dates as 29/11/2026. */
  static String text(Object cell) {
    if (cell instanceof String s) {
      return s;
    }
    if (cell instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    if (cell instanceof LocalDate d) {
      return DATE.format(d);
    }
    if (cell instanceof LocalDateTime d) {
      return DATE_TIME.format(d);
    }
    return cell.toString();
  }

  /** A decimal written the French way (or with a dot as decimal point). */
  static BigDecimal decimal(String text) {
    String s =
        text.strip()
            .replace('\u2212', '-')
            .replaceAll("[\\s\\u00A0\\u202F\\u2007']", "")
            .replaceAll("^€|€$", "");
    int comma = s.lastIndexOf(',');
    int dot = s.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) {
      s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
    } else if (comma >= 0) {
      if (s.indexOf(',') != comma) {
        throw new InvalidValue("import.decimal", "not a decimal", text.strip());
      }
      s = s.replace(',', '.');
    } else if (dot >= 0 && s.indexOf('.') != dot) {
      if (!GROUPED_BY_DOTS.matcher(s).matches()) {
        throw new InvalidValue("import.decimal", "not a decimal", text.strip());
      }
      s = s.replace(".", "");
    }
    if (!PLAIN.matcher(s).matches()) {
      throw new InvalidValue("import.decimal", "not a decimal", text.strip());
    }
    return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
  }

  private static Long integer(Object cell) {
    BigDecimal value;
    try {
      value = cell instanceof BigDecimal d ? d : decimal(text(cell));
    } catch (InvalidValue e) {
      throw new InvalidValue("import.integer", "not a whole number", text(cell).strip());
    }
    try {
      return value.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidValue("import.integer", "not a whole number", text(cell).strip());
    }
  }

  /** A date: 29/11/2026, 29-11-2026, 29.11.2026 or 2026-11-29 (a time after it is ignored). */
  static LocalDate date(Object cell) {
    if (cell instanceof LocalDate d) {
      return d;
    }
    if (cell instanceof LocalDateTime d) {
      return d.toLocalDate();
    }
    String text = text(cell).strip();
    try {
      Matcher french = FRENCH_DATE.matcher(text);
      if (french.matches()) {
        return LocalDate.of(
            Integer.parseInt(french.group(3)),
            Integer.parseInt(french.group(2)),
            Integer.parseInt(french.group(1)));
      }
      Matcher iso = ISO_DATE.matcher(text);
      if (iso.matches()) {
        return LocalDate.of(
            Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
    } catch (DateTimeException e) {
      throw new InvalidValue("import.date", "impossible date", text);
    }
    throw new InvalidValue("import.date", "not a date", text);
  }

  private static Boolean bool(Object cell) {
    if (cell instanceof Boolean b) {
      return b;
    }
    String text = normalise(text(cell));
    if (TRUE.contains(text)) {
      return true;
    }
    if (FALSE.contains(text)) {
      return false;
    }
    throw new InvalidValue("import.boolean", "not a boolean", text(cell).strip());
  }

  private Enum<?> oneOf(ImportField<?> field, String text) {
    Enum<?> constant = names(field).get(normalise(text));
    if (constant == null) {
      throw new InvalidValue("import.enum", "unknown value", text, allowed(field));
    }
    return constant;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Set<?> setOf(ImportField<?> field, String text) {
    Set values = new LinkedHashSet<>();
    for (String token : text.split("[,;/+|\\n\\r]")) {
      if (!token.isBlank()) {
        values.add(oneOf(field, token.strip()));
      }
    }
    if (values.isEmpty()) {
      throw new InvalidValue("import.enum", "no value", text.strip(), allowed(field));
    }
    return EnumSet.copyOf(values);
  }

  /** The constants of an enum field by normalised code and French and English label (cached). */
  private Map<String, Enum<?>> names(ImportField<?> field) {
    return names.computeIfAbsent(
        field.name(),
        f -> {
          Map<String, Enum<?>> byName = new HashMap<>();
          for (Enum<?> constant :
              java.util.Objects.requireNonNull(field.enumType()).getEnumConstants()) {
            String key = field.valueKeys() + constant.name();
            byName.putIfAbsent(normalise(constant.name()), constant);
            for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
              String label = messages.getMessage(key, null, null, language);
              if (label != null) {
                byName.putIfAbsent(normalise(label), constant);
              }
            }
          }
          return byName;
        });
  }

  private String allowed(ImportField<?> field) {
    Class<? extends Enum<?>> type = java.util.Objects.requireNonNull(field.enumType());
    return Arrays.stream(type.getEnumConstants())
        .map(c -> messages.getMessage(field.valueKeys() + c.name(), null, c.name(), locale))
        .collect(Collectors.joining(", "));
  }

  /** Lower case, without accents, spaces or punctuation: how headers and labels are compared. */
  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]", "");
  }
}
