/* sections-eval.c - measures the sections stage (src/sections.h).
 *
 *   sections-eval concat [opts] FILE.jsonl...
 *       Documents made of 3-6 consecutive articles of one set (seeded
 *       shuffle), the article boundaries known; Pk and WindowDiff over
 *       paragraphs of precis's sections and of the baselines. A text with
 *       no blank line has its sentences grouped into paragraphs of at least
 *       50 words (a short tail joins the last one).
 *   sections-eval pages [opts] EXTRACT_DIR
 *       The pages of ../shared/extract whose extracted article has 2 or more
 *       h2-h4 subheadings inside it: headings removed, their positions kept
 *       as section starts; Pk/WindowDiff of the generated sections, and
 *       ROUGE-1 of generated headings against the authors'.
 *   sections-eval fit [opts] EXTRACT_DIR
 *       The pages' token features of the heading model and whether each
 *       word is in the authors' heading; prints the fitted weights
 *       (logistic regression) for src/sections.c, the paragraph-length
 *       prior on boundaries (precis_sections_shape_default) and the cue
 *       prior (precis_sections_cue_default).
 *   sections-eval dump [opts] EXTRACT_DIR
 *       The same pages as JSON lines (paragraphs, the authors' sections and
 *       headings, sentences, tokens and their heading-model features,
 *       precis's sections and headings), to study methods outside the tool.
 *   sections-eval show [--lang xx] FILE.txt
 *       Sections and headings of one text (first line: title).
 * Options: --half a|b|all (articles or pages by a hash of their id: a for
 * tuning, b held out), --docs N (concat: documents per set, default 200),
 * --seed S, --penalty X, --min-len N, --lead-max N, --max-sections N,
 * --heading-len X, --shape X (weight of the boundary priors), --count X and
 * --count-paras X (the prior on the number of segments), --smoothing X (of
 * a section's unigram model), --marginal (its Dirichlet-multinomial cost),
 * --min-paras N, --min-paras-weak N (0: no sections under --min-paras),
 * --min-words N, --weights W,W,... (the heading model's), --gap W,W,... (the
 * boundary model's, enum precis_gap_feature; tools/sections-gaps.py fits
 * them), --text-params (pages, fit, dump: the defaults for plain text
 * instead of those for web pages, precis_sections_params_page),
 * --page-params (concat, show: the web pages' settings), --without (pages: those without
 * subheadings, and how many get sections by length), -v (pages: one line per page); study of the
 * number of sections: --oracle N (pages: each page's best number of headed sections, 1..N) and
 * --curve (pages and concat: one JSON line per document, the least cost and the Pk of 1-9
 * segments). See docs/quality.md, "Sections".
 */
#include "html/html.h"
#include "rouge.h"
#include "sectdoc.h"

#include <dirent.h>
#include <gumbo.h>
#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

typedef struct opts {
    int half; /* 0 all, 1 a, 2 b */
    size_t docs;
    uint64_t seed;
    int verbose;
    int fit;         /* pages: collect the heading model's features instead */
    int dump;        /* pages: one JSON line per page instead of the scores */
    int without;     /* pages: the pages without subheadings, and how many get sections */
    int curve;       /* one JSON line per document: cost and Pk by number of segments */
    unsigned oracle; /* pages: the best number of sections for each page, up to this (study) */
    const char *lang;
    precis_sections_params p;
} opts;

