/*
 * brief.c - the brief object: an analysed document (analysis.h, made by
 * pipeline.c) and the display strings the accessors hand out. Key points,
 * the title and page metadata are made with the brief; the text of every
 * paragraph and sentence only when first asked for.
 */
#include "brief.h"
#include "engine.h"
#include "languages.h"
#include "text.h"

#include <pthread.h>
#include <string.h>

typedef struct precis_span {
    size_t off, len;
} precis_span;

typedef struct precis_keypoint {
    precis_span text; /* in strings */
    size_t start, end;
    size_t piece_off; /* in ranges */
} precis_keypoint;

/* Display strings made on first use: accessors may be called from several
 * threads at once, so they are made under a lock, once. */
typedef struct precis_view {
    pthread_mutex_t lock;
    int done[2];           /* [0] paragraphs, [1] sentences: made */
    precis_buf strings[2]; /* their text */
    precis_vec spans[2];   /* precis_span in strings */
} precis_view;

/* Display strings of a section, keyphrase or quotation: spans in strings. */
typedef struct precis_shown {
    precis_span text, speaker;
    size_t piece_off; /* a section's heading pieces in ranges */
} precis_shown;

struct precis_brief {
    const precis_engine *engine;
    const precis_alloc *alc;
    precis_analysis a;
    precis_buf strings; /* display strings, each NUL-terminated */
    precis_span id;
    int has_id;
    precis_vec points;                    /* precis_keypoint, as a.picks */
    precis_vec ranges;                    /* precis_range: kept pieces of compressed points */
    precis_vec shown_sections;            /* precis_shown, as a.sections */
    precis_vec shown_keywords;            /* precis_shown, as a.keywords */
    precis_vec shown_quotes;              /* precis_shown, as a.quotes */
    precis_vec shown_entities;            /* precis_shown, as a.entities */
    precis_span page[PRECIS_PAGE_FIELDS]; /* page metadata, when made from HTML */
    int has_page;
    precis_view view;
};

/* ------------------------------------------------------------- strings */

/* Appends s to o with whitespace runs collapsed to one space, trimmed, and a
 * NUL; *span receives where it went. */
static int add_collapsed(precis_buf *o, const char *s, size_t n, precis_span *span) {
    if (precis_buf_reserve(o, n + 1) != 0) return -1;
    size_t start = o->len;
    int pending = 0;
    if (precis_collapse(o, start, s, n, &pending) != 0) return -1;
    span->off = start;
    span->len = o->len - start;
    o->len++; /* keep the NUL between strings */
    return 0;
}

int precis_brief_add_warning(precis_brief *b, const char *msg) {
    return precis_analysis_warn(&b->a, msg);
}

/* -------------------------------------------------------------- brief */

/* The display text and input ranges of the key points. */
static int make_points(precis_brief *b) {
    const precis_analysis *a = &b->a;
    const char *text = a->text.text.data;
    size_t k = a->picks.len;
    if (precis_vec_reserve(&b->points, k) != 0) return -1;
    for (size_t i = 0; i < k; i++) {
        const precis_pick *pk = PRECIS_VEC_AT(&a->picks, precis_pick, i);
        const precis_sentence *st = PRECIS_VEC_AT(&a->sents, precis_sentence, pk->sentence);
        precis_keypoint *kp = precis_vec_push(&b->points);
        kp->start = precis_text_src_offset(&a->text, st->off);
        kp->end = precis_text_src_offset(&a->text, st->off + st->len);
        kp->piece_off = b->ranges.len;
        if (!pk->piece_count) {
            if (add_collapsed(&b->strings, text + st->off, st->len, &kp->text) != 0) return -1;
            continue;
        }
        const precis_piece *p = PRECIS_VEC_AT(&a->pieces, precis_piece, pk->piece_off);
        size_t start = b->strings.len;
        if (precis_compress_render(text, st->off, p, pk->piece_count, &b->strings) != 0 ||
            (pk->truncated && precis_buf_puts(&b->strings, "\xE2\x80\xA6") != 0) ||
            precis_buf_putc(&b->strings, 0) != 0)
            return -1;
        kp->text.off = start;
        kp->text.len = b->strings.len - 1 - start;
        for (size_t j = 0; j < pk->piece_count; j++) {
            precis_range *r = precis_vec_push(&b->ranges);
            if (!r) return -1;
            r->start = precis_text_src_offset(&a->text, p[j].off);
            r->end = precis_text_src_offset(&a->text, p[j].off + p[j].len);
        }
    }
    return 0;
}

