/*
 * lexicon.c - per-language stop words in an open-addressing hash set
 * (FNV-1a, linear probing, load <= 1/2). Entries point into the static
 * word-list tables made by tools/genwords.c, so nothing is copied.
 */
#include "precis_internal.h"

#include <string.h>

typedef struct slot {
    const char *word; /* NULL = empty */
    uint32_t len, hash;
} slot;

struct precis_lexicon {
    const precis_alloc *alc;
    slot *slots;
    size_t mask; /* capacity - 1; capacity is a power of two */
};

static uint32_t fnv1a(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

precis_lexicon *precis_lexicon_new(const char *lang, const precis_alloc *alc) {
    if (!alc) alc = &precis_default_alloc;
    precis_lexicon *lx = precis_malloc(alc, sizeof *lx);
    if (!lx) return NULL;
    lx->alc = alc;
    lx->slots = NULL;
    lx->mask = 0;
    const precis_wordlist *wl = lang ? precis_wordlist_get(lang, "stopwords") : NULL;
    if (!wl || wl->count == 0) return lx; /* a language without a list: no stop words */
    size_t cap = 16;
    while (cap < wl->count * 2)
        cap *= 2;
    lx->slots = precis_malloc(alc, cap * sizeof *lx->slots);
    if (!lx->slots) {
        precis_free(alc, lx);
        return NULL;
    }
    memset(lx->slots, 0, cap * sizeof *lx->slots);
    lx->mask = cap - 1;
    for (size_t i = 0; i < wl->count; i++) {
        const char *w = wl->words[i];
        size_t n = strlen(w);
        uint32_t h = fnv1a(w, n);
        size_t j = h & lx->mask;
        while (lx->slots[j].word)
            j = (j + 1) & lx->mask; /* lists are deduplicated */
        lx->slots[j] = (slot){w, (uint32_t)n, h};
    }
    return lx;
}

void precis_lexicon_free(precis_lexicon *lx) {
    if (!lx) return;
    precis_free(lx->alc, lx->slots);
    precis_free(lx->alc, lx);
}

int precis_lexicon_is_stop(const precis_lexicon *lx, const char *folded, size_t n) {
    if (!lx || !lx->slots || !folded) return 0;
    uint32_t h = fnv1a(folded, n);
    for (size_t j = h & lx->mask;; j = (j + 1) & lx->mask) {
        const slot *s = &lx->slots[j];
        if (!s->word) return 0;
        if (s->hash == h && s->len == n && memcmp(s->word, folded, n) == 0) return 1;
    }
}
