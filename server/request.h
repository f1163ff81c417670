/*
 * request.h - the HTTP requests of `precis serve`, without the socket:
 * routing, request headers, query parameters and body into a job, and the job
 * into a response. server/serve.c feeds it from libmicrohttpd; the unit test and
 * the fuzzer call it directly.
 */
#ifndef PRECIS_SERVER_REQUEST_H
#define PRECIS_SERVER_REQUEST_H

#include "precis.h"

#include <stddef.h>

typedef enum http_route {
    HTTP_ROUTE_NONE = 0,
    HTTP_ROUTE_HEALTH, /* GET /health */
    HTTP_ROUTE_BRIEF,  /* POST /v1/brief */
    HTTP_ROUTE_EXTRACT /* POST /v1/extract */
} http_route;

typedef enum http_body { HTTP_BODY_JSON = 0, HTTP_BODY_TEXT, HTTP_BODY_HTML } http_body;

/* The server's settings, shared read-only by every request. */
typedef struct http_config {
    precis_options opts; /* defaults of every request (limits included) */
    size_t max_body;     /* largest request body, bytes */
} http_config;

/* A query parameter, already percent-decoded; value NULL for "?strict". */
typedef struct http_param {
    const char *key, *value;
} http_param;

/* A request ready to run. Pointers refer to the caller's body and params. */
typedef struct http_request {
    http_route route;
    http_body body_kind;
    precis_options opts;
    precis_format format; /* of a brief; of a page, JSON or TEXT */
    const char *body;
    size_t len;
} http_request;

/* A response. body is malloc'd (free with http_reply_free) and ends with a
 * newline; content_type and allow are static. */
typedef struct http_reply {
    unsigned status;
    const char *content_type;
    const char *allow; /* the Allow header of a 405, else NULL */
    char *body;
    size_t len;
} http_reply;

/* Fills r with the error {"error":{"code","message","pos"}}; pos is written
 * as null when negative. */
void http_reply_error(http_reply *r, unsigned status, const char *code, const char *message,
                      long long pos);
void http_reply_free(http_reply *r);

/* What the request line and headers say of the request's framing, as
 * counted by the server before anything else is looked at. */
typedef struct http_head {
    const char *version;           /* "HTTP/1.1"; "" for a line without one */
    int nul_in_target;             /* a NUL byte, raw or %00, in the target */
    unsigned n_host;               /* Host headers */
    unsigned n_content_length;     /* Content-Length headers */
    unsigned n_transfer_encoding;  /* Transfer-Encoding headers */
    const char *transfer_encoding; /* the value of the first, or NULL */
} http_head;

/* Refuses what RFC 9112 says must not be guessed at: a version other than
 * HTTP/1.0 or 1.1, HTTP/1.1 without exactly one Host, a body framed two
 * ways or ambiguously (Content-Length more than once, with
 * Transfer-Encoding, or a transfer coding other than chunked alone), and a
 * NUL byte (%00) in the path or the query. Returns 0, or -1 with a 400 /
 * 501 reply after which the connection must be closed. */
int http_check_head(const http_head *h, http_reply *r);

/* Routes method + path (no query). Returns 0, or -1 with a 404 / 405 reply. */
int http_route_of(const char *method, const char *path, http_route *route, http_reply *r);

/* Checks what the headers say before the body is read: the content type
 * (NULL when absent) and the declared length (-1 when unknown, as with a
 * chunked body). Returns 0, or -1 with a 413 / 415 reply. */
int http_check_headers(const http_config *cfg, http_route route, const char *content_type,
                       long long content_length, http_reply *r);

/* 413 for a body that grew past cfg->max_body while streaming. */
void http_reply_too_large(const http_config *cfg, http_reply *r);

/* Builds the job of a routed request from its content type, query and body.
 * Returns 0, or -1 with a 400 / 413 / 415 reply. */
int http_parse(const http_config *cfg, http_route route, const char *content_type,
               const http_param *params, size_t n_params, const char *body, size_t len,
               http_request *req, http_reply *r);

/* Runs a job: the brief or the page, or the error it led to. */
void http_run(const precis_engine *engine, const http_request *req, http_reply *r);

/* All of the above for a request received in full: what the server does,
 * for the tests and the fuzzer. */
void http_handle(const precis_engine *engine, const http_config *cfg, const char *method,
                 const char *path, const char *content_type, const http_param *params,
                 size_t n_params, const char *body, size_t len, http_reply *r);

#endif /* PRECIS_SERVER_REQUEST_H */
