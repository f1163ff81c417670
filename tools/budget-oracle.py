#!/usr/bin/env python3
"""budget-oracle.py - where the ceiling of key points at a word budget is
(issue 18; docs/quality.md, "(branch os35)").

    build/precis sentences --jsonl --format json SET.jsonl > sent.jsonl
    build/precis --jsonl -f json --words N SET.jsonl > words.jsonl
    build/precis --jsonl -f json --points 100 --order rank SET.jsonl > rank.jsonl
    python3 tools/budget-oracle.py SET.jsonl sent.jsonl words.jsonl rank.jsonl \
        [N] [all|odd|even]

For each article scores against its reference (ROUGE-1 F1 x100, tokens as
precis-eval makes them: NFC, case-folded, runs of letters and digits; a
sentence's words are counted the same way, which is close to precis's own
count) what precis gives at --words N and what an oracle could reach with
the same material: the best whole sentence of at most N words, the best set
of up to three whole sentences within N words, the best sentence cut at its
Nth word or at any earlier word (an upper bound for deletions that keep a
sentence's start), precis's first point (its best-scoring) alone and with
the words left filled by the oracle, the oracle's best whole sentence with
the words left filled by precis's ranking or by the oracle, and the rank of
the oracle's best whole sentence in precis's ranking, and the same split by
precis's first point being a fitted sentence or a whole one. odd / even keep the
records at even / odd indexes (0-based) of SET, as awk 'NR%2==1' / 'NR%2==0'.
Prints means only: no article is shown.

Caution: at --points 100 precis scores with the [extract] model
(precis_budget_is_extract, src/score.c), not the brief model that serves
--words N, so rank.jsonl is the extract model's ranking; the rows "by rank"
then describe that model (docs/quality.md, "(branch words35)", gives them
for the brief model's scores).
"""
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter

TOK = re.compile(r"[^\W_]+", re.U)


def toks(s):
    return TOK.findall(unicodedata.normalize('NFC', s).casefold())


def r1(p, rc, rn):
    if not p or not rn:
        return 0.0
    hit = sum(min(c, rc[t]) for t, c in Counter(p).items())
    if not hit:
        return 0.0
    prec, rec = hit / len(p), hit / rn
    return 2 * prec * rec / (prec + rec)


def rows(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f]


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    arts, sents, words, rank = (rows(p) for p in sys.argv[1:5])
    n_words = int(sys.argv[5]) if len(sys.argv) > 5 else 35
    half = sys.argv[6] if len(sys.argv) > 6 else 'all'
    agg = Counter()
    rank_of_best = Counter()
    split = Counter()
    n = 0
    for j, (a, ss, w, r) in enumerate(zip(arts, sents, words, rank)):
        if (half == 'odd' and j % 2) or (half == 'even' and j % 2 == 0):
            continue
        ref = toks(a['summary'])
        rc, rn = Counter(ref), len(ref)
        n += 1
        st = [toks(s['text']) for s in ss['sentences']]
        points = w['key_points']
        got = sum((toks(k['text']) for k in points), [])
        agg['precis at --words N'] += r1(got, rc, rn)
        agg['precis: mean words'] += len(got) / 100
        fits = [i for i, t in enumerate(st) if len(t) <= n_words]
        score = {i: r1(st[i], rc, rn) for i in range(len(st))}
        best1 = max((score[i] for i in fits), default=0.0)
        agg['oracle: best whole sentence <= N'] += best1
        best_set = best1
        top = sorted(fits, key=lambda i: -score[i])[:12]
        for k in (2, 3):
            for comb in itertools.combinations(top, k):
                if sum(len(st[i]) for i in comb) <= n_words:
                    best_set = max(best_set, r1(sum((st[i] for i in sorted(comb)), []), rc, rn))
        agg['oracle: best 1-3 whole sentences <= N'] += best_set
        agg['oracle: best sentence cut at word N'] += max(
            (r1(t[:n_words], rc, rn) for t in st), default=0.0)
        agg['oracle: best sentence start of <= N words'] += max(
            (r1(t[:k], rc, rn) for t in st for k in range(1, min(n_words, len(t)) + 1)),
            default=0.0)
        agg['oracle: best whole sentence, any length'] += max(score.values(), default=0.0)
        agg['lead: the first N words, across sentences'] += r1(sum(st, [])[:n_words], rc, rn)

        # precis's ranking (selection order at --points 100, whole sentences).
        rst = {k['sentence']: toks(k['text']) for k in r['key_points']}
        order = [k['sentence'] for k in r['key_points']]

        def fill(out, used, by_oracle):
            out, used = list(out), set(used)
            while True:
                left = n_words - len(out)
                cand = [i for i in order if i not in used and len(rst[i]) <= left]
                if not cand:
                    return out
                if by_oracle:
                    i = max(cand, key=lambda i: r1(out + rst[i], rc, rn))
                    if r1(out + rst[i], rc, rn) <= r1(out, rc, rn):
                        return out
                else:
                    i = cand[0]
                out += rst[i]
                used.add(i)

        first = max(points, key=lambda k: k['score'])
        ft = toks(first['text'])
        whole = [toks(x['text']) for x in ss['sentences'] if x['start'] == first['start']]
        whole = whole[0] if whole else []
        kind = 'fitted' if ft != whole else 'whole'
        split[kind] += 1
        split[kind, 'precis'] += r1(got, rc, rn)
        split[kind, 'first point alone'] += r1(ft, rc, rn)
        split[kind, 'its whole sentence'] += r1(whole, rc, rn)
        split[kind, 'its sentence cut at word N'] += r1(whole[:n_words], rc, rn)
        split[kind, 'oracle: best whole sentence <= N'] += best1
        agg["precis's first point alone"] += r1(ft, rc, rn)
        agg["precis's first point + oracle fill"] += r1(
            fill(ft, [first['sentence']], True), rc, rn)
        rfits = [i for i in order if len(rst[i]) <= n_words]
        if rfits:
            ob = max(rfits, key=lambda i: r1(rst[i], rc, rn))
            rank_of_best[min(rfits.index(ob), 5)] += 1
            agg['oracle best whole + fill by rank'] += r1(fill(rst[ob], [ob], False), rc, rn)
            agg['oracle best whole + oracle fill'] += r1(fill(rst[ob], [ob], True), rc, rn)
            for k in (1, 2, 3):
                agg[f'best of the {k} top-ranked whole sentences <= N'] += max(
                    r1(rst[i], rc, rn) for i in rfits[:k])
    print(f'{n} articles ({half}), budget {n_words} words; ROUGE-1 F1 x100')
    print('| row | R1 |\n|---|---|')
    for k, v in agg.items():
        print(f'| {k} | {100 * v / n:.2f} |')
    print('rank of the oracle\'s best whole sentence among the sentences that fit, '
          'by precis\'s ranking (5 = 5 or lower):',
          ', '.join(f'{k}: {v}' for k, v in sorted(rank_of_best.items())))
    for kind in ('fitted', 'whole'):
        m = split[kind]
        print(f'first point {kind} ({m} articles):', ', '.join(
            f'{k[1]} {100 * v / m:.2f}' for k, v in split.items()
            if isinstance(k, tuple) and k[0] == kind and m))


if __name__ == '__main__':
    main()
