/* html/extract.c - finds the article in a page's DOM.
 *
 * One iterative walk (explicit stack, so 100k nested divs are fine) turns the
 * tree into a flat list of element records in pre-order and of text blocks
 * (the inline text of one block-level element). Blocks score their ancestors
 * the way Readability does (commas, length, tag and class/id hints, link
 * density); the best container and its good siblings are kept, and their
 * blocks are written in document order, minus link lists, boxes inside
 * them with few commas and mostly link text (Readability's cleaning),
 * boilerplate (class/id nav, comment, share, related, cookie, ...), the
 * headline, and what follows a "Related articles" / "3 Kommentare" heading
 * or the last long paragraph when only short lines remain, and small boxes
 * after the article's last paragraph (a bio, a call); furniture lines
 * ("Advertisement") go wherever they stand, and so do short calls to
 * subscribe or donate, disclosures of paid links, picture credits and
 * captions under a label, lines pointing away with a last-word link
 * ("... findest Du hier"), dates under a label, date lines before the
 * body, furniture lines holding counts (boilerplate-lines.txt with "#"
 * for each number: a page-view counter) and a server's error messages;
 * a month's calendar table (its days 1 to 28 or more in a row, few
 * labels beside them) is no text. Soft hyphens, zero-width spaces and
 * ruby readings are dropped. With under 200 bytes of text, a second pass
 * ignores the class/id hints of the chosen node and its ancestors, a third
 * all of them, and a last walk reads <noscript>. */
#include "classes.h"
#include "html.h"

#include <gumbo.h>
#include <string.h>

/* BOILER_CLASS: boilerplate by class/id ("newsletter"), not by tag alone;
 * OWN_BOILER: the element itself, not an ancestor, is boilerplate; TALK:
 * under a class or id naming readers' comments. */
enum {
    BOILER = 1,
    MINOR = 2,
    IN_ARTICLE = 4,
    BOILER_CLASS = 8,
    OWN_BOILER = 16,
    TALK = 32,
    DATA = 64 /* the element's own class names the article's data (ingredients) */
};
enum { K_PARA, K_HEAD, K_ITEM, K_PRE };

typedef struct enode {
    uint32_t parent, end; /* pre-order index of parent; end of subtree */
    uint32_t tag;
    int32_t weight; /* tag + class/id prior */
    uint8_t flags;
    uint8_t scored;
    uint8_t body_hint; /* itemprop=articleBody, class entry-content... */
    uint8_t hollow;    /* holds a picture, a frame or a block without text */
    double score;
    size_t text, links; /* own block text, then subtree totals */
    size_t good;        /* same for text outside boilerplate and link lists */
    size_t prose;       /* same for paragraphs: long, few links, not minor */
    uint32_t commas;    /* commas of own blocks, then subtree totals */
    uint32_t cls;       /* hash of the first class name, 0 without one */
} enode;

typedef struct eblock {
    uint32_t node; /* block-level element holding the text */
    uint8_t kind;
    size_t off, len, links;
    size_t addr;  /* of links, the bytes of links showing their own address */
    size_t emph;  /* bytes under <strong>, <b>, <em> or <i> */
    size_t plain; /* bytes before its first link (len without one) */
} eblock;

typedef struct frame {
    const GumboNode *n;
    uint32_t idx, child, block;   /* own record; next child; nearest block owner */
    uint8_t flags, in_link, cell; /* cell: table cell kept inline in its row */
    uint8_t link_text;            /* under a list whose links are its text (ingredients) */
    uint8_t emph;                 /* under <strong>, <b>, <em> or <i> */
} frame;

/* Boilerplate word lists (data/<lang>/<name>.txt) and their languages. */
enum {
    L_CALLS,
    L_AGENCIES,
    L_LABELS,
    L_HEADINGS,
    L_LINES,
    L_DISCLOSURES,
    L_HERE,
    L_CHANNELS,
    L_READER,
    L_MONTHS,
    N_LISTS
};
static const char *const list_names[N_LISTS] = {
    "boilerplate_calls",  "photo_agencies",          "boilerplate_labels", "boilerplate_headings",
    "boilerplate_lines",  "boilerplate_disclosures", "boilerplate_here",   "boilerplate_channels",
    "boilerplate_reader", "boilerplate_months"};
#define N_MARKER_LANGS PRECIS_MAX_LANGS /* rows without the lists have NULL */

typedef struct walker {
    precis_buf text;
    precis_buf fold; /* scratch for end_marker */
    precis_vec nodes, blocks, stack;
    size_t run_start, run_links, run_addr;
    size_t run_ltext; /* bytes in links of a list whose links are its text */
    size_t run_emph;  /* bytes under emphasis (<strong>, <em>) */
    size_t run_plain; /* bytes before the run's first link, SIZE_MAX before one */
    int run_space;
    size_t noscripts;  /* <noscript> elements passed over */
    int read_noscript; /* read them as content */
    /* the boilerplate word lists of each language, looked up once */
    const precis_wordlist *lists[N_LISTS][N_MARKER_LANGS];
    precis_html_classes classes; /* class and id word lists */
    char desc[1024];             /* the page's description, as alnum_key, or empty */
    size_t desc_len;
    size_t desc_only; /* bytes the last emit wrote only as the description */
} walker;

static int is_block(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_OPTION:
        return 1;
    default:
        return 0;
    }
}

/* Elements whose content is never article text. */
static int is_skipped(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: /* fallbacks for scripts, read only as a last resort */
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_RT: /* ruby readings would split the base text */
    case GUMBO_TAG_RP:
        return 1;
    default:
        return 0;
    }
}

static int tag_weight(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_ARTICLE:
        return 10;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_MAIN:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

#define MINOR_LEN 120
/* A call to subscribe ("Sign up to our newsletter") is at most this long. */
#define CALL_MAX 200
/* A picture credit naming an agency is at most this long, and without a
 * slash or bar at most this many words. */
#define AGENCY_MAX 80
#define AGENCY_WORDS 4
/* A credit line ("Foto: dpa") is at most this long. */
#define CREDIT_MAX 120
/* Blocks between the headline and the body kept as its standfirst: at most
 * this many blocks apart, at least this long. */
#define LEAD_GAP 25
#define LEAD_MIN 80
/* A block this long with few links is a paragraph of prose. */
#define PROSE_MIN 80
/* An ancestor with this much more prose than the chosen node holds the rest
 * of a split article. */
#define PROSE_MORE 0.5
/* Shorter blocks do not vote for their containers. */
#define MIN_SCORED 50
/* With less text than this, the extraction tries again more widely. */
#define SHORT_TEXT 200
/* Text an element marked as the article body needs to be trusted. */
#define BODY_MIN 300
/* Article text needed before an end marker stops the extraction. */
#define END_MIN 300
/* A paragraph this long is article text; after the last one, blocks all
 * shorter than TAIL_SHORT are the page's tail, unless they are TAIL_OWN
 * paragraphs or more beside it (an address, verse). */
#define TAIL_LONG 150
#define TAIL_SHORT 50
#define TAIL_OWN 3

/* Whether word occurs in s (already lower-case). */
static int has(const char *s, const char *word) {
    return strstr(s, word) != NULL;
}

static int hidden(const GumboNode *n) {
    const GumboVector *at = &n->v.element.attributes;
    if (gumbo_get_attribute(at, "hidden")) return 1;
    GumboAttribute *st = gumbo_get_attribute(at, "style");
    if (st) {
        char s[128];
        size_t k = 0;
        for (const char *p = st->value; *p && k + 1 < sizeof s; p++)
            if (*p != ' ') s[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        s[k] = '\0';
        if (has(s, "display:none") || has(s, "visibility:hidden")) return 1;
    }
    GumboAttribute *aria = gumbo_get_attribute(at, "aria-hidden");
    return aria && strcmp(aria->value, "true") == 0;
}

/* The first class name of an element, its length in *n; NULL without one. */
static const char *first_class(const GumboNode *n, size_t *len) {
    GumboAttribute *ca = gumbo_get_attribute(&n->v.element.attributes, "class");
    if (!ca) return NULL;
    const char *p = ca->value + strspn(ca->value, " ");
    *len = strcspn(p, " ");
    return *len ? p : NULL;
}

/* Bytes of text in paragraphs under n, outside links, up to `need`
 * (depth-bounded). */
static size_t para_text(const GumboNode *n, int in_p, size_t need, int depth) {
    if (n->type == GUMBO_NODE_TEXT) return in_p ? strlen(n->v.text.text) : 0;
    if (n->type != GUMBO_NODE_ELEMENT || depth > 32) return 0;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_A || is_skipped(t)) return 0;
    size_t sum = 0;
    const GumboVector *kids = &n->v.element.children;
    for (size_t i = 0; i < kids->length && sum < need; i++)
        sum += para_text(kids->data[i], in_p || t == GUMBO_TAG_P, need - sum, depth + 1);
    return sum;
}

/* Siblings looked at before a hidden element (bounds the work on a page
 * of many hidden boxes). */
#define PAGE_SIBLINGS 200

/* Whether a hidden element, the at-th of kids, is a later page of the
 * article holding prose: a sibling before it, with the same tag and first
 * class name, is shown (a gallery's next items, hidden until a click on
 * "next"; a carousel's hidden slides of links hold no prose). */
static int next_page(const GumboNode *n, const GumboVector *kids, size_t at) {
    size_t len, l2;
    GumboTag t = n->v.element.tag;
    if (t != GUMBO_TAG_DIV && t != GUMBO_TAG_SECTION && t != GUMBO_TAG_ARTICLE) return 0;
    const char *cls = first_class(n, &len);
    if (!cls) return 0;
    for (size_t i = at, seen = 0; i-- > 0 && seen < PAGE_SIBLINGS;) {
        const GumboNode *k = kids->data[i];
        seen++;
        if (k->type != GUMBO_NODE_ELEMENT || k->v.element.tag != n->v.element.tag) continue;
        const char *c2 = first_class(k, &l2);
        if (c2 && l2 == len && memcmp(c2, cls, len) == 0 && !hidden(k))
            return para_text(n, 0, PROSE_MIN, 0) >= PROSE_MIN;
    }
    return 0;
}

/* A month's calendar (a booking widget's free dates, a blog's archive):
 * a table whose cells are the days of a month in a row, 1 to 28 or more,
 * beside a few short labels (the month's name, the days of the week).
 * Data, not the article's text; a league or price table holding small
 * numbers does not count them in a row. Bounded scan: CAL_SCAN nodes. */
#define CAL_SCAN 4096
#define CAL_DAYS 28
#define CAL_LABEL 24

/* Appends the text under n to buf (at most CAL_LABEL bytes kept, *len
 * counting them, stopping past CAL_LABEL); -1 when n holds a table (a
 * layout cell, scanned further), 1 when *seen passes CAL_SCAN, else 0. */
static int cell_text(const GumboNode *n, char *buf, size_t *len, int depth, size_t *seen) {
    if (++*seen > CAL_SCAN) return 1;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
        for (const char *p = n->v.text.text; *p && *len <= CAL_LABEL; p++) {
            if (*len < CAL_LABEL) buf[*len] = *p;
            (*len)++;
        }
        return 0;
    }
    if (n->type != GUMBO_NODE_ELEMENT || depth > 8) return 0;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_TABLE) return -1;
    if (is_skipped(t)) return 0;
    const GumboVector *kids = &n->v.element.children;
    for (size_t i = 0; i < kids->length && *len <= CAL_LABEL; i++) {
        int rc = cell_text(kids->data[i], buf, len, depth + 1, seen);
        if (rc) return rc;
    }
    return 0;
}

