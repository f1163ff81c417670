#!/usr/bin/env bash
# precis serve against hostile clients, on loopback (issue 15):
# - ambiguous framing (two Content-Lengths, Content-Length with
#   Transfer-Encoding, another transfer coding), a NUL byte in the request
#   line, %00 in the path or a parameter, HTTP/1.1 without Host: each gets
#   the JSON error and a closed connection (RFC 9112 6.3);
# - slow clients: 200 connections trickling headers or a body one byte a
#   second, from one address and from 200, do not keep GET /health from
#   answering within 1 s; a request whose headers take longer than
#   --header-timeout, or whose body comes slower than --min-rate, gets 408
#   and a closed connection.
. "$(dirname "$0")/lib.sh" "$@"
here=$(cd "$(dirname "$0")" && pwd)
fail() {
  echo "FAIL: $*" >&2
  [ -f "$tmp/err" ] && tail -20 "$tmp/err" | sed 's/^/  server: /' >&2
  exit 1
}
# Debian's python3 (tools/install-deps.sh) first: a version manager's shim
# on PATH can take a second to start, per client run here.
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3) || fail "python3 is needed (tools/install-deps.sh)"

start_server -j 2 --header-timeout 2 --min-rate 200

# raw NAME: sends stdin to the server as is; answer in $tmp/NAME.
raw() { "$py" "$here/raw_http.py" "$port" >"$tmp/$1"; }
# refused NAME STATUS CODE: the answer is STATUS with the JSON error CODE,
# and the server closed the connection.
refused() {
  head -1 "$tmp/$1" | grep -q "^HTTP/1.1 $2 " || fail "$1: want $2, got: $(head -c 300 "$tmp/$1")"
  grep -q "^{\"error\":{\"code\":\"$3\",\"message\":\"[^\"]*\",\"pos\":null}}\$" "$tmp/$1" ||
    fail "$1: want JSON error $3: $(cat "$tmp/$1")"
  [ "$(tail -1 "$tmp/$1")" = "<closed>" ] || fail "$1: connection left open"
  [ "$(grep -c '^HTTP/1' "$tmp/$1")" -eq 1 ] || fail "$1: more than one answer: $(cat "$tmp/$1")"
}
crlf() { printf '%b' "$1"; }

# Two Content-Lengths: the first would take 5 bytes and leave a request.
crlf 'POST /v1/brief HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nContent-Length: 60\r\n\r\nhelloGET /health HTTP/1.1\r\nHost: t\r\n\r\n' | raw cl2
refused cl2 400 bad_framing
# Content-Length with Transfer-Encoding: chunked.
crlf 'POST /v1/brief HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\nGET /health HTTP/1.1\r\nHost: t\r\n\r\n' | raw clte
refused clte 400 bad_framing
# A transfer coding other than chunked: the body's end is unknown.
crlf 'POST /v1/brief HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nTransfer-Encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n' | raw te
refused te 501 bad_framing
# A NUL byte in the request line.
crlf 'GET /hea\0lth HTTP/1.1\r\nHost: t\r\n\r\n' | raw nul
refused nul 400 bad_request
# %00 in the path, and in a parameter.
crlf 'GET /health%00.json HTTP/1.1\r\nHost: t\r\n\r\n' | raw pct
refused pct 400 bad_request
crlf 'POST /v1/brief?lang=fr%00xx HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello' | raw pctparam
refused pctparam 400 bad_request
# HTTP/1.1 without Host, and with two.
crlf 'GET /health HTTP/1.1\r\n\r\n' | raw nohost
refused nohost 400 bad_request
crlf 'GET /health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n' | raw twohost
refused twohost 400 bad_request
# What stays accepted: HTTP/1.0 without Host, a chunked body, one request
# after another on a kept-alive connection.
crlf 'GET /health HTTP/1.0\r\n\r\n' | raw v10
head -1 "$tmp/v10" | grep -q '^HTTP/1.1 200 ' || fail "HTTP/1.0: $(cat "$tmp/v10")"
crlf 'POST /v1/brief HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n2d\r\nThe ferry resumes on Monday after repairs.   \r\n0\r\n\r\nGET /health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n' | raw chunked
[ "$(grep -c '^HTTP/1.1 200 ' "$tmp/chunked")" -eq 2 ] || fail "chunked, then health: $(cat "$tmp/chunked")"

# Headers that stop coming: 408 after --header-timeout (2 s), closed.
crlf 'GET /health HTTP/1.1\r\nHost: t\r\nX-Slow: 1' | raw slowhead
refused slowhead 408 timeout
# A body that stops coming below --min-rate (200 bytes/s after the first
# 2 s): 408, closed; libmicrohttpd's idle --timeout (30 s) would not.
crlf 'POST /v1/brief HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\nThe ferry' | raw slowbody
refused slowbody 408 timeout

# 200 connections trickling a byte a second, from one address, then from
# 200: GET /health from another answers within 1 s all along (--max-per-
# client 64 refuses the first kind past 64, --max-connections 512 holds the
# second), and the header and body deadlines close them all.
for spec in "headers 127.0.0.2" "headers many" "body many"; do
  set -- $spec
  "$py" "$here/slow_clients.py" "$port" 200 "$1" 4 "$2" >"$tmp/slow" ||
    fail "slow_clients.py $spec: $(cat "$tmp/slow")"
  read -r _ opened _ worst _ failed _ closed <"$tmp/slow"
  [ "$opened" -eq 200 ] || fail "$spec: $opened of 200 connections opened"
  [ "$failed" -eq 0 ] || fail "$spec: $failed health checks failed ($(cat "$tmp/slow"))"
  awk -v w="$worst" 'BEGIN { exit !(w < 1.0) }' || fail "$spec: health took $worst s"
  [ "$closed" -eq 200 ] || fail "$spec: $closed of 200 slow connections closed within 4 s"
done
curl -sS --max-time 5 "$url/health" | grep -q '"status":"ok"' || fail "health after the slow clients"
echo ok
