package org.pepin.platform.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.ExportTable;
import org.pepin.platform.ExportTable.Column;
import org.pepin.platform.Exports;
import org.pepin.platform.FieldChange;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * CSV and XLSX exports.
 *
 * <p>CSV is what French Excel opens correctly by a double click: UTF-8 with a byte-order mark (so
 * that accents survive), {@code ;} between fields, CRLF line ends, decimals with a comma and no
 * thousands separator ({@code 1234,56}, read back as a number), dates {@code 29/11/2026}.
 *
 * <p>XLSX is written by fastexcel, streaming: bold header row, frozen under the header, auto filter
 * over the whole table, number cells with the format {@code #,##0.00} (shown {@code # ##0,00} by a
 * French Excel: format codes are stored in the neutral syntax and displayed in the reader's
 * locale), date cells {@code dd/mm/yyyy}.
 *
 * <p>Formula injection (OWASP "CSV injection"): a text cell starting with {@code = + - @}, a tab or
 * a carriage return would be run as a formula by a spreadsheet; in CSV such text is prefixed with
 * {@code '}, in XLSX it is written as a text cell, which a spreadsheet never evaluates. Numbers are
 * never text, so a negative amount stays a number in both formats.
 */
@Component
class SpreadsheetExports implements Exports {

  static final String DECIMAL_FORMAT = "#,##0.00";
  static final String INTEGER_FORMAT = "0";
  static final String DATE_FORMAT = "dd/mm/yyyy";
  static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm:ss";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
  private static final int FLUSH_EVERY = 500;

  private final MessageSource messages;

  SpreadsheetExports(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public <T> void write(
      ExportTable<T> table,
      ExportFormat format,
      Locale locale,
      OutputStream out,
      Consumer<Consumer<T>> rows)
      throws IOException {
    List<String> headers =
        table.columns().stream().map(c -> message(c.headerKey(), locale)).toList();
    if (format == ExportFormat.CSV) {
      writeCsv(table, headers, locale, out, rows);
    } else {
      writeXlsx(table, headers, locale, out, rows);
    }
  }

  @Override
  public String fileName(ExportTable<?> table, ExportFormat format, Locale locale, LocalDate date) {
    String title =
        java.text.Normalizer.normalize(
                message(table.titleKey(), locale), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return (title.isEmpty() ? "export" : title) + "-" + date + "." + format.extension();
  }

  /** CSV as French Excel reads it. */
  static CSVFormat csvFormat() {
    return CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
  }

  private <T> void writeCsv(
      ExportTable<T> table,
      List<String> headers,
      Locale locale,
      OutputStream out,
      Consumer<Consumer<T>> rows)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, csvFormat());
    printer.printRecord(headers.stream().map(SpreadsheetExports::neutralise).toList());
    Failure failure = new Failure();
    rows.accept(
        row -> {
          if (failure.error != null) {
            return;
          }
          List<String> cells = new ArrayList<>(table.columns().size());
          for (Column<T> column : table.columns()) {
            cells.add(csvCell(column, column.value().apply(row), locale));
          }
          try {
            printer.printRecord(cells);
          } catch (IOException e) {
            failure.error = e;
          }
        });
    if (failure.error != null) {
      throw failure.error;
    }
    printer.flush();
  }

  private String csvCell(Column<?> column, @Nullable Object value, Locale locale) {
    if (value == null) {
      return "";
    }
    return switch (column.kind()) {
      case DECIMAL ->
          ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
      case INTEGER -> value.toString();
      case DATE -> DATE.format((LocalDate) value);
      case DATE_TIME -> DATE_TIME.format(paris((Instant) value));
      case BOOLEAN -> message(FieldChange.BOOLEAN_KEYS + value, locale);
      case LABEL -> neutralise(label(column, value, locale));
      case TEXT -> neutralise(value.toString());
    };
  }

  private <T> void writeXlsx(
      ExportTable<T> table,
      List<String> headers,
      Locale locale,
      OutputStream out,
      Consumer<Consumer<T>> rows)
      throws IOException {
    Workbook workbook = new Workbook(out, "Pepin", "1.0");
    Worksheet sheet = workbook.newWorksheet(sheetName(message(table.titleKey(), locale)));
    sheet.freezePane(0, 1);
    List<Column<T>> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(0, c, headers.get(c));
      sheet.style(0, c).bold().fillColor("E8EFE6").set();
      sheet.width(c, width(columns.get(c), headers.get(c)));
    }
    int[] row = {0};
    Failure failure = new Failure();
    rows.accept(
        item -> {
          if (failure.error != null) {
            return;
          }
          int r = ++row[0];
          for (int c = 0; c < columns.size(); c++) {
            xlsxCell(sheet, r, c, columns.get(c), columns.get(c).value().apply(item), locale);
          }
          if (r % FLUSH_EVERY == 0) {
            try {
              sheet.flush();
            } catch (IOException e) {
              failure.error = e;
            }
          }
        });
    if (failure.error != null) {
      throw failure.error;
    }
    sheet.setAutoFilter(0, 0, row[0], Math.max(columns.size() - 1, 0));
    workbook.finish();
  }

  private void xlsxCell(
      Worksheet sheet, int r, int c, Column<?> column, @Nullable Object value, Locale locale) {
    if (value == null) {
      return;
    }
    switch (column.kind()) {
      case DECIMAL -> {
        sheet.value(r, c, (BigDecimal) value);
        sheet.style(r, c).format(DECIMAL_FORMAT).set();
      }
      case INTEGER -> {
        sheet.value(r, c, (Number) value);
        sheet.style(r, c).format(INTEGER_FORMAT).set();
      }
      case DATE -> {
        sheet.value(r, c, (LocalDate) value);
        sheet.style(r, c).format(DATE_FORMAT).set();
      }
      case DATE_TIME -> {
        sheet.value(r, c, paris((Instant) value));
        sheet.style(r, c).format(DATE_TIME_FORMAT).set();
      }
      case BOOLEAN -> sheet.value(r, c, message(FieldChange.BOOLEAN_KEYS + value, locale));
      // A string cell is text: a spreadsheet never evaluates it, whatever it starts with.
      case LABEL -> sheet.value(r, c, label(column, value, locale));
      case TEXT -> sheet.value(r, c, value.toString());
    }
  }

  private String label(Column<?> column, Object value, Locale locale) {
    String keys = column.valueKeys() == null ? "" : column.valueKeys();
    if (value instanceof Collection<?> values) {
      return values.stream()
          .sorted(SpreadsheetExports::byOrder)
          .map(v -> message(keys + code(v), locale, code(v)))
          .collect(Collectors.joining(", "));
    }
    return message(keys + code(value), locale, code(value));
  }

  /** Enums in declaration order, anything else alphabetically. */
  private static int byOrder(Object a, Object b) {
    if (a instanceof Enum<?> x && b instanceof Enum<?> y) {
      return Integer.compare(x.ordinal(), y.ordinal());
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  private static String code(Object value) {
    return value instanceof Enum<?> e ? e.name() : value.toString();
  }

  /**
   * Text that a spreadsheet would take for a formula gets a leading apostrophe (OWASP CSV
   * injection).
   */
  static String neutralise(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static LocalDateTime paris(Instant instant) {
    return LocalDateTime.ofInstant(instant, CompanyClock.ZONE);
  }

  private static double width(Column<?> column, String header) {
    int base =
        switch (column.kind()) {
          case DATE -> 12;
          case DATE_TIME -> 20;
          case DECIMAL -> 14;
          case INTEGER, BOOLEAN -> 10;
          case LABEL -> 24;
          case TEXT -> 24;
        };
    return Math.min(60, Math.max(base, header.length() + 4));
  }

  /** Excel sheet names: 31 characters at most, none of {@code : \ / ? * [ ]}. */
  private static String sheetName(String title) {
    String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
    if (name.isEmpty()) {
      name = "Export";
    }
    return name.length() > 31 ? name.substring(0, 31) : name;
  }

  private String message(String key, Locale locale) {
    return message(key, locale, key);
  }

  private String message(String key, Locale locale, String fallback) {
    String text = messages.getMessage(key, null, null, locale);
    return text == null ? fallback : text;
  }

  private static final class Failure {
    @Nullable IOException error;
  }
}
