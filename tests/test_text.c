/* test_text.c - the text kernel (src/text.h): decoding, white space,
 * character classes, case folding, white-space collapse. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "precis_internal.h"
#include "text.h"

#define S(lit) lit, sizeof(lit) - 1

/* Decodes lit, expecting code point cp in len bytes. */
static void decodes(const char *s, size_t n, uint32_t cp, size_t len) {
    uint32_t got;
    size_t k = precis_utf8_next((const unsigned char *)s, n, &got);
    if (got != cp || k != len)
        fail_msg("decoding %zu bytes: U+%04X in %zu, want U+%04X in %zu", n, (unsigned)got, k,
                 (unsigned)cp, len);
}

static void test_decode(void **state) {
    (void)state;
    decodes(S("a"), 'a', 1);
    decodes(S("\xC3\xA9"), 0xE9, 2);            /* é */
    decodes(S("\xE2\x80\xA8"), 0x2028, 3);      /* LINE SEPARATOR */
    decodes(S("\xF0\x9F\x93\xB0"), 0x1F4F0, 4); /* newspaper */
    decodes(S("\xF4\x8F\xBF\xBF"), 0x10FFFF, 4);
    /* ill-formed: one replacement per maximal subpart */
    decodes(S("\x80"), PRECIS_UTF8_BAD, 1);             /* lone continuation */
    decodes(S("\xC0\xAF"), PRECIS_UTF8_BAD, 1);         /* overlong "/" */
    decodes(S("\xC1\xBF"), PRECIS_UTF8_BAD, 1);         /* overlong */
    decodes(S("\xE0\x80\xAF"), PRECIS_UTF8_BAD, 1);     /* overlong, 3 bytes */
    decodes(S("\xF0\x80\x80\xAF"), PRECIS_UTF8_BAD, 1); /* overlong, 4 bytes */
    decodes(S("\xED\xA0\x80"), PRECIS_UTF8_BAD, 1);     /* surrogate U+D800 */
    decodes(S("\xED\xBF\xBF"), PRECIS_UTF8_BAD, 1);     /* surrogate U+DFFF */
    decodes(S("\xED\x9F\xBF"), 0xD7FF, 3);              /* just below them */
    decodes(S("\xF4\x90\x80\x80"), PRECIS_UTF8_BAD, 1); /* above U+10FFFF */
    decodes(S("\xF5\x80\x80\x80"), PRECIS_UTF8_BAD, 1);
    decodes(S("\xFF"), PRECIS_UTF8_BAD, 1);
    decodes(S("\xE2\x80"), PRECIS_UTF8_BAD, 2);  /* truncated: its subpart */
    decodes(S("\xE2\x80z"), PRECIS_UTF8_BAD, 2); /* cut by an ASCII byte */
    decodes("\xC3\xA9", 1, PRECIS_UTF8_BAD, 1);  /* n bounds the read */

    /* backwards */
    const unsigned char *t = (const unsigned char *)"a\xC3\xA9\xE2\x80\xA8";
    assert_int_equal(precis_utf8_prev(t, 0, 6), 3);
    assert_int_equal(precis_utf8_prev(t, 0, 3), 1);
    assert_int_equal(precis_utf8_before(t, 0, 6), 0x2028);
    assert_int_equal(precis_utf8_before(t, 0, 3), 0xE9);
    assert_int_equal(precis_utf8_before(t, 0, 1), 'a');
    assert_int_equal(precis_utf8_before(t, 0, 5), PRECIS_UTF8_BAD); /* inside U+2028 */
    assert_int_equal(precis_utf8_before(t, 2, 3), PRECIS_UTF8_BAD); /* begin cuts é */
    /* an empty range stays at begin, never before the text (UBSan: s[SIZE_MAX]) */
    assert_int_equal(precis_utf8_prev(t, 0, 0), 0);
    assert_int_equal(precis_utf8_prev(t, 3, 3), 3);
    assert_int_equal(precis_utf8_before(t, 0, 0), PRECIS_UTF8_BAD);
    assert_int_equal(precis_utf8_before(t, 3, 3), PRECIS_UTF8_BAD);
}

