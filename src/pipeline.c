/*
 * pipeline.c - the one place an article is analysed (analysis.h):
 * title and paragraphs -> language -> sentences -> tokens and stems ->
 * scores -> key points (selection, compression). Computes; never formats.
 */
#include "analysis.h"
#include "engine.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ analysis */

void precis_analysis_init(precis_analysis *a, const precis_alloc *alc) {
    memset(a, 0, sizeof *a);
    a->alc = alc;
    precis_text_init(&a->text, alc);
    precis_buf_init(&a->title, alc);
    precis_vec_init(&a->paras, sizeof(precis_paragraph), alc);
    precis_vec_init(&a->code, sizeof(precis_code_span), alc);
    precis_vec_init(&a->sents, sizeof(precis_sentence), alc);
    precis_vec_init(&a->tokens, sizeof(precis_token), alc);
    precis_vec_init(&a->term_off, sizeof(size_t), alc);
    precis_buf_init(&a->stems, alc);
    precis_buf_init(&a->folded, alc);
    precis_vec_init(&a->scores, sizeof(double), alc);
    precis_vec_init(&a->picks, sizeof(precis_pick), alc);
    precis_vec_init(&a->pieces, sizeof(precis_piece), alc);
    precis_buf_init(&a->warn_text, alc);
    precis_vec_init(&a->warnings, sizeof(size_t), alc);
    precis_vec_init(&a->sections, sizeof(precis_sect), alc);
    precis_vec_init(&a->heading_pieces, sizeof(precis_piece), alc);
    precis_vec_init(&a->keywords, sizeof(precis_keyword), alc);
    precis_vec_init(&a->quotes, sizeof(precis_quote), alc);
    precis_vec_init(&a->entities, sizeof(precis_entity), alc);
    precis_vec_init(&a->mentions, sizeof(precis_entity_mention), alc);
    a->title_at = SIZE_MAX;
}

void precis_analysis_free(precis_analysis *a) {
    precis_text_free(&a->text);
    precis_buf *bufs[] = {&a->title, &a->stems, &a->folded, &a->warn_text};
    for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++)
        precis_buf_free(bufs[i]);
    precis_vec *vecs[] = {&a->paras,          &a->code,     &a->sents,  &a->tokens,   &a->term_off,
                          &a->scores,         &a->picks,    &a->pieces, &a->warnings, &a->sections,
                          &a->heading_pieces, &a->keywords, &a->quotes, &a->entities, &a->mentions};
    for (size_t i = 0; i < sizeof vecs / sizeof vecs[0]; i++)
        precis_vec_free(vecs[i]);
}

int precis_analysis_warn(precis_analysis *a, const char *msg) {
    size_t *at = precis_vec_push(&a->warnings);
    if (!at) return -1;
    *at = a->warn_text.len;
    return precis_buf_puts(&a->warn_text, msg) != 0 || precis_buf_putc(&a->warn_text, 0) != 0 ? -1
                                                                                              : 0;
}

/* Moves a workspace vector's items into an empty analysis vector: its
 * buffer changes hands when both use one allocator (the workspace grows a
 * new one on its next article; no copy, so the tokens of a large article are
 * not held twice), else they are copied. */
static int vec_move(precis_vec *to, precis_vec *from) {
    if (to->cap == 0 && to->alc == from->alc && to->item == from->item) {
        precis_vec t = *to;
        *to = *from;
        *from = t;
        return 0;
    }
    if (precis_vec_reserve(to, from->len) != 0) return -1;
    if (from->len) memcpy(to->data, from->data, from->len * from->item);
    to->len = from->len;
    return 0;
}

static int buf_move(precis_buf *to, precis_buf *from) {
    if (to->cap == 0 && to->alc == from->alc && !from->oom) {
        precis_buf t = *to;
        *to = *from;
        *from = t;
        return 0;
    }
    return from->len ? precis_buf_append(to, from->data, from->len) : 0;
}

/* --------------------------------------------------------- vocabulary */

/* Clears the vocabulary and sizes its table for up to `expect` terms. */
static int vocab_reset(precis_workspace *ws, size_t expect) {
    size_t cap = 64;
    while (cap < expect * 2)
        cap *= 2;
    if (precis_vec_reserve(&ws->slots, cap) != 0) return -1;
    ws->slots.len = cap;
    memset(ws->slots.data, 0, cap * sizeof(uint64_t));
    ws->term_str.len = 0;
    precis_buf_clear(&ws->stems);
    return 0;
}

