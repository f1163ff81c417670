/* test_score.c - the sentence scorer and key-point selection: features,
 * the learned weights' ranking, MMR and word budgets. The articles are
 * fictional. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "capture.h"
#include "doc.h"
#include "precis.h"

/* A news story whose second paragraph is a byline, a one-line paragraph. */
static const char story[] =
    "The regional council of Marlow Vale approved on Monday a plan to reopen the disused "
    "railway line between Fenbrook and Ashcombe, closed to passengers since 1968.\n"
    "\n"
    "By Harriet Quill\n"
    "\n"
    "The line will carry eighteen trains a day in each direction from next spring, and the "
    "council expects about four thousand passengers a day in its first year. Work on the "
    "three stations will start in March.\n"
    "\n"
    "Local traders welcomed the decision, saying the railway would bring visitors back to "
    "the high street. Some residents near the tracks worry about noise at night.\n"
    "\n"
    "The council will pay for the project with a loan from the national infrastructure fund, "
    "to be repaid over thirty years from ticket sales and a small increase in parking fees.\n";

static const char title[] = "Marlow Vale council votes to reopen Fenbrook railway line";

static precis_brief *brief(const precis_engine *e, const char *text, unsigned points,
                           unsigned words) {
    precis_options o;
    precis_options_default(&o);
    o.lang = "en";
    o.title = title;
    o.title_len = strlen(title);
    o.points = points;
    o.words = words;
    precis_error err;
    precis_brief *b = precis_brief_text(e, text, strlen(text), &o, &err);
    assert_non_null(b);
    return b;
}

/* Index of the sentence that starts with prefix. */
static size_t find_sentence(const precis_brief *b, const char *prefix) {
    for (size_t i = 0; i < precis_brief_sentence_count(b); i++) {
        precis_point p;
        precis_brief_sentence(b, i, &p);
        if (p.len >= strlen(prefix) && memcmp(p.text, prefix, strlen(prefix)) == 0) return i;
    }
    fail_msg("no sentence starts with %s", prefix);
    return 0;
}

static double sentence_score(const precis_brief *b, size_t i) {
    precis_point p;
    assert_int_equal(precis_brief_sentence(b, i, &p), 0);
    return p.score;
}

/* The scorer's view of the last brief made by brief_features. */
static ev_scored scored;

static const double *features(size_t *n) {
    *n = scored.n;
    return scored.feats;
}

static precis_brief *brief_features(const precis_engine *e, const char *text, unsigned points,
                                    unsigned words) {
    precis_options o;
    precis_options_default(&o);
    o.lang = "en";
    o.title = title;
    o.title_len = strlen(title);
    o.points = points;
    o.words = words;
    precis_error err;
    ev_scored_free(&scored);
    precis_brief *b = ev_brief_scored(e, text, strlen(text), &o, &scored, &err);
    assert_non_null(b);
    return b;
}

static void test_features(void **state) {
    precis_engine *e = *state;
    precis_brief *b = brief_features(e, story, 3, 0);
    size_t n;
    const double *f = features(&n);
    assert_int_equal(n, precis_brief_sentence_count(b));
    size_t lead = find_sentence(b, "The regional council"), by = find_sentence(b, "By Harriet");
    assert_int_equal(lead, 0);
    assert_true(f[lead * PRECIS_NFEAT + PRECIS_F_FIRST] == 1);
    assert_true(f[by * PRECIS_NFEAT + PRECIS_F_LONE] == 1);
    assert_true(f[lead * PRECIS_NFEAT + PRECIS_F_LONE] == 0); /* a long sentence */
    assert_true(f[2 * PRECIS_NFEAT + PRECIS_F_FIRST_PARA] == 0);
    /* The title shares "council", "reopen", "railway", "line"... with the lead. */
    assert_true(f[lead * PRECIS_NFEAT + PRECIS_F_TITLE] > f[by * PRECIS_NFEAT + PRECIS_F_TITLE]);
    /* The byline shares no content word with the story; the lead shares many. */
    assert_true(f[by * PRECIS_NFEAT + PRECIS_F_OVERLAP] == 0);
    assert_true(f[lead * PRECIS_NFEAT + PRECIS_F_OVERLAP] > 0.5);
    double mx = 0;
    for (size_t i = 0; i < n; i++)
        if (f[i * PRECIS_NFEAT + PRECIS_F_OVERLAP] > mx)
            mx = f[i * PRECIS_NFEAT + PRECIS_F_OVERLAP];
    assert_true(mx == 1.0);
    precis_brief_free(b);
}

