#!/usr/bin/env bash
# Word budgets on the command line: --words alone is not capped at three
# points and never passed; --points with it caps too; when no sentence fits,
# the point is cut at a word, ends with "…" and JSON says "truncated".
. "$(dirname "$0")/lib.sh" "$@"
{
  printf 'Orchard village keeps its post office\n\n'
  printf 'The post office in Orchard will stay open after villagers agreed to run it themselves.\n\n'
  printf 'The company that owns the network had planned to close the branch in June.\n\n'
  printf 'About forty volunteers will share the counter shifts from next month.\n\n'
  printf 'The parish council will pay the rent for the first two years.\n\n'
  printf 'Pensioners said the branch was the only place nearby to collect their money.\n'
} >"$tmp/a.txt"
# bullets: the key-point lines of the text layout
bullets() { grep -c '^  • ' "$tmp/out" || true; }
words() { grep '^  • ' "$tmp/out" | sed 's/^  • //; s/…$//' | wc -w; }

run --words 1000 "$tmp/a.txt"
[ "$rc" = 0 ] || fail "--words 1000: exit $rc"
[ "$(bullets)" = 5 ] || fail "--words 1000 alone: $(bullets) key points, not all 5"
run "$tmp/a.txt"
[ "$(bullets)" = 3 ] || fail "no budget: $(bullets) key points, not 3"
run --words 1000 --points 2 "$tmp/a.txt"
[ "$(bullets)" = 2 ] || fail "--words 1000 --points 2: $(bullets) key points"
for n in 12 20 30 45; do
  run --words "$n" "$tmp/a.txt"
  [ "$(words)" -le "$n" ] || fail "--words $n: $(words) words"
  [ "$(bullets)" -ge 1 ] || fail "--words $n: no key point"
done

# Nothing fits 4 words: one point, cut, marked in JSON, its piece in the input.
run --words 4 "$tmp/a.txt"
[ "$(bullets)" = 1 ] && [ "$(words)" = 4 ] || fail "--words 4: $(cat "$tmp/out")"
grep -q '…$' "$tmp/out" || fail "--words 4: no ellipsis"
run --words 4 -f json "$tmp/a.txt"
grep -q '"truncated":true' "$tmp/out" || fail "--words 4: JSON has no truncated"
run --words 40 -f json "$tmp/a.txt"
! grep -q '"truncated"' "$tmp/out" || fail "--words 40: truncated without a cut"

# A JSON Lines record's "words" alone is not capped at three points either.
python3 -c 'import json,sys; print(json.dumps({"id":1,"text":open(sys.argv[1]).read(),"words":1000}))' \
  "$tmp/a.txt" >"$tmp/a.jsonl"
run --jsonl "$tmp/a.jsonl"
[ "$(grep -o '"sentence":' "$tmp/out" | wc -l)" = 5 ] || fail "record words: $(cat "$tmp/out")"
echo ok
