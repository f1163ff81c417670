#!/usr/bin/env python3
"""A replica of the section headings' choice (src/sections.c,
precis_sections_headings) on `sections-eval dump`, for trying heading models
outside the C code: nine more token features and their pairwise products.

    build/sections-eval dump --half a ../shared/extract > dump-a.jsonl
    build/sections-eval dump --half b ../shared/extract > dump-b.jsonl
    tools/heading-crosses.py data dump-a.jsonl dump-b.jsonl [LAMBDA]
    tools/heading-crosses.py --weights data dump-a.jsonl dump-b.jsonl [LAMBDA]

Needs numpy (Debian: python3-numpy). Prints ROUGE-1 F1 of the chosen heading
against the authors' (the replica of precis's choice: every 2-8 word span of
one clause that opens on a content word or a determiner, not after a content
word, a determiner or a heading-bound-after word, ends on a content word,
scored by its distinct terms' summed probability over its words + 4; a
heading already given on the page is skipped), and the log loss of the
tokens, for: the model as shipped (the dump's 18 features and
heading_weights_default), the nine features added linearly, and the 26
features with all their pairwise products, both fitted on the first dump
(L2 weight LAMBDA, 100 by default) beside the shipped model's score (an
offset), read on both. Labels: a word token is positive when its word is
in its section's heading. docs/quality.md, "Headings: feature crosses
(branch head2)".
"""
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict

import numpy as np

W0 = np.array([-2.77, -0.36, 0.54, -1.50, 0.68, 1.85, -2.71, 1.41, 1.04,
               -0.59, -0.67, 0.38, -0.24, 0.72, -0.08, 0.98, 0.84, 0.4])
WORD, NUM, STOP, CAP = 1, 2, 4, 8
EXTRA = ["phrase_end", "run_len", "sec_idf", "in_p0", "de_cap", "rep_bigram",
         "run_has_cap", "prev_det", "next_of"]


def words(s):
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFC", s).casefold())


def fold(w):
    return unicodedata.normalize("NFC", w).casefold().replace("\u2019", "'")


def rouge1(c, r):
    a, b = Counter(words(c)), Counter(words(r))
    ov = sum(min(v, b[k]) for k, v in a.items())
    if not ov:
        return 0.0
    p, q = ov / sum(a.values()), ov / sum(b.values())
    return 2 * p * q / (p + q)


def joinable(gap):
    sp = 0
    for ch in gap:
        if ch.isspace():
            sp += 1
        elif not (ch == "-" and len(gap.encode()) == 1) and ch != "\u2011":
            return False
    return sp <= 2


def wordlist(datadir, lang, name):
    try:
        with open(f"{datadir}/{lang}/{name}.txt", encoding="utf-8") as f:
            return {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}
    except FileNotFoundError:
        return None


def content(fl):
    return (fl & WORD) and not (fl & STOP)


