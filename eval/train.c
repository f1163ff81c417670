/*
 * train.c - `precis-eval train`: learns the sentence scorer's weights.
 *
 * Every sentence precis considers becomes one example: its features
 * (src/doc.h, through the pipeline's scored hook: capture.c) and a label saying how much of
 * the reference it covers (by default: membership of the greedy ROUGE
 * oracle under the set's budget). A linear model on standardized features
 * turns features into scores: listwise (softmax over an article's
 * sentences, the default) or ridge regression (--ridge); every set weighs
 * the same. K-fold cross-validation by article measures what matters: the
 * ROUGE of the sentences the scores pick under each set's budget, next to
 * Lead. The L2 constant with the best mean CV score is kept, the model
 * refitted on all articles and written as data/scorer/weights.txt.
 */
#include "capture.h"
#include "eval.h"

#include "doc.h"
#include "precis.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define F PRECIS_NFEAT
#define MAX_SETS 8
#define MAX_LAMBDAS 16
#define MAX_LANGS 8
/* A language gets its own model only with enough articles to fit one. */
#define MIN_LANG_ARTICLES 300

typedef enum {
    LABEL_AUTO,
    LABEL_F1,
    LABEL_RECALL,
    LABEL_ORACLE,
    LABEL_MIX,
    LABEL_COMBO
} label_kind;

typedef struct tr_set {
    const char *path;
    ev_budget budget;
    double weight;   /* --weight: its share of the fit, relative to the others */
    size_t first, n; /* its articles */
} tr_set;

typedef struct tr_article {
    size_t n, nall; /* considered sentences (with features), all sentences */
    double aw;      /* weight in fits: every set weighs the same */
    double *x, *y;  /* n * F features, n labels */
    float *sim;     /* n * n cosines, as selection sees them */
    size_t *words;  /* nall */
    rouge_seq *seq, *refs;
    size_t nref;
    int set, fold;
    int extract; /* the engine scores it with the extract model */
    char lang[8];
} tr_article;

typedef struct tr_opts {
    const char *out;
    label_kind label;
    unsigned folds;
    double lambda[MAX_LAMBDAS];
    size_t nlambda;
    int by_lang;
    const char *section; /* name of the pooled model's section, default "all" */
    int served;          /* only the articles the section's model will score */
    int exclude[F];      /* features held at weight 0 */
} tr_opts;

typedef struct tr_model {
    char lang[8]; /* "" = pooled */
    double w[F];
} tr_model;

static void usage(FILE *f) {
    fprintf(f, "usage: precis-eval train --out WEIGHTS.txt\n"
               "         [--label oracle|f1|recall|mix|combo|auto] [--label-temp T]\n"
               "         [--ridge] [--tune [--tune-min-gain G]] [--mmr [--redundancy R]]\n"
               "         [--served] [--fitted] [--folds K]\n"
               "         [--fold-seed S]\n"
               "         [--lambda L[,L...]] [--by-lang]\n"
               "         [--section NAME] [--exclude FEATURE[,FEATURE...]]\n"
               "         FILE.jsonl [--points N | --words N | --ratio R] [--weight W]\n"
               "         [FILE.jsonl [budget] [--weight W]]...\n"
               "Learns the sentence scorer's weights from evaluation sets (a budget option\n"
               "applies to the file before it; default --points 3) and reports K-fold\n"
               "cross-validated ROUGE by article. Defaults: listwise model, oracle labels,\n"
               "5 folds, lambda 0.001,0.003,0.01. See docs/evaluation.md.\n");
}

/* ------------------------------------------------------------ loading */

static void article_free(tr_article *a) {
    for (size_t i = 0; a->seq && i < a->nall; i++)
        rouge_seq_free(&a->seq[i]);
    for (size_t i = 0; a->refs && i < a->nref; i++)
        rouge_seq_free(&a->refs[i]);
    free(a->x);
    free(a->y);
    free(a->sim);
    free(a->words);
    free(a->seq);
    free(a->refs);
}

/* combo labels: the pool of candidate sentences (those that score best
 * alone), the largest budget in sentences they serve and the softmax
 * temperature over the extracts' ROUGE-1 + ROUGE-2 F1 (--label-temp). */
#ifndef COMBO_POOL /* -DCOMBO_POOL=N tries another pool */
#define COMBO_POOL 12
#endif
#define COMBO_MAX_K 4
static double g_label_temp = 0;

/* Soft labels from the best extracts of exactly k sentences: every k-subset
 * of the COMBO_POOL sentences with the highest single-sentence labels (a->y
 * on entry) is scored as the evaluation scores an extract, and a sentence's
 * label is the share, weighted by exp((score - best) / temperature), of the
 * subsets that hold it. Unlike the greedy oracle, which stops when a
 * sentence lowers F1, this says which third sentence costs least, and
 * near-best extracts count too. */
static int combo_labels(rouge_ctx *ctx, tr_article *a, size_t k) {
    size_t pool[COMBO_POOL], np = 0;
    for (size_t i = 0; i < a->n; i++) { /* the best COMBO_POOL by label */
        if (np == COMBO_POOL && a->y[i] <= a->y[pool[np - 1]]) continue;
        size_t j = np < COMBO_POOL ? np++ : COMBO_POOL - 1;
        while (j > 0 && a->y[pool[j - 1]] < a->y[i]) {
            pool[j] = pool[j - 1];
            j--;
        }
        pool[j] = i;
    }
    qsort(pool, np, sizeof *pool, ev_cmp_size); /* subsets in article order */
    if (k > np) k = np;
    uint32_t nmask = (uint32_t)1 << np;
    double share[COMBO_POOL] = {0}, best = -1, total = 0;
    double *g = malloc(nmask * sizeof *g); /* a subset's score, -1 if not allowed */
    rouge_seq trial;
    rouge_seq_init(&trial);
    int rc = -1;
    if (!g) goto done;
    for (uint32_t m = 1; m < nmask; m++) {
        size_t size = 0;
        for (uint32_t x = m; x; x &= x - 1)
            size++;
        g[m] = -1;
        if (size != k) continue;
        rouge_seq_clear(&trial);
        for (size_t p = 0; p < np; p++)
            if ((m >> p & 1) && rouge_seq_append(&trial, &a->seq[pool[p]]) < 0) goto done;
        g[m] = ev_gain(ctx, &trial, a->refs, a->nref);
        if (g[m] < 0) goto done;
        if (g[m] > best) best = g[m];
    }
    for (uint32_t m = 1; m < nmask; m++) {
        if (g[m] < 0) continue;
        double wt = g_label_temp > 0 ? exp((g[m] - best) / g_label_temp) : g[m] == best;
        total += wt;
        for (size_t p = 0; p < np; p++)
            if (m >> p & 1) share[p] += wt;
    }
    for (size_t i = 0; i < a->n; i++)
        a->y[i] = 0;
    for (size_t p = 0; p < np; p++)
        a->y[pool[p]] = total > 0 ? share[p] / total : 0;
    rc = 0;
done:
    free(g);
    rouge_seq_free(&trial);
    return rc;
}

