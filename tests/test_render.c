/* test_render.c - text, Markdown and JSON rendering; JSON Lines records and
 * error records. The articles are fictional. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "precis.h"

static const char article_fr[] =
    "La ville de Valmont inaugure un tramway entièrement électrique\n"
    "\n"
    "La municipalité de Valmont a inauguré samedi sa première ligne de tramway, longue de "
    "douze kilomètres et alimentée uniquement par de l'électricité d'origine solaire. Le "
    "maire, Claire Dutertre, a salué « une journée historique » pour les habitants de cette "
    "ville de 80 000 personnes.\n"
    "\n"
    "Le chantier, lancé il y a quatre ans, a coûté 310 millions d'euros, financés pour moitié "
    "par la région. Les travaux ont provoqué de nombreuses perturbations dans le centre-ville, "
    "et plusieurs commerçants ont réclamé des indemnisations.\n"
    "\n"
    "La ligne relie la gare au nouveau campus universitaire en vingt-deux minutes. Selon les "
    "prévisions de l'exploitant, elle devrait transporter 35 000 voyageurs par jour dès la fin "
    "de l'année.\n"
    "\n"
    "L'opposition municipale dénonce toutefois un projet « trop coûteux » et s'inquiète de la "
    "hausse des impôts locaux. Une deuxième ligne, vers les quartiers nord, est déjà à "
    "l'étude.\n";

static const char article_en[] =
    "Harbor town of Elmsworth opens its first desalination plant\n"
    "\n"
    "The coastal town of Elmsworth opened a desalination plant on Tuesday that officials say "
    "will supply a third of its drinking water by next summer. Mayor Dana Whitcombe called "
    "the project \"a lifeline\" after three years of drought restrictions.\n"
    "\n"
    "The plant cost $48 million and was paid for largely by a state infrastructure grant. "
    "Engineers said it can process up to nine million gallons of seawater a day.\n"
    "\n"
    "Environmental groups have raised concerns about the brine the plant returns to the "
    "bay. The operator said the discharge would be monitored by an independent laboratory "
    "every week.\n";

/* No headline: the first line ends a sentence. Paragraphs start with
 * characters that mean something in Markdown. */
static const char article_md[] =
    "Le conseil régional a adopté mardi un plan de rénovation des lycées de 2 milliards "
    "d'euros.\n"
    "\n"
    "3. La troisième mesure du plan concerne l'isolation des gymnases, jugés vétustes par les "
    "inspecteurs.\n"
    "\n"
    "- Les syndicats d'enseignants saluent un effort inédit mais réclament des postes.\n"
    "\n"
    "# Les travaux commenceront à l'automne dans quarante établissements de la région.\n";

static precis_engine *engine;

static int setup(void **state) {
    (void)state;
    precis_error err = {0};
    engine = precis_engine_new(NULL, NULL, &err);
    return engine ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    precis_engine_free(engine);
    return 0;
}

static precis_brief *brief_of(const char *text, size_t len, const char *lang, unsigned points) {
    precis_options o;
    precis_options_default(&o);
    o.lang = lang;
    o.points = points;
    precis_error err = {0};
    precis_brief *b = precis_brief_text(engine, text, len, &o, &err);
    assert_non_null(b);
    assert_int_equal(err.code, PRECIS_OK);
    return b;
}

static char *render(const precis_brief *b, precis_format f, size_t *len) {
    precis_error err = {0};
    char *s = precis_brief_render(b, f, len, &err);
    assert_non_null(s);
    assert_int_equal(err.code, PRECIS_OK);
    assert_int_equal(strlen(s), *len);
    return s;
}

/* Checks that s at *pos holds exactly `want` followed by '\n'; moves on. */
static void expect_line(const char *s, size_t *pos, const char *want, size_t want_len) {
    const char *nl = strchr(s + *pos, '\n');
    assert_non_null(nl);
    size_t n = (size_t)(nl - (s + *pos));
    if (n != want_len || memcmp(s + *pos, want, n) != 0)
        fail_msg("line at %zu: got '%.*s', want '%.*s'", *pos, (int)n, s + *pos, (int)want_len,
                 want);
    *pos += n + 1;
}

static void expect_cstr_line(const char *s, size_t *pos, const char *want) {
    expect_line(s, pos, want, strlen(want));
}

/* "Label :" as the closing block writes it (French: a no-break space before
 * the colon), bold in Markdown. */
static int label_text(char *out, size_t cap, const precis_brief *b, precis_label which, int md) {
    return snprintf(out, cap, "%s%s\xC2\xA0:%s", md ? "**" : "", precis_brief_label(b, which),
                    md ? "**" : "");
}

/* The line of the entities of one type, if any. */
static void expect_named(const char *s, size_t *pos, const precis_brief *b, precis_entity_type t,
                         precis_label which, int md) {
    char want[2048];
    int w = label_text(want, sizeof want, b, which, md);
    size_t n = 0;
    for (size_t i = 0; i < precis_brief_entity_count(b); i++) {
        precis_named e;
        assert_int_equal(precis_brief_entity(b, i, &e), 0);
        if (e.type != t) continue;
        w += snprintf(want + w, sizeof want - (size_t)w, "%s%.*s", n++ ? ", " : " ",
                      (int)e.name_len, e.name);
    }
    if (!n) return;
    expect_cstr_line(s, pos, want);
    expect_cstr_line(s, pos, "");
}

