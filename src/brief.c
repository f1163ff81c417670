/*
 * brief.c - the pipeline for one article and the brief object:
 * normalize -> title and paragraphs -> language -> sentences -> tokens and
 * stems -> scores -> key points.
 */
#include "engine.h"

#include <stdio.h>
#include <string.h>

typedef struct precis_span {
    size_t off, len;
} precis_span;

typedef struct precis_keypoint {
    precis_span text; /* in strings */
    size_t sentence, start, end;
    double score;
    size_t piece_off, piece_count; /* in ranges; 0 pieces: the whole sentence */
} precis_keypoint;

struct precis_brief {
    const precis_engine *engine;
    const precis_alloc *alc;
    precis_text text;   /* the normalized input */
    precis_buf strings; /* display strings, each NUL-terminated */
    precis_span title;
    precis_span id;
    int has_id;
    int lang;
    double lang_confidence;
    precis_vec paras;                     /* precis_span in strings */
    precis_vec raw_paras;                 /* precis_paragraph in text */
    precis_vec sents;                     /* precis_sentence in text */
    precis_vec sent_text;                 /* precis_span in strings, one per sentence */
    precis_vec scores;                    /* double, one per sentence */
    precis_vec feats;                     /* double, PRECIS_NFEAT per considered sentence */
    precis_vec sims;                      /* float, cosine of every pair of them */
    int keep_features;                    /* fill feats (training only) */
    int extract_model;                    /* scored with the extract model */
    precis_vec points;                    /* precis_keypoint, in output order */
    precis_vec ranges;                    /* precis_range: kept pieces of compressed points */
    precis_vec warnings;                  /* precis_span in strings */
    precis_span page[PRECIS_PAGE_FIELDS]; /* page metadata, when made from HTML */
    int has_page;
};

/* ------------------------------------------------------------- strings */

static int is_space_at(const char *s, size_t n, size_t i, size_t *w) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        *w = 1;
        return 1;
    }
    /* U+2028 / U+2029 line and paragraph separators */
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
        *w = 3;
        return 1;
    }
    return 0;
}

/* Appends s with whitespace runs collapsed to one space, trimmed, and a NUL;
 * *span receives where it went. */
static int add_collapsed(precis_brief *b, const char *s, size_t n, precis_span *span) {
    precis_buf *o = &b->strings;
    if (precis_buf_reserve(o, n + 1) != 0) return -1;
    size_t start = o->len;
    int pending = 0;
    for (size_t i = 0; i < n;) {
        size_t w;
        if (is_space_at(s, n, i, &w)) {
            pending = o->len > start;
            i += w;
            continue;
        }
        if (pending) o->data[o->len++] = ' ';
        pending = 0;
        o->data[o->len++] = s[i++];
    }
    o->data[o->len] = 0;
    span->off = start;
    span->len = o->len - start;
    o->len++; /* keep the NUL between strings */
    return 0;
}

int precis_brief_add_warning(precis_brief *b, const char *msg) {
    precis_span *sp = precis_vec_push(&b->warnings);
    if (!sp) return -1;
    size_t start = b->strings.len;
    if (precis_buf_puts(&b->strings, msg) != 0 || precis_buf_putc(&b->strings, 0) != 0) return -1;
    sp->off = start;
    sp->len = strlen(msg);
    return 0;
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
    t->len = len;
    t->flags = flags | (c->first ? PRECIS_TOK_FIRST : 0);
    c->first = 0;
    return 0;
}

/* Folds, flags stop words, stems and numbers tokens [from, to). */
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
        if ((t->flags & PRECIS_TOK_WORD) && precis_lexicon_is_stop(e->lex[lang], w, wn))
            t->flags |= PRECIS_TOK_STOP;
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

/* Compresses the sentences list[0..m) (all n considered ones when list is
 * NULL) into ws->pieces: piece_at[2i] and [2i+1] are the first piece and
 * the count of sentence i, cwords[i] the words it keeps (counted as
 * precis_score counts them). */
static int compress_sentences(const precis_brief *b, precis_workspace *ws, size_t n,
                              const size_t *list, size_t m, unsigned rules) {
    const precis_compressor *c = b->engine->comp[b->lang];
    const char *text = b->text.text.data;
    const precis_sentence *sents = b->sents.data;
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
        const precis_piece *p = PRECIS_VEC_AT(&ws->pieces, precis_piece, first);
        size_t np = ws->pieces.len - first, w = 0, k = 0;
        for (size_t t = sents[i].tok_begin; t < sents[i].tok_end; t++) {
            if (!(toks[t].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM))) continue;
            while (k < np && p[k].off + p[k].len <= toks[t].off)
                k++;
            w += k < np && p[k].off <= toks[t].off;
        }
        at[2 * i] = first;
        at[2 * i + 1] = np;
        words[i] = w;
    }
    return 0;
}

