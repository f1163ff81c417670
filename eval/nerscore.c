/*
 * nerscore.c - gold annotation loader and entity/quote scoring (nerscore.h).
 */
#include "nerscore.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char *const type_names[NER_TYPES] = {"person", "place", "organisation", "other"};

int ner_type_parse(const char *s) {
    for (int i = 0; i < NER_TYPES; i++)
        if (!strcmp(s, type_names[i])) return i;
    return -1;
}

static void *grow(void *p, size_t n, size_t size) {
    /* n items present, one more wanted: the capacity doubles at powers of two */
    if (n & (n - 1)) return p;
    return realloc(p, (n ? 2 * n : 1) * size);
}
#define PUSH(arr, n, val)                                                                          \
    do {                                                                                           \
        void *p_ = grow((arr), (n), sizeof *(arr));                                                \
        if (!p_) goto oom;                                                                         \
        (arr) = p_;                                                                                \
        (arr)[(n)++] = (val);                                                                      \
    } while (0)

void ner_gold_free(ner_gold *g) {
    for (size_t i = 0; i < g->n; i++) {
        ner_article *a = &g->arts[i];
        free(a->id);
        free(a->ments);
        for (size_t j = 0; j < a->n_names; j++)
            free(a->names[j]);
        free(a->names);
        for (size_t j = 0; j < a->n_quotes; j++)
            free(a->quotes[j].speaker);
        free(a->quotes);
    }
    free(g->arts);
    memset(g, 0, sizeof *g);
}

const ner_article *ner_gold_find(const ner_gold *g, const char *id) {
    for (size_t i = 0; i < g->n; i++)
        if (!strcmp(g->arts[i].id, id)) return &g->arts[i];
    return NULL;
}

static int parse_off(const char *s, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || *s == '-') return -1;
    *out = (size_t)v;
    return 0;
}

static ner_article *article_for(ner_gold *g, const char *id) {
    if (g->n && !strcmp(g->arts[g->n - 1].id, id)) return &g->arts[g->n - 1];
    ner_article *a = (ner_article *)ner_gold_find(g, id);
    if (a) return a;
    void *p = grow(g->arts, g->n, sizeof *g->arts);
    if (!p) return NULL;
    g->arts = p;
    a = &g->arts[g->n];
    memset(a, 0, sizeof *a);
    if (!(a->id = strdup(id))) return NULL;
    g->n++;
    return a;
}

int ner_gold_load(FILE *f, ner_gold *g, char *err, size_t errsz) {
    memset(g, 0, sizeof *g);
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t len;
    const char *why = NULL;
    while ((len = getline(&line, &cap, f)) > 0) {
        lineno++;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = 0;
        if (!len || line[0] == '#') continue;
        char *field[7] = {0};
        size_t nf = 0;
        for (char *s = line; nf < 7;) {
            field[nf++] = s;
            char *t = strchr(s, '\t');
            if (!t) break;
            *t = 0;
            s = t + 1;
        }
        size_t start, end;
        int is_ent = nf >= 2 && !strcmp(field[1], "entity");
        if (nf < 5 || (!is_ent && strcmp(field[1], "quote")) || (is_ent ? nf != 6 : nf != 5)) {
            why = "expected ID entity START END TYPE NAME or ID quote START END SPEAKER";
            break;
        }
        if (parse_off(field[2], &start) || parse_off(field[3], &end) || end <= start) {
            why = "bad START/END";
            break;
        }
        ner_article *a = article_for(g, field[0]);
        if (!a) goto oom;
        if (is_ent) {
            int type = ner_type_parse(field[4]);
            if (type < 0 || !*field[5]) {
                why = type < 0 ? "unknown TYPE" : "empty NAME";
                break;
            }
            size_t e = 0;
            while (e < a->n_names && strcmp(a->names[e], field[5]))
                e++;
            if (e == a->n_names) {
                char *name = strdup(field[5]);
                if (!name) goto oom;
                void *p = grow(a->names, a->n_names, sizeof *a->names);
                if (!p) {
                    free(name);
                    goto oom;
                }
                a->names = p;
                a->names[a->n_names++] = name;
            }
            PUSH(a->ments, a->n_ments, ((ner_mention){start, end, type, e}));
        } else {
            char *spk = NULL;
            if (strcmp(field[4], "-") && !(spk = strdup(field[4]))) goto oom;
            void *p = grow(a->quotes, a->n_quotes, sizeof *a->quotes);
            if (!p) {
                free(spk);
                goto oom;
            }
            a->quotes = p;
            a->quotes[a->n_quotes++] = (ner_quote){start, end, spk};
        }
    }
    free(line);
    if (why) {
        if (err) snprintf(err, errsz, "line %zu: %s", lineno, why);
        ner_gold_free(g);
        return -1;
    }
    return 0;
oom:
    free(line);
    if (err) snprintf(err, errsz, "out of memory");
    ner_gold_free(g);
    return -1;
}

