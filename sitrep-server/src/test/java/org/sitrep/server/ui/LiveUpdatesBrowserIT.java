package org.sitrep.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.server.SitrepServer;

/**
 * The UI follows a store that grows while it is open: in real headless Chromium, over a real store
 * being written, the story list marks the stories that gained articles and the new ones, and an
 * open story page offers its new articles without losing the reader's place.
 */
class LiveUpdatesBrowserIT {
  private static Article article(String id, String title, String text, String day) {
    String person = "Anna Berg";
    int at = text.indexOf(person);
    List<Entity> entities = at < 0 ? List.of()
        : List.of(new Entity("e1", person, EntityType.PERSON, List.of(), List.of(new Mention(person, at, at + 9)), List.of()));
    return new Article(id, "test:" + id, "https://example.org/" + id, "Outlet " + id, title, List.of(), day, "en",
        List.of(), null, text, entities, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static List<Article> strike(int from, int to) {
    List<Article> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(article("strike-" + i, "Harbour strike spreads to grain terminals",
          "Anna Berg said the harbour strike spread to the grain terminals on Monday. Dockers at terminal " + i
              + " joined the harbour strike over pay.", "2024-06-0" + (1 + i % 3)));
    }
    return out;
  }

  @Test
  void theStoryListAndAStoryPageShowWhatArrivedSinceTheyOpened() throws Exception {
    Path data = Files.createTempDirectory("sitrep-live-ui-");
    try (HeadlessChromium browser = HeadlessChromium.start();
        Engine engine = Engine.open(new EngineConfig(data, null, false, 1));
        SitrepServer server = SitrepServer.start(engine.corpus(), "127.0.0.1", 0)) {
      engine.addArticles(strike(0, 3));
      String story = engine.corpus().stories().get(0).id();
      var driver = browser.driver;
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      String base = "http://127.0.0.1:" + server.port() + "/";

      driver.get(base);
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.story-link")));
      assertThat(driver.findElements(By.cssSelector(".chip.updated"))).isEmpty();
      engine.addArticles(strike(3, 5));
      engine.addArticles(List.of(article("flood-1", "River floods the lower town",
          "The river flooded the lower town on Tuesday. Rescue boats reached the old mill.", "2024-06-02")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chip.updated")));
      List<String> marks = driver.findElements(By.cssSelector(".chip.updated")).stream().map(WebElement::getText).toList();
      assertThat(marks).contains("+2", "new");

      driver.get(base + "#/story/" + story);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".story-page h1")));
      WebElement notice = driver.findElement(By.cssSelector(".live-notice"));
      assertThat(notice.isDisplayed()).isFalse();
      engine.addArticles(strike(5, 6));
      wait.until(ExpectedConditions.visibilityOf(notice));
      assertThat(notice.getText()).contains("1 new article");
      notice.findElement(By.cssSelector("button")).click();
      // the view is rendered anew: the condition looks the element up again each time
      wait.until(ExpectedConditions.textMatches(By.cssSelector(".story-page .meta"),
          java.util.regex.Pattern.compile("^6 articles")));
    } finally {
      try (var files = Files.walk(data)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
