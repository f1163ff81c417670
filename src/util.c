/* util.c - allocation hooks, error values, growable buffers and arrays. */
#include "precis_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *std_malloc(void *ctx, size_t size) {
    (void)ctx;
    return malloc(size);
}
static void *std_realloc(void *ctx, void *ptr, size_t old_size, size_t size) {
    (void)ctx;
    (void)old_size;
    return realloc(ptr, size);
}
static void std_free(void *ctx, void *ptr) {
    (void)ctx;
    free(ptr);
}

const precis_alloc precis_default_alloc = {std_malloc, std_realloc, std_free, NULL};

void *precis_malloc(const precis_alloc *alc, size_t size) {
    return alc->malloc(alc->ctx, size ? size : 1);
}
void *precis_realloc(const precis_alloc *alc, void *ptr, size_t old_size, size_t size) {
    if (!ptr) return precis_malloc(alc, size);
    return alc->realloc(alc->ctx, ptr, old_size, size ? size : 1);
}
void precis_free(const precis_alloc *alc, void *ptr) {
    if (ptr) alc->free(alc->ctx, ptr);
}

static const char *const messages[] = {
    [PRECIS_OK] = "no error",
    [PRECIS_ERR_NOMEM] = "out of memory",
    [PRECIS_ERR_INVALID_ARG] = "invalid argument",
    [PRECIS_ERR_EMPTY] = "input is empty or only whitespace",
    [PRECIS_ERR_BINARY] = "input looks binary",
    [PRECIS_ERR_UTF8] = "input is not valid UTF-8",
    [PRECIS_ERR_TOO_LARGE] = "input is larger than the max_bytes option allows",
    [PRECIS_ERR_LANG] = "language not supported",
    [PRECIS_ERR_JSON] = "record is not valid JSON",
    [PRECIS_ERR_NO_TEXT] = "record has no \"text\" or \"html\" string",
    [PRECIS_ERR_DATA] = "language data could not be loaded",
    [PRECIS_ERR_FORMAT] = "unknown output format",
};

const char *precis_strerror(precis_code code) {
    if ((unsigned)code < sizeof messages / sizeof messages[0] && messages[code])
        return messages[code];
    return "unknown error";
}

int precis_set_error(precis_error *err, precis_code code, size_t pos) {
    if (err) {
        err->code = code;
        err->msg = precis_strerror(code);
        err->pos = pos;
    }
    return -(int)code;
}

/* ---------------------------------------------------------------- buffer */

void precis_buf_init(precis_buf *b, const precis_alloc *alc) {
    memset(b, 0, sizeof *b);
    b->alc = alc;
}

