package org.pepin.shared;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pepin.shared.PaymentTerms.Kind.DAYS;
import static org.pepin.shared.PaymentTerms.Kind.DAYS_END_OF_MONTH;
import static org.pepin.shared.PaymentTerms.Kind.DAY_OF_NEXT_MONTH;
import static org.pepin.shared.PaymentTerms.Kind.ON_RECEIPT;
import static org.pepin.shared.SharedAssertions.assertRejected;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.instancio.junit.Given;
import org.instancio.junit.GivenProvider;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(InstancioExtension.class)
class PaymentTermsTests {

  private static final PaymentTerms THIRTY_THEN_BALANCE =
      PaymentTerms.installments(Part("30", ON_RECEIPT, 0), Part("70", DAYS, 30));

  private static PaymentTerms.Part Part(String percent, PaymentTerms.Kind kind, int number) {
    return PaymentTerms.Part.of(percent, kind, number);
  }

  /** Terms of 1 to 4 parts of random rules, with shares of up to 4 decimals adding up to 100 %. */
  static class RandomTerms implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      var random = context.random();
      int size = random.intRange(1, 4);
      var cuts = new TreeSet<Integer>(List.of(0, 1_000_000));
      while (cuts.size() < size + 1) {
        cuts.add(random.intRange(1, 999_999));
      }
      var bounds = new ArrayList<>(cuts);
      var parts = new ArrayList<PaymentTerms.Part>();
      for (int i = 0; i < size; i++) {
        var kind = random.oneOf(PaymentTerms.Kind.values());
        int number =
            switch (kind) {
              case ON_RECEIPT -> 0;
              case DAY_OF_NEXT_MONTH -> random.intRange(1, 31);
              default -> random.intRange(0, 366);
            };
        var share = BigDecimal.valueOf(bounds.get(i + 1) - bounds.get(i), 4);
        parts.add(
            new PaymentTerms.Part(new Percentage(share), new PaymentTerms.Rule(kind, number)));
      }
      return new PaymentTerms(parts);
    }
  }

  /** Random base dates from 1990 to 2100 and amounts up to ± 1 million euros. */
  static class BaseDates implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return LocalDate.ofEpochDay(context.random().longRange(7_305, 47_482));
    }
  }

  static class Amounts implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return new Money(
          BigDecimal.valueOf(context.random().longRange(-100_000_000, 100_000_000), 2));
    }
  }

  @ParameterizedTest
  @CsvSource({
    // france-compliance R-PAY-03
    "DEOM45, 2026-01-15, 2026-03-17",
    "DEOM45, 2026-01-31, 2026-03-17",
    "DEOM30, 2026-02-10, 2026-03-30",
    "DEOM0,  2026-02-10, 2026-02-28",
    "D30,    2026-01-15, 2026-02-14",
    "D45,    2026-12-20, 2027-02-03",
    "R,      2026-01-15, 2026-01-15",
    "DTEOM45, 2026-01-15, 2026-03-31",
    "DTEOM45, 2026-01-10, 2026-02-28",
    "DTEOM45, 2028-01-10, 2028-02-29",
    "NM10,   2026-01-15, 2026-02-10",
    "NM10,   2026-12-31, 2027-01-10",
    "NM31,   2026-01-05, 2026-02-28",
    "NM31,   2028-01-05, 2028-02-29",
    "NM31,   2026-02-05, 2026-03-31",
    "NM30,   2026-03-31, 2026-04-30"
  })
  void computesTheDueDate(String code, LocalDate invoiceDate, LocalDate due) {
    assertThat(PaymentTerms.parse(code).dueDate(invoiceDate)).isEqualTo(due);
  }

  @Test
  void schedulesInstalmentsWithTheRemainderOnTheLast() {
    assertThat(THIRTY_THEN_BALANCE.schedule(parse("2026-03-10"), Money.of("1000.01")))
        .containsExactly(
            new PaymentTerms.Installment(parse("2026-03-10"), Money.of("300.00")),
            new PaymentTerms.Installment(parse("2026-04-09"), Money.of("700.01")));
    assertThat(THIRTY_THEN_BALANCE.dueDate(parse("2026-03-10"))).isEqualTo(parse("2026-04-09"));
    var thirds =
        PaymentTerms.installments(
            Part("33.3333", DAYS, 30), Part("33.3333", DAYS, 60), Part("33.3334", DAYS, 90));
    assertThat(thirds.schedule(parse("2026-01-01"), Money.of("100")))
        .extracting(PaymentTerms.Installment::amount)
        .containsExactly(Money.of("33.33"), Money.of("33.33"), Money.of("33.34"));
    assertThat(PaymentTerms.days(30).schedule(parse("2026-01-01"), Money.of("451.72")))
        .containsExactly(new PaymentTerms.Installment(parse("2026-01-31"), Money.of("451.72")));
  }

  @Test
  void requiresSharesAddingUpToHundred() {
    assertRejected(
        "payment-terms.installments",
        () ->
            PaymentTerms.installments(
                Part("33.33", DAYS, 30), Part("33.33", DAYS, 60), Part("33.33", DAYS, 90)));
    assertRejected(
        "payment-terms.installments",
        () -> PaymentTerms.installments(Part("0", ON_RECEIPT, 0), Part("100", DAYS, 30)));
    assertRejected("payment-terms.installments", PaymentTerms::installments);
  }

  @Test
  void refusesImpossibleRules() {
    assertRejected("payment-terms.days", () -> PaymentTerms.dayOfNextMonth(0));
    assertRejected("payment-terms.days", () -> PaymentTerms.dayOfNextMonth(32));
    assertRejected("payment-terms.days", () -> PaymentTerms.days(-1));
    assertRejected("payment-terms.days", () -> PaymentTerms.of(ON_RECEIPT, 30));
  }

  @Test
  void labelsInFrench() {
    assertThat(PaymentTerms.daysEndOfMonth(30).label(Locale.FRENCH))
        .isEqualTo("30 jours fin de mois");
    assertThat(PaymentTerms.days(45).label(Locale.FRANCE)).isEqualTo("45 jours");
    assertThat(PaymentTerms.onReceipt().label(Locale.FRENCH)).isEqualTo("À réception");
    assertThat(PaymentTerms.dayOfNextMonth(10).label(Locale.FRENCH))
        .isEqualTo("Le 10 du mois suivant");
    assertThat(PaymentTerms.dayOfNextMonth(1).label(Locale.FRENCH))
        .isEqualTo("Le 1er du mois suivant");
    assertThat(PaymentTerms.daysThenEndOfMonth(45).label(Locale.FRENCH))
        .isEqualTo("45 jours puis fin de mois");
    assertThat(THIRTY_THEN_BALANCE.label(Locale.FRENCH))
        .isEqualTo("30\u00a0% à réception, solde à 30 jours");
    assertThat(
            PaymentTerms.installments(
                    Part("33.5", DAYS_END_OF_MONTH, 30), Part("66.5", DAY_OF_NEXT_MONTH, 10))
                .label(Locale.FRENCH))
        .isEqualTo("33,5\u00a0% à 30 jours fin de mois, solde le 10 du mois suivant");
  }

  @Test
  void labelsInEnglish() {
    assertThat(PaymentTerms.daysEndOfMonth(30).label(Locale.ENGLISH))
        .isEqualTo("30 days end of month");
    assertThat(PaymentTerms.onReceipt().label(Locale.UK)).isEqualTo("On receipt");
    assertThat(PaymentTerms.dayOfNextMonth(10).label(Locale.ENGLISH))
        .isEqualTo("Day 10 of the following month");
    assertThat(THIRTY_THEN_BALANCE.label(Locale.ENGLISH))
        .isEqualTo("30% on receipt, balance at 30 days");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"DEOM45", "D60", "DEOM30", "NM10", "NM31", "R", "D30", "DTEOM30", "30%R;70%D60"})
  void acceptsTermsWithinTheB2bCap(String code) {
    PaymentTerms terms = PaymentTerms.parse(code);
    assertThat(terms.isWithinB2bCap()).isTrue();
    assertThat(terms.requireWithinB2bCap()).isSameAs(terms);
  }

  @ParameterizedTest
  @ValueSource(strings = {"D61", "DEOM60", "DEOM50", "DEOM46", "DTEOM45", "DTEOM31", "50%R;50%D61"})
  void refusesTermsBeyondTheB2bCap(String code) {
    PaymentTerms terms = PaymentTerms.parse(code);
    assertThat(terms.isWithinB2bCap()).isFalse();
    assertRejected("payment-terms.cap", terms::requireWithinB2bCap);
  }

  @Test
  void codesRoundTrip() {
    assertThat(PaymentTerms.days(30).code()).isEqualTo("D30");
    assertThat(PaymentTerms.daysEndOfMonth(45).code()).isEqualTo("DEOM45");
    assertThat(PaymentTerms.daysThenEndOfMonth(45).code()).isEqualTo("DTEOM45");
    assertThat(PaymentTerms.dayOfNextMonth(10).code()).isEqualTo("NM10");
    assertThat(PaymentTerms.onReceipt().code()).isEqualTo("R");
    assertThat(THIRTY_THEN_BALANCE.code()).isEqualTo("30%R;70%D30");
    assertThat(PaymentTerms.parse("30%R;70%D30")).isEqualTo(THIRTY_THEN_BALANCE);
    assertThat(PaymentTerms.parse(" DEOM45 ")).isEqualTo(PaymentTerms.daysEndOfMonth(45));
    assertThat(PaymentTerms.parse("100%D30")).isEqualTo(PaymentTerms.days(30));
    assertThat(PaymentTerms.parse("33.3333%D30;33.3333%D60;33.3334%D90").code())
        .isEqualTo("33.3333%D30;33.3333%D60;33.3334%D90");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "D",
        "X30",
        "d30",
        "D30;",
        "D30;D60",
        "30%R",
        "30%R;60%D30",
        "30%R;70%",
        "NM0",
        "NM32",
        "D1000",
        "30,5%R;69,5%D30",
        "30%R;70%D30;",
        "R0",
        "150%R;-50%D30"
      })
  void refusesMalformedCodes(String code) {
    assertRejected("payment-terms.format", () -> PaymentTerms.parse(code));
  }

  @RepeatedTest(200)
  void schedulesAddUpAndFallDueOnOrAfterTheBaseDate(
      @Given(RandomTerms.class) PaymentTerms terms,
      @Given(BaseDates.class) LocalDate base,
      @Given(Amounts.class) Money amount) {
    List<PaymentTerms.Installment> schedule = terms.schedule(base, amount);
    assertThat(schedule).hasSameSizeAs(terms.parts());
    assertThat(Money.sum(schedule.stream().map(PaymentTerms.Installment::amount).toList()))
        .isEqualTo(amount);
    assertThat(schedule).allSatisfy(i -> assertThat(i.dueDate()).isAfterOrEqualTo(base));
    assertThat(terms.dueDate(base))
        .isEqualTo(
            schedule.stream()
                .map(PaymentTerms.Installment::dueDate)
                .max(LocalDate::compareTo)
                .orElseThrow());
    assertThat(PaymentTerms.parse(terms.code())).isEqualTo(terms);
  }
}
