#!/usr/bin/env bash
# --jsonl: one output record per input line, in order, ids kept; exit 1 when
# some line failed; the same output whatever the number of threads.
. "$(dirname "$0")/lib.sh" "$@"
line() { sed -n "$1p" "$2"; }

fr='Le conseil municipal de Valmont a voté mardi la gratuité des bus pour les moins de 18 ans. La mesure coûtera 1,2 million d'"'"'euros par an.\n\nLe maire a salué « une avancée sociale ». L'"'"'opposition réclame une étude sur la fréquentation.'
en='The council approved the budget for the new bridge on Monday. Work will start in May and last two years.\n\nResidents welcomed the decision but asked for a cycle lane.'
{
  printf '{"id":"a1","text":"%s"}\n' "$fr"
  printf 'this is not json\n'
  printf '{"id":7,"title":"Sans texte"}\n'
  printf '\n'
  printf '{"id":"e5","lang":"en","title":"Bridge budget approved","text":"%s"}\n' "$en"
} >"$tmp/in"

set +e
"$bin" --jsonl "$tmp/in" >"$tmp/out" 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "exit $rc, want 1 ($(cat "$tmp/err"))"
[ "$(wc -l <"$tmp/out")" -eq 5 ] || fail "$(wc -l <"$tmp/out") output lines for 5 input lines"
line 1 "$tmp/out" | grep -q '^{"schema":"precis/1.1","id":"a1","lang":"fr",' || fail "line 1: $(line 1 "$tmp/out")"
line 2 "$tmp/out" | grep -qx '{"line":2,"error":"record is not valid JSON at byte [0-9]*"}' ||
  fail "line 2: $(line 2 "$tmp/out")"
[ "$(line 3 "$tmp/out")" = '{"id":7,"line":3,"error":"record has no \"text\" or \"html\" string"}' ] ||
  fail "line 3: $(line 3 "$tmp/out")"
[ "$(line 4 "$tmp/out")" = '{"line":4,"error":"empty line"}' ] || fail "line 4: $(line 4 "$tmp/out")"
line 5 "$tmp/out" | grep -q '^{"schema":"precis/1.1","id":"e5","lang":"en","lang_confidence":1,"title":"Bridge budget approved",' ||
  fail "line 5: $(line 5 "$tmp/out")"

# Only good lines: exit 0. A last line without '\n' and CRLF endings count.
{
  printf '{"id":1,"text":"%s"}\r\n' "$fr"
  printf '{"id":2,"text":"%s"}' "$en"
} >"$tmp/good"
"$bin" --jsonl -f json <"$tmp/good" >"$tmp/out" || fail "good lines: exit $?"
[ "$(wc -l <"$tmp/out")" -eq 2 ] || fail "good lines: $(wc -l <"$tmp/out") records"
line 2 "$tmp/out" | grep -q '"id":2,' || fail "unterminated last line"

# A line over --max-bytes is an error record; its neighbours are briefed.
{
  printf '{"id":1,"text":"%s"}\n' "$fr"
  printf '{"id":2,"text":"%s %s %s"}\n' "$fr" "$fr" "$fr"
  printf '{"id":3,"text":"%s"}\n' "$en"
} >"$tmp/big"
set +e
"$bin" --jsonl --max-bytes 400 "$tmp/big" >"$tmp/out"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "--max-bytes: exit $rc"
[ "$(line 2 "$tmp/out")" = '{"line":2,"error":"line is larger than the limit of 400 bytes (raise it with --max-bytes)"}' ] ||
  fail "long line: $(line 2 "$tmp/out")"
line 3 "$tmp/out" | grep -q '"id":3,' || fail "line after the long one"

set +e
"$bin" --jsonl --format text "$tmp/in" >/dev/null 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q -- '--format must be json' "$tmp/err" || fail "--jsonl --format text"

# 500 generated lines, some bad: identical output with 1, 2 and 64+ threads.
for i in $(seq 1 500); do
  if [ $((i % 37)) -eq 0 ]; then
    printf '{"id":%d,"text":' "$i"
  elif [ $((i % 41)) -eq 0 ]; then
    printf '\n'
    continue
  else
    printf '{"id":"n%d","text":"La commune numéro %d a ouvert %d places de crèche cette année. Le budget atteint %d euros selon le maire.\\n\\nLes parents de %d familles attendaient ces places depuis longtemps. Une seconde tranche est prévue en %d."}' \
      "$i" "$i" $((i % 90 + 10)) $((i * 1000)) $((i + 3)) $((2025 + i % 5))
  fi
  printf '\n'
done >"$tmp/many"
set +e
"$bin" --jsonl -j 1 "$tmp/many" >"$tmp/j1"
rc1=$?
"$bin" --jsonl -j 2 <"$tmp/many" >"$tmp/j2"
rc2=$?
"$bin" --jsonl --jobs 100 "$tmp/many" >"$tmp/j64"
rc64=$?
set -e
[ "$rc1" -eq 1 ] && [ "$rc2" -eq 1 ] && [ "$rc64" -eq 1 ] || fail "exit $rc1/$rc2/$rc64"
[ "$(wc -l <"$tmp/j1")" -eq 500 ] || fail "$(wc -l <"$tmp/j1") records for 500 lines"
cmp -s "$tmp/j1" "$tmp/j2" || fail "-j 2 output differs from -j 1"
cmp -s "$tmp/j1" "$tmp/j64" || fail "-j 100 output differs from -j 1"
line 74 "$tmp/j1" | grep -q '^{"line":74,"error":"record is not valid JSON' || fail "line 74"
[ "$(line 82 "$tmp/j1")" = '{"line":82,"error":"empty line"}' ] || fail "line 82"
line 500 "$tmp/j1" | grep -q '"id":"n500",' || fail "line 500"
# A line may carry a web page in "html" instead of "text": briefed from its
# article, with the page metadata.
printf '%s\n' '{"id":"h1","html":"<html lang=\"en\"><head><title>Bridge budget approved</title></head><body><nav><a href=\"/\">Home</a></nav><p>The council approved the budget for the new bridge on Monday. Work will start in May and last two years.</p><p>Residents welcomed the decision but asked for a cycle lane.</p></body></html>"}' >"$tmp/html.jsonl"
"$bin" --jsonl "$tmp/html.jsonl" >"$tmp/html.out" || fail "html line exit status"
grep -q '^{"schema":"precis/1.1","id":"h1","lang":"en",.*"title":"Bridge budget approved","page":{"title":"Bridge budget approved",' "$tmp/html.out" ||
  fail "html line: $(cat "$tmp/html.out")"
grep -q '"text":"The council approved the budget' "$tmp/html.out" || fail "html line key point"
! grep -q 'Home' "$tmp/html.out" || fail "html line kept the menu"
echo ok
