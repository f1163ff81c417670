/*
 * entities.h - named entities of an analysed article: people, places,
 * organisations and other names, their mentions grouped, typed and ranked.
 *
 * A mention is a run of capitalized words of one sentence that are not
 * stop words, roles (data/<lang>/quote-roles.txt; a known place holding one
 * keeps it, "United States", and "and" inside one, "Trinidad and Tobago"; a stop word of two
 * capitals amid small letters is an acronym: "IS"), weekdays and months (keyword-stopwords.txt) nor
 * diseases, deities and acronyms of common nouns and offices ("VAT", "PM":
 * entity-not-names.txt; in French, at every mention, an acronym that the
 * lower-case words right before its brackets spell out, no body's noun among
 * them: "la procréation médicalement assistée (PMA)"), up to 8 tokens (a month that is a first
 * name, "June", is a name away from a number and a date cue: entity-date-cues.txt); particles join
 * two of them (entity-particles.txt: "al-Assad", "von der Leyen"; a capitalized stop word: "Marine
 * Le Pen"), and so do joiners (entity-joiners.txt: "de", "of") after an organisation word, a first
 * name or a place ("Ministère de l'Intérieur", "Corée du Nord"; in English not after a first name
 * and a surname: "Alex Mowatt of Leeds" is two). A common word before a colon and a capital is a
 * caption's label, no part of the name before it ("Ms Jackson Quiet: Ms"). Where adjectives follow
 * the noun (fr, es, it, pt) one lower-case word after an organisation word joins ("Union
 * européenne"), then "de" and a name or a common noun ("Agence régionale de santé"), and in
 * French a common noun's complement after "sur", "contre" or "envers" and an article
 * (entity-complement-preps.txt: "Direction des enquêtes sur les accidents"). A lower-case
 * organisation head (entity-org-heads.txt) opens a name before "de" and a
 * capitalized word ("ministère de la Santé"). In French a capitalized word
 * inside a sentence (after a space; no first name, place, role, acronym,
 * demonym, event's or known name), at most two lower-case adjectives,
 * lower-case "de la" and a capitalized noun are one name ("Direction
 * générale de la Santé", "Sûreté de l'État"), unless the noun is a first
 * name, a surname, an organisation's word, a capitalized article's or a
 * place ("les Bleus de Didier Deschamps"); such a name votes organisation.
 * A capital and its full stop after a first name are the person's initial,
 * though the letter be a stop word ("Amir S."). So does a capitalized article
 * inside a sentence ("The New York Times", "Le Pen"). A possessive "'s"
 * ends a mention and is outside it ("CNN's Wolf Blitzer": "CNN", "Wolf
 * Blitzer"); a first name (no common word) after another name starts a new
 * mention ("sur Twitter Ian Brossat"); two surnames of longer mentions
 * joined by a hyphen are two mentions ("Witkoff-Poutine"); a hyphenated
 * name holds its short lower-case words ("Ile-de-France"); initials keep
 * their last full stop ("U.S."); a sentence starter inside a run is a lost
 * line break and ends it ("... Menorca While Pat ..."). In English a run
 * written once whose first words are a place's or a body's and a whole
 * mention elsewhere in the text is a caption glued to the next sentence:
 * cut after them when the rest is a mention elsewhere too ("Goodison Park
 * Rooney waits": two), or dropped when it is one word the text writes in
 * lower case ending as a verb's form ("Atletico Losing their"). A capital
 * opening a sentence is a name only when the word is capitalized inside a
 * sentence elsewhere, or is a known first name, place, acronym or
 * organisation name; at the start of a longer run, a sentence starter
 * (sentence-starters.txt), a word seen in lower case or a common word is
 * dropped ("Selon Donald Trump"). A word alone that is a demonym
 * or a word of religion or ideology (entity-demonyms.txt, gen-demonyms
 * from wamerican: "Islamic", "Nazis"), a letter glued to a lower-case word
 * ("T-shirt") or a possessive before a holiday's head
 * (entity-holiday-heads.txt: "Valentine's Day") is no mention; one
 * that is a common word of the language (gen-common: wamerican,
 * hunspell-fr-classical stems with endings stripped) and has no cue of a
 * name is a mention only as the surname of a longer one ("Carver"), unless
 * (English) a lower-case noun of organisations or works follows it after a
 * lower-case word or a possessive ("this week's Stylist magazine"), or
 * (English) a cue of firms makes it a company at one mention ("Fiat's
 * shares", "Fiat posted", "shares in Fiat", "Fiat chief executive Ann
 * Lee": a head's title of entity-firm-titles.txt before a capital) and the
 * text never writes it in lower case: then every mention of it is the
 * company's. In
 * English a genus before a lower-case epithet no word list holds, no article
 * before it, is no mention ("Macaca leucogenys"), and a capitalized "The"
 * after a caption's colon or an opening quotation mark opens a sentence
 * ("Critics: The Duchess"). A title in title case between double or single
 * marks, small lower-case words included, is one name ('The Storm on the
 * Sea of Galilee'); one or two digits after an event's word end its name
 * ("Formula 4"). In French a title in marks after a lower-case word with
 * its channel in brackets right after is one name, other ('dans le "Grand
 * jeu des voisins" (TF1)'). In French a sentence starter glued to the end of a
 * capitalized token by a lost line break (glued-starters.txt: "BFMTVLa
 * police", "Maison BlancheSelon Axios") is outside the name and ends it, as a
 * possessive; a brand's "+" after a name's last word, glued or after one
 * space, is the name's ("Canal+", "Canal +"; not "+" marks: "+Vedomosti+").
 * Headline words are never mentions (offsets are in the text) but raise
 * salience.
 *
 * Types, by votes summed over an entity's mentions: a role just before,
 * after at most one adjective ("le président américain Donald Trump",
 * "M. Dupont", "Secretary of State Marco Rubio"), a first name opening a
 * run (entity-first-names.txt, gen-first-names from miscfiles' propernames
 * and hunspell-fr-classical), a family name ending it (gen-surnames,
 * hunspell-fr-classical) or a reporting verb just after (quote-verbs.txt)
 * make a person; a name of the gazetteer (entity-places.txt, gen-places:
 * iso-codes' countries and subdivisions, unicode-cldr-core's territories
 * and cities, hunspell-fr-classical's place names; a town of entity-club-places.txt,
 * "Hull", outside a text about sport), a place word
 * (entity-place-parts.txt: "Ocean", "County", "rue", "Saint") or a
 * preposition before (entity-place-words.txt: "à", "in"), in English a
 * lower-case noun of places after (entity-place-nouns.txt: "the Mekong
 * river", "the Swansea area"), or a place word
 * and "de" / "of" before ("l'île de X", "the town of X") a place; an
 * organisation word (entity-org-words.txt: "Parti", "Ministère", "Inc";
 * in English, heading the name, last or first before "of", it outweighs a
 * place word in it and a place after its comma: "University of New South
 * Wales, Australia"), a
 * known organisation name (gen-org-names) or an acronym an organisation; a
 * run between quotation marks on its own a title, other ("American Pie");
 * a run of two words or more with no other cue a person, a place when
 * hyphenated ("Bâle-Mulhouse"), an organisation when it ends with a common
 * word and opens with no first name ("Skin Laundry") or holds "of" (English:
 * "Writers Guild of America"; capitalized words of the language, "of" and a
 * name that is no known place are one name: "National Endowment of the
 * Arts", and so are such words, "for", an optional "the" and a name: "Guide
 * Dogs for the Blind"); in French a noun of organisations and one
 * lower-case adjective just before a name vote organisation ("le quotidien
 * espagnol La Vanguardia"); in an English text about sport a name after "at the" with no cue
 * of a place or a work is the ground, a place ("at the Bernabeu"); a
 * capitalized role before a word of the language that the text also writes
 * in lower case names no one ("the General Election"); a compass point or a
 * colour before a demonym (entity-demonym-prefixes.txt: "South African",
 * "White British") is no name, nor a demonym before an institution's noun
 * of entity-common-bodies.txt that the text also writes in lower case ("the
 * Irish Government"; after a known place the place alone: "the UK
 * Government" gives "UK"); a run opening with
 * a common word (no first name nor place) and ending with a place it is not
 * an organisation (a national branch: "Guardian Australia"). In English a
 * name before a lower-case noun of players or sides (entity-side-nouns.txt:
 * "England midfielder", "Newcastle boss", "Mercedes team-mate") is the side,
 * an organisation, and a name glued to a word of entity-place-hyphened.txt
 * ("Manhattan-based", "Belfast-born") a place. A make of cars
 * (entity-car-makes.txt) after a determiner of one thing owned
 * (entity-owned-determiners.txt: "a", "his", "sa") or a possessive, or with a
 * model's word after it ("the Ford Mustang"), is the car, other (a
 * model's year between: "his 2001 Toyota"); a run named again after a
 * comma, a dash or a bracket by a determiner and a noun of works or events
 * (entity-other-cues.txt, entity-work-cues.txt) is other ("the Carnival
 * Spirit, a cruise ship"), and so is a name holding a head of events
 * (entity-event-heads.txt, as entity-other-words.txt: "Hurricane Katrina",
 * "Fête de la musique"); a number
 * after the last word of a plan's or a flight's name is the name's
 * ("Germanwings Flight 9525"). In English a title of the peerage
 * (entity-peer-titles.txt), "of" and a name are a person ("the Duchess of
 * Cornwall"), and so is a name ending with a generation's mark
 * (entity-name-suffixes.txt: "Schumacher Junior"); in French a title
 * (entity-title-ofs.txt), "de" and one name make no mention ("la
 * duchesse de Sussex", "le garde des Sceaux"); a known place and a
 * plural common noun a sports side
 * ("Glasgow Warriors"), and where its nickname is also written alone the
 * text is about sport and the side's town alone, not after a preposition of
 * places, is the side; in a text about sport (a club of entity-clubs.txt
 * named) a known club's first or last word alone, not a place, is the club
 * ("Real", "Villa"), and a town that is a club's is the club but after an
 * English "in" with no possessive after it ("against England in Cardiff"); a brand's "+" an
 * organisation ("Canal+"); in French one word with no cue after "de" (no role nor noun of bodies a
 * word or two before, no capital before "de" inside the sentence, no hyphen after), written once, a
 * place ("originaire de Mézériat"), where such a word is otherwise no entity; a capitalized title
 * opening a name that a place word ends is the place's ("Queen Mother Square"). An entity with no
 * vote is an organisation (a brand, a paper, a club more often than not). A one-word mention whose
 * word ends two people's names ("Jordan" of "Frank Jordan" and "Louis Jordan") votes person. A name
 * right after a definite article is no person's ("l'Unesco", "the Daily Mail"; in French a
 * capitalized article opening the sentence too: "Le Sidaction a réagi"); "revue", as "magazine", is
 * a noun of organisations before a name (entity-org-cues.txt). French also: a name after "sondage"
 * or "baromètre" is the pollster's, an organisation (entity-org-cues.txt); a body's complement goes
 * on over an adjective in -ieur(e) or a nationality's ("sécurité intérieure", "constructeurs
 * français d'automobiles"); a body's name in quotation marks after its kind is the whole quotation,
 * in sentence case too ('le groupe "Génération solidaire"'); a name ending in a lower-case word
 * after a space is no person's ("Marine nationale"); "SUD" in capitals
 * opening a hyphenated name that is no place is the union ("SUD-Rail");
 * a number word or a stop word opening a known place of two hyphenated
 * parts or more is the place's ("Deux-Sèvres", "Pas-de-Calais"); a word
 * of the language with a brand's "+" glued to it is a name ("Canal+").
 *
 * Also: program code glued to the text (code.h) names no one. Known names
 * written in lower case or opened by a number or an elided article are
 * found as written ("franceinfo", "20 Minutes", "L'Obs"); in English a known
 * club's one word opening a sentence is the club ("Arsenal are"). In French
 * a cue written as an acronym before a name is the cue, no part of it, and
 * votes organisation ("l'ONG Panthera"); an institution's lower-case
 * complement goes on over a hyphenated noun ("des sapeurs-pompiers de
 * France"), "et" and another noun ("des sciences et technologies de Hong
 * Kong"), and after a capitalized adjective before the organisation's word
 * ("Haut Comité de la santé publique"); a name in a bracketed list of
 * names right after a plural noun of bodies (entity-body-kinds.txt:
 * "plusieurs syndicats (CGT, FO, SUD)"), or in quotation marks right after
 * such a noun ('l'association "Respire"'), is an organisation. A digit
 * from 2 to 9 after a capitalized name that is no person's, place's nor
 * body's, nor a word that numbers things (entity-number-heads.txt: "Phase
 * 2"), is a sequel's or a model's, other ("Halo 2"). In English "i" and a
 * capitalized word is a product, other ("iPod"), and a year after an
 * event's word is the event's ("Euro 2016"). In English: a name right before a
 * lower-case noun of a medium's people (entity-media-people.txt: "three Sun
 * journalists") is the medium, an organisation, unless a place or a first
 * name; a capitalized plural of a common noun after a lower-case "the"
 * inside a sentence is a side's or a band's nickname, an organisation ("the
 * Gunners"); outside a text about sport one word no list knows (no first
 * name, surname, common word, acronym nor another name's last word) right
 * after a known place's possessive, no club's town, and before no
 * lower-case word but a stop word is a company ("Sweden's Vandor", not
 * "London's Brackley prison"); a head's title of entity-firm-titles.txt
 * between a name and a capital makes the name an organisation ("Varno chief
 * executive Ann Lee"); one word with no cue in a list (", ", " and ")
 * next to a name cues make an organisation, over other cue-less words,
 * is an organisation ("Sony, IBM and Brindmark"); in a list of four names or
 * more (", ", "; ", "and", a substitute in brackets: "Malvik (Quarne 67)"),
 * half or more of them people's by their own cues, the others are people's
 * too, a side's players, unless a known place or body; a capitalized word
 * of the list that no rule kept ("King") and an initial before a surname
 * ("A Brown", in a text about sport) are names there; in a text about sport a known place right
 * after a cue of a match (entity-match-cues.txt: "against", "win over") is the side; a capitalized
 * ordinal opens an event's name (entity-ordinals.txt: "the Second World War"); an acronym of a
 * common noun before an event's or a body's word is inside the name ("Golden Screen TV Awards"),
 * and so is "and" between common words of an event's name ("Coachella Valley Music and Arts
 * Festival"); a small capitalized word opening a sentence glued after a name, before a lower-case
 * word, ends the name (entity-caption-openers.txt: "the Bahrain Grand Prix It was"). Later: a
 * capitalized stop word or a lower-case word that ends a known place continues the run ("Grand
 * Est", "Arabie saoudite"); in French an adjective of nationality after a noun of bodies or works
 * is a cue (entity-nationality-adjectives.txt: "le quotidien espagnol X"), a river's name is a
 * place only after an article (entity-rivers.txt: "la Seine", not "Rock en Seine"), a name after a
 * lower-case noun of places and "de la", "du", "des" is a place ("la place de la République"), and
 * a strong first name may open a person's name in a role's complement after a place's word
 * ("le député FN du Nord Jean X"). In English a known place right before a
 * match's verb (entity-match-after.txt: "beat", "lost to") or before its
 * possessive and a noun of sides ("Kilmarnock's manager") is the side; a
 * name of two words or more ending in a venue's word is a place
 * (entity-venue-ends.txt: "Goodison Park"); a lower-case player's noun
 * before two words with no cue makes a person (entity-player-nouns.txt:
 * "prop Ashton Sims"); a caption's surname glued after a place or an event
 * written alone elsewhere is cut off it when a first name opens that
 * surname's full name elsewhere ("at Headingley Sinfield stayed").
 *
 * And: a holiday's name alone, or with its Arabic article and word, and
 * no title before it is no mention (French, entity-holidays.txt: "à Noël",
 * "l'Aïd el-Kébir"; not "M. Ramadan"), nor is a number word alone opening
 * a sentence (entity-number-words.txt: "Trente-neuf corps"), nor, in
 * English, a name before a lower-case noun of illnesses
 * (entity-illness-heads.txt: "Alzheimer's disease"). A club's head word
 * and a capitalized word are a side, an organisation whose last word alone
 * is its mention unless a known place (entity-club-heads.txt: "Real
 * Sociedad"). In English a capitalized plural no list knows after a known
 * place is a side's nickname ("Indiana Pacers"), and two words only guessed
 * an organisation, in a list (", ", " and ") next to a full name a strong
 * first name opens, are a person ("Alex Lane, Calum Chambers"). In French a
 * road's number after a word of places or an article is a place
 * ("l'autoroute A43"); a lower-case noun of the press and "de" before a
 * name make it a medium (entity-press-nouns.txt: "au micro de France
 * Bleu"), and so does a medium's word in a longer name
 * (entity-media-words.txt: "Télé Loisirs"); a make of cars opening a name,
 * no article, determiner nor noun of vehicles before it, is the maker ("les
 * ventes de Nissan"); a capitalized word, the Arabic article in lower case
 * glued by a hyphen and a name are a person ("Moustafa al-Kazimi"); a name
 * whose words a lower-case "de" joins by hyphens is no person
 * ("Charles-de-Gaulle"); a capitalized stop word opening a known hyphenated
 * place is a name's ("Pas-de-Calais"); a hyphenated name holds lower-case
 * words of up to five bytes ("Aulnay-sous-Bois") and a capitalized role's
 * word ending it ("Choisy-le-Roi"); an English joiner joins the English name
 * it is in ("Transport for London").
 *
 * French too: an organisation word heading a name, a lower-case word after
 * it, outweighs a lower-case place word inside ("Office central de lutte
 * contre la corruption", "Syndicat national des guides de montagne"); an
 * abbreviated title after a name ends it and opens a person's ("à l'AFP
 * M. X", "à l'AFP Me X"); a title in sentence case with no marks after a
 * noun of shows or works, alone or with "de" (entity-title-nouns.txt: "sur
 * le plateau de Salut les Terriens", "l'émission Dimanche en politique sur
 * France 3"), runs from a capitalized word, no first name nor demonym, over
 * lower-case words (one at least, eight words at most) to a comma, a
 * bracket, "!", "?", a stop, the sentence's end, "sur" or "et" and a
 * capital, "de" and a number, or a weekday or a month, and is other; a word
 * of entity-title-stops.txt ("a", "qui": a clause), a date, a number, a
 * first name or "de" and a capital in it make it none. A title in marks,
 * then "de" or "d'" and a full name a first name opens, is the author's
 * work, other ('"Tout s'est bien passé" de François Ozon'; an elided
 * article's apostrophe may stand before the opening mark).
 *
 * Grouping: mentions with the same folded text are one entity; a one-word
 * mention joins the entity whose longer mentions end with that word
 * ("Trump" and "Donald Trump") when only one does and it is neither an
 * organisation nor a known place (in English, two words guessed an
 * organisation only for their common last word, "Dougie Hall", and a sports
 * side's nickname, "the Blues", do join); a nickname quoted inside a name ("Mike
 * 'Sugar Bear' Thompson") is a mention of it, of its type, later alone; a
 * word alone with no cue that opens one person's longer name is that
 * person ("Kayahan" of "Kayahan Acar").
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

/* The gender a title gives the name after it, from the title's bytes (w,
 * n; "M." is read with the full stop and space after it): 0 a woman's
 * ("Mrs", "Mme"), 1 a man's ("Mr", "M."), -1 none. */
int precis_title_gender(const char *w, size_t n);

/* The gender of the first name (w, n): 0 in lists[0] only (women's), 1 in
 * lists[1] only (men's), -1 in both or neither. A NULL list holds none. */
int precis_first_name_gender(const precis_wordlist *const lists[2], const char *w, size_t n);

/* The stage's word lists and their tags, for the lexicon (lexicon.h). */
extern const precis_word_tag precis_entity_word_tags[];

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
