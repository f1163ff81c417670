# tests/cli/lib.sh - what the command tests share; sourced first by each as
#   . "$(dirname "$0")/lib.sh" "$@"
# bin: the precis binary (the test's first argument); tmp: a scratch folder
# removed at exit, with the process in $pid (if any) killed and fd 3 closed;
# fail MSG; run ARGS... (runs $bin, output in $tmp/out and $tmp/err, exit
# status in $rc); wait_for / start_server: waiting on a readiness signal.
set -eu
bin=$1
tmp=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
  exec 3>&- 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
run() { set +e; "$bin" "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?; set -e; }

# wait_for SECONDS WHAT CMD...: polls CMD until it succeeds; fails naming WHAT
# after SECONDS, or at once if the background process $pid has exited. Every
# test that waits on another process waits through this, on a signal that
# process gives (a line it writes, a count of records), never a fixed sleep.
wait_for() {
  local secs=$1 what=$2 i
  shift 2
  for ((i = 0; i < secs * 20; i++)); do
    "$@" && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      "$@" && return 0
      fail "waiting for $what: process $pid exited"
    fi
    sleep 0.05
  done
  fail "waiting for $what: not within $secs s"
}
# lines_at_least N FILE: FILE exists and has N lines or more.
lines_at_least() { [ -f "$2" ] && [ "$(wc -l <"$2")" -ge "$1" ]; }
# start_server ARGS...: `$bin serve --port 0 ARGS...` in the background, its
# stderr in $tmp/err (created before the server starts, so it can be read at
# once), its pid in $pid; waits for the listening line and sets $port, $url.
start_server() {
  : >"$tmp/err"
  "$bin" serve --port 0 "$@" 2>>"$tmp/err" &
  pid=$!
  # Up to 60 s: the engine loads slowly under valgrind.
  wait_for 60 "the listening line" grep -q '^precis: listening on http://' "$tmp/err"
  port=$(sed -n 's|^precis: listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/err")
  [ -n "$port" ] || fail "server did not say where it listens: $(cat "$tmp/err")"
  url=http://127.0.0.1:$port
}
