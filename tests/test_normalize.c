/* test_normalize.c - precis_normalize: binary/empty detection, UTF-8 repair,
 * BOM and line endings, NFC, and the offset map back to the input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "precis_internal.h"
#include "text.h"

#define S(lit) lit, sizeof(lit) - 1

/* Normalizes in (non-strict) and checks the result text. */
static void expect_text(precis_text *t, const char *in, size_t n, const char *want, size_t wn) {
    precis_error err = {0};
    assert_int_equal(precis_normalize(in, n, 0, t, &err), 0);
    assert_int_equal(err.code, PRECIS_OK);
    assert_int_equal(t->text.len, wn);
    assert_memory_equal(t->text.data, want, wn);
    assert_int_equal(t->text.data[wn], 0);
    assert_int_equal(t->src_len, n);
}

static void expect_error(const char *in, size_t n, int strict, precis_code code, size_t pos) {
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    precis_error err = {0};
    assert_int_equal(precis_normalize(in, n, strict, &t, &err), -(int)code);
    assert_int_equal(err.code, code);
    assert_int_equal(err.pos, pos);
    assert_non_null(err.msg);
    precis_text_free(&t);
}

static void test_plain_ascii(void **state) {
    (void)state;
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    const char in[] = "Le conseil municipal a vote le budget.\n\nIl entre en vigueur lundi.";
    expect_text(&t, S(in), S(in));
    assert_int_equal(t.marks.len, 1); /* identical text needs only the first mark */
    assert_int_equal(t.bad_utf8, 0);
    for (size_t i = 0; i <= sizeof in - 1; i++)
        assert_int_equal(precis_text_src_offset(&t, i), i);
    precis_text_free(&t);
}

static void test_empty(void **state) {
    (void)state;
    expect_error("", 0, 0, PRECIS_ERR_EMPTY, 0);
    expect_error(NULL, 0, 0, PRECIS_ERR_EMPTY, 0);
    expect_error(S(" \t\n\r\n  \f"), 0, PRECIS_ERR_EMPTY, 0);
    /* NBSP, ideographic space, narrow NBSP, zero width space, LS */
    expect_error(S("\xC2\xA0\n\xE3\x80\x80\xE2\x80\xAF\xE2\x80\x8B\xE2\x80\xA8"), 0,
                 PRECIS_ERR_EMPTY, 0);
    expect_error(S("\xEF\xBB\xBF"), 0, PRECIS_ERR_EMPTY, 0);
    expect_error(S("\xEF\xBB\xBF \n"), 1, PRECIS_ERR_EMPTY, 0);
}

static void test_nul_bytes(void **state) {
    (void)state;
    expect_error(S("\0abc"), 0, PRECIS_ERR_BINARY, 0);
    expect_error(S("abc\0def"), 0, PRECIS_ERR_BINARY, 3);
    expect_error(S("abc\0def"), 1, PRECIS_ERR_BINARY, 3);
    /* Found past the 4 KiB window too. */
    size_t n = 10000;
    char *big = malloc(n);
    memset(big, 'a', n);
    big[7001] = 0;
    expect_error(big, n, 0, PRECIS_ERR_BINARY, 7001);
    free(big);
}

static void test_mostly_binary(void **state) {
    (void)state;
    expect_error(S("\x01\x02\x03\x04"), 0, PRECIS_ERR_BINARY, 0);
    /* 2 controls in 14 bytes (> 10%) */
    expect_error(S("Texte\x1b normal\x07"), 0, PRECIS_ERR_BINARY, 5);
    /* all-invalid bytes: binary, not a UTF-8 warning */
    expect_error(S("\xFF\xFE\xFD\xFC"), 0, PRECIS_ERR_BINARY, 0);
    expect_error(S("\xFF\xFE\xFD\xFC"), 1, PRECIS_ERR_BINARY, 0);
    expect_error(S("ab\x80\x81\x82"), 0, PRECIS_ERR_BINARY, 2);

    /* One control in a longer text is kept as is. */
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    const char in[] = "Une ligne de texte ordinaire,\x1b avec un caractere de controle.";
    expect_text(&t, S(in), S(in));
    /* Tabs, form feeds and newlines are not controls for this test. */
    const char ws[] = "a\t\t\t\f\f\n\n\n\tb";
    expect_text(&t, S(ws), S(ws));
    precis_text_free(&t);

    /* Controls after the first 4 KiB are not looked at. */
    size_t n = 8192;
    char *big = malloc(n);
    memset(big, 'x', n);
    memset(big + 5000, 0x01, 3000);
    precis_error err = {0};
    precis_text_init(&t, &precis_default_alloc);
    assert_int_equal(precis_normalize(big, n, 0, &t, &err), 0);
    assert_int_equal(t.text.len, n);
    /* ... but enough of them inside it are. */
    memset(big + 100, 0x02, 420);
    expect_error(big, n, 0, PRECIS_ERR_BINARY, 100);
    precis_text_free(&t);
    free(big);
}

