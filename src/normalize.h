/*
 * normalize.h - the input made valid NFC UTF-8 (normalize.c), with the map
 * back to its byte offsets.
 */
#ifndef PRECIS_NORMALIZE_H
#define PRECIS_NORMALIZE_H

#include "base.h"

/* Where normalized text diverges from the input: from norm offset
 * `norm` on, input offset = src + (x - norm), until the next mark. */
typedef struct precis_offmark {
    size_t norm, src;
} precis_offmark;

typedef struct precis_text {
    precis_buf text;  /* normalized UTF-8 (NFC, invalid bytes -> U+FFFD) */
    precis_vec marks; /* precis_offmark, ascending norm; first is {0,0} */
    size_t src_len;   /* length of the input */
    size_t bad_utf8;  /* number of invalid sequences replaced */
    size_t first_bad; /* input offset of the first invalid byte */
} precis_text;

/*
 * Validates and normalizes input bytes.
 * - NUL byte or mostly binary -> PRECIS_ERR_BINARY (pos = first NUL/binary byte).
 * - invalid UTF-8: replaced by U+FFFD, counted in bad_utf8, first_bad set;
 *   with strict, PRECIS_ERR_UTF8 at that offset instead.
 * - empty / whitespace only -> PRECIS_ERR_EMPTY.
 * - NFC via utf8proc; a leading UTF-8 BOM is dropped; CRLF/CR become LF.
 *   Line structure is kept (no whitespace collapsing here). After a dropped
 *   BOM the first mark is {0,3}.
 * out must be initialized with precis_text_init; it is cleared first, so a
 * workspace can reuse it. Returns 0 or a negative error (and sets err).
 */
void precis_text_init(precis_text *t, const precis_alloc *alc);
void precis_text_free(precis_text *t);
int precis_normalize(const char *in, size_t len, int strict, precis_text *out, precis_error *err);
/* Maps a byte offset of the normalized text back to the input. */
size_t precis_text_src_offset(const precis_text *t, size_t norm_off);

#endif /* PRECIS_NORMALIZE_H */
