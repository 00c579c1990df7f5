package org.pepin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium (stack-check §2 flags), with screenshots saved
 * under {@code target/screenshots/}. Without Chromium the browser tests are skipped and reported as
 * skipped — unless {@code PEPIN_REQUIRE_BROWSER=true} (CI), where its absence is a failure.
 */
public final class Browser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");
  public static final Dimension DESKTOP = new Dimension(1440, 900);
  public static final Dimension PHONE = new Dimension(390, 844);

  private Browser() {}

  public static WebDriver start() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (Boolean.parseBoolean(System.getenv("PEPIN_REQUIRE_BROWSER"))) {
      assertThat(present)
          .as("Chromium and chromedriver are required (PEPIN_REQUIRE_BROWSER)")
          .isTrue();
    } else {
      Assumptions.assumeTrue(present, "Chromium not installed: browser tests skipped");
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=fr-FR",
        "--user-data-dir=" + Files.createTempDirectory("pepin-chromium"));
    var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
    driver.manage().window().setSize(DESKTOP);
    Files.createDirectories(SCREENSHOTS);
    return driver;
  }

  public static void screenshot(WebDriver driver, String name) throws IOException {
    File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        SCREENSHOTS.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Clicks through the page's own JavaScript: for an element that may sit below the fold of a
   * scrolling menu (the sidebar, a long company switcher), where a pointer's click would land on
   * something else.
   */
  public static void jsClick(WebDriver driver, org.openqa.selenium.WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].click();", element);
  }
}
