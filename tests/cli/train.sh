#!/usr/bin/env bash
# precis-eval train on a small made-up set: it learns what the references
# want, cross-validates, and --fold-seed draws another split.
. "$(dirname "$0")/lib.sh" "$@"
ev="$(cd "$(dirname "$bin")" && pwd)/precis-eval"
[ -x "$ev" ] || fail "no precis-eval next to $bin"

# 30 fictional articles whose reference is always their second sentence:
# Lead-1 misses it, a learned scorer should not.
towns=(Carrow Lanvec Dunmore Ashby Pelton Rocheby Marwick Tellis Brae Orford)
for i in $(seq 0 29); do
  t=${towns[$((i % 10))]}
  printf '{"id":"a%d","lang":"en","text":"The council of %s met on Monday evening in the town hall. Councillors approved a budget of %d million pounds for new flood defences along the river. The vote passed by %d votes to %d after a long debate. Residents had asked for the work since the floods of %d. The mayor thanked the engineers and the volunteers.","summary":"Councillors approved a budget of %d million pounds for new flood defences along the river."}\n' \
    "$i" "$t" "$((i + 2))" "$((i % 7 + 8))" "$((i % 5))" "$((1990 + i))" "$((i + 2))"
done >"$tmp/set.jsonl"

# The report's line for the set, "... R1 <cv> R2 <cv>, lead <r1> <r2>, ...",
# from training log $1: the model must beat Lead held out by $3 R1 (default
# 20) on the set and budget $2 (default Lead-1 on set.jsonl).
beats_lead() {
  local line cv lead margin=${3:-20}
  line=$(grep "${2:-set.jsonl --points 1} (30 articles)" "$1" | tail -1)
  [ -n "$line" ] || fail "no cross-validation line: $(cat "$1")"
  read -r cv lead <<<"$(echo "$line" | sed -E 's/.*: R1 ([0-9.]+) R2 [0-9.]+, lead ([0-9.]+) .*/\1 \2/')"
  awk -v a="$cv" -v b="$lead" -v m="$margin" 'BEGIN { exit !(a > b + m) }' ||
    fail "CV R1 $cv not $margin above Lead $lead ($1): $line"
  echo "$line"
}
# usage_error MSG ARGS...: train ARGS is refused with exit 2 and says MSG.
usage_error() {
  local msg=$1 rc
  shift
  set +e
  "$ev" train "$@" 2>err.txt
  rc=$?
  set -e
  [ "$rc" = 2 ] || fail "train $*: exit $rc, want 2"
  grep -qF -- "$msg" err.txt || fail "train $*: $(cat err.txt)"
}

root=$(pwd)
cd "$tmp"
"$ev" train --folds 3 --lambda 0.01 --out w.txt set.jsonl --points 1 2>log.txt || fail "train failed: $(cat log.txt)"
grep -q '^\[all\]' w.txt || fail "no [all] section in the weights"
grep -q '^second ' w.txt || fail "no weight for the second-sentence feature"
line=$(beats_lead log.txt)

# Another split gives its own report, and the same weights file shape.
"$ev" train --folds 3 --fold-seed 7 --lambda 0.01 --out w7.txt set.jsonl --points 1 2>log7.txt ||
  fail "train --fold-seed failed: $(cat log7.txt)"
grep -q 'set.jsonl --points 1 (30 articles)' log7.txt || fail "no report with --fold-seed"
grep -q '^\[all\]' w7.txt || fail "no weights with --fold-seed"

# A tuning threshold still learns the lesson; an out-of-range one is refused.
"$ev" train --folds 3 --tune --tune-min-gain 0.05 --lambda 0.01 --out wt.txt set.jsonl --points 1 \
  2>logt.txt || fail "train --tune-min-gain failed: $(cat logt.txt)"
beats_lead logt.txt >/dev/null
usage_error 'bad --tune-min-gain -1' --tune --tune-min-gain -1 --out wb.txt set.jsonl

