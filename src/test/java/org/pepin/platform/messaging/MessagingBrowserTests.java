package org.pepin.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pepin.Browser;
import org.pepin.platform.Attachment;
import org.pepin.platform.Documents;
import org.pepin.platform.PlatformFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The messaging screens in a real browser: the live preview of a template updates as one types
 * (htmx) and names an unknown placeholder; the mailbox shows a delivered message; screenshots of
 * each screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MessagingBrowserTests {

  static WebDriver browser;

  @LocalServerPort int port;
  @Autowired PlatformFixtures platform;
  @Autowired MessagingFixtures fixtures;
  @Autowired OutboxDelivery delivery;
  @Autowired Documents documents;
  @Autowired Clock clock;

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

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  private void loginPaulInTheNursery() {
    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys("paul");
    browser.findElement(By.id("password")).sendKeys("pepin-demo", Keys.ENTER);
    waiting()
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.id("company-switcher")));
    browser.findElement(By.id("company-switcher")).click();
    var page = browser.findElement(By.tagName("body"));
    Browser.jsClick(
        browser, browser.findElement(By.cssSelector("button[data-company='Pépinières Clément']")));
    waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    waiting()
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                By.id("company-switcher"), "Pépinières Clément"));
  }

  @Test
  void the_template_preview_follows_the_typing_and_names_an_unknown_field() throws IOException {
    loginPaulInTheNursery();
    open("/settings/message-templates");
    assertThat(text()).contains("Modèles de messages").contains("Envoi d'un document");
    Browser.screenshot(browser, "message-templates");

    browser.findElement(By.cssSelector("a[data-kind='document'][data-language='fr']")).click();
    assertThat(browser.findElement(By.id("preview-body")).getText()).contains("DE-2026-0031");
    var body = browser.findElement(By.id("body"));
    body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    body.sendKeys("Bonjour {{customer.name}}, voici le {{document.title}} {{document.number}}.");
    waiting()
        .until(
            d ->
                d.findElement(By.id("preview-body"))
                    .getText()
                    .equals("Bonjour Hôtel du Parc SARL, voici le Devis DE-2026-0031."));
    Browser.screenshot(browser, "message-template-preview");

    body.sendKeys(" {{client.nom}}");
    waiting()
        .until(d -> d.findElement(By.id("preview-errors")).getText().contains("{{client.nom}}"));
    assertThat(browser.findElement(By.id("preview-errors")).getText())
        .contains("n'existe pas pour ce type de message");
    Browser.screenshot(browser, "message-template-unknown-field");

    open("/settings/messaging");
    assertThat(text()).contains("Messagerie interne").contains("Envoyer un message de test");
    Browser.screenshot(browser, "messaging-settings");
  }

  @Test
  void a_delivered_message_reads_in_the_mailbox_and_shows_in_the_outbox() throws IOException {
    String number = "DE-2026-" + (System.nanoTime() % 10000);
    var id =
        fixtures.queueDocument(
            platform.nursery(),
            number,
            MessagingFixtures.CUSTOMER,
            Attachment.pdf(
                number + ".pdf", documents.sampleLetter(platform.nursery(), Locale.FRENCH)));
    delivery.deliver(id, clock.instant());
    loginPaulInTheNursery();
    open("/mailbox");
    assertThat(text()).contains("Messagerie").contains("Devis " + number);
    Browser.screenshot(browser, "mailbox");
    browser.findElement(By.linkText("Devis " + number + " — Pépinières Clément")).click();
    assertThat(text())
        .contains("Veuillez trouver ci-joint notre document Devis n° " + number)
        .contains(number + ".pdf");
    Browser.screenshot(browser, "mailbox-message");
    open("/settings/outbox");
    assertThat(text()).contains("Boîte d'envoi").contains("Devis " + number);
    Browser.screenshot(browser, "outbox");
  }
}
