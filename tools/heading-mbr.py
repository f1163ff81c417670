#!/usr/bin/env python3
"""Round five of the section headings (branch head5, docs/quality.md
"Headings, round five"): what is reachable, simple baselines, and choices of
a heading outside the per-token family, on `sections-eval dump`:

- the share of the authors' heading words found in their section, in its
  first sentence, among its most salient words, in the candidates;
- baselines: the section's top keywords in text order, the phrase around its
  most distinctive word, its first sentence's opening noun phrase, the most
  distinctive 2-4 word n-gram by log-likelihood ratio against the article;
- minimum Bayes risk (consensus) choices: the candidate with the highest
  expected ROUGE-1 against the K best candidates weighted by the softmax of
  their scores at temperature T, alone and added to the shipped score; and
  consensus with the section's salient words.

- a sentence-first choice: a ridge regression of each sentence's best
  candidate F1, the heading taken from the best sentence (--sentences);
- four count features of a token beside the shipped logit (--counts).

Fitted (grids) on the first dump, read on both:

    build/sections-eval dump --half a ../shared/extract > dump-a.jsonl
    build/sections-eval dump --half b ../shared/extract > dump-b.jsonl
    python3 tools/heading-mbr.py [--quick|--counts|--sentences] data dump-a.jsonl dump-b.jsonl

--quick skips the MBR grid (the slow part).

Needs numpy; uses tools/heading-crosses.py and tools/heading-rerank.py.
"""
import importlib.util
import json
import math
import os
import sys
from collections import Counter, defaultdict

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, file))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


hc = load("hc", "heading-crosses.py")
rr = load("rr", "heading-rerank.py")
WORD, NUM, STOP = hc.WORD, hc.NUM, hc.STOP
words, rouge1, content, joinable = hc.words, hc.rouge1, hc.content, hc.joinable


def sections(path):
    """Per section with a heading (in hc.read's order): the page's index,
    its language, the authors' heading, its sentences as (text, toks), and
    the article's content term counts in and out of the section."""
    out = []
    for pi, line in enumerate(open(path, encoding="utf-8")):
        r = json.loads(line)
        bysec, allc = defaultdict(list), Counter()
        for s in r["sents"]:
            if s["para"] >= len(r["ref"]):
                continue
            toks = [dict(w=t[0], fl=t[1], term=t[2], off=t[3], f=len(t) > 4 and bool(t[4]))
                    for t in s["toks"]]
            tb = s["text"].encode()
            for i, t in enumerate(toks):
                t["gap"] = tb[toks[i - 1]["off"] + len(toks[i - 1]["w"].encode()):t["off"]].decode(
                    "utf-8", "replace") if i else ""
            bysec[r["ref"][s["para"]]].append((s["text"], toks))
            allc.update(t["term"] for t in toks if content(t["fl"]))
        for seg in sorted(bysec):
            if seg == 0:
                continue
            head = r["heads"][seg] if seg < len(r["heads"]) else ""
            c = Counter(t["term"] for _, toks in bysec[seg] for t in toks if content(t["fl"]))
            out.append(dict(pi=pi, lang=r["lang"], head=head, sents=bysec[seg], c=c,
                            rest=allc - c, nsec=len(bysec)))
    return out


def llr(k1, n1, k2, n2):
    """Dunning's log-likelihood ratio of a count k1 of n1 against k2 of n2,
    signed: positive when the first rate is the larger."""
    def ll(k, n, p):
        p = min(max(p, 1e-12), 1 - 1e-12)
        return k * math.log(p) + (n - k) * math.log(1 - p)
    p1, p2, p = k1 / n1, k2 / max(n2, 1), (k1 + k2) / (n1 + n2)
    v = 2 * (ll(k1, n1, p1) + ll(k2, n2, p2) - ll(k1, n1, p) - ll(k2, n2, p))
    return v if p1 >= p2 else -v


def salience(sec):
    n1, n2 = sum(sec["c"].values()) or 1, sum(sec["rest"].values())
    return {t: llr(k, n1, sec["rest"][t], n2) for t, k in sec["c"].items()}


def term_words(sec):
    """The first surface word of each term in the section."""
    tw = {}
    for _, toks in sec["sents"]:
        for t in toks:
            tw.setdefault(t["term"], t["w"])
    return tw


