/* test_quotes.c - quotations and speakers (src/quotes.c): the cases of
 * tests/data/quotes.txt, and the seed article when ../shared is there. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analyse.h"
#include "quotes.h"
#include "speakers.h"

#define MAX_WANT 8

typedef struct qcase {
    int line;
    char lang[4];
    int mode; /* PRECIS_SPK_*: "model fr: " runs the scored choice, "rules fr: " the rules
                 alone, others the default (constrained) */
    char input[1024];
    char quote[MAX_WANT][256], speaker[MAX_WANT][128];
    size_t n;
} qcase;

/* Finds the quotations of text; fills got[] with "quote | speaker". */
static size_t run_quotes(const char *lang, int mode, const char *text, size_t len, char got[][400],
                         size_t max) {
    precis_engine *e = precis_engine_new(lang, NULL, NULL);
    assert_non_null(e);
    precis_brief *d = ev_analyse(e, lang, text, len);
    assert_non_null(d);
    precis_quoter *q = precis_quoter_new(lang, NULL);
    assert_non_null(q);
    precis_vec out;
    precis_vec_init(&out, sizeof(precis_quote), &precis_default_alloc);
    /* the title line, when the text has one, is left out as the brief does */
    precis_quote_input in;
    precis_quotes_input(precis_brief_analysis(d), &in);
    in.spk_mode = mode;
    const char *nt = in.text;
    assert_int_equal(precis_quotes_find(q, &in, &out), 0);
    size_t n = 0;
    for (size_t i = 0; i < out.len && n < max; i++, n++) {
        const precis_quote *x = PRECIS_VEC_AT(&out, precis_quote, i);
        assert_true(x->mark_off < x->off && x->off + x->len < x->mark_end);
        if (x->speaker_kind == PRECIS_SPEAKER_NONE)
            snprintf(got[n], 400, "%.*s | -", (int)x->len, nt + x->off);
        else
            snprintf(got[n], 400, "%.*s | %.*s", (int)x->len, nt + x->off, (int)x->speaker_len,
                     nt + x->speaker_off);
    }
    precis_vec_free(&out);
    precis_quoter_free(q);
    precis_brief_free(d);
    precis_engine_free(e);
    return n;
}

static void unescape(char *s) {
    char *w = s;
    for (char *p = s; *p; p++) {
        if (p[0] == '\\' && p[1] == 'n') {
            *w++ = '\n';
            p++;
        } else {
            *w++ = *p;
        }
    }
    *w = 0;
}

static int check_case(const qcase *c) {
    char got[MAX_WANT][400];
    size_t n = run_quotes(c->lang, c->mode, c->input, strlen(c->input), got, MAX_WANT);
    int ok = n == c->n;
    for (size_t i = 0; ok && i < n; i++) {
        char want[400];
        snprintf(want, sizeof want, "%s | %s", c->quote[i], c->speaker[i]);
        ok = !strcmp(want, got[i]);
    }
    /* the scored choice of speakers moves speakers only: the same
     * quotations, whatever the mode */
    char other[MAX_WANT][400];
    int mode = c->mode == PRECIS_SPK_MODEL ? PRECIS_SPK_RULES : PRECIS_SPK_MODEL;
    size_t m = run_quotes(c->lang, mode, c->input, strlen(c->input), other, MAX_WANT);
    int same = m == n;
    for (size_t i = 0; same && i < n; i++)
        same = !strncmp(got[i], other[i], (size_t)(strstr(got[i], " | ") - got[i]) + 3);
    if (!same) fprintf(stderr, "quotes.txt:%d: other quotations in the other mode\n", c->line);
    ok &= same;
    if (!ok) {
        fprintf(stderr, "quotes.txt:%d: %s\n  want:\n", c->line, c->input);
        for (size_t i = 0; i < c->n; i++)
            fprintf(stderr, "    %s | %s\n", c->quote[i], c->speaker[i]);
        fprintf(stderr, "  got:\n");
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, "    %s\n", got[i]);
    }
    return ok;
}

