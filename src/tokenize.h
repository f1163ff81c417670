/*
 * tokenize.h - sentences into tokens (tokenize.c); their word classes are the
 * lexicon's (lexicon.h).
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
    size_t off;     /* in the normalized text */
    uint32_t len;   /* bytes (a longer run is cut: no word is that long) */
    uint32_t term;  /* id of its stem in the document vocabulary */
    uint16_t flags; /* PRECIS_TOK_* */
    /* its folded form's entry in the lexicon of its language (lexicon.h):
     * the word classes of every stage, found once; 0: none */
    uint16_t classes;
    uint32_t fold; /* its folded form's offset in the analysis's folded forms */
} precis_token;

/* Calls fn for each token of text[off, off+len): letter/digit runs, keeping
 * inner apostrophes of English ("don't"), splitting French elisions
 * ("l'État" -> "l'", "État"), keeping decimal numbers ("3,5", "1.13bn"). */
typedef int (*precis_token_fn)(void *ctx, size_t off, size_t len, uint32_t flags);
int precis_tokenize(const char *text, size_t off, size_t len, precis_token_fn fn, void *ctx);

#endif /* PRECIS_TOKENIZE_H */
