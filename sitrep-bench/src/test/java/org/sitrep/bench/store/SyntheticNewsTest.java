package org.sitrep.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimStatus;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Mention;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.json.SitrepJson;

class SyntheticNewsTest {
  private static final int N = 6000;

  @Test
  void anArticleDependsOnlyOnTheSeedAndItsIndex() throws Exception {
    SyntheticNews a = new SyntheticNews(42);
    SyntheticNews b = new SyntheticNews(42);
    // b generates out of order and after unrelated calls: the same articles come out
    b.article(5000);
    b.query(1000);
    for (long n : new long[] {4321, 0, 17, 999, 2500}) {
      assertThat(SitrepJson.line(b.article(n))).isEqualTo(SitrepJson.line(a.article(n)));
    }
    assertThat(new SyntheticNews(43).article(17).text()).isNotEqualTo(a.article(17).text());
    Set<String> ids = new HashSet<>();
    for (long n = 0; n < N; n++) {
      ids.add(a.id(n));
    }
    assertThat(ids).hasSize(N);
  }

  @Test
  void theStreamRunsAtTheStatedDailyRate() {
    SyntheticNews news = new SyntheticNews(1, 3000);
    Instant first = news.published(0);
    Instant later = news.published(30_000);
    assertThat(Duration.between(first, later).toHours()).isBetween(9 * 24L, 11 * 24L);
    SyntheticNews slow = new SyntheticNews(1, 300);
    assertThat(Duration.between(slow.published(0), slow.published(3000)).toHours()).isBetween(9 * 24L, 11 * 24L);
  }

