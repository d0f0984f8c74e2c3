package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.core.corpus.ClaimRef;
import org.sitrep.core.corpus.Comparison;
import org.sitrep.core.corpus.Perspective;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sitrep compare STORY}: how the outlets of each country cover one story. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compares the coverage of one story country by country: outlets, speakers, claims carried and omitted, framing, tone.")
public final class CompareCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CorpusOptions options = new CorpusOptions();

  @Parameters(index = "0", paramLabel = "STORY", description = "Story id (see ./sitrep stories).")
  String story = "";

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    return CorpusReader.read(spec, options, engine -> {
      Optional<Comparison> comparison = engine.corpus().compare(story);
      if (comparison.isEmpty()) {
        return CorpusReader.unknownStory(spec, story);
      }
      Comparison c = comparison.get();
      if (options.json()) {
        CorpusReader.printJson(out, c);
        return ExitCodes.OK;
      }
      int width = Table.lineWidth();
      out.println("story " + c.story() + ": " + c.perspectives().size() + " perspectives");
      for (Perspective p : c.perspectives()) {
        out.println();
        out.println("== " + p.country() + " (" + String.join(", ", p.outlets()) + ")");
        field(out, "speakers", CorpusReader.join(p.quotedSpeakers(), 8), width);
        for (ClaimRef claim : p.claims()) {
          field(out, "carries", claim.text(), width);
        }
        for (ClaimRef claim : p.omits()) {
          field(out, "omits", claim.text(), width);
        }
        field(out, "framing", String.join(", ", p.framing()), width);
        field(out, "tone", p.tone().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + " " + String.format(java.util.Locale.ROOT, "%+.2f", e.getValue()))
            .collect(Collectors.joining(", ")), width);
      }
      out.flush();
      return ExitCodes.OK;
    });
  }

  private static void field(PrintWriter out, String name, String value, int width) {
    if (value.isBlank()) {
      return;
    }
    String label = String.format(java.util.Locale.ROOT, "   %-9s ", name);
    out.println(label + Table.cut(Table.oneLine(value), Math.max(20, width - label.length())));
  }
}
