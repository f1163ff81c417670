/*
 * fuzz_brief_text.c - libFuzzer harness for precis_brief_text and the three
 * renderers. The first byte picks the options (points, order, strictness,
 * word budget, forced language), the parity of the length compression; the
 * rest is the article. Checks what must hold for any input: spans inside
 * the input, compressed points' pieces in order inside their sentence, JSON
 * output that parses, no newline in it, and errors that carry a message.
 */
#include "fuzz_engine.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) return 0;
    static const char *const langs[] = {NULL, "fr", "en", "de"};
    unsigned flags = data[0];
    precis_options o;
    precis_options_default(&o);
    o.points = flags & 7;
    o.order = (flags >> 3) & 1 ? PRECIS_ORDER_RANK : PRECIS_ORDER_ARTICLE;
    o.strict_utf8 = (flags >> 4) & 1;
    o.words = (flags >> 5) & 1 ? 25 : 0;
    o.lang = langs[(flags >> 6) & 3];
    if (flags == 0xff) o.max_sentences = 2;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    o.compress = len & 1 ? PRECIS_COMPRESS_ALL : 0;

    precis_error err = {0};
    precis_brief *b = precis_brief_text(engine, text, len, &o, &err);
    if (!b) {
        check(err.code != PRECIS_OK && err.msg != NULL);
        return 0;
    }
    size_t np = precis_brief_point_count(b);
    check(np <= o.points);
    for (size_t i = 0; i < np; i++) {
        precis_point p;
        check(precis_brief_point(b, i, &p) == 0);
        check(p.start <= p.end && p.end <= len && p.sentence < precis_brief_sentence_count(b));
        check(memchr(p.text, 0, p.len) == NULL);
        /* whole sentences, unless compressed, or under a word budget (a
         * sentence over it fitted by deletion, or cut when none fits) */
        check(o.compress || p.piece_count == 0 || o.words);
        check(!p.truncated || (o.words && np == 1 && p.piece_count == 1));
        size_t at = p.start;
        for (size_t k = 0; k < p.piece_count; k++) {
            check(p.pieces[k].start >= at && p.pieces[k].end > p.pieces[k].start);
            check(p.pieces[k].end <= p.end);
            at = p.pieces[k].end;
        }
    }
    for (size_t i = 0; i < precis_brief_sentence_count(b); i++) {
        precis_point p;
        check(precis_brief_sentence(b, i, &p) == 0);
        check(p.start <= p.end && p.end <= len);
    }
    for (int f = PRECIS_FORMAT_TEXT; f <= PRECIS_FORMAT_JSON; f++) {
        size_t n = 0;
        char *s = precis_brief_render(b, (precis_format)f, &n, &err);
        check(s != NULL && strlen(s) == n);
        if (f == PRECIS_FORMAT_JSON) {
            check(memchr(s, '\n', n) == NULL);
            json_error_t jerr;
            json_t *root = json_loadb(s, n, 0, &jerr);
            check(root != NULL && json_is_object(root));
            json_decref(root);
        }
        precis_string_free(engine, s);
    }
    precis_brief_free(b);
    return 0;
}
