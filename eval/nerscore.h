/*
 * nerscore.h - gold entities and quotes (tests/data/annotations/, one TSV per language, the
 * format of docs/annotation.md) and their scoring against predictions:
 * exact-span P/R/F1 of entity mentions (untyped and typed) and of quotes,
 * and speaker accuracy over the matched quotes. No I/O beyond the loader;
 * offsets are bytes of the record's "text".
 */
#ifndef PRECIS_EVAL_NERSCORE_H
#define PRECIS_EVAL_NERSCORE_H

#include <stddef.h>
#include <stdio.h>

enum { NER_PERSON, NER_PLACE, NER_ORGANISATION, NER_OTHER, NER_TYPES };

typedef struct ner_mention {
    size_t start, end;
    int type;      /* NER_* */
    size_t entity; /* index of the entity (gold: into ner_article.names) */
} ner_mention;

typedef struct ner_quote {
    size_t start, end;
    char *speaker; /* gold: the annotated speaker, NULL for "-" */
} ner_quote;

typedef struct ner_article {
    char *id;
    ner_mention *ments;
    size_t n_ments;
    char **names; /* entity names, one per entity index */
    size_t n_names;
    ner_quote *quotes;
    size_t n_quotes;
} ner_article;

typedef struct ner_gold {
    ner_article *arts;
    size_t n;
} ner_gold;

/* Reads a gold file; -1 with a message "line N: ..." in err on a malformed
 * line (err may be NULL). Articles keep their first-appearance order. */
int ner_gold_load(FILE *f, ner_gold *g, char *err, size_t errsz);
void ner_gold_free(ner_gold *g);
const ner_article *ner_gold_find(const ner_gold *g, const char *id);
int ner_type_parse(const char *s); /* NER_* or -1 */

/* Counts summed over articles. */
typedef struct ner_counts {
    size_t gold, pred, tp, tp_typed; /* entity mentions */
    /* conf[g][p]: mentions of gold type g predicted with type p, NER_TYPES
     * standing for none (conf[g][NER_TYPES] missed, conf[NER_TYPES][p]
     * found where the gold has no mention of that span) */
    size_t conf[NER_TYPES + 1][NER_TYPES + 1];
    size_t q_gold, q_pred, q_tp; /* quotes */
    size_t q_spk_gold, q_spk_ok; /* matched quotes; with a right speaker */
} ner_counts;

/* Entity mentions: a prediction is a true positive when a gold mention has
 * the same [start, end) (each gold mention matched once); typed also needs
 * the same type. Predicted entity indexes are not scored here. */
void ner_score_mentions(const ner_article *gold, const ner_mention *pred, size_t n_pred,
                        ner_counts *c);

/* The matching ner_score_mentions counts: gold_of[i] is the index of the
 * gold mention that prediction i matches, or (size_t)-1; pred_of[j] (may
 * be NULL) the prediction that gold mention j matched, or (size_t)-1.
 * -1 on OOM. */
int ner_match_mentions(const ner_article *gold, const ner_mention *pred, size_t n_pred,
                       size_t *gold_of, size_t *pred_of);

/* A predicted quote: its span and its speaker as text ([spk_start,
 * spk_end) in text, or spk_text NULL for none). */
typedef struct ner_pred_quote {
    size_t start, end;
    const char *spk_text; /* NULL: no speaker */
    size_t spk_len;
    size_t spk_start, spk_end; /* where the speaker's words are, when known */
} ner_pred_quote;

/* Quotes by exact span; over the matched ones, the speaker is right when
 * both are none, or the strings are equal after whitespace collapse and
 * ASCII case folding, or the predicted speaker's span overlaps a gold
 * mention of the entity named by the gold speaker. */
void ner_score_quotes(const ner_article *gold, const ner_pred_quote *pred, size_t n_pred,
                      ner_counts *c);
/* Whether pred's speaker is right for the gold quote q (the rule above). */
int ner_speaker_right(const ner_article *gold, const ner_quote *q, const ner_pred_quote *pred);

/* 0 when the denominator is 0. */
double ner_prf(size_t tp, size_t gold, size_t pred, double *p, double *r);

#endif /* PRECIS_EVAL_NERSCORE_H */
