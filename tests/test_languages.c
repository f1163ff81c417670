/* test_languages.c - the table of languages (src/languages.h): lookups and
 * aliases, and that every row has what a language needs (its data folder
 * and lists, a stemmer, labels). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <string.h>

#include "precis_internal.h"

static void test_lookup(void **state) {
    (void)state;
    static const struct {
        const char *name;
        const char *code;
    } cases[] = {
        {"fr", "fr"},  {"FR", "fr"},  {"fra", "fr"}, {"fre", "fr"}, {"FRE", "fr"}, {"en", "en"},
        {"eng", "en"}, {"Eng", "en"}, {"de", "de"},  {"deu", "de"}, {"ger", "de"}, {"es", "es"},
        {"spa", "es"}, {"it", "it"},  {"ita", "it"}, {"pt", "pt"},  {"por", "pt"}, {"nl", "nl"},
        {"nld", "nl"}, {"dut", "nl"}, {"xx", NULL},  {"f", NULL},   {"", NULL},    {"french", NULL},
        {"fr ", NULL}, {"frx", NULL}, {"e", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *got = precis_language_code(cases[i].name);
        if (cases[i].code ? !got || strcmp(got, cases[i].code) != 0 : got != NULL)
            fail_msg("\"%s\": got %s, want %s", cases[i].name, got ? got : "NULL",
                     cases[i].code ? cases[i].code : "NULL");
        int idx = precis_lang_index(cases[i].name, strlen(cases[i].name));
        assert_int_equal(idx < 0, cases[i].code == NULL);
        if (idx >= 0) assert_string_equal(precis_lang_code(idx), cases[i].code);
    }
    assert_null(precis_language_code(NULL));
    assert_int_equal(precis_lang_index(NULL, 2), -1);
    assert_int_equal(precis_lang_index("frx", 2), 0); /* only n bytes are read */
    assert_string_equal(precis_lang_code(-1), "");
    assert_string_equal(precis_lang_code(PRECIS_MAX_LANGS), "");
    assert_string_equal(precis_lang_heading(0), "Principaux renseignements");
    assert_string_equal(precis_lang_heading(-1), "Key points");
    assert_string_equal(precis_lang_heading(PRECIS_MAX_LANGS), "Key points");
}

static void test_elisions(void **state) {
    (void)state;
    static const char *const yes[] = {"l", "d", "qu", "jusqu", "dell", "un", "nessun"};
    static const char *const no[] = {"a", "the", "del", "don", "o"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        if (!precis_lang_is_elision(yes[i], strlen(yes[i]))) fail_msg("%s is an elision", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        if (precis_lang_is_elision(no[i], strlen(no[i]))) fail_msg("%s is not an elision", no[i]);
}

/* Lists looked up with folded words (precis_fold), so their entries must
 * be folded: an entry that is not can never match. */
static const char *const folded_lists[] = {
    "stopwords",
    "compress_connectives",
    "compress_connectives_comma",
    "compress_verbs",
    "compress_object_verbs",
    "compress_sources",
    "compress_adjuncts",
    "compress_clause_words",
    "compress_pronouns",
    "compress_determiners",
    "compress_auxiliaries",
    "compress_relatives",
    "compress_inversion_verbs",
    "compress_finite_verbs",
    "compress_participles",
    "boilerplate_calls",
    "photo_agencies",
    "boilerplate_labels",
    "boilerplate_headings",
    "boilerplate_lines",
    "boilerplate_disclosures",
    "entity_holidays",
    "entity_press_nouns",
    "entity_title_nouns",
    "entity_title_stops",
    "entity_media_words",
    "entity_number_words",
    "entity_illness_heads",
};

static void test_rows(void **state) {
    (void)state;
    char joined[64] = "";
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    for (int i = 0; i < PRECIS_MAX_LANGS; i++) {
        const precis_language *l = &precis_language_table[i];
        assert_int_equal(strlen(l->code), 2);
        if (i) strcat(joined, ",");
        strcat(joined, l->code);
        assert_non_null(l->aliases[0]);
        assert_true(l->key_points[0] && l->more[0]);
        precis_stemmer *st = precis_stemmer_new(l->code, NULL);
        if (!st) fail_msg("%s: no Snowball stemmer \"%s\"", l->code, l->snowball);
        precis_stemmer_free(st);
        for (const char *const *e = l->elisions; e && *e; e++)
            assert_true(strspn(*e, "abcdefghijklmnopqrstuvwxyz") == strlen(*e) && strlen(*e) <= 6);
        for (const char *const *r = precis_lang_required_lists; *r; r++) {
            const precis_wordlist *wl = precis_wordlist_get(l->code, *r);
            if (!wl || wl->count == 0) fail_msg("%s: no data/%s list %s", l->code, l->code, *r);
        }
        for (size_t k = 0; k < sizeof folded_lists / sizeof folded_lists[0]; k++) {
            const precis_wordlist *wl = precis_wordlist_get(l->code, folded_lists[k]);
            for (size_t j = 0; wl && j < wl->count; j++) {
                const char *w = wl->words[j];
                assert_int_equal(precis_fold(w, strlen(w), &b), 0);
                if (strcmp(b.data, w) != 0)
                    fail_msg("%s/%s: \"%s\" is not folded (\"%s\")", l->code, folded_lists[k], w,
                             b.data);
            }
        }
    }
    precis_buf_free(&b);
    assert_string_equal(joined, precis_languages());
}

/* Every folder of data/ but the scorer's and the HTML extractor's is a row of the table. */
static void test_data_folders(void **state) {
    (void)state;
    DIR *d = opendir(PRECIS_SOURCE_DIR "/data");
    if (!d) skip();
    struct dirent *de;
    int folders = 0;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.' || strcmp(de->d_name, "scorer") == 0 ||
            strcmp(de->d_name, "html") == 0)
            continue;
        folders++;
        if (precis_lang_index(de->d_name, strlen(de->d_name)) < 0 || strlen(de->d_name) != 2)
            fail_msg("data/%s is not a row of the table of languages", de->d_name);
    }
    closedir(d);
    assert_int_equal(folders, PRECIS_MAX_LANGS);
}

