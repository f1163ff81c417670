#!/usr/bin/env python3
"""speaker-model.py - fits the scored choice of speakers (src/speakers.h).

Reads the candidate dumps of `precis-eval ner GOLD SET --dump-speakers FILE`
(one per annotation set, given as SET=FILE), fits a conditional logit (a
softmax over each quotation's candidates, L2-penalized, Adam on the log
likelihood of the gold candidates) in plain Python, and reports per-set
held-out speaker accuracy by leave-one-set-out cross-validation, for the
model with and without the rules' pick as a feature and for the hybrid
(the model overrides the rules' pick only where its score beats the rules'
by a margin, the margin chosen inside each training fold).

    tools/speaker-model.py en=/tmp/en.tsv fr=/tmp/fr.tsv ...
    tools/speaker-model.py --write src/speaker_weights.h --mode hybrid \\
        [--no-rules] en=/tmp/en.tsv ...
    tools/speaker-model.py --constrained-table --rules-acc 0.70 \\
        [--weights src/speaker_weights.h] [--l2 0.01] [--seed 17] \\
        [--subtotal fr-h,en-i] en=/tmp/en.tsv ...

--weights adds a column: the constrained choice with a weight table as it
is (not refitted); --subtotal adds a line summing the sets named.

Accuracy is over the dumped (matched) quotations: the rules' figure is what
precis-eval prints; a quotation whose gold speaker is no candidate counts
as wrong for every method.
"""
import math
import random
import sys

NAMES = ["none", "words", "person", "org", "rules", "before", "same", "prev", "prev2", "next",
         "logdist", "near3", "near8", "cue_after", "cue_before", "subj_same", "inv_same",
         "source", "chan", "listener", "agent", "opens", "logcount", "last", "nearest", "para",
         "quote_btw", "pron_cue", "gender_ok", "gender_bad", "n_cue_sent", "n_short",
         "n_nobody", "n_pron_cue", "role_near", "same_before", "same_after", "opens_prev",
         "rank", "last_pron", "n_alone", "n_cue_adj", "n_logwords",
         "cue_subj", "cue_next", "nocue_last", "nocue_out", "nocue_same"]
NF = len(NAMES)
RULES = NAMES.index("rules")


def load(path):
    """Quotations of one dump: lists of (label, rules, sparse features)."""
    quotes, order = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            key = (p[0], p[1])
            if key not in quotes:
                quotes[key] = []
                order.append(key)
            feats = [(j, float(v)) for j, v in enumerate(p[5:5 + NF]) if v != "0"]
            firm = int(p[5 + NF]) if len(p) > 5 + NF + 2 else 0
            quotes[key].append((int(p[2]), int(p[3]), feats, firm))
    return [quotes[k] for k in order]


def scores(w, q):
    return [sum(w[j] * v for j, v in c[2]) for c in q]


SEED = 17  # of the rules' pick moved (--seed)
L2 = 0.01  # the penalty (--l2)


def blind_like(quotes, rules_acc, seed=None):
    """The quotations with the rules' pick made right only about rules_acc
    of the time, as on new articles (the blind figures of docs/quality.md):
    of the quotations it gets right, a share chosen at random has the pick
    moved to another candidate drawn at random."""
    rng = random.Random(SEED if seed is None else seed)
    ok = sum(rules_right(q) for q in quotes) / max(len(quotes), 1)
    move = max(0.0, 1 - rules_acc / ok) if ok else 0.0
    out = []
    for q in quotes:
        wrong = [i for i, c in enumerate(q) if not c[0]]
        if rules_right(q) and wrong and rng.random() < move:
            to = rng.choice(wrong)
            q = [(c[0], int(i == to), flip(c[2], i == to), c[3]) for i, c in enumerate(q)]
        out.append(q)
    return out


def flip(feats, on):
    feats = [(j, v) for j, v in feats if j != RULES]
    return feats + [(RULES, 1.0)] if on else feats