/* Labels: the single sentence's mean ROUGE-1/2 F1 (or recall) against the
 * best reference, scaled so the article's best sentence has 1; or
 * membership of the greedy oracle under the budget; or the mean of F1 and
 * oracle. auto: recall for a budget in sentences (a sentence adds what it
 * covers, whatever its length), F1 for one in words (length costs). */
static int label_article(rouge_ctx *ctx, tr_article *a, const ev_budget *budget, label_kind kind) {
    if (kind == LABEL_AUTO) kind = budget->kind == EV_WORDS ? LABEL_F1 : LABEL_RECALL;
    double mx = 0;
    for (size_t i = 0; i < a->n; i++) {
        rouge_scores s;
        if (rouge_score_multi(ctx, &a->seq[i], a->refs, a->nref, &s) != 0) return -1;
        if (kind == LABEL_RECALL)
            a->y[i] = (s.m[ROUGE_1].r + s.m[ROUGE_2].r) / 2;
        else
            a->y[i] = (s.m[ROUGE_1].f + s.m[ROUGE_2].f) / 2;
        if (a->y[i] > mx) mx = a->y[i];
    }
    for (size_t i = 0; i < a->n; i++)
        a->y[i] = mx > 0 ? a->y[i] / mx : 0;
    if (kind == LABEL_F1 || kind == LABEL_RECALL) return 0;
    if (kind == LABEL_COMBO) {
        if (budget->kind == EV_POINTS && budget->n <= COMBO_MAX_K)
            return combo_labels(ctx, a, budget->n);
        kind = LABEL_ORACLE; /* word and share budgets (see docs/evaluation.md) */
    }
    size_t k, w, *idx = malloc((a->nall + 1) * sizeof *idx);
    if (!idx) return -1;
    ev_budget_resolve(budget, a->nall, &k, &w);
    /* Strict: labels name sentences precis may choose under the budget
     * (a lede longer than the budget is never a key point). */
    long m = ev_oracle(ctx, a->seq, a->nall, a->words, k, w, 1, a->refs, a->nref, idx);
    if (m < 0) {
        free(idx);
        return -1;
    }
    for (size_t i = 0; i < a->n; i++)
        a->y[i] = kind == LABEL_MIX ? a->y[i] / 2 : 0;
    for (long j = 0; j < m; j++)
        if (idx[j] < a->n) a->y[idx[j]] += kind == LABEL_MIX ? 0.5 : 1.0;
    free(idx);
    return 0;
}

/* --fitted: under a word budget a sentence longer than the budget counts
 * as the engine's fit of it (src/pipeline.c, fit_sentences): its words and
 * tokens are those of the point precis makes of it alone at that budget,
 * when the cuts fit it (not when it would be cut at a word). */
static int g_fitted;

/* The fitted text of sentence s (n bytes) at w words into the sequence q
 * and *words; 1 when it fits, 0 when it stays whole, -1 on error. */
static int fit_alone(precis_engine *e, rouge_ctx *ctx, const char *lang, const char *s, size_t n,
                     size_t w, rouge_seq *q, size_t *words) {
    precis_options o;
    precis_options_default(&o);
    o.lang = lang;
    o.points = 1;
    o.words = (unsigned)w;
    precis_error err;
    precis_brief *b = precis_brief_text(e, s, n, &o, &err);
    if (!b) return 0;
    precis_point p;
    int rc = 0;
    if (precis_brief_point_count(b) == 1 && precis_brief_point(b, 0, &p) == 0 && !p.truncated &&
        precis_brief_sentence_count(b) == 1) {
        size_t k = ev_count_words(p.text, p.len);
        if (k <= w) {
            rouge_seq_free(q);
            rouge_seq_init(q);
            rc = rouge_tokenize(ctx, p.text, p.len, q) == 0 ? 1 : -1;
            *words = k;
        }
    }
    precis_brief_free(b);
    return rc;
}