/* The closing block, as the accessors give its content: the label, the
 * people, the places, the keyphrases, each on one line, then one line per
 * quotation. */
static void expect_closing(const char *s, size_t *pos, const precis_brief *b, int md) {
    size_t nk = precis_brief_keyphrase_count(b), nq = precis_brief_quotation_count(b);
    if (!nk && !nq && !precis_brief_entity_count(b)) return;
    expect_cstr_line(s, pos, "");
    char want[2048];
    snprintf(want, sizeof want, "%s%s", md ? "## " : "", precis_brief_label(b, PRECIS_LABEL_MORE));
    expect_cstr_line(s, pos, want);
    expect_cstr_line(s, pos, "");
    expect_named(s, pos, b, PRECIS_ENTITY_PERSON, PRECIS_LABEL_PEOPLE, md);
    expect_named(s, pos, b, PRECIS_ENTITY_PLACE, PRECIS_LABEL_PLACES, md);
    if (nk) {
        int w = label_text(want, sizeof want, b, PRECIS_LABEL_KEYWORDS, md);
        for (size_t i = 0; i < nk; i++) {
            precis_keyphrase k;
            assert_int_equal(precis_brief_keyphrase(b, i, &k), 0);
            w += snprintf(want + w, sizeof want - (size_t)w, "%s%.*s", i ? ", " : " ", (int)k.len,
                          k.text);
        }
        expect_cstr_line(s, pos, want);
        if (nq) expect_cstr_line(s, pos, "");
    }
    for (size_t i = 0; i < nq; i++) {
        precis_quotation q;
        assert_int_equal(precis_brief_quotation(b, i, &q), 0);
        int w = snprintf(want, sizeof want, "%s\xC2\xAB\xC2\xA0%.*s\xC2\xA0\xC2\xBB",
                         md ? "> " : "", (int)q.len, q.text);
        if (q.speaker)
            snprintf(want + w, sizeof want - (size_t)w, " (%.*s)", (int)q.speaker_len, q.speaker);
        expect_cstr_line(s, pos, want);
        if (md && i + 1 < nq) expect_cstr_line(s, pos, "");
    }
}

/* ------------------------------------------------------------------ text */

static void test_text_layout_fr(void **state) {
    (void)state;
    precis_brief *b = brief_of(article_fr, sizeof article_fr - 1, "fr", 3);
    size_t len, pos = 0, n;
    char *s = render(b, PRECIS_FORMAT_TEXT, &len);

    expect_cstr_line(s, &pos, "La ville de Valmont inaugure un tramway entièrement électrique");
    expect_cstr_line(s, &pos, "");
    expect_cstr_line(s, &pos, "");
    expect_cstr_line(s, &pos, "Principaux renseignements");
    expect_cstr_line(s, &pos, "");
    assert_int_equal(precis_brief_point_count(b), 3);
    for (size_t i = 0; i < 3; i++) {
        precis_point p;
        assert_int_equal(precis_brief_point(b, i, &p), 0);
        char want[1024];
        int w = snprintf(want, sizeof want, "  \xE2\x80\xA2 %.*s", (int)p.len, p.text);
        expect_line(s, &pos, want, (size_t)w);
    }
    expect_cstr_line(s, &pos, "");
    size_t np = precis_brief_paragraph_count(b);
    assert_int_equal(np, 4);
    for (size_t i = 0; i < np; i++) {
        const char *para = precis_brief_paragraph(b, i, &n);
        expect_line(s, &pos, para, n);
        if (i + 1 < np) expect_cstr_line(s, &pos, "");
    }
    /* The closing block: this article has keyphrases and a quotation. */
    assert_true(precis_brief_keyphrase_count(b) > 0);
    expect_closing(s, &pos, b, 0);
    assert_int_equal(pos, len); /* exactly one final newline */
    precis_string_free(engine, s);
    precis_brief_free(b);
}

/* Sentences without a word: the stages (sections, keyphrases, quotations,
 * entities) get no tokens and must not touch a null array (UBSan found
 * qsort and pointer arithmetic on one), with or without key points. */
static void test_stages_without_tokens(void **state) {
    (void)state;
    static const char text[] = "Titre\n\n!!! ??? ... \xE2\x80\x94 !!!\n\n\xC2\xAB ? \xC2\xBB\n";
    for (unsigned points = 0; points < 2; points++) {
        precis_brief *b = brief_of(text, sizeof text - 1, "fr", points);
        assert_int_equal(precis_brief_entity_count(b), 0);
        assert_int_equal(precis_brief_section_count(b), 0);
        size_t len;
        char *s = render(b, PRECIS_FORMAT_JSON, &len);
        assert_non_null(strstr(s, "\"entities\":[],\"quotes\":["));
        precis_string_free(engine, s);
        precis_brief_free(b);
    }
}

static void test_text_no_title_starts_with_heading(void **state) {
    (void)state;
    precis_brief *b = brief_of(article_md, sizeof article_md - 1, "fr", 2);
    size_t len, n;
    precis_brief_title(b, &n);
    assert_int_equal(n, 0);
    char *s = render(b, PRECIS_FORMAT_TEXT, &len);
    assert_true(strncmp(s, "Principaux renseignements\n\n  \xE2\x80\xA2 ", 33) == 0);
    assert_true(len >= 2 && s[len - 1] == '\n' && s[len - 2] != '\n');
    precis_string_free(engine, s);
    precis_brief_free(b);
}

