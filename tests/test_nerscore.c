/*
 * test_nerscore.c - the gold annotation loader and the entity/quote scoring
 * of `precis-eval ner` (eval/nerscore.c) on a small hand-made gold and
 * predictions whose counts are worked out next to each case.
 */
#include <setjmp.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "nerscore.c"

/* One fictional article: "Mme Ana Roux a dit « Nous partons » à Lyon. Roux
 * ..." spans are arbitrary but consistent. */
static const char gold_tsv[] = "# comment\n"
                               "a1\tentity\t4\t12\tperson\tAna Roux\n"
                               "a1\tentity\t40\t44\tplace\tLyon\n"
                               "a1\tentity\t50\t54\tperson\tAna Roux\n"
                               "a1\tentity\t60\t63\torganisation\tONU\n"
                               "a1\tquote\t22\t34\tAna Roux\n"
                               "a1\tquote\t70\t80\tle maire de Lyon\n"
                               "a1\tquote\t90\t95\t-\n"
                               "\n"
                               "a2\tquote\t0\t5\tBob\n";

static void load(ner_gold *g, const char *text) {
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    assert_non_null(f);
    char err[128] = "";
    int rc = ner_gold_load(f, g, err, sizeof err);
    fclose(f);
    if (rc != 0) fail_msg("load: %s", err);
}

static void test_load(void **state) {
    (void)state;
    ner_gold g;
    load(&g, gold_tsv);
    assert_int_equal(g.n, 2);
    const ner_article *a = ner_gold_find(&g, "a1");
    assert_non_null(a);
    assert_int_equal(a->n_ments, 4);
    assert_int_equal(a->n_names, 3); /* "Ana Roux" twice is one entity */
    assert_int_equal(a->ments[2].entity, a->ments[0].entity);
    assert_int_equal(a->ments[1].type, NER_PLACE);
    assert_int_equal(a->n_quotes, 3);
    assert_null(a->quotes[2].speaker);
    assert_string_equal(a->quotes[1].speaker, "le maire de Lyon");
    assert_null(ner_gold_find(&g, "a3"));
    ner_gold_free(&g);
}

static void test_load_errors(void **state) {
    (void)state;
    static const char *const bad[] = {
        "a\tentity\t4\t2\tperson\tX\n",             /* END before START */
        "a\tentity\t1\t2\tpeople\tX\n",             /* unknown type */
        "a\tquote\t1\t2\n",                         /* no speaker field */
        "a\tthing\t1\t2\tX\n",                      /* unknown kind */
        "a\tentity\t-1\t2\tperson\tX\n",            /* negative offset */
        "a\tquote\t1\t2\tX\n\na\tquote\tx\t2\tY\n", /* error on line 3 */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        FILE *f = fmemopen((void *)bad[i], strlen(bad[i]), "r");
        assert_non_null(f);
        ner_gold g;
        char err[128] = "";
        assert_int_equal(ner_gold_load(f, &g, err, sizeof err), -1);
        fclose(f);
        assert_int_equal(g.n, 0);
        assert_non_null(strstr(err, i == 5 ? "line 3" : "line 1"));
    }
}

