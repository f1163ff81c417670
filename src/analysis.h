/*
 * analysis.h - the analysed document: everything the pipeline (pipeline.c)
 * works out about one article, once. The brief object (brief.c) and the
 * renderers only read it; a new stage (sections, entities, quotes, ...) is a
 * file that reads it and adds its own part here.
 *
 * Offsets are in the normalized text (text.text) unless a name says src;
 * precis_text_src_offset maps them back to the input.
 */
#ifndef PRECIS_ANALYSIS_H
#define PRECIS_ANALYSIS_H

#include "code.h"
#include "compress.h"
#include "doc.h"
#include "entities.h"
#include "keywords.h"
#include "quotes.h"
#include "sections.h"
#include "precis_internal.h"

/* A key point: a sentence chosen, in output order. When compression cut
 * something from it, its kept pieces are pieces[piece_off, piece_off +
 * piece_count) of the analysis; piece_count 0: the whole sentence. */
typedef struct precis_pick {
    size_t sentence;
    double score;
    size_t piece_off, piece_count;
    int truncated; /* cut at a word to fit the word budget: shown with "…" */
} precis_pick;

typedef struct precis_analysis {
    const precis_alloc *alc;
    precis_text text; /* the normalized input and its offset map */
    /* The headline: options.title, or the text's first line when it reads as
     * one; whitespace collapsed. May hold invalid UTF-8 from options.title. */
    precis_buf title;
    int lang; /* row of the language table (languages.h) */
    double lang_confidence;
    precis_vec paras;  /* precis_paragraph: the body, title excluded */
    precis_vec code;   /* precis_code_span: program code in the paragraphs (code.h) */
    precis_vec sents;  /* precis_sentence: every sentence of the body */
    size_t considered; /* the first sentences tokenized and scored */
    /* Tokens of the considered sentences (sentence i: tok_begin..tok_end),
     * then from title_tok on those of the title (offsets into title). */
    precis_vec tokens; /* precis_token */
    size_t title_tok;
    /* the engine's lexicon of the language, whose entries the tokens'
     * classes are (lexicon.h); NULL before tokenizing */
    const precis_lexicon *lex;
    /* The vocabulary: term t of a token is the stem at stems.data +
     * term_off[t] (NUL-terminated; numbers and stop words folded, unstemmed). */
    precis_vec term_off; /* size_t */
    precis_buf stems;
    /* The tokens' folded forms (precis_fold), back to back in token order,
     * for the later stages' word lists: token i's is folded.data[toks[i].fold,
     * toks[i+1].fold), the last one's ends at folded.len. */
    precis_buf folded;
    precis_vec scores; /* double per sentence; 0 past the considered ones */
    int extract_model; /* scored with the extract model (doc.h) */
    precis_vec picks;  /* precis_pick: the key points, in output order */
    precis_vec pieces; /* precis_piece: kept parts of compressed key points */
    /* Sections of the body (sections.h), in order; heading_pieces holds the
     * heading words of each (for the input's own subheadings, the heading
     * paragraph). sections_page: they are the input's own subheadings. */
    precis_vec sections;       /* precis_sect */
    precis_vec heading_pieces; /* precis_piece */
    int sections_page;
    int from_page;       /* the text is a web page's article (precis_brief_html): the
                            made sections use precis_sections_params_page */
    precis_vec keywords; /* precis_keyword (keywords.h), best first */
    precis_vec quotes;   /* precis_quote (quotes.h), in text order */
    precis_vec entities; /* precis_entity (entities.h), most salient first */
    precis_vec mentions; /* precis_entity_mention: the entities' mentions */
    /* Where the title is in the text when it is the text's first line and
     * collapsing changed nothing in it (keyphrase spans need it); else
     * SIZE_MAX. */
    size_t title_at;
    /* Warnings for the caller, in order: spans of warn_text, each
     * NUL-terminated there. Later steps (page extraction) append too. */
    precis_buf warn_text;
    precis_vec warnings; /* size_t offset into warn_text */
} precis_analysis;

void precis_analysis_init(precis_analysis *a, const precis_alloc *alc);
void precis_analysis_free(precis_analysis *a);
/* Appends a warning (copied). 0, or -1 when out of memory. */
int precis_analysis_warn(precis_analysis *a, const char *msg);

/* Called by the pipeline once the considered sentences are scored, with the
 * scored document (vectors in ws, features in ws->feats). Training reads the
 * scorer's view of the article here (eval/capture.c); the shipped path
 * passes none. Returns 0, or -1 to stop with PRECIS_ERR_NOMEM. */
typedef int (*precis_scored_fn)(void *ctx, precis_doc *doc, precis_workspace *ws);

/*
 * The pipeline: a->text must hold the normalized input (precis_normalize).
 * Works out, in order: title and paragraphs, language, sentences, tokens and
 * stems of the considered sentences and the title, scores, the key points
 * (selection, then compression when options ask). o is checked
 * (precis_input_check). Returns 0 or a negative precis_code with err set.
 */
int precis_analyse(const precis_engine *e, precis_workspace *ws, const precis_options *o,
                   precis_analysis *a, precis_scored_fn scored, void *scored_ctx,
                   precis_error *err);

#endif /* PRECIS_ANALYSIS_H */
