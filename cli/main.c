/* main.c - the precis command: options, and briefing one article. */
#include "cli.h"
#include "serve.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
    "Usage: precis [options] [FILE]\n"
    "       precis extract [--format text|json] [FILE...]\n"
    "       precis sentences [--format text|json] [--jsonl] [--lang CODE] [FILE]\n"
    "       precis serve [--host H] [--port P] [-j N] [--max-bytes N] ...\n"
    "Briefs a news article: headline, key points (sentences of the article), body.\n"
    "Reads FILE, or standard input when FILE is absent or \"-\"; an HTML page is\n"
    "recognized and its article extracted first (`precis extract` shows it).\n"
    "\n"
    "Options:\n"
    "  -f, --format FMT    text (default), markdown or json\n"
    "  -n, --points N      number of key points (default 3, or no cap with --words;\n"
    "                      0 for none)\n"
    "      --words N       word budget for the key points, never passed (sentences;\n"
    "                      a longer one fitted by deletions; else one cut)\n"
    "      --order ORDER   article (default) or rank\n"
    "      --compress      tighter key points: cut leading connectives (\"However,\"),\n"
    "                      asides in brackets, between dashes or in \", who ...,\"\n"
    "      --compress-rules LIST  the compression rules to use, from connectives,\n"
    "                      attribution (\", he said.\"), sources (\"According to X,\"),\n"
    "                      brackets, dashes, relatives, all, default\n"
    "      --lang CODE     language of the text instead of identifying it\n"
    "      --title TEXT    headline instead of detecting it\n"
    "      --strict        invalid UTF-8 is an error instead of a warning\n"
    "      --sections MODE auto (default): the input's own subheadings, else sections\n"
    "                      made at topic shifts under headings from their words;\n"
    "                      page: only the input's own; off\n"
    "      --max-sections N  headed sections made at most, 1 to 16 (default 5)\n"
    "      --keywords N    keyphrases in the closing block, 0 to 50 (default 10)\n"
    "      --quotes BOOL   quotations and their speakers: 1 (default) or 0\n"
    "      --entities BOOL people, places and organisations named: 1 (default) or 0\n"
    "      --jsonl         batch: one JSON record {\"id\",\"title\",\"text\",\"lang\"}\n"
    "                      per input line, one JSON brief or error per output line\n"
    "  -j, --jobs N        worker threads for --jsonl (default 1, at most 64)\n"
    "      --max-bytes N   largest input (per line with --jsonl); K, M, G suffixes\n"
    "                      (default 64M)\n"
    "      --max-sentences N  sentences considered for key points (default 5000)\n"
    "      --max-depth N   deepest HTML element nesting kept (default 1000)\n"
    "  -o, --output FILE   write to FILE instead of standard output\n"
    "  -h, --help          show this help\n"
    "      --version       show the version\n"
    "\n"
    "Exit status: 0 success, 1 some --jsonl lines failed, 2 bad input or usage,\n"
    "130/143 interrupted by SIGINT/SIGTERM during --jsonl.\n"
    "`precis sentences --help` describes sentence splitting, `precis serve --help`\n"
    "the HTTP server.\n";

enum opt_id {
    OPT_FORMAT,
    OPT_POINTS,
    OPT_WORDS,
    OPT_ORDER,
    OPT_COMPRESS,
    OPT_COMPRESS_RULES,
    OPT_LANG,
    OPT_TITLE,
    OPT_STRICT,
    OPT_JSONL,
    OPT_JOBS,
    OPT_MAX_BYTES,
    OPT_MAX_SENTENCES,
    OPT_MAX_DEPTH,
    OPT_SECTIONS,
    OPT_MAX_SECTIONS,
    OPT_KEYWORDS,
    OPT_QUOTES,
    OPT_ENTITIES,
    OPT_OUTPUT,
    OPT_HELP,
    OPT_VERSION
};

