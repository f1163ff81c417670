/*
 * genplaces - word lists of place names and first names from Debian package
 * data, written as data-style lists that genwords then turns into tables:
 *
 *   genplaces OUTDIR ISO_CODES_JSON_DIR ISO_CODES_FR_MO_DIR PROPERNAMES[.gz]
 *             HUNSPELL_FR_DIC CLDR_DIR WORDS_EN
 *
 * writes, under OUTDIR/<lang>/ for fr and en:
 * - gen-places.txt: countries of iso_3166-1 by their name and common name,
 *   English, and French from the iso-codes translations; subdivisions of
 *   iso_3166-2 by their own name and French translation; CLDR's territory
 *   and region names (unicode-cldr-core, main/<lang>.xml) and its time-zone
 *   cities (French exemplar cities, English names from the zone ids of
 *   bcp47/timezone.xml); for fr, hunspell-fr-classical's proper nouns of no
 *   gender (po:npr is:epi, mostly towns and regions).
 * - gen-first-names.txt: miscfiles' propernames and the first names of
 *   hunspell-fr-classical (po:prn), which are not only French.
 * - gen-female-names.txt, gen-male-names.txt: the first names of
 *   hunspell-fr-classical given to one gender only (is:fem, is:mas).
 * - gen-surnames.txt (fr): hunspell-fr-classical's family names (po:patr).
 * - gen-org-names.txt: hunspell-fr-classical's proper nouns with a gender
 *   (po:npr is:mas/is:fem: companies, products) and its acronyms.
 * - gen-common.txt: words of the language in lower case, to tell a
 *   capitalized common word from a name: wamerican's (en) and the
 *   hunspell-fr-classical stems that are not proper nouns (fr; the stage
 *   strips plural and feminine endings before looking).
 * - gen-demonyms.txt (en): wamerican's capitalized words made from a
 *   country name with a demonym ending ("Russian", "Nepali", "Indians").
 * Names keep their case: the entities stage matches them as written. A
 * missing input gives an empty list and a note on stderr, so the build works
 * without the packages (iso-codes, miscfiles, hunspell-fr-classical,
 * unicode-cldr-core, wamerican).
 */
#define _GNU_SOURCE /* popen, memmem */
#include <ctype.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A GNU .mo catalogue: original strings sorted, so looked up by bisection. */
typedef struct mo {
    unsigned char *data;
    size_t size;
    uint32_t n, orig, trans;
} mo;

