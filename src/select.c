/*
 * select.c - choosing the key points as a set.
 *
 * Maximal marginal relevance (Carbonell & Goldstein 1998): each step takes
 * the sentence whose score, less its similarity to what is already chosen,
 * is highest, so two sentences saying the same thing do not both become key
 * points. Budgets are in sentences and optionally in words; a word budget
 * is a promise: only sentences that still fit are candidates, the first one
 * included (the pipeline may first have fitted a long sentence by deletions:
 * sent_words then counts the words it keeps), and
 * when none fits nothing is chosen (the pipeline then compresses or cuts
 * one, pipeline.c). Sentences are never cut here.
 *
 * With sections known (sections.h), a sentence whose section already holds
 * a chosen point loses section_penalty score spreads: among candidates
 * within that margin of the best, one from a section not yet covered wins,
 * so the points cover the story rather than its opening. Once every
 * section holds a point the penalty falls on all alike and changes nothing.
 */
#include "doc.h"

#include <float.h>

/* Above this cosine two sentences say the same thing: the second is taken
 * only when nothing else is left, whatever the scores (the MMR penalty alone
 * is relative to the scores' spread and can lose to a strong position
 * prior). */
#define DUPLICATE_COSINE 0.8

/* KNAPSACK EXPERIMENT (temporary): PRECIS_KNAP=c chooses, under a word
 * budget, the set of at most `points` of the KNAP_POOL best-scoring
 * sentences that fit which maximizes the summed scores (scaled to [0, 1]
 * by the spread) less MMR's and the sections' penalties and c per point. */
#include <stdlib.h>
#define KNAP_POOL 16
#define KNAP_MAX 4
static size_t knapsack(size_t n, const size_t *sent_words, const double *scores, unsigned points,
                       unsigned words, double redundancy, const uint32_t *section,
                       double section_penalty, precis_sim_fn sim, const void *ctx, double lo,
                       double spread, double cost, size_t *out) {
    size_t pool[KNAP_POOL], np = 0;
    for (size_t i = 0; i < n; i++) { /* best KNAP_POOL that fit, by score */
        if (sent_words[i] == 0 || sent_words[i] > words) continue;
        if (np == KNAP_POOL && scores[i] <= scores[pool[np - 1]]) continue;
        size_t j = np < KNAP_POOL ? np++ : KNAP_POOL - 1;
        while (j > 0 && scores[pool[j - 1]] < scores[i]) {
            pool[j] = pool[j - 1];
            j--;
        }
        pool[j] = i;
    }
    if (np == 0) return 0;
    double sm[KNAP_POOL][KNAP_POOL];
    for (size_t a = 0; a < np; a++)
        for (size_t b = a + 1; b < np; b++)
            sm[a][b] = sm[b][a] = sim(ctx, pool[a], pool[b]);
    unsigned kmax = points < KNAP_MAX ? points : KNAP_MAX;
    double best = -1e300;
    uint32_t best_m = 0;
    (void)0;
    int keep_best = getenv("PRECIS_KNAP_BEST") != NULL;
    for (uint32_t m = 1; m < (1u << np); m++) {
        if (keep_best && !(m & 1)) continue;
        unsigned size = 0;
        size_t w = 0;
        double v = 0;
        int ok = 1;
        for (size_t a = 0; a < np && ok; a++) {
            if (!(m >> a & 1)) continue;
            if (++size > kmax) ok = 0;
            w += sent_words[pool[a]];
            if (w > words) ok = 0;
            double ms = 0;
            int cov = 0;
            for (size_t b = 0; b < a; b++)
                if (m >> b & 1) {
                    if (sm[a][b] > ms) ms = sm[a][b];
                    if (section && section[pool[a]] == section[pool[b]]) cov = 1;
                }
            if (ms >= DUPLICATE_COSINE) ok = 0;
            double u = (scores[pool[a]] - lo) / spread - redundancy * ms - cost;
            const char *mode = getenv("PRECIS_KNAP_MODE");
            if (mode && *mode == '2')
                v += (double)sent_words[pool[a]] / words + cost * (u + cost);
            else
                v += mode ? u * (double)sent_words[pool[a]] / words : u;
            if (cov) v -= section_penalty;
        }
        if (ok && v > best) {
            best = v;
            best_m = m;
        }
    }
    size_t k = 0;
    for (size_t a = 0; a < np; a++)
        if (best_m >> a & 1) out[k++] = pool[a];
    return k;
}

