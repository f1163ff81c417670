#!/usr/bin/env bash
# `precis sentences`: one sentence a line, --format json with byte spans,
# --jsonl records in order with batch mode's error records, --lang, and
# usage errors.
. "$(dirname "$0")/lib.sh" "$@"
printf 'Storm closes port\n\nDr. Vance said the port of Kelm shut at 5 p.m. on Monday. Ships waited. \xe2\x80\x9cRepairs start soon.\xe2\x80\x9d Officials agreed.\n' >"$tmp/in.txt"
run sentences "$tmp/in.txt"
[ "$rc" -eq 0 ] || fail "text: exit $rc: $(cat "$tmp/err")"
printf 'Storm closes port\nDr. Vance said the port of Kelm shut at 5 p.m. on Monday.\nShips waited.\n\xe2\x80\x9cRepairs start soon.\xe2\x80\x9d\nOfficials agreed.\n' >"$tmp/want"
diff "$tmp/want" "$tmp/out" >"$tmp/diff" || fail "text: $(cat "$tmp/diff")"
# standard input, and "-"
run sentences <"$tmp/in.txt"
diff "$tmp/want" "$tmp/out" >/dev/null || fail "stdin: $(cat "$tmp/out")"

run sentences --format json "$tmp/in.txt"
[ "$rc" -eq 0 ] || fail "json: exit $rc"
first='{"sentences":[{"text":"Storm closes port","start":0,"end":17},{"text":"Dr. Vance said the port of Kelm shut at 5 p.m. on Monday.","start":19,"end":76},'
case $(cat "$tmp/out") in "$first"*) ;; *) fail "json: $(cat "$tmp/out")" ;; esac
[ "$(wc -l <"$tmp/out")" -eq 1 ] || fail "json: not one line"
# each span is the sentence's bytes in the input
ends=$(grep -o '"start":[0-9]*,"end":[0-9]*' "$tmp/out" | sed -n 4p)
s=${ends#*:}; s=${s%%,*}; e=${ends##*:}
[ "$(head -c "$e" "$tmp/in.txt" | tail -c "$((e - s))")" = "$(printf '\xe2\x80\x9cRepairs start soon.\xe2\x80\x9d')" ] ||
  fail "span of the fourth sentence: $ends"

# --lang: "3." before a month is an ordinal in German, not an end
printf 'Die Messe beginnt am 3. Mai in Kelm. Sie dauert zwei Tage.' >"$tmp/de.txt"
run sentences --lang de "$tmp/de.txt"
[ "$(cat "$tmp/out")" = "$(printf 'Die Messe beginnt am 3. Mai in Kelm.\nSie dauert zwei Tage.')" ] ||
  fail "--lang de: $(cat "$tmp/out")"
run sentences --lang xx "$tmp/de.txt"
[ "$rc" -eq 2 ] && grep -q "unsupported language 'xx'" "$tmp/err" || fail "--lang xx: $rc $(cat "$tmp/err")"
# over --max-bytes: a clear error (the buffer was once freed without being set)
run sentences --max-bytes 10 "$tmp/de.txt"
[ "$rc" -eq 2 ] && grep -q "larger than the limit of 10 bytes" "$tmp/err" ||
  fail "--max-bytes 10: $rc $(cat "$tmp/err")"

{
  printf '{"id":"a","text":"The dam held. Villagers cheered."}\n'
  printf '{"id":"b","text":42}\n'
  printf '\n'
  printf '{"text":"Le pont de Kelm a rouvert. M. Roux était là.","lang":"fr"}\n'
  printf '{"id":"e","text":"x",}\n'
} >"$tmp/in.jsonl"
run sentences --jsonl -j 2 "$tmp/in.jsonl"
[ "$rc" -eq 1 ] || fail "jsonl: exit $rc, want 1 (some records failed)"
line() { sed -n "$1p" "$tmp/out"; }
[ "$(line 1)" = '{"id":"a","sentences":[{"text":"The dam held.","start":0,"end":13},{"text":"Villagers cheered.","start":14,"end":32}]}' ] ||
  fail "jsonl 1: $(line 1)"
[ "$(line 2)" = '{"id":"b","line":2,"error":"record \"text\" is not a string"}' ] || fail "jsonl 2: $(line 2)"
[ "$(line 3)" = '{"line":3,"error":"empty line"}' ] || fail "jsonl 3: $(line 3)"
[ "$(line 4)" = '{"sentences":[{"text":"Le pont de Kelm a rouvert.","start":0,"end":26},{"text":"M. Roux était là.","start":27,"end":46}]}' ] ||
  fail "jsonl 4: $(line 4)"
# the same error record as batch briefing writes for the line
"$bin" --jsonl "$tmp/in.jsonl" >"$tmp/brief" || true
[ "$(line 5)" = "$(sed -n 5p "$tmp/brief")" ] || fail "jsonl 5: $(line 5) vs $(sed -n 5p "$tmp/brief")"
[ "$(line 2)" = "$(sed -n 2p "$tmp/brief")" ] || fail "jsonl 2: $(line 2) vs $(sed -n 2p "$tmp/brief")"
[ "$(wc -l <"$tmp/out")" -eq 5 ] || fail "jsonl: $(wc -l <"$tmp/out") lines"

run sentences --jsonl --format text "$tmp/in.jsonl"
[ "$rc" -eq 2 ] || fail "--jsonl --format text: exit $rc"
run sentences --bogus
[ "$rc" -eq 2 ] && grep -q "unknown option '--bogus'" "$tmp/err" || fail "--bogus: $rc"
run sentences --help
[ "$rc" -eq 0 ] && grep -q -- '--jsonl' "$tmp/out" || fail "--help"
echo ok
