/*
 * langid.c - language identification with the libexttextcat fingerprints.
 *
 * The language models are libexttextcat's n-gram fingerprints
 * (PRECIS_TEXTCAT_DIR/<code>.lm: the 400 most frequent 1- to 5-character
 * n-grams of a language, most frequent first), compared the way libexttextcat
 * does (Cavnar & Trenkle's "out-of-place" distance). The comparison is done
 * here rather than through fp_Create/fp_Compare because those allocate
 * ~400 KB per call with allocators that exit() on failure, read the buffer up
 * to a NUL, and cost ~300 us per article; this code gives the same verdicts
 * (checked on the eval sets) with two allocations per call, in ~40-70 us.
 *
 * Document fingerprint, as libexttextcat builds it: runs of ASCII spaces and
 * digits (and '_') become one '_', the text is framed by '_', and every
 * n-gram of 1..5 characters is counted, where '_' may only start or end an
 * n-gram. The 400 most frequent (ties: first seen first) are ranked 0..399.
 * Distance to a language = sum over those n-grams of |doc rank - language
 * rank|, or OUT_OF_PLACE when the language lacks the n-gram, divided by its
 * maximum (n-grams * OUT_OF_PLACE) so that it lies in [0,1].
 *
 * Thread safety: a precis_langid is immutable once made; each guess works
 * in its own scratch memory.
 */
#include "precis_internal.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef PRECIS_TEXTCAT_DIR
#define PRECIS_TEXTCAT_DIR "/usr/share/libexttextcat/"
#endif

#define PROFILE_SIZE 400   /* n-grams per fingerprint, as in libexttextcat */
#define OUT_OF_PLACE 400   /* penalty for an n-gram the language lacks */
#define NGRAM_MAX_CHARS 5  /* longest n-gram, in characters */
#define NGRAM_MAX_BYTES 20 /* longest n-gram line accepted from a .lm file */
#define ANALYSE_BYTES 1536 /* only the start of the text is looked at */
#define MIN_LETTERS 20     /* fewer letters than this: unknown */
#define PROFILE_SLOTS 4096 /* hash slots for <= 7 * 400 model n-grams */

/*
 * Confidence. With d1 <= d2 the two smallest distances:
 *   gap = min(1, (d2 - d1) / GAP_SURE)            separation from the runner-up
 *   fit = clamp((FIT_NONE - d1) / (FIT_NONE - FIT_SURE), 0, 1)
 *                                                  how well the best one fits
 *   confidence = gap * fit  (fit alone when only one language is loaded).
 * Calibration (distances in [0,1]): whole news articles in the eval sets have
 * d2 - d1 in 0.04..0.28 (5th percentile ~0.1) and d1 <= 0.70; single news
 * sentences 0.01..0.12 and d1 0.59..0.73; text in other languages (Polish,
 * Finnish, Danish) or non-text (URLs, code, capitals) d1 0.77..0.89. A best
 * distance of FIT_NONE or more means no loaded language fits: -1.
 */
#define GAP_SURE 0.10
#define FIT_SURE 0.70
#define FIT_NONE 0.85

/*
 * Stop words as a second opinion for near ties (short texts, es/it/pt): when
 * the runner-ups are within GAP_SURE of the best and every one of them has a
 * data/<lang>/stopwords.txt list, each distance is lowered by STOP_WEIGHT
 * times the share of the analysed words that are stop words of that
 * language. Worth at most ~0.05, it only reorders near ties.
 */
#define STOP_WEIGHT 0.1
#define STOP_WORD_MAX 32 /* longer words are not looked up (bytes, folded) */

/* Distinct n-grams are numbered with uint16_t: at most 5 start per byte. */
_Static_assert((ANALYSE_BYTES + 3) * NGRAM_MAX_CHARS < UINT16_MAX, "ANALYSE_BYTES too large");

/* One n-gram of the combined models, with its rank in each loaded language
 * (indexed like precis_langid.langs; -1 when absent). */
typedef struct lm_entry {
    uint32_t hash;
    int16_t rank[PRECIS_MAX_LANGS];
} lm_entry;

