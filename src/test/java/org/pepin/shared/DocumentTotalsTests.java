package org.pepin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepin.shared.DocumentTotals.LineKind.FEE_FOLLOWING_GOODS;
import static org.pepin.shared.DocumentTotals.LineKind.GOODS;
import static org.pepin.shared.DocumentTotals.LineKind.SERVICE;
import static org.pepin.shared.SharedAssertions.assertRejected;
import static org.pepin.shared.VatRate.REDUCED_10;
import static org.pepin.shared.VatRate.STANDARD_20;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.pepin.shared.DocumentTotals.Breakdown;
import org.pepin.shared.DocumentTotals.DocumentDiscount;
import org.pepin.shared.DocumentTotals.Line;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.DocumentTotals.LineResult;
import org.pepin.shared.DocumentTotals.RateBreakdown;
import org.pepin.shared.DocumentTotals.Result;

/** The acceptance tests of the money algorithm (ARCHITECTURE §3), to the cent. */
class DocumentTotalsTests {

  static Line line(
      LineKind kind,
      String quantity,
      String price,
      boolean inclVat,
      @Nullable VatRate rate,
      String... discounts) {
    return new Line(
        Quantity.of(quantity),
        UnitPrice.of(price),
        inclVat,
        Arrays.stream(discounts).map(Percentage::of).toList(),
        rate,
        kind);
  }

  static Line goods(String quantity, String price, VatRate rate, String... discounts) {
    return line(GOODS, quantity, price, false, rate, discounts);
  }

  static Line service(String quantity, String price, VatRate rate, String... discounts) {
    return line(SERVICE, quantity, price, false, rate, discounts);
  }

  static Line fee(String quantity, String price, String... discounts) {
    return line(FEE_FOLLOWING_GOODS, quantity, price, false, null, discounts);
  }

  static RateBreakdown rate(VatRate rate, String base, String vat) {
    return new RateBreakdown(rate, Money.of(base), Money.of(vat));
  }

  static Money money(String amount) {
    return Money.of(amount);
  }

  /** Scenario §6: Mme Dubois, Public list, prices incl. VAT. */
  @Test
  void mmeDuboisQuote() {
    Line hornbeams = line(GOODS, "40", "1.49", true, REDUCED_10, "5"); // CHA-RN-6080
    Line planting = line(SERVICE, "6", "57.60", true, STANDARD_20); // MO-PLANT
    Line delivery = fee("1", "45.00"); // LIV-Z1
    assertThat(line(GOODS, "40", "1.49", true, REDUCED_10).netUnitPrice())
        .isEqualTo(UnitPrice.of("1.354545"));

    Result quote = DocumentTotals.compute(List.of(hornbeams, planting, delivery));

    assertThat(quote.lines())
        .extracting(LineResult::netUnitPrice)
        .containsExactly(UnitPrice.of("1.286818"), UnitPrice.of("48.000000"), UnitPrice.of("45"));
    assertThat(quote.lines())
        .extracting(LineResult::net)
        .containsExactly(money("51.47"), money("288.00"), money("45.00"));
    assertThat(quote.lines().get(2).feeSplit()).isEqualTo(Map.of(REDUCED_10, money("45.00")));
    assertThat(quote.rates())
        .containsExactly(rate(REDUCED_10, "96.47", "9.65"), rate(STANDARD_20, "288.00", "57.60"));
    assertThat(quote.totalNet()).isEqualTo(money("384.47"));
    assertThat(quote.totalVat()).isEqualTo(money("67.25"));
    assertThat(quote.totalGross()).isEqualTo(money("451.72"));
  }

  /** Scenario §6: Hôtel du Parc, Professionnel list (public price −15 %), prices excl. VAT. */
  static Result hotelDuParcOrder() {
    return DocumentTotals.compute(
        List.of(
            goods("6", "189.00", REDUCED_10, "15"), // TIL-T1214
            goods("10", "145.00", REDUCED_10, "15"), // ERA-T1012
            goods("4", "149.00", REDUCED_10, "15"), // OLI-C30
            goods("120", "24.90", REDUCED_10, "15", "10"), // LAU-C10-125, quantity break
            goods("300", "3.20", REDUCED_10, "15"), // LAV-G9
            goods("150", "6.90", REDUCED_10, "15"), // GAZ-M2
            goods("40", "8.50", STANDARD_20, "15"), // TER-50L
            goods("20", "14.00", STANDARD_20, "15"), // TUT-KIT
            service("20", "95.00", STANDARD_20, "15"), // PLANT-TIGE
            service("60", "48.00", STANDARD_20, "15"), // MO-PLANT
            fee("3", "85.00", "15"))); // LIV-Z2
  }

