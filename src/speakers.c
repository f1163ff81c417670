/*
 * speakers.c - a scored choice of each quotation's speaker (see speakers.h).
 */
#include "speakers.h"

#include "entities.h"

#include <math.h>
#include <string.h>

#include "speaker_weights.h"

const char *const precis_spk_feature_names[SPK_NF] = {
    "none",        "words",      "person",     "org",        "rules",     "before",     "same",
    "prev",        "prev2",      "next",       "logdist",    "near3",     "near8",      "cue_after",
    "cue_before",  "subj_same",  "inv_same",   "source",     "chan",      "listener",   "agent",
    "opens",       "logcount",   "last",       "nearest",    "para",      "quote_btw",  "pron_cue",
    "gender_ok",   "gender_bad", "n_cue_sent", "n_short",    "n_nobody",  "n_pron_cue", "role_near",
    "same_before", "same_after", "opens_prev", "rank",       "last_pron", "n_alone",    "n_cue_adj",
    "n_logwords",  "cue_subj",   "cue_next",   "nocue_last", "nocue_out", "nocue_same"};

const int precis_spk_default = SPK_DEFAULT_MODE;

/* Sentences read around a quotation: two before, one after. */
#define SPK_BACK 2
#define SPK_FWD 1
#define SPK_CUE_GAP 3  /* tokens between a candidate and its cue */
#define SPK_CUE_FAR 10 /* the same, with no other name between */

/* A tag f on a token in [a, b) outside quotations. */
static int flag_in(const precis_spk_ctx *c, size_t a, size_t b, uint32_t f) {
    for (size_t k = a; k < b && k < c->in->n_toks; k++)
        if ((c->tags[k] & f) && !(c->tags[k] & c->bits.quoted)) return 1;
    return 0;
}

/* A listener's cue ("told") in [a, b) outside quotations. */
static int listener_in(const precis_spk_ctx *c, size_t a, size_t b) {
    for (size_t k = a; k < b && k < c->in->n_toks; k++)
        if ((c->tags[k] & c->bits.cue) && !(c->tags[k] & c->bits.quoted) && c->listens(c->ctx, k))
            return 1;
    return 0;
}

/* What a quotation's sentence holds, for every candidate. */
typedef struct spk_quote {
    size_t ka, kb; /* its first token, the first token after it */
    size_t s0, s1; /* its sentences */
    int pron;      /* a pronoun next to a cue there: -1 none, else 0 a woman's, 1 a man's */
    int cue;       /* a cue there, outside quotations */
    int alone;     /* no words there outside quotations */
    int cue_adj;   /* a cue within SPK_CUE_GAP tokens of the quotation */
} spk_quote;

static void quote_facts(const precis_spk_ctx *c, const precis_quote *q, spk_quote *sq) {
    const precis_quote_input *in = c->in;
    size_t n = in->n_toks;
    sq->ka = precis_quote_tok_from(in, q->mark_off);
    sq->kb = precis_quote_tok_from(in, q->mark_end);
    if (sq->ka >= n) sq->ka = n ? n - 1 : 0;
    sq->s0 = n ? c->sent_of[sq->ka] : 0;
    sq->s1 = n ? c->sent_of[sq->kb > sq->ka ? sq->kb - 1 : sq->ka] : 0;
    sq->pron = -1;
    sq->cue = sq->cue_adj = 0;
    sq->alone = 1;
    if (!n) return;
    size_t a = in->sents[sq->s0].tok_begin, b = in->sents[sq->s1].tok_end;
    for (size_t k = a; k < b && k < n; k++) {
        if (c->tags[k] & c->bits.quoted) continue;
        if (in->toks[k].flags & PRECIS_TOK_WORD) sq->alone = 0;
        if ((c->tags[k] & c->bits.cue) && ((k < sq->ka && k + SPK_CUE_GAP >= sq->ka) ||
                                           (k >= sq->kb && k < sq->kb + SPK_CUE_GAP)))
            sq->cue_adj = 1;
        if (c->tags[k] & c->bits.cue) sq->cue = 1;
        if ((c->tags[k] & c->bits.pron) && !(c->tags[k] & c->bits.itpron) && sq->pron < 0) {
            size_t lo = k > SPK_CUE_GAP ? k - SPK_CUE_GAP : 0, hi = k + SPK_CUE_GAP + 1;
            if (flag_in(c, lo < a ? a : lo, hi > b ? b : hi, c->bits.cue))
                sq->pron = (c->tags[k] & c->bits.fem) ? 0 : 1;
        }
    }
}

