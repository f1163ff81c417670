/*
 * doc.h - the analysed document shared by scoring and selection, and the
 * per-thread workspace that holds its scratch memory.
 */
#ifndef PRECIS_DOC_H
#define PRECIS_DOC_H

#include "compress.h"
#include "sections.h"
#include "model_params.h"
#include "precis_internal.h"

/* One weighted term of a sentence vector (tf-idf), terms ascending. */
typedef struct precis_wterm {
    uint32_t term;
    float w; /* tf-idf */
    float c; /* occurrences in the sentence */
} precis_wterm;

/* Features of a sentence, in the order of the weights file. */
enum {
    PRECIS_F_BIAS,
    PRECIS_F_POS_INV,    /* 1 / (1 + sentence index) */
    PRECIS_F_FIRST,      /* first sentence of the article */
    PRECIS_F_POS_REL,    /* index / number of sentences */
    PRECIS_F_PARA_FIRST, /* first sentence of its paragraph */
    PRECIS_F_PARA_INV,   /* 1 / (1 + paragraph index) */
    PRECIS_F_LEXRANK,    /* LexRank centrality, max scaled to 1 */
    PRECIS_F_CENTROID,   /* cosine with the document's tf-idf centroid */
    PRECIS_F_TITLE,      /* share of the title's content terms present */
    PRECIS_F_LOGLEN,     /* log(1 + words) */
    PRECIS_F_SHORT,      /* fewer than 8 words */
    PRECIS_F_LONG,       /* more than 45 words */
    PRECIS_F_NUM,        /* share of tokens that are numbers */
    PRECIS_F_CAPS,       /* share of non-initial words that are capitalized */
    PRECIS_F_QUOTE,      /* has quotation marks */
    PRECIS_F_QUESTION,   /* ends with a question or exclamation mark */
    PRECIS_F_SECOND,     /* second sentence of the article */
    PRECIS_F_THIRD,      /* third sentence of the article */
    PRECIS_F_FIRST_SIM,  /* cosine with the first sentence (0 for the first) */
    PRECIS_F_LONE,       /* short sentence alone in its paragraph: byline, caption */
    PRECIS_F_FIRST_PARA, /* in the first paragraph that has sentences */
    PRECIS_F_WORDS,      /* words / 50: with loglen, lets the model prefer a length */
    /* Texts without paragraph breaks (wire copy, scraped pages) lose the
     * paragraph cues, so position and length get their own weights there: */
    PRECIS_F_FLAT_POS,    /* pos_inv, in a text of one paragraph */
    PRECIS_F_FLAT_WORDS,  /* words / 50, in a text of one paragraph */
    PRECIS_F_OVERLAP,     /* summed content-word overlap with the other sentences
                             (degree centrality on raw counts), max scaled to 1 */
    PRECIS_F_QUOTE_START, /* opens with a quotation mark: direct speech */
    PRECIS_F_LABEL,       /* opens with a label of 1-3 words and a colon
                             ("Tragic: ...", "Pictured: ..."): a caption */
    PRECIS_F_UNENDED,     /* no final punctuation: a caption or a line, not
                             a sentence */
    PRECIS_NFEAT
};

typedef struct precis_doc {
    const char *text; /* normalized text */
    const precis_sentence *sents;
    size_t n_sents; /* sentences considered (<= max_sentences) */
    const precis_token *toks;
    size_t n_terms;              /* vocabulary size */
    const uint32_t *title_terms; /* distinct content terms of the title */
    size_t n_title_terms;
    size_t n_paras;
    unsigned budget_points; /* the brief's budget: options.points, and */
    unsigned budget_words;  /* options.words (0 = none) */
    /* filled by precis_score: */
    precis_wterm *vec; /* all sentence vectors, back to back */
    size_t *vec_off;   /* sentence i: vec[vec_off[i] .. vec_off[i+1]) */
    float *vec_norm;   /* Euclidean norms */
    size_t *words;     /* word count per sentence */
    int extract_model; /* scored with the extract weights (precis_budget_is_extract) */
    /* set by the caller of precis_select: 2 * n_sents doubles of scratch,
     * and each sentence's section (an index, NULL when there are none) */
    double *select_scratch;
    const uint32_t *section;
} precis_doc;

