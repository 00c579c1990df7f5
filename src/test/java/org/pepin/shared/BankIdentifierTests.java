package org.pepin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.pepin.shared.SharedAssertions.assertRejected;

import java.math.BigInteger;
import java.util.Map;
import org.instancio.junit.Given;
import org.instancio.junit.GivenProvider;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IBAN and BIC. */
@ExtendWith(InstancioExtension.class)
class BankIdentifierTests {

  private static final Map<String, Integer> SOME_LENGTHS =
      Map.of(
          "FR", 27, "DE", 22, "BE", 16, "GB", 22, "ES", 24, "IT", 27, "NL", 18, "MT", 31, "NO", 15,
          "CH", 21);

  /** A valid IBAN of a random country with a random alphanumeric BBAN. */
  static class ValidIbans implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      var random = context.random();
      String country = random.oneOf(SOME_LENGTHS.keySet());
      String bban =
          random.stringOf(
              SOME_LENGTHS.get(country) - 4,
              "0123456789012345678901234567890123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray());
      return withCheckDigits(country, bban);
    }
  }

  static String withCheckDigits(String country, String bban) {
    var digits = new StringBuilder();
    (bban + country + "00").chars().forEach(c -> digits.append(Character.digit(c, 36)));
    int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    return country + "%02d".formatted(check) + bban;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FR7630006000011234567890189",
        "FR1420041010050500013M02606",
        "DE89370400440532013000",
        "GB82WEST12345698765432",
        "FR7630004012340001234567862" // Pépinières Clément
      })
  void acceptsPublishedAndScenarioIbans(String iban) {
    assertThat(new Iban(iban).value()).isEqualTo(iban);
  }

  @Test
  void refusesAChangedDigit() {
    assertRejected("iban.checksum", () -> new Iban("FR7630006000011234567890188"));
  }

  @Test
  void checksTheLengthOfTheCountry() {
    assertRejected("iban.length", () -> new Iban("FR763000600001123456789018"));
    assertRejected("iban.length", () -> new Iban("DE8937040044053201300"));
    // a country outside the table only gets the 15–34 bound
    assertThat(new Iban(withCheckDigits("KW", "CBKU0000000000001234560101")).country())
        .isEqualTo("KW");
    assertRejected("iban.length", () -> new Iban("ZZ12345"));
    assertRejected("iban.format", () -> new Iban("F17630006000011234567890189"));
    assertRejected("iban.format", () -> new Iban("FR7630006000011234567890189!"));
  }

  @Test
  void readsAndPrintsGroupsOfFour() {
    Iban iban = new Iban("fr76 3000 4012 3400 0123 4567 862");
    assertThat(iban.value()).isEqualTo("FR7630004012340001234567862");
    assertThat(iban.format()).isEqualTo("FR76 3000 4012 3400 0123 4567 862");
    assertThat(iban.country()).isEqualTo("FR");
    assertThat(new Iban("DE89370400440532013000").format())
        .isEqualTo("DE89 3704 0044 0532 0130 00");
  }

  @RepeatedTest(200)
  void refusesTwoSwappedNeighbours(@Given(ValidIbans.class) String iban, @Given Integer seed) {
    assertThat(new Iban(iban).value()).isEqualTo(iban);
    int start = Math.floorMod(seed, iban.length() - 1);
    for (int k = 0; k < iban.length() - 1; k++) {
      int i = (start + k) % (iban.length() - 1);
      char a = iban.charAt(i);
      char b = iban.charAt(i + 1);
      if (a != b && !undetectable(a, b)) {
        String swapped = iban.substring(0, i) + b + a + iban.substring(i + 2);
        assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> new Iban(swapped));
        return;
      }
    }
  }

  /**
   * MOD 97-10 reads a letter as two digits (B = 11, M = 22, X = 33), so swapping B and 1, M and 2,
   * or X and 3 changes the number by 9 × (v − 11 d) = 0: these transpositions cannot be seen.
   */
  private static boolean undetectable(char a, char b) {
    String pair = "" + (char) Math.max(a, b) + (char) Math.min(a, b);
    return pair.equals("B1") || pair.equals("M2") || pair.equals("X3");
  }

  @Test
  void cannotSeeTheThreeLetterDigitTranspositionsMod97Misses() {
    String iban = withCheckDigits("GB", "WEST1234569876B1AB");
    assertThat(new Iban(iban).value()).isEqualTo("GB48WEST1234569876B1AB");
    assertThat(new Iban("GB48WEST12345698761BAB").value()).isEqualTo("GB48WEST12345698761BAB");
  }

  @ParameterizedTest
  @ValueSource(strings = {"BNPAFRPP", "BNPAFRPPXXX", "bnpa fr pp xxx", "AGRIFRPP882", "1234FRPP"})
  void acceptsBics(String bic) {
    assertThat(new Bic(bic).country()).isEqualTo("FR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"BNPAFRP", "BNPAFRPPXX", "BNPA12PP", "BNPAFRPPXXXX", ""})
  void refusesMalformedBics(String bic) {
    assertRejected("bic.format", () -> new Bic(bic));
  }
}
