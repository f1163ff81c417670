/*
 * precis_internal.h - types and functions shared by the library's modules.
 * Not installed. Every name keeps the precis_ / PRECIS_ prefix (pc_ for
 * short internal helpers is not used, to keep one prefix).
 */
#ifndef PRECIS_INTERNAL_H
#define PRECIS_INTERNAL_H

#include "precis.h"
#include "languages.h" /* the table of languages */
#include "text.h"      /* the text kernel: decoding, spaces, classes, folding */

#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------ allocation */

/* Allocation through the hooks; alc is never NULL inside the library (the
 * engine resolves NULL to the default hooks). */
void *precis_malloc(const precis_alloc *alc, size_t size);
void *precis_realloc(const precis_alloc *alc, void *ptr, size_t old_size, size_t size);
void precis_free(const precis_alloc *alc, void *ptr);
/* The default hooks (malloc/realloc/free). */
extern const precis_alloc precis_default_alloc;

/* Default of precis_options.max_html_depth: real pages stay far below it, and
 * gumbo's time grows with the square of the depth. */
#define PRECIS_HTML_DEFAULT_DEPTH 1000

/* Sets *err (when err is not NULL) and returns code. */
int precis_set_error(precis_error *err, precis_code code, size_t pos);

/* ---------------------------------------------------------------- buffer */

/* Growable byte buffer; data is always NUL-terminated when cap > 0. */
typedef struct precis_buf {
    char *data;
    size_t len, cap;
    const precis_alloc *alc;
    int oom; /* sticky: set once an append failed */
} precis_buf;

