/*
 * render.c - a brief as plain text (the seed layout), Markdown or one JSON
 * line (schema "precis/1", documented in docs/json-schema.md). Uses only
 * the public accessors, so any brief renders the same way.
 */
#include "json_write.h"
#include "precis_internal.h"

#include <string.h>

/* ------------------------------------------------- body and closing block */

static void md_escaped(precis_buf *out, const char *s, size_t n, int join_lines);

/* Paragraphs first..last, as text or Markdown. */
static void paragraphs(const precis_brief *b, precis_buf *out, size_t first, size_t last, int md) {
    for (size_t i = first; i <= last && i < precis_brief_paragraph_count(b); i++) {
        size_t n;
        const char *s = precis_brief_paragraph(b, i, &n);
        if (!s) { /* its text could not be made: out of memory */
            out->oom = 1;
            return;
        }
        if (md)
            md_escaped(out, s, n, 0);
        else
            precis_buf_append(out, s, n);
        precis_buf_append(out, "\n\n", 2);
    }
}

/* The body: in sections under their headings (a heading on its own line),
 * or its paragraphs. */
static void body(const precis_brief *b, precis_buf *out, int md) {
    size_t ns = precis_brief_section_count(b);
    if (!ns) {
        size_t np = precis_brief_paragraph_count(b);
        if (np) paragraphs(b, out, 0, np - 1, md);
        return;
    }
    for (size_t i = 0; i < ns; i++) {
        precis_section sc;
        if (precis_brief_section(b, i, &sc) != 0) continue;
        if (sc.heading) {
            if (md) {
                precis_buf_append(out, "## ", 3);
                md_escaped(out, sc.heading, sc.heading_len, 1);
            } else {
                precis_buf_append(out, sc.heading, sc.heading_len);
            }
            precis_buf_append(out, "\n\n", 2);
        }
        if (sc.last >= sc.first) paragraphs(b, out, sc.first, sc.last, md);
    }
}

/* Quotation marks of the brief's language around a quotation. */
static void quoted(const precis_brief *b, precis_buf *out, const char *s, size_t n, int md) {
    int fr = strcmp(precis_brief_lang(b), "fr") == 0;
    precis_buf_puts(out, fr ? "\xC2\xAB\xC2\xA0" : "\xE2\x80\x9C"); /* "« " or a curly quote */
    if (md)
        md_escaped(out, s, n, 1);
    else
        precis_buf_append(out, s, n);
    precis_buf_puts(out, fr ? "\xC2\xA0\xC2\xBB" : "\xE2\x80\x9D");
}

/* "Keywords:" (French: "Mots-clés :"), bold in Markdown. */
static void label_of(const precis_brief *b, precis_buf *out, int md, precis_label which) {
    int fr = strcmp(precis_brief_lang(b), "fr") == 0;
    if (md) precis_buf_append(out, "**", 2);
    precis_buf_puts(out, precis_brief_label(b, which));
    precis_buf_puts(out, fr ? "\xC2\xA0:" : ":"); /* French puts a space before a colon */
    if (md) precis_buf_append(out, "**", 2);
}

/* The entities of one type on one line, most salient first; nothing when
 * there is none. */
static void named_line(const precis_brief *b, precis_buf *out, int md, precis_entity_type type,
                       precis_label which) {
    size_t n = 0;
    for (size_t i = 0; i < precis_brief_entity_count(b); i++) {
        precis_named e;
        if (precis_brief_entity(b, i, &e) != 0 || e.type != type) continue;
        if (!n++) label_of(b, out, md, which);
        precis_buf_append(out, n > 1 ? ", " : " ", n > 1 ? 2 : 1);
        if (md)
            md_escaped(out, e.name, e.name_len, 1);
        else
            precis_buf_append(out, e.name, e.name_len);
    }
    if (n) precis_buf_append(out, "\n\n", 2);
}

/* The closing block ("More", "Plus"): the people and the places named, the
 * keyphrases, each on one line, then the quotations with their speakers.
 * Nothing when there is none of these. */
