/* engine.h - the engine's layout, for the modules that brief with it. */
#ifndef PRECIS_ENGINE_H
#define PRECIS_ENGINE_H

#include "doc.h"
#include "entities.h"
#include "keywords.h"
#include "quotes.h"
#include "sections.h"

#include <pthread.h>

struct precis_engine {
    precis_alloc alc;
    unsigned mask; /* languages loaded, bit i = row i of precis_language_table */
    precis_langid *langid;
    precis_segmenter *seg[PRECIS_MAX_LANGS];
    precis_lexicon *lex[PRECIS_MAX_LANGS];
    precis_compressor *comp[PRECIS_MAX_LANGS];      /* key-point compression rules */
    precis_keywords *kw[PRECIS_MAX_LANGS];          /* keyphrase cues */
    precis_quoter *quoter[PRECIS_MAX_LANGS];        /* quotation cues */
    precis_entiter *entiter[PRECIS_MAX_LANGS];      /* named-entity cues and gazetteers */
    double weights[PRECIS_MAX_LANGS][PRECIS_NFEAT]; /* scorer, per language */
    const double *weights_extract;                  /* scorer for extracts, NULL: the above */
    pthread_mutex_t lock;                           /* guards pool */
    precis_workspace *pool;                         /* idle workspaces */
};

/* Takes an idle workspace from the pool, or makes one; NULL on OOM. */
precis_workspace *precis_engine_acquire(const precis_engine *e);
/* Returns a workspace to the pool. NULL is a no-op. */
void precis_engine_release(const precis_engine *e, precis_workspace *ws);
/* The workspace's stemmer for a language, made on first use; NULL on OOM. */
precis_stemmer *precis_workspace_stemmer(precis_workspace *ws, int lang);

#endif /* PRECIS_ENGINE_H */
