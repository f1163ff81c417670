#!/usr/bin/env bash
# No input is clobbered: -o naming the input file, however (the same path,
# ./, an absolute path, a symbolic or a hard link), or standard output
# redirected to it, is refused and the input is left as it was; a new -o file
# appears only when the run is done (written beside it, then renamed).
. "$(dirname "$0")/lib.sh" "$@"
article=tests/data/cli-article.fr.txt
mkdir "$tmp/d"
printf '{"id":1,"text":"%s"}\n' "$(head -c 600 "$article" | tr -d '\n"\\')" >"$tmp/d/x.jsonl"
cp "$tmp/d/x.jsonl" "$tmp/orig"
ln "$tmp/d/x.jsonl" "$tmp/d/hard.jsonl"
ln -s x.jsonl "$tmp/d/sym.jsonl"
cd "$tmp/d"
for o in x.jsonl ./x.jsonl "$tmp/d/x.jsonl" ../d/x.jsonl hard.jsonl sym.jsonl; do
  run --jsonl -o "$o" x.jsonl
  [ "$rc" -eq 2 ] || fail "-o $o: exit $rc, want 2"
  grep -qF "is the input file" "$tmp/err" || fail "-o $o: $(cat "$tmp/err")"
  cmp -s x.jsonl "$tmp/orig" || fail "-o $o changed the input"
done
cp "$tmp/orig" page.txt
run -o ./page.txt page.txt
grep -qF "is the input file" "$tmp/err" || fail "brief -o: $(cat "$tmp/err")"
cmp -s page.txt "$tmp/orig" || fail "brief -o changed the input"
set +e
"$bin" --jsonl x.jsonl >>x.jsonl 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -qF "standard output is the input file" "$tmp/err" || fail ">> input: $rc"
cmp -s x.jsonl "$tmp/orig" || fail ">> input changed it"
# A normal -o: written in full, through a symbolic link to the file it names,
# no temporary file left behind.
: >out.jsonl
ln -s out.jsonl link.jsonl
run --jsonl -o link.jsonl x.jsonl
[ "$rc" -eq 0 ] || fail "-o link: exit $rc: $(cat "$tmp/err")"
[ -L link.jsonl ] || fail "the symbolic link was replaced"
grep -q '"id":1' out.jsonl || fail "no record in out.jsonl"
[ "$(ls -A | wc -l)" -eq 6 ] || fail "files left behind: $(ls -A)"
# A write error (a full disk) is an exit status 2 with a message, on every
# output path.
cd "$OLDPWD"
if [ -w /dev/full ]; then
  for args in "extract tests/data/cli-page.fr.html" "extract --format json tests/data/cli-page.fr.html" \
    "$article" "--format json $article" "--jsonl $tmp/orig" "-o /dev/full $article"; do
    set +e
    # shellcheck disable=SC2086
    "$bin" $args >/dev/full 2>"$tmp/err"
    rc=$?
    set -e
    [ "$rc" -eq 2 ] || fail "$args >/dev/full: exit $rc"
    grep -qF "cannot write" "$tmp/err" || fail "$args >/dev/full: no message: $(cat "$tmp/err")"
    [ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "$args >/dev/full: $(cat "$tmp/err")"
  done
fi
echo ok