static uint32_t rd32(const mo *m, size_t at) {
    if (at + 4 > m->size) return 0;
    const unsigned char *p = m->data + at;
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int mo_load(mo *m, const char *path) {
    memset(m, 0, sizeof *m);
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    m->data = sz > 28 ? malloc((size_t)sz) : NULL;
    if (!m->data || fread(m->data, 1, (size_t)sz, f) != (size_t)sz) {
        fclose(f);
        free(m->data);
        m->data = NULL;
        return -1;
    }
    fclose(f);
    m->size = (size_t)sz;
    if (rd32(m, 0) != 0x950412deu) { /* little-endian catalogues only */
        free(m->data);
        m->data = NULL;
        return -1;
    }
    m->n = rd32(m, 8);
    m->orig = rd32(m, 12);
    m->trans = rd32(m, 16);
    return 0;
}

static const char *mo_str(const mo *m, uint32_t table, uint32_t i) {
    uint32_t len = rd32(m, table + 8 * (size_t)i), off = rd32(m, table + 8 * (size_t)i + 4);
    if ((size_t)off + len >= m->size || m->data[off + len]) return NULL;
    return (const char *)m->data + off;
}

static const char *mo_get(const mo *m, const char *key) {
    if (!m->data) return NULL;
    uint32_t lo = 0, hi = m->n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const char *s = mo_str(m, m->orig, mid);
        if (!s) return NULL;
        int c = strcmp(s, key);
        if (c == 0) return mo_str(m, m->trans, mid);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* One name per line; "Korea, Republic of" keeps "Korea", "(...)" ends it. */
static void put(FILE *out, const char *s) {
    if (!s) return;
    size_t n = strcspn(s, ",([;\n"); /* "Wales [Cymru GB-CYM]": the other names in brackets */
    while (n && s[n - 1] == ' ')
        n--;
    if (n >= 2) fprintf(out, "%.*s\n", (int)n, s);
}

/* A French place name, and the same name with its accented capital written
 * plain, as French papers often print capitals ("Etats-Unis", "Egypte",
 * "Ile-de-France"). */
static void put_place(FILE *out, const char *s) {
    put(out, s);
    /* and with a straight apostrophe for ’, as most texts print it
     * ("Val-d'Oise", "Europe de l'Est") */
    if (s && strstr(s, "\xE2\x80\x99")) {
        char buf[256];
        size_t n = 0;
        for (const char *c = s; *c && n + 1 < sizeof buf; c++) {
            if (strncmp(c, "\xE2\x80\x99", 3) == 0) { /* (stops at the NUL) */
                buf[n++] = '\'';
                c += 2;
            } else
                buf[n++] = *c;
        }
        buf[n] = 0;
        put_place(out, buf);
    }
    if (!s || (unsigned char)s[0] != 0xC3) return;
    static const char plain[][2] = {
        {'\x88', 'E'}, {'\x89', 'E'}, {'\x8A', 'E'}, {'\x8E', 'I'}, {'\x94', 'O'}};
    for (size_t k = 0; k < sizeof plain / sizeof *plain; k++)
        if (s[1] == plain[k][0]) {
            char buf[256];
            snprintf(buf, sizeof buf, "%c%s", plain[k][1], s + 2);
            put(out, buf);
            return;
        }
}

static FILE *open_list(const char *dir, const char *lang, const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, lang);
    mkdir(dir, 0777);
    mkdir(path, 0777);
    snprintf(path, sizeof path, "%s/%s/%s.txt", dir, lang, name);
    FILE *f = fopen(path, "w");
    if (!f)
        perror(path);
    else
        fprintf(f, "# generated by genplaces from Debian package data\n");
    return f;
}

static void iso(const char *jsondir, const char *modir, const char *part, const char *key, FILE *fr,
                FILE *en) {
    char path[4096];
    snprintf(path, sizeof path, "%s/iso_%s.json", jsondir, part);
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    json_t *arr = json_object_get(root, key);
    if (!json_is_array(arr)) {
        fprintf(stderr, "genplaces: %s not found (package iso-codes): no %s names\n", path, key);
        json_decref(root);
        return;
    }
    mo m;
    snprintf(path, sizeof path, "%s/iso_%s.mo", modir, part);
    if (mo_load(&m, path) != 0)
        fprintf(stderr, "genplaces: %s not found: no French %s names\n", path, key);
    size_t i;
    json_t *o;
    json_array_foreach(arr, i, o) {
        const char *names[] = {json_string_value(json_object_get(o, "name")),
                               json_string_value(json_object_get(o, "common_name"))};
        for (int k = 0; k < 2; k++) {
            if (!names[k]) continue;
            put(en, names[k]);
            const char *t = mo_get(&m, names[k]);
            put_place(fr, t ? t : names[k]);
        }
    }
    free(m.data);
    json_decref(root);
}

/* Reads a whole file; NULL when absent. */
static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = sz >= 0 ? malloc((size_t)sz + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)sz, f) != (size_t)sz) {
        free(buf);
        buf = NULL;
    }
    if (buf) buf[sz] = 0;
    fclose(f);
    return buf;
}

static int all_caps(const char *s, size_t n) {
    int letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (islower((unsigned char)s[i])) return 0;
        letters += isupper((unsigned char)s[i]) != 0;
    }
    return letters >= 2;
}

/* hunspell-fr-classical: "Lyon/L'D'Q' po:npr is:epi is:inv" */
static void hunspell_fr(const char *dic, FILE *places, FILE *first, FILE *first_en, FILE *sur,
                        FILE *orgs_fr, FILE *orgs_en, FILE *common, FILE *const gender[4]) {
    FILE *f = fopen(dic, "r");
    if (!f) {
        fprintf(stderr,
                "genplaces: %s not found (package hunspell-fr-classical): no French "
                "first names, surnames or common words\n",
                dic);
        return;
    }
    char line[512];
    while (fgets(line, sizeof line, f)) {
        size_t n = strcspn(line, "/ \t\n");
        if (n < 2 || n >= 64) continue;
        char word[64];
        memcpy(word, line, n);
        word[n] = 0;
        const char *tags = line + n;
        if (strstr(tags, "po:prn")) {
            put(first, word);
            put(first_en, word); /* first names cross languages: "Nadia", "Charlotte" */
            /* the gender of a first name given to one only: "Mrs Creag" is
             * not "James Creag" */
            int fem = strstr(tags, "is:fem") != NULL, mas = strstr(tags, "is:mas") != NULL;
            if (fem != mas) {
                put(gender[fem ? 0 : 2], word);
                put(gender[fem ? 1 : 3], word);
            }
        } else if (strstr(tags, "po:patr")) {
            put(sur, word);
        } else if (strstr(tags, "po:npr")) {
            if (all_caps(word, n) || strstr(tags, "is:mas") || strstr(tags, "is:fem")) {
                put(orgs_fr, word);
                put(orgs_en, word);
            } else {
                put_place(places, word);
            }
        } else if (!isupper((unsigned char)word[0]) && (unsigned char)word[0] < 0xC3) {
            put(common, word);
        } else if ((unsigned char)word[0] >= 0xC3 &&
                   !((unsigned char)word[0] == 0xC3 && (unsigned char)word[1] < 0xA0)) {
            put(common, word); /* "été", "évêque"; not "État" */
        }
    }
    fclose(f);
}

