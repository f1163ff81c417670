/*
 * json_write.h - the one JSON writer (RFC 8259) of briefs, pages and error
 * objects, in the library, the command and the server alike. Strings are
 * always valid UTF-8 JSON, and U+2028/U+2029, legal in JSON but line breaks
 * to JavaScript, are escaped everywhere, raw JSON text included. Internal,
 * not installed.
 */
#ifndef PRECIS_JSON_WRITE_H
#define PRECIS_JSON_WRITE_H

#include <stddef.h>

struct precis_buf;

/*
 * Appends s[0, n) as the body of a JSON string (no quotes): '"' and '\'
 * escaped, \n \t \r as such, other control characters and DEL as \u00XX,
 * U+2028/U+2029 as \u2028/\u2029, each ill-formed UTF-8 subpart (text.h)
 * as U+FFFD, everything else as is. Returns 0 or -1 on OOM.
 */
int precis_json_chars(struct precis_buf *out, const char *s, size_t n);

/* precis_json_chars between double quotes. */
int precis_json_string(struct precis_buf *out, const char *s, size_t n);

/*
 * A JSON number with 4 significant digits ("%.4g"), whatever LC_NUMERIC the
 * host program set; NaN and infinities, which JSON lacks, are written as 0.
 */
int precis_json_number(struct precis_buf *out, double x);

/* A non-negative integer, in decimal: spans and counts, written without
 * printf because a brief holds hundreds of them. */
int precis_json_uint(struct precis_buf *out, size_t x);

/* The object {"start":start,"end":end} of a byte span. */
int precis_json_span(struct precis_buf *out, size_t start, size_t end);

/* Raw JSON text made elsewhere (jansson's dump of a record's id) with
 * U+2028/U+2029, which jansson leaves as is, escaped. */
int precis_json_raw(struct precis_buf *out, const char *s, size_t n);

#endif /* PRECIS_JSON_WRITE_H */
