/* html/page.c - the public web-page API: decode, make NFC, parse with gumbo into an
 * arena, read metadata and content, and brief the result. */
#include "html.h"

#include <gumbo.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define MAX_WARNINGS 8
#define ARENA_CHUNK ((size_t)1 << 20)

/* Gumbo allocates a node per element and frees it one by one, recursively on
 * tree depth; a bump arena makes the free one loop and bounds the stack.
 * Gumbo does not check what its allocator returns, so a failed allocation
 * cannot be handed to it: the arena jumps back to parse() instead, which
 * frees every chunk. Gumbo keeps no state outside its allocations and the
 * stack, so nothing is left behind. */
typedef struct chunk {
    struct chunk *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
} chunk;

typedef struct arena {
    const precis_alloc *alc;
    chunk *head;
    jmp_buf oom;
} arena;

struct precis_page {
    const precis_alloc *alc;
    precis_buf text;
    precis_html_meta meta;
    const char *charset;
    precis_buf warn_text;          /* the warnings, each NUL-terminated */
    size_t warn_off[MAX_WARNINGS]; /* where each starts in warn_text */
    size_t nwarn;
    int cut;      /* longer than PRECIS_HTML_MAX_BYTES: only the start read */
    int decoding; /* bytes replaced or alphabets mixed: charset in doubt */
    /* Here rather than on parse()'s stack: what changes between setjmp and
     * longjmp must not be a local of the function that called setjmp. */
    arena arena;
};

static void *arena_alloc(void *ctx, size_t size) {
    arena *a = ctx;
    if (size > SIZE_MAX / 2) longjmp(a->oom, 1);
    size = (size + 15) & ~(size_t)15;
    if (!a->head || a->head->size - a->head->used < size) {
        size_t cap = size > ARENA_CHUNK ? size : ARENA_CHUNK;
        chunk *c = precis_malloc(a->alc, sizeof(chunk) + cap);
        if (!c) longjmp(a->oom, 1);
        c->next = a->head, c->used = 0, c->size = cap;
        a->head = c;
    }
    void *p = a->head->data + a->head->used;
    a->head->used += size;
    return p;
}

static void arena_dealloc(void *ctx, void *ptr) {
    (void)ctx, (void)ptr;
}

static void arena_free(arena *a) {
    for (chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        precis_free(a->alc, c);
    }
    a->head = NULL;
}

/* Keeps a copy of msg; a failed copy sets warn_text.oom, seen by the caller. */
static void warn(precis_page *p, const char *msg) {
    if (p->nwarn >= MAX_WARNINGS) return;
    size_t off = p->warn_text.len;
    if (precis_buf_puts(&p->warn_text, msg) != 0 || precis_buf_putc(&p->warn_text, 0) != 0) return;
    p->warn_off[p->nwarn++] = off;
}

void precis_page_free(precis_page *p) {
    if (!p) return;
    precis_buf_free(&p->text);
    precis_buf_free(&p->warn_text);
    precis_html_meta_free(&p->meta);
    precis_free(p->alc, p);
}

/* Whether s[0..n) occurs in b. */
static int in_buf(const precis_buf *b, const char *s, size_t n) {
    for (size_t k = 0; n && k + n <= b->len; k++)
        if (b->data[k] == s[0] && memcmp(b->data + k, s, n) == 0) return 1;
    return 0;
}

/* Whether the DOM block t[0..n) is the page's description (its first
 * LEAD_PIECE bytes open the meta description) and the JSON-LD body does not
 * hold it (LEAD_PIECE bytes from its middle). */
#define LEAD_PIECE 60
static int lead_description(const precis_page *p, const char *t, size_t n) {
    const precis_buf *d = &p->meta.description;
    return n >= 2 * LEAD_PIECE && d->len >= LEAD_PIECE && memcmp(d->data, t, LEAD_PIECE) == 0 &&
           !in_buf(&p->meta.body, t + LEAD_PIECE / 2, LEAD_PIECE);
}

/* Copies to out the DOM text's lead that the JSON-LD articleBody leaves
 * out: when a later paragraph of the DOM text (LEAD_PIECE bytes from its
 * middle) is in the body, the blocks before it that the body does not
 * hold (a standfirst over a paywalled teaser); else, when no paragraph of
 * the DOM text is in the body (a paywall shows only the standfirst, beside
 * a newsletter's line), the block that is the page's description. Returns
 * 0, or -1 when out of memory. Only a paragraph among the first LEAD_BLOCKS
 * blocks, starting within LEAD_MAX bytes, is looked for: each search reads
 * the whole body, so the work stays linear in it. */
