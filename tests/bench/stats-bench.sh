#!/bin/sh
# Times the whole `hitready-cli stats` command on 100,000 attempts x 50 items stored in SQLite
# (DESIGN.md budget: <= 1.5 s) and prints every run and the median. The database is built
# once with `hitready-cli simulate --seed 1` and kept in BUILD/bench (shared with
# hitready-bench).
# Usage: tests/bench/stats-bench.sh [BUILD_DIR] [RUNS]
set -eu
build=${1:-build}
runs=${2:-9}
cli="$build/bin/hitready-cli"
db="$build/bench/stats-100k.sqlite"
quiz="$(dirname "$0")/stats-50-items.yaml"

if [ ! -f "$db" ]; then
    mkdir -p "$build/bench"
    rm -f "$db.building" "$db.building-wal" "$db.building-shm"
    "$cli" simulate "$quiz" --learners 100000 --seed 1 --db "$db.building"
    rm -f "$db.building-wal" "$db.building-shm"
    mv "$db.building" "$db"
fi

times=""
i=0
while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    "$cli" stats stats-bench --db "$db" > /dev/null
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    echo "run $((i + 1)): $ms ms"
    times="$times $ms"
    i=$((i + 1))
done
echo "$times" | tr ' ' '\n' | grep . | sort -n |
    awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
                              printf "stats, 100,000 attempts x 50 items: median %d ms of %d runs (budget 1500 ms)\n", m, NR }'