/* The features of the words [mf, ml] as quotation sq's speaker. */
static void position(const precis_spk_ctx *c, const spk_quote *sq, size_t mf, size_t ml, float *f) {
    const precis_quote_input *in = c->in;
    size_t n = in->n_toks, sm = c->sent_of[mf];
    int before = ml < sq->ka;
    size_t d = before ? sq->ka - ml - 1 : (mf >= sq->kb ? mf - sq->kb : 0);
    f[SPK_BEFORE] = (float)before;
    int same = sm >= sq->s0 && sm <= sq->s1;
    f[SPK_SAME] = (float)same;
    f[SPK_PREV] = (float)(sm + 1 == sq->s0);
    f[SPK_PREV2] = (float)(sm + 1 < sq->s0);
    f[SPK_NEXT] = (float)(sm > sq->s1);
    f[SPK_LOGDIST] = (float)log1p((double)d);
    f[SPK_NEAR3] = (float)(d <= 3);
    f[SPK_NEAR8] = (float)(d <= 8);
    size_t sb = in->sents[sm].tok_begin, se = in->sents[sm].tok_end;
    int after_cue =
        flag_in(c, ml + 1, ml + 1 + SPK_CUE_GAP < se ? ml + 1 + SPK_CUE_GAP : se, c->bits.cue);
    size_t lo = mf > sb + SPK_CUE_GAP ? mf - SPK_CUE_GAP : sb;
    int before_cue = flag_in(c, lo, mf, c->bits.cue);
    f[SPK_CUE_AFTER] = (float)after_cue;
    f[SPK_CUE_BEFORE] = (float)before_cue;
    f[SPK_SUBJ_SAME] = (float)(after_cue && same);
    f[SPK_INV_SAME] = (float)(before_cue && same);
    size_t lo2 = mf > sb + 2 ? mf - 2 : sb;
    f[SPK_SOURCE] = (float)flag_in(c, lo2, mf, c->bits.source);
    f[SPK_CHAN] = (float)(mf > sb && (c->tags[mf - 1] & c->bits.chan));
    f[SPK_LISTENER] = (float)listener_in(c, lo2, mf);
    f[SPK_AGENT] = (float)(mf > sb && (c->tags[mf - 1] & c->bits.agent));
    size_t o = sb;
    while (o < mf && o < n && (c->tags[o] & (c->bits.det | c->bits.caption)))
        o++;
    f[SPK_OPENS] = (float)(o == mf);
    f[SPK_SAME_BEFORE] = (float)(same && before);
    f[SPK_SAME_AFTER] = (float)(same && !before);
    f[SPK_OPENS_PREV] = (float)(o == mf && sm + 1 == sq->s0);
    f[SPK_ROLE_NEAR] = (float)flag_in(c, lo, mf, c->bits.personw);
    size_t pa = precis_quote_para_at(in, in->toks[mf].off),
           pq = precis_quote_para_at(in, in->toks[sq->ka].off);
    f[SPK_PARA] = (float)(pa != pq);
    size_t a = before ? ml + 1 : sq->kb, b = before ? sq->ka : mf;
    int q = 0;
    for (size_t k = a; k < b && !q; k++)
        q = (c->tags[k] & c->bits.quoted) != 0;
    f[SPK_QUOTE_BTW] = (float)q;
}

/* The first cue from token k on (step +1 or -1) within SPK_CUE_FAR tokens
 * of sentence [sb, se), no other entity than e and no quotation between. */
