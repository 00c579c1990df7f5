package org.pepin.platform.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.transfer.ReadOptions.Encoding;
import org.pepin.platform.transfer.ReadOptions.Separator;
import org.pepin.platform.transfer.TabularFile.CellError;
import org.pepin.shared.InvalidValue;

/**
 * Reads an uploaded file as a table. The format is recognised from the file's bytes, never from its
 * name: an XLSX file is a ZIP package (fastexcel-reader, whose XML parser refuses DTDs and external
 * entities; the package is first measured decompressed, to refuse zip bombs), an old binary {@code
 * .xls} is refused with a hint, anything else is read as CSV text with Apache Commons CSV (quotes,
 * separators and line breaks inside quotes, the header on the first line).
 *
 * <p>Encoding of CSV: a byte-order mark decides (UTF-8, UTF-16); otherwise bytes that are valid
 * UTF-8 are read as UTF-8, and anything else as Windows-1252 — what Excel for Windows writes —
 * unless the user chose. Separator: the most frequent of {@code ;}, tab and {@code ,} in the header
 * line, unless the user chose.
 */
final class TabularReader {

  /** Columns read from a file, and characters kept of a header (the run stores its headers). */
  static final int MAX_COLUMNS = 200;

  static final int MAX_HEADER_LENGTH = 90;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

  private final int maxRows;
  private final long maxUncompressedBytes;

  TabularReader(int maxRows, long maxUncompressedBytes) {
    this.maxRows = maxRows;
    this.maxUncompressedBytes = maxUncompressedBytes;
  }

  TabularFile read(byte[] data, ReadOptions options) {
    if (data.length == 0) {
      throw new InvalidValue("import.file-empty", "empty file");
    }
    byte[] head = Arrays.copyOf(data, 8);
    if (ReadableWorkbook.isOOXMLZipHeader(head)) {
      return xlsx(data);
    }
    if (ReadableWorkbook.isOLE2Header(head)) {
      throw new InvalidValue("import.file-xls", "binary Excel 97-2003 file");
    }
    return csv(data, options);
  }

  // --- CSV -------------------------------------------------------------------------------------

