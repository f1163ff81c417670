#!/usr/bin/env python3
"""Two ways past the heading model's per-token scores, tried on
`sections-eval dump` (branch head4, docs/quality.md "Headings, round four"):
a reranker of the candidate spans (ridge regression of each candidate's
ROUGE-1 F1 against the authors' heading, or pairwise logistic regression,
over 22 span features, on the 40 best candidates of each section by the
shipped expected F1), and boosted regression trees over the 26 token
features added to the shipped logit (depth 3, learning rate 0.15, 60 trees,
read every 10). Both fitted on the first dump, read on both.

    build/sections-eval dump --half a ../shared/extract > dump-a.jsonl
    build/sections-eval dump --half b ../shared/extract > dump-b.jsonl
    /usr/bin/python3 tools/heading-rerank.py data dump-a.jsonl dump-b.jsonl

Needs numpy. The shipped model is read from src/sections.c
(heading_weights_default, heading_cross_default); the candidates and the
choice are those of tools/heading-crosses.py (whose helpers it imports).
"""
import importlib.util
import math
import os
import re
import sys
from collections import defaultdict

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("hc", os.path.join(HERE, "heading-crosses.py"))
hc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hc)
LOCAL = hc.LOCAL
K = 40


def shipped():
    src = open(os.path.join(HERE, "..", "src", "sections.c"), encoding="utf-8").read()
    num = lambda name: np.array([float(v) for v in re.search(
        name + r"\[[A-Z_]+\] = \{(.*?)\};", src, re.S).group(1).replace("\n", " ").split(",")
        if v.strip()])
    return num("heading_weights_default"), num("heading_cross_default")


def logits(X, w0, wc):
    z = X[:, :18] @ w0 + wc[0]
    Z = X[:, list(range(1, 18)) + LOCAL]
    k = 1
    for i in range(Z.shape[1]):
        for j in range(i, Z.shape[1]):
            z += wc[k] * Z[:, i] * Z[:, j]
            k += 1
    return z


def flatten(S, p):
    """The K best candidates of each section by the shipped expected F1, as
    flat arrays (rescored fast for any p)."""
    F = defaultdict(list)
    for si, sec in enumerate(S):
        F["spi"].append(sec[0])
        F["slang"].append(sec[1])
        cands = sec[2]
        if not cands:
            continue
        s = np.array([sum(p[g].max() for g in c[1]) / (c[0] + 4) for c in cands])
        order = np.argsort(-s, kind="stable")
        rank = np.empty(len(s))
        rank[order] = np.arange(len(s))
        for i in order[:K]:
            c = cands[i]
            F["cstart"].append(len(F["gstart"]))
            F["cw"].append(c[0])
            F["cf"].append(c[2])
            F["ckey"].append(c[3])
            F["csec"].append(si)
            F["info"].append(c[4])
            F["rank"].append(rank[i])
            for g in c[1]:
                F["gstart"].append(len(F["gidx"]))
                F["gidx"].extend(g.tolist())
    return {k: (v if k in ("ckey", "spi", "slang", "info") else np.array(v)) for k, v in F.items()}


def expected(F, p, L=4.0):
    gm = np.maximum.reduceat(p[F["gidx"]], F["gstart"])
    return np.add.reduceat(gm, F["cstart"]) / (F["cw"] + L), gm


def pick(F, score):
    """Mean F1 of each section's best candidate not already a heading on the page."""
    order = np.lexsort((-score, F["csec"]))
    used, best = defaultdict(set), {}
    for i in order:
        s = F["csec"][i]
        if s in best or F["ckey"][i] in used[F["spi"][s]]:
            continue
        used[F["spi"][s]].add(F["ckey"][i])
        best[s] = F["cf"][i]
    tot = [best.get(s, 0.0) for s in range(len(F["spi"]))]
    by = defaultdict(list)
    for s, f in enumerate(tot):
        by[F["slang"][s]].append(f)
    return f"{np.mean(tot):.4f} (" + " ".join(
        f"{k} {np.mean(v):.3f}" for k, v in sorted(by.items()) if len(v) >= 20) + ")"


NAMES = ("s srel rank w2 w3 w4 w5 w6 w7 w8 lsent sent0 opens det phrase_end mark pmax pmin "
         "distinct lstart lsentlen sump").split()


def span_features(F, p):
    s, gm = expected(F, p)
    n = len(s)
    smax = np.zeros(len(F["spi"]))
    np.maximum.at(smax, F["csec"], s)
    ends = np.append(F["cstart"][1:], len(F["gstart"]))
    X = np.zeros((n, len(NAMES)))
    for i in range(n):
        si, a, opens, isdet, pe, mark, slen = F["info"][i]
        g = gm[F["cstart"][i]:ends[i]]
        w = F["cw"][i]
        X[i] = ([s[i], s[i] / smax[F["csec"][i]], math.log(1 + F["rank"][i])]
                + [float(w == k) for k in range(2, 9)]
                + [math.log(1 + si), float(si == 0), float(opens), float(isdet), float(pe),
                   float(mark), g.max(), g.min(), len(g) / w, math.log(1 + a), math.log(slen),
                   g.sum()])
    return X


