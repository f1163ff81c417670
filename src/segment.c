/*
 * segment.c - splits a paragraph into sentences.
 *
 * One left-to-right pass over the paragraph. A candidate boundary is a run of
 * terminators (. ! ? …). The run is extended by the closing quotes and
 * brackets that follow it (directly, or after a space for » ” ) ]), so they
 * stay with the sentence they close. The decision uses only local context:
 * the word before the run (its start is tracked during the pass, never
 * rescanned) and the first word after it (after spaces and opening quotes,
 * brackets and dialogue dashes), then the scan resumes after the run:
 * linear time, no allocation per candidate.
 *
 * With white space after the run (another terminator next, as in ". . ." or
 * "? !", continues the run):
 *  - "?" "!" (also "?!", "!!", "?..."): a boundary unless the next word starts
 *    with a lower-case letter ("« Pourquoi ? » s'interroge-t-il.").
 *  - ellipsis ("...", "…"): a boundary only before an upper-case letter; an
 *    omission mark "(...)" or "[…]" never is.
 *  - a single ".": looks at the word before it (opening quotes and an elided
 *    "l'" dropped), first match wins:
 *    1. in data/<lang>/abbreviations.txt (titles M., Mr., Dr.; cf., e.g., p.):
 *       never a boundary;
 *    2. in data/<lang>/abbreviations-final.txt ("etc.", "Inc.", "U.S.",
 *       "a.m.", "oct."), or a compound ending in a word of
 *       data/<lang>/abbreviations-suffixes.txt ("Goethestr."): a boundary
 *       only when the next word is capitalized and in
 *       data/<lang>/sentence-starters.txt ("The", "Il", "Mais"):
 *       "Acme Inc. The firm" splits, "the U.S. Senate" doesn't;
 *    3. an initial, i.e. one capital ("J. K. Rowling") or capitals joined by
 *       dots ("J.-P. Moreau", "O.N.U."): a boundary only in "plan B. The
 *       board ...": after a lower-case word, before a starter of two letters
 *       or more that is not followed by a capital ("l'historien J. Le Goff");
 *    4. a number of 1-3 digits opening the sentence is a list marker ("1. Le
 *       ...") and never a boundary; in German it is an ordinal ("am 3.
 *       Oktober"), a boundary only before a starter;
 *    5. other dotted words (letter groups of 1-3: "Ph.D.", "bbc.co.uk"): as 2;
 *    for 2, 3 and 5, a closing quote or bracket after the period ("(books,
 *    etc.) Amazon", "\"I work for Acme Inc.\" Tom") makes them ordinary;
 *    6. any other word: a boundary unless the next word starts with a
 *       lower-case letter (an unknown abbreviation) or with , ; :
 *    A word followed by a closing quote before the period («Il viendra».
 *    Puis) is an ordinary word.
 *  - a run with nothing but punctuation before it in its sentence never ends
 *    one; a punctuation-only tail of a paragraph joins the sentence before.
 *  - spaced dots: ". . ." is an ellipsis (after a word or a space); "word.
 *    . . . Next" is a period, then an ellipsis that opens the next sentence.
 *    After an ellipsis, data/<lang>/always-capitalized.txt ("I") is no start.
 *  - citation marks after the run ("[4]", " [5][6]") stay with the sentence.
 *  - a time, era or unit after a number (data/<lang>/abbreviations-units.txt:
 *    "6 p.m.", "120 B.C.") or a degree (abbreviations-degrees.txt: "Ph.D.")
 *    ends a sentence before a capitalized word followed by a lower-case one
 *    that is not in time-words.txt ("6 p.m. Tuesday"); a sentence opened by
 *    a word of time-openers.txt ("At 5 a.m. Mr. Hale") goes on instead.
 *
 * Lists: a marker ("1.", "1.)", "1)", "(1)", "a.", "b)", "(iv)", after a
 * bullet "•" or "⁃") that opens a sentence is never its end, and the next
 * marker of the same list ("2." after "1.", "c)" after "b)") opens the next
 * sentence, with or without an end mark before it; a lower-case marker after
 * an end mark opens one when its next marker follows.
 *
 * With no white space after the run, only a sentence glued to the previous one
 * in scraped text splits: a lower-case letter (a closing quote, or a number of
 * two digits or more after other words), the run, maybe one closing quote,
 * then an upper-case letter followed by a lower-case one or an elision
 * ("domestique.Consternant", "en 2019.Les", "vue.D'après", `exposés."Des`;
 * a '"' opens the next sentence when the paragraph's quotes before it are
 * even). Not "U.S.A", "J.-C.", "example.com", "Node.js", "Mr.Smith",
 * "1.Pan", and never inside a URL or an e-mail address (a space-delimited run
 * holding "://", "@" or starting with "www."). Numbers ("1.13bn", "3,5",
 * "10.30am") never split. Footnote numbers glued after the period of a
 * word ("consultation.11 12 Take", "(type 2).10 This") stay with their
 * sentence; the capital after them opens the next one. Without an end
 * mark: a closing '"' between a lower-case letter and a capital
 * (`décision"Cette`), and a caption's credit
 * glued after a question ("?par franceinfoLa suite": data/<lang>/
 * glued-credits.txt) split too.
 *
 * With white space and no terminator, scraped text that glues a caption or
 * crosshead to the next sentence ("... on Friday The club said") splits
 * before a word of data/<lang>/glued-starters.txt between lower-case words
 * (the word before may close a caption's bracket or quote: "(photo posed by
 * a model) The", "'too warm' The"; never a word of glued-not-after.txt:
 * "World at One"), before a caption's label ("... near the dig Grim find: The remains"),
 * or after a phrase of data/<lang>/glued-labels.txt ("Scroll down for
 * video"); see unpunctuated(). Languages without those lists never do.
 *
 * Colons, semicolons and single newlines inside a paragraph never split.
 * Unknown languages get these rules with empty word lists.
 */
#include "precis_internal.h"
#include "text.h"

#include <string.h>

enum {
    SEG_NONFINAL = 1,      /* abbreviation that never ends a sentence */
    SEG_FINAL = 2,         /* abbreviation that may end one */
    SEG_STARTER = 4,       /* capitalized word that often opens one */
    SEG_GLUED = 8,         /* opens one even with no period before it */
    SEG_STOP = 16,         /* stop word (lower-case) */
    SEG_LABEL = 32,        /* phrase that stands alone before a capital */
    SEG_SPEECH = 64,       /* reporting verb ("said", "told"): "told Reuters: The" */
    SEG_GLUED_NAME = 128,  /* opens one glued to a name: "in Lyon The former" */
    SEG_UNIT = 256,        /* written after a number: "6 p.m.", "120 B.C." */
    SEG_TIME = 512,        /* goes on after a time: "6 p.m. Tuesday" */
    SEG_ALWAYS_CAP = 1024, /* capitalized anywhere: "I" */
    SEG_CREDIT = 2048,     /* glued credit of a caption: "?par franceinfoLa" */
    SEG_OPENER = 4096,     /* opens a sentence with a time: "At 5 a.m." */
    SEG_DEGREE = 8192,     /* a degree, ending a noun phrase: "Ph.D." */
    SEG_SUFFIX = 16384,    /* ends abbreviated compounds: "str." of "Goethestr." */
    SEG_CAMEL = 32768,     /* opens one glued to a word: "sanitaireLa" */
    SEG_NOEND = 65536      /* no caption ends on it: "at", "de" (glued-not-after) */
};

/* Longest word looked up in the table, in bytes. */
#define SEG_MAX_WORD 40