static const struct option_def {
    const char *name;
    char short_name;
    int has_arg;
    enum opt_id id;
} option_defs[] = {
    {"format", 'f', 1, OPT_FORMAT},
    {"points", 'n', 1, OPT_POINTS},
    {"words", 0, 1, OPT_WORDS},
    {"order", 0, 1, OPT_ORDER},
    {"lang", 0, 1, OPT_LANG},
    {"title", 0, 1, OPT_TITLE},
    {"strict", 0, 0, OPT_STRICT},
    {"jsonl", 0, 0, OPT_JSONL},
    {"jobs", 'j', 1, OPT_JOBS},
    {"max-bytes", 0, 1, OPT_MAX_BYTES},
    {"output", 'o', 1, OPT_OUTPUT},
    {"help", 'h', 0, OPT_HELP},
    {"version", 0, 0, OPT_VERSION},
    {"max-sentences", 0, 1, OPT_MAX_SENTENCES},
    {"max-depth", 0, 1, OPT_MAX_DEPTH},
    {"compress", 0, 0, OPT_COMPRESS},
    {"compress-rules", 0, 1, OPT_COMPRESS_RULES},
    {"sections", 0, 1, OPT_SECTIONS},
    {"max-sections", 0, 1, OPT_MAX_SECTIONS},
    {"keywords", 0, 1, OPT_KEYWORDS},
    {"quotes", 0, 1, OPT_QUOTES},
    {"entities", 0, 1, OPT_ENTITIES},
};
#define N_OPTIONS (sizeof option_defs / sizeof option_defs[0])

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("precis: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs("\nTry 'precis --help'.\n", stderr);
    va_end(ap);
    return CLI_BAD_INPUT;
}

/* Applies one option; returns -1 to continue, else an exit code. */
static int apply_option(cli_config *cfg, enum opt_id id, const char *name, const char *val) {
    unsigned long long v;
    switch (id) {
    case OPT_FORMAT:
        if (strcmp(val, "text") == 0)
            cfg->format = PRECIS_FORMAT_TEXT;
        else if (strcmp(val, "markdown") == 0 || strcmp(val, "md") == 0)
            cfg->format = PRECIS_FORMAT_MARKDOWN;
        else if (strcmp(val, "json") == 0)
            cfg->format = PRECIS_FORMAT_JSON;
        else
            return usage_error("unknown format '%s' (text, markdown or json)", val);
        cfg->format_set = 1;
        return -1;
    case OPT_POINTS:
        return cli_option(&cfg->opts, "points", "--points", val) == 0 ? -1 : CLI_BAD_INPUT;
    case OPT_WORDS:
        return cli_option(&cfg->opts, "words", "--words", val) == 0 ? -1 : CLI_BAD_INPUT;
    case OPT_ORDER:
        return cli_option(&cfg->opts, "order", "--order", val) == 0 ? -1 : CLI_BAD_INPUT;
    case OPT_LANG:
        return cli_option(&cfg->opts, "lang", "--lang", val) == 0 ? -1 : CLI_BAD_INPUT;
    case OPT_TITLE:
        return cli_option(&cfg->opts, "title", "--title", val) == 0 ? -1 : CLI_BAD_INPUT;
    case OPT_STRICT:
        return cli_option(&cfg->opts, "strict", "--strict", "1") == 0 ? -1 : CLI_BAD_INPUT;
    case OPT_COMPRESS:
        return cli_option(&cfg->opts, "compress", "--compress", "default") == 0 ? -1
                                                                                : CLI_BAD_INPUT;
    case OPT_COMPRESS_RULES:
        return cli_option(&cfg->opts, "compress", "--compress-rules", val) == 0 ? -1
                                                                                : CLI_BAD_INPUT;
    case OPT_JSONL:
        cfg->jsonl = 1;
        return -1;
    case OPT_JOBS:
        if (cli_parse_number(val, 0, UINT_MAX, &v) != 0 || v == 0)
            return usage_error("--jobs wants a number of threads of at least 1, not '%s'", val);
        cfg->jobs = v > CLI_MAX_JOBS ? CLI_MAX_JOBS : (unsigned)v;
        return -1;
    case OPT_MAX_BYTES:
        if (cli_option(&cfg->opts, "max_bytes", "--max-bytes", val) != 0) return CLI_BAD_INPUT;
        cfg->max_bytes = cfg->opts.max_input_bytes;
        return -1;
    case OPT_MAX_SENTENCES:
        return cli_option(&cfg->opts, "max_sentences", "--max-sentences", val) == 0 ? -1
                                                                                    : CLI_BAD_INPUT;
    case OPT_MAX_DEPTH:
        return cli_option(&cfg->opts, "max_depth", "--max-depth", val) == 0 ? -1 : CLI_BAD_INPUT;
    case OPT_SECTIONS:
        return cli_option(&cfg->opts, "sections", "--sections", val) == 0 ? -1 : CLI_BAD_INPUT;
    case OPT_MAX_SECTIONS:
        return cli_option(&cfg->opts, "max_sections", "--max-sections", val) == 0 ? -1
                                                                                  : CLI_BAD_INPUT;
    case OPT_KEYWORDS:
        return cli_option(&cfg->opts, "keywords", "--keywords", val) == 0 ? -1 : CLI_BAD_INPUT;
    case OPT_QUOTES:
        return cli_option(&cfg->opts, "quotes", "--quotes", val) == 0 ? -1 : CLI_BAD_INPUT;
    case OPT_ENTITIES:
        return cli_option(&cfg->opts, "entities", "--entities", val) == 0 ? -1 : CLI_BAD_INPUT;
    case OPT_OUTPUT:
        cfg->output = val;
        return -1;
    case OPT_HELP:
        fputs(usage, stdout);
        return CLI_OK;
    case OPT_VERSION:
        printf("precis %s\n", precis_version());
        return CLI_OK;
    }
    return usage_error("unknown option '%s'", name);
}

