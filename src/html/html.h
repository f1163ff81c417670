/*
 * html.h - contracts between the HTML modules (charset decoding and
 * main-content extraction). Not installed.
 */
#ifndef PRECIS_HTML_H
#define PRECIS_HTML_H

#include "precis_internal.h"

#include <stddef.h>

/* Largest page parsed; longer pages are cut at this size with a warning so
 * that time and memory stay bounded (gumbo needs about 10x the page). */
#define PRECIS_HTML_MAX_BYTES ((size_t)16 << 20)

/*
 * Drops, in place, the tags of s that would nest elements deeper than
 * max_depth, and as many of the end tags that follow (void elements and those
 * with implied end tags, comments and raw text such as titles are skipped
 * over), and the contents of <script> (but JSON-LD) and <style> elements.
 * Returns the new length; *dropped gets the number of start tags dropped.
 * Linear time.
 */
size_t precis_html_cap_depth(char *s, size_t n, size_t max_depth, size_t *dropped);

/* Budget of formatting elements reopened by the tree builder, in element
 * copies (a long start tag counts one per 64 bytes more): a fixed allowance
 * plus one per PER bytes of page. */
#define PRECIS_HTML_REOPEN_BASE ((size_t)16384)
#define PRECIS_HTML_REOPEN_PER ((size_t)256)

/*
 * Drops, in place, the formatting start tags (<b>, <font>, <a>, ...) the
 * tree builder would reopen past the budget above, or that would make more
 * than 64 open at once, and the end tags that would have closed them; text
 * and other tags are kept. Returns the new length; *dropped gets the number
 * of start tags dropped; *oom is set (and nothing dropped) when memory for
 * the list of drops ran out. Linear time.
 */
size_t precis_html_cap_formatting(char *s, size_t n, const precis_alloc *alc, size_t *dropped,
                                  int *oom);

/* Why a charset was chosen, for warnings and tests. */
typedef enum precis_charset_source {
    PRECIS_CHARSET_BOM = 0,
    PRECIS_CHARSET_META = 1,    /* <meta charset> or http-equiv, bytes agree */
    PRECIS_CHARSET_GUESS = 2,   /* nothing declared: byte-level guess */
    PRECIS_CHARSET_OVERRIDE = 3 /* declared, but the bytes said otherwise */
} precis_charset_source;

/*
 * Detects the encoding of an HTML page (BOM, <meta charset>, http-equiv
 * content-type, ISO-2022-JP escapes, then a byte-level guess) and decodes it
 * to UTF-8 into out (cleared first). Bytes the decoder rejects and lone
 * UTF-16 surrogates become U+FFFD, counted in *bad (UTF-8 pages are left to
 * gumbo's repair and count 0). *charset gets a static canonical name
 * ("UTF-8", "WINDOWS-1252", "GB18030", ...), *source why it was chosen.
 * Returns 0, or -1 on OOM.
 */
int precis_html_decode(const char *in, size_t len, precis_buf *out, const char **charset,
                       precis_charset_source *source, size_t *bad);

/* True if the decoded UTF-8 [s, s+n) looks like mojibake: many of its words
 * with non-ASCII letters mix Latin letters with Greek, Cyrillic, Hebrew or
 * Arabic ones (a page decoded with the wrong 8-bit charset). */
int precis_html_garbled(const char *s, size_t n);

/* True if [s, s+n) is entirely valid UTF-8. */
int precis_html_valid_utf8(const char *s, size_t n);

/* ---------------------------------------------------------------- tree */

struct GumboInternalNode;

/* Appends the text of node and its descendants to out with whitespace runs
 * collapsed to one space (scripts and styles skipped). Iterative. Returns 0
 * or -1 on OOM. */
int precis_html_node_text(const struct GumboInternalNode *node, precis_buf *out);

/* ------------------------------------------------------------ metadata */

/* Page metadata; each field is NUL-terminated text in its own buffer (len 0
 * when absent). */
typedef struct precis_html_meta {
    precis_buf title; /* JSON-LD headline, title meta, cleaned <title>, h1 */
    precis_buf date;  /* ISO 8601 */
    precis_buf author;
    precis_buf site;
    precis_buf url;  /* canonical or og:url */
    precis_buf lang; /* <html lang>, else content-language / og:locale */
    /* JSON-LD articleBody as written; page.c then decodes its character
     * references and drops the HTML tags some sites leave in it */
    precis_buf body;
    precis_buf description; /* description, og:description or twitter:description meta */
} precis_html_meta;

void precis_html_meta_init(precis_html_meta *m, const precis_alloc *alc);
void precis_html_meta_free(precis_html_meta *m);
/* Fills m from the document tree. Returns 0 or -1 on OOM. */
int precis_html_meta_read(const struct GumboInternalNode *root, precis_html_meta *m);

/* ------------------------------------------------------------- content */

/*
 * Appends the main content of the document to out: paragraphs, headings, list
 * items and quotes of the article in document order, separated by blank
 * lines; navigation, comments, related links and blocks equal to title
 * (the repeated headline; title may be NULL) are left out. A block before the
 * body that is the page's description (desc, may be NULL) is kept as its
 * standfirst. Returns 0 or -1 on OOM.
 */
int precis_html_content(const struct GumboInternalNode *root, const char *title, size_t title_len,
                        const char *desc, size_t desc_len, const precis_alloc *alc,
                        precis_buf *out);

#endif /* PRECIS_HTML_H */
