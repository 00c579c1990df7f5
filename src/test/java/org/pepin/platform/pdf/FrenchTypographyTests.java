package org.pepin.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchTypographyTests {

  static final String NBSP = "\u00A0";
  static final String NNBSP = "\u202F";

  @Test
  void high_punctuation_takes_a_narrow_no_break_space_and_the_colon_a_no_break_space() {
    assertThat(FrenchTypography.apply("Une question ? Oui ; enfin !"))
        .isEqualTo("Une question" + NNBSP + "? Oui" + NNBSP + "; enfin" + NNBSP + "!");
    assertThat(FrenchTypography.apply("Objet : relance")).isEqualTo("Objet" + NBSP + ": relance");
  }

  @Test
  void a_missing_space_is_added_after_a_word() {
    assertThat(FrenchTypography.apply("Vraiment? Oui!"))
        .isEqualTo("Vraiment" + NNBSP + "? Oui" + NNBSP + "!");
    assertThat(FrenchTypography.apply("Objet: relance")).isEqualTo("Objet" + NBSP + ": relance");
  }

  @Test
  void guillemets_hold_their_words_with_no_break_spaces() {
    assertThat(FrenchTypography.apply("le nom « Pépinières Clément » ici"))
        .isEqualTo("le nom «" + NBSP + "Pépinières Clément" + NBSP + "» ici");
    assertThat(FrenchTypography.apply("«Pépin»")).isEqualTo("«" + NBSP + "Pépin" + NBSP + "»");
  }

  @Test
  void a_number_keeps_its_unit() {
    assertThat(FrenchTypography.apply("un acompte de 30 % soit 100 €"))
        .isEqualTo("un acompte de 30" + NBSP + "% soit 100" + NBSP + "€");
  }

  @Test
  void times_urls_and_codes_are_left_alone() {
    assertThat(FrenchTypography.apply("à 10:30 sur https://pepin.example/a?b=c"))
        .isEqualTo("à 10:30 sur https://pepin.example/a?b=c");
    assertThat(FrenchTypography.apply("Page 1 / 2")).isEqualTo("Page 1 / 2");
  }
}
