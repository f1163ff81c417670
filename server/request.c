/*
 * request.c - HTTP requests of `precis serve` as plain data: routing, the
 * checks made on the headers before a body is read, query parameters and
 * content types into a job, and the job's brief or page into a response.
 * JSON bodies are records, parsed by the library (precis_brief_json) like
 * the lines of --jsonl, so the two accept exactly the same fields.
 */
#include "request.h"

#include "json_write.h"
#include "page.h"
#include "precis_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char json_type[] = "application/json";
static const char text_type[] = "text/plain; charset=utf-8";
static const char markdown_type[] = "text/markdown; charset=utf-8";

void http_reply_free(http_reply *r) {
    free(r->body);
    r->body = NULL;
    r->len = 0;
}

/* Takes s (malloc'd, n bytes, or NULL on OOM) as the body, adding the final
 * newline. */
static void set_body(http_reply *r, unsigned status, const char *type, char *s, size_t n) {
    http_reply_free(r);
    r->status = status;
    r->content_type = type;
    if (!s) {
        static const char oom[] =
            "{\"error\":{\"code\":\"out_of_memory\",\"message\":\"out of memory\",\"pos\":null}}\n";
        r->status = 500;
        r->content_type = json_type;
        r->body = malloc(sizeof oom);
        if (r->body) memcpy(r->body, oom, sizeof oom);
        r->len = r->body ? sizeof oom - 1 : 0;
        return;
    }
    char *p = realloc(s, n + 2);
    if (!p) {
        free(s);
        set_body(r, status, type, NULL, 0);
        return;
    }
    p[n] = '\n';
    p[n + 1] = 0;
    r->body = p;
    r->len = n + 1;
}

/* The error object, by the library's JSON writer: messages are English,
 * but may quote what the client sent. */
void http_reply_error(http_reply *r, unsigned status, const char *code, const char *message,
                      long long pos) {
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    precis_buf_puts(&b, "{\"error\":{\"code\":");
    precis_json_string(&b, code, strlen(code));
    precis_buf_puts(&b, ",\"message\":");
    precis_json_string(&b, message, strlen(message));
    if (pos < 0)
        precis_buf_puts(&b, ",\"pos\":null}}");
    else
        precis_buf_printf(&b, ",\"pos\":%lld}}", pos);
    size_t n = 0;
    char *s = precis_buf_detach(&b, &n); /* malloc'd: the default hooks */
    if (!s) precis_buf_free(&b);
    set_body(r, status, json_type, s, n);
    r->allow = NULL;
}

static void errorf(http_reply *r, unsigned status, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void errorf(http_reply *r, unsigned status, const char *code, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    http_reply_error(r, status, code, msg, -1);
}

/* ---------------------------------------------------------------- routing */

int http_route_of(const char *method, const char *path, http_route *route, http_reply *r) {
    static const struct {
        const char *path, *method, *allow;
        http_route route;
    } routes[] = {{"/health", "GET", "GET, HEAD", HTTP_ROUTE_HEALTH},
                  {"/v1/brief", "POST", "POST", HTTP_ROUTE_BRIEF},
                  {"/v1/extract", "POST", "POST", HTTP_ROUTE_EXTRACT}};
    *route = HTTP_ROUTE_NONE;
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++) {
        if (strcmp(path, routes[i].path) != 0) continue;
        if (strcmp(method, routes[i].method) == 0 ||
            (routes[i].route == HTTP_ROUTE_HEALTH && strcmp(method, "HEAD") == 0)) {
            *route = routes[i].route;
            return 0;
        }
        errorf(r, 405, "method_not_allowed", "%s takes %s only", routes[i].path,
               routes[i].route == HTTP_ROUTE_HEALTH ? "GET" : "POST");
        r->allow = routes[i].allow;
        return -1;
    }
    errorf(r, 404, "not_found",
           "no such endpoint; there are POST /v1/brief, POST /v1/extract and GET /health");
    return -1;
}

/* ---------------------------------------------------------------- framing */

