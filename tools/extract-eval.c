/* extract-eval.c - measures precis_extract_html on ../shared/extract.
 *
 *   extract-eval trafilatura DIR [-v]   snippet precision/recall/F1 (the
 *                                       trafilatura-eval method); DIR may
 *                                       also be a subset file DIR/x.json
 *   extract-eval readability DIR [-v]   token 4-gram F1 against expected.html
 *                                       and exact title matches
 * DIR is the data set folder. -v lists the pages that miss, -a all pages.
 * EXTRACT_EVAL_DUMP=DIR writes each readability page's texts (NAME.got,
 * NAME.want) there. EXTRACT_EVAL_HALVES=1 also prints the trafilatura
 * figures on two halves of the pages (split by a hash of the file name). */
#include "html/html.h"

#include <dirent.h>
#include <gumbo.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (cap - n < 2) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    if (buf) buf[n] = '\0';
    *len = n;
    return buf;
}

static char *read_gz(const char *path, size_t *len) {
    gzFile g = gzopen(path, "rb");
    if (!g) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    int r;
    while (buf && (r = gzread(g, buf + n, (unsigned)(cap - n - 1))) > 0) {
        n += (size_t)r;
        if (cap - n < 2) buf = realloc(buf, cap *= 2);
    }
    gzclose(g);
    if (buf) buf[n] = '\0';
    *len = n;
    return buf;
}

