/* test_paragraphs.c - precis_split_paragraphs: headline detection, blank-line
 * and line-per-paragraph layouts, trimming. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "precis_internal.h"

#define S(lit) lit, sizeof(lit) - 1

typedef struct split {
    const char *text;
    size_t toff, tlen;
    precis_vec paras;
} split;

static void run_split(split *r, const char *text, size_t len) {
    r->text = text;
    precis_vec_init(&r->paras, sizeof(precis_paragraph), &precis_default_alloc);
    assert_int_equal(precis_split_paragraphs(text, len, &r->toff, &r->tlen, &r->paras), 0);
}

static void expect_title(const split *r, const char *want) {
    assert_int_equal(r->tlen, strlen(want));
    assert_memory_equal(r->text + r->toff, want, r->tlen);
}

static void expect_no_title(const split *r) {
    assert_int_equal(r->toff, 0);
    assert_int_equal(r->tlen, 0);
}

/* want: the paragraphs, NULL-terminated. */
static void expect_paras(const split *r, const char *const *want) {
    size_t n = 0;
    while (want[n])
        n++;
    assert_int_equal(r->paras.len, n);
    for (size_t i = 0; i < n; i++) {
        const precis_paragraph *p = PRECIS_VEC_AT(&r->paras, precis_paragraph, i);
        assert_int_equal(p->len, strlen(want[i]));
        assert_memory_equal(r->text + p->off, want[i], p->len);
    }
}

static void test_title_and_blank_lines(void **state) {
    (void)state;
    split r;
    run_split(&r, S("Le budget de la ville adopt\xC3\xA9 \n\n"
                    "Le conseil municipal a vot\xC3\xA9 mardi soir.\n"
                    "Le texte entre en vigueur en janvier.\n\n"
                    "  L'opposition a quitt\xC3\xA9 la salle.  \n"));
    expect_title(&r, "Le budget de la ville adopt\xC3\xA9");
    expect_paras(&r, (const char *const[]){"Le conseil municipal a vot\xC3\xA9 mardi soir.\n"
                                           "Le texte entre en vigueur en janvier.",
                                           "L'opposition a quitt\xC3\xA9 la salle.", NULL});
    precis_vec_free(&r.paras);
}

static void test_line_per_paragraph(void **state) {
    (void)state;
    split r;
    run_split(&r, S("Storm closes coastal roads\nHeavy rain fell overnight.\n"
                    "Crews expect to reopen the road by Friday.\n"));
    expect_title(&r, "Storm closes coastal roads");
    expect_paras(&r, (const char *const[]){"Heavy rain fell overnight.",
                                           "Crews expect to reopen the road by Friday.", NULL});
    precis_vec_free(&r.paras);

    /* a blank line only between the title and the body: still one per line */
    run_split(&r, S("Storm closes coastal roads\n\nHeavy rain fell.\nCrews are out.\n"));
    expect_title(&r, "Storm closes coastal roads");
    expect_paras(&r, (const char *const[]){"Heavy rain fell.", "Crews are out.", NULL});
    precis_vec_free(&r.paras);
}

static void test_not_a_title(void **state) {
    (void)state;
    split r;
    /* sentence-final punctuation */
    static const char *const endings[] = {".", "!", "?", ":", ";", "\xE2\x80\xA6"};
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        char buf[128];
        int n =
            snprintf(buf, sizeof buf, "The mayor resigned%s\nA new vote is planned.", endings[i]);
        run_split(&r, buf, (size_t)n);
        expect_no_title(&r);
        assert_int_equal(r.paras.len, 2);
        precis_vec_free(&r.paras);
    }
    /* a closing quote after final punctuation, with a French narrow space */
    run_split(&r, S("\xC2\xAB Nous gagnerons. \xE2\x80\xAF\xC2\xBB\nLa foule applaudit."));
    expect_no_title(&r);
    precis_vec_free(&r.paras);
    run_split(&r, S("He said: \"We will build it.\"\nThe plan costs $2bn."));
    expect_no_title(&r);
    precis_vec_free(&r.paras);
    /* the only line */
    run_split(&r, S("Just a headline\n\n  \n"));
    expect_no_title(&r);
    expect_paras(&r, (const char *const[]){"Just a headline", NULL});
    precis_vec_free(&r.paras);
    /* no line break after it */
    run_split(&r, S("Just a headline"));
    expect_no_title(&r);
    expect_paras(&r, (const char *const[]){"Just a headline", NULL});
    precis_vec_free(&r.paras);
    /* too many words (26) */
    run_split(&r, S("a b c d e f g h i j k l m n o p q r s t u v w x y z\nBody text."));
    expect_no_title(&r);
    precis_vec_free(&r.paras);
    /* too long (201 bytes) */
    char longline[260];
    memset(longline, 'x', 201);
    memcpy(longline + 201, "\nBody.", 6);
    run_split(&r, longline, 207);
    expect_no_title(&r);
    precis_vec_free(&r.paras);
}

