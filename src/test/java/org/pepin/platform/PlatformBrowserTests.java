package org.pepin.platform;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The platform's screens in a real browser: log in by keyboard, switch company and language, open
 * every page, with screenshots at desktop and phone sizes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlatformBrowserTests {

  static WebDriver browser;

  @LocalServerPort int port;
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

  private void login(String username) {
    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys(username);
    navigating(() -> browser.findElement(By.id("password")).sendKeys("pepin-demo", Keys.ENTER));
  }

  /** Performs an action that loads a new page, and waits until the old page is gone. */
  private void navigating(Runnable action) {
    var body = browser.findElement(By.tagName("body"));
    action.run();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(body));
  }

  private String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

  @Test
  void sophie_logs_in_by_keyboard_and_opens_her_pages() throws IOException {
    browser.manage().deleteAllCookies();
    open("/login");
    assertThat(text()).contains("Comptes de démonstration").contains("pepin-demo");
    Browser.screenshot(browser, "login");

    login("sophie");
    assertThat(text()).contains("Pépinières Clément").contains("977 118 041");
    assertThat(browser.findElement(By.id("company-switcher")).getText())
        .contains("Pépinières Clément");
    Browser.screenshot(browser, "home");

    open("/settings/company");
    assertThat(browser.findElement(By.id("siren")).getAttribute("value")).isEqualTo("977 118 041");
    assertThat(browser.findElement(By.id("siren")).isEnabled()).as("read-only for SALES").isFalse();
    Browser.screenshot(browser, "company-settings");

    navigating(() -> browser.findElement(By.id("lang-en")).click());
    assertThat(text()).contains("Legal identifiers and VAT");
    Browser.screenshot(browser, "company-settings-en");
    navigating(() -> browser.findElement(By.id("lang-fr")).click());
    assertThat(text()).contains("Identifiants légaux");

    browser.manage().window().setSize(Browser.PHONE);
    open("/");
    Browser.screenshot(browser, "home-phone");
    open("/settings/company");
    Browser.screenshot(browser, "company-settings-phone");
    browser.manage().window().setSize(Browser.DESKTOP);
  }

  @Test
  void paul_switches_company_and_administers_users_and_audit() throws IOException {
    login("paul");
    try {
      browser.findElement(By.id("company-switcher")).click();
      navigating(
          () ->
              Browser.jsClick(
                  browser,
                  browser.findElement(
                      By.cssSelector("button[data-company='Clément Jardins SARL']"))));
      assertThat(text()).contains("Clément Jardins SARL").contains("928 152 305");
      assertThat(text()).doesNotContain("977 118 041");
      Browser.screenshot(browser, "home-clement-jardins");

      open("/settings/users");
      assertThat(text()).contains("Isabelle Roux").doesNotContain("Sophie Martin");
      Browser.screenshot(browser, "users");

      browser.findElement(By.id("company-switcher")).click();
      navigating(
          () ->
              Browser.jsClick(
                  browser,
                  browser.findElement(
                      By.cssSelector("button[data-company='Pépinières Clément']"))));
      open("/settings/users");
      assertThat(text()).contains("Sophie Martin");
      navigating(() -> browser.findElement(By.linkText("Sophie Martin")).click());
      Browser.screenshot(browser, "user");

      open("/settings/company");
      var phone = browser.findElement(By.id("phone"));
      phone.clear();
      phone.sendKeys("01 34 86 00 00");
      var siren = browser.findElement(By.id("siren"));
      siren.clear();
      navigating(() -> siren.sendKeys("977 118 042", Keys.chord(Keys.CONTROL, Keys.ENTER)));
      assertThat(text())
          .contains("Le formulaire contient des erreurs")
          .contains("Le SIREN 977118042 n'est pas valide");
      Browser.screenshot(browser, "company-settings-error");

      open("/settings/audit");
      assertThat(text()).contains("Journal d'audit").contains("Connexion");
      Browser.screenshot(browser, "audit");

      open("/admin/companies");
      assertThat(text()).contains("Clément Jardins SARL").contains("Pépinières Clément");
      Browser.screenshot(browser, "companies");
    } finally {
      open("/");
    }
  }

  @Test
  void an_unknown_page_says_so_in_french() throws IOException {
    login("karim");
    open("/settings/users/" + fixtures.user("sophie").value());
    assertThat(text()).contains("Accès refusé");
    open("/settings/company/nothing-here");
    assertThat(text()).contains("Page introuvable");
    Browser.screenshot(browser, "not-found");
  }
}
