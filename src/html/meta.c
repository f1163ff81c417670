/* html/meta.c - page metadata: title, date, author, site, canonical URL and
 * language from <meta>, <link>, JSON-LD, <time>, <h1> and <title>. */
#include "html.h"

#include <gumbo.h>
#include <jansson.h>
#include <string.h>

void precis_html_meta_init(precis_html_meta *m, const precis_alloc *alc) {
    precis_buf_init(&m->title, alc);
    precis_buf_init(&m->date, alc);
    precis_buf_init(&m->author, alc);
    precis_buf_init(&m->site, alc);
    precis_buf_init(&m->url, alc);
    precis_buf_init(&m->lang, alc);
    precis_buf_init(&m->body, alc);
    precis_buf_init(&m->description, alc);
}

void precis_html_meta_free(precis_html_meta *m) {
    precis_buf_free(&m->title);
    precis_buf_free(&m->date);
    precis_buf_free(&m->author);
    precis_buf_free(&m->site);
    precis_buf_free(&m->url);
    precis_buf_free(&m->lang);
    precis_buf_free(&m->body);
    precis_buf_free(&m->description);
}

/* Appends s collapsing whitespace (and U+00A0) runs; never starts with a
 * space. */
static int append_collapsed(precis_buf *out, const char *s, size_t n) {
    if (precis_buf_reserve(out, n) != 0) return -1;
    int space = out->len == 0 || out->data[out->len - 1] == ' ';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        size_t w = precis_layout_space((const unsigned char *)s + i, n - i, PRECIS_SPACE_NBSP);
        if (w) {
            i += w - 1;
            if (!space) out->data[out->len++] = ' ';
            space = 1;
        } else {
            out->data[out->len++] = (char)c;
            space = 0;
        }
    }
    out->data[out->len] = '\0';
    return 0;
}

static void trim_end(precis_buf *b) {
    while (b->len && b->data[b->len - 1] == ' ')
        b->len--;
    if (b->cap) b->data[b->len] = '\0';
}

int precis_html_node_text(const GumboNode *node, precis_buf *out) {
    /* Pre-order walk with an explicit stack of (node, next child). */
    const GumboNode *stack[256];
    unsigned idx[256];
    size_t top = 0;
    stack[0] = node, idx[0] = 0;
    if (node->type != GUMBO_NODE_ELEMENT)
        return node->type == GUMBO_NODE_COMMENT
                   ? 0
                   : append_collapsed(out, node->v.text.text, strlen(node->v.text.text));
    for (;;) {
        const GumboNode *n = stack[top];
        const GumboVector *kids = &n->v.element.children;
        if (idx[top] >= kids->length) {
            if (top == 0) break;
            top--;
            continue;
        }
        const GumboNode *c = kids->data[idx[top]++];
        if (c->type == GUMBO_NODE_ELEMENT) {
            GumboTag t = c->v.element.tag;
            if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT ||
                top + 1 >= sizeof stack / sizeof stack[0])
                continue; /* text this deep is not metadata */
            stack[++top] = c, idx[top] = 0;
        } else if (c->type != GUMBO_NODE_COMMENT) {
            if (append_collapsed(out, c->v.text.text, strlen(c->v.text.text)) != 0) return -1;
        }
    }
    trim_end(out);
    return out->oom ? -1 : 0;
}

static int set_field(precis_buf *f, const char *s, size_t n) {
    precis_buf_clear(f);
    if (append_collapsed(f, s, n) != 0) return -1;
    trim_end(f);
    return 0;
}

static int set_if_empty(precis_buf *f, const char *s) {
    if (f->len || !s) return 0;
    return set_field(f, s, strlen(s));
}

static const char *attr(const GumboNode *n, const char *name) {
    GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : NULL;
}

static int ieq(const char *a, const char *b) {
    for (; *a && *b; a++, b++) {
        int x = *a >= 'A' && *a <= 'Z' ? *a + 32 : *a;
        if (x != *b) return 0;
    }
    return *a == *b;
}