/* The display strings of the sections stage: headings and the input ranges
 * they are cut from. */
static int make_stages(precis_brief *b) {
    const precis_analysis *a = &b->a;
    const char *text = a->text.text.data;
    const char *lang = precis_lang_code(a->lang);
    for (size_t i = 0; i < a->sections.len; i++) {
        const precis_sect *sc = PRECIS_VEC_AT(&a->sections, precis_sect, i);
        precis_shown *sh = precis_vec_push(&b->shown_sections);
        if (!sh) return -1;
        sh->piece_off = b->ranges.len;
        if (!sc->piece_count) continue;
        const precis_piece *p = PRECIS_VEC_AT(&a->heading_pieces, precis_piece, sc->piece_off);
        sh->text.off = b->strings.len;
        if (a->sections_page) {
            if (add_collapsed(&b->strings, text + p->off, p->len, &sh->text) != 0) return -1;
        } else {
            if (precis_heading_render(text, p, sc->piece_count, lang, &b->strings) != 0 ||
                precis_buf_putc(&b->strings, 0) != 0)
                return -1;
            sh->text.len = b->strings.len - 1 - sh->text.off;
        }
        for (size_t j = 0; j < sc->piece_count; j++) {
            precis_range *r = precis_vec_push(&b->ranges);
            if (!r) return -1;
            r->start = precis_text_src_offset(&a->text, p[j].off);
            r->end = precis_text_src_offset(&a->text, p[j].off + p[j].len);
        }
    }
    return 0;
}

/* *items: the n items of a stage's vector v, one per item shown, made at
 * once to be filled in place (no zeroing and no test of room per item).
 * 0, or -1 when out of memory. */
static int shown_items(precis_vec *v, size_t n, precis_shown **items) {
    if (precis_vec_reserve(v, n) != 0) return -1;
    v->len = n;
    *items = v->data;
    return 0;
}

/* The display strings of the closing block's stages: keyphrases,
 * quotations and speakers, entities (and their mentions' input ranges).
 * The strings' room is made once for all of them (each is collapsed to at
 * most its bytes and a NUL). */
