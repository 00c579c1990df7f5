package org.pepin.platform.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pepin.shared.InvalidValue;

/** Patterns of numbering series: tokens, padding, and the e-invoicing limits of a number. */
class NumberingPatternTests {

  @Test
  void formats_the_prefix_the_year_and_the_zero_padded_counter() {
    var pattern = NumberingPattern.parse("FA-{YYYY}-{SEQ:5}");
    assertThat(pattern.format(2026, 42)).isEqualTo("FA-2026-00042");
    assertThat(pattern.format(2027, 1)).isEqualTo("FA-2027-00001");
    assertThat(pattern.format(2026, 123456)).as("never truncated").isEqualTo("FA-2026-123456");
    assertThat(NumberingPattern.parse("AV{YY}/{SEQ}").format(2026, 7)).isEqualTo("AV26/7");
    assertThat(NumberingPattern.parse("{SEQ:6}").format(2026, 31)).isEqualTo("000031");
    assertThat(pattern.showsYear()).isTrue();
    assertThat(NumberingPattern.parse("D+{SEQ:3}").showsYear()).isFalse();
    assertThat(pattern.fixedText()).isEqualTo("FA--");
  }

  @Test
  void refuses_what_a_legal_number_cannot_hold() {
    assertCode("FA {SEQ}", "numbering.pattern-space");
    assertCode("FA-É{SEQ}", "numbering.pattern-characters");
    assertCode("FA-{MM}-{SEQ}", "numbering.pattern-token");
    assertCode("FA-{YYYY}", "numbering.pattern-sequence");
    assertCode("FA-{SEQ}-{SEQ}", "numbering.pattern-sequence");
    assertCode("FA-{SEQ:11}", "numbering.pattern-sequence");
    assertCode("FA-{SEQ:0}", "numbering.pattern-sequence");
    assertCode("FA-{SEQ", "numbering.pattern-characters");
    assertCode("  ", "numbering.pattern-sequence");
    assertThatThrownBy(
            () -> NumberingPattern.parse("FACTURE-CLIENTS-PROS-{YYYY}-{SEQ:10}").checkLength(1))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.code()).isEqualTo("numbering.pattern-length");
              assertThat(e.args()).containsExactly(36);
            });
  }

  private static void assertCode(String pattern, String code) {
    assertThatThrownBy(() -> NumberingPattern.parse(pattern))
        .as(pattern)
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
