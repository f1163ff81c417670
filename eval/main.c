/*
 * main.c - precis-eval: ROUGE of precis, baselines and peer systems on a
 * JSONL evaluation set. docs/evaluation.md describes the method.
 */
#include "eval.h"

#include "compress.h"
#include "precis.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_SYS 64

static void usage(FILE *f) {
    fprintf(f,
            "usage: precis-eval FILE.jsonl [--points N | --words N | --ratio R]\n"
            "         [--baselines lead,random,oracle|none] [--peers DIR] [--ots] [--stem]\n"
            "         [--lang xx] [--seed S] [--bootstrap B] [--limit N]\n"
            "         [--per-article OUT.jsonl] [--full]\n"
            "         [--compress | --compress-rules connectives,attribution,sources,\n"
            "                                        brackets,dashes,relatives|all]\n"
            "Scores precis's key points against the references of FILE with ROUGE-1/2/L/Lsum\n"
            "and prints Markdown tables. Default budget: --points 3. See docs/evaluation.md.\n"
            "       precis-eval train --help: learn the scorer's weights.\n"
            "       precis-eval keywords --help: F1@k of the keyphrases.\n"
            "       precis-eval quotes FILE: the quotations and speakers found, listed.\n"
            "       precis-eval entities FILE: the named entities found, listed.\n"
            "       precis-eval ner GOLD.tsv FILE: quotes and speakers against gold annotations.\n"
            "       precis-eval segment FILE: the sentence splitter on cases (--help).\n"
            "       precis-eval glued FILE: glued sentences split or not (segment --help).\n");
}

typedef struct args {
    const char *set, *peers, *per_article, *lang;
    ev_budget budget;
    int lead, random, oracle, ots, stem, full;
    uint64_t seed;
    unsigned bootstrap;
    size_t limit;
    unsigned compress; /* PRECIS_COMPRESS_* rules of the "+compress" rows */
} args;

static int parse_num(const char *s, double lo, double hi, double *out) {
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || v < lo || v > hi) return -1;
    *out = v;
    return 0;
}

static int parse_args(int argc, char **argv, args *a) {
    memset(a, 0, sizeof *a);
    a->budget = (ev_budget){EV_POINTS, 3, 0};
    a->lead = a->random = a->oracle = 1;
    a->seed = 1;
    a->bootstrap = 1000;
    int budgets = 0;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        double x;
#define NEED_VALUE()                                                                               \
    do {                                                                                           \
        if (!v) {                                                                                  \
            fprintf(stderr, "precis-eval: %s needs a value\n", o);                                 \
            return -1;                                                                             \
        }                                                                                          \
        i++;                                                                                       \
    } while (0)
#define NUMBER(lo, hi)                                                                             \
    do {                                                                                           \
        NEED_VALUE();                                                                              \
        if (parse_num(v, lo, hi, &x) != 0) {                                                       \
            fprintf(stderr, "precis-eval: bad value for %s: %s\n", o, v);                          \
            return -1;                                                                             \
        }                                                                                          \
    } while (0)
        if (!strcmp(o, "--points") || !strcmp(o, "--words")) {
            NUMBER(1, 100000);
            a->budget = (ev_budget){o[2] == 'p' ? EV_POINTS : EV_WORDS, (unsigned)x, 0};
            budgets++;
        } else if (!strcmp(o, "--ratio")) {
            NUMBER(0.0001, 1);
            a->budget = (ev_budget){EV_RATIO, 0, x};
            budgets++;
        } else if (!strcmp(o, "--baselines")) {
            NEED_VALUE();
            a->lead = strstr(v, "lead") != NULL;
            a->random = strstr(v, "random") != NULL;
            a->oracle = strstr(v, "oracle") != NULL;
            if (!a->lead && !a->random && !a->oracle && strcmp(v, "none") != 0) {
                fprintf(stderr, "precis-eval: unknown baselines: %s\n", v);
                return -1;
            }
        } else if (!strcmp(o, "--peers")) {
            NEED_VALUE();
            a->peers = v;
        } else if (!strcmp(o, "--per-article")) {
            NEED_VALUE();
            a->per_article = v;
        } else if (!strcmp(o, "--lang")) {
            NEED_VALUE();
            a->lang = v;
        } else if (!strcmp(o, "--seed")) {
            NUMBER(0, 1e15);
            a->seed = (uint64_t)x;
        } else if (!strcmp(o, "--bootstrap")) {
            NUMBER(0, 1e6);
            a->bootstrap = (unsigned)x;
        } else if (!strcmp(o, "--limit")) {
            NUMBER(1, 1e12);
            a->limit = (size_t)x;
        } else if (!strcmp(o, "--stem")) {
            a->stem = 1;
        } else if (!strcmp(o, "--compress")) {
            a->compress = PRECIS_COMPRESS_DEFAULT;
        } else if (!strcmp(o, "--compress-rules")) {
            NEED_VALUE();
            if (!(a->compress = precis_compress_rules(v))) {
                fprintf(stderr, "precis-eval: unknown compression rules: %s\n", v);
                return -1;
            }
        } else if (!strcmp(o, "--ots")) {
            a->ots = 1;
        } else if (!strcmp(o, "--full")) {
            a->full = 1;
        } else if (!strcmp(o, "--help") || !strcmp(o, "-h")) {
            usage(stdout);
            exit(0);
        } else if (o[0] == '-' && o[1]) {
            fprintf(stderr, "precis-eval: unknown option %s\n", o);
            return -1;
        } else if (!a->set) {
            a->set = o;
        } else {
            fprintf(stderr, "precis-eval: more than one input file\n");
            return -1;
        }
    }
