#!/usr/bin/env bash
# Sections and the closing block: a page's own subheadings become the
# sections (source "page", the heading's bytes as its piece, the lead-in
# without heading), the text layout prints each heading on its own line and
# ends with the closing block; --sections off and --keywords 0 --quotes 0
# --entities 0 take them away.
. "$(dirname "$0")/lib.sh" "$@"
page=tests/data/cli-sections.fr.html
"$bin" extract -f json "$page" >"$tmp/page.json"
"$bin" -f json "$page" >"$tmp/json"
python3 - "$tmp/json" "$tmp/page.json" <<'PY' || fail "page sections: $(head -c 600 "$tmp/json")"
import json, sys
b = json.load(open(sys.argv[1]))
text = json.load(open(sys.argv[2]))["text"].encode()  # what the spans count in
s = b["sections"]
assert [x["heading"] for x in s] == [None, "Des travaux longs et coûteux", "Une saison qui commence"], s
assert all(x["source"] == "page" for x in s), s
assert [x["paragraphs"] for x in s] == [[0, 0], [2, 3], [5, 5]], s
for x in s[1:]:
    p = x["heading_pieces"][0]
    assert text[p["start"]:p["end"]].decode() == x["heading"], (p, x)
# the body span starts with its first paragraph
assert text[s[1]["start"]:s[1]["end"]].decode().startswith("Les travaux ont duré"), s[1]
assert b["schema"] == "precis/1.1"
assert any(e["name"] == "Lanvec" for e in b["entities"]), b["entities"]
assert b["keywords"] and b["keywords"][0]["score"] == 1
PY
"$bin" "$page" >"$tmp/brief"
grep -qx "Des travaux longs et coûteux" "$tmp/brief" || fail "no heading line: $(cat "$tmp/brief")"
grep -qx "Plus" "$tmp/brief" || fail "no closing block"
grep -q "^Mots-clés.: " "$tmp/brief" || fail "no keyphrases line"
"$bin" --sections off --keywords 0 --quotes 0 --entities 0 -f json "$page" >"$tmp/off"
grep -q '"sections":\[\],"keywords":\[\],"entities":\[\],"quotes":\[\]' "$tmp/off" ||
  fail "off: $(cat "$tmp/off")"
"$bin" --sections off --keywords 0 --quotes 0 --entities 0 "$page" >"$tmp/plain"
if grep -qx "Plus" "$tmp/plain"; then fail "closing block without content"; fi
# A heading line of plain text counts as the text's own subheading.
printf 'Le port rouvre\n\nLe port de Lanvec rouvre ses quais après deux ans de travaux, a annoncé la mairie.\n\nLes travaux\n\nLes travaux ont duré deux ans et coûté douze millions d’euros, selon la région.\n\nLa saison\n\nLa saison de pêche commence dès la semaine prochaine pour les trente bateaux.\n' >"$tmp/t.txt"
"$bin" -f json "$tmp/t.txt" | grep -q '"heading":"Les travaux",.*"source":"page"' || fail "text headings"
# --sections page: without subheadings, no sections are made.
printf 'Titre\n\n%s\n' "$(head -c 2000 /dev/zero | tr '\0' 'a' | sed 's/a\{20\}/Un mot de plus. /g')" >"$tmp/flat.txt"
"$bin" --sections page -f json "$tmp/flat.txt" | grep -q '"sections":\[\]' || fail "--sections page"
"$bin" --sections wrong "$page" 2>"$tmp/err" && fail "--sections wrong accepted"
grep -q -- "--sections must be auto, page or off" "$tmp/err" || fail "--sections message"
echo ok
