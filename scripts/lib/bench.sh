# shellcheck shell=bash
# ./suite bench <name>: benchmarks, run on demand (never by ./suite test). Each prints RESULT lines with medians and
# p99s; the figures in the module READMEs come from these lines.

cmd_bench() {
  local which="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$which" in
    events) bench_events "$@" ;;
    gateway) bench_gateway "$@" ;;
    *) die "usage: ./suite bench events [-Dbench.rate=100 -Dbench.seconds=20 -Dbench.backlog=20000]
       ./suite bench gateway [-Dbench.rate=100 -Dbench.seconds=20 -Dbench.path=/api/ppid/...]" ;;
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
