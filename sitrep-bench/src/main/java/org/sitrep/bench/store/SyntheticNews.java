package org.sitrep.bench.store;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;

/**
 * A seeded generator of news-like articles for store benchmarks: templated sentences about varied
 * topics, filled with people, organisations, countries and places, from twenty outlets in eleven
 * countries over two years. Entities carry a mention at each occurrence, as the NLP would give.
 * Deterministic for a seed; not thread-safe.
 */
public final class SyntheticNews {
  /** An outlet and its country. */
  public record Source(String name, String country) {}

  public static final List<Source> OUTLETS = List.of(
      new Source("Harbour Times", "GB"), new Source("Northern Wire", "GB"), new Source("Valley Post", "US"),
      new Source("Capital Ledger", "US"), new Source("Prairie Herald", "CA"), new Source("Seoul Morning", "KR"),
      new Source("Han River Daily", "KR"), new Source("Tokyo Evening", "JP"), new Source("Island Courier", "JP"),
      new Source("Rhine Observer", "DE"), new Source("Berlin Report", "DE"), new Source("Seine Gazette", "FR"),
      new Source("Lyon Tribune", "FR"), new Source("Delhi Chronicle", "IN"), new Source("Ganges Times", "IN"),
      new Source("Lagos Sentinel", "NG"), new Source("Cape Mercury", "ZA"), new Source("Pampas Journal", "AR"),
      new Source("Andes Voice", "AR"), new Source("Outback Standard", "AU"));

  static final String[] PEOPLE = {"Park Jin", "Yoko Kamikawa", "Antony Blinken", "Annalena Baerbock",
      "Catherine Colonna", "Subrahmanyam Jaishankar", "Bola Tinubu", "Naledi Pandor", "Diana Mondino",
      "Penny Wong", "Melanie Joly", "David Cameron", "Wang Yi", "Sergei Lavrov", "Ursula von der Leyen",
      "Antonio Guterres", "Kristalina Georgieva", "Ajay Banga", "Ngozi Okonjo-Iweala", "Rafael Grossi"};
  static final String[] ORGS = {"United Nations", "World Bank", "International Monetary Fund",
      "World Trade Organization", "European Union", "African Union", "NATO", "ASEAN", "OPEC",
      "International Atomic Energy Agency", "Red Cross", "World Health Organization"};
  static final String[] COUNTRIES = {"South Korea", "Japan", "United States", "Germany", "France", "India",
      "Nigeria", "South Africa", "Argentina", "Australia", "Canada", "United Kingdom", "China", "Brazil",
      "Indonesia", "Egypt", "Mexico", "Turkey"};
  static final String[] PLACES = {"Seoul", "Tokyo", "Washington", "Berlin", "Paris", "New Delhi", "Abuja",
      "Pretoria", "Buenos Aires", "Canberra", "Ottawa", "London", "Geneva", "Brussels", "Jakarta", "Cairo"};
  static final String[] TOPICS = {"trade talks", "fishing rights", "semiconductor exports", "grain shipments",
      "climate finance", "nuclear inspections", "debt relief", "border dispute", "vaccine supply",
      "port strike", "energy prices", "election observers", "flood relief", "rare earth mining",
      "digital taxes", "refugee resettlement"};
  static final String[] VERBS = {"met", "spoke", "negotiated", "clashed", "agreed", "talked"};
  static final String[] STANCES = {"welcomed", "criticised", "questioned", "rejected", "endorsed", "praised"};

  private final Random random;

