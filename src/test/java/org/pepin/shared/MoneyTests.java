package org.pepin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepin.shared.SharedAssertions.assertRejected;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.instancio.junit.Given;
import org.instancio.junit.GivenProvider;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InstancioExtension.class)
class MoneyTests {

  /** Random amounts up to ± 10 billion euros, to the cent. */
  static class Amounts implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return new Money(
          BigDecimal.valueOf(
              context.random().longRange(-1_000_000_000_000L, 1_000_000_000_000L), 2));
    }
  }

  @Test
  void keepsExactlyTwoDecimals() {
    assertThat(Money.of("12.5").amount()).isEqualByComparingTo("12.50").hasScaleOf(2);
    assertThat(Money.of("12.500")).isEqualTo(Money.of("12.5"));
    assertThat(Money.of(new BigDecimal("1E+3"))).hasToString("1000.00");
    assertRejected("money.scale", () -> Money.of("12.345"));
    assertRejected("number.format", () -> Money.of("12,34"));
  }

  @Test
  void roundsHalfUp() {
    assertThat(Money.rounded(new BigDecimal("3.745"))).isEqualTo(Money.of("3.75"));
    assertThat(Money.rounded(new BigDecimal("-3.745"))).isEqualTo(Money.of("-3.75"));
    assertThat(Money.rounded(new BigDecimal("3.7449"))).isEqualTo(Money.of("3.74"));
    assertThat(Money.of("37.45").times(new BigDecimal("0.1"))).isEqualTo(Money.of("3.75"));
  }

  @Test
  void computes() {
    Money a = Money.of("10.05");
    assertThat(a.plus(Money.of("0.95"))).isEqualTo(Money.of("11"));
    assertThat(a.minus(Money.of("20"))).isEqualTo(Money.of("-9.95"));
    assertThat(a.negate()).isEqualTo(Money.of("-10.05"));
    assertThat(Money.sum(List.of(a, a, a))).isEqualTo(Money.of("30.15"));
    assertThat(Money.sum(List.of())).isEqualTo(Money.ZERO);
    assertThat(Money.ZERO.isZero()).isTrue();
    assertThat(a.isPositive()).isTrue();
    assertThat(a.negate().isNegative()).isTrue();
    assertThat(a).isGreaterThan(Money.of("10.04")).isLessThan(Money.of("10.06"));
  }

  @Test
  void printsThePlainAmount() {
    assertThat(Money.of("1234.5")).hasToString("1234.50");
    assertThat(Money.of("-0.5")).hasToString("-0.50");
  }

  @Test
  void formatsInFrenchAndEnglish() {
    assertThat(Money.of("1234.56").format(Locale.FRENCH)).isEqualTo("1\u202f234,56\u00a0€");
    assertThat(Money.of("1234567.5").format(Locale.FRANCE))
        .isEqualTo("1\u202f234\u202f567,50\u00a0€");
    assertThat(Money.of("-0.5").format(Locale.FRENCH)).isEqualTo("-0,50\u00a0€");
    assertThat(Money.of("1234.56").format(Locale.UK)).isEqualTo("€1,234.56");
    assertThat(Money.of("1234.56").format(Locale.US)).isEqualTo("€1,234.56");
  }

  @RepeatedTest(200)
  void plusAndMinusAreInverse(@Given(Amounts.class) Money a, @Given(Amounts.class) Money b) {
    assertThat(a.plus(b).minus(b)).isEqualTo(a);
    assertThat(a.minus(b).plus(b)).isEqualTo(a);
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.minus(b)).isEqualTo(b.minus(a).negate());
  }
}
