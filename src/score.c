/*
 * score.c - sentence features and scores.
 *
 * Each sentence becomes a tf-idf vector over its content stems (idf from the
 * article's own sentences). From these come the graph centrality (continuous
 * LexRank, Erkan & Radev 2004), the similarity to the article's centroid and
 * the overlap with the headline; with position, length and surface cues they
 * form the feature vector that a linear model turns into a score.
 */
#include "doc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* LexRank runs on the first sentences only: the graph is quadratic and news
 * puts what matters early. */
#define LEXRANK_MAX 200
#define LEXRANK_DAMPING 0.85
#define LEXRANK_ITERS 40

const char *const precis_feature_names[PRECIS_NFEAT] = {
    [PRECIS_F_BIAS] = "bias",
    [PRECIS_F_POS_INV] = "pos_inv",
    [PRECIS_F_FIRST] = "first",
    [PRECIS_F_POS_REL] = "pos_rel",
    [PRECIS_F_PARA_FIRST] = "para_first",
    [PRECIS_F_PARA_INV] = "para_inv",
    [PRECIS_F_LEXRANK] = "lexrank",
    [PRECIS_F_CENTROID] = "centroid",
    [PRECIS_F_TITLE] = "title",
    [PRECIS_F_LOGLEN] = "loglen",
    [PRECIS_F_SHORT] = "short",
    [PRECIS_F_LONG] = "long",
    [PRECIS_F_NUM] = "num",
    [PRECIS_F_CAPS] = "caps",
    [PRECIS_F_QUOTE] = "quote",
    [PRECIS_F_QUESTION] = "question",
    [PRECIS_F_SECOND] = "second",
    [PRECIS_F_THIRD] = "third",
    [PRECIS_F_FIRST_SIM] = "first_sim",
    [PRECIS_F_LONE] = "lone",
    [PRECIS_F_FIRST_PARA] = "first_para",
    [PRECIS_F_WORDS] = "words",
    [PRECIS_F_FLAT_POS] = "flat_pos",
    [PRECIS_F_FLAT_WORDS] = "flat_words",
    [PRECIS_F_OVERLAP] = "overlap",
    [PRECIS_F_QUOTE_START] = "quote_start",
    [PRECIS_F_LABEL] = "label",
    [PRECIS_F_UNENDED] = "unended",
};

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static int is_content(const precis_token *t) {
    return (t->flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) && !(t->flags & PRECIS_TOK_STOP);
}

/* Builds doc->vec / vec_off / vec_norm / words. */
static int build_vectors(precis_doc *d, precis_workspace *ws) {
    size_t n = d->n_sents;
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += d->sents[i].tok_end - d->sents[i].tok_begin;
    if (precis_vec_reserve(&ws->vec, total + 1) || precis_vec_reserve(&ws->vec_off, n + 1) ||
        precis_vec_reserve(&ws->vec_norm, n + 1) || precis_vec_reserve(&ws->words, n + 1) ||
        precis_vec_reserve(&ws->u32, d->n_terms + total + 1))
        return -1;
    precis_wterm *vec = ws->vec.data;
    size_t *off = ws->vec_off.data;
    size_t *words = ws->words.data;
    uint32_t *df = ws->u32.data;
    uint32_t *tmp = df + d->n_terms;
    memset(df, 0, d->n_terms * sizeof *df);

    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const precis_sentence *s = &d->sents[i];
        size_t m = 0, w = 0;
        for (size_t t = s->tok_begin; t < s->tok_end; t++) {
            const precis_token *tok = &d->toks[t];
            if (tok->flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM)) w++;
            if (is_content(tok)) tmp[m++] = tok->term;
        }
        words[i] = w;
        qsort(tmp, m, sizeof *tmp, cmp_u32);
        off[i] = k;
        for (size_t j = 0; j < m;) {
            size_t e = j;
            while (e < m && tmp[e] == tmp[j])
                e++;
            vec[k].term = tmp[j];
            vec[k].w = vec[k].c = (float)(e - j);
            df[tmp[j]]++;
            k++;
            j = e;
        }
    }
    off[n] = k;
    float *norm = ws->vec_norm.data;
    double nd = (double)n;
    for (size_t i = 0; i < n; i++) {
        double sq = 0;
        for (size_t j = off[i]; j < off[i + 1]; j++) {
            double idf = log((nd + 1.0) / (df[vec[j].term] + 0.5));
            if (idf < 0.05) idf = 0.05;
            vec[j].w = (float)(vec[j].w * idf);
            sq += (double)vec[j].w * vec[j].w;
        }
        norm[i] = (float)sqrt(sq);
    }
    d->vec = vec;
    d->vec_off = off;
    d->vec_norm = norm;
    d->words = words;
    return 0;
}

