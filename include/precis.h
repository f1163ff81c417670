/*
 * precis.h - the one public header of the precis library.
 *
 * precis turns a news article into a brief: headline, key points (sentences
 * of the article with their byte spans in the input), and the body.
 *
 * Conventions
 *   - Inputs are (pointer, length) pairs; no input needs NUL termination.
 *   - Every object made by a *_new / *_brief_* call has a NULL-safe free.
 *   - Errors are values: functions that can fail take an optional
 *     precis_error * (NULL allowed) and return NULL or a negative code.
 *   - The library never prints, never exits and never aborts; running out of
 *     memory is PRECIS_ERR_NOMEM.
 *   - Thread safety: a precis_engine is immutable after precis_engine_new and
 *     may be shared by any number of threads. A precis_brief belongs to the
 *     thread that uses it (read-only accessors may be called concurrently).
 */
#ifndef PRECIS_H
#define PRECIS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The library's public functions; the shared library is built with hidden
 * visibility, so these are the only symbols it exports. */
#if defined(__GNUC__)
#define PRECIS_API __attribute__((visibility("default")))
#else
#define PRECIS_API
#endif

#define PRECIS_VERSION_MAJOR 0
#define PRECIS_VERSION_MINOR 1
#define PRECIS_VERSION_PATCH 0
#define PRECIS_VERSION_STRING "0.1.0"
/* The JSON schema identifier written in every JSON brief. */
#define PRECIS_JSON_SCHEMA "precis/1.1"

/* Returns PRECIS_VERSION_STRING of the library actually linked. */
PRECIS_API const char *precis_version(void);

/* ---------------------------------------------------------------- errors */

typedef enum precis_code {
    PRECIS_OK = 0,
    PRECIS_ERR_NOMEM = 1,       /* an allocation failed */
    PRECIS_ERR_INVALID_ARG = 2, /* a required argument is NULL or out of range
                                   (msg names an option out of range) */
    PRECIS_ERR_EMPTY = 3,       /* input is empty or whitespace only */
    PRECIS_ERR_BINARY = 4,      /* input has a NUL byte or is mostly binary */
    PRECIS_ERR_UTF8 = 5,        /* invalid UTF-8 and options.strict_utf8 set */
    PRECIS_ERR_TOO_LARGE = 6,   /* input exceeds options.max_input_bytes */
    PRECIS_ERR_LANG = 7,        /* language not supported or not loaded */
    PRECIS_ERR_JSON = 8,        /* a JSON record is not valid JSON */
    PRECIS_ERR_NO_TEXT = 9,     /* a JSON record has no "text" or "html" */
    PRECIS_ERR_DATA = 10,       /* engine data (stemmer, language model) unavailable */
    PRECIS_ERR_FORMAT = 11      /* unknown output format */
} precis_code;

typedef struct precis_error {
    precis_code code; /* PRECIS_OK when nothing went wrong */
    const char *msg;  /* fixed, static English message; never NULL once set */
    size_t pos;       /* byte offset in the input where it applies, else 0 */
} precis_error;

/* Static message for a code; never NULL. */
PRECIS_API const char *precis_strerror(precis_code code);

/* ------------------------------------------------------------- allocator */

/* Optional allocator hooks (all three functions set, or pass NULL for the C
 * library's malloc/realloc/free). ctx is passed through unchanged. realloc
 * receives the old size so arena allocators can be plugged in. */
typedef struct precis_alloc {
    void *(*malloc)(void *ctx, size_t size);
    void *(*realloc)(void *ctx, void *ptr, size_t old_size, size_t size);
    void (*free)(void *ctx, void *ptr);
    void *ctx;
} precis_alloc;

/* ---------------------------------------------------------------- engine */

typedef struct precis_engine precis_engine;

/*
 * Creates an engine: loads stemmers, word lists and the language
 * identifier for the languages asked.
 *   languages: comma-separated ISO 639-1 codes ("fr,en"), or NULL for every
 *              supported language (see precis_languages()).
 *   alc:       allocator, or NULL for malloc. Copied; must outlive nothing.
 * Returns NULL on failure (err says why: PRECIS_ERR_LANG for an unknown code,
 * PRECIS_ERR_DATA when a stemmer or the identifier cannot be loaded).
 * Thread-safe to call; the result may be shared across threads.
 */
