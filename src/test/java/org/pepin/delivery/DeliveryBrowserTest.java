package org.pepin.delivery;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pepin.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the delivery screens' browser tests share: one Chromium per test class on the application
 * started at a random port, and the few gestures they make (open a path, read the page's text as
 * shown, wait for a text, click or scroll through JavaScript — the sidebar and sticky headers would
 * otherwise take a pointer's click).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class DeliveryBrowserTest {

  static WebDriver browser;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  /** The page's text as shown, narrow and non-breaking spaces as spaces. */
  static String text() {
    return browser
        .findElement(By.tagName("body"))
        .getText()
        .replace('\u202f', ' ')
        .replace('\u00a0', ' ');
  }

  static String waitForText(String expected) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> text().contains(expected));
    return text();
  }

  static void click(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
  }

  static void click(String id) {
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById(arguments[0]).click();", id);
  }
}