# Labels from the best extracts of exactly k sentences (--label combo) learn
# it too, at one point and at two; a bad temperature is refused.
"$ev" train --folds 3 --label combo --lambda 0.01 --out wc.txt set.jsonl --points 1 2>logc.txt ||
  fail "train --label combo failed: $(cat logc.txt)"
beats_lead logc.txt >/dev/null
# Two points: the reference is the second and the fourth sentences, so
# Lead-2 finds half of it.
sed -E 's/"summary":"([^"]*)"/"summary":"\1 Residents had asked for the work since the floods."/' \
  set.jsonl >set2.jsonl
"$ev" train --folds 3 --label combo --label-temp 0 --lambda 0.01 --out wc2.txt set2.jsonl --points 2 \
  2>logc2.txt || fail "train --label combo --points 2 failed: $(cat logc2.txt)"
beats_lead logc2.txt 'set2.jsonl --points 2' 10 >/dev/null
usage_error 'bad --label-temp -0.5' --label combo --label-temp -0.5 --out wb.txt set.jsonl

# --fitted: under a word budget a sentence over it counts as the engine's fit
# of it. Fictional French articles whose reference is the long first sentence
# without its attribution tail, which precis fits to 25 words and picks: the
# compiled-in replay must match precis-eval's precis row (without --fitted it
# counted the whole 33 words, left the sentence out and scored 17.02).
for i in $(seq 0 29); do
  t=${towns[$((i % 10))]}
  printf '{"id":"f%d","lang":"fr","text":"Le conseil municipal de %s a voté lundi soir un budget de %d millions d’euros pour protéger les quais contre les crues du fleuve, selon un communiqué publié mardi par la mairie. La séance a duré longtemps. Le débat a été animé. Les habitants réclamaient ces travaux depuis des années. Le maire a remercié les bénévoles.","summary":"Le conseil municipal de %s a voté un budget de %d millions d’euros pour protéger les quais contre les crues du fleuve."}\n' \
    "$i" "$t" "$((i + 2))" "$t" "$((i + 2))"
done >"$tmp/fset.jsonl"
(cd "$tmp" && "$ev" train --folds 3 --mmr --fitted --lambda 0.01 --out wf.txt fset.jsonl --words 25 \
  2>logf.txt) || fail "train --fitted failed: $(cat "$tmp/logf.txt")"
compiled=$(sed -nE 's/.*compiled-in ([0-9.]+) ([0-9.]+).*/\1 \2/p' "$tmp/logf.txt")
engine=$("$ev" "$tmp/fset.jsonl" --words 25 --bootstrap 0 --baselines none |
  awk -F'|' '$2 == " precis " { gsub(/ /, "", $3); gsub(/ /, "", $4); print $3, $4 }')
[ -n "$compiled" ] && [ "$compiled" = "$engine" ] ||
  fail "--fitted: compiled-in '$compiled' is not precis-eval's '$engine'"

# A bad seed is a usage error.
usage_error 'bad --fold-seed x' --fold-seed x --out w8.txt set.jsonl

# The compiled-in column is the engine's own picks with the weights it gives
# the article's language: on a development set it equals precis-eval's precis
# row (it once scored the pooled model instead). Skipped without ../shared.
cnndm=$root/../shared/eval/cnndm-dev.en.jsonl
if [ -f "$cnndm" ]; then
  "$ev" train --folds 2 --mmr --lambda 0.003 --out wd.txt "$cnndm" --points 3 2>logd.txt ||
    fail "train on cnndm failed: $(cat logd.txt)"
  compiled=$(sed -nE 's/.*compiled-in ([0-9.]+) ([0-9.]+).*/\1 \2/p' logd.txt)
  engine=$("$ev" "$cnndm" --points 3 --bootstrap 0 --baselines none |
    awk -F'|' '$2 == " precis " { gsub(/ /, "", $3); gsub(/ /, "", $4); print $3, $4 }')
  [ -n "$compiled" ] && [ "$compiled" = "$engine" ] ||
    fail "compiled-in '$compiled' is not precis-eval's '$engine'"
else
  echo "skip: no $cnndm, compiled-in check not run"
fi
echo "ok: $line"
