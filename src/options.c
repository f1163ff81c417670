/*
 * options.c - the options by name (precis_option_set): one table of names,
 * bounds and meanings for every front end, so that the command's flags, the
 * HTTP API's query parameters and a JSON Lines record's fields accept and
 * refuse exactly the same values.
 */
#include "precis_internal.h"

#include <stdint.h>
#include <string.h>

typedef enum { K_COUNT, K_SIZE, K_ORDER, K_LANG, K_TEXT, K_BOOL, K_RULES, K_SECTIONS } opt_kind;

typedef struct opt_def {
    const char *name;
    opt_kind kind;
    unsigned long long min, max;
    const char *msg; /* what a bad value gets: names the option and what it takes */
} opt_def;

/* The bounds are the largest values that make sense, not performance
 * limits: 1000 key points, a budget of a million words. */
static const opt_def defs[] = {
    {"points", K_COUNT, 0, 1000, "points must be an integer from 0 to 1000 (0: no key points)"},
    {"words", K_COUNT, 0, 1000000,
     "words must be an integer from 0 to 1000000 (0: no word budget)"},
    {"order", K_ORDER, 0, 0, "order must be article or rank"},
    {"lang", K_LANG, 0, 0, "lang must be the code of a supported language"},
    {"title", K_TEXT, 0, 0, "title must be text"},
    {"strict", K_BOOL, 0, 0, "strict must be 1, true, 0 or false"},
    {"compress", K_RULES, 0, 0,
     "compress must be a comma-separated list of compression rules (connectives, attribution, "
     "sources, brackets, dashes, relatives, all, default) or none"},
    {"max_sentences", K_COUNT, 1, 100000000,
     "max_sentences must be an integer from 1 to 100000000"},
    {"max_depth", K_COUNT, 1, 1000000, "max_depth must be an integer from 1 to 1000000"},
    {"max_bytes", K_SIZE, 1, SIZE_MAX / 4,
     "max_bytes must be a size of at least 1 byte, such as 1048576, 512K or 64M"},
    {"sections", K_SECTIONS, 0, 0, "sections must be auto, page or off"},
    {"max_sections", K_COUNT, 1, 16, "max_sections must be an integer from 1 to 16"},
    {"keywords", K_COUNT, 0, 50, "keywords must be an integer from 0 to 50 (0: none)"},
    {"quotes", K_BOOL, 0, 0, "quotes must be 1, true, 0 or false"},
    {"entities", K_BOOL, 0, 0, "entities must be 1, true, 0 or false"},
};
#define N_DEFS (sizeof defs / sizeof defs[0])

/* The names, in the table's order, for precis_option_names. */
static const char *const names[] = {"points",    "words",     "order",    "lang",
                                    "title",     "strict",    "compress", "max_sentences",
                                    "max_depth", "max_bytes", "sections", "max_sections",
                                    "keywords",  "quotes",    "entities", NULL};
_Static_assert(sizeof names / sizeof names[0] == N_DEFS + 1, "a name for every option");

const char *const *precis_option_names(void) {
    return names;
}

int precis_option_type(const char *name) {
    for (size_t k = 0; name && k < N_DEFS; k++)
        if (strcmp(defs[k].name, name) == 0)
            return defs[k].kind == K_COUNT || defs[k].kind == K_SIZE ? 'n'
                   : defs[k].kind == K_BOOL                          ? 'b'
                                                                     : 's';
    return 0;
}

static int is(const char *v, size_t n, const char *word) {
    return strlen(word) == n && memcmp(v, word, n) == 0;
}

/* A decimal number, with a K, M or G suffix (powers of 1024) when units. */
static int parse_number(const char *s, size_t n, int units, unsigned long long max,
                        unsigned long long *out) {
    size_t i = 0;
    unsigned long long v = 0;
    if (!n || s[0] < '0' || s[0] > '9') return -1;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
        unsigned d = (unsigned)(s[i] - '0');
        if (v > (max - d) / 10) return -1;
        v = v * 10 + d;
    }
    if (units && i + 1 == n) {
        unsigned shift = s[i] == 'k' || s[i] == 'K'   ? 10
                         : s[i] == 'm' || s[i] == 'M' ? 20
                         : s[i] == 'g' || s[i] == 'G' ? 30
                                                      : 0;
        if (!shift || v > (max >> shift)) return -1;
        v <<= shift;
        i++;
    }
    if (i != n) return -1;
    *out = v;
    return 0;
}

