#!/usr/bin/env bash
# Output formats and options of single-article mode.
. "$(dirname "$0")/lib.sh" "$@"
fr=tests/data/cli-article.fr.txt
en=tests/data/cli-article.en.txt
title_fr="Les pêcheurs de Port-Lanvec obtiennent un quai rénové après dix ans d'attente"
bullet='  • '
line() { sed -n "$1p" "$2"; }

# Text: the seed layout.
"$bin" "$fr" >"$tmp/out" 2>"$tmp/err"
[ ! -s "$tmp/err" ] || fail "stderr not empty: $(cat "$tmp/err")"
[ "$(line 1 "$tmp/out")" = "$title_fr" ] || fail "title line: $(line 1 "$tmp/out")"
[ -z "$(line 2 "$tmp/out")" ] && [ -z "$(line 3 "$tmp/out")" ] || fail "no blank lines after title"
[ "$(line 4 "$tmp/out")" = "Principaux renseignements" ] || fail "heading: $(line 4 "$tmp/out")"
[ -z "$(line 5 "$tmp/out")" ] || fail "no blank line after heading"
for n in 6 7 8; do
  case "$(line $n "$tmp/out")" in "$bullet"?*) ;; *) fail "line $n is not a bullet" ;; esac
done
[ -z "$(line 9 "$tmp/out")" ] || fail "no blank line after bullets"
[ "$(grep -c "^$bullet" "$tmp/out")" -eq 3 ] || fail "default is not 3 points"
grep -qx 'Le maire, Annick Le Dantec, a indiqué que les pêcheurs seraient consultés à chaque étape des travaux.' "$tmp/out" || fail "last paragraph missing"
[ "$(tail -c 1 "$tmp/out" | od -An -c | tr -d ' ')" = '\n' ] || fail "no final newline"
[ -n "$(tail -n 1 "$tmp/out")" ] || fail "output ends with a blank line"

# English heading; --points 5 from standard input, with and without "-".
"$bin" "$en" | sed -n 4p | grep -qx 'Key points' || fail "English heading"
"$bin" --points 5 <"$fr" >"$tmp/p5"
[ "$(grep -c "^$bullet" "$tmp/p5")" -eq 5 ] || fail "--points 5 gave $(grep -c "^$bullet" "$tmp/p5")"
"$bin" -n5 - <"$fr" | cmp -s - "$tmp/p5" || fail "'-' differs from standard input"
"$bin" --points=0 "$fr" >"$tmp/p0"
! grep -q 'Principaux renseignements' "$tmp/p0" || fail "--points 0 kept the heading"
[ -z "$(line 3 "$tmp/p0")" ] && [ -n "$(line 4 "$tmp/p0")" ] || fail "--points 0 layout"

# --title replaces the headline.
"$bin" --title 'Un quai pour Port-Lanvec' "$fr" | head -n 1 | grep -qx 'Un quai pour Port-Lanvec' ||
  fail "--title"

# Markdown.
"$bin" -f markdown -n 2 "$fr" >"$tmp/md"
[ "$(line 1 "$tmp/md")" = "# $title_fr" ] || fail "markdown title: $(line 1 "$tmp/md")"
[ "$(line 3 "$tmp/md")" = "## Principaux renseignements" ] || fail "markdown heading"
[ "$(grep -c '^- ' "$tmp/md")" -eq 2 ] || fail "markdown bullets"

# JSON: one line, schema first, valid.
"$bin" --format json "$fr" >"$tmp/json"
[ "$(wc -l <"$tmp/json")" -eq 1 ] || fail "JSON is not one line"
grep -q '^{"schema":"precis/1.1","lang":"fr","lang_confidence":' "$tmp/json" || fail "JSON head: $(head -c 80 "$tmp/json")"
grep -q '"key_points":\[{"text":"' "$tmp/json" || fail "JSON key points"
if command -v python3 >/dev/null; then
  python3 - "$tmp/json" "$fr" <<'PY' || fail "JSON content"
import json, sys
b = json.load(open(sys.argv[1], encoding="utf-8"))
src = open(sys.argv[2], "rb").read()
assert b["schema"] == "precis/1.1" and b["lang"] == "fr", b
assert b["title"].startswith("Les pêcheurs de Port-Lanvec"), b["title"]
assert len(b["key_points"]) == 3 and b["sentences"] >= 10 and len(b["paragraphs"]) == 6
for p in b["key_points"]:
    span = src[p["start"]:p["end"]].decode("utf-8")
    assert p["start"] < p["end"] <= len(src)
    assert " ".join(span.split()) == p["text"], (span, p["text"])
PY
fi

# -o FILE writes there and nothing to standard output.
"$bin" -f json -o "$tmp/o.json" "$fr" >"$tmp/stdout"
[ ! -s "$tmp/stdout" ] && cmp -s "$tmp/o.json" "$tmp/json" || fail "-o FILE"

"$bin" --version | grep -qx 'precis [0-9]*\.[0-9]*\.[0-9]*' || fail "--version"
"$bin" --help | grep -q -- '--jsonl' || fail "--help"
"$bin" -h >/dev/null || fail "-h exit status"
echo ok