size_t precis_select_sim(size_t n, const size_t *sent_words, const double *scores, unsigned points,
                         unsigned words, double redundancy, const uint32_t *section,
                         double section_penalty, precis_sim_fn sim, const void *ctx,
                         double *scratch, size_t *out) {
    if (n == 0 || points == 0) return 0;
    /* Scores are on the model's own scale; redundancy is measured in units
     * of their spread so one setting works for any weights. */
    double lo = DBL_MAX, hi = -DBL_MAX;
    for (size_t i = 0; i < n; i++) {
        if (scores[i] < lo) lo = scores[i];
        if (scores[i] > hi) hi = scores[i];
    }
    double spread = hi > lo ? hi - lo : 1.0;
    /* maxsim[i]: highest similarity of sentence i to a chosen one, kept up
     * to date as each is chosen (-1 once i is chosen itself), so a step
     * costs n similarities, not n times the points chosen so far. */
    double *maxsim = scratch;
    /* covered[i]: 1 once sentence i's section holds a chosen point. */
    double *covered = section && section_penalty > 0 ? scratch + n : NULL;
    for (size_t i = 0; i < n; i++)
        maxsim[i] = 0;
    if (covered)
        for (size_t i = 0; i < n; i++)
            covered[i] = 0;
    size_t k = 0, used_words = 0;
    while (k < points) {
        size_t best = (size_t)-1, dup = (size_t)-1;
        double best_val = -DBL_MAX, dup_val = -DBL_MAX;
        for (size_t i = 0; i < n; i++) {
            if (maxsim[i] < 0) continue;
            if (words && used_words + sent_words[i] > words) continue;
            if (sent_words[i] == 0 && k > 0) continue;
            double v = scores[i] - redundancy * spread * maxsim[i];
            if (covered) v -= section_penalty * spread * covered[i];
            if (maxsim[i] >= DUPLICATE_COSINE) {
                if (v > dup_val) {
                    dup_val = v;
                    dup = i;
                }
            } else if (v > best_val) {
                best_val = v;
                best = i;
            }
        }
        if (best == (size_t)-1) best = dup;
        if (best == (size_t)-1) break;
        out[k++] = best;
        maxsim[best] = -1;
        used_words += sent_words[best];
        if (words && used_words >= words) break;
        if (k == points) break;
        for (size_t i = 0; i < n; i++) {
            if (maxsim[i] < 0) continue;
            if (covered && section[i] == section[best]) covered[i] = 1;
            double s = sim(ctx, i, best);
            if (s > maxsim[i]) maxsim[i] = s;
        }
    }
    return k;
}

static double doc_cosine(const void *doc, size_t a, size_t b) {
    return precis_cosine(doc, a, b);
}

size_t precis_select(const precis_doc *doc, const double *scores, unsigned points, unsigned words,
                     double redundancy, double section_penalty, size_t *out) {
    const char *knap = getenv("PRECIS_KNAP");
    if (knap && words && !doc->extract_model && doc->n_sents && points) {
        double lo = DBL_MAX, hi = -DBL_MAX;
        for (size_t i = 0; i < doc->n_sents; i++) {
            if (scores[i] < lo) lo = scores[i];
            if (scores[i] > hi) hi = scores[i];
        }
        return knapsack(doc->n_sents, doc->words, scores, points, words, redundancy, doc->section,
                        doc->section ? section_penalty : 0, doc_cosine, doc, lo,
                        hi > lo ? hi - lo : 1.0, atof(knap), out);
    }
    return precis_select_sim(doc->n_sents, doc->words, scores, points, words, redundancy,
                             doc->section, section_penalty, doc_cosine, doc, doc->select_scratch,
                             out);
}
