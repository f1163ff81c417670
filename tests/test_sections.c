/*
 * test_sections.c - sections and headings (src/sections.h) on fictional
 * articles written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

/* The tests link only the library, so the eval helper is compiled in. */
#include "sectdoc.c"

/* Paragraphs on a harbour storm, shared by the texts below. */
#define STORM_HIT                                                                                  \
    "The storm that hit the harbour of Port-Lanvec on Monday night sank four fishing boats "       \
    "and tore the roof off the fish market, the harbour master said."
#define STORM_WAVES                                                                                \
    "Waves reached the quay at high tide and the harbour wall cracked in two places. Fishermen "   \
    "spent the night moving boats to the inner harbour, away from the storm."
#define STORM_QUAY                                                                                 \
    "The harbour master said the quay would stay closed to fishing boats until divers inspect "    \
    "the cracked wall. The fish market will reopen on a temporary site near the harbour."
#define STORM_WORST                                                                                \
    "Fishermen said the storm was the worst the harbour had seen in twenty years, and that "       \
    "two of the sunk boats had been moored at the quay since the market opened."

/* Three stories, three paragraphs each: a harbour storm, a school budget, a
 * cycling race. Sections must start at paragraphs 3 and 6. */
static const char *const three_topics[] = {
    STORM_HIT,
    STORM_WAVES,
    STORM_QUAY,
    "In the town council, the school budget for next year was cut by six percent on Tuesday, "
    "and teachers warned that classes would grow.",
    "The council's budget plan merges two primary schools and ends the free school bus for "
    "pupils living within two kilometres of their school.",
    "Parents and teachers marched to the council building to protest against the school budget. "
    "The mayor said the council had no choice after the region cut its grant to schools.",
    "Meanwhile the regional cycling race finished in the hills above the valley, where a young "
    "rider from the local club won the mountain stage.",
    "The riders climbed the pass three times in the rain; the stage winner attacked on the last "
    "climb and crossed the line alone, forty seconds ahead of the pack.",
    "The cycling club will host the final stage of the race next Sunday, with a time trial "
    "through the valley and a last climb to the finish line.",
};

typedef struct fixture {
    ev_analyser an;
    ev_sdoc d;
    precis_sections_scratch sc;
    precis_vec secs, pieces;
    precis_buf out;
} fixture;

/* Opens the fixture with an analyser of language lang. */
static int fixture_open(fixture *f, const char *lang) {
    memset(f, 0, sizeof *f);
    if (ev_analyser_init(&f->an, lang) != 0) return -1;
    ev_sdoc_init(&f->d);
    precis_sections_scratch_init(&f->sc, &precis_default_alloc);
    precis_vec_init(&f->secs, sizeof(precis_sect), &precis_default_alloc);
    precis_vec_init(&f->pieces, sizeof(precis_piece), &precis_default_alloc);
    precis_buf_init(&f->out, &precis_default_alloc);
    return 0;
}

static void fixture_close(fixture *f) {
    ev_sdoc_free(&f->d); /* before the engine its brief came from */
    ev_analyser_free(&f->an);
    precis_sections_scratch_free(&f->sc);
    precis_vec_free(&f->secs);
    precis_vec_free(&f->pieces);
    precis_buf_free(&f->out);
}

static int setup(void **state) {
    static fixture f;
    if (fixture_open(&f, "en") != 0) return -1;
    *state = &f;
    return 0;
}

static int teardown(void **state) {
    fixture_close(*state);
    return 0;
}

/* Builds the document from paragraphs in the analyser's language. */
static void build(fixture *f, const char *const *paras, size_t n, const char *title) {
    ev_sdoc_clear(&f->d);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(ev_sdoc_add_para(&f->d, paras[i], strlen(paras[i])), 0);
    assert_int_equal(ev_sdoc_finish(&f->d, &f->an, title, title ? strlen(title) : 0), 0);
}

static const precis_sect *sec_at(fixture *f, size_t i) {
    return PRECIS_VEC_AT(&f->secs, precis_sect, i);
}

static const char *heading(fixture *f, size_t i) {
    const precis_sect *s = sec_at(f, i);
    precis_buf_clear(&f->out);
    precis_buf_putc(&f->out, 0);
    f->out.len = 0;
    if (s->piece_count)
        assert_int_equal(precis_heading_render(
                             f->d.doc.text, PRECIS_VEC_AT(&f->pieces, precis_piece, s->piece_off),
                             s->piece_count, f->d.doc.lang, &f->out),
                         0);
    return f->out.data;
}

static void test_splits_at_topic_shifts(void **state) {
    fixture *f = *state;
    build(f, three_topics, 9, NULL);
    long n = precis_sections_split(&f->d.doc, NULL, &f->sc, &f->secs);
    assert_int_equal(n, 3);
    assert_int_equal(sec_at(f, 0)->first, 0);
    assert_int_equal(sec_at(f, 0)->last, 2);
    assert_int_equal(sec_at(f, 1)->first, 3);
    assert_int_equal(sec_at(f, 1)->last, 5);
    assert_int_equal(sec_at(f, 2)->first, 6);
    assert_int_equal(sec_at(f, 2)->last, 8);
    assert_false(sec_at(f, 0)->lead); /* three paragraphs: a section, not a lead-in */
}

