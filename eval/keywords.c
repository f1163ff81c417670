/*
 * keywords.c - `precis-eval keywords FILE`: F1@k of precis's keyphrases
 * against gold keyphrases ({"id","lang","text","keyphrases":[...]} per
 * line). Both sides are case-folded, stripped of accents (the gold is) and
 * stemmed word by word; a prediction matches a gold phrase when the stem
 * sequences are equal. Per article P = matches / predictions, R = matches /
 * distinct gold phrases; P, R and F1 are averaged over articles (macro), as
 * in the published results on this set. --halves also reports the articles
 * of odd and even line numbers apart, so a change can be checked on one
 * half and confirmed on the other.
 */
#include "eval.h"

#include "analyse.h"
#include "keywords.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define MAX_GOLD 64

typedef struct kw_norm {
    precis_stemmer *st;
    precis_buf out, fold;
} kw_norm;

typedef struct tok_list {
    size_t off[256], len[256], n;
} tok_list;

static int collect(void *ctx, size_t off, size_t len, uint32_t flags) {
    tok_list *t = ctx;
    (void)flags;
    if (t->n < 256) {
        t->off[t->n] = off;
        t->len[t->n++] = len;
    }
    return 0;
}

/* Folds, strips accents, stems: "Journées de l'Archéologie" -> "journe de l' archeolog".
 * The result is in k->out (NUL-terminated). */
