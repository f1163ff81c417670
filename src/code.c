/*
 * code.c - program code inside an article's text (contract in code.h).
 */
#include "code.h"

#include <string.h>

/* How far a shape's test reads ahead (a first value, a parameter list):
 * bounded, so that a text of many "{" or "function(" stays linear. */
#define CODE_REACH 256

static int ident_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}

static int ident_char(unsigned char c) {
    return ident_start(c) || (c >= '0' && c <= '9');
}

static int space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t skip_spaces(const unsigned char *s, size_t i, size_t e) {
    while (i < e && space(s[i]))
        i++;
    return i;
}

/* Past the string in quotes opening at i (its closing quote, "\" escapes
 * honoured), or e when it does not close before e. */
static size_t past_string(const unsigned char *s, size_t i, size_t e) {
    unsigned char q = s[i];
    for (i++; i < e; i++) {
        if (s[i] == '\\')
            i++;
        else if (s[i] == q)
            return i + 1;
    }
    return e;
}

/* A key and its colon at i: a bare identifier or one in quotes ('a', "b-c"),
 * then ":". Past the colon, or 0. */
static size_t key_colon(const unsigned char *s, size_t i, size_t e) {
    i = skip_spaces(s, i, e);
    if (i >= e) return 0;
    if (s[i] == '\'' || s[i] == '"') {
        unsigned char q = s[i];
        size_t k = i + 1;
        while (k < e && (ident_char(s[k]) || s[k] == '-'))
            k++;
        if (k == i + 1 || k >= e || s[k] != q) return 0;
        i = k + 1;
    } else {
        if (!ident_start(s[i])) return 0;
        while (i < e && ident_char(s[i]))
            i++;
    }
    i = skip_spaces(s, i, e);
    return i < e && s[i] == ':' ? i + 1 : 0;
}

/* "{" at i opens an object literal: two "key: value" pairs or more (the
 * second may run past e: a script cut short). */
static int object_literal(const unsigned char *s, size_t i, size_t e) {
    if (e - i > CODE_REACH) e = i + CODE_REACH;
    size_t k = key_colon(s, i + 1, e);
    if (!k) return 0;
    int depth = 0;
    while (k < e) { /* the first value: to its "," at this depth */
        unsigned char c = s[k];
        if (c == '\'' || c == '"') {
            k = past_string(s, k, e);
            continue;
        }
        if (c == '{' || c == '[' || c == '(')
            depth++;
        else if (c == '}' || c == ']' || c == ')') {
            if (depth == 0) return 0;
            depth--;
        } else if (c == ',' && depth == 0)
            return key_colon(s, k + 1, e) != 0;
        else if (c == '\n')
            return 0;
        k++;
    }
    return 0;
}

static int word_is(const unsigned char *s, size_t b, size_t e, const char *w) {
    size_t n = strlen(w);
    return e - b == n && memcmp(s + b, w, n) == 0;
}

static int keyword(const unsigned char *s, size_t b, size_t e) {
    return word_is(s, b, e, "new") || word_is(s, b, e, "return") || word_is(s, b, e, "var") ||
           word_is(s, b, e, "let") || word_is(s, b, e, "const");
}

/* [b, e) is an identifier chain ("window.pvp_4f", "a.b"); *marked when it
 * holds "." or "_" or "$". */
static int ident_chain(const unsigned char *s, size_t b, size_t e, int *marked) {
    if (b >= e || !ident_start(s[b])) return 0;
    *marked = 0;
    for (size_t i = b; i < e; i++) {
        if (s[i] == '.' || s[i] == '_' || s[i] == '$')
            *marked = 1;
        else if (!ident_char(s[i]))
            return 0;
    }
    return s[e - 1] != '.';
}

/* "=" at i assigns: a target before it (an identifier chain with "." or "_",
 * or any after var, let, const), a value after it that opens with new,
 * function, a bracket or a quote. Where the statement starts, or SIZE_MAX. */
static size_t assignment(const unsigned char *s, size_t b, size_t i, size_t e) {
    if (i + 1 >= e || s[i + 1] == '=' || (i > b && strchr("=!<>+-*/", s[i - 1]))) return SIZE_MAX;
    size_t v = skip_spaces(s, i + 1, e);
    if (v >= e) return SIZE_MAX;
    int value = s[v] == '{' || s[v] == '[' || s[v] == '\'' || s[v] == '"' ||
                (v + 4 <= e && memcmp(s + v, "new ", 4) == 0) ||
                (v + 8 <= e && memcmp(s + v, "function", 8) == 0);
    if (!value) return SIZE_MAX;
    size_t te = i;
    while (te > b && space(s[te - 1]))
        te--;
    size_t tb = te;
    while (tb > b && (ident_char(s[tb - 1]) || s[tb - 1] == '.'))
        tb--;
    int marked;
    if (!ident_chain(s, tb, te, &marked)) return SIZE_MAX;
    size_t kb = tb;
    while (kb > b && space(s[kb - 1]))
        kb--;
    size_t ks = kb;
    while (ks > b && ident_char(s[ks - 1]))
        ks--;
    if (ks < kb &&
        (word_is(s, ks, kb, "var") || word_is(s, ks, kb, "let") || word_is(s, ks, kb, "const")))
        return ks;
    return marked ? tb : SIZE_MAX;
}