/* Four stories of three or four paragraphs: each its own section. With
 * Laplace smoothing (1) and the penalty it needed, the school budget and the
 * cycling race shared one. */
static void test_four_stories(void **state) {
    fixture *f = *state;
    const char *paras[13];
    for (int i = 0; i < 9; i++)
        paras[i] = three_topics[i];
    paras[9] = "A fire destroyed a barn and two tractors at a dairy farm near Kervel on Wednesday "
               "evening; firefighters saved the cows and the farmhouse.";
    paras[10] = "The farmer said the fire started in the hay stored under the barn roof, which had "
                "been dry since the summer heat.";
    paras[11] = "Neighbours brought hay and lent a tractor so that the farm could keep milking its "
                "herd while the barn is rebuilt.";
    paras[12] = "The dairy cooperative of the valley opened a fund for the farm, and the mayor "
                "promised help from the town for the new barn.";
    build(f, paras, 13, NULL);
    long n = precis_sections_split(&f->d.doc, NULL, &f->sc, &f->secs);
    assert_int_equal(n, 4);
    static const size_t first[] = {0, 3, 6, 9};
    for (size_t i = 0; i < 4; i++)
        assert_int_equal(sec_at(f, i)->first, first[i]);
}

/* The study hooks of sections-eval: an exact number of segments, the cost
 * of each number, and the Dirichlet-multinomial cost, which finds the three
 * stories too. */
static void test_study_hooks(void **state) {
    fixture *f = *state;
    build(f, three_topics, 9, NULL);
    precis_sections_params p;
    precis_sections_params_default(&p);
    double tr[2 * (PRECIS_SECTIONS_LIMIT + 2)];
    for (size_t i = 0; i < sizeof tr / sizeof tr[0]; i++)
        tr[i] = -1;
    p.trace = tr;
    p.force_segments = 5;
    assert_int_equal(precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs), 5);
    /* three segments fit the stories far better than one; the costs of
     * more are recorded too */
    assert_true(tr[1] > 0 && tr[3] > 0 && tr[5] > 0);
    assert_true(tr[3] < tr[1] - 20);
    assert_true(tr[5] > tr[3] - 20);
    /* the cost of one segment, by its formula: n log(n + aV) - sum c log(c + a)
     * (smoothing a), or with the marginal likelihood lgamma(n + aV) -
     * lgamma(aV) - sum (lgamma(c + a) - lgamma(a)) */
    static unsigned cnt[4096];
    memset(cnt, 0, sizeof cnt);
    const precis_sections_doc *d = &f->d.doc;
    double n = 0, v = 0, a = p.smoothing, ui = 0, dcm = 0;
    assert_true(d->n_terms <= 4096);
    for (size_t i = 0; i < d->n_sents; i++)
        for (size_t t = d->sents[i].tok_begin; t < d->sents[i].tok_end; t++) {
            const precis_token *tk = &d->toks[t];
            if (!(tk->flags & PRECIS_TOK_WORD) || (tk->flags & PRECIS_TOK_STOP)) continue;
            n++;
            v += cnt[tk->term]++ == 0;
        }
    for (size_t w = 0; w < d->n_terms; w++) {
        if (!cnt[w]) continue;
        ui += cnt[w] * log(cnt[w] + a);
        dcm += lgamma(cnt[w] + a) - lgamma(a);
    }
    assert_float_equal(tr[1], n * log(n + a * v) - ui, 1e-6 * tr[1]);
    p.marginal = 1;
    p.force_segments = 1;
    assert_int_equal(precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs), 1);
    assert_float_equal(tr[1], lgamma(n + a * v) - lgamma(a * v) - dcm, 1e-6 * tr[1]);
    p.trace = NULL;
    p.force_segments = 0;
    p.marginal = 1;
    p.smoothing = 1;
    p.penalty = 1.25;
    p.lead_max = 0;
    assert_int_equal(precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs), 3);
    assert_int_equal(sec_at(f, 1)->first, 3);
    assert_int_equal(sec_at(f, 2)->first, 6);
}

static void test_short_text_has_no_sections(void **state) {
    fixture *f = *state;
    build(f, three_topics, 3, NULL); /* under min_paras_weak */
    assert_int_equal(precis_sections_split(&f->d.doc, NULL, &f->sc, &f->secs), 0);
    assert_int_equal(f->secs.len, 0);
}

/* Five paragraphs on one storm: a short text whose split does not pay. */
static const char *const one_storm[] = {
    STORM_HIT,
    STORM_WAVES,
    STORM_QUAY,
    STORM_WORST,
    "Divers will inspect the harbour wall and the quay on Thursday, the harbour master said, "
    "and the boats moved to the inner harbour will stay there until the storm season ends.",
};

