#!/usr/bin/env bash
# Bad input and bad usage: exit status 2 and a "precis: ..." message.
. "$(dirname "$0")/lib.sh" "$@"
# expect RC MESSAGE : exit status and a line of stderr starting with MESSAGE.
expect() {
  [ "$rc" -eq "$1" ] || fail "exit $rc, want $1 (stderr: $(cat "$tmp/err"))"
  grep -qF -- "$2" "$tmp/err" || fail "stderr lacks '$2': $(cat "$tmp/err")"
}
article=tests/data/cli-article.fr.txt

printf 'a\0b' >"$tmp/in"
run <"$tmp/in"; expect 2 "precis: input looks binary"
[ ! -s "$tmp/out" ] || fail "binary input wrote output"

: >"$tmp/in"
run <"$tmp/in"; expect 2 "precis: input is empty or only whitespace"
printf ' \n\t\n  \r\n' >"$tmp/in"
run "$tmp/in"; expect 2 "precis: input is empty or only whitespace"

# Invalid UTF-8: the byte offset is that of the bad byte in the input.
prefix='Le conseil municipal a voté le budget.
La séance a duré '
printf '%s\xff deux heures sous les applaudissements du public.\n' "$prefix" >"$tmp/in"
off=$(printf '%s' "$prefix" | wc -c)
run --strict <"$tmp/in"; expect 2 "precis: invalid UTF-8 at byte $off"
[ ! -s "$tmp/out" ] || fail "--strict wrote output"
run "$tmp/in"; expect 0 "precis: warning: invalid UTF-8 at byte $off"
[ -s "$tmp/out" ] || fail "no brief despite a mere warning"

run --frobnicate "$article"; expect 2 "precis: unknown option '--frobnicate'"
run -x "$article"; expect 2 "precis: unknown option '-x'"
run --strict=1 "$article"; expect 2 "takes no value"
run --points "$article"; expect 2 "--points must be an integer from 0 to 1000"
run --points -1 "$article"; expect 2 "--points must be an integer from 0 to 1000"
run -n 3x "$article"; expect 2 "--points must be an integer from 0 to 1000"
run --format xml "$article"; expect 2 "unknown format 'xml'"
run --order random "$article"; expect 2 "--order must be article or rank, not 'random'"
run --lang xx "$article"; expect 2 "unsupported language 'xx'"
run -j 0 --jsonl "$article"; expect 2 "--jobs wants"
run --max-bytes 12Q "$article"; expect 2 "--max-bytes must be a size"
run --max-sentences 0 "$article"; expect 2 "--max-sentences must be an integer from 1"
run --max-depth x "$article"; expect 2 "--max-depth must be an integer from 1"
run extract --max-depth 0 "$article"; expect 2 "--max-depth must be an integer from 1"
run extract --max-bytes; expect 2 "option '--max-bytes' needs a value"
run serve --port x; expect 2 "--port wants a number"
run serve --max-bytes 0; expect 2 "--max-bytes must be a size"
run serve --jobs 65; expect 2 "--jobs wants a number from 1 to 64"
run serve --colour; expect 2 "unknown option '--colour'"
run -f; expect 2 "option '-f' needs a value"
run "$article" "$article"; expect 2 "only one input file"

run "$tmp/does-not-exist.txt"; expect 2 "precis: cannot open $tmp/does-not-exist.txt"
run "$tmp"; expect 2 "precis: cannot read $tmp"

run --max-bytes 100 "$article"
expect 2 "precis: input is larger than the limit of 100 bytes (raise it with --max-bytes)"
run --max-bytes 1K <"$article"; expect 2 "limit of 1024 bytes (raise it with --max-bytes)"
run --max-bytes 64K "$article"; [ "$rc" -eq 0 ] || fail "--max-bytes 64K rejected a small file"

echo ok
