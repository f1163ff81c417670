/*
 * page.h - a web page as the command and the server print it (page.c), and
 * how either tells a page from plain text.
 */
#ifndef PRECIS_CLI_PAGE_H
#define PRECIS_CLI_PAGE_H

#include "precis.h"

#include <stddef.h>
#include <stdio.h>

/* True if s looks like an HTML page rather than plain text: after an optional
 * BOM and whitespace it starts with <!doctype html, <html, or a tag with a
 * <body>, <head>, <div> or <p> tag in its first 4 KiB. A UTF-16 BOM is
 * followed by the same in 16-bit units. */
int cli_looks_html(const char *s, size_t n);

/* Writes an extracted page: its title and text (json 0), or one JSON object
 * with title, date, author, site, url, lang, charset, text and warnings
 * followed by a newline (json 1), made by the library's JSON writer. Returns
 * 0, or -1 when out of memory (nothing written). */
int cli_print_page(const precis_page *p, int json, const char *file, FILE *out);

#endif /* PRECIS_CLI_PAGE_H */