/* Id of term (s, n), added if new; UINT32_MAX on OOM. */
static uint32_t vocab_id(precis_workspace *ws, const char *s, size_t n) {
    uint32_t h = precis_fnv1a(s, n);
    uint64_t *slots = ws->slots.data;
    size_t mask = ws->slots.len - 1;
    const size_t *offs = ws->term_str.data;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint64_t v = slots[i];
        if (!v) {
            uint32_t id = (uint32_t)ws->term_str.len;
            size_t *off = precis_vec_push(&ws->term_str);
            if (!off) return UINT32_MAX;
            *off = ws->stems.len;
            if (precis_buf_append(&ws->stems, s, n) != 0 || precis_buf_putc(&ws->stems, 0) != 0)
                return UINT32_MAX;
            slots[i] = ((uint64_t)h << 32) | ((uint64_t)id + 1);
            return id;
        }
        if ((uint32_t)(v >> 32) == h) {
            uint32_t id = (uint32_t)(v & 0xffffffffu) - 1;
            const char *t = ws->stems.data + offs[id];
            if (strncmp(t, s, n) == 0 && t[n] == 0) return id;
        }
    }
}

/* ---------------------------------------------------------- tokenizing */

typedef struct tok_ctx {
    precis_vec *toks;
    int first;
} tok_ctx;

static int push_token(void *vctx, size_t off, size_t len, uint32_t flags) {
    tok_ctx *c = vctx;
    precis_token *t = precis_vec_push(c->toks);
    if (!t) return -1;
    t->off = off;
    t->len = len > UINT32_MAX ? UINT32_MAX : (uint32_t)len;
    t->flags = flags | (c->first ? PRECIS_TOK_FIRST : 0);
    c->first = 0;
    return 0;
}

/* Folds, flags stop words, stems and numbers tokens [from, to); the folded
 * forms are kept in ws->folded for the later stages. */
static int assign_terms(const precis_engine *e, precis_workspace *ws, int lang, const char *text,
                        size_t from, size_t to) {
    precis_stemmer *st = precis_workspace_stemmer(ws, lang);
    if (!st) return -1;
    for (size_t i = from; i < to; i++) {
        precis_token *t = PRECIS_VEC_AT(&ws->tokens, precis_token, i);
        precis_buf_clear(&ws->fold);
        if (precis_fold(text + t->off, t->len, &ws->fold) != 0) return -1;
        const char *w = ws->fold.data;
        size_t wn = ws->fold.len;
        /* 32-bit offsets: the folded forms of over 4 GiB of words are refused */
        if (wn > UINT32_MAX - ws->folded.len) return -1;
        t->fold = (uint32_t)ws->folded.len;
        if (precis_buf_append(&ws->folded, w, wn) != 0) return -1;
        /* a word of no letter is in no list */
        t->classes = t->flags & PRECIS_TOK_WORD ? precis_lexicon_find(e->lex[lang], w, wn) : 0;
        t->flags |= precis_lexicon_classes(e->lex[lang], t->classes)->tok;
        if ((t->flags & PRECIS_TOK_WORD) && !(t->flags & PRECIS_TOK_NUM)) {
            size_t sn;
            const char *sw = precis_stem(st, w, wn, &sn);
            if (sw) w = sw, wn = sn;
        }
        uint32_t id = vocab_id(ws, w, wn);
        if (id == UINT32_MAX) return -1;
        t->term = id;
    }
    return 0;
}

/* ---------------------------------------------------------- compression */

/* Words (as precis_score counts them) of sentence st inside the pieces
 * p[0..np). */
static size_t kept_words(const precis_token *toks, const precis_sentence *st, const precis_piece *p,
                         size_t np) {
    size_t w = 0, k = 0;
    for (size_t t = st->tok_begin; t < st->tok_end; t++) {
        if (!(toks[t].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM))) continue;
        while (k < np && p[k].off + p[k].len <= toks[t].off)
            k++;
        w += k < np && p[k].off <= toks[t].off;
    }
    return w;
}

/* Compresses the sentences list[0..m) (all n considered ones when list is
 * NULL) into ws->pieces: piece_at[2i] and [2i+1] are the first piece and
 * the count of sentence i, cwords[i] the words it keeps (counted as
 * precis_score counts them). */
