package org.pepin.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.LegalRate;
import org.pepin.platform.LegalRateType;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.legal.LegalRateManagement;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.pepin.shared.VatRate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo catalogue of scenario §2 with its stock and lots, stock receipts and adjustments, and
 * VAT categories following the dated legal rates.
 */
@PepinIntegrationTest
class CatalogDemoTests {

  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired StockManagement stock;
  @Autowired LegalRateManagement legalRates;
  @Autowired PlatformFixtures fixtures;
  @Autowired CompanyClock clock;
  @Autowired ChangeHistory history;
  @Autowired TransactionTemplate transaction;
  @Autowired MessageSource messages;

  private Product product(String code) {
    return products.findByCode(fixtures.nursery(), code).orElseThrow();
  }

  private String french(InvalidValue e) {
    return messages.getMessage("error." + e.code(), e.args(), Locale.FRENCH);
  }

  @Test
  void theDemoCatalogueHoldsTheScenarioProductsWithTheirStockAndLots() {
    var company = fixtures.nursery();
    var today = clock.today(company);
    for (String code :
        new String[] {
          "CHA-RN-6080",
          "HET-RN-80100",
          "LAU-C10-125",
          "PHO-C4-6080",
          "OSM-C5-6080",
          "TIL-T1214",
          "ERA-T1012",
          "POM-RR-DT",
          "OLI-C30",
          "LAV-G9",
          "MIS-C3",
          "ROS-ICE-C4",
          "GAZ-M2",
          "TER-50L",
          "TUT-KIT",
          "MO-PLANT",
          "PLANT-TIGE",
          "ENT-VISITE",
          "LIV-Z1",
          "LIV-Z2",
          "GAR-EXT2"
        }) {
      assertThat(products.findByCode(company, code)).as(code).isPresent();
    }
    var hornbeam = product("CHA-RN-6080");
    assertThat(hornbeam.salePrice().value()).isEqualByComparingTo("1.35");
    assertThat(hornbeam.group()).isEqualTo("HAIE");
    assertThat(hornbeam.plant().botanicalName()).isEqualTo("Carpinus betulus");
    assertThat(hornbeam.plant().form()).isEqualTo(PlantForm.BARE_ROOT);
    assertThat(hornbeam.season()).hasToString("15/11–31/03");
    assertThat(products.vatRate(company, hornbeam.id(), today)).isEqualTo(VatRate.REDUCED_10);
    assertThat(products.vatRate(company, product("TER-50L").id(), today))
        .isEqualTo(VatRate.STANDARD_20);
    assertThat(products.vatRate(company, product("MO-PLANT").id(), today))
        .isEqualTo(VatRate.STANDARD_20);
    assertThat(products.vat(company, product("LIV-Z2").id(), today).followsGoods()).isTrue();
    assertThat(product("LIV-Z2").salePrice().value()).isEqualByComparingTo("85");
    var guarantee = product("GAR-EXT2");
    assertThat(guarantee.unit()).isEqualTo(Unit.PERCENT);
    assertThat(guarantee.salePrice().value()).isEqualByComparingTo("5");
    assertThat(product("LAU-C10-125").plant().containerLitres()).isEqualByComparingTo("10");
    assertThat(product("TIL-T1214").plant().girthClass()).isEqualTo("12/14");
    assertThat(product("OLI-C30").plant().passportForFinalUsers()).isTrue();
    assertThat(product("LAV-G9").plant().passportForFinalUsers()).isFalse();
    assertThat(product("LAV-G9").plant().passportRequired()).isTrue();
    var exempt = categories.findByCode(company, "UE-EXO").orElseThrow();
    assertThat(exempt.exemptionReason()).isEqualTo("Exonération de TVA, art. 262 ter I du CGI");
    assertThat(categories.rate(company, exempt.id(), today)).isEqualTo(VatRate.ZERO);
    assertThat(categories.findByCode(company, "EXPORT").orElseThrow().en16931Code()).isEqualTo("G");

    assertThat(stock.level(company, hornbeam.id()).onHand()).isEqualTo(Quantity.of(1800));
    assertThat(stock.lotsOnHand(company, hornbeam.id()))
        .extracting(Lot::number, l -> l.quantityOnHand().value().intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("L24-CHA-01", 800),
            org.assertj.core.groups.Tuple.tuple("L25-CHA-02", 1000));
    assertThat(stock.level(company, product("OSM-C5-6080").id()).onHand())
        .isEqualTo(Quantity.of(60));
    assertThat(stock.level(company, product("TIL-T1214").id()).onHand()).isEqualTo(Quantity.of(12));
    var olives = stock.lotByNumber(company, "L25-OLI-01").orElseThrow();
    assertThat(olives.product()).isEqualTo(product("OLI-C30").id());
    assertThat(olives.quantityOnHand()).isEqualTo(Quantity.of(8));
    assertThat(olives.origin()).isEqualTo(LotOrigin.SUPPLIER);
    assertThat(olives.botanicalName()).isEqualTo("Olea europaea");
    assertThat(olives.traceabilityCode()).isEqualTo("XF-25-0412-OLI");
    assertThat(olives.countryOfOrigin()).isEqualTo("IT");
    var ownLot = stock.lotByNumber(company, "L25-PHO-01").orElseThrow();
    assertThat(ownLot.operatorNumber()).isEqualTo("FR-78-0412");
    assertThat(ownLot.countryOfOrigin()).isEqualTo("FR");
    assertThat(ownLot.receivedOn()).isEqualTo(today.minusDays(200));
  }