static int cue_reached(const precis_spk_ctx *c, size_t k, int step, size_t sb, size_t se, long e) {
    for (size_t n = 0; n < SPK_CUE_FAR; n++) {
        if ((step < 0 && k <= sb) || (step > 0 && k + 1 >= se)) return 0;
        k = step > 0 ? k + 1 : k - 1;
        if (c->tags[k] & c->bits.quoted) return 0;
        if (c->tags[k] & c->bits.cue) return 1;
        if (c->ent && c->ent[k] >= 0 && c->ent[k] != e) return 0;
    }
    return 0;
}

static precis_spk_cand *push(precis_vec *v, size_t quote, int kind, long e, int rules) {
    precis_spk_cand *x = precis_vec_push(v);
    if (!x) return NULL;
    memset(x, 0, sizeof *x);
    x->quote = quote;
    x->kind = kind;
    x->entity = e;
    x->rules = rules;
    x->f[SPK_RULES] = (float)rules;
    return x;
}

/* An entity's candidate from its mention [mf, ml]. */
static int entity_cand(const precis_spk_ctx *c, const spk_quote *sq, precis_vec *v, size_t quote,
                       long e, long rules_e, long last_e, size_t mf, size_t ml) {
    const precis_entity *en = &c->in->ents[e];
    precis_spk_cand *x = push(v, quote, SPK_C_ENTITY, e, e == rules_e);
    if (!x) return -1;
    x->f[en->type == PRECIS_ENT_PERSON ? SPK_PERSON : SPK_ORG] = 1;
    x->f[SPK_LOGCOUNT] = (float)log((double)(en->mention_count ? en->mention_count : 1));
    x->f[SPK_LAST] = (float)(e == last_e);
    position(c, sq, mf, ml, x->f);
    int same = x->f[SPK_SAME] > 0;
    const precis_sentence *st = &c->in->sents[c->sent_of[mf]];
    x->f[SPK_CUE_SUBJ] = (float)cue_reached(c, ml, 1, st->tok_begin, st->tok_end, e);
    x->f[SPK_CUE_NEXT] = (float)cue_reached(c, mf, -1, st->tok_begin, st->tok_end, e);
    x->f[SPK_NOCUE_LAST] = (float)(!sq->cue && e == last_e);
    x->f[SPK_NOCUE_OUT] = (float)(!sq->cue && !same);
    x->f[SPK_NOCUE_SAME] = (float)(!sq->cue && same);
    x->f[SPK_PRON_CUE] = (float)(sq->pron >= 0 && !same);
    x->f[SPK_LAST_PRON] = (float)(sq->pron >= 0 && e == last_e);
    if (sq->pron >= 0 && !same && en->type == PRECIS_ENT_PERSON && c->gender) {
        int g = c->gender(c->ctx, (size_t)e);
        x->f[SPK_GENDER_OK] = (float)(g >= 0 && g == sq->pron);
        x->f[SPK_GENDER_BAD] = (float)(g >= 0 && g != sq->pron);
    }
    return 0;
}

/* The mention of entity e nearest before token k (else the first after). */
static int nearest_mention(const precis_spk_ctx *c, long e, size_t k, size_t *mf, size_t *ml) {
    const precis_quote_input *in = c->in;
    const precis_entity *en = &in->ents[e];
    const precis_entity_mention *best = NULL;
    for (size_t m = 0; m < en->mention_count; m++) {
        const precis_entity_mention *mt = &in->ments[en->mention_off + m];
        size_t f = precis_quote_tok_from(in, mt->off);
        if (f >= in->n_toks || (c->tags[f] & c->bits.quoted)) continue;
        if (!best || f < k) best = mt;
        if (f >= k) break;
    }
    if (!best) return 0;
    *mf = precis_quote_tok_from(in, best->off);
    *ml = precis_quote_tok_from(in, best->off + best->len);
    *ml = *ml > *mf ? *ml - 1 : *mf;
    return *mf < in->n_toks;
}

/* How far a candidate is from its quotation: sentences first, then tokens. */
static float nearness(const precis_spk_cand *y) {
    return y->f[SPK_LOGDIST] + (y->f[SPK_PREV] + 2 * y->f[SPK_PREV2] + y->f[SPK_NEXT]) * 10;
}

/* Every candidate of quotation i (rules_e: the rules' entity, last_e: the
 * quotation before's). */