int http_check_head(const http_head *h, http_reply *r) {
    int v11 = strcmp(h->version, "HTTP/1.1") == 0;
    if (!v11 && strcmp(h->version, "HTTP/1.0") != 0) {
        errorf(r, 400, "bad_request",
               "the request line must end with HTTP/1.1 or HTTP/1.0 (a NUL byte or a space "
               "in it?)");
        return -1;
    }
    if (v11 && h->n_host != 1) {
        errorf(r, 400, "bad_request", "an HTTP/1.1 request needs exactly one Host header, not %u",
               h->n_host);
        return -1;
    }
    if (h->n_content_length > 1) {
        errorf(r, 400, "bad_framing", "Content-Length given %u times", h->n_content_length);
        return -1;
    }
    if (h->n_transfer_encoding > 0 && h->n_content_length > 0) {
        errorf(r, 400, "bad_framing", "Content-Length and Transfer-Encoding together");
        return -1;
    }
    if (h->n_transfer_encoding > 1) {
        errorf(r, 400, "bad_framing", "Transfer-Encoding given %u times", h->n_transfer_encoding);
        return -1;
    }
    if (h->n_transfer_encoding == 1 &&
        (!h->transfer_encoding || strcasecmp(h->transfer_encoding, "chunked") != 0)) {
        errorf(r, 501, "bad_framing", "the only transfer coding taken is chunked");
        return -1;
    }
    if (h->nul_in_target) {
        errorf(r, 400, "bad_request", "a NUL byte (%%00 or raw) in the path or the query");
        return -1;
    }
    return 0;
}

/* ---------------------------------------------------------- content type */

/* The media type of a Content-Type value, lower-cased into out, and whether
 * its charset parameter (if any) is UTF-8. Returns 0, or -1 when the value
 * is too long to be one we know. */
static int media_type(const char *ct, char *out, size_t cap, int *utf8) {
    *utf8 = 1;
    while (*ct == ' ' || *ct == '\t')
        ct++;
    size_t n = 0;
    for (; *ct && *ct != ';' && *ct != ' ' && *ct != '\t'; ct++) {
        if (n + 1 >= cap) return -1;
        out[n++] = (char)(*ct >= 'A' && *ct <= 'Z' ? *ct + 32 : *ct);
    }
    out[n] = 0;
    /* Parameters: only charset matters, for the types that must be UTF-8. */
    const char *p = ct;
    while ((p = strchr(p, ';')) != NULL) {
        p++;
        while (*p == ' ' || *p == '\t')
            p++;
        if (strncasecmp(p, "charset=", 8) != 0) continue;
        p += 8;
        if (*p == '"') p++;
        *utf8 = strncasecmp(p, "utf-8", 5) == 0 || strncasecmp(p, "utf8", 4) == 0 ||
                strncasecmp(p, "us-ascii", 8) == 0;
    }
    return 0;
}

/* Classifies a body by its content type; -1 with a 415 reply if the route
 * does not take it. NULL (no header) means "look at the body". */
static int body_kind_of(http_route route, const char *content_type, http_body *kind,
                        http_reply *r) {
    char type[64];
    int utf8;
    int known = content_type && media_type(content_type, type, sizeof type, &utf8) == 0;
    if (!content_type || (known && type[0] == 0)) {
        *kind = HTTP_BODY_TEXT; /* decided from the body by http_parse */
        return 1;
    }
    if (known && (strcmp(type, "text/html") == 0 || strcmp(type, "application/xhtml+xml") == 0)) {
        *kind = HTTP_BODY_HTML; /* any charset: the page is decoded as a browser would */
        return 0;
    }
    if (known && route == HTTP_ROUTE_BRIEF && strcmp(type, "application/json") == 0) {
        if (!utf8) goto not_utf8;
        *kind = HTTP_BODY_JSON;
        return 0;
    }
    if (known && route == HTTP_ROUTE_BRIEF && strcmp(type, "text/plain") == 0) {
        if (!utf8) goto not_utf8;
        *kind = HTTP_BODY_TEXT;
        return 0;
    }
    if (route == HTTP_ROUTE_EXTRACT)
        errorf(r, 415, "unsupported_media_type",
               "POST /v1/extract takes a page: Content-Type text/html");
    else
        errorf(r, 415, "unsupported_media_type",
               "POST /v1/brief takes Content-Type application/json (a record), text/plain "
               "or text/html");
    return -1;
not_utf8:
    errorf(r, 415, "unsupported_media_type", "%s bodies must be UTF-8", type);
    return -1;
}

void http_reply_too_large(const http_config *cfg, http_reply *r) {
    errorf(r, 413, "too_large",
           "request body is larger than the limit of %zu bytes (server option --max-bytes)",
           cfg->max_body);
}

int http_check_headers(const http_config *cfg, http_route route, const char *content_type,
                       long long content_length, http_reply *r) {
    if (route == HTTP_ROUTE_HEALTH) return 0;
    if (content_length > 0 && (unsigned long long)content_length > cfg->max_body) {
        http_reply_too_large(cfg, r);
        return -1;
    }
    http_body kind;
    return body_kind_of(route, content_type, &kind, r) < 0 ? -1 : 0;
}

/* ------------------------------------------------------------- parameters */