  @Test
  void hotelDuParcQuote() {
    Result quote = hotelDuParcOrder();

    assertThat(quote.lines().get(3).netUnitPrice()).isEqualTo(UnitPrice.of("19.0485"));
    assertThat(quote.lines())
        .extracting(LineResult::net)
        .containsExactly(
            money("963.90"),
            money("1232.50"),
            money("506.60"),
            money("2285.82"),
            money("816.00"),
            money("879.75"),
            money("289.00"),
            money("238.00"),
            money("1615.00"),
            money("2448.00"),
            money("216.75"));
    assertThat(quote.lines().get(10).feeSplit())
        .isEqualTo(Map.of(REDUCED_10, money("200.91"), STANDARD_20, money("15.84")));
    assertThat(quote.lines().get(10).base()).isEqualTo(Money.ZERO);
    assertThat(quote.lines().get(8).feeShare()).isEqualTo(Money.ZERO);
    assertThat(quote.rates())
        .containsExactly(
            rate(REDUCED_10, "6885.48", "688.55"), rate(STANDARD_20, "4605.84", "921.17"));
    assertThat(quote.totalNet()).isEqualTo(money("11491.32"));
    assertThat(quote.totalVat()).isEqualTo(money("1609.72"));
    assertThat(quote.totalGross()).isEqualTo(money("13101.04"));
  }

  @Test
  void hotelDuParcDownPaymentAndFinalInvoice() {
    Result order = hotelDuParcOrder();

    Breakdown downPayment = DocumentTotals.downPayment(order, Percentage.of("30"));
    assertThat(downPayment.rates())
        .containsExactly(
            rate(REDUCED_10, "2065.65", "206.57"), rate(STANDARD_20, "1381.75", "276.35"));
    assertThat(downPayment.totalNet()).isEqualTo(money("3447.40"));
    assertThat(downPayment.totalGross()).isEqualTo(money("3930.32"));

    Breakdown finalInvoice = DocumentTotals.finalInvoice(order, List.of(downPayment));
    assertThat(finalInvoice.rates())
        .containsExactly(
            rate(REDUCED_10, "4819.83", "481.98"), rate(STANDARD_20, "3224.09", "644.82"));
    assertThat(finalInvoice.totalNet()).isEqualTo(money("8043.92"));
    assertThat(finalInvoice.totalGross()).isEqualTo(money("9170.72"));
    assertThat(downPayment.totalGross().plus(finalInvoice.totalGross()))
        .isEqualTo(money("13101.04"));
  }

  @Test
  void aDownPaymentOfAGivenBaseIsSpreadLikeAPercentage() {
    Result order = hotelDuParcOrder();

    // 30 % of 11 491.32 = 3 447.40: the same breakdown as the percentage
    assertThat(DocumentTotals.downPayment(order, money("3447.40")))
        .isEqualTo(DocumentTotals.downPayment(order, Percentage.of("30")));

    // 877.13 € spread pro rata of the bases 6 885.48 (10 %) and 4 605.84 (20 %)
    Breakdown downPayment = DocumentTotals.downPayment(order, money("877.13"));
    assertThat(downPayment.rates())
        .containsExactly(rate(REDUCED_10, "525.57", "52.56"), rate(STANDARD_20, "351.56", "70.31"));
    assertThat(downPayment.totalNet()).isEqualTo(money("877.13"));
    assertThat(downPayment.totalGross()).isEqualTo(money("1000.00"));
  }

