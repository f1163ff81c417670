#!/usr/bin/env bash
# tools/train-weights.sh - regenerates the scorer's weights file end to end
# from the evaluation sets of ../shared/eval (`make weights`; about 6
# minutes on one core). Runs the three training commands recorded in the
# header of data/scorer/weights.txt and assembles their output as it says:
# that file's header comments and [params] section as they are, then the
# brief model's sections with its [en] and [fr] replaced by the refits', then
# the extract model. The training commands' own headers (their cross-validated
# figures) are printed at the end, to update the header by hand.
#
# Usage: tools/train-weights.sh [OUT]   (default: data/scorer/weights.txt)
# Environment: BUILD (build directory, default build), EVAL_DIR (default
# ../shared/eval), WEIGHTS (the file whose header and [params] are kept,
# default data/scorer/weights.txt).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
data=${EVAL_DIR:-$root/../shared/eval}
src=${WEIGHTS:-$root/data/scorer/weights.txt}
out=${1:-$root/data/scorer/weights.txt}

if [ ! -d "$data" ]; then
    echo "train-weights: $data not found (the evaluation sets are not part of the repository)" >&2
    exit 1
fi
cmake --build "$build" --target precis-eval >/dev/null
bin=$build/precis-eval
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The training commands; the header of data/scorer/weights.txt says why each
# option. Budgets and --weight apply to the file before them.
(
    cd "$data"
    # 1. The brief model: [all], [en], [fr].
    "$bin" train --label combo --tune --mmr --by-lang --lambda 0.003 \
        --exclude overlap,quote_start,label,unended --out "$tmp/brief.txt" cnndm-dev.en.jsonl --points 3 \
        orangesum-dev.fr.jsonl --words 35 bbc-dev.en.jsonl --ratio 0.4 --weight 0.3
    # 1b. [en] again, without the ROUGE refinement (--tune), which on ~200
    #     training articles raised the training folds and lowered the held-out
    #     ones (docs/quality.md, "Refinement and variance").
    "$bin" train --label combo --mmr --lambda 0.003 \
        --section en --exclude overlap,quote_start,label,unended --out "$tmp/en.txt" cnndm-dev.en.jsonl \
        --points 3 bbc-dev.en.jsonl --ratio 0.4 --weight 0.3
    # 1c. [fr] again, on OrangeSum at 35 words and at 2 sentences.
    "$bin" train --label combo --tune --mmr --lambda 0.003 --section fr \
        --exclude overlap,quote_start,label,unended --out "$tmp/fr.txt" \
        orangesum-dev.fr.jsonl --words 35 orangesum-dev.fr.jsonl --points 2
    # 2. The extract model: [extract].
    "$bin" train --tune --mmr --served --lambda 0.001 --section extract \
        --exclude quote_start,label,unended --out "$tmp/extract.txt" bbc-dev.en.jsonl --ratio 0.4
)

# A trained file without its comments and blank lines.
sections() { grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$1" || true; }
for l in en fr; do
    sections "$tmp/$l.txt" >"$tmp/$l.body"
    if [ "$(grep -c '^\[' "$tmp/$l.body")" != 1 ] || [ "$(head -n1 "$tmp/$l.body")" != "[$l]" ]; then
        echo "train-weights: $l.txt should hold the [$l] section alone" >&2
        exit 1
    fi
done
{
    # The header and [params]: everything before the first trained section.
    awk '/^\[/ && $0 != "[params]" { exit } { print }' "$src"
    # The brief model, its [en] and [fr] replaced.
    sections "$tmp/brief.txt" | awk -v en="$tmp/en.body" -v fr="$tmp/fr.body" '
        /^\[/ { skip = $0 == "[en]" || $0 == "[fr]"
                if ($0 == "[en]") { while ((getline l < en) > 0) print l; done++ }
                if ($0 == "[fr]") { while ((getline l < fr) > 0) print l; done++ } }
        !skip { print }
        END { if (done != 2) { print "train-weights: brief.txt lacks [en] or [fr]" > "/dev/stderr"; exit 1 } }'
    sections "$tmp/extract.txt"
} >"$tmp/weights.txt"
if ! grep -qx '\[params\]' "$tmp/weights.txt"; then
    echo "train-weights: $src has no [params] section before the trained ones" >&2
    exit 1
fi
mv "$tmp/weights.txt" "$out"
echo "train-weights: wrote $out; the training commands reported:" >&2
for f in brief en fr extract; do
    grep '^#' "$tmp/$f.txt" >&2
done