def read(path, datadir, with_info=False):
    """Token features X (18 + 9), labels Y, and per section its candidates;
    with_info adds each candidate's span facts (tools/heading-rerank.py)."""
    X, Y, secs, lists = [], [], [], {}
    for pi, line in enumerate(open(path, encoding="utf-8")):
        r = json.loads(line)
        lang = r["lang"]
        if lang not in lists:
            lists[lang] = (wordlist(datadir, lang, "compress-determiners"),
                           wordlist(datadir, lang, "heading-bound-after"),
                           wordlist(datadir, lang, "heading-complements") or set())
        dets, bound, comps = lists[lang]
        nseg = max(r["ref"]) + 1 if r["ref"] else 1
        segs_of, p0, big, bysec = defaultdict(set), set(), defaultdict(Counter), defaultdict(list)
        for s in r["sents"]:
            if s["para"] >= len(r["ref"]):
                continue
            seg = r["ref"][s["para"]]
            tb = s["text"].encode()
            toks = [dict(w=t[0], fl=t[1], term=t[2], off=t[3], f=t[4] if len(t) > 4 else None)
                    for t in s["toks"]]
            for i, t in enumerate(toks):
                t["gap"] = tb[toks[i - 1]["off"] + len(toks[i - 1]["w"].encode()):t["off"]].decode(
                    "utf-8", "replace") if i else ""
                if content(t["fl"]):
                    segs_of[t["term"]].add(seg)
                    if s["para"] == 0:
                        p0.add(t["term"])
                if i + 1 < len(toks):
                    big[seg][(t["term"], toks[i + 1]["term"])] += 1
            bysec[seg].append((s["text"], toks))
        for seg in sorted(bysec):
            if seg == 0:
                continue
            head = r["heads"][seg] if seg < len(r["heads"]) else ""
            hw = set(words(head))
            cands = []
            for si, (text, toks) in enumerate(bysec[seg]):
                g = []
                for ti, t in enumerate(toks):
                    if not t["f"]:
                        g.append(-1)
                        continue
                    e = [0.0] * len(EXTRA)
                    if content(t["fl"]):
                        a = ti
                        while a > 0 and content(toks[a - 1]["fl"]) and joinable(toks[a]["gap"]):
                            a -= 1
                        b = ti
                        while b + 1 < len(toks) and content(toks[b + 1]["fl"]) and joinable(toks[b + 1]["gap"]):
                            b += 1
                        e[0] = float(b == ti)
                        e[1] = math.log(b - a + 1)
                        e[2] = math.log(nseg / max(1, len(segs_of[t["term"]])))
                        e[3] = float(t["term"] in p0)
                        e[6] = float(any(toks[c]["fl"] & CAP and c > 0 for c in range(a, b + 1)))
                        e[7] = float(ti > 0 and not content(toks[ti - 1]["fl"]))
                        e[8] = float(ti + 1 < len(toks) and fold(toks[ti + 1]["w"]) in comps)
                        nb = ti + 1 < len(toks) and big[seg][(t["term"], toks[ti + 1]["term"])] >= 2
                        pb = ti > 0 and big[seg][(toks[ti - 1]["term"], t["term"])] >= 2
                        e[5] = float(nb or pb)
                    e[4] = float(lang == "de" and bool(t["fl"] & CAP) and ti > 0)
                    g.append(len(X))
                    X.append(list(t["f"]) + e)
                    ws = words(t["w"])
                    Y.append(1.0 if ws and all(w in hw for w in ws) else 0.0)
                for a, ta in enumerate(toks):
                    if not ta["fl"] & (WORD | NUM):
                        continue
                    isdet = not content(ta["fl"])
                    if isdet and (not dets or ta["w"].lower() not in dets):
                        continue
                    if a and joinable(ta["gap"]):
                        tp = toks[a - 1]
                        wl = tp["w"].lower()
                        if content(tp["fl"]) or (dets and wl in dets) or (bound and wl in bound):
                            continue
                    groups, w = defaultdict(list), 0
                    for b in range(a, len(toks)):
                        tb = toks[b]
                        if b > a and not joinable(tb["gap"]) or not tb["fl"] & (WORD | NUM):
                            break
                        w += 1
                        span = text.encode()[ta["off"]:tb["off"] + len(tb["w"].encode())]
                        span = span.decode("utf-8", "replace")
                        if w > 8 or len(span) > 60:
                            break
                        if g[b] >= 0:
                            groups[tb["term"]].append(g[b])
                        if w < 2 or not content(tb["fl"]):
                            continue
                        cand = (w, [np.array(v) for v in groups.values()], rouge1(span, head),
                                " ".join(words(span)))
                        if with_info:
                            nx = toks[b + 1] if b + 1 < len(toks) else None
                            phrase_end = nx is None or not joinable(nx["gap"]) or not content(nx["fl"])
                            mark = nx is None or not joinable(nx["gap"]) or not nx["fl"] & (WORD | NUM)
                            opens = all(not (toks[c]["fl"] & (WORD | NUM)) for c in range(a))
                            cand += ((si, a, opens, isdet, phrase_end, mark, len(toks)),)
                        cands.append(cand)
            secs.append((pi, lang, cands))
    return np.array(X), np.array(Y), secs