static void test_caption_and_quote_cues(void **state) {
    precis_engine *e = *state;
    static const char text[] =
        "Pictured: the new quay at Fenbrook, which opens in May. \"We waited twenty years for "
        "this,\" said the mayor. The council approved the plan on Monday by 31 votes to 4. "
        "Harbour master Anna Kolb said: the quay is ready. The vote ends a long fight.";
    precis_brief *b = brief_features(e, text, 3, 0);
    size_t n;
    const double *f = features(&n);
    assert_int_equal(n, 5);
    static const int label[] = {1, 0, 0, 0, 0}, quote[] = {0, 1, 0, 0, 0};
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(f[i * PRECIS_NFEAT + PRECIS_F_LABEL], label[i]);
        assert_int_equal(f[i * PRECIS_NFEAT + PRECIS_F_QUOTE_START], quote[i]);
    }
    precis_brief_free(b);
}

/* Scores are the features times the brief model's weights for small
 * budgets, and the extract model's for budgets of precis_params.extract_share of
 * the article or more. */
static void assert_scored_with(const precis_brief *b, const double *w) {
    size_t n;
    const double *f = features(&n);
    assert_true(n > 0);
    for (size_t i = 0; i < n; i++) {
        double s = 0;
        for (int k = 0; k < PRECIS_NFEAT; k++)
            s += w[k] * f[i * PRECIS_NFEAT + k];
        precis_point p;
        precis_brief_sentence(b, i, &p);
        assert_true(fabs(p.score - s) < 1e-9);
    }
}

static void test_extract_model_for_large_budgets(void **state) {
    precis_engine *e = *state;
    const double *ext = precis_weights_extract();
    const double *en = precis_weights_for(precis_lang_index("en", 2));
    assert_non_null(ext);
    assert_true(memcmp(ext, en, PRECIS_NFEAT * sizeof *ext) != 0);
    precis_brief *b = brief_features(e, story, 1, 0);
    size_t n = precis_brief_sentence_count(b);
    assert_true(n >= 7); /* so that 4 sentences are an extract, 3 are not */
    assert_scored_with(b, en);
    precis_brief_free(b);
    /* Three key points of a short article are still key points. */
    b = brief_features(e, story, 3, 0);
    assert_true(3.0 / (double)n >= precis_params.extract_share);
    assert_scored_with(b, en);
    precis_brief_free(b);
    /* Half the sentences: an extract. */
    b = brief_features(e, story, (unsigned)(n + 1) / 2, 0);
    assert_scored_with(b, ext);
    precis_brief_free(b);
    /* A word budget of most of the article is an extract too. */
    b = brief_features(e, story, 1000, 100);
    assert_scored_with(b, ext);
    precis_brief_free(b);
}

/* The [en] key-point model is the listwise fit without the ROUGE refinement
 * (branch kp6): the refinement's steps, fit to ~200 training articles, had
 * made sentences of over 45 words and paragraph openers cost points
 * (`long` -0.22, `para_first` -0.21), and held out on CNN/DM cost 0.7 ROUGE
 * of the margin over Lead (docs/quality.md, "Refinement and variance"). */
static void test_en_model_untuned(void **state) {
    (void)state;
    const double *en = precis_weights_for(precis_lang_index("en", 2));
    assert_non_null(en);
    assert_true(en[PRECIS_F_LONG] > 0);
    assert_true(fabs(en[PRECIS_F_PARA_FIRST]) < 0.1);
}