PRECIS_API precis_engine *precis_engine_new(const char *languages, const precis_alloc *alc,
                                            precis_error *err);

/* Frees the engine and everything it owns. NULL is a no-op. Every brief made
 * by the engine must be freed first. */
PRECIS_API void precis_engine_free(precis_engine *engine);

/* Comma-separated list of the language codes this build supports, e.g.
 * "fr,en,de,es,it,pt,nl". Static string. */
PRECIS_API const char *precis_languages(void);

/* The code of a supported language named by its code or an alias, ASCII
 * case-insensitive: "fr", "FR", "fra" and "fre" all give "fr"; NULL when
 * the name is not supported. Static string. */
PRECIS_API const char *precis_language_code(const char *name);

/* --------------------------------------------------------------- options */

typedef enum precis_order {
    PRECIS_ORDER_ARTICLE = 0, /* key points in the order of the article */
    PRECIS_ORDER_RANK = 1     /* key points by decreasing score */
} precis_order;

/* Compression rules (precis_options.compress): what may be cut from a key
 * point, by deletion only (docs/api.md). */
#define PRECIS_COMPRESS_CONNECTIVES 0x01u /* leading "However,", "Mais" */
#define PRECIS_COMPRESS_ATTRIBUTION 0x02u /* ", he said." ", a-t-il déclaré." */
#define PRECIS_COMPRESS_SOURCES 0x04u     /* leading "According to X,", "Selon X," */
#define PRECIS_COMPRESS_BRACKETS 0x08u    /* asides in round brackets */
#define PRECIS_COMPRESS_DASHES 0x10u      /* asides between two spaced dashes */
#define PRECIS_COMPRESS_RELATIVES 0x20u   /* ", who ... ," / ", qui ... ," */
#define PRECIS_COMPRESS_ALL 0x3Fu
/* The rules `precis --compress` turns on: the combination that lowers ROUGE
 * on neither abstractive development set (docs/quality.md, "Compression");
 * attribution and sources lower it on OrangeSum, whose abstracts keep them. */
#define PRECIS_COMPRESS_DEFAULT                                                                    \
    (PRECIS_COMPRESS_CONNECTIVES | PRECIS_COMPRESS_BRACKETS | PRECIS_COMPRESS_DASHES |             \
     PRECIS_COMPRESS_RELATIVES)
/* Parses a comma-separated list of rule names ("connectives", "attribution",
 * "sources", "brackets", "dashes", "relatives", "all", "default") into
 * PRECIS_COMPRESS_* bits; 0 when a name is unknown or the list is empty. */
PRECIS_API unsigned precis_compress_rules(const char *names);

/* Sections of the body: the input's own subheadings (a heading line of
 * text, a page's h2-h4) when it has two or more, else (AUTO) sections made at
 * topic shifts under headings cut from their words, for a long enough
 * article; PAGE: only the input's own; OFF: none. */
typedef enum precis_sections {
    PRECIS_SECTIONS_AUTO = 0,
    PRECIS_SECTIONS_PAGE = 1,
    PRECIS_SECTIONS_OFF = 2
} precis_sections;

/* options.points as precis_options_default sets it, "not set": 3 key points
 * when there is no word budget, else as many as options.words holds. Any
 * other value caps the key points, with or without a word budget. */
#define PRECIS_POINTS_AUTO 0xFFFFFFFEu
#define PRECIS_POINTS_DEFAULT 3u /* what PRECIS_POINTS_AUTO gives without words */

