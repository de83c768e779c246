#!/bin/sh
# Times the whole `hitready-cli collect` command on 1,000 hand-in files (one learner's finished
# attempt of 50 items each, from a quiz with a pool and skipped items) into a fresh class
# database; prints every run and the median (budget: 5 s).
# The files are made once and kept in BUILD/bench/handins: `hitready-cli simulate --seed 2`
# stores 1,000 learners of stats-56-items.yaml, hitready-handingen hands each one in.
# Usage: tests/bench/collect-bench.sh [BUILD_DIR] [RUNS]
set -eu
build=${1:-build}
runs=${2:-3}
cli="$build/bin/hitready-cli"
files="$build/bench/handins"
quiz="$(dirname "$0")/stats-56-items.yaml"

if [ ! -f "$files/.complete" ]; then
    rm -rf "$files" "$files.sqlite"*
    mkdir -p "$files"
    "$cli" simulate "$quiz" --learners 1000 --seed 2 --db "$files.sqlite" > /dev/null
    "$build/bin/hitready-handingen" "$files.sqlite" "$files"
    rm -f "$files.sqlite"*
    touch "$files/.complete"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
i=0
while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    db="$work/class-$i.sqlite"
    start=$(date +%s%N)
    "$cli" collect "$files"/*.json --db "$db" > "$work/out"
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    echo "$ms" >> "$work/times"
    echo "run $i: $ms ms ($(tail -n 1 "$work/out"))"
done
sort -n "$work/times" | awk -v n="$runs" '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "collect of 1,000 hand-in files x 50 items into a fresh database, median of %d: %d ms (budget 5000 ms)\n", n, m
}'
