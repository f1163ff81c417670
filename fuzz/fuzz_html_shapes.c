/*
 * fuzz_html_shapes.c - libFuzzer harness for the memory bound of HTML
 * extraction on hostile shapes. The input is a program that writes a page:
 * opcodes open and close formatting elements (with distinct attributes,
 * which the tree builder does not merge), blocks, table cells and <option>s,
 * write text, and repeat what was written since a mark, so that a few bytes
 * make the unclosed and misnested runs that once made a 90 KB page take
 * gigabytes. precis_extract_html runs with an allocator that refuses to hold
 * more than 64 MiB + 64 times the page: running out of memory is a failure.
 */
#define FUZZ_OWN_INIT
#include "../tests/counting_alloc.h"
#include "fuzz_engine.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum { MAX_PAGE = 256 << 10 };

static counting_alloc ca;
static precis_alloc hooks;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    hooks = counting_hooks(&ca);
    engine = precis_engine_new(NULL, &hooks, NULL);
    return engine ? 0 : 1;
}

static const char *const fmt[] = {"a",    "b", "big",   "code",   "em",     "font", "i",
                                  "nobr", "s", "small", "strike", "strong", "tt",   "u"};
static const char *const blocks[] = {"p",       "div", "li",      "ul",        "table",  "tr",
                                     "td",      "th",  "caption", "select",    "option", "object",
                                     "marquee", "h1",  "span",    "blockquote"};

typedef struct page {
    char s[MAX_PAGE];
    size_t n;
} page;

static page pg;

static void put(const char *t, size_t k) {
    if (pg.n + k > MAX_PAGE) k = MAX_PAGE - pg.n;
    memcpy(pg.s + pg.n, t, k);
    pg.n += k;
}

static void putf(const char *f, const char *a, unsigned v) {
    char buf[64];
    int k = snprintf(buf, sizeof buf, f, a, v);
    if (k > 0) put(buf, (size_t)k < sizeof buf ? (size_t)k : sizeof buf - 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    pg.n = 0;
    put("<html><body><p>", 15);
    size_t mark = pg.n;
    for (size_t i = 0; i + 1 < size && pg.n < MAX_PAGE; i += 2) {
        unsigned op = data[i] % 8, arg = data[i + 1];
        switch (op) {
        case 0:
            putf("<%s id=%u>", fmt[arg % 14], arg);
            break;
        case 1:
            putf("</%s>", fmt[arg % 14], 0);
            break;
        case 2:
            putf("<%s>", blocks[arg % 16], 0);
            break;
        case 3:
            putf("</%s>", blocks[arg % 16], 0);
            break;
        case 4:
            put("x ", arg % 2 + 1);
            break;
        case 5:
            mark = pg.n;
            break;
        case 6: { /* repeat since the mark, up to 256 times the argument */
            size_t len = pg.n - mark;
            for (unsigned r = 0; len && r < (arg + 1u) * 256u && pg.n + len <= MAX_PAGE; r++)
                put(pg.s + mark, len);
            break;
        }
        default:
            if (arg) put((const char *)&data[i + 1], 1);
            break;
        }
    }
    size_t bound = 64 * pg.n + ((size_t)64 << 20);
    size_t base = ca.live_bytes;
    ca.max_bytes = base + bound;
    precis_error err;
    precis_page *p = precis_extract_html(engine, pg.s, pg.n, &err);
    ca.max_bytes = 0;
    /* the only error an HTML page can get here is the allocator's refusal */
    check(p != NULL);
    precis_page_free(p);
    check(ca.live_bytes == base);
    return 0;
}
