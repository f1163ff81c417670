/*
 * stem.h - Snowball stemmers (stem.c).
 */
#ifndef PRECIS_STEM_H
#define PRECIS_STEM_H

#include "base.h"

/* One Snowball stemmer; NOT thread-safe: one per workspace. */
typedef struct precis_stemmer precis_stemmer;
precis_stemmer *precis_stemmer_new(const char *lang, const precis_alloc *alc);
void precis_stemmer_free(precis_stemmer *st);
/* Stems folded UTF-8 word; result valid until the next call. */
const char *precis_stem(precis_stemmer *st, const char *folded, size_t n, size_t *out_len);

#endif /* PRECIS_STEM_H */
