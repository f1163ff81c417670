#!/usr/bin/env bash
# bench/run.sh - speed of precis against Open Text Summarizer (ots) on the
# news articles of ../shared/eval (cnndm, orangesum, bbc; not the
# multi-article or keyphrase sets). Run by `make bench`; method in
# bench/README.md; writes bench/results.md.
#
# Environment: BUILD (build directory, default build), EVAL_DIR (default
# ../shared/eval), RUNS (timed runs per command, default 5).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
data=${EVAL_DIR:-$root/../shared/eval}
runs=${RUNS:-5}
precis=$build/precis
out=$root/bench/results.md

if [ ! -d "$data" ]; then
    echo "bench: $data not found; skipping (the evaluation sets are not part of the repository)"
    exit 0
fi
[ -x "$precis" ] || { echo "bench: $precis not built (run make)" >&2; exit 1; }
command -v ots >/dev/null || apt-get install -y ots >/dev/null || {
    echo "bench: ots is not installed and could not be installed" >&2
    exit 1
}
command -v hyperfine >/dev/null || apt-get install -y hyperfine >/dev/null || true
command -v python3 >/dev/null || { echo "bench: python3 is needed to prepare the input" >&2; exit 1; }

work=$(mktemp -d /tmp/precis-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# One {id, text} line per article for precis; one file per article for ots,
# grouped by language so ots gets the matching dictionary.
sets=()
for f in "$data"/*.jsonl; do
    case $(basename "$f") in rpm2-* | keyphrases-*) continue ;; esac
    sets+=("$f")
done
python3 - "$work" "${sets[@]}" <<'EOF'
import json, os, sys
work, sets = sys.argv[1], sys.argv[2:]
n = nbytes = 0
with open(os.path.join(work, "all.jsonl"), "w", encoding="utf-8") as out:
    for path in sets:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            out.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
            lang = r.get("lang", "en")
            d = os.path.join(work, "ots", lang)
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, "%05d.txt" % n), "w", encoding="utf-8") as f:
                f.write(r["text"])
            n += 1
            nbytes += len(r["text"].encode("utf-8"))
with open(os.path.join(work, "stats"), "w") as f:
    f.write("%d %d\n" % (n, nbytes))
EOF
read -r narticles nbytes <"$work/stats"

# ots and the spawn floor, as loops over the same files.
cat >"$work/ots.sh" <<EOF
for d in "$work"/ots/*/; do
    lang=\$(basename "\$d")
    dict=""
    [ -f "/usr/share/ots/\$lang.xml" ] && dict="-d \$lang"
    for f in "\$d"*.txt; do ots -r 20 \$dict "\$f" >/dev/null 2>&1; done
done
EOF
cat >"$work/spawn.sh" <<EOF
for d in "$work"/ots/*/; do
    for f in "\$d"*.txt; do /bin/true "\$f"; done
done
EOF

pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)

# Median wall-clock seconds of a shell command over $runs runs (1 warm-up).
median() {
    local cmd=$1
    if command -v hyperfine >/dev/null; then
        hyperfine -i --style none --warmup 1 --runs "$runs" --export-json "$work/h.json" \
            "$cmd" >/dev/null 2>&1
        python3 -c 'import json,sys; print("%.4f" % json.load(open(sys.argv[1]))["results"][0]["median"])' \
            "$work/h.json"
    else
        local times=() t0 t1
        bash -c "$cmd" >/dev/null 2>&1 || true
        for _ in $(seq "$runs"); do
            t0=$(date +%s.%N)
            bash -c "$cmd" >/dev/null 2>&1 || true
            t1=$(date +%s.%N)
            times+=("$(echo "$t1 - $t0" | bc -l)")
        done
        printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.4f\n", (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
    fi
}

echo "bench: $narticles articles, $((nbytes / 1024)) KiB of text; $runs runs each"
# The timed runs discard the output, so check once that it is real briefs.
nout=$("$precis" --jsonl -j 1 <"$work/all.jsonl" 2>/dev/null | grep -c '"schema"' || true)
nerr=$((narticles - nout))
[ "$nerr" -eq 0 ] || echo "bench: warning: precis produced no brief for $nerr articles" >&2
p1=$(median "${pin[*]} $precis --jsonl -j 1 < $work/all.jsonl > /dev/null")
echo "bench: precis -j 1: ${p1}s"
pn=$(median "$precis --jsonl -j $(nproc) < $work/all.jsonl > /dev/null")
echo "bench: precis -j $(nproc): ${pn}s"
# The cost of the later stages: the same run with some of them off, timed
# and counted in instructions (callgrind, stable on a noisy machine) over
# 100 articles spread over all the sets (every n-th line).
# (awk stops itself: `| head` would kill it with SIGPIPE under pipefail)
awk -v n=$((narticles / 100)) 'NR % n == 1 { print; if (++c == 100) exit }' "$work/all.jsonl" \
    >"$work/sample100.jsonl"
stage_cfgs=("" "--sections off" "--keywords 0 --quotes 0 --entities 0"
    "--sections off --keywords 0 --quotes 0 --entities 0")
stage_t=() stage_ir=()
for cfg in "${stage_cfgs[@]}"; do
    stage_t+=("$(median "${pin[*]} $precis --jsonl -j 1 $cfg < $work/all.jsonl > /dev/null")")
    ir=-
    if command -v valgrind >/dev/null; then
        # shellcheck disable=SC2086 # cfg is a list of options
        ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$precis" --jsonl -j 1 $cfg \
            "$work/sample100.jsonl" 2>&1 >/dev/null | sed -n 's/.*refs: *//p' | tr -d ,)
    fi
    stage_ir+=("${ir:-?}")
    echo "bench: precis ${cfg:-(all stages)}: ${stage_t[-1]}s, ${stage_ir[-1]} instructions"
done
stage_rows=""
for i in "${!stage_cfgs[@]}"; do
    cfg=${stage_cfgs[$i]}
    row=$(python3 - "${stage_t[$i]}" "${stage_t[3]}" "${stage_ir[$i]}" "${stage_ir[3]}" <<'PY'
import sys
t, t0, ir, ir0 = sys.argv[1:]
lost = 100 * (1 - float(t0) / float(t)) if float(t) > 0 else 0
try:
    ir_lost = "%.1f%%" % (100 * (1 - float(ir0) / float(ir)))
    ir = "%.1fM" % (float(ir) / 1e6)
except ValueError:
    ir_lost = "?"
print("| %s | %.1f%% | %s | %s |" % (t, lost, ir, ir_lost))
PY
)
    stage_rows+="| \`${cfg:-(default: all stages)}\` $row"$'\n'
done
# Issue 17's budget: keyphrases, quotations and entities together take at
# most 25% of the throughput, i.e. the default run (all stages) over the one
# with the three off, A/B, at most 1.333.
stage_ratio=$(python3 -c 'import sys; print("%.3f" % (float(sys.argv[1]) / float(sys.argv[2])))' \
    "${stage_t[0]}" "${stage_t[2]}")
stage_ir_ratio=$(python3 -c '
import sys
try: print("%.3f" % (float(sys.argv[1]) / float(sys.argv[2])))
except ValueError: print("?")' "${stage_ir[0]}" "${stage_ir[2]}")
echo "bench: keyphrases + quotations + entities: A/B ${stage_ratio} by time, ${stage_ir_ratio} by instructions (budget 1.333)"
ot=$(median "${pin[*]} bash $work/ots.sh")
echo "bench: ots: ${ot}s"
sp=$(median "${pin[*]} bash $work/spawn.sh")
echo "bench: spawn floor: ${sp}s"

rate() { python3 -c "import sys; print('%.0f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$@"; }
mbs() { python3 -c "import sys; print('%.2f' % (float(sys.argv[1]) / 1e6 / float(sys.argv[2])))" "$@"; }
ots_net=$(python3 -c "import sys; print('%.4f' % max(float(sys.argv[1]) - float(sys.argv[2]), 1e-9))" "$ot" "$sp")
ratio=$(python3 -c "import sys; print('%.0f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$ot" "$p1")
ratio_net=$(python3 -c "import sys; print('%.0f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$ots_net" "$p1")
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)
tool=$(command -v hyperfine >/dev/null && echo "hyperfine $(hyperfine --version | cut -d' ' -f2)" || echo "date +%s.%N loop")

# The web page extraction section (bench/extract-bench.sh) is kept as it is.
extract_section=$(sed -n '/^<!-- extract-bench/,$p' "$out" 2>/dev/null || true)
cat >"$out" <<EOF
# Speed: precis against Open Text Summarizer

Generated by \`make bench\` (bench/run.sh) on $(date -u '+%Y-%m-%d %H:%M UTC'); method in
bench/README.md.

- Machine: ${cpu:-unknown CPU}, $(nproc) cores visible, $(uname -sr)
- $("$precis" --version 2>/dev/null | head -1 || echo 'precis ?'), ots $(dpkg-query -W -f='${Version}' ots 2>/dev/null || echo '?')
- Input: the $narticles articles of cnndm-dev, orangesum-dev and bbc-dev
  ($(mbs "$nbytes" 1) MB of article text)
- precis output checked once: $nout briefs for $narticles articles
- Timing: $tool, median of $runs runs after one warm-up; single-core rows pinned with
  \`taskset -c 0\`

| command | median s | articles/s | MB/s |
|---|---|---|---|
| \`precis --jsonl -j 1\` (one process, all articles) | $p1 | $(rate "$narticles" "$p1") | $(mbs "$nbytes" "$p1") |
| \`precis --jsonl -j $(nproc)\` (all cores, not pinned) | $pn | $(rate "$narticles" "$pn") | $(mbs "$nbytes" "$pn") |
| \`ots -r 20 FILE\`, one process per article | $ot | $(rate "$narticles" "$ot") | $(mbs "$nbytes" "$ot") |
| \`/bin/true FILE\`, one process per article (spawn floor) | $sp | $(rate "$narticles" "$sp") | |
| ots less the spawn floor | $ots_net | $(rate "$narticles" "$ots_net") | $(mbs "$nbytes" "$ots_net") |

On one core precis is **${ratio}x** faster than ots as both are used from a shell
(${ratio_net}x once the cost of starting a process per article is taken out of ots's
time). precis also identifies each article's language; ots is told it.

## Cost of the later stages

\`precis --jsonl -j 1\` pinned to one core over the same articles, with stages turned
off; "throughput lost" is how much slower each row runs than the last one (no
sections, keyphrases, quotations or entities). Instructions: callgrind over 100 of the
articles, every n-th line of the input (\`valgrind --tool=callgrind
--callgrind-out-file=/dev/null precis --jsonl -j 1 OPTIONS sample100.jsonl\`).

| options | median s | throughput lost | instructions | instructions lost |
|---|---|---|---|---|
${stage_rows}
The three stages of issue 17 (keyphrases, quotations, entities), whose budget is 25% of
the throughput: A = \`${pin[*]} precis --jsonl -j 1 < all.jsonl\`, B = the same with
\`--keywords 0 --quotes 0 --entities 0\`; A/B = **${stage_ratio}** by median time
(budget 1.333), ${stage_ir_ratio} by instructions (callgrind, sample100.jsonl).
EOF
[ -z "$extract_section" ] || printf '\n%s\n' "$extract_section" >>"$out"
echo "bench: wrote $out"
cat "$out"
