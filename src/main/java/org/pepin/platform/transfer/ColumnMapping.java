package org.pepin.platform.transfer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pepin.platform.ImportField;
import org.springframework.context.MessageSource;

/**
 * Which column of the file feeds which field: found automatically from the headers (equal to the
 * field's name, its French or English label or a synonym, ignoring case, accents, spaces and
 * punctuation), then adjustable by the user. Kept as text, {@code field=column index} per line.
 */
final class ColumnMapping {

  private ColumnMapping() {}

  static Map<String, Integer> auto(
      List<ImportField<?>> fields, List<String> headers, MessageSource messages) {
    Map<String, Integer> mapping = new LinkedHashMap<>();
    Set<Integer> used = new HashSet<>();
    for (ImportField<?> field : fields) {
      Set<String> names = new HashSet<>();
      names.add(CellValues.normalise(field.name()));
      names.add(CellValues.normalise(label(messages, field, Locale.FRENCH)));
      names.add(CellValues.normalise(label(messages, field, Locale.ENGLISH)));
      field.synonyms().forEach(s -> names.add(CellValues.normalise(s)));
      for (int c = 0; c < headers.size(); c++) {
        if (!used.contains(c) && names.contains(CellValues.normalise(headers.get(c)))) {
          mapping.put(field.name(), c);
          used.add(c);
          break;
        }
      }
    }
    return mapping;
  }

  private static String label(MessageSource messages, ImportField<?> field, Locale locale) {
    String text = messages.getMessage(field.labelKey(), null, null, locale);
    return text == null ? field.name() : text;
  }

  /**
   * A mapping chosen by the user: field name → column index, keeping only known fields and existing
   * columns, each column used once (the first field that asks for it keeps it).
   */
  static Map<String, Integer> clean(
      List<ImportField<?>> fields, int columns, Map<String, Integer> chosen) {
    Map<String, Integer> mapping = new LinkedHashMap<>();
    Set<Integer> used = new HashSet<>();
    for (ImportField<?> field : fields) {
      Integer column = chosen.get(field.name());
      if (column != null && column >= 0 && column < columns && used.add(column)) {
        mapping.put(field.name(), column);
      }
    }
    return mapping;
  }

  /**
   * Column given by header name (exact, then normalised) or by 1-based number or letter (API
   * parameters {@code column.<field>=<header>}); -1 if none matches.
   */
  static int columnOf(List<String> headers, String wanted) {
    String text = wanted.strip();
    for (int c = 0; c < headers.size(); c++) {
      if (headers.get(c).equals(text)) {
        return c;
      }
    }
    String normalised = CellValues.normalise(text);
    for (int c = 0; c < headers.size(); c++) {
      if (CellValues.normalise(headers.get(c)).equals(normalised)) {
        return c;
      }
    }
    if (text.matches("\\d{1,4}")) {
      int index = Integer.parseInt(text) - 1;
      return index >= 0 && index < headers.size() ? index : -1;
    }
    if (text.matches("[A-Za-z]{1,3}")) {
      int index = 0;
      for (char ch : text.toUpperCase(Locale.ROOT).toCharArray()) {
        index = index * 26 + (ch - 'A' + 1);
      }
      return index - 1 < headers.size() ? index - 1 : -1;
    }
    return -1;
  }

  /** The spreadsheet letter of a column: A, B, … Z, AA… */
  static String letter(int column) {
    StringBuilder letters = new StringBuilder();
    int n = column + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      letters.insert(0, (char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return letters.toString();
  }

  static String encode(Map<String, Integer> mapping) {
    StringBuilder text = new StringBuilder();
    mapping.forEach((field, column) -> text.append(field).append('=').append(column).append('\n'));
    return text.toString();
  }

  static Map<String, Integer> decode(String text) {
    Map<String, Integer> mapping = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        mapping.put(line.substring(0, eq), Integer.parseInt(line.substring(eq + 1).strip()));
      }
    }
    return mapping;
  }
}
