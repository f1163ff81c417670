/*
 * systems.c - budgets and the baselines (lead, random, oracle), all over the
 * sentences precis segments, so every system picks from the same units.
 */
#include "eval.h"

#include "precis_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void ev_budget_resolve(const ev_budget *b, size_t n, size_t *k, size_t *w) {
    *w = 0;
    switch (b->kind) {
    case EV_POINTS:
        *k = b->n;
        break;
    case EV_WORDS:
        *k = n;
        *w = b->n;
        break;
    case EV_RATIO: {
        double r = floor(b->ratio * (double)n + 0.5);
        *k = r < 1 ? 1 : (size_t)r;
        break;
    }
    }
}

static int count_word(void *ctx, size_t off, size_t len, uint32_t flags) {
    (void)off;
    (void)len;
    if (flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) ++*(size_t *)ctx;
    return 0;
}

size_t ev_count_words(const char *text, size_t len) {
    size_t n = 0;
    precis_tokenize(text, 0, len, count_word, &n);
    return n;
}

int ev_cmp_size(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

size_t ev_take(const size_t *order, size_t n_order, const size_t *words, size_t k, size_t w,
               size_t *out) {
    size_t m = 0, used = 0;
    for (size_t i = 0; i < n_order && m < k; i++) {
        size_t s = order[i];
        if (w && m > 0 && used + words[s] > w) break;
        out[m++] = s;
        used += words[s];
    }
    qsort(out, m, sizeof *out, ev_cmp_size);
    return m;
}

size_t ev_lead(size_t n, const size_t *words, size_t k, size_t w, size_t *out) {
    size_t m = 0, used = 0;
    for (size_t i = 0; i < n && m < k; i++) {
        if (w && m > 0 && used + words[i] > w) break;
        out[m++] = i;
        used += words[i];
    }
    return m;
}

uint64_t ev_hash(const char *s) {
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* splitmix64 */
uint64_t ev_rand(uint64_t *state) {
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

size_t ev_random(size_t n, const size_t *words, size_t k, size_t w, uint64_t seed, size_t *scratch,
                 size_t *out) {
    for (size_t i = 0; i < n; i++)
        scratch[i] = i;
    for (size_t i = n; i > 1; i--) { /* Fisher-Yates */
        size_t j = (size_t)(ev_rand(&seed) % i);
        size_t t = scratch[i - 1];
        scratch[i - 1] = scratch[j];
        scratch[j] = t;
    }
    return ev_take(scratch, n, words, k, w, out);
}

double ev_gain(rouge_ctx *ctx, const rouge_seq *pred, const rouge_seq *refs, size_t nref) {
    double best1 = 0, best2 = 0;
    for (size_t r = 0; r < nref; r++) {
        double f1 = rouge_n_f1(ctx, pred, &refs[r], 1), f2 = rouge_n_f1(ctx, pred, &refs[r], 2);
        if (f1 < 0 || f2 < 0) return -1;
        if (f1 > best1) best1 = f1;
        if (f2 > best2) best2 = f2;
    }
    return best1 + best2;
}

long ev_oracle(rouge_ctx *ctx, const rouge_seq *sents, size_t n, const size_t *words, size_t k,
               size_t w, int strict, const rouge_seq *refs, size_t nref, size_t *out) {
    rouge_seq cur, trial;
    rouge_seq_init(&cur);
    rouge_seq_init(&trial);
    unsigned char *taken = calloc(n ? n : 1, 1);
    long m = 0;
    size_t used = 0;
    double score = 0;
    if (!taken) return -1;
    while ((size_t)m < k) {
        size_t best = (size_t)-1;
        double best_score = score;
        for (size_t i = 0; i < n; i++) {
            if (taken[i] || (w && (m > 0 || strict) && used + words[i] > w)) continue;
            rouge_seq_clear(&trial);
            if (rouge_seq_append(&trial, &cur) < 0 || rouge_seq_append(&trial, &sents[i]) < 0)
                goto oom;
            double g = ev_gain(ctx, &trial, refs, nref);
            if (g < 0) goto oom;
            if (g > best_score) {
                best_score = g;
                best = i;
            }
        }
        if (best == (size_t)-1) break;
        taken[best] = 1;
        out[m++] = best;
        used += words[best];
        score = best_score;
        if (rouge_seq_append(&cur, &sents[best]) < 0) goto oom;
    }
    qsort(out, (size_t)m, sizeof *out, ev_cmp_size);
    free(taken);
    rouge_seq_free(&cur);
    rouge_seq_free(&trial);
    return m;
oom:
    free(taken);
    rouge_seq_free(&cur);
    rouge_seq_free(&trial);
    return -1;
}