struct precis_langid {
    const precis_alloc *alc;
    int nlangs;
    int langs[PRECIS_MAX_LANGS]; /* rows of precis_language_table */
    const precis_wordlist *stop[PRECIS_MAX_LANGS];
    size_t nentries;
    uint16_t slots[PROFILE_SLOTS]; /* 1-based entry index, 0 = empty */
    lm_entry entries[PRECIS_MAX_LANGS * PROFILE_SIZE];
};

/* --------------------------------------------------------------- hashing */

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static uint64_t fnv_add(uint64_t h, const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * FNV_PRIME;
    return h;
}

/* Folds to 32 bits, mixed into the low bits used for slot indices. 32 bits:
 * a collision among the few thousand n-grams of a text merges two rare
 * n-grams at worst. */
static uint32_t hash_final(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return (uint32_t)h;
}

static const lm_entry *profile_find(const precis_langid *id, uint32_t h) {
    for (size_t i = h & (PROFILE_SLOTS - 1);; i = (i + 1) & (PROFILE_SLOTS - 1)) {
        uint16_t ix = id->slots[i];
        if (ix == 0) return NULL;
        if (id->entries[ix - 1].hash == h) return &id->entries[ix - 1];
    }
}

/* -------------------------------------------------------------- loading */

static lm_entry *profile_add(precis_langid *id, uint32_t h) {
    size_t i = h & (PROFILE_SLOTS - 1);
    for (; id->slots[i]; i = (i + 1) & (PROFILE_SLOTS - 1))
        if (id->entries[id->slots[i] - 1].hash == h) return &id->entries[id->slots[i] - 1];
    lm_entry *e = &id->entries[id->nentries++];
    e->hash = h;
    for (int k = 0; k < PRECIS_MAX_LANGS; k++)
        e->rank[k] = -1;
    id->slots[i] = (uint16_t)id->nentries;
    return e;
}

/* Reads the first PROFILE_SIZE n-grams of the .lm file of language lang
 * ("ngram<TAB>count" lines, most frequent first) as loaded language k.
 * Returns 0, or -1 when the file is missing or empty. */
static int load_profile(precis_langid *id, int lang, int k) {
    char path[512];
    snprintf(path, sizeof path, "%s%s.lm", PRECIS_TEXTCAT_DIR, precis_lang_code(lang));
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char line[256];
    int rank = 0;
    while (rank < PROFILE_SIZE && fgets(line, sizeof line, f)) {
        char *s = line;
        while (*s == ' ' || *s == '\t')
            s++;
        size_t n = strcspn(s, " \t\r\n");
        if (n == 0 || n > NGRAM_MAX_BYTES) continue;
        lm_entry *e = profile_add(id, hash_final(fnv_add(FNV_OFFSET, (unsigned char *)s, n)));
        if (e->rank[k] < 0) e->rank[k] = (int16_t)rank;
        rank++;
    }
    fclose(f);
    return rank > 0 ? 0 : -1;
}

precis_langid *precis_langid_new(unsigned lang_mask, const precis_alloc *alc, precis_error *err) {
    if (!alc) alc = &precis_default_alloc;
    lang_mask &= (1u << PRECIS_MAX_LANGS) - 1;
    if (!lang_mask) {
        precis_set_error(err, PRECIS_ERR_INVALID_ARG, 0);
        return NULL;
    }
    precis_langid *id = precis_malloc(alc, sizeof *id);
    if (!id) {
        precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        return NULL;
    }
    memset(id, 0, sizeof *id);
    id->alc = alc;
    for (int l = 0; l < PRECIS_MAX_LANGS; l++) {
        if (!(lang_mask & (1u << l))) continue;
        int k = id->nlangs++;
        id->langs[k] = l;
        id->stop[k] = precis_wordlist_get(precis_lang_code(l), "stopwords");
        if (load_profile(id, l, k) != 0) {
            precis_langid_free(id);
            precis_set_error(err, PRECIS_ERR_DATA, 0);
            return NULL;
        }
    }
    return id;
}

void precis_langid_free(precis_langid *id) {
    if (id) precis_free(id->alc, id);
}

/* ------------------------------------------------------ doc fingerprint */

