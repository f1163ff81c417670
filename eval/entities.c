/*
 * entities.c - `precis-eval entities FILE`: lists the named entities precis
 * finds in each article of a JSONL set ({"id","lang","text"}), most salient
 * first, with their type, salience and mentions, for reading; counts at the
 * end. `--text FILE LANG` does the same for one plain-text article.
 */
#include "eval.h"

#include "entities.h"
#include "analyse.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Prints one article's entities; 0 or -1 on OOM. */
static int list(const precis_brief *doc, const precis_entiter *en, const char *id, precis_vec *ents,
                precis_vec *ms, size_t *count) {
    if (!doc) return -1;
    const precis_analysis *a = precis_brief_analysis(doc);
    const char *t = a->text.text.data;
    precis_entity_input in;
    precis_entities_input(a, &in);
    if (precis_entities_find(en, &in, ents, ms) != 0) return -1;
    printf("== %s (%zu)\n", id, ents->len);
    for (size_t i = 0; i < ents->len; i++) {
        const precis_entity *e = PRECIS_VEC_AT(ents, precis_entity, i);
        printf("  %.2f %-12s %.*s [", e->salience, precis_entity_type_name(e->type),
               (int)e->name_len, t + e->name_off);
        for (size_t k = 0; k < e->mention_count; k++) {
            const precis_entity_mention *m =
                PRECIS_VEC_AT(ms, precis_entity_mention, e->mention_off + k);
            printf("%s%zu-%zu %.*s", k ? "; " : "", m->off, m->off + m->len, (int)m->len,
                   t + m->off);
        }
        printf("]\n");
    }
    *count += ents->len;
    return 0;
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *s = malloc(cap);
    size_t k;
    while (s && (k = fread(s + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *g = realloc(s, cap *= 2);
            if (!g) free(s);
            s = g;
        }
    }
    fclose(f);
    *len = n;
    return s;
}

int ev_entities_main(int argc, char **argv) {
    const char *set = NULL, *text_file = NULL, *text_lang = NULL;
    size_t limit = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--limit") && i + 1 < argc) {
            limit = strtoul(argv[++i], NULL, 10);
        } else if (!strcmp(argv[i], "--text") && i + 2 < argc) {
            text_file = argv[++i];
            text_lang = argv[++i];
        } else if (argv[i][0] == '-' || set) {
            fprintf(stderr, "usage: precis-eval entities FILE.jsonl [--limit N]\n"
                            "       precis-eval entities --text FILE LANG\n"
                            "Lists each article's named entities.\n");
            return argv[i][1] == 'h' ? 0 : 2;
        } else {
            set = argv[i];
        }
    }
    precis_engine *engine = precis_engine_new(NULL, NULL, NULL);
    if (!engine) {
        fprintf(stderr, "precis-eval entities: cannot load the engine\n");
        return 1;
    }
    precis_vec ents, ms;
    precis_vec_init(&ents, sizeof(precis_entity), &precis_default_alloc);
    precis_vec_init(&ms, sizeof(precis_entity_mention), &precis_default_alloc);
    precis_entiter *en = NULL;
    size_t articles = 0, count = 0;
    int rc = 0;
    if (text_file) {
        size_t len;
        char *s = slurp(text_file, &len);
        en = precis_entiter_new(text_lang, NULL);
        precis_brief *doc = s && en ? ev_analyse(engine, text_lang, s, len) : NULL;
        if (!doc || list(doc, en, text_file, &ents, &ms, &count) != 0) {
            fprintf(stderr, "precis-eval entities: cannot read %s as %s\n", text_file, text_lang);
            rc = 1;
        }
        articles = 1;
        precis_brief_free(doc);
        free(s);
    } else {
        FILE *in = set ? fopen(set, "r") : NULL;
        if (!in) {
            fprintf(stderr, "precis-eval entities: cannot open %s: %s\n", set ? set : "(none)",
                    strerror(errno));
            precis_engine_free(engine);
            return set ? 1 : 2;
        }
        char cur[8] = "";
        char *line = NULL;
        size_t cap = 0;
        ssize_t len;
        while (rc == 0 && (!limit || articles < limit) && (len = getline(&line, &cap, in)) > 0) {
            json_error_t je;
            json_t *o = json_loadb(line, (size_t)len, 0, &je);
            const char *lang = json_string_value(json_object_get(o, "lang"));
            const json_t *text = json_object_get(o, "text");
            if (!lang || strlen(lang) >= sizeof cur || !json_is_string(text)) {
                json_decref(o);
                continue;
            }
            if (strcmp(lang, cur) != 0) {
                precis_entiter_free(en);
                en = precis_entiter_new(lang, NULL);
                snprintf(cur, sizeof cur, "%s", lang);
            }
            const char *id = json_string_value(json_object_get(o, "id"));
            precis_brief *doc =
                en ? ev_analyse(engine, lang, json_string_value(text), json_string_length(text))
                   : NULL;
            if (doc) {
                if (list(doc, en, id ? id : "?", &ents, &ms, &count) != 0) rc = 1;
                articles++;
            }
            precis_brief_free(doc);
            json_decref(o);
        }
        free(line);
        fclose(in);
    }
    printf("%zu articles, %zu entities\n", articles, count);
    precis_entiter_free(en);
    precis_vec_free(&ents);
    precis_vec_free(&ms);
    precis_engine_free(engine);
    return rc;
}
