package org.pepin.catalog.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.customers.Customers;
import org.pepin.platform.PlatformFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue's block on the 360° customer page: the customer's price list, shown in place. */
@PepinIntegrationTest
class CustomerPagePricingTests {

  @Autowired MockMvc mvc;
  @Autowired Customers customers;
  @Autowired PlatformFixtures fixtures;

  @Test
  void theCustomerPageShowsItsPriceListInTheCatalogueBlock() throws Exception {
    var paysages = customers.findByCode(fixtures.nursery(), "C0001").orElseThrow();
    var html =
        WebSession.login(mvc, "sophie")
            .perform(get("/customers/{id}", paysages.id()))
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("id=\"pricing-customer-section\"");
    assertThat(html).containsPattern("<option[^>]*value=\"PRO\"[^>]*selected");
    // The block's own title is left to the page's card header.
    assertThat(html.split("id=\"pricing-customer-section\"")[1]).doesNotContain("<h2 class=\"h5\"");
  }
}
