/*
 * sections.c - sections and headings of a long article (sections.h).
 *
 * Segmentation: the probabilistic lexical-cohesion model of Utiyama and
 * Isahara (2001). A section's content words are scored by the probability
 * of their counts under an additively smoothed unigram model of the
 * section itself (smoothing 2: Laplace's 1 split the concatenated articles
 * and the pages worse); the split that minimizes the summed cost plus a penalty per
 * section is found by dynamic programming over paragraph boundaries, for
 * each number of sections, and the penalty with a Poisson prior on the
 * number chooses among those. Priors on the paragraphs' lengths and on the
 * marks around a boundary add to its cost (a boundary model that can also
 * read lexical features of the gap, off by default). A text of 4-5
 * paragraphs gets sections only when a split pays against one segment.
 * Content words are the stems of the tokens that are words and not stop
 * words.
 *
 * Headings: in each section, every run of 2-8 words inside one clause of a
 * sentence (no punctuation crossed) that opens on a content word or a
 * determiner and ends on a content word is a candidate. Each word has a
 * probability of being in the authors' heading, a logistic function of its
 * features (salience in the section, position, title, ...; weights fitted
 * on pages with subheadings); a candidate scores its expected ROUGE-1 F1,
 * the summed probability of its distinct words over its length plus the
 * assumed heading length. The best candidate whose rendered text differs
 * from the title and the earlier headings wins.
 */
#include "sections.h"

#include "text.h"

#include <math.h>
#include <string.h>

void precis_sections_params_default(precis_sections_params *p) {
    p->max_sections = PRECIS_SECTIONS_DEFAULT;
    p->min_sections = 2;
    p->min_paras = 6;
    p->min_paras_weak = 4;
    p->min_words = 100;
    p->min_len = 1;
    p->lead_max = 2;
    p->penalty = 2.0;
    p->shape_weight = 4.0;
    p->count_weight = 0.0;
    p->count_paras = 5.5;
    p->word_cost = 0.3;
    p->open_bonus = 0.5;
    p->early_bonus = 1.5;
    p->heading_len = 4.0;
    p->heading_weights = NULL;
    p->gap_weights = NULL;
    p->smoothing = 2.0;
    p->marginal = 0;
    p->trace = NULL;
    p->force_segments = 0;
}

void precis_sections_params_page(precis_sections_params *p) {
    precis_sections_params_default(p);
    p->lead_max = 4;
    p->shape_weight = 6.0;
    p->gap_weights = precis_sections_gap_page;
}

void precis_sections_scratch_init(precis_sections_scratch *s, const precis_alloc *alc) {
    precis_vec_init(&s->u32a, sizeof(uint32_t), alc);
    precis_vec_init(&s->u32b, sizeof(uint32_t), alc);
    precis_vec_init(&s->szv, sizeof(size_t), alc);
    precis_vec_init(&s->f64a, sizeof(double), alc);
    precis_vec_init(&s->f64b, sizeof(double), alc);
    precis_vec_init(&s->u64, sizeof(uint64_t), alc);
    precis_buf_init(&s->buf, alc);
}

void precis_sections_scratch_free(precis_sections_scratch *s) {
    precis_vec_free(&s->u32a);
    precis_vec_free(&s->u32b);
    precis_vec_free(&s->szv);
    precis_vec_free(&s->f64a);
    precis_vec_free(&s->f64b);
    precis_vec_free(&s->u64);
    precis_buf_free(&s->buf);
}

static int is_content(const precis_token *t) {
    return (t->flags & PRECIS_TOK_WORD) && !(t->flags & PRECIS_TOK_STOP);
}

/* ------------------------------------------------------------ splitting */

/* log(P(boundary | classes of the paragraphs before and after) / P(boundary))
 * on half a of the pages with subheadings (`sections-eval fit`): boundaries
 * fall between long paragraphs, rarely inside runs of short ones (lists). */
const double precis_sections_shape_default[PRECIS_SHAPE_CLASSES][PRECIS_SHAPE_CLASSES] = {
    {-1.10, -0.66, -0.66, 0.25},
    {-0.76, -1.01, -0.20, 0.79},
    {-1.25, -0.52, 0.02, 0.57},
    {-0.06, 0.16, 0.28, 0.74},
};

size_t precis_sections_shape_class(size_t words) {
    return words < 5 ? 0 : words < 15 ? 1 : words < 40 ? 2 : 3;
}

/* Fitted beside the table above (`sections-eval fit`): a paragraph opening
 * in lower case, on a digit or a bullet continues what came before, and so
 * does one after a colon or a question. */
const double precis_sections_cue_default[PRECIS_CUE_CLASSES] = {0.09, -0.17, -0.36, -0.82};

size_t precis_sections_cue_class(const char *text, const precis_paragraph *before,
                                 const precis_paragraph *after) {
    const unsigned char *s = (const unsigned char *)text;
    size_t c = 0;
    if (before->len) {
        uint32_t cp = precis_utf8_before(s, before->off, before->off + before->len);
        if (cp != '.' && cp != '!' && !precis_is_alnum(cp)) c |= 1;
    }
    uint32_t cp = 0;
    if (after->len) precis_utf8_next(s + after->off, after->len, &cp);
    if (!precis_is_upper(cp)) c |= 2;
    return c;
}

/* The two priors alone: the lexical features' weights fitted on half a of
 * the pages (-0.53, 1.17, 1.32, 0.62, -0.60, 0.89 with shape_weight 6) did
 * not hold on the concatenations (docs/quality.md, branch sect3). */
const double precis_sections_gap_default[PRECIS_GAP_FEATURES] = {0, 1, 1, 0, 0, 0};

/* Fitted on half a of the pages with subheadings (tools/sections-gaps.py,
 * branch pk4), for web pages only (precis_sections_params_page). */
const double precis_sections_gap_page[PRECIS_GAP_FEATURES] = {-0.52, 1.18, 1.35, 0.63, -0.66, 0.85};

/* The boundary model's cost of a boundary before each unit i, 1 <= i < u,
 * in bound[i] (sections.h, enum precis_gap_feature). The units' content
 * terms are terms[at[k] .. at[k+1]); w: 3 * (n_terms + 1) counters; coh:
 * u doubles. */
