#!/usr/bin/env python3
"""Gold quotes with no reporting cue in their sentence (no word of
data/LANG/quote-verbs.txt or quote-sources.txt outside quotes), tabulated by
shape: the gold's call (the previous attributed quote's speaker, another
speaker, or -) and precis's result (right / wrong speaker, no speaker /
missed, from `precis-eval ner -m`). Dev sets only (docs/annotation.md).
    tools/nocue-shapes.py "fr fr-b fr-d fr-e fr-f fr-g fr-h fr-i"
    BIN=other/precis-eval VERB=1 SHAPE=fragment tools/nocue-shapes.py "en en-b"
Sentences are cut by a regular expression, so shapes are approximate."""
import json, re, sys, collections, os, subprocess
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = sys.argv[1].split()
if set(SETS) & {'fr-c', 'en-c', 'en-d', 'en-k', 'fr-j'}:
    sys.exit('nocue-shapes: test and blind sets are not read item by item')
BIN = os.environ.get('BIN', f'{REPO}/build/precis-eval')
VERB = int(os.environ.get('VERB', '0'))
def misses(S):
    f = 'orangesum-dev.fr' if S.startswith('fr') else 'bbc-dev.en' if S == 'en-e' else 'cnndm-dev.en'
    return subprocess.run([BIN, 'ner', f'{REPO}/tests/data/annotations/{S}.tsv',
                           f'{REPO}/../shared/eval/{f}.jsonl', '-m'], capture_output=True,
                          text=True, errors='replace', check=True).stdout.splitlines()
def words(lang, names):
    s = set()
    for n in names:
        p = f'{REPO}/data/{lang}/{n}'
        if not os.path.exists(p): continue
        for l in open(p, encoding='utf-8'):
            l = l.strip()
            if l and not l.startswith('#'): s.add(l.split()[0].lower())
    return s
CUES = {'fr': words('fr', ['quote-verbs.txt', 'quote-sources.txt']),
        'en': words('en', ['quote-verbs.txt', 'quote-sources.txt'])}
texts = {}
for f in ['orangesum-dev.fr', 'cnndm-dev.en', 'bbc-dev.en']:
    for l in open(f'{REPO}/../shared/eval/{f}.jsonl', encoding='utf-8'):
        d = json.loads(l); texts[d['id']] = d['text'].encode('utf-8')
OPEN = '«"“‘\''
def sentences(t):
    """byte spans of sentences: split after . ! ? (optionally a closing mark)
    followed by space and a capital or an opening mark, and at newlines"""
    s = t.decode('utf-8'); spans = []; b = 0
    for m in re.finditer(r'(?:[.!?…][»"”’\']?\s*(?=[A-ZÀ-Ý«"“‘\'])|\n+)', s):
        spans.append((b, m.end())); b = m.end()
    spans.append((b, len(s)))
    # to bytes
    out = []; 
    for x, y in spans:
        out.append((len(s[:x].encode()), len(s[:y].encode())))
    return out
def has_cue(lang, txt):
    for w in re.findall(r"[\w’']+", txt.lower()):
        w = w.split("'")[-1].split('’')[-1]
        if w in CUES[lang]: return True
        if lang == 'fr' and w in ('selon', "d'après"): return True
        if lang == 'en' and w in ('according',): return True
    return False