#undef NUMBER
#undef NEED_VALUE
    if (!a->set || budgets > 1) {
        fprintf(stderr, budgets > 1 ? "precis-eval: give one of --points, --words, --ratio\n"
                                    : "precis-eval: no input file\n");
        return -1;
    }
    return 0;
}

/* One ROUGE context per stemming language (or a single one without). */
typedef struct ctx_cache {
    char lang[8][8];
    rouge_ctx *ctx[8];
    size_t n;
} ctx_cache;

static rouge_ctx *get_ctx(ctx_cache *c, int stem, const char *lang) {
    const char *key = stem && lang ? lang : "";
    for (size_t i = 0; i < c->n; i++)
        if (!strcmp(c->lang[i], key)) return c->ctx[i];
    if (c->n == 8 || strlen(key) >= sizeof c->lang[0]) return NULL;
    rouge_ctx *x = rouge_new(*key ? key : NULL);
    if (!x) return NULL;
    snprintf(c->lang[c->n], sizeof c->lang[0], "%s", key);
    c->ctx[c->n] = x;
    return c->ctx[c->n++];
}

/* Per-article working set: precis's sentences, tokenized, and their words. */
typedef struct article {
    size_t n;
    const char **text;
    size_t *len, *words, *idx, *scratch;
    rouge_seq *seq, *refs, pred;
    size_t nref;
    /* with compression: each sentence compressed, its words and tokens */
    char **ctext;
    size_t *cwords;
    rouge_seq *cseq;
} article;

static void article_free(article *a) {
    for (size_t i = 0; i < a->n; i++)
        rouge_seq_free(&a->seq[i]);
    for (size_t i = 0; i < a->nref; i++)
        rouge_seq_free(&a->refs[i]);
    for (size_t i = 0; a->cseq && i < a->n; i++) {
        rouge_seq_free(&a->cseq[i]);
        free(a->ctext[i]);
    }
    free(a->cseq);
    free(a->ctext);
    free(a->cwords);
    rouge_seq_free(&a->pred);
    free(a->text);
    free(a->len);
    free(a->words);
    free(a->idx);
    free(a->scratch);
    free(a->seq);
    free(a->refs);
    memset(a, 0, sizeof *a);
}

