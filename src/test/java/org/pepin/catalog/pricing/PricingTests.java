package org.pepin.catalog.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.PriceListId;
import org.pepin.catalog.PriceStep;
import org.pepin.catalog.PriceStep.Kind;
import org.pepin.catalog.Pricing;
import org.pepin.catalog.ResolvedPrice;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.CustomerId;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.DocumentTotals.Line;
import org.pepin.shared.DocumentTotals.LineResult;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The unit-price function over every kind of list (incl. VAT, derived, dated versions), breaks at
 * their boundaries, customer prices, percentage products, and the scenario's two quotes priced line
 * by line and totalled by {@link DocumentTotals} (issue 6, "done when").
 */
@PepinIntegrationTest
class PricingTests {

  static final LocalDate D = LocalDate.of(2026, 11, 29);

  @Autowired Pricing pricing;
  @Autowired PriceListManagement lists;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired CustomerManagement customers;
  @Autowired PlatformFixtures fixtures;

  PricingScenario s;

  @BeforeEach
  void scenario() {
    s = new PricingScenario(fixtures.jardins(), products, categories, lists, customers).load();
  }

  ResolvedPrice price(String code, CustomerId customer, String quantity) {
    return pricing.price(s.company, s.id(code), customer, Quantity.of(quantity), D);
  }

  Line line(String code, CustomerId customer, String quantity) {
    ResolvedPrice price = price(code, customer, quantity);
    Line line = price.line(Quantity.of(quantity));
    assertThat(line.netUnitPrice()).isEqualTo(price.netUnitPrice());
    return line;
  }

  static UnitPrice up(String value) {
    return UnitPrice.of(value);
  }

  @Test
  void explainsMmeDuboisHornbeamsOnThePublicListInclVat() {
    ResolvedPrice price = price("CHA-RN-6080", s.dubois, "40");

    assertThat(price.priceListCode()).isEqualTo(s.publicCode);
    assertThat(price.unitPrice()).isEqualTo(up("1.49"));
    assertThat(price.includesVat()).isTrue();
    assertThat(price.discounts()).containsExactly(Percentage.of("5"));
    assertThat(price.netUnitPrice()).isEqualTo(up("1.286818"));
    assertThat(price.steps())
        .extracting(PriceStep::kind, PriceStep::price, PriceStep::includesVat)
        .containsExactly(
            tuple(Kind.BASE, up("1.35"), false),
            tuple(Kind.LIST_PRICE, up("1.49"), true),
            tuple(Kind.TO_EXCL_VAT, up("1.354545"), false),
            tuple(Kind.BREAK, up("1.286818"), false));
    assertThat(price.steps().get(3).percentage()).isEqualTo(Percentage.of("5"));
    assertThat(price.steps().get(2).rate()).isEqualTo(VatRate.REDUCED_10);
  }

  @Test
  void explainsHotelDuParcLaurelsOnTheProfessionalListWithTheirBreak() {
    ResolvedPrice price = price("LAU-C10-125", s.hotel, "120");

    assertThat(price.priceListCode()).isEqualTo(s.proCode);
    assertThat(price.unitPrice()).isEqualTo(up("24.90"));
    assertThat(price.includesVat()).isFalse();
    assertThat(price.discounts()).containsExactly(Percentage.of("15"), Percentage.of("10"));
    assertThat(price.steps())
        .extracting(PriceStep::kind, PriceStep::percentage, PriceStep::price)
        .containsExactly(
            tuple(Kind.BASE, null, up("24.90")),
            tuple(Kind.LIST_ADJUSTMENT, Percentage.of("15"), up("21.165")),
            tuple(Kind.BREAK, Percentage.of("10"), up("19.0485")));
    assertThat(price.netUnitPrice()).isEqualTo(up("19.0485"));
  }

  @Test
  void mmeDuboisQuotePricedByTheFunctionTotals451_72() {
    var quote =
        DocumentTotals.compute(
            List.of(
                line("CHA-RN-6080", s.dubois, "40"),
                line("MO-PLANT", s.dubois, "6"),
                line("LIV-Z1", s.dubois, "1")));

    ResolvedPrice planting = price("MO-PLANT", s.dubois, "6");
    assertThat(planting.unitPrice()).isEqualTo(up("57.60"));
    assertThat(planting.steps())
        .extracting(PriceStep::kind)
        .containsExactly(Kind.BASE, Kind.TO_INCL_VAT, Kind.TO_EXCL_VAT);
    ResolvedPrice delivery = price("LIV-Z1", s.dubois, "1");
    assertThat(delivery.includesVat()).isFalse();
    assertThat(delivery.vatRate()).isNull();
    assertThat(delivery.lineKind()).isEqualTo(DocumentTotals.LineKind.FEE_FOLLOWING_GOODS);
    assertThat(delivery.steps()).extracting(PriceStep::kind).contains(Kind.FEE_EXCL_VAT);

    assertThat(quote.lines())
        .extracting(LineResult::net)
        .containsExactly(Money.of("51.47"), Money.of("288.00"), Money.of("45.00"));
    assertThat(quote.totalNet()).isEqualTo(Money.of("384.47"));
    assertThat(quote.totalVat()).isEqualTo(Money.of("67.25"));
    assertThat(quote.totalGross()).isEqualTo(Money.of("451.72"));
  }