static int compress_sentences(const precis_engine *e, const precis_analysis *a,
                              precis_workspace *ws, size_t n, const size_t *list, size_t m,
                              unsigned rules) {
    const precis_compressor *c = e->comp[a->lang];
    const char *text = a->text.text.data;
    const precis_sentence *sents = a->sents.data;
    const precis_token *toks = ws->tokens.data;
    ws->pieces.len = 0;
    if (precis_vec_reserve(&ws->piece_at, 2 * n) != 0 || precis_vec_reserve(&ws->cwords, n) != 0)
        return -1;
    size_t *at = ws->piece_at.data, *words = ws->cwords.data;
    for (size_t j = 0; j < (list ? m : n); j++) {
        size_t i = list ? list[j] : j, first = ws->pieces.len;
        if (precis_compress(c, rules, text, sents[i].off, sents[i].len, &ws->cscratch,
                            &ws->pieces) < 0)
            return -1;
        size_t np = ws->pieces.len - first;
        at[2 * i] = first;
        at[2 * i + 1] = np;
        words[i] = kept_words(toks, &sents[i], PRECIS_VEC_AT(&ws->pieces, precis_piece, first), np);
    }
    return 0;
}

/* Most cuts weighed for one sentence (2^FIT_CUTS subsets), and most words
 * a sentence may have to be fitted: longer ones stay whole. */
#define FIT_CUTS 10
#define FIT_WORDS 256
/* Sentences fitted per brief: the best-scoring ones over the budget. */
#define FIT_SENTENCES 8
/* piece_at's mark of a sentence that could not be fitted. */
#define TRIED SIZE_MAX

/* Fits sentence i (words[i] words, more than budget) to the budget: of the
 * cuts precis_compress_cuts proposes, the set that keeps the most words
 * within the budget, the cuts proposed first (the least needed) on a tie;
 * a leading connective goes in every set.
 * Appends its pieces to ws->pieces and returns the words kept, or budget + 1
 * (pieces unchanged) when no set fits; (size_t)-1 on OOM. */
static size_t fit_sentence(const precis_compressor *c, const precis_analysis *a,
                           precis_workspace *ws, size_t i, size_t budget) {
    const precis_sentence *st = PRECIS_VEC_AT(&a->sents, precis_sentence, i);
    const precis_token *toks = ws->tokens.data;
    precis_piece cuts[PRECIS_COMPRESS_MAX_CUTS];
    size_t always;
    int nc =
        precis_compress_cuts(c, a->text.text.data, st->off, st->len, &ws->cscratch, cuts, &always);
    if (nc < 0) return (size_t)-1;
    size_t m = (size_t)nc < FIT_CUTS ? (size_t)nc : FIT_CUTS;
    /* Each word's cuts, as bits. */
    uint16_t mask[FIT_WORDS];
    size_t nw = 0;
    for (size_t t = st->tok_begin; t < st->tok_end; t++) {
        if (!(toks[t].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM))) continue;
        if (nw == FIT_WORDS) return budget + 1;
        uint16_t bits = 0;
        for (size_t q = 0; q < m; q++)
            if (toks[t].off >= cuts[q].off && toks[t].off < cuts[q].off + cuts[q].len)
                bits |= (uint16_t)(1u << q);
        mask[nw++] = bits;
    }
    unsigned best = 0;
    size_t best_w = 0, best_cost = 0;
    unsigned need = (1u << (always < m ? always : m)) - 1;
    for (unsigned set = 1; set < (1u << m); set++) {
        size_t w = 0, cost = 0;
        if ((set & need) != need) continue;
        for (size_t q = 0; q < nw; q++)
            w += !(mask[q] & set);
        if (w > budget || w < best_w) continue;
        for (size_t q = 0; q < m; q++)
            if (set & (1u << q)) cost += q + 1;
        if (best && w == best_w && cost >= best_cost) continue;
        best = set;
        best_w = w;
        best_cost = cost;
    }
    if (!best) return budget + 1;
    size_t k = 0;
    for (size_t q = 0; q < m; q++)
        if (best & (1u << q)) cuts[k++] = cuts[q];
    size_t first = ws->pieces.len;
    int np = precis_compress_keep(st->off, st->len, cuts, k, &ws->pieces);
    if (np < 0) return (size_t)-1;
    /* Counted again on the pieces, as every compressed point is. */
    return kept_words(toks, st, PRECIS_VEC_AT(&ws->pieces, precis_piece, first), (size_t)np);
}