static void test_lead_outranks_byline(void **state) {
    precis_engine *e = *state;
    precis_brief *b = brief(e, story, 3, 0);
    size_t lead = find_sentence(b, "The regional council"), by = find_sentence(b, "By Harriet");
    assert_true(sentence_score(b, lead) > sentence_score(b, by));
    precis_point p;
    for (size_t i = 0; i < precis_brief_point_count(b); i++) {
        precis_brief_point(b, i, &p);
        assert_int_not_equal(p.sentence, by);
    }
    precis_brief_free(b);
}

static void test_mmr_drops_near_duplicate(void **state) {
    precis_engine *e = *state;
    /* The second paragraph restates the lead almost word for word. */
    static const char dup[] =
        "The regional council of Marlow Vale approved on Monday a plan to reopen the disused "
        "railway line between Fenbrook and Ashcombe.\n"
        "\n"
        "On Monday the regional council of Marlow Vale approved a plan to reopen the disused "
        "railway line between Fenbrook and Ashcombe.\n"
        "\n"
        "The line will carry eighteen trains a day in each direction from next spring, and "
        "the council expects four thousand passengers a day.\n"
        "\n"
        "Local traders welcomed the decision, saying visitors would come back to the high "
        "street.\n";
    precis_brief *b = brief(e, dup, 2, 0);
    assert_int_equal(precis_brief_point_count(b), 2);
    size_t a = find_sentence(b, "The regional"), a2 = find_sentence(b, "On Monday");
    int has_a = 0, has_a2 = 0;
    for (size_t i = 0; i < 2; i++) {
        precis_point p;
        precis_brief_point(b, i, &p);
        has_a |= p.sentence == a;
        has_a2 |= p.sentence == a2;
    }
    assert_false(has_a && has_a2);
    assert_true(has_a || has_a2);
    precis_brief_free(b);
}

static size_t count_words(const char *s, size_t n) {
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t start = i;
        while (i < n && s[i] != ' ')
            i++;
        if (i > start) w++;
    }
    return w;
}

static void test_word_budget(void **state) {
    precis_engine *e = *state;
    for (unsigned budget = 20; budget <= 80; budget += 30) {
        precis_brief *b = brief(e, story, 5, budget);
        size_t k = precis_brief_point_count(b), used = 0;
        assert_true(k >= 1);
        for (size_t i = 0; i < k; i++) {
            precis_point p;
            precis_brief_point(b, i, &p);
            used += count_words(p.text, p.len);
        }
        /* Whole sentences only, and never over the budget. */
        assert_true(used <= budget);
        precis_brief_free(b);
    }
}

/* Regression: the French model was learned on one-paragraph texts only, and
 * its position weights were split arbitrarily between "position" and
 * "position in a one-paragraph text"; on a paragraphed article the lede fell
 * out of the key points. The engine now folds such pairs together. */
static const char lede_fr[] =
    "Nantes : le pont de la Moselle rouvrira aux voitures le 3 juin\n\n"
    "La mairie de Nantes a annoncé lundi que le pont de la Moselle, fermé depuis "
    "l'effondrement partiel d'un trottoir en février, rouvrira à la circulation "
    "automobile le 3 juin après quatre mois de travaux.\n\n"
    "Les cyclistes et les piétons pourront l'emprunter dès la fin du mois de mai, "
    "a précisé l'adjoint chargé des déplacements.\n\n"
    "Le chantier a coûté 2,4 millions d'euros, financés pour moitié par l'État.\n\n"
    "Les riverains se plaignent depuis des semaines des embouteillages sur le quai "
    "voisin, où le trafic a doublé.\n\n"
    "Une étude sur l'état des autres ponts de la ville doit être rendue à l'automne.\n";

