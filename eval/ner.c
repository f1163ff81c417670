/*
 * ner.c - `precis-eval ner GOLD.tsv SET.jsonl`: scores precis's quotes (and,
 * once the entities stage exists, its entity mentions) against the gold
 * annotations of docs/annotation.md on the annotated articles of SET.
 */
#include "eval.h"

#include "entities.h"
#include "nerscore.h"
#include "quotes.h"
#include "speakers.h"
#include "analyse.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void print_prf(const char *what, size_t tp, size_t gold, size_t pred) {
    double p, r, f = ner_prf(tp, gold, pred, &p, &r);
    printf("| %s | %zu | %zu | %zu | %.3f | %.3f | %.3f |\n", what, gold, pred, tp, p, r, f);
}

static const char *const type_names[] = {"person", "place", "organisation", "other", "-"};

/* -e: the article's entity errors, one a line: "miss" (a gold mention not
 * found, its gold type), "extra" (found, no gold mention of that span),
 * "type" (gold type -> found type). */
static void list_errors(const ner_article *ga, const ner_mention *pm, size_t n, const char *text) {
    size_t *gold_of = malloc((n ? n : 1) * sizeof *gold_of);
    size_t *pred_of = malloc((ga->n_ments ? ga->n_ments : 1) * sizeof *pred_of);
    if (gold_of && pred_of && ner_match_mentions(ga, pm, n, gold_of, pred_of) == 0) {
        printf("%s: entity errors\n", ga->id);
        for (size_t j = 0; j < ga->n_ments; j++) {
            const ner_mention *g = &ga->ments[j];
            if (pred_of[j] == (size_t)-1)
                printf("  miss  %-12s %.*s\n", type_names[g->type], (int)(g->end - g->start),
                       text + g->start);
            else if (pm[pred_of[j]].type != g->type)
                printf("  type  %s -> %s  %.*s\n", type_names[g->type],
                       type_names[pm[pred_of[j]].type], (int)(g->end - g->start), text + g->start);
        }
        for (size_t i = 0; i < n; i++)
            if (gold_of[i] == (size_t)-1)
                printf("  extra %-12s %.*s\n", type_names[pm[i].type],
                       (int)(pm[i].end - pm[i].start), text + pm[i].start);
    }
    free(gold_of);
    free(pred_of);
}

/* The entities stage's mentions of the article (the pipeline ran it), scored
 * against ga. */
static int score_entities(const precis_analysis *a, const ner_article *ga, const char *text,
                          int errors, ner_counts *c) {
    const precis_vec *ents = &a->entities, *ms = &a->mentions;
    ner_mention *pm = calloc(ms->len ? ms->len : 1, sizeof *pm);
    if (!pm) return -1;
    size_t n = 0;
    for (size_t i = 0; i < ents->len; i++) {
        const precis_entity *e = PRECIS_VEC_AT(ents, precis_entity, i);
        for (size_t k = 0; k < e->mention_count; k++) {
            const precis_entity_mention *m =
                PRECIS_VEC_AT(ms, precis_entity_mention, e->mention_off + k);
            pm[n].start = precis_text_src_offset(&a->text, m->off);
            pm[n].end = precis_text_src_offset(&a->text, m->off + m->len);
            pm[n].type = e->type; /* PRECIS_ENT_* and NER_* share their order */
            pm[n].entity = i;
            n++;
        }
    }
    ner_score_mentions(ga, pm, n, c);
    if (errors) list_errors(ga, pm, n, text);
    free(pm);
    return 0;
}

/* Prints text[b, e) on one line, widened to UTF-8 character boundaries. */
static void excerpt(const char *text, size_t len, size_t b, size_t e) {
    while (b > 0 && ((unsigned char)text[b] & 0xC0) == 0x80)
        b--;
    while (e < len && ((unsigned char)text[e] & 0xC0) == 0x80)
        e++;
    for (size_t i = b; i < e; i++)
        putchar(text[i] == '\n' ? ' ' : text[i]);
}

/* The gold quotes missed or given a wrong speaker, and the quotes found that
 * are not gold, each with the words around it (-m). */
