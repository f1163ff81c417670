/*
 * paragraphs.c - splits normalized text into an optional headline and
 * paragraphs (see precis_split_paragraphs in precis_internal.h).
 *
 * Lines end at LF or U+2028; U+2029 (paragraph separator) ends a line and
 * counts as a blank line after it.
 */
#include "precis_internal.h"
#include "text.h"

#include <string.h>

#define TITLE_MAX_BYTES 200
#define TITLE_MAX_WORDS 25

typedef struct line {
    size_t b, e;  /* trimmed content; b == e for a blank line */
    size_t next;  /* start of the following line */
    int broken;   /* a line break follows (not the end of the text) */
    int para_sep; /* ended by U+2029 */
} line;

static size_t trim_left(const unsigned char *s, size_t b, size_t e) {
    while (b < e) {
        uint32_t cp;
        size_t k = precis_utf8_next(s + b, e - b, &cp);
        if (!precis_is_space(cp)) break;
        b += k;
    }
    return b;
}

static size_t trim_right(const unsigned char *s, size_t b, size_t e) {
    while (e > b) {
        size_t p = precis_utf8_prev(s, b, e);
        uint32_t cp;
        precis_utf8_next(s + p, e - p, &cp);
        if (!precis_is_space(cp)) break;
        e = p;
    }
    return e;
}

/* Reads the line starting at pos < len. */
static void read_line(const unsigned char *s, size_t len, size_t pos, line *ln) {
    const unsigned char *nl = memchr(s + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - s) : len;
    size_t next = nl ? end + 1 : len;
    ln->para_sep = 0;
    /* U+2028 / U+2029 are E2 80 A8 / E2 80 A9. */
    for (size_t p = pos; p + 2 < end;) {
        const unsigned char *q = memchr(s + p, 0xE2, end - 2 - p);
        if (!q) break;
        p = (size_t)(q - s);
        if (s[p + 1] == 0x80 && (s[p + 2] == 0xA8 || s[p + 2] == 0xA9)) {
            ln->para_sep = s[p + 2] == 0xA9;
            end = p;
            next = p + 3;
            break;
        }
        p++;
    }
    ln->broken = next > end;
    ln->b = trim_left(s, pos, end);
    ln->e = trim_right(s, ln->b, end);
    ln->next = next;
}

static int is_final_punct(uint32_t c) {
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == 0x2026;
}

static int is_closing_quote(uint32_t c) {
    return c == '"' || c == '\'' || c == ')' || c == 0x201D || c == 0x2019 || c == 0x00BB ||
           c == 0x203A;
}

/* Last non-space character of s[b, e) before position e, or 0. */
static uint32_t last_char(const unsigned char *s, size_t b, size_t *e) {
    *e = trim_right(s, b, *e);
    if (*e == b) return 0;
    size_t p = precis_utf8_prev(s, b, *e);
    uint32_t cp;
    precis_utf8_next(s + p, *e - p, &cp);
    *e = p;
    return cp;
}

static int looks_like_title(const unsigned char *s, const line *ln) {
    if (ln->e - ln->b > TITLE_MAX_BYTES) return 0;
    size_t e = ln->e;
    uint32_t c = last_char(s, ln->b, &e);
    if (is_final_punct(c)) return 0;
    if (is_closing_quote(c) && is_final_punct(last_char(s, ln->b, &e))) return 0;
    size_t words = 0;
    int in_word = 0;
    for (size_t p = ln->b; p < ln->e;) {
        uint32_t cp;
        p += precis_utf8_next(s + p, ln->e - p, &cp);
        int sp = precis_is_space(cp);
        if (!sp && !in_word) words++;
        in_word = !sp;
    }
    return words <= TITLE_MAX_WORDS;
}

static int push_para(precis_vec *paras, size_t b, size_t e) {
    precis_paragraph *p = precis_vec_push(paras);
    if (!p) return -1;
    p->off = b;
    p->len = e - b;
    return 0;
}

/* Does [pos, len) hold a blank line (or U+2029) between two non-blank lines? */
static int has_inner_blank(const unsigned char *s, size_t len, size_t pos) {
    int seen_text = 0, gap = 0;
    while (pos < len) {
        line ln;
        read_line(s, len, pos, &ln);
        if (ln.b == ln.e) {
            gap = seen_text;
        } else {
            if (gap) return 1;
            seen_text = 1;
            gap = ln.para_sep;
        }
        pos = ln.next;
    }
    return 0;
}

int precis_split_paragraphs(const char *text, size_t len, size_t *title_off, size_t *title_len,
                            precis_vec *paras) {
    const unsigned char *s = (const unsigned char *)text;
    *title_off = *title_len = 0;
    paras->len = 0;
    size_t pos = 0;
    line ln = {0, 0, 0, 0, 0};
    while (pos < len) {
        read_line(s, len, pos, &ln);
        if (ln.b < ln.e) break;
        pos = ln.next;
    }
    if (pos >= len) return 0;
    if (ln.broken && looks_like_title(s, &ln) && trim_left(s, ln.next, len) < len) {
        *title_off = ln.b;
        *title_len = ln.e - ln.b;
        pos = ln.next;
    }

    int grouped = has_inner_blank(s, len, pos);
    size_t pb = 0, pe = 0; /* open paragraph, when pe > pb */
    while (pos < len) {
        read_line(s, len, pos, &ln);
        pos = ln.next;
        if (ln.b < ln.e) {
            if (pe == pb) pb = ln.b;
            pe = ln.e;
        }
        if (pe > pb && (!grouped || ln.b == ln.e || ln.para_sep)) {
            if (push_para(paras, pb, pe) != 0) return -1;
            pb = pe = 0;
        }
    }
    if (pe > pb && push_para(paras, pb, pe) != 0) return -1;
    return 0;
}
