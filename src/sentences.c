/*
 * sentences.c - precis_sentences_*: the text normalized as for a brief,
 * cut into blocks, each block split by the segmenter of the language; the
 * sentences kept with their spans in the input.
 */
#include "engine.h"
#include "json_write.h"
#include "sentences.h"
#include "text.h"

#include <string.h>

typedef struct sent_item {
    size_t off, len;   /* text in strings */
    size_t start, end; /* in the input */
} sent_item;

struct precis_sentences {
    const precis_engine *engine;
    const precis_alloc *alc;
    int lang;
    precis_buf strings; /* the sentences' text, each NUL-terminated */
    precis_vec items;   /* sent_item */
    size_t id_off, id_len;
    int has_id;
};

/* ------------------------------------------------------------ blocks */

static int is_end_mark(unsigned char c) {
    return c == '.' || c == '!' || c == '?';
}

/* Whether the line break at nl (text[nl] == '\n', the line [ls, nl) before
 * it) is inside a wrapped line: the next line starts with a lower-case
 * letter or "(", and the line before does not end a sentence and either
 * ends in a space (a soft break) or is long (hard-wrapped text). */
static int wrapped(const char *text, size_t len, size_t ls, size_t nl) {
    const unsigned char *t = (const unsigned char *)text;
    size_t k = nl + 1;
    while (k < len && (t[k] == ' ' || t[k] == '\t'))
        k++;
    if (k >= len) return 0;
    uint32_t c;
    precis_utf8_next(t + k, len - k, &c);
    if (!precis_is_lower(c) && c != '(') return 0;
    size_t e = nl;
    int soft = e > ls && (t[e - 1] == ' ' || t[e - 1] == '\t');
    while (e > ls && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        e--;
    if (e == ls || is_end_mark(t[e - 1])) return 0;
    return soft || nl - ls >= 60;
}

/* A block with no letter or digit ("_____", "* * *") is a rule, no sentence. */
static int has_alnum(const char *text, size_t off, size_t end) {
    const unsigned char *t = (const unsigned char *)text;
    for (size_t i = off; i < end;) {
        uint32_t c;
        i += precis_utf8_next(t + i, end - i, &c);
        if (precis_is_alnum(c)) return 1;
    }
    return 0;
}

static int push_block(precis_vec *blocks, const char *text, size_t off, size_t end) {
    if (end <= off || !has_alnum(text, off, end)) return 0;
    precis_paragraph *p = precis_vec_push(blocks);
    if (!p) return -1;
    p->off = off;
    p->len = end - off;
    return 0;
}

int precis_sentence_blocks(const char *text, size_t len, precis_vec *blocks) {
    size_t start = 0, ls = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] != '\n') continue;
        if (!wrapped(text, len, ls, i)) { /* a blank line is never wrapped */
            if (push_block(blocks, text, start, i) != 0) return -1;
            start = i + 1;
        }
        ls = i + 1;
    }
    return push_block(blocks, text, start, len);
}

/* ------------------------------------------------------------ splitting */

static int pick_lang(const precis_engine *e, const precis_options *o, const char *text, size_t n,
                     precis_error *err) {
    if (o->lang && *o->lang) {
        int idx = precis_lang_index(o->lang, strlen(o->lang));
        if (idx < 0 || !(e->mask & (1u << idx))) return precis_set_error(err, PRECIS_ERR_LANG, 0);
        return idx;
    }
    double conf = 0;
    int idx = precis_langid_guess(e->langid, text, n, &conf);
    if (idx >= 0 && (e->mask & (1u << idx))) return idx;
    /* Too little text to tell: the first loaded language, as a brief does. */
    idx = 0;
    while (idx < PRECIS_MAX_LANGS - 1 && !(e->mask & (1u << idx)))
        idx++;
    return idx;
}

void precis_sentences_free(precis_sentences *s) {
    if (!s) return;
    precis_buf_free(&s->strings);
    precis_vec_free(&s->items);
    precis_free(s->alc, s);
}

