/*
 * quotes.c - direct quotations and their speakers (see quotes.h).
 *
 * Two passes: the marks of each paragraph are paired into quotations, then
 * each quotation looks at the few tokens around it for a cue. Tokens carry
 * tags (cue, source, agent, pronoun, role, naming) folded once per call.
 */
#include "quotes.h"

#include "analysis.h"
#include "doc.h"
#include "entities.h"
#include "speakers.h"

#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text.h"

/* How far cues are looked for, in tokens. */
#define Q_AFTER 8  /* after the closing mark */
#define Q_BEFORE 8 /* between a verb cue and the opening mark */
#define Q_PHRASE 8 /* longest descriptor */
#define Q_NEXT 10  /* longest "X said." sentence */
/* Sentences looked back, counting only those with words outside quotations:
 * a long quotation between a name and its pronoun is not distance. */
#define Q_BACK 8     /* a pronoun, for the last speaker */
#define Q_ROLE 12    /* a role, for the name it was given with */
#define Q_SPEECH 5   /* words of a quotation that is speech without a cue */
#define Q_LIST_GAP 6 /* tokens between a fragment and the quotation of its sentence before */
#define Q_LOOK                                                                                     \
    40           /* tokens a backward search visits: linear time on                                \
                    sentences without punctuation */
#define Q_NAME 6 /* longest name */
/* Longest sentence read whole, in tokens: a longer one is read as pieces
 * of this many (news sentences are far shorter), so that the scans of a
 * quotation back to its sentence's start stay bounded on a text of
 * quotations run into one sentence. */
#define Q_SENT 400
/* Bytes of text per block of tok_from's index (as a shift): some six
 * tokens of news text a block. */
#define Q_BLOCK_SHIFT 5
/* The locutions' last words kept for their screen: how many, how long (a
 * list that has more or longer ones is asked without the screen). */
#define Q_LOC_ENDS 8
#define Q_LOC_END_LEN 24
/* Tokens a pronoun's person of its gender is looked for back. */
#define Q_FAR 4000
#define Q_POLL_WORDS 12 /* longest poll wording in marks, in words */
#define Q_LABEL                                                                                    \
    12 /* longest caption with a label ("Pictured: …"), in tokens: a longer                      \
          sentence may follow the label, run in */

enum {
    T_CUE = 1,
    T_SOURCE = 2,
    T_AGENT = 4,
    T_PRON = 8,
    T_ROLE = 16,
    T_NAMING = 32,
    T_DET = 64,           /* opens a noun group: "le", "les", "the" */
    T_JOIN = 128,         /* joins a noun group: "de", "du", "of" */
    T_NOTNAME = 256,      /* capitalized, never a name: "Wednesday", "Mai" */
    T_REL = 512,          /* opens a relative clause: "qui", "who" */
    T_PERSON = 1024,      /* names a person by role: "avocat", "lawyer" */
    T_ORGW = 2048,        /* heads an organisation: "ministère", "agency" */
    T_LINK = 4096,        /* joins two quotations: "et", "and" */
    T_DEF = 8192,         /* definite determiner: "le", "the" */
    T_ITPRON = 16384,     /* a pronoun for an organisation: "it" (with T_PRON) */
    T_QUOTED = 1u << 15,  /* inside a quotation: never a speaker */
    T_ORGN = 1u << 16,    /* names an organisation by its kind: "magazine", "parti" */
    T_CHAN = 1u << 17,    /* names the channel or listener of speech: "sur", "on" */
    T_FEM = 1u << 18,     /* a woman's pronoun: "she", "elle" */
    T_AGE = 1u << 19,     /* a word of an age after its number: "year", "ans" */
    T_POSS = 1u << 20,    /* a possessive determiner: "his", "sa" */
    T_OPINION = 1u << 21, /* a view's holder follows: "pour", "for" */
    T_LATTER = 1u << 22,  /* after a determiner, the person named last: "dernier", "latter" */
    T_CAPTION = 1u << 23, /* in a caption or a line that is no sentence (mark_captions) */
    T_CALLS = 1u << 24,   /* a name in title case follows: "called", "appelé" */
    T_PLURAL = 1u << 25,  /* a plural subject pronoun for a group: "ils", "elles" */
    T_ALSO = 1u << 26,    /* an additive adverb: "également" */
    T_PEOPLE = 1u << 27,  /* a person by no role: "woman", "victim" */
    T_ADDS = 1u << 28,    /* a cue going on with earlier words: "added" */
    T_READ = 1u << 29,    /* a verb of reading: "lire" of "peut-on lire dans" */
    T_CHARGE = 1u << 30,  /* a legal step before "pour « charge »": "examen", "plainte" */
};
/* a copula: "was", "est" (the last bit: beyond int, so no enumerator) */
#define T_COPULA (1u << 31)

/* The determiners and relatives are those of compression (the same
 * questions: what opens a subject, a relative clause); the joiners and the
 * words that are never names (weekdays, months, reporting verbs) those of
 * the keyphrases. */
const precis_word_tag precis_quote_word_tags[] = {{"quote_verbs", T_CUE, 0},
                                                  {"quote_sources", T_SOURCE, 0},
                                                  {"quote_agents", T_AGENT, 0},
                                                  {"quote_pronouns", T_PRON, 0},
                                                  {"quote_roles", T_ROLE, 0},
                                                  {"quote_naming", T_NAMING, 0},
                                                  {"compress_determiners", T_DET, 0},
                                                  {"keyword_joiners", T_JOIN, 0},
                                                  {"keyword_stopwords", T_NOTNAME, 0},
                                                  {"compress_relatives", T_REL, 0},
                                                  {"quote_person_nouns", T_PERSON, 0},
                                                  {"entity_org_words", T_ORGW, 0},
                                                  {"quote_links", T_LINK, 0},
                                                  {"quote_definites", T_DEF, 0},
                                                  {"quote_org_nouns", T_ORGW | T_ORGN, 0},
                                                  {"quote_org_pronouns", T_PRON | T_ITPRON, 0},
                                                  {"quote_channels", T_CHAN, 0},
                                                  {"quote_female_pronouns", T_FEM, 0},
                                                  {"quote_age_words", T_AGE, 0},
                                                  {"quote_possessives", T_POSS, 0},
                                                  {"quote_opinions", T_OPINION, 0},
                                                  {"quote_latter", T_LATTER, 0},
                                                  {"quote_name_calls", T_CALLS, 0},
                                                  {"quote_plurals", T_PLURAL, 0},
                                                  {"quote_also", T_ALSO, 0},
                                                  {"quote_people", T_PEOPLE, 0},
                                                  {"quote_adds", T_ADDS, 0},
                                                  {"quote_reading", T_READ, 0},
                                                  {"quote_charges", T_CHARGE, 0},
                                                  {"quote_copulas", T_COPULA, 0},
                                                  {NULL, 0, 0}};

struct precis_quoter {
    const precis_alloc *alc;
    int adj_before;                     /* adjectives precede the noun (not fr, es, it, pt) */
    int carries;                        /* cue-less quotations after background (en, de, nl, fr) */
    int genders;                        /* the language has a list of women's pronouns */
    const precis_wordlist *names[2];    /* first names given to women, to men */
    const precis_wordlist *either;      /* first names of no gender told (NULL: none) */
    const precis_wordlist *kin[4];      /* a mother, a father, parents, a child */
    const precis_wordlist *titles[2];   /* "Aunt", "Uncle" before a name (NULL: none) */
    const precis_wordlist *nouns[2];    /* "woman", "man": a person's nouns of a gender (en) */
    const precis_wordlist *groups;      /* plural nouns of people: "officers" */
    const precis_wordlist *adverbs;     /* adverbs not in "-ly": "meanwhile" */
    const precis_wordlist *frag_cues;   /* verbs reporting fragments only: "accused" */
    const precis_wordlist *absolutes;   /* "with" opening "with one fan writing" (en) */
    const precis_wordlist *documents;   /* "report", "letter": a person's writings (en) */
    const precis_wordlist *read_nouns;  /* "statement": a text whose words "read" reports (en) */
    const precis_wordlist *unnamed;     /* "spokesman": its group stands for no one else (en) */
    const precis_wordlist *rank;        /* "deputy": another office than the title's (en) */
    const precis_wordlist *demonyms;    /* "Spaniard": one person of a nation (en) */
    const precis_wordlist *read_verbs;  /* "read" of "The report read:" (en; NULL: none) */
    const precis_wordlist *relay_verbs; /* "quoted" of "quoted X as saying" (en; NULL: none) */
    /* read_screen's answer for each first byte of a token (read_verbs) */
    unsigned char read_lead[256];
    const precis_wordlist *owners;      /* "his", "her": one person's possessives (en) */
    const precis_wordlist *clauses;     /* words opening a clause: "that", "when" */
    const precis_wordlist *listeners;   /* cues whose object listens: "told" */
    const precis_wordlist *asides;      /* "pour sa part", "de son côté" (NULL: none) */
    const precis_wordlist *partitives;  /* "autres" of "d'autres" (NULL: none) */
    const precis_wordlist *det_adjs;    /* "autre" of "une autre source" (NULL: none) */
    const precis_wordlist *dates;       /* weekdays and months: "mardi", "juin" (NULL: none) */
    const precis_wordlist *interviewed; /* "interrogée" of "interrogée par X," (NULL: none) */
    const precis_wordlist *chants;      /* a slogan follows: "scandant", "banderole" (NULL: none) */
    const precis_wordlist *terms;       /* movements named in marks: "gilets jaunes" (NULL: none) */
    const precis_wordlist *locutions;   /* cues of two words: "fait part" (NULL: none) */
    /* the locutions' last words ("part", "état", "à"), a screen before a
     * locution's key is made (loc_ends_n Q_LOC_ENDS + 1: too many, none) */
    unsigned char loc_ends_n;
    unsigned char loc_end_len[Q_LOC_ENDS];
    char loc_ends[Q_LOC_ENDS][Q_LOC_END_LEN];
    const precis_wordlist *demands;     /* verbs of a demand: "réclame" (NULL: none) */
    const precis_wordlist *name_nouns;  /* a name in marks follows: "le programme" (NULL: none) */
    const precis_wordlist *term_nouns;  /* a term in marks follows: "le terme de" (NULL: none) */
    const precis_wordlist *word_nouns;  /* "selon les termes de": no speaker (NULL: none) */
    const precis_wordlist *offices;     /* "édile maire": an office's other noun (NULL: none) */
    const precis_wordlist *one_words;   /* "un" of "l'un des" (NULL: none) */
    const precis_wordlist *scare;       /* scare words: "prétendu", "sacro-sainte" (NULL: none) */
    const precis_wordlist *called;      /* "dit" of "un véhicule dit « … »" (NULL: none) */
    const precis_wordlist *stressed;    /* "lui" of "Pour lui, …" (NULL: none) */
    const precis_wordlist *polls;       /* a poll's respondents: "sondés" (NULL: none) */
    const precis_wordlist *title_preps; /* a title in marks follows: "dans" (NULL: none) */
    const precis_wordlist *signs;       /* signs as a cue's subject: "panneau" (NULL: none) */
};

/* Byte b of a text may open a word whose folded form opens with a byte
 * of first (one bit a byte): b past ASCII, or b in lower case in first. */
static inline int read_screen(const uint64_t first[4], char c) {
    unsigned char b = (unsigned char)c;
    if (b >= 0x80) return 1;
    if (b >= 'A' && b <= 'Z') b += 32;
    return (int)(first[b >> 6] >> (b & 63) & 1);
}

/* The distinct last words of the locutions (after their last space; a
 * word with none is never a locution's key), for locution's screen. */
static void loc_ends_init(precis_quoter *q) {
    q->loc_ends_n = 0;
    for (size_t i = 0; q->locutions && i < q->locutions->count; i++) {
        const char *w = q->locutions->words[i], *sp = strrchr(w, ' ');
        if (!sp) continue;
        size_t n = strlen(sp + 1), k = 0;
        while (k < q->loc_ends_n && !(q->loc_end_len[k] == n && !memcmp(q->loc_ends[k], sp + 1, n)))
            k++;
        if (k < q->loc_ends_n) continue;
        if (k == Q_LOC_ENDS || n > Q_LOC_END_LEN) {
            q->loc_ends_n = Q_LOC_ENDS + 1; /* no screen */
            return;
        }
        memcpy(q->loc_ends[k], sp + 1, n);
        q->loc_end_len[k] = (unsigned char)n;
        q->loc_ends_n++;
    }
}

precis_quoter *precis_quoter_new(const char *lang, const precis_alloc *alc) {
    if (!lang || precis_lang_index(lang, strlen(lang)) < 0) return NULL;
    if (!alc) alc = &precis_default_alloc;
    precis_quoter *q = precis_malloc(alc, sizeof *q);
    if (!q) return NULL;
    q->alc = alc;
    q->adj_before =
        strcmp(lang, "fr") && strcmp(lang, "es") && strcmp(lang, "it") && strcmp(lang, "pt");
    q->carries = q->adj_before || !strcmp(lang, "fr");
    q->genders = precis_wordlist_get(lang, "quote_female_pronouns") != NULL;
    q->names[0] = precis_wordlist_get(lang, "gen_female_names");
    q->names[1] = precis_wordlist_get(lang, "gen_male_names");
    q->either = precis_wordlist_get(lang, "quote_either_names");
    q->kin[0] = precis_wordlist_get(lang, "quote_mothers");
    q->titles[0] = precis_wordlist_get(lang, "quote_female_titles");
    q->titles[1] = precis_wordlist_get(lang, "quote_male_titles");
    q->nouns[0] = precis_wordlist_get(lang, "quote_female_nouns");
    q->nouns[1] = precis_wordlist_get(lang, "quote_male_nouns");
    q->kin[1] = precis_wordlist_get(lang, "quote_fathers");
    q->kin[2] = precis_wordlist_get(lang, "quote_parents");
    q->kin[3] = precis_wordlist_get(lang, "quote_children");
    q->groups = precis_wordlist_get(lang, "quote_groups");
    q->adverbs = precis_wordlist_get(lang, "quote_adverbs");
    q->frag_cues = precis_wordlist_get(lang, "quote_fragment_cues");
    q->absolutes = precis_wordlist_get(lang, "quote_absolutes");
    q->documents = precis_wordlist_get(lang, "quote_documents");
    q->read_nouns = precis_wordlist_get(lang, "quote_read_nouns");
    q->unnamed = precis_wordlist_get(lang, "quote_unnamed_roles");
    q->rank = precis_wordlist_get(lang, "quote_rank_modifiers");
    q->demonyms = precis_wordlist_get(lang, "quote_demonyms");
    q->read_verbs = precis_wordlist_get(lang, "quote_read_verbs");
    uint64_t read_first[4] = {0}; /* the first bytes of read_verbs' words, a bit each */
    for (size_t i = 0; q->read_verbs && i < q->read_verbs->count; i++) {
        unsigned char b = (unsigned char)q->read_verbs->words[i][0];
        read_first[b >> 6] |= (uint64_t)1 << (b & 63);
    }
    for (unsigned b = 0; b < 256; b++)
        q->read_lead[b] = (unsigned char)read_screen(read_first, (char)b);
    q->relay_verbs = precis_wordlist_get(lang, "quote_relay_verbs");
    q->owners = precis_wordlist_get(lang, "quote_owners");
    q->clauses = precis_wordlist_get(lang, "quote_clauses");
    q->listeners = precis_wordlist_get(lang, "quote_listeners");
    q->asides = precis_wordlist_get(lang, "quote_asides");
    q->partitives = precis_wordlist_get(lang, "quote_partitives");
    q->det_adjs = precis_wordlist_get(lang, "quote_det_adjectives");
    q->dates = precis_wordlist_get(lang, "quote_dates");
    q->interviewed = precis_wordlist_get(lang, "quote_interviewed");
    q->chants = precis_wordlist_get(lang, "quote_chants");
    q->terms = precis_wordlist_get(lang, "quote_terms");
    q->locutions = precis_wordlist_get(lang, "quote_locutions");
    loc_ends_init(q);
    q->demands = precis_wordlist_get(lang, "quote_demands");
    q->name_nouns = precis_wordlist_get(lang, "quote_name_nouns");
    q->term_nouns = precis_wordlist_get(lang, "quote_term_nouns");
    q->word_nouns = precis_wordlist_get(lang, "quote_word_nouns");
    q->offices = precis_wordlist_get(lang, "quote_offices");
    q->one_words = precis_wordlist_get(lang, "quote_one_words");
    q->scare = precis_wordlist_get(lang, "quote_scare_words");
    q->called = precis_wordlist_get(lang, "quote_called_words");
    q->stressed = precis_wordlist_get(lang, "quote_stressed_pronouns");
    q->polls = precis_wordlist_get(lang, "quote_poll_words");
    q->title_preps = precis_wordlist_get(lang, "quote_title_preps");
    q->signs = precis_wordlist_get(lang, "quote_signs");
    return q;
}

void precis_quoter_free(precis_quoter *q) {
    if (!q) return;
    precis_free(q->alc, q);
}

/* ------------------------------------------------------------------ marks */

enum { M_GUILL, M_CURLY, M_LOW, M_SINGLE, M_ASCII2, M_ASCII1 };

static int is_alnum_cp(uint32_t c) {
    if (c == PRECIS_UTF8_BAD) return 0;
    if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k <= UTF8PROC_CATEGORY_LO || k == UTF8PROC_CATEGORY_ND;
}

/* Before an opening single quote: start, space, an opening bracket, a dash. */
static int opens_after(uint32_t c) {
    return c == 0 || precis_is_space(c) || c == '(' || c == '[' || c == 0x2014 || c == 0x2013;
}

typedef struct span {
    size_t open, open_len, close, close_len; /* the two marks */
    int kind;
    int cont; /* the same speech as the span before, whose mark was never closed */
} span;

/* Appends sp to out; 0, or -1 on OOM. */
static int push_span(precis_vec *out, span sp) {
    span *p = precis_vec_push(out);
    if (!p) return -1;
    *p = sp;
    return 0;
}

static int is_letter_cp(uint32_t c) {
    return is_alnum_cp(c) && !(c >= '0' && c <= '9') &&
           (c < 0x80 || utf8proc_category((utf8proc_int32_t)c) != UTF8PROC_CATEGORY_ND);
}

/* Whether the mark c opens a span of kind k. */
static int opener_of(int k, uint32_t c) {
    switch (k) {
    case M_GUILL:
        return c == 0xAB;
    case M_CURLY:
        return c == 0x201C;
    case M_SINGLE:
        return c == 0x2018;
    case M_ASCII2:
        return c == '"';
    case M_ASCII1:
        return c == '\'';
    }
    return 0;
}

/* Whether text[from, i) ends with a sentence's stop and spaces: ". " */
static int after_stop_space(const unsigned char *s, size_t from, size_t i) {
    size_t p = i;
    while (p > from && (s[p - 1] == ' ' || s[p - 1] == '\t'))
        p--;
    return p < i && p > from && (s[p - 1] == '.' || s[p - 1] == '!' || s[p - 1] == '?');
}

/* Whether the letters after an apostrophe at text[i, e) end a word as an
 * elision does ("it’s", "don't", "we’ll", "rock'n'roll"): otherwise a
 * closing mark glued to the next word ("the ‘high number’of fighters"). */
static int elision_after(const unsigned char *s, size_t b, size_t at, size_t i, size_t e) {
    static const char *const tails[] = {"s", "t", "d", "m", "n", "ll", "re", "ve", "em", "all"};
    /* a French elided word before it: "l'", "qu'il", "jusqu'à" */
    size_t w = at;
    while (w > b && (s[w - 1] | 32) >= 'a' && (s[w - 1] | 32) <= 'z')
        w--;
    if (at - w == 1 || (at - w >= 2 && (s[at - 2] | 32) == 'q' && (s[at - 1] | 32) == 'u'))
        return 1;
    size_t j = i;
    while (j < e && s[j] >= 'a' && s[j] <= 'z')
        j++;
    if (j == i || (j < e && (s[j] >= 0x80 || ((s[j] | 32) >= 'a' && (s[j] | 32) <= 'z'))))
        return 1; /* a capital or another letter: a name ("O’Brien") */
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++)
        if (strlen(tails[k]) == j - i && memcmp(tails[k], s + i, j - i) == 0) return 1;
    return 0;
}

/* Whether text[from, i) holds a sentence's stop before a capital, or ends
 * with a stop and spaces: the span opened at from ran past its sentence
 * without a closing mark. last_stop is the last stop before a capital the
 * scan has passed (SIZE_MAX: none), so that the question takes constant
 * time however long the span. */
static int stop_inside(const unsigned char *s, size_t from, size_t i, size_t last_stop) {
    if (last_stop != SIZE_MAX && last_stop >= from && last_stop < i) return 1;
    size_t p = i;
    while (p > from && s[p - 1] == ' ')
        p--;
    return p < i && p > from && (s[p - 1] == '.' || s[p - 1] == '!' || s[p - 1] == '?');
}

/* Whether the closing-looking mark at text[i, i + n) after an "s" is a
 * plural possessive inside the quotation opened at text[from]: the
 * quotation opened on a capital (a sentence, not a fragment), a lower-case
 * word follows ("each others' company", "the workers’ union"), and the next
 * mark of the kind that is no elision closes, or opens after a sentence's
 * stop (a run over paragraphs). A mark opening a word mid-sentence ("'a
 * total mess' and said 'nobody") means this one closed. The scan stops at
 * that next mark, so the scans of successive marks do not overlap. */
static int possessive_mark(const unsigned char *s, size_t b, size_t e, size_t from, size_t i,
                           size_t n, uint32_t prev, int ascii) {
    if (prev != 's' || !(s[from] >= 'A' && s[from] <= 'Z') || i + n + 1 >= e || s[i + n] != ' ' ||
        !(s[i + n + 1] >= 'a' && s[i + n + 1] <= 'z'))
        return 0;
    for (size_t j = i + n; j < e; j++) {
        size_t m;
        if (ascii && s[j] == '\'')
            m = 1;
        else if (!ascii && s[j] == 0xE2 && j + 2 < e && s[j + 1] == 0x80 &&
                 (s[j + 2] == 0x98 || s[j + 2] == 0x99))
            m = 3;
        else
            continue;
        uint32_t pj = precis_utf8_before(s, b, j), nj = 0;
        if (j + m < e) precis_utf8_next(s + j + m, e - j - m, &nj);
        if (is_letter_cp(pj) && is_letter_cp(nj)) continue; /* an elision */
        if (!precis_is_space(pj) && !is_alnum_cp(nj)) return 1;
        if (precis_is_space(pj) && is_letter_cp(nj)) return after_stop_space(s, i + n, j);
        return 0;
    }
    return 0;
}

/* Whether text[p] ends a sentence: a stop, a space, a capital ("… end. The"). */
static int stop_before_capital(const unsigned char *s, size_t p) {
    return (s[p] == '.' || s[p] == '!' || s[p] == '?') && s[p + 1] == ' ' && s[p + 2] >= 'A' &&
           s[p + 2] <= 'Z';
}

/* Whether a caption runs in at text[p], before text[i]: a lower-case
 * word's end, then a capitalized word ("rugby As", "the Masters The"), not
 * "I" nor an acronym ("and I think", "on TV"). */
static int run_in_at(const unsigned char *s, size_t p, size_t i) {
    return p + 3 < i && s[p] >= 'a' && s[p] <= 'z' && s[p + 1] == ' ' && s[p + 2] >= 'A' &&
           s[p + 2] <= 'Z' && s[p + 3] >= 'a' && s[p + 3] <= 'z';
}

/* Whether a caption's label follows the sentence's stop at text[p], before
 * text[i]: a capitalized word and at most three more, a colon, a capital
 * ("… on the streets. Well preserved: It turned out …", "Go fetch: This
 * dog …"). */
static int label_after(const unsigned char *s, size_t p, size_t i) {
    size_t q = p + 2, words = 0;
    if (q >= i || s[q] < 'A' || s[q] > 'Z') return 0;
    while (q < i) {
        size_t w = q;
        while (q < i && (((s[q] | 32) >= 'a' && (s[q] | 32) <= 'z') || s[q] == '-'))
            q++;
        if (q == w) return 0;
        if (q + 2 < i && s[q] == ':' && s[q + 1] == ' ' && s[q + 2] >= 'A' && s[q + 2] <= 'Z')
            return 1;
        if (q >= i || s[q] != ' ' || ++words >= 4) return 0;
        q++;
    }
    return 0;
}

/* Where a quotation never closed ends, captions run in after it: the last
 * sentence's stop (text[first, last] holds the stops before a capital)
 * before the first place a caption shows, a lower-case word run into a
 * capitalized one with no stop between ("… kebabs As well as …", "his
 * mother Claire"), before text[i]. */
static size_t run_in_stop(const unsigned char *s, size_t first, size_t last, size_t i) {
    size_t stop = first;
    if (label_after(s, first, i)) return first;
    for (size_t p = first + 1; p + 2 < i && p <= last; p++) {
        if (stop_before_capital(s, p)) {
            if (label_after(s, p, i)) return p;
            stop = p;
        } else if (run_in_at(s, p, i))
            return stop;
    }
    return last;
}

/* The last sentence's stop before a caption runs in (as run_in_stop) from
 * the open quotation's first stop up to text[i], or SIZE_MAX where none
 * shows. The scan resumes where the last question on the same quotation
 * left it (*at, its last stop *stop, SIZE_MAX *at when none was asked):
 * one pass over a quotation however many marks it holds. */
static size_t run_in_before(const unsigned char *s, size_t first, size_t i, size_t *at,
                            size_t *stop) {
    if (*at == SIZE_MAX) {
        *at = first + 1;
        *stop = first;
    }
    if (label_after(s, first, i)) return first;
    for (; *at + 3 < i; ++*at) {
        size_t p = *at;
        if (stop_before_capital(s, p)) {
            *stop = p;
            if (label_after(s, p, i)) return p; /* *at stays: the same answer */
        } else if (run_in_at(s, p, i))
            return *stop; /* *at stays on the caption: asked again, the same answer */
    }
    return SIZE_MAX;
}

/* Closes the open span (its mark at open_at, open_len bytes) at the
 * first non-space after text[stop], before text[i], never closed by a
 * mark: a caption ran in. Returns 0 or -1 on OOM. */
static int close_at_stop(precis_vec *out, const unsigned char *s, size_t stop, size_t i,
                         size_t open_at, size_t open_len, int open, int cont) {
    size_t q = stop + 1;
    while (q < i && s[q] == ' ')
        q++;
    return push_span(out, (span){open_at, open_len, q, 0, open, cont});
}

/* Where the first of the 16 bytes at s that leads a mark or is a stop is
 * (pair_marks' lead table: '"', '\'', 0xC2, 0xE2, '.', '!', '?'), 16 for
 * none: the bytes compared with the leads at once, in a vector of the
 * compiler's (SSE2 on x86-64). */
typedef unsigned char lead_v16 __attribute__((vector_size(16)));
static inline size_t lead16_at(const unsigned char *s) {
    lead_v16 x;
    memcpy(&x, s, sizeof x);
    lead_v16 m = (lead_v16)((x == '"') | (x == '\'') | (x == 0xC2) | (x == 0xE2) | (x == '.') |
                            (x == '!') | (x == '?'));
#if defined(__SSE2__)
    /* one bit a byte in a general register (pmovmskb), the first set bit
     * the first lead */
    unsigned bits = (unsigned)_mm_movemask_epi8((__m128i)m);
    return bits ? (size_t)__builtin_ctz(bits) : 16;
#else
    uint64_t w[2];
    memcpy(w, &m, sizeof w);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    if (w[0]) return (size_t)__builtin_clzll(w[0]) >> 3;
    if (w[1]) return 8 + ((size_t)__builtin_clzll(w[1]) >> 3);
#else
    if (w[0]) return (size_t)__builtin_ctzll(w[0]) >> 3;
    if (w[1]) return 8 + ((size_t)__builtin_ctzll(w[1]) >> 3);
#endif
    return 16;
#endif
}

/* Pairs the marks of text[b, e) into spans (appended to out). A quotation
 * run over several paragraphs opens each with a mark and closes only the
 * last; the paragraph breaks are often lost (". 'Whatever"): a mark of the
 * open kind that opens a word after a sentence's stop ends the span there
 * and opens the next. */
static int pair_marks(const char *text, size_t b, size_t e, size_t nb, size_t ne, precis_vec *out) {
    /* Every mark starts with one of these bytes; the rest is skipped
     * without decoding (the stage's cost is mostly this scan), one table
     * load a byte. */
    static const unsigned char lead[256] = {
        ['"'] = 1, ['\''] = 1, [0xC2] = 1, [0xE2] = 1, ['.'] = 2, ['!'] = 2, ['?'] = 2};
    const unsigned char *s = (const unsigned char *)text;
    int open = -1, depth = 0;
    size_t open_at = 0, open_len = 0;
    size_t nest_at = 0, nest_len = 0, nest_end = 0; /* a nested "…" (nest_len > 0) */
    size_t last_stop = SIZE_MAX;                    /* for stop_inside */
    size_t first_stop = SIZE_MAX;         /* the first stop before a capital in the open span */
    int cont = 0, split = 0;              /* span.cont of the open span, of the next one */
    size_t ri_at = SIZE_MAX, ri_stop = 0; /* run_in_before's scan of the open span */
    for (size_t i = b; i < e;) {
        /* sixteen bytes a test (most bytes lead no mark), the first lead
         * found in them; the last bytes four, then one, a test */
        size_t k = 16;
        while (i + 16 <= e && (k = lead16_at(s + i)) == 16)
            i += 16;
        if (k < 16) {
            i += k;
        } else {
            while (i + 4 <= e && !(lead[s[i]] | lead[s[i + 1]] | lead[s[i + 2]] | lead[s[i + 3]]))
                i += 4;
            while (i < e && !lead[s[i]])
                i++;
        }
        if (i == e) break;
        if (lead[s[i]] == 2) {
            size_t q = i + 1;
            while (q < e && s[q] == ' ')
                q++;
            if (q < e && s[q] >= 'A' && s[q] <= 'Z') {
                last_stop = i;
                if (open >= 0 && first_stop == SIZE_MAX) first_stop = i;
            }
            i++;
            continue;
        }
        uint32_t c;
        size_t n = precis_utf8_next(s + i, e - i, &c);
        if (c != '"' && c != '\'' && c != 0xAB && c != 0xBB && (c < 0x2018 || c > 0x201E)) {
            i += n;
            continue;
        }
        /* A lead or ASCII byte is never inside another character, so the
         * character before decodes as a forward scan would. */
        uint32_t prev = i > b ? precis_utf8_before(s, b, i) : 0;
        uint32_t next = 0;
        if (i + n < e) precis_utf8_next(s + i + n, e - i - n, &next);
        int opens = -1, closes = 0, to_nest = 0;
        if (open < 0) {
            if (c == 0xAB)
                opens = M_GUILL;
            else if (c == 0x201C)
                opens = M_CURLY;
            else if (c == 0x201E)
                opens = M_LOW;
            else if (c == 0x2018 && next && !precis_is_space(next))
                opens = M_SINGLE;
            else if (c == '"' && !is_alnum_cp(prev) && next && !precis_is_space(next))
                opens = M_ASCII2;
            else if (c == '"' && next == ' ' && after_stop_space(s, b, i) && i + n + 1 < e &&
                     s[i + n + 1] >= 'A' && s[i + n + 1] <= 'Z')
                opens = M_ASCII2; /* a space after the mark: "he said. \" I am" */
            else if (c == '"' && is_letter_cp(prev) && next >= 'A' && next <= 'Z')
                opens = M_ASCII2; /* glued to a heading or a paragraph: "l'affaire\"Je suis",
                                     "par BFMTV\"Nous" */
            else if (c == '\'' && opens_after(prev) && is_letter_cp(next)) /* not '90s */
                opens = M_ASCII1;
        } else if ((opener_of(open, c) ||
                    /* single marks of either kind: "unhappy. ‘I asked" after
                     * a plain one */
                    (open == M_ASCII1 && c == 0x2018) || (open == M_SINGLE && c == '\'')) &&
                   precis_is_space(prev) && is_letter_cp(next) &&
                   after_stop_space(s, open_at + open_len, i)) {
            if (open == M_ASCII2 && nest_len && stop_inside(s, nest_end, i, last_stop)) {
                /* a sentence ends between the nested quotation and this
                 * mark opening a word: the first mark was likely never
                 * closed, so the quotation ends where the nested one
                 * opened (or at the nested one's close before a comma,
                 * below) */
                to_nest = 1;
            } else {
                if (push_span(out, (span){open_at, open_len, i, 0, open, cont}) != 0) return -1;
                opens = c == 0x2018 ? M_SINGLE : c == '\'' ? M_ASCII1 : open;
            }
        } else {
            switch (open) {
            case M_GUILL:
                depth += c == 0xAB;
                closes = c == 0xBB && depth-- == 0;
                break;
            case M_CURLY:
                depth += c == 0x201C;
                closes = c == 0x201D && depth-- == 0;
                break;
            case M_LOW:
                closes = c == 0x201C || c == 0x201D;
                break;
            case M_SINGLE: /* ‘ ’ nest: "‘Mum said ‘really?’ and left.’" */
                if (c == 0x2018 && depth == 0 && precis_is_space(prev) && next >= 'A' &&
                    next <= 'Z' && first_stop != SIZE_MAX && i >= b + 2 && s[i - 2] != ',' &&
                    s[i - 2] != ':') {
                    /* as for plain marks below: a capitalized word opened
                     * after the open quotation's sentence ended, the mark
                     * never closed (captions run in), starts a new one; the
                     * first ends at the last sentence before it */
                    if (close_at_stop(out, s, last_stop, i, open_at, open_len, open, cont) != 0)
                        return -1;
                    opens = open;
                    split = 1;
                    break;
                }
                depth += c == 0x2018 && opens_after(prev) && is_letter_cp(next);
                /* a plain mark after the speech's comma or stop, before a
                 * space, closes it too: "‘I think so,' she said" */
                if (c == '\'' && depth == 0 &&
                    (prev == ',' || prev == '.' || prev == '!' || prev == '?') &&
                    (next == 0 || precis_is_space(next))) {
                    closes = 1;
                    break;
                }
                if (c == 0x2019 && !precis_is_space(prev) &&
                    (!is_alnum_cp(next) || !elision_after(s, b, i, i + n, e)) &&
                    !possessive_mark(s, b, e, open_at + open_len, i, n, prev, 0)) {
                    /* a nested quotation closing at a sentence's end closes
                     * the outer one with the same mark ("he said ‘I can do
                     * that’. Ron filmed") */
                    closes = depth-- == 0 ||
                             (depth == 0 && next == '.' && i + n + 2 < e && s[i + n + 1] == ' ' &&
                              s[i + n + 2] >= 'A' && s[i + n + 2] <= 'Z');
                }
                break;
            case M_ASCII2:
                /* a mark opening a word inside: a quotation nested in the
                 * same marks ("my ex stars in the series "Modern Family" --
                 * but"), or, past a sentence's end, a new one after a mark
                 * never closed */
                if (c == '"' && precis_is_space(prev) && is_letter_cp(next)) {
                    if (!stop_inside(s, open_at + open_len, i, last_stop)) {
                        if (depth++ == 0 && nest_len == 0) {
                            nest_at = i;
                            nest_len = n;
                        }
                        break;
                    }
                    opens = M_ASCII2;
                    break;
                }
                if (c != '"') break;
                if (depth > 0) {
                    if (--depth == 0) nest_end = i + n;
                    break;
                }
                /* closes the quotation even with a sentence's end between
                 * the nested quotation and this mark: speech running on
                 * past a name or a term in the same marks ("… quelques
                 * dizaines de "gilets jaunes". C'est …"); a mark opening
                 * a word there (above) still ends it at the nested one */
                closes = 1;
                break;
            default:
                if (c == '\'' && precis_is_space(prev) && next >= 'A' && next <= 'Z' &&
                    first_stop != SIZE_MAX && i >= b + 2 && s[i - 2] != ',') {
                    /* a capitalized word opened by the same mark after the
                     * sentence's end, the first mark never closed (captions
                     * run in): the first quotation ends at its first
                     * sentence and this one opens; not after a comma, speech
                     * reported inside ("I said, 'Sorry") */
                    if (close_at_stop(out, s, run_in_stop(s, first_stop, last_stop, i), i, open_at,
                                      open_len, open, cont) != 0)
                        return -1;
                    opens = open;
                    split = 1;
                    break;
                }
                if (open == M_ASCII1 && c == '\'' && precis_is_space(prev) && next >= 'a' &&
                    next <= 'z') {
                    /* a plain mark opening a lower-case word inside: after
                     * a caption run in past the open quotation's sentence
                     * (its mark never closed), a new quotation ("… harder.
                     * Amateur champion Bradley Neil … needed to 'give
                     * himself …'"); else, in its first sentence, one nested
                     * ("'I thought 'this could be it' so I stayed,' he said") */
                    size_t stop = first_stop == SIZE_MAX
                                      ? SIZE_MAX
                                      : run_in_before(s, first_stop, i, &ri_at, &ri_stop);
                    if (stop != SIZE_MAX && stop > open_at && s[open_at + open_len] >= 'A' &&
                        s[open_at + open_len] <= 'Z') { /* speech opens capitalized, not "'bot" */
                        if (close_at_stop(out, s, stop, i, open_at, open_len, open, cont) != 0)
                            return -1;
                        opens = open;
                        break;
                    }
                    /* nested only in the quotation's first sentence
                     * ("'bot nets" further on is no mark) */
                    depth += first_stop == SIZE_MAX;
                    break;
                }
                if (open == M_ASCII1 && c == '\'' && precis_is_space(prev) && next >= 'A' &&
                    next <= 'Z' && i >= b + 2 && (s[i - 2] == ',' || s[i - 2] == ':') &&
                    s[open_at + open_len] >= 'A' && s[open_at + open_len] <= 'Z') {
                    /* a plain mark opening a capitalized word after a comma
                     * or a colon inside speech: words reported inside it ("I
                     * thought, 'I'm crying', but", "then chant: 'We love
                     * you' - it is"), whose closing mark, not after a comma
                     * or a stop, does not close the outer one */
                    depth++;
                    break;
                }
                closes = c == '\'' && !precis_is_space(prev) &&
                         (!is_alnum_cp(next) || !elision_after(s, b, i, i + n, e)) &&
                         !possessive_mark(s, b, e, open_at + open_len, i, n, prev, 1);
                if (closes && depth > 0 && open == M_ASCII1 && prev != ',' && prev != '.' &&
                    prev != '!' && prev != '?') {
                    depth--; /* the nested one closes, not after the speech's own comma or stop */
                    closes = 0;
                }
                if (closes && open == M_ASCII1 && is_letter_cp(prev) && first_stop != SIZE_MAX &&
                    s[open_at + open_len] >= 'A' && s[open_at + open_len] <= 'Z') {
                    /* a mark glued to a word's end closing speech that ran
                     * past its sentences over a caption run in ("… seasons.
                     * And maybe … why Both the … City players' heads drop"):
                     * the quotation ends at the last stop before it */
                    size_t stop = run_in_before(s, first_stop, i, &ri_at, &ri_stop);
                    if (stop != SIZE_MAX && stop > open_at) {
                        if (close_at_stop(out, s, stop, i, open_at, open_len, open, cont) != 0)
                            return -1;
                        open = -1;
                        closes = 0;
                    }
                }
                /* a curly mark after the speech's comma or stop, before a
                 * space, closes a plain one too: "'Would you say?’ she
                 * asked" (M_SINGLE's converse) */
                if (open == M_ASCII1 && c == 0x2019 &&
                    (prev == ',' || prev == '.' || prev == '!' || prev == '?') &&
                    (next == 0 || precis_is_space(next)))
                    closes = 1;
            }
        }
        /* the nested quotation closed before a comma: its opening mark
         * was the unpaired one and its closing mark closed the quotation
         * ("les marins "baignent … microbes", souligne X") */
        if (to_nest && depth == 0 && nest_end > nest_at + 1 && nest_end < e && s[nest_end] == ',' &&
            s[nest_end - 2] != ' ') {
            if (push_span(out, (span){open_at, open_len, nest_end - 1, 1, open, cont}) != 0)
                return -1;
            open = -1;
            i = nest_end;
            nest_len = 0;
            last_stop = SIZE_MAX;
            continue;
        }
        if (to_nest) {
            if (push_span(out, (span){open_at, open_len, nest_at, nest_len, open, cont}) != 0)
                return -1;
            open = -1;
            /* the scan resumes inside the span: every later question asks
             * from a mark opened past this point, where the stops are
             * scanned again */
            i = nest_at + nest_len;
            nest_len = 0;
            last_stop = SIZE_MAX;
            continue;
        }
        if (opens >= 0) {
            open = opens;
            open_at = i;
            open_len = n;
            depth = 0;
            nest_len = 0;
            first_stop = SIZE_MAX;
            ri_at = SIZE_MAX;
            cont = split;
            split = 0;
        } else if (closes) {
            if (push_span(out, (span){open_at, open_len, i, n, open, cont}) != 0) return -1;
            open = -1;
        }
        i += n;
    }
    /* a straight quotation left open whose nested one closed before a
     * comma or a stop: the nested mark was never paired and that mark
     * closed the quotation ("« … c'est "le pompon!". » with the outer
     * close lost) */
    if (open == M_ASCII2 && nest_len && depth == 0 && nest_end > b + 1 && s[nest_end - 2] != ' ' &&
        nest_end < e && (s[nest_end] == ',' || s[nest_end] == '.')) {
        if (push_span(out, (span){open_at, open_len, nest_end - 1, 1, open, cont}) != 0) return -1;
        open = -1;
    }
    /* a quotation run over paragraphs, only the last closed: a mark left
     * open when the paragraph ends a sentence and the next one (text[nb,
     * ne)) opens with the same mark ends at the paragraph's end */
    if (open >= 0) {
        size_t p = e;
        while (p > open_at + open_len && precis_is_space(s[p - 1]))
            p--;
        while (nb < ne && precis_is_space(s[nb]))
            nb++;
        uint32_t c = 0;
        if (nb < ne) precis_utf8_next(s + nb, ne - nb, &c);
        if (p > open_at + open_len && (s[p - 1] == '.' || s[p - 1] == '!' || s[p - 1] == '?') &&
            opener_of(open, c)) {
            if (push_span(out, (span){open_at, open_len, nb, 0, open, cont}) != 0)
                return -1; /* as a mark opening the next */
        }
    }
    return 0;
}

/* ----------------------------------------------------------------- tokens */

typedef struct q_run {
    const precis_quoter *q;
    const precis_quote_input *in;
    uint32_t *tags;         /* T_* per token */
    size_t *sent_of;        /* sentence index per token */
    unsigned char *cap_mid; /* per term: seen capitalized inside a sentence */
    unsigned char *breaks;  /* per token: broken's answer plus one, 0 not asked yet */
    long *ent;              /* per token: its entity (in->ents), or -1; NULL without */
    size_t *ent_first;      /* per entity: its first token in ent, or SIZE_MAX */
    /* the last quotation of out with a speaker (SIZE_MAX: none), out read
     * up to spoke_seen: consider only appends, so each is read once */
    size_t spoke_last, spoke_seen;
    /* the last speaker named, for pronouns */
    size_t last_off, last_len, last_sent;
    int last_kind; /* PRECIS_SPEAKER_NONE: no speaker yet */
    long last_ent; /* its entity, or -1 */
    int last_doc;  /* the last speaker is a text read (document_read, read_nouns): no "he" */
    /* the last speaker that is a person's entity (pers_ent -1: none yet) */
    size_t pers_off, pers_len, pers_sent;
    long pers_ent;
    size_t first_person; /* the first token of a person's mention, or SIZE_MAX */
    signed char *gender; /* per entity: 0 a woman, 1 a man, -1 not known, 2 not asked yet */
    size_t *outer;       /* per sentence: those before it with words outside quotations */
    /* the last pronoun resolved for a quotation (SIZE_MAX: none), what it
     * stood for, and where that quotation closed (its closing mark's end) */
    size_t pron_at, pron_first, pron_last, pron_end;
    int pron_kind;
    precis_vec heads; /* size_t: indices in out of headings kept for repeating words quoted */
    /* per Q_BLOCK bytes of the text, the first token at or after the
     * block's first byte (tok_at[k] for block k, k <= n_blocks - 1, the
     * last being in->n_toks); NULL without tokens */
    uint32_t *tok_at;
    size_t n_blocks;
} q_run;

/* precis_fold_to(text of tokens [a, b], out, cap), by
 * precis_quote_fold_span when it can. */
static size_t span_fold_to(const precis_quote_input *in, size_t a, size_t b, char *out,
                           size_t cap) {
    const precis_token *t = in->toks;
    size_t from = t[a].off, n = t[b].off + t[b].len - from;
    size_t m = precis_quote_fold_span(in, a, n, out, cap);
    return m != SIZE_MAX ? m : precis_fold_to(in->text + from, n, out, cap);
}

/* Sentences with words outside quotations in [a, b); SIZE_MAX when a > b. */
static size_t gap(const q_run *r, size_t a, size_t b) {
    return a > b ? SIZE_MAX : r->outer[b] - r->outer[a];
}

/* The first token of the earliest sentence q <= s with gap(q, s) <= n. */
static size_t back(const q_run *r, size_t s, size_t n) {
    size_t lo = 0, hi = s;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->outer[s] - r->outer[mid] > n)
            lo = mid + 1;
        else
            hi = mid;
    }
    return r->in->sents[lo].tok_begin;
}

/* First token starting at or after byte off: precis_quote_tok_from's
 * answer, searched only among the tokens that start in off's block
 * (tok_at), a few halvings instead of some ten over the whole article
 * (asked some thirty times a quotation). */
static size_t tok_from(const q_run *r, size_t off) {
    if (!r->tok_at) return precis_quote_tok_from(r->in, off);
    size_t blk = off >> Q_BLOCK_SHIFT;
    if (blk + 1 >= r->n_blocks) return r->in->n_toks; /* past the last token's start */
    const precis_token *t = r->in->toks, *base = t + r->tok_at[blk];
    size_t n = r->tok_at[blk + 1] - r->tok_at[blk];
    if (n == 0) return r->tok_at[blk];
    while (n > 1) {
        size_t half = n / 2;
        base = base[half].off < off ? base + half : base;
        n -= half;
    }
    return (size_t)(base - t) + (base->off < off);
}

/* The blocks' first tokens (tok_at), without a branch to mispredict: each
 * token written on its block, from the last to the first so that the
 * first of a block stays; then, from the last block back, a block where
 * no token starts takes the next block's (the smaller of the two: one
 * where a token starts holds a smaller index than any block after it). */
static void index_tokens(q_run *r) {
    const precis_token *t = r->in->toks;
    uint32_t *at = r->tok_at;
    size_t n = r->in->n_toks, nb = r->n_blocks;
    memset(at, 0xFF, nb * sizeof *at);
    at[nb - 1] = (uint32_t)n;
    for (size_t k = n; k-- > 0;)
        at[t[k].off >> Q_BLOCK_SHIFT] = (uint32_t)k;
    for (size_t b = nb - 1; b-- > 0;)
        at[b] = at[b] < at[b + 1] ? at[b] : at[b + 1];
}

/* Whether the bytes between tokens i and i+1 break a clause: any
 * punctuation but an apostrophe, a hyphen or a full stop of an initial. */
static int break_test(const q_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    const unsigned char *s = (const unsigned char *)r->in->text;
    for (size_t k = t[i].off + t[i].len; k < t[i + 1].off;) {
        uint32_t c;
        size_t n = precis_utf8_next(s + k, t[i + 1].off - k, &c);
        if (!precis_is_space(c) && c != '-' && c != '\'' && c != 0x2019 && c != '.') return 1;
        if (c == '.' && t[i].len > 2) return 1; /* "M." and "J." stay, a word's period ends */
        k += n;
    }
    return 0;
}

/* (asked of the same tokens many times: answered once per token; before
 * the first token, i == SIZE_MAX, the text's start is a break too: a name
 * run found from inside a window may start at token 0) */
static int broken(const q_run *r, size_t i) {
    if (i == SIZE_MAX || i + 1 >= r->in->n_toks) return 1;
    if (!r->breaks[i]) r->breaks[i] = (unsigned char)(break_test(r, i) + 1);
    return r->breaks[i] - 1;
}

/* Whether a comma follows token i right after it (the text is
 * NUL-terminated: the last token's byte after it is read too). */
static int comma_follows(const q_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    return r->in->text[t->off + t->len] == ',';
}

/* Whether a comma stands between tokens i-1 and i. */
static int comma_before(const q_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    return i > 0 && memchr(r->in->text + t[i - 1].off + t[i - 1].len, ',',
                           t[i].off - (t[i - 1].off + t[i - 1].len)) != NULL;
}

static int name_tok(const q_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    if (r->tags[i] & T_CAPTION) return 0;
    if (r->ent && r->ent[i] >= 0) return 1; /* the entities stage's word ("B.B. King") */
    if (!(t->flags & PRECIS_TOK_CAP) || !(t->flags & PRECIS_TOK_WORD) ||
        (t->flags & (PRECIS_TOK_NUM | PRECIS_TOK_STOP)) || (r->tags[i] & (T_CUE | T_NOTNAME)))
        return 0;
    if (!(r->tags[i] & T_ROLE)) return 1;
    /* a surname that is a title ("King said"): capitalized inside the
     * sentence, right before a cue, after no determiner nor title */
    return !(t->flags & PRECIS_TOK_FIRST) && i > 0 && i + 1 < r->in->n_toks &&
           (r->tags[i + 1] & T_CUE) && !broken(r, i) && !(r->tags[i - 1] & (T_DET | T_ROLE)) &&
           !(r->in->toks[i - 1].flags & PRECIS_TOK_CAP);
}

static size_t run_start(const q_run *r, size_t i);
static size_t run_end(const q_run *r, size_t i);

/* The name run through token i, when it is a name: a capital opening a
 * sentence ("Bien sûr", "Selon") is one only if the word is capitalized
 * inside a sentence elsewhere in the article, or the run has two words. */
/* Whether token i ends with a possessive 's ("McHenry's"). */
static int possessive(const q_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    const char *w = r->in->text + t->off;
    return (t->len > 2 && w[t->len - 2] == '\'' && w[t->len - 1] == 's') ||
           (t->len > 4 && !memcmp(w + t->len - 4, "\xE2\x80\x99s", 4));
}

/* A one-word run directly followed by a lower-case word that is not a cue,
 * where adjectives come first, is an adjective: "Scottish independence". */
static int adjective(const q_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    return r->q->adj_before && i + 1 < r->in->n_toks && !broken(r, i) &&
           (t[i + 1].flags & PRECIS_TOK_WORD) &&
           !(t[i + 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP | PRECIS_TOK_NUM)) &&
           !(r->tags[i + 1] & T_CUE);
}

static int name_at(const q_run *r, size_t i, size_t *first, size_t *last) {
    if (!name_tok(r, i)) return 0;
    *first = run_start(r, i);
    *last = run_end(r, i);
    const precis_token *t = &r->in->toks[*first];
    /* (an entity's mention is a name: "Stancil fired back") */
    if (*last == *first && adjective(r, *last) && !(r->ent && r->ent[*last] >= 0)) return 0;
    /* the end of a lower-case compound: "a neo-Nazi", "anti-Obama" */
    if (*first > 0 && t->off > 0 && r->in->text[t->off - 1] == '-' &&
        t[-1].off + t[-1].len + 1 == t->off && !(t[-1].flags & PRECIS_TOK_CAP))
        return 0;
    return *last > *first || !(t->flags & PRECIS_TOK_FIRST) || r->cap_mid[t->term];
}

/* A capitalized stop word between two name words: "Le" of "Marine Le Pen". */
static int particle(const q_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    return i > 0 && i + 1 < r->in->n_toks && (t[i].flags & PRECIS_TOK_CAP) &&
           (t[i].flags & PRECIS_TOK_STOP) && !(t[i].flags & PRECIS_TOK_FIRST) &&
           name_tok(r, i - 1) && name_tok(r, i + 1) && !broken(r, i - 1) && !broken(r, i);
}

/* The name run that ends at token i (a name word): its first token. */
static size_t run_start(const q_run *r, size_t i) {
    size_t end = i;
    while (i > 0 && end - i + 1 < Q_NAME && !broken(r, i - 1) &&
           r->sent_of[i - 1] == r->sent_of[i] && (name_tok(r, i - 1) || particle(r, i - 1)))
        i--;
    return i;
}

static size_t run_end(const q_run *r, size_t i) {
    size_t first = i;
    while (i + 1 < r->in->n_toks && i - first + 1 < Q_NAME && !broken(r, i) &&
           r->sent_of[i + 1] == r->sent_of[i] && (name_tok(r, i + 1) || particle(r, i + 1)))
        i++;
    return i;
}

/* ---------------------------------------------------------------- speaker */

typedef struct found {
    int kind;           /* PRECIS_SPEAKER_*, or -1: a pronoun at token `at` */
    size_t first, last; /* tokens */
    size_t at;
} found;

/* The last speaker's words (last_off, last_len) as tokens, of kind kind. */
static found last_found(const q_run *r, int kind) {
    size_t i = tok_from(r, r->last_off);
    return (found){kind, i, tok_from(r, r->last_off + r->last_len) - 1, i};
}

static int ent_type(const q_run *r, long e) {
    return r->in->ents[e].type;
}

/* The first token, from lo, of the run of tokens up to i that belong to
 * the entity token i belongs to (i itself when the one before does not). */
static size_t mention_first(const q_run *r, size_t i, size_t lo) {
    long e = r->ent[i];
    while (i > lo && r->ent[i - 1] == e)
        i--;
    return i;
}

/* The last token, before hi, of the run of tokens from i on that belong to
 * the entity token i belongs to (i itself when the next does not). */
static size_t mention_last(const q_run *r, size_t i, size_t hi) {
    long e = r->ent[i];
    while (i + 1 < hi && r->ent[i + 1] == e)
        i++;
    return i;
}

static long found_entity(const q_run *r, const found *f);

/* A place named by the entities stage: seldom a speaker. */
static int is_place(const q_run *r, const found *f) {
    long e = found_entity(r, f);
    return e >= 0 && ent_type(r, e) == PRECIS_ENT_PLACE;
}

/* A work, an event or a product named by the entities stage: no speaker
 * ("Après la Seconde Guerre mondiale, elle était « … »"). */
static int is_other(const q_run *r, const found *f) {
    long e = found_entity(r, f);
    return e >= 0 && ent_type(r, e) == PRECIS_ENT_OTHER;
}

/* The entity a found speaker stands for: one of a name's tokens, or the
 * name right after a descriptor's determiner ("le Conseil
 * constitutionnel", "l'OMS"). -1: none. */
static long found_entity(const q_run *r, const found *f) {
    if (!r->ent) return -1;
    if (f->kind == PRECIS_SPEAKER_NAME)
        for (size_t j = f->first; j <= f->last; j++)
            if (r->ent[j] >= 0) return r->ent[j];
    if (f->kind == PRECIS_SPEAKER_DESCRIPTOR && (r->tags[f->first] & T_DET) &&
        f->first + 1 <= f->last && r->ent[f->first + 1] == r->ent[f->last])
        return r->ent[f->first + 1];
    return -1;
}

/* The speaker of out: an entity by its name (its longest mention), else the
 * words found; it becomes the last speaker. */
static int acronym(const q_run *r, size_t i);

/* Words in capitals all through in [off, off+len) of two letters or more:
 * two of them are a heading glued to the text ("SCROLL DOWN FOR VIDEO"),
 * not a name. */
static int shouting(const char *x, size_t off, size_t len) {
    int words = 0, caps = 0, lower = 0;
    for (size_t i = off; i <= off + len; i++) {
        char c = i < off + len ? x[i] : ' ';
        if (c == ' ') {
            words += caps >= 2 && !lower;
            caps = lower = 0;
        } else {
            caps += c >= 'A' && c <= 'Z';
            lower += c >= 'a' && c <= 'z';
        }
    }
    return words;
}

/* A speaker is no heading: capitals opening a name are dropped
 * ("AUSTRALIA'S UNDERARM BALL Benaud"), a name of capitals only is none. */
static found no_heading(const q_run *r, found f) {
    if (f.kind != PRECIS_SPEAKER_NAME && f.kind != PRECIS_SPEAKER_DESCRIPTOR) return f;
    size_t caps = 0;
    for (size_t j = f.first; j <= f.last; j++)
        caps += (size_t)acronym(r, j);
    if (caps < 2) return f;
    while (f.first < f.last && acronym(r, f.first))
        f.first++;
    if (acronym(r, f.first)) f.kind = PRECIS_SPEAKER_NONE;
    f.at = f.first;
    return f;
}

/* Whether from's speaker is named inside q's quoted words. */
static int speaker_inside(const precis_quote *q, const precis_quote *from) {
    return from->speaker_off < q->off + q->len && from->speaker_off + from->speaker_len > q->off;
}

/* Quotation `to` takes `from`'s speaker (words and entity; the caller
 * decides whether it is firm). */
static void copy_speaker(precis_quote *to, const precis_quote *from) {
    to->speaker_kind = from->speaker_kind;
    to->speaker_off = from->speaker_off;
    to->speaker_len = from->speaker_len;
    to->entity = from->entity;
}

static int participle_e(const q_run *r, size_t i);
static size_t group_end(const q_run *r, size_t first);

/* The last token of a person's descriptor ending at token last, with its
 * restrictive participle and agent (French): "l'homme interrogé par le site
 * X", "des proches du septuagénaire cités par le Mirror" (not a document's:
 * "l'avis de recherche diffusé par la police"); last when none. */
static size_t agent_end(const q_run *r, size_t last) {
    size_t n = r->in->n_toks, s = r->sent_of[last], j = last + 3;
    const precis_token *t = r->in->toks;
    if (r->q->adj_before || j >= n || r->sent_of[j] != s || broken(r, last) ||
        broken(r, last + 1) || broken(r, last + 2) || !(r->tags[last + 2] & T_AGENT) ||
        (t[last + 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) ||
        ((r->tags[last + 1] | r->tags[last + 2] | r->tags[j]) & T_QUOTED) ||
        !participle_e(r, last + 1))
        return last;
    if (r->tags[j] & T_DET) {
        size_t g = group_end(r, j);
        return g == SIZE_MAX || g <= j ? last : g;
    }
    return r->ent && r->ent[j] >= 0 ? mention_last(r, j, n) : last;
}

static void set_span(q_run *r, const found *f, precis_quote *out) {
    const precis_token *t = r->in->toks;
    long e = found_entity(r, f);
    out->entity = e;
    out->speaker_kind = e >= 0 ? PRECIS_SPEAKER_NAME : f->kind;
    /* an entity whose name holds a heading is named by the words found */
    if (e >= 0 && shouting(r->in->text, r->in->ents[e].name_off, r->in->ents[e].name_len) >= 2) {
        out->speaker_off = t[f->first].off;
        out->speaker_len = t[f->last].off + t[f->last].len - t[f->first].off;
    } else if (e >= 0) {
        out->speaker_off = r->in->ents[e].name_off;
        out->speaker_len = r->in->ents[e].name_len;
    } else {
        size_t l = f->last;
        for (size_t j = f->first; f->kind == PRECIS_SPEAKER_DESCRIPTOR && j <= f->last; j++)
            if (r->tags[j] & (T_PERSON | T_PEOPLE)) {
                l = agent_end(r, f->last);
                break;
            }
        out->speaker_off = t[f->first].off;
        out->speaker_len = t[l].off + t[l].len - t[f->first].off;
    }
    if (f->kind != PRECIS_SPEAKER_NONE) {
        r->last_kind = out->speaker_kind;
        r->last_off = t[f->first].off;
        r->last_len = t[f->last].off + t[f->last].len - t[f->first].off;
        /* recency counts from the quotation: a pronoun's name may be far */
        size_t qi = tok_from(r, out->off);
        r->last_sent = r->sent_of[f->first];
        if (qi < r->in->n_toks && r->sent_of[qi] > r->last_sent) r->last_sent = r->sent_of[qi];
        r->last_ent = e;
        if (e >= 0 && ent_type(r, e) == PRECIS_ENT_PERSON) {
            r->pers_off = r->last_off;
            r->pers_len = r->last_len;
            r->pers_sent = r->last_sent;
            r->pers_ent = e;
        }
    }
}

/* The nearest mention before token k (from token lo, outside quotations)
 * of an entity of type want (-1: a person or an organisation). */
static found entity_before(const q_run *r, size_t k, size_t lo, int want) {
    if (r->ent)
        for (size_t j = k; j-- > lo;) {
            long e = r->ent[j];
            if (e < 0 || (r->tags[j] & T_QUOTED)) continue;
            int ty = ent_type(r, e);
            if (want >= 0 ? ty != want : ty != PRECIS_ENT_PERSON && ty != PRECIS_ENT_ORG) continue;
            size_t a = mention_first(r, j, lo);
            return (found){PRECIS_SPEAKER_NAME, a, j, a};
        }
    return (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
}

static int cue_next_to(const q_run *r, size_t a, size_t b);

/* The nearest organisation before token k (from lo, outside quotations)
 * that a noun of its kind may stand for: not one named as the channel
 * ("via une publication sur Twitter"); a one-word name after a determiner
 * is one whatever its type ("Le Sidaction a réagi"). */
static found body_before(const q_run *r, size_t k, size_t lo) {
    if (r->ent)
        for (size_t j = k; j-- > lo;) {
            long e = r->ent[j];
            if (e < 0 || (r->tags[j] & T_QUOTED)) continue;
            size_t a = mention_first(r, j, lo);
            int ty = ent_type(r, e);
            size_t h = a > lo && (r->tags[a - 1] & T_DET) ? a - 1 : a;
            int det = h < a && a == j && !broken(r, h);
            j = a;
            if (ty != PRECIS_ENT_ORG && !(det && ty != PRECIS_ENT_PLACE)) continue;
            if (h > lo && (r->tags[h - 1] & T_CHAN)) continue;
            return (found){PRECIS_SPEAKER_NAME, a, mention_last(r, a, k), a};
        }
    return (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
}

/* A word of two capitals or more and no lower-case letter: "NASA", "USGS". */
static int acronym(const q_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    const char *w = r->in->text + t->off;
    int caps = 0;
    for (size_t k = 0; k < t->len; k++) {
        if (w[k] >= 'a' && w[k] <= 'z') return 0;
        caps += w[k] >= 'A' && w[k] <= 'Z';
    }
    return caps >= 2;
}

/* The nearest mention before token k (from token lo, outside quotations)
 * of an entity of type want next to a reporting cue. */
static found speaking_before(const q_run *r, size_t k, size_t lo, int want) {
    if (r->ent)
        for (size_t j = k; j-- > lo;) {
            long e = r->ent[j];
            /* organisations are often typed "other" ("Economie" of
             * "ministère de l'Economie"), or person when an acronym speaks
             * ("NASA said") */
            if (e < 0 || (r->tags[j] & T_QUOTED) ||
                (ent_type(r, e) != want &&
                 !(want == PRECIS_ENT_ORG &&
                   (ent_type(r, e) == PRECIS_ENT_OTHER ||
                    (ent_type(r, e) == PRECIS_ENT_PERSON && acronym(r, j))))))
                continue;
            size_t a = mention_first(r, j, lo);
            if (cue_next_to(r, a, j)) return (found){PRECIS_SPEAKER_NAME, a, j, a};
            j = a;
        }
    return (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
}

static int bracket_gap(const q_run *r, size_t i);

/* Whether a place's name opens at token i in brackets of its own after
 * token i-1 (fr): "de Prayssac (Lot)"; or, with acro, an acronym: "du
 * Centre de contrôle des maladies (CDC)". */
static int place_in_brackets(const q_run *r, size_t i, int acro) {
    if (r->q->adj_before || !r->ent || i == 0 || i >= r->in->n_toks || !bracket_gap(r, i - 1) ||
        (r->tags[i] & T_QUOTED) ||
        !((r->ent[i] >= 0 && ent_type(r, r->ent[i]) == PRECIS_ENT_PLACE) ||
          (acro && acronym(r, i))) ||
        !memchr(r->in->text + r->in->toks[i - 1].off, '(',
                r->in->toks[i].off - r->in->toks[i - 1].off))
        return 0;
    size_t y = r->ent[i] >= 0 ? mention_last(r, i, r->in->n_toks) : i;
    return r->in->text[r->in->toks[y].off + r->in->toks[y].len] == ')';
}

/* Whether the role word of term `role` is given with the name at tokens
 * [a, j] (before hi): in the group before it made of joiners, determiners,
 * capitalized words and an adjective after the role ("la procureure de la
 * République de Vienne Claire X") or of any words up to an apposition's
 * comma ("la porte-parole du ministère, Agnès X"), or among the 4 words
 * right after it ("Emmanuel Grégoire, le premier adjoint"). The last word
 * of the descriptor's complement, comp (UINT32_MAX: none), comes with it:
 * "le président de la République" is not "le président américain X". */
static int role_given(const q_run *r, size_t a, size_t j, size_t hi, uint32_t role, uint32_t comp) {
    const precis_token *t = r->in->toks;
    int comma = a > 0 && broken(r, a - 1), seen = comp == UINT32_MAX;
    /* after a comma, a role's long complement: "l'historien et membre de
     * la direction nationale du parti, Guy X" */
    for (size_t i = a, w = 0; i-- > 0 && w < (comma && !r->q->adj_before ? 2 * Q_PHRASE : Q_PHRASE);
         w++) {
        /* past the phrase, no clause between: no person, copula nor stop
         * glued to the next word ("le septuagénaire.Assis …, Jorge") */
        if (comma && !r->q->adj_before && (r->tags[i] & (T_COPULA | T_REL | T_PRON))) break;
        if (w >= Q_PHRASE &&
            ((r->ent && r->ent[i] >= 0 && ent_type(r, r->ent[i]) == PRECIS_ENT_PERSON) ||
             memchr(r->in->text + t[i].off + t[i].len, '.', t[i + 1].off - t[i].off - t[i].len)))
            break;
        if (t[i].term == role && (r->tags[i] & (T_PERSON | T_ROLE))) return seen;
        seen |= t[i].term == comp;
        /* a place in brackets inside: "le maire de Prayssac (Lot), Claude
         * X" (fr) */
        if ((r->tags[i] & (T_QUOTED | T_CUE)) ||
            (i + 1 < a && broken(r, i) && !place_in_brackets(r, i + 1, 1)) ||
            r->sent_of[i] != r->sent_of[a])
            break;
        /* without the comma, one adjective right after the role ("la
         * ministre déléguée Jane X"), no other word: "l'avocat de la famille
         * de Jean X" does not give Jean X the role */
        /* (in English an adjective comes before: "A spokesman for Jo X"
         * does not make Jo X the spokesman) */
        if (!comma && !(r->tags[i] & (T_JOIN | T_DET | T_ROLE | T_PERSON)) &&
            !(t[i].flags & PRECIS_TOK_CAP) &&
            !(i > 0 && t[i - 1].term == role && !r->q->adj_before))
            break;
    }
    for (size_t i = j + 1; i < hi && i <= j + 4; i++)
        if (t[i].term == role && (r->tags[i] & (T_PERSON | T_ROLE))) {
            for (size_t c = i + 1; !seen && c < hi && c <= i + 6 && !broken(r, c - 1); c++)
                seen = t[c].term == comp;
            return seen;
        }
    return 0;
}

static int modifier(const q_run *r, size_t h, size_t lo);
static int spaced(const q_run *r, size_t k, size_t before, size_t open);

/* Whether list l holds token k, or the compound joined by a hyphen that
 * ends at k ("sacro-sainte"); *first: the compound's first token. */
static int listed_compound(const q_run *r, const precis_wordlist *l, size_t k, size_t *first) {
    const precis_quote_input *in = r->in;
    *first = k;
    if (!l) return 0;
    if (precis_wordlist_has(l, in->folded + in->toks[k].fold, precis_quote_folded(in, k))) return 1;
    if (k == 0) return 0;
    const precis_token *t = &in->toks[k], *p = &in->toks[k - 1];
    if (t->off != p->off + p->len + 1 || in->text[p->off + p->len] != '-') return 0;
    char key[64];
    if (t->off + t->len - p->off > sizeof key) return 0;
    size_t kn = span_fold_to(in, k - 1, k, key, sizeof key);
    if (!kn || !precis_wordlist_has(l, key, kn)) return 0;
    *first = k - 1;
    return 1;
}

static int same_premodifier(const q_run *r, const found *g, uint32_t role, uint32_t pre);

/* The person whose mention holds token j, when it was given the role (same_role). */
static found role_holder(const q_run *r, size_t j, size_t lo, size_t hi, uint32_t role,
                         uint32_t comp, uint32_t pre, size_t *a_out, size_t *b_out) {
    size_t a = mention_first(r, j, lo), b = mention_last(r, j, hi);
    *a_out = a;
    *b_out = b;
    /* "vêtu d'un costume Mao, le milliardaire a": a noun's modifier is
     * given no role */
    found g = {PRECIS_SPEAKER_NAME, a, b, a};
    if (!modifier(r, a, 0) && role_given(r, a, b, hi, role, comp) &&
        (pre == UINT32_MAX || same_premodifier(r, &g, role, pre)))
        return g;
    return (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
}

/* The nearest person in tokens [lo, hi) (outside quotations) given with the
 * role word of term `role` (after a word of term pre unless UINT32_MAX),
 * looking back from hi, or forward from lo when fwd (the role named before the name: "a relevé la
 * porte-parole" … "la porte-parole du ministère, Agnès X"). (The walk is
 * over up to the whole article, most tokens no entity's: one loop a
 * direction, the entity's test first.) */
static found same_role(const q_run *r, size_t lo, size_t hi, uint32_t role, uint32_t comp, int fwd,
                       uint32_t pre) {
    const long *ent = r->ent;
    const uint32_t *tags = r->tags;
    size_t a, b;
    if (fwd) {
        for (size_t j = lo; j < hi; j++) {
            if (ent[j] < 0 || (tags[j] & T_QUOTED) || ent_type(r, ent[j]) != PRECIS_ENT_PERSON)
                continue;
            found g = role_holder(r, j, lo, hi, role, comp, pre, &a, &b);
            if (g.kind != PRECIS_SPEAKER_NONE) return g;
            j = b; /* past the mention */
        }
    } else {
        for (size_t j = hi; j-- > lo;) {
            if (ent[j] < 0 || (tags[j] & T_QUOTED) || ent_type(r, ent[j]) != PRECIS_ENT_PERSON)
                continue;
            found g = role_holder(r, j, lo, hi, role, comp, pre, &a, &b);
            if (g.kind != PRECIS_SPEAKER_NONE) return g;
            j = a; /* before the mention */
        }
    }
    return (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
}

static signed char entity_gender(const q_run *r, size_t e);

/* The first of the lower-case words right before token x (fewer than max,
 * in its clause, no determiner among them): the token a determiner of x's
 * group would stand before. */
static size_t lower_words_back(const q_run *r, size_t x, size_t max) {
    size_t d = x;
    while (d > 0 && x - d < max && !broken(r, d - 1) && !(r->tags[d - 1] & T_DET) &&
           (r->in->toks[d - 1].flags & PRECIS_TOK_WORD) &&
           !(r->in->toks[d - 1].flags & PRECIS_TOK_CAP))
        d--;
    return d;
}

/* Whether the noun at token t is said of a subject: an indefinite
 * determiner's group after a copula, lower-case words between ("has been a
 * police officer", "is an officer"; en). */
static int predicate_noun(const q_run *r, size_t t) {
    size_t d = lower_words_back(r, t, 4);
    return d > 1 && (r->tags[d - 1] & T_DET) && !(r->tags[d - 1] & (T_DEF | T_POSS)) &&
           !broken(r, d - 2) && (r->tags[d - 2] & T_COPULA);
}

/* The nearest person before token k (from lo, outside quotations) not
 * given the role of token head with another complement than comp: "le
 * président de la République" is not "le président américain X". */
static found other_role_before(const q_run *r, size_t k, size_t lo, size_t head, uint32_t comp) {
    uint32_t role = r->in->toks[head].term;
    found comp_g = {PRECIS_SPEAKER_NONE, 0, 0, 0}; /* a noun's complement, the last resort */
    for (size_t j = k; j-- > lo;) {
        found g = entity_before(r, j + 1, lo, PRECIS_ENT_PERSON);
        if (g.kind == PRECIS_SPEAKER_NONE) break;
        size_t b = mention_last(r, g.last, k);
        j = g.first;
        if (modifier(r, g.first, lo) ||
            !(comp == UINT32_MAX || !role_given(r, g.first, b, k, role, UINT32_MAX) ||
              role_given(r, g.first, b, k, role, comp)))
            continue;
        /* a name right after another role's title is that office's holder
         * (en): "the prime minister said" is not "President Bush" */
        if (r->q->adj_before && g.first > lo && !broken(r, g.first - 1) &&
            (r->tags[g.first - 1] & T_PERSON) &&
            (r->in->toks[g.first - 1].flags & PRECIS_TOK_CAP) &&
            r->in->toks[g.first - 1].term != role)
            continue;
        /* a person completing a noun ("la mort à Minneapolis de X") is
         * seldom the one a role stands for: a person before first, of
         * the determiner's gender (fr) */
        if (!r->q->adj_before && g.first > lo + 1 && (r->tags[g.first - 1] & T_JOIN) &&
            !(r->tags[g.first - 1] & T_DET) && !(r->tags[g.first - 2] & (T_CUE | T_QUOTED)) &&
            !broken(r, g.first - 2)) {
            if (comp_g.kind == PRECIS_SPEAKER_NONE) comp_g = g;
            continue;
        }
        /* the role's noun after the person, apart from an apposition,
         * names others (en): "X … telling officers his name. The officer
         * says" is not X; not when said of a subject ("X, who has been a
         * police officer for years,") */
        for (size_t t = b + 4; r->q->adj_before && (r->tags[head] & (T_PERSON | T_ROLE)) && t < k;
             t++)
            if (r->in->toks[t].term == role && !(r->in->toks[t].flags & PRECIS_TOK_CAP) &&
                !(r->tags[t] & T_QUOTED) && !predicate_noun(r, t))
                return (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
        if (comp_g.kind != PRECIS_SPEAKER_NONE && r->ent) {
            const char *d = r->in->folded ? r->in->folded + r->in->toks[k].fold : NULL;
            size_t dl = d ? precis_quote_folded(r->in, k) : 0;
            int fem = dl == 2 && !memcmp(d, "la", 2), masc = dl == 2 && !memcmp(d, "le", 2);
            signed char gg = entity_gender(r, (size_t)r->ent[g.first]);
            if ((fem || masc) && gg >= 0 && gg != masc) return comp_g;
        }
        return g;
    }
    return comp_g;
}

/* The person whose name a body's mention opens, the body of the
 * descriptor f ("the United boss" after "Kingsford United manager Tomas
 * Reyes"), nearest first from lo. */
static found body_role_before(const q_run *r, const found *f, size_t lo) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    long body = -1;
    uint32_t word = 0; /* the body's last word: "United" of "Kingsford United" */
    for (size_t j = f->first + 1; j < f->last && (body < 0 || r->ent[j] == body); j++)
        if (r->ent[j] >= 0 && ent_type(r, r->ent[j]) != PRECIS_ENT_PERSON) {
            body = r->ent[j];
            word = r->in->toks[j].term;
        }
    if (body < 0) return none;
    for (size_t j = f->first; j-- > lo;) {
        long e = r->ent[j];
        if (e < 0 || (r->tags[j] & T_QUOTED) || ent_type(r, e) != PRECIS_ENT_PERSON) continue;
        size_t a = mention_first(r, j, lo);
        /* the body, then a role word or two, then the name */
        for (size_t k = a; k-- > lo && a - k <= 3 && !broken(r, k);)
            if (r->ent[k] == body || (r->ent[k] >= 0 && r->in->toks[k].term == word &&
                                      ent_type(r, r->ent[k]) != PRECIS_ENT_PERSON))
                return (found){PRECIS_SPEAKER_NAME, a, j, a};
        j = a;
    }
    return none;
}

/* Whether the role word of term role given to the name g, in the 4 words
 * before it or after it, follows a word of term pre. */
static int same_premodifier(const q_run *r, const found *g, uint32_t role, uint32_t pre) {
    const precis_token *t = r->in->toks;
    for (size_t i = g->first, w = 0; i-- > 0 && w < 4 && !broken(r, i); w++)
        if (t[i].term == role) return i > 0 && t[i - 1].term == pre;
    for (size_t i = g->last + 1; i < r->in->n_toks && i <= g->last + 4; i++) {
        if (t[i].term == role) return t[i - 1].term == pre;
        if (broken(r, i) && i > g->last + 1) break;
    }
    return 1;
}

static int listed(const q_run *r, const precis_wordlist *l, size_t i);

/* Whether the title of the role at token head (its word before, pre, when
 * not UINT32_MAX) comes after a word of another office ("deputy",
 * "former") at token x's group and not at the descriptor's (from first to
 * head) or the other way round: "the prime minister" is not "Deputy Prime
 * Minister John X" (en). */
static int rank_differs(const q_run *r, size_t first, size_t head, uint32_t pre, const found *g) {
    if (!r->q->rank || g->kind != PRECIS_SPEAKER_NAME) return 0;
    const precis_token *t = r->in->toks;
    uint32_t role = t[head].term;
    size_t d = head - (pre != UINT32_MAX && head > first); /* the title's first word */
    int mine = d > first && listed(r, r->q->rank, d - 1);
    size_t i = SIZE_MAX;
    for (size_t k = g->first, w = 0; k-- > 0 && w < 4 && !broken(r, k); w++)
        if (t[k].term == role) {
            i = k;
            break;
        }
    for (size_t k = g->last + 1; i == SIZE_MAX && k < r->in->n_toks && k <= g->last + 4; k++) {
        if (t[k].term == role) i = k;
        if (broken(r, k) && k > g->last + 1) break;
    }
    if (i == SIZE_MAX) return 0;
    size_t e = i - (pre != UINT32_MAX && i > 0 && t[i - 1].term == pre);
    int theirs = e > 0 && !broken(r, e - 1) && listed(r, r->q->rank, e - 1);
    return mine != theirs;
}

/* Whether token i is a word of the quoter's list l. */
static int listed(const q_run *r, const precis_wordlist *l, size_t i) {
    return l && precis_wordlist_has(l, r->in->folded + r->in->toks[i].fold,
                                    precis_quote_folded(r->in, i));
}

/* The gender of the first name w[0, n) (precis_first_name_gender), -1 for
 * one the language gives either (data/en/quote-either-names.txt). */
static int first_name_gender(const precis_quoter *q, const char *w, size_t n) {
    if (q->either && precis_wordlist_has(q->either, w, n)) return -1;
    int g = precis_first_name_gender(q->names, w, n);
    /* a compound first name not listed takes its first part's gender in
     * French and the like: "François-Michel", "Marie-Laure" */
    const char *h = g < 0 && !q->adj_before ? memchr(w, '-', n) : NULL;
    if (h && h > w) g = first_name_gender(q, w, (size_t)(h - w));
    return g;
}

/* The gender of the first name opening the person's mention at token i. */
static int name_gender_at(const q_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    return first_name_gender(r->q, r->in->text + t->off, t->len);
}

/* A mother or a father named only in a pair of parents, nearest first
 * before token k (from lo): "her parents Sarah and John" … "Her mother
 * said" is Sarah, the first name of the parent's gender (data/en/
 * quote-mothers.txt, quote-fathers.txt, quote-parents.txt). */
static found parent_in_pair(const q_run *r, size_t lo, size_t k, size_t head) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    int want = listed(r, r->q->kin[0], head) ? 0 : listed(r, r->q->kin[1], head) ? 1 : -1;
    if (want < 0 || !r->ent) return none;
    const precis_token *t = r->in->toks;
    for (size_t j = k; j-- > lo;) {
        if ((r->tags[j] & T_QUOTED) || !listed(r, r->q->kin[2], j) || broken(r, j)) continue;
        /* the pair right after the noun: "parents Sarah and John"; a
         * mention of parents without one ("her parents say") is passed */
        size_t a = j + 1, b, c;
        if (a >= k || r->ent[a] < 0 || ent_type(r, r->ent[a]) != PRECIS_ENT_PERSON) continue;
        b = mention_last(r, a, k);
        c = b + 2;
        if (c >= k || broken(r, b) || !(r->tags[b + 1] & T_LINK) || t[b + 1].len != 3 ||
            r->ent[c] < 0 || ent_type(r, r->ent[c]) != PRECIS_ENT_PERSON)
            continue;
        int ga = name_gender_at(r, a), gc = name_gender_at(r, c);
        if (ga == want && gc != want) return (found){PRECIS_SPEAKER_NAME, a, b, a};
        if (gc == want && ga != want)
            return (found){PRECIS_SPEAKER_NAME, c, mention_last(r, c, k), c};
        return none;
    }
    return none;
}

/* A mother or a father stated the other way, nearest first before token
 * k (from lo): the person named before a possessive and a child's noun in
 * one sentence, of the parent's gender by first name: "Frank X spoke with
 * his son" … "the relieved father said" is Frank X (data/en/
 * quote-children.txt). */
static found parent_of_child(const q_run *r, size_t lo, size_t k, size_t head) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    int want = listed(r, r->q->kin[0], head) ? 0 : listed(r, r->q->kin[1], head) ? 1 : -1;
    if (want < 0 || !r->ent) return none;
    for (size_t j = k; j-- > lo + 2;) {
        if ((r->tags[j] & T_QUOTED) || !listed(r, r->q->kin[3], j) || !(r->tags[j - 1] & T_POSS))
            continue;
        size_t o = r->in->sents[r->sent_of[j]].tok_begin, x = j - 1;
        while (x-- > o && !(r->ent[x] >= 0 && ent_type(r, r->ent[x]) == PRECIS_ENT_PERSON))
            ;
        if (x < o || x >= j || (r->tags[x] & T_QUOTED)) return none;
        size_t a = mention_first(r, x, o);
        if (name_gender_at(r, a) != want) return none;
        return (found){PRECIS_SPEAKER_NAME, a, x, a};
    }
    return none;
}

static signed char entity_gender(const q_run *r, size_t e);

/* The article's most salient person, for a definite descriptor of an
 * office ("le chef du gouvernement", "l'ancienne ministre de l'Emploi")
 * that the article gives no named person (French): the main person of an
 * article about them is named once, then by their office. Not when that
 * person was given a role themselves ("le maire X": another office), nor
 * is said to speak nowhere (a cue next to a mention: the article is about
 * them, not their words), nor when the last speaker is at least half as
 * salient. */
static found office_holder(const q_run *r, const found *f, size_t head, uint32_t comp) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    const precis_quote_input *in = r->in;
    if (r->q->adj_before || !r->ent || !(r->tags[head] & T_ROLE)) return none;
    long e = -1;
    for (size_t i = 0; i < in->n_ents && e < 0; i++)
        if (in->ents[i].type == PRECIS_ENT_PERSON) e = (long)i;
    if (e < 0 || (r->last_kind == PRECIS_SPEAKER_NAME && r->last_ent >= 0 &&
                  (r->last_ent == e || in->ents[e].salience < 2 * in->ents[r->last_ent].salience)))
        return none;
    /* the determiner's gender against the person's ("la députée" is no
     * man) */
    const char *d = in->folded ? in->folded + in->toks[f->first].fold : NULL;
    size_t dl = d ? precis_quote_folded(in, f->first) : 0;
    int fem = (dl == 2 && !memcmp(d, "la", 2)) || (dl == 5 && !memcmp(d, "cette", 5));
    int masc = (dl == 2 && (!memcmp(d, "le", 2) || !memcmp(d, "ce", 2))) ||
               (dl == 3 && !memcmp(d, "cet", 3));
    if (r->gender && (fem || masc)) {
        if (r->gender[e] == 2) r->gender[e] = entity_gender(r, (size_t)e);
        if (r->gender[e] >= 0 && r->gender[e] != masc) return none;
    }
    uint32_t role = in->toks[head].term;
    if (same_role(r, 0, f->first, role, comp, 0, UINT32_MAX).kind != PRECIS_SPEAKER_NONE ||
        same_role(r, f->last + 1, in->n_toks, role, comp, 1, UINT32_MAX).kind !=
            PRECIS_SPEAKER_NONE)
        return none;
    const precis_entity *en = &in->ents[e];
    found g = none;
    int speaks = 0; /* a cue next to a mention: "X a déclaré", "souligne Mme X" */
    for (size_t m = 0; m < en->mention_count; m++) {
        size_t k = tok_from(r, in->ments[en->mention_off + m].off);
        if (k >= in->n_toks || r->ent[k] != e || (r->tags[k] & T_QUOTED)) continue;
        size_t l = mention_last(r, k, in->n_toks);
        const precis_token *t = &in->toks[k - (k > 0)];
        int title = k > 0 && precis_title_gender(in->text + t->off, t->len) >= 0;
        /* a role of their own, before the name and its complement ("le
         * ministre de l'Education X"), or before a comma ("le patron du
         * club, X") */
        int comma = k > 0 && broken(r, k - 1);
        for (size_t i = k, w = 0; i-- > 0 && w < Q_PHRASE && !title; w++) {
            if (r->tags[i] & (T_QUOTED | T_CUE) || r->sent_of[i] != r->sent_of[k] ||
                (i + 1 < k && broken(r, i)))
                break;
            if (r->tags[i] & (T_ROLE | T_PERSON)) return none;
            if (!comma && !(r->tags[i] & (T_JOIN | T_DET)) && !(in->toks[i].flags & PRECIS_TOK_CAP))
                break;
        }
        speaks |= (k > 0 && (r->tags[k - 1] & T_CUE)) ||
                  (k > 1 && title && !broken(r, k - 2) && (r->tags[k - 2] & T_CUE)) ||
                  /* its subject, not a complement's ("L'entourage de X assure") */
                  (!(k > 0 && (r->tags[k - 1] & T_JOIN)) &&
                   ((l + 1 < in->n_toks && !broken(r, l) && (r->tags[l + 1] & T_CUE)) ||
                    (l + 2 < in->n_toks && !broken(r, l) && !broken(r, l + 1) &&
                     (in->toks[l + 1].flags & PRECIS_TOK_STOP) && (r->tags[l + 2] & T_CUE))));
        if (g.kind == PRECIS_SPEAKER_NONE) g = (found){PRECIS_SPEAKER_NAME, k, l, k};
    }
    return speaks ? g : none;
}

/* The gender of the French determiner at token i (folded): 1 masculine
 * ("le", "ce", "cet"), 0 feminine ("la", "cette"), -1 another word. */
static int det_gender(const precis_quote_input *in, size_t i) {
    const char *d = in->folded + in->toks[i].fold;
    size_t dl = precis_quote_folded(in, i);
    if ((dl == 2 && !memcmp(d, "la", 2)) || (dl == 5 && !memcmp(d, "cette", 5))) return 0;
    if ((dl == 2 && (!memcmp(d, "le", 2) || !memcmp(d, "ce", 2))) ||
        (dl == 3 && !memcmp(d, "cet", 3)))
        return 1;
    return -1;
}

/* Whether the French determiner at token i (folded) is a demonstrative:
 * "ce", "cet", "cette" (of det_gender's words, those in "c"). */
static int demonstrative(const precis_quote_input *in, size_t i) {
    return det_gender(in, i) >= 0 && in->folded[in->toks[i].fold] == 'c';
}

/* The gender of the French indefinite article at token i (folded): 1
 * masculine ("un"), 0 feminine ("une"), -1 another word. */
static int indefinite_gender(const precis_quote_input *in, size_t i) {
    const char *u = in->folded + in->toks[i].fold;
    size_t ul = precis_quote_folded(in, i);
    if (ul == 2 && !memcmp(u, "un", 2)) return 1;
    if (ul == 3 && !memcmp(u, "une", 3)) return 0;
    return -1;
}

/* Whether the person of entity e is of the other gender than the
 * descriptor f's determiner (det_gender: "le jeune homme" is not the
 * mother who spoke last); 0 when either is not known. */
static int gender_clash(const q_run *r, const found *f, long e) {
    const precis_quote_input *in = r->in;
    if (e < 0 || !r->gender || !in->folded || r->q->adj_before) return 0;
    int g = det_gender(in, f->first);
    if (g < 0) return 0;
    if (r->gender[e] == 2) r->gender[e] = entity_gender(r, (size_t)e);
    return r->gender[e] >= 0 && r->gender[e] != g;
}

/* The person whose name is the subject of sentence s before token k
 * (French): opening it, or after an opening group of a determiner and at
 * most four words and a comma, in apposition ("Son rival démocrate, Joe X,
 * a critiqué … : « … », a déclaré l'ancien vice-président"), a comma or a
 * lower-case word after the name; none when a quotation or a cue comes
 * first. */
static found sentence_subject(const q_run *r, size_t s, size_t k) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    const precis_quote_input *in = r->in;
    if (!r->ent || r->q->adj_before || s >= in->n_sents) return none;
    size_t b = in->sents[s].tok_begin, a = b;
    if (a < k && (r->tags[a] & T_DET) && !(r->tags[a] & T_QUOTED)) {
        size_t j = a + 1;
        while (j < k && j <= a + 4 && !broken(r, j - 1) && r->ent[j] < 0 &&
               !(r->tags[j] & (T_CUE | T_QUOTED | T_PRON | T_REL)))
            j++;
        if (j > a + 1 && j < k && broken(r, j - 1) && comma_follows(r, j - 1)) a = j;
    }
    if (a >= k || r->ent[a] < 0 || (r->tags[a] & (T_QUOTED | T_CAPTION)) ||
        ent_type(r, r->ent[a]) != PRECIS_ENT_PERSON || (a > b && r->ent[a - 1] == r->ent[a]))
        return none;
    size_t l = mention_last(r, a, k);
    if (l + 1 >= k) return none;
    const precis_token *t = &in->toks[l + 1];
    if (!broken(r, l) && ((t->flags & PRECIS_TOK_CAP) || !(t->flags & PRECIS_TOK_WORD) ||
                          (r->tags[l + 1] & (T_CUE | T_QUOTED | T_REL))))
        return none;
    if (broken(r, l) && !comma_follows(r, l)) return none;
    return (found){PRECIS_SPEAKER_NAME, a, l, a};
}

/* Whether a cue in sentence s - 1, or in sentence s before token k, has
 * for speaker an unnamed person introduced by "un"/"une" of the gender of
 * the descriptor f's determiner ("Selon un témoin interrogé …. « … », a
 * ajouté le jeune homme"): f stands for that one (French). */
static int unnamed_speaker_before(const q_run *r, size_t s, size_t k, const found *f) {
    const precis_quote_input *in = r->in;
    if (r->q->adj_before || !in->folded || s == 0) return 0;
    for (size_t j = f->first; r->ent && j <= f->last; j++)
        if (r->ent[j] >= 0) return 0; /* "le président X" names its person */
    int g = det_gender(in, f->first);
    for (size_t i = in->sents[s - 1].tok_begin; i + 2 < k; i++) {
        if (!(r->tags[i] & (T_CUE | T_SOURCE)) || (r->tags[i] & T_QUOTED) || broken(r, i) ||
            broken(r, i + 1))
            continue;
        /* a verb's inverted subject, after a comma or a quotation and at
         * most an auxiliary, a lower-case word of five bytes at most ("a",
         * "ont", "avait": "», a confirmé un porte-parole"), not its object
         * ("X a annoncé un plan") */
        if (!(r->tags[i] & T_SOURCE) && !(i > 0 && broken(r, i - 1)) &&
            !(i > 1 && broken(r, i - 2) && in->toks[i - 1].len <= 5 &&
              !(in->toks[i - 1].flags & PRECIS_TOK_CAP)))
            continue;
        int ig = indefinite_gender(in, i + 1);
        if (ig < 0 || (g >= 0 && ig != g)) continue;
        const precis_token *t = &in->toks[i + 2];
        if ((t->flags & PRECIS_TOK_WORD) && !(t->flags & (PRECIS_TOK_CAP | PRECIS_TOK_NUM)) &&
            !(r->tags[i + 2] & (T_QUOTED | T_ORGW)) && (!r->ent || r->ent[i + 2] < 0))
            return 1;
    }
    return 0;
}

/* The nearest person before token k (from lo, outside quotations) who is
 * the subject of a reporting cue right after the name, or at most one
 * stop word after it ("X said", "X has revealed"), or after "according
 * to": not the person an inverted cue after an apposition names ("The
 * book, Y, said X felt") (en). */
static found subject_speaking(const q_run *r, size_t k, size_t lo) {
    size_t n = r->in->n_toks;
    for (size_t j = k; j > lo;) {
        found g = entity_before(r, j, lo, PRECIS_ENT_PERSON);
        if (g.kind == PRECIS_SPEAKER_NONE) break;
        size_t b = g.last;
        if ((b + 1 < n && (r->tags[b + 1] & T_CUE) && !broken(r, b)) ||
            /* (not a passive's subject: "X was criticised by Y") */
            (b + 2 < n && (r->in->toks[b + 1].flags & PRECIS_TOK_STOP) &&
             !(r->tags[b + 1] & T_COPULA) && (r->tags[b + 2] & T_CUE) && !broken(r, b) &&
             !broken(r, b + 1)) ||
            (g.first > 0 && (r->tags[g.first - 1] & T_SOURCE)))
            return g;
        j = g.first;
    }
    return (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
}

/* Whether tokens i and i+1 are "de" or an elided "d'", then "un" or
 * "une" (French: "d'un gardien", "de une"). */
static int indefinite_of(const q_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    const char *a = r->in->text + t[i].off, *b = r->in->text + t[i + 1].off;
    int de = (t[i].len == 2 && (a[0] | 32) == 'd' && a[1] == 'e') ||
             ((a[0] | 32) == 'd' && ((t[i].len == 2 && a[1] == '\'') ||
                                     (t[i].len == 4 && !memcmp(a + 1, "\xe2\x80\x99", 3))));
    return de && ((t[i + 1].len == 2 && !memcmp(b, "un", 2)) ||
                  (t[i + 1].len == 3 && !memcmp(b, "une", 3)));
}

/* The name opening the sentence after the descriptor f's (after a
 * determiner: "La CGT"), of type want, named there for the first time and
 * of the descriptor's gender (French): the descriptor names it ahead ("« …
 * », écrit le syndicat. La CGT appelle …", "« … », a déclaré le président
 * français. Emmanuel X a …"); for a body, a determiner and its noun only. */
static found named_next(const q_run *r, const found *f, int want) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    const precis_quote_input *in = r->in;
    size_t s = r->sent_of[f->first];
    if (r->q->adj_before || !r->ent || s + 1 >= in->n_sents) return none;
    /* a body's noun with a complement names a body of its own ("la police
     * des transports"), not one named next */
    if (want == PRECIS_ENT_ORG && f->last > f->first + 1) return none;
    size_t b = in->sents[s + 1].tok_begin, e = in->sents[s + 1].tok_end;
    if (b + 1 < e && (r->tags[b] & T_DET) && !broken(r, b)) b++;
    if (b >= e || r->ent[b] < 0 || (r->tags[b] & (T_QUOTED | T_CAPTION))) return none;
    long x = r->ent[b];
    if (ent_type(r, x) != want) return none;
    if (r->ent_first[x] < b) return none; /* named before: coref's business */
    if (want == PRECIS_ENT_PERSON && gender_clash(r, f, x)) return none;
    return (found){PRECIS_SPEAKER_NAME, b, mention_last(r, b, e), b};
}

/* The person a French demonstrative descriptor stands for: "ce", "cet",
 * "cette" point back ("« … », a raconté cet employé de banque" after "son
 * fils Gustavo X, 26 ans, …"; "Ce dernier reconnaît que …"): the person
 * named last before it, in its sentence or the one before, outside
 * quotations, not of the determiner's other gender; none when its noun was
 * given to someone unnamed in the three sentences before. */
static found demonstrative_person(const q_run *r, const found *f, size_t head) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    const precis_quote_input *in = r->in;
    if (r->q->adj_before || !r->ent || !in->folded) return none;
    if (!demonstrative(in, f->first)) return none;
    size_t lo = back(r, r->sent_of[f->first], 2);
    /* its noun given before to someone unnamed ("a déclaré un porte-parole
     * … a ajouté ce porte-parole"): that one, whoever was named between */
    for (size_t j = back(r, r->sent_of[f->first], 3) + 1; head > f->first && j < f->first; j++)
        if (in->toks[j].term == in->toks[head].term && !(r->tags[j] & T_QUOTED) &&
            indefinite_gender(in, j - 1) >= 0)
            return none;
    for (size_t k = f->first; k > lo;) {
        found g = entity_before(r, k, lo, PRECIS_ENT_PERSON);
        if (g.kind == PRECIS_SPEAKER_NONE) break;
        if (!gender_clash(r, f, r->ent[g.first]))
            return (found){PRECIS_SPEAKER_NAME, g.first, mention_last(r, g.first, f->first),
                           g.first};
        k = g.first;
    }
    return none;
}

/* The person given the descriptor f's role (head, complement comp) further
 * back than the window of the roles, from the article's start (French):
 * "le préfet" many sentences after "le préfet de police Didier X": the
 * nearest one given it, none of the other gender. */
static found role_holder_far(const q_run *r, const found *f, size_t head, uint32_t comp, size_t lo,
                             size_t hi) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    if (r->q->adj_before || !r->ent || lo == 0) return none;
    uint32_t role = r->in->toks[head].term;
    found g = same_role(r, 0, hi, role, comp, 0, UINT32_MAX);
    if (g.kind == PRECIS_SPEAKER_NONE || g.first >= lo || gender_clash(r, f, r->ent[g.first]))
        return none;
    return g;
}

/* Whether the person whose name opens at token a was given the role of
 * term `role` with no complement of its own (French): the role right
 * before the name, at most two capitalized words between ("la députée
 * LREM Anne X"), no "de", no capitalized word before the role; a later
 * "la députée de la Somme" adds a complement, it names no one else. */
static int bare_role(const q_run *r, size_t a, uint32_t role) {
    for (size_t i = a, w = 0; i-- > 0 && w <= 2; w++) {
        if (broken(r, i) || (r->tags[i] & (T_QUOTED | T_JOIN))) return 0;
        /* not behind a capitalized word of its own: "le Premier ministre
         * Jean X" is not "le ministre de la Santé" */
        if (r->in->toks[i].term == role && (r->tags[i] & (T_PERSON | T_ROLE)))
            return i == 0 || broken(r, i - 1) || r->sent_of[i - 1] != r->sent_of[i] ||
                   !(r->in->toks[i - 1].flags & PRECIS_TOK_CAP);
        if (!(r->in->toks[i].flags & PRECIS_TOK_CAP)) return 0;
    }
    return 0;
}

/* The person given, near a lower-case word in tokens [lo, f->first), a
 * role that the descriptor's head names otherwise
 * (data/<lang>/quote-offices.txt: "l'édile" after "le maire de la ville,
 * X", "l'élu" after "le député X"), nearest first; none of the other
 * gender. */
static found equivalent_office(const q_run *r, const found *f, size_t head, size_t lo) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    const precis_quote_input *in = r->in;
    if (!r->q->offices || !in->folded || !r->ent) return none;
    size_t hl = precis_quote_folded(in, head);
    if (!hl || hl >= 48) return none;
    char key[96];
    memcpy(key, in->folded + in->toks[head].fold, hl);
    key[hl] = ' ';
    for (size_t i = f->first; i-- > lo;) {
        /* a lower-case word, not in a name: "Bruno Le Maire" is no mayor */
        if (!(r->tags[i] & (T_ROLE | T_PERSON)) || (r->tags[i] & T_QUOTED) ||
            (in->toks[i].flags & PRECIS_TOK_CAP) || r->ent[i] >= 0 ||
            in->toks[i].term == in->toks[head].term)
            continue;
        size_t il = precis_quote_folded(in, i);
        if (!il || hl + 1 + il > sizeof key) continue;
        memcpy(key + hl + 1, in->folded + in->toks[i].fold, il);
        if (!precis_wordlist_has(r->q->offices, key, hl + 1 + il)) continue;
        /* the person given that word: its name after it in its phrase ("le
         * député du Nord, Alain X"), or before it and a comma ("Jean X,
         * actuel maire"); not the role's complement ("du maire de Sevran") */
        size_t wlo = i > lo + 3 ? i - 3 : lo;
        size_t whi = i + Q_PHRASE + 1 < f->first ? i + Q_PHRASE + 1 : f->first;
        while (whi > wlo) {
            found g = same_role(r, wlo, whi, in->toks[i].term, UINT32_MAX, 0, UINT32_MAX);
            if (g.kind == PRECIS_SPEAKER_NONE) break;
            whi = g.first;
            if (g.first > 0 && (r->tags[g.first - 1] & T_JOIN)) continue;
            if (g.first < i ? !(broken(r, g.last) && i - g.last <= 2) : g.first - i > Q_PHRASE)
                continue;
            if (!gender_clash(r, f, r->ent[g.first])) return g;
            break;
        }
    }
    return none;
}

static int one_of(const q_run *r, size_t k);
static int word_is(const q_run *r, size_t k, const char *w);

/* A definite descriptor headed by a role ("l'avocat", "la procureure de
 * Mulhouse", "the agency") after someone was named stands for them: the
 * last speaker when of the kind, else the nearest person (organisation)
 * named in the 3 sentences before. */
static found coref_find(const q_run *r, found f) {
    int poss = (r->tags[f.first] & T_POSS) != 0; /* "his mother": only her role's name */
    if (f.kind != PRECIS_SPEAKER_DESCRIPTOR ||
        !((r->tags[f.first] & T_DEF) || poss || (f.first < f.last && possessive(r, f.first))) ||
        (f.first < f.last && one_of(r, f.first + 1))) /* "l'un des proches": someone new */
        return f;
    /* a head that is a name, or a name right after the head, names its
     * institution: "L'Association des correspondants étrangers" stands for
     * no other */
    for (size_t j = f.first + 1; r->ent && j <= f.first + 2 && j <= f.last; j++)
        if (r->ent[j] >= 0 && (r->in->toks[j].flags & PRECIS_TOK_CAP) &&
            !(r->tags[j - 1] & T_JOIN) && !acronym(r, j) &&
            !(r->q->adj_before && (r->tags[f.last] & T_PERSON) &&
              !(r->in->toks[f.last].flags & PRECIS_TOK_CAP) && f.last > j)) {
            /* an organisation's name after a noun of its kind is the name:
             * "l'association Technova" is Technova */
            if (j == f.first + 2 && (r->tags[j - 1] & T_ORGN) &&
                ent_type(r, r->ent[j]) == PRECIS_ENT_ORG)
                return (found){PRECIS_SPEAKER_NAME, j, mention_last(r, j, f.last + 1), j};
            return f; /* "l'association TechNet" too, not "l'élu LFI"; "the
                       * Tory leader" is a leader */
        }
    int want = -1, kind = 0;
    size_t head = 0;
    /* "the Labour Party leader": the last noun heads, not the party's */
    if (r->q->adj_before && (r->tags[f.last] & T_PERSON) &&
        !(r->in->toks[f.last].flags & PRECIS_TOK_CAP))
        want = PRECIS_ENT_PERSON, head = f.last;
    for (size_t j = f.first + 1; j <= f.last && want < 0; j++) {
        /* an age stands for a person: "the 28-year-old" */
        if ((r->tags[j] & (T_PERSON)) ||
            ((r->tags[j] & T_AGE) && (r->in->toks[j - 1].flags & PRECIS_TOK_NUM)) ||
            /* a noun of a person by no role after an adjective before it
             * (fr): "le jeune homme", not "l'homme" */
            (!r->q->adj_before && (r->tags[j] & T_PEOPLE) && j > f.first + 1 &&
             !(r->tags[j - 1] & (T_DET | T_JOIN)) &&
             !(r->in->toks[j - 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_NUM))))
            want = PRECIS_ENT_PERSON;
        else if (r->tags[j] & T_ORGW)
            want = PRECIS_ENT_ORG, kind = (r->tags[j] & T_ORGN) != 0;
        head = j;
    }
    if (want < 0) {
        /* "Ce dernier", "Cette dernière": the person named last */
        if (f.last == f.first + 1 && (r->tags[f.last] & T_LATTER)) {
            found g = demonstrative_person(r, &f, f.first);
            if (g.kind != PRECIS_SPEAKER_NONE) return g;
        }
        /* "the latter", "the former" (en): the second, the first of the
         * last two people named with "and" between, in its sentence or
         * the two before ("X and Y criticised him. The latter said"); the
         * latter with no such pair, the person named last */
        if (r->q->adj_before && r->ent && f.last == f.first + 1 && !(r->tags[f.first] & T_POSS) &&
            ((r->tags[f.last] & T_LATTER) || word_is(r, f.last, "former"))) {
            int latter = (r->tags[f.last] & T_LATTER) != 0;
            size_t lo = back(r, r->sent_of[f.first], 2);
            for (size_t k = f.first; k > lo;) {
                found g = entity_before(r, k, lo, PRECIS_ENT_PERSON);
                if (g.kind == PRECIS_SPEAKER_NONE) break;
                size_t x = g.first;
                if (x > lo + 1 && word_is(r, x - 1, "and") && !(r->tags[x - 1] & T_QUOTED) &&
                    r->ent[x - 2] >= 0 && r->ent[x - 2] != r->ent[x] &&
                    ent_type(r, r->ent[x - 2]) == PRECIS_ENT_PERSON) {
                    if (latter) return g;
                    size_t a = mention_first(r, x - 2, lo);
                    return (found){PRECIS_SPEAKER_NAME, a, x - 2, a};
                }
                k = x;
            }
            if (latter) {
                found g = entity_before(r, f.first, lo, PRECIS_ENT_PERSON);
                if (g.kind != PRECIS_SPEAKER_NONE) return g;
            }
        }
        return f;
    }
    /* a name closing it, after the role and its complement (French): a
     * person's mention not after "de" is that person ("le président de
     * l'Assemblée Paul X", not "l'avocat de Paul X"); two capitalized
     * words apart by spaces, no article before them, are a name the
     * entities missed ("le gouverneur de la BDL Riad X"), not a place's
     * hyphens ("le président d'Auvergne-Rhône-Alpes") */
    if (want == PRECIS_ENT_PERSON && !r->q->adj_before && f.last >= head + 2) {
        const precis_token *t = r->in->toks;
        const char *x = r->in->text;
        size_t l = f.last, a = l;
        if (r->ent && r->ent[l] >= 0 && ent_type(r, r->ent[l]) == PRECIS_ENT_PERSON &&
            !(r->tags[l] & T_QUOTED)) {
            a = mention_first(r, l, head + 1);
            /* (not the complement's person: "l'avocat de Paul X") */
            if (!(r->tags[a - 1] & (T_JOIN | T_DET))) return (found){PRECIS_SPEAKER_NAME, a, l, a};
        }
        if (f.last >= head + 3 && (t[l].flags & PRECIS_TOK_CAP) &&
            (t[l - 1].flags & PRECIS_TOK_CAP) && !(t[l].flags & PRECIS_TOK_STOP) &&
            !(t[l - 1].flags & PRECIS_TOK_STOP) && !(r->tags[l - 2] & (T_DET | T_JOIN)) &&
            t[l - 1].off + t[l - 1].len + 1 == t[l].off && x[t[l].off - 1] == ' ' &&
            t[l - 2].off + t[l - 2].len + 1 == t[l - 1].off && x[t[l - 1].off - 1] == ' ')
            return f;
    }
    /* a person's noun after an article whose complement is indefinite
     * names someone new (French): "l'épouse d'un gardien", "le frère d'une
     * victime"; not after a demonstrative ("cette directrice d'une
     * boutique", the woman just quoted) */
    if (want == PRECIS_ENT_PERSON && !r->q->adj_before && head + 2 <= f.last &&
        (r->in->text[r->in->toks[f.first].off] | 32) == 'l' && !broken(r, head) &&
        !broken(r, head + 1) && indefinite_of(r, head + 1))
        return f;
    size_t s = r->sent_of[f.first];
    uint32_t comp = UINT32_MAX; /* the last word of its complement */
    if (f.last > head && !(r->in->toks[f.last].flags & PRECIS_TOK_STOP))
        comp = r->in->toks[f.last].term;
    /* the person introduced with the same role ("la ministre du Travail
     * Élisabeth Borne" … "a précisé la ministre") */
    if (want == PRECIS_ENT_PERSON && r->ent) {
        uint32_t role = r->in->toks[head].term;
        /* a word before the role must be the one it was given with: "the
         * foreign secretary" is not "Home Secretary X" (en) */
        uint32_t pre = UINT32_MAX;
        if (r->q->adj_before && head > f.first && !(r->tags[head - 1] & (T_DET | T_POSS)) &&
            !(r->in->toks[head - 1].flags & (PRECIS_TOK_STOP | PRECIS_TOK_NUM)))
            pre = r->in->toks[head - 1].term;
        found g = same_role(r, back(r, s, Q_ROLE), f.first, role, comp, 0, pre);
        if (rank_differs(r, f.first, head, pre, &g)) g.kind = PRECIS_SPEAKER_NONE;
        if (g.kind == PRECIS_SPEAKER_NONE) g = demonstrative_person(r, &f, head);
        /* (en) "the spokesman" not given with a name before speaks as
         * such: the person last named is not its own */
        if (g.kind == PRECIS_SPEAKER_NONE && !poss && listed(r, r->q->unnamed, head)) return f;
        /* the role given before with no complement: "la députée LREM Anne
         * X" … "a répondu la députée de la Somme" */
        if (g.kind == PRECIS_SPEAKER_NONE && comp != UINT32_MAX && !r->q->adj_before) {
            found h = same_role(r, back(r, s, Q_ROLE), f.first, role, UINT32_MAX, 0, pre);
            if (h.kind != PRECIS_SPEAKER_NONE && bare_role(r, h.first, role) &&
                !gender_clash(r, &f, r->ent[h.first]))
                g = h;
        }
        if (g.kind == PRECIS_SPEAKER_NONE) g = equivalent_office(r, &f, head, back(r, s, Q_ROLE));
        size_t end = s + Q_ROLE < r->in->n_sents ? s + Q_ROLE : r->in->n_sents - 1;
        if (g.kind == PRECIS_SPEAKER_NONE)
            g = same_role(r, f.last + 1, r->in->sents[end].tok_end, role, comp, 1, pre);
        if (rank_differs(r, f.first, head, pre, &g)) g.kind = PRECIS_SPEAKER_NONE;
        if (g.kind == PRECIS_SPEAKER_NONE) g = body_role_before(r, &f, back(r, s, Q_ROLE));
        if (g.kind == PRECIS_SPEAKER_NONE) g = parent_in_pair(r, 0, f.first, head);
        if (g.kind == PRECIS_SPEAKER_NONE) g = parent_of_child(r, 0, f.first, head);
        if (g.kind == PRECIS_SPEAKER_NONE && !poss) g = office_holder(r, &f, head, comp);
        if (g.kind == PRECIS_SPEAKER_NONE && !poss)
            g = role_holder_far(r, &f, head, comp, back(r, s, Q_ROLE), f.first);
        if (g.kind != PRECIS_SPEAKER_NONE) return g;
    }
    if (poss) return f;
    /* a noun of a kind of organisation opening its sentence right after
     * one opened by an organisation's name, its subject: that one ("The
     * Westmoor Food Bank, which …, urged caution. The organisation, …,
     * said"), before the last organisation speaking */
    if (want == PRECIS_ENT_ORG && kind && r->ent && s > 0) {
        size_t b = r->in->sents[s].tok_begin;
        size_t pb = r->in->sents[s - 1].tok_begin, pe = r->in->sents[s - 1].tok_end;
        if (b + 1 < f.first && (r->tags[b] & T_LINK) && !broken(r, b)) b++;
        size_t j = pb + (pb + 1 < pe && (r->tags[pb] & T_DET) && !broken(r, pb));
        if (f.first == b && j < pe && r->ent[j] >= 0 && ent_type(r, r->ent[j]) == PRECIS_ENT_ORG &&
            !(r->tags[j] & (T_QUOTED | T_CAPTION)) && (j == pb || r->ent[pb] != r->ent[j])) {
            size_t l = mention_last(r, j, pe);
            if (l + 1 < pe && !possessive(r, l) && !(r->tags[l + 1] & T_QUOTED) &&
                !(r->in->toks[l + 1].flags & PRECIS_TOK_CAP))
                return (found){PRECIS_SPEAKER_NAME, j, l, j};
        }
    }
    /* an unnamed person a cue just before gave the words to */
    if (want == PRECIS_ENT_PERSON && unnamed_speaker_before(r, s, f.first, &f)) return f;
    /* a person named as the subject of the quotation's own sentence,
     * before it, rather than the last speaker (fr) */
    if (want == PRECIS_ENT_PERSON && r->last_kind == PRECIS_SPEAKER_NAME) {
        found g = sentence_subject(r, s, f.first);
        long e = g.kind == PRECIS_SPEAKER_NAME ? r->ent[g.first] : -1;
        if (e >= 0 && e != r->last_ent && !gender_clash(r, &f, e)) return g;
    }
    /* a person said to speak in the two sentences before, after the last
     * speaker's name (or with none yet): that one ("British team member X
     * said the team would understand …. '…,' said the champion") (en) */
    if (want == PRECIS_ENT_PERSON && r->q->adj_before) {
        found g = subject_speaking(r, f.first, back(r, s, 2));
        long e = g.kind == PRECIS_SPEAKER_NAME ? r->ent[g.first] : -1;
        if (e >= 0 && !gender_clash(r, &f, e) &&
            (r->last_kind != PRECIS_SPEAKER_NAME ||
             (e != r->last_ent && r->in->toks[g.first].off > r->last_off)))
            return (found){PRECIS_SPEAKER_NAME, g.first, mention_last(r, g.first, f.first),
                           g.first};
    }
    if (r->last_kind == PRECIS_SPEAKER_NAME && gap(r, r->last_sent, s) <= Q_BACK &&
        (r->last_ent >= 0 ? ent_type(r, r->last_ent) == want : want == PRECIS_ENT_PERSON) &&
        !gender_clash(r, &f, r->last_ent)) {
        return last_found(r, PRECIS_SPEAKER_NAME);
    }
    /* a role after an organisation's words: the last person who spoke
     * ("« … », écrit le magazine. « … », martèle l'ex-député") */
    if (want == PRECIS_ENT_PERSON && !r->q->adj_before && r->last_kind == PRECIS_SPEAKER_NAME &&
        r->last_ent >= 0 && ent_type(r, r->last_ent) == PRECIS_ENT_ORG && r->pers_ent >= 0 &&
        gap(r, r->pers_sent, s) <= Q_BACK && !gender_clash(r, &f, r->pers_ent)) {
        size_t i = tok_from(r, r->pers_off);
        return (found){PRECIS_SPEAKER_NAME, i, tok_from(r, r->pers_off + r->pers_len) - 1, i};
    }
    size_t lo = back(r, s, Q_BACK);
    /* a noun of a kind of organisation that a name before holds: "le
     * magazine" is the "Figaro Magazine", even named as the channel */
    for (size_t j = f.first; kind && r->ent && !r->q->adj_before && j-- > lo;) {
        long e = r->ent[j];
        if (e < 0 || (r->tags[j] & T_QUOTED) || r->in->toks[j].term != r->in->toks[head].term ||
            (ent_type(r, e) != PRECIS_ENT_ORG && ent_type(r, e) != PRECIS_ENT_OTHER))
            continue;
        size_t a = mention_first(r, j, lo);
        return (found){PRECIS_SPEAKER_NAME, a, mention_last(r, a, f.first), a};
    }
    /* an organisation only when it was said to speak ("NASA said …, the
     * agency noted"): "le parquet" is not the last organisation named */
    found g = want != PRECIS_ENT_PERSON ? speaking_before(r, f.first, lo, want)
                                        : other_role_before(r, f.first, lo, head, comp);
    /* a person named in passing is not the role of the article's main
     * speaker: the last one, a little further back, when more salient */
    if (want == PRECIS_ENT_PERSON && r->last_kind == PRECIS_SPEAKER_NAME && r->last_ent >= 0 &&
        ent_type(r, r->last_ent) == want && gap(r, r->last_sent, s) <= 2 * Q_ROLE &&
        !gender_clash(r, &f, r->last_ent) &&
        (g.kind == PRECIS_SPEAKER_NONE ||
         r->in->ents[r->last_ent].salience > r->in->ents[found_entity(r, &g)].salience)) {
        return last_found(r, PRECIS_SPEAKER_NAME);
    }
    /* a noun of a kind of organisation ("le magazine", "le parti", "the
     * network") stands for the nearest organisation named before */
    if (g.kind == PRECIS_SPEAKER_NONE && kind) g = body_before(r, f.first, back(r, s, Q_ROLE));
    if (g.kind == PRECIS_SPEAKER_NONE) g = named_next(r, &f, want);
    return g.kind == PRECIS_SPEAKER_NONE ? f : g;
}

/* Whether the organisation e completes, before token k (from lo, outside
 * quotations), a group headed by the noun of term `term` of a descriptor
 * that speaks later: "le collectif de soutien aux victimes de X" makes a
 * later "le collectif" that group, not X. */
static int completes_kind(const q_run *r, size_t k, size_t lo, uint32_t term, long e) {
    for (size_t j = k; j-- > lo + 1;) {
        if (r->in->toks[j].term != term || (r->tags[j] & T_QUOTED) ||
            (r->in->toks[j].flags & PRECIS_TOK_CAP) || !(r->tags[j - 1] & T_DET) ||
            r->ent[j] >= 0 || j + 1 >= k || !(r->tags[j + 1] & T_JOIN))
            continue;
        for (size_t n = j + 2; n < k && n <= j + 8; n++) {
            if (r->ent[n] == e) return 1;
            if (r->tags[n] & (T_CUE | T_QUOTED | T_REL)) break;
        }
    }
    return 0;
}

/* The descriptor's referent, not what its complement names: "le
 * porte-parole de la société X" is not X, whatever its type. */
static found coref(const q_run *r, found f) {
    /* a role's group in apposition right after a person's name, past a
     * comma, is that person (en): "'…,' Peter X, the group's deputy
     * director, said", "Mark X, Liberal Democrat spokesman, said: '…'" */
    if (f.kind == PRECIS_SPEAKER_DESCRIPTOR && r->q->adj_before && r->ent && f.first >= 1) {
        size_t b = f.first - 1;
        int role = 0;
        for (size_t j = f.first; j <= f.last && !role; j++)
            role = (r->tags[j] & T_PERSON) && !(r->in->toks[j].flags & PRECIS_TOK_CAP);
        if (role && r->ent[b] >= 0 && ent_type(r, r->ent[b]) == PRECIS_ENT_PERSON &&
            !(r->tags[b] & T_QUOTED) && broken(r, b) && comma_follows(r, b)) {
            size_t a = b;
            while (a > 0 && r->ent[a - 1] == r->ent[b] && !broken(r, a - 1))
                a--;
            return (found){PRECIS_SPEAKER_NAME, a, b, a};
        }
    }
    found g = coref_find(r, f);
    /* an organisation's name right after a noun of its kind is its name:
     * "l'association Technova" is Technova */
    if (g.kind == PRECIS_SPEAKER_NAME && f.kind == PRECIS_SPEAKER_DESCRIPTOR &&
        g.first == f.first + 2 && (r->tags[f.first + 1] & T_ORGN))
        return g;
    long e = g.kind == PRECIS_SPEAKER_NAME && f.kind == PRECIS_SPEAKER_DESCRIPTOR && r->ent
                 ? found_entity(r, &g)
                 : -1;
    /* a kind's noun that headed a group completed by the organisation
     * found is that group (French): "le collectif" after "le collectif de
     * soutien aux victimes de X" */
    if (e >= 0 && !r->q->adj_before && f.first + 1 == f.last && (r->tags[f.last] & T_ORGN) &&
        completes_kind(r, f.first, back(r, r->sent_of[f.first], Q_ROLE), r->in->toks[f.last].term,
                       e))
        return f;
    for (size_t j = f.first; e >= 0 && j <= f.last; j++)
        if (r->ent[j] == e) return f;
    /* a noun of one gender does not stand for a person of the other: "The
     * spokeswoman said" after "David X said" is the spokeswoman (en) */
    if (e >= 0 && r->gender && ent_type(r, e) == PRECIS_ENT_PERSON) {
        if (r->gender[e] == 2) r->gender[e] = entity_gender(r, (size_t)e);
        for (size_t j = f.first; r->gender[e] >= 0 && j <= f.last; j++)
            if (listed(r, r->q->nouns[!r->gender[e]], j)) return f;
    }
    return g;
}

/* A one-word name after a determiner ("le Conseil constitutionnel", "l'Obs")
 * names an institution through its noun group: the group is the speaker,
 * unless a role stands between ("le président Trump"). */
static int group_name(const q_run *r, size_t first, size_t last, size_t lo) {
    return first == last && first > lo && (r->tags[first - 1] & T_DET) && !broken(r, first - 1);
}

/* Tokens (b, k] are lower-case words run on from token b, no cue nor
 * quotation among them: "team managing director" after a name. */
static int lower_run(const q_run *r, size_t b, size_t k) {
    for (size_t j = b + 1; j <= k; j++)
        if (broken(r, j - 1) || !(r->in->toks[j].flags & PRECIS_TOK_WORD) ||
            (r->in->toks[j].flags & (PRECIS_TOK_CAP | PRECIS_TOK_NUM)) ||
            (r->tags[j] & (T_CUE | T_QUOTED)))
            return 0;
    return 1;
}

/* Nearest name run or pronoun at or before token k, down to token lo, not
 * across a clause break unless cross (an apposition after auxiliaries only,
 * "Paul Moreau, a déclaré", is still crossed). */
static found name_before(const q_run *r, size_t k, size_t lo, int cross) {
    found f = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    int words = 0;
    if (k >= lo + Q_LOOK) lo = k + 1 - Q_LOOK;
    for (size_t j = k + 1; j-- > lo;) {
        size_t a, b;
        if (r->tags[j] & T_QUOTED) {
            if (cross) continue;
            break;
        }
        if (r->tags[j] & T_PRON) return (found){-1, j, j, j};
        if (name_at(r, j, &a, &b)) {
            /* "Le parti dirigé par Marine Le Pen a qualifié": not the agent */
            if (!cross && a > lo && (r->tags[a - 1] & T_AGENT)) {
                j = a;
                continue;
            }
            /* "la procureure de Valence, évoquant": a complement's name,
             * the group it completes speaks */
            size_t d = SIZE_MAX;
            int person = 0; /* "le ministre de l'Intérieur Jean Morel": the person */
            for (size_t i = a; r->ent && i <= b && !person; i++)
                person = r->ent[i] >= 0 && ent_type(r, r->ent[i]) == PRECIS_ENT_PERSON;
            /* "Professor Alan Brook of Westmoor University said": the
             * person the body's name completes speaks, not the body */
            if (!cross && !person && a >= lo + 2) {
                size_t c = a - 1, a2, b2;
                if (!(r->tags[c] & T_JOIN) && (r->tags[c] & T_DET) && a >= lo + 3) c--;
                if ((r->tags[c] & T_JOIN) && c > lo && name_at(r, c - 1, &a2, &b2) && b2 == c - 1 &&
                    !(r->tags[a2] & T_QUOTED) && r->ent && r->ent[b2] >= 0 &&
                    ent_type(r, r->ent[b2]) == PRECIS_ENT_PERSON)
                    return (found){PRECIS_SPEAKER_NAME, a2, b2, a2};
            }
            if (!cross && !person && a >= lo + 2) {
                /* "de la X", "du X" ("du" both joins and determines) */
                size_t c = a - 1;
                if (!(r->tags[c] & T_JOIN) && (r->tags[c] & T_DET) && a >= lo + 3) c--;
                if ((r->tags[c] & T_JOIN) && !broken(r, c - 1) && !name_tok(r, c - 1) &&
                    (r->in->toks[c - 1].flags & PRECIS_TOK_WORD) &&
                    !(r->in->toks[c - 1].flags & PRECIS_TOK_STOP))
                    for (d = c - 1; d > lo && c - d < Q_PHRASE && !(r->tags[d] & T_DET) &&
                                    !broken(r, d - 1) && !name_tok(r, d) &&
                                    !(r->tags[d] & (T_CUE | T_QUOTED));)
                        d--;
            }
            /* "a spokesperson for Velmora Cruises said": the person noun
             * and its determiner ("a spokesperson"), not the body or the
             * person it serves */
            if (!cross && d == SIZE_MAX && a >= lo + 3 && (r->tags[a - 1] & T_OPINION) &&
                (r->tags[a - 2] & T_PERSON) && (r->tags[a - 3] & T_DET) && !broken(r, a - 3) &&
                !broken(r, a - 2) &&
                (a - 3 == lo || broken(r, a - 4) || (r->tags[a - 4] & T_CUE))) {
                /* in apposition to a person's name before its comma, that
                 * person (en): "Ann X, an analyst for Y, said" */
                size_t a2, b2;
                if (r->q->adj_before && a - 3 > lo && broken(r, a - 4) && comma_follows(r, a - 4) &&
                    name_at(r, a - 4, &a2, &b2) && b2 == a - 4 && !(r->tags[a2] & T_QUOTED) &&
                    r->ent && r->ent[b2] >= 0 && ent_type(r, r->ent[b2]) == PRECIS_ENT_PERSON)
                    return (found){PRECIS_SPEAKER_NAME, a2, b2, a2};
                return (found){PRECIS_SPEAKER_DESCRIPTOR, a - 3, a - 2, a - 3};
            }
            if (d != SIZE_MAX && (r->tags[d] & T_DET) &&
                (d == lo || broken(r, d - 1) || (r->tags[d - 1] & T_CUE))) {
                size_t a2, b2; /* in apposition: "Eric Morel, le maire de Vif," */
                if (d > lo && broken(r, d - 1) && name_at(r, d - 1, &a2, &b2) && b2 == d - 1 &&
                    !(r->tags[a2] & T_QUOTED))
                    return (found){PRECIS_SPEAKER_NAME, a2, b2, a2};
                return (found){PRECIS_SPEAKER_DESCRIPTOR, d, b, d};
            }
            /* "L'élu LFI a déploré": the role's group speaks */
            if (a == b && acronym(r, a) && a >= lo + 2 && (r->tags[a - 1] & T_PERSON) &&
                (r->tags[a - 2] & T_DET))
                return (found){PRECIS_SPEAKER_DESCRIPTOR, a - 2, b, a - 2};
            /* "a BAA spokesman said", "the Tory leader said": a name
             * modifying a person noun; the group speaks (coref resolves a
             * definite one) */
            if (!cross && a > lo && (r->tags[a - 1] & T_DET) && b + 1 <= k && !broken(r, b)) {
                size_t e = b + 1;
                if (e < k && !(r->tags[e] & T_PERSON) && !broken(r, e)) e++;
                /* before the cue, or opening the clause that reaches it:
                 * "But the Tory leader will argue …, saying" */
                int opens = a - 1 == lo || broken(r, a - 2) || (r->tags[a - 2] & T_LINK);
                if ((r->tags[e] & T_PERSON) && !(r->in->toks[e].flags & PRECIS_TOK_CAP) &&
                    (e == k || (opens && e < k)) && !(r->tags[e] & T_QUOTED))
                    return (found){PRECIS_SPEAKER_DESCRIPTOR, a - 1, e, a - 1};
            }
            /* "Brackwater Motorsport team managing director told": with no
             * determiner, a name that is no person opening the clause and
             * lower-case words up to a person noun right before the cue */
            if (!cross && !person && r->q->adj_before && (a == lo || broken(r, a - 1)) && b < k &&
                k - b <= 3 && (r->tags[k] & T_PERSON) && !possessive(r, b) && lower_run(r, b, k))
                return (found){PRECIS_SPEAKER_DESCRIPTOR, a, k, a};
            if (!possessive(r, b)) return (found){PRECIS_SPEAKER_NAME, a, b, j};
            /* "McHenry's lawyer said": the possessor's group speaks */
            size_t e = k;
            while (e > b && (r->in->toks[e].flags & PRECIS_TOK_STOP))
                e--;
            /* in apposition between commas to a person's name opening the
             * clause, that person (en): "Kemp, Tom Brill's lawyer, said" */
            size_t a2, b2;
            if (!cross && e > b && r->q->adj_before && r->ent && a > lo && broken(r, a - 1) &&
                comma_follows(r, a - 1) && broken(r, e) && comma_follows(r, e) &&
                name_at(r, a - 1, &a2, &b2) && b2 == a - 1 && !(r->tags[a2] & T_QUOTED) &&
                r->ent[a2] >= 0 && ent_type(r, r->ent[a2]) == PRECIS_ENT_PERSON &&
                (a2 == lo || broken(r, a2 - 1) || (r->tags[a2 - 1] & T_LINK)))
                return (found){PRECIS_SPEAKER_NAME, a2, b2, a2};
            if (!cross && e > b) return (found){PRECIS_SPEAKER_DESCRIPTOR, a, e, j};
        }
        words += !(r->in->toks[j].flags & PRECIS_TOK_STOP);
        if (!cross && words && j > lo && broken(r, j - 1)) break;
    }
    return f;
}

/* The noun group from token first: determiners, joiners and content words
 * up to a break, another stop word or a cue; its last token, trailing stop
 * words dropped, or SIZE_MAX if it has no content word. */
static int listed(const q_run *r, const precis_wordlist *l, size_t i);

/* An adverb where adjectives come first (English), capitalized or not
 * ("Yesterday", "Meanwhile" opening a sentence): in -ly ("playfully") or
 * of data/<lang>/quote-adverbs.txt. */
static int opening_adverb(const q_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    return r->q->adj_before && t->len > 4 && (t->flags & PRECIS_TOK_WORD) &&
           (!memcmp(r->in->text + t->off + t->len - 2, "ly", 2) || listed(r, r->q->adverbs, i));
}

/* The same adverb in lower case. */
static int adverb(const q_run *r, size_t i) {
    return !(r->in->toks[i].flags & PRECIS_TOK_CAP) && opening_adverb(r, i);
}

/* A word of a date after a noun group's words, not after a joiner nor a
 * number ("une vingtaine d'années"): a weekday or a month before a number,
 * another such word or the end of the clause ("le ministre de
 * l'agriculture mercredi 9 août"). */
static int date_after(const q_run *r, size_t i) {
    size_t n = r->in->n_toks;
    return (r->tags[i] & T_NOTNAME) && !(r->in->toks[i].flags & PRECIS_TOK_STOP) && i > 0 &&
           !(r->tags[i - 1] & (T_JOIN | T_DET)) && !(r->in->toks[i - 1].flags & PRECIS_TOK_NUM) &&
           (i + 1 >= n || broken(r, i) || (r->in->toks[i + 1].flags & PRECIS_TOK_NUM) ||
            (r->tags[i + 1] & T_NOTNAME));
}

/* Whether token k is "un" or "une" (data/<lang>/quote-one-words.txt) after
 * the elided determiner "l'" and before a joiner, a group's head (French):
 * "l'une de ces sources", "l'un des manifestants". */
static int one_of(const q_run *r, size_t k) {
    const precis_quote_input *in = r->in;
    if (!r->q->one_words || !in->folded || k == 0 || k + 1 >= in->n_toks ||
        !(r->tags[k - 1] & T_DET) || !(r->tags[k + 1] & T_JOIN) || broken(r, k - 1) ||
        broken(r, k) || in->toks[k - 1].off + in->toks[k - 1].len != in->toks[k].off)
        return 0;
    const char *d = in->folded + in->toks[k - 1].fold;
    size_t dl = precis_quote_folded(in, k - 1);
    return dl >= 1 && dl <= 3 && d[0] == 'l' && listed(r, r->q->one_words, k);
}

/* The last token of the noun group opening at token first, at most max
 * tokens long, before its trimming. */
static size_t group_walk(const q_run *r, size_t first, size_t max) {
    size_t n = r->in->n_toks, s = r->sent_of[first], last = first;
    /* a determiner continues the group only after a joiner ("de la"): "à la
     * presse un pompier" is two groups */
    while (last + 1 < n && last + 1 - first < max && !broken(r, last) &&
           r->sent_of[last + 1] == s && !(r->tags[last + 1] & (T_CUE | T_SOURCE | T_PRON)) &&
           (!(r->in->toks[last + 1].flags & PRECIS_TOK_STOP) || (r->tags[last + 1] & T_JOIN) ||
            acronym(r, last + 1) || /* "the latest WHO report" */
            ((r->tags[last + 1] & T_DET) && (r->tags[last] & T_JOIN)) || particle(r, last + 1) ||
            /* a stop word that is an adjective after the determiner: "une
             * autre source" */
            ((r->tags[last] & T_DET) && listed(r, r->q->det_adjs, last + 1)) ||
            (last == first && one_of(r, last + 1))) &&
           !(last > first && date_after(r, last + 1)))
        last++;
    return last;
}

static size_t group_end(const q_run *r, size_t first) {
    size_t n = r->in->n_toks, s = r->sent_of[first];
    /* "l'un d'eux", "l'une d'entre elles" (French): the pronoun ends it */
    if (!r->q->adj_before && one_of(r, first + 1)) {
        size_t j = first + 2;
        if (j + 1 < n && !broken(r, j) && word_is(r, j + 1, "entre")) j++;
        if (j + 1 < n && !broken(r, j) && r->sent_of[j + 1] == s &&
            (word_is(r, j + 1, "eux") || word_is(r, j + 1, "elles")))
            return j + 1;
    }
    size_t last = group_walk(r, first, Q_PHRASE);
    /* French: a group cut at Q_PHRASE goes on when the longer one ends its
     * clause ("temporise la direction de l'établissement du IIe
     * arrondissement de la capitale.", "le directeur d'une école de la
     * région parisienne.") */
    if (!r->q->adj_before && last + 1 - first == Q_PHRASE) {
        size_t l2 = group_walk(r, first, 2 * Q_PHRASE);
        if (l2 > last && l2 + 1 - first < 2 * Q_PHRASE &&
            (broken(r, l2) || l2 + 1 >= n || r->sent_of[l2 + 1] != s))
            last = l2;
    }
    /* an adverb before the cue is no part of it: "The email playfully explained" */
    if (last > first && last + 1 < n && (r->tags[last + 1] & T_CUE) && adverb(r, last)) last--;
    /* a participle before its agent's group is no part of it: "l'avis de
     * recherche diffusé par la police", "the report released by the
     * police" */
    if (last > first + 1 && last + 2 < n && (r->tags[last + 1] & T_AGENT) && !broken(r, last) &&
        !broken(r, last + 1) && !(r->tags[last + 1] & T_QUOTED) &&
        ((r->tags[last + 2] & T_DET) || name_tok(r, last + 2)))
        last--;
    while (last > first && (r->in->toks[last].flags & PRECIS_TOK_STOP) && !acronym(r, last))
        last--;
    return (r->in->toks[last].flags & PRECIS_TOK_STOP) && !acronym(r, last) ? SIZE_MAX : last;
}

/* French: the token after "au" and a kind of body, lower case, with at
 * most one adjective, when a lower-case determiner follows in the clause:
 * "a raconté au quotidien un témoin", "a expliqué au journal satirique
 * un adjoint"; SIZE_MAX otherwise. */
static size_t medium_end(const q_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    size_t n = r->in->n_toks, g = i + 1;
    if (r->q->adj_before || !(r->tags[i] & T_CHAN) || !word_is(r, i, "au") || g + 1 >= n ||
        broken(r, i) || !(r->tags[g] & T_ORGN) || (t[g].flags & PRECIS_TOK_CAP) || broken(r, g))
        return SIZE_MAX;
    if (!(r->tags[g + 1] & T_DET) && g + 2 < n && (t[g + 1].flags & PRECIS_TOK_WORD) &&
        !(t[g + 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) &&
        !(r->tags[g + 1] & (T_JOIN | T_QUOTED | T_CUE)) && !broken(r, g + 1))
        g++;
    /* (not the medium's name: "au journal Le Parisien") */
    if (r->sent_of[g + 1] != r->sent_of[i] || (r->tags[g + 1] & T_QUOTED) ||
        !(r->tags[g + 1] & T_DET) || (t[g + 1].flags & PRECIS_TOK_CAP))
        return SIZE_MAX;
    return g + 1;
}

/* The token after a preposition's group opening at token i, in the same
 * clause ("à l'AFP", "sur Twitter", "au micro de France Inter"), or
 * SIZE_MAX when token i opens none. A name ends where its entity does
 * ("sur Twitter Jean Dupont"). */
static size_t prep_end(const q_run *r, size_t i) {
    size_t n = r->in->n_toks, s = r->sent_of[i], a, b, g = i + 1;
    /* a channel's preposition that is no stop word (fr): "auprès du
     * quotidien" */
    int chan = !r->q->adj_before && (r->tags[i] & T_CHAN) && g < n && (r->tags[g] & T_JOIN);
    size_t m = medium_end(r, i);
    if (m != SIZE_MAX) return m;
    if ((!(r->in->toks[i].flags & PRECIS_TOK_STOP) && !chan) ||
        (r->tags[i] & (T_DET | T_ROLE | T_PRON)) || g >= n || broken(r, i) || r->sent_of[g] != s)
        return SIZE_MAX;
    if ((r->tags[g] & T_DET) && g + 1 < n && !broken(r, g) && name_tok(r, g + 1)) g++;
    if (name_at(r, g, &a, &b)) {
        if (r->ent && r->ent[g] >= 0) b = mention_last(r, g, n);
        g = b;
    } else if (r->tags[g] & T_DET)
        g = group_end(r, g);
    else
        return SIZE_MAX;
    if (g == SIZE_MAX || g + 1 >= n || broken(r, g) || r->sent_of[g + 1] != s) return SIZE_MAX;
    return g + 1;
}

/* The number of tokens (1 to Q_ASIDE_TOKS) of an aside of
 * data/<lang>/quote-asides.txt opening at token i, in one clause, its words
 * one space apart or glued after an elision ("pour sa part", "quant à lui",
 * "d'ailleurs", "sous couvert d'anonymat"); 0 when none opens there. An
 * elided article is a token of its own: "sous couvert de l'anonymat" has
 * four words and five tokens. */
#define Q_ASIDE_TOKS 5
static int elided_before(const q_run *r, size_t k);
static size_t aside_len(const q_run *r, size_t i) {
    const precis_quote_input *in = r->in;
    if (!r->q->asides) return 0;
    for (size_t w = Q_ASIDE_TOKS; w >= 1; w--) {
        if (i + w > in->n_toks || r->sent_of[i + w - 1] != r->sent_of[i]) continue;
        size_t j = i;
        while (j + 1 < i + w && !broken(r, j) &&
               (in->toks[j + 1].off == in->toks[j].off + in->toks[j].len + 1 ||
                elided_before(r, j + 1)))
            j++;
        if (j + 1 < i + w) continue;
        char key[48];
        size_t n = in->toks[i + w - 1].off + in->toks[i + w - 1].len - in->toks[i].off;
        size_t kn = n < sizeof key ? span_fold_to(in, i, i + w - 1, key, sizeof key) : 0;
        if (kn && precis_wordlist_has(r->q->asides, key, kn)) return w;
    }
    return 0;
}

/* The phrase after token k (the speaker after a cue): a pronoun ("a-t-il
 * dit", "said he"), a name, or a noun group opened by a determiner; not a
 * prepositional phrase ("a déclaré à l'AFP"). */
static int participle(const q_run *r, size_t i);
static int passive_cue(const q_run *r, size_t k, size_t lo);

/* A weekday or a month (data/<lang>/quote-dates.txt). */
static int date_word(const q_run *r, size_t i) {
    return !(r->tags[i] & T_QUOTED) && listed(r, r->q->dates, i);
}

/* Whether only spaces and at most one bracket, "(" or ")", stand between
 * tokens i and i+1 of one sentence. */
static int bracket_gap(const q_run *r, size_t i) {
    if (i + 1 >= r->in->n_toks || r->sent_of[i + 1] != r->sent_of[i]) return 0;
    const precis_token *t = r->in->toks;
    int brackets = 0;
    for (size_t k = t[i].off + t[i].len; k < t[i + 1].off; k++) {
        char c = r->in->text[k];
        if (c == '(' || c == ')')
            brackets++;
        else if (c != ' ')
            return 0;
    }
    return brackets <= 1;
}

/* After a role or a person's word at token last (of sentence s), a party's or a body's
 * name and its acronym in brackets, then the person, who speaks (French):
 * "la députée La République en marche (LREM) Claire X", "le député La
 * France insoumise (LFI) Marc X". None when there is no such person. */
static found party_then_person(const q_run *r, size_t last, size_t s) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    size_t n = r->in->n_toks, a, b;
    if (!r->ent || !(r->tags[last] & (T_ROLE | T_PERSON)) || !bracket_gap(r, last)) return none;
    size_t j = last + 1;
    for (int hop = 0; hop < 2 && j < n && r->sent_of[j] == s && r->ent[j] >= 0 &&
                      ent_type(r, r->ent[j]) == PRECIS_ENT_ORG && !(r->tags[j] & T_QUOTED);
         hop++) {
        size_t y = mention_last(r, j, n);
        if (!bracket_gap(r, y)) break;
        j = y + 1;
    }
    /* a party's name the entities stage did not take whole ("La France
     * insoumise"): capitalized first, at most five words, then its
     * acronym in brackets */
    if (j == last + 1 && (r->in->toks[j].flags & PRECIS_TOK_CAP)) {
        size_t x = j;
        while (x < j + 5 && x + 1 < n && !broken(r, x) && r->sent_of[x + 1] == s &&
               (r->in->toks[x + 1].flags & PRECIS_TOK_WORD) && !(r->tags[x + 1] & T_QUOTED))
            x++;
        if (x + 2 < n && bracket_gap(r, x) && acronym(r, x + 1) && bracket_gap(r, x + 1) &&
            memchr(r->in->text + r->in->toks[x].off, '(',
                   r->in->toks[x + 1].off - r->in->toks[x].off))
            j = x + 2;
    }
    if (j > last + 1 && j < n && r->sent_of[j] == s && r->ent[j] >= 0 &&
        ent_type(r, r->ent[j]) == PRECIS_ENT_PERSON && !(r->tags[j] & T_QUOTED) &&
        name_at(r, j, &a, &b))
        return (found){PRECIS_SPEAKER_NAME, j, mention_last(r, j, n), j};
    return none;
}

static found source_group(const q_run *r, size_t k);

static found group_after(const q_run *r, size_t k);

/* After a name run first..b that is no person's ("Foreign", "UK"), one or
 * two capitalized roles, with a complement of "of" (and "the") and a name
 * ("Chancellor of the Exchequer"), then a person's name: the person. */
static found capital_role_person(const q_run *r, size_t first, size_t b) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    size_t n = r->in->n_toks, s = r->sent_of[first], j = b + 1, a2, b2;
    const precis_token *t = r->in->toks;
    if (!r->ent || (r->ent[first] >= 0 && ent_type(r, r->ent[first]) == PRECIS_ENT_PERSON))
        return none;
    /* (a capitalized word before the role: "First Minister", "Under
     * Secretary") */
    while (
        j + 1 < n && j <= b + 2 && !broken(r, j - 1) && r->sent_of[j] == s &&
        (t[j].flags & PRECIS_TOK_CAP) && (t[j].flags & PRECIS_TOK_WORD) &&
        !(r->tags[j] & T_QUOTED) && (r->ent[j] < 0 || (r->tags[j] & T_ROLE)) &&
        ((r->tags[j] & T_ROLE) || (!broken(r, j) && r->sent_of[j + 1] == s &&
                                   (r->tags[j + 1] & T_ROLE) && (t[j + 1].flags & PRECIS_TOK_CAP))))
        j++;
    if (j == b + 1 || !(r->tags[j - 1] & T_ROLE)) return none;
    if (j + 1 < n && !broken(r, j - 1) && !broken(r, j) && r->sent_of[j + 1] == s &&
        word_is(r, j, "of")) {
        size_t k = j + 1;
        if (k + 1 < n && !broken(r, k) && r->sent_of[k + 1] == s && word_is(r, k, "the")) k++;
        if (!name_at(r, k, &a2, &b2) || a2 != k) return none;
        /* the complement's run may hold the person: "Exchequer Gordon X" */
        for (size_t x = k; x <= b2; x++)
            if (r->ent[x] >= 0 && ent_type(r, r->ent[x]) == PRECIS_ENT_PERSON)
                return (found){PRECIS_SPEAKER_NAME, x, mention_last(r, x, b2 + 1), x};
        if (b2 + 1 >= n || broken(r, b2)) return none;
        j = b2 + 1;
    }
    if (j >= n || broken(r, j - 1) || r->sent_of[j] != s || (r->tags[j] & T_QUOTED) ||
        r->ent[j] < 0 || ent_type(r, r->ent[j]) != PRECIS_ENT_PERSON || !name_at(r, j, &a2, &b2))
        return none;
    return (found){PRECIS_SPEAKER_NAME, j, b2, j};
}

static found phrase_after(const q_run *r, size_t k) {
    return (r->tags[k] & T_SOURCE) ? source_group(r, k) : group_after(r, k);
}

/* The first token after token m, in its sentence, past a determiner, a
 * role or a person's noun (three at most, none quoted): where a name in
 * apposition after m's comma opens ("…, le colonel Eric X"). */
static size_t past_titles(const q_run *r, size_t m) {
    size_t n = r->in->n_toks, s = r->sent_of[m], j = m + 1;
    while (j < n && j <= m + 3 && r->sent_of[j] == s &&
           (r->tags[j] & (T_DET | T_ROLE | T_PERSON)) && !(r->tags[j] & T_QUOTED))
        j++;
    return j;
}

static found group_after(const q_run *r, size_t k) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    size_t n = r->in->n_toks, s = r->sent_of[k];
    if (k + 1 >= n || r->sent_of[k + 1] != s) return none;
    /* a participle's object is no speaker: "X a appelé à « … », en
     * évoquant l'ouverture du fonds" ("according to" is a source) */
    if ((r->tags[k] & T_CUE) && !(r->tags[k] & T_SOURCE) && participle(r, k)) return none;
    /* the object of "told" listens: "X told CNN", "… told reporters"
     * (data/en/quote-listeners.txt) */
    if ((r->tags[k] & T_CUE) && listed(r, r->q->listeners, k)) return none;
    size_t first = k + 1, a, b;
    const precis_token *t = r->in->toks;
    if (broken(r, k)) { /* "s'est félicité, Julien Bayou, le porte-parole" */
        if (name_at(r, first, &a, &b))
            return !(r->tags[first] & T_QUOTED) ? (found){PRECIS_SPEAKER_NAME, first, b, first}
                                                : none;
        /* an adverbial between commas: "a ajouté, auprès de l'AFP, une
         * employée", "said, visibly moved, the mayor" */
        if (!(t[first].flags & PRECIS_TOK_WORD) || (t[first].flags & PRECIS_TOK_CAP) ||
            (r->tags[first] & (T_DET | T_ROLE | T_PRON | T_CUE)))
            return none;
        size_t j = first;
        while (j < first + Q_PHRASE && j + 1 < n && !broken(r, j) && r->sent_of[j + 1] == s &&
               !(r->tags[j + 1] & (T_CUE | T_QUOTED)))
            j++;
        if (!broken(r, j) || j + 1 >= n || r->sent_of[j + 1] != s || r->tags[j + 1] & T_QUOTED)
            return none;
        first = j + 1;
        if (name_at(r, first, &a, &b)) return (found){PRECIS_SPEAKER_NAME, first, b, first};
        if (!(r->tags[first] & T_DET)) return none;
    }
    /* the euphonic t of "a-t-il", and "to" of "according to" */
    if (first + 1 < n && !broken(r, first) &&
        ((t[first].len == 1 && r->in->text[t[first].off] == 't') ||
         ((r->tags[k] & T_SOURCE) && t[first].len == 2 && (r->in->text[t[first].off] | 32) == 't' &&
          (r->in->text[t[first].off + 1] | 32) == 'o')))
        first++;
    /* an aside before the subject: "a tweeté pour sa part X" */
    size_t aw = !broken(r, first) ? aside_len(r, first) : 0;
    if (aw && first + aw < n && r->sent_of[first + aw] == s && !broken(r, first + aw - 1))
        first += aw;
    /* an adverb in "-ment" before a determiner's group (French): "assure
     * carrément un membre du gouvernement" */
    if (!r->q->adj_before && first + 2 < n && !broken(r, first) && r->sent_of[first + 1] == s &&
        (r->tags[first + 1] & T_DET) && !(r->tags[first] & (T_QUOTED | T_CUE | T_DET))) {
        const precis_token *v = &t[first];
        if (v->len > 6 && (v->flags & PRECIS_TOK_WORD) &&
            !(v->flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) &&
            !memcmp(r->in->text + v->off + v->len - 4, "ment", 4))
            first++;
    }
    if (r->tags[first] & T_PRON) return (found){-1, first, first, first};
    /* an adverbial of a preposition and a lower-case word, or of "de", a
     * possessive and a noun, before a person's name: "écrit en particulier
     * X", "a indiqué de son côté X" (French) */
    for (size_t w = 1; w <= 2 && !r->q->adj_before && r->ent && first + w + 1 < n; w++) {
        size_t x = first + w + 1, j;
        const char *f0 = r->in->text + t[first].off;
        int ok = t[first].len == 2 && (w == 1 ? !memcmp(f0, "en", 2) : !memcmp(f0, "de", 2)) &&
                 (w == 1 || (r->tags[first + 1] & T_POSS));
        for (j = first; ok && j < x; j++)
            ok = !broken(r, j) && r->sent_of[j + 1] == s;
        ok = ok && (t[x - 1].flags & PRECIS_TOK_WORD) &&
             !(t[x - 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) && r->ent[x] >= 0 &&
             ent_type(r, r->ent[x]) == PRECIS_ENT_PERSON && !(r->tags[x] & T_QUOTED);
        if (ok) return (found){PRECIS_SPEAKER_NAME, x, mention_last(r, x, n), x};
    }
    /* adverbials before the subject: a preposition's group ("a raconté à
     * l'AFP un policier", "a déclaré sur Twitter Jean Dupont"), two of them,
     * or a noun group followed by one and a name ("détaillait la semaine
     * dernière sur Franceinfo Jean Dupont") */
    for (int hop = 0; hop < 3; hop++) {
        /* a date before the subject: "a annoncé lundi 27 avril le
         * ministère", "a déclaré à l'AFP lundi un manifestant" */
        /* (a determiner is none: "explique cet ancien policier"), unless
         * a weekday or a month, or a number and a month, follow it: "a
         * indiqué ce mardi son avocat", "a tweeté le 24 juin la
         * présidente" */
        if ((r->tags[first] & T_DET) && !(r->tags[first] & T_QUOTED) && first + 2 < n &&
            !broken(r, first) && r->sent_of[first + 2] == s &&
            (date_word(r, first + 1) || ((t[first + 1].flags & PRECIS_TOK_NUM) &&
                                         !broken(r, first + 1) && date_word(r, first + 2))))
            first++;
        for (int d = 0; d < 3 && first + 1 < n && !broken(r, first) && r->sent_of[first + 1] == s &&
                        ((r->tags[first] & T_NOTNAME) || (t[first].flags & PRECIS_TOK_NUM)) &&
                        !(r->tags[first] & T_DET);
             d++)
            first++;
        if (r->tags[first] & T_PRON) return (found){-1, first, first, first};
        size_t g = prep_end(r, first);
        if (g == SIZE_MAX && (r->tags[first] & T_DET) && !(r->tags[first] & T_ROLE)) {
            size_t l = group_end(r, first);
            size_t h = l == SIZE_MAX || l + 1 >= n || broken(r, l) ? SIZE_MAX : prep_end(r, l + 1);
            if (h != SIZE_MAX && name_at(r, h, &a, &b)) g = h;
        }
        if (g == SIZE_MAX) {
            if (hop == 0 && (t[first].flags & PRECIS_TOK_STOP) &&
                !(r->tags[first] & (T_DET | T_ROLE)))
                return none;
            break;
        }
        first = g;
        if (r->tags[first] & T_PRON) return (found){-1, first, first, first};
    }
    /* a possessor's role: "said United's head coach" stands for the person */
    if (name_tok(r, first) && !(t[first].flags & PRECIS_TOK_FIRST)) {
        b = run_end(r, first);
        size_t l = possessive(r, b) && b + 1 < n && !broken(r, b) ? group_end(r, b + 1) : SIZE_MAX;
        for (size_t j = b + 1; l != SIZE_MAX && j <= l; j++)
            if (r->tags[j] & T_PERSON) return (found){PRECIS_SPEAKER_DESCRIPTOR, first, l, first};
    }
    if (name_at(r, first, &a, &b)) {
        /* a role between two names: "said Rovers boss Steve Clarke" is the
         * second */
        size_t j = b + 1, a2, b2;
        while (j < n && j <= b + 2 && !broken(r, j - 1) && r->sent_of[j] == s &&
               (r->tags[j] & (T_ROLE | T_PERSON)) && !(t[j].flags & PRECIS_TOK_CAP))
            j++;
        if (j > b + 1 && j < n && !broken(r, j - 1) && r->sent_of[j] == s &&
            !(r->tags[j] & T_QUOTED) && name_at(r, j, &a2, &b2))
            return (found){PRECIS_SPEAKER_NAME, j, b2, j};
        /* (en: a capitalized role after a run that is no person's name,
         * then a person: "said Foreign Secretary Jack X", "said UK
         * Chancellor of the Exchequer Gordon X") */
        found c = r->q->adj_before ? capital_role_person(r, first, b) : none;
        if (c.kind != PRECIS_SPEAKER_NONE) return c;
        /* (en: other lower-case words before the role, the first name a
         * place's or a body's, no person's: "said England sevens coach
         * Mike X", "London race director Dan X", "said DZ bank economist
         * Bernd X") */
        j = b + 1;
        while (r->q->adj_before && j < n && j <= b + 3 && !broken(r, j - 1) && r->sent_of[j] == s &&
               (t[j].flags & PRECIS_TOK_WORD) &&
               !(t[j].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) &&
               !(r->tags[j] & (T_CUE | T_QUOTED | T_DET)))
            j++;
        if (r->q->adj_before && r->ent && j > b + 1 && j < n && !broken(r, j - 1) &&
            r->sent_of[j] == s && (r->tags[j - 1] & (T_ROLE | T_PERSON)) &&
            !(r->tags[j] & T_QUOTED) &&
            (r->ent[first] < 0 || ent_type(r, r->ent[first]) != PRECIS_ENT_PERSON) &&
            r->ent[j] >= 0 && ent_type(r, r->ent[j]) == PRECIS_ENT_PERSON &&
            name_at(r, j, &a2, &b2))
            return (found){PRECIS_SPEAKER_NAME, j, b2, j};
        return (found){PRECIS_SPEAKER_NAME, first, b, first};
    }
    /* a role or trade before the name: "said founder Ann Reis", "said
     * beauty blogger Amy Kern", after an adjective of a capital (en: "said
     * Swedish trades union official Ulf X") */
    int adj = (t[first].flags & PRECIS_TOK_CAP) && !(t[first].flags & PRECIS_TOK_STOP) &&
              adjective(r, first) && !(r->ent && r->ent[first] >= 0);
    for (size_t j = first; j < first + 3 + adj && j + 1 < n && !broken(r, j) &&
                           r->sent_of[j + 1] == s && (t[j].flags & PRECIS_TOK_WORD) &&
                           ((r->tags[j] & (T_ROLE | T_PERSON)) || (j == first && adj) ||
                            !(t[j].flags & (PRECIS_TOK_STOP | PRECIS_TOK_CAP))) &&
                           !(r->tags[j] & T_CUE);
         j++)
        if (name_at(r, j + 1, &a, &b)) return (found){PRECIS_SPEAKER_NAME, j + 1, b, j + 1};
    if (!(r->tags[first] & T_DET)) return none;
    size_t last = group_end(r, first);
    if (last == SIZE_MAX) return none;
    /* a name inside the group, not a complement's ("le président Jean
     * Morel", not "la procureure de Mulhouse"); none in "l'un des avocats
     * de la famille X" */
    int one = one_of(r, first + 1);
    if (one && r->ent) {
        /* its name in apposition, past the group's complement: "selon l'un
         * des scientifiques chargés de conseiller le gouvernement, le Pr
         * Jean X," */
        size_t m2 = last;
        while (m2 + 1 < n && m2 < first + 2 * Q_PHRASE && !broken(r, m2) &&
               r->sent_of[m2 + 1] == s && !(r->tags[m2 + 1] & (T_CUE | T_QUOTED)))
            m2++;
        if (m2 + 1 < n && broken(r, m2) && r->sent_of[m2 + 1] == s) {
            size_t j = past_titles(r, m2);
            if (j < n && r->sent_of[j] == s && !(r->tags[j] & T_QUOTED) && r->ent[j] >= 0 &&
                ent_type(r, r->ent[j]) == PRECIS_ENT_PERSON && name_at(r, j, &a, &b))
                return (found){PRECIS_SPEAKER_NAME, a, b, a};
        }
        /* a name ending the group ends with it: "l'un des ouvriers
         * d'Octave X" */
        if (r->ent[last] >= 0) last = mention_last(r, last, n);
    }
    for (size_t j = first; j <= last && !one; j++) {
        /* a person after the complement's name, in one run of capitals: "le
         * maire de Chambéry Michel Dantin" */
        if (r->ent && name_at(r, j, &a, &b) && (r->tags[a - 1] & T_JOIN)) {
            for (size_t x = mention_last(r, a, b + 1) + 1, y; x <= b; x = y + 1) {
                y = mention_last(r, x, b + 1);
                if (r->ent[x] >= 0 && ent_type(r, r->ent[x]) == PRECIS_ENT_PERSON)
                    return (found){PRECIS_SPEAKER_NAME, x, y, x};
            }
            j = b;
            continue;
        }
        if (name_at(r, j, &a, &b) && !group_name(r, a, b, first) && !(r->tags[a - 1] & T_JOIN) &&
            !(a == b && acronym(r, a))) { /* "l'élu LFI", "la chaîne TRT": not persons */
            found g = {PRECIS_SPEAKER_NAME, a, b, a};
            if (!r->ent || found_entity(r, &g) < 0) return g;
            /* the person among the run's entities: "le député LR Eric Ciotti" */
            for (size_t x = a, y; x <= b; x = y + 1) {
                y = mention_last(r, x, b + 1);
                g = (found){PRECIS_SPEAKER_NAME, x, y, x};
                if (r->ent[x] >= 0 && ent_type(r, r->ent[x]) == PRECIS_ENT_PERSON) return g;
            }
            j = b;
        }
    }
    /* a role's long complement, then the name: "la secrétaire d'État
     * auprès du ministre de la Transition écologique et solidaire Jeanne
     * X" (the group cut at its length) */
    /* or a complement of two nouns: "l'historien de l'art et de
     * l'architecture X" */
    int more = last + 2 < n && (r->tags[last + 1] & T_LINK) && (r->tags[last + 2] & T_JOIN) &&
               !broken(r, last) && !r->q->adj_before;
    if (r->ent && first + 1 <= last && (last + 2 - first >= Q_PHRASE || more) &&
        (r->tags[first + 1] & (T_ROLE | T_PERSON)))
        for (size_t j = last + 1;
             j < n && j < first + 2 * Q_PHRASE &&
             (!broken(r, j - 1) || (!r->q->adj_before && bracket_gap(r, j - 1))) &&
             r->sent_of[j] == s && !(r->tags[j] & (T_CUE | T_QUOTED | T_SOURCE | T_PRON));
             j++)
            if (r->ent[j] >= 0 && ent_type(r, r->ent[j]) == PRECIS_ENT_PERSON &&
                !(r->tags[j - 1] & (T_JOIN | T_DET)) && name_at(r, j, &a, &b))
                return (found){PRECIS_SPEAKER_NAME, a, b, a};
    /* a party's or a body's name, its acronym in brackets, between the
     * role and the person (French) */
    if (!r->q->adj_before) {
        found p = party_then_person(r, last, s);
        if (p.kind != PRECIS_SPEAKER_NONE) return p;
    }
    /* a listener without its preposition, then the speaker: "a dit l'AFP
     * leur avocat Philippe X" */
    if (last + 1 < n && !broken(r, last) && r->sent_of[last + 1] == s &&
        (r->tags[last + 1] & T_DET) && r->ent) {
        size_t l2 = group_end(r, last + 1);
        for (size_t j = last + 2; l2 != SIZE_MAX && j <= l2; j++)
            if (r->ent[j] >= 0 && ent_type(r, r->ent[j]) == PRECIS_ENT_PERSON &&
                name_at(r, j, &a, &b))
                return (found){PRECIS_SPEAKER_NAME, a, b, a};
    }
    /* a name in apposition: "un responsable de la police, le colonel Eric
     * Dampal", "la porte-parole du ministère, Agnès Morel", past the
     * group's lower-case complement ("la chercheure en anthropologie
     * sociale, Aïcha Benamar") */
    size_t m = last;
    while (m + 1 < n && m - first < 2 * Q_PHRASE && !broken(r, m) && r->sent_of[m + 1] == s &&
           (t[m + 1].flags & PRECIS_TOK_WORD) && !(t[m + 1].flags & PRECIS_TOK_CAP) &&
           !(r->tags[m + 1] & (T_CUE | T_QUOTED | T_DET)))
        m++;
    /* a place in brackets after the complement is no apposition (fr): "le
     * maire de Prayssac (Lot)" stays the descriptor; a name after it and
     * a comma is one ("le maire de X (Indre), Paul Y") */
    if (m + 2 < n && r->sent_of[m + 1] == s && place_in_brackets(r, m + 1, 0)) {
        size_t y = mention_last(r, m + 1, n);
        if (r->in->text[t[y].off + t[y].len + 1] == ',' && y + 1 < n && r->sent_of[y + 1] == s) {
            size_t j = past_titles(r, y);
            if (j < n && r->sent_of[j] == s && !(r->tags[j] & T_QUOTED) && r->ent[j] >= 0 &&
                ent_type(r, r->ent[j]) == PRECIS_ENT_PERSON && name_at(r, j, &a, &b))
                return (found){PRECIS_SPEAKER_NAME, a, b, a};
        }
        return (found){PRECIS_SPEAKER_DESCRIPTOR, first, last, first};
    }
    if (m + 1 < n && broken(r, m) && r->sent_of[m + 1] == s) {
        size_t j = past_titles(r, m);
        if (j < n && r->sent_of[j] == s && !(r->tags[j] & T_QUOTED) && name_at(r, j, &a, &b)) {
            /* a body's acronym in brackets after its lower-case name, then
             * the person (fr): "le président du syndicat mixte des
             * baignades (SMBL) Hervé X" */
            size_t a2, b2;
            if (!r->q->adj_before && a == b && a == m + 1 && acronym(r, a) && bracket_gap(r, m) &&
                bracket_gap(r, a) && a + 1 < n && !(r->tags[a + 1] & T_QUOTED) && r->ent &&
                r->ent[a + 1] >= 0 && ent_type(r, r->ent[a + 1]) == PRECIS_ENT_PERSON &&
                name_at(r, a + 1, &a2, &b2))
                return (found){PRECIS_SPEAKER_NAME, a2, b2, a2};
            /* the acronym of a lower-case head's complement is no
             * apposition (fr): "une porte-parole de la Fédération nationale
             * des sapeurs-pompiers (FNSPF)" is the descriptor; a person's
             * name after it and a comma is ("(DGAL), Fany X,"); "le
             * Programme alimentaire mondial (PAM)" keeps its acronym */
            if (!r->q->adj_before && a == b && a == m + 1 && acronym(r, a) && bracket_gap(r, m) &&
                first + 1 < m && (r->tags[first] & T_DET) &&
                !(t[first + 1].flags & PRECIS_TOK_CAP)) {
                if (r->ent && a + 1 < n && broken(r, a) && r->sent_of[a + 1] == s &&
                    !(r->tags[a + 1] & T_QUOTED) && r->ent[a + 1] >= 0 &&
                    ent_type(r, r->ent[a + 1]) == PRECIS_ENT_PERSON && name_at(r, a + 1, &a2, &b2))
                    return (found){PRECIS_SPEAKER_NAME, a2, b2, a2};
            } else
                return (found){PRECIS_SPEAKER_NAME, a, b, a};
        }
    }
    /* two roles joined by "et", then the name (fr): "a déploré sa collègue
     * et candidate au perchoir Mathilde X", "l'ex-LREM et candidat
     * dissident à la mairie de Paris Cédric X" */
    if (!r->q->adj_before && r->ent && last + 2 < n && !broken(r, last) &&
        (r->tags[last + 1] & T_LINK) && r->sent_of[last + 2] == s &&
        (r->tags[last + 2] & (T_ROLE | T_PERSON)) && !(t[last + 2].flags & PRECIS_TOK_CAP))
        for (size_t j = last + 3;
             j < n && j < last + 2 * Q_PHRASE && !broken(r, j - 1) && r->sent_of[j] == s &&
             !(r->tags[j] & (T_CUE | T_QUOTED | T_SOURCE | T_PRON | T_LINK | T_REL));
             j++)
            if (r->ent[j] >= 0 && ent_type(r, r->ent[j]) == PRECIS_ENT_PERSON &&
                !(r->tags[j - 1] & (T_JOIN | T_DET)) && name_at(r, j, &a, &b))
                return (found){PRECIS_SPEAKER_NAME, a, b, a};
    return (found){PRECIS_SPEAKER_DESCRIPTOR, first, last, first};
}

/* Whether token k follows an elided word with no space: "après" of
 * "d'après". */
static int elided_before(const q_run *r, size_t k) {
    const precis_token *t = &r->in->toks[k], *p = k ? &r->in->toks[k - 1] : NULL;
    if (!p || t->off != p->off + p->len || p->len < 2) return 0;
    const unsigned char *x = (const unsigned char *)r->in->text + p->off + p->len;
    return x[-1] == '\'' || x[-1] == 0x99; /* ' or the end of U+2019 */
}

/* Whether token j+1 follows token j without a space. */
static int glued_next(const q_run *r, size_t j) {
    const precis_token *t = r->in->toks;
    return j + 1 < r->in->n_toks && t[j + 1].off > 0 &&
           !precis_is_space((uint8_t)r->in->text[t[j + 1].off - 1]);
}

/* Where adjectives follow nouns: the determiner opening the clause (from
 * token lo) of a group that the name at token first completes, walked back
 * over words, joiners, determiners and names that are no person's to a
 * noun of a person or a body: "Le directeur général de la chaîne X", "le
 * rédacteur en chef de X", "Le compte X de la police de Y". SIZE_MAX:
 * none. */
static size_t completed_group(const q_run *r, size_t first, size_t lo) {
    const precis_token *t = r->in->toks;
    size_t x = first - 1;
    if (x > lo && (r->tags[x] & T_ROLE)) x--; /* "de Mme X" */
    /* the name's own noun: "de la chaîne X" */
    if (x > lo + 2 && !(r->tags[x] & (T_JOIN | T_DET)) && (t[x].flags & PRECIS_TOK_WORD) &&
        !(t[x].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) && (r->tags[x - 1] & T_DET) &&
        (r->tags[x - 2] & T_JOIN) && !broken(r, x - 1) && !broken(r, x - 2))
        x -= 2;
    if (!(r->tags[x] & T_JOIN) || broken(r, x) || (r->tags[x] & T_QUOTED)) return SIZE_MAX;
    int head = 0;
    for (size_t d = x; d > lo && x - d < 2 * Q_PHRASE;) {
        d--;
        if (broken(r, d) || (r->tags[d] & (T_QUOTED | T_CUE | T_PRON | T_REL | T_CAPTION)))
            return SIZE_MAX;
        if (r->tags[d] & T_DET) {
            if (d == lo || broken(r, d - 1)) return head ? d : SIZE_MAX;
            continue;
        }
        if (t[d].flags & PRECIS_TOK_CAP) {
            if (!name_tok(r, d) ||
                (r->ent && r->ent[d] >= 0 && ent_type(r, r->ent[d]) == PRECIS_ENT_PERSON))
                return SIZE_MAX;
            continue;
        }
        if (!(t[d].flags & PRECIS_TOK_WORD) || (t[d].flags & PRECIS_TOK_NUM)) return SIZE_MAX;
        /* a plural noun of people too: "les avocats des salariés de X" */
        head |= (r->tags[d] & (T_PERSON | T_ORGW)) != 0 || listed(r, r->q->groups, d);
    }
    return SIZE_MAX;
}

/* The subject of the verb cue at k, within its sentence (from token lo):
 * the nearest name or pronoun in its clause, else the noun group that opens
 * the clause (with a determiner: "Le syndicat des pilotes estime"). */
static int speaks_as_person(const q_run *r, const found *g);

/* A French past participle, lower case: "déposée", "soutenue", "créé". */
static int past_participle(const q_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    if (!(t->flags & PRECIS_TOK_WORD) || (t->flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP))) return 0;
    size_t n = precis_quote_folded(r->in, i);
    const char *w = r->in->folded + r->in->toks[i].fold;
    static const char *const ends[] = {"é", "ée", "és", "ées", "ue", "ues"};
    for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
        size_t m = strlen(ends[e]);
        if (n >= m + 3 && !memcmp(w + n - m, ends[e], m)) return 1;
    }
    return 0;
}

static int people_noun(const q_run *r, size_t i);

/* A determiner's group of lower-case words opening the clause lo..k, then
 * an aside between commas up to the comma before the cue at k: in English a
 * relative clause ("One senior official, who declined to be named, told the
 * paper", "The charity, which runs …, rather than …, said"); in languages
 * whose adjectives follow the noun also a past participle, and a possessive
 * may open the group ("Sa plainte, déposée le 3 août, reproche à la société
 * des « … »", "Le syndicat, qui …, dénonce"), and a group of people takes
 * a noun of people ("Des voisins, amis de la famille, racontent"). The
 * group is [*o, *l]. */
static int group_before_aside(const q_run *r, size_t k, size_t lo, size_t *o, size_t *l) {
    int post = !r->q->adj_before;
    size_t x = k;
    *o = (r->tags[lo] & T_LINK) && !broken(r, lo) ? lo + 1 : lo;
    /* auxiliaries; in French not the subject "qui" of a relative clause */
    while (x > *o && (r->in->toks[x - 1].flags & PRECIS_TOK_STOP) && !broken(r, x - 1) &&
           !(post && (r->tags[x - 1] & (T_REL | T_PRON))))
        x--;
    uint32_t opens = post ? T_DET | T_POSS : T_DET;
    uint32_t never = post ? T_QUOTED | T_CAPTION : T_QUOTED | T_CAPTION | T_POSS;
    *l = (r->tags[*o] & opens) && !(r->tags[*o] & never) ? group_end(r, *o) : SIZE_MAX;
    size_t e = *l;
    int ok = e != SIZE_MAX && e > *o && e + 2 < x && broken(r, e) && broken(r, x - 1) &&
             ((r->tags[e + 1] & T_REL) || (post && past_participle(r, e + 1)) ||
              (post && people_noun(r, *o + 1) && people_noun(r, e + 1) &&
               !(r->in->toks[e + 1].flags & PRECIS_TOK_CAP))) &&
             comma_follows(r, e) && comma_follows(r, x - 1);
    for (size_t j = *o + 1; ok && j <= e; j++)
        ok = !name_tok(r, j) && !(r->in->toks[j].flags & (PRECIS_TOK_NUM | PRECIS_TOK_CAP));
    for (size_t j = e + 1; ok && j < x; j++)
        ok = !(r->tags[j] & (T_QUOTED | T_CUE | T_SOURCE));
    return ok;
}

/* A noun of a person by role or by no role ("judge", "woman"), or a
 * plural of people that speaks as a group ("judges", "officials"). */
static int people_noun(const q_run *r, size_t i) {
    return (r->tags[i] & (T_PERSON | T_PEOPLE)) || listed(r, r->q->groups, i);
}

/* Whether a spaced dash (" - ", an en or em dash) stands between tokens
 * i and i+1. */
static int dash_after(const q_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    if (i + 1 >= r->in->n_toks) return 0;
    size_t a = t[i].off + t[i].len, b = t[i + 1].off;
    const char *x = r->in->text;
    for (size_t m = a; m < b; m++)
        if ((x[m] == '-' && m > a && m + 1 < b && x[m - 1] == ' ' && x[m + 1] == ' ') ||
            (m + 2 < b && (unsigned char)x[m] == 0xe2 && (unsigned char)x[m + 1] == 0x80 &&
             ((unsigned char)x[m + 2] == 0x93 || (unsigned char)x[m + 2] == 0x94)))
            return 1;
    return 0;
}

/* Whether the person's name at token n opens its clause behind capitalized
 * titles only ("Detective Sergeant"), the clause opening the sentence or
 * after an opening phrase's comma (2 * Q_PHRASE tokens at most) with no
 * cue, name, pronoun or quotation in that phrase (en): "Speaking after the
 * hearing, Detective Sergeant X, from Y Police, said:" */
static int opened_by_phrase(const q_run *r, size_t o, size_t n) {
    if (!r->ent || r->ent[n] < 0 || ent_type(r, r->ent[n]) != PRECIS_ENT_PERSON ||
        r->ent[n - 1] == r->ent[n])
        return 0;
    size_t t = n;
    while (t > o && (r->tags[t - 1] & T_ROLE) && (r->in->toks[t - 1].flags & PRECIS_TOK_CAP) &&
           !broken(r, t - 1) && !(r->tags[t - 1] & T_QUOTED))
        t--;
    if (t == o) return t < n;
    if (t - o > 2 * Q_PHRASE || !broken(r, t - 1) || !comma_follows(r, t - 1)) return 0;
    for (size_t j = o; j < t; j++) {
        if (r->tags[j] & (T_CUE | T_QUOTED | T_PRON | T_SOURCE | T_CAPTION)) return 0;
        if (r->ent[j] >= 0 && ent_type(r, r->ent[j]) == PRECIS_ENT_PERSON) return 0;
        if (j + 1 < t && broken(r, j)) return 0; /* one phrase, one comma */
    }
    return 1;
}

/* A name *f that sits inside a determiner's group whose head, token k - 1
 * (right before the cue, or before a small word or a break), is a
 * lower-case noun of a person's role is no speaker: the group is (en),
 * "the former Hartley midfielder said" is a midfielder, not the club. Sets
 * *f to the group and returns 1 then. */
static int role_group_name(const q_run *r, found *f, size_t k) {
    if (!r->q->adj_before || f->kind != PRECIS_SPEAKER_NAME || f->last + 1 >= k ||
        !(r->tags[k - 1] & (T_PERSON | T_ROLE)) || (r->in->toks[k - 1].flags & PRECIS_TOK_CAP))
        return 0;
    size_t d = lower_words_back(r, f->first, Q_PHRASE);
    if (d == 0 || !(r->tags[--d] & T_DET) || (r->tags[d] & T_POSS)) return 0;
    /* the head ends the group: a cue, a small word (a verb's auxiliary)
     * or a break after it */
    const precis_token *t = &r->in->toks[k];
    if (k < r->in->n_toks && !broken(r, k - 1) && !(r->tags[k] & (T_CUE | T_REL)) &&
        !(t->flags & PRECIS_TOK_STOP) && group_end(r, d) != k - 1)
        return 0;
    for (size_t j = d; j + 1 < k; j++)
        if (broken(r, j) || (r->tags[j] & (T_QUOTED | T_CUE | T_REL))) return 0;
    *f = (found){PRECIS_SPEAKER_DESCRIPTOR, d, k - 1, d};
    return 1;
}

static found subject_of(const q_run *r, size_t k, size_t lo) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    if (k == lo) return none;
    /* a participle cue after a comma reports for the subject of the cue
     * before it (en): "X criticised the plan, saying …" is X's */
    if (r->q->adj_before && k > lo + 1 && broken(r, k - 1) && participle(r, k) &&
        !(r->tags[k - 1] & T_QUOTED))
        for (size_t j = k - 1; j-- > lo;)
            if ((r->tags[j] & T_CUE) && !(r->tags[j] & T_QUOTED)) {
                if (participle(r, j)) break;
                /* no other name between as a subject (a name and a
                 * lower-case word), past the cue's own inverted one: in
                 * "commented X while Y believes …, saying", Y speaks */
                size_t t = j + 1, a1, m0;
                if (t < k && name_at(r, t, &a1, &m0)) t = m0 + 1;
                for (; t < k; t++)
                    if (name_at(r, t, &a1, &m0) && a1 == t && m0 + 1 < k && !broken(r, m0) &&
                        !(r->tags[t] & T_QUOTED) && (r->in->toks[m0 + 1].flags & PRECIS_TOK_WORD) &&
                        !(r->in->toks[m0 + 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)))
                        break;
                if (t < k) break;
                /* a name right before that cue is its subject ("Alan X said
                 * it was wrong to …, adding"), else the cue's subject */
                size_t a0, b0;
                if (j > lo && !broken(r, j - 1) && name_at(r, j - 1, &a0, &b0) && b0 == j - 1 &&
                    !(r->tags[a0] & T_QUOTED) &&
                    !(r->ent && r->ent[j - 1] >= 0 &&
                      ent_type(r, r->ent[j - 1]) != PRECIS_ENT_PERSON))
                    return (found){PRECIS_SPEAKER_NAME, a0, b0, a0};
                return subject_of(r, j, lo);
            }
    /* a participle cue after a comma, no cue before it in its clause: the
     * determiner's group of a person's noun opening that clause, its verb
     * right after it, speaks (en): "In another video, a man greets his
     * mother, telling her: '…'" */
    if (r->q->adj_before && k > lo + 3 && broken(r, k - 1) && participle(r, k) &&
        !(r->tags[k - 1] & T_QUOTED))
        for (size_t d = k - 1; d-- > lo;) {
            if (r->tags[d] & (T_CUE | T_QUOTED | T_SOURCE | T_PRON)) break;
            if (name_tok(r, d) && !(r->tags[d] & T_DET)) break;
            /* the noun right after the determiner or one word after */
            size_t l = d + 1 + (d + 2 < k && !people_noun(r, d + 1) && !broken(r, d + 1));
            if ((r->tags[d] & T_DET) && !(r->tags[d] & T_POSS) &&
                (d == lo || broken(r, d - 1) || (r->tags[d - 1] & T_LINK)) && l + 2 < k &&
                !broken(r, d) && people_noun(r, l) && !(r->in->toks[l].flags & PRECIS_TOK_CAP) &&
                !broken(r, l) && (r->in->toks[l + 1].flags & PRECIS_TOK_WORD) &&
                !(r->in->toks[l + 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)))
                return (found){PRECIS_SPEAKER_DESCRIPTOR, d, l, d};
        }
    /* a participle cue after a comma, no cue before it in its clause: a
     * bare plural of people (data/en/quote-groups.txt) opening that
     * clause, after one word at most that names no one ("Three judges",
     * "Campaign groups"), a lower-case word right after it, speaks (en):
     * "Three judges dismissed the appeal at the Court of X, saying …",
     * not a name of the clause's complements */
    if (r->q->adj_before && k > lo + 3 && broken(r, k - 1) && participle(r, k) &&
        !(r->tags[k - 1] & T_QUOTED)) {
        size_t o = (r->tags[lo] & T_LINK) && !broken(r, lo) ? lo + 1 : lo;
        size_t h = o + (!listed(r, r->q->groups, o) && !broken(r, o));
        const uint32_t no = T_QUOTED | T_CAPTION | T_PRON | T_POSS | T_DET | T_CUE | T_SOURCE;
        int ok = h + 2 < k && listed(r, r->q->groups, h) && !broken(r, h) && !(r->tags[o] & no) &&
                 !(r->tags[h] & no) &&
                 (r->in->toks[o].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) &&
                 !(r->ent && r->ent[o] >= 0 && ent_type(r, r->ent[o]) == PRECIS_ENT_PERSON) &&
                 (r->in->toks[h + 1].flags & PRECIS_TOK_WORD) &&
                 !(r->in->toks[h + 1].flags & PRECIS_TOK_CAP);
        for (size_t j = h + 1; ok && j < k; j++)
            ok = !(r->tags[j] & (T_QUOTED | T_CUE | T_SOURCE | T_REL));
        if (ok) return (found){PRECIS_SPEAKER_DESCRIPTOR, o, h, o};
    }
    /* a participle cue right after a noun group that an absolute's "with"
     * opens, a determiner then at most two lower-case words, is that
     * group's (en): "…, with one follower writing: '…'", "with several
     * residents saying it '…'" */
    if (r->q->adj_before && k > lo + 2 && participle(r, k) && !broken(r, k - 1) &&
        !(r->tags[k - 1] & (T_QUOTED | T_CUE | T_DET)) &&
        (r->in->toks[k - 1].flags & PRECIS_TOK_WORD) &&
        !(r->in->toks[k - 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)))
        for (size_t d = k - 1; d-- > lo + 1 && k - d <= 4;) {
            const precis_token *t = &r->in->toks[d];
            if (broken(r, d) || (r->tags[d] & T_QUOTED)) break;
            if (r->tags[d] & T_DET) {
                if (!(r->tags[d] & T_POSS) && listed(r, r->q->absolutes, d - 1) &&
                    !broken(r, d - 1) && !(r->tags[d - 1] & T_QUOTED))
                    return (found){PRECIS_SPEAKER_DESCRIPTOR, d, k - 1, d};
                break;
            }
            if (!(t->flags & PRECIS_TOK_WORD) || (t->flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)))
                break;
        }
    /* a cue right after a link, no subject of its own, shares the
     * sentence's subject, a pronoun or a person's name opening it, not the
     * nearest name before (en): "He describes the day his brother Paul met
     * her and claims he '…'" */
    if (r->q->adj_before && k > lo + 2 && (r->tags[k - 1] & T_LINK) && !broken(r, k - 1) &&
        !(r->tags[k - 1] & T_QUOTED)) {
        size_t o = (r->tags[lo] & T_LINK) && !broken(r, lo) ? lo + 1 : lo, a0, b0;
        if ((r->tags[o] & T_PRON) && !(r->tags[o] & (T_QUOTED | T_ITPRON)) && o + 2 < k &&
            !broken(r, o))
            return (found){-1, o, o, o};
        /* (a title before the name: "Mr X said he felt '…' … and said") */
        size_t on = o + 3 < k && (r->tags[o] & T_ROLE) && !broken(r, o) &&
                            (r->in->toks[o].flags & PRECIS_TOK_CAP) && r->ent && r->ent[o] < 0 &&
                            r->ent[o + 1] >= 0
                        ? o + 1
                        : o;
        if (on + 2 < k && name_at(r, on, &a0, &b0) && a0 == on && b0 + 2 < k && !broken(r, b0) &&
            !possessive(r, b0) && !(r->tags[on] & (T_QUOTED | T_CAPTION)) && r->ent &&
            r->ent[on] >= 0 && ent_type(r, r->ent[on]) == PRECIS_ENT_PERSON &&
            !(r->in->toks[b0 + 1].flags & PRECIS_TOK_CAP))
            return (found){PRECIS_SPEAKER_NAME, a0, b0, a0};
        /* or an organisation's name, a lower-case word after it ("X Bank
         * has lost … and warned that it faces another '…'") */
        if (o + 2 < k && name_at(r, o, &a0, &b0) && a0 == o &&
            !(r->tags[o] & (T_QUOTED | T_CAPTION)) && r->ent && r->ent[b0] >= 0 &&
            (r->ent[o] < 0 || r->ent[o] == r->ent[b0]) &&
            ent_type(r, r->ent[b0]) == PRECIS_ENT_ORG) {
            size_t l = mention_last(r, b0, k);
            if (l + 2 < k && !broken(r, l) && !possessive(r, l) &&
                (r->in->toks[l + 1].flags & PRECIS_TOK_WORD) &&
                !(r->in->toks[l + 1].flags & PRECIS_TOK_CAP) &&
                !(r->tags[l + 1] & (T_CUE | T_QUOTED | T_REL | T_ROLE | T_PERSON | T_PEOPLE)))
                return (found){PRECIS_SPEAKER_NAME, a0, l, a0};
        }
        /* or a person's name in apposition between commas after a
         * possessive's role opening it: "X's lawyer, Jim Y, made … but added" */
        if (o + 6 < k && r->ent && !(r->tags[o] & (T_QUOTED | T_CAPTION)) &&
            ((r->ent[o] >= 0 && (b0 = mention_last(r, o, k)) + 5 < k && possessive(r, b0)) ||
             ((r->tags[o] & T_POSS) && (b0 = o) + 5 < k) ||
             ((r->in->toks[o].flags & PRECIS_TOK_CAP) && possessive(r, o) && (b0 = o) + 5 < k)) &&
            !broken(r, b0)) {
            size_t j = b0 + 1, comma = 0;
            while (j <= b0 + 3 && j + 4 < k && (r->in->toks[j].flags & PRECIS_TOK_WORD) &&
                   !(r->in->toks[j].flags & PRECIS_TOK_CAP) &&
                   !(r->tags[j] & (T_CUE | T_QUOTED | T_DET | T_REL))) {
                j++;
                if (broken(r, j - 1)) {
                    comma = comma_follows(r, j - 1);
                    break;
                }
            }
            size_t a1, b1;
            if (comma && name_at(r, j, &a1, &b1) && a1 == j && b1 + 2 < k && broken(r, b1) &&
                comma_follows(r, b1) && r->ent[j] >= 0 && r->ent[b1] == r->ent[j] &&
                ent_type(r, r->ent[j]) == PRECIS_ENT_PERSON && !(r->tags[j] & T_QUOTED) &&
                (r->in->toks[b1 + 1].flags & PRECIS_TOK_WORD) &&
                !(r->in->toks[b1 + 1].flags & PRECIS_TOK_CAP))
                return (found){PRECIS_SPEAKER_NAME, a1, b1, a1};
        }
        /* or a definite group of a person's noun: "The former soap star
         * backed the plans and called for a '…' wage" */
        if (o + 3 < k && (r->tags[o] & T_DEF) && !(r->tags[o] & (T_POSS | T_QUOTED | T_CAPTION)) &&
            !broken(r, o)) {
            size_t l = o + 1;
            while (l + 2 < k && l - o < Q_PHRASE && !people_noun(r, l) && !broken(r, l) &&
                   !(r->tags[l] & (T_QUOTED | T_CUE | T_JOIN | T_DET)))
                l++;
            if (l + 2 < k && people_noun(r, l) && !broken(r, l) &&
                !(r->in->toks[l].flags & PRECIS_TOK_CAP) &&
                (r->in->toks[l + 1].flags & PRECIS_TOK_WORD) &&
                !(r->in->toks[l + 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)))
                return (found){PRECIS_SPEAKER_DESCRIPTOR, o, l, o};
        }
        /* or the subject of a cue before it whose quotation stands between
         * them: "Speaking on radio, he said '…', but stressed that …" */
        int quoted = 0;
        for (size_t j = k - 1; j-- > lo;) {
            if (r->tags[j] & T_QUOTED) {
                quoted = 1;
                continue;
            }
            if (r->tags[j] & (T_SOURCE | T_REL | T_LINK)) break;
            if (r->tags[j] & T_CUE) {
                if (quoted && !participle(r, j) && !passive_cue(r, j, lo)) {
                    found g = subject_of(r, j, lo);
                    if (g.kind != PRECIS_SPEAKER_NONE) return g;
                }
                break;
            }
        }
    }
    /* a person's name opening the clause (after a link), then an
     * apposition between commas, brackets inside, ending right before the
     * cue (en): "But X, director general of the Institute of Directors
     * (IoD), criticised" */
    if (r->q->adj_before && r->ent) {
        size_t o = lo + 1 < k && (r->tags[lo] & T_LINK) && !broken(r, lo) ? lo + 1 : lo;
        size_t c = k;
        while (c > o && (r->in->toks[c - 1].flags & PRECIS_TOK_STOP) && !broken(r, c - 1))
            c--; /* auxiliaries */
        /* or a person's name run in after a caption with no stop, a
         * content word or a place's name right before it ("… returned 56
         * minutes late X, director of Y, said:") */
        for (size_t o1 = c > o + 3 ? c - 3 : o; o1 >= o; o1--) {
            size_t x = o1 - 1;
            if (o1 > o && !opened_by_phrase(r, o, o1) &&
                !(r->ent[o1] >= 0 && r->ent[x] != r->ent[o1] && !broken(r, x) &&
                  (r->in->toks[x].flags & PRECIS_TOK_WORD) &&
                  !(r->in->toks[x].flags & PRECIS_TOK_STOP) &&
                  !(r->tags[x] & (T_JOIN | T_DET | T_CHAN | T_POSS | T_ROLE | T_PERSON | T_CUE |
                                  T_QUOTED | T_SOURCE | T_AGENT)) &&
                  (!(r->in->toks[x].flags & PRECIS_TOK_CAP) ||
                   (r->ent[x] >= 0 && ent_type(r, r->ent[x]) == PRECIS_ENT_PLACE))))
                continue;
            if (o1 + 2 < c && r->ent[o1] >= 0 && ent_type(r, r->ent[o1]) == PRECIS_ENT_PERSON &&
                !(r->tags[o1] & T_QUOTED) && broken(r, c - 1) &&
                r->in->text[r->in->toks[c - 1].off + r->in->toks[c - 1].len] != '.') {
                size_t l = mention_last(r, o1, c);
                const precis_token *t = &r->in->toks[l + 1];
                int ok = l + 1 < c - 1 && c - l <= 2 * Q_PHRASE && broken(r, l) &&
                         comma_follows(r, l) && (t->flags & PRECIS_TOK_WORD) &&
                         (!(t->flags & PRECIS_TOK_CAP) || (r->tags[l + 1] & (T_DET | T_ROLE)));
                for (size_t j = l + 1; ok && j < c; j++)
                    ok = !(r->tags[j] & (T_QUOTED | T_CUE | T_PRON | T_SOURCE | T_REL));
                if (ok) return (found){PRECIS_SPEAKER_NAME, o1, l, o1};
            }
            if (o1 == o) break;
        }
    }
    /* a person's name opening the clause (its complement after it), then
     * an aside between spaced dashes ending right before the cue (en): "X
     * of Y's fan group - who organised the event with Z - called" */
    if (r->q->adj_before && r->ent && k > lo + 4 && dash_after(r, k - 1)) {
        size_t j = k - 2;
        while (j > lo && k - j < 3 * Q_PHRASE && !dash_after(r, j) &&
               !(r->tags[j] & (T_QUOTED | T_CUE | T_SOURCE)))
            j--;
        size_t s0 = j;
        while (s0 > lo && j - s0 < Q_PHRASE && !broken(r, s0 - 1))
            s0--;
        if ((r->tags[s0] & T_LINK) && s0 < j) s0++;
        int ok = j > lo && dash_after(r, j) && r->ent[s0] >= 0 &&
                 ent_type(r, r->ent[s0]) == PRECIS_ENT_PERSON &&
                 (s0 == 0 || r->ent[s0 - 1] != r->ent[s0]);
        for (size_t i = s0; ok && i <= j; i++)
            ok = !(r->tags[i] & (T_QUOTED | T_CUE | T_SOURCE | T_PRON | T_REL));
        if (ok) return (found){PRECIS_SPEAKER_NAME, s0, mention_last(r, s0, j + 1), s0};
    }
    /* a bare plural of people right before the cue, opening its clause or
     * after a conjunction: "… and officers announced", "when strangers
     * shouted" (data/en/quote-groups.txt) */
    size_t p = k - 1, p0 = p;
    /* an organisation's name before it is part of the group: "Kelby Air
     * officials said" */
    if (r->ent && p > lo && r->ent[p - 1] >= 0 && ent_type(r, r->ent[p - 1]) == PRECIS_ENT_ORG &&
        !broken(r, p - 1) && listed(r, r->q->groups, p)) {
        p0 = p - 1;
        while (p0 > lo && r->ent[p0 - 1] == r->ent[p])
            p0--;
        while (p0 > lo && r->ent[p0 - 1] == r->ent[p - 1])
            p0--;
    }
    /* a time adverb may open the clause before it: "But yesterday judges
     * said" */
    size_t p1 = p0;
    if (p1 > lo && opening_adverb(r, p1 - 1) && !broken(r, p1 - 1) &&
        (p1 - 1 == lo || broken(r, p1 - 2) || (r->tags[p1 - 2] & T_LINK)))
        p1--;
    if (listed(r, r->q->groups, p) && !(r->tags[p] & (T_QUOTED | T_CAPTION)) &&
        (p1 == lo || broken(r, p1 - 1) || (r->tags[p1 - 1] & T_LINK) ||
         ((r->in->toks[p0 - 1].flags & PRECIS_TOK_STOP) &&
          !(r->tags[p0 - 1] & (T_DET | T_POSS | T_JOIN)) &&
          !(r->in->toks[p0 - 1].flags & PRECIS_TOK_NUM))))
        return (found){PRECIS_SPEAKER_DESCRIPTOR, p0, p, p0};
    /* a determiner's group of lower-case words opening the clause, then an
     * aside between commas up to the comma before the cue */
    if (k > lo + 4) {
        size_t o, l;
        if (group_before_aside(r, k, lo, &o, &l))
            return (found){PRECIS_SPEAKER_DESCRIPTOR, o, l, o};
    }
    /* "Mr Hussen, 47, who is from Ethiopia, said": the relative clause
     * and the apposition before it are stepped over */
    size_t c = k - 1, a, b;
    while (c > lo && (r->in->toks[c].flags & PRECIS_TOK_STOP)) {
        /* "X, chargée de …, qui dénonce": the subject is the relative's
         * antecedent, too far to tell among the names before it; a name
         * right before it is ("critiquée par la Belgique qui a appelé"),
         * unless it completes a noun ("le maire de Lyon qui") */
        if (r->tags[c] & T_REL) {
            if (c > lo && !broken(r, c - 1) && name_at(r, c - 1, &a, &b) &&
                !(r->tags[a] & T_QUOTED) && (a == lo || !(r->tags[a - 1] & T_JOIN)))
                return (found){PRECIS_SPEAKER_NAME, a, b, a};
            return none;
        }
        c--; /* auxiliaries: "…, a expliqué" */
    }
    if (r->tags[c] & T_REL) return none;
    size_t aux = c + 1; /* the auxiliaries before the cue: [aux, k) */
    while (c > lo && k - c < Q_LOOK && !broken(r, c - 1))
        c--;
    /* a name, a relative clause between commas, at most one adverb, the
     * cue (en): "X, who has given … since 2005, meanwhile has criticised"
     * is X's, whatever opens the sentence before X (a caption run in) */
    if (r->q->adj_before && c > lo + 2 && aux <= c + 1 && broken(r, c - 1) && comma_before(r, c) &&
        !(r->tags[c] & (T_QUOTED | T_CUE | T_PRON | T_DET | T_REL | T_SOURCE)) &&
        (r->in->toks[c].flags & PRECIS_TOK_WORD) && !(r->in->toks[c].flags & PRECIS_TOK_CAP)) {
        size_t j = c - 1;
        while (j > lo + 1 && c - j < Q_LOOK && spaced(r, j - 1, j, r->in->toks[j].off) &&
               !(r->tags[j] & (T_QUOTED | T_CUE | T_SOURCE | T_PRON)))
            j--;
        if ((r->tags[j] & T_REL) && !(r->tags[j] & T_QUOTED) && j > lo && broken(r, j - 1) &&
            comma_follows(r, j - 1) && name_at(r, j - 1, &a, &b) && b == j - 1 &&
            !(r->tags[a] & (T_QUOTED | T_CAPTION)))
            return (found){PRECIS_SPEAKER_NAME, a, b, a};
    }
    /* an age between commas: "Her granddaughter, Paris, 20, said" */
    if (c > lo && c + 1 == aux && (r->in->toks[c].flags & PRECIS_TOK_NUM) && broken(r, c - 1)) {
        found g = name_before(r, c - 1, lo, 0);
        if (g.kind == PRECIS_SPEAKER_NAME) return g;
    }
    /* an apposition between commas after a name opening the sentence:
     * "Horizons.v, le mouvement fondé par X, évoque", "Me X, avocat de
     * la famille de Y, a déclaré" */
    size_t h = lo + ((r->tags[lo] & T_ROLE) && lo + 1 < c); /* "Me X" */
    /* a person's name opens it: any apposition ("Dr Mary X, Consultant
     * Oncologist at Y Hospital, said") */
    int person =
        c > h + 1 && r->ent && r->ent[h] >= 0 && ent_type(r, r->ent[h]) == PRECIS_ENT_PERSON;
    for (size_t j = h; person && j < c - 1; j++)
        person = r->ent[j] == r->ent[h];
    if (c > lo && ((r->tags[c] & (T_DET | T_PERSON)) || person) && broken(r, c - 1) &&
        broken(r, aux - 1) && (r->in->toks[lo].flags & PRECIS_TOK_CAP) && c - lo <= Q_NAME) {
        int ok = name_tok(r, h);
        for (size_t j = lo; ok && j < c; j++) {
            const precis_token *t = &r->in->toks[j];
            /* a word glued to the one before is part of the name
             * ("Horizons.v"), and so is a lower-case one after it
             * ("Horizons verts") */
            int glued = j > lo && glued_next(r, j - 1);
            ok = !(r->tags[j] & (T_QUOTED | T_SOURCE | T_CUE | T_PRON | T_DET)) &&
                 (name_tok(r, j) || particle(r, j) || j < h || glued ||
                  (j > h && (t->flags & PRECIS_TOK_WORD) && !(t->flags & PRECIS_TOK_STOP))) &&
                 (j + 1 == c || !broken(r, j) || glued_next(r, j));
        }
        if (ok) return (found){PRECIS_SPEAKER_NAME, lo, c - 1, lo};
    }
    /* a determiner's group headed by a person's noun before the relative
     * (en): "one trader, who asked not to be named, told Reuters" is the
     * trader's, not a name further back */
    if (r->q->adj_before && (r->tags[c] & T_REL) && !(r->tags[c] & T_QUOTED) && c > lo + 1 &&
        broken(r, c - 1) && comma_follows(r, c - 1) && people_noun(r, c - 1) &&
        !(r->in->toks[c - 1].flags & PRECIS_TOK_CAP) && !(r->tags[c - 1] & T_QUOTED))
        for (size_t d = c - 1; d-- > lo && c - 1 - d <= Q_PHRASE && !broken(r, d);) {
            if (r->tags[d] & (T_QUOTED | T_CUE | T_PRON | T_REL)) break;
            if ((r->tags[d] & T_DET) && !(r->tags[d] & T_POSS)) {
                if (group_end(r, d) == c - 1)
                    return (found){PRECIS_SPEAKER_DESCRIPTOR, d, c - 1, d};
                break;
            }
        }
    if ((r->tags[c] & T_REL) && c > lo) {
        size_t j = c - 1;
        while (j > lo && c - j < Q_LOOK && !name_tok(r, j) && !(r->tags[j] & T_PRON))
            j--;
        found g = name_before(r, j, lo, 0);
        if (g.kind != PRECIS_SPEAKER_NONE) return g;
    }
    /* a determiner's group of lower-case words right before the cue, after
     * a word opening a clause, is its subject, not a name further on (the
     * listener of "told"): "a contract that one client told the Post was
     * '…'" (data/en/quote-clauses.txt) */
    for (size_t d = k - 1;
         d > lo && k - d <= Q_PHRASE && !broken(r, d) && !(r->tags[d] & (T_QUOTED | T_PRON)) &&
         !(r->in->toks[d].flags & (PRECIS_TOK_CAP | PRECIS_TOK_NUM));
         d--)
        if ((r->tags[d] & T_DET) && d + 1 < k && !broken(r, d - 1) &&
            listed(r, r->q->clauses, d - 1)) {
            if (group_end(r, d) == k - 1) return (found){PRECIS_SPEAKER_DESCRIPTOR, d, k - 1, d};
            break;
        }
    /* a determiner's group of lower-case words headed by a person's noun
     * right before the cue, a name right before it, is the subject, not
     * that name (en): "… studying in Leeds the woman says" */
    for (size_t d = k - 1; r->q->adj_before && d > lo && k - d <= Q_PHRASE && !broken(r, d) &&
                           (r->in->toks[d].flags & PRECIS_TOK_WORD) &&
                           !(r->in->toks[d].flags & (PRECIS_TOK_CAP | PRECIS_TOK_NUM)) &&
                           !(r->tags[d] & (T_QUOTED | T_PRON | T_CUE));
         d--)
        if (r->tags[d] & T_DET) {
            if (d + 1 < k && !(r->tags[d] & T_POSS) && people_noun(r, k - 1) && !broken(r, d - 1) &&
                name_tok(r, d - 1) && !(r->tags[d - 1] & T_QUOTED) && group_end(r, d) == k - 1)
                return (found){PRECIS_SPEAKER_DESCRIPTOR, d, k - 1, d};
            break;
        }
    found f = name_before(r, k - 1, lo, 0);
    if (role_group_name(r, &f, k)) return f;
    /* a name ending a body's name after "of" that completes a person's
     * name opening the clause: that person (en), "X of Spirit of Y said" */
    if (f.kind == PRECIS_SPEAKER_NAME && r->q->adj_before && r->ent && f.first > lo + 2 &&
        (r->tags[f.first - 1] & T_JOIN) && !broken(r, f.first - 1) && !broken(r, f.first - 2)) {
        size_t j = f.first - 1;
        while (j > lo && f.first - j < Q_PHRASE && !broken(r, j - 1) &&
               (name_tok(r, j - 1) || (r->tags[j - 1] & (T_JOIN | T_DET))) &&
               !(r->tags[j - 1] & T_QUOTED))
            j--;
        if (j < f.first - 1 && r->ent[j] >= 0 && ent_type(r, r->ent[j]) == PRECIS_ENT_PERSON &&
            (j == lo || broken(r, j - 1) || (r->tags[j - 1] & T_LINK))) {
            size_t l = mention_last(r, j, f.first);
            if (l + 2 < f.first && (r->tags[l + 1] & T_JOIN) && r->ent[l] != r->ent[f.first])
                return (found){PRECIS_SPEAKER_NAME, j, l, j};
        }
    }
    /* a name after a listener's preposition is no subject: the name
     * before it is ("X a reconnu auprès de Libération avoir dit « … »") */
    if (f.kind == PRECIS_SPEAKER_NAME && !r->q->adj_before && f.first > lo + 1) {
        size_t x = f.first - 1;
        if ((r->tags[x] & T_DET) && !(r->tags[x] & T_JOIN) && x > lo + 1) x--;
        if ((r->tags[x] & T_JOIN) && !(r->tags[x - 1] & T_QUOTED) && (r->tags[x - 1] & T_CHAN))
            x--; /* "auprès de" */
        if ((r->tags[x] & T_CHAN) && !(r->tags[x] & T_QUOTED) && x > lo) {
            found g = name_before(r, x - 1, lo, 0);
            if (g.kind == PRECIS_SPEAKER_NAME && speaks_as_person(r, &g)) return g;
        }
    }
    /* a place ends an apposition after a person's name: that person
     * ("Interrogé par X, le général Y, commandant de la brigade de Paris,
     * a confié") */
    if (f.kind == PRECIS_SPEAKER_NAME && is_place(r, &f) && r->ent) {
        size_t j = f.first;
        while (j > lo + 1 && !broken(r, j - 1) && f.first - j < 2 * Q_PHRASE)
            j--;
        if (j > lo + 1 && broken(r, j - 1) && (r->in->toks[j].flags & PRECIS_TOK_WORD) &&
            !(r->in->toks[j].flags & PRECIS_TOK_CAP) && name_at(r, j - 1, &a, &b) &&
            !(r->tags[a] & T_QUOTED) && r->ent[j - 1] >= 0 &&
            ent_type(r, r->ent[j - 1]) == PRECIS_ENT_PERSON)
            return (found){PRECIS_SPEAKER_NAME, a, b, a};
    }
    /* a place completing a role's group that opens the clause (en): the
     * group speaks, "The Archbishop of Canterbury said", "the Tory MP for
     * Sleaford said" */
    if (f.kind == PRECIS_SPEAKER_NAME && r->q->adj_before && r->ent && is_place(r, &f) &&
        f.first >= lo + 3 && (r->tags[f.first - 1] & T_JOIN) && !broken(r, f.first - 1) &&
        !broken(r, f.first - 2) && (f.last + 1 == aux || broken(r, f.last))) {
        size_t d = f.first - 2;
        int role = 1; /* (its words name no one: "The Archbishop of X") */
        while (d > lo && f.first - d < Q_PHRASE && !(r->tags[d] & (T_DET | T_CUE | T_QUOTED)) &&
               !broken(r, d - 1))
            role &= r->ent[d--] < 0;
        if ((r->tags[d] & T_DET) && !(r->tags[d] & (T_QUOTED | T_POSS)) && role &&
            d + 2 < f.first && (d == lo || broken(r, d - 1) || (r->tags[d - 1] & T_LINK)))
            return (found){PRECIS_SPEAKER_DESCRIPTOR, d, f.last, d};
    }
    /* a name completing a group of a person's or a body's noun that opens
     * the clause: the group speaks ("le cabinet de Mme X a fait savoir",
     * "le porte-parole de X a dit") */
    if (f.kind == PRECIS_SPEAKER_NAME && !r->q->adj_before && f.first >= lo + 3 && r->ent &&
        r->ent[f.first] >= 0 && mention_last(r, f.first, f.last + 1) == f.last) {
        size_t x = f.first - 1;
        if ((r->tags[x] & T_ROLE) && x > lo + 2) x--; /* "de Mme X" */
        size_t d = x - 2;
        if ((r->tags[x] & T_JOIN) && (r->tags[x - 1] & (T_PERSON | T_ORGW)) &&
            !(r->in->toks[x - 1].flags & PRECIS_TOK_CAP) && (r->tags[d] & T_DET) &&
            !(r->tags[d] & T_QUOTED) && (d == lo || broken(r, d - 1)) && !broken(r, d) &&
            !broken(r, x - 1) && !broken(r, x) && (f.last + 1 == aux || broken(r, f.last)))
            return (found){PRECIS_SPEAKER_DESCRIPTOR, d, f.last, d};
        d = completed_group(r, f.first, lo);
        if (d != SIZE_MAX && (f.last + 1 == aux || broken(r, f.last)))
            return (found){PRECIS_SPEAKER_DESCRIPTOR, d, f.last, d};
    }
    if (f.kind == -1 || f.kind == PRECIS_SPEAKER_DESCRIPTOR ||
        (f.kind == PRECIS_SPEAKER_NAME && !group_name(r, f.first, f.last, lo)))
        return f;
    /* a group of people opening the clause, its determiner perhaps "de"
     * before a word of data/<lang>/quote-partitives.txt, then perhaps a
     * preposition's group (where adjectives follow nouns): "D'autres
     * témoins ont fait état", "Des habitants dans le nord de l'île ont
     * raconté" */
    if (!r->q->adj_before && k > lo + 1) {
        size_t o = (r->tags[lo] & T_LINK) && !broken(r, lo) ? lo + 1 : lo, hd = o;
        if (o + 1 < k && (r->tags[o] & T_JOIN) && !(r->tags[o] & (T_DET | T_QUOTED)) &&
            !broken(r, o) && listed(r, r->q->partitives, o + 1))
            hd = o + 1;
        size_t e = (hd > o || (r->tags[o] & T_DET)) && !(r->tags[o] & (T_QUOTED | T_POSS))
                       ? group_end(r, hd)
                       : SIZE_MAX;
        /* its head, the word after the determiner, a noun of people */
        if (e != SIZE_MAX && e > hd && e < k && people_noun(r, hd + 1) &&
            !(r->in->toks[hd + 1].flags & PRECIS_TOK_CAP)) {
            size_t j = e + 1;
            int prep = 0;
            if (j < k && !broken(r, e)) {
                size_t g = prep_end(r, j);
                if (g != SIZE_MAX && g <= k) {
                    j = g;
                    prep = 1;
                }
            }
            while (j < k && (r->in->toks[j].flags & PRECIS_TOK_STOP) && !broken(r, j - 1) &&
                   !(r->tags[j] & (T_QUOTED | T_REL | T_PRON)))
                j++;
            if (j == k && !broken(r, k - 1) && (hd > o || prep))
                return (found){PRECIS_SPEAKER_DESCRIPTOR, o, e, o};
        }
    }
    size_t first = k - 1;
    while (first > lo && k - first <= Q_PHRASE && !broken(r, first - 1))
        first--;
    /* the group must open its clause and reach the cue (auxiliaries aside):
     * an object ("to force another referendum and urged") is not a subject,
     * nor quoted words ("« les limites du système », juge") */
    if (!(r->tags[first] & T_DET) || (r->tags[first] & T_QUOTED) ||
        (first > lo && !broken(r, first - 1)))
        return none;
    size_t last = group_end(r, first);
    if (last == SIZE_MAX || last >= k) return none;
    size_t j = last + 1;
    /* a participle's agent: "Le parti dirigé par X a qualifié" is the party */
    if (j + 1 < k && (r->tags[j + 1] & T_AGENT) && last > first && name_at(r, j + 2, &a, &b) &&
        b < k)
        j = b + 1; /* (group_end left the participle out) */
    for (; j < k; j++)
        if (!(r->in->toks[j].flags & PRECIS_TOK_STOP) && !(j + 1 == k && adverb(r, j))) return none;
    /* the group in apposition to a name before it: "Brownback, a
     * Republican, said", "Ann Reis, the mayor, said" */
    if (first > lo + 1 && broken(r, first - 1) && broken(r, last) &&
        name_at(r, first - 1, &a, &b) && b == first - 1 && !(r->tags[a] & T_QUOTED)) {
        found g = {PRECIS_SPEAKER_NAME, a, b, a};
        if (!is_place(r, &g)) return g;
    }
    return (found){PRECIS_SPEAKER_DESCRIPTOR, first, last, first};
}

/* English: a cue in -ing at token c ("…, saying X would") opens no
 * inverted cue; the name after it is the reported clause's subject. */
static int ing_cue(const q_run *r, size_t c) {
    return r->q->adj_before && participle(r, c);
}

/* Whether a reporting cue stands next to the name at tokens [a, b]: after
 * it, perhaps past an auxiliary ("Ann Reis has said"), or before it,
 * perhaps past a title ("a déclaré Me Thierry Moser", "selon X"). */
static int cue_next_to(const q_run *r, size_t a, size_t b) {
    size_t n = r->in->n_toks;
    if (b + 1 < n && (r->tags[b + 1] & T_CUE) && !broken(r, b)) return 1;
    /* in its sentence: in "… disagreed with Vale. He said", Vale is no
     * subject ("Scott, who complained" is) */
    /* (not after "and", the sentence's subject's second verb, "X
     * introduced Y and recalled"; not a passive's, "Y was told", en) */
    if (b + 2 < n && (r->in->toks[b + 1].flags & PRECIS_TOK_STOP) && (r->tags[b + 2] & T_CUE) &&
        r->sent_of[b + 2] == r->sent_of[b] &&
        !(r->q->adj_before && (r->tags[b + 1] & (T_LINK | T_COPULA))))
        return 1;
    if (a > 0 && (r->tags[a - 1] & (T_ROLE | T_PERSON | T_DET))) a--;
    if (a == 0) return 0;
    if (r->tags[a - 1] & T_SOURCE) return 1;
    /* an inverted cue opens its clause ("…, said X", "», a déclaré X"): in
     * "Y said X was planning", X is not the speaker */
    size_t c = a - 1;
    if (!(r->tags[c] & T_CUE) || ing_cue(r, c)) return 0;
    if (c > 0 && (r->in->toks[c - 1].flags & PRECIS_TOK_STOP) && !broken(r, c - 1)) c--;
    return c == 0 || broken(r, c - 1) || (r->tags[c - 1] & T_QUOTED);
}

/* Whether the pronoun at token p may stand for entity e: not "she" for a
 * man, nor "he" for a woman, when both are known. */
static signed char entity_gender(const q_run *r, size_t e);

static int agrees(const q_run *r, size_t p, long e) {
    if (!r->gender) return 1;
    if (r->gender[e] == 2) r->gender[e] = entity_gender(r, (size_t)e); /* asked once */
    return r->gender[e] < 0 || r->gender[e] == !(r->tags[p] & T_FEM);
}

/* A name run holding several entities speaks by its person, the last
 * one: "Cardiff CEO Ken Choo said" is Ken Choo, not Cardiff. */
static found person_in_run(const q_run *r, found f) {
    if (f.kind != PRECIS_SPEAKER_NAME || !r->ent || r->ent[f.first] == r->ent[f.last]) return f;
    for (size_t y = f.last + 1, x; y-- > f.first; y = x) {
        x = mention_first(r, y, f.first);
        if (r->ent[y] >= 0 && ent_type(r, r->ent[y]) == PRECIS_ENT_PERSON)
            return (found){PRECIS_SPEAKER_NAME, x, y, x};
        if (x == f.first) break;
    }
    return f;
}

/* An organisation's name completing a person's noun ("par un sympathisant
 * de La République en marche", "le rédacteur en chef de Cash
 * Investigation"): the descriptor from its determiner to the name, not the
 * organisation (French; the role's person is found from it by coref). */
static found role_of_body(const q_run *r, found f) {
    if (f.kind != PRECIS_SPEAKER_NAME || !r->ent || r->q->adj_before || f.first < 3) return f;
    long e = r->ent[f.first];
    if (e < 0 || ent_type(r, e) != PRECIS_ENT_ORG) return f;
    size_t c = f.first - 1, o = r->in->sents[r->sent_of[f.first]].tok_begin;
    if ((r->tags[c] & T_DET) && !(r->tags[c] & T_JOIN) && c > o) c--; /* "de la" */
    if (!(r->tags[c] & T_JOIN) || (r->tags[c] & T_QUOTED) || broken(r, c)) return f;
    /* the noun a few lower-case words before ("rédacteur en chef") */
    for (size_t h = c; h-- > o && c - h <= 3;) {
        const precis_token *t = &r->in->toks[h];
        if (broken(r, h) || (r->tags[h] & T_QUOTED) || !(t->flags & PRECIS_TOK_WORD) ||
            (t->flags & PRECIS_TOK_CAP))
            return f;
        if (!(r->tags[h] & T_PERSON)) continue;
        if (h == o || !(r->tags[h - 1] & T_DET) || (r->tags[h - 1] & T_QUOTED)) return f;
        return (found){PRECIS_SPEAKER_DESCRIPTOR, h - 1, mention_last(r, f.first, r->in->n_toks),
                       h - 1};
    }
    return f;
}

/* Whether the name at token h modifies the noun group before it ("d'un
 * costume Mao"): no antecedent. */
static int modifier(const q_run *r, size_t h, size_t lo) {
    return h >= lo + 2 && (r->in->toks[h - 1].flags & PRECIS_TOK_WORD) &&
           !(r->in->toks[h - 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) &&
           !(r->tags[h - 1] & (T_CUE | T_ROLE | T_PERSON)) && (r->tags[h - 2] & (T_DET | T_JOIN)) &&
           !broken(r, h - 1) && !broken(r, h - 2);
}

/* (en) The word at or after token lo that a complement of a name reaching
 * token i completes, "for" or "of" between, the name's capitalized words,
 * "and" (and with dets, determiners) back from i, six at most:
 * "spokeswoman" of "spokeswoman for the X Office", "MP" of "MP for Kelby
 * and North Ash"; SIZE_MAX when none. */
static size_t noun_of_complement(const q_run *r, size_t i, size_t lo, int dets) {
    size_t j = i;
    while (j > lo + 1 && i - j < 6 && !broken(r, j - 1) &&
           ((r->in->toks[j - 1].flags & PRECIS_TOK_CAP) || (dets && (r->tags[j - 1] & T_DET)) ||
            word_is(r, j - 1, "and")) &&
           !(r->tags[j - 1] & (T_QUOTED | T_CUE | T_PERSON)))
        j--;
    if (j > lo + 1 && (word_is(r, j - 1, "for") || word_is(r, j - 1, "of")) && !broken(r, j - 1) &&
        !broken(r, j - 2))
        return j - 2;
    return SIZE_MAX;
}

/* The noun group of a person by role or by none right before the first
 * cue of tokens [lo, hi), outside quotations: a determiner, at most two
 * words, the noun ("the woman told", "the young victim said"). */
static found people_before_cue(const q_run *r, size_t lo, size_t hi, size_t p) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    for (size_t k = lo + 2; k < hi; k++) {
        if (!(r->tags[k] & T_CUE) || (r->tags[k] & T_QUOTED)) continue;
        size_t h = k - 1, end = h;
        /* (en) past a relative clause between commas: "A spokesman for
         * the X Association, which represents …, said" */
        if (broken(r, h) && r->q->adj_before) {
            size_t j = h;
            while (j > lo + 2 && h - j < 12 && !(r->tags[j] & (T_REL | T_QUOTED | T_CUE)) &&
                   (j == h || !broken(r, j)))
                j--;
            if (!(r->tags[j] & T_REL) || (r->tags[j] & (T_QUOTED | T_CUE)) || !broken(r, j - 1))
                return none;
            h = end = j - 1;
        } else if (broken(r, h))
            return none;
        /* (en) the noun with its complement, an organisation's name: "A
         * spokeswoman for the X Office said" */
        if (r->q->adj_before && !(r->tags[h] & T_PEOPLE) &&
            (r->in->toks[h].flags & PRECIS_TOK_CAP)) {
            size_t x = noun_of_complement(r, h, lo, 1);
            if (x != SIZE_MAX) h = x;
        }
        if (!(r->tags[h] & T_PEOPLE) || (r->in->toks[h].flags & PRECIS_TOK_CAP)) return none;
        /* a noun of the pronoun's other gender: "the spokesman said …. She
         * said" (data/en/quote-female-nouns.txt, quote-male-nouns.txt) */
        if (listed(r, r->q->nouns[!!(r->tags[p] & T_FEM)], h)) return none;
        /* a determiner, at most two words, the noun; (en) or an
         * organisation's name before it: "A Department for Work and
         * Pensions spokeswoman confirmed" */
        for (size_t d = h; d-- > lo && h - d <= (r->q->adj_before ? 8 : 3) && !broken(r, d);) {
            if (r->tags[d] & T_DET)
                return (r->tags[d] & (T_QUOTED | T_POSS))
                           ? none
                           : (found){PRECIS_SPEAKER_DESCRIPTOR, d, end, d};
            if (h - d >= 3 && !(r->in->toks[d].flags & PRECIS_TOK_CAP) && !word_is(r, d, "for") &&
                !word_is(r, d, "and") && !word_is(r, d, "of"))
                return none;
        }
        return none;
    }
    return none;
}

/* Whether the person's group ending before token h follows the agent of
 * a passive past a role's group (en): "The plan was praised by the
 * chairman of BT Mike X" is Mike X's doing, in a subject's place. */
static int by_agent(const q_run *r, size_t h, size_t lo) {
    if (!r->q->adj_before) return 0;
    size_t j = h;
    while (j > lo + 1 && h - j < Q_PHRASE && !broken(r, j - 1) &&
           ((r->tags[j - 1] & (T_DET | T_ROLE | T_PERSON | T_JOIN)) ||
            (r->ent && r->ent[j - 1] >= 0 && ent_type(r, r->ent[j - 1]) == PRECIS_ENT_ORG)) &&
           !(r->tags[j - 1] & (T_QUOTED | T_AGENT)))
        j--;
    if (j == h || j < lo + 2 || !(r->tags[j - 1] & T_AGENT) || (r->tags[j - 1] & T_QUOTED) ||
        broken(r, j - 2) || !(r->tags[j] & T_DET))
        return 0;
    const precis_token *t = &r->in->toks[j - 2];
    return t->len > 3 && !memcmp(r->in->text + t->off + t->len - 2, "ed", 2);
}

/* Whether a cue and the euphonic "t" stand before the pronoun at token p:
 * "a-t-il ajouté", "affirme-t-elle". */
static int cue_t_before(const q_run *r, size_t p) {
    return p > 1 && r->in->toks[p - 1].len == 1 && r->in->text[r->in->toks[p - 1].off] == 't' &&
           (r->tags[p - 2] & T_CUE);
}

/* The person a pronoun at token p stands for by its gender alone, when
 * the nearest name before it is of the other gender ("Valérie X revient
 * sur … François Y … », dit-elle"): the latest mention before it, outside
 * quotations, of the one person of the pronoun's gender named before it,
 * however far back; of several, the latest within Q_BACK sentences
 * ("she said", "said he" alike). */
static found gendered_before(const q_run *r, size_t p) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0}, g = none;
    if (!r->ent || !r->gender) return none;
    /* the subject of a cue ("Elle dénonce", "a-t-il ajouté", "dit-elle"),
     * not an impersonal "il" ("Il ne faut pas") */
    size_t n = r->in->n_toks;
    int cue = (p + 1 < n && (r->tags[p + 1] & T_CUE)) ||
              (p + 2 < n && (r->in->toks[p + 1].flags & PRECIS_TOK_STOP) &&
               (r->tags[p + 2] & T_CUE) && !broken(r, p + 1)) ||
              (p > 0 && (r->tags[p - 1] & T_CUE)) || cue_t_before(r, p);
    if (!cue) return none;
    long e0 = -1;
    for (size_t j = p, far = p > Q_FAR ? p - Q_FAR : 0; j-- > far;) {
        long e = r->ent[j];
        if (e < 0 || (r->tags[j] & T_QUOTED) || ent_type(r, e) != PRECIS_ENT_PERSON) continue;
        if (r->gender[e] == 2) r->gender[e] = entity_gender(r, (size_t)e);
        /* English: a person of no known gender after the antecedent may be
         * the one meant ("Christie", a husband and wife under one name) */
        if (r->gender[e] < 0 && e0 < 0 && r->q->adj_before) return none;
        if (r->gender[e] < 0 || r->gender[e] != !(r->tags[p] & T_FEM)) continue;
        if (e0 < 0) {
            size_t a = mention_first(r, j, 0);
            g = (found){PRECIS_SPEAKER_NAME, a, j, a};
            e0 = e;
        } else if (e != e0)
            return gap(r, r->sent_of[g.first], r->sent_of[p]) <= Q_BACK ? g : none;
    }
    return g;
}

/* The body that opens sentence q as its subject (en): an organisation's
 * name, a determiner perhaps before it, then a lower-case word ("The X
 * Chamber of Commerce welcomed", "X has said"), or a definite group whose
 * head is no person ("the committee said"); *person is set when a person
 * opens it instead. */
static found body_opening(const q_run *r, size_t q, int *person) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    size_t lo = r->in->sents[q].tok_begin, hi = r->in->sents[q].tok_end;
    size_t o = lo + 1 < hi && (r->tags[lo] & T_LINK) && !broken(r, lo) ? lo + 1 : lo;
    if (o + 2 >= hi || (r->tags[o] & (T_QUOTED | T_CAPTION))) return none;
    if ((r->tags[o] & T_PRON) && !(r->tags[o] & T_ITPRON)) {
        *person = 1;
        return none;
    }
    /* (a determiner or a title before the name: "The X", "Mr X's") */
    size_t a =
        (r->tags[o] & (T_DET | T_ROLE)) && !(r->tags[o] & T_POSS) && !broken(r, o) ? o + 1 : o;
    if (r->ent && r->ent[a] >= 0 && (a == o || r->ent[o] < 0) && !(r->tags[a] & T_QUOTED)) {
        int ty = ent_type(r, r->ent[a]);
        if (ty == PRECIS_ENT_PERSON) {
            *person = 1;
            return none;
        }
        size_t m = mention_last(r, a, hi);
        if (ty == PRECIS_ENT_ORG && m + 1 < hi && !broken(r, m) && !possessive(r, m) &&
            (r->in->toks[m + 1].flags & PRECIS_TOK_WORD) &&
            !(r->in->toks[m + 1].flags & PRECIS_TOK_CAP) &&
            !(r->tags[m + 1] & (T_QUOTED | T_REL | T_JOIN | T_DET | T_PERSON | T_ROLE)))
            return (found){PRECIS_SPEAKER_NAME, a, m, a};
        /* a name's document: "Mr X's statement said" */
        size_t l = m + 1 < hi && possessive(r, m) && !broken(r, m) ? group_end(r, m + 1) : SIZE_MAX;
        if (l != SIZE_MAX && l + 1 < hi && !broken(r, l) && !people_noun(r, l) &&
            !(r->tags[l] & (T_PERSON | T_ROLE | T_QUOTED)) &&
            !(r->in->toks[l].flags & PRECIS_TOK_CAP) && (r->tags[l + 1] & T_CUE))
            return (found){PRECIS_SPEAKER_DESCRIPTOR, o, l, o};
        return none;
    }
    if ((r->tags[o] & T_DEF) && !(r->tags[o] & T_POSS)) {
        size_t l = group_end(r, o);
        /* the group ends at a noun of a body's kind, the next word no
         * complement of it: "The school issued an apology" is the school */
        for (size_t h = o + 1; l != SIZE_MAX && h < l; h++)
            if ((r->tags[h] & T_ORGW) && !(r->in->toks[h].flags & PRECIS_TOK_CAP) &&
                !(r->tags[h + 1] & (T_JOIN | T_ORGW))) {
                l = h;
                break;
            }
        if (l != SIZE_MAX && l > o && l + 1 < hi && !broken(r, l) && !people_noun(r, l) &&
            !(r->tags[l] & (T_PERSON | T_ROLE | T_QUOTED)) &&
            !(r->in->toks[l].flags & PRECIS_TOK_CAP) && !(r->ent && r->ent[l] >= 0) &&
            (r->in->toks[l + 1].flags & PRECIS_TOK_WORD) &&
            !(r->in->toks[l + 1].flags & PRECIS_TOK_CAP))
            return (found){PRECIS_SPEAKER_DESCRIPTOR, o, l, o};
    }
    return none;
}

static found role_group(const q_run *r, size_t lo, size_t before);
static int passive_il(const q_run *r, size_t k);

/* Whether the pronoun at token p opens the main clause after a phrase
 * closed by a comma that holds token a: no relative pronoun between
 * ("la sortie de X sur Y, qu'il a qualifié", "une vidéo du discours de X,
 * dans lequel elle déclare" are not). */
static int main_subject_after(const q_run *r, size_t a, size_t p) {
    if (p == 0 || !broken(r, p - 1)) return 0;
    for (size_t k = a; k < p; k++)
        if (r->tags[k] & (T_REL | T_CUE | T_PRON | T_QUOTED)) return 0;
    return 1;
}

/* The role's group opening sentence q (or after an adverbial opening it,
 * closed by a comma) as the subject of a cue of q, outside quotations, for
 * the pronoun at token p of sentence s (French): the person it stands for
 * when named before it and of the pronoun's gender, else the group when
 * its determiner tells that gender. With elided, only that person, of a
 * known gender, and a determiner telling none is enough ("L'homme
 * politique estime"). */
static found role_subject(const q_run *r, size_t q, size_t s, size_t p, int elided) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    size_t b0 = r->in->sents[q].tok_begin, hi = q == s ? p : r->in->sents[q].tok_end;
    size_t o = b0 + 1 < hi && (r->tags[b0] & T_LINK) && !broken(r, b0) ? b0 + 1 : b0;
    found g = role_group(r, o, hi);
    /* or after an adverbial opening the sentence, closed by a comma: "Face
     * aux rumeurs, la chanteuse a publié …" */
    for (size_t k = o + 1; g.kind != PRECIS_SPEAKER_DESCRIPTOR && k < hi; k++) {
        if ((r->tags[k] & (T_QUOTED | T_CUE | T_PRON)) || (r->ent && r->ent[k] >= 0)) break;
        if (broken(r, k - 1) && comma_follows(r, k - 1)) g = role_group(r, k, hi);
    }
    if (g.kind != PRECIS_SPEAKER_DESCRIPTOR) return none;
    /* that speaks there: a cue after it in its sentence, outside quotations
     * ("La femme marchait le long du quai." is no one's words) */
    int speaks = 0;
    for (size_t k = g.last + 1; k < hi && !speaks; k++)
        speaks = (r->tags[k] & T_CUE) && !(r->tags[k] & T_QUOTED);
    if (!speaks) return none;
    int dg = det_gender(r->in, g.first);
    if (dg >= 0 && dg != !(r->tags[p] & T_FEM)) return none;
    if (dg < 0 && !elided) return none;
    /* the person it stands for when named before it, of the pronoun's
     * gender; else the group itself */
    found c = coref(r, g);
    long e = c.kind == PRECIS_SPEAKER_NAME ? found_entity(r, &c) : -1;
    if (e < 0 || ent_type(r, e) != PRECIS_ENT_PERSON || !agrees(r, p, e) || c.first >= g.first)
        return elided ? none : g;
    if (!elided) return c;
    /* (a person of the pronoun's gender, known, when the group's own
     * determiner tells none; not when its role's noun names someone else
     * between, unnamed: "le Premier ministre Jean X … le ministre de la
     * Santé …. Le ministre a rappelé …" may be either) */
    size_t h = g.first + 1;
    while (h < g.last && !(r->tags[h] & T_PERSON))
        h++;
    for (size_t k = c.last + 1; k < g.first; k++) {
        size_t n = precis_quote_folded(r->in, h);
        if ((r->tags[k] & T_QUOTED) || precis_quote_folded(r->in, k) != n ||
            memcmp(r->in->folded + r->in->toks[k].fold, r->in->folded + r->in->toks[h].fold, n))
            continue;
        int his = 0;
        for (size_t j = k + 1; j < g.first && j <= k + 3 && !his; j++)
            his = r->ent[j] == e;
        if (!his) return none;
    }
    return r->gender && r->gender[e] >= 0 ? c : none;
}

/* (en) "'…,' it said" with no organisation found said to speak: the
 * subject of the last cue before the pronoun, in its sentence or the two
 * before, when a name that is no person's or place's (one the entities
 * missed: "DrKW said …. '…,' it added") or a definite group of an
 * organisation's noun ("the company denied"); a person there stops it. */
static found body_subject_before(const q_run *r, size_t p, size_t s) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    for (size_t k = p, lo = back(r, s, 2); k-- > lo;) {
        if (!(r->tags[k] & T_CUE) || (r->tags[k] & (T_QUOTED | T_CAPTION))) continue;
        size_t lo_k = r->in->sents[r->sent_of[k]].tok_begin;
        found h = subject_of(r, k, lo_k);
        /* a name right before the cue, an auxiliary or "also" between,
         * opening its clause: "X has said", "X also said" */
        size_t t = k, a, b;
        while (t > lo_k + 1 && k - t < 2 && !broken(r, t - 1) &&
               (word_is(r, t - 1, "has") || word_is(r, t - 1, "had") || word_is(r, t - 1, "have") ||
                word_is(r, t - 1, "also")))
            t--;
        if (h.kind == PRECIS_SPEAKER_NONE && t > lo_k && !broken(r, t - 1) &&
            name_at(r, t - 1, &a, &b) && b == t - 1 && !(r->tags[a] & T_QUOTED) &&
            (a == lo_k || broken(r, a - 1) || (r->tags[a - 1] & (T_DET | T_LINK))))
            h = (found){PRECIS_SPEAKER_NAME, a, b, a};
        /* (one capitalized word opening the sentence, no noun of people:
         * "DrKW said") */
        else if (h.kind == PRECIS_SPEAKER_NONE && t == lo_k + 1 && name_tok(r, lo_k) &&
                 !(r->tags[lo_k] & (T_PERSON | T_PEOPLE | T_QUOTED | T_ORGW)))
            h = (found){PRECIS_SPEAKER_NAME, lo_k, lo_k, lo_k};
        if (h.kind == PRECIS_SPEAKER_NAME) {
            long e = r->ent ? r->ent[h.first] : -1;
            if (e >= 0 && ent_type(r, e) == PRECIS_ENT_PLACE) return none;
            /* a person of a known gender; not a body typed a person
             * ("Sony has said") */
            if (e >= 0 && ent_type(r, e) == PRECIS_ENT_PERSON && r->gender) {
                if (r->gender[e] == 2) r->gender[e] = entity_gender(r, (size_t)e);
                if (r->gender[e] >= 0) return none;
            }
            if (e < 0 && (name_gender_at(r, h.first) >= 0 || (r->tags[h.first] & T_ROLE)))
                return none; /* a person's first name or title: "Ann X said" */
            return h;
        }
        if (h.kind == PRECIS_SPEAKER_DESCRIPTOR && (r->tags[h.first] & T_DEF)) {
            int body = 0;
            for (size_t j = h.first; j <= h.last; j++) {
                if (r->tags[j] & (T_PERSON | T_PEOPLE | T_ROLE | T_QUOTED)) return none;
                body |= (r->tags[j] & T_ORGW) != 0;
            }
            return body ? h : none;
        }
        return none;
    }
    return none;
}

/* The name a pronoun at token p stands for. */
static found resolve(const q_run *r, size_t p) {
    size_t s = r->sent_of[p];
    /* "it said": the organisation said to speak before, or the last speaker
     * when one */
    if (r->tags[p] & T_ITPRON) {
        if (r->last_kind == PRECIS_SPEAKER_NAME && gap(r, r->last_sent, s) <= Q_BACK &&
            r->last_ent >= 0 && ent_type(r, r->last_ent) != PRECIS_ENT_PLACE &&
            (ent_type(r, r->last_ent) != PRECIS_ENT_PERSON ||
             acronym(r, tok_from(r, r->last_off)))) {
            return last_found(r, PRECIS_SPEAKER_NAME);
        }
        /* or a body the last speaker's noun group names, no person:
         * "the panel said. … It cited" */
        if (r->last_kind == PRECIS_SPEAKER_DESCRIPTOR && gap(r, r->last_sent, s) <= Q_BACK) {
            found g = last_found(r, PRECIS_SPEAKER_DESCRIPTOR);
            int person = 0;
            for (size_t j = g.first; j <= g.last; j++)
                person |= (r->tags[j] & (T_PERSON | T_ROLE)) != 0;
            if (!person && (r->tags[g.first] & T_DEF)) return g;
        }
        found g = speaking_before(r, p, back(r, s, Q_BACK), PRECIS_ENT_ORG);
        /* else the body opening a sentence before, as its subject, no
         * person opening one between (en): "The X Chamber welcomed the
         * plan. '…,' it said." */
        /* (the subject of a cue: "it said", "it also warned") */
        size_t c = p + 1;
        if (c + 1 < r->in->n_toks && adverb(r, c) && !broken(r, p)) c++;
        int person =
            c >= r->in->n_toks || broken(r, p) || !(r->tags[c] & T_CUE) || (r->tags[p] & T_QUOTED);
        int itcue = !person;
        for (size_t q = s;
             r->q->adj_before && g.kind == PRECIS_SPEAKER_NONE && !person && q-- > 0 && s - q <= 2;)
            g = body_opening(r, q, &person);
        if (g.kind == PRECIS_SPEAKER_NONE && r->q->adj_before && itcue)
            g = body_subject_before(r, p, s);
        /* "It says …" opening its sentence after a sentence that a
         * determiner's group headed by a noun of writings opens as its
         * subject, a lower-case word after it: that group (en): "A National
         * Audit Office report on … says costs have risen. It says …" */
        if (g.kind != PRECIS_SPEAKER_NONE || !r->q->adj_before || s == 0 ||
            p != r->in->sents[s].tok_begin)
            return g;
        size_t o = r->in->sents[s - 1].tok_begin, end = r->in->sents[s - 1].tok_end;
        if ((r->tags[o] & T_DET) && !(r->tags[o] & (T_POSS | T_QUOTED | T_CAPTION)))
            for (size_t h = o + 1; h + 1 < end && h - o <= Q_NAME && !broken(r, h - 1); h++) {
                if (r->tags[h] & (T_QUOTED | T_CUE | T_DET | T_JOIN)) break;
                if ((r->in->toks[h].flags & PRECIS_TOK_CAP) || !listed(r, r->q->documents, h))
                    continue;
                const precis_token *t = &r->in->toks[h + 1];
                if (!broken(r, h) && (t->flags & PRECIS_TOK_WORD) && !(t->flags & PRECIS_TOK_CAP))
                    return (found){PRECIS_SPEAKER_DESCRIPTOR, o, h, o};
                break;
            }
        return g;
    }
    /* with entities, sentence by sentence back: a person next to a cue
     * ("Ann Reis said", "selon Ann Reis"), else the first person of the
     * sentence (its subject, most often) */
    /* a person named out of the subject's place ("le maire interrompt
     * Marc X") yields to the last speaker, or, when a pronoun of the same
     * gender stands in the sentence, to the name that pronoun stands for
     * further back ("Face à Claire X, la mère de Lucas X, il a été ému") */
    found later = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    size_t links = 0; /* sentences before with such a pronoun: no distance */
    int described = 0;
    for (size_t q = s + 1;
         r->ent && q-- > 0 && gap(r, q, s) <= 2 + links && gap(r, q, s) <= Q_BACK;) {
        if (q < s && r->outer[q + 1] == r->outer[q]) continue; /* all quoted */
        size_t lo = r->in->sents[q].tok_begin, hi = q == s ? p : r->in->sents[q].tok_end;
        found first = {PRECIS_SPEAKER_NONE, 0, 0, 0}, subj = first;
        int pron = 0, cue = 0, desc = 0;
        /* a link opening the sentence is no part of its subject ("But X") */
        size_t o = lo + 1 < hi && (r->tags[lo] & T_LINK) && !broken(r, lo) ? lo + 1 : lo;
        /* "Ce dernier", "The latter" opening it: the person named last */
        if (o + 1 < hi && (r->tags[o] & T_DET) && (r->tags[o + 1] & T_LATTER) &&
            !(r->tags[o] & T_QUOTED)) {
            found g = entity_before(r, o, back(r, q, 2), PRECIS_ENT_PERSON);
            if (g.kind != PRECIS_SPEAKER_NONE && agrees(r, p, r->ent[g.first])) return g;
        }
        /* a noun group of a role or an age opening it is its subject ("The
         * confident 23-year-old is"), whoever it stands for */
        for (size_t j = o + 1;
             j < hi && j <= o + 4 && (r->tags[o] & (T_DET | T_POSS)) && !(r->tags[o] & T_QUOTED);
             j++) {
            if (r->tags[j] & (T_PERSON | T_ROLE | T_AGE)) desc = 1;
            if (desc || broken(r, j - 1)) break;
        }
        for (size_t j = hi; j-- > lo;) {
            long e = r->ent[j];
            if (!(r->tags[j] & T_QUOTED) && (r->tags[j] & (T_CUE | T_SOURCE)) && j + 3 < p)
                cue = 1; /* not the pronoun's own: "confie-t-il" */
            /* the main clause's subject: opening the sentence or a clause,
             * after a link ("Mais il"), not in a subordinate one ("où il") */
            if ((r->tags[j] & T_PRON) && !(r->tags[j] & (T_ITPRON | T_QUOTED)) &&
                !(r->tags[j] & T_FEM) == !(r->tags[p] & T_FEM) &&
                (j == lo || broken(r, j - 1) || (r->tags[j - 1] & (T_LINK | T_CUE)) ||
                 /* behind one adverb opening the sentence: "But now she" */
                 (j == o + 1 && r->ent[o] < 0 && (r->in->toks[o].flags & PRECIS_TOK_WORD) &&
                  !(r->tags[o] & (T_QUOTED | T_CUE | T_REL | T_PRON | T_DET | T_POSS))) ||
                 cue_t_before(r, j))) /* "affirme-t-elle" */
                pron = 1;
            if (e < 0 || (r->tags[j] & T_QUOTED) || ent_type(r, e) != PRECIS_ENT_PERSON ||
                (q < s && (r->tags[j] & T_CAPTION)))
                continue;
            size_t a = mention_first(r, j, lo);
            j = a;
            size_t h = a > lo && (r->tags[a - 1] & T_ROLE) ? a - 1 : a;
            if (h > lo && (r->tags[h - 1] & T_AGENT)) continue; /* "asked by (Judge) Jones" */
            if (!agrees(r, p, e)) continue;                     /* "she" is not "Mark Ray" */
            /* in the pronoun's own sentence, the complement of a common
             * noun before it is not the one who speaks ("In an episode of
             * Dr Phil airing Monday, he says", "Interrogé sur la stratégie
             * de Sven X, il rétorque"): further back */
            if (q == s && h >= lo + 2 && (r->tags[h - 1] & T_JOIN) && !broken(r, h - 1) &&
                !broken(r, h - 2) && (r->in->toks[h - 2].flags & PRECIS_TOK_WORD) &&
                !(r->in->toks[h - 2].flags & PRECIS_TOK_CAP) &&
                !(r->tags[h - 2] & (T_PERSON | T_ROLE | T_CUE | T_QUOTED | T_PEOPLE)) &&
                main_subject_after(r, a, p))
                continue;
            found g = {PRECIS_SPEAKER_NAME, a, mention_last(r, a, hi), a};
            /* of no known gender, but a pronoun of the other gender
             * after it in the pronoun's own sentence, no person between
             * (en): that pronoun's ("Poodle posted a text he had with June
             * in which she told him") */
            if (q == s && r->q->adj_before && r->gender && r->gender[e] < 0) {
                int other = 0;
                for (size_t k = g.last + 1; k < p && !other; k++) {
                    if (r->ent[k] >= 0 && ent_type(r, r->ent[k]) == PRECIS_ENT_PERSON) break;
                    other = (r->tags[k] & T_PRON) && !(r->tags[k] & (T_ITPRON | T_QUOTED)) &&
                            !(r->tags[k] & T_FEM) != !(r->tags[p] & T_FEM);
                }
                if (other) continue;
            }
            if (cue_next_to(r, g.first, g.last)) return g;
            /* the nearest in a subject's place (opening the sentence or a
             * clause, a title aside), else the first */
            h = a > lo && (r->tags[a - 1] & (T_ROLE | T_PERSON)) ? a - 1 : a;
            /* or behind a few words of a title opening the sentence:
             * "Scrum-half Peter X was", "L'élu républicain Jean X a" */
            /* in English up to five words, an acronym among them:
             * "Survival expert and TV star Rob X also lent"; no name
             * before it: "X praised Y" */
            /* (en) a person's possessive and a lower-case noun or two
             * before it belong to its title: "Rock singer X's ex-wife Ann
             * Y nominated", Ann Y in the subject's place, not X */
            size_t h0 = h;
            if (r->q->adj_before && h > o + 1) {
                size_t i = h;
                while (i > o + 1 && h - i < 2 && !broken(r, i - 1) && r->ent[i - 1] < 0 &&
                       (r->in->toks[i - 1].flags & PRECIS_TOK_WORD) &&
                       !(r->in->toks[i - 1].flags & PRECIS_TOK_CAP) &&
                       !(r->tags[i - 1] & (T_CUE | T_PRON | T_QUOTED | T_SOURCE | T_REL | T_DET)))
                    i--;
                long pe = r->ent[i - 1];
                if (pe >= 0 && pe != e && ent_type(r, pe) == PRECIS_ENT_PERSON &&
                    possessive(r, i - 1) && !broken(r, i - 1) && !(r->tags[i - 1] & T_QUOTED)) {
                    while (i - 1 > lo && r->ent[i - 2] == pe)
                        i--;
                    h0 = i - 1;
                    if (h0 > lo && (r->tags[h0 - 1] & (T_ROLE | T_PERSON))) h0--;
                }
            }
            /* (en) a role right before the name: an organisation's or a
             * place's name in the title too ("Senior Labour backbencher X,
             * who …, said he") */
            int titled = r->q->adj_before && h0 == h &&
                         (h < a || (a > o + 1 && !broken(r, a - 1) &&
                                    (r->in->toks[a - 1].flags & PRECIS_TOK_WORD) &&
                                    !(r->in->toks[a - 1].flags & PRECIS_TOK_CAP) &&
                                    !(r->tags[a - 1] & (T_CUE | T_JOIN | T_DET | T_LINK))));
            int opening = h0 <= o + (r->q->adj_before ? 5 : 3);
            for (size_t i = o; opening && i < h0; i++)
                opening = !broken(r, i) && !(r->tags[i] & (T_CUE | T_PRON | T_QUOTED | T_SOURCE)) &&
                          !(titled ? r->ent[i] >= 0 && ent_type(r, r->ent[i]) == PRECIS_ENT_PERSON
                                   : r->ent[i] >= 0 || (name_tok(r, i) && i > o &&
                                                        !(r->q->adj_before && acronym(r, i))));
            /* a caption run into the pronoun's own sentence names its
             * speaker only as its subject ("Pat, pictured left, … 'I …,' she
             * admitted"), not as the object of the picture's own clause ("The
             * film starring Ann X has inspired … 'We …,' she said") */
            if (q == s && (r->tags[a] & T_CAPTION) && h != lo && !opening) continue;
            /* or, given a role, after an adverbial opening the sentence,
             * closed by a comma, no person, cue nor pronoun in it (fr):
             * "Dans un discours mardi, le Premier ministre Paul X a salué
             * …", "…, la comédienne Ann X a"; not "Durant le débat, le
             * maire interrompt Marc X" */
            if (!opening && !r->q->adj_before && h > o + 1) {
                size_t g0 = h;
                while (h < a && g0 > o && h - g0 < 3 && !broken(r, g0 - 1) &&
                       !(r->tags[g0 - 1] & (T_CUE | T_PRON | T_QUOTED | T_SOURCE)) &&
                       r->ent[g0 - 1] < 0 && !(r->in->toks[g0 - 1].flags & PRECIS_TOK_NUM))
                    g0--;
                /* no role: one lower-case noun between the determiner and
                 * the name ("la comédienne Ann X") */
                if (h == a && a > o + 2 && !broken(r, a - 2) && !broken(r, a - 1) &&
                    !(r->in->toks[a - 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) &&
                    (r->in->toks[a - 1].flags & PRECIS_TOK_WORD) && !(r->tags[a - 1] & T_CUE))
                    g0 = a - 2;
                int adv = g0 > o + 1 && broken(r, g0 - 1) && (r->tags[g0] & T_DET);
                for (size_t i = o; adv && i + 1 < g0; i++)
                    adv = !broken(r, i) && r->ent[i] < 0 &&
                          !(r->tags[i] & (T_CUE | T_PRON | T_QUOTED | T_SOURCE | T_REL));
                opening = adv;
            }
            /* a name in a list of names, another person's name after it
             * past a comma or "and", is no subject, whatever opens it (en):
             * "turn to the futures of four players — A, B, C and D — who …";
             * not before an apposition "X, Y's press secretary" */
            int listed_name = 0;
            /* (fr too: "la voix de François-Michel X, Philippe Y, Yohan Z
             * et Yoav W, les quatre personnes décédées …. « … », elle") */
            const char *and = r->q->adj_before ? "and" : "et";
            if (g.last + 2 < hi) {
                size_t n1 = g.last + 1;
                if (broken(r, g.last) && comma_follows(r, g.last))
                    listed_name = 1;
                else if (!broken(r, g.last) && (r->tags[n1] & T_LINK) && n1 + 1 < hi &&
                         !broken(r, n1) && word_is(r, n1, and))
                    listed_name = 1, n1++;
                if (listed_name) {
                    long e1 = r->ent[n1];
                    listed_name = e1 >= 0 && ent_type(r, e1) == PRECIS_ENT_PERSON &&
                                  !(r->tags[n1] & T_QUOTED) &&
                                  !possessive(r, mention_last(r, n1, hi));
                }
            }
            /* a view's holder too, its word opening a sentence: "Pour X,
             * qui dirige …, « … »", not "manager for X" */
            if (subj.kind == PRECIS_SPEAKER_NONE && !listed_name &&
                (h == lo || broken(r, h - 1) || opening || by_agent(r, h, lo) ||
                 ((r->tags[h - 1] & T_OPINION) && (r->in->toks[h - 1].flags & PRECIS_TOK_CAP))))
                subj = g;
            /* not the channel: "s'est-il indigné, également sur Radio X" */
            if ((h == lo || !(r->tags[h - 1] & T_CHAN)) && !modifier(r, h, lo)) first = g;
        }
        /* a sentence whose cue gave its quotation a speaker, no person
         * next to that cue: the speaker ("Mr Brown liked to … « … », the
         * Tory leader said. « … », he said") */
        if (q < s && cue && later.kind == PRECIS_SPEAKER_NONE &&
            r->last_kind == PRECIS_SPEAKER_NAME && r->last_sent == q && r->last_ent >= 0 &&
            ent_type(r, r->last_ent) == PRECIS_ENT_PERSON && agrees(r, p, r->last_ent) &&
            (subj.kind == PRECIS_SPEAKER_NONE || r->ent[subj.first] != r->last_ent)) {
            return last_found(r, PRECIS_SPEAKER_NAME);
        }
        /* the same with a person's noun group as that speaker, no person
         * as the sentence's subject (en): "one trader told Reuters … '…'.
         * '…,' he said" */
        if (q < s && cue && r->q->adj_before && later.kind == PRECIS_SPEAKER_NONE &&
            subj.kind == PRECIS_SPEAKER_NONE && r->last_kind == PRECIS_SPEAKER_DESCRIPTOR &&
            r->last_sent == q) {
            size_t i = tok_from(r, r->last_off);
            size_t e = tok_from(r, r->last_off + r->last_len) - 1;
            int person = 0, other = 0;
            for (size_t j = i; j <= e && e < r->in->n_toks; j++) {
                if (r->tags[j] & (T_PERSON | T_PEOPLE)) person = 1;
                if (listed(r, r->q->nouns[(r->tags[p] & T_FEM) != 0], j)) other = 1;
            }
            if (person && !other) return (found){PRECIS_SPEAKER_DESCRIPTOR, i, e, i};
        }
        if (subj.kind != PRECIS_SPEAKER_NONE) return subj;
        /* no person of its gender named there: a noun group of a person
         * before that sentence's cue ("the woman told the court …. She
         * said") */
        if (q < s && first.kind == PRECIS_SPEAKER_NONE && later.kind == PRECIS_SPEAKER_NONE) {
            found g = people_before_cue(r, o, hi, p);
            if (g.kind != PRECIS_SPEAKER_NONE) return g;
            /* (fr) a role's group as its cue's subject, the person it
             * stands for named before: "L'homme politique estime …. « … »,
             * assure-t-il" is the man named before as such, not the last
             * one named */
            /* (not when a quotation there or in the sentence before was
             * given a person of the pronoun's gender: "« … », a relevé
             * Jean-Yves X …. Le ministre … a souligné …. « … », a-t-il
             * dit" goes on with him) */
            int named = r->last_kind == PRECIS_SPEAKER_NAME && r->last_ent >= 0 &&
                        ent_type(r, r->last_ent) == PRECIS_ENT_PERSON &&
                        gap(r, r->last_sent, q) <= 1 && agrees(r, p, r->last_ent);
            if (!r->q->adj_before && r->in->folded && gap(r, q, s) <= 1 && !named)
                g = role_subject(r, q, s, p, 1);
            if (g.kind != PRECIS_SPEAKER_NONE) return g;
        }
        if (first.kind != PRECIS_SPEAKER_NONE && later.kind == PRECIS_SPEAKER_NONE && desc) {
            /* the person the group names: "La cheffe du parti Ann X, …, a" */
            size_t l = group_end(r, o);
            for (size_t j = o; l != SIZE_MAX && j < l && j + 1 < hi; j++)
                if (r->ent[j + 1] >= 0 && ent_type(r, r->ent[j + 1]) == PRECIS_ENT_PERSON &&
                    agrees(r, p, r->ent[j + 1])) {
                    return (found){PRECIS_SPEAKER_NAME, j + 1, mention_last(r, j + 1, hi), j + 1};
                }
            found g = l == SIZE_MAX ? first : coref(r, (found){PRECIS_SPEAKER_DESCRIPTOR, o, l, o});
            if (g.kind == PRECIS_SPEAKER_NAME) return g;
        }
        if (first.kind != PRECIS_SPEAKER_NONE && later.kind == PRECIS_SPEAKER_NONE) {
            /* unless a cue of that sentence may be the person's ("a avancé
             * le secrétaire d'État X"), or someone described stands between
             * ("The confident 23-year-old is") */
            if (!cue && !desc && !described && r->last_kind == PRECIS_SPEAKER_NAME &&
                r->last_ent >= 0 && r->last_ent != r->ent[first.first] &&
                ent_type(r, r->last_ent) == PRECIS_ENT_PERSON && gap(r, r->last_sent, s) <= 2 &&
                agrees(r, p, r->last_ent)) {
                return last_found(r, PRECIS_SPEAKER_NAME);
            }
            if (!pron) return first;
            later = first;
        }
        links += pron && q < s;
        described |= desc && q < s;
    }
    if (later.kind != PRECIS_SPEAKER_NONE) return later;
    /* "She added:" goes on with the last speaker, however far back (a box
     * of facts between) */
    int adds = p + 1 < r->in->n_toks && (r->tags[p + 1] & T_ADDS) && !broken(r, p);
    if (r->last_kind != PRECIS_SPEAKER_NONE && !r->last_doc &&
        (adds || gap(r, r->last_sent, s) <= Q_BACK) &&
        (r->last_ent < 0 || agrees(r, p, r->last_ent))) {
        return last_found(r, r->last_kind);
    }
    /* past a document read, the last person who spoke */
    if (r->last_doc && r->pers_ent >= 0 && (adds || gap(r, r->pers_sent, s) <= Q_BACK) &&
        agrees(r, p, r->pers_ent)) {
        size_t i = tok_from(r, r->pers_off);
        return (found){PRECIS_SPEAKER_NAME, i, tok_from(r, r->pers_off + r->pers_len) - 1, i};
    }
    size_t lo = back(r, s, 2);
    found f = p ? name_before(r, p - 1, lo, 1) : (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
    if (f.kind == PRECIS_SPEAKER_NAME && !is_place(r, &f) && !modifier(r, f.first, lo) &&
        !is_other(r, &f)) {
        /* a person of the other gender: the pronoun's own, further back */
        long e = found_entity(r, &f);
        if (e >= 0 && ent_type(r, e) == PRECIS_ENT_PERSON && !agrees(r, p, e)) {
            found g = gendered_before(r, p);
            if (g.kind != PRECIS_SPEAKER_NONE) return g;
        }
        return f;
    }
    /* no name near: the one person of its gender named before ("… perçue
     * par Emmanuelle X, secrétaire d'État. « … », estime-t-elle") */
    f = gendered_before(r, p);
    if (f.kind != PRECIS_SPEAKER_NONE) return f;
    /* no one named before: the person opening the next sentence ("« … »,
     * a-t-il souligné. Jérôme X, qui dirige …") */
    if (p < r->first_person && s + 1 < r->in->n_sents &&
        r->first_person == r->in->sents[s + 1].tok_begin) {
        size_t a = r->first_person;
        return (found){PRECIS_SPEAKER_NAME, a, mention_last(r, a, r->in->n_toks), a};
    }
    /* no person it may stand for: a role's group of its gender opening its
     * sentence or one of the two before, the cue's subject (French): "La
     * ministre des Armées a visité …. « … », a-t-elle rappelé" */
    if (!r->q->adj_before && r->in->folded && !(r->tags[p] & (T_PLURAL | T_QUOTED)) &&
        r->in->toks[p].off > 0 && r->in->text[r->in->toks[p].off - 1] == '-' && !passive_il(r, p))
        for (size_t q = s + 1; q-- > 0 && gap(r, q, s) <= 2;) {
            found g = role_subject(r, q, s, p, 0);
            if (g.kind != PRECIS_SPEAKER_NONE) return g;
        }
    return (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
}

/* A group headed by a role opening tokens [lo, before) (a determiner, at
 * most one word, the role), unless a person is named in it ("le ministre
 * Jean Morel"): "Le ministre a ironisé", "La présidente du MRP a accusé",
 * "L'ex-députée RN du Vaucluse a indiqué". Its complement's name, or an
 * organisation's right after the role, does not speak; the role's group
 * does, and stands for the person it names (coref). */
static found role_group(const q_run *r, size_t lo, size_t before) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    if (lo + 1 >= before || !(r->tags[lo] & T_DET) || (r->tags[lo] & T_QUOTED) || broken(r, lo))
        return none;
    size_t h = lo + 1;
    if (!(r->tags[h] & T_PERSON) && h + 1 < before && !broken(r, h) &&
        !(r->in->toks[h].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)))
        h++; /* "le jeune ministre" */
    if (!(r->tags[h] & T_PERSON) || (r->in->toks[h].flags & PRECIS_TOK_CAP)) return none;
    size_t last = group_end(r, lo);
    if (last == SIZE_MAX || last >= before || last < h) return none;
    /* where adjectives come first, a noun after it heads the group: "The
     * official reason" is no person */
    if (r->q->adj_before && h < last && !(r->tags[h + 1] & T_JOIN) &&
        !(r->in->toks[h + 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)))
        return none;
    /* a body's name running past the group, then a person's: "Le patron de
     * La République en marche Paul X a appelé" is Paul X */
    if (!r->q->adj_before && r->ent && r->ent[last] >= 0 &&
        ent_type(r, r->ent[last]) != PRECIS_ENT_PERSON) {
        size_t m = mention_last(r, last, before);
        if (m >= last && m + 1 < before && !broken(r, m) && r->ent[m + 1] >= 0 &&
            ent_type(r, r->ent[m + 1]) == PRECIS_ENT_PERSON && !(r->tags[m + 1] & T_QUOTED))
            return (found){PRECIS_SPEAKER_NAME, m + 1, mention_last(r, m + 1, before), m + 1};
    }
    for (size_t j = h + 1; r->ent && j <= last; j++) {
        if (r->ent[j] < 0 || ent_type(r, r->ent[j]) != PRECIS_ENT_PERSON) continue;
        size_t c = j - 1;
        if (!(r->tags[c] & T_JOIN) && (r->tags[c] & T_DET) && c > h) c--;
        if (!(r->tags[c] & T_JOIN)) return none; /* not a complement: the person */
    }
    return (found){PRECIS_SPEAKER_DESCRIPTOR, lo, last, lo};
}

/* Whether the lower-case word at token i may be a noun rather than a verb
 * (en): not ending as a past, a present or a participle ("donor", not
 * "backed", "hires", "hiring"). */
static int noun_like(const q_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    const char *w = r->in->text + t->off;
    size_t n = t->len;
    return n >= 3 && memcmp(w + n - 2, "ed", 2) && w[n - 1] != 's' && memcmp(w + n - 3, "ing", 3);
}

/* The first name or pronoun of tokens [lo, before), outside quotations and
 * not a place: the subject of a sentence that quotes without a cue. */
static found subject_first(const q_run *r, size_t lo, size_t before) {
    found g = role_group(r, lo, before);
    if (g.kind != PRECIS_SPEAKER_NONE) return g;
    for (size_t j = lo; j < before; j++) {
        if (r->tags[j] & T_QUOTED) continue;
        if ((r->tags[j] & T_PRON) && !(r->tags[j] & T_ITPRON)) return (found){-1, j, j, j};
        if (r->ent && r->ent[j] >= 0) {
            int ty = ent_type(r, r->ent[j]);
            if (ty != PRECIS_ENT_PERSON && ty != PRECIS_ENT_ORG) continue;
            /* the channel is no subject: "Interrogée sur France Inter, la
             * ministre …" */
            size_t c = j > lo && (r->tags[j - 1] & T_DET) ? j - 1 : j;
            if (!r->q->adj_before && c > lo && (r->tags[c - 1] & T_CHAN)) {
                j = mention_last(r, j, before); /* and a second one: "sur BFMTV/RMC" */
                while (j + 1 < before &&
                       r->in->toks[j + 1].off == r->in->toks[j].off + r->in->toks[j].len + 1 &&
                       r->in->text[r->in->toks[j].off + r->in->toks[j].len] == '/' &&
                       r->ent[j + 1] >= 0 && ent_type(r, r->ent[j + 1]) == PRECIS_ENT_ORG)
                    j = mention_last(r, j + 1, before);
                continue;
            }
            size_t m = mention_last(r, j, before), x = m + 1;
            /* nor is the agent of a participle set apart by a comma: the
             * interviewer of "Interrogées par TF1, Anne et Lise témoignent" */
            if (!r->q->adj_before && c >= lo + 2 && (r->tags[c - 1] & T_AGENT) &&
                !(r->tags[c - 1] & T_QUOTED) && listed(r, r->q->interviewed, c - 2) && x < before &&
                broken(r, m) && comma_follows(r, m)) {
                j = m;
                continue;
            }
            /* an acronym after a role qualifies it, a person may follow:
             * "le candidat LREM à Brest Paul X annonce", "le député RN" */
            if (ty == PRECIS_ENT_ORG && m == j && j > lo && acronym(r, j) &&
                (r->tags[j - 1] & (T_ROLE | T_PERSON)) && !(r->tags[j - 1] & T_QUOTED))
                continue;
            /* a body completing a role, then the person: "Le patron du
             * Parti vert Paul X a appelé", "La porte-parole des Verts Anne
             * X" */
            size_t d = j > lo && (r->tags[j - 1] & T_DET) && !(r->tags[j - 1] & T_JOIN) ? j - 1 : j;
            if (ty == PRECIS_ENT_ORG && d >= lo + 2 && (r->tags[d - 1] & T_JOIN) &&
                (r->tags[d - 2] & (T_PERSON | T_ROLE)) && x < before && !broken(r, m) &&
                !(r->tags[x] & T_QUOTED) && r->ent[x] >= 0 &&
                ent_type(r, r->ent[x]) == PRECIS_ENT_PERSON)
                return (found){PRECIS_SPEAKER_NAME, x, mention_last(r, x, before), x};
            /* a body's name before a person's noun, then the person: "Tory
             * donor Peter X", "BT chairman Mike X" (en); or a person's
             * possessive: "Tom X's lawyer Dana Y said that …" */
            if ((ty == PRECIS_ENT_ORG || (ty == PRECIS_ENT_PERSON && possessive(r, m))) &&
                r->q->adj_before) {
                size_t w = m + 1;
                while (
                    w < before && w - m <= 2 && !broken(r, w - 1) &&
                    (r->in->toks[w].flags & PRECIS_TOK_WORD) &&
                    !(r->in->toks[w].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP | PRECIS_TOK_NUM)) &&
                    !(r->tags[w] & (T_QUOTED | T_CUE | T_PRON | T_DET | T_REL)))
                    w++;
                if (w > m + 1 && w < before && !broken(r, w - 1) && r->ent[w] >= 0 &&
                    ent_type(r, r->ent[w]) == PRECIS_ENT_PERSON && !(r->tags[w] & T_QUOTED) &&
                    ((r->tags[w - 1] & (T_PERSON | T_ROLE)) || (w == m + 2 && noun_like(r, w - 1))))
                    return (found){PRECIS_SPEAKER_NAME, w, mention_last(r, w, before), w};
            }
            found f = {PRECIS_SPEAKER_NAME, j, m, j};
            /* a name inside a determiner's group that a role's noun heads
             * is no subject: the group is (en), "The former Hartley
             * striker described it as '…'" */
            for (size_t h = m + 1; r->q->adj_before && h < before && h <= m + 3; h++)
                if ((r->tags[h] & (T_PERSON | T_ROLE)) && role_group_name(r, &f, h + 1)) return f;
            return f;
        }
    }
    return (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
}

/* An auxiliary after a comma before the cue at k, where the subject
 * follows (not English): "… à la petite Léna, a ajouté l'élu". */
static int inverted_aux(const q_run *r, size_t a, size_t k) {
    if (r->q->adj_before || k < a + 2) return 0;
    /* an adverb between the auxiliary and the cue: "…, ont notamment
     * dénoncé des élus", "…, a également ajouté X" (an additive adverb or
     * a lower-case word of more than six bytes in "-ment": not "moment") */
    const precis_token *v = &r->in->toks[k - 1];
    if (k >= a + 3 && !broken(r, k - 2) && !broken(r, k - 1) &&
        ((r->tags[k - 1] & T_ALSO) || (v->len > 6 && (v->flags & PRECIS_TOK_WORD) &&
                                       !(v->flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP)) &&
                                       !memcmp(r->in->text + v->off + v->len - 4, "ment", 4))) &&
        !(r->tags[k - 1] & (T_QUOTED | T_CUE)))
        k--;
    return broken(r, k - 2) && (r->in->toks[k - 1].flags & PRECIS_TOK_STOP) &&
           !(r->tags[k - 1] & (T_DET | T_PRON | T_QUOTED | T_CUE | T_SOURCE));
}

/* Whether a cue or a fragment verb stands in the clause before the
 * quotation that ends right before token a (en). */
static int verb_before_mark(const q_run *r, size_t a) {
    size_t j = a;
    while (j > 0 && (r->tags[j - 1] & T_QUOTED))
        j--;
    for (size_t n = 0; j > 0 && n < Q_LOOK && r->sent_of[j - 1] == r->sent_of[a]; j--, n++) {
        if (r->tags[j - 1] & T_QUOTED) return 0;
        if ((r->tags[j - 1] & T_CUE) || listed(r, r->q->frag_cues, j - 1)) return 1;
        if (j > 1 && broken(r, j - 2)) return 0;
    }
    return 0;
}

/* A cue after the quotation: tokens a.. of one sentence, the cue within
 * `reach` tokens. With a verb cue before the quotation (verb_before), only
 * an agent or a source after it counts. */
static int cue_after(const q_run *r, size_t a, size_t reach, int verb_before, found *f) {
    size_t n = r->in->n_toks;
    if (a >= n) return 0;
    size_t s = r->sent_of[a];
    /* an elided source's first word: "« … » d'après X" */
    if (a + 1 < n && !(r->tags[a] & (T_SOURCE | T_QUOTED)) && (r->tags[a + 1] & T_SOURCE) &&
        elided_before(r, a + 1) && r->sent_of[a + 1] == s)
        a++;
    if ((r->tags[a] & T_SOURCE) || (verb_before && (r->tags[a] & T_AGENT))) {
        /* (en) the agent of the quoted words' own clause, its subject or
         * copula between the cue and the mark, is none of speech: "She
         * said she was 'shocked' by the deaths" */
        if (r->q->adj_before && !(r->tags[a] & T_SOURCE)) {
            size_t j = a;
            while (j > 0 && (r->tags[j - 1] & T_QUOTED))
                j--;
            for (size_t m = 0; j > 0 && m < Q_LOOK && r->sent_of[j - 1] == s; j--, m++) {
                if (r->tags[j - 1] & (T_CUE | T_QUOTED)) break;
                if (r->tags[j - 1] & (T_PRON | T_COPULA)) return 0;
            }
        }
        found g = phrase_after(r, a);
        /* "worried by it": "it" is no agent of speech */
        if (g.kind == -1 && (r->tags[g.at] & T_ITPRON) && !(r->tags[a] & T_SOURCE)) return 0;
        *f = g;
        return 1;
    }
    if (verb_before) {
        /* an inverted cue right after it still names the speaker: "être
         * jugé en 2020, « … », a indiqué la procureure" */
        /* not a link: "said the plan was 'rushed', but added it …" is a
         * second verb of the same subject, its object no speaker */
        size_t k = a + (a + 1 < n && (r->in->toks[a].flags & PRECIS_TOK_STOP) && !broken(r, a) &&
                        !(r->tags[a] & T_LINK));
        if (k >= n || !(r->tags[k] & T_CUE) || r->sent_of[k] != s || !broken(r, a - 1)) return 0;
        found g = phrase_after(r, k);
        if (g.kind == PRECIS_SPEAKER_NONE) return 0;
        *f = g;
        return 1;
    }
    size_t end = r->in->sents[s].tok_end;
    for (size_t k = a; k < n && k - a < reach && r->sent_of[k] == s; k++) {
        /* in the next sentence, an attribution ends it: "X said.", not
         * "The judge told him not to swear." */
        if (reach == Q_NEXT && (r->tags[k] & T_CUE) && end - k > 4) break;
        if (r->tags[k] & T_LINK) break; /* another clause: "… 'the Wall' and X agreed" */
        /* a source ending the sentence: "« … », monument classé, selon X" */
        if ((r->tags[k] & T_SOURCE) && k > a && broken(r, k - 1)) {
            *f = phrase_after(r, k);
            return 1;
        }
        if (r->tags[k] & T_CUE) {
            if (k == a) {
                *f = phrase_after(r, k); /* "said Ana Ruiz" */
                /* a noun, no inverted cue, where a cue stands before the
                 * mark: "dismissed as '…' claims that …" (en) */
                if (f->kind == PRECIS_SPEAKER_NONE && r->q->adj_before && !comma_before(r, a) &&
                    !participle(r, a) && verb_before_mark(r, a))
                    return 0;
                return 1;
            }
            /* words that neither name nor point at someone end the quoted
             * sentence; the speaker follows the cue: "… de Covid-19, ajoute
             * l'épidémiologiste" */
            if (!name_tok(r, a) && !(r->tags[a] & (T_PRON | T_DET | T_ROLE | T_PERSON)) &&
                (broken(r, k - 1) || inverted_aux(r, a, k))) {
                *f = phrase_after(r, k);
                return 1;
            }
            *f = name_before(r, k - 1, a, 0); /* "Trump said", "he told" */
            if (role_group_name(r, f, k)) return 1;
            /* an organisation ending an apposition between commas after a
             * person's name opening the words: that person (en), "'…,' X,
             * an analyst at Y Bank, told Reuters" */
            if (r->q->adj_before && f->kind == PRECIS_SPEAKER_NAME && f->first > a &&
                broken(r, k - 1) && r->ent) {
                long o = found_entity(r, f);
                found g = subject_first(r, a, k);
                long p = g.kind == PRECIS_SPEAKER_NAME ? found_entity(r, &g) : -1;
                /* (or any name after a lower-case word: "from Y Bank",
                 * whatever its type) */
                const precis_token *w = &r->in->toks[f->first - 1];
                int low = (w->flags & PRECIS_TOK_WORD) && !(w->flags & PRECIS_TOK_CAP) &&
                          !(r->tags[f->first - 1] & (T_CUE | T_QUOTED));
                if (o >= 0 && (ent_type(r, o) == PRECIS_ENT_ORG || low) && p >= 0 &&
                    ent_type(r, p) == PRECIS_ENT_PERSON && g.first == a && g.last < f->first &&
                    broken(r, g.last))
                    *f = g;
            }
            if (f->kind == PRECIS_SPEAKER_NONE || is_place(r, f)) {
                /* else the name opening them: "Josh Hale, 27, told" */
                found g = subject_first(r, a, k);
                /* with none, a place ends the quoted sentence before an
                 * inverted cue: "… du Caire, avertit la chercheuse" */
                found h =
                    g.kind == PRECIS_SPEAKER_NONE && (broken(r, k - 1) || inverted_aux(r, a, k))
                        ? phrase_after(r, k)
                        : (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
                if (h.kind != PRECIS_SPEAKER_NONE) {
                    *f = h;
                    return 1;
                }
                if (g.kind != PRECIS_SPEAKER_NONE) *f = g;
            }
            if (f->kind != PRECIS_SPEAKER_NONE) return 1;
            size_t last = (r->tags[a] & T_DET) ? group_end(r, a) : SIZE_MAX;
            if (last != SIZE_MAX && last < k) /* "the minister told" */
                *f = (found){PRECIS_SPEAKER_DESCRIPTOR, a, last, a};
            else
                *f = phrase_after(r, k);
            return 1;
        }
        /* an apposition is crossed ("his daughter, Claudette King, told"),
         * not another quotation */
        if (k + 1 < n && (r->tags[k + 1] & T_QUOTED)) return 0;
    }
    /* past the reach, a person's name opening the words, then a long
     * apposition between commas, then the cue (en): "'…,' X, director of
     * marketing for Y Systems, told the BBC" */
    size_t x, y;
    if (reach == Q_AFTER && r->q->adj_before && r->ent && name_at(r, a, &x, &y) && x == a &&
        r->ent[a] >= 0 && r->ent[y] == r->ent[a] && ent_type(r, r->ent[a]) == PRECIS_ENT_PERSON &&
        !(r->tags[a] & T_QUOTED) && broken(r, y) && comma_follows(r, y))
        for (size_t k = y + 1; k < end && k - a < Q_AFTER + 2 * Q_PHRASE; k++) {
            if (r->tags[k] & (T_QUOTED | T_LINK | T_REL | T_PRON | T_SOURCE)) break;
            if (!(r->tags[k] & T_CUE)) continue;
            if (k > y + 2 && broken(r, k - 1) && comma_follows(r, k - 1)) {
                *f = (found){PRECIS_SPEAKER_NAME, a, y, a};
                return 1;
            }
            break;
        }
    /* past the reach, an inverted cue after a comma whose subject ends the
     * sentence reports the whole of it, the words in marks with it: "Les
     * mois d'hiver seront « plus durs » en Europe, où …, a affirmé lundi
     * la branche régionale." (no other cue nor quotation between; not a
     * name in marks, a capitalized word in them: "l'ONG « La Paix »") */
    if (reach != Q_AFTER || r->q->adj_before) return 0;
    for (size_t j = a; j-- > 0 && (r->tags[j] & T_QUOTED);)
        if (r->in->toks[j].flags & PRECIS_TOK_CAP) return 0;
    for (size_t k = a; k < end; k++) {
        if (r->tags[k] & T_QUOTED) return 0;
        if (!(r->tags[k] & T_CUE)) continue;
        if (k - a < reach || !(broken(r, k - 1) || inverted_aux(r, a, k))) return 0;
        found g = phrase_after(r, k);
        if (g.kind == PRECIS_SPEAKER_NONE) return 0;
        for (size_t j = g.last + 1; j < end; j++)
            if (r->in->toks[j].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) return 0;
        *f = g;
        return 1;
    }
    return 0;
}

/* An inverted subject after a comma that follows the closing mark, the
 * verb unknown to the lists ("« … », se désespère Paul Vidal", "« … »,
 * s'alarme un enseignant"): in the languages that invert so (not
 * English), the verb is one of speech. At most two small words (a
 * reflexive, an auxiliary) before the verb. */
static int inverted_after(const q_run *r, size_t close, size_t a, found *f) {
    const precis_quote_input *in = r->in;
    size_t n = in->n_toks;
    if (r->q->adj_before || a >= n || a == 0) return 0;
    const char *p = in->text + close;
    while (p < in->text + in->toks[a].off && (*p == ' ' || (unsigned char)*p >= 0x80))
        p++;
    if (*p != ',') return 0;
    size_t s = r->sent_of[a], v = a;
    const precis_token *t = in->toks;
    while (v < a + 2 && v + 1 < n && (t[v].flags & PRECIS_TOK_STOP) && !broken(r, v) &&
           !(r->tags[v] & (T_DET | T_PRON | T_CUE | T_SOURCE)))
        v++;
    if (r->sent_of[v] != s || !(t[v].flags & PRECIS_TOK_WORD) ||
        (t[v].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP | PRECIS_TOK_NUM)) ||
        (r->tags[v] & (T_QUOTED | T_DET | T_ROLE | T_PERSON | T_ORGW)) || broken(r, v))
        return 0;
    found g = phrase_after(r, v);
    size_t end = g.kind == -1 ? g.at : g.last;
    /* a descriptor must end its clause ("», dernier mot du film" is none) */
    if (g.kind == PRECIS_SPEAKER_NONE ||
        (g.kind == PRECIS_SPEAKER_DESCRIPTOR && end + 1 < n && r->sent_of[end + 1] == s &&
         !broken(r, end) && !(r->tags[end + 1] & T_QUOTED)))
        return 0;
    *f = g;
    return 1;
}

/* A name and one or two small words closing the sentence after a
 * quotation that ends on a comma, a question or an exclamation mark inside
 * its marks: "\"Yes, I know that,\" Stancil fired back." speaks, whatever
 * the verb. */
static int name_verb_after(const q_run *r, size_t b, size_t e, size_t a, found *f) {
    const precis_quote_input *in = r->in;
    size_t n = in->n_toks, x, y;
    if (e <= b || a >= n || !strchr(",?!", in->text[e - 1])) return 0;
    if (!name_at(r, a, &x, &y) || x != a || (r->tags[a] & T_QUOTED)) return 0;
    size_t s = r->sent_of[a], v = y + 1, end = in->sents[s].tok_end;
    if (v >= n || r->sent_of[v] != s || broken(r, y) || !(in->toks[v].flags & PRECIS_TOK_WORD) ||
        (in->toks[v].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP | PRECIS_TOK_NUM)))
        return 0;
    if (end > v + 2 && !broken(r, v) && !(v + 1 < n && broken(r, v + 1))) return 0;
    found g = {PRECIS_SPEAKER_NAME, x, y, x};
    if (is_place(r, &g)) return 0;
    *f = g;
    return 1;
}

/* The group after a source (French): a noun of someone's words names no
 * speaker, the group of its "de" or "par" does: "selon les termes du
 * Parisien", "selon les propos tenus vendredi par l'agence X"; none after a
 * possessive ("selon ses propres mots"; data/fr/quote-word-nouns.txt). */
static found source_group(const q_run *r, size_t k) {
    found g = group_after(r, k), none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    if (g.kind != PRECIS_SPEAKER_DESCRIPTOR || !r->q->word_nouns) return g;
    size_t h = g.first, n = r->in->n_toks, s = r->sent_of[k];
    while (h <= g.last && !listed(r, r->q->word_nouns, h))
        h++;
    if (h > g.last) return g;
    const precis_token *t = r->in->toks;
    for (size_t j = h; j < h + 5 && j + 1 < n && r->sent_of[j + 1] == s && !broken(r, j); j++) {
        if (r->tags[j + 1] & T_QUOTED) break;
        const char *w = r->in->text + t[j + 1].off;
        if ((r->tags[j + 1] & T_JOIN) || (t[j + 1].len == 3 && !memcmp(w, "par", 3))) {
            found f = group_after(r, j + 1);
            return f.kind == PRECIS_SPEAKER_NONE ? none : f;
        }
    }
    return none;
}

/* A source closing the quotation's sentence beyond the reach of the cues
 * after it (French): "« … » sont les premiers signes qui montrent que …,
 * selon l'Association des pédiatres (AP)." After a comma, no cue nor other
 * quotation between; its group ends the sentence (an acronym may follow).
 * It names the speaker of words kept as speech, and makes no fragment
 * speech (a term, a charge: "pour « violation du secret professionnel »,
 * selon Le Point"). */
static int source_at_end(const q_run *r, size_t a, found *f) {
    const precis_quote_input *in = r->in;
    if (r->q->adj_before || a >= in->n_toks) return 0;
    size_t s = r->sent_of[a], end = in->sents[s].tok_end, k = SIZE_MAX;
    for (size_t j = a; j < end; j++) {
        if ((r->tags[j] & T_QUOTED) || ((r->tags[j] & T_CUE) && !(r->tags[j] & T_SOURCE))) return 0;
        if ((r->tags[j] & T_SOURCE) && j > a + 1 &&
            (broken(r, j - 1) || (elided_before(r, j) && broken(r, j - 2))))
            k = j;
    }
    if (k == SIZE_MAX) return 0;
    found g = phrase_after(r, k);
    if (g.kind == PRECIS_SPEAKER_NONE || g.kind < 0) return 0;
    size_t l = g.last + 1;
    if (l < end && acronym(r, l)) l++;
    if (l != end) return 0;
    *f = g;
    return 1;
}

/* Whether token k is the impersonal "il" of a passive after "est" ("est-il
 * écrit", "est-il précisé"). */
static int passive_il(const q_run *r, size_t k) {
    const precis_quote_input *in = r->in;
    const precis_token *t = &in->toks[k];
    if (t->len != 2 || memcmp(in->text + t->off, "il", 2) || k == 0) return 0;
    size_t v = k - 1; /* "est", a hyphen token between or not */
    if (v > 0 && in->toks[v].len == 1 && in->text[in->toks[v].off] == '-') v--;
    const precis_token *e = &in->toks[v];
    return e->len == 3 && !memcmp(in->text + e->off, "est", 3) && e->off + e->len + 1 == t->off &&
           in->text[e->off + e->len] == '-';
}

/* Token k is the lower-case word w. */
static int word_is(const q_run *r, size_t k, const char *w) {
    const precis_token *t = &r->in->toks[k];
    size_t m = strlen(w);
    return t->len == m && !memcmp(r->in->text + t->off, w, m);
}

/* English: "'…,' Reuters quoted a central bank official as saying": the
 * group quoted speaks, not the medium that reports it. From token a after
 * the closing mark, a verb of relaying (data/<lang>/quote-relay-verbs.txt:
 * "quoted", "reported") within the sentence's first words, then its
 * object, then "as saying". */
static int quoted_as_saying(const q_run *r, size_t a, found *f) {
    const precis_quote_input *in = r->in;
    size_t n = in->n_toks, s = r->sent_of[a];
    if (!r->q->relay_verbs) return 0;
    for (size_t k = a; k < n && k <= a + Q_AFTER && r->sent_of[k] == s; k++) {
        if (r->tags[k] & T_QUOTED) return 0;
        if ((in->toks[k].flags & PRECIS_TOK_CAP) || !listed(r, r->q->relay_verbs, k)) continue;
        for (size_t j = k + 2; j + 1 < n && j <= k + 1 + Q_PHRASE && r->sent_of[j + 1] == s; j++) {
            if (r->tags[j] & T_QUOTED) return 0;
            if (!word_is(r, j, "as") || !word_is(r, j + 1, "saying")) continue;
            found g = group_after(r, k);
            if (g.kind == PRECIS_SPEAKER_NONE || (g.kind != -1 && g.last >= j)) return 0;
            *f = g;
            return 1;
        }
        return 0;
    }
    return 0;
}

/* A document named after the quotation by a verb of reading with the
 * impersonal "on" before it, or by a participle of writing after "est-il":
 * "« … » peut-on lire dans ce communiqué", "lit-on sur le site du parti",
 * "« … », est-il écrit dans le protocole". The noun group after the
 * preposition speaks. */
static int read_in_after(const q_run *r, size_t a, found *f) {
    const precis_quote_input *in = r->in;
    size_t n = in->n_toks, s = r->sent_of[a];
    int on = 0;
    for (size_t k = a; k < n && k <= a + 3 && r->sent_of[k] == s; k++) {
        const precis_token *t = &in->toks[k];
        if ((t->len == 2 && (in->text[t->off] | 32) == 'o' && (in->text[t->off + 1] | 32) == 'n') ||
            passive_il(r, k))
            on = 1;
        if (!(r->tags[k] & T_READ)) {
            if (broken(r, k)) return 0;
            continue;
        }
        /* the place read in ("dans", "sur"), not a time ("depuis ce
         * samedi"); none past the last token */
        size_t g = k + 2;
        if (g >= n) return 0;
        const precis_token *pt = &in->toks[k + 1];
        int in_on =
            (r->tags[k + 1] & T_CHAN) || (pt->len == 4 && !strncmp(in->text + pt->off, "dans", 4));
        /* "sur son site" is the speaker's own: no document of its own */
        if (!on || g >= n || r->sent_of[g] != s || broken(r, k) || broken(r, k + 1) || !in_on ||
            !(r->tags[g] & T_DET) || (r->tags[g] & T_POSS))
            return 0;
        size_t last = group_end(r, g);
        if (last == SIZE_MAX) return 0;
        *f = (found){PRECIS_SPEAKER_DESCRIPTOR, g, last, g};
        return 1;
    }
    return 0;
}

/* A document's words after its verb of reading, the mark right after
 * a colon or a comma (en; data/en/quote-read-verbs.txt): "The incident
 * report read: '…'", "A statement from the league read:", "The letter,
 * seen by the Herald, reads:", "… $5,000 The questions read:" (a caption
 * run in). The document's group, a determiner opening it (its sentence,
 * or capitalized), speaks, not a name of its complements or of an aside. */
static int document_read(const q_run *r, size_t before, size_t open, found *f) {
    const precis_quote_input *in = r->in;
    if (!r->q->read_verbs || before < 3) return 0;
    size_t k = before - 1;
    if ((r->tags[k] & T_QUOTED) || (in->toks[k].flags & PRECIS_TOK_CAP) ||
        !listed(r, r->q->read_verbs, k))
        return 0;
    int sep = 0;
    for (size_t c = in->toks[k].off + in->toks[k].len; c < open; c++) {
        if (in->text[c] == ':' || in->text[c] == ',')
            sep++;
        else if (in->text[c] != ' ')
            return 0;
    }
    if (sep != 1) return 0;
    size_t s0 = in->sents[r->sent_of[k]].tok_begin, h = k - 1;
    if (h <= s0) return 0;
    /* an aside between commas before the verb: "…, seen by the Herald," */
    if (broken(r, h)) {
        if (!comma_follows(r, h)) return 0;
        size_t m = h;
        while (m > s0 && !broken(r, m - 1) && h - m < Q_PHRASE &&
               !(r->tags[m] & (T_QUOTED | T_CUE | T_SOURCE)))
            m--;
        if (m <= s0 || !broken(r, m - 1) || (r->tags[m] & (T_QUOTED | T_CUE | T_SOURCE)) ||
            !comma_follows(r, m - 1))
            return 0;
        h = m - 1;
    }
    /* the nearest determiner that opens a group: a lower-case one inside
     * ("from the league's") does not */
    size_t d = h;
    while (d > s0 && h - d < 2 * Q_PHRASE && !broken(r, d - 1) &&
           !((r->tags[d] & T_DET) && (in->toks[d].flags & PRECIS_TOK_CAP)))
        d--;
    if (!(r->tags[d] & T_DET) || (r->tags[d] & (T_POSS | T_QUOTED)) || d == h ||
        !(d == s0 || broken(r, d - 1) || (in->toks[d].flags & PRECIS_TOK_CAP)))
        return 0;
    for (size_t j = d; j <= h; j++)
        if ((r->tags[j] & (T_QUOTED | T_CUE | T_SOURCE | T_PRON)) ||
            (r->ent && r->ent[j] >= 0 && ent_type(r, r->ent[j]) == PRECIS_ENT_PERSON))
            return 0;
    const precis_token *t = &in->toks[d + 1];
    if (!(t->flags & PRECIS_TOK_WORD) || (t->flags & PRECIS_TOK_CAP)) return 0;
    size_t last = group_end(r, d);
    if (last == SIZE_MAX || last > h) last = h;
    for (size_t j = d + 1; j <= last; j++)
        if (people_noun(r, j)) return 0;
    *f = (found){PRECIS_SPEAKER_DESCRIPTOR, d, last, d};
    return 1;
}

/* ------------------------------------------------------------------ main */

static int words_in(const q_run *r, size_t b, size_t e, int *title_case) {
    int words = 0, caps = 0;
    for (size_t i = tok_from(r, b); i < r->in->n_toks && r->in->toks[i].off < e; i++) {
        const precis_token *t = &r->in->toks[i];
        if (!(t->flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM))) continue;
        words++;
        caps += (t->flags & PRECIS_TOK_CAP) || (t->flags & PRECIS_TOK_STOP);
    }
    *title_case = words > 0 && caps == words;
    return words;
}

/* The quote tags of tokens k - 1 and k read as one listed word (k > 0). */
static uint32_t pair_tags(const q_run *r, size_t k) {
    const precis_quote_input *in = r->in;
    const precis_token *t = &in->toks[k], *p = &in->toks[k - 1];
    size_t n = t->off + t->len - p->off;
    char key[64];
    if (n > sizeof key) return 0;
    size_t kn = span_fold_to(in, k - 1, k, key, sizeof key);
    return kn ? precis_lexicon_classes(in->lex, precis_lexicon_find(in->lex, key, kn))->quote : 0;
}

/* The tags of a compound joined by a hyphen that ends at token k ("so-called",
 * "soi-disant"), 0 when there is none. */
static uint32_t compound_tags(const q_run *r, size_t k) {
    const precis_quote_input *in = r->in;
    if (k == 0) return 0;
    const precis_token *t = &in->toks[k], *p = &in->toks[k - 1];
    if (t->off != p->off + p->len + 1 || in->text[p->off + p->len] != '-') return 0;
    return pair_tags(r, k);
}

/* The tags of an elided pair that ends at token k ("d'après"), when the
 * pair is a listed word. */
static uint32_t elided_tags(const q_run *r, size_t k) {
    return k > 0 && elided_before(r, k) ? pair_tags(r, k) : 0;
}

/* The tokens' tags, sentences, and the terms capitalized inside a sentence
 * (cap_mid), in one pass. */
static int tag_tokens(q_run *r) {
    const precis_quote_input *in = r->in;
    /* the arrays in locals: cap_mid's byte stores may alias anything, and
     * would have every field read again each token */
    const precis_token *t = in->toks;
    const char *text = in->text;
    const precis_lexicon_classes_view lexv = precis_lexicon_view(in->lex);
    uint32_t *tags = r->tags;
    unsigned char *cap_mid = r->cap_mid;
    size_t n = in->n_toks, end_prev = SIZE_MAX; /* the previous token's end */
    for (size_t i = 0; i < n; i++) {
        size_t off = t[i].off, end = off + t[i].len;
        /* no branch: whether a token is capitalized is too random to predict */
        cap_mid[t[i].term] |= (t[i].flags & (PRECIS_TOK_CAP | PRECIS_TOK_FIRST)) == PRECIS_TOK_CAP;
        uint32_t tag = precis_lexicon_view_classes(lexv, t[i].classes)->quote;
        tags[i] = tag;
        /* a compound joined by a hyphen ("porte-parole") is tagged as one
         * word on its first token, when that is a listed word too */
        /* the rare test first: the tags are mixed, hard to predict */
        if (i + 1 < n && text[end] == '-' && tag)
            tags[i] |= compound_tags(r, i + 1) & (T_PERSON | T_ORGW | T_ORGN);
        /* a source of two words elided: "d'après" on "après" */
        if (off == end_prev) tags[i] |= elided_tags(r, i) & T_SOURCE;
        end_prev = end;
    }
    /* sent_of (n + 1 entries): 0 where no sentence holds the token; each
     * entry written once, past the ones written before (done) */
    size_t *sent_of = r->sent_of, done = 0;
    for (size_t s = 0; s < in->n_sents; s++) {
        /* the bounds in locals: the stores (size_t) may alias them */
        size_t b = in->sents[s].tok_begin, e = in->sents[s].tok_end < n ? in->sents[s].tok_end : n;
        for (size_t i = done; i < b && i < n; i++)
            sent_of[i] = 0;
        for (size_t i = b; i < e; i++)
            sent_of[i] = s;
        if (e > done) done = e;
        if (b > done) done = b < n ? b : n;
    }
    memset(sent_of + done, 0, (n + 1 - done) * sizeof *sent_of);
    /* a verb of reading (data/<lang>/quote-read-verbs.txt) reports a
     * text's words next to a noun of one (en): "the report read:", "read a
     * statement from X" */
    /* a screen first: the token's first byte, in lower case, opens one of
     * the verbs (a byte past ASCII: always asked, as folding may change it);
     * one load of the quoter's table of read_screen's answers, and the
     * lists' test once, not per token */
    const unsigned char *read_lead = r->q->read_lead;
    const int reading = r->q->read_nouns && r->q->read_verbs;
    /* (the screen's two tests in one branch: a capital is too random to
     * predict) */
    for (size_t i = 1; reading && i < n; i++)
        if ((((t[i].flags & PRECIS_TOK_CAP) == 0) & read_lead[(unsigned char)text[t[i].off]]) &&
            listed(r, r->q->read_verbs, i) &&
            ((listed(r, r->q->read_nouns, i - 1) && !broken(r, i - 1)) ||
             (i + 2 < n && (tags[i + 1] & T_DET) && !broken(r, i) && !broken(r, i + 1) &&
              listed(r, r->q->read_nouns, i + 2))))
            tags[i] |= T_CUE;
    return 0;
}

static void trim(const char *text, size_t *b, size_t *e) {
    const unsigned char *s = (const unsigned char *)text;
    uint32_t c;
    while (*b < *e) {
        size_t n = precis_utf8_next(s + *b, *e - *b, &c);
        if (!precis_is_space(c)) break;
        *b += n;
    }
    while (*e > *b) {
        size_t p = precis_utf8_prev(s, *b, *e);
        precis_utf8_next(s + p, *e - p, &c);
        if (!precis_is_space(c)) break;
        *e = p;
    }
}

/* Quoted words ending as a sentence or a clause does ("…, " "….") read as
 * speech, not as a title. */
static int ends_like_speech(const char *text, size_t b, size_t e) {
    const unsigned char *s = (const unsigned char *)text;
    size_t p = precis_utf8_prev(s, b, e);
    uint32_t c;
    precis_utf8_next(s + p, e - p, &c);
    return c == '.' || c == ',' || c == '!' || c == '?' || c == 0x2026;
}

/* Whether the mark at off follows the end of a sentence that the
 * segmenter kept ("… a précisé l'USGS.\"Il était …": the line break is
 * lost), within the paragraph. */
static int after_stop(const char *text, const precis_paragraph *paras, size_t off) {
    (void)paras;
    const unsigned char *s = (const unsigned char *)text;
    size_t p = off;
    while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t'))
        p--;
    if (p < 3) return 0;
    unsigned char c = s[p - 1];
    /* a word of three letters or more before the stop, not an initial */
    return (c == '.' || c == '!' || c == '?') && s[p - 2] >= 'a' && s[p - 2] <= 'z' &&
           s[p - 3] >= 'a' && s[p - 3] <= 'z';
}

/* The first token of the sentence that holds token before-1 when the
 * segmenter missed a stop glued to the next word (lost line breaks:
 * "à la crise.L'opposition a qualifié"): after the last gap in (lo, before)
 * that holds a stop, no comma after it, before a capital. */
static size_t glued_start(const q_run *r, size_t lo, size_t before) {
    const precis_token *t = r->in->toks;
    const char *x = r->in->text;
    for (size_t k = before < r->in->n_toks ? before + 1 : before; k > lo + 1; k--) {
        size_t i = k - 1; /* the gap between tokens i-1 and i; i == before: the mark's */
        if (!(t[i].flags & PRECIS_TOK_CAP) || t[i - 1].len < 3 ||
            (r->tags[i] & r->tags[i - 1] & T_QUOTED))
            continue;
        int stop = 0;
        for (size_t g = t[i - 1].off + t[i - 1].len; g < t[i].off; g++) {
            if (x[g] == '.' || x[g] == '!' || x[g] == '?') stop = 1;
            if (x[g] == ',' || x[g] == ':' || x[g] == ';') stop = 0;
        }
        if (stop) return i;
    }
    return lo;
}

/* The paragraph that holds byte off. */
static const precis_paragraph *para_of(const q_run *r, size_t off) {
    return &r->in->paras[precis_quote_para_at(r->in, off)];
}

/* Whether the quotation in [open, end) (marks included; words [b, e)) stands
 * alone as a heading glued to the text around it, its line breaks lost:
 * after a stop, without a stop of its own, glued to the next words
 * ("… a jugé le tribunal.\"Une décision attendue\"Les élus ont …"). Its
 * speaker is told by no cue around it. */
static int heading_quote(const q_run *r, size_t open, size_t end, size_t b, size_t e) {
    const char *text = r->in->text;
    const unsigned char *s = (const unsigned char *)text;
    /* a space before the closing mark: it opens a title inside ("la pièce
     * \"Une envie folle\"") */
    if (!r->in->n_paras || ends_like_speech(text, b, e)) return 0;
    /* (not the spaces inside French guillemets) */
    if (precis_is_space(s[e]) && !(e + 2 < end && !memcmp(text + end - 2, "\xC2\xBB", 2))) return 0;
    const precis_paragraph *pp = para_of(r, open);
    size_t para_off = pp->off;
    if (end >= pp->off + pp->len) return 0;
    uint32_t c = 0, p = 0;
    /* the agencies' subheading between dashes, glued to the text around
     * it: "….- « Politique du bulldozer » -Les autorités" */
    size_t after = end, i = open;
    while (after < pp->off + pp->len && s[after] == ' ')
        after++;
    int dashed = after < pp->off + pp->len && s[after] == '-';
    while (i > para_off && (s[i - 1] == ' ' || s[i - 1] == '\t'))
        i--;
    if (dashed && i > para_off && s[i - 1] == '-') {
        end = after + 1;
        i--;
    }
    precis_utf8_next(s + end, pp->off + pp->len - end, &c);
    int capital = c != PRECIS_UTF8_BAD &&
                  (c < 0x80 ? c >= 'A' && c <= 'Z'
                            : utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LU);
    if (!capital && c != '"' && c != 0xAB && c != 0x201C) return 0;
    /* two sentences are speech, no heading: "… énorme. Il n'y a jamais eu"
     * (asked last: it reads every byte of the words) */
    for (size_t q = b; q + 2 < e; q++)
        if (stop_before_capital(s, q)) return 0;
    while (i > para_off && (s[i - 1] == ' ' || s[i - 1] == '\t'))
        i--;
    if (i == para_off) return 1;
    size_t k = precis_utf8_prev(s, para_off, i);
    precis_utf8_next(s + k, i - k, &p);
    return p == '.' || p == '!' || p == '?' || p == '"' || p == 0xBB || p == 0x201D;
}

/* Whether the marks [open, end) sit in an agency's subheading between
 * dashes glued to the sentences around it ("….- Poursuites « inacceptables »
 * -Dans la capitale"): the heading repeats words said, a quotation. */
static int dashed_heading(const q_run *r, size_t open, size_t end) {
    const unsigned char *s = (const unsigned char *)r->in->text;
    const precis_paragraph *pp = para_of(r, open);
    size_t lo = pp->off, hi = pp->off + pp->len, i = open, j = end;
    /* no dash in the bytes the scan below reads (from open - 61): none */
    size_t from = open - lo > 61 ? open - 61 : lo;
    if (!memchr(s + from, '-', open - from)) return 0;
    for (; i > lo && open - i < 60; i--) {
        if (s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?') return 0;
        if (s[i - 1] == '-' && i < open && s[i] == ' ') break;
    }
    if (i == lo || s[i - 1] != '-') return 0;
    i--;
    while (i > lo && s[i - 1] == ' ')
        i--;
    if (i > lo && !(s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?' || s[i - 1] == '"' ||
                    s[i - 1] == 0xBB))
        return 0;
    /* a question or an exclamation mark may close the heading: "- « Sauver
     * la planète » ? -" */
    {
        size_t k = end;
        while (k < hi && s[k] == ' ')
            k++;
        if (k < hi && (s[k] == '?' || s[k] == '!')) j = k + 1;
    }
    for (; j + 2 < hi && j - end < 60; j++) {
        if (s[j] == '.' || s[j] == '!' || s[j] == '?' || s[j] == ',') return 0;
        if (s[j] == ' ' && s[j + 1] == '-') break;
    }
    if (j + 2 >= hi || s[j] != ' ' || s[j + 1] != '-') return 0;
    /* a space may follow the dash when the quotation is the whole heading:
     * "- « Moitié de fils » - De son vrai nom" */
    size_t d = j;
    j += 2;
    if (j + 1 < hi && s[j] == ' ') {
        for (size_t k = end; k < d; k++)
            if (s[k] != ' ' && s[k] != '?' && s[k] != '!') return 0;
        j++;
    }
    uint32_t c = 0;
    precis_utf8_next(s + j, hi - j, &c);
    /* the text after it opens with a capital, or with the next quotation
     * ("- « Sauver la planète » ? -« Je pense … »") */
    return c != PRECIS_UTF8_BAD &&
           (c < 0x80 ? (c >= 'A' && c <= 'Z') || c == '"'
                     : c == 0xAB || c == 0x201C ||
                           utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LU);
}

/* Whether a speaker found for a cue is a person: a person's name, a
 * pronoun other than "it", or a noun group naming someone by a role or a
 * person noun ("la chercheuse", "the lawyer"). */
static int speaks_as_person(const q_run *r, const found *g) {
    if (g->kind == -1) return !(r->tags[g->at] & T_ITPRON);
    if (g->kind == PRECIS_SPEAKER_NAME) {
        long who = found_entity(r, g);
        return who >= 0 && ent_type(r, who) == PRECIS_ENT_PERSON;
    }
    if (g->kind == PRECIS_SPEAKER_DESCRIPTOR) {
        for (size_t j = g->first; j <= g->last && j < g->first + 3; j++)
            if (r->tags[j] & (T_PERSON | T_ROLE)) return !(r->tags[j] & T_QUOTED);
        /* a group of people: "officers", "Kelby Air officials"; in French
         * its head after the determiner, not a complement's noun ("les
         * autorités", "d'autres témoins", not "le représentant des
         * policiers") */
        if (!r->q->adj_before) {
            for (size_t j = g->first; j <= g->last && j < g->first + 3; j++)
                if (listed(r, r->q->groups, j)) return !(r->tags[j] & T_QUOTED);
            return 0;
        }
        return listed(r, r->q->groups, g->last) && !(r->tags[g->last] & T_QUOTED);
    }
    return 0;
}

/* Whether a speaker found for a cue is an organisation named (en, where
 * a company's or a campaign's statements are quoted by fragments). */
static int speaks_as_org(const q_run *r, const found *g) {
    if (!r->q->adj_before || g->kind != PRECIS_SPEAKER_NAME) return 0;
    long who = found_entity(r, g);
    return who >= 0 && ent_type(r, who) == PRECIS_ENT_ORG;
}

/* Whether token i is a present participle: "-ant" (fr), "-ing" (en). */
static int ends_ant_ing(const q_run *r, size_t i, size_t min) {
    size_t n = precis_quote_folded(r->in, i);
    const char *w = r->in->folded + r->in->toks[i].fold;
    return n >= min && (!memcmp(w + n - 3, "ant", 3) || !memcmp(w + n - 3, "ing", 3));
}

static int participle(const q_run *r, size_t i) {
    return ends_ant_ing(r, i, 6);
}

/* A participle of an auxiliary, a stop word: "ayant", "having". */
static int aux_participle(const q_run *r, size_t i) {
    return ends_ant_ing(r, i, 5) && (r->in->toks[i].flags & PRECIS_TOK_STOP);
}

/* Captions and lines that are no sentences of the text (a picture's
 * caption, a byline, "Pictured: …") name people who do not speak there:
 * their names are no speakers nor antecedents (their entities are dropped
 * from r->ent) and they are no distance between a quotation and its
 * speaker. A sentence is one when it ends with no stop or is short and
 * opens with a label (doc.h, as for key points) and holds no quotation nor
 * cue. A caption run into the text before a quotation, with no stop
 * between ("… wheels away in celebration 'Me and my mum …"), is tagged
 * too: six tokens or more of the sentence, not opened by a pronoun, before
 * a mark glued by a space to a word that is no stop word ("capers as
 * \"Nine out of 10 …\"" is none) and opening speech (four words or more,
 * not in title case), none of them a cue nor a naming word within a
 * descriptor's length of the mark ("chanson du groupe X « … »"; "The film
 * X starring … has inspired …, New York 'We …" is a caption) unless a name is followed by
 * its place in the picture in brackets ("Ann Lee (right)"); its names may still stand for a pronoun
 * of their sentence ("Pat, pictured left, … 'I party hard,' she admitted"), not of a later one, and
 * it is no subject of the quotation. */
static void mark_captions(q_run *r, const precis_vec *spans) {
    const precis_quote_input *in = r->in;
    const uint32_t no = T_QUOTED | T_CUE | T_SOURCE | T_NAMING;
    for (size_t s = 0; s < in->n_sents; s++) {
        const precis_sentence *st = &in->sents[s];
        size_t b = st->tok_begin, e = st->tok_end < in->n_toks ? st->tok_end : in->n_toks;
        if (b >= e || !(precis_unended(in->text + st->off, st->len) ||
                        (e - b <= Q_LABEL && precis_opens_with_label(in->text, in->toks, st))))
            continue;
        size_t k = b;
        while (k < e && !(r->tags[k] & no))
            k++;
        for (size_t j = b; k == e && j < e; j++) {
            r->tags[j] |= T_CAPTION;
            if (r->ent) r->ent[j] = -1;
        }
    }
    const unsigned char *x = (const unsigned char *)in->text;
    for (size_t i = 0; i < spans->len; i++) {
        const span *sp = PRECIS_VEC_AT(spans, span, i);
        size_t at = sp->open + sp->open_len, before = tok_from(r, at);
        if (before == 0 || before >= in->n_toks || !(x[at] >= 'A' && x[at] <= 'Z')) continue;
        const precis_token *t = &in->toks[before - 1];
        size_t s = r->sent_of[before], b = in->sents[s].tok_begin;
        int title_case;
        if (r->sent_of[before - 1] != s || before - b < 6 || t->off + t->len + 1 != sp->open ||
            x[sp->open - 1] != ' ' || !(t->flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) ||
            (t->flags & PRECIS_TOK_STOP) || (r->tags[b] & T_PRON) ||
            words_in(r, at, sp->close, &title_case) < 4 || title_case)
            continue;
        /* back from the mark, stopping at a quotation (linear over the
         * sentence's spans): a place in the picture in brackets after a name
         * ("Andy Lane (right), who announced …") tells a caption whatever
         * its verbs */
        size_t k = before;
        int cue = 0, pictured = 0;
        while (k > b && !(r->tags[k - 1] & T_QUOTED) &&
               !((r->tags[k - 1] & T_NAMING) && before - k < Q_PHRASE)) {
            k--;
            cue |= (r->tags[k] & (T_CUE | T_SOURCE)) != 0;
            /* nor a slogan's word: "Passant devant …, la foule a scandé
             * « … »" is the text's sentence */
            cue |= r->q->chants && listed(r, r->q->chants, k);
            const precis_token *u = &in->toks[k - (k > b)], *v = &in->toks[k];
            pictured |= k > b && (u->flags & PRECIS_TOK_CAP) && v->off == u->off + u->len + 2 &&
                        x[u->off + u->len] == ' ' && x[u->off + u->len + 1] == '(' &&
                        (v->flags & PRECIS_TOK_WORD) && !(v->flags & PRECIS_TOK_CAP);
        }
        for (size_t j = b; k == b && (!cue || pictured) && j < before; j++)
            r->tags[j] |= T_CAPTION;
    }
}

/* Whether the cue at token k is a passive participle (en): a copula
 * right before it, or before one adverb ("was called", "is widely
 * described"), not a present participle ("is saying"). */
static int passive_cue(const q_run *r, size_t k, size_t lo) {
    if (!r->q->adj_before || k < lo + 2 || participle(r, k)) return 0;
    size_t c = k - 1;
    if (adverb(r, c) && c > lo + 1 && !broken(r, c - 1)) c--;
    return (r->tags[c] & T_COPULA) && !(r->tags[c] & T_QUOTED) && !broken(r, c) &&
           !(r->in->toks[c].flags & PRECIS_TOK_CAP);
}

static found subject_of(const q_run *r, size_t k, size_t lo);

/* The speaker of an active cue before the passive one at token k, from
 * token o: the words called so are reported speech ("X said he had been
 * told a fan '…'", "Another member says she was told: '…'"), the
 * reporter's (annotation.md). */
static found reporter_before(const q_run *r, size_t k, size_t o) {
    for (size_t j = k; j-- > o;)
        if ((r->tags[j] & T_CUE) && !(r->tags[j] & T_QUOTED) && !passive_cue(r, j, o))
            return subject_of(r, j, o);
    return (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
}

/* Whether no break stands between tokens a and b. */
static int gap_free(const q_run *r, size_t a, size_t b) {
    for (size_t j = a; j < b; j++)
        if (broken(r, j)) return 0;
    return 1;
}

/* Decides on one span; appends it to out when it is speech. */
/* A plural pronoun opening the sentence as the subject of the cue at
 * token verb ("Ils dénoncent « … »") stands for a group of people counted
 * without a determiner that opens the sentence before, or its main clause
 * after an adverbial, as the subject of its cue ("35 médecins réputés
 * demandent …"): that group as written. */
static found plural_group(const q_run *r, size_t lo, size_t verb) {
    const precis_quote_input *in = r->in;
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    size_t s = r->sent_of[lo];
    if (s == 0 || lo != in->sents[s].tok_begin || !(r->tags[lo] & T_PLURAL) || verb > lo + 2 ||
        broken(r, lo) || (verb == lo + 2 && broken(r, lo + 1)))
        return none;
    /* the group opens the sentence or follows an adverbial and its comma
     * ("Dans une lettre à X, 35 médecins demandent") */
    const precis_sentence *ps = &in->sents[s - 1];
    for (size_t o = ps->tok_begin; o < ps->tok_end; o++) {
        if (r->tags[o] & T_QUOTED) return none;
        if (!(in->toks[o].flags & PRECIS_TOK_NUM) || (o > ps->tok_begin && !broken(r, o - 1)))
            continue;
        for (size_t k = o + 1; k < ps->tok_end && k - o <= Q_PHRASE; k++) {
            if (broken(r, k - 1) || (r->tags[k] & (T_QUOTED | T_SOURCE | T_PRON | T_DET))) break;
            if (r->tags[k] & T_CUE)
                return k > o + 1 ? (found){PRECIS_SPEAKER_DESCRIPTOR, o, k - 1, o} : none;
            if (name_tok(r, k) || (in->toks[k].flags & PRECIS_TOK_NUM)) break;
        }
        return none;
    }
    return none;
}

/* Whether no colon, comma or stop parts tokens [k, before) from one another
 * and the last of them from the byte open (an opening mark). */
static int spaced(const q_run *r, size_t k, size_t before, size_t open) {
    const precis_token *t = r->in->toks;
    for (size_t j = k; j < before; j++) {
        size_t e = j + 1 < before ? t[j + 1].off : open;
        for (size_t x = t[j].off + t[j].len; x < e; x++)
            if (memchr(":,;.!?", r->in->text[x], 6)) return 0;
    }
    return 1;
}

/* A charge: the quotation at token before follows "pour" after a legal
 * step of its sentence, from token lo ("X a été mis en examen mercredi pour
 * « … »", "une enquête a été ouverte pour « … »"), or ends a list of such
 * quotations ("pour « … », « … » et « … »"). Speech of a cue's speaker if
 * any, never of the subject. */
static int charge_before(const q_run *r, size_t before, size_t lo) {
    const precis_quote_input *in = r->in;
    size_t p = before;
    while (p > lo && ((r->tags[p - 1] & (T_QUOTED | T_LINK)) ||
                      !(in->toks[p - 1].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM))))
        p--;
    if (p <= lo + 1 || !(r->tags[p - 1] & T_OPINION)) return 0;
    for (size_t k = p - 1; k-- > lo && p - k <= Q_LOOK;) {
        if (r->tags[k] & T_QUOTED) return 0;
        if (r->tags[k] & T_CHARGE) return 1;
    }
    return 0;
}

/* Whether the folded word w[0, n) may end a locution: one of their last
 * words (a word with a space, which no token has, is let through). */
static int loc_end(const precis_quoter *q, const char *w, size_t n) {
    if (q->loc_ends_n > Q_LOC_ENDS || memchr(w, ' ', n)) return 1;
    for (size_t k = 0; k < q->loc_ends_n; k++)
        if (q->loc_end_len[k] == n && !memcmp(q->loc_ends[k], w, n)) return 1;
    return 0;
}

/* The first word of a reporting locution ending at token k ("fait part",
 * "fait état", "appelé à"), its object between them at most three words of
 * the clause ("a appelé Moscou à", "appelé les Français à"); SIZE_MAX when
 * there is none. */
static size_t locution(const q_run *r, size_t k, size_t lo) {
    const precis_quote_input *in = r->in;
    if (!r->q->locutions || k == 0) return SIZE_MAX;
    char key[48];
    size_t tn = span_fold_to(in, k, k, key + 24, 24);
    if (!tn || !loc_end(r->q, key + 24, tn)) return SIZE_MAX;
    for (size_t j = k; j-- > lo && k - j <= 4;) {
        if (broken(r, j) || (r->tags[j] & (T_QUOTED | T_CUE))) break;
        size_t pn = span_fold_to(in, j, j, key, 23);
        if (!pn) continue;
        char k2[48];
        memcpy(k2, key, pn);
        k2[pn] = ' ';
        memcpy(k2 + pn + 1, key + 24, tn);
        if (precis_wordlist_has(r->q->locutions, k2, pn + 1 + tn)) return j;
    }
    return SIZE_MAX;
}

/* Whether the words of quotation i of out come again, two words at least,
 * inside another quotation of out (by term) that is no heading kept for
 * its words (r->heads, ascending): a heading that repeats words quoted in
 * the article, not only another heading. */
static int repeats_quoted(const q_run *r, const precis_vec *out, size_t i) {
    const precis_quote_input *in = r->in;
    const precis_quote *h = PRECIS_VEC_AT(out, precis_quote, i);
    size_t h0 = tok_from(r, h->off), h1 = tok_from(r, h->off + h->len);
    if (h1 < h0 + 2) return 0;
    for (size_t j = 0, hd = 0; j < out->len; j++) {
        const precis_quote *o = PRECIS_VEC_AT(out, precis_quote, j);
        while (hd < r->heads.len && *PRECIS_VEC_AT(&r->heads, size_t, hd) < j)
            hd++;
        if (j == i || (hd < r->heads.len && *PRECIS_VEC_AT(&r->heads, size_t, hd) == j)) continue;
        size_t k0 = tok_from(r, o->off), k1 = tok_from(r, o->off + o->len);
        for (size_t k = k0; k + (h1 - h0) <= k1; k++) {
            size_t m = 0;
            while (m < h1 - h0 && in->toks[k + m].term == in->toks[h0 + m].term)
                m++;
            if (m == h1 - h0) return 1;
        }
    }
    return 0;
}

/* Whether the quotation of span sp, its words [b, e), is a gloss: words
 * in marks alone in brackets right after a word or another quotation
 * translate or name it, they report nothing: "des foyers de cas groupés
 * (« clusters »)", "« Remote Work » (« travail à distance »)"; not a
 * person's words after the name ("la règle fixée par X (« … »)"), a
 * figure ("la majorité (« plus de 50% »)") nor a sentence. */
static int gloss(const q_run *r, const span *sp, size_t b, size_t e) {
    const precis_quote_input *in = r->in;
    if (ends_like_speech(in->text, b, e)) return 0;
    const unsigned char *x = (const unsigned char *)in->text;
    size_t o = sp->open, c = sp->close + sp->close_len,
           end = in->paras[in->n_paras - 1].off + in->paras[in->n_paras - 1].len;
    while (o > 0 && x[o - 1] == ' ')
        o--;
    while (c < end && x[c] == ' ')
        c++;
    if (!(o > 1 && x[o - 1] == '(' && c < end && x[c] == ')')) return 0;
    o--;
    while (o > 0 && x[o - 1] == ' ')
        o--;
    if (o == 0) return 0;
    /* a word ends right there, or a closing mark does */
    size_t w = tok_from(r, o);
    w = w > 0 ? w - 1 : 0;
    uint32_t pc = 0;
    size_t pp = precis_utf8_prev(x, 0, o);
    precis_utf8_next(x + pp, o - pp, &pc);
    if (in->toks[w].off >= o || !(is_alnum_cp(pc) || pc == '"' || pc == 0xBB || pc == 0x201D) ||
        (r->ent && r->ent[w] >= 0 && !(r->tags[w] & T_QUOTED) &&
         ent_type(r, r->ent[w]) == PRECIS_ENT_PERSON))
        return 0;
    for (size_t k = b; k < e; k++)
        if (x[k] >= '0' && x[k] <= '9') return 0;
    return 1;
}

/* The subject after a clause that opens its sentence, holds the quotation
 * and ends at a comma after it, three words at most after the mark (fr):
 * a name, a pronoun or a noun group ("Assurant que … « … », le ministre a
 * invité", "Par ailleurs, « constatant … », la préfecture a interdit"). */
static found subject_after_clause(const q_run *r, size_t a, size_t qs) {
    found none = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    const precis_quote_input *in = r->in;
    size_t z = a, end = in->sents[qs].tok_end, x, y;
    while (z < end && z - a <= 3 && !comma_before(r, z)) {
        if ((r->tags[z] & (T_QUOTED | T_CUE)) || (z > a && broken(r, z - 1))) return none;
        z++;
    }
    if (z >= end || z + 1 >= end || !comma_before(r, z)) return none;
    if (name_at(r, z, &x, &y)) return (found){PRECIS_SPEAKER_NAME, x, y, x};
    if ((r->tags[z] & T_PRON) && !(r->tags[z] & T_ITPRON)) return (found){-1, z, z, z};
    if ((r->tags[z] & T_DET) && (y = group_end(r, z)) != SIZE_MAX)
        return (found){PRECIS_SPEAKER_DESCRIPTOR, z, y, z};
    return none;
}

/* Whether the words from token inside up to byte e hold two capitalized
 * words at least: a name in title case ("« Tutti Frutti »"). */
static int two_capitals(const precis_quote_input *in, size_t inside, size_t e) {
    int caps = 0;
    for (size_t k = inside; caps < 2 && k < in->n_toks && in->toks[k].off < e; k++)
        caps += (in->toks[k].flags & (PRECIS_TOK_WORD | PRECIS_TOK_CAP)) ==
                (PRECIS_TOK_WORD | PRECIS_TOK_CAP);
    return caps >= 2;
}

/* Whether a plural pronoun or noun stands next to a cue in sentence qs,
 * outside quotations ("ajoutent-elles", "elles demandent"). */
static int plural_by_cue(const q_run *r, size_t qs) {
    const precis_sentence *qsent = &r->in->sents[qs];
    for (size_t k = qsent->tok_begin; k < qsent->tok_end; k++)
        if ((r->tags[k] & T_PLURAL) && !(r->tags[k] & T_QUOTED) &&
            ((k + 1 < qsent->tok_end && (r->tags[k + 1] & T_CUE) && !broken(r, k)) ||
             (k > qsent->tok_begin && (r->tags[k - 1] & T_CUE) && glued_next(r, k - 1))))
            return 1;
    return 0;
}

/* Whether token k opens its clause at the start of the sentence: first,
 * after "en", or after an adverbial of three words at most ending at a
 * comma ("Par ailleurs, constatant"). */
static int opens_clause(const q_run *r, size_t lo, size_t k) {
    if (k == lo) return 1;
    const precis_token *t = &r->in->toks[lo];
    if (k == lo + 1 && t->len == 2 && (r->in->text[t->off] | 32) == 'e' &&
        r->in->text[t->off + 1] == 'n')
        return 1;
    if (k - lo > 3 || !comma_before(r, k)) return 0;
    for (size_t j = lo; j + 1 < k; j++)
        if (broken(r, j) || (r->tags[j] & (T_QUOTED | T_CUE | T_PRON))) return 0;
    return 1;
}

/* Whether the cue at token k follows a link with no subject between
 * ("…', but stressed that"), no other cue nor source after it up to token
 * before (en). */
static int link_cue(const q_run *r, size_t k, size_t before) {
    if (!r->q->adj_before || k == 0 || k >= before || !(r->tags[k - 1] & T_LINK) ||
        broken(r, k - 1) || (r->tags[k - 1] & T_QUOTED))
        return 0;
    for (size_t j = k + 1; j < before; j++)
        if ((r->tags[j] & (T_CUE | T_SOURCE)) && !(r->tags[j] & T_QUOTED)) return 0;
    return 1;
}

/* (en) A person's pronoun next to the quotation's cue ("'…,' he said")
 * stands for no organisation nor place: when resolve gave one, the last
 * speaker if a person of its gender, else the nearest person of its gender
 * named in its sentence or the two before ("X, editor of the Y magazine.
 * '…,' he says" is X, not Y); else resolve's (a person may be typed an
 * organisation). */
static found person_for_pronoun(const q_run *r, size_t p, found f, int pron_cue) {
    if (!r->q->adj_before || !pron_cue || !r->ent || f.kind != PRECIS_SPEAKER_NAME ||
        (r->tags[p] & (T_ITPRON | T_PLURAL)))
        return f;
    long e = r->ent[f.first];
    /* a name that is no entity stands for no person after a determiner
     * ("the Y magazine") */
    if (e < 0 && (f.first == 0 || !(r->tags[f.first - 1] & T_DET))) return f;
    if (e >= 0 && ent_type(r, e) == PRECIS_ENT_PERSON) return f;
    size_t s = r->sent_of[p];
    if (r->last_kind == PRECIS_SPEAKER_NAME && r->last_ent >= 0 &&
        ent_type(r, r->last_ent) == PRECIS_ENT_PERSON && gap(r, r->last_sent, s) <= Q_BACK &&
        agrees(r, p, r->last_ent)) {
        return last_found(r, PRECIS_SPEAKER_NAME);
    }
    for (size_t j = p, lo = back(r, s, 2); j-- > lo;) {
        long x = r->ent[j];
        if (x < 0 || (r->tags[j] & (T_QUOTED | T_CAPTION)) || ent_type(r, x) != PRECIS_ENT_PERSON ||
            !agrees(r, p, x))
            continue;
        size_t a = mention_first(r, j, lo);
        return (found){PRECIS_SPEAKER_NAME, a, j, a};
    }
    return f;
}

/* (en) Two bodies joined by "and" as a cue's subject speak by the first
 * (docs/annotation.md): "The Conservatives and Lib Dems both say" is the
 * Conservatives. Both are entities, neither a person. */
static found first_of_pair(const q_run *r, found f) {
    if (!r->q->adj_before || !r->ent || f.kind != PRECIS_SPEAKER_NAME || f.first < 2) return f;
    long e = r->ent[f.first];
    size_t n = r->in->n_toks, c = f.last + 1;
    while (c < n && c <= f.last + 2 && !broken(r, c - 1) &&
           (word_is(r, c, "both") || word_is(r, c, "have") || word_is(r, c, "also")))
        c++;
    if (e < 0 || ent_type(r, e) == PRECIS_ENT_PERSON || c >= n || broken(r, c - 1) ||
        !(r->tags[c] & T_CUE) || (r->tags[c] & T_QUOTED))
        return f;
    size_t link = f.first - 1, y = link - 1;
    if (!word_is(r, link, "and") || broken(r, link) || broken(r, y) || (r->tags[y] & T_QUOTED))
        return f;
    long e0 = r->ent[y];
    if (e0 < 0 || e0 == e || ent_type(r, e0) == PRECIS_ENT_PERSON) return f;
    size_t x = mention_first(r, y, 0);
    return (found){PRECIS_SPEAKER_NAME, x, y, x};
}

/* (en) An organisation's or a place's name inside a definite group headed
 * by a person's noun does not speak: the group does, and stands for the
 * person it names (coref): "The Tory leader went on", "the Labour MP for
 * Kelby and North Ash admitted". */
static found role_in_group(const q_run *r, found f) {
    if (!r->q->adj_before || !r->ent || f.kind != PRECIS_SPEAKER_NAME) return f;
    long e = r->ent[f.first];
    if (e < 0 || ent_type(r, e) == PRECIS_ENT_PERSON) return f;
    size_t n = r->in->n_toks, d = f.first, h = SIZE_MAX;
    /* "the X leader" */
    if (f.last + 1 < n && !broken(r, f.last) && (r->tags[f.last + 1] & T_PERSON) &&
        !(r->in->toks[f.last + 1].flags & PRECIS_TOK_CAP) && !(r->tags[f.last + 1] & T_QUOTED))
        h = f.last + 1;
    else {
        /* "the X MP for Y and Z": back over the complement's names */
        d = noun_of_complement(r, f.first, 0, 0);
        if (d == SIZE_MAX || !(r->tags[d] & T_PERSON)) return f;
        h = f.last;
    }
    /* a definite determiner at most two words before the noun or the name */
    size_t g = d;
    while (g > 0 && d - g < 3 && !broken(r, g - 1) && !(r->tags[g - 1] & (T_DET | T_QUOTED)))
        g--;
    if (g == 0 || broken(r, g - 1) || !(r->tags[g - 1] & T_DET) || !(r->tags[g - 1] & T_DEF) ||
        (r->tags[g - 1] & (T_POSS | T_QUOTED)))
        return f;
    return (found){PRECIS_SPEAKER_DESCRIPTOR, g - 1, h, g - 1};
}

/* (en) An organisation's or a place's name inside a person's apposition
 * before the cue does not speak: the person does ("Tom X, a fund manager
 * at Y Partners said", "Rob X, leader of the Kelby Conservatives, said",
 * "analyst Omar X, senior fellow at ... College London, tweeted"). The
 * apposition opens after a comma right after the person's name with a
 * lower-case word, a determiner or a role; only lower-case words and a
 * comma come between the name and the cue. */
static found person_of_apposition(const q_run *r, found f) {
    if (!r->q->adj_before || !r->ent || f.kind != PRECIS_SPEAKER_NAME) return f;
    long e = found_entity(r, &f);
    if (e < 0 || ent_type(r, e) == PRECIS_ENT_PERSON) return f;
    const precis_token *t = r->in->toks;
    size_t n = r->in->n_toks, l = f.last, c = l + 1;
    while (c < n && c - l <= 6 && !(r->tags[c] & (T_CUE | T_QUOTED))) {
        if (broken(r, c - 1) || (t[c].flags & PRECIS_TOK_CAP) || !(t[c].flags & PRECIS_TOK_WORD))
            return f;
        c++;
    }
    if (c >= n || !(r->tags[c] & T_CUE) || (r->tags[c] & T_QUOTED) ||
        (broken(r, c - 1) && !comma_follows(r, c - 1)))
        return f;
    int closed = broken(r, c - 1);
    for (size_t j = f.first; j-- > 0 && f.first - j <= 16;) {
        if ((r->tags[j] & (T_CUE | T_QUOTED | T_CAPTION)) || r->sent_of[j] != r->sent_of[f.first])
            return f;
        if (!broken(r, j)) continue;
        long x = r->ent[j];
        if (!comma_follows(r, j) || x < 0 || x == e || ent_type(r, x) != PRECIS_ENT_PERSON ||
            (r->tags[j + 1] & (T_LINK | T_REL)) ||
            ((t[j + 1].flags & PRECIS_TOK_CAP) && !(r->tags[j + 1] & (T_DET | T_PERSON))) ||
            (!closed && (r->tags[j + 1] & T_DEF)))
            return f;
        size_t a = mention_first(r, j, 0);
        return (found){PRECIS_SPEAKER_NAME, a, j, a};
    }
    return f;
}

/* (en) An organisation's or a place's name followed by a title and a
 * person's name, all in one run, does not speak: the person does
 * ("Liberal Democrat Alan X - who chairs … - said", "New Metropolitan
 * Police Commissioner Sir Ian X has backed …, saying", "said Myer Chief
 * Marketing Officer and Deputy CEO, Daniel X"). Between the two: up to
 * eight capitalised words or roles' nouns, "&" and "and" inside, a comma
 * only right before the name after a title. */
static found person_after_org(const q_run *r, found f) {
    if (!r->q->adj_before || !r->ent || f.kind != PRECIS_SPEAKER_NAME) return f;
    long e = found_entity(r, &f);
    if (e < 0 || ent_type(r, e) == PRECIS_ENT_PERSON) return f;
    const precis_token *t = r->in->toks;
    size_t n = r->in->n_toks, k = f.last + 1;
    while (k < n && r->ent[k] == e)
        k++;
    for (size_t m = k; k < n && k - m <= 8; k++) {
        if (r->tags[k] & (T_CUE | T_QUOTED | T_CAPTION)) return f;
        long x = r->ent[k];
        int amp = k > m && r->in->text[t[k].off - 1] == ' ' && r->in->text[t[k].off - 2] == '&';
        if (x >= 0 && x != e && ent_type(r, x) == PRECIS_ENT_PERSON) {
            if (k == m ? broken(r, k - 1)
                       : (word_is(r, k - 1, "and") || amp ||
                          (broken(r, k - 1) &&
                           !(comma_follows(r, k - 1) &&
                             ((t[k - 1].flags & PRECIS_TOK_CAP) || (r->tags[k - 1] & T_PERSON))))))
                return f;
            size_t l = mention_last(r, k, n);
            return (found){PRECIS_SPEAKER_NAME, k, l, k};
        }
        if (x >= 0 || (broken(r, k - 1) && !amp)) return f;
        if (!((t[k].flags & PRECIS_TOK_CAP) || (r->tags[k] & T_PERSON) || word_is(r, k, "and")))
            return f;
    }
    return f;
}

/* (en) "the American", "the Spaniard" as a speaker: the person a recent
 * sentence opens with, its subject (a person's mention among its first
 * five words, outside quotations): the one before the descriptor in its
 * own sentence, else in one of the two before ("Lindsay X has criticised
 * …. Reacting to a comment by Tim Y, the American said"). */
static found demonym_person(const q_run *r, found f) {
    if (!r->q->adj_before || !r->ent || f.kind != PRECIS_SPEAKER_DESCRIPTOR ||
        f.last != f.first + 1 || !(r->tags[f.first] & T_DEF) ||
        !(r->in->toks[f.last].flags & PRECIS_TOK_CAP) || !listed(r, r->q->demonyms, f.last))
        return f;
    size_t s = r->sent_of[f.first];
    for (size_t k = 0; k < 3 && k <= s; k++) {
        const precis_sentence *st = &r->in->sents[s - k];
        for (size_t j = st->tok_begin; j < st->tok_end && j < f.first && j < st->tok_begin + 5;
             j++) {
            if (r->tags[j] & (T_QUOTED | T_CAPTION)) break;
            long x = r->ent[j];
            if (x < 0) continue;
            if (ent_type(r, x) != PRECIS_ENT_PERSON) break;
            return (found){PRECIS_SPEAKER_NAME, j, mention_last(r, j, st->tok_end), j};
        }
    }
    return f;
}

/* The quotation's words from b to e are one mention of the entities stage,
 * most often typed `other`, a work, a show or an event, a comma aside
 * ("comme « Tout s'est bien passé » de François Ozon", "writing
 * \"American Pie,\""), or a body ("son association « … »"): a name, no
 * words said, after a word of its sentence. */
static int names_entity(const q_run *r, const span *sp, size_t inside, size_t b, size_t e) {
    const precis_quote_input *in = r->in;
    if (!r->ent || inside >= in->n_toks || in->toks[inside].off != b) return 0;
    /* a word of the sentence right before the mark: not a heading ("- « … » -") */
    size_t k = sp->open;
    while (k > 0 && in->text[k - 1] == ' ')
        k--;
    unsigned char c = k > 0 ? (unsigned char)in->text[k - 1] : 0;
    if (!(((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '\'' || c >= 0x80)) return 0;
    long x = r->ent[inside];
    if (x < 0 || (inside > 0 && r->ent[inside - 1] == x)) return 0;
    size_t l = mention_last(r, inside, in->n_toks);
    size_t end = in->toks[l].off + in->toks[l].len;
    if (end > e) return 0;
    while (end < e && (in->text[end] == ',' || in->text[end] == ' '))
        end++;
    return end == e;
}

static int consider(q_run *r, const span *sp, precis_vec *out) {
    const precis_quote_input *in = r->in;
    size_t b = sp->open + sp->open_len, e = sp->close;
    trim(in->text, &b, &e);
    if (b >= e) return 0;
    int title_case;
    int words = words_in(r, b, e, &title_case);
    if (words == 0) return 0;
    size_t inside = tok_from(r, b), a = tok_from(r, sp->close + sp->close_len);
    /* one word in single marks is speech as in double ones ("said the film
     * was 'fluff'"), but for a name ('Infidel') or a word qualifying the
     * noun right after it ("'kinky' outfits", "a 'ready' reply") */
    if (words == 1 && (sp->kind == M_ASCII1 || sp->kind == M_SINGLE) &&
        (title_case ||
         (a < in->n_toks && in->toks[a].off == sp->close + sp->close_len + 1 &&
          in->text[sp->close + sp->close_len] == ' ' && (in->toks[a].flags & PRECIS_TOK_WORD) &&
          !(in->toks[a].flags & (PRECIS_TOK_CAP | PRECIS_TOK_STOP | PRECIS_TOK_NUM)) &&
          !(r->tags[a] & T_CUE))))
        return 0;
    size_t before = inside; /* tokens before the opening mark: [.., before) */
    if (in->n_toks == 0) return 0;
    if (names_entity(r, sp, inside, b, e)) return 0;
    /* a movement's name, a word more at most, reports no words: "des
     * « gilets jaunes »", "les « gilets jaunes libres »" */
    if (r->q->terms && words <= 4)
        for (size_t w = 2; w <= 3 && w <= (size_t)words; w++) {
            size_t l = inside + w - 1;
            if (l >= in->n_toks || in->toks[l].off + in->toks[l].len > e) break;
            if ((size_t)words > w + 1) continue;
            char key[48];
            size_t n = in->toks[l].off + in->toks[l].len - b;
            size_t kn = n >= sizeof key ? 0
                        : in->toks[inside].off == b
                            ? span_fold_to(in, inside, l, key, sizeof key)
                            : precis_fold_to(in->text + b, n, key, sizeof key);
            if (kn && precis_wordlist_has(r->q->terms, key, kn)) return 0;
        }
    if (before > 0 && gloss(r, sp, b, e)) return 0;
    /* one capitalized word in marks, nothing else inside, after a lower-case
     * word of its sentence, is a name the sentence uses, no words said: "la
     * fin de « Headliner »", "l'auteur de « Mondovino »", "indiqué que
     * « Headliner » diffuserait" (speech stands apart: "« Inacceptable »,
     * a réagi X", a heading, after a colon) */
    if (words == 1 && before > 0 && inside < in->n_toks &&
        (in->toks[inside].flags & PRECIS_TOK_CAP) && in->toks[inside].off == b &&
        in->toks[inside].off + in->toks[inside].len == e &&
        r->sent_of[before - 1] == r->sent_of[inside] &&
        (in->toks[before - 1].flags & PRECIS_TOK_WORD) &&
        !(in->toks[before - 1].flags & PRECIS_TOK_CAP) && !(r->tags[before - 1] & T_QUOTED)) {
        size_t k = in->toks[before - 1].off + in->toks[before - 1].len;
        while (k < sp->open && in->text[k] == ' ')
            k++;
        if (k == sp->open) return 0;
    }
    /* a colon before the mark introduces what was said, not a title: "told
     * the newspaper: '…'", "a confié au magazine : « … »" */
    int colon = 0;
    for (size_t k = before ? in->toks[before - 1].off + in->toks[before - 1].len : sp->open;
         k < sp->open && !colon; k++)
        colon = in->text[k] == ':';
    /* the words before the mark in the quotation's own sentence: none when
     * the quotation opens its sentence */
    size_t qs = r->sent_of[inside], sb = before > 0 ? r->sent_of[before - 1] : qs;
    size_t lo =
        sb == qs && !after_stop(in->text, in->paras, sp->open) ? in->sents[qs].tok_begin : before;
    lo = glued_start(r, lo, before);
    if (lo < before && (r->tags[before - 1] & T_CAPTION)) lo = before; /* a caption run in */
    /* a link opening the sentence is no part of its subject: "But the
     * panel noted that …", "Mais la direction estime que …" */
    if (lo + 1 < before && lo == in->sents[qs].tok_begin && (r->tags[lo] & T_LINK) &&
        !(r->tags[lo] & T_QUOTED) && !broken(r, lo))
        lo++;
    /* a title after a preposition of place or of a medium, right before the
     * mark: capitalized, five words at most, no sentence inside ("a
     * déclaré la présidente à « Envoyé spécial »", "écrit dans « Les leçons
     * du pouvoir »", "sa chronique dans « Salut les terriens »"): a work's
     * or a programme's name */
    if (r->q->title_preps && !colon && words <= 5 && before > lo &&
        (in->toks[inside].flags & PRECIS_TOK_CAP) && !(r->tags[before - 1] & T_QUOTED) &&
        listed(r, r->q->title_preps, before - 1) && spaced(r, before - 1, before, sp->open) &&
        !ends_like_speech(in->text, b, e) && !memchr(in->text + b, '.', e - b) &&
        !memchr(in->text + b, '?', e - b) && !memchr(in->text + b, '!', e - b))
        return 0;
    /* a poll's wording: the sentence counts respondents outside the marks
     * and a share in per cent ("est jugé « bon » par 71% des personnes
     * interrogées", "deux sondés sur trois (64%) pensent que ce plan
     * « … »"): the questionnaire's words, no one's speech */
    if (r->q->polls && words <= Q_POLL_WORDS &&
        memchr(in->text + in->sents[qs].off, '%', in->sents[qs].len)) {
        /* (the sign first: few sentences hold one) */
        const precis_sentence *st = &in->sents[qs];
        int polled = 0;
        for (size_t k = st->tok_begin; !polled && k < st->tok_end && k < in->n_toks; k++)
            polled = !(r->tags[k] & T_QUOTED) && listed(r, r->q->polls, k);
        if (polled) return 0;
    }
    /* a naming word just before: a title or a nickname; three words before
     * when a determiner opens the quotation's group ("dubbed him the \"…\"") */
    size_t reach = before > lo && (r->tags[before - 1] & T_DET) ? 3 : 2;
    for (size_t k = before; k-- > lo && before - k <= reach;) {
        /* a complement names the things, not the quotation: "a series of
         * « … »" */
        if (r->tags[k] & T_JOIN) break;
        /* nor past a copula: "said the film was 'fluff'" */
        if (r->tags[k] & T_COPULA) break;
        /* a word of another quotation names nothing of this one, but for a
         * gloss in brackets: "« Comme dans un film »« J'ai entendu … »",
         * not "le mot « assassin » (« killer »)" */
        if ((r->tags[k] & T_QUOTED) && !memchr(in->text + in->toks[k].off + in->toks[k].len, '(',
                                               sp->open - (in->toks[k].off + in->toks[k].len)))
            break;
        if ((r->tags[k] & T_NAMING) && !colon) return 0;
        /* scare quotes: "so-called 'legal highs'", "des soi-disant « … »" */
        if (k + 1 == before && (compound_tags(r, k) & T_NAMING) && !colon) return 0;
    }
    /* or the names of a list that a naming word opens, a link or two small
     * words between them: "autrement dénommé « … », « … » ou encore
     * « … »" (French: in English this would drop three of bbc-dev's
     * quotations after "dubbed", kept while English stays as it is) */
    if (!colon && !r->q->adj_before) {
        size_t j = before;
        while (j > lo) {
            size_t gap = 0;
            while (j > lo && gap < 2 &&
                   !(r->tags[j - 1] & (T_QUOTED | T_CUE | T_COPULA | T_SOURCE | T_DET | T_PRON)) &&
                   ((r->tags[j - 1] & T_LINK) ||
                    ((in->toks[j - 1].flags & PRECIS_TOK_WORD) &&
                     !(in->toks[j - 1].flags & (PRECIS_TOK_CAP | PRECIS_TOK_NUM)))) &&
                   (gap == 0 || !broken(r, j - 1))) {
                j--;
                gap++;
            }
            if (j == lo || !(r->tags[j - 1] & T_QUOTED)) break;
            while (j > lo && (r->tags[j - 1] & T_QUOTED))
                j--;
            /* (the names before kept as no speech either) */
            if (out->len > 0 &&
                PRECIS_VEC_AT(out, precis_quote, out->len - 1)->mark_end > in->toks[j].off)
                break;
            if (j > lo && ((r->tags[j - 1] & T_NAMING) || (compound_tags(r, j - 1) & T_NAMING)) &&
                !memchr(in->text + in->toks[j - 1].off + in->toks[j - 1].len, ',',
                        in->toks[j].off - (in->toks[j - 1].off + in->toks[j - 1].len)))
                return 0;
        }
    }
    /* a slogan chanted or carried, a colon, a determiner, "de" and the
     * slogans before it of the same list apart at most: "en scandant :
     * « … »", "ont scandé « … » et « … »", "une banderole « … »", "aux cris
     * de « … »" */
    /* (not words with their own inverted cue: "Cette banderole « … »,
     * disait l'ambassade", "… « Plus jamais ça », a lancé sa mère") */
    int own_cue = a + 1 < in->n_toks && r->sent_of[a] == qs &&
                  in->text[sp->close + sp->close_len] == ',' &&
                  ((r->tags[a] & T_CUE) || (r->tags[a + 1] & T_CUE));
    for (size_t k = before, n = 0; r->q->chants && !own_cue && k-- > lo && n < 3;) {
        if (r->tags[k] & (T_QUOTED | T_LINK)) continue;
        if (listed(r, r->q->chants, k)) return 0;
        /* a sign as the cue's subject, an adjective apart at most: "un
         * panneau rouillé indique « … »", "la pancarte proclamait « … »" */
        if (r->tags[k] & T_CUE) {
            for (size_t j = k; j-- > lo && k - j <= 2 && !broken(r, j);)
                if (listed(r, r->q->signs, j) && !(r->tags[j] & T_QUOTED)) return 0;
            break;
        }
        if (k > lo && broken(r, k - 1) && !(r->tags[k - 1] & T_QUOTED)) break;
        if (!(r->tags[k] & (T_DET | T_JOIN))) n++;
    }
    /* a noun of the things that bear names right before the mark, after a
     * definite determiner, names them: "le programme « Welcome Stamp »",
     * "la liste « commission paritaire »", "du groupe « Génération
     * identitaire »"; capitalized words, or two or three words (a clause
     * in lower case after such a subject is speech: "le plan « ne tient
     * pas la route »", and so is a word qualifying the noun: "la campagne
     * « inouïe »") */
    if (r->q->name_nouns && !colon && before >= lo + 2 &&
        ((in->toks[inside].flags & PRECIS_TOK_CAP) || (words >= 2 && words <= 3)) &&
        !(r->tags[before - 1] & T_QUOTED) && listed(r, r->q->name_nouns, before - 1) &&
        ((r->tags[before - 2] & T_DEF) ||
         ((r->tags[before - 2] & T_DET) && (r->tags[before - 2] & T_JOIN))) &&
        !broken(r, before - 2) && spaced(r, before - 1, before, sp->open))
        return 0;
    /* a noun of words as words after a definite determiner, right before
     * the mark or before "de" right before it, makes the quotation a term:
     * "l'expression « … »", "a refusé le terme de « … »", "le phénomène
     * d'« … »" (not "un phénomène « à très faible probabilité … »") */
    if (r->q->term_nouns && !colon && before > lo) {
        size_t k = before - 1;
        /* (an elided "d'" before a straight mark may come out as "d") */
        const precis_token *t = &in->toks[k];
        int elided = t->len == 1 && (in->text[t->off] | 32) == 'd' && t->off + 1 < sp->open &&
                     (in->text[t->off + 1] == '\'' || in->text[t->off + 1] == '\xe2');
        if (k > lo && ((r->tags[k] & T_JOIN) || elided) && !(r->tags[k] & (T_DET | T_QUOTED)) &&
            !broken(r, k - 1))
            k--;
        if (k > lo && (r->tags[k - 1] & T_DEF) && !broken(r, k - 1) && !(r->tags[k] & T_QUOTED) &&
            listed(r, r->q->term_nouns, k) && spaced(r, k, before, sp->open))
            return 0;
    }
    /* a scare word after a determiner, right before the mark: "un
     * prétendu « bon de chargement »", "la sacro-sainte « … »" (scare quotes,
     * no one's words) */
    size_t sf;
    if (r->q->scare && !colon && before >= lo + 2 && !(r->tags[before - 1] & T_QUOTED) &&
        listed_compound(r, r->q->scare, before - 1, &sf) && sf > lo && (r->tags[sf - 1] & T_DET) &&
        !broken(r, sf - 1) && spaced(r, sf - 1, before, sp->open))
        return 0;
    /* "dit" and its forms after a determiner and a noun group of lower-case
     * words, right before a short quotation: the name the thing is known
     * by, no one's words ("un mandat d'arrêt dit « no knock »", "des sites
     * dits « dangereux »"); not after a person's or a body's noun ("le
     * ministre dit « … »"), a possessive ("de son côté dit"), nor with a
     * copula before the determiner ("s'est d'autre part dit « … »") */
    if (r->q->called && !colon && words <= 4 && before >= lo + 3 &&
        !(r->tags[before - 1] & T_QUOTED) && listed(r, r->q->called, before - 1) &&
        spaced(r, before - 1, before, sp->open)) {
        const uint32_t stop = T_QUOTED | T_CUE | T_PRON | T_PERSON | T_ROLE | T_PEOPLE | T_ORGW |
                              T_COPULA | T_REL | T_POSS | T_SOURCE;
        for (size_t j = before - 1; j-- > lo && before - 1 - j <= 5;) {
            if (broken(r, j) || (r->tags[j] & stop) || (in->toks[j].flags & PRECIS_TOK_CAP)) break;
            if (r->tags[j] & T_DET) {
                if (j + 2 < before && (j == lo || !(r->tags[j - 1] & T_COPULA))) return 0;
                break;
            }
        }
    }
    /* a name in title case right after a calling word, a word apart at
     * most: "a plot called 'Operation X'", "known as 'X'", "la loi dite
     * « X »"; in lower case, what a speaker calls a thing is speech ("called
     * it a \"vote now, pay later\" Budget") */
    if (title_case)
        for (size_t k = before; k-- > lo && before - k <= 2;) {
            if (r->tags[k] & T_QUOTED) break;
            if (before - k == 2 && broken(r, k)) break;
            if (r->tags[k] & T_CALLS) return 0;
        }
    /* a name in title case that a relative clause right after describes:
     * "« Tutti Frutti », qui évoque …", "sa pièce « The Normal Heart », qui
     * dénonçait …" (two capitals at least, no stop but a comma at its end) */
    if (title_case && a < in->n_toks && r->sent_of[a] == qs && (r->tags[a] & T_REL)) {
        const char *p = in->text + sp->close + sp->close_len;
        while (p < in->text + in->toks[a].off && (*p == ' ' || *p == ','))
            p++;
        if (p == in->text + in->toks[a].off && two_capitals(in, inside, e) &&
            (!ends_like_speech(in->text, b, e) || in->text[e - 1] == ','))
            return 0;
    }
    /* a nickname before a surname: "Lee 'Uncle Poodle' Thompson", "\"Weird
     * Al\" Yankovic" (a few capitalized words, no stop inside the marks, a
     * capitalized word of the sentence right after the closing mark) */
    {
        const unsigned char *s = (const unsigned char *)in->text;
        size_t z = sp->close + sp->close_len;
        if (title_case && words <= 3 && sp->close_len && a < in->n_toks && r->sent_of[a] == qs &&
            s[z] == ' ' && in->toks[a].off == z + 1 && (in->toks[a].flags & PRECIS_TOK_CAP) &&
            (in->toks[a].flags & PRECIS_TOK_WORD) &&
            (s[e - 1] >= 0x80 || (s[e - 1] | 32) - (unsigned)'a' < 26u ||
             s[e - 1] - (unsigned)'0' < 10u))
            return 0;
    }
    /* or a naming word, a joiner and a name: "l'émission de France 2 « … »" */
    size_t nk = before;
    while (nk > lo && before - nk < Q_NAME && !(r->tags[nk - 1] & T_QUOTED) &&
           (name_tok(r, nk - 1) || (in->toks[nk - 1].flags & PRECIS_TOK_NUM)) &&
           (nk == before || !broken(r, nk - 1)))
        nk--;
    if (!colon && nk < before && nk >= lo + 2 && (r->tags[nk - 1] & T_JOIN) &&
        (r->tags[nk - 2] & T_NAMING) && !broken(r, nk - 2))
        return 0;
    /* or the maker's noun group between: "une chanson du groupe toulonnais
     * X « … »" (a joiner and at most three lower-case words) */
    if (!colon && nk < before && !r->q->adj_before && spaced(r, nk - 1, before, sp->open))
        for (size_t k = nk; k-- > lo + 1 && nk - k <= 4;) {
            const precis_token *t = &in->toks[k];
            if (broken(r, k) || (r->tags[k] & (T_QUOTED | T_CUE)) || !(t->flags & PRECIS_TOK_WORD))
                break;
            if ((r->tags[k] & T_JOIN) && k < nk - 1) {
                if ((r->tags[k - 1] & T_NAMING) && !broken(r, k - 1)) return 0;
                break;
            }
            if (t->flags & PRECIS_TOK_CAP) break;
        }
    /* a short quotation completing a noun through "des"/"du" names a group
     * or a thing, it reports no words: "les manifestations des « gilets
     * jaunes »", "un porte-parole des « foulards rouges »", not "d'apporter
     * des « … »" (a noun: a determiner one or two words before it) */
    if (!r->q->adj_before && words < Q_SPEECH && before >= lo + 3 &&
        (r->tags[before - 1] & T_DET) && (r->tags[before - 1] & T_JOIN)) {
        size_t k = before - 1, n = 0;
        while (k > lo && n < 2 && !broken(r, k - 1) &&
               (in->toks[k - 1].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) &&
               !(in->toks[k - 1].flags & PRECIS_TOK_STOP) &&
               !(r->tags[k - 1] & (T_CUE | T_DET | T_JOIN | T_QUOTED | T_PRON)))
            k--, n++;
        if (n > 0 && k > lo && !broken(r, k - 1) && (r->tags[k - 1] & T_DET)) return 0;
    }
    int charge = charge_before(r, before, lo);
    found f = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    int cue = 0, passive = 0, called = 0; /* called: a passive cue, its subject no speaker */
    size_t verb = 0;
    const precis_quote *inherit = NULL; /* a quotation whose speaker this one takes */
    /* quoted words between do not count: "a qualifié d'« inacceptable » et
     * de « contraire au droit »" */
    for (size_t k = before, dist = 0; k-- > lo && dist <= Q_BEFORE;) {
        /* a locution stands on its first word: "X a fait part de la « … »" */
        /* (not a name in marks: "appelé à la création d'un « Comité du
         * renouvellement »") */
        size_t lw = !(r->tags[k] & T_QUOTED) && k > lo && !(in->toks[inside].flags & PRECIS_TOK_CAP)
                        ? locution(r, k, lo)
                        : SIZE_MAX;
        /* a verb of a demand right before the mark, a determiner apart at
         * most: "X réclame un « … »" */
        if (lw == SIZE_MAX && r->q->demands && !(in->toks[inside].flags & PRECIS_TOK_CAP) &&
            (k + 1 == before || (k + 2 == before && (r->tags[k + 1] & T_DET))) &&
            !(r->tags[k] & T_QUOTED) && listed(r, r->q->demands, k))
            lw = k;
        /* in a relative clause, its antecedent speaks, below ("la Belgique
         * qui a appelé Paris à « … »") */
        if (lw != SIZE_MAX && lw > lo &&
            ((r->tags[lw - 1] & T_REL) || (lw > lo + 1 && (r->tags[lw - 2] & T_REL) &&
                                           (in->toks[lw - 1].flags & PRECIS_TOK_STOP))))
            lw = SIZE_MAX;
        if (lw != SIZE_MAX) {
            cue = 1;
            passive = 0;
            verb = lw;
            break;
        }
        if (r->tags[k] & T_CUE) {
            /* past another quotation, a cue after this one comes first
             * ("« … » et « … », a déclaré X") */
            cue = 1;
            passive = k + 1 == before || !(r->tags[before - 1] & T_QUOTED);
            verb = k;
            break;
        }
        if (!(r->tags[k] & T_QUOTED)) {
            if (broken(r, k) && k + 1 < before && !(r->tags[k + 1] & T_QUOTED)) break;
            dist++;
        }
    }
    /* a passive cue before it: its subject is no speaker (below) */
    called = cue && passive_cue(r, verb, lo);
    /* 1. after the quotation (its sentence, or the next when it closes its own) */
    /* a capitalized possessive after it opens another sentence, its break
     * lost: "'… custody,' His arrest follows …" */
    int after = a < in->n_toks && a > 0 && r->sent_of[a] == r->sent_of[a - 1] &&
                !((r->tags[a] & T_POSS) && (in->toks[a].flags & PRECIS_TOK_CAP));
    /* words closing on a full stop, the mark glued to a capital: another
     * sentence, its break lost ("« … nécessaires. »Comme l'explique X, …")
     * (French; not measured on English) */
    if (after && !r->q->adj_before && in->toks[a].off == sp->close + sp->close_len &&
        (in->toks[a].flags & PRECIS_TOK_CAP) && e > b) {
        size_t p = precis_utf8_prev((const unsigned char *)in->text, b, e);
        uint32_t c;
        while (p > b && precis_is_space((uint8_t)in->text[p]))
            p = precis_utf8_prev((const unsigned char *)in->text, b, p);
        precis_utf8_next((const unsigned char *)in->text + p, e - p, &c);
        if (c == '.' || c == '!' || c == '?' || c == 0x2026) after = 0;
    }
    /* a name in title case, two capitals at least, no stop at its end ("«
     * A la Maison Blanche », a récolté …"): an unknown verb after it makes
     * no cue, its group is the verb's object */
    int titled = title_case && !ends_like_speech(in->text, b, e) && two_capitals(in, inside, e);
    int next_short =
        a < in->n_toks && !after &&
        in->sents[r->sent_of[a]].tok_end - in->sents[r->sent_of[a]].tok_begin <= Q_NEXT;
    if (after && !cue && read_in_after(r, a, &f)) {
        cue = 1;
    } else if (after && !cue && quoted_as_saying(r, a, &f)) {
        cue = 1;
    } else if ((after || next_short) && cue_after(r, a, after ? Q_AFTER : Q_NEXT, passive, &f)) {
        cue = 1;
        /* an organisation reporting after it relays the words of the person
         * whose cue opens the sentence: "A former guard said the staff
         * were '…', The Guardian reported" */
        long o = after && f.kind == PRECIS_SPEAKER_NAME ? found_entity(r, &f) : -1;
        for (size_t k = lo; o >= 0 && ent_type(r, o) == PRECIS_ENT_ORG && k < before; k++)
            if ((r->tags[k] & T_CUE) && !(r->tags[k] & T_QUOTED)) {
                found g = subject_of(r, k, lo);
                /* a role's group with its complement: "A former staffer at X
                 * said" */
                if (!speaks_as_person(r, &g)) g = role_group(r, lo, k);
                if (speaks_as_person(r, &g)) f = g;
                break;
            }
    } else if (!cue && after && !titled && inverted_after(r, sp->close + sp->close_len, a, &f)) {
        cue = 1;
    } else if (!cue && (after || next_short) && name_verb_after(r, b, e, a, &f)) {
        cue = 1;
    } else if (cue) {
        /* 2. a verb cue just before */
        f = subject_of(r, verb, lo);
        if (f.kind == PRECIS_SPEAKER_NONE) f = plural_group(r, lo, verb);
        /* a participle after a comma, a clitic aside, reports for the main
         * clause's subject, not for its object: "X a attaqué Y, le traitant
         * d'« … »", "X attacked Y, calling him \"…\"" */
        size_t c = verb;
        if (c >= lo + 2 && !broken(r, c - 1) && in->toks[c - 1].len <= 3 &&
            !(in->toks[c - 1].flags & PRECIS_TOK_CAP))
            c--;
        int main_cue = 0; /* "a dit X, fustigeant": X, the cue's */
        size_t mc = lo;   /* that cue */
        for (size_t j = lo; j + 1 < c && !main_cue; j++)
            main_cue = (r->tags[j] & (T_CUE | T_SOURCE)) && !(r->tags[j] & T_QUOTED), mc = j;
        /* with a cue before it, the participle adds to a quotation of
         * that clause: its speaker ("X a indiqué ne « … » cette
         * déclaration, parlant d'une « … »") */
        if (c > lo + 1 && broken(r, c - 1) && main_cue && participle(r, verb) &&
            !r->q->adj_before && out->len > 0) {
            const precis_quote *pq = PRECIS_VEC_AT(out, precis_quote, out->len - 1);
            size_t pk = tok_from(r, pq->mark_off);
            if (pk < in->n_toks && r->sent_of[pk] == qs && pk >= lo &&
                pq->mark_end <= in->toks[c].off && pq->speaker_kind != PRECIS_SPEAKER_NONE)
                inherit = pq;
        }
        /* a cue before with no quotation of its own is the main clause's
         * verb, a name before the participle its object ("X attacked Y,
         * calling him"): the subject too */
        if (c > lo + 1 && broken(r, c - 1) &&
            (!main_cue || (!inherit && f.kind == PRECIS_SPEAKER_NAME && f.first > mc &&
                           f.first <= mc + 3 && gap_free(r, mc, f.first))) &&
            participle(r, verb)) {
            size_t s0 = c - 1;
            while (s0 > lo && !broken(r, s0 - 1))
                s0--;
            found g = subject_first(r, s0, c);
            /* (a group opening that clause is its subject, not a name
             * after it: "Three judges dismissed the appeal at the Court of
             * X, saying") */
            int opens = f.kind == PRECIS_SPEAKER_DESCRIPTOR &&
                        (f.first == s0 || (f.first == s0 + 1 && (r->tags[s0] & T_LINK)));
            if (g.kind != PRECIS_SPEAKER_NONE && !opens) f = g;
        }
        /* the main cue's subject, a noun group as well as a name: "l'autorité
         * a reconnu …, estimant que … « … »" */
        if (f.kind == PRECIS_SPEAKER_NONE && main_cue && !inherit && !r->q->adj_before &&
            c > lo + 1 && broken(r, c - 1) && participle(r, verb)) {
            f = subject_of(r, mc, lo);
            if (f.kind == PRECIS_SPEAKER_NONE && mc > lo &&
                (broken(r, mc - 1) || inverted_aux(r, lo, mc)))
                f = phrase_after(r, mc); /* ", a annoncé la préfecture, précisant" */
        }
        /* a participle opening the sentence: its subject follows the
         * quotation ("Décrivant une « … », la magistrate a demandé") */
        size_t x, y;
        if (f.kind == PRECIS_SPEAKER_NONE && verb == lo && after && broken(r, a - 1)) {
            if (name_at(r, a, &x, &y))
                f = (found){PRECIS_SPEAKER_NAME, x, y, x};
            else if ((r->tags[a] & T_PRON) && !(r->tags[a] & T_ITPRON))
                f = (found){-1, a, a, a};
            else if ((r->tags[a] & T_DET) && (y = group_end(r, a)) != SIZE_MAX)
                f = (found){PRECIS_SPEAKER_DESCRIPTOR, a, y, a};
        }
        /* a place ends an apposition ("X, le maire de Grenoble, a salué"):
         * the subject opens the sentence */
        found g = subject_first(r, lo, verb);
        if (g.kind == PRECIS_SPEAKER_NAME && f.kind == PRECIS_SPEAKER_NAME &&
            (is_place(r, &f) || (g.first == lo && g.last < f.first && broken(r, g.last))))
            f = g;
        else if (g.kind == PRECIS_SPEAKER_DESCRIPTOR && f.kind == PRECIS_SPEAKER_NAME &&
                 is_place(r, &f))
            f = g; /* "L'ex-députée RN du Vaucluse a indiqué" */
        /* a passive cue (en): its subject is the one called so, not the
         * speaker ("she was called a '…'", "X was widely branded '…'"); an
         * agent between the cue and the mark speaks ("was described by his
         * neighbours as '…'"), else no one (an agent after the mark is
         * cue_after's) */
        if (called) {
            f = reporter_before(r, verb, in->sents[qs].tok_begin);
            called = f.kind == PRECIS_SPEAKER_NONE;
            for (size_t k = verb + 1; called && k < before && !broken(r, k - 1); k++)
                if ((r->tags[k] & T_AGENT) && !(r->tags[k] & T_QUOTED)) {
                    found h = phrase_after(r, k);
                    if (h.kind != -1) f = h;
                    break;
                }
        }
    } else {
        /* 2. a source opening the clause: "Selon X, « … »" */
        for (size_t k = before; k-- > lo && before - k <= Q_LOOK;) {
            /* an elided source opens a clause ("D'après X, « … »"), it is
             * no aside inside one ("placé sous tutelle d'après X, …") */
            if ((r->tags[k] & T_SOURCE) && k > lo + 1 && elided_before(r, k) && !broken(r, k - 2))
                continue;
            if (r->tags[k] & T_SOURCE) {
                f = phrase_after(r, k);
                /* a stressed pronoun: "Selon lui, « … »" stands for the
                 * person as "il" would, as after "Pour" */
                if (f.kind == PRECIS_SPEAKER_NONE && k + 2 == before &&
                    listed(r, r->q->stressed, k + 1) && broken(r, k + 1) && !broken(r, k))
                    f = (found){-1, k + 1, k + 1, k + 1};
                cue = 1;
                break;
            }
        }
        /* a person whose view the sentence gives: "Pour Mme Kadi, cette
         * situation révèle le caractère « … »", "For Mr Hale, it was 'a
         * betrayal'", also right before the mark ("Pour les syndicats,
         * « … »") */
        size_t o = in->sents[qs].tok_begin;
        /* (a name in title case is none: "censurée par les « Sages »") */
        int named = title_case && (in->toks[inside].flags & PRECIS_TOK_CAP);
        if (!cue && !named && lo == o && o + 1 < before && (r->tags[o] & T_OPINION)) {
            found g = phrase_after(r, o);
            /* an aside between the holder and the comma: "Pour M. X
             * toutefois, …" */
            size_t gl = g.last, al;
            if (g.kind != PRECIS_SPEAKER_NONE && gl + 1 < before && !broken(r, gl) &&
                (al = aside_len(r, gl + 1)) && gl + al < before && broken(r, gl + al))
                gl += al;
            if (g.kind != PRECIS_SPEAKER_NONE && gl < before && broken(r, gl) &&
                speaks_as_person(r, &g)) {
                f = g;
                cue = 1;
            } else if (o + 2 < before && listed(r, r->q->stressed, o + 1) && broken(r, o + 1)) {
                /* a stressed pronoun: "Pour lui, …" stands for the person
                 * as "il" would */
                f = (found){-1, o + 1, o + 1, o + 1};
                cue = 1;
            }
        }
        /* a person named before "pour qui" opening the quotation's clause:
         * "X, pour qui cette réforme vise à « … »" (French: "qui" after the
         * opinion's word) */
        for (size_t k = before;
             !cue && r->ent && !r->q->adj_before && k-- > lo + 2 && before - k <= Q_LOOK;) {
            if (r->tags[k] & (T_QUOTED | T_CUE | T_SOURCE)) break;
            if (k + 1 < before && broken(r, k) && !(r->tags[k] & T_OPINION)) break;
            if (!(r->tags[k] & T_REL) || !(r->tags[k - 1] & T_OPINION)) continue;
            long who = r->ent[k - 2];
            if (who >= 0 && ent_type(r, who) == PRECIS_ENT_PERSON && !(r->tags[k - 2] & T_QUOTED)) {
                size_t m = mention_first(r, k - 2, lo);
                f = (found){PRECIS_SPEAKER_NAME, m, k - 2, m};
                cue = 1;
            }
            break;
        }
    }
    /* a person's name in brackets right after it: "« … » (Gérald X)" */
    if (!cue && r->ent) {
        const char *x = in->text;
        size_t c = sp->close + sp->close_len,
               end = in->paras[in->n_paras - 1].off + in->paras[in->n_paras - 1].len;
        while (c < end && x[c] == ' ')
            c++;
        size_t j = c < end && x[c] == '(' ? tok_from(r, c + 1) : in->n_toks, l = j;
        if (j < in->n_toks && in->toks[j].off == c + 1 && r->ent[j] >= 0 &&
            ent_type(r, r->ent[j]) == PRECIS_ENT_PERSON) {
            l = mention_last(r, j, in->n_toks);
            if (in->toks[l].off + in->toks[l].len < end &&
                x[in->toks[l].off + in->toks[l].len] == ')') {
                f = (found){PRECIS_SPEAKER_NAME, j, l, j};
                cue = 1;
            }
        }
    }
    /* 3. the previous sentence ends with ':' and holds a cue */
    if (!cue && sb != qs) {
        const precis_sentence *ps = &in->sents[sb];
        const char *end = in->text + ps->off + ps->len;
        if (ps->len && end[-1] == ':') {
            for (size_t k = ps->tok_end; k-- > ps->tok_begin && ps->tok_end - k <= Q_LOOK;)
                if (r->tags[k] & T_CUE) {
                    f = subject_of(r, k, ps->tok_begin);
                    cue = 1;
                    break;
                }
            /* without a cue, the colon introduces its subject's words: "Le
             * maire, Paul Moreau, était catégorique :" */
            if (!cue) {
                f = subject_first(r, ps->tok_begin, ps->tok_end);
                cue = f.kind != PRECIS_SPEAKER_NONE;
            }
        }
    }
    /* 3. the sentence before ends with a cue and its speaker ("…, a
     * annoncé lundi le ministère. « … »", "X said.") */
    int linked = a + 1 < in->n_toks && (r->tags[a] & T_LINK) && (r->tags[a + 1] & T_QUOTED);
    size_t pb = before; /* captions between are stepped over */
    while (lo == before && pb > 0 && (r->tags[pb - 1] & T_CAPTION))
        pb--;
    if (!cue && lo == before && pb > 0 && !linked)
        for (size_t k = pb; k-- > 0 && pb - k <= Q_NEXT && !(r->tags[k] & T_QUOTED);)
            if (r->tags[k] & T_CUE) {
                /* its subject, else the phrase after an inverted cue: "X
                 * told CNN.", "…, a annoncé le ministère." */
                size_t o = in->sents[r->sent_of[k]].tok_begin, qk = k;
                while (qk > o && !(r->tags[qk - 1] & T_QUOTED))
                    qk--;
                /* an inverted cue after a quotation of that sentence: its
                 * subject follows ("« … » à la petite Léna, a ajouté
                 * l'élu.") */
                f = (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
                if (qk > o && (broken(r, k - 1) || inverted_aux(r, qk, k)) && !r->q->adj_before)
                    f = phrase_after(r, k);
                /* a cue after a participle reports for the noun before it,
                 * its object is no speaker: the sentence's subject speaks
                 * ("Le ministre répond aux voix ayant critiqué le
                 * gouvernement. « … »") */
                if (f.kind == PRECIS_SPEAKER_NONE && k > o + 1 && !broken(r, k - 1) &&
                    aux_participle(r, k - 1) && !(r->tags[k - 1] & T_QUOTED)) {
                    f = subject_first(r, o, k - 1);
                    cue = f.kind != PRECIS_SPEAKER_NONE;
                    break;
                }
                if (f.kind == PRECIS_SPEAKER_NONE) f = subject_of(r, k, glued_start(r, o, k));
                /* "'…,' Reuters quoted an official as saying. '…'": the
                 * official (en) */
                found g1;
                if (qk > o && qk < k && quoted_as_saying(r, qk, &g1)) f = g1;
                /* past a quotation, what names its speaker names this one's
                 * (en): "'…,' X, director of Y, told the BBC. '…'" */
                found g0;
                if (f.kind == PRECIS_SPEAKER_NAME && r->q->adj_before && qk > o && qk < k &&
                    cue_after(r, qk, Q_AFTER, 0, &g0) && g0.kind == PRECIS_SPEAKER_NAME &&
                    g0.first == qk && f.first != qk)
                    f = g0;
                /* past a quotation, the name opening the words after it:
                 * "'…,' Ann Lee, editor of X.com told BBC News. '…'" */
                if (f.kind == PRECIS_SPEAKER_NONE && qk > o && listed(r, r->q->listeners, k))
                    f = subject_first(r, qk, k);
                if (f.kind == PRECIS_SPEAKER_NONE) f = phrase_after(r, k);
                cue = f.kind != PRECIS_SPEAKER_NONE;
                /* a pronoun's cue right after a quotation of that sentence
                 * ("\"…,\" he said. \"…\""): the speaker given to that
                 * quotation, the same pronoun (en) */
                if (f.kind == -1 && r->q->adj_before && qk > o && f.at == qk && k == qk + 1 &&
                    out->len > 0) {
                    const precis_quote *pq = PRECIS_VEC_AT(out, precis_quote, out->len - 1);
                    if (pq->speaker_kind != PRECIS_SPEAKER_NONE &&
                        pq->mark_end <= in->toks[qk].off &&
                        r->sent_of[tok_from(r, pq->mark_off)] == r->sent_of[k])
                        inherit = pq;
                }
                break;
            }
    /* an article opening with a quotation, its own sentence: the next
     * sentence, however long, may end by attributing it with an inverted
     * cue ("« … ». X envisage de revenir, écrivait Le Courrier la semaine
     * dernière.") */
    if (!cue && before == 0 && !linked && !r->q->adj_before) {
        size_t k = a;
        while (k < in->n_toks && r->sent_of[k] == qs && !(in->toks[k].flags & PRECIS_TOK_WORD))
            k++;
        if (k < in->n_toks && r->sent_of[k] != qs) {
            const precis_sentence *ns = &in->sents[r->sent_of[k]];
            for (size_t c = ns->tok_end; c-- > ns->tok_begin + 1 && ns->tok_end - c <= Q_NEXT;) {
                if (r->tags[c] & T_QUOTED) break;
                if (!(r->tags[c] & T_CUE)) continue;
                if (broken(r, c - 1) || inverted_aux(r, ns->tok_begin, c)) {
                    found g = phrase_after(r, c);
                    if (g.kind != PRECIS_SPEAKER_NONE && g.kind != -1) {
                        f = g;
                        cue = 1;
                    }
                }
                break;
            }
        }
    }
    /* a quotation that is its own sentence after one whose subject is a
     * named person ("Union leader X criticised the plans. « … »"): theirs */
    int rejected = 0;
    if (!cue && f.kind == PRECIS_SPEAKER_NONE && lo == before && pb > 0 && !linked && !after &&
        r->ent && words >= Q_SPEECH) {
        const precis_sentence *ps = &in->sents[r->sent_of[pb - 1]];
        size_t j = ps->tok_begin, hi = ps->tok_begin + 2 * Q_NAME, c = SIZE_MAX;
        int apposed = 0;
        for (size_t k = j; k < ps->tok_end; k++) {
            if (r->tags[k] & T_QUOTED) hi = 0;
            if ((r->tags[k] & T_CUE) && c == SIZE_MAX) c = k;
        }
        if (j < hi && j + 1 < ps->tok_end && (r->tags[j] & T_LINK) && !broken(r, j)) j++;
        size_t j0 = j;
        /* "He also accused the government of …. « … »" */
        if (j < hi && (r->tags[j] & T_PRON) && !(r->tags[j] & T_ITPRON) && j + 1 < ps->tok_end &&
            !broken(r, j) && !(in->toks[j + 1].flags & PRECIS_TOK_CAP))
            f = (found){-1, j, j, j};
        for (; f.kind == PRECIS_SPEAKER_NONE && j < hi && j < ps->tok_end && !broken(r, j); j++)
            if (r->ent[j] >= 0) {
                long ej = r->ent[j];
                size_t l = mention_last(r, j, ps->tok_end);
                const precis_token *t = &in->toks[l + 1];
                /* a full name or a title's: "Strong Oscar contenders" is none */
                /* (its verb a cue, "said" a stop word: "Mr X said the bank
                 * had …. '…'", en) */
                /* (one word: a role before it, or the surname of a person
                 * named in full before, en: "Elton lashed out at …") */
                if (ent_type(r, ej) == PRECIS_ENT_PERSON && l + 1 < ps->tok_end && !broken(r, l) &&
                    (l > j || (j > ps->tok_begin && (r->tags[j - 1] & T_ROLE)) ||
                     (r->q->adj_before && !(r->tags[j] & T_CAPTION) &&
                      r->in->ents[ej].name_off < in->toks[j].off &&
                      r->in->ents[ej].name_len > in->toks[j].len &&
                      memchr(r->in->text + r->in->ents[ej].name_off, ' ',
                             r->in->ents[ej].name_len))) &&
                    (t->flags & PRECIS_TOK_WORD) && !(t->flags & PRECIS_TOK_CAP) &&
                    (!(t->flags & PRECIS_TOK_STOP) ||
                     (r->q->adj_before && (r->tags[l + 1] & T_CUE) && !participle(r, l + 1))) &&
                    !(r->tags[l + 1] & (T_JOIN | T_PERSON)))
                    f = (found){PRECIS_SPEAKER_NAME, j, l, j};
                /* or, past an apposition, the subject of its first cue (en):
                 * "But X, director general of Y (Z), criticised the
                 * announcement, saying …. '…'" */
                else if (ent_type(r, ej) == PRECIS_ENT_PERSON && r->q->adj_before && broken(r, l) &&
                         c != SIZE_MAX && c > l + 2) {
                    found g = subject_of(r, c, ps->tok_begin);
                    if (g.kind == PRECIS_SPEAKER_NAME && g.first == j) f = g, apposed = 1;
                }
                /* a name opening it that is none of a person's ("Strong Oscar
                 * contenders"): no one's words, a convention */
                rejected = f.kind == PRECIS_SPEAKER_NONE;
                break;
            }
        /* or a person's role opening it, the person it stands for: "La
         * journaliste se montre sévère avec X et Y (…). « … »" */
        if (f.kind == PRECIS_SPEAKER_NONE && j0 < hi && !r->q->adj_before) {
            found g = role_group(r, j0, ps->tok_end);
            if (g.kind == PRECIS_SPEAKER_DESCRIPTOR) {
                g = coref(r, g);
                if (g.kind == PRECIS_SPEAKER_NAME && speaks_as_person(r, &g)) f = g;
            }
        }
        /* a cue there only right after that subject: the quotation goes on
         * with what it reports ("She added that losing weight has helped
         * her. « … »") */
        size_t sl = f.kind == -1 ? f.at : f.last;
        if (f.kind != PRECIS_SPEAKER_NONE && c != SIZE_MAX && c != sl + 1 && !apposed)
            f = (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
        /* else a person reporting in that sentence, no quotation in it, as
         * the subject of its first cue (en): "Earlier Lib Dem spokesman X
         * said the plan was right. '…'" */
        if (f.kind == PRECIS_SPEAKER_NONE && r->q->adj_before && c != SIZE_MAX && hi != 0 &&
            c > ps->tok_begin && !participle(r, c) && !passive_cue(r, c, ps->tok_begin)) {
            found g = subject_of(r, c, ps->tok_begin);
            if (speaks_as_person(r, &g)) {
                f = g;
                rejected = 0;
            }
        }
    }
    /* no cue in its sentence: the next one quoting "also" with a cue names
     * the speaker of both ("… ont découvert « … ». S'y trouvait également
     * « … », précise le communiqué.") */
    if (!cue && f.kind == PRECIS_SPEAKER_NONE && qs + 1 < in->n_sents) {
        const precis_sentence *qsent = &in->sents[qs], *nsent = &in->sents[qs + 1];
        int own = 0;
        for (size_t k = qsent->tok_begin; k < qsent->tok_end; k++)
            own |= (r->tags[k] & (T_CUE | T_SOURCE)) && !(r->tags[k] & T_QUOTED);
        /* the adverb a few words before the next quotation or its cue, the
         * cue next to that quotation ("a également déclaré « … »") */
        size_t o = nsent->tok_begin, q1 = SIZE_MAX, q2 = 0, c = SIZE_MAX, al = SIZE_MAX;
        for (size_t k = o; !own && k < nsent->tok_end; k++) {
            if (r->tags[k] & T_QUOTED) {
                if (q1 == SIZE_MAX) q1 = k;
                if (k == q2 + 1 || q2 == 0) q2 = k;
            } else if ((r->tags[k] & T_ALSO) && q1 == SIZE_MAX && c == SIZE_MAX) {
                al = k;
            } else if ((r->tags[k] & T_CUE) && k > o && c == SIZE_MAX) {
                c = k;
            }
        }
        size_t first = c < q1 ? c : q1;
        if (al != SIZE_MAX && q1 != SIZE_MAX && c != SIZE_MAX && first - al <= 3 &&
            (c < q1 ? q1 - c <= 2 : c - q2 <= 3)) {
            found g = broken(r, c - 1) || inverted_aux(r, o, c) ? phrase_after(r, c)
                                                                : subject_of(r, c, o);
            if (g.kind != PRECIS_SPEAKER_NONE && g.kind != -1) f = g;
        }
    }
    int doc = 0;
    {
        found g;
        if (document_read(r, before, sp->open, &g)) f = g, cue = doc = 1;
    }
    /* a short fragment is speech in a sentence that reports speech: a cue
     * or a source anywhere in it, outside quotations ("…, qui « préexiste
     * » à la ville, …, avertit la chercheuse") */
    int reported = 0;
    if (!cue && !title_case && words < Q_SPEECH) {
        const precis_sentence *qsent = &in->sents[qs];
        found org = {PRECIS_SPEAKER_NONE, 0, 0, 0};
        for (size_t k = qsent->tok_begin; k < qsent->tok_end && !reported; k++) {
            if ((r->tags[k] & T_QUOTED) ||
                (!(r->tags[k] & (T_CUE | T_SOURCE)) && !listed(r, r->q->frag_cues, k)))
                continue;
            /* a passive cue reports speech, its subject no speaker: "she
             * was called a '…'" */
            if (!(r->tags[k] & T_SOURCE) && k < before && passive_cue(r, k, qsent->tok_begin)) {
                reported = called = 1;
                break;
            }
            /* its speaker, a person: after a source or an inverted cue,
             * else the cue's subject */
            /* (a participle after a comma opens no inverted cue: in
             * "…, accusing the judges of being '…'" the judges are its
             * object) */
            found g = (r->tags[k] & T_SOURCE) || (k > 0 && broken(r, k - 1) && !ing_cue(r, k))
                          ? phrase_after(r, k)
                          : subject_of(r, k, qsent->tok_begin);
            /* (en) a cue after an apposition's comma with no person after
             * it: its subject before ("X, general secretary of Y, said
             * allowing Z … is compromising its own '…'") */
            if (r->q->adj_before && !(r->tags[k] & T_SOURCE) && !speaks_as_person(r, &g) && k > 0 &&
                broken(r, k - 1) && !ing_cue(r, k)) {
                found h = subject_of(r, k, qsent->tok_begin);
                if (speaks_as_person(r, &h)) g = h;
            }
            reported = speaks_as_person(r, &g);
            /* a fragment verb after an aside's comma, the fragment after
             * it: no inverted cue but the subject's, past a relative
             * clause ("X, who has …, dismissed the theory as '…'") */
            if (!reported && !(r->tags[k] & T_SOURCE) && !(r->tags[k] & T_CUE) && k < before &&
                k > 0 && broken(r, k - 1) && listed(r, r->q->frag_cues, k)) {
                found h = subject_of(r, k, qsent->tok_begin);
                if (speaks_as_person(r, &h)) {
                    g = h;
                    reported = 1;
                }
            }
            /* an organisation named speaking, when no person does, for one
             * word too: "Stop Kelby Expansion said the plan was
             * \"fundamentally flawed\"", "X says … will leave your skin
             * 'glowing'" */
            if (!reported && org.kind == PRECIS_SPEAKER_NONE && speaks_as_org(r, &g)) org = g;
            /* an inverted cue after its auxiliary: "…, a indiqué la
             * ministre" */
            if (!reported && !(r->tags[k] & T_SOURCE) && k >= 2 &&
                ((broken(r, k - 2) && !(r->tags[k - 1] & (T_QUOTED | T_CUE))) ||
                 inverted_aux(r, qsent->tok_begin, k))) {
                g = phrase_after(r, k);
                reported = speaks_as_person(r, &g);
                if (!reported && org.kind == PRECIS_SPEAKER_NONE && speaks_as_org(r, &g)) org = g;
            }
            if (reported && f.kind == PRECIS_SPEAKER_NONE) f = g;
        }
        if (!reported && org.kind != PRECIS_SPEAKER_NONE) {
            reported = 1;
            if (f.kind == PRECIS_SPEAKER_NONE) f = org;
        }
    }
    /* a subheading between dashes is one, whatever cue the segmenter ran
     * into its sentence ("- « Sauver la planète » ? -« Je … », s'inquiète
     * X") */
    int dashed = dashed_heading(r, sp->open, sp->close + sp->close_len);
    /* a short fragment after a quotation of its sentence, Q_LIST_GAP
     * tokens at most between that are no cue, copula, quotation or name
     * when it opens in lower case (a name in marks repeats a heading:
     * "« Un toit pour X »Depuis lundi, la cagnotte « Un toit pour X »"),
     * else only links, determiners, joiners and stop words, goes with it:
     * "reproche des « … », une « … » ou encore une « tromperie
     * caractérisée »", "voit en cette réforme « … » vers « … »", "propose
     * de « … » pour définir le cadre d'une « … »", "condamné « … » sur
     * l'édifice, « … »" (docs/annotation.md: a fragment after a quotation
     * of its own sentence has that quotation's speaker) */
    int in_list = 0;
    if (!cue && !reported && !dashed && !title_case && words < Q_SPEECH && out->len > 0 &&
        r->sent_of[before > 0 ? before - 1 : 0] == qs) {
        const precis_quote *pq = PRECIS_VEC_AT(out, precis_quote, out->len - 1);
        size_t j = tok_from(r, pq->mark_end), pk = tok_from(r, pq->mark_off);
        int lower = inside < in->n_toks && !(in->toks[inside].flags & PRECIS_TOK_CAP);
        int ok = pk < in->n_toks && r->sent_of[pk] == qs && pq->mark_end <= sp->open &&
                 j <= before && before - j <= Q_LIST_GAP;
        for (size_t k = j; ok && k < before; k++)
            ok = (lower && !(r->tags[k] & (T_CUE | T_COPULA | T_QUOTED)) && !name_tok(r, k)) ||
                 (r->tags[k] & (T_LINK | T_DET | T_JOIN)) ||
                 ((in->toks[k].flags & PRECIS_TOK_STOP) && !(r->tags[k] & (T_CUE | T_COPULA)));
        if (ok) {
            in_list = 1;
            if (pq->speaker_kind != PRECIS_SPEAKER_NONE) inherit = pq;
        }
    }
    /* a heading glued to the text that repeats words quoted in the
     * article is a quotation ("…du « perchoir ».« Difficilement tenable
     * »Parmi eux, …" and later "« va être très difficilement tenable »") */
    int repeats = !cue && !reported && !dashed && !in_list &&
                  heading_quote(r, sp->open, sp->close + sp->close_len, b, e);
    /* words that are no speech by themselves: a title, or fewer than
     * Q_SPEECH words and no sentence, unless a charge is laid before */
    int unspoken =
        !(charge && !title_case) &&
        (title_case || (words < Q_SPEECH && !(words >= 2 && ends_like_speech(in->text, b, e))));
    if (!cue && !reported && !dashed && !in_list && !repeats && unspoken) return 0;
    /* no cue near: a source closing the sentence ("…, selon X.") */
    if (f.kind == PRECIS_SPEAKER_NONE && !cue && after) source_at_end(r, a, &f);
    /* speech without a cue next to it: the speaker of an inverted cue
     * ending its sentence, a person or not ("des « … » seront mis en
     * vente, a annoncé la maison X") */
    int tail = f.kind == PRECIS_SPEAKER_NONE; /* a cue ending the sentence names it */
    if (f.kind == PRECIS_SPEAKER_NONE && after)
        for (size_t k = a; k < in->sents[qs].tok_end && k < in->n_toks; k++) {
            /* a name or a pronoun before the cue is its subject, no
             * inverted speaker follows ("'…,' Officer X told NBC") */
            if ((r->tags[k] & (T_QUOTED | T_PRON)) || name_tok(r, k)) break;
            if (!(r->tags[k] & T_CUE) || k < 2) continue;
            if (broken(r, k - 1) || (broken(r, k - 2) && !(r->tags[k - 1] & (T_QUOTED | T_CUE)) &&
                                     (in->toks[k - 1].flags & PRECIS_TOK_STOP)))
                f = phrase_after(r, k);
            break;
        }
    /* or a subject and its cue ending the sentence after a comma: "X
     * liked to rattle off « … » in a bid to …, the Tory leader said." */
    if (f.kind == PRECIS_SPEAKER_NONE && after) {
        size_t end = in->sents[qs].tok_end, k = end - 1, c = k;
        while (c > a && !broken(r, c - 1) && k - c < Q_NAME)
            c--;
        if (k > a && (r->tags[k] & T_CUE) && !(r->tags[k] & T_QUOTED) && c > a && c < k &&
            broken(r, c - 1) && !(r->tags[c - 1] & T_QUOTED)) {
            found g = subject_of(r, k, c);
            if (g.kind != PRECIS_SPEAKER_NONE && g.first == c) f = g;
        }
    }
    /* a plural pronoun next to a cue ("ajoutent-elles", "elles
     * demandent") goes on with a group that spoke just before, described
     * in the plural ("affirment les associations") */
    if (f.kind == PRECIS_SPEAKER_NONE && cue && !r->q->adj_before &&
        r->last_kind == PRECIS_SPEAKER_DESCRIPTOR && gap(r, r->last_sent, qs) <= 2) {
        int plural = plural_by_cue(r, qs);
        size_t i = tok_from(r, r->last_off);
        const precis_token *t = i < in->n_toks ? &in->toks[i] : NULL;
        if (plural && t && (r->tags[i] & T_DET) && t->len == 3 &&
            (in->text[t->off + 2] | 32) == 's')
            f = last_found(r, PRECIS_SPEAKER_DESCRIPTOR);
    }
    /* "ils", "elles" next to a cue ("expliquent-ils") given one person
     * named near (fr): a group of people opening a clause of the
     * quotation's sentence or the one before ("Si …, les chercheurs
     * refusent …. « … », expliquent-ils") speaks instead, its noun group as
     * written up to its noun */
    if (cue && !r->q->adj_before && r->ent && in->folded &&
        (f.kind == PRECIS_SPEAKER_NONE || (f.kind == PRECIS_SPEAKER_NAME && r->ent[f.first] >= 0 &&
                                           ent_type(r, r->ent[f.first]) == PRECIS_ENT_PERSON))) {
        int plural = plural_by_cue(r, qs);
        found g = {PRECIS_SPEAKER_NONE, 0, 0, 0};
        for (size_t q = qs + 1;
             plural && g.kind == PRECIS_SPEAKER_NONE && q-- > 0 && qs - q <= 1;) {
            size_t o = in->sents[q].tok_begin, se = in->sents[q].tok_end;
            for (size_t k = o; k + 1 < se && g.kind == PRECIS_SPEAKER_NONE; k++) {
                const char *d = in->folded + in->toks[k].fold;
                if ((r->tags[k] & T_QUOTED) || !(k == o || broken(r, k - 1)) ||
                    !(precis_quote_folded(in, k) == 3 && !memcmp(d, "les", 3)))
                    continue;
                if (listed(r, r->q->groups, k + 1) && !(r->tags[k + 1] & T_QUOTED))
                    g = (found){PRECIS_SPEAKER_DESCRIPTOR, k, k + 1, k};
            }
        }
        if (g.kind != PRECIS_SPEAKER_NONE) f = g;
    }
    /* "they" next to a cue (en: "They said:", "'…,' they added") stands
     * for a group, not for one person named near: the group of people
     * that is the subject of a cue in the sentence before or two ("the
     * researchers, who included X, warned that …. They said: '…'"), else
     * the last speaker when a group; else no one */
    if (cue && r->q->adj_before && f.kind != PRECIS_SPEAKER_DESCRIPTOR) {
        const precis_sentence *qsent = &in->sents[qs];
        int plural = 0;
        for (size_t k = qsent->tok_begin; k + 1 < qsent->tok_end && !plural; k++)
            plural = (r->tags[k] & T_PLURAL) && !(r->tags[k] & T_QUOTED) &&
                     (r->tags[k + 1] & T_CUE) && !(r->tags[k + 1] & T_QUOTED) && !broken(r, k);
        if (plural) {
            found g = {PRECIS_SPEAKER_NONE, 0, 0, 0};
            for (size_t q = qs; g.kind == PRECIS_SPEAKER_NONE && q-- > 0 && gap(r, q, qs) <= 2;) {
                size_t o = in->sents[q].tok_begin;
                for (size_t k = o; k < in->sents[q].tok_end && k - o < Q_SENT; k++) {
                    if (!(r->tags[k] & T_CUE) || (r->tags[k] & T_QUOTED)) continue;
                    found h = subject_of(r, k, o);
                    /* (past an opening word and its comma: "However, the
                     * researchers, who …, warned") */
                    if (h.kind != PRECIS_SPEAKER_DESCRIPTOR && o + 2 < k && broken(r, o) &&
                        (in->toks[o].flags & PRECIS_TOK_WORD) && !(r->tags[o] & T_QUOTED))
                        h = subject_of(r, k, o + 1);
                    if (h.kind == PRECIS_SPEAKER_DESCRIPTOR && listed(r, r->q->groups, h.last))
                        g = h;
                }
            }
            if (g.kind == PRECIS_SPEAKER_NONE && r->last_kind == PRECIS_SPEAKER_DESCRIPTOR &&
                gap(r, r->last_sent, qs) <= 2) {
                size_t i = tok_from(r, r->last_off), l = tok_from(r, r->last_off + r->last_len) - 1;
                if (listed(r, r->q->groups, l)) g = (found){PRECIS_SPEAKER_DESCRIPTOR, i, l, i};
            }
            f = g;
        }
    }
    /* speech going on (en): sentences in marks opening their sentence, no
     * cue, after a quotation of a person named firmly (a cue's), with no one named, no cue
     * and no person's pronoun outside quotations between (facts, a
     * caption, also run into the quotation's sentence before a capital),
     * Q_BACK sentences at most:
     * that person's ("'…,' said Lindsey. Burkitt's lymphoma is a rare
     * cancer. … '…'") */
    int goes_on = 0;
    if ((f.kind == PRECIS_SPEAKER_NONE ||
         (f.kind == PRECIS_SPEAKER_NAME && found_entity(r, &f) == r->last_ent)) &&
        r->q->adj_before && !cue && !reported && !in_list && !dashed && !inherit && !title_case &&
        words >= Q_SPEECH &&
        (lo == before || (!colon && (in->toks[inside].flags & PRECIS_TOK_CAP) &&
                          !broken(r, before - 1) && !(r->tags[before - 1] & T_QUOTED))) &&
        ends_like_speech(in->text, b, e) && r->last_kind == PRECIS_SPEAKER_NAME &&
        r->last_ent >= 0 && ent_type(r, r->last_ent) == PRECIS_ENT_PERSON && r->ent) {
        for (; r->spoke_seen < out->len; r->spoke_seen++)
            if (PRECIS_VEC_AT(out, precis_quote, r->spoke_seen)->speaker_kind !=
                PRECIS_SPEAKER_NONE)
                r->spoke_last = r->spoke_seen;
        const precis_quote *pq =
            r->spoke_last != SIZE_MAX ? PRECIS_VEC_AT(out, precis_quote, r->spoke_last) : NULL;
        /* (from the sentence after the one its closing mark ends: "'…,'
         * said Lindsey." is hers) */
        size_t k = pq ? tok_from(r, pq->mark_end) : before;
        if (k < in->n_toks) k = in->sents[r->sent_of[k]].tok_end;
        goes_on = pq && pq->speaker_firm && pq->entity == r->last_ent && k < before &&
                  before - k <= Q_FAR && gap(r, r->sent_of[k], qs) <= Q_BACK;
        for (; goes_on && k < before; k++)
            goes_on = (r->tags[k] & T_QUOTED) ||
                      (!(r->tags[k] & (T_CUE | T_SOURCE)) &&
                       ((r->tags[k] & T_ITPRON) || !(r->tags[k] & T_PRON)) &&
                       !(r->ent[k] >= 0 && ent_type(r, r->ent[k]) == PRECIS_ENT_PERSON));
        if (goes_on) {
            f = last_found(r, PRECIS_SPEAKER_NAME);
        }
    }
    /* indirect speech, then its words (en): a sentence in marks opening
     * its sentence, no cue, right after a sentence whose first cue is far
     * from its end ("X, director of Y, said the survey showed that … .
     * '…'"), that sentence and the one before holding no quotation (no
     * run of speech going on, whose speaker the rule above gives): that
     * cue's subject, a name or a pronoun */
    if (!goes_on && (f.kind == PRECIS_SPEAKER_NONE || (f.kind == -1 && cue)) && r->q->adj_before &&
        !reported && !in_list && !dashed && !inherit && !title_case && words >= Q_SPEECH &&
        lo == before && pb > 0 && !linked && ends_like_speech(in->text, b, e) &&
        r->sent_of[pb - 1] + 1 == qs) {
        const precis_sentence *ps = &in->sents[qs - 1];
        int clean = 1;
        /* (nor does the sentence before it: no quotation run going on) */
        for (size_t k = qs > 1 ? in->sents[qs - 2].tok_begin : ps->tok_begin;
             k < ps->tok_end && clean; k++)
            clean = !(r->tags[k] & (T_QUOTED | T_CAPTION));
        /* (and it ends its sentence: "'…,' the paper quotes a source") */
        for (size_t k = tok_from(r, sp->close + sp->close_len); clean && k < in->sents[qs].tok_end;
             k++)
            clean = (r->tags[k] & T_QUOTED) || !(in->toks[k].flags & PRECIS_TOK_WORD);
        for (size_t k = ps->tok_begin; clean && k < ps->tok_end; k++)
            if (r->tags[k] & T_CUE) {
                /* (a pronoun found for a cue inside the reported clause,
                 * "X said it was hard to say how …", stands for no one) */
                if (cue && !(f.kind == -1 && f.at > k && f.at < ps->tok_end)) break;
                found g = subject_of(r, k, ps->tok_begin), h = subject_first(r, ps->tok_begin, k);
                /* (a person's name opening it before an apposition) */
                if (h.kind == PRECIS_SPEAKER_NAME && h.first <= ps->tok_begin + 1 && r->ent &&
                    r->ent[h.first] >= 0 && ent_type(r, r->ent[h.first]) == PRECIS_ENT_PERSON)
                    g = h;
                if (g.kind == PRECIS_SPEAKER_NAME || g.kind == -1) f = g;
                break;
            }
    }
    /* a cue's own speaker, named or described (no pronoun to resolve), or
     * a charge's none: conventions, kept by the constrained mode */
    int firm = goes_on ||
               ((cue || tail || reported) && f.kind != PRECIS_SPEAKER_NONE && f.kind != -1) ||
               (charge && f.kind == PRECIS_SPEAKER_NONE);
    /* and a pronoun's cue that finds no one it may stand for, or a
     * quotation inside a sentence with no cue whose subject is no one
     * ("The report found a '…'"; a person's, "His report", is his): no
     * speaker */
    int cue_far = 0, pron_cue = cue && f.kind == -1,
        inside_nocue = !cue && !reported && lo < before;
    /* (kept only if the words are those of a quotation kept: below) */
    if (repeats && unspoken) {
        size_t *h = precis_vec_push(&r->heads);
        if (!h) return -1;
        *h = out->len;
    }
    precis_quote *q = precis_vec_push(out);
    if (!q) return -1;
    memset(q, 0, sizeof *q);
    q->off = b;
    q->len = e - b;
    q->mark_off = sp->open;
    q->mark_end = sp->close + sp->close_len;
    q->entity = -1;
    /* 4. no cue names one: the subject opening the quotation's sentence
     * ("M. Dupont a exhorté les élus à « … »", "the WHO urges \"…\"") */
    int owner = 0; /* a person's document speaks: the owner found is firm */
    if (f.kind == PRECIS_SPEAKER_NONE && lo < before && !linked && !charge && !called) {
        /* a person's document opening the sentence ("His report, published
         * in July, found there had been a '…'"): the person its possessive
         * stands for (en; data/en/quote-documents.txt) */
        size_t d0 = lo + ((r->tags[lo] & T_LINK) && !broken(r, lo));
        if (r->q->adj_before && d0 + 2 < before && lo == in->sents[qs].tok_begin &&
            listed(r, r->q->owners, d0) && !(r->tags[d0] & T_QUOTED) && !broken(r, d0) &&
            listed(r, r->q->documents, d0 + 1) && !(r->tags[d0 + 1] & T_QUOTED))
            f = (found){-1, d0, d0, d0}, owner = 1;
        /* in a relative clause, its antecedent: "critiquée par la Belgique
         * qui a appelé Paris à « … »" */
        for (size_t k = before;
             k-- > lo + 1 && before - k <= Q_BEFORE && (k + 1 == before || !broken(r, k));) {
            size_t a1, b1;
            if (!(r->tags[k] & T_REL)) continue;
            if (!broken(r, k - 1) && name_at(r, k - 1, &a1, &b1) && !(r->tags[a1] & T_QUOTED) &&
                (a1 == lo || !(r->tags[a1 - 1] & T_JOIN)))
                f = (found){PRECIS_SPEAKER_NAME, a1, b1, a1};
            break;
        }
        /* a quotation inside reported speech, its cue far before it: the
         * cue's subject when a noun group opening the sentence ("The panel
         * said the fighters who … are living in 'a finishing school'"); a
         * name is the first one */
        for (size_t k = lo; f.kind == PRECIS_SPEAKER_NONE && k < before; k++)
            if ((r->tags[k] & T_CUE) && !(r->tags[k] & T_QUOTED)) {
                found g = subject_of(r, k, lo);
                cue_far = 1;
                /* (a link and an adverb may open the sentence before it:
                 * "But yesterday judges said the fine was …") */
                size_t o1 = lo + ((r->tags[lo] & T_LINK) && !broken(r, lo));
                if (o1 < g.first && opening_adverb(r, o1) && !broken(r, o1)) o1++;
                if (g.kind == PRECIS_SPEAKER_DESCRIPTOR && (g.first == lo || g.first == o1)) f = g;
                /* a participle opening the sentence, the quotation in its
                 * clause, far from it: the subject after that clause
                 * ("Assurant que … « … », le ministre a invité") */
                if (g.kind == PRECIS_SPEAKER_NONE && !r->q->adj_before && after &&
                    participle(r, k) && opens_clause(r, lo, k)) {
                    int apart = 0;
                    for (size_t j = k + 1; j < before && !apart; j++)
                        apart = comma_before(r, j) || (r->tags[j] & (T_CUE | T_QUOTED));
                    if (!apart) f = subject_after_clause(r, a, qs);
                }
                break;
            }
        /* the quotation's first word that participle, after an adverbial
         * ("Par ailleurs, « constatant … », la PP a interdit") */
        if (f.kind == PRECIS_SPEAKER_NONE && !cue_far && !r->q->adj_before && after &&
            inside < in->n_toks && in->toks[inside].off == b && (r->tags[inside] & T_CUE) &&
            participle(r, inside) && opens_clause(r, lo, inside)) {
            f = subject_after_clause(r, a, qs);
            cue_far = f.kind != PRECIS_SPEAKER_NONE;
        }
        /* the cue nearest before it, past the words a cue reaches, a
         * passive one: its subject no speaker ("where she was called
         * everything from …, '…' and '…' to a '…'") */
        size_t o = in->sents[qs].tok_begin;
        for (size_t k = before; f.kind == PRECIS_SPEAKER_NONE && k-- > o;)
            if ((r->tags[k] & T_CUE) && !(r->tags[k] & T_QUOTED)) {
                called = passive_cue(r, k, o);
                if (called) f = reporter_before(r, k, o);
                called &= f.kind == PRECIS_SPEAKER_NONE;
                break;
            }
        if (f.kind == PRECIS_SPEAKER_NONE && !called) f = subject_first(r, lo, before);
        /* the subject of a cue before it, past the words a cue reaches */
        if (cue_far && f.kind != PRECIS_SPEAKER_NONE && f.kind != -1) firm = 1;
    }
    /* a pronoun reporting a list of quotations, no cue between them ("He
     * said … '…', '…', as well as showing '…'"), stands for one person in
     * all: the one found for the first */
    if (f.kind == -1 && f.at == r->pron_at && r->pron_end <= sp->open) {
        size_t k = tok_from(r, r->pron_end);
        while (k < before && !((r->tags[k] & (T_CUE | T_SOURCE)) && !(r->tags[k] & T_QUOTED)))
            k++;
        /* (or a cue that shares its subject: "he said '…', but stressed
         * that … '…'", the same pronoun) */
        if (k == before || link_cue(r, k, before))
            f = (found){r->pron_kind, r->pron_first, r->pron_last, r->pron_first};
    }
    if (f.kind == -1) {
        size_t p = f.at;
        r->pron_at = f.at;
        f = resolve(r, f.at);
        f = person_for_pronoun(r, p, f, pron_cue);
        r->pron_kind = f.kind, r->pron_first = f.first, r->pron_last = f.last;
        /* a person's pronoun next to the quotation's cue ("'…,' he said",
         * "She said: '…'") that stands for a person of its gender is a
         * firm answer (en): the scored choice is not to trade it for a
         * name nearer the marks */
        if (pron_cue && r->q->adj_before && r->ent && !(r->tags[p] & T_ITPRON) &&
            f.kind == PRECIS_SPEAKER_NAME && r->ent[f.first] >= 0 &&
            ent_type(r, r->ent[f.first]) == PRECIS_ENT_PERSON && agrees(r, p, r->ent[f.first]))
            firm = 1;
    }
    if (r->pron_at != SIZE_MAX && f.kind == r->pron_kind && f.first == r->pron_first)
        r->pron_end = sp->close + sp->close_len;
    found g = person_of_apposition(r, person_after_org(r, demonym_person(r, f)));
    if (g.first != f.first || g.kind != f.kind) f = g, firm = 1;
    f = no_heading(
        r, coref(r, role_in_group(r, first_of_pair(r, role_of_body(r, person_in_run(r, f))))));
    if ((pron_cue || inside_nocue || rejected || called) && f.kind == PRECIS_SPEAKER_NONE) firm = 1;
    if (owner && f.kind == PRECIS_SPEAKER_NAME) firm = 1;
    if (dashed || heading_quote(r, q->mark_off, q->mark_end, b, e))
        f.kind = PRECIS_SPEAKER_NONE, firm = 1;
    if (f.kind != PRECIS_SPEAKER_NONE) {
        set_span(r, &f, q);
        /* a document read, or a text's noun group that a verb of reading
         * reports, is no "he" (en): "One post read: '…'" */
        r->last_doc = doc || (r->q->adj_before && q->speaker_kind == PRECIS_SPEAKER_DESCRIPTOR &&
                              listed(r, r->q->read_nouns, f.last) && !speaks_as_person(r, &f));
    }
    q->speaker_firm = firm;
    if (inherit) {
        q->speaker_firm = 1;
        inherit = q - 1; /* the vector may have moved: the one before q */
        copy_speaker(q, inherit);
    }
    return 0;
}

/* A charge with no speaker of its own takes none from a neighbour that is
 * no charge: only the cue of its own list names one. */
static int charge_of(const q_run *r, const precis_quote *q) {
    size_t k = tok_from(r, q->mark_off);
    if (k == 0 || k >= r->in->n_toks) return 0;
    return charge_before(r, k, r->in->sents[r->sent_of[k - 1]].tok_begin);
}

/* A quotation with no speaker that reported_before, closing_clause and
 * speech_runs may give one: no subheading's, nor a charge's. */
static int speakerless(const q_run *r, const precis_quote *b) {
    return b->speaker_kind == PRECIS_SPEAKER_NONE &&
           !heading_quote(r, b->mark_off, b->mark_end, b->off, b->off + b->len) &&
           !dashed_heading(r, b->mark_off, b->mark_end) && !charge_of(r, b);
}

/* The cue's subject g, or the person it stands for, as b's firm speaker:
 * 1, or 0 when it stands for no one. */
static int subject_speaks(q_run *r, found g, precis_quote *b) {
    g = coref(r, g);
    if (g.kind == PRECIS_SPEAKER_NONE) return 0;
    set_span(r, &g, b);
    b->speaker_firm = 1;
    return 1;
}

/* (en, fr) A quotation that opens its sentence, a full sentence with no cue,
 * source or pronoun of its own in that sentence, after no quotation in the
 * three sentences of its paragraph before it: the subject of the last
 * reporting cue there says it, indirect speech included ("A council
 * spokeswoman said …. She said that …. The scheme …. \"Hopefully …\"").
 * A pronoun's cue is stepped over for the named subject before it. */
static int reported_before(q_run *r, const precis_quote *a, precis_quote *b) {
    const precis_quote_input *in = r->in;
    if (!r->q->carries || !speakerless(r, b) || !b->len) return 0;
    /* a capital opens it: A-Z, or À-Ý in UTF-8 ("« À nous de … »") */
    unsigned char c0 = (unsigned char)in->text[b->off],
                  c1 = b->len > 1 ? (unsigned char)in->text[b->off + 1] : 0;
    if ((c0 < 'A' || c0 > 'Z') && (c0 != 0xC3 || c1 < 0x80 || c1 > 0x9D)) return 0;
    size_t kb = tok_from(r, b->mark_off);
    if (kb >= in->n_toks) return 0;
    size_t sb = r->sent_of[kb], o = in->sents[sb].tok_begin;
    if (o != kb || sb == 0) return 0;
    /* it closes its sentence: no word after its closing mark there, in
     * the sentence of its last word when a "!" inside split it */
    size_t kc = tok_from(r, b->mark_end), se = in->sents[sb].tok_end;
    if (kc > kb + 1 && kc - 1 < in->n_toks) se = in->sents[r->sent_of[kc - 1]].tok_end;
    /* (fr) no cue inside it: "« …, a poursuivi l'élue. … »" has its own */
    for (size_t k = kb; !r->q->adj_before && k < kc && k < in->n_toks; k++)
        if (r->tags[k] & T_CUE) return 0;
    for (size_t k = o; k < se && k < in->n_toks; k++)
        if (!(r->tags[k] & T_QUOTED) &&
            ((r->tags[k] & (T_CUE | T_SOURCE | T_PRON)) ||
             (in->toks[k].off >= b->mark_end && (in->toks[k].flags & PRECIS_TOK_WORD))))
            return 0;
    size_t lo = sb > 3 ? sb - 3 : 0;
    int reach = 0; /* the sentences scanned reach the quotation before */
    if (a) {
        size_t ka = tok_from(r, a->mark_end);
        if (ka == 0) return 0;
        if (r->sent_of[ka - 1] + 1 >= lo) lo = r->sent_of[ka - 1] + 1, reach = 1;
    }
    const precis_paragraph *pb = para_of(r, b->mark_off);
    int seen = 0; /* a cue or a person's name there */
    for (size_t s = sb; s-- > lo;) {
        size_t sl = in->sents[s].tok_begin, sh = in->sents[s].tok_end;
        if (sl >= sh || sh > in->n_toks || para_of(r, in->toks[sl].off) != pb) return 0;
        for (size_t k = sh; k-- > sl;) {
            if (r->tags[k] & T_QUOTED) return 0;
            if (r->ent && r->ent[k] >= 0 && ent_type(r, r->ent[k]) == PRECIS_ENT_PERSON) {
                /* (fr) a person named after the last cue: not its subject's words */
                if (!r->q->adj_before) return 0;
                seen = 1;
            }
            if (!(r->tags[k] & T_CUE)) continue;
            seen = 1;
            /* the cue of speech, its subject right before it ("X said",
             * "X has told"): not "X called Y back", nor a far subject */
            if (r->tags[k] & T_CALLS) return 0;
            found g = subject_of(r, k, sl);
            /* "She said that …": the name before; "…, which suggests":
             * the cue before */
            if (g.kind == -1) {
                if (!r->q->adj_before) return 0; /* (fr) "Il a indiqué …": not stepped over */
                break;
            }
            if (g.kind == PRECIS_SPEAKER_NONE) continue;
            /* (fr) a descriptor names a person, a people or a body by its
             * head ("la directrice d'une école"), not "l'autopsie" */
            if (!r->q->adj_before && g.kind == PRECIS_SPEAKER_DESCRIPTOR) {
                int head = 0;
                for (size_t t = g.first; t <= g.last && t < g.first + 3; t++)
                    if (r->tags[t] & (T_PERSON | T_ROLE | T_PEOPLE | T_ORGW | T_ORGN)) head = 1;
                if (!head) return 0;
            }
            size_t j = g.last + 1;
            /* (fr) an apposition between commas after the subject:
             * "X, porte-parole de la mairie, a expliqué" */
            if (!r->q->adj_before && j < k && comma_before(r, j)) {
                size_t c = j;
                while (c < k && !comma_before(r, c + 1))
                    c++;
                if (c < k) j = c + 1;
            }
            if ((g.kind != PRECIS_SPEAKER_NAME && g.kind != PRECIS_SPEAKER_DESCRIPTOR) ||
                j + 1 < k || (!r->q->adj_before && g.last >= k)) /* (fr) "relève X": inverted */
                return 0;
            return subject_speaks(r, g, b);
        }
    }
    /* no cue nor person between: the last speaker goes on after a few
     * sentences of background */
    if (reach && !seen && r->q->adj_before && a->speaker_kind != PRECIS_SPEAKER_NONE &&
        !heading_quote(r, a->mark_off, a->mark_end, a->off, a->off + a->len)) {
        copy_speaker(b, a);
        b->speaker_firm = a->speaker_firm;
        return 1;
    }
    return 0;
}

/* (en) A quotation with no speaker in a sentence that a clause of speech
 * closes, past the last comma, further than a cue is looked for after a
 * mark: that clause's subject ("The \"best person for the job\" should
 * run it, and not a scientist, the health minister has told MPs."). */
static int closing_clause(q_run *r, precis_quote *b) {
    const precis_quote_input *in = r->in;
    if (!r->q->adj_before || !speakerless(r, b)) return 0;
    size_t kc = tok_from(r, b->mark_end), kb = tok_from(r, b->mark_off);
    if (kc >= in->n_toks || kb >= in->n_toks || r->sent_of[kc] != r->sent_of[kb]) return 0;
    size_t s = r->sent_of[kc], end = in->sents[s].tok_end;
    if (end > in->n_toks || end <= kc + 2) return 0;
    /* the last comma of the sentence, after the mark */
    size_t c0 = SIZE_MAX;
    for (size_t j = end - 1; j-- > kc;)
        if (broken(r, j) && comma_follows(r, j)) {
            c0 = j + 1;
            break;
        }
    if (c0 == SIZE_MAX || c0 <= kc) return 0;
    for (size_t j = kc; j < end; j++)
        if ((r->tags[j] & T_QUOTED) || (j < c0 && (r->tags[j] & (T_CUE | T_SOURCE)))) return 0;
    for (size_t k = c0 + 1; k < end && k <= c0 + Q_PHRASE + 2; k++) {
        if (broken(r, k - 1)) return 0;
        if (!(r->tags[k] & T_CUE)) continue;
        if ((r->tags[k] & T_CALLS) || end - k > 4) return 0;
        for (size_t j = k + 1; j + 1 < end; j++)
            if (broken(r, j)) return 0; /* the clause runs to the stop */
        found g = subject_of(r, k, c0);
        if ((g.kind != PRECIS_SPEAKER_NAME && g.kind != PRECIS_SPEAKER_DESCRIPTOR) ||
            g.first != c0 || g.last + 2 < k)
            return 0;
        return subject_speaks(r, g, b);
    }
    return 0;
}

/* Quotations without a speaker take one from their neighbours: the next
 * one when only a link stands between ("« … » et « … », a-t-il dit"), the
 * previous one when they open their sentence right after it ("X said.
 * \"…\""). */
static void neighbours(q_run *r, precis_vec *out) {
    const precis_quote_input *in = r->in;
    size_t n = out->len;
    for (size_t i = n; i-- > 1;) {
        precis_quote *a = PRECIS_VEC_AT(out, precis_quote, i - 1), *b = a + 1;
        if (a->speaker_kind != PRECIS_SPEAKER_NONE || b->speaker_kind == PRECIS_SPEAKER_NONE ||
            heading_quote(r, a->mark_off, a->mark_end, a->off, a->off + a->len) ||
            (charge_of(r, a) && !charge_of(r, b)))
            continue;
        size_t k = tok_from(r, a->mark_end), e = tok_from(r, b->mark_off), links = 0;
        int ok = k < in->n_toks && k > 0 && r->sent_of[k] == r->sent_of[k - 1];
        /* one speech over paragraphs whose breaks were lost: "… one. \"And
         * …,\" Callan said" (the second opens right where the first ends) */
        if (!ok && k == e && b->mark_off - a->mark_end <= 1) ok = 1;
        /* a link ("et"), or one or two words of an aside ("», seulement
         * « … »", "», voire « … »") */
        for (; ok && k < e; k++, links++)
            ok = links < 2 && ((r->tags[k] & T_LINK) ||
                               ((in->toks[k].flags & PRECIS_TOK_WORD) &&
                                !(in->toks[k].flags & (PRECIS_TOK_CAP | PRECIS_TOK_NUM)) &&
                                !(r->tags[k] & (T_CUE | T_SOURCE | T_DET | T_PRON | T_QUOTED))));
        if (ok && b->mark_off - a->mark_end < 24) {
            a->speaker_firm = b->speaker_firm;
            copy_speaker(a, b);
        }
    }
    /* (fr) a quotation with no cue of its own in a sentence that another
     * quotation closes with an inverted cue: that cue's speaker says both,
     * whoever opens the sentence ("« … » sur le stade, « … », a indiqué la
     * préfecture", "le bloc montre « … », a affirmé M. X") */
    for (size_t i = n; !r->q->adj_before && i-- > 1;) {
        precis_quote *a = PRECIS_VEC_AT(out, precis_quote, i - 1), *b = a + 1;
        if ((a->speaker_firm && a->speaker_kind == PRECIS_SPEAKER_NONE) ||
            b->speaker_kind == PRECIS_SPEAKER_NONE || !b->speaker_firm ||
            b->mark_off - a->mark_end > 200 ||
            heading_quote(r, a->mark_off, a->mark_end, a->off, a->off + a->len) ||
            heading_quote(r, b->mark_off, b->mark_end, b->off, b->off + b->len) ||
            charge_of(r, a) || charge_of(r, b))
            continue;
        size_t ko = tok_from(r, a->mark_off), ka = tok_from(r, a->mark_end);
        size_t kb = tok_from(r, b->mark_off), kc = tok_from(r, b->mark_end);
        if (ka == 0 || kc >= in->n_toks || ko >= ka) continue;
        size_t s = r->sent_of[kb];
        /* (the second goes on the sentence: a capital after no comma
         * opens one whose stop was lost after a subheading, "• « … »« Le
         * … »") */
        if (r->sent_of[ko] != s || r->sent_of[ka - 1] != s || r->sent_of[kc] != s ||
            !comma_before(r, kc) || ((in->toks[kb].flags & PRECIS_TOK_CAP) && !comma_before(r, kb)))
            continue;
        /* no cue, source or pronoun outside the marks before the second */
        int ok = 1;
        for (size_t k = in->sents[s].tok_begin; ok && k < kb; k++)
            ok = (r->tags[k] & T_QUOTED) || !(r->tags[k] & (T_CUE | T_SOURCE | T_PRON));
        /* the cue right after the second's comma, past an auxiliary */
        size_t c = kc;
        while (ok && c < kc + 2 && c + 1 < in->n_toks && r->sent_of[c + 1] == s &&
               !(r->tags[c] & (T_CUE | T_SOURCE)) && (in->toks[c].flags & PRECIS_TOK_STOP) &&
               !broken(r, c) && !(r->tags[c] & (T_DET | T_PRON | T_QUOTED)))
            c++;
        if (!ok || !(r->tags[c] & (T_CUE | T_SOURCE)) || (r->tags[c] & T_QUOTED)) continue;
        a->speaker_firm = b->speaker_firm;
        copy_speaker(a, b);
    }
    for (size_t i = 0; i < n; i++)
        closing_clause(r, PRECIS_VEC_AT(out, precis_quote, i));
    if (n) reported_before(r, NULL, PRECIS_VEC_AT(out, precis_quote, 0));
    for (size_t i = 1; i < n; i++) {
        precis_quote *b = PRECIS_VEC_AT(out, precis_quote, i), *a = b - 1, *from = a;
        if (reported_before(r, a, b)) continue;
        /* a subheading between dashes names no one (docs/annotation.md) */
        if (heading_quote(r, b->mark_off, b->mark_end, b->off, b->off + b->len) ||
            dashed_heading(r, b->mark_off, b->mark_end))
            continue;
        /* a heading between is stepped over: the speaker goes on after it */
        if (i >= 2 && a->speaker_kind == PRECIS_SPEAKER_NONE &&
            heading_quote(r, a->mark_off, a->mark_end, a->off, a->off + a->len))
            from = a - 1;
        if (b->speaker_kind != PRECIS_SPEAKER_NONE || from->speaker_kind == PRECIS_SPEAKER_NONE ||
            (charge_of(r, b) && !charge_of(r, from)))
            continue;
        size_t ka = tok_from(r, a->mark_end), kb = tok_from(r, b->mark_off);
        if (kb >= in->n_toks || ka == 0) continue;
        size_t sa = r->sent_of[ka - 1], sb = r->sent_of[kb];
        /* it opens its sentence, at most one sentence after the other, or
         * it is in the other's sentence ("X a qualifié d'« … » la mesure,
         * rejetant « … »") */
        /* a link may open it, with a word of an aside: "… », a-t-il
         * lancé. Et « … »", "And, finally, \"…\"" */
        size_t o = in->sents[sb].tok_begin;
        while (o < kb && (r->tags[o] & T_CAPTION)) /* a caption run in before it */
            o++;
        /* whole captions between are no distance */
        size_t sm = sa + 1;
        while (sm < sb && in->sents[sm].tok_begin < in->sents[sm].tok_end &&
               in->sents[sm].tok_end <= in->n_toks &&
               (r->tags[in->sents[sm].tok_begin] & T_CAPTION) &&
               (r->tags[in->sents[sm].tok_end - 1] & T_CAPTION))
            sm++;
        if (sb != sa && o < kb && (r->tags[o] & T_LINK) && kb - o <= 2) {
            int aside = 1;
            for (size_t j = o + 1; aside && j < kb; j++)
                aside = (in->toks[j].flags & PRECIS_TOK_WORD) &&
                        !(in->toks[j].flags & (PRECIS_TOK_CAP | PRECIS_TOK_NUM)) &&
                        !(r->tags[j] & (T_CUE | T_SOURCE | T_DET | T_PRON | T_QUOTED));
            if (aside) o = kb;
        }
        /* or it ends the sentence right after, which names no one before
         * it: "…, explique X. L'eau ne l'a pas effrayé, bien au contraire,
         * « … »." */
        size_t kc = tok_from(r, b->mark_end); /* and it closes that sentence */
        int nobody =
            sb == sm && o < kb && kb - o <= Q_LOOK && (kc >= in->n_toks || r->sent_of[kc] != sb);
        for (size_t j = o; nobody && j < kb; j++)
            nobody = !(r->tags[j] & (T_PRON | T_CUE | T_SOURCE | T_QUOTED)) &&
                     !(r->ent && r->ent[j] >= 0) && !name_tok(r, j);
        if (sb != sa && (sb > sm || o < kb) && !nobody) continue;
        copy_speaker(b, from);
    }
}

/* (fr) A quotation opening the text, a sentence of its own with no
 * speaker found (a lead's quotation): the subject the next sentence, or
 * the one after, names first ("« … ». Invitée de France Info, Anne X
 * s'est inquiétée …", "« … ». La maire de Velsac a adressé …"). */
static void lead_quotation(q_run *r, precis_vec *out) {
    const precis_quote_input *in = r->in;
    if (r->q->adj_before || !out->len) return;
    precis_quote *a = PRECIS_VEC_AT(out, precis_quote, 0);
    if (a->speaker_kind != PRECIS_SPEAKER_NONE || a->mark_off > 3 ||
        heading_quote(r, a->mark_off, a->mark_end, a->off, a->off + a->len) || charge_of(r, a))
        return;
    for (size_t k = 0; k < in->n_toks && in->toks[k].off < a->mark_off; k++)
        if (in->toks[k].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) return;
    size_t ka = tok_from(r, a->mark_end);
    if (ka == 0 || ka >= in->n_toks || r->sent_of[ka] == r->sent_of[ka - 1]) return;
    for (size_t s = r->sent_of[ka]; s < r->sent_of[ka] + 2 && s < in->n_sents; s++) {
        size_t lo = in->sents[s].tok_begin, hi = in->sents[s].tok_end;
        found g = subject_first(r, lo, hi);
        /* a name completing a noun or an agent is no subject: "dans les
         * colonnes du Monde, Anne X", "l'annonce du César", "rapportée par
         * le Journal" */
        while (g.kind == PRECIS_SPEAKER_NAME && g.first > lo &&
               (r->tags[g.first - 1] & (T_JOIN | T_AGENT | T_DET)) && g.last + 1 < hi) {
            size_t d = g.first - 1;
            if ((r->tags[d] & T_DET) && !(r->tags[d] & (T_JOIN | T_AGENT))) {
                if (d == lo || !(r->tags[d - 1] & (T_JOIN | T_AGENT))) break;
            }
            g = subject_first(r, g.last + 1, hi);
        }
        if (g.kind == -1) return; /* a pronoun: whose is not known here */
        if (g.kind == PRECIS_SPEAKER_NONE) continue;
        g = coref(r, g);
        if (g.kind != PRECIS_SPEAKER_NONE) set_span(r, &g, a);
        return;
    }
}

/* A person's gender from the noun group right before a mention, its
 * determiner's gender (French): "sa fille Georgie", "la maire, Carmen X",
 * "le directeur général Paul X"; -1 when none, or when they differ. */
static int noun_gender(const q_run *r, size_t e) {
    const precis_entity *en = &r->in->ents[e];
    if (r->q->adj_before || !r->in->folded) return -1;
    int seen[2] = {0, 0};
    for (size_t m = 0; m < en->mention_count; m++) {
        size_t k = tok_from(r, r->in->ments[en->mention_off + m].off);
        if (k < 2 || k >= r->in->n_toks || (r->tags[k] & T_QUOTED)) continue;
        size_t j = k - 1;
        const precis_token *t = &r->in->toks[j];
        if (t->len == 1 && r->in->text[t->off] == ',' && j > 0) j--; /* "la maire, X" */
        /* the noun, perhaps before one adjective ("la directrice générale") */
        size_t h = SIZE_MAX;
        for (size_t i = j + 1, w = 0; i-- > 0 && w < 2; w++) {
            const precis_token *u = &r->in->toks[i];
            if ((r->tags[i] & T_QUOTED) || !(u->flags & PRECIS_TOK_WORD) ||
                (u->flags & PRECIS_TOK_CAP) || (i < j && broken(r, i)))
                break;
            if (r->tags[i] & (T_PERSON | T_ROLE)) {
                h = i;
                break;
            }
        }
        if (h == SIZE_MAX || h == 0 || !(r->tags[h - 1] & (T_DET | T_POSS)) ||
            r->sent_of[h - 1] != r->sent_of[k])
            continue;
        const char *d = r->in->folded + r->in->toks[h - 1].fold;
        size_t dl = precis_quote_folded(r->in, h - 1);
        if ((dl == 2 && (!memcmp(d, "la", 2) || !memcmp(d, "sa", 2) || !memcmp(d, "ma", 2))) ||
            (dl == 3 && !memcmp(d, "une", 3)) || (dl == 5 && !memcmp(d, "cette", 5)))
            seen[0] = 1;
        else if ((dl == 2 && (!memcmp(d, "le", 2) || !memcmp(d, "un", 2) || !memcmp(d, "ce", 2))) ||
                 (dl == 3 && !memcmp(d, "cet", 3)))
            seen[1] = 1;
    }
    return seen[0] == seen[1] ? -1 : seen[1];
}

/* The gender (0 a woman's, 1 a man's) of the folded word w[0, n) when it
 * is a title or kinship word of data/<lang>/quote-{female,male}-titles.txt
 * ("mama", "uncle"); -1 when not. */
static int title_gender(const precis_quoter *q, const char *w, size_t n) {
    return q->titles[0] && precis_wordlist_has(q->titles[0], w, n)   ? 0
           : q->titles[1] && precis_wordlist_has(q->titles[1], w, n) ? 1
                                                                     : -1;
}

/* title_gender of token k's folded form. */
static int title_word_gender(const q_run *r, size_t k) {
    return title_gender(r->q, r->in->folded + r->in->toks[k].fold, precis_quote_folded(r->in, k));
}

/* A person's gender: a title before one of the mentions ("Mrs Creag"), a
 * capitalized title or kinship word before or opening one ("Sir Tom X",
 * "Uncle Poodle"), else the first word of the name when it is a first name
 * of one gender only or such a word ("Mama June"), else noun_gender's; -1
 * when none tells. */
static signed char entity_gender(const q_run *r, size_t e) {
    const precis_entity *en = &r->in->ents[e];
    if (en->type != PRECIS_ENT_PERSON) return -1;
    int titled[2] = {0, 0};
    for (size_t m = 0; m < en->mention_count; m++) {
        size_t k = tok_from(r, r->in->ments[en->mention_off + m].off);
        if (k == 0 || k >= r->in->n_toks) continue;
        const precis_token *t = &r->in->toks[k - 1];
        int g = precis_title_gender(r->in->text + t->off, t->len);
        /* a capitalized title or kinship word ("Mama June", "Sir Tom X") */
        if (g < 0 && (t->flags & PRECIS_TOK_CAP)) g = title_word_gender(r, k - 1);
        /* or opening the mention: "Uncle Poodle" of "Lee 'Uncle Poodle' X" */
        if (g < 0 && k + 1 < r->in->n_toks && r->ent[k + 1] == (long)e &&
            (r->in->toks[k].flags & PRECIS_TOK_CAP))
            g = title_word_gender(r, k);
        if (g >= 0) titled[g] = 1;
    }
    /* "Mr and Mrs Creag" under one name: not known */
    if (titled[0] || titled[1]) return titled[0] && titled[1] ? -1 : (signed char)titled[1];
    const char *w = r->in->text + en->name_off;
    size_t n = 0;
    while (n < en->name_len && w[n] != ' ')
        n++;
    int g = n == en->name_len ? -1 : first_name_gender(r->q, w, n);
    /* a title or kinship word opening the name itself ("Mama June") */
    if (g < 0 && n < en->name_len && n < 16) {
        char low[16];
        for (size_t i = 0; i < n; i++)
            low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] - 'A' + 'a' : w[i]);
        g = title_gender(r->q, low, n);
    }
    return (signed char)(g >= 0 ? g : noun_gender(r, e)); /* a surname alone, a rare name */
}

static signed char spk_gender(void *ctx, size_t e) {
    q_run *r = ctx;
    if (!r->gender) return -1;
    if (r->gender[e] == 2) r->gender[e] = entity_gender(r, e);
    return r->gender[e];
}

static int spk_listens(void *ctx, size_t k) {
    const q_run *r = ctx;
    return listed(r, r->q->listeners, k);
}

/* A French past participle in "-é", "-ée", "-és", "-ées" ("demandé",
 * "interrogée"), folded; not "explique", which past_participle takes for
 * one. */
static int participle_e(const q_run *r, size_t i) {
    size_t n = precis_quote_folded(r->in, i);
    const char *w = r->in->folded + r->in->toks[i].fold;
    if (n > 5 && w[n - 1] == 's') n--;
    if (n > 5 && w[n - 1] == 'e') n--;
    return n >= 5 && !memcmp(w + n - 2, "\xc3\xa9", 2);
}

/* A named speaker's inverted cue set between commas inside the marks, with
 * quoted words on both sides ("« Les travaux …, explique Paul X, adjoint
 * aux finances. Nous … »", French, where the press often leaves the aside
 * inside the quotation): those words are that person's or that body's,
 * whatever the rules or the score chose outside; a descriptor's too ("…,
 * assure une source proche de l'enquête au journal. … »"), or the person
 * or body it stands for. An aside of a pronoun
 * ("…, a-t-il expliqué aux gendarmes, …") is left alone: the quotation may
 * be another's report of it. Runs after the choice of speakers, whose
 * candidates are outside quotations. */
static void aside_speakers(const q_run *r, precis_vec *out) {
    if (r->q->adj_before || !r->ent) return;
    const precis_quote_input *in = r->in;
    for (size_t i = 0; i < out->len; i++) {
        precis_quote *qt = PRECIS_VEC_AT(out, precis_quote, i);
        size_t kb = tok_from(r, qt->off), ke = tok_from(r, qt->off + qt->len);
        for (size_t c = kb + 2; c + 3 < ke && c < in->n_toks; c++) {
            /* (a reflexive's elided pronoun before the verb: ", s'insurge X,") */
            if (!(r->tags[c] & T_CUE) || (r->tags[c] & T_SOURCE) ||
                !(comma_before(r, c) || (elided_before(r, c) && comma_before(r, c - 1))))
                continue;
            found f = phrase_after(r, c);
            long e; /* the speaker's entity */
            /* not a participle's object: "J'ai, en effet, demandé les
             * reports", "…, interrogé par le site le 21 octobre" */
            if (f.kind == PRECIS_SPEAKER_DESCRIPTOR && !participle_e(r, c) && !participle(r, c)) {
                /* a descriptor, then at most its channel ("assure une
                 * source proche de l'enquête au magazine, …"): the
                 * descriptor, or the person or body it stands for */
                size_t end = f.last;
                if (!broken(r, end) && end + 2 < ke && (r->tags[end + 1] & T_CHAN)) {
                    size_t pe = prep_end(r, end + 1);
                    /* "au magazine": the article inside the preposition */
                    if (pe == SIZE_MAX && !broken(r, end + 1) &&
                        (in->toks[end + 2].flags & PRECIS_TOK_WORD) &&
                        !(in->toks[end + 2].flags & PRECIS_TOK_STOP))
                        pe = end + 3;
                    if (pe != SIZE_MAX) end = pe - 1;
                }
                if (end + 2 >= ke || !broken(r, end)) continue;
                found g = coref(r, f);
                e = g.kind == PRECIS_SPEAKER_NAME ? found_entity(r, &g) : -1;
            } else {
                if (f.kind != PRECIS_SPEAKER_NAME || f.last + 2 >= ke || !broken(r, f.last))
                    continue;
                e = found_entity(r, &f);
                if (e < 0) continue;
            }
            /* a person or a body, else the descriptor itself (e < 0) */
            if (e >= 0 && ent_type(r, e) != PRECIS_ENT_PERSON && ent_type(r, e) != PRECIS_ENT_ORG)
                continue;
            qt->speaker_kind = e >= 0 ? PRECIS_SPEAKER_NAME : PRECIS_SPEAKER_DESCRIPTOR;
            qt->entity = e;
            qt->speaker_off = e >= 0 ? in->ents[e].name_off : in->toks[f.first].off;
            qt->speaker_len =
                e >= 0 ? in->ents[e].name_len
                       : in->toks[f.last].off + in->toks[f.last].len - in->toks[f.first].off;
            qt->speaker_firm = 1;
            break;
        }
    }
}

/* Whether only spaces and quotation marks stand in text[a, b). */
static int marks_only(const char *text, size_t a, size_t b) {
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '"' || c == '\'') continue;
        /* ‘ ’ “ ” in UTF-8: E2 80 98..9D */
        if (c == 0xE2 && i + 2 < b && (unsigned char)text[i + 1] == 0x80 &&
            (unsigned char)text[i + 2] >= 0x98 && (unsigned char)text[i + 2] <= 0x9D) {
            i += 2;
            continue;
        }
        return 0;
    }
    return 1;
}

/* (en) One speech in several quotations, only marks and spaces between
 * them, the first closing a sentence and the next opening one with a
 * capital ("…scratches. \"The picture…", a paragraph's closing mark lost
 * or a mark reopened): a piece with no speaker takes its neighbour's,
 * after the scored choice (which may give one piece and not the next). */
static void speech_runs(q_run *r, precis_vec *out) {
    const precis_quote_input *in = r->in;
    if (!r->q->adj_before || out->len < 2) return;
    for (int pass = 0; pass < 2; pass++)
        for (size_t t = 1; t < out->len; t++) {
            size_t i = pass ? out->len - t : t; /* forward, then back */
            precis_quote *a = PRECIS_VEC_AT(out, precis_quote, i - 1), *b = a + 1;
            precis_quote *to = pass ? a : b, *from = pass ? b : a;
            if (!speakerless(r, to) || from->speaker_kind == PRECIS_SPEAKER_NONE || !a->len ||
                !b->len || a->off + a->len > b->off ||
                !marks_only(in->text, a->off + a->len, b->off))
                continue;
            /* the first ends a sentence, the next opens one */
            size_t e = a->off + a->len;
            while (e > a->off && (in->text[e - 1] == ' ' || in->text[e - 1] == ','))
                e--;
            char last = in->text[e - 1], first = in->text[b->off];
            if ((last != '.' && last != '!' && last != '?') || first < 'A' || first > 'Z') continue;
            /* never a name inside the words it would speak (a mention run
             * over a mark: "Ann 'W Lee"), as the check after the choice */
            if (speaker_inside(to, from)) continue;
            copy_speaker(to, from);
        }
}

/* The scored choice of speakers (speakers.h), on the quotes stage's tags. */
static int choose_speakers(q_run *r, precis_vec *out) {
    const precis_quote_input *in = r->in;
    precis_spk_ctx c = {.in = in,
                        .sent_of = r->sent_of,
                        .ent = r->ent,
                        .tags = r->tags,
                        .bits = {T_CUE, T_SOURCE, T_CHAN, T_QUOTED, T_CAPTION, T_PRON, T_ITPRON,
                                 T_FEM, T_AGENT, T_DET, T_PERSON},
                        .listens = spk_listens,
                        .gender = spk_gender,
                        .ctx = r};
    return precis_speakers_choose(&c, in->spk_mode, out, in->spk_dump, r->q->alc);
}

/* The sentences of in0, those longer than Q_SENT tokens cut into pieces of
 * Q_SENT, in *pieces (NULL when none is: in0's own are kept). */
static int cut_sentences(const precis_quote_input *in0, precis_quote_input *in,
                         precis_sentence **pieces, const precis_alloc *alc) {
    *in = *in0;
    *pieces = NULL;
    size_t n = 0;
    for (size_t i = 0; i < in0->n_sents; i++) {
        size_t len = in0->sents[i].tok_end - in0->sents[i].tok_begin;
        n += len > Q_SENT ? (len + Q_SENT - 1) / Q_SENT : 1;
    }
    if (n == in0->n_sents) return 0;
    precis_sentence *v = precis_malloc(alc, n * sizeof *v);
    if (!v) return -1;
    size_t k = 0;
    for (size_t i = 0; i < in0->n_sents; i++) {
        const precis_sentence *st = &in0->sents[i];
        size_t b = st->tok_begin;
        do {
            size_t e = st->tok_end - b > Q_SENT ? b + Q_SENT : st->tok_end;
            v[k] = *st;
            v[k].tok_begin = b;
            v[k].tok_end = e;
            if (b > st->tok_begin) v[k].off = in0->toks[b].off;
            if (e < st->tok_end)
                v[k].len = in0->toks[e - 1].off + in0->toks[e - 1].len - v[k].off;
            else
                v[k].len = st->off + st->len - v[k].off;
            k++;
            b = e;
        } while (b < st->tok_end);
    }
    in->sents = v;
    in->n_sents = n;
    *pieces = v;
    return 0;
}

int precis_quotes_find(const precis_quoter *q, const precis_quote_input *in0, precis_vec *out) {
    out->len = 0;
    if (!q || !in0) return 0;
    const precis_alloc *alc = q->alc;
    precis_quote_input cut;
    precis_sentence *pieces;
    if (cut_sentences(in0, &cut, &pieces, alc) != 0) return -1;
    const precis_quote_input *in = &cut;
    q_run r = {.q = q,
               .in = in,
               .last_kind = PRECIS_SPEAKER_NONE,
               .last_ent = -1,
               .pers_ent = -1,
               .first_person = SIZE_MAX,
               .spoke_last = SIZE_MAX,
               .pron_at = SIZE_MAX};
    precis_vec spans;
    precis_vec_init(&spans, sizeof(span), alc);
    precis_vec_init(&r.heads, sizeof(size_t), alc);
    /* the arrays per token, per sentence and per term in one block, widest
     * first: sent_of, outer (size_t), tags (uint32_t), cap_mid, breaks (bytes) */
    size_t nt = in->n_toks + 1, nw = precis_quote_terms(in) + 1;
    /* tok_from's index: blocks up to the one after the last token's start
     * (its entry in->n_toks), when the token indices fit in 32 bits */
    if (in->n_toks > 0 && in->n_toks < UINT32_MAX)
        r.n_blocks = (in->toks[in->n_toks - 1].off >> Q_BLOCK_SHIFT) + 2;
    size_t *block = precis_malloc(alc, (nt + in->n_sents + 1) * sizeof(size_t) +
                                           (nt + r.n_blocks) * sizeof(uint32_t) + nw + nt);
    int rc = block ? 0 : -1;
    if (rc == 0) {
        r.sent_of = block;
        r.outer = block + nt;
        r.tags = (uint32_t *)(r.outer + in->n_sents + 1);
        r.cap_mid = (unsigned char *)(r.tags + nt + r.n_blocks);
        r.breaks = r.cap_mid + nw;
        memset(r.cap_mid, 0, nw + nt); /* cap_mid, breaks */
        rc = tag_tokens(&r);           /* sets sent_of, all nt */
        /* (after the tags' pass, which brings the tokens into the cache) */
        if (rc == 0 && r.n_blocks) {
            r.tok_at = r.tags + nt;
            index_tokens(&r);
        }
    }
    if (rc == 0 && in->ents && in->n_ents) {
        /* each token's entity, from the mentions */
        r.ent = precis_malloc(alc, (in->n_toks + 1) * sizeof *r.ent);
        if (!r.ent) rc = -1;
        if (r.ent) memset(r.ent, 0xFF, (in->n_toks + 1) * sizeof *r.ent); /* -1 each */
        for (size_t e = 0; r.ent && e < in->n_ents; e++)
            for (size_t m = 0; m < in->ents[e].mention_count; m++) {
                const precis_entity_mention *mt = &in->ments[in->ents[e].mention_off + m];
                for (size_t k = tok_from(&r, mt->off);
                     k < in->n_toks && in->toks[k].off < mt->off + mt->len; k++)
                    r.ent[k] = (long)e;
            }
        /* each entity's first token in ent, read once (named_next): the
         * first token of its mentions still its own (a later entity's
         * mention may have taken a token), found in its mentions' tokens
         * rather than in all the article's */
        r.ent_first = r.ent ? precis_malloc(alc, in->n_ents * sizeof *r.ent_first) : NULL;
        if (r.ent && !r.ent_first) rc = -1;
        for (size_t e = 0; r.ent_first && e < in->n_ents; e++) {
            size_t first = SIZE_MAX;
            for (size_t m = 0; m < in->ents[e].mention_count; m++) {
                const precis_entity_mention *mt = &in->ments[in->ents[e].mention_off + m];
                for (size_t k = tok_from(&r, mt->off);
                     k < first && k < in->n_toks && in->toks[k].off < mt->off + mt->len; k++)
                    if (r.ent[k] == (long)e) {
                        first = k;
                        break;
                    }
            }
            r.ent_first[e] = first;
        }
    }
    for (size_t p = 0, c = 0; rc == 0 && p < in->n_paras; p++) {
        /* the paragraph's pieces outside program code (code.h); the last
         * one may go on into the next paragraph */
        size_t b = in->paras[p].off, e = b + in->paras[p].len;
        while (c < in->n_code && in->code[c].off + in->code[c].len <= b)
            c++;
        for (; rc == 0 && c < in->n_code && in->code[c].off < e; c++) {
            if (in->code[c].off > b) rc = pair_marks(in->text, b, in->code[c].off, 0, 0, &spans);
            b = in->code[c].off + in->code[c].len;
        }
        if (rc == 0 && b < e)
            rc = pair_marks(in->text, b, e, p + 1 < in->n_paras ? in->paras[p + 1].off : 0,
                            p + 1 < in->n_paras ? in->paras[p + 1].off + in->paras[p + 1].len : 0,
                            &spans);
    }
    for (size_t i = 0; rc == 0 && i < spans.len; i++) {
        const span *sp = PRECIS_VEC_AT(&spans, span, i);
        for (size_t k = tok_from(&r, sp->open); k < in->n_toks && in->toks[k].off < sp->close; k++)
            r.tags[k] |= T_QUOTED;
    }
    if (rc == 0) mark_captions(&r, &spans);
    if (rc == 0) {
        r.outer[0] = 0;
        for (size_t s = 0; s < in->n_sents; s++) {
            int out_words = 0;
            for (size_t k = in->sents[s].tok_begin;
                 !out_words && k < in->sents[s].tok_end && k < in->n_toks; k++)
                out_words =
                    (in->toks[k].flags & PRECIS_TOK_WORD) && !(r.tags[k] & (T_QUOTED | T_CAPTION));
            r.outer[s + 1] = r.outer[s] + (size_t)out_words;
        }
    }
    if (rc == 0 && r.ent && q->genders) {
        r.gender = precis_malloc(alc, in->n_ents);
        if (r.gender)
            memset(r.gender, 2, in->n_ents);
        else
            rc = -1;
    }
    for (size_t k = 0; rc == 0 && r.ent && k < in->n_toks && r.first_person == SIZE_MAX; k++)
        if (r.ent[k] >= 0 && !(r.tags[k] & (T_QUOTED | T_CAPTION)) &&
            in->ents[r.ent[k]].type == PRECIS_ENT_PERSON)
            r.first_person = k;
    for (size_t i = 0, made = SIZE_MAX; rc == 0 && i < spans.len; i++) {
        size_t had = out->len;
        const span *sp = PRECIS_VEC_AT(&spans, span, i);
        rc = consider(&r, sp, out);
        if (rc != 0 || out->len != had + 1) continue;
        /* the rest of a speech split where its mark was left open (captions
         * run in) is the same speaker's, when nothing names another */
        precis_quote *qt = PRECIS_VEC_AT(out, precis_quote, had);
        if (sp->cont && had > 0 && made == i - 1 && qt->speaker_kind == PRECIS_SPEAKER_NONE) {
            const precis_quote *pq = PRECIS_VEC_AT(out, precis_quote, had - 1);
            copy_speaker(qt, pq);
        }
        made = i;
    }
    /* headings kept for their words: those that repeat a quotation kept;
     * all are judged before any moves (a heading dropped gets no words, its
     * mark), then the list is closed up */
    if (rc == 0 && r.heads.len) {
        for (size_t h = 0; h < r.heads.len; h++) {
            size_t i = *PRECIS_VEC_AT(&r.heads, size_t, h);
            if (!repeats_quoted(&r, out, i)) PRECIS_VEC_AT(out, precis_quote, i)->len = 0;
        }
        size_t w = 0, h = 0;
        for (size_t i = 0; i < out->len; i++) {
            int keep = 1;
            if (h < r.heads.len && *PRECIS_VEC_AT(&r.heads, size_t, h) == i) {
                keep = PRECIS_VEC_AT(out, precis_quote, i)->len != 0;
                h++;
            }
            if (keep && w != i)
                *PRECIS_VEC_AT(out, precis_quote, w) = *PRECIS_VEC_AT(out, precis_quote, i);
            w += keep;
        }
        out->len = w;
    }
    if (rc == 0) neighbours(&r, out);
    if (rc == 0) lead_quotation(&r, out);
    if (rc == 0) rc = choose_speakers(&r, out);
    /* A speaker is named outside the words quoted: one found inside them
     * (marks that pair across a stray apostrophe) is no speaker; but for
     * an aside inside the marks (aside_speakers, after). */
    for (size_t i = 0; rc == 0 && i < out->len; i++) {
        precis_quote *qt = PRECIS_VEC_AT(out, precis_quote, i);
        if (qt->speaker_kind != PRECIS_SPEAKER_NONE && speaker_inside(qt, qt))
            qt->speaker_kind = PRECIS_SPEAKER_NONE, qt->speaker_off = qt->speaker_len = 0;
    }
    if (rc == 0) aside_speakers(&r, out);
    if (rc == 0) speech_runs(&r, out);
    if (rc != 0) out->len = 0;
    precis_vec_free(&spans);
    precis_vec_free(&r.heads);
    precis_free(alc, block);
    precis_free(alc, r.ent);
    precis_free(alc, r.ent_first);
    precis_free(alc, r.gender);
    precis_free(alc, pieces);
    return rc;
}

void precis_quotes_input(const precis_analysis *a, precis_quote_input *in) {
    in->text = a->text.text.data ? a->text.text.data : "";
    in->paras = a->paras.data;
    in->n_paras = a->paras.len;
    in->code = a->code.data;
    in->n_code = a->code.len;
    in->sents = a->sents.data;
    in->n_sents = a->considered;
    in->toks = a->tokens.data;
    in->n_toks = a->title_tok;
    in->n_terms = a->term_off.len;
    in->folded = a->folded.data ? a->folded.data : "";
    in->lex = a->lex;
    /* the body's last form ends where the title's first begins */
    in->folded_end = a->title_tok < a->tokens.len
                         ? PRECIS_VEC_AT(&a->tokens, precis_token, a->title_tok)->fold
                         : a->folded.len;
    in->ents = a->entities.data;
    in->n_ents = a->entities.len;
    in->ments = a->mentions.data;
    in->spk_mode = PRECIS_SPK_DEFAULT;
    in->spk_dump = NULL;
}
