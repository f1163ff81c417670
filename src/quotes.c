/*
 * quotes.c - direct quotations and their speakers (see quotes.h).
 *
 * Two passes: the marks of each paragraph are paired into quotations, then
 * each quotation looks at the few tokens around it for a cue. Tokens carry
 * tags (cue, source, agent, pronoun, role, naming) folded once per call.
 */
#include "quotes.h"

#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

/* How far cues are looked for, in tokens. */
#define Q_AFTER 5  /* after the closing mark */
#define Q_BEFORE 4 /* between a verb cue and the opening mark */
#define Q_PHRASE 8 /* longest descriptor */
#define Q_NEXT 10  /* longest "X said." sentence */
#define Q_BACK 5   /* sentences a pronoun looks back for the last speaker */
#define Q_SPEECH 5 /* words of a quotation that is speech without a cue */

enum {
    T_CUE = 1,
    T_SOURCE = 2,
    T_AGENT = 4,
    T_PRON = 8,
    T_ROLE = 16,
    T_NAMING = 32,
};

enum { L_VERBS, L_SOURCES, L_AGENTS, L_PRONOUNS, L_ROLES, L_NAMING, L_COUNT };
static const char *const list_names[L_COUNT] = {"quote_verbs",    "quote_sources", "quote_agents",
                                                "quote_pronouns", "quote_roles",   "quote_naming"};

struct precis_quoter {
    const precis_alloc *alc;
    precis_wordset words; /* folded word -> T_* tags */
};

precis_quoter *precis_quoter_new(const char *lang, const precis_alloc *alc) {
    if (!lang || precis_lang_index(lang, strlen(lang)) < 0) return NULL;
    if (!alc) alc = &precis_default_alloc;
    precis_quoter *q = precis_malloc(alc, sizeof *q);
    if (!q) return NULL;
    q->alc = alc;
    const precis_wordlist *wl[L_COUNT];
    size_t total = 0;
    for (int k = 0; k < L_COUNT; k++) {
        wl[k] = precis_wordlist_get(lang, list_names[k]);
        total += wl[k] ? wl[k]->count : 0;
    }
    if (precis_wordset_init(&q->words, total, alc) != 0) {
        precis_free(alc, q);
        return NULL;
    }
    for (int k = 0; k < L_COUNT; k++)
        for (size_t i = 0; wl[k] && i < wl[k]->count; i++)
            precis_wordset_add(&q->words, wl[k]->words[i], 1u << k);
    return q;
}

void precis_quoter_free(precis_quoter *q) {
    if (!q) return;
    precis_wordset_free(&q->words, q->alc);
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
    return c == 0 || precis_is_space_cp(c) || c == '(' || c == '[' || c == 0x2014 || c == 0x2013;
}

typedef struct span {
    size_t open, open_len, close, close_len; /* the two marks */
    int kind;
} span;

/* Pairs the marks of text[b, e) into spans (appended to out). */
static int pair_marks(const char *text, size_t b, size_t e, precis_vec *out) {
    const unsigned char *s = (const unsigned char *)text;
    int open = -1, depth = 0;
    size_t open_at = 0, open_len = 0;
    uint32_t prev = 0;
    for (size_t i = b; i < e;) {
        uint32_t c;
        size_t n = precis_utf8_next(s + i, e - i, &c);
        uint32_t next = 0;
        if (i + n < e) precis_utf8_next(s + i + n, e - i - n, &next);
        int opens = -1, closes = 0;
        if (open < 0) {
            if (c == 0xAB)
                opens = M_GUILL;
            else if (c == 0x201C)
                opens = M_CURLY;
            else if (c == 0x201E)
                opens = M_LOW;
            else if (c == 0x2018 && next && !precis_is_space_cp(next))
                opens = M_SINGLE;
            else if (c == '"' && !is_alnum_cp(prev) && next && !precis_is_space_cp(next))
                opens = M_ASCII2;
            else if (c == '\'' && opens_after(prev) && is_alnum_cp(next))
                opens = M_ASCII1;
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
            case M_SINGLE:
                closes = c == 0x2019 && !is_alnum_cp(next) && !precis_is_space_cp(prev);
                break;
            case M_ASCII2:
                closes = c == '"';
                break;
            default:
                closes = c == '\'' && !is_alnum_cp(next) && !precis_is_space_cp(prev);
            }
        }
        if (opens >= 0) {
            open = opens;
            open_at = i;
            open_len = n;
            depth = 0;
        } else if (closes) {
            span *sp = precis_vec_push(out);
            if (!sp) return -1;
            *sp = (span){open_at, open_len, i, n, open};
            open = -1;
        }
        prev = c;
        i += n;
    }
    return 0;
}

/* ----------------------------------------------------------------- tokens */

