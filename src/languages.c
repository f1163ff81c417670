/* languages.c - the table of supported languages (see languages.h). */
#include "languages.h"

#include "precis_internal.h"

#include <string.h>

static const char *const fr_elisions[] = {"c", "d",     "j",      "l",      "m",      "n",  "s",
                                          "t", "jusqu", "lorsqu", "puisqu", "quoiqu", "qu", NULL};
static const char *const it_elisions[] = {"c",  "d",     "l",     "m",      "n",    "s",
                                          "t",  "dell",  "nell",  "sull",   "dall", "all",
                                          "un", "quest", "quell", "nessun", NULL};

const precis_language precis_language_table[PRECIS_MAX_LANGS] = {
    {"fr",
     {"fra", "fre"},
     "french",
     "Principaux renseignements",
     "Plus",
     "Mots-clés",
     "Personnes",
     "Lieux",
     fr_elisions,
     0},
    {"en", {"eng"}, "english", "Key points", "More", "Keywords", "People", "Places", NULL, 0},
    {"de",
     {"deu", "ger"},
     "german",
     "Das Wichtigste in Kürze",
     "Mehr",
     "Schlagwörter",
     "Personen",
     "Orte",
     NULL,
     1},
    {"es",
     {"spa"},
     "spanish",
     "Puntos clave",
     "Más",
     "Palabras clave",
     "Personas",
     "Lugares",
     NULL,
     0},
    {"it",
     {"ita"},
     "italian",
     "Punti chiave",
     "Altro",
     "Parole chiave",
     "Persone",
     "Luoghi",
     it_elisions,
     0},
    {"pt",
     {"por"},
     "portuguese",
     "Pontos principais",
     "Mais",
     "Palavras-chave",
     "Pessoas",
     "Lugares",
     NULL,
     0},
    {"nl",
     {"nld", "dut"},
     "dutch",
     "Belangrijkste punten",
     "Meer",
     "Trefwoorden",
     "Personen",
     "Plaatsen",
     NULL,
     0},
};

const char *const precis_lang_required_lists[] = {"stopwords", "abbreviations",
                                                  "abbreviations_final", "sentence_starters", NULL};

#define ENGLISH_INDEX 1

/* The codes of the rows, in order (test_languages checks they match). */
#define LANGUAGE_LIST "fr,en,de,es,it,pt,nl"
_Static_assert(sizeof LANGUAGE_LIST == 3 * PRECIS_MAX_LANGS, "one code per row in LANGUAGE_LIST");

const char *precis_languages(void) {
    return LANGUAGE_LIST;
}

/* ASCII-only case-insensitive comparison of (s, n) with the NUL-terminated
 * name; names are ASCII so byte-wise folding is exact here. */
static int name_eq(const char *s, size_t n, const char *name) {
    size_t i = 0;
    for (; i < n && name[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c - 'A' + 'a');
        if (c != (unsigned char)name[i]) return 0;
    }
    return i == n && name[i] == 0;
}

int precis_lang_index(const char *code, size_t n) {
    if (!code || n == 0) return -1;
    for (int i = 0; i < PRECIS_MAX_LANGS; i++) {
        const precis_language *l = &precis_language_table[i];
        if (name_eq(code, n, l->code)) return i;
        for (size_t a = 0; a < sizeof l->aliases / sizeof l->aliases[0] && l->aliases[a]; a++)
            if (name_eq(code, n, l->aliases[a])) return i;
    }
    return -1;
}

const char *precis_language_code(const char *name) {
    int i = name ? precis_lang_index(name, strlen(name)) : -1;
    return i < 0 ? NULL : precis_language_table[i].code;
}

const char *precis_lang_code(int i) {
    return i >= 0 && i < PRECIS_MAX_LANGS ? precis_language_table[i].code : "";
}

const char *precis_lang_heading(int i) {
    if (i < 0 || i >= PRECIS_MAX_LANGS) i = ENGLISH_INDEX;
    return precis_language_table[i].key_points;
}

const precis_language *precis_lang_row(int i) {
    if (i < 0 || i >= PRECIS_MAX_LANGS) i = ENGLISH_INDEX;
    return &precis_language_table[i];
}

int precis_lang_is_elision(const char *s, size_t n) {
    for (int i = 0; i < PRECIS_MAX_LANGS; i++) {
        const char *const *e = precis_language_table[i].elisions;
        for (; e && *e; e++)
            if ((*e)[0] == s[0] && strlen(*e) == n && memcmp(*e, s, n) == 0) return 1;
    }
    return 0;
}
