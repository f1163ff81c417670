/*
 * rouge.h - ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum for precis-eval.
 *
 * Definitions (docs/evaluation.md has the full text):
 *   tokens   maximal runs of Unicode letters (L*) and digits (N*) of the text
 *            after NFC + case folding; optionally Snowball-stemmed.
 *   ROUGE-N  clipped n-gram overlap over the whole token sequence;
 *            P = overlap / pred n-grams, R = overlap / ref n-grams.
 *   ROUGE-L  LCS of the whole token sequences (newlines ignored).
 *   Lsum     Google rouge_score's "rougeLsum": texts split on '\n', union LCS
 *            of each reference sentence with all prediction sentences, hits
 *            clipped by token counts.
 *   F1 = 2PR / (P + R), 0 when P + R = 0. An empty prediction or reference
 *   (no token) scores 0 on every metric.
 * Several references: every metric keeps its best F1 over the references
 * (with that reference's P and R).
 *
 * A rouge_ctx interns tokens to integer ids; it is not thread-safe.
 */
#ifndef PRECIS_EVAL_ROUGE_H
#define PRECIS_EVAL_ROUGE_H

#include <stddef.h>
#include <stdint.h>

typedef struct rouge_prf {
    double p, r, f;
} rouge_prf;

enum { ROUGE_1, ROUGE_2, ROUGE_L, ROUGE_LSUM, ROUGE_NMETRICS };

typedef struct rouge_scores {
    rouge_prf m[ROUGE_NMETRICS];
} rouge_scores;

/* A tokenized text: ids, and the end (exclusive token index) of each
 * newline-separated sentence. Lines without a token are not recorded. */
typedef struct rouge_seq {
    uint32_t *tok;
    size_t n, cap;
    size_t *sent_end;
    size_t nsent, sent_cap;
} rouge_seq;

typedef struct rouge_ctx rouge_ctx;

/* stem_lang: ISO 639-1 code of the Snowball stemmer to apply, or NULL for no
 * stemming. Returns NULL on OOM or when the stemmer cannot be made. */
rouge_ctx *rouge_new(const char *stem_lang);
void rouge_free(rouge_ctx *ctx);

void rouge_seq_init(rouge_seq *s);
void rouge_seq_free(rouge_seq *s);
void rouge_seq_clear(rouge_seq *s);

/* Tokenizes text (UTF-8, need not be NUL-terminated) and appends its tokens
 * to seq; '\n' ends a sentence. Returns 0 or -1 on OOM / invalid UTF-8 that
 * utf8proc rejects. */
int rouge_tokenize(rouge_ctx *ctx, const char *text, size_t len, rouge_seq *seq);
/* Appends all of src to dst as one more sentence (src's sentence
 * boundaries are kept). Returns 0 or -1 on OOM. */
int rouge_seq_append(rouge_seq *dst, const rouge_seq *src);

/* Scores pred against one reference. Returns 0 or -1 on OOM. */
int rouge_score(rouge_ctx *ctx, const rouge_seq *pred, const rouge_seq *ref, rouge_scores *out);
/* Scores pred against nref references, best F1 per metric. nref = 0 gives
 * zeros. Returns 0 or -1 on OOM. */
int rouge_score_multi(rouge_ctx *ctx, const rouge_seq *pred, const rouge_seq *refs, size_t nref,
                      rouge_scores *out);

/* ROUGE-N F1 only (n = 1 or 2), for the oracle's inner loop. Returns -1 on
 * OOM, else the F1. */
double rouge_n_f1(rouge_ctx *ctx, const rouge_seq *pred, const rouge_seq *ref, int n);

#endif /* PRECIS_EVAL_ROUGE_H */
