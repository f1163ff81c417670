/*
 * text.c - the text kernel's out-of-line half (see text.h): character
 * classes beyond ASCII, case folding and white-space collapse.
 */
#include "text.h"

#include "precis_internal.h"

#include <string.h>
#include <utf8proc.h>

unsigned precis_char_class_ext(uint32_t cp) {
    if (cp > 0x10FFFF) return 0;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return PRECIS_CH_LETTER | PRECIS_CH_UPPER;
    case UTF8PROC_CATEGORY_LL:
        return PRECIS_CH_LETTER | PRECIS_CH_LOWER;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return PRECIS_CH_LETTER;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return PRECIS_CH_NUMBER;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
        return PRECIS_CH_MARK;
    case UTF8PROC_CATEGORY_ME:
        return PRECIS_CH_ENCLOSE;
    default:
        return 0;
    }
}

int precis_collapse(precis_buf *out, size_t start, const char *s, size_t n, int *pending) {
    if (precis_buf_reserve(out, n + 1) != 0) return -1; /* a pending space and s */
    const unsigned char *u = (const unsigned char *)s;
    char *d = out->data;
    size_t len = out->len;
    int p = *pending;
    for (size_t i = 0; i < n;) {
        /* a run of bytes that open no layout space is copied as it is read
         * (a memcpy call a word cost more than its bytes, and mispredicted
         * on their lengths): ASCII other than blanks and controls, and lead
         * bytes other than 0xE2 */
        if (u[i] > ' ' && u[i] != 0xE2) {
            if (p) d[len++] = ' ';
            p = 0;
            for (;;) {
                do
                    d[len++] = (char)u[i++];
                while (i < n && u[i] > ' ' && u[i] != 0xE2);
                /* one space before another such byte is copied too, the
                 * run going on (a space between words is most runs' end;
                 * it would be written before the next byte all the same) */
                if (i + 1 >= n || u[i] != ' ' || u[i + 1] <= ' ' || u[i + 1] == 0xE2) break;
                d[len++] = ' ';
                i++;
            }
            continue;
        }
        size_t w = precis_layout_space(u + i, n - i, 0);
        if (w) {
            p = len > start;
            i += w;
            continue;
        }
        if (p) d[len++] = ' ';
        p = 0;
        d[len++] = s[i++];
    }
    d[len] = 0;
    out->len = len;
    *pending = p;
    return 0;
}

/* ---------------------------------------------------------- case folding */

/* Typographic apostrophes become ASCII so "l’" and "l'" fold alike. */
static utf8proc_int32_t fold_apostrophe(utf8proc_int32_t c, void *data) {
    (void)data;
    return precis_is_curly_apostrophe((uint32_t)c) ? '\'' : c;
}

/* Casefold (with canonical decomposition), drop default-ignorables such as
 * soft hyphens, then compose back to NFC. */
static const utf8proc_option_t FOLD_OPTS = UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_IGNORE;

#define FOLD_STACK 128 /* code points folded without allocating */
#define FOLD_PIECE 256 /* bytes folded by one utf8proc call at most */

static char ascii_lower(char c) {
    return (c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c;
}

/* Folds s[0..n) (not all ASCII) and appends it to out. */
static int fold_piece(const char *s, size_t n, precis_buf *out) {
    utf8proc_int32_t stack[FOLD_STACK + 1];
    utf8proc_int32_t *buf = stack;
    utf8proc_ssize_t m =
        utf8proc_decompose_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, buf, FOLD_STACK,
                                  FOLD_OPTS, fold_apostrophe, NULL);
    if (m > FOLD_STACK) {
        buf = precis_malloc(out->alc, ((size_t)m + 1) * sizeof *buf);
        if (!buf) return -1;
        m = utf8proc_decompose_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, buf, m,
                                      FOLD_OPTS, fold_apostrophe, NULL);
    }
    int rc = 0;
    if (m < 0) {
        /* Not valid UTF-8 (normalized text always is): copy it unchanged. */
        rc = precis_buf_append(out, s, n);
    } else {
        m = utf8proc_reencode(buf, m, FOLD_OPTS);
        rc = m < 0 ? -1 : precis_buf_append(out, (const char *)buf, (size_t)m);
    }
    if (buf != stack) precis_free(out->alc, buf);
    return rc;
}

