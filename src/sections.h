/*
 * sections.h - the body of a long article in sections under short headings
 * (sections.c): topic shifts at paragraph boundaries by lexical cohesion,
 * and for each section a heading cut from its own words.
 *
 * Works on the analysed document: the normalized text, its paragraphs, its
 * sentences (ascending paragraph, token ranges set) and their tokens, whose
 * term ids are stems. Deterministic; time O(units^2 * sections + units *
 * content tokens), where units are the paragraphs, grouped into at most
 * PRECIS_SECTIONS_MAX_UNITS blocks for very long texts.
 */
#ifndef PRECIS_SECTIONS_H
#define PRECIS_SECTIONS_H

#include "compress.h"
#include "precis_internal.h"

/* Default and largest number of headed sections. */
#define PRECIS_SECTIONS_DEFAULT 5
#define PRECIS_SECTIONS_LIMIT 16
/* Units the segmenter works on at most: longer texts group their paragraphs
 * into this many blocks, so that cost stays bounded. */
#define PRECIS_SECTIONS_MAX_UNITS 256
/* A heading: words and characters. */
#define PRECIS_HEADING_MIN_WORDS 2
#define PRECIS_HEADING_MAX_WORDS 8
#define PRECIS_HEADING_MAX_CHARS 60

/* The document as the stages see it. */
typedef struct precis_sections_doc {
    const char *text; /* normalized text */
    const precis_paragraph *paras;
    size_t n_paras;
    const precis_sentence *sents; /* ascending para; tokens [tok_begin, tok_end) */
    size_t n_sents;
    const precis_token *toks;
    size_t n_terms;    /* term ids are < n_terms */
    const char *lang;  /* language code (word lists, capitalization); may be NULL */
    const char *title; /* headline (a heading must differ from it); may be NULL */
    size_t title_len;
} precis_sections_doc;

/* Tuning of the segmenter, with defaults from precis_sections_params_default
 * (chosen on development data: docs/quality.md, "Sections"). */
typedef struct precis_sections_params {
    unsigned max_sections;         /* headed sections at most (1..PRECIS_SECTIONS_LIMIT) */
    unsigned min_sections;         /* headed sections at least, when the text is long enough */
    size_t min_paras;              /* fewer paragraphs: no sections */
    size_t min_paras_weak;         /* 0, or with this many paragraphs up to min_paras:
                                      sections only when the split into 2 or more
                                      pays its penalty against one segment */
    size_t min_words;              /* fewer content words: no sections */
    size_t min_len;                /* paragraphs per headed section at least */
    size_t lead_max;               /* an opening segment of at most this many paragraphs
                                      is the lead-in, without heading (0: never) */
    double penalty;                /* scale of the cost of one more section */
    double shape_weight;           /* weight of the paragraph-length prior on
                                      boundaries (0: lexical cohesion only) */
    double count_weight;           /* weight of the prior on the number of segments
                                      (0: the penalty alone) */
    double count_paras;            /* its mean: one segment per this many paragraphs */
    double smoothing;              /* additive smoothing of a section's unigram model (1:
                                      Laplace, Utiyama and Isahara's) */
    int marginal;                  /* study: 1, a section's cost is minus the log marginal
                                      likelihood of its words under a symmetric Dirichlet
                                      prior of parameter smoothing (Dirichlet-multinomial) */
    double *trace;                 /* study hook: NULL, or 2 * (PRECIS_SECTIONS_LIMIT + 2)
                                      doubles: [m] the least cost in m segments (priors
                                      included, penalty not), [LIMIT + 2 + m] whether its
                                      first segment is the lead-in */
    unsigned force_segments;       /* study hook: 0, or exactly this many segments
                                      (lead-in included) when feasible */
    double word_cost;              /* no longer read: the heading model below */
    double open_bonus;             /* replaced them; kept so that callers */
    double early_bonus;            /* setting them still build */
    double heading_len;            /* heading candidates: the authors' heading length
                                      assumed by the expected ROUGE-1 F1 */
    const double *heading_weights; /* PRECIS_HEADING_FEATURES weights of the
                                      heading model; NULL: the built-in ones */
    const double *gap_weights;     /* PRECIS_GAP_FEATURES weights of the boundary
                                      model (below); NULL: the built-in ones */
} precis_sections_params;