static void test_invalid_utf8(void **state) {
    (void)state;
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    /* Latin-1 text: one bad byte replaced, offsets shift by 2 after it. */
    expect_text(&t, S("caf\xE9 au lait"), S("caf\xEF\xBF\xBD au lait"));
    assert_int_equal(t.bad_utf8, 1);
    assert_int_equal(t.first_bad, 3);
    assert_int_equal(precis_text_src_offset(&t, 3), 3);
    assert_int_equal(precis_text_src_offset(&t, 6), 4);
    assert_int_equal(precis_text_src_offset(&t, 7), 5);
    assert_int_equal(precis_text_src_offset(&t, 14), 12);
    expect_error(S("caf\xE9 au lait"), 1, PRECIS_ERR_UTF8, 3);

    /* Unicode 3.9 table 3-8: one U+FFFD per maximal subpart. */
    expect_text(&t,
                S("Table 3-8 of the standard, for testing: "
                  "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64"),
                S("Table 3-8 of the standard, for testing: "
                  "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
                  "b\xEF\xBF\xBD"
                  "c\xEF\xBF\xBD\xEF\xBF\xBD"
                  "d"));
    assert_int_equal(t.bad_utf8, 6);
    assert_int_equal(t.first_bad, 41);
    precis_text_free(&t);
}

/* Each bad sequence of ill-formed bytes becomes exactly `reps` U+FFFD. */
static void expect_replacements(const char *bad, size_t n, size_t reps) {
    char in[256], want[256];
    const char pre[] = "Some ordinary words around a bad sequence ";
    size_t pl = sizeof pre - 1;
    memcpy(in, pre, pl);
    memcpy(in + pl, bad, n);
    memcpy(in + pl + n, "end", 3);
    memcpy(want, pre, pl);
    for (size_t i = 0; i < reps; i++)
        memcpy(want + pl + 3 * i, "\xEF\xBF\xBD", 3);
    memcpy(want + pl + 3 * reps, "end", 3);
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    expect_text(&t, in, pl + n + 3, want, pl + 3 * reps + 3);
    assert_int_equal(t.bad_utf8, reps);
    assert_int_equal(t.first_bad, pl);
    /* "end" maps back to where it was */
    assert_int_equal(precis_text_src_offset(&t, pl + 3 * reps), pl + n);
    precis_text_free(&t);
    expect_error(in, pl + n + 3, 1, PRECIS_ERR_UTF8, pl);
}

static void test_ill_formed_forms(void **state) {
    (void)state;
    expect_replacements(S("\xC0\xAF"), 2);         /* overlong '/' */
    expect_replacements(S("\xE0\x80\xAF"), 3);     /* overlong, 3 bytes */
    expect_replacements(S("\xF0\x80\x80\xAF"), 4); /* overlong, 4 bytes */
    expect_replacements(S("\xED\xA0\x80"), 3);     /* surrogate U+D800 */
    expect_replacements(S("\xF4\x90\x80\x80"), 4); /* U+110000 */
    expect_replacements(S("\xF5\x80"), 2);         /* invalid lead */
    expect_replacements(S("\xF0\x9F\x98"), 1);     /* truncated emoji */
    expect_replacements(S("\xE2\x82"), 1);         /* truncated euro sign */
    expect_replacements(S("\xBF"), 1);             /* lone continuation */

    /* Truncated sequence at the very end of the input. */
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    expect_text(&t, S("Un texte qui finit mal \xF0\x9F\x98"),
                S("Un texte qui finit mal \xEF\xBF\xBD"));
    assert_int_equal(t.first_bad, 23);
    assert_int_equal(precis_text_src_offset(&t, 26), 26);
    precis_text_free(&t);
}

