#!/usr/bin/env bash
# One options validator: the command's flags, a JSON Lines record's fields
# and the HTTP API's query parameters take the same names with the same
# bounds and meanings, and refuse the same values with the library's
# message (precis_option_set).
. "$(dirname "$0")/lib.sh" "$@"
command -v curl >/dev/null || fail "curl is needed (tools/install-deps.sh)"
article=tests/data/cli-article.fr.txt
text=$(python3 -c 'import json,sys; print(json.dumps(open(sys.argv[1]).read()))' "$article")
start_server -j 1
# through FLAG VALUE NAME: brief with the option set by each front end; the
# three JSON briefs in $tmp/cli, $tmp/rec, $tmp/http, exit/status in $tmp/*.rc
through() {
  local flag=$1 value=$2 name=$3 json
  set +e
  "$bin" -f json "$flag" "$value" "$article" >"$tmp/cli" 2>"$tmp/cli.err"
  echo $? >"$tmp/cli.rc"
  set -e
  if [[ $value =~ ^[0-9]+$ ]]; then json=$value; else json="\"$value\""; fi
  printf '{"id":1,"text":%s,"%s":%s}\n' "$text" "$name" "$json" >"$tmp/rec.in"
  "$bin" --jsonl "$tmp/rec.in" >"$tmp/rec" 2>/dev/null || true
  curl -sS -o "$tmp/http" -w '%{http_code}' -H 'Content-Type: text/plain' \
    --data-binary @"$article" "$url/v1/brief?$name=$value" >"$tmp/http.rc"
}
# Accepted alike: the three briefs are the same (but the record's id).
same() {
  through "$@"
  [ "$(cat "$tmp/cli.rc")" = 0 ] || fail "$1 $2: exit $(cat "$tmp/cli.rc"): $(cat "$tmp/cli.err")"
  [ "$(cat "$tmp/http.rc")" = 200 ] || fail "$3=$2: HTTP $(cat "$tmp/http.rc"): $(cat "$tmp/http")"
  sed 's/^\({"schema":"[^"]*",\)"id":1,/\1/' "$tmp/rec" >"$tmp/rec.noid"
  cmp -s "$tmp/cli" "$tmp/rec.noid" || fail "$1 $2 and \"$3\": $2 differ"
  cmp -s "$tmp/cli" "$tmp/http" || fail "$1 $2 and ?$3=$2 differ"
}
# Refused alike, each front end quoting the library's MESSAGE.
refused() {
  local message=$4
  through "$1" "$2" "$3"
  [ "$(cat "$tmp/cli.rc")" = 2 ] || fail "$1 $2 accepted"
  grep -qF -- "$1${message#"$3"}" "$tmp/cli.err" || fail "$1 $2: $(cat "$tmp/cli.err")"
  grep -qF "\"error\":\"$message" "$tmp/rec" || fail "\"$3\":$2: $(cat "$tmp/rec")"
  [ "$(cat "$tmp/http.rc")" = 400 ] || fail "?$3=$2: HTTP $(cat "$tmp/http.rc")"
  grep -qF "\"message\":\"$message" "$tmp/http" || fail "?$3=$2: $(cat "$tmp/http")"
}
same --lang fra lang
grep -q '"lang":"fr"' "$tmp/cli" || fail "--lang fra: $(head -c 100 "$tmp/cli")"
same --points 1 points
same --words 40 words
same --order rank order
same --compress-rules all compress
same --max-sentences 2 max_sentences
refused --points 1001 points "points must be an integer from 0 to 1000"
refused --words -3 words "words must be an integer from 0 to 1000000"
refused --order random order "order must be article or rank"
refused --max-sentences 0 max_sentences "max_sentences must be an integer from 1"
refused --max-depth 0 max_depth "max_depth must be an integer from 1"
refused --compress-rules bogus compress "compress must be a comma-separated list"
echo ok