/* Keeps the ISO 8601 prefix of s (date, optional time and zone). */
static int set_date(precis_buf *f, const char *s) {
    if (f->len || !s) return 0;
    while (*s && precis_layout_space((const unsigned char *)s, 1, 0))
        s++;
    const char *p = s;
    for (int i = 0; i < 10; i++, p++) {
        int digit = *p >= '0' && *p <= '9';
        if ((i == 4 || i == 7) ? *p != '-' : !digit) return 0;
    }
    if ((*p == 'T' || *p == ' ') && p[1] >= '0' && p[1] <= '9') {
        p++;
        while ((*p >= '0' && *p <= '9') || *p == ':' || *p == '.' || *p == '+' || *p == '-' ||
               *p == 'Z')
            p++;
    }
    if (precis_buf_append(f, s, (size_t)(p - s)) != 0) return -1;
    if (f->len > 10 && f->data[10] == ' ') f->data[10] = 'T';
    return 0;
}

/* Names of the fields found in meta tags, by priority inside a field. */
typedef struct found {
    const char *titles[5]; /* by rank: dc, og, "title", twitter, parsely */
    const char *site, *og_url, *date, *author, *locale;
    const char *desc[3]; /* by rank: og, "description", twitter */
} found;

/* One key of a meta tag ("og:title"; property may list several). */
static void meta_key(const char *key, const char *content, found *f) {
    static const char *const title_keys[][3] = {
        {"dc:title", "dc.title", "dcterm:title"},
        {"og:title", "og:title", "og:title"},
        {"title", "title", "title"},
        {"twitter:title", "twitter:title", "twitter:title"},
        {"parsely-title", "parsely-title", "parsely-title"}};
    for (size_t r = 0; r < 5; r++)
        for (size_t k = 0; k < 3; k++)
            if (ieq(key, title_keys[r][k]) && !f->titles[r]) f->titles[r] = content;
    static const char *const desc_keys[3] = {"og:description", "description",
                                             "twitter:description"};
    for (size_t r = 0; r < 3; r++)
        if (ieq(key, desc_keys[r]) && !f->desc[r]) f->desc[r] = content;
    if (ieq(key, "og:site_name"))
        f->site = content;
    else if (ieq(key, "og:url"))
        f->og_url = content;
    else if (ieq(key, "og:locale") && !f->locale)
        f->locale = content;
    else if (ieq(key, "article:published_time") || ieq(key, "datepublished") ||
             ieq(key, "og:article:published_time") || ieq(key, "date") || ieq(key, "dc.date") ||
             ieq(key, "dc.date.issued") || ieq(key, "pubdate") || ieq(key, "publish-date") ||
             ieq(key, "parsely-pub-date") || ieq(key, "sailthru.date")) {
        if (!f->date) f->date = content;
    } else if (ieq(key, "author") || ieq(key, "article:author") || ieq(key, "dc.creator") ||
               ieq(key, "dc:creator") || ieq(key, "parsely-author") || ieq(key, "byl")) {
        if (!f->author && strncmp(content, "http", 4) != 0) f->author = content;
    }
}

static void meta_tag(const GumboNode *n, found *f) {
    const char *content = attr(n, "content");
    const char *equiv = attr(n, "http-equiv");
    if (equiv && content && ieq(equiv, "content-language") && !f->locale) f->locale = content;
    if (!content || !*content) return;
    static const char *const names[] = {"property", "name", "itemprop"};
    for (size_t a = 0; a < 3; a++) {
        const char *key = attr(n, names[a]);
        if (!key) continue;
        char buf[64];
        while (*key) { /* space-separated list of keys */
            while (*key == ' ')
                key++;
            size_t k = 0;
            while (key[k] && key[k] != ' ')
                k++;
            if (k && k < sizeof buf) {
                memcpy(buf, key, k);
                buf[k] = '\0';
                meta_key(buf, content, f);
            }
            key += k;
        }
    }
}

