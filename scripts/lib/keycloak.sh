# shellcheck shell=bash
# Keycloak: the server distribution from Maven Central in dev mode (H2 file database under its data/), realm "madiun"
# imported from infra/keycloak/madiun-realm.json.

KEYCLOAK_REALM_FILE="$SUITE_ROOT/infra/keycloak/madiun-realm.json"
: "${KEYCLOAK_HEAP_OPTS:=-Xms64m -Xmx512m}"
# Bootstrap admin of the master realm, for the admin console. Local only.
: "${KC_BOOTSTRAP_ADMIN_USERNAME:=admin}"
: "${KC_BOOTSTRAP_ADMIN_PASSWORD:=admin}"

# Copies the realm for --import-realm; if the realm file changed since the last import, drops the dev database so the
# new realm is imported (Keycloak skips realms that already exist).
keycloak_prepare() {
  local data="$KEYCLOAK_HOME/data" sum
  mkdir -p "$data/import"
  cp "$KEYCLOAK_REALM_FILE" "$data/import/madiun-realm.json"
  sum="$(sha256sum "$KEYCLOAK_REALM_FILE" | cut -d' ' -f1)"
  if [[ -d "$data/h2" && "$(cat "$data/.realm-sha256" 2>/dev/null)" != "$sum" ]]; then
    say "infra/keycloak/madiun-realm.json changed since the last import; resetting Keycloak's local database to re-import it"
    rm -rf "$data/h2"
  fi
  echo "$sum" >"$data/.realm-sha256"
}

start_keycloak() {
  require_port_free keycloak "$KEYCLOAK_PORT" KEYCLOAK_PORT
  keycloak_prepare
  # A class-data archive, written when a server run stops, cuts ~20% of the start-up CPU; the JVM rebuilds it if the
  # JDK or the jars change. Not on the very first start: that JVM only re-builds Keycloak for dev mode, and an archive
  # of its classes would be kept. Set KEYCLOAK_JAVA_OPTS_APPEND="" to run without it.
  local cds=""
  [[ -f "$KEYCLOAK_HOME/data/.dev-built" ]] &&
    cds="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$KEYCLOAK_HOME/data/cds.jsa -Xlog:cds=off"
  local append="${KEYCLOAK_JAVA_OPTS_APPEND-$cds}"
  # JAVA_OPTS_KC_HEAP is the heap variable kc.sh reads; loopback only, since the admin password is a demo one.
  start_process keycloak "$KEYCLOAK_HOME" env \
    JAVA_HOME="$JAVA_HOME" JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP_OPTS" JAVA_OPTS_APPEND="$append" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$KC_BOOTSTRAP_ADMIN_USERNAME" KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_BOOTSTRAP_ADMIN_PASSWORD" \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" --http-host=127.0.0.1 --import-realm
}

# Ready = the realm's discovery document answers (the realm is imported before the HTTP port opens).
ready_keycloak() {
  http_ok "http://localhost:$KEYCLOAK_PORT/realms/madiun/.well-known/openid-configuration" || return 1
  # From now on the dev-mode build exists, so later starts may use the class-data archive.
  [[ -f "$KEYCLOAK_HOME/data/.dev-built" ]] || touch "$KEYCLOAK_HOME/data/.dev-built"
}

# keycloak_token USER PASSWORD : an access token from the public client madiun-web (password grant), or nothing.
keycloak_token() {
  curl -fsS --max-time 10 \
    -d grant_type=password -d client_id=madiun-web -d "username=$1" -d "password=$2" \
    "http://localhost:$KEYCLOAK_PORT/realms/madiun/protocol/openid-connect/token" 2>/dev/null |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# "user (role), ..." lines read from the realm file, for the summary of `up`.
keycloak_demo_users() {
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$KEYCLOAK_REALM_FILE" <<'EOF'
import json, sys
for u in json.load(open(sys.argv[1])).get("users", []):
    print(f"    {u['username']:<16} {', '.join(u.get('realmRoles', []))}")
EOF
  else
    grep -o '"username": *"[^"]*"' "$KEYCLOAK_REALM_FILE" | sed 's/.*: *"\(.*\)"/    \1/'
  fi
}
