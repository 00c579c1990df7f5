package org.pepin.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.pepin.platform.ImportField;
import org.pepin.platform.transfer.ReadOptions.Encoding;
import org.pepin.platform.transfer.ReadOptions.Separator;
import org.pepin.shared.InvalidValue;

/**
 * Reading uploaded files: CSV as French offices write it (Windows-1252 or UTF-8 with or without a
 * byte-order mark, {@code ;}, {@code ,} or tab, quotes, French decimals and dates), XLSX with real
 * number and date cells, and the files that must be refused (old .xls, binary, malformed CSV, zip
 * bombs, external XML entities).
 */
class TabularReaderTests {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final TabularReader reader = new TabularReader(50_000, 10_000_000);
  private final CellValues cells = new CellValues(TransferTestSupport.messages(), Locale.FRENCH);

  @Test
  void a_windows_1252_file_with_accents_semicolons_and_french_decimals_reads_correctly() {
    String text =
        "Société;Montant HT;Échéance;Remarque\r\n"
            + "Pépinières Clément;1 234,56;29/11/2026;Livré à Montfort-l'Amaury\r\n"
            + "Jardins de l'Élysée;12\u00A0500,00;2026-12-31;\"Fleurs; arbres\"\r\n"
            + "Côté Jardin;-3 210,5;01/01/2027;Prix « spécial »\r\n";
    byte[] bytes = text.getBytes(WINDOWS_1252);
    assertThat(TabularReader.isUtf8(bytes))
        .as("Windows-1252 accents are not valid UTF-8")
        .isFalse();

    TabularFile file = reader.read(bytes, ReadOptions.AUTO);

    assertThat(file.encoding()).isEqualTo("windows-1252");
    assertThat(file.separator()).isEqualTo(Separator.SEMICOLON);
    assertThat(file.headers()).containsExactly("Société", "Montant HT", "Échéance", "Remarque");
    assertThat(file.rows()).hasSize(3);
    assertThat(file.rows().get(0).line()).isEqualTo(2);
    assertThat(file.rows().get(0).cell(0)).isEqualTo("Pépinières Clément");
    assertThat(file.rows().get(1).cell(3)).isEqualTo("Fleurs; arbres");
    assertThat(file.rows().get(2).cell(3)).isEqualTo("Prix « spécial »");

    var amount = ImportField.decimal("amount", "x");
    var due = ImportField.date("due", "x");
    assertThat(cells.parse(amount, file.rows().get(0).cell(1)))
        .isEqualTo(new BigDecimal("1234.56"));
    assertThat(cells.parse(amount, file.rows().get(1).cell(1)))
        .isEqualTo(new BigDecimal("12500.00"));
    assertThat(cells.parse(amount, file.rows().get(2).cell(1)))
        .isEqualTo(new BigDecimal("-3210.5"));
    assertThat(cells.parse(due, file.rows().get(0).cell(2))).isEqualTo(LocalDate.of(2026, 11, 29));
    assertThat(cells.parse(due, file.rows().get(1).cell(2))).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void utf8_with_or_without_a_byte_order_mark_is_recognised() {
    String text = "Nom,Ville\nÉlodie,Saint-Rémy\n";
    byte[] withBom =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            text.getBytes(StandardCharsets.UTF_8));
    for (byte[] bytes : new byte[][] {withBom, text.getBytes(StandardCharsets.UTF_8)}) {
      TabularFile file = reader.read(bytes, ReadOptions.AUTO);
      assertThat(file.encoding()).isEqualTo("UTF-8");
      assertThat(file.separator()).isEqualTo(Separator.COMMA);
      assertThat(file.headers()).containsExactly("Nom", "Ville");
      assertThat(file.rows().get(0).cells()).containsExactly("Élodie", "Saint-Rémy");
    }
  }

  @Test
  void the_user_may_force_the_encoding_and_the_separator() {
    byte[] bytes = "a;b\tc\n1;2\t3\n".getBytes(StandardCharsets.UTF_8);
    TabularFile tabs = reader.read(bytes, new ReadOptions(Encoding.WINDOWS_1252, Separator.TAB));
    assertThat(tabs.headers()).containsExactly("a;b", "c");
    assertThat(tabs.encoding()).isEqualTo("windows-1252");
    assertThat(
            reader
                .read("x\ty\n1\t2\n".getBytes(StandardCharsets.UTF_8), ReadOptions.AUTO)
                .separator())
        .isEqualTo(Separator.TAB);
  }

  @Test
  void quoted_fields_hold_separators_quotes_and_line_breaks_and_lines_count_like_a_spreadsheet() {
    String text =
        "Nom;Note\n\"Dupont; fils\";\"Il a dit \"\"oui\"\"\nsur deux lignes\"\n\nMartin;ok\n";
    TabularFile file = reader.read(text.getBytes(StandardCharsets.UTF_8), ReadOptions.AUTO);
    assertThat(file.rows()).hasSize(2);
    assertThat(file.rows().get(0).cells())
        .containsExactly("Dupont; fils", "Il a dit \"oui\"\nsur deux lignes");
    assertThat(file.rows().get(0).line()).isEqualTo(2);
    assertThat(file.rows().get(1).line()).as("the blank line is a row of the sheet").isEqualTo(4);
  }