static int load_article(precis_engine *e, rouge_ctx *ctx, const ev_record *r,
                        const ev_budget *budget, tr_article *a) {
    precis_options o;
    precis_options_default(&o);
    o.lang = r->lang;
    if (r->title) {
        o.title = r->title;
        o.title_len = r->title_len;
    }
    /* The features depend on the budget: count the sentences first, then
     * score under the set's budget as precis-eval does. */
    o.points = 0;
    precis_error err;
    ev_scored sc = {0};
    precis_brief *b = precis_brief_text(e, r->text, r->text_len, &o, &err);
    if (b) {
        size_t k, w;
        ev_budget_resolve(budget, precis_brief_sentence_count(b), &k, &w);
        precis_brief_free(b);
        o.points = (unsigned)(k ? k : 1);
        o.words = (unsigned)w;
        b = ev_brief_scored(e, r->text, r->text_len, &o, &sc, &err);
    }
    if (!b) {
        ev_scored_free(&sc);
        fprintf(stderr, "precis-eval train: %s: %s\n", r->id, err.msg);
        return 1;
    }
    size_t n = sc.n;
    const double *x = sc.feats;
    a->nall = precis_brief_sentence_count(b);
    a->n = n;
    size_t m = a->nall ? a->nall : 1;
    a->x = malloc((n ? n : 1) * F * sizeof *a->x);
    a->sim = malloc((n ? n * n : 1) * sizeof *a->sim);
    a->y = calloc(n ? n : 1, sizeof *a->y);
    a->words = calloc(m, sizeof *a->words);
    a->seq = calloc(m, sizeof *a->seq);
    a->refs = calloc(r->nref ? r->nref : 1, sizeof *a->refs);
    const float *sim = sc.sims;
    int rc = !a->x || !a->y || !a->sim || !a->words || !a->seq || !a->refs ? -1 : 0;
    if (rc == 0 && n) memcpy(a->x, x, n * F * sizeof *x);
    if (rc == 0 && n) memcpy(a->sim, sim, n * n * sizeof *sim);
    for (size_t i = 0; rc == 0 && i < a->nall; i++)
        rouge_seq_init(&a->seq[i]);
    for (size_t i = 0; rc == 0 && i < r->nref; i++)
        rouge_seq_init(&a->refs[i]);
    for (size_t i = 0; rc == 0 && i < a->nall; i++) {
        precis_point p;
        precis_brief_sentence(b, i, &p);
        a->words[i] = ev_count_words(p.text, p.len);
        rc = rouge_tokenize(ctx, p.text, p.len, &a->seq[i]);
        if (rc == 0 && g_fitted && budget->kind == EV_WORDS && o.words && a->words[i] > o.words &&
            i < n &&
            fit_alone(e, ctx, precis_brief_lang(b), p.text, p.len, o.words, &a->seq[i],
                      &a->words[i]) < 0)
            rc = -1;
    }
    a->nref = r->nref;
    for (size_t i = 0; rc == 0 && i < r->nref; i++)
        rc = rouge_tokenize(ctx, r->refs[i], strlen(r->refs[i]), &a->refs[i]);
    snprintf(a->lang, sizeof a->lang, "%s", precis_brief_lang(b));
    a->extract = sc.extract_model;
    precis_brief_free(b);
    ev_scored_free(&sc);
    return rc;
}

/* --fold-seed S: another split into folds, to average CV over splits: on
 * 250 articles one split moves the CV mean by +-0.4 ROUGE (docs/evaluation.md). */
static uint64_t g_fold_seed;
static uint64_t fold_mix(uint64_t h) {
    if (!g_fold_seed) return h; /* seed 0: the split the weights file reports */
    h *= 0x9E3779B97F4A7C15u;
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9u;
    return h ^ (h >> 29);
}

/* served: keep only the articles whose budget the engine gives to the
 * extract model (served_extract) or to the brief model (!served_extract). */
static int load_set(precis_engine *e, rouge_ctx *ctx, tr_set *set, int set_index, unsigned folds,
                    label_kind label, int served, int served_extract, tr_article **arts, size_t *n,
                    size_t *cap) {
    FILE *in = fopen(set->path, "r");
    if (!in) {
        fprintf(stderr, "precis-eval train: cannot open %s: %s\n", set->path, strerror(errno));
        return -1;
    }
    set->first = *n;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    int rc = 0;
    while (rc == 0 && (len = getline(&line, &lcap, in)) > 0) {
        ev_record r;
        char msg[160];
        if (len <= 1 || ev_record_parse(line, (size_t)len, &r, msg, sizeof msg) != 0) continue;
        if (*n == *cap) {
            size_t nc = *cap ? 2 * *cap : 1024;
            tr_article *p = realloc(*arts, nc * sizeof *p);
            if (!p) {
                ev_record_free(&r);
                rc = -1;
                break;
            }
            *arts = p;
            *cap = nc;
        }
        tr_article *a = &(*arts)[*n];
        memset(a, 0, sizeof *a);
        int lr = load_article(e, ctx, &r, &set->budget, a);
        if (lr == 0 && a->n > 0 && (!served || a->extract == served_extract)) {
            a->set = set_index;
            a->fold = (int)(fold_mix(ev_hash(r.id) + g_fold_seed) % folds);
            rc = label_article(ctx, a, &set->budget, label);
            ++*n;
        } else {
            article_free(a);
            if (lr < 0) rc = -1;
        }
        ev_record_free(&r);
    }
    free(line);
    fclose(in);
    set->n = *n - set->first;
    if (rc) fprintf(stderr, "precis-eval train: out of memory\n");
    return rc;
}

/* -------------------------------------------------------------- fitting */

/* Solves A x = b (dimension d, A overwritten) by Gaussian elimination with
 * partial pivoting. Returns -1 if singular. */
static int solve(double *A, double *b, size_t d, double *x) {
    for (size_t c = 0; c < d; c++) {
        size_t p = c;
        for (size_t r = c + 1; r < d; r++)
            if (fabs(A[r * d + c]) > fabs(A[p * d + c])) p = r;
        if (fabs(A[p * d + c]) < 1e-12) return -1;
        if (p != c) {
            for (size_t k = 0; k < d; k++) {
                double t = A[c * d + k];
                A[c * d + k] = A[p * d + k];
                A[p * d + k] = t;
            }
            double t = b[c];
            b[c] = b[p];
            b[p] = t;
        }
        for (size_t r = c + 1; r < d; r++) {
            double f = A[r * d + c] / A[c * d + c];
            for (size_t k = c; k < d; k++)
                A[r * d + k] -= f * A[c * d + k];
            b[r] -= f * b[c];
        }
    }
    for (size_t c = d; c-- > 0;) {
        double s = b[c];
        for (size_t k = c + 1; k < d; k++)
            s -= A[c * d + k] * x[k];
        x[c] = s / A[c * d + c];
    }
    return 0;
}

/* Does article a take part in a fit for (fold, lang)? fold < 0: all folds. */
static int in_fit(const tr_article *a, int fold, const char *lang) {
    return (fold < 0 || a->fold != fold) && (!*lang || strcmp(a->lang, lang) == 0);
}

/* Ridge regression of labels on standardized features, every article
 * weighing 1 (its sentences 1/n each); lambda is per unit of that weight.
 * Writes weights on the raw features (bias absorbs the means). */
