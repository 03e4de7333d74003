# shellcheck shell=bash
# ./suite up and ./suite down: the whole suite, built, started, waited for, summarised, stopped.

build_suite() {
  [[ -f "$ROOT_POM" ]] || die "no pom.xml at the repository root"
  say "building: $(basename "$(mvn_cmd)") -B -q -DskipTests package (skip with --no-build)"
  local start
  start=$(now)
  if ! "$(mvn_cmd)" -B -q -DskipTests package; then
    die "the build failed (see Maven's output above); fix it or start what is built with ./suite up --no-build"
  fi
  BUILD_SECONDS="$(elapsed "$start")"
}

## up
cmd_up() {
  local detach=0 build=1 start arg
  for arg in "$@"; do
    case "$arg" in
      -d|--detach) detach=1 ;;
      --no-build) build=0 ;;
      *) die "usage: ./suite up [-d|--detach] [--no-build]" ;;
    esac
  done
  ensure_jdk
  load_runtime_versions
  BUILD_SECONDS=""
  (( build )) && build_suite
  require_app_jars "${APP_NAMES[@]}"
  install_traps
  start=$(now)
  prepare_infra kafka keycloak greenmail
  start_infra kafka keycloak greenmail
  wait_ready 300 kafka keycloak greenmail
  start_missing "${APP_NAMES[@]}"
  wait_ready 120 "${APP_NAMES[@]}"
  print_summary "$(elapsed "$start")"
  if (( detach )); then
    KEEP_STARTED=1
    echo "Running in the background. Stop with: ./suite down"
    return 0
  fi
  foreground_wait
}

# Stays in the foreground until Ctrl-C (the traps stop what `up` started) or until everything it started has exited.
foreground_wait() {
  if (( ${#STARTED[@]} == 0 )); then
    echo "Everything was already running (stop it with ./suite down); nothing to wait for."
    KEEP_STARTED=1
    return 0
  fi
  echo "Running in the foreground; Ctrl-C stops what this command started (${STARTED[*]})."
  local -A reported=()
  local name alive
  while :; do
    wait -n 2>/dev/null || true
    alive=0
    for name in "${STARTED[@]}"; do
      if is_running "$name"; then
        alive=1
      elif [[ -z "${reported[$name]:-}" ]]; then
        reported[$name]=1
        warn "$name exited; see .local/logs/$name.log"
      fi
    done
    (( alive )) || break
    sleep 1
  done
  die "every process started by ./suite up has exited"
}

print_summary() {
  local ready_in="$1"
  echo
  echo "Madiun public services are ready in $ready_in s${BUILD_SECONDS:+ (build took $BUILD_SECONDS s)}."
  echo
  printf '  %-22s %s\n' "Part" "URL" \
    "portal" "http://localhost:$PORTAL_PORT/  (the public web pages; health, metrics: http://localhost:$PORTAL_MANAGEMENT_PORT/q/)" \
    "gateway" "http://localhost:$GATEWAY_PORT/api/{ppid,helpdesk,verification,training}, /openapi, /q/swagger-ui  (health, metrics: http://localhost:$GATEWAY_MANAGEMENT_PORT/q/)" \
    "ppid-service" "http://localhost:$PPID_PORT/q/swagger-ui  (health, metrics: http://localhost:$PPID_MANAGEMENT_PORT/q/)" \
    "helpdesk-service" "http://localhost:$HELPDESK_PORT/q/swagger-ui  (health, metrics: http://localhost:$HELPDESK_MANAGEMENT_PORT/q/)" \
    "verification-service" "http://localhost:$VERIFICATION_PORT/q/swagger-ui  (health, metrics: http://localhost:$VERIFICATION_MANAGEMENT_PORT/q/)" \
    "training-service" "http://localhost:$TRAINING_PORT/q/swagger-ui  (health, metrics: http://localhost:$TRAINING_MANAGEMENT_PORT/q/)" \
    "Keycloak admin console" "http://localhost:$KEYCLOAK_PORT/admin/  ($KC_BOOTSTRAP_ADMIN_USERNAME / $KC_BOOTSTRAP_ADMIN_PASSWORD, local only)" \
    "Keycloak realm" "$OIDC_AUTH_SERVER_URL" \
    "Kafka" "localhost:$KAFKA_PORT" \
    "Mails (GreenMail)" "SMTP localhost:$GREENMAIL_SMTP_PORT; read them: $(greenmail_api_url)/api/user/<address>/messages/INBOX" \
    "PostgreSQL" "$PG_HOST:$PG_PORT (user $PG_USER; databases ${RUN_DATABASES[*]})"
  echo
  echo "  Demo users (realm madiun, password \"demo\", client madiun-web; local only):"
  keycloak_demo_users
  echo
  echo "  Logs: .local/logs/<name>.log   Status: ./suite status   Checks: ./suite smoke"
  echo
}

## down
cmd_down() {
  (( $# == 0 )) || die "usage: ./suite down"
  stop_processes "${APP_NAMES[@]}"
  stop_processes "${INFRA_NAMES[@]}"
  verify_ports_free "${ALL_NAMES[@]}" kafka-controller greenmail-api
}

# Exits non-zero, naming the owner, if a port of the given names is still listened on.
verify_ports_free() {
  local name port var bad=0
  for name in "$@"; do
    var="$(port_var "$name")"; port="${!var}"
    if port_in_use "$port"; then
      printf 'suite: port %s (%s) is still in use by %s\n' "$port" "$var" "$(port_owner "$port")" >&2
      bad=1
    fi
  done
  (( bad == 0 )) || exit 1
  say "stopped; ports free: $(for n in "$@"; do printf '%s ' "$(port_of "$n")"; done)"
}
