#!/usr/bin/env bash
# precis serve stops on SIGTERM by draining (issue 15): with 12 requests
# under way (bodies streaming from fifos) and a kept-alive connection idle,
# the signal closes the idle connection and refuses new ones while the 12
# are still under way, then answers all 12 (200, Connection: close) and
# exits 0. A request still unfinished at --timeout is cut: exit 1, said.
# The waits are on the server's lines (--log, the draining line), never a
# fixed sleep.
. "$(dirname "$0")/lib.sh" "$@"
fail() {
  echo "FAIL: $*" >&2
  [ -f "$tmp/err" ] && tail -30 "$tmp/err" | sed 's/^/  server: /' >&2
  exit 1
}
command -v curl >/dev/null || fail "curl is needed (tools/install-deps.sh)"
requests_over() { [ "$(grep -c '^precis: request [0-9]* ' "$tmp/err")" -gt "$1" ]; }
draining() { grep -q '^precis: SIGTERM: draining [0-9]* connections$' "$tmp/err"; }

start_server -j 4 --log --timeout 20

# A kept-alive connection, served once, then idle.
exec 4<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /health HTTP/1.1\r\nHost: t\r\n\r\n' >&4
IFS= read -r -t 10 -u 4 line || fail "no answer on the kept-alive connection"
case $line in "HTTP/1.1 200 "*) ;; *) fail "kept-alive: $line" ;; esac
while IFS= read -r -t 10 -u 4 line && [ "${line%$'\r'}" != "" ]; do :; done
IFS= read -r -t 10 -u 4 line # the body, one line
case $line in *'"status":"ok"'*) ;; *) fail "kept-alive body: $line" ;; esac

# 12 requests whose bodies stream from fifos; their headers are in when the
# server has logged 13 requests.
n=12
for i in $(seq 1 $n); do
  mkfifo "$tmp/f$i"
  curl -sS --max-time 60 -o "$tmp/r$i" -D "$tmp/r$i.head" -w '%{http_code}' -X POST \
    -H 'Content-Type: text/plain' -T "$tmp/f$i" "$url/v1/brief?points=1" >"$tmp/r$i.status" \
    2>"$tmp/r$i.err" &
  eval "exec {w$i}>\"\$tmp/f$i\""
  fd=w$i
  head -c 500 examples/article.en.txt >&"${!fd}"
done
wait_for 20 "12 requests under way" requests_over $n
kill -TERM "$pid"
wait_for 10 "the draining line" draining

# While the 12 are under way: the idle connection is closed, not served
# again, and a new connection is refused.
closed=
for _ in $(seq 1 100); do
  set +e
  IFS= read -r -t 0.05 -u 4 line
  st=$?
  set -e
  [ "$st" -eq 1 ] && closed=1 && break # end of file
  [ "$st" -gt 128 ] || fail "kept-alive connection got data after SIGTERM: $line"
done
[ -n "$closed" ] || fail "kept-alive connection still open 5 s after SIGTERM"
exec 4<&-
curl -s --max-time 5 -o /dev/null "$url/health" && fail "a new connection was served after SIGTERM"
kill -0 "$pid" || fail "server gone with 12 requests under way"

for i in $(seq 1 $n); do
  fd=w$i
  tail -c +501 examples/article.en.txt >&"${!fd}"
  eval "exec {w$i}>&-"
done
wait $(jobs -p | grep -v "^$pid\$") 2>/dev/null || true
for i in $(seq 1 $n); do
  [ "$(cat "$tmp/r$i.status")" = 200 ] || fail "request $i: $(cat "$tmp/r$i.status") $(cat "$tmp/r$i.err")"
  tr -d '\r' <"$tmp/r$i.head" | grep -qi '^Connection: close$' || fail "request $i: no Connection: close"
  grep -q '^{"schema":"precis/1.1",' "$tmp/r$i" || fail "request $i: $(head -c 200 "$tmp/r$i")"
done
set +e
wait "$pid"
rc=$?
set -e
pid=
[ "$rc" -eq 0 ] || fail "exit $rc after a drain that answered everything"
grep -q "^precis: stopped by SIGTERM after $((n + 1)) requests\$" "$tmp/err" || fail "no stop line"

# A body that stops coming: at --timeout (2 s) after the signal it is cut,
# and the exit status says so.
start_server --log --timeout 2
mkfifo "$tmp/stuck"
curl -sS --max-time 30 -o /dev/null -X POST -H 'Content-Type: text/plain' -T "$tmp/stuck" \
  "$url/v1/brief" 2>/dev/null &
exec 3>"$tmp/stuck"
printf 'The ferry' >&3
wait_for 10 "the request's headers" requests_over 0
kill -TERM "$pid"
set +e
wait "$pid"
rc=$?
set -e
pid=
exec 3>&-
[ "$rc" -eq 1 ] || fail "exit $rc after a request was cut at --timeout, want 1"
grep -q '^precis: stopped by SIGTERM after 0 requests; 1 received were cut by the --timeout of 2 s$' "$tmp/err" ||
  fail "no line saying a request was cut"
echo ok
