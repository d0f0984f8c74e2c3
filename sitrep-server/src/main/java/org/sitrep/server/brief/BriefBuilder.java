package org.sitrep.server.brief;

import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.ClaimRef;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.Comparison;
import org.sitrep.core.corpus.Perspective;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Quantity;
import org.sitrep.server.story.Sentences;
import org.sitrep.server.story.StoryQuote;
import org.sitrep.server.story.StoryReader;

/**
 * Builds the brief of a story from the corpus: what happened (the timeline), who said what (quotes),
 * what is contested (disputed or denied claims, differing figures) and how each country's outlets
 * frame it. A statement without a source is left out rather than printed unsourced. Thread-safe.
 */
public final class BriefBuilder {
  /** At most this many footnotes per statement (the first sources; the UI lists them all). */
  static final int MAX_NOTES = 4;
  static final int MAX_QUOTES = 15;
  static final int MAX_EVENTS = 60;

  private final StoryReader reader;

  public BriefBuilder(StoryReader reader) {
    this.reader = java.util.Objects.requireNonNull(reader, "reader");
  }

  /** The brief of {@code storyId}, or empty when there is no such story. */
  public Optional<Brief> build(String storyId) throws IOException {
    Optional<StorySummary> found = reader.story(storyId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StorySummary story = found.get();
    Map<String, Article> articles = new LinkedHashMap<>();
    for (Article a : reader.articles(story)) {
      articles.put(a.id(), a);
    }
    Notes notes = new Notes(articles, reader);
    List<Brief.Section> sections = new ArrayList<>();

    List<Brief.Statement> happened = new ArrayList<>();
    List<TimelineItem> timeline = reader.corpus().timeline(story.id());
    for (TimelineItem item : timeline) {
      if (happened.size() >= MAX_EVENTS) {
        break;
      }
      List<Integer> n = notes.cite(item.sources());
      String date = item.date() == null ? "undated" : item.date();
      // Two events read from one sentence (summoned ... to protest) are one line of the brief.
      boolean repeated = happened.stream().anyMatch(st -> date.equals(st.lead()) && st.notes().equals(n));
      if (!n.isEmpty() && !repeated) {
        happened.add(new Brief.Statement(date, item.text().strip(), n));
      }
    }
    sections.add(new Brief.Section("What happened",
        timeline.size() > MAX_EVENTS ? "The first " + MAX_EVENTS + " of " + timeline.size() + " events." : null,
        happened, List.of()));

    List<Brief.Statement> said = new ArrayList<>();
    for (StoryQuote q : reader.quotes(story)) {
      if (said.size() >= MAX_QUOTES) {
        break;
      }
      List<Integer> n = notes.cite(q.sources());
      if (n.isEmpty()) {
        continue;
      }
      String speaker = q.speaker() == null ? "Unattributed" : q.speaker();
      if (q.speakerRole() != null && !q.speakerRole().isBlank()) {
        speaker = speaker + " (" + q.speakerRole() + ")";
      }
      said.add(new Brief.Statement(speaker, quoted(q.text()), n));
    }
    sections.add(new Brief.Section("Who said what", null, said, List.of()));

    List<ClaimSummary> claims = reader.corpus().claims(story.id());
    Map<String, ClaimSummary> claimById = new HashMap<>();
    List<Brief.Statement> contested = new ArrayList<>();
    for (ClaimSummary c : claims) {
      claimById.put(c.id(), c);
      boolean isContested = c.contested() || !c.deniedBy().isEmpty()
          || c.status().equals("disputed") || c.status().equals("denied");
      if (!isContested) {
        continue;
      }
      List<Integer> n = notes.cite(c.sources());
      if (n.isEmpty()) {
        continue;
      }
      StringBuilder text = new StringBuilder(c.text().strip());
      text.append(" \u2014 status: ").append(c.status());
      if (c.claimant() != null) {
        text.append("; claimed by ").append(c.claimant());
      }
      if (!c.deniedBy().isEmpty()) {
        text.append("; denied by ").append(String.join(", ", c.deniedBy()));
      }
      if (!c.corroboratedBy().isEmpty()) {
        text.append("; carried by ").append(String.join(", ", c.corroboratedBy()));
      }
      text.append('.');
      contested.add(new Brief.Statement(null, text.toString(), n));
    }
    contested.addAll(differingFigures(articles, notes));
    sections.add(new Brief.Section("What is contested",
        contested.isEmpty() ? "No claim in this story is disputed or denied in the sources." : null,
        contested, List.of()));

    List<Brief.Section> countries = new ArrayList<>();
    Optional<Comparison> comparison = reader.corpus().compare(story.id());
    if (comparison.isPresent()) {
      List<StoryQuote> quotes = reader.quotes(story);
      for (Perspective p : comparison.get().perspectives()) {
        countries.add(perspective(p, articles, quotes, claimById, notes));
      }
    }
    sections.add(new Brief.Section("How each country's outlets frame it",
        countries.isEmpty() ? "No country comparison is available for this story." : null, List.of(), countries));

    String overview = overview(story);
    return Optional.of(new Brief(story.id(), story.title(), overview, sections, notes.footnotes));
  }

  /**
   * A quote in curly quotes, without the comma that hands a quote over to its attribution
   * ("... document," Putin said): the brief sets the speaker before the words.
   */
  static String quoted(String text) {
    String t = text.strip();
    if (t.endsWith(",")) {
      t = t.substring(0, t.length() - 1).stripTrailing();
    }
    return "\u201c" + t + "\u201d";
  }

  private Brief.Section perspective(Perspective p, Map<String, Article> articles, List<StoryQuote> quotes,
      Map<String, ClaimSummary> claims, Notes notes) {
    Set<String> outlets = new LinkedHashSet<>(p.outlets());
    List<Brief.Statement> statements = new ArrayList<>();
    for (String speaker : p.quotedSpeakers()) {
      for (StoryQuote q : quotes) {
        if (speaker.equals(q.speaker())) {
          List<Integer> n = notes.cite(inOutlets(q.sources(), outlets));
          if (!n.isEmpty()) {
            statements.add(new Brief.Statement("Quotes " + speaker, quoted(q.text()), n));
            break;
          }
        }
      }
    }
    for (ClaimRef ref : p.claims()) {
      ClaimSummary c = claims.get(ref.id());
      List<Integer> n = c == null ? List.of() : notes.cite(inOutlets(c.sources(), outlets));
      if (!n.isEmpty()) {
        statements.add(new Brief.Statement("Reports", ref.text().strip(), n));
      }
    }
    for (ClaimRef ref : p.omits()) {
      ClaimSummary c = claims.get(ref.id());
      List<Integer> n = c == null ? List.of() : notes.cite(c.sources());
      if (!n.isEmpty()) {
        statements.add(new Brief.Statement("Leaves out", ref.text().strip() + " (reported elsewhere)", n));
      }
    }
    if (!p.framing().isEmpty()) {
      List<SourceRef> uses = new ArrayList<>();
      for (String term : p.framing()) {
        SourceRef use = firstUse(term, articles, outlets);
        if (use != null) {
          uses.add(use);
        }
      }
      List<Integer> n = notes.cite(uses);
      if (!n.isEmpty()) {
        StringBuilder text = new StringBuilder(String.join(", ", p.framing()));
        if (!p.tone().isEmpty()) {
          text.append("; tone: ");
          List<String> parts = new ArrayList<>();
          new TreeMap<>(p.tone()).forEach((actor, score) -> parts.add(actor + " " + signed(score)));
          text.append(String.join(", ", parts));
        }
        statements.add(new Brief.Statement("Framing", text.toString(), n));
      }
    }
    String heading = countryName(p.country()) + " \u2014 " + String.join(", ", p.outlets());
    return new Brief.Section(heading, statements.isEmpty() ? "Nothing sourced to compare." : null, statements,
        List.of());
  }

  private static List<Brief.Statement> differingFigures(Map<String, Article> articles, Notes notes) {
    Map<String, Map<Double, SourceRef>> byUnit = new TreeMap<>();
    for (Article a : articles.values()) {
      for (Quantity q : a.quantities()) {
        if (q.unit() == null || q.unit().isBlank() || q.value() < 100) {
          continue;
        }
        String unit = q.unit().toLowerCase(Locale.ROOT).strip();
        byUnit.computeIfAbsent(unit, u -> new TreeMap<>())
            .putIfAbsent(q.value(), new SourceRef(a.id(), a.outlet(), q.start(), q.end()));
      }
    }
    List<Brief.Statement> out = new ArrayList<>();
    DecimalFormat fmt = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    for (Map.Entry<String, Map<Double, SourceRef>> e : byUnit.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      List<SourceRef> refs = new ArrayList<>();
      e.getValue().forEach((value, ref) -> {
        parts.add(fmt.format(value) + " (" + (ref.outlet() == null ? "unknown outlet" : ref.outlet()) + ")");
        refs.add(ref);
      });
      List<Integer> n = notes.citeAll(refs);
      if (!n.isEmpty()) {
        out.add(new Brief.Statement("Figures differ", "The number of " + e.getKey() + " is given as "
            + String.join(", ", parts) + ".", n));
      }
    }
    return out;
  }

  private static @Nullable SourceRef firstUse(String term, Map<String, Article> articles, Set<String> outlets) {
    String needle = term.toLowerCase(Locale.ROOT);
    for (Article a : articles.values()) {
      if (a.outlet() == null || !outlets.contains(a.outlet())) {
        continue;
      }
      int at = a.text().toLowerCase(Locale.ROOT).indexOf(needle);
      if (at >= 0) {
        return new SourceRef(a.id(), a.outlet(), at, at + needle.length());
      }
    }
    return null;
  }

  private static List<SourceRef> inOutlets(List<SourceRef> sources, Set<String> outlets) {
    return sources.stream().filter(s -> s.outlet() != null && outlets.contains(s.outlet())).toList();
  }

  private static String overview(StorySummary s) {
    StringBuilder b = new StringBuilder();
    b.append(s.articles().size()).append(s.articles().size() == 1 ? " article" : " articles");
    b.append(" from ").append(s.outlets().size()).append(s.outlets().size() == 1 ? " outlet" : " outlets");
    if (!s.countries().isEmpty()) {
      b.append(" in ").append(String.join(", ", s.countries().stream().map(BriefBuilder::countryName).toList()));
    }
    if (s.first() != null) {
      b.append(", ").append(s.first());
      if (s.last() != null && !s.last().equals(s.first())) {
        b.append(" to ").append(s.last());
      }
    }
    b.append("; ").append(s.independentSources()).append(" independent ")
        .append(s.independentSources() == 1 ? "source" : "sources").append('.');
    return b.toString();
  }

  /** "South Korea (KR)" for "KR"; the code itself when unknown. */
  static String countryName(@Nullable String code) {
    if (code == null || code.equals(StoryReader.UNKNOWN_COUNTRY)) {
      return "Country unknown";
    }
    String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
  }

  private static String signed(double v) {
    return String.format(Locale.ROOT, "%+.2f", v);
  }

  /** Numbers footnotes in order of first citation; the same span cited twice keeps one number. */
  private static final class Notes {
    private final Map<String, Article> articles;
    private final StoryReader reader;
    private final Map<String, Integer> numbers = new HashMap<>();
    final List<Brief.Footnote> footnotes = new ArrayList<>();

    Notes(Map<String, Article> articles, StoryReader reader) {
      this.articles = articles;
      this.reader = reader;
    }

    List<Integer> cite(List<SourceRef> sources) {
      return cite(sources, MAX_NOTES);
    }

    List<Integer> citeAll(List<SourceRef> sources) {
      return cite(sources, Integer.MAX_VALUE);
    }

    private List<Integer> cite(List<SourceRef> sources, int max) {
      List<Integer> out = new ArrayList<>();
      for (SourceRef s : sources) {
        if (out.size() >= max) {
          break;
        }
        Integer n = number(s);
        if (n != null && !out.contains(n)) {
          out.add(n);
        }
      }
      return out;
    }

    private @Nullable Integer number(SourceRef s) {
      Article a = articles.get(s.article());
      if (a == null || s.end() > a.text().length()) {
        return null;
      }
      int[] span = Sentences.enclosing(a.text(), s.start(), s.end());
      String key = a.id() + ":" + span[0] + ":" + span[1];
      Integer existing = numbers.get(key);
      if (existing != null) {
        return existing;
      }
      int n = footnotes.size() + 1;
      numbers.put(key, n);
      String country;
      try {
        country = reader.country(a.outlet());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("brief: cannot read outlet " + a.outlet(), e);
      }
      footnotes.add(new Brief.Footnote(n, a.id(), a.outlet(), country, a.published(), a.title(), span[0], span[1],
          a.text().substring(span[0], span[1]).strip()));
      return n;
    }
  }
}