def choose(secs, p):
    """Mean ROUGE-1 F1 of the best candidate of each section, and by language."""
    used, tot, by = defaultdict(set), [], defaultdict(list)
    for pi, lang, cands in secs:
        f = 0.0
        ranked = sorted(cands, key=lambda c: -sum(p[g].max() for g in c[1]) / (c[0] + 4))
        for c in ranked:
            if c[3] not in used[pi]:
                used[pi].add(c[3])
                f = c[2]
                break
        tot.append(f)
        by[lang].append(f)
    langs = " ".join(f"{k} {np.mean(v):.3f}" for k, v in sorted(by.items()) if len(v) >= 20)
    return f"{np.mean(tot):.3f} ({langs})"


def sig(z):
    return 1 / (1 + np.exp(-z))


def loss(z, y):
    p = np.clip(sig(z), 1e-9, 1 - 1e-9)
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


def fit(F, y, z0, lam, it=8):
    """L2-regularized logistic regression beside an offset z0 (Newton)."""
    w = np.zeros(F.shape[1])
    for _ in range(it):
        p = sig(z0 + F @ w)
        g = F.T @ (p - y) + lam * w
        h = (F * (p * (1 - p))[:, None]).T @ F + lam * np.eye(F.shape[1])
        w -= np.linalg.solve(h, g)
    return w


def crosses(X):
    z = X[:, 1:]
    cols = [np.ones(len(X))]
    for i in range(z.shape[1]):
        for j in range(i, z.shape[1]):
            cols.append(z[:, i] * z[:, j])
    return np.stack(cols, 1)


# The nine in the order the stage computes them (src/sections.c,
# cross_extra): phrase_end, run_len, in_p0, de_cap, run_has_cap, prev_det,
# then sec_idf, rep_bigram, next_of (branch head3).
LOCAL = [18, 19, 21, 22, 24, 25, 20, 23, 26]


def main():
    weights = sys.argv[1] == "--weights"
    if weights:
        del sys.argv[1]
    datadir, fa, fb = sys.argv[1:4]
    lam = float(sys.argv[4]) if len(sys.argv) > 4 else 100.0
    Xa, ya, sa = read(fa, datadir)
    Xb, yb, sb = read(fb, datadir)
    za, zb = Xa[:, :18] @ W0, Xb[:, :18] @ W0
    if weights:
        # the products of the 17 shipped features (not the bias) and the nine,
        # i <= j in that order, after a bias: heading_cross_default
        cols = list(range(1, 18)) + LOCAL
        Ca, Cb = crosses(Xa[:, [0] + cols]), crosses(Xb[:, [0] + cols])
        w = fit(Ca, ya, za, lam)
        ua, ub = za + Ca @ w, zb + Cb @ w
        print(f"/* {Ca.shape[1]} weights: F1 {choose(sa, sig(ua))} / {choose(sb, sig(ub))}, "
              f"log loss {loss(ua, ya):.4f} / {loss(ub, yb):.4f} */")
        print(",".join(f"{v:.4g}" for v in w))
        return
    print(f"{len(ya)} / {len(yb)} tokens, {len(sa)} / {len(sb)} headings")
    print(f"shipped: F1 {choose(sa, sig(za))} / {choose(sb, sig(zb))}, "
          f"log loss {loss(za, ya):.4f} / {loss(zb, yb):.4f}")
    one = lambda X: np.hstack([np.ones((len(X), 1)), X[:, 18:]])
    w = fit(one(Xa), ya, za, 1.0)
    print("nine features, weights", np.round(w, 2))
    ua, ub = za + one(Xa) @ w, zb + one(Xb) @ w
    print(f"+ nine: F1 {choose(sa, sig(ua))} / {choose(sb, sig(ub))}, "
          f"log loss {loss(ua, ya):.4f} / {loss(ub, yb):.4f}")
    Ca, Cb = crosses(Xa), crosses(Xb)
    keep = [k for k in range(Ca.shape[1]) if k == 0 or Ca[:, k].std() > 0]
    Ca, Cb = Ca[:, keep], Cb[:, keep]
    w = fit(Ca, ya, za, lam)
    ua, ub = za + Ca @ w, zb + Cb @ w
    print(f"+ crosses ({Ca.shape[1]} columns, L2 {lam:g}): F1 {choose(sa, sig(ua))} / "
          f"{choose(sb, sig(ub))}, log loss {loss(ua, ya):.4f} / {loss(ub, yb):.4f}")


if __name__ == "__main__":
    main()
