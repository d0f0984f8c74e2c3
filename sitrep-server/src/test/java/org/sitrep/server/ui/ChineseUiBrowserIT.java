package org.sitrep.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.IngestListener;
import org.sitrep.server.SitrepServer;

/**
 * A Chinese article in the web UI, in real headless Chromium on a machine that may have no CJK font
 * of its own: the article view carries {@code lang="zh"}, the browser loads the UI's CJK font and
 * draws the headline, the text and the search hits with it (DevTools' platform fonts), and a
 * Chinese search finds the article with the words marked. The page (a Chinese news page of
 * the Chinese pack's tests) is ingested by the real engine without NLP. Screenshots go to
 * target/screenshots/.
 */
class ChineseUiBrowserIT {
  private static final Path PAGE = Path.of("../sitrep-nlp-zh/src/test/resources/zh-pages/xinhua-summit.html");
  private static final Path SHOTS = Path.of("target/screenshots");

  @TempDir static Path dir;
  private static Engine engine;
  private static SitrepServer server;
  private static HeadlessChromium browser;
  private static ChromeDriver driver;
  private static String article;

  @BeforeAll
  static void start() throws IOException {
    browser = HeadlessChromium.start();
    driver = browser.driver;
    engine = Engine.open(new EngineConfig(dir.resolve("data"), null, false, 1));
    engine.ingest(List.of(PAGE), IngestListener.NONE);
    article = engine.corpus().search(SearchQuery.of("")).hits().get(0).article();
    server = SitrepServer.start(engine.corpus(), "127.0.0.1", 0);
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
    if (engine != null) {
      engine.close();
    }
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  @Test
  void theArticleViewDrawsChineseWithTheCjkFont() throws IOException {
    driver.get(base() + "#/article/" + article);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
    WebElement view = driver.findElement(By.cssSelector("article.article"));
    assertThat(view.getDomAttribute("lang")).isEqualTo("zh");
    assertThat(driver.findElement(By.id("article-text")).getText()).contains("俄罗斯总统普京19日凌晨抵达平壤");
    cjkFontLoaded(wait);
    for (String element : List.of("article.article h1", "#article-text", "article.article .kicker")) {
      assertThat(platformFonts(element)).as(element).contains("Droid Sans Fallback");
    }
    Files.write(SHOTS.resolve("zh-article.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /**
   * The fonts Chromium drew an element's text with (DevTools' platform fonts): a CJK string drawn
   * with DejaVu Sans alone is a row of empty boxes.
   */
  private static List<String> platformFonts(String selector) {
    driver.executeCdpCommand("DOM.enable", Map.of());
    driver.executeCdpCommand("CSS.enable", Map.of());
    Map<?, ?> root = (Map<?, ?>) driver.executeCdpCommand("DOM.getDocument", Map.of("depth", -1)).get("root");
    Object node = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root.get("nodeId"), "selector", selector))
        .get("nodeId");
    List<?> fonts = (List<?>) driver.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", node)).get("fonts");
    return fonts.stream().map(f -> String.valueOf(((Map<?, ?>) f).get("familyName"))).toList();
  }

  /** Waits until the UI's CJK face is loaded (fetched because the page has CJK text) and checks it covers bold. */
  private static void cjkFontLoaded(WebDriverWait wait) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    wait.until(d -> "loaded".equals(js.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "document.fonts.ready.then(() => done([...document.fonts].filter(f => f.family.includes('Sitrep CJK'))"
            + ".map(f => f.status).find(s => s === 'loaded') || 'none'));")));
    assertThat((Boolean) js.executeScript("return document.fonts.check('16px \"Sitrep CJK\"', '朝鲜');")).isTrue();
    // headlines are bold: the face is declared for every weight, so they do not fall back to a font without the glyphs
    assertThat((String) js.executeScript("return [...document.fonts].find(f => f.family.includes('Sitrep CJK')).weight;"))
        .isEqualTo("100 900");
  }

  @Test
  void aChineseSearchMarksWords() throws IOException {
    driver.get(base() + "#/search?q=" + java.net.URLEncoder.encode("普京访问朝鲜", java.nio.charset.StandardCharsets.UTF_8));
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.hit-title")));
    List<String> marks = driver.findElements(By.cssSelector("mark")).stream().map(WebElement::getText).toList();
    assertThat(marks).contains("普京", "朝鲜", "访问");
    cjkFontLoaded(wait);
    for (String element : List.of("a.hit-title", ".hit .meta", ".snippet")) {
      assertThat(platformFonts(element)).as(element).contains("Droid Sans Fallback");
    }
    Files.write(SHOTS.resolve("zh-search.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