static int calendar(const GumboNode *table) {
    const GumboNode *stack[64];
    size_t sp = 0, seen = 0, days = 0, other = 0, run = 0;
    int prev = -1;
    stack[sp++] = table;
    while (sp) {
        const GumboNode *k = stack[--sp];
        if (++seen > CAL_SCAN) return 0;
        GumboTag t = k->v.element.tag;
        char buf[CAL_LABEL];
        size_t len = 0;
        int rc = t == GUMBO_TAG_TD || t == GUMBO_TAG_TH ? cell_text(k, buf, &len, 0, &seen) : -1;
        if (rc == 1) return 0;
        if (rc == -1) {
            /* children in document order: pushed last to first */
            const GumboVector *kids = &k->v.element.children;
            for (size_t i = kids->length; i-- > 0;) {
                const GumboNode *c = kids->data[i];
                if (c->type != GUMBO_NODE_ELEMENT || is_skipped(c->v.element.tag)) continue;
                if (sp == sizeof stack / sizeof stack[0]) return 0;
                stack[sp++] = c;
            }
            continue;
        }
        if (len > CAL_LABEL) return 0; /* prose: a layout or data table */
        size_t a = 0, b = len;
        while (a < b && (buf[a] == ' ' || buf[a] == '\t' || buf[a] == '\n' || buf[a] == '\r'))
            a++;
        while (a < b && (buf[b - 1] == ' ' || buf[b - 1] == '\t' || buf[b - 1] == '\n' ||
                         buf[b - 1] == '\r'))
            b--;
        /* a no-break space alone (U+00A0) is an empty cell */
        if (b == a ||
            (b - a == 2 && (unsigned char)buf[a] == 0xC2 && (unsigned char)buf[a + 1] == 0xA0))
            continue;
        if (b - a <= 2 && buf[a] >= '0' && buf[a] <= '9' &&
            (b - a == 1 || (buf[a + 1] >= '0' && buf[a + 1] <= '9'))) {
            int v = buf[a] - '0';
            if (b - a == 2) v = v * 10 + buf[a + 1] - '0';
            if (v >= 1 && v <= 31) {
                days++;
                run = v == prev + 1 ? run + 1 : v == 1 ? 1 : 0;
                prev = v;
                if (run >= CAL_DAYS && other * 3 <= days) return 1;
                continue;
            }
        }
        prev = -1, run = 0;
        /* labels far outnumber the days: not a calendar */
        if (++other > days / 3 + 16) return 0;
    }
    return 0;
}

static int kind_of(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return K_HEAD;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
        return K_ITEM;
    case GUMBO_TAG_PRE:
        return K_PRE;
    default:
        return K_PARA;
    }
}

static size_t count_commas(const char *s, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ',') k++;
        /* U+FF0C fullwidth comma, U+3001 ideographic comma */
        else if (i + 2 < n && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
                 (unsigned char)s[i + 2] == 0x8C)
            k++;
        else if (i + 2 < n && (unsigned char)s[i] == 0xE3 && (unsigned char)s[i + 1] == 0x80 &&
                 (unsigned char)s[i + 2] == 0x81)
            k++;
    }
    return k;
}

/* Starts the next block's run of text at the end of the text so far: no
 * links, no emphasis, a space pending. */
static void new_run(walker *w) {
    w->run_start = w->text.len;
    w->run_links = 0, w->run_addr = 0, w->run_ltext = 0, w->run_emph = 0;
    w->run_plain = SIZE_MAX;
    w->run_space = 1;
}

/* Ends the current text run as a block of element `owner`. */
static int flush(walker *w, uint32_t owner) {
    while (w->text.len > w->run_start && w->text.data[w->text.len - 1] == ' ')
        w->text.len--;
    if (w->text.len > w->run_start) {
        eblock *b = precis_vec_push(&w->blocks);
        if (!b) return -1;
        enode *o = PRECIS_VEC_AT(&w->nodes, enode, owner);
        b->node = owner;
        b->kind = (uint8_t)kind_of((GumboTag)o->tag);
        b->off = w->run_start;
        b->len = w->text.len - w->run_start;
        size_t links = w->run_links;
        if (w->run_ltext && links + w->run_ltext >= b->len) links += w->run_ltext;
        b->links = links > b->len ? b->len : links;
        b->addr = w->run_addr > b->links ? b->links : w->run_addr;
        b->emph = w->run_emph > b->len ? b->len : w->run_emph;
        b->plain = w->run_plain > b->len ? b->len : w->run_plain;
        o->text += b->len;
        o->links += b->links;
        o->commas += (uint32_t)count_commas(w->text.data + b->off, b->len);
        if (!(o->flags & BOILER) && b->links * 2 <= b->len) o->good += b->len;
        if (!(o->flags & (BOILER | MINOR)) && b->links * 4 <= b->len && b->len >= PROSE_MIN)
            o->prose += b->len;
    }
    new_run(w);
    return 0;
}

/* Characters a page carries but does not show: soft hyphen, zero-width
 * space, word joiner, BOM. */
static int invisible(uint32_t cp) {
    return cp == 0xAD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF;
}

/*
 * Appends a text node with invisible characters dropped and each run of
 * layout white space (the kernel's, with &nbsp;) made one ' ', written at
 * once so that a run spans text nodes (run_space). precis_collapse is not
 * used: it also collapses U+2028/U+2029, which page text keeps as written
 * (the brief's pipeline reads them as line breaks), and it holds a run's
 * space until the next character, where this walk writes it at once and
 * counts it in the block that ends there.
 */
static int add_text(walker *w, const char *s, size_t n, int in_link, int emph) {
    if (precis_buf_reserve(&w->text, n) != 0) return -1;
    const unsigned char *u = (const unsigned char *)s;
    size_t before = w->text.len;
    for (size_t i = 0; i < n;) {
        uint32_t cp = u[i];
        size_t k = cp < 0x80 ? 1 : precis_utf8_next(u + i, n - i, &cp);
        if (invisible(cp)) {
            i += k;
            continue;
        }
        int sp = cp != 0x2028 && cp != 0x2029 &&
                 precis_layout_space(u + i, n - i, PRECIS_SPACE_NBSP) != 0;
        if (sp) {
            if (!w->run_space) w->text.data[w->text.len++] = ' ';
            w->run_space = 1;
        } else {
            memcpy(w->text.data + w->text.len, s + i, k);
            w->text.len += k;
            w->run_space = 0;
        }
        i += k;
    }
    w->text.data[w->text.len] = '\0';
    if (in_link && in_link != 3 && w->run_plain == SIZE_MAX && w->text.len > before)
        w->run_plain = before - w->run_start;
    if (in_link == 3)
        w->run_ltext += w->text.len - before;
    else if (in_link)
        w->run_links += w->text.len - before;
    if (in_link == 2) w->run_addr += w->text.len - before;
    if (emph) w->run_emph += w->text.len - before;
    return 0;
}

/* Whether a table cell holds only inline content (checked over a bounded
 * number of nodes): such cells join their row's line, "Name 1947 Summary",
 * as a data table reads; cells holding blocks stay blocks (layout tables). */
static int inline_cell(const GumboNode *n) {
    GumboTag t = n->v.element.tag;
    if (t != GUMBO_TAG_TD && t != GUMBO_TAG_TH) return 0;
    const GumboNode *stack[16];
    size_t sp = 0, seen = 0;
    stack[sp++] = n;
    while (sp) {
        const GumboNode *c = stack[--sp];
        const GumboVector *kids = &c->v.element.children;
        for (size_t i = 0; i < kids->length; i++) {
            const GumboNode *k = kids->data[i];
            if (k->type != GUMBO_NODE_ELEMENT) continue;
            if (++seen > 64 || is_block(k->v.element.tag)) return 0;
            if (k->v.element.children.length) {
                if (sp == sizeof stack / sizeof stack[0]) return 0;
                stack[sp++] = k;
            }
        }
    }
    return 1;
}

/* Skipped elements that show something without text: a frame, a player. */
static int media(GumboTag t) {
    return t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_VIDEO || t == GUMBO_TAG_AUDIO ||
           t == GUMBO_TAG_OBJECT || t == GUMBO_TAG_EMBED || t == GUMBO_TAG_CANVAS;
}

/* Whether a block element holds no text at all (within a bounded scan): an
 * empty widget dropped inside a sentence must not split it. */
static int textless(const GumboNode *n) {
    const GumboNode *stack[16];
    size_t sp = 0, seen = 0;
    stack[sp++] = n;
    while (sp) {
        const GumboNode *c = stack[--sp];
        const GumboVector *kids = &c->v.element.children;
        for (size_t i = 0; i < kids->length; i++) {
            const GumboNode *k = kids->data[i];
            if (++seen > 64) return 0;
            if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA) return 0;
            /* <noscript> may be read, when the page has nothing else */
            if (k->type == GUMBO_NODE_ELEMENT && k->v.element.tag == GUMBO_TAG_NOSCRIPT) return 0;
            if (k->type != GUMBO_NODE_ELEMENT || is_skipped(k->v.element.tag)) continue;
            if (k->v.element.children.length) {
                if (sp == sizeof stack / sizeof stack[0]) return 0;
                stack[sp++] = k;
            }
        }
    }
    return 1;
}

/* Whether link n writes to an e-mail address ("mailto:jane@..."): an
 * address given in the text, not a way to another page; a share button's
 * "mailto:?subject=..." names no one and stays a link. */
static int mail_link(const GumboNode *n) {
    GumboAttribute *h = gumbo_get_attribute(&n->v.element.attributes, "href");
    if (!h) return 0;
    const char *v = h->value + strspn(h->value, " ");
    return (strncmp(v, "mailto:", 7) == 0 || strncmp(v, "MAILTO:", 7) == 0) && strchr(v, '@') &&
           !strchr(v, '?');
}

/* Whether an <a> is an anchor, a place to jump to, rather than a link:
 * a name and no address ("<a name=\"faq\">What does it cost?</a>"). Its
 * text is the page's text. */
static int anchor(const GumboNode *n) {
    return !gumbo_get_attribute(&n->v.element.attributes, "href") &&
           gumbo_get_attribute(&n->v.element.attributes, "name");
}

/* Whether a link shows its own address as its text ("[1] <a
 * href=...>http://www.example.org/page</a>", "<a>www.example.org</a>"):
 * the author writes a source out, as with an e-mail address, text rather
 * than a link away. */
static int address_link(const GumboNode *n) {
    const GumboVector *kids = &n->v.element.children;
    if (kids->length != 1) return 0;
    const GumboNode *t = kids->data[0];
    if (t->type != GUMBO_NODE_TEXT) return 0;
    const char *v = t->v.text.text;
    v += strspn(v, " \t\r\n");
    return strncmp(v, "http://", 7) == 0 || strncmp(v, "https://", 8) == 0 ||
           strncmp(v, "www.", 4) == 0;
}

/* Opens element n as record idx under frame f (NULL for the root). */
static int enter(walker *w, const GumboNode *n, const frame *f, int cell) {
    GumboTag tag = n->v.element.tag;
    uint32_t idx = (uint32_t)w->nodes.len;
    enode *e = precis_vec_push(&w->nodes);
    if (!e) return -1;
    precis_class_hints ch = precis_html_class_hints(&w->classes, n);
    int weight = ch.weight, boiler = ch.boiler, is_minor = ch.minor, body = ch.body;
    e->parent = f ? f->idx : idx;
    e->tag = tag;
    e->weight = tag_weight(tag) + weight;
    uint8_t flags = f ? (uint8_t)(f->flags & ~OWN_BOILER) : 0;
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) flags |= IN_ARTICLE;
    int exempt = tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_ARTICLE ||
                 tag == GUMBO_TAG_MAIN;
    if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER ||
        (tag == GUMBO_TAG_HEADER && !(flags & IN_ARTICLE)) || (boiler && !exempt))
        flags |= BOILER | OWN_BOILER;
    if (boiler && !exempt) flags |= BOILER_CLASS;
    if (is_minor && !exempt) flags |= MINOR;
    if (ch.talk) flags |= TALK;
    flags = (uint8_t)((flags & ~DATA) | (ch.link_text ? DATA : 0));
    e->body_hint = (uint8_t)body;
    e->hollow = 0;
    if (f && tag == GUMBO_TAG_IMG) PRECIS_VEC_AT(&w->nodes, enode, f->idx)->hollow = 1;
    e->flags = flags;
    e->cls = 0;
    GumboAttribute *ca = gumbo_get_attribute(&n->v.element.attributes, "class");
    if (ca) {
        /* the first name only: later ones are variants ("item left") */
        const char *p = ca->value + strspn(ca->value, " ");
        e->cls = precis_fnv1a(p, strcspn(p, " ")) | 1;
    }
    frame *nf = precis_vec_push(&w->stack);
    if (!nf) return -1;
    const frame *pf = f ? PRECIS_VEC_AT(&w->stack, frame, w->stack.len - 2) : NULL;
    nf->n = n;
    nf->idx = idx;
    nf->flags = flags;
    /* 2: a link showing its address, a link to score the page by but text
     * to keep or drop a block by */
    /* 3: a link under a list whose links are its text (a recipe's
     * ingredients, data/html/class-link-text.txt), text unless it is all
     * its block ("150 g <a>butter</a>" is text, "<a>All recipes</a>" a link) */
    nf->link_text = (uint8_t)((pf && pf->link_text) || ch.link_text);
    nf->in_link = (uint8_t)(pf && pf->in_link                                 ? pf->in_link
                            : tag != GUMBO_TAG_A || mail_link(n) || anchor(n) ? 0
                            : nf->link_text                                   ? 3
                            : address_link(n)                                 ? 2
                                                                              : 1);
    nf->cell = (uint8_t)cell;
    nf->emph = (uint8_t)((pf && pf->emph) || tag == GUMBO_TAG_STRONG || tag == GUMBO_TAG_B ||
                         tag == GUMBO_TAG_EM || tag == GUMBO_TAG_I);
    nf->block = (is_block(tag) && !cell) || !pf ? idx : pf->block;
    return 0;
}

