# shellcheck shell=bash
# ./suite smoke: end-to-end checks against a running suite (after ./suite up -d). One PASS/FAIL line per check.

SMOKE_PASSED=0
SMOKE_FAILED=0

# check DESCRIPTION COMMAND... : runs the command, prints PASS or FAIL (with the command's one-line reason on stdout).
check() {
  local desc="$1" out
  shift
  if out="$("$@" 2>&1)"; then
    printf 'PASS  %s\n' "$desc"
    SMOKE_PASSED=$((SMOKE_PASSED + 1))
  else
    printf 'FAIL  %s%s\n' "$desc" "${out:+ — $(head -c 300 <<<"$out" | tr '\n' ' ')}"
    SMOKE_FAILED=$((SMOKE_FAILED + 1))
  fi
}

# expect_http STATUS URL [curl args...] : the URL answers STATUS; for 200 the body must be JSON.
expect_http() {
  local want="$1" url="$2" body code ctype rc=0
  shift 2
  body="$(mktemp)"
  code="$(curl -s --max-time 10 -o "$body" -w '%{http_code} %{content_type}' "$@" "$url")" || rc=$?
  if (( rc != 0 )); then
    rm -f "$body"; echo "no answer from $url (curl exit $rc)"; return 1
  fi
  ctype="${code#* }"; code="${code%% *}"
  if [[ "$code" != "$want" ]]; then
    echo "got HTTP $code ($ctype): $(head -c 200 "$body")"; rm -f "$body"; return 1
  fi
  if [[ "$want" == 200 ]] && ! { [[ "$ctype" == *json* ]] && grep -q '^[[:space:]]*[{[]' "$body"; }; then
    echo "HTTP 200 but not JSON (content type '$ctype')"; rm -f "$body"; return 1
  fi
  rm -f "$body"
}

# expect_http_text URL TEXT : the URL answers 200 and its body contains TEXT.
expect_http_text() {
  local body
  body="$(curl -fsS --max-time 10 "$1" 2>&1)" || { echo "no 200 from $1: $(head -c 200 <<<"$body")"; return 1; }
  grep -q -- "$2" <<<"$body" || { echo "$1 answered without '$2'"; return 1; }
}

smoke_ready() { "ready_$1" || { echo "not ready (./suite status)"; return 1; }; }

# The token is fetched before the check, since check runs its command in a subshell.
smoke_have_token() {
  [[ -n "$SMOKE_TOKEN" ]] || { echo "no access token for citizen1 from Keycloak (password grant, client madiun-web)"; return 1; }
}

smoke_kafka() {
  local topic msg got
  topic="smoke.$(date +%s)"
  msg="smoke-$RANDOM-$(date +%s%N)"
  kafka_produce "$topic" "$msg" >/dev/null || { echo "console producer failed"; return 1; }
  got="$(kafka_consume_one "$topic")" || true
  [[ "$got" == "$msg" ]] || { echo "consumed '${got}' instead of '$msg' from $topic"; return 1; }
}

cmd_smoke() {
  (( $# == 0 )) || die "usage: ./suite smoke"
  ensure_jdk
  load_runtime_versions
  local name svc gw="http://localhost:$GATEWAY_PORT"
  for name in "${ALL_NAMES[@]}"; do check "$name is ready" smoke_ready "$name"; done
  for svc in "${SERVICE_NAMES[@]}"; do
    check "GET $gw/api/$svc/standard is 200 JSON (anonymous)" expect_http 200 "$gw/api/$svc/standard"
  done
  check "the portal's home page is 200 and links to the four services' pages" \
    expect_http_text "http://localhost:$PORTAL_PORT/" 'href="/layanan/pelatihan"'
  SMOKE_TOKEN="$(keycloak_token citizen1 demo || true)"
  check "Keycloak issues a token to citizen1 (client madiun-web, password grant)" smoke_have_token
  if [[ -n "$SMOKE_TOKEN" ]]; then
    check "the gateway accepts citizen1's token: GET /api/ppid/standard is 200" \
      expect_http 200 "$gw/api/ppid/standard" -H "Authorization: Bearer $SMOKE_TOKEN"
  fi
  check "the gateway rejects a garbage token: GET /api/ppid/standard is 401" \
    expect_http 401 "$gw/api/ppid/standard" -H "Authorization: Bearer not.a.valid-token"
  check "the gateway's public port serves no metrics: GET $gw/q/metrics is 404" expect_http 404 "$gw/q/metrics"
  check "nor through a path trick: GET $gw/api/ppid/%2e%2e/%2e%2e/q/metrics is 400" \
    expect_http 400 "$gw/api/ppid/%2e%2e/%2e%2e/q/metrics" --path-as-is
  for name in "${APP_NAMES[@]}"; do
    check "$name serves Prometheus metrics on its management port $(management_port_of "$name")" \
      expect_http_text "http://localhost:$(management_port_of "$name")/q/metrics" 'http_server_requests_seconds'
  done
  check "Kafka: a message produced to a fresh topic smoke.<timestamp> is consumed back" smoke_kafka
  echo
  echo "smoke: $SMOKE_PASSED passed, $SMOKE_FAILED failed"
  (( SMOKE_FAILED == 0 ))
}