/* Three paragraphs on the storm, two on the school budget. */
static const char *const storm_then_budget[] = {
    STORM_HIT,
    STORM_WAVES,
    STORM_WORST,
    "In the town council, the school budget for next year was cut by six percent on Tuesday, "
    "and teachers warned that classes would grow. The council's budget plan merges two primary "
    "schools and ends the free school bus for pupils living within two kilometres of school.",
    "Parents and teachers marched to the council building to protest against the school budget. "
    "The mayor said the council had no choice after the region cut its grant to schools, and "
    "teachers said the budget cut would close classes in three villages.",
};

/* Under min_paras but from min_paras_weak paragraphs on, one segment
 * competes with the splits: two stories get sections, one does not. */
static void test_short_text_splits_when_it_pays(void **state) {
    fixture *f = *state;
    build(f, storm_then_budget, 5, NULL);
    assert_int_equal(precis_sections_split(&f->d.doc, NULL, &f->sc, &f->secs), 2);
    assert_int_equal(sec_at(f, 1)->first, 3);
    precis_sections_params p;
    precis_sections_params_default(&p);
    p.min_words = 40; /* so that the penalty decides */
    build(f, one_storm, 5, NULL);
    assert_int_equal(precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs), 0);
    p.min_paras = 5; /* not weak: 2 sections at least */
    assert_true(precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs) >= 2);
    precis_sections_params_default(&p);
    p.min_paras_weak = 0; /* short texts: no sections at all */
    build(f, storm_then_budget, 5, NULL);
    assert_int_equal(precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs), 0);
}

/* The boundary model's study weights: the defaults are the two priors
 * alone; the lexical features (new words, cohesion, depth) read the same
 * topic shifts in three stories. */
static void test_gap_weights(void **state) {
    fixture *f = *state;
    build(f, three_topics, 9, NULL);
    precis_sections_params p;
    precis_sections_params_default(&p);
    p.lead_max = 0;
    static const double priors[PRECIS_GAP_FEATURES] = {0, 1, 1, 0, 0, 0};
    static const double fitted[PRECIS_GAP_FEATURES] = {-0.53, 1.17, 1.32, 0.62, -0.60, 0.89};
    assert_int_equal(precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs), 3);
    size_t first1 = sec_at(f, 1)->first, first2 = sec_at(f, 2)->first;
    p.gap_weights = priors;
    assert_int_equal(precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs), 3);
    assert_int_equal(sec_at(f, 1)->first, first1);
    assert_int_equal(sec_at(f, 2)->first, first2);
    p.gap_weights = fitted;
    p.shape_weight = 6;
    assert_int_equal(precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs), 3);
    assert_int_equal(sec_at(f, 1)->first, 3);
    assert_int_equal(sec_at(f, 2)->first, 6);
}

static void test_max_sections_is_kept(void **state) {
    fixture *f = *state;
    build(f, three_topics, 9, NULL);
    precis_sections_params p;
    precis_sections_params_default(&p);
    p.max_sections = 2;
    p.lead_max = 0;
    long n = precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs);
    assert_int_equal(n, 2);
    assert_int_equal(sec_at(f, 0)->first, 0);
    assert_int_equal(sec_at(f, 1)->last, 8);
    /* 4 sections of at least 3 paragraphs do not fit in 9: no split */
    p.max_sections = 5;
    p.min_sections = 4;
    p.min_len = 3;
    assert_int_equal(precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs), 0);
}

static void test_lead_in(void **state) {
    fixture *f = *state;
    /* an opening paragraph on its own subject, then the three stories */
    const char *paras[10];
    paras[0] = "The new library of Port-Lanvec opened its doors on Saturday: the library "
               "lends books, films and games, and the library café serves readers until late.";
    for (int i = 0; i < 9; i++)
        paras[i + 1] = three_topics[i];
    build(f, paras, 10, NULL);
    precis_sections_params p;
    precis_sections_params_default(&p);
    p.penalty = 1.0;
    long n = precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs);
    assert_int_equal(n, 4);
    assert_true(sec_at(f, 0)->lead);
    assert_int_equal(sec_at(f, 0)->last, 0);
    assert_int_equal(sec_at(f, 1)->first, 1);
    assert_false(sec_at(f, 1)->lead);
    assert_int_equal(
        precis_sections_headings(&f->d.doc, NULL, f->secs.data, (size_t)n, &f->sc, &f->pieces), 0);
    assert_int_equal(sec_at(f, 0)->piece_count, 0); /* the lead-in has no heading */
    assert_int_equal(sec_at(f, 1)->piece_count, 1);
    /* without lead-ins, the opening paragraph is a headed section or joins one */
    p.lead_max = 0;
    n = precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs);
    assert_true(n >= 2);
    assert_false(sec_at(f, 0)->lead);
}

