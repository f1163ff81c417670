/*
 * keywords.c - ranked keyphrases (see keywords.h).
 */
#include "keywords.h"

#include "analysis.h"

#include <stdlib.h>
#include <string.h>

/* Up to 3 content words and 2 joiners between each pair. */
#define KW_MAX_WORDS 3
#define KW_MAX_JOIN 2
#define KW_MAX_TOKS (KW_MAX_WORDS + (KW_MAX_WORDS - 1) * KW_MAX_JOIN)
/* Occurrences looked at to vote for the shown form: bounds the quadratic
 * vote on hostile input. */
#define KW_SURFACE_VOTES 64
/* Tokens that the occurrences and candidates are sized for at once. */
#define KW_RESERVE_TOKS 2048

/* A token's role in the candidates (see classify) is decided by these
 * flags and by whether it has two bytes or more: in the table of roles, its
 * index is those flags, and ROLE_LONG (a bit that none of them is) when it
 * has. */
#define ROLE_FLAGS (PRECIS_TOK_WORD | PRECIS_TOK_NUM | PRECIS_TOK_STOP | PRECIS_TOK_NOKW)
#define ROLE_LONG PRECIS_TOK_CAP
#define ROLE_INDEXES 64
_Static_assert((ROLE_FLAGS & ROLE_LONG) == 0 && (ROLE_FLAGS | ROLE_LONG) < ROLE_INDEXES,
               "role indexes");

struct precis_keywords {
    const precis_alloc *alc;
    int modifier_after;                /* adjectives follow the noun (fr, es, it, pt) */
    unsigned char roles[ROLE_INDEXES]; /* the role of each index (role_index) */
};

static int classify(unsigned flags, size_t len);

const precis_word_tag precis_keyword_word_tags[] = {
    {"keyword_joiners", PRECIS_KW_JOINER, PRECIS_KW_JOINER_HEAD}, {NULL, 0, 0}};

precis_keywords *precis_keywords_new(const char *lang, const precis_alloc *alc) {
    if (!lang || precis_lang_index(lang, strlen(lang)) < 0) return NULL;
    if (!alc) alc = &precis_default_alloc;
    precis_keywords *kx = precis_malloc(alc, sizeof *kx);
    if (!kx) return NULL;
    memset(kx, 0, sizeof *kx);
    kx->alc = alc;
    kx->modifier_after =
        !strcmp(lang, "fr") || !strcmp(lang, "es") || !strcmp(lang, "it") || !strcmp(lang, "pt");
    for (unsigned i = 0; i < ROLE_INDEXES; i++)
        kx->roles[i] = (unsigned char)classify(i & ROLE_FLAGS, i & ROLE_LONG ? 2 : 1);
    return kx;
}

void precis_keywords_free(precis_keywords *kx) {
    if (!kx) return;
    precis_free(kx->alc, kx);
}

/* ------------------------------------------------------------ candidates */

/* Candidates and occurrences are counted in 32 bits (an article of over
 * KW_MAX_COUNT tokens is refused as out of memory would be): kept small,
 * they stay in the caches. */
#define KW_NONE UINT32_MAX
#define KW_MAX_COUNT ((UINT32_MAX - 1) / 3) /* at most 3 occurrences open at a token */

typedef struct cand {
    uint32_t key[KW_MAX_TOKS]; /* term ids, joiners included */
    uint32_t hash;
    uint8_t n, words;
    uint32_t count;               /* occurrences */
    uint32_t bound;               /* occurrences right after (fr) or before (en) a content word */
    uint32_t first_occ, last_occ; /* chain of its occurrences */
    double wpos;                  /* position-weighted occurrences */
    double score;
} cand;

/* An occurrence: its first token, in the body's tokens, or in the title's
 * for the occurrences from kw_run.title_occ on (the title is scanned
 * last); its span is that of the candidate's n tokens from there. */
typedef struct occ {
    uint32_t tok;
    uint32_t next; /* next occurrence of the same candidate, KW_NONE: none */
} occ;

