package org.sitrep.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.corpus.Corpus;
import org.sitrep.server.DemoCorpus;
import org.sitrep.server.SitrepServer;

/**
 * The web UI in real headless Chromium over the demo corpus ingested by the real engine (Debian's chromium and chromium-driver; scripts/setup-test-env
 * installs them): story list, story page, a graph edge's cited sentence, a claim's source sentence
 * highlighted in the article view, search with facets. Screenshots go to target/screenshots/.
 */
class WebUiBrowserIT {
  private static final Path SHOTS = Path.of("target/screenshots");

  private static Corpus corpus;
  private static String summit;
  private static String containers;
  private static SitrepServer server;
  private static HeadlessChromium browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    browser = HeadlessChromium.start();
    driver = browser.driver;
    corpus = DemoCorpus.corpus();
    summit = storyOf(DemoCorpus.article("Meridian Wire", "Putin and Kim sign mutual defence pact").id());
    containers = storyOf(DemoCorpus.article("Seoul Evening Ledger", "North Korea shipped 6,700 containers").id());
    server = SitrepServer.start(corpus, "127.0.0.1", 0);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String storyOf(String articleId) throws IOException {
    return corpus.stories().stream().filter(st -> st.articles().contains(articleId)).findFirst().orElseThrow().id();
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  private static void shot(String name, int height) throws IOException {
    driver.manage().window().setSize(new Dimension(1400, height));
    Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(new Dimension(1400, 1000));
  }

  @Test
  void claimOpensItsSourceSentenceHighlightedInTheArticle() throws IOException {
    driver.get(base());
    waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.story-link")));
    assertThat(driver.findElements(By.cssSelector("a.story-link"))).extracting(WebElement::getText)
        .containsAll(corpus.stories().stream().map(st -> st.title()).toList());
    shot("01-stories", 700);

    WebElement link = driver.findElements(By.cssSelector("a.story-link")).stream()
        .filter(l -> l.getDomAttribute("href").endsWith(containers)).findFirst().orElseThrow();
    link.click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#section-claims .claim")));
    long dayPrecise = corpus.timeline(containers).stream().filter(t -> t.date() != null && t.date().length() >= 10).count();
    assertThat(driver.findElements(By.cssSelector(".timeline-svg .event-mark"))).hasSize((int) Math.min(80, dayPrecise));
    assertThat(driver.findElements(By.cssSelector(".graph-svg .node"))).isNotEmpty();
    int countries = corpus.compare(containers).orElseThrow().perspectives().size();
    assertThat(driver.findElements(By.cssSelector("table.compare thead th"))).hasSize(countries + 1);
    shot("02-story", 3400);

    ClaimSummary claim = corpus.claims(containers).stream().filter(c -> c.text().contains("6,700 containers"))
        .findFirst().orElseThrow();
    SourceRef source = claim.sources().get(0);
    String sentence = corpus.article(source.article()).orElseThrow().text().substring(source.start(), source.end());
    WebElement claimLink = driver.findElement(By.cssSelector("li[data-claim='" + claim.id() + "'] a.claim-text"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", claimLink);
    claimLink.click();

    WebElement mark = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.source-highlight")));
    // the claim gathers both figures (6,700 and 10,000 containers); its link opens its first source
    assertThat(mark.getText()).isEqualTo(sentence.strip()).contains("containers");
    assertThat(driver.getCurrentUrl()).contains("#/article/" + source.article());
    assertThat(driver.findElement(By.cssSelector(".article h1")).getText())
        .isEqualTo(corpus.article(source.article()).orElseThrow().title());
    shot("03-article-highlight", 1000);
  }

  @Test
  void graphEdgeShowsItsCitedSentence() throws IOException {
    driver.get(base() + "#/story/" + summit);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graph-svg .edge")));
    WebElement edge = driver.findElements(By.cssSelector(".graph-svg g.edge")).stream()
        .filter(e -> "sign".equals(e.findElement(By.cssSelector("text.edge-label")).getText()))
        .findFirst().orElseThrow();
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", edge);
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", edge);
    WebElement cited = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#edge-panel blockquote.cited")));
    assertThat(cited.getText()).containsIgnoringCase("sign");
    ((JavascriptExecutor) driver).executeScript(
        "document.getElementById('section-graph').scrollIntoView({block: 'start'}); window.scrollBy(0, -60)");
    shot("04-graph-edge", 900);

    driver.findElement(By.cssSelector("#edge-panel a.chip.source")).click();
    WebElement mark = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.source-highlight")));
    assertThat(mark.getText()).containsIgnoringCase("sign");
  }

  @Test
  void searchShowsHitsAndFacets() throws IOException {
    driver.get(base() + "#/search?q=containers");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
    int total = (int) corpus.search(new org.sitrep.core.corpus.SearchQuery("containers", java.util.List.of(),
        java.util.List.of(), java.util.List.of(), null, null, 0, 20)).total();
    assertThat(driver.findElements(By.cssSelector(".hit"))).hasSize(total);
    assertThat(driver.findElement(By.cssSelector(".facets")).getText()).contains("South Korea (KR)", "Seoul Evening Ledger");
    WebElement kr = driver.findElements(By.cssSelector(".facet label")).stream()
        .filter(l -> l.getText().startsWith("South Korea")).findFirst().orElseThrow();
    kr.findElement(By.cssSelector("input")).click();
    waiting().until(d -> d.findElements(By.cssSelector(".hit")).size() == 2);
    assertThat(driver.getCurrentUrl()).contains("country=KR");
    shot("05-search", 900);
  }
}
