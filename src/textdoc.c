/*
 * textdoc.c - a plain text analysed into sentences and stemmed tokens (see
 * textdoc.h), with the library's own steps in brief.c's order.
 */
#include "textdoc.h"

#include <string.h>

void precis_textdoc_init(precis_textdoc *d, const precis_alloc *alc) {
    memset(d, 0, sizeof *d);
    d->alc = alc ? alc : &precis_default_alloc;
    precis_text_init(&d->norm, d->alc);
    precis_vec_init(&d->paras, sizeof(precis_paragraph), d->alc);
    precis_vec_init(&d->sents, sizeof(precis_sentence), d->alc);
    precis_vec_init(&d->toks, sizeof(precis_token), d->alc);
    precis_buf_init(&d->stems, d->alc);
    precis_vec_init(&d->term_str, sizeof(size_t), d->alc);
    precis_vec_init(&d->slots, sizeof(uint64_t), d->alc);
}

void precis_textdoc_free(precis_textdoc *d) {
    if (!d) return;
    precis_text_free(&d->norm);
    precis_vec_free(&d->paras);
    precis_vec_free(&d->sents);
    precis_vec_free(&d->toks);
    precis_buf_free(&d->stems);
    precis_vec_free(&d->term_str);
    precis_vec_free(&d->slots);
}

const char *precis_textdoc_stem(const precis_textdoc *d, uint32_t term) {
    if (term >= d->term_str.len) return "";
    return d->stems.data + *PRECIS_VEC_AT(&d->term_str, size_t, term);
}

static uint32_t term_id(precis_textdoc *d, const char *s, size_t n) {
    uint32_t h = precis_fnv1a(s, n);
    uint64_t *slots = d->slots.data;
    size_t mask = d->slots.len - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint64_t v = slots[i];
        if (!v) {
            uint32_t id = (uint32_t)d->term_str.len;
            size_t *off = precis_vec_push(&d->term_str);
            if (!off) return UINT32_MAX;
            *off = d->stems.len;
            if (precis_buf_append(&d->stems, s, n) != 0 || precis_buf_putc(&d->stems, 0) != 0)
                return UINT32_MAX;
            slots[i] = ((uint64_t)h << 32) | ((uint64_t)id + 1);
            return id;
        }
        if ((uint32_t)(v >> 32) == h) {
            uint32_t id = (uint32_t)(v & 0xffffffffu) - 1;
            const char *t = precis_textdoc_stem(d, id);
            if (strncmp(t, s, n) == 0 && t[n] == 0) return id;
        }
    }
}

typedef struct push_ctx {
    precis_vec *toks;
    int first;
} push_ctx;

static int push(void *vctx, size_t off, size_t len, uint32_t flags) {
    push_ctx *c = vctx;
    precis_token *t = precis_vec_push(c->toks);
    if (!t) return -1;
    t->off = off;
    t->len = len;
    t->flags = flags | (c->first ? PRECIS_TOK_FIRST : 0);
    c->first = 0;
    return 0;
}

int precis_textdoc_build(precis_textdoc *d, const char *lang, const char *text, size_t len) {
    d->paras.len = d->sents.len = d->toks.len = d->term_str.len = 0;
    d->title_off = d->title_len = d->title_tok = d->n_terms = 0;
    precis_buf_clear(&d->stems);
    d->lang = lang ? precis_lang_index(lang, strlen(lang)) : -1;
    if (d->lang < 0 || precis_normalize(text, len, 0, &d->norm, NULL) != 0) return -1;
    const char *t = d->norm.text.data;
    size_t n = d->norm.text.len;
    if (precis_split_paragraphs(t, n, &d->title_off, &d->title_len, &d->paras) != 0) return -1;
    precis_segmenter *seg = precis_segmenter_new(lang, d->alc);
    precis_lexicon *lex = precis_lexicon_new(lang, d->alc);
    precis_stemmer *st = precis_stemmer_new(lang, d->alc);
    precis_buf fold;
    precis_buf_init(&fold, d->alc);
    int rc = seg && lex && st ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < d->paras.len; i++) {
        const precis_paragraph *p = PRECIS_VEC_AT(&d->paras, precis_paragraph, i);
        rc = precis_segment(seg, t, p->off, p->len, i, &d->sents);
    }
    push_ctx pc = {&d->toks, 1};
    for (size_t i = 0; rc == 0 && i < d->sents.len; i++) {
        precis_sentence *s = PRECIS_VEC_AT(&d->sents, precis_sentence, i);
        s->tok_begin = d->toks.len;
        pc.first = 1;
        rc = precis_tokenize(t, s->off, s->len, push, &pc);
        s->tok_end = d->toks.len;
    }
    d->title_tok = d->toks.len;
    pc.first = 1;
    if (rc == 0 && d->title_len) rc = precis_tokenize(t, d->title_off, d->title_len, push, &pc);
    size_t cap = 64;
    while (cap < 2 * (d->toks.len + 1))
        cap *= 2;
    if (rc == 0 && precis_vec_reserve(&d->slots, cap) == 0) {
        d->slots.len = cap;
        memset(d->slots.data, 0, cap * sizeof(uint64_t));
    } else {
        rc = -1;
    }
    for (size_t i = 0; rc == 0 && i < d->toks.len; i++) {
        precis_token *k = PRECIS_VEC_AT(&d->toks, precis_token, i);
        precis_buf_clear(&fold);
        if (precis_fold(t + k->off, k->len, &fold) != 0) {
            rc = -1;
            break;
        }
        const char *w = fold.data ? fold.data : "";
        size_t wn = fold.len;
        if ((k->flags & PRECIS_TOK_WORD) && precis_lexicon_is_stop(lex, w, wn))
            k->flags |= PRECIS_TOK_STOP;
        if ((k->flags & PRECIS_TOK_WORD) && !(k->flags & PRECIS_TOK_NUM)) {
            size_t sn;
            const char *sw = precis_stem(st, w, wn, &sn);
            if (sw) w = sw, wn = sn;
        }
        if ((k->term = term_id(d, w, wn)) == UINT32_MAX) rc = -1;
    }
    d->n_terms = d->term_str.len;
    precis_buf_free(&fold);
    precis_stemmer_free(st);
    precis_lexicon_free(lex);
    precis_segmenter_free(seg);
    return rc;
}