static void test_text_zero_points_has_no_heading(void **state) {
    (void)state;
    precis_brief *b = brief_of(article_en, sizeof article_en - 1, "en", 0);
    size_t len, pos = 0, n;
    assert_int_equal(precis_brief_point_count(b), 0);
    char *s = render(b, PRECIS_FORMAT_TEXT, &len);
    expect_cstr_line(s, &pos, "Harbor town of Elmsworth opens its first desalination plant");
    expect_cstr_line(s, &pos, "");
    expect_cstr_line(s, &pos, "");
    const char *para = precis_brief_paragraph(b, 0, &n);
    expect_line(s, &pos, para, n);
    assert_null(strstr(s, "Key points"));
    assert_null(strstr(s, "\xE2\x80\xA2"));
    precis_string_free(engine, s);
    precis_brief_free(b);
}

static void test_text_english_heading(void **state) {
    (void)state;
    precis_brief *b = brief_of(article_en, sizeof article_en - 1, "en", 2);
    size_t len;
    char *s = render(b, PRECIS_FORMAT_TEXT, &len);
    const char *want = "Harbor town of Elmsworth opens its first desalination plant\n\n\n"
                       "Key points\n\n  \xE2\x80\xA2 ";
    assert_true(strncmp(s, want, strlen(want)) == 0);
    precis_string_free(engine, s);
    precis_brief_free(b);
}

/* -------------------------------------------------------------- markdown */

static void test_markdown_layout(void **state) {
    (void)state;
    precis_brief *b = brief_of(article_fr, sizeof article_fr - 1, "fr", 3);
    size_t len, pos = 0;
    char *s = render(b, PRECIS_FORMAT_MARKDOWN, &len);
    expect_cstr_line(s, &pos, "# La ville de Valmont inaugure un tramway entièrement électrique");
    expect_cstr_line(s, &pos, "");
    expect_cstr_line(s, &pos, "## Principaux renseignements");
    expect_cstr_line(s, &pos, "");
    for (size_t i = 0; i < 3; i++) {
        precis_point p;
        assert_int_equal(precis_brief_point(b, i, &p), 0);
        char want[1024];
        int w = snprintf(want, sizeof want, "- %.*s", (int)p.len, p.text);
        expect_line(s, &pos, want, (size_t)w);
    }
    expect_cstr_line(s, &pos, "");
    size_t np = precis_brief_paragraph_count(b), n;
    for (size_t i = 0; i < np; i++) { /* no Markdown-significant characters here */
        const char *para = precis_brief_paragraph(b, i, &n);
        expect_line(s, &pos, para, n);
        if (i + 1 < np) expect_cstr_line(s, &pos, "");
    }
    expect_closing(s, &pos, b, 1);
    assert_int_equal(pos, len);
    precis_string_free(engine, s);
    precis_brief_free(b);
}

static void test_markdown_escapes(void **state) {
    (void)state;
    precis_options o;
    precis_options_default(&o);
    o.lang = "fr";
    o.points = 1;
    const char title[] = "# *Urgent* [Info] <b>_x_</b> `code` \\ fin";
    o.title = title;
    o.title_len = sizeof title - 1;
    precis_error err = {0};
    precis_brief *b = precis_brief_text(engine, article_md, sizeof article_md - 1, &o, &err);
    assert_non_null(b);
    size_t len;
    char *s = render(b, PRECIS_FORMAT_MARKDOWN, &len);
    const char *want_title =
        "# \\# \\*Urgent\\* \\[Info\\] \\<b>\\_x\\_\\</b> \\`code\\` \\\\ fin\n\n";
    assert_true(strncmp(s, want_title, strlen(want_title)) == 0);
    /* Block markers at the start of body lines are neutralized. */
    assert_non_null(strstr(s, "\n3\\. La troisième mesure"));
    assert_non_null(strstr(s, "\n\\- Les syndicats"));
    assert_non_null(strstr(s, "\n\\# Les travaux"));
    /* Inside a line, '#' and '-' and '2.' are left alone. */
    assert_non_null(strstr(s, "de 2 milliards"));
    assert_null(strstr(s, "\n3. "));
    assert_true(s[len - 1] == '\n' && s[len - 2] != '\n');
    precis_string_free(engine, s);
    precis_brief_free(b);
}

/* ------------------------------------------------------------------ JSON */

static json_t *parse_json(const char *s, size_t len) {
    json_error_t jerr;
    json_t *root = json_loadb(s, len, 0, &jerr);
    if (!root) fail_msg("invalid JSON at %d: %s\n%s", jerr.position, jerr.text, s);
    assert_true(json_is_object(root));
    return root;
}

/* First word of a sentence: bytes up to the first space or punctuation. */
static size_t first_word_len(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != '.' && s[i] != '\'')
        i++;
    return i;
}

static int contains(const char *hay, size_t hn, const char *needle, size_t nn) {
    if (nn == 0 || nn > hn) return nn == 0;
    for (size_t i = 0; i + nn <= hn; i++)
        if (memcmp(hay + i, needle, nn) == 0) return 1;
    return 0;
}

