package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
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
import org.pepin.customers.Customers;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.order.OrderService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Livraisons in a real browser, with screenshots at desktop and phone sizes: the orders to deliver,
 * two orders of one customer prepared into one delivery note, the note validated after its warning,
 * and the list of delivery notes — in Clément Jardins, built for the test (the demo is not
 * changed).
 */
class DeliveryBrowserTests extends DeliveryBrowserTest {

  static final String PASSWORD = "livraisons-navigateur-42";

  @Autowired PlatformFixtures fixtures;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PriceListManagement lists;
  @Autowired CustomerManagement customerManagement;
  @Autowired Customers customers;
  @Autowired StockManagement stock;
  @Autowired OrderService orders;
  @Autowired DeliveryService deliveries;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;

  private void shots(String name, String anchor) throws IOException {
    Browser.screenshot(browser, name);
    browser.manage().window().setSize(Browser.PHONE);
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'});",
            anchor);
    Browser.screenshot(browser, name + "-phone");
    browser.manage().window().setSize(Browser.DESKTOP);
  }

  @Test
  void aSalesAssistantPreparesAndValidatesADeliveryFromTheOrdersToDeliver() throws IOException {
    var w =
        new DeliveryScenario(
            fixtures, products, categories, lists, customerManagement, stock, orders);
    String user = "liv-nav-" + UUID.randomUUID().toString().substring(0, 6).toLowerCase();
    transaction.executeWithoutResult(
        t ->
            users.create(
                w.company,
                new UserManagement.NewUser(
                    user, "Lina Livraisons", null, PASSWORD, EnumSet.of(Role.SALES))));
    OrderId first = w.photiniaOrder(25);
    OrderId second = w.photiniaOrder(20);
    String firstNumber = orders.get(w.company, first).number();
    String secondNumber = orders.get(w.company, second).number();

    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));

    // through the navigation's « Livraisons › À livrer »
    click(browser.findElement(By.cssSelector("a[href='/livraisons/a-livrer']")));
    waitForText("Préparer la livraison");
    open("/livraisons/a-livrer?customer=" + w.business);
    String list = waitForText(firstNumber);
    assertThat(list)
        .contains(secondNumber)
        .contains("25 × " + w.photiniaCode)
        .contains("20 × " + w.photiniaCode)
        .contains("Confirmée");
    shots("delivery-to-deliver", "to-deliver-table");

    click(browser.findElement(By.id("pick-" + first)));
    click(browser.findElement(By.id("pick-" + second)));
    click(browser.findElement(By.id("prepare-button")));
    String draft = waitForText("Valider l'expédition");
    assertThat(draft).contains("Brouillon").contains(firstNumber).contains(secondNumber);
    assertThat(browser.findElement(By.id("delivery-number")).getText()).isEqualTo("Brouillon");
    shots("delivery-draft", "draft-form");

    click(browser.findElement(By.id("delivery-validate")));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
    assertThat(browser.switchTo().alert().getText())
        .contains("ne pourra plus être modifié ; une correction passera par un retour");
    browser.switchTo().alert().accept();
    String shipped = waitForText("Expédition validée");
    DeliveryView note = deliveries.ofOrder(w.company, first).get(0);
    assertThat(note.status()).isEqualTo(DeliveryStatus.SHIPPED);
    assertThat(shipped).contains(note.number()).contains("Expédié").contains("FR-78-0412");
    assertThat(orders.get(w.company, second).status()).isEqualTo(OrderStatus.PARTIALLY_DELIVERED);
    shots("delivery-page", "delivery-lines");

    open("/livraisons?q=" + customers.get(w.company, w.business).code());
    assertThat(waitForText(note.number())).contains("Expédié");
    shots("delivery-list", "deliveries-table");
  }
}
