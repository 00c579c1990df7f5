package org.pepin.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.pricing.PricingScenario;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.PlatformFixtures;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The customer page lists the customer's orders with their state and amount incl. VAT. */
@PepinIntegrationTest
class OrderCustomerSectionTests {

  @Autowired MockMvc mvc;
  @Autowired OrderService orders;
  @Autowired PriceListManagement lists;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired CustomerManagement customers;
  @Autowired PlatformFixtures fixtures;

  @Test
  void theCustomerPageShowsTheOrdersOfTheCustomer() throws Exception {
    var s = new PricingScenario(fixtures.jardins(), products, categories, lists, customers).load();
    orders.create(
        s.company,
        null,
        new OrderDraft(
            s.dubois,
            null,
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
                List.of(
                    LineDraft.product(s.id("CHA-RN-6080"), Quantity.of("40")),
                    LineDraft.product(s.id("MO-PLANT"), Quantity.of("6")),
                    LineDraft.product(s.id("LIV-Z1"), Quantity.of("1"))))));

    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", s.company.toString()));
    String html;
    try {
      html = paul.perform(get("/customers/" + s.dubois)).getResponse().getContentAsString();
    } finally {
      // Paul's last company is kept: leave him in the demo company, as other tests expect
      paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    }

    assertThat(html)
        .contains("id=\"orders-customer-section\"")
        .contains("customer-orders-table")
        .contains("Toutes ses commandes (1)")
        .contains("Brouillon")
        .contains("451,72");
  }
}
