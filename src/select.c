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
    return precis_select_sim(doc->n_sents, doc->words, scores, points, words, redundancy,
                             doc->section, section_penalty, doc_cosine, doc, doc->select_scratch,
                             out);
}