def fit(quotes, use_rules, lam=None, iters=250, lr=0.05, rules_acc=None):
    lam = L2 if lam is None else lam
    if use_rules and rules_acc is not None:
        quotes = blind_like(quotes, rules_acc)
    w = [0.0] * NF
    m = [0.0] * NF
    s = [0.0] * NF
    train = [q for q in quotes if any(c[0] for c in q)]
    n = max(len(train), 1)
    for t in range(1, iters + 1):
        g = [lam * x for x in w]
        for q in train:
            sc = scores(w, q)
            mx = max(sc)
            ex = [math.exp(x - mx) for x in sc]
            z = sum(ex)
            zp = sum(e for e, c in zip(ex, q) if c[0])
            for e, c in zip(ex, q):
                coef = e / z - (e / zp if c[0] else 0.0)
                if coef:
                    for j, v in c[2]:
                        g[j] += coef * v / n
        if not use_rules:
            g[RULES] = 0.0
        for j in range(NF):
            m[j] = 0.9 * m[j] + 0.1 * g[j]
            s[j] = 0.999 * s[j] + 0.001 * g[j] * g[j]
            w[j] -= lr * (m[j] / (1 - 0.9 ** t)) / (math.sqrt(s[j] / (1 - 0.999 ** t)) + 1e-8)
    if not use_rules:
        w[RULES] = 0.0
    return w


def firm(q):
    return q[0][3] == 1


def choose(w, q, margin=None, constrained=False):
    """The chosen candidate's index: argmax (ties to the rules' pick); with a
    margin, the rules' pick unless the best beats it by more; constrained,
    the rules' pick where their answer is firm (a convention)."""
    if constrained and firm(q):  # the rules' answer, kept (-1: not a candidate)
        return max((i for i in range(len(q)) if q[i][1]), default=-1)
    sc = scores(w, q)
    best = max(range(len(q)), key=lambda i: (sc[i], q[i][1]))
    if margin is None:
        return best
    rs = max((sc[i] for i in range(len(q)) if q[i][1]), default=None)
    if rs is None or sc[best] > rs + margin:
        return best
    return max(i for i in range(len(q)) if q[i][1])


def right(q, i):
    return i >= 0 and q[i][0] == 1


def rules_right(q):
    return any(c[0] and c[1] for c in q)


def acc(w, quotes, margin=None, constrained=False):
    return sum(right(q, choose(w, q, margin, constrained)) for q in quotes)


MARGINS = [0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0]


def best_margin(w, quotes):
    return max(MARGINS, key=lambda mg: (acc(w, quotes, mg), mg))


def main(argv):
    global SEED, L2
    # options taking a value, and how the value is read
    valued = {
        "--write": str,
        "--mode": str,
        "--rules-acc": float,
        "--weights": read_weights,
        "--subtotal": lambda v: set(v.split(",")),
        "--seed": int,
        "--l2": float,
    }
    use_rules, sets = True, []
    constrained_table = loose_fit = False
    opt = {"--write": None, "--mode": "hybrid", "--rules-acc": None, "--weights": None,
           "--subtotal": set(), "--seed": SEED, "--l2": L2}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in valued:
            opt[a] = valued[a](argv[i + 1])
            i += 1
        elif a == "--constrained-table":
            constrained_table = True
        elif a == "--loose-fit":
            loose_fit = True
        elif a == "--no-rules":
            use_rules = False
        elif "=" in a:
            name, path = a.split("=", 1)
            sets.append((name, load(path)))
        else:
            sys.exit(__doc__)
        i += 1
    out, mode, rules_acc = opt["--write"], opt["--mode"], opt["--rules-acc"]
    given, subtotal = opt["--weights"], opt["--subtotal"]
    SEED, L2 = opt["--seed"], opt["--l2"]
    if not sets:
        sys.exit(__doc__)
    if constrained_table:
        loso_constrained(sets, rules_acc, given, subtotal)
        return
    if out:
        allq = [q for _, qs in sets for q in qs]
        if mode == "constrained" and loose_fit:
            allq = [q for q in allq if not firm(q)]
        w = fit(allq, use_rules, rules_acc=rules_acc)
        mg = best_margin(w, allq) if mode == "hybrid" else 0.0
        write(out, w, mode, mg)
        print("fitted on %d quotations: model %d, rules %d, hybrid %d (margin %.1f)" %
              (len(allq), acc(w, allq), sum(rules_right(q) for q in allq),
               acc(w, allq, mg), mg))
        return
    def row(qs, train):
        w1 = fit(train, True, rules_acc=rules_acc)
        w0 = fit(train, False)
        mg = best_margin(w1, train)
        return [len(qs), sum(any(c[0] for c in q) for q in qs), sum(rules_right(q) for q in qs),
                acc(w1, qs), acc(w0, qs), acc(w1, qs, mg)], " (%.1f)" % mg

    loso(sets, ["quotes", "oracle", "rules", "model", "model, no rules' pick",
                "hybrid (margin)"], row, subtotal)