static int fit(const tr_article *arts, size_t na, int fold, const char *lang, double lambda,
               double *w) {
    double mean[F] = {0}, sd[F] = {0}, tot = 0;
    for (size_t i = 0; i < na; i++) {
        if (!in_fit(&arts[i], fold, lang)) continue;
        double aw = arts[i].aw / (double)arts[i].n;
        for (size_t s = 0; s < arts[i].n; s++) {
            const double *x = arts[i].x + s * F;
            for (int f = 0; f < F; f++)
                mean[f] += aw * x[f];
            tot += aw;
        }
    }
    if (tot <= 0) return -1;
    for (int f = 0; f < F; f++)
        mean[f] /= tot;
    for (size_t i = 0; i < na; i++) {
        if (!in_fit(&arts[i], fold, lang)) continue;
        double aw = arts[i].aw / (double)arts[i].n;
        for (size_t s = 0; s < arts[i].n; s++) {
            const double *x = arts[i].x + s * F;
            for (int f = 0; f < F; f++)
                sd[f] += aw * (x[f] - mean[f]) * (x[f] - mean[f]);
        }
    }
    for (int f = 0; f < F; f++)
        sd[f] = sqrt(sd[f] / tot);
    double A[F * F] = {0}, b[F] = {0}, z[F], beta[F] = {0};
    for (size_t i = 0; i < na; i++) {
        if (!in_fit(&arts[i], fold, lang)) continue;
        double aw = arts[i].aw / (double)arts[i].n;
        for (size_t s = 0; s < arts[i].n; s++) {
            const double *x = arts[i].x + s * F;
            z[PRECIS_F_BIAS] = 1;
            for (int f = 1; f < F; f++)
                z[f] = sd[f] > 1e-9 ? (x[f] - mean[f]) / sd[f] : 0;
            for (int r = 0; r < F; r++) {
                b[r] += aw * z[r] * arts[i].y[s];
                for (int c = 0; c < F; c++)
                    A[r * F + c] += aw * z[r] * z[c];
            }
        }
    }
    /* The ridge holds constant features at 0 too, keeping A invertible. */
    for (int f = 1; f < F; f++)
        A[f * F + f] += lambda * tot + (sd[f] > 1e-9 ? 0 : 1);
    if (solve(A, b, F, beta) != 0) return -1;
    w[PRECIS_F_BIAS] = beta[PRECIS_F_BIAS];
    for (int f = 1; f < F; f++) {
        w[f] = sd[f] > 1e-9 ? beta[f] / sd[f] : 0;
        w[PRECIS_F_BIAS] -= w[f] * mean[f];
    }
    return 0;
}

/* Mean and standard deviation of each feature over the sentences of the
 * articles in the fit; returns the number of sentences (0: none). */
static double sentence_stats(const tr_article *arts, size_t na, int fold, const char *lang,
                             double *mean, double *sd) {
    double tot = 0;
    for (int f = 0; f < F; f++)
        mean[f] = sd[f] = 0;
    for (size_t i = 0; i < na; i++) {
        if (!in_fit(&arts[i], fold, lang)) continue;
        for (size_t s = 0; s < arts[i].n; s++)
            for (int f = 0; f < F; f++)
                mean[f] += arts[i].x[s * F + f];
        tot += (double)arts[i].n;
    }
    if (tot <= 0) return 0;
    for (int f = 0; f < F; f++)
        mean[f] /= tot;
    for (size_t i = 0; i < na; i++) {
        if (!in_fit(&arts[i], fold, lang)) continue;
        for (size_t s = 0; s < arts[i].n; s++)
            for (int f = 0; f < F; f++) {
                double d = arts[i].x[s * F + f] - mean[f];
                sd[f] += d * d;
            }
    }
    for (int f = 0; f < F; f++)
        sd[f] = sqrt(sd[f] / tot);
    return tot;
}

/* Listwise model (ListNet, Cao et al. 2007): per article, the softmax of
 * the scores should match the labels made a distribution; convex, so a
 * few Newton steps on the standardized features converge. Only the ranking
 * within an article matters, which is all selection uses. */
static int fit_rank(const tr_article *arts, size_t na, int fold, const char *lang, double lambda,
                    double *w) {
    double mean[F], sd[F];
    if (sentence_stats(arts, na, fold, lang, mean, sd) <= 0) return -1;
    double beta[F] = {0}, narts = 0;
    for (size_t i = 0; i < na; i++)
        narts += in_fit(&arts[i], fold, lang) ? arts[i].aw : 0;
    size_t maxn = 0;
    for (size_t i = 0; i < na; i++)
        maxn = arts[i].n > maxn ? arts[i].n : maxn;
    double *p = malloc((maxn + 1) * sizeof *p), *z = malloc((maxn + 1) * F * sizeof *z);
    if (!p || !z) {
        free(p);
        free(z);
        return -1;
    }
    for (int it = 0; it < 30; it++) {
        double H[F * F] = {0}, g[F] = {0}, step[F] = {0};
        for (size_t i = 0; i < na; i++) {
            const tr_article *a = &arts[i];
            double ysum = 0;
            for (size_t s = 0; s < a->n; s++)
                ysum += a->y[s];
            if (!in_fit(a, fold, lang) || ysum <= 0) continue;
            double mx = -1e300, psum = 0, zp[F] = {0};
            for (size_t s = 0; s < a->n; s++) {
                double *zs = z + s * F, v = 0;
                for (int f = 1; f < F; f++) {
                    zs[f] = sd[f] > 1e-9 ? (a->x[s * F + f] - mean[f]) / sd[f] : 0;
                    v += beta[f] * zs[f];
                }
                p[s] = v;
                mx = v > mx ? v : mx;
            }
            for (size_t s = 0; s < a->n; s++)
                psum += p[s] = exp(p[s] - mx);
            for (size_t s = 0; s < a->n; s++) {
                p[s] /= psum;
                double *zs = z + s * F, t = a->y[s] / ysum;
                for (int f = 1; f < F; f++) {
                    g[f] += a->aw * (p[s] - t) * zs[f];
                    zp[f] += p[s] * zs[f];
                    for (int c = 1; c < F; c++)
                        H[f * F + c] += a->aw * p[s] * zs[f] * zs[c];
                }
            }
            for (int f = 1; f < F; f++)
                for (int c = 1; c < F; c++)
                    H[f * F + c] -= a->aw * zp[f] * zp[c];
        }
        double gn = 0;
        for (int f = 1; f < F; f++) {
            g[f] = g[f] / narts + lambda * beta[f];
            gn += g[f] * g[f];
            for (int c = 1; c < F; c++)
                H[f * F + c] /= narts;
            H[f * F + f] += lambda + 1e-9;
        }
        H[0] = 1;
        g[0] = 0;
        if (solve(H, g, F, step) != 0) break;
        for (int f = 1; f < F; f++)
            beta[f] -= step[f];
        if (gn < 1e-14) break;
    }
    free(p);
    free(z);
    w[PRECIS_F_BIAS] = 0;
    for (int f = 1; f < F; f++) {
        w[f] = sd[f] > 1e-9 ? beta[f] / sd[f] : 0;
        w[PRECIS_F_BIAS] -= w[f] * mean[f];
    }
    return 0;
}