int precis_fold(const char *s, size_t n, precis_buf *out) {
    precis_buf_clear(out);
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80)
        i++;
    if (i == n) {
        if (precis_buf_reserve(out, n) != 0) return -1;
        for (i = 0; i < n; i++)
            out->data[i] = ascii_lower(s[i]);
        out->len = n;
        out->data[n] = 0;
        return 0;
    }
    /* utf8proc's canonical reordering is quadratic in a run of combining
     * marks (a letter and 50,000 accents took 38 s), so a huge token is
     * folded in pieces of at most FOLD_PIECE bytes cut at character starts.
     * Real words fit in one piece and fold exactly as a whole. */
    for (size_t p = 0; p < n;) {
        size_t e = n - p <= FOLD_PIECE ? n : p + FOLD_PIECE;
        while (e < n && e > p + 1 && ((unsigned char)s[e] & 0xC0) == 0x80)
            e--;
        if (fold_piece(s + p, e - p, out) != 0) return -1;
        p = e;
    }
    return 0;
}

#define FOLD_TO_MAX 64 /* longest key folded by precis_fold_to, in bytes */

size_t precis_fold_to(const char *s, size_t n, char *out, size_t cap) {
    size_t i = 0;
    for (; i < n && (unsigned char)s[i] < 0x80; i++) {
        if (i == cap) return 0;
        out[i] = ascii_lower(s[i]);
    }
    if (i == n) return n;
    if (cap > FOLD_TO_MAX || n > 4 * FOLD_TO_MAX) return 0;
    /* A decomposed character takes at most 4 code points; what does not
     * fit here would not fit in cap bytes either. */
    utf8proc_int32_t buf[4 * FOLD_TO_MAX + 1];
    utf8proc_ssize_t m =
        utf8proc_decompose_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, buf,
                                  4 * FOLD_TO_MAX, FOLD_OPTS, fold_apostrophe, NULL);
    if (m < 0 || m > 4 * FOLD_TO_MAX) return 0;
    m = utf8proc_reencode(buf, m, FOLD_OPTS);
    if (m <= 0 || (size_t)m > cap) return 0;
    memcpy(out, buf, (size_t)m);
    return (size_t)m;
}

size_t precis_upper_utf8(uint32_t cp, unsigned char out[4]) {
    if (cp > 0x10FFFF) return 0;
    utf8proc_ssize_t e = utf8proc_encode_char(utf8proc_toupper((utf8proc_int32_t)cp), out);
    return e > 0 ? (size_t)e : 0;
}

int precis_capitalize_word(precis_buf *out, size_t at, uint32_t word_classes) {
    if (at >= out->len) return 0;
    const unsigned char *u = (const unsigned char *)out->data + at;
    size_t m = out->len - at;
    uint32_t cp;
    size_t k = precis_utf8_next(u, m, &cp);
    if (!precis_is_lower(cp)) return 0;
    for (size_t i = k, k2; i < m; i += k2) {
        uint32_t c2;
        k2 = precis_utf8_next(u + i, m - i, &c2);
        if (!(precis_char_class(c2) & word_classes)) break;
        if (precis_is_upper(c2)) return 0;
    }
    unsigned char enc[4];
    size_t e = precis_upper_utf8(cp, enc);
    if (e == 0) return 0;
    if (e != k) { /* another length in upper case: move the tail */
        if (precis_buf_reserve(out, e) != 0) return -1;
        memmove(out->data + at + e, out->data + at + k, m - k);
        out->len = out->len - k + e;
        out->data[out->len] = 0;
    }
    memcpy(out->data + at, enc, e);
    return 0;
}