void precis_buf_free(precis_buf *b) {
    precis_free(b->alc, b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}

void precis_buf_clear(precis_buf *b) {
    b->len = 0;
    b->oom = 0;
    if (b->data) b->data[0] = 0;
}

int precis_buf_reserve(precis_buf *b, size_t extra) {
    if (b->oom) return -1;
    if (extra > SIZE_MAX - b->len - 1) return b->oom = 1, -1;
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = precis_realloc(b->alc, b->data, b->cap, cap);
    if (!p) return b->oom = 1, -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

int precis_buf_reserve_exact(precis_buf *b, size_t extra) {
    if (b->oom) return -1;
    if (extra > SIZE_MAX - b->len - 1) return b->oom = 1, -1;
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return 0;
    char *p = precis_realloc(b->alc, b->data, b->cap, need);
    if (!p) return b->oom = 1, -1;
    b->data = p;
    b->cap = need;
    return 0;
}

int precis_buf_append_grow(precis_buf *b, const char *s, size_t n) {
    if (precis_buf_reserve(b, n) != 0) return -1;
    return precis_buf_append(b, s, n); /* fits now: the inline copy */
}

int precis_buf_printf(precis_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char small[128];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return -1;
    if ((size_t)n < sizeof small) return precis_buf_append(b, small, (size_t)n);
    if (precis_buf_reserve(b, (size_t)n) != 0) return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

char *precis_buf_detach(precis_buf *b, size_t *len) {
    if (b->oom) return NULL;
    if (!b->data && precis_buf_reserve(b, 0) != 0) return NULL;
    char *d = b->data;
    if (len) *len = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}

/* ----------------------------------------------------------------- array */

void precis_vec_init(precis_vec *v, size_t item_size, const precis_alloc *alc) {
    memset(v, 0, sizeof *v);
    v->item = item_size;
    v->alc = alc;
}

void precis_vec_free(precis_vec *v) {
    precis_free(v->alc, v->data);
    v->data = NULL;
    v->len = v->cap = 0;
}

int precis_vec_reserve(precis_vec *v, size_t n) {
    if (n <= v->cap) return 0;
    size_t cap = v->cap ? v->cap : 16;
    while (cap < n)
        cap *= 2;
    if (cap > SIZE_MAX / v->item) return -1;
    void *p = precis_realloc(v->alc, v->data, v->cap * v->item, cap * v->item);
    if (!p) return -1;
    v->data = p;
    v->cap = cap;
    return 0;
}

void *precis_vec_push(precis_vec *v) {
    if (v->len == v->cap && precis_vec_reserve(v, v->len + 1) != 0) return NULL;
    void *p = (char *)v->data + v->len * v->item;
    memset(p, 0, v->item);
    v->len++;
    return p;
}

/* ------------------------------------------------------------ word lists */

/* The NUL-terminated word w is the bytes (s, n); not memcmp: w may end
 * before n bytes. */
static inline int word_is(const char *w, const char *s, size_t n) {
    size_t k = 0;
    while (k < n && w[k] && w[k] == s[k])
        k++;
    return k == n && !w[n];
}

/* h: precis_fnv1a(s, n) when hash is set, computed here when !hashed */
static inline int wordlist_has(const precis_wordlist *wl, const char *s, size_t n, uint32_t h,
                               int hashed) {
    if (!wl) return 0;
    if (wl->hash) {
        if (!hashed) h = precis_fnv1a(s, n);
        uint32_t high = h & ~wl->index_mask;
        if (!(wl->filter[h >> 30] >> (h >> 24 & 63) & 1)) return 0;
        for (size_t i = h & wl->hash_mask; wl->hash[i]; i = (i + 1) & wl->hash_mask) {
            if ((wl->hash[i] & ~wl->index_mask) != high) continue;
            const char *w = wl->words[(wl->hash[i] & wl->index_mask) - 1];
            if (word_is(w, s, n)) return 1;
        }
        return 0;
    }
    size_t lo = 0, hi = wl->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const unsigned char *w = (const unsigned char *)wl->words[mid];
        /* inline: most probes differ in the first bytes, where a call to
         * strncmp costs more than the comparison */
        size_t i = 0;
        while (i < n && w[i] && w[i] == (unsigned char)s[i])
            i++;
        int c;
        if (i == n)
            c = w[n] != 0; /* w longer than s sorts after */
        else
            c = w[i] < (unsigned char)s[i] || !w[i] ? -1 : 1;
        if (c < 0)
            lo = mid + 1;
        else if (c > 0)
            hi = mid;
        else
            return 1;
    }
    return 0;
}

int precis_wordlist_has(const precis_wordlist *wl, const char *s, size_t n) {
    return wordlist_has(wl, s, n, 0, 0);
}

int precis_wordlist_has_hashed(const precis_wordlist *wl, const char *s, size_t n, uint32_t h) {
    return wordlist_has(wl, s, n, h, 1);
}

uint32_t precis_wordindex_get(const precis_wordindex *ix, const char *s, size_t n) {
    if (!ix) return 0;
    uint32_t h = precis_fnv1a(s, n), high = h & ~ix->index_mask;
    for (size_t i = h & ix->hash_mask; ix->hash[i]; i = (i + 1) & ix->hash_mask) {
        if ((ix->hash[i] & ~ix->index_mask) != high) continue;
        const precis_wordindex_entry *e = &ix->entries[(ix->hash[i] & ix->index_mask) - 1];
        if (e->long_word ? word_is(e->long_word, s, n)
                         : n <= PRECIS_WORDINDEX_INLINE && word_is(e->word, s, n))
            return e->lists;
    }
    return 0;
}

void precis_wordindex_prefetch(const precis_wordindex *ix, const char *s, size_t n) {
    if (ix) __builtin_prefetch(&ix->hash[precis_fnv1a(s, n) & ix->hash_mask]);
}

/* --------------------------------------------------------------- hashing */

uint32_t precis_fnv1a(const char *s, size_t n) {
    return precis_fnv1a_more(PRECIS_FNV1A_INIT, s, n);
}

uint32_t precis_fnv1a_more(uint32_t h, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

int precis_wordset_init(precis_wordset *set, size_t count, const precis_alloc *alc) {
    set->hashes = NULL;
    set->slots = NULL;
    set->mask = 0;
    if (count == 0) return 0;
    size_t cap = 16;
    while (cap < count * 2)
        cap *= 2;
    /* one block: the slots, then the hashes */
    size_t size = cap * (sizeof *set->slots + sizeof *set->hashes);
    set->slots = precis_malloc(alc, size);
    if (!set->slots) return -1;
    memset(set->slots, 0, size);
    set->hashes = (uint32_t *)(set->slots + cap);
    set->mask = cap - 1;
    return 0;
}

void precis_wordset_free(precis_wordset *set, const precis_alloc *alc) {
    precis_free(alc, set->slots);
    set->hashes = NULL;
    set->slots = NULL;
    set->mask = 0;
}

/* The slot of (s, n), hashed h (precis_fnv1a | 1), in set: its own, or the
 * empty one where it would go. */
static size_t wordset_find(const precis_wordset *set, const char *s, size_t n, uint32_t h) {
    for (size_t i = h & set->mask;; i = (i + 1) & set->mask) {
        uint32_t hi = set->hashes[i];
        if (!hi) return i;
        if (hi == h && set->slots[i].len == n && memcmp(set->slots[i].word, s, n) == 0) return i;
    }
}

void precis_wordset_add(precis_wordset *set, const char *w, uint32_t flags) {
    precis_wordset_add_n(set, w, strlen(w), flags);
}

void precis_wordset_add_n(precis_wordset *set, const char *w, size_t n, uint32_t flags) {
    if (!set->slots || n == 0) return;
    uint32_t h = precis_fnv1a(w, n) | 1;
    size_t i = wordset_find(set, w, n, h);
    if (!set->hashes[i]) {
        set->hashes[i] = h;
        set->slots[i] = (precis_wordset_slot){w, (uint32_t)n, flags};
    } else {
        set->slots[i].flags |= flags;
    }
}

uint32_t precis_wordset_get(const precis_wordset *set, const char *s, size_t n) {
    if (!set->slots || n == 0) return 0;
    size_t i = wordset_find(set, s, n, precis_fnv1a(s, n) | 1);
    return set->hashes[i] ? set->slots[i].flags : 0;
}