static void gap_bounds(const precis_sections_doc *d, const precis_sections_params *params,
                       const uint32_t *terms, const size_t *at, size_t u, size_t per,
                       const size_t *pwords, uint32_t *w, double *coh, double *bound) {
    const double *gw = params->gap_weights ? params->gap_weights : precis_sections_gap_default;
    uint32_t *first = w, *ca = w + d->n_terms + 1, *cb = ca + d->n_terms + 1;
    int lexical = gw[GF_NEW] != 0 || gw[GF_COH] != 0 || gw[GF_DEPTH] != 0;
    double mean = 0;
    if (lexical) {
        memset(w, 0, 3 * (d->n_terms + 1) * sizeof *w);
        /* first[t]: 1 + the first unit holding term t */
        for (size_t k = 0; k < u; k++)
            for (size_t x = at[k]; x < at[k + 1]; x++)
                if (!first[terms[x]]) first[terms[x]] = (uint32_t)k + 1;
        for (size_t i = 1; i < u; i++) {
            size_t lo = at[i >= 2 ? i - 2 : 0], mid = at[i], hi = at[i + 2 <= u ? i + 2 : u];
            double na = 0, nb = 0, dot = 0;
            for (size_t x = mid; x < hi; x++)
                nb += 2.0 * cb[terms[x]]++ + 1;
            for (size_t x = lo; x < mid; x++) {
                na += 2.0 * ca[terms[x]]++ + 1;
                dot += cb[terms[x]];
            }
            coh[i] = na > 0 && nb > 0 ? dot / sqrt(na * nb) : 0;
            mean += coh[i];
            for (size_t x = lo; x < mid; x++)
                ca[terms[x]] = 0;
            for (size_t x = mid; x < hi; x++)
                cb[terms[x]] = 0;
        }
        mean /= (double)(u - 1);
    }
    for (size_t i = 1; i < u; i++) {
        double f[PRECIS_GAP_FEATURES] = {1};
        size_t a = precis_sections_shape_class(pwords[i * per - 1]);
        size_t b = precis_sections_shape_class(pwords[i * per]);
        size_t cue = precis_sections_cue_class(d->text, &d->paras[i * per - 1], &d->paras[i * per]);
        f[GF_SHAPE] = precis_sections_shape_default[a][b];
        f[GF_CUE] = precis_sections_cue_default[cue];
        if (lexical) {
            size_t mid = at[i], hi = at[i + 2 <= u ? i + 2 : u], fresh = 0;
            for (size_t x = mid; x < hi; x++)
                fresh += first[terms[x]] > i;
            f[GF_NEW] = hi > mid ? (double)fresh / (double)(hi - mid) : 0;
            f[GF_COH] = coh[i] - mean;
            /* depth: climb to the highest cosine on each side */
            double l = coh[i], r = coh[i];
            for (size_t k = i; k > 1 && coh[k - 1] >= l; k--)
                l = coh[k - 1];
            for (size_t k = i; k + 1 < u && coh[k + 1] >= r; k++)
                r = coh[k + 1];
            f[GF_DEPTH] = (l - coh[i]) + (r - coh[i]);
        }
        double z = 0;
        for (int k = 0; k < PRECIS_GAP_FEATURES; k++)
            z += gw[k] * f[k];
        bound[i] = -params->shape_weight * z;
    }
}

/* Cost table size for u units: cost(i, j), 0 <= i < j <= u, at i*(u+1)+j. */
#define COST(c, u, i, j) ((c)[(size_t)(i) * ((u) + 1) + (j)])

long precis_sections_split(const precis_sections_doc *d, const precis_sections_params *params,
                           precis_sections_scratch *s, precis_vec *out) {
    precis_sections_params defaults;
    if (!params) {
        precis_sections_params_default(&defaults);
        params = &defaults;
    }
    out->len = 0;
    size_t np = d->n_paras;
    unsigned hmax = params->max_sections;
    if (hmax > PRECIS_SECTIONS_LIMIT) hmax = PRECIS_SECTIONS_LIMIT;
    size_t min_len = params->min_len ? params->min_len : 1;
    /* a short text: one segment (no sections) competes with the splits */
    int weak = np < params->min_paras && params->min_paras_weak && np >= params->min_paras_weak;
    if ((np < params->min_paras && !weak) || np < 2 || hmax == 0) return 0;

    /* Units: paragraphs, or blocks of them for very long texts. */
    size_t per = (np + PRECIS_SECTIONS_MAX_UNITS - 1) / PRECIS_SECTIONS_MAX_UNITS;
    size_t u = (np + per - 1) / per;
    /* Content terms of each unit, back to back: unit k is
     * terms[at[k] .. at[k+1]). */
    s->u32a.len = 0;
    size_t kmax = hmax + (params->lead_max ? 1 : 0); /* segments at most */
    if (params->force_segments && params->force_segments > kmax) kmax = params->force_segments;
    if (kmax > u) kmax = u;
    size_t ndp = (kmax + 1) * (u + 1);
    if (precis_vec_reserve(&s->szv, u + 1 + ndp + np) != 0) return -1;
    size_t *at = s->szv.data;
    size_t *from = at + u + 1;   /* from[m][j]: start of the last segment */
    size_t *pwords = from + ndp; /* words of each paragraph */
    memset(pwords, 0, np * sizeof *pwords);
    size_t k = 0, words = 0;
    at[0] = 0;
    for (size_t i = 0; i < d->n_sents; i++) {
        const precis_sentence *st = &d->sents[i];
        size_t unit = st->para / per;
        if (unit >= u) break;
        while (k < unit)
            at[++k] = s->u32a.len;
        for (size_t t = st->tok_begin; t < st->tok_end; t++) {
            if (st->para < np)
                pwords[st->para] += (d->toks[t].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) != 0;
            if (!is_content(&d->toks[t]) || d->toks[t].term >= d->n_terms) continue;
            uint32_t *slot = precis_vec_push(&s->u32a);
            if (!slot) return -1;
            *slot = d->toks[t].term;
        }
    }
    while (k < u)
        at[++k] = s->u32a.len;
    const uint32_t *terms = s->u32a.data;
    words = s->u32a.len;
    if (words < params->min_words || words == 0) return 0;

    /* Per-term counts, the vocabulary size, and c*log(c+1) by count; the
     * gap features' arrays after cnt (gap_bounds). */
    if (precis_vec_reserve(&s->u32b, 4 * (d->n_terms + 1)) != 0) return -1;
    uint32_t *cnt = s->u32b.data;
    memset(cnt, 0, d->n_terms * sizeof *cnt);
    size_t vocab = 0, maxc = 0;
    for (size_t i = 0; i < words; i++) {
        vocab += cnt[terms[i]]++ == 0;
        if (cnt[terms[i]] > maxc) maxc = cnt[terms[i]];
    }
    size_t ncost = u * (u + 1);
    if (precis_vec_reserve(&s->f64a, ncost + maxc + 2 + 2 * u) != 0 ||
        precis_vec_reserve(&s->f64b, ndp) != 0)
        return -1;
    double *cost = s->f64a.data, *clog = cost + ncost;
    for (size_t c = 0; c <= maxc + 1; c++)
        clog[c] = params->marginal
                      ? lgamma((double)c + params->smoothing) - lgamma(params->smoothing)
                      : (double)c * log((double)c + params->smoothing);
    /* bound[i]: the boundary model's cost of a boundary before unit i */
    double *bound = clog + maxc + 2;
    gap_bounds(d, params, terms, at, u, per, pwords, cnt + d->n_terms + 1, bound + u, bound);
    /* cost(i, j) = n log(n + V) - sum_w c_w log(c_w + 1): minus the log
     * likelihood of the words of units [i, j) under their own smoothed
     * unigram model. */
    memset(cnt, 0, d->n_terms * sizeof *cnt);
    for (size_t i = 0; i < u; i++) {
        double sum = 0;
        size_t n = 0;
        for (size_t j = i + 1; j <= u; j++) {
            for (size_t w = at[j - 1]; w < at[j]; w++) {
                uint32_t c = cnt[terms[w]]++;
                sum += clog[c + 1] - clog[c];
                n++;
            }
            double av = params->smoothing * (double)vocab;
            COST(cost, u, i, j) = params->marginal ? lgamma((double)n + av) - lgamma(av) - sum
                                                   : (double)n * log((double)n + av) - sum;
        }
        for (size_t w = at[i]; w < at[u]; w++)
            cnt[terms[w]] = 0;
    }

    /* best[m][j]: least cost of units [0, j) in m segments; from[m][j]: the
     * start of the last one. The first segment may be as short as one unit
     * (it may be the lead-in); the others have min_len paragraphs. */
    size_t min_units = (min_len + per - 1) / per;
    double *best = s->f64b.data;
    const double inf = HUGE_VAL;
    for (size_t i = 0; i < ndp; i++)
        best[i] = inf, from[i] = 0;
    for (size_t j = 1; j <= u; j++)
        best[1 * (u + 1) + j] = COST(cost, u, 0, j);
    for (size_t m = 2; m <= kmax; m++)
        for (size_t j = m; j <= u; j++) {
            double b = inf;
            size_t arg = 0;
            for (size_t i = m - 1; i + min_units <= j; i++) {
                double prev = best[(m - 1) * (u + 1) + i];
                if (prev == inf) continue;
                double c = prev + COST(cost, u, i, j) + bound[i];
                if (c < b) b = c, arg = i;
            }
            best[m * (u + 1) + j] = b;
            from[m * (u + 1) + j] = arg;
        }

    /* The number of segments: Utiyama and Isahara's prior costs log(n) per
     * segment, scaled by params->penalty. A first segment of at most
     * lead_max paragraphs is the lead-in and does not count as headed. */
    double pen = params->penalty * log((double)words);
    size_t best_m = 0;
    double best_c = inf;
    for (size_t m = 1; m <= kmax; m++) {
        double c = best[m * (u + 1) + u];
        if (c == inf) continue;
        size_t first_end = u;
        for (size_t mm = m, j = u; mm > 1; mm--) {
            j = from[mm * (u + 1) + j];
            first_end = j;
        }
        int lead = m > 1 && first_end * per <= params->lead_max;
        size_t headed = m - (size_t)lead;
        if (params->trace && m <= PRECIS_SECTIONS_LIMIT + 1) {
            params->trace[m] = c;
            params->trace[PRECIS_SECTIONS_LIMIT + 2 + m] = lead;
        }
        if (params->force_segments && m != params->force_segments) continue;
        if (!params->force_segments &&
            ((headed < params->min_sections && !(weak && m == 1)) || headed > hmax))
            continue;
        /* the first segment of a split without lead-in has min_len too */
        if (!lead && m > 1 && first_end < min_units) continue;
        c += pen * (double)m;
        if (params->count_weight > 0) {
            /* minus the log Poisson probability of m segments, with a mean
             * of one per count_paras paragraphs */
            double mu = (double)np / params->count_paras;
            c += params->count_weight * (mu - (double)m * log(mu) + lgamma((double)m + 1));
        }
        if (c < best_c) best_c = c, best_m = m;
    }
    if (!best_m || (weak && best_m == 1 && !params->force_segments)) return 0;

    if (precis_vec_reserve(out, best_m) != 0) return -1;
    out->len = best_m;
    precis_sect *sec = out->data;
    for (size_t m = best_m, j = u; m >= 1; m--) {
        size_t i = m > 1 ? from[m * (u + 1) + j] : 0;
        sec[m - 1] = (precis_sect){0};
        sec[m - 1].first = i * per;
        sec[m - 1].last = (j * per < np ? j * per : np) - 1;
        j = i;
    }
    sec[0].lead = best_m > 1 && sec[0].last + 1 <= params->lead_max;
    return (long)best_m;
}

