/* languages.c - the table of supported languages: codes, names, headings. */
#include "precis_internal.h"

/* One row per language, in the order of precis_languages(). alias3 holds the
 * ISO 639-2 codes (terminology and bibliographic) also accepted. */
static const struct {
    const char *alias3[2];
    const char *heading; /* localized key-points heading */
} lang_table[PRECIS_MAX_LANGS] = {
    {{"fra", "fre"}, "Principaux renseignements"},
    {{"eng", "eng"}, "Key points"},
    {{"deu", "ger"}, "Das Wichtigste in Kürze"},
    {{"spa", "spa"}, "Puntos clave"},
    {{"ita", "ita"}, "Punti chiave"},
    {{"por", "por"}, "Pontos principais"},
    {{"nld", "dut"}, "Belangrijkste punten"},
};

const char *const precis_lang_codes[PRECIS_MAX_LANGS] = {"fr", "en", "de", "es", "it", "pt", "nl"};

#define ENGLISH_INDEX 1

const char *precis_languages(void) {
    return "fr,en,de,es,it,pt,nl";
}

/* ASCII-only case-insensitive comparison of (s, n) with the NUL-terminated
 * code; codes are ASCII so byte-wise folding is exact here. */
static int code_eq(const char *s, size_t n, const char *code) {
    size_t i = 0;
    for (; i < n && code[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c - 'A' + 'a');
        if (c != (unsigned char)code[i]) return 0;
    }
    return i == n && code[i] == 0;
}

int precis_lang_index(const char *code, size_t n) {
    if (!code || (n != 2 && n != 3)) return -1;
    for (int i = 0; i < PRECIS_MAX_LANGS; i++) {
        if (n == 2 && code_eq(code, n, precis_lang_codes[i])) return i;
        if (n == 3 && (code_eq(code, n, lang_table[i].alias3[0]) ||
                       code_eq(code, n, lang_table[i].alias3[1])))
            return i;
    }
    return -1;
}

const char *precis_lang_heading(int lang_index) {
    if (lang_index < 0 || lang_index >= PRECIS_MAX_LANGS) lang_index = ENGLISH_INDEX;
    return lang_table[lang_index].heading;
}