/* Compresses every sentence of the article as precis does its key points
 * (comp: the language's rules), for the "+compress" rows. */
static int article_compress(article *a, rouge_ctx *ctx, const precis_compressor *comp,
                            unsigned rules) {
    size_t m = a->n ? a->n : 1;
    a->ctext = calloc(m, sizeof *a->ctext);
    a->cwords = calloc(m, sizeof *a->cwords);
    a->cseq = calloc(m, sizeof *a->cseq);
    if (!a->ctext || !a->cwords || !a->cseq) return -1;
    precis_vec pieces;
    precis_compress_scratch scratch;
    precis_buf out;
    precis_vec_init(&pieces, sizeof(precis_piece), &precis_default_alloc);
    precis_compress_scratch_init(&scratch, &precis_default_alloc);
    precis_buf_init(&out, &precis_default_alloc);
    int rc = 0;
    for (size_t i = 0; i < a->n && rc == 0; i++) {
        rouge_seq_init(&a->cseq[i]);
        pieces.len = 0;
        precis_buf_clear(&out);
        if (precis_compress(comp, rules, a->text[i], 0, a->len[i], &scratch, &pieces) < 0 ||
            precis_compress_render(a->text[i], 0, pieces.data, pieces.len, &out) != 0 ||
            !(a->ctext[i] = strndup(out.data ? out.data : "", out.len))) {
            rc = -1;
            break;
        }
        a->cwords[i] = ev_count_words(out.data, out.len);
        if (rouge_tokenize(ctx, out.data, out.len, &a->cseq[i]) != 0) rc = -1;
    }
    precis_vec_free(&pieces);
    precis_compress_scratch_free(&scratch);
    precis_buf_free(&out);
    return rc;
}

static int article_load(article *a, rouge_ctx *ctx, const precis_brief *b, const ev_record *r) {
    size_t n = precis_brief_sentence_count(b), m = n ? n : 1;
    a->n = 0;
    a->text = calloc(m, sizeof *a->text);
    a->len = calloc(m, sizeof *a->len);
    a->words = calloc(m, sizeof *a->words);
    a->idx = calloc(m, sizeof *a->idx);
    a->scratch = calloc(m, sizeof *a->scratch);
    a->seq = calloc(m, sizeof *a->seq);
    a->refs = calloc(r->nref, sizeof *a->refs);
    if (!a->text || !a->len || !a->words || !a->idx || !a->scratch || !a->seq || !a->refs)
        return -1;
    for (size_t i = 0; i < n; i++) {
        precis_point p;
        precis_brief_sentence(b, i, &p);
        a->text[i] = p.text;
        a->len[i] = p.len;
        a->words[i] = ev_count_words(p.text, p.len);
        rouge_seq_init(&a->seq[i]);
        a->n++;
        if (rouge_tokenize(ctx, p.text, p.len, &a->seq[i]) != 0) return -1;
    }
    for (size_t i = 0; i < r->nref; i++) {
        rouge_seq_init(&a->refs[i]);
        a->nref++;
        if (rouge_tokenize(ctx, r->refs[i], strlen(r->refs[i]), &a->refs[i]) != 0) return -1;
    }
    return 0;
}

/* Scores the sentences idx[0..m) (article order) as one prediction, from
 * their tokens seq[] and word counts words[]. */
static int score_seqs(rouge_ctx *ctx, article *a, const rouge_seq *seq, const size_t *words,
                      const size_t *idx, size_t m, ev_row *row) {
    rouge_seq_clear(&a->pred);
    row->words = 0;
    for (size_t i = 0; i < m; i++) {
        if (rouge_seq_append(&a->pred, &seq[idx[i]]) != 0) return -1;
        row->words += (double)words[idx[i]];
    }
    return rouge_score_multi(ctx, &a->pred, a->refs, a->nref, &row->s);
}