tab = collections.defaultdict(collections.Counter)
pre = collections.defaultdict(collections.Counter)
imm = collections.defaultdict(collections.Counter)
persets = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
for S in SETS:
    lang = 'fr' if S.startswith('fr') else 'en'
    gold = collections.defaultdict(list)
    for l in open(f'{REPO}/tests/data/annotations/{S}.tsv', encoding='utf-8'):
        if l.startswith('#'): continue
        c = l.rstrip('\n').split('\t')
        if len(c) >= 5 and c[1] == 'quote':
            gold[c[0]].append((int(c[2]), int(c[3]), c[4]))
    res = {}
    for l in misses(S):
        m = re.match(r'(SPEAKER|MISSED) (\S+) \[(\d+),(\d+)\) gold: (.*?) \| found: (.*)$', l)
        if m: res[(m[2], int(m[3]), int(m[4]))] = (m[1], m[6])
    for aid, qs in gold.items():
        t = texts[aid]; sents = sentences(t); qs.sort()
        spans = [(s, e) for s, e, _ in qs]
        def sent_of(o):
            for i, (x, y) in enumerate(sents):
                if x <= o < y: return i
            return len(sents) - 1
        prev = None  # (speaker, sentence index) of previous quote with speaker
        prevq = None
        for s, e, spk in qs:
            si = sent_of(s); x = sents[si][0]; y = sents[sent_of(max(s, e - 1))][1]
            # sentence text outside all gold quotes
            rest = bytearray(t[x:y])
            for a, b in spans:
                for k in range(max(a, x), min(b, y)): rest[k - x] = 32
            rest = rest.decode('utf-8', 'replace')
            if has_cue(lang, rest):
                if spk != '-': prev = (spk, sent_of(max(s, e - 1)))
                prevq = (s, e, spk, sent_of(max(s, e - 1)))
                continue
            before = t[x:s].decode('utf-8', 'replace'); after = t[e:y].decode('utf-8', 'replace')
            core = re.sub(r'[\s«»"“”‘’\'.,;:!?()\[\]…-]', '', before + after)
            pb = t[max(0, s - 6):s].decode('utf-8', 'replace')
            # shape
            fw = re.findall(r"[\w']+", t[x:y].decode('utf-8','replace').lower())
            pron = bool(fw) and (fw[0] in ('il','elle','ils','elles','he','she','they') or (len(fw)>1 and fw[0] in ('mais','et','but','and') and fw[1] in ('il','elle','ils','elles','he','she','they')))
            if ':' in pb and si > 0 or re.search(r':\s*[«"“‘\']?\s*$', before):
                shape = 'after colon'
            elif len(core) == 0:
                if prev is None: shape = 'whole sentence, no earlier speaker'
                elif prev[1] == si - 1 or (prevq and prevq[3] == si - 1): shape = 'whole sentence, after prev sentence quote'
                else: shape = 'whole sentence, earlier'
            elif prevq and prevq[3] == si:
                shape = 'fragment, after quote in same sentence'
            elif prev and prev[1] == si - 1:
                shape = 'fragment, prev sentence attributed'
            else:
                shape = 'fragment, no quote near'
            if shape.startswith('fragment, prev') or shape.startswith('fragment, no quote') or shape.startswith('fragment, pron'):
                if si > 0:
                    ps = t[sents[si-1][0]:sents[si-1][1]].decode('utf-8','replace').strip()
                    m2 = re.search(r'[»"”’\']\s*,\s*(.*)$', ps)
                    if m2 and len(m2[1].split()) <= 12 and has_cue(lang, m2[1]): shape = 'fragment, after inverted-cue sentence'
            if shape.startswith('fragment') and pron and not shape.endswith('inverted-cue sentence'): shape = 'fragment, pronoun subject'
            g = '-' if spk == '-' else ('prev' if prev and spk == prev[0] else 'other')
            r = res.get((aid, s, e))
            p = 'right' if r is None else ('missed' if r[0] == 'MISSED' else ('wrong:none' if r[1].strip() in ('-', '') else 'wrong:spk'))
            tab[shape][g] += 1; tab[shape]['imm'] += bool(prevq and prevq[2] == spk); imm[shape][(g, p)] += 0; pre[shape][(g, p)] += 1
            persets[shape][S][g] += 1
            if VERB and shape.startswith(os.environ.get('SHAPE', '')):
                print(f'{S} {aid[:20]} {shape} gold={spk} [{g}] precis={p} {r[1] if r else ""}\n   ...{before[-80:]}[[{t[s:e].decode()[:100]}]]{after[:60]}')
            if spk != '-': prev = (spk, sent_of(max(s, e - 1)))
            prevq = (s, e, spk, sent_of(max(s, e - 1)))
print(f"{'shape':45} {'n':>4} {'prev':>5} {'other':>5} {'-':>4} | precis right/wrong(spk,none)/missed per gold class")
for sh in sorted(tab):
    c = tab[sh]; n = c['prev'] + c['other'] + c['-']
    det = '; '.join(f"{g}: {pre[sh][(g,'right')]}/{pre[sh][(g,'wrong:spk')]},{pre[sh][(g,'wrong:none')]}/{pre[sh][(g,'missed')]}" for g in ('prev', 'other', '-') if c[g])
    print(f"{sh:45} {n:4} {c['prev']:5} {c['other']:5} {c['-']:4} | same as immediately previous quote (incl. -): {c['imm']} | {det}")
    print('      by set: ' + ' '.join(f"{S}:{persets[sh][S]['prev']}/{persets[sh][S]['other']}/{persets[sh][S]['-']}" for S in SETS if sum(persets[sh][S].values())))