static int gather(const precis_spk_ctx *c, const precis_quote *q, size_t i, long rules_e,
                  long last_e, precis_vec *v) {
    const precis_quote_input *in = c->in;
    size_t n = in->n_toks, from = v->len;
    spk_quote sq;
    quote_facts(c, q, &sq);
    precis_spk_cand *x = push(v, i, SPK_C_NONE, -1, q->speaker_kind == PRECIS_SPEAKER_NONE);
    if (!x) return -1;
    x->f[SPK_NONE] = 1;
    x->f[SPK_N_CUE_SENT] = (float)sq.cue;
    size_t words = 0;
    for (size_t k = precis_quote_tok_from(in, q->off); k < n && in->toks[k].off < q->off + q->len;
         k++)
        words += (in->toks[k].flags & PRECIS_TOK_WORD) != 0;
    x->f[SPK_N_SHORT] = (float)(words < 5);
    x->f[SPK_N_PRON_CUE] = (float)(sq.pron >= 0);
    x->f[SPK_N_ALONE] = (float)sq.alone;
    x->f[SPK_N_CUE_ADJ] = (float)sq.cue_adj;
    x->f[SPK_N_LOGWORDS] = (float)log1p((double)words);
    if (!n) return 0;
    if (q->speaker_kind != PRECIS_SPEAKER_NONE && q->entity < 0) {
        size_t mf = precis_quote_tok_from(in, q->speaker_off),
               ml = precis_quote_tok_from(in, q->speaker_off + q->speaker_len);
        ml = ml > mf ? ml - 1 : mf;
        if (mf < n) {
            x = push(v, i, SPK_C_WORDS, -1, 1);
            if (!x) return -1;
            x->f[SPK_WORDS] = 1;
            position(c, &sq, mf, ml, x->f);
        }
    }
    int seen_rules = rules_e < 0, seen_last = last_e < 0, nobody = 1;
    if (c->ent) {
        size_t s_lo = sq.s0 >= SPK_BACK ? sq.s0 - SPK_BACK : 0;
        size_t s_hi = sq.s1 + SPK_FWD < in->n_sents ? sq.s1 + SPK_FWD : in->n_sents - 1;
        size_t a = in->sents[s_lo].tok_begin, b = in->sents[s_hi].tok_end;
        for (size_t k = a; k < b && k < n;) {
            long e = c->ent[k];
            if (e < 0 || (c->tags[k] & (c->bits.quoted | c->bits.caption)) ||
                in->ents[e].type == PRECIS_ENT_PLACE || in->ents[e].type == PRECIS_ENT_OTHER) {
                k++;
                continue;
            }
            size_t ml = k;
            while (ml + 1 < b && ml + 1 < n && c->ent[ml + 1] == e &&
                   c->sent_of[ml + 1] == c->sent_of[k])
                ml++;
            if (entity_cand(c, &sq, v, i, e, rules_e, last_e, k, ml) != 0) return -1;
            seen_rules |= e == rules_e;
            seen_last |= e == last_e;
            nobody &= c->sent_of[k] < sq.s0 || c->sent_of[k] > sq.s1;
            k = ml + 1;
        }
    }
    size_t mf, ml;
    if (!seen_rules && c->ent && nearest_mention(c, rules_e, sq.ka, &mf, &ml) &&
        entity_cand(c, &sq, v, i, rules_e, rules_e, last_e, mf, ml) != 0)
        return -1;
    if (!seen_last && c->ent && nearest_mention(c, last_e, sq.ka, &mf, &ml) &&
        entity_cand(c, &sq, v, i, last_e, rules_e, last_e, mf, ml) != 0)
        return -1;
    PRECIS_VEC_AT(v, precis_spk_cand, from)->f[SPK_N_NOBODY] = (float)nobody;
    /* the nearest entity mention on each side */
    size_t best_b = SIZE_MAX, best_a = SIZE_MAX;
    float db = 1e30f, da = 1e30f;
    for (size_t j = from; j < v->len; j++) {
        const precis_spk_cand *y = PRECIS_VEC_AT(v, precis_spk_cand, j);
        if (y->kind != SPK_C_ENTITY) continue;
        float d = nearness(y);
        if (y->f[SPK_BEFORE] > 0 && d < db) db = d, best_b = j;
        if (y->f[SPK_BEFORE] == 0 && d < da) da = d, best_a = j;
    }
    for (size_t j = from; j < v->len; j++) {
        precis_spk_cand *y = PRECIS_VEC_AT(v, precis_spk_cand, j);
        if (y->kind != SPK_C_ENTITY) continue;
        float d = nearness(y);
        size_t nearer = 0;
        for (size_t h = from; h < v->len; h++) {
            const precis_spk_cand *z = PRECIS_VEC_AT(v, precis_spk_cand, h);
            nearer += z->kind == SPK_C_ENTITY && nearness(z) < d;
        }
        y->f[SPK_RANK] = (float)log1p((double)nearer);
    }
    if (best_b != SIZE_MAX) PRECIS_VEC_AT(v, precis_spk_cand, best_b)->f[SPK_NEAREST] = 1;
    if (best_a != SIZE_MAX) PRECIS_VEC_AT(v, precis_spk_cand, best_a)->f[SPK_NEAREST] = 1;
    return 0;
}

