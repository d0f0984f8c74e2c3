package org.sitrep.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads whom a piece is credited to: syndication notes ("(EDITORIAL from Korea Times on June 21)"),
 * source lines ("Source: Yonhap News Agency", "来源:羊城晚报"), and a wire credit closing the story
 * ("... the minister said. (Reuters)"). Stateless and thread-safe.
 */
public final class CreditReader {
  private static final String ORG = "([A-Z0-9][\\p{L}\\p{N}.&’'-]*(?:\\s+(?:of|the|and|for|de|[A-Z0-9&][\\p{L}\\p{N}.&’'-]*)){0,6}?)";
  private static final Pattern SYNDICATED = Pattern.compile(
      "^\\(?\\s*(?:editorial|column|op-?ed|opinion|commentary|article|story|this (?:article|story) (?:was )?"
          + "(?:originally )?(?:published|appeared))?\\s*(?:from|in|by|via|courtesy of)\\s+(?:the\\s+)?" + ORG
          + "(?:\\s+on\\s+(.+?))?\\s*\\)?\\.?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE = Pattern.compile(
      "^(?:source|sources|courtesy|credit|syndicated from|republished from)\\s*[:：]\\s*(.+?)\\.?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern INPUTS = Pattern.compile(
      "^\\(?\\s*with (?:additional )?inputs from\\s+(.+?)\\s*\\)?\\.?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CJK_SOURCE = Pattern.compile("(?:来源|来自|稿源)\\s*[:：]\\s*(\\S+)");
  /** A source credit glued to the end of the last paragraph: "... as a whole. Source: Yonhap News Agency". */
  private static final Pattern TRAILING_SOURCE = Pattern.compile(
      "(?<=[.!?\"”’])\\s*(?:Source|Sources|Courtesy)\\s*:\\s*" + ORG + "\\.?\\s*$");
  /** A bracketed or slashed credit closing the story: "(Reuters)", "(AP)", "/Xinhua/", "-- Yonhap". */
  private static final Pattern TRAILING_WIRE = Pattern.compile(
      "(?<=[.!?\"”’])\\s*(?:\\(([A-Z][\\w.&/ -]{1,30})\\)|/([A-Z][\\w. -]{1,30})/|(?:--|—)\\s*([A-Z][\\w.&-]{1,30}))\\s*$");

  /** The organisations a credit line names, or an empty list when it is not a credit line. */
  public List<String> read(String line) {
    String s = line.strip();
    Matcher m = CJK_SOURCE.matcher(s);
    if (m.find()) {
      return List.of(m.group(1));
    }
    m = INPUTS.matcher(s);
    if (m.matches()) {
      List<String> out = new ArrayList<>();
      for (String part : m.group(1).split("\\s*(?:[,;/&]|\\band\\b)\\s*")) {
        // "agencies" names no one.
        if (!part.isBlank() && !part.strip().matches("(?i)(other )?(agencies|agency|wires?)")) {
          out.add(part.strip());
        }
      }
      return out;
    }
    m = SOURCE.matcher(s);
    if (m.matches()) {
      List<String> out = new ArrayList<>();
      for (String part : m.group(1).split("\\s*(?:[,;/]|\\band\\b)\\s*")) {
        if (!part.isBlank() && part.length() <= 60) {
          out.add(part.strip());
        }
      }
      return out;
    }
    if (s.startsWith("(") || s.toLowerCase(java.util.Locale.ROOT).matches("^(editorial|column|this article|article).*")) {
      m = SYNDICATED.matcher(s);
      if (m.matches()) {
        return List.of(m.group(1).strip());
      }
    }
    return List.of();
  }

  /** The date a syndication note gives ("on June 21"), or null. */
  public @Nullable String syndicationDate(String line) {
    Matcher m = SYNDICATED.matcher(line.strip());
    return m.matches() && line.strip().startsWith("(") ? m.group(2) : null;
  }

  /**
   * A credit closing {@code paragraph}.
   *
   * @param credit the organisation credited
   * @param start where the credit starts; the paragraph without it is {@code paragraph.substring(0, start)}
   */
  public record Trailing(String credit, int start) {}

  /** The credit at the end of the story's last paragraph, or null. */
  public @Nullable Trailing trailing(String paragraph) {
    Matcher m = TRAILING_SOURCE.matcher(paragraph);
    if (m.find()) {
      return new Trailing(m.group(1).strip(), m.start());
    }
    m = TRAILING_WIRE.matcher(paragraph);
    if (m.find()) {
      String credit = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      return new Trailing(credit.strip(), m.start());
    }
    return null;
  }
}
