#!/usr/bin/env bash
# SIGINT/SIGTERM in --jsonl mode: records already done are written, then
# "interrupted after N lines" and exit 128 + signal.
. "$(dirname "$0")/lib.sh" "$@"

rec='{"id":%d,"text":"Le port de Lanvec rouvre son quai numéro %d. Les pêcheurs attendaient ce moment depuis dix ans."}\n'
for sig in INT TERM; do
  mkfifo "$tmp/fifo"
  : >"$tmp/out"
  "$bin" --jsonl -j 2 "$tmp/fifo" >"$tmp/out" 2>"$tmp/err" &
  pid=$!
  exec 3>"$tmp/fifo" # keeps the input open: precis waits for more lines
  for i in 1 2 3; do printf "$rec" "$i" "$i" >&3; done
  wait_for 30 "the three records" lines_at_least 3 "$tmp/out"
  [ "$(wc -l <"$tmp/out")" -eq 3 ] || fail "records not flushed before $sig"
  kill -s "$sig" "$pid"
  set +e
  wait "$pid"
  rc=$?
  set -e
  pid=
  exec 3>&-
  want=130
  [ "$sig" = TERM ] && want=143
  [ "$rc" -eq "$want" ] || fail "SIG$sig: exit $rc, want $want"
  grep -qx 'precis: interrupted after 3 lines' "$tmp/err" || fail "SIG$sig message: $(cat "$tmp/err")"
  rm -f "$tmp/fifo"
done
echo ok
