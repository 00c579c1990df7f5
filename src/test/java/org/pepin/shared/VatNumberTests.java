package org.pepin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepin.shared.SharedAssertions.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VatNumberTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // france-compliance §7.5
        "FR44732829320",
        "FR40303265045",
        "FR23334175221",
        "FR03552081317",
        // new-style keys (python-stdnum doctests)
        "FRK7399859412",
        "FR4Z123456782",
        // scenario
        "FR70977118041",
        "FR50928152305",
        "FR87522747963",
        "FR44734034739",
        "FR19812345676",
        "FR96644109225",
        "FR41590133880",
        "FR00951495985",
        "FR48669841660",
        "BE0462157785"
      })
  void acceptsPublishedAndScenarioNumbers(String number) {
    assertThat(new VatNumber(number).value()).isEqualTo(number);
  }

  @Test
  void refusesAWrongFrenchKey() {
    // the correct key for 323140391 is 81
    assertRejected("vat-number.key", () -> new VatNumber("FR84323140391"));
    assertThat(new VatNumber("FR81323140391").siren()).isEmpty(); // 323140391 fails Luhn
    // a valid SIREN with the wrong key
    assertRejected("vat-number.key", () -> new VatNumber("FR45732829320"));
    assertRejected("vat-number.key", () -> new VatNumber("FRK8399859412"));
  }

  @Test
  void refusesILettersAndOLettersInTheKey() {
    assertRejected("vat-number.format", () -> new VatNumber("FRIO334175221"));
  }

  @Test
  void derivesTheFrenchNumberFromTheSiren() {
    assertThat(VatNumber.forSiren(new Siren("732829320")))
        .isEqualTo(new VatNumber("FR44732829320"));
    assertThat(VatNumber.forSiren(new Siren("951495985")).value()).isEqualTo("FR00951495985");
    assertThat(VatNumber.forSiren(new Siren("552081317")).value()).isEqualTo("FR03552081317");
  }

  @Test
  void givesTheSirenOfFrenchNumbersOnly() {
    VatNumber french = new VatNumber("fr 70 977.118-041");
    assertThat(french.value()).isEqualTo("FR70977118041");
    assertThat(french.isFrench()).isTrue();
    assertThat(french.country()).isEqualTo("FR");
    assertThat(french.siren()).contains(new Siren("977118041"));
    VatNumber belgian = new VatNumber("BE0462157785");
    assertThat(belgian.isFrench()).isFalse();
    assertThat(belgian.siren()).isEmpty();
  }

  @Test
  void acceptsMonacoNumbersWithoutASiren() {
    // Monaco: the 9 digits start with 000; the key is computed as for a SIREN
    VatNumber monaco =
        new VatNumber("FR" + "%02d".formatted((12 + 3 * (12345L % 97)) % 97) + "000012345");
    assertThat(monaco.siren()).isEmpty();
  }

  @Test
  void checksBelgianNumbers() {
    assertThat(new VatNumber("BE 462.157.785").value()).isEqualTo("BE0462157785");
    assertRejected("vat-number.key", () -> new VatNumber("BE0462157786"));
    assertRejected("vat-number.format", () -> new VatNumber("BE2462157785"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ATU12345678",
        "BG123456789",
        "BG1234567890",
        "CY12345678X",
        "CZ12345678",
        "DE123456789",
        "DK12345678",
        "EE123456789",
        "EL123456789",
        "ESX1234567X",
        "ES12345678Z",
        "FI12345678",
        "HR12345678901",
        "HU12345678",
        "IE1234567T",
        "IE1234567WA",
        "IE8Z49289F",
        "IT12345678901",
        "LT123456789",
        "LT123456789012",
        "LU12345678",
        "LV12345678901",
        "MT12345678",
        "NL123456789B01",
        "PL1234567890",
        "PT123456789",
        "RO12",
        "RO1234567890",
        "SE123456789001",
        "SI12345678",
        "SK1234567890",
        "XI123456789",
        "XI123456789012"
      })
  void acceptsTheFormatsOfOtherMemberStates(String number) {
    assertThat(new VatNumber(number).country()).isEqualTo(number.substring(0, 2));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"AT12345678", "DE12345678", "NL123456789A01", "SE123456789002", "IE1234567", "F"})
  void refusesOtherFormats(String number) {
    assertRejected("vat-number.format", () -> new VatNumber(number));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GR123456789", "GB123456789", "US123456789", "12345678901"})
  void refusesPrefixesThatAreNotMemberStates(String number) {
    assertRejected("vat-number.country", () -> new VatNumber(number));
  }
}
