/* test_budgets.c - key-point budgets: options.words as a promise (whole
 * sentences within the budget, the best set that fits, a compressed or cut
 * sentence when none fits) and PRECIS_POINTS_AUTO. The cases are in
 * tests/data/budgets.txt, on fictional articles. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "precis.h"
#include "read_file.h"

#define MAX_CASES 32
#define MAX_EXPECT 16

typedef struct bcase {
    char name[128];
    unsigned points, words;
    char lang[8]; /* "en" unless the case says */
    size_t expect[MAX_EXPECT];
    long n_expect; /* -1: only count is checked */
    size_t count;
    char text[256];
    int truncated; /* -1: not checked */
    char *article;
    size_t len;
} bcase;

static bcase cases[MAX_CASES];
static size_t n_cases;

static char *file_text;

/* Parses tests/data/budgets.txt (format in its header) into cases[]. Each
 * article is a copy, so that its text ends where the case does. */
static int load_cases(void) {
    size_t len;
    file_text = read_file(PRECIS_SOURCE_DIR "/tests/data/budgets.txt", &len);
    if (!file_text) return -1;
    bcase *c = NULL;
    int in_article = 0;
    for (char *p = file_text; *p;) {
        char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        char *next = eol ? eol + 1 : p + n;
        if (strncmp(p, "== ", 3) == 0) {
            if (n_cases == MAX_CASES) return -1;
            c = &cases[n_cases++];
            memset(c, 0, sizeof *c);
            c->truncated = -1;
            strcpy(c->lang, "en");
            snprintf(c->name, sizeof c->name, "%.*s", (int)(n - 3), p + 3);
            in_article = 0;
        } else if (c && in_article) {
            char *a = realloc(c->article, c->len + n + 2);
            if (!a) return -1;
            memcpy(a + c->len, p, n);
            c->len += n;
            a[c->len++] = '\n';
            a[c->len] = 0;
            c->article = a;
        } else if (c && p[0] != '#') {
            p[n] = 0;
            if (strncmp(p, "points: ", 8) == 0)
                c->points = strcmp(p + 8, "auto") == 0 ? PRECIS_POINTS_AUTO : (unsigned)atoi(p + 8);
            else if (strncmp(p, "lang: ", 6) == 0)
                snprintf(c->lang, sizeof c->lang, "%s", p + 6);
            else if (strncmp(p, "words: ", 7) == 0)
                c->words = (unsigned)atoi(p + 7);
            else if (strncmp(p, "count: ", 7) == 0)
                c->n_expect = -1, c->count = (size_t)atoi(p + 7);
            else if (strncmp(p, "expect: ", 8) == 0) {
                for (char *t = strtok(p + 8, " "); t; t = strtok(NULL, " "))
                    if (strcmp(t, "-") != 0 && c->n_expect < MAX_EXPECT)
                        c->expect[c->n_expect++] = (size_t)atoi(t);
                c->count = (size_t)c->n_expect;
            } else if (strncmp(p, "text: ", 6) == 0)
                snprintf(c->text, sizeof c->text, "%s", p + 6);
            else if (strncmp(p, "truncated: ", 11) == 0)
                c->truncated = atoi(p + 11);
            else if (strcmp(p, "article:") == 0)
                in_article = 1;
        }
        p = next;
    }
    return n_cases ? 0 : -1;
}

/* Words of a key point as a reader counts them: runs of non-spaces, the
 * closing "…" of a cut point not one. */
static size_t count_words(const char *s, size_t n) {
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t start = i;
        while (i < n && s[i] != ' ')
            i++;
        if (i > start && !(i - start == 3 && memcmp(s + start, "\xE2\x80\xA6", 3) == 0)) w++;
    }
    return w;
}

static void test_cases(void **state) {
    precis_engine *e = *state;
    for (size_t k = 0; k < n_cases; k++) {
        const bcase *c = &cases[k];
        precis_options o;
        precis_options_default(&o);
        o.lang = c->lang;
        o.points = c->points;
        o.words = c->words;
        precis_error err;
        precis_brief *b = precis_brief_text(e, c->article, c->len, &o, &err);
        if (!b) fail_msg("%s: %s", c->name, err.msg);
        size_t n = precis_brief_point_count(b), used = 0;
        if (n != c->count) fail_msg("%s: %zu key points, expected %zu", c->name, n, c->count);
        for (size_t i = 0; i < n; i++) {
            precis_point p;
            assert_int_equal(precis_brief_point(b, i, &p), 0);
            used += count_words(p.text, p.len);
            if (c->n_expect >= 0 && p.sentence != c->expect[i])
                fail_msg("%s: key point %zu is sentence %zu, expected %zu", c->name, i, p.sentence,
                         c->expect[i]);
            if (c->text[0] && (p.len != strlen(c->text) || memcmp(p.text, c->text, p.len) != 0))
                fail_msg("%s: text \"%.*s\", expected \"%s\"", c->name, (int)p.len, p.text,
                         c->text);
            if (c->truncated >= 0 && !!p.truncated != c->truncated)
                fail_msg("%s: truncated %d", c->name, p.truncated);
            /* A cut or compressed point is bytes of the input, inside its sentence. */
            for (size_t j = 0; j < p.piece_count; j++)
                assert_true(p.start <= p.pieces[j].start && p.pieces[j].end <= p.end);
            if (p.truncated) {
                assert_int_equal(p.piece_count, 1);
                assert_true(p.len > 3 && memcmp(p.text + p.len - 3, "\xE2\x80\xA6", 3) == 0);
            }
        }
        if (c->words && used > c->words)
            fail_msg("%s: %zu words over a budget of %u", c->name, used, c->words);
        if (c->truncated == 1) {
            char *json = precis_brief_render(b, PRECIS_FORMAT_JSON, NULL, &err);
            assert_non_null(json);
            if (!strstr(json, "\"truncated\":true")) fail_msg("%s: JSON says nothing", c->name);
            precis_string_free(e, json);
        }
        precis_brief_free(b);
    }
}

/* The default options say "points not set". */
static void test_default_points(void **state) {
    (void)state;
    precis_options o;
    precis_options_default(&o);
    assert_int_equal(o.points, PRECIS_POINTS_AUTO);
    assert_int_equal(o.words, 0);
}

static int setup(void **state) {
    if (load_cases() != 0) return -1;
    precis_error err;
    *state = precis_engine_new("en,fr", NULL, &err);
    return *state ? 0 : -1;
}

static int teardown(void **state) {
    precis_engine_free(*state);
    for (size_t k = 0; k < n_cases; k++)
        free(cases[k].article);
    free(file_text);
    return 0;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_default_points),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