/* A web page's article uses the pages' settings (precis_sections_params_page,
 * branch pk4): the boundary model fitted on pages and a lead-in of up to 4
 * paragraphs, so the three stories' first one (3 paragraphs) is the lead-in
 * without heading on a page and a headed section in plain text. */
static void test_page_params(void **state) {
    fixture *f = *state;
    build(f, three_topics, 9, NULL);
    precis_sections_params p;
    precis_sections_params_page(&p);
    long n = precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs);
    assert_int_equal(n, 3);
    assert_int_equal(sec_at(f, 1)->first, 3);
    assert_int_equal(sec_at(f, 2)->first, 6);
    assert_true(sec_at(f, 0)->lead);

    /* end to end: the same paragraphs as a page and as text */
    precis_buf html, text;
    precis_buf_init(&html, &precis_default_alloc);
    precis_buf_init(&text, &precis_default_alloc);
    static const char title[] = "News from Port-Lanvec";
    precis_buf_append(&html, "<html><head><title>", 19);
    precis_buf_append(&html, title, sizeof title - 1);
    precis_buf_append(&html, "</title></head><body><article><h1>", 34);
    precis_buf_append(&html, title, sizeof title - 1);
    precis_buf_append(&html, "</h1>", 5);
    precis_buf_append(&text, title, sizeof title - 1);
    for (int i = 0; i < 9; i++) {
        precis_buf_append(&html, "<p>", 3);
        precis_buf_append(&html, three_topics[i], strlen(three_topics[i]));
        precis_buf_append(&html, "</p>", 4);
        precis_buf_append(&text, "\n\n", 2);
        precis_buf_append(&text, three_topics[i], strlen(three_topics[i]));
    }
    precis_buf_append(&html, "</article></body></html>", 24);
    precis_error err;
    precis_brief *page = precis_brief_html(f->an.engine, html.data, html.len, NULL, &err);
    precis_brief *plain = precis_brief_text(f->an.engine, text.data, text.len, NULL, &err);
    assert_non_null(page);
    assert_non_null(plain);
    precis_section sp, st;
    assert_int_equal(precis_brief_section_count(page), 3);
    assert_int_equal(precis_brief_section_count(plain), 3);
    assert_int_equal(precis_brief_section(page, 0, &sp), 0);
    assert_int_equal(precis_brief_section(plain, 0, &st), 0);
    assert_true(sp.generated && st.generated);
    assert_null(sp.heading);     /* the page's lead-in */
    assert_non_null(st.heading); /* the text's first section */
    precis_brief_free(page);
    precis_brief_free(plain);
    precis_buf_free(&html);
    precis_buf_free(&text);
}

/* Opens g on the French paragraphs paras[0..n) (and title) and gives
 * headings to the sections secs[0..n_secs). */
static void french_headings(fixture *g, const char *const *paras, size_t n, const char *title,
                            precis_sect *secs, size_t n_secs) {
    assert_int_equal(fixture_open(g, "fr"), 0);
    build(g, paras, n, title);
    assert_int_equal(precis_sections_headings(&g->d.doc, NULL, secs, n_secs, &g->sc, &g->pieces),
                     0);
}

/* The one piece a section's heading is made of. */
static const precis_piece *only_piece(const fixture *f, const precis_sect *sec) {
    assert_int_equal(sec->piece_count, 1);
    return PRECIS_VEC_AT(&f->pieces, precis_piece, sec->piece_off);
}

/* Every heading: 2-8 words, <= 60 characters, from its own section's
 * paragraphs, no final period, capitalized, all distinct. */
static void test_headings_follow_the_rules(void **state) {
    fixture *f = *state;
    build(f, three_topics, 9, "Storm, budget and race in Port-Lanvec");
    long n = precis_sections_split(&f->d.doc, NULL, &f->sc, &f->secs);
    assert_int_equal(n, 3);
    f->pieces.len = 0;
    assert_int_equal(
        precis_sections_headings(&f->d.doc, NULL, f->secs.data, (size_t)n, &f->sc, &f->pieces), 0);
    char seen[3][128];
    for (long i = 0; i < n; i++) {
        const precis_sect *s = sec_at(f, (size_t)i);
        const precis_piece *p = only_piece(f, s);
        const precis_paragraph *a = &f->d.doc.paras[s->first], *b = &f->d.doc.paras[s->last];
        assert_true(p->off >= a->off && p->off + p->len <= b->off + b->len);
        const char *h = heading(f, (size_t)i);
        size_t words = ev_sdoc_words(h, 0, strlen(h));
        assert_in_range(words, PRECIS_HEADING_MIN_WORDS, PRECIS_HEADING_MAX_WORDS);
        assert_true(strlen(h) <= PRECIS_HEADING_MAX_CHARS);
        assert_true(h[0] >= 'A' && h[0] <= 'Z');
        assert_true(h[strlen(h) - 1] != '.');
        snprintf(seen[i], sizeof seen[i], "%s", h);
        for (long j = 0; j < i; j++)
            assert_string_not_equal(seen[j], h);
    }
    /* the salient words of each story */
    assert_non_null(strstr(seen[0], "Harbour"));
    assert_non_null(strstr(seen[1], "Budget"));
}