  /** france-compliance §1.9: VAT per rate, not per line. */
  @Test
  void vatIsComputedPerRateNotPerLine() {
    Result invoice =
        DocumentTotals.compute(
            List.of(
                goods("1", "12.45", REDUCED_10), // Photinia 'Red Robin' C10
                goods("1", "12.45", REDUCED_10), // Viburnum tinus C10
                goods("1", "12.45", REDUCED_10), // Pittosporum tobira C10
                fee("1", "15.00"), // delivery, at the plants' rate
                service("1", "85.00", STANDARD_20))); // planting labour

    assertThat(invoice.rates())
        .containsExactly(rate(REDUCED_10, "52.35", "5.24"), rate(STANDARD_20, "85.00", "17.00"));
    assertThat(invoice.totalNet()).isEqualTo(money("137.35"));
    assertThat(invoice.totalVat())
        .isEqualTo(money("22.24")); // per line: 1.25 × 3 + 1.50 + 17.00 = 22.25
    assertThat(invoice.totalGross()).isEqualTo(money("159.59"));
  }

  @Test
  void vatIsRoundedHalfUp() {
    Result invoice = DocumentTotals.compute(List.of(goods("1", "37.45", REDUCED_10)));
    assertThat(invoice.totalVat()).isEqualTo(money("3.75"));
  }

  /** france-compliance R-VAT-03. */
  @Test
  void aFeeFollowsTheGoodsProRata() {
    Result invoice =
        DocumentTotals.compute(
            List.of(goods("1", "100", REDUCED_10), goods("1", "300", STANDARD_20), fee("1", "20")));

    assertThat(invoice.lines().get(2).feeSplit())
        .isEqualTo(Map.of(REDUCED_10, money("5.00"), STANDARD_20, money("15.00")));
    assertThat(invoice.lines())
        .extracting(LineResult::feeShare)
        .containsExactly(money("5.00"), money("15.00"), Money.ZERO);
    assertThat(invoice.rates())
        .containsExactly(rate(REDUCED_10, "105.00", "10.50"), rate(STANDARD_20, "315.00", "63.00"));
  }

  @Test
  void aFeeFollowsTheGoodsOnlyAndPutsTheRemainderOnTheLargestBase() {
    Result invoice =
        DocumentTotals.compute(
            List.of(
                goods("1", "10", REDUCED_10),
                goods("1", "10", STANDARD_20),
                goods("1", "10", VatRate.REDUCED_5_5),
                service("1", "1000", STANDARD_20),
                fee("1", "10")));

    // 3.33 each, the remainder 0.01 on the first of the largest
    assertThat(invoice.lines())
        .extracting(LineResult::feeShare)
        .containsExactly(money("3.34"), money("3.33"), money("3.33"), Money.ZERO, Money.ZERO);
  }

  @Test
  void aFeeWithoutGoodsFollowsTheOtherLines() {
    Result invoice =
        DocumentTotals.compute(
            List.of(
                service("1", "300", STANDARD_20), service("1", "100", REDUCED_10), fee("1", "40")));
    assertThat(invoice.lines().get(2).feeSplit())
        .isEqualTo(Map.of(REDUCED_10, money("10.00"), STANDARD_20, money("30.00")));
    assertRejected("totals.no-line-for-fee", () -> DocumentTotals.compute(List.of(fee("1", "40"))));
  }

  @Test
  void aDocumentDiscountIsSpreadOverAllLinesButFees() {
    List<Line> lines =
        List.of(
            goods("1", "100", REDUCED_10),
            service("1", "200", STANDARD_20),
            goods("1", "0.01", STANDARD_20),
            fee("1", "30"));

    Result percent =
        DocumentTotals.compute(lines, new DocumentDiscount.Percent(Percentage.of("10")));
    // 10 % of 300.01 = 30.001 → 30.00: 10.00, 20.00, 0.00
    assertThat(percent.lines())
        .extracting(LineResult::discountShare)
        .containsExactly(money("10.00"), money("20.00"), money("0.00"), Money.ZERO);
    // the fee is spread on the goods after the discount: 90.00 and 0.01
    assertThat(percent.lines())
        .extracting(LineResult::feeShare)
        .containsExactly(money("30.00"), Money.ZERO, money("0.00"), Money.ZERO);
    assertThat(percent.rates())
        .containsExactly(rate(REDUCED_10, "120.00", "12.00"), rate(STANDARD_20, "180.01", "36.00"));

    Result amount = DocumentTotals.compute(lines, new DocumentDiscount.AmountOff(money("0.10")));
    // 0.0333…, 0.0666…, 0.0000033…: 0.03, 0.07, 0.00, nothing left over
    assertThat(amount.lines())
        .extracting(LineResult::discountShare)
        .containsExactly(money("0.03"), money("0.07"), money("0.00"), Money.ZERO);
    assertThat(amount.totalNet()).isEqualTo(money("329.91"));
  }

