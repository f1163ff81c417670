/*
 * engine.c - the engine: per-language data loaded once, shared read-only by
 * every thread, plus a pool of per-thread workspaces so that scratch memory
 * (and the stemmers, which are not thread-safe) are reused across briefs.
 */
#include "engine.h"

#include <string.h>

const char *precis_version(void) {
    return PRECIS_VERSION_STRING;
}

void precis_options_default(precis_options *o) {
    if (!o) return;
    memset(o, 0, sizeof *o);
    o->points = PRECIS_POINTS_AUTO;
    o->words = 0;
    o->order = PRECIS_ORDER_ARTICLE;
    o->max_input_bytes = (size_t)64 << 20;
    o->max_sentences = 5000;
    o->max_html_depth = PRECIS_HTML_DEFAULT_DEPTH;
    o->sections = PRECIS_SECTIONS_AUTO;
    o->max_sections = 5;
    o->keywords = 10;
    o->quotes = 1;
    o->entities = 1;
}

unsigned precis_points_wanted(const precis_options *o) {
    if (o->points != PRECIS_POINTS_AUTO) return o->points;
    return o->words ? PRECIS_POINTS_AUTO : PRECIS_POINTS_DEFAULT;
}

const precis_options *precis_input_check(const precis_engine *e, const char *in, size_t len,
                                         const precis_options *opts, precis_options *defaults,
                                         precis_error *err) {
    if (!e || (!in && len)) {
        precis_set_error(err, PRECIS_ERR_INVALID_ARG, 0);
        return NULL;
    }
    if (!opts) {
        precis_options_default(defaults);
        opts = defaults;
    }
    /* Out-of-range options are the caller's mistake: say which, rather than
     * brief with a silent reading of them. */
    const char *bad = NULL;
    if (opts->order != PRECIS_ORDER_ARTICLE && opts->order != PRECIS_ORDER_RANK)
        bad = "options.order is neither PRECIS_ORDER_ARTICLE nor PRECIS_ORDER_RANK";
    else if (opts->compress & ~PRECIS_COMPRESS_ALL)
        bad = "options.compress has bits outside PRECIS_COMPRESS_ALL";
    else if (!opts->title && opts->title_len)
        bad = "options.title_len is not 0 but options.title is NULL";
    if (bad) {
        precis_set_error(err, PRECIS_ERR_INVALID_ARG, 0);
        if (err) err->msg = bad;
        return NULL;
    }
    /* A limit of 0 is its default: the same meaning in every field. */
    if (!opts->max_input_bytes || !opts->max_sentences || !opts->max_html_depth) {
        precis_options d;
        precis_options_default(&d);
        if (opts != defaults) *defaults = *opts;
        if (!defaults->max_input_bytes) defaults->max_input_bytes = d.max_input_bytes;
        if (!defaults->max_sentences) defaults->max_sentences = d.max_sentences;
        if (!defaults->max_html_depth) defaults->max_html_depth = d.max_html_depth;
        opts = defaults;
    }
    if (len > opts->max_input_bytes) {
        precis_set_error(err, PRECIS_ERR_TOO_LARGE, opts->max_input_bytes);
        return NULL;
    }
    return opts;
}

/*
 * Copies a language's learned weights. A model trained only on texts of one
 * paragraph (its paragraph features all got weight 0) cannot tell position
 * from "position in a one-paragraph text", nor the first sentence from the
 * first of a paragraph: only the sums of those weights were learned. Folding
 * each pair into its general feature keeps the scores of one-paragraph texts
 * unchanged and gives paragraphed texts the same position prior, instead of
 * an arbitrary split.
 */
static void load_weights(double *w, int lang) {
    memcpy(w, precis_weights_for(lang), PRECIS_NFEAT * sizeof *w);
    if (w[PRECIS_F_PARA_INV] != 0 || w[PRECIS_F_LONE] != 0 || w[PRECIS_F_FIRST_PARA] != 0) return;
    w[PRECIS_F_POS_INV] += w[PRECIS_F_FLAT_POS];
    w[PRECIS_F_WORDS] += w[PRECIS_F_FLAT_WORDS];
    w[PRECIS_F_FIRST] += w[PRECIS_F_PARA_FIRST];
    w[PRECIS_F_FLAT_POS] = w[PRECIS_F_FLAT_WORDS] = w[PRECIS_F_PARA_FIRST] = 0;
}

