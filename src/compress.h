/*
 * compress.h - tighter key points (compress.c): the parts of a sentence a
 * copy editor would cut when it stands alone as a bullet, found by rules
 * and the word lists data/<lang>/compress-*.txt. Deletions only.
 */
#ifndef PRECIS_COMPRESS_H
#define PRECIS_COMPRESS_H

#include "precis_internal.h"

/* A kept part of a sentence: bytes [off, off + len) of the text. */
typedef struct precis_piece {
    size_t off, len;
} precis_piece;

/* Per-language rules data, built once per engine; read-only afterwards. */
typedef struct precis_compressor precis_compressor;
/* A language without lists still gets the language-free rules (brackets,
 * dashes). NULL on OOM. */
precis_compressor *precis_compressor_new(const char *lang, const precis_alloc *alc);
void precis_compressor_free(precis_compressor *c);

/* Scratch memory of precis_compress, reusable across calls. */
typedef struct precis_compress_scratch {
    precis_vec items;
} precis_compress_scratch;
void precis_compress_scratch_init(precis_compress_scratch *s, const precis_alloc *alc);
void precis_compress_scratch_free(precis_compress_scratch *s);

/*
 * Compresses the sentence text[off, off + len) (NFC UTF-8) with the rules
 * asked (PRECIS_COMPRESS_* bits). Appends the kept pieces to kept
 * (precis_piece, in text order, inside the sentence, not overlapping) and
 * returns how many: 1 piece equal to the whole sentence when nothing is cut.
 * Returns -1 on OOM.
 */
int precis_compress(const precis_compressor *c, unsigned rules, const char *text, size_t off,
                    size_t len, precis_compress_scratch *s, precis_vec *kept);

/* Most cuts made in one sentence. */
#define PRECIS_COMPRESS_MAX_CUTS 16

/*
 * The cuts that bring the sentence text[off, off + len) down towards a word
 * budget, in the order they are to be made, the least needed first: a
 * leading connective; tails from a comma to the end, right to left (an
 * attribution, a participial clause, an adverbial, a relative clause);
 * asides in brackets and between dashes; a leading source; leading
 * adverbials ("Dimanche matin à Venise, ", a date "Le 24 mars 1962, ", a
 * past participle before a preposition "Placée en garde à vue mercredi, ");
 * appositions between commas (", le dernier témoin du procès,");
 * non-restrictive relative clauses; last, any tail from a comma. A tail or
 * an adverbial goes only when what is left has a verb of its own: a word of
 * the finite-verbs list or with one of its endings (not one the not-finite
 * list names, "front", "lait"), such a word after an elision ("c'est",
 * "qu'a"), or a subject pronoun ("elle redit"). A tail of a known kind ends
 * where the tail after it starts; a tail of no known kind runs across the
 * others of no known kind after it, so that no set of cuts leaves one of
 * them hanging.
 * Each cut assumes the ones before it; together they leave at least
 * MIN_WORDS words. Writes them to cuts (at most PRECIS_COMPRESS_MAX_CUTS,
 * precis_piece: the bytes removed) and returns how many; -1 on OOM. The
 * first *always cuts (the connectives, which point to a sentence not
 * shown) are to be made whenever the sentence is cut at all.
 */
int precis_compress_cuts(const precis_compressor *c, const char *text, size_t off, size_t len,
                         precis_compress_scratch *s, precis_piece *cuts, size_t *always);

/* Appends to kept the pieces of text[off, off + len) that the cuts
 * cuts[0..k) leave, as precis_compress does; returns their count, -1 on
 * OOM. */
int precis_compress_keep(size_t off, size_t len, const precis_piece *cuts, size_t k,
                         precis_vec *kept);

/*
 * Appends the text of a compressed sentence to out (no NUL): the pieces'
 * bytes concatenated, white-space runs collapsed to one space and trimmed,
 * as the brief does for every sentence; when the first piece starts after
 * sent_off (the sentence's start was cut), its first letter is upper-cased.
 * Returns 0 or -1 on OOM.
 */
int precis_compress_render(const char *text, size_t sent_off, const precis_piece *pieces, size_t n,
                           precis_buf *out);

#endif /* PRECIS_COMPRESS_H */
