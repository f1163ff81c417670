/*
 * segment.h - paragraphs into sentences (segment.c).
 */
#ifndef PRECIS_SEGMENT_H
#define PRECIS_SEGMENT_H

#include "base.h"

typedef struct precis_sentence {
    size_t off, len;           /* in the normalized text, trimmed */
    size_t para;               /* index of its paragraph */
    size_t tok_begin, tok_end; /* range in the token array */
} precis_sentence;

/* Per-language segmentation data (abbreviations etc.), built once. */
typedef struct precis_segmenter precis_segmenter;
precis_segmenter *precis_segmenter_new(const char *lang, const precis_alloc *alc);
void precis_segmenter_free(precis_segmenter *s);
/* Appends the sentences of one paragraph [off, off+len) of text to out
 * (precis_sentence, para set to para_index). Sentences glued without a space
 * ("fin.Début", `fin."Début`) and list items ("1. ... 2. ...") are split,
 * and so, in a language with data/<lang>/camel-openers.txt, is a heading
 * glued to the next sentence with no space nor stop ("sanitaireLa"; not
 * brands, code, paths, hashtags nor URLs); single line breaks are white
 * space (blocks: sentences.h). Returns 0 or -1 on OOM. */
int precis_segment(const precis_segmenter *s, const char *text, size_t off, size_t len,
                   size_t para_index, precis_vec *out);

#endif /* PRECIS_SEGMENT_H */
