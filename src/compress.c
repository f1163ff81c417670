/*
 * compress.c - tighter key points: cuts from a sentence what a copy editor
 * would once it stands alone as a bullet, and nothing else.
 *
 * Rules (PRECIS_COMPRESS_* bits), each a deletion of whole words with the
 * punctuation that goes with them:
 *   - connectives opening the sentence: "However, ", "Mais ";
 *   - attribution: a tail ", he said." / ", a indiqué la préfecture." /
 *     ", selon X.";
 *   - a source opening the sentence: "According to police, ", "Selon lui, ";
 *   - asides in round brackets, and between a pair of spaced dashes;
 *   - non-restrictive relative clauses inside the sentence: ", who ... ,"
 *     / ", qui ... ,".
 * Conservative by design: a tail that may carry the main verb (anything
 * after the verb that is not a speaker, a listener or a time or place), a
 * quotation whose speaker would go, text inside quotation marks, and cuts
 * that would leave fewer than MIN_WORDS words are all left alone. The word
 * lists are data/<lang>/compress-*.txt.
 */
#include "compress.h"

#include "text.h"

#include <stdlib.h>
#include <string.h>

/* Fewest words a compressed sentence keeps; a cut that would leave fewer is
 * not made. */
#define MIN_WORDS 5
/* Longest attribution tail, and aside between commas, in words. */
#define MAX_TAIL 25
#define MAX_ASIDE 12
/* Longest bracket or dash aside, and relative clause, in words. */
#define MAX_PAREN 25
#define MAX_RELATIVE 20
/* Most cuts in one sentence; later candidates are dropped. */
#define MAX_CUTS PRECIS_COMPRESS_MAX_CUTS
/* Longest phrase looked up, in bytes and in words. */
#define MAX_KEY 64
#define MAX_PHRASE 3

/* Word-list flags. */
enum {
    W_CONN = 1,            /* connective, comma optional */
    W_CONN_COMMA = 2,      /* connective only before a comma */
    W_VERB = 4,            /* reporting verb */
    W_OBJ_VERB = 8,        /* reporting verb taking the listener as object */
    W_SOURCE = 16,         /* "according to", "selon" */
    W_ADJUNCT = 32,        /* may open what follows an attribution's verb */
    W_CLAUSE = 64,         /* opens or joins a clause */
    W_PRONOUN = 128,       /* subject pronoun */
    W_DET = 256,           /* determiner */
    W_AUX = 512,           /* auxiliary of an inverted attribution */
    W_RELATIVE = 1024,     /* relative pronoun */
    W_INV_VERB = 2048,     /* reporting verb that may come before its speaker */
    W_FINITE = 4096,       /* shows a clause has a verb */
    W_PARTICIPLE = 8192,   /* reporting verb's participle, after an auxiliary */
    W_OPENER = 16384,      /* opens an adverbial: "Dimanche", "after", "alors que" */
    W_GERUND = 32768,      /* present participle ending: "-ant", "-ing" */
    W_NOT_GERUND = 65536,  /* a word with that ending that is none: "pendant" */
    W_NOT_FINITE = 131072, /* a word with a verb's ending that is none: "front" */
    W_MONTH = 262144,      /* a month's name, after a day: "Le 24 mars," */
    W_PAST = 524288,       /* a past participle's ending: "Placée en garde à vue," */
    W_SUBORD = 1048576,    /* opens a subordinate clause, no clause word: "où" */
    W_PLURAL = 2097152,    /* a plural verb's ending, three bytes: "-ent" */
    W_COORD = 4194304,     /* a clause word that joins, opens none: "mais" */
    W_OBJECT = 8388608,    /* opens a verb's object clause: "que", "qu'", "that" */
    W_LIST = 16777216      /* goes on with an opener's list: "dont", "including" */
};

static const struct {
    const char *name;
    uint32_t flag;
} list_flags[] = {
    {"compress_connectives", W_CONN},
    {"compress_connectives_comma", W_CONN_COMMA},
    {"compress_verbs", W_VERB},
    {"compress_object_verbs", W_OBJ_VERB},
    {"compress_sources", W_SOURCE},
    {"compress_adjuncts", W_ADJUNCT},
    {"compress_clause_words", W_CLAUSE},
    {"compress_pronouns", W_PRONOUN},
    {"compress_determiners", W_DET},
    {"compress_auxiliaries", W_AUX},
    {"compress_relatives", W_RELATIVE},
    {"compress_inversion_verbs", W_INV_VERB},
    {"compress_finite_verbs", W_FINITE},
    {"compress_participles", W_PARTICIPLE},
    {"compress_openers", W_OPENER},
    {"compress_gerunds", W_GERUND},
    {"compress_not_gerunds", W_NOT_GERUND},
    {"compress_not_finite", W_NOT_FINITE},
    {"compress_months", W_MONTH},
    {"compress_past_participles", W_PAST},
    {"compress_subordinators", W_SUBORD},
    {"compress_plural_endings", W_PLURAL},
    {"compress_coordinators", W_COORD},
    {"compress_object_words", W_OBJECT},
    {"compress_list_words", W_LIST},
};
#define N_LISTS (sizeof list_flags / sizeof list_flags[0])

struct precis_compressor {
    const precis_alloc *alc;
    precis_wordset words; /* every list, W_* flags */
};

precis_compressor *precis_compressor_new(const char *lang, const precis_alloc *alc) {
    if (!alc) alc = &precis_default_alloc;
    precis_compressor *c = precis_malloc(alc, sizeof *c);
    if (!c) return NULL;
    memset(c, 0, sizeof *c);
    c->alc = alc;
    const precis_wordlist *wl[N_LISTS];
    size_t total = 0;
    for (size_t k = 0; k < N_LISTS; k++) {
        wl[k] = lang ? precis_wordlist_get(lang, list_flags[k].name) : NULL;
        if (wl[k]) total += wl[k]->count;
    }
    if (precis_wordset_init(&c->words, total, alc) != 0) {
        precis_free(alc, c);
        return NULL;
    }
    for (size_t k = 0; k < N_LISTS; k++)
        for (size_t i = 0; wl[k] && i < wl[k]->count; i++)
            precis_wordset_add(&c->words, wl[k]->words[i], list_flags[k].flag);
    return c;
}

void precis_compressor_free(precis_compressor *c) {
    if (!c) return;
    precis_wordset_free(&c->words, c->alc);
    precis_free(c->alc, c);
}

/* ------------------------------------------------------------- scanning */

