/* test_sentences.c - the public sentence splitter (precis_sentences_*):
 * sentences and their spans in the input, blocks and line breaks, the
 * record form and its rendering, errors as values. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "precis.h"

static precis_engine *engine;

static int setup(void **state) {
    (void)state;
    engine = precis_engine_new(NULL, NULL, NULL);
    return engine ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    precis_engine_free(engine);
    return 0;
}

static precis_options lang_opts(const char *lang) {
    precis_options o;
    precis_options_default(&o);
    o.lang = lang;
    return o;
}

/* The sentences of text, each followed by '\n', in a static buffer; their
 * spans checked against the input on the way. */
static const char *split(const char *text, const char *lang) {
    static char got[4096];
    precis_options o = lang_opts(lang);
    precis_error err;
    size_t len = strlen(text);
    precis_sentences *s = precis_sentences_text(engine, text, len, &o, &err);
    assert_non_null(s);
    assert_string_equal(precis_sentences_lang(s), lang);
    size_t n = 0;
    got[0] = 0;
    for (size_t i = 0; i < precis_sentences_count(s); i++) {
        precis_sentence_span sp;
        assert_int_equal(precis_sentences_get(s, i, &sp), 0);
        assert_true(sp.start < sp.end && sp.end <= len);
        assert_int_equal(strlen(sp.text), sp.len);
        /* the span starts and ends where the text does */
        assert_int_equal(text[sp.start], sp.text[0]);
        assert_int_equal(text[sp.end - 1], sp.text[sp.len - 1]);
        assert_true(n + sp.len + 2 < sizeof got);
        memcpy(got + n, sp.text, sp.len);
        n += sp.len;
        got[n++] = '\n';
        got[n] = 0;
    }
    precis_sentence_span sp;
    assert_int_equal(precis_sentences_get(s, precis_sentences_count(s), &sp), -1);
    precis_sentences_free(s);
    return got;
}

static void test_spans(void **state) {
    (void)state;
    const char *t = "  The council met on Monday.  It approved the plan.\n";
    precis_options o = lang_opts("en");
    precis_sentences *s = precis_sentences_text(engine, t, strlen(t), &o, NULL);
    assert_non_null(s);
    assert_int_equal(precis_sentences_count(s), 2);
    precis_sentence_span a, b;
    assert_int_equal(precis_sentences_get(s, 0, &a), 0);
    assert_int_equal(precis_sentences_get(s, 1, &b), 0);
    assert_string_equal(a.text, "The council met on Monday.");
    assert_int_equal(a.start, 2);
    assert_int_equal(a.end, 28);
    assert_string_equal(b.text, "It approved the plan.");
    assert_int_equal(b.start, 30);
    assert_int_equal(b.end, 51);
    precis_sentences_free(s);
    /* spans stay in the input's bytes when normalization changes them:
     * a BOM dropped, a decomposed é composed */
    const char *u = "\xEF\xBB\xBF"
                    "Le cafe\xCC\x81 ferme. Il rouvrira.";
    o = lang_opts("fr");
    s = precis_sentences_text(engine, u, strlen(u), &o, NULL);
    assert_non_null(s);
    assert_int_equal(precis_sentences_count(s), 2);
    assert_int_equal(precis_sentences_get(s, 1, &b), 0);
    assert_string_equal(b.text, "Il rouvrira.");
    assert_int_equal(b.start, 3 + 17);
    assert_int_equal(b.end, strlen(u));
    precis_sentences_free(s);
}

/* The first line is a sentence too (no headline taken out); blank lines
 * and single line breaks end sentences, except in a wrapped line. */
static void test_lines(void **state) {
    (void)state;
    assert_string_equal(split("Harbour reopens\n\nThe harbour of Velm reopened on Friday.", "en"),
                        "Harbour reopens\nThe harbour of Velm reopened on Friday.\n");
    assert_string_equal(split("tickets\nopening hours\nparking, shuttles\n", "en"),
                        "tickets\nopening hours\nparking, shuttles\n");
    /* a soft break: a space before it, lower case after */
    assert_string_equal(split("The ferry was late \nagain on Sunday.", "en"),
                        "The ferry was late again on Sunday.\n");
    /* hard-wrapped text: a long line, lower case after */
    assert_string_equal(
        split("The regional council of Velm voted on Tuesday evening to keep\nthe "
              "night ferry running. It will cost more.",
              "en"),
        "The regional council of Velm voted on Tuesday evening to keep the night ferry "
        "running.\nIt will cost more.\n");
    /* after a terminator the break ends the sentence whatever follows */
    assert_string_equal(split("It rained all day. \nlater it snowed.", "en"),
                        "It rained all day.\nlater it snowed.\n");
    assert_string_equal(split("* bread\n* milk\n* eggs", "en"), "* bread\n* milk\n* eggs\n");
    /* a line of rule characters is no sentence */
    assert_string_equal(split("__________\nThe ferry left at noon.\n* * *\n", "en"),
                        "The ferry left at noon.\n");
}

