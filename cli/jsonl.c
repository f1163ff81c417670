/*
 * jsonl.c - batch mode: one JSON record per input line, briefed (or split
 * into sentences: `precis sentences --jsonl`) by a pool of worker threads
 * sharing one engine, written back in input order.
 *
 * The main thread reads lines into a ring of slots; workers take slots in
 * order and leave their output there; a writer thread emits slot after slot
 * in sequence. The reader waits when the ring is full or too many bytes are
 * in flight, so memory stays bounded whatever the size of the input.
 */
#include "cli.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Slots per worker: enough to keep every worker busy while the writer waits
 * for a slow line. */
#define SLOTS_PER_JOB 256u
/* Finished records the writer is woken for (fewer when input runs dry). */
#define WRITE_BATCH 32u
/* Input bytes in flight beyond which the reader waits (plus one line). */
#define BYTES_IN_FLIGHT ((size_t)128 << 20)

typedef struct slot {
    char *line;
    size_t len, line_no;
    int too_large;
    char *out; /* engine-allocated record, NULL when it could not be made */
    size_t out_len;
    int failed, done;
} slot;

typedef struct batch {
    const precis_engine *engine;
    const precis_options *opts;
    int sentences;    /* records split into sentences, not briefed */
    size_t max_bytes; /* --max-bytes, for the message of a line above it */
    FILE *out;
    pthread_mutex_t m;
    pthread_cond_t cv_space, cv_work, cv_done;
    slot *slots;
    size_t cap;
    size_t head;       /* lines read */
    size_t next_proc;  /* next line a worker takes */
    size_t next_write; /* next line to write */
    size_t bytes;      /* input bytes of the lines not yet written */
    int eof, stop;
    int reader_waiting; /* the reader waits for window_drained */
    unsigned workers_left;
    size_t failed, written;
    int write_errno;
} batch;

/* The reader stops when the window is full and goes on once it is half
 * empty. A single line larger than the byte budget still goes through. */
static int window_full(const batch *b) {
    size_t used = b->head - b->next_write;
    return used && (used >= b->cap || b->bytes >= BYTES_IN_FLIGHT);
}
static int window_drained(const batch *b) {
    size_t used = b->head - b->next_write;
    return !used || (used <= b->cap / 2 && b->bytes <= BYTES_IN_FLIGHT / 2);
}

static volatile sig_atomic_t got_signal;

static void on_signal(int sig) {
    got_signal = sig;
}

static int blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return 0;
    return 1;
}

/* Briefs one line into its slot: a JSON brief, or an error record. */
static void process(batch *b, slot *s) {
    precis_error err = {PRECIS_OK, NULL, 0};
    const char *line = s->line;
    size_t len = s->len;
    char msg[96];
    if (s->too_large) {
        snprintf(msg, sizeof msg,
                 "line is larger than the limit of %zu bytes (raise it with --max-bytes)",
                 b->max_bytes);
        err.code = PRECIS_ERR_TOO_LARGE;
        err.msg = msg;
        len = 0; /* only a prefix was kept: no id to read back */
    } else if (blank(line, len)) {
        err.code = PRECIS_ERR_EMPTY;
        err.msg = "empty line";
    } else if (b->sentences) {
        precis_sentences *ss = precis_sentences_json(b->engine, line, len, b->opts, &err);
        if (ss) {
            s->out = precis_sentences_render(ss, PRECIS_FORMAT_JSON, &s->out_len, &err);
            precis_sentences_free(ss);
            if (s->out) goto done;
        }
    } else {
        precis_brief *br = precis_brief_json(b->engine, line, len, b->opts, &err);
        if (br) {
            s->out = precis_brief_render(br, PRECIS_FORMAT_JSON, &s->out_len, &err);
            precis_brief_free(br);
            if (s->out) goto done;
        }
    }
    s->failed = 1;
    s->out = precis_error_record(b->engine, line, len, s->line_no, &err, &s->out_len);
done:
    free(s->line);
    s->line = NULL;
}