/* Gives key point kp the compressed text of sentence s (compressed by
 * compress_sentences), when something was cut from it. */
static int compress_point(precis_brief *b, precis_workspace *ws, size_t s, precis_keypoint *kp) {
    const size_t *at = ws->piece_at.data;
    const precis_piece *p = PRECIS_VEC_AT(&ws->pieces, precis_piece, at[2 * s]);
    size_t np = at[2 * s + 1];
    const precis_sentence *st = PRECIS_VEC_AT(&b->sents, precis_sentence, s);
    if (np == 1 && p[0].off == st->off && p[0].len == st->len) return 0;
    size_t start = b->strings.len;
    if (precis_compress_render(b->text.text.data, st->off, p, np, &b->strings) != 0 ||
        precis_buf_putc(&b->strings, 0) != 0)
        return -1;
    kp->text.off = start;
    kp->text.len = b->strings.len - 1 - start;
    kp->piece_off = b->ranges.len;
    kp->piece_count = np;
    for (size_t i = 0; i < np; i++) {
        precis_range *r = precis_vec_push(&b->ranges);
        if (!r) return -1;
        r->start = precis_text_src_offset(&b->text, p[i].off);
        r->end = precis_text_src_offset(&b->text, p[i].off + p[i].len);
    }
    return 0;
}

/* -------------------------------------------------------------- brief */

static int set_title(precis_brief *b, const char *s, size_t n) {
    return add_collapsed(b, s, n, &b->title);
}

static int pick_language(precis_brief *b, const precis_options *o, const char *body, size_t n,
                         precis_error *err) {
    const precis_engine *e = b->engine;
    if (o->lang && *o->lang) {
        int idx = precis_lang_index(o->lang, strlen(o->lang));
        if (idx < 0 || !(e->mask & (1u << idx))) return precis_set_error(err, PRECIS_ERR_LANG, 0);
        b->lang = idx;
        b->lang_confidence = 1.0;
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
        memcpy(msg, "language not identified; using ", 31);
        strcpy(msg + 31, precis_lang_codes[idx]);
        if (precis_brief_add_warning(b, msg) != 0)
            return precis_set_error(err, PRECIS_ERR_NOMEM, 0);
    }
    b->lang = idx;
    b->lang_confidence = conf;
    return 0;
}