typedef struct precis_options {
    unsigned points;    /* key points wanted (0 = none); default
                           PRECIS_POINTS_AUTO: 3, or the word budget's fill */
    unsigned words;     /* word budget for key points: sentences whose words
                           add up to at most words, never more; a sentence
                           longer than words may be fitted to it by deletions
                           (docs/api.md, "Budgets"). When
                           no sentence fits, one key point: the best sentence
                           compressed (every rule) if that fits, else cut
                           after its first `words` words and marked
                           (precis_point.truncated). 0 (default) = none */
    precis_order order; /* default PRECIS_ORDER_ARTICLE */
    const char *lang;   /* force a language ("fr"), NULL = identify */
    const char *title;  /* headline override, NULL = detect from the text */
    size_t title_len;   /* length of title in bytes */
    int strict_utf8;    /* nonzero: invalid UTF-8 is an error, not a
                           warning; default 0 */
    /* Limits: 0 in any of them means its default, SIZE_MAX no limit. */
    size_t max_input_bytes;   /* default 64 MiB; larger input (text, page or
                                 record) is PRECIS_ERR_TOO_LARGE */
    size_t max_sentences;     /* sentences considered for key points; default
                                 5000, later sentences still appear in the body
                                 and a warning says how many were left out */
    size_t max_html_depth;    /* deepest element nesting of a page kept; default
                                 1000. Tags nested deeper are dropped, their
                                 text kept, with a warning: the HTML tree
                                 builder is quadratic in depth */
    unsigned compress;        /* 0 (default): key points are whole sentences;
                                 else PRECIS_COMPRESS_* rules cut from them
                                 (the word budget then counts what is kept) */
    precis_sections sections; /* the body in sections: default
                                 PRECIS_SECTIONS_AUTO */
    unsigned max_sections;    /* headed sections made at most, 1 to 16;
                                 default 5 (0: the default) */
    unsigned keywords;        /* keyphrases wanted, 0 to 50; default 10 */
    int quotes;               /* nonzero (default): find the quotations */
    int entities;             /* nonzero (default): find the people, places,
                                 organisations named */
} precis_options;

/* Fills opts with the documented defaults above. NULL is a no-op. */
PRECIS_API void precis_options_default(precis_options *opts);

/*
 * Sets one option from its text, the way every front end does (the command's
 * flags, the HTTP API's query parameters, a JSON Lines record's fields), so
 * that they all accept and refuse the same values:
 *   points         0 to 1000 key points (0: none)
 *   words          0 to 1000000, a word budget (0: none)
 *   order          article | rank
 *   lang           a code or alias ("fr", "fra"); opts->lang gets the code
 *   title          any text; opts->title points to value: keep it alive
 *   strict         1 | true | 0 | false (opts->strict_utf8)
 *   compress       rule names for precis_compress_rules, or none
 *   max_sentences  1 to 100000000
 *   max_depth      1 to 1000000 (opts->max_html_depth)
 *   max_bytes      a size of at least 1, K, M, G for 2^10, 2^20, 2^30
 *                  (opts->max_input_bytes)
 * value is len bytes, not NUL-terminated. Returns 0, or a negative code
 * (-PRECIS_ERR_LANG for lang, else -PRECIS_ERR_INVALID_ARG) with err->msg a
 * static message that names the option and what it takes ("points must be
 * an integer from 0 to 1000 (0: no key points)"); opts is then unchanged.
 */
PRECIS_API int precis_option_set(precis_options *opts, const char *name, const char *value,
                                 size_t len, precis_error *err);
/* The names precis_option_set takes, NULL-terminated. Static. */
PRECIS_API const char *const *precis_option_names(void);

/* ----------------------------------------------------------------- brief */

typedef struct precis_brief precis_brief;

/*
 * Briefs one article given as plain text (any bytes; invalid UTF-8 is
 * replaced by U+FFFD with a warning unless opts->strict_utf8).
 *   engine: required.  text/len: the article; text may be NULL only if len is 0.
 *   opts:   NULL for the defaults.
 * Returns a brief to free with precis_brief_free, or NULL with err set.
 * Thread-safe: any number of threads may brief with one engine at once; the
 * engine keeps a pool of scratch workspaces so memory is reused across calls.
 */
PRECIS_API precis_brief *precis_brief_text(const precis_engine *engine, const char *text,
                                           size_t len, const precis_options *opts,
                                           precis_error *err);