/* Per-thread scratch, reused across briefs (owned by the engine's pool). */
typedef struct precis_workspace {
    struct precis_workspace *next;
    const precis_alloc *alc;
    precis_stemmer *stemmers[PRECIS_MAX_LANGS];
    precis_buf fold;
    precis_vec tokens;   /* precis_token */
    precis_vec slots;    /* vocabulary hash: uint64 (hash<<32 | id+1) */
    precis_vec term_str; /* size_t offsets of each term's stem in stems */
    precis_buf stems;
    precis_buf folded;      /* the tokens' folded forms (precis_analysis.folded) */
    precis_vec title_terms; /* uint32_t */
    precis_vec u32;         /* scratch counts per term */
    precis_vec f64;         /* scratch doubles */
    precis_vec vec, vec_off, vec_norm, words;
    precis_vec lexrank, scores, feats, chosen;
    /* key-point compression: kept pieces of the compressed sentences
     * (sentence i: piece_at[2i] first, piece_at[2i+1] count) and the words
     * each keeps */
    precis_compress_scratch cscratch;
    precis_sections_scratch sscratch; /* the sections stage's */
    precis_vec pieces, piece_at, cwords;
    precis_vec sect_of; /* uint32_t: each considered sentence's section */
} precis_workspace;

/* Whether the budget asks for an extract, scored with the extract model:
 * at least precis_params.extract_min_points sentences and
 * precis_params.extract_share of the article (model_params.h). */
int precis_budget_is_extract(const precis_doc *d);

/* Scores every considered sentence (scores[i]); fills the vectors in doc.
 * weights (PRECIS_NFEAT entries) score briefs; extract_weights, if not
 * NULL, extracts (precis_budget_is_extract; doc->extract_model says which
 * scored). Returns 0 or -1 on OOM. */
int precis_score(precis_doc *d, precis_workspace *ws, const double *weights,
                 const double *extract_weights, double *scores);
/* Writes the features of every sentence (n_sents * PRECIS_NFEAT) after
 * precis_score's vectors are built; used by precis_score and for training. */
int precis_features(precis_doc *doc, precis_workspace *ws, double *feats);
/* Lines that are no sentences of the text, for the features above and the
 * quotes stage: whether the sentence opens with one to three words, the
 * first capitalized, then a colon (a caption's or kicker's label:
 * "Pictured: …"); whether text s[0, n) does not end with sentence
 * punctuation, closing quotes and brackets aside (a photo caption or a line
 * glued into the text, which real sentences of news copy almost never
 * are). */
int precis_opens_with_label(const char *text, const precis_token *toks, const precis_sentence *s);
int precis_unended(const char *s, size_t n);
/* Cosine similarity of two sentences' vectors. */
double precis_cosine(const precis_doc *doc, size_t a, size_t b);

/*
 * Chooses key points: maximal marginal relevance over scores, within at most
 * `points` sentences and (when words > 0) `words` words, whole sentences
 * only; none when no sentence fits the word budget. When doc->section is
 * set, a sentence whose section already holds a chosen point loses
 * section_penalty score spreads (select.c). Writes chosen sentence indices
 * in selection (rank) order into out and returns how many.
 * doc->select_scratch must hold 2 * n_sents doubles; the cost is
 * O(n_sents * points) cosines.
 */
size_t precis_select(const precis_doc *doc, const double *scores, unsigned points, unsigned words,
                     double redundancy, double section_penalty, size_t *out);
/* The same on any similarity: n sentences of sent_words[i] words each,
 * sim(ctx, a, b) in [0, 1], section[i] sentence i's section (or NULL),
 * scratch of 2n doubles (n when section is NULL or section_penalty 0).
 * Training replays selection with it on stored similarities (eval/train.c). */
typedef double (*precis_sim_fn)(const void *ctx, size_t a, size_t b);
size_t precis_select_sim(size_t n, const size_t *sent_words, const double *scores, unsigned points,
                         unsigned words, double redundancy, const uint32_t *section,
                         double section_penalty, precis_sim_fn sim, const void *ctx,
                         double *scratch, size_t *out);
/* Feature names as in data/scorer/weights.txt ("pos_inv", ...). */
extern const char *const precis_feature_names[PRECIS_NFEAT];

/* Learned feature weights, generated from data/scorer/weights.txt by
 * tools/genweights.c: the pooled model, and per-language models. */
extern const double precis_default_weights[PRECIS_NFEAT];
typedef struct precis_lang_weights {
    const char *lang;
    double w[PRECIS_NFEAT];
} precis_lang_weights;
extern const precis_lang_weights precis_weights_by_lang[];
extern const size_t precis_weights_by_lang_count;
/* The weights for a row of precis_language_table, or the pooled ones. */
const double *precis_weights_for(int lang);
/* The weights of the extract model (section [extract]), NULL if none. */
const double *precis_weights_extract(void);

#endif /* PRECIS_DOC_H */
