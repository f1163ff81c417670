/*
 * sectdoc.c - an analysed document for the sections stage (sectdoc.h), from
 * the brief's pipeline.
 */
#include "sectdoc.h"

#include "text.h"

#include <stdint.h>
#include <string.h>

/* The placeholder headline: short and without final punctuation, so that
 * precis_split_paragraphs takes it as the title and the body's paragraphs
 * are exactly those given. */
static const char headline[] = "Sections";

int ev_analyser_init(ev_analyser *a, const char *lang) {
    memset(a, 0, sizeof *a);
    if (strlen(lang) >= sizeof a->lang) return -1;
    strcpy(a->lang, lang);
    a->engine = precis_engine_new(lang, NULL, NULL);
    return a->engine ? 0 : -1;
}

void ev_analyser_free(ev_analyser *a) {
    precis_engine_free(a->engine);
    memset(a, 0, sizeof *a);
}

void ev_sdoc_init(ev_sdoc *d) {
    memset(d, 0, sizeof *d);
    precis_buf_init(&d->raw, &precis_default_alloc);
    precis_buf_init(&d->text, &precis_default_alloc);
    precis_vec_init(&d->paras, sizeof(precis_paragraph), &precis_default_alloc);
    precis_vec_init(&d->sents, sizeof(precis_sentence), &precis_default_alloc);
    precis_vec_init(&d->toks, sizeof(precis_token), &precis_default_alloc);
}

void ev_sdoc_free(ev_sdoc *d) {
    precis_brief_free(d->brief);
    precis_buf_free(&d->raw);
    precis_buf_free(&d->text);
    precis_vec_free(&d->paras);
    precis_vec_free(&d->sents);
    precis_vec_free(&d->toks);
}

void ev_sdoc_clear(ev_sdoc *d) {
    precis_brief_free(d->brief);
    d->brief = NULL;
    precis_buf_clear(&d->raw);
    precis_buf_clear(&d->text);
    d->n_paras = 0;
    d->paras.len = d->sents.len = d->toks.len = 0;
}

int ev_sdoc_add_para(ev_sdoc *d, const char *s, size_t n) {
    if (!d->raw.len) precis_buf_append(&d->raw, headline, sizeof headline - 1);
    size_t before = d->raw.len;
    precis_buf_append(&d->raw, "\n\n", 2);
    size_t start = d->raw.len;
    int pending = 0;
    if (precis_collapse(&d->raw, start, s, n, &pending) != 0) return -1;
    if (d->raw.len == start) {
        d->raw.len = before; /* nothing but white space */
        return 0;
    }
    d->n_paras++;
    return d->raw.oom ? -1 : 0;
}

/* Copies a vector's items. */
static int copy_vec(precis_vec *to, const precis_vec *from) {
    to->len = 0;
    if (precis_vec_reserve(to, from->len) != 0) return -1;
    if (from->len) memcpy(to->data, from->data, from->len * from->item);
    to->len = from->len;
    return 0;
}

int ev_sdoc_finish(ev_sdoc *d, ev_analyser *an, const char *title, size_t title_len) {
    precis_options o;
    precis_options_default(&o);
    o.lang = an->lang;
    o.points = 1; /* so that the considered sentences get tokens */
    o.max_sentences = SIZE_MAX;
    o.title = title_len ? title : NULL;
    o.title_len = title_len;
    precis_brief_free(d->brief);
    d->brief = precis_brief_analyse(an->engine, d->raw.data ? d->raw.data : "", d->raw.len, &o,
                                    NULL, NULL, NULL);
    if (!d->brief) return -1;
    const precis_analysis *a = precis_brief_analysis(d->brief);
    if (a->paras.len != d->n_paras || a->considered != a->sents.len) return -1;
    if (copy_vec(&d->paras, &a->paras) != 0 || copy_vec(&d->sents, &a->sents) != 0 ||
        copy_vec(&d->toks, &a->tokens) != 0)
        return -1;
    d->toks.len = a->title_tok; /* the body's tokens, not the title's */
    precis_buf_clear(&d->text);
    if (a->text.text.len && precis_buf_append(&d->text, a->text.text.data, a->text.text.len) != 0)
        return -1;
    precis_sections_doc *x = &d->doc;
    memset(x, 0, sizeof *x);
    x->text = d->text.data ? d->text.data : "";
    x->paras = d->paras.data;
    x->n_paras = d->paras.len;
    x->sents = d->sents.data;
    x->n_sents = d->sents.len;
    x->toks = d->toks.data;
    x->n_terms = a->term_off.len;
    x->lang = an->lang;
    x->title = o.title;
    x->title_len = o.title ? title_len : 0;
    return 0;
}

const char *ev_sdoc_body(const ev_sdoc *d, size_t *len) {
    size_t skip = sizeof headline + 1; /* the headline and a blank line */
    *len = d->raw.len > skip ? d->raw.len - skip : 0;
    return *len ? d->raw.data + skip : "";
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