static int is_article_type(json_t *type) {
    static const char *const types[] = {"Article",
                                        "NewsArticle",
                                        "BlogPosting",
                                        "ReportageNewsArticle",
                                        "AnalysisNewsArticle",
                                        "OpinionNewsArticle",
                                        "LiveBlogPosting",
                                        "TechArticle",
                                        "ScholarlyArticle",
                                        "WebPage",
                                        "Report"};
    if (json_is_array(type)) {
        size_t i;
        json_t *t;
        json_array_foreach(type, i, t) if (is_article_type(t)) return 1;
        return 0;
    }
    const char *s = json_string_value(type);
    if (!s) return 0;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strcmp(s, types[i]) == 0) return 1 + (i < 10);
    return 0;
}

static const char *name_of(json_t *v) {
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_array(v)) return json_array_size(v) ? name_of(json_array_get(v, 0)) : NULL;
    if (json_is_object(v)) return json_string_value(json_object_get(v, "name"));
    return NULL;
}

/* Reads one JSON-LD object of an article type. */
static int ld_article(json_t *o, precis_html_meta *m, precis_buf *headline) {
    /* headline[0]: "headline", headline[1]: "name" */
    int strong = is_article_type(json_object_get(o, "@type"));
    if (!strong) return 0;
    if (strong == 2) { /* a real article, not a generic WebPage */
        if (set_if_empty(&headline[0], json_string_value(json_object_get(o, "headline"))) != 0 ||
            set_if_empty(&headline[1], json_string_value(json_object_get(o, "name"))) != 0)
            return -1;
        const char *body = json_string_value(json_object_get(o, "articleBody"));
        if (body && !m->body.len && precis_buf_puts(&m->body, body) != 0) return -1;
    }
    if (set_date(&m->date, json_string_value(json_object_get(o, "datePublished"))) != 0 ||
        set_if_empty(&m->author, name_of(json_object_get(o, "author"))) != 0 ||
        set_if_empty(&m->site, name_of(json_object_get(o, "publisher"))) != 0)
        return -1;
    return 0;
}

/* Walks a JSON-LD value (object, array, @graph) for article objects; depth
 * bounded because JSON nesting is attacker-controlled. */
static int ld_walk(json_t *v, precis_html_meta *m, precis_buf *headline, int depth) {
    if (depth > 8) return 0;
    if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) if (ld_walk(x, m, headline, depth + 1) != 0) return -1;
        return 0;
    }
    if (!json_is_object(v)) return 0;
    if (ld_article(v, m, headline) != 0) return -1;
    json_t *graph = json_object_get(v, "@graph");
    return graph ? ld_walk(graph, m, headline, depth + 1) : 0;
}

static int json_ld(const GumboNode *script, precis_html_meta *m, precis_buf *headline) {
    if (script->v.element.children.length == 0) return 0;
    const GumboNode *t = script->v.element.children.data[0];
    if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_CDATA) return 0;
    json_t *root = json_loads(t->v.text.text, JSON_DISABLE_EOF_CHECK, NULL);
    if (!root) return 0;
    int rc = ld_walk(root, m, headline, 0);
    json_decref(root);
    return rc;
}

static size_t word_count(const char *s, size_t n) {
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) w++;
    return w;
}

/* " | " style separator at s[i] (one char between spaces); its width. */
static size_t separator_at(const char *s, size_t n, size_t i, int *hier) {
    if (s[i] != ' ' || i + 2 >= n) return 0;
    char c = s[i + 1];
    if ((c == '|' || c == '-' || c == '/' || c == '\\' || c == '>') && s[i + 2] == ' ') {
        *hier = c == '/' || c == '\\' || c == '>';
        return 3;
    }
    /* U+00BB, U+2013, U+2014 */
    if (i + 3 < n && (unsigned char)c == 0xC2 && (unsigned char)s[i + 2] == 0xBB && s[i + 3] == ' ')
        return *hier = 1, 4;
    if (i + 4 < n && (unsigned char)c == 0xE2 && (unsigned char)s[i + 2] == 0x80 &&
        ((unsigned char)s[i + 3] == 0x93 || (unsigned char)s[i + 3] == 0x94) && s[i + 4] == ' ')
        return *hier = 0, 5;
    return 0;
}