  @Test
  void hotelDuParcQuotePricedByTheFunctionTotals13101_04() {
    var quote =
        DocumentTotals.compute(
            List.of(
                line("TIL-T1214", s.hotel, "6"),
                line("ERA-T1012", s.hotel, "10"),
                line("OLI-C30", s.hotel, "4"),
                line("LAU-C10-125", s.hotel, "120"),
                line("LAV-G9", s.hotel, "300"),
                line("GAZ-M2", s.hotel, "150"),
                line("TER-50L", s.hotel, "40"),
                line("TUT-KIT", s.hotel, "20"),
                line("PLANT-TIGE", s.hotel, "20"),
                line("MO-PLANT", s.hotel, "60"),
                line("LIV-Z2", s.hotel, "3")));

    assertThat(quote.lines())
        .extracting(LineResult::net)
        .containsExactly(
            Money.of("963.90"),
            Money.of("1232.50"),
            Money.of("506.60"),
            Money.of("2285.82"),
            Money.of("816.00"),
            Money.of("879.75"),
            Money.of("289.00"),
            Money.of("238.00"),
            Money.of("1615.00"),
            Money.of("2448.00"),
            Money.of("216.75"));
    assertThat(quote.lines().get(10).feeSplit())
        .isEqualTo(
            Map.of(VatRate.REDUCED_10, Money.of("200.91"), VatRate.STANDARD_20, Money.of("15.84")));
    assertThat(quote.breakdown().at(VatRate.REDUCED_10).orElseThrow().base())
        .isEqualTo(Money.of("6885.48"));
    assertThat(quote.breakdown().at(VatRate.STANDARD_20).orElseThrow().base())
        .isEqualTo(Money.of("4605.84"));
    assertThat(quote.totalNet()).isEqualTo(Money.of("11491.32"));
    assertThat(quote.totalVat()).isEqualTo(Money.of("1609.72"));
    assertThat(quote.totalGross()).isEqualTo(Money.of("13101.04"));
  }

  @Test
  void pricingAllTheLinesAtOnceGivesWhatPricingEachLineGives() {
    List<String[]> lines =
        List.of(
            new String[] {"TIL-T1214", "6"},
            new String[] {"LAU-C10-125", "120"},
            new String[] {"LAU-C10-125", "10"},
            new String[] {"MO-PLANT", "60"},
            new String[] {"LIV-Z2", "3"},
            new String[] {"GAR-EXT2", "1"});
    for (CustomerId customer : List.of(s.hotel, s.dubois)) {
      List<ResolvedPrice> all =
          pricing.priceAll(
              s.company,
              customer,
              lines.stream().map(l -> new Pricing.Request(s.id(l[0]), Quantity.of(l[1]))).toList(),
              D);
      assertThat(all).isEqualTo(lines.stream().map(l -> price(l[0], customer, l[1])).toList());
    }
    assertThat(
            pricing
                .priceAll(
                    s.company,
                    s.hotel,
                    List.of(new Pricing.Request(s.id("LAU-C10-125"), Quantity.of("120"))),
                    D)
                .get(0)
                .netUnitPrice())
        .isEqualTo(UnitPrice.of("19.0485"));
  }

  @Test
  void breaksApplyFromTheirFirstQuantityAndTheHighestReachedWins() {
    assertThat(
            List.of("9", "10", "49", "49.999", "50", "249", "250", "1000").stream()
                .map(q -> price("HET-RN-80100", s.hotel, q).discounts())
                .toList())
        .containsExactly(
            List.of(Percentage.of("15")),
            List.of(Percentage.of("15"), Percentage.of("5")),
            List.of(Percentage.of("15"), Percentage.of("5")),
            List.of(Percentage.of("15"), Percentage.of("5")),
            List.of(Percentage.of("15"), Percentage.of("10")),
            List.of(Percentage.of("15"), Percentage.of("10")),
            List.of(Percentage.of("15"), Percentage.of("15")),
            List.of(Percentage.of("15"), Percentage.of("15")));
    // A product's own break, for the list only, comes before the group's at the same quantity.
    lists.addBreak(
        s.company,
        new PriceBreak(
            null, s.proCode, s.id("HET-RN-80100"), null, Quantity.of("50"), Percentage.of("12")));
    assertThat(price("HET-RN-80100", s.hotel, "60").discounts())
        .containsExactly(Percentage.of("15"), Percentage.of("12"));
    assertThat(price("HET-RN-80100", s.dubois, "60").discounts())
        .containsExactly(Percentage.of("10"));
    // Not a hedging plant: no break.
    assertThat(price("LAV-G9", s.hotel, "300").discounts()).containsExactly(Percentage.of("15"));
  }

