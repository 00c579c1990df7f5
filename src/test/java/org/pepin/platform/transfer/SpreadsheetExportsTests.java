package org.pepin.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.pepin.platform.ExportFormat;
import org.pepin.platform.ExportTable;
import org.pepin.platform.Role;

/**
 * Exports open correctly in a French Excel, and formula injection is neutralised: text cells that
 * start like a formula are prefixed in CSV and plain text cells in XLSX, while numbers — negative
 * ones too — stay numbers and dates stay dates.
 */
class SpreadsheetExportsTests {

  record Line(
      String name, BigDecimal amount, LocalDate due, Instant at, boolean paid, Set<Role> roles) {}

  static final ExportTable<Line> TABLE =
      ExportTable.<Line>titled("users.title")
          .text("user.displayName", Line::name)
          .decimal("import.report.value", Line::amount)
          .date("import.report.line", Line::due)
          .dateTime("user.createdAt", Line::at)
          .bool("user.enabled", Line::paid)
          .label("user.roles", "role.", Line::roles);

  static final List<Line> LINES =
      List.of(
          new Line(
              "Pépinières Clément",
              new BigDecimal("1234.5"),
              LocalDate.of(2026, 11, 29),
              Instant.parse("2026-11-29T13:05:09Z"),
              true,
              Set.of(Role.ADMIN, Role.SALES)),
          new Line(
              "=HYPERLINK(\"http://evil.example\",\"clic\")",
              new BigDecimal("-12.5"),
              LocalDate.of(2027, 1, 2),
              Instant.parse("2026-07-01T00:00:00Z"),
              false,
              Set.of()),
          new Line(
              "+33 6 12 34 56 78",
              BigDecimal.ZERO,
              LocalDate.of(2026, 1, 1),
              Instant.parse("2026-01-01T00:00:00Z"),
              false,
              Set.of()),
          new Line(
              "-2+3",
              BigDecimal.ONE,
              LocalDate.of(2026, 1, 1),
              Instant.parse("2026-01-01T00:00:00Z"),
              false,
              Set.of()),
          new Line(
              "@SUM(A1:A2)",
              BigDecimal.ONE,
              LocalDate.of(2026, 1, 1),
              Instant.parse("2026-01-01T00:00:00Z"),
              false,
              Set.of()),
          new Line(
              "\t=1+2",
              BigDecimal.ONE,
              LocalDate.of(2026, 1, 1),
              Instant.parse("2026-01-01T00:00:00Z"),
              false,
              Set.of()),
          new Line(
              "\r=1+2",
              BigDecimal.ONE,
              LocalDate.of(2026, 1, 1),
              Instant.parse("2026-01-01T00:00:00Z"),
              false,
              Set.of()));

  private final SpreadsheetExports exports = new SpreadsheetExports(TransferTestSupport.messages());

  @Test
  void csv_is_utf8_with_bom_semicolons_french_decimals_and_neutralised_formulas()
      throws IOException {
    var out = new ByteArrayOutputStream();
    exports.write(TABLE, ExportFormat.CSV, Locale.FRENCH, out, LINES);
    byte[] bytes = out.toByteArray();
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");

    assertThat(lines[0]).isEqualTo("Nom;Valeur;Ligne;Créé le;Actif;Rôles dans la société");
    assertThat(lines[1])
        .isEqualTo(
            "Pépinières Clément;1234,50;29/11/2026;29/11/2026 14:05:09;Oui;Administrateur, Commercial");
    assertThat(lines[2])
        .as("formula neutralised, negative number kept as a number")
        .startsWith(
            "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\";-12,50;02/01/2027;01/07/2026 02:00:00;Non;");
    assertThat(lines[3]).startsWith("'+33 6 12 34 56 78;0,00;");
    assertThat(lines[4]).startsWith("'-2+3;1,00;");
    assertThat(lines[5]).startsWith("'@SUM(A1:A2);");
    assertThat(lines[6]).startsWith("'\t=1+2;");
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"'\r=1+2\";");
  }

  @Test
  void
      xlsx_has_number_and_date_cells_text_cells_for_formula_like_text_a_bold_frozen_filtered_header()
          throws IOException {
    var out = new ByteArrayOutputStream();
    exports.write(TABLE, ExportFormat.XLSX, Locale.FRENCH, out, LINES);
    byte[] xlsx = out.toByteArray();

    try (var workbook =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(workbook.getFirstSheet().getName()).isEqualTo("Utilisateurs");
      assertThat(rows).hasSize(LINES.size() + 1);
      assertThat(rows.get(0).getCell(0).getText()).isEqualTo("Nom");

      var first = rows.get(1);
      assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
      assertThat(first.getCell(1).asNumber()).isEqualByComparingTo("1234.5");
      assertThat(first.getCell(1).getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
      assertThat(
              TabularReader.isDateFormat(
                  first.getCell(2).getDataFormatId(), first.getCell(2).getDataFormatString()))
          .as("a date cell")
          .isTrue();
      assertThat(first.getCell(2).asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 29));
      assertThat(first.getCell(3).asDate())
          .isEqualTo(java.time.LocalDateTime.of(2026, 11, 29, 14, 5, 9));
      assertThat(first.getCell(4).getText()).isEqualTo("Oui");
      assertThat(first.getCell(5).getText()).isEqualTo("Administrateur, Commercial");

      var hostile = rows.get(2);
      assertThat(hostile.getCell(0).getType())
          .as("text, never a formula")
          .isEqualTo(CellType.STRING);
      assertThat(hostile.getCell(0).getFormula()).isNull();
      assertThat(hostile.getCell(0).getText())
          .isEqualTo("=HYPERLINK(\"http://evil.example\",\"clic\")");
      assertThat(hostile.getCell(1).getType())
          .as("a negative number stays a number")
          .isEqualTo(CellType.NUMBER);
      assertThat(hostile.getCell(1).asNumber()).isEqualByComparingTo("-12.5");
      for (int r = 3; r <= 7; r++) {
        assertThat(rows.get(r).getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(rows.get(r).getCell(0).getFormula()).isNull();
      }
    }
    String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
    assertThat(sheet).contains("state=\"frozen\"").contains("ySplit=\"1\"");
    assertThat(sheet).contains("<autoFilter ref=\"A1:F8\"");
    assertThat(sheet).doesNotContain("<f>");
    assertThat(entry(xlsx, "xl/styles.xml")).contains("<b/>");
  }

  @Test
  void the_file_name_is_the_list_name_and_the_date() {
    assertThat(
            exports.fileName(TABLE, ExportFormat.XLSX, Locale.FRENCH, LocalDate.of(2026, 11, 29)))
        .isEqualTo("utilisateurs-2026-11-29.xlsx");
    assertThat(
            exports.fileName(
                ExportTable.titled("audit.title"),
                ExportFormat.CSV,
                Locale.FRENCH,
                LocalDate.of(2026, 11, 29)))
        .isEqualTo("journal-d-audit-2026-11-29.csv");
  }

  static String entry(byte[] zip, String name) throws IOException {
    try (var in =
        org.apache.commons.compress.archivers.zip.ZipFile.builder()
            .setSeekableByteChannel(
                new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(zip))
            .get()) {
      var entry = in.getEntry(name);
      if (entry == null) {
        throw new IllegalStateException("no " + name);
      }
      return new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
