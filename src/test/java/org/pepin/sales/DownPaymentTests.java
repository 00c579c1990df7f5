package org.pepin.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;

/** The base of a down payment of an amount incl. VAT (ARCHITECTURE §3 step 7). */
class DownPaymentTests {

  /** 100,00 € HT at 5,5 % and 100,00 € HT at 20 %: 200,00 € HT, 225,50 € TTC. */
  static DocumentTotals.Result twoRates() {
    return DocumentTotals.compute(
        List.of(
            new DocumentTotals.Line(
                Quantity.of(1),
                UnitPrice.of("100"),
                false,
                List.of(),
                VatRate.REDUCED_5_5,
                LineKind.GOODS),
            new DocumentTotals.Line(
                Quantity.of(1),
                UnitPrice.of("100"),
                false,
                List.of(),
                VatRate.STANDARD_20,
                LineKind.GOODS)));
  }

  static DocumentTotals.Breakdown of(String amount) {
    return DownPayment.ofAmount(DownPaymentKind.ACOMPTE, Money.of(amount)).amounts(twoRates());
  }

  @Test
  void theFirstBaseGivesTheAmount() {
    DocumentTotals.Breakdown hundred = of("100.00");
    // B0 = 100 × 200 / 225,50 = 88,69; 44,34 at 5,5 % (VAT 2,44) and 44,35 at 20 % (VAT 8,87)
    assertThat(hundred.rates())
        .containsExactly(
            new DocumentTotals.RateBreakdown(
                VatRate.REDUCED_5_5, Money.of("44.34"), Money.of("2.44")),
            new DocumentTotals.RateBreakdown(
                VatRate.STANDARD_20, Money.of("44.35"), Money.of("8.87")));
    assertThat(hundred.totalNet()).isEqualTo(Money.of("88.69"));
    assertThat(hundred.totalGross()).isEqualTo(Money.of("100.00"));
  }

  @Test
  void aNeighbourOfTheFirstBaseIsTakenWhenTheFirstMissesTheAmount() {
    // B0 = 1,02 × 200 / 225,50 = 0,90 gives 1,01 € TTC; 0,91 gives 1,02 € TTC
    DocumentTotals.Breakdown amounts = of("1.02");
    assertThat(amounts.totalNet()).isEqualTo(Money.of("0.91"));
    assertThat(amounts.totalGross()).isEqualTo(Money.of("1.02"));
  }

  @Test
  void anUnreachableAmountKeepsTheFirstBase() {
    // no base gives 1,03 € TTC (0,91 → 1,02, 0,92 → 1,04): B0 = 0,91 is kept
    DocumentTotals.Breakdown amounts = of("1.03");
    assertThat(amounts.totalNet()).isEqualTo(Money.of("0.91"));
    assertThat(amounts.totalGross()).isEqualTo(Money.of("1.02"));
  }

  @Test
  void aPercentageIsTheSharedAlgorithm() {
    DownPayment thirty =
        new DownPayment(DownPaymentKind.ARRHES, org.pepin.shared.Percentage.of("30"));
    assertThat(thirty.amounts(twoRates()))
        .isEqualTo(DocumentTotals.downPayment(twoRates(), org.pepin.shared.Percentage.of("30")));
    assertThat(thirty.amounts(twoRates()).totalNet()).isEqualTo(Money.of("60.00"));
  }

  @Test
  void anAmountAboveTheTotalIsRefused() {
    DownPayment tooMuch = DownPayment.ofAmount(DownPaymentKind.ACOMPTE, Money.of("225.51"));
    assertThatThrownBy(() -> tooMuch.checkWithin(twoRates().totalGross()))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "sales.down-payment.above-total");
    DownPayment.ofAmount(DownPaymentKind.ACOMPTE, Money.of("225.50"))
        .checkWithin(twoRates().totalGross());
  }
}