static int run(precis_brief *b, precis_workspace *ws, const precis_options *o, precis_error *err) {
    const precis_engine *e = b->engine;
    const char *text = b->text.text.data;
    size_t len = b->text.text.len;
#define OOM() return precis_set_error(err, PRECIS_ERR_NOMEM, 0)

    if (b->text.bad_utf8) {
        char msg[128];
        snprintf(msg, sizeof msg, "invalid UTF-8 at byte %zu replaced by U+FFFD (%zu sequence%s)",
                 b->text.first_bad, b->text.bad_utf8, b->text.bad_utf8 > 1 ? "s" : "");
        if (precis_brief_add_warning(b, msg) != 0) OOM();
    }

    size_t toff = 0, tlen = 0;
    if (precis_split_paragraphs(text, len, &toff, &tlen, &b->raw_paras) != 0) OOM();
    int title_rc =
        o->title ? set_title(b, o->title, o->title_len) : set_title(b, text + toff, tlen);
    if (title_rc != 0) OOM();

    size_t np = b->raw_paras.len;
    const precis_paragraph *rp = b->raw_paras.data;
    for (size_t i = 0; i < np; i++) {
        precis_span *sp = precis_vec_push(&b->paras);
        if (!sp || add_collapsed(b, text + rp[i].off, rp[i].len, sp) != 0) OOM();
    }

    size_t body_off = np ? rp[0].off : 0;
    int rc = pick_language(b, o, text + body_off, len - body_off, err);
    if (rc != 0) return rc;
    int lang = b->lang;

    for (size_t i = 0; i < np; i++)
        if (precis_segment(e->seg[lang], text, rp[i].off, rp[i].len, i, &b->sents) != 0) OOM();
    size_t ns = b->sents.len;
    if (precis_vec_reserve(&b->sent_text, ns) != 0 || precis_vec_reserve(&b->scores, ns) != 0)
        OOM();
    precis_sentence *sents = b->sents.data;
    for (size_t i = 0; i < ns; i++) {
        precis_span *sp = precis_vec_push(&b->sent_text);
        if (add_collapsed(b, text + sents[i].off, sents[i].len, sp) != 0) OOM();
        *(double *)precis_vec_push(&b->scores) = 0;
    }

    size_t considered = ns < o->max_sentences ? ns : o->max_sentences;
    if (o->points == 0) return 0;
    if (considered < ns) {
        /* Never silent: the caller learns the key points may come from
         * the first part of the article only. */
        char msg[160];
        snprintf(msg, sizeof msg,
                 "only the first %zu of %zu sentences were considered for key points "
                 "(max_sentences limit; raise it with --max-sentences)",
                 considered, ns);
        if (precis_brief_add_warning(b, msg) != 0) OOM();
    }
    if (considered == 0) return 0;

    /* Tokens of the considered sentences, then of the title. */
    ws->tokens.len = 0;
    tok_ctx tc = {&ws->tokens, 1};
    for (size_t i = 0; i < considered; i++) {
        sents[i].tok_begin = ws->tokens.len;
        tc.first = 1;
        if (precis_tokenize(text, sents[i].off, sents[i].len, push_token, &tc) != 0) OOM();
        sents[i].tok_end = ws->tokens.len;
    }
    size_t title_tok = ws->tokens.len;
    const char *title = b->strings.data + b->title.off;
    tc.first = 1;
    if (b->title.len && precis_tokenize(title, 0, b->title.len, push_token, &tc) != 0) OOM();
    if (vocab_reset(ws, ws->tokens.len + 1) != 0) OOM();
    if (assign_terms(e, ws, lang, text, 0, title_tok) != 0) OOM();
    if (assign_terms(e, ws, lang, title, title_tok, ws->tokens.len) != 0) OOM();

    /* Distinct content terms of the title, deduplicated with a mark per
     * vocabulary term: a title given in the options can be megabytes. */
    ws->title_terms.len = 0;
    size_t n_terms = ws->term_str.len;
    if (precis_vec_reserve(&ws->u32, n_terms + 1) != 0) OOM();
    uint32_t *seen = ws->u32.data;
    memset(seen, 0, n_terms * sizeof *seen);
    for (size_t i = title_tok; i < ws->tokens.len; i++) {
        const precis_token *t = PRECIS_VEC_AT(&ws->tokens, precis_token, i);
        if (!(t->flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) || (t->flags & PRECIS_TOK_STOP) ||
            seen[t->term])
            continue;
        seen[t->term] = 1;
        uint32_t *slot = precis_vec_push(&ws->title_terms);
        if (!slot) OOM();
        *slot = t->term;
    }

    precis_doc doc = {0};
    doc.text = text;
    doc.sents = sents;
    doc.n_sents = considered;
    doc.toks = ws->tokens.data;
    doc.n_terms = ws->term_str.len;
    doc.title_terms = ws->title_terms.data;
    doc.n_title_terms = ws->title_terms.len;
    doc.n_paras = np;
    doc.budget_points = o->points;
    doc.budget_words = o->words;
    double *scores = b->scores.data;
    if (precis_score(&doc, ws, e->weights[lang], e->weights_extract, scores) != 0) OOM();
    b->extract_model = doc.extract_model;
    if (b->keep_features) { /* for training: precis_brief_text_features */
        if (precis_vec_reserve(&b->feats, considered * PRECIS_NFEAT) != 0) OOM();
        memcpy(b->feats.data, ws->feats.data, considered * PRECIS_NFEAT * sizeof(double));
        b->feats.len = considered * PRECIS_NFEAT;
        if (precis_vec_reserve(&b->sims, considered * considered) != 0) OOM();
        float *sim = b->sims.data;
        for (size_t i = 0; i < considered; i++) { /* symmetric: each pair once */
            sim[i * considered + i] = 1.0f;
            for (size_t j = i + 1; j < considered; j++)
                sim[i * considered + j] = sim[j * considered + i] =
                    (float)precis_cosine(&doc, i, j);
        }
        b->sims.len = considered * considered;
    }

    /* With a word budget, compression comes before selection so that the
     * budget counts the words a point keeps, not those of its sentence;
     * without one, only the chosen sentences are compressed. */
    if (o->compress && o->words) {
        if (compress_sentences(b, ws, considered, NULL, 0, o->compress) != 0) OOM();
        doc.words = ws->cwords.data;
    }

    /* No more points than sentences: a huge options.points must not size
     * the array (UINT_MAX points would ask for 32 GB). */
    unsigned want = o->points < considered ? o->points : (unsigned)considered;
    if (precis_vec_reserve(&ws->chosen, want) != 0) OOM();
    size_t *chosen = ws->chosen.data;
    /* The scoring scratch in f64 is free again: selection's turn. */
    if (precis_vec_reserve(&ws->f64, considered) != 0) OOM();
    doc.select_scratch = ws->f64.data;
    double redundancy =
        b->extract_model ? precis_params.extract_redundancy : precis_params.redundancy;
    size_t k = precis_select(&doc, scores, want, o->words, redundancy, chosen);
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
        compress_sentences(b, ws, considered, chosen, k, o->compress) != 0)
        OOM();
    for (size_t i = 0; i < k; i++) {
        size_t s = chosen[i];
        precis_keypoint *kp = precis_vec_push(&b->points);
        if (!kp) OOM();
        kp->text = *PRECIS_VEC_AT(&b->sent_text, precis_span, s);
        kp->sentence = s;
        kp->start = precis_text_src_offset(&b->text, sents[s].off);
        kp->end = precis_text_src_offset(&b->text, sents[s].off + sents[s].len);
        kp->score = scores[s];
        if (o->compress && compress_point(b, ws, s, kp) != 0) OOM();
    }
    return 0;
