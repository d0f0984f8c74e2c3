package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.ArticleStore;
import picocli.CommandLine;

class CorpusReaderTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run printList(String format, List<String> items, String story) throws Exception {
    Path data = dir.resolve("data");
    ArticleStore.open(data).close();
    CommandLine cl = new CommandLine(new StoriesCommand());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    CorpusOptions options = new CorpusOptions();
    options.data = data;
    options.format = CorpusOptions.Format.valueOf(format);
    int exit = CorpusReader.printList(cl.getCommandSpec(), options, story, engine -> items,
        (engine, list) -> list, "words", new Table(List.of("WORD", "LENGTH"), 10, 10),
        (Table t, String w) -> t.row(w, w.length()));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void aListPrintsAsACountedTableOrAsJson() throws Exception {
    Run table = printList("TABLE", List.of("alpha", "be"), null);
    assertThat(table.exit()).isEqualTo(ExitCodes.OK);
    assertThat(table.out()).isEqualTo("2 words\nWORD   LENGTH\nalpha  5\nbe     2\n");
    Run json = printList("JSON", List.of("alpha"), null);
    assertThat(json.out().strip()).isEqualTo("[ \"alpha\" ]");
  }

  @Test
  void anUnknownStoryIsAUsageErrorBeforeAnythingIsPrinted() throws Exception {
    Run r = printList("TABLE", List.of("alpha"), "s-none");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("no story 's-none'");
  }
}
