#!/usr/bin/env bash
# Limits as options: --max-bytes (an error), --max-sentences and --max-depth
# (warnings): each breach names the limit and the option that raises it, and
# nothing is reported within the limits.
. "$(dirname "$0")/lib.sh" "$@"

# An article of 1 + 40 sentences.
{
  printf 'Le budget de Valmont\n\n'
  for i in $(seq 1 40); do printf 'Le conseil a voté la dépense numéro %d pour la commune. ' "$i"; done
  printf '\n'
} >"$tmp/long.txt"

run "$tmp/long.txt"
[ "$rc" -eq 0 ] && [ ! -s "$tmp/err" ] || fail "default limits: rc $rc, $(cat "$tmp/err")"
run --max-sentences 10 "$tmp/long.txt"
[ "$rc" -eq 0 ] || fail "--max-sentences 10: exit $rc"
grep -qx 'precis: warning: only the first 10 of 40 sentences were considered for key points (the max_sentences option)' "$tmp/err" ||
  fail "--max-sentences warning: $(cat "$tmp/err")"
run --max-sentences 10 --format json "$tmp/long.txt"
grep -q '"warnings":\["only the first 10 of 40 sentences' "$tmp/out" || fail "warning not in the JSON brief"
# The same for each --jsonl record.
printf '{"id":1,"text":"%s"}\n' "$(tail -n 1 "$tmp/long.txt")" >"$tmp/long.jsonl"
run --jsonl --max-sentences 5 "$tmp/long.jsonl"
[ "$rc" -eq 0 ] || fail "--jsonl --max-sentences: exit $rc"
grep -q '"warnings":\["only the first 5 of 40 sentences' "$tmp/out" || fail "jsonl: $(cat "$tmp/out")"

# A page nested 60 deep.
{
  printf '<!DOCTYPE html><html><head><title>Le port de Lanvec</title></head><body>'
  for _ in $(seq 1 60); do printf '<div>'; done
  printf '<p>Le port de Lanvec rouvre son quai principal lundi, après un mois de travaux sur la digue.</p>'
  printf '<p>Les pêcheurs attendaient ce moment depuis le début du mois de novembre.</p>'
  for _ in $(seq 1 60); do printf '</div>'; done
  printf '</body></html>\n'
} >"$tmp/deep.html"
run "$tmp/deep.html"
[ "$rc" -eq 0 ] && ! grep -q 'max_html_depth' "$tmp/err" || fail "default depth warned: $(cat "$tmp/err")"
run --max-depth 20 "$tmp/deep.html"
[ "$rc" -eq 0 ] || fail "--max-depth 20: exit $rc"
grep -qx 'precis: warning: 42 elements nested deeper than 20 levels were flattened (the max_depth option)' "$tmp/err" ||
  fail "--max-depth warning: $(cat "$tmp/err")"
grep -q 'Le port de Lanvec rouvre' "$tmp/out" || fail "--max-depth lost the text"
run extract --max-depth 20 "$tmp/deep.html"
grep -q 'precis: warning: 42 elements nested deeper than 20 levels' "$tmp/err" || fail "extract --max-depth"
run extract --format json --max-depth=20 "$tmp/deep.html"
grep -q '"warnings":\["42 elements nested deeper than 20 levels' "$tmp/out" || fail "extract json: $(cat "$tmp/out")"

# --max-bytes is an error, for pages too.
run extract --max-bytes 500 "$tmp/deep.html"
[ "$rc" -eq 2 ] || fail "extract --max-bytes 500: exit $rc"
grep -qx 'precis: page is larger than the limit of 500 bytes (raise it with --max-bytes)' "$tmp/err" ||
  fail "extract --max-bytes: $(cat "$tmp/err")"
run --max-bytes 500 "$tmp/deep.html"
[ "$rc" -eq 2 ] && grep -q 'limit of 500 bytes (raise it with --max-bytes)' "$tmp/err" || fail "--max-bytes page"
echo ok