static int walk(walker *w, const GumboNode *root) {
    if (enter(w, root, NULL, 0) != 0) return -1;
    while (w->stack.len) {
        frame *f = PRECIS_VEC_AT(&w->stack, frame, w->stack.len - 1);
        const GumboVector *kids = &f->n->v.element.children;
        if (f->child >= kids->length) {
            if (f->cell) {
                if (add_text(w, " ", 1, 0, 0) != 0) return -1;
            } else if (is_block((GumboTag)f->n->v.element.tag) || w->stack.len == 1) {
                if (flush(w, f->block) != 0) return -1;
            }
            PRECIS_VEC_AT(&w->nodes, enode, f->idx)->end = (uint32_t)w->nodes.len;
            w->stack.len--;
            continue;
        }
        const GumboNode *c = kids->data[f->child++];
        if (c->type == GUMBO_NODE_ELEMENT) {
            GumboTag t = c->v.element.tag;
            if (t == GUMBO_TAG_NOSCRIPT && !w->read_noscript) {
                w->noscripts++;
                continue;
            }
            if ((is_skipped(t) && t != GUMBO_TAG_NOSCRIPT) ||
                (hidden(c) && !next_page(c, kids, f->child - 1))) {
                if (media(t)) PRECIS_VEC_AT(&w->nodes, enode, f->idx)->hollow = 1;
                continue;
            }
            if (t == GUMBO_TAG_TABLE && calendar(c)) {
                PRECIS_VEC_AT(&w->nodes, enode, f->idx)->hollow = 1;
                continue;
            }
            if (is_block(t) && t != GUMBO_TAG_BR && t != GUMBO_TAG_HR && textless(c)) {
                PRECIS_VEC_AT(&w->nodes, enode, f->idx)->hollow = 1;
                continue;
            }
            int cell = inline_cell(c);
            if (cell) {
                if (add_text(w, " ", 1, 0, 0) != 0) return -1;
            } else if (is_block(t) && flush(w, f->block) != 0) {
                return -1;
            }
            if (enter(w, c, f, cell) != 0) return -1;
        } else if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE ||
                   c->type == GUMBO_NODE_CDATA) {
            if (add_text(w, c->v.text.text, strlen(c->v.text.text), f->in_link, f->emph) != 0)
                return -1;
        }
    }
    return 0;
}

static double link_density(const enode *e) {
    return e->text ? (double)e->links / e->text : 0;
}

/* Scores ancestors of every block; returns the best node or UINT32_MAX. */
static uint32_t pick_top(walker *w, int ignore_boiler) {
    enode *nodes = w->nodes.data;
    size_t nn = w->nodes.len;
    for (size_t i = 0; i < nn; i++)
        nodes[i].score = 0, nodes[i].scored = 0;
    for (size_t i = 0; i < w->blocks.len; i++) {
        const eblock *b = PRECIS_VEC_AT(&w->blocks, eblock, i);
        const enode *o = &nodes[b->node];
        if ((o->flags & BOILER) && !ignore_boiler) continue;
        if (b->len < MIN_SCORED || b->links * 2 > b->len || (o->flags & MINOR)) continue;
        double s = 1 + (double)count_commas(w->text.data + b->off, b->len) +
                   (double)(b->len / 100 > 3 ? 3 : b->len / 100);
        /* Text directly in a container counts for the container itself. */
        uint32_t at =
            o->tag == GUMBO_TAG_P || kind_of((GumboTag)o->tag) != K_PARA ? o->parent : b->node;
        for (int level = 0; level < 5; level++) {
            enode *a = &nodes[at];
            if (!a->scored) a->score = a->weight, a->scored = 1;
            a->score += s / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            if (a->parent == at) break;
            at = a->parent;
        }
    }
    uint32_t top = UINT32_MAX;
    double best = 0;
    for (size_t i = 0; i < nn; i++) {
        if (!nodes[i].scored) continue;
        nodes[i].score *= 1 - link_density(&nodes[i]);
        if (top == UINT32_MAX || nodes[i].score > best) best = nodes[i].score, top = (uint32_t)i;
    }
    return top;
}

/* Lowest ancestor of top holding at least two of the alternatives. */
static uint32_t common_ancestor(const walker *w, uint32_t top, const uint32_t *alt, size_t nalt) {
    const enode *nodes = w->nodes.data;
    for (uint32_t a = nodes[top].parent; a != top;) {
        const enode *an = &nodes[a];
        if (an->tag == GUMBO_TAG_BODY || an->tag == GUMBO_TAG_HTML) break;
        size_t inside = 0;
        for (size_t k = 0; k < nalt; k++)
            inside += alt[k] > a && alt[k] < an->end;
        if (inside >= 2) return a;
        if (an->parent == a) break;
        a = an->parent;
    }
    return top;
}

/* Moves the best node up when the article is split over sections (after
 * Readability's rules, loosened on the trafilatura-eval pages): when two of
 * the five strong candidates (within 60% of the best) share an ancestor with
 * it, or when an ancestor outscores the path below it. */
static uint32_t widen(const walker *w, uint32_t top) {
    const enode *nodes = w->nodes.data;
    uint32_t alt[5];
    size_t nalt = 0;
    for (size_t i = 0; i < w->nodes.len; i++) {
        if (!nodes[i].scored || i == top || nodes[i].score < 0.6 * nodes[top].score) continue;
        /* keep the five best, sorted */
        size_t k;
        if (nalt < 5)
            k = nalt++;
        else if (nodes[alt[4]].score >= nodes[i].score)
            continue;
        else
            k = 4;
        alt[k] = (uint32_t)i;
        for (; k > 0 && nodes[alt[k - 1]].score < nodes[alt[k]].score; k--) {
            uint32_t t = alt[k - 1];
            alt[k - 1] = alt[k], alt[k] = t;
        }
    }
    if (nalt >= 2) top = common_ancestor(w, top, alt, nalt);
    /* An ancestor scoring more than the path below it holds the whole
     * article (it gathers the scores of several sections). */
    double last = nodes[top].score, threshold = last / 3;
    for (uint32_t a = nodes[top].parent; a != top;) {
        const enode *an = &nodes[a];
        if (an->tag == GUMBO_TAG_BODY || an->tag == GUMBO_TAG_HTML) break;
        if (an->scored) {
            if (an->score < threshold) break;
            if (an->score > last) return a;
            last = an->score;
        }
        if (an->parent == a) break;
        a = an->parent;
    }
    return top;
}

/* Moves the best node up while an ancestor holds much more prose than it:
 * an article split over sections that each scored apart. */
static uint32_t widen_prose(const walker *w, uint32_t top) {
    const enode *nodes = w->nodes.data;
    for (uint32_t a = nodes[top].parent; a != top;) {
        const enode *an = &nodes[a];
        if (an->tag == GUMBO_TAG_BODY || an->tag == GUMBO_TAG_HTML || (an->flags & BOILER)) break;
        if ((double)an->prose > (1 + PROSE_MORE) * (double)nodes[top].prose) top = a;
        if (an->parent == a) break;
        a = an->parent;
    }
    return top;
}

/* Levels above the chosen node where a box of the article's data beside
 * it is looked for. */
#define DATA_LEVELS 3

/* Marks in keep[] the top node and siblings that look like article too. */
static void pick_siblings(walker *w, uint32_t top, uint8_t *keep) {
    enode *nodes = w->nodes.data;
    keep[top] = 1;
    /* A recipe's ingredients in a box of their own beside the steps (a
     * sibling <article>, a column): children, named as the article's data,
     * of the chosen node's near ancestors. */
    uint32_t a = top;
    for (int level = 0; level < DATA_LEVELS && nodes[a].parent != a; level++) {
        a = nodes[a].parent;
        if (nodes[a].tag == GUMBO_TAG_BODY || nodes[a].tag == GUMBO_TAG_HTML) break;
        for (uint32_t c = a + 1; c < nodes[a].end; c = nodes[c].end)
            if ((nodes[c].flags & (DATA | BOILER)) == DATA && !(c <= top && top < nodes[c].end))
                keep[c] = 1;
    }
    uint32_t parent = nodes[top].parent;
    if (parent == top) return;
    double threshold = nodes[top].score * 0.1;
    if (threshold < 10) threshold = 10;
    for (uint32_t c = parent + 1; c < nodes[parent].end; c = nodes[c].end) {
        if (c == top || (nodes[c].flags & BOILER)) continue;
        const enode *e = &nodes[c];
        double ld = link_density(e);
        if (e->scored && e->score >= threshold)
            keep[c] = 1;
        else if (e->tag == GUMBO_TAG_P && e->text > 80 && ld < 0.25)
            keep[c] = 1;
        else if (e->tag == GUMBO_TAG_P && e->text > 0 && ld == 0)
            keep[c] = 1;
    }
}

/* Whether a box inside the article is boilerplate by its make-up, after
 * Readability's cleaning of its result: few commas and mostly link text
 * (related stories with their teasers, a "more from" box), or short with a
 * fifth of its text in links (a call to read on, a teaser). Lists
 * themselves are left to the rules on their items (a list of sources
 * stays). On trafilatura-eval, Readability's fifth of links in any box
 * cost as much recall as it gained precision; held to short boxes, and
 * with 5 commas for its 10, it helps both halves. */
#define BOX_COMMAS 5
#define BOX_LINKS 0.5
#define BOX_SHORT 300
#define BOX_SHORT_LINKS 0.2
static int box_boiler(const enode *e) {
    if (!e->text || e->commas >= BOX_COMMAS) return 0;
    double ld = link_density(e);
    return ld > BOX_LINKS || (e->text < BOX_SHORT && ld > BOX_SHORT_LINKS);
}

static int box_tag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
        return 1;
    default:
        return 0;
    }
}

/* Marks 2 in keep[] the boxes inside the kept subtrees that are
 * boilerplate by their make-up (box_boiler), but the chosen node and its
 * ancestors: their text goes, their headings may still end the article. */
static void clean_boxes(const walker *w, uint32_t top, uint8_t *keep) {
    const enode *nodes = w->nodes.data;
    for (uint32_t i = 0; i < w->nodes.len;) {
        const enode *e = &nodes[i];
        int holds_top = i <= top && top < e->end;
        if (keep[i] && !holds_top && box_tag((GumboTag)e->tag) && box_boiler(e)) {
            memset(keep + i, 2, e->end - i);
            i = e->end;
            continue;
        }
        i++;
    }
}

static int same_text(const char *a, size_t an, const char *b, size_t bn) {
    return an == bn && an > 0 && memcmp(a, b, an) == 0;
}

/* Whether the shorter of two texts is inside the longer one ("Mozilla" and
 * "Mozilla - Wikipedia"). */
static int overlaps(const char *a, size_t an, const char *b, size_t bn) {
    if (an > bn) {
        const char *t = a;
        size_t tn = an;
        a = b, an = bn, b = t, bn = tn;
    }
    if (an == 0) return 0;
    for (size_t i = 0; i + an <= bn; i++)
        if (b[i] == a[0] && memcmp(b + i, a, an) == 0) return 1;
    return 0;
}

