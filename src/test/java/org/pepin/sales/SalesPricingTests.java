package org.pepin.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.pricing.PricingScenario;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.UserId;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.sales.quote.QuoteService;
import org.pepin.shared.DocumentTotals.LineKind;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The money of quotes to the cent (ARCHITECTURE §3): cascade discounts (list, break, manual), a
 * document discount spread over two rates with a delivery fee that follows the goods, a free line
 * priced incl. VAT, the free delivery for businesses, and the approval of manual discounts above
 * the company's threshold.
 */
@PepinIntegrationTest
class SalesPricingTests {

  @Autowired QuoteService quotes;
  @Autowired SalesSettingsStore settings;
  @Autowired PriceListManagement lists;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired CustomerManagement customers;
  @Autowired PlatformFixtures fixtures;

  PricingScenario s;
  CompanyId company;
  SalesSettings before;

  @BeforeEach
  void scenario() {
    s = new PricingScenario(fixtures.jardins(), products, categories, lists, customers).load();
    company = s.company;
    before = settings.get(company);
  }

  @AfterEach
  void restore() {
    SalesSettings now = settings.get(company);
    settings.save(
        company,
        new SalesSettings(
            now.version(),
            before.quoteValidityDays(),
            before.discountApprovalThreshold(),
            before.individualDownPayment(),
            before.individualDownPaymentAbove(),
            before.freeDeliveryProductCode(),
            before.freeDeliveryAbove(),
            before.withdrawalDays()));
  }

  LineDraft line(String code, String quantity) {
    return LineDraft.product(s.id(code), Quantity.of(quantity));
  }

  PricedDocument preview(
      org.pepin.customers.CustomerId customer, Percentage discount, LineDraft... lines) {
    return quotes.preview(
        company,
        new QuoteDraft(
            customer,
            null,
            null,
            null,
            new SalesTerms(null, null, null, discount, null, null, null, List.of(lines))));
  }

  @Test
  void cascadeOfListBreakAndManualDiscounts() {
    PricedDocument doc =
        preview(
            s.hotel, null, line("LAU-C10-125", "120").withDiscounts(List.of(Percentage.of("5"))));

    SalesLine laurel = doc.lines().get(0);
    assertThat(laurel.listDiscounts()).containsExactly(Percentage.of("15"), Percentage.of("10"));
    assertThat(laurel.manualDiscounts()).containsExactly(Percentage.of("5"));
    assertThat(doc.totals().lines().get(0).netUnitPrice()).isEqualTo(UnitPrice.of("18.096075"));
    assertThat(laurel.net()).isEqualTo(Money.of("2171.53"));
    assertThat(doc.manualDiscountRate()).isEqualTo(Percentage.of("5"));
  }

  @Test
  void documentDiscountSpreadOverTwoRatesAndDeliveryFollowingTheGoods() {
    PricedDocument doc =
        preview(
            s.hotel,
            Percentage.of("10"),
            line("TIL-T1214", "2"),
            line("PLANT-TIGE", "2"),
            line("LIV-Z2", "1"));

    assertThat(doc.lines())
        .extracting(SalesLine::net)
        .containsExactly(Money.of("321.30"), Money.of("161.50"), Money.of("72.25"));
    assertThat(doc.totals().lines())
        .extracting(r -> r.discountShare())
        .containsExactly(Money.of("32.13"), Money.of("16.15"), Money.ZERO);
    assertThat(doc.lines().get(2).kind()).isEqualTo(LineKind.FEE_FOLLOWING_GOODS);
    assertThat(doc.totals().breakdown().at(VatRate.REDUCED_10).orElseThrow().base())
        .isEqualTo(Money.of("361.42"));
    assertThat(doc.totals().breakdown().at(VatRate.STANDARD_20).orElseThrow().base())
        .isEqualTo(Money.of("145.35"));
    assertThat(doc.totals().totalNet()).isEqualTo(Money.of("506.77"));
    assertThat(doc.totals().totalVat()).isEqualTo(Money.of("65.21"));
    assertThat(doc.totals().totalGross()).isEqualTo(Money.of("571.98"));
    assertThat(doc.manualDiscountRate()).isEqualTo(Percentage.of("10"));
  }