/* The text of each element <tag type="X"> (no alt) of a CLDR file, for the
 * territory codes of two letters or of a region (not "001" the world, nor
 * EU, UN and the like, which are organisations). */
static void cldr_names(const char *xml, const char *tag, FILE *out) {
    char open[64];
    snprintf(open, sizeof open, "<%s type=\"", tag);
    for (const char *p = xml; (p = strstr(p, open)); p++) {
        const char *type = p + strlen(open), *gt = strchr(type, '>');
        if (!gt) break;
        size_t tn = strcspn(type, "\"");
        if (memmem(type, (size_t)(gt - type), "alt=", 4)) continue;
        if (!strcmp(tag, "territory") &&
            (!strncmp(type, "001", 3) || !strncmp(type, "EU", 2) || !strncmp(type, "EZ", 2) ||
             !strncmp(type, "UN", 2) || !strncmp(type, "Q", 1) || !strncmp(type, "ZZ", 2) ||
             (tn == 3 && type[0] == '0' && type[1] == '0')))
            continue;
        const char *end = strchr(gt, '<');
        if (!end || end - gt > 120) continue;
        char name[128];
        snprintf(name, sizeof name, "%.*s", (int)(end - gt - 1), gt + 1);
        if (!strchr(name, '&') && isupper((unsigned char)name[0])) put(out, name);
        if (!strchr(name, '&') && (unsigned char)name[0] == 0xC3) put_place(out, name);
    }
}

/* English city names of the time zones: alias="Europe/Paris America/..."
 * gives "Paris"; underscores are spaces. */
static void cldr_zone_cities(const char *xml, FILE *out) {
    for (const char *p = xml; (p = strstr(p, "alias=\"")); p++) {
        const char *a = p + 7;
        size_t n = strcspn(a, " \"");
        const char *slash = memchr(a, '/', n);
        if (!slash) continue;
        char name[128];
        size_t k = 0;
        for (const char *c = slash + 1; c < a + n && k + 1 < sizeof name; c++)
            name[k++] = *c == '_' ? ' ' : *c == '/' ? 0 : *c;
        name[k] = 0;
        if (strlen(name) < k) memmove(name, name + strlen(name) + 1, k - strlen(name));
        put(out, name);
    }
}

