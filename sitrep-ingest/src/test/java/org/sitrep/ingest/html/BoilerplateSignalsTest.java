package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateSignalsTest {
  private static Element element(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  private static boolean unlikely(String html) {
    return BoilerplateSignals.isUnlikely(BoilerplateSignals.signature(element(html)));
  }

  @Test
  void furnitureNamesAreUnlikely() {
    assertThat(unlikely("<div class=\"cookie-consent\"></div>")).isTrue();
    assertThat(unlikely("<div id=\"comments\"></div>")).isTrue();
    assertThat(unlikely("<ul class=\"share-bar\"></ul>")).isTrue();
    assertThat(unlikely("<div class=\"related-stories\"></div>")).isTrue();
    assertThat(unlikely("<div class=\"newsletter-signup\"></div>")).isTrue();
    assertThat(unlikely("<div class=\"breadcrumbs\"></div>")).isTrue();
    assertThat(unlikely("<div class=\"promo-box\"></div>")).isTrue();
  }

  @Test
  void contentNamesProtectAgainstWeakFurnitureNames() {
    assertThat(unlikely("<div class=\"article-body\"></div>")).isFalse();
    assertThat(unlikely("<div class=\"post-meta content\"></div>")).isFalse();
    assertThat(unlikely("<div class=\"story-body date\"></div>")).isFalse();
  }

  @Test
  void strongFurnitureNamesOutweighContentNames() {
    assertThat(unlikely("<div class=\"comment-content\"></div>")).isTrue();
    assertThat(unlikely("<div class=\"related-content\"></div>")).isTrue();
    assertThat(unlikely("<div class=\"image-caption-text\"></div>")).isTrue();
    assertThat(unlikely("<div class=\"article-body share\"></div>")).isFalse();
  }

  @Test
  void camelCaseAndWordBoundariesAreRespected() {
    assertThat(unlikely("<div class=\"relatedArticles\"></div>")).isTrue();
    assertThat(unlikely("<div class=\"header-adjust\"></div>")).isFalse();
    assertThat(unlikely("<div class=\"shadow\"></div>")).isFalse();
    assertThat(unlikely("<div class=\"u-hidden u-block@md\"></div>")).isFalse();
  }

  @Test
  void classWeightRewardsArticleBodies() {
    assertThat(BoilerplateSignals.classWeight(element("<div itemprop=\"articleBody\"></div>"))).isGreaterThan(0);
    assertThat(BoilerplateSignals.classWeight(element("<div class=\"entry-content\"></div>"))).isGreaterThan(25);
    assertThat(BoilerplateSignals.classWeight(element("<div class=\"sidebar\"></div>"))).isLessThan(0);
    assertThat(BoilerplateSignals.classWeight(element("<div></div>"))).isZero();
  }

  /** Layout tokens are dropped from signatures as the pattern the scanner replaced dropped them. */
  @Test
  void layoutTokensAreDroppedAsByTheirPattern() {
    java.util.regex.Pattern layout =
        java.util.regex.Pattern.compile("(?i)(?<=^|\\s)(?:(?:has|with|without|no)[-_]\\S+|\\S*layout\\S*)(?=\\s|$)");
    for (String cls : java.util.List.of("page has-sidebar with-comments", "HAS-Sidebar", "has- x", "has-", "without_ads",
        "withoutsidebar", "no-js layoutGrid", "c-fixed-sidebar-layout--300", "LAYOUT", "nohas-x", "no_", "no__x",
        "hash-tag", "\tno-js\nwith-x\t", "plain classes only")) {
      String raw = layout.matcher(cls + " ").replaceAll(" ");
      String split = raw.replaceAll("([a-z])([A-Z])", "$1-$2");
      String expected = (split.equals(raw) ? raw : raw + " " + split).toLowerCase(java.util.Locale.ROOT).replace("__", "-");
      assertThat(BoilerplateSignals.signature(cls, "")).as(cls).isEqualTo(expected);
    }
  }

  @Test
  void layoutTokensAndAuthorBoxes() {
    assertThat(unlikely("<div class=\"page has-sidebar with-comments\"></div>")).isFalse();
    assertThat(unlikely("<div class=\"o-row c-fixed-sidebar-layout--300\"></div>")).isFalse();
    assertThat(unlikely("<div class=\"sidebar-wrapper\"></div>")).isTrue();
    assertThat(unlikely("<div class=\"author-info\"></div>")).isTrue();
    assertThat(unlikely("<div class=\"legal-disclaimer\"></div>")).isTrue();
  }
}