static precis_brief *brief_fr(const precis_engine *e, const char *text, size_t len) {
    precis_options o;
    precis_options_default(&o);
    precis_error err;
    precis_brief *b = precis_brief_text(e, text, len, &o, &err);
    assert_non_null(b);
    assert_string_equal(precis_brief_lang(b), "fr");
    return b;
}

static void test_lede_kept_in_paragraphed_french(void **state) {
    precis_engine *e = *state;
    /* The same article with its body as one paragraph. */
    char flat[sizeof lede_fr];
    memcpy(flat, lede_fr, sizeof lede_fr);
    char *body = strstr(flat, "\n\n") + 2;
    for (char *p = body; (p = strstr(p, "\n\n")) != NULL;)
        p[0] = ' ', p[1] = ' ';
    precis_brief *pb = brief_fr(e, lede_fr, strlen(lede_fr));
    precis_brief *fb = brief_fr(e, flat, strlen(flat));
    assert_int_equal(precis_brief_sentence_count(pb), precis_brief_sentence_count(fb));
    /* A model that never saw paragraphs scores both layouts alike. */
    for (size_t i = 0; i < precis_brief_sentence_count(pb); i++) {
        precis_point a, c;
        precis_brief_sentence(pb, i, &a);
        precis_brief_sentence(fb, i, &c);
        assert_true(a.score - c.score < 1e-9 && c.score - a.score < 1e-9);
    }
    int has_lede = 0;
    precis_point p;
    for (size_t i = 0; i < precis_brief_point_count(pb); i++) {
        precis_brief_point(pb, i, &p);
        has_lede |= p.sentence == 0;
    }
    assert_true(has_lede);
    precis_brief_free(pb);
    precis_brief_free(fb);
}

/* Section coverage in selection (select.c): among near-ties, a point from a
 * section not yet covered wins. Each case: scores of six sentences, their
 * sections, the penalty in score spreads, the points wanted, and the
 * points expected in selection order (no similarity between sentences, so
 * only scores and sections decide). */
static const struct {
    const char *name;
    double scores[6];
    uint32_t section[6];
    int sections; /* 0: no sections given */
    double penalty;
    unsigned points;
    size_t expect[3];
} cover_cases[] = {
    {"a near-tie goes to the uncovered section",
     {3, 2.98, 2.96, 1, 0.5, 0},
     {0, 0, 1, 1, 1, 2},
     1,
     0.01,
     2,
     {0, 2}},
    {"a gap wider than the margin keeps the score order",
     {3, 2.9, 2.8, 1, 0.5, 0},
     {0, 0, 1, 1, 1, 2},
     1,
     0.01,
     2,
     {0, 1}},
    {"no sections: score order", {3, 2.98, 2.96, 1, 0.5, 0}, {0}, 0, 0.01, 2, {0, 1}},
    {"no penalty: score order", {3, 2.98, 2.96, 1, 0.5, 0}, {0, 0, 1, 1, 1, 2}, 1, 0, 2, {0, 1}},
    {"a wide margin takes one point from each of three sections",
     {3, 2.99, 1.5, 1.48, 1.2, 0},
     {0, 0, 1, 1, 2, 2},
     1,
     1,
     3,
     {0, 2, 4}},
    {"once every section holds a point, score order again",
     {3, 2.95, 2.9, 2.85, 0.5, 0},
     {0, 0, 1, 1, 1, 1},
     1,
     0.1,
     3,
     {0, 2, 1}},
};

static double no_sim(const void *ctx, size_t a, size_t b) {
    (void)ctx, (void)a, (void)b;
    return 0;
}

