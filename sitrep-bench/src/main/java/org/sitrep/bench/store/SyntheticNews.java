package org.sitrep.bench.store;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.sitrep.bench.store.ArticleDraft.Ref;
import org.sitrep.bench.store.NewsVocabulary.Country;
import org.sitrep.bench.store.NewsVocabulary.Family;
import org.sitrep.bench.store.NewsVocabulary.Org;
import org.sitrep.core.corpus.OutletKind;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimStatus;
import org.sitrep.core.model.Dateline;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Mention;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.TimeExpression;

/**
 * A seeded stream of annotated news articles, as the NLP would give them, for store and scale
 * benchmarks. Article {@code n} is a pure function of the seed and {@code n}: nothing is kept between
 * calls, so a stream of a million articles is generated in constant memory, in any order, by any
 * number of threads.
 *
 * <p>The stream runs at a steady {@link #articlesPerDay()} from 1 January 2024 (with the stories of the
 * months before already running, so the first day looks like any other). About
 * {@value #ONE_OFF_PERCENT}% of articles are one-off items; the others belong to STORIES: a story
 * is born at a steady rate (one per 75 articles of daily volume), lives from a day to three months
 * (median about a week), is most written about early on, and has its own vocabulary repeated in
 * its headlines and texts (a named thing such as "the Belholm accord", five words of its own,
 * its topic's words, its countries, place, people, organisation and company). About 750 stories
 * run at once at the default rate.
 *
 * <p>Articles carry entities with several names per identity (full name, surname, title and
 * surname; "DPRK" for North Korea; "IAEA" after the agency's full name), quotes with speakers and
 * roles, claims with their status (asserted, reported, alleged, disputed, denied with who denied),
 * figures, normalised time expressions, events with actors and targets, and datelines. About
 * {@value #REPRINT_PERCENT}% of articles are REPRINTS of an article published shortly before: another
 * outlet, a credit line, often a changed headline or a cut last paragraph.
 */
public final class SyntheticNews {
  /** A publisher of the generated stream, with a country-code domain so its country is plain. */
  public record Source(String name, String country, OutletKind kind, String domain) {}

  /** The outlets articles come from. */
  public static final List<Source> OUTLETS = NewsVocabulary.OUTLETS;
  /** The default rate: about 3,000 articles a day, so a million articles span about a year. */
  public static final int DEFAULT_ARTICLES_PER_DAY = 3000;
  /** The first day of the stream. */
  public static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final int ONE_OFF_PERCENT = 10;
  static final int REPRINT_PERCENT = 15;
  /** The longest a story lives, in days. */
  static final double MAX_LIFE_DAYS = 90;
  /** Coverage weights run from 0.1 to 3.1: a few stories draw thirty times the articles of most. */
  private static final double MAX_INTENSITY = 3.1;
  private static final long SALT_STORY = 0x51A7E5L;
  private static final long SALT_PICK = 0x9C4B11L;
  private static final long SALT_ARTICLE = 0xA271C1EL;
  private static final long SALT_REPRINT = 0x4E9417L;
  private static final long SALT_PERSON = 0x9E450L;
  private static final int PEOPLE = 20_000;
  private static final List<Source> WIRES = OUTLETS.stream().filter(o -> o.kind() == OutletKind.WIRE).toList();

  private final long seed;
  private final int articlesPerDay;
  private final double storiesPerDay;
  private final Random queries;

  /** A stream at {@value #DEFAULT_ARTICLES_PER_DAY} articles a day. */
  public SyntheticNews(long seed) {
    this(seed, DEFAULT_ARTICLES_PER_DAY);
  }

  /** A stream at {@code articlesPerDay}. */
  public SyntheticNews(long seed, int articlesPerDay) {
    if (articlesPerDay < 1 || articlesPerDay > 10_000_000) {
      throw new IllegalArgumentException("articlesPerDay must be in [1, 10000000], got " + articlesPerDay);
    }
    this.seed = seed;
    this.articlesPerDay = articlesPerDay;
    this.storiesPerDay = Math.max(0.2, articlesPerDay / 75.0);
    this.queries = new Random(seed);
  }

