#!/bin/sh
# Runs a test (or any command) against a PostgreSQL server: the one the PG* environment names
# when PGHOST is set, else a throw-away cluster of its own from pg_virtualenv (postgresql-common),
# started for the command and removed after it.
#   tests/pg/with-server.sh build/tests/tst_storage
set -e
export HITREADY_TEST_BACKEND=postgresql
if [ -n "$PGHOST" ]; then
  exec "$@"
fi
if ! command -v pg_virtualenv >/dev/null 2>&1; then
  echo "with-server.sh: pg_virtualenv not found; install postgresql (make deps)" >&2
  exit 1
fi
# -t: a cluster in a temporary folder, also as root (root's default is one fixed cluster, so two
# suites could not run at once); a port of its own for the same reason.
port=$((20000 + $$ % 20000))
while pg_isready -q -h localhost -p "$port" >/dev/null 2>&1 || [ $? -ne 2 ]; do
  port=$((port + 1))
done
export PGPORT="$port"
exec pg_virtualenv -t "$@"
