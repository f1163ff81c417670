/* html/classes.c - see classes.h. */
#include "classes.h"

#include <gumbo.h>
#include <string.h>

void precis_html_classes_init(precis_html_classes *c) {
    c->negative = precis_wordlist_get("html", "class_negative");
    c->minor = precis_wordlist_get("html", "class_minor");
    c->positive = precis_wordlist_get("html", "class_positive");
    c->ad = precis_wordlist_get("html", "class_ad");
    c->negative_word = precis_wordlist_get("html", "class_negative_word");
    c->lead = precis_wordlist_get("html", "class_lead");
    c->body = precis_wordlist_get("html", "class_body");
    c->tail = precis_wordlist_get("html", "class_tail");
    c->aside = precis_wordlist_get("html", "class_aside");
    c->positive_not = precis_wordlist_get("html", "class_positive_not");
    c->negative_not = precis_wordlist_get("html", "class_negative_not");
    c->link_text = precis_wordlist_get("html", "class_link_text");
}

/* Whether one of the fragments occurs in s (lower-case). */
static int any_in(const char *s, const precis_wordlist *wl) {
    for (size_t i = 0; wl && i < wl->count; i++)
        if (strstr(s, wl->words[i])) return 1;
    return 0;
}

/* Whether a fragment of wl occurs in s outside the words of no that hold
 * one without its sense ("text" in "context-full", "widget" in
 * "elementor-widget-container"). */
static int fragment_in(const char *s, const precis_wordlist *wl, const precis_wordlist *no) {
    for (size_t i = 0; wl && i < wl->count; i++) {
        const char *f = wl->words[i];
        for (const char *p = strstr(s, f); p; p = strstr(p + 1, f)) {
            int inside = 0;
            for (size_t j = 0; no && j < no->count && !inside; j++) {
                const char *k = strstr(no->words[j], f);
                if (!k) continue;
                size_t back = (size_t)(k - no->words[j]);
                inside = (size_t)(p - s) >= back &&
                         strncmp(p - back, no->words[j], strlen(no->words[j])) == 0;
            }
            if (!inside) return 1;
        }
    }
    return 0;
}

static int positive_in(const char *s, const precis_html_classes *c) {
    return fragment_in(s, c->positive, c->positive_not);
}

/* Whether s has one of the words whole, or numbered ("cta3"): "ad-slot" has
 * "ad", "thread-list" has not. */
static int has_word(const char *s, const precis_wordlist *wl) {
    for (const char *p = s; *p;) {
        while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
            p++;
        const char *q = p;
        while ((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9'))
            q++;
        if (q > p && wl && precis_wordlist_has(wl, p, (size_t)(q - p))) return 1;
        /* a numbered variant: "cta3", "ad2" */
        const char *r = q;
        while (r > p && r[-1] >= '0' && r[-1] <= '9')
            r--;
        if (r > p && r < q && wl && precis_wordlist_has(wl, p, (size_t)(r - p))) return 1;
        p = q;
    }
    return 0;
}

/* The length of the next space-separated name of a class list, 0 at its
 * end; *p is moved to the name's start. */
static size_t next_name(const char **p) {
    while (**p == ' ')
        (*p)++;
    size_t len = 0;
    while ((*p)[len] && (*p)[len] != ' ')
        len++;
    return len;
}

/* Whether a name of s ends with a part that is not the post's text:
 * "entry-footer", "post-meta", "postmetadata". */
static int has_tail(const char *s, const precis_wordlist *wl) {
    size_t len;
    for (const char *p = s; (len = next_name(&p)) != 0; p += len) {
        /* "has-sharing", "with-tags": a state of the element, not its part */
        if (strncmp(p, "has-", 4) == 0 || strncmp(p, "with-", 5) == 0) continue;
        for (size_t i = 0; wl && i < wl->count; i++) {
            size_t n = strlen(wl->words[i]);
            if (len >= n && memcmp(p + len - n, wl->words[i], n) == 0) return 1;
        }
    }
    return 0;
}

/* Whether a name of s says "article" without naming a box beside it:
 * "article-body" does, "related-articles" does not. */
static int positive_name(const char *s, const precis_html_classes *c) {
    char t[256];
    size_t len;
    for (const char *p = s; (len = next_name(&p)) != 0; p += len) {
        memcpy(t, p, len);
        t[len] = '\0';
        if ((positive_in(t, c) || has_word(t, c->lead)) && !any_in(t, c->aside)) return 1;
    }
    return 0;
}

/* Whether an id is made of four words or more joined by "_" or "-": a
 * heading's own words ("nav_nur_die_folie__1"), not a role
 * ("related-posts"). */
static int slug(const char *id) {
    size_t words = 0;
    for (const char *p = id; *p;) {
        while (*p == '_' || *p == '-')
            p++;
        if (!*p) break;
        words++;
        while (*p && *p != '_' && *p != '-')
            p++;
    }
    return words >= 4;
}

static int heading(GumboTag t) {
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
           t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

precis_class_hints precis_html_class_hints(const precis_html_classes *c, const GumboNode *n) {
    precis_class_hints h = {0, 0, 0, 0, 0, 0};
    char s[256];
    size_t k = 0;
    static const char *const names[] = {"class", "id", "role", "itemprop"};
    for (size_t a = 0; a < 4; a++) {
        GumboAttribute *at = gumbo_get_attribute(&n->v.element.attributes, names[a]);
        if (!at) continue;
        /* a heading's id is an anchor for a table of contents, made from
         * its words ("nav_nur_die_folie__1"), not its role */
        if (a == 1 && heading(n->v.element.tag) && slug(at->value)) continue;
        for (const char *p = at->value; *p && k + 2 < sizeof s; p++)
            s[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        if (k + 1 < sizeof s) s[k++] = ' ';
    }
    s[k] = '\0';
    if (!k) return h;
    h.minor = any_in(s, c->minor);
    h.link_text = any_in(s, c->link_text);
    int neg = fragment_in(s, c->negative, c->negative_not) || has_word(s, c->ad) ||
              has_word(s, c->negative_word);
    int pos = positive_in(s, c) || has_word(s, c->lead);
    if (neg && pos) pos = positive_name(s, c);
    if (any_in(s, c->body)) pos = 2, h.body = 1;
    h.weight = (pos ? 25 * pos : 0) - (neg ? 25 : 0);
    h.boiler = neg && !pos;
    h.talk = strstr(s, "comment") || strstr(s, "disqus") || strstr(s, "respond");
    if (strstr(s, "comment") && !strstr(s, "article")) h.boiler = 1;
    if (!h.body && has_tail(s, c->tail)) h.boiler = 1;
    return h;
}
