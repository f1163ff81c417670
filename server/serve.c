/*
 * serve.c - `precis serve`: the engine behind an HTTP server
 * (libmicrohttpd). What a request means is server/request.c's business; this
 * file receives it: a pool of threads, bodies read under a size limit as they
 * stream in, connection limits (in all, per client), a watchdog that cuts
 * clients too slow to send their headers or body, ambiguous framing refused
 * before anything else, and a drain on SIGINT / SIGTERM that answers every
 * request received before it exits.
 */
#include "serve.h"

#include "args.h"
#include "request.h"

#include <microhttpd.h>

#include <errno.h>
#include <netdb.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
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
    "      --max-connections N  connections open at once (default 512)\n"
    "      --max-per-client N   connections open at once from one address (default 64)\n"
    "      --header-timeout S   seconds for a request's line and headers to arrive,\n"
    "                           from the connection or the previous answer (default 10)\n"
    "      --min-rate BYTES     slowest body accepted, bytes a second on average after\n"
    "                           the first --header-timeout seconds (default 1024)\n"
    "      --timeout SECONDS    a connection idle this long is closed, and the longest\n"
    "                           wait for the requests under way at a stop (default 30)\n"
    "      --log                one line on stderr when a request's headers are in,\n"
    "                           one when it is answered\n"
    "      --max-sentences N    sentences considered for key points (default 5000)\n"
    "      --max-depth N        deepest HTML nesting kept (default 1000)\n"
    "  -h, --help               show this help\n"
    "\n"
    "On SIGINT or SIGTERM: stops accepting connections, answers every request\n"
    "already received (with Connection: close), closes idle connections, and exits\n"
    "0 when all are answered, or 1 when --timeout seconds passed first and some\n"
    "were cut.\n";

/* Largest number of query parameters read from one request. */
#define MAX_PARAMS 32

/* Where a connection is, for the watchdog (see watch()). */
typedef enum conn_phase {
    PHASE_IDLE, /* open or kept alive, no request line yet */
    PHASE_HEAD, /* the request line is in, the headers are not */
    PHASE_BODY, /* the headers are in, the body arrives */
    PHASE_RUN   /* the request is in, its answer is being made or sent */
} conn_phase;

/* A connection open on the server, from MHD_CONNECTION_NOTIFY_STARTED to
 * MHD_CONNECTION_NOTIFY_CLOSED (which libmicrohttpd calls before it closes
 * the socket: fd stays valid while the entry is listed). */
typedef struct conn {
    struct conn *prev, *next;
    int fd;
    conn_phase phase;
    double since;      /* when the phase began (IDLE and HEAD: when IDLE began) */
    size_t body_bytes; /* of the body, received so far */
    int cut;           /* shut by the watchdog */
} conn;

typedef struct server {
    const precis_engine *engine;
    http_config cfg;
    unsigned header_timeout, min_rate, timeout;
    int log;
    atomic_size_t in_flight; /* requests begun and not yet completed */
    atomic_size_t served;    /* replies sent */
    atomic_size_t ids;       /* request numbers, for --log */
    atomic_int draining;     /* a stop signal came: answer with Connection: close */
    atomic_size_t cut;       /* requests received, then cut by a timeout, once draining */
    pthread_mutex_t lock;    /* guards what follows */
    pthread_cond_t changed;  /* a connection closed, or the watchdog should stop */
    conn *conns;             /* open connections */
    size_t n_conns;
    int stop_watch;
    double drain_start;
} server;

/* What the server knows of a request between the calls for its parts;
 * made when its request line is in (uri_logger), freed when it completes. */
typedef struct request_state {
    int started;       /* the headers were seen by on_request */
    int nul;           /* %00 in the target */
    int target_known;  /* uri_logger saw the target, */
    size_t target_len; /* whose string was this long */
    size_t id;
    http_route route;
    char *buf;
    size_t len, cap;
    size_t discarded; /* bytes past the limit, read and dropped */
    int too_large;
} request_state;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void mhd_log(void *cls, const char *fmt, va_list ap) {
    (void)cls;
    /* A line per client that hung up, was cut by the watchdog or refused
     * at a limit: noise when slow clients are shed by the hundred. */
    static const char *const quiet[] = {"closed by remote side", "disconnected when reading",
                                        "closed when reading request", "reached connection limit",
                                        "limit reached for this IP"};
    for (size_t i = 0; i < sizeof quiet / sizeof quiet[0]; i++)
        if (strstr(fmt, quiet[i])) return;
    fputs("precis: ", stderr);
    vfprintf(stderr, fmt, ap);
    if (!*fmt || fmt[strlen(fmt) - 1] != '\n') fputc('\n', stderr);
}