  @Test
  void refusesADiscountLargerThanTheNet() {
    List<Line> lines = List.of(goods("1", "100", REDUCED_10), fee("1", "30"));
    assertRejected(
        "totals.discount-exceeds-net",
        () -> DocumentTotals.compute(lines, new DocumentDiscount.AmountOff(money("100.01"))));
    assertRejected(
        "totals.discount-exceeds-net",
        () -> DocumentTotals.compute(lines, new DocumentDiscount.AmountOff(money("-1"))));
    assertThat(
            DocumentTotals.compute(lines, new DocumentDiscount.AmountOff(money("100"))).totalNet())
        .isEqualTo(money("30.00"));
  }

  @Test
  void computesCreditNotesWithNegativeQuantities() {
    Result creditNote =
        DocumentTotals.compute(
            List.of(goods("-3", "24.90", REDUCED_10, "15", "10"), fee("-1", "45")),
            new DocumentDiscount.Percent(Percentage.of("5")));
    // 3 × 19.0485 = 57.1455 → −57.15; 5 % → −2.86; + fee −45.00
    assertThat(creditNote.rates()).containsExactly(rate(REDUCED_10, "-99.29", "-9.93"));
    assertThat(creditNote.totalGross()).isEqualTo(money("-109.22"));
  }

  @Test
  void checksTheKindOfEachLine() {
    assertRejected(
        "totals.line-rate", () -> line(FEE_FOLLOWING_GOODS, "1", "45", false, REDUCED_10));
    assertRejected("totals.line-rate", () -> line(GOODS, "1", "45", false, null));
    assertRejected(
        "totals.fee-includes-vat", () -> line(FEE_FOLLOWING_GOODS, "1", "45", true, null));
  }

  @Test
  void theFinalInvoiceDeductsTheDownPaymentsVatSoThatTheyAddUpToTheOrder() {
    Result order = DocumentTotals.compute(List.of(goods("1", "100.05", REDUCED_10)));
    assertThat(order.totalVat()).isEqualTo(money("10.01"));
    Breakdown downPayment = DocumentTotals.downPayment(order, Percentage.of("50"));
    assertThat(downPayment.rates()).containsExactly(rate(REDUCED_10, "50.03", "5.00"));
    Breakdown finalInvoice = DocumentTotals.finalInvoice(order, List.of(downPayment));
    // recomputing 50.02 × 10 % would give 5.00, and the order's VAT would be short of a cent
    assertThat(finalInvoice.rates()).containsExactly(rate(REDUCED_10, "50.02", "5.01"));
  }

  @Test
  void refusesADownPaymentAtARateTheOrderDoesNotHave() {
    Result order = DocumentTotals.compute(List.of(goods("1", "100", REDUCED_10)));
    Breakdown other = new Breakdown(List.of(rate(STANDARD_20, "10", "2")));
    assertRejected(
        "totals.down-payment-rate", () -> DocumentTotals.finalInvoice(order, List.of(other)));
  }

  @Test
  void spreadsPutTheRemainderOnTheLargestWeightAndShareZeroWeightsEqually() {
    assertThat(DocumentTotals.spread(money("1.00"), List.of(money("1"), money("1"), money("1"))))
        .containsExactly(money("0.34"), money("0.33"), money("0.33"));
    assertThat(
            DocumentTotals.spread(money("-1.00"), List.of(money("-1"), money("-2"), money("-1"))))
        .containsExactly(money("-0.25"), money("-0.50"), money("-0.25"));
    assertThat(DocumentTotals.spread(money("0.02"), List.of(Money.ZERO, Money.ZERO, Money.ZERO)))
        .containsExactly(money("0.00"), money("0.01"), money("0.01"));
  }
}
