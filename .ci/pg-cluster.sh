#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS 3 cluster for the store tests, under a temp folder, on a free loopback port.
#
#   bash .ci/pg-cluster.sh start   prints `export TEST_DATABASE_URL=postgres://…` and `export PG_CLUSTER_DIR=…`
#                                  (use: eval "$(bash .ci/pg-cluster.sh start)")
#   bash .ci/pg-cluster.sh stop DIR   stops the cluster in DIR and removes the folder
#
# Needs Debian's postgresql-15 and postgresql-15-postgis-3. PostgreSQL refuses to run as root, so as root the
# cluster belongs to the `postgres` user the package creates. Trust authentication, loopback only: never a real
# server's setup.
set -euo pipefail

BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DB=events_test

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  if [ ! -x "$BIN/initdb" ]; then
    echo "pg-cluster: $BIN/initdb not found; install postgresql-15 and postgresql-15-postgis-3" >&2
    exit 1
  fi
  local dir port
  dir=$(mktemp -d "${TMPDIR:-/tmp}/pg-cluster.XXXXXX")
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  as_owner "$BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2; exit 1; }
  port=$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
  # fsync off: a test cluster's data is thrown away, and it makes each commit cheap
  as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$BIN/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE $DB" >/dev/null
  as_owner "$BIN/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d "$DB" -v ON_ERROR_STOP=1 \
    -c 'CREATE EXTENSION postgis' -c 'CREATE EXTENSION unaccent' >/dev/null
  echo "export PG_CLUSTER_DIR=$dir"
  echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/$DB"
}

stop() {
  local dir=${1:?usage: pg-cluster.sh stop DIR}
  [ -d "$dir/data" ] || { echo "pg-cluster: no cluster in $dir" >&2; exit 1; }
  as_owner "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: pg-cluster.sh start | stop DIR" >&2; exit 2 ;;
esac