  @Test
  void files_that_cannot_be_read_are_refused_with_a_reason() {
    assertCode(new byte[0], "import.file-empty");
    assertCode("Nom;Ville\n".getBytes(StandardCharsets.UTF_8), "import.no-data");
    assertCode(
        "Nom;Ville\n\"Dupont;Paris\n".getBytes(StandardCharsets.UTF_8), "import.csv-malformed");
    assertCode(
        new byte[] {
          (byte) 0xD0,
          (byte) 0xCF,
          0x11,
          (byte) 0xE0,
          (byte) 0xA1,
          (byte) 0xB1,
          0x1A,
          (byte) 0xE1,
          0,
          0
        },
        "import.file-xls");
    assertCode(new byte[] {1, 0, 2, 0, 3, 0}, "import.file-format");
    assertCode(new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9, 9, 9}, "import.xlsx-unreadable");
    var small = new TabularReader(2, 10_000_000);
    assertThatThrownBy(
            () -> small.read("a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), ReadOptions.AUTO))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("import.too-many-rows"));
  }

  @Test
  void xlsx_number_date_text_and_boolean_cells_keep_their_types() throws IOException {
    byte[] xlsx =
        xlsx(
            sheet -> {
              sheet.value(0, 0, "Libellé");
              sheet.value(0, 1, "Montant");
              sheet.value(0, 2, "Date");
              sheet.value(0, 3, "Code postal");
              sheet.value(1, 0, "=pas une formule");
              sheet.value(1, 1, new BigDecimal("-1234.5"));
              sheet.value(1, 2, LocalDate.of(2026, 11, 29));
              sheet.style(1, 2).format("dd/mm/yyyy").set();
              sheet.value(1, 3, 78490);
            });
    TabularFile file = reader.read(xlsx, ReadOptions.AUTO);
    assertThat(file.format()).isEqualTo("XLSX");
    assertThat(file.headers()).containsExactly("Libellé", "Montant", "Date", "Code postal");
    var row = file.rows().get(0);
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.cell(0)).isEqualTo("=pas une formule");
    assertThat((BigDecimal) row.cell(1)).isEqualByComparingTo("-1234.5");
    assertThat(row.cell(2)).isEqualTo(LocalDate.of(2026, 11, 29));
    assertThat(cells.parse(ImportField.text("cp", "x"), row.cell(3))).isEqualTo("78490");
    assertThat(cells.parse(ImportField.date("d", "x"), row.cell(2)))
        .isEqualTo(LocalDate.of(2026, 11, 29));
  }

  @Test
  void an_xlsx_that_decompresses_beyond_the_limit_is_refused_before_parsing() throws IOException {
    byte[] xlsx =
        xlsx(
            sheet -> {
              sheet.value(0, 0, "Texte");
              for (int r = 1; r < 2000; r++) {
                sheet.value(r, 0, "x".repeat(200));
              }
            });
    var strict = new TabularReader(50_000, 100_000);
    assertThatThrownBy(() -> strict.read(xlsx, ReadOptions.AUTO))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("import.xlsx-too-large"));
  }

  @Test
  void an_xlsx_declaring_an_external_entity_never_reads_it() throws IOException {
    Path secret = Files.createTempFile("pepin-secret", ".txt");
    Files.writeString(secret, "SECRET-VALUE-42");
    byte[] xlsx =
        xlsx(
            sheet -> {
              sheet.value(0, 0, "Nom");
              sheet.inlineString(1, 0, "PLACEHOLDER");
            });
    String doctype =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>";
    byte[] hostile =
        rewrite(
            xlsx,
            "xl/worksheets/sheet1.xml",
            xml -> doctype + xml.substring(xml.indexOf("?>") + 2).replace("PLACEHOLDER", "&xxe;"));
    try {
      TabularFile file = reader.read(hostile, ReadOptions.AUTO);
      assertThat(file.rows().toString()).doesNotContain("SECRET-VALUE-42");
    } catch (InvalidValue e) {
      assertThat(e.code()).isEqualTo("import.xlsx-unreadable");
    }
  }

  private void assertCode(byte[] data, String code) {
    assertThatThrownBy(() -> reader.read(data, ReadOptions.AUTO))
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  interface SheetWriter {
    void write(org.dhatim.fastexcel.Worksheet sheet) throws IOException;
  }

  static byte[] xlsx(SheetWriter content) throws IOException {
    var out = new ByteArrayOutputStream();
    var workbook = new Workbook(out, "Test", "1.0");
    var sheet = workbook.newWorksheet("Feuille");
    content.write(sheet);
    workbook.finish();
    return out.toByteArray();
  }

  static byte[] rewrite(byte[] zip, String entry, java.util.function.UnaryOperator<String> change)
      throws IOException {
    var out = new ByteArrayOutputStream();
    try (var in =
            org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(
                    new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(zip))
                .get();
        var copy = new ZipOutputStream(out)) {
      var entries = in.getEntries();
      while (entries.hasMoreElements()) {
        var e = entries.nextElement();
        byte[] data = in.getInputStream(e).readAllBytes();
        if (e.getName().equals(entry)) {
          data =
              change
                  .apply(new String(data, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        copy.putNextEntry(new ZipEntry(e.getName()));
        copy.write(data);
        copy.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
