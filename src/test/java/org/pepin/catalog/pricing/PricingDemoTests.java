package org.pepin.catalog.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.PriceList;
import org.pepin.catalog.Pricing;
import org.pepin.catalog.Products;
import org.pepin.customers.Customers;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PlatformFixtures;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.pepin.shared.UnitPrice;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's price lists, breaks and assignments (scenario §2 and §3). */
@PepinIntegrationTest
class PricingDemoTests {

  @Autowired PriceListManagement lists;
  @Autowired Pricing pricing;
  @Autowired Products products;
  @Autowired Customers customers;
  @Autowired CompanyClock clock;
  @Autowired PlatformFixtures fixtures;

  @Test
  void theDemoHasTheFourListsAndTheCustomersAreAssignedTheirs() {
    CompanyId nursery = fixtures.nursery();
    LocalDate today = clock.today(nursery);
    assertThat(lists.versionAt(nursery, "PUBLIC", today))
        .get()
        .extracting(PriceList::includesVat, PriceList::adjustment)
        .containsExactly(true, null);
    assertThat(lists.versionAt(nursery, "PRO", today).orElseThrow().adjustment())
        .isEqualByComparingTo("-15");
    assertThat(lists.versionAt(nursery, "REVENDEUR", today).orElseThrow().adjustment())
        .isEqualByComparingTo("-25");
    assertThat(lists.versionAt(nursery, "COLLECTIVITES", today).orElseThrow().adjustment())
        .isEqualByComparingTo("-10");
    assertThat(lists.breaks(nursery))
        .filteredOn(b -> "HAIE".equals(b.productGroup()))
        .extracting(b -> b.minQuantity().value().intValue(), PriceBreak::discount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(10, Percentage.of("5")),
            org.assertj.core.groups.Tuple.tuple(50, Percentage.of("10")),
            org.assertj.core.groups.Tuple.tuple(250, Percentage.of("15")));
    assertThat(code("C0008")).isEqualTo("PRO");
    assertThat(code("C0001")).isEqualTo("PRO");
    assertThat(code("C0003")).isEqualTo("REVENDEUR");
    assertThat(code("C0010")).isEqualTo("REVENDEUR");
    assertThat(code("C0002")).isEqualTo("COLLECTIVITES");
    assertThat(code("C0004")).isEqualTo("PUBLIC");
    assertThat(code("C0009")).isEqualTo("PUBLIC");
  }

  /** Runs once the demo catalogue (catalogue core) is present. */
  @Test
  void theDemoExplainsTheScenarioPrices() {
    CompanyId nursery = fixtures.nursery();
    var hornbeams = products.findByCode(nursery, "CHA-RN-6080");
    var laurels = products.findByCode(nursery, "LAU-C10-125");
    assumeThat(hornbeams).isPresent();
    assumeThat(laurels).isPresent();
    LocalDate today = clock.today(nursery);
    var dubois = customers.findByCode(nursery, "C0009").orElseThrow().id();
    var hotel = customers.findByCode(nursery, "C0008").orElseThrow().id();

    var price = pricing.price(nursery, hornbeams.get().id(), dubois, Quantity.of(40), today);
    assertThat(price.unitPrice()).isEqualTo(UnitPrice.of("1.49"));
    assertThat(price.netUnitPrice()).isEqualTo(UnitPrice.of("1.286818"));
    price = pricing.price(nursery, laurels.get().id(), hotel, Quantity.of(120), today);
    assertThat(price.discounts()).containsExactly(Percentage.of("15"), Percentage.of("10"));
    assertThat(price.netUnitPrice()).isEqualTo(UnitPrice.of("19.0485"));
  }

  private String code(String customer) {
    CompanyId nursery = fixtures.nursery();
    return lists
        .assigned(nursery, customers.findByCode(nursery, customer).orElseThrow().id())
        .orElse("");
  }
}
