#!/usr/bin/env bash
# A UTF-16 page (either byte order, with its BOM) is briefed as it is
# extracted, not refused as binary; a lone surrogate is replaced and warned
# about, and the text after it is still there.
. "$(dirname "$0")/lib.sh" "$@"
command -v iconv >/dev/null || { echo "skipped: no iconv"; exit 0; }
page=tests/data/cli-page.fr.html
run "$page"
cp "$tmp/out" "$tmp/want"
for enc in UTF-16LE UTF-16BE; do
  bom='\xff\xfe'
  [ "$enc" = UTF-16BE ] && bom='\xfe\xff'
  { printf "$bom"; iconv -f UTF-8 -t "$enc" "$page"; } >"$tmp/p16.html"
  run "$tmp/p16.html"
  [ "$rc" -eq 0 ] || fail "$enc: exit $rc: $(cat "$tmp/err")"
  cmp -s "$tmp/out" "$tmp/want" || fail "$enc: brief differs from the UTF-8 page's"
  run --format json <"$tmp/p16.html"
  grep -qF "\"charset\":\"$enc\"" "$tmp/out" || fail "$enc: charset not reported"
done
# A lone low surrogate (U+DC00) before the last paragraph of the article.
last='Vingt-deux commer'
grep -qF "<p>$last" "$page" || fail "no paragraph '$last' in $page"
{
  printf '\xff\xfe'
  sed "s|<p>$last|<p>@@$last|" "$page" | iconv -f UTF-8 -t UTF-16LE | sed 's/@\x00@\x00/\x00\xdc/'
} >"$tmp/sur.html"
run extract "$tmp/sur.html"
[ "$rc" -eq 0 ] || fail "surrogate: exit $rc"
grep -qF "lone UTF-16 surrogates" "$tmp/err" || fail "surrogate: no warning: $(cat "$tmp/err")"
grep -qF "$last" "$tmp/out" || fail "surrogate: the text after it is lost"
echo ok
