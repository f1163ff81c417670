#!/usr/bin/env bash
# bench/stage-pairs.sh - CPU time of precis with the three later stages
# (keyphrases, quotations, entities) against without them, on one core, the
# two commands in turn, so that a loaded machine's drift falls on both: for
# each binary given, ROUNDS pairs of `precis --jsonl -j 1 < ALL` and the same
# with `--keywords 0 --quotes 0 --entities 0`, each timed by `perf stat -e
# task-clock` (user + system of the process), pinned with `taskset -c CPU`.
# Several binaries are interleaved pair by pair (a build before and after a
# change). Prints per binary the median times and the median, mean, min and
# max of the pair ratios (issue 17's budget: ratio at most 1.333).
#
# Usage: bench/stage-pairs.sh [BIN...]   (default build/precis)
# Environment: ROUNDS (default 12), CPU (default 1), EVAL_DIR (default
# ../shared/eval; ALL is cnndm-dev.en, orangesum-dev.fr and bbc-dev.en).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${EVAL_DIR:-$root/../shared/eval}
rounds=${ROUNDS:-12}
cpu=${CPU:-1}
[ $# -gt 0 ] || set -- "$root/build/precis"
command -v perf >/dev/null || { echo "stage-pairs: perf is needed (apt-get install linux-perf)" >&2; exit 1; }
work=$(mktemp -d /tmp/precis-pairs.XXXXXX)
trap 'rm -rf "$work"' EXIT
cat "$data"/cnndm-dev.en.jsonl "$data"/orangesum-dev.fr.jsonl "$data"/bbc-dev.en.jsonl >"$work/all.jsonl"
off=(--keywords 0 --quotes 0 --entities 0)
run() { # prints the task-clock milliseconds of one run
    perf stat -x, -e task-clock -o "$work/stat" taskset -c "$cpu" "$@" --jsonl -j 1 \
        <"$work/all.jsonl" >/dev/null 2>&1
    awk -F, '/task-clock/ {print $1}' "$work/stat"
}
for b in "$@"; do run "$b" >/dev/null; run "$b" "${off[@]}" >/dev/null; done # warm-up
for ((r = 0; r < rounds; r++)); do
    for b in "$@"; do
        echo "$b $(run "$b") $(run "$b" "${off[@]}")" >>"$work/pairs"
    done
done
awk '{ on[$1] = on[$1] " " $2; off[$1] = off[$1] " " $3; ratio[$1] = ratio[$1] " " $2 / $3 }
     function med(s,   a, n, i, j, t) {
         n = split(s, a, " ")
         for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
         return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
     }
     function stat(s, what,   a, n, i, sum, lo, hi) {
         n = split(s, a, " "); lo = hi = a[1]
         for (i = 1; i <= n; i++) { sum += a[i]; if (a[i] < lo) lo = a[i]; if (a[i] > hi) hi = a[i] }
         return what == "mean" ? sum / n : what == "min" ? lo : hi
     }
     END { for (b in on) printf "%s: %d pairs, on %.0f ms, off %.0f ms, ratio median %.3f mean %.3f min %.3f max %.3f\n",
               b, split(on[b], x, " "), med(on[b]), med(off[b]), med(ratio[b]), stat(ratio[b], "mean"),
               stat(ratio[b], "min"), stat(ratio[b], "max") }' "$work/pairs"
