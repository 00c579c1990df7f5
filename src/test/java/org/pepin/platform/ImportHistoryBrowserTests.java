package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pepin.Browser;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.user.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports and the change history in a real browser, by keyboard where a user would: upload a file
 * of users, read the report, import the valid lines by explicit choice, list the runs; change the
 * company's address and see it in the history; a file above the upload limit gets a French page.
 * Screenshots under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportHistoryBrowserTests {

  static WebDriver browser;

  @LocalServerPort int port;
  @Autowired PlatformFixtures fixtures;
  @Autowired CompanyManagement companies;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;

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

  private void switchTo(String company) {
    browser.findElement(By.id("company-switcher")).click();
    Browser.jsClick(
        browser, browser.findElement(By.cssSelector("button[data-company='" + company + "']")));
    waitUntil(
        ExpectedConditions.textToBePresentInElementLocated(By.id("company-switcher"), company));
  }

  /** Waits for the next page: an element of the old one could otherwise be read (stale). */
  private void waitFor(By element) {
    waitUntil(ExpectedConditions.presenceOfElementLocated(element));
  }

  private void waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
  }

  @Test
  void paul_imports_users_then_sees_the_company_history() throws IOException {
    String name = "Navigateur SAS " + System.nanoTime() % 1_000_000;
    transaction.executeWithoutResult(
        s -> {
          var company = companies.create(DemoCase.identity(name), false);
          users.grant(fixtures.user("paul"), company, EnumSet.of(Role.ADMIN, Role.MANAGER));
        });
    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys("paul");
    browser.findElement(By.id("password")).sendKeys("pepin-demo", Keys.ENTER);
    waitFor(By.id("company-switcher"));
    switchTo(name);
    try {
      open("/settings/users");
      browser.findElement(By.id("users-import")).click();
      waitFor(By.id("import-form"));
      assertThat(text()).contains("Importer : Utilisateurs").contains("Colonnes attendues");
      Browser.screenshot(browser, "import-upload");

      String prefix = "nav" + System.nanoTime() % 1_000_000;
      Path file = Files.createTempFile("utilisateurs", ".csv");
      Files.writeString(
          file,
          "Identifiant;Nom;E-mail;Rôles\n"
              + prefix
              + "-1;Anne Lebrun;anne@pepinieres-clement.example;Commercial\n"
              + prefix
              + "-2;Bruno Petit;bruno@;Comptabilité\n"
              + prefix
              + "-3;Chloé Roy;;\"Commercial, Direction\"\n",
          StandardCharsets.UTF_8);
      browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
      browser.findElement(By.id("import-check")).sendKeys(Keys.ENTER);
      waitFor(By.id("import-counts"));
      assertThat(text())
          .contains("Lignes en erreur")
          .contains("L'adresse e-mail « bruno@ » n'est pas valide.")
          .contains("Importer seulement les 2 lignes valides");
      Browser.screenshot(browser, "import-report");

      browser.findElement(By.id("confirm")).sendKeys(Keys.SPACE);
      browser.findElement(By.id("import-valid-only")).sendKeys(Keys.ENTER);
      waitFor(By.id("import-outcome"));
      assertThat(text()).contains("Import terminé.").contains("Lignes valides importées");
      Browser.screenshot(browser, "import-done");

      open("/settings/imports");
      assertThat(text()).contains(file.getFileName().toString());
      Browser.screenshot(browser, "imports");

      open("/settings/company");
      var line1 = browser.findElement(By.id("addressLine1"));
      line1.clear();
      line1.sendKeys("3 rue des Tilleuls", Keys.chord(Keys.CONTROL, Keys.ENTER));
      waitFor(By.cssSelector("#toasts .alert-success"));
      assertThat(text()).contains("Modifications enregistrées.");
      var history = browser.findElement(By.id("history"));
      assertThat(history.getText())
          .contains("Historique des modifications")
          .contains("par Paul Clément")
          .contains("Adresse")
          .contains("3 rue des Tilleuls, 78490 MONTFORT-L'AMAURY");
      ((JavascriptExecutor) browser)
          .executeScript(
              "window.scrollTo({top: arguments[0].getBoundingClientRect().top + window.scrollY"
                  + " - 250, behavior: 'instant'});",
              history);
      Browser.screenshot(browser, "company-history");
    } finally {
      open("/");
      switchTo(DemoCase.COMPANY_NAME);
    }
  }

  @Test
  void a_file_above_the_upload_limit_gets_a_french_page() throws IOException {
    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys("paul");
    browser.findElement(By.id("password")).sendKeys("pepin-demo", Keys.ENTER);
    waitFor(By.id("company-switcher"));
    Path big = Files.createTempFile("trop-gros", ".csv");
    Files.write(big, new byte[13 * 1024 * 1024]);
    open("/settings/imports/new?type=users");
    browser.findElement(By.id("file")).sendKeys(big.toAbsolutePath().toString());
    browser.findElement(By.id("import-check")).click();
    waitFor(By.cssSelector("main.login-box"));
    assertThat(text()).contains("Fichier trop volumineux").contains("10 Mo au plus");
    Browser.screenshot(browser, "import-too-large");
  }
}
