/*
 * serve.c - `precis serve`: the engine behind an HTTP server
 * (libmicrohttpd). What a request means is cli/request.c's business; this
 * file receives it: a pool of threads, bodies read under a size limit as they
 * stream in, a connection limit and an idle timeout, and a clean stop on
 * SIGINT / SIGTERM once the requests under way are answered.
 */
#include "cli.h"
#include "request.h"

#include <microhttpd.h>

#include <errno.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static const char serve_usage[] =
    "Usage: precis serve [options]\n"
    "Answers HTTP requests: POST /v1/brief (a JSON record, text/plain or text/html\n"
    "body), POST /v1/extract (an HTML page), GET /health. See docs/http.md.\n"
    "\n"
    "Options:\n"
    "      --host HOST          address to listen on (default 127.0.0.1)\n"
    "  -p, --port PORT          port (default 8080; 0 picks a free one)\n"
    "  -j, --jobs N             threads answering requests (default 4, at most 64)\n"
    "      --max-bytes N        largest request body; K, M, G suffixes (default 8M)\n"
    "      --max-connections N  connections open at once (default 64)\n"
    "      --timeout SECONDS    idle connections are closed after this (default 30)\n"
    "      --max-sentences N    sentences considered for key points (default 5000)\n"
    "      --max-depth N        deepest HTML nesting kept (default 1000)\n"
    "  -h, --help               show this help\n"
    "\n"
    "Stops on SIGINT or SIGTERM after answering the requests under way (exit 0).\n";

/* Largest number of query parameters read from one request. */
#define MAX_PARAMS 32

typedef struct server {
    const precis_engine *engine;
    http_config cfg;
    atomic_size_t in_flight; /* requests begun and not yet completed */
    atomic_size_t served;    /* replies sent */
} server;

/* What the server knows of a request between the calls for its parts. */
typedef struct request_state {
    http_route route;
    char *buf;
    size_t len, cap;
    size_t discarded; /* bytes past the limit, read and dropped */
    int too_large;
} request_state;

static void mhd_log(void *cls, const char *fmt, va_list ap) {
    (void)cls;
    fputs("precis: ", stderr);
    vfprintf(stderr, fmt, ap);
    if (!*fmt || fmt[strlen(fmt) - 1] != '\n') fputc('\n', stderr);
}

static enum MHD_Result send_reply(server *s, struct MHD_Connection *c, http_reply *r) {
    atomic_fetch_add(&s->served, 1);
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(r->len, r->body, MHD_RESPMEM_MUST_FREE);
    if (!resp) {
        http_reply_free(r);
        return MHD_NO;
    }
    r->body = NULL; /* the response owns it now */
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, r->content_type);
    if (r->allow) MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, r->allow);
    enum MHD_Result ret = MHD_queue_response(c, r->status, resp);
    MHD_destroy_response(resp);
    return ret;
}

typedef struct params {
    http_param p[MAX_PARAMS];
    size_t n;
    int overflow;
} params;

static enum MHD_Result collect_param(void *cls, enum MHD_ValueKind kind, const char *key,
                                     const char *value) {
    (void)kind;
    params *ps = cls;
    if (ps->n == MAX_PARAMS) {
        ps->overflow = 1;
        return MHD_NO;
    }
    ps->p[ps->n].key = key;
    ps->p[ps->n].value = value;
    ps->n++;
    return MHD_YES;
}

/* Declared body length, or -1 when absent or unreadable (chunked). */
static long long content_length(struct MHD_Connection *c) {
    const char *v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (!v || *v < '0' || *v > '9') return -1;
    errno = 0;
    char *end;
    long long n = strtoll(v, &end, 10);
    return errno || *end ? -1 : n;
}

/* Body bytes read and dropped after the limit before the connection is cut. */
#define DROP_AT_LEAST ((size_t)1 << 20)

/* Keeps a part of the body, or drops it once the limit is passed. Returns 0,
 * or -1 to close a connection that keeps sending far past the limit. */