/* Regression: the determiner list was looked up under a wrong name, so a
 * heading could start between "The" and its noun ("Harbour master said"). */
static void test_heading_keeps_its_determiner(void **state) {
    fixture *f = *state;
    static const char *const paras[] = {
        "The harbour master said the storm had sunk four boats.",
        "The harbour master said the quay would stay closed.",
        "The harbour master said the fish market would move.",
        "The school budget was cut by the town council on Tuesday.",
        "The school budget merges two primary schools next year.",
        "The school budget ends the free bus for many pupils.",
    };
    build(f, paras, 6, NULL);
    precis_sections_params p;
    precis_sections_params_default(&p);
    p.min_words = 10;
    long n = precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs);
    assert_int_equal(n, 2);
    f->pieces.len = 0;
    assert_int_equal(
        precis_sections_headings(&f->d.doc, &p, f->secs.data, (size_t)n, &f->sc, &f->pieces), 0);
    for (long i = 0; i < n; i++) {
        const char *h = heading(f, (size_t)i);
        assert_true(strncmp(h, "Harbour", 7) != 0 && strncmp(h, "School", 6) != 0);
    }
}

static void render(const char *text, const char *lang, const char *want) {
    precis_piece p = {0, strlen(text)};
    precis_buf out;
    precis_buf_init(&out, &precis_default_alloc);
    assert_int_equal(precis_heading_render(text, &p, 1, lang, &out), 0);
    assert_string_equal(out.data, want);
    precis_buf_free(&out);
}

static void test_render_case(void **state) {
    (void)state;
    /* French: the first word and the proper names only */
    render("recherche  d'un cessez-le-feu", "fr", "Recherche d'un cessez-le-feu");
    render("le sommet de Genève prend de l'ampleur", "fr",
           "Le sommet de Genève prend de l'ampleur");
    render("élection à Québec", "fr", "Élection à Québec");
    /* English headline case, function words left small, iPhone kept */
    render("the search for a ceasefire", "en", "The Search for a Ceasefire");
    render("new iPhone sales in the city's shops", "en", "New iPhone Sales in the City's Shops");
    render("the mayor’s plan", "en", "The Mayor’s Plan");
}

/* Thousands of paragraphs: bounded by the unit cap, still sections, and
 * quickly (ctest's timeout guards the time). */
static void test_long_input_is_bounded(void **state) {
    fixture *f = *state;
    ev_sdoc_clear(&f->d);
    /* 2880 paragraphs are grouped by 12 into 240 units; the topics change
     * at unit boundaries */
    for (int i = 0; i < 2880; i++) {
        const char *p = three_topics[(i / 960) * 3 + i % 3];
        assert_int_equal(ev_sdoc_add_para(&f->d, p, strlen(p)), 0);
    }
    assert_int_equal(ev_sdoc_finish(&f->d, &f->an, NULL, 0), 0);
    long n = precis_sections_split(&f->d.doc, NULL, &f->sc, &f->secs);
    assert_in_range(n, 2, PRECIS_SECTIONS_DEFAULT + 1);
    assert_int_equal(sec_at(f, (size_t)n - 1)->last, 2879);
    /* the topic shifts at 960 and 1920 are among the boundaries */
    int at960 = 0, at1920 = 0;
    for (long i = 0; i < n; i++) {
        at960 |= sec_at(f, (size_t)i)->first == 960;
        at1920 |= sec_at(f, (size_t)i)->first == 1920;
    }
    assert_true(at960 && at1920);
}

/* The heading model's features: every word token of the headed sections,
 * in order, with the bias, the first-sentence and the title features set
 * where they hold. */
typedef struct feat_seen {
    fixture *f;
    size_t calls, title_hits, first_sent, last_tok, harbour, cycling, the, after;
    int ordered;
} feat_seen;

