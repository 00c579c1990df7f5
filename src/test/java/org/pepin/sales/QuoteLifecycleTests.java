package org.pepin.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.pricing.PricingScenario;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.CustomerId;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PlatformFixtures;
import org.pepin.sales.order.OrderService;
import org.pepin.sales.quote.QuoteService;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.VatRate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A quote from draft to order on the scenario's catalogue (a private copy in Clément Jardins): Mme
 * Dubois's and Hôtel du Parc's totals to the cent, sending (number, frozen PDF, e-mail with the PDF
 * and the link), revision B leaving revision A's PDF unchanged, the online acceptance of the
 * current revision only, the order and its down-payment request of 3 930.32 € (scenario §6), and an
 * order held by the credit check.
 */
@PepinIntegrationTest
class QuoteLifecycleTests {

  @Autowired QuoteService quotes;
  @Autowired OrderService orders;
  @Autowired PriceListManagement lists;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired CustomerManagement customers;
  @Autowired PlatformFixtures fixtures;
  @Autowired JdbcClient jdbc;

  PricingScenario s;
  CompanyId company;

  @BeforeEach
  void scenario() {
    s = new PricingScenario(fixtures.jardins(), products, categories, lists, customers).load();
    company = s.company;
  }

  LineDraft line(String code, String quantity) {
    return LineDraft.product(s.id(code), Quantity.of(quantity));
  }

  static SalesTerms terms(DownPayment downPayment, List<LineDraft> lines) {
    return new SalesTerms(null, null, downPayment, null, null, null, null, lines);
  }

  QuoteDraft dubois() {
    return new QuoteDraft(
        s.dubois,
        null,
        null,
        null,
        terms(
            null, List.of(line("CHA-RN-6080", "40"), line("MO-PLANT", "6"), line("LIV-Z1", "1"))));
  }

  QuoteDraft hotel(CustomerId customer, String extraPlanting) {
    return hotel(
        customer, extraPlanting, new DownPayment(DownPaymentKind.ACOMPTE, Percentage.of("30")));
  }

  QuoteDraft hotel(CustomerId customer, String extraPlanting, DownPayment downPayment) {
    return new QuoteDraft(
        customer,
        null,
        "3 semaines après acceptation",
        null,
        terms(
            downPayment,
            List.of(
                LineDraft.section("Plantations"),
                line("TIL-T1214", "6"),
                line("ERA-T1012", "10"),
                line("OLI-C30", "4"),
                line("LAU-C10-125", "120"),
                line("LAV-G9", "300"),
                line("GAZ-M2", "150"),
                line("TER-50L", "40"),
                line("TUT-KIT", "20"),
                line("PLANT-TIGE", "20"),
                line("MO-PLANT", extraPlanting),
                line("LIV-Z2", "3"),
                LineDraft.note("Arrosage les deux premières semaines compris."))));
  }

  @Test
  void mmeDuboisQuoteTotals451_72IncludingVat() {
    QuoteView quote = quotes.get(company, quotes.create(company, null, dubois()));

    QuoteRevision a = quote.current();
    assertThat(quote.status()).isEqualTo(QuoteStatus.DRAFT);
    assertThat(quote.number()).isNull();
    assertThat(a.revision()).isEqualTo("A");
    assertThat(a.pricesIncludeVat()).isTrue();
    assertThat(a.lines())
        .extracting(SalesLine::net)
        .containsExactly(Money.of("51.47"), Money.of("288.00"), Money.of("45.00"));
    assertThat(a.lines().get(0).listDiscounts()).containsExactly(Percentage.of("5"));
    assertThat(a.totals().breakdown().at(VatRate.REDUCED_10).orElseThrow().base())
        .isEqualTo(Money.of("96.47"));
    assertThat(a.totals().totalNet()).isEqualTo(Money.of("384.47"));
    assertThat(a.totals().totalVat()).isEqualTo(Money.of("67.25"));
    assertThat(a.totals().totalGross()).isEqualTo(Money.of("451.72"));
    assertThat(a.downPayment()).isNull();
    assertThat(a.validUntil()).isEqualTo(a.date().plusDays(30));
  }