void precis_sections_params_default(precis_sections_params *p);

/* The defaults for the article of a web page (precis_brief_html), whose
 * sections are written to be read apart: the boundary model fitted on the
 * pages with subheadings (precis_sections_gap_page, shape_weight 6) and a
 * lead-in of up to 4 paragraphs. Plain text keeps the defaults above, where
 * that model cost the concatenated articles (docs/quality.md, branches sect3
 * and pk4). */
void precis_sections_params_page(precis_sections_params *p);

/* The paragraph-length prior on boundaries: a boundary between a paragraph
 * of class a and one of class b (classes by word count: under 5, under 15,
 * under 40, more) costs -shape_weight * log(P(boundary | a, b) / P(boundary))
 * (precis_sections_shape_default, fitted on pages with subheadings). */
#define PRECIS_SHAPE_CLASSES 4
size_t precis_sections_shape_class(size_t words);
extern const double precis_sections_shape_default[PRECIS_SHAPE_CLASSES][PRECIS_SHAPE_CLASSES];

/* A second prior, on the characters around a boundary, read beside the
 * first (same weight): class bit 1, the paragraph before ends on a mark
 * other than a full stop or exclamation mark (a colon, a question, a closing
 * quote or bracket); bit 2, the paragraph after does not open on a capital.
 * precis_sections_cue_default holds log(P(boundary | lengths, cue) /
 * P(boundary | lengths)), fitted on the same pages. */
#define PRECIS_CUE_CLASSES 4
size_t precis_sections_cue_class(const char *text, const precis_paragraph *before,
                                 const precis_paragraph *after);
extern const double precis_sections_cue_default[PRECIS_CUE_CLASSES];

/* The boundary model: a boundary before unit i costs -shape_weight * (w . x)
 * for the gap's features x, in this order; w (params->gap_weights, or
 * precis_sections_gap_default) can be a logistic regression of the authors'
 * boundaries on half a of the pages with subheadings, its bias less the log
 * odds of the average boundary
 * (tools/sections-gaps.py). The default, {0, 1, 1, 0, 0, 0}, is the two
 * priors above alone; the lexical features are computed only when one of
 * their weights is not 0. */
enum precis_gap_feature {
    GF_BIAS,  /* 1 */
    GF_SHAPE, /* precis_sections_shape_default of the two paragraphs' classes */
    GF_CUE,   /* precis_sections_cue_default of the marks around the gap */
    GF_NEW,   /* share of the content words of the two units after the gap
                 whose term is not in any unit before it */
    GF_COH,   /* cosine of the content-term counts of the two units before
                 and the two after, less its mean over the text's gaps */
    GF_DEPTH, /* TextTiling's depth of that cosine: the rise to the highest
                 point on each side, summed */
    PRECIS_GAP_FEATURES
};
extern const double precis_sections_gap_default[PRECIS_GAP_FEATURES];
extern const double precis_sections_gap_page[PRECIS_GAP_FEATURES];

/* The heading model's features of a word token of a section, in this order
 * (content-word features are 0 for other tokens): */
