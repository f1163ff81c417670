/*
 * test_alloc_fail.c - forced allocation failure. A counting allocator fails
 * the Nth allocation (then, in a second pass, every allocation from the Nth
 * on) for N = 1, 2, ... until a whole scenario runs without a failure: make
 * an engine, brief a French article (with compressed key points and a word
 * budget) and a JSONL record, render them, write
 * an error record, extract and brief a web page (gumbo's allocations go
 * through the hooks too, and a failed one unwinds out of the parser). Every
 * failure must come back as a clean error
 * (PRECIS_ERR_NOMEM), and every byte must be given back: the allocator
 * itself counts live blocks, so leaks show without a sanitizer too.
 * The article is fictional.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "counting_alloc.h"
#include "precis.h"

static const char article_fr[] =
    "Les apiculteurs de la vallée de Orcel s'inquiètent d'une saison sans miel\n"
    "\n"
    "Selon leur syndicat, les apiculteurs de la vallée de Orcel auront une récolte de miel en "
    "baisse de 60 % par rapport à l'an dernier. Le printemps pluvieux a empêché les abeilles de "
    "butiner pendant près de six semaines.\n"
    "\n"
    "M. Gaspard Lenoir, président du syndicat, demande une aide d'urgence de 2,4 millions "
    "d'euros. « Sans soutien, un tiers des exploitations fermera avant l'hiver », a-t-il "
    "déclaré devant la préfecture.\n"
    "\n"
    "La préfète a promis d'étudier la demande. Une réunion avec les services de l'État est "
    "prévue le 14 mars à Orcel, selon les informations du Parisien.\n";

static const char record[] =
    "{\"id\":\"a-17\",\"title\":\"Orcel : le miel se fait rare\",\"lang\":\"fr\","
    "\"text\":\"Les apiculteurs de la vallée ont annoncé une récolte en forte baisse. Le "
    "printemps pluvieux a empêché les abeilles de butiner. Le syndicat demande une aide "
    "d'urgence à la préfecture.\"}";

static const char page[] =
    "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"windows-1252\">"
    "<title>Orcel : le miel se fait rare | La Gazette</title></head><body>"
    "<nav><a href=\"/\">Accueil</a></nav><article><h1>Orcel : le miel se fait rare</h1>"
    "<p>Les apiculteurs de la vall\xe9"
    "e ont annonc\xe9 mardi une r\xe9"
    "colte en baisse de "
    "60 %, la pire depuis vingt ans selon leur syndicat.</p>"
    "<p>Le printemps pluvieux a emp\xea"
    "ch\xe9 les abeilles de butiner pendant six semaines, "
    "et le syndicat demande une aide d'urgence.</p></article></body></html>";

/* A side's line-up: "King" is a player's name only as a name of the roll,
 * a candidate added late in the entities stage (sixteen before it: the
 * candidates' array grows there); a failed allocation there must fail the
 * brief, not leave the name out of it. Fictional. */
static const char lineup_en[] =
    "Kirkwall edge derby\n"
    "\n"
    "Kirkwall striker Dane Orlick scored twice as Kirkwall beat Stenmoor 2-1 on Saturday. "
    "Stenmoor boss Peter Vance said Orlick was unplayable. Yannick Bessa and Tomas Hradil also "
    "impressed, Vance told Kirkwall radio.\n"
    "\n"
    "Orlick, Bessa, King, Hradil, Malvik, Pettersby.\n";

/* What the scenario reached; used to check that the last run got through. */
typedef struct outcome {
    int engine, brief, record, odd, renders, error_record, page, html_brief, lineup;
} outcome;

static int clean_code(precis_code code) {
    return code == PRECIS_ERR_NOMEM;
}

/* Renders b in every format; each either succeeds or fails with NOMEM. */
static int render_all(const precis_engine *e, const precis_brief *b) {
    int ok = 0;
    for (int f = PRECIS_FORMAT_TEXT; f <= PRECIS_FORMAT_JSON; f++) {
        precis_error err = {0};
        size_t len = 0;
        char *s = precis_brief_render(b, (precis_format)f, &len, &err);
        if (s) {
            assert_int_equal(strlen(s), len);
            assert_true(len > 0);
            ok++;
        } else {
            assert_true(clean_code(err.code));
        }
        precis_string_free(e, s);
    }
    return ok;
}

