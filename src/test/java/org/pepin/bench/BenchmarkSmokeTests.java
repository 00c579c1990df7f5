package org.pepin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.PriceList;
import org.pepin.catalog.Pricing;
import org.pepin.catalog.Product;
import org.pepin.catalog.ProductDraft;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.ResolvedPrice;
import org.pepin.catalog.VatCategoryId;
import org.pepin.catalog.pricing.PriceBreak;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.CustomerId;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark still works (not its speed): the generators and every scenario at SF 0.01, once, on
 * the test database (H2 or PostgreSQL), in a company of their own; and the generated catalogue is
 * what real input gives — it passes the same rules and prices to the cent.
 */
@PepinIntegrationTest
class BenchmarkSmokeTests {

  static final ScaleFactor SF = ScaleFactor.of(0.01);
  static final long SEED = 7;

  @Autowired ApplicationContext spring;
  @Autowired CompanyManagement companies;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PriceListManagement lists;
  @Autowired Pricing pricing;
  @Autowired JdbcTemplate jdbc;

  BenchContext context;

  @BeforeEach
  void dataSet() throws Exception {
    context = BenchmarkRunner.dataSet(spring, companies, SF, SEED, false, new Results());
  }

  @Test
  void theRunnerGeneratesTheDataSetAndMeasuresEveryScenarioAtSf001() throws Exception {
    var results = BenchmarkRunner.measure(spring, companies, SF, SEED, 0, 1, null, false);
    assertThat(results.figures())
        .extracting(Results.Figures::scenario)
        .containsExactlyElementsOf(
            BenchmarkRunner.scenarios().stream().map(Scenario::name).toList());
    assertThat(results.markdown())
        .contains("| customer-search (")
        .contains("| product-pricing (one Pricing.price call) |")
        .contains("| document-pricing (one 50-line document");
    assertThat(results.figures())
        .filteredOn(f -> f.scenario().equals("product-pricing"))
        .extracting(f -> f.pepin().n())
        .containsExactly(50);
    assertThat(SF.customers()).isEqualTo(20);
    assertThat(SF.products()).isEqualTo(5);
  }

  @Test
  void generatedProductsAreReadBackAsTheDraftsTheyWereWrittenFromAndPassTheRulesOfUserInput() {
    var company = context.company();
    List<UUID> ids =
        jdbc.queryForList(
            "SELECT id FROM product WHERE company_id = ? ORDER BY code",
            UUID.class,
            company.value());
    assertThat(ids).hasSize(SF.products());

    // The drafts again, from the same seed and the company's categories.
    Map<String, VatCategoryId> byCode = new HashMap<>();
    jdbc.query(
        "SELECT id, code FROM vat_category WHERE company_id = ?",
        rs -> {
          byCode.put(rs.getString("code"), new VatCategoryId(rs.getObject("id", UUID.class)));
        },
        company.value());
    var c =
        new ProductGenerator.Categories(
            byCode.get("VEGETAUX"), byCode.get("FOURNITURES"), byCode.get("SERVICES"));
    Random random = context.random("products");
    Map<String, ProductDraft> drafts = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int n = 1; n <= SF.products(); n++) {
      ProductDraft d = ProductGenerator.draft(n, random, c, seen);
      drafts.put(d.code(), d);
    }

    for (UUID id : ids) {
      // Read through the catalogue's API (value types and drafts rebuilt, rules checked)...
      Product product = products.get(company, new ProductId(id));
      ProductDraft draft = product.toDraft();
      assertThat(draft).isEqualTo(drafts.get(product.code()));
      assertThat(products.vat(company, product.id(), ProductGenerator.D).followsGoods())
          .isEqualTo(draft.followsGoods());
      // ...and saved again through the service, which checks the category and the code.
      products.update(company, product.id(), product.version(), draft);
      assertThat(products.get(company, product.id()).toDraft()).isEqualTo(draft);
    }
    assertThat(drafts.get("CHA-RN-6080").plant().passportRequired()).isTrue();
    assertThat(drafts.get("CHA-RN-6080").season()).hasToString("15/11–31/03");

