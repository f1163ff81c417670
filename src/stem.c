/* stem.c - Snowball stemmers (libstemmer) behind the precis allocator. */
#include "precis_internal.h"

#include <libstemmer.h>
#include <string.h>

/* Longer "words" (URLs, glued tokens) are returned as they are: no real word
 * is this long, and it bounds the work per token. */
#define STEM_MAX_BYTES 64

struct precis_stemmer {
    struct sb_stemmer *sb;
    const precis_alloc *alc;
};

precis_stemmer *precis_stemmer_new(const char *lang, const precis_alloc *alc) {
    if (!lang) return NULL;
    int li = precis_lang_index(lang, strlen(lang));
    if (li < 0) return NULL;
    if (!alc) alc = &precis_default_alloc;
    precis_stemmer *st = precis_malloc(alc, sizeof *st);
    if (!st) return NULL;
    st->alc = alc;
    st->sb = sb_stemmer_new(precis_language_table[li].snowball, "UTF_8");
    if (!st->sb) {
        precis_free(alc, st);
        return NULL;
    }
    return st;
}

void precis_stemmer_free(precis_stemmer *st) {
    if (!st) return;
    sb_stemmer_delete(st->sb);
    precis_free(st->alc, st);
}

/* The input must already be case-folded NFC. Returns NULL (and *out_len = 0)
 * only when libstemmer runs out of memory. */
const char *precis_stem(precis_stemmer *st, const char *folded, size_t n, size_t *out_len) {
    if (n == 0 || n > STEM_MAX_BYTES) {
        if (out_len) *out_len = n;
        return folded;
    }
    const sb_symbol *r = sb_stemmer_stem(st->sb, (const sb_symbol *)folded, (int)n);
    if (!r) {
        if (out_len) *out_len = 0;
        return NULL;
    }
    if (out_len) *out_len = (size_t)sb_stemmer_length(st->sb);
    return (const char *)r;
}
