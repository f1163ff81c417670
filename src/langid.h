/*
 * langid.h - the language of a text, from libexttextcat fingerprints
 * (langid.c).
 */
#ifndef PRECIS_LANGID_H
#define PRECIS_LANGID_H

#include "base.h"

typedef struct precis_langid precis_langid;
/* Creates an identifier restricted to the given language mask (bit i =
 * row i of precis_language_table). NULL on failure (err: NOMEM or DATA). Safe for
 * concurrent precis_langid_guess calls. */
precis_langid *precis_langid_new(unsigned lang_mask, const precis_alloc *alc, precis_error *err);
void precis_langid_free(precis_langid *id);
/* Guesses the language of text (UTF-8). Returns the row of
 * precis_language_table, or -1 if nothing is recognized; *confidence in [0,1]. */
int precis_langid_guess(const precis_langid *id, const char *text, size_t len, double *confidence);

#endif /* PRECIS_LANGID_H */