#undef OOM
}

static precis_brief *brief_new(const precis_engine *e) {
    const precis_alloc *alc = &e->alc;
    precis_brief *b = precis_malloc(alc, sizeof *b);
    if (!b) return NULL;
    memset(b, 0, sizeof *b);
    b->engine = e;
    b->alc = alc;
    precis_text_init(&b->text, alc);
    precis_buf_init(&b->strings, alc);
    precis_vec_init(&b->paras, sizeof(precis_span), alc);
    precis_vec_init(&b->raw_paras, sizeof(precis_paragraph), alc);
    precis_vec_init(&b->sents, sizeof(precis_sentence), alc);
    precis_vec_init(&b->sent_text, sizeof(precis_span), alc);
    precis_vec_init(&b->scores, sizeof(double), alc);
    precis_vec_init(&b->feats, sizeof(double), alc);
    precis_vec_init(&b->sims, sizeof(float), alc);
    precis_vec_init(&b->points, sizeof(precis_keypoint), alc);
    precis_vec_init(&b->ranges, sizeof(precis_range), alc);
    precis_vec_init(&b->warnings, sizeof(precis_span), alc);
    /* The empty string at offset 0 serves every absent string. */
    if (precis_buf_putc(&b->strings, 0) != 0) {
        precis_brief_free(b);
        return NULL;
    }
    return b;
}

void precis_brief_free(precis_brief *b) {
    if (!b) return;
    precis_text_free(&b->text);
    precis_buf_free(&b->strings);
    precis_vec *vecs[] = {&b->paras,  &b->raw_paras, &b->sents, &b->sent_text, &b->scores,
                          &b->points, &b->warnings,  &b->feats, &b->sims,      &b->ranges};
    for (size_t i = 0; i < sizeof vecs / sizeof vecs[0]; i++)
        precis_vec_free(vecs[i]);
    precis_free(b->alc, b);
}

static precis_brief *brief_text(const precis_engine *e, const char *text, size_t len,
                                const precis_options *opts, int keep_features, precis_error *err) {
    if (err) precis_set_error(err, PRECIS_OK, 0);
    precis_options defaults;
    opts = precis_input_check(e, text, len, opts, &defaults, err);
    if (!opts) return NULL;
    if (opts->title && !opts->title_len && opts->title[0]) {
        precis_set_error(err, PRECIS_ERR_INVALID_ARG, 0);
        return NULL;
    }
    precis_brief *b = brief_new(e);
    if (!b) {
        precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        return NULL;
    }
    b->keep_features = keep_features;
    if (precis_normalize(text ? text : "", len, opts->strict_utf8, &b->text, err) != 0) {
        precis_brief_free(b);
        return NULL;
    }
    precis_workspace *ws = precis_engine_acquire(e);
    int rc = ws ? run(b, ws, opts, err) : precis_set_error(err, PRECIS_ERR_NOMEM, 0);
    precis_engine_release(e, ws);
    if (rc != 0 || b->strings.oom) {
        if (rc == 0) precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        precis_brief_free(b);
        return NULL;
    }
    return b;
}

precis_brief *precis_brief_text(const precis_engine *e, const char *text, size_t len,
                                const precis_options *opts, precis_error *err) {
    return brief_text(e, text, len, opts, 0, err);
}

precis_brief *precis_brief_text_features(const precis_engine *e, const char *text, size_t len,
                                         const precis_options *opts, precis_error *err) {
    return brief_text(e, text, len, opts, 1, err);
}

