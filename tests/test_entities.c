/*
 * test_entities.c - named entities (src/entities.c) on short French and
 * English texts written for the test, and the cases of
 * tests/data/entities.txt.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "analyse.h"
#include "entities.h"

#define CASES PRECIS_SOURCE_DIR "/tests/data/entities.txt"

static precis_engine *engine;

typedef struct found {
    precis_brief *doc;
    const char *text; /* the normalized text the spans are in */
    precis_vec ents, ms;
} found;

static void run(found *f, const char *lang, const char *text) {
    if (!engine) engine = precis_engine_new("fr,en", NULL, NULL);
    assert_non_null(engine);
    precis_vec_init(&f->ents, sizeof(precis_entity), &precis_default_alloc);
    precis_vec_init(&f->ms, sizeof(precis_entity_mention), &precis_default_alloc);
    f->doc = ev_analyse(engine, lang, text, strlen(text));
    assert_non_null(f->doc);
    const precis_analysis *a = precis_brief_analysis(f->doc);
    f->text = a->text.text.data;
    precis_entiter *en = precis_entiter_new(lang, NULL);
    assert_non_null(en);
    precis_entity_input in;
    precis_entities_input(a, &in);
    assert_int_equal(precis_entities_find(en, &in, &f->ents, &f->ms), 0);
    precis_entiter_free(en);
}

static void done(found *f) {
    precis_vec_free(&f->ents);
    precis_vec_free(&f->ms);
    precis_brief_free(f->doc);
}

/* The entity named name: its type, mention count; -1 when absent. */
static const precis_entity *get(const found *f, const char *name) {
    const char *t = f->text;
    for (size_t i = 0; i < f->ents.len; i++) {
        const precis_entity *e = PRECIS_VEC_AT(&f->ents, precis_entity, i);
        if (e->name_len == strlen(name) && !memcmp(t + e->name_off, name, e->name_len)) return e;
    }
    return NULL;
}

static void expect(const found *f, const char *name, int type, size_t mentions) {
    const precis_entity *e = get(f, name);
    if (!e) fail_msg("no entity %s", name);
    assert_string_equal(precis_entity_type_name(e->type), precis_entity_type_name(type));
    assert_int_equal(e->mention_count, mentions);
}

static const char fr[] =
    "Accord sur les retraites : Dupont recule\n\n"
    "Le président Paul Dupont a reçu mardi à Lyon les syndicats. M. Dupont a promis "
    "un texte avant l'été, selon le Ministère de l'Intérieur. Dupont a ensuite appelé "
    "Angela Kessler, qui dirige le Parti socialiste depuis 2019.\n\n"
    "La France et l'Allemagne suivront. Selon Angela Kessler, l'Union européenne doit agir. "
    "Hier, la ministre Claire Morin s'est rendue en Ukraine.";

static void test_french(void **state) {
    (void)state;
    found f;
    run(&f, "fr", fr);
    expect(&f, "Paul Dupont", PRECIS_ENT_PERSON, 3); /* the headline's is not a mention */
    expect(&f, "Angela Kessler", PRECIS_ENT_PERSON, 2);
    expect(&f, "Claire Morin", PRECIS_ENT_PERSON, 1);
    expect(&f, "Lyon", PRECIS_ENT_PLACE, 1);
    expect(&f, "France", PRECIS_ENT_PLACE, 1);
    expect(&f, "Allemagne", PRECIS_ENT_PLACE, 1);
    expect(&f, "Ukraine", PRECIS_ENT_PLACE, 1);
    expect(&f, "Ministère de l'Intérieur", PRECIS_ENT_ORG, 1);
    expect(&f, "Parti socialiste", PRECIS_ENT_ORG, 1);
    expect(&f, "Union européenne", PRECIS_ENT_ORG, 1);
    /* sentence starters and titles are not names */
    assert_null(get(&f, "Selon"));
    assert_null(get(&f, "Hier"));
    assert_null(get(&f, "Le président Paul Dupont"));
    assert_null(get(&f, "Accord"));
    /* the most mentioned, in the headline, first */
    const precis_entity *top = PRECIS_VEC_AT(&f.ents, precis_entity, 0);
    assert_ptr_equal(top, get(&f, "Paul Dupont"));
    assert_true(top->salience == 1.0);
    /* mentions: spans in text order, the title not among them */
    const char *t = f.text;
    const precis_entity_mention *m = PRECIS_VEC_AT(&f.ms, precis_entity_mention, top->mention_off);
    assert_int_equal(m[0].len, strlen("Paul Dupont"));
    assert_memory_equal(t + m[1].off, "Dupont", 6);
    assert_true(m[0].off < m[1].off && m[1].off < m[2].off);
    done(&f);
}

static const char en[] =
    "Talks stall in Geneva\n\n"
    "Secretary of State Marco Rubio met Sergei Lavrov in Geneva on Monday. Rubio said the "
    "talks with Moscow would go on. Mr. Lavrov told reporters that the Bank of England "
    "had nothing to do with it. Later, Acme Inc. announced new jobs in Ohio, and Ursula "
    "von der Leyen welcomed the move. The Labour Party did not comment.";