/* ------------------------------------------------------------- headings */

static int is_word_cp(uint32_t cp);

/* Whether the bytes between two tokens keep them in one phrase: spaces,
 * a hyphen, or nothing (an elision, "l'" + "Ukraine"). */
static int joinable(const char *text, size_t a, size_t b) {
    int spaces = 0;
    for (size_t i = a; i < b;) {
        uint32_t cp;
        size_t k = precis_utf8_next((const unsigned char *)text + i, b - i, &cp);
        if (precis_is_space(cp))
            spaces++;
        else if (!(cp == '-' && b - a == 1) && cp != 0x2011)
            return 0;
        i += k;
    }
    return spaces <= 2;
}

static size_t count_chars(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Folded text of a token in s->buf. */
static int fold_tok(const precis_sections_doc *d, const precis_token *t,
                    precis_sections_scratch *s) {
    precis_buf_clear(&s->buf);
    return precis_fold(d->text + t->off, t->len, &s->buf);
}

/* Rendered, folded heading of a span, for comparisons (in out). */
static int folded_render(const char *text, const precis_piece *p, const char *lang, precis_buf *tmp,
                         precis_buf *out) {
    precis_buf_clear(tmp);
    precis_buf_clear(out);
    if (precis_heading_render(text, p, 1, lang, tmp) != 0) return -1;
    return precis_fold(tmp->data ? tmp->data : "", tmp->len, out);
}

typedef struct cand {
    size_t off, len;
    double score;
} cand;

/* The heading model's weights, fitted by logistic regression on half a of
 * the pages with subheadings (`sections-eval fit`, docs/quality.md,
 * "Sections"), in the order of enum hfeat. */
static const double heading_weights_default[PRECIS_HEADING_FEATURES] = {
    -2.77, -0.36, 0.54, -1.50, 0.68, 1.85,  -2.71, 1.41, 1.04,
    -0.59, -0.67, 0.38, -0.24, 0.72, -0.08, 0.98,  0.84, 0.4,
};

/* Nine more features of a word token for the products below (in this order,
 * after the 17 of enum precis_heading_feature but the bias): the last content
 * word of its run of content words (a head noun, roughly), log of the run's
 * length, its term in the text's first paragraph, a capital inside a German
 * sentence (any word), a capital inside its run, a content word after a word
 * that is not one; then of a content word: log of the number of sections
 * over those holding its term (idf over sections), in a bigram of terms seen
 * twice in its section, before a word of data/<lang>/heading-complements.txt
 * ("of", "de": the head of a phrase with a complement). */
#define HCROSS_EXTRA 9
#define HCROSS_N (PRECIS_HEADING_FEATURES - 1 + HCROSS_EXTRA)
#define HCROSS_WEIGHTS (1 + HCROSS_N * (HCROSS_N + 1) / 2)

/* The weights of the products of those 26 features (i <= j, row by row,
 * after a bias), added to the heading model's score: fitted beside it on
 * half a by `tools/heading-crosses.py --weights` (docs/quality.md,
 * "Headings: feature crosses (branch head2)", "Headings: section features
 * (branch head3)"). */
static const double heading_cross_default[HCROSS_WEIGHTS] = {
    0.1894,    -0.2655,   0.07817,  0.01928,    0.3524,    -0.06622,  -0.1125,   0.05505,
    0.002162,  -0.1276,   0.3703,   -0.01716,   -0.0419,   -0.0419,   -0.0253,   -0.04801,
    -0.03401,  0,         -0.1474,  -0.04284,   0.1115,    -0.03308,  -0.02435,  -0.09227,
    -0.2894,   0.08367,   -0.0226,  -0.1887,    0.01757,   -0.04079,  -0.028,    0.09209,
    -0.08333,  -0.046,    0.01987,  -0.0369,    0.04966,   0,         0,         0.01243,
    -0.05325,  0.1031,    0.125,    0.05527,    0.05293,   0.05727,   -0.04144,  0.07817,
    0.09767,   0.3205,    0.03082,  0.01175,    -0.1495,   0.03277,   0.01838,   0.01466,
    0.02563,   0.01886,   0.005721, 0.03714,    0.1365,    -0.057,    -0.001157, 0.002077,
    0.01137,   0.02193,   0,        0.007375,   0.006025,  -0.005722, 0.02043,   0.01521,
    0.01177,   0.0223,    0.005613, -2.227e-05, -0.2332,   0.1757,    -0.03442,  -0.1903,
    0.1701,    0.2084,    0.07784,  0.1855,     0.03016,   0.03016,   0.0172,    -0.1356,
    0.2985,    0,         0.06589,  0.05492,    -0.2722,   -0.07023,  -0.07466,  0.1566,
    0.2018,    -0.0181,   -0.03597, -0.06603,   0.02777,   -0.133,    -0.06516,  0.01189,
    0.0777,    -0.1333,   0.05608,  0.05608,    -0.1424,   -0.1644,   -0.06458,  0,
    -0.07527,  0.01971,   -0.2013,  -0.2997,    -0.1088,   -0.08975,  0.04352,   -0.00779,
    -0.001708, -0.02547,  -0.135,   0.1042,     0.1476,    -0.0365,   0.09787,   0.001358,
    0.001358,  0.03289,   -0.1352,  0.08224,    0,         0.03621,   -0.07163,  -0.1025,
    0.03487,   -0.0292,   0.06587,  0.1687,     -0.09145,  0.022,     0.05505,   -0.1457,
    -0.02023,  0.2,       -0.1292,  0.04312,    0.04312,   -0.0337,   -0.002119, -0.294,
    0,         0.006246,  0.09155,  0.0543,     0.251,     -0.1125,   -0.03753,  -0.02535,
    -0.03779,  -0.01914,  0.002162, 0.02339,    -0.06628,  -0.1042,   0.08481,   0.08481,
    -0.0253,   -0.2542,   -0.1954,  0,          -0.001623, -0.1157,   -0.1951,   0.1032,
    -0.07281,  -0.01138,  0.1341,   0.1672,     0.04686,   -0.1276,   0.04998,   0.1186,
    -0.05114,  -0.05114,  0.02339,  -0.02432,   -0.06969,  0,         0.05813,   0.01679,
    0.07818,   0.07519,   -0.04587, -0.01993,   -0.007978, 0.09648,   0.01651,   -0.1605,
    0.1316,    -0.0205,   -0.0205,  -0.004856,  0.09024,   0.07727,   0,         0.01955,
    -0.007927, 0.2059,    0.1447,   0.01688,    0.04616,   -0.1954,   -0.02318,  -0.06328,
    -0.1612,   0.04516,   0.07037,  -0.0253,    -0.06609,  -0.1143,   0.8897,    0.0572,
    0.09377,   0.00477,   0.131,    -0.04627,   -0.04818,  -0.0744,   -0.1324,   0.002952,
    -0.05907,  -0.0419,   0.04438,  -0.05796,   0.008815,  0.323,     -0.08057,  0.03149,
    0.02962,   0,         0.0397,   0,          0.05872,   0.112,     -0.02479,  -0.0419,
    0.04438,   -0.05796,  0.008815, 0,          -0.08057,  0.03149,   0.02962,   0,
    0.0397,    0,         0.05872,  0.112,      -0.02479,  -0.0253,   -0.04815,  -0.09581,
    0,         -0.001097, 0.09788,  0.02033,    0.05571,   -0.06317,  -0.03743,  -0.03488,
    -0.06453,  0.02411,   0.005212, -0.1156,    0,         0.03717,   -0.1227,   0.1104,
    -0.06126,  -0.1159,   0.01528,  -0.1078,    0.08599,   -0.003145, -0.2009,   0,
    0.06591,   -0.006569, -0.05193, -0.06168,   -0.01658,  -0.1435,   0.09729,   0.08563,
    0.01465,   -0.1974,   0,        0,          0,         0.01123,   0,         0,
    0,         0,         0,        -0.1474,    0.07122,   0.07823,   -0.0748,   0.01616,
    0.02096,   -0.09928,  -0.1054,  -0.0226,    -0.1739,   0.1605,    0.162,     -0.05037,
    0.006841,  0.1682,    0.0853,   0.006888,   0.1115,    -0.04402,  0.08037,   -0.09036,
    -0.03655,  -0.06267,  0.01947,  -0.04144,   -0.03308,  0.04708,   -0.2425,   -0.1868,
    0.02494,   -0.02435,  -0.03467, 0.09496,    0.05708,   0.02224,   -0.09227,  -0.1326,
    -0.06055,  -0.006712, -0.03672, 0.1551,     0.0252,    0.08367,   -0.05889,  -0.0226,
};

/* The products' part of the score of a token: f its 18 features, e its nine. */
static double cross_score(const double *f, const double *e) {
    double z[HCROSS_N];
    int idx[HCROSS_N], nz = 0;
    for (int k = 0; k < HCROSS_N; k++) {
        double v =
            k < PRECIS_HEADING_FEATURES - 1 ? f[k + 1] : e[k - (PRECIS_HEADING_FEATURES - 1)];
        if (v != 0) idx[nz] = k, z[nz++] = v;
    }
    double sum = heading_cross_default[0];
    for (int a = 0; a < nz; a++) {
        int i = idx[a];
        const double *row = heading_cross_default + 1 + i * HCROSS_N - i * (i - 1) / 2 - i;
        for (int b = a; b < nz; b++)
            sum += row[idx[b]] * z[a] * z[b];
    }
    return sum;
}

/* Whether the folded word w occurs as a whole word in the folded title. */
static int in_title(const precis_buf *title, const char *w, size_t n) {
    if (!n || !title->len) return 0;
    const char *t = title->data;
    for (size_t i = 0; i + n <= title->len; i++) {
        if (t[i] != w[0] || memcmp(t + i, w, n) != 0) continue;
        uint32_t cp;
        int left = 1, right = 1;
        if (i > 0) {
            size_t j = i - 1;
            while (j > 0 && ((unsigned char)t[j] & 0xC0) == 0x80)
                j--;
            precis_utf8_next((const unsigned char *)t + j, i - j, &cp);
            left = !is_word_cp(cp);
        }
        if (i + n < title->len) {
            precis_utf8_next((const unsigned char *)t + i + n, title->len - i - n, &cp);
            right = !is_word_cp(cp);
        }
        if (left && right) return 1;
    }
    return 0;
}

/* Per-section term statistics for the features: count in the section
 * (cnt), whether the term is in its first sentence (first), and whether it
 * was seen already while walking the section (seen). */
typedef struct sect_stats {
    double *cnt;
    double *spara;   /* paragraphs of the section holding the term */
    uint32_t *mark;  /* bit 1: in the first sentence; bit 2: seen */
    uint32_t *plast; /* 1 + the last paragraph counted in spara */
    double top;      /* largest salience in the section */
    size_t paras;    /* paragraphs of the section */
} sect_stats;

static double salience(double c, uint32_t total, uint32_t df, size_t paras) {
    return c * (c / total) * log(1.0 + (double)paras / (double)df);
}

/* The language's stop words by how often authors' headings hold them
 * (HF_STOP_ODDS); any list may be NULL. memo: per term, 1 + the class of
 * the term's first token looked up (0: not yet). */
typedef struct stop_odds {
    const precis_wordlist *more, *less, *least;
    uint32_t *memo;
    const char *lang;
    int ready; /* the lists are looked up on first use */
} stop_odds;

static void stop_odds_init(stop_odds *so, const char *lang) {
    so->ready = 1;
    so->more = lang ? precis_wordlist_get(lang, "heading_stopwords_more") : NULL;
    so->less = lang ? precis_wordlist_get(lang, "heading_stopwords_less") : NULL;
    so->least = lang ? precis_wordlist_get(lang, "heading_stopwords_least") : NULL;
}

static double stop_odds_of(stop_odds *so, const char *w, size_t n) {
    char key[64];
    if (!so->ready) stop_odds_init(so, so->lang);
    size_t k = precis_fold_to(w, n, key, sizeof key);
    if (!k) return 0;
    if (so->more && precis_wordlist_has(so->more, key, k)) return 1;
    if (so->less && precis_wordlist_has(so->less, key, k)) return -1;
    if (so->least && precis_wordlist_has(so->least, key, k)) return -2;
    return 0;
}

/* Features of token t (sentence i of a section starting at s_begin); marks
 * the term as seen. */
static int token_features(const precis_sections_doc *d, size_t s_begin, size_t i, size_t t,
                          const uint32_t *total, const uint32_t *df, size_t paras, sect_stats *ss,
                          const precis_buf *title, stop_odds *so, precis_sections_scratch *s,
                          double *f) {
    const precis_token *tk = &d->toks[t];
    const precis_sentence *st = &d->sents[i];
    memset(f, 0, PRECIS_HEADING_FEATURES * sizeof *f);
    int content = is_content(tk) && tk->term < d->n_terms;
    size_t si = i - s_begin;
    f[HF_BIAS] = 1;
    f[HF_CAP] = (tk->flags & PRECIS_TOK_CAP) && t > st->tok_begin;
    f[HF_NUM] = (tk->flags & PRECIS_TOK_NUM) != 0;
    f[HF_SENT] = 1.0 / (double)(1 + si);
    f[HF_OPENS] = t == st->tok_begin;
    if ((tk->flags & PRECIS_TOK_WORD) && (tk->flags & PRECIS_TOK_STOP)) {
        if (tk->term >= d->n_terms)
            f[HF_STOP_ODDS] = stop_odds_of(so, d->text + tk->off, tk->len);
        else {
            if (!so->memo[tk->term])
                so->memo[tk->term] = (uint32_t)(3 + stop_odds_of(so, d->text + tk->off, tk->len));
            f[HF_STOP_ODDS] = (double)so->memo[tk->term] - 3;
        }
    }
    if (!content) return 0;
    uint32_t term = tk->term;
    double c = ss->cnt[term];
    f[HF_CONTENT] = 1;
    f[HF_COUNT] = log(1 + c);
    f[HF_SALIENCE] = salience(c, total[term], df[term], paras) / ss->top;
    f[HF_SHARE] = c / total[term];
    if (title->len) {
        if (fold_tok(d, tk, s) != 0) return -1;
        f[HF_TITLE] = in_title(title, s->buf.data, s->buf.len);
    }
    f[HF_IN_FIRST] = (ss->mark[term] & 1) != 0;
    f[HF_FIRST_SEEN] = !(ss->mark[term] & 2);
    ss->mark[term] |= 2;
    f[HF_TOTAL] = log(1.0 + total[term]);
    f[HF_OPENS_CONTENT] = f[HF_OPENS];
    f[HF_FIRST_SENT_CONTENT] = si == 0;
    f[HF_DOC_SPREAD] = (double)df[term] / (double)paras;
    f[HF_SEC_SPREAD] = ss->paras ? ss->spara[term] / (double)ss->paras : 0;
    return 0;
}

/* Walks a section's tokens in order, calling fn with each word token's
 * features (ctx: fn's). Shared by the headings and the fitting tool. */
typedef int (*feat_fn)(void *ctx, size_t sent, size_t tok, const double *f);

typedef struct heading_pass {
    const precis_sections_doc *d;
    const uint32_t *total, *df;
    size_t paras;
    sect_stats ss;
    precis_buf title;
    stop_odds so;
    uint32_t *p0;            /* per term: in the text's first paragraph */
    uint32_t *nsec;          /* per term: sections holding it (headings only) */
    size_t nsecs;            /* sections */
    const uint64_t *bigrams; /* the section's bigrams of terms (hash) */
    unsigned bigram_shift;
    size_t bigram_mask;
    double *idf;                  /* log(nsecs / k) for k = 1 .. nsecs */
    const precis_wordlist *comps; /* heading-complements */
    uint32_t *comp;               /* per term: 1 + whether in comps (0: not yet) */
} heading_pass;

/* A hash of 64-bit keys. */
static size_t hash_u64(uint64_t k, unsigned shift) {
    return (size_t)((k * 0x9E3779B97F4A7C15u) >> shift);
}

#define BIGRAM_TWICE ((uint64_t)1 << 63)

/* The key of a bigram of terms (terms past the vocabulary count as one),
 * never 0 and under BIGRAM_TWICE (n_terms < 2^31). */
static uint64_t bigram_key(const precis_sections_doc *d, uint32_t a, uint32_t b) {
    uint64_t n = (uint64_t)d->n_terms + 1;
    return (a < d->n_terms ? a : d->n_terms) * n + (b < d->n_terms ? b : d->n_terms) + 1;
}

/* The bigrams (term, next term) of adjacent tokens of a sentence of
 * sentences [s_begin, s_end), those with a content word, in an open hash
 * table in s->u64: each key once, with BIGRAM_TWICE set when seen again. */
static int section_bigrams(heading_pass *h, size_t s_begin, size_t s_end,
                           precis_sections_scratch *s) {
    const precis_sections_doc *d = h->d;
    size_t n = 0;
    for (size_t i = s_begin; i < s_end; i++)
        for (size_t t = d->sents[i].tok_begin; t + 1 < d->sents[i].tok_end; t++)
            n += is_content(&d->toks[t]) || is_content(&d->toks[t + 1]);
    unsigned bits = 4;
    while (((size_t)1 << bits) < n + n / 2)
        bits++;
    size_t cap = (size_t)1 << bits;
    if (precis_vec_reserve(&s->u64, cap) != 0) return -1;
    uint64_t *tab = s->u64.data;
    memset(tab, 0, cap * sizeof *tab);
    h->bigrams = tab;
    h->bigram_shift = 64 - bits;
    h->bigram_mask = cap - 1;
    for (size_t i = s_begin; i < s_end; i++)
        for (size_t t = d->sents[i].tok_begin; t + 1 < d->sents[i].tok_end; t++) {
            if (!is_content(&d->toks[t]) && !is_content(&d->toks[t + 1])) continue;
            uint64_t key = bigram_key(d, d->toks[t].term, d->toks[t + 1].term);
            size_t j = hash_u64(key, h->bigram_shift);
            while (tab[j] && (tab[j] & ~BIGRAM_TWICE) != key)
                j = (j + 1) & h->bigram_mask;
            tab[j] = tab[j] ? key | BIGRAM_TWICE : key;
        }
    return 0;
}

/* Whether the bigram (a, b) occurs twice or more in the section (one of a
 * and b a content word). */
static int bigram_repeated(const heading_pass *h, uint32_t a, uint32_t b) {
    uint64_t key = bigram_key(h->d, a, b);
    size_t j = hash_u64(key, h->bigram_shift);
    while (h->bigrams[j] && (h->bigrams[j] & ~BIGRAM_TWICE) != key)
        j = (j + 1) & h->bigram_mask;
    return h->bigrams[j] == (key | BIGRAM_TWICE);
}

/* Counts and marks of the section's terms; 0 when no content term. */
static int section_stats(heading_pass *h, size_t s_begin, size_t s_end) {
    const precis_sections_doc *d = h->d;
    size_t nt = d->n_terms;
    for (size_t i = s_begin; i < s_end; i++)
        for (size_t t = d->sents[i].tok_begin; t < d->sents[i].tok_end; t++)
            if (d->toks[t].term < nt) {
                uint32_t term = d->toks[t].term;
                h->ss.cnt[term] = 0, h->ss.spara[term] = 0;
                h->ss.mark[term] = 0, h->ss.plast[term] = 0;
            }
    h->ss.top = 0;
    h->ss.paras = 0;
    for (size_t i = s_begin; i < s_end; i++) {
        size_t para = d->sents[i].para;
        if (i == s_begin || d->sents[i - 1].para != para) h->ss.paras++;
        for (size_t t = d->sents[i].tok_begin; t < d->sents[i].tok_end; t++) {
            const precis_token *tk = &d->toks[t];
            if (!is_content(tk) || tk->term >= nt) continue;
            h->ss.cnt[tk->term] += 1;
            if (h->ss.plast[tk->term] != para + 1)
                h->ss.spara[tk->term] += 1, h->ss.plast[tk->term] = (uint32_t)para + 1;
            if (i == s_begin) h->ss.mark[tk->term] |= 1;
        }
    }
    for (size_t i = s_begin; i < s_end; i++)
        for (size_t t = d->sents[i].tok_begin; t < d->sents[i].tok_end; t++) {
            const precis_token *tk = &d->toks[t];
            if (!is_content(tk) || tk->term >= nt) continue;
            double v = salience(h->ss.cnt[tk->term], h->total[tk->term], h->df[tk->term], h->paras);
            if (v > h->ss.top) h->ss.top = v;
        }
    return h->ss.top > 0;
}

/* Document-wide counts (s->u32b, s->f64a) and the folded title. */
static int heading_pass_init(heading_pass *h, const precis_sections_doc *d,
                             precis_sections_scratch *s) {
    size_t nt = d->n_terms;
    memset(h, 0, sizeof *h);
    h->d = d;
    h->so.lang = d->lang;
    precis_buf_init(&h->title, s->buf.alc);
    if (precis_vec_reserve(&s->u32b, 9 * nt + 1) != 0 ||
        precis_vec_reserve(&s->f64a, 2 * nt + 1) != 0)
        return -1;
    uint32_t *total = s->u32b.data, *df = total + nt, *last = df + nt;
    memset(total, 0, 3 * nt * sizeof *total);
    for (size_t i = 0; i < d->n_sents; i++) {
        const precis_sentence *st = &d->sents[i];
        for (size_t t = st->tok_begin; t < st->tok_end; t++) {
            const precis_token *tk = &d->toks[t];
            if (!is_content(tk) || tk->term >= nt) continue;
            total[tk->term]++;
            if (last[tk->term] != st->para + 1)
                df[tk->term]++, last[tk->term] = (uint32_t)st->para + 1;
        }
        if (i + 1 == d->n_sents || d->sents[i + 1].para != st->para) h->paras++;
    }
    h->total = total;
    h->df = df;
    h->ss.cnt = s->f64a.data;
    h->ss.spara = h->ss.cnt + nt;
    h->ss.mark = last; /* the paragraph marks are no longer needed */
    h->ss.plast = last + nt;
    h->so.memo = last + 2 * nt;
    memset(h->so.memo, 0, nt * sizeof *h->so.memo);
    h->p0 = h->so.memo + nt;
    memset(h->p0, 0, nt * sizeof *h->p0);
    for (size_t i = 0; i < d->n_sents && d->sents[i].para == 0; i++)
        for (size_t t = d->sents[i].tok_begin; t < d->sents[i].tok_end; t++)
            if (is_content(&d->toks[t]) && d->toks[t].term < nt) h->p0[d->toks[t].term] = 1;
    h->nsec = h->p0 + nt;
    h->comp = h->nsec + 2 * nt;
    memset(h->comp, 0, nt * sizeof *h->comp);
    if (d->title && d->title_len && precis_fold(d->title, d->title_len, &h->title) != 0) return -1;
    return 0;
}

static void section_sents(const precis_sections_doc *d, const precis_sect *sec, size_t *cursor,
                          size_t *s_begin, size_t *s_end);

/* The number of sections holding each term (h->nsec), and the idf over
 * sections of each count (h->idf, after the section counts in s->f64a). */
static int section_spread(heading_pass *h, const precis_sect *secs, size_t n,
                          precis_sections_scratch *s) {
    const precis_sections_doc *d = h->d;
    size_t nt = d->n_terms, cursor = 0;
    if (precis_vec_reserve(&s->f64a, 2 * nt + n + 1) != 0) return -1;
    h->ss.cnt = s->f64a.data; /* it may have moved */
    h->ss.spara = h->ss.cnt + nt;
    h->idf = h->ss.cnt + 2 * nt;
    for (size_t k = 1; k <= n; k++)
        h->idf[k] = log((double)n / (double)k);
    h->idf[0] = h->idf[1];
    uint32_t *last = h->nsec + nt;
    memset(h->nsec, 0, 2 * nt * sizeof *h->nsec);
    h->nsecs = n;
    for (size_t si = 0; si < n; si++) {
        size_t b, e;
        section_sents(d, &secs[si], &cursor, &b, &e);
        for (size_t i = b; i < e; i++)
            for (size_t t = d->sents[i].tok_begin; t < d->sents[i].tok_end; t++) {
                const precis_token *tk = &d->toks[t];
                if (!is_content(tk) || tk->term >= nt || last[tk->term] == si + 1) continue;
                last[tk->term] = (uint32_t)si + 1;
                h->nsec[tk->term]++;
            }
    }
    return 0;
}

/* The nine features of the products for token t of sentence i. */
static void cross_extra(const precis_sections_doc *d, const heading_pass *h, size_t i, size_t t,
                        double *e) {
    const precis_sentence *st = &d->sents[i];
    const precis_token *tk = &d->toks[t];
    memset(e, 0, HCROSS_EXTRA * sizeof *e);
    e[3] = d->lang && !strcmp(d->lang, "de") && (tk->flags & PRECIS_TOK_CAP) && t > st->tok_begin;
    if (!is_content(tk)) return;
    size_t a = t, b = t;
    while (a > st->tok_begin && is_content(&d->toks[a - 1]) &&
           joinable(d->text, d->toks[a - 1].off + d->toks[a - 1].len, d->toks[a].off))
        a--;
    while (b + 1 < st->tok_end && is_content(&d->toks[b + 1]) &&
           joinable(d->text, d->toks[b].off + d->toks[b].len, d->toks[b + 1].off))
        b++;
    e[0] = b == t;
    e[1] = log((double)(b - a + 1));
    e[2] = tk->term < d->n_terms && h->p0[tk->term];
    for (size_t c = a; c <= b && !e[4]; c++)
        e[4] = (d->toks[c].flags & PRECIS_TOK_CAP) && c > st->tok_begin;
    e[5] = t > st->tok_begin && !is_content(&d->toks[t - 1]);
    if (tk->term < d->n_terms) e[6] = h->idf[h->nsec[tk->term]];
    e[7] = (t + 1 < st->tok_end && bigram_repeated(h, tk->term, d->toks[t + 1].term)) ||
           (t > st->tok_begin && bigram_repeated(h, d->toks[t - 1].term, tk->term));
    /* the complements are stop words (data/<lang>/heading-complements.txt) */
    const precis_token *nx = &d->toks[t + 1];
    if (h->comps && t + 1 < st->tok_end && (nx->flags & PRECIS_TOK_STOP)) {
        uint32_t *memo = nx->term < d->n_terms ? &h->comp[nx->term] : NULL;
        if (!memo || !*memo) {
            char key[64];
            size_t k = precis_fold_to(d->text + nx->off, nx->len, key, sizeof key);
            uint32_t v = 1 + (k && precis_wordlist_has(h->comps, key, k));
            if (!memo) {
                e[8] = v == 2;
                return;
            }
            *memo = v;
        }
        e[8] = *memo == 2;
    }
}

/* Sentences [*s_begin, *s_end) of a section, walking on from *cursor. */
static void section_sents(const precis_sections_doc *d, const precis_sect *sec, size_t *cursor,
                          size_t *s_begin, size_t *s_end) {
    size_t sent = *cursor;
    while (sent < d->n_sents && d->sents[sent].para < sec->first)
        sent++;
    *s_begin = sent;
    while (sent < d->n_sents && d->sents[sent].para <= sec->last)
        sent++;
    *s_end = sent;
    *cursor = sent;
}

int precis_sections_features(const precis_sections_doc *d, const precis_sect *secs, size_t n,
                             precis_sections_scratch *s,
                             int (*fn)(void *ctx, size_t sec, size_t tok, const double *f),
                             void *ctx) {
    heading_pass h;
    int rc = heading_pass_init(&h, d, s);
    size_t cursor = 0;
    double f[PRECIS_HEADING_FEATURES];
    for (size_t si = 0; si < n && rc == 0; si++) {
        size_t b, e;
        section_sents(d, &secs[si], &cursor, &b, &e);
        if (secs[si].lead || !section_stats(&h, b, e)) continue;
        for (size_t i = b; i < e && rc == 0; i++)
            for (size_t t = d->sents[i].tok_begin; t < d->sents[i].tok_end && rc == 0; t++) {
                if (!(d->toks[t].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM))) continue;
                rc = token_features(d, b, i, t, h.total, h.df, h.paras, &h.ss, &h.title, &h.so, s,
                                    f);
                if (rc == 0) rc = fn(ctx, si, t, f);
            }
    }
    precis_buf_free(&h.title);
    return rc;
}