#define LEAD_BLOCKS 16
#define LEAD_MAX 4096
static int dom_lead(const precis_page *p, precis_buf *out) {
    const precis_buf *t = &p->text, *body = &p->meta.body;
    size_t i = 0, found = 0, desc = SIZE_MAX, desc_end = 0;
    for (size_t blocks = 0; i < t->len && i <= LEAD_MAX && blocks < LEAD_BLOCKS; blocks++) {
        size_t end = i;
        while (end < t->len &&
               !(t->data[end] == '\n' && end + 1 < t->len && t->data[end + 1] == '\n'))
            end++;
        if (end - i >= 2 * LEAD_PIECE && in_buf(body, t->data + i + LEAD_PIECE / 2, LEAD_PIECE)) {
            found = i;
            break;
        }
        if (desc == SIZE_MAX && lead_description(p, t->data + i, end - i)) desc = i, desc_end = end;
        i = end + 2;
    }
    if (!found) {
        if (desc == SIZE_MAX) return 0;
        return precis_buf_append(out, t->data + desc, desc_end - desc);
    }
    for (i = 0; i < found;) {
        size_t end = i;
        while (end < found &&
               !(t->data[end] == '\n' && end + 1 < t->len && t->data[end + 1] == '\n'))
            end++;
        if (end > i && !in_buf(body, t->data + i, end - i)) {
            if (out->len) precis_buf_append(out, "\n\n", 2);
            precis_buf_append(out, t->data + i, end - i);
        }
        i = end + 2;
    }
    return out->oom ? -1 : 0;
}

/* Replaces the text by the JSON-LD articleBody, one paragraph per line,
 * after the DOM's lead that the body leaves out. */
static int use_article_body(precis_page *p) {
    const precis_buf *body = &p->meta.body;
    precis_buf lead;
    precis_buf_init(&lead, p->alc);
    if (dom_lead(p, &lead) != 0) {
        precis_buf_free(&lead);
        return -1;
    }
    precis_buf_clear(&p->text);
    if (lead.len) precis_buf_append(&p->text, lead.data, lead.len);
    precis_buf_free(&lead);
    size_t i = 0;
    while (i < body->len) {
        const char *nl = memchr(body->data + i, '\n', body->len - i);
        size_t end = nl ? (size_t)(nl - body->data) : body->len;
        size_t a = i, z = end;
        while (a < z && (body->data[a] == ' ' || body->data[a] == '\r' || body->data[a] == '\t'))
            a++;
        while (z > a && (body->data[z - 1] == ' ' || body->data[z - 1] == '\r'))
            z--;
        if (z > a) {
            if (p->text.len) precis_buf_append(&p->text, "\n\n", 2);
            precis_buf_append(&p->text, body->data + a, z - a);
        }
        i = end + 1;
    }
    return p->text.oom ? -1 : 0;
}

/* Decodes in place the HTML entities some sites leave in JSON-LD strings
 * (&quot; &#039; &#8217;): the common named ones and numeric references,
 * none longer in UTF-8 than its reference. */
