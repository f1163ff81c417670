/*
 * sectdoc.c - an analysed document for the sections stage (sectdoc.h). The
 * steps are those of the brief: precis_normalize, precis_segment,
 * precis_tokenize, precis_fold, stop words and Snowball stems.
 */
#include "sectdoc.h"

#include <string.h>

int ev_analyser_init(ev_analyser *a, const char *lang) {
    memset(a, 0, sizeof *a);
    if (strlen(lang) >= sizeof a->lang) return -1;
    strcpy(a->lang, lang);
    a->seg = precis_segmenter_new(lang, NULL);
    a->lex = precis_lexicon_new(lang, NULL);
    a->stem = precis_stemmer_new(lang, NULL);
    if (!a->seg || !a->lex || !a->stem) {
        ev_analyser_free(a);
        return -1;
    }
    return 0;
}

void ev_analyser_free(ev_analyser *a) {
    precis_segmenter_free(a->seg);
    precis_lexicon_free(a->lex);
    precis_stemmer_free(a->stem);
    memset(a, 0, sizeof *a);
}

void ev_sdoc_init(ev_sdoc *d) {
    memset(d, 0, sizeof *d);
    const precis_alloc *alc = &precis_default_alloc;
    precis_buf_init(&d->text, alc);
    precis_buf_init(&d->stems, alc);
    precis_vec_init(&d->paras, sizeof(precis_paragraph), alc);
    precis_vec_init(&d->sents, sizeof(precis_sentence), alc);
    precis_vec_init(&d->toks, sizeof(precis_token), alc);
    precis_vec_init(&d->stem_off, sizeof(size_t), alc);
    precis_vec_init(&d->slots, sizeof(uint32_t), alc);
}

void ev_sdoc_free(ev_sdoc *d) {
    precis_buf_free(&d->text);
    precis_buf_free(&d->stems);
    precis_vec_free(&d->paras);
    precis_vec_free(&d->sents);
    precis_vec_free(&d->toks);
    precis_vec_free(&d->stem_off);
    precis_vec_free(&d->slots);
}

void ev_sdoc_clear(ev_sdoc *d) {
    precis_buf_clear(&d->text);
    precis_buf_clear(&d->stems);
    d->paras.len = d->sents.len = d->toks.len = d->stem_off.len = d->slots.len = 0;
}

int ev_sdoc_add_para(ev_sdoc *d, const char *s, size_t n) {
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    precis_error err;
    int rc = precis_normalize(s, n, 0, &t, &err);
    if (rc == PRECIS_ERR_EMPTY || rc == -PRECIS_ERR_EMPTY) {
        precis_text_free(&t);
        return 0;
    }
    if (rc != 0) {
        precis_text_free(&t);
        return err.code == PRECIS_ERR_EMPTY ? 0 : -1;
    }
    const char *p = t.text.data;
    size_t b = 0, e = t.text.len;
    while (b < e && (p[b] == ' ' || p[b] == '\n' || p[b] == '\t'))
        b++;
    while (e > b && (p[e - 1] == ' ' || p[e - 1] == '\n' || p[e - 1] == '\t'))
        e--;
    if (e > b) {
        if (d->text.len) precis_buf_append(&d->text, "\n\n", 2);
        precis_paragraph *para = precis_vec_push(&d->paras);
        if (!para)
            rc = -1;
        else {
            para->off = d->text.len;
            para->len = e - b;
            precis_buf_append(&d->text, p + b, e - b);
        }
    }
    precis_text_free(&t);
    return rc || d->text.oom ? -1 : 0;
}

typedef struct tok_ctx {
    precis_vec *toks;
    int first;
} tok_ctx;

static int push_tok(void *vctx, size_t off, size_t len, uint32_t flags) {
    tok_ctx *c = vctx;
    precis_token *t = precis_vec_push(c->toks);
    if (!t) return -1;
    t->off = off;
    t->len = len;
    t->flags = flags | (c->first ? PRECIS_TOK_FIRST : 0);
    c->first = 0;
    return 0;
}

