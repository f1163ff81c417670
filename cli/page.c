/* page.c - the test that tells an HTML page from plain text, and the text
 * and JSON forms of an extracted page (`precis extract`, POST /v1/extract). */
#include "cli.h"
#include "json_write.h"
#include "precis_internal.h"

#include <string.h>

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
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        /* UTF-16: the same test on the ASCII of its first 2 KiB units */
        char a[2048];
        size_t k = 0, lo = u[0] == 0xFF ? 0 : 1;
        for (size_t i = 2; i + 1 < n && k < sizeof a; i += 2, k++)
            a[k] = u[i + 1 - lo] == 0 && u[i + lo] < 0x80 ? (char)u[i + lo] : '?';
        return cli_looks_html(a, k);
    }
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
static void json_field(precis_buf *b, const char *key, const char *s, size_t n, int comma) {
    if (comma) precis_buf_putc(b, ',');
    if (key) {
        precis_json_string(b, key, strlen(key));
        precis_buf_putc(b, ':');
    }
    precis_json_string(b, s, n);
}

int cli_print_page(const precis_page *p, int json, const char *file, FILE *out) {
    size_t n;
    const char *text = precis_page_text(p, &n);
    if (!json) {
        if (file) fprintf(out, "==> %s <==\n", file);
        const char *title = precis_page_title(p);
        if (*title) fprintf(out, "%s\n\n", title);
        fwrite(text, 1, n, out);
        fputc('\n', out);
        return 0;
    }
    static const struct {
        const char *key;
        const char *(*get)(const precis_page *);
    } fields[] = {{"title", precis_page_title},    {"date", precis_page_date},
                  {"author", precis_page_author},  {"site", precis_page_site},
                  {"url", precis_page_url},        {"lang", precis_page_lang},
                  {"charset", precis_page_charset}};
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    precis_buf_putc(&b, '{');
    if (file) json_field(&b, "file", file, strlen(file), 0);
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        const char *v = fields[i].get(p);
        json_field(&b, fields[i].key, v, strlen(v), i > 0 || file);
    }
    json_field(&b, "text", text, n, 1);
    precis_buf_puts(&b, ",\"warnings\":[");
    for (size_t i = 0; i < precis_page_warning_count(p); i++) {
        const char *w = precis_page_warning(p, i);
        json_field(&b, NULL, w, strlen(w), i > 0);
    }
    int rc = precis_buf_puts(&b, "]}\n");
    if (rc == 0) fwrite(b.data, 1, b.len, out);
    precis_buf_free(&b);
    return rc;
}