static uint64_t hash64(const char *s) {
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static uint64_t rnd(uint64_t *st) {
    *st += 0x9e3779b97f4a7c15ull;
    uint64_t z = *st;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static int in_half(const opts *o, const char *id) {
    if (!o->half) return 1;
    return (int)((hash64(id) >> 17) & 1) + 1 == o->half;
}

/* ------------------------------------------------------------- metrics */

/* Pk and WindowDiff of hypothesis against reference, both given as the
 * segment index of each of n units; k = half the mean reference segment
 * length (at least 1). */
static void pk_wd(const size_t *ref, const size_t *hyp, size_t n, double *pk, double *wd) {
    size_t nseg = n ? ref[n - 1] + 1 : 1;
    size_t k = (size_t)floor((double)n / (2.0 * (double)nseg) + 0.5);
    if (k < 1) k = 1;
    if (n <= k) {
        *pk = *wd = 0;
        return;
    }
    size_t ep = 0, ew = 0;
    for (size_t i = 0; i + k < n; i++) {
        int rs = ref[i] == ref[i + k], hs = hyp[i] == hyp[i + k];
        ep += rs != hs;
        ew += (ref[i + k] - ref[i]) != (hyp[i + k] - hyp[i]);
    }
    *pk = (double)ep / (double)(n - k);
    *wd = (double)ew / (double)(n - k);
}

enum { SYS_PRECIS, SYS_NONE, SYS_ALL, SYS_EQUAL, NSYS };
static const char *const sys_names[NSYS] = {"precis", "no boundary", "every paragraph",
                                            "equal split (reference count)"};

typedef struct acc {
    double pk[NSYS], wd[NSYS];
    size_t n;
    double paras, segs, hyp_segs;
} acc;

/* Scores precis's sections (secs) and the baselines against ref. */
static void score_all(acc *a, const size_t *ref, size_t n, const precis_sect *secs, size_t nsec,
                      size_t *hyp) {
    double pk, wd;
    for (size_t i = 0; i < n; i++)
        hyp[i] = 0;
    for (size_t s = 0; s < nsec; s++)
        for (size_t i = secs[s].first; i <= secs[s].last && i < n; i++)
            hyp[i] = s;
    pk_wd(ref, hyp, n, &pk, &wd);
    a->pk[SYS_PRECIS] += pk, a->wd[SYS_PRECIS] += wd;
    for (size_t i = 0; i < n; i++)
        hyp[i] = 0;
    pk_wd(ref, hyp, n, &pk, &wd);
    a->pk[SYS_NONE] += pk, a->wd[SYS_NONE] += wd;
    for (size_t i = 0; i < n; i++)
        hyp[i] = i;
    pk_wd(ref, hyp, n, &pk, &wd);
    a->pk[SYS_ALL] += pk, a->wd[SYS_ALL] += wd;
    size_t m = ref[n - 1] + 1;
    for (size_t i = 0; i < n; i++)
        hyp[i] = i * m / n;
    pk_wd(ref, hyp, n, &pk, &wd);
    a->pk[SYS_EQUAL] += pk, a->wd[SYS_EQUAL] += wd;
    a->n++;
    a->paras += (double)n;
    a->segs += (double)m;
    a->hyp_segs += (double)(nsec ? nsec : 1);
}

static void print_acc(const char *name, const acc *a) {
    if (!a->n) return;
    double n = (double)a->n;
    printf(
        "\n%s: %zu documents, %.1f paragraphs and %.2f segments on average; precis makes %.2f\n\n",
        name, a->n, a->paras / n, a->segs / n, a->hyp_segs / n);
    printf("| system | Pk | WindowDiff |\n|---|---|---|\n");
    for (int s = 0; s < NSYS; s++)
        printf("| %s | %.3f | %.3f |\n", sys_names[s], a->pk[s] / n, a->wd[s] / n);
}

/* curve: the document's cost and Pk for each number of segments, and the
 * features a rule choosing that number may read (study of the count). */
static void print_curve(const opts *o, const char *kind, const precis_sections_doc *d,
                        const size_t *ref, size_t n, size_t *hyp, precis_sections_scratch *sc,
                        precis_vec *secs) {
    enum { MMAX = 10 };
    double tr[2 * (PRECIS_SECTIONS_LIMIT + 2)];
    for (size_t i = 0; i < sizeof tr / sizeof tr[0]; i++)
        tr[i] = -1;
    precis_sections_params q = o->p;
    q.max_sections = MMAX - 1;
    q.min_sections = 0;
    q.trace = tr;
    long k = precis_sections_split(d, &q, sc, secs);
    if (k <= 0) return;
    size_t words = 0, shortp = 0, content = 0;
    size_t *w = calloc(d->n_paras + 1, sizeof *w);
    for (size_t i = 0; i < d->n_sents; i++)
        for (size_t t = d->sents[i].tok_begin; t < d->sents[i].tok_end; t++) {
            int isw = (d->toks[t].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) != 0;
            words += isw;
            if (d->sents[i].para < d->n_paras) w[d->sents[i].para] += isw;
            content +=
                (d->toks[t].flags & PRECIS_TOK_WORD) && !(d->toks[t].flags & PRECIS_TOK_STOP);
        }
    for (size_t i = 0; i < d->n_paras; i++)
        shortp += w[i] < 15;
    free(w);
    printf("{\"kind\":\"%s\",\"np\":%zu,\"words\":%zu,\"content\":%zu,\"short\":%zu,\"nref\":%zu,"
           "\"cost\":[",
           kind, d->n_paras, words, content, shortp, n ? ref[n - 1] + 1 : 0);
    for (int m = 1; m < MMAX; m++)
        printf("%.3f%s", tr[m], m + 1 < MMAX ? "," : "],\"lead\":[");
    for (int m = 1; m < MMAX; m++)
        printf("%.0f%s", tr[PRECIS_SECTIONS_LIMIT + 2 + m], m + 1 < MMAX ? "," : "],\"pk\":[");
    for (int m = 1; m < MMAX; m++) {
        q.trace = NULL;
        q.force_segments = (unsigned)m;
        long kk = m == 1 ? 0 : precis_sections_split(d, &q, sc, secs);
        for (size_t i = 0; i < n; i++)
            hyp[i] = 0;
        for (long sx = 0; sx < kk; sx++) {
            const precis_sect *x = PRECIS_VEC_AT(secs, precis_sect, sx);
            for (size_t i = x->first; i <= x->last && i < n; i++)
                hyp[i] = (size_t)sx;
        }
        double pk, wd;
        pk_wd(ref, hyp, n, &pk, &wd);
        printf("%.4f%s", kk == m || m == 1 ? pk : -1.0, m + 1 < MMAX ? "," : "]}\n");
    }
}

/* -------------------------------------------------------------- concat */

typedef struct article {
    char *id, *text;
} article;

/* Appends the paragraphs of one article to d: its blank-line paragraphs,
 * or, with none, its sentences grouped into paragraphs of >= 50 words. */
static int add_article(ev_sdoc *d, ev_analyser *an, const char *text) {
    size_t n = strlen(text);
    if (strstr(text, "\n\n")) {
        const char *p = text;
        while (p < text + n) {
            const char *e = strstr(p, "\n\n");
            if (!e) e = text + n;
            if (ev_sdoc_add_para(d, p, (size_t)(e - p)) != 0) return -1;
            p = e + 2;
        }
        return 0;
    }
    /* the sentences as the brief segments them, under a placeholder
     * headline so that the text's first line stays in the body */
    precis_buf raw;
    precis_buf_init(&raw, &precis_default_alloc);
    precis_buf_append(&raw, "Sections\n\n", 10);
    precis_buf_append(&raw, text, n);
    precis_options o;
    precis_options_default(&o);
    o.lang = an->lang;
    o.points = 0;
    precis_brief *br = precis_brief_analyse(an->engine, raw.data, raw.len, &o, NULL, NULL, NULL);
    precis_buf_free(&raw);
    if (!br) return 0;
    const precis_analysis *an_ = precis_brief_analysis(br);
    const char *tx = an_->text.text.data;
    const precis_sentence *s = an_->sents.data;
    size_t ns = an_->sents.len;
    size_t start = 0, words = 0;
    int rc = 0;
    /* paragraph ends: after sentence i when >= 50 words gathered; a tail
     * under 50 words joins the previous paragraph */
    size_t *ends = calloc(ns + 1, sizeof *ends), ne = 0;
    for (size_t i = 0; i < ns && ends; i++) {
        words += ev_sdoc_words(tx, s[i].off, s[i].len);
        if (words >= 50) ends[ne++] = i, words = 0;
    }
    if (ends && ns) {
        if (ne == 0)
            ends[ne++] = ns - 1;
        else if (ends[ne - 1] != ns - 1)
            ends[ne - 1] = ns - 1;
    }
    for (size_t k = 0; ends && k < ne && rc == 0; k++) {
        size_t a = s[start].off, b = s[ends[k]].off + s[ends[k]].len;
        rc = ev_sdoc_add_para(d, tx + a, b - a);
        start = ends[k] + 1;
    }
    free(ends);
    precis_brief_free(br);
    return rc;
}

static int run_concat(const opts *o, int nfiles, char **files) {
    acc total[8];
    char langs[8][8];
    size_t nl = 0;
    memset(total, 0, sizeof total);
    ev_sdoc d;
    ev_sdoc_init(&d);
    precis_sections_scratch sc;
    precis_sections_scratch_init(&sc, &precis_default_alloc);
    precis_vec secs;
    precis_vec_init(&secs, sizeof(precis_sect), &precis_default_alloc);
    for (int f = 0; f < nfiles; f++) {
        FILE *in = fopen(files[f], "r");
        if (!in) {
            fprintf(stderr, "sections-eval: cannot open %s\n", files[f]);
            return 1;
        }
        article *arts = NULL;
        size_t na = 0, cap = 0;
        char lang[8] = "";
        char *line = NULL;
        size_t lcap = 0;
        while (getline(&line, &lcap, in) > 0) {
            json_t *r = json_loads(line, 0, NULL);
            if (!r) continue;
            const char *id = json_string_value(json_object_get(r, "id"));
            const char *text = json_string_value(json_object_get(r, "text"));
            const char *lg = json_string_value(json_object_get(r, "lang"));
            if (id && text && lg && strlen(lg) < sizeof lang && in_half(o, id)) {
                strcpy(lang, lg);
                if (na == cap) arts = realloc(arts, (cap = cap ? cap * 2 : 256) * sizeof *arts);
                arts[na].id = strdup(id);
                arts[na].text = strdup(text);
                na++;
            }
            json_decref(r);
        }
        free(line);
        fclose(in);
        if (!na) continue;
        ev_analyser an;
        if (ev_analyser_init(&an, lang) != 0) return 1;
        uint64_t st = o->seed ^ hash64(files[f]);
        for (size_t i = na; i > 1; i--) { /* Fisher-Yates */
            size_t j = (size_t)(rnd(&st) % i);
            article t = arts[i - 1];
            arts[i - 1] = arts[j];
            arts[j] = t;
        }
        acc a;
        memset(&a, 0, sizeof a);
        size_t *ref = NULL, *hyp = NULL, rcap = 0;
        for (size_t pos = 0, doc = 0; doc < o->docs; doc++) {
            size_t k = 3 + (size_t)(rnd(&st) % 4);
            if (pos + k > na) break;
            ev_sdoc_clear(&d);
            size_t nref_units = 0;
            for (size_t i = 0; i < k; i++) {
                size_t before = d.n_paras;
                if (add_article(&d, &an, arts[pos + i].text) != 0) return 1;
                if (d.n_paras + 1 > rcap) {
                    rcap = (d.n_paras + 1) * 2;
                    ref = realloc(ref, rcap * sizeof *ref);
                    hyp = realloc(hyp, rcap * sizeof *hyp);
                }
                for (size_t p = before; p < d.n_paras; p++)
                    ref[p] = nref_units;
                if (d.n_paras > before) nref_units++;
            }
            pos += k;
            if (ev_sdoc_finish(&d, &an, NULL, 0) != 0) return 1;
            if (o->curve) {
                print_curve(o, lang, &d.doc, ref, d.n_paras, hyp, &sc, &secs);
                continue;
            }
            long ns = precis_sections_split(&d.doc, &o->p, &sc, &secs);
            if (ns < 0) return 1;
            score_all(&a, ref, d.n_paras, secs.data, (size_t)ns, hyp);
        }
        free(ref);
        free(hyp);
        const char *base = strrchr(files[f], '/');
        print_acc(base ? base + 1 : files[f], &a);
        size_t li = 0;
        while (li < nl && strcmp(langs[li], lang))
            li++;
        if (li == nl && nl < 8) strcpy(langs[nl++], lang);
        if (li < 8) {
            for (int s = 0; s < NSYS; s++)
                total[li].pk[s] += a.pk[s], total[li].wd[s] += a.wd[s];
            total[li].n += a.n;
            total[li].paras += a.paras, total[li].segs += a.segs, total[li].hyp_segs += a.hyp_segs;
        }
        ev_sdoc_clear(&d); /* its brief belongs to the engine */
        ev_analyser_free(&an);
        for (size_t i = 0; i < na; i++)
            free(arts[i].id), free(arts[i].text);
        free(arts);
    }
    for (size_t li = 0; li < nl; li++) {
        char name[32];
        snprintf(name, sizeof name, "all %s sets", langs[li]);
        print_acc(name, &total[li]);
    }
    ev_sdoc_free(&d);
    precis_sections_scratch_free(&sc);
    precis_vec_free(&secs);
    return 0;
}

/* --------------------------------------------------------------- pages */

static char *read_all(const char *path, size_t *len) {
    gzFile g = gzopen(path, "rb"); /* reads plain files too */
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

/* Collapsed text of every h2-h4 of the tree, NUL-separated in out. */
static void collect_headings(const GumboNode *node, precis_buf *out, precis_buf *tmp) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4) {
        precis_buf_clear(tmp);
        precis_html_node_text(node, tmp);
        if (tmp->len) {
            precis_buf_append(out, tmp->data, tmp->len);
            precis_buf_putc(out, 0);
        }
        return;
    }
    const GumboVector *ch = &node->v.element.children;
    for (unsigned i = 0; i < ch->length; i++)
        collect_headings(ch->data[i], out, tmp);
}

/* Trimmed, whitespace-collapsed copy of s[0..n) into out. */
static void collapse(const char *s, size_t n, precis_buf *out) {
    precis_buf_clear(out);
    int pend = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            pend = out->len > 0;
            continue;
        }
        if (pend) precis_buf_putc(out, ' ');
        pend = 0;
        precis_buf_putc(out, (char)c);
    }
    if (!out->data) precis_buf_putc(out, 0), out->len = 0;
}