static void test_title_edge_cases(void **state) {
    (void)state;
    split r;
    /* a quote without final punctuation before it is fine */
    run_split(
        &r, S("Le \xC2\xAB plan B \xC2\xBB du maire\nLe maire a pr\xC3\xA9sent\xC3\xA9 son plan."));
    expect_title(&r, "Le \xC2\xAB plan B \xC2\xBB du maire");
    precis_vec_free(&r.paras);
    /* exactly 25 words and 200 bytes are allowed */
    run_split(&r, S("a b c d e f g h i j k l m n o p q r s t u v w x y\nBody text."));
    expect_title(&r, "a b c d e f g h i j k l m n o p q r s t u v w x y");
    precis_vec_free(&r.paras);
    char line[260];
    memset(line, 'x', 200);
    memcpy(line + 200, "\nBody.", 6);
    run_split(&r, line, 206);
    assert_int_equal(r.tlen, 200);
    precis_vec_free(&r.paras);
    /* leading blank lines, trailing NBSP and ideographic space trimmed */
    run_split(&r, S("\n \n\t Titre\xC2\xA0\n\nCorps du texte.\xE3\x80\x80\n\n"));
    expect_title(&r, "Titre");
    expect_paras(&r, (const char *const[]){"Corps du texte.", NULL});
    assert_int_equal(r.toff, 5);
    precis_vec_free(&r.paras);
}

/* CR-only line endings arrive here as LF after normalization. */
static void test_cr_only_lines(void **state) {
    (void)state;
    const char in[] = "Titre\rPremier paragraphe.\rSecond paragraphe.\r";
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    assert_int_equal(precis_normalize(in, sizeof in - 1, 0, &t, NULL), 0);
    split r;
    run_split(&r, t.text.data, t.text.len);
    expect_title(&r, "Titre");
    expect_paras(&r, (const char *const[]){"Premier paragraphe.", "Second paragraphe.", NULL});
    precis_vec_free(&r.paras);
    precis_text_free(&t);
}

/* A paragraph as scraped from a web page: dateline, spaces-only separator
 * lines, hard-wrapped lines, trailing spaces. */
static void test_scraped(void **state) {
    (void)state;
    split r;
    run_split(&r, S("Publi\xC3\xA9 le 3 mars 2031 \xC3\xA0 14h02\n"
                    " \t \n"
                    "PARIS \xE2\x80\x94 Le conseil a vot\xC3\xA9 un plan de 2,5 millions   \n"
                    "d'euros pour les pistes cyclables.\t\n"
                    "\xC2\xA0\n"
                    "Les travaux commenceront en avril.   "));
    expect_title(&r, "Publi\xC3\xA9 le 3 mars 2031 \xC3\xA0 14h02");
    expect_paras(&r, (const char *const[]){
                         "PARIS \xE2\x80\x94 Le conseil a vot\xC3\xA9 un plan de 2,5 millions   \n"
                         "d'euros pour les pistes cyclables.",
                         "Les travaux commenceront en avril.", NULL});
    precis_vec_free(&r.paras);
}

static void test_unicode_separators(void **state) {
    (void)state;
    split r;
    /* U+2029 separates paragraphs, U+2028 only lines */
    run_split(&r, S("First one.\xE2\x80\xA9Second,\xE2\x80\xA8same paragraph."));
    expect_no_title(&r);
    expect_paras(&r,
                 (const char *const[]){"First one.", "Second,\xE2\x80\xA8same paragraph.", NULL});
    precis_vec_free(&r.paras);
}

static void test_empty_and_reuse(void **state) {
    (void)state;
    split r;
    run_split(&r, S(""));
    expect_no_title(&r);
    assert_int_equal(r.paras.len, 0);
    /* the vector is cleared on each call */
    size_t toff = 9, tlen = 9;
    assert_int_equal(precis_split_paragraphs(S("Un.\n\nDeux."), &toff, &tlen, &r.paras), 0);
    assert_int_equal(r.paras.len, 2);
    assert_int_equal(precis_split_paragraphs(S(" \n\t\n"), &toff, &tlen, &r.paras), 0);
    assert_int_equal(r.paras.len, 0);
    assert_int_equal(tlen, 0);
    precis_vec_free(&r.paras);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_and_blank_lines), cmocka_unit_test(test_line_per_paragraph),
        cmocka_unit_test(test_not_a_title),           cmocka_unit_test(test_title_edge_cases),
        cmocka_unit_test(test_cr_only_lines),         cmocka_unit_test(test_scraped),
        cmocka_unit_test(test_unicode_separators),    cmocka_unit_test(test_empty_and_reuse),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
