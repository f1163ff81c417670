/*
 * tokenize.c - word and number tokens, and case folding of a token.
 *
 * A token is a run of letters, digits and combining marks (Unicode general
 * categories L*, N*, M*), starting with a letter or digit, that may also
 * hold:
 *   - an apostrophe (' U+2019 U+2018 U+02BC) between two letters: "don't",
 *     "O'Brien"; after a French or Italian elided article or pronoun the
 *     token ends with the apostrophe and a new one starts: "l'", "État";
 *   - "." or "," between two digits: "3,5", "2.600", "1.13bn";
 *   - a soft hyphen or zero-width (non-)joiner before a word character.
 * Hyphens and all other punctuation separate tokens.
 */
#include "precis_internal.h"
#include "text.h"

#include <string.h>

enum { C_OTHER, C_LOWER, C_UPPER, C_DIGIT, C_MARK, C_APOS, C_POINT, C_JOIN };

#define IS_LETTER(c) ((c) == C_LOWER || (c) == C_UPPER)
#define IS_WORDCH(c) ((c) >= C_LOWER && (c) <= C_MARK)

static const unsigned char ascii_class[128] = {
    ['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT, ['4'] = C_DIGIT,
    ['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT, ['8'] = C_DIGIT, ['9'] = C_DIGIT,
    ['A'] = C_UPPER, ['B'] = C_UPPER, ['C'] = C_UPPER, ['D'] = C_UPPER, ['E'] = C_UPPER,
    ['F'] = C_UPPER, ['G'] = C_UPPER, ['H'] = C_UPPER, ['I'] = C_UPPER, ['J'] = C_UPPER,
    ['K'] = C_UPPER, ['L'] = C_UPPER, ['M'] = C_UPPER, ['N'] = C_UPPER, ['O'] = C_UPPER,
    ['P'] = C_UPPER, ['Q'] = C_UPPER, ['R'] = C_UPPER, ['S'] = C_UPPER, ['T'] = C_UPPER,
    ['U'] = C_UPPER, ['V'] = C_UPPER, ['W'] = C_UPPER, ['X'] = C_UPPER, ['Y'] = C_UPPER,
    ['Z'] = C_UPPER, ['a'] = C_LOWER, ['b'] = C_LOWER, ['c'] = C_LOWER, ['d'] = C_LOWER,
    ['e'] = C_LOWER, ['f'] = C_LOWER, ['g'] = C_LOWER, ['h'] = C_LOWER, ['i'] = C_LOWER,
    ['j'] = C_LOWER, ['k'] = C_LOWER, ['l'] = C_LOWER, ['m'] = C_LOWER, ['n'] = C_LOWER,
    ['o'] = C_LOWER, ['p'] = C_LOWER, ['q'] = C_LOWER, ['r'] = C_LOWER, ['s'] = C_LOWER,
    ['t'] = C_LOWER, ['u'] = C_LOWER, ['v'] = C_LOWER, ['w'] = C_LOWER, ['x'] = C_LOWER,
    ['y'] = C_LOWER, ['z'] = C_LOWER, ['\''] = C_APOS, ['.'] = C_POINT, [','] = C_POINT,
};

/* Class of a non-ASCII character at s[i] (i < end); *k = its length. */
static int classify_cp(const unsigned char *s, size_t i, size_t end, size_t *k) {
    uint32_t cp;
    *k = precis_utf8_next(s + i, end - i, &cp);
    if (precis_is_curly_apostrophe(cp)) return C_APOS;
    if (cp == 0x00AD || cp == 0x200C || cp == 0x200D) return C_JOIN;
    unsigned cl = precis_char_class(cp);
    if (cl & PRECIS_CH_UPPER) return C_UPPER;
    if (cl & PRECIS_CH_LETTER) return C_LOWER; /* lower-case and caseless letters */
    if (cl & PRECIS_CH_NUMBER) return C_DIGIT;
    if (cl & (PRECIS_CH_MARK | PRECIS_CH_ENCLOSE)) return C_MARK;
    return C_OTHER;
}

/* Class of the character at s[i] (i < end); *k = its length in bytes. */
static inline int classify(const unsigned char *s, size_t i, size_t end, size_t *k) {
    if (s[i] < 0x80) {
        *k = 1;
        return ascii_class[s[i]];
    }
    return classify_cp(s, i, end, k);
}

/* Elided words written with an apostrophe before a vowel, from the table of
 * languages (French l', d', qu', jusqu'...; Italian dell', un'...). The
 * tokenizer does not know the text's language, so any row's count. */
static int is_elision(const unsigned char *s, size_t n) {
    if (n == 0 || n > 6) return 0;
    char low[8];
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        else if (c < 'a' || c > 'z')
            return 0;
        low[i] = (char)c;
    }
    return precis_lang_is_elision(low, n);
}

/* Token flags contributed by a character class. */
static const uint32_t class_flags[C_JOIN + 1] = {
    [C_LOWER] = PRECIS_TOK_WORD, [C_UPPER] = PRECIS_TOK_WORD, [C_DIGIT] = PRECIS_TOK_NUM};

int precis_tokenize(const char *text, size_t off, size_t len, precis_token_fn fn, void *ctx) {
    const unsigned char *s = (const unsigned char *)text;
    size_t i = off, end = off + len;
    while (i < end) {
        size_t k;
        int c = classify(s, i, end, &k);
        if (c != C_LOWER && c != C_UPPER && c != C_DIGIT) {
            i += k;
            continue;
        }
        size_t start = i;
        uint32_t flags = class_flags[c] | (c == C_UPPER ? PRECIS_TOK_CAP : 0);
        int prev = c;
        i += k;
        while (i < end) {
            /* ASCII letters and digits: the common case, without a call */
            unsigned b = s[i];
            if (b < 0x80 && ascii_class[b] >= C_LOWER && ascii_class[b] <= C_DIGIT) {
                prev = ascii_class[b];
                flags |= class_flags[prev];
                i++;
                continue;
            }
            c = classify(s, i, end, &k);
            if (IS_WORDCH(c)) {
                flags |= class_flags[c];
                prev = c;
                i += k;
                continue;
            }
            if (c == C_OTHER || i + k >= end) break;
            size_t k2;
            int next = classify(s, i + k, end, &k2);
            if (c == C_APOS && (IS_LETTER(prev) || prev == C_MARK) && IS_LETTER(next)) {
                i += k;
                if (is_elision(s + start, i - k - start)) break; /* "l'" ends here */
                prev = C_APOS;
            } else if (c == C_POINT && prev == C_DIGIT && next == C_DIGIT) {
                i += k;
                prev = C_POINT;
            } else if (c == C_JOIN && IS_WORDCH(next)) {
                i += k;
                prev = C_JOIN;
            } else {
                break;
            }
        }
        int rc = fn(ctx, start, i - start, flags);
        if (rc != 0) return rc;
    }
    return 0;
}