/*
 * Briefs one JSON Lines record
 *   {"id"?, "title"?, "text" | "html", "lang"?, "points"?, "words"?}.
 * "html" is a web page, briefed as by precis_brief_html. The record's
 * "title", "lang", "points" and "words" take precedence over those of opts.
 * "id" (string or number) is kept and written back in the JSON brief.
 * A UTF-8 BOM before the record is skipped; invalid UTF-8 in the line is
 * replaced by U+FFFD with a warning (PRECIS_ERR_UTF8 with strict_utf8).
 * Errors: PRECIS_ERR_JSON (err->pos = byte of the syntax error; nesting past
 * 2048 levels has its own message), PRECIS_ERR_NO_TEXT (neither "text" nor
 * "html"), PRECIS_ERR_INVALID_ARG (a field of the wrong type or range, both
 * "text" and "html", or a key given twice; err->msg names the field), plus
 * those of precis_brief_text / precis_brief_html.
 */
PRECIS_API precis_brief *precis_brief_json(const precis_engine *engine, const char *line,
                                           size_t len, const precis_options *opts,
                                           precis_error *err);

/* NULL is a no-op. */
PRECIS_API void precis_brief_free(precis_brief *brief);

/* Bytes [start, end) of the input. */
typedef struct precis_range {
    size_t start, end;
} precis_range;

/* A key point: a sentence of the article. text points into the brief (valid
 * until precis_brief_free) and is the sentence after normalization (NFC,
 * whitespace runs collapsed). start/end are byte offsets of the sentence in
 * the input as given (end exclusive).
 * When options.compress cut something from the sentence, text is what is
 * left and pieces lists the parts of the input kept, in order, each inside
 * [start, end): text is their bytes concatenated, then normalized as above,
 * with its first letter upper-cased when the sentence's start was cut.
 * Otherwise pieces is NULL and piece_count 0. */
typedef struct precis_point {
    const char *text;
    size_t len;
    size_t sentence; /* index of the sentence in the article, from 0 */
    size_t start, end;
    double score;               /* higher is more important; comparable within a brief */
    const precis_range *pieces; /* valid until precis_brief_free */
    size_t piece_count;
    /* Nonzero when the point is a sentence cut at a word boundary because no
     * sentence fitted options.words: pieces holds the one range kept and
     * text ends with "…" (U+2026), which is not in the input. */
    int truncated;
} precis_point;

/* Accessors. The brief must not be NULL; strings point into the brief and are
 * not NUL-terminated unless stated; len may be NULL. */
PRECIS_API const char *precis_brief_title(const precis_brief *b, size_t *len); /* "" if none */
PRECIS_API const char *precis_brief_id(const precis_brief *b, size_t *len);    /* NULL if none; raw
                                                                       JSON value text */
PRECIS_API const char *precis_brief_lang(const precis_brief *b);       /* NUL-terminated code */
PRECIS_API double precis_brief_lang_confidence(const precis_brief *b); /* 0..1; 1 if forced */
PRECIS_API size_t precis_brief_point_count(const precis_brief *b);
/* Copies key point i (in the order asked in the options) to *out. Returns 0,
 * or -1 if i is out of range. */
PRECIS_API int precis_brief_point(const precis_brief *b, size_t i, precis_point *out);
PRECIS_API size_t precis_brief_sentence_count(const precis_brief *b);
/* Copies sentence i of the article (title excluded) to *out, score = its
 * key-point score (0 for sentences past options.max_sentences). Returns 0, or
 * -1 if i is out of range. */
PRECIS_API int precis_brief_sentence(const precis_brief *b, size_t i, precis_point *out);
PRECIS_API size_t precis_brief_paragraph_count(const precis_brief *b); /* body, title excluded */
PRECIS_API const char *precis_brief_paragraph(const precis_brief *b, size_t i, size_t *len);
PRECIS_API size_t precis_brief_warning_count(const precis_brief *b);
PRECIS_API const char *precis_brief_warning(const precis_brief *b, size_t i); /* NUL-terminated */
/* A section of the body: the input's own subheading and what follows it,
 * or a part made at a topic shift under a heading cut from its own words.
 * heading is NULL (heading_len 0) for a lead-in without heading. */