/* Whether key names a library option (precis_option_names). */
static int is_option(const char *key) {
    for (const char *const *n = precis_option_names(); *n; n++)
        if (strcmp(*n, key) == 0) return 1;
    return 0;
}

/* A parameter name fit to be quoted in a message. */
static void printable(const char *s, char *out, size_t cap) {
    size_t n = 0;
    for (; s && *s && n + 4 < cap; s++)
        out[n++] = *s > 0x20 && *s < 0x7f ? *s : '?';
    if (s && *s) out[n++] = '.', out[n++] = '.', out[n++] = '.';
    out[n] = 0;
}

static int bad_param(http_reply *r, const char *fmt, const char *arg) {
    char name[48];
    printable(arg, name, sizeof name);
    errorf(r, 400, "bad_param", fmt, name);
    return -1;
}

/* Applies one query parameter to req; -1 with a 400 reply. */
static int apply_param(http_request *req, const char *key, const char *val, http_reply *r) {
    int brief = req->route == HTTP_ROUTE_BRIEF;
    if (strcmp(key, "format") == 0) {
        const char *v = val ? val : "";
        if (strcmp(v, "json") == 0)
            req->format = PRECIS_FORMAT_JSON;
        else if (strcmp(v, "text") == 0)
            req->format = PRECIS_FORMAT_TEXT;
        else if (brief && (strcmp(v, "markdown") == 0 || strcmp(v, "md") == 0))
            req->format = PRECIS_FORMAT_MARKDOWN;
        else
            return bad_param(r,
                             brief ? "format must be json, markdown or text, not '%s'"
                                   : "format must be json or text, not '%s'",
                             v);
        return 0;
    }
    if (!brief)
        return bad_param(r, "unknown query parameter '%s' (POST /v1/extract takes format)", key);
    /* Every library option by its name, as in a JSON Lines record, but the
     * body limit, which is the server's. */
    precis_error err;
    if (strcmp(key, "max_bytes") == 0 || !is_option(key))
        return bad_param(r,
                         "unknown query parameter '%s' (POST /v1/brief takes format, points, "
                         "words, order, lang, title, strict, compress, max_sentences and "
                         "max_depth)",
                         key);
    if (strcmp(key, "strict") == 0 && (!val || !*val)) val = "1"; /* "?strict" */
    if (precis_option_set(&req->opts, key, val ? val : "", val ? strlen(val) : 0, &err) == 0)
        return 0;
    if (err.code == PRECIS_ERR_LANG) {
        char msg[160];
        snprintf(msg, sizeof msg, "unsupported language '%%s' (supported: %s)",
                 precis_languages());
        return bad_param(r, msg, val);
    }
    char msg[320];
    snprintf(msg, sizeof msg, "%s, not '%%s'", err.msg);
    return bad_param(r, msg, val);
}

int http_parse(const http_config *cfg, http_route route, const char *content_type,
               const http_param *params, size_t n_params, const char *body, size_t len,
               http_request *req, http_reply *r) {
    memset(req, 0, sizeof *req);
    req->route = route;
    req->opts = cfg->opts;
    req->format = PRECIS_FORMAT_JSON;
    req->body = body;
    req->len = len;
    if (route == HTTP_ROUTE_HEALTH) return 0;
    if (len > cfg->max_body) {
        http_reply_too_large(cfg, r);
        return -1;
    }
    int guess = body_kind_of(route, content_type, &req->body_kind, r);
    if (guess < 0) return -1;
    if (guess > 0) /* no Content-Type: tell a page from text as the command does */
        req->body_kind = route == HTTP_ROUTE_EXTRACT || cli_looks_html(body, len) ? HTTP_BODY_HTML
                                                                                  : HTTP_BODY_TEXT;
    for (size_t i = 0; i < n_params; i++)
        if (params[i].key && apply_param(req, params[i].key, params[i].value, r) != 0) return -1;
    return 0;
}

/* ---------------------------------------------------------------- running */