/* Parses "fr,en" into a mask; -1 on an unknown code. */
static int parse_languages(const char *list, unsigned *mask) {
    *mask = 0;
    if (!list) {
        *mask = (1u << PRECIS_MAX_LANGS) - 1;
        return 0;
    }
    const char *p = list;
    while (*p) {
        while (*p == ',' || *p == ' ')
            p++;
        if (!*p) break;
        const char *e = p;
        while (*e && *e != ',' && *e != ' ')
            e++;
        int idx = precis_lang_index(p, (size_t)(e - p));
        if (idx < 0) return -1;
        *mask |= 1u << idx;
        p = e;
    }
    return *mask ? 0 : -1;
}

precis_engine *precis_engine_new(const char *languages, const precis_alloc *alc,
                                 precis_error *err) {
    if (alc && (!alc->malloc || !alc->realloc || !alc->free)) {
        precis_set_error(err, PRECIS_ERR_INVALID_ARG, 0);
        return NULL;
    }
    if (!alc) alc = &precis_default_alloc;
    unsigned mask;
    if (parse_languages(languages, &mask) != 0) {
        precis_set_error(err, PRECIS_ERR_LANG, 0);
        return NULL;
    }
    precis_engine *e = precis_malloc(alc, sizeof *e);
    if (!e) {
        precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        return NULL;
    }
    memset(e, 0, sizeof *e);
    e->alc = *alc;
    e->mask = mask;
    if (pthread_mutex_init(&e->lock, NULL) != 0) {
        precis_free(alc, e);
        precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        return NULL;
    }
    e->langid = precis_langid_new(mask, &e->alc, err);
    if (!e->langid) goto fail;
    e->weights_extract = precis_weights_extract();
    for (int i = 0; i < PRECIS_MAX_LANGS; i++) {
        if (!(mask & (1u << i))) continue;
        load_weights(e->weights[i], i);
        e->seg[i] = precis_segmenter_new(precis_lang_code(i), &e->alc);
        e->lex[i] = precis_lexicon_new(precis_lang_code(i), &e->alc);
        e->comp[i] = precis_compressor_new(precis_lang_code(i), &e->alc);
        e->kw[i] = precis_keywords_new(precis_lang_code(i), &e->alc);
        e->quoter[i] = precis_quoter_new(precis_lang_code(i), &e->alc);
        e->entiter[i] = precis_entiter_new(precis_lang_code(i), &e->alc);
        if (!e->seg[i] || !e->lex[i] || !e->comp[i] || !e->kw[i] || !e->quoter[i] ||
            !e->entiter[i]) {
            precis_set_error(err, PRECIS_ERR_NOMEM, 0);
            goto fail;
        }
        /* Fail now, not on the first brief, if a stemmer is missing. */
        precis_stemmer *st = precis_stemmer_new(precis_lang_code(i), &e->alc);
        if (!st) {
            precis_set_error(err, PRECIS_ERR_DATA, 0);
            goto fail;
        }
        precis_stemmer_free(st);
    }
    return e;
fail:
    precis_engine_free(e);
    return NULL;
}

static void workspace_free(const precis_alloc *alc, precis_workspace *ws) {
    for (int i = 0; i < PRECIS_MAX_LANGS; i++)
        precis_stemmer_free(ws->stemmers[i]);
    precis_buf_free(&ws->fold);
    precis_buf_free(&ws->stems);
    precis_buf_free(&ws->folded);
    precis_compress_scratch_free(&ws->cscratch);
    precis_sections_scratch_free(&ws->sscratch);
    precis_vec *vecs[] = {&ws->tokens,   &ws->slots,  &ws->term_str, &ws->title_terms, &ws->u32,
                          &ws->f64,      &ws->vec,    &ws->vec_off,  &ws->vec_norm,    &ws->words,
                          &ws->lexrank,  &ws->scores, &ws->feats,    &ws->chosen,      &ws->pieces,
                          &ws->piece_at, &ws->cwords, &ws->sect_of};
    for (size_t i = 0; i < sizeof vecs / sizeof vecs[0]; i++)
        precis_vec_free(vecs[i]);
    precis_free(alc, ws);
}