static conn *conn_of(struct MHD_Connection *c) {
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return ci ? ci->socket_context : NULL;
}

/* Moves the connection to a phase (under the lock). */
static void set_phase(server *s, struct MHD_Connection *c, conn_phase phase) {
    conn *k = conn_of(c);
    if (!k) return;
    pthread_mutex_lock(&s->lock);
    if (phase != PHASE_HEAD) k->since = now_s();
    k->phase = phase;
    if (phase == PHASE_BODY) k->body_bytes = 0;
    pthread_mutex_unlock(&s->lock);
}

static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
                          enum MHD_ConnectionNotificationCode toe) {
    server *s = cls;
    if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
        conn *k = calloc(1, sizeof *k);
        if (!k || !ci) {
            free(k);
            return; /* not watched; still bounded by --timeout */
        }
        k->fd = ci->connect_fd;
        k->phase = PHASE_IDLE;
        k->since = now_s();
        pthread_mutex_lock(&s->lock);
        k->next = s->conns;
        if (s->conns) s->conns->prev = k;
        s->conns = k;
        s->n_conns++;
        pthread_mutex_unlock(&s->lock);
        *socket_context = k;
    } else if (toe == MHD_CONNECTION_NOTIFY_CLOSED) {
        conn *k = *socket_context;
        if (!k) return;
        pthread_mutex_lock(&s->lock);
        if (k->prev)
            k->prev->next = k->next;
        else
            s->conns = k->next;
        if (k->next) k->next->prev = k->prev;
        s->n_conns--;
        pthread_cond_broadcast(&s->changed);
        pthread_mutex_unlock(&s->lock);
        free(k);
        *socket_context = NULL;
    }
}

/* The answer to a request whose headers or body did not arrive in time,
 * made once at start. Written by the watchdog while libmicrohttpd only
 * reads the connection. */
static char timeout_reply[320];
static size_t timeout_reply_len;

static void make_timeout_reply(void) {
    static const char body[] = "{\"error\":{\"code\":\"timeout\",\"message\":\"the request did not "
                               "arrive in time (server options --header-timeout, "
                               "--min-rate)\",\"pos\":null}}\n";
    int n = snprintf(timeout_reply, sizeof timeout_reply,
                     "HTTP/1.1 408 Request Timeout\r\nContent-Type: application/json\r\n"
                     "Connection: close\r\nContent-Length: %zu\r\n\r\n%s",
                     sizeof body - 1, body);
    timeout_reply_len = n > 0 && (size_t)n < sizeof timeout_reply ? (size_t)n : 0;
}

/* Ends a connection from outside libmicrohttpd's threads: shutdown() makes
 * its next read see the end, and it closes the connection itself. */
static void cut(conn *k, int answer) {
    if (answer) {
        ssize_t n = send(k->fd, timeout_reply, timeout_reply_len, MSG_DONTWAIT | MSG_NOSIGNAL);
        (void)n;
    }
    shutdown(k->fd, SHUT_RDWR);
    k->cut = 1;
}

/* Seconds an idle connection is still kept once a stop signal came: long
 * enough for a request already sent on it to arrive. */
#define DRAIN_GRACE 1.0

/* The watchdog: libmicrohttpd's timeout is reset by every byte, so a
 * client sending one byte a second would hold its slot forever. Every
 * 100 ms, cuts the connections whose line and headers took longer than
 * --header-timeout, whose body arrives slower than --min-rate, and, once a
 * stop signal came, those left idle. */
static void *watch(void *arg) {
    server *s = arg;
    pthread_mutex_lock(&s->lock);
    while (!s->stop_watch) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 100 * 1000 * 1000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&s->changed, &s->lock, &ts);
        double t = now_s(), grace = s->header_timeout;
        int idle_cut = atomic_load(&s->draining) && t - s->drain_start >= DRAIN_GRACE;
        for (conn *k = s->conns; k; k = k->next) {
            if (k->cut) continue;
            double age = t - k->since;
            if (k->phase == PHASE_IDLE && (age > grace || idle_cut))
                cut(k, 0);
            else if (k->phase == PHASE_HEAD && age > grace)
                cut(k, 1);
            else if (k->phase == PHASE_BODY && age > grace &&
                     (double)k->body_bytes < (age - grace) * s->min_rate)
                cut(k, 1);
        }
    }
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

