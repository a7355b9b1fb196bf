# Sourced by .ci/run and ./portail: exports JAVA_HOME (and PATH) for a JDK >= 21, or fails clearly.
# Order: JAVA_HOME if it is >= 21, else the newest JDK >= 21 in the folder that holds the default JDK.

java_major() { # prints the major version of the JDK at $1, or nothing
  [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

pick_jdk() {
  local major
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  local default_java jvm_dir best="" best_major=0 candidate
  default_java=$(readlink -f "$(command -v java 2>/dev/null)" 2>/dev/null || true)
  jvm_dir=/usr/lib/jvm
  if [ -n "$default_java" ]; then
    # .../jvm/<jdk>/bin/java -> .../jvm
    jvm_dir=$(dirname "$(dirname "$(dirname "$default_java")")")
  fi
  for candidate in "$jvm_dir"/*; do
    [ -d "$candidate" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate; best_major=$major
    fi
  done
  [ -n "$best" ] && echo "$best"
}

use_jdk_21_or_newer() {
  local jdk
  jdk=$(pick_jdk) || true
  if [ -z "$jdk" ]; then
    echo "ERREUR : aucun JDK >= 21 trouvé (ni JAVA_HOME, ni dans le dossier des JVM du système)." >&2
    echo "Installez un JDK 21 ou plus récent, ou faites pointer JAVA_HOME vers lui." >&2
    return 1
  fi
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
  echo "JDK utilisé : $JAVA_HOME (Java $(java_major "$JAVA_HOME"))" >&2
}