/* ---------------------------------------------------------- accessors */

int precis_brief_set_id(precis_brief *b, const char *json, size_t n) {
    precis_span sp;
    size_t start = b->strings.len;
    if (precis_buf_append(&b->strings, json, n) != 0 || precis_buf_putc(&b->strings, 0) != 0)
        return -1;
    sp.off = start;
    sp.len = n;
    b->id = sp;
    b->has_id = 1;
    return 0;
}

int precis_brief_set_page(precis_brief *b, const char *const *fields) {
    for (size_t i = 0; i < PRECIS_PAGE_FIELDS; i++) {
        const char *f = fields[i] ? fields[i] : "";
        if (add_collapsed(b, f, strlen(f), &b->page[i]) != 0) return -1;
    }
    b->has_page = 1;
    return 0;
}

const char *precis_brief_page_field(const precis_brief *b, size_t i) {
    return b->has_page && i < PRECIS_PAGE_FIELDS ? b->strings.data + b->page[i].off : NULL;
}

const precis_engine *precis_brief_engine(const precis_brief *b) {
    return b->engine;
}

const char *precis_brief_title(const precis_brief *b, size_t *len) {
    if (len) *len = b->title.len;
    return b->strings.data + b->title.off;
}

const char *precis_brief_id(const precis_brief *b, size_t *len) {
    if (len) *len = b->has_id ? b->id.len : 0;
    return b->has_id ? b->strings.data + b->id.off : NULL;
}

const char *precis_brief_lang(const precis_brief *b) {
    return precis_lang_codes[b->lang];
}

double precis_brief_lang_confidence(const precis_brief *b) {
    return b->lang_confidence;
}

const char *precis_brief_heading(const precis_brief *b) {
    return precis_lang_heading(b->lang);
}

size_t precis_brief_point_count(const precis_brief *b) {
    return b->points.len;
}

int precis_brief_point(const precis_brief *b, size_t i, precis_point *out) {
    if (i >= b->points.len || !out) return -1;
    const precis_keypoint *kp = PRECIS_VEC_AT(&b->points, precis_keypoint, i);
    out->text = b->strings.data + kp->text.off;
    out->len = kp->text.len;
    out->sentence = kp->sentence;
    out->start = kp->start;
    out->end = kp->end;
    out->score = kp->score;
    out->pieces = kp->piece_count ? PRECIS_VEC_AT(&b->ranges, precis_range, kp->piece_off) : NULL;
    out->piece_count = kp->piece_count;
    return 0;
}

size_t precis_brief_sentence_count(const precis_brief *b) {
    return b->sents.len;
}

int precis_brief_sentence(const precis_brief *b, size_t i, precis_point *out) {
    if (i >= b->sents.len || !out) return -1;
    const precis_sentence *s = PRECIS_VEC_AT(&b->sents, precis_sentence, i);
    const precis_span *sp = PRECIS_VEC_AT(&b->sent_text, precis_span, i);
    out->text = b->strings.data + sp->off;
    out->len = sp->len;
    out->sentence = i;
    out->start = precis_text_src_offset(&b->text, s->off);
    out->end = precis_text_src_offset(&b->text, s->off + s->len);
    out->score = *PRECIS_VEC_AT(&b->scores, double, i);
    out->pieces = NULL;
    out->piece_count = 0;
    return 0;
}

size_t precis_brief_paragraph_count(const precis_brief *b) {
    return b->paras.len;
}

const char *precis_brief_paragraph(const precis_brief *b, size_t i, size_t *len) {
    if (i >= b->paras.len) {
        if (len) *len = 0;
        return NULL;
    }
    const precis_span *sp = PRECIS_VEC_AT(&b->paras, precis_span, i);
    if (len) *len = sp->len;
    return b->strings.data + sp->off;
}

size_t precis_brief_warning_count(const precis_brief *b) {
    return b->warnings.len;
}

const char *precis_brief_warning(const precis_brief *b, size_t i) {
    if (i >= b->warnings.len) return NULL;
    return b->strings.data + PRECIS_VEC_AT(&b->warnings, precis_span, i)->off;
}

const double *precis_brief_features(const precis_brief *b, size_t *n_sents) {
    *n_sents = b->feats.len / PRECIS_NFEAT;
    return b->feats.len ? b->feats.data : NULL;
}

int precis_brief_extract_model(const precis_brief *b) {
    return b->extract_model;
}

const float *precis_brief_similarities(const precis_brief *b) {
    return b->sims.len ? b->sims.data : NULL;
}