static void test_valid_multibyte(void **state) {
    (void)state;
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    const char in[] = "Emoji \xF0\x9F\x98\x80, euro \xE2\x82\xAC, \xC3\xA9t\xC3\xA9, "
                      "\xE6\x9D\xB1\xE4\xBA\xAC, U+10FFFF \xF4\x8F\xBF\xBF, "
                      "U+D7FF \xED\x9F\xBF, U+E000 \xEE\x80\x80.";
    expect_text(&t, S(in), S(in));
    assert_int_equal(t.bad_utf8, 0);
    assert_int_equal(t.marks.len, 1);
    precis_text_free(&t);
}

static void test_bom(void **state) {
    (void)state;
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    expect_text(&t, S("\xEF\xBB\xBFHello"), S("Hello"));
    assert_int_equal(precis_text_src_offset(&t, 0), 3);
    assert_int_equal(precis_text_src_offset(&t, 4), 7);
    assert_int_equal(precis_text_src_offset(&t, 5), 8);
    /* Only a leading BOM is dropped. */
    expect_text(&t, S("a\xEF\xBB\xBF"), S("a\xEF\xBB\xBF"));
    precis_text_free(&t);
}

static void test_line_endings(void **state) {
    (void)state;
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    /* CRLF, CR-only, LF, CR CR, trailing CR */
    expect_text(&t, S("a\r\nb\rc\nd\r\re\r"), S("a\nb\nc\nd\n\ne\n"));
    static const size_t want[] = {0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        assert_int_equal(precis_text_src_offset(&t, i), want[i]);
    /* BOM + CRLF together */
    expect_text(&t, S("\xEF\xBB\xBFTitre\r\n\r\nCorps."), S("Titre\n\nCorps."));
    assert_int_equal(precis_text_src_offset(&t, 5), 8);
    assert_int_equal(precis_text_src_offset(&t, 6), 10);
    assert_int_equal(precis_text_src_offset(&t, 7), 12);
    assert_int_equal(precis_text_src_offset(&t, 13), 18);
    precis_text_free(&t);
}

static void test_nfc(void **state) {
    (void)state;
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    /* "Cafe" + U+0301 -> "Café" */
    expect_text(&t, S("Cafe\xCC\x81 noir"), S("Caf\xC3\xA9 noir"));
    assert_int_equal(precis_text_src_offset(&t, 3), 3); /* é <- e */
    assert_int_equal(precis_text_src_offset(&t, 5), 6); /* ' ' */
    assert_int_equal(precis_text_src_offset(&t, 6), 7);
    assert_int_equal(precis_text_src_offset(&t, 10), 11);
    /* at the start, and twice in a row */
    expect_text(&t, S("e\xCC\x81t\xC3\xA9 e\xCC\x81"), S("\xC3\xA9t\xC3\xA9 \xC3\xA9"));
    assert_int_equal(precis_text_src_offset(&t, 0), 0);
    assert_int_equal(precis_text_src_offset(&t, 2), 3);
    assert_int_equal(precis_text_src_offset(&t, 5), 6);
    assert_int_equal(precis_text_src_offset(&t, 6), 7);
    assert_int_equal(precis_text_src_offset(&t, 8), 10);
    /* a combining mark with nothing to attach to stays */
    expect_text(&t,
                S("\xCC\x81"
                  "abc"),
                S("\xCC\x81"
                  "abc"));
    assert_int_equal(precis_text_src_offset(&t, 3), 3);
    /* marks reordered by class: a + acute(230) + ogonek(202) -> U+0105 + acute */
    expect_text(&t, S("a\xCC\x81\xCC\xA8!"), S("\xC4\x85\xCC\x81!"));
    assert_int_equal(precis_text_src_offset(&t, 4), 5);
    /* singleton: OHM SIGN -> GREEK CAPITAL OMEGA (3 bytes -> 2) */
    expect_text(&t, S("5 \xE2\x84\xA6 ici"), S("5 \xCE\xA9 ici"));
    assert_int_equal(precis_text_src_offset(&t, 2), 2);
    assert_int_equal(precis_text_src_offset(&t, 4), 5);
    /* Hangul jamo L V T -> one syllable */
    expect_text(&t, S("\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8."), S("\xEA\xB0\x81."));
    assert_int_equal(precis_text_src_offset(&t, 3), 9);
    /* composition exclusion U+0958 -> U+0915 U+093C (output longer) */
    expect_text(&t, S("x\xE0\xA5\x98y"), S("x\xE0\xA4\x95\xE0\xA4\xBCy"));
    assert_int_equal(precis_text_src_offset(&t, 1), 1);
    assert_int_equal(precis_text_src_offset(&t, 4), 4); /* inside: clamped to the stretch */
    assert_int_equal(precis_text_src_offset(&t, 7), 4);
    assert_int_equal(precis_text_src_offset(&t, 8), 5);
    /* after an invalid byte (U+FFFD is a boundary) */
    expect_text(&t, S("Une lettre apres un octet faux: \xFF\xCC\x81 puis e\xCC\x81."),
                S("Une lettre apres un octet faux: \xEF\xBF\xBD\xCC\x81 puis \xC3\xA9."));
    assert_int_equal(precis_text_src_offset(&t, 32), 32);
    assert_int_equal(precis_text_src_offset(&t, 35), 33);
    assert_int_equal(precis_text_src_offset(&t, 37), 35);
    assert_int_equal(precis_text_src_offset(&t, 43), 41);
    assert_int_equal(precis_text_src_offset(&t, 45), 44);
    /* after a CRLF */
    expect_text(&t, S("ab\r\n\xCC\x81o\xCC\x88"), S("ab\n\xCC\x81\xC3\xB6"));
    assert_int_equal(precis_text_src_offset(&t, 3), 4);
    assert_int_equal(precis_text_src_offset(&t, 5), 6);
    assert_int_equal(precis_text_src_offset(&t, 7), 9);
    precis_text_free(&t);
}

/* A long run of combining marks is handled in linear time and stays valid. */
static void test_mark_flood(void **state) {
    (void)state;
    size_t marks = 100000, n = 1 + 2 * marks;
    char *in = malloc(n);
    in[0] = 'e';
    for (size_t i = 0; i < marks; i++)
        memcpy(in + 1 + 2 * i, i % 2 ? "\xCC\x81" : "\xCC\xA8", 2);
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    assert_int_equal(precis_normalize(in, n, 1, &t, NULL), 0);
    assert_true(t.text.len >= n - 2);
    assert_int_equal(utf8proc_decompose((const utf8proc_uint8_t *)t.text.data,
                                        (utf8proc_ssize_t)t.text.len, NULL, 0, 0) > 0,
                     1);
    assert_true(precis_text_src_offset(&t, t.text.len) <= n);
    precis_text_free(&t);
    free(in);
}

/* The quick test used to skip utf8proc agrees with utf8proc itself. */
static void test_boundary_predicate(void **state) {
    (void)state;
    for (uint32_t cp = 0; cp < 0x110000; cp++) {
        if (cp >= 0xD800 && cp < 0xE000) continue;
        utf8proc_int32_t d[8];
        utf8proc_int32_t bc = 0;
        utf8proc_ssize_t n =
            utf8proc_decompose_char((utf8proc_int32_t)cp, d, 8, UTF8PROC_DECOMPOSE, &bc);
        assert_true(n >= 1 && n <= 4);
        utf8proc_int32_t c[8];
        memcpy(c, d, sizeof c);
        int composite = utf8proc_normalize_utf32(c, n, UTF8PROC_COMPOSE) == 1 && c[0] == (int)cp;
        if (precis_nfc_boundary(cp)) {
            assert_int_equal(utf8proc_get_property((utf8proc_int32_t)cp)->combining_class, 0);
            assert_true(composite);
        }
        /* A primary composite: every later part must stop the fast path. */
        if (composite)
            for (utf8proc_ssize_t k = 1; k < n; k++)
                assert_false(precis_nfc_boundary((uint32_t)d[k]));
    }
}

/* Random mixes of stable and changing characters: output equals
 * utf8proc's own NFC, and offsets map into the input monotonically. */
static void test_nfc_random(void **state) {
    (void)state;
    static const char *const pieces[] = {"a",
                                         "e",
                                         "Z",
                                         " ",
                                         "\n",
                                         "\xC3\xA9",
                                         "\xCC\x81",
                                         "\xCC\xA8",
                                         "\xCC\x88",
                                         "\xE2\x80\x99",
                                         "\xE1\x84\x80",
                                         "\xE1\x85\xA1",
                                         "\xE1\x86\xA8",
                                         "\xEA\xB0\x80",
                                         "\xE2\x84\xA6",
                                         "\xE2\x84\xAB",
                                         "\xE0\xA5\x98",
                                         "\xE0\xAD\x87",
                                         "\xE0\xAC\xBE",
                                         "\xCD\x85",
                                         "\xE1\xBE\x82",
                                         "\xE2\x80\x80",
                                         "\xF0\x9F\x98\x80",
                                         "\xCE\xB1",
                                         "\xE0\xBD\xB3",
                                         "\xE3\x81\x8B",
                                         "\xE3\x82\x99",
                                         "\xCC\x95",
                                         "\xD6\xB0"};
    size_t np = sizeof pieces / sizeof pieces[0];
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    unsigned seed = 12345;
    char in[512];
    for (int iter = 0; iter < 3000; iter++) {
        size_t n = 0;
        memcpy(in, "x", 1), n = 1; /* never whitespace only */
        int count = 1 + (int)(seed % 40);
        for (int j = 0; j < count; j++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pieces[(seed >> 16) % np];
            size_t l = strlen(p);
            memcpy(in + n, p, l);
            n += l;
        }
        utf8proc_uint8_t *want = NULL;
        utf8proc_ssize_t wn = utf8proc_map((const utf8proc_uint8_t *)in, (utf8proc_ssize_t)n, &want,
                                           UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        assert_true(wn > 0);
        assert_int_equal(precis_normalize(in, n, 1, &t, NULL), 0);
        assert_int_equal(t.text.len, (size_t)wn);
        assert_memory_equal(t.text.data, want, (size_t)wn);
        free(want);
        size_t prev = 0;
        for (size_t o = 0; o <= t.text.len; o++) {
            size_t s = precis_text_src_offset(&t, o);
            assert_true(s >= prev && s <= n);
            prev = s;
        }
        assert_int_equal(precis_text_src_offset(&t, t.text.len), n);
    }
    precis_text_free(&t);
}

/* The same precis_text can be reused; results do not leak across calls. */
static void test_reuse(void **state) {
    (void)state;
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    expect_text(&t,
                S("\xEF\xBB\xBF"
                  "caf\xE9\r\n"),
                S("caf\xEF\xBF\xBD\n"));
    assert_int_equal(t.bad_utf8, 1);
    expect_text(&t, S("plain"), S("plain"));
    assert_int_equal(t.bad_utf8, 0);
    assert_int_equal(t.marks.len, 1);
    assert_int_equal(precis_text_src_offset(&t, 2), 2);
    precis_error err = {0};
    assert_int_equal(precis_normalize(S("\0"), 0, &t, &err), -PRECIS_ERR_BINARY);
    expect_text(&t, S("again"), S("again"));
    precis_text_free(&t);
    precis_text_free(NULL);
}

static void test_strict_late_error(void **state) {
    (void)state;
    size_t n = 9000;
    char *big = malloc(n);
    memset(big, 'a', n);
    big[6000] = (char)0xC3; /* truncated sequence far past the binary window */
    expect_error(big, n, 1, PRECIS_ERR_UTF8, 6000);
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    assert_int_equal(precis_normalize(big, n, 0, &t, NULL), 0);
    assert_int_equal(t.bad_utf8, 1);
    assert_int_equal(t.first_bad, 6000);
    assert_int_equal(t.text.len, n + 2);
    assert_int_equal(precis_text_src_offset(&t, 6003), 6001);
    precis_text_free(&t);
    free(big);
}

static int count_token(void *ctx, size_t off, size_t len, uint32_t flags) {
    const precis_text *t = ctx;
    assert_true(len > 0 && off + len <= t->text.len);
    assert_true(flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM));
    return 0;
}

/* Random text (valid pieces with CR, LF, marks and jamo, plus a stray byte
 * now and then): normalization fails cleanly or yields valid UTF-8 with a
 * monotonic offset map, and paragraphs and tokens stay in bounds. */
static void test_random_bytes(void **state) {
    (void)state;
    static const char *const pieces[] = {"word",
                                         " ",
                                         "\n",
                                         "\r",
                                         "\r\n",
                                         ".",
                                         "'",
                                         "3",
                                         "\xC3\xA9",
                                         "\xCC\x81",
                                         "\xE2\x80\x99",
                                         "\xF0\x9F\x98\x80",
                                         "\xE1\x84\x80",
                                         "\xE1\x85\xA1",
                                         "\xC2\xA0",
                                         "\xE2\x80\xA9",
                                         "\xEF\xBB\xBF"};
    unsigned seed = 99;
    char in[400];
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    precis_vec paras;
    precis_vec_init(&paras, sizeof(precis_paragraph), &precis_default_alloc);
    size_t checked = 0;
    for (int iter = 0; iter < 5000; iter++) {
        size_t n = 0;
        seed = seed * 1103515245u + 12345u;
        size_t count = (seed >> 16) % 80;
        for (size_t i = 0; i < count; i++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = seed >> 16;
            if (r % 12 == 0) {
                in[n++] = (char)((r >> 4) % 255 + 1); /* any byte but NUL */
                continue;
            }
            const char *p = pieces[(r >> 4) % (sizeof pieces / sizeof pieces[0])];
            size_t l = strlen(p);
            memcpy(in + n, p, l);
            n += l;
        }
        if (precis_normalize(in, n, 0, &t, NULL) != 0) continue;
        checked++;
        assert_true(utf8proc_decompose((const utf8proc_uint8_t *)t.text.data,
                                       (utf8proc_ssize_t)t.text.len, NULL, 0, 0) >= 0);
        assert_null(memchr(t.text.data, '\r', t.text.len));
        size_t prev = 0;
        for (size_t o = 0; o <= t.text.len; o++) {
            size_t src = precis_text_src_offset(&t, o);
            assert_true(src >= prev && src <= n);
            prev = src;
        }
        size_t toff, tlen;
        assert_int_equal(precis_split_paragraphs(t.text.data, t.text.len, &toff, &tlen, &paras), 0);
        assert_true(toff + tlen <= t.text.len);
        for (size_t p = 0; p < paras.len; p++) {
            const precis_paragraph *pp = PRECIS_VEC_AT(&paras, precis_paragraph, p);
            assert_true(pp->len > 0 && pp->off + pp->len <= t.text.len);
            assert_int_equal(precis_tokenize(t.text.data, pp->off, pp->len, count_token, &t), 0);
        }
    }
    print_message("%zu of 5000 inputs normalized\n", checked);
    assert_true(checked > 1000);
    precis_vec_free(&paras);
    precis_text_free(&t);
}

/* An allocator that fails once its budget of allocations is spent. */
static int budget;
static void *tight_malloc(void *ctx, size_t n) {
    (void)ctx;
    return budget-- > 0 ? malloc(n) : NULL;
}
static void *tight_realloc(void *ctx, void *p, size_t old, size_t n) {
    (void)ctx, (void)old;
    return budget-- > 0 ? realloc(p, n) : NULL;
}
static void tight_free(void *ctx, void *p) {
    (void)ctx;
    free(p);
}
static const precis_alloc tight = {tight_malloc, tight_realloc, tight_free, NULL};

static void test_out_of_memory(void **state) {
    (void)state;
    const char in[] = "\xEF\xBB\xBFTitre\r\n\r\nCaf\xE9 e\xCC\x81 \xFF fin.";
    int ok = 0;
    for (int b = 0; b < 8; b++) {
        precis_text t;
        precis_text_init(&t, &tight);
        budget = b;
        precis_error err = {0};
        int rc = precis_normalize(in, sizeof in - 1, 0, &t, &err);
        if (rc == 0) {
            ok = 1;
        } else {
            assert_int_equal(rc, -PRECIS_ERR_NOMEM);
            assert_int_equal(err.code, PRECIS_ERR_NOMEM);
        }
        precis_text_free(&t);
    }
    assert_true(ok); /* enough allocations eventually succeed */
}

static void test_invalid_args(void **state) {
    (void)state;
    precis_error err = {0};
    assert_int_equal(precis_normalize(NULL, 3, 0, NULL, &err), -PRECIS_ERR_INVALID_ARG);
    assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_ascii),       cmocka_unit_test(test_empty),
        cmocka_unit_test(test_nul_bytes),         cmocka_unit_test(test_mostly_binary),
        cmocka_unit_test(test_invalid_utf8),      cmocka_unit_test(test_ill_formed_forms),
        cmocka_unit_test(test_valid_multibyte),   cmocka_unit_test(test_bom),
        cmocka_unit_test(test_line_endings),      cmocka_unit_test(test_nfc),
        cmocka_unit_test(test_mark_flood),        cmocka_unit_test(test_boundary_predicate),
        cmocka_unit_test(test_nfc_random),        cmocka_unit_test(test_reuse),
        cmocka_unit_test(test_strict_late_error), cmocka_unit_test(test_random_bytes),
        cmocka_unit_test(test_out_of_memory),     cmocka_unit_test(test_invalid_args),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