static int g_rank, g_tune;
/* --mmr: evaluate and tune on the engine's own selection (precis_select:
 * MMR with the redundancy weight the engine gives the model's section)
 * instead of the top-scored sentences. */
static int g_mmr;
static double g_redundancy, g_redundancy_set = -1; /* --redundancy, to choose the engine's */
static rouge_ctx *g_ctx;
static const tr_set *g_sets;

static int eval_article(rouge_ctx *ctx, const tr_article *a, const ev_budget *budget,
                        const double *w, double *r1, double *r2);

/* --tune-min-gain: the least rise of the objective (a fraction, not x100)
 * that a tuning step must bring to be kept. */
static double g_min_gain;

/* Mean over the sets (weighted by --weight) of the mean (ROUGE-1 +
 * ROUGE-2) / 2 F1 of the fit's articles under weights w; -1 on OOM. */
static double objective(const tr_article *arts, size_t na, int fold, const char *lang,
                        const double *w) {
    double sum[MAX_SETS] = {0}, cnt[MAX_SETS] = {0}, total = 0, nsets = 0;
    for (size_t i = 0; i < na; i++) {
        if (!in_fit(&arts[i], fold, lang)) continue;
        double r1, r2;
        if (eval_article(g_ctx, &arts[i], &g_sets[arts[i].set].budget, w, &r1, &r2) != 0) return -1;
        sum[arts[i].set] += (r1 + r2) / 2;
        cnt[arts[i].set]++;
    }
    for (int s = 0; s < MAX_SETS; s++)
        if (cnt[s] > 0) total += g_sets[s].weight * sum[s] / cnt[s], nsets += g_sets[s].weight;
    return nsets ? total / nsets : 0;
}

/* Refines a fitted model on the measure itself: ROUGE of the top-scored
 * sentences under each budget, which no smooth loss matches (a sentence
 * budget rewards short sentences that F1 favours). Coordinate search, steps
 * in units of each feature's spread, a few sweeps: small moves from the
 * listwise optimum, not a free fit. */
static int tune(const tr_article *arts, size_t na, int fold, const char *lang, double *w) {
    double mean[F], sd[F];
    if (sentence_stats(arts, na, fold, lang, mean, sd) <= 0) return -1;
    /* Scores in units of their own spread, so steps mean the same for any
     * feature scaling. */
    double spread = 0;
    for (int f = 1; f < F; f++)
        spread += fabs(w[f]) * sd[f];
    if (spread <= 0) return 0;
    double best = objective(arts, na, fold, lang, w);
    if (best < 0) return -1;
    static const double steps[] = {0.3, -0.3, 0.1, -0.1};
    for (int sweep = 0; sweep < 2; sweep++) {
        for (int f = 1; f < F; f++) {
            if (sd[f] <= 1e-9) continue;
            for (size_t k = 0; k < sizeof steps / sizeof steps[0]; k++) {
                double old = w[f];
                w[f] += steps[k] * spread / ((double)(F - 1) * sd[f]) * 4;
                double v = objective(arts, na, fold, lang, w);
                if (v < 0) return -1;
                /* A step that only flips an article or two is fit to those
                 * articles: with a threshold, held-out ROUGE rises. */
                if (v > best + 1e-6 + g_min_gain)
                    best = v;
                else
                    w[f] = old;
            }
        }
    }
    return 0;
}

static int fit_any(const tr_article *arts, size_t na, int fold, const char *lang, double lambda,
                   double *w) {
    int rc =
        g_rank ? fit_rank(arts, na, fold, lang, lambda, w) : fit(arts, na, fold, lang, lambda, w);
    if (rc == 0 && g_tune) rc = tune(arts, na, fold, lang, w);
    return rc;
}

/* --------------------------------------------------------- evaluation */

