package org.sitrep.bench.polnear;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One gold attribution relation of a PolNeAR brat file.
 *
 * @param content characters of the content span (pieces united)
 * @param source characters of the source span, empty when the relation has none
 * @param direct the content starts with a double quotation mark (a direct quote)
 */
record GoldAttribution(BitSet content, BitSet source, boolean direct, int firstOffset) {

  /** Parses the {@code E} relations of a brat {@code .ann} file, resolving their spans. */
  static List<GoldAttribution> parse(String ann) {
    Map<String, List<int[]>> spans = new HashMap<>();
    Map<String, String> surface = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : ann.split("\n")) {
      if (line.startsWith("T")) {
        String[] f = line.split("\t", 3);
        if (f.length < 2) {
          continue;
        }
        String[] typeAndSpans = f[1].split(" ", 2);
        List<int[]> pieces = new ArrayList<>();
        for (String piece : typeAndSpans[1].split(";")) {
          String[] be = piece.trim().split(" ");
          pieces.add(new int[] {Integer.parseInt(be[0]), Integer.parseInt(be[1])});
        }
        spans.put(f[0], pieces);
        surface.put(f[0], f.length > 2 ? f[2] : "");
      } else if (line.startsWith("E")) {
        relations.add(line.split("\t", 2)[1].trim().split("\\s+"));
      }
    }
    List<GoldAttribution> out = new ArrayList<>();
    for (String[] rel : relations) {
      String content = null;
      String source = null;
      for (String arg : rel) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = arg.substring(0, colon);
        String id = arg.substring(colon + 1);
        if (role.equals("Content")) {
          content = id;
        } else if (role.equals("Source")) {
          source = id;
        }
      }
      if (content == null || !spans.containsKey(content)) {
        continue;
      }
      BitSet c = bits(spans.get(content));
      BitSet s = source == null || !spans.containsKey(source) ? new BitSet() : bits(spans.get(source));
      String text = surface.getOrDefault(content, "").stripLeading();
      boolean direct = text.startsWith("\"") || text.startsWith("“");
      out.add(new GoldAttribution(c, s, direct, c.nextSetBit(0)));
    }
    out.sort((a, b) -> Integer.compare(a.firstOffset, b.firstOffset));
    return out;
  }

  private static BitSet bits(List<int[]> pieces) {
    BitSet b = new BitSet();
    for (int[] p : pieces) {
      b.set(p[0], p[1]);
    }
    return b;
  }
}
