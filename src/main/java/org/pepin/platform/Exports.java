package org.pepin.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Writes a list to CSV or XLSX, streaming: rows go to the output as they come, so exporting a long
 * list needs no memory. Screens export exactly what their filters show (all pages). Text cells that
 * a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return) are
 * neutralised: prefixed with {@code '} in CSV, written as text cells in XLSX; numbers — negative
 * ones included — stay numbers.
 */
public interface Exports {

  /**
   * @param rows calls its argument once per row, in order
   */
  <T> void write(
      ExportTable<T> table,
      ExportFormat format,
      Locale locale,
      OutputStream out,
      Consumer<Consumer<T>> rows)
      throws IOException;

  /** Writes the rows of a list already in memory. */
  default <T> void write(
      ExportTable<T> table, ExportFormat format, Locale locale, OutputStream out, Iterable<T> rows)
      throws IOException {
    write(table, format, locale, out, sink -> rows.forEach(sink));
  }

  /**
   * The file name for an export: the list's name in the locale and the date, e.g. {@code
   * utilisateurs-2026-11-29.xlsx}.
   */
  String fileName(
      ExportTable<?> table, ExportFormat format, Locale locale, java.time.LocalDate date);
}