static outcome scenario(counting_alloc *c) {
    outcome o = {0};
    precis_alloc hooks = counting_hooks(c);
    precis_error err = {0};
    precis_engine *e = precis_engine_new("fr,en", &hooks, &err);
    if (!e) {
        /* A stemmer or language profile that cannot be allocated may be
         * reported as unavailable data; nothing else is acceptable. */
        assert_true(clean_code(err.code) || err.code == PRECIS_ERR_DATA);
        return o;
    }
    o.engine = 1;

    precis_options opts;
    precis_options_default(&opts);
    opts.compress = PRECIS_COMPRESS_ALL;
    opts.words = 60;
    precis_brief *b = precis_brief_text(e, article_fr, sizeof article_fr - 1, &opts, &err);
    if (b) {
        o.brief = 1;
        assert_string_equal(precis_brief_lang(b), "fr");
        /* "Selon leur syndicat, " is cut from the lede, a key point under any
         * weights: the compressed path ran. */
        int cut = 0;
        for (size_t i = 0; i < precis_brief_point_count(b); i++) {
            precis_point p;
            assert_int_equal(precis_brief_point(b, i, &p), 0);
            cut += p.piece_count > 0;
        }
        assert_true(cut > 0);
        o.renders += render_all(e, b);
    } else {
        assert_true(clean_code(err.code));
    }
    precis_brief_free(b);

    precis_brief *r = precis_brief_json(e, record, sizeof record - 1, NULL, &err);
    if (r) {
        o.record = 1;
        size_t n;
        const char *id = precis_brief_id(r, &n);
        assert_non_null(id);
        assert_int_equal(n, 6);
        o.renders += render_all(e, r);
    } else {
        assert_true(clean_code(err.code));
    }
    precis_brief_free(r);

    /* BOM, CRLF, an invalid byte and too little text to identify: the
     * offset marks and both warnings are allocated too. */
    static const char odd[] = "\xEF\xBB\xBFTitre\r\n\r\nCaf\xC3\xA9 \xFF ouvert. Fin.\r\n";
    precis_brief *w = precis_brief_text(e, odd, sizeof odd - 1, NULL, &err);
    if (w) {
        o.odd = 1;
        assert_int_equal(precis_brief_warning_count(w), 2);
        o.renders += render_all(e, w);
    } else {
        assert_true(clean_code(err.code));
    }
    precis_brief_free(w);

    precis_options en;
    precis_options_default(&en);
    en.lang = "en";
    precis_brief *l = precis_brief_text(e, lineup_en, sizeof lineup_en - 1, &en, &err);
    if (l) {
        char *js = precis_brief_render(l, PRECIS_FORMAT_JSON, NULL, &err);
        if (js) {
            o.lineup = 1;
            assert_non_null(strstr(js, "\"name\":\"King\",\"type\":\"person\""));
        } else {
            assert_true(clean_code(err.code));
        }
        precis_string_free(e, js);
    } else {
        assert_true(clean_code(err.code));
    }
    precis_brief_free(l);

    static const char bad[] = "{\"id\":7,\"text\":";
    precis_error jerr = {0};
    assert_null(precis_brief_json(e, bad, sizeof bad - 1, NULL, &jerr));
    assert_int_equal(jerr.code, PRECIS_ERR_JSON);
    char *rec = precis_error_record(e, bad, sizeof bad - 1, 3, &jerr, NULL);
    if (rec) {
        o.error_record = 1;
        assert_non_null(strstr(rec, "\"line\":3"));
    }
    precis_string_free(e, rec);

    precis_page *pg = precis_extract_html(e, page, sizeof page - 1, &err);
    if (pg) {
        o.page = 1;
        assert_string_equal(precis_page_title(pg), "Orcel : le miel se fait rare");
        assert_non_null(strstr(precis_page_text(pg, NULL), "vallée"));
    } else {
        assert_true(clean_code(err.code));
    }
    precis_page_free(pg);
    precis_brief *h = precis_brief_html(e, page, sizeof page - 1, NULL, &err);
    if (h) {
        o.html_brief = 1;
        assert_true(precis_brief_point_count(h) > 0);
    } else {
        assert_true(clean_code(err.code));
    }
    precis_brief_free(h);
    precis_engine_free(e);
    return o;
}

static void run_failures(int fail_after) {
    counting_alloc c = {0};
    outcome full = scenario(&c);
    assert_true(full.engine && full.brief && full.record && full.odd && full.error_record &&
                full.page && full.html_brief && full.lineup);
    assert_int_equal(full.renders, 9);
    assert_int_equal(c.live, 0);
    size_t total = c.calls;
    assert_true(total > 10);

    size_t failures_seen = 0;
    for (size_t n = 1; n <= total + 1; n++) {
        memset(&c, 0, sizeof c);
        c.fail_at = n;
        c.fail_after = fail_after;
        outcome o = scenario(&c);
        if (c.live != 0)
            fail_msg("fail %s allocation %zu of %zu: %zu blocks leaked", fail_after ? "from" : "at",
                     n, total, c.live);
        failures_seen += c.failed > 0;
        if (n == total + 1) {
            /* Past the last allocation nothing fails: the full result. */
            assert_int_equal(c.failed, 0);
            assert_int_equal(o.renders, 9);
        }
    }
    assert_int_equal(failures_seen, total);
    print_message("%s: %zu allocations, each made to fail, no leak\n",
                  fail_after ? "fail-from-N" : "fail-Nth", total);
}

static void test_fail_nth(void **state) {
    (void)state;
    run_failures(0);
}

static void test_fail_from_nth(void **state) {
    (void)state;
    run_failures(1);
}

/* The engine copies the allocator and uses it for briefs and rendered
 * strings too: everything allocated is freed through the same hooks. */
static void test_all_through_hooks(void **state) {
    (void)state;
    counting_alloc c = {0};
    precis_alloc hooks = counting_hooks(&c);
    precis_engine *e = precis_engine_new("fr", &hooks, NULL);
    assert_non_null(e);
    size_t after_engine = c.calls;
    precis_brief *b = precis_brief_text(e, article_fr, sizeof article_fr - 1, NULL, NULL);
    assert_non_null(b);
    assert_true(c.calls > after_engine);
    char *s = precis_brief_render(b, PRECIS_FORMAT_JSON, NULL, NULL);
    assert_non_null(s);
    precis_string_free(e, s);
    precis_brief_free(b);
    precis_engine_free(e);
    assert_int_equal(c.live, 0);
    assert_int_equal(c.live_bytes, 0);
}

/* An allocator with a missing hook is an invalid argument, not a crash. */
static void test_incomplete_hooks(void **state) {
    (void)state;
    counting_alloc c = {0};
    precis_alloc hooks = counting_hooks(&c);
    hooks.realloc = NULL;
    precis_error err = {0};
    assert_null(precis_engine_new("fr", &hooks, &err));
    assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG);
    assert_int_equal(c.calls, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fail_nth),
        cmocka_unit_test(test_fail_from_nth),
        cmocka_unit_test(test_all_through_hooks),
        cmocka_unit_test(test_incomplete_hooks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