typedef struct kw_run {
    const precis_keywords *kx;
    const precis_kw_input *in;
    precis_vec cands; /* cand */
    precis_vec occs;  /* occ */
    /* the candidates of several words: uint32_t cand index + 1, open
     * addressing; those of one word are found by term in `single` */
    precis_vec table;
    uint32_t *single;    /* per term id: its one-word candidate's index + 1, 0: none */
    unsigned char *role; /* per token class, see classify */
    uint32_t *word_at;   /* scan's content words, their positions */
    size_t n_multi;      /* candidates in table */
    size_t title_occ;    /* the first occurrence in the title (occs.len until then) */
} kw_run;

enum { R_NONE, R_WORD, R_STOP };

/* R_WORD for a content word, R_STOP for a stop word, else R_NONE, for a
 * token of these flags and length in bytes; asked once for each index of
 * the table of roles (a token's role is read there: one load, where these
 * tests cost more than the rest of the pass). */
static int classify(unsigned flags, size_t len) {
    _Static_assert(R_NONE == 0 && R_WORD == 1 && R_STOP == 2, "roles as numbers");
    unsigned word = ((flags & PRECIS_TOK_WORD) != 0) & ((flags & PRECIS_TOK_NUM) == 0);
    unsigned stop = (flags & PRECIS_TOK_STOP) != 0;
    unsigned content = (len >= 2) & ((flags & PRECIS_TOK_NOKW) == 0);
    return (int)(word * (2 * stop + (content & !stop)));
}

/* A token's index in the table of roles. */
static inline unsigned role_index(const precis_token *t) {
    return (t->flags & ROLE_FLAGS) | (t->len >= 2 ? ROLE_LONG : 0);
}

static inline int tight(const char *text, size_t from, size_t to);

/* Length of the joiner sequence at t[0..n) (stop words, tight), 0 if none:
 * the longest in data/<lang>/keyword-joiners.txt. A word's classes tell
 * whether it is one and whether it opens one of two words; those two are
 * then folded on the stack. */
static int joiner(const kw_run *r, const char *text, const precis_token *t,
                  const unsigned char *role, size_t n) {
    _Static_assert(KW_MAX_JOIN == 2, "a joiner is one word or two");
    if (n == 0 || role[0] != R_STOP) return 0;
    uint32_t c = precis_lexicon_classes(r->in->lex, t[0].classes)->keyword;
    int best = (c & PRECIS_KW_JOINER) ? 1 : 0;
    if (!(c & PRECIS_KW_JOINER_HEAD) || n < 2 || role[1] != R_STOP ||
        !tight(text, t[0].off + t[0].len, t[1].off))
        return best;
    char key[64];
    size_t len = precis_fold_to(text + t[0].off, t[0].len, key, sizeof key);
    if (len == 0 || len + 1 >= sizeof key) return best;
    key[len++] = ' ';
    size_t w = precis_fold_to(text + t[1].off, t[1].len, key + len, sizeof key - len);
    if (w && (precis_lexicon_classes(r->in->lex, precis_lexicon_find(r->in->lex, key, len + w))
                  ->keyword &
              PRECIS_KW_JOINER))
        best = 2;
    return best;
}

/* Whether the bytes between two tokens keep them in one phrase: nothing
 * (an elision), spaces, or one hyphen. */
static inline int tight(const char *text, size_t from, size_t to) {
    if (to - from > 3) return 0;
    /* one byte, most gaps (a space): answered before the loop */
    if (to - from == 1) return text[from] == ' ' || text[from] == '-';
    int hyphen = 0;
    for (size_t i = from; i < to; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ') continue;
        if (c == '-' && !hyphen) {
            hyphen = 1;
            continue;
        }
        if (c == 0xC2 && i + 1 < to && (unsigned char)text[i + 1] == 0xA0) { /* NBSP */
            i++;
            continue;
        }
        return 0;
    }
    return 1;
}

/* Whether a and b are two parts of one hyphenated word: "Jean-Michel". */
static inline int hyphened(const char *text, const precis_token *a, const precis_token *b) {
    return b->off == a->off + a->len + 1 && text[a->off + a->len] == '-';
}

/* A word-at-a-time mix of the term ids: hashing their bytes one by one
 * cost more than the rest of counting an occurrence. Term by term from
 * KEY_SEED, so that a phrase's hash goes on from that of its first words
 * (scan extends a candidate one word at a time); the length is compared
 * with the key. */