/* Whether a heading is the headline: its letters and digits, lower-cased,
 * overlap those of the title ("Zukunft der Arbeit"Wir ..." and "Zukunft der
 * Arbeit - "Wir ..."), at least HEAD_MIN of them and two thirds of the
 * longer (not a subheading that repeats a few words). */
#define HEAD_MIN 10
static size_t alnum_key(const char *s, size_t n, char *out, size_t cap) {
    size_t k = 0;
    for (size_t i = 0; i < n && k < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c >= 0x80)
            out[k++] = (char)c;
        else if (c >= 'A' && c <= 'Z')
            out[k++] = (char)(c + 32);
    }
    return k;
}

/* Whether a block is the page's description (its meta description, which
 * sites fill with the standfirst, or a cut of it): their keys overlap, at
 * least DESC_MIN letters and half the longer. */
#define DESC_MIN 40
static int is_description(const walker *w, const char *s, size_t n) {
    char a[1024];
    if (w->desc_len < DESC_MIN || n < DESC_MIN || n > 4 * sizeof a) return 0;
    size_t an = alnum_key(s, n, a, sizeof a);
    size_t lo = an < w->desc_len ? an : w->desc_len, hi = an < w->desc_len ? w->desc_len : an;
    return lo >= DESC_MIN && 2 * lo >= hi && overlaps(a, an, w->desc, w->desc_len);
}

static int is_headline(const char *s, size_t n, const char *title, size_t title_len) {
    char a[512], b[512];
    size_t an = alnum_key(s, n, a, sizeof a), bn = alnum_key(title, title_len, b, sizeof b);
    size_t lo = an < bn ? an : bn, hi = an < bn ? bn : an;
    return lo >= HEAD_MIN && 3 * lo >= 2 * hi && overlaps(a, an, b, bn);
}

/* Whether a byte of folded text belongs to a word: a digit, a lower-case
 * letter or a byte of a character beyond ASCII. */
static int is_word_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

/* Whether folded text holds a word, or a pair of words, of the word list
 * data/<lang>/<list>.txt ("newsletter", "sign up"); *words gets the number
 * of words of the text. */
static int has_listed(const walker *w, const char *s, size_t n, int list, size_t *words) {
    char pair[64];
    size_t prev = 0, i = 0; /* prev: length of the previous word in pair */
    int found = 0;
    *words = 0;
    while (i < n) {
        while (i < n && !is_word_byte((unsigned char)s[i]))
            i++;
        size_t a = i;
        while (i < n && is_word_byte((unsigned char)s[i]))
            i++;
        size_t len = i - a;
        if (!len) break;
        ++*words;
        if (prev && prev + 1 + len <= sizeof pair) {
            pair[prev] = ' ';
            memcpy(pair + prev + 1, s + a, len);
        }
        for (size_t l = 0; l < N_MARKER_LANGS && !found; l++) {
            const precis_wordlist *wl = w->lists[list][l];
            if (!wl) continue;
            found = precis_wordlist_has(wl, s + a, len) ||
                    (prev && prev + 1 + len <= sizeof pair &&
                     precis_wordlist_has(wl, pair, prev + 1 + len));
        }
        prev = len < sizeof pair ? len : 0;
        if (prev) memcpy(pair, s + a, len);
    }
    return found;
}

/* Whether the word list l of any language holds s[0..n). */
static int listed_any(const walker *w, int l, const char *s, size_t n) {
    for (size_t i = 0; i < N_MARKER_LANGS; i++)
        if (w->lists[l][i] && precis_wordlist_has(w->lists[l][i], s, n)) return 1;
    return 0;
}

/* Whether the first k bytes of w->fold, under 64 bytes, are a furniture
 * line holding counts: each run of digits (with the dots and commas
 * inside it) read as "#" and the shape looked up in
 * boilerplate-lines.txt, "(visited # times, # visits today)", a page-view
 * counter's line. */
static int counter_line(const walker *w, size_t k) {
    char shape[64];
    size_t m = 0;
    int digits = 0;
    if (k >= sizeof shape) return 0;
    for (size_t j = 0; j < k; j++) {
        char c = w->fold.data[j];
        if (c >= '0' && c <= '9') {
            if (!m || shape[m - 1] != '#') shape[m++] = '#';
            digits = 1;
        } else if ((c == '.' || c == ',') && m && shape[m - 1] == '#' && j + 1 < k &&
                   w->fold.data[j + 1] >= '0' && w->fold.data[j + 1] <= '9') {
            continue;
        } else {
            shape[m++] = c;
        }
    }
    return digits && listed_any(w, L_LINES, shape, m) ? 2 : 0;
}

/* Whether a short block is boilerplate: 3 when it is all a heading that
 * opens what follows an article, such as "Related articles:" or "3
 * Kommentare" (data/<lang>/boilerplate-headings.txt), 1 when it opens with
 * one ("More from Sport") or is also a line amid the text ("Read more"), 2
 * for furniture that stands anywhere, such as "Advertisement"
 * (boilerplate-lines.txt) or a credit line, "Foto: dpa"
 * (boilerplate-labels.txt), else 0. */
static int end_marker(walker *w, const char *s, size_t n) {
    if (n > CALL_MAX || precis_fold(s, n, &w->fold) != 0) return 0;
    size_t words;
    if (has_listed(w, w->fold.data, w->fold.len, L_CALLS, &words)) return 2;
    /* A picture credit names an agency ("AFP / Jane Doe", "Getty Images"):
     * a few words, or the credit's slash, bar or copyright sign. */
    if (n <= AGENCY_MAX && has_listed(w, w->fold.data, w->fold.len, L_AGENCIES, &words) &&
        (words <= AGENCY_WORDS || memchr(s, '/', n) || memchr(s, '|', n) ||
         strstr(w->fold.data, "\xc2\xa9")))
        return 2;
    if (n > CREDIT_MAX) return 0;
    const char *colon = memchr(w->fold.data, ':', w->fold.len < 30 ? w->fold.len : 30);
    if (colon) {
        size_t k = (size_t)(colon - w->fold.data);
        while (k && w->fold.data[k - 1] == ' ')
            k--;
        if (listed_any(w, L_LABELS, w->fold.data, k)) return 2;
    }
    /* a line of furniture opening a short block: "Anzeige, enthält
     * Affiliate-Links", "ADVERTISEMENT - Continue reading below" */
    size_t fw = 0, sep;
    while (fw < w->fold.len && is_word_byte((unsigned char)w->fold.data[fw]))
        fw++;
    for (sep = fw; sep < w->fold.len && w->fold.data[sep] == ' ';)
        sep++;
    if (fw && sep < w->fold.len &&
        (memchr(",:|-", w->fold.data[sep], 4) ||
         (sep + 2 < w->fold.len && memcmp(w->fold.data + sep, "\xe2\x80\x93", 3) == 0)) &&
        listed_any(w, L_LINES, w->fold.data, fw))
        return 2;
    if (n > 60) return 0;
    /* a two-word furniture line opening a short block, more buttons or a
     * topic after it: "Bild anzeigen Bild schließen", "Rezept drucken Bei
     * Pinterest speichern", "Weitere Informationen zum Thema:" */
    size_t sw = sep;
    while (sw < w->fold.len && is_word_byte((unsigned char)w->fold.data[sw]))
        sw++;
    if (fw && sep == fw + 1 && sw > sep && sw < w->fold.len &&
        listed_any(w, L_LINES, w->fold.data, sw))
        return 2;
    size_t k = w->fold.len;
    while (k &&
           (w->fold.data[k - 1] == ':' || w->fold.data[k - 1] == ' ' || w->fold.data[k - 1] == '!'))
        k--;
    /* a count around a heading: "3 Kommentare", "Comments (12)" */
    const char *h = w->fold.data;
    size_t hn = k;
    while (hn && ((*h >= '0' && *h <= '9') || *h == ' '))
        h++, hn--;
    while (hn && ((h[hn - 1] >= '0' && h[hn - 1] <= '9') || h[hn - 1] == ' ' || h[hn - 1] == '(' ||
                  h[hn - 1] == ')'))
        hn--;
    /* its first two and three words: "More from Sport", "Mehr zum Thema Wahl" */
    size_t pre[2] = {0, 0}, nw = 0;
    for (size_t j = 0; j < k && nw < 3; j++)
        if (w->fold.data[j] == ' ' && j && w->fold.data[j - 1] != ' ') {
            if (++nw >= 2) pre[nw - 2] = j;
        }
    /* its last three and four words, after a subject of its own: "Diese
     * Artikel könnten euch auch interessieren", "Stories you may also like"
     * (not a sentence: no full stop or question mark closes it) */
    size_t post[2] = {0, 0}, nb = 0;
    if (k && w->fold.data[k - 1] != '.' && w->fold.data[k - 1] != '?')
        for (size_t j = k; j-- > 1 && nb < 4;)
            if (w->fold.data[j - 1] == ' ' && w->fold.data[j] != ' ' && ++nb >= 3) post[nb - 3] = j;
    for (size_t i = 0; i < N_MARKER_LANGS; i++) {
        const precis_wordlist *wl = w->lists[L_HEADINGS][i];
        if (wl && ((post[0] && precis_wordlist_has(wl, w->fold.data + post[0], k - post[0])) ||
                   (post[1] && precis_wordlist_has(wl, w->fold.data + post[1], k - post[1]))))
            return 3;
        if (wl && (precis_wordlist_has(wl, w->fold.data, k) ||
                   (hn < k && hn && precis_wordlist_has(wl, h, hn)))) {
            /* "Read more" is also a line amid the text */
            return listed_any(w, L_LINES, w->fold.data, k) ? 1 : 3;
        }
        if (wl && ((pre[0] && precis_wordlist_has(wl, w->fold.data, pre[0])) ||
                   (pre[1] && precis_wordlist_has(wl, w->fold.data, pre[1]))))
            return 1;
        wl = w->lists[L_LINES][i];
        if (wl && precis_wordlist_has(wl, w->fold.data, k)) return 2;
    }
    return counter_line(w, k);
}

/* Whether folded text holds a compound ending on a channel of five bytes or
 * more, as German writes them ("Musiknewsletter", "Wochenpodcast"); shorter
 * ones ("app") end other words too ("knapp"). */
#define COMPOUND_PART_MIN 5
static int compound_channel(const walker *w, const char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        while (i < n && !is_word_byte((unsigned char)s[i]))
            i++;
        size_t a = i;
        while (i < n && is_word_byte((unsigned char)s[i]))
            i++;
        /* each suffix starting on a character, the word's head 3 bytes or more */
        for (size_t k = a + 3; k + COMPOUND_PART_MIN <= i; k++)
            if (((unsigned char)s[k] & 0xC0) != 0x80 && listed_any(w, L_CHANNELS, s + k, i - k))
                return 1;
    }
    return 0;
}

/* Whether a short block closing the article is a call to follow the
 * publication: it names a channel (a social network, an app, a newsletter,
 * data/<lang>/boilerplate-channels.txt) and addresses the reader or speaks
 * for the publication (boilerplate-reader.txt): "Follow us on Instagram",
 * "Download our app for iOS and Android", "Already a subscriber? Log in".
 * `max`: TAIL_LONG, shorter than a paragraph of article text, or
 * EMPH_CALL_MAX (the one met on the dev pages, jamaica.gleaner's, is 230
 * bytes: room for longer ones, short of an article's paragraph) for a
 * block set apart in bold or italics, which must then open on the call ("Follow the Echo on Twitter
 * ... Send us a message on WhatsApp ..."), not on a sentence of its own (an author's note, "X is a
 * reporter ... Follow him on Twitter", which Readability keeps). */
#define EMPH_CALL_MAX 400
static int tail_call(walker *w, const char *s, size_t n, size_t max) {
    if (n >= max || precis_fold(s, n, &w->fold) != 0) return 0;
    size_t words;
    if (n >= TAIL_LONG) {
        const char *f = w->fold.data;
        size_t k = 0;
        while (k < w->fold.len && is_word_byte((unsigned char)f[k]))
            k++;
        if (!k || !listed_any(w, L_READER, f, k)) return 0;
    }
    return (has_listed(w, w->fold.data, w->fold.len, L_CHANNELS, &words) ||
            compound_channel(w, w->fold.data, w->fold.len)) &&
           has_listed(w, w->fold.data, w->fold.len, L_READER, &words);
}