static void *worker(void *arg) {
    batch *b = arg;
    pthread_mutex_lock(&b->m);
    for (;;) {
        while (!b->stop && b->next_proc == b->head && !b->eof)
            pthread_cond_wait(&b->cv_work, &b->m);
        if (b->stop || b->next_proc == b->head) break;
        size_t seq = b->next_proc++;
        slot *s = &b->slots[seq % b->cap];
        pthread_mutex_unlock(&b->m);
        process(b, s);
        pthread_mutex_lock(&b->m);
        s->done = 1;
        /* Wake the writer for a batch of records, or at once when the
         * input has run dry so a streaming consumer is not kept waiting. */
        if (seq + 1 - b->next_write >= WRITE_BATCH || b->next_proc == b->head || b->eof)
            pthread_cond_broadcast(&b->cv_done);
    }
    b->workers_left--;
    pthread_cond_broadcast(&b->cv_done);
    pthread_mutex_unlock(&b->m);
    return NULL;
}

static int write_slot(batch *b, slot *s) {
    if (s->out) {
        fwrite(s->out, 1, s->out_len, b->out);
    } else { /* the record itself could not be allocated */
        fprintf(b->out, "{\"line\":%zu,\"error\":\"out of memory\"}", s->line_no);
    }
    fputc('\n', b->out);
    return ferror(b->out) ? -1 : 0;
}

/* Writes finished slots in sequence; flushes whenever it has to wait, so
 * a consumer sees each record as soon as everything before it is done. */
static void *writer(void *arg) {
    batch *b = arg;
    int dirty = 0;
    pthread_mutex_lock(&b->m);
    for (;;) {
        slot *s = &b->slots[b->next_write % b->cap];
        if (b->next_write < b->head && s->done) {
            pthread_mutex_unlock(&b->m);
            int rc = write_slot(b, s);
            int e = errno;
            precis_string_free(b->engine, s->out);
            s->out = NULL;
            pthread_mutex_lock(&b->m);
            if (rc != 0) {
                b->write_errno = e ? e : EIO;
                b->stop = 1;
                pthread_cond_broadcast(&b->cv_work);
                break;
            }
            b->failed += (size_t)s->failed;
            b->written++;
            b->bytes -= s->len;
            memset(s, 0, sizeof *s);
            b->next_write++;
            if (b->reader_waiting && window_drained(b)) pthread_cond_signal(&b->cv_space);
            dirty = 1;
            continue;
        }
        if (b->workers_left == 0) break;
        if (dirty) {
            pthread_mutex_unlock(&b->m);
            int rc = fflush(b->out), e = errno;
            pthread_mutex_lock(&b->m);
            dirty = 0;
            if (rc != 0) { /* a full disk: stop now, and say why */
                b->write_errno = e ? e : EIO;
                b->stop = 1;
                pthread_cond_broadcast(&b->cv_work);
                break;
            }
            continue;
        }
        pthread_cond_wait(&b->cv_done, &b->m);
    }
    pthread_mutex_unlock(&b->m);
    return NULL;
}

/* Waits on cv for at most 100 ms, then notices a pending signal. */
static void timed_wait(batch *b, pthread_cond_t *cv) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += 100 * 1000 * 1000;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    pthread_cond_timedwait(cv, &b->m, &ts);
    if (got_signal && !b->stop) {
        b->stop = 1;
        pthread_cond_broadcast(&b->cv_work);
    }
}