enum {
    K_WORD,
    K_COMMA,
    K_END,   /* . ! ? ... ending the sentence */
    K_ABBR,  /* a period or mark inside the sentence ("M. Dupont") */
    K_QUOTE, /* quotation mark */
    K_OPEN,  /* ( */
    K_CLOSE, /* ) */
    K_BRACK, /* [ ] { }: editorial insertions, never cut */
    K_DASH,  /* a spaced dash */
    K_STOP,  /* : ; */
    K_OTHER
};

typedef struct citem {
    size_t off, len;
    uint32_t flags;  /* W_* of the whole word */
    uint32_t pflags; /* of its elided prefix ("qu'" of "qu'il"), if any */
    uint32_t eflags; /* of what follows its elision ("est" of "c'est") */
    uint32_t bflags; /* of its base before an inverted pronoun ("a" of "a-t-il") */
    unsigned char kind;
    unsigned char space;  /* white space (or the sentence start) before it */
    unsigned char upper;  /* a word starting with an upper-case letter */
    unsigned char inv;    /* a word ending in an inverted pronoun: "dit-il" */
    unsigned char quoted; /* inside quotation marks, or a quotation mark */
    unsigned char open;   /* a quotation mark that opens */
} citem;

void precis_compress_scratch_init(precis_compress_scratch *s, const precis_alloc *alc) {
    precis_vec_init(&s->items, sizeof(citem), alc);
}

void precis_compress_scratch_free(precis_compress_scratch *s) {
    precis_vec_free(&s->items);
}

static uint32_t next_cp(const char *t, size_t i, size_t end, size_t *k) {
    uint32_t cp;
    *k = precis_utf8_next((const unsigned char *)t + i, end - i, &cp);
    return cp;
}

static int is_space(uint32_t cp) {
    return precis_is_space(cp);
}

/* Letters, numbers and combining marks make up a word. */
static int is_wordch(uint32_t cp) {
    return (precis_char_class(cp) & (PRECIS_CH_LETTER | PRECIS_CH_NUMBER | PRECIS_CH_MARK)) != 0;
}

static int is_digit(uint32_t cp) {
    return precis_is_digit(cp);
}

static int is_upper(uint32_t cp) {
    return precis_is_upper(cp);
}