static int make_closing(precis_brief *b) {
    const precis_analysis *a = &b->a;
    const char *text = a->text.text.data;
    size_t room = 0, n_ranges = 0;
    for (size_t i = 0; i < a->keywords.len; i++)
        room += PRECIS_VEC_AT(&a->keywords, precis_keyword, i)->len + 1;
    for (size_t i = 0; i < a->quotes.len; i++) {
        const precis_quote *q = PRECIS_VEC_AT(&a->quotes, precis_quote, i);
        room += q->len + q->speaker_len + 2;
    }
    for (size_t i = 0; i < a->entities.len; i++) {
        const precis_entity *en = PRECIS_VEC_AT(&a->entities, precis_entity, i);
        room += en->name_len + 1;
        n_ranges += en->mention_count;
    }
    precis_shown *sh;
    if (precis_buf_reserve(&b->strings, room) != 0 ||
        precis_vec_reserve(&b->ranges, b->ranges.len + n_ranges) != 0 ||
        shown_items(&b->shown_keywords, a->keywords.len, &sh) != 0)
        return -1;
    for (size_t i = 0; i < a->keywords.len; i++, sh++) {
        const precis_keyword *k = PRECIS_VEC_AT(&a->keywords, precis_keyword, i);
        const char *from = k->in_title ? a->title.data : text;
        sh->speaker.off = sh->speaker.len = sh->piece_off = 0;
        if (add_collapsed(&b->strings, from + k->off, k->len, &sh->text) != 0) return -1;
    }
    if (shown_items(&b->shown_quotes, a->quotes.len, &sh) != 0) return -1;
    for (size_t i = 0; i < a->quotes.len; i++, sh++) {
        const precis_quote *q = PRECIS_VEC_AT(&a->quotes, precis_quote, i);
        sh->speaker.off = sh->speaker.len = sh->piece_off = 0;
        if (add_collapsed(&b->strings, text + q->off, q->len, &sh->text) != 0) return -1;
        if (q->speaker_kind != PRECIS_SPEAKER_NONE &&
            add_collapsed(&b->strings, text + q->speaker_off, q->speaker_len, &sh->speaker) != 0)
            return -1;
    }
    if (shown_items(&b->shown_entities, a->entities.len, &sh) != 0) return -1;
    for (size_t i = 0; i < a->entities.len; i++, sh++) {
        const precis_entity *en = PRECIS_VEC_AT(&a->entities, precis_entity, i);
        sh->speaker.off = sh->speaker.len = 0;
        if (add_collapsed(&b->strings, text + en->name_off, en->name_len, &sh->text) != 0)
            return -1;
        sh->piece_off = b->ranges.len;
        for (size_t k = 0; k < en->mention_count; k++) {
            const precis_entity_mention *m =
                PRECIS_VEC_AT(&a->mentions, precis_entity_mention, en->mention_off + k);
            precis_range *r = PRECIS_VEC_AT(&b->ranges, precis_range, b->ranges.len++);
            r->start = precis_text_src_offset(&a->text, m->off);
            r->end = precis_text_src_offset(&a->text, m->off + m->len);
        }
    }
    return 0;
}

static precis_brief *brief_new(const precis_engine *e) {
    const precis_alloc *alc = &e->alc;
    precis_brief *b = precis_malloc(alc, sizeof *b);
    if (!b) return NULL;
    memset(b, 0, sizeof *b);
    b->engine = e;
    b->alc = alc;
    precis_analysis_init(&b->a, alc);
    precis_buf_init(&b->strings, alc);
    precis_vec_init(&b->points, sizeof(precis_keypoint), alc);
    precis_vec_init(&b->ranges, sizeof(precis_range), alc);
    precis_vec_init(&b->shown_sections, sizeof(precis_shown), alc);
    precis_vec_init(&b->shown_keywords, sizeof(precis_shown), alc);
    precis_vec_init(&b->shown_quotes, sizeof(precis_shown), alc);
    precis_vec_init(&b->shown_entities, sizeof(precis_shown), alc);
    pthread_mutex_init(&b->view.lock, NULL);
    for (int i = 0; i < 2; i++) {
        precis_buf_init(&b->view.strings[i], alc);
        precis_vec_init(&b->view.spans[i], sizeof(precis_span), alc);
    }
    /* The empty string at offset 0 serves every absent string. */
    if (precis_buf_putc(&b->strings, 0) != 0) {
        precis_brief_free(b);
        return NULL;
    }
    return b;
}

void precis_brief_free(precis_brief *b) {
    if (!b) return;
    precis_analysis_free(&b->a);
    precis_buf_free(&b->strings);
    precis_vec_free(&b->points);
    precis_vec_free(&b->ranges);
    precis_vec_free(&b->shown_sections);
    precis_vec_free(&b->shown_keywords);
    precis_vec_free(&b->shown_quotes);
    precis_vec_free(&b->shown_entities);
    pthread_mutex_destroy(&b->view.lock);
    for (int i = 0; i < 2; i++) {
        precis_buf_free(&b->view.strings[i]);
        precis_vec_free(&b->view.spans[i]);
    }
    precis_free(b->alc, b);
}