static const double *g_scores;
static int by_score_desc(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    if (g_scores[x] != g_scores[y]) return g_scores[x] < g_scores[y] ? 1 : -1;
    return (x > y) - (x < y);
}
static int by_index(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

static double stored_sim(const void *ctx, size_t i, size_t j) {
    const tr_article *a = ctx;
    return a->sim[i * a->n + j];
}

/* ROUGE-1/2 F1 of the sentences picked by the weights (greedy by score,
 * skipping what overflows a word budget, as precis_select does without its
 * redundancy term; with --mmr, by precis_select's own rule) or, with w
 * NULL, of Lead. */
static int eval_article(rouge_ctx *ctx, const tr_article *a, const ev_budget *budget,
                        const double *w, double *r1, double *r2) {
    size_t k, wb;
    ev_budget_resolve(budget, a->nall, &k, &wb);
    size_t *order = malloc(a->nall * sizeof *order), *out = malloc(a->nall * sizeof *out);
    double *sc = malloc(2 * a->n * sizeof *sc); /* scores, then --mmr's scratch */
    rouge_seq pred;
    rouge_seq_init(&pred);
    int rc = !order || !out || !sc ? -1 : 0;
    size_t m = 0;
    if (rc == 0 && !w) {
        m = ev_lead(a->nall, a->words, k, wb, out);
    } else if (rc == 0) {
        for (size_t i = 0; i < a->n; i++) {
            double s = 0;
            for (int f = 0; f < F; f++)
                s += w[f] * a->x[i * F + f];
            sc[i] = s;
            order[i] = i;
        }
        if (g_mmr) {
            m = precis_select_sim(a->n, a->words, sc, (unsigned)k, (unsigned)wb, g_redundancy, NULL,
                                  0, stored_sim, a, sc + a->n, out);
        } else {
            g_scores = sc;
            qsort(order, a->n, sizeof *order, by_score_desc);
            size_t used = 0;
            for (size_t i = 0; i < a->n && m < k; i++) {
                size_t s = order[i];
                if (wb && m > 0 && used + a->words[s] > wb) continue;
                out[m++] = s;
                used += a->words[s];
                if (wb && used >= wb) break;
            }
        }
        qsort(out, m, sizeof *out, by_index);
    }
    for (size_t i = 0; rc == 0 && i < m; i++)
        rc = rouge_seq_append(&pred, &a->seq[out[i]]);
    rouge_scores s;
    if (rc == 0) rc = rouge_score_multi(ctx, &pred, a->refs, a->nref, &s);
    if (rc == 0) {
        *r1 = s.m[ROUGE_1].f;
        *r2 = s.m[ROUGE_2].f;
    }
    rouge_seq_free(&pred);
    free(order);
    free(out);
    free(sc);
    return rc;
}

/* Languages that get their own model (enough articles), into langs. */
static size_t model_langs(const tr_article *arts, size_t na, char langs[][8]) {
    size_t nl = 0, count[MAX_LANGS] = {0};
    for (size_t i = 0; i < na; i++) {
        size_t j = 0;
        while (j < nl && strcmp(langs[j], arts[i].lang) != 0)
            j++;
        if (j == nl && nl < MAX_LANGS) snprintf(langs[nl++], 8, "%s", arts[i].lang);
        if (j < nl) count[j]++;
    }
    size_t k = 0;
    for (size_t j = 0; j < nl; j++)
        if (count[j] >= MIN_LANG_ARTICLES) memmove(langs[k++], langs[j], 8);
    return k;
}

/* Fits the pooled model and, with by_lang, one per language, on the
 * articles outside fold (all with fold < 0). models[0] is the pooled one. */
static int fit_models(const tr_article *arts, size_t na, int fold, double lambda, int by_lang,
                      tr_model *models, size_t *nm) {
    char langs[MAX_LANGS][8];
    size_t nl = by_lang ? model_langs(arts, na, langs) : 0;
    models[0].lang[0] = 0;
    if (fit_any(arts, na, fold, "", lambda, models[0].w) != 0) return -1;
    for (size_t j = 0; j < nl; j++) {
        snprintf(models[j + 1].lang, sizeof models[j + 1].lang, "%s", langs[j]);
        if (fit_any(arts, na, fold, langs[j], lambda, models[j + 1].w) != 0) return -1;
    }
    *nm = nl + 1;
    return 0;
}

static const double *model_for(const tr_model *models, size_t nm, const char *lang) {
    for (size_t j = 1; j < nm; j++)
        if (strcmp(models[j].lang, lang) == 0) return models[j].w;
    return models[0].w;
}

/* The compiled-in weights that play the part of the model being trained
 * for article a: the extract model's for --section extract, else those the
 * engine gives the article's language (the pooled ones if it has none). */
static const double *compiled_weights(const tr_article *a, const tr_opts *o) {
    const double *x =
        o->section && !strcmp(o->section, "extract") ? precis_weights_extract() : NULL;
    return x ? x : precis_weights_for(precis_lang_index(a->lang, strlen(a->lang)));
}

/* K-fold CV: per set, mean R1/R2 (x100) of the model (cv), of Lead and of
 * the compiled-in weights (cur). */
static int cross_validate(rouge_ctx *ctx, const tr_article *arts, size_t na, const tr_set *sets,
                          size_t nsets, const tr_opts *o, double lambda, double cv[][2],
                          double lead[][2], double cur[][2]) {
    memset(cv, 0, nsets * sizeof *cv);
    memset(cur, 0, nsets * sizeof *cur);
    memset(lead, 0, nsets * sizeof *lead);
    for (unsigned k = 0; k < o->folds; k++) {
        tr_model models[MAX_LANGS + 1];
        size_t nm;
        if (fit_models(arts, na, (int)k, lambda, o->by_lang, models, &nm) != 0) return -1;
        for (size_t i = 0; i < na; i++) {
            const tr_article *a = &arts[i];
            if (a->fold != (int)k) continue;
            double r1, r2, l1, l2, c1, c2;
            const ev_budget *bud = &sets[a->set].budget;
            if (eval_article(ctx, a, bud, model_for(models, nm, a->lang), &r1, &r2) != 0 ||
                eval_article(ctx, a, bud, NULL, &l1, &l2) != 0 ||
                eval_article(ctx, a, bud, compiled_weights(a, o), &c1, &c2) != 0)
                return -1;
            cur[a->set][0] += c1;
            cur[a->set][1] += c2;
            cv[a->set][0] += r1;
            cv[a->set][1] += r2;
            lead[a->set][0] += l1;
            lead[a->set][1] += l2;
        }
    }
    for (size_t s = 0; s < nsets; s++)
        for (int m = 0; m < 2; m++) {
            double n = sets[s].n ? (double)sets[s].n : 1;
            cv[s][m] *= 100 / n;
            lead[s][m] *= 100 / n;
            cur[s][m] *= 100 / n;
        }
    return 0;
}

/* --------------------------------------------------------------- output */

static void budget_str(const ev_budget *b, char *buf, size_t n) {
    if (b->kind == EV_POINTS)
        snprintf(buf, n, "--points %u", b->n);
    else if (b->kind == EV_WORDS)
        snprintf(buf, n, "--words %u", b->n);
    else
        snprintf(buf, n, "--ratio %g", b->ratio);
}

static void print_cv(FILE *f, const char *prefix, const tr_set *sets, size_t nsets, double cv[][2],
                     double lead[][2], double cur[][2]) {
    for (size_t s = 0; s < nsets; s++) {
        const char *base = strrchr(sets[s].path, '/');
        char bud[32];
        budget_str(&sets[s].budget, bud, sizeof bud);
        fprintf(f, "%s%s %s (%zu articles): R1 %.2f R2 %.2f, lead %.2f %.2f", prefix,
                base ? base + 1 : sets[s].path, bud, sets[s].n, cv[s][0], cv[s][1], lead[s][0],
                lead[s][1]);
        if (cur) fprintf(f, ", compiled-in %.2f %.2f", cur[s][0], cur[s][1]);
        fputc('\n', f);
    }
}

static int write_weights(const char *path, int argc, char **argv, const tr_model *models, size_t nm,
                         const tr_set *sets, size_t nsets, const tr_opts *o, double lambda,
                         double cv[][2], double lead[][2]) {
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "precis-eval train: cannot write %s: %s\n", path, strerror(errno));
        return -1;
    }
    fprintf(f, "# Sentence scorer weights (features: src/doc.h), compiled in by\n"
               "# tools/genweights.c. Made from the evaluation sets by:\n#   precis-eval");
    for (int i = 0; i < argc; i++)
        fprintf(f, " %s", argv[i]);
    fprintf(f,
            "\n# %s model%s, L2 lambda %g; %u-fold cross-validation by article, ROUGE F1\n"
            "# x100 of the sentences picked under each budget (%s):\n",
            g_rank ? "Listwise" : "Ridge", g_tune ? " refined on ROUGE (--tune)" : "", lambda,
            o->folds, g_mmr ? "by the engine's MMR, --mmr" : "top-scored, without MMR");
    print_cv(f, "#   ", sets, nsets, cv, lead, NULL);
    for (size_t j = 0; j < nm; j++) {
        fprintf(f, "[%s]\n", j == 0 ? (o->section ? o->section : "all") : models[j].lang);
        for (int k = 0; k < F; k++)
            fprintf(f, "%s %.6g\n", precis_feature_names[k], models[j].w[k]);
    }
    return fclose(f) == 0 ? 0 : -1;
}

