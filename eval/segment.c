/*
 * segment.c - `precis-eval segment FILE`: the sentence splitter
 * (precis_sentences_text) on a file of cases, and `precis-eval glued FILE`:
 * how many sentences glued without a space in a set's texts are split.
 *
 * Cases are JSON Lines {"id","lang","text","sentences":[...],"flags"?,
 * "options"?} (../shared/eval/segmentation/README.md): a case passes when
 * the sentences equal the expected ones after white-space runs are collapsed
 * and trimmed. Cases with non-empty "options" (a splitter option the source
 * ran with) are left out; those flagged "has_newline" are counted apart.
 */
#include "eval.h"

#include "precis.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

static void seg_usage(FILE *f) {
    fputs("usage: precis-eval segment FILE.jsonl [--lang xx] [--failures]\n"
          "Splits each case's text with precis_sentences_text and prints the pass rate\n"
          "(exact sentence lists, white space collapsed), with and without the cases\n"
          "flagged has_newline; cases with splitter options are left out. --failures\n"
          "lists the cases that fail, with the sentences expected and got.\n"
          "       precis-eval glued FILE.jsonl [--list N]\n"
          "Counts, in the \"text\" of a set's articles, the sentences glued to the one\n"
          "before with no space (a lower-case letter, . ! or ?, maybe a closing quote,\n"
          "then a capital and a lower-case letter: \"vue.D'apr\xC3\xA8s\"; a closing quote\n"
          "between a lower-case letter and a capital; \"?par\" after a question) and how\n"
          "many the splitter splits; --list shows N that it does not.\n",
          f);
}

/* s with white-space runs collapsed to one space and trimmed, malloc'd. */
static char *collapse(const char *s, size_t n) {
    char *o = malloc(n + 1);
    if (!o) return NULL;
    size_t k = 0;
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = k > 0;
            continue;
        }
        if (space) o[k++] = ' ';
        space = 0;
        o[k++] = (char)c;
    }
    o[k] = 0;
    return o;
}

typedef struct tally {
    size_t cases, passed;
} tally;

static double pct(const tally *t) {
    return t->cases ? 100.0 * (double)t->passed / (double)t->cases : 0;
}

/* Opens the case or article file at path and an engine; 0, or 1 after
 * saying why. */
static int open_set(const char *path, FILE **in, precis_engine **e) {
    if (!(*in = fopen(path, "r"))) {
        perror(path);
        return 1;
    }
    precis_error err = {0};
    if (!(*e = precis_engine_new(NULL, NULL, &err))) {
        fprintf(stderr, "precis-eval: %s\n", err.msg ? err.msg : precis_strerror(err.code));
        fclose(*in);
        return 1;
    }
    return 0;
}

