# shellcheck shell=bash
# PostgreSQL: the machine's own server (not started by us unless it is the local default cluster) and the suite's databases.

RUN_DATABASES=(ppid helpdesk verification training)
TEST_DATABASES=(ppid_test helpdesk_test verification_test training_test shared_events_test service_common_test)

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres "$@"; }

# True when PG_HOST/PG_PORT point at this machine's default cluster, the only one we may start or install.
pg_is_local_default() {
  [[ "$PG_PORT" == 5432 ]] && [[ "$PG_HOST" == 127.0.0.1 || "$PG_HOST" == localhost || "$PG_HOST" == ::1 ]]
}

pg_ready() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2 >/dev/null 2>&1; }

# Makes sure PostgreSQL answers at PG_HOST:PG_PORT, starting (or, as root, installing) the local cluster if needed.
ensure_postgres() {
  if ! command -v pg_isready >/dev/null 2>&1 || ! command -v psql >/dev/null 2>&1; then
    if pg_is_local_default && [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      install_postgres
    else
      die "PostgreSQL client tools (psql, pg_isready) are not installed. Install PostgreSQL 15+ (Debian: sudo apt-get install -y postgresql) or point PG_HOST/PG_PORT at a running server."
    fi
  fi
  pg_ready && return 0
  if ! pg_is_local_default; then
    die "PostgreSQL is unreachable at $PG_HOST:$PG_PORT. Start it, or unset PG_HOST/PG_PORT to use the local server on 127.0.0.1:5432."
  fi
  start_local_postgres
}

# Starts the Debian cluster that owns port 5432 (pg_ctlcluster works without systemd with --skip-systemctl-redirect).
start_local_postgres() {
  local version
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [[ ! -d /etc/postgresql ]]; then
    die "PostgreSQL is unreachable at $PG_HOST:$PG_PORT and no Debian cluster is installed to start. Start your PostgreSQL server, or install one (sudo apt-get install -y postgresql)."
  fi
  version="$(ls /etc/postgresql | sort -V | tail -n1)"
  say "PostgreSQL is not answering; starting cluster $version/main"
  if ! pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>&1; then
    die "could not start PostgreSQL cluster $version/main; see /var/log/postgresql/postgresql-$version-main.log"
  fi
  for _ in $(seq 1 30); do pg_ready && return 0; sleep 0.5; done
  die "PostgreSQL cluster $version/main started but does not answer at $PG_HOST:$PG_PORT"
}

# Root only, default port only: installs Debian's PostgreSQL and lets local TCP clients in without a password.
install_postgres() {
  say "PostgreSQL is not installed; installing Debian's package (apt-get)"
  mkdir -p "$LOG_DIR"
  if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; } >"$LOG_DIR/apt-postgresql.log" 2>&1; then
    die "apt-get install postgresql failed; see .local/logs/apt-postgresql.log"
  fi
  local version hba
  version="$(ls /etc/postgresql | sort -V | tail -n1)"
  hba="/etc/postgresql/$version/main/pg_hba.conf"
  # Local development only: trust loopback TCP, as the suite's apps and tests connect as postgres without a password.
  if ! grep -q 'added by ./suite' "$hba"; then
    sed -i '1i # added by ./suite (local development): trust loopback connections\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
    warn "configured $hba to trust loopback connections (local development only)"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main restart >/dev/null 2>&1 || true
}

# Creates the run and test databases that are missing.
ensure_databases() {
  local existing db out
  if ! existing="$(psql_admin -At -c 'SELECT datname FROM pg_database' 2>&1)"; then
    die "cannot connect to PostgreSQL at $PG_HOST:$PG_PORT as $PG_USER: $existing"
  fi
  for db in "${RUN_DATABASES[@]}" "${TEST_DATABASES[@]}"; do
    if ! grep -qx "$db" <<<"$existing"; then
      # A concurrent ./suite may have created it meanwhile; "already exists" is fine.
      if ! out="$(psql_admin -c "CREATE DATABASE \"$db\"" 2>&1)" && ! grep -q 'already exists' <<<"$out"; then
        die "could not create database $db: $out"
      fi
      say "created database $db"
    fi
  done
}
