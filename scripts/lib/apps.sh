# shellcheck shell=bash
# The four Quarkus services, the gateway and the portal, run from their fast-jar builds (<module>/target/quarkus-app).

: "${APP_JVM_OPTS:=-Xmx256m -XX:+UseSerialGC}"
# Where the gateway finds the services (the same names docker-compose.yml sets).
: "${PPID_URL:=http://localhost:$PPID_PORT}"
: "${HELPDESK_URL:=http://localhost:$HELPDESK_PORT}"
: "${VERIFICATION_URL:=http://localhost:$VERIFICATION_PORT}"
: "${TRAINING_URL:=http://localhost:$TRAINING_PORT}"
export PPID_URL HELPDESK_URL VERIFICATION_URL TRAINING_URL
# Where the portal finds the gateway (the same name docker-compose.yml sets; the end-to-end suite reads it too).
: "${GATEWAY_URL:=http://localhost:$GATEWAY_PORT}"
export GATEWAY_URL
# Keys that encrypt personal data (NIK, phone, address) at rest — for LOCAL runs only, committed on purpose so that a
# local database stays readable across restarts. A real deployment sets its own from a secret store.
: "${MADIUN_PRIVACY_ENCRYPTION_KEY:=GTEBs32Q0O0Z7qX/ZYTe4rOPKeklTUQjsIssrkD7TO0=}"
: "${MADIUN_PRIVACY_LOOKUP_KEY:=/c9BZYRKgsWJ2j0h/V6qJv6n5zh3KghuHMNh9F2DFlQ=}"
export MADIUN_PRIVACY_ENCRYPTION_KEY MADIUN_PRIVACY_LOOKUP_KEY
# The portal's client secret in the realm (client madiun-portal of infra/keycloak/madiun-realm.json) — LOCAL only, like
# the realm's other demo secrets; it also encrypts the portal's session cookie. A deployment sets its own.
: "${PORTAL_OIDC_CLIENT_SECRET:=portal-local-secret-for-local-runs-only}"
export PORTAL_OIDC_CLIENT_SECRET
# The gateway's rate limits on the LOCAL stack: generous, because the end-to-end suite and the benchmarks call from one
# address and a handful of users. The limits themselves are tested in the gateway's RateLimitTest; a deployment sets
# its own (application.properties has the production defaults).
: "${GATEWAY_ANONYMOUS_PER_MINUTE:=600000}"
: "${GATEWAY_ANONYMOUS_BURST:=20000}"
: "${GATEWAY_AUTHENTICATED_PER_MINUTE:=600000}"
: "${GATEWAY_AUTHENTICATED_BURST:=20000}"
export GATEWAY_ANONYMOUS_PER_MINUTE GATEWAY_ANONYMOUS_BURST GATEWAY_AUTHENTICATED_PER_MINUTE GATEWAY_AUTHENTICATED_BURST
# A shifted clock for a whole test run: MADIUN_CLOCK_START_AT (ISO offset date-time, e.g. 2026-12-20T09:00:00+07:00)
# makes every application's clock start at that instant and run on (service-common's madiun.clock.start-at); the
# services' own tests in the Maven build and the end-to-end suite read the same variable. Unset or empty: real time.
if [[ -n "${MADIUN_CLOCK_START_AT:-}" ]]; then
  [[ "$MADIUN_CLOCK_START_AT" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?([+-][0-9]{2}:[0-9]{2}|Z)$ ]] \
    || die "MADIUN_CLOCK_START_AT must be an ISO offset date-time such as 2026-12-20T09:00:00+07:00, not '$MADIUN_CLOCK_START_AT'"
  export MADIUN_CLOCK_START_AT
  warn "the applications' clocks start at $MADIUN_CLOCK_START_AT (MADIUN_CLOCK_START_AT), not the real time"
fi

app_module() {
  case "$1" in
    gateway) echo gateway ;;
    portal) echo portal ;;
    *) echo "$1-service" ;;
  esac
}
app_jar() { echo "$SUITE_ROOT/$(app_module "$1")/target/quarkus-app/quarkus-run.jar"; }

# Fails early, naming every missing jar, before anything is started.
require_app_jars() {
  local name absent=""
  for name in "$@"; do
    [[ -f "$(app_jar "$name")" ]] || absent+="    $(app_module "$name")/target/quarkus-app/quarkus-run.jar"$'\n'
  done
  if [[ -n "$absent" ]]; then
    die "$(printf 'application jar(s) missing:\n%s  Build them first: ./suite up (builds unless --no-build), or mvn -B -DskipTests package' "$absent")"
  fi
}

# The apps get the suite's environment (ports, PG_*, KAFKA_BOOTSTRAP_SERVERS, OIDC_AUTH_SERVER_URL, *_URL), exported
# in common.sh; each runs in its module folder so a module-local .env or config/ is honoured.
start_app() {
  local name="$1" var
  var="$(port_var "$name")"
  require_port_free "$name" "${!var}" "$var"
  var="$(management_port_var "$name")"
  require_port_free "$name" "${!var}" "$var"
  # shellcheck disable=SC2086  # APP_JVM_OPTS holds several JVM options
  # The local stack's clocks may be moved through the management port (madiun.clock.movable), so that the end-to-end
  # suite reaches a training session's own day; MADIUN_CLOCK_MOVABLE=false turns it off. Never set in deployments.
  start_process "$name" "$SUITE_ROOT/$(app_module "$name")" "$JAVA_HOME/bin/java" $APP_JVM_OPTS \
    "-Dmadiun.clock.movable=${MADIUN_CLOCK_MOVABLE:-true}" -jar "$(app_jar "$name")"
}

# Readiness is on the application's management interface (its own port, never routed by the gateway).
app_ready() { http_ok "http://localhost:$(management_port_of "$1")/q/health/ready"; }
ready_ppid() { app_ready ppid; }
ready_helpdesk() { app_ready helpdesk; }
ready_verification() { app_ready verification; }
ready_training() { app_ready training; }
ready_gateway() { app_ready gateway; }
ready_portal() { app_ready portal; }
