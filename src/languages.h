/*
 * languages.h - the table of supported languages. Everything that differs
 * from one language to another is read from its row, or from its data
 * folder data/<code>/ (word lists, found by code); adding a language is a
 * row here and a folder there (docs/languages.md). Internal, not installed.
 */
#ifndef PRECIS_LANGUAGES_H
#define PRECIS_LANGUAGES_H

#include <stddef.h>

/* Rows in the table, in the order of precis_languages(). */
#define PRECIS_MAX_LANGS 7

typedef struct precis_language {
    const char *code;       /* ISO 639-1; also the data folder and the textcat model */
    const char *aliases[3]; /* other accepted names (ISO 639-2/T, 639-2/B), NULL-padded */
    const char *snowball;   /* libstemmer algorithm */
    const char *key_points; /* heading of the key points: "Key points" */
    const char *more;       /* label of a closing block of further reading: "More" */
    const char *keywords;   /* label of the keyphrases in it: "Keywords" */
    const char *people;     /* label of the people named in it: "People" */
    const char *places;     /* label of the places named in it: "Places" */
    /* Words written elided before a vowel ("l'", "dell'"), lower-case ASCII,
     * NULL-terminated; NULL when the language has none. */
    const char *const *elisions;
    int ordinal_dot; /* digits and a period are an ordinal: "am 3. Oktober" */
} precis_language;

extern const precis_language precis_language_table[PRECIS_MAX_LANGS];

/* Word lists every row's data folder holds (genwords names: "stopwords",
 * "abbreviations", ...), NULL-terminated; the others are optional and turn
 * on rules where present (docs/languages.md). */
extern const char *const precis_lang_required_lists[];

/* The one lookup of a language name: index of the row whose code or alias
 * is (code, n), ASCII case-insensitive, or -1. */
int precis_lang_index(const char *code, size_t n);
/* The row's code ("fr"); "" when i is out of range. */
const char *precis_lang_code(int i);
/* Localized key-points heading of row i; English for -1 or out of range.
 * Static. */
const char *precis_lang_heading(int i);
/* The row of language i, English's for -1 or out of range. */
const precis_language *precis_lang_row(int i);
/* Whether (s, n), lower-case ASCII, is an elided word of some language:
 * the tokenizer ends a token after it ("l'", "État"). */
int precis_lang_is_elision(const char *s, size_t n);

#endif /* PRECIS_LANGUAGES_H */