/* Parses argv into cfg; returns -1 to go on, else an exit code. */
static int parse_args(int argc, char **argv, cli_config *cfg) {
    int only_files = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const struct option_def *def = NULL;
        const char *val = NULL;
        if (!only_files && strcmp(a, "--") == 0) {
            only_files = 1;
            continue;
        }
        if (!only_files && a[0] == '-' && a[1] == '-') {
            const char *eq = strchr(a + 2, '=');
            size_t n = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
            for (size_t k = 0; k < N_OPTIONS && !def; k++)
                if (strlen(option_defs[k].name) == n && memcmp(option_defs[k].name, a + 2, n) == 0)
                    def = &option_defs[k];
            if (!def) return usage_error("unknown option '%s'", a);
            if (eq && !def->has_arg) return usage_error("option '%s' takes no value", a);
            if (eq) val = eq + 1;
        } else if (!only_files && a[0] == '-' && a[1]) {
            for (size_t k = 0; k < N_OPTIONS && !def; k++)
                if (option_defs[k].short_name == a[1]) def = &option_defs[k];
            if (!def) return usage_error("unknown option '%s'", a);
            if (a[2] && !def->has_arg) return usage_error("unknown option '%s'", a);
            if (a[2]) val = a + 2;
        } else {
            if (cfg->input) return usage_error("only one input file is allowed ('%s')", a);
            cfg->input = a;
            continue;
        }
        if (def->has_arg && !val) {
            if (i + 1 >= argc) return usage_error("option '%s' needs a value", a);
            val = argv[++i];
        }
        int rc = apply_option(cfg, def->id, a, val);
        if (rc >= 0) return rc;
    }
    if (cfg->jsonl && cfg->format_set && cfg->format != PRECIS_FORMAT_JSON)
        return usage_error("--jsonl writes JSON; --format must be json");
    return -1;
}

/* Message for a failed single-article brief. */
static void report_brief_error(const precis_error *err, const cli_config *cfg) {
    switch (err->code) {
    case PRECIS_ERR_UTF8:
        cli_error("invalid UTF-8 at byte %zu", err->pos);
        break;
    case PRECIS_ERR_BINARY:
        cli_error("input looks binary");
        break;
    case PRECIS_ERR_TOO_LARGE:
        cli_error("input is larger than the limit of %zu bytes (raise it with --max-bytes)",
                  cfg->max_bytes);
        break;
    default:
        cli_error("%s", err->msg ? err->msg : precis_strerror(err->code));
        break;
    }
}