/* Probes list wl with word i, each prefix of it and the word with a byte
 * added, against a linear scan; returns the probes made. */
static size_t probe_word(const precis_wordlist *wl, size_t i) {
    char probe[96];
    size_t n = strlen(wl->words[i]), probes = 0;
    if (n + 2 > sizeof probe) return 0;
    memcpy(probe, wl->words[i], n);
    probe[n] = 'q';
    for (size_t m = 1; m <= n + 1; m++) {
        int want = 0;
        for (size_t k = 0; k < wl->count && !want; k++)
            want = strlen(wl->words[k]) == m && !memcmp(wl->words[k], probe, m);
        if (precis_wordlist_has(wl, probe, m) != want)
            fail_msg("%s/%s: \"%.*s\" %s", wl->lang, wl->name, (int)m, probe,
                     want ? "not found" : "found");
        /* the same with the hash grown in two pieces, as callers growing a
         * span word by word make it */
        uint32_t h = precis_fnv1a_more(precis_fnv1a(probe, m / 2), probe + m / 2, m - m / 2);
        assert_int_equal(h, precis_fnv1a(probe, m));
        if (precis_wordlist_has_hashed(wl, probe, m, h) != want)
            fail_msg("%s/%s: \"%.*s\" %s when hashed", wl->lang, wl->name, (int)m, probe,
                     want ? "not found" : "found");
        probes++;
    }
    return probes;
}

/* The search of the compiled word lists against a linear scan, so that
 * shorter and longer neighbours sort where they should: a list of fewer
 * than 8 words is searched by bisection (the joiners), a longer one through
 * its hash table (tools/genwords.c), a large one on a sample. */
static void test_wordlist_search(void **state) {
    (void)state;
    static const char *const lists[][2] = {{"en", "stopwords"},       {"fr", "stopwords"},
                                           {"fr", "quote_verbs"},     {"en", "abbreviations"},
                                           {"en", "keyword_joiners"}, {"fr", "keyword_joiners"}};
    size_t checked = 0;
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
        const precis_wordlist *wl = precis_wordlist_get(lists[l][0], lists[l][1]);
        if (!wl) fail_msg("no list %s/%s", lists[l][0], lists[l][1]);
        for (size_t i = 0; i < wl->count; i += 1 + i % 3)
            checked += probe_word(wl, i);
    }
    assert_true(checked > 1000);
    assert_null(precis_wordlist_get("en", "keyword_joiners")->hash);
    assert_non_null(precis_wordlist_get("en", "stopwords")->hash);
    /* a short list's filter turns lookups away (the probes above check that
     * it keeps every word); a list of over 512 words has none */
    const uint64_t *f = precis_wordlist_get("en", "stopwords")->filter;
    assert_true(~f[0] | ~f[1] | ~f[2] | ~f[3]);
    f = precis_wordlist_get("fr", "quote_verbs")->filter;
    assert_true(!(~f[0] | ~f[1] | ~f[2] | ~f[3]));

    const precis_wordlist *big = precis_wordlist_get("fr", "gen_first_names");
    assert_non_null(big);
    assert_non_null(big->hash);
    size_t hashed = 0;
    for (size_t i = 0; i < big->count; i += big->count / 150 + 1)
        hashed += probe_word(big, i);
    assert_true(hashed > 500);
}

