package org.pepin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepin.shared.SharedAssertions.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // france-compliance §7.5
        "73282932000074",
        "35600000000048",
        "35600000049837",
        // scenario: Pépinières Clément, Clément Jardins, Paysages de l'Ouest Parisien (old and new
        // head office), Commune de Montfort-l'Amaury, Les Jardins de Marly
        "97711804100010",
        "92815230500019",
        "52274796300018",
        "52274796300026",
        "21780421000011",
        "66984166000014"
      })
  void acceptsPublishedAndScenarioNumbers(String siret) {
    assertThat(new Siret(siret).value()).isEqualTo(siret);
  }

  @ParameterizedTest
  @ValueSource(strings = {"73282932000075", "73282932000079", "35600000049838"})
  void refusesABadCheck(String siret) {
    assertRejected("siret.checksum", () -> new Siret(siret));
  }

  @Test
  void laPosteEstablishmentsUseTheDigitSumAndTheHeadOfficeLuhn() {
    // 3+5+6+4+9+8+3+7 = 45: a multiple of 5, though not Luhn-valid
    assertThat(Values.luhn("35600000049837")).isFalse();
    assertThat(new Siret("35600000049837").siren()).isEqualTo(new Siren("356000000"));
    // the head office is checked by Luhn; its digit sum (26) is not a multiple of 5
    assertThat(Values.luhn("35600000000048")).isTrue();
  }

  @Test
  void refusesALuhnValidNumberWhoseSirenIsNot() {
    // 12345678900007 passes Luhn over 14 digits but 123456789 is not a SIREN
    assertThat(Values.luhn("12345678900007")).isTrue();
    assertRejected("siret.checksum", () -> new Siret("12345678900007"));
  }

  @Test
  void splitsAndFormats() {
    Siret siret = Siret.parse("977 118 041 00010");
    assertThat(siret.siren()).isEqualTo(new Siren("977118041"));
    assertThat(siret.nic()).isEqualTo("00010");
    assertThat(siret.format()).isEqualTo("977 118 041 00010");
    assertRejected("siret.format", () -> new Siret("9771180410001"));
  }
}