static void test_cases(void **state) {
    (void)state;
    FILE *f = fopen(PRECIS_SOURCE_DIR "/tests/data/quotes.txt", "r");
    assert_non_null(f);
    char line[1200];
    qcase c;
    int have = 0, lineno = 0, cases = 0, failed = 0;
    for (;;) {
        char *got = fgets(line, sizeof line, f);
        lineno++;
        if (got) line[strcspn(line, "\n")] = 0;
        int model = !strncmp(line, "model ", 6), rules = !strncmp(line, "rules ", 6);
        char *head = model || rules ? line + 6 : line;
        if (!got || !line[0] || (head[2] == ':' && head[3] == ' ')) {
            if (have) {
                cases++;
                failed += !check_case(&c);
                have = 0;
            }
            if (!got) break;
        }
        if (line[0] == '#' || !line[0]) continue;
        if (head[2] == ':' && head[3] == ' ') {
            memset(&c, 0, sizeof c);
            c.line = lineno;
            c.mode = model ? PRECIS_SPK_MODEL : rules ? PRECIS_SPK_RULES : PRECIS_SPK_DEFAULT;
            memcpy(c.lang, head, 2);
            snprintf(c.input, sizeof c.input, "%.*s", (int)sizeof c.input - 1, head + 4);
            unescape(c.input);
            have = 1;
        } else if (line[0] == '=' && have && c.n < MAX_WANT) {
            char *bar = strstr(line, " | ");
            assert_non_null(bar);
            *bar = 0;
            snprintf(c.quote[c.n], sizeof c.quote[0], "%.*s", (int)sizeof c.quote[0] - 1, line + 2);
            snprintf(c.speaker[c.n], sizeof c.speaker[0], "%.*s", (int)sizeof c.speaker[0] - 1,
                     bar + 3);
            c.n++;
        } else {
            fprintf(stderr, "quotes.txt:%d: unreadable line\n", lineno);
            failed++;
        }
    }
    fclose(f);
    fprintf(stderr, "%d cases, %d failed\n", cases, failed);
    assert_true(cases >= 20);
    assert_int_equal(failed, 0);
}

/* The seed article of ../shared: its three quotations and their speakers. */
static void test_seed(void **state) {
    (void)state;
    FILE *f = fopen(PRECIS_SOURCE_DIR "/../shared/examples/seed-article.fr.txt", "rb");
    if (!f) {
        skip();
        return;
    }
    static char text[65536];
    size_t len = fread(text, 1, sizeof text, f);
    fclose(f);
    char got[MAX_WANT][400];
    size_t n = run_quotes("fr", PRECIS_SPK_DEFAULT, text, len, got, MAX_WANT);
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, "seed: %s\n", got[i]);
    assert_int_equal(n, 3);
    assert_string_equal(got[0], "constructive et utile | les médias d\xE2\x80\x99"
                                "État russes");
    assert_string_equal(got[1], "de grands progrès ont été réalisés | Trump");
    assert_string_equal(got[2], "dégoûtantes | Trump");
}

/* Hostile input stays linear: one paragraph, no sentence end, thousands of
 * quotations with pronouns, capitals and cues around them, and unpaired
 * marks of every kind. Each '"' opening a word inside an open quotation
 * once asked whether a sentence ended since the opening mark by reading
 * back to it: 24,000 units took over 20 s. */
static void test_hostile(void **state) {
    (void)state;
    static const char unit[] = "\xC2\xAB Nous viendrons tous demain \xC2\xBB a-t-il dit Jean Marc "
                               "Luc Paul qui selon \"x ' \xE2\x80\x98y \xE2\x80\x9E ";
    size_t n = 24000, ul = sizeof unit - 1;
    char *text = malloc(n * ul + 1);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        memcpy(text + i * ul, unit, ul);
    text[n * ul] = 0;
    clock_t t0 = clock();
    char got[MAX_WANT][400];
    size_t found = run_quotes("fr", PRECIS_SPK_DEFAULT, text, n * ul, got, MAX_WANT);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    free(text);
    assert_true(found > 0);
    assert_true(secs < 5.0);
}

/* A French engine, the analysed brief of text and its quotations' input,
 * for the tests that read the tokens' folded forms. */
static void analyse_fr(const char *text, size_t len, precis_engine **e, precis_brief **d,
                       precis_quote_input *in) {
    *e = precis_engine_new("fr", NULL, NULL);
    assert_non_null(*e);
    *d = ev_analyse(*e, "fr", text, len);
    assert_non_null(*d);
    precis_quotes_input(precis_brief_analysis(*d), in);
}