static void test_mentions(void **state) {
    (void)state;
    ner_gold g;
    load(&g, gold_tsv);
    const ner_article *a = ner_gold_find(&g, "a1");
    /* the gold as prediction: everything right */
    ner_counts c = {0};
    ner_score_mentions(a, a->ments, a->n_ments, &c);
    assert_int_equal(c.gold, 4);
    assert_int_equal(c.pred, 4);
    assert_int_equal(c.tp, 4);
    assert_int_equal(c.tp_typed, 4);
    /* 5 predictions: Ana Roux exact and typed; Lyon exact but typed
     * organisation; Roux [50,54) predicted twice (the second is a false
     * positive); [60,62) a partial span (false positive).
     * untyped: tp 3, P 3/5, R 3/4; typed: tp 2, P 2/5, R 2/4. */
    const ner_mention pred[] = {{4, 12, NER_PERSON, 0},
                                {40, 44, NER_ORGANISATION, 1},
                                {50, 54, NER_PERSON, 0},
                                {50, 54, NER_PERSON, 0},
                                {60, 62, NER_ORGANISATION, 2}};
    memset(&c, 0, sizeof c);
    ner_score_mentions(a, pred, 5, &c);
    assert_int_equal(c.tp, 3);
    assert_int_equal(c.tp_typed, 2);
    /* the confusion table: rows gold type, columns found type, NER_TYPES
     * for none; ONU [60,63) missed, the second Roux and [60,62) extra */
    assert_int_equal(c.conf[NER_PERSON][NER_PERSON], 2);
    assert_int_equal(c.conf[NER_PLACE][NER_ORGANISATION], 1);
    assert_int_equal(c.conf[NER_ORGANISATION][NER_TYPES], 1);
    assert_int_equal(c.conf[NER_TYPES][NER_PERSON], 1);
    assert_int_equal(c.conf[NER_TYPES][NER_ORGANISATION], 1);
    size_t sum = 0;
    for (int row = 0; row <= NER_TYPES; row++)
        for (int k = 0; k <= NER_TYPES; k++)
            sum += c.conf[row][k];
    assert_int_equal(sum, 6);
    size_t gold_of[5], pred_of[4];
    assert_int_equal(ner_match_mentions(a, pred, 5, gold_of, pred_of), 0);
    assert_int_equal(gold_of[0], 0);
    assert_int_equal(gold_of[3], (size_t)-1);
    assert_int_equal(pred_of[2], 2);
    assert_int_equal(pred_of[3], (size_t)-1);
    double p, r, f = ner_prf(c.tp, c.gold, c.pred, &p, &r);
    assert_true(fabs(p - 0.6) < 1e-12 && fabs(r - 0.75) < 1e-12);
    assert_true(fabs(f - 2 * 0.6 * 0.75 / 1.35) < 1e-12);
    f = ner_prf(c.tp_typed, c.gold, c.pred, &p, &r);
    assert_true(fabs(p - 0.4) < 1e-12 && fabs(r - 0.5) < 1e-12);
    /* no gold article (not annotated): every prediction is a false positive */
    memset(&c, 0, sizeof c);
    ner_score_mentions(NULL, pred, 5, &c);
    assert_int_equal(c.pred, 5);
    assert_int_equal(c.tp, 0);
    assert_true(ner_prf(c.tp, c.gold, c.pred, &p, &r) == 0);
    ner_gold_free(&g);
}

static void test_quotes(void **state) {
    (void)state;
    ner_gold g;
    load(&g, gold_tsv);
    const ner_article *a = ner_gold_find(&g, "a1");
    static const char text[] = "xxxxAna RouxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxRoux";
    /* quote 1: speaker given as "Roux" at [50,54), a mention of Ana Roux:
     * right. quote 2: " Le  Maire de lyon " after collapse and folding:
     * right. quote 3: gold none, predicted none: right. [100,110): false
     * positive. So tp 3 of 3 gold, 4 predicted; speakers 3/3. */
    const ner_pred_quote pred[] = {
        {22, 34, text + 50, 4, 50, 54},
        {70, 80, " Le  Maire de\nlyon ", 19, 0, 0},
        {90, 95, NULL, 0, 0, 0},
        {100, 110, "X", 1, 0, 0},
    };
    ner_counts c = {0};
    ner_score_quotes(a, pred, 4, &c);
    assert_int_equal(c.q_gold, 3);
    assert_int_equal(c.q_pred, 4);
    assert_int_equal(c.q_tp, 3);
    assert_int_equal(c.q_spk_gold, 3);
    assert_int_equal(c.q_spk_ok, 3);
    /* wrong speakers: a name that is no mention of the gold speaker, a
     * speaker where gold has none, none where gold has one; and a span off
     * by one byte is no match. */
    const ner_pred_quote wrong[] = {
        {22, 34, "Lyon", 4, 40, 44},
        {90, 95, "Ana", 3, 0, 0},
        {70, 80, NULL, 0, 0, 0},
        {0, 4, NULL, 0, 0, 0},
    };
    memset(&c, 0, sizeof c);
    ner_score_quotes(a, wrong, 4, &c);
    assert_int_equal(c.q_tp, 3);
    assert_int_equal(c.q_spk_ok, 0);
    /* a speaker string that contains the name is not the name */
    const ner_pred_quote longer[] = {{22, 34, "Mme Ana Roux a", 14, 0, 0}};
    memset(&c, 0, sizeof c);
    ner_score_quotes(a, longer, 1, &c);
    assert_int_equal(c.q_spk_ok, 0);
    ner_gold_free(&g);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_load),
        cmocka_unit_test(test_load_errors),
        cmocka_unit_test(test_mentions),
        cmocka_unit_test(test_quotes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