  @Test
  void aListDerivedFromADerivedListCascadesItsDiscountAndAMarkupChangesThePrice() {
    lists.create(
        s.company,
        new PriceListDraft(
            "REV" + s.suffix, "Revendeur", false, s.proCode, new BigDecimal("-10"), null, null));
    lists.create(
        s.company,
        new PriceListDraft(
            "EXP" + s.suffix, "Export", false, s.proCode, new BigDecimal("5"), null, null));
    CustomerId reseller =
        customers.create(s.company, PricingScenario.business("Jardinerie " + s.suffix), true);
    lists.assign(s.company, reseller, "rev" + s.suffix);
    ResolvedPrice price = price("TIL-T1214", reseller, "1");
    assertThat(price.discounts()).containsExactly(Percentage.of("15"), Percentage.of("10"));
    assertThat(price.netUnitPrice()).isEqualTo(up("144.585")); // 189 × 0.85 × 0.90

    lists.assign(s.company, reseller, "EXP" + s.suffix);
    price = price("TIL-T1214", reseller, "1");
    assertThat(price.discounts()).isEmpty();
    assertThat(price.unitPrice()).isEqualTo(up("168.6825")); // 160.65 × 1.05
    assertThat(price.steps())
        .extracting(PriceStep::kind, PriceStep::price)
        .containsExactly(
            tuple(Kind.BASE, up("189")),
            tuple(Kind.LIST_ADJUSTMENT, up("160.65")),
            tuple(Kind.LIST_MARKUP, up("168.6825")));
  }

  @Test
  void anExplicitPriceInADerivedListReplacesItsDerivation() {
    lists.setPrice(s.company, s.proList, s.id("OLI-C30"), up("120"));
    ResolvedPrice price = price("OLI-C30", s.hotel, "1");
    assertThat(price.unitPrice()).isEqualTo(up("120"));
    assertThat(price.discounts()).isEmpty();
    assertThat(price.steps())
        .extracting(PriceStep::kind)
        .containsExactly(Kind.BASE, Kind.LIST_PRICE);
    lists.removePrice(s.company, s.proList, s.id("OLI-C30"));
    assertThat(price("OLI-C30", s.hotel, "1").netUnitPrice()).isEqualTo(up("126.65"));
  }

  @Test
  void aCustomerPriceReplacesTheListPriceOnlyWhileItIsValid() {
    lists.addCustomerPrice(
        s.company,
        new CustomerPrice(
            null, s.hotel, s.id("TIL-T1214"), up("150"), D.minusDays(10), D.plusDays(10)));
    ResolvedPrice price = price("TIL-T1214", s.hotel, "6");
    assertThat(price.netUnitPrice()).isEqualTo(up("150"));
    assertThat(price.discounts()).isEmpty();
    assertThat(price.steps())
        .extracting(PriceStep::kind)
        .containsExactly(Kind.BASE, Kind.LIST_ADJUSTMENT, Kind.CUSTOMER_PRICE);
    assertThat(
            pricing
                .price(s.company, s.id("TIL-T1214"), s.hotel, Quantity.of(6), D.plusDays(11))
                .netUnitPrice())
        .isEqualTo(up("160.65"));
  }

