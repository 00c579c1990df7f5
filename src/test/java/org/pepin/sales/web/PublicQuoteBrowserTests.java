package org.pepin.sales.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pepin.Browser;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.PlatformFixtures;
import org.pepin.sales.AcceptanceScenario;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.Orders;
import org.pepin.sales.QuoteId;
import org.pepin.sales.QuoteStatus;
import org.pepin.sales.quote.QuoteService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public page of a quote link in a real browser, without logging in: Hôtel du Parc's quote on a
 * desktop and on a phone, Mme Dubois's with the withdrawal form, an acceptance typed in the form
 * and its confirmation; screenshots under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicQuoteBrowserTests {

  static WebDriver browser;

  @LocalServerPort int port;
  @Autowired PlatformFixtures fixtures;
  @Autowired QuoteService quotes;
  @Autowired Orders orders;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired PriceListManagement lists;
  @Autowired CustomerManagement customers;
  @Autowired JdbcClient jdbc;

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

  private void navigating(Runnable action) {
    var body = browser.findElement(By.tagName("body"));
    action.run();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(body));
  }

  private String text() {
    return plain(browser.findElement(By.tagName("body")).getText());
  }

  /** French no-break spaces (amounts, « ») as plain spaces. */
  static String plain(String text) {
    return text.replaceAll("[\\u00A0\\u202F]", " ");
  }

  private void click(By by) {
    var element = browser.findElement(by);
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }

  @Test
  void hotel_du_parc_reads_its_quote_on_a_desktop_and_a_phone_and_accepts_it() throws IOException {
    var scenario =
        new AcceptanceScenario(
            fixtures.jardins(), products, categories, lists, customers, quotes, jdbc);
    var company = scenario.company;
    QuoteId id = scenario.createAndSend(scenario.hotel("60"));
    String token = scenario.token(id);
    browser.manage().deleteAllCookies();

    browser.manage().window().setSize(Browser.DESKTOP);
    open("/devis/" + token);
    assertThat(text())
        .contains("Clément Jardins SARL")
        .contains("Devis " + quotes.get(company, id).number() + " — version A")
        .contains("13 101,04 €")
        .contains("Acompte de 30 % à la commande")
        .contains("3 930,32 €")
        .contains("Accepter le devis")
        .contains("Refuser le devis");
    assertThat(browser.findElements(By.cssSelector(".sidebar"))).isEmpty();
    Browser.screenshot(browser, "public-quote-desktop");
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('answer').scrollIntoView({block: 'end', behavior: 'instant'});");
    Browser.screenshot(browser, "public-quote-desktop-answer");

    browser.manage().window().setSize(Browser.PHONE);
    open("/devis/" + token);
    assertThat(plain(browser.findElement(By.id("total-gross")).getText())).isEqualTo("13 101,04 €");
    assertThat(browser.findElement(By.id("accept-submit")).isDisplayed()).isTrue();
    Browser.screenshot(browser, "public-quote-phone");

    // a wrong mention is refused next to its field, nothing recorded
    browser.findElement(By.id("name")).sendKeys("Jean Martin");
    browser.findElement(By.id("mention")).sendKeys("d'accord");
    navigating(() -> click(By.id("accept-submit")));
    assertThat(plain(browser.findElement(By.id("mention-error")).getText()))
        .isEqualTo("Recopiez exactement les mots « bon pour accord ».");
    assertThat(quotes.get(company, id).status()).isEqualTo(QuoteStatus.SENT);

    browser.findElement(By.id("mention")).clear();
    browser.findElement(By.id("mention")).sendKeys("Bon pour accord");
    navigating(() -> click(By.id("accept-submit")));
    var quote = quotes.get(company, id);
    assertThat(quote.status()).isEqualTo(QuoteStatus.CONVERTED);
    assertThat(quote.current().decision().signerIp()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    var order = orders.get(company, quote.order());
    assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(plain(browser.findElement(By.id("answer-confirmation")).getText()))
        .contains("Merci, votre accord est enregistré.");
    assertThat(text())
        .contains("Numéro de votre commande : " + order.number())
        .contains("Acompte à régler : 3 930,32 €");
    assertThat(browser.findElements(By.id("accept-form"))).isEmpty();
    Browser.screenshot(browser, "public-quote-confirmation-phone");
    browser.manage().window().setSize(Browser.DESKTOP);
    open("/devis/" + token);
    Browser.screenshot(browser, "public-quote-accepted");
  }

  /**
   * The demo's own link: Hôtel du Parc's quote sent at D−10 (its e-mail in the outbox), looked at
   * only — the demo is not answered.
   */
  @Test
  void the_demo_quote_of_hotel_du_parc_reads_through_its_e_mail_link() throws IOException {
    var nursery = fixtures.nursery();
    var hotel = customers.findByCode(nursery, "C0008").orElseThrow().id();
    String body =
        jdbc.sql(
                "SELECT m.body FROM outbox_message m JOIN sales_quote q ON m.reference ="
                    + " CONCAT('quote:', CAST(q.id AS VARCHAR(36))) WHERE q.company_id = ?"
                    + " AND q.customer_id = ? AND q.number IS NOT NULL ORDER BY q.number")
            .params(nursery.value(), hotel.value())
            .query(String.class)
            .list()
            .get(0);
    var link = java.util.regex.Pattern.compile("/devis/[A-Za-z0-9_-]{43}").matcher(body);
    assertThat(link.find()).as(body).isTrue();
    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(Browser.DESKTOP);
    open(link.group());
    assertThat(text())
        .contains("Pépinières Clément")
        .contains("Pour Hôtel du Parc")
        .contains("Devis DE-")
        .contains("13 101,04 €")
        .contains("Acompte de 30 % à la commande")
        .contains("3 930,32 €");
    Browser.screenshot(browser, "public-quote-demo-hotel-du-parc");
  }

  @Test
  void mme_dubois_sees_the_withdrawal_form_on_her_phone() throws IOException {
    var scenario =
        new AcceptanceScenario(
            fixtures.jardins(), products, categories, lists, customers, quotes, jdbc);
    QuoteId id = scenario.createAndSend(scenario.dubois(null));
    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(Browser.PHONE);
    open("/devis/" + scenario.token(id));
    assertThat(text()).contains("451,72 €").contains("Droit de rétractation");
    click(By.cssSelector("#withdrawal-form summary"));
    assertThat(plain(browser.findElement(By.id("withdrawal-form")).getText()))
        .contains("Je/nous (*) vous notifie/notifions (*)");
    assertThat(browser.findElement(By.id("earlyStart")).isSelected()).isFalse();
    Browser.screenshot(browser, "public-quote-individual-phone");
    browser.manage().window().setSize(Browser.DESKTOP);
  }
}
