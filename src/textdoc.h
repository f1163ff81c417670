/*
 * textdoc.h - a plain text analysed for the stages that read sentences and
 * tokens (keywords, quotes): normalized, split into a title, paragraphs and
 * sentences, tokenized with stop-word flags and stemmed term ids, the way
 * brief.c analyses an article. Used by precis-eval and the tests; the
 * brief's own pipeline fills the same types.
 */
#ifndef PRECIS_TEXTDOC_H
#define PRECIS_TEXTDOC_H

#include "precis_internal.h"

typedef struct precis_textdoc {
    const precis_alloc *alc;
    int lang;                    /* index in precis_lang_codes */
    precis_text norm;            /* norm.text.data: the normalized text */
    size_t title_off, title_len; /* (0,0): no title line */
    precis_vec paras;            /* precis_paragraph (the title is not one) */
    precis_vec sents;            /* precis_sentence, tok ranges into toks */
    precis_vec toks;             /* precis_token: sentences' tokens, then the title's */
    size_t title_tok;            /* title tokens: [title_tok, toks.len) */
    size_t n_terms;              /* distinct term ids */
    /* vocabulary: stems back to back, NUL-separated; term i at stems[str[i]] */
    precis_buf stems;
    precis_vec term_str; /* size_t */
    precis_vec slots;    /* uint64_t hash table */
} precis_textdoc;

void precis_textdoc_init(precis_textdoc *d, const precis_alloc *alc);
void precis_textdoc_free(precis_textdoc *d);
/* Analyses text[0, len) in language lang (a code of precis_lang_codes).
 * d is cleared first. Returns 0, or -1 on OOM, an unknown language or text
 * that does not normalize (binary, empty). */
int precis_textdoc_build(precis_textdoc *d, const char *lang, const char *text, size_t len);
/* The title's tokens (d->toks.len - d->title_tok of them), NULL when the
 * text has no token at all. */
static inline const precis_token *precis_textdoc_title_toks(const precis_textdoc *d) {
    return d->toks.data ? (const precis_token *)d->toks.data + d->title_tok : NULL;
}
/* The stem of term id (NUL-terminated), or "" when out of range. */
const char *precis_textdoc_stem(const precis_textdoc *d, uint32_t term);

#endif /* PRECIS_TEXTDOC_H */
