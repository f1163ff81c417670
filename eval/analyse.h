/*
 * analyse.h - a whole text analysed by the brief's pipeline for the stages
 * that read sentences and tokens (keywords, quotes) outside the brief:
 * precis-eval, their tests and the fuzzer. Every sentence is considered, so
 * that each has its tokens and stems; one key point is chosen, as the
 * pipeline tokenizes only when points are asked for.
 */
#ifndef PRECIS_EVAL_ANALYSE_H
#define PRECIS_EVAL_ANALYSE_H

#include "brief.h"

#include <stdint.h>

/* The brief of text[0, len) in language lang (a code the engine has); read
 * its analysis with precis_brief_analysis, free it with precis_brief_free.
 * NULL when the pipeline refuses the text (empty, binary) or on OOM. */
static inline precis_brief *ev_analyse(const precis_engine *e, const char *lang, const char *text,
                                       size_t len) {
    precis_options o;
    precis_options_default(&o);
    o.lang = lang;
    o.points = 1;
    o.max_sentences = SIZE_MAX;
    return precis_brief_analyse(e, text, len, &o, NULL, NULL, NULL);
}

#endif /* PRECIS_EVAL_ANALYSE_H */
