/*
 * eval.h - modules of precis-eval shared by main.c: reading the evaluation
 * sets and peer outputs (data.c), the budgets and baselines (systems.c),
 * Open Text Summarizer runs (ots.c) and the report (report.c).
 */
#ifndef PRECIS_EVAL_H
#define PRECIS_EVAL_H

#include "rouge.h"

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ------------------------------------------------------------------ data */

/* One article of a set. Strings are NUL-terminated copies. */
typedef struct ev_record {
    char *id, *lang, *title, *text;
    size_t title_len, text_len;
    char **refs; /* reference texts; bullets joined by '\n' */
    size_t nref;
} ev_record;

/* Parses one JSONL line {id, lang, title?, text, summary | summaries[],
 * summary_bullets?}. Returns 0, or -1 with a message in err. */
int ev_record_parse(const char *line, size_t len, ev_record *out, char *err, size_t errlen);
void ev_record_free(ev_record *r);

/* The summaries of one peer system, sorted by id. */
typedef struct ev_peer_item {
    char *id, *text;
} ev_peer_item;

typedef struct ev_peer {
    char *name;
    ev_peer_item *items;
    size_t n;
} ev_peer;

/* Loads DIR/<base>.<peer>.jsonl for the set file set_path (base = its file
 * name without ".jsonl"), peers sorted by name. Returns 0 or -1 (message on
 * stderr). A missing directory is an error. */
int ev_peers_load(const char *dir, const char *set_path, ev_peer **out, size_t *n);
/* The peer's summary for id, or NULL. */
const char *ev_peer_find(const ev_peer *p, const char *id);
void ev_peers_free(ev_peer *p, size_t n);

/* Summary text of a JSON object: "summary_bullets" joined by '\n' when it is a
 * non-empty array of strings, else "summary", else NULL. malloc'd. */
char *ev_summary_text(const json_t *obj);

/* --------------------------------------------------------------- systems */

typedef enum ev_budget_kind { EV_POINTS, EV_WORDS, EV_RATIO } ev_budget_kind;

typedef struct ev_budget {
    ev_budget_kind kind;
    unsigned n;   /* sentences (EV_POINTS) or words (EV_WORDS) */
    double ratio; /* EV_RATIO */
} ev_budget;

/* The budget for an article of n sentences: at most *k sentences and, when
 * *w > 0, at most *w words (at least one sentence is always taken). */
void ev_budget_resolve(const ev_budget *b, size_t n, size_t *k, size_t *w);

/* Words of a text as precis counts them for its word budget: tokens of
 * precis_tokenize that contain a letter or a digit. */
size_t ev_count_words(const char *text, size_t len);

/* Takes sentences from order[0..n_order) while the count stays <= k and the
 * words (when w > 0) stay <= w, always at least one; stops at the first
 * sentence that does not fit. Writes them sorted by index to out and returns
 * how many. */
size_t ev_take(const size_t *order, size_t n_order, const size_t *words, size_t k, size_t w,
               size_t *out);
/* qsort comparator for size_t (sentence indices in ascending order). */
int ev_cmp_size(const void *a, const void *b);
/* Lead: the first sentences. */
size_t ev_lead(size_t n, const size_t *words, size_t k, size_t w, size_t *out);
/* Random: a seeded shuffle of the sentences, then ev_take. scratch holds n. */
size_t ev_random(size_t n, const size_t *words, size_t k, size_t w, uint64_t seed, size_t *scratch,
                 size_t *out);
/* ROUGE-1 F1 + ROUGE-2 F1 of pred against the best reference (per metric);
 * -1 on OOM. The oracle's objective. */
double ev_gain(rouge_ctx *ctx, const rouge_seq *pred, const rouge_seq *refs, size_t nref);
/* Oracle: greedily adds the sentence that most raises ROUGE-1 F1 + ROUGE-2 F1
 * against the best reference, among those that fit the budget; stops when
 * nothing raises it or the budget is spent. With a word budget w its first
 * sentence may pass w (as Lead's may) unless strict: the strict oracle, like
 * precis, takes only sentences that fit. sents[i] is sentence i tokenized.
 * Returns the count (sorted in out) or -1 on OOM. */
long ev_oracle(rouge_ctx *ctx, const rouge_seq *sents, size_t n, const size_t *words, size_t k,
               size_t w, int strict, const rouge_seq *refs, size_t nref, size_t *out);

/* A 64-bit hash of a string, to seed per-article random draws. */
uint64_t ev_hash(const char *s);
uint64_t ev_rand(uint64_t *state);

/* ------------------------------------------------------------------- ots */

/* Runs the ots binary on text with the dictionary lang and maps its summary
 * back to the article's sentences (sent_text[i], sent_len[i]): a sentence is
 * selected when its first 48 bytes (whitespace collapsed) occur in ots's
 * output. For a word budget w > 0, ots is asked for w words' share of the
 * article; otherwise the ratio is searched so that ots picks k sentences.
 * Returns the count (sorted in out), or -1 if ots cannot be run. */
long ev_ots(const char *text, size_t len, const char *lang, const char *const *sent_text,
            const size_t *sent_len, size_t n, const size_t *words, size_t k, size_t w, size_t *out);

/* ---------------------------------------------------------------- report */

/* Score of one system on one article. */
typedef struct ev_row {
    rouge_scores s;
    double words;
} ev_row;

typedef struct ev_system {
    char *name;
    ev_row *rows; /* one per article, in set order */
    size_t n, cap;
    size_t missing; /* articles it had no output for (scored as empty) */
} ev_system;

int ev_system_push(ev_system *s, const ev_row *row);

/* Writes the Markdown tables: F1 x100 with 95% bootstrap intervals (B
 * resamples of the articles, shared by all systems, seeded), mean words;
 * with full, the intervals as [lo, hi] and a precision/recall table. */
void ev_report(FILE *out, const ev_system *sys, size_t nsys, size_t narticles, unsigned B,
               uint64_t seed, int full);

/* ----------------------------------------------------------------- train */

/* `precis-eval train ...` (argv[0] = "train"): learns the scorer's weights;
 * returns the exit status. */
int ev_train_main(int argc, char **argv);

/* -------------------------------------------------------------- keywords */

/* `precis-eval keywords FILE ...` (argv[0] = "keywords"): F1@k of the
 * keyphrases; returns the exit status. */
int ev_keywords_main(int argc, char **argv);
/* `precis-eval quotes FILE ...`: lists the quotations found; exit status. */
int ev_quotes_main(int argc, char **argv);
/* `precis-eval entities FILE ...`: lists the named entities found. */
int ev_entities_main(int argc, char **argv);
/* `precis-eval ner GOLD.tsv FILE`: quotes (and entities) against gold. */
int ev_ner_main(int argc, char **argv);
/* precis-eval segment FILE: the splitter on a case file; precis-eval glued
 * FILE: sentences glued without a space, split or not (segment.c). */
int ev_segment_main(int argc, char **argv);
int ev_glued_main(int argc, char **argv);

#endif /* PRECIS_EVAL_H */