/* "function" at i opens a function: "function name? (…) {". */
static int function_at(const unsigned char *s, size_t b, size_t i, size_t e) {
    if (i + 8 > e || memcmp(s + i, "function", 8) != 0) return 0;
    if (e - i > CODE_REACH) e = i + CODE_REACH;
    if (i > b && ident_char(s[i - 1])) return 0;
    size_t k = skip_spaces(s, i + 8, e);
    while (k < e && ident_char(s[k]))
        k++;
    k = skip_spaces(s, k, e);
    if (k >= e || s[k] != '(') return 0;
    while (k < e && s[k] != ')' && s[k] != '\n')
        k++;
    k = skip_spaces(s, k + 1, e);
    return k < e && s[k] == '{';
}

/* Back from p over the words of the statement that holds it. */
static size_t statement_start(const unsigned char *s, size_t b, size_t p) {
    int after_eq = 0;
    for (;;) {
        size_t we = p;
        while (we > b && space(s[we - 1]))
            we--;
        if (we == b) return p;
        size_t ws = we;
        while (ws > b && !space(s[ws - 1]))
            ws--;
        int marked = 0, has = 0;
        for (size_t k = ws; k < we; k++)
            has |= strchr("()[]{}='\"_", s[k]) != NULL && s[k] != 0;
        int take = (s[we - 1] && strchr("(,[{:=", s[we - 1]) && has) || keyword(s, ws, we) ||
                   (after_eq && ident_chain(s, ws, we, &marked));
        if (!take) return p;
        after_eq = s[we - 1] == '=';
        p = ws;
    }
}

/* Where the statement opening at p ends: its brackets closed (and a ";"
 * after them), a ";" outside brackets, or e. */
static size_t statement_end(const unsigned char *s, size_t p, size_t e) {
    int depth = 0, opened = 0;
    for (size_t i = p; i < e;) {
        unsigned char c = s[i];
        if (c == '\'' || c == '"') {
            i = past_string(s, i, e);
            continue;
        }
        if (c == '{' || c == '[' || c == '(') {
            depth++;
            opened = 1;
        } else if ((c == '}' || c == ']' || c == ')') && depth > 0) {
            if (--depth == 0 && opened) {
                size_t k = skip_spaces(s, i + 1, e);
                /* the call goes on: ").x(" or "}, {" inside a wider one */
                if (k < e && (s[k] == '.' || s[k] == '(')) {
                    i = k;
                    continue;
                }
                return k < e && s[k] == ';' ? k + 1 : i + 1;
            }
        } else if (c == ';' && depth == 0)
            return i + 1;
        i++;
    }
    return e;
}

/* The first span of code in text[b, e), as [*cb, *ce); 1 when one was
 * found, else 0. text need not be NUL-terminated past e. */
static int code_find(const char *text, size_t b, size_t e, size_t *cb, size_t *ce) {
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = b; i < e; i++) {
        unsigned char c = s[i];
        size_t start = SIZE_MAX;
        if (c == '{') {
            if (object_literal(s, i, e)) start = statement_start(s, b, i);
        } else if (c == '=') {
            start = assignment(s, b, i, e);
        } else if (c == 'f' && function_at(s, b, i, e)) {
            start = statement_start(s, b, i);
        }
        if (start == SIZE_MAX) continue;
        *cb = start;
        *ce = statement_end(s, start, e);
        if (*ce <= i) *ce = e; /* a statement closed before its shape: the rest */
        return 1;
    }
    return 0;
}

int precis_code_spans(const char *text, const precis_paragraph *paras, size_t n, precis_vec *out) {
    out->len = 0;
    for (size_t p = 0; p < n; p++) {
        size_t b = paras[p].off, e = paras[p].off + paras[p].len, cb, ce;
        /* a cheap screen: every shape holds "{" or "=" */
        if (!memchr(text + b, '{', e - b) && !memchr(text + b, '=', e - b)) continue;
        while (b < e && code_find(text, b, e, &cb, &ce)) {
            precis_code_span *sp = precis_vec_push(out);
            if (!sp) return -1;
            sp->off = cb;
            sp->len = ce - cb;
            b = ce > cb ? ce : cb + 1;
        }
    }
    return 0;
}

int precis_code_at(const precis_code_span *spans, size_t n, size_t off) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (spans[mid].off + spans[mid].len <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && spans[lo].off <= off;
}
