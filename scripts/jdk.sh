# Sourced by ./sitrep and scripts/*: prints the newest JDK 21+ home found, or fails with a message.
sitrep_java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
sitrep_find_jdk() {
  local candidates=() d v best="" bestv=0
  [ -n "${SITREP_JAVA_HOME:-}" ] && candidates+=("$SITREP_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"); fi
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do [ -d "$d" ] && candidates+=("$d"); done
  for d in "${candidates[@]}"; do
    [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
    v=$(sitrep_java_major "$d/bin/java"); v=${v:-0}
    if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best="$d"; bestv=$v; fi
  done
  if [ -z "$best" ]; then
    echo "sitrep: no JDK 21 or newer found (looked at SITREP_JAVA_HOME, JAVA_HOME, PATH, /usr/lib/jvm); install one or set SITREP_JAVA_HOME" >&2
    return 2
  fi
  echo "$best"
}
