#!/bin/sh
# A class on a server answering at once: 200 learners x 50 items (hitready-classbench), each
# learner its own login role and connection, against the PostgreSQL server the PG* environment
# names when PGHOST is set, else a throw-away local cluster from pg_virtualenv with its
# durability settings as shipped (fsync on: an answer counts when it is on disk).
# Each learner holds a connection: the server needs max_connections above the class size.
# Two runs: every learner answering as fast as the server takes it (the worst case), then each
# answering one item a second (a class at 200 answers/s, still far above a real one).
# Usage: tests/bench/class-bench.sh [BUILD_DIR] [LEARNERS] [ITEMS]
set -eu
build=${1:-build}
learners=${2:-200}
items=${3:-50}
bench="$(cd "$build/bin" && pwd)/hitready-classbench"
runs="$bench $learners $items 0 && $bench $learners $items 1000"
if [ -n "${PGHOST:-}" ]; then
    exec sh -c "$runs"
fi
# -t: a cluster in a temporary folder of its own, even as root (beside other test clusters);
# fsync on, as a real server has it (pg_virtualenv turns it off by default).
exec pg_virtualenv -t -o fsync=on -o max_connections=$((learners + 50)) sh -c "$runs"