/* Checks every key point's span against the input it came from. */
static void check_spans(json_t *root, const char *input, size_t input_len) {
    json_t *points = json_object_get(root, "key_points");
    assert_true(json_is_array(points));
    assert_true(json_array_size(points) > 0);
    size_t i;
    json_t *p;
    json_array_foreach(points, i, p) {
        json_t *text = json_object_get(p, "text");
        assert_true(json_is_string(text));
        assert_true(json_is_integer(json_object_get(p, "sentence")));
        assert_true(json_is_number(json_object_get(p, "score")));
        json_int_t start = json_integer_value(json_object_get(p, "start"));
        json_int_t end = json_integer_value(json_object_get(p, "end"));
        assert_true(start >= 0 && start < end && (size_t)end <= input_len);
        const char *t = json_string_value(text);
        size_t w = first_word_len(t, json_string_length(text));
        assert_true(w > 0);
        if (!contains(input + start, (size_t)(end - start), t, w))
            fail_msg("span [%lld,%lld) does not hold '%.*s'", (long long)start, (long long)end,
                     (int)w, t);
    }
}

static void test_json_brief(void **state) {
    (void)state;
    precis_brief *b = brief_of(article_fr, sizeof article_fr - 1, "fr", 3);
    size_t len;
    char *s = render(b, PRECIS_FORMAT_JSON, &len);
    assert_null(memchr(s, '\n', len));
    assert_true(strncmp(s, "{\"schema\":\"precis/1.1\",\"lang\":\"fr\",", 35) == 0);
    json_t *root = parse_json(s, len);
    assert_string_equal(json_string_value(json_object_get(root, "schema")), PRECIS_JSON_SCHEMA);
    assert_null(json_object_get(root, "id"));
    assert_string_equal(json_string_value(json_object_get(root, "lang")), "fr");
    assert_true(json_number_value(json_object_get(root, "lang_confidence")) == 1.0);
    assert_string_equal(json_string_value(json_object_get(root, "title")),
                        "La ville de Valmont inaugure un tramway entièrement électrique");
    assert_int_equal(json_array_size(json_object_get(root, "key_points")), 3);
    assert_int_equal(json_integer_value(json_object_get(root, "sentences")),
                     precis_brief_sentence_count(b));
    json_t *paras = json_object_get(root, "paragraphs");
    assert_int_equal(json_array_size(paras), precis_brief_paragraph_count(b));
    size_t n;
    const char *p0 = precis_brief_paragraph(b, 0, &n);
    assert_int_equal(json_string_length(json_array_get(paras, 0)), n);
    assert_memory_equal(json_string_value(json_array_get(paras, 0)), p0, n);
    assert_true(json_is_array(json_object_get(root, "warnings")));
    check_spans(root, article_fr, sizeof article_fr - 1);
    json_decref(root);
    precis_string_free(engine, s);
    precis_brief_free(b);
}

static void test_json_points_in_rank_order_carry_scores(void **state) {
    (void)state;
    precis_options o;
    precis_options_default(&o);
    o.lang = "en";
    o.order = PRECIS_ORDER_RANK;
    precis_brief *b = precis_brief_text(engine, article_en, sizeof article_en - 1, &o, NULL);
    assert_non_null(b);
    size_t len;
    char *s = render(b, PRECIS_FORMAT_JSON, &len);
    json_t *root = parse_json(s, len);
    json_t *points = json_object_get(root, "key_points");
    double prev = 1e300;
    for (size_t i = 0; i < json_array_size(points); i++) {
        double sc = json_number_value(json_object_get(json_array_get(points, i), "score"));
        assert_true(sc <= prev * (1 + 1e-3) + 1e-4); /* 4 significant digits */
        prev = sc;
    }
    check_spans(root, article_en, sizeof article_en - 1);
    json_decref(root);
    precis_string_free(engine, s);
    precis_brief_free(b);
}

static void test_json_escaping(void **state) {
    (void)state;
    /* Quotes, a backslash, a tab, a control byte and a line separator in
     * the title; quotes and a backslash in the body. */
    const char title[] = "Le \"grand\" soir \\ C:\\dossier\t\x01 fin \xE2\x80\xA8 ok";
    const char text[] = "Le syndicat a publié un communiqué intitulé \"Assez\" mardi soir. "
                        "Le fichier C:\\notes\\greve.txt circulait déjà parmi les agents. "
                        "La direction n'a pas souhaité réagir.\n";
    precis_options o;
    precis_options_default(&o);
    o.lang = "fr";
    o.title = title;
    o.title_len = sizeof title - 1;
    precis_brief *b = precis_brief_text(engine, text, sizeof text - 1, &o, NULL);
    assert_non_null(b);
    size_t len;
    char *s = render(b, PRECIS_FORMAT_JSON, &len);
    for (size_t i = 0; i < len; i++)
        assert_true((unsigned char)s[i] >= 0x20);
    assert_null(strstr(s, "\xE2\x80\xA8"));
    json_t *root = parse_json(s, len);
    size_t tn;
    const char *t = precis_brief_title(b, &tn);
    json_t *jt = json_object_get(root, "title");
    assert_int_equal(json_string_length(jt), tn);
    assert_memory_equal(json_string_value(jt), t, tn);
    assert_non_null(strstr(json_string_value(jt), "\"grand\""));
    assert_non_null(strstr(json_string_value(jt), "C:\\dossier"));
    json_t *paras = json_object_get(root, "paragraphs");
    assert_non_null(strstr(json_string_value(json_array_get(paras, 0)), "C:\\notes\\greve.txt"));
    assert_non_null(strstr(json_string_value(json_array_get(paras, 0)), "\"Assez\""));
    json_decref(root);
    precis_string_free(engine, s);
    precis_brief_free(b);
}

