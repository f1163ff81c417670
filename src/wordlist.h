/*
 * wordlist.h - the word lists of data/ compiled in (lexicon.c, util.c), and
 * hash sets of words.
 */
#ifndef PRECIS_WORDLIST_H
#define PRECIS_WORDLIST_H

#include "base.h"

/* The words of several lists of one language in one hash table (made by
 * tools/genwords.c for the lists named by its --index option), each with the
 * bits of the lists that hold it: one probe answers them all. An entry holds
 * a word of up to PRECIS_WORDINDEX_INLINE bytes itself, so that a probe that
 * finds its word reads two places in memory, the slot and the entry (32
 * bytes, two to a cache line), and one that does not (most) only the slot. */
#define PRECIS_WORDINDEX_INLINE 19
typedef struct precis_wordindex_entry {
    /* a longer word (NULL: word[] holds it, NUL-padded) */
    _Alignas(32) const char *long_word;
    uint32_t lists; /* precis_wordlist.index_bit of each list holding the word */
    char word[PRECIS_WORDINDEX_INLINE + 1];
} precis_wordindex_entry;

typedef struct precis_wordindex {
    const precis_wordindex_entry *entries;
    /* as precis_wordlist.hash: entries[(hash[i] & index_mask) - 1], the
     * hash's other bits above */
    const uint32_t *hash;
    size_t hash_mask;
    uint32_t index_mask;
    /* the bit of the entries that open an entry of several words of one of
     * the lists ("New" of "New York"): a span whose first word has no entry
     * with it is in none of them */
    uint32_t heads;
} precis_wordindex;

/* Sorted, deduplicated word list made at build time from data/<lang>/<name>.txt
 * by tools/genwords.c. */
typedef struct precis_wordlist {
    const char *lang;
    const char *name;
    const char *const *words; /* sorted by strcmp, NFC UTF-8 */
    size_t count;
    /* for a list of 8 words or more: words[(hash[i] & index_mask) - 1] hashed
     * (precis_fnv1a) to i, or to a slot after it (linear probing); 0 is
     * empty. The bits of hash[i] above index_mask are those of the word's
     * hash: a probe compares them before reading the word. NULL: none. */
    const uint32_t *hash;
    size_t hash_mask;
    uint32_t index_mask;
    /* with hash: bit (h >> 24) is set for the hash h of each word, so that
     * most lookups of a word that is not in a short list end here, before
     * the table is read (a list of over 512 words has all bits set) */
    uint64_t filter[4];
    /* the language's index holding this list's words, and the list's bit in
     * its entries; NULL, 0: none */
    const precis_wordindex *index;
    uint32_t index_bit;
} precis_wordlist;

/* NULL when there is no such list. */
const precis_wordlist *precis_wordlist_get(const char *lang, const char *name);
/* Binary search for (s, n). */
int precis_wordlist_has(const precis_wordlist *wl, const char *s, size_t n);
/* The same, h being precis_fnv1a(s, n): a caller probing several lists, or
 * growing spans of a text (precis_fnv1a_more), hashes each once. */
int precis_wordlist_has_hashed(const precis_wordlist *wl, const char *s, size_t n, uint32_t h);

/* The index_bit of every list of the index holding (s, n), and its heads bit
 * when (s, n) opens an entry of several words; 0 for none or a NULL index. */
uint32_t precis_wordindex_get(const precis_wordindex *ix, const char *s, size_t n);
/* Starts loading the slot where precis_wordindex_get(ix, s, n) will look,
 * so that the probes of a batch of words wait for memory once, together. */
void precis_wordindex_prefetch(const precis_wordindex *ix, const char *s, size_t n);

/* Hash of a byte string (FNV-1a, 32 bits), for the library's hash tables. */
#define PRECIS_FNV1A_INIT 2166136261u
uint32_t precis_fnv1a(const char *s, size_t n);
/* The hash of the bytes hashed into h followed by (s, n):
 * precis_fnv1a(s, n) is precis_fnv1a_more(PRECIS_FNV1A_INIT, s, n). */
uint32_t precis_fnv1a_more(uint32_t h, const char *s, size_t n);

/* A set of static NUL-terminated words, each with flag bits: open addressing,
 * linear probing, load <= 1/2. Words are not copied. A probe reads the
 * slots' hashes, four bytes each, and a slot's word only when its hash
 * matches: a word that is not in the set (most lookups) costs no read of
 * the words. */
typedef struct precis_wordset_slot {
    const char *word;
    uint32_t len, flags;
} precis_wordset_slot;

typedef struct precis_wordset {
    uint32_t *hashes;           /* the word's precis_fnv1a | 1; 0: empty slot */
    precis_wordset_slot *slots; /* same indices; NULL when empty */
    size_t mask;
} precis_wordset;

/* Sizes an empty set for up to count words; 0 or -1 on OOM. */
int precis_wordset_init(precis_wordset *set, size_t count, const precis_alloc *alc);
void precis_wordset_free(precis_wordset *set, const precis_alloc *alc);
/* Adds w (static, NUL-terminated) with flags, or ORs flags into its entry. */
void precis_wordset_add(precis_wordset *set, const char *w, uint32_t flags);
/* The same for the n bytes at w (static; the word may go on after them). */
void precis_wordset_add_n(precis_wordset *set, const char *w, size_t n, uint32_t flags);
/* Flags of (s, n), 0 when absent. */
uint32_t precis_wordset_get(const precis_wordset *set, const char *s, size_t n);

#endif /* PRECIS_WORDLIST_H */