/* With a word budget and no compression asked: the FIT_SENTENCES
 * best-scoring sentences longer than the budget are fitted to it
 * (fit_sentence), so that selection may take a long best sentence with its
 * least needed parts cut rather than give it up. ws->cwords gets every
 * sentence's words (kept), ws->piece_at their pieces (a count of 0: whole).
 * Returns the number of sentences fitted, -1 on OOM. */
static int fit_sentences(const precis_engine *e, const precis_analysis *a, precis_workspace *ws,
                         size_t n, const size_t *words, const double *scores, size_t budget) {
    const precis_compressor *c = e->comp[a->lang];
    ws->pieces.len = 0;
    if (precis_vec_reserve(&ws->piece_at, 2 * n) != 0 || precis_vec_reserve(&ws->cwords, n) != 0)
        return -1;
    size_t *at = ws->piece_at.data, *cw = ws->cwords.data;
    for (size_t i = 0; i < n; i++) {
        at[2 * i] = at[2 * i + 1] = 0;
        cw[i] = words[i];
    }
    if (!c) return 0;
    int fitted = 0;
    for (int round = 0; round < FIT_SENTENCES; round++) {
        /* The best-scoring sentence over the budget not yet tried. */
        size_t best = (size_t)-1;
        for (size_t i = 0; i < n; i++)
            if (cw[i] > budget && at[2 * i] != TRIED &&
                (best == (size_t)-1 || scores[i] > scores[best]))
                best = i;
        if (best == (size_t)-1) break;
        size_t first = ws->pieces.len;
        size_t w = fit_sentence(c, a, ws, best, budget);
        if (w == (size_t)-1) return -1;
        if (w > budget) {
            ws->pieces.len = first;
            at[2 * best] = TRIED;
            continue;
        }
        at[2 * best] = first;
        at[2 * best + 1] = ws->pieces.len - first;
        cw[best] = w;
        fitted++;
    }
    return fitted;
}

/* Records the kept pieces of key point kp (sentence s, compressed by
 * compress_sentences), when something was cut from it. */
static int keep_pieces(precis_analysis *a, const precis_workspace *ws, size_t s, precis_pick *kp) {
    const size_t *at = ws->piece_at.data;
    size_t np = at[2 * s + 1];
    if (np == 0) return 0; /* whole */
    const precis_piece *p = PRECIS_VEC_AT(&ws->pieces, precis_piece, at[2 * s]);
    const precis_sentence *st = PRECIS_VEC_AT(&a->sents, precis_sentence, s);
    if (np == 1 && p[0].off == st->off && p[0].len == st->len) return 0;
    kp->piece_off = a->pieces.len;
    kp->piece_count = np;
    for (size_t i = 0; i < np; i++) {
        precis_piece *q = precis_vec_push(&a->pieces);
        if (!q) return -1;
        *q = p[i];
    }
    return 0;
}

/* ------------------------------------------------------------- steps */

/* Appends s with whitespace runs collapsed to one space, trimmed. */
static int put_collapsed(precis_buf *o, const char *s, size_t n) {
    int pending = 0;
    return precis_collapse(o, o->len, s, n, &pending);
}

static int pick_language(const precis_engine *e, precis_analysis *a, const precis_options *o,
                         const char *body, size_t n, precis_error *err) {
    if (o->lang && *o->lang) {
        int idx = precis_lang_index(o->lang, strlen(o->lang));
        if (idx < 0 || !(e->mask & (1u << idx))) return precis_set_error(err, PRECIS_ERR_LANG, 0);
        a->lang = idx;
        a->lang_confidence = 1.0;
        return 0;
    }
    double conf = 0;
    int idx = precis_langid_guess(e->langid, body, n, &conf);
    if (idx < 0 || !(e->mask & (1u << idx))) {
        /* Too little text to tell: use the first loaded language's rules. */
        idx = 0;
        while (idx < PRECIS_MAX_LANGS - 1 && !(e->mask & (1u << idx)))
            idx++;
        conf = 0;
        char msg[96];
        snprintf(msg, sizeof msg, "language not identified; using %s", precis_lang_code(idx));
        if (precis_analysis_warn(a, msg) != 0) return precis_set_error(err, PRECIS_ERR_NOMEM, 0);
    }
    a->lang = idx;
    a->lang_confidence = conf;
    return 0;
}