precis_sentences *precis_sentences_text(const precis_engine *e, const char *text, size_t len,
                                        const precis_options *opts, precis_error *err) {
    if (err) precis_set_error(err, PRECIS_OK, 0);
    precis_options defaults;
    opts = precis_input_check(e, text, len, opts, &defaults, err);
    if (!opts) return NULL;
    const precis_alloc *alc = &e->alc;
    precis_sentences *s = precis_malloc(alc, sizeof *s);
    if (!s) {
        precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        return NULL;
    }
    memset(s, 0, sizeof *s);
    s->engine = e;
    s->alc = alc;
    precis_buf_init(&s->strings, alc);
    precis_vec_init(&s->items, sizeof(sent_item), alc);
    precis_text nt;
    precis_text_init(&nt, alc);
    precis_vec blocks, sents;
    precis_vec_init(&blocks, sizeof(precis_paragraph), alc);
    precis_vec_init(&sents, sizeof(precis_sentence), alc);
    int rc = precis_normalize(text ? text : "", len, opts->strict_utf8, &nt, err);
    if (rc == 0) {
        const char *t = nt.text.data;
        int lang = pick_lang(e, opts, t, nt.text.len, err);
        if (lang < 0) rc = lang;
        s->lang = lang;
    }
    if (rc == 0) {
        const char *t = nt.text.data;
        rc = precis_sentence_blocks(t, nt.text.len, &blocks);
        const precis_paragraph *b = blocks.data;
        for (size_t i = 0; rc == 0 && i < blocks.len; i++)
            rc = precis_segment(e->seg[s->lang], t, b[i].off, b[i].len, i, &sents);
        if (rc == 0) rc = precis_vec_reserve(&s->items, sents.len);
        const precis_sentence *st = sents.data;
        for (size_t i = 0; rc == 0 && i < sents.len; i++) {
            sent_item *it = precis_vec_push(&s->items);
            size_t off = s->strings.len;
            int pending = 0;
            rc = precis_collapse(&s->strings, off, t + st[i].off, st[i].len, &pending);
            if (rc == 0) rc = precis_buf_putc(&s->strings, 0);
            it->off = off;
            it->len = s->strings.len - 1 - off;
            it->start = precis_text_src_offset(&nt, st[i].off);
            it->end = precis_text_src_offset(&nt, st[i].off + st[i].len);
        }
        if (rc != 0) rc = precis_set_error(err, PRECIS_ERR_NOMEM, 0);
    }
    precis_text_free(&nt);
    precis_vec_free(&blocks);
    precis_vec_free(&sents);
    if (rc != 0) {
        precis_sentences_free(s);
        return NULL;
    }
    return s;
}

int precis_sentences_set_id(precis_sentences *s, const char *json, size_t n) {
    size_t off = s->strings.len;
    if (precis_buf_append(&s->strings, json, n) != 0 || precis_buf_putc(&s->strings, 0) != 0)
        return -1;
    s->id_off = off;
    s->id_len = n;
    s->has_id = 1;
    return 0;
}

/* ------------------------------------------------------------ accessors */

size_t precis_sentences_count(const precis_sentences *s) {
    return s->items.len;
}

int precis_sentences_get(const precis_sentences *s, size_t i, precis_sentence_span *out) {
    if (i >= s->items.len) return -1;
    const sent_item *it = PRECIS_VEC_AT(&s->items, sent_item, i);
    out->text = s->strings.data + it->off;
    out->len = it->len;
    out->start = it->start;
    out->end = it->end;
    return 0;
}

const char *precis_sentences_lang(const precis_sentences *s) {
    return precis_lang_code(s->lang);
}

char *precis_sentences_render(const precis_sentences *s, precis_format format, size_t *len,
                              precis_error *err) {
    if (len) *len = 0;
    if (!s) {
        precis_set_error(err, PRECIS_ERR_INVALID_ARG, 0);
        return NULL;
    }
    if (format != PRECIS_FORMAT_TEXT && format != PRECIS_FORMAT_MARKDOWN &&
        format != PRECIS_FORMAT_JSON) {
        precis_set_error(err, PRECIS_ERR_FORMAT, 0);
        return NULL;
    }
    precis_buf o;
    precis_buf_init(&o, s->alc);
    const sent_item *it = s->items.data;
    const char *str = s->strings.data;
    if (format == PRECIS_FORMAT_JSON) {
        precis_buf_putc(&o, '{');
        if (s->has_id) {
            precis_buf_puts(&o, "\"id\":");
            precis_json_raw(&o, str + s->id_off, s->id_len);
            precis_buf_putc(&o, ',');
        }
        precis_buf_puts(&o, "\"sentences\":[");
        for (size_t i = 0; i < s->items.len; i++) {
            precis_buf_puts(&o, i ? ",{\"text\":" : "{\"text\":");
            precis_json_string(&o, str + it[i].off, it[i].len);
            precis_buf_printf(&o, ",\"start\":%zu,\"end\":%zu}", it[i].start, it[i].end);
        }
        precis_buf_puts(&o, "]}");
    } else {
        for (size_t i = 0; i < s->items.len; i++) {
            if (format == PRECIS_FORMAT_MARKDOWN) precis_buf_puts(&o, "- ");
            precis_buf_append(&o, str + it[i].off, it[i].len);
            precis_buf_putc(&o, '\n');
        }
    }
    char *r = o.oom ? NULL : precis_buf_detach(&o, len);
    if (!r) {
        precis_buf_free(&o);
        precis_set_error(err, PRECIS_ERR_NOMEM, 0);
    }
    return r;
}