/* The analysis keeps each token's folded form for the stages' word lists
 * (analysis.h): it is precis_fold of the token, for the body's tokens and
 * the title's, and precis_quote_folded gives the body's lengths. */
static void test_folded_forms(void **state) {
    (void)state;
    static const char text[] = "L\xE2\x80\x99\xC3\x89LYS\xC3\x89"
                               "E R\xC3\xA9pond\n\n"
                               "Trump\xE2\x80\x99s aide said the STRASSE and the Stra\xC3\x9F"
                               "e met. \xC3\x89mile Dupr\xC3\xA9 a d\xC3\xA9"
                               "clar\xC3\xA9 \xC2\xAB Oui \xC2\xBB \xC3\xA0 l\xE2\x80\x99"
                               "AFP.";
    precis_engine *e;
    precis_brief *d;
    precis_quote_input in;
    analyse_fr(text, sizeof text - 1, &e, &d, &in);
    const precis_analysis *a = precis_brief_analysis(d);
    assert_true(in.n_toks > 10);
    assert_true(a->tokens.len > a->title_tok); /* the title has tokens too */
    precis_buf f;
    precis_buf_init(&f, &precis_default_alloc);
    for (size_t i = 0; i < a->tokens.len; i++) {
        const precis_token *t = PRECIS_VEC_AT(&a->tokens, precis_token, i);
        const char *src = i < a->title_tok ? in.text : a->title.data;
        assert_int_equal(precis_fold(src + t->off, t->len, &f), 0);
        size_t end = i + 1 < a->tokens.len ? PRECIS_VEC_AT(&a->tokens, precis_token, i + 1)->fold
                                           : a->folded.len;
        assert_int_equal(end - t->fold, f.len);
        assert_memory_equal(a->folded.data + t->fold, f.data, f.len);
        if (i < in.n_toks) assert_int_equal(precis_quote_folded(&in, i), f.len);
    }
    precis_buf_free(&f);
    precis_brief_free(d);
    precis_engine_free(e);
}

/* precis_quote_fold_span, which the quotations and the entities fold spans
 * with: whenever it makes a span from the tokens' folded forms, it is
 * precis_fold of the span's bytes; a byte not ASCII between tokens ("«",
 * a curly apostrophe) sends the span back to folding (SIZE_MAX); what does
 * not fit in cap gives 0. */
static void test_fold_span(void **state) {
    (void)state;
    static const char text[] = "Dupr\xC3\xA9 Told Us\n\n"
                               "\xC3\x89mile Dupr\xC3\xA9-Lef\xC3\xA8vre, the STRASSE's "
                               "Stra\xC3\x9F"
                               "e man, said \xC2\xAB Oui \xC2\xBB to l\xE2\x80\x99"
                               "AFP and O'Neil's aide.";
    precis_engine *e;
    precis_brief *d;
    precis_quote_input in;
    analyse_fr(text, sizeof text - 1, &e, &d, &in);
    precis_buf f;
    precis_buf_init(&f, &precis_default_alloc);
    char out[256];
    size_t made = 0, refused = 0;
    for (size_t a = 0; a < in.n_toks; a++)
        for (size_t b = a; b < in.n_toks && b < a + 4; b++) {
            size_t n = in.toks[b].off + in.toks[b].len - in.toks[a].off;
            /* the span, and the span less its last two bytes (a possessive) */
            for (size_t cut = 0; cut <= 2 && cut < n; cut += 2) {
                size_t m = precis_quote_fold_span(&in, a, n - cut, out, sizeof out);
                if (m == SIZE_MAX) {
                    refused++;
                    continue;
                }
                assert_int_equal(precis_fold(in.text + in.toks[a].off, n - cut, &f), 0);
                assert_int_equal(m, f.len);
                assert_memory_equal(out, f.data, m);
                made++;
                if (m > 1) assert_int_equal(precis_quote_fold_span(&in, a, n - cut, out, m - 1), 0);
            }
        }
    assert_true(made > 50);
    assert_true(refused > 0);
    precis_buf_free(&f);
    precis_brief_free(d);
    precis_engine_free(e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),     cmocka_unit_test(test_seed),
        cmocka_unit_test(test_hostile),   cmocka_unit_test(test_folded_forms),
        cmocka_unit_test(test_fold_span),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
