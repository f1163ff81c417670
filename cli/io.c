/* io.c - bounded reading of whole inputs and of lines. */
#include "cli.h"

#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHUNK (64u * 1024u)

int cli_read_all(int fd, size_t max, char **data, size_t *len, int *too_large) {
    size_t cap = CHUNK, n = 0;
    char *buf = malloc(cap + 1);
    *data = NULL;
    *len = 0;
    *too_large = 0;
    if (!buf) return ENOMEM;
    for (;;) {
        if (n == cap) {
            if (n > max) break;
            size_t ncap = cap * 2;
            if (ncap > max + 1 && max + 1 > cap) ncap = max + 1;
            char *p = realloc(buf, ncap + 1);
            if (!p) {
                free(buf);
                return ENOMEM;
            }
            buf = p;
            cap = ncap;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            free(buf);
            return e;
        }
        if (r == 0) break;
        n += (size_t)r;
        if (n > max) break;
    }
    if (n > max) {
        free(buf);
        *too_large = 1;
        return 0;
    }
    buf[n] = 0;
    *data = buf;
    *len = n;
    return 0;
}

int cli_lines_init(cli_lines *lr, int fd, size_t max, volatile sig_atomic_t *stop) {
    memset(lr, 0, sizeof *lr);
    lr->fd = fd;
    lr->max = max;
    lr->stop = stop;
    lr->buf = malloc(CHUNK);
    return lr->buf ? 0 : -1;
}

void cli_lines_free(cli_lines *lr) {
    free(lr->buf);
    lr->buf = NULL;
}

/* Refills the buffer: 1 data, 0 end of input, -1 error, -2 stopped. The
 * poll timeout bounds how long a signal can go unnoticed, whichever thread
 * it interrupted. */
static int refill(cli_lines *lr) {
    for (;;) {
        if (lr->stop && *lr->stop) return -2;
        struct pollfd p = {.fd = lr->fd, .events = POLLIN};
        int pr = poll(&p, 1, 200);
        if (pr == 0 || (pr < 0 && errno == EINTR)) continue;
        ssize_t r = read(lr->fd, lr->buf, CHUNK);
        if (r < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return -1;
        }
        lr->pos = 0;
        lr->end = (size_t)r;
        if (r == 0) lr->eof = 1;
        return r > 0;
    }
}

/* Appends to the line being built, up to lr->max bytes. */
static int keep(cli_lines *lr, char **line, size_t *len, size_t *cap, const char *s, size_t n,
                int *too_large) {
    if (*too_large) return 0;
    if (n > lr->max - *len) {
        *too_large = 1;
        return 0;
    }
    if (*len + n + 1 > *cap) {
        size_t c = *cap ? *cap : 256;
        while (c < *len + n + 1)
            c *= 2;
        char *p = realloc(*line, c);
        if (!p) return -1;
        *line = p;
        *cap = c;
    }
    memcpy(*line + *len, s, n);
    *len += n;
    (*line)[*len] = 0;
    return 0;
}

int cli_lines_next(cli_lines *lr, char **line, size_t *len, int *too_large) {
    char *out = NULL;
    size_t n = 0, cap = 0;
    int seen = 0;
    *too_large = 0;
    for (;;) {
        if (lr->pos == lr->end) {
            if (lr->eof) break;
            int r = refill(lr);
            if (r < 0) {
                free(out);
                return r;
            }
            if (r == 0) break;
        }
        seen = 1;
        char *start = lr->buf + lr->pos;
        char *nl = memchr(start, '\n', lr->end - lr->pos);
        size_t take = nl ? (size_t)(nl - start) : lr->end - lr->pos;
        if (keep(lr, &out, &n, &cap, start, take, too_large) != 0) {
            free(out);
            errno = ENOMEM;
            return -1;
        }
        lr->pos += take;
        if (nl) {
            lr->pos++;
            break;
        }
    }
    if (!seen) return 0;
    if (!out && keep(lr, &out, &n, &cap, "", 0, too_large) != 0) {
        errno = ENOMEM;
        return -1;
    }
    if (!out) { /* too large before anything was kept */
        out = malloc(1);
        if (!out) {
            errno = ENOMEM;
            return -1;
        }
        out[0] = 0;
    }
    *line = out;
    *len = n;
    return 1;
}