/* The brief of text; page: the text is a web page's article. */
static precis_brief *analyse(const precis_engine *e, const char *text, size_t len,
                             const precis_options *opts, int page, precis_scored_fn scored,
                             void *scored_ctx, precis_error *err) {
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
    if (precis_normalize(text ? text : "", len, opts->strict_utf8, &b->a.text, err) != 0) {
        precis_brief_free(b);
        return NULL;
    }
    b->a.from_page = page;
    precis_workspace *ws = precis_engine_acquire(e);
    int rc = ws ? precis_analyse(e, ws, opts, &b->a, scored, scored_ctx, err)
                : precis_set_error(err, PRECIS_ERR_NOMEM, 0);
    precis_engine_release(e, ws);
    if (rc == 0 &&
        (make_points(b) != 0 || make_stages(b) != 0 || make_closing(b) != 0 || b->strings.oom))
        rc = precis_set_error(err, PRECIS_ERR_NOMEM, 0);
    if (rc != 0) {
        precis_brief_free(b);
        return NULL;
    }
    return b;
}

precis_brief *precis_brief_analyse(const precis_engine *e, const char *text, size_t len,
                                   const precis_options *opts, precis_scored_fn scored,
                                   void *scored_ctx, precis_error *err) {
    return analyse(e, text, len, opts, 0, scored, scored_ctx, err);
}

precis_brief *precis_brief_page_text(const precis_engine *e, const char *text, size_t len,
                                     const precis_options *opts, precis_error *err) {
    return analyse(e, text, len, opts, 1, NULL, NULL, err);
}

precis_brief *precis_brief_text(const precis_engine *e, const char *text, size_t len,
                                const precis_options *opts, precis_error *err) {
    return analyse(e, text, len, opts, 0, NULL, NULL, err);
}

const precis_analysis *precis_brief_analysis(const precis_brief *b) {
    return &b->a;
}

/* ------------------------------------------------------------- views */

/* Makes the display text of every paragraph (sents 0) or sentence (1) on
 * first use. 0, or -1 when out of memory (a later call tries again). */
static int make_view(const precis_brief *cb, int sents) {
    precis_brief *b = (precis_brief *)cb; /* the view is a cache; briefs are not made const */
    precis_view *v = &b->view;
    pthread_mutex_lock(&v->lock);
    int rc = 0;
    if (!v->done[sents]) {
        const precis_analysis *a = &b->a;
        const char *text = a->text.text.data;
        precis_buf *strings = &v->strings[sents];
        precis_vec *spans = &v->spans[sents];
        size_t n = sents ? a->sents.len : a->paras.len;
        rc = precis_vec_reserve(spans, n);
        for (size_t i = 0; rc == 0 && i < n; i++) {
            size_t off, len;
            if (sents) {
                const precis_sentence *s = PRECIS_VEC_AT(&a->sents, precis_sentence, i);
                off = s->off, len = s->len;
            } else {
                const precis_paragraph *p = PRECIS_VEC_AT(&a->paras, precis_paragraph, i);
                off = p->off, len = p->len;
            }
            rc = add_collapsed(strings, text + off, len, precis_vec_push(spans));
        }
        if (rc == 0) {
            v->done[sents] = 1;
        } else { /* start afresh next time */
            precis_buf_free(strings);
            precis_buf_init(strings, b->alc);
            spans->len = 0;
        }
    }
    pthread_mutex_unlock(&v->lock);
    return rc;
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
        if (add_collapsed(&b->strings, f, strlen(f), &b->page[i]) != 0) return -1;
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
    if (len) *len = b->a.title.len;
    return b->a.title.len ? b->a.title.data : "";
}

const char *precis_brief_id(const precis_brief *b, size_t *len) {
    if (len) *len = b->has_id ? b->id.len : 0;
    return b->has_id ? b->strings.data + b->id.off : NULL;
}

const char *precis_brief_lang(const precis_brief *b) {
    return precis_lang_code(b->a.lang);
}

double precis_brief_lang_confidence(const precis_brief *b) {
    return b->a.lang_confidence;
}

const char *precis_brief_heading(const precis_brief *b) {
    return precis_lang_heading(b->a.lang);
}

size_t precis_brief_point_count(const precis_brief *b) {
    return b->points.len;
}

