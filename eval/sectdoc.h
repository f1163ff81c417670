/*
 * sectdoc.h - an analysed document for the sections stage, built outside
 * the brief (sectdoc.c): normalized text, paragraphs, sentences, tokens with
 * stop-word flags and stem ids, as the library's pipeline makes them. Used
 * by tools/sections-eval.c and tests/test_sections.c.
 */
#ifndef PRECIS_EVAL_SECTDOC_H
#define PRECIS_EVAL_SECTDOC_H

#include "sections.h"

/* Per-language analysers, made once. */
typedef struct ev_analyser {
    char lang[8];
    precis_segmenter *seg;
    precis_lexicon *lex;
    precis_stemmer *stem;
} ev_analyser;

int ev_analyser_init(ev_analyser *a, const char *lang); /* 0 or -1 */
void ev_analyser_free(ev_analyser *a);

typedef struct ev_sdoc {
    precis_buf text;  /* normalized paragraphs joined by blank lines */
    precis_vec paras; /* precis_paragraph */
    precis_vec sents; /* precis_sentence */
    precis_vec toks;  /* precis_token */
    /* vocabulary: stems, by id */
    precis_buf stems;
    precis_vec stem_off; /* size_t */
    precis_vec slots;    /* uint32_t id+1, open addressing */
    precis_sections_doc doc;
} ev_sdoc;

void ev_sdoc_init(ev_sdoc *d);
void ev_sdoc_free(ev_sdoc *d);
/* Clears d; then add paragraphs, then finish. */
void ev_sdoc_clear(ev_sdoc *d);
/* Appends one paragraph (any UTF-8; normalized here, trimmed; empty ones
 * are skipped). Returns 0 or -1. */
int ev_sdoc_add_para(ev_sdoc *d, const char *s, size_t n);
/* Segments, tokenizes and stems; fills d->doc (title may be NULL).
 * Returns 0 or -1. */
int ev_sdoc_finish(ev_sdoc *d, ev_analyser *a, const char *title, size_t title_len);
/* Words (tokens with a letter or digit) of text[off, off+len). */
size_t ev_sdoc_words(const char *text, size_t off, size_t len);

#endif /* PRECIS_EVAL_SECTDOC_H */
