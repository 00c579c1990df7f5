package org.pepin.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pepin.Browser;
import org.pepin.catalog.Products;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.pricing.PricingScenario;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.Customers;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.PlatformFixtures;
import org.pepin.sales.quote.QuoteService;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The quote screens in a real browser, on a private copy of the scenario's catalogue in a company
 * of the test's own (nothing shows in the demo's lists): the list, Mme Dubois's quote typed in the
 * editor with its live totals (451,72 € TTC), a line moved up, the quote page; screenshots at
 * desktop and phone sizes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuoteBrowserTests {

  static WebDriver browser;

  @LocalServerPort int port;
  @Autowired PlatformFixtures fixtures;
  @Autowired PriceListManagement lists;
  @Autowired ProductManagement productManagement;
  @Autowired Products products;
  @Autowired VatCategoryManagement categories;
  @Autowired CustomerManagement customerManagement;
  @Autowired Customers customers;
  @Autowired QuoteService quotes;
  @Autowired org.pepin.platform.company.CompanyManagement companies;
  @Autowired org.pepin.platform.user.UserManagement users;
  @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

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
    navigating(() -> browser.get("http://localhost:" + port + path));
  }

  private void navigating(Runnable action) {
    var body = browser.findElement(By.tagName("body"));
    action.run();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(body));
  }

  private static String text(WebElement element) {
    return element.getText().replace('\u202f', ' ').replace('\u00a0', ' ');
  }

  private String waitFor(By by, String expected) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> text(d.findElement(by)).contains(expected));
    return text(browser.findElement(by));
  }

  private void click(By by) {
    WebElement element = browser.findElement(by);
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
  }

  private void type(By by, String value) {
    WebElement input =
        new WebDriverWait(browser, Duration.ofSeconds(15))
            .ignoring(StaleElementReferenceException.class)
            .until(ExpectedConditions.elementToBeClickable(by));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value);
  }

  /** The page fits the phone's width: nothing but the tables' own scrolling is wider. */
  private void fitsThePhone() {
    Object overflow =
        ((JavascriptExecutor) browser)
            .executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('main *').forEach(function (e) {"
                    + "  if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0"
                    + "      && getComputedStyle(e).overflowX === 'visible') {"
                    + "    out.push(e.tagName + '.' + e.className + ' ' + e.scrollWidth); } });"
                    + "return document.documentElement.scrollWidth > w ? out.join(' | ') : '';");
    assertThat(overflow).as("wider than the phone").isEqualTo("");
  }

  private void scrollTo(String id) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById(arguments[0])"
                + ".scrollIntoView({block: 'start', behavior: 'instant'});"
                + "window.scrollBy({top: -60, behavior: 'instant'});",
            id);
  }

  private void addProductLine(int index, String code, String quantity) {
    click(By.id("add-product"));
    By product = By.id("line-" + index + "-product");
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(product));
    type(product, code);
    type(By.id("line-" + index + "-quantity"), quantity);
  }

  @Test
  void sophieBuildsMmeDuboisQuoteWithLiveTotals() throws IOException {
    var co = new SalesWebCompany(companies, users, transaction);
    var s =
        new PricingScenario(co.company, productManagement, categories, lists, customerManagement)
            .load();
    String dubois = customers.get(s.company, s.dubois).code();
    // A sent quote and a draft so that the list has something to show.
    QuoteId hotel =
        quotes.create(
            s.company,
            null,
            new QuoteDraft(
                s.hotel,
                null,
                "3 semaines après acceptation",
                fixtures.user(co.sales),
                new SalesTerms(
                    null,
                    null,
                    new DownPayment(DownPaymentKind.ACOMPTE, Percentage.of("30")),
                    null,
                    null,
                    null,
                    null,
                    List.of(
                        LineDraft.section("Plantations"),
                        LineDraft.product(s.id("TIL-T1214"), Quantity.of(6)),
                        LineDraft.product(s.id("LAU-C10-125"), Quantity.of(120)),
                        LineDraft.product(s.id("MO-PLANT"), Quantity.of(60)),
                        LineDraft.note("Arrosage les deux premières semaines compris.")))));
    quotes.send(
        s.company,
        null,
        hotel,
        new SendRequest(
            List.of(new EmailAddress("accueil@hotel-du-parc.example")), List.of(), null, null));

    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(Browser.DESKTOP);
    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys(co.sales);
    navigating(
        () ->
            browser.findElement(By.id("password")).sendKeys(SalesWebCompany.PASSWORD, Keys.ENTER));

    navigating(() -> browser.findElement(By.linkText("Devis")).click());
    assertThat(waitFor(By.id("quotes-table"), "Envoyé"))
        .contains(quotes.get(s.company, hotel).reference());
    assertThat(text(browser.findElement(By.id("quotes-conversion")))).contains("transformation");
    Browser.screenshot(browser, "sales-quotes");

    navigating(() -> click(By.id("quote-new")));
    type(By.id("customer"), dubois);
    // The picker proposes the customer as it is typed (the JSON API).
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            d ->
                ((Number)
                            ((JavascriptExecutor) d)
                                .executeScript(
                                    "return document.getElementById('customer-options')"
                                        + ".options.length;"))
                        .intValue()
                    > 0);

    browser.findElement(By.id("customer")).sendKeys(Keys.TAB);
    waitFor(By.id("doc-customer"), "Prix TTC (particulier)");
    type(By.id("line-0-product"), products.get(s.company, s.id("MO-PLANT")).code());
    type(By.id("line-0-quantity"), "6");
    addProductLine(1, products.get(s.company, s.id("CHA-RN-6080")).code(), "40");
    addProductLine(2, products.get(s.company, s.id("LIV-Z1")).code(), "1");
    assertThat(waitFor(By.id("total-gross"), "451,72 €")).isEqualTo("451,72 €");
    assertThat(waitFor(By.id("line-amount-1"), "51,47 €")).isEqualTo("51,47 €");
    // Enter in the last line adds a line (and does not save); its ✕ removes it.
    browser.findElement(By.id("line-2-quantity")).sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("line-3-product")));
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("line-3-product");
    assertThat(browser.getCurrentUrl()).endsWith("/sales/quotes/new");
    click(By.cssSelector("#doc-lines tbody tr:nth-child(4) .line-remove"));
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#doc-lines .doc-line"), 3));

    // The hornbeams go first: the line moves up, its amount with it.
    click(By.cssSelector("#doc-lines tbody tr:nth-child(2) .line-up"));
    waitFor(By.id("line-amount-0"), "51,47 €");
    assertThat(browser.findElement(By.id("line-1-product")).getAttribute("value"))
        .startsWith(products.get(s.company, s.id("MO-PLANT")).code());
    assertThat(waitFor(By.id("total-gross"), "451,72 €")).isEqualTo("451,72 €");
    Browser.screenshot(browser, "sales-quote-editor");
    scrollTo("doc-lines-title");
    Browser.screenshot(browser, "sales-quote-editor-totals");

    navigating(() -> click(By.id("doc-save")));
    assertThat(waitFor(By.id("quote-total-gross"), "451,72 €")).isEqualTo("451,72 €");
    assertThat(text(browser.findElement(By.id("quote-status")))).isEqualTo("Brouillon");
    String quoteUrl = browser.getCurrentUrl();
    Browser.screenshot(browser, "sales-quote");
    scrollTo("quote-lines-title");
    Browser.screenshot(browser, "sales-quote-lines");

    open("/sales/quotes/" + hotel);
    waitFor(By.id("quote-revisions"), "A");
    Browser.screenshot(browser, "sales-quote-sent");

    browser.manage().window().setSize(Browser.PHONE);
    open("/sales/quotes");
    waitFor(By.id("quotes-table"), "Envoyé");
    fitsThePhone();
    Browser.screenshot(browser, "sales-quotes-phone");
    navigating(() -> browser.get(quoteUrl + "/edit"));
    waitFor(By.id("total-gross"), "451,72 €");
    fitsThePhone();
    Browser.screenshot(browser, "sales-quote-editor-phone");
    scrollTo("doc-totals-title");
    Browser.screenshot(browser, "sales-quote-editor-totals-phone");
    navigating(() -> browser.get(quoteUrl));
    waitFor(By.id("quote-total-gross"), "451,72 €");
    fitsThePhone();
    Browser.screenshot(browser, "sales-quote-phone");
    browser.manage().window().setSize(Browser.DESKTOP);
  }
}
