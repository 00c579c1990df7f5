package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pepin.Browser;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.CustomerId;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.LineDraft;
import org.pepin.sales.OrderId;
import org.pepin.sales.order.OrderService;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Livraisons › Traçabilité in a real browser, with screenshots: the lot delivered to two customers
 * of Clément Jardins (built for the test), then the lots one customer received.
 */
class TraceabilityBrowserTests extends DeliveryBrowserTest {

  static final String PASSWORD = "un-long-mot-de-passe";

  @Autowired PlatformFixtures fixtures;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PriceListManagement lists;
  @Autowired CustomerManagement customers;
  @Autowired StockManagement stock;
  @Autowired OrderService orders;
  @Autowired DeliveryService deliveries;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;

  String deliver(DeliveryScenario w, CustomerId customer, int quantity) {
    OrderId order =
        w.confirmedOrder(customer, List.of(LineDraft.product(w.photinia, Quantity.of(quantity))));
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    return deliveries.validate(w.company, id, deliveries.get(w.company, id).version(), null);
  }

  @Test
  void aManagerFindsWhoReceivedALot() throws IOException {
    var w = new DeliveryScenario(fixtures, products, categories, lists, customers, stock, orders);
    String first = deliver(w, w.business, 20);
    String second = deliver(w, w.individual, 15);
    String login = "tracebr" + System.nanoTime() % 1_000_000_000L;
    transaction.executeWithoutResult(
        t ->
            users.create(
                w.company,
                new UserManagement.NewUser(
                    login, "Camille Essai", null, PASSWORD, EnumSet.of(Role.MANAGER))));

    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys(login);
    browser.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));

    var link = browser.findElement(By.cssSelector("a[href='/livraisons/tracabilite']"));
    assertThat(link.getAttribute("textContent").strip()).isEqualTo("Traçabilité");
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", link);
    waitForText("Quels clients ont reçu un lot ?");

    browser.findElement(By.id("trace-lot")).sendKeys(w.firstLotNumber, Keys.ENTER);
    String page = waitForText(second);
    assertThat(page)
        .contains("Lot " + w.firstLotNumber)
        .contains(first)
        .contains("Production de la pépinière")
        .contains("2 client(s), 2 livraison(s)")
        .contains("35");
    Browser.screenshot(browser, "delivery-traceability-lot");
    browser.manage().window().setSize(Browser.PHONE);
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('trace-lot-result').scrollIntoView({block: 'start'});");
    Browser.screenshot(browser, "delivery-traceability-lot-phone");
    browser.manage().window().setSize(Browser.DESKTOP);

    var business = customers.get(w.company, w.business);
    // as the customer picker fills the field
    browser
        .findElement(By.id("trace-customer"))
        .sendKeys(business.code() + " — " + business.name());
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].click();", browser.findElement(By.id("trace-customer-search")));
    String lots = waitForText("Lots reçus par");
    assertThat(lots).contains(w.firstLotNumber).contains(first).doesNotContain(second);
    Browser.screenshot(browser, "delivery-traceability-customer");

    browser.findElement(By.id("trace-lot")).clear();
    browser.findElement(By.id("trace-lot")).sendKeys("L00-RIEN", Keys.ENTER);
    assertThat(waitForText("Lot inconnu : L00-RIEN")).doesNotContain("Lots reçus par");
    Browser.screenshot(browser, "delivery-traceability-unknown");
  }
}
