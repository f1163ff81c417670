#!/usr/bin/env python3
"""Stop words that authors' section headings hold more or less often than the
heading model expects, as word lists for its HF_STOP_ODDS feature.

    build/sections-eval dump --half a ../shared/extract > dump-a.jsonl
    tools/heading-stopwords.py dump-a.jsonl data

For every stop word token of an authors' section (the dump's tokens with the
model's features), the label is whether its word is in the section's
heading; a word seen at least 20 times in a language gets the log ratio of
its labels to the probability the model gives it (smoothed with 20 tokens at
the model's mean), and falls in a class: over 0.5 (data/<lang>/
heading-stopwords-more.txt, value 1), under -1.5 (heading-stopwords-least.txt,
-2), under -0.5 (heading-stopwords-less.txt, -1). Words of digits only are
left out. Languages: en, de, fr, es (the others have too few sections).
"""
import json
import math
import re
import sys
import unicodedata
from collections import Counter

# The heading model's weights before HF_STOP_ODDS (src/sections.c as fitted
# without it): the probability the lists correct.
W0 = [-2.77, -0.36, 0.54, -1.50, 0.68, 1.85, -2.71, 1.41, 1.04,
      -0.59, -0.67, 0.38, -0.24, 0.72, -0.08, 0.98, 0.84]
LANGS = ("en", "de", "fr", "es")
ALPHA, MIN_N = 20, 20
CLASSES = (("more", lambda v: v > 0.5), ("least", lambda v: v < -1.5),
           ("less", lambda v: -1.5 <= v < -0.5))


def words(s):
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFC", s).casefold())


def fold(w):
    return unicodedata.normalize("NFC", w).casefold().replace("\u2019", "'")


def main(dump, datadir):
    n, pos, exp = Counter(), Counter(), Counter()
    for line in open(dump, encoding="utf-8"):
        d = json.loads(line)
        lang, ref, heads = d["lang"], d["ref"], d["heads"]
        if lang not in LANGS:
            continue
        for s in d["sents"]:
            k = ref[s["para"]] if s["para"] < len(ref) else -1
            if k < 0 or k >= len(heads) or (k == 0 and not heads[k]):
                continue
            hw = set(words(heads[k]))
            for t in s["toks"]:
                if len(t) < 5 or not (t[1] & 1) or not (t[1] & 4):
                    continue  # features, a word, a stop word
                if not re.search(r"[^\W\d_]", t[0]):
                    continue
                key = (lang, fold(t[0]))
                z = sum(a * b for a, b in zip(W0, t[4]))
                n[key] += 1
                exp[key] += 1 / (1 + math.exp(-z))
                pos[key] += any(w in hw for w in words(t[0]))
    lists = {}
    for key in n:
        if n[key] < MIN_N:
            continue
        m = exp[key] / n[key]
        v = math.log((pos[key] + ALPHA * m) / (exp[key] + ALPHA * m))
        for name, test in CLASSES:
            if test(v):
                lists.setdefault((key[0], name), []).append(key[1])
    for lang in LANGS:
        for name, _ in CLASSES:
            ws = sorted(lists.get((lang, name), []))
            with open("%s/%s/heading-stopwords-%s.txt" % (datadir, lang, name), "w",
                      encoding="utf-8") as f:
                f.write("# Stop words of the language that authors' section headings hold %s\n"
                        % {"more": "more often than the heading model expects (HF_STOP_ODDS 1)",
                           "less": "less often than the heading model expects (HF_STOP_ODDS -1)",
                           "least": "far less often than the heading model expects (HF_STOP_ODDS -2)"}[name])
                f.write("# Made by tools/heading-stopwords.py from half a of the pages with\n"
                        "# subheadings (docs/quality.md, \"Headings: stop words\").\n")
                for w in ws:
                    f.write(w + "\n")
            print(lang, name, len(ws), " ".join(ws[:12]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