static int has_heading(const precis_buf *heads, const char *s, size_t n) {
    for (size_t i = 0; i < heads->len;) {
        size_t l = strlen(heads->data + i);
        if (l == n && !memcmp(heads->data + i, s, n)) return 1;
        i += l + 1;
    }
    return 0;
}

typedef struct page_stats {
    acc seg;
    size_t headings;
    /* ROUGE-1 F1 sums: precis on the authors' sections, precis end to end,
     * first five words, best 8-word sentence opening */
    double r_own, r_e2e, r_five, r_open8;
    size_t n_e2e;
    size_t words;
} page_stats;

typedef struct page_ctx {
    const opts *o;
    precis_langid *lid;
    ev_analyser an[PRECIS_MAX_LANGS];
    int an_ok[PRECIS_MAX_LANGS];
    page_stats st[PRECIS_MAX_LANGS];
    rouge_ctx *rouge;
    ev_sdoc d;
    precis_sections_scratch sc;
    precis_vec secs, own, pieces;
    size_t pages;
    precis_vec rows; /* fit: PRECIS_HEADING_FEATURES doubles and a label each */
    /* fit: paragraph pairs by length class, [before][after][boundary] */
    double shape[PRECIS_SHAPE_CLASSES][PRECIS_SHAPE_CLASSES][2];
    /* the same pairs by the cue class too */
    double cue[PRECIS_CUE_CLASSES][PRECIS_SHAPE_CLASSES][PRECIS_SHAPE_CLASSES][2];
    const char *const *heads; /* fit: the authors' heading of each own section */
    size_t n_heads;
} page_ctx;

static double r1(rouge_ctx *rc, const char *a, size_t an, const char *b, size_t bn) {
    rouge_seq x, y;
    rouge_seq_init(&x);
    rouge_seq_init(&y);
    rouge_scores s;
    double f = 0;
    if (rouge_tokenize(rc, a, an, &x) == 0 && rouge_tokenize(rc, b, bn, &y) == 0 &&
        rouge_score(rc, &x, &y, &s) == 0)
        f = s.m[ROUGE_1].f;
    rouge_seq_free(&x);
    rouge_seq_free(&y);
    return f;
}

/* Byte end of the first w words of text[off, off+len). */
static size_t first_words_end(const ev_sdoc *d, size_t tok_from, size_t tok_to, size_t w) {
    const precis_token *t = d->toks.data;
    size_t end = 0, k = 0;
    for (size_t i = tok_from; i < tok_to && k < w; i++, k++)
        end = t[i].off + t[i].len;
    return end;
}