/* Whether a block is a disclosure of paid links or advertisers ("We may
 * receive compensation when you click on links to those products", "Dieser
 * Beitrag enthält Affiliate-Links", data/<lang>/boilerplate-disclosures.txt):
 * a notice about the page, not its text. */
#define DISCLOSURE_MAX 400
static int disclosure(walker *w, const char *s, size_t n) {
    size_t words;
    if (n > DISCLOSURE_MAX) return 0;
    /* end_marker, just before, folded the blocks up to CALL_MAX; longer ones
     * are lower-cased in ASCII only, which costs a fraction of a full fold
     * (the lists' words are written in lower case in the text) */
    if (n > CALL_MAX) {
        w->fold.len = 0;
        if (precis_buf_reserve(&w->fold, n + 1) != 0) return 0;
        for (size_t i = 0; i < n; i++)
            w->fold.data[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
        w->fold.data[n] = '\0';
        w->fold.len = n;
    }
    return has_listed(w, w->fold.data, w->fold.len, L_DISCLOSURES, &words);
}

/* Whether folded text opens with a credit's label and its colon ("foto:",
 * "bild:", data/<lang>/boilerplate-labels.txt). */
static int credit_label(const walker *w, const char *s, size_t n) {
    const char *colon = memchr(s, ':', n < 30 ? n : 30);
    if (!colon) return 0;
    size_t k = (size_t)(colon - s);
    while (k && s[k - 1] == ' ')
        k--;
    return listed_any(w, L_LABELS, s, k);
}

/* Whether a block is a picture's caption ending on its credit: "... at dawn.
 * (Foto: Jane Doe)", "... (J. Doe / iStock.com)", "... | (c) Agency",
 * "... in spring. Bild: Jane Doe/Theater". Prose does not end so. */
#define CAPTION_MAX 400
#define CREDIT_TAIL 60
#define GLUED_CREDIT 40
static int credit_caption(walker *w, const char *s, size_t n) {
    if (n > CAPTION_MAX || n < 4) return 0;
    /* a credit line of its own: "© Press Office | Jane Doe" */
    if (n <= CREDIT_MAX && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA9) return 1;
    /* a credit glued to the caption's last stop, a slash in it: "... at
     * dawn.DCV / Doe" (prose puts a space after its stops) */
    const char *dot = NULL;
    for (size_t i = n > GLUED_CREDIT ? n - GLUED_CREDIT : 1; i + 1 < n; i++)
        if (s[i] == '.') dot = s + i;
    if (dot && dot[-1] >= 'a' && dot[-1] <= 'z' && dot[1] >= 'A' && dot[1] <= 'Z' &&
        memchr(dot, '/', (size_t)(s + n - dot)))
        return 1;
    size_t from = n > CREDIT_TAIL ? n - CREDIT_TAIL : 0;
    for (size_t i = from; i + 1 < n; i++)
        if ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA9) return 1;
    size_t words;
    if (s[n - 1] == ')') {
        size_t i = n - 1;
        while (i > from && s[i - 1] != '(')
            i--;
        if (i > from && precis_fold(s + i, n - 1 - i, &w->fold) == 0 &&
            (credit_label(w, w->fold.data, w->fold.len) ||
             (has_listed(w, w->fold.data, w->fold.len, L_AGENCIES, &words) &&
              (words <= AGENCY_WORDS || memchr(s + i, '/', n - i)))))
            return 1;
    }
    for (size_t i = from; i + 2 < n; i++)
        if ((s[i] == '.' || s[i] == '|') && s[i + 1] == ' ' &&
            precis_fold(s + i + 2, n - i - 2, &w->fold) == 0 &&
            credit_label(w, w->fold.data, w->fold.len))
            return 1;
    return 0;
}

/* Whether a block is a numbered figure's caption: a picture label, its
 * number and a colon ("Abbildung 4: ...", "Figure 2: ..."). Prose does not
 * open so; the label alone ("Foto: dpa") is a credit line. */
static int numbered_caption(walker *w, const char *s, size_t n) {
    /* the label and number are in the first 40 bytes (cut at a character) */
    size_t cut = n < 40 ? n : 40;
    while (cut < n && cut && ((unsigned char)s[cut] & 0xC0) == 0x80)
        cut--;
    if (n > CAPTION_MAX || precis_fold(s, cut, &w->fold) != 0) return 0;
    const char *f = w->fold.data;
    size_t k = 0, m = w->fold.len;
    while (k < m && is_word_byte((unsigned char)f[k]) && !(f[k] >= '0' && f[k] <= '9'))
        k++;
    size_t label = k, d = k;
    while (d < m && f[d] == ' ')
        d++;
    if (!label || d == k || d >= m || !(f[d] >= '0' && f[d] <= '9')) return 0;
    while (d < m && ((f[d] >= '0' && f[d] <= '9') || f[d] == '.'))
        d++;
    while (d < m && f[d] == ' ')
        d++;
    if (d >= m || f[d] != ':') return 0;
    return listed_any(w, L_LABELS, f, label);
}

/* Whether a paragraph opens with a credit's or a filing's label and its
 * colon, up to CAPTION_MAX: a picture's caption, "Abbildung: Vergleich der
 * Messungen ...", "Photo: the harbour at dawn"; end_marker takes such lines
 * up to CREDIT_MAX ("Foto: dpa"), numbered_caption those with a number. */
static int label_caption(walker *w, const char *s, size_t n) {
    /* the label's colon is in the first 30 bytes (credit_label) */
    if (n > CAPTION_MAX || !memchr(s, ':', n < 30 ? n : 30)) return 0;
    size_t cut = n < 40 ? n : 40;
    while (cut < n && cut && ((unsigned char)s[cut] & 0xC0) == 0x80)
        cut--;
    return precis_fold(s, cut, &w->fold) == 0 && credit_label(w, w->fold.data, w->fold.len);
}

/* Whether a block is a teaser for another page: a label of one to three
 * words and its colon, then only a link ("Read also: <a>...</a>", "Mire:
 * <a>...</a>"). Whatever the label's language, the line points away from
 * the article; a link list's rules miss it when it is a heading, a long
 * item or a paragraph with a long label. */
#define TEASER_LABEL 30
static int link_teaser(const char *s, size_t n, size_t links) {
    if (n > CALL_MAX || !links) return 0;
    size_t words = 1, i = 0;
    for (; i < n && i < TEASER_LABEL && s[i] != ':'; i++)
        if (s[i] == ' ' && i && s[i - 1] != ' ') words++;
    if (i == 0 || i >= n || s[i] != ':' || words > 3) return 0;
    size_t rest = n - i - 1;
    /* the rest is the link, give or take its spaces and a final stop */
    return rest >= 10 && links + 2 >= rest && links <= rest;
}

/* Whether a short block is one sentence pointing away with its last word
 * as its only link: "Alles über Wanderschuhe findest Du <a>hier</a>.",
 * "The full list is <a>here</a>" (data/<lang>/boilerplate-here.txt). A
 * paragraph saying something before it ("... Check it out here.") or an
 * aside in brackets stays. */
static int here_teaser(walker *w, const char *s, size_t n, size_t links) {
    if (n > CALL_MAX || !links || links > 8 || s[0] == '(') return 0;
    size_t e = n;
    while (e && (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == ' '))
        e--;
    size_t a = e;
    while (a && s[a - 1] != ' ')
        a--;
    if (e - a != links || precis_fold(s + a, e - a, &w->fold) != 0) return 0;
    for (size_t i = 0; i + 1 < a; i++)
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ') return 0;
    return listed_any(w, L_HERE, w->fold.data, w->fold.len);
}

/* Whether a block is a server's error message printed into the page: PHP's
 * "Warning: ... in /www/htdocs/x/classes.php on line 407". */
static int server_error(const char *s, size_t n) {
    if (n > 600 || n < 20) return 0;
    size_t e = n;
    while (e && s[e - 1] >= '0' && s[e - 1] <= '9')
        e--;
    if (e == n || e < 9 || memcmp(s + e - 9, " on line ", 9) != 0) return 0;
    const char *colon = memchr(s, ':', n < 20 ? n : 20);
    for (size_t i = 0; colon && i + 4 < e; i++)
        if (s[i] == ' ' && s[i + 1] == 'i' && s[i + 2] == 'n' && s[i + 3] == ' ' && s[i + 4] == '/')
            return 1;
    return 0;
}

/* Whether a block is a label and a date alone: "Publikacja: 04.05.2021",
 * "Updated: 12/03/2021, 10:15": when the page was filed, not its text. */
static int dated_label(const char *s, size_t n) {
    if (n > 60) return 0;
    const char *colon = memchr(s, ':', n < 30 ? n : 30);
    if (!colon || colon == s) return 0;
    size_t digits = 0;
    for (const char *p = s; p < colon; p++)
        if ((*p >= '0' && *p <= '9') || *p == ',' || *p == '.') return 0;
    for (const char *p = colon + 1; p < s + n; p++) {
        if (*p >= '0' && *p <= '9')
            digits++;
        else if (!memchr(" .,/-:", *p, 6))
            return 0;
    }
    return digits >= 6;
}

/* Whether s[a..e) is a date in figures: "23.10.2018", "2021-10-16",
 * "7/2019", "23.10.18" (not "1.000", "2.500.000" or a version "0.2"). */
static int numeric_date(const char *s, size_t a, size_t e) {
    size_t len[4], groups = 0, i = a;
    char sep = 0;
    while (i < e && groups < 4) {
        size_t g = i;
        while (i < e && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == g) return 0;
        len[groups++] = i - g;
        if (i == e) break;
        if (!memchr("./-", s[i], 3) || (sep && s[i] != sep)) return 0;
        sep = s[i++];
    }
    if (i != e) return 0;
    if (groups == 2) /* a month and a year */
        return len[0] <= 2 && len[1] == 4 && (s[e - 4] == '1' || s[e - 4] == '2') && sep != '-';
    if (groups != 3) return 0;
    if (len[0] == 4) return len[1] <= 2 && len[2] <= 2;
    return len[0] <= 2 && len[1] <= 2 && (len[2] == 2 || len[2] == 4);
}

/* Whether a short block is a date line: a date, in figures or with a
 * month's name beside a number (data/<lang>/boilerplate-months.txt), and
 * at most DATE_WORDS other words ("23.10.2018", "TR 7/2019", "Veröffentlicht:
 * 2. Februar 2022", "2021-10-16 | Botschaft", "Verfasst von: X | 31.
 * Dezember 2008"). */
#define DATE_LINE 80
#define DATE_WORDS 3
static int date_line(walker *w, const char *s, size_t n) {
    if (n > DATE_LINE || precis_fold(s, n, &w->fold) != 0) return 0;
    const char *f = w->fold.data;
    size_t fn = w->fold.len, i = 0, others = 0;
    int date = 0, prev_num = 0, prev_month = 0;
    while (i < fn) {
        while (i < fn && (f[i] == ' ' || !is_word_byte((unsigned char)f[i])))
            i++;
        if (i == fn) break;
        /* a token runs to the next space: "23.10.2018", "2.", "2022," */
        size_t a = i;
        while (i < fn && f[i] != ' ')
            i++;
        size_t e = i;
        while (e > a && !is_word_byte((unsigned char)f[e - 1]))
            e--;
        size_t digits = 0;
        for (size_t k = a; k < e; k++)
            digits += f[k] >= '0' && f[k] <= '9';
        int num = digits == e - a, month = 0;
        /* a day before its month stands alone or with its stop ("2.
         * Februar"), not closing a clause ("1992; Ott", "12, may") */
        int day = num && (e == i || (e + 1 == i && f[e] == '.'));
        if (numeric_date(f, a, e))
            date = 1, num = 1;
        else if (!num && digits == 0 && listed_any(w, L_MONTHS, f + a, e - a))
            month = 1;
        else if (!num) {
            /* words: "|" and other signs are no words */
            int word = 0;
            for (size_t k = a; k < e; k++)
                word |= is_word_byte((unsigned char)f[k]);
            others += word;
        }
        if ((month && prev_num) || (num && prev_month)) date = 1;
        prev_num = day, prev_month = month;
    }
    return date && others <= DATE_WORDS;
}

