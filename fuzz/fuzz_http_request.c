/*
 * fuzz_http_request.c - libFuzzer harness for the HTTP requests of `precis
 * serve` (cli/request.c) and the brief or page each leads to, without a
 * socket. The input is
 *     METHOD PATH[?k=v&k=v...]\n
 *     CONTENT-TYPE\n            ("-" for none)
 *     BODY
 * (a missing line takes a default: POST /v1/brief, no content type).
 * Every request must get a reply with a known status, ending with a
 * newline; a JSON reply must parse, and an error reply must be the
 * {"error":{"code","message","pos"}} object.
 */
#define FUZZ_OWN_INIT
#include "fuzz_engine.h"
#include "request.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARAMS 32

static http_config cfg;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    engine = precis_engine_new(NULL, NULL, NULL);
    precis_options_default(&cfg.opts);
    cfg.max_body = 65536; /* above -max_len, so bodies reach the engine */
    cfg.opts.max_input_bytes = cfg.max_body;
    return engine ? 0 : 1;
}

/* The next line of [*p, end) as a NUL-terminated copy in *out (malloc'd);
 * 0 when there is no complete line left. */
static int next_line(const char **p, const char *end, char **out) {
    const char *nl = memchr(*p, '\n', (size_t)(end - *p));
    if (!nl) return 0;
    size_t n = (size_t)(nl - *p);
    *out = malloc(n + 1);
    check(*out != NULL);
    memcpy(*out, *p, n);
    (*out)[n] = 0;
    *p = nl + 1;
    return 1;
}

/* Splits "k=v&k&..." in place. */
static size_t split_query(char *q, http_param *ps) {
    size_t n = 0;
    while (q && *q && n < MAX_PARAMS) {
        char *amp = strchr(q, '&');
        if (amp) *amp = 0;
        char *eq = strchr(q, '=');
        if (eq) *eq = 0;
        ps[n].key = q;
        ps[n].value = eq ? eq + 1 : NULL;
        n++;
        q = amp ? amp + 1 : NULL;
    }
    return n;
}

static void check_reply(const http_reply *r, const char *method) {
    check(r->body != NULL && r->len > 0 && r->body[r->len - 1] == '\n');
    check(r->content_type != NULL);
    switch (r->status) {
    case 200:
    case 400:
    case 404:
    case 405:
    case 413:
    case 415:
    case 422:
    case 500:
        break;
    default:
        abort();
    }
    check((r->status == 405) == (r->allow != NULL));
    if (strcmp(r->content_type, "application/json") != 0) {
        check(r->status == 200);
        return;
    }
    check(strlen(r->body) == r->len);
    json_error_t jerr;
    json_t *root = json_loadb(r->body, r->len, 0, &jerr);
    check(root != NULL && json_is_object(root));
    json_t *e = json_object_get(root, "error");
    if (r->status == 200) {
        check(e == NULL);
    } else {
        check(json_is_object(e));
        json_t *code = json_object_get(e, "code");
        json_t *pos = json_object_get(e, "pos");
        check(json_is_string(code) && json_string_length(code) > 0);
        check(json_string_length(json_object_get(e, "message")) > 0);
        check(json_is_null(pos) || (json_is_integer(pos) && json_integer_value(pos) >= 0));
        /* 500 only when memory ran out. */
        if (r->status == 500) check(strcmp(json_string_value(code), "out_of_memory") == 0);
    }
    (void)method;
    json_decref(root);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *p = (const char *)data, *end = p + size;
    char *target = NULL, *type = NULL;
    const char *method = "POST", *path = "/v1/brief", *content_type = NULL;
    http_param params[MAX_PARAMS];
    size_t n_params = 0;
    if (next_line(&p, end, &target)) {
        char *sp = strchr(target, ' ');
        if (sp) {
            *sp = 0;
            method = target;
            path = sp + 1;
        } else {
            path = target;
        }
        char *q = strchr(path, '?');
        if (q) {
            *q = 0;
            n_params = split_query(q + 1, params);
        }
        if (next_line(&p, end, &type)) content_type = strcmp(type, "-") == 0 ? NULL : type;
    }
    http_reply r;
    http_handle(engine, &cfg, method, path, content_type, params, n_params, p, (size_t)(end - p),
                &r);
    check_reply(&r, method);
    http_reply_free(&r);
    free(target);
    free(type);
    return 0;
}