static void closing(const precis_brief *b, precis_buf *out, int md) {
    size_t nk = precis_brief_keyphrase_count(b), nq = precis_brief_quotation_count(b);
    size_t ne = precis_brief_entity_count(b);
    if (!nk && !nq && !ne) return;
    const char *label = precis_brief_label(b, PRECIS_LABEL_MORE);
    if (md) precis_buf_append(out, "## ", 3);
    precis_buf_puts(out, label);
    precis_buf_append(out, "\n\n", 2);
    named_line(b, out, md, PRECIS_ENTITY_PERSON, PRECIS_LABEL_PEOPLE);
    named_line(b, out, md, PRECIS_ENTITY_PLACE, PRECIS_LABEL_PLACES);
    if (nk) {
        label_of(b, out, md, PRECIS_LABEL_KEYWORDS);
        for (size_t i = 0; i < nk; i++) {
            precis_keyphrase k;
            if (precis_brief_keyphrase(b, i, &k) != 0) continue;
            precis_buf_append(out, i ? ", " : " ", i ? 2 : 1);
            if (md)
                md_escaped(out, k.text, k.len, 1);
            else
                precis_buf_append(out, k.text, k.len);
        }
        precis_buf_append(out, "\n\n", 2);
    }
    for (size_t i = 0; i < nq; i++) {
        precis_quotation q;
        if (precis_brief_quotation(b, i, &q) != 0) continue;
        if (md) precis_buf_append(out, "> ", 2); /* a quotation block of its own */
        quoted(b, out, q.text, q.len, md);
        if (q.speaker) {
            precis_buf_append(out, " (", 2);
            if (md)
                md_escaped(out, q.speaker, q.speaker_len, 1);
            else
                precis_buf_append(out, q.speaker, q.speaker_len);
            precis_buf_putc(out, ')');
        }
        precis_buf_append(out, md ? "\n\n" : "\n", md ? 2 : 1);
    }
}

/* ------------------------------------------------------------------ text */

static void render_text(const precis_brief *b, precis_buf *out) {
    size_t n;
    const char *s = precis_brief_title(b, &n);
    if (n) {
        precis_buf_append(out, s, n);
        precis_buf_append(out, "\n\n\n", 3);
    }
    size_t np = precis_brief_point_count(b);
    if (np) {
        precis_buf_puts(out, precis_brief_heading(b));
        precis_buf_append(out, "\n\n", 2);
        for (size_t i = 0; i < np; i++) {
            precis_point p;
            if (precis_brief_point(b, i, &p) != 0) continue;
            precis_buf_append(out, "  \xE2\x80\xA2 ", 6); /* "  • " */
            precis_buf_append(out, p.text, p.len);
            precis_buf_putc(out, '\n');
        }
        precis_buf_putc(out, '\n');
    }
    body(b, out, 0);
    closing(b, out, 0);
}

/* -------------------------------------------------------------- markdown */

/* Characters that start a block (heading, quote, list, rule, fence, table)
 * when they open a line. */
static int md_block_char(char c) {
    return c == '#' || c == '>' || c == '-' || c == '+' || c == '=' || c == '~' || c == '|';
}

/* Characters with inline meaning (emphasis, code, links, raw HTML). */
static int md_inline_char(char c) {
    return c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<';
}

/*
 * Appends text with the Markdown-significant characters escaped: inline
 * markers anywhere, block markers and "12." / "12)" at the start of a line.
 * Line breaks become spaces when join_lines (titles, list items), else each
 * line is escaped on its own and leading blanks are dropped (they would
 * make an indented code block).
 */
static void md_escaped(precis_buf *out, const char *s, size_t n, int join_lines) {
    int line_start = 1;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\n') {
            if (join_lines) {
                precis_buf_putc(out, ' ');
            } else {
                precis_buf_putc(out, '\n');
                line_start = 1;
            }
            continue;
        }
        if (line_start) {
            if (c == ' ' || c == '\t') continue;
            line_start = 0;
            if (md_block_char(c)) {
                precis_buf_putc(out, '\\');
            } else if (c >= '0' && c <= '9') {
                size_t j = i;
                while (j < n && s[j] >= '0' && s[j] <= '9')
                    j++;
                if (j < n && (s[j] == '.' || s[j] == ')')) {
                    precis_buf_append(out, s + i, j - i);
                    precis_buf_putc(out, '\\');
                    precis_buf_putc(out, s[j]);
                    i = j;
                    continue;
                }
            }
        }
        if (md_inline_char(c)) precis_buf_putc(out, '\\');
        precis_buf_putc(out, c);
    }
}

static void render_markdown(const precis_brief *b, precis_buf *out) {
    size_t n;
    const char *s = precis_brief_title(b, &n);
    if (n) {
        precis_buf_append(out, "# ", 2);
        md_escaped(out, s, n, 1);
        precis_buf_append(out, "\n\n", 2);
    }
    size_t np = precis_brief_point_count(b);
    if (np) {
        precis_buf_append(out, "## ", 3);
        const char *h = precis_brief_heading(b);
        md_escaped(out, h, strlen(h), 1);
        precis_buf_append(out, "\n\n", 2);
        for (size_t i = 0; i < np; i++) {
            precis_point p;
            if (precis_brief_point(b, i, &p) != 0) continue;
            precis_buf_append(out, "- ", 2);
            md_escaped(out, p.text, p.len, 1);
            precis_buf_putc(out, '\n');
        }
        precis_buf_putc(out, '\n');
    }
    body(b, out, 1);
    closing(b, out, 1);
}

