#!/usr/bin/env python3
"""Rules for the number of sections, scored offline on the cost curves that
`sections-eval pages|concat --curve` prints (one JSON line per document: the
least cost of 1-9 segments, priors included and penalty not, whether the
first segment is the lead-in, and the Pk of each number).  Each rule family
is swept on the first pair of files (the tuning half); its best setting that
keeps both languages' concatenations under --cap is then scored on the
second pair (held out).  docs/quality.md, "Sections".

usage: sections-count.py PAGES_A CONCAT_A PAGES_B CONCAT_B [--cap X]"""
import math
import json
import sys

HMAX = 5  # headed sections at most (the default max_sections)


def load(path):
    return [json.loads(x) for x in open(path, encoding='utf-8') if x.startswith('{')]


def ok(d, m):
    return d['cost'][m - 1] >= 0 and d['pk'][m - 1] >= 0 and m - d['lead'][m - 1] <= HMAX


def gain(d, m):
    return d['cost'][m - 2] - d['cost'][m - 1]


def least(d, extra):
    """The number of segments m minimizing cost[m] + extra(d, m)."""
    best = None
    for m in range(1, 10):
        if ok(d, m):
            v = d['cost'][m - 1] + extra(d, m)
            if best is None or v < best[0]:
                best = (v, m)
    return best[1]


def penalty(a, w=0.0, per=5.5):
    """precis's rule: a * log(content words) per segment, with a Poisson
    prior of weight w on the count (mean one segment per `per` paragraphs)."""
    def extra(d, m):
        v = a * math.log(d['content']) * m
        if w:
            mu = d['np'] / per
            v += w * (mu - m * math.log(mu) + math.lgamma(m + 1))
        return v
    return lambda d: least(d, extra)


def floor(a, b, lo=6):
    """The penalty plus b times the noise floor: the mean gain of the
    segments from lo on (what one more segment gains once the topics are
    exhausted)."""
    def extra(d, m):
        g = [gain(d, k) for k in range(lo, 10)]
        return (a * math.log(d['content']) + b * sum(g) / len(g)) * m
    return lambda d: least(d, extra)


def threshold(t, norm):
    """Greedy: add segments while the gain of the next, over a scale of the
    document, stays above t (the elbow of the cost curve)."""
    scales = {
        'log content': lambda d: math.log(d['content']),
        'sqrt content': lambda d: math.sqrt(d['content']),
        'cost per word': lambda d: d['cost'][0] / d['content'],
        'first gain': lambda d: max(gain(d, 2), 1e-9),
    }

    def rule(d):
        m = 1
        for k in range(2, 10):
            if not ok(d, k) or gain(d, k) / scales[norm](d) <= t:
                break
            m = k
        return m
    return rule


def score(docs, rule):
    by = {}
    for d in docs:
        by.setdefault(d['kind'], []).append(d['pk'][rule(d) - 1])
    return {k: sum(v) / len(v) for k, v in by.items()}


def families():
    yield 'penalty', [((a,), penalty(a)) for a in (1, 1.5, 1.75, 2, 2.25, 2.5, 3)]
    yield 'penalty + Poisson count prior', [
        ((a, w, p), penalty(a, w, p)) for a in (1, 1.25, 1.5, 1.75, 2, 2.5)
        for w in (2, 3, 5, 8) for p in (4, 5.5, 7, 9)]
    yield 'penalty + noise floor', [
        ((a, b, lo), floor(a, b, lo)) for a in (0, 0.5, 1, 1.5, 2, 2.5)
        for b in (0.5, 1, 1.5, 2, 3, 4) for lo in (5, 6, 7)]
    for norm in ('log content', 'sqrt content', 'cost per word', 'first gain'):
        yield 'gain threshold, ' + norm, [((t,), threshold(t, norm))
                                          for t in [x / 20 for x in range(1, 200)]]


def main():
    args, cap = sys.argv[1:], 0.15
    if '--cap' in args:
        i = args.index('--cap')
        cap = float(args[i + 1])
        del args[i:i + 2]
    if len(args) != 4:
        sys.exit(__doc__)
    pa, ca, pb, cb = (load(p) for p in args)
    print('| rule | setting | pages a | en a | fr a | pages b | en b | fr b |')
    print('|---|---|---|---|---|---|---|---|')
    for name, rules in families():
        best = None
        for setting, rule in rules:
            sp, sc = score(pa, rule), score(ca, rule)
            if sc['en'] > cap or sc['fr'] > cap:
                continue
            if best is None or sp['page'] < best[0]:
                best = (sp['page'], sc, setting, rule)
        if best is None:
            continue
        sp_b, sc_b = score(pb, best[3]), score(cb, best[3])
        print('| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |' % (
            name, ', '.join('%g' % x for x in best[2]), best[0], best[1]['en'],
            best[1]['fr'], sp_b['page'], sc_b['en'], sc_b['fr']))
    oracle = lambda d: min((m for m in range(1, 7) if ok(d, m)), key=lambda m: d['pk'][m - 1])
    sa, sb = score(pa, oracle), score(pb, oracle)
    sca, scb = score(ca, oracle), score(cb, oracle)
    print('| oracle (best count per document) | | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |' % (
        sa['page'], sca['en'], sca['fr'], sb['page'], scb['en'], scb['fr']))


if __name__ == '__main__':
    main()