/* Reads every line into the ring; returns 0, or an errno value. */
static int read_lines(batch *b, int fd, size_t max) {
    cli_lines lr;
    if (cli_lines_init(&lr, fd, max, &got_signal) != 0) return ENOMEM;
    int rc = 0;
    for (;;) {
        char *line;
        size_t len;
        int too_large;
        int r = cli_lines_next(&lr, &line, &len, &too_large);
        if (r == 0 || r == -2) break;
        if (r < 0) {
            rc = errno ? errno : EIO;
            break;
        }
        pthread_mutex_lock(&b->m);
        if (window_full(b)) {
            /* Wait until half the window is free, not one slot: waking
             * per slot would make the reader and the writer take turns
             * for every line. */
            b->reader_waiting = 1;
            while (!b->stop && !window_drained(b))
                timed_wait(b, &b->cv_space);
            b->reader_waiting = 0;
        }
        if (b->stop) {
            pthread_mutex_unlock(&b->m);
            free(line);
            break;
        }
        slot *s = &b->slots[b->head % b->cap];
        s->line = line;
        s->len = len;
        s->too_large = too_large;
        s->line_no = ++b->head; /* lines are numbered from 1 */
        b->bytes += len;
        pthread_cond_signal(&b->cv_work);
        pthread_mutex_unlock(&b->m);
    }
    cli_lines_free(&lr);
    return rc;
}

int cli_run_jsonl(const precis_engine *engine, const cli_config *cfg, int in_fd, FILE *out) {
    batch b;
    memset(&b, 0, sizeof b);
    b.engine = engine;
    b.opts = &cfg->opts;
    b.sentences = cfg->sentences;
    b.max_bytes = cfg->max_bytes;
    b.out = out;
    b.cap = (size_t)cfg->jobs * SLOTS_PER_JOB;
    b.slots = calloc(b.cap, sizeof *b.slots);
    if (!b.slots) {
        cli_error("out of memory");
        return CLI_BAD_INPUT;
    }
    pthread_mutex_init(&b.m, NULL);
    pthread_cond_init(&b.cv_space, NULL);
    pthread_cond_init(&b.cv_work, NULL);
    pthread_cond_init(&b.cv_done, NULL);

    /* Signals go to the reading thread only: its poll and timed waits are
     * where they are noticed. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &block, &old);

    pthread_t threads[CLI_MAX_JOBS], wthread;
    unsigned started = 0;
    for (; started < cfg->jobs; started++) {
        if (pthread_create(&threads[started], NULL, worker, &b) != 0) break;
        b.workers_left++; /* no worker runs its exit path before the reader ends */
    }
    int have_writer = started > 0 && pthread_create(&wthread, NULL, writer, &b) == 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);

    int read_errno = 0;
    if (have_writer) read_errno = read_lines(&b, in_fd, cfg->max_bytes);

    pthread_mutex_lock(&b.m);
    b.eof = 1;
    if (!have_writer) b.stop = 1;
    pthread_cond_broadcast(&b.cv_work);
    while (b.workers_left > 0)
        timed_wait(&b, &b.cv_done);
    pthread_cond_broadcast(&b.cv_done);
    pthread_mutex_unlock(&b.m);
    for (unsigned i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    if (have_writer) pthread_join(wthread, NULL);
    if (fflush(out) != 0 && !b.write_errno) b.write_errno = errno ? errno : EIO;

    for (size_t i = 0; i < b.cap; i++) { /* slots left by a stop */
        free(b.slots[i].line);
        precis_string_free(engine, b.slots[i].out);
    }
    free(b.slots);
    pthread_cond_destroy(&b.cv_done);
    pthread_cond_destroy(&b.cv_work);
    pthread_cond_destroy(&b.cv_space);
    pthread_mutex_destroy(&b.m);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);

    if (!have_writer) {
        cli_error("cannot start threads");
        return CLI_BAD_INPUT;
    }
    if (b.write_errno) {
        cli_error("cannot write %s: %s", cfg->output ? cfg->output : "standard output",
                  strerror(b.write_errno));
        return CLI_BAD_INPUT;
    }
    if (got_signal) {
        cli_error("interrupted after %zu lines", b.written);
        return 128 + got_signal;
    }
    if (read_errno) {
        cli_error("cannot read %s: %s", cfg->input ? cfg->input : "standard input",
                  strerror(read_errno));
        return CLI_BAD_INPUT;
    }
    return b.failed ? CLI_SOME_FAILED : CLI_OK;
}