  @Test
  void aStockReceiptOf25PhotiniasCreatesALotWithItsPassportCodeAndRaisesTheStock() {
    var company = fixtures.nursery();
    var photinia = product("PHO-C4-6080");
    transaction.executeWithoutResult(
        status -> {
          assertThat(stock.level(company, photinia.id()).onHand()).isEqualTo(Quantity.of(35));
          var lotId =
              stock.receive(
                  company,
                  new StockReceipt(
                      photinia.id(),
                      null,
                      LotOrigin.OWN_PRODUCTION,
                      null,
                      null,
                      Quantity.of(25),
                      null,
                      null,
                      null,
                      null,
                      "Rempotage printemps"),
                  fixtures.user("julien"));
          var lot = stock.lot(company, lotId);
          String year = String.valueOf(clock.today(company).getYear()).substring(2);
          assertThat(lot.number()).startsWith("L" + year + "-PHO-");
          assertThat(lot.traceabilityCode()).isEqualTo(lot.number());
          assertThat(lot.botanicalName()).isEqualTo("Photinia × fraseri");
          assertThat(lot.operatorNumber()).isEqualTo("FR-78-0412");
          assertThat(lot.countryOfOrigin()).isEqualTo("FR");
          assertThat(lot.quantityOnHand()).isEqualTo(Quantity.of(25));
          assertThat(stock.level(company, photinia.id()).onHand()).isEqualTo(Quantity.of(60));
          var latest = stock.moves(company, photinia.id(), 1).get(0);
          assertThat(latest.reason()).isEqualTo(StockMoveReason.RECEIPT);
          assertThat(latest.quantity()).isEqualTo(Quantity.of(25));
          var entry = history.of(company, "product", photinia.id(), 1).entries().get(0);
          assertThat(entry.action()).isEqualTo("stock-received");
          assertThat(entry.changes())
              .anySatisfy(
                  c -> {
                    assertThat(c.field()).isEqualTo("onHand");
                    assertThat(c.oldValue()).isEqualTo("35.000");
                    assertThat(c.newValue()).isEqualTo("60.000");
                  });
          status.setRollbackOnly();
        });
    assertThat(stock.level(company, photinia.id()).onHand()).isEqualTo(Quantity.of(35));
  }