struct precis_segmenter {
    const precis_alloc *alc;
    precis_wordset words;          /* abbreviations and starters, SEG_* flags */
    int ordinals;                  /* "3. Oktober": digits + period is an ordinal (the row says) */
    int glued_starters;            /* the language has glued-starters or glued-labels */
    int suffixes;                  /* the language has abbreviations-suffixes */
    int camel;                     /* the language has camel-openers */
    const precis_wordlist *common; /* gen-common: lower-case words of the language */
};

static uint32_t seg_lookup(const precis_segmenter *sg, const unsigned char *s, size_t n) {
    if (n > SEG_MAX_WORD) return 0;
    return precis_wordset_get(&sg->words, (const char *)s, n);
}

precis_segmenter *precis_segmenter_new(const char *lang, const precis_alloc *alc) {
    if (!alc) alc = &precis_default_alloc;
    precis_segmenter *sg = precis_malloc(alc, sizeof *sg);
    if (!sg) return NULL;
    memset(sg, 0, sizeof *sg);
    sg->alc = alc;
    if (!lang) return sg;
    int li = precis_lang_index(lang, strlen(lang));
    sg->ordinals = li >= 0 && precis_language_table[li].ordinal_dot;
    static const char *const names[] = {"abbreviations",
                                        "abbreviations_final",
                                        "sentence_starters",
                                        "glued_starters",
                                        "stopwords",
                                        "glued_labels",
                                        "compress_verbs",
                                        "compress_object_verbs",
                                        "glued_after_names",
                                        "abbreviations_units",
                                        "time_words",
                                        "always_capitalized",
                                        "glued_credits",
                                        "time_openers",
                                        "abbreviations_degrees",
                                        "abbreviations_suffixes",
                                        "camel_openers",
                                        "glued_not_after"};
    static const uint32_t flags[] = {
        SEG_NONFINAL, SEG_FINAL,  SEG_STARTER,    SEG_GLUED,  SEG_STOP,  SEG_LABEL,
        SEG_SPEECH,   SEG_SPEECH, SEG_GLUED_NAME, SEG_UNIT,   SEG_TIME,  SEG_ALWAYS_CAP,
        SEG_CREDIT,   SEG_OPENER, SEG_DEGREE,     SEG_SUFFIX, SEG_CAMEL, SEG_NOEND};
    enum { NLISTS = sizeof names / sizeof names[0] };
    const precis_wordlist *wl[NLISTS];
    size_t total = 0;
    for (int k = 0; k < NLISTS; k++) {
        wl[k] = precis_wordlist_get(lang, names[k]);
        if (wl[k]) total += wl[k]->count;
    }
    if (precis_wordset_init(&sg->words, total, alc) != 0) {
        precis_free(alc, sg);
        return NULL;
    }
    sg->glued_starters = (wl[3] && wl[3]->count > 0) || (wl[5] && wl[5]->count > 0);
    sg->suffixes = wl[15] && wl[15]->count > 0;
    sg->camel = wl[16] && wl[16]->count > 0;
    if (sg->camel) sg->common = precis_wordlist_get(lang, "gen_common");
    if (!sg->glued_starters) /* only those rules need them */
        wl[4] = wl[6] = wl[7] = wl[8] = wl[17] = NULL;
    for (int k = 0; k < NLISTS; k++)
        for (size_t i = 0; wl[k] && i < wl[k]->count; i++)
            if (strlen(wl[k]->words[i]) <= SEG_MAX_WORD)
                precis_wordset_add(&sg->words, wl[k]->words[i], flags[k]);
    return sg;
}

void precis_segmenter_free(precis_segmenter *sg) {
    if (!sg) return;
    precis_wordset_free(&sg->words, sg->alc);
    precis_free(sg->alc, sg);
}

/* ------------------------------------------------------------ characters */

/* Decodes the code point at p (< e); *n = its length. */
static uint32_t dec(const unsigned char *p, const unsigned char *e, size_t *n) {
    uint32_t c;
    *n = precis_utf8_next(p, (size_t)(e - p), &c);
    return c;
}

static int is_space(uint32_t c) {
    return precis_is_space(c);
}

static int is_terminator(uint32_t c) {
    return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0xFF0E || c == 0xFF01 ||
           c == 0xFF1F || c == 0x3002; /* fullwidth . ! ?, ideographic full stop */
}

static int is_upper(uint32_t c) {
    return precis_is_upper(c);
}

static int is_lower(uint32_t c) {
    return precis_is_lower(c);
}

static int is_letter(uint32_t c) {
    return precis_is_letter(c);
}

static int is_alnum(uint32_t c) {
    return precis_is_alnum(c);
}

/* Closing quote or bracket right after a terminator: «Il viendra.» ,"Yes." */
static int is_closer(uint32_t c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0xBB || c == 0xAB || c == 0x2019 ||
           c == 0x201D || c == 0x201C || c == 0x203A || c == '`'; /* `quoted.` in plain text */
}

/* Closing marks that may follow a space: French « Non. » */
static int is_spaced_closer(uint32_t c) {
    return c == ')' || c == ']' || c == 0xBB || c == 0x201D || c == 0x203A;
}

/* What may precede the first word of a sentence: quotes, brackets, inverted
 * Spanish marks, dialogue dashes. */
static int is_opener(uint32_t c) {
    return c == '"' || c == '\'' || c == '`' || c == '(' || c == '[' || c == '-' || c == 0xAB ||
           c == 0xBF || c == 0xA1 || c == 0x2013 || c == 0x2014 || c == 0x2018 || c == 0x201C ||
           c == 0x201E || c == 0x2039;
}

/* The code point ending at i (> lo). */
static uint32_t prev_cp(const unsigned char *t, size_t lo, size_t i) {
    return precis_utf8_before(t, lo, i);
}

/* Index of the first non-space byte in [i, end). */
static size_t skip_space(const unsigned char *t, size_t i, size_t end) {
    while (i < end) {
        size_t n;
        if (!is_space(dec(t + i, t + end, &n))) break;
        i += n;
    }
    return i;
}

/* End of [start, end) without trailing white space. */
static size_t trim_end(const unsigned char *t, size_t start, size_t end) {
    while (end > start && is_space(prev_cp(t, start, end)))
        end = precis_utf8_prev(t, start, end);
    return end;
}

/* ------------------------------------------------------------ next word */

/* The first word after a candidate boundary. */
typedef struct seg_next {
    int kind;        /* NX_* */
    size_t off, len; /* its letters */
    size_t chars;    /* letters in the word */
    size_t elided;   /* length of an apostrophe after it ("L'"), or 0 */
} seg_next;

enum { NX_NONE, NX_UPPER, NX_LOWER, NX_DIGIT, NX_PUNCT, NX_TERM, NX_OTHER };

static seg_next next_word(const unsigned char *t, size_t i, size_t end) {
    seg_next nx = {.kind = NX_NONE, .off = i};
    size_t n;
    uint32_t c = 0;
    while (i < end) { /* openers and the spaces after them (« Le) */
        c = dec(t + i, t + end, &n);
        if (!is_opener(c) && !is_space(c)) break;
        i += n;
    }
    if (i >= end) return nx;
    nx.off = i;
    if (is_upper(c))
        nx.kind = NX_UPPER;
    else if (is_lower(c))
        nx.kind = NX_LOWER;
    else if (c < 0x80 ? (c >= '0' && c <= '9') : is_alnum(c))
        nx.kind = NX_DIGIT;
    else if (c == ',' || c == ';' || c == ':')
        nx.kind = NX_PUNCT;
    else if (is_terminator(c))
        nx.kind = NX_TERM; /* spaced ". . ." or "? !": the run goes on */
    else
        nx.kind = NX_OTHER;
    if (nx.kind != NX_UPPER) return nx;
    size_t j = i;
    while (j < end && j - i <= SEG_MAX_WORD) {
        c = dec(t + j, t + end, &n);
        if (is_letter(c)) {
            j += n;
            nx.chars++;
            continue;
        }
        break;
    }
    nx.len = j - i;
    if (j < end && (c == '\'' || c == 0x2019)) nx.elided = n;
    return nx;
}