  @Test
  void everySpanIsInsideTheTextAndNamesWhatItSays() {
    SyntheticNews news = new SyntheticNews(42);
    int quotes = 0;
    int denied = 0;
    Set<ClaimStatus> statuses = new HashSet<>();
    for (long n = 0; n < 800; n++) {
      Article a = news.article(n);
      String t = a.text();
      assertThat(a.title()).isNotBlank();
      assertThat(a.published()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}Z");
      for (Entity e : a.entities()) {
        assertThat(e.mentions()).isNotEmpty();
        for (Mention m : e.mentions()) {
          assertThat(m.end()).isLessThanOrEqualTo(t.length());
          assertThat(t.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        for (String alias : e.aliases()) {
          assertThat(e.mentions()).anyMatch(m -> m.text().equals(alias));
        }
      }
      for (Quote q : a.quotes()) {
        quotes++;
        assertThat(t.substring(q.start(), q.end())).isEqualTo("\"" + q.text() + "\"");
        assertThat(q.speaker()).isNotBlank();
      }
      for (Claim c : a.claims()) {
        assertThat(t.substring(c.start(), c.end())).isEqualTo(c.text());
        statuses.add(c.status());
        if (c.status() == ClaimStatus.DENIED) {
          denied++;
          assertThat(c.deniedBy()).isNotEmpty();
        }
      }
      for (Quantity q : a.quantities()) {
        assertThat(t.substring(q.start(), q.end())).isEqualTo(q.text());
      }
      for (TimeExpression x : a.times()) {
        assertThat(t.substring(x.start(), x.end())).isEqualTo(x.text());
        assertThat(x.value()).isNotBlank();
      }
      for (Event e : a.events()) {
        assertThat(t.substring(e.start(), e.end())).isEqualTo(e.text());
        assertThat(e.actors()).isNotEmpty();
      }
    }
    assertThat(quotes).isGreaterThan(100);
    assertThat(denied).isGreaterThan(10);
    assertThat(statuses).contains(ClaimStatus.ASSERTED, ClaimStatus.REPORTED, ClaimStatus.ALLEGED,
        ClaimStatus.DISPUTED, ClaimStatus.DENIED);
  }

  @Test
  void entitiesGoBySeveralNames() {
    SyntheticNews news = new SyntheticNews(42);
    boolean personBySurname = false;
    boolean personByTitle = false;
    boolean countryByAlias = false;
    for (long n = 0; n < 500; n++) {
      for (Entity e : news.article(n).entities()) {
        String surname = e.name().substring(e.name().lastIndexOf(' ') + 1);
        if (e.type() == EntityType.PERSON) {
          assertThat(e.id()).startsWith("person:");
          personBySurname |= e.aliases().contains(surname);
          personByTitle |= e.aliases().stream().anyMatch(x -> x.endsWith(" " + surname) && !x.equals(e.name()));
          assertThat(e.roles()).isNotEmpty();
        }
        if (e.name().equals("North Korea")) {
          countryByAlias |= e.aliases().contains("DPRK");
        }
      }
    }
    assertThat(personBySurname).isTrue();
    assertThat(personByTitle).isTrue();
    assertThat(countryByAlias).isTrue();
  }

  @Test
  void reprintsCopyARecentOriginalFromAnotherOutletWithACredit() {
    SyntheticNews news = new SyntheticNews(42);
    int reprints = 0;
    int cut = 0;
    int retitled = 0;
    for (long n = 0; n < N; n++) {
      long source = news.reprintSourceOf(n);
      if (source < 0) {
        continue;
      }
      reprints++;
      assertThat(source).isLessThan(n);
      assertThat(news.reprintSourceOf(source)).isEqualTo(-1);
      assertThat(news.storyOf(n)).isEqualTo(news.storyOf(source));
      if (reprints > 60) {
        continue; // the ratio is counted over all; the content is checked on the first ones
      }
      Article copy = news.article(n);
      Article original = news.article(source);
      assertThat(copy.outlet()).isNotEqualTo(original.outlet());
      assertThat(copy.credits()).containsExactly(original.outlet());
      assertThat(copy.text()).contains("first published by " + original.outlet());
      String body = copy.text().replaceFirst("^\\(.*\\)\\n\\n", "").replaceFirst("\\n\\nThis article was first .*$", "");
      assertThat(original.text()).startsWith(body);
      if (body.length() < original.text().length()) {
        cut++;
      }
      if (!copy.title().equals(original.title())) {
        retitled++;
      }
      assertThat(copy.quotes().size()).isLessThanOrEqualTo(original.quotes().size());
    }
    assertThat(reprints).isBetween(N / 10, N / 5);
    assertThat(cut).isGreaterThan(5);
    assertThat(retitled).isGreaterThan(20);
  }

  @Test
  void storiesRunForDaysWithManyAtOnceAndTheirOwnWords() {
    SyntheticNews news = new SyntheticNews(42, 1000);
    int n = 20_000; // 20 days
    Map<Long, long[]> span = new HashMap<>();
    Map<Long, Integer> size = new HashMap<>();
    for (long i = 0; i < n; i++) {
      long s = news.storyOf(i);
      if (s < 0) {
        continue;
      }
      long at = i;
      span.computeIfAbsent(s, k -> new long[] {at, at})[1] = at;
      size.merge(s, 1, Integer::sum);
    }
    long multiDay = span.values().stream().filter(x -> x[1] - x[0] >= 3 * 1000).count();
    long weekLong = span.values().stream().filter(x -> x[1] - x[0] >= 7 * 1000).count();
    assertThat(multiDay).isGreaterThan(50);
    assertThat(weekLong).isGreaterThan(10);
    // many stories run at once: on day 15, hundreds of stories have an article
    Set<Long> day15 = new HashSet<>();
    for (long i = 15_000; i < 16_000; i++) {
      if (news.storyOf(i) >= 0) {
        day15.add(news.storyOf(i));
      }
    }
    assertThat(day15.size()).isGreaterThan(100);
    // a big story's articles share its named thing (in headline or text) and its entities
    long big = size.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    SyntheticNews.Story story = news.story(big);
    int withName = 0;
    int total = 0;
    for (long i = span.get(big)[0]; i <= span.get(big)[1] && total < 40; i++) {
      if (news.storyOf(i) != big) {
        continue;
      }
      Article a = news.article(i);
      total++;
      if ((a.title() + " " + a.text()).contains(story.name())) {
        withName++;
      }
    }
    assertThat(withName).isGreaterThanOrEqualTo(total * 3 / 4);
    List<Long> oneOffs = java.util.stream.LongStream.range(0, 2000).map(news::storyOf).filter(s -> s < 0).boxed().toList();
    assertThat(oneOffs.size()).isBetween(100, 400);
  }
}
