package org.sitrep.ingest.meta;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names an outlet from a web host: "frontierindia.com" becomes "Frontier India" when the page spells
 * those words somewhere, else the bare host. Stateless and thread-safe.
 */
public final class OutletNamer {
  private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.)[\\w.-]+|[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)");
  private static final Pattern PREFIXES = Pattern.compile("^(?:www\\d?|m|amp|mobile|news|english|en)\\.");

  /** The host of {@code url} without "www.", or null when it has none. */
  public @Nullable String host(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : PREFIXES.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("");
    } catch (IllegalArgumentException e) {
      // Not a URL we can parse: no host to name the outlet by.
      return null;
    }
  }

  /** The first web host named in {@code lines} by a link or an e-mail address, or null. */
  public @Nullable String hostIn(List<String> lines) {
    for (String line : lines) {
      Matcher m = LINK.matcher(line);
      if (m.find()) {
        String host = m.group(1) != null ? m.group(1) : m.group().replaceFirst("^https?://", "");
        return PREFIXES.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("");
      }
    }
    return null;
  }

  /** The words of {@code lines} that spell {@code host}'s name, or the host itself. */
  public String name(String host, List<String> lines) {
    String label = host.contains(".") ? host.substring(0, host.lastIndexOf('.')) : host;
    if (label.contains(".")) {
      label = label.substring(label.lastIndexOf('.') + 1);
    }
    label = label.replaceAll("[^a-z0-9]", "");
    if (label.length() < 3) {
      return host;
    }
    for (String line : lines) {
      String[] words = line.strip().split("\\s+");
      for (int i = 0; i < words.length; i++) {
        StringBuilder letters = new StringBuilder();
        for (int j = i; j < words.length && j < i + 6; j++) {
          letters.append(words[j].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
          if (letters.toString().equals(label) && Character.isUpperCase(words[i].charAt(0))) {
            return String.join(" ", java.util.Arrays.copyOfRange(words, i, j + 1)).replaceAll("https?://\\S*$", "");
          }
          if (!label.startsWith(letters.toString())) {
            break;
          }
        }
      }
    }
    return host;
  }
}