/* Bytes of a Unicode space at s (Python's str.split() set), else 0. */
static size_t uspace(const unsigned char *s, size_t n) {
    if (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r')) return 1;
    if (n >= 2 && s[0] == 0xC2 && (s[1] == 0xA0 || s[1] == 0x85)) return 2;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
        ((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
        return 3;
    if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) return 3;
    return 0;
}

/* Collapses whitespace runs to one space, in place. */
static size_t collapse(char *s, size_t n) {
    size_t k = 0;
    int space = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        size_t w = uspace((const unsigned char *)s + i, n - i);
        if (w) {
            i += w - 1;
            if (!space) s[k++] = ' ';
            space = 1;
        } else {
            s[k++] = (char)c, space = 0;
        }
    }
    while (k && s[k - 1] == ' ')
        k--;
    s[k] = '\0';
    return k;
}

static int contains(const char *hay, const char *needle) {
    char *n = strdup(needle);
    collapse(n, strlen(n));
    int r = strstr(hay, n) != NULL;
    free(n);
    return r;
}

static int trafilatura(const precis_engine *e, const char *dir, int verbose, int halves) {
    char path[8192], base[4096];
    /* DIR, or a subset file such as DIR/evaldata-fr.json */
    size_t dl = strlen(dir);
    snprintf(base, sizeof base, "%s", dir);
    if (dl > 5 && strcmp(dir + dl - 5, ".json") == 0) {
        snprintf(path, sizeof path, "%s", dir);
        char *slash = strrchr(base, '/');
        if (slash)
            *slash = '\0';
        else
            snprintf(base, sizeof base, ".");
    } else {
        snprintf(path, sizeof path, "%s/evaldata.json", dir);
    }
    dir = base;
    json_t *root = json_load_file(path, 0, NULL);
    if (!root) {
        fprintf(stderr, "extract-eval: cannot read %s\n", path);
        return 1;
    }
    size_t tp = 0, fn = 0, fp = 0, tn = 0, pages = 0, missing = 0;
    /* the same counts for two halves of the pages, split by a hash of the
     * file name, to check that a change helps on both */
    size_t htp[2] = {0, 0}, hfn[2] = {0, 0}, hfp[2] = {0, 0};
    double secs = 0;
    const char *url;
    json_t *rec;
    json_object_foreach(root, url, rec) {
        const char *file = json_string_value(json_object_get(rec, "file"));
        if (!file) continue;
        size_t len = 0;
        char *html = NULL;
        snprintf(path, sizeof path, "%s/html/eval/%s.gz", dir, file);
        html = read_gz(path, &len);
        if (!html) {
            snprintf(path, sizeof path, "%s/html/cache/%s.gz", dir, file);
            html = read_gz(path, &len);
        }
        if (!html) {
            missing++;
            continue;
        }
        pages++;
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        precis_page *p = precis_extract_html(e, html, len, NULL);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        secs += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
        size_t n = 0;
        char *text = strdup(p ? precis_page_text(p, &n) : "");
        /* The metric reads the title too, as trafilatura's output has it. */
        const char *title = p ? precis_page_title(p) : "";
        size_t tl = strlen(title);
        char *all = malloc(tl + strlen(text) + 2);
        memcpy(all, title, tl);
        all[tl] = ' ';
        strcpy(all + tl + 1, text);
        collapse(all, strlen(all));
        size_t ptp = 0, pfn = 0, pfp = 0;
        size_t i;
        json_t *s;
        json_array_foreach(json_object_get(rec, "with"), i, s) {
            if (contains(all, json_string_value(s)))
                ptp++;
            else {
                pfn++;
                if (verbose) printf("  miss %s: %s\n", file, json_string_value(s));
            }
        }
        json_array_foreach(json_object_get(rec, "without"), i, s) {
            if (contains(all, json_string_value(s))) {
                pfp++;
                if (verbose) printf("  junk %s: %s\n", file, json_string_value(s));
            } else {
                tn++;
            }
        }
        tp += ptp, fn += pfn, fp += pfp;
        uint32_t h = 2166136261u;
        for (const char *c = file; *c; c++)
            h = (h ^ (unsigned char)*c) * 16777619u;
        h = (h >> 16) & 1;
        htp[h] += ptp, hfn[h] += pfn, hfp[h] += pfp;
        free(all);
        free(text);
        precis_page_free(p);
        free(html);
    }
    json_decref(root);
    double prec = tp + fp ? (double)tp / (double)(tp + fp) : 0;
    double rec_ = tp + fn ? (double)tp / (double)(tp + fn) : 0;
    double f1 = 2.0 * (double)tp / (double)(2 * tp + fp + fn);
    double acc = (double)(tp + tn) / (double)(tp + tn + fp + fn);
    printf("trafilatura-eval: %zu pages (%zu missing)  precision %.3f  recall %.3f  F1 %.3f  "
           "accuracy %.3f  (%.1f pages/s)\n",
           pages, missing, prec, rec_, f1, acc, secs > 0 ? (double)pages / secs : 0);
    if (halves)
        for (int k = 0; k < 2; k++)
            printf("  half %c: precision %.3f  recall %.3f  F1 %.3f  (tp %zu fp %zu fn %zu)\n",
                   'A' + k, htp[k] + hfp[k] ? (double)htp[k] / (double)(htp[k] + hfp[k]) : 0,
                   htp[k] + hfn[k] ? (double)htp[k] / (double)(htp[k] + hfn[k]) : 0,
                   2.0 * (double)htp[k] / (double)(2 * htp[k] + hfp[k] + hfn[k]), htp[k], hfp[k],
                   hfn[k]);
    return 0;
}

static int cmp(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Token 4-gram hashes of text, sorted. */
static size_t ngrams(const char *text, uint64_t **out) {
    size_t cap = 1024, n = 0, ntok = 0;
    uint64_t *tok = malloc(cap * sizeof *tok);
    const char *p = text;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p) break;
        uint64_t h = 1469598103934665603ULL;
        while (*p && *p != ' ')
            h = (h ^ (unsigned char)*p++) * 1099511628211ULL;
        if (ntok == cap) tok = realloc(tok, (cap *= 2) * sizeof *tok);
        tok[ntok++] = h;
    }
    uint64_t *g = malloc((ntok + 1) * sizeof *g);
    for (size_t i = 0; i + 4 <= ntok; i++)
        g[n++] = tok[i] * 31 + tok[i + 1] * 961 + tok[i + 2] * 29791 + tok[i + 3] * 923521;
    free(tok);
    qsort(g, n, sizeof *g, cmp);
    *out = g;
    return n;
}

