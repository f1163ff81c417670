/* test_tokenize.c - precis_tokenize, precis_fold and the stop-word lexicon. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "precis_internal.h"

#include "entities.h"
#include "keywords.h"
#include "quotes.h"

#define S(lit) lit, sizeof(lit) - 1
#define MAX_TOKS 64

typedef struct toks {
    size_t n, stop_after;
    size_t off[MAX_TOKS], len[MAX_TOKS];
    uint32_t flags[MAX_TOKS];
    char str[MAX_TOKS][64];
} toks;

static int collect(void *ctx, size_t off, size_t len, uint32_t flags) {
    toks *t = ctx;
    assert_true(t->n < MAX_TOKS);
    assert_true(len > 0 && len < 64);
    t->off[t->n] = off;
    t->len[t->n] = len;
    t->flags[t->n] = flags;
    t->n++;
    return t->stop_after && t->n == t->stop_after ? 7 : 0;
}

static void tokenize(toks *t, const char *text, size_t off, size_t len) {
    memset(t, 0, sizeof *t);
    assert_int_equal(precis_tokenize(text, off, len, collect, t), 0);
    for (size_t i = 0; i < t->n; i++) {
        memcpy(t->str[i], text + t->off[i], t->len[i]);
        t->str[i][t->len[i]] = 0;
    }
}

/* want: the token strings, NULL-terminated. */
static void expect_tokens(const char *text, const char *const *want) {
    toks t;
    tokenize(&t, text, 0, strlen(text));
    size_t n = 0;
    while (want[n])
        n++;
    for (size_t i = 0; i < n && i < t.n; i++)
        assert_string_equal(t.str[i], want[i]);
    assert_int_equal(t.n, n);
}

#define TOKENS(...) ((const char *const[]){__VA_ARGS__, NULL})

static void test_words_and_numbers(void **state) {
    (void)state;
    expect_tokens("The mayor, 54, said: \"It's done.\"",
                  TOKENS("The", "mayor", "54", "said", "It's", "done"));
    expect_tokens("Inflation hit 3,5 % in 2031; 2.600 jobs, $1.13bn and 1,000,000 votes.",
                  TOKENS("Inflation", "hit", "3,5", "in", "2031", "2.600", "jobs", "1.13bn", "and",
                         "1,000,000", "votes"));
    /* a point or comma not between two digits ends the token */
    expect_tokens("In 2031. Then 4,x and .5 or 7.",
                  TOKENS("In", "2031", "Then", "4", "x", "and", "5", "or", "7"));
    /* hyphens separate */
    expect_tokens("porte-parole, COVID-19, well-known",
                  TOKENS("porte", "parole", "COVID", "19", "well", "known"));
}

static void test_apostrophes(void **state) {
    (void)state;
    /* English contractions and names keep the apostrophe (ASCII or U+2019) */
    expect_tokens("Don't say O\xE2\x80\x99"
                  "Brien can\xE2\x80\x99t.",
                  TOKENS("Don't", "say",
                         "O\xE2\x80\x99"
                         "Brien",
                         "can\xE2\x80\x99t"));
    /* French elisions split after the apostrophe */
    expect_tokens("l\xE2\x80\x99\xC3\x89tat qu\xE2\x80\x99il d'euros L'Arche jusqu'\xC3\xA0 "
                  "lorsqu'elle puisqu'on quoiqu'il s'est n'a j'ai m'a t'es c'est",
                  TOKENS("l\xE2\x80\x99", "\xC3\x89tat", "qu\xE2\x80\x99", "il", "d'", "euros",
                         "L'", "Arche", "jusqu'", "\xC3\xA0", "lorsqu'", "elle", "puisqu'", "on",
                         "quoiqu'", "il", "s'", "est", "n'", "a", "j'", "ai", "m'", "a", "t'", "es",
                         "c'", "est"));
    /* Italian elisions */
    expect_tokens("dell'anno un'altra", TOKENS("dell'", "anno", "un'", "altra"));
    /* not an elision: kept whole */
    expect_tokens("aujourd'hui presqu'\xC3\xAEle", TOKENS("aujourd'hui", "presqu'\xC3\xAEle"));
    /* apostrophes not between letters are not part of a token */
    expect_tokens("the students' 'quoted' l' 90's",
                  TOKENS("the", "students", "quoted", "l", "90", "s"));
}