static int bad(precis_error *err, precis_code code, const char *msg) {
    int rc = precis_set_error(err, code, 0);
    if (err) err->msg = msg;
    return rc;
}

int precis_option_set(precis_options *o, const char *name, const char *value, size_t len,
                      precis_error *err) {
    if (err) precis_set_error(err, PRECIS_OK, 0);
    size_t k = 0;
    while (k < N_DEFS && (!name || strcmp(defs[k].name, name) != 0))
        k++;
    if (!o || k == N_DEFS)
        return bad(err, PRECIS_ERR_INVALID_ARG,
                   "unknown option (points, words, order, lang, title, strict, compress, "
                   "max_sentences, max_depth, max_bytes, sections, max_sections, keywords, "
                   "quotes, entities)");
    const opt_def *d = &defs[k];
    if (!value && len) return bad(err, PRECIS_ERR_INVALID_ARG, d->msg);
    if (!value) value = "";
    unsigned long long v;
    switch (d->kind) {
    case K_COUNT:
    case K_SIZE:
        if (parse_number(value, len, d->kind == K_SIZE, d->max, &v) != 0 || v < d->min)
            return bad(err, PRECIS_ERR_INVALID_ARG, d->msg);
        if (strcmp(d->name, "points") == 0)
            o->points = (unsigned)v;
        else if (strcmp(d->name, "words") == 0)
            o->words = (unsigned)v;
        else if (strcmp(d->name, "max_sentences") == 0)
            o->max_sentences = (size_t)v;
        else if (strcmp(d->name, "max_depth") == 0)
            o->max_html_depth = (size_t)v;
        else if (strcmp(d->name, "max_sections") == 0)
            o->max_sections = (unsigned)v;
        else if (strcmp(d->name, "keywords") == 0)
            o->keywords = (unsigned)v;
        else
            o->max_input_bytes = (size_t)v;
        return 0;
    case K_ORDER:
        if (is(value, len, "article"))
            o->order = PRECIS_ORDER_ARTICLE;
        else if (is(value, len, "rank"))
            o->order = PRECIS_ORDER_RANK;
        else
            return bad(err, PRECIS_ERR_INVALID_ARG, d->msg);
        return 0;
    case K_LANG: {
        char code[16];
        const char *c = NULL;
        if (len < sizeof code && !memchr(value, 0, len)) {
            memcpy(code, value, len);
            code[len] = 0;
            c = precis_language_code(code);
        }
        if (!c) return bad(err, PRECIS_ERR_LANG, d->msg);
        o->lang = c; /* the table's own string: outlives the value */
        return 0;
    }
    case K_TEXT:
        o->title = value;
        o->title_len = len;
        return 0;
    case K_BOOL: {
        int *field = strcmp(d->name, "quotes") == 0     ? &o->quotes
                     : strcmp(d->name, "entities") == 0 ? &o->entities
                                                        : &o->strict_utf8;
        if (is(value, len, "1") || is(value, len, "true"))
            *field = 1;
        else if (is(value, len, "0") || is(value, len, "false"))
            *field = 0;
        else
            return bad(err, PRECIS_ERR_INVALID_ARG, d->msg);
        return 0;
    }
    case K_SECTIONS:
        if (is(value, len, "auto"))
            o->sections = PRECIS_SECTIONS_AUTO;
        else if (is(value, len, "page"))
            o->sections = PRECIS_SECTIONS_PAGE;
        else if (is(value, len, "off"))
            o->sections = PRECIS_SECTIONS_OFF;
        else
            return bad(err, PRECIS_ERR_INVALID_ARG, d->msg);
        return 0;
    case K_RULES: {
        char list[256];
        unsigned bits = 0;
        if (is(value, len, "none")) {
            o->compress = 0;
            return 0;
        }
        if (len && len < sizeof list && !memchr(value, 0, len)) {
            memcpy(list, value, len);
            list[len] = 0;
            bits = precis_compress_rules(list);
        }
        if (!bits) return bad(err, PRECIS_ERR_INVALID_ARG, d->msg);
        o->compress = bits;
        return 0;
    }
    }
    return bad(err, PRECIS_ERR_INVALID_ARG, d->msg);
}