def reach(S, stops):
    """Shares of the authors' heading words (all / content) found in places."""
    tot = Counter()
    for sec in S:
        hw = words(sec["head"])
        if not hw:
            continue
        secw = set(w for _, toks in sec["sents"] for t in toks for w in words(t["w"]))
        first = set(w for t in sec["sents"][0][1] for w in words(t["w"]))
        sal = salience(sec)
        tw = term_words(sec)
        ranked = sorted(sal, key=lambda t: -sal[t])
        tops = {k: set(w for t in ranked[:k] for w in words(tw[t])) for k in (5, 10, 20)}
        fr = [t for t, _ in sec["c"].most_common()]
        ftops = {k: set(w for t in fr[:k] for w in words(tw[t])) for k in (5, 10, 20)}
        for w in hw:
            kind = "stop" if w in stops[sec["lang"]] else "content"
            for part in ("all", kind):
                tot[part, "n"] += 1
                tot[part, "section"] += w in secw
                tot[part, "first sentence"] += w in first
                for k, v in tops.items():
                    tot[part, f"top {k} salient"] += w in v
                for k, v in ftops.items():
                    tot[part, f"top {k} by count"] += w in v
    return tot


def runs(toks):
    """Runs of joined content words of a sentence: (start, end) inclusive."""
    out, i = [], 0
    while i < len(toks):
        if content(toks[i]["fl"]):
            j = i
            while j + 1 < len(toks) and content(toks[j + 1]["fl"]) and joinable(toks[j + 1]["gap"]):
                j += 1
            out.append((i, j))
            i = j + 1
        else:
            i += 1
    return out


def span_text(text, toks, a, b):
    tb = text.encode()
    return tb[toks[a]["off"]:toks[b]["off"] + len(toks[b]["w"].encode())].decode("utf-8", "replace")


def baselines(S, stops):
    res = defaultdict(list)
    for sec in S:
        head = sec["head"]
        sal = salience(sec)
        tw = term_words(sec)
        ranked = sorted(sal, key=lambda t: -sal[t])
        firstpos = {}
        for si, (_, toks) in enumerate(sec["sents"]):
            for ti, t in enumerate(toks):
                firstpos.setdefault(t["term"], (si, ti))
        fr = [t for t, _ in sec["c"].most_common()]
        for k in (2, 3, 4):
            top = sorted(ranked[:k], key=lambda t: firstpos[t])
            res[f"top {k} salient words, text order"].append(rouge1(" ".join(tw[t] for t in top), head))
            top = sorted(fr[:k], key=lambda t: firstpos[t])
            res[f"top {k} words by count, text order"].append(rouge1(" ".join(tw[t] for t in top), head))
        # the phrase around the most distinctive word's first occurrence
        f = 0.0
        if ranked:
            si, ti = firstpos[ranked[0]]
            text, toks = sec["sents"][si]
            for a, b in runs(toks):
                if a <= ti <= b:
                    if a > 0 and toks[a - 1]["w"].lower() in stops[sec["lang"]] and joinable(toks[a]["gap"]):
                        a -= 1
                    f = rouge1(span_text(text, toks, a, b), head)
        res["phrase around the most distinctive word"].append(f)
        # the first sentence's opening noun phrase (a determiner before it kept)
        text, toks = sec["sents"][0]
        r = runs(toks)
        f = 0.0
        if r:
            a, b = r[0]
            if a > 0 and not content(toks[a - 1]["fl"]) and toks[a - 1]["fl"] & WORD and a - 1 == 0:
                a -= 1
            f = rouge1(span_text(text, toks, a, min(b, a + 7)), head)
        res["first sentence's first noun phrase"].append(f)
        res["first sentence's first 5 words"].append(
            rouge1(" ".join([t["w"] for t in toks if t["fl"] & (WORD | NUM)][:5]), head))
        # the most distinctive n-gram (2-4 words, content words at both ends)
        grams, n1 = Counter(), sum(sec["c"].values()) or 1
        surf = {}
        for text, toks in sec["sents"]:
            for a in range(len(toks)):
                if not content(toks[a]["fl"]):
                    continue
                for b in range(a + 1, min(a + 4, len(toks))):
                    if not joinable(toks[b]["gap"]) or not toks[b]["fl"] & (WORD | NUM):
                        break
                    if content(toks[b]["fl"]):
                        key = tuple(t["term"] for t in toks[a:b + 1])
                        grams[key] += 1
                        surf.setdefault(key, span_text(text, toks, a, b))
        best, bv = None, -1e9
        for key, k in grams.items():
            # the n-gram's LLR from its words' saliences, and its own count
            v = sum(sal.get(t, 0) for t in set(key)) / (len(key) + 2) + math.log(k)
            if v > bv:
                best, bv = key, v
        res["most distinctive 2-4 word n-gram"].append(rouge1(surf[best], head) if best else 0.0)
        best = max(grams, key=lambda key: (grams[key], len(key)), default=None)
        res["most frequent 2-4 word n-gram"].append(rouge1(surf[best], head) if best else 0.0)
    return res


