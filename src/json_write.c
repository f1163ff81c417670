/*
 * json_write.c - the JSON writer (json_write.h): strings, numbers and raw
 * JSON text into a growable buffer.
 */
#include "json_write.h"

#include "precis_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* The hundred pairs of decimal digits, "00" to "99": numbers are written
 * two digits a division. */
static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                            "25262728293031323334353637383940414243444546474849"
                            "50515253545556575859606162636465666768697071727374"
                            "75767778798081828384858687888990919293949596979899";

/* Escape of U+2028/U+2029 (E2 80 A8/A9), or NULL for any other character. */
static const char *separator_escape(const unsigned char *u, size_t n) {
    if (n < 3 || u[0] != 0xE2 || u[1] != 0x80) return NULL;
    return u[2] == 0xA8 ? "\\u2028" : u[2] == 0xA9 ? "\\u2029" : NULL;
}

/* ASCII bytes written as they are: printable, not '"' nor '\\'. */
static int json_plain(unsigned char c) {
    return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
}

int precis_json_chars(precis_buf *out, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    size_t run = 0, i = 0; /* s[i - run, i) is copied as is */
    while (i < n) {
        /* most characters need no look at all: a tight loop over them, and
         * over well-formed characters of two bytes (accented letters) */
        size_t from = i;
        for (;;) {
            if (i < n && json_plain(u[i]))
                i++;
            else if (i + 1 < n && u[i] >= 0xC2 && u[i] <= 0xDF && (u[i + 1] & 0xC0) == 0x80)
                i += 2;
            else
                break;
        }
        run += i - from;
        if (i == n) break;
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

/* "%.4g" of x without printf for 1e-4 <= |x| < 9999.5, where it prints
 * fixed-point digits: scores and saliences, several per brief. Returns the
 * length written to num, or 0 when printf must decide (other magnitudes, or
 * a rounding too close to a tie to trust the scaled double). */
static size_t fixed4(double x, char *num) {
    static const double pow10[] = {1e-4, 1e-3, 1e-2, 1e-1, 1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7};
    double a = fabs(x);
    if (!(a >= 1e-4 && a < 9999.5)) return 0;
    int e = -4; /* 10^e <= a < 10^(e+1) */
    while (e < 3 && a >= pow10[e + 5])
        e++;
    double scaled = a * pow10[3 - e + 4], fl = floor(scaled);
    if (fabs(scaled - fl - 0.5) < 1e-6) return 0;
    long r = (long)fl + (scaled - fl > 0.5);
    if (r >= 10000) {
        r /= 10;
        if (++e > 3) return 0;
    }
    char d[4]; /* r's four digits (r < 10000) */
    memcpy(d, pairs + 2 * (r / 100), 2);
    memcpy(d + 2, pairs + 2 * (r % 100), 2);
    int last = 3; /* last significant digit shown: trailing zeros of the fraction go */
    while (last > e && last > 0 && d[last] == '0')
        last--;
    size_t k = 0;
    if (x < 0) num[k++] = '-';
    if (e < 0) {
        num[k++] = '0';
        num[k++] = '.';
        for (int i = -1; i > e; i--)
            num[k++] = '0';
        for (int i = 0; i <= last; i++)
            num[k++] = d[i];
    } else {
        for (int i = 0; i <= e; i++)
            num[k++] = d[i];
        if (last > e) num[k++] = '.';
        for (int i = e + 1; i <= last; i++)
            num[k++] = d[i];
    }
    return k;
}

int precis_json_number(precis_buf *out, double x) {
    if (!isfinite(x)) x = 0;
    char tmp[48], num[48];
    size_t fast = fixed4(x, num);
    if (fast) return precis_buf_append(out, num, fast);
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

/* Room for n more bytes of out (and its NUL), for writing in place: the
 * test inline, growing out of line. 0, or -1 when out of memory. */
static inline int room(precis_buf *out, size_t n) {
    return (out->oom || n >= out->cap - out->len) ? precis_buf_reserve(out, n) : 0;
}

/* Writes x in decimal at p (room for 20 digits); returns the end. Two
 * digits a division (spans' offsets have four or five digits). */
static char *uint_at(char *p, size_t x) {
    size_t digits = 1;
    for (size_t y = x; y >= 10; y /= 10)
        digits++;
    char *end = p + digits;
    p = end;
    for (; x >= 100; x /= 100) {
        p -= 2;
        memcpy(p, pairs + 2 * (x % 100), 2);
    }
    if (x >= 10) {
        p -= 2;
        memcpy(p, pairs + 2 * x, 2);
    } else {
        *--p = (char)('0' + x);
    }
    return end;
}

/* The end of what was written in place at out->data + out->len. */
static int written(precis_buf *out, char *end) {
    out->len = (size_t)(end - out->data);
    *end = 0;
    return 0;
}

int precis_json_uint(precis_buf *out, size_t x) {
    if (room(out, 20) != 0) return -1;
    return written(out, uint_at(out->data + out->len, x));
}

int precis_json_span(precis_buf *out, size_t start, size_t end) {
    static const char open[] = "{\"start\":", mid[] = ",\"end\":";
    if (room(out, sizeof open + sizeof mid + 2 * 20) != 0) return -1;
    char *p = out->data + out->len;
    memcpy(p, open, sizeof open - 1);
    p = uint_at(p + sizeof open - 1, start);
    memcpy(p, mid, sizeof mid - 1);
    p = uint_at(p + sizeof mid - 1, end);
    *p++ = '}';
    return written(out, p);
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