/* Bytes of the UTF-8 character at s[0], within n. */
static size_t char_len(const unsigned char *s, size_t n) {
    uint32_t cp;
    return precis_utf8_next(s, n, &cp);
}

static int is_letter(const unsigned char *s, size_t n) {
    uint32_t cp;
    precis_utf8_next(s, n, &cp);
    return precis_is_letter(cp);
}

/* libexttextcat's INVALID(): bytes that separate words. NUL too, since its
 * buffers end there, and '_', which would otherwise pass for a separator. */
static int is_gap(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '0' && c <= '9') || c == 0 || c == '_';
}

/* The text prepared for n-grams: '_' + words joined by '_' + '_'. */
typedef struct prepared {
    unsigned char buf[ANALYSE_BYTES + 3];
    uint16_t chars[ANALYSE_BYTES + 4]; /* offset of each character, plus the end */
    size_t nch;
    size_t ngrams; /* n-gram occurrences each_gram will visit */
    long letters;
} prepared;

/* N-grams starting in a word of len characters and at the '_' before it:
 * from the i-th character, min(5, len - i + 1) (through the '_' after it);
 * from the '_', min(5, len + 2). */
static size_t word_ngrams(size_t len) {
    size_t t = len + 2 < NGRAM_MAX_CHARS ? len + 2 : NGRAM_MAX_CHARS;
    for (size_t j = 2; j <= len + 1; j++)
        t += j < NGRAM_MAX_CHARS ? j : NGRAM_MAX_CHARS;
    return t;
}

static void prepare(const unsigned char *in, size_t len, prepared *p) {
    size_t w = 0, nch = 0, word = 0;
    p->letters = 0;
    p->ngrams = 0;
    p->chars[nch++] = 0;
    p->buf[w++] = '_';
    for (size_t i = 0; i < len;) {
        if (is_gap(in[i])) {
            if (word) {
                p->ngrams += word_ngrams(word);
                p->chars[nch++] = (uint16_t)w;
                p->buf[w++] = '_';
                word = 0;
            }
            i++;
            continue;
        }
        size_t cl = char_len(in + i, len - i);
        p->letters += is_letter(in + i, len - i);
        p->chars[nch++] = (uint16_t)w;
        memcpy(p->buf + w, in + i, cl);
        w += cl;
        i += cl;
        word++;
    }
    if (word) {
        p->ngrams += word_ngrams(word);
        p->chars[nch++] = (uint16_t)w;
        p->buf[w++] = '_';
    }
    p->ngrams++; /* the final '_' alone */
    p->chars[nch] = (uint16_t)w;
    p->nch = nch;
}

/* One distinct n-gram of the document. They are appended in order of first
 * occurrence, which breaks ties between equally frequent n-grams. */
typedef struct gram {
    uint32_t hash;
    uint32_t count;
} gram;

/* Counter of distinct n-grams: an open-addressing table of 1-based indices
 * (0 = empty) into grams, which stays in first-seen order. */
typedef struct counter {
    uint16_t *slots;
    size_t mask;
    gram *grams;
    size_t n, cap; /* cap = prepared.ngrams, never reached; checked anyway */
} counter;

static void count_gram(counter *ct, uint32_t h) {
    for (size_t i = h & ct->mask;; i = (i + 1) & ct->mask) {
        uint16_t ix = ct->slots[i];
        if (ix == 0) {
            if (ct->n == ct->cap) return;
            ct->grams[ct->n].hash = h;
            ct->grams[ct->n].count = 1;
            ct->slots[i] = (uint16_t)++ct->n;
            return;
        }
        if (ct->grams[ix - 1].hash == h) {
            ct->grams[ix - 1].count++;
            return;
        }
    }
}

/* Counts the n-grams of p the way libexttextcat does: 1..NGRAM_MAX_CHARS
 * characters, '_' only at the borders (so stop after one). */
static void each_gram(const prepared *p, counter *ct) {
    for (size_t c = 0; c < p->nch; c++) {
        uint64_t h = FNV_OFFSET;
        for (size_t k = 0; k < NGRAM_MAX_CHARS && c + k < p->nch; k++) {
            size_t a = p->chars[c + k], b = p->chars[c + k + 1];
            h = fnv_add(h, p->buf + a, b - a);
            count_gram(ct, hash_final(h));
            if (k > 0 && p->buf[a] == '_') break;
        }
    }
}

