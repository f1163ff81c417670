/*
 * json_write.c - the JSON writer (json_write.h): strings, numbers and raw
 * JSON text into a growable buffer.
 */
#include "json_write.h"

#include "precis_internal.h"

#include <math.h>
#include <stdio.h>

/* Escape of U+2028/U+2029 (E2 80 A8/A9), or NULL for any other character. */
static const char *separator_escape(const unsigned char *u, size_t n) {
    if (n < 3 || u[0] != 0xE2 || u[1] != 0x80) return NULL;
    return u[2] == 0xA8 ? "\\u2028" : u[2] == 0xA9 ? "\\u2029" : NULL;
}

int precis_json_chars(precis_buf *out, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    size_t run = 0, i = 0; /* s[i - run, i) is copied as is */
    while (i < n) {
        unsigned char c = u[i];
        char esc[7];
        const char *e = NULL;
        size_t k = 1;
        if (c >= 0x80) {
            uint32_t cp;
            k = precis_utf8_next(u + i, n - i, &cp);
            if (cp == PRECIS_UTF8_BAD)
                e = "\xEF\xBF\xBD";
            else if (cp == 0x2028 || cp == 0x2029)
                e = separator_escape(u + i, k);
        } else if (c == '"') {
            e = "\\\"";
        } else if (c == '\\') {
            e = "\\\\";
        } else if (c == '\n') {
            e = "\\n";
        } else if (c == '\t') {
            e = "\\t";
        } else if (c == '\r') {
            e = "\\r";
        } else if (c < 0x20 || c == 0x7f) {
            esc[0] = '\\', esc[1] = 'u', esc[2] = '0', esc[3] = '0';
            esc[4] = hex[c >> 4], esc[5] = hex[c & 15], esc[6] = 0;
            e = esc;
        }
        if (e) {
            if (precis_buf_append(out, s + i - run, run) != 0 || precis_buf_puts(out, e) != 0)
                return -1;
            run = 0;
        } else {
            run += k;
        }
        i += k;
    }
    return precis_buf_append(out, s + n - run, run);
}

int precis_json_string(precis_buf *out, const char *s, size_t n) {
    precis_buf_putc(out, '"');
    precis_json_chars(out, s, n);
    return precis_buf_putc(out, '"');
}

int precis_json_number(precis_buf *out, double x) {
    if (!isfinite(x)) x = 0;
    char tmp[48], num[48];
    int n = snprintf(tmp, sizeof tmp, "%.4g", x);
    if (n < 0 || (size_t)n >= sizeof tmp) n = snprintf(tmp, sizeof tmp, "0");
    size_t k = 0;
    int sep = 0;
    for (int i = 0; i < n; i++) {
        char c = tmp[i];
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == 'e') {
            num[k++] = c;
            sep = 0;
        } else if (!sep) { /* first byte of the locale's decimal separator */
            num[k++] = '.';
            sep = 1;
        }
    }
    return precis_buf_append(out, num, k);
}

int precis_json_raw(precis_buf *out, const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        const char *e = u[i] == 0xE2 ? separator_escape(u + i, n - i) : NULL;
        if (e) {
            if (precis_buf_append(out, s + i - run, run) != 0 || precis_buf_puts(out, e) != 0)
                return -1;
            run = 0;
            i += 2;
        } else {
            run++;
        }
    }
    return precis_buf_append(out, s + n - run, run);
}
