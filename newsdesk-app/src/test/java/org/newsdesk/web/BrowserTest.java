package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchIndexer;
import org.newsdesk.store.Database;
import org.newsdesk.store.SearchSource;
import org.newsdesk.store.TestStore;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A reader's path through the site in a real Chromium (Debian's, headless, driven by Debian's
 * chromedriver): home → article → entity → the article sentence of one of its quotes, and a
 * search from the header. Screenshots of each step go to {@code target/screenshots/}.
 */
class BrowserTest {

  private static final Path SHOTS = Path.of("newsdesk-app/target/screenshots");
  private static WebServer server;
  private static SearchIndex index;
  private static WebDriver browser;
  private static long seedId;

  @BeforeAll
  static void start() throws Exception {
    // On a developer's machine without Debian's Chromium these tests are skipped, saying why; in
    // CI (.ci/run installs it, and sets CI) a missing browser is a failure.
    boolean browserPresent = Files.isExecutable(Path.of("/usr/bin/chromium"))
        && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
    if (System.getenv("CI") == null) {
      org.junit.jupiter.api.Assumptions.assumeTrue(browserPresent,
          "Chromium not installed: apt-get install chromium chromium-driver");
    }
    Database db = TestStore.fresh();
    seedId = WebFixture.analyzed(db, "https://example.com/kim-putin",
        "Kim Jong-Un pledges full support to Putin", "Example News", WebFixture.seedText(),
        LocalDate.of(2023, 9, 13));
    WebFixture.analyzed(db, "https://example.com/paris", "Paris mayor speaks",
        "Example News", "The mayor of Paris, Anne Hidalgo, said \"the river is clean\" on "
            + "Monday.\nShe spoke in Paris.", LocalDate.of(2023, 9, 14));
    index = SearchIndex.open(Files.createTempDirectory("newsdesk-browser-index"));
    new SearchIndexer(new SearchSource(db), index).reindexAll((done, total) -> { });
    server = new WebServer(db, Optional.of(index), TestSecurity.open()).start("127.0.0.1", 0);

    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createTempDirectory("newsdesk-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
      index.close();
    }
  }

  /** Waits for a click or a submit to have navigated: the URL changes before the page is read. */
  private static void waitForUrl(String part) {
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(part));
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
            .executeScript("return document.readyState")));
  }

  private static void shot(String name) throws Exception {
    Files.write(SHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void fromTheHomePageToAStoryAnArticleAnEntityAndAQuotesSentence() throws Exception {
    browser.get("http://127.0.0.1:" + server.port() + "/");
    shot("1-home");
    browser.findElement(By.linkText("Kim Jong-Un pledges full support to Putin")).click();
    waitForUrl("/stories/");
    assertThat(browser.findElements(By.cssSelector("ul.quotes li"))).isNotEmpty();
    shot("1b-story");
    browser.findElement(By.cssSelector("ol.timeline a[href='/articles/" + seedId + "']")).click();
    waitForUrl("/articles/" + seedId);
    assertThat(browser.findElements(By.cssSelector("q.quote"))).isNotEmpty();
    shot("2-article");

    browser.findElement(By.cssSelector("a.entity.person[href^='/entities/']")).click();
    waitForUrl("/entities/");
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Kim Jong-Un");
    assertThat(browser.findElement(By.cssSelector("svg.chart"))).isNotNull();
    shot("3-entity");

    WebElement quoteLink = browser.findElement(By.cssSelector("ul.quotes li a"));
    String fragment = quoteLink.getAttribute("href").replaceAll(".*#", "");
    quoteLink.click();
    waitForUrl("/articles/" + seedId + "#" + fragment);
    WebElement sentence = browser.findElement(By.id(fragment));
    assertThat(sentence.getText()).contains("support");
    Object targeted = ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("return document.querySelector(':target') === arguments[0];", sentence);
    assertThat(targeted).as("the quote's sentence is the page's target").isEqualTo(true);
    shot("4-quote-sentence");
  }

  @Test
  void aQuoteSearchFromTheHeaderFindsItsArticle() throws Exception {
    browser.get("http://127.0.0.1:" + server.port() + "/");
    WebElement box = browser.findElement(By.cssSelector("header form.search input[name=q]"));
    box.sendKeys("quote:\"river is clean\"", Keys.ENTER);
    waitForUrl("/search?q=");
    assertThat(browser.findElements(By.cssSelector("ol.results li a")))
        .extracting(WebElement::getText).containsExactly("Paris mayor speaks");
    shot("5-search");
  }
}
