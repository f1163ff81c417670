/*
 * json_record.c - JSON Lines input records and the error records written
 * for lines that fail. Parsing uses jansson, which allocates with malloc
 * (its allocator hooks are process-global, so the engine's allocator is not
 * installed there); everything handed back to the caller uses the engine's.
 */
#include "json_write.h"
#include "precis_internal.h"
#include "sentences.h"
#include "text.h"

#include <jansson.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Record fields of the wrong type: static messages, code INVALID_ARG. */
static const char msg_not_object[] = "record is not a JSON object";
static const char msg_bad_text[] = "record \"text\" is not a string";
static const char msg_bad_html[] = "record \"html\" is not a string";
static const char msg_text_and_html[] = "record has both \"text\" and \"html\"";
static const char msg_bad_id[] = "record \"id\" is not a string or a number";
static const char msg_too_deep[] = "record nests arrays or objects deeper than 2048 levels";
static const char msg_dup_text[] = "record has the key \"text\" more than once";
static const char msg_dup_html[] = "record has the key \"html\" more than once";
static const char msg_dup_key[] = "record has a key more than once";
static const char msg_sentences_html[] =
    "record \"html\" is not split into sentences: give \"text\"";

static void set_msg(precis_error *err, precis_code code, const char *msg) {
    precis_set_error(err, code, 0);
    if (err) err->msg = msg;
}

/* A string member, or NULL when absent or null; *bad when of another type. */
static json_t *string_member(json_t *obj, const char *key, int *bad) {
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v)) return NULL;
    if (!json_is_string(v)) {
        *bad = 1;
        return NULL;
    }
    return v;
}

/* A record line made ready for the parser: a UTF-8 BOM before it (the
 * first line of a file some editors save) skipped, and ill-formed UTF-8
 * replaced by U+FFFD in a malloc'd copy, as text input is repaired. */
typedef struct line_in {
    const char *s;
    size_t len, skip; /* skip: bytes of BOM left out */
    size_t given;     /* length of the line as given, after the BOM */
    char *fixed;
    size_t bad, first_bad; /* sequences replaced; offset of the first in the line */
} line_in;

static int prepare_line(line_in *in, const char *line, size_t len) {
    memset(in, 0, sizeof *in);
    in->s = line ? line : "";
    in->len = line ? len : 0;
    if (in->len >= 3 && memcmp(in->s, "\xEF\xBB\xBF", 3) == 0)
        in->s += 3, in->len -= 3, in->skip = 3;
    in->given = in->len;
    const unsigned char *u = (const unsigned char *)in->s;
    size_t i = 0;
    while (i < in->len) {
        uint32_t cp;
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = precis_utf8_next(u + i, in->len - i, &cp);
        if (cp == PRECIS_UTF8_BAD) break;
        i += k;
    }
    if (i == in->len) return 0;
    in->first_bad = i + in->skip;
    /* each bad byte takes at most 3 bytes */
    if (in->len > (SIZE_MAX - 1) / 3 || !(in->fixed = malloc(in->len * 3 + 1))) return -1;
    memcpy(in->fixed, in->s, i);
    size_t o = i;
    while (i < in->len) {
        uint32_t cp;
        size_t k = precis_utf8_next(u + i, in->len - i, &cp);
        if (cp == PRECIS_UTF8_BAD) {
            memcpy(in->fixed + o, "\xEF\xBF\xBD", 3), o += 3;
            in->bad++;
        } else {
            memcpy(in->fixed + o, in->s + i, k), o += k;
        }
        i += k;
    }
    in->fixed[o] = 0;
    in->s = in->fixed;
    in->len = o;
    return 0;
}

/* Offset in the line as given of offset pos of the prepared line. */
static size_t line_pos(const line_in *in, const char *line, size_t pos) {
    if (!in->fixed) return pos + in->skip;
    const unsigned char *u = (const unsigned char *)line + in->skip;
    size_t i = 0, o = 0; /* i in the line after the BOM, o in fixed */
    while (o < pos && i < in->given) {
        uint32_t cp;
        size_t k = precis_utf8_next(u + i, in->given - i, &cp);
        o += cp == PRECIS_UTF8_BAD ? 3 : k;
        i += k;
    }
    return i + in->skip;
}

/* Parses a record line. \u0000 is let through so that the library reports
 * such text as binary, like the same text given as a file; a key given twice
 * is an error, not a silent choice of the last. */
