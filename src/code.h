/*
 * code.h - program code inside an article's text (code.c).
 *
 * Some articles carry the script of a video player or a widget glued to
 * their text: `window.pvp_4f2 = new Pvp('dm', {idDM: "x7", mediaType:
 * "dm-public"}, { 'domNode': "pvpContainer_4f2", "mute": true })`. Its
 * quoted strings are no quotations and its words no names, so the stages
 * that read words (quotes.c, entities.c) leave the spans found here.
 *
 * Code is found by its shapes, never by a known string:
 *  - an object literal: "{" and two "key: value" pairs or more, the keys
 *    bare identifiers or identifiers in quotes ("{ 'a': 1, "b": x }");
 *  - an assignment whose target is an identifier with a "." or "_" (or
 *    after var, let, const) and whose value opens with new, function, a
 *    bracket or a quote ("window.x_1 = new Pvp(");
 *  - "function (…) {".
 * A span opens at the statement that holds the shape (back over the words
 * that end with "(", ",", "[", "{", ":" or "=" and hold a bracket, a quote,
 * "=" or "_", over new, return, var, let, const, and over the target of an
 * "="), and closes where its brackets close (a ";" after them included),
 * or at a ";" outside brackets, or at the end of the paragraph; strings in
 * quotes are passed whole, "\" escapes honoured. Linear in the text.
 */
#ifndef PRECIS_CODE_H
#define PRECIS_CODE_H

#include "base.h"
#include "paragraphs.h"

typedef struct precis_code_span {
    size_t off, len; /* in the normalized text */
} precis_code_span;

/* Every span of code in the n paragraphs of text, in text order, appended
 * to out (precis_code_span; cleared first). 0, or -1 when out of memory. */
int precis_code_spans(const char *text, const precis_paragraph *paras, size_t n, precis_vec *out);

/* Whether byte off lies in one of the n spans (sorted, as precis_code_spans
 * makes them). */
int precis_code_at(const precis_code_span *spans, size_t n, size_t off);

#endif /* PRECIS_CODE_H */