static int take_body(server *s, request_state *st, const char *data, size_t n) {
    if (!st->too_large && n > s->cfg.max_body - st->len) {
        st->too_large = 1;
        st->discarded = st->len;
        free(st->buf);
        st->buf = NULL;
        st->len = st->cap = 0;
    }
    if (st->too_large) {
        /* The 413 can only be sent once the body is read (libmicrohttpd
         * queues no reply in the middle of an upload); a client that goes on
         * sending as much again, or 1 MiB, is not waited for. */
        size_t drop = s->cfg.max_body > DROP_AT_LEAST ? s->cfg.max_body : DROP_AT_LEAST;
        st->discarded += n;
        return st->discarded - s->cfg.max_body > drop ? -1 : 0;
    }
    if (st->len + n > st->cap) {
        size_t cap = st->cap ? st->cap : 16384;
        while (cap < st->len + n)
            cap *= 2;
        if (cap > s->cfg.max_body) cap = s->cfg.max_body;
        char *p = realloc(st->buf, cap);
        if (!p) return -1;
        st->buf = p;
        st->cap = cap;
    }
    memcpy(st->buf + st->len, data, n);
    st->len += n;
    return 0;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls) {
    (void)version;
    server *s = cls;
    request_state *st = *con_cls;
    http_reply r;
    memset(&r, 0, sizeof r);
    if (!st) {
        /* Headers are in: refuse what can be refused before any body. */
        st = calloc(1, sizeof *st);
        if (!st) return MHD_NO;
        *con_cls = st;
        atomic_fetch_add(&s->in_flight, 1);
        const char *type =
            MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
        if (http_route_of(method, url, &st->route, &r) != 0 ||
            http_check_headers(&s->cfg, st->route, type, content_length(c), &r) != 0)
            return send_reply(s, c, &r);
        return MHD_YES;
    }
    if (*upload_data_size) {
        int rc = take_body(s, st, upload_data, *upload_data_size);
        *upload_data_size = 0;
        return rc == 0 ? MHD_YES : MHD_NO;
    }
    /* The whole request is in. */
    if (st->too_large) {
        http_reply_too_large(&s->cfg, &r);
        return send_reply(s, c, &r);
    }
    params ps;
    memset(&ps, 0, sizeof ps);
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_param, &ps);
    const char *type =
        MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    http_request req;
    if (ps.overflow)
        http_reply_error(&r, 400, "bad_param", "more than 32 query parameters", -1);
    else if (http_parse(&s->cfg, st->route, type, ps.p, ps.n, st->buf ? st->buf : "", st->len, &req,
                        &r) == 0)
        http_run(s->engine, &req, &r);
    return send_reply(s, c, &r);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode why) {
    (void)c;
    (void)why;
    server *s = cls;
    request_state *st = *con_cls;
    if (!st) return;
    free(st->buf);
    free(st);
    *con_cls = NULL;
    atomic_fetch_sub(&s->in_flight, 1);
}

typedef struct serve_args {
    const char *host;
    unsigned port, jobs, max_connections, timeout;
} serve_args;

static int serve_usage_error(const char *fmt, const char *val) {
    fputs("precis: serve: ", stderr);
    fprintf(stderr, fmt, val);
    fputs("\nTry 'precis serve --help'.\n", stderr);
    return CLI_BAD_INPUT;
}

/* Parses argv; returns -1 to go on, else an exit code. */
static int parse_serve_args(int argc, char **argv, serve_args *a, http_config *cfg) {
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i], *val = NULL;
        char name[32];
        const char *eq = strncmp(arg, "--", 2) == 0 ? strchr(arg, '=') : NULL;
        size_t n = eq ? (size_t)(eq - arg) : strlen(arg);
        if (n >= sizeof name) return serve_usage_error("unknown option '%s'", arg);
        memcpy(name, arg, n);
        name[n] = 0;
        if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0) {
            fputs(serve_usage, stdout);
            return CLI_OK;
        }
        static const char *const with_value[] = {"--host",
                                                 "-p",
                                                 "--port",
                                                 "-j",
                                                 "--jobs",
                                                 "--max-bytes",
                                                 "--max-connections",
                                                 "--timeout",
                                                 "--max-sentences",
                                                 "--max-depth"};
        int known = 0;
        for (size_t k = 0; k < sizeof with_value / sizeof with_value[0]; k++)
            known |= strcmp(name, with_value[k]) == 0;
        if (!known) return serve_usage_error("unknown option '%s'", arg);
        val = eq ? eq + 1 : i + 1 < argc ? argv[++i] : NULL;
        if (!val) return serve_usage_error("option '%s' needs a value", arg);
        unsigned long long v;
        if (strcmp(name, "--host") == 0) {
            a->host = val;
        } else if (strcmp(name, "-p") == 0 || strcmp(name, "--port") == 0) {
            if (cli_parse_number(val, 0, 65535, &v) != 0)
                return serve_usage_error("--port wants a number from 0 to 65535, not '%s'", val);
            a->port = (unsigned)v;
        } else if (strcmp(name, "-j") == 0 || strcmp(name, "--jobs") == 0) {
            if (cli_parse_number(val, 0, CLI_MAX_JOBS, &v) != 0 || v == 0)
                return serve_usage_error("--jobs wants a number from 1 to 64, not '%s'", val);
            a->jobs = (unsigned)v;
        } else if (strcmp(name, "--max-bytes") == 0) {
            if (cli_parse_number(val, 1, SIZE_MAX / 4, &v) != 0 || v == 0)
                return serve_usage_error("--max-bytes wants a size such as 1048576 or 8M, not '%s'",
                                         val);
            cfg->max_body = (size_t)v;
        } else if (strcmp(name, "--max-connections") == 0) {
            if (cli_parse_number(val, 0, 65536, &v) != 0 || v == 0)
                return serve_usage_error(
                    "--max-connections wants a number from 1 to 65536, not '%s'", val);
            a->max_connections = (unsigned)v;
        } else if (strcmp(name, "--timeout") == 0) {
            if (cli_parse_number(val, 0, 86400, &v) != 0 || v == 0)
                return serve_usage_error("--timeout wants seconds from 1 to 86400, not '%s'", val);
            a->timeout = (unsigned)v;
        } else if (cli_apply_limit(&cfg->opts, name, val) != 0) {
            return CLI_BAD_INPUT;
        }
    }
    return -1;
}