static int normalize_phrase(kw_norm *k, const char *s, size_t n) {
    precis_buf_clear(&k->out);
    precis_buf_clear(&k->fold);
    if (precis_fold(s, n, &k->fold) != 0) return -1;
    utf8proc_uint8_t *bare = NULL;
    utf8proc_ssize_t bn =
        utf8proc_map((const utf8proc_uint8_t *)k->fold.data, (utf8proc_ssize_t)k->fold.len, &bare,
                     UTF8PROC_STRIPMARK | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    if (bn < 0) return -1;
    tok_list t = {.n = 0};
    precis_tokenize((const char *)bare, 0, (size_t)bn, collect, &t);
    for (size_t i = 0; i < t.n; i++) {
        size_t sl;
        const char *w = (const char *)bare + t.off[i];
        const char *sw = precis_stem(k->st, w, t.len[i], &sl);
        if (i) precis_buf_putc(&k->out, ' ');
        precis_buf_append(&k->out, sw ? sw : w, sw ? sl : t.len[i]);
    }
    free(bare);
    if (!k->out.data) precis_buf_putc(&k->out, 0), k->out.len = 0;
    return k->out.oom ? -1 : 0;
}

typedef struct kw_args {
    const char *set;
    size_t k, limit;
    int halves, show;
} kw_args;

static void usage(FILE *f) {
    fprintf(f, "usage: precis-eval keywords FILE.jsonl [--k N] [--halves] [--show] [--limit N]\n"
               "F1@k (default 10) of precis's keyphrases against the \"keyphrases\" of FILE;\n"
               "--halves: also the odd and even lines apart; --show: each article's\n"
               "predictions (+ matched) and missed gold phrases on stderr.\n");
}

typedef struct prf {
    double p, r, f;
    size_t n;
} prf;

static void add(prf *a, double p, double r) {
    a->p += p;
    a->r += r;
    a->f += p + r > 0 ? 2 * p * r / (p + r) : 0;
    a->n++;
}

static void print_row(const char *name, const prf *a) {
    double n = a->n ? (double)a->n : 1;
    printf("| %s | %zu | %.1f | %.1f | %.1f |\n", name, a->n, 100 * a->p / n, 100 * a->r / n,
           100 * a->f / n);
}

int ev_keywords_main(int argc, char **argv) {
    kw_args a = {NULL, 10, 0, 0, 0};
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        if ((!strcmp(o, "--k") || !strcmp(o, "--limit")) && i + 1 < argc) {
            char *end;
            errno = 0;
            unsigned long v = strtoul(argv[++i], &end, 10);
            if (errno || *end || v == 0 || v > 1000) {
                fprintf(stderr, "precis-eval keywords: bad value for %s\n", o);
                return 2;
            }
            if (o[2] == 'k')
                a.k = v;
            else
                a.limit = v;
        } else if (!strcmp(o, "--halves")) {
            a.halves = 1;
        } else if (!strcmp(o, "--show")) {
            a.show = 1;
        } else if (!strcmp(o, "--help") || !strcmp(o, "-h")) {
            usage(stdout);
            return 0;
        } else if (o[0] == '-' || a.set) {
            usage(stderr);
            return 2;
        } else {
            a.set = o;
        }
    }
    if (!a.set) {
        usage(stderr);
        return 2;
    }
    FILE *in = fopen(a.set, "r");
    if (!in) {
        fprintf(stderr, "precis-eval: cannot open %s: %s\n", a.set, strerror(errno));
        return 1;
    }
    precis_engine *engine = NULL;
    precis_brief *doc = NULL; /* the article analysed by the brief's pipeline */
    precis_vec kws;
    precis_vec_init(&kws, sizeof(precis_keyword), &precis_default_alloc);
    kw_norm kn = {NULL, {0}, {0}};
    precis_buf_init(&kn.out, &precis_default_alloc);
    precis_buf_init(&kn.fold, &precis_default_alloc);
    precis_keywords *kx = NULL;
    char cur_lang[8] = "";
    prf all = {0, 0, 0, 0}, half[2] = {{0, 0, 0, 0}, {0, 0, 0, 0}};
    char *line = NULL, *gold[MAX_GOLD];
    size_t cap = 0, lineno = 0, ngold = 0;
    ssize_t len;
    int rc = 0;
    while (rc == 0 && (!a.limit || all.n < a.limit) && (len = getline(&line, &cap, in)) > 0) {
        lineno++;
        json_error_t je;
        json_t *o = json_loadb(line, (size_t)len, 0, &je);
        const char *lang = json_string_value(json_object_get(o, "lang"));
        const json_t *text = json_object_get(o, "text"), *kp = json_object_get(o, "keyphrases");
        if (!lang || !json_is_string(text) || !json_is_array(kp) || strlen(lang) >= 8) {
            fprintf(stderr, "precis-eval: %s:%zu: no lang, text or keyphrases\n", a.set, lineno);
            json_decref(o);
            continue;
        }
        if (strcmp(lang, cur_lang) != 0) {
            precis_keywords_free(kx);
            precis_stemmer_free(kn.st);
            precis_engine_free(engine);
            kx = precis_keywords_new(lang, NULL);
            kn.st = precis_stemmer_new(lang, NULL);
            engine = precis_engine_new(lang, NULL, NULL);
            snprintf(cur_lang, sizeof cur_lang, "%s", lang);
            if (!kx || !kn.st || !engine) {
                fprintf(stderr, "precis-eval: no keyword data or stemmer for %s\n", lang);
                rc = 1;
            }
        }
        /* distinct normalized gold phrases */
        ngold = 0;
        for (size_t i = 0; rc == 0 && i < json_array_size(kp) && ngold < MAX_GOLD; i++) {
            const json_t *g = json_array_get(kp, i);
            if (!json_is_string(g) ||
                normalize_phrase(&kn, json_string_value(g), json_string_length(g)) != 0)
                continue;
            size_t j = 0;
            while (j < ngold && strcmp(gold[j], kn.out.data) != 0)
                j++;
            if (j == ngold && kn.out.len && !(gold[ngold++] = strdup(kn.out.data))) rc = 1;
        }
        precis_brief_free(doc);
        doc = rc == 0 ? ev_analyse(engine, lang, json_string_value(text), json_string_length(text))
                      : NULL;
        if (rc == 0 && !doc) {
            fprintf(stderr, "precis-eval: %s:%zu: text not analysed\n", a.set, lineno);
            for (size_t j = 0; j < ngold; j++)
                free(gold[j]);
            json_decref(o);
            continue;
        }
        precis_kw_input ki = {0};
        if (doc) precis_keywords_input(precis_brief_analysis(doc), &ki);
        if (rc == 0 && precis_keywords_extract(kx, &ki, a.k, &kws) != 0) rc = 1;
        size_t hit = 0;
        char matched[MAX_GOLD] = {0};
        const char *id = json_string_value(json_object_get(o, "id"));
        if (a.show && rc == 0) fprintf(stderr, "== %s\n", id ? id : "?");
        for (size_t i = 0; rc == 0 && i < kws.len; i++) {
            const precis_keyword *k = PRECIS_VEC_AT(&kws, precis_keyword, i);
            const char *form = (k->in_title ? ki.title_text : ki.text) + k->off;
            if (normalize_phrase(&kn, form, k->len) != 0) {
                rc = 1;
                break;
            }
            int m = 0;
            for (size_t j = 0; j < ngold && !m; j++)
                if (!matched[j] && !strcmp(gold[j], kn.out.data)) matched[j] = 1, m = 1;
            hit += (size_t)m;
            if (a.show)
                fprintf(stderr, "  %s %.3f %.*s\n", m ? "+" : " ", k->score, (int)k->len, form);
        }
        for (size_t j = 0; a.show && j < ngold; j++)
            if (!matched[j]) fprintf(stderr, "  - missed: %s\n", gold[j]);
        if (rc == 0 && ngold) {
            double p = kws.len ? (double)hit / (double)kws.len : 0, r = (double)hit / (double)ngold;
            add(&all, p, r);
            add(&half[lineno % 2 == 0], p, r);
        }
        for (size_t j = 0; j < ngold; j++)
            free(gold[j]);
        json_decref(o);
    }
    free(line);
    fclose(in);
    if (rc == 0) {
        const char *base = strrchr(a.set, '/');
        printf(
            "Keyphrases of %s, top %zu: precision, recall and F1 (x100, macro over articles)\n\n",
            base ? base + 1 : a.set, a.k);
        printf("| articles | n | P@%zu | R@%zu | F1@%zu |\n|---|---|---|---|---|\n", a.k, a.k, a.k);
        print_row("all", &all);
        if (a.halves) {
            print_row("odd lines", &half[0]);
            print_row("even lines", &half[1]);
        }
    } else {
        fprintf(stderr, "precis-eval keywords: out of memory\n");
    }
    precis_keywords_free(kx);
    precis_stemmer_free(kn.st);
    precis_buf_free(&kn.out);
    precis_buf_free(&kn.fold);
    precis_vec_free(&kws);
    precis_brief_free(doc);
    precis_engine_free(engine);
    return rc;
}
