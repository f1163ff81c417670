#!/usr/bin/env python3
"""sections-gaps.py - fits the boundary model of the sections stage
(enum precis_gap_feature in src/sections.h) on pages with subheadings.

    build/sections-eval dump ../shared/extract > dump.jsonl
    python3 tools/sections-gaps.py dump.jsonl [a|b]

Reads every page (paragraphs, the authors' segments, tokens with flags and
term ids), computes the features of each paragraph gap as src/sections.c
does (the paragraph-length and cue priors, the share of new content terms
in the two paragraphs after the gap, the cosine of the two before and the
two after less its mean, its TextTiling depth), fits an L2-regularized
logistic regression of the authors' boundaries on half a, or on the half
given (Newton's method; the other half is held out)
and prints the weights for precis_sections_params.gap_weights (the bias less
the log odds of the average boundary, so that shape_weight scales a log
ratio), with the log loss on both halves. Needs numpy.
"""
import json
import math
import sys

import numpy as np

SHAPE = np.array([[-1.10, -0.66, -0.66, 0.25], [-0.76, -1.01, -0.20, 0.79],
                  [-1.25, -0.52, 0.02, 0.57], [-0.06, 0.16, 0.28, 0.74]])
CUE = [0.09, -0.17, -0.36, -0.82]
NAMES = ['bias', 'shape', 'cue', 'new', 'coh', 'depth']


def shape_class(w):
    return 0 if w < 5 else 1 if w < 15 else 2 if w < 40 else 3


def cue_class(before, after):
    c = 0
    if before and before[-1] not in '.!' and not before[-1].isalnum():
        c |= 1
    if not (after and after[0].isupper()):
        c |= 2
    return c


def page_rows(d):
    paras = d['paras']
    u = len(paras)
    terms = [[] for _ in range(u)]
    pw = [0] * u
    for s in d['sents']:
        p = s['para']
        if p >= u:
            continue
        for t in s['toks']:
            fl, term = t[1], t[2]
            pw[p] += (fl & 3) != 0
            if (fl & 1) and not (fl & 4) and 0 <= term < 2**31:
                terms[p].append(term)
    vocab = sorted({t for ts in terms for t in ts})
    idx = {t: i for i, t in enumerate(vocab)}
    M = np.zeros((u + 1, max(1, len(vocab))))
    for p, ts in enumerate(terms):
        for t in ts:
            M[p + 1, idx[t]] += 1
    C = np.cumsum(M, axis=0)
    coh = []
    for i in range(1, u):
        a, b = C[i] - C[max(0, i - 2)], C[min(u, i + 2)] - C[i]
        na, nb = np.linalg.norm(a), np.linalg.norm(b)
        coh.append(float(a @ b / (na * nb)) if na and nb else 0.0)
    coh = np.array(coh)
    mean = coh.mean() if len(coh) else 0
    rows, ys = [], []
    for g in range(len(coh)):
        i = g + 1
        l = r = coh[g]
        k = g
        while k > 0 and coh[k - 1] >= l:
            l, k = coh[k - 1], k - 1
        k = g
        while k + 1 < len(coh) and coh[k + 1] >= r:
            r, k = coh[k + 1], k + 1
        nxt = C[min(u, i + 2)] - C[i]
        tot = nxt.sum()
        new = float(nxt[C[i] == 0].sum() / tot) if tot else 0.0
        rows.append([1.0, SHAPE[shape_class(pw[i - 1]), shape_class(pw[i])],
                     CUE[cue_class(paras[i - 1], paras[i])], new, coh[g] - mean,
                     (l - coh[g]) + (r - coh[g])])
        ys.append(1.0 if d['ref'][i] != d['ref'][i - 1] else 0.0)
    return rows, ys


def fit(X, y, l2=1.0):
    w = np.zeros(X.shape[1])
    reg = np.r_[0, np.ones(len(w) - 1)]
    for _ in range(30):
        p = 1 / (1 + np.exp(-X @ w))
        g = X.T @ (p - y) + l2 * reg * w
        H = (X * (p * (1 - p))[:, None]).T @ X + l2 * np.diag(reg)
        w -= np.linalg.solve(H, g)
    return w


def logloss(X, y, w):
    p = np.clip(1 / (1 + np.exp(-X @ w)), 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def main():
    data = {1: ([], []), 2: ([], [])}
    for line in open(sys.argv[1]):
        d = json.loads(line)
        rows, ys = page_rows(d)
        data[d['half']][0].extend(rows)
        data[d['half']][1].extend(ys)
    fh = 2 if len(sys.argv) > 2 and sys.argv[2] == 'b' else 1
    Xa, ya = np.array(data[fh][0]), np.array(data[fh][1])
    Xb, yb = np.array(data[3 - fh][0]), np.array(data[3 - fh][1])
    w = fit(Xa, ya)
    base = math.log(ya.mean() / (1 - ya.mean()))
    print('%d gaps in half %s, %.3f boundaries; log loss there %.4f, held out %.4f' %
          (len(ya), 'ab'[fh - 1], ya.mean(), logloss(Xa, ya, w), logloss(Xb, yb, w)))
    w[0] -= base
    print('gap weights (%s): %s' % (', '.join(NAMES), ','.join('%.2f' % x for x in w)))


if __name__ == '__main__':
    main()