static void list_misses(const ner_article *ga, const ner_pred_quote *pq, size_t n, const char *text,
                        size_t len) {
    enum { AROUND = 140 };
    for (size_t j = 0; j < ga->n_quotes; j++) {
        const ner_quote *g = &ga->quotes[j];
        const ner_pred_quote *p = NULL;
        for (size_t i = 0; i < n && !p; i++)
            if (pq[i].start == g->start && pq[i].end == g->end) p = &pq[i];
        if (p && ner_speaker_right(ga, g, p)) continue;
        printf("%s %s [%zu,%zu) gold: %s | found: ", p ? "SPEAKER" : "MISSED", ga->id, g->start,
               g->end, g->speaker ? g->speaker : "-");
        if (p) printf("%.*s", (int)p->spk_len, p->spk_text ? p->spk_text : "-");
        printf("\n    ");
        excerpt(text, len, g->start > AROUND ? g->start - AROUND : 0, g->start);
        printf("[[");
        excerpt(text, len, g->start, g->end);
        printf("]]");
        excerpt(text, len, g->end, g->end + AROUND < len ? g->end + AROUND : len);
        printf("\n");
    }
    for (size_t i = 0; i < n; i++) {
        int gold = 0;
        for (size_t j = 0; j < ga->n_quotes && !gold; j++)
            gold = pq[i].start == ga->quotes[j].start && pq[i].end == ga->quotes[j].end;
        if (gold) continue;
        printf("EXTRA %s [%zu,%zu) found: %.*s\n    ", ga->id, pq[i].start, pq[i].end,
               (int)pq[i].spk_len, pq[i].spk_text ? pq[i].spk_text : "-");
        excerpt(text, len, pq[i].start > 60 ? pq[i].start - 60 : 0, pq[i].start);
        printf("[[");
        excerpt(text, len, pq[i].start, pq[i].end);
        printf("]]");
        excerpt(text, len, pq[i].end, pq[i].end + 60 < len ? pq[i].end + 60 : len);
        printf("\n");
    }
}

/* --dump-speakers: every candidate speaker of each quotation that matches a
 * gold quote, one a line: article id, quotation, label (1: the gold
 * speaker), the rules' pick, kind, then the features (speakers.h). */
static void dump_speakers(FILE *df, const ner_article *ga, const precis_analysis *a,
                          const precis_vec *qs, const ner_pred_quote *pq, const precis_vec *cands) {
    const char *t = a->text.text.data;
    const precis_entity *ents = a->entities.data;
    for (size_t i = 0; i < cands->len; i++) {
        const precis_spk_cand *x = PRECIS_VEC_AT(cands, precis_spk_cand, i);
        const ner_pred_quote *p = &pq[x->quote];
        const ner_quote *g = NULL;
        for (size_t j = 0; j < ga->n_quotes && !g; j++)
            if (ga->quotes[j].start == p->start && ga->quotes[j].end == p->end) g = &ga->quotes[j];
        if (!g) continue;
        ner_pred_quote c = *p;
        if (x->kind == SPK_C_NONE) {
            c.spk_text = NULL;
            c.spk_len = 0;
        } else if (x->kind == SPK_C_ENTITY) {
            size_t off = ents[x->entity].name_off, len = ents[x->entity].name_len;
            c.spk_text = t + off;
            c.spk_len = len;
            c.spk_start = precis_text_src_offset(&a->text, off);
            c.spk_end = precis_text_src_offset(&a->text, off + len);
        } else {
            const precis_quote *q = PRECIS_VEC_AT(qs, precis_quote, x->quote);
            c.spk_text = t + q->speaker_off;
            c.spk_len = q->speaker_len;
        }
        fprintf(df, "%s\t%zu\t%d\t%d\t%d", ga->id, x->quote, ner_speaker_right(ga, g, &c), x->rules,
                x->kind);
        for (int j = 0; j < SPK_NF; j++)
            fprintf(df, x->f[j] == 0 ? "\t0" : "\t%.4g", (double)x->f[j]);
        /* then whether the rules' answer is firm, and, to read: where the
         * quotation starts, the candidate's words */
        fprintf(df, "\t%d\t%zu\t%.*s\n", x->firm, p->start, c.spk_text ? (int)c.spk_len : 1,
                c.spk_text ? c.spk_text : "-");
    }
}

/* Runs the quotes and entities stages on one article and scores them; -1
 * on OOM. */