static void test_json_invalid_utf8_title_stays_valid(void **state) {
    (void)state;
    const char title[] = "Titre \xC3 cass\xE9";
    precis_options o;
    precis_options_default(&o);
    o.lang = "fr";
    o.title = title;
    o.title_len = sizeof title - 1;
    precis_brief *b = precis_brief_text(engine, article_fr, sizeof article_fr - 1, &o, NULL);
    assert_non_null(b);
    size_t len;
    char *s = render(b, PRECIS_FORMAT_JSON, &len);
    json_t *root = parse_json(s, len); /* jansson rejects invalid UTF-8 */
    assert_true(strncmp(json_string_value(json_object_get(root, "title")), "Titre ", 6) == 0);
    json_decref(root);
    precis_string_free(engine, s);
    precis_brief_free(b);
}

static void test_render_bad_format(void **state) {
    (void)state;
    precis_brief *b = brief_of(article_en, sizeof article_en - 1, "en", 1);
    precis_error err = {0};
    size_t len = 7;
    assert_null(precis_brief_render(b, (precis_format)42, &len, &err));
    assert_int_equal(err.code, PRECIS_ERR_FORMAT);
    assert_int_equal(len, 0);
    precis_brief_free(b);
    precis_string_free(engine, NULL);
}

/* ------------------------------------------------------------ JSON Lines */

static precis_brief *brief_json(const char *line, precis_error *err) {
    precis_options o;
    precis_options_default(&o);
    return precis_brief_json(engine, line, strlen(line), &o, err);
}

static void test_record_syntax_error_position(void **state) {
    (void)state;
    precis_error err = {0};
    const char line[] = "{\"id\": 7, \"text\": tramway}";
    assert_null(brief_json(line, &err));
    assert_int_equal(err.code, PRECIS_ERR_JSON);
    /* jansson's position: within the bad token "tramway" (bytes 18..25), in
     * practice just past it. */
    assert_true(err.pos >= 18 && err.pos <= 25);
    err.code = PRECIS_OK;
    assert_null(brief_json("{\"text\": \"ouvert", &err));
    assert_int_equal(err.code, PRECIS_ERR_JSON);
    assert_true(err.pos > 9);
    err.code = PRECIS_OK;
    assert_null(precis_brief_json(engine, "", 0, NULL, &err));
    assert_int_equal(err.code, PRECIS_ERR_JSON);
}

static void test_record_without_text(void **state) {
    (void)state;
    const char *lines[] = {"{\"id\":1}", "{\"text\":null,\"title\":\"Titre\"}",
                           "{\"text\":null,\"html\":null}"};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        precis_error err = {0};
        assert_null(brief_json(lines[i], &err));
        assert_int_equal(err.code, PRECIS_ERR_NO_TEXT);
    }
    precis_error err = {0};
    /* An empty text is there but unusable, like an empty file. */
    assert_null(brief_json("{\"text\":\"\"}", &err));
    assert_int_equal(err.code, PRECIS_ERR_EMPTY);
    assert_null(brief_json("{\"text\":12}", &err));
    assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG);
    assert_string_equal(err.msg, "record \"text\" is not a string");
    assert_null(brief_json("{\"html\":[\"<p>\"]}", &err));
    assert_string_equal(err.msg, "record \"html\" is not a string");
    assert_null(brief_json("{\"text\":\"Un texte.\",\"html\":\"<p>Un texte.</p>\"}", &err));
    assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG);
    assert_string_equal(err.msg, "record has both \"text\" and \"html\"");
    const char *bad_counts[] = {"\"points\":-1",    "\"points\":1001", "\"points\":2.5",
                                "\"points\":\"3\"", "\"words\":true",  "\"words\":1000001"};
    for (size_t i = 0; i < sizeof bad_counts / sizeof bad_counts[0]; i++) {
        char line[128];
        snprintf(line, sizeof line, "{\"text\":\"Un texte assez long.\",%s}", bad_counts[i]);
        err.code = PRECIS_OK;
        assert_null(brief_json(line, &err));
        assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG);
        assert_non_null(strstr(err.msg, bad_counts[i][1] == 'p' ? "points must be an integer"
                                                                : "words must be an integer"));
    }
    assert_null(brief_json("[\"text\"]", &err));
    assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG);
    assert_string_equal(err.msg, "record is not a JSON object");
    assert_null(brief_json("{\"text\":\"Un texte assez long.\",\"lang\":3}", &err));
    assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG); /* a number: the wrong type */
    assert_string_equal(err.msg, "lang must be the code of a supported language");
    assert_null(brief_json("{\"text\":\"Un texte assez long.\",\"id\":[1]}", &err));
    assert_string_equal(err.msg, "record \"id\" is not a string or a number");
    /* Text that is only whitespace fails like an empty file. */
    assert_null(brief_json("{\"text\":\" \\n\\t \"}", &err));
    assert_int_equal(err.code, PRECIS_ERR_EMPTY);
    /* A NUL in the text is binary input, not a JSON error. */
    assert_null(brief_json("{\"text\":\"abc\\u0000def\"}", &err));
    assert_int_equal(err.code, PRECIS_ERR_BINARY);
}