static void test_record_and_render(void **state) {
    (void)state;
    const char *line = "{\"id\":\"n7\",\"text\":\"Der Zug kam am 3. Mai an. Er war voll.\","
                       "\"lang\":\"de\"}";
    precis_error err;
    precis_sentences *s = precis_sentences_json(engine, line, strlen(line), NULL, &err);
    assert_non_null(s);
    assert_string_equal(precis_sentences_lang(s), "de");
    size_t n;
    char *json = precis_sentences_render(s, PRECIS_FORMAT_JSON, &n, &err);
    assert_non_null(json);
    assert_string_equal(json, "{\"id\":\"n7\",\"sentences\":[{\"text\":\"Der Zug kam am 3. Mai "
                              "an.\",\"start\":0,\"end\":25},{\"text\":\"Er war "
                              "voll.\",\"start\":26,\"end\":38}]}");
    assert_int_equal(n, strlen(json));
    precis_string_free(engine, json);
    char *text = precis_sentences_render(s, PRECIS_FORMAT_TEXT, NULL, &err);
    assert_string_equal(text, "Der Zug kam am 3. Mai an.\nEr war voll.\n");
    precis_string_free(engine, text);
    char *md = precis_sentences_render(s, PRECIS_FORMAT_MARKDOWN, NULL, &err);
    assert_string_equal(md, "- Der Zug kam am 3. Mai an.\n- Er war voll.\n");
    precis_string_free(engine, md);
    assert_null(precis_sentences_render(s, (precis_format)9, NULL, &err));
    assert_int_equal(err.code, PRECIS_ERR_FORMAT);
    precis_sentences_free(s);
    /* plain text has no id */
    s = precis_sentences_text(engine, "One. Two.", 9, NULL, &err);
    assert_non_null(s);
    json = precis_sentences_render(s, PRECIS_FORMAT_JSON, NULL, &err);
    assert_non_null(json);
    assert_true(strncmp(json, "{\"sentences\":[", 14) == 0);
    precis_string_free(engine, json);
    precis_sentences_free(s);
}

static void test_errors(void **state) {
    (void)state;
    precis_error err;
    assert_null(precis_sentences_text(engine, "  \n ", 4, NULL, &err));
    assert_int_equal(err.code, PRECIS_ERR_EMPTY);
    assert_null(precis_sentences_text(NULL, "a", 1, NULL, &err));
    assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG);
    precis_options o = lang_opts("xx");
    assert_null(precis_sentences_text(engine, "Hello there.", 12, &o, &err));
    assert_int_equal(err.code, PRECIS_ERR_LANG);
    o = lang_opts(NULL);
    o.strict_utf8 = 1;
    assert_null(precis_sentences_text(engine, "Bad \xff byte.", 11, &o, &err));
    assert_int_equal(err.code, PRECIS_ERR_UTF8);
    assert_int_equal(err.pos, 4);
    o.strict_utf8 = 0;
    o.max_input_bytes = 5;
    assert_null(precis_sentences_text(engine, "Too long.", 9, &o, &err));
    assert_int_equal(err.code, PRECIS_ERR_TOO_LARGE);
    const char *bad = "{\"text\":\"x\",}";
    assert_null(precis_sentences_json(engine, bad, strlen(bad), NULL, &err));
    assert_int_equal(err.code, PRECIS_ERR_JSON);
    /* the same error, at the same byte, as batch briefing gives */
    precis_error berr;
    assert_null(precis_brief_json(engine, bad, strlen(bad), NULL, &berr));
    assert_int_equal(berr.code, PRECIS_ERR_JSON);
    assert_int_equal(err.pos, berr.pos);
    assert_true(err.pos > 0);
    const char *html = "{\"html\":\"<p>x</p>\"}";
    assert_null(precis_sentences_json(engine, html, strlen(html), NULL, &err));
    assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG);
    const char *none = "{\"id\":1}";
    assert_null(precis_sentences_json(engine, none, strlen(none), NULL, &err));
    assert_int_equal(err.code, PRECIS_ERR_NO_TEXT);
    precis_sentences_free(NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spans),
        cmocka_unit_test(test_lines),
        cmocka_unit_test(test_record_and_render),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
