package org.pepin.catalog.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pepin.Browser;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.Customers;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.PlatformFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pricing screens in a real browser: explain Mme Dubois's hornbeams, the Professionnel editor
 * with its preview for Hôtel du Parc, the customer's block; screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PricingBrowserTests {

  static WebDriver browser;

  @LocalServerPort int port;
  @Autowired PlatformFixtures fixtures;
  @Autowired PriceListManagement lists;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired CustomerManagement customerManagement;
  @Autowired Customers customers;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void open(String path) {
    navigating(() -> browser.get("http://localhost:" + port + path));
  }

  private void navigating(Runnable action) {
    var body = browser.findElement(By.tagName("body"));
    action.run();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(body));
  }

  private String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

  @Test
  void sophie_explains_prices_and_previews_a_list() throws IOException {
    var s =
        new PricingScenario(fixtures.nursery(), products, categories, lists, customerManagement)
            .load();
    String dubois = customers.get(s.company, s.dubois).code();
    String hotel = customers.get(s.company, s.hotel).code();
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys("sophie");
    navigating(() -> browser.findElement(By.id("password")).sendKeys("pepin-demo", Keys.ENTER));

    open("/catalog/pricing/explain");
    browser.findElement(By.id("explain-product")).sendKeys(s.code("CHA-RN-6080"));
    browser.findElement(By.id("explain-customer")).sendKeys(dubois);
    browser.findElement(By.id("explain-quantity")).clear();
    browser.findElement(By.id("explain-quantity")).sendKeys("40");
    browser.findElement(By.id("explain-date")).sendKeys("29/11/2026");
    navigating(() -> browser.findElement(By.id("explain-show")).click());
    assertThat(browser.findElement(By.id("explain-steps")).getText())
        .contains("1,49 € TTC")
        .contains("1,354545 € HT")
        .contains("−5 % → 1,286818 € HT");
    Browser.screenshot(browser, "pricing-explain");

    open(
        "/catalog/price-lists/"
            + s.proList
            + "?customer="
            + hotel
            + "&quantity=120&date=29/11/2026");
    assertThat(text()).contains("Professionnel").contains("19,0485");
    Browser.screenshot(browser, "price-list-editor");

    open("/catalog/price-lists");
    assertThat(text()).contains(s.proCode).contains(s.publicCode);
    Browser.screenshot(browser, "price-lists");

    open("/catalog/customers/" + s.hotel + "/pricing");
    assertThat(text()).contains("Prix négociés");
    Browser.screenshot(browser, "customer-pricing");
  }
}