static void set_span(precis_buf *t, size_t off, size_t len) {
    memmove(t->data, t->data + off, len);
    t->len = len;
    t->data[len] = '\0';
}

/* Whether "\n" s "\n" is one of the heading texts. */
static int is_heading(const precis_buf *heads, const char *s, size_t n) {
    for (const char *p = heads->data; p && (p = strchr(p, '\n'));) {
        p++;
        if (strncmp(p, s, n) == 0 && p[n] == '\n') return 1;
    }
    return 0;
}

/* The article title inside a <title>: without the site name that pages add
 * before or after a separator (the rules of Mozilla Readability). */
static void clean_title(precis_buf *t, const precis_buf *h1, size_t h1_count,
                        const precis_buf *heads) {
    const char *s = t->data;
    size_t n = t->len, first = 0, first_w = 0, last = 0, last_w = 0, seps = 0;
    int hier = 0;
    for (size_t i = 0; i < n; i++) {
        int h = 0;
        size_t w = separator_at(s, n, i, &h);
        if (!w) continue;
        if (!seps) first = i, first_w = w;
        last = i, last_w = w;
        seps++;
        hier |= h;
        i += w - 2;
    }
    size_t orig_words = word_count(s, n);
    size_t off = 0, len = n;
    if (seps) {
        len = last;
        if (word_count(s, len) < 3) off = first + first_w, len = n - off;
    } else if (memchr(s, ':', n) && !is_heading(heads, s, n)) {
        const char *colon = NULL;
        for (const char *p = s; (p = memchr(p, ':', (size_t)(s + n - p))); p++)
            colon = p;
        const char *first_colon = memchr(s, ':', n);
        off = (size_t)(colon - s) + 1;
        while (off < n && s[off] == ' ')
            off++;
        len = n - off;
        if (word_count(s + off, len) < 3) {
            off = (size_t)(first_colon - s) + 1;
            while (off < n && s[off] == ' ')
                off++;
            len = n - off;
        } else if (word_count(s, (size_t)(first_colon - s)) > 5) {
            off = 0, len = n;
        }
    } else if ((n > 150 || n < 15) && h1_count == 1) {
        if (word_count(h1->data, h1->len) > 4) {
            precis_buf_clear(t);
            precis_buf_append(t, h1->data, h1->len);
        }
        return;
    }
    size_t words = word_count(s + off, len);
    (void)last_w;
    if (words <= 4 && (!hier || words != orig_words - seps - 1)) return; /* keep whole */
    set_span(t, off, len);
    while (t->len && t->data[t->len - 1] == ' ')
        t->len--;
    t->data[t->len] = '\0';
}