int precis_brief_point(const precis_brief *b, size_t i, precis_point *out) {
    if (i >= b->points.len || !out) return -1;
    const precis_keypoint *kp = PRECIS_VEC_AT(&b->points, precis_keypoint, i);
    const precis_pick *pk = PRECIS_VEC_AT(&b->a.picks, precis_pick, i);
    out->text = b->strings.data + kp->text.off;
    out->len = kp->text.len;
    out->sentence = pk->sentence;
    out->start = kp->start;
    out->end = kp->end;
    out->score = pk->score;
    out->pieces = pk->piece_count ? PRECIS_VEC_AT(&b->ranges, precis_range, kp->piece_off) : NULL;
    out->piece_count = pk->piece_count;
    out->truncated = pk->truncated;
    return 0;
}

size_t precis_brief_sentence_count(const precis_brief *b) {
    return b->a.sents.len;
}

int precis_brief_sentence(const precis_brief *b, size_t i, precis_point *out) {
    if (i >= b->a.sents.len || !out || make_view(b, 1) != 0) return -1;
    const precis_sentence *s = PRECIS_VEC_AT(&b->a.sents, precis_sentence, i);
    const precis_span *sp = PRECIS_VEC_AT(&b->view.spans[1], precis_span, i);
    out->text = b->view.strings[1].data + sp->off;
    out->len = sp->len;
    out->sentence = i;
    out->start = precis_text_src_offset(&b->a.text, s->off);
    out->end = precis_text_src_offset(&b->a.text, s->off + s->len);
    out->score = *PRECIS_VEC_AT(&b->a.scores, double, i);
    out->pieces = NULL;
    out->piece_count = 0;
    out->truncated = 0;
    return 0;
}

size_t precis_brief_paragraph_count(const precis_brief *b) {
    return b->a.paras.len;
}

const char *precis_brief_paragraph(const precis_brief *b, size_t i, size_t *len) {
    if (i >= b->a.paras.len || make_view(b, 0) != 0) {
        if (len) *len = 0;
        return NULL;
    }
    const precis_span *sp = PRECIS_VEC_AT(&b->view.spans[0], precis_span, i);
    if (len) *len = sp->len;
    return b->view.strings[0].data + sp->off;
}

size_t precis_brief_warning_count(const precis_brief *b) {
    return b->a.warnings.len;
}

const char *precis_brief_warning(const precis_brief *b, size_t i) {
    if (i >= b->a.warnings.len) return NULL;
    return b->a.warn_text.data + *PRECIS_VEC_AT(&b->a.warnings, size_t, i);
}

size_t precis_brief_section_count(const precis_brief *b) {
    return b->a.sections.len;
}

int precis_brief_section(const precis_brief *b, size_t i, precis_section *out) {
    if (i >= b->a.sections.len || !out) return -1;
    const precis_analysis *a = &b->a;
    const precis_sect *sc = PRECIS_VEC_AT(&a->sections, precis_sect, i);
    const precis_shown *sh = PRECIS_VEC_AT(&b->shown_sections, precis_shown, i);
    out->heading = sc->piece_count ? b->strings.data + sh->text.off : NULL;
    out->heading_len = sc->piece_count ? sh->text.len : 0;
    out->heading_pieces =
        sc->piece_count ? PRECIS_VEC_AT(&b->ranges, precis_range, sh->piece_off) : NULL;
    out->heading_piece_count = sc->piece_count;
    out->first = sc->first;
    out->last = sc->last;
    out->generated = !a->sections_page;
    const precis_paragraph *p = a->paras.data;
    if (sc->last >= sc->first && sc->last < a->paras.len) {
        out->start = precis_text_src_offset(&a->text, p[sc->first].off);
        out->end = precis_text_src_offset(&a->text, p[sc->last].off + p[sc->last].len);
    } else { /* a heading with no paragraph: an empty span after it */
        size_t at = sc->piece_count ? out->heading_pieces[sc->piece_count - 1].end : 0;
        out->start = out->end = at;
    }
    return 0;
}

size_t precis_brief_keyphrase_count(const precis_brief *b) {
    return b->a.keywords.len;
}

