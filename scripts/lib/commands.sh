# shellcheck shell=bash
# The subcommands of ./suite (smoke is in smoke.sh).

## Clean-up: whatever this invocation started is stopped when it exits, unless it succeeded in keeping it running.
KEEP_STARTED=0
cleanup_started() {
  if (( KEEP_STARTED == 0 && ${#STARTED[@]} > 0 )); then
    # Apps first, then the infrastructure they use (so they do not log a storm of connection errors).
    local -a apps=() infra=()
    local name
    for name in "${STARTED[@]}"; do
      if [[ " ${INFRA_NAMES[*]} " == *" $name "* ]]; then infra+=("$name"); else apps+=("$name"); fi
    done
    (( ${#apps[@]} == 0 )) || stop_processes "${apps[@]}"
    (( ${#infra[@]} == 0 )) || stop_processes "${infra[@]}"
  fi
}
install_traps() {
  trap cleanup_started EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# start_missing NAME... : starts those not already running (a running one, e.g. from `up -d`, is reused, not restarted).
start_missing() {
  local name pid
  for name in "$@"; do
    if pid="$(running_pid "$name")"; then
      say "$name already running (pid $pid), reusing it"
    else
      say "starting $name"
      "start_$name"
    fi
  done
}
start_ppid() { start_app ppid; }
start_helpdesk() { start_app helpdesk; }
start_verification() { start_app verification; }
start_training() { start_app training; }
start_gateway() { start_app gateway; }
start_portal() { start_app portal; }

# Infrastructure shared by up, infra up and test: JDK, PostgreSQL + databases, downloads, then Kafka/Keycloak.
prepare_infra() {
  ensure_jdk
  load_runtime_versions
  ensure_postgres
  ensure_databases
  ensure_runtime "$@"
}

# Keycloak first: it is the slowest to start and Kafka's storage format runs meanwhile.
start_infra() {
  local -a order=()
  [[ " $* " == *" keycloak "* ]] && order+=(keycloak)
  [[ " $* " == *" kafka "* ]] && order+=(kafka)
  [[ " $* " == *" greenmail "* ]] && order+=(greenmail)
  start_missing "${order[@]}"
}

## infra
cmd_infra() {
  local action="${1:-}" name
  [[ $# -gt 0 ]] && shift
  local -a names=("$@")
  (( ${#names[@]} > 0 )) || names=("${INFRA_NAMES[@]}")
  for name in "${names[@]}"; do
    [[ "$name" == kafka || "$name" == keycloak || "$name" == greenmail ]] \
      || die "usage: ./suite infra up|down [kafka] [keycloak] [greenmail]"
  done
  case "$action" in
    up)
      install_traps
      local start
      start=$(now)
      prepare_infra "${names[@]}"
      start_infra "${names[@]}"
      wait_ready 300 "${names[@]}"
      KEEP_STARTED=1
      say "infrastructure ready in $(elapsed "$start") s: PostgreSQL $PG_HOST:$PG_PORT$(
        [[ " ${names[*]} " == *" kafka "* ]] && printf ', Kafka localhost:%s' "$KAFKA_PORT"
        [[ " ${names[*]} " == *" keycloak "* ]] && printf ', Keycloak http://localhost:%s' "$KEYCLOAK_PORT"
        [[ " ${names[*]} " == *" greenmail "* ]] && printf ', GreenMail SMTP localhost:%s (mails: %s)' \
          "$GREENMAIL_SMTP_PORT" "$(greenmail_api_url)"
      )"
      ;;
    down)
      stop_processes "${names[@]}"
      local -a ports=("${names[@]}")
      [[ " ${names[*]} " == *" kafka "* ]] && ports+=(kafka-controller)
      [[ " ${names[*]} " == *" greenmail "* ]] && ports+=(greenmail-api)
      verify_ports_free "${ports[@]}"
      ;;
    *) die "usage: ./suite infra up|down [kafka] [keycloak] [greenmail]" ;;
  esac
}

## test
# Without arguments the full run: every default module built, tested and installed (mvn -B install, so the application
# jars exist), then the six applications (four services, gateway, portal) started and the end-to-end suite (module e2e) run against them. With
# arguments only mvn -B verify <args>, without the end-to-end suite.
cmd_test() {
  [[ -f "$ROOT_POM" ]] || die "no pom.xml at the repository root"
  install_traps
  prepare_infra kafka keycloak greenmail
  start_infra kafka keycloak greenmail
  wait_ready 300 kafka keycloak greenmail
  local rc=0
  if (( $# > 0 )); then
    say "running: $(basename "$(mvn_cmd)") -B verify $*"
    "$(mvn_cmd)" -B verify "$@" || rc=$?
    # The EXIT trap stops what this command started; infrastructure that was already running stays up.
    return "$rc"
  fi
  # The end-to-end suite must test what this run builds, not applications left running from an older build.
  local name running=""
  for name in "${APP_NAMES[@]}"; do
    running_pid "$name" >/dev/null && running+=" $name"
  done
  [[ -z "$running" ]] || die "already running:$running. The full test run starts the applications it just built;" \
    "stop them first (./suite down), or run ./suite e2e against them"
  # The browser stories' Chromium, before the long build rather than after it
  ensure_browser
  say "running: $(basename "$(mvn_cmd)") -B install"
  "$(mvn_cmd)" -B install || return $?
  require_app_jars "${APP_NAMES[@]}"
  start_missing "${APP_NAMES[@]}"
  wait_ready 300 "${APP_NAMES[@]}"
  run_e2e || rc=$?
  return "$rc"
}

## e2e
# Only the end-to-end suite, against a stack that already runs (./suite up -d).
cmd_e2e() {
  (( $# == 0 )) || die "usage: ./suite e2e   (against a running stack: ./suite up -d && ./suite e2e)"
  [[ -f "$ROOT_POM" ]] || die "no pom.xml at the repository root"
  ensure_jdk
  load_runtime_versions
  local name absent=""
  for name in "${INFRA_NAMES[@]}" "${APP_NAMES[@]}"; do
    "status_ready_$name" 2>/dev/null || absent+=" $name"
  done
  [[ -z "$absent" ]] || die "not running or not ready:$absent. Start the stack first: ./suite up -d"
  ensure_browser
  run_e2e
}

# The e2e module (profile e2e of the root pom) against the gateway, Keycloak and Kafka of this machine; its browser
# stories drive CHROMIUM through CHROMEDRIVER (browser.sh) and write their screenshots to e2e/target/screenshots.
run_e2e() {
  say "running the end-to-end suite: $(basename "$(mvn_cmd)") -B -Pe2e -pl e2e verify"
  GATEWAY_URL="${GATEWAY_URL:-http://localhost:$GATEWAY_PORT}" \
    KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:$KEYCLOAK_PORT}" \
    KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP_SERVERS" \
    PORTAL_URL="${PORTAL_URL:-http://localhost:$PORTAL_PORT}" \
    "$(mvn_cmd)" -B -Pe2e -pl e2e verify
}

## status
cmd_status() {
  local name pid port state rss note
  load_runtime_versions
  printf '%-14s %-10s %-6s %-8s %-8s %s\n' NAME STATE PORT PID RSS_MB LOG
  if command -v pg_isready >/dev/null 2>&1 && pg_ready; then state=ready; else state=down; fi
  printf '%-14s %-10s %-6s %-8s %-8s %s\n' postgres "$state" "$PG_PORT" - - "(machine's server at $PG_HOST)"
  for name in "${ALL_NAMES[@]}"; do
    port="$(port_of "$name")"
    note=".local/logs/$name.log"
    if pid="$(running_pid "$name")"; then
      if "status_ready_$name" 2>/dev/null; then state=ready; else state=starting; fi
      rss="$(session_rss_mb "$pid")"
    else
      pid=-; rss=-; state=stopped
      if port_in_use "$port"; then state="port-taken"; note="port $port is used by $(port_owner "$port")"; fi
    fi
    printf '%-14s %-10s %-6s %-8s %-8s %s\n' "$name" "$state" "$port" "$pid" "$rss" "$note"
  done
}
# Status uses quick checks (no JVM for Kafka's API check).
status_ready_kafka() { port_in_use "$KAFKA_PORT" && grep -q 'Kafka Server started' "$LOG_DIR/kafka.log" 2>/dev/null; }
status_ready_keycloak() { ready_keycloak; }
status_ready_greenmail() { ready_greenmail; }
status_ready_ppid() { app_ready ppid; }
status_ready_helpdesk() { app_ready helpdesk; }
status_ready_verification() { app_ready verification; }
status_ready_training() { app_ready training; }
status_ready_gateway() { app_ready gateway; }
status_ready_portal() { app_ready portal; }

## logs
cmd_logs() {
  local name="${1:-}"
  [[ -n "$name" && " ${ALL_NAMES[*]} " == *" $name "* ]] || die "usage: ./suite logs <${ALL_NAMES[*]}>"
  [[ -f "$LOG_DIR/$name.log" ]] || die "no log yet: .local/logs/$name.log"
  exec tail -n 100 -F "$LOG_DIR/$name.log"
}

## check-compose
cmd_check_compose() {
  command -v python3 >/dev/null 2>&1 || die "check-compose needs python3 with PyYAML (apt-get install -y python3-yaml)"
  python3 -c 'import yaml' 2>/dev/null || die "check-compose needs PyYAML: apt-get install -y python3-yaml"
  load_runtime_versions
  KEYCLOAK_VERSION="$KEYCLOAK_VERSION" KAFKA_VERSION="$KAFKA_VERSION" GREENMAIL_VERSION="$GREENMAIL_VERSION" \
    RUN_DATABASES="${RUN_DATABASES[*]}" python3 "$SUITE_ROOT/scripts/check-compose.py" "$SUITE_ROOT"
}

## lines
# Lines of Java in each module's main and test code, and their ratio. With --check, fails when a service's tests are
# fewer lines than its main code (the style notes ask for more test than code).
cmd_lines() {
  local check=false module main test failed=false
  [[ "${1:-}" == "--check" ]] && check=true
  printf '%-22s %8s %8s %7s\n' MODULE MAIN TEST RATIO
  for module in shared-events service-common service-testing ppid-service helpdesk-service verification-service \
      training-service gateway portal e2e; do
    [[ -d "$SUITE_ROOT/$module" ]] || continue
    main="$(java_lines "$SUITE_ROOT/$module/src/main/java")"
    test="$(java_lines "$SUITE_ROOT/$module/src/test/java")"
    if [[ "$main" -gt 0 ]]; then
      printf '%-22s %8d %8d %7s\n' "$module" "$main" "$test" "$(awk -v t="$test" -v m="$main" 'BEGIN { printf "%.2f", t / m }')"
      if [[ "$module" == *-service && "$test" -lt "$main" ]]; then failed=true; fi
    else
      printf '%-22s %8d %8d %7s\n' "$module" "$main" "$test" "-"
    fi
  done
  if $check && $failed; then die "a service has fewer lines of tests than of main code"; fi
}

java_lines() {
  if [[ -d "$1" ]]; then find "$1" -name '*.java' -print0 | xargs -0 cat | wc -l; else echo 0; fi
}

## help
cmd_help() {
  cat <<EOF
Usage: ./suite <command>   — run the Madiun public-services suite locally, without Docker

  up [-d] [--no-build]     build (mvn -DskipTests package), start PostgreSQL check, Kafka, Keycloak, the four services,
                           the gateway and the portal; wait until ready and print the URLs. Foreground until Ctrl-C, which stops
                           what it started; -d returns once ready (stop later with ./suite down)
  down                     stop everything started by up / infra up; fail if one of the ports is still in use
  infra up|down [kafka] [keycloak] [greenmail]
                           only the infrastructure (PostgreSQL + databases, Kafka, Keycloak), or just one of them
  test [mvn args...]       THE test command: infrastructure up, mvn -B install (every module and its tests), the
                           four services, the gateway and the portal up, the end-to-end suite (e2e/); then stop what it
                           started; exit code is Maven's. With args: only mvn -B verify [args] (e.g. -pl
                           ppid-service -am), no end-to-end suite
  e2e                      only the end-to-end suite (mvn -B -Pe2e -pl e2e verify) against a running stack
                           (./suite up -d && ./suite e2e). Its browser stories need Chromium and chromedriver
                           (test and e2e install Debian's chromium and chromium-driver when missing, as root)
  status                   what runs: state, port, pid, RSS
  lines [--check]          lines of main and test code per module and their ratio (--check: fail when a service
                           has fewer test lines than main lines)
  smoke                    checks against a running suite (after up -d); PASS/FAIL per line
  logs <name>              follow .local/logs/<name>.log (${ALL_NAMES[*]})
  bench events             benchmarks of the event path (commit-to-consumer latency at a fixed rate, relay
                           throughput); prints RESULT lines
  bench gateway            what the gateway adds to a request (p50, p99 straight to a service and through it)
  bench portal             the portal's page times: each page requested one after the other, p50 and p99 per page
                           (-Dbench.requests=200 -Dbench.warmup=50)
  check-compose            validate docker-compose.yml against the ports and databases used here
  help                     this text

Ports (environment, defaults): PG_HOST=127.0.0.1 PG_PORT=5432 PG_USER=postgres KAFKA_PORT=9092
  KAFKA_CONTROLLER_PORT=9093 KEYCLOAK_PORT=8180 GATEWAY_PORT=8080 PPID_PORT=8081 HELPDESK_PORT=8082
  VERIFICATION_PORT=8083 TRAINING_PORT=8084 PORTAL_PORT=8085; management interfaces (health, metrics):
  GATEWAY_MANAGEMENT_PORT=9000 PPID_MANAGEMENT_PORT=9001 HELPDESK_MANAGEMENT_PORT=9002 VERIFICATION_MANAGEMENT_PORT=9003
  TRAINING_MANAGEMENT_PORT=9004 PORTAL_MANAGEMENT_PORT=9005; the portal calls GATEWAY_URL (http://localhost:8080)
Other: JAVA_HOME (JDK >= 21; else the newest under SUITE_JDK_SEARCH_DIRS=/usr/lib/jvm), SUITE_STOP_TIMEOUT=20,
  CHROMIUM=/usr/bin/chromium CHROMEDRIVER=/usr/bin/chromedriver (the e2e browser stories),
  KAFKA_HEAP_OPTS, KEYCLOAK_HEAP_OPTS, KEYCLOAK_JAVA_OPTS_APPEND, APP_JVM_OPTS, SUITE_MVN (Maven command),
  SUITE_RUNTIME_MVN_ARGS (extra Maven args for the Kafka/Keycloak download).
Generated files: .local/ (dist/ downloads, data/kafka, logs/<name>.log, run/<name>.pid).
EOF
}