#define KEY_SEED 0x9E3779B9u
static uint32_t key_mix(uint32_t h, uint32_t term) {
    h = (h ^ term) * 0x85EBCA6Bu;
    return h ^ (h >> 15);
}

/* Sizes the table of the candidates of several words for at least `want`
 * of them (at most half full), moving those there are. */
static int table_grow(kw_run *r, size_t want) {
    size_t cap = r->table.len ? r->table.len * 2 : 256;
    while (cap < 2 * want)
        cap *= 2;
    precis_vec_free(&r->table);
    precis_vec_init(&r->table, sizeof(uint32_t), r->kx->alc);
    if (precis_vec_reserve(&r->table, cap) != 0) return -1;
    r->table.len = cap;
    uint32_t *slots = r->table.data;
    memset(slots, 0, cap * sizeof *slots);
    const cand *c = r->cands.data;
    for (size_t i = 0; i < r->cands.len; i++) {
        if (c[i].n == 1) continue; /* in r->single */
        size_t j = c[i].hash & (cap - 1);
        while (slots[j])
            j = (j + 1) & (cap - 1);
        slots[j] = (uint32_t)i + 1;
    }
    return 0;
}

/* Content words that scan makes room for at once: the room is made for
 * the most they can add, not for a whole sentence (a sentence of a
 * million words would reserve three candidates a word). */
#define KW_ROOM_WORDS 64

/* Room for the occurrences and candidates of `words` content words (each
 * opens at most KW_MAX_WORDS of them, all but one of several words), so
 * that add_occ need not test for it each time. */
static inline int make_room(kw_run *r, size_t words) {
    size_t most = KW_MAX_WORDS * words, multi = r->n_multi + (KW_MAX_WORDS - 1) * words;
    if ((r->occs.len + most > r->occs.cap &&
         precis_vec_reserve(&r->occs, r->occs.len + most) != 0) ||
        (r->cands.len + most > r->cands.cap &&
         precis_vec_reserve(&r->cands, r->cands.len + most) != 0))
        return -1;
    return 2 * multi > r->table.len ? table_grow(r, multi) : 0;
}

/* Whether the candidate x is that of the n tokens toks. */
static int same_key(const cand *x, const precis_token *toks, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (x->key[i] != toks[i].term) return 0;
    return 1;
}

/* Records one occurrence of the candidate of the n tokens toks, from token
 * at of the body (title: of the title), words content words, h the key_mix
 * of its terms from KEY_SEED, weight w. The key is read from the tokens,
 * not copied first: most occurrences are of a known candidate. Returns the
 * candidate. Inline: a call an occurrence cost a fifth of counting it. */
static inline cand *add_occ(kw_run *r, const precis_token *toks, uint32_t at, size_t n,
                            size_t words, uint32_t h, double w) {
    uint32_t *slot; /* the candidate's index + 1 in single or table, 0: new */
    if (n == 1) {
        slot = &r->single[toks[0].term];
    } else {
        size_t mask = r->table.len - 1, j;
        uint32_t *slots = r->table.data;
        for (j = h & mask; slots[j]; j = (j + 1) & mask) {
            const cand *x = PRECIS_VEC_AT(&r->cands, cand, slots[j] - 1);
            if (x->hash == h && x->n == n && same_key(x, toks, n)) break;
        }
        slot = &slots[j];
    }
    uint32_t occ_i = (uint32_t)r->occs.len;
    /* new last items, not zeroed: every field is set here (a memset call
     * per occurrence cost more than filling it); scan made room for every
     * item the next content words can add (make_room), so no test here */
    occ *o = (occ *)r->occs.data + r->occs.len++;
    o->tok = at;
    o->next = KW_NONE;
    cand *c;
    if (!*slot) {
        c = (cand *)r->cands.data + r->cands.len++;
        *slot = (uint32_t)r->cands.len;
        r->n_multi += n > 1;
        /* each field set once: no zeroing of the whole record first (the
         * score is set when ranking) */
        for (size_t i = 0; i < n; i++)
            c->key[i] = toks[i].term;
        c->hash = h;
        c->n = (uint8_t)n;
        c->words = (uint8_t)words;
        c->count = c->bound = 0;
        c->wpos = 0;
        c->first_occ = occ_i;
    } else {
        c = PRECIS_VEC_AT(&r->cands, cand, *slot - 1);
        PRECIS_VEC_AT(&r->occs, occ, c->last_occ)->next = occ_i;
    }
    c->last_occ = occ_i;
    c->count++;
    c->wpos += w;
    return c;
}

