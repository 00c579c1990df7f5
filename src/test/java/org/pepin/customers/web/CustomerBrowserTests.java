package org.pepin.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.pepin.platform.PageSection;
import org.pepin.platform.PageSectionContribution;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The customer screens in a real browser, by keyboard where a user would use it: the list and its
 * search ("/" focuses it), the 360° page of C0001 with a block contributed by another module, and
 * the new-customer form refusing a SIREN with a wrong key next to the field. Screenshots at desktop
 * and phone sizes: customers-list, customer-page, customer-form-error (and -phone). Nothing is
 * saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(CustomerBrowserTests.TestSection.class)
class CustomerBrowserTests {

  /** A downstream module's block on the customer page. */
  @TestConfiguration
  static class TestSection {
    @Bean
    PageSectionContribution testCustomerSection() {
      return (page, company, record, viewer) ->
          PageSectionContribution.CUSTOMER_PAGE.equals(page)
              ? List.of(
                  new PageSection(
                      "customers.col.activity",
                      "customers/test-section",
                      "block",
                      900,
                      Map.of("message", "Bloc d'un autre module pour")))
              : List.of();
    }
  }

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

  /** The visible text, French no-break spaces (1 234,56 €) as plain spaces. */
  private String text() {
    return browser
        .findElement(By.tagName("body"))
        .getText()
        .replace('\u00a0', ' ')
        .replace('\u202f', ' ');
  }

  /** Performs an action that loads a new page, and waits until the old page is gone. */
  private void navigating(Runnable action) {
    var body = browser.findElement(By.tagName("body"));
    action.run();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(body));
  }

  private String waitForText(String expected) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> text().contains(expected));
    return text();
  }

  private void shots(String name) throws IOException {
    Browser.screenshot(browser, name);
    browser.manage().window().setSize(Browser.PHONE);
    Browser.screenshot(browser, name + "-phone");
    browser.manage().window().setSize(Browser.DESKTOP);
  }

  @Test
  void sophie_searches_the_list_opens_c0001_and_is_told_what_is_wrong_in_the_new_form()
      throws IOException {
    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys("sophie");
    navigating(() -> browser.findElement(By.id("password")).sendKeys("pepin-demo", Keys.ENTER));

    navigating(() -> browser.findElement(By.linkText("Clients et tiers")).click());
    assertThat(waitForText("Paysages de l'Ouest Parisien"))
        .contains("Exporter CSV")
        .contains("Exporter XLSX")
        .contains("Commune de Montfort-l'Amaury")
        .contains("20 000,00");
    shots("customers-list");

    // "/" focuses the search box; Enter filters
    browser.findElement(By.tagName("body")).sendKeys("/");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
    navigating(() -> browser.switchTo().activeElement().sendKeys("girard", Keys.ENTER));
    assertThat(waitForText("1 tiers")).contains("Paysages de l'Ouest Parisien");
    assertThat(browser.findElements(By.cssSelector("#customers-table tbody tr"))).hasSize(1);

    navigating(() -> browser.findElement(By.linkText("C0001")).click());
    String page = waitForText("Historique des modifications");
    assertThat(page)
        .contains("522 747 963")
        .contains("Thomas Girard")
        .contains("Chantier résidence Les Coteaux")
        .contains("30 jours fin de mois")
        .contains("Bloc d'un autre module pour C0001");
    shots("customer-page");

    open("/customers/new");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("name");
    // the kind switch shows an individual's fields instead of a company's
    browser.findElement(By.cssSelector("label[for='kind-INDIVIDUAL']")).click();
    assertThat(browser.findElement(By.id("lastName")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("siren")).isDisplayed()).isFalse();
    browser.findElement(By.cssSelector("label[for='kind-BUSINESS']")).click();
    assertThat(browser.findElement(By.id("siren")).isDisplayed()).isTrue();

    browser.findElement(By.id("name")).sendKeys("Test navigateur clé fausse");
    browser.findElement(By.id("siren")).sendKeys("522 747 962");
    browser.findElement(By.id("addressLine1")).sendKeys("1 rue de Paris");
    browser.findElement(By.id("postalCode")).sendKeys("78100");
    browser.findElement(By.id("city")).sendKeys("Saint-Germain-en-Laye");
    browser.findElement(By.id("contacts-0-lastName")).sendKeys("Martin");
    browser.findElement(By.id("contacts-0-email")).sendKeys("martin@");
    // Ctrl+Enter saves the form being edited
    navigating(
        () ->
            browser
                .findElement(By.id("contacts-0-email"))
                .sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER)));
    assertThat(waitForText("Le formulaire contient des erreurs"))
        .contains("Le SIREN 522747962 n'est pas valide : sa clé de contrôle est fausse");
    assertThat(browser.findElement(By.id("siren-error")).getText())
        .contains("clé de contrôle est fausse");
    assertThat(browser.findElement(By.id("contacts-0-email-error")).getText())
        .contains("« martin@ » n'est pas valide");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("form-errors");
    shots("customer-form-error");
  }
}
