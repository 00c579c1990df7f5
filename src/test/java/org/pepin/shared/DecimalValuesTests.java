package org.pepin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepin.shared.SharedAssertions.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Unit prices, quantities, VAT rates and percentages. */
class DecimalValuesTests {

  @Test
  void unitPricesHaveSixDecimals() {
    assertThat(UnitPrice.of("1.49").value()).hasScaleOf(6).isEqualByComparingTo("1.49");
    assertThat(UnitPrice.of("1.354545")).hasToString("1.354545");
    assertThat(UnitPrice.rounded(new BigDecimal("1.3545454545")))
        .isEqualTo(UnitPrice.of("1.354545"));
    assertThat(UnitPrice.rounded(new BigDecimal("1.2868175"))).isEqualTo(UnitPrice.of("1.286818"));
    assertRejected("unit-price.scale", () -> UnitPrice.of("1.0000001"));
  }

  @Test
  void quantitiesHaveThreeDecimals() {
    assertThat(Quantity.of("2.5").value()).hasScaleOf(3).isEqualByComparingTo("2.5");
    assertThat(Quantity.of(40)).isEqualTo(Quantity.of("40.000"));
    assertThat(Quantity.of(-3).value()).isEqualByComparingTo("-3");
    assertThat(Quantity.of(0).isZero()).isTrue();
    assertRejected("quantity.scale", () -> Quantity.of("0.0005"));
  }

  @Test
  void vatRatesAreBelowHundredWithTwoDecimals() {
    assertThat(VatRate.STANDARD_20).hasToString("20.00");
    assertThat(VatRate.REDUCED_5_5.percent()).isEqualByComparingTo("5.5");
    assertThat(VatRate.SUPER_REDUCED_2_1.fraction()).isEqualByComparingTo("0.021");
    assertThat(VatRate.of("10.0")).isEqualTo(VatRate.REDUCED_10);
    assertThat(VatRate.ZERO).isLessThan(VatRate.SUPER_REDUCED_2_1);
    assertRejected("vat-rate.range", () -> VatRate.of("-1"));
    assertRejected("vat-rate.range", () -> VatRate.of("100"));
    assertRejected("vat-rate.range", () -> VatRate.of("5.555"));
  }

  @Test
  void vatIsRoundedHalfUpToTheCent() {
    assertThat(VatRate.REDUCED_10.vatOn(Money.of("37.45"))).isEqualTo(Money.of("3.75"));
    assertThat(VatRate.REDUCED_10.vatOn(Money.of("52.35"))).isEqualTo(Money.of("5.24"));
    assertThat(VatRate.REDUCED_5_5.vatOn(Money.of("100"))).isEqualTo(Money.of("5.50"));
    assertThat(VatRate.STANDARD_20.vatOn(Money.of("-0.03"))).isEqualTo(Money.of("-0.01"));
  }

  @Test
  void percentagesGoFromZeroToHundredWithFourDecimals() {
    assertThat(Percentage.of("15")).hasToString("15");
    assertThat(Percentage.of("33.33330")).hasToString("33.3333");
    assertThat(Percentage.HUNDRED).hasToString("100");
    assertThat(Percentage.of("15").fraction()).isEqualByComparingTo("0.15");
    assertThat(Percentage.of("30").applyTo(new BigDecimal("11491.32")))
        .isEqualByComparingTo("3447.396");
    assertRejected("percentage.range", () -> Percentage.of("100.0001"));
    assertRejected("percentage.range", () -> Percentage.of("-0.5"));
    assertRejected("percentage.range", () -> Percentage.of("1.00001"));
    assertRejected("number.format", () -> Percentage.of("15 %"));
  }
}
