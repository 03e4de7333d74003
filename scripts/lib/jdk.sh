# shellcheck shell=bash
# Finds a JDK >= 21 (the default `java` on these machines is 17) and exports JAVA_HOME and PATH for java, mvn and kc.sh.

JDK_MIN=21

# Major version of a java binary (17, 21, 25...), or nothing if it does not run.
java_major() {
  local v
  v="$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)" || true
  [[ -n "$v" ]] || return 1
  # "1.8.0_402" -> 8, "25.0.1" -> 25, "21-ea" -> 21
  v="${v#1.}"
  v="${v%%[.+-]*}"
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v"
}

# True if the folder is a JDK (has javac, so Maven can compile) with java >= 21.
jdk_ok() {
  local home="$1" major
  [[ -n "$home" && -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 1
  major="$(java_major "$home/bin/java")" || return 1
  (( major >= JDK_MIN ))
}

# JAVA_HOME if >= 21, else the newest JDK >= 21 in SUITE_JDK_SEARCH_DIRS, else `java` on PATH; exits if none.
ensure_jdk() {
  [[ -n "${SUITE_JDK_READY:-}" ]] && return 0
  local found="" best=0 dir home major java_bin
  if jdk_ok "${JAVA_HOME:-}"; then
    found="$JAVA_HOME"
  else
    # The search path may hold several folders separated by ':'.
    IFS=':' read -r -a dirs <<<"$SUITE_JDK_SEARCH_DIRS"
    for dir in "${dirs[@]}"; do
      for home in "$dir"/*/; do
        home="${home%/}"
        [[ -x "$home/bin/java" ]] || continue
        jdk_ok "$home" || continue
        major="$(java_major "$home/bin/java")"
        if (( major > best )); then best=$major; found="$home"; fi
      done
    done
    if [[ -z "$found" ]] && java_bin="$(command -v java 2>/dev/null)"; then
      home="$(dirname "$(dirname "$(readlink -f "$java_bin")")")"
      jdk_ok "$home" && found="$home"
    fi
  fi
  if [[ -z "$found" ]]; then
    die "No JDK $JDK_MIN or newer found (looked at JAVA_HOME='${JAVA_HOME:-}', $SUITE_JDK_SEARCH_DIRS/*, and java on PATH: $(java_on_path_desc)). Install temurin-21/openjdk-21 (or newer) or set JAVA_HOME to such a JDK."
  fi
  export JAVA_HOME="$found"
  export PATH="$JAVA_HOME/bin:$PATH"
  SUITE_JDK_READY=1
}

# "java 17 at /usr/bin/java" or "none", for the error message.
java_on_path_desc() {
  local j
  if j="$(command -v java 2>/dev/null)"; then
    echo "java $(java_major "$j" || echo '?') at $j"
  else
    echo "none"
  fi
}

# Maven: SUITE_MVN if set (e.g. mvnd), else the project's wrapper if it has one, else mvn on PATH.
mvn_cmd() {
  if [[ -n "${SUITE_MVN:-}" ]]; then
    echo "$SUITE_MVN"
  elif [[ -x "$SUITE_ROOT/mvnw" ]]; then
    echo "$SUITE_ROOT/mvnw"
  elif command -v mvn >/dev/null 2>&1; then
    echo mvn
  else
    die "Maven not found: install it (apt-get install -y maven) or add a Maven wrapper (mvnw) to the repository"
  fi
}
