package org.pepin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepin.shared.SharedAssertions.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sophie@pepinieres-clement.example",
        "contact@pepinieres-clement.example",
        "a@b.test",
        "nobody@nowhere.invalid",
        "x@localhost.localdomain",
        "dev@app.localhost",
        "claire.dubois@orange.fr",
        "o'brien+devis@mail.example.co.uk",
        "a!#$%&'*+/=?^_`{|}~-z@x1-y.fr"
      })
  void acceptsAddresses(String address) {
    assertThat(new EmailAddress(address).value()).isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plainaddress",
        "@example.test",
        "a@",
        "a@b",
        "a@@b.test",
        "a@b@c.test",
        ".a@b.test",
        "a.@b.test",
        "a..b@c.test",
        "a b@c.test",
        "a@-b.test",
        "a@b-.test",
        "a@b..test",
        "a@b.test.",
        "a@192.168.0.1",
        "a@[192.168.0.1]",
        "\"a b\"@c.test",
        "é@b.test"
      })
  void refusesOthers(String address) {
    assertRejected("email.format", () -> new EmailAddress(address));
  }

  @Test
  void limitsTheLengths() {
    String label = "a".repeat(63);
    assertThat(new EmailAddress("a".repeat(64) + "@b.test").localPart()).hasSize(64);
    assertRejected("email.format", () -> new EmailAddress("a".repeat(65) + "@b.test"));
    assertRejected("email.format", () -> new EmailAddress("a@" + "b".repeat(64) + ".test"));
    String longest = "a@" + label + "." + label + "." + label + "." + "b".repeat(55) + ".test";
    assertThat(longest).hasSize(254);
    assertThat(new EmailAddress(longest).value()).hasSize(254);
    assertRejected("email.format", () -> new EmailAddress("a" + longest));
  }

  @Test
  void lowerCasesTheDomainOnly() {
    EmailAddress address = new EmailAddress("  Sophie.Martin@Pepinieres-Clement.EXAMPLE ");
    assertThat(address.value()).isEqualTo("Sophie.Martin@pepinieres-clement.example");
    assertThat(address.localPart()).isEqualTo("Sophie.Martin");
    assertThat(address.domain()).isEqualTo("pepinieres-clement.example");
  }
}