static uint32_t vocab_id(ev_sdoc *d, const char *s, size_t n) {
    if (d->slots.len < 2 * (d->stem_off.len + 1)) { /* grow and rehash */
        size_t cap = d->slots.len ? d->slots.len * 2 : 1024;
        if (precis_vec_reserve(&d->slots, cap) != 0) return UINT32_MAX;
        d->slots.len = cap;
        uint32_t *sl = d->slots.data;
        memset(sl, 0, cap * sizeof *sl);
        const size_t *off = d->stem_off.data;
        for (size_t id = 0; id < d->stem_off.len; id++) {
            const char *w = d->stems.data + off[id];
            for (size_t i = precis_fnv1a(w, strlen(w)) & (cap - 1);; i = (i + 1) & (cap - 1))
                if (!sl[i]) {
                    sl[i] = (uint32_t)id + 1;
                    break;
                }
        }
    }
    uint32_t *sl = d->slots.data;
    size_t mask = d->slots.len - 1;
    for (size_t i = precis_fnv1a(s, n) & mask;; i = (i + 1) & mask) {
        if (!sl[i]) {
            size_t *off = precis_vec_push(&d->stem_off);
            if (!off) return UINT32_MAX;
            *off = d->stems.len;
            precis_buf_append(&d->stems, s, n);
            precis_buf_putc(&d->stems, 0);
            sl[i] = (uint32_t)d->stem_off.len;
            return sl[i] - 1;
        }
        const char *w = d->stems.data + *PRECIS_VEC_AT(&d->stem_off, size_t, sl[i] - 1);
        if (!strncmp(w, s, n) && w[n] == 0) return sl[i] - 1;
    }
}

int ev_sdoc_finish(ev_sdoc *d, ev_analyser *a, const char *title, size_t title_len) {
    const char *text = d->text.data ? d->text.data : "";
    const precis_paragraph *pp = d->paras.data;
    d->sents.len = d->toks.len = 0;
    for (size_t i = 0; i < d->paras.len; i++)
        if (precis_segment(a->seg, text, pp[i].off, pp[i].len, i, &d->sents) != 0) return -1;
    precis_sentence *ss = d->sents.data;
    tok_ctx tc = {&d->toks, 1};
    for (size_t i = 0; i < d->sents.len; i++) {
        ss[i].tok_begin = d->toks.len;
        tc.first = 1;
        if (precis_tokenize(text, ss[i].off, ss[i].len, push_tok, &tc) != 0) return -1;
        ss[i].tok_end = d->toks.len;
    }
    precis_buf fold;
    precis_buf_init(&fold, &precis_default_alloc);
    for (size_t i = 0; i < d->toks.len; i++) {
        precis_token *t = PRECIS_VEC_AT(&d->toks, precis_token, i);
        precis_buf_clear(&fold);
        if (precis_fold(text + t->off, t->len, &fold) != 0) return -1;
        const char *w = fold.data ? fold.data : "";
        size_t wn = fold.len;
        if ((t->flags & PRECIS_TOK_WORD) && precis_lexicon_is_stop(a->lex, w, wn))
            t->flags |= PRECIS_TOK_STOP;
        if ((t->flags & PRECIS_TOK_WORD) && !(t->flags & PRECIS_TOK_NUM)) {
            size_t sn;
            const char *sw = precis_stem(a->stem, w, wn, &sn);
            if (sw) w = sw, wn = sn;
        }
        t->term = vocab_id(d, w, wn);
        if (t->term == UINT32_MAX) {
            precis_buf_free(&fold);
            return -1;
        }
    }
    precis_buf_free(&fold);
    precis_sections_doc *x = &d->doc;
    memset(x, 0, sizeof *x);
    x->text = text;
    x->paras = d->paras.data;
    x->n_paras = d->paras.len;
    x->sents = d->sents.data;
    x->n_sents = d->sents.len;
    x->toks = d->toks.data;
    x->n_terms = d->stem_off.len;
    x->lang = a->lang;
    x->title = title;
    x->title_len = title_len;
    return 0;
}

static int count_tok(void *ctx, size_t off, size_t len, uint32_t flags) {
    (void)off, (void)len;
    if (flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) ++*(size_t *)ctx;
    return 0;
}

size_t ev_sdoc_words(const char *text, size_t off, size_t len) {
    size_t n = 0;
    precis_tokenize(text, off, len, count_tok, &n);
    return n;
}