int precis_sections_headings(const precis_sections_doc *d, const precis_sections_params *params,
                             precis_sect *secs, size_t n, precis_sections_scratch *s,
                             precis_vec *pieces) {
    precis_sections_params defaults;
    if (!params) {
        precis_sections_params_default(&defaults);
        params = &defaults;
    }
    const double *wt = params->heading_weights ? params->heading_weights : heading_weights_default;
    const precis_wordlist *dets =
        d->lang ? precis_wordlist_get(d->lang, "compress_determiners") : NULL;
    const precis_wordlist *bound =
        d->lang ? precis_wordlist_get(d->lang, "heading_bound_after") : NULL;
    heading_pass h;
    precis_buf tmp, fold_a;
    precis_buf_init(&tmp, s->buf.alc);
    precis_buf_init(&fold_a, s->buf.alc);
    if (heading_pass_init(&h, d, s) != 0) goto oom;
    if (section_spread(&h, secs, n, s) != 0) goto oom;
    h.comps = d->lang ? precis_wordlist_get(d->lang, "heading_complements") : NULL;
    /* p of each token of a sentence: the probability that its word is in the
     * authors' heading, under the model */
    size_t cursor = 0;
    double f[PRECIS_HEADING_FEATURES];
    for (size_t si = 0; si < n; si++) {
        precis_sect *sec = &secs[si];
        sec->piece_off = pieces->len;
        sec->piece_count = 0;
        size_t s_begin, s_end;
        section_sents(d, sec, &cursor, &s_begin, &s_end);
        if (sec->lead || !section_stats(&h, s_begin, s_end)) continue;
        if (section_bigrams(&h, s_begin, s_end, s) != 0) goto oom;
        cand best[4];
        size_t nbest = 0;
        for (size_t i = s_begin; i < s_end; i++) {
            const precis_sentence *st = &d->sents[i];
            size_t nt = st->tok_end - st->tok_begin;
            if (precis_vec_reserve(&s->f64b, nt + 1) != 0) goto oom;
            double *p = s->f64b.data;
            for (size_t t = st->tok_begin; t < st->tok_end; t++) {
                p[t - st->tok_begin] = 0;
                if (!(d->toks[t].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM))) continue;
                if (token_features(d, s_begin, i, t, h.total, h.df, h.paras, &h.ss, &h.title, &h.so,
                                   s, f) != 0)
                    goto oom;
                double z = 0, e[HCROSS_EXTRA];
                for (int k = 0; k < PRECIS_HEADING_FEATURES; k++)
                    z += wt[k] * f[k];
                cross_extra(d, &h, i, t, e);
                z += cross_score(f, e);
                p[t - st->tok_begin] = 1.0 / (1.0 + exp(-z));
            }
            for (size_t a = st->tok_begin; a < st->tok_end; a++) {
                const precis_token *ta = &d->toks[a];
                if (!(ta->flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM))) continue;
                int opens = a == st->tok_begin ||
                            !joinable(d->text, d->toks[a - 1].off + d->toks[a - 1].len, ta->off);
                if (!is_content(ta)) {
                    if (!dets) continue;
                    if (fold_tok(d, ta, s) != 0) goto oom;
                    if (!precis_wordlist_has(dets, s->buf.data, s->buf.len)) continue;
                }
                /* Never inside a phrase: not after a content word, nor
                 * between a determiner and its noun. */
                if (!opens) {
                    const precis_token *tp = &d->toks[a - 1];
                    if (is_content(tp)) continue;
                    if (dets || bound) {
                        if (fold_tok(d, tp, s) != 0) goto oom;
                        if (dets && precis_wordlist_has(dets, s->buf.data, s->buf.len)) continue;
                        if (bound && precis_wordlist_has(bound, s->buf.data, s->buf.len)) continue;
                    }
                }
                /* Expected ROUGE-1 F1 against a heading of heading_len
                 * words: the summed p of the distinct terms over the words
                 * of both. */
                double sum = 0;
                size_t w = 0, chars = 0, counted = ta->off;
                for (size_t b = a; b < st->tok_end; b++) {
                    const precis_token *tb = &d->toks[b];
                    if (b > a &&
                        !joinable(d->text, d->toks[b - 1].off + d->toks[b - 1].len, tb->off))
                        break;
                    if (!(tb->flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM))) break;
                    w++;
                    if (w > PRECIS_HEADING_MAX_WORDS) break;
                    size_t len = tb->off + tb->len - ta->off;
                    /* the span's characters, counted on from the last word's end */
                    chars += count_chars(d->text + counted, tb->off + tb->len - counted);
                    counted = tb->off + tb->len;
                    if (chars > PRECIS_HEADING_MAX_CHARS) break;
                    /* a repeated word counts once, at its best */
                    double pb = p[b - st->tok_begin], prev = 0;
                    for (size_t c = a; c < b; c++)
                        if (d->toks[c].term == tb->term && p[c - st->tok_begin] > prev)
                            prev = p[c - st->tok_begin];
                    if (pb > prev) sum += pb - prev;
                    if (w < PRECIS_HEADING_MIN_WORDS || !is_content(tb)) continue;
                    double v = sum / ((double)w + params->heading_len);
                    /* keep the four best, for when the best repeats */
                    size_t pos = nbest;
                    while (pos > 0 && best[pos - 1].score < v)
                        pos--;
                    if (pos >= 4) continue;
                    if (nbest < 4) nbest++;
                    memmove(&best[pos + 1], &best[pos], (nbest - 1 - pos) * sizeof best[0]);
                    best[pos] = (cand){ta->off, len, v};
                }
            }
        }
        for (size_t c = 0; c < nbest; c++) {
            precis_piece pc = {best[c].off, best[c].len};
            if (folded_render(d->text, &pc, d->lang, &tmp, &fold_a) != 0) goto oom;
            int clash = h.title.len == fold_a.len && !memcmp(h.title.data, fold_a.data, fold_a.len);
            for (size_t o = 0; o < si && !clash; o++) {
                if (!secs[o].piece_count) continue;
                const precis_piece *q = PRECIS_VEC_AT(pieces, precis_piece, secs[o].piece_off);
                if (folded_render(d->text, q, d->lang, &tmp, &s->buf) != 0) goto oom;
                clash = s->buf.len == fold_a.len && !memcmp(s->buf.data, fold_a.data, fold_a.len);
            }
            if (clash) continue;
            precis_piece *slot = precis_vec_push(pieces);
            if (!slot) goto oom;
            *slot = pc;
            sec->piece_count = 1;
            break;
        }
    }
    precis_buf_free(&tmp);
    precis_buf_free(&fold_a);
    precis_buf_free(&h.title);
    return 0;