def rerankers(Fa, Fb, pa, pb):
    Xa, Xb = span_features(Fa, pa), span_features(Fb, pb)
    mu, sd = Xa.mean(0), Xa.std(0) + 1e-9
    Na, Nb = (Xa - mu) / sd, (Xb - mu) / sd
    ya = Fa["cf"]
    A = np.hstack([np.ones((len(Na), 1)), Na])
    for lam in (1, 100, 10000):
        w = np.linalg.solve(A.T @ A + lam * np.eye(A.shape[1]), A.T @ ya)
        print(f"ridge on F1, L2 {lam:g}: {pick(Fa, A @ w)} / "
              f"{pick(Fb, np.hstack([np.ones((len(Nb), 1)), Nb]) @ w)}")
    # pairs: each section's best candidate against the others, and random pairs
    P, Wt, rng = [], [], np.random.default_rng(1)
    for sec in np.unique(Fa["csec"]):
        idx = np.flatnonzero(Fa["csec"] == sec)
        y = ya[idx]
        b = idx[np.argmax(y)]
        if ya[b] == 0:
            continue
        for j in idx:
            if ya[j] < ya[b]:
                P.append(Na[b] - Na[j])
                Wt.append(ya[b] - ya[j])
        for _ in range(len(idx)):
            i, j = rng.choice(idx, 2)
            if ya[i] > ya[j]:
                P.append(Na[i] - Na[j])
                Wt.append(ya[i] - ya[j])
    P, Wt = np.array(P), np.array(Wt)
    for lam in (1, 100, 1000):
        w = np.zeros(P.shape[1])
        for _ in range(15):
            q = 1 / (1 + np.exp(-P @ w))
            g = P.T @ (Wt * (q - 1)) + lam * w
            H = (P * (Wt * q * (1 - q))[:, None]).T @ P + lam * np.eye(len(w))
            w -= np.linalg.solve(H, g)
        print(f"pairwise, L2 {lam:g}: {pick(Fa, Na @ w)} / {pick(Fb, Nb @ w)}")
        print("   ", " ".join(f"{n} {v:.2f}" for n, v in zip(NAMES, w)))


def trees(Xa, ya, Xb, yb, za, zb, Fa, Fb, n=60, depth=3, lr=0.15, lam=10.0, minh=20.0):
    cols = list(range(1, 27))
    thr = []
    for k in cols:
        v = np.unique(Xa[:, k])
        thr.append(np.unique(np.quantile(Xa[:, k], np.linspace(0, 1, 33)[1:-1]))
                   if len(v) > 32 else (v[:-1] + v[1:]) / 2)
    bins = lambda X: np.stack([np.searchsorted(t, X[:, k], side="right")
                               for t, k in zip(thr, cols)], 1)
    Ba, Bb = bins(Xa), bins(Xb)
    nb = [len(t) + 1 for t in thr]

    def grow(g, h, rows, d, nodes):
        G, H = g[rows].sum(), h[rows].sum()
        best = (0, None)
        if d and len(rows) >= 2 * minh:
            for fi in range(len(cols)):
                GL = np.cumsum(np.bincount(Ba[rows, fi], g[rows], nb[fi]))[:-1]
                HL = np.cumsum(np.bincount(Ba[rows, fi], h[rows], nb[fi]))[:-1]
                gain = np.where((HL >= minh) & (H - HL >= minh), GL ** 2 / (HL + lam)
                                + (G - GL) ** 2 / (H - HL + lam) - G ** 2 / (H + lam), 0)
                j = int(np.argmax(gain))
                if gain[j] > best[0]:
                    best = (gain[j], (fi, j))
        if best[1] is None:
            nodes.append(("leaf", -G / (H + lam)))
            return len(nodes) - 1
        fi, j = best[1]
        me = len(nodes)
        nodes.append(None)
        m = Ba[rows, fi] <= j
        left = grow(g, h, rows[m], d - 1, nodes)
        nodes[me] = ("split", fi, j, left, grow(g, h, rows[~m], d - 1, nodes))
        return me

    def predict(nodes, B):
        out = np.zeros(len(B))

        def rec(i, rows):
            nd = nodes[i]
            if nd[0] == "leaf":
                out[rows] = nd[1]
                return
            m = B[rows, nd[1]] <= nd[2]
            rec(nd[3], rows[m])
            rec(nd[4], rows[~m])
        rec(0, np.arange(len(B)))
        return out

    ua, ub = za.copy(), zb.copy()
    for it in range(n):
        q = 1 / (1 + np.exp(-ua))
        nodes = []
        grow(q - ya, q * (1 - q), np.arange(len(ya)), depth, nodes)
        ua += lr * predict(nodes, Ba)
        ub += lr * predict(nodes, Bb)
        if (it + 1) % 10 == 0:
            pa, pb = 1 / (1 + np.exp(-ua)), 1 / (1 + np.exp(-ub))
            print(f"trees {it + 1}: {pick(Fa, expected(Fa, pa)[0])} / "
                  f"{pick(Fb, expected(Fb, pb)[0])}, log loss {hc.loss(ua, ya):.4f} / "
                  f"{hc.loss(ub, yb):.4f}", flush=True)


def main():
    datadir, fa, fb = sys.argv[1:4]
    w0, wc = shipped()
    Xa, ya, Sa = hc.read(fa, datadir, with_info=True)
    Xb, yb, Sb = hc.read(fb, datadir, with_info=True)
    za, zb = logits(Xa, w0, wc), logits(Xb, w0, wc)
    pa, pb = 1 / (1 + np.exp(-za)), 1 / (1 + np.exp(-zb))
    Fa, Fb = flatten(Sa, pa), flatten(Sb, pb)
    print(f"{len(Sa)} / {len(Sb)} headings; shipped: {pick(Fa, expected(Fa, pa)[0])} / "
          f"{pick(Fb, expected(Fb, pb)[0])}, log loss {hc.loss(za, ya):.4f} / "
          f"{hc.loss(zb, yb):.4f}")
    print(f"oracle of the {K} best: {pick(Fa, Fa['cf'])} / {pick(Fb, Fb['cf'])}", flush=True)
    rerankers(Fa, Fb, pa, pb)
    trees(Xa, ya, Xb, yb, za, zb, Fa, Fb)


if __name__ == "__main__":
    main()