/* ------------------------------------------------------------------ JSON */

/* key (raw JSON text up to the value: `,"start":`) then the integer v. */
static void json_field(precis_buf *out, const char *key, size_t v) {
    precis_buf_puts(out, key);
    precis_json_uint(out, v);
}

static void render_json(const precis_brief *b, precis_buf *out) {
    size_t n;
    const char *s;
    precis_buf_puts(out, "{\"schema\":\"" PRECIS_JSON_SCHEMA "\"");
    s = precis_brief_id(b, &n);
    if (s) {
        precis_buf_puts(out, ",\"id\":");
        precis_json_raw(out, s, n);
    }
    precis_buf_puts(out, ",\"lang\":");
    s = precis_brief_lang(b);
    precis_json_string(out, s, strlen(s));
    precis_buf_puts(out, ",\"lang_confidence\":");
    precis_json_number(out, precis_brief_lang_confidence(b));
    precis_buf_puts(out, ",\"title\":");
    s = precis_brief_title(b, &n);
    precis_json_string(out, s, n);
    if (precis_brief_page_field(b, 0)) {
        precis_buf_puts(out, ",\"page\":{");
        for (size_t i = 0; i < PRECIS_PAGE_FIELDS; i++) {
            if (i) precis_buf_putc(out, ',');
            precis_json_string(out, precis_page_field_names[i], strlen(precis_page_field_names[i]));
            precis_buf_putc(out, ':');
            s = precis_brief_page_field(b, i);
            precis_json_string(out, s, strlen(s));
        }
        precis_buf_putc(out, '}');
    }

    precis_buf_puts(out, ",\"key_points\":[");
    size_t np = precis_brief_point_count(b);
    for (size_t i = 0; i < np; i++) {
        precis_point p;
        if (precis_brief_point(b, i, &p) != 0) continue;
        if (i) precis_buf_putc(out, ',');
        precis_buf_puts(out, "{\"text\":");
        precis_json_string(out, p.text, p.len);
        json_field(out, ",\"sentence\":", p.sentence);
        json_field(out, ",\"start\":", p.start);
        json_field(out, ",\"end\":", p.end);
        precis_buf_puts(out, ",\"score\":");
        precis_json_number(out, p.score);
        if (p.piece_count) {
            precis_buf_puts(out, ",\"pieces\":[");
            for (size_t k = 0; k < p.piece_count; k++) {
                precis_buf_puts(out, k ? ",[" : "[");
                precis_json_uint(out, p.pieces[k].start);
                precis_buf_putc(out, ',');
                precis_json_uint(out, p.pieces[k].end);
                precis_buf_putc(out, ']');
            }
            precis_buf_putc(out, ']');
        }
        if (p.truncated) precis_buf_puts(out, ",\"truncated\":true");
        precis_buf_putc(out, '}');
    }
    json_field(out, "],\"sentences\":", precis_brief_sentence_count(b));
    precis_buf_puts(out, ",\"paragraphs\":[");
    size_t nparas = precis_brief_paragraph_count(b);
    for (size_t i = 0; i < nparas; i++) {
        if (i) precis_buf_putc(out, ',');
        s = precis_brief_paragraph(b, i, &n);
        if (!s) { /* its text could not be made: out of memory */
            out->oom = 1;
            return;
        }
        precis_json_string(out, s, n);
    }
    precis_buf_puts(out, "],\"sections\":[");
    for (size_t i = 0; i < precis_brief_section_count(b); i++) {
        precis_section sc;
        if (precis_brief_section(b, i, &sc) != 0) continue;
        if (i) precis_buf_putc(out, ',');
        precis_buf_puts(out, "{\"heading\":");
        if (sc.heading)
            precis_json_string(out, sc.heading, sc.heading_len);
        else
            precis_buf_puts(out, "null");
        precis_buf_puts(out, ",\"heading_pieces\":[");
        for (size_t k = 0; k < sc.heading_piece_count; k++) {
            if (k) precis_buf_putc(out, ',');
            precis_json_span(out, sc.heading_pieces[k].start, sc.heading_pieces[k].end);
        }
        json_field(out, "],\"start\":", sc.start);
        json_field(out, ",\"end\":", sc.end);
        json_field(out, ",\"paragraphs\":[", sc.first);
        precis_buf_putc(out, ',');
        precis_json_uint(out, sc.last);
        precis_buf_puts(out, "],");
        precis_buf_puts(out, sc.generated ? "\"source\":\"generated\"}" : "\"source\":\"page\"}");
    }
    precis_buf_puts(out, "],\"keywords\":[");
    for (size_t i = 0; i < precis_brief_keyphrase_count(b); i++) {
        precis_keyphrase k;
        if (precis_brief_keyphrase(b, i, &k) != 0) continue;
        if (i) precis_buf_putc(out, ',');
        precis_buf_puts(out, "{\"text\":");
        precis_json_string(out, k.text, k.len);
        precis_buf_puts(out, ",\"score\":");
        precis_json_number(out, k.score);
        if (k.end > k.start) {
            json_field(out, ",\"start\":", k.start);
            json_field(out, ",\"end\":", k.end);
            precis_buf_putc(out, '}');
        } else
            precis_buf_puts(out, ",\"start\":null,\"end\":null}");
    }
    precis_buf_puts(out, "],\"entities\":[");
    static const char *const types[] = {"person", "place", "organisation", "other"};
    for (size_t i = 0; i < precis_brief_entity_count(b); i++) {
        precis_named e;
        if (precis_brief_entity(b, i, &e) != 0) continue;
        if (i) precis_buf_putc(out, ',');
        precis_buf_puts(out, "{\"name\":");
        precis_json_string(out, e.name, e.name_len);
        precis_buf_puts(out, ",\"type\":\"");
        precis_buf_puts(out, types[e.type <= PRECIS_ENTITY_OTHER ? e.type : PRECIS_ENTITY_OTHER]);
        precis_buf_puts(out, "\",\"salience\":");
        precis_json_number(out, e.salience);
        precis_buf_puts(out, ",\"mentions\":[");
        for (size_t k = 0; k < e.mention_count; k++) {
            if (k) precis_buf_putc(out, ',');
            precis_json_span(out, e.mentions[k].start, e.mentions[k].end);
        }
        precis_buf_puts(out, "]}");
    }
    precis_buf_puts(out, "],\"quotes\":[");
    for (size_t i = 0; i < precis_brief_quotation_count(b); i++) {
        precis_quotation q;
        if (precis_brief_quotation(b, i, &q) != 0) continue;
        if (i) precis_buf_putc(out, ',');
        precis_buf_puts(out, "{\"text\":");
        precis_json_string(out, q.text, q.len);
        json_field(out, ",\"start\":", q.start);
        json_field(out, ",\"end\":", q.end);
        precis_buf_puts(out, ",\"speaker\":");
        if (q.speaker)
            precis_json_string(out, q.speaker, q.speaker_len);
        else
            precis_buf_puts(out, "null");
        long se = precis_brief_quotation_speaker_entity(b, i);
        if (se >= 0) {
            json_field(out, ",\"speaker_entity\":", (size_t)se);
            precis_buf_putc(out, '}');
        } else
            precis_buf_puts(out, ",\"speaker_entity\":null}");
    }
    precis_buf_puts(out, "],\"warnings\":[");
    size_t nw = precis_brief_warning_count(b);
    for (size_t i = 0; i < nw; i++) {
        if (i) precis_buf_putc(out, ',');
        s = precis_brief_warning(b, i);
        precis_json_string(out, s, strlen(s));
    }
    precis_buf_puts(out, "]}");
}