def mbr_scores(F, s, K, T, choose_k=40):
    """Expected ROUGE-1 of each candidate against the K best of its section
    weighted by softmax(s / T); candidates past choose_k get -inf."""
    out = np.full(len(s), -1e9)
    bags = [Counter(k.split()) for k in F["ckey"]]
    for sec in np.unique(F["csec"]):
        idx = np.flatnonzero(F["csec"] == sec)
        idx = idx[np.argsort(-s[idx], kind="stable")]
        ev = idx[:K]
        w = np.exp((s[ev] - s[ev].max()) / T)
        w /= w.sum()
        for r, i in enumerate(idx[:choose_k]):
            a = bags[i]
            na = sum(a.values())
            u = 0.0
            for wj, j in zip(w, ev):
                b = bags[j]
                ov = sum(min(v, b[x]) for x, v in a.items())
                if ov:
                    u += wj * 2 * ov / (na + sum(b.values()))
            out[i] = u
    return out


def sal_scores(F, S, L=4.0, mode="llr"):
    """Summed positive salience of a candidate's distinct words over its
    words + L: the LLR against the rest of the article (capped at 20), or
    ("count") log(1 + the term's count in the section)."""
    out = np.zeros(len(F["cf"]))
    cache = {}
    for i, key in enumerate(F["ckey"]):
        si = F["csec"][i]
        if si not in cache:
            sal = (salience(S[si]) if mode == "llr" else
                   {t: 20 * math.log(1 + k) / math.log(1 + max(S[si]["c"].values()))
                    for t, k in S[si]["c"].items()})
            tw = term_words(S[si])
            m = defaultdict(float)
            for t, v in sal.items():
                for w in words(tw[t]):
                    m[w] = max(m[w], v)
            cache[si] = m
        m = cache[si]
        ws = key.split()
        out[i] = sum(min(max(m.get(w, 0.0), 0.0), 20.0) for w in set(ws)) / (len(ws) + L)
    return out


def diagnose(name, S, F, s):
    """Where the shipped choice misses: the oracle's rank, a choice that knew
    the authors' heading length, the chosen and the authors' lengths."""
    best_rank, zero, n = Counter(), 0, len(S)
    order = np.lexsort((-s, F["csec"]))
    pos = defaultdict(list)
    for i in order:
        pos[F["csec"][i]].append(i)
    gl, chosen_len = np.full(len(s), -1e9), []
    for si, idx in pos.items():
        f = F["cf"][idx]
        if f.max() == 0:
            zero += 1
            continue
        r = int(np.argmax(f))
        best_rank["1" if r == 0 else "2-3" if r < 3 else "4-10" if r < 10 else "11-40"] += 1
        hl = min(max(len(words(S[si]["head"])), 2), 8)
        for i in idx:
            if F["cw"][i] == hl:
                gl[i] = s[i]
        chosen_len.append(F["cw"][idx[0]])
    print(f"half {name}: sections whose 40 best hold no heading word: {zero / n:.3f}; rank of "
          "the best of the 40 by the shipped score: " + ", ".join(
              f"{k} {v / n:.3f}" for k, v in sorted(best_rank.items())))
    print(f"  the shipped score, only candidates of the authors' length (2-8): {rr.pick(F, gl)}")
    hl = [len(words(sec["head"])) for sec in S]
    print(f"  words: authors' heading mean {np.mean(hl):.2f} (median {np.median(hl):g}), "
          f"chosen mean {np.mean(chosen_len):.2f}")


def count_features(S):
    """Per token row of hc.read (the same order): the term's count in its
    section (log 1 + c), among the section's 3 / 10 most frequent terms, the
    count over the section's largest; content words only."""
    rows = []
    for sec in S:
        c = sec["c"]
        ranked = [t for t, _ in c.most_common()]
        rank = {t: i for i, t in enumerate(ranked)}
        top = max(c.values()) if c else 1
        for _, toks in sec["sents"]:
            for t in toks:
                if not t["f"]:
                    continue
                if content(t["fl"]) and t["term"] in c:
                    k, r = c[t["term"]], rank[t["term"]]
                    rows.append([math.log(1 + k), float(r < 3), float(r < 10), k / top])
                else:
                    rows.append([0.0] * 4)
    return np.array(rows)


