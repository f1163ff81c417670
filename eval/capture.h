/*
 * capture.h - the scorer's view of an article, for training and its tests:
 * a brief made through the pipeline's scored hook (src/analysis.h), which
 * copies the features of every considered sentence and their similarities.
 */
#ifndef PRECIS_EVAL_CAPTURE_H
#define PRECIS_EVAL_CAPTURE_H

#include "brief.h"

typedef struct ev_scored {
    double *feats; /* n rows of PRECIS_NFEAT (src/doc.h) */
    float *sims;   /* n * n cosines, row-major: what selection compares */
    size_t n;      /* considered sentences */
    int extract_model;
} ev_scored;

/* precis_brief_text that also fills *out (freed with ev_scored_free, also
 * after a failure). NULL with err set on failure. */
precis_brief *ev_brief_scored(const precis_engine *e, const char *text, size_t len,
                              const precis_options *opts, ev_scored *out, precis_error *err);
void ev_scored_free(ev_scored *s);

#endif /* PRECIS_EVAL_CAPTURE_H */
