/*
 * paragraphs.h - a text into a headline and paragraphs (paragraphs.c).
 */
#ifndef PRECIS_PARAGRAPHS_H
#define PRECIS_PARAGRAPHS_H

#include "base.h"

typedef struct precis_paragraph {
    size_t off, len; /* in the normalized text; trimmed, original spacing */
} precis_paragraph;

/*
 * Splits normalized text into an optional headline and paragraphs. The first
 * line is the title when it is short (<= 200 bytes, <= 25 words), is followed
 * by a line break, and has no sentence-final punctuation. Blank lines separate
 * paragraphs; with no blank line at all, each line is a paragraph.
 * title_off/title_len = (0,0) when no title was found. paras is cleared
 * first. Returns 0 or -1 on OOM.
 */
int precis_split_paragraphs(const char *text, size_t len, size_t *title_off, size_t *title_len,
                            precis_vec *paras /* precis_paragraph */);

#endif /* PRECIS_PARAGRAPHS_H */
