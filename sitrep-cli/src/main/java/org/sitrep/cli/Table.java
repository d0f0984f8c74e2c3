package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: aligned columns under a header, each column capped at a width with long
 * values cut and marked with an ellipsis; the last column takes what is left of the line.
 */
final class Table {
  private final List<String> headers;
  private final int[] maxWidths;
  private final List<List<String>> rows = new ArrayList<>();

  /** {@code maxWidths[i]} caps column i; the last column is capped by the line width. */
  Table(List<String> headers, int... maxWidths) {
    if (headers.size() != maxWidths.length) {
      throw new IllegalArgumentException("table: " + headers.size() + " headers but " + maxWidths.length + " widths");
    }
    this.headers = List.copyOf(headers);
    this.maxWidths = maxWidths.clone();
  }

  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("table: row of " + cells.length + " cells, expected " + headers.size());
    }
    List<String> row = new ArrayList<>();
    for (Object c : cells) {
      row.add(c == null ? "" : oneLine(String.valueOf(c)));
    }
    rows.add(row);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out, int lineWidth) {
    int n = headers.size();
    int[] widths = new int[n];
    for (int i = 0; i < n; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
      widths[i] = Math.min(widths[i], maxWidths[i]);
    }
    int used = 0;
    for (int i = 0; i < n - 1; i++) {
      used += widths[i] + 2;
    }
    widths[n - 1] = Math.max(headers.get(n - 1).length(), Math.min(widths[n - 1], lineWidth - used));
    line(out, headers, widths);
    for (List<String> r : rows) {
      line(out, r, widths);
    }
    out.flush();
  }

  private static void line(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cut(cells.get(i), widths[i]);
      sb.append(c);
      if (i < cells.size() - 1) {
        sb.append(" ".repeat(widths[i] - c.length() + 2));
      }
    }
    out.println(sb.toString().stripTrailing());
  }

  static String cut(String s, int width) {
    if (s.length() <= width) {
      return s;
    }
    return width <= 1 ? s.substring(0, width) : s.substring(0, width - 1) + "…";
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** The terminal width from {@code COLUMNS}, else 120. */
  static int lineWidth() {
    String columns = System.getenv("COLUMNS");
    if (columns != null) {
      try {
        return Math.max(60, Integer.parseInt(columns.strip()));
      } catch (NumberFormatException e) {
        return 120; // a malformed COLUMNS only costs the default width
      }
    }
    return 120;
  }
}
