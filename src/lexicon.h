/*
 * lexicon.h - the word classes of a language (lexicon.c): every list of
 * data/<lang>/ that the tokenizer and the later stages look folded words up
 * in, gathered into one hash table, so that one probe per token (the
 * pipeline's, kept in precis_token.classes) answers them all: a stage then
 * reads its tags from the token's entry instead of hashing the word again.
 */
#ifndef PRECIS_LEXICON_H
#define PRECIS_LEXICON_H

#include "base.h"

/* A stage's list (data/<lang>/<list>.txt, name as precis_wordlist_get takes
 * it), the tag bits its words get, and those the first word of an entry of
 * several words gets ("de" of "de la"). A table of them ends with a NULL
 * list. */
typedef struct precis_word_tag {
    const char *list;
    uint32_t tag, head;
} precis_word_tag;

/* The classes of a folded word: the OR of the tags of the lists holding it. */
typedef struct precis_word_classes {
    uint32_t tok;     /* PRECIS_TOK_STOP (stopwords), PRECIS_TOK_NOKW (keyword-stopwords) */
    uint32_t quote;   /* precis_quote_word_tags (quotes.h) */
    uint32_t entity;  /* precis_entity_word_tags (entities.h) */
    uint32_t keyword; /* precis_keyword_word_tags (keywords.h) */
} precis_word_classes;

/* Per-language tables, built once; immutable (safe for concurrent calls).
 * A language without lists has no words. At most PRECIS_LEXICON_MAX
 * entries (a token keeps its entry in 16 bits); NULL on OOM or more. */
#define PRECIS_LEXICON_MAX 65535
typedef struct precis_lexicon precis_lexicon;
precis_lexicon *precis_lexicon_new(const char *lang, const precis_alloc *alc);
void precis_lexicon_free(precis_lexicon *lx);

/* The entry of a folded (lower-case, apostrophes folded) word, 0 when it is
 * in no list (and for a NULL lexicon). The same lists give the same entries:
 * two lexicons of one language number their words alike. */
uint16_t precis_lexicon_find(const precis_lexicon *lx, const char *folded, size_t n);

/* What precis_lexicon_classes reads, the first member of a lexicon (the
 * stages read a token's classes many times: inline, not a call). */
typedef struct precis_lexicon_classes_view {
    const precis_word_classes *entries; /* [0] is all 0 */
    size_t n_entries;
} precis_lexicon_classes_view;
extern const precis_word_classes precis_lexicon_no_classes;

/* A copy of the lexicon's view ({NULL, 0} for a NULL lexicon), for a loop
 * over many tokens: a local, the view is not read again after each store
 * of the loop (byte stores may alias it). */
static inline precis_lexicon_classes_view precis_lexicon_view(const precis_lexicon *lx) {
    precis_lexicon_classes_view v = {NULL, 0};
    if (lx) v = *(const precis_lexicon_classes_view *)lx;
    return v;
}
/* The classes of an entry of such a copy (all 0 for entry 0 or an unknown
 * one). */
static inline const precis_word_classes *precis_lexicon_view_classes(precis_lexicon_classes_view v,
                                                                     uint16_t entry) {
    return entry < v.n_entries ? &v.entries[entry] : &precis_lexicon_no_classes;
}
/* The classes of an entry (all 0 for entry 0, an unknown one or a NULL
 * lexicon). */
static inline const precis_word_classes *precis_lexicon_classes(const precis_lexicon *lx,
                                                                uint16_t entry) {
    return precis_lexicon_view_classes(precis_lexicon_view(lx), entry);
}

/* The PRECIS_TOK_STOP and PRECIS_TOK_NOKW flags of a folded word. */
uint32_t precis_lexicon_flags(const precis_lexicon *lx, const char *folded, size_t n);
/* True if the folded word is a stop word. */
int precis_lexicon_is_stop(const precis_lexicon *lx, const char *folded, size_t n);

#endif /* PRECIS_LEXICON_H */