    // The lists, their retail prices incl. VAT to the cent, the breaks and the assignments.
    List<PriceList> all = lists.lists(company);
    assertThat(all)
        .extracting(PriceList::code, PriceList::includesVat, PriceList::adjustment)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("COLLECTIVITES", false, new BigDecimal("-10.0000")),
            org.assertj.core.groups.Tuple.tuple("PRO", false, new BigDecimal("-15.0000")),
            org.assertj.core.groups.Tuple.tuple("PUBLIC", true, null),
            org.assertj.core.groups.Tuple.tuple("REVENDEUR", false, new BigDecimal("-25.0000")));
    PriceList publicList =
        all.stream().filter(l -> l.code().equals("PUBLIC")).findFirst().orElseThrow();
    var items = lists.items(company, publicList.id());
    assertThat(items).hasSize(SF.products());
    items.forEach(i -> lists.checkPrice(company, publicList.id(), i.product(), i.price()));
    assertThat(items)
        .filteredOn(i -> i.code().equals("CHA-RN-6080"))
        .extracting(PriceListManagement.Item::price)
        .containsExactly(UnitPrice.of("1.49"));
    assertThat(lists.breaks(company))
        .filteredOn(b -> "HAIE".equals(b.productGroup()))
        .extracting(b -> b.minQuantity().value().intValue(), PriceBreak::discount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(10, Percentage.of("5")),
            org.assertj.core.groups.Tuple.tuple(50, Percentage.of("10")),
            org.assertj.core.groups.Tuple.tuple(250, Percentage.of("15")));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM customer c LEFT JOIN customer_price_list l"
                    + " ON l.customer_id = c.id WHERE c.company_id = ? AND l.customer_id IS NULL",
                Long.class,
                company.value()))
        .as("customers without a list")
        .isZero();
  }

  @Test
  void aGeneratedProCustomerGetsTheProfessionalDiscountThenTheHedgingBreakToTheCent() {
    var company = context.company();
    CustomerId pro = customerOn("PRO", "CHA-RN-6080");
    ProductId hornbeam = products.findByCode(company, "CHA-RN-6080").orElseThrow().id();

    // 60 hornbeams at 1,35 € HT: −15 % (PRO) → 1,1475, then −10 % (HAIE from 50) → 1,03275.
    ResolvedPrice price =
        pricing.price(company, hornbeam, pro, Quantity.of(60), ProductGenerator.D);
    assertThat(price.priceListCode()).isEqualTo("PRO");
    assertThat(price.unitPrice()).isEqualTo(UnitPrice.of("1.35"));
    assertThat(price.includesVat()).isFalse();
    assertThat(price.discounts()).containsExactly(Percentage.of("15"), Percentage.of("10"));
    assertThat(price.netUnitPrice()).isEqualTo(UnitPrice.of("1.03275"));
    assertThat(price.line(Quantity.of(60)).net()).isEqualTo(Money.of("61.97"));

    // An individual on the Public list: 1,49 € TTC, 40 plants reach the first break (−5 %).
    CustomerId individual = customerOn("PUBLIC", "CHA-RN-6080");
    ResolvedPrice retail =
        pricing.price(company, hornbeam, individual, Quantity.of(40), ProductGenerator.D);
    assertThat(retail.unitPrice()).isEqualTo(UnitPrice.of("1.49"));
    assertThat(retail.includesVat()).isTrue();
    assertThat(retail.netUnitPrice()).isEqualTo(UnitPrice.of("1.286818"));
    assertThat(retail.line(Quantity.of(40)).net()).isEqualTo(Money.of("51.47"));

    // A negotiated price valid at D replaces the list's.
    var negotiated =
        jdbc.queryForMap(
            "SELECT customer_id, product_id, price FROM customer_price WHERE company_id = ?"
                + " AND (valid_to IS NULL OR valid_to >= ?) AND (valid_from IS NULL OR valid_from"
                + " <= ?) ORDER BY price LIMIT 1",
            company.value(),
            ProductGenerator.D,
            ProductGenerator.D);
    ResolvedPrice own =
        pricing.price(
            company,
            new ProductId((UUID) negotiated.get("product_id")),
            new CustomerId((UUID) negotiated.get("customer_id")),
            Quantity.of(100),
            ProductGenerator.D);
    assertThat(own.netUnitPrice().value())
        .isEqualByComparingTo((BigDecimal) negotiated.get("price"));
    assertThat(own.discounts()).isEmpty();
  }

  /** A generated customer on the list, without a negotiated price for the product. */
  private CustomerId customerOn(String list, String productCode) {
    return new CustomerId(
        jdbc.queryForObject(
            "SELECT c.id FROM customer c JOIN customer_price_list l ON l.customer_id = c.id"
                + " WHERE c.company_id = ? AND l.price_list_code = ? AND NOT EXISTS (SELECT 1"
                + " FROM customer_price n JOIN product p ON p.id = n.product_id"
                + " WHERE n.customer_id = c.id AND p.code = ?) ORDER BY c.code LIMIT 1",
            UUID.class,
            context.company().value(),
            list,
            productCode));
  }
}