static void heading_text(page_ctx *c, const precis_sect *s, precis_buf *out) {
    precis_buf_clear(out);
    if (s->piece_count)
        precis_heading_render(c->d.doc.text, PRECIS_VEC_AT(&c->pieces, precis_piece, s->piece_off),
                              s->piece_count, c->d.doc.lang, out);
}

/* ------------------------------------------------------ fitting headings */

enum { ROW = PRECIS_HEADING_FEATURES + 1 };

/* One row per token: its features, and 1 when one of its words is a word
 * of the authors' heading of its section (ROUGE's tokens). */
static int fit_row(void *ctx, size_t sec, size_t tok, const double *f) {
    page_ctx *c = ctx;
    if (sec >= c->n_heads) return 0;
    const precis_token *t = PRECIS_VEC_AT(&c->d.toks, precis_token, tok);
    rouge_seq x, y;
    rouge_seq_init(&x);
    rouge_seq_init(&y);
    int hit = 0;
    if (rouge_tokenize(c->rouge, c->d.doc.text + t->off, t->len, &x) == 0 &&
        rouge_tokenize(c->rouge, c->heads[sec], strlen(c->heads[sec]), &y) == 0)
        for (size_t i = 0; i < x.n && !hit; i++)
            for (size_t j = 0; j < y.n && !hit; j++)
                hit = x.tok[i] == y.tok[j];
    rouge_seq_free(&x);
    rouge_seq_free(&y);
    if (precis_vec_reserve(&c->rows, c->rows.len + ROW) != 0) return -1;
    double *r = (double *)c->rows.data + c->rows.len;
    memcpy(r, f, PRECIS_HEADING_FEATURES * sizeof *f);
    r[PRECIS_HEADING_FEATURES] = hit;
    c->rows.len += ROW;
    return 0;
}

static void fit_page(page_ctx *c, const precis_buf *htexts) {
    const char *heads[256];
    size_t n = 0;
    heads[n++] = ""; /* the intro */
    for (const char *h = htexts->data + 1; h < htexts->data + htexts->len && n < 256;
         h += strlen(h) + 1)
        heads[n++] = h;
    c->heads = heads;
    c->n_heads = n;
    precis_sections_features(&c->d.doc, c->own.data, c->own.len, &c->sc, fit_row, c);
    c->heads = NULL;
}

/* Counts the paragraph pairs by the length classes of the boundary prior
 * (words: word or number tokens) and whether a section starts between. */
static void fit_shape(page_ctx *c, const size_t *ref, size_t nref) {
    const precis_sections_doc *d = &c->d.doc;
    size_t *w = calloc(d->n_paras + 1, sizeof *w);
    if (!w) return;
    for (size_t i = 0; i < d->n_sents; i++)
        for (size_t t = d->sents[i].tok_begin; t < d->sents[i].tok_end; t++)
            if (d->sents[i].para < d->n_paras)
                w[d->sents[i].para] += (d->toks[t].flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) != 0;
    for (size_t i = 1; i < nref && i < d->n_paras; i++) {
        size_t a = precis_sections_shape_class(w[i - 1]), b = precis_sections_shape_class(w[i]);
        size_t q = precis_sections_cue_class(d->text, &d->paras[i - 1], &d->paras[i]);
        c->shape[a][b][ref[i] != ref[i - 1]] += 1;
        c->cue[q][a][b][ref[i] != ref[i - 1]] += 1;
    }
    free(w);
}

static void shape_print(const page_ctx *c) {
    double n = 0, b = 0;
    for (int i = 0; i < PRECIS_SHAPE_CLASSES; i++)
        for (int j = 0; j < PRECIS_SHAPE_CLASSES; j++)
            n += c->shape[i][j][0] + c->shape[i][j][1], b += c->shape[i][j][1];
    printf("boundary prior (log P(boundary | classes) / P(boundary), Laplace-smoothed), %.0f "
           "pairs, %.3f boundaries:\n",
           n, n ? b / n : 0);
    for (int i = 0; i < PRECIS_SHAPE_CLASSES; i++) {
        printf("{");
        for (int j = 0; j < PRECIS_SHAPE_CLASSES; j++) {
            const double *x = c->shape[i][j];
            printf("%.2f%s", log((x[1] + 1) / (x[0] + x[1] + 2) / (b / n)),
                   j + 1 < PRECIS_SHAPE_CLASSES ? ", " : "},\n");
        }
    }
    /* the cue prior: boundaries seen over those the length classes expect,
     * log((observed + 1) / (expected + 1)) */
    printf("cue prior (log observed / expected boundaries given the classes):\n{");
    for (int q = 0; q < PRECIS_CUE_CLASSES; q++) {
        double obs = 0, exp_b = 0;
        for (int i = 0; i < PRECIS_SHAPE_CLASSES; i++)
            for (int j = 0; j < PRECIS_SHAPE_CLASSES; j++) {
                const double *x = c->shape[i][j], *y = c->cue[q][i][j];
                obs += y[1];
                if (x[0] + x[1] > 0) exp_b += (y[0] + y[1]) * x[1] / (x[0] + x[1]);
            }
        printf("%.2f%s", log((obs + 1) / (exp_b + 1)), q + 1 < PRECIS_CUE_CLASSES ? ", " : "}\n");
    }
}

/* Gaussian elimination with partial pivoting: solves a x = b in place (b
 * becomes x). */
static void solve(double *a, double *b, int n) {
    for (int col = 0; col < n; col++) {
        int piv = col;
        for (int r = col + 1; r < n; r++)
            if (fabs(a[r * n + col]) > fabs(a[piv * n + col])) piv = r;
        for (int k = 0; k < n; k++) {
            double t = a[col * n + k];
            a[col * n + k] = a[piv * n + k];
            a[piv * n + k] = t;
        }
        double t = b[col];
        b[col] = b[piv];
        b[piv] = t;
        for (int r = 0; r < n; r++) {
            if (r == col || a[col * n + col] == 0) continue;
            double m = a[r * n + col] / a[col * n + col];
            for (int k = col; k < n; k++)
                a[r * n + k] -= m * a[col * n + k];
            b[r] -= m * b[col];
        }
    }
    for (int r = 0; r < n; r++)
        b[r] = a[r * n + r] != 0 ? b[r] / a[r * n + r] : 0;
}

