package org.pepin.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.Products;
import org.pepin.catalog.StockMovements;
import org.pepin.customers.CustomerId;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PlatformFixtures;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.order.OrderSearch;
import org.pepin.sales.order.OrderService;
import org.pepin.sales.quote.QuoteSearch;
import org.pepin.sales.quote.QuoteService;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.VatRate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sales of the demo at D (scenario §3 and §6): Hôtel du Parc's quote sent at D−10 with its PDF
 * and its e-mail, Jardinerie du Val's order confirmed at D−6 with its 60 Photinia, the Commune's
 * order with its commitment number, SCI Les Tilleuls' order held over its credit limit, numbers in
 * the order of their dates, the company's sales settings, and no quote yet for Mme Dubois.
 */
@PepinIntegrationTest
class SalesDemoTests {

  @Autowired QuoteService quotes;
  @Autowired QuoteSearch quoteSearch;
  @Autowired OrderService orders;
  @Autowired OrderSearch orderSearch;
  @Autowired SalesSettingsStore settings;
  @Autowired Customers customers;
  @Autowired Products products;
  @Autowired StockMovements stock;
  @Autowired PlatformFixtures fixtures;
  @Autowired CompanyClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired MessageSource messages;

  CompanyId nursery() {
    return fixtures.nursery();
  }

  CustomerId customer(String code) {
    return customers.findByCode(nursery(), code).orElseThrow().id();
  }

  /** The first numbered quote of the customer (the demo's; tests may add others later). */
  QuoteView firstQuote(String code) {
    var filter =
        new QuoteFilter(null, Set.of(), customer(code), null, null, null, null, null, null);
    var rows =
        quoteSearch.search(
            nursery(), filter, PageQuery.of(0, 50, "number", List.of("number"), "number"));
    QuoteRow row =
        rows.content().stream().filter(r -> r.number() != null).findFirst().orElseThrow();
    return quotes.get(nursery(), row.id());
  }

  /**
   * The customer's first numbered order of the last ten days: the open order of the case at D (the
   * orders of the history, delivered before D−20, come earlier).
   */
  OrderView firstOrder(String code) {
    var filter = new OrderFilter(null, Set.of(), customer(code), null, null, null, null, null);
    var rows =
        orderSearch.search(
            nursery(), filter, PageQuery.of(0, 50, "number", List.of("number"), "number"));
    OrderRow row =
        rows.content().stream()
            .filter(r -> r.number() != null && r.date().isAfter(today().minusDays(10)))
            .findFirst()
            .orElseThrow();
    return orders.get(nursery(), row.id());
  }

  LocalDate today() {
    return clock.today(nursery());
  }