int cli_read_input(const cli_config *cfg, int fd, char **data, size_t *len) {
    int too_large;
    int e = cli_read_all(fd, cfg->max_bytes, data, len, &too_large);
    if (e) {
        cli_error("cannot read %s: %s", cfg->input ? cfg->input : "standard input", strerror(e));
        return CLI_BAD_INPUT;
    }
    if (too_large) {
        cli_error("input is larger than the limit of %zu bytes (raise it with --max-bytes)",
                  cfg->max_bytes);
        return CLI_BAD_INPUT;
    }
    return 0;
}

static int brief_one(const precis_engine *engine, const cli_config *cfg, int fd) {
    char *data;
    size_t len;
    if (cli_read_input(cfg, fd, &data, &len) != 0) return CLI_BAD_INPUT;
    precis_error err = {0};
    precis_brief *b = cli_looks_html(data, len)
                          ? precis_brief_html(engine, data, len, &cfg->opts, &err)
                          : precis_brief_text(engine, data, len, &cfg->opts, &err);
    if (!b) {
        free(data);
        report_brief_error(&err, cfg);
        return CLI_BAD_INPUT;
    }
    for (size_t i = 0; i < precis_brief_warning_count(b); i++)
        cli_error("warning: %s", precis_brief_warning(b, i));
    size_t n;
    char *s = precis_brief_render(b, cfg->format, &n, &err);
    precis_brief_free(b);
    free(data);
    if (!s) {
        report_brief_error(&err, cfg);
        return CLI_BAD_INPUT;
    }
    return cli_write_rendered(engine, cfg, fd, s, n);
}

int cli_write_rendered(const precis_engine *engine, const cli_config *cfg, int in_fd, char *s,
                       size_t n) {
    int rc = CLI_BAD_INPUT;
    cli_output out;
    if (cli_output_open(&out, cfg->output, in_fd) == 0) {
        fwrite(s, 1, n, out.f);
        if (cfg->format == PRECIS_FORMAT_JSON) fputc('\n', out.f);
        rc = cli_output_close(&out, 1, 0);
    }
    precis_string_free(engine, s);
    return rc;
}

int cli_run_input(const cli_config *cfg, cli_one_fn one) {
    int fd = 0;
    if (cfg->input && strcmp(cfg->input, "-") != 0) {
        fd = open(cfg->input, O_RDONLY);
        if (fd < 0) {
            cli_error("cannot open %s: %s", cfg->input, strerror(errno));
            return CLI_BAD_INPUT;
        }
    }
    precis_error err = {0};
    precis_engine *engine = precis_engine_new(NULL, NULL, &err);
    if (!engine) {
        cli_error("cannot start: %s", err.msg ? err.msg : precis_strerror(err.code));
        if (fd > 0) close(fd);
        return CLI_BAD_INPUT;
    }
    int rc;
    if (cfg->jsonl) {
        cli_output out;
        if (cli_output_open(&out, cfg->output, fd) != 0) {
            rc = CLI_BAD_INPUT;
        } else {
            rc = cli_run_jsonl(engine, cfg, fd, out.f);
            int crc = cli_output_close(&out, 1, rc == CLI_BAD_INPUT);
            if (rc == CLI_OK || rc == CLI_SOME_FAILED) rc = crc ? crc : rc;
        }
    } else {
        rc = one(engine, cfg, fd);
    }
    if (fd > 0) close(fd);
    precis_engine_free(engine);
    return rc;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "extract") == 0) return cli_extract(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "sentences") == 0) return cli_sentences(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "serve") == 0) return server_main(argc - 1, argv + 1);
    cli_config cfg;
    memset(&cfg, 0, sizeof cfg);
    precis_options_default(&cfg.opts);
    cfg.format = PRECIS_FORMAT_TEXT;
    cfg.jobs = 1;
    cfg.max_bytes = cfg.opts.max_input_bytes;
    int rc = parse_args(argc, argv, &cfg);
    if (rc >= 0) return rc;
    cfg.opts.max_input_bytes = cfg.max_bytes;
    return cli_run_input(&cfg, brief_one);
}
