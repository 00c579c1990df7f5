package org.pepin.platform.transfer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A file read as a table: its header and its data rows, with the line numbers a spreadsheet shows
 * (the header is line 1 in a CSV file). Cells are {@code null} (empty), {@link String}, or for XLSX
 * typed cells {@link java.math.BigDecimal}, {@link java.time.LocalDate}, {@link
 * java.time.LocalDateTime}, {@link Boolean} or {@link CellError}.
 *
 * @param format {@code CSV} or {@code XLSX}
 * @param encoding the name of the charset a CSV file was read with
 * @param separator the separator a CSV file was read with
 */
record TabularFile(
    String format,
    @Nullable String encoding,
    ReadOptions.@Nullable Separator separator,
    int headerLine,
    List<String> headers,
    List<Row> rows) {

  /** A data row. */
  record Row(int line, List<@Nullable Object> cells) {

    @Nullable Object cell(int column) {
      return column < cells.size() ? cells.get(column) : null;
    }
  }

  /** A spreadsheet error value such as {@code #N/A} or {@code #DIV/0!}. */
  record CellError(String text) {
    @Override
    public String toString() {
      return text;
    }
  }
}