typedef struct q_run {
    const precis_quoter *q;
    const precis_quote_input *in;
    unsigned char *tags; /* T_* per token */
    size_t *sent_of;     /* sentence index per token */
    precis_buf fold;
    /* the last speaker named, for pronouns */
    size_t last_off, last_len, last_sent;
    int have_last;
} q_run;

/* First token starting at or after byte off. */
static size_t tok_from(const q_run *r, size_t off) {
    size_t lo = 0, hi = r->in->n_toks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->in->toks[mid].off < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Whether the bytes between tokens i and i+1 break a clause: any
 * punctuation but an apostrophe, a hyphen or a full stop of an initial. */
static int broken(const q_run *r, size_t i) {
    const precis_token *t = r->in->toks;
    if (i + 1 >= r->in->n_toks) return 1;
    const unsigned char *s = (const unsigned char *)r->in->text;
    for (size_t k = t[i].off + t[i].len; k < t[i + 1].off;) {
        uint32_t c;
        size_t n = precis_utf8_next(s + k, t[i + 1].off - k, &c);
        if (!precis_is_space_cp(c) && c != '-' && c != '\'' && c != 0x2019 && c != '.') return 1;
        if (c == '.' && t[i].len > 2) return 1; /* "M." and "J." stay, a word's period ends */
        k += n;
    }
    return 0;
}

static int name_tok(const q_run *r, size_t i) {
    const precis_token *t = &r->in->toks[i];
    return (t->flags & PRECIS_TOK_CAP) && (t->flags & PRECIS_TOK_WORD) &&
           !(t->flags & (PRECIS_TOK_NUM | PRECIS_TOK_STOP)) && !(r->tags[i] & (T_ROLE | T_CUE));
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
    while (i > 0 && !broken(r, i - 1) && r->sent_of[i - 1] == r->sent_of[i] &&
           (name_tok(r, i - 1) || particle(r, i - 1)))
        i--;
    return i;
}

static size_t run_end(const q_run *r, size_t i) {
    while (i + 1 < r->in->n_toks && !broken(r, i) && r->sent_of[i + 1] == r->sent_of[i] &&
           (name_tok(r, i + 1) || particle(r, i + 1)))
        i++;
    return i;
}

/* ---------------------------------------------------------------- speaker */

typedef struct found {
    int kind;           /* PRECIS_SPEAKER_*, or -1: a pronoun at token `at` */
    size_t first, last; /* tokens */
    size_t at;
} found;

static void set_span(q_run *r, const found *f, precis_quote *out) {
    const precis_token *t = r->in->toks;
    out->speaker_kind = f->kind;
    out->speaker_off = t[f->first].off;
    out->speaker_len = t[f->last].off + t[f->last].len - t[f->first].off;
    if (f->kind == PRECIS_SPEAKER_NAME) {
        r->have_last = 1;
        r->last_off = out->speaker_off;
        r->last_len = out->speaker_len;
        r->last_sent = r->sent_of[f->first];
    }
}

/* Nearest name run or pronoun at or before token k, down to token lo, not
 * across a clause break unless cross. */
static found name_before(const q_run *r, size_t k, size_t lo, int cross) {
    found f = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    int words = 0; /* content words passed: an apposition after auxiliaries
                      only ("Paul Moreau, a déclaré") is still the subject */
    for (size_t j = k + 1; j-- > lo;) {
        if (r->tags[j] & T_PRON) return (found){-1, j, j, j};
        if (name_tok(r, j)) return (found){PRECIS_SPEAKER_NAME, run_start(r, j), j, j};
        words += !(r->in->toks[j].flags & PRECIS_TOK_STOP);
        if (!cross && words && j > lo && broken(r, j - 1)) break;
    }
    return f;
}

/* The phrase after token k (the speaker after a cue): a name in its first
 * words, a pronoun, or the words up to a break as a descriptor. */
static found phrase_after(const q_run *r, size_t k) {
    found f = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    size_t n = r->in->n_toks, s = r->sent_of[k];
    if (k + 1 >= n || broken(r, k) || r->sent_of[k + 1] != s) return f;
    size_t first = k + 1, last = first;
    /* "according to" */
    if ((r->tags[k] & T_SOURCE) && (r->in->toks[first].flags & PRECIS_TOK_STOP) &&
        !broken(r, first) && first + 1 < n) {
        const char *w = r->in->text + r->in->toks[first].off;
        if (r->in->toks[first].len == 2 && (w[0] | 32) == 't' && (w[1] | 32) == 'o')
            first = last = first + 1;
    }
    if (r->tags[first] & T_PRON) return (found){-1, first, first, first};
    while (last + 1 < n && last + 1 - first < Q_PHRASE && !broken(r, last) &&
           r->sent_of[last + 1] == s && !(r->tags[last + 1] & (T_CUE | T_SOURCE)))
        last++;
    for (size_t j = first; j <= last; j++)
        if (name_tok(r, j)) return (found){PRECIS_SPEAKER_NAME, j, run_end(r, j), j};
    while (last > first && (r->in->toks[last].flags & PRECIS_TOK_STOP))
        last--;
    if (r->in->toks[last].flags & PRECIS_TOK_STOP) return f;
    return (found){PRECIS_SPEAKER_DESCRIPTOR, first, last, first};
}

/* The subject of the verb cue at k, within its sentence (from token lo):
 * the nearest name or pronoun in its clause, else the clause as a
 * descriptor. */
static found subject_of(const q_run *r, size_t k, size_t lo) {
    if (k == lo) return (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
    found f = name_before(r, k - 1, lo, 0);
    if (f.kind != PRECIS_SPEAKER_NONE) return f;
    size_t first = k - 1, last = k - 1;
    while (first > lo && !broken(r, first - 1))
        first--;
    while (last > first && (r->in->toks[last].flags & PRECIS_TOK_STOP))
        last--;
    if ((r->in->toks[last].flags & PRECIS_TOK_STOP) || (r->tags[first] & T_SOURCE))
        return (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
    return (found){PRECIS_SPEAKER_DESCRIPTOR, first, last, first};
}

/* The name a pronoun at token p stands for. */
static found resolve(const q_run *r, size_t p) {
    size_t s = r->sent_of[p];
    if (r->have_last && s - r->last_sent <= Q_BACK) {
        size_t i = tok_from(r, r->last_off);
        size_t e = tok_from(r, r->last_off + r->last_len) - 1;
        return (found){PRECIS_SPEAKER_NAME, i, e, i};
    }
    size_t lo = r->in->sents[s >= 2 ? s - 2 : 0].tok_begin;
    if (p == 0) return (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
    found f = name_before(r, p - 1, lo, 1);
    return f.kind == PRECIS_SPEAKER_NAME ? f : (found){PRECIS_SPEAKER_NONE, 0, 0, 0};
}

/* A cue after the quotation: tokens a.. of one sentence, the cue within
 * `reach` tokens. With a verb cue before the quotation (verb_before), only
 * an agent or a source after it counts. */
static int cue_after(const q_run *r, size_t a, size_t reach, int verb_before, found *f) {
    size_t n = r->in->n_toks;
    if (a >= n) return 0;
    size_t s = r->sent_of[a];
    if ((r->tags[a] & T_SOURCE) || (verb_before && (r->tags[a] & T_AGENT))) {
        *f = phrase_after(r, a);
        return 1;
    }
    if (verb_before) return 0;
    for (size_t k = a; k < n && k - a < reach && r->sent_of[k] == s; k++) {
        if (r->tags[k] & T_CUE) {
            if (k == a) {
                *f = phrase_after(r, k); /* "said Ana Ruiz" */
                return 1;
            }
            *f = name_before(r, k - 1, a, 0); /* "Trump said", "he told" */
            if (f->kind != PRECIS_SPEAKER_NONE) return 1;
            size_t last = k - 1; /* "the minister told" */
            while (last > a && (r->in->toks[last].flags & PRECIS_TOK_STOP))
                last--;
            if (r->in->toks[last].flags & PRECIS_TOK_STOP)
                *f = phrase_after(r, k);
            else
                *f = (found){PRECIS_SPEAKER_DESCRIPTOR, a, last, a};
            return 1;
        }
        if (k + 1 < n && broken(r, k)) break;
    }
    return 0;
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

static int tag_tokens(q_run *r) {
    const precis_quote_input *in = r->in;
    for (size_t i = 0; i < in->n_toks; i++) {
        precis_buf_clear(&r->fold);
        if (precis_fold(in->text + in->toks[i].off, in->toks[i].len, &r->fold) != 0) return -1;
        r->tags[i] = (unsigned char)precis_wordset_get(
            &r->q->words, r->fold.data ? r->fold.data : "", r->fold.len);
    }
    for (size_t s = 0; s < in->n_sents; s++)
        for (size_t i = in->sents[s].tok_begin; i < in->sents[s].tok_end && i < in->n_toks; i++)
            r->sent_of[i] = s;
    return 0;
}

static void trim(const char *text, size_t *b, size_t *e) {
    const unsigned char *s = (const unsigned char *)text;
    uint32_t c;
    while (*b < *e) {
        size_t n = precis_utf8_next(s + *b, *e - *b, &c);
        if (!precis_is_space_cp(c)) break;
        *b += n;
    }
    while (*e > *b) {
        size_t p = precis_utf8_prev(s, *b, *e);
        precis_utf8_next(s + p, *e - p, &c);
        if (!precis_is_space_cp(c)) break;
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

/* Decides on one span; appends it to out when it is speech. */
static int consider(q_run *r, const span *sp, precis_vec *out) {
    const precis_quote_input *in = r->in;
    size_t b = sp->open + sp->open_len, e = sp->close;
    trim(in->text, &b, &e);
    if (b >= e) return 0;
    int title_case;
    int words = words_in(r, b, e, &title_case);
    if (words == 0 || ((sp->kind == M_ASCII1 || sp->kind == M_SINGLE) && words < 2)) return 0;
    size_t inside = tok_from(r, b), a = tok_from(r, sp->close + sp->close_len);
    size_t before = inside; /* tokens before the opening mark: [.., before) */
    if (in->n_toks == 0) return 0;
    size_t sb = before > 0 ? r->sent_of[before - 1] : 0;
    size_t lo = before > 0 ? in->sents[sb].tok_begin : 0;
    /* a naming word just before: a title or a nickname */
    for (size_t k = before; k-- > lo && before - k <= 2;)
        if (r->tags[k] & T_NAMING) return 0;
    found f = {PRECIS_SPEAKER_NONE, 0, 0, 0};
    int cue = 0, passive = 0;
    size_t verb = 0;
    for (size_t k = before; k-- > lo && before - k <= Q_BEFORE;) {
        if (r->tags[k] & T_CUE) {
            cue = passive = 1;
            verb = k;
            break;
        }
        if (broken(r, k) && k + 1 < before) break;
    }
    /* 1. after the quotation (its sentence, or the next when it closes its own) */
    int after = a < in->n_toks && a > 0 && r->sent_of[a] == r->sent_of[a - 1];
    int next_short =
        a < in->n_toks && !after &&
        in->sents[r->sent_of[a]].tok_end - in->sents[r->sent_of[a]].tok_begin <= Q_NEXT;
    if ((after || next_short) && cue_after(r, a, after ? Q_AFTER : Q_NEXT, passive, &f)) {
        cue = 1;
    } else if (cue) {
        /* 2. a verb cue just before */
        f = subject_of(r, verb, lo);
    } else {
        /* 2. a source opening the clause: "Selon X, « … »" */
        for (size_t k = before; k-- > lo;) {
            if (r->tags[k] & T_SOURCE) {
                f = phrase_after(r, k);
                cue = 1;
                break;
            }
        }
    }
    /* 3. the previous sentence ends with ':' and holds a cue */
    if (!cue && before > 0 && sb > 0 && in->sents[sb].tok_begin == inside) {
        const precis_sentence *ps = &in->sents[sb - 1];
        const char *end = in->text + ps->off + ps->len;
        if (ps->len && end[-1] == ':')
            for (size_t k = ps->tok_end; k-- > ps->tok_begin;)
                if (r->tags[k] & T_CUE) {
                    f = subject_of(r, k, ps->tok_begin);
                    cue = 1;
                    break;
                }
    }
    if (!cue &&
        (title_case || (words < Q_SPEECH && !(words >= 2 && ends_like_speech(in->text, b, e)))))
        return 0;
    precis_quote *q = precis_vec_push(out);
    if (!q) return -1;
    memset(q, 0, sizeof *q);
    q->off = b;
    q->len = e - b;
    q->mark_off = sp->open;
    q->mark_end = sp->close + sp->close_len;
    if (f.kind == -1) f = resolve(r, f.at);
    if (f.kind != PRECIS_SPEAKER_NONE) set_span(r, &f, q);
    return 0;
}

int precis_quotes_find(const precis_quoter *q, const precis_quote_input *in, precis_vec *out) {
    out->len = 0;
    if (!q || !in) return 0;
    const precis_alloc *alc = q->alc;
    q_run r = {q, in, NULL, NULL, {0}, 0, 0, 0, 0};
    precis_buf_init(&r.fold, alc);
    precis_vec spans;
    precis_vec_init(&spans, sizeof(span), alc);
    r.tags = precis_malloc(alc, in->n_toks + 1);
    r.sent_of = precis_malloc(alc, (in->n_toks + 1) * sizeof *r.sent_of);
    int rc = r.tags && r.sent_of ? 0 : -1;
    if (rc == 0) {
        memset(r.sent_of, 0, (in->n_toks + 1) * sizeof *r.sent_of);
        rc = tag_tokens(&r);
    }
    for (size_t p = 0; rc == 0 && p < in->n_paras; p++)
        rc = pair_marks(in->text, in->paras[p].off, in->paras[p].off + in->paras[p].len, &spans);
    for (size_t i = 0; rc == 0 && i < spans.len; i++)
        rc = consider(&r, PRECIS_VEC_AT(&spans, span, i), out);
    if (rc != 0) out->len = 0;
    precis_vec_free(&spans);
    precis_free(alc, r.tags);
    precis_free(alc, r.sent_of);
    precis_buf_free(&r.fold);
    return rc;
}
