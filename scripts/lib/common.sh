# shellcheck shell=bash
# Shared settings and helpers for ./suite: folders, ports, messages, ports-in-use checks, starting and stopping processes.

## Folders (all generated state lives under the git-ignored .local/)
LOCAL_DIR="$SUITE_ROOT/.local"
DIST_DIR="$LOCAL_DIR/dist"
DATA_DIR="$LOCAL_DIR/data"
LOG_DIR="$LOCAL_DIR/logs"
RUN_DIR="$LOCAL_DIR/run"

## Ports and addresses; the Quarkus apps read the same variable names
: "${PG_HOST:=127.0.0.1}"
: "${PG_PORT:=5432}"
: "${PG_USER:=postgres}"
: "${KAFKA_PORT:=9092}"
: "${KAFKA_CONTROLLER_PORT:=9093}"
: "${KEYCLOAK_PORT:=8180}"
# GreenMail, the local SMTP server the services send their mails to, and its REST API where developers read them.
: "${GREENMAIL_SMTP_PORT:=3025}"
: "${GREENMAIL_API_PORT:=8025}"
: "${GATEWAY_PORT:=8080}"
: "${PPID_PORT:=8081}"
: "${HELPDESK_PORT:=8082}"
: "${VERIFICATION_PORT:=8083}"
: "${TRAINING_PORT:=8084}"
: "${PORTAL_PORT:=8085}"
# Management interfaces (health, metrics): one port per application, never routed by the gateway.
: "${GATEWAY_MANAGEMENT_PORT:=9000}"
: "${PPID_MANAGEMENT_PORT:=9001}"
: "${HELPDESK_MANAGEMENT_PORT:=9002}"
: "${VERIFICATION_MANAGEMENT_PORT:=9003}"
: "${TRAINING_MANAGEMENT_PORT:=9004}"
: "${PORTAL_MANAGEMENT_PORT:=9005}"
: "${KAFKA_BOOTSTRAP_SERVERS:=localhost:$KAFKA_PORT}"
: "${OIDC_AUTH_SERVER_URL:=http://localhost:$KEYCLOAK_PORT/realms/madiun}"
# Where the services send mail (quarkus.mailer.host/port), and the portal address their mails link to.
: "${MAIL_SMTP_HOST:=localhost}"
: "${MAIL_SMTP_PORT:=$GREENMAIL_SMTP_PORT}"
: "${PORTAL_PUBLIC_URL:=http://localhost:$PORTAL_PORT}"
export PG_HOST PG_PORT PG_USER KAFKA_PORT KAFKA_CONTROLLER_PORT KEYCLOAK_PORT GATEWAY_PORT PPID_PORT HELPDESK_PORT \
  VERIFICATION_PORT TRAINING_PORT PORTAL_PORT KAFKA_BOOTSTRAP_SERVERS OIDC_AUTH_SERVER_URL \
  GATEWAY_MANAGEMENT_PORT PPID_MANAGEMENT_PORT HELPDESK_MANAGEMENT_PORT VERIFICATION_MANAGEMENT_PORT TRAINING_MANAGEMENT_PORT \
  PORTAL_MANAGEMENT_PORT GREENMAIL_SMTP_PORT GREENMAIL_API_PORT MAIL_SMTP_HOST MAIL_SMTP_PORT PORTAL_PUBLIC_URL

## Tunables
: "${SUITE_STOP_TIMEOUT:=20}"   # seconds between SIGTERM and SIGKILL
: "${SUITE_JDK_SEARCH_DIRS:=/usr/lib/jvm}"

# Every process ./suite manages, in start order; infrastructure first.
INFRA_NAMES=(kafka keycloak greenmail)
SERVICE_NAMES=(ppid helpdesk verification training)
# The portal comes after the gateway, whose public API it calls.
APP_NAMES=("${SERVICE_NAMES[@]}" gateway portal)
ALL_NAMES=("${INFRA_NAMES[@]}" "${APP_NAMES[@]}")

## Messages
say()  { printf '==> %s\n' "$*"; }
warn() { printf 'suite: warning: %s\n' "$*" >&2; }
die()  { printf 'suite: %s\n' "$*" >&2; exit 1; }

# Seconds since the epoch with decimals, for timings.
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

## Ports
# The variable that sets a process's port, for messages ("set PPID_PORT").
port_var() {
  case "$1" in
    kafka) echo KAFKA_PORT ;; kafka-controller) echo KAFKA_CONTROLLER_PORT ;; keycloak) echo KEYCLOAK_PORT ;;
    greenmail) echo GREENMAIL_SMTP_PORT ;; greenmail-api) echo GREENMAIL_API_PORT ;;
    gateway) echo GATEWAY_PORT ;; ppid) echo PPID_PORT ;; helpdesk) echo HELPDESK_PORT ;;
    verification) echo VERIFICATION_PORT ;; training) echo TRAINING_PORT ;; portal) echo PORTAL_PORT ;;
    *) die "no port for '$1'" ;;
  esac
}
port_of() { local v; v="$(port_var "$1")"; echo "${!v}"; }
# The variable of an application's management port (health, metrics), and its value.
management_port_var() { echo "$(port_var "$1" | sed 's/_PORT$//')_MANAGEMENT_PORT"; }
management_port_of() { local v; v="$(management_port_var "$1")"; echo "${!v}"; }