  @Test
  void hotelDuParcQuoteWasSentAtDMinus10For13101_04WithItsPdfAndItsEmail() {
    QuoteView quote = firstQuote("C0008");
    QuoteRevision a = quote.current();

    assertThat(quote.status()).isEqualTo(QuoteStatus.SENT);
    assertThat(quote.number()).matches("DE-\\d{4}-\\d{4}");
    assertThat(quote.reference()).isEqualTo(quote.number() + " A");
    assertThat(quote.salesRep()).isEqualTo(fixtures.user("karim"));
    assertThat(a.date()).isEqualTo(today().minusDays(10));
    assertThat(a.validUntil()).isEqualTo(today().plusDays(20));
    ZoneId zone = CompanyClock.ZONE;
    assertThat(a.sentAt()).isNotNull();
    assertThat(a.sentAt().atZone(zone).toLocalDate()).isEqualTo(today().minusDays(10));
    assertThat(a.pricesIncludeVat()).isFalse();
    assertThat(a.lines().stream().filter(l -> l.type() == LineType.PRODUCT))
        .extracting(SalesLine::productCode)
        .containsExactly(
            "TIL-T1214",
            "ERA-T1012",
            "OLI-C30",
            "LAU-C10-125",
            "LAV-G9",
            "GAZ-M2",
            "TER-50L",
            "TUT-KIT",
            "PLANT-TIGE",
            "MO-PLANT",
            "LIV-Z2");
    assertThat(a.totals().breakdown().at(VatRate.REDUCED_10).orElseThrow().base())
        .isEqualTo(Money.of("6885.48"));
    assertThat(a.totals().breakdown().at(VatRate.STANDARD_20).orElseThrow().base())
        .isEqualTo(Money.of("4605.84"));
    assertThat(a.totals().totalNet()).isEqualTo(Money.of("11491.32"));
    assertThat(a.totals().totalVat()).isEqualTo(Money.of("1609.72"));
    assertThat(a.totals().totalGross()).isEqualTo(Money.of("13101.04"));
    assertThat(a.downPayment().kind()).isEqualTo(DownPaymentKind.ACOMPTE);
    assertThat(a.downPayment().percent()).isEqualTo(Percentage.of("30"));
    assertThat(a.downPaymentAmounts().totalGross()).isEqualTo(Money.of("3930.32"));

    byte[] pdf = quotes.sentPdf(nursery(), quote.id(), a.id());
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(a.pdfSha256()).hasSize(64);
    assertThat(quotes.pdf(nursery(), quote.id())).isEqualTo(pdf);

    var message =
        jdbc.sql(
                "SELECT m.to_addresses, m.subject, a.file_name, a.size_bytes"
                    + " FROM outbox_message m JOIN outbox_attachment a ON a.message_id = m.id"
                    + " WHERE m.company_id = ? AND m.reference = ?")
            .params(nursery().value(), "quote:" + quote.id())
            .query(
                (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
            .single();
    assertThat((String) message.get(0)).contains("direction@hotelduparc-versailles.example");
    assertThat((String) message.get(1)).contains(quote.reference());
    assertThat(message.get(2)).isEqualTo("Devis-" + quote.number() + "-A.pdf");
    assertThat(message.get(3)).isEqualTo(pdf.length);
  }

  @Test
  void jardinerieDuValOrderWasConfirmedAtDMinus6With60PhotiniasOf35InStock() {
    OrderView order = firstOrder("C0003");

    assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(order.date()).isEqualTo(today().minusDays(6));
    assertThat(order.customerReference()).isEqualTo("JV-CMD-2026-088");
    var photinia =
        order.lines().stream()
            .filter(l -> "PHO-C4-6080".equals(l.productCode()))
            .findFirst()
            .orElseThrow();
    assertThat(photinia.quantity()).isEqualTo(Quantity.of(60));
    // Revendeur: 12.50 − 25 %, then the hedging break of 50–249 plants (−10 %) = 8.4375.
    assertThat(photinia.net()).isEqualTo(Money.of("506.25"));
    assertThat(photinia.delivered()).isEqualTo(Quantity.of(0));
    assertThat(order.lines())
        .extracting(SalesLine::productCode, SalesLine::net)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PHO-C4-6080", Money.of("506.25")),
            org.assertj.core.groups.Tuple.tuple("LAV-G9", Money.of("240.00")),
            org.assertj.core.groups.Tuple.tuple("ROS-ICE-C4", Money.of("428.40")),
            org.assertj.core.groups.Tuple.tuple("MIS-C3", Money.of("294.00")),
            org.assertj.core.groups.Tuple.tuple("TER-50L", Money.of("191.25")),
            // 1 659.90 € HT of goods: the delivery is free above 1 500 € HT
            org.assertj.core.groups.Tuple.tuple("LIV-Z1", Money.of("0.00")));
    assertThat(order.totals().breakdown().at(VatRate.REDUCED_10).orElseThrow().base())
        .isEqualTo(Money.of("1468.65"));
    assertThat(order.totals().breakdown().at(VatRate.REDUCED_10).orElseThrow().vat())
        .isEqualTo(Money.of("146.87"));
    assertThat(order.totals().breakdown().at(VatRate.STANDARD_20).orElseThrow().vat())
        .isEqualTo(Money.of("38.25"));
    assertThat(order.totals().totalNet()).isEqualTo(Money.of("1659.90"));
    assertThat(order.totals().totalVat()).isEqualTo(Money.of("185.12"));
    assertThat(order.totals().totalGross()).isEqualTo(Money.of("1845.02"));
    var level =
        stock.level(nursery(), products.findByCode(nursery(), "PHO-C4-6080").orElseThrow().id());
    assertThat(level.onHand()).isEqualTo(Quantity.of(35));
    assertThat(level.reserved().value()).isGreaterThanOrEqualTo(Quantity.of(60).value());
  }

  @Test
  void theCommuneOrderCarriesItsCommitmentNumberAndTotals579_42() {
    OrderView order = firstOrder("C0002");

    assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(order.date()).isEqualTo(today().minusDays(3));
    assertThat(order.commitmentNumber()).isEqualTo("EJ-2026-0457");
    assertThat(order.lines())
        .extracting(SalesLine::productCode, SalesLine::net)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TIL-T1214", Money.of("340.20")),
            org.assertj.core.groups.Tuple.tuple("PLANT-TIGE", Money.of("171.00")));
    assertThat(order.totals().totalNet()).isEqualTo(Money.of("511.20"));
    assertThat(order.totals().totalVat()).isEqualTo(Money.of("68.22"));
    assertThat(order.totals().totalGross()).isEqualTo(Money.of("579.42"));
    assertThat(order.anythingDelivered()).isFalse();
  }