/* Counts above this share one bucket of the counting sort and are then
 * ordered by insertion sort; only a handful of n-grams ("_", "e", "s_")
 * occur that often in ANALYSE_BYTES of text. */
#define COUNT_CAP 64

/*
 * Writes to out[0..k) the hashes of the k = min(n, PROFILE_SIZE) most
 * frequent n-grams, most frequent first (ties: first seen first). A counting
 * sort on the capped count: linear, without data-dependent comparisons.
 */
static size_t rank_grams(const gram *g, size_t n, uint32_t *out) {
    size_t hist[COUNT_CAP + 1] = {0};
    for (size_t i = 0; i < n; i++)
        hist[g[i].count < COUNT_CAP ? g[i].count : COUNT_CAP]++;
    size_t k = n < PROFILE_SIZE ? n : PROFILE_SIZE;
    size_t start[COUNT_CAP + 1], pos = 0; /* first output slot of each bucket */
    for (size_t c = COUNT_CAP; c >= 1; c--) {
        start[c] = pos;
        pos += hist[c];
    }
    uint32_t top_count[PROFILE_SIZE];
    for (size_t i = 0; i < n; i++) {
        size_t at = start[g[i].count < COUNT_CAP ? g[i].count : COUNT_CAP]++;
        if (at < k) {
            out[at] = g[i].hash;
            top_count[at] = g[i].count;
        }
    }
    /* The capped bucket comes first; order it by true count, stably. */
    size_t capped = hist[COUNT_CAP] < k ? hist[COUNT_CAP] : k;
    for (size_t a = 1; a < capped; a++) {
        uint32_t h = out[a], c = top_count[a];
        size_t b = a;
        for (; b > 0 && top_count[b - 1] < c; b--) {
            out[b] = out[b - 1];
            top_count[b] = top_count[b - 1];
        }
        out[b] = h;
        top_count[b] = c;
    }
    return k;
}

/*
 * Fills dist[k] (k indexing id->langs) with the normalized distance of the
 * text's fingerprint to each loaded language. Returns the number of letters
 * in the analysed part (dist is left unset below MIN_LETTERS), or -1 on OOM.
 */
static long langid_distances(const precis_langid *id, const unsigned char *in, size_t len,
                             double *dist) {
    prepared *p = precis_malloc(id->alc, sizeof *p);
    if (!p) return -1;
    prepare(in, len, p);
    long letters = p->letters;
    if (letters < MIN_LETTERS) {
        precis_free(id->alc, p);
        return letters;
    }
    /* At least twice as many slots as n-gram occurrences, so the table never
     * fills and probes stay short. */
    size_t nslots = 64;
    while (nslots < 2 * p->ngrams)
        nslots *= 2;
    void *mem = precis_malloc(id->alc, nslots * sizeof(uint16_t) + p->ngrams * sizeof(gram));
    if (!mem) {
        precis_free(id->alc, p);
        return -1;
    }
    counter ct = {.slots = mem,
                  .mask = nslots - 1,
                  .grams = (gram *)((char *)mem + nslots * sizeof(uint16_t)),
                  .n = 0,
                  .cap = p->ngrams};
    memset(ct.slots, 0, nslots * sizeof(uint16_t));
    each_gram(p, &ct);
    precis_free(id->alc, p);
    uint32_t ranked[PROFILE_SIZE];
    size_t top = rank_grams(ct.grams, ct.n, ranked);
    precis_free(id->alc, mem);

    long sum[PRECIS_MAX_LANGS] = {0};
    for (size_t r = 0; r < top; r++) {
        const lm_entry *e = profile_find(id, ranked[r]);
        for (int k = 0; k < id->nlangs; k++) {
            int q = e ? e->rank[k] : -1;
            sum[k] += q < 0 ? OUT_OF_PLACE : labs((long)r - q);
        }
    }
    for (int k = 0; k < id->nlangs; k++)
        dist[k] = (double)sum[k] / ((double)top * OUT_OF_PLACE);
    return letters;
}