static void decode_entities(precis_buf *b) {
    static const struct {
        const char *name;
        char c;
    } named[] = {{"quot;", '"'}, {"apos;", '\''}, {"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}};
    size_t o = 0;
    for (size_t i = 0; i < b->len;) {
        char *s = b->data + i;
        size_t rest = b->len - i;
        if (*s == '&' && rest > 2 && s[1] == '#') {
            int hex = s[2] == 'x' || s[2] == 'X';
            size_t k = hex ? 3 : 2, digits = 0;
            unsigned long cp = 0;
            for (; k < rest && digits < 7; k++, digits++) {
                char c = s[k];
                unsigned d = c >= '0' && c <= '9'          ? (unsigned)(c - '0')
                             : hex && c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                             : hex && c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                                                           : 99;
                if (d == 99) break;
                cp = cp * (hex ? 16 : 10) + d;
            }
            if (digits && k < rest && s[k] == ';' && cp > 0 && cp <= 0x10FFFF &&
                !(cp >= 0xD800 && cp <= 0xDFFF)) {
                char *d = b->data + o;
                if (cp < 0x80)
                    d[0] = (char)cp, o += 1;
                else if (cp < 0x800)
                    d[0] = (char)(0xC0 | cp >> 6), d[1] = (char)(0x80 | (cp & 0x3F)), o += 2;
                else if (cp < 0x10000)
                    d[0] = (char)(0xE0 | cp >> 12), d[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
                    d[2] = (char)(0x80 | (cp & 0x3F)), o += 3;
                else
                    d[0] = (char)(0xF0 | cp >> 18), d[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
                    d[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), d[3] = (char)(0x80 | (cp & 0x3F)),
                    o += 4;
                i += k + 1;
                continue;
            }
        } else if (*s == '&') {
            size_t j = 0;
            for (; j < sizeof named / sizeof named[0]; j++) {
                size_t n = strlen(named[j].name);
                if (rest > n && memcmp(s + 1, named[j].name, n) == 0) break;
            }
            if (j < sizeof named / sizeof named[0]) {
                b->data[o++] = named[j].c;
                i += 1 + strlen(named[j].name);
                continue;
            }
        }
        b->data[o++] = b->data[i++];
    }
    b->len = o;
    if (b->cap) b->data[o] = '\0';
}

/* Drops in place the HTML tags some sites leave in a JSON-LD articleBody
 * ("<p>...</p>", "<strong>"): a tag is "<" then a letter, or "/" and a
 * letter, up to ">" within TAG_MAX bytes; a paragraph's or a line's tag
 * (p, br, div, li, h1-h6, blockquote) becomes a line break. */
#define TAG_MAX 200
static int letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static void strip_tags(precis_buf *b) {
    static const char *const lines[] = {"p",  "br", "div", "li", "h1",        "h2",
                                        "h3", "h4", "h5",  "h6", "blockquote"};
    size_t o = 0;
    for (size_t i = 0; i < b->len;) {
        const char *s = b->data + i;
        size_t rest = b->len - i;
        if (*s == '<' && rest > 2 && (letter(s[1]) || (s[1] == '/' && letter(s[2])))) {
            const char *gt = memchr(s, '>', rest < TAG_MAX ? rest : TAG_MAX);
            if (gt) {
                const char *n = s + 1 + (s[1] == '/');
                size_t nl = 0;
                while (n + nl < gt && (letter(n[nl]) || (n[nl] >= '1' && n[nl] <= '6')))
                    nl++;
                int line = 0;
                for (size_t j = 0; j < sizeof lines / sizeof lines[0] && !line; j++)
                    line = strlen(lines[j]) == nl && strncasecmp(n, lines[j], nl) == 0;
                if (line) b->data[o++] = '\n';
                i += (size_t)(gt - s) + 1;
                continue;
            }
        }
        b->data[o++] = b->data[i++];
    }
    b->len = o;
    if (b->cap) b->data[o] = '\0';
}

/* Whether the JSON-LD articleBody is the DOM's article and more: longer by a
 * fifth (a teaser or a truncated page in the DOM) and holding a piece of its
 * first real paragraph (not another text of the site). */
static int body_extends_text(const precis_page *p) {
    const precis_buf *body = &p->meta.body, *t = &p->text;
    if (body->len * 5 <= t->len * 6) return 0;
    enum { PIECE = 60 };
    for (size_t i = 0; i < t->len;) {
        size_t end = i;
        while (end < t->len &&
               !(t->data[end] == '\n' && end + 1 < t->len && t->data[end + 1] == '\n'))
            end++;
        if (end - i >= 2 * PIECE) return in_buf(body, t->data + i + PIECE / 2, PIECE);
        i = end + 2;
    }
    return 0;
}

/* Parses decoded UTF-8 and fills the page. */
static int parse(precis_page *p, const char *html, size_t len) {
    arena *a = &p->arena;
    a->alc = p->alc;
    a->head = NULL;
    if (setjmp(a->oom)) { /* gumbo ran out of memory */
        arena_free(a);
        return -1;
    }
    GumboOptions opts = kGumboDefaultOptions;
    opts.allocator = arena_alloc;
    opts.deallocator = arena_dealloc;
    opts.userdata = a;
    opts.max_errors = 0;
    GumboOutput *out = gumbo_parse_with_options(&opts, html, len);
    int rc = -1;
    if (out && precis_html_meta_read(out->root, &p->meta) == 0) {
        const precis_buf *t = &p->meta.title;
        const precis_buf *d = &p->meta.description;
        rc = precis_html_content(out->root, t->len ? t->data : NULL, t->len,
                                 d->len ? d->data : NULL, d->len, p->alc, &p->text);
        /* Structured data knows better when the DOM gave little. */
        decode_entities(&p->meta.body);
        strip_tags(&p->meta.body);
        if (rc == 0 && p->meta.body.len > 200 &&
            (p->meta.body.len > 2 * p->text.len || body_extends_text(p)))
            rc = use_article_body(p);
    }
    arena_free(a); /* the whole tree, without gumbo_destroy_output */
    return rc;
}

/* The decoded page made NFC, as text inputs are (precis_normalize): a
 * page written with decomposed letters ("u" and U+0308, as some editors
 * save them) or with a letter NFC decomposes (Bengali U+09DC) gives the
 * same text, word lists and matches as one written composed. A page the
 * normalizer refuses (a NUL byte, mostly controls) is left as it is, and
 * so is one where U+0338 follows "<", "=" or ">": NFC would make the pair
 * one character ("≯") and break the markup ("<p>\u0338 text" would lose
 * its paragraph's tag). Returns 0, or -1 on OOM. */
static int compose(precis_buf *utf8, const precis_alloc *alc) {
    for (const char *x = utf8->data, *end = x + utf8->len;
         (x = memchr(x, '\xCC', (size_t)(end - x))) != NULL; x++)
        if (x + 1 < end && x[1] == '\xB8' && x > utf8->data &&
            (x[-1] == '<' || x[-1] == '=' || x[-1] == '>'))
            return 0;
    precis_text t;
    precis_text_init(&t, alc);
    precis_error e = {0};
    int rc = precis_normalize(utf8->data, utf8->len, 0, &t, &e);
    if (rc == 0) {
        precis_buf tmp = *utf8;
        *utf8 = t.text;
        t.text = tmp;
    }
    precis_text_free(&t);
    return rc != 0 && e.code == PRECIS_ERR_NOMEM ? -1 : 0;
}

precis_page *precis_extract_html_opts(const precis_engine *engine, const char *html, size_t len,
                                      const precis_options *opts, precis_error *err) {
    precis_options defaults;
    opts = precis_input_check(engine, html, len, opts, &defaults, err);
    if (!opts) return NULL;
    if (len == 0) {
        precis_set_error(err, PRECIS_ERR_EMPTY, 0);
        return NULL;
    }
    size_t max_depth = opts->max_html_depth;
    const precis_alloc *alc = precis_engine_alloc(engine);
    precis_page *p = precis_malloc(alc, sizeof *p);
    if (!p) {
        precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        return NULL;
    }
    memset(p, 0, sizeof *p);
    p->alc = alc;
    precis_buf_init(&p->text, alc);
    precis_buf_init(&p->warn_text, alc);
    precis_html_meta_init(&p->meta, alc);
    if (len > PRECIS_HTML_MAX_BYTES) {
        len = PRECIS_HTML_MAX_BYTES;
        p->cut = 1;
        warn(p, "page larger than 16 MiB: only its first 16 MiB were read");
    }
    precis_buf utf8;
    precis_buf_init(&utf8, alc);
    precis_charset_source src;
    size_t bad;
    int rc = precis_html_decode(html, len, &utf8, &p->charset, &src, &bad);
    if (rc == 0 && src == PRECIS_CHARSET_OVERRIDE)
        warn(p, "declared charset contradicted by the bytes; decoded as detected");
    if (rc == 0 && bad) {
        p->decoding = 1;
        char msg[200];
        if (strncmp(p->charset, "UTF-16", 6) == 0)
            snprintf(msg, sizeof msg,
                     "%zu lone UTF-16 surrogates (or an odd last byte) replaced by U+FFFD", bad);
        else
            snprintf(msg, sizeof msg,
                     "%zu bytes could not be decoded as %s and were replaced by U+FFFD "
                     "(is the declared charset right?)",
                     bad, p->charset);
        warn(p, msg);
    }
    if (rc == 0 && strcmp(p->charset, "UTF-8") != 0 && precis_html_garbled(utf8.data, utf8.len)) {
        p->decoding = 1;
        char msg[200];
        snprintf(msg, sizeof msg,
                 "the text decoded as %s mixes alphabets within words: the page's charset is "
                 "probably not %s",
                 p->charset, p->charset);
        warn(p, msg);
    }
    if (rc == 0 && utf8.len) rc = compose(&utf8, alc);
    if (rc == 0 && utf8.len) {
        size_t dropped;
        utf8.len = precis_html_cap_depth(utf8.data, utf8.len, max_depth, &dropped);
        if (dropped) {
            char msg[160];
            snprintf(msg, sizeof msg,
                     "%zu elements nested deeper than %zu levels were flattened "
                     "(the max_depth option)",
                     dropped, max_depth);
            warn(p, msg);
        }
        int oom;
        size_t budget = PRECIS_HTML_REOPEN_BASE + utf8.len / PRECIS_HTML_REOPEN_PER;
        utf8.len = precis_html_cap_formatting(utf8.data, utf8.len, alc, &dropped, &oom);
        if (oom) rc = -1;
        if (dropped) {
            char msg[200];
            snprintf(msg, sizeof msg,
                     "%zu formatting tags left open (<b>, <font>, <a>...) were dropped: more than "
                     "64 open at once, or reopened more than %zu times (limit %zu + 1 per %zu "
                     "bytes of page)",
                     dropped, budget, PRECIS_HTML_REOPEN_BASE, PRECIS_HTML_REOPEN_PER);
            warn(p, msg);
        }
    }
    if (rc == 0) rc = parse(p, utf8.data ? utf8.data : "", utf8.len);
    precis_buf_free(&utf8);
    if (rc != 0 || p->text.oom || p->warn_text.oom) {
        precis_page_free(p);
        precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        return NULL;
    }
    if (p->text.len == 0) warn(p, "no article text found in the page");
    if (p->warn_text.oom) {
        precis_page_free(p);
        precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        return NULL;
    }
    return p;
}

const char *const precis_page_field_names[PRECIS_PAGE_FIELDS] = {"title", "date", "author", "site",
                                                                 "url",   "lang", "charset"};

precis_page *precis_extract_html(const precis_engine *engine, const char *html, size_t len,
                                 precis_error *err) {
    return precis_extract_html_opts(engine, html, len, NULL, err);
}

static const char *field(const precis_buf *b) {
    return b->len ? b->data : "";
}

const char *precis_page_text(const precis_page *p, size_t *len) {
    if (len) *len = p->text.len;
    return p->text.len ? p->text.data : "";
}
const char *precis_page_title(const precis_page *p) {
    return field(&p->meta.title);
}
const char *precis_page_date(const precis_page *p) {
    return field(&p->meta.date);
}
const char *precis_page_author(const precis_page *p) {
    return field(&p->meta.author);
}
const char *precis_page_site(const precis_page *p) {
    return field(&p->meta.site);
}
const char *precis_page_url(const precis_page *p) {
    return field(&p->meta.url);
}
const char *precis_page_lang(const precis_page *p) {
    return field(&p->meta.lang);
}
const char *precis_page_charset(const precis_page *p) {
    return p->charset ? p->charset : "";
}
size_t precis_page_warning_count(const precis_page *p) {
    return p->nwarn;
}
const char *precis_page_warning(const precis_page *p, size_t i) {
    return i < p->nwarn ? p->warn_text.data + p->warn_off[i] : NULL;
}

precis_brief *precis_brief_html(const precis_engine *engine, const char *html, size_t len,
                                const precis_options *opts, precis_error *err) {
    precis_page *p = precis_extract_html_opts(engine, html, len, opts, err);
    if (!p) return NULL;
    precis_options o;
    if (opts)
        o = *opts;
    else
        precis_options_default(&o);
    if (!o.title && p->meta.title.len) {
        o.title = p->meta.title.data;
        o.title_len = p->meta.title.len;
    }
    size_t n;
    const char *text = precis_page_text(p, &n);
    precis_brief *b = precis_brief_page_text(engine, text, n, &o, err);
    if (!b && err && err->code == PRECIS_ERR_EMPTY) /* say why the page gave nothing */
        err->msg = p->cut ? "no article text in the first 16 MiB of the page (the rest is not read)"
                   : p->decoding
                       ? "no article text found in the page (it did not decode cleanly: is its "
                         "charset right?)"
                       : "no article text found in the page (only links, navigation, scripts "
                         "or markup)";
    const char *const fields[PRECIS_PAGE_FIELDS] = {
        precis_page_title(p), precis_page_date(p), precis_page_author(p), precis_page_site(p),
        precis_page_url(p),   precis_page_lang(p), precis_page_charset(p)};
    if (b && precis_brief_set_page(b, fields) != 0) {
        precis_brief_free(b);
        b = NULL;
        precis_set_error(err, PRECIS_ERR_NOMEM, 0);
    }
    for (size_t i = 0; b && i < p->nwarn; i++) {
        if (precis_brief_add_warning(b, precis_page_warning(p, i)) != 0) {
            precis_brief_free(b);
            b = NULL;
            precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        }
    }
    precis_page_free(p);
    return b;
}
