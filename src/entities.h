/*
 * entities.h - named entities of an analysed article: people, places,
 * organisations and other names, their mentions grouped, typed and ranked.
 *
 * A mention is a run of capitalized words of one sentence that are not
 * stop words, roles (data/<lang>/quote-roles.txt) nor weekdays and months
 * (keyword-stopwords.txt), up to 8 tokens; particles join two of them
 * (entity-particles.txt: "al-Assad", "von der Leyen"; a capitalized stop
 * word: "Marine Le Pen"), and so do joiners (entity-joiners.txt: "de",
 * "of") after an organisation word, a first name or a place ("Ministère de
 * l'Intérieur", "Corée du Nord"). Where adjectives follow the noun (fr,
 * es, it, pt) one lower-case word after an organisation word joins
 * ("Union européenne"). A capital opening a sentence is a name only when
 * the word is capitalized inside a sentence elsewhere, or is a known first
 * name or place; at the start of a longer run, a sentence starter
 * (sentence-starters.txt) or a word seen in lower case is dropped ("Selon
 * Donald Trump"). Headline words are never mentions (offsets are in the
 * text) but raise salience.
 *
 * Types, by votes summed over an entity's mentions: a role just before,
 * after at most one adjective ("le président américain Donald Trump",
 * "M. Dupont", "Secretary of State Marco Rubio"), a first name opening a
 * run (entity-first-names.txt, and miscfiles' propernames as gen-first-names)
 * or a reporting verb just after (quote-verbs.txt) make a person; a name of
 * the gazetteer (entity-places.txt, and iso-codes' countries and
 * subdivisions in English and French as gen-places) or a preposition
 * before (entity-place-words.txt: "à", "en", "in") a place; an organisation
 * word (entity-org-words.txt: "Parti", "Ministère", "Inc", "Kremlin") or an
 * acronym an organisation; a run of two words or more with no other cue a
 * person; nothing: other.
 *
 * Grouping: mentions with the same folded text are one entity; a one-word
 * mention joins the entity whose longer mentions end with that word
 * ("Trump" and "Donald Trump") when only one does and it is neither an
 * organisation nor a known place.
 *
 * Salience: mentions + 2 when the last word of its name is in the headline
 * + 1.5 × (1 − first sentence / sentences), divided by the highest, so the
 * first entity has 1. Entities in order of salience, then of first mention.
 */
#ifndef PRECIS_ENTITIES_H
#define PRECIS_ENTITIES_H

#include "quotes.h"

enum { PRECIS_ENT_PERSON, PRECIS_ENT_PLACE, PRECIS_ENT_ORG, PRECIS_ENT_OTHER };

/* "person", "place", "organisation", "other". */
const char *precis_entity_type_name(int type);

/* What the stage reads: the body as quotes read it, and the headline's
 * tokens (offsets into title; title may be NULL, n_title_toks 0). */
typedef struct precis_entity_input {
    precis_quote_input doc;
    const char *title;
    const precis_token *title_toks;
    size_t n_title_toks;
} precis_entity_input;

typedef struct precis_entity_mention {
    size_t off, len; /* in the text */
} precis_entity_mention;

typedef struct precis_entity {
    size_t name_off, name_len; /* the longest mention (the first of equals) */
    int type;                  /* PRECIS_ENT_* */
    double salience;           /* (0, 1] */
    size_t mention_off;        /* its mentions: mentions[mention_off, +mention_count) */
    size_t mention_count;      /* in text order */
} precis_entity;

/* Per-language lists, built once; immutable (safe for concurrent calls).
 * NULL on OOM or an unknown language. */
typedef struct precis_entiter precis_entiter;
precis_entiter *precis_entiter_new(const char *lang, const precis_alloc *alc);
void precis_entiter_free(precis_entiter *e);

/* Fills ents (precis_entity) and mentions (precis_entity_mention), both
 * cleared first. Deterministic; linear in the tokens (hash tables). Returns
 * 0 or -1 on OOM (both then empty). */
int precis_entities_find(const precis_entiter *e, const precis_entity_input *in, precis_vec *ents,
                         precis_vec *mentions);

struct precis_analysis;
/* The input of precis_entities_find from an analysed document (analysis.h):
 * its considered sentences, their tokens and the title's. */
void precis_entities_input(const struct precis_analysis *a, precis_entity_input *in);

#endif /* PRECIS_ENTITIES_H */
