/*
 * fuzz_jsonl.c - libFuzzer harness for JSON Lines records: precis_brief_json
 * and, when it fails, precis_error_record. Both outputs must be one line of
 * valid JSON; a failed record's error must carry a code and a message.
 */
#include "fuzz_engine.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void check_json_line(const char *s, size_t n) {
    check(s != NULL && strlen(s) == n && memchr(s, '\n', n) == NULL);
    json_error_t jerr;
    /* An id may hold \u0000, which is valid JSON. */
    json_t *root = json_loadb(s, n, JSON_ALLOW_NUL, &jerr);
    check(root != NULL && json_is_object(root));
    json_decref(root);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *line = (const char *)data;
    precis_error err = {0};
    precis_brief *b = precis_brief_json(engine, line, size, NULL, &err);
    size_t n = 0;
    char *s;
    if (b) {
        s = precis_brief_render(b, PRECIS_FORMAT_JSON, &n, &err);
        check_json_line(s, n);
        size_t idn;
        const char *id = precis_brief_id(b, &idn);
        if (id) check(idn > 0 && strstr(s, "\"id\":") != NULL);
        precis_brief_free(b);
    } else {
        check(err.code != PRECIS_OK && err.msg != NULL);
        if (err.code == PRECIS_ERR_JSON) check(err.pos <= size);
        s = precis_error_record(engine, line, size, 42, &err, &n);
        check_json_line(s, n);
        check(strstr(s, "\"line\":42") != NULL);
    }
    precis_string_free(engine, s);
    return 0;
}