  @Test
  void listVersionsFollowEachOtherWithoutOverlap() {
    String code = "SAI" + s.suffix;
    PriceListId winter =
        lists.create(
            s.company,
            new PriceListDraft(
                code, "Saison", false, null, new BigDecimal("-20"), null, D.plusDays(30)));
    lists.create(
        s.company,
        new PriceListDraft(code, "Saison 2027", false, null, null, D.plusDays(31), null));
    assertThatThrownBy(
            () ->
                lists.create(
                    s.company,
                    new PriceListDraft(code, "Chevauche", false, null, null, D, D.plusDays(40))))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("price-list.overlap"));
    CustomerId customer =
        customers.create(s.company, PricingScenario.business("Saison " + s.suffix), true);
    lists.assign(s.company, customer, code);
    assertThat(pricing.price(s.company, s.id("LAV-G9"), customer, Quantity.of(1), D).netUnitPrice())
        .isEqualTo(up("2.56"));
    assertThat(
            pricing
                .price(s.company, s.id("LAV-G9"), customer, Quantity.of(1), D.plusDays(31))
                .netUnitPrice())
        .isEqualTo(up("3.20"));
    assertThat(lists.get(s.company, winter).validTo()).isEqualTo(D.plusDays(30));
  }

  @Test
  void aPercentageProductIsPricedOnTheLinesItCovers() {
    ResolvedPrice guarantee = price("GAR-EXT2", s.hotel, "1");
    assertThat(guarantee.percentOfLines()).isTrue();
    assertThat(guarantee.unitPrice()).isEqualTo(up("5"));
    assertThat(guarantee.percentLine(Money.of("6885.48")).netUnitPrice()).isEqualTo(up("344.274"));
    assertThatThrownBy(() -> guarantee.line(Quantity.of(1)))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("pricing.percent-line"));
  }

  @Test
  void withoutCustomerTheBasePriceApplies() {
    ResolvedPrice price = pricing.price(s.company, s.id("OLI-C30"), null, Quantity.of(1), D);
    assertThat(price.priceListCode()).isNull();
    assertThat(price.netUnitPrice()).isEqualTo(up("149"));
  }

  @Test
  void badInputIsRefusedWithItsRuleAndNothingIsSaved() {
    assertThatThrownBy(() -> lists.setPrice(s.company, s.proList, s.id("OLI-C30"), up("-1")))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("price-list.price-negative"));
    assertThatThrownBy(
            () -> lists.setPrice(s.company, s.publicList, s.id("OLI-C30"), up("149.015")))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("price-list.price-ttc-scale"));
    assertThat(lists.itemPrice(s.company, s.publicList, s.id("OLI-C30"))).isEmpty();
    assertThatThrownBy(
            () ->
                lists.create(
                    s.company,
                    new PriceListDraft(
                        "X" + s.suffix, "X", false, "NOPE" + s.suffix, null, null, null)))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("price-list.parent-unknown"));
    PriceListId a =
        lists.create(
            s.company, new PriceListDraft("A" + s.suffix, "A", false, s.proCode, null, null, null));
    assertThatThrownBy(
            () ->
                lists.update(
                    s.company,
                    s.proList,
                    1,
                    new PriceListDraft(s.proCode, "Pro", false, "A" + s.suffix, null, null, null)))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("price-list.parent-cycle"));
    assertThat(lists.get(s.company, a).parentCode()).isEqualTo(s.proCode);
    assertThatThrownBy(
            () -> new PriceListDraft("B", "B", false, null, new BigDecimal("-100"), null, null))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("price-list.adjustment"));
    assertThatThrownBy(() -> Percentage.of("120"))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("percentage.range"));
    assertThatThrownBy(
            () ->
                new PriceBreak(
                    null, null, s.id("OLI-C30"), "HAIE", Quantity.of(1), Percentage.of("5")))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("price-break.target"));
    assertThatThrownBy(() -> price("OLI-C30", s.hotel, "0"))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("pricing.quantity"));
  }

  @Autowired org.springframework.context.ApplicationEventPublisher events;

  @Test
  void aMergedCustomersPricesAndListMoveToTheRecordKept() {
    CustomerId duplicate =
        customers.create(s.company, PricingScenario.business("Doublon " + s.suffix), true);
    CustomerId kept =
        customers.create(s.company, PricingScenario.business("Gardé " + s.suffix), true);
    lists.assign(s.company, duplicate, s.proCode);
    lists.addCustomerPrice(
        s.company, new CustomerPrice(null, duplicate, s.id("OLI-C30"), up("99"), null, null));
    org.springframework.transaction.support.TransactionTemplate tx =
        new org.springframework.transaction.support.TransactionTemplate(transactions);
    tx.executeWithoutResult(
        t ->
            events.publishEvent(
                new org.pepin.customers.CustomerMerged(s.company, duplicate, kept)));
    assertThat(lists.assigned(s.company, kept)).contains(s.proCode);
    assertThat(price("OLI-C30", kept, "1").netUnitPrice()).isEqualTo(up("99"));
  }

  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @Test
  void anotherCompanysRecordsAreNotFound() {
    assertThatThrownBy(() -> lists.get(fixtures.nursery(), s.proList))
        .isInstanceOf(ResourceNotFound.class);
    assertThatThrownBy(
            () -> pricing.price(fixtures.nursery(), s.id("OLI-C30"), null, Quantity.of(1), D))
        .isInstanceOf(ResourceNotFound.class);
    assertThatThrownBy(() -> lists.assign(fixtures.nursery(), s.hotel, s.proCode))
        .isInstanceOf(ResourceNotFound.class);
  }
}
