# shellcheck shell=bash
# ./suite bench <name>: benchmarks, run on demand (never by ./suite test). Each prints RESULT lines with medians and
# p99s; the figures in the module READMEs come from these lines.

cmd_bench() {
  local which="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$which" in
    events) bench_events "$@" ;;
    gateway) bench_gateway "$@" ;;
    portal) bench_portal "$@" ;;
    *) die "usage: ./suite bench events [-Dbench.rate=100 -Dbench.seconds=20 -Dbench.backlog=20000]
       ./suite bench gateway [-Dbench.rate=100 -Dbench.seconds=20 -Dbench.path=/api/ppid/...]
       ./suite bench portal [-Dbench.requests=200 -Dbench.warmup=50]" ;;
  esac
}

# Commit-to-consumer latency at a fixed rate, and the relay's maximum rate, against the real broker and PostgreSQL.
bench_events() {
  install_traps
  prepare_infra kafka
  start_infra kafka
  wait_ready 300 kafka
  local out rc=0
  out="$LOG_DIR/bench-events.log"
  say "running the event benchmarks (output in $out)"
  "$(mvn_cmd)" -B -pl shared-events test -Dtest='EventLatencyBenchmark,RelayThroughputBenchmark' \
    -Dsurefire.failIfNoSpecifiedTests=false "$@" >"$out" 2>&1 || rc=$?
  grep '^RESULT' "$out" || true
  (( rc == 0 )) || die "the benchmark run failed (exit $rc); see $out"
}

# The gateway's overhead: the same request at the same fixed rate straight to ppid-service and through the gateway,
# side by side. Uses the running stack, starting what is missing (Keycloak, Kafka, ppid, gateway) from built jars.
bench_gateway() {
  install_traps
  require_app_jars ppid gateway
  prepare_infra kafka keycloak
  start_infra kafka keycloak
  wait_ready 300 kafka keycloak
  start_missing ppid gateway
  wait_ready 300 ppid gateway
  local out rc=0
  out="$LOG_DIR/bench-gateway.log"
  say "running the gateway benchmark (output in $out)"
  "$(mvn_cmd)" -B -pl gateway test -Dtest='GatewayOverheadBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
    "$@" >"$out" 2>&1 || rc=$?
  grep '^RESULT' "$out" || true
  (( rc == 0 )) || die "the benchmark run failed (exit $rc); see $out"
}

# The portal's page times as a browser on this machine sees them: each page (home, the four services, the complaint
# form, a tracking page) requested one after the other after a warm-up, p50 and p99 per page (e2e
# PortalPageTimeBenchmark). Uses the running stack, starting what is missing from built jars.
bench_portal() {
  install_traps
  require_app_jars "${APP_NAMES[@]}"
  prepare_infra kafka keycloak
  start_infra kafka keycloak
  wait_ready 300 kafka keycloak
  start_missing "${APP_NAMES[@]}"
  wait_ready 300 "${APP_NAMES[@]}"
  local out rc=0
  out="$LOG_DIR/bench-portal.log"
  say "running the portal page-time benchmark (output in $out)"
  PORTAL_URL="${PORTAL_URL:-http://localhost:$PORTAL_PORT}" \
    "$(mvn_cmd)" -B -Pe2e -pl e2e test -Dtest='PortalPageTimeBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
    "$@" >"$out" 2>&1 || rc=$?
  grep '^RESULT' "$out" || true
  (( rc == 0 )) || die "the benchmark run failed (exit $rc); see $out"
}
