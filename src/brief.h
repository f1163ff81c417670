/*
 * brief.h - the brief object's internal side: how the pipeline's analysis
 * becomes a brief, and what readers inside the library and eval/ may see.
 */
#ifndef PRECIS_BRIEF_H
#define PRECIS_BRIEF_H

#include "analysis.h"

/* precis_brief_text, with scored (may be NULL) called once the sentences
 * are scored (analysis.h); training passes one (eval/capture.c). */
precis_brief *precis_brief_analyse(const precis_engine *e, const char *text, size_t len,
                                   const precis_options *opts, precis_scored_fn scored,
                                   void *scored_ctx, precis_error *err);
/* The analysed document a brief was made from; read-only. */
const precis_analysis *precis_brief_analysis(const precis_brief *b);

#endif /* PRECIS_BRIEF_H */
