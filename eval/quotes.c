/*
 * quotes.c - `precis-eval quotes FILE`: lists the speech quotations precis
 * finds in each article of a JSONL set ({"id","lang","text"}) with their
 * speakers, for reading and annotating; prints counts at the end.
 */
#include "eval.h"

#include "analyse.h"
#include "quotes.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int ev_quotes_main(int argc, char **argv) {
    const char *set = NULL;
    size_t limit = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--limit") && i + 1 < argc) {
            limit = strtoul(argv[++i], NULL, 10);
        } else if (argv[i][0] == '-' || set) {
            fprintf(stderr, "usage: precis-eval quotes FILE.jsonl [--limit N]\n"
                            "Lists each article's speech quotations and speakers.\n");
            return argv[i][1] == 'h' ? 0 : 2;
        } else {
            set = argv[i];
        }
    }
    FILE *in = set ? fopen(set, "r") : NULL;
    if (!in) {
        fprintf(stderr, "precis-eval quotes: cannot open %s: %s\n", set ? set : "(none)",
                strerror(errno));
        return set ? 1 : 2;
    }
    precis_engine *engine = NULL;
    precis_brief *doc = NULL; /* the article analysed by the brief's pipeline */
    precis_vec qs;
    precis_vec_init(&qs, sizeof(precis_quote), &precis_default_alloc);
    precis_quoter *qr = NULL;
    char cur[8] = "";
    char *line = NULL;
    size_t cap = 0, articles = 0, quotes = 0, speakers = 0;
    ssize_t len;
    int rc = 0;
    while (rc == 0 && (!limit || articles < limit) && (len = getline(&line, &cap, in)) > 0) {
        json_error_t je;
        json_t *o = json_loadb(line, (size_t)len, 0, &je);
        const char *lang = json_string_value(json_object_get(o, "lang"));
        const json_t *text = json_object_get(o, "text");
        if (!lang || strlen(lang) >= sizeof cur || !json_is_string(text)) {
            json_decref(o);
            continue;
        }
        /* The last article was analysed by the engine about to be replaced. */
        precis_brief_free(doc);
        doc = NULL;
        if (strcmp(lang, cur) != 0) {
            precis_quoter_free(qr);
            precis_engine_free(engine);
            qr = precis_quoter_new(lang, NULL);
            engine = precis_engine_new(lang, NULL, NULL);
            snprintf(cur, sizeof cur, "%s", lang);
        }
        doc = qr && engine
                  ? ev_analyse(engine, lang, json_string_value(text), json_string_length(text))
                  : NULL;
        if (doc) {
            precis_quote_input qi;
            precis_quotes_input(precis_brief_analysis(doc), &qi);
            const char *t = qi.text;
            if (precis_quotes_find(qr, &qi, &qs) != 0) rc = 1;
            const char *id = json_string_value(json_object_get(o, "id"));
            printf("== %s (%zu)\n", id ? id : "?", qs.len);
            for (size_t i = 0; i < qs.len; i++) {
                const precis_quote *q = PRECIS_VEC_AT(&qs, precis_quote, i);
                printf("  [%.*s] -- %.*s%s\n", (int)q->len, t + q->off, (int)q->speaker_len,
                       t + q->speaker_off,
                       q->speaker_kind == PRECIS_SPEAKER_NONE         ? "(none)"
                       : q->speaker_kind == PRECIS_SPEAKER_DESCRIPTOR ? " (descriptor)"
                                                                      : "");
                speakers += q->speaker_kind != PRECIS_SPEAKER_NONE;
            }
            quotes += qs.len;
            articles++;
        }
        json_decref(o);
    }
    printf("%zu articles, %zu quotations, %zu with a speaker\n", articles, quotes, speakers);
    free(line);
    fclose(in);
    precis_quoter_free(qr);
    precis_vec_free(&qs);
    precis_brief_free(doc);
    precis_engine_free(engine);
    return rc;
}
