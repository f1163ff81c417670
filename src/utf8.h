/*
 * utf8.h - inline UTF-8 decoding and space tests shared by the text modules
 * (normalize.c, paragraphs.c, tokenize.c). Internal, not installed.
 */
#ifndef PRECIS_UTF8_H
#define PRECIS_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Code point returned for an ill-formed sequence. */
#define PRECIS_UTF8_BAD UINT32_MAX

/*
 * Decodes the character at s (n >= 1 bytes available). Returns the number of
 * bytes consumed and sets *cp. An ill-formed sequence yields PRECIS_UTF8_BAD
 * and the length of its maximal subpart (Unicode 3.9, "U+FFFD substitution of
 * maximal subparts"), so each subpart becomes exactly one replacement.
 * Overlong forms, surrogates and values above U+10FFFF are rejected by the
 * narrowed ranges of the second byte (Table 3-7).
 */
static inline size_t precis_utf8_next(const unsigned char *s, size_t n, uint32_t *cp) {
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need;
    uint32_t v;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1, v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2, v = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0; /* overlong */
        else if (c == 0xED)
            hi = 0x9F; /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3, v = c & 0x07;
        if (c == 0xF0)
            lo = 0x90; /* overlong */
        else if (c == 0xF4)
            hi = 0x8F; /* > U+10FFFF */
    } else {
        *cp = PRECIS_UTF8_BAD;
        return 1;
    }
    for (size_t i = 1; i <= need; i++) {
        if (i >= n || s[i] < lo || s[i] > hi) {
            *cp = PRECIS_UTF8_BAD;
            return i;
        }
        v = (v << 6) | (s[i] & 0x3Fu);
        lo = 0x80, hi = 0xBF;
    }
    *cp = v;
    return need + 1;
}

/* Start of the character that ends just before s[end] (end > begin); stays
 * within [begin, end) and steps over at most three continuation bytes. */
static inline size_t precis_utf8_prev(const unsigned char *s, size_t begin, size_t end) {
    size_t p = end - 1;
    while (p > begin && end - p < 4 && (s[p] & 0xC0) == 0x80)
        p--;
    return p;
}

/* White space (Unicode White_Space) plus the invisible spacers that scraped
 * text carries (ZERO WIDTH SPACE, WORD JOINER, ZERO WIDTH NO-BREAK SPACE):
 * what counts as blank when trimming or testing for empty input. */
static inline int precis_is_space_cp(uint32_t c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    switch (c) {
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x200B:
    case 0x2060:
    case 0xFEFF:
        return 1;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

/*
 * An NFC boundary (normalize.c): canonical class 0 and NFC_Quick_Check = Yes,
 * so nothing after it can change anything before it and NFC leaves it as is.
 * Everything below U+0300 qualifies; hot loops test that first.
 */
int precis_nfc_boundary(uint32_t cp);

#endif /* PRECIS_UTF8_H */