static void test_flags(void **state) {
    (void)state;
    toks t;
    const char *text = "L\xE2\x80\x99\xC3\x89tat verse 3,5 milliards \xC3\xA9lectriques 1.13bn "
                       "\xC7\x85ungla \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0";
    tokenize(&t, text, 0, strlen(text));
    assert_int_equal(t.n, 9);
    assert_int_equal(t.flags[0], PRECIS_TOK_WORD | PRECIS_TOK_CAP); /* L' */
    assert_int_equal(t.flags[1], PRECIS_TOK_WORD | PRECIS_TOK_CAP); /* État */
    assert_int_equal(t.flags[2], PRECIS_TOK_WORD);                  /* verse */
    assert_int_equal(t.flags[3], PRECIS_TOK_NUM);                   /* 3,5 */
    assert_int_equal(t.flags[4], PRECIS_TOK_WORD);                  /* milliards */
    assert_int_equal(t.flags[5], PRECIS_TOK_WORD);                  /* électriques */
    assert_int_equal(t.flags[6], PRECIS_TOK_NUM | PRECIS_TOK_WORD); /* 1.13bn */
    assert_int_equal(t.flags[7], PRECIS_TOK_WORD | PRECIS_TOK_CAP); /* titlecase Dž */
    assert_int_equal(t.flags[8], PRECIS_TOK_WORD | PRECIS_TOK_CAP); /* Москва */
}

static void test_unicode_text(void **state) {
    (void)state;
    /* Cyrillic, CJK, decomposed accent, emoji, soft hyphen, invalid byte */
    expect_tokens(
        "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE6\x9D\xB1\xE4\xBA\xAC",
        TOKENS("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\xE6\x9D\xB1\xE4\xBA\xAC"));
    expect_tokens("Cafe\xCC\x81 noir", TOKENS("Cafe\xCC\x81", "noir"));
    expect_tokens("x\xF0\x9F\x98\x80y \xF0\x9F\x98\x80", TOKENS("x", "y"));
    expect_tokens("ex\xC2\xAD"
                  "ample end\xC2\xAD",
                  TOKENS("ex\xC2\xAD"
                         "ample",
                         "end"));
    expect_tokens("ab\xFF"
                  "cd",
                  TOKENS("ab", "cd"));
    /* no-break and thin spaces separate like spaces */
    expect_tokens("2\xC2\xA0"
                  "600\xE2\x80\xAF"
                  "km",
                  TOKENS("2", "600", "km"));
}

static void test_ranges_and_stop(void **state) {
    (void)state;
    toks t;
    const char text[] = "hello world, again";
    /* offsets are absolute in text; the range is respected */
    tokenize(&t, text, 6, 5);
    assert_int_equal(t.n, 1);
    assert_int_equal(t.off[0], 6);
    assert_string_equal(t.str[0], "world");
    tokenize(&t, text, 0, 3);
    assert_int_equal(t.n, 1);
    assert_string_equal(t.str[0], "hel");
    tokenize(&t, text, 4, 0);
    assert_int_equal(t.n, 0);
    /* an apostrophe at the end of the range is not inner */
    tokenize(&t, "l'eau", 0, 2);
    assert_int_equal(t.n, 1);
    assert_string_equal(t.str[0], "l");
    /* a nonzero callback result stops and is returned */
    memset(&t, 0, sizeof t);
    t.stop_after = 2;
    assert_int_equal(precis_tokenize(text, 0, sizeof text - 1, collect, &t), 7);
    assert_int_equal(t.n, 2);
}

static void expect_fold(precis_buf *b, const char *in, size_t n, const char *want) {
    precis_buf_puts(b, "stale");
    assert_int_equal(precis_fold(in, n, b), 0);
    assert_int_equal(b->len, strlen(want));
    assert_string_equal(b->data, want);
}

