#!/usr/bin/env bash
# precis-eval quotes on a set whose records change language: each article is
# analysed by its own language's engine (the brief of the last one was once
# freed after its engine, a crash on the first change of language).
. "$(dirname "$0")/lib.sh" "$@"
ev="$(cd "$(dirname "$bin")" && pwd)/precis-eval"
[ -x "$ev" ] || fail "no precis-eval next to $bin"
cat >"$tmp/set.jsonl" <<'JSONL'
{"id":"fr1","lang":"fr","text":"La maire de Lanvec, Claire Morin, a défendu le projet. « Nous tiendrons les délais », a-t-elle déclaré mardi."}
{"id":"en1","lang":"en","text":"The mayor of Carrow defended the plan on Tuesday. \"We will keep to the timetable,\" said Anne Pelton."}
{"id":"fr2","lang":"fr","text":"Le préfet a répondu. « La route rouvrira lundi », a indiqué Marc Orford."}
JSONL
set +e
"$ev" quotes "$tmp/set.jsonl" >"$tmp/out" 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 0 ] || fail "precis-eval quotes exited $rc: $(cat "$tmp/err")"
grep -q '^3 articles, 3 quotations, 3 with a speaker$' "$tmp/out" || fail "unexpected report: $(cat "$tmp/out")"
grep -q 'Nous tiendrons les délais.* -- Claire Morin' "$tmp/out" || fail "French speaker: $(cat "$tmp/out")"
grep -q 'We will keep to the timetable,\] -- Anne Pelton' "$tmp/out" || fail "English speaker: $(cat "$tmp/out")"
grep -q 'La route rouvrira lundi\] -- Marc Orford' "$tmp/out" || fail "second French speaker: $(cat "$tmp/out")"