/* ------------------------------------------------------------ word before */

/* Class of the word [ws, we) right before a single period. */
enum { W_PLAIN, W_NONFINAL, W_FINAL, W_INITIAL, W_NUMBER };

/* Dotted abbreviation [ws, we) (the final period excluded): groups of 1-3
 * letters separated by "." or ".-", at least two groups ("U.S", "a.m",
 * "bbc.co.uk", "J.-P"). Returns W_INITIAL when every group is one capital
 * ("O.N.U", "J.-P"), W_FINAL for other shapes, W_PLAIN if not dotted. */
static int dotted(const unsigned char *t, size_t ws, size_t we) {
    if (we - ws > SEG_MAX_WORD) return W_PLAIN;
    size_t group = 0, groups = 1;
    int capitals = 1;
    for (size_t i = ws; i < we;) {
        size_t n;
        uint32_t c = dec(t + i, t + we, &n);
        if (c == '.') {
            if (group == 0) return W_PLAIN;
            group = 0;
            groups++;
            if (i + 1 < we && t[i + 1] == '-') i++;
        } else if (is_letter(c)) {
            if (++group > 3) return W_PLAIN;
            if (group > 1 || !is_upper(c)) capitals = 0;
        } else {
            return W_PLAIN;
        }
        i += n;
    }
    if (groups < 2 || group == 0) return W_PLAIN;
    return capitals ? W_INITIAL : W_FINAL;
}

/* Skips an elided article or preposition: "l'O.N.U" -> "O.N.U". */
static size_t skip_elision(const unsigned char *t, size_t ws, size_t we) {
    for (size_t i = ws; i < we && i - ws <= 8;) {
        size_t n;
        uint32_t c = dec(t + i, t + we, &n);
        if (c == '\'' || c == 0x2019) return i > ws && i + n < we ? i + n : ws;
        if (!is_letter(c)) return ws;
        i += n;
    }
    return ws;
}

static int word_class(const precis_segmenter *sg, const unsigned char *t, size_t ws, size_t we) {
    size_t n;
    for (int k = 0; ws < we && k < 8; k++) { /* "(M." -> "M." */
        uint32_t c = dec(t + ws, t + we, &n);
        if (!is_opener(c)) break;
        ws += n;
    }
    ws = skip_elision(t, ws, we);
    if (ws >= we) return W_PLAIN;
    uint32_t f = seg_lookup(sg, t + ws, we + 1 - ws); /* with the period */
    /* "then-Sen.", "ex-Gov.": a listed abbreviation after a hyphenated prefix. */
    if (!(f & (SEG_NONFINAL | SEG_FINAL))) {
        size_t h = we;
        while (h > ws && t[h - 1] != '-' && we - h <= SEG_MAX_WORD)
            h--;
        if (h > ws + 1 && h < we && t[h - 1] == '-') f = seg_lookup(sg, t + h, we + 1 - h);
    }
    if (f & SEG_NONFINAL) return W_NONFINAL;
    if (f & SEG_FINAL) return W_FINAL;
    /* "Goethestr. 7": a compound ending in an abbreviated word
     * (data/<lang>/abbreviations-suffixes.txt) is one that may end a
     * sentence; the suffix follows at least two letters */
    if (sg->suffixes && is_lower(prev_cp(t, ws, we)))
        for (size_t k = 2; k <= 4 && k + 2 <= we - ws && t[we - k] < 0x80; k++)
            if (is_letter(prev_cp(t, ws, we - k)) &&
                (seg_lookup(sg, t + we - k, k + 1) & SEG_SUFFIX))
                return W_FINAL;
    uint32_t c = dec(t + ws, t + we, &n);
    if (ws + n == we && is_upper(c)) return W_INITIAL;
    /* "Jean-P. Martin": a hyphenated first name with its second part cut */
    size_t h = precis_utf8_prev(t, ws, we);
    if (h > ws + 1 && t[h - 1] == '-' && is_upper(prev_cp(t, ws, we)) &&
        is_letter(prev_cp(t, ws, h - 1)))
        return W_INITIAL;
    if (we - ws <= 3) {
        size_t i = ws;
        while (i < we && t[i] >= '0' && t[i] <= '9')
            i++;
        if (i == we) return W_NUMBER;
    }
    return dotted(t, ws, we);
}

/* First letter of the word [ws, we) is lower-case (openers skipped). */
static int starts_lower(const unsigned char *t, size_t ws, size_t we) {
    for (int k = 0; ws < we && k < 8; k++) {
        size_t n;
        uint32_t c = dec(t + ws, t + we, &n);
        if (!is_opener(c)) return is_lower(c);
        ws += n;
    }
    return 0;
}

/* ------------------------------------------------------------ list markers */

/* A list marker: "1.", "1.)", "1)", "(1)", "a.", "b)", "(c)", "iv.", "(ii)",
 * maybe after a bullet ("• 4.", "⁃5."). Its shape and its value as a number,
 * a letter (a = 1) and a roman numeral (i, v, x), 0 when it is not one. */
typedef struct seg_marker {
    int style; /* MK_* */
    int num, letter, roman;
} seg_marker;

enum { MK_OPEN = 1, MK_PAREN = 2, MK_DOT = 4, MK_DOT_PAREN = 8, MK_BULLET = 16, MK_UPPER = 32 };