static void test_fold(void **state) {
    (void)state;
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    expect_fold(&b, S("Hello World 42"), "hello world 42");
    expect_fold(&b, S(""), "");
    expect_fold(&b, S("\xC3\x89TAT"), "\xC3\xA9tat");
    expect_fold(&b, S("L\xE2\x80\x99\xC3\x89tat"), "l'\xC3\xA9tat");
    expect_fold(&b,
                S("l\xCA\xBC"
                  "a \xE2\x80\x98"),
                "l'a '");
    expect_fold(&b,
                S("Stra\xC3\x9F"
                  "e"),
                "strasse");
    expect_fold(&b,
                S("E\xCC\x81"
                  "COLE"),
                "\xC3\xA9"
                "cole"); /* composed after folding */
    expect_fold(&b,
                S("ex\xC2\xAD"
                  "ample"),
                "example"); /* soft hyphen dropped */
    expect_fold(&b, S("\xD0\x9C\xD0\x9E\xD0\xA1"), "\xD0\xBC\xD0\xBE\xD1\x81");
    /* longer than the stack buffer: 300 x "É" */
    char big[600], want[600];
    for (int i = 0; i < 300; i++) {
        memcpy(big + 2 * i, "\xC3\x89", 2);
        memcpy(want + 2 * i, "\xC3\xA9", 2);
    }
    assert_int_equal(precis_fold(big, 600, &b), 0);
    assert_int_equal(b.len, 600);
    assert_memory_equal(b.data, want, 600);
    precis_buf_free(&b);
}

static int is_stop(const precis_lexicon *lx, const char *w) {
    return precis_lexicon_is_stop(lx, w, strlen(w));
}

static void test_lexicon(void **state) {
    (void)state;
    precis_lexicon *fr = precis_lexicon_new("fr", &precis_default_alloc);
    precis_lexicon *en = precis_lexicon_new("en", NULL);
    assert_non_null(fr);
    assert_non_null(en);
    assert_true(is_stop(fr, "le"));
    assert_true(is_stop(fr, "l'"));
    assert_true(is_stop(fr, "qu'"));
    assert_true(is_stop(fr, "\xC3\xA0"));
    assert_false(is_stop(fr, "gouvernement"));
    assert_false(is_stop(fr, ""));
    assert_true(is_stop(en, "the"));
    assert_true(is_stop(en, "don't"));
    assert_false(is_stop(en, "mayor"));
    assert_false(is_stop(en, "le"));
    assert_true(precis_lexicon_is_stop(en, "thee", 3)); /* (s, n) is used, not strlen */

    /* the whole pipeline: token -> fold -> stop word */
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    assert_int_equal(precis_fold(S("L\xE2\x80\x99"), &b), 0);
    assert_true(precis_lexicon_is_stop(fr, b.data, b.len));
    precis_buf_free(&b);

    /* a language without a list has no stop words */
    precis_lexicon *xx = precis_lexicon_new("xx", NULL);
    assert_non_null(xx);
    assert_false(is_stop(xx, "the"));
    precis_lexicon_free(xx);
    assert_false(precis_lexicon_is_stop(NULL, "the", 3));
    precis_lexicon_free(NULL);
    precis_lexicon_free(fr);
    precis_lexicon_free(en);
}

static void *no_malloc(void *ctx, size_t n) {
    (void)ctx, (void)n;
    return NULL;
}
static void *no_realloc(void *ctx, void *p, size_t old, size_t n) {
    (void)ctx, (void)p, (void)old, (void)n;
    return NULL;
}
static void std_free(void *ctx, void *p) {
    (void)ctx;
    free(p);
}
static const precis_alloc no_memory = {no_malloc, no_realloc, std_free, NULL};

static void test_out_of_memory(void **state) {
    (void)state;
    assert_null(precis_lexicon_new("fr", &no_memory));
    precis_buf b;
    precis_buf_init(&b, &no_memory);
    assert_int_equal(precis_fold(S("abc"), &b), -1);
    assert_int_equal(precis_fold(S("\xC3\x89t\xC3\xA9"), &b), -1);
    char big[600];
    for (int i = 0; i < 300; i++)
        memcpy(big + 2 * i, "\xC3\x89", 2);
    assert_int_equal(precis_fold(big, sizeof big, &b), -1);
    precis_buf_free(&b);
}

/* Every list is present, reasonably sized, and already folded (so lookups
 * of folded tokens can match every entry). */
