/*
 * counting_alloc.h - a precis_alloc for tests: counts allocations, tracks
 * live and peak bytes, and can be told to fail the Nth allocation (or every
 * allocation from the Nth on). Header-only so each test can include it.
 */
#ifndef PRECIS_TEST_COUNTING_ALLOC_H
#define PRECIS_TEST_COUNTING_ALLOC_H

#include "precis.h"

#include <stdlib.h>
#include <string.h>

typedef struct counting_alloc {
    size_t calls;      /* malloc + realloc calls so far */
    size_t fail_at;    /* 1-based call to fail; 0 = never */
    int fail_after;    /* nonzero: every call from fail_at on fails */
    size_t failed;     /* calls made to fail */
    size_t live;       /* blocks not yet freed */
    size_t live_bytes; /* bytes in them */
    size_t peak_bytes; /* highest live_bytes */
    size_t max_bytes;  /* nonzero: calls that would hold more fail */
} counting_alloc;

/* Each block carries its size in a header aligned for any type. */
#define COUNTING_HDR 16

static int counting_should_fail(counting_alloc *c) {
    c->calls++;
    if (c->fail_at && (c->calls == c->fail_at || (c->fail_after && c->calls > c->fail_at))) {
        c->failed++;
        return 1;
    }
    return 0;
}

static void counting_note(counting_alloc *c, size_t add, size_t sub) {
    c->live_bytes = c->live_bytes - sub + add;
    if (c->live_bytes > c->peak_bytes) c->peak_bytes = c->live_bytes;
}

static void *counting_malloc(void *ctx, size_t size) {
    counting_alloc *c = ctx;
    if (counting_should_fail(c) || size > (size_t)-1 - COUNTING_HDR) return NULL;
    if (c->max_bytes && c->live_bytes + size > c->max_bytes) return NULL;
    unsigned char *p = malloc(size + COUNTING_HDR);
    if (!p) return NULL;
    memcpy(p, &size, sizeof size);
    c->live++;
    counting_note(c, size, 0);
    return p + COUNTING_HDR;
}

static void *counting_realloc(void *ctx, void *ptr, size_t old_size, size_t size) {
    counting_alloc *c = ctx;
    if (!ptr) return counting_malloc(ctx, size);
    if (counting_should_fail(c) || size > (size_t)-1 - COUNTING_HDR) return NULL;
    unsigned char *base = (unsigned char *)ptr - COUNTING_HDR;
    size_t had;
    memcpy(&had, base, sizeof had);
    if (c->max_bytes && size > had && c->live_bytes + (size - had) > c->max_bytes) return NULL;
    (void)old_size; /* the header is the truth; old_size may be 0 */
    unsigned char *p = realloc(base, size + COUNTING_HDR);
    if (!p) return NULL;
    memcpy(p, &size, sizeof size);
    counting_note(c, size, had);
    return p + COUNTING_HDR;
}

static void counting_free(void *ctx, void *ptr) {
    counting_alloc *c = ctx;
    if (!ptr) return;
    unsigned char *base = (unsigned char *)ptr - COUNTING_HDR;
    size_t had;
    memcpy(&had, base, sizeof had);
    c->live--;
    counting_note(c, 0, had);
    free(base);
}

static inline precis_alloc counting_hooks(counting_alloc *c) {
    precis_alloc a = {counting_malloc, counting_realloc, counting_free, c};
    return a;
}

#endif