static int feat_cb(void *ctx, size_t sec, size_t tok, const double *x) {
    feat_seen *fs = ctx;
    (void)sec;
    assert_true(x[HF_BIAS] == 1.0);
    if (fs->calls && tok <= fs->last_tok) fs->ordered = 0;
    fs->last_tok = tok;
    fs->calls++;
    const precis_token *t = PRECIS_VEC_AT(&fs->f->d.toks, precis_token, tok);
    if (x[HF_TITLE] > 0) {
        fs->title_hits++;
        assert_true(t->len == 7 && !memcmp(fs->f->d.doc.text + t->off, "harbour", 7));
    }
    if (x[HF_FIRST_SENT_CONTENT] > 0) fs->first_sent++;
    /* stop words by how often authors' headings hold them
     * (data/en/heading-stopwords-*.txt): "the" more, "after" far less
     * often than the model expects; content words are not in the lists */
    const char *w = fs->f->d.doc.text + t->off;
    if (t->len == 3 && (*w == 't' || *w == 'T') && !memcmp(w + 1, "he", 2))
        fs->the++, assert_true(x[HF_STOP_ODDS] == 1);
    if (t->len == 5 && !memcmp(w, "after", 5)) fs->after++, assert_true(x[HF_STOP_ODDS] == -2);
    if (x[HF_CONTENT] > 0) assert_true(x[HF_STOP_ODDS] == 0);
    /* the share of paragraphs holding the term, in the text and in the
     * section: "harbour" is in the first story's three paragraphs, "cycling"
     * in two of the last story's three */
    if (t->len == 7 && !memcmp(fs->f->d.doc.text + t->off, "harbour", 7)) {
        fs->harbour++;
        assert_true(x[HF_DOC_SPREAD] > 0.333 && x[HF_DOC_SPREAD] < 0.334);
        assert_true(x[HF_SEC_SPREAD] == 1.0);
    }
    if (t->len == 7 && !memcmp(fs->f->d.doc.text + t->off, "cycling", 7)) {
        fs->cycling++;
        assert_true(x[HF_DOC_SPREAD] > 0.222 && x[HF_DOC_SPREAD] < 0.223);
        assert_true(x[HF_SEC_SPREAD] > 0.666 && x[HF_SEC_SPREAD] < 0.667);
    }
    return 0;
}

static void test_heading_features(void **state) {
    fixture *f = *state;
    build(f, three_topics, 9, "Harbour");
    long n = precis_sections_split(&f->d.doc, NULL, &f->sc, &f->secs);
    assert_int_equal(n, 3);
    feat_seen fs = {f, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    assert_int_equal(
        precis_sections_features(&f->d.doc, f->secs.data, (size_t)n, &f->sc, feat_cb, &fs), 0);
    assert_true(fs.ordered);
    assert_true(fs.calls > 150); /* every word of the three stories */
    assert_true(fs.title_hits >= 6);
    assert_true(fs.first_sent >= 15);
    assert_true(fs.harbour >= 6 && fs.cycling == 2);
    assert_true(fs.the >= 10 && fs.after == 1);
}

/* Regression: a French heading started on the participle after its
 * auxiliary ("Accusé Poutine" from "a accusé Poutine de ..."). */
/* A village library reopens, then its new hours as a run of short lines,
 * then a ferry timetable: the lines share no word with either story, and
 * lexical cohesion alone cut between two of them; the paragraph-length
 * prior keeps a run of short paragraphs (a list) whole. */
static const char *const list_story[] = {
    "The village library of Kervel reopened on Saturday after eight months of renovation, with a "
    "new reading room, a children's corner and longer opening hours, the librarian said.",
    "The renovation cost the village council two hundred thousand euros. The old library roof "
    "leaked for years, and the librarian had to move books away from the windows every winter.",
    "Readers can now borrow books, films and board games, and the library will host a reading "
    "club for children on Wednesday afternoons in the new reading room.",
    "The new hours, from Monday:",
    "Monday and Tuesday: from nine to noon.",
    "Wednesday: from two to six.",
    "Thursday and Friday: from nine to six.",
    "Saturday: from ten to four.",
    "Sunday: closed.",
    "The ferry company also changed its winter timetable on Monday: from November, the crossing "
    "to the island will run four times a day instead of six, because fewer passengers travel in "
    "winter.",
    "Island residents said the new ferry timetable leaves them no crossing between noon and five, "
    "and asked the company to keep an afternoon ferry for schoolchildren returning from the "
    "mainland.",
    "The ferry company said it would review the winter timetable in January, after counting the "
    "passengers on each crossing.",
};

static void test_list_is_not_cut(void **state) {
    fixture *f = *state;
    build(f, list_story, 12, "Library and ferry news from Kervel");
    long n = precis_sections_split(&f->d.doc, NULL, &f->sc, &f->secs);
    assert_true(n >= 2);
    for (long i = 1; i < n; i++) {
        size_t b = sec_at(f, (size_t)i)->first; /* the list is paragraphs 3-8 */
        assert_true(b <= 3 || b >= 9);
    }
    /* the first story and the last are in different sections */
    assert_true(sec_at(f, (size_t)n - 1)->first <= 9);
    assert_true(sec_at(f, 0)->last >= 2);
}

/* The prior on the number of sections: a mean of one per 9 paragraphs
 * merges two of the three stories, one per 1.5 splits one of them. */
static void test_count_prior(void **state) {
    fixture *f = *state;
    build(f, three_topics, 9, NULL);
    precis_sections_params p;
    precis_sections_params_default(&p);
    p.lead_max = 0;
    assert_int_equal(precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs), 3);
    p.count_weight = 50;
    p.count_paras = 9;
    assert_int_equal(precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs), 2);
    p.count_paras = 1.5;
    assert_int_equal(precis_sections_split(&f->d.doc, &p, &f->sc, &f->secs), 4);
}

/* A list of what the storm destroyed, announced by a colon, its items in
 * lower case and in words of their own, then the school budget: the cue
 * prior keeps the items with the sentence that announces them. */
