#!/bin/bash
# One line per annotation set: typed entity F1, quotes F1, speakers right
# of matched quotes (count, share). From the repository root, after a build:
#   tools/ner-sets.sh                   every set
#   SETS="en en-b" tools/ner-sets.sh    some of them
#   BIN=other/precis-eval tools/ner-sets.sh
# The records are read from ../shared/eval (orangesum-dev for French sets,
# bbc-dev for en-e and en-p, cnndm-dev for the other English sets).
set -u
cd "$(dirname "$0")/.."
bin=${BIN:-build/precis-eval}
sets=${SETS:-"fr fr-b fr-d fr-e fr-f fr-g fr-h fr-i fr-j fr-k fr-l fr-m fr-n fr-o fr-p fr-q fr-c en en-b en-e en-f en-g en-h en-i en-j en-k en-l en-m en-n en-o en-p en-q en-r en-c en-d"}
[ -d ../shared/eval ] || { echo "ner-sets: ../shared/eval not found" >&2; exit 2; }
printf '%-6s %-6s %-6s %s\n' set typed quotes speakers
for s in $sets; do
    case $s in fr*) f=orangesum-dev.fr ;; en-e|en-p|en-q|en-r) f=bbc-dev.en ;; *) f=cnndm-dev.en ;; esac
    out=$("$bin" ner "tests/data/annotations/$s.tsv" "../shared/eval/$f.jsonl" 2>&1) || {
        echo "$s: $out" >&2
        exit 1
    }
    typed=$(echo "$out" | grep "entity mentions, typed" | awk -F'|' '{gsub(/ /, "", $8); print $8}')
    q=$(echo "$out" | grep "^| quotes" | awk -F'|' '{gsub(/ /, "", $8); print $8}')
    sp=$(echo "$out" | grep "speaker accuracy" |
        sed 's/.*over the \([0-9]*\) matched quotes: \([0-9.]*\) (\([0-9]*\) right)/\3 of \1 (\2)/')
    printf '%-6s %-6s %-6s %s\n' "$s" "$typed" "$q" "$sp"
done
