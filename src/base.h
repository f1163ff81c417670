/*
 * base.h - what every module of the library stands on: allocation through the
 * engine's hooks, errors as values, growable buffers and arrays.
 */
#ifndef PRECIS_BASE_H
#define PRECIS_BASE_H

#include "precis.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Allocation through the hooks; alc is never NULL inside the library (the
 * engine resolves NULL to the default hooks). */
void *precis_malloc(const precis_alloc *alc, size_t size);
void *precis_realloc(const precis_alloc *alc, void *ptr, size_t old_size, size_t size);
void precis_free(const precis_alloc *alc, void *ptr);
/* The default hooks (malloc/realloc/free). */
extern const precis_alloc precis_default_alloc;

/* Default of precis_options.max_html_depth: real pages stay far below it, and
 * gumbo's time grows with the square of the depth. */
#define PRECIS_HTML_DEFAULT_DEPTH 1000

/* Sets *err (when err is not NULL) and returns code. */
int precis_set_error(precis_error *err, precis_code code, size_t pos);

/* ---------------------------------------------------------------- buffer */

/* Growable byte buffer; data is always NUL-terminated when cap > 0. */
typedef struct precis_buf {
    char *data;
    size_t len, cap;
    const precis_alloc *alc;
    int oom; /* sticky: set once an append failed */
} precis_buf;

void precis_buf_init(precis_buf *b, const precis_alloc *alc);
void precis_buf_free(precis_buf *b);
void precis_buf_clear(precis_buf *b);                /* len = 0, keeps memory */
int precis_buf_reserve(precis_buf *b, size_t extra); /* 0 or -1 (sets oom) */
/* Room for extra more bytes without the doubling slack: for a buffer whose
 * final size is known. 0 or -1 (sets oom). */
int precis_buf_reserve_exact(precis_buf *b, size_t extra);
/* Appends are inline when the room is there (the JSON writer makes several
 * small ones per field; the length of a literal is then known at compile
 * time), else grow the buffer in precis_buf_append_grow. */
int precis_buf_append_grow(precis_buf *b, const char *s, size_t n);
static inline int precis_buf_append(precis_buf *b, const char *s, size_t n) {
    if (b->oom || n >= b->cap - b->len) return precis_buf_append_grow(b, s, n);
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
    return 0;
}
static inline int precis_buf_puts(precis_buf *b, const char *s) { /* NUL-terminated s */
    return precis_buf_append(b, s, strlen(s));
}
static inline int precis_buf_putc(precis_buf *b, char c) {
    return precis_buf_append(b, &c, 1);
}
int precis_buf_printf(precis_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Transfers ownership of data (NUL-terminated) to the caller; b is reset. */
char *precis_buf_detach(precis_buf *b, size_t *len);

/* Growable array of fixed-size items. */
typedef struct precis_vec {
    void *data;
    size_t len, cap, item;
    const precis_alloc *alc;
} precis_vec;

void precis_vec_init(precis_vec *v, size_t item_size, const precis_alloc *alc);
void precis_vec_free(precis_vec *v);
/* Returns a pointer to a new zeroed item at the end, or NULL on OOM. */
void *precis_vec_push(precis_vec *v);
int precis_vec_reserve(precis_vec *v, size_t n); /* capacity >= n; 0 or -1 */
#define PRECIS_VEC_AT(v, type, i) (&((type *)(v)->data)[(i)])

#endif /* PRECIS_BASE_H */
