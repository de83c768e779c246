#!/bin/sh
# Times the whole `hitready-cli stats` command on 100,000 attempts x 50 items stored in SQLite
# side by side with its floor, hitready-rawscan (SQLite's C API stepping over the same answer
# rows, nothing decoded). The two run alternately, so both see the same machine load; it
# prints every run, the medians, their ratio (budget: stats within 1.5x of the raw scan, and
# within 1.5 s) and the peak resident memory of each (budget: stats <= 120 MiB).
# The database is built once with `hitready-cli simulate --seed 1` from stats-56-items.yaml
# (a pool and skipped items, as real data has) and kept in BUILD/bench (shared with
# hitready-bench).
# Usage: tests/bench/stats-bench.sh [BUILD_DIR] [RUNS]
# HITREADY_CLI=PATH times another hitready-cli (an older build) on the same database.
set -eu
build=${1:-build}
runs=${2:-9}
cli=${HITREADY_CLI:-"$build/bin/hitready-cli"}
raw="$build/bin/hitready-rawscan"
db="$build/bench/stats-100k-pool.sqlite"
quiz="$(dirname "$0")/stats-56-items.yaml"

if [ ! -f "$db" ]; then
    mkdir -p "$build/bench"
    rm -f "$db.building" "$db.building-wal" "$db.building-shm"
    "$cli" simulate "$quiz" --learners 100000 --seed 1 --db "$db.building"
    rm -f "$db.building-wal" "$db.building-shm"
    mv "$db.building" "$db"
fi

log=$(mktemp)
rss=$(mktemp)
trap 'rm -f "$log" "$rss"' EXIT

# Runs a command once; appends "NAME MS KIB" to the log.
measure() {
    name=$1
    shift
    start=$(date +%s%N)
    /usr/bin/time -f %M -o "$rss" "$@" > /dev/null
    end=$(date +%s%N)
    echo "$name $(( (end - start) / 1000000 )) $(tail -n 1 "$rss")" >> "$log"
}

i=0
while [ "$i" -lt "$runs" ]; do
    measure stats "$cli" stats stats-bench --db "$db"
    measure rawscan "$raw" "$db" stats-bench
    i=$((i + 1))
    echo "run $i: $(grep '^stats ' "$log" | tail -n 1 | cut -d' ' -f2) ms stats," \
         "$(grep '^rawscan ' "$log" | tail -n 1 | cut -d' ' -f2) ms raw scan"
done

# The median of field $2 (ms) or $3 (KiB) of one program's lines.
median() {
    grep "^$1 " "$log" | cut -d' ' -f"$2" | sort -n |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
stats_ms=$(median stats 2)
raw_ms=$(median rawscan 2)
stats_kib=$(median stats 3)
raw_kib=$(median rawscan 3)
awk -v s="$stats_ms" -v r="$raw_ms" -v sk="$stats_kib" -v rk="$raw_kib" -v n="$runs" 'BEGIN {
    printf "100,000 attempts x 50 items, medians of %d interleaved runs:\n", n
    printf "  stats     %6d ms  peak %4d MiB  (budgets: 1500 ms, 120 MiB)\n", s, sk / 1024
    printf "  raw scan  %6d ms  peak %4d MiB\n", r, rk / 1024
    printf "  ratio     %6.2fx  (budget 1.5x)\n", (r > 0 ? s / r : 0)
}'
