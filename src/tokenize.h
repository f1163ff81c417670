/*
 * tokenize.h - sentences into tokens, and stop words (tokenize.c, lexicon.c).
 */
#ifndef PRECIS_TOKENIZE_H
#define PRECIS_TOKENIZE_H

#include "base.h"

enum {
    PRECIS_TOK_WORD = 1,   /* contains a letter */
    PRECIS_TOK_NUM = 2,    /* contains a digit */
    PRECIS_TOK_STOP = 4,   /* stop word of the language */
    PRECIS_TOK_CAP = 8,    /* starts with an upper-case letter */
    PRECIS_TOK_FIRST = 16, /* first token of its sentence */
    PRECIS_TOK_NOKW = 32   /* never in a keyphrase (data/<lang>/keyword-stopwords.txt) */
};

typedef struct precis_token {
    size_t off;    /* in the normalized text */
    uint32_t len;  /* bytes (a longer run is cut: no word is that long) */
    uint32_t term; /* id of its stem in the document vocabulary */
    uint32_t flags;
    uint32_t fold; /* its folded form's offset in the analysis's folded forms */
} precis_token;

/* Per-language tokenizer data: stop words. */
typedef struct precis_lexicon precis_lexicon;
precis_lexicon *precis_lexicon_new(const char *lang, const precis_alloc *alc);
void precis_lexicon_free(precis_lexicon *lx);
/* The PRECIS_TOK_STOP and PRECIS_TOK_NOKW flags of a folded (lower-case,
 * apostrophes folded) word: its word classes, looked up once per token. */
uint32_t precis_lexicon_flags(const precis_lexicon *lx, const char *folded, size_t n);
/* True if the folded word is a stop word. */
int precis_lexicon_is_stop(const precis_lexicon *lx, const char *folded, size_t n);

/* Calls fn for each token of text[off, off+len): letter/digit runs, keeping
 * inner apostrophes of English ("don't"), splitting French elisions
 * ("l'État" -> "l'", "État"), keeping decimal numbers ("3,5", "1.13bn"). */
typedef int (*precis_token_fn)(void *ctx, size_t off, size_t len, uint32_t flags);
int precis_tokenize(const char *text, size_t off, size_t len, precis_token_fn fn, void *ctx);

#endif /* PRECIS_TOKENIZE_H */
