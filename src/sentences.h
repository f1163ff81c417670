/*
 * sentences.h - sentence splitting on its own (sentences.c): the text into
 * blocks (blank lines, and single line breaks that are not inside a wrapped
 * line), each block through the segmenter (segment.h).
 */
#ifndef PRECIS_SENTENCES_H
#define PRECIS_SENTENCES_H

#include "base.h"
#include "precis.h"

/* Appends to blocks (precis_paragraph) the blocks of normalized text [0,
 * len): cut at blank lines, and at single line breaks except inside a
 * wrapped line (precis.h, "sentences"). Returns 0 or -1 on OOM. */
int precis_sentence_blocks(const char *text, size_t len, precis_vec *blocks);

/* Sets the id written back by precis_sentences_render: raw JSON text of the
 * record's "id". 0, or -1 when out of memory. */
int precis_sentences_set_id(precis_sentences *s, const char *json, size_t n);

#endif /* PRECIS_SENTENCES_H */