static void cldr(const char *dir, FILE *fr, FILE *en) {
    const char *langs[] = {"fr", "en"};
    FILE *outs[] = {fr, en};
    for (int l = 0; l < 2; l++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/main/%s.xml", dir, langs[l]);
        char *xml = slurp(path);
        if (!xml) {
            fprintf(stderr, "genplaces: %s not found (package unicode-cldr-core)\n", path);
            continue;
        }
        cldr_names(xml, "territory", outs[l]);
        if (l == 0) cldr_names(xml, "exemplarCity", outs[l]);
        free(xml);
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/bcp47/timezone.xml", dir);
    char *xml = slurp(path);
    if (xml) cldr_zone_cities(xml, en);
    free(xml);
}

/* Country names of iso_3166-1 in English, for demonyms. */
static size_t countries(const char *jsondir, char (*names)[64], size_t cap) {
    char path[4096];
    snprintf(path, sizeof path, "%s/iso_3166-1.json", jsondir);
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    json_t *arr = json_object_get(root, "3166-1");
    size_t n = 0, i;
    json_t *o;
    json_array_foreach(arr, i, o) {
        const char *keys[] = {"name", "common_name"};
        for (int k = 0; k < 2 && n < cap; k++) {
            const char *s = json_string_value(json_object_get(o, keys[k]));
            if (s && strcspn(s, ",( ") >= 4 && strlen(s) < 60 && !strchr(s, ' '))
                snprintf(names[n++], 64, "%s", s);
        }
    }
    json_decref(root);
    return n;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* wamerican: lower-case words to gen-common, and capitalized words longer
 * than a one-word country name, sharing all of it but its last letters and
 * ending like a demonym ("Russia" -> "Russian", "Nepal" -> "Nepali",
 * "China" -> "Chinese"), to gen-demonyms, with their plurals; not those
 * that are also a common word ("Green"). */
static void wamerican(const char *path, const char *jsondir, FILE *common, FILE *dem) {
    char *all = slurp(path);
    if (!all) {
        fprintf(stderr, "genplaces: %s not found (package wamerican): no English common words\n",
                path);
        return;
    }
    size_t nl = 0, cap = 1024;
    char **lower = malloc(cap * sizeof *lower);
    for (char *line = strtok(all, "\n"); line && lower; line = strtok(NULL, "\n")) {
        if (strlen(line) < 2 || strchr(line, '\'') || !islower((unsigned char)line[0])) continue;
        put(common, line);
        if (nl == cap) {
            char **m = realloc(lower, (cap *= 2) * sizeof *lower);
            if (!m) break;
            lower = m;
        }
        lower[nl++] = line;
    }
    if (lower) qsort(lower, nl, sizeof *lower, cmp_str);
    /* strtok cut the first copy, which lower still points into */
    char *again = slurp(path);
    static char names[600][64];
    size_t nn = countries(jsondir, names, 600);
    static const char *const ends[] = {"n",   "an", "ian", "ians", "ans", "ns",
                                       "ese", "i",  "is",  "ish",  "ic"};
    for (char *line = again ? strtok(again, "\n") : NULL; line && lower;
         line = strtok(NULL, "\n")) {
        size_t n = strlen(line);
        if (n < 4 || strchr(line, '\'') || !isupper((unsigned char)line[0])) continue;
        char low[64];
        snprintf(low, sizeof low, "%s", line);
        low[0] = (char)tolower((unsigned char)low[0]);
        const char *key = low;
        if (bsearch(&key, lower, nl, sizeof *lower, cmp_str)) continue;
        for (size_t c = 0; c < nn; c++) {
            size_t cl = strlen(names[c]), keep = cl - (cl > 5 ? 2 : 1);
            if (n <= cl || strncmp(line, names[c], keep) != 0) continue;
            for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
                size_t el = strlen(ends[e]);
                if (n - el >= keep && n - el <= cl && !strcmp(line + n - el, ends[e])) {
                    put(dem, line);
                    c = nn;
                    break;
                }
            }
        }
    }
    free(lower);
    free(again);
    free(all);
}

int main(int argc, char **argv) {
    if (argc != 8) {
        fprintf(stderr, "usage: genplaces OUTDIR ISO_JSON_DIR ISO_FR_MO_DIR PROPERNAMES "
                        "HUNSPELL_FR_DIC CLDR_DIR WORDS_EN\n");
        return 2;
    }
    FILE *fr = open_list(argv[1], "fr", "gen-places"), *en = open_list(argv[1], "en", "gen-places");
    FILE *frn = open_list(argv[1], "fr", "gen-first-names"),
         *enn = open_list(argv[1], "en", "gen-first-names");
    FILE *frs = open_list(argv[1], "fr", "gen-surnames"),
         *fro = open_list(argv[1], "fr", "gen-org-names"),
         *eno = open_list(argv[1], "en", "gen-org-names"),
         *frc = open_list(argv[1], "fr", "gen-common"),
         *enc = open_list(argv[1], "en", "gen-common"),
         *end = open_list(argv[1], "en", "gen-demonyms");
    FILE *gender[4] = {
        open_list(argv[1], "fr", "gen-female-names"), open_list(argv[1], "en", "gen-female-names"),
        open_list(argv[1], "fr", "gen-male-names"), open_list(argv[1], "en", "gen-male-names")};
    if (!fr || !en || !frn || !enn || !frs || !fro || !eno || !frc || !enc || !end || !gender[0] ||
        !gender[1] || !gender[2] || !gender[3])
        return 1;
    iso(argv[2], argv[3], "3166-1", "3166-1", fr, en);
    iso(argv[2], argv[3], "3166-2", "3166-2", fr, en);
    hunspell_fr(argv[5], fr, frn, enn, frs, fro, eno, frc, gender);
    cldr(argv[6], fr, en);
    wamerican(argv[7], argv[2], enc, end);
    /* Debian ships propernames compressed */
    size_t pl = strlen(argv[4]);
    int gz = pl > 3 && !strcmp(argv[4] + pl - 3, ".gz");
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "gzip -dc '%s' 2>/dev/null", argv[4]);
    FILE *pn = !gz ? fopen(argv[4], "r") : strchr(argv[4], '\'') ? NULL : popen(cmd, "r");
    size_t names = 0;
    if (pn) {
        char line[256];
        while (fgets(line, sizeof line, pn)) {
            put(frn, line);
            put(enn, line);
            names++;
        }
        if (gz)
            pclose(pn);
        else
            fclose(pn);
    }
    if (!names) {
        fprintf(stderr, "genplaces: %s not found (package miscfiles): no generated first names\n",
                argv[4]);
    }
    int rc = 0;
    FILE *all[] = {fr,  en,  frn, enn,       frs,       fro,       eno,
                   frc, enc, end, gender[0], gender[1], gender[2], gender[3]};
    for (int k = 0; k < 14; k++)
        rc |= fclose(all[k]) != 0;
    return rc;
}
