/*
 * genwords - turns the word lists under data/<lang>/<name>.txt into C tables.
 *
 *   genwords OUT.c [--index=NAME,NAME...] data/fr/stopwords.txt data/en/abbreviations.txt ...
 *
 * Each input file holds one entry per line; blank lines and lines starting
 * with '#' are ignored, trailing spaces trimmed. Entries are sorted with
 * strcmp and deduplicated, so the library can binary-search them.
 *
 * --index names lists (as precis_wordlist_get does: "gen_places") whose
 * words, per language, also go into one hash table, each word with a bit
 * per list holding it (precis_wordindex, src/wordlist.h): a caller that asks
 * one word of several of them probes once. The first word of an entry of
 * several words is in it too, with bit 0 (precis_wordindex.heads), so that a
 * span whose first word opens none is not looked up.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void emit_string(FILE *out, const char *s) {
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20 || c >= 0x7f)
            fprintf(out, "\\%03o", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

/* data/<lang>/<name>.txt -> lang, name */
static int split_path(const char *path, char *lang, char *name, size_t cap) {
    const char *slash = strrchr(path, '/');
    if (!slash) return -1;
    const char *prev = slash;
    while (prev > path && prev[-1] != '/')
        prev--;
    size_t ll = (size_t)(slash - prev);
    const char *dot = strrchr(slash, '.');
    size_t nl = dot ? (size_t)(dot - slash - 1) : strlen(slash + 1);
    if (ll == 0 || ll >= cap || nl == 0 || nl >= cap) return -1;
    memcpy(lang, prev, ll);
    lang[ll] = 0;
    memcpy(name, slash + 1, nl);
    name[nl] = 0;
    for (char *p = name; *p; p++)
        if (*p == '-') *p = '_';
    return 0;
}

#define HASH_MIN                                                                                   \
    8 /* lists this long get a hash table: a binary search of a                                    \
       * few hundred words costs more than a probe */

/* FNV-1a, 32 bits: precis_fnv1a (src/util.c) computes the same. */
#define FILTER_MAX                                                                                 \
    512 /* a longer list sets nearly all 256 bits of its filter: all set, no filter */