static float score(const precis_spk_cand *x) {
    float s = 0;
    for (int j = 0; j < SPK_NF; j++)
        s += spk_weights[j] * x->f[j];
    return s;
}

int precis_speakers_choose(const precis_spk_ctx *c, int mode, precis_vec *quotes, precis_vec *dump,
                           const precis_alloc *alc) {
    if (mode == PRECIS_SPK_DEFAULT) mode = precis_spk_default;
    if (!dump && mode == PRECIS_SPK_RULES) return 0;
    precis_vec own;
    precis_vec_init(&own, sizeof(precis_spk_cand), alc);
    precis_vec *v = dump ? dump : &own;
    size_t nq = quotes->len;
    long last_e = -1;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < nq; i++) {
        precis_quote *q = PRECIS_VEC_AT(quotes, precis_quote, i);
        size_t from = v->len;
        long rules_e = q->speaker_kind != PRECIS_SPEAKER_NONE ? q->entity : -1;
        /* the rules' firm answer is kept: no candidates to weigh */
        if (!dump && mode == PRECIS_SPK_CONSTRAINED && q->speaker_firm) {
            if (q->speaker_kind != PRECIS_SPEAKER_NONE) last_e = q->entity;
            continue;
        }
        rc = gather(c, q, i, rules_e, last_e, v);
        if (q->speaker_kind != PRECIS_SPEAKER_NONE) last_e = q->entity;
        for (size_t j = from; rc == 0 && j < v->len; j++)
            PRECIS_VEC_AT(v, precis_spk_cand, j)->firm = q->speaker_firm;
        if (rc != 0 || dump) continue;
        size_t best = SIZE_MAX;
        float bs = -1e30f, rs = -1e30f;
        for (size_t j = from; j < v->len; j++) {
            const precis_spk_cand *x = PRECIS_VEC_AT(v, precis_spk_cand, j);
            float s = score(x);
            if (x->rules && s > rs) rs = s;
            if (s > bs || (s == bs && x->rules)) bs = s, best = j;
        }
        v->len = from;
        if (best == SIZE_MAX) continue;
        const precis_spk_cand *x = PRECIS_VEC_AT(v, precis_spk_cand, best);
        if (x->rules || (mode == PRECIS_SPK_HYBRID && bs <= rs + SPK_MARGIN)) continue;
        if (x->kind == SPK_C_NONE) {
            q->speaker_kind = PRECIS_SPEAKER_NONE;
            q->speaker_off = q->speaker_len = 0;
            q->entity = -1;
        } else if (x->kind == SPK_C_ENTITY) {
            q->speaker_kind = PRECIS_SPEAKER_NAME;
            q->speaker_off = c->in->ents[x->entity].name_off;
            q->speaker_len = c->in->ents[x->entity].name_len;
            q->entity = x->entity;
        }
    }
    precis_vec_free(&own);
    return rc;
}
