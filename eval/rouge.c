/*
 * rouge.c - ROUGE scoring over interned token ids (see rouge.h for the
 * definitions). Scratch memory lives in the context so scoring an article
 * many times (the oracle) does not allocate after warm-up.
 */
#include "rouge.h"

#include "precis_internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

typedef struct rouge_slot {
    uint64_t hash;
    size_t off, len; /* in pool */
    uint32_t id;
    int used;
} rouge_slot;

struct rouge_ctx {
    precis_stemmer *stemmer;
    /* token interning: open addressing, power-of-two table */
    rouge_slot *slots;
    size_t nslots, nids;
    char *pool;
    size_t pool_len, pool_cap;
    /* scratch */
    uint64_t *ga, *gb;
    size_t gacap, gbcap;
    uint32_t *lcs;
    size_t lcs_cap;
    int32_t *cnt_r, *cnt_c; /* indexed by id, all zero between calls */
    size_t cnt_cap;
    unsigned char *mark;
    size_t mark_cap;
};

static int grow(void **p, size_t *cap, size_t need, size_t item) {
    if (need <= *cap) return 0;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    void *q = realloc(*p, n * item);
    if (!q) return -1;
    *p = q;
    *cap = n;
    return 0;
}

rouge_ctx *rouge_new(const char *stem_lang) {
    rouge_ctx *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    if (stem_lang) {
        c->stemmer = precis_stemmer_new(stem_lang, &precis_default_alloc);
        if (!c->stemmer) {
            free(c);
            return NULL;
        }
    }
    c->nslots = 1024;
    c->slots = calloc(c->nslots, sizeof *c->slots);
    if (!c->slots) {
        rouge_free(c);
        return NULL;
    }
    return c;
}

void rouge_free(rouge_ctx *c) {
    if (!c) return;
    precis_stemmer_free(c->stemmer);
    free(c->slots);
    free(c->pool);
    free(c->ga);
    free(c->gb);
    free(c->lcs);
    free(c->cnt_r);
    free(c->cnt_c);
    free(c->mark);
    free(c);
}

void rouge_seq_init(rouge_seq *s) {
    memset(s, 0, sizeof *s);
}

void rouge_seq_free(rouge_seq *s) {
    free(s->tok);
    free(s->sent_end);
    rouge_seq_init(s);
}

void rouge_seq_clear(rouge_seq *s) {
    s->n = s->nsent = 0;
}