/* L2-regularized logistic regression by Newton's method (IRLS). */
static void fit_print(const precis_vec *rows) {
    enum { F = PRECIS_HEADING_FEATURES };
    size_t n = rows->len / ROW;
    const double *x = rows->data;
    double w[F] = {0}, hess[F * F], g[F];
    size_t pos = 0;
    for (size_t i = 0; i < n; i++)
        pos += x[i * ROW + F] > 0;
    for (int it = 0; it < 10; it++) {
        memset(hess, 0, sizeof hess);
        memset(g, 0, sizeof g);
        for (size_t i = 0; i < n; i++) {
            const double *r = x + i * ROW;
            double z = 0;
            for (int k = 0; k < F; k++)
                z += w[k] * r[k];
            double p = 1 / (1 + exp(-z)), d = p - r[F], s = p * (1 - p);
            for (int a = 0; a < F; a++) {
                if (r[a] == 0) continue;
                g[a] += d * r[a];
                for (int b = 0; b < F; b++)
                    hess[a * F + b] += s * r[a] * r[b];
            }
        }
        for (int a = 0; a < F; a++)
            hess[a * F + a] += 1.0, g[a] += w[a];
        solve(hess, g, F);
        for (int a = 0; a < F; a++)
            w[a] -= g[a];
    }
    printf("%zu tokens, %.3f in the authors' heading; weights (enum precis_heading_feature):\n", n,
           n ? (double)pos / (double)n : 0);
    for (int a = 0; a < F; a++)
        printf("%.2f,%s", w[a], a + 1 < F ? " " : "\n");
}

/* dump: the page as one JSON line (paragraph texts, reference segment of
 * each, the authors' headings, the sentences with their tokens, precis's
 * sections and headings), for exploring methods outside the tool. */
typedef struct dump_feats {
    double *f; /* PRECIS_HEADING_FEATURES per token; f[0] = 0 when none */
} dump_feats;

static int dump_feat(void *ctx, size_t sec, size_t tok, const double *f) {
    (void)sec;
    memcpy(((dump_feats *)ctx)->f + tok * PRECIS_HEADING_FEATURES, f,
           PRECIS_HEADING_FEATURES * sizeof *f);
    return 0;
}

static void dump_page(page_ctx *c, const char *name, int lang, const size_t *ref, size_t nref,
                      const precis_buf *htexts, long ns) {
    json_t *o = json_object();
    json_object_set_new(o, "name", json_string(name));
    json_object_set_new(o, "lang", json_string(precis_lang_code(lang)));
    json_object_set_new(o, "half", json_integer((int)((hash64(name) >> 17) & 1) + 1));
    const char *tx = c->d.doc.text;
    json_t *paras = json_array(), *refs = json_array(), *heads = json_array();
    for (size_t i = 0; i < nref && i < c->d.doc.n_paras; i++) {
        const precis_paragraph *pp = &c->d.doc.paras[i];
        json_array_append_new(paras, json_stringn(tx + pp->off, pp->len));
        json_array_append_new(refs, json_integer((json_int_t)ref[i]));
    }
    for (const char *h = htexts->data; h < htexts->data + htexts->len; h += strlen(h) + 1)
        json_array_append_new(heads, json_string(h));
    dump_feats df = {calloc(c->d.toks.len * PRECIS_HEADING_FEATURES + 1, sizeof(double))};
    precis_sections_features(&c->d.doc, c->own.data, c->own.len, &c->sc, dump_feat, &df);
    json_t *sents = json_array();
    for (size_t i = 0; i < c->d.doc.n_sents; i++) {
        const precis_sentence *st = &c->d.doc.sents[i];
        json_t *toks = json_array();
        for (size_t t = st->tok_begin; t < st->tok_end; t++) {
            const precis_token *tk = &c->d.doc.toks[t];
            json_t *tj = json_pack("[s#,i,i,i]", tx + tk->off, (int)tk->len, (int)tk->flags,
                                   (int)tk->term, (int)(tk->off - st->off));
            const double *f = df.f + t * PRECIS_HEADING_FEATURES;
            if (f[0] != 0) {
                json_t *fa = json_array();
                for (int k = 0; k < PRECIS_HEADING_FEATURES; k++)
                    json_array_append_new(fa, json_real(f[k]));
                json_array_append_new(tj, fa);
            }
            json_array_append_new(toks, tj);
        }
        json_array_append_new(sents, json_pack("{s:i,s:s#,s:o}", "para", (int)st->para, "text",
                                               tx + st->off, (int)st->len, "toks", toks));
    }
    free(df.f);
    json_t *hyp = json_array();
    for (long s = 0; s < ns; s++) {
        const precis_sect *x = PRECIS_VEC_AT(&c->secs, precis_sect, s);
        json_array_append_new(hyp, json_pack("[i,i]", (int)x->first, (int)x->last));
    }
    json_t *own = json_array();
    precis_buf h2;
    precis_buf_init(&h2, &precis_default_alloc);
    for (size_t k = 0; k < c->own.len; k++) {
        heading_text(c, PRECIS_VEC_AT(&c->own, precis_sect, k), &h2);
        json_array_append_new(own, json_stringn(h2.data ? h2.data : "", h2.len));
    }
    precis_buf_free(&h2);
    json_object_set_new(o, "paras", paras);
    json_object_set_new(o, "ref", refs);
    json_object_set_new(o, "heads", heads);
    json_object_set_new(o, "sents", sents);
    json_object_set_new(o, "hyp", hyp);
    json_object_set_new(o, "own", own);
    char *out = json_dumps(o, JSON_COMPACT);
    if (out) puts(out);
    free(out);
    json_decref(o);
}

/* --without: pages without subheadings of 4-5, 6-7 and 8 or more
 * paragraphs, and how many of them get sections */
static size_t without_pages[3], without_split[3];

