/* sentences.c - `precis sentences`: a text split into sentences. */
#include "cli.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static const char sentences_usage[] =
    "Usage: precis sentences [options] [FILE]\n"
    "Splits a text (FILE, or standard input when FILE is absent or \"-\") into\n"
    "sentences with the rules of its language: one sentence a line (text, the\n"
    "default), or one JSON object {\"sentences\":[{\"text\",\"start\",\"end\"}]}\n"
    "with each sentence's bytes [start, end) in the input (json).\n"
    "A blank line ends a sentence; so does a single line break, except inside a\n"
    "wrapped line (the next line starts in lower case after a line that does\n"
    "not end in . ! ? and ends in a space or is 60 bytes or longer).\n"
    "\n"
    "Options:\n"
    "  -f, --format FMT    text (default) or json\n"
    "      --lang CODE     language of the text instead of identifying it\n"
    "      --jsonl         batch: one JSON record {\"id\",\"text\",\"lang\"} per input\n"
    "                      line, one {\"id\",\"sentences\":[...]} or error record per\n"
    "                      output line, in input order\n"
    "  -j, --jobs N        worker threads for --jsonl (default 1, at most 64)\n"
    "      --strict        invalid UTF-8 is an error instead of being replaced\n"
    "      --max-bytes N   largest input (per line with --jsonl); K, M, G suffixes\n"
    "                      (default 64M)\n"
    "  -o, --output FILE   write to FILE instead of standard output\n"
    "  -h, --help          show this help\n"
    "\n"
    "Exit status: 0 success, 1 some --jsonl lines failed, 2 bad input or usage.\n";

static int usage_error(const char *what, const char *arg) {
    fprintf(stderr, "precis: sentences: %s '%s'\nTry 'precis sentences --help'.\n", what, arg);
    return CLI_BAD_INPUT;
}

/* The value of option name (long form) or short (0: none) at argv[*i]:
 * "--name=v", "--name v", "-x v", "-xv". NULL when argv[*i] is another
 * option; *missing when the value is absent. */
static const char *value_of(int argc, char **argv, int *i, const char *name, char shrt,
                            int *missing) {
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (shrt && a[0] == '-' && a[1] == shrt) {
        if (a[2]) return a + 2;
    } else if (strncmp(a, name, n) == 0 && a[n] == '=') {
        return a + n + 1;
    } else if (strcmp(a, name) != 0) {
        return NULL;
    }
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

/* Parses the arguments into cfg; -1 to go on, else an exit code. */
static int parse(int argc, char **argv, cli_config *cfg) {
    int only_files = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        int missing = 0;
        if (!only_files && strcmp(a, "--") == 0) {
            only_files = 1;
            continue;
        }
        if (only_files || a[0] != '-' || !a[1]) {
            if (cfg->input) return usage_error("only one input file is allowed:", a);
            cfg->input = a;
            continue;
        }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(sentences_usage, stdout);
            return CLI_OK;
        }
        if (!strcmp(a, "--jsonl")) {
            cfg->jsonl = 1;
        } else if (!strcmp(a, "--strict")) {
            if (cli_option(&cfg->opts, "strict", "--strict", "1") != 0) return CLI_BAD_INPUT;
        } else if ((v = value_of(argc, argv, &i, "--format", 'f', &missing))) {
            if (!strcmp(v, "json"))
                cfg->format = PRECIS_FORMAT_JSON;
            else if (!strcmp(v, "text"))
                cfg->format = PRECIS_FORMAT_TEXT;
            else
                return usage_error("unknown format (text or json)", v);
            cfg->format_set = 1;
        } else if (!missing && (v = value_of(argc, argv, &i, "--lang", 0, &missing))) {
            if (cli_option(&cfg->opts, "lang", "--lang", v) != 0) return CLI_BAD_INPUT;
        } else if (!missing && (v = value_of(argc, argv, &i, "--jobs", 'j', &missing))) {
            unsigned long long n;
            if (cli_parse_number(v, 0, UINT_MAX, &n) != 0 || n == 0)
                return usage_error("--jobs wants a number of threads of at least 1, not", v);
            cfg->jobs = n > CLI_MAX_JOBS ? CLI_MAX_JOBS : (unsigned)n;
        } else if (!missing && (v = value_of(argc, argv, &i, "--max-bytes", 0, &missing))) {
            if (cli_option(&cfg->opts, "max_bytes", "--max-bytes", v) != 0) return CLI_BAD_INPUT;
            cfg->max_bytes = cfg->opts.max_input_bytes;
        } else if (!missing && (v = value_of(argc, argv, &i, "--output", 'o', &missing))) {
            cfg->output = v;
        } else if (missing) {
            return usage_error("option needs a value:", a);
        } else {
            return usage_error("unknown option", a);
        }
    }
    if (cfg->jsonl && cfg->format_set && cfg->format != PRECIS_FORMAT_JSON)
        return usage_error("--jsonl writes JSON; --format must be json, not", "text");
    return -1;
}

/* Splits the whole input of fd and writes it; the exit code. */
static int split_one(const precis_engine *engine, const cli_config *cfg, int fd) {
    char *data;
    size_t len;
    if (cli_read_input(cfg, fd, &data, &len) != 0) return CLI_BAD_INPUT;
    precis_error err = {0};
    precis_sentences *s = precis_sentences_text(engine, data, len, &cfg->opts, &err);
    free(data);
    size_t n = 0;
    char *out = s ? precis_sentences_render(s, cfg->format, &n, &err) : NULL;
    precis_sentences_free(s);
    if (!out) {
        if (err.code == PRECIS_ERR_UTF8)
            cli_error("invalid UTF-8 at byte %zu", err.pos);
        else
            cli_error("%s", err.msg ? err.msg : precis_strerror(err.code));
        return CLI_BAD_INPUT;
    }
    return cli_write_rendered(engine, cfg, fd, out, n);
}

int cli_sentences(int argc, char **argv) {
    cli_config cfg;
    memset(&cfg, 0, sizeof cfg);
    precis_options_default(&cfg.opts);
    cfg.format = PRECIS_FORMAT_TEXT;
    cfg.jobs = 1;
    cfg.sentences = 1;
    cfg.max_bytes = cfg.opts.max_input_bytes;
    int rc = parse(argc, argv, &cfg);
    if (rc >= 0) return rc;
    return cli_run_input(&cfg, split_one);
}
