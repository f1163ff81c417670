#!/usr/bin/env bash
# precis serve: real HTTP requests with curl against a server on a free port:
# briefs in each format, JSON records, pages, every error status (400, 404,
# 405, 413 declared and streamed, 415, 422), concurrent requests, and a clean
# stop on SIGTERM that first answers the request under way.
. "$(dirname "$0")/lib.sh" "$@"
fail() {
  echo "FAIL: $*" >&2
  [ -f "$tmp/err" ] && sed 's/^/  server: /' "$tmp/err" >&2
  exit 1
}
command -v curl >/dev/null || fail "curl is needed (tools/install-deps.sh)"

start_server -j 2 --max-bytes 64K --timeout 20 --log

# req NAME [curl args...]: body in $tmp/NAME, status in $tmp/NAME.status,
# headers in $tmp/NAME.head.
req() {
  local name=$1
  shift
  curl -sS --max-time 60 -o "$tmp/$name" -D "$tmp/$name.head" -w '%{http_code}' "$@" \
    >"$tmp/$name.status" || true
}
status() { cat "$tmp/$1.status"; }
expect() { # NAME STATUS [CODE]
  [ "$(status "$1")" = "$2" ] || fail "$1: status $(status "$1"), want $2: $(cat "$tmp/$1")"
  if [ $# -ge 3 ]; then
    grep -q "^{\"error\":{\"code\":\"$3\",\"message\":\"[^\"]" "$tmp/$1" ||
      fail "$1: want error $3: $(cat "$tmp/$1")"
  fi
}
header() { tr -d '\r' <"$tmp/$1.head" | grep -i "^$2:" | head -1 | cut -d' ' -f2-; }

req health "$url/health"
expect health 200
grep -q '"status":"ok"' "$tmp/health" || fail "health: $(cat "$tmp/health")"

# Plain text, each format.
req text -H 'Content-Type: text/plain' --data-binary @examples/article.en.txt "$url/v1/brief?points=2"
expect text 200
[ "$(header text Content-Type)" = application/json ] || fail "text: $(header text Content-Type)"
grep -q '^{"schema":"precis/1.1","lang":"en",' "$tmp/text" || fail "text: $(head -c 200 "$tmp/text")"
[ "$(grep -o '"sentence":' "$tmp/text" | wc -l)" -eq 2 ] || fail "text: not 2 key points"
"$bin" --format json --points 2 examples/article.en.txt >"$tmp/cli.json"
cmp -s "$tmp/text" "$tmp/cli.json" || fail "the server's brief differs from the command's"
req md -H 'Content-Type: text/plain' --data-binary @examples/article.fr.txt "$url/v1/brief?format=markdown"
expect md 200
[ "$(header md Content-Type)" = "text/markdown; charset=utf-8" ] || fail "md: $(header md Content-Type)"
head -1 "$tmp/md" | grep -q '^# ' || fail "md: $(head -1 "$tmp/md")"

# A JSON record, as in --jsonl; and a page.
printf '{"id":"r-1","points":1,"lang":"fr","title":"Bus gratuits","text":"Le conseil municipal de Valmont a voté mardi la gratuité des bus pour les moins de 18 ans. La mesure coûtera 1,2 million d’euros par an.\\n\\nLe maire a salué une avancée sociale."}' >"$tmp/rec.json"
req rec -H 'Content-Type: application/json' --data-binary @"$tmp/rec.json" "$url/v1/brief"
expect rec 200
grep -q '^{"schema":"precis/1.1","id":"r-1","lang":"fr","lang_confidence":1,"title":"Bus gratuits",' "$tmp/rec" ||
  fail "rec: $(cat "$tmp/rec")"
req page -H 'Content-Type: text/html' --data-binary @tests/data/cli-page.fr.html "$url/v1/extract"
expect page 200
grep -q '"charset":"' "$tmp/page" || fail "page: $(head -c 300 "$tmp/page")"

# Errors.
req badjson -H 'Content-Type: application/json' --data-binary '{"text": oops}' "$url/v1/brief"
expect badjson 400 bad_json
grep -q 'at byte 13","pos":13}}$' "$tmp/badjson" || fail "badjson: $(cat "$tmp/badjson")"
req notext -H 'Content-Type: application/json' --data-binary '{"id":3}' "$url/v1/brief"
expect notext 400 no_text
req param -H 'Content-Type: text/plain' --data-binary @examples/article.en.txt "$url/v1/brief?points=lots"
expect param 400 bad_param
req method "$url/v1/brief"
expect method 405 method_not_allowed
[ "$(header method Allow)" = POST ] || fail "405 without Allow: POST"
req method2 -X DELETE "$url/health"
expect method2 405 method_not_allowed
req missing -H 'Content-Type: text/plain' --data-binary 'x' "$url/v2/brief"
expect missing 404 not_found
req form --data 'text=hello' "$url/v1/brief"
expect form 415 unsupported_media_type
req empty -H 'Content-Type: text/plain' --data-binary '   ' "$url/v1/brief"
expect empty 422 empty
printf 'Un texte\0binaire' >"$tmp/bin.txt"
req binary -H 'Content-Type: text/plain' --data-binary @"$tmp/bin.txt" "$url/v1/brief"
expect binary 422 binary

# Bodies over --max-bytes (64 KiB): refused from the declared length before
# the body is read, and while streaming a chunked body.
head -c 100000 /dev/zero | tr '\0' 'a' >"$tmp/big.txt"
req big -H 'Content-Type: text/plain' --data-binary @"$tmp/big.txt" "$url/v1/brief"
expect big 413 too_large
grep -q 'limit of 65536 bytes (server option --max-bytes)' "$tmp/big" || fail "big: $(cat "$tmp/big")"
req chunked -H 'Content-Type: text/plain' -H 'Transfer-Encoding: chunked' --data-binary @"$tmp/big.txt" "$url/v1/brief"
expect chunked 413 too_large
req health2 "$url/health"
expect health2 200

# Concurrent requests, two threads: every answer is the one its request
# would get alone.
for i in $(seq 1 16); do
  printf '{"id":%d,"lang":"en","text":"The ferry to island number %d resumes on Monday. The harbour office said repairs cost %d pounds. Passengers had waited for weeks."}' \
    "$i" "$i" $((i * 1000)) >"$tmp/c$i.json"
done
for i in $(seq 1 16); do
  req "c$i" -H 'Content-Type: application/json' --data-binary @"$tmp/c$i.json" "$url/v1/brief" &
done
wait $(jobs -p | grep -v "^$pid\$") 2>/dev/null || true
for i in $(seq 1 16); do
  expect "c$i" 200
  grep -q "^{\"schema\":\"precis/1.1\",\"id\":$i,\"lang\":\"en\"" "$tmp/c$i" || fail "c$i: $(cat "$tmp/c$i")"
  "$bin" --jsonl <"$tmp/c$i.json" >"$tmp/c$i.cli"
  cmp -s "$tmp/c$i" "$tmp/c$i.cli" || fail "c$i differs from --jsonl"
done

# SIGTERM while a request streams its body: that request is still answered,
# with Connection: close, then the server exits 0 and says so. The waits are
# on the server's --log line for the request's headers and its line for
# the signal.
posts_over() { [ "$(grep -c '^precis: request [0-9]* POST /v1/brief$' "$tmp/err")" -gt "$1" ]; }
posts=$(grep -c '^precis: request [0-9]* POST /v1/brief$' "$tmp/err")
mkfifo "$tmp/fifo"
curl -sS --max-time 60 -o "$tmp/late" -D "$tmp/late.head" -w '%{http_code}' -X POST \
  -H 'Content-Type: text/plain' -T "$tmp/fifo" "$url/v1/brief?points=1" >"$tmp/late.status" \
  2>"$tmp/late.err" &
cpid=$!
exec 3>"$tmp/fifo"
head -c 1000 examples/article.en.txt >&3
wait_for 10 "the request's headers" posts_over "$posts"
kill -TERM "$pid"
wait_for 10 "the draining line" grep -q '^precis: SIGTERM: draining [0-9]* connections$' "$tmp/err"
tail -c +1001 examples/article.en.txt >&3
exec 3>&-
wait "$cpid" || true
[ "$(cat "$tmp/late.status")" = 200 ] || fail "request under way at SIGTERM: $(cat "$tmp/late.status") $(cat "$tmp/late.err")"
[ "$(header late Connection)" = close ] || fail "answer after SIGTERM without Connection: close"
set +e
wait "$pid"
rc=$?
set -e
pid=
[ "$rc" -eq 0 ] || fail "exit $rc after SIGTERM"
grep -q '^precis: stopped by SIGTERM after [0-9]* requests$' "$tmp/err" || fail "no stop message"
curl -s --max-time 5 "$url/health" >/dev/null && fail "still answering after SIGTERM"

# Bad options.
set +e
"$bin" serve --port 70000 2>"$tmp/opt.err"
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q -- '--port wants a number' "$tmp/opt.err" || fail "--port 70000: $rc"
echo ok