  public int articlesPerDay() {
    return articlesPerDay;
  }

  // ---------------------------------------------------------------- randomness by index

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private SplittableRandom rng(long salt, long n) {
    return new SplittableRandom(mix(mix(seed * 0x9E3779B97F4A7C15L + salt) + n));
  }

  private double unit(long salt, long n) {
    return (mix(mix(seed * 0x9E3779B97F4A7C15L + salt) + n) >>> 11) * 0x1.0p-53;
  }

  private static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static String pick(SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  // ---------------------------------------------------------------- the stream

  /** The id of article {@code n}: 16 hex digits. */
  public String id(long n) {
    return HexFormat.of().formatHex(ByteBuffer.allocate(8).putLong(mix(mix(seed + 0x632BE59BD9B4E019L) ^ n)).array());
  }

  /** When article {@code n} arrives: its place in the steady daily rate. */
  Instant arrival(long n) {
    return START.atStartOfDay(ZoneOffset.UTC).toInstant().plusMillis((long) ((n + 0.5) * 86_400_000.0 / articlesPerDay));
  }

  /** When article {@code n} was published: its arrival, or up to three hours before (not before the start). */
  public Instant published(long n) {
    Instant start = START.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant at = arrival(n).minusSeconds((long) (unit(SALT_ARTICLE + 1, n) * 3 * 3600));
    return (at.isBefore(start) ? start : at).truncatedTo(ChronoUnit.MINUTES);
  }

  private double day(long n) {
    return (n + 0.5) / articlesPerDay;
  }

  /** The article {@code n} reprints, or -1 when it is an original. */
  public long reprintSourceOf(long n) {
    if (n == 0 || unit(SALT_REPRINT, n) * 100 >= REPRINT_PERCENT) {
      return -1;
    }
    SplittableRandom r = rng(SALT_REPRINT + 1, n);
    long window = Math.max(1, articlesPerDay / 4);
    long m = n - 1 - r.nextLong(Math.min(n, window));
    for (long k = m; k >= 0 && k > m - 50; k--) {
      if (k == 0 || unit(SALT_REPRINT, k) * 100 >= REPRINT_PERCENT) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The story of article {@code n}: its index, {@code >= 0}, or {@code -1 - m} for the one-off
   * article {@code m} (a reprint is in the story of its original).
   */
  public long storyOf(long n) {
    long source = reprintSourceOf(n);
    if (source >= 0) {
      return storyOf(source);
    }
    SplittableRandom r = rng(SALT_PICK, n);
    if (r.nextInt(100) < ONE_OFF_PERCENT) {
      return -1 - n;
    }
    double t = day(n);
    // story s is born on day s / storiesPerDay - MAX_LIFE_DAYS: the stream starts with the
    // stories of the previous months already running, as a watch list does
    long lo = Math.max(0, (long) Math.floor(t * storiesPerDay));
    long hi = (long) Math.floor((t + MAX_LIFE_DAYS) * storiesPerDay);
    for (int attempt = 0; attempt < 400; attempt++) {
      long s = lo + r.nextLong(hi - lo + 1);
      SplittableRandom sr = rng(SALT_STORY, s);
      double birth = (s + sr.nextDouble()) / storiesPerDay - MAX_LIFE_DAYS;
      double life = 1 + (MAX_LIFE_DAYS - 1) * Math.pow(sr.nextDouble(), 4);
      double weight = weight(sr.nextDouble());
      if (t < birth || t >= birth + life) {
        continue;
      }
      double intensity = weight * (0.35 + 0.65 * Math.exp(-3 * (t - birth) / life));
      if (r.nextDouble() * MAX_INTENSITY < intensity) {
        return s;
      }
    }
    return -1 - n;
  }

  private static double weight(double u) {
    return 0.1 + 3.0 * Math.pow(u, 4);
  }

  /** A story: when it runs and the vocabulary its articles repeat. */
  record Story(long index, double birth, double life, Family family, String name, String kind, Country first,
      Country second, String place, List<Integer> people, Org org, String company, List<String> words) {
    boolean oneOff() {
      return index < 0;
    }

    /** "Belholm accord". */
    String thing() {
      return name + " " + kind;
    }
  }

  /** The story of that index (see {@link #storyOf(long)}). */
  Story story(long s) {
    SplittableRandom r = s >= 0 ? rng(SALT_STORY, s) : rng(SALT_STORY + 7, -1 - s);
    double birth = s >= 0 ? (s + r.nextDouble()) / storiesPerDay - MAX_LIFE_DAYS : day(-1 - s);
    double life = s >= 0 ? 1 + (MAX_LIFE_DAYS - 1) * Math.pow(r.nextDouble(), 4) : 0.5;
    r.nextDouble(); // the weight, drawn in storyOf
    Family family = pick(r, NewsVocabulary.FAMILIES);
    String name = inventedName(r);
    String kind = pick(r, family.kinds());
    int c1 = country(r);
    int c2 = country(r);
    if (c2 == c1) {
      c2 = (c1 + 1 + r.nextInt(NewsVocabulary.COUNTRIES.size() - 1)) % NewsVocabulary.COUNTRIES.size();
    }
    Country first = NewsVocabulary.COUNTRIES.get(c1);
    Country second = NewsVocabulary.COUNTRIES.get(c2);
    String place = r.nextBoolean() ? first.capital() : first.city();
    List<Integer> people = new ArrayList<>();
    people.add(4 * c1 + r.nextInt(4));
    people.add(4 * c2 + r.nextInt(4));
    int others = 1 + r.nextInt(3);
    for (int i = 0; i < others; i++) {
      // a few people are in the news often, most rarely
      people.add(4 * NewsVocabulary.COUNTRIES.size() + (int) (PEOPLE * Math.pow(r.nextDouble(), 2.5)));
    }
    Org org = pick(r, NewsVocabulary.ORGS);
    String company = inventedName(r) + " " + pick(r, NewsVocabulary.COMPANY_KIND);
    List<String> words = new ArrayList<>();
    while (words.size() < 5) {
      String w = pick(r, NewsVocabulary.STORY_WORDS);
      if (!words.contains(w)) {
        words.add(w);
      }
    }
    return new Story(s, birth, life, family, name, kind, first, second, place, List.copyOf(people), org, company,
        List.copyOf(words));
  }

  private static int country(SplittableRandom r) {
    // the first countries of the list are in the news more often
    return (int) (NewsVocabulary.COUNTRIES.size() * Math.pow(r.nextDouble(), 1.3));
  }

  private static String inventedName(SplittableRandom r) {
    return pick(r, NewsVocabulary.NAME_START) + pick(r, NewsVocabulary.NAME_MIDDLE) + pick(r, NewsVocabulary.NAME_END);
  }

  // ---------------------------------------------------------------- people and other entities

  /** Person {@code p}: the first four per country are its president and ministers. */
  Ref person(int p) {
    SplittableRandom r = rng(SALT_PERSON, p);
    int g = r.nextInt(NewsVocabulary.GIVEN.length);
    String surname = pick(r, NewsVocabulary.SURNAMES);
    String name = NewsVocabulary.GIVEN[g] + " " + surname;
    int countries = NewsVocabulary.COUNTRIES.size();
    String role;
    if (p < 4 * countries) {
      role = NewsVocabulary.COUNTRIES.get(p / 4).adjective() + " " + NewsVocabulary.OFFICE[p % 4];
    } else {
      role = pick(r, NewsVocabulary.ROLES);
    }
    return new Ref("person:" + NewsVocabulary.slug(name), name, EntityType.PERSON, role);
  }

  private String honorific(int p) {
    SplittableRandom r = rng(SALT_PERSON, p);
    return r.nextInt(NewsVocabulary.GIVEN.length) < NewsVocabulary.FEMALE ? "Ms" : "Mr";
  }

  private static String shortTitle(int p, Ref ref) {
    int countries = NewsVocabulary.COUNTRIES.size();
    if (p < 4 * countries) {
      return NewsVocabulary.OFFICE_SHORT[p % 4];
    }
    for (int i = 0; i < NewsVocabulary.ROLES.length; i++) {
      if (NewsVocabulary.ROLES[i].equals(ref.role())) {
        return NewsVocabulary.ROLES_SHORT[i];
      }
    }
    return "";
  }

  private static Ref country(Country c) {
    return new Ref("country:" + NewsVocabulary.slug(c.name()), c.name(), EntityType.COUNTRY, null);
  }

  private static Ref place(String name) {
    return new Ref("location:" + NewsVocabulary.slug(name), name, EntityType.LOCATION, null);
  }

  private static Ref org(String name) {
    return new Ref("organization:" + NewsVocabulary.slug(name), name, EntityType.ORGANIZATION, null);
  }

  private static Ref thing(Story st) {
    String name = st.name() + " " + st.kind();
    return new Ref("other:" + NewsVocabulary.slug(name), name, EntityType.OTHER, null);
  }

  // ---------------------------------------------------------------- articles

  /** Article {@code n} of the stream (an original or a reprint), annotated. */
  public Article article(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("article index must be >= 0, got " + n);
    }
    long source = reprintSourceOf(n);
    return source >= 0 ? reprint(n, source) : original(n);
  }

  private Article original(long n) {
    SplittableRandom r = rng(SALT_ARTICLE, n);
    Story st = story(storyOf(n));
    Source outlet = r.nextInt(100) < 30 ? pick(r, WIRES) : pick(r, OUTLETS);
    Instant published = published(n);
    LocalDate pubDay = published.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate born = START.plusDays((long) Math.floor(st.birth()));
    LocalDate eventDay = pubDay.minusDays(r.nextInt(3));
    if (eventDay.isBefore(born)) {
      eventDay = born.isAfter(pubDay) ? pubDay : born;
    }
    Writer w = new Writer(r, st, eventDay);
    Dateline dateline = null;
    if (outlet.kind() == OutletKind.WIRE || r.nextInt(100) < 30) {
      w.d.mention(place(st.place()), st.place().toUpperCase(Locale.ROOT)).add(", ");
      w.d.time(monthDay(pubDay), pubDay.toString()).add(" (" + outlet.name() + ") - ");
      dateline = new Dateline(st.place(), pubDay.toString());
    }
    w.lead();
    int paragraphs = 4 + r.nextInt(5);
    for (int p = 0; p < paragraphs; p++) {
      w.d.add("\n\n");
      int sentences = 2 + r.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          w.d.add(" ");
        }
        w.sentence();
      }
    }
    String title = headline(r, st, w);
    List<String> authors = r.nextInt(100) < 70 ? List.of(journalist(r)) : List.of();
    ArticleDraft d = w.d;
    return new Article(id(n), url(outlet, pubDay, n), url(outlet, pubDay, n), outlet.name(), title, authors,
        published.toString().replace(":00Z", "Z"), "en", List.of(), dateline, d.text(), d.entities(i -> true),
        d.quotes, d.claims, d.quantities, d.times, d.events, List.of());
  }