def count_model(datadir, fa, fb, lams=(1.0, 100.0)):
    """The count features fitted beside the shipped logit (an offset) on one
    half, read on both, both ways."""
    w0, wc = rr.shipped()
    D = {}
    for name, path in (("a", fa), ("b", fb)):
        X, y, secs = hc.read(path, datadir, with_info=True)
        C = count_features(sections(path))
        assert len(C) == len(X)
        D[name] = (np.hstack([np.ones((len(C), 1)), C]), y, secs, rr.logits(X, w0, wc))
    print("\n## Count features beside the shipped logit (fitted on the first half named)")
    for fit_on, other in (("a", "b"), ("b", "a")):
        for lam in lams:
            C, y, _, z = D[fit_on]
            w = hc.fit(C, y, z, lam)
            out = []
            for h in (fit_on, other):
                Ch, yh, secs, zh = D[h]
                u = zh + Ch @ w
                F = rr.flatten(secs, 1 / (1 + np.exp(-u)))
                out.append(f"{h} {rr.pick(F, rr.expected(F, 1 / (1 + np.exp(-u)))[0])}, "
                           f"log loss {hc.loss(zh, yh):.4f} -> {hc.loss(u, yh):.4f}")
            print(f"fit on {fit_on}, L2 {lam:g}, weights {np.round(w, 2)}: " + "; ".join(out),
                  flush=True)


SENT_NAMES = ("best best_rel log_idx first last log_words cos top10 log_cands llr colon_q "
              "no_stop cos_rest recur").split()


def sentence_table(S, F, s):
    """One row per (section, sentence) holding one of the 40 best: features
    (SENT_NAMES), the best F1 of its candidates, and each candidate's row."""
    rows, ys, key_of = [], [], {}
    smax = defaultdict(float)
    for i in range(len(s)):
        smax[F["csec"][i]] = max(smax[F["csec"][i]], s[i])
    best, n = defaultdict(float), Counter()
    for i in range(len(s)):
        k = (F["csec"][i], F["info"][i][0])
        best[k] = max(best[k], s[i])
        n[k] += 1
    cache = {}
    for i in range(len(s)):
        k = (F["csec"][i], F["info"][i][0])
        if k in key_of:
            continue
        sec = S[k[0]]
        if k[0] not in cache:
            top10 = set(t for t, _ in sec["c"].most_common(10))
            cache[k[0]] = (top10, salience(sec))
        top10, sal = cache[k[0]]
        text, toks = sec["sents"][k[1]]
        terms = Counter(t["term"] for t in toks if content(t["fl"]))
        dot = sum(v * sec["c"][t] for t, v in terms.items())
        na = math.sqrt(sum(v * v for v in terms.values())) or 1
        nb = math.sqrt(sum(v * v for v in sec["c"].values())) or 1
        nw = sum(1 for t in toks if t["fl"] & (WORD | NUM))
        rest = sec["c"] - terms
        dr = sum(v * rest[t] for t, v in terms.items())
        nr = math.sqrt(sum(v * v for v in rest.values())) or 1
        last = text.rstrip()[-1:] if text.strip() else ""
        key_of[k] = len(rows)
        rows.append([best[k], best[k] / (smax[k[0]] or 1), math.log(1 + k[1]), float(k[1] == 0),
                     float(k[1] == len(sec["sents"]) - 1), math.log(1 + nw), dot / (na * nb),
                     len(set(terms) & top10) / max(1, len(terms)), math.log(n[k]),
                     sum(max(0.0, min(sal.get(t, 0.0), 20.0)) for t in terms) / (1 + len(terms)),
                     float(last in ":?"), float(last not in ".!?:;"), dr / (na * nr),
                     sum(1 for t in terms if rest[t] > 0) / max(1, len(terms))])
        ys.append(0.0)
    for i in range(len(s)):
        j = key_of[(F["csec"][i], F["info"][i][0])]
        ys[j] = max(ys[j], F["cf"][i])
    row = np.array([key_of[(F["csec"][i], F["info"][i][0])] for i in range(len(s))])
    return np.array(rows), np.array(ys), row


