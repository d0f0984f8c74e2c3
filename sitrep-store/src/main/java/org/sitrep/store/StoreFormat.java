package org.sitrep.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The on-disk format version of a store folder, kept in its {@code FORMAT} file (and in every
 * index commit's user data). A newer version is refused, never read; an unversioned folder is
 * refused rather than guessed at.
 *
 * <ul>
 *   <li>1: articles only; the corpus analysis was recomputed from all articles into
 *       {@code snapshot.json}.
 *   <li>2: articles with their corpus fields (reprint bands, copy group, story, corpus entities)
 *       and the corpus records (stories, entities) in the same index, updated batch by batch. A
 *       format 1 store is migrated when a writer opens it ({@code ingest}, {@code watch},
 *       {@code serve --watch}, {@code rebuild}): the corpus state is rebuilt from its articles in
 *       arrival order, then the version becomes 2; until then readers are told to run
 *       {@code ./sitrep rebuild}.
 *   <li>3: story records of a bounded size (the newest article ids and a count; origins counted per
 *       copy group, with a record per group of several copies), each article's own origin stored
 *       with it, and the full-text fields per language (title and text for English and the default,
 *       {@code title.zh}/{@code text.zh}, {@code .ko}, {@code .ru}; see {@link TextLanguages}).
 *       A format 1 or 2 store is migrated by its first writer as above: the rebuild rewrites every
 *       article's document from its stored JSON, which gives it the new fields and records.
 * </ul>
 */
public final class StoreFormat {
  /** The version this code reads and writes. */
  public static final int CURRENT = 3;

  /** The oldest version a writer migrates. */
  public static final int MIGRATES_FROM = 1;

  /** The name of the version file in the store folder. */
  public static final String FILE = "FORMAT";

  private static final String PREFIX = "sitrep-store ";

  private StoreFormat() {}

  /**
   * Checks the folder: returns normally for a current store or an empty/new folder (writing the
   * version file when {@code create}), throws {@link StoreException} otherwise.
   */
  static int check(Path dir, boolean create) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.exists(file)) {
      // a process creating the store writes FORMAT before its index: look again once the index shows
      if (Files.isDirectory(dir.resolve(ArticleStore.INDEX_DIR)) && !Files.exists(file)) {
        throw new StoreException("store " + dir + ": index found but no " + FILE
            + " file; expected format " + CURRENT + ", found an unversioned store (refusing to"
            + " touch it; move it aside and run ./sitrep ingest again)");
      }
      if (create) {
        write(dir, CURRENT);
      }
      return CURRENT;
    }
    int found = read(file);
    if (found > CURRENT) {
      throw new StoreException("store " + dir + " was written by a newer Sitrep (format " + found
          + "); this version reads format " + CURRENT + ". Upgrade Sitrep or use another --data folder.");
    }
    if (found < MIGRATES_FROM) {
      throw new StoreException("store " + dir + " has the old format " + found
          + "; this version reads format " + CURRENT + " and has no migration for it."
          + " Move it aside and run ./sitrep ingest again.");
    }
    if (found < CURRENT && !create) {
      throw new StoreException("store " + dir + " has format " + found + " (" + whatIsMissing(found) + ");"
          + " this version reads format " + CURRENT + ". Migrate it once with ./sitrep rebuild --data " + dir
          + " (or any ingest into it); the articles are kept.");
    }
    return found;
  }

  /** What a store of an older version lacks, for the message that asks to migrate it. */
  private static String whatIsMissing(int version) {
    return version < 2 ? "articles without corpus state"
        : "story records listing every article, full-text fields without per-language analysis";
  }

  /** Whether a writer migrates a store whose index commit names this version. */
  static boolean migrates(String version) {
    try {
      int v = Integer.parseInt(version);
      return v >= MIGRATES_FROM && v < CURRENT;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Writes the version file atomically: a temporary file of this writer's own (two processes
   * creating one store at once each write theirs), then a rename over the old one.
   */
  static void write(Path dir, int version) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, FILE + ".", ".tmp");
    try {
      Files.writeString(tmp, PREFIX + version + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static int read(Path file) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (!content.startsWith(PREFIX)) {
      throw new StoreException(file + ": expected '" + PREFIX + "<version>', found '"
          + abbreviate(content) + "'");
    }
    try {
      return Integer.parseInt(content.substring(PREFIX.length()).strip());
    } catch (NumberFormatException e) {
      throw new StoreException(file + ": expected a version number, found '" + abbreviate(content) + "'", e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