void precis_engine_free(precis_engine *e) {
    if (!e) return;
    while (e->pool) {
        precis_workspace *ws = e->pool;
        e->pool = ws->next;
        workspace_free(&e->alc, ws);
    }
    for (int i = 0; i < PRECIS_MAX_LANGS; i++) {
        precis_segmenter_free(e->seg[i]);
        precis_lexicon_free(e->lex[i]);
        precis_compressor_free(e->comp[i]);
        precis_keywords_free(e->kw[i]);
        precis_quoter_free(e->quoter[i]);
        precis_entiter_free(e->entiter[i]);
    }
    precis_langid_free(e->langid);
    pthread_mutex_destroy(&e->lock);
    precis_free(&e->alc, e);
}

const precis_alloc *precis_engine_alloc(const precis_engine *e) {
    return &e->alc;
}

precis_workspace *precis_engine_acquire(const precis_engine *ce) {
    /* The pool is the only mutable part of an engine; it is guarded by the
     * lock, so the engine stays shareable through a const pointer. */
    precis_engine *e = (precis_engine *)ce;
    pthread_mutex_lock(&e->lock);
    precis_workspace *ws = e->pool;
    if (ws) e->pool = ws->next;
    pthread_mutex_unlock(&e->lock);
    if (ws) return ws;
    ws = precis_malloc(&e->alc, sizeof *ws);
    if (!ws) return NULL;
    memset(ws, 0, sizeof *ws);
    ws->alc = &e->alc;
    precis_buf_init(&ws->fold, ws->alc);
    precis_buf_init(&ws->stems, ws->alc);
    precis_buf_init(&ws->folded, ws->alc);
    precis_vec_init(&ws->tokens, sizeof(precis_token), ws->alc);
    precis_vec_init(&ws->slots, sizeof(uint64_t), ws->alc);
    precis_vec_init(&ws->term_str, sizeof(size_t), ws->alc);
    precis_vec_init(&ws->title_terms, sizeof(uint32_t), ws->alc);
    precis_vec_init(&ws->u32, sizeof(uint32_t), ws->alc);
    precis_vec_init(&ws->f64, sizeof(double), ws->alc);
    precis_vec_init(&ws->vec, sizeof(precis_wterm), ws->alc);
    precis_vec_init(&ws->vec_off, sizeof(size_t), ws->alc);
    precis_vec_init(&ws->vec_norm, sizeof(float), ws->alc);
    precis_vec_init(&ws->words, sizeof(size_t), ws->alc);
    precis_vec_init(&ws->lexrank, sizeof(double), ws->alc);
    precis_vec_init(&ws->scores, sizeof(double), ws->alc);
    precis_vec_init(&ws->feats, sizeof(double), ws->alc);
    precis_vec_init(&ws->chosen, sizeof(size_t), ws->alc);
    precis_vec_init(&ws->pieces, sizeof(precis_piece), ws->alc);
    precis_vec_init(&ws->piece_at, sizeof(size_t), ws->alc);
    precis_vec_init(&ws->cwords, sizeof(size_t), ws->alc);
    precis_vec_init(&ws->sect_of, sizeof(uint32_t), ws->alc);
    precis_compress_scratch_init(&ws->cscratch, ws->alc);
    precis_sections_scratch_init(&ws->sscratch, ws->alc);
    return ws;
}

void precis_engine_release(const precis_engine *ce, precis_workspace *ws) {
    if (!ws) return;
    precis_engine *e = (precis_engine *)ce;
    pthread_mutex_lock(&e->lock);
    ws->next = e->pool;
    e->pool = ws;
    pthread_mutex_unlock(&e->lock);
}

precis_stemmer *precis_workspace_stemmer(precis_workspace *ws, int lang) {
    if (!ws->stemmers[lang])
        ws->stemmers[lang] = precis_stemmer_new(precis_lang_code(lang), ws->alc);
    return ws->stemmers[lang];
}
