package org.pepin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.pepin.shared.SharedAssertions.assertRejected;

import org.junit.jupiter.api.Test;

class PostalAddressTests {

  @Test
  void printsAFrenchAddressWithTheCityInCapitals() {
    PostalAddress address =
        PostalAddress.france(" 4 chemin des Grands Prés ", " ", "78490", "Montfort-l'Amaury");
    assertThat(address.line1()).isEqualTo("4 chemin des Grands Prés");
    assertThat(address.line2()).isNull();
    assertThat(address.countryCode()).isEqualTo("FR");
    assertThat(address.lines())
        .containsExactly("4 chemin des Grands Prés", "78490 MONTFORT-L'AMAURY");
  }

  @Test
  void printsTheComplementAndTheCountryAbroad() {
    assertThat(
            PostalAddress.france(
                    "ZA des Bréviaires", "Bâtiment B", "78610", "Le Perray-en-Yvelines")
                .lines())
        .containsExactly("ZA des Bréviaires", "Bâtiment B", "78610 LE PERRAY-EN-YVELINES");
    assertThat(new PostalAddress("Kerkstraat 12", null, "2000", "Antwerpen", "be").lines())
        .containsExactly("Kerkstraat 12", "2000 ANTWERPEN", "BELGIQUE");
  }

  @Test
  void requiresTheStreetPostalCodeCityAndCountry() {
    assertThatExceptionOfType(InvalidValue.class)
        .isThrownBy(() -> PostalAddress.france(" ", null, "78490", "Méré"))
        .satisfies(e -> assertThat(e.code()).isEqualTo("postal-address.required"))
        .satisfies(e -> assertThat(e.args()).containsExactly("line1"));
    assertRejected(
        "postal-address.required",
        () -> PostalAddress.france("7 allée des Chênes", null, "", "Méré"));
    assertRejected(
        "postal-address.required",
        () -> PostalAddress.france("7 allée des Chênes", null, "78490", null));
    assertRejected(
        "postal-address.required",
        () -> new PostalAddress("1 rue", null, "1000", "Bruxelles", " "));
  }

  @Test
  void checksFrenchPostalCodesAndCountryCodes() {
    assertRejected(
        "postal-address.postal-code",
        () -> PostalAddress.france("1 rue Verte", null, "7849", "Méré"));
    assertRejected(
        "postal-address.postal-code",
        () -> PostalAddress.france("1 rue Verte", null, "78 490", "Méré"));
    assertThat(new PostalAddress("Kerkstraat 12", null, "2000", "Antwerpen", "BE").postalCode())
        .isEqualTo("2000");
    assertRejected(
        "postal-address.country",
        () -> new PostalAddress("1 rue", null, "1000", "Bruxelles", "XX"));
    assertRejected(
        "postal-address.country",
        () -> new PostalAddress("1 rue", null, "1000", "Bruxelles", "BEL"));
  }
}