  private String url(Source outlet, LocalDate day, long n) {
    return "https://www." + outlet.domain() + "/" + day.getYear() + "/" + String.format(Locale.ROOT, "%02d", day.getMonthValue())
        + "/" + id(n);
  }

  private static String journalist(SplittableRandom r) {
    return pick(r, NewsVocabulary.GIVEN) + " " + pick(r, NewsVocabulary.SURNAMES);
  }

  private static String monthDay(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
  }

  private static String weekday(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    for (String part : s.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(capitalised(part));
    }
    return b.toString();
  }

  /** A headline from the story's recurring words. */
  private String headline(SplittableRandom r, Story st, Writer w) {
    int i = r.nextInt(st.words().size());
    String w1 = st.words().get(i);
    String w2 = st.words().get((i + 1 + r.nextInt(st.words().size() - 1)) % st.words().size());
    Ref lead = person(st.people().get(0));
    String surname = lead.name().substring(lead.name().lastIndexOf(' ') + 1);
    return switch (r.nextInt(8)) {
      case 0 -> titleCase(st.thing()) + ": " + st.first().name() + " and " + st.second().name() + " at odds over " + w1;
      case 1 -> st.first().adjective() + " " + shortTitle(st.people().get(0), lead).replace("Minister", "minister") + " "
          + surname + " defends " + w1 + " plan in " + st.name() + " " + st.kind();
      case 2 -> capitalised(w1) + " and " + w2 + " in focus as " + st.name() + " " + st.kind() + " enters day "
          + Math.max(1, (int) (w.eventDay.toEpochDay() - START.plusDays((long) Math.floor(st.birth())).toEpochDay()) + 1);
      case 3 -> st.second().name() + " denies " + w1 + " claims in " + st.name() + " " + st.kind() + " row";
      case 4 -> capitalised(w1) + ": " + st.org().acronym() + " warns over " + w2 + " in " + st.place();
      case 5 -> titleCase(st.thing()) + " talks stall over " + w1 + " as " + st.company() + " waits";
      case 6 -> capitalised(w1) + ", " + w2 + " and the " + st.thing();
      default -> st.place() + " " + w1 + " row deepens as " + st.first().name() + " presses " + st.second().name();
    };
  }