  @Test
  void sentQuoteIsFrozenRevisedAndOnlyTheCurrentRevisionCanBeAccepted() {
    QuoteId id = quotes.create(company, null, hotel(s.hotel, "60"));
    QuoteView draft = quotes.get(company, id);
    assertThat(draft.current().totals().totalGross()).isEqualTo(Money.of("13101.04"));

    quotes.send(company, null, id, recipient());
    QuoteView sent = quotes.get(company, id);
    assertThat(sent.status()).isEqualTo(QuoteStatus.SENT);
    assertThat(sent.number()).matches("DE-\\d{4}-\\d{4}");
    assertThat(sent.current().frozen()).isTrue();
    byte[] pdfA = quotes.sentPdf(company, id, sent.current().id());
    assertThat(new String(pdfA, 0, 5)).isEqualTo("%PDF-");
    String tokenA = token(id, sent.reference());
    assertThatThrownBy(() -> quotes.send(company, null, id, recipient()))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "sales.quote.already-sent");

    quotes.update(company, null, id, sent.version(), hotel(s.hotel, "61"));
    QuoteView revised = quotes.get(company, id);
    assertThat(revised.status()).isEqualTo(QuoteStatus.DRAFT);
    assertThat(revised.current().revision()).isEqualTo("B");
    assertThat(revised.revisions())
        .extracting(QuoteView.Summary::revision)
        .containsExactly("A", "B");
    assertThat(quotes.sentPdf(company, id, sent.current().id())).isEqualTo(pdfA);
    assertThat(quotes.revision(company, id, sent.current().id()).totals().totalGross())
        .isEqualTo(Money.of("13101.04"));