static void test_english(void **state) {
    (void)state;
    found f;
    run(&f, "en", en);
    expect(&f, "Marco Rubio", PRECIS_ENT_PERSON, 2);
    expect(&f, "Sergei Lavrov", PRECIS_ENT_PERSON, 2);
    expect(&f, "Ursula von der Leyen", PRECIS_ENT_PERSON, 1);
    expect(&f, "Geneva", PRECIS_ENT_PLACE, 1);
    expect(&f, "Moscow", PRECIS_ENT_PLACE, 1);
    expect(&f, "Ohio", PRECIS_ENT_PLACE, 1);
    expect(&f, "Bank of England", PRECIS_ENT_ORG, 1);
    expect(&f, "Acme Inc.", PRECIS_ENT_ORG, 1);
    expect(&f, "Labour Party", PRECIS_ENT_ORG, 1);
    assert_null(get(&f, "Monday"));
    assert_null(get(&f, "Later"));
    assert_null(get(&f, "Secretary of State Marco Rubio"));
    done(&f);
}

/* "Witkoff-Poutine" (a meeting) must not make "Poutine" ambiguous; it is
 * two mentions, one of each person. */
static void test_hyphen_no_surname(void **state) {
    (void)state;
    found f;
    run(&f, "fr",
        "Titre du jour\n\nVladimir Poutine a reçu Steve Witkoff. La rencontre "
        "Witkoff-Poutine a duré trois heures. Poutine a ensuite parlé.");
    expect(&f, "Vladimir Poutine", PRECIS_ENT_PERSON, 3);
    expect(&f, "Steve Witkoff", PRECIS_ENT_PERSON, 2);
    assert_null(get(&f, "Witkoff-Poutine"));
    done(&f);
}

/* One expectation line of entities.txt against f; 0 when it holds, else
 * prints why. */
static int check_line(const found *f, const char *line, int case_no) {
    static const char *const types[] = {"person", "place", "organisation", "other", "any"};
    char name[256];
    if (!strncmp(line, "absent ", 7)) {
        snprintf(name, sizeof name, "%s", line + 7);
        if (!get(f, name)) return 0;
        printf("case %d: %s is an entity\n", case_no, name);
        return 1;
    }
    /* "mentions NAME: a | b": the entity's mentions, as written, in order */
    if (!strncmp(line, "mentions ", 9)) {
        const char *colon = strstr(line, ": ");
        if (!colon) fail_msg("case %d: bad line %s", case_no, line);
        snprintf(name, sizeof name, "%.*s", (int)(colon - line - 9), line + 9);
        const precis_entity *e = get(f, name);
        if (!e) {
            printf("case %d: no entity %s\n", case_no, name);
            return 1;
        }
        char got[512] = "";
        size_t gl = 0;
        for (size_t m = 0; m < e->mention_count; m++) {
            const precis_entity_mention *x =
                PRECIS_VEC_AT(&f->ms, precis_entity_mention, e->mention_off + m);
            gl += (size_t)snprintf(got + gl, sizeof got - gl, "%s%.*s", m ? " | " : "", (int)x->len,
                                   f->text + x->off);
            if (gl >= sizeof got) break;
        }
        if (!strcmp(got, colon + 2)) return 0;
        printf("case %d: %s has mentions \"%s\", expected \"%s\"\n", case_no, name, got, colon + 2);
        return 1;
    }
    for (int k = 0; k < 5; k++) {
        size_t tl = strlen(types[k]);
        if (strncmp(line, types[k], tl) != 0 || line[tl] != ' ') continue;
        const char *sp = strrchr(line, ' ');
        size_t count = (size_t)strtoul(sp + 1, NULL, 10);
        snprintf(name, sizeof name, "%.*s", (int)(sp - line - tl - 1), line + tl + 1);
        const precis_entity *e = get(f, name);
        if (!e) {
            printf("case %d: no entity %s\n", case_no, name);
            return 1;
        }
        if ((k < 4 && e->type != k) || e->mention_count != count) {
            printf("case %d: %s is %s with %zu mentions, expected %s with %zu\n", case_no, name,
                   precis_entity_type_name(e->type), e->mention_count, types[k], count);
            return 1;
        }
        return 0;
    }
    fail_msg("case %d: bad line %s", case_no, line);
    return 1;
}

/* tests/data/entities.txt: every case run, every failure listed. */
static void test_cases(void **state) {
    (void)state;
    FILE *in = fopen(CASES, "r");
    assert_non_null(in);
    char line[2048], lang[8] = "", text[2048] = "", checks[16][256];
    int n_checks = 0, cases = 0, failed = 0, eof = 0;
    while (!eof) {
        eof = !fgets(line, sizeof line, in);
        line[strcspn(line, "\n")] = 0;
        if (line[0] == '#') continue;
        if (!eof && line[0]) {
            if (!strncmp(line, "lang: ", 6)) {
                size_t ll = strlen(line + 6);
                assert_true(ll < sizeof lang);
                memcpy(lang, line + 6, ll + 1);
            } else if (!strncmp(line, "text: ", 6)) {
                size_t k = 0;
                for (const char *p = line + 6; *p && k + 1 < sizeof text; p++) {
                    if (p[0] == '\\' && p[1] == 'n') {
                        text[k++] = '\n';
                        p++;
                    } else {
                        text[k++] = *p;
                    }
                }
                text[k] = 0;
            } else {
                size_t ll = strlen(line);
                assert_true(n_checks < 16 && ll < sizeof checks[0]);
                memcpy(checks[n_checks++], line, ll + 1);
            }
            continue;
        }
        if (!text[0]) continue;
        cases++;
        found f;
        run(&f, lang, text);
        for (int i = 0; i < n_checks; i++)
            failed += check_line(&f, checks[i], cases);
        done(&f);
        text[0] = 0;
        n_checks = 0;
    }
    fclose(in);
    assert_true(cases >= 15);
    assert_int_equal(failed, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_french),
        cmocka_unit_test(test_english),
        cmocka_unit_test(test_hyphen_no_surname),
        cmocka_unit_test(test_cases),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    precis_engine_free(engine);
    return rc;
}
