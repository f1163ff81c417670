/*
 * report.c - per-system means, paired bootstrap intervals and the Markdown
 * tables of precis-eval.
 */
#include "eval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const metric_names[ROUGE_NMETRICS] = {"R1", "R2", "RL", "RLsum"};

int ev_system_push(ev_system *s, const ev_row *row) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 256;
        ev_row *r = realloc(s->rows, cap * sizeof *r);
        if (!r) return -1;
        s->rows = r;
        s->cap = cap;
    }
    s->rows[s->n++] = *row;
    return 0;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct ev_stats {
    double mean[ROUGE_NMETRICS], lo[ROUGE_NMETRICS], hi[ROUGE_NMETRICS];
    double p[ROUGE_NMETRICS], r[ROUGE_NMETRICS];
    double words;
    double win[ROUGE_NMETRICS]; /* share of resamples where system 0 is higher */
    /* 95% interval of system 0's mean less this one's, over the same resamples */
    double dlo[ROUGE_NMETRICS], dhi[ROUGE_NMETRICS];
} ev_stats;

/* Means over the articles, then B resamples of the article indices (the same
 * draws for every system, so the comparisons are paired). */
static int compute(const ev_system *sys, size_t nsys, size_t na, unsigned B, uint64_t seed,
                   ev_stats *st) {
    for (size_t s = 0; s < nsys; s++) {
        memset(&st[s], 0, sizeof st[s]);
        for (size_t a = 0; a < na; a++) {
            const ev_row *row = &sys[s].rows[a];
            for (int m = 0; m < ROUGE_NMETRICS; m++) {
                st[s].mean[m] += row->s.m[m].f;
                st[s].p[m] += row->s.m[m].p;
                st[s].r[m] += row->s.m[m].r;
            }
            st[s].words += row->words;
        }
        for (int m = 0; m < ROUGE_NMETRICS; m++) {
            st[s].mean[m] /= (double)na;
            st[s].p[m] /= (double)na;
            st[s].r[m] /= (double)na;
        }
        st[s].words /= (double)na;
    }
    if (B == 0) return 0;
    size_t *idx = malloc(na * sizeof *idx);
    double *means = malloc(nsys * ROUGE_NMETRICS * B * sizeof *means);
    double *diff = malloc(B * sizeof *diff);
    if (!idx || !means || !diff) {
        free(idx);
        free(means);
        free(diff);
        return -1;
    }
#define MEAN(s, m, b) means[((s)*ROUGE_NMETRICS + (m)) * B + (b)]
    uint64_t rng = seed;
    for (unsigned b = 0; b < B; b++) {
        for (size_t a = 0; a < na; a++)
            idx[a] = (size_t)(ev_rand(&rng) % na);
        for (size_t s = 0; s < nsys; s++)
            for (int m = 0; m < ROUGE_NMETRICS; m++) {
                double sum = 0;
                for (size_t a = 0; a < na; a++)
                    sum += sys[s].rows[idx[a]].s.m[m].f;
                MEAN(s, m, b) = sum / (double)na;
            }
    }
    /* percentile interval: the 2.5% and 97.5% order statistics */
    size_t lo = (size_t)floor(0.025 * B), hi = (size_t)ceil(0.975 * B) - 1;
    if (hi >= B) hi = B - 1;
    for (size_t s = 0; s < nsys; s++)
        for (int m = 0; m < ROUGE_NMETRICS; m++) {
            unsigned wins = 0;
            for (unsigned b = 0; b < B; b++) {
                wins += MEAN(0, m, b) > MEAN(s, m, b);
                diff[b] = MEAN(0, m, b) - MEAN(s, m, b);
            }
            st[s].win[m] = (double)wins / B;
            qsort(diff, B, sizeof *diff, cmp_double);
            st[s].dlo[m] = diff[lo];
            st[s].dhi[m] = diff[hi];
        }
    for (size_t s = 0; s < nsys; s++)
        for (int m = 0; m < ROUGE_NMETRICS; m++) {
            double *v = &MEAN(s, m, 0);
            qsort(v, B, sizeof *v, cmp_double);
            st[s].lo[m] = v[lo];
            st[s].hi[m] = v[hi];
        }
#undef MEAN
    free(idx);
    free(means);
    free(diff);
    return 0;
}

