/* html/format.c - bounds the formatting elements gumbo reopens.
 *
 * An HTML5 tree builder keeps a list of the active formatting elements (<b>,
 * <i>, <font>, <a>, ...) and, before each run of text or inline tag that
 * follows the close of the block holding them, reopens ("reconstructs")
 * every one that is no longer open. A page that leaves 1,000 of them open
 * and then has 10,000 paragraphs makes 10 million elements out of 90 KB.
 * Misnested end tags (the adoption agency) clone elements the same way.
 *
 * A linear pass models that list loosely: formatting start tags push an
 * entry, their end tags remove it, the close of a block (any other end tag,
 * a block start tag) marks the entries as closed, and the next text or
 * inline tag counts one reopening per closed entry (weighted by the tag's
 * length, as its attributes are copied too). Table cells are markers the
 * list is cleared back to. Past a budget linear in the page, the entries
 * about to be reopened are dropped from the page (their start tags, and the
 * end tags that would have closed them), so gumbo never sees them; more
 * than MAX_OPEN entries at once are dropped as they come. The model errs
 * towards counting too much; real pages stay far below the budget. Text is
 * never dropped, only tags. */
#include "html.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_OPEN = 64 };

/* The HTML formatting elements; "a" and "nobr" close an open one of
 * their kind. */
static const char *const fmt_names[] = {"a",    "b", "big",   "code",   "em",     "font", "i",
                                        "nobr", "s", "small", "strike", "strong", "tt",   "u"};
#define N_FMT (sizeof fmt_names / sizeof fmt_names[0])

/* Start tags that close an open <p> (and so the formatting elements in it). */
static const char *const block_names[] = {
    "address", "article", "aside",  "blockquote", "body",      "caption", "center",   "dd",
    "details", "dialog",  "dir",    "div",        "dl",        "dt",      "fieldset", "figcaption",
    "figure",  "footer",  "form",   "h1",         "h2",        "h3",      "h4",       "h5",
    "h6",      "header",  "hgroup", "hr",         "html",      "li",      "listing",  "main",
    "menu",    "nav",     "ol",     "p",          "plaintext", "pre",     "section",  "summary",
    "table",   "tbody",   "td",     "tfoot",      "th",        "thead",   "tr",       "ul",
    "xmp",     "select",  "option", "optgroup"};

static const char *const raw_names[] = {"script", "style",  "textarea", "title",
                                        "xmp",    "iframe", "noembed",  "noframes"};

static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Index of the tag name [p, p+n) in names, or -1. */
static int lookup(const char *p, size_t n, const char *const *names, size_t count) {
    for (size_t i = 0; i < count; i++) {
        size_t k = strlen(names[i]);
        if (k == n && lower((unsigned char)p[0]) == names[i][0]) {
            size_t j = 1;
            while (j < k && lower((unsigned char)p[j]) == names[i][j])
                j++;
            if (j == k) return (int)i;
        }
    }
    return -1;
}

typedef struct entry {
    size_t off, len; /* the start tag in the page */
    int8_t tag;      /* index in fmt_names; -1 for a cell marker */
    uint8_t closed;  /* its block was closed: the next text reopens it */
    uint16_t table;  /* tables open around a marker */
} entry;

typedef struct span {
    size_t off, len;
} span;

static int by_off(const void *a, const void *b) {
    const span *x = a, *y = b;
    return (x->off > y->off) - (x->off < y->off);
}

typedef struct model {
    entry list[MAX_OPEN];
    size_t n;
    size_t pending[N_FMT]; /* end tags to drop, of elements dropped */
    size_t cost, budget;
    size_t starts;    /* start tags dropped */
    precis_vec drops; /* span */
    int oom;
} model;

static void drop(model *m, size_t off, size_t len) {
    span *s = precis_vec_push(&m->drops);
    if (!s) {
        m->oom = 1;
        return;
    }
    s->off = off, s->len = len;
}

static void remove_at(model *m, size_t k) {
    memmove(m->list + k, m->list + k + 1, (m->n - k - 1) * sizeof m->list[0]);
    m->n--;
}

/* Text or an inline tag: the closed entries are reopened. Past the budget
 * they are dropped instead. */
static void reopen(model *m) {
    size_t add = 0;
    for (size_t k = 0; k < m->n; k++)
        if (m->list[k].closed) add += 1 + m->list[k].len / 64;
    if (!add) return;
    if (m->cost + add <= m->budget) {
        m->cost += add;
        for (size_t k = 0; k < m->n; k++)
            m->list[k].closed = 0;
        return;
    }
    for (size_t k = m->n; k-- > 0;)
        if (m->list[k].closed && m->list[k].tag >= 0) {
            drop(m, m->list[k].off, m->list[k].len);
            m->pending[m->list[k].tag]++;
            m->starts++;
            remove_at(m, k);
        }
}

static void close_all(model *m) {
    for (size_t k = 0; k < m->n; k++)
        if (m->list[k].tag >= 0) m->list[k].closed = 1;
}