/* Dot products of sentences a and b: tf-idf into *w, raw counts into *c. */
static void pair_dots(const precis_doc *d, size_t a, size_t b, double *w, double *c) {
    const precis_wterm *x = d->vec + d->vec_off[a], *xe = d->vec + d->vec_off[a + 1];
    const precis_wterm *y = d->vec + d->vec_off[b], *ye = d->vec + d->vec_off[b + 1];
    double dw = 0, dc = 0;
    size_t nx = (size_t)(xe - x), ny = (size_t)(ye - y);
    /* A merge costs the sum of the lengths: with one huge sentence compared
     * to every other one that would be quadratic, so look the short vector's
     * terms up in the long one instead. */
    if (nx > 16 * ny || ny > 16 * nx) {
        const precis_wterm *s = nx < ny ? x : y, *se = nx < ny ? xe : ye, *l = nx < ny ? y : x;
        size_t nl = nx < ny ? ny : nx;
        for (; s < se; s++) {
            size_t lo = 0, hi = nl;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (l[mid].term < s->term)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (lo < nl && l[lo].term == s->term) {
                dw += (double)s->w * l[lo].w;
                dc += (double)s->c * l[lo].c;
            }
        }
    } else {
        while (x < xe && y < ye) {
            if (x->term < y->term)
                x++;
            else if (x->term > y->term)
                y++;
            else
                dw += (double)x->w * y->w, dc += (double)x->c * y->c, x++, y++;
        }
    }
    *w = dw;
    *c = dc;
}

double precis_cosine(const precis_doc *d, size_t a, size_t b) {
    if (d->vec_norm[a] <= 0 || d->vec_norm[b] <= 0) return 0;
    double dw, dc;
    pair_dots(d, a, b, &dw, &dc);
    return dw / ((double)d->vec_norm[a] * d->vec_norm[b]);
}

/* Continuous LexRank over the first m sentences into out[0..m), and the
 * overlap degree (sumy's "reduction" rating: shared content words over the
 * sum of the log lengths, summed over the other sentences) into ov[0..m). */
static int lexrank(const precis_doc *d, precis_workspace *ws, size_t m, double *out, double *ov) {
    if (m == 0) return 0;
    if (precis_vec_reserve(&ws->f64, m * m + 3 * m) != 0) return -1;
    double *sim = ws->f64.data, *row = sim + m * m, *next = row + m, *loglen = next + m;
    for (size_t i = 0; i < m; i++) {
        double len = 0;
        for (size_t k = d->vec_off[i]; k < d->vec_off[i + 1]; k++)
            len += d->vec[k].c;
        loglen[i] = len > 1 ? log(len) : 0;
        ov[i] = 0;
    }
    for (size_t i = 0; i < m; i++) {
        sim[i * m + i] = 0;
        for (size_t j = i + 1; j < m; j++) {
            double dw, dc;
            pair_dots(d, i, j, &dw, &dc);
            double nw = (double)d->vec_norm[i] * d->vec_norm[j];
            sim[i * m + j] = sim[j * m + i] = nw > 0 ? dw / nw : 0;
            if (dc > 0) {
                double norm = loglen[i] + loglen[j];
                double r = norm > 0 ? dc / norm : dc;
                ov[i] += r;
                ov[j] += r;
            }
        }
    }
    double omx = 0;
    for (size_t i = 0; i < m; i++)
        omx = ov[i] > omx ? ov[i] : omx;
    for (size_t i = 0; i < m; i++)
        ov[i] = omx > 0 ? ov[i] / omx : 0;
    for (size_t i = 0; i < m; i++) {
        double s = 0;
        for (size_t j = 0; j < m; j++)
            s += sim[i * m + j];
        row[i] = s;
        out[i] = 1.0 / (double)m;
    }
    for (int it = 0; it < LEXRANK_ITERS; it++) {
        double delta = 0;
        for (size_t i = 0; i < m; i++)
            next[i] = (1.0 - LEXRANK_DAMPING) / (double)m;
        for (size_t j = 0; j < m; j++) {
            if (row[j] <= 0) {
                /* A sentence with no neighbour spreads its rank evenly. */
                for (size_t i = 0; i < m; i++)
                    next[i] += LEXRANK_DAMPING * out[j] / (double)m;
                continue;
            }
            double share = LEXRANK_DAMPING * out[j] / row[j];
            for (size_t i = 0; i < m; i++)
                next[i] += share * sim[j * m + i];
        }
        for (size_t i = 0; i < m; i++) {
            delta += fabs(next[i] - out[i]);
            out[i] = next[i];
        }
        if (delta < 1e-6) break;
    }
    double mx = 0;
    for (size_t i = 0; i < m; i++)
        mx = out[i] > mx ? out[i] : mx;
    for (size_t i = 0; i < m; i++)
        out[i] = mx > 0 ? out[i] / mx : 0;
    return 0;
}