static void test_spaces(void **state) {
    (void)state;
    static const uint32_t spaces[] = {' ',    '\t',   '\n',   '\r',   '\v',   '\f',   0x85,
                                      0xA0,   0x1680, 0x2000, 0x2009, 0x200A, 0x2028, 0x2029,
                                      0x202F, 0x205F, 0x3000, 0x200B, 0x2060, 0xFEFF};
    for (size_t i = 0; i < sizeof spaces / sizeof spaces[0]; i++)
        if (!precis_is_space(spaces[i])) fail_msg("U+%04X is not a space", (unsigned)spaces[i]);
    static const uint32_t others[] = {'a', '_', 0, 0xAD, 0x200C, 0x200D, 0x2011, PRECIS_UTF8_BAD};
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        if (precis_is_space(others[i])) fail_msg("U+%04X is a space", (unsigned)others[i]);

    /* layout space, which display strings collapse */
    const unsigned char *u = (const unsigned char *)"\xC2\xA0";
    assert_int_equal(precis_layout_space((const unsigned char *)" ", 1, 0), 1);
    assert_int_equal(precis_layout_space((const unsigned char *)"\n", 1, 0), 1);
    assert_int_equal(precis_layout_space((const unsigned char *)"\xE2\x80\xA8", 3, 0), 3);
    assert_int_equal(precis_layout_space((const unsigned char *)"\xE2\x80\xA9", 3, 0), 3);
    assert_int_equal(precis_layout_space((const unsigned char *)"\xE2\x80\xA8", 2, 0), 0);
    assert_int_equal(precis_layout_space(u, 2, 0), 0); /* no-break space is kept */
    assert_int_equal(precis_layout_space(u, 2, PRECIS_SPACE_NBSP), 2);
    assert_int_equal(precis_layout_space(u, 1, PRECIS_SPACE_NBSP), 0);
    assert_int_equal(precis_layout_space((const unsigned char *)"\xE2\x80\xAF", 3, 0), 0);
    assert_int_equal(precis_layout_space((const unsigned char *)"x", 1, 0), 0);
}

