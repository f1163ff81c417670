#!/usr/bin/env bash
# Batch integrity at scale: 100,000 JSONL lines mixing good records, broken
# JSON, records without text, binary, invalid UTF-8 (briefed with a
# warning), a JSON array and empty lines. Exactly one output record per input line, in order, ids kept,
# exit 1. Then the same input killed with SIGTERM mid-way: every record done
# is flushed, in order and identical to the full run, the exit is non-zero
# and stderr says how many lines were done.
. "$(dirname "$0")/lib.sh" "$@"
# tools/valgrind.sh asks for fewer lines: the same paths, at memcheck speed.
n=${PRECIS_SCALE_LINES:-100000}
feed=$((n * 3 / 5))
kill_at=$((n / 5))

# Line i of a record with an id has the id "L<i>". Per 20 lines: 10 good,
# and one each of the kinds of bad line (two of broken JSON, missing text,
# NUL, invalid UTF-8, empty).
LC_ALL=C awk -v n=$n 'BEGIN {
  for (i = 1; i <= n; i++) {
    k = i % 20
    if (k < 10)
      printf "{\"id\":\"L%d\",\"lang\":\"fr\",\"text\":\"Le port numéro %d rouvre lundi après %d jours de travaux. Les pêcheurs attendaient ce moment.\"}\n", i, i, i % 97
    else if (k == 10 || k == 15) printf "{\"id\":\"L%d\",\"text\":\"coupé %d\n", i, i
    else if (k == 11 || k == 16) printf "{\"id\":\"L%d\",\"title\":\"Sans texte\"}\n", i
    else if (k == 12) printf "{\"id\":\"L%d\",\"text\":\"binaire\\u0000%d\"}\n", i, i
    else if (k == 17) printf "\001\002\377\376 %d\n", i
    else if (k == 13 || k == 18) printf "{\"id\":\"L%d\",\"text\":\"caf\351 %d\"}\n", i, i
    else if (k == 14) printf "[\"L%d\"]\n", i
    else printf "\n"
  }
}' >"$tmp/in"
[ "$(wc -l <"$tmp/in")" -eq $n ] || fail "generated $(wc -l <"$tmp/in") lines"

set +e
"$bin" --jsonl -j 2 "$tmp/in" >"$tmp/out" 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "exit $rc, want 1: $(head -3 "$tmp/err")"
[ "$(wc -l <"$tmp/out")" -eq $n ] || fail "$(wc -l <"$tmp/out") records for $n lines"

# Output line i answers input line i: a brief with id "Li", or an error
# record with "line":i (and the id when the line had a readable one).
LC_ALL=C awk -v n=$n '
  {
    k = NR % 20
    brief = index($0, "{\"schema\":\"precis/1.1\",\"id\":\"L" NR "\",") == 1
    err = index($0, "\"line\":" NR ",\"error\":\"") > 0
    utf8 = k == 13 || k == 18
    if ((k < 10 || utf8) && !brief) { print "line " NR ": want a brief: " $0; bad++ }
    if (utf8 && !index($0, " of the record (1 replaced by U+FFFD)\"")) {
      print "line " NR ": want a warning: " $0; bad++
    }
    if (k >= 10 && !utf8 && !err) { print "line " NR ": want an error record: " $0; bad++ }
    if ((k == 11 || k == 16 || k == 12) && index($0, "{\"id\":\"L" NR "\",") != 1) {
      print "line " NR ": id lost: " $0; bad++
    }
    briefs += brief
    errors += err
  }
  END {
    if (briefs != n * 6 / 10 || errors != n * 4 / 10) { print "briefs " briefs ", errors " errors; bad++ }
    exit bad > 0
  }' "$tmp/out" >"$tmp/check" || fail "$(head -5 "$tmp/check")"
grep -q '^{"line":14,"error":"record is not a JSON object"}$' "$tmp/out" || fail "line 14"
grep -q '^{"line":19,"error":"empty line"}$' "$tmp/out" || fail "line 19"
grep -q '^{"id":"L12","line":12,"error":"input looks binary"}$' "$tmp/out" || fail "line 12"

# Killed mid-way. The input is a FIFO held open, so precis cannot finish by
# itself: it is stopped by the signal while records are in flight.
mkfifo "$tmp/fifo"
"$bin" --jsonl -j 2 "$tmp/fifo" >"$tmp/part" 2>"$tmp/err" &
pid=$!
exec 3>"$tmp/fifo"
head -n $feed "$tmp/in" >&3 &
feeder=$!
wait_for 300 "$kill_at records" lines_at_least $kill_at "$tmp/part" # 5 min: valgrind
kill -TERM "$pid"
set +e
wait "$pid"
rc=$?
set -e
pid=
kill "$feeder" 2>/dev/null || true
wait "$feeder" 2>/dev/null || true
exec 3>&-
[ "$rc" -eq 143 ] || fail "SIGTERM: exit $rc, want 143"
done_lines=$(sed -n 's/^precis: interrupted after \([0-9]*\) lines$/\1/p' "$tmp/err")
[ -n "$done_lines" ] || fail "no 'interrupted after N lines': $(cat "$tmp/err")"
[ "$(wc -l <"$tmp/part")" -eq "$done_lines" ] ||
  fail "$(wc -l <"$tmp/part") records written, stderr says $done_lines"
[ "$done_lines" -ge $kill_at ] && [ "$done_lines" -le $feed ] || fail "$done_lines lines done"
head -n "$done_lines" "$tmp/out" | cmp -s - "$tmp/part" || fail "records before SIGTERM differ"
echo "ok ($n lines; $done_lines of $feed done at SIGTERM)"
