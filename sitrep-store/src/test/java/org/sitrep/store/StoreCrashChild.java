package org.sitrep.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link StoreCrashIT}: adds the numbered articles 0..N-1 to the store in DIR,
 * committing every BATCH articles, and reports each commit on stdout ("committed COUNT") and the
 * end ("done ADDED"). The parent kills it mid-way.
 */
public final class StoreCrashChild {
  private StoreCrashChild() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int total = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    int added = 0;
    try (ArticleStore store = ArticleStore.open(dir)) {
      for (int i = 0; i < total; i++) {
        if (store.add(TestArticles.numbered(i), "KR") == org.sitrep.core.corpus.IngestOutcome.ADDED) {
          added++;
        }
        if ((i + 1) % batch == 0) {
          store.commit();
          out.println("committed " + store.size());
        }
      }
      store.commit();
    }
    out.println("done " + added);
  }
}
