#!/usr/bin/env bash
# tools/eval-extract.sh - quality of precis_extract_html on ../shared/extract:
# snippet precision/recall/F1 on trafilatura-eval (the method of its authors)
# and token 4-gram F1 + exact titles on readability-testpages. Run by
# `make eval-extract`. Environment: BUILD (default build), EXTRACT_DIR
# (default ../shared/extract), VERBOSE=1 to list the misses.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
data=${EXTRACT_DIR:-$root/../shared/extract}
if [ ! -d "$data" ]; then
    echo "eval-extract: $data not found; skipping (the data sets are not part of the repository)"
    exit 0
fi
v=()
[ "${VERBOSE:-0}" = 1 ] && v=(-v)
"$build/extract-eval" trafilatura "$data/trafilatura-eval" "${v[@]}"
printf 'French subset: '
"$build/extract-eval" trafilatura "$data/trafilatura-eval/evaldata-fr.json"
"$build/extract-eval" readability "$data/readability-testpages" "${v[@]}"
