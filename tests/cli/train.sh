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

cd "$tmp"
"$ev" train --folds 3 --lambda 0.01 --out w.txt set.jsonl --points 1 2>log.txt || fail "train failed: $(cat log.txt)"
grep -q '^\[all\]' w.txt || fail "no [all] section in the weights"
grep -q '^second ' w.txt || fail "no weight for the second-sentence feature"
line=$(grep 'set.jsonl --points 1 (30 articles)' log.txt | tail -1)
[ -n "$line" ] || fail "no cross-validation line: $(cat log.txt)"
# "... R1 <cv> R2 <cv>, lead <r1> <r2>, ...": the model must beat Lead-1 held out.
read -r cv lead <<<"$(echo "$line" | sed -E 's/.*: R1 ([0-9.]+) R2 [0-9.]+, lead ([0-9.]+) .*/\1 \2/')"
awk -v a="$cv" -v b="$lead" 'BEGIN { exit !(a > b + 20) }' || fail "CV R1 $cv not above Lead-1 $lead: $line"

# Another split gives its own report, and the same weights file shape.
"$ev" train --folds 3 --fold-seed 7 --lambda 0.01 --out w7.txt set.jsonl --points 1 2>log7.txt ||
  fail "train --fold-seed failed: $(cat log7.txt)"
grep -q 'set.jsonl --points 1 (30 articles)' log7.txt || fail "no report with --fold-seed"
grep -q '^\[all\]' w7.txt || fail "no weights with --fold-seed"

# A tuning threshold still learns the lesson; an out-of-range one is refused.
"$ev" train --folds 3 --tune --tune-min-gain 0.05 --lambda 0.01 --out wt.txt set.jsonl --points 1 \
  2>logt.txt || fail "train --tune-min-gain failed: $(cat logt.txt)"
linet=$(grep 'set.jsonl --points 1 (30 articles)' logt.txt | tail -1)
read -r cvt leadt <<<"$(echo "$linet" | sed -E 's/.*: R1 ([0-9.]+) R2 [0-9.]+, lead ([0-9.]+) .*/\1 \2/')"
awk -v a="$cvt" -v b="$leadt" 'BEGIN { exit !(a > b + 20) }' ||
  fail "tuned CV R1 $cvt not above Lead-1 $leadt: $linet"
set +e
"$ev" train --tune --tune-min-gain -1 --out wb.txt set.jsonl 2>errt.txt
rc=$?
set -e
[ "$rc" = 2 ] || fail "--tune-min-gain -1: exit $rc, want 2"
grep -q 'bad --tune-min-gain -1' errt.txt || fail "--tune-min-gain -1: $(cat errt.txt)"

# A bad seed is a usage error.
set +e
"$ev" train --fold-seed x --out w8.txt set.jsonl 2>err.txt
rc=$?
set -e
[ "$rc" = 2 ] || fail "--fold-seed x: exit $rc, want 2"
grep -q 'bad --fold-seed x' err.txt || fail "--fold-seed x: $(cat err.txt)"
echo "ok: $line"