def loso_constrained(sets, rules_acc, given=None, subtotal=()):
    """Leave-one-set-out for the constrained mode: the rules' firm answers
    kept, the model elsewhere; weights fitted on every training quotation
    (as the model's) or on the loose ones only, the rules' pick as it is or
    made right rules_acc of the time."""
    def row(qs, train):
        loose = [q for q in train if not firm(q)]
        w1 = fit(train, True, rules_acc=rules_acc)
        w2 = fit(loose, True, rules_acc=rules_acc)
        w3 = fit(loose, True)
        counts = [len(qs), sum(firm(q) for q in qs), sum(rules_right(q) for q in qs)]
        if given:
            counts.append(acc(given, qs, None, True))
        return counts + [acc(w1, qs), acc(w1, qs, None, True), acc(w2, qs, None, True),
                         acc(w3, qs, None, True)], ""

    loso(sets, ["quotes", "firm", "rules"] + (["constrained, given weights"] if given else []) +
         ["model", "constrained", "constrained, loose fit",
          "constrained, loose fit, rules' pick as is"], row, subtotal)


def loso(sets, columns, row, subtotal=()):
    """A Markdown table of counts, one line per set held out: row(held-out
    quotations, training quotations) gives the line's counts and a note
    after the last; then the sums over the sets in subtotal, and over all."""
    print("| set | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    tot = [0] * len(columns)
    sub = [0] * len(columns)
    for k, (name, qs) in enumerate(sets):
        train = [q for j, (_, o) in enumerate(sets) if j != k for q in o]
        counts, note = row(qs, train)
        tot = [a + b for a, b in zip(tot, counts)]
        if name in subtotal:
            sub = [a + b for a, b in zip(sub, counts)]
        print("| %s | " % name + " | ".join("%d" % c for c in counts) + note + " |")
        sys.stdout.flush()
    if subtotal:
        print("| %d sets (--subtotal) | " % sum(n in subtotal for n, _ in sets) +
              " | ".join("%d" % c for c in sub) + " |")
    print("| all | " + " | ".join("%d" % c for c in tot) + " |")


def read_weights(path):
    """The weights of a table written by write(), in NAMES' order."""
    w = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.split("/*")
            if len(p) == 2 and p[0].strip().endswith("f,"):
                w.append(float(p[0].strip()[:-2]))
    if len(w) != NF:
        sys.exit("%s: %d weights, %d features" % (path, len(w), NF))
    return w


def write(path, w, mode, margin):
    modes = {"model": "PRECIS_SPK_MODEL", "hybrid": "PRECIS_SPK_HYBRID",
             "constrained": "PRECIS_SPK_CONSTRAINED",
             "rules": "PRECIS_SPK_RULES"}
    with open(path, "w", encoding="utf-8") as f:
        f.write("/* speaker_weights.h - generated by tools/speaker-model.py; do not edit. */\n")
        f.write("#define SPK_DEFAULT_MODE %s\n" % modes[mode])
        f.write("#define SPK_MARGIN %.4ff\n" % margin)
        f.write("static const float spk_weights[SPK_NF] = {\n")
        vals = ["%.5ff," % x for x in w]
        width = max(len(v) for v in vals) + 1  # as clang-format aligns the comments
        for v, name in zip(vals, NAMES):
            f.write("    %s/* %s */\n" % (v.ljust(width), name))
        f.write("};\n")


if __name__ == "__main__":
    main(sys.argv[1:])
