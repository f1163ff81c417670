/* extract.c - `precis extract`: the article text and metadata of a web page. */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char extract_usage[] =
    "Usage: precis extract [--format text|json] [--max-bytes N] [--max-depth N] [FILE...]\n"
    "Prints the article of a web page (FILE or standard input): its title and\n"
    "text (text, the default), or one JSON object with title, date, author,\n"
    "site, url, lang, charset, text and warnings (json). With several files,\n"
    "each page's text follows a \"==> FILE <==\" line, or each JSON object\n"
    "(one a line) also has the \"file\" it comes from.\n"
    "  --max-bytes N   largest page read; K, M, G suffixes (default 64M)\n"
    "  --max-depth N   deepest element nesting kept (default 1000)\n";

/* The value of option name in argv[*i] ("--name=v" or "--name v"), or NULL
 * when argv[*i] is another option. *missing when the value is absent. */
static const char *option_value(int argc, char **argv, int *i, const char *name, int *missing) {
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (strncmp(a, name, n) != 0) return NULL;
    if (a[n] == '=') return a + n + 1;
    if (a[n]) return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

/* Extracts the page in input (NULL or "-": standard input); file names it
 * in the output when not NULL. Returns CLI_OK or CLI_BAD_INPUT. */
static int extract_one(const precis_engine *engine, const char *input, const char *file, int json,
                       const precis_options *opts) {
    int fd = 0;
    if (input && strcmp(input, "-") != 0 && (fd = open(input, O_RDONLY)) < 0) {
        cli_error("cannot open %s: %s", input, strerror(errno));
        return CLI_BAD_INPUT;
    }
    char *data;
    size_t len;
    int too_large;
    int e = cli_read_all(fd, opts->max_input_bytes, &data, &len, &too_large);
    if (fd > 0) close(fd);
    if (e) {
        cli_error("cannot read %s: %s", input ? input : "standard input", strerror(e));
        return CLI_BAD_INPUT;
    }
    if (too_large) {
        cli_error("%s%spage is larger than the limit of %zu bytes (raise it with --max-bytes)",
                  file ? file : "", file ? ": " : "", opts->max_input_bytes);
        return CLI_BAD_INPUT;
    }
    precis_error err = {0};
    precis_page *p = precis_extract_html_opts(engine, data, len, opts, &err);
    free(data);
    if (!p) {
        cli_error("%s%s%s", file ? file : "", file ? ": " : "",
                  err.msg ? err.msg : precis_strerror(err.code));
        return CLI_BAD_INPUT;
    }
    for (size_t i = 0; !json && i < precis_page_warning_count(p); i++)
        cli_error("warning: %s%s%s", file ? file : "", file ? ": " : "", precis_page_warning(p, i));
    int rc = cli_print_page(p, json, file, stdout);
    precis_page_free(p);
    if (rc != 0) {
        cli_error("%s%sout of memory", file ? file : "", file ? ": " : "");
        return CLI_BAD_INPUT;
    }
    return CLI_OK;
}

int cli_extract(int argc, char **argv) {
    int json = 0;
    int nfiles = 0; /* the file operands, in argv order */
    char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files) {
        cli_error("out of memory");
        {
            free(files);
            return CLI_BAD_INPUT;
        }
    }
    precis_options opts;
    precis_options_default(&opts);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *val = NULL;
        int missing = 0;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(extract_usage, stdout);
            {
                free(files);
                return CLI_OK;
            }
        }
        if ((val = option_value(argc, argv, &i, "--max-bytes", &missing)) != NULL) {
            if (cli_option(&opts, "max_bytes", "--max-bytes", val) != 0) {
                free(files);
                return CLI_BAD_INPUT;
            }
            continue;
        }
        if (!missing && (val = option_value(argc, argv, &i, "--max-depth", &missing)) != NULL) {
            if (cli_option(&opts, "max_depth", "--max-depth", val) != 0) {
                free(files);
                return CLI_BAD_INPUT;
            }
            continue;
        }
        if (!missing && strcmp(a, "-f") == 0) {
            if (i + 1 < argc)
                val = argv[++i];
            else
                missing = 1;
        } else if (!missing) {
            val = option_value(argc, argv, &i, "--format", &missing);
        }
        if (val) {
            if (strcmp(val, "json") == 0)
                json = 1;
            else if (strcmp(val, "text") == 0)
                json = 0;
            else {
                cli_error("extract: unknown format '%s' (text or json)", val);
                {
                    free(files);
                    return CLI_BAD_INPUT;
                }
            }
            continue;
        }
        if (missing) {
            cli_error("extract: option '%s' needs a value", a);
            {
                free(files);
                return CLI_BAD_INPUT;
            }
        }
        if (a[0] == '-' && a[1]) {
            cli_error("extract: unknown option '%s'", a);
            {
                free(files);
                return CLI_BAD_INPUT;
            }
        }
        files[nfiles++] = argv[i];
    }
    precis_error err = {0};
    precis_engine *engine = precis_engine_new(NULL, NULL, &err);
    if (!engine) {
        cli_error("%s", err.msg ? err.msg : precis_strerror(err.code));
        free(files);
        return CLI_BAD_INPUT;
    }
    int rc = CLI_OK;
    if (nfiles == 0) rc = extract_one(engine, NULL, NULL, json, &opts);
    for (int f = 0; f < nfiles; f++)
        if (extract_one(engine, files[f], nfiles > 1 ? files[f] : NULL, json, &opts) != CLI_OK)
            rc = CLI_BAD_INPUT;
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_error("cannot write standard output: %s", strerror(errno ? errno : EIO));
        rc = CLI_BAD_INPUT;
    }
    precis_engine_free(engine);
    free(files);
    return rc;
}