/* Tokens and stems of the considered sentences, then of the title; the
 * title's distinct content terms in ws->title_terms. */
static int tokenize_considered(const precis_engine *e, precis_workspace *ws, precis_analysis *a) {
    const char *text = a->text.text.data;
    precis_sentence *sents = a->sents.data;
    ws->tokens.len = 0;
    tok_ctx tc = {&ws->tokens, 1};
    for (size_t i = 0; i < a->considered; i++) {
        sents[i].tok_begin = ws->tokens.len;
        tc.first = 1;
        if (precis_tokenize(text, sents[i].off, sents[i].len, push_token, &tc) != 0) return -1;
        sents[i].tok_end = ws->tokens.len;
    }
    a->title_tok = ws->tokens.len;
    a->lex = e->lex[a->lang];
    tc.first = 1;
    if (a->title.len && precis_tokenize(a->title.data, 0, a->title.len, push_token, &tc) != 0)
        return -1;
    if (vocab_reset(ws, ws->tokens.len + 1) != 0) return -1;
    /* Folding keeps a word's length but in rare letters ("ß"): sized once,
     * exactly, as a large text's folded forms are megabytes */
    precis_buf_clear(&ws->folded);
    size_t words = 0;
    for (size_t i = 0; i < ws->tokens.len; i++)
        words += PRECIS_VEC_AT(&ws->tokens, precis_token, i)->len;
    if (precis_buf_reserve_exact(&ws->folded, words + 16) != 0) return -1;
    if (assign_terms(e, ws, a->lang, text, 0, a->title_tok) != 0) return -1;
    if (assign_terms(e, ws, a->lang, a->title.data, a->title_tok, ws->tokens.len) != 0) return -1;
    if (ws->folded.oom) return -1;

    /* Distinct content terms of the title, deduplicated with a mark per
     * vocabulary term: a title given in the options can be megabytes. */
    ws->title_terms.len = 0;
    size_t n_terms = ws->term_str.len;
    if (precis_vec_reserve(&ws->u32, n_terms + 1) != 0) return -1;
    uint32_t *seen = ws->u32.data;
    memset(seen, 0, n_terms * sizeof *seen);
    for (size_t i = a->title_tok; i < ws->tokens.len; i++) {
        const precis_token *t = PRECIS_VEC_AT(&ws->tokens, precis_token, i);
        if (!(t->flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) || (t->flags & PRECIS_TOK_STOP) ||
            seen[t->term])
            continue;
        seen[t->term] = 1;
        uint32_t *slot = precis_vec_push(&ws->title_terms);
        if (!slot) return -1;
        *slot = t->term;
    }
    return 0;
}

/* The key point when no sentence fits the word budget: the best-scoring
 * sentence compressed with every rule when that fits, else its first
 * o->words words, marked as cut (docs/api.md, "Budgets"). Either way the
 * point is pieces of the sentence, so it stays traceable to the input. */
static int fit_one(const precis_engine *e, precis_workspace *ws, const precis_options *o,
                   precis_analysis *a, const precis_doc *doc, const double *scores) {
    size_t best = (size_t)-1;
    for (size_t i = 0; i < doc->n_sents; i++)
        if (doc->words[i] && (best == (size_t)-1 || scores[i] > scores[best])) best = i;
    if (best == (size_t)-1) return 0; /* no sentence has a word */
    precis_pick *kp = precis_vec_push(&a->picks);
    if (!kp) return -1;
    memset(kp, 0, sizeof *kp);
    kp->sentence = best;
    kp->score = scores[best];
    if (compress_sentences(e, a, ws, doc->n_sents, &best, 1, PRECIS_COMPRESS_ALL) != 0) return -1;
    if (*PRECIS_VEC_AT(&ws->cwords, size_t, best) <= o->words) return keep_pieces(a, ws, best, kp);
    /* Cut after the o->words-th word, before any punctuation that follows. */
    const precis_sentence *st = PRECIS_VEC_AT(&a->sents, precis_sentence, best);
    const precis_token *toks = ws->tokens.data;
    size_t end = st->off, w = 0;
    for (size_t t = st->tok_begin; t < st->tok_end && w < o->words; t++)
        if (toks[t].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) {
            w++;
            end = toks[t].off + toks[t].len;
        }
    precis_piece *p = precis_vec_push(&a->pieces);
    if (!p) return -1;
    p->off = st->off;
    p->len = end - st->off;
    kp->piece_off = a->pieces.len - 1;
    kp->piece_count = 1;
    kp->truncated = 1;
    return 0;
}