static int score_indices(rouge_ctx *ctx, article *a, const size_t *idx, size_t m, ev_row *row) {
    return score_seqs(ctx, a, a->seq, a->words, idx, m, row);
}

static int score_text(rouge_ctx *ctx, article *a, const char *text, ev_row *row) {
    memset(row, 0, sizeof *row);
    if (!text) return 0;
    rouge_seq_clear(&a->pred);
    size_t len = strlen(text);
    row->words = (double)ev_count_words(text, len);
    if (rouge_tokenize(ctx, text, len, &a->pred) != 0) return -1;
    return rouge_score_multi(ctx, &a->pred, a->refs, a->nref, &row->s);
}

/* Scores the brief's first m points as shown: a point compressed or cut to
 * fit a word budget by its text, the others by their sentence. */
static int score_points(rouge_ctx *ctx, article *a, const precis_brief *b, size_t m, ev_row *row) {
    memset(row, 0, sizeof *row);
    rouge_seq_clear(&a->pred);
    for (size_t i = 0; i < m; i++) {
        precis_point p;
        precis_brief_point(b, i, &p);
        if (!p.piece_count) {
            if (rouge_seq_append(&a->pred, &a->seq[p.sentence]) != 0) return -1;
            row->words += (double)a->words[p.sentence];
            continue;
        }
        row->words += (double)ev_count_words(p.text, p.len);
        if (rouge_tokenize(ctx, p.text, p.len, &a->pred) != 0 ||
            rouge_tokenize(ctx, "\n", 1, &a->pred) != 0)
            return -1;
    }
    return rouge_score_multi(ctx, &a->pred, a->refs, a->nref, &row->s);
}

static json_t *indices_json(const size_t *idx, size_t m) {
    json_t *arr = json_array();
    for (size_t i = 0; i < m; i++)
        json_array_append_new(arr, json_integer((json_int_t)idx[i]));
    return arr;
}

static json_t *row_json(const ev_row *row) {
    static const char *const keys[ROUGE_NMETRICS] = {"r1", "r2", "rl", "rlsum"};
    json_t *o = json_object();
    for (int m = 0; m < ROUGE_NMETRICS; m++)
        json_object_set_new(o, keys[m], json_real(row->s.m[m].f));
    json_object_set_new(o, "words", json_integer((json_int_t)row->words));
    return o;
}

static void header(FILE *out, int argc, char **argv, const args *a) {
    char date[64];
    time_t now = time(NULL);
    strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", gmtime(&now));
    fprintf(out, "`precis-eval");
    for (int i = 1; i < argc; i++)
        fprintf(out, " %s", argv[i]);
    fprintf(out, "` (precis %s, %s)\n\n", precis_version(), date);
    const char *base = strrchr(a->set, '/');
    fprintf(out, "Set %s; budget: ", base ? base + 1 : a->set);
    if (a->budget.kind == EV_POINTS)
        fprintf(out, "%u sentence%s", a->budget.n, a->budget.n == 1 ? "" : "s");
    else if (a->budget.kind == EV_WORDS)
        fprintf(out, "%u words", a->budget.n);
    else
        fprintf(out, "%.0f%% of the sentences", 100 * a->budget.ratio);
    fprintf(out, "; tokens %s", a->stem ? "stemmed" : "not stemmed");
    if (a->compress) {
        static const char *const rules[] = {"connectives", "attribution", "sources",
                                            "brackets",    "dashes",      "relatives"};
        fprintf(out, "; +compress rows: key points compressed with");
        for (unsigned i = 0, k = 0; i < sizeof rules / sizeof rules[0]; i++)
            if (a->compress & (1u << i)) fprintf(out, "%s %s", k++ ? "," : "", rules[i]);
        fprintf(out, ", the word budget counting the words kept");
    }
    fprintf(out, ".\n\n");
}