/* Weight of an occurrence in body sentence s (title: s = SIZE_MAX). */
static double pos_weight(size_t s) {
    if (s == SIZE_MAX) return 3.0;
    return 1.0 + 2.0 / (1.0 + (double)s);
}

/* Candidates of the tokens t[0..n) of one sentence or the title, t[0]
 * being token at of the body's tokens or the title's. */
static int scan(kw_run *r, const char *text, const precis_token *t, size_t at, size_t n, int title,
                size_t sent) {
    if (n == 0) return 0;
    /* role[-1] and role[n] are R_NONE: the neighbours' tests need no
     * bounds */
    unsigned char *role = r->role + 1;
    /* the content words' positions, listed without a branch: the loop
     * below visits them only (whether a token is one is too random to
     * predict) */
    uint32_t *word_at = r->word_at;
    size_t n_words = 0;
    const unsigned char *roles = r->kx->roles; /* read once: role's stores may alias kx */
    for (size_t i = 0; i < n; i++) {
        int ro = roles[role_index(&t[i])];
        role[i] = (unsigned char)ro;
        word_at[n_words] = (uint32_t)i;
        n_words += ro == R_WORD;
    }
    role[n] = R_NONE;
    double w = pos_weight(title ? SIZE_MAX : sent);
    /* the role of the word a modifier is bound to: before it (fr, es, it,
     * pt) or after it */
    int after = r->kx->modifier_after;
    const unsigned char *neighbour = role + (after ? -1 : 1);
    for (size_t x = 0; x < n_words; x++) {
        if (x % KW_ROOM_WORDS == 0 &&
            make_room(r, n_words - x < KW_ROOM_WORDS ? n_words - x : KW_ROOM_WORDS) != 0)
            return -1;
        size_t i = word_at[x];
        /* a piece of a hyphenated compound opens no phrase ("Michel" of
         * "Jean-Michel", "Vilaine" of "Ille-et-Vilaine") */
        if (i > 0 && hyphened(text, &t[i - 1], &t[i])) continue;
        size_t end = i, words = 1;
        uint32_t h = key_mix(KEY_SEED, t[i].term);
        int lone = !(i + 1 < n && hyphened(text, &t[i], &t[i + 1]));
        if (lone) {
            cand *c = add_occ(r, t + i, (uint32_t)(at + i), 1, 1, h, w);
            size_t lo = after ? i - 1 : i; /* the word and its neighbour: lo, lo + 1 */
            if (neighbour[i] == R_WORD && tight(text, t[lo].off + t[lo].len, t[lo + 1].off))
                c->bound++;
        }
        while (words < KW_MAX_WORDS) {
            size_t j = end + 1; /* at most n: role[n] is R_NONE */
            if (role[j] == R_STOP) {
                if (!tight(text, t[end].off + t[end].len, t[j].off)) break;
                int k = joiner(r, text, t + j, role + j, n - j);
                /* a capitalized particle inside a name: "Marine Le Pen" */
                if (k == 0 && (t[end].flags & PRECIS_TOK_CAP) && (t[j].flags & PRECIS_TOK_CAP) &&
                    !(t[j].flags & PRECIS_TOK_FIRST) && role[j + 1] == R_WORD &&
                    (t[j + 1].flags & PRECIS_TOK_CAP))
                    k = 1;
                if (k == 0) break;
                j += (size_t)k;
            }
            if (role[j] != R_WORD || !tight(text, t[j - 1].off + t[j - 1].len, t[j].off)) break;
            for (size_t k = end + 1; k <= j; k++)
                h = key_mix(h, t[k].term);
            end = j;
            words++;
            if (!(end + 1 < n && hyphened(text, &t[end], &t[end + 1])))
                add_occ(r, t + i, (uint32_t)(at + i), end - i + 1, words, h, w);
        }
    }
    return 0;
}