static const char *const colon_story[] = {
    STORM_HIT,
    STORM_WAVES,
    "The harbour master listed on Tuesday what the storm destroyed in the town:",
    "cranes, lamps and the old lighthouse lantern, bought in 1922 from a Scottish foundry, "
    "with three wooden sheds and a crate of signal flags;",
    "cars parked along the promenade, cafe terraces, benches, the bandstand roof and the public "
    "toilets near the beach, closed until spring.",
    "In the town council, the school budget for next year was cut by six percent on Tuesday, "
    "and teachers warned that classes would grow.",
    "The council's budget plan merges two primary schools and ends the free school bus for "
    "pupils living within two kilometres of their school.",
    "Parents and teachers marched to the council building to protest against the school budget. "
    "The mayor said the council had no choice after the region cut its grant to schools.",
};

static void test_list_after_colon_is_not_cut(void **state) {
    fixture *f = *state;
    build(f, colon_story, 8, NULL);
    long n = precis_sections_split(&f->d.doc, NULL, &f->sc, &f->secs);
    assert_true(n >= 2);
    int school = 0;
    for (long i = 1; i < n; i++) {
        size_t b = sec_at(f, (size_t)i)->first;
        assert_true(b != 3 && b != 4); /* not before an item of the list */
        school |= b == 5;
    }
    assert_true(school);
}

static void test_heading_not_after_auxiliary(void **state) {
    (void)state;
    static const char *const paras[] = {
        "Le maire de Port-Lanvec a présenté lundi le budget de la ville devant le conseil.",
        "Le budget prévoit la fermeture de deux écoles et la fin du bus scolaire gratuit.",
        "Les parents ont manifesté devant la mairie contre le budget et la fermeture des écoles.",
        "Le préfet a accusé Martin de mensonge lors du débat sur le port, a accusé Martin "
        "d'avoir caché les fissures du quai et a accusé Martin de retarder les travaux.",
        "Martin a répondu que le quai du port serait réparé avant l'hiver par la ville.",
        "Les pêcheurs du port attendent la réparation du quai pour reprendre la pêche.",
    };
    /* the two stories as the sections */
    precis_sect secs[2] = {{0, 2, 0, 0, 0}, {3, 5, 0, 0, 0}};
    fixture g;
    french_headings(&g, paras, 6, NULL, secs, 2);
    const precis_piece *p = only_piece(&g, &secs[1]);
    const char *h = g.d.doc.text + p->off;
    assert_true(strncmp(h, "accusé", strlen("accusé")) != 0);
    fixture_close(&g);
}

/* The section's heading is the one piece want. */
static void assert_one_piece(const fixture *f, const precis_sect *sec, const char *want) {
    const precis_piece *p = only_piece(f, sec);
    assert_int_equal(p->len, strlen(want));
    assert_memory_equal(f->d.doc.text + p->off, want, p->len);
}

/* Regression: the products of the heading model's features (branch head2,
 * docs/quality.md "Headings: feature crosses") make a noun phrase the
 * heading of a section where the model alone took a subject and its verb. */
static void test_heading_feature_products(void **state) {
    (void)state;
    static const char *const paras[] = {
        "Le président Marchal s'est montré optimiste quant à une éventuelle rencontre avec le "
        "président Dupuis, déclarant qu'il y a de fortes chances que cette rencontre ait lieu "
        "bientôt.",
        "Tout en reconnaissant que les négociations avec l'île de Kerven ont été décevantes, "
        "Marchal a souligné son souhait de voir le conflit sur la pêche prendre fin.",
        "Le lieu de la rencontre n'a pas encore été déterminé, mais des discussions sont en "
        "cours entre les deux capitales.",
        "La rencontre entre les négociateurs de Marchal et Dupuis a duré trois heures et a été "
        "qualifiée de constructive par la radio de Kerven.",
        "Le ministre Rolland a indiqué que Marchal prendrait une décision sur les quotas de "
        "pêche dans les jours à venir.",
        "Les pêcheurs de Kerven attendent la décision sur les quotas pour reprendre la pêche, "
        "arrêtée depuis le mois de mai.",
    };
    precis_sect secs[2] = {{0, 2, 0, 0, 0}, {3, 5, 0, 0, 0}};
    fixture g;
    french_headings(&g, paras, 6, "Marchal veut rencontrer Dupuis", secs, 2);
    /* the phrase that opens the section, not a subject and its verb ("Marchal
     * a souligné", the heading without the products) */
    assert_one_piece(&g, &secs[0], "Le président Marchal");
    fixture_close(&g);
}

/* The section features of the products (branch head3): the idf of a term
 * over the sections, a bigram repeated in the section, the word before a
 * complement ("demande" before "de"). A fictional story in three sections,
 * no title: the second one was headed "une rencontre avec Dupuis dès la
 * semaine" and is now "la demande de Marchal" (its last paragraph's phrase
 * with a complement, holding the section's most frequent name). */
