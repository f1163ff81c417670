/*
 * fuzz_stages.c - libFuzzer harness for the stages that read an analysed
 * text: keyphrases (src/keywords.c) and quotations (src/quotes.c). The first
 * byte picks the language; the rest is the text, analysed by the brief's
 * pipeline (eval/analyse.h).
 * Checks what must hold for any input: every span inside the normalized
 * text, keyphrase scores in (0, 1] and descending, quotations in text order
 * and inside their marks, a speaker outside its quotation.
 */
#define FUZZ_OWN_INIT
#include "fuzz_engine.h"

#include "analyse.h"
#include "keywords.h"
#include "quotes.h"

#include <stdint.h>
#include <string.h>

static precis_keywords *kx[2];
static precis_quoter *qr[2];

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    engine = precis_engine_new(NULL, NULL, NULL);
    kx[0] = precis_keywords_new("fr", NULL);
    kx[1] = precis_keywords_new("en", NULL);
    qr[0] = precis_quoter_new("fr", NULL);
    qr[1] = precis_quoter_new("en", NULL);
    return engine && kx[0] && kx[1] && qr[0] && qr[1] ? 0 : 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) return 0;
    int l = data[0] & 1;
    precis_brief *d = ev_analyse(engine, l ? "en" : "fr", (const char *)data + 1, size - 1);
    if (!d) return 0;
    const precis_analysis *a = precis_brief_analysis(d);
    size_t n = a->text.text.len;
    precis_vec out;
    precis_vec_init(&out, sizeof(precis_keyword), &precis_default_alloc);
    precis_kw_input ki;
    precis_keywords_input(a, &ki);
    check(precis_keywords_extract(kx[l], &ki, 10, &out) == 0);
    check(out.len <= 10);
    double last = 1;
    for (size_t i = 0; i < out.len; i++) {
        const precis_keyword *k = PRECIS_VEC_AT(&out, precis_keyword, i);
        check(k->len > 0 && k->off + k->len <= (k->in_title ? a->title.len : n));
        check(k->score > 0 && k->score <= last);
        check(k->words >= 1 && k->words <= 3 && k->count >= 1);
        last = k->score;
    }
    precis_vec_free(&out);
    precis_vec_init(&out, sizeof(precis_quote), &precis_default_alloc);
    precis_quote_input qi;
    precis_quotes_input(a, &qi);
    check(precis_quotes_find(qr[l], &qi, &out) == 0);
    size_t prev_end = 0;
    for (size_t i = 0; i < out.len; i++) {
        const precis_quote *q = PRECIS_VEC_AT(&out, precis_quote, i);
        check(q->mark_off >= prev_end && q->mark_off < q->off && q->len > 0);
        /* equal when the quotation was left open and ends with its words
           ("'We won!Next…": split at the sentence, no closing mark) */
        check(q->off + q->len <= q->mark_end && q->mark_end <= n);
        prev_end = q->mark_end;
        if (q->speaker_kind != PRECIS_SPEAKER_NONE) {
            check(q->speaker_len > 0 && q->speaker_off + q->speaker_len <= n);
            check(q->speaker_off + q->speaker_len <= q->off || q->speaker_off >= q->off + q->len);
        }
    }
    precis_vec_free(&out);
    precis_brief_free(d);
    return 0;
}