    quotes.send(company, null, id, recipient());
    String tokenB = token(id, quotes.get(company, id).reference());
    var answer = new QuoteService.Answer("Jean Martin", "203.0.113.7", null, false);
    assertThatThrownBy(() -> quotes.acceptOnline(tokenA, answer))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "sales.accept.replaced");

    OrderId orderId = quotes.acceptOnline(tokenB, answer);
    QuoteView converted = quotes.get(company, id);
    assertThat(converted.status()).isEqualTo(QuoteStatus.CONVERTED);
    assertThat(converted.order()).isEqualTo(orderId);
    assertThat(converted.current().decision().signerName()).isEqualTo("Jean Martin");
    assertThat(converted.current().decision().signerIp()).isEqualTo("203.0.113.7");
    OrderView order = orders.get(company, orderId);
    assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(order.number()).matches("CO-\\d{4}-\\d{4}");
    assertThat(order.quoteRevision()).isEqualTo(converted.current().id());
    assertThat(order.downPayments()).hasSize(1);
    assertThat(order.downPaymentDue())
        .isEqualTo(order.downPayments().get(0).amounts().totalGross());
  }

  @Test
  void hotelDuParcAcceptanceRequestsADownPaymentOf3930_32() {
    QuoteId id = quotes.create(company, null, hotel(s.hotel, "60"));
    quotes.send(company, null, id, recipient());
    String token = token(id, quotes.get(company, id).reference());

    OrderId orderId =
        quotes.acceptOnline(
            token, new QuoteService.Answer("Jean Martin", "203.0.113.7", null, false));

    OrderView order = orders.get(company, orderId);
    assertThat(order.totals().totalGross()).isEqualTo(Money.of("13101.04"));
    DownPaymentView downPayment = order.downPayments().get(0);
    assertThat(downPayment.kind()).isEqualTo(DownPaymentKind.ACOMPTE);
    assertThat(downPayment.amounts().at(VatRate.REDUCED_10).orElseThrow().base())
        .isEqualTo(Money.of("2065.65"));
    assertThat(downPayment.amounts().at(VatRate.STANDARD_20).orElseThrow().base())
        .isEqualTo(Money.of("1381.75"));
    assertThat(downPayment.amounts().totalVat()).isEqualTo(Money.of("482.92"));
    assertThat(downPayment.amounts().totalGross()).isEqualTo(Money.of("3930.32"));
    assertThat(order.downPaymentDue()).isEqualTo(Money.of("3930.32"));

    // An amendment before delivery: the down payment, only requested so far, follows the order.
    orders.amend(
        company,
        null,
        orderId,
        order.version(),
        new OrderDraft(
            s.hotel,
            "BC-4471",
            null,
            null,
            null,
            terms(
                new DownPayment(DownPaymentKind.ACOMPTE, Percentage.of("30")),
                List.of(line("TIL-T1214", "6")))),
        "Le client ne garde que les tilleuls");
    OrderView amended = orders.get(company, orderId);
    assertThat(amended.revision()).isEqualTo(1);
    assertThat(amended.totals().totalGross()).isEqualTo(Money.of("1060.29"));
    assertThat(amended.downPayments()).hasSize(1);
    assertThat(amended.downPaymentDue()).isEqualTo(Money.of("318.09"));
    assertThatThrownBy(
            () -> quotes.acceptOnline(token, new QuoteService.Answer("X", null, null, false)))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "sales.accept.decided");
  }

  /**
   * Issue 8: a down payment of 1 000,00 € TTC on Hôtel du Parc's quote (total 13 101,04 € TTC,
   * bases 6 885,48 € at 10 % and 4 605,84 € at 20 %). Its base is 1 000 × 11 491,32 / 13 101,04 =
   * 877,13 €, spread pro rata of the bases: 525,57 € at 10 % (VAT 52,56 €) and 351,56 € at 20 %
   * (VAT 70,31 €), 1 000,00 € TTC exactly.
   */
  @Test
  void hotelDuParcDownPaymentOfAnAmountIncludingVat() {
    DownPayment thousand = DownPayment.ofAmount(DownPaymentKind.ACOMPTE, Money.of("1000.00"));
    QuoteId id = quotes.create(company, null, hotel(s.hotel, "60", thousand));

    QuoteRevision a = quotes.get(company, id).current();
    assertThat(a.downPayment()).isEqualTo(thousand);
    assertThat(a.totals().totalGross()).isEqualTo(Money.of("13101.04"));
    DocumentTotals.Breakdown asked = a.downPaymentAmounts();
    assertThat(asked.rates())
        .containsExactly(
            new DocumentTotals.RateBreakdown(
                VatRate.REDUCED_10, Money.of("525.57"), Money.of("52.56")),
            new DocumentTotals.RateBreakdown(
                VatRate.STANDARD_20, Money.of("351.56"), Money.of("70.31")));
    assertThat(asked.totalNet()).isEqualTo(Money.of("877.13"));
    assertThat(asked.totalGross()).isEqualTo(Money.of("1000.00"));

    quotes.send(company, null, id, recipient());
    String token = token(id, quotes.get(company, id).reference());
    OrderId orderId =
        quotes.acceptOnline(
            token, new QuoteService.Answer("Jean Martin", "203.0.113.7", null, false));

    OrderView order = orders.get(company, orderId);
    assertThat(order.downPayment()).isEqualTo(thousand);
    assertThat(order.downPayments()).hasSize(1);
    DownPaymentView requested = order.downPayments().get(0);
    assertThat(requested.percent()).isNull();
    assertThat(requested.amount()).isEqualTo(Money.of("1000.00"));
    assertThat(requested.amounts()).isEqualTo(asked);
    assertThat(order.downPaymentDue()).isEqualTo(Money.of("1000.00"));
  }

  @Test
  void aDownPaymentIsAPercentageOrAnAmountAtMostTheTotal() {
    assertThatThrownBy(
            () -> new DownPayment(DownPaymentKind.ACOMPTE, Percentage.of("30"), Money.of("100")))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "sales.down-payment.one");
    assertThatThrownBy(() -> new DownPayment(DownPaymentKind.ACOMPTE, null, null))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "sales.down-payment.one");
    assertThatThrownBy(() -> DownPayment.ofAmount(DownPaymentKind.ARRHES, Money.ZERO))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "sales.down-payment.amount-range");

    assertThatThrownBy(
            () ->
                quotes.create(
                    company,
                    null,
                    hotel(
                        s.hotel,
                        "60",
                        DownPayment.ofAmount(DownPaymentKind.ACOMPTE, Money.of("13101.05")))))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "sales.down-payment.above-total");

    // the whole total is allowed
    QuoteId all =
        quotes.create(
            company,
            null,
            hotel(
                s.hotel,
                "60",
                DownPayment.ofAmount(DownPaymentKind.ACOMPTE, Money.of("13101.04"))));
    assertThat(quotes.get(company, all).current().downPaymentAmounts().totalGross())
        .isEqualTo(Money.of("13101.04"));
  }

  @Test
  void anOrderWhoseCreditCheckFailsIsHeldWithTheReason() {
    HoldingCreditCheck.HELD.add(s.hotel);
    try {
      OrderId id =
          orders.create(
              company,
              null,
              new OrderDraft(
                  s.hotel,
                  "BC-4471",
                  null,
                  null,
                  null,
                  terms(null, List.of(line("TIL-T1214", "2")))));
      OrderStatus status = orders.confirm(company, null, id, 1);

      OrderView order = orders.get(company, id);
      assertThat(status).isEqualTo(OrderStatus.HELD);
      assertThat(order.status()).isEqualTo(OrderStatus.HELD);
      assertThat(order.statusReason()).isEqualTo("sales.test.over-limit");
      assertThat(order.statusArgs()).containsExactly(order.totals().totalGross().toString());
      assertThat(order.number()).isNotNull();
    } finally {
      HoldingCreditCheck.HELD.remove(s.hotel);
    }
  }

  @Test
  void badInputIsRefusedAndNothingChanges() {
    assertThatThrownBy(
            () ->
                new QuoteDraft(
                    s.dubois, null, null, null, terms(null, List.of(line("MO-PLANT", "0")))))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "sales.line.quantity-positive");
    QuoteId empty =
        quotes.create(
            company, null, new QuoteDraft(s.dubois, null, null, null, terms(null, List.of())));
    assertThatThrownBy(() -> quotes.send(company, null, empty, recipient()))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "sales.quote.no-lines");
    assertThat(quotes.get(company, empty).status()).isEqualTo(QuoteStatus.DRAFT);
    assertThatThrownBy(
            () ->
                quotes.create(
                    company,
                    null,
                    new QuoteDraft(
                        s.dubois,
                        java.time.LocalDate.of(2020, 1, 1),
                        null,
                        null,
                        terms(null, List.of(line("MO-PLANT", "1"))))))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "sales.quote.validity-past");
  }

  static SendRequest recipient() {
    return new SendRequest(
        List.of(new EmailAddress("accueil@hotel-du-parc.example")), List.of(), null, null);
  }

  /** The acceptance token of the e-mail that sent {@code reference}. */
  String token(QuoteId id, String reference) {
    String body =
        jdbc.sql(
                "SELECT body FROM outbox_message WHERE company_id = ? AND reference = ?"
                    + " AND subject LIKE ? ORDER BY queued_at DESC")
            .params(company.value(), "quote:" + id, "%" + reference + "%")
            .query(String.class)
            .list()
            .get(0);
    Matcher matcher = Pattern.compile("/devis/([A-Za-z0-9_-]{43})").matcher(body);
    assertThat(matcher.find()).as("link in %s", body).isTrue();
    return matcher.group(1);
  }
}