/* A JSON Lines record holding article_fr, with the given id JSON. */
static char *record_fr(const char *id_json) {
    json_t *rec = json_object();
    if (id_json) json_object_set_new(rec, "id", json_loads(id_json, JSON_DECODE_ANY, NULL));
    json_object_set_new(rec, "text", json_stringn(article_fr, sizeof article_fr - 1));
    char *s = json_dumps(rec, JSON_COMPACT);
    json_decref(rec);
    return s;
}

static void test_record_ids_kept(void **state) {
    (void)state;
    const char *ids[] = {"\"a1\"", "42", "-3.5", "\"q\\\"uo\\nte\""};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        char *line = record_fr(ids[i]);
        precis_error err = {0};
        precis_brief *b = brief_json(line, &err);
        assert_non_null(b);
        size_t n;
        const char *id = precis_brief_id(b, &n);
        assert_non_null(id);
        assert_int_equal(n, strlen(ids[i]));
        assert_memory_equal(id, ids[i], n);
        size_t len;
        char *s = render(b, PRECIS_FORMAT_JSON, &len);
        json_t *root = parse_json(s, len);
        json_t *want = json_loads(ids[i], JSON_DECODE_ANY, NULL);
        assert_true(json_equal(json_object_get(root, "id"), want));
        assert_string_equal(json_string_value(json_object_get(root, "schema")), "precis/1.1");
        json_decref(want);
        json_decref(root);
        precis_string_free(engine, s);
        precis_brief_free(b);
        free(line);
    }
    char *line = record_fr(NULL);
    precis_brief *b = brief_json(line, NULL);
    assert_non_null(b);
    assert_null(precis_brief_id(b, NULL));
    precis_brief_free(b);
    free(line);
}

static void test_record_fields_override_options(void **state) {
    (void)state;
    const char line[] = "{\"title\":\"Titre imposé\",\"lang\":\"en\",\"text\":\"Le conseil a voté "
                        "le budget. Les travaux commenceront en mai.\"}";
    precis_options o;
    precis_options_default(&o);
    o.lang = "fr";
    o.title = "Autre";
    o.title_len = 5;
    precis_error err = {0};
    precis_brief *b = precis_brief_json(engine, line, sizeof line - 1, &o, &err);
    assert_non_null(b);
    assert_string_equal(precis_brief_lang(b), "en");
    size_t n;
    const char *t = precis_brief_title(b, &n);
    assert_int_equal(n, strlen("Titre imposé"));
    assert_memory_equal(t, "Titre imposé", n);
    precis_brief_free(b);
}

/* Sentences past options.max_sentences are not candidates, and the brief
 * says so (never silently). */
static void test_max_sentences_warning(void **state) {
    (void)state;
    char text[4096];
    size_t n = (size_t)snprintf(text, sizeof text, "Le budget de Valmont\n\n");
    for (int i = 1; i <= 12; i++)
        n += (size_t)snprintf(text + n, sizeof text - n,
                              "Le conseil a voté la dépense numéro %d pour la commune. ", i);
    precis_options o;
    precis_options_default(&o);
    o.lang = "fr";
    precis_brief *b = precis_brief_text(engine, text, n, &o, NULL);
    assert_non_null(b);
    assert_int_equal(precis_brief_sentence_count(b), 12);
    assert_int_equal(precis_brief_warning_count(b), 0);
    precis_brief_free(b);

    o.max_sentences = 5;
    b = precis_brief_text(engine, text, n, &o, NULL);
    assert_non_null(b);
    assert_int_equal(precis_brief_sentence_count(b), 12);
    assert_int_equal(precis_brief_warning_count(b), 1);
    assert_string_equal(precis_brief_warning(b, 0),
                        "only the first 5 of 12 sentences were considered for key points "
                        "(the max_sentences option)");
    for (size_t i = 0; i < precis_brief_point_count(b); i++) {
        precis_point p;
        assert_int_equal(precis_brief_point(b, i, &p), 0);
        assert_true(p.sentence < 5);
    }
    precis_point last;
    assert_int_equal(precis_brief_sentence(b, 11, &last), 0);
    assert_true(last.score == 0);
    precis_brief_free(b);
}