/* --------------------------------------------------------------- scoring */

/* A candidate in the heap of the ranking, as two integers compared without
 * branches (the comparisons of a heap are too random to predict): its
 * score's bits (a score is never negative, so its bits order as it does),
 * then the complement of its first occurrence (earlier first), then its
 * index. 16 bytes a candidate in one array, not pointers into the
 * candidates. */
typedef struct rank {
    uint64_t score; /* the bits of the double */
    uint64_t low;   /* ~first_occ << 32 | candidate index */
} rank;

/* The rank of candidate i of cs. */
static inline rank rank_of(const struct cand *cs, size_t i) {
    rank x;
    memcpy(&x.score, &cs[i].score, sizeof x.score);
    x.low = (uint64_t)(UINT32_MAX - cs[i].first_occ) << 32 | (uint32_t)i;
    return x;
}

/* Whether x ranks before y: higher score, then earlier first occurrence (a
 * total order: no two candidates share their first occurrence). */
static inline int before(const rank *x, const rank *y) {
    return (x->score > y->score) | ((x->score == y->score) & (x->low > y->low));
}

/* Restores the heap order (best at h[0]) below slot i of h[0..n). */
static void sift_down(rank *h, size_t n, size_t i) {
    rank t = h[i];
    for (;;) {
        size_t l = 2 * i + 1;
        if (l >= n) break;
        size_t best = l + (size_t)(l + 1 < n && before(&h[l + 1], &h[l]));
        if (!before(&h[best], &t)) break;
        h[i] = h[best];
        i = best;
    }
    h[i] = t;
}

/* Scores: the phrase's position-weighted occurrences, times sqrt(words) so
 * that a recurring phrase beats its own words ("Thierry Roland" over
 * "Thierry"); a phrase of several words seen once, and a lone word mostly
 * bound as a modifier ("afghane" in "police afghane"), count half. */
static double score_of(const cand *c) {
    /* sqrt(words) for 1 to KW_MAX_WORDS words, correctly rounded as sqrt
     * is: a table, not a call a candidate */
    _Static_assert(KW_MAX_WORDS == 3, "the roots of 1 to 3");
    static const double root[KW_MAX_WORDS + 1] = {0.0, 1.0, 0x1.6a09e667f3bcdp+0,
                                                  0x1.bb67ae8584caap+0};
    static const double half[2] = {1.0, 0.5}; /* by index, not a branch */
    double score = c->wpos * root[c->words];
    /* the two halvings exclude each other (several words, one) */
    score *=
        half[((c->words > 1) & (c->count == 1)) | ((c->words == 1) & (2 * c->bound >= c->count))];
    return score;
}

/* Whether the content terms of small all occur, in order, inside big. */
static int inside(const cand *small, const cand *big) {
    if (small->n > big->n) return 0;
    for (size_t s = 0; s + small->n <= big->n; s++)
        if (!memcmp(big->key + s, small->key, small->n * sizeof *small->key)) return 1;
    return 0;
}

/* An occurrence's span and where it is. */
typedef struct span {
    const char *s; /* its bytes */
    size_t off, len;
    int title, opens;
} span;

static span occ_span(const kw_run *r, const cand *c, size_t i) {
    const occ *o = PRECIS_VEC_AT(&r->occs, occ, i);
    int title = i >= r->title_occ;
    const precis_token *t = (title ? r->in->title_toks : r->in->toks) + o->tok;
    span sp;
    sp.off = t[0].off;
    sp.len = t[c->n - 1].off + t[c->n - 1].len - t[0].off;
    sp.s = (title ? r->in->title_text : r->in->text) + sp.off;
    sp.title = title;
    sp.opens = (t[0].flags & PRECIS_TOK_FIRST) != 0;
    return sp;
}