enum precis_heading_feature {
    HF_BIAS,               /* 1 */
    HF_CONTENT,            /* a content word (not a stop word) */
    HF_CAP,                /* capitalized, not first in its sentence */
    HF_NUM,                /* has a digit */
    HF_COUNT,              /* log(1 + its term's count in the section) */
    HF_SALIENCE,           /* count x share x log inverse paragraph frequency,
                              over the section's largest */
    HF_SHARE,              /* share of the term's occurrences in the section */
    HF_TITLE,              /* the word is in the title */
    HF_IN_FIRST,           /* the term is in the section's first sentence */
    HF_FIRST_SEEN,         /* the term's first occurrence in the section */
    HF_TOTAL,              /* log(1 + the term's count in the text) */
    HF_SENT,               /* 1 / (1 + the sentence's index in the section) */
    HF_OPENS,              /* first token of its sentence */
    HF_OPENS_CONTENT,      /* both of the last and a content word */
    HF_FIRST_SENT_CONTENT, /* a content word of the section's first sentence */
    HF_DOC_SPREAD,         /* share of the text's paragraphs holding the term */
    HF_SEC_SPREAD,         /* share of the section's paragraphs holding the term */
    HF_STOP_ODDS,          /* a stop word in data/<lang>/heading-stopwords-more.txt: 1,
                              -less: -1, -least: -2 (how often authors' headings
                              hold it against the model without this feature) */
    PRECIS_HEADING_FEATURES
};

/* A section: paragraphs [first, last]; its heading's pieces are
 * pieces[piece_off, piece_off + piece_count) of the vector given to
 * precis_sections_headings (0 pieces: the lead-in, or no heading found). */
typedef struct precis_sect {
    size_t first, last;
    int lead;
    size_t piece_off, piece_count;
} precis_sect;

/* Scratch memory, reusable across documents. */
typedef struct precis_sections_scratch {
    precis_vec u32a, u32b, szv, f64a, f64b;
    precis_vec u64; /* a section's bigrams of terms, sorted (headings) */
    precis_buf buf;
} precis_sections_scratch;
void precis_sections_scratch_init(precis_sections_scratch *s, const precis_alloc *alc);
void precis_sections_scratch_free(precis_sections_scratch *s);

/*
 * Splits the body into sections at topic shifts. out (precis_sect) is
 * cleared first and gets the sections in order, covering every paragraph,
 * or nothing when the text is too short (params: min_paras, min_words) or
 * has no split with at least min_sections headed sections, or when a short
 * text's (min_paras_weak) best split costs more than one segment. The first section
 * is the lead-in when it is short (lead_max). params may be NULL for the
 * defaults. Returns the number of sections, or -1 on OOM.
 */
long precis_sections_split(const precis_sections_doc *d, const precis_sections_params *params,
                           precis_sections_scratch *s, precis_vec *out);

/*
 * Gives each section that is not the lead-in a heading: pieces (precis_piece,
 * byte ranges of d->text, appended to pieces) of 2-8 words of one clause of
 * one of its sentences, at most 60 characters once rendered, ending on a
 * content word; the candidate with the best expected ROUGE-1 F1 against an
 * author's heading under the heading model (each word's probability from
 * its features, below), different from the title and from the other
 * headings. A section where no span qualifies keeps 0 pieces. params may be
 * NULL for the defaults. Returns 0 or -1 on OOM.
 */
int precis_sections_headings(const precis_sections_doc *d, const precis_sections_params *params,
                             precis_sect *secs, size_t n, precis_sections_scratch *s,
                             precis_vec *pieces);

/*
 * Calls fn for every word or number token of every section that is not the
 * lead-in, in order, with its features (f[PRECIS_HEADING_FEATURES]): what
 * the heading model sees, for fitting its weights (tools/sections-eval.c).
 * fn returns 0 to go on. Returns 0, -1 on OOM, or fn's non-zero value.
 */
int precis_sections_features(const precis_sections_doc *d, const precis_sect *secs, size_t n,
                             precis_sections_scratch *s,
                             int (*fn)(void *ctx, size_t sec, size_t tok, const double *f),
                             void *ctx);

/*
 * Appends the display text of a heading to out (no NUL): the pieces joined
 * with white space collapsed, the first letter upper-cased; in English the
 * other content words too (headline case), in other languages only proper
 * names keep their capital, as in the text. lang may be NULL. Returns 0 or
 * -1 on OOM.
 */
int precis_heading_render(const char *text, const precis_piece *pieces, size_t n, const char *lang,
                          precis_buf *out);

#endif /* PRECIS_SECTIONS_H */
