/*
 * lexicon.c - per-language stop words in a precis_wordset. Entries point
 * into the static word-list tables made by tools/genwords.c, so nothing is
 * copied.
 */
#include "precis_internal.h"

#include <string.h>

struct precis_lexicon {
    const precis_alloc *alc;
    precis_wordset words;
};

precis_lexicon *precis_lexicon_new(const char *lang, const precis_alloc *alc) {
    if (!alc) alc = &precis_default_alloc;
    precis_lexicon *lx = precis_malloc(alc, sizeof *lx);
    if (!lx) return NULL;
    lx->alc = alc;
    /* A language without a list has no stop words. */
    const precis_wordlist *wl = lang ? precis_wordlist_get(lang, "stopwords") : NULL;
    if (precis_wordset_init(&lx->words, wl ? wl->count : 0, alc) != 0) {
        precis_free(alc, lx);
        return NULL;
    }
    for (size_t i = 0; wl && i < wl->count; i++)
        precis_wordset_add(&lx->words, wl->words[i], 1);
    return lx;
}

void precis_lexicon_free(precis_lexicon *lx) {
    if (!lx) return;
    precis_wordset_free(&lx->words, lx->alc);
    precis_free(lx->alc, lx);
}

int precis_lexicon_is_stop(const precis_lexicon *lx, const char *folded, size_t n) {
    if (!lx || !folded) return 0;
    return precis_wordset_get(&lx->words, folded, n) != 0;
}