static void test_section_coverage_cases(void **state) {
    (void)state;
    static const size_t words[6] = {10, 10, 10, 10, 10, 10};
    for (size_t c = 0; c < sizeof cover_cases / sizeof cover_cases[0]; c++) {
        double scratch[12];
        size_t out[6];
        size_t k = precis_select_sim(6, words, cover_cases[c].scores, cover_cases[c].points, 0, 0.6,
                                     cover_cases[c].sections ? cover_cases[c].section : NULL,
                                     cover_cases[c].penalty, no_sim, NULL, scratch, out);
        if (k != cover_cases[c].points) fail_msg("%s: %zu points", cover_cases[c].name, k);
        for (size_t i = 0; i < k; i++)
            if (out[i] != cover_cases[c].expect[i])
                fail_msg("%s: point %zu is sentence %zu, want %zu", cover_cases[c].name, i, out[i],
                         cover_cases[c].expect[i]);
    }
}

/* An article with its own subheadings, where the third point is a near-tie
 * between a detail of the first section and the funding, the one point of
 * the second section: without sections the detail is taken, with them the
 * funding. A retrain that moves these scores apart fails the first half;
 * then rewrite the article so that the two are near-tied again. */
static const char tram[] =
    "Harbour city of Elmstead agrees new tram network\n\n"
    "The city council of Elmstead voted on Tuesday to build a tram network linking the "
    "harbour, the university and the eastern suburbs, at a cost of 410 million pounds.\n\n"
    "The vote ended four years of debate over how to relieve the congested ring road.\n\n"
    "Routes and timetable\n\n"
    "The first line will run from the harbour to the university campus and should open in "
    "the autumn of 2029.\n\n"
    "Trams will run every six minutes at peak hours and every twelve minutes in the "
    "evening.\n\n"
    "A second line to the eastern suburbs depends on a grant from the national transport "
    "fund.\n\n"
    "Money and opposition\n\n"
    "The council will borrow 300 million pounds to pay for the tram network.\n\n"
    "The council promised compensation for businesses that lose trade during construction.\n\n"
    "Opposition councillors called the budget unrealistic and asked for an independent "
    "review.\n";

static int has_point(const precis_brief *b, size_t sentence) {
    for (size_t i = 0; i < precis_brief_point_count(b); i++) {
        precis_point p;
        precis_brief_point(b, i, &p);
        if (p.sentence == sentence) return 1;
    }
    return 0;
}

static void test_points_cover_sections(void **state) {
    precis_engine *e = *state;
    precis_options o;
    precis_options_default(&o);
    o.lang = "en";
    o.points = 3;
    precis_error err;
    o.sections = PRECIS_SECTIONS_OFF;
    precis_brief *off = precis_brief_text(e, tram, strlen(tram), &o, &err);
    o.sections = PRECIS_SECTIONS_AUTO;
    precis_brief *on = precis_brief_text(e, tram, strlen(tram), &o, &err);
    assert_non_null(off);
    assert_non_null(on);
    size_t lede = find_sentence(on, "The city council"), first = find_sentence(on, "The first"),
           detail = find_sentence(on, "Trams will"), money = find_sentence(on, "The council will");
    assert_int_equal(precis_brief_point_count(off), 3);
    assert_true(has_point(off, lede) && has_point(off, first) && has_point(off, detail));
    assert_int_equal(precis_brief_point_count(on), 3);
    assert_true(has_point(on, lede) && has_point(on, first) && has_point(on, money));
    precis_brief_free(off);
    precis_brief_free(on);
}

static int setup(void **state) {
    precis_error err;
    *state = precis_engine_new("en,fr", NULL, &err);
    return *state ? 0 : -1;
}

static int teardown(void **state) {
    ev_scored_free(&scored);
    precis_engine_free(*state);
    return 0;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_features),
        cmocka_unit_test(test_extract_model_for_large_budgets),
        cmocka_unit_test(test_caption_and_quote_cues),
        cmocka_unit_test(test_en_model_untuned),
        cmocka_unit_test(test_lead_outranks_byline),
        cmocka_unit_test(test_mmr_drops_near_duplicate),
        cmocka_unit_test(test_word_budget),
        cmocka_unit_test(test_lede_kept_in_paragraphed_french),
        cmocka_unit_test(test_section_coverage_cases),
        cmocka_unit_test(test_points_cover_sections),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