  private TabularFile csv(byte[] data, ReadOptions options) {
    Charset charset;
    int skip = 0;
    Encoding chosen = options.encoding();
    if (startsWith(data, UTF8_BOM) && chosen != Encoding.WINDOWS_1252) {
      charset = StandardCharsets.UTF_8;
      skip = UTF8_BOM.length;
    } else if (chosen == Encoding.AUTO && startsWith(data, UTF16LE_BOM)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (chosen == Encoding.AUTO && startsWith(data, UTF16BE_BOM)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (chosen.charset() != null) {
      charset = chosen.charset();
    } else {
      charset = isUtf8(data) ? StandardCharsets.UTF_8 : Encoding.WINDOWS_1252.charset();
    }
    String text = new String(data, skip, data.length - skip, charset);
    if (text.indexOf('\0') >= 0) {
      throw new InvalidValue("import.file-format", "neither CSV text nor XLSX");
    }
    Separator separator =
        options.separator() == Separator.AUTO ? detectSeparator(text) : options.separator();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(separator.character())
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(true)
            .get();
    List<String> headers = null;
    int headerLine = 1;
    List<TabularFile.Row> rows = new ArrayList<>();
    CSVParser parser = null;
    try {
      parser = CSVParser.parse(new StringReader(text), format);
      for (CSVRecord record : parser) {
        int line = (int) record.getRecordNumber();
        if (headers == null) {
          if (blank(record)) {
            continue;
          }
          headers = headers(record.stream().map(TabularReader::header).toList());
          headerLine = line;
          continue;
        }
        if (blank(record)) {
          continue;
        }
        if (rows.size() >= maxRows) {
          throw new InvalidValue("import.too-many-rows", "too many rows", maxRows);
        }
        List<@Nullable Object> cells = new ArrayList<>(record.size());
        for (String value : record) {
          cells.add(value == null || value.isBlank() ? null : value);
        }
        rows.add(new TabularFile.Row(line, cells));
      }
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      long line = parser == null ? 1 : parser.getCurrentLineNumber() + 1;
      throw new InvalidValue("import.csv-malformed", "malformed CSV: " + e.getMessage(), line);
    }
    if (headers == null) {
      throw new InvalidValue("import.no-data", "no header and no data");
    }
    if (rows.isEmpty()) {
      throw new InvalidValue("import.no-data", "no data line");
    }
    return new TabularFile(
        "CSV", charset.name(), separator, headerLine, headers, List.copyOf(rows));
  }

  private static String header(@Nullable String text) {
    String header = text == null ? "" : text.replace("\uFEFF", "").strip();
    return header.length() > MAX_HEADER_LENGTH ? header.substring(0, MAX_HEADER_LENGTH) : header;
  }

  private static List<String> headers(List<String> names) {
    if (names.size() > MAX_COLUMNS) {
      throw new InvalidValue("import.too-many-columns", "too many columns", MAX_COLUMNS);
    }
    return names.stream().map(TabularReader::header).toList();
  }

  private static boolean blank(CSVRecord record) {
    for (String value : record) {
      if (value != null && !value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The most frequent of ; tab , outside quotes in the first line (ties in that order). */
  static Separator detectSeparator(String text) {
    int semicolons = 0;
    int tabs = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == '\t') {
        tabs++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    if (semicolons >= tabs && semicolons >= commas) {
      return Separator.SEMICOLON;
    }
    return tabs >= commas ? Separator.TAB : Separator.COMMA;
  }

  static boolean isUtf8(byte[] data) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  // --- XLSX ------------------------------------------------------------------------------------

  private TabularFile xlsx(byte[] data) {
    requireReasonableSize(data);
    List<String> headers = null;
    int headerLine = 1;
    List<TabularFile.Row> rows = new ArrayList<>();
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(data), new ReadingOptions(true, false))) {
      Sheet sheet =
          workbook
              .getSheets()
              .filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
              .findFirst()
              .orElseGet(workbook::getFirstSheet);
      try (var stream = sheet.openStream()) {
        var iterator = stream.iterator();
        while (iterator.hasNext()) {
          Row row = iterator.next();
          if (headers == null) {
            List<String> names = headerCells(row);
            if (!names.isEmpty()) {
              headers = headers(names);
              headerLine = row.getRowNum();
            }
            continue;
          }
          List<@Nullable Object> cells = new ArrayList<>(headers.size());
          boolean empty = true;
          for (int c = 0; c < headers.size(); c++) {
            Object value = row.getOptionalCell(c).map(TabularReader::value).orElse(null);
            empty &= value == null;
            cells.add(value);
          }
          if (empty) {
            continue;
          }
          if (rows.size() >= maxRows) {
            throw new InvalidValue("import.too-many-rows", "too many rows", maxRows);
          }
          rows.add(new TabularFile.Row(row.getRowNum(), cells));
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidValue invalid) {
        throw invalid;
      }
      throw new InvalidValue("import.xlsx-unreadable", "unreadable XLSX: " + e.getMessage());
    }
    if (headers == null || rows.isEmpty()) {
      throw new InvalidValue("import.no-data", "no data line");
    }
    return new TabularFile("XLSX", null, null, headerLine, headers, List.copyOf(rows));
  }

  private static List<String> headerCells(Row row) {
    List<String> names = new ArrayList<>();
    int last = -1;
    for (int c = 0; c < row.getCellCount(); c++) {
      Object value = row.getOptionalCell(c).map(TabularReader::value).orElse(null);
      String text = value == null ? "" : CellValues.text(value).strip();
      names.add(text);
      if (!text.isEmpty()) {
        last = c;
      }
    }
    return List.copyOf(names.subList(0, last + 1));
  }

  private static @Nullable Object value(Cell cell) {
    return switch (cell.getType()) {
      case EMPTY -> null;
      case STRING -> blankToNull(cell.asString());
      case BOOLEAN -> cell.asBoolean();
      case ERROR -> new CellError(String.valueOf(cell.getRawValue()));
      case FORMULA -> blankToNull(cell.getRawValue());
      case NUMBER -> {
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
          LocalDateTime dateTime = cell.asDate();
          yield dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
              ? dateTime.toLocalDate()
              : dateTime;
        }
        BigDecimal number = cell.asNumber();
        yield number;
      }
    };
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /**
   * Whether a number format shows a date: Excel's built-in date formats (14 to 22, 45 to 47, and
   * the East Asian ones 27 to 36 and 50 to 58), or a custom format with day, month, year, hour or
   * second codes outside quoted text and brackets.
   */
  static boolean isDateFormat(@Nullable Integer id, @Nullable String format) {
    if (id != null
        && ((id >= 14 && id <= 22)
            || (id >= 27 && id <= 36)
            || (id >= 45 && id <= 47)
            || (id >= 50 && id <= 58))) {
      return true;
    }
    if (format == null || format.isBlank()) {
      return false;
    }
    String codes =
        format
            .replaceAll("\"[^\"]*\"", "")
            .replaceAll("\\[[^\\]]*\\]", "")
            .replaceAll("\\\\.", "")
            .toLowerCase(Locale.ROOT);
    if (codes.contains("general")) {
      return false;
    }
    return codes.matches(".*[dmyhs].*");
  }

  /**
   * Refuses a package that would decompress to more than the limit (zip bomb): every entry is
   * decompressed and counted — the sizes the archive declares could lie.
   */
  private void requireReasonableSize(byte[] data) {
    long total = 0;
    byte[] buffer = new byte[16 * 1024];
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(data)).get()) {
      var entries = zip.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          int n;
          while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxUncompressedBytes) {
              throw new InvalidValue(
                  "import.xlsx-too-large",
                  "XLSX decompresses beyond the limit",
                  maxUncompressedBytes / (1024 * 1024));
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidValue invalid) {
        throw invalid;
      }
      throw new InvalidValue("import.xlsx-unreadable", "unreadable ZIP: " + e.getMessage());
    }
  }
}