/* True if the sentence contains a quotation mark of any kind. */
static int has_quote(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"') return 1;
        if (c == 0xC2 && i + 1 < n &&
            ((unsigned char)s[i + 1] == 0xAB || (unsigned char)s[i + 1] == 0xBB))
            return 1; /* « » */
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9D))
            return 1; /* “ ” */
    }
    return 0;
}

/* True if s opens with a quotation mark (after spaces and brackets). */
static int opens_with_quote(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '(' || s[i] == '['))
        i++;
    if (i >= n) return 0;
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\'') return 1;
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xAB) return 1; /* « */
    return c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
           ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x98); /* “ ‘ */
}

int precis_opens_with_label(const char *text, const precis_token *toks, const precis_sentence *s) {
    size_t t = s->tok_begin, words = 0;
    if (t >= s->tok_end || !(toks[t].flags & PRECIS_TOK_CAP)) return 0;
    for (; t < s->tok_end && words < 3; t++) {
        const precis_token *tok = &toks[t];
        if (!(tok->flags & (PRECIS_TOK_WORD | PRECIS_TOK_NUM))) return 0;
        words++;
        /* The colon follows the word, with a space before it in French. */
        size_t e = tok->off + tok->len, end = s->off + s->len;
        if (e < end && text[e] == ' ') e++;
        if (e < end && text[e] == ':') return t + 1 < s->tok_end;
    }
    return 0;
}

int precis_unended(const char *s, size_t n) {
    while (n > 0) {
        unsigned char c = (unsigned char)s[n - 1];
        if (c == ' ' || c == '"' || c == '\'' || c == ')' || c == ']') {
            n--;
        } else if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
                   (c == 0x99 || c == 0x9D)) {
            n -= 3; /* ’ ” */
        } else if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && c == 0xBB) {
            n -= 2; /* » */
        } else {
            break;
        }
    }
    if (n == 0) return 0;
    char c = s[n - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return 0;
    return !(n >= 3 && memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0); /* … */
}