int precis_html_meta_read(const GumboNode *root, precis_html_meta *m) {
    found f = {0};
    const precis_alloc *alc = m->title.alc;
    precis_buf title_tag, h1, headline[2], heads;
    precis_buf_init(&title_tag, alc);
    precis_buf_init(&h1, alc);
    precis_buf_init(&headline[0], alc);
    precis_buf_init(&headline[1], alc);
    precis_buf_init(&heads, alc);
    const char *canonical = NULL, *time_dt = NULL;
    const GumboNode *byline = NULL;
    size_t h1_count = 0;
    precis_vec stack;
    precis_vec_init(&stack, sizeof(const GumboNode *), alc);
    int rc = 0;
    const GumboNode **slot = precis_vec_push(&stack);
    if (!slot)
        rc = -1;
    else
        *slot = root;
    while (rc == 0 && stack.len) {
        const GumboNode *n = *PRECIS_VEC_AT(&stack, const GumboNode *, --stack.len);
        if (n->type != GUMBO_NODE_ELEMENT) continue;
        GumboTag tag = n->v.element.tag;
        switch (tag) {
        case GUMBO_TAG_HTML:
            rc = set_if_empty(&m->lang, attr(n, "lang"));
            if (rc == 0) rc = set_if_empty(&m->lang, attr(n, "xml:lang"));
            break;
        case GUMBO_TAG_TITLE:
            if (!title_tag.len) rc = precis_html_node_text(n, &title_tag);
            continue;
        case GUMBO_TAG_META:
            meta_tag(n, &f);
            continue;
        case GUMBO_TAG_LINK: {
            const char *rel = attr(n, "rel");
            if (rel && ieq(rel, "canonical") && !canonical) canonical = attr(n, "href");
            continue;
        }
        case GUMBO_TAG_SCRIPT: {
            const char *type = attr(n, "type");
            if (type && ieq(type, "application/ld+json")) rc = json_ld(n, m, headline);
            continue;
        }
        case GUMBO_TAG_STYLE:
            continue;
        case GUMBO_TAG_H1:
            if (!h1.len) rc = precis_html_node_text(n, &h1);
            h1_count++;
            /* h1 and h2 texts, for the title rules */
            __attribute__((fallthrough));
        case GUMBO_TAG_H2:
            if (rc == 0 && heads.len < 4096) {
                rc = precis_buf_putc(&heads, '\n');
                if (rc == 0) rc = precis_html_node_text(n, &heads);
                if (rc == 0) rc = precis_buf_putc(&heads, '\n');
            }
            continue;
        case GUMBO_TAG_TIME:
            if (!time_dt) time_dt = attr(n, "datetime");
            break;
        default:
            break;
        }
        const char *rel = attr(n, "rel"), *prop = attr(n, "itemprop");
        if (!byline && ((rel && ieq(rel, "author")) || (prop && ieq(prop, "author")))) byline = n;
        const GumboVector *kids = &n->v.element.children;
        if (rc == 0 && precis_vec_reserve(&stack, stack.len + kids->length) != 0) rc = -1;
        for (size_t i = kids->length; rc == 0 && i-- > 0;)
            *PRECIS_VEC_AT(&stack, const GumboNode *, stack.len++) = kids->data[i];
    }
    precis_vec_free(&stack);
    if (rc == 0) {
        const char *best = NULL;
        for (size_t r = 0; r < 5 && !best; r++)
            best = f.titles[r];
        /* JSON-LD headline or name: when they differ, the one in <title>. */
        const precis_buf *ld = &headline[0];
        if (!ld->len ||
            (headline[1].len && title_tag.len && strcmp(ld->data, headline[1].data) &&
             strstr(title_tag.data, headline[1].data) && !strstr(title_tag.data, ld->data)))
            ld = &headline[1];
        if (ld->len)
            rc = set_field(&m->title, ld->data, ld->len);
        else if (best)
            rc = set_field(&m->title, best, strlen(best));
        else if (title_tag.len) {
            rc = set_field(&m->title, title_tag.data, title_tag.len);
            if (rc == 0) clean_title(&m->title, &h1, h1_count, &heads);
        } else if (h1.len) {
            rc = set_field(&m->title, h1.data, h1.len);
        }
    }
    if (rc == 0) rc = set_if_empty(&m->site, f.site);
    for (size_t r = 0; r < 3 && rc == 0; r++)
        rc = set_if_empty(&m->description, f.desc[r]);
    if (rc == 0) rc = set_if_empty(&m->url, canonical);
    if (rc == 0) rc = set_if_empty(&m->url, f.og_url);
    if (rc == 0) rc = set_date(&m->date, f.date);
    if (rc == 0) rc = set_date(&m->date, time_dt);
    if (rc == 0) rc = set_if_empty(&m->author, f.author);
    if (rc == 0 && !m->author.len && byline) {
        rc = precis_html_node_text(byline, &m->author);
        if (m->author.len > 100) precis_buf_clear(&m->author);
    }
    if (rc == 0) rc = set_if_empty(&m->lang, f.locale);
    if (rc == 0)
        for (size_t i = 0; i < m->lang.len; i++)
            if (m->lang.data[i] == '_') m->lang.data[i] = '-';
    precis_buf_free(&title_tag);
    precis_buf_free(&h1);
    precis_buf_free(&headline[0]);
    precis_buf_free(&headline[1]);
    precis_buf_free(&heads);
    return rc == 0 && !m->title.oom && !m->date.oom && !m->author.oom && !m->description.oom ? 0
                                                                                             : -1;
}
