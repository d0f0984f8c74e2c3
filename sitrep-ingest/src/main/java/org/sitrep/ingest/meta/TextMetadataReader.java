package org.sitrep.ingest.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Dateline;
import org.sitrep.ingest.text.BoilerplateFamily;
import org.sitrep.ingest.text.BoilerplateVocabulary;
import org.sitrep.ingest.text.DumpLayout;
import org.sitrep.ingest.text.TextShape;

/**
 * Reads title, bylines, dates, credits, outlet and dateline from the parts of a page around its story.
 * Header lines are classed one by one (furniture, byline, date, credit, name, headline); the headline is
 * the headline-shaped line nearest the story, the outlet the short line above it. Stateless and
 * thread-safe.
 */
public final class TextMetadataReader {
  private static final Pattern DATE_LABEL = Pattern.compile(
      "(?i)(published|posted|first published|date|发表时间|发布时间|时间|日期|更新时间|updated|last updated)\\s*(on)?\\s*[:：]?");
  private static final Pattern UPDATED = Pattern.compile("(?i)updated|更新");
  private static final Pattern LINK = Pattern.compile("https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\w+");

  private final BoilerplateVocabulary vocabulary = new BoilerplateVocabulary();
  private final BylineReader bylines = new BylineReader();
  private final CreditReader creditReader = new CreditReader();
  private final DateFinder dates = new DateFinder();
  private final DatelineReader datelines = new DatelineReader();
  private final OutletNamer outlets = new OutletNamer();

  /**
   * Reads the metadata of one page.
   *
   * @param layout the page split around its story
   * @param anchor the publication date supplied with the page, used to complete dates without a year
   * @param url the page's URL, when known, for the outlet's name
   */
  public TextMetadata read(DumpLayout layout, @Nullable LocalDate anchor, @Nullable String url) {
    List<String> header = layout.header();
    List<String> trailer = layout.trailer();
    boolean latin = latin(layout.body());
    Set<String> authors = new LinkedHashSet<>();
    Set<String> credits = new LinkedHashSet<>();
    DateMention published = null;
    DateMention weakDate = null;
    int publishedRank = 0;

    // Lines that are furniture, bylines, dates or credits are not headline or outlet candidates.
    boolean[] used = new boolean[header.size()];
    List<String> nameLines = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String line = header.get(i);
      List<String> byline = bylines.read(line);
      List<String> credit = creditReader.read(line);
      BoilerplateFamily family = vocabulary.classify(line);
      authors.addAll(byline);
      credits.addAll(credit);
      if (creditReader.syndicationDate(line) != null && weakDate == null) {
        weakDate = dates.first(creditReader.syndicationDate(line));
      }
      DateMention date = dates.first(line);
      boolean labelled = DATE_LABEL.matcher(line).find() || BoilerplateVocabulary.metadataLine(line);
      if (date != null && (labelled || dateLine(line, date) || !byline.isEmpty())) {
        // Publication labels beat bare dates, which beat "Updated"; a full date beats one without year.
        int rank = !labelled ? 2 : UPDATED.matcher(line).find() ? 1 : 3;
        if (published == null || rank > publishedRank
            || (rank == publishedRank && date.complete() && !published.complete())) {
          published = date;
          publishedRank = rank;
        }
        used[i] = true;
      }
      if (!byline.isEmpty() || !credit.isEmpty() || family != null) {
        used[i] = true;
      }
      String linked = bylines.nameBeforeLink(line);
      if (linked != null) {
        nameLines.add(linked);
        used[i] = true;
      } else if (bylines.nameLine(line)) {
        nameLines.add(line.strip());
      }
    }
    // A name printed twice (author box: name, then name with a link) or again below the story is a byline.
    List<String> trailerNames = trailerAuthors(trailer);
    for (int i = 0; i < header.size(); i++) {
      String line = header.get(i).strip();
      if (bylines.nameLine(line)
          && (nameLines.stream().filter(line::equals).count() >= 2 || trailerNames.contains(line))) {
        authors.add(line);
        used[i] = true;
      }
    }
    for (String name : trailerNames) {
      if (authors.stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
        continue;
      }
      // A name with a contact line below the story is the author even when the header has no byline.
      authors.add(name);
    }
    List<String> below = new ArrayList<>(trailer);
    below.addAll(layout.dropped());
    for (String line : trailer) {
      authors.addAll(bylines.read(line));
    }
    for (String line : below) {
      if (BoilerplateVocabulary.legalNotice(line)) {
        // "凡本网注明“来源：…”的所有作品" quotes a credit form; it credits nobody
        continue;
      }
      credits.addAll(creditReader.read(line));
      // "(EDITORIAL from Korea Times on June 21)" below the story dates the piece as well as credits it
      String syndicated = creditReader.syndicationDate(line);
      if (syndicated != null && weakDate == null) {
        weakDate = dates.first(syndicated);
      }
    }