/* ---------------------------------------------------------------- public */

char *precis_brief_render(const precis_brief *b, precis_format format, size_t *len,
                          precis_error *err) {
    if (len) *len = 0;
    if (!b) {
        precis_set_error(err, PRECIS_ERR_INVALID_ARG, 0);
        return NULL;
    }
    precis_buf out;
    precis_buf_init(&out, precis_engine_alloc(precis_brief_engine(b)));
    switch (format) {
    case PRECIS_FORMAT_TEXT:
    case PRECIS_FORMAT_MARKDOWN:
        if (format == PRECIS_FORMAT_TEXT)
            render_text(b, &out);
        else
            render_markdown(b, &out);
        /* Exactly one final newline, whatever the last block wrote. */
        while (!out.oom && out.len && out.data[out.len - 1] == '\n')
            out.len--;
        precis_buf_putc(&out, '\n');
        break;
    case PRECIS_FORMAT_JSON:
        render_json(b, &out);
        break;
    default:
        precis_set_error(err, PRECIS_ERR_FORMAT, 0);
        return NULL;
    }
    char *s = precis_buf_detach(&out, len);
    if (!s) {
        precis_buf_free(&out);
        precis_set_error(err, PRECIS_ERR_NOMEM, 0);
        return NULL;
    }
    if (err) precis_set_error(err, PRECIS_OK, 0);
    return s;
}

void precis_string_free(const precis_engine *engine, char *s) {
    /* Without the engine the allocator is unknown: leaking beats freeing
     * with the wrong one. */
    if (s && engine) precis_free(precis_engine_alloc(engine), s);
}
