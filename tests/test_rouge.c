/*
 * test_rouge.c - ROUGE core of precis-eval against hand-computed values.
 * The expected numbers are worked out in the comments next to each case.
 */
#include <setjmp.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

/* The tests link only the library, so the eval modules are compiled in. */
#include "rouge.c"
#include "report.c"
#include "systems.c"

#define EPS 1e-9
/* cmocka's float assertion works in single precision; this one does not. */
#define assert_near(a, b)                                                                          \
    do {                                                                                           \
        double a_ = (a), b_ = (b);                                                                 \
        if (fabs(a_ - b_) > EPS) fail_msg("%s = %.12f, expected %.12f", #a, a_, b_);               \
    } while (0)

typedef struct fixture {
    rouge_ctx *ctx;
    rouge_seq pred, ref[3];
} fixture;

static int setup(void **state) {
    fixture *f = calloc(1, sizeof *f);
    if (!f) return -1;
    f->ctx = rouge_new(NULL);
    if (!f->ctx) {
        free(f);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fixture *f = *state;
    rouge_seq_free(&f->pred);
    for (int i = 0; i < 3; i++)
        rouge_seq_free(&f->ref[i]);
    rouge_free(f->ctx);
    free(f);
    return 0;
}

/* Tokenizes pred and the nref references (NUL-terminated test strings). */
static void load(fixture *f, const char *pred, const char *const *refs, size_t nref) {
    rouge_seq_clear(&f->pred);
    assert_int_equal(rouge_tokenize(f->ctx, pred, strlen(pred), &f->pred), 0);
    for (size_t i = 0; i < nref; i++) {
        rouge_seq_clear(&f->ref[i]);
        assert_int_equal(rouge_tokenize(f->ctx, refs[i], strlen(refs[i]), &f->ref[i]), 0);
    }
}

static rouge_scores score1(fixture *f, const char *pred, const char *ref) {
    const char *refs[1] = {ref};
    rouge_scores s;
    load(f, pred, refs, 1);
    assert_int_equal(rouge_score(f->ctx, &f->pred, &f->ref[0], &s), 0);
    return s;
}

static void assert_prf(rouge_prf x, double p, double r, double fm) {
    assert_near(x.p, p);
    assert_near(x.r, r);
    assert_near(x.f, fm);
}

/* pred: the police closed the bridge   ref: the police reopened the bridge
 * (5 tokens each).
 * R1: pred {the:2, police, closed, bridge}, ref {the:2, police, reopened,
 *     bridge}: overlap 2+1+1 = 4 -> P = R = F = 4/5.
 * R2: pred {the police, police closed, closed the, the bridge}, ref {the
 *     police, police reopened, reopened the, the bridge}: overlap 2 -> 2/4.
 * RL: LCS "the police the bridge" = 4 -> 4/5. Lsum: one sentence each, the
 *     union LCS is the same 4 tokens -> 4/5. */
static void test_basic(void **state) {
    rouge_scores s =
        score1(*state, "The police closed the bridge.", "The police reopened the bridge.");
    assert_prf(s.m[ROUGE_1], 0.8, 0.8, 0.8);
    assert_prf(s.m[ROUGE_2], 0.5, 0.5, 0.5);
    assert_prf(s.m[ROUGE_L], 0.8, 0.8, 0.8);
    assert_prf(s.m[ROUGE_LSUM], 0.8, 0.8, 0.8);
}

/* pred: storm hits coast today (4)   ref: storm hits (2)
 * R1: overlap 2: P = 2/4, R = 2/2, F = 2*.5*1/1.5 = 2/3.
 * R2: pred bigrams 3, ref 1, overlap 1: P = 1/3, R = 1, F = 2*(1/3)/(4/3) = 1/2.
 * RL: LCS 2 -> same as R1. */
static void test_precision_recall(void **state) {
    rouge_scores s = score1(*state, "Storm hits coast today", "storm hits");
    assert_prf(s.m[ROUGE_1], 0.5, 1.0, 2.0 / 3.0);
    assert_prf(s.m[ROUGE_2], 1.0 / 3.0, 1.0, 0.5);
    assert_prf(s.m[ROUGE_L], 0.5, 1.0, 2.0 / 3.0);
}

/* Clipping: pred "vote vote vote vote" (4), ref "vote today" (2).
 * R1 overlap = min(4, 1) = 1: P = 1/4, R = 1/2, F = 2*(1/8)/(3/4) = 1/3.
 * R2: pred {vote vote x3}, ref {vote today}: overlap 0. */
static void test_clipping(void **state) {
    rouge_scores s = score1(*state, "vote vote vote vote", "vote today");
    assert_prf(s.m[ROUGE_1], 0.25, 0.5, 1.0 / 3.0);
    assert_prf(s.m[ROUGE_2], 0.0, 0.0, 0.0);
    assert_prf(s.m[ROUGE_L], 0.25, 0.5, 1.0 / 3.0);
}

/* Two sentences each. ref: [storm closed schools] [rain continues];
 * pred: [storm schools] [rain closed continues]. 5 tokens each, all distinct.
 * RL over the whole sequences: ref s c h r n, pred s h r c n -> LCS "s h r n"
 *     = 4 -> 4/5.
 * Lsum: ref sentence 1 vs pred 1: LCS {storm, schools} (ref idx 0, 2); vs
 *     pred 2: LCS {closed} (idx 1); union {0,1,2} = 3 hits. Ref sentence 2 vs
 *     pred 2: {rain, continues} = 2 hits. 5 hits / 5 -> P = R = F = 1.
 * R2 crosses the newline: ref {storm closed, closed schools, schools rain,
 *     rain continues}, pred {storm schools, schools rain, rain closed, closed
 *     continues}: overlap 1 -> 1/4. */
static void test_lsum_two_sentences(void **state) {
    rouge_scores s = score1(*state, "Storm schools.\nRain closed continues.",
                            "Storm closed schools.\nRain continues.");
    assert_prf(s.m[ROUGE_L], 0.8, 0.8, 0.8);
    assert_prf(s.m[ROUGE_LSUM], 1.0, 1.0, 1.0);
    assert_prf(s.m[ROUGE_2], 0.25, 0.25, 0.25);
    assert_prf(s.m[ROUGE_1], 1.0, 1.0, 1.0);
}

/* Lsum clips hits by token counts: ref [mayor resigns] [mayor resigns]
 * (m = 4), pred [mayor resigns] (n = 2). Ref sentence 1 takes both pred
 * tokens (2 hits); sentence 2 has the same union LCS but no pred count left
 * (0 hits). P = 2/2, R = 2/4, F = 2/3. */
static void test_lsum_clipping(void **state) {
    rouge_scores s = score1(*state, "Mayor resigns", "Mayor resigns.\nMayor resigns.");
    assert_prf(s.m[ROUGE_LSUM], 1.0, 0.5, 2.0 / 3.0);
}

/* Several references, best F1 per metric. pred "x y z" as words
 * "red blue green"; ref A "green blue red": R1 = 1 (all three), R2 = 0.
 * ref B "red blue white white white white" (6): R1 overlap 2: P = 2/3,
 * R = 2/6, F = 2*(2/9)/1 = 4/9; R2 pred {red blue, blue green}, ref {red
 * blue, blue white, white white x3}: overlap 1: P = 1/2, R = 1/5,
 * F = 2*(1/10)/(7/10) = 2/7. Best: R1 from A, R2 from B. */
static void test_multi_reference(void **state) {
    fixture *f = *state;
    const char *refs[2] = {"green blue red", "red blue white white white white"};
    rouge_scores s;
    load(f, "red blue green", refs, 2);
    assert_int_equal(rouge_score_multi(f->ctx, &f->pred, f->ref, 2, &s), 0);
    assert_prf(s.m[ROUGE_1], 1.0, 1.0, 1.0);
    assert_prf(s.m[ROUGE_2], 0.5, 0.2, 2.0 / 7.0);
    /* RL: vs A the LCS is 1 token (1/3); vs B "red blue" = 2: P = 2/3,
     * R = 1/3, F = 4/9 > 1/3. */
    assert_prf(s.m[ROUGE_L], 2.0 / 3.0, 1.0 / 3.0, 4.0 / 9.0);
    /* No reference at all: zeros. */
    assert_int_equal(rouge_score_multi(f->ctx, &f->pred, f->ref, 0, &s), 0);
    assert_near(s.m[ROUGE_1].f, 0.0);
}

static void test_empty(void **state) {
    /* Punctuation only has no token: every metric is 0 both ways. */
    rouge_scores s = score1(*state, "...", "Le maire démissionne.");
    for (int m = 0; m < ROUGE_NMETRICS; m++)
        assert_prf(s.m[m], 0, 0, 0);
    s = score1(*state, "Le maire démissionne.", "");
    for (int m = 0; m < ROUGE_NMETRICS; m++)
        assert_prf(s.m[m], 0, 0, 0);
    /* One token each: R1 = 1 but there is no bigram, so R2 = 0. */
    s = score1(*state, "Grève", "grève!");
    assert_prf(s.m[ROUGE_1], 1, 1, 1);
    assert_prf(s.m[ROUGE_2], 0, 0, 0);
}

/* Case folding is Unicode (É, ß -> ss), NFC is applied (e + U+0301 equals
 * é), and apostrophes/punctuation split tokens: "l'État" = "l", "état". */
static void test_unicode(void **state) {
    rouge_scores s = score1(*state, "État", "état");
    assert_prf(s.m[ROUGE_1], 1, 1, 1);
    s = score1(*state, "STRASSE", "Straße");
    assert_prf(s.m[ROUGE_1], 1, 1, 1);
    s = score1(*state, "e\xcc\x81t\xc3\xa9", "\xc3\xa9t\xc3\xa9");
    assert_prf(s.m[ROUGE_1], 1, 1, 1);
    /* pred l, état, réagit (3); ref l, état, a, réagi (4): overlap 2:
     * P = 2/3, R = 2/4, F = 2*(1/3)/(7/6) = 4/7. */
    s = score1(*state, "L'État réagit.", "l’état a réagi");
    assert_prf(s.m[ROUGE_1], 2.0 / 3.0, 0.5, 4.0 / 7.0);
    /* Digits are tokens, split at the decimal comma: 3, 5, millions. */
    s = score1(*state, "3,5 millions", "3 millions");
    assert_prf(s.m[ROUGE_1], 2.0 / 3.0, 1.0, 0.8);
}

static void test_tokenize_sentences(void **state) {
    fixture *f = *state;
    rouge_seq a;
    rouge_seq_init(&a);
    const char *t = "Un deux.\n\n  \nTrois\n";
    assert_int_equal(rouge_tokenize(f->ctx, t, strlen(t), &a), 0);
    assert_int_equal(a.n, 3);
    assert_int_equal(a.nsent, 2); /* blank lines make no sentence */
    assert_int_equal(a.sent_end[0], 2);
    assert_int_equal(a.sent_end[1], 3);
    /* Same word, same id; the length is honoured (no strlen). */
    rouge_seq b;
    rouge_seq_init(&b);
    assert_int_equal(rouge_tokenize(f->ctx, "deux un XYZ", 7, &b), 0);
    assert_int_equal(b.n, 2);
    assert_int_equal(b.tok[0], a.tok[1]);
    assert_int_equal(b.tok[1], a.tok[0]);
    /* Appending keeps both sets of sentence boundaries. */
    assert_int_equal(rouge_seq_append(&a, &b), 0);
    assert_int_equal(a.n, 5);
    assert_int_equal(a.nsent, 3);
    assert_int_equal(a.sent_end[2], 5);
    rouge_seq_free(&a);
    rouge_seq_free(&b);
}

static void test_n_f1_matches_full(void **state) {
    fixture *f = *state;
    rouge_scores s = score1(f, "The police closed the bridge.", "The police reopened the bridge.");
    assert_near(rouge_n_f1(f->ctx, &f->pred, &f->ref[0], 1), s.m[ROUGE_1].f);
    assert_near(rouge_n_f1(f->ctx, &f->pred, &f->ref[0], 2), s.m[ROUGE_2].f);
}

/* With the English Snowball stemmer "running" and "runs" share the stem
 * "run"; without it they do not match. */
static void test_stemming(void **state) {
    fixture *f = *state;
    rouge_scores s = score1(f, "running", "runs");
    assert_near(s.m[ROUGE_1].f, 0.0);
    rouge_ctx *st = rouge_new("en");
    assert_non_null(st);
    rouge_seq p, r;
    rouge_seq_init(&p);
    rouge_seq_init(&r);
    assert_int_equal(rouge_tokenize(st, "Running", 7, &p), 0);
    assert_int_equal(rouge_tokenize(st, "runs", 4, &r), 0);
    assert_int_equal(rouge_score(st, &p, &r, &s), 0);
    assert_near(s.m[ROUGE_1].f, 1.0);
    rouge_seq_free(&p);
    rouge_seq_free(&r);
    rouge_free(st);
    assert_null(rouge_new("xx"));
}

/* A long pair exercises the growing scratch buffers and the hash table
 * rehash; identical texts must score exactly 1. */
static void test_long_identical(void **state) {
    fixture *f = *state;
    char buf[40000];
    size_t n = 0;
    for (int i = 0; i < 3000 && n + 16 < sizeof buf; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "w%d%s", i % 1500, i % 7 ? " " : ".\n");
    rouge_seq_clear(&f->pred);
    rouge_seq_clear(&f->ref[0]);
    assert_int_equal(rouge_tokenize(f->ctx, buf, n, &f->pred), 0);
    assert_int_equal(rouge_tokenize(f->ctx, buf, n, &f->ref[0]), 0);
    rouge_scores s;
    assert_int_equal(rouge_score(f->ctx, &f->pred, &f->ref[0], &s), 0);
    for (int m = 0; m < ROUGE_NMETRICS; m++)
        assert_prf(s.m[m], 1, 1, 1);
}

/* ----------------------------------------------------------- systems.c */

static void test_budget_resolve(void **state) {
    (void)state;
    size_t k, w;
    ev_budget ratio = {EV_RATIO, 0, 0.4};
    ev_budget_resolve(&ratio, 7, &k, &w); /* 2.8 rounds to 3 */
    assert_int_equal(k, 3);
    assert_int_equal(w, 0);
    ev_budget_resolve(&ratio, 1, &k, &w); /* 0.4 rounds to 0, at least 1 */
    assert_int_equal(k, 1);
    ev_budget_resolve(&ratio, 5, &k, &w); /* exactly 2 */
    assert_int_equal(k, 2);
    ev_budget points = {EV_POINTS, 3, 0};
    ev_budget_resolve(&points, 10, &k, &w);
    assert_int_equal(k, 3);
    assert_int_equal(w, 0);
    ev_budget words = {EV_WORDS, 35, 0};
    ev_budget_resolve(&words, 10, &k, &w); /* any number of sentences, 35 words */
    assert_int_equal(k, 10);
    assert_int_equal(w, 35);
}

static void test_lead_and_take(void **state) {
    (void)state;
    size_t words[4] = {10, 20, 5, 8}, out[4];
    /* 10 fits 25; 10 + 20 does not: lead stops there (does not skip to 5). */
    assert_int_equal(ev_lead(4, words, 4, 25, out), 1);
    assert_int_equal(out[0], 0);
    /* The first sentence is taken even over budget. */
    assert_int_equal(ev_lead(4, words, 4, 5, out), 1);
    assert_int_equal(ev_lead(4, words, 2, 0, out), 2);
    assert_int_equal(out[1], 1);
    /* ev_take follows the given order and returns article order. */
    size_t order[4] = {3, 0, 2, 1};
    assert_int_equal(ev_take(order, 4, words, 3, 0, out), 3);
    assert_int_equal(out[0], 0);
    assert_int_equal(out[1], 2);
    assert_int_equal(out[2], 3);
    /* 8 + 10 = 18 <= 23, + 5 = 23 <= 23, + 20 > 23: three sentences. */
    assert_int_equal(ev_take(order, 4, words, 4, 23, out), 3);
}

static void test_random(void **state) {
    (void)state;
    size_t words[20], a[20], b[20], scratch[20];
    for (int i = 0; i < 20; i++)
        words[i] = 1;
    size_t na = ev_random(20, words, 5, 0, 42, scratch, a);
    size_t nb = ev_random(20, words, 5, 0, 42, scratch, b);
    assert_int_equal(na, 5);
    assert_int_equal(nb, 5);
    assert_memory_equal(a, b, 5 * sizeof *a); /* same seed, same draw */
    for (int i = 1; i < 5; i++)
        assert_true(a[i - 1] < a[i]); /* distinct, sorted */
    int differs = 0;
    for (uint64_t s = 1; s < 10 && !differs; s++) {
        ev_random(20, words, 5, 0, s, scratch, b);
        differs = memcmp(a, b, 5 * sizeof *a) != 0;
    }
    assert_true(differs);
}

/* Sentences s0 "storm hits coast", s1 "mayor resigns", s2 "storm hits";
 * reference "storm hits coast today".
 * Step 1: s0: R1 P = 3/3, R = 3/4, F = 6/7; R2 P = 2/2, R = 2/3, F = 4/5:
 *   sum 1.657. s2: R1 F = 2/3, R2 F = 1/2: 1.167. s1: 0. Take s0.
 * Step 2: s0+s1: R1 overlap 3 of 5 predicted: F = 2*.6*.75/1.35 = 2/3 < 6/7;
 *   s0+s2: clipped overlap still 3 of 5: same. No gain: stop at [s0]. */
static void test_oracle(void **state) {
    fixture *f = *state;
    const char *texts[3] = {"Storm hits coast.", "Mayor resigns.", "Storm hits."};
    rouge_seq sents[3], ref;
    size_t words[3] = {3, 2, 2}, out[3];
    for (int i = 0; i < 3; i++) {
        rouge_seq_init(&sents[i]);
        assert_int_equal(rouge_tokenize(f->ctx, texts[i], strlen(texts[i]), &sents[i]), 0);
    }
    rouge_seq_init(&ref);
    assert_int_equal(rouge_tokenize(f->ctx, "storm hits coast today", 22, &ref), 0);
    assert_int_equal(ev_oracle(f->ctx, sents, 3, words, 3, 0, 0, &ref, 1, out), 1);
    assert_int_equal(out[0], 0);
    /* A 2-word budget leaves s0 only as the first pick; then nothing fits. */
    assert_int_equal(ev_oracle(f->ctx, sents, 3, words, 3, 2, 0, &ref, 1, out), 1);
    assert_int_equal(out[0], 0);
    /* Strict, s0 (3 words) is never a candidate: s2 "storm hits" (R1 F
     * 2/3, R2 F 1/2) beats s1; then the budget is spent. */
    assert_int_equal(ev_oracle(f->ctx, sents, 3, words, 3, 2, 1, &ref, 1, out), 1);
    assert_int_equal(out[0], 2);
    /* Reference "mayor resigns storm hits": s1 then s2, returned in order. */
    rouge_seq_clear(&ref);
    assert_int_equal(rouge_tokenize(f->ctx, "mayor resigns storm hits", 24, &ref), 0);
    assert_int_equal(ev_oracle(f->ctx, sents, 3, words, 3, 0, 0, &ref, 1, out), 2);
    assert_int_equal(out[0], 1);
    assert_int_equal(out[1], 2);
    for (int i = 0; i < 3; i++)
        rouge_seq_free(&sents[i]);
    rouge_seq_free(&ref);
}

static void test_count_words(void **state) {
    (void)state;
    const char *t = "The mayor, 54, resigned!";
    assert_int_equal(ev_count_words(t, strlen(t)), 4);
    assert_int_equal(ev_count_words("-- ...", 6), 0);
}

/* The paired bootstrap's interval of the difference: system 0 ahead of
 * system 1 by exactly 0.10 R1 and 0.05 R2 on every article (the articles'
 * own scores vary), so every resample's difference is +10.00 / +5.00 and the
 * interval is that point, however wide each system's own interval is. */
static void test_paired_difference(void **state) {
    (void)state;
    ev_system sys[2] = {{.name = "precis"}, {.name = "lead"}};
    const double r1[4] = {0.2, 0.5, 0.3, 0.6}, r2[4] = {0.1, 0.3, 0.15, 0.2};
    for (int a = 0; a < 4; a++)
        for (int s = 0; s < 2; s++) {
            ev_row row = {.words = 50};
            row.s.m[0].f = r1[a] - 0.10 * s;
            row.s.m[1].f = r2[a] - 0.05 * s;
            assert_int_equal(ev_system_push(&sys[s], &row), 0);
        }
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    assert_non_null(out);
    ev_report(out, sys, 2, 4, 200, 1, 0);
    fclose(out);
    assert_non_null(strstr(buf, "Paired bootstrap, precis less each system"));
    assert_non_null(strstr(buf, "| lead | +10.00 [+10.00, +10.00] | +5.00 [+5.00, +5.00] |"));
    free(buf);
    for (int s = 0; s < 2; s++)
        free(sys[s].rows);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_basic, setup, teardown),
        cmocka_unit_test_setup_teardown(test_precision_recall, setup, teardown),
        cmocka_unit_test_setup_teardown(test_clipping, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lsum_two_sentences, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lsum_clipping, setup, teardown),
        cmocka_unit_test_setup_teardown(test_multi_reference, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unicode, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tokenize_sentences, setup, teardown),
        cmocka_unit_test_setup_teardown(test_n_f1_matches_full, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stemming, setup, teardown),
        cmocka_unit_test_setup_teardown(test_long_identical, setup, teardown),
        cmocka_unit_test(test_budget_resolve),
        cmocka_unit_test(test_lead_and_take),
        cmocka_unit_test(test_random),
        cmocka_unit_test_setup_teardown(test_oracle, setup, teardown),
        cmocka_unit_test(test_count_words),
        cmocka_unit_test(test_paired_difference),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