    int titleIndex = -1;
    for (int i = header.size() - 1; i >= 0; i--) {
      if (!used[i] && titleShaped(header.get(i), latin)) {
        titleIndex = i;
        break;
      }
    }
    String title = titleIndex >= 0 ? header.get(titleIndex).strip() : null;
    String outlet = null;
    int limit = titleIndex >= 0 ? titleIndex : header.size();
    for (int i = 0; i < limit; i++) {
      String line = header.get(i);
      if (!used[i] && TextShape.words(line) <= 6 && !TextShape.endsSentence(line) && !LINK.matcher(line).find()) {
        outlet = siteName(line, latin);
        break;
      }
    }
    if (outlet == null) {
      List<String> around = new ArrayList<>(header);
      around.addAll(trailer);
      String host = outlets.host(url);
      if (host == null) {
        host = outlets.hostIn(around);
      }
      if (host != null) {
        outlet = outlets.name(host, around);
      }
    }

    List<String> body = new ArrayList<>(layout.body());
    Dateline dateline = null;
    if (body.size() > 1 && datelines.read(body.getFirst()) == null && datelines.read(body.get(1)) != null
        && headlineOverDateline(body.getFirst())) {
      // "SOCCER - LATE GOAL WINS IT" over "LONDON 1996-12-06": the first line is the headline.
      String headline = body.removeFirst().strip();
      if (title == null) {
        title = headline;
      }
    }
    if (!body.isEmpty()) {
      DatelineReader.Found found = datelines.read(body.getFirst());
      if (found != null) {
        DateMention date = found.date() == null ? null : found.date().completedFrom(anchor(published, anchor));
        dateline = new Dateline(found.place(), date == null ? null : date.value());
        if (found.agency() != null) {
          credits.add(found.agency());
        }
        if (date != null && published == null) {
          weakDate = weakDate == null ? date : weakDate;
        }
        if (TextShape.words(body.getFirst().substring(found.end())) <= 2) {
          // A dateline on a line of its own is header matter.
          body.removeFirst();
        }
      }
    }
    if (!body.isEmpty()) {
      String last = body.getLast();
      CreditReader.Trailing trailing = creditReader.trailing(last);
      if (trailing != null) {
        credits.add(trailing.credit());
        String rest = last.substring(0, trailing.start()).strip();
        body.removeLast();
        if (!rest.isEmpty()) {
          body.add(rest);
        }
      }
    }
    // Credits in an English story name outlets in English; a native-script duplicate adds nothing.
    List<String> creditList = new ArrayList<>(credits);
    if (latin && creditList.stream().anyMatch(c -> TextShape.cjkRatio(c) == 0)) {
      creditList.removeIf(c -> TextShape.cjkRatio(c) > 0);
    }
    creditList.removeIf(String::isBlank);

    String publishedIso = null;
    DateMention partial = null;
    DateMention chosen = published != null ? published : weakDate;
    if (chosen != null) {
      DateMention completed = chosen.completedFrom(anchor);
      publishedIso = completed.iso();
      partial = completed.complete() ? null : completed;
    }
    return new TextMetadata(title, new ArrayList<>(authors), publishedIso, partial, outlet, creditList, dateline, body);
  }

  /** A line that can sit above a dateline as its headline: short, and no sentence before its end. */
  private static boolean headlineOverDateline(String line) {
    String s = line.strip();
    int words = TextShape.words(s);
    return words >= 1 && words <= 20 && TextShape.sentenceEnds(s.substring(0, Math.max(0, s.length() - 1))) == 0;
  }

  private static @Nullable LocalDate anchor(@Nullable DateMention published, @Nullable LocalDate anchor) {
    if (published != null && published.iso() != null) {
      return LocalDate.of(published.year(), published.month(), published.day());
    }
    return anchor;
  }

  /** Names of authors below the story: a name line followed by an e-mail or contact line. */
  private List<String> trailerAuthors(List<String> trailer) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < trailer.size() && i < 6; i++) {
      String line = trailer.get(i).strip();
      if (bylines.nameLine(line) && vocabulary.classify(line) == null
          && vocabulary.classify(trailer.get(i + 1)) == BoilerplateFamily.CONTACT) {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean dateLine(String line, DateMention date) {
    int rest = TextShape.words(line.substring(0, date.start()) + " " + line.substring(date.end()));
    return rest <= 3;
  }

  private boolean titleShaped(String line, boolean latin) {
    String s = line.strip();
    int words = TextShape.words(s);
    if (words < 3 || words > 30 || s.endsWith(".") || s.endsWith(",") || LINK.matcher(s).find()) {
      return false;
    }
    if (latin && TextShape.cjkRatio(s) > 0) {
      return false;
    }
    if (bylines.nameLine(s)) {
      return false;
    }
    // A menu: short items between separators ("Home | World | Business").
    return s.split("\\s[|•·/]\\s").length < 3;
  }

  /** The site's name from its header line; in an English page, the English part of a bilingual name. */
  private static String siteName(String line, boolean latin) {
    String s = line.strip();
    if (latin && TextShape.cjkRatio(s) > 0) {
      StringBuilder sb = new StringBuilder();
      for (String token : s.split("\\s+")) {
        if (TextShape.cjkRatio(token) == 0) {
          sb.append(sb.isEmpty() ? "" : " ").append(token);
        }
      }
      if (!sb.isEmpty()) {
        return sb.toString();
      }
    }
    return s;
  }

  private static boolean latin(List<String> body) {
    long latin = 0;
    long cjk = 0;
    for (String p : body) {
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (TextShape.isCjk(c)) {
          cjk++;
        } else if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
            : Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
    }
    return latin > cjk * 3;
  }
}
