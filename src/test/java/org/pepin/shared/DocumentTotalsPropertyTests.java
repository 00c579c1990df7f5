package org.pepin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.instancio.junit.Given;
import org.instancio.junit.GivenProvider;
import org.instancio.junit.InstancioExtension;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pepin.shared.DocumentTotals.Breakdown;
import org.pepin.shared.DocumentTotals.DocumentDiscount;
import org.pepin.shared.DocumentTotals.Line;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.DocumentTotals.LineResult;
import org.pepin.shared.DocumentTotals.RateBreakdown;
import org.pepin.shared.DocumentTotals.Result;

/** Invariants of the money algorithm on random documents; a failure reports Instancio's seed. */
@ExtendWith(InstancioExtension.class)
class DocumentTotalsPropertyTests {

  record Document(List<Line> lines, @Nullable DocumentDiscount discount) {

    Money discountAmount() {
      Money eligible =
          Money.sum(
              lines.stream()
                  .filter(l -> l.kind() != LineKind.FEE_FOLLOWING_GOODS)
                  .map(Line::net)
                  .toList());
      return discount == null ? Money.ZERO : discount.amountOn(eligible);
    }
  }

  /**
   * 1 to 12 lines of goods, services and fees (at least one line that is not a fee), in every price
   * basis, with up to 2 line discounts, prices up to 5 000 € and quantities up to 500 with 3
   * decimals; one document in ten is a credit note; a third have a percentage document discount, a
   * third an amount off.
   */
  static class Documents implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      var random = context.random();
      int sign = random.trueOrFalse(0.1) ? -1 : 1;
      int size = random.intRange(1, 12);
      var lines = new ArrayList<Line>();
      for (int i = 0; i < size; i++) {
        LineKind kind =
            i == 0
                ? random.oneOf(LineKind.GOODS, LineKind.SERVICE)
                : random.oneOf(LineKind.values());
        boolean fee = kind == LineKind.FEE_FOLLOWING_GOODS;
        var discounts = new ArrayList<Percentage>();
        for (int d = random.intRange(0, 2); d > 0; d--) {
          discounts.add(new Percentage(BigDecimal.valueOf(random.intRange(0, 500_000), 4)));
        }
        lines.add(
            new Line(
                new Quantity(
                    BigDecimal.valueOf(sign * random.longRange(0, 500_000), random.oneOf(0, 3))),
                new UnitPrice(BigDecimal.valueOf(random.longRange(0, 500_000), random.oneOf(2, 6))),
                !fee && random.trueOrFalse(),
                discounts,
                fee
                    ? null
                    : random.oneOf(
                        VatRate.STANDARD_20,
                        VatRate.REDUCED_10,
                        VatRate.REDUCED_5_5,
                        VatRate.SUPER_REDUCED_2_1,
                        VatRate.ZERO),
                kind));
      }
      Money eligible =
          Money.sum(
              lines.stream()
                  .filter(l -> l.kind() != LineKind.FEE_FOLLOWING_GOODS)
                  .map(Line::net)
                  .toList());
      DocumentDiscount discount =
          switch (random.intRange(0, 2)) {
            case 0 -> null;
            case 1 ->
                new DocumentDiscount.Percent(
                    new Percentage(BigDecimal.valueOf(random.intRange(0, 300_000), 4)));
            default ->
                new DocumentDiscount.AmountOff(
                    eligible.times(BigDecimal.valueOf(random.intRange(0, 1000), 3)));
          };
      return new Document(lines, discount);
    }
  }

  /** 1 to 3 down payments adding up to at most 100 %. */
  static class DownPayments implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      var random = context.random();
      var percentages = new ArrayList<Percentage>();
      int left = 1_000_000;
      for (int n = random.intRange(1, 3); n > 0; n--) {
        int share = random.intRange(0, left);
        percentages.add(new Percentage(BigDecimal.valueOf(share, 4)));
        left -= share;
      }
      return percentages;
    }
  }

  @RepeatedTest(300)
  void basesAddUpToTheNetsLessTheDiscount(@Given(Documents.class) Document document) {
    Result result = DocumentTotals.compute(document.lines(), document.discount());

    Money nets = Money.sum(document.lines().stream().map(Line::net).toList());
    Money bases = Money.sum(result.rates().stream().map(RateBreakdown::base).toList());
    assertThat(bases).isEqualTo(nets.minus(document.discountAmount()));
    assertThat(Money.sum(result.lines().stream().map(LineResult::discountShare).toList()))
        .isEqualTo(document.discountAmount());
    assertThat(Money.sum(result.lines().stream().map(LineResult::base).toList())).isEqualTo(bases);
  }

  @RepeatedTest(300)
  void vatIsPerRateAndTheGrossIsBasePlusVat(@Given(Documents.class) Document document) {
    Result result = DocumentTotals.compute(document.lines(), document.discount());

    assertThat(result.rates())
        .allSatisfy(r -> assertThat(r.vat()).isEqualTo(r.rate().vatOn(r.base())))
        .isSortedAccordingTo((a, b) -> a.rate().compareTo(b.rate()));
    assertThat(result.totalGross()).isEqualTo(result.totalNet().plus(result.totalVat()));
    assertThat(result.totalNet())
        .isEqualTo(Money.sum(result.rates().stream().map(RateBreakdown::base).toList()));
    assertThat(result.totalVat())
        .isEqualTo(Money.sum(result.rates().stream().map(RateBreakdown::vat).toList()));
  }

  @RepeatedTest(300)
  void eachFeeIsSpreadExactly(@Given(Documents.class) Document document) {
    Result result = DocumentTotals.compute(document.lines(), document.discount());

    Money fees = Money.ZERO;
    for (LineResult line : result.lines()) {
      if (line.line().kind() == LineKind.FEE_FOLLOWING_GOODS) {
        assertThat(Money.sum(line.feeSplit().values())).isEqualTo(line.net());
        fees = fees.plus(line.net());
      } else {
        assertThat(line.feeSplit()).isEmpty();
      }
    }
    assertThat(Money.sum(result.lines().stream().map(LineResult::feeShare).toList()))
        .isEqualTo(fees);
  }

  @RepeatedTest(300)
  void downPaymentsAndTheFinalInvoiceAddUpToTheOrder(
      @Given(Documents.class) Document document,
      @Given(DownPayments.class) List<Percentage> percentages) {
    Result order = DocumentTotals.compute(document.lines(), document.discount());

    List<Breakdown> downPayments =
        percentages.stream().map(p -> DocumentTotals.downPayment(order, p)).toList();
    for (int i = 0; i < percentages.size(); i++) {
      assertThat(downPayments.get(i).totalNet())
          .isEqualTo(order.totalNet().times(percentages.get(i).fraction()));
    }
    Breakdown finalInvoice = DocumentTotals.finalInvoice(order, downPayments);

    for (RateBreakdown rate : order.rates()) {
      List<RateBreakdown> parts = new ArrayList<>();
      parts.add(finalInvoice.at(rate.rate()).orElseThrow());
      downPayments.forEach(d -> parts.add(d.at(rate.rate()).orElseThrow()));
      assertThat(Money.sum(parts.stream().map(RateBreakdown::base).toList()))
          .isEqualTo(rate.base());
      assertThat(Money.sum(parts.stream().map(RateBreakdown::vat).toList())).isEqualTo(rate.vat());
    }
    Money gross = finalInvoice.totalGross();
    for (Breakdown downPayment : downPayments) {
      gross = gross.plus(downPayment.totalGross());
    }
    assertThat(gross).isEqualTo(order.totalGross());
  }
}