  /** Writes the sentences of one original article. */
  private final class Writer {
    final ArticleDraft d = new ArticleDraft();
    final SplittableRandom r;
    final Story st;
    final LocalDate eventDay;

    Writer(SplittableRandom r, Story st, LocalDate eventDay) {
      this.r = r;
      this.st = st;
      this.eventDay = eventDay;
    }

    /** A person by the name this article uses at this point: full name first, then shorter forms. */
    void person(int p) {
      Ref ref = SyntheticNews.this.person(p);
      if (!d.introduced(ref)) {
        d.mention(ref, ref.name());
        return;
      }
      String surname = ref.name().substring(ref.name().lastIndexOf(' ') + 1);
      String title = shortTitle(p, ref);
      switch (r.nextInt(3)) {
        case 0 -> d.mention(ref, surname);
        case 1 -> d.mention(ref, honorific(p) + " " + surname);
        default -> d.mention(ref, title.isEmpty() ? surname : title + " " + surname);
      }
    }

    /** A person with the role stated before the name at the first mention. */
    void personWithRole(int p) {
      Ref ref = SyntheticNews.this.person(p);
      if (!d.introduced(ref)) {
        d.add(capitalised(ref.role()) + " ");
      }
      person(p);
    }

    void country(Country c) {
      Ref ref = SyntheticNews.country(c);
      if (d.introduced(ref) && !c.aliases().isEmpty() && r.nextInt(100) < 40) {
        d.mention(ref, pick(r, c.aliases()));
      } else {
        d.mention(ref, c.name());
      }
    }