/* The most frequent surface form of c; sentence openers count less. */
static span shown_form(const kw_run *r, const cand *c) {
    const occ *o = r->occs.data;
    span f[KW_SURFACE_VOTES];
    size_t nf = 0;
    for (size_t i = c->first_occ; i != KW_NONE && nf < KW_SURFACE_VOTES; i = o[i].next)
        f[nf++] = occ_span(r, c, i);
    /* an occurrence's votes are those of every occurrence of its bytes:
     * each is compared with the first occurrence of each form found before
     * it (most candidates have one or two forms), not with every other;
     * the sums (of quarters) are exact in any order */
    double v_of[KW_SURFACE_VOTES], sum[KW_SURFACE_VOTES];
    size_t first[KW_SURFACE_VOTES], form[KW_SURFACE_VOTES], nforms = 0;
    for (size_t i = 0; i < nf; i++) {
        size_t g = 0;
        while (g < nforms &&
               (f[first[g]].len != f[i].len || memcmp(f[first[g]].s, f[i].s, f[i].len)))
            g++;
        if (g == nforms) {
            first[nforms] = i;
            sum[nforms++] = 0;
        }
        form[i] = g;
        sum[g] += f[i].opens || f[i].title ? 0.25 : 1.0;
    }
    for (size_t i = 0; i < nf; i++)
        v_of[i] = sum[form[i]];
    size_t best = 0;
    double best_v = -1;
    for (size_t i = 0; i < nf; i++) {
        double v = v_of[i];
        /* a body occurrence wins ties, so the span is in the text */
        if (v > best_v || (v == best_v && f[best].title && !f[i].title)) {
            best = i;
            best_v = v;
        }
    }
    return f[best];
}