  @Test
  void freeLinePricedInclVatForAnIndividual() {
    var free =
        new LineDraft(
            LineType.FREE,
            null,
            "Taille de la haie existante",
            Quantity.of("1"),
            UnitPrice.of("120"),
            null,
            List.of(),
            VatRate.STANDARD_20,
            null);
    PricedDocument doc = preview(s.dubois, null, free);

    assertThat(doc.lines().get(0).priceIncludesVat()).isTrue();
    assertThat(doc.lines().get(0).kind()).isEqualTo(LineKind.SERVICE);
    assertThat(doc.totals().totalNet()).isEqualTo(Money.of("100.00"));
    assertThat(doc.totals().totalVat()).isEqualTo(Money.of("20.00"));
    assertThat(doc.totals().totalGross()).isEqualTo(Money.of("120.00"));
  }

  @Test
  void deliveryIsFreeForABusinessAboveTheThresholdOnly() {
    SalesSettings now = settings.get(company);
    settings.save(
        company,
        new SalesSettings(
            now.version(),
            30,
            Percentage.of("15"),
            null,
            null,
            s.code("LIV-Z1"),
            Money.of("1500.00"),
            14));

    PricedDocument big = preview(s.hotel, null, line("TIL-T1214", "10"), line("LIV-Z1", "1"));
    assertThat(big.lines().get(1).net()).isEqualTo(Money.of("0.00"));
    assertThat(big.warnings())
        .extracting(LineWarning::code)
        .contains("sales.warning.free-delivery");
    assertThat(big.manualDiscountRate()).isEqualTo(Percentage.ZERO);

    PricedDocument small = preview(s.hotel, null, line("TIL-T1214", "2"), line("LIV-Z1", "1"));
    assertThat(small.lines().get(1).net()).isEqualTo(Money.of("38.25"));
    PricedDocument individual =
        preview(s.dubois, null, line("TIL-T1214", "10"), line("LIV-Z1", "1"));
    assertThat(individual.lines().get(1).net()).isEqualTo(Money.of("45.00"));
  }

  @Test
  void theCompanysDownPaymentForIndividualsAppliesAboveItsThreshold() {
    SalesSettings now = settings.get(company);
    settings.save(
        company,
        new SalesSettings(
            now.version(),
            30,
            Percentage.of("15"),
            Percentage.of("30"),
            Money.of("400.00"),
            null,
            null,
            14));
    var draft =
        new QuoteDraft(
            s.dubois,
            null,
            null,
            null,
            new SalesTerms(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(line("CHA-RN-6080", "40"), line("MO-PLANT", "6"), line("LIV-Z1", "1"))));

    PricedDocument doc = quotes.preview(company, draft);
    assertThat(doc.totals().totalGross()).isEqualTo(Money.of("451.72"));
    assertThat(doc.downPayment().at(VatRate.REDUCED_10).orElseThrow().base())
        .isEqualTo(Money.of("28.94"));
    assertThat(doc.downPayment().at(VatRate.STANDARD_20).orElseThrow().base())
        .isEqualTo(Money.of("86.40"));
    assertThat(doc.downPayment().totalGross()).isEqualTo(Money.of("135.51"));
    QuoteRevision saved = quotes.get(company, quotes.create(company, null, draft)).current();
    assertThat(saved.downPayment().kind()).isEqualTo(DownPaymentKind.ACOMPTE);
    assertThat(saved.downPayment().percent()).isEqualTo(Percentage.of("30"));

    PricedDocument small = preview(s.dubois, null, line("MO-PLANT", "6"));
    assertThat(small.totals().totalGross()).isEqualTo(Money.of("345.60"));
    assertThat(small.downPayment()).isNull();
  }

  @Test
  void manualDiscountAboveTheThresholdNeedsAManagerBeforeSending() {
    QuoteId id =
        quotes.create(
            company,
            null,
            new QuoteDraft(
                s.hotel,
                null,
                null,
                null,
                new SalesTerms(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(line("TIL-T1214", "2").withDiscounts(List.of(Percentage.of("20")))))));
    assertThat(quotes.get(company, id).current().manualDiscountRate())
        .isEqualTo(Percentage.of("20"));

    assertThatThrownBy(() -> quotes.send(company, null, id, QuoteLifecycleTests.recipient()))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "sales.quote.approval-required");
    assertThat(quotes.get(company, id).status()).isEqualTo(QuoteStatus.DRAFT);

    var manager =
        new Member(
            new UserId(java.util.UUID.randomUUID()),
            "marc",
            "Marc Clément",
            java.util.Set.of(Role.MANAGER));
    quotes.approve(company, manager, id);
    quotes.send(company, null, id, QuoteLifecycleTests.recipient());
    assertThat(quotes.get(company, id).status()).isEqualTo(QuoteStatus.SENT);
  }
}