int precis_brief_keyphrase(const precis_brief *b, size_t i, precis_keyphrase *out) {
    if (i >= b->a.keywords.len || !out) return -1;
    const precis_analysis *a = &b->a;
    const precis_keyword *k = PRECIS_VEC_AT(&a->keywords, precis_keyword, i);
    const precis_shown *sh = PRECIS_VEC_AT(&b->shown_keywords, precis_shown, i);
    out->text = b->strings.data + sh->text.off;
    out->len = sh->text.len;
    out->score = k->score;
    if (!k->in_title) {
        out->start = precis_text_src_offset(&a->text, k->off);
        out->end = precis_text_src_offset(&a->text, k->off + k->len);
    } else if (a->title_at != SIZE_MAX) { /* the headline is the text's first line */
        out->start = precis_text_src_offset(&a->text, a->title_at + k->off);
        out->end = precis_text_src_offset(&a->text, a->title_at + k->off + k->len);
    } else {
        out->start = out->end = 0;
    }
    return 0;
}

size_t precis_brief_quotation_count(const precis_brief *b) {
    return b->a.quotes.len;
}

int precis_brief_quotation(const precis_brief *b, size_t i, precis_quotation *out) {
    if (i >= b->a.quotes.len || !out) return -1;
    const precis_analysis *a = &b->a;
    const precis_quote *q = PRECIS_VEC_AT(&a->quotes, precis_quote, i);
    const precis_shown *sh = PRECIS_VEC_AT(&b->shown_quotes, precis_shown, i);
    out->text = b->strings.data + sh->text.off;
    out->len = sh->text.len;
    out->start = precis_text_src_offset(&a->text, q->off);
    out->end = precis_text_src_offset(&a->text, q->off + q->len);
    int named = q->speaker_kind != PRECIS_SPEAKER_NONE;
    out->speaker = named ? b->strings.data + sh->speaker.off : NULL;
    out->speaker_len = named ? sh->speaker.len : 0;
    out->speaker_start = named ? precis_text_src_offset(&a->text, q->speaker_off) : 0;
    out->speaker_end =
        named ? precis_text_src_offset(&a->text, q->speaker_off + q->speaker_len) : 0;
    return 0;
}

const char *precis_brief_label(const precis_brief *b, precis_label which) {
    const precis_language *l = precis_lang_row(b->a.lang);
    switch (which) {
    case PRECIS_LABEL_KEY_POINTS:
        return l->key_points;
    case PRECIS_LABEL_MORE:
        return l->more;
    case PRECIS_LABEL_KEYWORDS:
        return l->keywords;
    case PRECIS_LABEL_PEOPLE:
        return l->people;
    case PRECIS_LABEL_PLACES:
        return l->places;
    }
    return "";
}

size_t precis_brief_entity_count(const precis_brief *b) {
    return b->a.entities.len;
}

int precis_brief_entity(const precis_brief *b, size_t i, precis_named *out) {
    if (i >= b->a.entities.len || !out) return -1;
    const precis_entity *en = PRECIS_VEC_AT(&b->a.entities, precis_entity, i);
    const precis_shown *sh = PRECIS_VEC_AT(&b->shown_entities, precis_shown, i);
    out->name = b->strings.data + sh->text.off;
    out->name_len = sh->text.len;
    out->type = (precis_entity_type)en->type; /* the same order as PRECIS_ENT_* */
    out->salience = en->salience;
    out->mentions =
        en->mention_count ? PRECIS_VEC_AT(&b->ranges, precis_range, sh->piece_off) : NULL;
    out->mention_count = en->mention_count;
    return 0;
}

long precis_brief_quotation_speaker_entity(const precis_brief *b, size_t i) {
    const precis_analysis *a = &b->a;
    if (i >= a->quotes.len) return -1;
    const precis_quote *q = PRECIS_VEC_AT(&a->quotes, precis_quote, i);
    /* the quotes stage named it (it runs after the entities) */
    return q->speaker_kind == PRECIS_SPEAKER_NONE || q->entity < 0 ? -1 : q->entity;
}