/* The section of each considered sentence (out[i]); a page's heading
 * paragraph, in no section, counts with the section it heads. The lead-in
 * is a section. */
static void section_of(const precis_analysis *a, uint32_t *out) {
    const precis_sentence *sents = a->sents.data;
    const precis_sect *secs = a->sections.data;
    size_t n = a->sections.len, j = 0;
    for (size_t i = 0; i < a->considered; i++) {
        while (j + 1 < n && secs[j].last < sents[i].para)
            j++;
        out[i] = (uint32_t)j;
    }
}

/* Scores the considered sentences, then chooses (and compresses) the key
 * points into a->picks. */
static int choose_points(const precis_engine *e, precis_workspace *ws, const precis_options *o,
                         precis_analysis *a, precis_scored_fn scored, void *scored_ctx) {
    size_t considered = a->considered;
    precis_doc doc = {0};
    doc.text = a->text.text.data;
    doc.sents = a->sents.data;
    doc.n_sents = considered;
    doc.toks = ws->tokens.data;
    doc.n_terms = ws->term_str.len;
    doc.title_terms = ws->title_terms.data;
    doc.n_title_terms = ws->title_terms.len;
    doc.n_paras = a->paras.len;
    unsigned points = precis_points_wanted(o);
    doc.budget_points = points;
    doc.budget_words = o->words;
    double *scores = a->scores.data;
    if (precis_score(&doc, ws, e->weights[a->lang], e->weights_extract, scores) != 0) return -1;
    a->extract_model = doc.extract_model;
    if (scored && scored(scored_ctx, &doc, ws) != 0) return -1;

    /* With a word budget, compression comes before selection so that the
     * budget counts the words a point keeps, not those of its sentence;
     * without one, only the chosen sentences are compressed. */
    if (o->compress && o->words) {
        if (compress_sentences(e, a, ws, considered, NULL, 0, o->compress) != 0) return -1;
        doc.words = ws->cwords.data;
    }

    /* No more points than sentences: a huge options.points must not size
     * the array (UINT_MAX points would ask for 32 GB). */
    unsigned want = points < considered ? points : (unsigned)considered;
    if (precis_vec_reserve(&ws->chosen, want) != 0) return -1;
    size_t *chosen = ws->chosen.data;
    /* The scoring scratch in f64 is free again: selection's turn. */
    if (precis_vec_reserve(&ws->f64, 2 * considered) != 0) return -1;
    doc.select_scratch = ws->f64.data;
    double redundancy =
        a->extract_model ? precis_params.extract_redundancy : precis_params.redundancy;
    double section_penalty =
        a->extract_model ? precis_params.extract_section_penalty : precis_params.section_penalty;
    if (a->sections.len > 1 && section_penalty > 0) {
        if (precis_vec_reserve(&ws->sect_of, considered) != 0) return -1;
        section_of(a, ws->sect_of.data);
        doc.section = ws->sect_of.data;
    }
    int fitted = 0;
    if (want && o->words && !o->compress) {
        fitted = fit_sentences(e, a, ws, considered, doc.words, scores, o->words);
        if (fitted < 0) return -1;
        if (fitted) doc.words = ws->cwords.data;
    }
    size_t k = precis_select(&doc, scores, want, o->words, redundancy, section_penalty, chosen);
    if (k == 0 && want && o->words) return fit_one(e, ws, o, a, &doc, scores);
    /* Insertion sort: k is small. Rank order is by decreasing score, as
     * documented, not the order MMR took the points in. */
    for (size_t i = 1; i < k; i++)
        for (size_t j = i; j > 0; j--) {
            size_t x = chosen[j - 1], y = chosen[j];
            int swap = o->order == PRECIS_ORDER_ARTICLE ? x > y : scores[x] < scores[y];
            if (!swap) break;
            chosen[j] = x;
            chosen[j - 1] = y;
        }
    if (o->compress && !o->words &&
        compress_sentences(e, a, ws, considered, chosen, k, o->compress) != 0)
        return -1;
    for (size_t i = 0; i < k; i++) {
        size_t s = chosen[i];
        precis_pick *kp = precis_vec_push(&a->picks);
        if (!kp) return -1;
        memset(kp, 0, sizeof *kp);
        kp->sentence = s;
        kp->score = scores[s];
        if ((o->compress || fitted) && keep_pieces(a, ws, s, kp) != 0) return -1;
    }
    return 0;
}