  public SyntheticNews(long seed) {
    this.random = new Random(seed);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Article number {@code n}: 4 to 8 paragraphs of templated sentences. */
  public Article next(int n) {
    Source outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
    String topic = pick(TOPICS);
    String person = pick(PEOPLE);
    String other = pick(PEOPLE);
    String org = pick(ORGS);
    String c1 = pick(COUNTRIES);
    String c2 = pick(COUNTRIES);
    String place = pick(PLACES);
    LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(730));
    int figure = 100 + random.nextInt(99_900);
    StringBuilder text = new StringBuilder();
    text.append(person).append(" and ").append(other).append(' ').append(pick(VERBS)).append(" in ").append(place)
        .append(" on ").append(day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
        .append(" over ").append(topic).append(" between ").append(c1).append(" and ").append(c2).append('.');
    int paragraphs = 4 + random.nextInt(5);
    for (int p = 1; p < paragraphs; p++) {
      text.append("\n\n");
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          text.append(' ');
        }
        text.append(switch (random.nextInt(8)) {
          case 0 -> "\"We have made progress on " + topic + ", but much remains to be done,\" " + pick(PEOPLE) + " said.";
          case 1 -> "The " + pick(ORGS) + " " + pick(STANCES) + " the proposal, officials in " + pick(PLACES) + " said.";
          case 2 -> "According to figures from the " + org + ", about " + figure + " people were affected in " + c1 + ".";
          case 3 -> c2 + " denied that it had agreed to new terms on " + topic + ".";
          case 4 -> "Analysts said the talks on " + topic + " could resume in " + day.plusMonths(1 + random.nextInt(5)).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ".";
          case 5 -> "Officials from " + c1 + " and " + c2 + " are expected to meet again in " + pick(PLACES) + ".";
          case 6 -> pick(PEOPLE) + " " + pick(STANCES) + " the statement from " + pick(COUNTRIES) + " on " + pick(TOPICS) + ".";
          default -> "The dispute over " + topic + " has lasted " + (2 + random.nextInt(20)) + " months, with " + (1 + random.nextInt(9))
              + " rounds of talks so far.";
        });
      }
    }
    String body = text.toString();
    String title = Character.toUpperCase(topic.charAt(0)) + topic.substring(1) + ": " + c1 + " and " + c2
        + " " + pick(VERBS) + " in " + place;
    List<Entity> entities = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String[] family : List.of(PEOPLE, ORGS, COUNTRIES, PLACES)) {
      EntityType type = family == PEOPLE ? EntityType.PERSON : family == ORGS ? EntityType.ORGANIZATION
          : family == COUNTRIES ? EntityType.COUNTRY : EntityType.LOCATION;
      for (String name : family) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length())) {
          mentions.add(new Mention(name, at, at + name.length()));
        }
        if (!mentions.isEmpty() && seen.add(name)) {
          entities.add(new Entity("e" + Integer.toHexString(name.hashCode()), name, type, List.of(), mentions, List.of()));
        }
      }
    }
    String id = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(8).putLong(mixId(n)).array());
    String url = "https://news.example/" + outlet.name().toLowerCase(Locale.ROOT).replace(' ', '-') + "/" + id;
    return new Article(id, url, url, outlet.name(), title, List.of(), day.toString(), "en", List.of(), null, body,
        entities, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static long mixId(long n) {
    long z = n * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A random query: terms, phrases, OR, negation, with and without filters. */
  public QuerySpec query() {
    String topic = pick(TOPICS);
    String text = switch (random.nextInt(6)) {
      case 0 -> topic.split(" ")[0];
      case 1 -> topic;
      case 2 -> "\"" + topic + "\"";
      case 3 -> pick(TOPICS).split(" ")[0] + " OR " + pick(TOPICS).split(" ")[0];
      case 4 -> topic.split(" ")[0] + " -" + pick(COUNTRIES).split(" ")[0].toLowerCase(Locale.ROOT);
      default -> "";
    };
    List<String> outlets = random.nextInt(5) == 0 ? List.of(OUTLETS.get(random.nextInt(OUTLETS.size())).name()) : List.of();
    List<String> countries = random.nextInt(4) == 0 ? List.of(OUTLETS.get(random.nextInt(OUTLETS.size())).country()) : List.of();
    List<String> entities = random.nextInt(3) == 0 ? List.of(random.nextBoolean() ? pick(PEOPLE) : pick(COUNTRIES)) : List.of();
    String from = null;
    String to = null;
    if (random.nextInt(3) == 0) {
      LocalDate start = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(600));
      from = start.toString();
      to = start.plusDays(30 + random.nextInt(120)).toString();
    }
    return new QuerySpec(text, outlets, countries, entities, from, to);
  }

  /** One benchmark query. */
  public record QuerySpec(String text, List<String> outlets, List<String> countries, List<String> entities,
      @org.jspecify.annotations.Nullable String from, @org.jspecify.annotations.Nullable String to) {}
}