int precis_features(precis_doc *d, precis_workspace *ws, double *feats) {
    size_t n = d->n_sents;
    size_t m = n < LEXRANK_MAX ? n : LEXRANK_MAX;
    /* LexRank output lives after its own scratch in a second array. */
    if (precis_vec_reserve(&ws->lexrank, 2 * n + 1) != 0) return -1;
    double *lr = ws->lexrank.data, *ov = lr + n;
    memset(lr, 0, 2 * n * sizeof *lr);
    if (lexrank(d, ws, m, lr, ov) != 0) return -1;

    /* Centroid: the sum of all sentence vectors, dense over the vocabulary. */
    if (precis_vec_reserve(&ws->f64, d->n_terms + 1) != 0) return -1;
    double *cen = ws->f64.data;
    memset(cen, 0, d->n_terms * sizeof *cen);
    for (size_t k = 0; k < d->vec_off[n]; k++)
        cen[d->vec[k].term] += d->vec[k].w;
    double cn = 0;
    for (size_t t = 0; t < d->n_terms; t++)
        cn += cen[t] * cen[t];
    cn = sqrt(cn);

    /* Title terms marked over the vocabulary (build_vectors is done with its
     * counts in u32): the overlap is then one pass over each sentence's
     * vector, however long the title (options.title can be megabytes). */
    if (precis_vec_reserve(&ws->u32, d->n_terms + 1) != 0) return -1;
    uint32_t *in_title = ws->u32.data;
    memset(in_title, 0, d->n_terms * sizeof *in_title);
    for (size_t t = 0; t < d->n_title_terms; t++)
        in_title[d->title_terms[t]] = 1;

    size_t para_prev = (size_t)-1;
    size_t para0 = n ? d->sents[0].para : 0;
    int flat = n && d->sents[n - 1].para == para0;
    for (size_t i = 0; i < n; i++) {
        const precis_sentence *s = &d->sents[i];
        /* A paragraph of one sentence: its neighbours are in other paragraphs. */
        int lone = (i == 0 || d->sents[i - 1].para != s->para) &&
                   (i + 1 >= n || d->sents[i + 1].para != s->para);
        double *f = feats + i * PRECIS_NFEAT;
        memset(f, 0, PRECIS_NFEAT * sizeof *f);
        f[PRECIS_F_BIAS] = 1;
        f[PRECIS_F_POS_INV] = 1.0 / (1.0 + (double)i);
        f[PRECIS_F_FIRST] = i == 0;
        f[PRECIS_F_POS_REL] = n > 1 ? (double)i / (double)(n - 1) : 0;
        f[PRECIS_F_PARA_FIRST] = s->para != para_prev;
        para_prev = s->para;
        f[PRECIS_F_PARA_INV] = 1.0 / (1.0 + (double)s->para);
        f[PRECIS_F_LEXRANK] = lr[i];
        double dot = 0;
        for (size_t k = d->vec_off[i]; k < d->vec_off[i + 1]; k++)
            dot += d->vec[k].w * cen[d->vec[k].term];
        f[PRECIS_F_CENTROID] = cn > 0 && d->vec_norm[i] > 0 ? dot / (cn * d->vec_norm[i]) : 0;
        if (d->n_title_terms) {
            size_t hit = 0;
            for (size_t k = d->vec_off[i]; k < d->vec_off[i + 1]; k++)
                hit += in_title[d->vec[k].term];
            f[PRECIS_F_TITLE] = (double)hit / (double)d->n_title_terms;
        }
        size_t w = d->words[i];
        f[PRECIS_F_LOGLEN] = log1p((double)w);
        f[PRECIS_F_SHORT] = w < 8;
        f[PRECIS_F_LONG] = w > 45;
        size_t nums = 0, caps = 0, inner = 0;
        for (size_t t = s->tok_begin; t < s->tok_end; t++) {
            uint32_t fl = d->toks[t].flags;
            if (fl & PRECIS_TOK_NUM) nums++;
            if (!(fl & PRECIS_TOK_FIRST) && (fl & PRECIS_TOK_WORD)) {
                inner++;
                if ((fl & PRECIS_TOK_CAP) && !(fl & PRECIS_TOK_STOP)) caps++;
            }
        }
        f[PRECIS_F_NUM] = w ? (double)nums / (double)w : 0;
        f[PRECIS_F_CAPS] = inner ? (double)caps / (double)inner : 0;
        const char *txt = d->text + s->off;
        f[PRECIS_F_QUOTE] = has_quote(txt, s->len);
        size_t e = s->len;
        while (e > 0 && (txt[e - 1] == '"' || txt[e - 1] == ')' || txt[e - 1] == ' ' ||
                         (unsigned char)txt[e - 1] >= 0x80))
            e--; /* skip closing quotes and brackets */
        f[PRECIS_F_QUESTION] = e > 0 && (txt[e - 1] == '?' || txt[e - 1] == '!');
        f[PRECIS_F_SECOND] = i == 1;
        f[PRECIS_F_THIRD] = i == 2;
        f[PRECIS_F_FIRST_SIM] = i > 0 ? precis_cosine(d, 0, i) : 0;
        f[PRECIS_F_LONE] = lone && w < 15;
        f[PRECIS_F_FIRST_PARA] = s->para == para0;
        f[PRECIS_F_WORDS] = (double)w / 50.0;
        f[PRECIS_F_FLAT_POS] = flat ? f[PRECIS_F_POS_INV] : 0;
        f[PRECIS_F_FLAT_WORDS] = flat ? f[PRECIS_F_WORDS] : 0;
        f[PRECIS_F_OVERLAP] = ov[i];
        f[PRECIS_F_QUOTE_START] = opens_with_quote(txt, s->len);
        f[PRECIS_F_LABEL] = precis_opens_with_label(d->text, d->toks, s);
        f[PRECIS_F_UNENDED] = precis_unended(txt, s->len);
    }
    return 0;
}

int precis_budget_is_extract(const precis_doc *d) {
    size_t n = d->n_sents, total = 0;
    if (n == 0) return 0;
    double k = d->budget_points && d->budget_points < n ? (double)d->budget_points : (double)n;
    if (d->budget_words) {
        for (size_t i = 0; i < n; i++)
            total += d->words[i];
        /* A word budget, in sentences of the article's mean length. */
        double kw = total ? (double)d->budget_words * (double)n / (double)total : (double)n;
        k = kw < k ? kw : k;
    }
    return k >= precis_params.extract_min_points && k >= precis_params.extract_share * (double)n;
}

int precis_score(precis_doc *d, precis_workspace *ws, const double *weights,
                 const double *extract_weights, double *scores) {
    size_t n = d->n_sents;
    if (build_vectors(d, ws) != 0) return -1;
    d->extract_model = extract_weights && precis_budget_is_extract(d);
    if (d->extract_model) weights = extract_weights;
    if (precis_vec_reserve(&ws->feats, n * PRECIS_NFEAT + 1) != 0) return -1;
    double *feats = ws->feats.data;
    if (precis_features(d, ws, feats) != 0) return -1;
    for (size_t i = 0; i < n; i++) {
        double s = 0;
        for (int k = 0; k < PRECIS_NFEAT; k++)
            s += weights[k] * feats[i * PRECIS_NFEAT + k];
        scores[i] = s;
    }
    return 0;
}
