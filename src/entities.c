/*
 * entities.c - named entities (see entities.h).
 *
 * One pass over each sentence finds the mention runs and their type votes;
 * two hash tables (folded text, folded last word) group them; a bucket pass
 * lists each entity's mentions in text order.
 */
#include "entities.h"

#include "analysis.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

#define E_RUN 8         /* longest mention, in tokens */
#define E_KNOWN_WORDS 6 /* longest known organisation name, in tokens */
#define E_KNOWN_KEY 32  /* longest folded word of one, in bytes */
#define E_NICKS 8       /* nicknames quoted inside names, per text */
#define E_SPELLED 8     /* acronyms of common nouns, per text */
#define E_SIDES 8       /* sports sides' first words read, per text (side_towns) */

enum {
    T_ROLE = 1,
    T_NOTNAME = 2,
    T_ORG = 4,
    T_PREP = 8,
    T_PART = 16,
    T_JOIN = 32,
    T_CUE = 64,
    T_HEAD = 128,         /* a lower-case organisation head: "ministère de la Santé" */
    T_PLACE = 256,        /* a word of place names: "County", "Ocean", "rue" */
    T_PNOUN = 512,        /* a person's trade or kin: "chercheuse", "lawyer" */
    T_OTHER = 1024,       /* a word of events and awards: "Cup", "Award" */
    T_ORGEND = 2048,      /* ends an organisation's name: "United", "Times" */
    T_ORGCUE = 4096,      /* a lower-case noun next to an organisation: "newspaper" */
    T_OTHERCUE = 8192,    /* a lower-case noun next to a work or an event: "album" */
    T_AND = 16384,        /* "and" inside an organisation's name */
    T_KNOWN = 32768,      /* opens a known organisation's name (entity-organisations) */
    T_BODY = 1 << 16,     /* a role a body gives: "spokesman" of "Vantor spokesman X" */
    T_MEMBER = 1 << 17,   /* a body's members: "MPs" of "Labour MPs" */
    T_OTHEREND = 1 << 18, /* ends a plan's or a law's name: "Plan", "Bill" */
    T_NUMWORD = 1 << 19,  /* a number ending an event's name: "Two", "II" */
    T_ORGJOIN = 1 << 20,  /* "for" of "Commission for Africa" */
    T_MAKER = 1 << 21,    /* a maker before a model number: "Boeing" */
    T_TITLED = 1 << 22,   /* names a work after its noun: "called" of "a show called 'X'" */
    T_SIDE = 1 << 23,     /* a player or a sports side after its name: "midfielder" */
    T_CAR = 1 << 24,      /* a make of cars: "Porsche" of "Clarkson's Porsche" */
    T_OWNED = 1 << 25,    /* a determiner before one thing owned: "a", "his" */
    T_FROM = 1 << 26,     /* after a place and a hyphen: "based" of "Leeds-based" */
    T_PEER = 1 << 27,     /* a title of the peerage: "Duchess" of "Duchess of Cornwall" */
    T_SUFFIX = 1 << 28,   /* a generation's mark ending a name: "Junior", "Jr" */
};
/* T_KNOWN is the stage's own (known_orgs_init); the other tags are the
 * lexicon's (lexicon.h). */
const precis_word_tag precis_entity_word_tags[] = {{"quote_roles", T_ROLE, 0},
                                                   {"keyword_stopwords", T_NOTNAME, 0},
                                                   {"entity_org_words", T_ORG, 0},
                                                   {"entity_place_words", T_PREP, 0},
                                                   {"entity_particles", T_PART, 0},
                                                   {"entity_joiners", T_JOIN, 0},
                                                   {"quote_verbs", T_CUE, 0},
                                                   {"entity_org_heads", T_HEAD, 0},
                                                   {"entity_place_parts", T_PLACE, 0},
                                                   {"entity_not_names", T_NOTNAME, 0},
                                                   {"entity_other_words", T_OTHER, 0},
                                                   {"entity_org_ends", T_ORGEND, 0},
                                                   {"entity_org_cues", T_ORGCUE, 0},
                                                   {"entity_other_cues", T_OTHERCUE, 0},
                                                   {"entity_work_cues", T_OTHERCUE, 0},
                                                   {"entity_event_heads", T_OTHER, 0},
                                                   {"entity_org_ands", T_AND, 0},
                                                   {"quote_person_nouns", T_PNOUN, 0},
                                                   {"entity_body_roles", T_BODY, 0},
                                                   {"entity_member_nouns", T_MEMBER, 0},
                                                   {"entity_other_ends", T_OTHEREND, 0},
                                                   {"entity_name_numbers", T_NUMWORD, 0},
                                                   {"entity_org_joiners", T_ORGJOIN, 0},
                                                   {"entity_model_makers", T_MAKER, 0},
                                                   {"entity_title_verbs", T_TITLED, 0},
                                                   {"entity_side_nouns", T_SIDE, 0},
                                                   {"entity_car_makes", T_CAR, 0},
                                                   {"entity_owned_determiners", T_OWNED, 0},
                                                   {"entity_place_hyphened", T_FROM, 0},
                                                   {"entity_peer_titles", T_PEER, 0},
                                                   {"entity_name_suffixes", T_SUFFIX, 0},
                                                   {NULL, 0, 0}};

struct precis_entiter {
    const precis_alloc *alc;
    precis_wordset known_words; /* folded word -> T_KNOWN */
    /* as written */
    const precis_wordlist *places[2], *first[2], *starters;
    /* French: starters a lost line break glued to a name's last letter
     * ("BFMTVLa police"), as written (glued_cut); NULL elsewhere */
    const precis_wordlist *glued;
    const precis_wordlist *surnames, *orgs, *demonyms[2];
    const precis_wordlist *common;   /* folded, lower-case words of the language */
    int adj_after;                   /* adjectives follow the noun */
    int fr;                          /* common words are stems: strip endings */
    const precis_wordlist *abbr;     /* "Ltd.", "Jr.": the full stop is the name's */
    const precis_wordlist *adjs;     /* folded: "latine" of "Amérique latine" */
    const precis_wordlist *adj_ends; /* folded endings: "ère" of "étrangères" */
    const precis_wordlist *preps;    /* French: "sur" of "enquêtes sur les accidents" */
    const precis_wordlist *articles; /* folded definite articles: "la", "the" */
    /* folded prepositions of a channel of speech ("sur", "on"): the word
     * after one is the medium the quotes stage reads ("sur Franceinfo") */
    const precis_wordlist *channels;
    int drop_bare; /* a lone uncued word written once is no entity (fr, en) */
    /* organisations known by name, as written: [K_ORGS] any, [K_CLUBS]
     * sports clubs (their mention makes a text about sport) */
    const precis_wordlist *known[2];
    char *org_first_words; /* their opening words, folded (T_KNOWN) */
    /* a bit for the hash (precis_fnv1a) of every byte prefix of the names
     * of known[], some sixteen bits a prefix: a span whose bit is clear
     * opens none of them, and known_org_end grows it no further (a bit
     * another prefix set only lets a span on to the lookups). NULL: none. */
    uint64_t *known_prefixes;
    uint32_t known_prefix_mask;
    /* 1 at the bytes a-z that open a name written in lower case
     * ("franceinfo"); 1 at the first bytes of the folded words in
     * known_words (a number's lookup is asked only when its own is one:
     * "20" of "20 Minutes") */
    unsigned char lower_first[256], key_first[256];
    int lower_words; /* some name is written in lower case */
    /* towns whose name is also a club's: an organisation in a text about
     * sport ("Barcelona beat Sevilla") */
    const precis_wordlist *club_places;
    const precis_wordlist *auxiliaries; /* folded: "will" of "X will keep his" */
    /* sports competitions, as written: a mention ending with one makes a
     * text about sport ("Sky Bet League One"; English) */
    const precis_wordlist *competitions;
    const precis_wordlist *nationals;   /* folded: "espagnol" of "le quotidien espagnol X" */
    const precis_wordlist *idiom_heads; /* folded: "champion" of "champion du Monde" */
    const precis_wordlist *rivers;      /* places only after an article: "Seine" */
    /* folded, lower-case titles whose "de" and name make no mention:
     * "duchesse" of "la duchesse de Sussex" (French) */
    const precis_wordlist *title_ofs;
    /* folded holidays' names, no mention alone: "Noël", "l'Ascension" (French) */
    const precis_wordlist *holiday_names;
    /* folded nouns of the press whose "de" names a medium: "colonnes" of
     * "dans les colonnes de X", "micro" of "au micro de X" (French) */
    const precis_wordlist *press_nouns;
    const precis_wordlist *near_words; /* folded: "près" of "près de Ploërmel" (French) */
    const precis_wordlist *seats;      /* folded: "matignon", "élysée" (French) */
    const precis_wordlist *seat_nouns; /* folded: "locataire" of "locataire de Matignon" */
    /* folded: "lycée" of "le lycée Blaise-Pascal" (French) */
    const precis_wordlist *institutions;
    const precis_wordlist *media_kinds;  /* folded: "quotidien" of "le quotidien X" (French) */
    const precis_wordlist *body_kinds;   /* folded: "cabinet" of "le cabinet X" (French) */
    const precis_wordlist *town_nouns;   /* folded: "maire" of "le maire de X" (French) */
    const precis_wordlist *media_words;  /* folded: "télé" of "Télé Loisirs" (French) */
    const precis_wordlist *number_words; /* folded: "trente" (French) */
    const precis_wordlist *gender[2];    /* first names given to women, to men */
    /* months and weekdays as written; words before a month that make it a
     * date (folded): "June" is a name elsewhere */
    const precis_wordlist *months, *date_cues;
    const precis_wordlist *holidays;         /* "Day" of "Valentine's Day", as written */
    const precis_wordlist *illness_heads;    /* folded: "disease" of "Alzheimer's disease" */
    const precis_wordlist *place_nouns;      /* folded: "river" of "the Mekong river" */
    const precis_wordlist *work_people;      /* folded: "star" of "the Scrubs star" */
    const precis_wordlist *media_people;     /* folded: "reporter" of "a Sun reporter" */
    unsigned char media_first[256];          /* 1 at the first byte of each of its words */
    const precis_wordlist *match_cues;       /* folded: "against", "win over" */
    const precis_wordlist *match_after;      /* folded: "beat", "lost to" */
    const precis_wordlist *club_heads;       /* as written: "Real" of "Real Sociedad" */
    const precis_wordlist *venue_ends;       /* folded: "park", "ground" */
    const precis_wordlist *player_nouns;     /* folded: "prop", "jockey" */
    const precis_wordlist *caption_openers;  /* as written: "It" of "Grand Prix It was" */
    const precis_wordlist *ordinals;         /* folded: "second" of "Second World War" */
    const precis_wordlist *title_cues;       /* folded: "hit" of "the hit 'Happy'" */
    const precis_wordlist *genre_cues;       /* folded: "comedy" of "the comedy Sideways" */
    const precis_wordlist *demonym_prefixes; /* folded: "south" of "South African" */
    const precis_wordlist *common_bodies;    /* folded: "government" of "UK Government" */
    const precis_wordlist *domains;          /* as written: "com" of "ladyfern.com" */
    const precis_wordlist *possessives;      /* folded: "his", "her" */
    const precis_wordlist *work_nouns;       /* folded: "album" of "his album, X" */
    const precis_wordlist *joined_heads;     /* folded: "centre" of "Centre for X" */
    const precis_wordlist *number_heads;     /* folded: "phase" of "Phase 2" */
    const precis_wordlist *stake_nouns;      /* folded: "shares" of "shares in X" */
    const precis_wordlist *company_verbs;    /* folded: "posted" of "X posted a loss" */
    const precis_wordlist *company_roles;    /* folded: "chairman" of "X's chairman" */
    const precis_wordlist *title_nouns;      /* folded: "émission" of "l'émission X" (French) */
    const precis_wordlist *title_stops;      /* folded: "qui" of "le film X qui" (French) */
    const precis_wordlist *title_dates;      /* folded weekdays and months: "samedi" */
    const precis_wordlist *firm_titles;      /* folded: "chairman" of "X chairman Ann Lee" */
    /* the index of the lists asked of one word as written (first names,
     * surnames, demonyms, places, club towns, organisations: the build's
     * --index): one probe per form answers them all (index_bits) */
    const precis_wordindex *names;
    /* the bits of first[], surnames, orgs, demonyms[], places[] with
     * club_places, first[0] in it; 0 when a list is not in the index */
    uint32_t m_first, m_surnames, m_orgs, m_demonyms, m_places, m_hand_first;
};

enum { K_ORGS, K_CLUBS };

const char *precis_entity_type_name(int type) {
    static const char *const names[] = {"person", "place", "organisation", "other"};
    return type >= 0 && type <= PRECIS_ENT_OTHER ? names[type] : "other";
}

/* Fills precis_entiter.known_prefixes from the names of known[], some
 * sixteen bits for each of their bytes. */
static int known_prefixes_init(precis_entiter *e) {
    size_t count = 0;
    for (int l = 0; l < 2; l++)
        for (size_t i = 0; e->known[l] && i < e->known[l]->count; i++)
            count += strlen(e->known[l]->words[i]);
    size_t bits = 4096;
    while (bits < 16 * count && bits < ((size_t)1 << 24))
        bits *= 2;
    e->known_prefixes = precis_malloc(e->alc, bits / 8);
    if (!e->known_prefixes) return -1;
    memset(e->known_prefixes, 0, bits / 8);
    e->known_prefix_mask = (uint32_t)(bits - 1);
    for (int l = 0; l < 2; l++)
        for (size_t i = 0; e->known[l] && i < e->known[l]->count; i++) {
            uint32_t h = PRECIS_FNV1A_INIT;
            for (const char *w = e->known[l]->words[i]; *w; w++) {
                h = precis_fnv1a_more(h, w, 1);
                uint32_t k = h & e->known_prefix_mask;
                e->known_prefixes[k >> 6] |= (uint64_t)1 << (k & 63);
            }
        }
    return 0;
}

/* Whether the span hashed h (precis_fnv1a) may open a name of known[]. */
static inline int known_prefix(const precis_entiter *e, uint32_t h) {
    if (!e->known_prefixes) return 1;
    uint32_t k = h & e->known_prefix_mask;
    return e->known_prefixes[k >> 6] >> (k & 63) & 1;
}

/* Tags T_KNOWN the folded word that opens a known organisation's name, and
 * the one after its article ("Parisien" of "Le Parisien", for "du
 * Parisien"): the words are folded into one block that the set points into,
 * so that finding names costs no lookup beyond the tags. */
static int known_orgs_init(precis_entiter *e) {
    e->org_first_words = NULL;
    e->known_prefixes = NULL;
    memset(e->lower_first, 0, sizeof e->lower_first);
    e->lower_words = 0;
    memset(e->key_first, 0, sizeof e->key_first);
    size_t count = 0;
    for (int l = 0; l < 2; l++)
        count += e->known[l] ? e->known[l]->count : 0;
    if (!count) return 0;
    if (known_prefixes_init(e) != 0) return -1;
    e->org_first_words = precis_malloc(e->alc, 2 * count * (E_KNOWN_KEY + 1));
    if (!e->org_first_words) return -1;
    char *p = e->org_first_words;
    for (int l = 0; l < 2; l++)
        for (size_t i = 0; e->known[l] && i < e->known[l]->count; i++) {
            const char *w = e->known[l]->words[i];
            if (*w >= 'a' && *w <= 'z') e->lower_first[(unsigned char)*w] = e->lower_words = 1;
            for (int pass = 0; pass < 2 && *w; pass++) {
                size_t n = strcspn(w, " ");
                /* an elided article is a token of its own: "L'" of "L'Obs" */
                if (n > 2 && w[1] == '\'') n = 2;
                if (n > 4 && !memcmp(w + 1, "\xE2\x80\x99", 3)) n = 4; /* "L’" */
                size_t m = precis_fold_to(w, n, p, E_KNOWN_KEY);
                if (m) {
                    p[m] = 0;
                    e->key_first[(unsigned char)p[0]] = 1;
                    precis_wordset_add(&e->known_words, p, T_KNOWN);
                    p += m + 1;
                }
                int article = (n == 2 && (!memcmp(w, "Le", 2) || !memcmp(w, "La", 2))) ||
                              (n == 3 && !memcmp(w, "Les", 3));
                /* the word after an elided article too: "Express" of
                 * "L'Express", for "révèle l'Express" */
                int elided = n == 2 && w[0] == 'L' && w[1] == '\'';
                if (elided && w[n]) {
                    w += n;
                    continue;
                }
                if (!article || !w[n]) break;
                w += n + 1;
            }
        }
    return 0;
}

/* Answers of the list lookups that depend on a token's bytes alone, asked
 * several times a token: kept per form (e_run.form), each as a pair of
 * bits, asked (M_*) and the answer (M_* << 1): common word, abbreviation's
 * dot, first name (is_first_name); and the bits of the lists of the index
 * holding the form (precis_entiter.names), asked (M_NAMES) and kept above
 * M_NAMES_SHIFT: nine bits, the heads' and eight lists' (a list of a higher
 * bit is asked by lookup, memo_bit). */
enum { M_COMMON = 1, M_DOT = 4, M_FIRST = 16, M_NAMES = 64, M_NAMES_SHIFT = 7 };

/* Whether the index's bit fits in the memo. */
static int memo_bit(uint32_t bit) {
    return bit && bit < (1u << (16 - M_NAMES_SHIFT));
}

/* The index bits of lists a, b, c (NULL: none); 0 when one of them is not in
 * e->names or its bit does not fit in the memo. */
static uint32_t index_mask(const precis_entiter *e, const precis_wordlist *a,
                           const precis_wordlist *b, const precis_wordlist *c) {
    const precis_wordlist *const l[] = {a, b, c};
    uint32_t m = 0;
    for (size_t k = 0; k < 3; k++) {
        if (!l[k]) continue;
        if (!e->names || l[k]->index != e->names || !memo_bit(l[k]->index_bit)) return 0;
        m |= l[k]->index_bit;
    }
    return m;
}

precis_entiter *precis_entiter_new(const char *lang, const precis_alloc *alc) {
    if (!lang || precis_lang_index(lang, strlen(lang)) < 0) return NULL;
    if (!alc) alc = &precis_default_alloc;
    precis_entiter *e = precis_malloc(alc, sizeof *e);
    if (!e) return NULL;
    e->alc = alc;
    e->adj_after =
        !strcmp(lang, "fr") || !strcmp(lang, "es") || !strcmp(lang, "it") || !strcmp(lang, "pt");
    e->known[K_ORGS] = precis_wordlist_get(lang, "entity_organisations");
    e->known[K_CLUBS] = precis_wordlist_get(lang, "entity_clubs");
    e->club_places = precis_wordlist_get(lang, "entity_club_places");
    e->competitions = precis_wordlist_get(lang, "entity_sport_competitions");
    e->auxiliaries = precis_wordlist_get(lang, "entity_auxiliaries");
    e->idiom_heads = precis_wordlist_get(lang, "entity_idiom_heads");
    e->rivers = precis_wordlist_get(lang, "entity_rivers");
    e->title_ofs = precis_wordlist_get(lang, "entity_title_ofs");
    e->holiday_names = precis_wordlist_get(lang, "entity_holidays");
    e->press_nouns = precis_wordlist_get(lang, "entity_press_nouns");
    e->near_words = precis_wordlist_get(lang, "entity_near_words");
    e->seats = precis_wordlist_get(lang, "entity_seats");
    e->seat_nouns = precis_wordlist_get(lang, "entity_seat_nouns");
    e->institutions = precis_wordlist_get(lang, "entity_institution_nouns");
    e->media_kinds = precis_wordlist_get(lang, "entity_media_kinds");
    e->body_kinds = precis_wordlist_get(lang, "entity_body_kinds");
    e->town_nouns = precis_wordlist_get(lang, "entity_town_nouns");
    e->media_words = precis_wordlist_get(lang, "entity_media_words");
    e->number_words = precis_wordlist_get(lang, "entity_number_words");
    e->gender[0] = precis_wordlist_get(lang, "gen_female_names");
    e->gender[1] = precis_wordlist_get(lang, "gen_male_names");
    e->months = precis_wordlist_get(lang, "time_words");
    e->date_cues = precis_wordlist_get(lang, "entity_date_cues");
    e->holidays = precis_wordlist_get(lang, "entity_holiday_heads");
    e->illness_heads = precis_wordlist_get(lang, "entity_illness_heads");
    e->place_nouns = precis_wordlist_get(lang, "entity_place_nouns");
    e->work_people = precis_wordlist_get(lang, "entity_work_people");
    e->media_people = precis_wordlist_get(lang, "entity_media_people");
    memset(e->media_first, 0, sizeof e->media_first);
    for (size_t i = 0; e->media_people && i < e->media_people->count; i++)
        e->media_first[(unsigned char)e->media_people->words[i][0]] = 1;
    e->match_cues = precis_wordlist_get(lang, "entity_match_cues");
    e->match_after = precis_wordlist_get(lang, "entity_match_after");
    e->venue_ends = precis_wordlist_get(lang, "entity_venue_ends");
    e->club_heads = precis_wordlist_get(lang, "entity_club_heads");
    e->player_nouns = precis_wordlist_get(lang, "entity_player_nouns");
    e->caption_openers = precis_wordlist_get(lang, "entity_caption_openers");
    e->ordinals = precis_wordlist_get(lang, "entity_ordinals");
    e->title_cues = precis_wordlist_get(lang, "entity_title_cues");
    e->genre_cues = precis_wordlist_get(lang, "entity_genre_cues");
    e->demonym_prefixes = precis_wordlist_get(lang, "entity_demonym_prefixes");
    e->common_bodies = precis_wordlist_get(lang, "entity_common_bodies");
    e->domains = precis_wordlist_get(lang, "entity_web_domains");
    e->possessives = precis_wordlist_get(lang, "quote_possessives");
    e->work_nouns = precis_wordlist_get(lang, "entity_work_nouns");
    e->joined_heads = precis_wordlist_get(lang, "entity_joined_heads");
    e->number_heads = precis_wordlist_get(lang, "entity_number_heads");
    e->stake_nouns = precis_wordlist_get(lang, "entity_stake_nouns");
    e->company_verbs = precis_wordlist_get(lang, "entity_company_verbs");
    e->company_roles = precis_wordlist_get(lang, "entity_company_roles");
    e->title_nouns = precis_wordlist_get(lang, "entity_title_nouns");
    e->title_stops = precis_wordlist_get(lang, "entity_title_stops");
    e->title_dates = precis_wordlist_get(lang, "quote_dates");
    e->firm_titles = precis_wordlist_get(lang, "entity_firm_titles");
    size_t total = 0;
    for (int l = 0; l < 2; l++)
        total += e->known[l] ? 2 * e->known[l]->count : 0;
    if (precis_wordset_init(&e->known_words, total, alc) != 0) {
        precis_free(alc, e);
        return NULL;
    }
    e->places[0] = precis_wordlist_get(lang, "entity_places");
    e->places[1] = precis_wordlist_get(lang, "gen_places");
    e->first[0] = precis_wordlist_get(lang, "entity_first_names");
    e->first[1] = precis_wordlist_get(lang, "gen_first_names");
    e->starters = precis_wordlist_get(lang, "sentence_starters");
    e->glued = !strcmp(lang, "fr") ? precis_wordlist_get(lang, "glued_starters") : NULL;
    e->surnames = precis_wordlist_get(lang, "gen_surnames");
    e->orgs = precis_wordlist_get(lang, "gen_org_names");
    e->demonyms[0] = precis_wordlist_get(lang, "entity_demonyms");
    e->demonyms[1] = precis_wordlist_get(lang, "gen_demonyms");
    e->common = precis_wordlist_get(lang, "gen_common");
    e->fr = !strcmp(lang, "fr");
    e->abbr = precis_wordlist_get(lang, "abbreviations_final");
    e->adjs = precis_wordlist_get(lang, "entity_name_adjectives");
    e->nationals = precis_wordlist_get(lang, "entity_nationality_adjectives");
    e->adj_ends = precis_wordlist_get(lang, "entity_adjective_endings");
    e->preps = e->fr ? precis_wordlist_get(lang, "entity_complement_preps") : NULL;
    e->articles = precis_wordlist_get(lang, "entity_articles");
    e->channels = precis_wordlist_get(lang, "quote_channels");
    e->drop_bare = e->fr || !strcmp(lang, "en");
    /* the index of the language's lists (all of them in one, or none) */
    const precis_wordlist *const indexed[] = {e->places[0],   e->places[1],   e->first[0],
                                              e->first[1],    e->surnames,    e->orgs,
                                              e->demonyms[0], e->demonyms[1], e->club_places};
    e->names = NULL;
    for (size_t k = 0; k < sizeof indexed / sizeof *indexed && !e->names; k++)
        e->names = indexed[k] ? indexed[k]->index : NULL;
    e->m_first = index_mask(e, e->first[0], e->first[1], NULL);
    e->m_hand_first = index_mask(e, e->first[0], NULL, NULL);
    e->m_surnames = index_mask(e, e->surnames, NULL, NULL);
    e->m_orgs = index_mask(e, e->orgs, NULL, NULL);
    e->m_demonyms = index_mask(e, e->demonyms[0], e->demonyms[1], NULL);
    e->m_places = index_mask(e, e->places[0], e->places[1], e->club_places);
    if (known_orgs_init(e) != 0) {
        precis_entiter_free(e);
        return NULL;
    }
    return e;
}

void precis_entiter_free(precis_entiter *e) {
    if (!e) return;
    precis_wordset_free(&e->known_words, e->alc);
    precis_free(e->alc, e->org_first_words);
    precis_free(e->alc, e->known_prefixes);
    precis_free(e->alc, e);
}

static int in_lists(const precis_wordlist *const *l, const char *s, size_t n) {
    return (l[0] && precis_wordlist_has(l[0], s, n)) || (l[1] && precis_wordlist_has(l[1], s, n));
}

/* ------------------------------------------------------------------ runs */

typedef struct cand {
    size_t first, last; /* tokens */
    size_t sent;
    int votes[4];        /* PRECIS_ENT_* */
    size_t key, key_len; /* folded text in keys */
    size_t lkey, lkey_len;
    unsigned surname : 1; /* may lend its last word to a one-word mention */
    unsigned weak : 1;    /* a common word alone: a mention only as another's surname */
    unsigned side : 1;    /* a place and a plural noun: a sports side ("Cardiff Blues") */
    /* lends its surname on a guess of organisation alone ("Dougie Hall"):
     * the words alone that join it stay mentions only if it ends a person */
    unsigned guessed : 1;
    /* French, one word with no cue after "de" (vote): the type it takes
     * when it is an entity's only mention (bare): 1 + PRECIS_ENT_*, 0 none */
    unsigned of : 3;
    size_t entity, next;
} cand;

#define NONE ((size_t)-1)
#define AMBIGUOUS ((size_t)-2)

typedef struct slot {
    size_t key, len, entity; /* entity NONE: empty */
} slot;

typedef struct table {
    slot *slots; /* NULL: empty */
    size_t mask;
} table;

typedef struct e_run {
    const precis_entiter *e;
    const precis_quote_input *in;
    int sport; /* a sports club is named: towns that are clubs are clubs */
    uint32_t *tags;
    unsigned char *cap_mid, *lower; /* per term */
    /* per token, its form: for a capitalized one, the first token of the
     * same bytes (the same term's last capitalized one when equal, else
     * itself); a lower-case token, asked little, is its own (comparing
     * every token's bytes cost more than asking those again) */
    uint32_t *form;
    uint16_t *memo; /* per form: M_* */
    /* per token, joined's answer plus one (0: not asked yet, or asked of
     * " & ", whose answer can change) */
    unsigned char *joins;
    precis_buf fold, keys;
    precis_vec cands;
    /* the last words that mentions lend as surnames (lent_surname): a
     * table of keys, grown to keep its load at most 1/2 */
    table lent;
    size_t n_lent;
    /* acronyms a lower-case phrase spelled out (spelled_out), per term */
    uint32_t spelled[E_SPELLED];
    size_t n_spelled;
} e_run;

/* The slot of the folded text (k, len) in h: its own, or the empty one
 * where it would go. Slots hold spans of r->keys. */
static slot *lookup(const e_run *r, const table *h, const char *k, size_t len) {
    for (size_t i = precis_fnv1a(k, len) & h->mask;; i = (i + 1) & h->mask) {
        slot *s = &h->slots[i];
        if (s->entity == NONE || (s->len == len && !memcmp(r->keys.data + s->key, k, len)))
            return s;
    }
}

/* The answer of ask for token i, asked once for the tokens of its bytes. */
static inline int memo_ask(const e_run *r, size_t i, unsigned bit,
                           int (*ask)(const e_run *, size_t)) {
    uint16_t *m = &r->memo[r->form[i]];
    if (!(*m & bit)) *m |= (uint16_t)(bit | (ask(r, i) ? bit << 1 : 0));
    return (*m & (bit << 1)) != 0;
}

static const char *tok_s(const e_run *r, size_t i) {
    return r->in->text + r->in->toks[i].off;
}

/* The bytes of a possessive ending ("'s", "\u2019s") that token i's word
 * leaves out ("Trump's" is a mention of Trump): asked once a token, when
 * its tags are set, and kept in them above POSS_SHIFT (tok_len), as is a
 * glued starter's (glued_cut). */
enum { POSS_SHIFT = 29 };
_Static_assert(T_PEER < 1u << POSS_SHIFT, "the lexicon's tags stay below the possessive's");

static unsigned possessive_cut(const char *s, size_t n) {
    /* the last byte first: most tokens end in no "s" */
    if (s[n - 1] != 's' || n < 4) return 0;
    if (s[n - 2] == '\'') return 2;
    return n > 5 && s[n - 2] == '\x99' && s[n - 3] == '\x80' && s[n - 4] == '\xE2' ? 4 : 0;
}

/* The bytes of a sentence starter (data/fr/glued-starters.txt) that a
 * lost line break glued to the end of a capitalized token, after two
 * letters or more, a space and a word after ("BFMTVLa police", "Maison
 * BlancheSelon Axios"): outside the name, which ends there, as a
 * possessive (tok_len); 0 if none. A cut is kept in the tags' three bits
 * above POSS_SHIFT: 7 bytes at most (the longest starter, "Depuis" or
 * "Après", has 6). */
static unsigned glued_cut(const precis_wordlist *glued, const char *s, size_t n, int spaced) {
    if (!glued || n < 4 || !spaced) return 0;
    for (size_t k = n > 9 ? n - 7 : 2; k + 2 <= n; k++) {
        unsigned char c = (unsigned char)s[k], p = (unsigned char)s[k - 1];
        if (c >= 'A' && c <= 'Z' && ((p | 0x20) >= 'a' && (p | 0x20) <= 'z' ? 1 : p >= 0x80) &&
            precis_wordlist_has(glued, s + k, n - k))
            return (unsigned)(n - k);
    }
    return 0;
}

/* The folded bytes of a cut (possessive_cut, glued_cut) of token (s, n):
 * a possessive's are 2 ("'s"), a starter's as many as written (an ASCII
 * capital, and folding keeps the length of its small letters: "Après"). */
static unsigned folded_bytes(const char *s, size_t n, unsigned cut) {
    return cut && s[n - 1] == 's' && (s[n - 2] == '\'' || (unsigned char)s[n - 2] == 0x99) ? 2
                                                                                           : cut;
}

/* Token i's length without a possessive ending (possessive_cut) or a
 * starter glued to it (glued_cut). */
static inline size_t tok_len(const e_run *r, size_t i) {
    return r->in->toks[i].len - (r->tags[i] >> POSS_SHIFT);
}

/* The bits of the index (precis_entiter.names) for token i's word as
 * written (tok_len's bytes), asked once per form. */
static inline unsigned index_bits(const e_run *r, size_t i) {
    uint16_t *m = &r->memo[r->form[i]];
    if (!(*m & M_NAMES))
        *m |= (uint16_t)(M_NAMES | precis_wordindex_get(r->e->names, tok_s(r, i), tok_len(r, i))
                                       << M_NAMES_SHIFT);
    return *m >> M_NAMES_SHIFT;
}

/* Whether list l holds token i's word as written (tok_len's bytes). */
static int has_word(const e_run *r, size_t i, const precis_wordlist *l) {
    return l && precis_wordlist_has(l, tok_s(r, i), tok_len(r, i));
}

/* Whether one of the lists a, b, c (each may be NULL) holds token i's word
 * as written: from the index when mask, the bits of all of them, is not 0
 * (index_mask), else a lookup in each. */
static inline int in_any(const e_run *r, size_t i, uint32_t mask, const precis_wordlist *a,
                         const precis_wordlist *b, const precis_wordlist *c) {
    if (mask) return (index_bits(r, i) & mask) != 0;
    return has_word(r, i, a) || has_word(r, i, b) || has_word(r, i, c);
}

/* Whether the span of several words from token a may be an entry of one of
 * the indexed lists: false when a's word, followed by a space, opens none. */
static int may_open(const e_run *r, size_t a) {
    const precis_wordindex *ix = r->e->names;
    const precis_token *t = &r->in->toks[a];
    if (!ix || !memo_bit(ix->heads) || r->in->text[t->off + t->len] != ' ' ||
        tok_len(r, a) != t->len)
        return 1;
    return (index_bits(r, a) & ix->heads) != 0;
}

/* The length of a folded form of k bytes without the ending that
 * possessive_cut or glued_cut found (folded_bytes: cut folded bytes). */
static inline size_t folded_cut(size_t k, unsigned cut) {
    return k > cut ? k - cut : 0;
}

/* Token i's folded form (the analysis's) without a possessive or a glued
 * starter, as tok_len cuts it: "trump" of "Trump's", "bfmtv" of "BFMTVLa". */
static inline const char *folded_word(const e_run *r, size_t i, size_t *n) {
    *n = folded_cut(precis_quote_folded(r->in, i),
                    folded_bytes(tok_s(r, i), r->in->toks[i].len, r->tags[i] >> POSS_SHIFT));
    return r->in->folded + r->in->toks[i].fold;
}

/* Whether the folded list l holds token i's folded word. */
static int has_folded(const e_run *r, size_t i, const precis_wordlist *l) {
    if (!l) return 0;
    size_t n;
    const char *w = folded_word(r, i, &n);
    return precis_wordlist_has(l, w, n);
}

/* Whether tokens x and y write the same word (tok_len's bytes: "Fiat" of
 * "Fiat's" is "Fiat"). */
static int same_word(const e_run *r, size_t x, size_t y) {
    return tok_len(r, x) == tok_len(r, y) && !memcmp(tok_s(r, x), tok_s(r, y), tok_len(r, x));
}

/* Whether token i's word has a cut (tok_len): a possessive, or in French
 * a starter glued to it, which ends a name as a possessive does. */
static int possessive(const e_run *r, size_t i) {
    return tok_len(r, i) != r->in->toks[i].len;
}

/* "B.B", "J.P": capitals and full stops. */
static int initials(const char *s, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (!(s[k] >= 'A' && s[k] <= 'Z') && s[k] != '.') return 0;
    return n >= 3 && s[1] == '.';
}

/* A name's last word whose full stop is an abbreviation's ("Warner Bros.",
 * "Acme Ltd.", "Robert Downey Jr."): asked of a mention's last token only. */
static int abbr_dot_of(const e_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    char w[16];
    if (!r->e->abbr || !(t->flags & PRECIS_TOK_CAP) || (size_t)t->len + 1 >= sizeof w ||
        t->len != tok_len(r, i))
        return 0;
    memcpy(w, r->in->text + t->off, t->len);
    w[t->len] = '.';
    return precis_wordlist_has(r->e->abbr, w, t->len + 1);
}

static int abbr_dot(const e_run *r, size_t i) {
    return memo_ask(r, i, M_DOT, abbr_dot_of);
}

/* The bytes of tokens [a, b], with the full stop that ends initials
 * ("U.S.", "K.C."). */
static int initial_after(const e_run *r, size_t a, size_t j);

/* The bytes of a brand's "+" after token i ("Canal+", "Canal +", "Disney+"):
 * a capitalized word of two letters or more, no "+" before a capital a few
 * words before (marks: "+Vedomosti+"), then "+" glued or after one space,
 * and no letter, digit nor "+" after it, the next token past it; 0 if
 * none. */
static size_t plus_after_rest(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    const char *s = r->in->text;
    if (!(t[i].flags & PRECIS_TOK_CAP) || t[i].len < 2 || tok_len(r, i) != t[i].len ||
        (t[i].off && s[t[i].off - 1] == '+'))
        return 0;
    /* (the text's last token too: "diffusé sur Canal+.") */
    size_t end = t[i].off + t[i].len, k = s[end] == ' ' ? 1 : 0;
    if (s[end + k] != '+' || (i + 1 < r->in->n_toks && t[i + 1].off <= end + k + 1)) return 0;
    /* a "+" opening a name a few words before: marks ("+Black Lives
     * Matter+"); 64 bytes back at most, within the line: such a name in
     * marks has a few words */
    for (size_t j = t[i].off; j-- > 0 && t[i].off - j < 64 && s[j] != '\n';)
        if (s[j] == '+' && s[j + 1] >= 'A' && s[j + 1] <= 'Z') return 0;
    unsigned char c = (unsigned char)s[end + k + 1];
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80 ||
                   c == '+'
               ? 0
               : k + 1;
}

/* (inline, the bytes after the token first: a "+" right after it or after
 * one space, which few tokens have) */
static inline size_t plus_after(const e_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    const char *p = r->in->text + t->off + t->len;
    /* the byte after one space, else the first (one test: the bytes after
     * names are too mixed to predict) */
    if (p[p[0] == ' '] != '+') return 0;
    return plus_after_rest(r, i);
}

/* span_len's end past a full stop that is the name's: an initial's, an
 * abbreviation's (end: the byte of the stop) */
static size_t span_dot_end(const e_run *r, size_t a, size_t b, size_t end) {
    const precis_token *t = r->in->toks;
    if ((t[b].len == 1 || initials(r->in->text + t[b].off, t[b].len)) && r->in->text[end] == '.' &&
        b > a && r->in->text[t[b].off - 1] == '.')
        end++;
    else if (b == a + 1 && t[b].len == 1 && r->in->text[end] == '.' && initial_after(r, a, b))
        end++;
    else if (b > a && r->in->text[end] == '.' && abbr_dot(r, b))
        end++;
    return end;
}

/* (inline: the stop's tests, out of line, only when a full stop follows) */
static inline size_t span_len(const e_run *r, size_t a, size_t b) {
    const precis_token *t = r->in->toks;
    size_t end = t[b].off + tok_len(r, b) + plus_after(r, b);
    if (r->in->text[end] == '.') end = span_dot_end(r, a, b, end);
    return end - t[a].off;
}

/* Whether the bytes between tokens i and i+1 keep a name together: spaces,
 * hyphens, apostrophes, and the full stop of an initial or a title ("J.",
 * "M.", "Mr."). */
static int amp_joined(const e_run *r, size_t i);
static inline int is_place(const e_run *r, size_t a, size_t b);

/* "Reyes' Kingsford United", "Lines’ Northway": a plural's possessive
 * mark, no nickname's closing one ("Mike 'Sugar Bear' Thompson", the
 * mark opened a word or two before). */
static int plural_possessive(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    const char *s = r->in->text, *p = s + t[i].off + t[i].len;
    if (t[i].len < 2 || p[-1] != 's') return 0;
    /* the curly mark's first byte first: no read past the text's end */
    if (!(p[0] == '\'' && p[1] == ' ') && !(p[0] == '\xE2' && !memcmp(p, "\xE2\x80\x99 ", 4)))
        return 0;
    for (size_t k = i + 1; k-- > 0 && i - k < 3;) {
        const char *w = s + t[k].off;
        if ((t[k].off >= 1 && w[-1] == '\'') ||
            (t[k].off >= 3 && !memcmp(w - 3, "\xE2\x80\x98", 3)))
            return 0;
    }
    return 1;
}

/* joined's test; *amp set when it asked amp_joined. */
static int join_test(const e_run *r, size_t i, int *amp) {
    const precis_token *t = r->in->toks;
    if (possessive(r, i)) return 0;
    /* "Birmingham Magistrates' Court": a plural possessive inside an
     * institution's name, before its capitalized word */
    if (plural_possessive(r, i) &&
        !((t[i].flags & t[i + 1].flags & PRECIS_TOK_CAP) && (r->tags[i + 1] & (T_ORG | T_ORGEND))))
        return 0;
    int spaces = 0;
    for (size_t k = t[i].off + t[i].len; k < t[i + 1].off; k++) {
        char c = r->in->text[k];
        if (c == ' ') spaces++;
        /* an abbreviated role ("Gen. Smith") keeps its name, not a role
         * word ending a sentence: "le Conseil d'État. Il" (État a role's
         * word, "secrétaire d'État") */
        else if (c == '.' && !(t[i].len <= 2 || initials(r->in->text + t[i].off, t[i].len) ||
                               ((r->tags[i] & T_ROLE) && !(t[i + 1].flags & PRECIS_TOK_FIRST))))
            return 0;
        else if (c == '&')
            return *amp = 1, amp_joined(r, i);
        else if (c != '-' && c != '\'' && c != '.' && (unsigned char)c < 0x80)
            return 0;
        else if ((unsigned char)c >= 0x80 && memcmp(r->in->text + k, "\xE2\x80\x99", 3) != 0)
            return 0;
        else if ((unsigned char)c >= 0x80)
            k += 2;
    }
    return spaces <= 1;
}

/* Whether tokens i and i+1 are words of one name: asked of the same tokens
 * many times, so answered once per token but for " & " (amp_joined asks
 * is_place, which the run's sport changes). */
static int join_ask(const e_run *r, size_t i) {
    int amp = 0, v = join_test(r, i, &amp);
    if (!amp) r->joins[i] = (unsigned char)(v + 1);
    return v;
}

/* (inline: the kept answer; the test out of line) */
static inline int joined(const e_run *r, size_t i) {
    if (i + 1 >= r->in->n_toks) return 0;
    if (r->joins[i]) return r->joins[i] - 1;
    return join_ask(r, i);
}

/* " & " between two capitalized tokens: "Ernst & Young", "Marks &
 * Spencer" (not "R&D", written glued like "S&P"). */
static int amp_joined(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    return t[i + 1].off == t[i].off + t[i].len + 3 &&
           !memcmp(r->in->text + t[i].off + t[i].len, " & ", 3) && (t[i].flags & PRECIS_TOK_CAP) &&
           (t[i + 1].flags & PRECIS_TOK_CAP) &&
           !(is_place(r, i, i) && is_place(r, i + 1, i + 1)); /* "Vietnam & Cambodia" */
}

static int has_amp(const e_run *r, size_t a, size_t b) {
    for (size_t i = a; i < b; i++)
        if (amp_joined(r, i)) return 1;
    return 0;
}

/* Tokens i and i+1 written as one word: a hyphen or an apostrophe
 * between, no space. */
static int glued(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    if (i + 1 >= r->in->n_toks) return 0;
    size_t from = t[i].off + t[i].len, to = t[i + 1].off;
    /* an elided word after a hyphen, its apostrophe its own: "d'" of
     * "Côte-d'Azur" */
    const char *x = r->in->text;
    if (to == from && r->e->fr && t[i].len >= 2 && t[i].off > 0 && x[t[i].off - 1] == '-' &&
        (x[from - 1] == '\'' || (t[i].len >= 4 && !memcmp(x + from - 3, "\xE2\x80\x99", 3))))
        return joined(r, i);
    return to > from && !memchr(r->in->text + from, ' ', to - from) && joined(r, i);
}

/* The Arabic article in lower case glued by a hyphen to the next word:
 * "al-" of "Moustafa al-Kazimi", "el-" of "Aïd el-Kébir". */
static int lower_arabic_article(const e_run *r, size_t i) {
    const char *w = tok_s(r, i);
    return i + 1 < r->in->n_toks && tok_len(r, i) == 2 &&
           !(r->in->toks[i].flags & PRECIS_TOK_CAP) && w[1] == 'l' &&
           (w[0] == 'a' || w[0] == 'e') && w[2] == '-' && glued(r, i);
}

/* A Roman ordinal: "XXe", "XVIIIe", "Ier", "IIIème" (a century, a
 * district, a republic), a name's only after a name ("François Ier"). */
static int roman_ordinal(const e_run *r, size_t i) {
    const char *s = tok_s(r, i);
    size_t n = r->in->toks[i].len, k = 0;
    /* asked of every capitalized word: the cheap test first */
    if (n < 2 || n > 10 || !memchr("IVXLCDM", s[0], 7)) return 0;
    while (k < n && s[k] && memchr("IVXLCDM", s[k], 7))
        k++;
    /* "Le", "De", "Ce", "Me", "Mer" are words */
    if (k == 0 || k == n || (k == 1 && !strchr("IVX", s[0]))) return 0;
    static const char *const ends[] = {"e", "er", "re", "\xC3\xA8me", "eme", "\xC3\xA8"};
    for (size_t j = 0; j < sizeof ends / sizeof *ends; j++)
        if (n - k == strlen(ends[j]) && !memcmp(s + k, ends[j], n - k)) return 1;
    return 0;
}

static inline int is_first_name(const e_run *r, size_t i);

/* A month that is a first name ("June", "April", "May") away from a number
 * and a date cue before it ("in June", "last April", "June 12", "12
 * June"): a name. Asked of capitalized stop words and non-names only. */
static int month_name(const e_run *r, size_t i) {
    const precis_entiter *e = r->e;
    const precis_token *t = r->in->toks;
    /* cheap tests first: "The", "I", "In" are asked here too */
    if ((t[i].flags & (PRECIS_TOK_STOP | PRECIS_TOK_FIRST)) ==
            (PRECIS_TOK_STOP | PRECIS_TOK_FIRST) ||
        t[i].len < 3 || !e->date_cues || !e->months ||
        !precis_wordlist_has(e->months, tok_s(r, i), tok_len(r, i)) || !is_first_name(r, i))
        return 0;
    if (i + 1 < r->in->n_toks && (t[i + 1].flags & PRECIS_TOK_NUM) && joined(r, i)) return 0;
    if (i == 0 || (t[i].flags & PRECIS_TOK_FIRST)) return !(t[i].flags & PRECIS_TOK_STOP);
    size_t n;
    const char *w = folded_word(r, i - 1, &n);
    return !(t[i - 1].flags & PRECIS_TOK_NUM) && !precis_wordlist_has(e->date_cues, w, n);
}

static inline int acronym(const e_run *r, size_t i);
static int is_common(e_run *r, size_t i);

/* A stop word of two capitals inside a sentence, in small letters around,
 * is an acronym ("IS", "US", "IT"); not beside another word of the
 * language in capitals ("THAT IS MY"), nor "À" or the French "SE" of
 * "SE-Unsa" (no hyphen either side). Longer ones are left out: the
 * quotes stage reads "the latest WHO report" as a descriptor, which an
 * entity "WHO" would cut. */
static int stop_acronym(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    const char *w = tok_s(r, i);
    if (i == 0 || (t[i].flags & PRECIS_TOK_FIRST) || t[i].len != 2 || w[0] < 'A' || w[0] > 'Z' ||
        w[1] < 'A' || w[1] > 'Z' || glued(r, i - 1) || glued(r, i))
        return 0;
    for (size_t k = i - 1; k <= i + 1 && k < r->in->n_toks; k += 2)
        if ((t[k].flags & PRECIS_TOK_WORD) && acronym(r, k) &&
            ((t[k].flags & PRECIS_TOK_STOP) || is_common((e_run *)r, k)))
            return 0;
    return 1;
}

/* A stop word or a word of the not-names that is a name here: kept out of
 * line, as name_word is asked many times a token and these seldom. */
static int stop_place(const e_run *r, size_t i);

static int month_place(const e_run *r, size_t i);

__attribute__((noinline)) static int listed_name(const e_run *r, size_t i) {
    return month_name(r, i) || ((r->in->toks[i].flags & PRECIS_TOK_STOP) && stop_acronym(r, i)) ||
           stop_place(r, i) || month_place(r, i);
}

/* French: a not-name of the hand-made list of places (data/fr/
 * entity-places.txt), capitalized inside a sentence away from a number:
 * the planet "Mars", whose month French writes in lower case ("sur Mars",
 * not "le 12 Mars 2020" of a title-cased date nor "le Champ de Mars", while
 * "Champ-de-Mars" is one known place). */
static int month_place(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    if (!r->e->fr || i == 0 || (t[i].flags & (PRECIS_TOK_FIRST | PRECIS_TOK_STOP)) ||
        !has_word(r, i, r->e->places[0]))
        return 0;
    /* nor the end of a longer name: "le Champ de Mars" */
    if (i >= 2 && tok_len(r, i - 1) == 2 && !memcmp(tok_s(r, i - 1), "de", 2) &&
        r->in->text[t[i].off - 1] == ' ' && (t[i - 2].flags & PRECIS_TOK_CAP))
        return 0;
    return !(t[i - 1].flags & PRECIS_TOK_NUM) &&
           !(i + 1 < r->in->n_toks && (t[i + 1].flags & PRECIS_TOK_NUM) && joined(r, i));
}

static inline int is_place(const e_run *r, size_t a, size_t b);

/* French: a capitalized stop word or not-name opening a known place
 * written as one hyphenated word of two parts or more: "Pas" of
 * "Pas-de-Calais", "Deux" of "Deux-Sèvres". */
static int stop_place(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    if (!r->e->fr || !(t[i].flags & PRECIS_TOK_CAP) || i + 1 >= r->in->n_toks) return 0;
    size_t k = i;
    while (k < i + 4 && k + 1 < r->in->n_toks && t[k + 1].off == t[k].off + t[k].len + 1 &&
           r->in->text[t[k].off + t[k].len] == '-')
        k++;
    for (; k >= i + 1; k--)
        if ((t[k].flags & PRECIS_TOK_CAP) && is_place(r, i, k)) return 1;
    return 0;
}

/* Capitals and digits, two letters or more, opening with a letter: "G4S",
 * "3M" aside (models and codes have one letter: "A330", "G7"). */
__attribute__((noinline)) static int alnum_acronym(const e_run *r, size_t i) {
    const char *s = r->in->text + r->in->toks[i].off;
    size_t n = r->in->toks[i].len, letters = 0;
    if (n < 3 || n > 6 || s[0] < 'A' || s[0] > 'Z') return 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] >= 'A' && s[k] <= 'Z')
            letters++;
        else if (s[k] < '0' || s[k] > '9')
            return 0;
    }
    return letters >= 2;
}

/* Token i, a number word, opens a name of bodies it counts: the next word,
 * capitalized and joined, is an organisation's ("Six Nations") */
static int numbered_body(const e_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    return i + 1 < r->in->n_toks && (t->flags & PRECIS_TOK_CAP) && (t[1].flags & PRECIS_TOK_CAP) &&
           (r->tags[i + 1] & T_ORG) && !(t[1].flags & PRECIS_TOK_STOP) && joined(r, i);
}

static int has_folded(const e_run *r, size_t i, const precis_wordlist *l);

/* Whether the word (w, n) is c elided, all of it: c and a straight or a
 * curly apostrophe ("l'", "d’"). */
static int elided_as(const char *w, size_t n, char c) {
    return (n == 2 || n == 4) && w[0] == c &&
           (n == 2 ? w[1] == '\'' : !memcmp(w + 1, "\xE2\x80\x99", 3));
}

/* Whether token i is the elided article "l'" or "l’", either case. */
static int elided_l(const e_run *r, size_t i) {
    const char *w = tok_s(r, i);
    size_t n = r->in->toks[i].len;
    return elided_as(w, n, 'l') || elided_as(w, n, 'L');
}

/* French: token i is a road's number, "A", "N", "D", "RN" or "RD" and one
 * to four digits, after a lower-case word of places or an article joined
 * to it: "l'autoroute A43", "la N118", "l'A43"; not "un Airbus A330". */
static int road_number(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    const char *s = tok_s(r, i);
    size_t n = t[i].len, k = (s[0] == 'R' && (s[1] == 'N' || s[1] == 'D')) ? 2 : 1;
    if (!r->e->fr || i == 0 || n < k + 1 || n > k + 4 ||
        (k == 1 && s[0] != 'A' && s[0] != 'N' && s[0] != 'D'))
        return 0;
    for (size_t j = k; j < n; j++)
        if (s[j] < '0' || s[j] > '9') return 0;
    if (s[n] == '-' || (t[i - 1].flags & PRECIS_TOK_CAP) ||
        !(joined(r, i - 1) || t[i - 1].off + t[i - 1].len == t[i].off))
        return 0;
    return (r->tags[i - 1] & T_PLACE) || elided_l(r, i - 1) || has_folded(r, i - 1, r->e->articles);
}

/* name_word of a capitalized word */
static int cap_name_word(const e_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    if ((t->flags & PRECIS_TOK_NUM) && !alnum_acronym(r, i)) return road_number(r, i);
    /* French: a Roman ordinal is no name ("XVIe siècle"), unless a name
     * goes on with it ("Louis XIV") or it opens a known place ("la Ve
     * République") */
    if (r->e->fr && roman_ordinal(r, i) &&
        !(i > 0 && joined(r, i - 1) && (t[-1].flags & PRECIS_TOK_CAP) &&
          !(t[-1].flags & PRECIS_TOK_STOP)) &&
        !(i + 1 < r->in->n_toks && joined(r, i) && (t[1].flags & PRECIS_TOK_CAP) &&
          is_place(r, i, i + 1)))
        return 0;
    unsigned tag = r->tags[i];
    if (((t->flags & PRECIS_TOK_STOP) || (tag & T_NOTNAME)) && listed_name(r, i)) return 1;
    /* English: a number opening a competition between bodies ("Six
     * Nations", "Four Nations Championship") */
    if (!r->e->adj_after && (tag & T_NUMWORD) && numbered_body(r, i)) return 1;
    if (t->flags & PRECIS_TOK_STOP) return 0;
    if (!(tag & (T_ROLE | T_NOTNAME | T_CUE))) return 1;
    /* "Times" is a stop word, but not inside "The Sunday Times" */
    if ((tag & T_CUE) ||
        ((tag & T_NOTNAME) && (!(tag & T_ORGEND) || (t->flags & PRECIS_TOK_FIRST))))
        return 0;
    /* a role before an organisation's word is the name's: "Lakeside General
     * Hospital" */
    return !(tag & T_ROLE) || (i + 1 < r->in->n_toks && (r->tags[i + 1] & (T_ORG | T_ORGEND)) &&
                               (t[1].flags & PRECIS_TOK_CAP) && joined(r, i));
}

/* asked of most tokens, mostly lower-case: that test without a call; and
 * most capitalized words without a call too: no number, stop word, nor tag
 * that cap_name_word reads (French asks roman_ordinal first) */
static inline int name_word(const e_run *r, size_t i) {
    unsigned f = r->in->toks[i].flags;
    if ((f & (PRECIS_TOK_CAP | PRECIS_TOK_WORD)) != (PRECIS_TOK_CAP | PRECIS_TOK_WORD)) return 0;
    if (!(f & (PRECIS_TOK_NUM | PRECIS_TOK_STOP)) &&
        !(r->tags[i] & (T_ROLE | T_NOTNAME | T_CUE | T_NUMWORD)) && !r->e->fr)
        return 1;
    return cap_name_word(r, i);
}

static int is_article(const e_run *r, size_t i);

/* miscfiles' propernames holds "The": an article is no first name */
static int first_name_of(const e_run *r, size_t i) {
    const precis_entiter *e = r->e;
    return in_any(r, i, e->m_first, e->first[0], e->first[1], NULL) && !is_article(r, i);
}

/* (inline, the form's kept answer: vote asks it of a candidate's first
 * word a dozen times) */
static inline int is_first_name(const e_run *r, size_t i) {
    return memo_ask(r, i, M_FIRST, first_name_of);
}

/* Whether token i is the Arabic article glued to a name by a hyphen ("Al"
 * of "Al-Massirah"), not the first name "Al". */
static int arabic_article(const e_run *r, size_t i) {
    const char *w = tok_s(r, i);
    return r->in->toks[i].len == 2 && w[1] == 'l' && (w[0] == 'A' || w[0] == 'E') && w[2] == '-';
}

/* A first name that is no common word of the language, or one of the
 * hand-made list: miscfiles' propernames holds "Space" and "Will". */
static int is_strong_first(e_run *r, size_t i);

static int surname_of(const e_run *r, size_t i) {
    return in_any(r, i, r->e->m_surnames, r->e->surnames, NULL, NULL);
}

static int is_surname(const e_run *r, size_t i) {
    return surname_of(r, i);
}

static int org_name_of(const e_run *r, size_t a, size_t b) {
    return r->e->orgs && (r->e->orgs->index != r->e->names || may_open(r, a)) &&
           precis_wordlist_has(r->e->orgs, tok_s(r, a), span_len(r, a, b));
}

/* span_len(r, i, i) is tok_len's */
static int one_word_org_name(const e_run *r, size_t i) {
    return in_any(r, i, r->e->m_orgs, r->e->orgs, NULL, NULL);
}

/* (inline: a word alone is answered from the form's index bits) */
static inline int is_org_name(const e_run *r, size_t a, size_t b) {
    return a == b ? one_word_org_name(r, a) : org_name_of(r, a, b);
}

static int demonym_of(const e_run *r, size_t i) {
    const precis_entiter *e = r->e;
    return in_any(r, i, e->m_demonyms, e->demonyms[0], e->demonyms[1], NULL);
}

static int is_demonym(const e_run *r, size_t i) {
    return demonym_of(r, i);
}

static int common_has(const precis_wordlist *c, const char *w, size_t n, const char *end,
                      size_t cut) {
    char buf[72];
    size_t el = strlen(end);
    if (cut > n || n - cut + el > sizeof buf) return 0;
    memcpy(buf, w, n - cut);
    memcpy(buf + n - cut, end, el);
    return precis_wordlist_has(c, buf, n - cut + el);
}

static int ends(const char *w, size_t n, const char *suffix) {
    size_t k = strlen(suffix);
    return n > k + 1 && !memcmp(w + n - k, suffix, k);
}

/* Whether the word, in lower case, is a common word of the language
 * ("Contrairement", "Clients", "Français"). French common words are
 * stems: plural, feminine and participle endings are stripped. */
static int common_word(const e_run *r, size_t i);

static int is_common(e_run *r, size_t i) {
    return memo_ask(r, i, M_COMMON, common_word);
}

static int common_str(const e_run *r, const char *s, size_t len);
static int common_folded(const e_run *r, const char *w, size_t n);

/* (a token with no cut: its folded form is the one common_str would make,
 * within precis_fold_to's limits, 256 bytes in and 64 out) */
static int common_word(const e_run *r, size_t i) {
    if (!(r->tags[i] >> POSS_SHIFT) && r->in->toks[i].len <= 256) {
        size_t n = precis_quote_folded(r->in, i);
        return n <= 64 && common_folded(r, r->in->folded + r->in->toks[i].fold, n);
    }
    return common_str(r, tok_s(r, i), tok_len(r, i));
}

/* A heading glued to the sentence after it, its line break lost, in one
 * token (French): a lower-case word of five letters or more, then a
 * capital opening a common word ("RétropédalageSollicité par la presse").
 * Brands written so ("ArcelorMittal", "BlackBerry") end in no common
 * word. */
static int glued_heading(const e_run *r, size_t i) {
    const char *s = tok_s(r, i);
    size_t n = tok_len(r, i), lower = 0;
    if (!r->e->fr || n < 10) return 0;
    for (size_t k = 1; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c >= 'A' && c <= 'Z') {
            if (lower >= 5 && n - k >= 5 && common_str(r, s + k, n - k)) return 1;
            lower = 0;
        } else if ((c >= 'a' && c <= 'z') || c >= 0x80) {
            lower += (c & 0xC0) != 0x80; /* letters, not continuation bytes */
        } else {
            lower = 0;
        }
    }
    return 0;
}

static int common_str(const e_run *r, const char *s, size_t len) {
    if (!r->e->common) return 0;
    char w[64];
    return common_folded(r, w, precis_fold_to(s, len, w, sizeof w));
}

/* common_str of the folded word w[0, n) */
static int common_folded(const e_run *r, const char *w, size_t n) {
    const precis_wordlist *c = r->e->common;
    if (!c || !n) return 0;
    if (precis_wordlist_has(c, w, n)) return 1;
    if (!r->e->fr) return ends(w, n, "s") && common_has(c, w, n, "", 1);
    static const struct {
        const char *end, *stem;
    } rules[] = {{"s", ""},
                 {"x", ""},
                 {"e", ""},
                 {"es", ""},
                 {"aux", "al"},
                 {"nne", "n"},
                 {"nnes", "n"},
                 {"\xC3\xA9", "er"},
                 {"\xC3\xA9"
                  "e",
                  "er"},
                 {"\xC3\xA9"
                  "s",
                  "er"},
                 {"\xC3\xA9"
                  "es",
                  "er"},
                 {"ive", "if"},
                 {"ives", "if"},
                 {"euse", "eux"},
                 {"euses", "eux"},
                 {"i\xC3\xA8"
                  "re",
                  "ier"}};
    for (size_t k = 0; k < sizeof rules / sizeof *rules; k++)
        if (ends(w, n, rules[k].end) && common_has(c, w, n, rules[k].stem, strlen(rules[k].end)))
            return 1;
    return 0;
}

/* span_len(r, i, i) is tok_len's */
static int one_word_place(const e_run *r, size_t i) {
    const precis_entiter *e = r->e;
    if (in_any(r, i, e->m_places, e->places[0], e->places[1], e->club_places)) return 1;
    /* French: "au Mans", "Du Havre" name "Le Mans", "Le Havre" */
    const precis_token *t = &r->in->toks[i];
    const char *p;
    char buf[64];
    if (!e->fr || i == 0 || !(t->flags & PRECIS_TOK_CAP) || t->len + 3 > sizeof buf ||
        t[-1].len != 2 || t[-1].off + 3 != t->off)
        return 0;
    p = r->in->text + t[-1].off;
    if (!((p[0] == 'a' || p[0] == 'A' || p[0] == 'd' || p[0] == 'D') && p[1] == 'u')) return 0;
    memcpy(buf, "Le ", 3);
    memcpy(buf + 3, r->in->text + t->off, t->len);
    return in_lists(e->places, buf, t->len + 3);
}

/* A known place: the gazetteer's, or a town that lends its name to a club
 * ("Hull"; in a text about sport it is the club, club_towns). */
static int span_place(const e_run *r, size_t a, size_t b) {
    /* the places' lists are indexed, or both NULL */
    if (r->e->places[1] && r->e->places[1]->index == r->e->names && !may_open(r, a)) return 0;
    size_t n = span_len(r, a, b);
    if (in_lists(r->e->places, tok_s(r, a), n)) return 1;
    /* "Arabie Saoudite" for "Arabie saoudite": later words capitalized
     * (where adjectives follow the noun and are written in lower case) */
    char buf[96];
    if (!r->e->adj_after || n >= sizeof buf) return 0;
    memcpy(buf, tok_s(r, a), n);
    int changed = 0;
    for (size_t k = 1; k < n; k++)
        if (buf[k - 1] == ' ' && buf[k] >= 'A' && buf[k] <= 'Z') {
            buf[k] = (char)(buf[k] + 32);
            changed = 1;
        }
    if (changed && in_lists(r->e->places, buf, n)) return 1;
    /* "Val d'Oise", "Nouvelle Aquitaine", "Pyrénées Orientales": a place
     * the lists write with hyphens, written with spaces */
    memcpy(buf, tok_s(r, a), n);
    changed = 0;
    for (size_t k = 1; k + 1 < n; k++)
        if (buf[k] == ' ') {
            buf[k] = '-';
            changed = 1;
        }
    return changed && in_lists(r->e->places, buf, n);
}

/* (inline: a word alone is answered from the form's index bits) */
static inline int is_place(const e_run *r, size_t a, size_t b) {
    return a == b ? one_word_place(r, a) : span_place(r, a, b);
}

/* The article that a French preposition swallows: "du Parisien" names "Le
 * Parisien", "aux Échos" "Les Échos". NULL after any other token, and in a
 * set phrase whose noun comes before ("champion du Monde", "tour du
 * Monde": data/<lang>/entity-idiom-heads.txt). */
static const char *contracted_article(const e_run *r, size_t i) {
    if (i == 0) return NULL;
    const precis_token *p = &r->in->toks[i - 1];
    const char *w = r->in->text + p->off, *art = NULL;
    if (!r->e->fr) return NULL;
    /* the article in lower case too: "de la République en marche" */
    if (p->len == 2 && (!memcmp(w, "du", 2) || !memcmp(w, "au", 2) || !memcmp(w, "le", 2)))
        art = "Le ";
    if (p->len == 2 && !memcmp(w, "la", 2)) art = "La ";
    if (p->len == 3 && (!memcmp(w, "des", 3) || !memcmp(w, "aux", 3) || !memcmp(w, "les", 3)))
        art = "Les ";
    /* an elided article in lower case, glued: "révèle l'Express" names
     * "L'Express"; not a common word after "de l'" ("histoire de
     * l'Humanité", "joueurs de l'Équipe de France") */
    if (elided_as(w, p->len, 'l') && p->off + p->len == r->in->toks[i].off &&
        !(i >= 2 && p[-1].len == 2 && !memcmp(r->in->text + p[-1].off, "de", 2) &&
          is_common((e_run *)r, i)))
        art = "L'";
    if (art && i >= 2 && r->e->idiom_heads &&
        precis_wordlist_has(r->e->idiom_heads, r->in->folded + p[-1].fold,
                            precis_quote_folded(r->in, i - 2)))
        return NULL;
    return art;
}

/* French: two capitalized words at i that no list knows, neither common,
 * a place's nor an organisation's, the second ending the run: an unknown
 * person's name after a known medium ("sur RTL Hayk Shahinyan"). */
static int unknown_pair(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    if (!r->e->fr || i + 1 >= r->in->n_toks || r->in->text[t[i + 1].off - 1] != ' ') return 0;
    if (i + 2 < r->in->n_toks && (t[i + 2].flags & PRECIS_TOK_CAP) && joined(r, i + 1)) return 0;
    for (size_t k = i; k <= i + 1; k++)
        if (!(t[k].flags & PRECIS_TOK_CAP) || (t[k].flags & PRECIS_TOK_STOP) ||
            is_common((e_run *)r, k) || is_place(r, k, k) || is_org_name(r, k, k) ||
            (r->tags[k] & (T_KNOWN | T_ORG | T_PLACE | T_OTHER | T_ORGEND)) || acronym(r, k))
            return 0;
    return 1;
}

/* A number ending its sentence with a full stop: "à France 3. L'homme",
 * "Europe 1.Les", no initial joined to the next word. */
static int number_stop(const e_run *r, size_t j) {
    const precis_token *t = r->in->toks;
    return (t[j].flags & PRECIS_TOK_NUM) && r->in->text[t[j].off + t[j].len] == '.';
}

/* The last token of the longest known organisation name that starts at
 * token i inside [i, e), or i - 1 when none does. A name of one word does
 * not count at a sentence's start, where "Voici" and "Variety" are words. */
static size_t known_org_end(const e_run *r, size_t i, size_t e, size_t lim, const char **swallowed,
                            int *list) {
    const precis_entiter *en = r->e;
    const precis_token *t = r->in->toks;
    if (swallowed) *swallowed = NULL;
    /* (T_KNOWN: capitalized, a number, or a name's word written in lower case) */
    if (!(r->tags[i] & T_KNOWN)) return i - 1;
    const char *article = contracted_article(r, i);
    /* "RMC-BFMTV": no name inside a hyphenated one */
    if (t[i].off > 0 && r->in->text[t[i].off - 1] == '-' && i > 0 &&
        t[i - 1].off + t[i - 1].len + 1 == t[i].off)
        return i - 1;
    size_t last = i + E_KNOWN_WORDS - 1 < e ? i + E_KNOWN_WORDS - 1 : e - 1;
    if (last > lim) last = lim;
    /* the hashes of the spans i..j, with and without the article, grown
     * word by word: each byte hashed once, not once per span and list */
    uint32_t hs[E_KNOWN_WORDS], ha[E_KNOWN_WORDS];
    size_t k = article ? strlen(article) : 0;
    {
        uint32_t h = PRECIS_FNV1A_INIT, g = precis_fnv1a(article ? article : "", k);
        size_t from = t[i].off;
        for (size_t j = i; j <= last && j + 1 > i; j++) {
            size_t to = t[j].off + t[j].len;
            h = precis_fnv1a_more(h, r->in->text + from, to - from);
            if (article) g = precis_fnv1a_more(g, r->in->text + from, to - from);
            hs[j - i] = h;
            ha[j - i] = g;
            /* a span that opens no known name is in no list, nor is any
             * longer one: the spans tried end here */
            if (!known_prefix(en, h) && !(article && known_prefix(en, g))) {
                if (j == i) return i - 1;
                last = j - 1;
                break;
            }
            from = to;
        }
    }
    for (size_t j = last + 1; j-- > i;) {
        /* one word opening a sentence: a club's alone ("Arsenal are the
         * form team"), English, where such a word is seldom a common one
         * there */
        int first_only = j == i && (t[i].flags & PRECIS_TOK_FIRST);
        /* French: a word that is no common one opens a sentence as the
         * known name ("Mediapart avait révélé"; "Voici" is a word) */
        if (first_only && en->fr && !article && !is_common((e_run *)r, i)) first_only = 0;
        if (first_only && (en->adj_after || en->fr || !en->known[K_CLUBS] || article)) break;
        /* part of a longer name: "MailOnline Travel", "RMC-BFMTV"; not
         * before a person's name ("des Républicains Eric Ciotti") */
        if (j + 1 < r->in->n_toks && (t[j + 1].flags & PRECIS_TOK_CAP) && joined(r, j) &&
            !number_stop(r, j) &&
            !(j + 2 < e && r->in->text[t[j + 1].off - 1] == ' ' && joined(r, j + 1) &&
              name_word(r, j + 2) &&
              (is_strong_first((e_run *)r, j + 1) || unknown_pair(r, j + 1))))
            continue;
        size_t n = t[j].off + t[j].len - t[i].off;
        char buf[96];
        if (article && k + n <= sizeof buf) {
            memcpy(buf, article, k);
            memcpy(buf + k, tok_s(r, i), n);
        }
        for (int l = first_only ? K_CLUBS : 0; l < 2; l++) {
            if (!en->known[l]) continue;
            if (list) *list = l;
            if (precis_wordlist_has_hashed(en->known[l], tok_s(r, i), n, hs[j - i])) return j;
            if (article && k + n <= sizeof buf &&
                precis_wordlist_has_hashed(en->known[l], buf, k + n, ha[j - i])) {
                if (swallowed) *swallowed = article;
                return j;
            }
        }
    }
    return i - 1;
}

static int has_org(const e_run *r, size_t a, size_t b) {
    for (size_t i = a; i <= b; i++)
        if (r->tags[i] & T_ORG) return 1;
    return 0;
}

/* One or two digits and nothing else: "4" of "Formula 4"; not a list's
 * number ("Chinese Grand Prix 1. Lewis Hamilton"). */
static int short_number(const e_run *r, size_t i) {
    const char *s = tok_s(r, i);
    size_t n = tok_len(r, i);
    if (n < 1 || n > 2) return 0;
    if (i + 1 < r->in->n_toks && (s[n] == '.' || s[n] == ')')) return 0;
    for (size_t k = 0; k < n; k++)
        if (s[k] < '0' || s[k] > '9') return 0;
    return 1;
}

/* English: a year of four digits, 19xx or 20xx, with no number nor
 * decimal after it: "2016" of "Euro 2016", "Terrorism Act 2000". */
static int event_year(const e_run *r, size_t i) {
    const char *s = tok_s(r, i);
    if (r->e->adj_after || tok_len(r, i) != 4 || s[-1] != ' ') return 0;
    if (!((s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0'))) return 0;
    for (size_t k = 2; k < 4; k++)
        if (s[k] < '0' || s[k] > '9') return 0;
    return !((s[4] == '-' || s[4] == '/' || s[4] == '.' || s[4] == ',') && s[5] >= '0' &&
             s[5] <= '9');
}

/* English and French: one digit from 2 to 9 after capitalized word i - 1, no list's
 * number nor score ("Los Angeles 4.", "Hoffenheim 2-0", "13/5") and no
 * number after it: a sequel's or a model's ("Halo 2", "PlayStation 2");
 * not after a word that numbers things ("Phase 2", entity-number-heads),
 * a place's, a body's or an event's word. */
static int sequel_number(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    const char *s = tok_s(r, i);
    if ((r->e->adj_after && !r->e->fr) || i == 0 || tok_len(r, i) != 1 || s[0] < '2' ||
        s[0] > '9' || s[-1] != ' ' || !(t[i - 1].flags & PRECIS_TOK_CAP) ||
        (r->tags[i - 1] & (T_PLACE | T_ORG | T_OTHER | T_ROLE)) ||
        has_folded(r, i - 1, r->e->number_heads))
        return 0;
    char c = s[1];
    if (c != ' ' && c != ',' && c != ';' && c != '\0' && c != '\n' && c != '\'' && c != '"' &&
        c != ']')
        return 0;
    if (c == ',' && s[2] >= '0' && s[2] <= '9') return 0;
    /* a number or a name's word after it: "13/5", "Fathers 4 Justice",
     * "RBS 6 Nations" */
    if (i + 1 < r->in->n_toks && t[i + 1].off <= t[i].off + 3 &&
        (t[i + 1].flags & (PRECIS_TOK_NUM | PRECIS_TOK_CAP)))
        return 0;
    return 1;
}

/* Upper case throughout, two letters or more: "OTAN", "FBI". */
static int acronym_bytes(const e_run *r, size_t i) {
    const char *s = tok_s(r, i);
    size_t n = tok_len(r, i);
    if (n < 2) return 0;
    if (r->in->toks[i].flags & PRECIS_TOK_NUM) return alnum_acronym(r, i);
    for (size_t k = 0; k < n; k++) {
        if ((unsigned char)s[k] < 0x80 && !(s[k] >= 'A' && s[k] <= 'Z')) return 0;
        /* a small accented Latin letter: "é" of "Né" */
        if ((unsigned char)s[k] == 0xC3 && k + 1 < n && (unsigned char)s[k + 1] >= 0x9F) return 0;
    }
    return 1;
}

/* (inline, the second byte first: most capitalized words have a
 * lower-case one, and acronym_bytes would end there) */
static inline int acronym(const e_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    if (t->len >= 2 && !(t->flags & PRECIS_TOK_NUM)) {
        unsigned char c = (unsigned char)r->in->text[t->off + 1];
        if (c < 0x80 && !(c >= 'A' && c <= 'Z')) return 0;
    }
    return acronym_bytes(r, i);
}

/* A word of four capitals or more ("VERDICT"; acronyms are mostly shorter). */
static int shouted(const e_run *r, size_t i) {
    return tok_len(r, i) >= 4 && acronym(r, i);
}

/* A capitalized word of the language with no cue of a name, before a
 * role ("Foreign" of "Foreign Secretary"). */
static int common_before_role(e_run *r, size_t k) {
    return !(r->tags[k] & (T_ORG | T_ORGEND | T_PLACE | T_OTHER | T_ROLE)) && !acronym(r, k) &&
           !is_first_name(r, k) && !is_place(r, k, k) && !is_org_name(r, k, k) && is_common(r, k);
}

/* A sentence starter inside a run is where a lost line break glued two
 * sentences ("... in Menorca While Pat ..."): "The" and starters of four
 * letters or more ("Le", "La", "En" stay particles: "Marine Le Pen"),
 * unless an organisation or place word. */
static int starter_word(const e_run *r, size_t j) {
    const precis_token *t = &r->in->toks[j];
    const char *s = tok_s(r, j);
    return (t->len >= 4 || (t->len == 3 && !memcmp(s, "The", 3))) &&
           precis_wordlist_has(r->e->starters, s, t->len);
}

/* (inline, the flags and tags first) */
static inline int glued_starter(const e_run *r, size_t j) {
    return (r->in->toks[j].flags & PRECIS_TOK_CAP) && r->e->starters &&
           !(r->tags[j] & (T_ORG | T_PLACE | T_ORGEND)) && starter_word(r, j);
}

/* A capitalized article and a role word after a first name, ending the
 * name, are a surname (French): "Bruno Le Maire" ("Le" at j, the role at
 * k), not "Bruno" and a role. */
static int article_surname(const e_run *r, size_t a, size_t last, size_t j, size_t k, size_t e) {
    const precis_token *t = r->in->toks;
    return r->e->fr && last == a && k == j + 1 && t[j].len == 2 &&
           (t[j].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) ==
               (PRECIS_TOK_CAP | PRECIS_TOK_STOP) &&
           (r->tags[k] & T_ROLE) &&
           (t[k].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) == PRECIS_TOK_CAP &&
           (k + 1 >= e || !joined(r, k) || !(t[k + 1].flags & PRECIS_TOK_CAP)) &&
           is_first_name(r, a);
}

/* Whether token i is the English article "the", "a" or "an" (folded). */
static int en_article(const e_run *r, size_t i) {
    size_t n = precis_quote_folded(r->in, i);
    const char *w = r->in->folded + r->in->toks[i].fold;
    return (n == 3 && !memcmp(w, "the", 3)) || (n == 1 && w[0] == 'a') ||
           (n == 2 && !memcmp(w, "an", 2));
}

/* Token i is one capital letter followed by a full stop and one space, a
 * capital letter and a full stop before it: the last of initials that the
 * tokenizer split ("B.B." as "B", "B"). */
static int dotted_initial(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    const char *s = r->in->text;
    size_t o = t[i].off;
    if (!(t[i].len == 1 && s[o] >= 'A' && s[o] <= 'Z' && s[o + 1] == '.' && s[o + 2] == ' ' &&
          o >= 2 && s[o - 1] == '.' && s[o - 2] >= 'A' && s[o - 2] <= 'Z' && i > 0))
        return 0;
    /* not a place's ("U.S. President"), nor after an article ("the U.N.
     * Secretary", "a U.S. Senator") */
    if (is_place(r, i - 1, i)) return 0;
    return i < 2 || !en_article(r, i - 2);
}

/* A role word right after a first name or initials, ending the name, is a
 * surname: "Claudette King", "B.B. King", "Stephen Bishop" (a title comes
 * before its name: "King Charles"). */
static int role_surname(const e_run *r, size_t last, size_t j, size_t e) {
    const precis_token *t = r->in->toks;
    if (j != last + 1 || !(r->tags[j] & T_ROLE) ||
        (t[j].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) != PRECIS_TOK_CAP)
        return 0;
    if (j + 1 < e && joined(r, j) && (t[j + 1].flags & PRECIS_TOK_CAP)) return 0;
    /* "the Virginia Governor": a place's role after a determiner, not a
     * surname ("Paul King" keeps his) */
    if (last > 0 && is_place(r, last, last) && en_article(r, last - 1)) return 0;
    return is_first_name(r, last) || initials(tok_s(r, last), t[last].len) ||
           dotted_initial(r, last);
}

static int name_adjective(const e_run *r, size_t i) {
    size_t n;
    const char *w = folded_word(r, i, &n);
    return r->e->adjs && w && precis_wordlist_has(r->e->adjs, w, n);
}

/* A lower-case word of the language that may head a complement. */
static int common_noun(const e_run *r, size_t k) {
    const precis_token *t = &r->in->toks[k];
    return (t->flags & PRECIS_TOK_WORD) &&
           !(t->flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP | PRECIS_TOK_NUM)) &&
           !(r->tags[k] & (T_CUE | T_ROLE)) && is_common((e_run *)r, k);
}

/* Whether token i ends as an adjective of data/<lang>/entity-adjective-endings.txt. */
static int adjective_ending(const e_run *r, size_t i) {
    const precis_wordlist *l = r->e->adj_ends;
    size_t n;
    const char *w = folded_word(r, i, &n);
    for (size_t k = 0; l && w && k < l->count; k++) {
        size_t m = strlen(l->words[k]);
        if (n > m + 2 && !memcmp(w + n - m, l->words[k], m)) return 1;
    }
    return 0;
}

/* A caption's label glued to the name before it where a line break was
 * lost: a common word right before a colon and a capital ("... Ms Jackson
 * Quiet: Ms Jackson and ..."); not before a quotation ("told MailOnline
 * Travel: 'We ...'"), nor an organisation's word. */
static int caption_label(const e_run *r, size_t a, size_t j) {
    const precis_token *t = &r->in->toks[j];
    /* asked of every word of every run: the colon first */
    const char *after = r->in->text + t->off + t->len;
    if (after[0] != ':' || after[1] != ' ' || after[2] < 'A' || after[2] > 'Z') return 0;
    /* after a person's name only: "Going Clear: Scientology ..." is a title */
    if (!is_first_name(r, a) && !(a > 0 && (r->tags[a - 1] & T_ROLE))) return 0;
    return !(r->tags[j] & (T_ORG | T_ORGEND | T_PLACE | T_OTHER)) && !is_first_name(r, j) &&
           !is_place(r, j, j) && is_common((e_run *)r, j);
}

/* A model number: digits first ("777", "737-800"), or one capital and
 * digits ("A330"). */
static int model_number(const e_run *r, size_t i) {
    const char *s = tok_s(r, i);
    size_t n = r->in->toks[i].len;
    if (!(r->in->toks[i].flags & PRECIS_TOK_NUM) || n < 2) return 0;
    return (s[0] >= '0' && s[0] <= '9') ||
           (s[0] >= 'A' && s[0] <= 'Z' && s[1] >= '0' && s[1] <= '9');
}

static int head_role(const e_run *r, size_t k);
static int has_tag(const e_run *r, size_t a, size_t b, unsigned tag);

/* A model's number, or a model's acronym of two to four capitals written
 * as one token after a maker ("Nintendo DS", "Sony PSP"): no known place
 * ("Nintendo UK"), no role ("Boeing CEO") nor word of organisations. */
static int model_code(const e_run *r, size_t i) {
    if (model_number(r, i)) return 1;
    const precis_token *t = &r->in->toks[i];
    const char *s = r->in->text + t->off;
    if (t->len < 2 || t->len > 4 || (r->tags[i] & (T_ROLE | T_ORG | T_ORGEND | T_KNOWN))) return 0;
    for (size_t k = 0; k < t->len; k++)
        if (s[k] < 'A' || s[k] > 'Z') return 0;
    return !is_place(r, i, i);
}

/* One capital and its full stop right after first name a: "S." of "Amir
 * S.", though "S" reads as an elided stop word. */
static int initial_after(const e_run *r, size_t a, size_t j) {
    const precis_token *t = &r->in->toks[j];
    const char *s = r->in->text + t->off;
    return t->len == 1 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == '.' && s[-1] == ' ' &&
           is_first_name(r, a);
}

/* A lower-case word, no stop word ("générale" may be a role's). */
static int common_lower(const e_run *r, size_t k) {
    const precis_token *t = &r->in->toks[k];
    return (t->flags & PRECIS_TOK_WORD) &&
           !(t->flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP | PRECIS_TOK_NUM));
}

/* A capitalized word inside a sentence that may head an institution's
 * name: no first name, place, role or acronym. */
static int inner_head(const e_run *r, size_t a) {
    const precis_token *t = &r->in->toks[a];
    /* after a space: a word glued after a quotation's end opens a
     * sentence ("!\"Séparé de ...") */
    return (t->flags & (PRECIS_TOK_CAP | PRECIS_TOK_FIRST)) == PRECIS_TOK_CAP && t->len >= 4 &&
           r->in->text[t->off - 1] == ' ' && !(r->tags[a] & (T_ROLE | T_PLACE | T_CUE | T_KNOWN)) &&
           !is_first_name(r, a) && !is_place(r, a, a) && !acronym(r, a) && !is_demonym(r, a) &&
           !is_org_name(r, a, a);
}

/* Two capitalized words or more of the language (or demonyms), no first
 * name: a body's name written in title case, which "of" and a name go on
 * ("National Endowment of the Arts", "Recording Industry of America",
 * "American Journal of Primatology", not "Strategy Analytics of Boston", a
 * known place; English). */
static int common_title(const e_run *r, size_t a, size_t last) {
    if (r->e->adj_after || last == a || is_first_name(r, a)) return 0;
    for (size_t i = a; i <= last; i++)
        if (!(r->in->toks[i].flags & PRECIS_TOK_CAP) ||
            (!is_common((e_run *)r, i) && !is_demonym(r, i)))
            return 0;
    return 1;
}

/* Whether token i is "of" in lower case. */
static int of_word(const e_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    return t->len == 2 && !memcmp(r->in->text + t->off, "of", 2);
}

/* French: token k a preposition of data/fr/entity-complement-preps.txt
 * before an article, inside an institution's name after a common noun
 * ("Direction des enquêtes sur les accidents"): 1 before a joiner ("la",
 * "l'", "des"), which the caller passes, 2 with an article no joiner
 * ("les", "le"), 0 for none. */
static size_t fr_complement_prep(const e_run *r, size_t k) {
    const precis_token *t = r->in->toks;
    if (!r->e->preps || k + 2 >= r->in->n_toks || (t[k].flags & PRECIS_TOK_CAP) ||
        (t[k + 1].flags & PRECIS_TOK_CAP) || !joined(r, k - 1) || !joined(r, k))
        return 0;
    size_t n;
    const char *w = folded_word(r, k, &n);
    if (!precis_wordlist_has(r->e->preps, w, n)) return 0;
    if (r->tags[k + 1] & T_JOIN) return 1;
    w = folded_word(r, k + 1, &n);
    return r->e->articles && precis_wordlist_has(r->e->articles, w, n) && joined(r, k + 1) ? 2 : 0;
}

/* A small capitalized word at k opening a sentence glued to the name
 * before it, its line break lost: one of entity-caption-openers.txt before
 * a lower-case word ("the Bahrain Grand Prix It was", "the New York Post
 * 'She was"; English). */
static int caption_opener(const e_run *r, size_t k, size_t e) {
    const precis_token *t = r->in->toks;
    return r->e->caption_openers && k + 1 < e && (t[k + 1].flags & PRECIS_TOK_WORD) &&
           !(t[k + 1].flags & PRECIS_TOK_CAP) && joined(r, k) &&
           precis_wordlist_has(r->e->caption_openers, tok_s(r, k), t[k].len);
}

/* Whether the joiners [j, k) hold "of" or "for" in lower case. */
static int english_joiner(const e_run *r, size_t j, size_t k) {
    for (size_t i = j; i < k; i++)
        if (of_word(r, i) || (tok_len(r, i) == 3 && !memcmp(tok_s(r, i), "for", 3))) return 1;
    return 0;
}

/* English: the last token of a channel's or a station's name whose
 * organisation's name a..last is ("BBC One", "Radio Five Live", "Channel
 * Four"): a capitalized number word after an organisation's word or a known
 * organisation, and a name word after it; last when none. */
static size_t channel_end(const e_run *r, size_t a, size_t last, size_t e) {
    const precis_token *t = r->in->toks;
    /* a number word in small letters after its capital ("One", not "I" nor
     * "II"), no word of events before it ("Sky Bet League One") */
    if (r->e->adj_after || last + 1 >= e || !(r->tags[last + 1] & T_NUMWORD) ||
        !(t[last + 1].flags & PRECIS_TOK_CAP) || t[last + 1].len < 3 ||
        tok_s(r, last + 1)[1] < 'a' || tok_s(r, last + 1)[1] > 'z' || !joined(r, last) ||
        has_tag(r, a, last, T_OTHER) ||
        !((r->tags[last] & (T_ORG | T_KNOWN)) || (r->tags[a] & T_KNOWN) || has_org(r, a, last)))
        return last;
    last++;
    /* "Five Live", not "Four World" of "BBC Four World Cinema Award" */
    if (last + 1 < e && joined(r, last) && name_word(r, last + 1) &&
        !(last + 2 < e && joined(r, last + 1) && (t[last + 2].flags & PRECIS_TOK_CAP)))
        last++;
    return last;
}

/* "Freedom of Information Act", "Prevention of Terrorism Bill": one
 * capitalized common word, "of" at j, then name words from k, the last
 * of them (at most the third) a law's word, "Act" or one of
 * entity-other-ends.txt (English). */
static int law_after_of(e_run *r, size_t a, size_t j, size_t k, size_t e) {
    if (r->e->fr || k != j + 1 || !of_word(r, j) || !is_common(r, a) || is_first_name(r, a))
        return 0;
    for (size_t m = k; m < e && m < k + 3 && name_word(r, m) && (m == k || joined(r, m - 1)); m++)
        if ((r->tags[m] & T_OTHEREND) || (tok_len(r, m) == 3 && !memcmp(tok_s(r, m), "Act", 3)))
            return 1;
    return 0;
}

/* "Department for Work and Pensions", "Ministry of Economy, Trade and
 * Industry", "Chartered Institute of Purchasing and Supply": after an
 * organisation's word, "of" or "for" and one name word, words of a list
 * (", ") and "and" with one or two name words go on the body's name
 * (English; none a first name, an acronym or an organisation's word, and
 * no name word right after). Returns the new last token. */
static size_t and_complement(const e_run *r, size_t a, size_t last, size_t e) {
    const precis_token *t = r->in->toks;
    const char *x = r->in->text;
    if (r->e->fr || last < a + 2 || !(r->tags[last - 2] & T_ORG) ||
        !(t[last - 2].flags & PRECIS_TOK_CAP) || (t[last - 1].flags & PRECIS_TOK_CAP) ||
        !(of_word(r, last - 1) || (r->tags[last - 1] & T_ORGJOIN)))
        return last;
    size_t k = last;
    for (int n = 0; n < 2 && k + 2 < e && t[k + 1].off == t[k].off + t[k].len + 2 &&
                    !memcmp(x + t[k].off + t[k].len, ", ", 2) && name_word(r, k + 1) &&
                    !is_first_name(r, k + 1) && !acronym(r, k + 1) && !(r->tags[k + 1] & T_ORG);
         n++)
        k++;
    if (k + 2 >= e || !(r->tags[k + 1] & T_AND) || (t[k + 1].flags & PRECIS_TOK_CAP) ||
        !joined(r, k) || !joined(r, k + 1))
        return last;
    size_t end = k + 2;
    if (end + 1 < e && joined(r, end) && name_word(r, end + 1)) end++;
    if (end + 1 < e && joined(r, end) && name_word(r, end + 1)) return last;
    for (size_t i = k + 2; i <= end; i++)
        if (!name_word(r, i) || is_first_name(r, i) || acronym(r, i) || (r->tags[i] & T_ORG))
            return last;
    return end;
}

/* The end of the run that starts at name word a, within tokens [.., e). */
static size_t run_end(const e_run *r, size_t a, size_t e) {
    const precis_token *t = r->in->toks;
    size_t last = a;
    for (size_t j = a + 1; j < e && j - a < E_RUN && joined(r, j - 1) && !glued_starter(r, j) &&
                           !caption_label(r, a, j);) {
        /* French: an abbreviated title after a name opens another's: "à
         * l'AFP M. Benlarbi", "à l'AFP Me Laure Hamon" */
        /* (not a heading in capitals: "JE VAIS ME LE PAYER") */
        if (r->e->fr && (r->tags[j] & T_ROLE) && (t[j].flags & PRECIS_TOK_CAP) && t[j].len <= 3 &&
            j + 1 < e && (t[j + 1].flags & PRECIS_TOK_CAP) &&
            (t[j].len == 1 ? tok_s(r, j)[1] == '.'
                           : tok_s(r, j)[1] >= 'a' && tok_s(r, j)[1] <= 'z'))
            break;
        /* a place name wins over a role or a cue word inside it: "United
         * States", not "Secretary of State Marco Rubio" */
        /* and, in French, over a capitalized stop word that ends a known
         * place: "Grand Est" */
        if (name_word(r, j) || role_surname(r, last, j, e) ||
            (j == last + 1 && (r->tags[j] & (T_ROLE | T_CUE)) &&
             (t[j].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) == PRECIS_TOK_CAP &&
             is_place(r, a, j)) ||
            (r->e->fr && j == last + 1 &&
             (t[j].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) ==
                 (PRECIS_TOK_CAP | PRECIS_TOK_STOP) &&
             is_place(r, a, j))) {
            last = j++;
            continue;
        }
        /* an acronym of a common noun ("TV") inside a name, before a word
         * of events or bodies: "Golden Screen TV Awards" (English) */
        if (!r->e->adj_after && (r->tags[j] & T_NOTNAME) && acronym(r, j) && j + 1 < e &&
            joined(r, j) && name_word(r, j + 1) &&
            (r->tags[j + 1] & (T_OTHER | T_ORG | T_ORGEND)) && (t[j + 1].flags & PRECIS_TOK_CAP)) {
            last = j + 1;
            j += 2;
            continue;
        }
        /* an initial after a first name, though the letter be a stop word
         * ("Amir S.", "John D."): an anonymised person's name */
        if (j == a + 1 && initial_after(r, a, j)) {
            last = j++;
            continue;
        }
        /* particles and joiners, then a name word; inside one hyphenated
         * word any short lower-case word ("Ile-de-France",
         * "Saint-Quentin-en-Yvelines"; in French up to five bytes:
         * "Aulnay-sous-Bois", "Saint-Rémy-lès-Chevreuse") */
        size_t k = j;
        int weak = 0, tight = 1, orgj = 0;
        /* "Commission for Africa": after an organisation's word, or a
         * head that is one before "for" only ("Centre for Economic Policy
         * Research"; entity-joined-heads.txt) */
        if ((r->tags[j] & T_ORGJOIN) &&
            ((r->tags[last] & T_ORG) ||
             ((t[last].flags & PRECIS_TOK_CAP) && has_folded(r, last, r->e->joined_heads))) &&
            j + 1 < e && !(t[j].flags & PRECIS_TOK_CAP) && joined(r, last) && joined(r, j) &&
            name_word(r, j + 1)) {
            orgj = 1;
            k++;
        } else if ((r->tags[j] & T_ORGJOIN) && j + 1 < e && !(t[j].flags & PRECIS_TOK_CAP) &&
                   joined(r, j) && common_title(r, a, last)) {
            /* "Guide Dogs for the Blind": after a body's name in title case,
             * "for", an optional "the" and a name (English; the name may be
             * the sentence's last token: m < e below) */
            size_t m = j + 1;
            if (m + 1 < e && (r->tags[m] & T_JOIN) && !(t[m].flags & PRECIS_TOK_CAP) &&
                joined(r, m))
                m++;
            if (m < e && name_word(r, m)) {
                orgj = 1;
                k = m;
            }
        }
        while (!orgj && k < e && k - j < 3 && joined(r, k - 1) &&
               ((r->tags[k] & (T_PART | T_JOIN)) ||
                ((t[k].flags & PRECIS_TOK_CAP) && (t[k].flags & PRECIS_TOK_STOP)) ||
                (!(t[k].flags & PRECIS_TOK_CAP) && t[k].len <= (r->e->fr ? 5u : 3u) &&
                 glued(r, k - 1) && glued(r, k)))) {
            weak |= (r->tags[k] & T_JOIN) && !(t[k].flags & PRECIS_TOK_CAP);
            tight &= glued(r, k - 1);
            k++;
        }
        /* French: a capitalized role's word ending one hyphenated word is
         * the place's: "Choisy-le-Roi", "Villeneuve-le-Comte" */
        int hyph_role = r->e->fr && k > j && k < e && tight && glued(r, k - 1) &&
                        (r->tags[k] & T_ROLE) &&
                        (t[k].flags & (PRECIS_TOK_CAP | PRECIS_TOK_WORD | PRECIS_TOK_STOP)) ==
                            (PRECIS_TOK_CAP | PRECIS_TOK_WORD);
        if (k == j || k >= e || k - a >= E_RUN || !joined(r, k - 1) ||
            !(name_word(r, k) || hyph_role || article_surname(r, a, last, j, k, e)))
            break;
        tight &= glued(r, k - 1);
        /* "Bank of England", "Joan of Arc", "Charles de Gaulle"; where
         * adjectives come first (English) a first name and a surname take
         * no "of": "Alex Mowatt of Leeds" is a person and a place; a
         * capitalized place word alone takes one ("Stadium of Light",
         * "Pointe du Raz") */
        /* French: an English joiner ("Eagles of Death Metal", "Transport
         * for London") joins the English name it is in */
        if (weak && r->e->fr && english_joiner(r, j, k)) weak = 0;
        if (weak && !tight && !has_org(r, a, last) && !is_place(r, a, last) &&
            !(last == a && (r->tags[a] & (T_PLACE | T_PEER)) && (t[a].flags & PRECIS_TOK_CAP)) &&
            (!is_first_name(r, a) || (!r->e->adj_after && last > a)) &&
            !(of_word(r, j) && common_title(r, a, last) && !is_place(r, k, k)) &&
            !(last == a && law_after_of((e_run *)r, a, j, k, e)))
            break;
        /* French: a place, "de" and a person's first name or an
         * organisation's word are two names ("Minneapolis de George Floyd",
         * "Minsk de l'Union européenne") */
        if (r->e->fr && weak && !tight && !has_org(r, a, last) && is_place(r, a, last) &&
            (is_strong_first((e_run *)r, k) || (r->tags[k] & T_ORG)))
            break;
        last = k;
        j = k + 1;
    }
    /* "Germanwings Flight 9525", "Flight MH17": a number after the last
     * word of a plan's or a flight's name */
    if (last + 1 < e && (r->tags[last] & T_OTHEREND) && (t[last].flags & PRECIS_TOK_CAP) &&
        (t[last + 1].flags & PRECIS_TOK_NUM) && joined(r, last) &&
        r->in->text[t[last + 1].off - 1] == ' ')
        last++;
    size_t channel;
    /* "World War Two", "World War II", "Formula 4": a number after an
     * event's word, a word of the list or one or two digits */
    if (last + 1 < e && (r->tags[last] & T_OTHER) && joined(r, last) &&
        (((r->tags[last + 1] & T_NUMWORD) && (t[last + 1].flags & PRECIS_TOK_CAP)) ||
         ((t[last].flags & PRECIS_TOK_CAP) &&
          (short_number(r, last + 1) || event_year(r, last + 1)))))
        last++;
    /* "Radio Five Live", "Channel Four" */
    else if ((channel = channel_end(r, a, last, e)) > last)
        last = channel;
    /* "Halo 2", "Half-Life 2": a sequel's or a model's number after a
     * name that is no person's, place's nor body's */
    else if (last + 1 < e && joined(r, last) && sequel_number(r, last + 1) &&
             !is_first_name(r, a) && !has_org(r, a, last) && !is_place(r, a, last) &&
             !(r->tags[a] & T_KNOWN) && r->in->text[t[a].off - (t[a].off > 0)] != '-')
        last++;
    /* a known place holding "and": "Trinidad and Tobago", "Saint Kitts and
     * Nevis" */
    if (last + 2 < e && (r->tags[last + 1] & T_AND) && !(t[last + 1].flags & PRECIS_TOK_CAP) &&
        joined(r, last) && joined(r, last + 1))
        for (size_t k = last + 2; k < e && k <= last + 3 && name_word(r, k) && joined(r, k - 1);
             k++)
            if (is_place(r, a, k)) {
                last = k;
                break;
            }
    last = and_complement(r, a, last, e);
    /* "Union européenne", "Parti socialiste" (right after the organisation's
     * word, not "ministère de la Santé chargée de"); after any name, an
     * adjective of names: "Amérique latine", "Garde nationale"; or the
     * word that ends a known place: "Arabie saoudite" */
    /* a role's adjective too after an organisation's word: "Direction
     * générale de la santé" */
    /* (not after an acronym: "l'UE va envoyer") */
    if (r->e->adj_after && last + 1 < e && joined(r, last) && !acronym_bytes(r, last) &&
        (t[last + 1].flags & PRECIS_TOK_WORD) &&
        !(t[last + 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP | PRECIS_TOK_NUM)) &&
        !(r->tags[last + 1] & T_CUE) &&
        (!(r->tags[last + 1] & T_ROLE) ||
         ((r->tags[last] & T_ORG) && adjective_ending(r, last + 1))) &&
        ((r->tags[last] & T_ORG) || name_adjective(r, last + 1) ||
         ((has_org(r, a, last) || (r->tags[last] & T_OTHER)) && adjective_ending(r, last + 1)) ||
         is_place(r, a, last + 1)))
        last++;
    /* a capitalized small word after a name, inside the sentence, ends it:
     * "Kim Jong Un a déclaré" (not "Marine Le Pen": a name follows) */
    else if (last + 1 < e && joined(r, last) && (t[last + 1].flags & PRECIS_TOK_CAP) &&
             (t[last + 1].flags & PRECIS_TOK_STOP) && !(t[last + 1].flags & PRECIS_TOK_FIRST) &&
             t[last + 1].len <= 3 && last > a &&
             (last + 2 >= e || !(t[last + 2].flags & PRECIS_TOK_CAP)) &&
             !(r->tags[last + 1] & (T_JOIN | T_CUE)) && !caption_opener(r, last + 1, e))
        last++;
    /* then "de" and a name or a common noun: "Organisation mondiale de la
     * Santé", "Agence régionale de santé", "Chambres de commerce"; after a
     * common noun, the complement's own: "Fédération algérienne des parents
     * d'élèves", "Chambre de commerce de Lyon"; not after an acronym of
     * events' words ("les TGV de la ligne") */
    /* (French: the organisation's word may follow a capitalized adjective:
     * "Haut Comité de la santé publique", "Haute Autorité de santé") */
    if (r->e->adj_after &&
        ((r->tags[a] & T_ORG) || ((r->tags[a] & T_OTHER) && !acronym(r, a)) ||
         (r->e->fr && last == a + 1 && (r->tags[last] & T_ORG) &&
          (t[last].flags & PRECIS_TOK_CAP))) &&
        (t[a].flags & PRECIS_TOK_CAP) && last - a <= 1)
        for (int hop = 0; hop < 3 && last - a < E_RUN; hop++) {
            size_t k = last + 1;
            /* French, after a common noun, "et" and another without "de":
             * "Université des sciences et technologies de Hong Kong" */
            if (r->e->fr && hop > 0 && k + 1 < e && (r->tags[k] & T_AND) &&
                !(t[k].flags & PRECIS_TOK_CAP) && joined(r, k - 1) && joined(r, k) &&
                common_noun(r, k + 1) && !(r->tags[k + 1] & T_JOIN)) {
                last = k + 1;
                continue;
            }
            /* after a common noun, "et de" and another: "Service
             * départemental d'incendie et de secours", "Chambres de
             * métiers et de l'artisanat" */
            size_t conj = hop > 0 && k + 1 < e && (r->tags[k] & T_AND) &&
                          !(t[k].flags & PRECIS_TOK_CAP) && (r->tags[k + 1] & T_JOIN) &&
                          joined(r, k - 1);
            k += conj;
            size_t prep = !conj && hop > 0 ? fr_complement_prep(r, k) : 0;
            k += prep;
            while (k < e && k - last <= 2 + conj + prep && (r->tags[k] & T_JOIN) &&
                   joined(r, k - 1))
                k++;
            if ((prep < 2 && k == last + 1 + conj + prep) || k >= e || !joined(r, k - 1)) break;
            if ((conj || prep) && !common_noun(r, k)) break;
            if (name_word(r, k)) {
                /* past a common noun, not a person's: "Assemblée du groupe
                 * de Jean-Luc X" */
                if (hop > 0 && is_first_name(r, k)) break;
                last = k;
                while (last + 1 < e && last - a < E_RUN && joined(r, last) &&
                       name_word(r, last + 1))
                    last++;
                break;
            }
            if (!common_noun(r, k)) break;
            last = k;
            /* a compound joined by a hyphen: "des sapeurs-pompiers de France" */
            while (r->e->fr && last + 1 < e && last - a < E_RUN &&
                   t[last + 1].off == t[last].off + t[last].len + 1 &&
                   r->in->text[t[last].off + t[last].len] == '-' && common_lower(r, last + 1))
                last++;
            /* the complement's adjectives: "Autorité de sûreté nucléaire",
             * "Institut de santé globale" */
            /* (French, a nationality's too: "Comité des constructeurs
             * français d'automobiles") */
            while (last + 1 < e && last - a < E_RUN && joined(r, last) &&
                   common_lower(r, last + 1) && !(r->tags[last + 1] & (T_CUE | T_ROLE)) &&
                   (adjective_ending(r, last + 1) ||
                    (r->e->fr && has_folded(r, last + 1, r->e->nationals))))
                last++;
        }
    /* French capitalizes a name's first word only: a capitalized word inside
     * the sentence, no first name, place, role nor acronym, then lower-case
     * adjectives, "de la" and a capitalized noun is an institution's name
     * ("Direction générale de la Santé", "Sûreté de l'État"); not before a
     * person or a place ("les Bleus de Didier Deschamps") */
    if (r->e->fr && last == a && inner_head(r, a)) {
        size_t k = a + 1;
        while (k < e && k - a <= 2 && joined(r, k - 1) && common_lower(r, k) &&
               (adjective_ending(r, k) || name_adjective(r, k)))
            k++;
        size_t j = k;
        while (k < e && k - j < 2 && (r->tags[k] & T_JOIN) && !(t[k].flags & PRECIS_TOK_CAP) &&
               joined(r, k - 1))
            k++;
        /* not another name after its article ("Twitter de La Manif"), a
         * person's ("Menaces de Trump"), a body's with its own head
         * ("Biologie de l'Université X") nor a place ("Wallerand de
         * Saint-Just") */
        if (k > j && k < e && joined(r, k - 1) && !(t[k].flags & PRECIS_TOK_STOP) &&
            ((name_word(r, k) && !is_first_name(r, k) && !is_surname(r, k) &&
              !(r->tags[k] & T_ORG)) ||
             head_role(r, k))) {
            size_t m = k;
            while (m + 1 < e && m - a < E_RUN && joined(r, m) && name_word(r, m + 1))
                m++;
            if (!is_place(r, k, m) && !has_tag(r, k, m, T_PLACE)) last = m;
        }
    }
    /* "Boeing 777", "Airbus A330", "Boeing 787 Dreamliner": a maker and a
     * model number, then the model's name, no word
     * of a caption glued after it ("Boeing 777 Looking out") */
    if (last + 1 < e && last == a && (r->tags[last] & T_MAKER) && joined(r, last) &&
        model_code(r, last + 1)) {
        last++;
        if (last + 1 < e && joined(r, last) && name_word(r, last + 1) &&
            !is_common((e_run *)r, last + 1))
            last++;
    }
    return last;
}

/* precis_fold of the len bytes from token a's start into r->fold, by
 * precis_quote_fold_span when it can (the tokens' folded forms, not folded
 * again); an all-ASCII span, or one of over FOLD_SPAN_MAX bytes, goes to
 * precis_fold itself. */
#define FOLD_SPAN_MAX 256
static int fold_span(e_run *r, size_t a, size_t len) {
    const char *s = r->in->text + r->in->toks[a].off;
    size_t pos = 0;
    /* eight bytes a test, then one */
    for (uint64_t w; pos + 8 <= len; pos += 8) {
        memcpy(&w, s + pos, 8);
        if (w & 0x8080808080808080u) break;
    }
    while (pos < len && (unsigned char)s[pos] < 0x80)
        pos++;
    /* all ASCII: lowered here, as precis_fold would after scanning it again */
    if (pos == len) {
        precis_buf_clear(&r->fold);
        if (precis_buf_reserve(&r->fold, len) != 0) return -1;
        char *o = r->fold.data;
        for (size_t i = 0; i < len; i++)
            o[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + ('a' - 'A')) : s[i];
        r->fold.len = len;
        o[len] = 0;
        return 0;
    }
    if (len > FOLD_SPAN_MAX) return precis_fold(s, len, &r->fold);
    /* room for 3 bytes folded a byte (what does not fit is folded again) */
    size_t cap = 3 * len;
    precis_buf_clear(&r->fold);
    if (precis_buf_reserve(&r->fold, cap) != 0) return -1;
    size_t m = precis_quote_fold_span(r->in, a, len, r->fold.data, cap);
    if (m == 0 || m == SIZE_MAX) return precis_fold(s, len, &r->fold);
    r->fold.len = m;
    r->fold.data[m] = 0;
    return 0;
}

static int add_key(e_run *r, size_t a, size_t len, size_t *key, size_t *key_len) {
    if (fold_span(r, a, len) != 0) return -1;
    *key = r->keys.len;
    *key_len = r->fold.len;
    return precis_buf_append(&r->keys, r->fold.data ? r->fold.data : "", r->fold.len);
}

/* add_key of token i's word (tok_len's bytes): the analysis's folded form
 * when no possessive is cut, the same bytes as folding it again. */
static int add_tok_key(e_run *r, size_t i, size_t *key, size_t *key_len) {
    const precis_quote_input *in = r->in;
    if (tok_len(r, i) != in->toks[i].len) return add_key(r, i, tok_len(r, i), key, key_len);
    *key = r->keys.len;
    *key_len = precis_quote_folded(in, i);
    return precis_buf_append(&r->keys, in->folded + in->toks[i].fold, *key_len);
}

/* The key of "du Parisien" is that of "Le Parisien": the article the
 * preposition swallowed, folded, before the mention's own. */
static int article_key(e_run *r, cand *c, const char *article) {
    size_t k = r->keys.len;
    for (const char *p = article; *p; p++) {
        char ch = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;
        if (precis_buf_append(&r->keys, &ch, 1) != 0) return -1;
    }
    if (fold_span(r, c->first, span_len(r, c->first, c->last)) != 0 ||
        precis_buf_append(&r->keys, r->fold.data ? r->fold.data : "", r->fold.len) != 0)
        return -1;
    c->key = k;
    c->key_len = r->keys.len - k;
    return 0;
}

static int has_tag(const e_run *r, size_t a, size_t b, unsigned tag) {
    for (size_t i = a; i <= b; i++)
        if (r->tags[i] & tag) return 1;
    return 0;
}

/* Whether a word of places (T_PLACE) in lower case is among tokens a..b:
 * "central" of "Office central de lutte contre la corruption". */
static int lower_place_word(const e_run *r, size_t a, size_t b) {
    for (size_t i = a; i <= b; i++)
        if ((r->tags[i] & T_PLACE) && !(r->in->toks[i].flags & PRECIS_TOK_CAP)) return 1;
    return 0;
}

/* Whether the run's words are joined by hyphens only ("Bâle-Mulhouse"). */
static int hyphenated(const e_run *r, size_t a, size_t b) {
    const precis_token *t = r->in->toks;
    for (size_t i = a; i < b; i++)
        if (memchr(r->in->text + t[i].off + t[i].len, ' ', t[i + 1].off - t[i].off - t[i].len))
            return 0;
    return 1;
}

/* Set between quotation marks on its own: a title ("American Pie"), also
 * in the single marks of English papers ('Operation Harbour Light'), the
 * opening one after a space. */
static int quoted_title(const e_run *r, size_t a, size_t b) {
    const char *s = r->in->text;
    size_t o = r->in->toks[a].off, end = r->in->toks[b].off + r->in->toks[b].len;
    if (b + 1 >= r->in->n_toks) return 0;
    size_t lim = r->in->toks[b + 1].off; /* the marks are between the tokens */
    int open = (o >= 1 && s[o - 1] == '"') || (o >= 3 && !memcmp(s + o - 3, "\xE2\x80\x9C", 3));
    int single = !open && ((o >= 2 && s[o - 1] == '\'' && s[o - 2] == ' ') ||
                           (o >= 3 && !memcmp(s + o - 3, "\xE2\x80\x98", 3)));
    if (!open && !single) return 0;
    if (end < lim && (s[end] == '.' || s[end] == ',')) end++;
    if (single)
        return (end < lim && s[end] == '\'') ||
               (end + 3 <= lim && !memcmp(s + end, "\xE2\x80\x99", 3));
    return (end < lim && s[end] == '"') || (end + 3 <= lim && !memcmp(s + end, "\xE2\x80\x9D", 3));
}

/* A title in title case between quotation marks, small lower-case words
 * included: "When Rivers Run to the Sea". Its last token, or 0. Speech is
 * seldom written with every word capitalized. */
static size_t title_end(const e_run *r, size_t a, size_t e) {
    const precis_token *t = r->in->toks;
    const char *s = r->in->text;
    size_t o = t[a].off;
    /* double marks, or single ones opening after a space (English papers
     * quote titles in them: 'Storm on the Sea of Galilee') */
    if (!((o >= 1 && s[o - 1] == '"') || (o >= 3 && !memcmp(s + o - 3, "\xE2\x80\x9C", 3)) ||
          (o >= 2 && s[o - 1] == '\'' && s[o - 2] == ' ') ||
          (o >= 3 && !memcmp(s + o - 3, "\xE2\x80\x98", 3))))
        return 0;
    size_t caps = 0;
    int lower = 0;
    for (size_t j = a; j < e && j - a < 2 * E_RUN; j++) {
        unsigned f = t[j].flags;
        if (!(f & PRECIS_TOK_WORD)) return 0;
        if (f & PRECIS_TOK_CAP)
            caps++;
        else if (!(f & PRECIS_TOK_STOP) || t[j].len > 4)
            return 0;
        /* title case, not capitals throughout (words shouted: 'I AM GOING') */
        for (size_t k = 1; !lower && (f & PRECIS_TOK_CAP) && k < t[j].len; k++)
            if (s[t[j].off + k] >= 'a' && s[t[j].off + k] <= 'z') lower = 1;
        if (j > a && quoted_title(r, a, j))
            return caps >= 2 && lower && (f & PRECIS_TOK_CAP) ? j : 0;
        if (!joined(r, j)) return 0;
    }
    return 0;
}

/* Whether the gap after token i holds one quotation mark, opening (open)
 * or closing, among spaces (and, around a closing one, a comma, a full
 * stop, a colon or a semicolon; an opening bracket after the closing mark
 * ends the gap): "le film « La Nuit tombe »", 'the novel "Winter
 * roads,"', "a show called 'Lantern'.": 2 when it is a plain single mark
 * (an apostrophe may be one), 1 another mark, else 0. */
static int mark_gap(const e_run *r, size_t i, int open) {
    const precis_token *t = r->in->toks;
    const char *s = r->in->text;
    size_t k = t[i].off + t[i].len, end;
    if (i + 1 < r->in->n_toks)
        end = t[i + 1].off;
    else if (!open && r->in->n_paras) /* the text's last word */
        end = r->in->paras[r->in->n_paras - 1].off + r->in->paras[r->in->n_paras - 1].len;
    else
        return 0;
    int marks = 0, plain = 0;
    while (k < end) {
        const char *c = s + k;
        size_t left = end - k;
        if (*c == ' ' || *c == '\n' ||
            (!open && (*c == ',' || *c == '.' || *c == ';' || *c == ':')))
            k++;
        /* a bracket after the closing mark ends the gap: 'le concept
         * "Batch and Bake" (fournée de gâteaux)' */
        else if (!open && *c == '(' && marks)
            break;
        else if (*c == '"' || *c == '\'')
            plain = *c == '\'', marks++, k++;
        else if (left >= 2 && !memcmp(c, "\xC2\xA0", 2)) /* no-break space */
            k += 2;
        else if (left >= 2 && !memcmp(c, open ? "\xC2\xAB" : "\xC2\xBB", 2))
            marks++, k += 2;
        else if (left >= 3 && (!memcmp(c, "\xE2\x80\xAF", 3) || /* narrow no-break space */
                               !memcmp(c, open ? "\xE2\x80\x9C" : "\xE2\x80\x9D", 3) ||
                               !memcmp(c, open ? "\xE2\x80\x98" : "\xE2\x80\x99", 3)))
            marks += c[2] != '\xAF', k += 3;
        else
            return 0;
    }
    return marks == 1 ? 1 + plain : 0;
}

/* Whether token c is a lower-case noun of works or, after one, a word
 * naming it: "the show", "a show called"; or its author's name in the
 * possessive: "Longfellow's". */
static int works_cue(const e_run *r, size_t lo, size_t c) {
    const precis_token *t = r->in->toks;
    if (t[c].flags & PRECIS_TOK_CAP) return possessive(r, c);
    if (r->tags[c] & T_OTHERCUE) return 1;
    /* "his hit 'Cry'" (entity-title-cues) */
    if (r->e->title_cues && has_word(r, c, r->e->title_cues)) return 1;
    return (r->tags[c] & T_TITLED) && c > lo && (r->tags[c - 1] & T_OTHERCUE) &&
           !(t[c - 1].flags & PRECIS_TOK_CAP) && joined(r, c - 1);
}

/* Whether capitalized token a (after another) opens a title in quotation
 * marks: cued_title_end's first test, asked before may_cue_title, whose
 * list lookup most words before a capital would otherwise reach. */
static int opens_marks(const e_run *r, size_t a) {
    return (r->in->toks[a].flags & PRECIS_TOK_CAP) && mark_gap(r, a - 1, 1);
}

/* Whether token p, right before a capitalized word, may cue a title in
 * marks (cued_title_end's quick test first): a noun of works or a word
 * naming it, a possessive, a capitalized word or a number (a maker's). */
static int may_cue_title(const e_run *r, size_t p) {
    /* (the lookup last: the word before a capitalized one is often
     * capitalized too) */
    return (r->tags[p] & (T_OTHERCUE | T_TITLED)) ||
           (r->in->toks[p].flags & (PRECIS_TOK_CAP | PRECIS_TOK_NUM)) || possessive(r, p) ||
           (r->e->title_cues && has_word(r, p, r->e->title_cues));
}

/* A title in quotation marks right after a lower-case noun of works (or
 * a word naming it after one), opening with a capital, in any case after:
 * "le film « La Nuit tombe »", "a show called 'Lantern'". Its last token,
 * or 0. */
static size_t cued_title_end(const e_run *r, size_t lo, size_t a, size_t e) {
    const precis_token *t = r->in->toks;
    int m = a > lo && (t[a].flags & PRECIS_TOK_CAP) ? mark_gap(r, a - 1, 1) : 0;
    if (!m) return 0;
    /* or the noun, "de" or "of" and its maker's name: "l'émission de
     * France 2 « Parlons vrai »", "the film of Jan Roth 'Dry Season'" */
    size_t c = a - 1;
    while (c > lo && c + 4 > a && (t[c].flags & (PRECIS_TOK_CAP | PRECIS_TOK_NUM)) &&
           joined(r, c - 1) && !possessive(r, c))
        c--;
    if (!(c == a - 1 ? works_cue(r, lo, c)
                     : c < a - 1 && c > lo && (r->tags[c] & T_JOIN) &&
                           !(t[c].flags & PRECIS_TOK_CAP) && works_cue(r, lo, c - 1)))
        return 0;
    /* the closing mark of the opening one's kind: "Brewin'" holds none */
    for (size_t j = a; j < e && j - a < 2 * E_RUN; j++) {
        if (!(t[j].flags & PRECIS_TOK_WORD)) return 0;
        int g = mark_gap(r, j, 0);
        if (g && (g == 2) == (m == 2)) return j;
        g = mark_gap(r, j, 1);
        if (g && (g == 2) == (m == 2)) return 0;
    }
    return 0;
}

/* French: a title in quotation marks after a lower-case word, its channel
 * or publisher in brackets right after the closing mark: 'dans le "Grand
 * jeu des voisins" (TF1)', '"Appels de nuit" (NT1)'. Its last token, or 0.
 * Speech is seldom followed by a bracketed name. */
static size_t bracketed_title_end(const e_run *r, size_t lo, size_t a, size_t e) {
    const precis_token *t = r->in->toks;
    const char *x = r->in->text;
    if (!r->e->fr || a <= lo || !(t[a].flags & PRECIS_TOK_CAP) ||
        (t[a - 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_NUM)) || !(t[a - 1].flags & PRECIS_TOK_WORD))
        return 0;
    int m = mark_gap(r, a - 1, 1);
    if (!m) return 0;
    if (e > r->in->n_toks) e = r->in->n_toks;
    for (size_t j = a; j + 1 < e && j - a < 2 * E_RUN; j++) {
        if (!(t[j].flags & PRECIS_TOK_WORD)) return 0;
        int g = mark_gap(r, j, 0);
        if (g && (g == 2) == (m == 2)) {
            size_t o = t[j + 1].off;
            return o >= 2 && !memcmp(x + o - 2, " (", 2) && (t[j + 1].flags & PRECIS_TOK_CAP) ? j
                                                                                              : 0;
        }
        if (mark_gap(r, j, 1)) return 0;
    }
    return 0;
}

/* Whether the run ending at token b names the body that the person named
 * after a role serves: "Vantor spokesman Neil Hart", "Tory shadow
 * chancellor Oliver Letwin" (up to two lower-case words before the role),
 * or whose members a noun after it names ("Labour MPs", "Vantor shop
 * stewards"). Where adjectives come first only. */
static int body_before_role(const e_run *r, size_t b, size_t e) {
    const precis_token *t = r->in->toks;
    if (e > r->in->n_toks) e = r->in->n_toks;
    for (size_t k = b + 1; k < e && k <= b + 3; k++) {
        unsigned f = t[k].flags;
        uint32_t g = r->tags[k];
        /* most names are followed by a stop word or a verb of speech */
        if ((f & (PRECIS_TOK_WORD | PRECIS_TOK_NUM | PRECIS_TOK_STOP)) != PRECIS_TOK_WORD ||
            (g & T_CUE))
            return 0;
        if (!(g & (T_MEMBER | T_BODY))) {
            if (f & PRECIS_TOK_CAP) return 0;
            continue;
        }
        /* joined from the name on (not after its possessive) */
        for (size_t i = b; i < k; i++)
            if (!joined(r, i)) return 0;
        /* "MPs" is written with capitals */
        if (g & T_MEMBER) return 1;
        if ((f & PRECIS_TOK_CAP) && !acronym(r, k)) return 0;
        return !possessive(r, k) && k + 1 < e && joined(r, k) && name_word(r, k + 1);
    }
    return 0;
}

/* Token i+1 opens an apposition to token i: the bytes between them are
 * ", " or " (", or with dash " - " too. */
static int apposition_gap(const e_run *r, size_t i, int dash) {
    const precis_token *t = r->in->toks;
    const char *x = r->in->text + t[i].off + t[i].len;
    size_t gap = t[i + 1].off - (t[i].off + t[i].len);
    if (gap == 2) return !memcmp(x, ", ", 2) || !memcmp(x, " (", 2);
    return dash && gap == 3 && !memcmp(x, " - ", 3);
}

/* One word named again, after a comma or in brackets, by an organisation's
 * name: "Roscosmos, the Russian Federal Space Agency, said", "Sidexa (the
 * Sidexa Bureau of Mines)"; or an acronym in brackets after one: "the
 * Institute of Directors (IoD)". A capitalized word of organisations
 * (entity-org-words) in the name within five words, all joined. */
static int org_apposition(const e_run *r, size_t a, size_t e) {
    const precis_token *t = r->in->toks;
    const char *x = r->in->text;
    if (e > r->in->n_toks) e = r->in->n_toks;
    size_t end = t[a].off + t[a].len;
    /* after: ", the Name …" or " (the Name …" */
    if (a + 2 < e && r->e->articles && !(t[a + 1].flags & PRECIS_TOK_CAP) &&
        apposition_gap(r, a, 0)) {
        size_t wn;
        const char *w = folded_word(r, a + 1, &wn);
        if (w && precis_wordlist_has(r->e->articles, w, wn) && joined(r, a + 1))
            for (size_t k = a + 2; k < e && k <= a + 6; k++) {
                if ((t[k].flags & PRECIS_TOK_CAP) && (r->tags[k] & T_ORG)) return 1;
                if (!(t[k].flags & PRECIS_TOK_CAP) && !(r->tags[k] & T_JOIN)) break;
                if (!joined(r, k)) break;
            }
    }
    /* before: "Name of Things (IoD)" */
    if (a >= 2 && t[a].off >= 2 && !memcmp(x + t[a].off - 2, " (", 2) && x[end] == ')' &&
        t[a - 1].off + t[a - 1].len + 2 == t[a].off)
        for (size_t k = a - 1, m = 0; m < 5; k--, m++) {
            if ((t[k].flags & PRECIS_TOK_CAP) && (r->tags[k] & T_ORG)) return 1;
            if (!(t[k].flags & PRECIS_TOK_CAP) && !(r->tags[k] & T_JOIN)) break;
            if (k == 0 || !joined(r, k - 1)) break;
        }
    return 0;
}

/* The run ending at token b named again after a comma, a dash or a
 * bracket by a determiner and a lower-case noun of works or events
 * (entity-other-cues) within three words, the noun last before a stop
 * word or a mark: "the Carnival Spirit, a cruise ship", "du Costa Magica,
 * un navire de croisière"; not "Ann Hale, a film producer" (a person's
 * trade). A word alone must be no acronym ("sur TFX, un programme"),
 * first name, common word nor place ("Pour Julie, un cheval qui…"). */
static int other_apposition(const e_run *r, size_t b, size_t e) {
    const precis_token *t = r->in->toks;
    if (e > r->in->n_toks) e = r->in->n_toks;
    if (b + 2 >= e || (t[b + 1].flags & PRECIS_TOK_CAP) || !apposition_gap(r, b, 1)) return 0;
    size_t wn;
    const char *w = folded_word(r, b + 1, &wn);
    if (!(r->tags[b + 1] & T_OWNED) &&
        !(w && r->e->articles && precis_wordlist_has(r->e->articles, w, wn)))
        return 0;
    for (size_t k = b + 2; k < e && k <= b + 4; k++) {
        if (t[k].flags & (PRECIS_TOK_CAP | PRECIS_TOK_NUM)) return 0;
        if (r->tags[k] & T_OTHERCUE)
            return !joined(r, k) || k + 1 >= e || (t[k + 1].flags & PRECIS_TOK_STOP);
        if (!joined(r, k)) return 0;
    }
    return 0;
}

/* English: the name from token a to b named after a lower-case noun of
 * works, ships or events and a comma, "the" or both, and closed by a
 * mark: "a cruise ship, the Carnival Spirit, outside", "the reality show,
 * Here Comes Honey Boo Boo, was", "the ship the Mary Rose." (the noun
 * right before it is the vote's cue). */
/* Whether the name a..b comes right after a lower-case noun of genres
 * (entity-genre-cues: "the comedy Sideways", "thriller The Woodsman"),
 * which names a work only before it ("BBC comedy" is the body), and no
 * capitalized word follows it, alone or after one or two stop words: the
 * title runs on where the name stops ("comedy Meet the Fockers", "Bless This House"). */
/* (genre_before: the cheap tests inline, below) */
static int genre_before_word(const e_run *r, size_t a, size_t b) {
    const precis_token *t = r->in->toks;
    size_t n = r->in->n_toks;
    /* up to two stop words: "Diary of a Mad Black Woman"; a number: "Halo 2"
     * (the flags first, the lookup last) */
    for (size_t k = b + 1; k < n && k <= b + 3 && joined(r, k - 1); k++) {
        if (t[k].flags & (PRECIS_TOK_CAP | PRECIS_TOK_NUM)) return 0;
        if (!(t[k].flags & PRECIS_TOK_STOP)) break;
    }
    return joined(r, a - 1) && has_word(r, a - 1, r->e->genre_cues);
}

/* genre_before: its first tests inline, the lookup out of line (vote
 * asks it of every candidate) */
static inline int genre_before(const e_run *r, size_t a, size_t b, size_t lo) {
    return r->e->genre_cues && a > lo && !(r->in->toks[a - 1].flags & PRECIS_TOK_CAP) &&
           genre_before_word(r, a, b);
}

static int cue_apposition(const e_run *r, size_t a, size_t b, size_t lo) {
    const precis_token *t = r->in->toks;
    const char *x = r->in->text;
    if (r->e->adj_after || a < lo + 2 || !r->e->articles) return 0;
    size_t c = a - 1, wn;
    const char *w = folded_word(r, c, &wn);
    int the = !(t[c].flags & PRECIS_TOK_CAP) && joined(r, c) && w &&
              precis_wordlist_has(r->e->articles, w, wn);
    if (the) c--;
    if (!(r->tags[c] & T_OTHERCUE) || (t[c].flags & PRECIS_TOK_CAP)) return 0;
    size_t end = t[c].off + t[c].len;
    int comma = t[c + 1].off == end + 2 && !memcmp(x + end, ", ", 2);
    if (!comma && !(the && joined(r, c))) return 0;
    /* closed by a mark, or the text's end */
    if (b + 1 >= r->in->n_toks) return 1;
    char m = x[t[b].off + t[b].len];
    /* not a dash: "the email scandal, David Lat - a lawyer" */
    return m == ',' || m == '.' || m == ';' || m == ')' ||
           (t[b + 1].off >= 2 && !memcmp(x + t[b + 1].off - 2, " (", 2));
}

/* Token a's name has before it, in its sentence (from lo), a determiner of
 * one thing owned ("a", "his", "sa") or a possessive ("Clarkson's"); with
 * article, a definite article too ("the"). */
static int owner_before(const e_run *r, size_t a, size_t lo, int article) {
    const precis_token *t = r->in->toks;
    if (a <= lo || t[a].off != t[a - 1].off + t[a - 1].len + 1 || r->in->text[t[a].off - 1] != ' ')
        return 0;
    if (possessive(r, a - 1)) return 1;
    if (t[a - 1].flags & PRECIS_TOK_CAP) return 0;
    if (r->tags[a - 1] & T_OWNED) return 1;
    size_t wn;
    const char *w = folded_word(r, a - 1, &wn);
    return article && joined(r, a - 1) && r->e->articles &&
           precis_wordlist_has(r->e->articles, w, wn);
}

/* Whether a model's year, four digits from 1900 to 2099, is right before
 * token a, after another token of the sentence (from lo): "the 2001 Toyota
 * Corolla". */
static int model_year(const e_run *r, size_t a, size_t lo) {
    const precis_token *t = r->in->toks;
    if (a < lo + 2 || t[a - 1].len != 4 || !(t[a - 1].flags & PRECIS_TOK_NUM) ||
        t[a].off != t[a - 1].off + 5 || r->in->text[t[a].off - 1] != ' ')
        return 0;
    const char *d = r->in->text + t[a - 1].off;
    for (int i = 0; i < 4; i++)
        if (d[i] < '0' || d[i] > '9') return 0;
    return (d[0] == '1' && d[1] == '9') || (d[0] == '2' && d[1] == '0');
}

/* English: whether the name from token a to b comes after a determiner or
 * a possessive and a year, no make of cars (model_year), and before no
 * lower-case word but a noun of works or events, "of" nor "for": an
 * edition of an event, "the 1993 Ashes", "the 2010 Chess Olympiad"; not a
 * modifier ("the 2016 Holyrood elections", "the 1997 Lions tour"). */
static int year_event(const e_run *r, size_t a, size_t b, size_t lo) {
    const precis_token *t = r->in->toks;
    if (r->e->adj_after || (r->tags[a] & (T_CAR | T_MAKER)) || !model_year(r, a, lo) ||
        !owner_before(r, a - 1, lo, 1))
        return 0;
    if (b + 1 >= r->in->n_toks || !joined(r, b)) return 1;
    unsigned f = t[b + 1].flags;
    if ((f & PRECIS_TOK_CAP) || !(f & PRECIS_TOK_WORD)) return 1;
    if (r->tags[b + 1] & (T_JOIN | T_ORGJOIN)) return 0;
    /* "the 1904 Horsham by-election" */
    if (r->in->text[t[b + 1].off + t[b + 1].len] == '-') return 0;
    return (f & PRECIS_TOK_STOP) || (r->tags[b + 1] & T_OTHERCUE);
}

/* French: token i is a lower-case "de" joined to the next ("du", "d'"
 * come before bodies' names as often as places', "des" before peoples'
 * and families'). */
static int fr_de_before(const e_run *r, size_t i) {
    if (!r->e->fr || !(r->tags[i] & T_JOIN) || (r->in->toks[i].flags & PRECIS_TOK_CAP) ||
        !joined(r, i))
        return 0;
    size_t n;
    const char *w = folded_word(r, i, &n);
    return n == 2 && !memcmp(w, "de", 2);
}

/* Whether the one word at token a of a sentence (from lo) comes after "de"
 * with no cue around ("la ville voisine de Cataingan", "originaire de
 * Mézériat", "le barrage de Fontenoy"): not after a noun of bodies or a
 * role a word or two before ("la société de X", "le directeur de X"), nor
 * part of a longer name (a capital before "de", a hyphen after:
 * "Outre-mer"), nor a brand (a capital inside it). French (fr_de_before). */
static int de_place(const e_run *r, size_t a, size_t lo) {
    const precis_token *t = r->in->toks;
    if (a <= lo + 1 || !fr_de_before(r, a - 1) ||
        (t[a - 2].flags & (PRECIS_TOK_CAP | PRECIS_TOK_FIRST)) == PRECIS_TOK_CAP ||
        (a + 1 < r->in->n_toks && r->in->text[t[a].off + t[a].len] == '-'))
        return 0;
    const char *w = tok_s(r, a);
    size_t k = 1, wn = tok_len(r, a);
    while (k < wn && !(w[k] >= 'A' && w[k] <= 'Z'))
        k++;
    if (k < wn) return 0;
    for (size_t j = a - 1; j-- > lo && a - 1 - j <= 2;) {
        if (t[j].flags & PRECIS_TOK_CAP) break;
        if (r->tags[j] & (T_ORGCUE | T_ROLE)) return 0;
    }
    return 1;
}

/* French: a lower-case word of places, "de" and an article, or "du",
 * "des", right before the one word at a: "la place de la République",
 * "la place de l'Opéra", "le parc des Princes" (where a word of the
 * language names a square, a street, a district). */
static int street_of(const e_run *r, size_t a, size_t lo) {
    const precis_token *t = r->in->toks;
    if (!r->e->fr || a < lo + 2 || !(r->tags[a - 1] & T_JOIN) ||
        (t[a - 1].flags & PRECIS_TOK_CAP) || !joined(r, a - 1))
        return 0;
    size_t p = a - 1;
    size_t n;
    const char *w = folded_word(r, p, &n);
    /* "de la", "de l'" (the joiners opening with "l") */
    if (n >= 2 && w[0] == 'l') {
        if (p < lo + 2 || !fr_de_before(r, p - 1)) return 0;
        p--;
    } else if (!((n == 2 && !memcmp(w, "du", 2)) || (n == 3 && !memcmp(w, "des", 3))))
        return 0;
    if (p <= lo || !(r->tags[p - 1] & T_PLACE) || (t[p - 1].flags & PRECIS_TOK_CAP) ||
        !joined(r, p - 1) || acronym(r, a))
        return 0;
    /* "le département de la Santé" (a ministry abroad) */
    if (tok_len(r, p - 1) == strlen("département") &&
        !memcmp(tok_s(r, p - 1), "département", strlen("département")))
        return 0;
    /* the name goes on: a lower-case word after it ("de la République
     * islamique", "des Aiguilles rouges"), or "de" and a capital ("du
     * Programme des Nations unies") */
    if (a + 1 < r->in->n_toks && joined(r, a) && (t[a + 1].flags & PRECIS_TOK_WORD) &&
        !(t[a + 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP | PRECIS_TOK_NUM)))
        return 0;
    return !(a + 2 < r->in->n_toks && (r->tags[a + 1] & T_JOIN) && joined(r, a) &&
             joined(r, a + 1) && (t[a + 2].flags & PRECIS_TOK_CAP));
}

static int ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether a title ("M.", "Mme", "Mlle") is right before token i, one space
 * between, though glued to the sentence before ("en 2009.M. Ramadan"). */
static int after_title(const e_run *r, size_t i) {
    size_t off = r->in->toks[i].off;
    const char *s = r->in->text;
    if (off >= 3 && !memcmp(s + off - 3, "M. ", 3) && (off == 3 || !ascii_letter(s[off - 4])))
        return 1;
    for (size_t k = 4; k <= 5; k++)
        if (off >= k && s[off - 1] == ' ' && precis_title_gender(s + off - k, k - 1) == 0 &&
            (off == k || !ascii_letter(s[off - k - 1])))
            return 1;
    return 0;
}

/* French: a title, "de", "d'", "du" or "des" right before the one word at
 * a: "la duchesse de Sussex", "le duc d'Edimbourg", "le garde des Sceaux",
 * "le Garde des Sceaux" (entity-title-ofs.txt). The word is the title's,
 * no place. */
static int title_of(const e_run *r, size_t a, size_t lo) {
    const precis_token *t = r->in->toks;
    if (!r->e->title_ofs || a < lo + 2 || !(r->tags[a - 1] & T_JOIN) ||
        (t[a - 1].flags & PRECIS_TOK_CAP) || !joined(r, a - 1) || !joined(r, a - 2))
        return 0;
    size_t n;
    const char *w = folded_word(r, a - 1, &n);
    if (!((n == 2 && w[0] == 'd' && (w[1] == 'e' || w[1] == 'u')) ||
          (n == 3 && !memcmp(w, "des", 3)) || elided_as(w, n, 'd')))
        return 0;
    return has_folded(r, a - 2, r->e->title_ofs);
}

/* Whether token i is "the" in lower case, joined to the word after it. */
static int lower_the(const e_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    return t->len == 3 && !memcmp(r->in->text + t->off, "the", 3) && joined(r, i);
}

/* Whether "at the" in lower case comes right before token a. */
static int at_the(const e_run *r, size_t a) {
    const precis_token *t = r->in->toks;
    return lower_the(r, a - 1) && joined(r, a - 2) && t[a - 2].len == 2 &&
           !memcmp(r->in->text + t[a - 2].off, "at", 2);
}

/* A lower-case noun of organisations, "de" and one common noun right
 * before a name that opens with no first name: "l'institut de sondage
 * Opinion Way", "l'agence de presse Isna", not "le président de la
 * coopérative des magazines Frédérick Cassegrain" (French). */
static int fr_cue_complement(const e_run *r, size_t a, size_t lo) {
    const precis_token *t = r->in->toks;
    if (a < lo + 3) return 0;
    /* "de", "d'": no article ("des magazines") */
    const char *d = tok_s(r, a - 2);
    if (d[0] != 'd' || !(t[a - 2].len == 1 || (t[a - 2].len == 2 && d[1] == 'e') || d[1] == '\'' ||
                         (t[a - 2].len >= 4 && !memcmp(d + 1, "\xE2\x80\x99", 3))))
        return 0;
    return (r->tags[a - 3] & T_ORGCUE) && (r->tags[a - 2] & T_JOIN) &&
           !(t[a - 3].flags & PRECIS_TOK_CAP) && !(t[a - 2].flags & PRECIS_TOK_CAP) &&
           common_lower(r, a - 1) &&
           !(r->tags[a - 1] & (T_ORGCUE | T_OTHERCUE | T_CUE | T_ROLE | T_PLACE)) &&
           joined(r, a - 3) && joined(r, a - 2) && joined(r, a - 1) && !is_first_name(r, a);
}

/* French: a lower-case noun tagged cue (T_ORGCUE: organisations,
 * T_OTHERCUE: works or events), then one lower-case adjective (a demonym or
 * one of the adjectives' endings), right before token a: "quotidien
 * espagnol" of "le quotidien espagnol La Vanguardia", "série américaine" of
 * "la série américaine Westfall". */
static int fr_cue_adjective(const e_run *r, size_t a, size_t lo, unsigned cue) {
    const precis_token *t = r->in->toks;
    if (a < lo + 2 || !(r->tags[a - 2] & cue) ||
        ((t[a - 2].flags & PRECIS_TOK_CAP) && !acronym(r, a - 2)) || !common_lower(r, a - 1) ||
        (r->tags[a - 1] & (T_ORGCUE | T_OTHERCUE | T_CUE | T_ROLE)) || !joined(r, a - 2) ||
        !joined(r, a - 1))
        return 0;
    if (is_demonym(r, a - 1) || adjective_ending(r, a - 1) || name_adjective(r, a - 1)) return 1;
    /* an adjective of nationality ("quotidien espagnol"), not when a
     * lower-case word goes on after the name: "le site espagnol Menorca
     * info", "Corriere della Sera" (a name cut) */
    if (!has_folded(r, a - 1, r->e->nationals)) return 0;
    return !(a + 1 < r->in->n_toks && joined(r, a) && (t[a + 1].flags & PRECIS_TOK_WORD) &&
             !(t[a + 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP | PRECIS_TOK_NUM)));
}

/* French: a lower-case noun of the press (entity-press-nouns.txt) and
 * "de", "d'", "du" or "des" right before token a: "colonnes de" of "dans
 * les colonnes de La Montagne", "micro de" of "au micro de France Bleu". */
static int press_of(const e_run *r, size_t a, size_t lo) {
    const precis_token *t = r->in->toks;
    if (!r->e->press_nouns || a < lo + 2 || !(r->tags[a - 1] & T_JOIN) ||
        (t[a - 1].flags & PRECIS_TOK_CAP) || (t[a - 2].flags & PRECIS_TOK_CAP) ||
        !joined(r, a - 1) || !joined(r, a - 2) || tok_s(r, a - 1)[0] != 'd')
        return 0;
    return has_folded(r, a - 2, r->e->press_nouns);
}

/* Whether the name from a to b opens with a word that a lower-case "de",
 * "du", "des" or "d'" joins by hyphens to the next: "Charles-de-Gaulle",
 * "Val-d'Oise"; not a surname after a first name and a space ("Pierre
 * Morel-à-l'Huissier"). */
static int hyphen_de(const e_run *r, size_t a, size_t b) {
    const precis_token *t = r->in->toks;
    const char *x = r->in->text;
    for (size_t k = a + 1; k < b; k++) {
        if (x[t[k].off - 1] != '-' || t[k - 1].off + t[k - 1].len + 1 != t[k].off) return 0;
        if (!(r->tags[k] & T_JOIN) || (t[k].flags & PRECIS_TOK_CAP) || x[t[k].off] != 'd') continue;
        if (x[t[k].off + t[k].len] == '-' || t[k + 1].off == t[k].off + t[k].len) return 1;
    }
    return 0;
}

/* English: a body's role and "for" or "at" before token a, "the" between
 * them or not: "a spokesman for Harwell", "an analyst at the Drummond
 * Bank", whose name is the body's. */
static int role_for(const e_run *r, size_t a, size_t lo) {
    const precis_token *t = r->in->toks;
    size_t p = a;
    if (r->e->adj_after || p < lo + 2) return 0;
    if (lower_the(r, p - 1)) p--;
    if (p < lo + 2 || !joined(r, p - 1) || !joined(r, p - 2) || (t[p - 2].flags & PRECIS_TOK_CAP) ||
        !(r->tags[p - 2] & T_BODY))
        return 0;
    /* an award's category: "best director for Mike Leigh" */
    if (p >= lo + 3 && t[p - 3].len == 4 && !memcmp(r->in->text + t[p - 3].off, "best", 4))
        return 0;
    const char *w = r->in->text + t[p - 1].off;
    return (t[p - 1].len == 3 && !memcmp(w, "for", 3)) ||
           (t[p - 1].len == 2 && !memcmp(w, "at", 2));
}

/* English: a verb of what firms do right after token a, or after "has",
 * "have", "had" or "also" (entity-company-verbs.txt): "Varno posted a
 * loss", "Zentrix has reported" */
static int company_verb(const e_run *r, size_t a) {
    const precis_token *t = r->in->toks;
    size_t n = r->in->n_toks, k = a + 1;
    if (!r->e->company_verbs || k >= n || !joined(r, a) || (t[k].flags & PRECIS_TOK_CAP) ||
        !(t[k].flags & PRECIS_TOK_WORD))
        return 0;
    if (has_folded(r, k, r->e->company_verbs)) return 1;
    static const char *const aux[] = {"has", "have", "had", "also"};
    for (size_t i = 0; i < 4; i++)
        if (t[k].len == strlen(aux[i]) && !memcmp(tok_s(r, k), aux[i], t[k].len)) {
            if (k + 1 < n && joined(r, k) && !(t[k + 1].flags & PRECIS_TOK_CAP) &&
                (t[k + 1].flags & PRECIS_TOK_WORD) && has_folded(r, k + 1, r->e->company_verbs))
                return 1;
            break;
        }
    return 0;
}

/* English: where someone works, "at" before token a after a body's role
 * and up to three lower-case words ("head of market development at
 * Varno", "chief security architect at Zentrix"), or after a person's
 * name after a role ("analyst Ann Hale at Varno") */
static int role_at(const e_run *r, size_t a, size_t lo) {
    const precis_token *t = r->in->toks;
    if (r->e->adj_after || a < lo + 3 || !joined(r, a - 1) || t[a - 1].len != 2 ||
        memcmp(r->in->text + t[a - 1].off, "at", 2))
        return 0;
    size_t p = a - 2;
    /* a person's name, capitalized words from a first name, then its role */
    if ((t[p].flags & PRECIS_TOK_CAP) && joined(r, p)) {
        size_t q = p;
        while (q > lo && q + 3 > p && joined(r, q - 1) && (t[q - 1].flags & PRECIS_TOK_CAP))
            q--;
        return q < p && q > lo && is_first_name(r, q) && joined(r, q - 1) &&
               !(t[q - 1].flags & PRECIS_TOK_CAP) && (r->tags[q - 1] & T_BODY);
    }
    for (size_t k = p; k + 4 > p && k > lo; k--) {
        if (!joined(r, k) || !(t[k].flags & PRECIS_TOK_WORD) || (t[k].flags & PRECIS_TOK_CAP) ||
            (r->tags[k] & T_CUE))
            return 0;
        if (r->tags[k] & T_BODY) return 1;
    }
    return 0;
}

/* French: a name that English's article opens ("selon The Mirror"), or
 * right after a preposition that swallowed the article ("par le Mirror"
 * has its rule above; "la fondatrice des Femen", "au Ritz"), is no person;
 * not a first name and a surname, nor a family ("des Kennedy": a surname
 * the text gives with a first name elsewhere is asked by the caller's
 * chain). Returns 2 for "The" right after an opening mark (a work's
 * title, vote types it other), 1 for another such name (vote types it an
 * organisation), 0 when the rule does not apply. */
static int fr_article_name(const e_run *r, size_t a, size_t b, size_t lo, int peer) {
    const precis_token *t = r->in->toks;
    if (!r->e->fr || peer) return 0;
    if (b > a && t[a].len == 3 && !memcmp(tok_s(r, a), "The", 3)) {
        /* a title in marks: "le film \"The World to Come\"" */
        const char *x = r->in->text;
        size_t o = t[a].off;
        return (o >= 1 && x[o - 1] == '"') || (o >= 3 && !memcmp(x + o - 3, "\xE2\x80\x9C", 3)) ||
                       (o >= 2 && !memcmp(x + o - 2, "\xC2\xAB", 2)) ||
                       (o >= 3 && !memcmp(x + o - 3, "\xC2\xAB ", 3))
                   ? 2
                   : 1;
    }
    if (a <= lo || (t[a - 1].flags & PRECIS_TOK_CAP) || !joined(r, a - 1)) return 0;
    /* a nationality then a name ("du Hongrois Kornel Mundruczo") */
    if (b > a && is_demonym(r, a)) return 0;
    for (size_t k = a; k <= b; k++)
        if (is_first_name(r, k)) return 0;
    const char *w = tok_s(r, a - 1);
    size_t n = t[a - 1].len;
    return (n == 2 && (!memcmp(w, "du", 2) || !memcmp(w, "au", 2))) ||
           (n == 3 && (!memcmp(w, "des", 3) || !memcmp(w, "aux", 3)));
}

static inline int nickname_plural(e_run *r, size_t a, size_t lo);

/* A lower-case noun of a medium's people right after the name a..b:
 * "three Sun journalists", "a Sky commentator" (English,
 * entity-media-people.txt); no place word in the name ("a Silicon Valley
 * journalist") and not the tail of a longer name after "of" or "of the"
 * ("a Top of the Pops presenter"). */
static int media_after(const e_run *r, size_t a, size_t b, size_t lo) {
    if (!joined(r, b) || !has_word(r, b + 1, r->e->media_people) || has_tag(r, a, b, T_PLACE))
        return 0;
    size_t p = a;
    if (p > lo && lower_the(r, p - 1)) p--;
    return !(p > lo && of_word(r, p - 1) && joined(r, p - 1));
}

/* A river's name with no article right before ("le", "la", "l'", "du",
 * "au", any case): "Rock en Seine", "outre-Rhin", a misspelled
 * "Seine-saint-Denis" name no river (data/<lang>/entity-rivers.txt). Asked
 * of a one-word place only. */
static int river_alone(const e_run *r, size_t a, size_t lo) {
    if (!r->e->rivers || !precis_wordlist_has(r->e->rivers, tok_s(r, a), tok_len(r, a))) return 0;
    if (a <= lo) return 1;
    const precis_token *p = &r->in->toks[a - 1];
    const char *w = r->in->text + p->off;
    char c0 = (char)(w[0] | 32);
    /* "le", "la", "du", "au" */
    if (p->len == 2 &&
        ((c0 == 'l' && (w[1] == 'e' || w[1] == 'a')) || ((c0 == 'd' || c0 == 'a') && w[1] == 'u')))
        return 0;
    return !elided_l(r, a - 1);
}

/* (the tests of the word after, inline, its first byte among the list's:
 * most calls end there) */
static inline int media_before(const e_run *r, size_t a, size_t b, size_t lo) {
    return r->e->media_people && b + 1 < r->in->n_toks &&
           (r->in->toks[b + 1].flags & (PRECIS_TOK_WORD | PRECIS_TOK_CAP)) == PRECIS_TOK_WORD &&
           r->e->media_first[(unsigned char)tok_s(r, b + 1)[0]] && media_after(r, a, b, lo);
}

/* Whether a lower-case noun of players or sides follows the name [a, b],
 * right after it, or after its possessive when it is a known place
 * ("England midfielder", "Kilmarnock's manager"; not "Mike Ruddock's
 * side"; English). */
static int side_after(const e_run *r, size_t a, size_t b) {
    const precis_token *t = r->in->toks;
    if (b + 1 >= r->in->n_toks || !(r->tags[b + 1] & T_SIDE) || (t[b + 1].flags & PRECIS_TOK_CAP))
        return 0;
    return joined(r, b) || (tok_len(r, b) < t[b].len && t[b + 1].off == t[b].off + t[b].len + 1 &&
                            is_place(r, a, b));
}

/* English: a capitalized plural that no list knows, no first name's
 * plural ("Williams", "Roberts"), after a known place: a side's nickname
 * ("New York Yankees", "Indiana Pacers"; vote). */
static int team_plural(const e_run *r, size_t b) {
    size_t n = tok_len(r, b);
    const char *s = tok_s(r, b);
    if (r->e->adj_after || n < 5 || (r->tags[b] & T_KNOWN) || acronym(r, b) ||
        is_first_name(r, b) || is_demonym(r, b))
        return 0;
    for (size_t k = 1; k < n - 1; k++)
        if (!((s[k] >= 'a' && s[k] <= 'z'))) return 0;
    return !in_lists(r->e->first, s, n - 1) &&
           !(s[n - 2] == 'e' && in_lists(r->e->first, s, n - 2));
}

/* ", who was …", ", a 22-year-old …", ", 22,": after a name, what a
 * person's name takes and a body's hardly does (English; "Red Bull, who
 * will", "Rovers, who are" stay bodies): "who" and "is", "was", "has" or
 * a lower-case verb in -s ("who plays"), or an age. */
static int person_after(const e_run *r, size_t b) {
    const precis_token *t = r->in->toks;
    const char *s = r->in->text + t[b].off + t[b].len;
    if (strncmp(s, ", ", 2)) return 0;
    s += 2;
    if (!strncmp(s, "who ", 4)) {
        s += 4;
        if (!strncmp(s, "is ", 3) || !strncmp(s, "was ", 4) || !strncmp(s, "has ", 4)) return 1;
        size_t k = 0;
        while (s[k] >= 'a' && s[k] <= 'z')
            k++;
        return k >= 4 && s[k - 1] == 's' && s[k - 2] != 's' && s[k] == ' ';
    }
    if (!strncmp(s, "a ", 2) || !strncmp(s, "an ", 3) || !strncmp(s, "the ", 4)) {
        s = strchr(s, ' ') + 1;
        size_t k = 0;
        while (k < 4 && s[k] >= '0' && s[k] <= '9')
            k++;
        return k && k < 4 && !strncmp(s + k, "-year-old", 9);
    }
    size_t k = 0;
    while (k < 3 && s[k] >= '0' && s[k] <= '9')
        k++;
    if (k && k < 3 && s[k] == ',') return 1;
    /* ", Tory shadow pensions secretary,", ", a soul singer from Devon":
     * a lower-case role or trade ending the words in apposition */
    for (size_t i = b + 1; i < r->in->n_toks && i < b + 9; i++) {
        const char *g = r->in->text + t[i - 1].off + t[i - 1].len, *e = r->in->text + t[i].off;
        if (i > b + 1)
            for (; g < e; g++)
                if (*g != ' ' && *g != '-' && *g != '\'') return 0;
        e += t[i].len;
        if ((r->tags[i] & (T_ROLE | T_PNOUN)) && !(t[i].flags & PRECIS_TOK_CAP) &&
            (*e == ',' || !strncmp(e, " from ", 6) || !strncmp(e, " of ", 4) ||
             !strncmp(e, " for ", 5) || !strncmp(e, " at ", 4)))
            return 1;
    }
    return 0;
}

/* English words joined by hyphens alone with no other cue ("Wal-Mart",
 * "T-Mobile", "Roc-A-Fella", "Anheuser-Busch"): more often a company, a
 * label or a product than a place, unless a part is a place or a demonym
 * the lists know ("Stoke-on-Trent", "Anglo-Dutch"), the first is "Mid"
 * ("Mid-Bedfordshire") or "derby" follows ("the Tyne-Wear derby"). */
static int hyphen_body(const e_run *r, size_t a, size_t b) {
    const precis_token *t = r->in->toks;
    if (r->e->adj_after || (t[a].len == 3 && !strncmp(r->in->text + t[a].off, "Mid", 3))) return 0;
    /* "the Tyne-Wear derby": the two places' */
    if (!strncmp(r->in->text + t[b].off + t[b].len, " derby", 6)) return 0;
    for (size_t i = a; i <= b; i++) {
        if (i < b &&
            (t[i + 1].off != t[i].off + t[i].len + 1 || r->in->text[t[i].off + t[i].len] != '-'))
            return 0;
        if (is_place(r, i, i) || is_demonym(r, i) || (r->tags[i] & T_PLACE)) return 0;
    }
    return 1;
}

/* "TJ Ioane", "PJ Harvey", "KP Robertson": two capitals, then a word no
 * list knows as a common word, a place or a body's, are initials and a
 * surname, not an acronym and a name ("LG Electronics", "AC Milan", "SK
 * Telecom"; English). */
static int initials_name(const e_run *r, size_t a, size_t b) {
    const precis_token *t = r->in->toks;
    if (r->e->adj_after || b != a + 1 || tok_len(r, a) != 2 || !acronym(r, a) ||
        is_place(r, a, a) || (r->tags[a] & (T_KNOWN | T_ORG | T_OTHER)) || !joined(r, a))
        return 0;
    const char *s = tok_s(r, b);
    size_t n = tok_len(r, b);
    if (n < 3 || !(t[b].flags & PRECIS_TOK_CAP)) return 0;
    for (size_t k = 1; k < n; k++)
        if (!(s[k] >= 'a' && s[k] <= 'z')) return 0;
    return !is_common((e_run *)r, b) && !is_place(r, b, b) &&
           !(r->tags[b] & (T_KNOWN | T_PLACE | T_ORG | T_ORGEND | T_OTHER | T_OTHEREND));
}

/* The first token of the last words of a..b that hyphens alone join
 * ("Wright-Phillips" of "Shaun Wright-Phillips"; English), b if none. */
static size_t hyphen_tail(const e_run *r, size_t a, size_t b) {
    const precis_token *t = r->in->toks;
    size_t h = b;
    while (!r->e->adj_after && h > a && t[h].off == t[h - 1].off + t[h - 1].len + 1 &&
           r->in->text[t[h].off - 1] == '-')
        h--;
    return h;
}

/* French: two words, the first no common word, article nor place the
 * lists know, the last a first name too: a full name whose surname is
 * also a common noun ("Trayvon Martin", "martin" a bird), not "Science
 * Po" nor "France Bleu Lorraine". */
static int fr_name_pair(const e_run *r, size_t a, size_t b) {
    return r->e->fr && b == a + 1 && is_first_name(r, b) && !is_common((e_run *)r, a) &&
           !is_article(r, a) && !is_place(r, a, a) && !(r->tags[a] & (T_KNOWN | T_PLACE | T_ORG));
}

/* French: a known organisation's name, then a place ending the name: a
 * regional edition or branch ("France Bleu Isère", "France 3 Bretagne"),
 * whose first word may be a first name ("France"). */
static int known_then_place(const e_run *r, size_t a, size_t b) {
    const precis_wordlist *orgs = r->e->known[K_ORGS];
    if (!r->e->fr || !orgs || b <= a || !(r->tags[a] & T_KNOWN)) return 0;
    for (size_t j = b; j-- > a;)
        if (r->in->toks[j + 1].off == r->in->toks[j].off + r->in->toks[j].len + 1 &&
            is_place(r, j + 1, b) &&
            precis_wordlist_has(orgs, tok_s(r, a),
                                r->in->toks[j].off + r->in->toks[j].len - r->in->toks[a].off))
            return 1;
    return 0;
}

/* French: token i is a lower-case "de", "d'" or "d’" joined to the next. */
static int near_de(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    const char *d = tok_s(r, i);
    if (fr_de_before(r, i)) return 1;
    return r->e->fr && !(t[i].flags & PRECIS_TOK_CAP) && joined(r, i) &&
           elided_as(d, t[i].len, 'd');
}

/* French: the one word at a is a seat of power (entity-seats.txt) where
 * people are, go or are received: after "à" or "à l'" ("reçus à
 * Matignon", "une réunion à l'Élysée"), or after a noun of
 * entity-seat-nouns.txt and "de" ("le locataire de Matignon", "le palais
 * de l'Élysée"). The place, where the known name alone makes the body
 * that sits there ("Matignon a annoncé"). */
static int seat_place(const e_run *r, size_t a, size_t b, size_t lo) {
    const precis_token *t = r->in->toks;
    if (!r->e->seats || a != b || !has_folded(r, a, r->e->seats)) return 0;
    size_t k = a;
    if (k > lo && elided_l(r, k - 1) && joined(r, k - 1)) k--;
    if (k <= lo || !joined(r, k - 1)) return 0;
    size_t n;
    const char *w = folded_word(r, k - 1, &n);
    /* "à", or "A" opening a sentence ("A l'Elysée, ...") */
    if ((n == 2 && !memcmp(w, "\xC3\xA0", 2)) ||
        (n == 1 && w[0] == 'a' && (t[k - 1].flags & PRECIS_TOK_CAP)))
        return 1;
    return k - 1 > lo && fr_de_before(r, k - 1) && joined(r, k - 2) &&
           !(t[k - 2].flags & PRECIS_TOK_CAP) && has_folded(r, k - 2, r->e->seat_nouns);
}

/* Bit j set when the folded list l[j] (nl of them, each may be NULL)
 * holds token i's folded word: the word folded and hashed once for all. */
static unsigned folded_in(const e_run *r, size_t i, const precis_wordlist *const *l, size_t nl) {
    size_t n;
    const char *w = folded_word(r, i, &n);
    uint32_t h = precis_fnv1a(w, n);
    unsigned hit = 0;
    for (size_t j = 0; j < nl; j++)
        if (l[j] && precis_wordlist_has_hashed(l[j], w, n, h)) hit |= 1u << j;
    return hit;
}

/* French: the name at a follows a lower-case noun of a list, right after
 * it or after one lower-case adjective: a kind of schools or hospitals
 * (entity-institution-nouns.txt: "le lycée Blaise-Pascal", "l'hôpital
 * universitaire Rafic Hariri", not "l'hôpital de Dijon") or of media
 * (entity-media-kinds.txt: "le quotidien régional Sud-Ouest"). Bit j set
 * when list l[j] (nl of them, each may be NULL) holds that noun: the
 * tokens before a tested, their words folded and hashed, once for all
 * the lists. */
static unsigned kinds_before(const e_run *r, size_t a, size_t lo, const precis_wordlist *const *l,
                             size_t nl) {
    const precis_token *t = r->in->toks;
    if (a <= lo) return 0;
    size_t k = a - 1;
    if (!joined(r, k) || (t[k].flags & PRECIS_TOK_CAP) || !(t[k].flags & PRECIS_TOK_WORD)) return 0;
    unsigned hit = folded_in(r, k, l, nl);
    if (hit != (1u << nl) - 1 && k > lo && joined(r, k - 1) && !(t[k - 1].flags & PRECIS_TOK_CAP) &&
        !(t[k].flags & PRECIS_TOK_STOP) && !(r->tags[k] & T_JOIN))
        hit |= folded_in(r, k - 1, l, nl);
    return hit;
}

/* Whether token k's folded word, or its singular, is on list l: "syndicats"
 * of "syndicat", "ONG" of "ong". */
static int kind_plural(const e_run *r, size_t k, const precis_wordlist *l) {
    size_t n;
    const char *w = folded_word(r, k, &n);
    return precis_wordlist_has(l, w, n) ||
           (n > 2 && (w[n - 1] == 's' || w[n - 1] == 'x') && precis_wordlist_has(l, w, n - 1));
}

/* A name in a bracketed list right after a plural kind of bodies, or
 * after the kind and one lower-case word (entity-body-kinds.txt):
 * "plusieurs syndicats (CGT, FO, SUD, Unsa)", "des collectifs hospitaliers
 * (Inter-Hôpitaux et Inter-Urgences)" (French). */
static int listed_after_kinds(const e_run *r, size_t a, size_t lo) {
    const precis_token *t = r->in->toks;
    const char *s = r->in->text;
    const precis_wordlist *l = r->e->body_kinds;
    if (!l || a <= lo) return 0;
    /* the bytes the walk back to the bracket may cross, bit c of word c /
     * 64: space, comma, hyphen, apostrophe, digits, letters, every byte
     * from 0x80; one load a byte (a chain of tests mispredicted on most
     * letters) */
    static const uint64_t crossed[4] = {0x03FF308100000000u, 0x07FFFFFE07FFFFFEu, UINT64_MAX,
                                        UINT64_MAX};
    size_t p = t[a].off, stop = t[lo].off;
    /* the walk below reaches a bracket at 162 bytes at most before the
     * name (its bound), and no earlier than the sentence: most names have
     * none there, found by one memchr instead of a walk byte by byte */
    size_t reach = p > stop + 162 ? p - 162 : stop;
    if (p <= reach || !memchr(s + reach, '(', p - reach)) return 0;
    while (p > stop && s[p - 1] != '(') {
        unsigned char c = (unsigned char)s[p - 1];
        if (!(crossed[c >> 6] >> (c & 63) & 1) || t[a].off - p > 160) return 0;
        p--;
    }
    if (p <= stop) return 0;
    p--; /* the bracket */
    /* a list of names: a capital first, a comma or "et" before the closing
     * bracket (no gloss: "d'intérêt collectif (Scic)", "des entreprises
     * (loi Pacte)") */
    unsigned char f = (unsigned char)s[p + 1];
    if (!(f >= 0x80 || (f >= 'A' && f <= 'Z'))) return 0;
    int list = 0;
    for (size_t q = p + 1; s[q] && q < p + 240 && s[q] != ')'; q++) /* NUL-terminated */
        if (s[q] == ',' || !strncmp(s + q, " et ", 4)) list = 1;
    if (!list) return 0;
    size_t k = a;
    while (k > lo && t[k - 1].off >= p)
        k--;
    if (k == lo) return 0;
    k--;
    for (size_t q = t[k].off + t[k].len; q < p; q++)
        if (s[q] != ' ') return 0;
    if (!(t[k].flags & PRECIS_TOK_WORD)) return 0;
    if (kind_plural(r, k, l)) return 1;
    return k > lo && !(t[k].flags & PRECIS_TOK_CAP) && joined(r, k - 1) &&
           !(t[k - 1].flags & PRECIS_TOK_CAP) && (t[k - 1].flags & PRECIS_TOK_WORD) &&
           kind_plural(r, k - 1, l);
}

/* A name in quotation marks right after a lower-case kind of bodies, or
 * after the kind and one lower-case word (entity-body-kinds.txt; "ONG" in
 * capitals too): 'l'association "Urgence Homophobie"', 'le collectif
 * "Chrétiens en Vaucluse"', 'l'association lyonnaise "Les X"' (French). */
static int quoted_kind_before(const e_run *r, size_t a, size_t lo) {
    const precis_token *t = r->in->toks;
    const precis_wordlist *l = r->e->body_kinds;
    if (!l || a <= lo || !mark_gap(r, a - 1, 1)) return 0;
    size_t k = a - 1;
    if (!(t[k].flags & PRECIS_TOK_WORD)) return 0;
    if (has_folded(r, k, l)) return 1;
    return k > lo && !(t[k].flags & PRECIS_TOK_CAP) && !(t[k].flags & PRECIS_TOK_STOP) &&
           joined(r, k - 1) && (t[k - 1].flags & PRECIS_TOK_WORD) && has_folded(r, k - 1, l);
}

/* Whether the text between tokens i and i + 1 is one space, an apostrophe
 * or a hyphen: words of one title. */
static int title_gap(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    size_t k = t[i].off + t[i].len, end = t[i + 1].off;
    const char *x = r->in->text;
    if (end == k) return 1; /* "qu'" of "qu'à" */
    if (end == k + 1) return x[k] == ' ' || x[k] == '\'' || x[k] == '-';
    return end == k + 3 && !memcmp(x + k, "\xE2\x80\x99", 3); /* ’ */
}

/* French: a title in quotation marks, opening with a capital, in any case
 * after, whose closing mark, "de" or "d'" and a person's full name follow,
 * a first name opening it: its author's ('" Tout s'est bien passé " de
 * François Ozon'; not '"Ormesson" de Catherine X': a full name). Its last
 * token before the closing mark, or 0. */
static size_t authored_title_end(const e_run *r, size_t lo, size_t a, size_t e) {
    const precis_token *t = r->in->toks;
    if (a <= lo || !(t[a].flags & PRECIS_TOK_CAP)) return 0;
    int m = mark_gap(r, a - 1, 1);
    /* an elided article's apostrophe, then the mark: "d'« Un été »",
     * "d'"Adieu"" */
    const char *x = r->in->text;
    size_t k = t[a - 1].off + t[a - 1].len;
    /* (straight or typographic: "d’« Un été »") */
    size_t ap = k < t[a].off && x[k] == '\''                             ? 1
                : k + 3 <= t[a].off && !memcmp(x + k, "\xE2\x80\x99", 3) ? 3
                                                                         : 0;
    if (!m && ap) {
        k += ap;
        if (k < t[a].off && x[k] == '"')
            m = 1, k++;
        else if (k + 1 < t[a].off && !memcmp(x + k, "\xC2\xAB", 2))
            m = 1, k += 2;
        while (k < t[a].off && x[k] == ' ')
            k++;
        if (k + 1 < t[a].off && !memcmp(x + k, "\xC2\xA0", 2)) k += 2;
        if (k != t[a].off) m = 0;
    }
    if (!m) return 0;
    if (e > r->in->n_toks) e = r->in->n_toks;
    for (size_t j = a; j < e && j - a < 2 * E_RUN; j++) {
        if (!(t[j].flags & PRECIS_TOK_WORD)) return 0;
        int g = mark_gap(r, j, 0);
        if (g && (g == 2) == (m == 2)) {
            if (j + 3 >= e || !(r->tags[j + 1] & T_JOIN) || tok_s(r, j + 1)[0] != 'd' ||
                (t[j + 1].flags & PRECIS_TOK_CAP) || !title_gap(r, j + 1) ||
                !is_first_name(r, j + 2) || !joined(r, j + 2) || !(t[j + 3].flags & PRECIS_TOK_CAP))
                return 0;
            /* the gap: the mark and spaces, no comma nor stop */
            for (k = t[j].off + t[j].len; k < t[j + 1].off; k++)
                if (x[k] == ',' || x[k] == '.' || x[k] == ';' || x[k] == ':') return 0;
            return j;
        }
        if (mark_gap(r, j, 1)) return 0;
    }
    return 0;
}

/* French: a title in sentence case with no marks, right after a lower-case
 * noun of works or shows, or such a noun and "de", "du" or "d'"
 * (entity-title-nouns.txt: "l'émission Dimanche en politique", "sur le
 * plateau de Salut les Terriens !", "le film Tout s'est bien passé"): a
 * capitalized word, no first name nor known name, opens it; words run on,
 * a lower-case one at least, up to eight, to a comma, a bracket, "!", "?",
 * a stop, the sentence's end, "sur" and a capital (the channel: "Circuits
 * courts sur Europe 1"), "et" and a capital, or a weekday or a month; a
 * word of entity-title-stops.txt ("a", "qui", "dont") makes it a clause
 * ("le film Joker a rapporté"), not a title. Its last token, or 0. */
static size_t plain_title_end(const e_run *r, size_t lo, size_t a, size_t e) {
    const precis_token *t = r->in->toks;
    const char *x = r->in->text;
    if (!r->e->title_nouns || a <= lo || !(t[a].flags & PRECIS_TOK_CAP) ||
        !(t[a].flags & PRECIS_TOK_WORD) || (t[a - 1].flags & PRECIS_TOK_CAP))
        return 0;
    size_t c = a - 1;
    if ((r->tags[c] & T_JOIN) && tok_s(r, c)[0] == 'd' && c > lo) c--;
    if ((t[c].flags & PRECIS_TOK_CAP) || !title_gap(r, c) || (c + 1 < a && !title_gap(r, c + 1)) ||
        !has_folded(r, c, r->e->title_nouns))
        return 0;
    if (is_first_name(r, a) || is_demonym(r, a)) return 0;
    if (e > r->in->n_toks) e = r->in->n_toks;
    int lower = 0;
    for (size_t j = a; j < e && j < a + E_RUN; j++) {
        if (j > a) {
            if (!title_gap(r, j - 1) || !(t[j].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)))
                return 0;
            if (!(t[j].flags & PRECIS_TOK_CAP)) lower = 1;
            /* "Buzz TV de TV Magazine": a maker's or a channel's name */
            if ((t[j].flags & PRECIS_TOK_CAP) && (r->tags[j - 1] & T_JOIN) &&
                !(t[j - 1].flags & PRECIS_TOK_CAP))
                return 0;
            /* a person's name ("du Suédois Olof Brandt sort"), a date
             * ("Solstice sortira en mai") */
            if (((t[j].flags & PRECIS_TOK_CAP) && is_first_name(r, j)) ||
                has_folded(r, j, r->e->title_dates))
                return 0;
            /* "s'est" of "Tout s'est bien passé" is no clause's verb (a
             * straight or a typographic apostrophe: "s’est") */
            if (has_folded(r, j, r->e->title_stops) && x[t[j].off - 1] != '\'' &&
                !(t[j].off >= 3 && !memcmp(x + t[j].off - 3, "\xE2\x80\x99", 3)))
                return 0;
        }
        /* no title ends with a lower-case article or "de": "des Terriens
         * du dimanche" */
        int stop = !(t[j].flags & PRECIS_TOK_CAP) && ((r->tags[j] & T_JOIN) || is_article(r, j));
        if (j + 1 >= e) return lower && !stop ? j : 0;
        /* (French spacing: a space or a no-break space before "!", "?", ":") */
        size_t k = t[j].off + t[j].len;
        while (k < t[j + 1].off && (x[k] == ' ' || (unsigned char)x[k] >= 0x80))
            k++;
        char g = x[k];
        if (g == ',' || g == '!' || g == '?' || g == '(' || g == ')' || g == '.' || g == ';' ||
            g == ':')
            return lower && !stop ? j : 0;
        /* "Apostrophes en 1990" */
        if (t[j + 1].flags & PRECIS_TOK_NUM) return 0;
        g = x[t[j].off + t[j].len];
        if (stop) continue;
        if (g != ' ' || t[j + 1].off != t[j].off + t[j].len + 1 ||
            (t[j + 1].flags & PRECIS_TOK_CAP))
            continue;
        size_t wn;
        const char *w = folded_word(r, j + 1, &wn);
        /* "l'émission X du 5 juillet" */
        /* "sur" and no capital: "l'émission X sur la chaîne Y" */
        if (wn == 3 && !memcmp(w, "sur", 3) && !(j + 2 < e && (t[j + 2].flags & PRECIS_TOK_CAP)))
            return 0;
        if ((has_folded(r, j + 1, r->e->title_dates) && !(t[j].flags & PRECIS_TOK_STOP)) ||
            (j + 2 < e && (r->tags[j + 1] & T_JOIN) && (t[j + 2].flags & PRECIS_TOK_NUM)) ||
            (j + 2 < e && (t[j + 2].flags & PRECIS_TOK_CAP) &&
             ((wn == 3 && !memcmp(w, "sur", 3)) || (wn == 2 && !memcmp(w, "et", 2)))))
            return lower ? j : 0;
    }
    return 0;
}

/* French: a body's name in quotation marks after its kind
 * (quoted_kind_before), opening with a capital, in any case after:
 * 'le groupe "Génération solidaire"'. Its last token before the closing
 * mark of the opening one's kind, eight words at most, or 0. */
static size_t quoted_body_end(const e_run *r, size_t lo, size_t a, size_t e) {
    const precis_token *t = r->in->toks;
    if (!r->e->fr || a <= lo || !(t[a].flags & PRECIS_TOK_CAP) || !quoted_kind_before(r, a, lo))
        return 0;
    int m = mark_gap(r, a - 1, 1);
    for (size_t j = a; j < e && j - a < 8; j++) {
        if (!(t[j].flags & PRECIS_TOK_WORD)) return 0;
        int g = mark_gap(r, j, 0);
        if (g && (g == 2) == (m == 2)) return j;
        if (mark_gap(r, j, 1)) return 0;
    }
    return 0;
}

/* Whether no word of a..b is a first name, a surname or a common word
 * ("Choubra Beloula", not "Nancy Laurent Hénart"). */
static int no_first_name(const e_run *r, size_t a, size_t b) {
    for (size_t k = a; k <= b; k++)
        if (is_first_name(r, k) || is_surname(r, k) || is_common((e_run *)r, k)) return 0;
    return 1;
}

static size_t domain_end(const e_run *r, size_t i, size_t e);
static int camel_i(const e_run *r, size_t i);

/* "his newborn son, Wil, had", "her lawyer, Okafor, said": one word
 * between commas right after a person's noun of kin or trade (T_PNOUN)
 * that a possessive determiner opens, at most one word between them: the
 * person that noun names (English). */
static int kin_apposition(const e_run *r, size_t a, size_t lo) {
    const precis_token *t = r->in->toks;
    if (!r->e->possessives || a < lo + 2 || !(r->tags[a - 1] & T_PNOUN) ||
        (t[a - 1].flags & PRECIS_TOK_CAP) || t[a - 1].off + t[a - 1].len + 2 != t[a].off ||
        memcmp(r->in->text + t[a].off - 2, ", ", 2) || r->in->text[t[a].off + t[a].len] != ',')
        return 0;
    for (size_t k = a - 2, m = 0; m < 2; k--, m++) {
        if ((t[k].flags & PRECIS_TOK_CAP) || !joined(r, k)) return 0;
        if (has_folded(r, k, r->e->possessives)) return 1;
        if (k == lo) return 0;
    }
    return 0;
}

/* "his last album, Genius Loves Company", "a new book, Harbour Days": a
 * noun of works in lower case, a comma, then the name, which no first
 * name opens and that is no known place nor organisation, then a mark or
 * a stop word: the work's title (English; entity-work-nouns.txt). */
static int work_apposition(const e_run *r, size_t a, size_t b, size_t lo) {
    const precis_token *t = r->in->toks;
    if (!r->e->work_nouns || a < lo + 1 || (t[a - 1].flags & PRECIS_TOK_CAP) ||
        t[a - 1].off + t[a - 1].len + 2 != t[a].off ||
        memcmp(r->in->text + t[a].off - 2, ", ", 2) || !has_folded(r, a - 1, r->e->work_nouns))
        return 0;
    /* the apposition ends at a mark or a stop word ("album, Astronaut, the
     * first", "novel, Cloud Atlas in 2004"): not "In the introduction to the
     * book, Cortanze quotes", the sentence's subject after an adverbial */
    if (r->in->text[t[b].off + t[b].len] == ' ' && b + 1 < r->in->n_toks &&
        (t[b + 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) != PRECIS_TOK_STOP)
        return 0;
    return !is_first_name(r, a) && !is_place(r, a, b) && !is_org_name(r, a, b) &&
           !(r->tags[a] & T_KNOWN);
}

static int lent_surname(const e_run *r, const char *w, size_t n);

/* Whether token i's folded word is a surname a longer mention lends. */
static int lent_word(const e_run *r, size_t i) {
    size_t n;
    const char *w = folded_word(r, i, &n);
    return n && lent_surname(r, w, n);
}

/* Votes for the run [a, b] of sentence s (tokens from lo). */
/* Whether the place words of tokens [a, b] are all the first part of a
 * hyphenated surname after a first name ("Janet Street-Porter", "Tom
 * Hill-Wood"; English): a person's name, no street's. */
static int hyphen_place_word(const e_run *r, size_t a, size_t b) {
    const precis_token *t = r->in->toks;
    if (r->e->adj_after || b == a || !is_strong_first((e_run *)r, a) || (r->tags[a] & T_PLACE))
        return 0;
    for (size_t k = a + 1; k <= b; k++)
        if ((r->tags[k] & T_PLACE) &&
            (k == b || r->in->text[t[k].off + t[k].len] != '-' ||
             t[k + 1].off != t[k].off + t[k].len + 1 || !(t[k + 1].flags & PRECIS_TOK_CAP)))
            return 0;
    return 1;
}

/* English: the name ending at token b, then one or two lower-case words
 * and "his" or "her": "Shay Given will keep his place", "Rosberg
 * scratching his head"; the name is a person's (the subject owns). No
 * preposition between, no stop word right before "his": "an Oscar for
 * his movie", "THG and his suspension". */
static int his_after(const e_run *r, size_t b) {
    const precis_token *t = r->in->toks;
    if (r->e->adj_after || possessive(r, b)) return 0;
    for (size_t k = b + 1; k <= b + 3 && k < r->in->n_toks; k++) {
        if (!joined(r, k - 1) || (t[k].flags & PRECIS_TOK_CAP) || !(t[k].flags & PRECIS_TOK_WORD))
            return 0;
        size_t wn;
        const char *w = folded_word(r, k, &wn);
        if (k > b + 1 && w && wn == 3 && (!memcmp(w, "his", 3) || !memcmp(w, "her", 3)))
            return !(t[k - 1].flags & PRECIS_TOK_STOP);
        /* a preposition or another stop word between: "from Belfast to
         * help his son" */
        if ((r->tags[k] & (T_PREP | T_JOIN)) ||
            ((t[k].flags & PRECIS_TOK_STOP) && (k > b + 1 || !has_folded(r, k, r->e->auxiliaries))))
            return 0;
    }
    return 0;
}

static void vote(const e_run *r, cand *c, size_t lo) {
    size_t a = c->first, b = c->last, n = r->in->n_toks;
    const precis_token *t = r->in->toks;
    int *v = c->votes;
    /* asked up to four times below; the probes of a span of several words
     * are not kept per form */
    int place = is_place(r, a, b);
    /* asked of most candidates, by a score of the rules below: once here
     * (the form's memo answers a call in some twenty instructions) */
    const int first = is_first_name(r, a);
    /* whether the first word is an acronym: asked by a dozen rules, for
     * most candidates at least once (acronym is pure) */
    const int acr = acronym(r, a);
    /* the tags of the candidate's words together, for the rules asking
     * whether one of them has a tag (has_tag's walk, once) */
    uint32_t span_tags = 0;
    for (size_t i = a; i <= b; i++)
        span_tags |= r->tags[i];
    if (place && a == b && r->e->fr && river_alone(r, a, lo)) place = 0;
    /* a role just before, or before one adjective; not an acronym alone,
     * the role's party or body ("le député LR Eric Ciotti") */
    if (a == b && acr)
        ;
    else if (a > lo && (r->tags[a - 1] & (T_ROLE | T_PNOUN)) && joined(r, a - 1) &&
             !(t[a - 1].flags & PRECIS_TOK_CAP))
        v[PRECIS_ENT_PERSON] += 3;
    else if (a > lo && (r->tags[a - 1] & T_ROLE) && joined(r, a - 1))
        v[PRECIS_ENT_PERSON] += 3;
    else if (a > lo + 1 && (r->tags[a - 2] & T_ROLE) && joined(r, a - 2) && joined(r, a - 1) &&
             !(t[a - 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)))
        v[PRECIS_ENT_PERSON] += 3;
    else if (a == b && !r->e->adj_after && kin_apposition(r, a, lo))
        v[PRECIS_ENT_PERSON] += 3;
    if (first) v[PRECIS_ENT_PERSON] += b > a && is_strong_first((e_run *)r, a) ? 3 : 1;
    /* "Glasgow Warriors", "Cardiff Blues": a known place, then a common
     * noun in the plural, no first name, surname nor word of places,
     * events or bodies: a sports side (English), whose last word alone is
     * then its mention too ("the Blues") */
    int side = 0;
    if (!r->e->adj_after && b > a && !place && !first && is_place(r, a, b - 1) &&
        tok_len(r, b) >= 4 && tok_s(r, b)[tok_len(r, b) - 1] == 's' &&
        tok_s(r, b)[tok_len(r, b) - 2] != 's' && (t[b].flags & PRECIS_TOK_CAP) &&
        !(r->tags[b] & (T_PLACE | T_OTHER | T_ORG | T_ORGEND | T_OTHEREND)) && !is_surname(r, b) &&
        !is_place(r, b, b) && (is_common((e_run *)r, b) || team_plural(r, b))) {
        side = 1;
        v[PRECIS_ENT_ORG] += 5;
    }
    /* "Real Sociedad", "Werder Bremen": a club's head word, then a
     * capitalized word (entity-club-heads.txt; English), a side too: its
     * last word alone is its mention ("Sociedad levelled"), unless a
     * known place ("in Madrid" is the town) */
    if (!side && r->e->club_heads && b > a && (t[a + 1].flags & PRECIS_TOK_CAP) && joined(r, a) &&
        precis_wordlist_has(r->e->club_heads, tok_s(r, a), tok_len(r, a))) {
        side = !is_place(r, b, b);
        v[PRECIS_ENT_ORG] += 6;
    }
    c->side = side;
    /* "Duchess of Cornwall", "Earl of Wessex": a peer */
    int peer = b > a && (r->tags[a] & T_PEER) && (t[a].flags & PRECIS_TOK_CAP);
    if (peer) v[PRECIS_ENT_PERSON] += 6;
    /* "Schumacher Junior", "Hank Williams Jr": a generation's mark ending
     * the name (English) */
    if (!r->e->adj_after && b > a && (r->tags[b] & T_SUFFIX) && (t[b].flags & PRECIS_TOK_CAP))
        v[PRECIS_ENT_PERSON] += 6;
    if (is_surname(r, b)) v[PRECIS_ENT_PERSON] += 2;
    if (!(a > lo && is_article(r, a - 1)) && his_after(r, b)) v[PRECIS_ENT_PERSON] += 2;
    /* initials, then a role word as the surname: "B.B. King" (role_surname) */
    /* (the rare tag first: the length alone is a guess for the predictor) */
    if ((r->tags[b] & T_ROLE) && b > a && dotted_initial(r, b - 1)) v[PRECIS_ENT_PERSON] += 4;
    if (has_org(r, a, b) || has_amp(r, a, b)) v[PRECIS_ENT_ORG] += 4;
    /* "BBC One", "Radio Five Live": a channel (channel_end) */
    for (size_t k = a + 1; !r->e->adj_after && k <= b && k <= a + 3 && !(r->tags[k - 1] & T_OTHER);
         k++)
        if ((r->tags[k] & T_NUMWORD) && (t[k].flags & PRECIS_TOK_CAP) &&
            ((r->tags[k - 1] & (T_ORG | T_KNOWN)) || (r->tags[a] & T_KNOWN))) {
            v[PRECIS_ENT_ORG] += 6;
            break;
        }
    /* English: an organisation word heading the name, last ("Southwest
     * Forestry University") or first before "of" ("University of New South
     * Wales"), outweighs a place word or a place inside it */
    if (!r->e->adj_after && b > a &&
        (((r->tags[b] & T_ORG) && (t[b].flags & PRECIS_TOK_CAP)) ||
         ((r->tags[a] & T_ORG) && (t[a].flags & PRECIS_TOK_CAP) && (r->tags[a + 1] & T_JOIN) &&
          !(t[a + 1].flags & PRECIS_TOK_CAP))))
        v[PRECIS_ENT_ORG] += 3;
    /* French: an organisation word heading the name, a lower-case word
     * after it, outweighs a lower-case place word inside: "Office central
     * de lutte contre la corruption", "Syndicat national des guides de
     * montagne" (not "Centre-Val de Loire", hyphenated) */
    if (r->e->fr && b > a && (r->tags[a] & T_ORG) && (t[a].flags & PRECIS_TOK_CAP) &&
        !(t[a + 1].flags & PRECIS_TOK_CAP) && r->in->text[t[a + 1].off - 1] == ' ' &&
        lower_place_word(r, a + 1, b))
        v[PRECIS_ENT_ORG] += 3;
    /* "Centre for Migration Studies" (entity-joined-heads.txt) */
    if (!r->e->adj_after && b > a + 1 && (r->tags[a + 1] & T_ORGJOIN) &&
        !(t[a + 1].flags & PRECIS_TOK_CAP) && (t[a].flags & PRECIS_TOK_CAP) &&
        has_folded(r, a, r->e->joined_heads))
        v[PRECIS_ENT_ORG] += 4;
    if (is_org_name(r, a, b)) v[PRECIS_ENT_ORG] += 3;
    if (!r->e->adj_after && work_apposition(r, a, b, lo)) v[PRECIS_ENT_OTHER] += 6;
    /* "iPod", "iTunes" (camel_i) */
    if (a == b && !(t[a].flags & PRECIS_TOK_CAP) && camel_i(r, a)) v[PRECIS_ENT_OTHER] += 4;
    /* a website: "lake-view.org" (domain_end) */
    if (b > a && domain_end(r, a, b + 1) == b) v[PRECIS_ENT_ORG] += 20;
    /* "Canal+", "Disney+": a brand's "+" outweighs a place word */
    if (plus_after(r, b)) v[PRECIS_ENT_ORG] += 10;
    if (a == b && !first && org_apposition(r, a, r->in->sents[c->sent].tok_end))
        v[PRECIS_ENT_ORG] += 4;
    /* "a spokesman for Harwell": not a known place ("minister for Wales"),
     * a person's full name ("manager for Tom Hale") nor a possessive ("a
     * spokesman for Okafor's office") */
    if (!place && !(span_tags & T_PLACE) && !(b > a && first) && !possessive(r, b) &&
        (role_for(r, a, lo) || role_at(r, a, lo)))
        v[PRECIS_ENT_ORG] += 5;
    /* an institution's name: a capitalized head, lower-case words, a
     * capitalized noun ("Musée du Louvre"), not a person's ("Charles de
     * Gaulle") */
    if (r->e->fr && b > a + 1 && !(t[a + 1].flags & PRECIS_TOK_CAP) && !glued(r, a) &&
        (t[b].flags & PRECIS_TOK_CAP) && !place && !(r->tags[a] & T_OTHER) && inner_head(r, a))
        v[PRECIS_ENT_ORG] += 2;
    /* not a known place's: "US coach Patrick McEnroe" */
    /* (body_before_role returns at once unless a word, no number nor stop
     * word, follows: that test asked here spares most names the call) */
    if (!r->e->adj_after && !place && b + 1 < n &&
        (t[b + 1].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM | PRECIS_TOK_STOP)) ==
            PRECIS_TOK_WORD &&
        body_before_role(r, b, r->in->sents[c->sent].tok_end))
        v[PRECIS_ENT_ORG] += 3;
    /* "Halo 2", "PlayStation 2": a sequel or a model */
    /* (sequel_number wants one digit from 2 to 9: its first byte, asked
     * here, spares most names the call) */
    if (b > a && tok_s(r, b)[0] >= '2' && tok_s(r, b)[0] <= '9' && sequel_number(r, b))
        v[PRECIS_ENT_OTHER] += 10;
    /* "Boeing 777": a model; "Boeing" alone the maker */
    if (b > a && (r->tags[a] & T_MAKER) && model_code(r, a + 1))
        v[PRECIS_ENT_OTHER] += 10;
    else if (a == b && (r->tags[a] & T_MAKER))
        v[PRECIS_ENT_ORG] += 4;
    /* "Nintendo's DS", "Sony's new PSP": a model's acronym after its
     * maker's possessive, a lower-case word between or none */
    if (a == b && !(t[a].flags & PRECIS_TOK_NUM) && model_code(r, a)) {
        size_t m = a > lo && common_lower(r, a - 1) ? a - 1 : a;
        if (m > lo && possessive(r, m - 1) && (r->tags[m - 1] & T_MAKER) &&
            t[m].off == t[m - 1].off + t[m - 1].len + 1)
            v[PRECIS_ENT_OTHER] += 10;
    }
    /* "a Porsche", "Clarkson's Porsche", "sa Ferrari": a make of cars after
     * a determiner of one thing owned or a possessive, and no noun of sides
     * after it ("his Mercedes team-mate" is the team), is a car; with a
     * model's word after it (no first name, surname nor make: "Fiat
     * Chrysler"), after "the" too ("the Ford Mustang"): other */
    if ((r->tags[a] & T_CAR) && owner_before(r, model_year(r, a, lo) ? a - 1 : a, lo, b > a)) {
        if (a == b && (b + 1 >= n || !(r->tags[b + 1] & T_SIDE) || !joined(r, b)))
            v[PRECIS_ENT_OTHER] += 6;
        else if (b == a + 1 && r->in->text[t[b].off - 1] == ' ' && !(r->tags[b] & T_CAR) &&
                 !is_first_name(r, b) && !is_surname(r, b))
            v[PRECIS_ENT_OTHER] += 6;
    } else if (r->e->fr && (r->tags[a] & T_CAR) && (t[a].flags & PRECIS_TOK_CAP) &&
               !(a > lo && joined(r, a - 1) &&
                 ((r->tags[a - 1] & (T_OTHERCUE | T_OWNED)) ||
                  has_folded(r, a - 1, r->e->articles)))) {
        /* French: a make opening a name that is no car is the maker ("les
         * ventes de Nissan", "Renault a annoncé", "Fiat Chrysler"), over
         * a place or a surname of the same name; not after an article, a
         * determiner or a noun of vehicles ("la Renault", "une Renault",
         * "leur véhicule Peugeot": the car) */
        v[PRECIS_ENT_ORG] += 6;
    }
    /* "the 1993 Ashes": no first name nor place */
    /* (year_event answers no where adjectives follow the noun, French) */
    if (!r->e->adj_after && year_event(r, a, b, lo) && !first && !place && !is_place(r, a, a) &&
        !acr)
        v[PRECIS_ENT_OTHER] += 6;
    /* "a cruise ship, the Carnival Spirit,": one word no first name,
     * surname, place, acronym nor common word */
    if (cue_apposition(r, a, b, lo) &&
        (b > a ||
         (!first && !is_surname(r, a) && !is_place(r, a, a) && !acr && !is_common((e_run *)r, a))))
        v[PRECIS_ENT_OTHER] += 6;
    /* "a Coronation Street actress", "the X Files star": a work's name of
     * two words or more before a lower-case noun of its people, no known
     * place, body, first name, acronym nor demonym first (English; one
     * word is as often a place or a band: "Hollywood", "Westlife") */
    if (r->e->work_people && b > a && b + 1 < n && (t[b + 1].flags & PRECIS_TOK_WORD) &&
        !(t[b + 1].flags & PRECIS_TOK_CAP) && joined(r, b) &&
        has_word(r, b + 1, r->e->work_people) && !place && !is_place(r, a, a) &&
        !has_org(r, a, b) && !is_org_name(r, a, b) && !(r->tags[a] & T_KNOWN) && !first && !acr &&
        !is_demonym(r, a) && !hyphenated(r, a, b))
        v[PRECIS_ENT_OTHER] += 6;
    /* "the Gunners", "the Magpies" */
    if (a == b && nickname_plural((e_run *)r, a, lo)) v[PRECIS_ENT_ORG] += 5;
    /* "three Sun journalists", "a Sky commentator": the medium, not a
     * known place ("our Moscow correspondent") nor a person's name */
    if (media_before(r, a, b, lo) && !place && !is_place(r, a, a) && !first) v[PRECIS_ENT_ORG] += 6;
    /* "Marshall Plan", "Finance Bill" */
    if (b > a && ((r->tags[b] & T_OTHEREND) ||
                  ((t[b].flags & PRECIS_TOK_NUM) && (r->tags[b - 1] & T_OTHEREND))))
        v[PRECIS_ENT_OTHER] += 5;
    /* a known name outweighs every cue of another type */
    /* ending at b, reading two tokens past it: whether a person's name
     * follows */
    size_t se = r->in->sents[c->sent].tok_end < n ? r->in->sents[c->sent].tok_end : n;
    if (se > b + 3) se = b + 3;
    if ((r->tags[a] & T_KNOWN) && known_org_end(r, a, b + 1 < se ? se : b + 1, b, NULL, NULL) == b)
        v[PRECIS_ENT_ORG] += 10;
    if (known_then_place(r, a, b)) v[PRECIS_ENT_ORG] += 10;
    /* over the known name's +10 and a body's word's +4 ("élysée"): "reçus à
     * Matignon" */
    if (r->e->fr && seat_place(r, a, b, lo)) v[PRECIS_ENT_PLACE] += 20;
    /* a noun of institutions before it (kinds_before), over a first name,
     * a surname or a place it honours: "le lycée Jean-Moulin"; one of media
     * or bodies, over a place: "le quotidien Sud-Ouest", "le cabinet
     * Deloitte" (entity-body-kinds.txt), not a name opening with a first
     * name, a person told something ("a expliqué au quotidien Alexandre X") */
    if (r->e->fr) {
        const precis_wordlist *kinds[3] = {r->e->institutions, r->e->media_kinds, r->e->body_kinds};
        unsigned kb = kinds_before(r, a, lo, kinds, 3);
        if (kb & 1) v[PRECIS_ENT_ORG] += 12;
        if ((kb & 6) && !first) v[PRECIS_ENT_ORG] += 12;
    }
    /* over a place: "plusieurs syndicats (CGT, FO, SUD)" */
    if (r->e->fr && !first && listed_after_kinds(r, a, lo)) v[PRECIS_ENT_ORG] += 12;
    if (initials_name(r, a, b))
        v[PRECIS_ENT_PERSON] += 1;
    else if (acr)
        v[PRECIS_ENT_ORG] += a == b ? 2 : 1;
    if (place) v[PRECIS_ENT_PLACE] += 4;
    /* "England midfielder", "Newcastle boss": a country's or a town's name
     * before a lower-case noun of players or sides is the side, an
     * organisation, outweighing the gazetteer and a place word */
    /* (side_after wants a noun of sides next: its tag, asked here, spares
     * most names the call) */
    if (!r->e->adj_after && b + 1 < n && (r->tags[b + 1] & T_SIDE) && side_after(r, a, b))
        v[PRECIS_ENT_ORG] += 9;
    /* "Amérique latine": a place and its adjective */
    if (b > a && !(t[b].flags & PRECIS_TOK_CAP) && is_place(r, a, b - 1)) v[PRECIS_ENT_PLACE] += 4;
    /* French: a compass point in capitals opening a hyphenated name that
     * is no known place, no other place's word after it, is the union's
     * "SUD" ("SUD-Rail", "SUD-PTT"), not a region ("Sud-Ouest") */
    if (r->e->fr && b > a && !place && acr && (r->tags[a] & T_PLACE) && hyphenated(r, a, b) &&
        !has_tag(r, a + 1, b, T_PLACE) && !is_place(r, a + 1, b))
        v[PRECIS_ENT_ORG] += 6;
    else if ((span_tags & T_PLACE) && !hyphen_place_word(r, a, b))
        v[PRECIS_ENT_PLACE] += 4;
    if (b > a && (span_tags & T_OTHER)) v[PRECIS_ENT_OTHER] += 5;
    /* "Six Nations", "Tri Nations": a competition between the bodies the
     * number counts (English) */
    for (size_t k = a; !r->e->adj_after && k < b; k++)
        if ((r->tags[k] & T_NUMWORD) && numbered_body(r, k)) {
            v[PRECIS_ENT_OTHER] += 9;
            break;
        }
    /* "Southington, Ohio", "Petaluma, California": a known place after a
     * comma, not after an organisation's name ("University of New South
     * Wales, Australia") */
    if (b + 1 < n && t[b + 1].off == t[b].off + t[b].len + 2 &&
        !memcmp(r->in->text + t[b].off + t[b].len, ", ", 2) && (t[b + 1].flags & PRECIS_TOK_CAP) &&
        !v[PRECIS_ENT_PERSON] && !has_org(r, a, b) && is_place(r, b + 1, b + 1))
        v[PRECIS_ENT_PLACE] += 3;
    /* alone and capitalized inside a sentence: "the Championship" */
    if (a == b && (r->tags[a] & T_OTHER)) v[PRECIS_ENT_OTHER] += 3;
    /* "Dundee United", "The Sunday Times", "the Post" */
    if (r->tags[b] & T_ORGEND) v[PRECIS_ENT_ORG] += b > a ? 5 : 3;
    /* a lower-case noun next to the name: "the newspaper Evening Star", "the
     * Star newspaper", "the album Blue Harbour"; no more than a place name
     * weighs */
    unsigned around = 0, cue = T_ORGCUE | T_OTHERCUE;
    /* not a person's full name: "du groupe Marie Lebec" (a role's) */
    if (a > lo && (r->tags[a - 1] & cue) &&
        (!(t[a - 1].flags & PRECIS_TOK_CAP) || (r->e->fr && acronym(r, a - 1))) && joined(r, a - 1))
        around |= r->tags[a - 1] & (b > a && is_strong_first((e_run *)r, a) && !has_amp(r, a, b) &&
                                            !arabic_article(r, a)
                                        ? ~(unsigned)T_ORGCUE
                                        : ~0u);
    /* "the Andrew Marr show" is a person's */
    if (b + 1 < n && (r->tags[b + 1] & cue) && !(t[b + 1].flags & PRECIS_TOK_CAP) && joined(r, b))
        around |= r->tags[b + 1] &
                  (b > a && is_strong_first((e_run *)r, a) ? ~(unsigned)T_OTHERCUE : ~0u);
    /* "Guardian Australia", "Reclaim Australia": a name opening with a
     * common word, no first name, and ending with a place that the whole
     * is not, a national branch ("Diego Rivera" is a person) */
    if (b > a && !first && is_place(r, b, b) && !is_place(r, a, a) && is_common((e_run *)r, a) &&
        !place && !(span_tags & T_PLACE) && !hyphenated(r, a, b))
        v[PRECIS_ENT_ORG] += 3;
    /* not a known place's: "the US government" */
    if ((around & T_ORGCUE) && !place) v[PRECIS_ENT_ORG] += 4;
    /* over one place word: "the Harbour Lights festival" */
    if (around & T_OTHERCUE)
        v[PRECIS_ENT_OTHER] += 5;
    else if (genre_before(r, a, b, lo))
        v[PRECIS_ENT_OTHER] += 5;
    /* "Kinsey, starring Liam Neeson", "The Libertine starring Johnny
     * Depp": a film or a show (English) */
    if (!r->e->adj_after) {
        const char *s = r->in->text + t[b].off + t[b].len;
        /* the "s" first: most names are followed by no such word */
        if (((s[0] == ' ' && s[1] == 's') || (s[0] == ',' && s[1] == ' ' && s[2] == 's')) &&
            (!strncmp(s, ", starring ", 11) || !strncmp(s, " starring ", 10)))
            v[PRECIS_ENT_OTHER] += 6;
    }
    /* over a first name and a surname: "the Carnival Spirit, a cruise ship" */
    /* (the apposition first: it is rare and exits on the next token's
     * flags, where the word's tests are lookups; all of them are pure) */
    if (other_apposition(r, b, r->in->sents[c->sent].tok_end) &&
        (b > a || (!acr && !first && !is_common((e_run *)r, a) && !is_place(r, a, a))))
        v[PRECIS_ENT_OTHER] += 6;
    if (a > lo && (r->tags[a - 1] & T_PREP)) v[PRECIS_ENT_PLACE] += 1;
    /* "shares in Varno", "a stake in Zentrix": a company, unless a known
     * place (entity-stake-nouns.txt) */
    /* ("of" and "in" are two bytes: that length asked before the joins) */
    if (!place && r->e->stake_nouns && a > lo + 1 && t[a - 1].len == 2 && joined(r, a - 1) &&
        joined(r, a - 2) && (of_word(r, a - 1) || !memcmp(tok_s(r, a - 1), "in", 2)) &&
        has_folded(r, a - 2, r->e->stake_nouns))
        v[PRECIS_ENT_ORG] += 4;
    /* "Varno posted a loss", "Keltro employs 400": a company, one word no
     * known place, first name nor surname */
    if (!place && a == b && !(span_tags & T_PLACE) && company_verb(r, a) && !first &&
        !is_surname(r, a) && !lent_word(r, a))
        v[PRECIS_ENT_ORG] += 4;
    /* "Varno's chairman", "Zentrix's chief executive": a company, unless a
     * known place or a person's name (entity-company-roles.txt) */
    if (!place && r->e->company_roles && possessive(r, b)) {
        int role = 0;
        for (size_t k = b + 1;
             !role && k < n && k <= b + 2 && t[k].off == t[k - 1].off + t[k - 1].len + 1 &&
             (t[k].flags & PRECIS_TOK_WORD) && !(t[k].flags & PRECIS_TOK_CAP);
             k++)
            role = has_folded(r, k, r->e->company_roles);
        if (role && !first && !is_surname(r, b) && !(a == b && lent_word(r, a)))
            v[PRECIS_ENT_ORG] += 4;
    }
    /* "Sweden's Varno": one word no list knows after a country's
     * possessive, outside a text about sport ("England's Dale") */
    if (!place && !r->sport && !r->e->adj_after && a == b && a > lo && possessive(r, a - 1) &&
        t[a].off == t[a - 1].off + t[a - 1].len + 1 && is_place(r, a - 1, a - 1) && !first &&
        !is_surname(r, a) && !is_common((e_run *)r, a) && !acr && !lent_word(r, a) &&
        !has_word(r, a - 1, r->e->club_places) &&
        !(b + 1 < n && joined(r, b) &&
          (t[b + 1].flags & (PRECIS_TOK_WORD | PRECIS_TOK_CAP)) == PRECIS_TOK_WORD &&
          !(t[b + 1].flags & PRECIS_TOK_STOP)))
        v[PRECIS_ENT_ORG] += 4;
    /* "Zentrix chairman Alan Dray", "Varno chief executive Ann Lee": a
     * firm's or a body's head's title between the name and a person's
     * (entity-firm-titles.txt), unless a known place or a person's name */
    /* (the title, or "chief" before it, is a lower-case word: its flags
     * asked before the join and the lookups) */
    if (!place && r->e->firm_titles && b + 2 < n &&
        (t[b + 1].flags & (PRECIS_TOK_WORD | PRECIS_TOK_CAP)) == PRECIS_TOK_WORD && joined(r, b) &&
        !first && !(a == b && is_surname(r, a))) {
        size_t k = b + 1;
        if (t[k].len == 5 && !memcmp(tok_s(r, k), "chief", 5) && k + 2 < n && joined(r, k)) k++;
        /* (the next word's flags before the lookup: most are no capital) */
        if ((t[k].flags & (PRECIS_TOK_WORD | PRECIS_TOK_CAP)) == PRECIS_TOK_WORD &&
            (t[k + 1].flags & PRECIS_TOK_CAP) && (t[k + 1].flags & PRECIS_TOK_WORD) &&
            joined(r, k) && has_folded(r, k, r->e->firm_titles))
            v[PRECIS_ENT_ORG] += 4;
    }
    /* "the Mekong river", "the Swansea area": a lower-case noun of places
     * right after the name (English) */
    if (r->e->place_nouns && b + 1 < n && (t[b + 1].flags & PRECIS_TOK_WORD) &&
        !(t[b + 1].flags & PRECIS_TOK_CAP) && joined(r, b) && has_word(r, b + 1, r->e->place_nouns))
        v[PRECIS_ENT_PLACE] += 3;
    /* "a Manhattan-based clinic", "the Belfast-born actor": where something
     * is based, someone born (English) */
    if (!r->e->adj_after && b + 1 < n && (r->tags[b + 1] & T_FROM) &&
        t[b + 1].off == t[b].off + t[b].len + 1 && r->in->text[t[b].off + t[b].len] == '-' &&
        !(a == b && is_demonym(r, a)))
        v[PRECIS_ENT_PLACE] += 4;
    /* "Cotterill, 23, of Oldbury, was jailed": where someone comes from,
     * a joiner after a comma, not an article, and a comma or a full stop
     * after the name, not a common word unless a place's ("Balco
     * Laboratories"; English: French ", de" opens complements) */
    if (!r->e->adj_after && a > lo && (r->tags[a - 1] & T_JOIN) &&
        !(t[a - 1].flags & PRECIS_TOK_CAP) && joined(r, a - 1) && t[a - 1].off >= 2 &&
        !memcmp(r->in->text + t[a - 1].off - 2, ", ", 2) &&
        (r->in->text[t[b].off + t[b].len] == ',' || r->in->text[t[b].off + t[b].len] == '.') &&
        ((r->tags[b] & T_PLACE) || !is_common((e_run *)r, b))) {
        size_t wn;
        const char *w = folded_word(r, a - 1, &wn);
        if (!r->e->articles || !precis_wordlist_has(r->e->articles, w, wn))
            v[PRECIS_ENT_PLACE] += 3;
    }
    /* a lower-case word of places right before: "rue Quansoua", "l'autoroute
     * Tantaoui" (where adjectives follow the noun) */
    if (r->e->adj_after && a > lo && (r->tags[a - 1] & T_PLACE) &&
        !(t[a - 1].flags & PRECIS_TOK_CAP) && joined(r, a - 1))
        v[PRECIS_ENT_PLACE] += 4;
    /* "l'île de Mindanao", "the town of Southington" */
    if (a > lo + 1 && (r->tags[a - 1] & T_JOIN) && (r->tags[a - 2] & T_PLACE) &&
        !(t[a - 2].flags & PRECIS_TOK_CAP) && joined(r, a - 2) && joined(r, a - 1))
        v[PRECIS_ENT_PLACE] += 3;
    /* the same noun and "de" before a name that is no known place nor a
     * person's, one word: "le musée du Louvre", "le club de Valmont", not
     * "la société d'Elon Musk" (French) */
    if (r->e->fr && a == b && a > lo + 1 && (r->tags[a - 1] & T_JOIN) &&
        (r->tags[a - 2] & T_ORGCUE) && !(t[a - 2].flags & PRECIS_TOK_CAP) &&
        !(t[a - 1].flags & PRECIS_TOK_CAP) && joined(r, a - 2) && joined(r, a - 1) && !place &&
        !(span_tags & T_PLACE) && !first && !is_surname(r, a))
        v[PRECIS_ENT_ORG] += 4;
    /* French: a capitalized word, the Arabic article in lower case glued
     * by a hyphen and a name: a person's name ("Moustafa al-Kazimi"), not
     * after a body's word ("Front al-Nosra") */
    if (r->e->fr && b >= a + 2 && lower_arabic_article(r, a + 1) && (t[a].flags & PRECIS_TOK_CAP) &&
        !has_org(r, a, b) && !(r->tags[a] & (T_ORG | T_ORGEND | T_OTHER | T_PLACE)))
        v[PRECIS_ENT_PERSON] += 4;
    /* French: "près de Ploërmel", "aux environs de La Haye": a noun of
     * nearness, then "de" or "d'" (entity-near-words.txt); no first name,
     * demonym nor body's word, and a longer name opens with an article or
     * ends with a common word ("près de Lafayette Square", not "près de
     * Salah Abdeslam") */
    if (r->e->near_words && a > lo + 1 && (r->tags[a - 1] & T_JOIN) &&
        !(t[a - 1].flags & PRECIS_TOK_CAP) && !(t[a - 2].flags & PRECIS_TOK_CAP) &&
        joined(r, a - 2) && joined(r, a - 1) && has_folded(r, a - 2, r->e->near_words) &&
        near_de(r, a - 1) && !v[PRECIS_ENT_PERSON] && !first && !is_demonym(r, a) &&
        !has_org(r, a, b) && (a == b || is_article(r, a) || is_common((e_run *)r, b)))
        v[PRECIS_ENT_PLACE] += 3;
    /* French: "le maire de Prayssac", "la police de Kenosha": a noun of
     * entity-town-nouns.txt, then "de" or "d'"; one word, a hyphenated
     * name or one opening with an article, no first name, demonym, body's
     * word nor known body */
    if (r->e->town_nouns && a > lo + 1 && (r->tags[a - 1] & T_JOIN) &&
        !(t[a - 1].flags & PRECIS_TOK_CAP) && !(t[a - 2].flags & PRECIS_TOK_CAP) &&
        joined(r, a - 2) && joined(r, a - 1) && has_folded(r, a - 2, r->e->town_nouns) &&
        near_de(r, a - 1) && !first && !is_demonym(r, a) && !has_org(r, a, b) &&
        !(r->tags[a] & T_KNOWN) &&
        (a == b || is_article(r, a) || hyphenated(r, a, b) || no_first_name(r, a, b)))
        v[PRECIS_ENT_PLACE] += 6;
    /* French: a road ("l'autoroute A43", "la N118") */
    if (a == b && (t[a].flags & PRECIS_TOK_NUM) && road_number(r, a)) v[PRECIS_ENT_PLACE] += 6;
    /* French: a noun of the press, "de", "du" or "des" right before the
     * name: "dans les colonnes de La Montagne", "au micro de France Bleu
     * Vaucluse" (entity-press-nouns.txt); over a place the name holds */
    if (press_of(r, a, lo)) v[PRECIS_ENT_ORG] += 8;
    /* a medium's word in a longer name: "Télé Loisirs", "I-Télé" (French;
     * entity-media-words.txt) */
    for (size_t k = a; r->e->media_words && b > a && k <= b; k++)
        if (has_folded(r, k, r->e->media_words)) {
            v[PRECIS_ENT_ORG] += 8;
            break;
        }
    /* French: a noun of organisations and one adjective before the name
     * ("le quotidien espagnol La Vanguardia", "le groupe chinois
     * ByteDance") */
    if (r->e->fr && !(around & T_ORGCUE) && !place &&
        (fr_cue_adjective(r, a, lo, T_ORGCUE) || fr_cue_complement(r, a, lo)) &&
        !(b > a && is_strong_first((e_run *)r, a)))
        v[PRECIS_ENT_ORG] += 4;
    /* a noun of works or events and one adjective: "le jeu télévisé Happy
     * Hour", "la série américaine Westfall" */
    if (r->e->fr && !(around & T_OTHERCUE) && !place && fr_cue_adjective(r, a, lo, T_OTHERCUE) &&
        !(b > a && is_strong_first((e_run *)r, a)))
        v[PRECIS_ENT_OTHER] += 5;
    /* French: a name after ", dit" or ", surnommé" is a person's, a
     * nickname ("Parit Chiwarak, dit Penguin") or a cue's subject ("« … »,
     * dit Jean X") */
    if (r->e->fr && a > lo && joined(r, a - 1) && t[a - 1].off >= 2 &&
        !memcmp(r->in->text + t[a - 1].off - 2, ", ", 2) && !(t[a - 1].flags & PRECIS_TOK_CAP)) {
        size_t wn;
        const char *w = folded_word(r, a - 1, &wn);
        if (w && ((wn == 3 && !memcmp(w, "dit", 3)) || (wn == 4 && !memcmp(w, "dite", 4)) ||
                  (wn >= 8 && !memcmp(w, "surnomm", 7))))
            v[PRECIS_ENT_PERSON] += 3;
    }
    if (b + 1 < n &&
        ((r->tags[b + 1] & T_CUE) ||
         (b + 2 < n && (t[b + 1].flags & PRECIS_TOK_STOP) && (r->tags[b + 2] & T_CUE))))
        v[PRECIS_ENT_PERSON] += 1;
    /* a title stands for all its mentions ("American Pie" is a song); in
     * French one word alone in marks too ("l'émission "Headliner"", "le
     * film "Mondovino""), unless the word is common, a first name (a
     * pseudonym: "celle qui se fait appeler "Christelle""), a known place,
     * an organisation's, a demonym or an acronym */
    /* a body's name, no title: 'l'association "Respire"' */
    /* (asked by the first three branches: where the chain asks it, in French
     * or of two words or more; quoted_title is pure) */
    const int quoted = (r->e->fr || b > a) && quoted_title(r, a, b);
    if (r->e->fr && quoted && quoted_kind_before(r, a, lo))
        v[PRECIS_ENT_ORG] += 25;
    else if (b > a && quoted)
        v[PRECIS_ENT_OTHER] += 20;
    else if (a == b && r->e->fr && quoted && !is_common((e_run *)r, a) && !place && !first &&
             !is_org_name(r, a, a) && !(r->tags[a] & T_KNOWN) && !is_demonym(r, a) && !acr)
        v[PRECIS_ENT_OTHER] += 20;
    else if (a > lo && opens_marks(r, a) && may_cue_title(r, a - 1) &&
             cued_title_end(r, lo, a, b + 1) == b)
        v[PRECIS_ENT_OTHER] += 20;
    else if (b > a && r->e->fr && bracketed_title_end(r, lo, a, b + 2) == b) /* French only */
        v[PRECIS_ENT_OTHER] += 20;
    else if (b > a && r->e->fr && plain_title_end(r, lo, a, r->in->sents[c->sent].tok_end) == b)
        v[PRECIS_ENT_OTHER] += 20;
    else if (r->e->fr && a > lo && authored_title_end(r, lo, a, r->in->sents[c->sent].tok_end) == b)
        v[PRECIS_ENT_OTHER] += 20;
    /* two names or more with no other cue: a person, unless hyphenated
     * ("Bâle-Mulhouse", "Saint-Lazare": a place); a last word that is a
     * common noun makes a body's guess, unless a full name's
     * (fr_name_pair) */
    int guessed = 0;
    if (b > a && !v[0] && !v[1] && !v[2] && !v[3]) {
        /* English; a make of cars or aircraft opens a model's name, no
         * person's */
        guessed = !r->e->adj_after && !hyphenated(r, a, b) && !first && is_common((e_run *)r, b) &&
                  !(r->tags[a] & (T_CAR | T_MAKER));
        /* "of" or "for" inside, no first name: a body's ("Writers Guild of
         * America", "Guide Dogs for the Blind") */
        int of = 0;
        for (size_t k = a + 1; !r->e->adj_after && !of && k < b; k++)
            of = of_word(r, k) || ((r->tags[k] & T_ORGJOIN) && !(t[k].flags & PRECIS_TOK_CAP));
        /* a player's noun before it: "prop Ashton Sims" (English) */
        if (guessed && a > lo && joined(r, a - 1) && !(t[a - 1].flags & PRECIS_TOK_CAP) &&
            has_folded(r, a - 1, r->e->player_nouns))
            guessed = 0, of = -1;
        /* what follows only a person's name: "Dwain Carver, who was" */
        if (guessed && !is_article(r, a) && person_after(r, b)) guessed = 0, of = -1;
        v[hyphenated(r, a, b) ? (hyphen_body(r, a, b) ? PRECIS_ENT_ORG : PRECIS_ENT_PLACE)
          : of < 0            ? PRECIS_ENT_PERSON
          : guessed || (!first && ((is_common((e_run *)r, b) && !fr_name_pair(r, a, b)) || of))
              ? PRECIS_ENT_ORG
              : PRECIS_ENT_PERSON] += 1;
    }
    /* French: one word with no other cue after "de", written once, is a
     * place more often than not (de_place, bare) */
    if (a == b && r->e->fr && street_of(r, a, lo)) v[PRECIS_ENT_PLACE] += 3; /* French only */
    if (a == b && !v[0] && !v[1] && !v[2] && !v[3] && de_place(r, a, lo))
        c->of = 1 + PRECIS_ENT_PLACE;
    /* a name right after a definite article is no person: "l'Unesco", "the
     * Ivy", "the Daily Mail"; a family is ("the Kardashians"), and a full
     * name may be a modifier ("the Charles Manson murders") */
    /* (French: a capitalized one opening the sentence too: "Le Sidaction a
     * réagi") */
    if (v[PRECIS_ENT_PERSON] && (a == b || !first) && !peer && a > lo && r->e->articles &&
        (!(t[a - 1].flags & PRECIS_TOK_CAP) || (r->e->fr && (t[a - 1].flags & PRECIS_TOK_FIRST))) &&
        joined(r, a - 1) && !(!r->e->adj_after && r->in->text[t[b].off + t[b].len - 1] == 's')) {
        size_t wn;
        const char *w = folded_word(r, a - 1, &wn);
        if (precis_wordlist_has(r->e->articles, w, wn)) {
            v[PRECIS_ENT_PERSON] = 0;
            if (!v[PRECIS_ENT_PLACE] && !v[PRECIS_ENT_OTHER]) v[PRECIS_ENT_ORG] += 1;
        }
    }
    int art = v[PRECIS_ENT_PERSON] ? fr_article_name(r, a, b, lo, peer) : 0;
    if (art) {
        v[PRECIS_ENT_PERSON] = 0;
        if (!v[PRECIS_ENT_PLACE] && !v[PRECIS_ENT_OTHER])
            v[art == 2 ? PRECIS_ENT_OTHER : PRECIS_ENT_ORG] += 1;
    }
    /* French: a name whose words "de", "du", "des" or "d'" joins by
     * hyphens ("Charles-de-Gaulle", "Pierre-de-Coubertin") is a place, a
     * ship or a school named after someone, no person (written "Charles de
     * Gaulle") */
    if (r->e->fr && v[PRECIS_ENT_PERSON] && hyphen_de(r, a, b)) {
        v[PRECIS_ENT_PERSON] = 0;
        if (!v[PRECIS_ENT_PLACE] && !v[PRECIS_ENT_OTHER] && !v[PRECIS_ENT_ORG])
            v[PRECIS_ENT_PLACE] += 1;
    }
    /* "at the Bernabeu", "at the BayArena": in a text about sport, after
     * "at the", a name with no cue of a place, a work nor more than a guess
     * of a body is a venue, a ground (English) */
    if (!r->e->adj_after && r->sport && !peer && a > lo + 1 && !v[PRECIS_ENT_PLACE] &&
        !v[PRECIS_ENT_OTHER] && v[PRECIS_ENT_ORG] <= 1 && at_the(r, a)) {
        v[PRECIS_ENT_PERSON] = v[PRECIS_ENT_ORG] = 0;
        v[PRECIS_ENT_PLACE] += 2;
    }
    /* "Goodison Park", "Stanley Park", "Melbourne Cricket Ground": a
     * name of two words or more ending in a venue's word is a place, but
     * for a cue of a work or more than a guess of a body, or a noun of
     * people, bodies or works after it ("Linkin Park singer"; English) */
    if (b > a && !v[PRECIS_ENT_OTHER] && v[PRECIS_ENT_ORG] <= 1 &&
        has_folded(r, b, r->e->venue_ends) &&
        !(b + 1 < r->in->n_toks && joined(r, b) &&
          (r->tags[b + 1] & (T_PNOUN | T_SIDE | T_ORGCUE | T_OTHERCUE | T_BODY | T_MEMBER)))) {
        v[PRECIS_ENT_PERSON] = v[PRECIS_ENT_ORG] = 0;
        if (!v[PRECIS_ENT_PLACE]) v[PRECIS_ENT_PLACE] = 2;
    }
    /* French: a name ending in a lower-case word after a space is no
     * person's ("Marine nationale", "Education nationale": a first name or
     * a portfolio, then the body's adjective) */
    if (r->e->fr && b > a && v[PRECIS_ENT_PERSON] && r->in->text[t[b].off - 1] == ' ' &&
        (t[b].flags & (PRECIS_TOK_WORD | PRECIS_TOK_CAP)) == PRECIS_TOK_WORD) {
        v[PRECIS_ENT_PERSON] = 0;
        if (!v[PRECIS_ENT_PLACE] && !v[PRECIS_ENT_OTHER]) v[PRECIS_ENT_ORG] += 1;
    }
    /* "Witkoff-Poutine" (a meeting) lends no surname; two words whose only
     * cue is that guess of an organisation do ("Dougie Hall", a first name
     * the lists lack: "Hall" alone then joins it and brings its own cues) */
    c->guessed = guessed && b == a + 1 && v[PRECIS_ENT_ORG] == 1;
    /* (the surname's first word after a space: "Shaun Wright-Phillips"
     * lends "Wright-Phillips", "China-UK" and "Charity Bite-Back", a common
     * word before, nothing) */
    size_t h = hyphen_tail(r, a, b);
    c->surname = side || (b > a && (!v[PRECIS_ENT_ORG] || c->guessed) && v[PRECIS_ENT_PLACE] < 3 &&
                          !v[PRECIS_ENT_OTHER] && h > a && r->in->text[t[h].off - 1] == ' ' &&
                          (h == b || !is_common((e_run *)r, a)));
    /* a maker's product, its model's acronym after it, lends the acronym:
     * "DS" alone after "Nintendo DS" is the console (English) */
    if (!r->e->fr && b == a + 1 && (r->tags[a] & T_MAKER) && v[PRECIS_ENT_OTHER] >= 10 &&
        !(t[b].flags & PRECIS_TOK_NUM) && model_code(r, b))
        c->surname = 1;
    /* French: a body's or a work's name of an article and one word lends
     * that word ("le Mirror" after "The Mirror"); a known body's keeps to
     * its own aliases ("du Monde" of "champion du Monde" is no "Le Monde") */
    if (r->e->fr && b == a + 1 && is_article(r, a) && !(r->tags[b] & T_KNOWN) &&
        (v[PRECIS_ENT_ORG] || v[PRECIS_ENT_OTHER]) && r->in->text[t[b].off - 1] == ' ')
        c->surname = 1;
}

/* A capitalized role before a word of the language that the text also
 * writes in lower case: "the General Election" (English; "President
 * Varne" keeps his name, "General" is a rank). */
static int role_common(e_run *r, size_t a) {
    const precis_token *t = r->in->toks;
    return !r->e->adj_after && (t[a - 1].flags & PRECIS_TOK_CAP) && r->lower[t[a].term] &&
           is_common(r, a) && !is_first_name(r, a) && !is_surname(r, a);
}

/* English: a capitalized plural of a common noun right after a lower-case
 * "the", inside a sentence, is a side's or a band's nickname: "the
 * Gunners", "the Magpies", "the Weavers"; not a known place, a place's,
 * an event's or an organisation's word ("the Highlands", "the Games"), a
 * demonym ("the Australians"), a first name nor a surname ("the Obamas"
 * is a family); not after "of the" nor before "of", a capitalized word or
 * "and" and one, a longer name's ("Lord of the Rings", "the Glens of
 * Antrim", "the Critics' Circle", "the Stars and Stripes"), nor after "at the", a ground ("at the
 * Hawthorns"). */
static int plural_after_the(e_run *r, size_t a, size_t lo) {
    const precis_token *t = r->in->toks;
    const char *s = tok_s(r, a);
    size_t n = tok_len(r, a);
    return n >= 5 && s[n - 1] == 's' && s[n - 2] != 's' && s[n - 2] != '\'' && n == t[a].len &&
           lower_the(r, a - 1) && !(a > lo + 1 && (of_word(r, a - 2) || at_the(r, a))) &&
           !(a + 1 < r->in->n_toks && joined(r, a) &&
             (of_word(r, a + 1) || (t[a + 1].flags & PRECIS_TOK_CAP) ||
              (a + 2 < r->in->n_toks && (r->tags[a + 1] & T_AND) &&
               !(t[a + 1].flags & PRECIS_TOK_CAP) && joined(r, a + 1) &&
               (t[a + 2].flags & PRECIS_TOK_CAP)))) &&
           !(r->tags[a] & (T_OTHER | T_PLACE | T_ORG | T_ROLE)) && !acronym(r, a) &&
           !is_place(r, a, a) && !is_demonym(r, a) && !is_first_name(r, a) && !is_surname(r, a) &&
           is_common(r, a);
}

/* (the tests of the token's flags and last byte, inline: most calls end
 * there; plural_after_the asks for no possessive cut, n == len) */
static inline int nickname_plural(e_run *r, size_t a, size_t lo) {
    return !r->e->adj_after && a > lo &&
           (r->in->toks[a].flags & (PRECIS_TOK_CAP | PRECIS_TOK_FIRST)) == PRECIS_TOK_CAP &&
           r->in->toks[a].len >= 5 && tok_s(r, a)[r->in->toks[a].len - 1] == 's' &&
           plural_after_the(r, a, lo);
}

/* English: a capitalized word right before a capitalized body's role
 * that is an acronym ("MP", "MEP") or a members' noun ("MPs"): a party
 * ("Conservative MP Ann Hale", "Green MEP", "Conservative MPs"), not a
 * common word alone (the adjective is written in lower case). */
static int party_before_member(const e_run *r, size_t a) {
    if (r->e->adj_after || a + 1 >= r->in->n_toks || !joined(r, a) ||
        !(r->in->toks[a + 1].flags & PRECIS_TOK_CAP))
        return 0;
    uint32_t g = r->tags[a + 1];
    return (g & T_MEMBER) || ((g & T_BODY) && acronym(r, a + 1));
}

/* A word alone with no cue of a name: 2 when it is a demonym ("Russian"),
 * not a mention; 1 when it is a common word of the language ("Français",
 * "Contrairement", "Carver"), a mention only as the surname of a longer
 * one; else 0. */
static int not_a_name(e_run *r, size_t a, size_t lo) {
    /* English: a month that is a first name, alone ("the June gig", "in
     * May's final", "between now and June"): a mention only as the
     * surname or the first name of a longer one ("Theresa May", "Aunt
     * June") */
    if (!r->e->adj_after && r->e->months && is_first_name(r, a) &&
        precis_wordlist_has(r->e->months, tok_s(r, a), tok_len(r, a)))
        return 1;
    /* English: a word of the language opening a sentence, alone, that the
     * text also writes in lower case ("Police said", "Part of the rise",
     * "Job creation"): a mention only as another's surname */
    if (!r->e->adj_after && (r->in->toks[a].flags & PRECIS_TOK_FIRST) &&
        r->lower[r->in->toks[a].term] && !acronym(r, a) && is_common(r, a))
        return 1;
    if (is_demonym(r, a)) return is_first_name(r, a) ? 0 : 2;
    /* a letter glued to a lower-case word: "T-shirt", "U-turn" */
    if (tok_len(r, a) == 1 && glued(r, a) && !(r->in->toks[a + 1].flags & PRECIS_TOK_CAP)) return 2;
    /* a word of the language in capitals is shouted, no acronym: "VOTER",
     * "POLICE" (acronyms of four letters or more are seldom words) */
    if (acronym(r, a) && tok_len(r, a) >= 4 && !is_place(r, a, a) && !is_org_name(r, a, a) &&
        is_common(r, a))
        return 2;
    /* a brand's "+" glued to a word of the language: "Canal+" (French) */
    if (r->e->fr && plus_after(r, a)) return 0;
    if (is_first_name(r, a) || is_surname(r, a) || is_place(r, a, a) || street_of(r, a, lo) ||
        (r->tags[a] & (T_ORG | T_ORGEND | T_OTHER)) || is_org_name(r, a, a) || acronym(r, a) ||
        year_event(r, a, a, lo) || (a > lo && (r->tags[a - 1] & T_ROLE) && !role_common(r, a)) ||
        nickname_plural(r, a, lo) || party_before_member(r, a) ||
        /* "the newspaper Starfield", not "the festival Although" where a
         * line break was lost */
        (a > lo && (r->tags[a - 1] & (T_ORGCUE | T_OTHERCUE)) &&
         (!(r->in->toks[a - 1].flags & PRECIS_TOK_CAP) || (r->e->fr && acronym(r, a - 1))) &&
         !glued_starter(r, a)) ||
        /* "the comedy Sideways" */
        (genre_before(r, a, a, lo) && !glued_starter(r, a)) ||
        /* "three Sun journalists": a word of the language naming a
         * medium before its people's noun (English) */
        (media_before(r, a, a, lo) && !glued_starter(r, a)) ||
        /* "this week's Stylist magazine": the cue after it, a lower-case
         * word before it (English) */
        (!r->e->adj_after && a > lo && a + 1 < r->in->n_toks &&
         !(r->in->toks[a - 1].flags & PRECIS_TOK_CAP) &&
         (joined(r, a - 1) || possessive(r, a - 1)) && (r->tags[a + 1] & (T_ORGCUE | T_OTHERCUE)) &&
         !(r->in->toks[a + 1].flags & PRECIS_TOK_CAP) && joined(r, a) && !glued_starter(r, a)))
        return 0;
    /* English: a Latin binomial, a genus before its lower-case epithet that
     * no list of the language holds ("Macaca leucogenys"), no article
     * before it ("the Progress undocks" is a craft) */
    if (!r->e->adj_after && a + 1 < r->in->n_toks && joined(r, a) && !r->tags[a + 1] &&
        !(a > lo && r->e->articles && joined(r, a - 1) &&
          precis_wordlist_has(r->e->articles, r->in->folded + r->in->toks[a - 1].fold,
                              precis_quote_folded(r->in, a - 1)))) {
        const precis_token *t = &r->in->toks[a + 1];
        const char *w = tok_s(r, a + 1);
        int latin = (t->flags & PRECIS_TOK_WORD) && t->len >= 5 &&
                    !(t->flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP | PRECIS_TOK_NUM));
        for (size_t k = 0; latin && k < t->len; k++)
            latin = w[k] >= 'a' && w[k] <= 'z';
        if (latin && !is_common(r, a + 1)) return 2;
    }
    return is_common(r, a);
}

/* A run of three words or more, all in capitals, two of them words of the
 * language: shouted text ("OH AND YEAH YOUR FAKE DATE"), no name. */
static int shouted_words(e_run *r, size_t a, size_t b) {
    int common = 0;
    for (size_t k = a; k <= b; k++) {
        if (!acronym(r, k) && !(tok_len(r, k) == 1 && (r->in->toks[k].flags & PRECIS_TOK_CAP)))
            return 0;
        common += is_common(r, k);
    }
    return common >= 2;
}

/* Every word of the run a demonym or a word of religion: "British Muslim",
 * "Asian Britons". */
static int demonyms_only(const e_run *r, size_t a, size_t b) {
    for (size_t i = a; i <= b; i++)
        if (!is_demonym(r, i)) return 0;
    return 1;
}

/* A compass point or a colour and a demonym: "South African", "North
 * Korean", "White British" (English; entity-demonym-prefixes.txt); in
 * French a first half glued by a hyphen to a nationality's adjective:
 * "Afro-Américain", "Franco-Israélienne". */
static int prefixed_demonym(const e_run *r, size_t a, size_t b) {
    size_t n;
    const char *w;
    if (b != a + 1 || !r->e->demonym_prefixes) return 0;
    if (r->e->fr ? r->in->text[r->in->toks[b].off - 1] != '-' ||
                       !(adjective_ending(r, b) || has_folded(r, b, r->e->nationals))
                 : !is_demonym(r, b))
        return 0;
    w = folded_word(r, a, &n);
    return w && precis_wordlist_has(r->e->demonym_prefixes, w, n);
}

/* A place's name and "er" or "ers" names its people, a demonym, where
 * adjectives come first: "New Yorkers", "Londoner". */
static int dwellers(const e_run *r, size_t a, size_t b) {
    const char *w = tok_s(r, b);
    size_t n = tok_len(r, b), cut = 0;
    if (r->e->adj_after || n < 5) return 0;
    if (!memcmp(w + n - 3, "ers", 3))
        cut = 3;
    else if (!memcmp(w + n - 2, "er", 2))
        cut = 2;
    return cut && in_lists(r->e->places, tok_s(r, a), span_len(r, a, b) - cut);
}

static int is_strong_first(e_run *r, size_t i) {
    if (!is_first_name(r, i)) return 0;
    const precis_wordlist *hand = r->e->first[0];
    if (r->e->fr || in_any(r, i, r->e->m_hand_first, hand, NULL, NULL)) return 1;
    return !is_common(r, i); /* hunspell-fr-classical's first names need no check */
}

/* A capitalized article inside a sentence opening a name: "The New York
 * Times", "Le Parisien", "Marine Le Pen" then "Le Pen". */
static int is_article(const e_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    const char *s = tok_s(r, i);
    return (t->len == 3 && (!memcmp(s, "The", 3) || !memcmp(s, "Les", 3))) ||
           (t->len == 2 && (!memcmp(s, "Le", 2) || !memcmp(s, "La", 2)));
}

static int article_start(const e_run *r, size_t i, size_t e) {
    const precis_token *t = r->in->toks;
    if ((t[i].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP | PRECIS_TOK_FIRST)) !=
            (PRECIS_TOK_CAP | PRECIS_TOK_STOP) ||
        i + 1 >= e || !name_word(r, i + 1) || !joined(r, i))
        return 0;
    /* English: after a caption's colon or an opening quotation mark the
     * article opens a sentence ("Critics: The Duchess was", "'The FBI
     * has") */
    if (!r->e->adj_after && t[i].off > 0) {
        const char *x = r->in->text;
        size_t p = t[i].off;
        while (p > 0 && x[p - 1] == ' ')
            p--;
        if (p > 0 && (x[p - 1] == ':' || x[p - 1] == '"' ||
                      (x[p - 1] == '\'' && (p < 2 || x[p - 2] == ' ')) ||
                      (p >= 3 && (!memcmp(x + p - 3, "\xE2\x80\x98", 3) ||
                                  !memcmp(x + p - 3, "\xE2\x80\x9C", 3)))))
            return 0;
    }
    /* "Les" is no name's article here */
    return is_article(r, i) && !(t[i].len == 3 && !memcmp(tok_s(r, i), "Les", 3));
}

/* A capitalized role after a lower-case head and its joiner names the
 * body (French): "le conseil d'État". */
static int head_role(const e_run *r, size_t k) {
    const precis_token *t = &r->in->toks[k];
    return r->e->fr && (r->tags[k] & T_ROLE) && (t->flags & PRECIS_TOK_CAP) &&
           !(t->flags & (PRECIS_TOK_STOP | PRECIS_TOK_FIRST)) && t->len >= 4 &&
           (r->tags[k - 1] & T_JOIN);
}

/* A lower-case organisation head opening a name: "ministère de la Santé",
 * "université de Genève". */
static int head_start(const e_run *r, size_t i, size_t e) {
    if (!(r->tags[i] & T_HEAD) || (r->in->toks[i].flags & PRECIS_TOK_CAP)) return 0;
    size_t k = i + 1;
    while (k < e && k - i <= 2 && (r->tags[k] & T_JOIN) && joined(r, k - 1))
        k++;
    return k > i + 1 && k < e && joined(r, k - 1) && (name_word(r, k) || head_role(r, k));
}

/* Whether a known organisation's name (entity-organisations.txt) runs
 * from token a through token k: "Po" of "Sciences Po Reims" is no first
 * name opening a person's name. */
static int known_through(const e_run *r, size_t a, size_t k) {
    const precis_wordlist *orgs = r->e->known[K_ORGS];
    const precis_token *t = r->in->toks;
    return orgs && (r->tags[a] & T_KNOWN) &&
           precis_wordlist_has(orgs, tok_s(r, a), t[k].off + t[k].len - t[a].off);
}

/* French: the capitalized word at a is a common word, also when its
 * capital "E" stands for an "É" the text left out ("Economie",
 * "Education"). */
static int common_capital(e_run *r, size_t a) {
    if (is_common(r, a)) return 1;
    size_t n;
    const char *w = folded_word(r, a, &n);
    char buf[64];
    if (!w || n < 2 || n + 1 > sizeof buf || w[0] != 'e' || tok_s(r, a)[0] != 'E') return 0;
    memcpy(buf, "\xC3\xA9", 2);
    memcpy(buf + 2, w + 1, n - 1);
    return common_folded(r, buf, n + 1);
}

/* French: the word at a completes a lower-case role: "de", "du", "des"
 * or "d'" and an article or none before it, and a lower-case role word
 * one to three words before that, no capital between ("le ministre de
 * l'Economie", "la ministre lettone de la Défense"). */
static int portfolio_at(const e_run *r, size_t a, size_t lo, int depth) {
    const precis_token *t = r->in->toks;
    if (a < lo + 2) return 0;
    size_t k = a - 1;
    if (!joined(r, k) || (t[k].flags & PRECIS_TOK_CAP)) return 0;
    if ((elided_l(r, k) || is_article(r, k)) && !(r->tags[k] & T_JOIN)) {
        if (k < lo + 2 || !joined(r, k - 1)) return 0;
        k--;
    }
    if (!(r->tags[k] & T_JOIN) || (t[k].flags & PRECIS_TOK_CAP)) return 0;
    for (size_t j = k, n = 0; j-- > lo && n < 3; n++) {
        if (!joined(r, j) || (t[j].flags & PRECIS_TOK_CAP) || !(t[j].flags & PRECIS_TOK_WORD))
            return 0;
        if (r->tags[j] & T_ROLE) return 1;
        /* a second portfolio: "de l'Économie et des Finances" */
        if (depth && (r->tags[j] & T_AND) && j > lo && (t[j - 1].flags & PRECIS_TOK_CAP) &&
            joined(r, j - 1))
            return portfolio_at(r, j - 1, lo, depth - 1);
    }
    return 0;
}

static int portfolio_before(const e_run *r, size_t a, size_t lo) {
    return portfolio_at(r, a, lo, 1);
}

/* French: the last token of a known organisation's name that ends with a
 * number and a place after it, from token i, the place's last token
 * ("France 3 Hauts-de-France", "France 3 Nouvelle Aquitaine"), or 0. */
static size_t numbered_edition(const e_run *r, size_t i, size_t e) {
    const precis_wordlist *orgs = r->e->known[K_ORGS];
    const precis_token *t = r->in->toks;
    for (size_t j = i + 1; orgs && j + 1 < e && j <= i + 2; j++) {
        if (!(t[j].flags & PRECIS_TOK_NUM) || !joined(r, j) || !(t[j + 1].flags & PRECIS_TOK_CAP) ||
            !precis_wordlist_has(orgs, tok_s(r, i), t[j].off + t[j].len - t[i].off))
            continue;
        size_t last = j + 5 < e ? j + 5 : e - 1;
        for (size_t p = last; p > j; p--)
            if ((t[p].flags & PRECIS_TOK_CAP) && is_place(r, j + 1, p)) return p;
    }
    return 0;
}

/* Where a run of names holds two: "sur Twitter Ian Brossat", "l'Allemand
 * Martin Ney": the first name after a word that is not one, when a name
 * follows it. 0: no split. */
/* French: the run at a completes a lower-case role's noun group ("le
 * député FN du Nord", "le préfet de la région Est"): "de",
 * "du", "des" or "d'" right before it, and back from there, within the
 * sentence's words (no punctuation), a lower-case role word; with det, an
 * article may stand between "de" and the run. Read only for a run of three
 * words or more holding a strong first name. */
static int role_complement(const e_run *r, size_t a, int det) {
    const precis_token *t = r->in->toks;
    /* "de l'Assemblée" */
    if (det && r->e->fr && a >= 3 && !(t[a - 1].flags & PRECIS_TOK_CAP) &&
        (elided_l(r, a - 1) || has_folded(r, a - 1, r->e->articles)))
        a--;
    if (!r->e->fr || a < 2 || !(r->tags[a - 1] & T_JOIN) || (t[a - 1].flags & PRECIS_TOK_CAP))
        return 0;
    for (size_t k = a - 1, n = 0; k-- > 0 && n < 8; n++) {
        if (!(t[k].flags & PRECIS_TOK_WORD)) return 0;
        if ((r->tags[k] & T_ROLE) && !(t[k].flags & PRECIS_TOK_CAP)) return 1;
    }
    return 0;
}

static size_t split_at(e_run *r, size_t a, size_t b) {
    /* no split in fewer than three words: no list lookup */
    if (b < a + 2 || is_first_name(r, a)) return 0;
    const char *s = r->in->text;
    for (size_t k = a + 1; k < b; k++)
        if (name_word(r, k - 1) && s[r->in->toks[k].off - 1] == ' ' && is_strong_first(r, k) &&
            name_word(r, k + 1) &&
            (!(r->tags[k - 1] & (T_ORG | T_PLACE)) ||
             (!(r->tags[k - 1] & T_ORG) && role_complement(r, a, 0)) ||
             /* a body's word that opens a known organisation's name,
              * completing a role after its article (French): "le président
              * de l'Assemblée Paul X"; not a head of named institutions
              * (entity-org-heads.txt): "le directeur de l'Institut Gustave
              * X" */
             ((r->tags[k - 1] & (T_HEAD | T_KNOWN)) == T_KNOWN && role_complement(r, a, 1))) &&
            !known_through(r, a, k))
            return k;
    return 0;
}

/* Whether the folded word w is the last word of a longer mention that may
 * lend it ("Witkoff" of "Steve Witkoff"): a hash lookup, so that a text of
 * many names and many lone surnames stays linear. */
static int lent_surname(const e_run *r, const char *w, size_t n) {
    return r->lent.slots && n && lookup(r, &r->lent, w, n)->entity != NONE;
}

/* Adds the key span (off, len) to the lent surnames. */
static int lend_surname(e_run *r, size_t off, size_t len) {
    if (!len || lent_surname(r, r->keys.data + off, len)) return 0;
    if (!r->lent.slots || 2 * (r->n_lent + 1) > r->lent.mask + 1) { /* grow and rehash */
        size_t cap = r->lent.slots ? 2 * (r->lent.mask + 1) : 16;
        table old = r->lent;
        r->lent = (table){precis_malloc(r->e->alc, cap * sizeof(slot)), cap - 1};
        if (!r->lent.slots) {
            r->lent = old;
            return -1;
        }
        for (size_t i = 0; i < cap; i++)
            r->lent.slots[i].entity = NONE;
        for (size_t i = 0; old.slots && i <= old.mask; i++)
            if (old.slots[i].entity != NONE)
                *lookup(r, &r->lent, r->keys.data + old.slots[i].key, old.slots[i].len) =
                    old.slots[i];
        precis_free(r->e->alc, old.slots);
    }
    *lookup(r, &r->lent, r->keys.data + off, len) = (slot){off, len, 0};
    r->n_lent++;
    return 0;
}

/* An acronym that the lower-case words before it spell out in brackets,
 * a common noun's ("a personal service unit (PSU)"), there and at its
 * later mentions; where adjectives come first (the French write
 * institutions in lower case: "parquet national financier (PNF)"). */
static int spelled_out(e_run *r, size_t a) {
    const precis_token *t = r->in->toks;
    const char *s = r->in->text;
    uint32_t term = t[a].term;
    for (size_t k = 0; k < r->n_spelled; k++)
        if (r->spelled[k] == term) return 1;
    size_t n = t[a].len;
    if (r->e->adj_after || r->n_spelled == E_SPELLED || n < 2 || n > 6 || a < n ||
        a + 1 >= r->in->n_toks || /* the closing bracket is inside the text */
        t[a].off == 0 || s[t[a].off - 1] != '(' || s[t[a].off + n] != ')')
        return 0;
    for (size_t k = 0; k < n; k++) {
        const precis_token *w = &t[a - n + k];
        if ((w->flags & (PRECIS_TOK_CAP | PRECIS_TOK_WORD)) != PRECIS_TOK_WORD ||
            s[w->off] != s[t[a].off + k] + 32)
            return 0;
    }
    r->spelled[r->n_spelled++] = term;
    return 1;
}

/* French: whether the lower-case words ending at token j spell the
 * acronym's letters acr[0..k) from the last: each word not a stop word gives
 * the next letter back by its folded first byte, a stop word may give it or
 * be passed ("impôt sur la fortune", "réduction du temps de travail"); the
 * first word gives a letter and is no stop word. No word of an
 * institution's name (an organisation's word or head, a role): "agence
 * régionale de santé (ARS)" stays a body's. */
static int fr_spells(const e_run *r, const char *acr, size_t k, size_t j, size_t lo, int depth) {
    if (k == 0) return 0;
    /* (12 words spell the longest acronym read, 6 letters, with stop words
     * between; the bound also holds the two ways a stop word takes, given
     * or passed, to a few thousand calls) */
    if (j < lo || j + 1 == 0 || depth > 12) return 0;
    const precis_token *t = &r->in->toks[j];
    if ((t->flags & (PRECIS_TOK_CAP | PRECIS_TOK_WORD | PRECIS_TOK_NUM)) != PRECIS_TOK_WORD ||
        (r->tags[j] & (T_ORG | T_HEAD | T_ROLE | T_ORGEND)))
        return 0;
    size_t n;
    const char *w = folded_word(r, j, &n);
    int stop = (t->flags & PRECIS_TOK_STOP) != 0;
    if (n && w[0] == acr[k - 1] + 32) {
        /* the phrase's first word: not the tail of a name or of a body's
         * noun ("Direction départementale de la sécurité publique (DDSP)") */
        if (k == 1 && !stop &&
            (j == lo ||
             (((r->in->toks[j - 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) != PRECIS_TOK_CAP) &&
              !(r->in->toks[j - 1].flags & PRECIS_TOK_NUM) &&
              !(r->tags[j - 1] & (T_ORG | T_HEAD | T_ROLE | T_ORGEND)))))
            return 1;
        if (j > lo && fr_spells(r, acr, k - 1, j - 1, lo, depth + 1)) return 1;
    }
    return stop && j > lo && fr_spells(r, acr, k, j - 1, lo, depth + 1);
}

/* French: acronyms of common nouns spelled out by the lower-case words
 * right before their brackets ("la procréation médicalement assistée
 * (PMA)", "l'impôt sur la fortune (ISF)"), read once before the runs so
 * that every mention of the acronym, before or after, is no name
 * (spelled_out reads r->spelled). */
static void fr_spelled_scan(e_run *r) {
    const precis_token *t = r->in->toks;
    const char *s = r->in->text;
    for (size_t s_i = 0; s_i < r->in->n_sents; s_i++) {
        size_t lo = r->in->sents[s_i].tok_begin, e = r->in->sents[s_i].tok_end;
        if (e > r->in->n_toks) e = r->in->n_toks;
        /* most sentences hold no bracket */
        if (e < lo + 3 || !memchr(s + t[lo].off, '(', t[e - 1].off - t[lo].off)) continue;
        for (size_t a = lo + 2; a < e && r->n_spelled < E_SPELLED; a++) {
            size_t n = t[a].len;
            if (t[a].off < 2 || s[t[a].off - 1] != '(' || n < 2 || n > 6 ||
                s[t[a].off + n] != ')' || !acronym(r, a) || (t[a].flags & PRECIS_TOK_NUM) ||
                s[t[a].off - 2] != ' ')
                continue;
            /* a space, or a closing mark and a space, before the bracket:
             * 'l'"impôt sur la fortune" (ISF)' */
            size_t end = t[a - 1].off + t[a - 1].len, gap = t[a].off - 2 - end;
            if (gap && !(gap == 1 && s[end] == '"') &&
                !(gap == 2 && !memcmp(s + end, "\xc2\xbb", 2)) &&
                !(gap == 3 && !memcmp(s + end, " \xc2\xbb", 3)))
                continue;
            if (!fr_spells(r, s + t[a].off, n, a - 1, lo, 0)) continue;
            uint32_t term = t[a].term;
            size_t k = 0;
            while (k < r->n_spelled && r->spelled[k] != term)
                k++;
            if (k == r->n_spelled) r->spelled[r->n_spelled++] = term;
        }
    }
}

static int push_cand(e_run *r, size_t a, size_t b, size_t s, size_t lo, int weak) {
    const precis_token *t = r->in->toks;
    cand *c = precis_vec_push(&r->cands);
    if (!c) return -1;
    memset(c, 0, sizeof *c);
    c->first = a;
    c->last = b;
    c->sent = s;
    c->weak = weak != 0;
    vote(r, c, lo);
    /* span_len(r, a, a) is tok_len(r, a) */
    if ((a == b ? add_tok_key(r, a, &c->key, &c->key_len)
                : add_key(r, a, span_len(r, a, b), &c->key, &c->key_len)) != 0)
        return -1;
    /* "Shaun Wright-Phillips" lends "Wright-Phillips", its last words that
     * hyphens alone join, after a word and a space (English) */
    size_t h = hyphen_tail(r, a, b);
    if (a == b) {
        c->lkey = c->key;
        c->lkey_len = c->key_len;
    } else if (h > a && h < b) {
        if (add_key(r, h, span_len(r, h, b), &c->lkey, &c->lkey_len) != 0) return -1;
    } else if (add_tok_key(r, b, &c->lkey, &c->lkey_len) != 0) {
        return -1;
    }
    /* "al-Qaeda", "el-Sisi": the Arabic article glued by a hyphen is the
     * name's, outside its key */
    const char *w = r->in->text + t[a].off;
    if (a > lo && t[a - 1].len == 2 && t[a - 1].off + 3 == t[a].off && w[-1] == '-' &&
        (!memcmp(w - 3, "al", 2) || !memcmp(w - 3, "el", 2)))
        c->first = a - 1;
    return c->surname && !r->keys.oom ? lend_surname(r, c->lkey, c->lkey_len) : 0;
}

/* Whether candidate c is words that hyphens alone join, two capitalized
 * ones of lower-case letters ("Wright-Phillips", not "T-Mobile"): a
 * surname when a longer mention lends it (English). */
static int hyphen_surname(const e_run *r, const cand *c) {
    const precis_token *t = r->in->toks;
    if (r->e->adj_after || c->last != c->first + 1) return 0;
    size_t a = c->first, b = c->last;
    if (t[b].off != t[a].off + t[a].len + 1 || r->in->text[t[b].off - 1] != '-') return 0;
    for (size_t i = a; i <= b; i++) {
        const char *s = tok_s(r, i);
        size_t n = tok_len(r, i);
        if (n < 2 || !(t[i].flags & PRECIS_TOK_CAP)) return 0;
        for (size_t k = 1; k < n; k++)
            if (!(s[k] >= 'a' && s[k] <= 'z')) return 0;
    }
    return 1;
}

static int cmp_cand(const void *x, const void *y) {
    const cand *a = x, *b = y;
    return a->first < b->first ? -1 : a->first > b->first;
}

/* Whether the role word at i, capitalized and no title of a name after it,
 * is a surname a longer mention lends ("Claudette King" ... "King"). */
static int role_alone(const e_run *r, size_t i, size_t e) {
    const precis_token *t = r->in->toks;
    if ((t[i].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) != PRECIS_TOK_CAP ||
        (i + 1 < e && joined(r, i) && (t[i + 1].flags & PRECIS_TOK_CAP)))
        return 0;
    size_t n;
    const char *w = folded_word(r, i, &n);
    return n && lent_surname(r, w, n);
}

/* "la rencontre Witkoff-Poutine": two names joined by a hyphen that are
 * both the surnames of longer mentions are two mentions. */
static int split_pairs(e_run *r) {
    size_t n = r->cands.len, added = 0;
    for (size_t i = 0; i < n; i++) {
        cand *c = PRECIS_VEC_AT(&r->cands, cand, i);
        const precis_token *t = r->in->toks;
        size_t a = c->first, b = c->last;
        if (b != a + 1 || t[b].off != t[a].off + t[a].len + 1 || r->in->text[t[b].off - 1] != '-')
            continue;
        char wa[64], wb[64];
        size_t na = precis_fold_to(tok_s(r, a), tok_len(r, a), wa, sizeof wa);
        size_t nb = precis_fold_to(tok_s(r, b), tok_len(r, b), wb, sizeof wb);
        if (!na || !nb || !lent_surname(r, wa, na) || !lent_surname(r, wb, nb)) continue;
        size_t s = c->sent, lo = r->in->sents[s].tok_begin;
        c->last = a;
        memset(c->votes, 0, sizeof c->votes);
        vote(r, c, lo);
        if (add_tok_key(r, a, &c->key, &c->key_len) != 0 ||
            add_tok_key(r, a, &c->lkey, &c->lkey_len) != 0 || push_cand(r, b, b, s, lo, 0) != 0)
            return -1;
        added++;
    }
    if (added) qsort(r->cands.data, r->cands.len, sizeof(cand), cmp_cand);
    return 0;
}

/* How many mentions in h (a table of the mentions' keys, each with its
 * count) have the folded text of tokens [a, b]. */
static size_t key_count(e_run *r, const table *h, size_t a, size_t b) {
    if (fold_span(r, a, span_len(r, a, b)) != 0 || !r->fold.len) return 0;
    slot *sl = lookup(r, h, r->fold.data, r->fold.len);
    return sl->entity == NONE ? 0 : sl->entity;
}

/* Whether tokens [a, b] name a place or a body by their words: a known
 * place, an acronym, a word of places, organisations or events. */
static int placed_or_body(const e_run *r, size_t a, size_t b) {
    return is_place(r, a, b) || (a == b && acronym(r, a)) ||
           has_tag(r, a, b, T_PLACE | T_ORG | T_ORGEND | T_OTHER | T_KNOWN);
}

/* A word ending as a verb's form ("Losing", "Charged"), not as a noun
 * that heads or ends names ("Project", "Jail", "Sports"). */
static int verb_form(const e_run *r, size_t i) {
    const char *w = tok_s(r, i);
    size_t n = tok_len(r, i);
    return n >= 5 && (ends(w, n, "ing") || ends(w, n, "ed"));
}

/* Whether the word of token b ends a name of two words or more that a
 * first name opens elsewhere in the text: "Sinfield" after "Kevin
 * Sinfield", the surname of a caption's person glued after a name
 * ("at Headingley Sinfield stayed on the bench"). */
static int full_name_ends(const e_run *r, size_t b) {
    const cand *c = r->cands.data;
    size_t n = tok_len(r, b);
    if (is_place(r, b, b)) return 0;
    for (size_t i = 0; i < r->cands.len; i++)
        if (c[i].last != b && c[i].last > c[i].first && tok_len(r, c[i].last) == n &&
            !memcmp(tok_s(r, c[i].last), tok_s(r, b), n) && is_first_name(r, c[i].first))
            return 1;
    return 0;
}

/* Whether tokens [a, k] are written elsewhere as a whole mention whose
 * votes make it a place or an event ("at Headingley", "the Grand
 * National"), not a person's or a body's: "Sylvester", "Freddie" or
 * "Nintendo" before a surname or a model are one name with it. */
static int place_or_event_elsewhere(const e_run *r, size_t a, size_t k) {
    const cand *c = r->cands.data;
    size_t n = span_len(r, a, k);
    for (size_t i = 0; i < r->cands.len; i++) {
        if (c[i].first == a || span_len(r, c[i].first, c[i].last) != n ||
            memcmp(tok_s(r, c[i].first), tok_s(r, a), n))
            continue;
        const int *v = c[i].votes;
        int best = v[PRECIS_ENT_PLACE] > v[PRECIS_ENT_OTHER] ? PRECIS_ENT_PLACE : PRECIS_ENT_OTHER;
        if (v[best] > 0 && v[best] > v[PRECIS_ENT_PERSON] && v[best] > v[PRECIS_ENT_ORG]) return 1;
    }
    return 0;
}

/* The tokens' own tests of split_glued's break between j - 1 and j (one
 * space, j a name's word that opens no part of a name), asked before its
 * lookups: a run with no such break in it is never cut. */
static int glue_break(const e_run *r, size_t j) {
    const precis_token *t = r->in->toks;
    return t[j].off == t[j - 1].off + t[j - 1].len + 1 && r->in->text[t[j].off - 1] == ' ' &&
           (t[j].flags & PRECIS_TOK_CAP) &&
           !(r->tags[j] & (T_ORG | T_ORGEND | T_PLACE | T_OTHER | T_OTHEREND | T_JOIN | T_PART |
                           T_ROLE | T_AND | T_NUMWORD)) &&
           !(r->tags[j - 1] & (T_JOIN | T_PART | T_AND));
}

/* Whether the run [a, b] has a break glue_break allows. */
static int may_unglue(const e_run *r, size_t a, size_t b) {
    for (size_t j = b; j > a; j--)
        if (glue_break(r, j)) return 1;
    return 0;
}

/* "at Goodison Park Rooney waits", "the 1982 Falklands War Clarkson and
 * his colleagues", "rivals Atletico Losing their": a caption's name glued
 * to the next sentence's first words (English). A run written once whose
 * first words are a place's or a body's (placed_or_body) and a whole
 * mention elsewhere in the text is cut after them when the rest is a
 * mention elsewhere too (one word no common word, nor an acronym after a
 * place: "Arizona DPS"; more words a first name's or placed_or_body:
 * "Raheem Sterling", "Manchester City", not "National Park" nor a body's
 * word ending them: "Leeds United Football Club"), or one word the text
 * also writes in lower case ending as a verb's form ("Losing", "Charged";
 * not "Project", nor a plural: "EA Sports"), which is then no mention. Not
 * a known place or organisation, nor before a word of places,
 * organisations or events ("Sydney Harbour", "Manchester United"). The
 * table h counts each key's mentions in its slots' entity field. */
static int split_glued(e_run *r) {
    size_t n = r->cands.len, added = 0, cap = 16;
    const precis_token *t = r->in->toks;
    /* most texts have no run that could be cut: no table then */
    size_t i0 = 0;
    while (i0 < n && !may_unglue(r, PRECIS_VEC_AT(&r->cands, cand, i0)->first,
                                 PRECIS_VEC_AT(&r->cands, cand, i0)->last))
        i0++;
    if (i0 == n) return 0;
    while (cap < 2 * n + 2)
        cap *= 2;
    table h = {precis_malloc(r->e->alc, cap * sizeof(slot)), cap - 1};
    if (!h.slots) return -1;
    for (size_t i = 0; i < cap; i++)
        h.slots[i].entity = NONE;
    for (size_t i = 0; i < n; i++) {
        const cand *c = PRECIS_VEC_AT(&r->cands, cand, i);
        slot *sl = lookup(r, &h, r->keys.data + c->key, c->key_len);
        if (sl->entity == NONE)
            *sl = (slot){c->key, c->key_len, 1};
        else
            sl->entity++;
    }
    int rc = 0;
    for (size_t i = i0; rc == 0 && i < n; i++) {
        cand *c = PRECIS_VEC_AT(&r->cands, cand, i);
        size_t a = c->first, b = c->last;
        if (b == a || !may_unglue(r, a, b) || is_place(r, a, b) || is_org_name(r, a, b) ||
            key_count(r, &h, a, b) != 1)
            continue;
        size_t k = b, drop = 0;
        /* a caption's label glued after a name: "Raqqa Downtrodden: In
         * scenes", "Wil Flies Away: Here, Wil": before ": ", words the text
         * also writes in lower case, after a whole mention written
         * elsewhere; the label is no mention */
        /* (the shortest such mention: "Wil", not "Wil Flies") */
        if (r->in->text[t[b].off + t[b].len] == ':' &&
            r->in->text[t[b].off + t[b].len + 1] == ' ') {
            size_t m = b + 1;
            while (m - 1 > a && r->lower[t[m - 1].term] && glue_break(r, m - 1) &&
                   !is_first_name(r, m - 1) && !is_place(r, m - 1, m - 1) && !acronym(r, m - 1))
                m--;
            for (size_t j = m; j <= b; j++)
                if (key_count(r, &h, a, j - 1)) {
                    k = j - 1, drop = 1;
                    break;
                }
        }
        for (size_t j = b; j > a && k == b; j--) {
            /* the token's own tests first: sur walks all the candidates
             * twice */
            if (!glue_break(r, j) || is_first_name(r, j - 1)) continue;
            int sur = j == b && !is_first_name(r, a) && full_name_ends(r, b) &&
                      place_or_event_elsewhere(r, a, j - 1);
            /* a person's full name that is a whole mention elsewhere:
             * "Matthew Stevens O'Sullivan", "Sebastian Vettel Vettel" */
            int full = j > a + 1 && is_first_name(r, a);
            if (!(sur || full || placed_or_body(r, a, j - 1)) || !key_count(r, &h, a, j - 1))
                continue;
            if (j == b && r->lower[t[j].term] && !is_first_name(r, j) && !is_place(r, j, j) &&
                !acronym(r, j) && verb_form(r, j))
                k = j - 1, drop = 1;
            /* (a full name after a place's or a body's words needs not
             * be written elsewhere: "at Old Trafford Wayne Rooney said") */
            else if (sur ||
                     ((key_count(r, &h, j, b) || (j < b && !full && is_first_name(r, j))) &&
                      (j < b ? (is_first_name(r, j) || placed_or_body(r, j, b)) &&
                                   !(r->tags[b] & T_ORG)
                             : !is_common(r, j) && !(acronym(r, j) && is_place(r, a, j - 1)))))
                k = j - 1;
        }
        if (k == b) continue;
        size_t s = c->sent, lo = r->in->sents[s].tok_begin;
        c->last = k;
        memset(c->votes, 0, sizeof c->votes);
        vote(r, c, lo);
        if ((a == k ? add_tok_key(r, a, &c->key, &c->key_len)
                    : add_key(r, a, span_len(r, a, k), &c->key, &c->key_len)) != 0 ||
            add_tok_key(r, k, &c->lkey, &c->lkey_len) != 0) {
            rc = -1;
            break;
        }
        if (!drop) {
            rc = push_cand(r, k + 1, b, s, lo, 0);
            added++;
        }
    }
    precis_free(r->e->alc, h.slots);
    if (rc == 0 && added) qsort(r->cands.data, r->cands.len, sizeof(cand), cmp_cand);
    return rc;
}

/* In a text about sport, a known club's first or last word alone, not a
 * place, is the club: "Real" after "Real Madrid" (a first name too),
 * "Villa" after "Aston Villa" ("Madrid", "Manchester" stay places). A
 * common word ("Villa") is kept as a mention too. */
static void club_words(e_run *r) {
    const precis_wordlist *clubs = r->e->known[K_CLUBS];
    if (!clubs) return;
    cand *c = r->cands.data;
    const precis_token *t = r->in->toks;
    size_t words[2 * E_SIDES], n = 0;
    for (size_t i = 0; i < r->cands.len && n + 2 <= 2 * E_SIDES; i++) {
        size_t a = c[i].first, b = c[i].last;
        if (a == b || !precis_wordlist_has(clubs, tok_s(r, a), span_len(r, a, b))) continue;
        words[n++] = a;
        words[n++] = b;
    }
    if (!n) return;
    for (size_t i = 0; i < r->cands.len; i++) {
        size_t a = c[i].first;
        if (c[i].last != a || one_word_place(r, a)) continue;
        for (size_t k = 0; k < n; k++)
            if (t[words[k]].len == t[a].len && !memcmp(tok_s(r, words[k]), tok_s(r, a), t[a].len)) {
                c[i].votes[PRECIS_ENT_ORG] += 8;
                c[i].weak = 0;
                break;
            }
    }
}

/* 1 when a mention ends with a sports competition's name
 * (entity-sport-competitions.txt: "Sky Bet League One", "the FA Cup"):
 * the text is about sport, for club_towns. */
static int names_competition(const e_run *r) {
    const cand *c = r->cands.data;
    if (!r->e->competitions) return 0;
    for (size_t i = 0; i < r->cands.len; i++)
        for (size_t a = c[i].first; a <= c[i].last && a < c[i].first + 8; a++)
            if (precis_wordlist_has(r->e->competitions, tok_s(r, a), span_len(r, a, c[i].last)))
                return 1;
    return 0;
}

/* In a text about sport, a town that is also a club's name is the club:
 * "Barcelona" beside "Real Madrid". The vote outweighs a place's. */
static int club_towns(e_run *r) {
    cand *c = r->cands.data;
    const precis_token *t = r->in->toks;
    if (r->e->club_places)
        for (size_t i = 0; i < r->cands.len; i++) {
            size_t a = c[i].first, lo = r->in->sents[c[i].sent].tok_begin;
            if (!precis_wordlist_has(r->e->club_places, tok_s(r, a), span_len(r, a, c[i].last)))
                continue;
            /* the town where a match is played: "against England in
             * Cardiff" (English "in", no possessive after: "in Cardiff's
             * win" is the side's) */
            if (a > lo && t[a - 1].len == 2 && !memcmp(tok_s(r, a - 1), "in", 2) &&
                joined(r, a - 1) && !possessive(r, c[i].last))
                continue;
            c[i].votes[PRECIS_ENT_ORG] += 8;
        }
    club_words(r);
    return 0;
}

/* One word with no cue of its own in a list (", ", " and "; French ", ",
 * " et ", the list closed by " et ") right next to a name that cues make
 * an organisation ("AOL, Varno and Zentrix", "House of Fraser and Varno",
 * "Pfizer, Sanofi et Velcora") is one too. */
static int list_joint(const e_run *r, size_t x, size_t y);
static void list_orgs(e_run *r) {
    cand *c = r->cands.data;
    size_t nc = r->cands.len;
    for (size_t i = 0; i < nc; i++) {
        if (c[i].first != c[i].last || c[i].weak || c[i].votes[0] || c[i].votes[1] ||
            c[i].votes[2] || c[i].votes[3])
            continue;
        for (int d = -1; d <= 1; d += 2) {
            size_t j = i;
            /* French: a list that " et " closes, not a clause's comma
             * ("tuées par les frères Kouachi, Charlie Hebdo n'occupe") */
            int closed = !r->e->fr;
            /* over a few neighbours with no cue: "AOL, Yahoo, and Zentrix"
             * (linear however long the list) */
            for (int step = 0; step < E_SIDES; step++) {
                if (d < 0 ? j == 0 : j + 1 >= nc) break;
                size_t k = d < 0 ? j - 1 : j + 1;
                int joint = c[k].sent != c[i].sent ? 0
                            : d < 0                ? list_joint(r, c[k].last, c[j].first)
                                                   : list_joint(r, c[j].last, c[k].first);
                if (!joint) break;
                if (joint == 2) closed = 1;
                j = k;
                const int *v = c[j].votes;
                if (closed && v[PRECIS_ENT_ORG] >= 4 && v[PRECIS_ENT_ORG] > v[PRECIS_ENT_PERSON] &&
                    v[PRECIS_ENT_ORG] > v[PRECIS_ENT_PLACE]) {
                    c[i].votes[PRECIS_ENT_ORG] += 2;
                    d = 2;
                    break;
                }
                if (v[0] || v[1] || v[2] || v[3]) break;
            }
        }
    }
}

/* English: a word of the language alone that a cue of firms makes a
 * company somewhere ("Fiat's shares", "Fiat posted a loss", "shares in
 * Fiat": votes of organisation from the cues) and that the text never
 * writes in lower case is the company at every mention, not only as
 * another's surname ("Fiat said", "working with Fiat"). A few forms a
 * text: linear however many. */
static void weak_companies(e_run *r) {
    cand *c = r->cands.data;
    const precis_token *t = r->in->toks;
    size_t words[E_SIDES], n = 0;
    for (size_t i = 0; i < r->cands.len && n < E_SIDES; i++) {
        size_t a = c[i].first;
        if (!c[i].weak || c[i].last != a || c[i].votes[PRECIS_ENT_ORG] < 4 || c[i].votes[0] ||
            c[i].votes[1] || r->lower[t[a].term])
            continue;
        size_t s = 0;
        while (s < n && !same_word(r, words[s], a))
            s++;
        if (s == n) words[n++] = a;
    }
    for (size_t i = 0; n && i < r->cands.len; i++) {
        size_t a = c[i].first;
        if (!c[i].weak || c[i].last != a) continue;
        for (size_t s = 0; s < n; s++)
            if (same_word(r, words[s], a)) {
                c[i].weak = 0;
                c[i].votes[PRECIS_ENT_ORG] += 1;
                break;
            }
    }
}

/* Whether the n bytes at s are ", ", " and " or ", and ": an English
 * list's joint. */
static int and_joint(const char *s, size_t n) {
    return (n == 2 && !memcmp(s, ", ", 2)) || (n == 5 && !memcmp(s, " and ", 5)) ||
           (n == 6 && !memcmp(s, ", and ", 6));
}

/* Whether the text between tokens x and y (x before y) is ", ", " and "
 * or ", and ": a list's joint (French ", " 1, " et " 2). */
static int list_joint(const e_run *r, size_t x, size_t y) {
    const precis_token *t = r->in->toks;
    size_t from = t[x].off + t[x].len, to = t[y].off;
    const char *s = r->in->text + from;
    size_t n = to - from;
    if (r->e->fr)
        return (n == 2 && !memcmp(s, ", ", 2)) ? 1 : (n == 4 && !memcmp(s, " et ", 4)) ? 2 : 0;
    return and_joint(s, n);
}

/* Whether candidate c is a full name that a strong first name opens. */
static int full_name(e_run *r, const cand *c) {
    return c->last == c->first + 1 && c->votes[PRECIS_ENT_PERSON] > c->votes[PRECIS_ENT_ORG] &&
           is_strong_first(r, c->first);
}

/* "Alex Lane, Calum Chambers, Danny Welbeck": two words that only the
 * guess of an organisation typed (vote), the first no word of the
 * language, in a list next to a full name a strong first name opens, are
 * a person's name too (English). */
static void list_persons(e_run *r) {
    cand *c = r->cands.data;
    for (size_t i = 0; i < r->cands.len; i++) {
        /* the first word no word of the language: "Star Wars", "The
         * Aviator", "Calendar Girls" in lists of films are works */
        if (!c[i].guessed || is_common(r, c[i].first) || is_article(r, c[i].first)) continue;
        int next = i + 1 < r->cands.len && c[i + 1].sent == c[i].sent &&
                   list_joint(r, c[i].last, c[i + 1].first) && full_name(r, &c[i + 1]);
        int prev = i > 0 && c[i - 1].sent == c[i].sent &&
                   list_joint(r, c[i - 1].last, c[i].first) && full_name(r, &c[i - 1]);
        if (next || prev) {
            c[i].votes[PRECIS_ENT_ORG] = 0;
            c[i].votes[PRECIS_ENT_PERSON] += 2;
            c[i].guessed = 0;
        }
    }
}

/* Whether the text between tokens x and y (x before y; z ends y's name)
 * joins two items of a list of names: ", ", "; ", " and ", ", and ",
 * after a bracketed lower-case word ("Pelous (capt), Thion") or a minute
 * ("(Nunez 56), Morientes"); 2 for " (" before a substitute's name and
 * its minute ("Kewell (Nunez 56)"). */
static int roll_joint(const e_run *r, size_t x, size_t y, size_t z) {
    const precis_token *t = r->in->toks;
    const char *text = r->in->text, *p = text + t[x].off + t[x].len, *end = text + t[y].off, *q;
    if (end - p == 2 && !memcmp(p, " (", 2)) {
        /* (the text ends with a NUL: no byte read past it) */
        q = text + t[z].off + t[z].len;
        if (q[0] != ' ' || !(q[1] >= '0' && q[1] <= '9')) return 0;
        for (q += 2; *q >= '0' && *q <= '9'; q++)
            ;
        return *q == ')' ? 2 : 0;
    }
    if (p < end && *p == ' ') {
        q = p + 1;
        if (q < end && *q == '(') {
            for (q++; q < end && *q >= 'a' && *q <= 'z'; q++)
                ;
            if (q < end && *q == ')' && q > p + 2) p = q + 1;
        } else {
            for (; q < end && *q >= '0' && *q <= '9'; q++)
                ;
            if (q > p + 1) p = q < end && *q == ')' ? q + 1 : q;
        }
    } else if (p < end && *p == ')') {
        p++;
    }
    size_t n = (size_t)(end - p);
    return and_joint(p, n) || (n == 2 && !memcmp(p, "; ", 2));
}

/* Whether token i is a capital alone, one space before the next token: an
 * initial ("A" of "A Brown"). */
static int spaced_initial(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    return t[i].len == 1 && (t[i].flags & PRECIS_TOK_CAP) && t[i + 1].off == t[i].off + 2;
}

/* The last token of a name that no candidate holds between the list's
 * joints after token x and before candidate y: one capitalized word, no
 * stop word nor number ("Vickery, White, Borthwick": "White", a colour
 * the rules leave), or an initial and one ("Borthwick, A Brown, Chuter");
 * 0 when none. */
static size_t roll_skipped(const e_run *r, size_t x, const cand *y) {
    const precis_token *t = r->in->toks;
    size_t k = x + 1, b = y->first - 1;
    if (y->first < x + 2 || b > k + 1) return 0;
    for (size_t i = k; i <= b; i++)
        if (!(t[i].flags & PRECIS_TOK_CAP) || (t[i].flags & PRECIS_TOK_NUM) ||
            (i == b && (t[i].flags & PRECIS_TOK_STOP)))
            return 0;
    if (b > k && !spaced_initial(r, k)) return 0;
    return roll_joint(r, x, k, b) == 1 && roll_joint(r, b, y->first, y->last) == 1 ? b : 0;
}

/* Whether candidate y, after a list's joint, has an initial before it
 * that it lacks ("Borthwick, A Brown": "A", a stop word, opens no name). */
static int roll_initial(const e_run *r, const cand *x, const cand *y) {
    size_t i = y->first - 1;
    return y->first > x->last + 1 && i == x->last + 1 && spaced_initial(r, i) &&
           roll_joint(r, x->last, i, y->last) == 1;
}

static inline int roll_gap(const e_run *r, const cand *x, const cand *y) {
    return roll_joint(r, x->last, y->first, y->last) || roll_skipped(r, x->last, y) ||
           roll_initial(r, x, y);
}

/* Whether candidate c is a person's name by its own cues in a list of
 * names: a full name typed a person on more than a guess, an initial and
 * a surname ("G Murphy"), or one word that a longer mention lends as a
 * surname ("Gerrard" of "Steven Gerrard"). */
static int roll_person(const e_run *r, const cand *c, int sport) {
    const int *v = c->votes;
    if (!c->guessed && v[PRECIS_ENT_PERSON] > v[PRECIS_ENT_ORG] &&
        v[PRECIS_ENT_PERSON] > v[PRECIS_ENT_PLACE] && v[PRECIS_ENT_PERSON] > v[PRECIS_ENT_OTHER])
        return 1;
    if (sport && c->last == c->first + 1 && spaced_initial(r, c->first)) return 1;
    return c->first == c->last && lent_word(r, c->first);
}

/* "Dudek, Finnan, Carragher, Hyypia, Traore (Biscan 67), Luis Garcia": in
 * a list of four names or more (roll_gap) of which half or more are
 * people's by their own cues (roll_person), the other names are people's
 * too, a team's players, unless a known place or body (English). Returns
 * 0, or -1 on OOM (the candidates are then half made: the caller stops). */
static int roll_persons(e_run *r) {
    cand *c = r->cands.data;
    size_t n = r->cands.len;
    int sport = -1; /* asked at the first list */
    size_t added = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && c[j].sent == c[i].sent && roll_gap(r, &c[j - 1], &c[j]))
            j++;
        if (j - i >= 4 && sport < 0) {
            sport = r->sport;
            /* or a side's or a player's noun after a name: "England
             * midfielder", "the Newcastle boss" */
            for (size_t k = 1; !sport && k < r->in->n_toks; k++)
                sport = (r->tags[k] & T_SIDE) && !(r->in->toks[k].flags & PRECIS_TOK_CAP) &&
                        (r->in->toks[k - 1].flags & PRECIS_TOK_CAP) && joined(r, k - 1);
        }
        if (j - i >= 4) {
            /* in a text about sport a common word alone ("White") is
             * neither a player's cue nor a sign against the list */
            size_t cued = 0, common = 0;
            for (size_t k = i; k < j; k++) {
                int own = roll_person(r, &c[k], sport);
                cued += (size_t)own;
                common += !own && sport > 0 && c[k].weak;
            }
            size_t items = j - i - common;
            int roll = cued >= 2 && 2 * cued >= items;
            if (roll)
                for (size_t k = i; k < j; k++) {
                    size_t a = c[k].first, b = c[k].last;
                    int own = roll_person(r, &c[k], sport);
                    if (own && c[k].votes[PRECIS_ENT_PERSON] > 0 && !c[k].guessed) continue;
                    /* (a word alone of place or body names is a surname
                     * here, and so is a known place that is a word of the
                     * language or a surname: "White", "Hill", "Palmer") */
                    if (!own && ((a == b && sport
                                      ? (is_place(r, a, a) && !c[k].weak && !is_surname(r, a)) ||
                                            acronym(r, a)
                                      : placed_or_body(r, a, b)) ||
                                 is_org_name(r, a, b) || (a == b && tok_len(r, a) == 1) ||
                                 (!sport && !is_first_name(r, a))))
                        continue;
                    c[k].votes[PRECIS_ENT_ORG] = c[k].votes[PRECIS_ENT_PLACE] = 0;
                    c[k].votes[PRECIS_ENT_OTHER] = 0;
                    c[k].votes[PRECIS_ENT_PERSON] += 3;
                    c[k].weak = c[k].guessed = 0;
                }
            /* an initial before a name is the name's: "A Brown" */
            for (size_t k = i + 1; sport > 0 && roll && k < j; k++)
                if (roll_initial(r, &c[k - 1], &c[k]) && c[k].votes[PRECIS_ENT_PERSON] > 0) {
                    c[k].first--;
                    if (add_key(r, c[k].first, span_len(r, c[k].first, c[k].last), &c[k].key,
                                &c[k].key_len) != 0)
                        return -1;
                }
            /* the names that no candidate holds, each a person's */
            for (size_t k = i + 1; roll && k < j; k++) {
                size_t x = c[k - 1].last, b = roll_skipped(r, x, &c[k]), s = c[k].sent;
                if (!b) continue;
                if (push_cand(r, x + 1, b, s, r->in->sents[s].tok_begin, 0) != 0) return -1;
                c = r->cands.data;
                cand *m = &c[r->cands.len - 1];
                memset(m->votes, 0, sizeof m->votes);
                m->votes[PRECIS_ENT_PERSON] = 3;
                added++;
            }
        }
        i = j;
    }
    if (added) qsort(r->cands.data, r->cands.len, sizeof(cand), cmp_cand);
    return 0;
}

/* A text naming a sports side ("Glasgow Warriors") and its nickname alone
 * ("the Warriors") is about sport (club_towns), and there the side's town
 * alone, not after a preposition of places ("in Glasgow"), is the side:
 * "Glasgow are a good side" (English). Without the nickname alone, "US
 * Presidents" or "London Marathons" make no side. */
static void side_towns(e_run *r) {
    cand *c = r->cands.data;
    const precis_token *t = r->in->toks;
    /* each side's first word once, a few per text: linear however many
     * times a side is named */
    uint32_t seen[E_SIDES];
    size_t n_seen = 0;
    for (size_t i = 0; i < r->cands.len && n_seen < E_SIDES; i++) {
        if (!c[i].side) continue;
        size_t s = 0;
        while (s < n_seen && seen[s] != r->form[c[i].first])
            s++;
        if (s < n_seen) continue;
        seen[n_seen++] = r->form[c[i].first];
        size_t l = c[i].last, nick = 0;
        for (; nick < r->cands.len; nick++)
            if (c[nick].first == c[nick].last && t[c[nick].first].len == t[l].len &&
                !memcmp(tok_s(r, c[nick].first), tok_s(r, l), t[l].len))
                break;
        if (nick == r->cands.len) continue;
        r->sport = 1;
        size_t f = c[i].first;
        for (size_t k = 0; k < r->cands.len; k++) {
            size_t a = c[k].first, lo = r->in->sents[c[k].sent].tok_begin;
            if (c[k].last != a || c[k].side || t[a].len != t[f].len ||
                memcmp(tok_s(r, a), tok_s(r, f), t[a].len) != 0)
                continue;
            if (a > lo && (r->tags[a - 1] & T_PREP) && joined(r, a - 1)) continue;
            c[k].votes[PRECIS_ENT_ORG] += 8;
        }
    }
}

/* A place's name that one mention makes a sports side ("England captain",
 * "the Surrey team": a noun of players or sides after it, vote) is the side
 * in its other mentions too, unless after a preposition of places ("in
 * England"): the side is named more often than the country in a text that
 * writes it so, where the cued mention alone is outvoted by the place's
 * (English). */
static size_t side_places(e_run *r) {
    cand *c = r->cands.data;
    const precis_token *t = r->in->toks;
    size_t seen[E_SIDES], n_seen = 0, cued = 0;
    for (size_t i = 0; i < r->cands.len && n_seen < E_SIDES; i++) {
        size_t a = c[i].first;
        if (c[i].last != a || !side_after(r, a, a) || !one_word_place(r, a)) continue;
        cued++;
        size_t s = 0;
        while (s < n_seen && r->form[seen[s]] != r->form[a])
            s++;
        if (s == n_seen) seen[n_seen++] = a;
    }
    /* one cue alone in a text that names no club may be no side's:
     * "Colorado drivers" */
    if (cued < 2 && !r->sport) return cued;
    for (size_t s = 0; s < n_seen; s++)
        for (size_t k = 0; k < r->cands.len; k++) {
            size_t a = c[k].first, f = seen[s], lo = r->in->sents[c[k].sent].tok_begin;
            if (c[k].last != a || a == f || t[a].len != t[f].len ||
                memcmp(tok_s(r, a), tok_s(r, f), t[a].len) != 0)
                continue;
            if (a > lo && (r->tags[a - 1] & T_PREP) && joined(r, a - 1)) continue;
            if (side_after(r, a, a)) continue; /* its own cue voted */
            c[k].votes[PRECIS_ENT_ORG] += 8;
        }
    return cued;
}

/* Whether the lower-case word of token near, next to a name and joined to
 * it, or it and the one of token far beyond it (SIZE_MAX: none), in the
 * text's order, is an entry of the folded list l: "against", "win over". */
static int word_or_pair(const e_run *r, size_t near, size_t far, const precis_wordlist *l) {
    const precis_token *t = r->in->toks;
    if ((t[near].flags & (PRECIS_TOK_CAP | PRECIS_TOK_WORD)) != PRECIS_TOK_WORD) return 0;
    size_t n1, n2;
    const char *w1 = folded_word(r, near, &n1);
    if (precis_wordlist_has(l, w1, n1)) return 1;
    if (far == SIZE_MAX || !joined(r, far < near ? far : near) ||
        (t[far].flags & (PRECIS_TOK_CAP | PRECIS_TOK_WORD)) != PRECIS_TOK_WORD)
        return 0;
    const char *w2 = folded_word(r, far, &n2);
    char pair[64];
    if (n1 + n2 + 1 > sizeof pair) return 0;
    const char *x = far < near ? w2 : w1, *y = far < near ? w1 : w2;
    size_t nx = far < near ? n2 : n1, ny = far < near ? n1 : n2;
    memcpy(pair, x, nx);
    pair[nx] = ' ';
    memcpy(pair + nx + 1, y, ny);
    return precis_wordlist_has(l, pair, n1 + n2 + 1);
}

/* Whether the words right before token a, one or two of them, are a cue of
 * a match (entity-match-cues.txt): "against", "win over". */
static int match_cue(const e_run *r, size_t a, size_t lo) {
    return a > lo && joined(r, a - 1) &&
           word_or_pair(r, a - 1, a - 1 > lo ? a - 2 : SIZE_MAX, r->e->match_cues);
}

/* Whether the words right after token b, one or two of them, are a
 * match's verb with a side after it (entity-match-after.txt): "beat",
 * "lost to". */
static int match_after(const e_run *r, size_t b, size_t e) {
    return r->e->match_after && b + 2 < e && joined(r, b) &&
           word_or_pair(r, b + 1, b + 2, r->e->match_after);
}

/* In a text about sport (a club named, or two places cued as sides), a
 * known place right after a cue of a match is the side: "against
 * Austria", "Belgium's win over Israel", "played for Derbyshire"; and so
 * is one before a match's verb or a plural verb ("Wales drew with",
 * "England are"), not after a preposition of places; its mention votes as
 * the cue of a side's noun does (English). */
static void match_sides(e_run *r, size_t cued) {
    if (!r->e->match_cues || (!r->sport && cued < 2)) return;
    cand *c = r->cands.data;
    size_t seen[E_SIDES], times[E_SIDES], n_seen = 0;
    for (size_t k = 0; k < r->cands.len; k++) {
        size_t a = c[k].first, b = c[k].last, lo = r->in->sents[c[k].sent].tok_begin;
        size_t e = r->in->sents[c[k].sent].tok_end;
        /* (not after a preposition of places: "the fans in Edinburgh are
         * waiting") */
        int placed = a > lo && (r->tags[a - 1] & T_PREP) && joined(r, a - 1);
        if (b > a + 2 || !is_place(r, a, b) ||
            (!match_cue(r, a, lo) && (placed || !match_after(r, b, e))))
            continue;
        c[k].votes[PRECIS_ENT_ORG] += 9;
        size_t s = 0;
        while (s < n_seen && (tok_len(r, seen[s]) != tok_len(r, a) ||
                              memcmp(tok_s(r, seen[s]), tok_s(r, a), tok_len(r, a)) != 0))
            s++;
        if (s < n_seen)
            times[s]++;
        else if (a == b && n_seen < E_SIDES)
            seen[n_seen] = a, times[n_seen++] = 1;
    }
    /* the side's other mentions of one word, when two cues or more name it
     * a side: "Spain are second", "Spain's 2-0 defeat" after "against
     * Spain" and "a win over Spain"; not after a preposition of places
     * ("in Spain"), as side_places (one cue may be a tour's one match:
     * "toured Australia", "against Australia in 1903") */
    for (size_t s = 0; s < n_seen; s++)
        if (times[s] >= 2)
            for (size_t k = 0; k < r->cands.len; k++) {
                size_t a = c[k].first, f = seen[s], lo = r->in->sents[c[k].sent].tok_begin;
                size_t e = r->in->sents[c[k].sent].tok_end;
                if (c[k].last != a || a == f || !same_word(r, a, f)) continue;
                if (a > lo && (r->tags[a - 1] & T_PREP) && joined(r, a - 1)) continue;
                if (match_cue(r, a, lo) || match_after(r, a, e)) continue; /* voted above */
                c[k].votes[PRECIS_ENT_ORG] += 8;
            }
}

/* Whether a word's last byte is followed, with no space, by "." or "-"
 * and another word: the screen of find_runs lets such a word through,
 * as it may open a web domain (domain_end). */
static inline int dotted(const precis_token *t, const char *x, size_t i, size_t e) {
    size_t end = t[i].off + t[i].len;
    return (x[end] == '.' || x[end] == '-') && i + 1 < e && t[i + 1].off == end + 1;
}

/* English: a product's name in lower case but for its second letter,
 * "i" and a capitalized word ("iPod", "iTunes", "iPad"), not inside an
 * address ("/iPod", "x.iPod"). */
static int camel_i(const e_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    const char *s = r->in->text + t[i].off;
    if (r->e->adj_after || t[i].len < 4 || s[0] != 'i' || s[1] < 'A' || s[1] > 'Z' || s[2] < 'a' ||
        s[2] > 'z')
        return 0;
    for (size_t k = 3; k < t[i].len; k++)
        if (!((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z'))) return 0;
    if (t[i].off) {
        char p = s[-1];
        if (p == '.' || p == '/' || p == '@' || p == '-' || p == '_' || p == '#') return 0;
    }
    char n = s[t[i].len];
    return n != '.' || !(s[t[i].len + 1] >= 'a' && s[t[i].len + 1] <= 'z');
}

/* A web domain in lower case opening at token i before token e: words
 * that "." or "-" alone join, the last after a "." one of
 * entity-web-domains.txt ("pharmacy4u.co.uk", "lake-view.org"): its last
 * token, else 0. Not an address's part: no "www", no "@", "/" or "." just
 * before it, no "/" or "@" after it (docs/annotation.md: "philly.com" is a
 * name, "www.lisamcelroy.com" none), nor a common word alone ("dot.com").
 * A capitalized one keeps its name before the "." ("OneStat" of
 * "OneStat.com"): the quotes stage reads the name before a cue in "Ann
 * Lee, editor of Gamesworld.com told" as its subject when it is whole. */
static size_t domain_end(const e_run *r, size_t i, size_t e) {
    const precis_token *t = r->in->toks;
    const char *x = r->in->text;
    if (!r->e->domains || !(t[i].flags & PRECIS_TOK_WORD) || (t[i].flags & PRECIS_TOK_CAP) ||
        !dotted(t, x, i, e))
        return 0;
    if (t[i].off) {
        char p = x[t[i].off - 1];
        if (p == '.' || p == '@' || p == '/' || p == '-' || p == ':' || p == '\\') return 0;
    }
    if (t[i].len == 3 && (!memcmp(x + t[i].off, "www", 3) || !memcmp(x + t[i].off, "WWW", 3)))
        return 0;
    for (size_t j = i; j + 1 < e && dotted(t, x, j, e);) {
        int dot = x[t[j].off + t[j].len] == '.';
        j++;
        if (!dot || (t[j].flags & PRECIS_TOK_CAP) || !has_word(r, j, r->e->domains) ||
            dotted(t, x, j, e))
            continue;
        /* "the dot.com boom": a common word alone before it is none */
        if (j == i + 1 && !(t[i].flags & PRECIS_TOK_CAP) && common_word(r, i)) return 0;
        char d = x[t[j].off + t[j].len];
        return d == '/' || d == '@' ? 0 : j;
    }
    return 0;
}

static int find_runs(e_run *r) {
    const precis_quote_input *in = r->in;
    const precis_token *t = in->toks;
    if (r->e->fr) fr_spelled_scan(r);
    /* read once: the stores into r may alias them */
    const struct precis_code_span *code = in->code;
    const size_t n_code = in->n_code;
    const int fr = r->e->fr;
    for (size_t s = 0; s < in->n_sents; s++) {
        size_t lo = in->sents[s].tok_begin, e = in->sents[s].tok_end;
        if (e > in->n_toks) e = in->n_toks;
        const uint32_t *tags = r->tags;
        for (size_t i = lo; i < e;) {
            /* a token in lower case opens nothing but an organisation's
             * head (head_start) or a known name written in lower case or
             * opened by a number (T_KNOWN: "franceinfo", "20 Minutes"):
             * every other test below asks for a capital (a new test that
             * opens a run on a lower-case token must let its tokens
             * through this screen) */
            /* (and a word before "." or "-" and another: a web domain's) */
            /* (and "iPod": "i" and a capital, camel_i) */
            while (!((t[i].flags & PRECIS_TOK_CAP) | (tags[i] & (T_HEAD | T_KNOWN))) &&
                   !dotted(t, in->text, i, e) &&
                   !(in->text[t[i].off] == 'i' && in->text[t[i].off + 1] >= 'A' &&
                     in->text[t[i].off + 1] <= 'Z'))
                if (++i == e) break;
            if (i == e) break;
            /* program code in the text (code.h) names no one */
            if (n_code && precis_code_at(code, n_code, t[i].off)) {
                i++;
                continue;
            }
            /* "iPod", "iTunes": a product (camel_i) */
            if (!(t[i].flags & PRECIS_TOK_CAP) && camel_i(r, i)) {
                if (push_cand(r, i, i, s, lo, 0) != 0) return -1;
                i++;
                continue;
            }
            /* a website: "pharmacy4u.co.uk" (domain_end; none opens on a
             * capital, the tokens most often here) */
            size_t dom = !(t[i].flags & PRECIS_TOK_CAP) ? domain_end(r, i, e) : 0;
            if (dom) {
                if (push_cand(r, i, dom, s, lo, 0) != 0) return -1;
                i = dom + 1;
                continue;
            }
            if (!((t[i].flags & PRECIS_TOK_CAP) | (tags[i] & (T_HEAD | T_KNOWN)))) {
                i++;
                continue;
            }
            /* French: a cue written as an acronym before a name ("l'ONG
             * Panthera") is the cue, no part of the name (vote reads it) */
            if (fr && (tags[i] & T_ORGCUE) && (t[i].flags & PRECIS_TOK_CAP) && acronym(r, i) &&
                i + 1 < e && joined(r, i) && (t[i + 1].flags & PRECIS_TOK_CAP) &&
                !(tags[i + 1] & T_KNOWN)) {
                i++;
                continue;
            }
            const char *article = NULL;
            int list = K_ORGS;
            size_t known =
                (r->tags[i] & T_KNOWN) ? known_org_end(r, i, e, e - 1, &article, &list) : i - 1;
            /* "France 3 Aquitaine": a known name ending with a number, then
             * a place, is a regional edition, one name (French) */
            if (known + 1 <= i && r->e->fr && (r->tags[i] & T_KNOWN)) {
                size_t p = numbered_edition(r, i, e);
                if (p) {
                    if (push_cand(r, i, p, s, lo, 0) != 0) return -1;
                    i = p + 1;
                    continue;
                }
            }
            if (known + 1 > i) {
                r->sport |= list == K_CLUBS;
                if (list == K_ORGS) known = channel_end(r, i, known, e);
                if (push_cand(r, i, known, s, lo, 0) != 0) return -1;
                cand *c = PRECIS_VEC_AT(&r->cands, cand, r->cands.len - 1);
                if (article && article_key(r, c, article) != 0) return -1;
                /* "Le Parisien relève": an article opening the sentence is
                 * outside the mention, which keeps the name's key; not one
                 * opening a bracket or a quotation; French only: English
                 * papers keep theirs ("The Times") */
                char before = t[i].off ? in->text[t[i].off - 1] : ' ';
                if (r->e->fr && known > i && (t[i].flags & PRECIS_TOK_FIRST) && is_article(r, i) &&
                    (before == ' ' || before == '\n' || before == '.'))
                    c->first = i + 1;
                i = known + 1;
                continue;
            }
            size_t title = (t[i].flags & PRECIS_TOK_CAP) ? title_end(r, i, e) : 0;
            if (!title && i > lo && opens_marks(r, i) && may_cue_title(r, i - 1))
                title = cued_title_end(r, lo, i, e);
            /* (its first tests here: asked of every token) */
            if (!title && r->e->fr && (t[i].flags & PRECIS_TOK_CAP))
                title = bracketed_title_end(r, lo, i, e);
            if (!title && r->e->fr && (t[i].flags & PRECIS_TOK_CAP))
                title = quoted_body_end(r, lo, i, e);
            if (!title && r->e->fr && (t[i].flags & PRECIS_TOK_CAP))
                title = plain_title_end(r, lo, i, e);
            if (!title && r->e->fr && (t[i].flags & PRECIS_TOK_CAP))
                title = authored_title_end(r, lo, i, e);
            if (title) {
                if (push_cand(r, i, title, s, lo, 0) != 0) return -1;
                i = title + 1;
                continue;
            }
            /* "King said": a role word alone is the surname that a longer
             * mention gave it ("Claudette King") */
            if ((r->tags[i] & T_ROLE) && !name_word(r, i) && role_alone(r, i, e)) {
                if (push_cand(r, i, i, s, lo, 0) != 0) return -1;
                i++;
                continue;
            }
            /* a user name or a hashtag ("@CLaurent", "#LaurentOut") is no
             * mention (docs/annotation.md) */
            if ((t[i].flags & PRECIS_TOK_CAP) && t[i].off &&
                (in->text[t[i].off - 1] == '@' || in->text[t[i].off - 1] == '#')) {
                i++;
                continue;
            }
            int word = name_word(r, i);
            int head = !word && head_start(r, i, e);
            int art = !word && !head && article_start(r, i, e);
            /* "Queen Mother Square", "King George Road": a capitalized title
             * opening a name that a capitalized word of places ends is the
             * place's (English: the title is outside a person's name) */
            if (!word && !head && !art && !r->e->adj_after && (r->tags[i] & T_ROLE) &&
                (t[i].flags & PRECIS_TOK_CAP) && i + 1 < e && joined(r, i) && name_word(r, i + 1)) {
                size_t pe = run_end(r, i + 1, e);
                if (pe > i + 1 && (r->tags[pe] & T_PLACE) && (t[pe].flags & PRECIS_TOK_CAP) &&
                    !is_place(r, pe, pe) && !is_place(r, i + 1, pe - 1) &&
                    !has_tag(r, i + 1, pe - 1, T_PLACE)) {
                    if (push_cand(r, i, pe, s, lo, 0) != 0) return -1;
                    i = pe + 1;
                    continue;
                }
            }
            if (!word && !head && !art) {
                i++;
                continue;
            }
            /* A headline in capitals inside the text ("EXPERT VERDICT: '...'",
             * "FAMILY TRIBUTE Maria Olsen said"): two or more words of four
             * capitals or more in a row are no name, nor part of the next. */
            if (shouted(r, i) && i + 1 < e && joined(r, i) && shouted(r, i + 1)) {
                while (i < e && shouted(r, i))
                    i++;
                continue;
            }
            /* So are words in capitals of which two are words of the
             * language, however short ("CURRENT JOB: Sky commentator",
             * "BALL OF THE CENTURY Benaud said"), English: the name after
             * them opens its own run */
            if (!r->e->adj_after && acronym(r, i) && i + 1 < e && joined(r, i) &&
                acronym(r, i + 1)) {
                size_t j = i, common = 0;
                while (j < e && acronym(r, j) && !(t[j].flags & PRECIS_TOK_NUM)) {
                    common += is_common(r, j);
                    if (++j >= e || !joined(r, j - 1)) break;
                }
                if (common >= 2 && j > i + 1) {
                    i = j;
                    continue;
                }
            }
            if (!head && !art && glued_heading(r, i)) {
                i++;
                continue;
            }
            size_t a = i, b = run_end(r, i + art, e);
            /* French: a ministry's capitalized portfolio completing a
             * lower-case role, then a first name, or a common word then
             * two names: "le ministre de l'Economie Bruno Le Maire", "le
             * ministre letton de la Défense Artis Pabriks" name the
             * person from the word after the portfolio on */
            if (r->e->fr && !head && !art && b > a && common_capital(r, a) && !acronym(r, a) &&
                !is_first_name(r, a) && !(r->tags[a] & (T_KNOWN | T_ORG | T_PLACE)) &&
                !is_place(r, a, a) && joined(r, a) && r->in->text[t[a + 1].off - 1] == ' ' &&
                name_word(r, a + 1) &&
                (is_first_name(r, a + 1) ||
                 (b == a + 2 && !is_common(r, a + 1) && !is_place(r, a + 1, a + 1))) &&
                portfolio_before(r, a, lo)) {
                a++;
                b = run_end(r, a, e);
            }
            /* (a lower-case head's run too: "la commission des Lois Paul
             * X" holds two names) */
            size_t k = split_at(r, a + art, b);
            if (head && b == a && a + 2 < e && head_role(r, a + 2)) b = a + 2;
            if (k) b = k - 1;
            i = b + 1;
            /* "Foreign Secretary", "UK Health Minister": a common word before
             * a capitalized role is the role's, no name, and so is one more
             * before it ("Shadow Home Secretary") */
            if (b + 1 < e && (r->tags[b + 1] & T_ROLE) && (t[b + 1].flags & PRECIS_TOK_CAP) &&
                joined(r, b)) {
                if (common_before_role(r, b)) {
                    if (b == a || (b == a + 1 && common_before_role(r, a))) continue;
                    b--;
                    art = head = 0;
                }
            }
            /* "manager The Spanish midfielder", "workout The Filipino's
             * promoter": a glued caption's "The" before a demonym or a
             * place alone opens no name */
            /* nor before an acronym alone: "The FBI identified" names the
             * FBI (a paper's "The" is the known list's: "The Times") */
            if (art && b == a + 1 && (is_demonym(r, b) || is_place(r, b, b) || acronym(r, b))) {
                a = b;
                art = 0;
            }
            /* "Harwick Meanwhile Tom Beale" cut at the starter: "Tom Beale" */
            /* (not a known place's first word: "Deux-Sèvres") */
            if (!head && !art && a < b && glued_starter(r, a) && name_word(r, a + 1) &&
                !stop_place(r, a))
                a++;
            if (!head && t[a].flags & PRECIS_TOK_FIRST && !r->cap_mid[t[a].term] &&
                !is_first_name(r, a) && !is_place(r, a, a)) {
                /* "Vantor spokesman Neil Hart said" opens a sentence */
                if (a == b && !is_place(r, a, b) && !acronym(r, a) && !is_org_name(r, a, b) &&
                    (r->e->adj_after || !body_before_role(r, a, e) || is_common(r, a)))
                    continue;
                /* a word of the language opening an organisation's name of
                 * three words or more, never written in lower case here:
                 * "Golden Hillock School", or an event's: "Sky Bet
                 * Championship" */
                int whole = !r->e->adj_after && b >= a + 2 &&
                            (r->tags[b] & (T_ORG | T_ORGEND | T_OTHER)) && name_word(r, a + 1) &&
                            !r->lower[t[a].term];
                /* (nor the first word a hyphen joins in a sequel's name:
                 * "Spider-Man 2", sequel_number) */
                int sequel =
                    b > a + 1 && sequel_number(r, b) && r->in->text[t[a].off + t[a].len] == '-';
                if (a < b && !sequel &&
                    ((r->e->starters &&
                      precis_wordlist_has(r->e->starters, tok_s(r, a), t[a].len)) ||
                     r->lower[t[a].term] || (is_common(r, a) && !whole))) {
                    a++;
                    while (a <= b && !name_word(r, a))
                        a++;
                    if (a > b || (a == b && !r->cap_mid[t[a].term] && !is_place(r, a, a) &&
                                  !is_first_name(r, a)))
                        continue;
                }
            }
            /* "Dagenham and Redbridge Football Club": the name before "and"
             * is the organisation's first part, unless it ends as one
             * ("Brookfield Academy and Linwood School": two) */
            /* so is an event's: "Coachella Valley Music and Arts
             * Festival", words of the language on both sides of "and", no
             * person's name before it nor demonym after it ("Chelsea and
             * Premier League", "Lindsay Davenport and French Open" are
             * two; English) */
            /* (its year after the event's word: "Security Act 2001") */
            size_t bo = b > a + 1 && event_year(r, b) ? b - 1 : b;
            int event_and = !r->e->adj_after && bo > a && (r->tags[bo] & T_OTHER) &&
                            !(r->tags[a] & T_OTHER) && a > lo + 1 && is_common(r, a) &&
                            !is_demonym(r, a) && is_common(r, a - 2) && !(r->tags[a - 2] & T_OTHER);
            if (a > lo + 1 && (r->tags[a - 1] & T_AND) && !(t[a - 1].flags & PRECIS_TOK_CAP) &&
                (has_org(r, a, b) || (r->tags[b] & T_ORGEND) || event_and) && r->cands.len &&
                joined(r, a - 2) && joined(r, a - 1) &&
                !(r->tags[a - 2] & (T_ORG | T_ORGEND | T_NUMWORD))) {
                cand *p = PRECIS_VEC_AT(&r->cands, cand, r->cands.len - 1);
                /* not two names of one head: "Air Deccan and Air Sahara" */
                if (p->last == a - 2 && p->sent == s && b - p->first < 2 * E_RUN &&
                    !(p->last > p->first && t[p->first].len == t[a].len &&
                      !memcmp(tok_s(r, p->first), tok_s(r, a), t[a].len)) &&
                    !(event_and && is_first_name(r, p->first))) {
                    a = p->first;
                    r->cands.len--;
                }
            }
            if (a == b && acronym(r, a) && spelled_out(r, a)) continue;
            /* "the Government", "the Court" where the text also writes
             * "government": an institution's common noun, capitalized, no
             * name (en-e); where adjectives come first */
            if (a == b && !r->e->adj_after && (r->tags[a] & T_ORG) &&
                !(t[a].flags & PRECIS_TOK_FIRST) && r->lower[t[a].term] && !acronym(r, a) &&
                !is_org_name(r, a, a) && !is_place(r, a, a))
                continue;
            /* "the UK Government": a place's name or a demonym, then such
             * a noun that the text also writes in lower case, is the place
             * alone (English; entity-common-bodies.txt) */
            if (b == a + 1 && r->e->common_bodies && r->lower[t[b].term] &&
                (is_place(r, a, a) || is_demonym(r, a)) && !is_org_name(r, a, b)) {
                size_t wn;
                const char *w = folded_word(r, b, &wn);
                if (precis_wordlist_has(r->e->common_bodies, w, wn)) b = a;
            }
            /* "the Second World War": a capitalized ordinal right before
             * an event's name opens it (a stop word opens no run) */
            if (r->e->ordinals && a > lo && (r->tags[b] & T_OTHER) &&
                (t[b].flags & PRECIS_TOK_CAP) && (t[a - 1].flags & PRECIS_TOK_CAP) &&
                joined(r, a - 1) && has_folded(r, a - 1, r->e->ordinals))
                a--;
            if (a == b && title_of(r, a, lo)) continue;
            /* a holiday's name alone, no title before it: "à Noël", "le
             * week-end de l'Ascension", not "M. Ramadan" (French;
             * entity-holidays.txt) */
            /* nor with its Arabic article and word: "l'Aïd el-Kébir" */
            if ((a == b || (r->e->fr && b == a + 2 && lower_arabic_article(r, a + 1))) &&
                has_folded(r, a, r->e->holiday_names) && !after_title(r, a))
                continue;
            /* nor opening a name with "de" and a place: "le marché de Noël de
             * Strasbourg" names the town, no "Noël de Strasbourg" (French) */
            if (r->e->fr && b >= a + 2 && (r->tags[a + 1] & T_JOIN) &&
                !(t[a + 1].flags & PRECIS_TOK_CAP) && has_folded(r, a, r->e->holiday_names) &&
                !after_title(r, a) && is_place(r, a + 2, b))
                a += 2;
            /* a number word opening the sentence: "Trente-neuf corps"
             * (French; entity-number-words.txt) */
            if (a == b && (t[a].flags & PRECIS_TOK_FIRST) && has_folded(r, a, r->e->number_words))
                continue;
            int weak = a == b ? not_a_name(r, a, lo) : 0;
            if (weak == 2 || dwellers(r, a, b) ||
                (b == a + 1 && !is_first_name(r, a) && demonyms_only(r, a, b)) ||
                prefixed_demonym(r, a, b))
                continue;
            if (b >= a + 2 && shouted_words(r, a, b)) continue;
            /* a holiday: "Valentine's Day", "St Patrick's Day" */
            if (possessive(r, b) && b + 1 < e && r->e->holidays &&
                (t[b + 1].flags & PRECIS_TOK_CAP) &&
                precis_wordlist_has(r->e->holidays, tok_s(r, b + 1), t[b + 1].len))
                continue;
            /* an illness: "Alzheimer's disease", "Burkitt lymphoma"
             * (English; entity-illness-heads.txt) */
            if (b + 1 < e && t[b + 1].off == t[b].off + t[b].len + 1 &&
                in->text[t[b].off + t[b].len] == ' ' && !(t[b + 1].flags & PRECIS_TOK_CAP) &&
                has_folded(r, b + 1, r->e->illness_heads))
                continue;
            if (push_cand(r, a, b, s, lo, weak) != 0) return -1;
        }
    }
    /* after the pairs are split, which votes again */
    if (split_pairs(r) != 0) return -1;
    if (!r->e->adj_after && split_glued(r) != 0) return -1;
    if (!r->e->adj_after) list_persons(r);
    if (!r->e->adj_after && roll_persons(r) != 0) return -1;
    if (!r->e->adj_after) weak_companies(r);
    list_orgs(r);
    /* a competition named makes the text about sport for the sides' rules
     * too: "England are" in a Six Nations report */
    if (!r->sport) r->sport = names_competition(r);
    if (!r->e->adj_after) side_towns(r);
    if (!r->e->adj_after) match_sides(r, side_places(r));
    return r->sport ? club_towns(r) : 0;
}

/* ---------------------------------------------------------------- groups */

typedef struct ent {
    size_t count, first_sent, name, head, tail;
    int votes[4];
} ent;

static int cmp_ent(const void *a, const void *b) {
    const precis_entity *x = a, *y = b;
    if (x->salience != y->salience) return x->salience > y->salience ? -1 : 1;
    return x->mention_off < y->mention_off ? -1 : x->mention_off > y->mention_off;
}

/* The gender a title gives the mention at token i: 0 after "Mrs", "Ms",
 * "Miss", "Mme", "Mlle"; 1 after "Mr", "M."; -1 after none. */
int precis_title_gender(const char *w, size_t n) {
    if (n == 3 && (!memcmp(w, "Mrs", 3) || !memcmp(w, "Mme", 3))) return 0;
    if (n == 2 && !memcmp(w, "Ms", 2)) return 0;
    if ((n == 4 && (!memcmp(w, "Miss", 4) || !memcmp(w, "Mlle", 4)))) return 0;
    if (n == 2 && !memcmp(w, "Mr", 2)) return 1;
    if (n == 1 && w[0] == 'M' && w[1] == '.' && w[2] == ' ') return 1;
    return -1;
}

static int title_gender(const e_run *r, size_t i) {
    if (i == 0) return -1;
    return precis_title_gender(tok_s(r, i - 1), r->in->toks[i - 1].len);
}

/* The gender of the first name at token i: 0 a woman's, 1 a man's, -1 not
 * known or either. */
int precis_first_name_gender(const precis_wordlist *const lists[2], const char *w, size_t n) {
    int f = lists[0] && precis_wordlist_has(lists[0], w, n),
        m = lists[1] && precis_wordlist_has(lists[1], w, n);
    return f == m ? -1 : m;
}

static int name_gender(const e_run *r, size_t i) {
    int f = has_word(r, i, r->e->gender[0]), m = has_word(r, i, r->e->gender[1]);
    return f == m ? -1 : m; /* precis_first_name_gender's */
}

/* The nickname quoted inside a name ("Sugar Bear" of "Mike 'Sugar Bear'
 * Thompson"): its first and last tokens, 0 when there is none. */
static int nickname(const e_run *r, const cand *c, size_t *a, size_t *b) {
    const precis_token *t = r->in->toks;
    const char *s = r->in->text;
    for (size_t k = c->first + 1; k < c->last; k++) {
        size_t o = t[k].off;
        int open = s[o - 1] == '\'' || s[o - 1] == '"'               ? 1
                   : o >= 3 && !memcmp(s + o - 3, "\xE2\x80\x98", 3) ? 3
                                                                     : 0;
        if (!open || s[o - open - 1] != ' ') continue;
        for (size_t m = k; m < c->last; m++) {
            const char *end = s + t[m].off + t[m].len;
            if ((end[0] == '\'' || end[0] == '"' || !memcmp(end, "\xE2\x80\x99", 3)) &&
                t[m + 1].off > t[m].off + t[m].len) {
                *a = k;
                *b = m;
                return 1;
            }
        }
        return 0;
    }
    return 0;
}

/* One capitalized word written once with no cue of any type: nothing
 * tells what it names (on the dev gold 12 of 63 such were organisations,
 * the type they had by default). Not a brand's inner capital, nor the
 * medium after "sur", "on" ("sur Franceinfo"), which the quotes stage
 * reads; French and English, where this was measured. */
static int bare(const e_run *r, const ent *n, const cand *nm) {
    if (!r->e->drop_bare || n->count != 1 || nm->first != nm->last || n->votes[0] || n->votes[1] ||
        n->votes[2] || n->votes[3] || nm->of)
        return 0;
    size_t cn;
    const char *c = nm->first ? folded_word(r, nm->first - 1, &cn) : NULL;
    if (c && r->e->channels && joined(r, nm->first - 1) &&
        precis_wordlist_has(r->e->channels, c, cn))
        return 0;
    const char *w = tok_s(r, nm->first);
    size_t len = tok_len(r, nm->first);
    for (size_t k = 1; k < len; k++) /* "WhatsApp", "SpaceX": a brand */
        if (w[k] >= 'A' && w[k] <= 'Z') return 0;
    return 1;
}

/* A name with no cue of its own written once before "and" and a first
 * name and a surname is a relative's first name: "Donavan and Donna
 * Freberg", "Gerry et Kate McCann". */
static int sibling(const e_run *r, const cand *cs, size_t nc, const precis_vec *es, const ent *n) {
    const precis_token *t = r->in->toks;
    size_t k = n->head, l = cs[k].last;
    if (n->count != 1 || k + 1 >= nc) return 0;
    const cand *x = &cs[k + 1];
    if (x->first != l + 2 || x->last == x->first || x->entity == NONE ||
        !(r->tags[l + 1] & T_AND) || (t[l + 1].flags & PRECIS_TOK_CAP) || !joined(r, l) ||
        !joined(r, l + 1) || !is_first_name(r, x->first))
        return 0;
    const int *v = PRECIS_VEC_AT(es, ent, x->entity)->votes;
    return v[PRECIS_ENT_PERSON] > v[PRECIS_ENT_PLACE] && v[PRECIS_ENT_PERSON] > v[PRECIS_ENT_ORG] &&
           v[PRECIS_ENT_PERSON] > v[PRECIS_ENT_OTHER];
}

/* The key of a name in the singular, where English makes plurals with
 * "s": "tory" of "Tories", "lib dem" of "Lib Dems"; the key itself
 * otherwise. Appended to the keys when it differs. */
static int singular_key(e_run *r, const cand *c, size_t *off, size_t *len) {
    const char *k = r->keys.data + c->key;
    size_t n = c->key_len;
    *off = c->key;
    *len = n;
    if (r->e->adj_after || n < 4 || k[n - 1] != 's' || k[n - 2] == 's' || k[n - 2] == '\'')
        return 0;
    size_t cut = n >= 5 && k[n - 3] == 'i' && k[n - 2] == 'e' ? 3 : 1;
    *off = r->keys.len;
    *len = n - cut + (cut == 3);
    /* the copy is from the keys themselves: grown first */
    if (precis_buf_reserve(&r->keys, n) != 0 ||
        precis_buf_append(&r->keys, r->keys.data + c->key, n - cut) != 0)
        return -1;
    return cut == 3 ? precis_buf_append(&r->keys, "y", 1) : 0;
}

/* A name that opens with a first name and has a person's votes, no
 * fewer than any other type's: "Peter Molyneux" after "games maker",
 * which also votes for a company, lends "Molyneux" (grouping). */
static int person_lender(const e_run *r, size_t first, size_t last, const int *v) {
    /* capitalized words, no lower-case one ("Vincent Sanchez du CHU"), no
     * sign after a space ("Christopher Street -Griffith") */
    const precis_token *t = r->in->toks;
    for (size_t k = first + 1; k <= last; k++) {
        unsigned f = t[k].flags & (PRECIS_TOK_WORD | PRECIS_TOK_CAP);
        const char *g = r->in->text + t[k - 1].off + t[k - 1].len, *e = r->in->text + t[k].off;
        if (f == PRECIS_TOK_WORD || (e - g > 1 && memchr(g, ' ', (size_t)(e - g)))) return 0;
    }
    /* nor a common word before words that hyphens join ("Charity
     * Bite-Back", as vote has it) */
    size_t h = hyphen_tail(r, first, last);
    if (h > first && h < last && is_common((e_run *)r, first)) return 0;
    return is_first_name(r, first) && v[PRECIS_ENT_PERSON] > 0 &&
           v[PRECIS_ENT_PERSON] >= v[PRECIS_ENT_ORG] &&
           v[PRECIS_ENT_PERSON] >= v[PRECIS_ENT_PLACE] &&
           v[PRECIS_ENT_PERSON] >= v[PRECIS_ENT_OTHER];
}

/* The folded word's next letter, accents off for Latin-1 letters ("é" is
 * "e"): what two spellings of one first name share ("Édouard", "Edouard"). */
static char plain_letter(const char *k, size_t n, size_t *i) {
    unsigned char c = (unsigned char)k[*i];
    if (c != 0xC3 || *i + 1 >= n) return (char)k[(*i)++];
    unsigned char d = (unsigned char)k[*i + 1] | 0x20;
    *i += 2;
    static const char map[] = "aaaaaaaceeeeiiii?nooooo?ouuuuy??";
    return d >= 0xA0 && d <= 0xBF ? map[d - 0xA0] : '?';
}

/* Whether two names of one surname name one person: the first word the
 * same but for accents ("Marie Ratcliffe", "Marie Teresa Ratcliffe";
 * "Édouard Philippe", "Edouard Philippe") or one an initial of the other
 * ("K Holmes", "Kelly Holmes"). */
static int same_person(const e_run *r, const cand *x, const cand *y) {
    const char *kx = r->keys.data + x->key, *ky = r->keys.data + y->key;
    size_t nx = x->key_len, ny = y->key_len, i = 0, j = 0;
    const char *sx = memchr(kx, ' ', nx), *sy = memchr(ky, ' ', ny);
    if (!sx || !sy) return 0;
    nx = (size_t)(sx - kx);
    ny = (size_t)(sy - ky);
    if (nx == 1 || ny == 1) return kx[0] == ky[0] && kx[0] >= 'a' && kx[0] <= 'z';
    /* "Wilmer Ramon Hernandez", "Wilmer Arcadio Hernandez": two */
    if (memchr(sx + 1, ' ', x->key_len - nx - 1) && memchr(sy + 1, ' ', y->key_len - ny - 1) &&
        x->key_len != y->key_len)
        return 0;
    while (i < nx && j < ny)
        if (plain_letter(kx, nx, &i) != plain_letter(ky, ny, &j)) return 0;
    /* a middle name, not a body's inner word ("Christian Medical
     * Fellowship", "Lawyers' Christian Fellowship") */
    return i == nx && j == ny &&
           (x->last - x->first == y->last - y->first || !is_common((e_run *)r, y->last));
}

static int group(e_run *r, const precis_entity_input *ein, precis_vec *ents, precis_vec *mentions) {
    size_t nc = r->cands.len, cap = 4;
    while (cap < 2 * nc + 2)
        cap *= 2;
    const precis_alloc *alc = r->e->alc;
    table full = {precis_malloc(alc, cap * sizeof(slot)), cap - 1};
    table last = {precis_malloc(alc, cap * sizeof(slot)), cap - 1};
    table firsts = {precis_malloc(alc, cap * sizeof(slot)), cap - 1};
    /* each entity's key in the singular (singular_key) */
    table sing = {precis_malloc(alc, cap * sizeof(slot)), cap - 1};
    precis_vec es;
    precis_vec_init(&es, sizeof(ent), alc);
    int rc =
        full.slots && last.slots && firsts.slots && sing.slots && precis_vec_reserve(&es, nc) == 0
            ? 0
            : -1;
    for (size_t i = 0; rc == 0 && i < cap; i++)
        full.slots[i].entity = last.slots[i].entity = firsts.slots[i].entity =
            sing.slots[i].entity = NONE;
    cand *cs = (cand *)r->cands.data;
    slot nicks[E_NICKS];
    size_t n_nick = 0;
    /* longer mentions first, then the one-word ones */
    for (int pass = 0; rc == 0 && pass < 2; pass++) {
        for (size_t i = 0; i < nc; i++) {
            cand *c = &cs[i];
            /* a surname that hyphens alone join ("Wright-Phillips", English)
             * is read with the one-word mentions, a full name's surname */
            if ((pass == 0) != (c->last > c->first && !hyphen_surname(r, c))) continue;
            slot *f = lookup(r, &full, r->keys.data + c->key, c->key_len);
            size_t id = f->entity;
            int ambiguous = 0;
            /* a nickname takes the type of the name it is quoted in */
            for (size_t k = 0; id == NONE && k < n_nick; k++)
                if (nicks[k].len == c->key_len &&
                    !memcmp(r->keys.data + nicks[k].key, r->keys.data + c->key, c->key_len)) {
                    id = nicks[k].entity;
                    memset(c->votes, 0, sizeof c->votes);
                }
            if (pass == 1) {
                slot *l = lookup(r, &last, r->keys.data + c->key, c->key_len);
                if (id == NONE && l->entity != NONE && l->entity != AMBIGUOUS) {
                    /* the surname of a first name and a name ("Johnston" of
                     * "Allan Johnston") is no place */
                    id = l->entity;
                    size_t first = cs[PRECIS_VEC_AT(&es, ent, id)->name].first;
                    if (is_first_name(r, first)) c->votes[PRECIS_ENT_PLACE] = 0;
                    /* nor is "Owusu-Abeyie" of "Quincy Owusu-Abeyie" a body */
                    const int *nv = cs[PRECIS_VEC_AT(&es, ent, id)->name].votes;
                    if (c->last > c->first && nv[PRECIS_ENT_PERSON] > nv[PRECIS_ENT_ORG])
                        c->votes[PRECIS_ENT_ORG] = 0;
                    /* a console's acronym alone ("DS" of "Nintendo DS") is
                     * the product, no body nor person */
                    if ((r->tags[first] & T_MAKER) && nv[PRECIS_ENT_OTHER] >= 10)
                        c->votes[PRECIS_ENT_ORG] = c->votes[PRECIS_ENT_PERSON] = 0;
                    /* "Mrs Creag" is not "James Creag": a relative */
                    int tg = title_gender(r, c->first);
                    if (tg >= 0 && name_gender(r, first) == 1 - tg) {
                        id = NONE;
                        c->votes[PRECIS_ENT_PERSON] += 5;
                    }
                }
                /* the surname of two people is a person's ("Jordan") */
                ambiguous = l->entity == AMBIGUOUS;
                if (ambiguous) c->votes[PRECIS_ENT_PERSON] += 5;
                /* a word with no cue that opens one person's name is that
                 * person: "Kayahan" of "Kayahan Acar" */
                if (id == NONE && !ambiguous && l->entity == NONE && !c->weak && !c->votes[0] &&
                    !c->votes[1] && !c->votes[2] && !c->votes[3]) {
                    slot *fs = lookup(r, &firsts, r->keys.data + c->key, c->key_len);
                    if (fs->entity != AMBIGUOUS) id = fs->entity;
                }
            }
            /* "Tories" and "Tory", "Lib Dems" and "Lib Dem": one entity */
            size_t soff = 0, slen = 0;
            slot *sg = NULL;
            if (id == NONE && !ambiguous && f->entity == NONE) {
                if (singular_key(r, c, &soff, &slen) != 0 || r->keys.oom) {
                    rc = -1;
                    break;
                }
                sg = lookup(r, &sing, r->keys.data + soff, slen);
                if (sg->entity != NONE) id = sg->entity;
            }
            /* a full name of a surname already lent, the same person's
             * ("Kelly Holmes" after "K Holmes"): that entity */
            /* (its slot of last, looked up once: nothing below adds to
             * last before the lending) */
            int lends = pass == 0 && (c->surname || person_lender(r, c->first, c->last, c->votes));
            slot *lent = lends ? lookup(r, &last, r->keys.data + c->lkey, c->lkey_len) : NULL;
            if (lent && id == NONE && lent->entity != NONE && lent->entity != AMBIGUOUS &&
                same_person(r, &cs[PRECIS_VEC_AT(&es, ent, lent->entity)->name], c))
                id = lent->entity;
            if (c->weak && id == NONE && !ambiguous) {
                c->entity = NONE;
                continue;
            }
            if (id == NONE) {
                id = es.len;
                ent *n = precis_vec_push(&es);
                memset(n, 0, sizeof *n);
                n->first_sent = c->sent;
                n->name = n->head = n->tail = i;
                if (f->entity == NONE) *f = (slot){c->key, c->key_len, id};
                if (sg) *sg = (slot){soff, slen, id};
            } else {
                ent *n = PRECIS_VEC_AT(&es, ent, id);
                cand *nm = &cs[n->name];
                size_t len = span_len(r, c->first, c->last),
                       nlen = span_len(r, nm->first, nm->last);
                if (len > nlen || (len == nlen && i < n->name)) n->name = i;
                if (c->sent < n->first_sent) n->first_sent = c->sent;
            }
            ent *n = PRECIS_VEC_AT(&es, ent, id);
            n->count++;
            for (int k = 0; k < 4; k++)
                n->votes[k] += c->votes[k];
            c->entity = id;
            /* its nickname alone is a mention of it (a few per text) */
            size_t na, nb;
            if (pass == 0 && c->last > c->first + 1 && n_nick < E_NICKS &&
                nickname(r, c, &na, &nb)) {
                slot *k = &nicks[n_nick++];
                k->entity = id;
                if (add_key(r, na, span_len(r, na, nb), &k->key, &k->len) != 0) {
                    rc = -1;
                    break;
                }
            }
            if (lends) {
                slot *l = lent;
                if (l->entity == NONE) {
                    *l = (slot){c->lkey, c->lkey_len, id};
                } else if (l->entity != id && l->entity != AMBIGUOUS) {
                    /* a person's and a name with no first name nor a
                     * person's vote ("Nathan Lane", "Drury Lane"): the
                     * person's; two people's: neither */
                    const ent *o = PRECIS_VEC_AT(&es, ent, l->entity);
                    const cand *on = &cs[o->name];
                    int op = person_lender(r, on->first, on->last, o->votes),
                        cp = person_lender(r, c->first, c->last, c->votes);
                    int on_ = !is_first_name(r, on->first) && !o->votes[PRECIS_ENT_PERSON],
                        cn_ = !is_first_name(r, c->first) && !c->votes[PRECIS_ENT_PERSON];
                    if (cp && on_)
                        l->entity = id;
                    else if (!(op && cn_))
                        l->entity = AMBIGUOUS;
                }
                /* not the first word of a guess ("Jenson" of "Jenson
                 * Button" typed an organisation) */
                if (c->guessed || is_article(r, c->first)) continue;
                size_t fkey, flen;
                if (add_tok_key(r, c->first, &fkey, &flen) != 0) {
                    rc = -1;
                    break;
                }
                l = lookup(r, &firsts, r->keys.data + fkey, flen);
                if (l->entity == NONE)
                    *l = (slot){fkey, flen, id};
                else if (l->entity != id)
                    l->entity = AMBIGUOUS;
            }
        }
    }
    /* each entity's mentions in text order */
    for (size_t i = 0; rc == 0 && i < es.len; i++)
        PRECIS_VEC_AT(&es, ent, i)->head = NONE;
    for (size_t i = 0; rc == 0 && i < nc; i++) {
        if (cs[i].entity == NONE) continue;
        ent *n = PRECIS_VEC_AT(&es, ent, cs[i].entity);
        cs[i].next = NONE;
        if (n->head == NONE)
            n->head = i;
        else
            cs[n->tail].next = i;
        n->tail = i;
    }
    /* the headline's folded words */
    precis_buf title;
    precis_buf_init(&title, alc);
    for (size_t i = 0; rc == 0 && ein->title && i < ein->n_title_toks && i < 64; i++) {
        const precis_token *t = &ein->title_toks[i];
        rc = precis_fold(ein->title + t->off, t->len, &r->fold);
        if (rc == 0) rc = precis_buf_append(&title, "\n", 1);
        if (rc == 0 && r->fold.len) rc = precis_buf_append(&title, r->fold.data, r->fold.len);
    }
    if (rc == 0) rc = precis_buf_append(&title, "\n", 1);
    double top = 0;
    size_t n_sents = r->in->n_sents ? r->in->n_sents : 1;
    for (size_t i = 0; rc == 0 && i < es.len; i++) {
        const ent *n = PRECIS_VEC_AT(&es, ent, i);
        const cand *nm = &cs[n->name];
        int kin = bare(r, n, nm) ? sibling(r, cs, nc, &es, n) : -1;
        if (!kin) continue;
        precis_entity *out = precis_vec_push(ents);
        if (!out) {
            rc = -1;
            break;
        }
        const precis_token *t = r->in->toks;
        out->name_off = t[nm->first].off;
        out->name_len = span_len(r, nm->first, nm->last);
        /* a lone capitalized word, no common word, with no cue: more often a
         * brand, a paper or a club than anything else */
        out->type = PRECIS_ENT_ORG;
        for (int k = 0, best = 0; k < 4; k++)
            if (n->votes[k] > best) {
                best = n->votes[k];
                out->type = k;
            }
        if (kin > 0) out->type = PRECIS_ENT_PERSON;
        /* "de Cataingan" written once, no cue (cand.of) */
        if (n->count == 1 && nm->of && !n->votes[0] && !n->votes[1] && !n->votes[2] && !n->votes[3])
            out->type = (int)nm->of - 1;
        int in_title = 0;
        if (nm->lkey_len + 2 < 256) {
            char pat[256];
            pat[0] = '\n';
            memcpy(pat + 1, r->keys.data + nm->lkey, nm->lkey_len);
            pat[nm->lkey_len + 1] = '\n';
            /* the pattern starts at a word's start, after a newline */
            const char *p = title.data, *end = title.data + title.len;
            size_t m = nm->lkey_len + 2;
            while (!in_title && (size_t)(end - p) >= m &&
                   (p = memchr(p, '\n', (size_t)(end - p))) && (size_t)(end - p) >= m)
                in_title = !memcmp(p++, pat, m);
        }
        out->salience = (double)n->count + 2.0 * in_title +
                        1.5 * (1.0 - (double)n->first_sent / (double)n_sents);
        if (out->salience > top) top = out->salience;
        out->mention_off = t[cs[n->head].first].off; /* for the order; set below */
        out->mention_count = i;                      /* its ent, until set below */
    }
    precis_buf_free(&title);
    if (rc == 0) {
        for (size_t i = 0; i < ents->len; i++)
            PRECIS_VEC_AT(ents, precis_entity, i)->salience /= top;
        if (ents->len) qsort(ents->data, ents->len, sizeof(precis_entity), cmp_ent);
        for (size_t i = 0; rc == 0 && i < ents->len; i++) {
            precis_entity *out = PRECIS_VEC_AT(ents, precis_entity, i);
            const ent *n = PRECIS_VEC_AT(&es, ent, out->mention_count);
            out->mention_off = mentions->len;
            out->mention_count = 0;
            int guessed = 0; /* a mention lends its surname on a guess (cand) */
            for (size_t k = n->head; k != NONE && !guessed; k = cs[k].next)
                guessed = cs[k].guessed;
            for (size_t k = n->head; k != NONE; k = cs[k].next) {
                /* "Sterling" alone with no cue, joined to "Raheem Sterling"
                 * that no cue made a person: no mention, as before it
                 * joined */
                const int *cv = cs[k].votes;
                if (cs[k].weak && guessed && out->type != PRECIS_ENT_PERSON && !cv[0] && !cv[1] &&
                    !cv[2] && !cv[3])
                    continue;
                precis_entity_mention *m = precis_vec_push(mentions);
                if (!m) {
                    rc = -1;
                    break;
                }
                m->off = r->in->toks[cs[k].first].off;
                m->len = span_len(r, cs[k].first, cs[k].last);
                out->mention_count++;
            }
        }
    }
    precis_free(alc, full.slots);
    precis_free(alc, last.slots);
    precis_free(alc, firsts.slots);
    precis_free(alc, sing.slots);
    precis_vec_free(&es);
    return rc;
}

int precis_entities_find(const precis_entiter *e, const precis_entity_input *ein, precis_vec *ents,
                         precis_vec *mentions) {
    ents->len = mentions->len = 0;
    if (!e || !ein) return 0;
    const precis_alloc *alc = e->alc;
    const precis_quote_input *in = &ein->doc;
    e_run r = {e, in, 0, NULL, NULL, NULL, NULL, NULL, NULL, {0}, {0}, {0}, {0}, 0, {0}, 0};
    precis_buf_init(&r.fold, alc);
    precis_buf_init(&r.keys, alc);
    precis_vec_init(&r.cands, sizeof(cand), alc);
    /* the arrays per token and per term in one block, widest first: tags,
     * form, last (uint32_t), memo (uint16_t), cap_mid, lower, joins (bytes) */
    size_t nt = in->n_toks + 1, nw = precis_quote_terms(in) + 1;
    uint32_t *block =
        precis_malloc(alc, (2 * nt + nw) * sizeof(uint32_t) + nt * sizeof(uint16_t) + 2 * nw + nt);
    int rc = block ? 0 : -1;
    /* a term's last capitalized token, for the forms (UINT32_MAX: none) */
    uint32_t *last = NULL;
    if (rc == 0) {
        r.tags = block;
        r.form = block + nt;
        last = block + 2 * nt;
        r.memo = (uint16_t *)(last + nw);
        r.cap_mid = (unsigned char *)(r.memo + nt);
        r.lower = r.cap_mid + nw;
        r.joins = r.lower + nw;
        /* memo, cap_mid, lower, joins */
        memset(r.memo, 0, nt * sizeof *r.memo + 2 * nw + nt);
        memset(last, 0xFF, nw * sizeof *last);
        /* the arrays in locals: the byte stores (lower, cap_mid) may alias
         * anything, and would have every field read again each token */
        const precis_token *toks = in->toks;
        const char *text = in->text, *folded = in->folded;
        const precis_lexicon *lex = in->lex;
        const precis_lexicon_classes_view lexv = precis_lexicon_view(lex);
        uint32_t *tags = r.tags, *form = r.form;
        unsigned char *lower = r.lower, *cap_mid = r.cap_mid;
        const precis_wordlist *glued = e->glued;
        size_t n_toks = in->n_toks;
        const unsigned char *lower_first = e->lower_first, *key_first = e->key_first;
        const unsigned lower_screen = PRECIS_TOK_NUM | (e->lower_words ? PRECIS_TOK_WORD : 0);
        for (size_t i = 0; i < n_toks; i++) {
            const precis_token *t = &toks[i];
            const char *s = text + t->off;
            size_t len = t->len;
            /* the lexicon's entry is the token's; a possessive's is its
             * word's ("trump" of "Trump's"), and so is one glued to a
             * starter's ("bfmtv" of "BFMTVLa", French) */
            uint16_t entry = t->classes;
            /* French has no "'s" possessive: "Diam's", "McDonald's" */
            unsigned cut = e->fr ? 0 : possessive_cut(s, len);
            /* the list first: English has none, and whether a token is
             * capitalized is too random to predict */
            if (glued && !cut && (t->flags & PRECIS_TOK_CAP))
                cut = glued_cut(glued, s, len,
                                i + 1 < n_toks && t[1].off == t->off + len + 1 && s[len] == ' ');
            /* folded_word's */
            size_t k = precis_quote_folded(in, i), n = folded_cut(k, folded_bytes(s, len, cut));
            const char *w = folded + t->fold;
            if (n != k) entry = precis_lexicon_find(lex, w, n);
            uint32_t tag = cut << POSS_SHIFT | precis_lexicon_view_classes(lexv, entry)->entity;
            tags[i] = tag;
            form[i] = (uint32_t)i;
            if (!(t->flags & PRECIS_TOK_CAP)) {
                lower[t->term] = 1;
                /* a number opening a known name ("20 Minutes"), or a word
                 * of a name written in lower case ("franceinfo", "i-Télé";
                 * their first letters screen the lookup) */
                /* (a number's first byte, or a word's, one load each;
                 * English has no name in lower case: its words pass in
                 * the flags' test) */
                if ((t->flags & lower_screen) && n &&
                    ((t->flags & PRECIS_TOK_NUM)
                         ? key_first[(unsigned char)w[0]]
                         : lower_first[(unsigned char)s[0]] & !(t->flags & PRECIS_TOK_STOP)))
                    tags[i] |= (uint32_t)precis_wordset_get(&e->known_words, w, n) & T_KNOWN;
                continue;
            }
            uint32_t j = last[t->term], f = (uint32_t)i;
            if (j != UINT32_MAX && toks[j].len == len && !memcmp(text + toks[j].off, s, len))
                f = form[i] = form[j];
            last[t->term] = (uint32_t)i;
            /* asked of capitalized words only (known_org_end), once per form
             * (the same bytes, the same folded word) */
            if (n)
                tags[i] = tag |= f != i ? tags[f] & T_KNOWN
                                        : (uint32_t)precis_wordset_get(&e->known_words, w, n);
            /* the index's slot of a capitalized form, asked later by
             * find_runs: fetched now, the forms' misses overlapping
             * (tok_len's bytes) */
            if (f == i) precis_wordindex_prefetch(e->names, s, len - (tag >> POSS_SHIFT));
            cap_mid[t->term] |= !(t->flags & PRECIS_TOK_FIRST); /* no branch */
        }
        rc = find_runs(&r);
    }
    if (rc == 0 && r.keys.oom) rc = -1;
    if (rc == 0) rc = group(&r, ein, ents, mentions);
    if (rc != 0) ents->len = mentions->len = 0;
    precis_free(alc, block);
    precis_buf_free(&r.fold);
    precis_buf_free(&r.keys);
    precis_vec_free(&r.cands);
    precis_free(alc, r.lent.slots);
    return rc;
}

void precis_entities_input(const precis_analysis *a, precis_entity_input *in) {
    precis_quotes_input(a, &in->doc);
    in->title = a->title.len ? a->title.data : NULL;
    in->title_toks = a->tokens.data ? (const precis_token *)a->tokens.data + a->title_tok : NULL;
    in->n_title_toks = a->tokens.len - a->title_tok;
}