typedef struct precis_section {
    const char *heading; /* NUL-terminated; valid until precis_brief_free */
    size_t heading_len;
    const precis_range *heading_pieces; /* the input bytes the heading is made of */
    size_t heading_piece_count;
    size_t start, end;  /* the section's body in the input */
    size_t first, last; /* its paragraphs (precis_brief_paragraph), inclusive;
                           last < first when it has none */
    int generated;      /* 0: the input's own subheading; 1: made by precis */
} precis_section;
PRECIS_API size_t precis_brief_section_count(const precis_brief *b);
/* Copies section i to *out. Returns 0, or -1 if i is out of range. */
PRECIS_API int precis_brief_section(const precis_brief *b, size_t i, precis_section *out);

/* A keyphrase of 1 to 3 words, in its most frequent form, best first.
 * start/end: one occurrence in the input (start == end when its only
 * occurrences are in a headline that is not in the input). */
typedef struct precis_keyphrase {
    const char *text; /* NUL-terminated */
    size_t len;
    double score; /* in (0, 1], the best is 1 */
    size_t start, end;
} precis_keyphrase;
PRECIS_API size_t precis_brief_keyphrase_count(const precis_brief *b);
PRECIS_API int precis_brief_keyphrase(const precis_brief *b, size_t i, precis_keyphrase *out);

/* A direct quotation, in text order: the words inside the quotation marks,
 * and who said them when the text names them (speaker NULL otherwise). */
typedef struct precis_quotation {
    const char *text; /* NUL-terminated, white space collapsed */
    size_t len;
    size_t start, end;   /* the quoted words in the input */
    const char *speaker; /* a name or a descriptor as written; NULL: unknown */
    size_t speaker_len;
    size_t speaker_start, speaker_end; /* where it is named in the input */
} precis_quotation;
PRECIS_API size_t precis_brief_quotation_count(const precis_brief *b);
PRECIS_API int precis_brief_quotation(const precis_brief *b, size_t i, precis_quotation *out);
/* A named entity: a person, place, organisation or other (a product, an
 * event), its mentions grouped ("Donald Trump", "Trump", "M. Trump"), most
 * salient first. */
typedef enum precis_entity_type {
    PRECIS_ENTITY_PERSON = 0,
    PRECIS_ENTITY_PLACE = 1,
    PRECIS_ENTITY_ORGANISATION = 2,
    PRECIS_ENTITY_OTHER = 3
} precis_entity_type;
typedef struct precis_named {
    const char *name; /* its longest mention, NUL-terminated */
    size_t name_len;
    precis_entity_type type;
    double salience;              /* in (0, 1], the most salient is 1 */
    const precis_range *mentions; /* every mention in the input, in order */
    size_t mention_count;
} precis_named;
PRECIS_API size_t precis_brief_entity_count(const precis_brief *b);
PRECIS_API int precis_brief_entity(const precis_brief *b, size_t i, precis_named *out);
/* The entity a quotation's speaker is a mention of, or -1. */
PRECIS_API long precis_brief_quotation_speaker_entity(const precis_brief *b, size_t i);
/* Labels of the brief's blocks in its language, NUL-terminated, static. */
typedef enum precis_label {
    PRECIS_LABEL_KEY_POINTS = 0, /* "Key points", "Principaux renseignements" */
    PRECIS_LABEL_MORE = 1,       /* the closing block: "More", "Plus" */
    PRECIS_LABEL_KEYWORDS = 2,   /* "Keywords", "Mots-clés" */
    PRECIS_LABEL_PEOPLE = 3,     /* "People", "Personnes" */
    PRECIS_LABEL_PLACES = 4      /* "Places", "Lieux" */
} precis_label;
PRECIS_API const char *precis_brief_label(const precis_brief *b, precis_label which);
/* Localized key-points heading for the brief's language ("Key points",
 * "Principaux renseignements", ...). NUL-terminated, static. */
PRECIS_API const char *precis_brief_heading(const precis_brief *b);

/* ------------------------------------------------------------- rendering */

typedef enum precis_format {
    PRECIS_FORMAT_TEXT = 0, /* the seed layout: title, heading, bullets, body */
    PRECIS_FORMAT_MARKDOWN = 1,
    PRECIS_FORMAT_JSON = 2 /* one line, schema PRECIS_JSON_SCHEMA, newline-free */
} precis_format;