static void do_page(page_ctx *c, const char *name, const char *html, size_t len) {
    precis_buf dec, content, heads, tmp, h2;
    precis_buf_init(&dec, &precis_default_alloc);
    precis_buf_init(&content, &precis_default_alloc);
    precis_buf_init(&heads, &precis_default_alloc);
    precis_buf_init(&tmp, &precis_default_alloc);
    precis_buf_init(&h2, &precis_default_alloc);
    const char *cs;
    precis_charset_source src;
    size_t bad;
    if (precis_html_decode(html, len, &dec, &cs, &src, &bad) != 0 || !dec.len) goto done;
    GumboOutput *g = gumbo_parse_with_options(&kGumboDefaultOptions, dec.data, dec.len);
    if (!g) goto done;
    precis_html_meta meta;
    precis_html_meta_init(&meta, &precis_default_alloc);
    precis_html_meta_read(g->root, &meta);
    precis_html_content(g->root, meta.title.data, meta.title.len, meta.description.data,
                        meta.description.len, &precis_default_alloc, &content);
    collect_headings(g->root, &heads, &tmp);
    gumbo_destroy_output(&kGumboDefaultOptions, g);
    /* Blocks of the content; a block equal to a heading starts a section. */
    size_t *ref = NULL, nref = 0, cap = 0, seg = 0;
    int pending = 0, any_text = 0;
    size_t headings = 0;
    precis_buf htexts; /* the authors' heading of each segment, NUL-separated */
    precis_buf_init(&htexts, &precis_default_alloc);
    precis_buf_putc(&htexts, 0); /* segment 0 (the intro) has none */
    const char *p = content.data ? content.data : "";
    const char *end = p + content.len;
    ev_sdoc_clear(&c->d);
    while (p < end) {
        const char *e = strstr(p, "\n\n");
        if (!e) e = end;
        collapse(p, (size_t)(e - p), &tmp);
        if (tmp.len) {
            if (has_heading(&heads, tmp.data, tmp.len)) {
                if (any_text) {
                    if (!pending) {
                        precis_buf_append(&htexts, tmp.data, tmp.len);
                        precis_buf_putc(&htexts, 0);
                    }
                    pending = 1;
                }
            } else {
                if (pending) seg++, headings++;
                pending = 0;
                any_text = 1;
                size_t before = c->d.n_paras;
                ev_sdoc_add_para(&c->d, tmp.data, tmp.len);
                if (c->d.n_paras > before) {
                    if (nref == cap) ref = realloc(ref, (cap = cap ? 2 * cap : 64) * sizeof *ref);
                    ref[nref++] = seg;
                }
            }
        }
        p = e + 2;
    }
    if (pending) { /* a trailing heading has no text */
        size_t l = htexts.len - 1;
        while (l > 0 && htexts.data[l - 1])
            l--;
        htexts.len = l;
    }
    if (c->o->without ? headings > 0 || nref < 4 : headings < 2 || nref < 4) goto page_done;
    if (!in_half(c->o, name)) goto page_done;
    double conf;
    size_t body_len;
    const char *body = ev_sdoc_body(&c->d, &body_len);
    int lang = precis_langid_guess(c->lid, body, body_len, &conf);
    if (lang < 0) goto page_done;
    if (c->o->lang && strcmp(c->o->lang, precis_lang_code(lang))) goto page_done;
    if (!c->an_ok[lang]) {
        if (ev_analyser_init(&c->an[lang], precis_lang_code(lang)) != 0) goto page_done;
        c->an_ok[lang] = 1;
    }
    if (ev_sdoc_finish(&c->d, &c->an[lang], meta.title.data, meta.title.len) != 0) goto page_done;
    page_stats *st = &c->st[lang];
    c->pages++;
    /* segmentation */
    size_t *hyp = calloc(nref, sizeof *hyp);
    if (c->o->without) { /* how many pages without subheadings get sections */
        long k = precis_sections_split(&c->d.doc, &c->o->p, &c->sc, &c->secs);
        size_t b = nref < 6 ? 0 : nref < 8 ? 1 : 2;
        without_pages[b]++;
        without_split[b] += k > 0;
        goto fit_done;
    }
    if (c->o->curve) {
        print_curve(c->o, "page", &c->d.doc, ref, nref, hyp, &c->sc, &c->secs);
        goto fit_done;
    }
    long ns = precis_sections_split(&c->d.doc, &c->o->p, &c->sc, &c->secs);
    if (c->o->oracle) { /* the count that scores best on this page */
        double bpk = 2, pk, wd;
        unsigned bm = 0;
        for (unsigned m = 0; m <= c->o->oracle; m++) {
            precis_sections_params q = c->o->p;
            q.min_sections = q.max_sections = m ? m : 1;
            long k = m ? precis_sections_split(&c->d.doc, &q, &c->sc, &c->secs) : 0;
            for (size_t i = 0; i < nref; i++)
                hyp[i] = 0;
            for (long sx = 0; sx < k; sx++) {
                const precis_sect *x = PRECIS_VEC_AT(&c->secs, precis_sect, sx);
                for (size_t i = x->first; i <= x->last && i < nref; i++)
                    hyp[i] = (size_t)sx;
            }
            pk_wd(ref, hyp, nref, &pk, &wd);
            if (pk < bpk) bpk = pk, bm = m;
        }
        precis_sections_params q = c->o->p;
        q.min_sections = q.max_sections = bm ? bm : 1;
        ns = bm ? precis_sections_split(&c->d.doc, &q, &c->sc, &c->secs) : 0;
        if (ns <= 0) ns = 0, c->secs.len = 0;
    }
    c->pieces.len = 0;
    if (ns > 0)
        precis_sections_headings(&c->d.doc, &c->o->p, c->secs.data, (size_t)ns, &c->sc, &c->pieces);
    score_all(&st->seg, ref, nref, c->secs.data, ns > 0 ? (size_t)ns : 0, hyp);
    /* the authors' sections, headed by precis */
    c->own.len = 0;
    for (size_t i = 0; i < nref; i++) {
        if (i == 0 || ref[i] != ref[i - 1]) {
            precis_sect *s = precis_vec_push(&c->own);
            *s = (precis_sect){0};
            s->first = i;
            s->lead = ref[i] == 0;
        }
        PRECIS_VEC_AT(&c->own, precis_sect, c->own.len - 1)->last = i;
    }
    precis_sections_headings(&c->d.doc, &c->o->p, c->own.data, c->own.len, &c->sc, &c->pieces);
    if (c->o->fit) {
        fit_page(c, &htexts);
        fit_shape(c, ref, nref);
        goto fit_done;
    }
    if (c->o->dump) {
        dump_page(c, name, lang, ref, nref, &htexts, ns);
        goto fit_done;
    }
    const char *ht = htexts.data + 1; /* segment 1's heading */
    const precis_sentence *ss = c->d.sents.data;
    for (size_t k = 0; k < c->own.len; k++) {
        const precis_sect *s = PRECIS_VEC_AT(&c->own, precis_sect, k);
        if (s->lead) continue;
        size_t hl = strlen(ht);
        heading_text(c, s, &h2);
        double f_own = r1(c->rouge, h2.data ? h2.data : "", h2.len, ht, hl);
        st->r_own += f_own;
        st->words += ev_sdoc_words(h2.data ? h2.data : "", 0, h2.len);
        /* baselines: first five words; the best first 8 words of a sentence */
        double best8 = 0, five = 0;
        int first = 1;
        for (size_t i = 0; i < c->d.sents.len; i++) {
            if (ss[i].para < s->first || ss[i].para > s->last) continue;
            size_t e5 = first_words_end(&c->d, ss[i].tok_begin, ss[i].tok_end, 5);
            size_t e8 = first_words_end(&c->d, ss[i].tok_begin, ss[i].tok_end, 8);
            if (first && e5 > ss[i].off)
                five = r1(c->rouge, c->d.doc.text + ss[i].off, e5 - ss[i].off, ht, hl);
            first = 0;
            if (e8 > ss[i].off) {
                double f = r1(c->rouge, c->d.doc.text + ss[i].off, e8 - ss[i].off, ht, hl);
                if (f > best8) best8 = f;
            }
        }
        st->r_five += five;
        st->r_open8 += best8;
        st->headings++;
        /* end to end: the generated section overlapping this one most */
        double f_e2e = 0;
        size_t best_ov = 0;
        for (long g2 = 0; g2 < ns; g2++) {
            const precis_sect *h = PRECIS_VEC_AT(&c->secs, precis_sect, g2);
            size_t lo = h->first > s->first ? h->first : s->first;
            size_t hi = h->last < s->last ? h->last : s->last;
            if (hi < lo || hi - lo + 1 <= best_ov) continue;
            best_ov = hi - lo + 1;
            heading_text(c, h, &tmp);
            f_e2e = r1(c->rouge, tmp.data ? tmp.data : "", tmp.len, ht, hl);
        }
        st->r_e2e += f_e2e;
        st->n_e2e++;
        if (c->o->verbose)
            printf("  %-40.40s | %-50.50s | %.2f\n", ht, h2.data ? h2.data : "", f_own);
        ht += hl + 1;
    }
    if (c->o->verbose)
        printf("%s [%s] %zu paragraphs, %zu headings, %ld sections\n", name, precis_lang_code(lang),
               nref, headings, ns);
fit_done:
    free(hyp);
page_done:
    free(ref);
    precis_buf_free(&htexts);
    precis_html_meta_free(&meta);
done:
    precis_buf_free(&dec);
    precis_buf_free(&content);
    precis_buf_free(&heads);
    precis_buf_free(&tmp);
    precis_buf_free(&h2);
}

