/*
 * sectdoc.h - an analysed document for the sections stage, made by the
 * brief's own pipeline (sectdoc.c): the paragraphs given are joined under a
 * placeholder headline and analysed by precis_brief_analyse (one key point,
 * every sentence considered, so that every sentence has its tokens and
 * stems). Used by tools/sections-eval.c and tests/test_sections.c.
 */
#ifndef PRECIS_EVAL_SECTDOC_H
#define PRECIS_EVAL_SECTDOC_H

#include "brief.h"
#include "sections.h"

/* An engine for one language, made once. */
typedef struct ev_analyser {
    char lang[8];
    precis_engine *engine;
} ev_analyser;

int ev_analyser_init(ev_analyser *a, const char *lang); /* 0 or -1 */
void ev_analyser_free(ev_analyser *a);

typedef struct ev_sdoc {
    precis_buf raw; /* the input: headline, then the paragraphs */
    size_t n_paras; /* paragraphs added */
    precis_brief *brief;
    precis_vec paras; /* precis_paragraph: the analysis's (same count) */
    precis_vec sents; /* precis_sentence: the analysis's */
    precis_vec toks;  /* precis_token: the analysis's */
    precis_buf text;  /* the normalized text, with text.len for the pages */
    precis_sections_doc doc;
} ev_sdoc;

void ev_sdoc_init(ev_sdoc *d);
void ev_sdoc_free(ev_sdoc *d);
/* Clears d; then add paragraphs, then finish. */
void ev_sdoc_clear(ev_sdoc *d);
/* Appends one paragraph (any UTF-8; white space collapsed; empty ones are
 * skipped). Returns 0 or -1. */
int ev_sdoc_add_para(ev_sdoc *d, const char *s, size_t n);
/* Analyses the paragraphs; fills d->doc (title may be NULL). Returns 0, or
 * -1 when the analysis fails or does not find the paragraphs given. */
int ev_sdoc_finish(ev_sdoc *d, ev_analyser *a, const char *title, size_t title_len);
/* The paragraphs added, blank-line separated, before the analysis. */
const char *ev_sdoc_body(const ev_sdoc *d, size_t *len);
/* Words (tokens with a letter or digit) of text[off, off+len). */
size_t ev_sdoc_words(const char *text, size_t off, size_t len);

#endif /* PRECIS_EVAL_SECTDOC_H */