/* "points" and "words" of a record override the options; "html" is a page. */
static void test_record_points_words_html(void **state) {
    (void)state;
    precis_options o;
    precis_options_default(&o);
    o.points = 1;
    precis_error err = {0};
    const char three[] = "{\"lang\":\"fr\",\"points\":3,\"text\":\"Le conseil a voté le "
                         "budget mardi. Les travaux commenceront en mai. Le pont ouvrira en 2027. "
                         "Les riverains demandent une piste cyclable.\"}";
    precis_brief *b = precis_brief_json(engine, three, sizeof three - 1, &o, &err);
    assert_non_null(b);
    assert_int_equal(precis_brief_point_count(b), 3);
    precis_brief_free(b);
    /* A word budget of 6 leaves room for one of these sentences only. */
    const char words[] = "{\"lang\":\"fr\",\"points\":3,\"words\":6,\"text\":\"Le conseil a "
                         "voté le budget mardi. Les travaux commenceront en mai. Le pont ouvrira "
                         "en 2027.\"}";
    b = precis_brief_json(engine, words, sizeof words - 1, &o, &err);
    assert_non_null(b);
    assert_int_equal(precis_brief_point_count(b), 1);
    precis_brief_free(b);

    const char page[] =
        "{\"id\":\"p1\",\"html\":\"<html><head><title>Pont de Valmont</title></head><body>"
        "<article><p>Le conseil municipal de Valmont a voté mardi le budget du nouveau pont, "
        "soit 12 millions d'euros sur trois ans.</p><p>Les travaux commenceront en mai et "
        "dureront deux ans, selon le maire.</p></article></body></html>\"}";
    b = precis_brief_json(engine, page, sizeof page - 1, NULL, &err);
    assert_non_null(b);
    size_t n;
    const char *t = precis_brief_title(b, &n);
    assert_int_equal(n, strlen("Pont de Valmont"));
    assert_memory_equal(t, "Pont de Valmont", n);
    assert_string_equal(precis_brief_id(b, NULL), "\"p1\"");
    assert_string_equal(precis_brief_lang(b), "fr");
    precis_brief_free(b);
}

static void test_record_spans_are_in_decoded_text(void **state) {
    (void)state;
    /* \u00e9 is 6 bytes in the line but 2 in the decoded text. */
    const char line[] =
        "{\"id\":\"s1\",\"lang\":\"fr\",\"text\":\"L'\\u00e9quipe de Valmont a gagn\\u00e9 "
        "dimanche.\\n\\nLe stade \\u00e9tait plein pour la finale r\\u00e9gionale.\"}";
    const char decoded[] = "L'équipe de Valmont a gagné dimanche.\n\n"
                           "Le stade était plein pour la finale régionale.";
    precis_options o;
    precis_options_default(&o);
    o.points = 2;
    precis_brief *b = precis_brief_json(engine, line, sizeof line - 1, &o, NULL);
    assert_non_null(b);
    size_t len;
    char *s = render(b, PRECIS_FORMAT_JSON, &len);
    json_t *root = parse_json(s, len);
    check_spans(root, decoded, sizeof decoded - 1);
    json_decref(root);
    precis_string_free(engine, s);
    precis_brief_free(b);
}

static void test_error_records(void **state) {
    (void)state;
    size_t len;
    precis_error err = {0};
    const char bad[] = "{\"id\":\"x\", oops}";
    assert_null(precis_brief_json(engine, bad, sizeof bad - 1, NULL, &err));
    char *s = precis_error_record(engine, bad, sizeof bad - 1, 3, &err, &len);
    assert_non_null(s);
    assert_int_equal(strlen(s), len);
    char want[128];
    snprintf(want, sizeof want, "{\"line\":3,\"error\":\"record is not valid JSON at byte %zu\"}",
             err.pos);
    assert_string_equal(s, want);
    precis_string_free(engine, s);

    const char no_text[] = "{\"id\":\"x7\",\"title\":\"Sans texte\"}";
    assert_null(precis_brief_json(engine, no_text, sizeof no_text - 1, NULL, &err));
    s = precis_error_record(engine, no_text, sizeof no_text - 1, 12, &err, &len);
    assert_string_equal(s, "{\"id\":\"x7\",\"line\":12,\"error\":\"record has no \\\"text\\\" or "
                           "\\\"html\\\" string\"}");
    json_t *root = parse_json(s, len);
    assert_string_equal(json_string_value(json_object_get(root, "error")),
                        "record has no \"text\" or \"html\" string");
    json_decref(root);
    precis_string_free(engine, s);

    const char num_id[] = "{\"id\":981,\"text\":\"   \"}";
    assert_null(precis_brief_json(engine, num_id, sizeof num_id - 1, NULL, &err));
    s = precis_error_record(engine, num_id, sizeof num_id - 1, 1, &err, &len);
    assert_string_equal(s,
                        "{\"id\":981,\"line\":1,\"error\":\"input is empty or only whitespace\"}");
    precis_string_free(engine, s);

    /* The caller's own message, for lines it rejects itself. */
    precis_error empty = {PRECIS_ERR_EMPTY, "empty line", 0};
    s = precis_error_record(engine, "", 0, 5, &empty, &len);
    assert_string_equal(s, "{\"line\":5,\"error\":\"empty line\"}");
    precis_string_free(engine, s);
}

static void test_record_id_line_separator_escaped(void **state) {
    (void)state;
    char *line = record_fr("\"a\\u2028b\"");
    precis_brief *b = brief_json(line, NULL);
    assert_non_null(b);
    size_t len;
    char *s = render(b, PRECIS_FORMAT_JSON, &len);
    assert_null(strstr(s, "\xE2\x80\xA8"));
    assert_non_null(strstr(s, "\"id\":\"a\\u2028b\""));
    json_t *root = parse_json(s, len);
    assert_string_equal(json_string_value(json_object_get(root, "id")), "a\xE2\x80\xA8"
                                                                        "b");
    json_decref(root);
    precis_string_free(engine, s);
    precis_brief_free(b);
    free(line);
}

