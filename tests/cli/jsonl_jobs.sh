#!/usr/bin/env bash
# --jsonl -j 4: 400 records, good ones mixed with broken JSON, records
# without text and binary text, give the same output, in order, as -j 1.
# Run under ThreadSanitizer by `make tsan` (the four workers and the writer).
. "$(dirname "$0")/lib.sh" "$@"
for i in $(seq 1 400); do
  case $((i % 10)) in
    3) printf '{"id":%d,"text": oops}\n' "$i" ;;
    6) printf '{"id":%d}\n' "$i" ;;
    9) printf '{"id":%d,"text":"Un texte\\u0000binaire"}\n' "$i" ;;
    *) printf '{"id":%d,"text":"The council of town %d voted on Tuesday to open the library on Sundays. The change costs %d pounds a year.\\n\\nLibrarians welcomed it."}\n' \
      "$i" "$i" $((i * 100)) ;;
  esac
done >"$tmp/in"
set +e
"$bin" --jsonl -j 1 "$tmp/in" >"$tmp/j1" 2>"$tmp/e1"
rc1=$?
"$bin" --jsonl -j 4 "$tmp/in" >"$tmp/j4" 2>"$tmp/e4"
rc4=$?
set -e
[ "$rc1" -eq 1 ] && [ "$rc4" -eq 1 ] || fail "exit $rc1 with -j 1, $rc4 with -j 4, want 1"
[ "$(wc -l <"$tmp/j4")" -eq 400 ] || fail "-j 4: $(wc -l <"$tmp/j4") records for 400 lines"
cmp -s "$tmp/j1" "$tmp/j4" || fail "-j 4 output differs from -j 1"
# Record k answers line k: its id, or for broken JSON its line number.
awk '!(index($0, "\"id\":" NR ",") || index($0, "{\"line\":" NR ",")) { print NR; exit 1 }' "$tmp/j4" >"$tmp/bad" ||
  fail "-j 4: record $(cat "$tmp/bad") out of order"
echo ok