  @Test
  void anInventoryAdjustmentRecordsTheDifferenceAndRefusesNegativeStock() {
    var company = fixtures.nursery();
    var lavender = product("LAV-G9");
    var lot = stock.lotByNumber(company, "L24-CHA-01").orElseThrow();
    var hornbeam = product("CHA-RN-6080");
    transaction.executeWithoutResult(
        status -> {
          stock.adjust(
              company, lavender.id(), null, Quantity.of(588), AdjustmentReason.LOSS, "gel", null);
          assertThat(stock.level(company, lavender.id()).onHand()).isEqualTo(Quantity.of(588));
          assertThat(stock.moves(company, lavender.id(), 1).get(0).quantity())
              .isEqualTo(Quantity.of(-12));
          stock.adjust(
              company,
              hornbeam.id(),
              lot.id(),
              Quantity.of(790),
              AdjustmentReason.COUNT,
              null,
              null);
          assertThat(stock.lot(company, lot.id()).quantityOnHand()).isEqualTo(Quantity.of(790));
          assertThat(stock.level(company, hornbeam.id()).onHand()).isEqualTo(Quantity.of(1790));
          var tooMuch =
              org.assertj.core.api.Assertions.catchThrowableOfType(
                  InvalidValue.class,
                  () ->
                      stock.move(
                          company,
                          hornbeam.id(),
                          lot.id(),
                          Quantity.of(-791),
                          StockMoveReason.DELIVERY,
                          "BL-TEST"));
          assertThat(tooMuch.code()).isEqualTo("stock.lot-negative");
          assertThat(french(tooMuch)).isEqualTo("Le lot L24-CHA-01 ne contient que 790.");
          status.setRollbackOnly();
        });
    assertThatThrownBy(
            () ->
                stock.adjust(
                    company,
                    lavender.id(),
                    null,
                    Quantity.of(10),
                    AdjustmentReason.OTHER,
                    " ",
                    null))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("stock.note-required"));
    assertThatThrownBy(
            () ->
                stock.move(
                    company,
                    product("MO-PLANT").id(),
                    null,
                    Quantity.of(1),
                    StockMoveReason.RETURN,
                    null))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> assertThat(french(e)).isEqualTo("L'article MO-PLANT n'est pas géré en stock."));
    assertThat(stock.level(company, lavender.id()).onHand()).isEqualTo(Quantity.of(600));
  }

  @Test
  void aVatRateChangeEnteredAsANewDatedRowAppliesToTheCategoriesThatPointToItFromItsDateOnly() {
    var company = fixtures.nursery();
    var plants = categories.findByCode(company, "VEGETAUX").orElseThrow();
    var supplies = categories.findByCode(company, "FOURNITURES").orElseThrow();
    var hornbeam = product("CHA-RN-6080");
    var from = LocalDate.of(2099, 1, 1);
    transaction.executeWithoutResult(
        status -> {
          legalRates.create(
              new LegalRateManagement.RateDraft(
                  LegalRateType.VAT_INTERMEDIATE,
                  from,
                  new BigDecimal("12.5"),
                  LegalRate.Status.CONFIRMED,
                  "Loi de finances fictive pour 2099, art. 1er"));
          assertThat(categories.rate(company, plants.id(), from.minusDays(1)))
              .isEqualTo(VatRate.REDUCED_10);
          assertThat(categories.rate(company, plants.id(), from)).isEqualTo(VatRate.of("12.5"));
          assertThat(products.vatRate(company, hornbeam.id(), from)).isEqualTo(VatRate.of("12.5"));
          assertThat(products.vatRate(company, hornbeam.id(), from.minusDays(1)))
              .isEqualTo(VatRate.REDUCED_10);
          assertThat(categories.rate(company, supplies.id(), from)).isEqualTo(VatRate.STANDARD_20);
          status.setRollbackOnly();
        });
    assertThat(categories.rate(company, plants.id(), from)).isEqualTo(VatRate.REDUCED_10);
  }

  @Test
  void aCategoryWithoutARateAtADateIsRefusedWithAClearMessage() {
    var company = fixtures.nursery();
    var plants = categories.findByCode(company, "VEGETAUX").orElseThrow();
    var refusal =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidValue.class,
            () -> categories.rate(company, plants.id(), LocalDate.of(1950, 6, 1)));
    assertThat(refusal.code()).isEqualTo("vat-category.no-rate");
    assertThat(french(refusal))
        .isEqualTo(
            "Aucun taux de TVA confirmé pour la catégorie « Végétaux vivants (10 %) » au"
                + " 01/06/1950 : l'administrateur de l'instance doit le saisir sous Paramètres ›"
                + " Taux légaux.");
  }
}