/* ------------------------------------------------------------ stop words */

/* Adds to hits[k] the words of in[0..len) that are stop words of loaded
 * language k, for the k with want[k] set; returns the number of words.
 * Words are letter runs, case-folded; an elided article ("l'", "dell'") is
 * looked up with and without its apostrophe. */
static size_t count_stop_words(const precis_langid *id, const unsigned char *in, size_t len,
                               const int *want, size_t *hits) {
    size_t words = 0;
    for (size_t i = 0; i < len;) {
        if (!is_letter(in + i, len - i)) {
            i += char_len(in + i, len - i);
            continue;
        }
        size_t start = i;
        while (i < len && is_letter(in + i, len - i))
            i += char_len(in + i, len - i);
        words++;
        /* folded as the tokenizer folds ("Daß" -> "dass"), as the lists are */
        char w[STOP_WORD_MAX + 1];
        size_t n = precis_fold_to((const char *)in + start, i - start, w, STOP_WORD_MAX);
        if (n == 0) continue; /* too long */
        /* ASCII apostrophe or U+2019 right after the word */
        int elided = (i < len && in[i] == '\'') ||
                     (i + 2 < len && in[i] == 0xE2 && in[i + 1] == 0x80 && in[i + 2] == 0x99);
        for (int k = 0; k < id->nlangs; k++) {
            if (!want[k]) continue;
            int hit = precis_wordlist_has(id->stop[k], w, n);
            if (!hit && elided && n < STOP_WORD_MAX) {
                w[n] = '\'';
                hit = precis_wordlist_has(id->stop[k], w, n + 1);
            }
            hits[k] += (size_t)hit;
        }
    }
    return words;
}

/* For near ties (within GAP_SURE of the best), lowers each contender's
 * distance by its stop-word share; nothing when a contender has no list. */
static void stop_word_vote(const precis_langid *id, const unsigned char *in, size_t len,
                           double *dist, double best) {
    int want[PRECIS_MAX_LANGS] = {0}, contenders = 0;
    for (int k = 0; k < id->nlangs; k++) {
        if (dist[k] - best >= GAP_SURE) continue;
        if (!id->stop[k]) return;
        want[k] = 1;
        contenders++;
    }
    if (contenders < 2) return;
    size_t hits[PRECIS_MAX_LANGS] = {0};
    size_t words = count_stop_words(id, in, len, want, hits);
    if (words == 0) return;
    for (int k = 0; k < id->nlangs; k++)
        if (want[k]) dist[k] -= STOP_WEIGHT * (double)hits[k] / (double)words;
}

/* ----------------------------------------------------------------- guess */

int precis_langid_guess(const precis_langid *id, const char *text, size_t len, double *confidence) {
    if (confidence) *confidence = 0;
    if (!id || !text) return -1;
    const unsigned char *in = (const unsigned char *)text;
    if (len > ANALYSE_BYTES) {
        len = ANALYSE_BYTES;
        while (len > 0 && (in[len] & 0xC0) == 0x80)
            len--; /* whole characters */
    }
    double dist[PRECIS_MAX_LANGS];
    if (langid_distances(id, in, len, dist) < MIN_LETTERS) return -1;

    int best = 0;
    for (int k = 1; k < id->nlangs; k++)
        if (dist[k] < dist[best]) best = k;
    double fit = (FIT_NONE - dist[best]) / (FIT_NONE - FIT_SURE);
    if (fit <= 0) return -1;
    if (fit > 1) fit = 1;
    if (id->nlangs > 1) {
        stop_word_vote(id, in, len, dist, dist[best]);
        best = 0;
        for (int k = 1; k < id->nlangs; k++)
            if (dist[k] < dist[best]) best = k;
        double second = 1.0;
        for (int k = 0; k < id->nlangs; k++)
            if (k != best && dist[k] < second) second = dist[k];
        double gap = (second - dist[best]) / GAP_SURE;
        fit *= gap < 1 ? gap : 1;
    }
    if (confidence) *confidence = fit;
    return id->langs[best];
}