static int score_article(const precis_engine *engine, const precis_quoter *qr, precis_vec *qs,
                         const ner_article *ga, const char *lang, const char *text, size_t len,
                         int verbose, int misses, int errors, int spk_mode, FILE *df,
                         ner_counts *c) {
    precis_brief *doc = ev_analyse(engine, lang, text, len);
    if (!doc) return -1;
    const precis_analysis *a = precis_brief_analysis(doc);
    const char *t = a->text.text.data;
    precis_quote_input qi;
    precis_quotes_input(a, &qi);
    qi.spk_mode = spk_mode;
    precis_vec cands;
    precis_vec_init(&cands, sizeof(precis_spk_cand), &precis_default_alloc);
    if (df) qi.spk_dump = &cands;
    ner_pred_quote *pq = NULL;
    if (precis_quotes_find(qr, &qi, qs) != 0 || !(pq = calloc(qs->len ? qs->len : 1, sizeof *pq))) {
        precis_vec_free(&cands);
        precis_brief_free(doc);
        return -1;
    }
    /* offsets back to the record's text, where the gold spans are */
    for (size_t i = 0; i < qs->len; i++) {
        const precis_quote *q = PRECIS_VEC_AT(qs, precis_quote, i);
        pq[i].start = precis_text_src_offset(&a->text, q->off);
        pq[i].end = precis_text_src_offset(&a->text, q->off + q->len);
        if (q->speaker_kind != PRECIS_SPEAKER_NONE) {
            pq[i].spk_text = t + q->speaker_off;
            pq[i].spk_len = q->speaker_len;
            pq[i].spk_start = precis_text_src_offset(&a->text, q->speaker_off);
            pq[i].spk_end = precis_text_src_offset(&a->text, q->speaker_off + q->speaker_len);
        }
    }
    if (df) dump_speakers(df, ga, a, qs, pq, &cands);
    precis_vec_free(&cands);
    ner_counts before = *c;
    ner_score_quotes(ga, pq, qs->len, c);
    if (verbose) {
        printf("%s: quotes gold %zu found %zu exact %zu speaker right %zu\n", ga->id,
               c->q_gold - before.q_gold, c->q_pred - before.q_pred, c->q_tp - before.q_tp,
               c->q_spk_ok - before.q_spk_ok);
        for (size_t i = 0; i < qs->len; i++)
            printf("  found [%zu,%zu) %.*s -- %.*s\n", pq[i].start, pq[i].end,
                   (int)(pq[i].end - pq[i].start), text + pq[i].start, (int)pq[i].spk_len,
                   pq[i].spk_text ? pq[i].spk_text : "");
        for (size_t j = 0; j < ga->n_quotes; j++)
            printf("  gold  [%zu,%zu) -- %s\n", ga->quotes[j].start, ga->quotes[j].end,
                   ga->quotes[j].speaker ? ga->quotes[j].speaker : "-");
    }
    if (misses) list_misses(ga, pq, qs->len, text, len);
    free(pq);
    int rc = score_entities(a, ga, text, errors, c);
    precis_brief_free(doc);
    return rc;
}