int ev_segment_main(int argc, char **argv) {
    const char *path = NULL, *force = NULL;
    int failures = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--failures"))
            failures = 1;
        else if (!strcmp(argv[i], "--lang") && i + 1 < argc)
            force = argv[++i];
        else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            seg_usage(stdout);
            return 0;
        } else if (argv[i][0] != '-' && !path)
            path = argv[i];
        else {
            seg_usage(stderr);
            return 2;
        }
    }
    if (!path) {
        seg_usage(stderr);
        return 2;
    }
    FILE *in;
    precis_engine *e;
    if (open_set(path, &in, &e) != 0) return 1;
    precis_error err;
    tally all = {0}, plain = {0}, nl = {0};
    size_t skipped = 0, lineno = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    int rc = 0;
    while ((got = getline(&line, &cap, in)) > 0) {
        lineno++;
        json_error_t jerr;
        json_t *r = json_loadb(line, (size_t)got, 0, &jerr);
        if (!r) {
            fprintf(stderr, "precis-eval: %s:%zu: %s\n", path, lineno, jerr.text);
            rc = 1;
            break;
        }
        json_t *opts = json_object_get(r, "options");
        if (json_is_object(opts) && json_object_size(opts) > 0) {
            skipped++;
            json_decref(r);
            continue;
        }
        const char *id = json_string_value(json_object_get(r, "id"));
        const char *lang = force ? force : json_string_value(json_object_get(r, "lang"));
        json_t *text = json_object_get(r, "text"), *want = json_object_get(r, "sentences");
        int has_nl = 0;
        size_t k;
        json_t *v;
        json_array_foreach(json_object_get(r, "flags"), k, v) {
            if (json_is_string(v) && !strcmp(json_string_value(v), "has_newline")) has_nl = 1;
        }
        precis_options o;
        precis_options_default(&o);
        o.lang = lang;
        precis_sentences *s = json_is_string(text)
                                  ? precis_sentences_text(e, json_string_value(text),
                                                          json_string_length(text), &o, &err)
                                  : NULL;
        /* expected: non-empty after collapsing (a case of blank text wants none) */
        size_t nwant = 0, nget = s ? precis_sentences_count(s) : 0;
        int ok = 1;
        json_array_foreach(want, k, v) {
            char *w = collapse(json_string_value(v), json_string_length(v));
            if (w && *w) {
                precis_sentence_span sp;
                if (nwant >= nget || precis_sentences_get(s, nwant, &sp) != 0 ||
                    strcmp(sp.text, w) != 0)
                    ok = 0;
                nwant++;
            }
            free(w);
        }
        if (nwant != nget) ok = 0;
        if (!s && !(err.code == PRECIS_ERR_EMPTY && nwant == 0)) ok = 0;
        if (!s && err.code == PRECIS_ERR_EMPTY && nwant == 0) ok = 1;
        tally *t = has_nl ? &nl : &plain;
        t->cases++, all.cases++;
        t->passed += ok, all.passed += ok;
        if (!ok && failures) {
            printf("FAIL %s%s\n  want:", id ? id : "?", has_nl ? " (has_newline)" : "");
            json_array_foreach(want, k, v) {
                char *w = collapse(json_string_value(v), json_string_length(v));
                printf("\n    | %s", w ? w : "");
                free(w);
            }
            printf("\n  got:");
            for (size_t i = 0; i < nget; i++) {
                precis_sentence_span sp;
                precis_sentences_get(s, i, &sp);
                printf("\n    | %s", sp.text);
            }
            if (!s) printf(" error: %s", err.msg);
            printf("\n");
        }
        precis_sentences_free(s);
        json_decref(r);
    }
    free(line);
    fclose(in);
    precis_engine_free(e);
    if (rc) return rc;
    printf("| cases | passed | pass rate |\n|---|---|---|\n");
    printf("| all (%zu) | %zu | %.1f%% |\n", all.cases, all.passed, pct(&all));
    printf("| without has_newline (%zu) | %zu | %.1f%% |\n", plain.cases, plain.passed,
           pct(&plain));
    printf("| has_newline only (%zu) | %zu | %.1f%% |\n", nl.cases, nl.passed, pct(&nl));
    printf("\n%zu cases with splitter options left out.\n", skipped);
    return 0;
}

/* ------------------------------------------------------------ glued */

static int is_closing_quote(uint32_t c) {
    return c == '"' || c == 0xBB || c == 0x201D || c == 0x2019;
}

/* Glued boundaries in text, in order: the offsets where a sentence glued
 * to the one before with no space starts, with their kind (GL_*):
 *  - GL_MARK: after ". ! ?" (and a closing quote) between a lower-case
 *    letter and a capital + lower-case letter ("vue.D'après");
 *  - GL_QUOTE: after a closing '"' (odd count so far) between a lower-case
 *    letter and a capital + lower-case letter (`décision"Cette`);
 *  - GL_CREDIT: "?par ...": a caption credit glued after a question. */
enum { GL_MARK, GL_QUOTE, GL_CREDIT, GL_KINDS };

static size_t glued_points(const char *text, size_t n, size_t *out, int *kind, size_t max) {
    const unsigned char *t = (const unsigned char *)text;
    size_t found = 0, quotes = 0;
    for (size_t i = 1; i + 2 < n && found < max; i++) {
        if (t[i] == '"') {
            quotes++;
            uint32_t b = precis_utf8_before(t, 0, i), c2;
            size_t k = precis_utf8_next(t + i + 1, n - i - 1, &c2);
            uint32_t c3 = 0;
            if (i + 1 + k < n) precis_utf8_next(t + i + 1 + k, n - i - 1 - k, &c3);
            if (quotes % 2 == 0 && precis_is_lower(b) && precis_is_upper(c2) &&
                precis_is_lower(c3)) {
                kind[found] = GL_QUOTE;
                out[found++] = i + 1;
            }
            continue;
        }
        if (t[i] != '.' && t[i] != '!' && t[i] != '?') continue;
        if ((t[i] == '?' || t[i] == '!') && n - i > 5 && memcmp(t + i + 1, "par ", 4) == 0) {
            kind[found] = GL_CREDIT;
            out[found++] = i + 1;
            continue;
        }
        uint32_t before = precis_utf8_before(t, 0, i);
        if (!precis_is_lower(before)) continue;
        /* the word before: letters only, no dot, '@' or '/' (domains, URLs) */
        size_t w = i;
        int bad = 0;
        while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '\n') {
            w--;
            if (t[w] == '.' || t[w] == '@' || t[w] == '/' || t[w] == ':') bad = 1;
        }
        if (bad) continue;
        size_t j = i + 1;
        uint32_t c;
        size_t k = precis_utf8_next(t + j, n - j, &c);
        if (is_closing_quote(c)) {
            j += k;
            if (j >= n) continue;
            k = precis_utf8_next(t + j, n - j, &c);
        }
        if (!precis_is_upper(c) || j + k >= n) continue;
        uint32_t c2;
        precis_utf8_next(t + j + k, n - j - k, &c2);
        if (!precis_is_lower(c2) && c2 != '\'' && c2 != 0x2019) continue;
        kind[found] = GL_MARK;
        out[found++] = j;
    }
    return found;
}

