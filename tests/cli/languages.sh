#!/usr/bin/env bash
# Language names: the command, the HTTP-less JSONL records and the library
# accept the same codes and aliases (the table of languages, src/languages.c).
. "$(dirname "$0")/lib.sh" "$@"
fr=tests/data/cli-article.fr.txt

# --lang takes an ISO 639-2 alias as the JSONL "lang" field does.
for name in fr fra fre FRA; do
  run --lang "$name" -f json "$fr"
  [ "$rc" -eq 0 ] || fail "--lang $name: exit $rc: $(cat "$tmp/err")"
  grep -q '"lang":"fr"' "$tmp/out" || fail "--lang $name: $(head -c 200 "$tmp/out")"
done
python3 -c 'import json,sys; print(json.dumps({"id": 1, "lang": "fra", "text": open(sys.argv[1]).read()}))' \
  "$fr" >"$tmp/r.jsonl"
run --jsonl -f json "$tmp/r.jsonl"
[ "$rc" -eq 0 ] && grep -q '"lang":"fr"' "$tmp/out" || fail "jsonl lang fra: $(cat "$tmp/out" "$tmp/err")"

# An unknown name is refused, naming the supported codes.
run --lang french "$fr"
[ "$rc" -ne 0 ] || fail "--lang french accepted"
grep -q "unsupported language 'french'" "$tmp/err" || fail "--lang french: $(cat "$tmp/err")"
echo ok