def sentence_model(halves):
    """A ridge regression of a sentence's best candidate F1, fitted on one
    half; the heading is the shipped choice within the best sentence (hard),
    or the shipped score plus lambda times the sentence's prediction."""
    T = {h: sentence_table(*halves[h]) for h in halves}
    print("\n## Sentence first (ridge on the sentence's best F1, fitted on the first half named)")
    for h in halves:
        F, s = halves[h][1], halves[h][2]
        X, y, row = T[h]
        orc = np.where(y[row] == np.array([y[row][F["csec"] == c].max() for c in F["csec"]]), s, -1e9)
        print(f"half {h}: {len(y)} sentences; the shipped score within the sentence of the "
              f"best candidate: {rr.pick(F, orc)}")
    for fit_on, other in (("a", "b"), ("b", "a")):
        X, y, _ = T[fit_on]
        mu, sd = X.mean(0), X.std(0) + 1e-9
        A = np.hstack([np.ones((len(X), 1)), (X - mu) / sd])
        for lam in (1.0, 100.0):
            w = np.linalg.solve(A.T @ A + lam * np.eye(A.shape[1]), A.T @ y)
            out = []
            for h in (fit_on, other):
                Xh, _, row = T[h]
                pred = (np.hstack([np.ones((len(Xh), 1)), (Xh - mu) / sd]) @ w)[row]
                F, s = halves[h][1], halves[h][2]
                out.append(f"{h} hard {rr.pick(F, 10 * pred + s)[:6]}, " + ", ".join(
                    f"+{g:g} {rr.pick(F, s + g * pred)[:6]}" for g in (0.1, 0.3, 1.0)))
            print(f"fit on {fit_on}, L2 {lam:g}: " + "; ".join(out), flush=True)
            if lam == 1.0:
                print("    " + " ".join(f"{nm} {v:.3f}" for nm, v in zip(SENT_NAMES, w[1:])))


def listwise(X, y, groups, lam=1.0, steps=300, rate=0.5):
    """Softmax over each section's sentences, the target the sentences'
    best F1 normalized in the section (sections with no F1 left out);
    plain gradient descent with L2 lam / n."""
    w = np.zeros(X.shape[1])
    G = np.unique(groups)
    idx = [np.flatnonzero(groups == g) for g in G]
    idx = [i for i in idx if y[i].sum() > 0]
    for _ in range(steps):
        g = lam * w / len(idx)
        for i in idx:
            z = X[i] @ w
            q = np.exp(z - z.max())
            q /= q.sum()
            t = y[i] / y[i].sum()
            g += X[i].T @ (q - t) / len(idx)
        w -= rate * g
    return w


def sentence_listwise(halves):
    T = {h: sentence_table(*halves[h]) for h in halves}
    print("\n## Sentence first, listwise (softmax over a section's sentences)")
    grp = {}
    for h in halves:
        F = halves[h][1]
        X, y, row = T[h]
        g = np.zeros(len(y), dtype=int)
        g[row] = F["csec"]
        grp[h] = g
    for fit_on, other in (("a", "b"), ("b", "a")):
        X, y, _ = T[fit_on]
        mu, sd = X.mean(0), X.std(0) + 1e-9
        for lam in (1.0, 10.0):
            w = listwise((X - mu) / sd, y, grp[fit_on], lam)
            out = []
            for h in (fit_on, other):
                Xh, _, row = T[h]
                pred = (((Xh - mu) / sd) @ w)[row]
                F, s = halves[h][1], halves[h][2]
                out.append(f"{h} hard {rr.pick(F, 10 * pred + s)[:6]}, " + ", ".join(
                    f"+{g:g} {rr.pick(F, s + g * pred)[:6]}" for g in (0.003, 0.01, 0.03)))
            print(f"fit on {fit_on}, L2 {lam:g}: " + "; ".join(out), flush=True)
            print("    " + " ".join(f"{nm} {v:.2f}" for nm, v in zip(SENT_NAMES, w)))