/*
 * Renders the brief. Returns a NUL-terminated string allocated with the
 * engine's allocator (free it with precis_string_free), its length in *len
 * (len may be NULL), or NULL with err set (PRECIS_ERR_NOMEM,
 * PRECIS_ERR_FORMAT).
 */
PRECIS_API char *precis_brief_render(const precis_brief *b, precis_format format, size_t *len,
                                     precis_error *err);

/*
 * Renders the error record of a failed JSONL line:
 * {"id":...,"line":N,"error":"message"} (id only when it could be read from
 * the line). Same ownership as precis_brief_render.
 */
PRECIS_API char *precis_error_record(const precis_engine *engine, const char *line, size_t len,
                                     size_t line_no, const precis_error *error, size_t *out_len);

/* Frees a string returned by precis_brief_render / precis_error_record.
 * NULL is a no-op. */
PRECIS_API void precis_string_free(const precis_engine *engine, char *s);

/* ------------------------------------------------------------ sentences */

/*
 * Sentence splitting on its own, with the rules the brief uses (per
 * language: abbreviations, initials, numbers, quotes, lists, ellipses,
 * sentences glued without a space). Every line of the text counts, the
 * first one too (no headline is taken out). A blank line always ends a
 * sentence; a single line break does too, except inside a wrapped line: the
 * line before it does not end in . ! ? and either ends in a space or is 60
 * bytes or longer, and the next line starts with a lower-case letter or "(".
 * A block without a letter or a digit (a rule: "_____", "* * *") gives none.
 */
typedef struct precis_sentences precis_sentences;

/* A sentence: text points into the result (valid until
 * precis_sentences_free, NUL-terminated) and is the sentence normalized (NFC,
 * white-space runs collapsed to one space); start/end are its bytes in the
 * input as given (end exclusive). */
typedef struct precis_sentence_span {
    const char *text;
    size_t len;
    size_t start, end;
} precis_sentence_span;

/*
 * Splits text (any bytes; invalid UTF-8 replaced as by precis_brief_text)
 * into sentences. opts may be NULL; lang, strict_utf8 and max_input_bytes
 * apply, the other fields are ignored. The language is identified when
 * opts->lang is NULL. Returns a result to free with precis_sentences_free,
 * or NULL with err set: those of precis_brief_text (PRECIS_ERR_EMPTY,
 * PRECIS_ERR_BINARY, PRECIS_ERR_UTF8 with its position, PRECIS_ERR_TOO_LARGE,
 * PRECIS_ERR_LANG, PRECIS_ERR_NOMEM). Thread-safe with a shared engine.
 */
PRECIS_API precis_sentences *precis_sentences_text(const precis_engine *engine, const char *text,
                                                   size_t len, const precis_options *opts,
                                                   precis_error *err);

/*
 * The same for one JSON Lines record {"id"?, "text", "lang"?}; the record's
 * "lang" takes precedence over opts->lang and "id" is written back by
 * precis_sentences_render. Errors: those of precis_brief_json for the
 * record (PRECIS_ERR_JSON with the byte of the syntax error,
 * PRECIS_ERR_NO_TEXT, PRECIS_ERR_INVALID_ARG naming the field; "html" is
 * refused), then those of precis_sentences_text.
 */
PRECIS_API precis_sentences *precis_sentences_json(const precis_engine *engine, const char *line,
                                                   size_t len, const precis_options *opts,
                                                   precis_error *err);

/* NULL is a no-op. */
PRECIS_API void precis_sentences_free(precis_sentences *s);

/* Accessors; s must not be NULL. */
PRECIS_API size_t precis_sentences_count(const precis_sentences *s);
/* Copies sentence i to *out. Returns 0, or -1 if i is out of range. */
PRECIS_API int precis_sentences_get(const precis_sentences *s, size_t i, precis_sentence_span *out);
/* The language whose rules were used, NUL-terminated ("en"). */
PRECIS_API const char *precis_sentences_lang(const precis_sentences *s);