void precis_buf_init(precis_buf *b, const precis_alloc *alc);
void precis_buf_free(precis_buf *b);
void precis_buf_clear(precis_buf *b);                /* len = 0, keeps memory */
int precis_buf_reserve(precis_buf *b, size_t extra); /* 0 or -1 (sets oom) */
int precis_buf_append(precis_buf *b, const char *s, size_t n);
int precis_buf_puts(precis_buf *b, const char *s); /* NUL-terminated s */
int precis_buf_putc(precis_buf *b, char c);
int precis_buf_printf(precis_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Transfers ownership of data (NUL-terminated) to the caller; b is reset. */
char *precis_buf_detach(precis_buf *b, size_t *len);

/* Growable array of fixed-size items. */
typedef struct precis_vec {
    void *data;
    size_t len, cap, item;
    const precis_alloc *alc;
} precis_vec;

void precis_vec_init(precis_vec *v, size_t item_size, const precis_alloc *alc);
void precis_vec_free(precis_vec *v);
/* Returns a pointer to a new zeroed item at the end, or NULL on OOM. */
void *precis_vec_push(precis_vec *v);
int precis_vec_reserve(precis_vec *v, size_t n); /* capacity >= n; 0 or -1 */
#define PRECIS_VEC_AT(v, type, i) (&((type *)(v)->data)[(i)])

/* ---------------------------------------------------------- normalization */

/* Where normalized text diverges from the input: from norm offset
 * `norm` on, input offset = src + (x - norm), until the next mark. */
typedef struct precis_offmark {
    size_t norm, src;
} precis_offmark;

typedef struct precis_text {
    precis_buf text;  /* normalized UTF-8 (NFC, invalid bytes -> U+FFFD) */
    precis_vec marks; /* precis_offmark, ascending norm; first is {0,0} */
    size_t src_len;   /* length of the input */
    size_t bad_utf8;  /* number of invalid sequences replaced */
    size_t first_bad; /* input offset of the first invalid byte */
} precis_text;

/*
 * Validates and normalizes input bytes.
 * - NUL byte or mostly binary -> PRECIS_ERR_BINARY (pos = first NUL/binary byte).
 * - invalid UTF-8: replaced by U+FFFD, counted in bad_utf8, first_bad set;
 *   with strict, PRECIS_ERR_UTF8 at that offset instead.
 * - empty / whitespace only -> PRECIS_ERR_EMPTY.
 * - NFC via utf8proc; a leading UTF-8 BOM is dropped; CRLF/CR become LF.
 *   Line structure is kept (no whitespace collapsing here). After a dropped
 *   BOM the first mark is {0,3}.
 * out must be initialized with precis_text_init; it is cleared first, so a
 * workspace can reuse it. Returns 0 or a negative error (and sets err).
 */
void precis_text_init(precis_text *t, const precis_alloc *alc);
void precis_text_free(precis_text *t);
int precis_normalize(const char *in, size_t len, int strict, precis_text *out, precis_error *err);
/* Maps a byte offset of the normalized text back to the input. */
size_t precis_text_src_offset(const precis_text *t, size_t norm_off);

/* ------------------------------------------------------------ word lists */

/* Sorted, deduplicated word list made at build time from data/<lang>/<name>.txt
 * by tools/genwords.c. */
typedef struct precis_wordlist {
    const char *lang;
    const char *name;
    const char *const *words; /* sorted by strcmp, NFC UTF-8 */
    size_t count;
} precis_wordlist;

/* NULL when there is no such list. */
const precis_wordlist *precis_wordlist_get(const char *lang, const char *name);
/* Binary search for (s, n). */
int precis_wordlist_has(const precis_wordlist *wl, const char *s, size_t n);

/* Hash of a byte string (FNV-1a, 32 bits), for the library's hash tables. */
uint32_t precis_fnv1a(const char *s, size_t n);

/* A set of static NUL-terminated words, each with flag bits: open addressing,
 * linear probing, load <= 1/2. Words are not copied. */
typedef struct precis_wordset_slot {
    const char *word; /* NULL: empty slot */
    uint32_t len, flags;
} precis_wordset_slot;

typedef struct precis_wordset {
    precis_wordset_slot *slots; /* NULL when empty */
    size_t mask;
} precis_wordset;

/* Sizes an empty set for up to count words; 0 or -1 on OOM. */
int precis_wordset_init(precis_wordset *set, size_t count, const precis_alloc *alc);
void precis_wordset_free(precis_wordset *set, const precis_alloc *alc);
/* Adds w (static, NUL-terminated) with flags, or ORs flags into its entry. */
void precis_wordset_add(precis_wordset *set, const char *w, uint32_t flags);
/* Flags of (s, n), 0 when absent. */
uint32_t precis_wordset_get(const precis_wordset *set, const char *s, size_t n);

/* -------------------------------------------------------------- language */

typedef struct precis_langid precis_langid;
/* Creates an identifier restricted to the given language mask (bit i =
 * row i of precis_language_table). NULL on failure (err: NOMEM or DATA). Safe for
 * concurrent precis_langid_guess calls. */
precis_langid *precis_langid_new(unsigned lang_mask, const precis_alloc *alc, precis_error *err);
void precis_langid_free(precis_langid *id);
/* Guesses the language of text (UTF-8). Returns the row of
 * precis_language_table, or -1 if nothing is recognized; *confidence in [0,1]. */
int precis_langid_guess(const precis_langid *id, const char *text, size_t len, double *confidence);

/* ------------------------------------------------------------ structure */

typedef struct precis_paragraph {
    size_t off, len; /* in the normalized text; trimmed, original spacing */
} precis_paragraph;

/*
 * Splits normalized text into an optional headline and paragraphs. The first
 * line is the title when it is short (<= 200 bytes, <= 25 words), is followed
 * by a line break, and has no sentence-final punctuation. Blank lines separate
 * paragraphs; with no blank line at all, each line is a paragraph.
 * title_off/title_len = (0,0) when no title was found. paras is cleared
 * first. Returns 0 or -1 on OOM.
 */
int precis_split_paragraphs(const char *text, size_t len, size_t *title_off, size_t *title_len,
                            precis_vec *paras /* precis_paragraph */);

/* ----------------------------------------------------------- segmentation */

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
 * ("fin.Début") are split. Returns 0 or -1 on OOM. */
int precis_segment(const precis_segmenter *s, const char *text, size_t off, size_t len,
                   size_t para_index, precis_vec *out);

/* ------------------------------------------------------------- tokenizing */

enum {
    PRECIS_TOK_WORD = 1,  /* contains a letter */
    PRECIS_TOK_NUM = 2,   /* contains a digit */
    PRECIS_TOK_STOP = 4,  /* stop word of the language */
    PRECIS_TOK_CAP = 8,   /* starts with an upper-case letter */
    PRECIS_TOK_FIRST = 16 /* first token of its sentence */
};

typedef struct precis_token {
    size_t off, len; /* in the normalized text */
    uint32_t term;   /* id of its stem in the document vocabulary */
    uint32_t flags;
} precis_token;

/* Per-language tokenizer data: stop words. */
typedef struct precis_lexicon precis_lexicon;
precis_lexicon *precis_lexicon_new(const char *lang, const precis_alloc *alc);
void precis_lexicon_free(precis_lexicon *lx);
/* True if the folded (lower-case, apostrophes folded) word is a stop word. */
int precis_lexicon_is_stop(const precis_lexicon *lx, const char *folded, size_t n);

/* Calls fn for each token of text[off, off+len): letter/digit runs, keeping
 * inner apostrophes of English ("don't"), splitting French elisions
 * ("l'État" -> "l'", "État"), keeping decimal numbers ("3,5", "1.13bn"). */
typedef int (*precis_token_fn)(void *ctx, size_t off, size_t len, uint32_t flags);
int precis_tokenize(const char *text, size_t off, size_t len, precis_token_fn fn, void *ctx);

/* --------------------------------------------------------------- stemming */

/* One Snowball stemmer; NOT thread-safe: one per workspace. */
typedef struct precis_stemmer precis_stemmer;
precis_stemmer *precis_stemmer_new(const char *lang, const precis_alloc *alc);
void precis_stemmer_free(precis_stemmer *st);
/* Stems folded UTF-8 word; result valid until the next call. */
const char *precis_stem(precis_stemmer *st, const char *folded, size_t n, size_t *out_len);

/* ------------------------------------------------------------------ brief */

/* Sets the id of a brief to the raw JSON text of the record's "id" value
 * (e.g. "\"a1\"" or "42"). Returns 0 or -1 on OOM. */
int precis_brief_set_id(precis_brief *b, const char *json, size_t n);
/* Page metadata of a brief made from a web page, in this order; rendered as
 * the JSON "page" object. */
#define PRECIS_PAGE_FIELDS 7
extern const char *const precis_page_field_names[PRECIS_PAGE_FIELDS];
/* Copies fields[0..PRECIS_PAGE_FIELDS) (NULL as empty) into the brief;
 * -1 when out of memory. */
int precis_brief_set_page(precis_brief *b, const char *const *fields);
/* Field i of the page metadata, or NULL when the brief has none. */
const char *precis_brief_page_field(const precis_brief *b, size_t i);
/* Appends a warning (copied) to a brief. Returns 0 or -1 on OOM. */
int precis_brief_add_warning(precis_brief *b, const char *msg);
/* The checks every entry point makes on its input: an engine, text unless
 * len is 0, len within opts->max_input_bytes. Returns the options to use
 * (in *defaults when opts is NULL or has a limit of 0, which means its
 * default) or NULL with err set (PRECIS_ERR_INVALID_ARG, PRECIS_ERR_TOO_LARGE). */
const precis_options *precis_input_check(const precis_engine *e, const char *in, size_t len,
                                         const precis_options *opts, precis_options *defaults,
                                         precis_error *err);
/* The JSON type a JSON Lines record gives option `name` in (options.c):
 * 'n' an integer, 's' a string, 'b' a boolean; 0 for no such option. */
int precis_option_type(const char *name);
/* The engine a brief was made by (for its allocator). */
const precis_engine *precis_brief_engine(const precis_brief *b);
const precis_alloc *precis_engine_alloc(const precis_engine *e);

#endif /* PRECIS_INTERNAL_H */