static json_t *parse_line(const line_in *in, json_error_t *jerr, int dup_ok) {
    return json_loadb(in->s, in->len,
                      JSON_DECODE_ANY | JSON_ALLOW_NUL | (dup_ok ? 0 : JSON_REJECT_DUPLICATES),
                      jerr);
}

/* Raw compact JSON of a string or number "id" (malloc'd), or NULL. */
static char *dump_id(json_t *id) {
    if (!id || !(json_is_string(id) || json_is_number(id))) return NULL;
    return json_dumps(id, JSON_ENCODE_ANY | JSON_COMPACT);
}

/* A record line parsed: its text or html member, its options applied to
 * local, its id as raw JSON. */
typedef struct record {
    line_in in;
    json_t *root, *text, *html;
    char *id_json;
    precis_options local;
} record;

static void record_close(record *r) {
    free(r->in.fixed);
    free(r->id_json);
    json_decref(r->root);
}

/* Parses and checks a record line; 0, or -1 with err set (record_close
 * either way). */
static int record_open(record *r, const precis_engine *engine, const char *line, size_t len,
                       const precis_options *opts, precis_error *err) {
    memset(r, 0, sizeof *r);
    if (!engine || (!line && len)) {
        precis_set_error(err, PRECIS_ERR_INVALID_ARG, 0);
        return -1;
    }
    /* The limit holds for the line, not only for the text it decodes to. */
    const precis_options *checked = precis_input_check(engine, line, len, opts, &r->local, err);
    if (!checked) return -1;
    if (checked != &r->local) r->local = *checked;
    if (prepare_line(&r->in, line, len) != 0) {
        precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        return -1;
    }
    if (r->in.bad && r->local.strict_utf8) {
        precis_set_error(err, PRECIS_ERR_UTF8, r->in.first_bad);
        return -1;
    }
    json_error_t jerr;
    r->root = parse_line(&r->in, &jerr, 0);
    if (!r->root) {
        /* jansson allocates with malloc: its failure is ours to report. */
        size_t pos = jerr.position > 0 ? line_pos(&r->in, line, (size_t)jerr.position) : 0;
        enum json_error_code code = json_error_code(&jerr);
        if (code == json_error_out_of_memory)
            precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        else if (code == json_error_stack_overflow) {
            set_msg(err, PRECIS_ERR_JSON, msg_too_deep);
            if (err) err->pos = pos;
        } else if (code == json_error_duplicate_key) {
            set_msg(err, PRECIS_ERR_INVALID_ARG,
                    strstr(jerr.text, "'\"text\"'")   ? msg_dup_text
                    : strstr(jerr.text, "'\"html\"'") ? msg_dup_html
                                                      : msg_dup_key);
        } else
            precis_set_error(err, PRECIS_ERR_JSON, pos);
        return -1;
    }
    int bad = 0;
    json_t *root = r->root;
    if (!json_is_object(root)) {
        set_msg(err, PRECIS_ERR_INVALID_ARG, msg_not_object);
        return -1;
    }
    r->text = string_member(root, "text", &bad);
    if (bad) {
        set_msg(err, PRECIS_ERR_INVALID_ARG, msg_bad_text);
        return -1;
    }
    r->html = string_member(root, "html", &bad);
    if (bad) {
        set_msg(err, PRECIS_ERR_INVALID_ARG, msg_bad_html);
        return -1;
    }
    if (r->text && r->html) {
        set_msg(err, PRECIS_ERR_INVALID_ARG, msg_text_and_html);
        return -1;
    }
    if (!r->text && !r->html) {
        precis_set_error(err, PRECIS_ERR_NO_TEXT, 0);
        return -1;
    }
    /* The options, by the names and bounds every front end uses
     * (precis_option_set); the input limit is the caller's, not a record's. */
    for (const char *const *name = precis_option_names(); *name; name++) {
        json_t *v = json_object_get(root, *name);
        if (!v || json_is_null(v) || strcmp(*name, "max_bytes") == 0) continue;
        /* Typed as JSON types them: "points": "3" is refused. */
        char num[32];
        const char *val = NULL;
        size_t n = 1; /* a value of the wrong type: refused below */
        int type = precis_option_type(*name);
        if (type == 's' && json_is_string(v)) {
            val = json_string_value(v);
            n = json_string_length(v);
        } else if (type == 'n' && json_is_integer(v)) {
            n = (size_t)snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
            val = num;
        } else if (type == 'b' && json_is_boolean(v)) {
            n = (size_t)snprintf(num, sizeof num, "%s", json_is_true(v) ? "true" : "false");
            val = num;
        }
        if (precis_option_set(&r->local, *name, val, n, err) != 0) return -1;
    }
    json_t *id = json_object_get(root, "id");
    if (id && !json_is_null(id)) {
        r->id_json = dump_id(id);
        if (!r->id_json) {
            if (json_is_string(id) || json_is_number(id))
                precis_set_error(err, PRECIS_ERR_NOMEM, 0);
            else
                set_msg(err, PRECIS_ERR_INVALID_ARG, msg_bad_id);
            return -1;
        }
    }
    return 0;
}

