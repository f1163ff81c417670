#!/usr/bin/env bash
# tools/genweights.c: the [params] section of a weights file becomes
# precis_params, each value exact; an unknown, repeated, missing or
# fractional-where-whole parameter fails the build with its line.
. "$(dirname "$0")/lib.sh" "$@"
gen="$(cd "$(dirname "$bin")" && pwd)/genweights"
[ -x "$gen" ] || fail "no genweights next to $bin"

# weights FILE PARAM-LINES...: a small weights file with those [params] lines.
weights() {
  local f=$1
  shift
  {
    echo "# made up"
    echo "[params]"
    echo "# a comment inside the section"
    printf '%s\n' "$@"
    echo "[all]"
    echo "bias -1.5"
    echo "[en]"
    echo "first 2"
  } >"$f"
}
# refused MSG PARAM-LINES...: genweights fails on them and says MSG.
refused() {
  local msg=$1
  shift
  weights "$tmp/bad.txt" "$@"
  set +e
  "$gen" "$tmp/bad.c" "$tmp/bad.txt" 2>"$tmp/err"
  local rc=$?
  set -e
  [ "$rc" != 0 ] || fail "accepted: $*"
  grep -qF -- "$msg" "$tmp/err" || fail "want '$msg' for $*, got: $(cat "$tmp/err")"
}

weights "$tmp/w.txt" "extract_min_points 7" "redundancy 0.1" "extract_share 0.35" \
  "extract_redundancy 0.30000000000000004" "extract_section_penalty 0" "section_penalty 0.25"
"$gen" "$tmp/w.c" "$tmp/w.txt" 2>"$tmp/err" || fail "genweights: $(cat "$tmp/err")"
grep -q '^const precis_model_params precis_params = {$' "$tmp/w.c" || fail "no precis_params: $(cat "$tmp/w.c")"
# Shortest exact forms, in the struct's order; the sections still become weights.
expected='    .redundancy = 0.1,
    .extract_redundancy = 0.30000000000000004,
    .section_penalty = 0.25,
    .extract_section_penalty = 0,
    .extract_share = 0.35,
    .extract_min_points = 7,'
got=$(sed -n '/precis_params = {/,/};/p' "$tmp/w.c" | sed '1d;$d')
[ "$got" = "$expected" ] || fail "params written as: $got"
grep -q '\[PRECIS_F_BIAS\] = -1.5,' "$tmp/w.c" || fail "no [all] weights"
grep -q '{"en", {' "$tmp/w.c" || fail "no [en] weights"
grep -q '"params"' "$tmp/w.c" && fail "[params] taken for a language"
grep -q 'precis_weights_by_lang_count = 1;' "$tmp/w.c" || fail "language count"

ok="redundancy 0.6"
sec="section_penalty 0.01"
esec="extract_section_penalty 0"
refused "bad.txt:8: unknown parameter mmr" "$ok" "extract_redundancy 0" "extract_share 0.3" \
  "extract_min_points 4" "mmr 1" "$sec" "$esec"
refused "bad.txt:5: repeated parameter redundancy" "$ok" "$ok" "extract_redundancy 0" \
  "extract_share 0.3" "extract_min_points 4" "$sec" "$esec"
refused "[params] lacks extract_share" "$ok" "extract_redundancy 0" "extract_min_points 4" \
  "$sec" "$esec"
refused "[params] lacks section_penalty" "$ok" "extract_redundancy 0" "extract_share 0.3" \
  "extract_min_points 4" "$esec"
refused "extract_min_points is not a whole number" "$ok" "extract_redundancy 0" \
  "extract_share 0.3" "extract_min_points 4.5" "$sec" "$esec"
refused "extract_min_points is not a whole number" "$ok" "extract_redundancy 0" \
  "extract_share 0.3" "extract_min_points -1" "$sec" "$esec"
echo "ok"