/* ------------------------------------------------------------- stages */

/* Whether paragraph p reads as a subheading of the input: one short line
 * (at most 12 words, 100 bytes), a capital or a digit first, no sentence
 * punctuation at its end, and a longer paragraph after it. */
static int heading_paragraph(const char *text, const precis_paragraph *p,
                             const precis_paragraph *next) {
    if (!next || p->len == 0 || p->len > 100 || next->len < 2 * p->len) return 0;
    const char *s = text + p->off;
    if (memchr(s, '\n', p->len)) return 0;
    uint32_t cp;
    precis_utf8_next((const unsigned char *)s, p->len, &cp);
    if (!precis_is_upper(cp) && !precis_is_digit(cp)) return 0;
    size_t words = 1;
    for (size_t i = 0; i < p->len; i++)
        words += s[i] == ' ';
    if (words > 12) return 0;
    size_t end = p->len;
    /* closing quotes and brackets do not hide the punctuation before them */
    while (end > 0 && strchr("\"')]", s[end - 1]))
        end--;
    static const char *const stops[] = {".", "!", "?", ":", ";", ",", "\xE2\x80\xA6" /* … */};
    for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++) {
        size_t n = strlen(stops[k]);
        if (end >= n && memcmp(s + end - n, stops[k], n) == 0) return 0;
    }
    return 1;
}

/* The input's own subheadings as sections, when it has two or more: the
 * paragraphs before the first are the lead-in. Returns how many headings. */
static int page_sections(precis_analysis *a) {
    const char *text = a->text.text.data;
    const precis_paragraph *p = a->paras.data;
    size_t n = a->paras.len, found = 0;
    for (size_t i = 0; i + 1 < n; i++)
        found += heading_paragraph(text, &p[i], &p[i + 1]);
    if (found < 2) return 0;
    size_t i = 0;
    while (i < n && !heading_paragraph(text, &p[i], i + 1 < n ? &p[i + 1] : NULL))
        i++;
    if (i > 0) { /* the lead-in */
        precis_sect *sc = precis_vec_push(&a->sections);
        if (!sc) return -1;
        sc->first = 0, sc->last = i - 1, sc->lead = 1;
    }
    while (i < n) {
        size_t h = i++;
        while (i < n && !heading_paragraph(text, &p[i], i + 1 < n ? &p[i + 1] : NULL))
            i++;
        precis_sect *sc = precis_vec_push(&a->sections);
        precis_piece *pc = precis_vec_push(&a->heading_pieces);
        if (!sc || !pc) return -1;
        pc->off = p[h].off, pc->len = p[h].len;
        sc->first = h + 1, sc->last = i - 1, sc->lead = 0;
        sc->piece_off = a->heading_pieces.len - 1, sc->piece_count = 1;
    }
    a->sections_page = 1;
    return (int)found;
}

/* Sections: the input's own subheadings, else sections made at topic
 * shifts. Before selection, which prefers points from different sections,
 * so on the workspace's tokens and vocabulary (toks, n_terms). */
static int find_sections(precis_workspace *ws, const precis_options *o, precis_analysis *a,
                         const precis_token *toks, size_t n_terms) {
    if (o->sections == PRECIS_SECTIONS_OFF) return 0;
    int found = page_sections(a);
    if (found < 0) return -1;
    /* Made sections need every sentence's tokens. */
    if (found || o->sections != PRECIS_SECTIONS_AUTO || a->considered != a->sents.len) return 0;
    precis_sections_doc d = {
        a->text.text.data, a->paras.data, a->paras.len, a->sents.data,
        a->sents.len,      toks,          n_terms,      precis_lang_code(a->lang),
        a->title.data,     a->title.len};
    precis_sections_params prm;
    if (a->from_page)
        precis_sections_params_page(&prm);
    else
        precis_sections_params_default(&prm);
    if (o->max_sections) prm.max_sections = o->max_sections;
    long k = precis_sections_split(&d, &prm, &ws->sscratch, &a->sections);
    if (k < 0 || precis_sections_headings(&d, &prm, a->sections.data, a->sections.len,
                                          &ws->sscratch, &a->heading_pieces) != 0)
        return -1;
    return 0;
}

/* Keyphrases and quotations: the stages that read the tokens of the
 * considered sentences once selection is done. */