/* ----------------------------------------------------------------- main */

static int parse(int argc, char **argv, tr_opts *o, tr_set *sets, size_t *nsets) {
    memset(o, 0, sizeof *o);
    o->label = LABEL_ORACLE;
    g_rank = 1;
    g_tune = 0;
    g_min_gain = 0;
    o->folds = 5;
    o->lambda[0] = 0.001;
    o->lambda[1] = 0.003;
    o->lambda[2] = 0.01;
    o->nlambda = 3;
    *nsets = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        char *end;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            exit(0);
        } else if (!strcmp(a, "--section")) {
            o->section = i + 1 < argc ? argv[++i] : NULL;
            if (!o->section || !*o->section ||
                strspn(o->section, "abcdefghijklmnopqrstuvwxyz") != strlen(o->section))
                return fprintf(stderr, "precis-eval train: bad --section\n"), -1;
        } else if (!strcmp(a, "--fold-seed") && v) {
            g_fold_seed = strtoull(argv[++i], &end, 10);
            if (*end || !*v)
                return fprintf(stderr, "precis-eval train: bad --fold-seed %s\n", v), -1;
        } else if (!strcmp(a, "--exclude")) {
            const char *list = i + 1 < argc ? argv[++i] : "";
            while (*list) {
                size_t len = strcspn(list, ",");
                int found = 0;
                for (int f = 1; f < F; f++)
                    if (strlen(precis_feature_names[f]) == len &&
                        !strncmp(precis_feature_names[f], list, len))
                        o->exclude[f] = found = 1;
                if (!found)
                    return fprintf(stderr, "precis-eval train: unknown feature %.*s\n", (int)len,
                                   list),
                           -1;
                list += len + (list[len] == ',');
            }
        } else if (!strcmp(a, "--by-lang")) {
            o->by_lang = 1;
        } else if (!strcmp(a, "--ridge")) {
            g_rank = 0;
        } else if (!strcmp(a, "--tune")) {
            g_tune = 1;
        } else if (!strcmp(a, "--fitted")) {
            g_fitted = 1;
        } else if (!strcmp(a, "--mmr")) {
            g_mmr = 1;
        } else if (!strcmp(a, "--served")) {
            o->served = 1;
        } else if (!strcmp(a, "--tune-min-gain") && v) {
            /* In ROUGE points (x100), as reported. */
            g_min_gain = strtod(argv[++i], &end) / 100;
            if (*end || !*v || !(g_min_gain >= 0) || g_min_gain > 0.1)
                return fprintf(stderr, "precis-eval train: bad --tune-min-gain %s\n", v), -1;
        } else if (!strcmp(a, "--label-temp") && v) {
            g_label_temp = strtod(argv[++i], &end);
            if (*end || !*v || !(g_label_temp >= 0) || g_label_temp > 10)
                return fprintf(stderr, "precis-eval train: bad --label-temp %s\n", v), -1;
        } else if (!strcmp(a, "--redundancy") && v) {
            g_redundancy_set = strtod(argv[++i], &end);
            if (*end || g_redundancy_set < 0 || g_redundancy_set > 10)
                return fprintf(stderr, "precis-eval train: bad --redundancy %s\n", v), -1;
        } else if (a[0] == '-' && a[1] && !v) {
            fprintf(stderr, "precis-eval train: %s needs a value\n", a);
            return -1;
        } else if (!strcmp(a, "--out")) {
            o->out = argv[++i];
        } else if (!strcmp(a, "--label")) {
            i++;
            if (!strcmp(v, "auto"))
                o->label = LABEL_AUTO;
            else if (!strcmp(v, "f1"))
                o->label = LABEL_F1;
            else if (!strcmp(v, "recall"))
                o->label = LABEL_RECALL;
            else if (!strcmp(v, "oracle"))
                o->label = LABEL_ORACLE;
            else if (!strcmp(v, "mix"))
                o->label = LABEL_MIX;
            else if (!strcmp(v, "combo"))
                o->label = LABEL_COMBO;
            else
                return fprintf(stderr, "precis-eval train: bad --label %s\n", v), -1;
        } else if (!strcmp(a, "--folds")) {
            long k = strtol(argv[++i], &end, 10);
            if (*end || k < 2 || k > 100)
                return fprintf(stderr, "precis-eval train: bad --folds %s\n", v), -1;
            o->folds = (unsigned)k;
        } else if (!strcmp(a, "--lambda")) {
            i++;
            o->nlambda = 0;
            const char *p = v;
            while (*p && o->nlambda < MAX_LAMBDAS) {
                double l = strtod(p, &end);
                if (end == p || l < 0 || (*end && *end != ','))
                    return fprintf(stderr, "precis-eval train: bad --lambda %s\n", v), -1;
                o->lambda[o->nlambda++] = l;
                p = *end ? end + 1 : end;
            }
        } else if (!strcmp(a, "--weight")) {
            double x = strtod(argv[++i], &end);
            if (!*nsets || *end || x <= 0 || x > 100)
                return fprintf(stderr, "precis-eval train: bad --weight %s (after a file)\n", v),
                       -1;
            sets[*nsets - 1].weight = x;
        } else if (!strcmp(a, "--points") || !strcmp(a, "--words") || !strcmp(a, "--ratio")) {
            i++;
            double x = strtod(v, &end);
            if (!*nsets || *end || x <= 0 || (a[2] == 'r' && x > 1) || x > 100000)
                return fprintf(stderr, "precis-eval train: bad %s %s (after a file)\n", a, v), -1;
            ev_budget *b = &sets[*nsets - 1].budget;
            if (a[2] == 'r')
                *b = (ev_budget){EV_RATIO, 0, x};
            else
                *b = (ev_budget){a[2] == 'p' ? EV_POINTS : EV_WORDS, (unsigned)x, 0};
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "precis-eval train: unknown option %s\n", a);
            return -1;
        } else if (*nsets == MAX_SETS) {
            fprintf(stderr, "precis-eval train: at most %d files\n", MAX_SETS);
            return -1;
        } else {
            sets[*nsets].path = a;
            sets[*nsets].budget = (ev_budget){EV_POINTS, 3, 0};
            sets[*nsets].weight = 1;
            ++*nsets;
        }
    }
    if (!o->out || !*nsets) {
        fprintf(stderr, "precis-eval train: %s\n", !o->out ? "--out is required" : "no input file");
        return -1;
    }
    return 0;
}