static enum MHD_Result send_reply(server *s, struct MHD_Connection *c, request_state *st,
                                  http_reply *r, int close_after) {
    atomic_fetch_add(&s->served, 1);
    set_phase(s, c, PHASE_RUN);
    unsigned status = r->status;
    size_t len = r->len;
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(r->len, r->body, MHD_RESPMEM_MUST_FREE);
    if (!resp) {
        http_reply_free(r);
        return MHD_NO;
    }
    r->body = NULL; /* the response owns it now */
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, r->content_type);
    if (r->allow) MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, r->allow);
    /* After a framing error the rest of the bytes cannot be trusted to be
     * a next request; after a stop signal there is no next request. */
    if (close_after || atomic_load(&s->draining))
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close");
    enum MHD_Result ret = MHD_queue_response(c, status, resp);
    MHD_destroy_response(resp);
    if (s->log)
        fprintf(stderr, "precis: request %zu answered %u (%zu bytes)\n", st->id, status, len);
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

static enum MHD_Result count_header(void *cls, enum MHD_ValueKind kind, const char *key,
                                    const char *value) {
    (void)kind;
    http_head *h = cls;
    if (strcasecmp(key, MHD_HTTP_HEADER_HOST) == 0) h->n_host++;
    if (strcasecmp(key, MHD_HTTP_HEADER_CONTENT_LENGTH) == 0) h->n_content_length++;
    if (strcasecmp(key, MHD_HTTP_HEADER_TRANSFER_ENCODING) == 0 && !h->n_transfer_encoding++)
        h->transfer_encoding = value;
    return MHD_YES;
}

/* Called by libmicrohttpd once a request line is in, with the target as
 * received (before %-decoding, which would cut it at a %00); what it
 * returns is the request's state for on_request. */