/* F1 of the 4-grams of got against want; *prec and *rec get its precision
 * and recall. */
static double ngram_f1(const char *got, const char *want, double *prec, double *rec) {
    uint64_t *a, *b;
    size_t na = ngrams(got, &a), nb = ngrams(want, &b);
    size_t i = 0, j = 0, common = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j])
            common++, i++, j++;
        else if (a[i] < b[j])
            i++;
        else
            j++;
    }
    free(a);
    free(b);
    *prec = *rec = na == 0 && nb == 0;
    if (na == 0 && nb == 0) return 1;
    if (na == 0 || nb == 0) return 0;
    double p = (double)common / (double)na, r = (double)common / (double)nb;
    *prec = p, *rec = r;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

/* Whether an element flows inside a line of text (no word break around it),
 * as a browser renders it. */
static int inline_tag(GumboTag t) {
    static const GumboTag tags[] = {
        GUMBO_TAG_A,    GUMBO_TAG_ABBR,   GUMBO_TAG_B,     GUMBO_TAG_BDI,    GUMBO_TAG_BDO,
        GUMBO_TAG_CITE, GUMBO_TAG_CODE,   GUMBO_TAG_DATA,  GUMBO_TAG_DFN,    GUMBO_TAG_EM,
        GUMBO_TAG_I,    GUMBO_TAG_KBD,    GUMBO_TAG_MARK,  GUMBO_TAG_Q,      GUMBO_TAG_S,
        GUMBO_TAG_SAMP, GUMBO_TAG_SMALL,  GUMBO_TAG_SPAN,  GUMBO_TAG_STRONG, GUMBO_TAG_SUB,
        GUMBO_TAG_SUP,  GUMBO_TAG_TIME,   GUMBO_TAG_U,     GUMBO_TAG_VAR,    GUMBO_TAG_FONT,
        GUMBO_TAG_TT,   GUMBO_TAG_STRIKE, GUMBO_TAG_BIG,   GUMBO_TAG_NOBR,   GUMBO_TAG_WBR,
        GUMBO_TAG_INS,  GUMBO_TAG_DEL,    GUMBO_TAG_LABEL, GUMBO_TAG_IMG,    GUMBO_TAG_RUBY,
        GUMBO_TAG_RB};
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
        if (tags[i] == t) return 1;
    return 0;
}

/* Text of a whole HTML file as a browser lays it out, whitespace collapsed:
 * block elements separate words, inline ones (a highlighted token in code)
 * do not. */
static char *html_text(const char *html, size_t len) {
    GumboOutput *o = gumbo_parse_with_options(&kGumboDefaultOptions, html, len);
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    precis_vec st; /* nodes to visit; NULL stands for "end of a block" */
    precis_vec_init(&st, sizeof(GumboNode *), &precis_default_alloc);
    *(GumboNode **)precis_vec_push(&st) = o->root;
    while (st.len) {
        GumboNode *n = *PRECIS_VEC_AT(&st, GumboNode *, --st.len);
        if (!n) {
            precis_buf_putc(&b, ' ');
        } else if (n->type == GUMBO_NODE_ELEMENT) {
            int block = !inline_tag(n->v.element.tag);
            if (block) *(GumboNode **)precis_vec_push(&st) = NULL;
            for (size_t i = n->v.element.children.length; i-- > 0;)
                *(GumboNode **)precis_vec_push(&st) = n->v.element.children.data[i];
            if (block) precis_buf_putc(&b, ' ');
        } else if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
            precis_buf_puts(&b, n->v.text.text);
        }
    }
    precis_vec_free(&st);
    gumbo_destroy_output(&kGumboDefaultOptions, o);
    char *s = precis_buf_detach(&b, &len);
    collapse(s, len);
    return s;
}

