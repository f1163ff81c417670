# tests/cli/lib.sh - what the command tests share; sourced first by each as
#   . "$(dirname "$0")/lib.sh" "$@"
# bin: the precis binary (the test's first argument); tmp: a scratch folder
# removed at exit, with the process in $pid (if any) killed and fd 3 closed;
# fail MSG; run ARGS... (runs $bin, output in $tmp/out and $tmp/err, exit
# status in $rc).
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
