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

  @Test
  void layoutTokensAndAuthorBoxes() {
    assertThat(unlikely("<div class=\"page has-sidebar with-comments\"></div>")).isFalse();
    assertThat(unlikely("<div class=\"o-row c-fixed-sidebar-layout--300\"></div>")).isFalse();
    assertThat(unlikely("<div class=\"sidebar-wrapper\"></div>")).isTrue();
    assertThat(unlikely("<div class=\"author-info\"></div>")).isTrue();
    assertThat(unlikely("<div class=\"legal-disclaimer\"></div>")).isTrue();
  }
}
