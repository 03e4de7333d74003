# shellcheck shell=bash
# ./suite bench <name>: benchmarks, run on demand (never by ./suite test). Each prints RESULT lines with medians and
# p99s; the figures in the module READMEs come from these lines.

cmd_bench() {
  local which="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$which" in
    events) bench_events "$@" ;;
    *) die "usage: ./suite bench events [-Dbench.rate=100 -Dbench.seconds=20 -Dbench.backlog=20000]" ;;
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