/*
 * Renders the sentences: PRECIS_FORMAT_TEXT one sentence a line;
 * PRECIS_FORMAT_MARKDOWN one "- " item a line; PRECIS_FORMAT_JSON one line
 * {"id"?:...,"sentences":[{"text":"...","start":N,"end":N},...]} (id only
 * when made from a record that has one). Same ownership and errors as
 * precis_brief_render (free with precis_string_free).
 */
PRECIS_API char *precis_sentences_render(const precis_sentences *s, precis_format format,
                                         size_t *len, precis_error *err);

/* ------------------------------------------------------------ web pages */

typedef struct precis_page precis_page;

/*
 * Extracts the article of an HTML page: its main text and metadata.
 *   engine: required (for its allocator).  html/len: the page as fetched, in
 *           any encoding: the charset comes from a byte-order mark (UTF-8,
 *           UTF-16), then <meta charset> / http-equiv, then a guess from the
 *           bytes, and a declaration the bytes contradict is overridden
 *           (with a warning); undecodable bytes, lone UTF-16 surrogates and
 *           text mixing alphabets within words are warned about.
 * Pages over 16 MiB are cut there (with a warning) so that time and memory
 * stay bounded; elements nested deeper than the default max_html_depth are
 * flattened, and formatting elements left open past a budget linear in the
 * page are dropped (with warnings, docs/api.md "Limits"). A page with no article text is not an
 * error: its text is "" and a warning says so. Returns a page to free with precis_page_free, or
 * NULL with err set (PRECIS_ERR_INVALID_ARG, PRECIS_ERR_EMPTY for len 0, PRECIS_ERR_TOO_LARGE above
 * the default max_input_bytes, PRECIS_ERR_NOMEM). Thread-safe with a shared engine.
 */
PRECIS_API precis_page *precis_extract_html(const precis_engine *engine, const char *html,
                                            size_t len, precis_error *err);

/* The same with options: max_input_bytes and max_html_depth apply (the other
 * fields are ignored). opts may be NULL for the defaults. */
PRECIS_API precis_page *precis_extract_html_opts(const precis_engine *engine, const char *html,
                                                 size_t len, const precis_options *opts,
                                                 precis_error *err);

/* NULL is a no-op. */
PRECIS_API void precis_page_free(precis_page *page);

/* Accessors; page must not be NULL. Strings are NUL-terminated, owned by the
 * page, and "" when the page does not say. len may be NULL. */
/* Article text: paragraphs, headings, list items and quotes in page order,
 * separated by blank lines; the title is not repeated. UTF-8, NFC not
 * guaranteed. */
PRECIS_API const char *precis_page_text(const precis_page *page, size_t *len);
/* Title: JSON-LD headline, then dc:/og:/twitter: title meta, then <title>
 * without its site name (Readability's rules), then the h1. */
PRECIS_API const char *precis_page_title(const precis_page *page);
PRECIS_API const char *precis_page_date(const precis_page *page); /* published, ISO 8601 */
PRECIS_API const char *precis_page_author(const precis_page *page);
PRECIS_API const char *precis_page_site(const precis_page *page); /* og:site_name, publisher */
PRECIS_API const char *precis_page_url(const precis_page *page);  /* canonical or og:url */
PRECIS_API const char *precis_page_lang(const precis_page *page); /* <html lang>, e.g. "fr-FR" */
PRECIS_API const char *
precis_page_charset(const precis_page *page); /* decoder used, e.g. "UTF-8" */
PRECIS_API size_t precis_page_warning_count(const precis_page *page);
PRECIS_API const char *precis_page_warning(const precis_page *page,
                                           size_t i); /* NULL if out of range */

/*
 * Extracts the article of an HTML page and briefs its text, with the page
 * title as headline unless opts->title is set. Key-point spans are byte
 * offsets in precis_page_text of the same page, not in the HTML. The page's
 * warnings are the brief's too. Errors: those of precis_extract_html_opts,
 * then of precis_brief_text (PRECIS_ERR_EMPTY when the page has no article
 * text). opts may be NULL.
 */
PRECIS_API precis_brief *precis_brief_html(const precis_engine *engine, const char *html,
                                           size_t len, const precis_options *opts,
                                           precis_error *err);

#ifdef __cplusplus
}
#endif
#endif /* PRECIS_H */
