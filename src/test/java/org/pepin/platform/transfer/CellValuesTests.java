package org.pepin.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pepin.platform.ImportField;
import org.pepin.platform.Role;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Siren;

/** Cell text read the French way, with a French reason for each refusal. */
class CellValuesTests {

  private final CellValues cells = new CellValues(TransferTestSupport.messages(), Locale.FRENCH);

  @Test
  void text_an_export_neutralised_for_a_spreadsheet_reads_back_as_it_was() {
    var phone = ImportField.text("phone", "company.phone");
    assertThat(cells.parse(phone, "'+32 3 123 45 67")).isEqualTo("+32 3 123 45 67");
    assertThat(cells.parse(phone, "'=1+1")).isEqualTo("=1+1");
    assertThat(cells.parse(phone, "'-5")).isEqualTo("-5");
    assertThat(cells.parse(phone, "l'Amaury")).isEqualTo("l'Amaury");
    assertThat(cells.parse(phone, "'quoted'")).isEqualTo("'quoted'");
    assertThat(SpreadsheetExports.neutralise("+32 3 123 45 67")).isEqualTo("'+32 3 123 45 67");
    assertThat(cells.parse(phone, SpreadsheetExports.neutralise("@SUM(A1)"))).isEqualTo("@SUM(A1)");
  }

  @Test
  void decimals_are_read_with_french_separators_and_spaces() {
    assertThat(CellValues.decimal("1 234,56")).isEqualTo(new BigDecimal("1234.56"));
    assertThat(CellValues.decimal("1\u00A0234,56")).isEqualTo(new BigDecimal("1234.56"));
    assertThat(CellValues.decimal("1\u202F234,56 €")).isEqualTo(new BigDecimal("1234.56"));
    assertThat(CellValues.decimal("1.234,56")).isEqualTo(new BigDecimal("1234.56"));
    assertThat(CellValues.decimal("1,234.56")).isEqualTo(new BigDecimal("1234.56"));
    assertThat(CellValues.decimal("1234.56")).isEqualTo(new BigDecimal("1234.56"));
    assertThat(CellValues.decimal("1.234.567")).isEqualTo(new BigDecimal("1234567"));
    assertThat(CellValues.decimal("\u22125,5")).isEqualTo(new BigDecimal("-5.5"));
    assertThat(CellValues.decimal("+0,75")).isEqualTo(new BigDecimal("0.75"));
    for (String bad : new String[] {"abc", "1,2,3", "12 kg", "1.2.3", "--1", ""}) {
      assertThatThrownBy(() -> CellValues.decimal(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidValue.class, e -> assertThat(e.code()).isEqualTo("import.decimal"));
    }
  }

  @Test
  void dates_are_read_in_french_or_iso_order_and_impossible_dates_refused() {
    assertThat(CellValues.date("29/11/2026")).isEqualTo(LocalDate.of(2026, 11, 29));
    assertThat(CellValues.date("1/2/2026")).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(CellValues.date("29.11.2026")).isEqualTo(LocalDate.of(2026, 11, 29));
    assertThat(CellValues.date("2026-11-29")).isEqualTo(LocalDate.of(2026, 11, 29));
    assertThat(CellValues.date("2026-11-29T10:15:00")).isEqualTo(LocalDate.of(2026, 11, 29));
    assertThat(CellValues.date("29/11/2026 08:30")).isEqualTo(LocalDate.of(2026, 11, 29));
    for (String bad : new String[] {"31/02/2026", "29/11/26", "demain", "2026/13/01"}) {
      assertThatThrownBy(() -> CellValues.date(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidValue.class, e -> assertThat(e.code()).isEqualTo("import.date"));
    }
  }

  @Test
  void typed_fields_parse_their_cells() {
    assertThat(cells.parse(ImportField.bool("b", "x"), "Oui")).isEqualTo(true);
    assertThat(cells.parse(ImportField.bool("b", "x"), "faux")).isEqualTo(false);
    assertThat(cells.parse(ImportField.integer("n", "x"), "1 200")).isEqualTo(1200L);
    assertThatThrownBy(() -> cells.parse(ImportField.integer("n", "x"), "12,5"))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("import.integer"));
    assertThat(
            cells.parse(ImportField.value("siren", "company.siren", Siren::parse), "977 118 041"))
        .isEqualTo(new Siren("977118041"));
    assertThatThrownBy(
            () ->
                cells.parse(
                    ImportField.value("siren", "company.siren", Siren::parse), "977 118 042"))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("siren.checksum"));
  }

  @Test
  void enums_are_read_by_code_or_by_their_french_or_english_label_without_accents_or_case() {
    var roles = ImportField.enumSet("roles", "user.roles", Role.class, "role.");
    assertThat(cells.parse(roles, "Administrateur, comptabilite; SALES"))
        .isEqualTo(EnumSet.of(Role.ADMIN, Role.ACCOUNTING, Role.SALES));
    assertThat(cells.parse(roles, "Read only")).isEqualTo(EnumSet.of(Role.VIEWER));
    var role = ImportField.enumeration("role", "user.roles", Role.class, "role.");
    assertThat(cells.parse(role, "Direction")).isEqualTo(Role.MANAGER);
    assertThatThrownBy(() -> cells.parse(roles, "Administrateur, Jardinier"))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.code()).isEqualTo("import.enum");
              assertThat(e.args()[0]).isEqualTo("Jardinier");
              assertThat(e.args()[1].toString())
                  .contains("Administrateur")
                  .contains("Lecture seule");
            });
  }

  @Test
  void headers_compare_without_case_accents_spaces_or_punctuation() {
    assertThat(CellValues.normalise(" Rôles * ")).isEqualTo("roles");
    assertThat(CellValues.normalise("E-mail")).isEqualTo(CellValues.normalise("email"));
    assertThat(CellValues.normalise("Nom d'utilisateur")).isEqualTo("nomdutilisateur");
  }
}