/* For an end marker at block bi heading the element box: the first block
 * after the box when the box holds more than the heading and the next
 * paragraph of prose (kept, long, few links) is its sibling, the article
 * going on around it; else SIZE_MAX. */
static size_t inline_box_end(const walker *w, const uint8_t *keep, int ignore_boiler, size_t bi,
                             uint32_t box) {
    const enode *nodes = w->nodes.data;
    size_t after = SIZE_MAX;
    int inside = 0;
    for (size_t k = bi + 1; k < w->blocks.len; k++) {
        const eblock *b = PRECIS_VEC_AT(&w->blocks, eblock, k);
        if (b->node >= box && b->node < nodes[box].end) {
            inside = 1;
            continue;
        }
        if (!inside) return SIZE_MAX;
        if (after == SIZE_MAX) after = k;
        const enode *o = &nodes[b->node];
        if (keep[b->node] == 1 && !((o->flags & BOILER) && !ignore_boiler) && !(o->flags & MINOR) &&
            b->kind == K_PARA && b->len >= TAIL_LONG && b->links * 4 <= b->len)
            return o->parent == nodes[box].parent ? after : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* For an end marker at block bi heading a list of links beside it, not in
 * a box ("Related" over three links, the article going on after them): the
 * first block after the links when it and the next are paragraphs of prose
 * (kept, long, few links) under the heading's parent, else SIZE_MAX. */
#define LIST_SCAN 20
static int prose_after(const walker *w, const uint8_t *keep, int ignore_boiler, size_t k,
                       uint32_t parent) {
    if (k >= w->blocks.len) return 0;
    const eblock *b = PRECIS_VEC_AT(&w->blocks, eblock, k);
    const enode *o = PRECIS_VEC_AT(&w->nodes, enode, b->node);
    return keep[b->node] == 1 && !((o->flags & BOILER) && !ignore_boiler) && !(o->flags & MINOR) &&
           b->kind == K_PARA && b->len >= TAIL_LONG && b->links * 4 <= b->len &&
           o->parent == parent;
}

static size_t inline_list_end(const walker *w, const uint8_t *keep, int ignore_boiler, size_t bi) {
    const enode *nodes = w->nodes.data;
    uint32_t parent = nodes[PRECIS_VEC_AT(&w->blocks, eblock, bi)->node].parent;
    size_t k = bi + 1;
    while (k < w->blocks.len && k <= bi + LIST_SCAN) {
        const eblock *b = PRECIS_VEC_AT(&w->blocks, eblock, k);
        if (b->links * 2 <= b->len) break;
        k++;
    }
    if (k == bi + 1 || !prose_after(w, keep, ignore_boiler, k, parent) ||
        !prose_after(w, keep, ignore_boiler, k + 1, parent))
        return SIZE_MAX;
    return k;
}

/* For an end marker at block bi heading the element right after it (a
 * list of related links beside the text, "Also of interest" over a <ul>):
 * the first block after that element when it and the next are paragraphs
 * of prose under the heading's parent, the article going on; else
 * SIZE_MAX. */
static size_t inline_sibling_end(const walker *w, const uint8_t *keep, int ignore_boiler,
                                 size_t bi) {
    const enode *nodes = w->nodes.data;
    uint32_t h = PRECIS_VEC_AT(&w->blocks, eblock, bi)->node, parent = nodes[h].parent;
    uint32_t sib = nodes[h].end;
    if (parent == h || sib >= w->nodes.len || nodes[sib].parent != parent) return SIZE_MAX;
    size_t k = bi + 1;
    while (k < w->blocks.len) {
        uint32_t n = PRECIS_VEC_AT(&w->blocks, eblock, k)->node;
        if (n < sib || n >= nodes[sib].end) break;
        k++;
    }
    if (k == bi + 1 || !prose_after(w, keep, ignore_boiler, k, parent) ||
        !prose_after(w, keep, ignore_boiler, k + 1, parent))
        return SIZE_MAX;
    return k;
}

/* After the article's last paragraph, a small box beside the text is not
 * article: an author's bio, a newsletter or donation box, a teaser. The
 * article's paragraphs are those of its main hosts (the elements whose own
 * paragraphs hold at least 1/TRAIL_HOST of the most prose any one holds), so
 * that a long bio paragraph in its own box does not count as the last. */
#define TRAIL_HOST 4
#define TRAIL_BOX 800

/* The element whose own paragraphs a block is one of: a <p>'s parent, a
 * list item's list's parent, else the block's element itself. */
static uint32_t host_of(const enode *nodes, uint32_t n, size_t len) {
    if (nodes[n].tag == GUMBO_TAG_LI) return nodes[nodes[n].parent].parent;
    /* a <div> holding one paragraph's text is a paragraph too */
    if (nodes[n].tag == GUMBO_TAG_P || nodes[n].text == len) return nodes[n].parent;
    return n;
}

static int prose_block(const enode *nodes, const uint8_t *keep, uint8_t boiler, const eblock *b) {
    return keep[b->node] == 1 && !(nodes[b->node].flags & (boiler | MINOR)) && b->kind == K_PARA &&
           b->len >= PROSE_MIN && b->links * 4 <= b->len;
}

/* The node of the article's last paragraph, or UINT32_MAX; *at gets its
 * block. Returns -2 on OOM. */
static int last_paragraph(const walker *w, const uint8_t *keep, uint8_t boiler, uint32_t *node,
                          size_t *at) {
    const enode *nodes = w->nodes.data;
    *node = UINT32_MAX, *at = SIZE_MAX;
    size_t *sums = precis_malloc(w->text.alc, w->nodes.len * sizeof *sums);
    if (!sums) return -2;
    memset(sums, 0, w->nodes.len * sizeof *sums);
    size_t most = 0;
    for (size_t bi = 0; bi < w->blocks.len; bi++) {
        const eblock *b = PRECIS_VEC_AT(&w->blocks, eblock, bi);
        if (!prose_block(nodes, keep, boiler, b)) continue;
        size_t *t = &sums[host_of(nodes, b->node, b->len)];
        *t += b->len;
        if (*t > most) most = *t;
    }
    for (size_t bi = w->blocks.len; bi-- > 0;) {
        const eblock *b = PRECIS_VEC_AT(&w->blocks, eblock, bi);
        if (prose_block(nodes, keep, boiler, b) &&
            sums[host_of(nodes, b->node, b->len)] * TRAIL_HOST >= most) {
            *node = b->node, *at = bi;
            break;
        }
    }
    precis_free(w->text.alc, sums);
    return 0;
}

/* Whether element n, after the last paragraph last, is in a small box that
 * does not hold it: the child, holding n, of their lowest common ancestor is
 * a box under TRAIL_BOX bytes of text (a quotation is not one). */
static int trailing_box(const enode *nodes, uint32_t last, uint32_t n) {
    uint32_t c = UINT32_MAX;
    for (uint32_t a = n; !(a <= last && last < nodes[a].end);) {
        c = a;
        if (nodes[a].parent == a) return 0;
        a = nodes[a].parent;
    }
    /* a box of blocks, not a <div> written as a paragraph */
    if (c == UINT32_MAX || c == n || nodes[c].text >= TRAIL_BOX) return 0;
    /* the article's paragraphs may each come in a box of their own (page
     * builders' rows): a box like an earlier one holding prose is one */
    uint32_t a = nodes[c].parent;
    for (uint32_t s = a + 1; s < c; s = nodes[s].end)
        if (nodes[s].tag == nodes[c].tag && nodes[s].cls == nodes[c].cls && nodes[s].prose)
            return 0;
    switch ((GumboTag)nodes[c].tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UNKNOWN:
        return 1;
    default:
        return 0;
    }
}

/* Whether list item n is its list's only item: a link alone in a list of one
 * is a teaser amid the text ("The latest news on the outbreak"), not a list
 * of sources (a sub-list of one, under an item, is a note on it). */
static int lone_item(const enode *nodes, uint32_t n) {
    uint32_t list = nodes[n].parent;
    if (list == n || nodes[nodes[list].parent].tag == GUMBO_TAG_LI) return 0;
    size_t items = 0;
    for (uint32_t c = list + 1; c < nodes[list].end; c = nodes[c].end)
        items += nodes[c].tag == nodes[n].tag;
    return items == 1;
}

/* Whether heading h is all the text of a box, its highest ancestor with no
 * other text, that holds something without text (hollow) beside it, and
 * element next is outside that box. */
static int hollow_box(const enode *nodes, uint32_t h, uint32_t next) {
    uint32_t box = h;
    while (nodes[box].parent != box && nodes[nodes[box].parent].text == nodes[h].text)
        box = nodes[box].parent;
    if (box == h || (next > box && next < nodes[box].end)) return 0;
    for (uint32_t i = box; i < nodes[box].end; i = i == h ? nodes[h].end : i + 1)
        if (i != h && nodes[i].hollow) return 1;
    return 0;
}

/* Whether s[0..n) ends on a sentence's stop ('.', '!' or '?'), before
 * closing quotes or brackets and the spaces between them (French ". »",
 * with a no-break space too). */
static int ends_stop(const char *s, size_t n) {
    for (;;) {
        if (n && (s[n - 1] == ' ' || s[n - 1] == '"' || s[n - 1] == ')' || s[n - 1] == '\''))
            n--;
        else if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 &&
                 ((unsigned char)s[n - 1] == 0xBB || (unsigned char)s[n - 1] == 0xA0))
            n -= 2; /* », no-break space */
        else if (n >= 3 && (memcmp(s + n - 3, "\xe2\x80\x9d", 3) == 0 ||
                            memcmp(s + n - 3, "\xe2\x80\xaf", 3) == 0))
            n -= 3; /* ”, narrow no-break space */
        else
            break;
    }
    return n && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?');
}

static int put_block(precis_buf *out, const char *s, size_t n) {
    if (out->len && precis_buf_append(out, "\n\n", 2) != 0) return -1;
    return precis_buf_append(out, s, n);
}

/* Whether a short line after the article's last long paragraph is a
 * sentence, words and a closing stop, as in a sign-off ("Ich hoffe euch
 * gefällt der Relaunch.", "Viel Glück!"): the tail it opens is the
 * article's end, not page furniture ("Share this", dates, "Weitere
 * Artikel"), which closes on no stop. */
static int tail_sentence(const char *s, size_t n) {
    if (n < 3 || !memchr(s, ' ', n)) return 0;
    if (memcmp(s + n - 3, "\xe2\x80\xa6", 3) == 0) return 1; /* an ellipsis */
    /* a blogger's greeting closing on a smiley or an emoji ("Habt einen
     * schönen Sonntag <3", "Bis bald :)", U+1F600-U+1F64F, U+1F900-U+1F9FF)
     * after a space: its words are a sentence without the stop */
    size_t k = n;
    while (k && s[k - 1] != ' ')
        k--;
    const unsigned char *t = (const unsigned char *)s + k; /* the last word */
    size_t tl = n - k;
    if (k > 1 &&
        ((tl == 2 && (memcmp(t, "<3", 2) == 0 || memcmp(t, ":)", 2) == 0 ||
                      memcmp(t, ";)", 2) == 0 || memcmp(t, ":D", 2) == 0)) ||
         (tl == 3 && memcmp(t, ":-)", 3) == 0) ||
         /* F0 9F 98 80 - F0 9F 99 8F, F0 9F A4 80 - F0 9F A7 BF */
         (tl == 4 && t[0] == 0xF0 && t[1] == 0x9F &&
          (t[2] == 0x98 || (t[2] == 0x99 && t[3] < 0x90) || (t[2] >= 0xA4 && t[2] <= 0xA7)))))
        return 1;
    if (s[n - 1] == '!') return 1;
    return s[n - 1] == '.' && s[n - 2] != '.';
}

/* Whether a paragraph mostly in link text is a sentence of the article
 * with its end linked ("X replaced Y, <a>who had held both posts for
 * eight months.</a>"): it opens on words of its own, not on a label ("Read
 * also: <a>...</a>"), and closes as a sentence does; a link list's line
 * opens on its link. */
#define LINKED_PLAIN 20
#define LINKED_MIN 80
static int linked_sentence(const char *s, const eblock *b) {
    /* (a paragraph set in italics is an editor's note pointing to another
     * piece, "This is part 2 of <a>...</a>"; a colon in the words before
     * the link makes them a label, "Related: see this article on <a>") */
    if (b->kind != K_PARA || b->len < LINKED_MIN || b->plain < LINKED_PLAIN || b->plain >= b->len ||
        !memchr(s, ' ', b->plain) || b->emph * 2 > b->len || memchr(s, ':', b->plain))
        return 0;
    size_t k = b->plain;
    while (k && s[k - 1] == ' ')
        k--;
    /* (the link goes on with the sentence, not after its end: "DHB
     * digital! <a>Click here to register!</a>") */
    if (!k || s[k - 1] == '.' || s[k - 1] == '!' || s[k - 1] == '?') return 0;
    size_t n = b->len;
    while (n && (s[n - 1] == ')' || s[n - 1] == '"' || s[n - 1] == '\''))
        n--;
    if (n >= 3 && ((unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
                   ((unsigned char)s[n - 1] == 0x9C || (unsigned char)s[n - 1] == 0x9D ||
                    (unsigned char)s[n - 1] == 0x9E)))
        n -= 3;
    return n >= 2 && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?') && s[n - 2] != '.';
}

/* Whether a list item is a datum: a figure ("390 kcal") or a label with
 * its value ("Lens: telephoto"). */
static int data_item(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9') return 1;
        if (s[i] == ':' && i > 0 && i + 2 < n && s[i + 1] == ' ') return 1;
    }
    return 0;
}

/* Writes the kept blocks in document order. */
static int emit(walker *w, uint8_t *keep, int ignore_boiler, const uint8_t *inner,
                const char *title, size_t title_len, precis_buf *out) {
    const enode *nodes = w->nodes.data;
    /* The standfirst often stands between the headline and the body, outside
     * the body's container: prose blocks there are kept too. */
    /* So does a standfirst inside the container that is marked like
     * boilerplate ("teaser", in the page header): the lead zone runs from the
     * headline to the first kept paragraph of prose. */
    /* With no heading matching the title (a headline reworded for the
     * page's title), the last h1 before the body is the headline. */
    size_t head = SIZE_MAX, body = SIZE_MAX, last_h1 = SIZE_MAX;
    uint8_t boiler = ignore_boiler ? 0 : BOILER;
    w->desc_only = 0;
    for (size_t bi = 0; bi < w->blocks.len; bi++) {
        const eblock *b = PRECIS_VEC_AT(&w->blocks, eblock, bi);
        const enode *o = &nodes[b->node];
        if (keep[b->node] == 1 && !(o->flags & (boiler | MINOR)) && b->kind == K_PARA &&
            b->len >= LEAD_MIN && b->links * 4 <= b->len) {
            body = bi;
            break;
        }
        if (b->kind == K_HEAD && title &&
            ((o->tag == GUMBO_TAG_H1 &&
              overlaps(w->text.data + b->off, b->len, title, title_len)) ||
             is_headline(w->text.data + b->off, b->len, title, title_len)))
            head = bi;
        if (b->kind == K_HEAD && o->tag == GUMBO_TAG_H1) last_h1 = bi;
    }
    if (head == SIZE_MAX) head = last_h1;
    /* The headline's box: its parent, when that holds no kept block of the
     * body (a page header with the headline and its standfirst, not the
     * page). */
    uint32_t head_box = UINT32_MAX;
    if (head != SIZE_MAX && body != SIZE_MAX) {
        uint32_t hp = nodes[PRECIS_VEC_AT(&w->blocks, eblock, head)->node].parent;
        uint32_t bn = PRECIS_VEC_AT(&w->blocks, eblock, body)->node;
        if (hp != nodes[hp].parent && !(hp <= bn && bn < nodes[hp].end)) head_box = hp;
    }
    uint32_t last = UINT32_MAX;
    size_t last_at = SIZE_MAX;
    if (last_paragraph(w, keep, boiler, &last, &last_at) != 0) return -1;
    const eblock *pending = NULL;
    int seen_h1 = 0;
    size_t last_long = 0;              /* out->len after the last long paragraph */
    uint32_t long_parent = UINT32_MAX; /* its element's parent */
    int tail_own = 0; /* the blocks written after it are plain <p>s beside it, + 1 */
    /* the last blocks written, items of one list with no link: data
     * (data_item) and others, and their parent */
    int tail_data = 0, tail_items = 0;
    uint32_t items_parent = UINT32_MAX;
    size_t tail_links = 0;     /* link text of the blocks written after it */
    size_t link_run = 0;       /* out->len before link list items not yet followed by prose */
    int dropped = 0;           /* a block was dropped after the pending heading */
    size_t emph_at = SIZE_MAX; /* out offset of the last block when all in bold or italics */
    /* Blocks are in document order (their owners are not). */
    for (size_t bi = 0; bi < w->blocks.len; bi++) {
        const eblock *at = PRECIS_VEC_AT(&w->blocks, eblock, bi);
        /* links showing their own address are the block's text here */
        eblock shown = *at;
        shown.links -= shown.addr;
        const eblock *b = &shown;
        const enode *o = &nodes[b->node];
        const char *s = w->text.data + b->off;
        int lead = head != SIZE_MAX && bi > head && bi - head <= LEAD_GAP && bi < body &&
                   b->len >= LEAD_MIN && b->links * 4 <= b->len && !(o->flags & MINOR);
        /* the page's own description before the body is its standfirst,
         * wherever it stands and whatever its class says ("teaser") */
        int desc = bi < body && b->links * 4 <= b->len && is_description(w, s, b->len);
        if (!keep[b->node] && !lead && !desc) continue;
        dropped = 1;
        /* A standfirst may stand in a page header or, inside the container,
         * in a box marked like boilerplate, but one outside the container
         * so marked is a newsletter box or a teaser (and with the whole page
         * kept for want of a container, there is no standfirst to find). */
        /* (a teaser's class on a standfirst in the headline's box is the
         * standfirst's: "page-teaser" beside the h1 in a <header>, when
         * it ends as a sentence, not a byline or a blog's tagline) */
        int lead_ok = lead && !keep[0] &&
                      (keep[b->node] == 1 || !(o->flags & BOILER_CLASS) ||
                       (head_box != UINT32_MAX && head_box <= b->node &&
                        b->node < nodes[head_box].end && ends_stop(s, b->len)));
        /* by_desc: written only for being the description */
        int by_desc = (!keep[b->node] && !lead) ||
                      ((o->flags & BOILER) && !ignore_boiler && !lead_ok) ||
                      (inner && inner[b->node]);
        if (by_desc && !desc) continue;
        /* Link lists go, except items long enough to say something
         * (a list of bugs fixed, of sources) with prose after them. */
        int linky = b->links * 2 > b->len && !linked_sentence(s, b);
        if (linky && (b->kind != K_HEAD || b->links == b->len) &&
            !(b->kind == K_ITEM && b->len >= 60 &&
              !(b->links * 10 >= b->len * 9 && lone_item(nodes, b->node))))
            continue;
        if ((o->flags & MINOR) && b->len < MINOR_LEN) continue;
        if (title && same_text(s, b->len, title, title_len)) continue;
        /* the page's h1 is the headline, kept apart as the title */
        if (title && o->tag == GUMBO_TAG_H1 && !seen_h1++ && overlaps(s, b->len, title, title_len))
            continue;
        int marker = end_marker(w, s, b->len);
        if (marker) {
            /* as a heading, what follows is comments, related links...
             * (a heading inside a link is a teaser card's label) */
            /* so does a paragraph that is all an end heading, "Kommentare"
             * styled as a line of its own */
            if ((marker == 3 || (marker == 1 && b->kind == K_HEAD)) &&
                (b->kind == K_HEAD || b->kind == K_PARA) &&
                /* (after the last paragraph, a short article's comments) */
                (out->len >= END_MIN + w->desc_only ||
                 (last_at != SIZE_MAX && bi > last_at && out->len > w->desc_only)) &&
                b->links * 2 <= b->len) {
                /* ...unless it heads a box with the article going on after
                 * it ("Read also" amid the text): the box goes. */
                uint32_t box = o->parent;
                size_t next = inline_box_end(w, keep, ignore_boiler, bi, box);
                if (next == SIZE_MAX) next = inline_list_end(w, keep, ignore_boiler, bi);
                if (next == SIZE_MAX) next = inline_sibling_end(w, keep, ignore_boiler, bi);
                if (next == SIZE_MAX) break;
                bi = next - 1;
            }
            continue;
        }
        if (b->kind != K_HEAD && disclosure(w, s, b->len)) continue;
        /* (a caption may be written as a heading) */
        if (b->kind != K_ITEM && credit_caption(w, s, b->len)) continue;
        if (b->kind == K_PARA && numbered_caption(w, s, b->len)) continue;
        if (b->kind == K_PARA && label_caption(w, s, b->len)) continue;
        if (link_teaser(s, b->len, b->links)) continue;
        if (b->kind == K_PARA && here_teaser(w, s, b->len, b->links)) continue;
        if (server_error(s, b->len)) continue;
        if (b->kind != K_HEAD && dated_label(s, b->len)) continue;
        /* a date line before the body is when the page was filed */
        if (bi < body && date_line(w, s, b->len)) continue;
        /* a box dropped for its make-up: its headings still end the article
         * (the page's description in it, beside share links, stays) */
        if (keep[b->node] == 2 && !desc) continue;
        if (last_at != SIZE_MAX && bi > last_at && b->kind != K_ITEM &&
            trailing_box(nodes, last, b->node))
            continue;
        dropped = 0;
        /* a heading followed by one of its rank or above heads nothing
         * when it is all the text of a box that shows something else, a
         * picture or a form: the title of a box with no text ("Upcoming
         * events" over a slideshow, "Find a club" over a search form) */
        if (pending && b->kind == K_HEAD && nodes[pending->node].tag >= o->tag &&
            hollow_box(nodes, pending->node, b->node))
            pending = NULL;
        /* A heading waits for content: a last one heads a section that was
         * dropped ("Related", "Share this"). */
        if (pending) {
            if (put_block(out, w->text.data + pending->off, pending->len) != 0) return -1;
            tail_own = 0;
        }
        pending = NULL;
        if (b->kind == K_HEAD) {
            pending = at;
            continue;
        }
        if (linky && !link_run) link_run = out->len;
        size_t before = out->len;
        if (put_block(out, s, b->len) != 0) return -1;
        /* a last block set apart in bold or italics: an editor's note (95%
         * of its bytes, not all: a link or a sign left in plain type) */
        emph_at = b->emph * 20 >= b->len * 19 ? out->len - b->len : SIZE_MAX;
        /* it does not count as the article's text before an end marker */
        if (by_desc) w->desc_only += out->len - before;
        if (!linky) link_run = 0;
        if (!(b->kind == K_ITEM && !at->links &&
              (tail_items + tail_data == 0 || o->parent == items_parent)))
            tail_items = 0, tail_data = 0;
        if (b->kind == K_ITEM && !at->links) {
            items_parent = o->parent;
            if (data_item(s, b->len))
                tail_data++;
            else
                tail_items++;
        }
        if (b->len >= TAIL_LONG) {
            last_long = out->len, tail_links = 0;
            long_parent = o->parent, tail_own = 1;
        } else {
            tail_links += at->links; /* an address shown points away too */
            /* (words, not a credit, "Photos: Agency", "ab/PAP", nor a call
             * to follow the paper) */
            if (tail_own && o->tag == GUMBO_TAG_P && o->parent == long_parent && !at->links &&
                memchr(s, ' ', b->len) && !credit_label(w, s, b->len) &&
                !tail_call(w, s, b->len, TAIL_LONG))
                tail_own++;
            else
                tail_own = 0;
        }
    }
    /* A last heading with nothing dropped after it ends the article. */
    if (pending && !dropped && put_block(out, w->text.data + pending->off, pending->len) != 0)
        return -1;
    if (link_run) {
        out->len = link_run, out->data[out->len] = '\0';
        if (last_long > link_run) last_long = 0;
    }
    /* Short lines after the last real paragraph are the page's tail:
     * "Share this", dates, "Comments closed", credits. */
    if (last_long && out->len > last_long) {
        int all_short = 1;
        /* ...unless it opens on a sentence with no link: a sign-off */
        const char *first = out->data + last_long + 2, *first_end = strstr(first, "\n\n");
        if (!first_end) first_end = out->data + out->len;
        if (!tail_links && tail_sentence(first, (size_t)(first_end - first)) &&
            !tail_call(w, first, (size_t)(first_end - first), TAIL_LONG))
            all_short = 0;
        /* ...or when it is three lines or more, all paragraphs beside the
         * last one with words and no link, not ending on a colon: the
         * article's own closing lines (an address, verse, a book's data) */
        if (tail_own > TAIL_OWN && out->data[out->len - 1] != ':') all_short = 0;
        /* ...or when it ends on a list with no link, mostly of data, TAIL_OWN
         * items of it or more: the article's own (a recipe's nutrients, a
         * photo's camera and exposure), not a box's headings or tags */
        if (tail_data >= TAIL_OWN && tail_data > tail_items) all_short = 0;
        for (const char *p = out->data + last_long + 2, *e = out->data + out->len; p < e;) {
            const char *q = strstr(p, "\n\n");
            if (!q) q = e;
            /* (a call to follow the publication is the tail's too) */
            if ((size_t)(q - p) >= TAIL_SHORT && !tail_call(w, p, (size_t)(q - p), TAIL_LONG))
                all_short = 0;
            p = q + 2;
        }
        if (all_short) out->len = last_long, out->data[out->len] = '\0';
    }
    /* Calls to follow the publication close the article (never the whole
     * of it). */
    while (out->len) {
        size_t k = out->len;
        while (k >= 2 && !(out->data[k - 1] == '\n' && out->data[k - 2] == '\n'))
            k--;
        if (k < 2 ||
            !tail_call(w, out->data + k, out->len - k, k == emph_at ? EMPH_CALL_MAX : TAIL_LONG))
            break;
        out->len = k - 2, out->data[out->len] = '\0';
    }
    return out->oom ? -1 : 0;
}

/* Marks 2 in keep[] a small box inside the kept subtrees holding a call to
 * subscribe, follow or donate (data/<lang>/boilerplate-calls.txt): the
 * box's other lines ("Never miss a story", "Enter your email address")
 * go with it. The largest box under CALL_BOX bytes of text above the
 * call, not holding the chosen node. */
#define CALL_BOX 500
static void call_boxes(walker *w, uint32_t top, uint8_t *keep) {
    const enode *nodes = w->nodes.data;
    for (size_t bi = 0; bi < w->blocks.len; bi++) {
        const eblock *b = PRECIS_VEC_AT(&w->blocks, eblock, bi);
        if (keep[b->node] != 1 || b->len > CALL_MAX) continue;
        if (precis_fold(w->text.data + b->off, b->len, &w->fold) != 0) return;
        size_t words;
        if (!has_listed(w, w->fold.data, w->fold.len, L_CALLS, &words)) continue;
        uint32_t box = UINT32_MAX;
        for (uint32_t a = nodes[b->node].parent; a != nodes[a].parent; a = nodes[a].parent) {
            if ((a <= top && top < nodes[a].end) || nodes[a].text >= CALL_BOX) break;
            if (box_tag((GumboTag)nodes[a].tag) || nodes[a].tag == GUMBO_TAG_ASIDE) box = a;
        }
        if (box != UINT32_MAX) memset(keep + box, 2, nodes[box].end - box);
    }
}

/* Passes of extract: with the class/id hints; ignoring those of the chosen
 * node and its ancestors (a page whose every block sits under a class such
 * as "has-sidebar" still loses the newsletter box inside its article); and
 * ignoring them all. */
enum { HINTS_ALL, HINTS_INSIDE, HINTS_NONE };
/* The second pass's text is kept when it is at least 1/INSIDE_SHARE of the
 * third's. */
#define INSIDE_SHARE 1.25

/* The text of an element named as the article's body that counts for
 * choosing it: outside boilerplate and link lists, or, when boilerplate
 * classes are ignored, all of it but its links. */
static size_t body_text(const enode *e, int ignore_boiler) {
    return ignore_boiler ? e->text - e->links : e->good;
}

static int extract(walker *w, int hints, const char *title, size_t title_len, precis_buf *out) {
    int ignore_boiler = hints != HINTS_ALL;
    uint32_t top = pick_top(w, ignore_boiler);
    if (top == UINT32_MAX) top = 0; /* only short blocks: keep them all */
    top = widen(w, top);
    top = widen_prose(w, top);
    /* The page's own "this is the article body" wins over scores when it
     * holds real text and is not inside the chosen node already (in the
     * passes that ignore boilerplate classes, all of its text not in links
     * counts: a body under a "sidebar-wrapper" that page builders split
     * into rows nested deeper than the scores climb). */
    const enode *nodes = w->nodes.data;
    uint32_t hinted = UINT32_MAX;
    for (size_t i = 0; i < w->nodes.len; i++)
        if (nodes[i].body_hint && body_text(&nodes[i], ignore_boiler) >= BODY_MIN &&
            (hinted == UINT32_MAX ||
             body_text(&nodes[i], ignore_boiler) > body_text(&nodes[hinted], ignore_boiler)))
            hinted = (uint32_t)i;
    if (hinted != UINT32_MAX && !(hinted >= top && hinted < nodes[top].end)) top = hinted;
    size_t nn = w->nodes.len;
    uint8_t *keep = precis_malloc(w->text.alc, 2 * nn);
    if (!keep) return -1;
    memset(keep, 0, 2 * nn);
    pick_siblings(w, top, keep);
    /* keep[i] becomes "inside a kept subtree": parents precede children. */
    for (size_t i = 1; i < nn; i++)
        keep[i] |= keep[nodes[i].parent];
    if (!ignore_boiler) clean_boxes(w, top, keep);
    if (!ignore_boiler) call_boxes(w, top, keep);
    /* inner[i]: boilerplate by an element below the chosen node's line that
     * holds a minor part of its text (not the body in a box named "ad") */
    uint8_t *inner = hints == HINTS_INSIDE ? keep + nn : NULL;
    for (size_t i = 0; inner && i < nn; i++) {
        inner[i] = (nodes[i].flags & OWN_BOILER) && !(i <= top && top < nodes[i].end) &&
                   nodes[i].text * 3 < nodes[top].text;
        if (i) inner[i] |= inner[nodes[i].parent];
    }
    int rc = emit(w, keep, ignore_boiler, inner, title, title_len, out);
    precis_free(w->text.alc, keep);
    return rc;
}

/* The most prose one element holds in its own paragraphs (host_of) under a
 * class or id read as boilerplate: an article body in a box named
 * "elementor-widget-container" or "teaserTyp3" holds much, a bio little;
 * readers' comments (TALK) do not count. Returns SIZE_MAX on OOM. */
static size_t boiler_prose(const walker *w) {
    const enode *nodes = w->nodes.data;
    size_t *sums = precis_malloc(w->text.alc, w->nodes.len * sizeof *sums);
    if (!sums) return SIZE_MAX;
    memset(sums, 0, w->nodes.len * sizeof *sums);
    size_t most = 0;
    for (size_t bi = 0; bi < w->blocks.len; bi++) {
        const eblock *b = PRECIS_VEC_AT(&w->blocks, eblock, bi);
        const enode *o = &nodes[b->node];
        if ((o->flags & (BOILER_CLASS | MINOR | TALK)) != BOILER_CLASS || b->kind != K_PARA ||
            b->len < PROSE_MIN || b->links * 4 > b->len)
            continue;
        size_t *t = &sums[host_of(nodes, b->node, b->len)];
        *t += b->len;
        if (*t > most) most = *t;
    }
    precis_free(w->text.alc, sums);
    return most;
}

/* A first pass's text is thin beside the prose of one element under a
 * boilerplate class when that prose is BOILER_PROSE bytes or more and
 * BOILER_MORE times the text: the passes without hints run then too, and
 * their text is taken when it is BOILER_MORE times the first. */
#define BOILER_PROSE 1000
#define BOILER_MORE 2

/* Walks the tree and appends its article to out: a first pass with the
 * class/id hints, then, while under SHORT_TEXT bytes are found, one without
 * those of the chosen node's line and one without any. */
static int content_pass(walker *w, const GumboNode *root, const char *title, size_t title_len,
                        precis_buf *out) {
    w->text.len = 0, w->nodes.len = 0, w->blocks.len = 0, w->stack.len = 0;
    new_run(w);
    int rc = root->type == GUMBO_NODE_ELEMENT ? walk(w, root) : 0;
    if (rc == 0 && w->nodes.len) {
        /* Subtree totals: children follow parents in pre-order. */
        enode *nodes = w->nodes.data;
        for (size_t i = w->nodes.len; i-- > 1;) {
            nodes[nodes[i].parent].text += nodes[i].text;
            nodes[nodes[i].parent].links += nodes[i].links;
            nodes[nodes[i].parent].good += nodes[i].good;
            nodes[nodes[i].parent].prose += nodes[i].prose;
            nodes[nodes[i].parent].commas += nodes[i].commas;
        }
        size_t start = out->len;
        rc = extract(w, HINTS_ALL, title, title_len, out);
        /* the description alone is not an article found */
        size_t first = out->len - start - w->desc_only, hidden = 0;
        int thin = 0;
        if (rc == 0 && first >= SHORT_TEXT) {
            hidden = boiler_prose(w);
            if (hidden == SIZE_MAX) return -1;
            thin = hidden >= BOILER_PROSE && hidden > BOILER_MORE * first;
        }
        if (rc == 0 && (first < SHORT_TEXT || thin)) {
            precis_buf all, alt;
            precis_buf_init(&all, w->text.alc);
            precis_buf_init(&alt, w->text.alc);
            rc = extract(w, HINTS_NONE, title, title_len, &all);
            /* the boxes inside the article named as boilerplate go, when
             * they are a small part of it */
            if (rc == 0) rc = extract(w, HINTS_INSIDE, title, title_len, &alt);
            const precis_buf *pick = &all;
            if (rc == 0 && alt.len >= SHORT_TEXT && alt.len * INSIDE_SHARE >= all.len) pick = &alt;
            if (rc == 0 && (!thin || pick->len > BOILER_MORE * first)) {
                out->len = start;
                if (out->cap) out->data[start] = '\0';
                rc = precis_buf_append(out, pick->data, pick->len);
            }
            precis_buf_free(&all);
            precis_buf_free(&alt);
        }
    }
    return rc;
}

int precis_html_content(const GumboNode *root, const char *title, size_t title_len,
                        const char *desc, size_t desc_len, const precis_alloc *alc,
                        precis_buf *out) {
    walker w;
    memset(&w, 0, sizeof w);
    if (desc) w.desc_len = alnum_key(desc, desc_len, w.desc, sizeof w.desc);

    precis_buf_init(&w.text, alc);
    precis_buf_init(&w.fold, alc);
    precis_vec_init(&w.nodes, sizeof(enode), alc);
    precis_vec_init(&w.blocks, sizeof(eblock), alc);
    precis_vec_init(&w.stack, sizeof(frame), alc);
    for (size_t l = 0; l < N_LISTS; l++)
        for (size_t i = 0; i < N_MARKER_LANGS; i++)
            w.lists[l][i] = precis_wordlist_get(precis_lang_code((int)i), list_names[l]);
    precis_html_classes_init(&w.classes);
    size_t start = out->len;
    int rc = content_pass(&w, root, title, title_len, out);
    /* Pages that render their text by script may give it to readers without
     * scripts in <noscript> (a whole page, a blog's posts): read it when the
     * rest of the page holds next to nothing. */
    if (rc == 0 && out->len - start < SHORT_TEXT && w.noscripts) {
        precis_buf alt;
        precis_buf_init(&alt, alc);
        w.read_noscript = 1;
        rc = content_pass(&w, root, title, title_len, &alt);
        if (rc == 0 && alt.len > out->len - start) {
            out->len = start;
            rc = precis_buf_append(out, alt.data, alt.len);
        }
        precis_buf_free(&alt);
    }
    precis_buf_free(&w.text);
    precis_buf_free(&w.fold);
    precis_vec_free(&w.nodes);
    precis_vec_free(&w.blocks);
    precis_vec_free(&w.stack);
    return rc;
}
