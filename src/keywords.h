/*
 * keywords.h - ranked keyphrases of an analysed article.
 *
 * A candidate is a run of 1-3 content words inside one sentence (or the
 * title): words that are not stop words nor numbers, joined only by white
 * space, a hyphen or an elision ("l'"), and, between two content words, by
 * at most two joiner words of data/<lang>/keyword-joiners.txt ("de",
 * "de la", "of"): "journées de l'archéologie", "bank of England". Stop words
 * never open or close a candidate, nor does a piece of a hyphenated word
 * ("Jean-Michel Larqué" is one, "Michel" and "Jean" alone are none; nor
 * "Vilaine" of "Ille-et-Vilaine", "driving" of "drink-driving"). Candidates with the same sequence
 * of term ids (stems) are one keyphrase, whatever their case or inflection.
 *
 * Scoring (plain statistics that hold across news, no model): a phrase
 * sums its occurrences, each weighted by position (title 3, body sentence s
 * 1 + 2/(1+s)), times sqrt(words), so that a recurring phrase outranks
 * its own words; a phrase of several words seen once, and a lone word
 * mostly bound as a modifier (after a content word in French, Spanish,
 * Italian, Portuguese: "afghane" of "police afghane"; before one
 * elsewhere), count half. Words of data/<lang>/keyword-stopwords.txt
 * (months, weekdays, number words, frequent verbs of reporting, adverbs;
 * flagged PRECIS_TOK_NOKW by the tokenizer's lexicon) never join a candidate; a capitalized stop
 * word between two capitalized words joins a name ("Marine Le Pen"). A phrase inside a better one
 * that occurs at least as often is not listed ("Thierry" under "Thierry Roland").
 *
 * The text shown is the phrase's most frequent surface form (occurrences
 * that open a sentence count less, so "suicide" beats "Suicide"); its span
 * is that form's first occurrence in the body, else in the title.
 */
#ifndef PRECIS_KEYWORDS_H
#define PRECIS_KEYWORDS_H

#include "precis_internal.h"

/* What the stage reads: the article's sentences and their tokens (term ids
 * and PRECIS_TOK_* flags) and optionally the title's tokens,
 * whose offsets are in title_text (which may be text itself). Only the term
 * ids' equality matters: they stand for stems. */
typedef struct precis_kw_input {
    const char *text; /* normalized text the sentences' offsets refer to */
    const precis_sentence *sents;
    size_t n_sents;
    const precis_token *toks; /* sentence i: toks[tok_begin, tok_end) */
    /* the lexicon of the text's language, whose entries the tokens' classes
     * are (NULL: no word is in a list) */
    const precis_lexicon *lex;
    const char *title_text; /* NULL: no title */
    const precis_token *title_toks;
    size_t n_title_toks;
    size_t n_terms; /* every term id is below it; 0: unknown (read from the tokens) */
} precis_kw_input;

typedef struct precis_keyword {
    size_t off, len; /* the shown form: in text, or in title_text if in_title */
    int in_title;
    double score; /* > 0, descending in the output; in (0, 1], the best is 1 */
    size_t count; /* occurrences in the body and title */
    size_t words; /* content words (1-3) */
} precis_keyword;

/* The joiners (data/<lang>/keyword-joiners.txt) for the lexicon
 * (lexicon.h): PRECIS_KW_JOINER a joiner, PRECIS_KW_JOINER_HEAD the first
 * word of one of several words. */
enum { PRECIS_KW_JOINER = 1, PRECIS_KW_JOINER_HEAD = 2 };
extern const precis_word_tag precis_keyword_word_tags[];

/* Per-language data (joiners, non-keywords), built once; immutable, so one
 * may serve concurrent calls. NULL on OOM or an unknown language. */
typedef struct precis_keywords precis_keywords;
precis_keywords *precis_keywords_new(const char *lang, const precis_alloc *alc);
void precis_keywords_free(precis_keywords *kx);

/*
 * Appends to out (precis_keyword, cleared first) the best `max` keyphrases
 * of in, best first. Work and memory are linear in the tokens. Returns 0 or
 * -1 on OOM or an article of over 1.4 billion tokens (occurrences are
 * counted in 32 bits); out then holds no result.
 */
int precis_keywords_extract(const precis_keywords *kx, const precis_kw_input *in, size_t max,
                            precis_vec *out);

/* The stage's input from an analysed document (analysis.h): its considered
 * sentences with their tokens, and its title (title_text a->title.data,
 * NULL when there is none). */
struct precis_analysis;
void precis_keywords_input(const struct precis_analysis *a, precis_kw_input *in);

#endif /* PRECIS_KEYWORDS_H */
