package org.sitrep.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.sitrep.ingest.InputReader;

/**
 * One input file of the job, the unit of one task of the cleaning stage.
 *
 * @param index its place in the listing: arrival order is listing order, then record order in the file
 * @param location a local path, or a URI of a Hadoop file system ({@code hdfs://}, {@code s3a://}, ...)
 */
record InputFile(int index, String location) implements Serializable {
  public InputFile {
    Objects.requireNonNull(location, "location");
  }

  /** True when the location is on this machine's file system (no scheme, or {@code file:}). */
  boolean local() {
    return isLocal(location);
  }

  static boolean isLocal(String location) {
    int colon = location.indexOf(':');
    if (colon <= 1) { // no scheme (or a Windows drive letter)
      return true;
    }
    String scheme = location.substring(0, colon).toLowerCase(Locale.ROOT);
    return scheme.equals("file") || !scheme.matches("[a-z][a-z0-9+.-]*");
  }

  static Path localPath(String location) {
    return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
  }

  /**
   * The files under {@code inputs} in the order in-process ingest reads them: each input in turn,
   * folders walked in name order with hidden and documentation files skipped (as
   * {@link InputReader} does), a named file always kept. A missing input is kept too, so its task
   * reports it as ingest does.
   */
  static List<InputFile> list(List<String> inputs, Configuration hadoop) throws IOException {
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      if (isLocal(input)) {
        walkLocal(localPath(input), files);
      } else {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
        walkHadoop(p.getFileSystem(hadoop), p, files);
      }
    }
    List<InputFile> out = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      out.add(new InputFile(i, files.get(i)));
    }
    return out;
  }

  private static void walkLocal(Path p, List<String> out) throws IOException {
    if (!Files.isDirectory(p)) {
      out.add(p.toString());
      return;
    }
    List<Path> children;
    try (Stream<Path> list = Files.list(p)) {
      children = list.filter(c -> !InputReader.skippedInFolder(c))
          .sorted(Comparator.comparing(c -> String.valueOf(c.getFileName()))).toList();
    } catch (IOException e) {
      out.add(p.toString()); // the task reports the folder it cannot list
      return;
    }
    for (Path c : children) {
      walkLocal(c, out);
    }
  }

  private static void walkHadoop(FileSystem fs, org.apache.hadoop.fs.Path p, List<String> out) throws IOException {
    if (!fs.exists(p) || !fs.getFileStatus(p).isDirectory()) {
      out.add(p.toString());
      return;
    }
    List<FileStatus> children = new ArrayList<>(List.of(fs.listStatus(p)));
    children.sort(Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus c : children) {
      String name = c.getPath().getName();
      if (name.startsWith(".") || (!c.isDirectory() && InputReader.skippedInFolder(Path.of(name)))) {
        continue;
      }
      walkHadoop(fs, c.getPath(), out);
    }
  }
}
