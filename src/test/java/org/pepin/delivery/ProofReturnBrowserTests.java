package org.pepin.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.pepin.Browser;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.catalog.stock.StockManagement;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.delivery.note.DeliveryService;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.user.UserManagement;
import org.pepin.sales.OrderId;
import org.pepin.sales.order.OrderService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The driver's phone in a real browser (390 × 844): the reception form of a shipped delivery filled
 * with a partial reception, reservations and a photo, the proof's summary with the photo's
 * thumbnail, then a return of dead plants to losses and its page — with screenshots, in Clément
 * Jardins.
 */
class ProofReturnBrowserTests extends DeliveryBrowserTest {

  static final String PASSWORD = "proof-browser-pwd-42";

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

  private void scrollTo(String id) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
  }

  @Test
  void aDriverRecordsTheReceptionOnAPhoneThenADeadPlantsReturn() throws Exception {
    var w = new DeliveryScenario(fixtures, products, categories, lists, customers, stock, orders);
    String user = "pod-driver-" + UUID.randomUUID().toString().substring(0, 6);
    transaction.executeWithoutResult(
        t ->
            users.create(
                w.company,
                new UserManagement.NewUser(
                    user, "Dany Chauffeur", null, PASSWORD, EnumSet.of(Role.SALES))));
    OrderId order = w.photiniaOrder(12);
    DeliveryId id = deliveries.prepare(w.company, List.of(order), null);
    deliveries.validate(w.company, id, deliveries.get(w.company, id).version(), null);
    DeliveryView d = deliveries.get(w.company, id);
    DeliveryLine line = d.lines().get(0);
    Path photo = Files.createTempFile("quai-", ".png");
    Files.write(photo, ProofAndReturnTests.png());

    browser.manage().window().setSize(Browser.PHONE);
    open("/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
    waitForText("Dany Chauffeur");
    assertThat(browser.findElements(By.cssSelector("a[href='/livraisons/retours']"))).isNotEmpty();

    open("/livraisons/" + id + "/reception");
    waitForText("Enregistrer la réception");
    var received = browser.findElement(By.id("received-" + line.id()));
    received.clear();
    received.sendKeys("10");
    browser.findElement(By.id("signer")).sendKeys("M. Lefèvre");
    click("reservations");
    browser.findElement(By.id("remarks")).sendKeys("2 Photinia aux branches cassées");
    browser.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
    // the form is as wide as the phone: nothing scrolls sideways
    Number overflow =
        (Number)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
    scrollTo("proof-form-card");
    Browser.screenshot(browser, "delivery-proof-form-phone");
    click("proof-save");

    String summary = waitForText("Réception enregistrée.");
    assertThat(summary)
        .contains("Preuve de livraison")
        .contains("M. Lefèvre")
        .contains("Avec réserves")
        .contains("2 Photinia aux branches cassées")
        .contains("quai-");
    assertThat(
            browser.findElements(By.cssSelector("#proof-photos img")).stream()
                .allMatch(
                    img ->
                        (Boolean)
                            ((JavascriptExecutor) browser)
                                .executeScript("return arguments[0].naturalWidth > 0;", img)))
        .isTrue();
    scrollTo("proof-summary");
    Browser.screenshot(browser, "delivery-proof-summary-phone");
    assertThat(deliveries.get(w.company, id).status()).isEqualTo(DeliveryStatus.DELIVERED);

    click("return-new");
    waitForText("Quantités retournées");
    String key = line.id() + "_" + w.firstLot;
    browser.findElement(By.id("reason")).sendKeys("Plants morts à la plantation");
    browser.findElement(By.id("qty-" + key)).sendKeys("5");
    new Select(browser.findElement(By.id("dest-" + key))).selectByValue("LOSS");
    Browser.screenshot(browser, "delivery-return-form-phone");
    click("return-save");
    String page = waitForText("Retour enregistré.");
    assertThat(page)
        .contains(d.number())
        .contains("Plants morts à la plantation")
        .contains(w.firstLotNumber)
        .contains("Perte");
    assertThat(browser.findElement(By.id("return-number")).getText()).matches("RT-\\d{4}-\\d{4}");
    scrollTo("return-facts");
    Browser.screenshot(browser, "delivery-return-page-phone");

    browser.manage().window().setSize(Browser.DESKTOP);
    open("/livraisons/retours?customer=" + d.customerCode());
    waitForText("Plants morts à la plantation");
    Browser.screenshot(browser, "delivery-returns-list");
  }
}