static void test_classes(void **state) {
    (void)state;
    static const struct {
        uint32_t cp;
        unsigned cls;
    } cases[] = {
        {'a', PRECIS_CH_LETTER | PRECIS_CH_LOWER},
        {'Q', PRECIS_CH_LETTER | PRECIS_CH_UPPER},
        {'7', PRECIS_CH_NUMBER},
        {'-', 0},
        {0xC9, PRECIS_CH_LETTER | PRECIS_CH_UPPER},  /* É */
        {0xDF, PRECIS_CH_LETTER | PRECIS_CH_LOWER},  /* ß */
        {0xFF, PRECIS_CH_LETTER | PRECIS_CH_LOWER},  /* ÿ */
        {0xD7, 0},                                   /* × */
        {0xAA, PRECIS_CH_LETTER},                    /* ª, no case */
        {0x130, PRECIS_CH_LETTER | PRECIS_CH_UPPER}, /* İ */
        {0x1C5, PRECIS_CH_LETTER | PRECIS_CH_UPPER}, /* ǅ, title case */
        {0x3C2, PRECIS_CH_LETTER | PRECIS_CH_LOWER}, /* ς */
        {0x4E2D, PRECIS_CH_LETTER},                  /* 中 */
        {0x663, PRECIS_CH_NUMBER},                   /* Arabic-Indic three */
        {0xBD, PRECIS_CH_NUMBER},                    /* ½ */
        {0x301, PRECIS_CH_MARK},                     /* combining acute */
        {0x20E3, PRECIS_CH_ENCLOSE},                 /* keycap */
        {0x2019, 0},
        {0xAD, 0},
        {PRECIS_UTF8_BAD, 0},
        {0x110000, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        unsigned got = precis_char_class(cases[i].cp);
        if (got != cases[i].cls)
            fail_msg("U+%04X: class %u, want %u", (unsigned)cases[i].cp, got, cases[i].cls);
    }
    assert_true(precis_is_alnum(0x663) && precis_is_alnum(0x4E2D) && !precis_is_alnum('.'));
    assert_true(precis_is_digit('0') && !precis_is_digit(0x663));
    assert_true(precis_is_upper(0xC9) && !precis_is_lower(0xC9) && precis_is_letter(0xAA));
    assert_true(precis_is_curly_apostrophe(0x2019) && precis_is_curly_apostrophe(0x2BC) &&
                !precis_is_curly_apostrophe('\''));
    unsigned char up[4];
    assert_int_equal(precis_upper_utf8(0xE9, up), 2);
    assert_memory_equal(up, "\xC3\x89", 2);
    assert_int_equal(precis_upper_utf8('q', up), 1);
    assert_int_equal(up[0], 'Q');
    assert_int_equal(precis_upper_utf8(PRECIS_UTF8_BAD, up), 0);
}

/* Folds s both ways (buffer and fixed array) and checks the result. */
static void folds(const char *s, const char *want) {
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    assert_int_equal(precis_fold(s, strlen(s), &b), 0);
    if (strcmp(b.data, want) != 0)
        fail_msg("precis_fold(\"%s\") = \"%s\", want \"%s\"", s, b.data, want);
    precis_buf_free(&b);
    char out[64];
    size_t n = precis_fold_to(s, strlen(s), out, sizeof out);
    if (n != strlen(want) || memcmp(out, want, n) != 0)
        fail_msg("precis_fold_to(\"%s\") = \"%.*s\", want \"%s\"", s, (int)n, out, want);
}

static void test_fold(void **state) {
    (void)state;
    folds("Mairie", "mairie");
    folds("daß", "dass"); /* full folding: the stop word "dass" */
    folds("DASS", "dass");
    folds("Straße", "strasse");
    folds("ÉTÉ", "été");                   /* NFC kept */
    folds("İstanbul", "i\xCC\x87stanbul"); /* İ -> i + combining dot above */
    folds("ΟΔΟΣ", "οδοσ");
    folds("L’État", "l'état"); /* typographic apostrophes become "'" */
    folds("l‘an", "l'an");
    folds("Koa\xC2\xADlition", "koalition"); /* soft hyphen dropped */
    folds("ﬁn", "fin");                      /* ligature */
    /* fixed buffer: 0 when the folded word does not fit */
    char out[8];
    assert_int_equal(precis_fold_to(S("Straße"), out, 6), 0); /* "strasse" is 7 bytes */
    assert_int_equal(precis_fold_to(S("Straße"), out, 7), 7);
    assert_int_equal(precis_fold_to(S("ABCDEFGHI"), out, 8), 0);
    assert_int_equal(precis_fold_to(S("ABCDEFGH"), out, 8), 8);
    assert_int_equal(precis_fold_to(S("\xC3\x28"), out, 8), 0); /* ill-formed */
}

/* Collapses the pieces (NULL-terminated) after prefix; checks the result. */
static void collapses(const char *prefix, const char *const *pieces, const char *want) {
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    precis_buf_puts(&b, prefix);
    size_t start = b.len;
    int pending = 0;
    for (; *pieces; pieces++)
        assert_int_equal(precis_collapse(&b, start, *pieces, strlen(*pieces), &pending), 0);
    assert_int_equal(b.data[b.len], 0);
    if (strcmp(b.data + start, want) != 0)
        fail_msg("collapsed \"%s\", want \"%s\"", b.data + start, want);
    assert_memory_equal(b.data, prefix, start);
    precis_buf_free(&b);
}

static void test_collapse(void **state) {
    (void)state;
    collapses("", (const char *[]){"  Le conseil \n\t a voté.  ", NULL}, "Le conseil a voté.");
    collapses("",
              (const char *[]){"un\xE2\x80\xA8"
                               "deux\xE2\x80\xA9trois",
                               NULL},
              "un deux trois");
    /* typographic spaces are kept: "10 000", "« Non »" */
    collapses("",
              (const char *[]){"10\xC2\xA0"
                               "000 \xC2\xAB\xE2\x80\xAFNon",
                               NULL},
              "10\xC2\xA0"
              "000 \xC2\xAB\xE2\x80\xAFNon");
    /* pieces collapse as one string */
    collapses("", (const char *[]){"La mairie ", " a voté", NULL}, "La mairie a voté");
    collapses("", (const char *[]){"La mai", "rie", NULL}, "La mairie");
    collapses("", (const char *[]){" ", "\n", "x", " ", NULL}, "x");
    collapses("", (const char *[]){"   ", NULL}, "");
    /* what was there before start is left alone, and no space opens the rest */
    collapses("titre", (const char *[]){"  suite", NULL}, "suite");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode),   cmocka_unit_test(test_spaces),
        cmocka_unit_test(test_classes),  cmocka_unit_test(test_fold),
        cmocka_unit_test(test_collapse),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