    void organisation() {
      Org o = st.org();
      Ref ref = SyntheticNews.org(o.name());
      if (d.introduced(ref) && !o.acronym().equals(o.name())) {
        d.mention(ref, o.acronym());
      } else {
        d.add("the ").mention(ref, o.name());
      }
    }

    void thing() {
      d.add("the ").mention(SyntheticNews.thing(st), st.thing());
    }

    /** One of the story's own words mostly, else a word of its topic. */
    String storyWord() {
      return r.nextInt(10) < 8 ? st.words().get(r.nextInt(st.words().size())) : pick(r, st.family().words());
    }

    int somebody() {
      return st.people().get(r.nextInt(st.people().size()));
    }

    String eventDate() {
      return eventDay.toString();
    }

    /** "on Tuesday" or "on June 18", normalised to the event's day. */
    void when() {
      d.add(" on ");
      if (r.nextBoolean()) {
        d.time(weekday(eventDay), eventDate());
      } else {
        d.time(monthDay(eventDay), eventDate());
      }
    }

    void lead() {
      int start = d.length();
      String[] act = st.family().actions()[r.nextInt(st.family().actions().length)];
      int actor = st.people().get(0);
      Ref actorRef = SyntheticNews.this.person(actor);
      personWithRole(actor);
      d.add(" " + act[0] + " " + act[2] + " in ");
      d.mention(place(st.place()), st.place());
      when();
      d.add(", as ");
      thing();
      d.add(" between ");
      country(st.first());
      d.add(" and ");
      country(st.second());
      d.add(" over " + storyWord() + " and " + storyWord() + " continued.");
      d.event(start, act[1], List.of(actorRef.name()), List.of(), act[2], eventDate(), st.place());
      d.add(" The " + storyWord() + " and the " + storyWord() + " remain at the heart of the dispute.");
    }