/* ---------------------------------------------------- allocation failure */

static long alloc_budget = -1; /* allocations left before failing; -1 = no limit */

static void *limited_malloc(void *ctx, size_t n) {
    (void)ctx;
    if (alloc_budget == 0) return NULL;
    if (alloc_budget > 0) alloc_budget--;
    return malloc(n);
}
static void *limited_realloc(void *ctx, void *p, size_t old, size_t n) {
    (void)ctx;
    (void)old;
    if (alloc_budget == 0) return NULL;
    if (alloc_budget > 0) alloc_budget--;
    return realloc(p, n);
}
static void limited_free(void *ctx, void *p) {
    (void)ctx;
    free(p);
}

static void test_render_out_of_memory(void **state) {
    (void)state;
    precis_alloc alc = {limited_malloc, limited_realloc, limited_free, NULL};
    alloc_budget = -1;
    precis_engine *e = precis_engine_new("fr", &alc, NULL);
    assert_non_null(e);
    precis_options o;
    precis_options_default(&o);
    o.lang = "fr";
    precis_brief *b = precis_brief_text(e, article_fr, sizeof article_fr - 1, &o, NULL);
    assert_non_null(b);
    const precis_format formats[] = {PRECIS_FORMAT_TEXT, PRECIS_FORMAT_MARKDOWN,
                                     PRECIS_FORMAT_JSON};
    for (size_t f = 0; f < 3; f++) {
        int ok = 0;
        for (long budget = 0; budget < 64 && !ok; budget++) {
            precis_error err = {0};
            size_t len = 1;
            alloc_budget = budget;
            char *s = precis_brief_render(b, formats[f], &len, &err);
            alloc_budget = -1;
            if (s) {
                assert_int_equal(strlen(s), len);
                precis_string_free(e, s);
                ok = 1;
            } else {
                assert_int_equal(err.code, PRECIS_ERR_NOMEM);
                assert_int_equal(len, 0);
            }
        }
        assert_true(ok);
    }
    precis_error err = {PRECIS_ERR_JSON, "record is not valid JSON", 4};
    alloc_budget = 0;
    assert_null(precis_error_record(e, "{bad", 4, 1, &err, NULL));
    alloc_budget = -1;
    precis_brief_free(b);
    precis_engine_free(e);
}

/* Options out of range are refused with a message naming the option, on
 * every entry point, instead of being read silently. */
static void test_options_out_of_range(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><p>Le conseil a vot\xC3\xA9 le budget.</p></body></html>";
    for (int k = 0; k < 3; k++) {
        precis_options o;
        precis_options_default(&o);
        const char *name = k == 0 ? "options.order" : k == 1 ? "options.compress" : "options.title";
        if (k == 0) o.order = (precis_order)7;
        if (k == 1) o.compress = 0x40;
        if (k == 2) o.title_len = 12;
        precis_error err = {0};
        assert_null(precis_brief_text(engine, article_fr, strlen(article_fr), &o, &err));
        assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG);
        assert_non_null(strstr(err.msg, name));
        err.code = PRECIS_OK;
        assert_null(precis_brief_html(engine, html, strlen(html), &o, &err));
        assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG);
        assert_non_null(strstr(err.msg, name));
        err.code = PRECIS_OK;
        assert_null(precis_brief_json(engine, "{\"text\":\"Un texte assez long.\"}", 31, &o, &err));
        assert_non_null(strstr(err.msg, name));
    }
    precis_options o;
    precis_options_default(&o);
    o.order = PRECIS_ORDER_RANK;
    o.compress = PRECIS_COMPRESS_ALL;
    precis_error err = {0};
    precis_brief *b = precis_brief_text(engine, article_fr, strlen(article_fr), &o, &err);
    assert_non_null(b);
    precis_brief_free(b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_layout_fr),
        cmocka_unit_test(test_stages_without_tokens),
        cmocka_unit_test(test_options_out_of_range),
        cmocka_unit_test(test_text_no_title_starts_with_heading),
        cmocka_unit_test(test_text_zero_points_has_no_heading),
        cmocka_unit_test(test_text_english_heading),
        cmocka_unit_test(test_markdown_layout),
        cmocka_unit_test(test_markdown_escapes),
        cmocka_unit_test(test_json_brief),
        cmocka_unit_test(test_json_points_in_rank_order_carry_scores),
        cmocka_unit_test(test_json_escaping),
        cmocka_unit_test(test_json_invalid_utf8_title_stays_valid),
        cmocka_unit_test(test_render_bad_format),
        cmocka_unit_test(test_record_syntax_error_position),
        cmocka_unit_test(test_record_without_text),
        cmocka_unit_test(test_record_ids_kept),
        cmocka_unit_test(test_record_fields_override_options),
        cmocka_unit_test(test_record_points_words_html),
        cmocka_unit_test(test_max_sentences_warning),
        cmocka_unit_test(test_record_spans_are_in_decoded_text),
        cmocka_unit_test(test_error_records),
        cmocka_unit_test(test_record_id_line_separator_escaped),
        cmocka_unit_test(test_render_out_of_memory),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