static int later_stages(const precis_engine *e, const precis_options *o, precis_analysis *a) {
    if (o->keywords) {
        precis_kw_input in;
        precis_keywords_input(a, &in);
        if (precis_keywords_extract(e->kw[a->lang], &in, o->keywords, &a->keywords) != 0) return -1;
    }
    /* program code in the text (a player's script): both stages leave it */
    if ((o->entities || o->quotes) &&
        precis_code_spans(a->text.text.data, a->paras.data, a->paras.len, &a->code) != 0)
        return -1;
    /* entities first: the quotes' speakers are named by them */
    if (o->entities) {
        precis_entity_input in;
        precis_entities_input(a, &in);
        if (precis_entities_find(e->entiter[a->lang], &in, &a->entities, &a->mentions) != 0)
            return -1;
    }
    if (o->quotes) {
        precis_quote_input in;
        precis_quotes_input(a, &in);
        if (precis_quotes_find(e->quoter[a->lang], &in, &a->quotes) != 0) return -1;
    }
    return 0;
}

int precis_analyse(const precis_engine *e, precis_workspace *ws, const precis_options *o,
                   precis_analysis *a, precis_scored_fn scored, void *scored_ctx,
                   precis_error *err) {
    const char *text = a->text.text.data;
    size_t len = a->text.text.len;
#define OOM() return precis_set_error(err, PRECIS_ERR_NOMEM, 0)

    if (a->text.bad_utf8) {
        char msg[128];
        snprintf(msg, sizeof msg, "invalid UTF-8 at byte %zu replaced by U+FFFD (%zu sequence%s)",
                 a->text.first_bad, a->text.bad_utf8, a->text.bad_utf8 > 1 ? "s" : "");
        if (precis_analysis_warn(a, msg) != 0) OOM();
    }

    size_t toff = 0, tlen = 0;
    if (precis_split_paragraphs(text, len, &toff, &tlen, &a->paras) != 0) OOM();
    precis_buf_clear(&a->title);
    if (o->title ? put_collapsed(&a->title, o->title, o->title_len)
                 : put_collapsed(&a->title, text + toff, tlen))
        OOM();
    if (!o->title && tlen && a->title.len == tlen && memcmp(a->title.data, text + toff, tlen) == 0)
        a->title_at = toff;

    size_t np = a->paras.len;
    const precis_paragraph *rp = a->paras.data;
    size_t body_off = np ? rp[0].off : 0;
    int rc = pick_language(e, a, o, text + body_off, len - body_off, err);
    if (rc != 0) return rc;

    for (size_t i = 0; i < np; i++)
        if (precis_segment(e->seg[a->lang], text, rp[i].off, rp[i].len, i, &a->sents) != 0) OOM();
    size_t ns = a->sents.len;
    if (precis_vec_reserve(&a->scores, ns) != 0) OOM();
    memset(a->scores.data, 0, ns * sizeof(double));
    a->scores.len = ns;

    a->considered = ns < o->max_sentences ? ns : o->max_sentences;
    int stages = o->sections != PRECIS_SECTIONS_OFF || o->keywords || o->quotes || o->entities;
    if (o->points == 0 && !stages) return 0;
    if (a->considered < ns && o->points) {
        /* Never silent: the caller learns the key points may come from
         * the first part of the article only. */
        char msg[160];
        snprintf(msg, sizeof msg,
                 "only the first %zu of %zu sentences were considered for key points "
                 "(the max_sentences option)",
                 a->considered, ns);
        if (precis_analysis_warn(a, msg) != 0) OOM();
    }
    if (a->considered == 0) return 0;

    if (tokenize_considered(e, ws, a) != 0 ||
        find_sections(ws, o, a, ws->tokens.data, ws->term_str.len) != 0 ||
        (o->points && choose_points(e, ws, o, a, scored, scored_ctx) != 0))
        OOM();
    /* The tokens and the vocabulary outlive the workspace in the analysis. */
    if (vec_move(&a->tokens, &ws->tokens) != 0 || vec_move(&a->term_off, &ws->term_str) != 0 ||
        buf_move(&a->stems, &ws->stems) != 0 || buf_move(&a->folded, &ws->folded) != 0)
        OOM();
    if (later_stages(e, o, a) != 0) OOM();
    return a->title.oom || a->warn_text.oom ? precis_set_error(err, PRECIS_ERR_NOMEM, 0) : 0;
#undef OOM
}