static void test_heading_section_features(void **state) {
    (void)state;
    static const char *const paras[] = {
        "Le président Marchal s'est montré confiant quant à une éventuelle rencontre au sommet "
        "avec le président de Kerven, Joël Dupuis, déclarant qu'il y a de fortes chances que "
        "cette rencontre ait lieu bientôt. Tout en reconnaissant que les négociations avec "
        "Kerven ont été décevantes par le passé, Marchal a souligné son souhait de voir la "
        "querelle de la pêche prendre fin.",
        "À la suite d'une rencontre entre l'émissaire Brunel et Dupuis à Corlay, Marchal a fait "
        "part de son intérêt pour une rencontre avec Dupuis dès la semaine prochaine, suivie "
        "d'entretiens avec le préfet de l'île, Paul Vasseur. Des conseillers ont confirmé que ces "
        "réunions se préparent à la demande de Marchal.",
        "Le lieu de l'éventuel sommet n'a pas encore été choisi, mais des discussions sont en "
        "cours. Le palais a souligné l'engagement de Marchal à mettre fin à la querelle.",
        "Dupuis, qui est tenu à l'écart par ses voisins depuis la saisie des chalutiers en 2022, a "
        "rencontré pour la dernière fois un président du continent en 2021. L'annonce de Marchal "
        "concernant une rencontre potentielle avec Dupuis semble plus concrète que les "
        "précédentes.",
        "La rencontre Brunel-Dupuis a duré environ trois heures et a été qualifiée de "
        "constructive par la radio de Kerven. À l'issue de la rencontre, Marchal a écrit que de "
        "grands progrès avaient été réalisés.",
        "Alors que le continent avait menacé de fermer ses ports aux chalutiers de Kerven faute "
        "d'accord, le ministre Rolland a indiqué que Marchal prendrait une décision dans les "
        "jours à venir.",
        "Rolland a aussi révélé que la réunion de Brunel avait permis de mieux comprendre les "
        "conditions posées par Kerven pour mettre fin à la querelle.",
        "Marchal s'est montré de plus en plus impatient face aux lenteurs de Kerven. Depuis leur "
        "dernière rencontre en avril, les chalutiers de l'île ont multiplié les prises.",
    };
    precis_sect secs[3] = {{0, 0, 1, 0, 0}, {1, 3, 0, 0, 0}, {4, 7, 0, 0, 0}};
    fixture g;
    french_headings(&g, paras, 8, NULL, secs, 3);
    assert_one_piece(&g, &secs[1], "la demande de Marchal");
    fixture_close(&g);
}

/* A heading's 60 characters are characters, not bytes: spans are counted
 * on word by word (branch head4), so accented words may make a heading of
 * more than 60 bytes, never of more than 60 characters. */
static void test_heading_counts_characters(void **state) {
    (void)state;
    static const char *const paras[] = {
        "Le conseil municipal de Kervégan a voté mardi un budget modeste pour les écoles.",
        "Régénération écologique élémentaire préférée réhabilitée également équipée désormais "
        "régularisée. Régénération écologique élémentaire préférée réhabilitée également "
        "équipée désormais régularisée.",
        "Régénération écologique élémentaire préférée réhabilitée également équipée désormais "
        "régularisée.",
    };
    precis_sect secs[2] = {{0, 0, 1, 0, 0}, {1, 2, 0, 0, 0}};
    fixture g;
    french_headings(&g, paras, 3, NULL, secs, 2);
    const precis_piece *pc = only_piece(&g, &secs[1]);
    size_t chars = 0;
    for (size_t i = 0; i < pc->len; i++)
        chars += ((unsigned char)g.d.doc.text[pc->off + i] & 0xC0) != 0x80;
    assert_true(chars <= PRECIS_HEADING_MAX_CHARS);
    assert_true(pc->len > PRECIS_HEADING_MAX_CHARS);
    fixture_close(&g);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_splits_at_topic_shifts),
        cmocka_unit_test(test_four_stories),
        cmocka_unit_test(test_study_hooks),
        cmocka_unit_test(test_short_text_has_no_sections),
        cmocka_unit_test(test_short_text_splits_when_it_pays),
        cmocka_unit_test(test_gap_weights),
        cmocka_unit_test(test_max_sections_is_kept),
        cmocka_unit_test(test_lead_in),
        cmocka_unit_test(test_page_params),
        cmocka_unit_test(test_headings_follow_the_rules),
        cmocka_unit_test(test_heading_keeps_its_determiner),
        cmocka_unit_test(test_render_case),
        cmocka_unit_test(test_long_input_is_bounded),
        cmocka_unit_test(test_heading_features),
        cmocka_unit_test(test_heading_not_after_auxiliary),
        cmocka_unit_test(test_heading_feature_products),
        cmocka_unit_test(test_heading_section_features),
        cmocka_unit_test(test_heading_counts_characters),
        cmocka_unit_test(test_list_is_not_cut),
        cmocka_unit_test(test_list_after_colon_is_not_cut),
        cmocka_unit_test(test_count_prior),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
