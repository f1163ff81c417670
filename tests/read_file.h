/*
 * read_file.h - the whole of a test data file, NUL-terminated, for the
 * tests that read their cases from tests/data. Header-only.
 */
#ifndef PRECIS_TEST_READ_FILE_H
#define PRECIS_TEST_READ_FILE_H

#include <stdio.h>
#include <stdlib.h>

/* The file's bytes (free them), its length in *len; NULL when it cannot be
 * read. */
static inline char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) buf[n] = 0, *len = (size_t)n;
    return buf;
}

#endif