/* Status and error code for a failed brief or extraction. */
static void reply_precis_error(http_reply *r, const precis_error *err) {
    static const struct {
        unsigned status;
        const char *code;
    } map[] = {
        [PRECIS_OK] = {500, "internal"},
        [PRECIS_ERR_NOMEM] = {500, "out_of_memory"},
        [PRECIS_ERR_INVALID_ARG] = {400, "bad_field"},
        [PRECIS_ERR_EMPTY] = {422, "empty"},
        [PRECIS_ERR_BINARY] = {422, "binary"},
        [PRECIS_ERR_UTF8] = {422, "invalid_utf8"},
        [PRECIS_ERR_TOO_LARGE] = {413, "too_large"},
        [PRECIS_ERR_LANG] = {400, "unsupported_language"},
        [PRECIS_ERR_JSON] = {400, "bad_json"},
        [PRECIS_ERR_NO_TEXT] = {400, "no_text"},
        [PRECIS_ERR_DATA] = {500, "data"},
        [PRECIS_ERR_FORMAT] = {400, "bad_format"},
    };
    unsigned c = (unsigned)err->code;
    if (c >= sizeof map / sizeof map[0] || !map[c].code) c = PRECIS_OK;
    const char *msg = err->msg ? err->msg : precis_strerror(err->code);
    long long pos = -1;
    char buf[256];
    if (err->code == PRECIS_ERR_JSON) {
        snprintf(buf, sizeof buf, "%s at byte %zu", msg, err->pos);
        msg = buf;
        pos = (long long)err->pos;
    } else if (err->code == PRECIS_ERR_UTF8 || err->code == PRECIS_ERR_BINARY) {
        snprintf(buf, sizeof buf, "%s at byte %zu", msg, err->pos);
        msg = buf;
        pos = (long long)err->pos;
    }
    http_reply_error(r, map[c].status, map[c].code, msg, pos);
}

static void run_health(http_reply *r) {
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    precis_buf_puts(&b, "{\"status\":\"ok\",\"version\":");
    precis_json_string(&b, precis_version(), strlen(precis_version()));
    precis_buf_puts(&b, ",\"languages\":");
    precis_json_string(&b, precis_languages(), strlen(precis_languages()));
    precis_buf_putc(&b, '}');
    size_t n = 0;
    char *s = precis_buf_detach(&b, &n); /* malloc'd: the default hooks */
    if (!s) precis_buf_free(&b);
    set_body(r, 200, json_type, s, n);
}

static void run_extract(const precis_engine *engine, const http_request *req, http_reply *r) {
    precis_error err = {0};
    precis_page *p = precis_extract_html_opts(engine, req->body, req->len, &req->opts, &err);
    if (!p) {
        reply_precis_error(r, &err);
        return;
    }
    char *s = NULL;
    size_t n = 0;
    int json = req->format == PRECIS_FORMAT_JSON;
    FILE *f = open_memstream(&s, &n);
    if (f) {
        int rc = cli_print_page(p, json, NULL, f);
        if (fclose(f) != 0 || rc != 0) free(s), s = NULL;
    }
    precis_page_free(p);
    if (s && n && s[n - 1] == '\n') n--; /* set_body adds it back */
    set_body(r, 200, json ? json_type : text_type, s, n);
}

void http_run(const precis_engine *engine, const http_request *req, http_reply *r) {
    if (req->route == HTTP_ROUTE_HEALTH) {
        run_health(r);
        return;
    }
    if (req->route == HTTP_ROUTE_EXTRACT) {
        run_extract(engine, req, r);
        return;
    }
    precis_error err = {0};
    precis_brief *b = NULL;
    switch (req->body_kind) {
    case HTTP_BODY_JSON:
        b = precis_brief_json(engine, req->body, req->len, &req->opts, &err);
        break;
    case HTTP_BODY_HTML:
        b = precis_brief_html(engine, req->body, req->len, &req->opts, &err);
        break;
    case HTTP_BODY_TEXT:
        b = precis_brief_text(engine, req->body, req->len, &req->opts, &err);
        break;
    }
    if (!b) {
        reply_precis_error(r, &err);
        return;
    }
    size_t n = 0;
    char *out = precis_brief_render(b, req->format, &n, &err);
    precis_brief_free(b);
    if (!out) {
        reply_precis_error(r, &err);
        return;
    }
    /* The engine's allocator is not necessarily malloc: copy. */
    char *s = malloc(n + 1);
    if (s) memcpy(s, out, n + 1);
    precis_string_free(engine, out);
    const char *type = req->format == PRECIS_FORMAT_JSON       ? json_type
                       : req->format == PRECIS_FORMAT_MARKDOWN ? markdown_type
                                                               : text_type;
    set_body(r, 200, type, s, n);
}

void http_handle(const precis_engine *engine, const http_config *cfg, const char *method,
                 const char *path, const char *content_type, const http_param *params,
                 size_t n_params, const char *body, size_t len, http_reply *r) {
    http_route route;
    http_request req;
    memset(r, 0, sizeof *r);
    if (http_route_of(method, path, &route, r) != 0) return;
    if (http_check_headers(cfg, route, content_type, (long long)len, r) != 0) return;
    if (http_parse(cfg, route, content_type, params, n_params, body, len, &req, r) != 0) return;
    http_run(engine, &req, r);
}