static int readability(const precis_engine *e, const char *dir, int verbose) {
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "extract-eval: cannot open %s\n", dir);
        return 1;
    }
    struct dirent *de;
    size_t pages = 0, titles = 0, good = 0;
    double sum = 0, psum = 0, rsum = 0;
    char path[4096];
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        size_t len, elen, mlen;
        snprintf(path, sizeof path, "%s/%s/source.html", dir, de->d_name);
        char *html = read_file(path, &len);
        snprintf(path, sizeof path, "%s/%s/expected.html", dir, de->d_name);
        char *exp = read_file(path, &elen);
        snprintf(path, sizeof path, "%s/%s/expected-metadata.json", dir, de->d_name);
        char *meta = read_file(path, &mlen);
        if (!html || !exp || !meta) {
            free(html), free(exp), free(meta);
            continue;
        }
        precis_page *p = precis_extract_html(e, html, len, NULL);
        size_t n = 0;
        char *got = strdup(p ? precis_page_text(p, &n) : "");
        collapse(got, strlen(got));
        char *want = html_text(exp, elen);
        double fp, fr, f = ngram_f1(got, want, &fp, &fr);
        const char *dump = getenv("EXTRACT_EVAL_DUMP"); /* folder for got/want texts */
        if (dump) {
            snprintf(path, sizeof path, "%s/%s.got", dump, de->d_name);
            FILE *df = fopen(path, "w");
            if (df) fputs(got, df), fclose(df);
            snprintf(path, sizeof path, "%s/%s.want", dump, de->d_name);
            df = fopen(path, "w");
            if (df) fputs(want, df), fclose(df);
        }
        sum += f, psum += fp, rsum += fr;
        good += f >= 0.9;
        pages++;
        json_t *m = json_loads(meta, 0, NULL);
        const char *wt = m ? json_string_value(json_object_get(m, "title")) : NULL;
        char *t1 = strdup(wt ? wt : ""), *t2 = strdup(p ? precis_page_title(p) : "");
        collapse(t1, strlen(t1)), collapse(t2, strlen(t2));
        int title_ok = strcmp(t1, t2) == 0;
        titles += title_ok;
        if (verbose > 1 || (verbose && (f < 0.9 || !title_ok)))
            printf("  %-40s f1 %.3f  title %s  got \"%s\" want \"%s\"\n", de->d_name, f,
                   title_ok ? "ok" : "BAD", t2, t1);
        free(t1), free(t2);
        json_decref(m);
        free(got), free(want);
        precis_page_free(p);
        free(html), free(exp), free(meta);
    }
    closedir(d);
    printf("readability-testpages: %zu pages  4-gram F1 mean %.3f  (%zu >= 0.9)  titles right "
           "%zu/%zu (%.1f%%)\n",
           pages, pages ? sum / (double)pages : 0, good, titles, pages,
           pages ? 100.0 * (double)titles / (double)pages : 0);
    if (pages)
        printf("  means: 4-gram precision %.4f  recall %.4f  F1 %.4f\n", psum / (double)pages,
               rsum / (double)pages, sum / (double)pages);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: extract-eval trafilatura|readability DIR [-v]\n");
        return 2;
    }
    int verbose = argc > 3 ? (strcmp(argv[3], "-v") == 0) + 2 * (strcmp(argv[3], "-a") == 0) : 0;
    precis_error err = {0};
    precis_engine *e = precis_engine_new("en", NULL, &err);
    if (!e) {
        fprintf(stderr, "extract-eval: %s\n", err.msg);
        return 1;
    }
    int halves = getenv("EXTRACT_EVAL_HALVES") != NULL;
    int rc = strcmp(argv[1], "trafilatura") == 0 ? trafilatura(e, argv[2], verbose, halves)
                                                 : readability(e, argv[2], verbose);
    precis_engine_free(e);
    return rc;
}
