/* capture.c - see capture.h. */
#include "capture.h"

#include <stdlib.h>
#include <string.h>

static int capture(void *ctx, precis_doc *doc, precis_workspace *ws) {
    ev_scored *s = ctx;
    size_t n = doc->n_sents;
    s->feats = malloc((n ? n : 1) * PRECIS_NFEAT * sizeof *s->feats);
    s->sims = malloc((n ? n * n : 1) * sizeof *s->sims);
    if (!s->feats || !s->sims) return -1;
    if (n) memcpy(s->feats, ws->feats.data, n * PRECIS_NFEAT * sizeof *s->feats);
    for (size_t i = 0; i < n; i++) { /* symmetric: each pair once */
        s->sims[i * n + i] = 1.0f;
        for (size_t j = i + 1; j < n; j++)
            s->sims[i * n + j] = s->sims[j * n + i] = (float)precis_cosine(doc, i, j);
    }
    s->n = n;
    s->extract_model = doc->extract_model;
    return 0;
}

precis_brief *ev_brief_scored(const precis_engine *e, const char *text, size_t len,
                              const precis_options *opts, ev_scored *out, precis_error *err) {
    memset(out, 0, sizeof *out);
    return precis_brief_analyse(e, text, len, opts, capture, out, err);
}

void ev_scored_free(ev_scored *s) {
    free(s->feats);
    free(s->sims);
    memset(s, 0, sizeof *s);
}
