/*
 * fuzz_html.c - libFuzzer harness for HTML extraction (precis_extract_html)
 * and the brief made from it (precis_brief_html): any bytes give a page or a
 * clean error, the page text is valid for its length, and key-point spans
 * stay inside the extracted text.
 */
#include "fuzz_engine.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    precis_error err;
    precis_page *page = precis_extract_html(engine, (const char *)data, size, &err);
    if (!page) {
        if (err.code == PRECIS_OK || !err.msg) abort();
        return 0;
    }
    size_t tlen = 0;
    const char *text = precis_page_text(page, &tlen);
    if (!text || memchr(text, 0, tlen)) abort();
    if (!precis_page_title(page)) abort();
    precis_page_free(page);

    precis_brief *b = precis_brief_html(engine, (const char *)data, size, NULL, &err);
    if (!b) {
        if (err.code == PRECIS_OK) abort();
        return 0;
    }
    for (size_t i = 0; i < precis_brief_point_count(b); i++) {
        precis_point p;
        if (precis_brief_point(b, i, &p) != 0 || p.start > p.end || p.end > tlen + 4) abort();
    }
    char *json = precis_brief_render(b, PRECIS_FORMAT_JSON, NULL, &err);
    if (!json) abort();
    precis_string_free(engine, json);
    precis_brief_free(b);
    return 0;
}
