/*
 * precis_internal.h - the library's modules, each with its contract in its
 * own header (included here), and what the brief object offers its
 * front ends inside the library.
 * Not installed. Every name keeps the precis_ / PRECIS_ prefix (pc_ for
 * short internal helpers is not used, to keep one prefix).
 */
#ifndef PRECIS_INTERNAL_H
#define PRECIS_INTERNAL_H

#include "base.h"       /* allocation, errors, buffers and arrays */
#include "languages.h"  /* the table of languages */
#include "langid.h"     /* language identification */
#include "lexicon.h"    /* word classes of every stage, one probe a word */
#include "normalize.h"  /* the input as NFC UTF-8, offsets kept */
#include "paragraphs.h" /* headline and paragraphs */
#include "segment.h"    /* sentences */
#include "stem.h"       /* Snowball stemmers */
#include "text.h"       /* the text kernel: decoding, spaces, classes, folding */
#include "tokenize.h"   /* tokens */
#include "wordlist.h"   /* the word lists of data/ */

/* ------------------------------------------------------------------ brief */

/* Sets the id of a brief to the raw JSON text of the record's "id" value
 * (e.g. "\"a1\"" or "42"). Returns 0 or -1 on OOM. */
int precis_brief_set_id(precis_brief *b, const char *json, size_t n);
/* Page metadata of a brief made from a web page, in this order; rendered as
 * the JSON "page" object. */
#define PRECIS_PAGE_FIELDS 7
extern const char *const precis_page_field_names[PRECIS_PAGE_FIELDS];
/* Copies fields[0..PRECIS_PAGE_FIELDS) (NULL as empty) into the brief;
 * -1 when out of memory. */
int precis_brief_set_page(precis_brief *b, const char *const *fields);
/* precis_brief_text for the article text extracted from a web page
 * (precis_brief_html): the sections made for it use the pages' settings
 * (precis_sections_params_page). */
precis_brief *precis_brief_page_text(const precis_engine *e, const char *text, size_t len,
                                     const precis_options *opts, precis_error *err);
/* Field i of the page metadata, or NULL when the brief has none. */
const char *precis_brief_page_field(const precis_brief *b, size_t i);
/* Appends a warning (copied) to a brief. Returns 0 or -1 on OOM. */
int precis_brief_add_warning(precis_brief *b, const char *msg);
/* The checks every entry point makes on its input: an engine, text unless
 * len is 0, len within opts->max_input_bytes. Returns the options to use
 * (in *defaults when opts is NULL or has a limit of 0, which means its
 * default) or NULL with err set (PRECIS_ERR_INVALID_ARG, PRECIS_ERR_TOO_LARGE). */
const precis_options *precis_input_check(const precis_engine *e, const char *in, size_t len,
                                         const precis_options *opts, precis_options *defaults,
                                         precis_error *err);
/* The key points options ask for at most: options.points, or for
 * PRECIS_POINTS_AUTO 3 without a word budget and no cap with one. */
unsigned precis_points_wanted(const precis_options *o);
/* The JSON type a JSON Lines record gives option `name` in (options.c):
 * 'n' an integer, 's' a string, 'b' a boolean; 0 for no such option. */
int precis_option_type(const char *name);
/* The engine a brief was made by (for its allocator). */
const precis_engine *precis_brief_engine(const precis_brief *b);
const precis_alloc *precis_engine_alloc(const precis_engine *e);

#endif /* PRECIS_INTERNAL_H */
