/* html/depth.c - caps element nesting before gumbo sees the page.
 *
 * The HTML5 tree builder scans the stack of open elements for many start
 * tags, so 100k nested <div>s cost O(depth^2) inside gumbo. A linear pre-pass
 * counts open elements and drops the tags that would nest deeper than
 * the limit, options.max_html_depth (and as many matching end tags). Real
 * pages never get near the default, so they pass through untouched.
 *
 * The same pass empties <script> and <style> elements (a third of a news
 * page's bytes, which gumbo would tokenize one character at a time for
 * nothing), except JSON-LD scripts, which the metadata reads. */
#include "html.h"

#include <string.h>

static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int name_is(const char *p, size_t n, const char *name) {
    /* most tags differ at the first letter: no strlen for them */
    if (!n || lower((unsigned char)p[0]) != name[0]) return 0;
    size_t k = strlen(name);
    if (n < k) return 0;
    for (size_t i = 0; i < k; i++)
        if (lower((unsigned char)p[i]) != name[i]) return 0;
    return n == k || !((lower((unsigned char)p[k]) >= 'a' && lower((unsigned char)p[k]) <= 'z') ||
                       (p[k] >= '0' && p[k] <= '9'));
}

/* Elements with no end tag or an implied one: they do not nest. */
static int no_nesting(const char *p, size_t n) {
    static const char *const names[] = {"area",  "base",   "br",   "col",    "embed", "hr",  "img",
                                        "input", "link",   "meta", "source", "track", "wbr", "p",
                                        "li",    "option", "td",   "th",     "tr",    "dd",  "dt",
                                        "param", "keygen", "!",    "?"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (name_is(p, n, names[i])) return 1;
    return 0;
}

/* Whether s[0, n) holds word (lower-case), ignoring case. */
static int has_ci(const char *s, size_t n, const char *word) {
    size_t k = strlen(word);
    for (size_t i = 0; i + k <= n; i++) {
        size_t j = 0;
        while (j < k && lower((unsigned char)s[i + j]) == word[j])
            j++;
        if (j == k) return 1;
    }
    return 0;
}

/* Offset of the "</name" that ends a raw-text element, from i; n if none. */
static size_t raw_end(const char *s, size_t n, size_t i, const char *name) {
    for (; i + 2 < n; i++)
        if (s[i] == '<' && s[i + 1] == '/' && name_is(s + i + 2, n - i - 2, name)) return i;
    return n;
}

size_t precis_html_cap_depth(char *s, size_t n, size_t max_depth, size_t *dropped) {
    size_t depth = 0, excess = 0, out = 0, i = 0;
    *dropped = 0;
    while (i < n) {
        char *lt = memchr(s + i, '<', n - i);
        size_t j = lt ? (size_t)(lt - s) : n;
        memmove(s + out, s + i, j - i);
        out += j - i;
        i = j;
        if (i >= n) break;
        if (i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
            const char *end = NULL;
            for (size_t k = i + 4; k + 3 <= n && !end; k++)
                if (memcmp(s + k, "-->", 3) == 0) end = s + k + 3;
            size_t e = end ? (size_t)(end - s) : n;
            memmove(s + out, s + i, e - i);
            out += e - i, i = e;
            continue;
        }
        const char *gt = memchr(s + i, '>', n - i);
        size_t e = gt ? (size_t)(gt - s) + 1 : n;
        int closing = i + 1 < n && s[i + 1] == '/';
        const char *name = s + i + 1 + closing;
        size_t rest = n - (size_t)(name - s);
        int letter =
            rest && lower((unsigned char)*name) >= 'a' && lower((unsigned char)*name) <= 'z';
        int self = e >= 2 && s[e - 2] == '/';
        int drop = 0;
        if (letter && !no_nesting(name, rest)) {
            if (closing) {
                if (excess)
                    excess--, drop = 1;
                else if (depth)
                    depth--;
            } else if (!self) {
                if (depth >= max_depth)
                    excess++, drop = 1, ++*dropped;
                else
                    depth++;
            }
        }
        /* Which raw-text element this tag opens, read before the move below
         * can overwrite the tag's old place. */
        static const char *const raw[] = {"script", "style", "textarea", "title"};
        size_t r = sizeof raw / sizeof raw[0];
        if (!closing && letter && !drop)
            for (r = 0; r < sizeof raw / sizeof raw[0] && !name_is(name, rest, raw[r]); r++)
                ;
        int keep_body = r >= 2 || (r == 0 && has_ci(s + i, e - i, "ld+json"));
        if (!drop) {
            memmove(s + out, s + i, e - i);
            out += e - i;
        }
        i = e;
        if (r < sizeof raw / sizeof raw[0]) {
            size_t k = raw_end(s, n, i, raw[r]);
            if (keep_body) {
                memmove(s + out, s + i, k - i);
                out += k - i;
            }
            i = k;
        }
    }
    return out;
}
