#!/usr/bin/env bash
# --jsonl records that once were lost or misread: a UTF-8 BOM before the
# first record (skipped), a raw invalid UTF-8 byte in a string (replaced by
# U+FFFD with a warning, or an error at its byte with --strict), nesting
# deeper than 2048 (its own error, not "not valid JSON"), and a key given
# twice (refused, not the last taken).
. "$(dirname "$0")/lib.sh" "$@"
t='Le conseil municipal de Brenne a voté jeudi un budget de 12 millions pour les écoles. La séance a duré trois heures.'
{
  printf '\xef\xbb\xbf{"id":1,"text":"%s"}\n' "$t"
  printf '{"id":2,"text":"Le maire \xff a parlé. %s"}\n' "$t"
  printf '{"id":3,"x":'
  for _ in $(seq 3000); do printf '['; done
  for _ in $(seq 3000); do printf ']'; done
  printf ',"text":"a"}\n'
  printf '{"id":4,"text":"%s","text":"Autre texte."}\n' "$t"
  printf '{"id":5,"html":"<p>%s</p>","html":"<p>Autre.</p>"}\n' "$t"
  printf '{"text":"a \xff\xff\xff\xff b",x}\n'
} >"$tmp/in.jsonl"
run --jsonl "$tmp/in.jsonl"
[ "$rc" -eq 1 ] || fail "exit $rc, want 1 (some records failed)"
line() { sed -n "$1p" "$tmp/out"; }
line 1 | grep -q '^{"schema":"precis/1.1","id":1,' || fail "BOM: $(line 1)"
line 2 | grep -q '"id":2,' || fail "invalid UTF-8: record lost: $(line 2)"
line 2 | grep -qF 'invalid UTF-8 at byte 25 of the record (1 replaced by U+FFFD)' ||
  fail "invalid UTF-8: no warning: $(line 2)"
line 2 | grep -qF "Le maire $(printf '\xef\xbf\xbd') a parlé." || fail "no U+FFFD: $(line 2)"
line 3 | grep -qF '"error":"record nests arrays or objects deeper than 2048 levels at byte' ||
  fail "deep: $(line 3)"
[ "$(line 4)" = '{"id":4,"line":4,"error":"record has the key \"text\" more than once"}' ] ||
  fail "duplicate text: $(line 4)"
[ "$(line 5)" = '{"id":5,"line":5,"error":"record has the key \"html\" more than once"}' ] ||
  fail "duplicate html: $(line 5)"
# a syntax error after replaced bytes: the byte in the line as given
[ "$(line 6)" = '{"line":6,"error":"record is not valid JSON at byte 20"}' ] || fail "pos: $(line 6)"
run --jsonl --strict "$tmp/in.jsonl"
[ "$(line 2)" = '{"id":2,"line":2,"error":"input is not valid UTF-8 at byte 25"}' ] ||
  fail "--strict: $(line 2)"
echo ok