/* The index of the lists the entities stage asks of one word as written
 * (genwords --index, CMakeLists.txt): every word of each list, and the
 * prefixes of a sample of them, get the list's bit exactly when the list
 * holds them; the first word of an entry of several words gets the heads
 * bit, without which the stage would not look the entry up. */
/* lists are found by a binary search over language and name: names that
 * sort next to each other ("abbreviations", "abbreviations_final"), every
 * language's first and last lists, and names that are not there */
static void test_wordlist_get(void **state) {
    (void)state;
    static const char *const found[][2] = {
        {"de", "abbreviations"}, {"de", "abbreviations_final"}, {"de", "abbreviations_suffixes"},
        {"en", "abbreviations"}, {"en", "stopwords"},           {"fr", "gen_first_names"},
        {"fr", "quote_verbs"},   {"html", "class_negative"},    {"html", "class_minor"},
        {"nl", "stopwords"},     {"pt", "stopwords"},
    };
    for (size_t k = 0; k < sizeof found / sizeof *found; k++) {
        const precis_wordlist *wl = precis_wordlist_get(found[k][0], found[k][1]);
        if (!wl) fail_msg("no list %s/%s", found[k][0], found[k][1]);
        assert_string_equal(wl->lang, found[k][0]);
        assert_string_equal(wl->name, found[k][1]);
    }
    static const char *const absent[][2] = {
        {"de", "abbreviation"},
        {"de", "abbreviations_finals"},
        {"en", ""},
        {"", "stopwords"},
        {"zz", "stopwords"},
        {"a", "stopwords"},
        {"fr", "zzz"},
        {"en", "a"},
    };
    for (size_t k = 0; k < sizeof absent / sizeof *absent; k++)
        assert_null(precis_wordlist_get(absent[k][0], absent[k][1]));
    assert_null(precis_wordlist_get(NULL, "stopwords"));
    assert_null(precis_wordlist_get("en", NULL));
}

static void test_wordindex(void **state) {
    (void)state;
    static const char *const langs[] = {"en", "fr"};
    static const char *const names[] = {"entity_places",   "gen_places",    "entity_first_names",
                                        "gen_first_names", "gen_surnames",  "entity_demonyms",
                                        "gen_demonyms",    "gen_org_names", "entity_club_places"};
    size_t words = 0, heads = 0, prefixes = 0;
    for (size_t g = 0; g < sizeof langs / sizeof *langs; g++) {
        const precis_wordindex *ix = NULL;
        for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
            const precis_wordlist *wl = precis_wordlist_get(langs[g], names[k]);
            if (!wl) continue;
            assert_non_null(wl->index);
            if (!ix) ix = wl->index;
            assert_ptr_equal(wl->index, ix); /* one index per language */
            assert_true(wl->index_bit && !(wl->index_bit & ix->heads));
            for (size_t i = 0; i < wl->count; i++) {
                const char *w = wl->words[i];
                size_t n = strlen(w), first = strcspn(w, " ");
                uint32_t bits = precis_wordindex_get(ix, w, n);
                if (!(bits & wl->index_bit))
                    fail_msg("%s/%s: \"%s\" not found", langs[g], names[k], w);
                words++;
                if (first < n) {
                    if (!(precis_wordindex_get(ix, w, first) & ix->heads))
                        fail_msg("%s/%s: \"%.*s\" opens \"%s\", no heads bit", langs[g], names[k],
                                 (int)first, w, w);
                    heads++;
                }
                if (i % 7) continue;
                for (size_t m = 1; m < n; m++) {
                    int has = precis_wordlist_has(wl, w, m);
                    if (has != !!(precis_wordindex_get(ix, w, m) & wl->index_bit))
                        fail_msg("%s/%s: \"%.*s\" %s", langs[g], names[k], (int)m, w,
                                 has ? "not found" : "found");
                    prefixes++;
                }
            }
        }
        assert_int_equal(precis_wordindex_get(ix, "Qqzzxq", 6), 0);
    }
    assert_true(words > 200 && heads > 20 && prefixes > 200);
    /* lists left out of the index */
    assert_null(precis_wordlist_get("en", "stopwords")->index);
    assert_null(precis_wordlist_get("fr", "gen_common")->index);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lookup),
        cmocka_unit_test(test_elisions),
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_data_folders),
        cmocka_unit_test(test_wordlist_search),
        cmocka_unit_test(test_wordlist_get),
        cmocka_unit_test(test_wordindex),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
