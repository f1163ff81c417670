#!/usr/bin/env bash
# Compressed key points: --compress, --compress-rules, the JSON "pieces".
. "$(dirname "$0")/lib.sh" "$@"
printf 'Storm closes the harbour at Port-Lanvec\n\nThe harbour master said the storm had closed the port for three days. However, the ferry (which carries the islanders) stayed in dock, he said.\n' >"$tmp/a.txt"

# Off by default: whole sentences, no "pieces".
"$bin" -f json "$tmp/a.txt" >"$tmp/off.json"
! grep -q '"pieces"' "$tmp/off.json" || fail "pieces without --compress"
grep -q '"text":"However, the ferry (which carries the islanders) stayed in dock, he said."' \
  "$tmp/off.json" || fail "sentence changed without --compress"

# --compress (the default rules): the connective and the brackets go, the
# attribution stays.
"$bin" --compress "$tmp/a.txt" | grep -qx '  • The ferry stayed in dock, he said.' ||
  fail "--compress: $("$bin" --compress "$tmp/a.txt" | sed -n 7p)"

# All rules: the documented example of docs/json-schema.md, byte for byte.
"$bin" --compress-rules all -f json "$tmp/a.txt" >"$tmp/all.json"
# (the score depends on the learned weights, so it is not compared)
grep -qE '\{"text":"The ferry stayed in dock\.","sentence":1,"start":111,"end":184,"score":[-0-9.e]+,"pieces":\[\[120,129\],\[159,174\],\[183,184\]\]\}' \
  "$tmp/all.json" || fail "pieces: $(cat "$tmp/all.json")"
# The pieces are bytes of the input.
[ "$(head -c 129 "$tmp/a.txt" | tail -c 9)" = "the ferry" ] || fail "piece 1 is not 'the ferry'"

# One rule at a time; unknown names are a usage error.
"$bin" --compress-rules attribution "$tmp/a.txt" |
  grep -qx '  • However, the ferry (which carries the islanders) stayed in dock.' || fail "attribution only"
if "$bin" --compress-rules connectives,bogus "$tmp/a.txt" >/dev/null 2>"$tmp/err"; then
  fail "bogus rule accepted"
else
  [ $? -eq 2 ] || fail "bogus rule: wrong exit status"
fi
grep -q -- "--compress-rules must be a comma-separated list of compression rules" "$tmp/err" || fail "bogus rule: no message"
echo ok