static void *uri_logger(void *cls, const char *uri, struct MHD_Connection *c) {
    server *s = cls;
    request_state *st = calloc(1, sizeof *st);
    if (st) {
        st->nul = strstr(uri, "%00") != NULL;
        st->target_len = strlen(uri);
        st->target_known = 1;
    }
    set_phase(s, c, PHASE_HEAD);
    return st;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls) {
    server *s = cls;
    request_state *st = *con_cls;
    http_reply r;
    memset(&r, 0, sizeof r);
    if (!st) {
        st = calloc(1, sizeof *st);
        if (!st) return MHD_NO;
        *con_cls = st;
    }
    if (!st->started) {
        /* Headers are in: refuse what can be refused before any body. */
        st->started = 1;
        st->id = atomic_fetch_add(&s->ids, 1) + 1;
        atomic_fetch_add(&s->in_flight, 1);
        set_phase(s, c, PHASE_BODY);
        if (s->log) fprintf(stderr, "precis: request %zu %s %s\n", st->id, method, url);
        http_head h;
        memset(&h, 0, sizeof h);
        h.version = version;
        /* A raw NUL byte ends the target's string early: libmicrohttpd
         * passes url at the start of the target in the request line and
         * version just after the space that ends it, so a target whose
         * string stops short of that space held a NUL. */
        h.nul_in_target =
            st->nul || (*version && st->target_known && url + st->target_len + 1 != version);
        MHD_get_connection_values(c, MHD_HEADER_KIND, count_header, &h);
        if (http_check_head(&h, &r) != 0) return send_reply(s, c, st, &r, 1);
        const char *type =
            MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
        if (http_route_of(method, url, &st->route, &r) != 0 ||
            http_check_headers(&s->cfg, st->route, type, content_length(c), &r) != 0)
            return send_reply(s, c, st, &r, 0);
        return MHD_YES;
    }
    if (*upload_data_size) {
        conn *k = conn_of(c);
        if (k) {
            pthread_mutex_lock(&s->lock);
            k->body_bytes += *upload_data_size;
            pthread_mutex_unlock(&s->lock);
        }
        int rc = take_body(s, st, upload_data, *upload_data_size);
        *upload_data_size = 0;
        return rc == 0 ? MHD_YES : MHD_NO;
    }
    /* The whole request is in. */
    set_phase(s, c, PHASE_RUN);
    if (st->too_large) {
        http_reply_too_large(&s->cfg, &r);
        return send_reply(s, c, st, &r, 0);
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
    return send_reply(s, c, st, &r, 0);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode why) {
    server *s = cls;
    request_state *st = *con_cls;
    set_phase(s, c, PHASE_IDLE);
    if (!st) return;
    if (st->started) {
        atomic_fetch_sub(&s->in_flight, 1);
        if (atomic_load(&s->draining) && (why == MHD_REQUEST_TERMINATED_TIMEOUT_REACHED ||
                                          why == MHD_REQUEST_TERMINATED_DAEMON_SHUTDOWN))
            atomic_fetch_add(&s->cut, 1);
    }
    free(st->buf);
    free(st);
    *con_cls = NULL;
}

typedef struct serve_args {
    const char *host;
    unsigned port, jobs, max_connections, max_per_client, header_timeout, min_rate, timeout;
    int log;
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
        if (strcmp(arg, "--log") == 0) {
            a->log = 1;
            continue;
        }
        static const char *const with_value[] = {"--host",
                                                 "-p",
                                                 "--port",
                                                 "-j",
                                                 "--jobs",
                                                 "--max-bytes",
                                                 "--max-connections",
                                                 "--max-per-client",
                                                 "--header-timeout",
                                                 "--min-rate",
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
            if (cli_option(&cfg->opts, "max_bytes", "--max-bytes", val) != 0) return CLI_BAD_INPUT;
            cfg->max_body = cfg->opts.max_input_bytes;
        } else if (strcmp(name, "--max-connections") == 0) {
            if (cli_parse_number(val, 0, 65536, &v) != 0 || v == 0)
                return serve_usage_error(
                    "--max-connections wants a number from 1 to 65536, not '%s'", val);
            a->max_connections = (unsigned)v;
        } else if (strcmp(name, "--max-per-client") == 0) {
            if (cli_parse_number(val, 0, 65536, &v) != 0 || v == 0)
                return serve_usage_error(
                    "--max-per-client wants a number from 1 to 65536, not '%s'", val);
            a->max_per_client = (unsigned)v;
        } else if (strcmp(name, "--header-timeout") == 0) {
            if (cli_parse_number(val, 0, 86400, &v) != 0 || v == 0)
                return serve_usage_error("--header-timeout wants seconds from 1 to 86400, not '%s'",
                                         val);
            a->header_timeout = (unsigned)v;
        } else if (strcmp(name, "--min-rate") == 0) {
            if (cli_parse_number(val, 1, 1u << 30, &v) != 0)
                return serve_usage_error(
                    "--min-rate wants bytes a second from 0 to 1G, such as 1024 or 4K, not '%s'",
                    val);
            a->min_rate = (unsigned)v;
        } else if (strcmp(name, "--timeout") == 0) {
            if (cli_parse_number(val, 0, 86400, &v) != 0 || v == 0)
                return serve_usage_error("--timeout wants seconds from 1 to 86400, not '%s'", val);
            a->timeout = (unsigned)v;
        } else if (cli_option(&cfg->opts,
                              strcmp(name, "--max-depth") == 0 ? "max_depth" : "max_sentences",
                              name, val) != 0) {
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

int server_main(int argc, char **argv) {
    server s;
    memset(&s, 0, sizeof s);
    atomic_init(&s.in_flight, 0);
    atomic_init(&s.served, 0);
    atomic_init(&s.ids, 0);
    atomic_init(&s.draining, 0);
    atomic_init(&s.cut, 0);
    precis_options_default(&s.cfg.opts);
    s.cfg.max_body = (size_t)8 << 20;
    serve_args a = {"127.0.0.1", 8080, 4, 512, 64, 10, 1024, 30, 0};
    int rc = parse_serve_args(argc, argv, &a, &s.cfg);
    if (rc >= 0) return rc;
    s.cfg.opts.max_input_bytes = s.cfg.max_body;
    s.header_timeout = a.header_timeout;
    s.min_rate = a.min_rate;
    s.timeout = a.timeout;
    s.log = a.log;
    make_timeout_reply();

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
    pthread_mutex_init(&s.lock, NULL);
    pthread_cond_init(&s.changed, NULL);

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
        {MHD_OPTION_PER_IP_CONNECTION_LIMIT, (intptr_t)a.max_per_client, NULL},
        {MHD_OPTION_CONNECTION_TIMEOUT, (intptr_t)a.timeout, NULL},
        {MHD_OPTION_NOTIFY_CONNECTION, (intptr_t)on_connection, &s},
        {MHD_OPTION_URI_LOG_CALLBACK, (intptr_t)uri_logger, &s},
        {MHD_OPTION_NOTIFY_COMPLETED, (intptr_t)on_completed, &s},
        {a.jobs > 1 ? MHD_OPTION_THREAD_POOL_SIZE : MHD_OPTION_END, (intptr_t)a.jobs, NULL},
        {MHD_OPTION_END, 0, NULL}};
    struct MHD_Daemon *d = MHD_start_daemon(flags, 0, NULL, NULL, on_request, &s, MHD_OPTION_ARRAY,
                                            options, MHD_OPTION_END);
    pthread_t watcher;
    int watching = d && pthread_create(&watcher, NULL, watch, &s) == 0;
    if (!d || !watching) {
        if (d) MHD_stop_daemon(d);
        cli_error("serve: cannot listen on %s port %u", a.host, a.port);
        precis_engine_free(engine);
        return CLI_BAD_INPUT;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    unsigned port = info ? info->port : a.port;
    int v6 = addr.ss_family == AF_INET6;
    fprintf(stderr,
            "precis: listening on http://%s%s%s:%u/ (%u threads, bodies up to %zu bytes, %u "
            "connections, %u per client, headers within %u s, bodies at %u bytes/s or more, "
            "%u s timeout)\n",
            v6 ? "[" : "", a.host, v6 ? "]" : "", port, a.jobs, s.cfg.max_body, a.max_connections,
            a.max_per_client, a.header_timeout, a.min_rate, a.timeout);

    int sig = 0;
    while (sigwait(&stop, &sig) != 0)
        ;
    /* Drain: no new connection; the requests received are answered with
     * Connection: close, idle connections are closed by the watchdog after
     * DRAIN_GRACE; wait until none is left, or --timeout. The listening
     * socket is closed only after MHD_stop_daemon, as the daemon's threads
     * may still look at it until then. */
    MHD_socket listen_fd = MHD_quiesce_daemon(d);
    /* Connections waiting in the backlog would only be reset when the
     * socket is closed, after the drain; shutdown() refuses them now and
     * keeps the descriptor valid for the daemon's threads. */
    if (listen_fd != MHD_INVALID_SOCKET) shutdown(listen_fd, SHUT_RDWR);
    pthread_mutex_lock(&s.lock);
    s.drain_start = now_s();
    atomic_store(&s.draining, 1);
    fprintf(stderr, "precis: %s: draining %zu connections\n", sig == SIGINT ? "SIGINT" : "SIGTERM",
            s.n_conns);
    double deadline = s.drain_start + (double)a.timeout;
    while (s.n_conns > 0 && now_s() < deadline) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 50 * 1000 * 1000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&s.changed, &s.lock, &ts);
    }
    s.stop_watch = 1;
    pthread_cond_broadcast(&s.changed);
    pthread_mutex_unlock(&s.lock);
    pthread_join(watcher, NULL);
    MHD_stop_daemon(d);
    if (listen_fd != MHD_INVALID_SOCKET) close(listen_fd);
    precis_engine_free(engine);
    pthread_cond_destroy(&s.changed);
    pthread_mutex_destroy(&s.lock);
    size_t cut_short = atomic_load(&s.cut);
    if (cut_short) {
        fprintf(stderr,
                "precis: stopped by %s after %zu requests; %zu received were cut by the "
                "--timeout of %u s\n",
                sig == SIGINT ? "SIGINT" : "SIGTERM", atomic_load(&s.served), cut_short, a.timeout);
        return CLI_SOME_FAILED;
    }
    fprintf(stderr, "precis: stopped by %s after %zu requests\n",
            sig == SIGINT ? "SIGINT" : "SIGTERM", atomic_load(&s.served));
    return CLI_OK;
}