int ev_ner_main(int argc, char **argv) {
    const char *gold_path = NULL, *set = NULL;
    int verbose = 0, misses = 0, errors = 0, spk_mode = PRECIS_SPK_DEFAULT;
    FILE *df = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dump-speakers") && i + 1 < argc) {
            if (df) fclose(df);
            if (!(df = fopen(argv[++i], "w"))) {
                fprintf(stderr, "precis-eval ner: cannot write %s: %s\n", argv[i], strerror(errno));
                return 1;
            }
        } else if (!strcmp(argv[i], "--speakers") && i + 1 < argc) {
            const char *m = argv[++i];
            spk_mode = !strcmp(m, "rules")         ? PRECIS_SPK_RULES
                       : !strcmp(m, "model")       ? PRECIS_SPK_MODEL
                       : !strcmp(m, "hybrid")      ? PRECIS_SPK_HYBRID
                       : !strcmp(m, "constrained") ? PRECIS_SPK_CONSTRAINED
                                                   : -1;
            if (spk_mode < 0) {
                fprintf(stderr, "precis-eval ner: --speakers rules|model|hybrid|constrained\n");
                return 2;
            }
        } else if (!strcmp(argv[i], "-v")) {
            verbose = 1;
        } else if (!strcmp(argv[i], "-m")) {
            misses = 1;
        } else if (!strcmp(argv[i], "-e")) {
            errors = 1;
        } else if (argv[i][0] == '-' || (gold_path && set)) {
            fprintf(stderr,
                    "usage: precis-eval ner GOLD.tsv SET.jsonl [-v] [-m] [-e]\n"
                    "       [--speakers rules|model|hybrid|constrained] [--dump-speakers FILE]\n"
                    "Scores entity mentions, quotes and speakers against the gold\n"
                    "annotations (docs/annotation.md); -v lists each article's quotes,\n"
                    "-m the quotes missed, found with a wrong speaker or found but not\n"
                    "gold, with the words around them, -e the entity errors (missed,\n"
                    "extra, wrong type); --speakers how speakers are chosen (the\n"
                    "rules, the scored choice, or the score where it beats the rules';\n"
                    "default: the library's), --dump-speakers writes every candidate\n"
                    "speaker of the matched quotes with its features and gold label\n"
                    "(tools/speaker-model.py).\n");
            return argv[i][1] == 'h' ? 0 : 2;
        } else if (!gold_path) {
            gold_path = argv[i];
        } else {
            set = argv[i];
        }
    }
    if (!set) {
        fprintf(stderr, "precis-eval ner: give GOLD.tsv and SET.jsonl\n");
        return 2;
    }
    FILE *gf = fopen(gold_path, "r");
    if (!gf) {
        fprintf(stderr, "precis-eval ner: cannot open %s: %s\n", gold_path, strerror(errno));
        return 1;
    }
    ner_gold gold;
    char err[128];
    int lrc = ner_gold_load(gf, &gold, err, sizeof err);
    fclose(gf);
    if (lrc != 0) {
        fprintf(stderr, "precis-eval ner: %s: %s\n", gold_path, err);
        return 1;
    }
    FILE *in = fopen(set, "r");
    if (!in) {
        fprintf(stderr, "precis-eval ner: cannot open %s: %s\n", set, strerror(errno));
        ner_gold_free(&gold);
        return 1;
    }
    precis_engine *engine = precis_engine_new(NULL, NULL, NULL);
    precis_vec qs;
    precis_vec_init(&qs, sizeof(precis_quote), &precis_default_alloc);
    precis_quoter *qr = NULL;
    char cur[8] = "";
    char *line = NULL;
    size_t cap = 0, articles = 0;
    ssize_t len;
    int rc = 0;
    ner_counts c = {0};
    while (rc == 0 && (len = getline(&line, &cap, in)) > 0) {
        json_error_t je;
        json_t *o = json_loadb(line, (size_t)len, 0, &je);
        const char *id = json_string_value(json_object_get(o, "id"));
        const char *lang = json_string_value(json_object_get(o, "lang"));
        const json_t *text = json_object_get(o, "text");
        const ner_article *ga = id ? ner_gold_find(&gold, id) : NULL;
        if (ga && lang && strlen(lang) < sizeof cur && json_is_string(text)) {
            if (strcmp(lang, cur) != 0) {
                precis_quoter_free(qr);
                qr = precis_quoter_new(lang, NULL);
                snprintf(cur, sizeof cur, "%s", lang);
            }
            if (!engine || !qr ||
                score_article(engine, qr, &qs, ga, lang, json_string_value(text),
                              json_string_length(text), verbose, misses, errors, spk_mode, df,
                              &c) != 0) {
                fprintf(stderr, "precis-eval ner: %s: analysis failed\n", id);
                rc = 1;
            }
            articles++;
        }
        json_decref(o);
    }
    free(line);
    fclose(in);
    if (df) fclose(df);
    if (rc == 0 && articles != gold.n)
        fprintf(stderr, "precis-eval ner: %zu of the %zu annotated articles are in %s\n", articles,
                gold.n, set);
    printf(
        "%zu articles\n\n| | gold | found | exact | P | R | F1 |\n|---|---|---|---|---|---|---|\n",
        articles);
    print_prf("entity mentions, untyped", c.tp, c.gold, c.pred);
    print_prf("entity mentions, typed", c.tp_typed, c.gold, c.pred);
    for (int k = 0; k < NER_TYPES; k++) {
        size_t g = 0, p = 0;
        for (int j = 0; j <= NER_TYPES; j++) {
            g += c.conf[k][j];
            p += c.conf[j][k];
        }
        char what[64];
        snprintf(what, sizeof what, "typed, %s", type_names[k]);
        print_prf(what, c.conf[k][k], g, p);
    }
    print_prf("quotes", c.q_tp, c.q_gold, c.q_pred);
    printf("\nspeaker accuracy over the %zu matched quotes: %.3f (%zu right)\n", c.q_spk_gold,
           c.q_spk_gold ? (double)c.q_spk_ok / (double)c.q_spk_gold : 0.0, c.q_spk_ok);
    printf("\nentity types, gold (rows) by found (columns), - for none:\n\n"
           "| | person | place | organisation | other | - |\n|---|---|---|---|---|---|\n");
    for (int g = 0; g <= NER_TYPES; g++) {
        printf("| %s |", type_names[g]);
        for (int k = 0; k <= NER_TYPES; k++)
            printf(" %zu |", c.conf[g][k]);
        printf("\n");
    }
    precis_quoter_free(qr);
    precis_vec_free(&qs);
    precis_engine_free(engine);
    ner_gold_free(&gold);
    return rc;
}