int precis_keywords_extract(const precis_keywords *kx, const precis_kw_input *in, size_t max,
                            precis_vec *out) {
    out->len = 0;
    if (!kx || !in || max == 0) return 0;
    const precis_alloc *alc = kx->alc;
    kw_run r = {kx, in, {0}, {0}, {0}, NULL, NULL, NULL, 0, SIZE_MAX};
    precis_vec_init(&r.cands, sizeof(cand), alc);
    precis_vec_init(&r.occs, sizeof(occ), alc);
    precis_vec_init(&r.table, sizeof(uint32_t), alc);
    size_t longest = in->n_title_toks, toks = in->n_title_toks;
    size_t terms = in->n_terms; /* above every term id */
    for (size_t i = 0; !in->n_terms && i < in->n_title_toks; i++)
        if (in->title_toks[i].term >= terms) terms = (size_t)in->title_toks[i].term + 1;
    for (size_t i = 0; i < in->n_sents; i++) {
        size_t n = in->sents[i].tok_end - in->sents[i].tok_begin;
        if (n > longest) longest = n;
        toks += n;
        for (size_t k = in->sents[i].tok_begin; !in->n_terms && k < in->sents[i].tok_end; k++)
            if (in->toks[k].term >= terms) terms = (size_t)in->toks[k].term + 1;
    }
    r.role = precis_malloc(alc, longest + 2);
    if (r.role) r.role[0] = R_NONE; /* role[-1] of scan */
    r.word_at = precis_malloc(alc, (longest + 1) * sizeof *r.word_at);
    r.single = precis_malloc(alc, (terms + 1) * sizeof *r.single);
    if (r.single) memset(r.single, 0, (terms + 1) * sizeof *r.single);
    rank *order = NULL;
    const cand **chosen = NULL;
    /* sized once for an article, about two occurrences and one candidate a
     * token (growing them cost more than counting them); a longer text
     * grows them as it needs */
    size_t est = toks < KW_RESERVE_TOKS ? toks : KW_RESERVE_TOKS;
    size_t last_tok = in->n_sents ? in->sents[in->n_sents - 1].tok_end : 0;
    int rc = r.role && r.word_at && r.single && last_tok <= KW_MAX_COUNT &&
                     in->n_title_toks <= KW_MAX_COUNT && toks <= KW_MAX_COUNT &&
                     in->n_sents < KW_NONE && precis_vec_reserve(&r.occs, 2 * est + 1) == 0 &&
                     precis_vec_reserve(&r.cands, est + 1) == 0 && table_grow(&r, est / 2 + 1) == 0
                 ? 0
                 : -1;
    for (size_t i = 0; rc == 0 && i < in->n_sents; i++) {
        const precis_sentence *s = &in->sents[i];
        if (s->tok_end == s->tok_begin) continue; /* toks may be NULL */
        rc = scan(&r, in->text, in->toks + s->tok_begin, s->tok_begin, s->tok_end - s->tok_begin, 0,
                  i);
    }
    r.title_occ = r.occs.len;
    if (rc == 0 && in->title_text)
        rc = scan(&r, in->title_text, in->title_toks, 0, in->n_title_toks, 1, 0);
    size_t nc = r.cands.len;
    if (rc == 0 && nc) {
        order = precis_malloc(alc, nc * sizeof *order);
        chosen = precis_malloc(alc, (max < nc ? max : nc) * sizeof *chosen);
        if (!order || !chosen) rc = -1;
    }
    if (rc == 0 && nc) {
        /* Candidates come off a heap best first: only the few that are
         * looked at get ordered. */
        cand *cs = r.cands.data;
        /* The heap first holds the candidates scored at least a quarter
         * of the best score; the others rank below them all, and are put
         * in order and heaped only if the first run out before enough
         * phrases are chosen (heaping all of them cost more than the rest
         * of the ranking). */
        double most = 0;
        for (size_t i = 0; i < nc; i++) {
            cs[i].score = score_of(&cs[i]);
            most = cs[i].score > most ? cs[i].score : most;
        }
        _Static_assert(sizeof(double) == sizeof(uint64_t), "a score's bits");
        double quarter = most / 4;
        uint64_t floor;
        memcpy(&floor, &quarter, sizeof floor);
        size_t heap = 0; /* the heap in order[0, heap) */
        for (size_t i = 0; i < nc; i++) {
            /* written at the heap's end, kept there only if up to the
             * floor: no branch (too random to predict) */
            order[heap] = rank_of(cs, i);
            heap += order[heap].score >= floor;
        }
        size_t n_chosen = 0, waiting = nc - heap; /* below the floor */
        for (size_t i = heap / 2; i-- > 0;)
            sift_down(order, heap, i);
        double top = cs[(uint32_t)order[0].low].score > 0 ? cs[(uint32_t)order[0].low].score : 1;
        while (out->len < max && rc == 0) {
            if (!heap) {
                if (!waiting) break;
                for (size_t i = 0; i < nc; i++) {
                    rank x = rank_of(cs, i);
                    if (x.score < floor) order[heap++] = x;
                }
                waiting = 0;
                for (size_t i = heap / 2; i-- > 0;)
                    sift_down(order, heap, i);
            }
            const cand *c = &cs[(uint32_t)order[0].low];
            order[0] = order[--heap];
            sift_down(order, heap, 0);
            if (c->score <= 0) break;
            int covered = 0;
            for (size_t j = 0; j < n_chosen && !covered; j++)
                covered = chosen[j]->count >= c->count && inside(c, chosen[j]);
            if (covered) continue;
            chosen[n_chosen++] = c;
            precis_keyword *k = precis_vec_push(out);
            if (!k) {
                rc = -1;
                break;
            }
            span f = shown_form(&r, c);
            k->off = f.off;
            k->len = f.len;
            k->in_title = f.title;
            k->score = c->score / top;
            k->count = c->count;
            k->words = c->words;
        }
    }
    if (rc != 0) out->len = 0;
    precis_free(alc, order);
    precis_free(alc, chosen);
    precis_free(alc, r.role);
    precis_free(alc, r.word_at);
    precis_free(alc, r.single);
    precis_vec_free(&r.cands);
    precis_vec_free(&r.occs);
    precis_vec_free(&r.table);
    return rc;
}

void precis_keywords_input(const precis_analysis *a, precis_kw_input *in) {
    const precis_token *toks = a->tokens.data;
    in->text = a->text.text.data ? a->text.text.data : "";
    in->sents = a->sents.data;
    in->n_sents = a->considered;
    in->toks = toks;
    in->lex = a->lex;
    in->title_text = a->title.len ? a->title.data : NULL;
    in->title_toks = toks ? toks + a->title_tok : NULL;
    in->n_title_toks = a->tokens.len - a->title_tok;
    in->n_terms = a->term_off.len;
}
