#!/usr/bin/env bash
# `precis extract` and HTML input detection in single-article mode.
. "$(dirname "$0")/lib.sh" "$@"
page=tests/data/cli-page.fr.html
title="Le marché couvert de Saint-Aubrac rouvre ses portes"

# Text: title, blank line, article paragraphs; no menu, comments or footer.
"$bin" extract "$page" >"$tmp/out" 2>"$tmp/err" || fail "extract exit status $?"
[ ! -s "$tmp/err" ] || fail "stderr not empty: $(cat "$tmp/err")"
[ "$(sed -n 1p "$tmp/out")" = "$title" ] || fail "title: $(sed -n 1p "$tmp/out")"
grep -q "^Après dix-huit mois de travaux" "$tmp/out" || fail "first paragraph missing"
grep -q "^Vingt-deux commerçants" "$tmp/out" || fail "last paragraph missing"
! grep -q "Accueil\|Enfin !\|Mentions légales" "$tmp/out" || fail "boilerplate kept"
[ "$(grep -c "$title" "$tmp/out")" -eq 1 ] || fail "headline repeated"

# JSON from standard input.
"$bin" extract --format json <"$page" >"$tmp/json" || fail "json exit status"
grep -q '"date":"2025-04-09T07:45:00+02:00"' "$tmp/json" || fail "date: $(cat "$tmp/json")"
grep -q '"site":"La Gazette du Causse"' "$tmp/json" || fail "site"
grep -q '"lang":"fr"' "$tmp/json" || fail "lang"
grep -q '"title":"Le marché couvert' "$tmp/json" || fail "title in json"
grep -q '"warnings":\[\]}$' "$tmp/json" || fail "warnings: $(cat "$tmp/json")"
printf '<html><body><script>x()</script></body></html>' | "$bin" extract -f json >"$tmp/json2"
grep -q '"text":"","warnings":\["no article text found in the page"\]}$' "$tmp/json2" ||
  fail "no-text warning: $(cat "$tmp/json2")"
[ "$(wc -l <"$tmp/json")" -eq 1 ] || fail "json is not one line"

# Regression: U+2028 and U+2029 in a page's text are escaped in its JSON, as
# in the JSON brief (they were written raw, a line break to JavaScript).
{
  printf '<html><body><article><p>The ferry to Orlan left at dawn,\342\200\250its deck '
  printf 'full of crates of apples for the winter market.</p><p>It came back at noon\342\200\251'
  printf ' with the mail and two passengers from the mainland.</p></article></body></html>'
} >"$tmp/sep.html"
"$bin" extract -f json "$tmp/sep.html" >"$tmp/sep.json" || fail "separators: exit status"
! LC_ALL=C grep -q $'\xe2\x80[\xa8\xa9]' "$tmp/sep.json" || fail "raw U+2028/9: $(cat "$tmp/sep.json")"
grep -q 'dawn,\\u2028its deck' "$tmp/sep.json" || fail "U+2028 not escaped: $(cat "$tmp/sep.json")"
grep -q 'noon\\u2029 with' "$tmp/sep.json" || fail "U+2029 not escaped: $(cat "$tmp/sep.json")"

# Several pages in one process: one JSON line each, with its file; in text,
# a header line before each page; a missing file fails the run, not the rest.
cp "$page" "$tmp/b.html"
"$bin" extract -f json "$page" "$tmp/b.html" >"$tmp/many" || fail "batch exit status"
[ "$(wc -l <"$tmp/many")" -eq 2 ] || fail "batch lines: $(wc -l <"$tmp/many")"
[ "$(grep -c '"title":"Le marché couvert' "$tmp/many")" -eq 2 ] || fail "batch titles"
grep -q "^{\"file\":\"$tmp/b.html\"," "$tmp/many" || fail "batch file key: $(cat "$tmp/many")"
"$bin" extract "$page" "$tmp/b.html" >"$tmp/many.txt" || fail "batch text exit status"
grep -q "^==> $tmp/b.html <==$" "$tmp/many.txt" || fail "batch text header"
[ "$(grep -c "^Vingt-deux commerçants" "$tmp/many.txt")" -eq 2 ] || fail "batch text pages"
"$bin" extract -f json /nonexistent/x.html "$page" >"$tmp/many2" 2>/dev/null &&
  fail "missing file in a batch accepted"
[ "$(wc -l <"$tmp/many2")" -eq 1 ] || fail "batch stopped at a missing file"

# Briefing an HTML file extracts it first: page title as headline, French heading.
"$bin" "$page" >"$tmp/brief" || fail "brief exit status"
[ "$(sed -n 1p "$tmp/brief")" = "$title" ] || fail "brief title: $(sed -n 1p "$tmp/brief")"
grep -q "^Principaux renseignements" "$tmp/brief" || fail "not briefed as French"
"$bin" --format json "$page" >"$tmp/brief.json" || fail "json brief exit status"
grep -q '"page":{"title":"Le marché couvert[^}]*"date":"2025-04-09T07:45:00+02:00"' "$tmp/brief.json" ||
  fail "page metadata in the json brief: $(cat "$tmp/brief.json")"
grep -q '"site":"La Gazette du Causse","url":"[^"]*","lang":"fr"' "$tmp/brief.json" ||
  fail "page site and lang in the json brief"
! grep -q "<p>\|Accueil" "$tmp/brief" || fail "markup or menu in the brief"

# Errors.
"$bin" extract --format xml "$page" 2>/dev/null && fail "bad format accepted"
"$bin" extract /nonexistent/page.html 2>/dev/null && fail "missing file accepted"
: >"$tmp/empty"
"$bin" extract "$tmp/empty" 2>"$tmp/err" && fail "empty page accepted"
grep -q "empty" "$tmp/err" || fail "empty page message: $(cat "$tmp/err")"
exit 0
