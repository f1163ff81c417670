/* test_stem.c - Snowball stemmers behind precis_stemmer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "precis_internal.h"

/* Stems word (NUL-terminated) and returns a NUL-terminated copy in buf. */
static const char *stem(precis_stemmer *st, const char *word, char *buf, size_t cap) {
    size_t n = 0;
    const char *r = precis_stem(st, word, strlen(word), &n);
    assert_non_null(r);
    assert_true(n < cap);
    memcpy(buf, r, n);
    buf[n] = 0;
    return buf;
}

static void assert_same_stem(precis_stemmer *st, const char *a, const char *b) {
    char sa[128], sb[128];
    stem(st, a, sa, sizeof sa);
    stem(st, b, sb, sizeof sb);
    assert_string_equal(sa, sb);
}

static void test_french(void **state) {
    (void)state;
    precis_stemmer *st = precis_stemmer_new("fr", NULL);
    assert_non_null(st);
    char buf[128];
    assert_string_equal(stem(st, "présidentielles", buf, sizeof buf), "présidentiel");
    assert_same_stem(st, "présidentielles", "présidentiel");
    assert_same_stem(st, "économiques", "économie");
    assert_same_stem(st, "continuait", "continuer");
    /* different words keep different stems */
    char a[128], b[128];
    assert_string_not_equal(stem(st, "grève", a, sizeof a), stem(st, "gouvernement", b, sizeof b));
    precis_stemmer_free(st);
}

static void test_english(void **state) {
    (void)state;
    precis_stemmer *st = precis_stemmer_new("en", NULL);
    assert_non_null(st);
    char buf[128];
    assert_string_equal(stem(st, "running", buf, sizeof buf), "run");
    assert_string_equal(stem(st, "runs", buf, sizeof buf), "run");
    assert_same_stem(st, "connection", "connected");
    precis_stemmer_free(st);
}

/* Every supported language has a stemmer that conflates a plural. */
static void test_all_languages(void **state) {
    (void)state;
    static const char *const pairs[PRECIS_MAX_LANGS][2] = {
        {"élections", "élection"},      {"elections", "election"}, {"regierungen", "regierung"},
        {"elecciones", "elección"},     {"elezioni", "elezione"},  {"governos", "governo"},
        {"verkiezingen", "verkiezing"},
    };
    for (int i = 0; i < PRECIS_MAX_LANGS; i++) {
        precis_stemmer *st = precis_stemmer_new(precis_lang_code(i), NULL);
        assert_non_null(st);
        assert_same_stem(st, pairs[i][0], pairs[i][1]);
        precis_stemmer_free(st);
    }
    /* ISO 639-2 codes are accepted like the 2-letter ones */
    precis_stemmer *st = precis_stemmer_new("deu", NULL);
    assert_non_null(st);
    precis_stemmer_free(st);
}

static void test_unknown_language(void **state) {
    (void)state;
    assert_null(precis_stemmer_new("xx", NULL));
    assert_null(precis_stemmer_new("", NULL));
    assert_null(precis_stemmer_new(NULL, NULL));
    assert_null(precis_stemmer_new("french", NULL)); /* codes, not names */
    precis_stemmer_free(NULL);                       /* no-op */
}

/* Over-long tokens (URLs, glued words) and the empty word come back as is. */
static void test_edges(void **state) {
    (void)state;
    precis_stemmer *st = precis_stemmer_new("en", NULL);
    assert_non_null(st);
    char longw[200];
    memset(longw, 'a', sizeof longw - 1);
    memcpy(longw + sizeof longw - 5, "ings", 5);
    size_t n = 0;
    const char *r = precis_stem(st, longw, strlen(longw), &n);
    assert_ptr_equal(r, longw);
    assert_int_equal(n, strlen(longw));
    r = precis_stem(st, "x", 0, &n);
    assert_int_equal(n, 0);
    /* the input need not be NUL-terminated: only n bytes are read */
    r = precis_stem(st, "runningXYZ", 7, &n);
    assert_int_equal(n, 3);
    assert_memory_equal(r, "run", 3);
    precis_stemmer_free(st);
}

static void *fail_malloc(void *ctx, size_t size) {
    (void)ctx;
    (void)size;
    return NULL;
}
static void *fail_realloc(void *ctx, void *p, size_t old, size_t size) {
    (void)ctx;
    (void)p;
    (void)old;
    (void)size;
    return NULL;
}
static void plain_free(void *ctx, void *p) {
    (void)ctx;
    free(p);
}

static void test_alloc_failure(void **state) {
    (void)state;
    precis_alloc failing = {fail_malloc, fail_realloc, plain_free, NULL};
    assert_null(precis_stemmer_new("fr", &failing));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_french),        cmocka_unit_test(test_english),
        cmocka_unit_test(test_all_languages), cmocka_unit_test(test_unknown_language),
        cmocka_unit_test(test_edges),         cmocka_unit_test(test_alloc_failure),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
