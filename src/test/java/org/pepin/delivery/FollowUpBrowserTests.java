package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
import org.pepin.customers.file.CustomerManagement;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.OrderId;
import org.pepin.sales.order.OrderService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order page's « Livraisons » block and Livraisons › Suivi in a real browser, with screenshots
 * at desktop and phone sizes, in Clément Jardins: an order of 60 Photinia delivered 35, a late
 * draft, then the backorder cancelled from the order page with its reason.
 */
class FollowUpBrowserTests extends DeliveryBrowserTest {

  static final String PASSWORD = "suivi-navigateur-42";

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
  @Autowired CompanyClock clock;

  private void scrollTo(String id) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "var e = document.getElementById(arguments[0]); (e.closest('section.card') || e)"
                + ".scrollIntoView({block: 'start', behavior: 'instant'});",
            id);
    settle();
  }

  /** Lets the page finish scrolling or laying out before a screenshot. */
  private static void settle() {
    try {
      Thread.sleep(400);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A screenshot at desktop size scrolled to {@code anchor}, then at phone size. */
  private void shots(String name, String anchor) throws IOException {
    scrollTo(anchor);
    Browser.screenshot(browser, name);
    browser.manage().window().setSize(Browser.PHONE);
    scrollTo(anchor);
    Browser.screenshot(browser, name + "-phone");
    browser.manage().window().setSize(Browser.DESKTOP);
  }

  @Test
  void aSellerFollowsTheDeliveriesAndCancelsABackorder() throws IOException {
    var w = new DeliveryScenario(fixtures, products, categories, lists, customers, stock, orders);
    String seller = "suivi-nav-" + UUID.randomUUID().toString().substring(0, 6);
    transaction.executeWithoutResult(
        t ->
            users.create(
                w.company,
                new UserManagement.NewUser(
                    seller, "Karim Navigateur", null, PASSWORD, EnumSet.of(Role.SALES))));
    LocalDate today = clock.today(w.company);
    OrderId order = w.photiniaOrder(60);
    String number = orders.get(w.company, order).number();
    DeliveryId first = deliveries.prepare(w.company, List.of(order), null);
    deliveries.validate(w.company, first, 1, today.plusDays(10));
    w.receive(w.firstLotNumber + "B", 5);
    deliveries.prepare(w.company, List.of(w.photiniaOrder(5)), today.minusDays(2));

    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys(seller);
    browser.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));

    open("/sales/orders/" + order);
    String page = waitForText("Préparer la livraison");
    assertThat(page).contains("Livrée en partie").contains("Bons de livraison").contains("Expédié");
    shots("delivery-order-section", "order-delivery-section");

    // through the navigation (the sidebar may need scrolling: click through JavaScript)
    var link = browser.findElement(By.cssSelector("a[href='/livraisons/suivi']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", link);
    String screen = waitForText("Suivi des livraisons");
    assertThat(screen)
        .contains("En retard")
        .contains("2 j")
        .contains("Reliquats par produit")
        .contains("Reliquat de 25 × " + w.photiniaCode + " sur " + number)
        .contains("Marquer comme lu");
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
    settle();
    Browser.screenshot(browser, "delivery-follow-up");
    browser.manage().window().setSize(Browser.PHONE);
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
    settle();
    Browser.screenshot(browser, "delivery-follow-up-phone");
    browser.manage().window().setSize(Browser.DESKTOP);
    scrollTo("backorders");
    Browser.screenshot(browser, "delivery-follow-up-backorders");

    open("/sales/orders/" + order);
    waitForText("Préparer la livraison");
    var summary = browser.findElement(By.cssSelector("#order-delivery-section details summary"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", summary);
    var reason = browser.findElement(By.cssSelector("#order-delivery-section input[name=reason]"));
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> reason.isDisplayed());
    reason.sendKeys("Fin de saison du Photinia", Keys.ENTER);
    String after = waitForText("Reliquat annulé");
    assertThat(after).contains("Fin de saison du Photinia");
    shots("delivery-order-backorder-cancelled", "order-delivery-section");
  }
}
