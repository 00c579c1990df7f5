package org.pepin.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Catalogue › Articles, a product page, Stock and Catégories de TVA in a real browser, with
 * screenshots; nothing of the demo is changed (the receipt form is only sent empty).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CatalogBrowserTests {

  static WebDriver browser;

  @LocalServerPort int port;

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

  @Test
  void sophieBrowsesTheCatalogueItsStockAndItsVatCategories() throws IOException {
    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys("sophie");
    browser.findElement(By.id("password")).sendKeys("pepin-demo", Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.linkText("Articles")));

    browser.findElement(By.linkText("Articles")).click();
    assertThat(waitForText("CHA-RN-6080"))
        .contains("Charmille — Carpinus betulus")
        .contains("1 800")
        .contains("GAR-EXT2");
    Browser.screenshot(browser, "catalog-products");

    var form = browser.findElement(By.id("form"));
    new org.openqa.selenium.support.ui.Select(form).selectByValue("CONTAINER");
    var page = browser.findElement(By.tagName("body"));
    browser.findElement(By.id("product-filter")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    assertThat(waitForText("OLI-C30")).contains("LAU-C10-125").doesNotContain("CHA-RN-6080");
    Browser.screenshot(browser, "catalog-products-containers");

    browser.findElement(By.linkText("OLI-C30")).click();
    assertThat(waitForText("L25-OLI-01"))
        .contains("Olea europaea")
        .contains("XF-25-0412-OLI")
        .contains("même pour les particuliers");
    Browser.screenshot(browser, "catalog-product-olive");

    open("/catalog/products?q=charmille");
    browser.findElement(By.linkText("CHA-RN-6080")).click();
    assertThat(waitForText("L24-CHA-01")).contains("L25-CHA-02").contains("15/11–31/03");
    Browser.screenshot(browser, "catalog-product");

    browser.findElement(By.linkText("Stock")).click();
    assertThat(waitForText("Stock bas")).contains("PHO-C4-6080").contains("Derniers mouvements");
    Browser.screenshot(browser, "catalog-stock");

    browser.findElement(By.id("stock-receive")).click();
    waitForText("Réception en stock");
    page = browser.findElement(By.tagName("body"));
    var save = browser.findElement(By.id("receipt-save"));
    // Bootstrap scrolls smoothly: a plain click can land mid-scroll, so the button is clicked by
    // script once it exists (the request is the same form submission).
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", save);
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    assertThat(waitForText("Le formulaire contient des erreurs"))
        .contains("Ce champ est obligatoire.");
    Browser.screenshot(browser, "catalog-stock-receipt-errors");

    browser.findElement(By.linkText("Catégories de TVA")).click();
    assertThat(waitForText("VEGETAUX"))
        .contains("Exonération de TVA, art. 262 ter I du CGI")
        .contains("10 %");
    Browser.screenshot(browser, "catalog-vat-categories");
  }
}