# True if something listens on the TCP port (any address).
port_in_use() {
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# "pid (name)" of the listener on a port, as far as ss can tell.
port_owner() {
  local line pid comm
  line="$(ss -Hltnp "sport = :$1" 2>/dev/null | head -n1 || true)"
  pid="$(sed -n 's/.*pid=\([0-9]*\).*/\1/p' <<<"$line" | head -n1)"
  comm="$(sed -n 's/.*users:(("\([^"]*\)".*/\1/p' <<<"$line" | head -n1)"
  if [[ -n "$pid" ]]; then echo "pid $pid (${comm:-?})"; else echo "an unknown process"; fi
}

# Fails with a clear message when a port that a process needs is taken by someone else.
require_port_free() {
  local name="$1" port="$2" var="$3"
  if port_in_use "$port"; then
    die "port $port ($var) is already in use by $(port_owner "$port"); stop it or set $var"
  fi
}

## Processes (one pid file per name; each process leads its own session so that its whole tree can be stopped)
pid_file() { echo "$RUN_DIR/$1.pid"; }

# Prints the pid of a running managed process; removes a stale pid file.
running_pid() {
  local f pid
  f="$(pid_file "$1")"
  [[ -f "$f" ]] || return 1
  pid="$(<"$f")"
  if [[ "$pid" =~ ^[0-9]+$ ]] && session_alive "$pid"; then
    echo "$pid"
  else
    rm -f "$f"
    return 1
  fi
}
is_running() { running_pid "$1" >/dev/null; }

# True while any non-zombie process remains in the session (setsid made session id = pid).
session_alive() { ps -o stat= -s "$1" 2>/dev/null | grep -qv '^Z'; }
session_pids() { ps -o pid= -s "$1" 2>/dev/null | tr -d ' ' || true; }

# Resident memory of a whole session, in MB.
session_rss_mb() { ps -o rss= -s "$1" 2>/dev/null | awk '{ s += $1 } END { printf "%d", s / 1024 }'; }

# start_process NAME WORKDIR COMMAND... : runs in the background in a new session, output to .local/logs/NAME.log.
start_process() {
  local name="$1" workdir="$2" log pid
  shift 2
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  log="$LOG_DIR/$name.log"
  # Keep the previous run's log for post-mortems.
  [[ -f "$log" ]] && mv -f "$log" "$log.1"
  (cd "$workdir" && exec setsid "$@" </dev/null >>"$log" 2>&1) &
  pid=$!
  echo "$pid" >"$(pid_file "$name")"
  STARTED+=("$name")
  STARTED_AT[$name]=$(now)
}

# stop_processes NAME... : SIGTERM to each session, wait up to SUITE_STOP_TIMEOUT s, then SIGKILL what is left.
stop_processes() {
  local name pid deadline left
  local -a pids=() names=()
  for name in "$@"; do
    if pid="$(running_pid "$name")"; then
      pids+=("$pid"); names+=("$name")
      say "stopping $name (pid $pid)"
      signal_session TERM "$pid"
    fi
  done
  [[ ${#pids[@]} -eq 0 ]] && return 0
  deadline=$(( SECONDS + SUITE_STOP_TIMEOUT ))
  while (( SECONDS < deadline )); do
    left=0
    for pid in "${pids[@]}"; do session_alive "$pid" && left=1; done
    (( left == 0 )) && break
    sleep 0.3
  done
  for i in "${!pids[@]}"; do
    if session_alive "${pids[$i]}"; then
      warn "${names[$i]} did not stop within ${SUITE_STOP_TIMEOUT}s; sending SIGKILL"
      signal_session KILL "${pids[$i]}"
    fi
  done
  # Reap our own children (foreground `up`), then forget the pid files.
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" 2>/dev/null || true
    rm -f "$(pid_file "${names[$i]}")"
  done
}

# Signals the process group and, one by one, every other process left in the session.
signal_session() {
  local sig="$1" sid="$2" p
  kill "-$sig" -- "-$sid" 2>/dev/null || true
  for p in $(session_pids "$sid"); do kill "-$sig" "$p" 2>/dev/null || true; done
}

# Last lines of a process's log, to show why it failed.
show_log_tail() {
  local log="$LOG_DIR/$1.log"
  [[ -f "$log" ]] || return 0
  printf -- '--- last lines of %s ---\n' "${log#"$SUITE_ROOT"/}" >&2
  tail -n "${2:-25}" "$log" >&2
  printf -- '---\n' >&2
}

## Readiness
# wait_ready TIMEOUT NAME... : polls ready_NAME for each until all answer; fails if one dies or times out.
wait_ready() {
  local timeout="$1" start name
  shift
  local -a pending=("$@")
  start=$(now)
  while (( ${#pending[@]} > 0 )); do
    local -a still=()
    for name in "${pending[@]}"; do
      if "ready_$name"; then
        if [[ -n "${STARTED_AT[$name]:-}" ]]; then
          say "$name ready ($(elapsed "${STARTED_AT[$name]}") s after its start)"
        else
          say "$name ready"
        fi
      elif ! is_running "$name"; then
        show_log_tail "$name"
        die "$name exited during start-up; full log: .local/logs/$name.log"
      else
        still+=("$name")
      fi
    done
    pending=("${still[@]+"${still[@]}"}")
    (( ${#pending[@]} == 0 )) && break
    if awk -v s="$start" -v t="$timeout" -v n="$(now)" 'BEGIN { exit !(n - s > t) }'; then
      for name in "${pending[@]}"; do show_log_tail "$name"; done
      die "not ready after ${timeout}s: ${pending[*]} (logs in .local/logs/)"
    fi
    sleep 0.5
  done
}

# True if an HTTP URL answers 2xx within 2 s.
http_ok() { curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; }

# Processes started by this invocation of ./suite (stopped by its traps), and when each was started.
STARTED=()
declare -A STARTED_AT=()