static uint64_t fnv1a(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

static int rehash(rouge_ctx *c) {
    size_t n = c->nslots * 2;
    rouge_slot *t = calloc(n, sizeof *t);
    if (!t) return -1;
    for (size_t i = 0; i < c->nslots; i++) {
        if (!c->slots[i].used) continue;
        size_t j = c->slots[i].hash & (n - 1);
        while (t[j].used)
            j = (j + 1) & (n - 1);
        t[j] = c->slots[i];
    }
    free(c->slots);
    c->slots = t;
    c->nslots = n;
    return 0;
}

/* Returns the id of word (s, n), adding it when new; -1 on OOM. */
static int64_t intern(rouge_ctx *c, const char *s, size_t n) {
    uint64_t h = fnv1a(s, n);
    size_t j = h & (c->nslots - 1);
    while (c->slots[j].used) {
        rouge_slot *sl = &c->slots[j];
        if (sl->hash == h && sl->len == n && memcmp(c->pool + sl->off, s, n) == 0) return sl->id;
        j = (j + 1) & (c->nslots - 1);
    }
    if (grow((void **)&c->pool, &c->pool_cap, c->pool_len + n, 1) < 0) return -1;
    memcpy(c->pool + c->pool_len, s, n);
    c->slots[j] = (rouge_slot){h, c->pool_len, n, (uint32_t)c->nids, 1};
    c->pool_len += n;
    uint32_t id = (uint32_t)c->nids++;
    if (c->nids * 2 > c->nslots && rehash(c) < 0) return -1;
    return id;
}

static int push_tok(rouge_seq *s, uint32_t id) {
    if (grow((void **)&s->tok, &s->cap, s->n + 1, sizeof *s->tok) < 0) return -1;
    s->tok[s->n++] = id;
    return 0;
}

/* Closes the current sentence if it has tokens. */
static int end_sentence(rouge_seq *s) {
    size_t start = s->nsent ? s->sent_end[s->nsent - 1] : 0;
    if (s->n == start) return 0;
    if (grow((void **)&s->sent_end, &s->sent_cap, s->nsent + 1, sizeof *s->sent_end) < 0) return -1;
    s->sent_end[s->nsent++] = s->n;
    return 0;
}

static int add_word(rouge_ctx *c, rouge_seq *s, const char *w, size_t n) {
    if (c->stemmer) {
        size_t sl = 0;
        const char *st = precis_stem(c->stemmer, w, n, &sl);
        if (!st) return -1;
        w = st;
        n = sl;
    }
    int64_t id = intern(c, w, n);
    return id < 0 ? -1 : push_tok(s, (uint32_t)id);
}

static int is_word_char(utf8proc_int32_t cp) {
    utf8proc_category_t cat = utf8proc_category(cp);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
           (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

int rouge_tokenize(rouge_ctx *c, const char *text, size_t len, rouge_seq *s) {
    if (len == 0) return 0;
    /* One pass of NFC + case folding over the whole text; newlines and other
     * separators survive it, so sentence boundaries are still visible. */
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t ml = utf8proc_map((const utf8proc_uint8_t *)text, (utf8proc_ssize_t)len, &m,
                                       UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    if (ml < 0) return -1;
    const char *t = (const char *)m;
    size_t i = 0, word = 0;
    int in_word = 0, rc = 0;
    while (i < (size_t)ml && rc == 0) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(m + i, ml - (utf8proc_ssize_t)i, &cp);
        if (k <= 0) { /* cannot happen after utf8proc_map; treat as a separator */
            k = 1;
            cp = ' ';
        }
        int wc = is_word_char(cp);
        if (wc && !in_word) {
            word = i;
            in_word = 1;
        } else if (!wc && in_word) {
            rc = add_word(c, s, t + word, i - word);
            in_word = 0;
        }
        if (cp == '\n' && rc == 0) rc = end_sentence(s);
        i += (size_t)k;
    }
    if (in_word && rc == 0) rc = add_word(c, s, t + word, (size_t)ml - word);
    if (rc == 0) rc = end_sentence(s);
    free(m);
    return rc;
}

int rouge_seq_append(rouge_seq *dst, const rouge_seq *src) {
    if (src->n == 0) return 0; /* no token means no sentence either */
    if (grow((void **)&dst->tok, &dst->cap, dst->n + src->n, sizeof *dst->tok) < 0 ||
        grow((void **)&dst->sent_end, &dst->sent_cap, dst->nsent + src->nsent,
             sizeof *dst->sent_end) < 0)
        return -1;
    for (size_t i = 0; i < src->nsent; i++)
        dst->sent_end[dst->nsent++] = dst->n + src->sent_end[i];
    memcpy(dst->tok + dst->n, src->tok, src->n * sizeof *src->tok);
    dst->n += src->n;
    return 0;
}

static rouge_prf prf(double hits, double npred, double nref) {
    rouge_prf x = {0, 0, 0};
    if (npred > 0) x.p = hits / npred;
    if (nref > 0) x.r = hits / nref;
    if (x.p + x.r > 0) x.f = 2 * x.p * x.r / (x.p + x.r);
    return x;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static size_t ngrams(const rouge_seq *s, int n, uint64_t *out) {
    if (s->n < (size_t)n) return 0;
    size_t k = s->n - (size_t)n + 1;
    for (size_t i = 0; i < k; i++)
        out[i] = n == 1 ? s->tok[i] : ((uint64_t)s->tok[i] << 32) | s->tok[i + 1];
    qsort(out, k, sizeof *out, cmp_u64);
    return k;
}

/* Clipped n-gram overlap: a merge of the two sorted n-gram lists counts
 * min(count in pred, count in ref) for every n-gram. */
static int rouge_n(rouge_ctx *c, const rouge_seq *pred, const rouge_seq *ref, int n,
                   rouge_prf *out) {
    size_t need = (pred->n > ref->n ? pred->n : ref->n) + 1;
    if (grow((void **)&c->ga, &c->gacap, need, sizeof *c->ga) < 0 ||
        grow((void **)&c->gb, &c->gbcap, need, sizeof *c->gb) < 0)
        return -1;
    size_t na = ngrams(pred, n, c->ga), nb = ngrams(ref, n, c->gb);
    size_t i = 0, j = 0, hits = 0;
    while (i < na && j < nb) {
        if (c->ga[i] == c->gb[j]) {
            hits++;
            i++;
            j++;
        } else if (c->ga[i] < c->gb[j]) {
            i++;
        } else {
            j++;
        }
    }
    *out = prf((double)hits, (double)na, (double)nb);
    return 0;
}

/* LCS length of a[0..na) and b[0..nb) with one rolling row. */
static int64_t lcs_len(rouge_ctx *c, const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    if (grow((void **)&c->lcs, &c->lcs_cap, nb + 1, sizeof *c->lcs) < 0) return -1;
    uint32_t *row = c->lcs;
    memset(row, 0, (nb + 1) * sizeof *row);
    for (size_t i = 0; i < na; i++) {
        uint32_t diag = 0; /* row[j] of the previous i */
        for (size_t j = 1; j <= nb; j++) {
            uint32_t up = row[j];
            if (a[i] == b[j - 1])
                row[j] = diag + 1;
            else if (row[j - 1] > row[j])
                row[j] = row[j - 1];
            diag = up;
        }
    }
    return row[nb];
}

/* Marks in c->mark the positions of r that are in the LCS of r and s, with
 * the backtracking order of rouge_score's _backtrack_norec. */
static int mark_lcs(rouge_ctx *c, const uint32_t *r, size_t nr, const uint32_t *s, size_t ns) {
    size_t w = ns + 1;
    if (grow((void **)&c->lcs, &c->lcs_cap, (nr + 1) * w, sizeof *c->lcs) < 0) return -1;
    uint32_t *t = c->lcs;
    memset(t, 0, w * sizeof *t);
    for (size_t i = 1; i <= nr; i++) {
        t[i * w] = 0;
        for (size_t j = 1; j <= ns; j++) {
            if (r[i - 1] == s[j - 1])
                t[i * w + j] = t[(i - 1) * w + j - 1] + 1;
            else {
                uint32_t up = t[(i - 1) * w + j], left = t[i * w + j - 1];
                t[i * w + j] = up > left ? up : left;
            }
        }
    }
    size_t i = nr, j = ns;
    while (i > 0 && j > 0) {
        if (r[i - 1] == s[j - 1]) {
            c->mark[i - 1] = 1;
            i--;
            j--;
        } else if (t[i * w + j - 1] > t[(i - 1) * w + j]) {
            j--;
        } else {
            i--;
        }
    }
    return 0;
}

static int ensure_counts(rouge_ctx *c) {
    size_t old = c->cnt_cap;
    if (c->nids <= old) return 0;
    size_t cap_r = old, cap_c = old;
    if (grow((void **)&c->cnt_r, &cap_r, c->nids, sizeof *c->cnt_r) < 0 ||
        grow((void **)&c->cnt_c, &cap_c, c->nids, sizeof *c->cnt_c) < 0)
        return -1;
    /* both grew from the same cap with the same rule, so cap_r == cap_c */
    memset(c->cnt_r + old, 0, (cap_r - old) * sizeof *c->cnt_r);
    memset(c->cnt_c + old, 0, (cap_c - old) * sizeof *c->cnt_c);
    c->cnt_cap = cap_r;
    return 0;
}

static size_t sent_begin(const rouge_seq *s, size_t k) {
    return k ? s->sent_end[k - 1] : 0;
}

/* Summary-level LCS as rouge_score's _summary_level_lcs. */
static int rouge_lsum(rouge_ctx *c, const rouge_seq *pred, const rouge_seq *ref, rouge_prf *out) {
    if (ensure_counts(c) < 0) return -1;
    for (size_t i = 0; i < ref->n; i++)
        c->cnt_r[ref->tok[i]]++;
    for (size_t i = 0; i < pred->n; i++)
        c->cnt_c[pred->tok[i]]++;
    size_t hits = 0;
    int rc = 0;
    for (size_t k = 0; k < ref->nsent && rc == 0; k++) {
        size_t rb = sent_begin(ref, k), nr = ref->sent_end[k] - rb;
        const uint32_t *r = ref->tok + rb;
        if ((rc = grow((void **)&c->mark, &c->mark_cap, nr, 1)) < 0) break;
        memset(c->mark, 0, nr);
        for (size_t q = 0; q < pred->nsent && rc == 0; q++) {
            size_t pb = sent_begin(pred, q);
            rc = mark_lcs(c, r, nr, pred->tok + pb, pred->sent_end[q] - pb);
        }
        for (size_t i = 0; i < nr && rc == 0; i++) {
            if (c->mark[i] && c->cnt_c[r[i]] > 0 && c->cnt_r[r[i]] > 0) {
                hits++;
                c->cnt_c[r[i]]--;
                c->cnt_r[r[i]]--;
            }
        }
    }
    for (size_t i = 0; i < ref->n; i++)
        c->cnt_r[ref->tok[i]] = 0;
    for (size_t i = 0; i < pred->n; i++)
        c->cnt_c[pred->tok[i]] = 0;
    *out = prf((double)hits, (double)pred->n, (double)ref->n);
    return rc;
}

int rouge_score(rouge_ctx *c, const rouge_seq *pred, const rouge_seq *ref, rouge_scores *out) {
    memset(out, 0, sizeof *out);
    if (pred->n == 0 || ref->n == 0) return 0;
    if (rouge_n(c, pred, ref, 1, &out->m[ROUGE_1]) < 0 ||
        rouge_n(c, pred, ref, 2, &out->m[ROUGE_2]) < 0)
        return -1;
    int64_t l = lcs_len(c, ref->tok, ref->n, pred->tok, pred->n);
    if (l < 0) return -1;
    out->m[ROUGE_L] = prf((double)l, (double)pred->n, (double)ref->n);
    return rouge_lsum(c, pred, ref, &out->m[ROUGE_LSUM]);
}

int rouge_score_multi(rouge_ctx *c, const rouge_seq *pred, const rouge_seq *refs, size_t nref,
                      rouge_scores *out) {
    memset(out, 0, sizeof *out);
    for (size_t k = 0; k < nref; k++) {
        rouge_scores s;
        if (rouge_score(c, pred, &refs[k], &s) < 0) return -1;
        for (int m = 0; m < ROUGE_NMETRICS; m++)
            if (k == 0 || s.m[m].f > out->m[m].f) out->m[m] = s.m[m];
    }
    return 0;
}

double rouge_n_f1(rouge_ctx *c, const rouge_seq *pred, const rouge_seq *ref, int n) {
    rouge_prf x = {0, 0, 0};
    if (pred->n == 0 || ref->n == 0) return 0;
    if (rouge_n(c, pred, ref, n, &x) < 0) return -1;
    return x.f;
}