/* Clears the list back to the last cell marker of the current table. */
static void close_cell(model *m, size_t tables) {
    size_t k = m->n;
    while (k > 0 && m->list[k - 1].tag >= 0)
        k--;
    if (k > 0 && m->list[k - 1].table == tables) m->n = k - 1;
}

size_t precis_html_cap_formatting(char *s, size_t n, const precis_alloc *alc, size_t *dropped,
                                  int *oom) {
    model m;
    memset(&m, 0, sizeof m);
    m.budget = PRECIS_HTML_REOPEN_BASE + n / PRECIS_HTML_REOPEN_PER;
    precis_vec_init(&m.drops, sizeof(span), alc);
    size_t tables = 0, i = 0;
    *dropped = 0;
    *oom = 0;
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        size_t j = lt ? (size_t)(lt - s) : n;
        if (j > i) reopen(&m);
        i = j;
        if (i >= n) break;
        if (i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
            size_t e = i + 4;
            while (e + 3 <= n && memcmp(s + e, "-->", 3) != 0)
                e++;
            i = e + 3 <= n ? e + 3 : n;
            continue;
        }
        const char *gt = memchr(s + i, '>', n - i);
        size_t e = gt ? (size_t)(gt - s) + 1 : n;
        int closing = i + 1 < n && s[i + 1] == '/';
        size_t a = i + 1 + (size_t)closing, z = a;
        while (z < e && ((lower((unsigned char)s[z]) >= 'a' && lower((unsigned char)s[z]) <= 'z') ||
                         (s[z] >= '0' && s[z] <= '9')))
            z++;
        if (z == a || lower((unsigned char)s[a]) < 'a' || lower((unsigned char)s[a]) > 'z') {
            i = e; /* <!doctype>, <?...>, a stray "<" */
            continue;
        }
        int f = lookup(s + a, z - a, fmt_names, N_FMT);
        if (f >= 0 && !closing) {
            reopen(&m);
            if (f == 0 || f == 7) /* a new <a> or <nobr> closes the open one */
                for (size_t k = m.n; k-- > 0 && m.list[k].tag >= 0;)
                    if (m.list[k].tag == f) {
                        remove_at(&m, k);
                        break;
                    }
            if (m.n >= MAX_OPEN) {
                drop(&m, i, e - i);
                m.pending[f]++;
                m.starts++;
            } else {
                m.list[m.n++] = (entry){.off = i, .len = e - i, .tag = (int8_t)f};
            }
        } else if (f >= 0) {
            size_t k = m.n;
            while (k-- > 0 && m.list[k].tag >= 0 && m.list[k].tag != f)
                ;
            if (k < m.n && m.list[k].tag == f) {
                /* the adoption agency reopens what was opened inside it */
                for (size_t q = k + 1; q < m.n; q++)
                    m.list[q].closed = 1;
                remove_at(&m, k);
            } else if (m.pending[f]) {
                m.pending[f]--;
                drop(&m, i, e - i);
            }
        } else {
            int cell = lookup(s + a, z - a, (const char *const[]){"td", "th", "caption"}, 3) >= 0;
            int table = lookup(s + a, z - a, (const char *const[]){"table"}, 1) >= 0;
            int row = lookup(s + a, z - a, (const char *const[]){"tr", "tbody", "thead", "tfoot"},
                             4) >= 0;
            if (closing) {
                close_all(&m);
                if (cell || row) close_cell(&m, tables);
                if (table && tables) close_cell(&m, tables), tables--;
            } else if (lookup(s + a, z - a, block_names,
                              sizeof block_names / sizeof block_names[0]) >= 0) {
                close_all(&m);
                if (table) tables++;
                if ((cell || row) && tables) close_cell(&m, tables);
                if (cell && tables && m.n < MAX_OPEN)
                    m.list[m.n++] = (entry){.tag = -1, .table = (uint16_t)tables};
            } else {
                reopen(&m);
            }
            int r = closing
                        ? -1
                        : lookup(s + a, z - a, raw_names, sizeof raw_names / sizeof raw_names[0]);
            if (r >= 0) { /* skip raw text to its end tag */
                size_t k = strlen(raw_names[r]);
                size_t q = e;
                for (; q + 2 + k <= n; q++)
                    if (s[q] == '<' && s[q + 1] == '/' &&
                        lookup(s + q + 2, k, raw_names + r, 1) == 0)
                        break;
                e = q + 2 + k <= n ? q : n;
            }
        }
        i = e;
    }
    size_t out = n;
    if (m.oom) {
        *oom = 1;
    } else if (m.drops.len) {
        span *d = m.drops.data;
        qsort(d, m.drops.len, sizeof *d, by_off);
        size_t o = 0, from = 0;
        for (size_t k = 0; k < m.drops.len; k++) {
            memmove(s + o, s + from, d[k].off - from);
            o += d[k].off - from;
            from = d[k].off + d[k].len;
        }
        memmove(s + o, s + from, n - from);
        out = o + n - from;
        *dropped = m.starts;
    }
    precis_vec_free(&m.drops);
    return out;
}