int ev_train_main(int argc, char **argv) {
    tr_opts o;
    tr_set sets[MAX_SETS];
    size_t nsets;
    if (parse(argc, argv, &o, sets, &nsets) != 0) {
        usage(stderr);
        return 2;
    }
    precis_error err;
    precis_engine *e = precis_engine_new(NULL, NULL, &err);
    rouge_ctx *ctx = rouge_new(NULL);
    if (!e || !ctx) {
        fprintf(stderr, "precis-eval train: %s\n", !e ? err.msg : "out of memory");
        precis_engine_free(e);
        rouge_free(ctx);
        return 1;
    }
    tr_article *arts = NULL;
    size_t na = 0, cap = 0;
    int rc = 0;
    /* The extract model's section: its articles and its MMR weight. */
    int extract_section = o.section && !strcmp(o.section, "extract");
    for (size_t s = 0; rc == 0 && s < nsets; s++)
        rc = load_set(e, ctx, &sets[s], (int)s, o.folds, o.label, o.served, extract_section, &arts,
                      &na, &cap);
    /* An excluded feature is constant 0: the fits then give it weight 0. */
    for (size_t i = 0; rc == 0 && i < na; i++)
        for (size_t k = 0; k < arts[i].n; k++)
            for (int f = 1; f < F; f++)
                if (o.exclude[f]) arts[i].x[k * F + f] = 0;
    g_ctx = ctx;
    g_sets = sets;
    g_redundancy = extract_section ? precis_params.extract_redundancy : precis_params.redundancy;
    if (g_redundancy_set >= 0) g_redundancy = g_redundancy_set;
    for (size_t i = 0; rc == 0 && i < na; i++)
        arts[i].aw =
            sets[arts[i].set].weight * (double)na / ((double)nsets * (double)sets[arts[i].set].n);
    double cv[MAX_SETS][2], lead[MAX_SETS][2], cur[MAX_SETS][2], best_cv[MAX_SETS][2],
        best_lead[MAX_SETS][2];
    double best = -1, best_lambda = o.lambda[0];
    for (size_t l = 0; rc == 0 && l < o.nlambda; l++) {
        rc = cross_validate(ctx, arts, na, sets, nsets, &o, o.lambda[l], cv, lead, cur);
        if (rc) break;
        /* The choice averages ROUGE-1 and -2 over the sets, each set alike. */
        double mean = 0;
        for (size_t s = 0; s < nsets; s++)
            mean += (cv[s][0] + cv[s][1]) / (2.0 * (double)nsets);
        fprintf(stderr, "lambda %g: mean %.3f\n", o.lambda[l], mean);
        print_cv(stderr, "  ", sets, nsets, cv, lead, cur);
        if (mean > best) {
            best = mean;
            best_lambda = o.lambda[l];
            memcpy(best_cv, cv, sizeof cv);
            memcpy(best_lead, lead, sizeof lead);
        }
    }
    tr_model models[MAX_LANGS + 1];
    size_t nm = 0;
    if (rc == 0) rc = fit_models(arts, na, -1, best_lambda, o.by_lang, models, &nm);
    if (rc == 0)
        rc = write_weights(o.out, argc, argv, models, nm, sets, nsets, &o, best_lambda, best_cv,
                           best_lead);
    if (rc == 0) fprintf(stderr, "precis-eval train: wrote %s (lambda %g)\n", o.out, best_lambda);
    for (size_t i = 0; i < na; i++)
        article_free(&arts[i]);
    free(arts);
    rouge_free(ctx);
    precis_engine_free(e);
    return rc ? 1 : 0;
}