/* Value of the roman numeral s[0, n) of i, v, x (one case), 1 to 39; else 0. */
static int roman_value(const unsigned char *s, size_t n) {
    static const char *const ones[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    static const char *const tens[] = {"", "x", "xx", "xxx"};
    if (n == 0 || n > 7) return 0;
    char low[8];
    for (size_t i = 0; i < n; i++)
        low[i] = (char)(s[i] | 0x20);
    for (int v = 1; v < 40; v++) {
        const char *a = tens[v / 10], *b = ones[v % 10];
        size_t la = strlen(a), lb = strlen(b);
        if (la + lb == n && memcmp(low, a, la) == 0 && memcmp(low + la, b, lb) == 0) return v;
    }
    return 0;
}

static int is_roman_letter(unsigned char c) {
    c |= 0x20;
    return c == 'i' || c == 'v' || c == 'x';
}

/* The list marker at i, followed by a space; its end, or 0 if none. */
static size_t list_marker(const unsigned char *t, size_t i, size_t end, seg_marker *m) {
    memset(m, 0, sizeof *m);
    size_t k = i;
    if (end - k >= 3 && t[k] == 0xE2 &&
        ((t[k + 1] == 0x80 && t[k + 2] == 0xA2) || (t[k + 1] == 0x81 && t[k + 2] == 0x83))) {
        m->style |= MK_BULLET; /* • or ⁃, glued or before one space */
        k += 3;
        if (k < end && t[k] == ' ') k++;
    }
    if (k < end && t[k] == '(') m->style |= MK_OPEN, k++;
    size_t b = k;
    if (k >= end) return 0;
    /* the body: 1-3 digits, one letter, or up to 6 of i, v, x (one case);
     * most words fail at their first or second letter */
    if (t[k] >= '0' && t[k] <= '9') {
        while (k < end && k - b < 4 && t[k] >= '0' && t[k] <= '9')
            m->num = m->num * 10 + (t[k++] - '0');
        if (k - b > 3) return 0;
    } else if ((t[k] | 0x20) >= 'a' && (t[k] | 0x20) <= 'z') {
        int upper = t[k] < 'a';
        if (upper) m->style |= MK_UPPER;
        k++;
        if (k < end && t[k] != '.' && t[k] != ')') {
            if (!is_roman_letter(t[b])) return 0;
            while (k < end && k - b < 7 && is_roman_letter(t[k]) && (t[k] < 'a') == upper)
                k++;
        }
        size_t n = k - b;
        if (k >= end || (t[k] != '.' && t[k] != ')')) return 0;
        if (n == 1) m->letter = (t[b] | 0x20) - 'a' + 1;
        m->roman = roman_value(t + b, n);
        if (!m->letter && !m->roman) return 0;
    } else {
        return 0;
    }
    if (k >= end || (t[k] != '.' && t[k] != ')')) return 0;
    if (m->style & MK_OPEN) {
        if (t[k] != ')') return 0;
        m->style |= MK_PAREN, k++;
    } else if (t[k] == ')') {
        m->style |= MK_PAREN, k++;
    } else if (t[k] == '.') {
        k++;
        if (k < end && t[k] == ')')
            m->style |= MK_DOT_PAREN, k++;
        else
            m->style |= MK_DOT;
    } else {
        return 0;
    }
    return k < end && t[k] == ' ' ? k : 0;
}

/* Whether marker m comes right after p in the same list: "2)" after "1)",
 * "b." after "a.", "iii." after "ii.". */
static int next_marker(const seg_marker *p, const seg_marker *m) {
    if (p->style != m->style) return 0;
    return (m->num && p->num && m->num == p->num + 1) ||
           (m->letter && p->letter && m->letter == p->letter + 1) ||
           (m->roman && p->roman && m->roman == p->roman + 1);
}

/* ------------------------------------------------------------ the pass */

typedef struct seg_state {
    const precis_segmenter *sg;
    const unsigned char *t;
    size_t end;
    size_t sent;           /* start of the current sentence */
    int alnum;             /* the current sentence has a letter or digit */
    size_t run;            /* start of the current word (non-space run) */
    size_t prev, prev_end; /* previous word; prev = SIZE_MAX if none */
    size_t url_run;        /* space-delimited run whose URL test is cached */
    int url;               /* cached: that run is a URL or e-mail address */
    size_t ws_run;         /* start of the current space-delimited run */
    size_t para;
    size_t first; /* index in out of the paragraph's first sentence */
    precis_vec *out;
    seg_marker list;     /* the list marker that opened the current sentence */
    size_t marker_end;   /* where it ends ("1." of "1. Le"), SIZE_MAX if none */
    size_t qpos, quotes; /* '"' counted in the paragraph up to qpos */
    size_t code_run;     /* space-delimited run whose code test is cached */
    int code;            /* cached: that run is code, a path or a hashtag */
} seg_state;

static int emit(seg_state *st, size_t end) {
    end = trim_end(st->t, st->sent, end);
    if (end <= st->sent) return 0;
    precis_sentence *s = precis_vec_push(st->out);
    if (!s) return -1;
    s->off = st->sent;
    s->len = end - st->sent;
    s->para = st->para;
    return 0;
}

/* Whether the space-delimited run holding the candidate is a URL or an
 * e-mail address; scanned once per run. */
static int in_url(seg_state *st) {
    if (st->url_run == st->ws_run) return st->url;
    const unsigned char *t = st->t;
    size_t i = st->ws_run, e = st->end;
    int url = e - i >= 4 && memcmp(t + i, "www.", 4) == 0;
    for (size_t n; i < e && !url; i += n) {
        uint32_t c = dec(t + i, t + e, &n);
        if (is_space(c)) break;
        url = c == '@' || (c == ':' && e - i >= 3 && t[i + 1] == '/' && t[i + 2] == '/');
    }
    st->url_run = st->ws_run;
    st->url = url;
    return url;
}

/* "fin.Début", "vue.D'après", `exposés."Des`: a sentence glued to this one
 * with no space, after the terminators [t0, t1) and the closers up to q.
 * Before the run, a lower-case letter (or a number after other words);
 * after it, at most one closing quote, then a capital and a lower-case letter
 * or an elision ("L'Elysée"). Returns where the next sentence starts (after
 * the quote when it closes one, before it when it opens one), or 0. */
static size_t glued(seg_state *st, size_t t0, size_t t1, size_t q) {
    const unsigned char *t = st->t;
    size_t n;
    if (t0 == st->run) return 0;
    uint32_t p = prev_cp(t, st->run, t0);
    /* a number of two digits or more only after other words: "en 2019.Le"
     * but not "1.Le" nor "1.Pan, 2.Queso"; a closing quote: `courte".Les` */
    /* a score after other words too: "won 3-0.Fans" */
    if (!is_lower(p) && p != '"' && p != 0xBB && p != 0x201D &&
        !(p >= '0' && p <= '9' && st->run > st->sent && t0 - st->run >= 2 &&
          ((t[t0 - 2] >= '0' && t[t0 - 2] <= '9') ||
           ((t[t0 - 2] == '-' || t[t0 - 2] == ':') && t0 - st->run >= 3 && t[t0 - 3] >= '0' &&
            t[t0 - 3] <= '9'))))
        return 0;
    size_t at = t1;
    if (q > t1) {
        uint32_t qc = dec(t + t1, t + st->end, &n);
        if (t1 + n != q) return 0;
        if (qc == '"') { /* closes a quotation after an odd number in the paragraph */
            for (; st->qpos < t0; st->qpos++) /* counted once: linear */
                st->quotes += t[st->qpos] == '"';
            at = st->quotes % 2 ? q : t1;
        } else if (qc == 0xBB || qc == 0x201D) {
            at = q;
        } else {
            return 0;
        }
    }
    uint32_t c = dec(t + at + (at == t1 && q > t1 ? 1 : 0), t + st->end, &n);
    size_t k = at + (at == t1 && q > t1 ? 1 : 0) + n;
    if (!is_upper(c) || k >= st->end) return 0;
    size_t m;
    uint32_t c2 = dec(t + k, t + st->end, &m);
    if (!is_lower(c2) && !((c2 == '\'' || c2 == 0x2019) && k + m < st->end &&
                           is_letter(dec(t + k + m, t + st->end, &n))))
        return 0;
    if (t[t0] == '.' && t1 == t0 + 1 &&
        (seg_lookup(st->sg, t + st->run, t1 - st->run) & SEG_NONFINAL))
        return 0; /* "Mr.Smith" */
    return in_url(st) ? 0 : at;
}

/* The current space-delimited run holds a character of code, a path, a
 * hashtag or a handle ("mediaType:", "pvpContainer_4", "#BalanceTaFacPour",
 * "/videoInfoEdito/"): no heading is glued there. Cached per run: linear. */
static int in_code(seg_state *st) {
    if (st->code_run == st->ws_run) return st->code;
    const unsigned char *t = st->t;
    int code = 0;
    for (size_t i = st->ws_run, n; i < st->end && !code; i += n) {
        uint32_t c = dec(t + i, t + st->end, &n);
        if (is_space(c)) break;
        code = c < 0x80 && c != 0 && strchr("/_{}=#@<>|\\:;[]", (int)c) != NULL;
    }
    st->code_run = st->ws_run;
    st->code = code;
    return code;
}

/* A lower-case word of data/<lang>/gen-common (Debian's dictionary, base
 * forms), maybe with a plural "s"/"x" and a feminine "e" ("syndicats",
 * "difficiles", "avocate"). */
static int common_word(const precis_segmenter *sg, const unsigned char *s, size_t n) {
    if (precis_wordlist_has(sg->common, (const char *)s, n)) return 1;
    if (n > 4 && (s[n - 1] == 's' || s[n - 1] == 'x')) {
        n--;
        if (precis_wordlist_has(sg->common, (const char *)s, n)) return 1;
    }
    return n > 4 && s[n - 1] == 'e' && precis_wordlist_has(sg->common, (const char *)s, n - 1);
}

/* "sanitaireLa préfecture", "d'eurosYannick Jadot", "des VosgesOn a": a
 * crosshead glued to the paragraph after it with no space nor punctuation,
 * a capital at i after a lower-case letter inside a word. The part before
 * i (its lower-case letters, maybe after one capital) must open its word
 * (after white space, an apostrophe, a hyphen: not "BalanceTaFac|Pour") and
 * have three letters or more (not "iPhone", "eBay", "McDonald", "LeBron");
 * the part after, a whole word, is
 *  - a word of data/<lang>/camel-openers.txt ("La", "Selon", "L'"), or
 *  - a capital and lower-case letters after a word of the dictionary
 *    (gen-common) of four letters or more, lower-case and no stop word
 *    ("septembreFinalement", "semainesRadouane"; not "créé parRyan").
 * A capitalized word glued to a word that is no opener is a brand
 * ("EasyJet", "LinkedIn", "AstraZeneca") and stays whole. Never inside
 * code, paths, hashtags or URLs (in_code, in_url). */
static int camel_join(seg_state *st, size_t i) {
    const unsigned char *t = st->t;
    size_t b = i, lowers = 0, n;
    while (b > st->run && lowers <= SEG_MAX_WORD && is_lower(prev_cp(t, st->run, b))) {
        b = precis_utf8_prev(t, st->run, b);
        lowers++;
    }
    if (lowers == 0 || lowers > SEG_MAX_WORD) return 0;
    int cap = b > st->run && is_upper(prev_cp(t, st->run, b));
    if (cap) b = precis_utf8_prev(t, st->run, b);
    if (lowers + (size_t)cap < 3 || (b > st->run && is_letter(prev_cp(t, st->run, b)))) return 0;
    size_t k = i + 1, letters = 1;
    if (t[i] >= 0x80) dec(t + i, t + st->end, &n), k = i + n;
    while (k < st->end && letters <= SEG_MAX_WORD) {
        uint32_t d = dec(t + k, t + st->end, &n);
        if (!is_lower(d)) break;
        k += n;
        letters++;
    }
    size_t el = 0;
    if (k < st->end && (t[k] == '\'' || dec(t + k, t + st->end, &n) == 0x2019)) {
        size_t a = t[k] == '\'' ? 1 : n;
        if (k + a < st->end && is_letter(dec(t + k + a, t + st->end, &n))) el = a;
    }
    if (!el && k < st->end && is_letter(dec(t + k, t + st->end, &n))) return 0; /* "TaFac" */
    if (letters > SEG_MAX_WORD) return 0;
    /* one letter only before a space: "carréÀ Béziers" */
    int ok = (letters >= 2 || el || (k < st->end && t[k] == ' ')) &&
             (seg_lookup(st->sg, t + i, k - i + el) & SEG_CAMEL);
    if (!ok && !cap && !el && letters >= 2 && lowers >= 4 && st->sg->common &&
        !(seg_lookup(st->sg, t + b, i - b) & SEG_STOP))
        ok = common_word(st->sg, t + b, i - b);
    return ok && !in_code(st) && !in_url(st);
}

/* Counts '"' in the paragraph up to i (once each: linear); whether the
 * quotes so far leave one open. */
static int quote_open(seg_state *st, size_t i) {
    for (; st->qpos < i; st->qpos++)
        st->quotes += st->t[st->qpos] == '"';
    return st->quotes % 2;
}

/* A capital and a lower-case letter at k ("Le", not "LE" nor "L"). */
static int upper_lower(const seg_state *st, size_t k) {
    size_t n, m;
    if (k >= st->end || !is_upper(dec(st->t + k, st->t + st->end, &n)) || k + n >= st->end)
        return 0;
    return is_lower(dec(st->t + k + n, st->t + st->end, &m));
}

/* "in a consultation.11 12 Take", "(type 2).10 This": footnote numbers
 * glued after the period [t0, t0 + 1] of a word of two lower-case letters
 * or more that is no abbreviation (or after a closing bracket), then a
 * space and a capital followed by a lower-case letter. Returns the end of
 * the last number (the footnote stays with its sentence), or 0; *next is
 * where the next sentence starts. */
static size_t footnote(seg_state *st, size_t t0, size_t *next) {
    const unsigned char *t = st->t;
    size_t e = t0 + 1;
    if (t0 < st->run + 2 || e >= st->end || t[e] < '0' || t[e] > '9') return 0;
    uint32_t p = prev_cp(t, st->run, t0);
    if (p != ')') {
        if (!is_lower(p) || !is_lower(prev_cp(t, st->run, precis_utf8_prev(t, st->run, t0))))
            return 0;
        if (t0 + 1 - st->run <= SEG_MAX_WORD &&
            (seg_lookup(st->sg, t + st->run, t0 + 1 - st->run) & (SEG_NONFINAL | SEG_FINAL)))
            return 0;
    }
    for (int groups = 0; groups < 4; groups++) { /* "11 12": numbers of 1-3 digits */
        size_t d = e;
        while (e < st->end && e - d <= 3 && t[e] >= '0' && t[e] <= '9')
            e++;
        if (e - d > 3 || e >= st->end || (t[e] != ' ' && t[e] != ',')) return 0;
        size_t k = e + 1;
        if (t[e] == ',' && k < st->end && t[k] == ' ') k++;
        if (k < st->end && t[k] >= '0' && t[k] <= '9') {
            e = k;
            continue;
        }
        if (t[e] != ' ' || !upper_lower(st, k) || in_url(st)) return 0;
        *next = k;
        return e;
    }
    return 0;
}

/* `décision"Cette`: a quotation closed between a lower-case letter and a
 * capital with no space, in scraped text: the next sentence starts after
 * the quote at i. */
static int glued_quote(seg_state *st, size_t i) {
    if (i <= st->sent || !is_lower(prev_cp(st->t, st->sent, i)) || !upper_lower(st, i + 1))
        return 0;
    return quote_open(st, i) && !in_url(st);
}

/* "... qui est prioritaire ?par franceinfoLa suite": a caption's credit
 * ("par" + a source, data/<lang>/glued-credits.txt) glued to the question
 * before it and to the sentence after it. The credit starts at k; returns
 * where the sentence after it starts (the capital of "La", or a '"'), or 0. */
static size_t glued_credit(const seg_state *st, size_t k) {
    const unsigned char *t = st->t;
    size_t e = k, n;
    while (e < st->end && is_lower(dec(t + e, t + st->end, &n)))
        e += n;
    if (e == k || e + 1 >= st->end || t[e] != ' ' ||
        !(seg_lookup(st->sg, t + k, e - k) & SEG_CREDIT))
        return 0;
    /* the source, a few words ("franceinfo", "BFMTV", "Top Santé"), glued
     * to the sentence: a capital after a lower-case letter or after two
     * capitals or digits, with a lower-case letter or an elision after it */
    size_t j = e + 1, caps = 0;
    while (j < st->end && j - e <= 60) {
        uint32_t c = dec(t + j, t + st->end, &n), p = prev_cp(t, e, j);
        if (c == '"' && !is_space(p) && upper_lower(st, j + 1)) return j;
        if (is_upper(c) && (is_lower(p) || caps >= 2) && j + n < st->end) {
            size_t m;
            uint32_t c2 = dec(t + j + n, t + st->end, &m);
            if (is_lower(c2) || ((c2 == '\'' || c2 == 0x2019) && j + n + m < st->end &&
                                 is_letter(dec(t + j + n + m, t + st->end, &m))))
                return j;
        }
        caps = is_upper(c) || (c >= '0' && c <= '9') ? caps + 1 : 0;
        j += n;
    }
    return 0;
}

/* End of the run of lower-case letters from k; *letters = their number. */
static size_t lower_run(const seg_state *st, size_t k, size_t *letters) {
    size_t n;
    *letters = 0;
    while (k < st->end && is_lower(dec(st->t + k, st->t + st->end, &n)))
        k += n, ++*letters;
    return k;
}

/* "... on the runway Tragic: The man was ...": a caption's label, glued to
 * the text before it, at the capital at i. The label is a capitalized word
 * of lower-case letters and up to two lower-case words ("Grim discovery:"),
 * maybe hyphenated ("Close-up:", "Caught red-faced:"), not ending in a reporting verb ("He said:"),
 * then a colon, a space and a capital; the previous word [ps, pe) is neither a stop word nor a
 * reporting verb ("told Reuters: The"). The shape is checked first: most
 * capitals are not followed by a colon, and need no look-up. */
static int caption_label(const seg_state *st, size_t i, size_t ps, size_t pe, size_t min_words) {
    const unsigned char *t = st->t;
    size_t n, k = i, words = 0, w0 = i, letters;
    dec(t + k, t + st->end, &n); /* the capital */
    k += n;
    for (;;) {
        k = lower_run(st, k, &letters);
        /* "Close-up:", "Caught red-faced:" */
        while (letters > 0 && k + 1 < st->end && t[k] == '-' &&
               is_lower(dec(t + k + 1, t + st->end, &n))) {
            size_t more;
            k = lower_run(st, k + 1, &more);
        }
        if (k >= st->end || (letters == 0 && words > 0)) return 0;
        words++;
        if (t[k] == ':') break;
        if (t[k] != ' ' || words == 3) return 0;
        w0 = ++k;
    }
    if (words < min_words) return 0;
    if (k + 2 >= st->end || t[k + 1] != ' ' || !is_upper(dec(t + k + 2, t + st->end, &n))) return 0;
    if (seg_lookup(st->sg, t + w0, k - w0) & SEG_SPEECH) return 0;
    return pe - ps <= SEG_MAX_WORD &&
           !(seg_lookup(st->sg, t + ps, pe - ps) & (SEG_STOP | SEG_SPEECH));
}

/* A sentence that opens with no period before it, at the word starting at
 * i: a caption or crosshead glued to the text in a scraped page ("... on
 * Friday The club said"). Either the sentence so far is a phrase of
 * data/<lang>/glued-labels.txt ("Scroll down for video") and this word is
 * capitalized, or: the previous word, the sentence's second or later (maybe
 * in brackets: "(left)"), is lower-case letters (or digits only), or
 * capitalized (then the stricter rules below), or the last word of a
 * bracket opened in the sentence, maybe in quotes, ends in a lower-case
 * letter or digit and is not in data/<lang>/glued-not-after.txt ("at",
 * "de"); and either this word is in data/<lang>/glued-starters.txt and
 * is followed by a space and a number, the article "a" before a lower-case
 * word ("... pier In a statement"), or a lower-case word of two letters
 * or more (three, and not a stop word, after a one-letter starter: "...
 * for video A new graph" splits; "from A to B", "vitamin A and iron" do
 * not), or it opens a caption's label (caption_label()). */
static int unpunctuated(const seg_state *st, size_t i) {
    const unsigned char *t = st->t;
    if (st->prev == SIZE_MAX || st->prev < st->sent) return 0;
    /* "Scroll down for video Lindsey Vonn was ...": a listed label */
    if (st->prev_end - st->sent <= SEG_MAX_WORD &&
        (seg_lookup(st->sg, t + st->sent, st->prev_end - st->sent) & SEG_LABEL))
        return 1;
    if (st->prev == st->sent) return 0;
    size_t n, lower = 0, digits = 0, ps = st->prev, pe = st->prev_end;
    int capital = 0;
    /* a bracketed word: "... in the second round (above) The match" */
    if (pe - ps > 2 && t[ps] == '(' && t[pe - 1] == ')') ps++, pe--;
    /* the last word of a caption's bracket: "... (photo posed by a model)
     * The survey", its '(' in this sentence, at most 200 bytes back */
    else if (pe - ps > 1 && t[pe - 1] == ')') {
        size_t j = pe - 1;
        while (j > st->sent && pe - j < 200 && t[j - 1] != '(' && t[j - 1] != ')')
            j--;
        if (j > st->sent && t[j - 1] == '(') pe--;
    }
    /* a closing quote after a lower-case letter: "... was 'too warm' The
     * post" */
    else if (pe - ps > 2) {
        uint32_t q = prev_cp(t, ps, pe);
        if (q == '\'' || q == 0x2019 || q == '"' || q == 0x201D) {
            size_t qs = precis_utf8_prev(t, ps, pe);
            if (is_lower(prev_cp(t, ps, qs))) {
                pe = qs;
                uint32_t o = dec(t + ps, t + pe, &n);
                if (o == '\'' || o == 0x2018 || o == '"' || o == 0x201C) ps += n; /* 'warm' */
            }
        }
    }
    for (size_t j = ps; j < pe; j += n) {
        uint32_t c = dec(t + j, t + pe, &n);
        if (is_lower(c))
            lower++;
        else if (c >= '0' && c <= '9')
            digits++;
        else if (j == ps && is_upper(c))
            capital = 1;
        else if (!((c == '-' || c == '\'' || c == 0x2019) && j > ps && j + n < pe))
            return 0;
    }
    uint32_t last = prev_cp(t, ps, pe);
    if (!(is_lower(last) || (last >= '0' && last <= '9'))) return 0;
    if (lower == 0 && digits != pe - ps) return 0;
    /* A caption often ends on a name: "... in Lyon The former striker",
     * "... Virginia Wrong move: The driver". After a capitalized word only
     * the stricter data/<lang>/glued-after-names.txt opens a sentence, and
     * only a label of two or three words: one word is as often the end of
     * a name as a label ("Frida Kahlo: The Photographs"). */
    if (capital && digits) return 0;
    seg_next w = next_word(t, i, st->end); /* i is at a capital: the word is there */
    size_t j = w.off + w.len;
    if (j >= st->end) return 0;
    /* no caption ends on a word of data/<lang>/glued-not-after.txt: "Radio
     * 4's World at One", "à la Une", "Un homme et Une femme" */
    if (t[j] == ' ' && !(seg_lookup(st->sg, t + ps, pe - ps) & SEG_NOEND) &&
        (seg_lookup(st->sg, t + w.off, w.len) & (capital ? SEG_GLUED_NAME : SEG_GLUED))) {
        if (j + 1 < st->end && t[j + 1] >= '0' && t[j + 1] <= '9') return 1; /* "ago In 2006" */
        size_t letters, k = lower_run(st, j + 1, &letters);
        /* "... on Friday In a statement": the article "a" after a starter
         * of two or more */
        if (letters == 1 && w.chars > 1 && t[j + 1] == 'a' && k + 1 < st->end && t[k] == ' ' &&
            is_lower(dec(t + k + 1, t + st->end, &n)))
            return 1;
        /* "... victim It is thought": two letters are enough after a
         * starter of two or more, never after "A" ("from A to B") */
        if (letters >= 2 && !(k < st->end && is_letter(dec(t + k, t + st->end, &n))) &&
            (w.chars > 1 ||
             (letters >= 3 && !(seg_lookup(st->sg, t + j + 1, k - j - 1) & SEG_STOP))))
            return 1;
        /* "... his eyes shut The Spanish midfielder was": a starter of
         * data/<lang>/glued-after-names.txt (French has none: "rapporte Le
         * Parisien mardi", "le candidat Les Républicains"), a capitalized
         * word and a lower-case word of three letters or more that is no
         * stop word, then a space, after a lower-case word of three letters
         * or more that is neither a stop word nor a reporting verb ("told
         * The Sun", "in The Times"), and only after twelve words of the
         * sentence: a caption is a sentence, a title's lead-in is short
         * ("Horror movie The Grudge cost") */
        if (letters == 0 && !capital && lower >= 3 && upper_lower(st, j + 1) &&
            (seg_lookup(st->sg, t + w.off, w.len) & SEG_GLUED_NAME) &&
            !(seg_lookup(st->sg, t + ps, pe - ps) & (SEG_STOP | SEG_SPEECH))) {
            dec(t + j + 1, t + st->end, &n);
            k = lower_run(st, j + 1 + n, &letters);
            if (k + 1 < st->end && t[k] == ' ') {
                size_t e = lower_run(st, k + 1, &letters);
                size_t words = 0;
                for (size_t b = st->sent; b < i && words < 12; b++)
                    words += t[b] == ' ';
                if (letters >= 3 && e < st->end && t[e] == ' ' && words >= 12 &&
                    !(seg_lookup(st->sg, t + k + 1, e - k - 1) & SEG_STOP))
                    return 1;
            }
        }
    }
    return caption_label(st, i, ps, pe, capital ? 2 : 1);
}

/* The abbreviation [st->run, t0] (period included) is one of
 * data/<lang>/abbreviations-units.txt written after a number ("6 p.m.",
 * "120 B.C."). */
static int after_number(const seg_state *st, size_t t0) {
    const unsigned char *t = st->t;
    if (st->prev == SIZE_MAX || st->prev < st->sent || t0 + 1 - st->run > SEG_MAX_WORD ||
        !(seg_lookup(st->sg, t + st->run, t0 + 1 - st->run) & SEG_UNIT))
        return 0;
    if (!(t[st->prev] >= '0' && t[st->prev] <= '9')) return 0;
    for (size_t j = st->prev; j < st->prev_end; j++)
        if (!((t[j] >= '0' && t[j] <= '9') || t[j] == ':' || t[j] == '.' || t[j] == ',')) return 0;
    return 1;
}

/* The sentence, or its last clause after a colon ("He noted: In 44 B.C.
 * Caesar died"), opens with a word of data/<lang>/time-openers.txt ("At",
 * "In"): the time after it belongs to it. Reads back at most 400 bytes from
 * the unit, and only for a unit after a number: linear. */
static int opened_by_time(const seg_state *st) {
    const unsigned char *t = st->t;
    size_t s = st->sent;
    for (size_t j = st->run; j > st->sent + 1 && st->run - j < 400; j--)
        if (t[j - 1] == ' ' && t[j - 2] == ':') {
            s = j;
            break;
        }
    size_t e = s;
    while (e < st->end && e - s <= SEG_MAX_WORD && is_letter(t[e]))
        e++;
    return e > s && (seg_lookup(st->sg, t + s, e - s) & SEG_OPENER);
}

/* "at 6 p.m. Passengers waited", "from 120 B.C. Romans built": after a time
 * or unit (after_number), a capitalized word that is not in time-words.txt
 * ("6 p.m. Tuesday"), followed by a lower-case word, opens a sentence; so
 * does a title ("at 9 P.M. Gov. Hart then flew": data/<lang>/abbreviations.txt)
 * when the sentence did not open with the time. */
static int after_unit(const seg_state *st, const seg_next *w) {
    const unsigned char *t = st->t;
    size_t e = w->off + w->len, n;
    if (w->kind == NX_UPPER && w->chars >= 2 && e < st->end && t[e] == '.' &&
        (seg_lookup(st->sg, t + w->off, w->len + 1) & SEG_NONFINAL))
        return 1;
    if (w->kind != NX_UPPER || w->chars < 2 || e + 1 >= st->end || t[e] != ' ' ||
        (seg_lookup(st->sg, t + w->off, w->len) & SEG_TIME))
        return 0;
    return is_lower(dec(t + e + 1, t + st->end, &n));
}

/* "... the store. a. here it is b. another": a list marker in lower case
 * at w after an end mark opens a sentence when the next marker of its list
 * follows within 200 bytes. */
static int lower_list(const seg_state *st, const seg_next *w) {
    const unsigned char *t = st->t;
    seg_marker m, m2;
    size_t e = list_marker(t, w->off, st->end, &m);
    if (!e || !m.letter) return 0;
    for (size_t j = e; j < st->end && j - e < 200; j++)
        if (t[j] == ' ' && j + 1 < st->end && list_marker(t, j + 1, st->end, &m2) &&
            next_marker(&m, &m2))
            return 1;
    return 0;
}

/* Decides the candidate of terminators [t0, t1) followed by closers up to q
 * and white space up to nx. */
static int boundary(seg_state *st, size_t t0, size_t t1, size_t q, size_t nx, int dots, int qe) {
    const unsigned char *t = st->t;
    seg_next w = next_word(t, nx, st->end);
    if (w.kind == NX_NONE) return 1;
    if (w.kind == NX_TERM) return 0;
    if (w.kind == NX_LOWER && w.off + 1 < st->end && (t[w.off + 1] == '.' || t[w.off + 1] == ')') &&
        lower_list(st, &w))
        return 1;
    if (qe) return w.kind != NX_LOWER && w.kind != NX_PUNCT;
    if (dots != 1) { /* ellipsis */
        if (t0 > st->run && (t[t0 - 1] == '(' || t[t0 - 1] == '[') && q > t1 &&
            (t[t1] == ')' || t[t1] == ']'))
            return 0; /* omission mark (...) */
        /* "I thought... I would go": "I" is capitalized anywhere */
        return w.kind == NX_UPPER && !(seg_lookup(st->sg, t + w.off, w.len) & SEG_ALWAYS_CAP);
    }
    size_t n;
    /* "It's" is looked up as "It", "L'État" as "L'" */
    int starter = w.kind == NX_UPPER &&
                  ((seg_lookup(st->sg, t + w.off, w.len) & SEG_STARTER) ||
                   (w.elided && (seg_lookup(st->sg, t + w.off, w.len + w.elided) & SEG_STARTER)));
    /* a closer before the period («Il viendra».) makes it an ordinary word */
    int after_closer = t0 > st->run && is_closer(prev_cp(t, st->run, t0));
    int cls = after_closer ? W_PLAIN : word_class(st->sg, t, st->run, t0);
    switch (cls) {
    case W_NONFINAL:
        return 0;
    case W_FINAL: {
        if (q > t1) break; /* "(books, etc.) Amazon": the closer ends it */
        int unit = after_number(st, t0);
        if (unit && opened_by_time(st)) { /* "At 5 a.m. Mr. Hale went" goes on */
            size_t e = w.off + w.len;
            return starter && !(e < st->end && t[e] == '.');
        }
        /* "her Ph.D. Tom was impressed" */
        int degree = !unit && t0 + 1 - st->run <= SEG_MAX_WORD &&
                     (seg_lookup(st->sg, t + st->run, t0 + 1 - st->run) & SEG_DEGREE);
        return starter || ((unit || degree) && after_unit(st, &w));
    }
    case W_INITIAL: {
        if (q > t1) break;
        if (!starter || w.chars < 2 || st->prev == SIZE_MAX ||
            !starts_lower(t, st->prev, st->prev_end))
            return 0;
        /* "l'historien J. Le Goff": a capital after the starter means a name */
        size_t a = skip_space(t, w.off + w.len + w.elided, st->end);
        return a >= st->end || !is_upper(dec(t + a, t + st->end, &n));
    }
    case W_NUMBER:
        if (st->run == st->sent) return 0; /* list marker "1. Le ..." */
        if (st->sg->ordinals) return starter;
        break;
    default:
        break;
    }
    return w.kind != NX_LOWER && w.kind != NX_PUNCT;
}

int precis_segment(const precis_segmenter *sg, const char *text, size_t off, size_t len,
                   size_t para_index, precis_vec *out) {
    static const precis_segmenter none = {0};
    const unsigned char *t = (const unsigned char *)text;
    seg_state st = {.sg = sg ? sg : &none,
                    .marker_end = SIZE_MAX,
                    .qpos = off,
                    .t = t,
                    .end = off + len,
                    .prev = SIZE_MAX,
                    .url_run = SIZE_MAX,
                    .code_run = SIZE_MAX,
                    .para = para_index,
                    .first = out->len,
                    .out = out};
    size_t end = off + len;
    size_t i = skip_space(t, off, end);
    st.sent = st.run = st.ws_run = i;
    int in_word = 0;
    while (i < end) {
        size_t n;
        uint32_t c = t[i] < 0x80 ? (n = 1, t[i]) : dec(t + i, t + end, &n);
        if (is_space(c)) {
            if (in_word) {
                st.prev = st.run;
                st.prev_end = i;
                in_word = 0;
            }
            i += n;
            continue;
        }
        if (!in_word) {
            in_word = 1;
            st.run = st.ws_run = i;
            seg_marker m;
            size_t me;
            /* "1. Check the tyres 2. Fill the tank": the next marker of the
             * list that opened the sentence opens the next one */
            if ((c < 0x80 ? is_alnum(c) || c == '(' : c == 0x2022 || c == 0x2043) &&
                (me = list_marker(t, i, end, &m)) != 0) {
                if (i == st.sent) {
                    st.list = m;
                    st.marker_end = me;
                } else if (st.alnum && st.marker_end != SIZE_MAX && next_marker(&st.list, &m) &&
                           /* "1. FC Brenne spielt in der 2. Bundesliga": ordinals */
                           !(st.sg->ordinals && m.num && m.style == MK_DOT)) {
                    if (emit(&st, i) != 0) return -1;
                    st.sent = i;
                    st.alnum = 0;
                    st.list = m;
                    st.marker_end = me;
                }
            } else if (i == st.sent) {
                st.marker_end = SIZE_MAX;
            }
            if (st.sg->glued_starters && st.alnum && is_upper(c) && unpunctuated(&st, i)) {
                if (emit(&st, i) != 0) return -1;
                st.sent = i;
                st.alnum = 0;
            }
        }
        if (st.sg->camel && st.alnum && i > st.run && is_upper(c) && camel_join(&st, i)) {
            if (emit(&st, i) != 0) return -1; /* "sanitaireLa" */
            st.sent = st.run = i;
            st.alnum = 0;
        }
        if (c < 0x80 ? c != '.' && c != '!' && c != '?' : !is_terminator(c)) {
            if (!st.alnum && is_alnum(c)) st.alnum = 1;
            i += n;
            if (c == '"' && st.alnum && glued_quote(&st, i - 1)) {
                if (emit(&st, i) != 0) return -1;
                st.sent = st.run = i;
                st.alnum = 0;
            }
            continue;
        }
        /* the run of terminators */
        size_t t0 = i;
        int dots = 0, qe = 0;
        while (i < end) {
            c = dec(t + i, t + end, &n);
            if (!is_terminator(c)) break;
            if (c == '.')
                dots++;
            else if (c == 0x2026)
                dots += 3;
            else
                qe = 1;
            i += n;
        }
        size_t t1 = i;
        if (dots == 1 && !qe && t[t0] == '.') {
            /* spaced dots: ". . ." is an ellipsis; "word. . . ." a period
             * and an ellipsis that opens the next sentence */
            size_t j = t1;
            int count = 1;
            while (j + 1 < end && t[j] == ' ' && t[j + 1] == '.' &&
                   (j + 2 >= end || t[j + 2] != '.'))
                count++, j += 2;
            if (count >= 3) {
                if (t0 > st.run && count == 4) {
                    if (st.alnum && next_word(t, j, end).kind == NX_UPPER) {
                        if (emit(&st, t1) != 0) return -1;
                        st.sent = t1 + 1;
                        st.alnum = 0;
                    }
                    i = j;
                    continue;
                }
                dots = count;
                i = t1 = j;
            }
        }
        /* closing quotes and brackets: directly, or after spaces for » ” ) ] */
        while (i < end) {
            c = dec(t + i, t + end, &n);
            if (is_closer(c)) {
                i += n;
                continue;
            }
            size_t j = skip_space(t, i, end);
            if (j == i || j >= end || !is_spaced_closer(dec(t + j, t + end, &n))) break;
            i = j + n;
        }
        /* citation marks stay with the sentence they close: ".[4] It",
         * ". [5][6] Traffic" */
        for (size_t a = skip_space(t, i, end), k; a < end && t[a] == '[';
             a = skip_space(t, i, end)) {
            for (k = a + 1; k < end && k - a <= 3 && t[k] >= '0' && t[k] <= '9';)
                k++;
            if (k == a + 1 || k >= end || t[k] != ']') break;
            i = k + 1;
        }
        size_t q = i;
        if (q == st.marker_end) continue; /* "1. Le", "a.) The": a list marker */
        size_t nx = skip_space(t, q, end);
        if (nx >= end) break; /* the paragraph's end closes the sentence */
        if (nx == q) {        /* glued: no space after */
            size_t cr;
            if (qe && q == t1 && st.alnum && (cr = glued_credit(&st, q)) != 0) {
                if (emit(&st, q) != 0) return -1; /* the question */
                st.sent = q;
                if (emit(&st, cr) != 0) return -1; /* "par franceinfo" */
                st.sent = st.run = i = cr;
                st.alnum = 0;
                continue;
            }
            size_t at = st.alnum ? glued(&st, t0, t1, q) : 0;
            if (at) {
                if (emit(&st, at) != 0) return -1;
                st.sent = st.run = at;
                st.alnum = 0;
            } else if (st.alnum && dots == 1 && !qe && q == t1 && t[t0] == '.' &&
                       (at = footnote(&st, t0, &nx)) != 0) {
                if (emit(&st, at) != 0) return -1; /* "consultation.11 12" */
                st.sent = nx;
                st.alnum = 0;
                i = at;
            }
            continue;
        }
        if (st.alnum && boundary(&st, t0, t1, q, nx, dots, qe)) {
            if (emit(&st, q) != 0) return -1;
            st.sent = nx;
            st.alnum = 0;
        }
    }
    if (!st.alnum && out->len > st.first) { /* "...fin. »" tail joins the last sentence */
        precis_sentence *last = PRECIS_VEC_AT(out, precis_sentence, out->len - 1);
        size_t e = trim_end(t, st.sent, end);
        if (e > st.sent) last->len = e - last->off;
        return 0;
    }
    return emit(&st, end);
}