/* Bytes of the closing quote right before offset i (after the end mark),
 * else 0. */
static size_t quote_before(const char *text, size_t i) {
    const unsigned char *t = (const unsigned char *)text;
    if (i < 2) return 0;
    uint32_t c = precis_utf8_before(t, 0, i);
    size_t n = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    return is_closing_quote(c) && i > n &&
                   (t[i - n - 1] == '.' || t[i - n - 1] == '!' || t[i - n - 1] == '?')
               ? n
               : 0;
}

int ev_glued_main(int argc, char **argv) {
    const char *path = NULL;
    long list = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--list") && i + 1 < argc)
            list = atol(argv[++i]);
        else if (argv[i][0] != '-' && !path)
            path = argv[i];
        else {
            seg_usage(stderr);
            return 2;
        }
    }
    if (!path) {
        seg_usage(stderr);
        return 2;
    }
    FILE *in;
    precis_engine *e;
    if (open_set(path, &in, &e) != 0) return 1;
    precis_error err;
    char *line = NULL;
    size_t cap = 0, total[GL_KINDS] = {0}, split[GL_KINDS] = {0}, articles = 0, with = 0;
    ssize_t got;
    size_t pts[4096];
    int kinds[4096];
    while ((got = getline(&line, &cap, in)) > 0) {
        ev_record rec;
        char msg[200];
        if (ev_record_parse(line, (size_t)got, &rec, msg, sizeof msg) != 0) continue;
        articles++;
        size_t np = glued_points(rec.text, rec.text_len, pts, kinds, sizeof pts / sizeof pts[0]);
        if (np) {
            with++;
            precis_options o;
            precis_options_default(&o);
            o.lang = rec.lang;
            precis_sentences *s = precis_sentences_text(e, rec.text, rec.text_len, &o, &err);
            size_t ns = s ? precis_sentences_count(s) : 0, si = 0;
            for (size_t p = 0; p < np; p++) {
                precis_sentence_span sp;
                /* split: a sentence starts at the point, or at the quote
                 * before it when the quote opens the next sentence */
                size_t qs = pts[p] - quote_before(rec.text, pts[p]);
                while (si < ns && precis_sentences_get(s, si, &sp) == 0 && sp.start < qs)
                    si++;
                int ok = si < ns && precis_sentences_get(s, si, &sp) == 0 &&
                         (sp.start == pts[p] || sp.start == qs);
                total[kinds[p]]++;
                split[kinds[p]] += ok;
                if (!ok && list > 0) {
                    size_t a = pts[p] > 40 ? pts[p] - 40 : 0, b = pts[p] + 30;
                    if (b > rec.text_len) b = rec.text_len;
                    while (a > 0 && (rec.text[a] & 0xC0) == 0x80)
                        a--;
                    while (b < rec.text_len && (rec.text[b] & 0xC0) == 0x80)
                        b++;
                    printf("%s: %.*s|%.*s\n", rec.id, (int)(pts[p] - a), rec.text + a,
                           (int)(b - pts[p]), rec.text + pts[p]);
                    list--;
                }
            }
            precis_sentences_free(s);
        }
        ev_record_free(&rec);
    }
    free(line);
    fclose(in);
    precis_engine_free(e);
    static const char *const names[] = {"after . ! ?", "after a closing quote", "credit after ?"};
    size_t all = 0, all_split = 0;
    printf(
        "%zu articles, %zu with glued sentences\n\n| boundary | found | split |\n|---|---|---|\n",
        articles, with);
    for (int k = 0; k < GL_KINDS; k++) {
        printf("| %s | %zu | %zu (%.1f%%) |\n", names[k], total[k], split[k],
               total[k] ? 100.0 * (double)split[k] / (double)total[k] : 0);
        all += total[k], all_split += split[k];
    }
    printf("| all | %zu | %zu (%.1f%%) |\n", all, all_split,
           all ? 100.0 * (double)all_split / (double)all : 0);
    return 0;
}
