package org.sitrep.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which {@code Host} header values the server answers. A page on another site can make a browser
 * send requests to a loopback server under its own name (DNS rebinding) and read the answers; the
 * browser then sends that name as {@code Host}. So only names the server is known by are accepted:
 * {@code localhost}, any IP literal (a rebinding page never has one as its origin), the address it
 * was started on, and, when it listens on every interface, this machine's own name.
 */
final class HostCheck {
  private final Set<String> names = new LinkedHashSet<>();

  HostCheck(String bound) {
    names.add("localhost");
    String b = bare(bound);
    if (!b.isEmpty()) {
      names.add(b);
    }
    if (isWildcard(b)) {
      try {
        InetAddress local = InetAddress.getLocalHost();
        names.add(local.getHostName().toLowerCase(Locale.ROOT));
        names.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
      } catch (UnknownHostException e) {
        // the machine has no resolvable name: IP literals and localhost still reach the server
      }
    }
  }

  /** Whether a request with this {@code Host} header is answered; a request without one is (HTTP/1.0). */
  boolean allows(@Nullable String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return true;
    }
    String host = bare(hostHeader);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return names.contains(host) || host.endsWith(".localhost") || isIpLiteral(host);
  }

  /** The names accepted besides IP literals, for the error message. */
  Set<String> names() {
    return Set.copyOf(names);
  }

  /** The host without port or IPv6 brackets, lower case. */
  static String bare(String hostPort) {
    String h = hostPort.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close < 0 ? h.substring(1) : h.substring(1, close);
    }
    int colon = h.indexOf(':');
    if (colon >= 0 && h.indexOf(':', colon + 1) < 0) {
      return h.substring(0, colon);
    }
    return h;
  }

  private static boolean isWildcard(String host) {
    return host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0");
  }

  /** A dotted IPv4 address or an IPv6 address (checked by shape: no name lookup is made). */
  static boolean isIpLiteral(String host) {
    if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      for (String part : host.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return false;
        }
      }
      return true;
    }
    return host.indexOf(':') >= 0 && host.matches("[0-9a-f:.]+(%[0-9a-z._-]+)?");
  }
}
