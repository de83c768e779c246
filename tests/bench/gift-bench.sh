#!/bin/sh
# Times the whole `hitready-cli convert` of a generated 5,000-question GIFT bank (to GIFT, and to
# YAML with its load check) side by side with gift-pegjs 1.0.2 on Node parsing the same file
# (the reference parser, installed by `make gift-reference`). The runs alternate so that both
# see the same machine load; it prints every run (wall seconds) and the medians.
# Usage: tests/bench/gift-bench.sh [BUILD_DIR] [RUNS]
set -eu
build=${1:-build}
runs=${2:-5}
cli="$build/bin/hitready-cli"
bank="$build/bench/bank-5000.gift"
reference="$build/gift-reference/node_modules"
mkdir -p "$build/bench"
python3 - "$bank" <<'PY'
import sys
out = []
for i in range(5000):
    if i % 500 == 0:
        out.append(f"$CATEGORY: $course$/top/Domain {i // 500}\n")
    kind = i % 5
    if kind == 0:
        out.append(f"::q{i}:: Which record {i} is right? {{\n\t=Answer {i}#Right\n\t~Wrong a {i}#No\n\t~Wrong b {i}\n\t####Because {i}.\n}}\n")
    elif kind == 1:
        out.append(f"::q{i}:: Statement {i} is true. {{T####Explained {i}}}\n")
    elif kind == 2:
        out.append(f"::q{i}:: Type code {i}. {{=E{i}.9 =E{i}*}}\n")
    elif kind == 3:
        out.append(f"::q{i}:: Rate {i}? {{#{i}.5:0.1}}\n")
    else:
        out.append(f"::q{i}:: Match {i}. {{=a{i} -> x{i} =b{i} -> y{i} =c{i} -> z{i}}}\n")
open(sys.argv[1], "w").write("\n".join(out))
PY
now() { date +%s.%N; }
sub() { awk "BEGIN { printf \"%.3f\", $1 - $2 }"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > "$build/bench/gift-ours-gift.txt"; : > "$build/bench/gift-ours-yaml.txt"; : > "$build/bench/gift-pegjs.txt"
i=0
while [ $i -lt "$runs" ]; do
  rm -f "$build/bench/bank-out.gift" "$build/bench/bank-out.yaml"
  t0=$(now); "$cli" convert "$bank" -o "$build/bench/bank-out.gift" 2>/dev/null; t1=$(now)
  "$cli" convert "$bank" -o "$build/bench/bank-out.yaml" 2>/dev/null; t2=$(now)
  NODE_PATH="$reference" node -e 'require("gift-pegjs").parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$bank"
  t3=$(now)
  echo "$(sub "$t1" "$t0")" >> "$build/bench/gift-ours-gift.txt"
  echo "$(sub "$t2" "$t1")" >> "$build/bench/gift-ours-yaml.txt"
  echo "$(sub "$t3" "$t2")" >> "$build/bench/gift-pegjs.txt"
  echo "run $((i + 1)): convert to GIFT $(sub "$t1" "$t0") s, to YAML $(sub "$t2" "$t1") s, gift-pegjs $(sub "$t3" "$t2") s"
  i=$((i + 1))
done
ours=$(median < "$build/bench/gift-ours-yaml.txt")
theirs=$(median < "$build/bench/gift-pegjs.txt")
echo "median: convert to GIFT $(median < "$build/bench/gift-ours-gift.txt") s, to YAML $ours s, gift-pegjs $theirs s (gift-pegjs / to YAML: $(awk "BEGIN { printf \"%.1f\", $theirs / $ours }")x)"