static uint32_t fnv1a(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* Whether name is one of the comma-separated names. */
static int listed(const char *names, const char *name) {
    size_t n = strlen(name);
    for (const char *p = names; p && *p;) {
        size_t k = strcspn(p, ",");
        if (k == n && !memcmp(p, name, n)) return 1;
        p += k + (p[k] == ',');
    }
    return 0;
}

/* The hash table of n words (FNV-1a, as precis_fnv1a; linear probing; load
 * at most 2/3): a slot holds the word's index + 1 (0 empty) in its low bits
 * (*imask) and the hash's other bits above, so that a probe reads a word
 * only when those bits match. Its size is returned, a power of two. */
static uint32_t *hash_table(char *const *words, size_t u, size_t *size_out, uint32_t *imask_out) {
    size_t size = 1;
    while (2 * size < 3 * u)
        size *= 2;
    uint32_t imask = 1;
    while (imask < u)
        imask = imask << 1 | 1;
    uint32_t *table = calloc(size, sizeof *table);
    for (size_t i = 0; i < u; i++) {
        uint32_t h32 = fnv1a(words[i], strlen(words[i]));
        size_t h = h32 & (size - 1);
        while (table[h])
            h = (h + 1) & (size - 1);
        table[h] = (uint32_t)(i + 1) | (h32 & ~imask);
    }
    *size_out = size;
    *imask_out = imask;
    return table;
}

static void emit_table(FILE *out, const char *prefix, int id, const uint32_t *table, size_t size) {
    fprintf(out, "static const uint32_t %s_%d[] = {", prefix, id);
    for (size_t i = 0; i < size; i++)
        fprintf(out, "%s%u,", i % 16 ? "" : "\n    ", table[i]);
    fputs("\n};\n\n", out);
}

static char *copy_n(const char *s, size_t n) {
    char *c = malloc(n + 1);
    memcpy(c, s, n);
    c[n] = 0;
    return c;
}

/* A word of an indexed list and the list's bit. */
typedef struct tagged {
    char *word;
    uint32_t bit;
    int list; /* the list it comes from */
} tagged;

static int cmp_tagged(const void *a, const void *b) {
    return strcmp(((const tagged *)a)->word, ((const tagged *)b)->word);
}

/* the lists' order for precis_wordlist_get's binary search: by language,
   then name (qsort's comparator reads them through these) */
static char (*sort_langs)[64], (*sort_names)[64];

static int cmp_list(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    int c = strcmp(sort_langs[x], sort_langs[y]);
    return c ? c : strcmp(sort_names[x], sort_names[y]);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: genwords OUT.c LIST.txt...\n");
        return 2;
    }
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        perror(argv[1]);
        return 1;
    }
    fprintf(out, "/* Generated by tools/genwords.c from data/; do not edit. */\n");
    fprintf(out, "#include \"precis_internal.h\"\n#include <string.h>\n\n");
    const char *index_names = NULL;
    int first = 2;
    if (argc > 2 && !strncmp(argv[2], "--index=", 8)) index_names = argv[first++] + 8;
    int nlists = argc - first;
    char(*langs)[64] = calloc((size_t)nlists + 1, 64);
    char(*names)[64] = calloc((size_t)nlists + 1, 64);
    size_t *counts = calloc((size_t)nlists + 1, sizeof *counts);
    size_t *masks = calloc((size_t)nlists + 1, sizeof *masks);
    uint32_t *imasks = calloc((size_t)nlists + 1, sizeof *imasks);
    uint64_t(*filters)[4] = calloc((size_t)nlists + 1, sizeof *filters);
    /* the indexed lists' words (all languages) and each list's bit */
    size_t n_tagged = 0, cap_tagged = 1024;
    tagged *tags = malloc(cap_tagged * sizeof *tags);
    uint32_t *bits = calloc((size_t)nlists + 1, sizeof *bits);
    for (int f = 0; f < nlists; f++) {
        const char *path = argv[f + first];
        if (split_path(path, langs[f], names[f], 64) != 0) {
            fprintf(stderr, "genwords: bad path %s\n", path);
            return 1;
        }
        FILE *in = fopen(path, "r");
        if (!in) {
            perror(path);
            return 1;
        }
        size_t n = 0, cap = 256;
        char **words = malloc(cap * sizeof *words);
        char line[1024];
        while (fgets(line, sizeof line, in)) {
            size_t l = strlen(line);
            while (l && (line[l - 1] == '\n' || line[l - 1] == '\r' || line[l - 1] == ' ' ||
                         line[l - 1] == '\t'))
                line[--l] = 0;
            if (l == 0 || line[0] == '#') continue;
            if (n == cap) words = realloc(words, (cap *= 2) * sizeof *words);
            words[n++] = strdup(line);
        }
        fclose(in);
        qsort(words, n, sizeof *words, cmp);
        size_t u = 0;
        for (size_t i = 0; i < n; i++)
            if (u == 0 || strcmp(words[u - 1], words[i]) != 0)
                words[u++] = words[i];
            else
                free(words[i]);
        counts[f] = u;
        fprintf(out, "static const char *const wl_%d[] = {\n", f);
        for (size_t i = 0; i < u; i++) {
            fputs("    ", out);
            emit_string(out, words[i]);
            fputs(",\n", out);
        }
        if (u == 0) fputs("    \"\",\n", out);
        fputs("};\n\n", out);
        /* A list of HASH_MIN words or more also gets a hash table (FNV-1a, as precis_fnv1a;
         * linear probing; load at most 2/3): a lookup then touches one or two
         * places in memory where a binary search of 100,000 words touches
         * seventeen. A slot holds the word's index + 1 (0 empty) in its low
         * bits (index_mask) and the hash's other bits above, so that a probe
         * reads a word only when those bits match. */
        masks[f] = imasks[f] = 0;
        if (u >= HASH_MIN) {
            size_t size;
            uint32_t imask;
            uint32_t *table = hash_table(words, u, &size, &imask);
            /* the filter of precis_wordlist_has: bit h >> 24 of each word */
            for (size_t i = 0; i < u; i++) {
                uint32_t h32 = fnv1a(words[i], strlen(words[i]));
                filters[f][h32 >> 30] |= (uint64_t)1 << (h32 >> 24 & 63);
            }
            if (u > FILTER_MAX)
                for (int k = 0; k < 4; k++)
                    filters[f][k] = ~(uint64_t)0;
            emit_table(out, "wh", f, table, size);
            free(table);
            masks[f] = size - 1;
            imasks[f] = imask;
        }
        if (listed(index_names, names[f])) {
            int k = 1; /* the list's bit: the indexed lists of its language before it */
            for (int g = 0; g < f; g++)
                k += bits[g] && !strcmp(langs[g], langs[f]);
            if (k >= 32) {
                fprintf(stderr, "genwords: over 32 indexed lists for %s\n", langs[f]);
                return 1;
            }
            bits[f] = (uint32_t)1 << k;
            for (size_t i = 0; i < u; i++) {
                size_t head = strcspn(words[i], " ");
                if (n_tagged + 2 > cap_tagged)
                    tags = realloc(tags, (cap_tagged *= 2) * sizeof *tags);
                tags[n_tagged++] = (tagged){words[i], bits[f], f};
                if (words[i][head]) tags[n_tagged++] = (tagged){copy_n(words[i], head), 1, f};
            }
        } else {
            for (size_t i = 0; i < u; i++)
                free(words[i]);
        }
        free(words);
    }
    /* one index per language of indexed lists: its words deduplicated, the
     * bits of their lists ORed */
    int *index_of = malloc(((size_t)nlists + 1) * sizeof *index_of);
    int n_index = 0;
    for (int f = 0; f < nlists; f++) {
        index_of[f] = -1;
        if (!bits[f]) continue;
        for (int g = 0; g < f && index_of[f] < 0; g++)
            if (bits[g] && !strcmp(langs[g], langs[f])) index_of[f] = index_of[g];
        if (index_of[f] >= 0) continue;
        index_of[f] = n_index;
        /* this language's words: the tagged words of its lists */
        size_t n = 0;
        tagged *mine = malloc((n_tagged + 1) * sizeof *mine);
        for (size_t i = 0; i < n_tagged; i++)
            if (!strcmp(langs[tags[i].list], langs[f])) mine[n++] = tags[i];
        qsort(mine, n, sizeof *mine, cmp_tagged);
        size_t u = 0;
        for (size_t i = 0; i < n; i++)
            if (u && !strcmp(mine[u - 1].word, mine[i].word))
                mine[u - 1].bit |= mine[i].bit;
            else
                mine[u++] = mine[i];
        char **keys = malloc((u + 1) * sizeof *keys);
        fprintf(out, "static const precis_wordindex_entry wxe_%d[] = {\n", n_index);
        for (size_t i = 0; i < u; i++) {
            /* src/wordlist.h: a word of up to 19 bytes in the entry */
            keys[i] = mine[i].word;
            int inline_word = strlen(mine[i].word) <= 19;
            fputs("    {", out);
            if (inline_word)
                fputs("NULL", out);
            else
                emit_string(out, mine[i].word);
            fprintf(out, ", %uu, ", mine[i].bit);
            emit_string(out, inline_word ? mine[i].word : "");
            fputs("},\n", out);
        }
        if (!u) fputs("    {NULL, 0, \"\"},\n", out);
        fputs("};\n\n", out);
        size_t size;
        uint32_t imask;
        uint32_t *table = hash_table(keys, u, &size, &imask);
        emit_table(out, "wxh", n_index, table, size);
        fprintf(out, "static const precis_wordindex wx_%d = {wxe_%d, wxh_%d, %zu, %uu, 1u};\n\n",
                n_index, n_index, n_index, size - 1, imask);
        free(table);
        free(keys);
        free(mine);
        n_index++;
    }
    fprintf(out, "static const precis_wordlist lists[] = {\n");
    for (int f = 0; f < nlists; f++) {
        fprintf(out, "    {\"%s\", \"%s\", wl_%d, %zu, ", langs[f], names[f], f, counts[f]);
        if (masks[f])
            fprintf(out,
                    "wh_%d, %zu, %uu,\n     {0x%016llxull, 0x%016llxull, 0x%016llxull, "
                    "0x%016llxull}, ",
                    f, masks[f], imasks[f], (unsigned long long)filters[f][0],
                    (unsigned long long)filters[f][1], (unsigned long long)filters[f][2],
                    (unsigned long long)filters[f][3]);
        else
            fprintf(out, "NULL, 0, 0, {0, 0, 0, 0}, ");
        if (index_of[f] >= 0)
            fprintf(out, "&wx_%d, %uu},\n", index_of[f], bits[f]);
        else
            fprintf(out, "NULL, 0},\n");
    }
    fprintf(out, "    {NULL, NULL, NULL, 0, NULL, 0, 0, {0, 0, 0, 0}, NULL, 0}\n};\n\n");
    /* stages look their lists up by name for every text: a binary search
       over the lists sorted by language and name, not a scan of them all */
    if (nlists > 65535) {
        fprintf(stderr, "genwords: over 65535 lists\n");
        return 1;
    }
    int *order = malloc((size_t)(nlists ? nlists : 1) * sizeof *order);
    if (!order) return 1;
    for (int f = 0; f < nlists; f++)
        order[f] = f;
    sort_langs = langs;
    sort_names = names;
    qsort(order, (size_t)nlists, sizeof *order, cmp_list);
    fprintf(out, "static const unsigned short sorted[] = {");
    for (int f = 0; f < nlists; f++)
        fprintf(out, "%s%d", f ? ", " : "", order[f]);
    fprintf(out, "%s};\n\n", nlists ? "" : "0");
    free(order);
    fprintf(out,
            "const precis_wordlist *precis_wordlist_get(const char *lang, const char *name) {\n"
            "    if (!lang || !name) return NULL;\n"
            "    size_t lo = 0, hi = %d;\n"
            "    while (lo < hi) {\n"
            "        size_t mid = lo + (hi - lo) / 2;\n"
            "        const precis_wordlist *w = &lists[sorted[mid]];\n"
            "        int c = strcmp(w->lang, lang);\n"
            "        if (c == 0) c = strcmp(w->name, name);\n"
            "        if (c == 0) return w;\n"
            "        if (c < 0) lo = mid + 1;\n"
            "        else hi = mid;\n"
            "    }\n"
            "    return NULL;\n}\n",
            nlists);
    fclose(out);
    free(langs);
    free(names);
    free(counts);
    free(masks);
    free(imasks);
    free(filters);
    for (size_t i = 0; i < n_tagged; i++)
        free(tags[i].word);
    free(tags);
    free(bits);
    free(index_of);
    return 0;
}
