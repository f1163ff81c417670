/*
 * lexicon.c - the word classes of a language (see lexicon.h). The table maps
 * a word to its entry (a precis_wordset whose flags are entry numbers);
 * entries are numbered in the order the lists are read, so that two
 * lexicons of one language agree. Words point into the static word-list
 * tables made by tools/genwords.c: nothing is copied.
 */
#include "precis_internal.h"

#include <string.h>

#include "entities.h"
#include "keywords.h"
#include "quotes.h"

struct precis_lexicon {
    precis_lexicon_classes_view view; /* first: precis_lexicon_classes reads it */
    precis_word_classes *entries;     /* view.entries, writable */
    size_t n_entries;
    const precis_alloc *alc;
    precis_wordset words; /* folded word -> entry */
};

static const precis_word_tag token_tags[] = {
    {"stopwords", PRECIS_TOK_STOP, 0}, {"keyword_stopwords", PRECIS_TOK_NOKW, 0}, {NULL, 0, 0}};

/* The tables of tags, one per field of precis_word_classes. */
enum { F_TOK, F_QUOTE, F_ENTITY, F_KEYWORD, F_COUNT };

static const precis_word_tag *field_tags(int f) {
    static const precis_word_tag *const tables[F_COUNT] = {
        token_tags, precis_quote_word_tags, precis_entity_word_tags, precis_keyword_word_tags};
    return tables[f];
}

static uint32_t *field(precis_word_classes *c, int f) {
    return f == F_TOK      ? &c->tok
           : f == F_QUOTE  ? &c->quote
           : f == F_ENTITY ? &c->entity
                           : &c->keyword;
}

const precis_word_classes precis_lexicon_no_classes = {0, 0, 0, 0};

/* Ors tag into the entry of (w, n), made when new; w is static. -1 when
 * there would be more than PRECIS_LEXICON_MAX entries. */
static int add(precis_lexicon *lx, const char *w, size_t n, int f, uint32_t tag) {
    if (!n) return 0;
    uint32_t e = precis_wordset_get(&lx->words, w, n);
    if (!e) {
        if (lx->n_entries > PRECIS_LEXICON_MAX) return -1;
        e = (uint32_t)lx->n_entries++;
        lx->entries[e] = precis_lexicon_no_classes;
        precis_wordset_add_n(&lx->words, w, n, e);
    }
    *field(&lx->entries[e], f) |= tag;
    return 0;
}

precis_lexicon *precis_lexicon_new(const char *lang, const precis_alloc *alc) {
    if (!alc) alc = &precis_default_alloc;
    precis_lexicon *lx = precis_malloc(alc, sizeof *lx);
    if (!lx) return NULL;
    memset(lx, 0, sizeof *lx);
    lx->alc = alc;
    lx->n_entries = 1;
    /* the lists, each found once (precis_wordlist_get reads the names of
     * all of them) */
    size_t n_lists = 0, total = 0, k = 0;
    for (int f = 0; f < F_COUNT; f++)
        for (const precis_word_tag *t = field_tags(f); t->list; t++)
            n_lists++;
    const precis_wordlist **wl = precis_malloc(alc, n_lists * sizeof *wl);
    for (int f = 0; wl && f < F_COUNT; f++)
        for (const precis_word_tag *t = field_tags(f); t->list; t++, k++) {
            wl[k] = lang ? precis_wordlist_get(lang, t->list) : NULL;
            total += wl[k] ? (t->head ? 2 : 1) * wl[k]->count : 0;
        }
    lx->entries = wl ? precis_malloc(alc, (total + 1) * sizeof *lx->entries) : NULL;
    if (!lx->entries || precis_wordset_init(&lx->words, total, alc) != 0) {
        precis_free(alc, wl);
        precis_lexicon_free(lx);
        return NULL;
    }
    lx->entries[0] = precis_lexicon_no_classes;
    k = 0;
    for (int f = 0; f < F_COUNT; f++)
        for (const precis_word_tag *t = field_tags(f); t->list; t++, k++)
            for (size_t i = 0; wl[k] && i < wl[k]->count; i++) {
                const char *w = wl[k]->words[i];
                size_t n = strlen(w), first = t->head ? strcspn(w, " ") : n;
                if (add(lx, w, n, f, t->tag) != 0 ||
                    (first && first < n && add(lx, w, first, f, t->head) != 0)) {
                    precis_free(alc, wl);
                    precis_lexicon_free(lx);
                    return NULL;
                }
            }
    precis_free(alc, wl);
    lx->view.entries = lx->entries;
    lx->view.n_entries = lx->n_entries;
    return lx;
}

void precis_lexicon_free(precis_lexicon *lx) {
    if (!lx) return;
    precis_wordset_free(&lx->words, lx->alc);
    precis_free(lx->alc, lx->entries);
    precis_free(lx->alc, lx);
}

uint16_t precis_lexicon_find(const precis_lexicon *lx, const char *folded, size_t n) {
    if (!lx || !folded) return 0;
    return (uint16_t)precis_wordset_get(&lx->words, folded, n);
}

uint32_t precis_lexicon_flags(const precis_lexicon *lx, const char *folded, size_t n) {
    return precis_lexicon_classes(lx, precis_lexicon_find(lx, folded, n))->tok;
}

int precis_lexicon_is_stop(const precis_lexicon *lx, const char *folded, size_t n) {
    return (precis_lexicon_flags(lx, folded, n) & PRECIS_TOK_STOP) != 0;
}