static void test_stop_lists(void **state) {
    (void)state;
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    for (int i = 0; i < PRECIS_MAX_LANGS; i++) {
        const precis_wordlist *wl = precis_wordlist_get(precis_lang_code(i), "stopwords");
        assert_non_null(wl);
        assert_in_range(wl->count, 120, 400);
        precis_lexicon *lx = precis_lexicon_new(precis_lang_code(i), NULL);
        assert_non_null(lx);
        for (size_t j = 0; j < wl->count; j++) {
            const char *w = wl->words[j];
            assert_int_equal(precis_fold(w, strlen(w), &b), 0);
            if (strcmp(b.data, w) != 0) fail_msg("%s: \"%s\" is not folded", wl->lang, w);
            assert_true(is_stop(lx, w));
        }
        precis_lexicon_free(lx);
    }
    precis_buf_free(&b);
}

/* Every word of a stage's list has the list's tag in its lexicon entry, in
 * the field of that stage; two lexicons of a language number their words
 * alike; a joiner of two words tags its first word. */
static void check_tags(const precis_lexicon *lx, const precis_lexicon *again, const char *lang,
                       const precis_word_tag *tags, int field) {
    for (const precis_word_tag *t = tags; t->list; t++) {
        const precis_wordlist *wl = precis_wordlist_get(lang, t->list);
        for (size_t i = 0; wl && i < wl->count; i++) {
            const char *w = wl->words[i];
            uint16_t e = precis_lexicon_find(lx, w, strlen(w));
            assert_int_not_equal(e, 0);
            assert_int_equal(e, precis_lexicon_find(again, w, strlen(w)));
            const precis_word_classes *c = precis_lexicon_classes(lx, e);
            uint32_t got = field == 0 ? c->quote : field == 1 ? c->entity : c->keyword;
            if ((got & t->tag) != t->tag) fail_msg("%s/%s: \"%s\" untagged", lang, t->list, w);
        }
    }
}

static void test_lexicon_classes(void **state) {
    (void)state;
    const char *langs[] = {"fr", "en"};
    for (size_t l = 0; l < 2; l++) {
        precis_lexicon *lx = precis_lexicon_new(langs[l], NULL);
        precis_lexicon *again = precis_lexicon_new(langs[l], NULL);
        assert_non_null(lx);
        assert_non_null(again);
        check_tags(lx, again, langs[l], precis_quote_word_tags, 0);
        check_tags(lx, again, langs[l], precis_entity_word_tags, 1);
        check_tags(lx, again, langs[l], precis_keyword_word_tags, 2);
        /* stop words keep their token flags */
        assert_true(precis_lexicon_classes(lx, precis_lexicon_find(lx, "the", 3))->tok ||
                    precis_lexicon_classes(lx, precis_lexicon_find(lx, "les", 3))->tok);
        precis_lexicon_free(lx);
        precis_lexicon_free(again);
    }
    precis_lexicon *fr = precis_lexicon_new("fr", NULL);
    const precis_word_classes *de = precis_lexicon_classes(fr, precis_lexicon_find(fr, "de", 2));
    assert_int_equal(de->keyword, PRECIS_KW_JOINER | PRECIS_KW_JOINER_HEAD);
    const precis_word_classes *de_la =
        precis_lexicon_classes(fr, precis_lexicon_find(fr, "de la", 5));
    assert_int_equal(de_la->keyword, PRECIS_KW_JOINER);
    /* "la" alone is no joiner; "de" is found by its bytes, not as a prefix */
    assert_int_equal(precis_lexicon_classes(fr, precis_lexicon_find(fr, "la", 2))->keyword, 0);
    assert_int_equal(precis_lexicon_find(fr, "dequoi", 6), 0);
    const precis_word_classes *none = precis_lexicon_classes(fr, 0);
    assert_int_equal(none->tok | none->quote | none->entity | none->keyword, 0);
    assert_int_equal(precis_lexicon_find(NULL, "de", 2), 0);
    assert_int_equal(precis_lexicon_classes(NULL, 3)->quote, 0);
    precis_lexicon_free(fr);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words_and_numbers),
        cmocka_unit_test(test_apostrophes),
        cmocka_unit_test(test_flags),
        cmocka_unit_test(test_unicode_text),
        cmocka_unit_test(test_ranges_and_stop),
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_lexicon),
        cmocka_unit_test(test_stop_lists),
        cmocka_unit_test(test_lexicon_classes),
        cmocka_unit_test(test_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