precis_brief *precis_brief_json(const precis_engine *engine, const char *line, size_t len,
                                const precis_options *opts, precis_error *err) {
    record r;
    if (record_open(&r, engine, line, len, opts, err) != 0) {
        record_close(&r);
        return NULL;
    }
    precis_brief *b;
    if (r.text)
        b = precis_brief_text(engine, json_string_value(r.text), json_string_length(r.text),
                              &r.local, err);
    else
        b = precis_brief_html(engine, json_string_value(r.html), json_string_length(r.html),
                              &r.local, err);
    if (b && r.id_json && precis_brief_set_id(b, r.id_json, strlen(r.id_json)) != 0) {
        precis_brief_free(b);
        b = NULL;
        precis_set_error(err, PRECIS_ERR_NOMEM, 0);
    }
    if (b && r.in.bad) {
        char msg[128];
        snprintf(msg, sizeof msg,
                 "invalid UTF-8 at byte %zu of the record (%zu replaced by U+FFFD)", r.in.first_bad,
                 r.in.bad);
        if (precis_brief_add_warning(b, msg) != 0) {
            precis_brief_free(b);
            b = NULL;
            precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        }
    }
    record_close(&r);
    return b;
}

precis_sentences *precis_sentences_json(const precis_engine *engine, const char *line, size_t len,
                                        const precis_options *opts, precis_error *err) {
    record r;
    precis_sentences *s = NULL;
    if (record_open(&r, engine, line, len, opts, err) == 0) {
        if (r.html) {
            set_msg(err, PRECIS_ERR_INVALID_ARG, msg_sentences_html);
        } else {
            s = precis_sentences_text(engine, json_string_value(r.text), json_string_length(r.text),
                                      &r.local, err);
            if (s && r.id_json && precis_sentences_set_id(s, r.id_json, strlen(r.id_json)) != 0) {
                precis_sentences_free(s);
                s = NULL;
                precis_set_error(err, PRECIS_ERR_NOMEM, 0);
            }
        }
    }
    record_close(&r);
    return s;
}

char *precis_error_record(const precis_engine *engine, const char *line, size_t len, size_t line_no,
                          const precis_error *error, size_t *out_len) {
    if (out_len) *out_len = 0;
    if (!engine) return NULL;
    precis_buf out;
    precis_buf_init(&out, precis_engine_alloc(engine));
    precis_buf_putc(&out, '{');

    /* The id is echoed only when the line is a record with a usable id. */
    if (line || !len) {
        json_error_t jerr;
        line_in in;
        json_t *root = len && prepare_line(&in, line, len) == 0 ? parse_line(&in, &jerr, 1) : NULL;
        if (len) free(in.fixed);
        char *id_json = json_is_object(root) ? dump_id(json_object_get(root, "id")) : NULL;
        if (id_json) {
            precis_buf_puts(&out, "\"id\":");
            precis_json_raw(&out, id_json, strlen(id_json));
            precis_buf_putc(&out, ',');
        }
        free(id_json);
        json_decref(root);
    }

    precis_code code = error ? error->code : PRECIS_OK;
    const char *msg = error && error->msg ? error->msg : precis_strerror(code);
    precis_buf_printf(&out, "\"line\":%zu,\"error\":\"", line_no);
    precis_json_chars(&out, msg, strlen(msg));
    if (code == PRECIS_ERR_JSON || code == PRECIS_ERR_UTF8)
        precis_buf_printf(&out, " at byte %zu", error->pos);
    precis_buf_puts(&out, "\"}");
    char *s = precis_buf_detach(&out, out_len);
    if (!s) precis_buf_free(&out);
    return s;
}