oom:
    precis_buf_free(&tmp);
    precis_buf_free(&fold_a);
    precis_buf_free(&h.title);
    return -1;
}

/* ------------------------------------------------------------ rendering */

/* Part of a word: a letter, a number or a mark of any script. */
/* The characters of a heading's words (enclosed alphanumerics count). */
#define HEADING_WORD (PRECIS_CH_LETTER | PRECIS_CH_NUMBER | PRECIS_CH_MARK | PRECIS_CH_ENCLOSE)

static int is_word_cp(uint32_t cp) {
    return (precis_char_class(cp) & HEADING_WORD) != 0;
}

int precis_heading_render(const char *text, const precis_piece *pieces, size_t n, const char *lang,
                          precis_buf *out) {
    size_t start = out->len;
    int pending = 0;
    for (size_t p = 0; p < n; p++) {
        const unsigned char *s = (const unsigned char *)text + pieces[p].off;
        size_t len = pieces[p].len;
        if (out->len > start) pending = 1;
        for (size_t i = 0; i < len;) {
            uint32_t cp;
            size_t k = precis_utf8_next(s + i, len - i, &cp);
            if (precis_is_space(cp)) {
                pending = out->len > start;
                i += k;
                continue;
            }
            if (pending && precis_buf_putc(out, ' ') != 0) return -1;
            pending = 0;
            if (precis_buf_append(out, (const char *)s + i, k) != 0) return -1;
            i += k;
        }
    }
    if (out->len == start) return 0;
    if (precis_capitalize_word(out, start, HEADING_WORD) != 0) return -1;
    if (!lang || strcmp(lang, "en") != 0) return 0;
    /* English headline case: every word but the short function words. */
    const precis_wordlist *stop = precis_wordlist_get("en", "stopwords");
    for (size_t i = start; i < out->len;) {
        uint32_t cp;
        size_t k = precis_utf8_next((const unsigned char *)out->data + i, out->len - i, &cp);
        if (!is_word_cp(cp)) {
            i += k;
            continue;
        }
        size_t e = i;
        while (e < out->len) {
            uint32_t c2;
            size_t k2 = precis_utf8_next((const unsigned char *)out->data + e, out->len - e, &c2);
            if (!is_word_cp(c2) && c2 != '\'') break;
            e += k2;
        }
        /* the stop list is lower case; headings keep the text's case */
        char low[24];
        size_t wl = e - i;
        int is_stop = 0;
        if (stop && wl < sizeof low) {
            for (size_t c = 0; c < wl; c++) {
                char ch = out->data[i + c];
                low[c] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
            }
            is_stop = precis_wordlist_has(stop, low, wl);
        }
        int prev_apos =
            i > start && (out->data[i - 1] == '\'' ||
                          (i >= start + 3 && !memcmp(out->data + i - 3, "\xE2\x80\x99", 3)));
        size_t before = out->len;
        if (i > start && !prev_apos && !is_stop &&
            precis_capitalize_word(out, i, HEADING_WORD) != 0)
            return -1;
        e += out->len - before; /* a capital may be longer than its small letter */
        i = e > i ? e : i + k;
    }
    return 0;
}
