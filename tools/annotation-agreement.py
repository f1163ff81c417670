#!/usr/bin/env python3
"""Agreement between two annotation passes (docs/annotation.md format) on
the articles both annotate: F1 of entity mentions (untyped: same span;
typed: same span and type), of quotes (same span), and speaker agreement
over the quotes both have.  usage: annotation-agreement.py A.tsv B.tsv"""
import sys


def load(path):
    arts = {}
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        f = line.split('\t')
        a = arts.setdefault(f[0], {'ent': {}, 'quote': {}})
        if f[1] == 'entity':
            a['ent'][(int(f[2]), int(f[3]))] = (f[4], f[5])
        else:
            a['quote'][(int(f[2]), int(f[3]))] = f[4]
    return arts


def f1(both, na, nb):
    return 2 * both / (na + nb) if na + nb else 1.0


def main():
    a, b = load(sys.argv[1]), load(sys.argv[2])
    ids = sorted(set(a) & set(b))
    n = {'ea': 0, 'eb': 0, 'e': 0, 'et': 0, 'qa': 0, 'qb': 0, 'q': 0, 's': 0}
    for i in ids:
        ea, eb = a[i]['ent'], b[i]['ent']
        qa, qb = a[i]['quote'], b[i]['quote']
        n['ea'] += len(ea); n['eb'] += len(eb)
        common = set(ea) & set(eb)
        n['e'] += len(common)
        n['et'] += sum(ea[k][0] == eb[k][0] for k in common)
        n['qa'] += len(qa); n['qb'] += len(qb)
        cq = set(qa) & set(qb)
        n['q'] += len(cq)
        n['s'] += sum(' '.join(qa[k].split()).lower() == ' '.join(qb[k].split()).lower()
                      for k in cq)
        for k in sorted(set(ea) ^ set(eb)):
            print('  %s entity %s: %s / %s' % (i, k, ea.get(k), eb.get(k)))
        for k in sorted(common):
            if ea[k][0] != eb[k][0]:
                print('  %s type %s: %s / %s' % (i, k, ea[k][0], eb[k][0]))
        for k in sorted(set(qa) ^ set(qb)):
            print('  %s quote %s: %s / %s' % (i, k, qa.get(k), qb.get(k)))
    print('%d articles' % len(ids))
    print('entities untyped F1 %.3f (%d / %d / %d both)' % (f1(n['e'], n['ea'], n['eb']),
                                                           n['ea'], n['eb'], n['e']))
    print('entities typed   F1 %.3f' % f1(n['et'], n['ea'], n['eb']))
    print('quotes           F1 %.3f (%d / %d / %d both)' % (f1(n['q'], n['qa'], n['qb']),
                                                           n['qa'], n['qb'], n['q']))
    print('speakers agree on %d of %d common quotes' % (n['s'], n['q']))


if __name__ == '__main__':
    main()