int ner_match_mentions(const ner_article *gold, const ner_mention *pred, size_t n_pred,
                       size_t *gold_of, size_t *pred_of) {
    size_t ng = gold ? gold->n_ments : 0;
    for (size_t j = 0; pred_of && j < ng; j++)
        pred_of[j] = (size_t)-1;
    unsigned char *used = ng ? calloc(ng, 1) : NULL;
    if (ng && !used) return -1;
    for (size_t i = 0; i < n_pred; i++) {
        /* gold spans are unique: each gold mention matches once */
        size_t hit = 0;
        while (hit < ng && (used[hit] || gold->ments[hit].start != pred[i].start ||
                            gold->ments[hit].end != pred[i].end))
            hit++;
        gold_of[i] = hit == ng ? (size_t)-1 : hit;
        if (hit == ng) continue;
        used[hit] = 1;
        if (pred_of) pred_of[hit] = i;
    }
    free(used);
    return 0;
}

static int type_index(int t) {
    return t >= 0 && t < NER_TYPES ? t : NER_TYPES;
}

void ner_score_mentions(const ner_article *gold, const ner_mention *pred, size_t n_pred,
                        ner_counts *c) {
    size_t ng = gold ? gold->n_ments : 0;
    c->gold += ng;
    c->pred += n_pred;
    size_t *gold_of = malloc((n_pred ? n_pred : 1) * sizeof *gold_of);
    size_t *pred_of = malloc((ng ? ng : 1) * sizeof *pred_of);
    if (gold_of && pred_of && ner_match_mentions(gold, pred, n_pred, gold_of, pred_of) == 0) {
        for (size_t i = 0; i < n_pred; i++) {
            int pt = type_index(pred[i].type);
            if (gold_of[i] == (size_t)-1) {
                c->conf[NER_TYPES][pt]++;
                continue;
            }
            int gt = type_index(gold->ments[gold_of[i]].type);
            c->tp++;
            c->tp_typed += gt == pt;
            c->conf[gt][pt]++;
        }
        for (size_t j = 0; j < ng; j++)
            if (pred_of[j] == (size_t)-1) c->conf[type_index(gold->ments[j].type)][NER_TYPES]++;
    }
    free(gold_of);
    free(pred_of);
}

/* a and b equal after collapsing whitespace runs and folding ASCII case. */
static int loose_equal(const char *a, size_t na, const char *b, size_t nb) {
    size_t i = 0, j = 0;
#define SP(ch) ((ch) == ' ' || (ch) == '\t' || (ch) == '\n' || (ch) == '\r')
    while (i < na && SP(a[i]))
        i++;
    while (j < nb && SP(b[j]))
        j++;
    while (na > i && SP(a[na - 1]))
        na--;
    while (nb > j && SP(b[nb - 1]))
        nb--;
    while (i < na && j < nb) {
        if (SP(a[i]) && SP(b[j])) {
            while (i < na && SP(a[i]))
                i++;
            while (j < nb && SP(b[j]))
                j++;
            continue;
        }
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[j];
        if (x >= 'A' && x <= 'Z') x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (unsigned char)(y + 32);
        if (x != y) return 0;
        i++;
        j++;
    }
#undef SP
    return i == na && j == nb;
}

int ner_speaker_right(const ner_article *g, const ner_quote *q, const ner_pred_quote *p) {
    if (!q->speaker || !p->spk_text) return !q->speaker && !p->spk_text;
    if (loose_equal(q->speaker, strlen(q->speaker), p->spk_text, p->spk_len)) return 1;
    if (p->spk_end <= p->spk_start) return 0;
    for (size_t j = 0; j < g->n_ments; j++) {
        const ner_mention *m = &g->ments[j];
        if (m->start < p->spk_end && p->spk_start < m->end &&
            !strcmp(g->names[m->entity], q->speaker))
            return 1;
    }
    return 0;
}

void ner_score_quotes(const ner_article *gold, const ner_pred_quote *pred, size_t n_pred,
                      ner_counts *c) {
    size_t ng = gold ? gold->n_quotes : 0;
    c->q_gold += ng;
    c->q_pred += n_pred;
    for (size_t i = 0; i < n_pred; i++)
        for (size_t j = 0; j < ng; j++) {
            const ner_quote *q = &gold->quotes[j];
            if (q->start != pred[i].start || q->end != pred[i].end) continue;
            c->q_tp++;
            c->q_spk_gold++;
            c->q_spk_ok += ner_speaker_right(gold, q, &pred[i]);
            break;
        }
}

double ner_prf(size_t tp, size_t gold, size_t pred, double *p, double *r) {
    *p = pred ? (double)tp / (double)pred : 0;
    *r = gold ? (double)tp / (double)gold : 0;
    return *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}
