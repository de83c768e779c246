#!/bin/sh
# Times the whole `hitready-cli stats` command on 100,000 attempts x 50 items stored on a
# PostgreSQL server (issue 12 budget: <= 3 s), the median of RUNS runs, and how long
# `hitready-cli simulate` took to load that class onto the server. The class is the one
# stats-bench.sh times on SQLite: `simulate --seed 1` of stats-56-items.yaml (a pool and
# skipped items, as real data has). It runs against the PG* environment's server when PGHOST is
# set, else inside a throw-away local cluster (tests/pg/with-server.sh, pg_virtualenv).
# Usage: tests/bench/stats-server-bench.sh [BUILD_DIR] [RUNS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${PGHOST:-}" ]; then
    exec "$here/../pg/with-server.sh" "$0" "$@"
fi
build=${1:-build}
runs=${2:-3}
cli=${HITREADY_CLI:-"$build/bin/hitready-cli"}
db="hitready_bench_$$"
url="postgresql:///$db"

psql -q -c "CREATE DATABASE $db"
trap 'psql -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
start=$(date +%s%N)
"$cli" simulate "$here/stats-56-items.yaml" --learners 100000 --seed 1 --db "$url" > /dev/null
end=$(date +%s%N)
load_ms=$(( (end - start) / 1000000 ))
psql -q -d "$db" -c "VACUUM ANALYZE"

log=$(mktemp)
trap 'rm -f "$log"; psql -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
i=0
while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    "$cli" stats stats-bench --db "$url" > /dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >> "$log"
    i=$((i + 1))
    echo "run $i: $(tail -n 1 "$log") ms stats on the server"
done
median=$(sort -n "$log" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
echo "100,000 attempts x 50 items on PostgreSQL $(psql -Atc 'SHOW server_version'), median of $runs runs:"
echo "  stats     $median ms  (budget 3000 ms, whole command)"
echo "  simulate  $load_ms ms  (loading the class with COPY)"