  @Test
  void sciLesTilleulsOrderIsHeldOverItsCreditLimit() {
    OrderView order = firstOrder("C0006");

    assertThat(order.status()).isEqualTo(OrderStatus.HELD);
    assertThat(order.date()).isEqualTo(today().minusDays(2));
    assertThat(order.number()).matches("CO-\\d{4}-\\d{4}");
    assertThat(order.totals().totalNet()).isEqualTo(Money.of("1800.00"));
    assertThat(order.totals().totalGross()).isEqualTo(Money.of("1980.00"));
    assertThat(order.statusReason()).isEqualTo("sales.hold.over-limit");
    assertThat(
            messages.getMessage(order.statusReason(), order.statusArgs().toArray(), Locale.FRENCH))
        .isEqualTo("Encours de 6\u202f180,00\u00a0€ au-delà du plafond de 5\u202f000,00\u00a0€");
    assertThat(order.downPayments()).isEmpty();
  }

  @Test
  void orderNumbersFollowTheirDatesAndMmeDuboisHasNoQuoteYet() {
    List<OrderView> demo = List.of(firstOrder("C0003"), firstOrder("C0002"), firstOrder("C0006"));
    assertThat(demo)
        .extracting(OrderView::date)
        .containsExactly(today().minusDays(6), today().minusDays(3), today().minusDays(2));
    assertThat(demo.stream().map(OrderView::number).sorted(Comparator.naturalOrder()).toList())
        .containsExactlyElementsOf(demo.stream().map(OrderView::number).toList());
    // a quote dated D−10 was numbered in its own series before
    assertThat(firstQuote("C0008").current().date()).isBefore(demo.get(0).date());

    // Mme Dubois's quote is the student's task: the demo (dated before D) holds none.
    var dubois =
        new QuoteFilter(
            null, Set.of(), customer("C0009"), null, null, today().minusDays(1), null, null, null);
    assertThat(
            quoteSearch
                .search(nursery(), dubois, PageQuery.of(0, 10, null, List.of("number"), "number"))
                .totalElements())
        .isZero();

    SalesSettings s = settings.get(nursery());
    assertThat(s.quoteValidityDays()).isEqualTo(30);
    assertThat(s.discountApprovalThreshold()).isEqualTo(Percentage.of("15"));
    assertThat(s.individualDownPayment()).isEqualTo(Percentage.of("30"));
    assertThat(s.individualDownPaymentAbove()).isEqualTo(Money.of("1500.00"));
    assertThat(s.freeDeliveryProductCode()).isEqualTo("LIV-Z1");
    assertThat(s.freeDeliveryAbove()).isEqualTo(Money.of("1500.00"));
    assertThat(s.withdrawalDays()).isEqualTo(14);
  }
}
