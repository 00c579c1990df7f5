package org.pepin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.pepin.shared.SharedAssertions.assertRejected;

import java.util.stream.IntStream;
import org.instancio.junit.Given;
import org.instancio.junit.GivenProvider;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(InstancioExtension.class)
class SirenTests {

  static class EightDigits implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return context.random().digits(8);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // france-compliance §7.5
        "732829320",
        "404833048",
        "552100554",
        "542107651",
        // scenario: Pépinières Clément, Clément Jardins, customers and subcontractor
        "977118041",
        "928152305",
        "522747963",
        "734034739",
        "812345676",
        "644109225",
        "590133880",
        "951495985",
        "669841660"
      })
  void acceptsPublishedAndScenarioNumbers(String siren) {
    assertThat(new Siren(siren).value()).isEqualTo(siren);
  }

  @ParameterizedTest
  @ValueSource(strings = {"732829321", "123456789"})
  void refusesABadCheckDigit(String siren) {
    assertRejected("siren.checksum", () -> new Siren(siren));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "97711804", "9771180411", "97711804A", "977-118-041"})
  void refusesWhatIsNotNineDigits(String siren) {
    assertRejected("siren.format", () -> new Siren(siren));
  }

  @Test
  void readsSpacesAndPrintsInGroupsOfThree() {
    Siren siren = Siren.parse(" 977 118\u00a0041\u202f");
    assertThat(siren.value()).isEqualTo("977118041");
    assertThat(siren.format()).isEqualTo("977 118 041");
    assertThat(siren).hasToString("977118041");
  }

  @RepeatedTest(200)
  void luhnCompletionIsValidAndAnySingleDigitChangeIsNot(@Given(EightDigits.class) String eight) {
    String siren =
        IntStream.rangeClosed(0, 9)
            .mapToObj(d -> eight + d)
            .filter(Values::luhn)
            .findFirst()
            .orElseThrow();
    assertThatCode(() -> new Siren(siren)).doesNotThrowAnyException();
    for (int position = 0; position < 9; position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit != siren.charAt(position)) {
          String changed = siren.substring(0, position) + digit + siren.substring(position + 1);
          assertRejected("siren.checksum", () -> new Siren(changed));
        }
      }
    }
  }
}
