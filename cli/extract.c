/* extract.c - `precis extract`: the article text and metadata of a web page,
 * and the test that tells HTML input from plain text. */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char extract_usage[] =
    "Usage: precis extract [--format text|json] [FILE...]\n"
    "Prints the article of a web page (FILE or standard input): its title and\n"
    "text (text, the default), or one JSON object with title, date, author,\n"
    "site, url, lang, charset, text and warnings (json). With several files,\n"
    "each page's text follows a \"==> FILE <==\" line, or each JSON object\n"
    "(one a line) also has the \"file\" it comes from.\n";

static int ci_prefix(const char *s, size_t n, const char *word) {
    size_t k = strlen(word);
    if (n < k) return 0;
    for (size_t i = 0; i < k; i++) {
        char c = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
        if (c != word[i]) return 0;
    }
    return 1;
}

int cli_looks_html(const char *s, size_t n) {
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    if (ci_prefix(s + i, n - i, "<!doctype html") || ci_prefix(s + i, n - i, "<html") ||
        ci_prefix(s + i, n - i, "<?xml") || ci_prefix(s + i, n - i, "<!--"))
        return 1;
    if (i >= n || s[i] != '<') return 0;
    /* Starts with a tag: HTML if a body or paragraph tag comes early. */
    size_t lim = n < 4096 ? n : 4096;
    for (size_t k = i; k + 3 <= lim; k++)
        if (s[k] == '<' &&
            (ci_prefix(s + k, lim - k, "<body") || ci_prefix(s + k, lim - k, "<p>") ||
             ci_prefix(s + k, lim - k, "<div") || ci_prefix(s + k, lim - k, "<head")))
            return 1;
    return 0;
}

/* ,"key":"value" (without key when key is NULL) */
static void json_string(FILE *out, const char *key, const char *s, size_t n, int comma) {
    if (comma) fputc(',', out);
    if (key) fprintf(out, "\"%s\":", key);
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static void print_page(const precis_page *p, int json, const char *file, FILE *out) {
    size_t n;
    const char *text = precis_page_text(p, &n);
    if (!json) {
        if (file) fprintf(out, "==> %s <==\n", file);
        const char *title = precis_page_title(p);
        if (*title) fprintf(out, "%s\n\n", title);
        fwrite(text, 1, n, out);
        fputc('\n', out);
        return;
    }
    static const struct {
        const char *key;
        const char *(*get)(const precis_page *);
    } fields[] = {{"title", precis_page_title},    {"date", precis_page_date},
                  {"author", precis_page_author},  {"site", precis_page_site},
                  {"url", precis_page_url},        {"lang", precis_page_lang},
                  {"charset", precis_page_charset}};
    fputc('{', out);
    if (file) json_string(out, "file", file, strlen(file), 0);
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        const char *v = fields[i].get(p);
        json_string(out, fields[i].key, v, strlen(v), i > 0 || file);
    }
    json_string(out, "text", text, n, 1);
    fputs(",\"warnings\":[", out);
    for (size_t i = 0; i < precis_page_warning_count(p); i++) {
        const char *w = precis_page_warning(p, i);
        json_string(out, NULL, w, strlen(w), i > 0);
    }
    fputs("]}\n", out);
}

/* Extracts one page from fd; file names it in the output when not NULL.
 * Returns CLI_OK or CLI_BAD_INPUT (after a message). */
static int extract_one(const precis_engine *engine, int fd, const char *name, const char *file,
                       int json) {
    char *data;
    size_t len;
    int too_large;
    precis_options defaults;
    precis_options_default(&defaults);
    int e = cli_read_all(fd, defaults.max_input_bytes, &data, &len, &too_large);
    if (e || too_large) {
        cli_error("cannot read %s: %s", name, e ? strerror(e) : "larger than 64 MiB");
        if (!e) free(data);
        return CLI_BAD_INPUT;
    }
    precis_error err = {0};
    precis_page *p = precis_extract_html(engine, data, len, &err);
    free(data);
    if (!p) {
        cli_error("%s: %s", name, err.msg ? err.msg : precis_strerror(err.code));
        return CLI_BAD_INPUT;
    }
    for (size_t i = 0; !json && i < precis_page_warning_count(p); i++)
        cli_error("warning: %s%s%s", file ? file : "", file ? ": " : "", precis_page_warning(p, i));
    print_page(p, json, file, stdout);
    precis_page_free(p);
    return CLI_OK;
}

int cli_extract(int argc, char **argv) {
    int json = 0;
    int nfiles = 0; /* the file operands, in argv order */
    char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files) {
        cli_error("out of memory");
        return CLI_BAD_INPUT;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *val = NULL;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(extract_usage, stdout);
            free(files);
            return CLI_OK;
        }
        if (strncmp(a, "--format=", 9) == 0)
            val = a + 9;
        else if (strcmp(a, "--format") == 0 || strcmp(a, "-f") == 0)
            val = i + 1 < argc ? argv[++i] : "";
        else if (a[0] == '-' && a[1]) {
            cli_error("extract: unknown option '%s'", a);
            free(files);
            return CLI_BAD_INPUT;
        } else {
            files[nfiles++] = argv[i];
        }
        if (val) {
            if (strcmp(val, "json") == 0)
                json = 1;
            else if (strcmp(val, "text") == 0)
                json = 0;
            else {
                cli_error("extract: unknown format '%s' (text or json)", val);
                free(files);
                return CLI_BAD_INPUT;
            }
        }
    }
    precis_error err = {0};
    precis_engine *engine = precis_engine_new(NULL, NULL, &err);
    if (!engine) {
        cli_error("%s", err.msg ? err.msg : precis_strerror(err.code));
        free(files);
        return CLI_BAD_INPUT;
    }
    int rc = CLI_OK;
    if (nfiles == 0) files[nfiles++] = "-";
    for (int i = 0; i < nfiles; i++) {
        const char *input = files[i];
        int fd = 0;
        if (strcmp(input, "-") != 0 && (fd = open(input, O_RDONLY)) < 0) {
            cli_error("cannot open %s: %s", input, strerror(errno));
            rc = CLI_BAD_INPUT;
            continue;
        }
        const char *name = fd ? input : "standard input";
        if (extract_one(engine, fd, name, nfiles > 1 ? input : NULL, json) != CLI_OK)
            rc = CLI_BAD_INPUT;
        if (fd > 0) close(fd);
    }
    if (fflush(stdout) != 0 || ferror(stdout)) rc = CLI_BAD_INPUT;
    precis_engine_free(engine);
    free(files);
    return rc;
}
