# shellcheck shell=bash
# Versions of Kafka, Keycloak and GreenMail, and their download from Maven Central through infra/runtime/pom.xml (once, then cached).

RUNTIME_POM="$SUITE_ROOT/infra/runtime/pom.xml"
ROOT_POM="$SUITE_ROOT/pom.xml"

# Value of <NAME>...</NAME> in a pom (first match), or nothing.
pom_property() { sed -n "s:.*<$2>[[:space:]]*\([^<]*\)[[:space:]]*</$2>.*:\1:p" "$1" | head -n1; }

# Reads the versions from infra/runtime/pom.xml and checks they match the root pom (they are duplicated on purpose).
load_runtime_versions() {
  [[ -n "${KAFKA_HOME:-}" ]] && return 0
  local prop runtime_value root_value
  [[ -f "$RUNTIME_POM" ]] || die "missing $RUNTIME_POM"
  for prop in kafka.version keycloak.version greenmail.version dependency-plugin.version; do
    runtime_value="$(pom_property "$RUNTIME_POM" "$prop")"
    [[ -n "$runtime_value" ]] || die "infra/runtime/pom.xml has no <$prop>"
    if [[ -f "$ROOT_POM" ]]; then
      root_value="$(pom_property "$ROOT_POM" "$prop")"
      if [[ -n "$root_value" && "$root_value" != "$runtime_value" ]]; then
        die "<$prop> is $root_value in pom.xml but $runtime_value in infra/runtime/pom.xml; make infra/runtime/pom.xml match the root pom"
      fi
    fi
  done
  KAFKA_VERSION="$(pom_property "$RUNTIME_POM" kafka.version)"
  KEYCLOAK_VERSION="$(pom_property "$RUNTIME_POM" keycloak.version)"
  GREENMAIL_VERSION="$(pom_property "$RUNTIME_POM" greenmail.version)"
  KAFKA_HOME="$DIST_DIR/kafka-$KAFKA_VERSION"
  GREENMAIL_HOME="$DIST_DIR/greenmail-$GREENMAIL_VERSION"
  KEYCLOAK_HOME="$DIST_DIR/keycloak-$KEYCLOAK_VERSION"
}

# Marker written after a complete download, so that a half-finished one is retried.
runtime_marker() {
  case "$1" in
    kafka) echo "$KAFKA_HOME/.suite-fetched" ;;
    keycloak) echo "$KEYCLOAK_HOME/.suite-fetched" ;;
    greenmail) echo "$GREENMAIL_HOME/.suite-fetched" ;;
  esac
}

# ensure_runtime NAME... : fetches Kafka, Keycloak and/or GreenMail with Maven if their folder is not complete yet.
ensure_runtime() {
  load_runtime_versions
  local name log start
  local -a missing=() args=()
  for name in "$@"; do
    [[ -f "$(runtime_marker "$name")" ]] || missing+=("$name")
  done
  (( ${#missing[@]} == 0 )) && return 0
  ensure_jdk
  [[ " ${missing[*]} " == *" kafka "* ]] || args+=(-Dsuite.skip.kafka=true)
  [[ " ${missing[*]} " == *" keycloak "* ]] || args+=(-Dsuite.skip.keycloak=true)
  [[ " ${missing[*]} " == *" greenmail "* ]] || args+=(-Dsuite.skip.greenmail=true)
  mkdir -p "$LOG_DIR" "$DIST_DIR"
  log="$LOG_DIR/fetch-runtime.log"
  start=$(now)
  say "fetching ${missing[*]} from Maven Central (Kafka $KAFKA_VERSION, Keycloak $KEYCLOAK_VERSION, GreenMail $GREENMAIL_VERSION; once, then cached)"
  # A previous, interrupted download may have left a partial folder.
  [[ " ${missing[*]} " == *" kafka "* ]] && rm -rf "$KAFKA_HOME/libs"
  [[ " ${missing[*]} " == *" keycloak "* ]] && rm -rf "$KEYCLOAK_HOME"
  [[ " ${missing[*]} " == *" greenmail "* ]] && rm -rf "$GREENMAIL_HOME"
  # shellcheck disable=SC2086  # SUITE_RUNTIME_MVN_ARGS is a list of extra Maven arguments (e.g. -o, -s settings.xml)
  if ! "$(mvn_cmd)" -B -f "$RUNTIME_POM" "${args[@]}" ${SUITE_RUNTIME_MVN_ARGS:-} package >"$log" 2>&1; then
    explain_fetch_failure "$log"
  fi
  for name in "${missing[@]}"; do touch "$(runtime_marker "$name")"; done
  say "fetched ${missing[*]} in $(elapsed "$start") s"
}

# Tells which artifact could not be fetched and how to retry, from Maven's output.
explain_fetch_failure() {
  local log="$1" artifacts
  artifacts="$(grep -oE '[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+:(jar|zip|pom):[A-Za-z0-9_.-]+' "$log" | grep -v 'layanan-publik-local-runtime' | sort -u | head -n 10 || true)"
  {
    echo "suite: could not fetch the local runtime (Kafka/Keycloak/GreenMail) with Maven."
    if [[ -n "$artifacts" ]]; then
      echo "  artifact(s) that could not be fetched:"
      sed 's/^/    /' <<<"$artifacts"
    fi
    echo "  Maven said:"
    grep -E '^\[ERROR\]' "$log" | grep -vE '^\[ERROR\] *(->|$|To see|Re-run|For more|\[Help)' | head -n 5 | cut -c1-400 | sed 's/^/    /'
    echo "  Check the network or the proxy/mirror in ~/.m2/settings.xml, then retry: ./suite infra up"
    echo "  (full output: .local/logs/fetch-runtime.log; by hand: mvn -B -f infra/runtime/pom.xml package -U)"
  } >&2
  exit 1
}
