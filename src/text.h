/*
 * text.h - the text kernel: UTF-8 decoding, white space, letter and digit
 * classes, case folding and white-space collapse. Every stage reads text
 * through these; none keeps its own copy. Internal, not installed.
 */
#ifndef PRECIS_TEXT_H
#define PRECIS_TEXT_H

#include <stddef.h>
#include <stdint.h>

struct precis_buf;

/* ------------------------------------------------------------- decoding */

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

/* Start of the character that ends just before s[end]; stays within
 * [begin, end) and steps over at most three continuation bytes. An empty
 * range gives begin (and precis_utf8_before PRECIS_UTF8_BAD): a caller's
 * empty span at the text's start must not step before it (a fuzzer's find). */
static inline size_t precis_utf8_prev(const unsigned char *s, size_t begin, size_t end) {
    if (end <= begin) return begin;
    size_t p = end - 1;
    while (p > begin && end - p < 4 && (s[p] & 0xC0) == 0x80)
        p--;
    return p;
}

/* The code point that ends just before s[end], or PRECIS_UTF8_BAD when the
 * bytes there do not end a well-formed character (or the range is empty). */
static inline uint32_t precis_utf8_before(const unsigned char *s, size_t begin, size_t end) {
    if (end <= begin) return PRECIS_UTF8_BAD;
    size_t p = precis_utf8_prev(s, begin, end);
    uint32_t cp;
    return p + precis_utf8_next(s + p, end - p, &cp) == end ? cp : PRECIS_UTF8_BAD;
}

/* ----------------------------------------------------------- white space */

/* White space (Unicode White_Space) plus the invisible spacers that scraped
 * text carries (ZERO WIDTH SPACE, WORD JOINER, ZERO WIDTH NO-BREAK SPACE):
 * what counts as blank when trimming, separating words or testing for empty
 * input. */
static inline int precis_is_space(uint32_t c) {
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

/* Layout white space, which display strings collapse: ASCII white space and
 * the line and paragraph separators U+2028, U+2029. Typographic spaces (no-
 * break, thin, narrow no-break) carry meaning ("10 000", "« Non »") and are
 * kept. With PRECIS_SPACE_NBSP, U+00A0 collapses too (HTML's &nbsp; used
 * for layout). Returns the width in bytes of such a space at s[0] (n >= 1
 * bytes available), or 0. */
enum { PRECIS_SPACE_NBSP = 1 };
static inline size_t precis_layout_space(const unsigned char *s, size_t n, unsigned flags) {
    unsigned c = s[0];
    if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
    if (c == 0xE2 && n > 2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)) return 3;
    if (c == 0xC2 && (flags & PRECIS_SPACE_NBSP) && n > 1 && s[1] == 0xA0) return 2;
    return 0;
}

/*
 * Appends s[0, n) to out with each run of layout white space made one ' ',
 * none at the start of what is appended since out->len == start, and none
 * at its end: a run is written only before the next other character.
 * *pending carries a run from one call to the next, so pieces collapse as
 * one string; start with 0. Returns 0 or -1 on OOM.
 */
int precis_collapse(struct precis_buf *out, size_t start, const char *s, size_t n, int *pending);

/* ------------------------------------------------------ character classes */

/* Classes of a code point, by Unicode general category. */
enum {
    PRECIS_CH_LETTER = 1,  /* L* */
    PRECIS_CH_UPPER = 2,   /* Lu, Lt */
    PRECIS_CH_LOWER = 4,   /* Ll */
    PRECIS_CH_NUMBER = 8,  /* Nd, Nl, No */
    PRECIS_CH_MARK = 16,   /* Mn, Mc (combining, inside words) */
    PRECIS_CH_ENCLOSE = 32 /* Me (enclosing: keycaps, circles) */
};

/* Classes of a non-ASCII code point (PRECIS_UTF8_BAD has none). */
unsigned precis_char_class_ext(uint32_t cp);

static inline unsigned precis_char_class(uint32_t c) {
    if (c < 0x80) {
        if (c >= 'a' && c <= 'z') return PRECIS_CH_LETTER | PRECIS_CH_LOWER;
        if (c >= 'A' && c <= 'Z') return PRECIS_CH_LETTER | PRECIS_CH_UPPER;
        return c >= '0' && c <= '9' ? PRECIS_CH_NUMBER : 0;
    }
    if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) /* Latin-1 letters */
        return PRECIS_CH_LETTER | (c < 0xDF ? PRECIS_CH_UPPER : PRECIS_CH_LOWER);
    return precis_char_class_ext(c);
}

static inline int precis_is_letter(uint32_t c) {
    return (precis_char_class(c) & PRECIS_CH_LETTER) != 0;
}
static inline int precis_is_upper(uint32_t c) {
    return (precis_char_class(c) & PRECIS_CH_UPPER) != 0;
}
static inline int precis_is_lower(uint32_t c) {
    return (precis_char_class(c) & PRECIS_CH_LOWER) != 0;
}
/* A letter or a number of any script. */
static inline int precis_is_alnum(uint32_t c) {
    return (precis_char_class(c) & (PRECIS_CH_LETTER | PRECIS_CH_NUMBER)) != 0;
}
/* An ASCII digit: what numbers, list markers and ordinals are written with. */
static inline int precis_is_digit(uint32_t c) {
    return c >= '0' && c <= '9';
}
/* Typographic apostrophes (RIGHT and LEFT SINGLE QUOTATION MARK, MODIFIER
 * LETTER APOSTROPHE), which folding turns into "'". */
static inline int precis_is_curly_apostrophe(uint32_t c) {
    return c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

/* ---------------------------------------------------------- case folding */

/*
 * Case-folds s (full Unicode case folding: "Daß" -> "dass"), NFC, folding
 * typographic apostrophes to "'" and dropping default-ignorable characters
 * (soft hyphen, ZWJ). out is cleared first. Ill-formed text is copied
 * unchanged. Returns 0 or -1 on OOM.
 */
int precis_fold(const char *s, size_t n, struct precis_buf *out);

/* precis_fold into out[0, cap) (cap <= 64: lookup keys), without
 * allocating: returns the folded length, or 0 when it does not fit or s is
 * ill-formed. */
size_t precis_fold_to(const char *s, size_t n, char *out, size_t cap);

/* The simple upper-case mapping of cp, encoded in out; its length, or 0
 * for PRECIS_UTF8_BAD. */
size_t precis_upper_utf8(uint32_t cp, unsigned char out[4]);

/*
 * Upper-cases in place the first letter of the word at out->data[at..) when
 * the word is plain lower case ("the" -> "The", not "iPhone" -> "IPhone"); a
 * word runs while its characters have one of word_classes (PRECIS_CH_*).
 * The byte length may change ("ß"-like mappings). Returns 0, -1 on OOM.
 */
int precis_capitalize_word(struct precis_buf *out, size_t at, uint32_t word_classes);

/*
 * An NFC boundary (normalize.c): canonical class 0 and NFC_Quick_Check = Yes,
 * so nothing after it can change anything before it and NFC leaves it as is.
 * Everything below U+0300 qualifies; hot loops test that first.
 */
int precis_nfc_boundary(uint32_t cp);

#endif /* PRECIS_TEXT_H */
