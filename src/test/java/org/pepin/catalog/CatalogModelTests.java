package org.pepin.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.LegalRates.VatKind;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.pepin.shared.VatRate;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalogue's model: products, VAT categories, seasons, validation and history. */
@PepinIntegrationTest
class CatalogModelTests {

  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PlatformFixtures fixtures;
  @Autowired ChangeHistory history;
  @Autowired org.springframework.context.MessageSource messages;

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  static ProductDraft plant(String code, VatCategoryId category, String price) {
    return new ProductDraft(
        code,
        "Charmille test",
        null,
        ProductKind.GOODS,
        Unit.PLANT,
        category,
        false,
        RevenueKind.OWN_PRODUCTION,
        UnitPrice.of(price),
        UnitPrice.of("0.40"),
        "HAIE",
        true,
        Quantity.of(100),
        new PlantAttributes(
            "Carpinus betulus",
            "Charmille",
            null,
            PlantForm.BARE_ROOT,
            null,
            null,
            "60/80",
            true,
            false,
            null),
        SellingSeason.bareRoot());
  }

  @Test
  void aProductTakesTheRateOfItsCategoryKindAndAnExemptCategoryTakesZero() {
    var company = fixtures.jardins();
    var live =
        categories.create(
            company,
            new VatCategoryDraft(unique("VIV"), "Végétaux", VatKind.INTERMEDIATE, null, null));
    var intraEu =
        categories.create(
            company,
            new VatCategoryDraft(
                unique("UE"),
                "Livraison intracommunautaire",
                null,
                VatCategory.VATEX_INTRA_EU,
                "Exonération de TVA, art. 262 ter I du CGI"));
    var id = products.create(company, plant(unique("CHA"), live, "1.35"));
    assertThat(products.vatRate(company, id, LocalDate.of(2026, 11, 29)))
        .isEqualTo(VatRate.REDUCED_10);
    assertThat(categories.rate(company, intraEu, LocalDate.of(2026, 11, 29)))
        .isEqualTo(VatRate.ZERO);
    assertThat(categories.get(company, intraEu).en16931Code()).isEqualTo("K");
    var product = products.get(company, id);
    assertThat(product.salePrice().value()).isEqualByComparingTo("1.35");
    assertThat(product.plant().form()).isEqualTo(PlantForm.BARE_ROOT);
    assertThat(product.season()).hasToString("15/11–31/03");
    assertThat(product.inSeason(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(product.inSeason(LocalDate.of(2027, 3, 31))).isTrue();
    assertThat(product.inSeason(LocalDate.of(2027, 4, 1))).isFalse();
    assertThat(product.inSeason(LocalDate.of(2026, 11, 14))).isFalse();
    assertThat(products.findByCode(company, product.code().toLowerCase())).contains(product);
    assertThatThrownBy(() -> products.get(fixtures.nursery(), id))
        .isInstanceOf(ResourceNotFound.class);
  }

  @Test
  void aFeeFollowingTheGoodsHasNoRateOfItsOwn() {
    var company = fixtures.jardins();
    String code = unique("LIV");
    var id =
        products.create(
            company,
            new ProductDraft(
                code,
                "Livraison",
                null,
                ProductKind.SERVICE,
                Unit.DELIVERY,
                null,
                true,
                RevenueKind.SERVICE,
                UnitPrice.of("45"),
                null,
                null,
                false,
                null,
                null,
                null));
    var vat = products.vat(company, id, LocalDate.of(2026, 11, 29));
    assertThat(vat.followsGoods()).isTrue();
    assertThat(vat.rate()).isNull();
    assertThatThrownBy(() -> products.vatRate(company, id, LocalDate.of(2026, 11, 29)))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("product.follows-goods"));
  }

  @Test
  void badProductsAreRefusedWithTheirRule() {
    var category = VatCategoryId.random();
    assertThatThrownBy(() -> plant("NEG-1", category, "-0.01"))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("product.price-negative"));
    assertThatThrownBy(
            () ->
                new ProductDraft(
                    "LIV-X",
                    "Livraison",
                    null,
                    ProductKind.SERVICE,
                    Unit.DELIVERY,
                    category,
                    true,
                    RevenueKind.SERVICE,
                    UnitPrice.of("45"),
                    null,
                    null,
                    false,
                    null,
                    null,
                    null))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> assertThat(e.code()).isEqualTo("product.follows-goods-category"));
    assertThatThrownBy(
            () ->
                new ProductDraft(
                    "GAR-X",
                    "Garantie",
                    null,
                    ProductKind.SERVICE,
                    Unit.PERCENT,
                    category,
                    false,
                    RevenueKind.SERVICE,
                    UnitPrice.of("120"),
                    null,
                    null,
                    false,
                    null,
                    null,
                    null))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("product.percent-range"));
    assertThatThrownBy(() -> new SellingSeason(MonthDay.of(3, 1), MonthDay.of(3, 1)))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("season.empty"));
    assertThat(SellingSeason.parse("1/4", "30/09").contains(LocalDate.of(2026, 7, 14))).isTrue();
    // A discount above 100 % (price lists, lines) is refused by the shared percentage type.
    assertThatThrownBy(() -> org.pepin.shared.Percentage.of("120"))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e ->
                assertThat(
                        messages.getMessage("error." + e.code(), e.args(), java.util.Locale.FRENCH))
                    .contains("120"));
  }

  @Test
  void aChangeIsRecordedInTheProductHistory() {
    var company = fixtures.jardins();
    var live =
        categories.create(
            company,
            new VatCategoryDraft(unique("VIV"), "Végétaux", VatKind.INTERMEDIATE, null, null));
    String code = unique("HET");
    var id = products.create(company, plant(code, live, "2.10"));
    var before = products.get(company, id);
    products.update(company, id, before.version(), plant(code, live, "2.30"));
    assertThatThrownBy(() -> products.create(company, plant(code, live, "1")))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.code()).isEqualTo("product.code-taken"));
    var entries = history.of(company, ProductManagement.ENTITY, id, 10).entries();
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("salePrice");
              assertThat(c.oldValue()).isEqualTo("2.100000");
              assertThat(c.newValue()).isEqualTo("2.300000");
            });
  }
}
