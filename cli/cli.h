/* cli.h - pieces of the precis command shared by its files. */
#ifndef PRECIS_CLI_H
#define PRECIS_CLI_H

#include "args.h"
#include "page.h"
#include "precis.h"

#include <signal.h>
#include <stddef.h>
#include <stdio.h>

typedef struct cli_config {
    precis_options opts;
    precis_format format;
    int format_set; /* --format given */
    int jsonl;
    int sentences; /* `precis sentences`: records split, not briefed */
    unsigned jobs;
    size_t max_bytes;
    const char *input;  /* NULL or "-" = standard input */
    const char *output; /* NULL = standard output */
} cli_config;




/* Reads fd to the end into a malloc'd buffer (NUL-terminated for
 * convenience). Stops after max + 1 bytes and sets *too_large. Returns 0 or
 * an errno value. */
int cli_read_all(int fd, size_t max, char **data, size_t *len, int *too_large);

/* Buffered line reader over a file descriptor: lines of any length, with
 * at most max bytes kept per line (the rest is skipped, too_large set). */
typedef struct cli_lines {
    int fd;
    size_t max;
    char *buf;
    size_t pos, end;
    int eof;
    volatile sig_atomic_t *stop; /* nonzero: give up waiting for input */
} cli_lines;

int cli_lines_init(cli_lines *lr, int fd, size_t max, volatile sig_atomic_t *stop);
void cli_lines_free(cli_lines *lr);
/* Reads the next line without its '\n' into a malloc'd *line. Returns 1 for
 * a line, 0 at the end of input, -1 on a read error (errno set) and -2 when
 * *stop became nonzero while waiting. */
int cli_lines_next(cli_lines *lr, char **line, size_t *len, int *too_large);

/* The output file of -o: written to a temporary file in its folder and
 * renamed over it by cli_output_close, so that nothing is emptied before
 * the run ends; standard output for NULL or "-"; devices and pipes are
 * written directly. */
typedef struct cli_output {
    FILE *f;
    const char *name; /* for messages */
    char *tmp, *final;
} cli_output;

/* Opens the output; refuses (with a message) one that is the file open as
 * in_fd (same device and inode: another path, a symbolic or hard link).
 * Returns 0, or -1 after saying why. */
int cli_output_open(cli_output *o, const char *path, int in_fd);
/* Flushes and closes; renames the file into place when keep, else removes
 * it. Returns CLI_OK, or CLI_BAD_INPUT after saying why (unless quiet: the
 * caller has said it). */
int cli_output_close(cli_output *o, int keep, int quiet);

/* Runs JSON Lines mode: one output record per input line, in input order.
 * Returns the exit code. */
int cli_run_jsonl(const precis_engine *engine, const cli_config *cfg, int in_fd, FILE *out);

/* Reads the whole input of fd (cfg->input names it in messages) within
 * cfg->max_bytes into a malloc'd *data. Returns 0, or CLI_BAD_INPUT after
 * saying why (a read error, or over the limit: *data is then not set). */
int cli_read_input(const cli_config *cfg, int fd, char **data, size_t *len);

/* Writes a rendered brief or sentence list s[0, n) to cfg->output (a new
 * line after JSON) and frees s. Returns the exit code. */
int cli_write_rendered(const precis_engine *engine, const cli_config *cfg, int in_fd, char *s,
                       size_t n);

/* Opens cfg->input (stdin when NULL or "-") and an engine, then runs JSON
 * Lines mode when cfg->jsonl, else one(engine, cfg, fd) on the whole input
 * (a brief, or the sentences). Returns the exit code. */
typedef int (*cli_one_fn)(const precis_engine *engine, const cli_config *cfg, int fd);
int cli_run_input(const cli_config *cfg, cli_one_fn one);

/* `precis extract [--format text|json] [FILE]`; argv[0] is "extract".
 * Returns the exit code. */
int cli_extract(int argc, char **argv);

/* `precis sentences [--format text|json] [--jsonl] [--lang L] [FILE]`;
 * argv[0] is "sentences". Returns the exit code. */
int cli_sentences(int argc, char **argv);

#endif /* PRECIS_CLI_H */
