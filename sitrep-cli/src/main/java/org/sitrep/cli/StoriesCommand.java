package org.sitrep.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.model.Article;
import org.sitrep.engine.Engine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sitrep stories}: the stories of the corpus, largest first as the analysis orders them. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Lists the stories (clusters of articles about one thing) in the corpus.")
public final class StoriesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CorpusOptions options = new CorpusOptions();

  @Override
  public Integer call() throws IOException {
    return CorpusReader.printList(spec, options, null, engine -> engine.corpus().stories(),
        (engine, stories) -> {
          List<StoryItem> items = new ArrayList<>();
          for (StorySummary s : stories) {
            items.add(item(engine, s));
          }
          return items;
        }, "stories",
        new Table(List.of("ID", "ARTICLES", "OUTLETS", "COUNTRIES", "FIRST", "LAST", "TITLE"), 16, 8, 30, 14, 10, 10, 200),
        (Table t, StorySummary s) -> t.row(s.id(), s.articles().size(), CorpusReader.join(s.outlets(), 3),
            String.join(",", s.countries()), day(s.first()), day(s.last()), s.title()));
  }

  /**
   * A story as printed: the contract's fields plus {@code sources}, the lead sentence of each of
   * its articles, so a story, like every fact, points at text.
   */
  record StoryItem(String id, String title, List<String> articles, List<String> outlets,
      List<String> countries, @org.jspecify.annotations.Nullable String first,
      @org.jspecify.annotations.Nullable String last, int independentSources, List<SourceRef> sources) {}

  static StoryItem item(Engine engine, StorySummary s) throws IOException {
    List<SourceRef> sources = new ArrayList<>();
    for (String id : s.articles()) {
      Optional<Article> a = engine.corpus().article(id);
      if (a.isPresent()) {
        sources.add(new SourceRef(id, a.get().outlet(), 0, leadEnd(a.get().text())));
      }
    }
    return new StoryItem(s.id(), s.title(), s.articles(), s.outlets(), s.countries(), s.first(), s.last(),
        s.independentSources(), sources);
  }

  /** End of the first sentence (or paragraph) of a text. */
  static int leadEnd(String text) {
    int para = text.indexOf("\n\n");
    int limit = para < 0 ? text.length() : para;
    for (int i = 0; i < limit - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    return limit;
  }

  static String day(@org.jspecify.annotations.Nullable String iso) {
    if (iso == null) {
      return "";
    }
    return iso.length() > 10 ? iso.substring(0, 10) : iso;
  }
}