static int run_pages(const opts *o, const char *dir) {
    page_ctx *c = calloc(1, sizeof *c);
    c->o = o;
    precis_error err;
    c->lid = precis_langid_new((1u << PRECIS_MAX_LANGS) - 1, &precis_default_alloc, &err);
    c->rouge = rouge_new(NULL);
    if (!c->lid || !c->rouge) return 1;
    ev_sdoc_init(&c->d);
    precis_sections_scratch_init(&c->sc, &precis_default_alloc);
    precis_vec_init(&c->secs, sizeof(precis_sect), &precis_default_alloc);
    precis_vec_init(&c->own, sizeof(precis_sect), &precis_default_alloc);
    precis_vec_init(&c->pieces, sizeof(precis_piece), &precis_default_alloc);
    precis_vec_init(&c->rows, sizeof(double), &precis_default_alloc);
    char path[4096];
    /* readability-testpages/<name>/source.html */
    snprintf(path, sizeof path, "%s/readability-testpages", dir);
    DIR *dd = opendir(path);
    struct dirent *de;
    char **names = NULL;
    size_t nn = 0, cap = 0;
    while (dd && (de = readdir(dd))) {
        if (de->d_name[0] == '.') continue;
        if (nn == cap) names = realloc(names, (cap = cap ? 2 * cap : 256) * sizeof *names);
        names[nn++] = strdup(de->d_name);
    }
    if (dd) closedir(dd);
    /* trafilatura-eval/html/{eval,cache}/<file>.gz, from evaldata.json */
    size_t n_read = nn;
    snprintf(path, sizeof path, "%s/trafilatura-eval/evaldata.json", dir);
    json_t *ev = json_load_file(path, 0, NULL);
    const char *url;
    json_t *v;
    json_object_foreach(ev, url, v) {
        const char *file = json_string_value(json_object_get(v, "file"));
        if (!file) continue;
        if (nn == cap) names = realloc(names, (cap = cap ? 2 * cap : 256) * sizeof *names);
        names[nn++] = strdup(file);
    }
    json_decref(ev);
    for (size_t i = 0; i < nn; i++) {
        size_t len = 0;
        char *html = NULL;
        if (i < n_read) {
            snprintf(path, sizeof path, "%s/readability-testpages/%s/source.html", dir, names[i]);
            html = read_all(path, &len);
        } else {
            snprintf(path, sizeof path, "%s/trafilatura-eval/html/eval/%s.gz", dir, names[i]);
            html = read_all(path, &len);
            if (!html) {
                snprintf(path, sizeof path, "%s/trafilatura-eval/html/cache/%s.gz", dir, names[i]);
                html = read_all(path, &len);
            }
        }
        if (html && len) do_page(c, names[i], html, len);
        free(html);
        free(names[i]);
    }
    free(names);
    if (o->fit) {
        fit_print(&c->rows);
        shape_print(c);
        return 0;
    }
    if (o->dump) return 0;
    if (o->without) {
        const char *bn[3] = {"4-5", "6-7", "8 or more"};
        for (int b = 0; b < 3; b++)
            printf("pages without subheadings, %s paragraphs: %zu, %zu with sections (%.3f)\n",
                   bn[b], without_pages[b], without_split[b],
                   without_pages[b] ? (double)without_split[b] / (double)without_pages[b] : 0);
        return 0;
    }
    printf("%zu pages with 2 or more subheadings in the article\n", c->pages);
    for (int l = 0; l < PRECIS_MAX_LANGS; l++) {
        page_stats *st = &c->st[l];
        if (!st->seg.n) continue;
        char name[64];
        snprintf(name, sizeof name, "pages in %s", precis_lang_code(l));
        print_acc(name, &st->seg);
        double h = st->headings ? (double)st->headings : 1;
        printf("\nHeadings (%zu authors' headings), ROUGE-1 F1:\n\n", st->headings);
        printf("| system | ROUGE-1 F1 |\n|---|---|\n");
        printf("| precis, on the authors' sections (%.1f words) | %.3f |\n", (double)st->words / h,
               st->r_own / h);
        printf("| precis, end to end (section overlapping most) | %.3f |\n",
               st->n_e2e ? st->r_e2e / (double)st->n_e2e : 0);
        printf("| first five words of the section | %.3f |\n", st->r_five / h);
        printf("| best 8-word sentence opening (oracle) | %.3f |\n", st->r_open8 / h);
    }
    /* all languages */
    acc all;
    memset(&all, 0, sizeof all);
    page_stats tot = {0};
    for (int l = 0; l < PRECIS_MAX_LANGS; l++) {
        page_stats *st = &c->st[l];
        for (int s = 0; s < NSYS; s++)
            all.pk[s] += st->seg.pk[s], all.wd[s] += st->seg.wd[s];
        all.n += st->seg.n, all.paras += st->seg.paras, all.segs += st->seg.segs;
        all.hyp_segs += st->seg.hyp_segs;
        tot.headings += st->headings, tot.r_own += st->r_own, tot.r_five += st->r_five;
        tot.r_open8 += st->r_open8, tot.r_e2e += st->r_e2e, tot.n_e2e += st->n_e2e;
    }
    print_acc("all pages", &all);
    double h = tot.headings ? (double)tot.headings : 1;
    printf("\nHeadings, all pages (%zu): precis %.3f on the authors' sections, %.3f end to end; "
           "first five words %.3f; best 8-word opening %.3f\n",
           tot.headings, tot.r_own / h, tot.n_e2e ? tot.r_e2e / (double)tot.n_e2e : 0,
           tot.r_five / h, tot.r_open8 / h);
    return 0;
}

/* ---------------------------------------------------------------- show */