static void name_cell(FILE *out, const ev_system *s) {
    fprintf(out, "| %s", s->name);
    if (s->missing) fprintf(out, " (%zu missing)", s->missing);
}

void ev_report(FILE *out, const ev_system *sys, size_t nsys, size_t na, unsigned B, uint64_t seed,
               int full) {
    if (na == 0 || nsys == 0) {
        fprintf(out, "No article scored.\n");
        return;
    }
    ev_stats *st = calloc(nsys, sizeof *st);
    if (!st || compute(sys, nsys, na, B, seed, st) != 0) {
        fprintf(out, "Out of memory computing the report.\n");
        free(st);
        return;
    }
    fprintf(out, "| system | R1 F1 | R2 F1 | RL F1 | RLsum F1 | mean words |\n");
    fprintf(out, "|---|---|---|---|---|---|\n");
    for (size_t s = 0; s < nsys; s++) {
        name_cell(out, &sys[s]);
        for (int m = 0; m < ROUGE_NMETRICS; m++) {
            fprintf(out, " | %.2f", 100 * st[s].mean[m]);
            if (B && full)
                fprintf(out, " [%.2f, %.2f]", 100 * st[s].lo[m], 100 * st[s].hi[m]);
            else if (B)
                fprintf(out, " ±%.2f", 50 * (st[s].hi[m] - st[s].lo[m]));
        }
        fprintf(out, " | %.1f |\n", st[s].words);
    }
    fprintf(out, "\nF1 x100, mean over %zu articles", na);
    if (B)
        fprintf(out,
                "; %s the 95%% percentile bootstrap interval (%u resamples of the articles, "
                "seed %llu)",
                full ? "[lo, hi] is" : "± is half the width of", B, (unsigned long long)seed);
    fprintf(out, ".\n");
    /* The paired difference: the question "is it better than X on articles
     * like these" is its interval's lower bound, not two overlapping
     * intervals. */
    if (B && nsys > 1) {
        fprintf(out, "\nPaired bootstrap, %s less each system (x100, mean [95%% interval]):\n\n",
                sys[0].name);
        fprintf(out, "| vs | R1 | R2 | RL | RLsum |\n|---|---|---|---|---|\n");
        for (size_t s = 1; s < nsys; s++) {
            fprintf(out, "| %s", sys[s].name);
            for (int m = 0; m < ROUGE_NMETRICS; m++)
                fprintf(out, " | %+.2f [%+.2f, %+.2f]", 100 * (st[0].mean[m] - st[s].mean[m]),
                        100 * st[s].dlo[m], 100 * st[s].dhi[m]);
            fprintf(out, " |\n");
        }
    }
    if (!full) {
        free(st);
        return;
    }
    fprintf(out, "\nPrecision / recall x100:\n\n| system |");
    for (int m = 0; m < ROUGE_NMETRICS; m++)
        fprintf(out, " %s P | %s R |", metric_names[m], metric_names[m]);
    fprintf(out, "\n|---|");
    for (int m = 0; m < ROUGE_NMETRICS; m++)
        fprintf(out, "---|---|");
    fprintf(out, "\n");
    for (size_t s = 0; s < nsys; s++) {
        name_cell(out, &sys[s]);
        for (int m = 0; m < ROUGE_NMETRICS; m++)
            fprintf(out, " | %.2f | %.2f", 100 * st[s].p[m], 100 * st[s].r[m]);
        fprintf(out, " |\n");
    }
    if (B && nsys > 1) {
        fprintf(out,
                "\nPaired bootstrap: share of resamples in which %s has the higher mean F1 "
                "(1.00 = always):\n\n| vs | R1 | R2 | RL | RLsum |\n|---|---|---|---|---|\n",
                sys[0].name);
        for (size_t s = 1; s < nsys; s++) {
            fprintf(out, "| %s", sys[s].name);
            for (int m = 0; m < ROUGE_NMETRICS; m++)
                fprintf(out, " | %.2f", st[s].win[m]);
            fprintf(out, " |\n");
        }
    }
    free(st);
}