    void sentence() {
      int start = d.length();
      Family f = st.family();
      switch (r.nextInt(11)) {
        case 0 -> { // a quote and its speaker
          int p = somebody();
          Ref speaker = SyntheticNews.this.person(p);
          d.quote(pick(r, f.quotes()), speaker).add(" ");
          person(p);
          d.add(" said");
          if (r.nextBoolean()) {
            when();
          }
          d.add(".");
          d.claim(start, speaker.name(), ClaimStatus.ASSERTED, List.of());
        }
        case 1 -> { // a reported figure
          d.add("According to ");
          organisation();
          d.add(", ");
          int value = figure(f);
          d.quantity("about " + String.format(Locale.ROOT, "%,d", value) + " " + f.unit(), value, f.unit(), true);
          d.add(" were affected by ");
          thing();
          d.add(" in ");
          d.mention(place(st.place()), st.place());
          d.add(".");
          d.claim(start, st.org().name(), ClaimStatus.REPORTED, List.of());
        }
        case 2 -> { // an accusation, denied
          d.add(r.nextBoolean() ? "Officials in " : "The government of ");
          country(st.first());
          d.add(" accused ");
          country(st.second());
          d.add(" of having " + pick(r, f.allegations()) + ".");
          d.event(start, "accuse", List.of(st.first().name()), List.of(st.second().name()), st.second().name(), null, null);
          d.claim(start, st.first().name(), ClaimStatus.DENIED, List.of(st.second().name()));
          d.add(" ");
          int denial = d.length();
          country(st.second());
          d.add(" denied the accusation");
          if (r.nextBoolean()) {
            when();
          }
          d.add(".");
          d.event(denial, "deny", List.of(st.second().name()), List.of(), "accusation", eventDate(), null);
        }
        case 3 -> { // an allegation
          int p = somebody();
          Ref who = SyntheticNews.this.person(p);
          personWithRole(p);
          d.add(" alleged that ");
          country(st.second());
          d.add(" had " + pick(r, f.allegations()) + ".");
          d.claim(start, who.name(), ClaimStatus.ALLEGED, List.of());
        }
        case 4 -> { // disputed reports
          d.add("Officials in ");
          d.mention(place(st.second().capital()), st.second().capital());
          d.add(" disputed reports that ");
          country(st.second());
          d.add(" had " + pick(r, f.allegations()) + ".");
          d.claim(start, st.second().name(), ClaimStatus.DISPUTED, List.of());
        }
        case 5 -> { // what comes next
          d.add("Talks on ");
          thing();
          d.add(" are expected to resume ");
          LocalDate next = eventDay.plusDays(3 + r.nextInt(40));
          switch (r.nextInt(3)) {
            case 0 -> d.time("next week", eventDay.plusWeeks(1).get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format(Locale.ROOT, "%02d", eventDay.plusWeeks(1).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            case 1 -> d.add("in ").time(next.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                next.getYear() + "-" + String.format(Locale.ROOT, "%02d", next.getMonthValue()));
            default -> d.add("on ").time(monthDay(next), next.toString());
          }
          d.add(", a diplomat in ");
          d.mention(place(st.first().capital()), st.first().capital());
          d.add(" said.");
        }
        case 6 -> { // background with a duration and a count
          int months = 1 + r.nextInt(24);
          d.add("The " + f.topic() + " has lasted ");
          d.time(months + (months == 1 ? " month" : " months"), "P" + months + "M");
          int rounds = 1 + r.nextInt(9);
          d.add(", with ");
          d.quantity(rounds + (rounds == 1 ? " round" : " rounds"), rounds, "rounds", false);
          d.add(" of talks so far.");
        }
        case 7 -> { // a meeting
          int a = st.people().get(0);
          int b = st.people().get(1);
          Ref ra = SyntheticNews.this.person(a);
          Ref rb = SyntheticNews.this.person(b);
          person(a);
          d.add(" met ");
          personWithRole(b);
          d.add(" in ");
          String city = r.nextBoolean() ? st.second().capital() : st.place();
          d.mention(place(city), city);
          when();
          d.add(" to discuss " + storyWord() + ".");
          d.event(start, "meet", List.of(ra.name()), List.of(rb.name()), null, eventDate(), city);
        }
        case 8 -> { // a state acts on another
          String[] act = f.actions()[r.nextInt(f.actions().length)];
          country(st.first());
          d.add(" " + act[0] + " " + act[2]);
          when();
          d.add(", ");
          d.mention(SyntheticNews.org(st.company()), st.company());
          d.add(" said.");
          d.event(start, act[1], List.of(st.first().name()), List.of(), act[2], eventDate(), null);
          d.claim(start, st.company(), ClaimStatus.REPORTED, List.of());
        }
        case 9 -> { // a warning
          country(st.first());
          d.add(" warned ");
          country(st.second());
          d.add(" that further " + storyWord() + " would not be tolerated.");
          d.event(start, "warn", List.of(st.first().name()), List.of(st.second().name()), null, null, null);
          d.claim(start, st.first().name(), ClaimStatus.ASSERTED, List.of());
        }
        default -> { // a company's figure
          d.mention(SyntheticNews.org(st.company()), st.company());
          d.add(" said it expected " + storyWord() + " to " + (r.nextBoolean() ? "rise" : "fall") + " by ");
          int pct = 1 + r.nextInt(40);
          d.quantity(pct + " per cent", pct, "percent", false);
          d.add(" ");
          d.time("this year", String.valueOf(eventDay.getYear()));
          d.add(".");
          d.claim(start, st.company(), ClaimStatus.ASSERTED, List.of());
        }
      }
    }

    private int figure(Family f) {
      double u = r.nextDouble();
      long v = (long) (f.low() * Math.pow((double) f.high() / f.low(), u));
      // round as reporters do
      long step = v >= 100_000 ? 1000 : v >= 1000 ? 100 : 10;
      return (int) Math.max(step, v / step * step);
    }
  }

  // ---------------------------------------------------------------- reprints

  /**
   * Article {@code n} as a reprint of {@code source}: another outlet, a credit line (at the end or,
   * shifting every span, at the top), often a changed headline, sometimes the last paragraph cut.
   */
  private Article reprint(long n, long source) {
    Article a = original(source);
    SplittableRandom r = rng(SALT_REPRINT + 2, n);
    List<Source> others = OUTLETS.stream().filter(o -> o.kind() != OutletKind.WIRE && !o.name().equals(a.outlet())).toList();
    Source outlet = pick(r, others);
    String text = a.text();
    int cut = text.length();
    int last = text.lastIndexOf("\n\n");
    if (r.nextInt(100) < 40 && last > 0 && text.split("\n\n").length >= 3) {
      cut = last;
    }
    String body = text.substring(0, cut);
    String prefix = "";
    String credit = "This article was first published by " + a.outlet() + ".";
    if (r.nextInt(100) < 30) {
      prefix = "(" + credit + ")\n\n";
      text = prefix + body;
    } else {
      text = body + "\n\n" + credit;
    }
    int shift = prefix.length();
    int end = cut;
    String title = switch (r.nextInt(5)) {
      case 0 -> a.title();
      case 1 -> a.title() + " - report";
      case 2 -> "UPDATE: " + a.title();
      case 3 -> a.title() == null ? null : a.title().replaceFirst(": ", " - ");
      default -> a.title() == null ? null : a.title().replace(" and ", " & ").replace(" over ", " on ");
    };
    LocalDate pubDay = published(n).atZone(ZoneOffset.UTC).toLocalDate();
    List<Entity> entities = new ArrayList<>();
    for (Entity e : a.entities()) {
      List<Mention> kept = e.mentions().stream().filter(m -> m.end() <= end)
          .map(m -> new Mention(m.text(), m.start() + shift, m.end() + shift)).toList();
      if (!kept.isEmpty()) {
        entities.add(ArticleDraft.entity(new Ref(e.id(), e.name(), e.type(), e.roles().isEmpty() ? null : e.roles().get(0)), kept));
      }
    }
    List<Quote> quotes = a.quotes().stream().filter(q -> q.end() <= end).map(q -> new Quote(q.text(), q.speaker(),
        q.speakerId(), q.speakerRole(), q.start() + shift, q.end() + shift)).toList();
    List<Claim> claims = a.claims().stream().filter(c -> c.end() <= end).map(c -> new Claim(c.text(), c.claimant(),
        c.status(), c.deniedBy(), c.start() + shift, c.end() + shift)).toList();
    List<Quantity> quantities = a.quantities().stream().filter(q -> q.end() <= end).map(q -> new Quantity(q.text(),
        q.value(), q.unit(), q.approximate(), q.start() + shift, q.end() + shift)).toList();
    List<TimeExpression> times = a.times().stream().filter(t -> t.end() <= end)
        .map(t -> new TimeExpression(t.text(), t.value(), t.start() + shift, t.end() + shift)).toList();
    List<Event> events = a.events().stream().filter(e -> e.end() <= end).map(e -> new Event(e.action(), e.actors(),
        e.targets(), e.object(), e.date(), e.place(), e.text(), e.start() + shift, e.end() + shift)).toList();
    String url = url(outlet, pubDay, n);
    return new Article(id(n), url, url, outlet.name(), title, a.authors(),
        published(n).toString().replace(":00Z", "Z"), "en", List.of(a.outlet()), a.dateline(), text, entities, quotes,
        claims, quantities, times, events, List.of());
  }

  // ---------------------------------------------------------------- queries

  /**
   * A random query over the first {@code articles} articles: a story's named thing or topic words,
   * a person's or country's name, phrases, OR, negation; some with outlet, country, entity and date
   * filters. Draws from this generator's own query sequence (not thread-safe).
   */
  public QuerySpec query(long articles) {
    return query(queries, articles);
  }

  /** As {@link #query(long)}, drawing from {@code random}. */
  public QuerySpec query(Random random, long articles) {
    long n = (long) (random.nextDouble() * Math.max(1, articles));
    Story st = story(storyOf(n));
    String word = st.family().words()[random.nextInt(st.family().words().length)];
    Ref person = person(st.people().get(random.nextInt(st.people().size())));
    String text = switch (random.nextInt(7)) {
      case 0 -> st.name();
      case 1 -> word;
      case 2 -> "\"" + st.thing() + "\"";
      case 3 -> person.name().substring(person.name().lastIndexOf(' ') + 1);
      case 4 -> word + " OR " + st.family().words()[random.nextInt(st.family().words().length)];
      case 5 -> st.family().topic().split(" ")[0] + " -" + st.second().name().split(" ")[0].toLowerCase(Locale.ROOT);
      default -> "";
    };
    List<String> outlets = random.nextInt(5) == 0 ? List.of(OUTLETS.get(random.nextInt(OUTLETS.size())).name()) : List.of();
    List<String> countries = random.nextInt(4) == 0 ? List.of(OUTLETS.get(random.nextInt(OUTLETS.size())).country()) : List.of();
    List<String> entities = random.nextInt(3) == 0 ? List.of(random.nextBoolean() ? person.name() : st.first().name()) : List.of();
    String from = null;
    String to = null;
    if (random.nextInt(3) == 0) {
      LocalDate start = published(n).atZone(ZoneOffset.UTC).toLocalDate().minusDays(random.nextInt(10));
      from = start.toString();
      to = start.plusDays(3 + random.nextInt(30)).toString();
    }
    return new QuerySpec(text, outlets, countries, entities, from, to);
  }

  /** One benchmark query. */
  public record QuerySpec(String text, List<String> outlets, List<String> countries, List<String> entities,
      @Nullable String from, @Nullable String to) {}
}
