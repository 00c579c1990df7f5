package org.pepin.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pepin.Browser;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.Customers;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ventes › Commandes in a real browser, with screenshots at desktop and phone sizes: the list, a
 * confirmed order with its down payment and an amendment, and a held order with its reason — all in
 * Clément Jardins, built for the test (the demo is not changed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OrderBrowserTests {

  static WebDriver browser;

  @LocalServerPort int port;

  @Autowired OrderService orders;
  @Autowired PriceListManagement lists;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired CustomerManagement customerManagement;
  @Autowired Customers customers;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;
  @Autowired PlatformFixtures fixtures;

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
    browser.get("http://localhost:" + port + path);
  }

  private String text() {
    return browser
        .findElement(By.tagName("body"))
        .getText()
        .replace('\u202f', ' ')
        .replace('\u00a0', ' ');
  }

  private String waitForText(String expected) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> text().contains(expected));
    return text();
  }

  /** A screenshot at desktop size, then at phone size scrolled to {@code anchor}. */
  private void shots(String name, String anchor) throws IOException {
    Browser.screenshot(browser, name);
    browser.manage().window().setSize(Browser.PHONE);
    scrollTo(anchor);
    Browser.screenshot(browser, name + "-phone");
    browser.manage().window().setSize(Browser.DESKTOP);
  }

  private void scrollTo(String id) {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
  }

  LineDraft line(OrderScenario o, String code, String quantity) {
    return LineDraft.product(o.s.id(code), Quantity.of(quantity));
  }

  @Test
  void aManagerFollowsTheOrdersOfTheCompany() throws IOException {
    var o =
        new OrderScenario(
            fixtures,
            products,
            categories,
            lists,
            customerManagement,
            customers,
            users,
            transaction);
    OrderId commune =
        orders.create(
            o.company,
            null,
            new OrderDraft(
                o.commune,
                "BC-2026-77",
                "EJ-2026-118",
                java.time.LocalDate.of(2026, 12, 15),
                null,
                new SalesTerms(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(line(o, "TIL-T1214", "2"), line(o, "PLANT-TIGE", "2")))));
    orders.confirm(o.company, null, commune, 1);
    OrderId hotel =
        orders.create(
            o.company,
            null,
            new OrderDraft(
                o.s.hotel,
                "BC-4471",
                null,
                java.time.LocalDate.of(2027, 1, 20),
                null,
                new SalesTerms(
                    null,
                    null,
                    new DownPayment(DownPaymentKind.ACOMPTE, Percentage.of("30")),
                    null,
                    null,
                    null,
                    "Arrosage les deux premières semaines compris.",
                    List.of(
                        LineDraft.section("Plantations"),
                        line(o, "TIL-T1214", "6"),
                        line(o, "OLI-C30", "4"),
                        line(o, "LAU-C10-125", "120"),
                        line(o, "PLANT-TIGE", "10"),
                        line(o, "LIV-Z2", "3")))));
    orders.confirm(o.company, null, hotel, 1);
    OrderView confirmed = orders.get(o.company, hotel);
    orders.amend(
        o.company,
        null,
        hotel,
        confirmed.version(),
        new OrderDraft(
            o.s.hotel,
            "BC-4471",
            null,
            java.time.LocalDate.of(2027, 1, 20),
            null,
            new SalesTerms(
                null,
                null,
                new DownPayment(DownPaymentKind.ACOMPTE, Percentage.of("30")),
                null,
                null,
                null,
                "Arrosage les deux premières semaines compris.",
                List.of(
                    LineDraft.section("Plantations"),
                    line(o, "TIL-T1214", "6"),
                    line(o, "OLI-C30", "4"),
                    line(o, "LAU-C10-125", "120"),
                    line(o, "PLANT-TIGE", "12"),
                    line(o, "LIV-Z2", "3")))),
        "Deux tiges de plus à planter");
    HoldingCreditCheck.HELD.add(o.s.dubois);
    OrderId held;
    try {
      held =
          orders.create(
              o.company,
              null,
              new OrderDraft(
                  o.s.dubois,
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
                      List.of(line(o, "CHA-RN-6080", "40"), line(o, "MO-PLANT", "6")))));
      orders.confirm(o.company, null, held, 1);
    } finally {
      HoldingCreditCheck.HELD.remove(o.s.dubois);
    }

    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys(o.manager);
    browser.findElement(By.id("password")).sendKeys(OrderScenario.PASSWORD, Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));

    open("/sales/orders");
    String list = waitForText(orders.get(o.company, commune).number());
    assertThat(list)
        .contains(orders.get(o.company, hotel).number())
        .contains("579,42 €")
        .contains("Bloquée")
        .contains("Confirmée")
        .contains("BC-4471");
    shots("sales-orders", "orders-table");

    open("/sales/orders/" + hotel);
    String page = waitForText("Révision 0 remplacée par la révision 1");
    assertThat(page)
        .contains("rév. 1")
        .contains("Acompte")
        .contains("Reste à livrer")
        .contains("Deux tiges de plus à planter")
        .contains("Envoyer la confirmation");
    shots("sales-order", "order-number");
    scrollTo("order-lines");
    Browser.screenshot(browser, "sales-order-lines");
    scrollTo("order-amendments");
    Browser.screenshot(browser, "sales-order-amendments");

    open("/sales/orders/" + held);
    assertThat(waitForText("Commande bloquée par le contrôle de crédit"))
        .contains("sales.test.over-limit")
        .contains("Débloquer la commande");
    shots("sales-order-held", "held-banner");
  }
}