/* The address to listen on, with the port set. */
static int resolve(const char *host, unsigned port, struct sockaddr_storage *ss, socklen_t *len) {
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    char service[8];
    snprintf(service, sizeof service, "%u", port);
    int rc = getaddrinfo(host, service, &hints, &res);
    if (rc != 0) {
        cli_error("serve: cannot use address '%s': %s", host, gai_strerror(rc));
        return -1;
    }
    memcpy(ss, res->ai_addr, res->ai_addrlen);
    *len = res->ai_addrlen;
    freeaddrinfo(res);
    return 0;
}

int cli_serve(int argc, char **argv) {
    server s;
    memset(&s, 0, sizeof s);
    atomic_init(&s.in_flight, 0);
    atomic_init(&s.served, 0);
    precis_options_default(&s.cfg.opts);
    s.cfg.max_body = (size_t)8 << 20;
    serve_args a = {"127.0.0.1", 8080, 4, 64, 30};
    int rc = parse_serve_args(argc, argv, &a, &s.cfg);
    if (rc >= 0) return rc;
    s.cfg.opts.max_input_bytes = s.cfg.max_body;

    struct sockaddr_storage addr;
    socklen_t addr_len;
    if (resolve(a.host, a.port, &addr, &addr_len) != 0) return CLI_BAD_INPUT;

    precis_error err = {0};
    precis_engine *engine = precis_engine_new(NULL, NULL, &err);
    if (!engine) {
        cli_error("cannot start: %s", err.msg ? err.msg : precis_strerror(err.code));
        return CLI_BAD_INPUT;
    }
    s.engine = engine;

    /* The server's threads inherit this mask: the signals wait for sigwait
     * below, and a client that hangs up cannot kill the process. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);

    unsigned flags =
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_USE_ITC | MHD_USE_ERROR_LOG;
    if (addr.ss_family == AF_INET6) flags |= MHD_USE_IPv6;
    /* The logger first, so that it gets the messages about the others. */
    struct MHD_OptionItem options[] = {
        {MHD_OPTION_EXTERNAL_LOGGER, (intptr_t)mhd_log, NULL},
        {MHD_OPTION_SOCK_ADDR, 0, &addr},
        {MHD_OPTION_CONNECTION_LIMIT, (intptr_t)a.max_connections, NULL},
        {MHD_OPTION_CONNECTION_TIMEOUT, (intptr_t)a.timeout, NULL},
        {MHD_OPTION_NOTIFY_COMPLETED, (intptr_t)on_completed, &s},
        {a.jobs > 1 ? MHD_OPTION_THREAD_POOL_SIZE : MHD_OPTION_END, (intptr_t)a.jobs, NULL},
        {MHD_OPTION_END, 0, NULL}};
    struct MHD_Daemon *d = MHD_start_daemon(flags, 0, NULL, NULL, on_request, &s, MHD_OPTION_ARRAY,
                                            options, MHD_OPTION_END);
    if (!d) {
        cli_error("serve: cannot listen on %s port %u", a.host, a.port);
        precis_engine_free(engine);
        return CLI_BAD_INPUT;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    unsigned port = info ? info->port : a.port;
    int v6 = addr.ss_family == AF_INET6;
    fprintf(stderr,
            "precis: listening on http://%s%s%s:%u/ (%u threads, bodies up to %zu bytes, %u "
            "connections, %u s timeout)\n",
            v6 ? "[" : "", a.host, v6 ? "]" : "", port, a.jobs, s.cfg.max_body, a.max_connections,
            a.timeout);

    int sig = 0;
    while (sigwait(&stop, &sig) != 0)
        ;
    /* Stop accepting, let the requests under way finish (within the idle
     * timeout), then close everything. */
    MHD_socket listen_fd = MHD_quiesce_daemon(d);
    if (listen_fd != MHD_INVALID_SOCKET) close(listen_fd);
    time_t deadline = time(NULL) + (time_t)a.timeout;
    while (atomic_load(&s.in_flight) > 0 && time(NULL) < deadline) {
        struct timespec ts = {0, 20 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    MHD_stop_daemon(d);
    precis_engine_free(engine);
    fprintf(stderr, "precis: stopped by %s after %zu requests\n",
            sig == SIGINT ? "SIGINT" : "SIGTERM", atomic_load(&s.served));
    return CLI_OK;
}
