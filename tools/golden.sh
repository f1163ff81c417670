#!/usr/bin/env bash
# Writes what a precis binary makes of every article in ../shared/eval and
# every page in ../shared/extract into OUTDIR, for a byte-for-byte comparison
# of two builds (a refactoring must not change output):
#   tools/golden.sh OLD/precis /tmp/old; tools/golden.sh build/precis /tmp/new
#   diff -r /tmp/old /tmp/new
# Per eval set: JSON briefs (--jsonl), the same with --compress, and the
# text layout of the first 50; per page: `extract -f json` and the JSON brief.
set -euo pipefail
bin=$(realpath "$1")
out=$2
shared=$(cd "$(dirname "$0")/../../shared" && pwd)
mkdir -p "$out/eval" "$out/extract"
for f in "$shared"/eval/*.jsonl; do
  name=$(basename "$f" .jsonl)
  # Story groups have their articles under "docs", not "text".
  head -n1 "$f" | python3 -c 'import json,sys; sys.exit("text" not in json.load(sys.stdin))' || continue
  "$bin" --jsonl -f json "$f" >"$out/eval/$name.json" 2>&1 || true
  "$bin" --jsonl -f json --compress "$f" >"$out/eval/$name.compress.json" 2>&1 || true
  head -n 50 "$f" | python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    sys.stdout.write(json.dumps({"title": r.get("title", ""), "text": r["text"]}) + "\n")
' >"$out/eval/$name.first50"
  while IFS= read -r line; do
    printf '%s' "$line" | python3 -c 'import json,sys; r=json.load(sys.stdin); t=r["title"]; sys.stdout.write((t+"\n\n" if t else "")+r["text"])' |
      "$bin" -f text - >>"$out/eval/$name.text" 2>&1 || echo "exit $?" >>"$out/eval/$name.text"
  done <"$out/eval/$name.first50"
  rm "$out/eval/$name.first50"
done
pages=()
for d in "$shared"/extract/readability-testpages/*/; do pages+=("$d/source.html"); done
for p in "${pages[@]}"; do
  key=$(basename "$(dirname "$p")")
  "$bin" extract -f json "$p" >"$out/extract/r-$key.extract" 2>&1 || echo "exit $?" >>"$out/extract/r-$key.extract"
  "$bin" -f json "$p" >"$out/extract/r-$key.brief" 2>&1 || echo "exit $?" >>"$out/extract/r-$key.brief"
done
for g in "$shared"/extract/trafilatura-eval/html/*/*.gz; do
  key=$(basename "$g" .gz)
  zcat "$g" >"$out/page.html"
  "$bin" extract -f json "$out/page.html" >"$out/extract/t-$key.extract" 2>&1 || echo "exit $?" >>"$out/extract/t-$key.extract"
  "$bin" -f json "$out/page.html" >"$out/extract/t-$key.brief" 2>&1 || echo "exit $?" >>"$out/extract/t-$key.brief"
done
rm -f "$out/page.html"
echo "$(find "$out" -type f | wc -l) files in $out"