def main():
    if sys.argv[1] == "--counts":
        count_model(*sys.argv[2:5])
        return
    quick = sys.argv[1] == "--quick"
    if quick:
        del sys.argv[1]
    sents = sys.argv[1] == "--sentences"
    if sents:
        del sys.argv[1]
    datadir, fa, fb = sys.argv[1:4]
    w0, wc = rr.shipped()
    halves = {}
    for name, path in (("a", fa), ("b", fb)):
        X, y, secs = hc.read(path, datadir, with_info=True)
        S = sections(path)
        assert len(S) == len(secs) and all(s["pi"] == c[0] for s, c in zip(S, secs))
        p = 1 / (1 + np.exp(-rr.logits(X, w0, wc)))
        F = rr.flatten(secs, p)
        s = rr.expected(F, p)[0]
        halves[name] = (S, F, s)
        print(f"half {name}: {len(S)} headings; shipped {rr.pick(F, s)}; "
              f"oracle of the 40 {rr.pick(F, F['cf'])}", flush=True)

    if sents:
        sentence_model(halves)
        sentence_listwise(halves)
        return
    for name, (S, F, s) in halves.items():
        diagnose(name, S, F, s)

    # stop words: the words the dump marks as stop words, per language
    stops = defaultdict(set)
    for S, _, _ in halves.values():
        for sec in S:
            for _, toks in sec["sents"]:
                for t in toks:
                    if t["fl"] & STOP:
                        stops[sec["lang"]].add(t["w"].lower())

    print("\n## Reach: share of the authors' heading words found (a / b)")
    ra, rb = reach(halves["a"][0], stops), reach(halves["b"][0], stops)
    for part in ("all", "content", "stop"):
        print(f"{part} words: {ra[part, 'n']} / {rb[part, 'n']}")
        for place in ("section", "first sentence", "top 5 salient", "top 10 salient", "top 20 salient",
                      "top 5 by count", "top 10 by count", "top 20 by count"):
            print(f"  {place}: {ra[part, place] / ra[part, 'n']:.3f} / {rb[part, place] / rb[part, 'n']:.3f}")

    print("\n## Baselines, ROUGE-1 F1 (a / b)")
    ba, bb = baselines(halves["a"][0], stops), baselines(halves["b"][0], stops)
    for k in ba:
        print(f"  {k}: {np.mean(ba[k]):.4f} / {np.mean(bb[k]):.4f}")

    if quick:
        consensus(halves)
        return
    print("\n## Minimum Bayes risk (a / b)", flush=True)
    for K in (5, 10, 20, 40):
        for T in (0.003, 0.01, 0.03, 0.1):
            ua = mbr_scores(halves["a"][1], halves["a"][2], K, T)
            ub = mbr_scores(halves["b"][1], halves["b"][2], K, T)
            line = f"K {K} T {T:g}: mbr {rr.pick(halves['a'][1], ua)} / {rr.pick(halves['b'][1], ub)}"
            for lam in (0.1, 0.3, 1.0):
                line += (f"; s + {lam:g} U: {rr.pick(halves['a'][1], halves['a'][2] + lam * ua)[:6]}"
                         f" / {rr.pick(halves['b'][1], halves['b'][2] + lam * ub)[:6]}")
            print(line, flush=True)

    consensus(halves)


def section_ranks(F, v):
    """Rank of each candidate by v within its section (0 the best)."""
    r = np.zeros(len(v))
    for sec in np.unique(F["csec"]):
        idx = np.flatnonzero(F["csec"] == sec)
        r[idx[np.argsort(-v[idx], kind="stable")]] = np.arange(len(idx))
    return r


def consensus(halves):
    print("\n## Consensus with the section's salient words (a / b)")
    for L, mode in ((2.0, "llr"), (4.0, "llr"), (2.0, "count"), (4.0, "count")):
        ga = sal_scores(halves["a"][1], halves["a"][0], L, mode)
        gb = sal_scores(halves["b"][1], halves["b"][0], L, mode)
        line = f"{mode}, L {L:g}: salience alone {rr.pick(halves['a'][1], ga)} / {rr.pick(halves['b'][1], gb)}"
        print(line)
        ra, rb = section_ranks(halves["a"][1], halves["a"][2]), section_ranks(halves["b"][1], halves["b"][2])
        ca, cb = section_ranks(halves["a"][1], ga), section_ranks(halves["b"][1], gb)
        for beta in (0.25, 0.5, 1.0):
            print(f"   rank fusion 1 / (10 + rank), weight {beta:g}: "
                  f"{rr.pick(halves['a'][1], 1 / (10 + ra) + beta / (10 + ca))} / "
                  f"{rr.pick(halves['b'][1], 1 / (10 + rb) + beta / (10 + cb))}")
        for lam in (0.0003, 0.001, 0.003, 0.01):
            print(f"   s + {lam:g} sal: {rr.pick(halves['a'][1], halves['a'][2] + lam * ga)} / "
                  f"{rr.pick(halves['b'][1], halves['b'][2] + lam * gb)}", flush=True)


if __name__ == "__main__":
    main()