static int run_show(const opts *o, const char *file) {
    size_t len;
    char *t = read_all(file, &len);
    if (!t) {
        fprintf(stderr, "sections-eval: cannot read %s\n", file);
        return 1;
    }
    ev_analyser an;
    if (ev_analyser_init(&an, o->lang ? o->lang : "fr") != 0) return 1;
    ev_sdoc d;
    ev_sdoc_init(&d);
    /* the first line is the title; blank lines separate paragraphs */
    char *nl = strchr(t, '\n');
    size_t tlen = nl ? (size_t)(nl - t) : len;
    char *p = nl ? nl + 1 : t + len;
    while (p < t + len) {
        char *e = strstr(p, "\n\n");
        if (!e) e = t + len;
        ev_sdoc_add_para(&d, p, (size_t)(e - p));
        p = e + 2;
    }
    if (ev_sdoc_finish(&d, &an, t, tlen) != 0) return 1;
    precis_sections_scratch sc;
    precis_sections_scratch_init(&sc, &precis_default_alloc);
    precis_vec secs, pieces;
    precis_vec_init(&secs, sizeof(precis_sect), &precis_default_alloc);
    precis_vec_init(&pieces, sizeof(precis_piece), &precis_default_alloc);
    long ns = precis_sections_split(&d.doc, &o->p, &sc, &secs);
    if (ns > 0) precis_sections_headings(&d.doc, &o->p, secs.data, (size_t)ns, &sc, &pieces);
    printf("%.*s\n", (int)tlen, t);
    precis_buf out;
    precis_buf_init(&out, &precis_default_alloc);
    for (long s = 0; s < ns; s++) {
        const precis_sect *x = PRECIS_VEC_AT(&secs, precis_sect, s);
        precis_buf_clear(&out);
        if (x->piece_count)
            precis_heading_render(d.doc.text, PRECIS_VEC_AT(&pieces, precis_piece, x->piece_off),
                                  x->piece_count, d.doc.lang, &out);
        printf("\n[paragraphs %zu-%zu] %s\n", x->first + 1, x->last + 1,
               x->lead    ? "(lead-in)"
               : out.data ? out.data
                          : "(no heading)");
    }
    if (ns <= 0) printf("\n(no sections)\n");
    precis_buf_free(&out);
    precis_vec_free(&secs);
    precis_vec_free(&pieces);
    precis_sections_scratch_free(&sc);
    ev_sdoc_free(&d);
    ev_analyser_free(&an);
    free(t);
    return 0;
}

int main(int argc, char **argv) {
    opts o;
    memset(&o, 0, sizeof o);
    o.docs = 200;
    o.seed = 1;
    precis_sections_params_default(&o.p);
    if (argc < 3) {
        fprintf(stderr, "usage: sections-eval concat|pages|show [options] FILE...\n");
        return 2;
    }
    const char *mode = argv[1];
    o.fit = !strcmp(mode, "fit");
    o.dump = !strcmp(mode, "dump");
    /* The pages are web pages' articles: the stage's settings for them, as
     * precis_brief_html uses (the options below change them further). */
    int page = o.fit || o.dump || !strcmp(mode, "pages");
    for (int i = 2; i < argc; i++)
        if (!strcmp(argv[i], "--text-params"))
            page = 0;
        else if (!strcmp(argv[i], "--page-params"))
            page = 1;
    if (page) precis_sections_params_page(&o.p);
    int nf = 0;
    char **files = calloc((size_t)argc, sizeof *files);
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--half") && v)
            o.half = !strcmp(v, "a") ? 1 : !strcmp(v, "b") ? 2 : 0, i++;
        else if (!strcmp(a, "--docs") && v)
            o.docs = (size_t)atol(v), i++;
        else if (!strcmp(a, "--seed") && v)
            o.seed = (uint64_t)atoll(v), i++;
        else if (!strcmp(a, "--penalty") && v)
            o.p.penalty = atof(v), i++;
        else if (!strcmp(a, "--shape") && v)
            o.p.shape_weight = atof(v), i++;
        else if (!strcmp(a, "--count") && v)
            o.p.count_weight = atof(v), i++;
        else if (!strcmp(a, "--count-paras") && v)
            o.p.count_paras = atof(v), i++;
        else if (!strcmp(a, "--min-len") && v)
            o.p.min_len = (size_t)atol(v), i++;
        else if (!strcmp(a, "--lead-max") && v)
            o.p.lead_max = (size_t)atol(v), i++;
        else if (!strcmp(a, "--max-sections") && v)
            o.p.max_sections = (unsigned)atol(v), i++;
        else if (!strcmp(a, "--word-cost") && v)
            o.p.word_cost = atof(v), i++;
        else if (!strcmp(a, "--early-bonus") && v)
            o.p.early_bonus = atof(v), i++;
        else if (!strcmp(a, "--open-bonus") && v)
            o.p.open_bonus = atof(v), i++;
        else if (!strcmp(a, "--heading-len") && v)
            o.p.heading_len = atof(v), i++;
        else if (!strcmp(a, "--weights") && v) { /* the heading model's, comma-separated */
            static double w[PRECIS_HEADING_FEATURES];
            char *e = (char *)v;
            for (int k = 0; k < PRECIS_HEADING_FEATURES; k++) {
                w[k] = strtod(e, &e);
                while (*e == ',' || *e == ' ')
                    e++;
            }
            o.p.heading_weights = w, i++;
        } else if (!strcmp(a, "--gap") && v) { /* the boundary model's, comma-separated */
            static double w[PRECIS_GAP_FEATURES];
            char *e = (char *)v;
            for (int k = 0; k < PRECIS_GAP_FEATURES; k++) {
                w[k] = strtod(e, &e);
                while (*e == ',' || *e == ' ')
                    e++;
            }
            o.p.gap_weights = w, i++;
        } else if (!strcmp(a, "--lang") && v)
            o.lang = v, i++;
        else if (!strcmp(a, "--smoothing") && v)
            o.p.smoothing = atof(v), i++;
        else if (!strcmp(a, "--min-paras") && v)
            o.p.min_paras = (size_t)atol(v), i++;
        else if (!strcmp(a, "--min-paras-weak") && v)
            o.p.min_paras_weak = (size_t)atol(v), i++;
        else if (!strcmp(a, "--without"))
            o.without = 1;
        else if (!strcmp(a, "--min-words") && v)
            o.p.min_words = (size_t)atol(v), i++;
        else if (!strcmp(a, "--marginal"))
            o.p.marginal = 1;
        else if (!strcmp(a, "--curve"))
            o.curve = 1;
        else if (!strcmp(a, "--oracle") && v)
            o.oracle = (unsigned)atol(v), i++;
        else if (!strcmp(a, "-v"))
            o.verbose = 1;
        else if (!strcmp(a, "--text-params") || !strcmp(a, "--page-params"))
            continue; /* read above */
        else
            files[nf++] = argv[i];
    }
    int rc = 2;
    if (!strcmp(mode, "concat"))
        rc = run_concat(&o, nf, files);
    else if ((!strcmp(mode, "pages") || !strcmp(mode, "fit") || o.dump) && nf == 1)
        rc = run_pages(&o, files[0]);
    else if (!strcmp(mode, "show") && nf == 1)
        rc = run_show(&o, files[0]);
    else
        fprintf(stderr, "sections-eval: unknown mode or missing file\n");
    free(files);
    return rc;
}
