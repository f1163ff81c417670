/*
 * lexicon.c - per-language word classes (stop words, words never in a
 * keyphrase) in one precis_wordset, as token flags. Entries point
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
    /* A language without a list has no such words. */
    const precis_wordlist *stop = lang ? precis_wordlist_get(lang, "stopwords") : NULL;
    const precis_wordlist *nokw = lang ? precis_wordlist_get(lang, "keyword_stopwords") : NULL;
    size_t n = (stop ? stop->count : 0) + (nokw ? nokw->count : 0);
    if (precis_wordset_init(&lx->words, n, alc) != 0) {
        precis_free(alc, lx);
        return NULL;
    }
    for (size_t i = 0; stop && i < stop->count; i++)
        precis_wordset_add(&lx->words, stop->words[i], PRECIS_TOK_STOP);
    for (size_t i = 0; nokw && i < nokw->count; i++)
        precis_wordset_add(&lx->words, nokw->words[i], PRECIS_TOK_NOKW);
    return lx;
}

void precis_lexicon_free(precis_lexicon *lx) {
    if (!lx) return;
    precis_wordset_free(&lx->words, lx->alc);
    precis_free(lx->alc, lx);
}

uint32_t precis_lexicon_flags(const precis_lexicon *lx, const char *folded, size_t n) {
    if (!lx || !folded) return 0;
    return precis_wordset_get(&lx->words, folded, n);
}

int precis_lexicon_is_stop(const precis_lexicon *lx, const char *folded, size_t n) {
    return (precis_lexicon_flags(lx, folded, n) & PRECIS_TOK_STOP) != 0;
}