static int is_apostrophe(uint32_t cp) {
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static int is_hyphen(uint32_t cp) {
    return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* Folds the bytes [off, off+len) into out (as the tokenizer does, so the
 * lists hold folded words); returns the length, or 0 if it does not fit in
 * cap. */
static size_t fold(const char *t, size_t off, size_t len, char *out, size_t cap) {
    return precis_fold_to(t + off, len, out, cap);
}

static uint32_t lookup(const precis_compressor *c, const char *t, size_t off, size_t len) {
    char key[MAX_KEY];
    size_t n = fold(t, off, len, key, sizeof key);
    return n ? precis_wordset_get(&c->words, key, n) : 0;
}

/* Whether a word ends with an ending of a list with flag f (the finite verbs'
 * "-ed", "-ait"; the gerunds' "-ant"): looked up as "-" and its last 2 to 5
 * characters. */
static int verb_ending(const precis_compressor *c, const char *t, const citem *w, uint32_t f) {
    char key[MAX_KEY];
    size_t end = w->off + w->len, p = end, chars = 0;
    while (p > w->off && chars < 5) {
        p = precis_utf8_prev((const unsigned char *)t, w->off, p);
        chars++;
        if (chars < 2 || end - p >= w->len) continue;
        key[0] = '-';
        size_t n = fold(t, p, end - p, key + 1, sizeof key - 1);
        if (n && (precis_wordset_get(&c->words, key, n + 1) & f)) return 1;
    }
    return 0;
}

/* Flags of a word item, of its elided prefix and of its base before an
 * inverted subject pronoun ("a-t-il" -> "a", "explique-t-elle" ->
 * "explique", "s'est-il" -> "s'est"). */
static void word_flags(const precis_compressor *c, const char *t, citem *w) {
    w->flags = lookup(c, t, w->off, w->len);
    size_t end = w->off + w->len;
    for (size_t i = w->off, k; i < end; i += k) {
        uint32_t cp = next_cp(t, i, end, &k);
        if (is_apostrophe(cp)) {
            w->pflags = lookup(c, t, w->off, i + k - w->off);
            if (i + k < end) w->eflags = lookup(c, t, i + k, end - i - k);
            break;
        }
    }
    /* Last hyphen: a pronoun after it makes an inversion. */
    size_t h = end;
    while (h > w->off && t[h - 1] != '-')
        h--;
    if (h <= w->off + 1) return;
    uint32_t pf = lookup(c, t, h, end - h);
    if (!(pf & W_PRONOUN)) return;
    size_t base = h - 1;                                                           /* the hyphen */
    if (base >= w->off + 2 && t[base - 1] == 't' && t[base - 2] == '-') base -= 2; /* -t- */
    if (base <= w->off) return;
    w->inv = 1;
    w->bflags = lookup(c, t, w->off, base - w->off);
}

/* Splits the sentence into word and punctuation items. */
static int scan(const precis_compressor *c, const char *t, size_t off, size_t len, precis_vec *v) {
    v->len = 0;
    size_t end = off + len;
    int space = 1;
    for (size_t i = off, k; i < end;) {
        uint32_t cp = next_cp(t, i, end, &k);
        if (is_space(cp)) {
            space = 1;
            i += k;
            continue;
        }
        citem *it = precis_vec_push(v);
        if (!it) return -1;
        it->off = i;
        it->space = (unsigned char)space;
        space = 0;
        if (is_wordch(cp)) {
            it->kind = K_WORD;
            it->upper = (unsigned char)is_upper(cp);
            uint32_t prev = cp;
            i += k;
            while (i < end) {
                size_t k2, k3;
                uint32_t c2 = next_cp(t, i, end, &k2);
                if (is_wordch(c2)) {
                    prev = c2;
                    i += k2;
                    continue;
                }
                /* An apostrophe or hyphen between word characters, a
                 * separator between digits ("3.7", "6,000"), stays inside. */
                if (i + k2 >= end) break;
                uint32_t c3 = next_cp(t, i + k2, end, &k3);
                int inner = is_wordch(prev) && is_wordch(c3) &&
                            (is_apostrophe(c2) || is_hyphen(c2) ||
                             ((c2 == '.' || c2 == ',') && is_digit(prev) && is_digit(c3)));
                if (!inner) break;
                prev = c3;
                i += k2 + k3;
            }
            it->len = i - it->off;
            word_flags(c, t, it);
            continue;
        }
        i += k;
        it->len = k;
        switch (cp) {
        case ',':
            it->kind = K_COMMA;
            break;
        case '.':
        case '!':
        case '?':
        case 0x2026: /* ... */
            it->kind = K_END;
            break;
        case '"':
        case '\'':
        case 0x00AB: /* << */
        case 0x00BB: /* >> */
        case 0x2018:
        case 0x2019:
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x2039:
        case 0x203A:
            it->kind = K_QUOTE;
            break;
        case '(':
            it->kind = K_OPEN;
            break;
        case ')':
            it->kind = K_CLOSE;
            break;
        case '[':
        case ']':
        case '{':
        case '}':
            it->kind = K_BRACK;
            break;
        case ':':
        case ';':
            it->kind = K_STOP;
            break;
        case 0x2013: /* en dash */
        case 0x2014: /* em dash */
        case '-': {
            /* "--" is one dash; a dash counts only with spaces around it,
             * else it joins ("1990-2000", "2–1"). */
            if (cp == '-' && i < end && t[i] == '-') {
                i++;
                it->len = 2;
            }
            size_t k2;
            int after = i >= end || is_space(next_cp(t, i, end, &k2));
            it->kind = it->space && after ? K_DASH : K_OTHER;
            break;
        }
        default:
            it->kind = K_OTHER;
            break;
        }
    }
    return 0;
}

/* ------------------------------------------------------------ analysis */

typedef struct cut {
    size_t from, to; /* bytes */
} cut;

typedef struct cx {
    const precis_compressor *c;
    const char *t;
    size_t off, end; /* the sentence */
    citem *it;
    size_t n;
    size_t fin;  /* first item of the final punctuation run (n if none) */
    int clean;   /* nothing after the final run: no closing quote, bracket */
    int bad;     /* quotation marks do not pair up */
    size_t head; /* first item kept after the leading cuts */
    size_t tail; /* first item of the tails cut (fin if none) */
    cut cuts[MAX_CUTS];
    size_t ncuts;
} cx;

static int is_word(const cx *x, size_t i) {
    return i < x->n && x->it[i].kind == K_WORD;
}

/* A verb form: a word, elided prefix or elided word ("c'est", "qu'a") of
 * the finite-verbs list, or a lower-case word with one of its endings
 * ("restera") that the not-finite list does not name ("front"). Looked up
 * only when needed. */
static int is_finite(const cx *x, size_t i) {
    const citem *w = &x->it[i];
    if (w->kind != K_WORD) return 0;
    if ((w->flags | w->pflags | w->eflags) & W_FINITE) return 1;
    return !w->upper && !(w->flags & W_NOT_FINITE) && verb_ending(x->c, x->t, w, W_FINITE);
}

/* A lower-case word with flags f (on the word or its elided prefix). */
static int word_has(const cx *x, size_t i, uint32_t f) {
    return is_word(x, i) && ((x->it[i].flags | x->it[i].pflags) & f);
}

/* A clause's verb, or its subject pronoun, which in French and English
 * comes with one ("on notera", "il redit"): a clause has a verb of its own
 * when one of these is outside quotation marks. */
static int clause_verb(const cx *x, size_t i) {
    return !x->it[i].quoted && (is_finite(x, i) || word_has(x, i, W_PRONOUN));
}

/* Marks quotations. Straight quotes and apostrophe-like marks are read as
 * opening after a space and closing before one; anything that does not pair
 * up makes the sentence "bad" and quote-sensitive rules then stay away. */
static void mark_quotes(cx *x) {
    int depth = 0;
    for (size_t i = 0; i < x->n; i++) {
        citem *q = &x->it[i];
        if (q->kind != K_QUOTE) {
            q->quoted = depth > 0;
            continue;
        }
        uint32_t cp;
        precis_utf8_next((const unsigned char *)x->t + q->off, q->len, &cp);
        int next_space = i + 1 >= x->n || x->it[i + 1].space;
        int opens;
        if (cp == 0x00AB || cp == 0x201C || cp == 0x201E || cp == 0x2039 || cp == 0x2018)
            opens = 1;
        else if (cp == 0x00BB || cp == 0x201D || cp == 0x203A || cp == 0x2019)
            opens = 0;
        else if (q->space && !next_space)
            opens = 1;
        else if (!q->space)
            opens = 0;
        else
            opens = depth == 0; /* a lone straight quote between spaces */
        q->quoted = 1;
        q->open = (unsigned char)opens;
        if (opens) {
            depth++;
        } else if (depth > 0) {
            depth--;
        } else {
            x->bad = 1;
        }
    }
    if (depth) x->bad = 1;
}

static size_t count_words(const cx *x, size_t a, size_t b) {
    size_t n = 0;
    for (size_t i = a; i < b && i < x->n; i++)
        n += x->it[i].kind == K_WORD;
    return n;
}

/* Words left outside the cuts, with [from, to) cut as well. */
static size_t words_left(const cx *x, size_t from, size_t to) {
    size_t n = 0;
    for (size_t i = 0; i < x->n; i++) {
        if (x->it[i].kind != K_WORD) continue;
        size_t o = x->it[i].off;
        int gone = o >= from && o < to;
        for (size_t k = 0; k < x->ncuts && !gone; k++)
            gone = o >= x->cuts[k].from && o < x->cuts[k].to;
        n += !gone;
    }
    return n;
}

/* Records a cut unless it leaves too little. */
static int add_cut(cx *x, size_t from, size_t to) {
    if (from >= to || x->ncuts == MAX_CUTS) return 0;
    if (words_left(x, from, to) < MIN_WORDS) return 0;
    x->cuts[x->ncuts++] = (cut){from, to};
    return 1;
}

/* End byte of item i. */
static size_t item_end(const cx *x, size_t i) {
    return x->it[i].off + x->it[i].len;
}

/* Length in words of the longest phrase with a list flag of f starting at
 * word i (words separated by white space), 0 if none; *got = its flags. */
static size_t phrase(const cx *x, size_t i, uint32_t f, uint32_t *got) {
    for (size_t k = MAX_PHRASE; k > 1; k--) {
        if (i + k > x->n) continue;
        size_t j;
        for (j = i; j < i + k; j++)
            if (!is_word(x, j) || (j > i && !x->it[j].space)) break;
        if (j < i + k) continue;
        uint32_t g = lookup(x->c, x->t, x->it[i].off, item_end(x, i + k - 1) - x->it[i].off);
        if (g & f) {
            *got = g;
            return k;
        }
    }
    *got = is_word(x, i) ? x->it[i].flags : 0;
    return *got & f ? 1 : 0;
}

/* --------------------------------------------------------------- rules */

/* "However, the plan..." -> "The plan...". */
static void rule_connectives(cx *x) {
    /* Unpaired quotation marks: the sentence may be inside a quotation,
     * whose words are not ours to cut. */
    if (x->bad) return;
    for (int round = 0; round < 2; round++) {
        size_t i = x->head;
        if (!is_word(x, i) || !x->it[i].upper) return;
        uint32_t f;
        size_t k = phrase(x, i, W_CONN | W_CONN_COMMA, &f);
        if (!k) return;
        size_t j = i + k;
        int comma = j < x->n && x->it[j].kind == K_COMMA;
        if (comma) j++;
        if (!(f & W_CONN) && !comma) return;
        /* What follows must stand as a sentence: a word that is not itself a
         * connective or a conjunction ("And so...", "Mais aussi..."). */
        if (!is_word(x, j) || word_has(x, j, W_CONN | W_CONN_COMMA | W_CLAUSE)) return;
        if (!add_cut(x, x->it[i].off, x->it[j].off)) return;
        x->head = j;
    }
}

/* What plain_words allows besides plain words. */
enum {
    P_COMMAS = 1,   /* a comma before a relative clause (", qui ...") */
    P_PRONOUNS = 2, /* subject pronouns */
    P_VERBS = 4     /* auxiliaries and other finite verbs */
};

/* Words in [a, b) fit in a speaker or source: no clause word, no subject
 * pronoun nor finite verb (outside a relative clause) unless allowed, only
 * words, abbreviation periods, brackets and, with P_COMMAS, a comma before a
 * relative clause: after any other comma a new clause may start. */
static int plain_words(const cx *x, size_t a, size_t b, unsigned allow) {
    int relative = 0;
    for (size_t i = a; i < b; i++) {
        const citem *w = &x->it[i];
        switch (w->kind) {
        case K_WORD:
            if ((w->flags | w->pflags) & W_CLAUSE) return 0;
            if (w->flags & W_RELATIVE) relative = 1;
            if (!(allow & P_PRONOUNS) && (w->flags & W_PRONOUN) && !relative) return 0;
            if (!(allow & P_VERBS) && ((w->flags | w->pflags) & W_FINITE) && !relative) return 0;
            break;
        case K_ABBR:
        case K_OPEN:
        case K_CLOSE:
        case K_OTHER:
            break;
        case K_COMMA:
            if (!(allow & P_COMMAS) || i == a || i + 1 >= b || !(x->it[i + 1].flags & W_RELATIVE))
                return 0;
            break;
        default:
            return 0;
        }
    }
    return 1;
}

/* A reporting verb at i, lower case: W_VERB (or W_OBJ_VERB when obj),
 * or after an auxiliary also a participle, on the word or on its base
 * before an inverted pronoun. *subject is set when the word carries its
 * subject ("dit-il"). */
static int verb_at(const cx *x, size_t i, int obj, int after_aux, int *subject) {
    if (!is_word(x, i) || x->it[i].upper) return 0;
    uint32_t want = W_VERB | (obj ? W_OBJ_VERB : 0) | (after_aux ? W_PARTICIPLE : 0);
    if (x->it[i].flags & want) return 1;
    if (x->it[i].inv && (x->it[i].bflags & want)) {
        *subject = 1;
        return 1;
    }
    return 0;
}

static int aux_at(const cx *x, size_t i, int *subject) {
    if (!is_word(x, i) || x->it[i].upper) return 0;
    if (x->it[i].flags & W_AUX) return 1;
    if (x->it[i].inv && (x->it[i].bflags & W_AUX)) {
        *subject = 1;
        return 1;
    }
    return 0;
}

/* What follows an attribution's verb when the subject is known: nothing,
 * or a time or place ("on Monday", "in a statement", "à l'AFP"), never a
 * clause, nor an object: a determiner must follow a preposition ("sur BFMTV
 * le service" is not an adjunct). */
static int adjuncts(const cx *x, size_t a, size_t b, int need_list) {
    if (a >= b) return 1;
    if (count_words(x, a, b) > 12) return 0;
    if (need_list && !word_has(x, a, W_ADJUNCT)) return 0;
    for (size_t i = a; i < b; i++)
        if (word_has(x, i, W_DET) && !word_has(x, i, W_ADJUNCT) &&
            (i == a || !word_has(x, i - 1, W_ADJUNCT)))
            return 0;
    return plain_words(x, a, b, need_list ? 0 : P_COMMAS);
}

/*
 * Whether items [a, b) are an attribution: a source ("according to
 * police", "selon lui"), an inverted reporting verb ("said the minister",
 * "a indiqué la préfecture", "a-t-il déclaré", "explique-t-elle") or a
 * speaker and verb ("he said", "the minister told reporters on Monday").
 */
static int attribution(const cx *x, size_t a, size_t b) {
    /* Whether what is kept, before the tail, has a verb of its own (not
     * one inside quotation marks). */
    int main_verb = 0;
    for (size_t i = x->head; i + 1 < a && !main_verb; i++)
        main_verb = clause_verb(x, i);
    if (a >= b || !is_word(x, a)) return 0;
    size_t nw = count_words(x, a, b);
    if (nw == 0 || nw > MAX_TAIL) return 0;
    /* Source: "selon elle", "according to police". */
    uint32_t f;
    size_t k = phrase(x, a, W_SOURCE, &f);
    if (k) {
        if (!is_word(x, a + k) || a + k >= b || word_has(x, a + k, W_CLAUSE)) return 0;
        return plain_words(x, a + k + 1, b, P_COMMAS);
    }
    /* Inverted verb, perhaps after an auxiliary and an adverb ("a
     * également indiqué"). */
    int subject = 0, aux = aux_at(x, a, &subject);
    size_t v = a;
    if (aux) {
        v = a + 1;
        if (!verb_at(x, v, 0, 1, &subject) && word_has(x, v, W_ADJUNCT) && !x->it[v].upper) v++;
    }
    if (verb_at(x, v, 0, aux, &subject)) {
        size_t r = v + 1;
        if (subject) return adjuncts(x, r, b, 0);
        /* The speaker after the verb: only a verb of speech that seldom
         * takes an object, and only when the rest has a verb, else this
         * may be the sentence's own verb ("Jane Doe, a teacher, said"). */
        if (!(x->it[v].flags & W_INV_VERB) || !main_verb) return 0;
        /* The speaker follows, perhaps after a time or place: a name or a
         * determiner, not what was said ("said to be", "said nothing"). */
        if (!is_word(x, r) || !(x->it[r].upper || word_has(x, r, W_DET | W_ADJUNCT))) return 0;
        /* A name or determiner that does not follow a preposition ("à
         * l'AFP", "sur son avenir" are not speakers). */
        int speaker = 0;
        for (size_t i = r; i < b && !speaker; i++)
            speaker = is_word(x, i) && (x->it[i].upper || word_has(x, i, W_DET)) &&
                      !word_has(x, i, W_ADJUNCT) && !word_has(x, i - 1, W_ADJUNCT);
        return speaker && plain_words(x, r, b, P_COMMAS);
    }
    if (v > a) return 0;
    /* Speaker, then verb. */
    size_t np = 0;
    for (v = a; v < b && x->it[v].kind == K_WORD && np < 7; v++, np++) {
        int s = 0;
        if (verb_at(x, v, 1, 0, &s) && !s) break;
        if (aux_at(x, v, &s) && !s && verb_at(x, v + 1, 1, 1, &s) && !s) {
            v++;
            aux = 1;
            break;
        }
    }
    if (np == 0 || np > 6 || v >= b || !verb_at(x, v, 1, aux, &subject) || subject || !main_verb)
        return 0;
    const citem *first = &x->it[a];
    int np_ok = first->upper || ((first->flags | first->pflags) & (W_DET | W_PRONOUN)) || np == 1;
    for (size_t i = a; i < a + np; i++)
        if (((x->it[i].flags | x->it[i].pflags) & (W_CLAUSE | W_AUX | W_VERB | W_RELATIVE)) ||
            is_finite(x, i))
            np_ok = 0;
    /* A pronoun speaker stands alone or with a time word ("she later
     * said"): "elle ne l'aurait pas dénoncé" is a clause. */
    if ((first->flags & W_PRONOUN) && np > 1 && (np > 2 || !word_has(x, a + 1, W_ADJUNCT)))
        np_ok = 0;
    /* A lone lower-case word is a plain noun ("police"), not an adverb. */
    if (np == 1 && !first->upper && !(first->flags & (W_DET | W_PRONOUN)) && !(first->len > 3))
        np_ok = 0;
    if (!np_ok) return 0;
    size_t r = v + 1;
    if (x->it[v].flags & W_OBJ_VERB) {
        /* The listener: a name ("CNN", "the BBC") or one plain noun. */
        size_t o = r;
        while (o < b && o - r < 4 && is_word(x, o) && !word_has(x, o, W_ADJUNCT | W_CLAUSE) &&
               !(x->it[o].flags & W_PRONOUN))
            o++;
        if (o == r) return 0;
        int name = 1;
        for (size_t i = r; i < o; i++)
            if (!x->it[i].upper && !(i == r && word_has(x, i, W_DET))) name = 0;
        if (!name && o - r > 1) return 0;
        r = o;
    }
    return adjuncts(x, r, b, 1);
}

/* The item before a cut at comma c must not be a quotation: cutting its
 * attribution would leave a quotation without its speaker. */
static int after_quote(const cx *x, size_t c) {
    return c == 0 || x->it[c - 1].kind == K_QUOTE || x->it[c].quoted;
}

/* ", he said." at the end. Not the same words between commas inside the
 * sentence: the comma they leave is then often needed ("..., police said,
 * citing ..."). */
static void rule_attribution(cx *x) {
    if (x->bad) return;
    if (x->head < x->n && x->it[x->head].kind == K_QUOTE) return;
    /* Tail: from the rightmost comma that opens an attribution. */
    if (x->clean) {
        for (size_t c = x->fin; c-- > x->head + 1;) {
            if (x->it[c].kind != K_COMMA) continue;
            if (count_words(x, c + 1, x->fin) > MAX_TAIL) break;
            if (after_quote(x, c)) continue;
            if (!attribution(x, c + 1, x->fin)) continue;
            size_t to = x->fin < x->n ? x->it[x->fin].off : x->end;
            if (add_cut(x, item_end(x, c - 1), to)) break;
        }
    }
}

/* "According to police, the man..." -> "The man...". */
static void rule_source_lead(cx *x) {
    size_t i = x->head;
    if (x->bad || !is_word(x, i) || !x->it[i].upper) return;
    uint32_t f;
    size_t k = phrase(x, i, W_SOURCE, &f);
    if (!k) return;
    size_t c = i + k;
    while (c < x->fin && x->it[c].kind != K_COMMA)
        c++;
    if (c >= x->fin || c == i + k || count_words(x, i + k, c) > 8) return;
    if (!plain_words(x, i + k, c, P_PRONOUNS)) return;
    size_t j = c + 1;
    if (!is_word(x, j) || word_has(x, j, W_CLAUSE | W_RELATIVE | W_CONN | W_CONN_COMMA)) return;
    if (add_cut(x, x->it[i].off, x->it[j].off)) x->head = j;
}

/* "6,000 metres (3.7 miles) long" -> "6,000 metres long". */
static void rule_brackets(cx *x) {
    if (x->bad) return;
    for (size_t i = x->head + 1; i < x->n; i++) {
        if (x->it[i].kind != K_OPEN || !x->it[i].space || x->it[i].quoted) continue;
        size_t j = i + 1;
        while (j < x->n && x->it[j].kind != K_CLOSE && x->it[j].kind != K_OPEN)
            j++;
        if (j >= x->n || x->it[j].kind != K_CLOSE) continue;
        size_t nw = count_words(x, i + 1, j);
        if (nw == 0 || nw > MAX_PAREN) continue;
        /* A figure in brackets is more often a fact than an aside ("(58%,
         * up 13 points)", "(383)"). */
        int figure = 0;
        for (size_t k = i + 1; k < j && !figure; k++)
            for (size_t b = x->it[k].off; b < item_end(x, k) && !figure; b++)
                figure = x->t[b] >= '0' && x->t[b] <= '9';
        if (figure) continue;
        /* The bracket ends a word: "(s)" plurals and "f(x)" are not asides. */
        if (j + 1 < x->n && !x->it[j + 1].space && x->it[j + 1].kind == K_WORD) continue;
        if (add_cut(x, item_end(x, i - 1), item_end(x, j))) i = j;
    }
}

/* "Bader - who lost his legs in 1931 - was shot down" -> "Bader was shot
 * down". Only a pair of spaced dashes: after a single one comes what the
 * sentence leads up to. */
static void rule_dashes(cx *x) {
    if (x->bad) return;
    for (size_t i = x->head + 2; i < x->fin; i++) {
        if (x->it[i].kind != K_DASH || x->it[i].quoted) continue;
        size_t j = i + 1;
        while (j < x->fin && x->it[j].kind != K_DASH)
            j++;
        if (j >= x->fin) return;
        size_t nw = count_words(x, i + 1, j);
        int ok = nw > 0 && nw <= MAX_PAREN && count_words(x, j + 1, x->fin) >= 2 &&
                 is_word(x, i - 1) && is_word(x, j + 1);
        for (size_t k = i + 1; ok && k < j; k++)
            ok = x->it[k].kind != K_QUOTE && x->it[k].kind != K_STOP;
        if (ok && add_cut(x, item_end(x, i - 1), item_end(x, j))) {
            i = j;
            continue;
        }
        i = j - 1; /* the second dash may open the next pair */
    }
}

/* "Wright, who had seven seasons at Arsenal, will..." -> "Wright will...".
 * Not at the end of the sentence: ", which he later denied." is news. */
static void rule_relatives(cx *x) {
    if (x->bad) return;
    for (size_t c = x->head + 1; c < x->fin; c++) {
        if (x->it[c].kind != K_COMMA || x->it[c].quoted || after_quote(x, c)) continue;
        if (!word_has(x, c + 1, W_RELATIVE) || x->it[c + 1].upper) continue;
        size_t d = c + 2;
        while (d < x->fin && x->it[d].kind != K_COMMA)
            d++;
        if (d >= x->fin || count_words(x, c + 1, d) > MAX_RELATIVE ||
            !plain_words(x, c + 2, d, P_PRONOUNS | P_VERBS))
            continue;
        /* The clause must end at this comma: what follows is the sentence
         * going on (a lower-case verb), not the clause's own list ("Leeds,
         * London and York"). */
        if (!is_word(x, d + 1) || x->it[d + 1].upper ||
            word_has(x, d + 1, W_CLAUSE | W_RELATIVE | W_CONN | W_CONN_COMMA | W_SOURCE))
            continue;
        /* Before an inverted attribution (", ont précisé trois sources")
         * its comma stays. */
        size_t to = attribution(x, d + 1, x->fin) ? x->it[d].off : item_end(x, d);
        if (add_cut(x, item_end(x, c - 1), to)) c = d;
    }
}

/* ---------------------------------------------- fitting a word budget */

/* Longest leading adverbial and apposition cut, in words. */
#define MAX_OPENER 20
#define MAX_APPOSITION 20

/* A present participle: "suscitant", "saying"; not "pendant", "morning". */
static int is_gerund(const cx *x, size_t i) {
    const citem *w = &x->it[i];
    return is_word(x, i) && !w->upper && !(w->flags & (W_NOT_GERUND | W_FINITE)) &&
           verb_ending(x->c, x->t, w, W_GERUND);
}

/* Whether items [a, b) hold a verb outside quotation marks. */
static int has_verb(const cx *x, size_t a, size_t b) {
    for (size_t i = a; i < b && i < x->n; i++)
        if (clause_verb(x, i)) return 1;
    return 0;
}

/* Whether word i, lower case after a comma, opens a predicate rather than a
 * tail: a finite verb or an auxiliary ("ont", "a été"), or a plural verb's
 * ending of the language's list ("-ent": "Les infirmiers, auxquels ...,
 * réclament ..."; English has none: "president", "independent"): what is
 * before the comma is then the subject and its aside. */
static int predicate_start(const cx *x, size_t i) {
    int s = 0;
    /* An inverted reporting verb opens an attribution ("a annoncé lundi la
     * préfecture", "rapporte Le Parisien"). */
    if (verb_at(x, i, 0, 0, &s) || (aux_at(x, i, &s) && verb_at(x, i + 1, 0, 1, &s))) return 0;
    const citem *w = &x->it[i];
    /* A past participle's form not listed as finite opens a tail (",
     * followed by ...", ", mené par ..."), although English reads it as a
     * finite past too. */
    if (!((w->flags | w->pflags | w->eflags) & W_FINITE) && w->kind == K_WORD &&
        verb_ending(x->c, x->t, w, W_PAST))
        return 0;
    if (is_finite(x, i) || aux_at(x, i, &s)) return 1;
    const char *e = x->t + w->off + w->len;
    if (w->len < 5) return 0;
    char key[4] = {'-', e[-3], e[-2], e[-1]};
    if (!(precis_wordset_get(&x->c->words, key, sizeof key) & W_PLURAL)) return 0;
    /* "-ment" is an adverb's ("notamment", "également") but in "-ament",
     * "-rment" ("réclament", "affirment"). */
    return e[-4] != 'm' || e[-5] == 'a' || e[-5] == 'r';
}

/* A word that opens a subordinate clause, not a coordinator ("mais",
 * "and": compress-coordinators.txt): a clause word of the lists, or one of
 * the language's subordinators ("où", "comment", "pourquoi": data/fr/
 * compress-subordinators.txt; the English noun "comment" is none), the
 * whole word. */
static int subordinator(const cx *x, size_t i) {
    if (!is_word(x, i) || x->it[i].quoted) return 0;
    if (x->it[i].flags & W_SUBORD) return 1;
    return word_has(x, i, W_CLAUSE) && !(x->it[i].flags & W_COORD);
}

/* Whether the words before comma c end in a subordinate clause that has no
 * verb yet ("a précisé qu'en cas de besoin, l'Etat pourrait ..."): cutting
 * at c would leave it hanging. A coordinator ("mais", "and") opens no such
 * clause. */
static int hanging_clause(const cx *x, size_t c) {
    /* A relative or subordinate clause before the first verb ("L'attentat
     * qui a tué X en 2005, mené ..., avait laissé ...", "Alors que ...,
     * mardi, ..."): it ends at the next comma, and the sentence's own verb
     * must come between that comma and c. */
    size_t i = x->head;
    for (;;) {
        while (i < c && !(is_word(x, i) && clause_verb(x, i)) &&
               !(word_has(x, i, W_RELATIVE) && !x->it[i].quoted) && !subordinator(x, i))
            i++;
        if (i >= c) return 1;
        if (clause_verb(x, i) && !subordinator(x, i)) break;
        /* Such clauses in a row ("Rien qu'à Munich, où était organisée
         * ..., 10.000 personnes ont ..."): each ends at its comma. */
        while (i < c && x->it[i].kind != K_COMMA)
            i++;
        if (i >= c) return 1;
        i++;
    }
    for (i = c; i-- > x->head;) {
        if (x->it[i].kind != K_WORD || x->it[i].quoted) continue;
        const citem *w = &x->it[i];
        if (clause_verb(x, i) || ((w->eflags) & (W_FINITE | W_PRONOUN))) return 0;
        if (!w->upper && subordinator(x, i)) return 1;
    }
    return 0;
}

/* Tails, right to left, each from a comma outside quotation marks to the
 * end or to the tail of a known kind cut before it: an attribution (", a
 * indiqué la préfecture"), a participial clause (", suscitant la panique", ", saying
 * ..."), an adverbial (", à son arrivée dans le port", ", after ...") or a
 * relative clause (", qui ...", ", which ..."). What is left must keep a
 * verb of its own: the tail is then no part of the main clause. */
static void rule_tails(cx *x, int any) {
    if (x->bad || !x->clean) return;
    if (x->head < x->n && x->it[x->head].kind == K_QUOTE) return;
    size_t e = x->tail, stop = x->tail;
    /* Brackets still open at each comma, counted from the right. */
    int open = 0;
    for (size_t c = e; c-- > x->head + 1;) {
        if (x->it[c].kind == K_CLOSE) open++;
        if (x->it[c].kind == K_OPEN) open--;
        if (x->it[c].kind == K_STOP) break;
        if (x->it[c].kind != K_COMMA || x->it[c].quoted || open > 0) continue;
        if (!any && count_words(x, c + 1, e) > MAX_TAIL) break;
        if (after_quote(x, c) || !has_verb(x, x->head, c)) continue;
        size_t w = c + 1;
        int lower = is_word(x, w) && !x->it[w].upper;
        int tail = any ? is_word(x, w)
                       : attribution(x, w, e) ||
                             (lower && (is_gerund(x, w) || word_has(x, w, W_RELATIVE) ||
                                        (word_has(x, w, W_OPENER) && !is_finite(x, w))));
        if (!tail) continue;
        /* Not a tail: the predicate after its subject's aside; nor a cut
         * that leaves a clause without its verb. */
        if (any && lower && predicate_start(x, w) && !attribution(x, w, e)) continue;
        if (any && word_has(x, w, W_OBJECT)) continue;
        if (hanging_clause(x, c)) continue;
        /* A tail ends where the one after it starts, and may go alone,
         * when that one is of a known kind (", où ..., sans faire de
         * blessé, selon ..."); a tail of no known kind runs across the
         * others of no known kind after it, as a set of cuts that took it
         * but not them could leave one hanging (", suivie d'entretiens avec
         * le président, Volodymyr Zelensky." -> ", Volodymyr Zelensky."). */
        size_t last = any ? stop : e;
        /* A relative clause after it ("..., par un individu de 23 ans, qui a
         * menacé ...") would lose its antecedent: they go together. */
        if (!any && e < stop && word_has(x, e + 1, W_RELATIVE)) last = stop;
        size_t to = last < x->n ? x->it[last].off : x->end;
        if (add_cut(x, item_end(x, c - 1), to)) e = x->tail = c;
    }
}

/* An adverbial opening the sentence by its shape rather than its first
 * word: a date ("Le 24 mars 1962, ", "On 4 May, ") or a past participle
 * before a preposition ("Placée en garde à vue mercredi, ", "Asked about
 * the strike, "). Its length in words to look past, 0 if none. */
static size_t opener_shape(const cx *x, size_t i) {
    const citem *w = &x->it[i];
    if (is_word(x, i + 2) && is_digit((unsigned char)x->t[x->it[i + 1].off]) &&
        (w->flags & (W_DET | W_OPENER)) && word_has(x, i + 2, W_MONTH))
        return 3;
    if (w->upper && !(w->flags & (W_NOT_FINITE | W_FINITE | W_DET | W_PRONOUN)) &&
        verb_ending(x->c, x->t, w, W_PAST) && word_has(x, i + 1, W_OPENER) && !x->it[i + 1].upper)
        return 1;
    return 0;
}

/* "Dimanche matin à Venise, l'équipage..." -> "L'équipage...": an adverbial
 * of time, place, cause or circumstance up to the first comma, when a
 * clause with its own verb follows. Twice, for "Dans la nuit de samedi,
 * dans son logement, ...". */
static void rule_openers(cx *x) {
    if (x->bad) return;
    for (int round = 0; round < 2; round++) {
        size_t i = x->head;
        if (!is_word(x, i)) return;
        uint32_t f;
        size_t k = phrase(x, i, W_OPENER, &f);
        if (!k) k = opener_shape(x, i);
        if (!k) return;
        size_t c = i + k;
        while (c < x->fin && x->it[c].kind != K_COMMA)
            c++;
        if (c >= x->fin || count_words(x, i, c) > MAX_OPENER) return;
        if (!plain_words(x, i + k, c, P_PRONOUNS | P_VERBS)) return;
        size_t j = c + 1;
        if (!is_word(x, j) || word_has(x, j, W_CLAUSE | W_RELATIVE | W_CONN | W_CONN_COMMA)) return;
        if (!x->it[j].upper && is_finite(x, j)) return;
        /* What follows belongs to the opener: "Dans dix communes, dont
         * Cayenne, ...", "où ...". */
        if (subordinator(x, j) || (x->it[j].flags & W_LIST)) return;
        if (!has_verb(x, j, x->fin)) return;
        if (!add_cut(x, x->it[i].off, x->it[j].off)) return;
        x->head = j;
    }
}

/* "Robert Doe, le dernier témoin du procès, est sorti..." -> "Robert Doe
 * est sorti...": a noun phrase between commas, opened by a determiner,
 * without a verb of its own, and followed by the sentence's verb. */
static void rule_appositions(cx *x) {
    if (x->bad) return;
    for (size_t c = x->head + 1; c < x->fin; c++) {
        if (x->it[c].kind != K_COMMA || x->it[c].quoted || after_quote(x, c)) continue;
        size_t a = c + 1;
        if (!is_word(x, c - 1) || !word_has(x, a, W_DET) || x->it[a].upper) continue;
        /* After "comment," or "que," the phrase is the clause's subject. */
        if (subordinator(x, c - 1)) continue;
        size_t d = a + 1;
        while (d < x->fin && x->it[d].kind != K_COMMA)
            d++;
        if (d >= x->fin || count_words(x, a, d) > MAX_APPOSITION || !plain_words(x, a, d, 0))
            continue;
        size_t v = d + 1;
        int s = 0;
        if (!is_word(x, v) || x->it[v].upper || !(is_finite(x, v) || aux_at(x, v, &s))) continue;
        if (add_cut(x, item_end(x, c - 1), item_end(x, d))) c = d;
    }
}

/* ---------------------------------------------------------------- main */

unsigned precis_compress_rules(const char *s) {
    static const struct {
        const char *name;
        unsigned bits;
    } names[] = {{"connectives", PRECIS_COMPRESS_CONNECTIVES},
                 {"attribution", PRECIS_COMPRESS_ATTRIBUTION},
                 {"sources", PRECIS_COMPRESS_SOURCES},
                 {"brackets", PRECIS_COMPRESS_BRACKETS},
                 {"dashes", PRECIS_COMPRESS_DASHES},
                 {"relatives", PRECIS_COMPRESS_RELATIVES},
                 {"all", PRECIS_COMPRESS_ALL},
                 {"default", PRECIS_COMPRESS_DEFAULT}};
    unsigned bits = 0;
    if (!s) return 0;
    while (*s) {
        size_t n = strcspn(s, ",");
        size_t k = 0;
        while (k < sizeof names / sizeof names[0] &&
               (strlen(names[k].name) != n || strncmp(names[k].name, s, n) != 0))
            k++;
        if (k == sizeof names / sizeof names[0]) return 0;
        bits |= names[k].bits;
        s += n + (s[n] == ',');
    }
    return bits;
}

static int cmp_cut(const void *a, const void *b) {
    const cut *p = a, *q = b;
    return (p->from > q->from) - (p->from < q->from);
}

/* Scans the sentence into x and marks its final run and quotations; 0, or
 * -1 on OOM. */
static int analyse(cx *x, const precis_compressor *c, const char *text, size_t off, size_t len,
                   int any, precis_compress_scratch *s) {
    memset(x, 0, sizeof *x);
    x->c = c;
    x->t = text;
    x->off = off;
    x->end = off + len;
    if (any && c && len) {
        if (scan(c, text, off, len, &s->items) != 0) return -1;
        x->it = s->items.data;
        x->n = s->items.len;
    }
    if (!x->n) return 0;
    /* The final run of . ! ? and whether anything follows it. */
    size_t last = x->n;
    while (last > 0 && (x->it[last - 1].kind == K_QUOTE || x->it[last - 1].kind == K_CLOSE ||
                        x->it[last - 1].kind == K_BRACK))
        last--;
    x->fin = last;
    while (x->fin > 0 && x->it[x->fin - 1].kind == K_END)
        x->fin--;
    x->clean = last == x->n;
    for (size_t i = 0; i < x->fin; i++)
        if (x->it[i].kind == K_END) x->it[i].kind = K_ABBR;
    mark_quotes(x);
    return 0;
}

/* The pieces of [off, end) left by cuts[0..n) (sorted here). */
static int keep(size_t off, size_t end, cut *cuts, size_t n, precis_vec *kept) {
    qsort(cuts, n, sizeof cuts[0], cmp_cut);
    int count = 0;
    size_t pos = off;
    for (size_t k = 0; k <= n; k++) {
        size_t from = k < n ? cuts[k].from : end;
        if (from > pos) {
            precis_piece *p = precis_vec_push(kept);
            if (!p) return -1;
            p->off = pos;
            p->len = from - pos;
            count++;
        }
        if (k < n && cuts[k].to > pos) pos = cuts[k].to;
    }
    return count;
}

int precis_compress(const precis_compressor *c, unsigned rules, const char *text, size_t off,
                    size_t len, precis_compress_scratch *s, precis_vec *kept) {
    cx x;
    if (analyse(&x, c, text, off, len, rules != 0, s) != 0) return -1;
    if (x.n) {
        if (rules & PRECIS_COMPRESS_CONNECTIVES) rule_connectives(&x);
        if (rules & PRECIS_COMPRESS_SOURCES) rule_source_lead(&x);
        if (rules & PRECIS_COMPRESS_ATTRIBUTION) rule_attribution(&x);
        if (rules & PRECIS_COMPRESS_RELATIVES) rule_relatives(&x);
        if (rules & PRECIS_COMPRESS_BRACKETS) rule_brackets(&x);
        if (rules & PRECIS_COMPRESS_DASHES) rule_dashes(&x);
    }
    return keep(off, x.end, x.cuts, x.ncuts, kept);
}

int precis_compress_cuts(const precis_compressor *c, const char *text, size_t off, size_t len,
                         precis_compress_scratch *s, precis_piece *cuts, size_t *always) {
    cx x;
    *always = 0;
    if (analyse(&x, c, text, off, len, 1, s) != 0) return -1;
    if (x.n) {
        /* The least needed first: a connective and the tails say least of
         * the news; asides next; what opens the sentence and appositions
         * may set the scene; relative clauses may carry facts. */
        x.tail = x.fin;
        rule_connectives(&x);
        *always = x.ncuts;
        rule_tails(&x, 0);
        rule_brackets(&x);
        rule_dashes(&x);
        rule_source_lead(&x);
        rule_openers(&x);
        rule_appositions(&x);
        rule_relatives(&x);
        /* Last, any tail from a comma: what follows the main clause. */
        rule_tails(&x, 1);
    }
    for (size_t k = 0; k < x.ncuts; k++) {
        cuts[k].off = x.cuts[k].from;
        cuts[k].len = x.cuts[k].to - x.cuts[k].from;
    }
    return (int)x.ncuts;
}

int precis_compress_keep(size_t off, size_t len, const precis_piece *cuts, size_t k,
                         precis_vec *kept) {
    cut cs[PRECIS_COMPRESS_MAX_CUTS];
    if (k > PRECIS_COMPRESS_MAX_CUTS) k = PRECIS_COMPRESS_MAX_CUTS;
    for (size_t i = 0; i < k; i++)
        cs[i] = (cut){cuts[i].off, cuts[i].off + cuts[i].len};
    return keep(off, off + len, cs, k, kept);
}

/* ------------------------------------------------------------- render */

int precis_compress_render(const char *text, size_t sent_off, const precis_piece *pieces, size_t n,
                           precis_buf *out) {
    size_t start = out->len;
    int pending = 0;
    /* The pieces collapse as one string, as the brief collapses sentences. */
    for (size_t p = 0; p < n; p++)
        if (precis_collapse(out, start, text + pieces[p].off, pieces[p].len, &pending) != 0)
            return -1;
    if (n == 0 || pieces[0].off <= sent_off || out->len == start) return 0;
    return precis_capitalize_word(out, start, PRECIS_CH_LETTER | PRECIS_CH_NUMBER | PRECIS_CH_MARK);
}
