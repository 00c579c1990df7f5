package org.pepin.platform;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pepin.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Paramètres › Numérotation, Conditions de vente and Taux légaux in a real browser, by keyboard,
 * with screenshots; nothing of the demo is changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NumberingTermsLegalBrowserTests {

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
    return browser.findElement(By.tagName("body")).getText();
  }

  /** Waits until the page that a click loads shows {@code expected} (the old page may linger). */
  private String waitForText(String expected) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> text().contains(expected));
    return text();
  }

  @Test
  void paul_opens_the_numbering_the_terms_and_the_legal_rates() throws IOException {
    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys("paul");
    browser.findElement(By.id("password")).sendKeys("pepin-demo", Keys.ENTER);
    var wait =
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15));
    wait.until(
        org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
            By.id("company-switcher")));
    browser.findElement(By.id("company-switcher")).click();
    var page = browser.findElement(By.tagName("body"));
    Browser.jsClick(
        browser, browser.findElement(By.cssSelector("button[data-company='Pépinières Clément']")));
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));

    // Sidebar links may sit below its fold (the menu grows with the modules): the page's own click.
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].click();", browser.findElement(By.linkText("Numérotation")));
    assertThat(waitForText("Numérotation des documents")).contains("Factures").contains("FA-");
    Browser.screenshot(browser, "numbering");

    browser.findElement(By.linkText("Factures")).click();
    var pattern = browser.findElement(By.id("pattern"));
    pattern.clear();
    pattern.sendKeys("FA-2026-{SEQ:5}", Keys.chord(Keys.CONTROL, Keys.ENTER));
    assertThat(waitForText("Le formulaire contient des erreurs"))
        .contains("Une série qui repart à 1 chaque année doit faire figurer l'année");
    Browser.screenshot(browser, "numbering-series-error");

    // The menu has grown (Ventes, Paramètres › Ventes): the link sits below the fold of the
    // sidebar, which scrolls smoothly; follow it through the page's own click.
    var termsLink = browser.findElement(By.linkText("Conditions de vente"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].click();", termsLink);
    assertThat(waitForText("En vigueur")).contains("Conditions générales de vente");
    Browser.screenshot(browser, "terms");
    browser.findElement(By.linkText("Conditions générales de vente")).click();
    assertThat(waitForText("Conditions de vente, version 1"))
        .contains("Pénalités de retard")
        .contains("Garantie de reprise");
    Browser.screenshot(browser, "terms-version");
    browser.manage().window().setSize(Browser.PHONE);
    Browser.screenshot(browser, "terms-version-phone");
    browser.manage().window().setSize(Browser.DESKTOP);

    open("/settings/legal-rates?rate=ECB_MRO&at=2026-09-15");
    assertThat(text())
        .contains("Taux légaux")
        .contains("2,15 % (ligne du 01/07/2026, non confirmé (démo))")
        .contains("Intérêt légal, créancier particulier");
    Browser.screenshot(browser, "legal-rates");
    browser.findElement(By.id("lang-en")).click();
    assertThat(waitForText("Legal rates")).contains("ECB main refinancing rate");
    Browser.screenshot(browser, "legal-rates-en");
    browser.findElement(By.id("lang-fr")).click();
    assertThat(waitForText("Taux légaux")).contains("Intérêt légal");
  }
}