int main(int argc, char **argv) {
    if (argc > 1 && !strcmp(argv[1], "train")) return ev_train_main(argc - 1, argv + 1);
    if (argc > 1 && !strcmp(argv[1], "keywords")) return ev_keywords_main(argc - 1, argv + 1);
    if (argc > 1 && !strcmp(argv[1], "quotes")) return ev_quotes_main(argc - 1, argv + 1);
    if (argc > 1 && !strcmp(argv[1], "entities")) return ev_entities_main(argc - 1, argv + 1);
    if (argc > 1 && !strcmp(argv[1], "ner")) return ev_ner_main(argc - 1, argv + 1);
    if (argc > 1 && !strcmp(argv[1], "segment")) return ev_segment_main(argc - 1, argv + 1);
    if (argc > 1 && !strcmp(argv[1], "glued")) return ev_glued_main(argc - 1, argv + 1);
    args a;
    if (parse_args(argc, argv, &a) != 0) {
        usage(stderr);
        return 2;
    }
    FILE *in = fopen(a.set, "r");
    if (!in) {
        fprintf(stderr, "precis-eval: cannot open %s: %s\n", a.set, strerror(errno));
        return 1;
    }
    ev_peer *peers = NULL;
    size_t npeers = 0;
    if (a.peers && ev_peers_load(a.peers, a.set, &peers, &npeers) != 0) {
        fclose(in);
        return 1;
    }
    FILE *pa = NULL;
    if (a.per_article && !(pa = fopen(a.per_article, "w"))) {
        fprintf(stderr, "precis-eval: cannot write %s: %s\n", a.per_article, strerror(errno));
        fclose(in);
        ev_peers_free(peers, npeers);
        return 1;
    }
    precis_error err;
    precis_engine *engine = precis_engine_new(NULL, NULL, &err);
    if (!engine) {
        fprintf(stderr, "precis-eval: engine: %s\n", err.msg);
        return 1;
    }

    ev_system sys[MAX_SYS];
    size_t nsys = 0;
    enum { S_PRECIS, S_PCOMP, S_LEAD, S_LCOMP, S_RANDOM, S_ORACLE, S_OTS, S_FIXED };
    int slot[S_FIXED];
    const int comp = a.compress != 0;
    const int on[S_FIXED] = {1, comp, a.lead, a.lead && comp, a.random, a.oracle, a.ots};
    static const char *const names[S_FIXED] = {
        "precis", "precis+compress", "lead", "lead+compress", "random", "oracle", "ots (run)"};
    /* Compression rules per language, for lead+compress. */
    precis_compressor *comps[8] = {0};
    char comp_lang[8][8] = {{0}};
    size_t ncomps = 0, text_mismatch = 0;
    memset(sys, 0, sizeof sys);
    for (int s = 0; s < S_FIXED; s++) {
        slot[s] = on[s] ? (int)nsys : -1;
        if (on[s]) sys[nsys++].name = (char *)names[s];
    }
    size_t first_peer = nsys;
    for (size_t p = 0; p < npeers && nsys < MAX_SYS; p++)
        sys[nsys++].name = peers[p].name;

    ctx_cache cache = {0};
    char *line = NULL;
    size_t cap = 0, narticles = 0, lineno = 0, skipped = 0, failed = 0;
    ssize_t len;
    int rc = 0;
    while (rc == 0 && (!a.limit || narticles < a.limit) && (len = getline(&line, &cap, in)) > 0) {
        lineno++;
        ev_record r;
        char msg[160];
        if (len <= 1 || ev_record_parse(line, (size_t)len, &r, msg, sizeof msg) != 0) {
            if (len > 1) fprintf(stderr, "precis-eval: %s:%zu: %s\n", a.set, lineno, msg);
            skipped++;
            continue;
        }
        const char *lang = a.lang ? a.lang : r.lang;
        rouge_ctx *ctx = get_ctx(&cache, a.stem, lang);
        if (!ctx) {
            fprintf(stderr, "precis-eval: no ROUGE context (stemmer for %s?)\n", lang);
            ev_record_free(&r);
            rc = 1;
            break;
        }
        precis_options o;
        precis_options_default(&o);
        o.lang = lang;
        if (r.title) {
            o.title = r.title;
            o.title_len = r.title_len;
        }
        o.points = 0; /* first pass: the sentences only */
        precis_brief *b0 = precis_brief_text(engine, r.text, r.text_len, &o, &err);
        if (!b0) {
            fprintf(stderr, "precis-eval: %s: precis: %s\n", r.id, err.msg);
            failed++;
        }
        article art = {0};
        size_t k = 0, w = 0, m;
        ev_row row[MAX_SYS];
        memset(row, 0, sizeof row);
        json_t *idx_json = pa ? json_object() : NULL;
        if (b0 && article_load(&art, ctx, b0, &r) != 0) rc = 1;
        if (b0 && rc == 0 && comp) {
            size_t c = 0;
            while (c < ncomps && strcmp(comp_lang[c], lang) != 0)
                c++;
            if (c == ncomps && ncomps < 8 && strlen(lang) < sizeof comp_lang[0]) {
                strcpy(comp_lang[c], lang);
                comps[c] = precis_compressor_new(lang, NULL);
                ncomps++;
            }
            if (c == 8 || !comps[c]) {
                fprintf(stderr, "precis-eval: no compression rules for %s\n", lang);
                rc = 1;
            }
            if (rc == 0 && article_compress(&art, ctx, comps[c], a.compress) != 0) rc = 1;
        }
        ev_budget_resolve(&a.budget, art.n, &k, &w);
        if (b0 && rc == 0) {
            o.points = (unsigned)(k ? k : 1);
            o.words = (unsigned)w;
            precis_brief *b1 = precis_brief_text(engine, r.text, r.text_len, &o, &err);
            m = 0;
            for (size_t i = 0; b1 && i < precis_brief_point_count(b1) && i < art.n; i++) {
                precis_point p;
                precis_brief_point(b1, i, &p);
                art.idx[m++] = p.sentence;
            }
            /* A point compressed or cut to fit the word budget is part of a
             * sentence: what it shows is scored. */
            if (b1) rc |= score_points(ctx, &art, b1, m, &row[slot[S_PRECIS]]) != 0;
            precis_brief_free(b1);
            if (idx_json) json_object_set_new(idx_json, "precis", indices_json(art.idx, m));
        }
        if (b0 && rc == 0 && comp) {
            o.compress = a.compress;
            precis_brief *b2 = precis_brief_text(engine, r.text, r.text_len, &o, &err);
            o.compress = 0;
            m = 0;
            for (size_t i = 0; b2 && i < precis_brief_point_count(b2) && i < art.n; i++) {
                precis_point p;
                precis_brief_point(b2, i, &p);
                art.idx[m++] = p.sentence;
                /* The points must be what the rows below score. */
                const char *t = art.ctext[p.sentence];
                if (strlen(t) != p.len || memcmp(t, p.text, p.len) != 0) text_mismatch++;
            }
            precis_brief_free(b2);
            rc |= score_seqs(ctx, &art, art.cseq, art.cwords, art.idx, m, &row[slot[S_PCOMP]]) != 0;
            if (idx_json)
                json_object_set_new(idx_json, "precis+compress", indices_json(art.idx, m));
        }
        if (b0 && rc == 0 && a.lead) {
            m = ev_lead(art.n, art.words, k, w, art.idx);
            rc |= score_indices(ctx, &art, art.idx, m, &row[slot[S_LEAD]]) != 0;
            if (idx_json) json_object_set_new(idx_json, "lead", indices_json(art.idx, m));
        }
        if (b0 && rc == 0 && a.lead && comp) {
            m = ev_lead(art.n, art.cwords, k, w, art.idx);
            rc |= score_seqs(ctx, &art, art.cseq, art.cwords, art.idx, m, &row[slot[S_LCOMP]]) != 0;
            if (idx_json) json_object_set_new(idx_json, "lead+compress", indices_json(art.idx, m));
        }
        if (b0 && rc == 0 && a.random) {
            uint64_t seed = a.seed ^ ev_hash(r.id);
            m = ev_random(art.n, art.words, k, w, seed, art.scratch, art.idx);
            rc |= score_indices(ctx, &art, art.idx, m, &row[slot[S_RANDOM]]) != 0;
            if (idx_json) json_object_set_new(idx_json, "random", indices_json(art.idx, m));
        }
        if (b0 && rc == 0 && a.oracle) {
            long om =
                ev_oracle(ctx, art.seq, art.n, art.words, k, w, 0, art.refs, art.nref, art.idx);
            rc |= om < 0 || score_indices(ctx, &art, art.idx, (size_t)om, &row[slot[S_ORACLE]]);
            if (idx_json && om >= 0)
                json_object_set_new(idx_json, "oracle", indices_json(art.idx, (size_t)om));
        }
        if (b0 && rc == 0 && a.ots) {
            long om = ev_ots(r.text, r.text_len, lang, art.text, art.len, art.n, art.words, k, w,
                             art.idx);
            if (om < 0) {
                fprintf(stderr, "precis-eval: %s: ots failed\n", r.id);
                sys[slot[S_OTS]].missing++;
            } else {
                rc |= score_indices(ctx, &art, art.idx, (size_t)om, &row[slot[S_OTS]]) != 0;
                if (idx_json)
                    json_object_set_new(idx_json, "ots", indices_json(art.idx, (size_t)om));
            }
        }
        for (size_t p = 0; b0 && rc == 0 && p < npeers && first_peer + p < nsys; p++) {
            const char *t = ev_peer_find(&peers[p], r.id);
            if (!t) sys[first_peer + p].missing++;
            rc |= score_text(ctx, &art, t, &row[first_peer + p]) != 0;
        }
        for (size_t s = 0; s < nsys && rc == 0; s++)
            rc |= ev_system_push(&sys[s], &row[s]) != 0;
        if (pa && rc == 0) {
            json_t *scores = json_object();
            for (size_t s = 0; s < nsys; s++)
                json_object_set_new(scores, sys[s].name, row_json(&row[s]));
            json_t *rec =
                json_pack("{s:s, s:I, s:I, s:I, s:o, s:o}", "id", r.id, "sentences",
                          (json_int_t)art.n, "budget_sentences", (json_int_t)k, "budget_words",
                          (json_int_t)w, "indices", idx_json, "scores", scores);
            idx_json = NULL;
            json_dumpf(rec, pa, JSON_COMPACT | JSON_REAL_PRECISION(4));
            fputc('\n', pa);
            json_decref(rec);
        }
        json_decref(idx_json);
        article_free(&art);
        precis_brief_free(b0);
        ev_record_free(&r);
        if (rc) fprintf(stderr, "precis-eval: out of memory\n");
        narticles++;
    }
    free(line);
    fclose(in);
    if (pa) fclose(pa);
    if (rc == 0) {
        header(stdout, argc, argv, &a);
        fprintf(stdout, "%zu articles", narticles);
        if (skipped) fprintf(stdout, ", %zu unreadable lines skipped", skipped);
        if (failed)
            fprintf(stdout, ", %zu that precis failed on (scored 0 for all systems)", failed);
        fprintf(stdout, ".\n\n");
        ev_report(stdout, sys, nsys, narticles, a.bootstrap, a.seed, a.full);
    }
    for (size_t s = 0; s < nsys; s++)
        free(sys[s].rows);
    for (size_t i = 0; i < cache.n; i++)
        rouge_free(cache.ctx[i]);
    for (size_t i = 0; i < ncomps; i++)
        precis_compressor_free(comps[i]);
    if (text_mismatch)
        fprintf(stderr, "precis-eval: %zu compressed key points differ from the sentences scored\n",
                text_mismatch);
    ev_peers_free(peers, npeers);
    precis_engine_free(engine);
    return rc ? 1 : 0;
}
