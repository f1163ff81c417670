/*
 * normalize.c - input validation and normalization: binary detection, UTF-8
 * repair, BOM and line-ending cleanup, NFC, and the offset marks that map the
 * normalized text back to the input.
 *
 * Speed: most text is already NFC, so input is copied in verbatim runs and
 * utf8proc only sees short stretches that may change: a character that is
 * not an NFC boundary (combining mark, a character that composes with the one
 * before it, or one NFC rewrites) together with the boundary character before
 * it. Because NFC(NFC(a) b) = NFC(a b), re-normalizing from the last boundary
 * is exact.
 */
#include "precis_internal.h"
#include "text.h"

#include <string.h>
#include <utf8proc.h>

#define BINARY_WINDOW 4096 /* bytes examined by the "mostly binary" test */
/* Input code points normalized together at most: a bound that keeps the
 * work linear on pathological runs of thousands of combining marks (such
 * a run is then normalized in pieces, which can leave it not fully NFC). */
#define STRETCH_MAX 32
#define DECOMP_MAX 4 /* longest full canonical decomposition of one code point */

typedef struct nstate {
    const unsigned char *in;
    size_t len;
    precis_text *t;
    size_t i;   /* next input byte */
    size_t run; /* input bytes [run, i) are pending verbatim copy */
    /* Output/input start of the last piece emitted outside a verbatim run,
     * when that piece is a single boundary character (LF, U+FFFD). */
    int prev_known;
    size_t prev_out, prev_src, prev_in;
    int strict;
    int count_controls;
    size_t controls, first_control, bad_bytes;
} nstate;

void precis_text_init(precis_text *t, const precis_alloc *alc) {
    memset(t, 0, sizeof *t);
    precis_buf_init(&t->text, alc);
    precis_vec_init(&t->marks, sizeof(precis_offmark), alc);
}

void precis_text_free(precis_text *t) {
    if (!t) return;
    precis_buf_free(&t->text);
    precis_vec_free(&t->marks);
}

/* Records that from norm on, input offsets are src + (x - norm). Marks that
 * would not change the mapping are skipped. */
static int add_mark(precis_text *t, size_t norm, size_t src) {
    precis_vec *m = &t->marks;
    precis_offmark *last = PRECIS_VEC_AT(m, precis_offmark, m->len - 1);
    if (last->src + norm == src + last->norm) return 0;
    if (last->norm == norm) {
        last->src = src;
        if (m->len > 1) {
            precis_offmark *before = last - 1;
            if (before->src + norm == src + before->norm) m->len--;
        }
        return 0;
    }
    precis_offmark *mk = precis_vec_push(m);
    if (!mk) return -1;
    mk->norm = norm;
    mk->src = src;
    return 0;
}

static void flush(nstate *st) {
    precis_buf_append(&st->t->text, (const char *)st->in + st->run, st->i - st->run);
    st->run = st->i;
}

/* Emits out[0..n) for the next in_len input bytes. */
static int replace(nstate *st, const char *out, size_t n, size_t in_len) {
    precis_text *t = st->t;
    flush(st);
    st->prev_known = 1;
    st->prev_out = t->text.len;
    st->prev_src = st->i;
    st->prev_in = in_len;
    if (add_mark(t, t->text.len, st->i) != 0) return -1;
    precis_buf_append(&t->text, out, n);
    st->i += in_len;
    st->run = st->i;
    return add_mark(t, t->text.len, st->i);
}

/* NFC maps cp to itself when it stands alone. */
static int nfc_fixed_point(uint32_t cp) {
    utf8proc_int32_t b[DECOMP_MAX * 2];
    utf8proc_int32_t bc = 0;
    utf8proc_ssize_t n =
        utf8proc_decompose_char((utf8proc_int32_t)cp, b, DECOMP_MAX * 2, UTF8PROC_DECOMPOSE, &bc);
    if (n < 1 || n > DECOMP_MAX * 2) return 0;
    n = utf8proc_normalize_utf32(b, n, UTF8PROC_COMPOSE);
    return n == 1 && (uint32_t)b[0] == cp;
}

/* Can cp compose with a starter before it (NFC_Quick_Check = Maybe)? */
static int composes_backward(uint32_t cp, const utf8proc_property_t *p) {
    if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A8 && cp <= 0x11C2)) return 1; /* jamo V, T */
#if UTF8PROC_VERSION_MAJOR == 2 && UTF8PROC_VERSION_MINOR < 9
    return p->comb_index != UINT16_MAX && p->comb_index >= 0x8000;
#else
    return p->comb_issecond;
#endif
}

int precis_nfc_boundary(uint32_t cp) {
    if (cp < 0x300) return 1;
    const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
    if (p->combining_class != 0 || composes_backward(cp, p)) return 0;
    if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0) return nfc_fixed_point(cp);
    return 1;
}

/* Canonical ordering: stable sort of each run of non-starters by class. */
static void canonical_order(utf8proc_int32_t *b, size_t n) {
    for (size_t i = 1; i < n; i++) {
        int ci = utf8proc_get_property(b[i])->combining_class;
        if (ci == 0) continue;
        size_t j = i;
        utf8proc_int32_t c = b[i];
        while (j > 0) {
            int cj = utf8proc_get_property(b[j - 1])->combining_class;
            if (cj <= ci) break;
            b[j] = b[j - 1];
            j--;
        }
        b[j] = c;
    }
}

/* Normalizes the stretch that starts with the non-boundary character at
 * st->i, together with the boundary character emitted just before it. */
static int stretch(nstate *st) {
    precis_text *t = st->t;
    utf8proc_int32_t buf[(STRETCH_MAX + 1) * DECOMP_MAX];
    utf8proc_int32_t bc = 0;
    size_t n = 0;
    size_t ob, sb, bin; /* the boundary character: output start, input start, input length */
    int had_run = st->i > st->run;
    size_t run = st->run;
    flush(st);
    if (had_run) {
        sb = precis_utf8_prev(st->in, run, st->i);
        bin = st->i - sb;
        ob = t->text.len - bin;
    } else if (st->prev_known) {
        ob = st->prev_out, sb = st->prev_src, bin = st->prev_in;
    } else {
        ob = t->text.len, sb = st->i, bin = 0;
    }
    if (t->text.oom) return -1;
    uint32_t bcp = PRECIS_UTF8_BAD;
    if (ob < t->text.len) {
        /* Already in the output, so valid UTF-8; one character. */
        precis_utf8_next((const unsigned char *)t->text.data + ob, t->text.len - ob, &bcp);
        n = (size_t)utf8proc_decompose_char((utf8proc_int32_t)bcp, buf, DECOMP_MAX,
                                            UTF8PROC_DECOMPOSE, &bc);
    }
    for (size_t count = 0; st->i < st->len && count < STRETCH_MAX; count++) {
        uint32_t cp;
        size_t k = precis_utf8_next(st->in + st->i, st->len - st->i, &cp);
        if (cp == PRECIS_UTF8_BAD || (count > 0 && precis_nfc_boundary(cp))) break;
        n += (size_t)utf8proc_decompose_char((utf8proc_int32_t)cp, buf + n, DECOMP_MAX,
                                             UTF8PROC_DECOMPOSE, &bc);
        st->i += k;
    }
    canonical_order(buf, n);
    utf8proc_ssize_t m = utf8proc_normalize_utf32(buf, (utf8proc_ssize_t)n, UTF8PROC_COMPOSE);

    /* When the boundary character came through unchanged, keep it and its
     * marks, so offsets stay exact up to the stretch proper. */
    utf8proc_ssize_t j = 0;
    if (bcp != PRECIS_UTF8_BAD && m > 0 && (uint32_t)buf[0] == bcp) {
        ob = t->text.len, sb += bin, j = 1;
    }
    t->text.len = ob;
    while (t->marks.len > 1 &&
           PRECIS_VEC_AT(&t->marks, precis_offmark, t->marks.len - 1)->norm > ob)
        t->marks.len--;
    if (add_mark(t, ob, sb) != 0) return -1;
    for (; j < m; j++) {
        utf8proc_uint8_t u[4];
        utf8proc_ssize_t k = utf8proc_encode_char(buf[j], u);
        precis_buf_append(&t->text, (const char *)u, (size_t)k);
    }
    st->run = st->i;
    st->prev_known = 0;
    return add_mark(t, t->text.len, st->i);
}

static int is_control(unsigned c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
}

/* True when the 8 bytes at p are all printable ASCII (0x20..0x7E). */
static int printable8(const unsigned char *p) {
    uint64_t w;
    memcpy(&w, p, 8);
    const uint64_t ones = 0x0101010101010101u, high = ones * 0x80;
    uint64_t below = (w - ones * 0x20) & ~w & high; /* some byte < 0x20 */
    uint64_t above = ((w + ones) | w) & high;       /* some byte >= 0x7F */
    return !(below | above);
}

/* Processes characters starting before end. Returns 0, 1 when strict mode
 * met invalid UTF-8 past the binary window, or -1 on OOM. */
static int run(nstate *st, size_t end) {
    const unsigned char *in = st->in;
    precis_text *t = st->t;
    while (st->i < end) {
        while (st->i + 8 <= st->len && printable8(in + st->i))
            st->i += 8;
        if (st->i >= end) break;
        size_t i = st->i;
        unsigned c = in[i];
        if (c < 0x80) {
            if (c == '\r') {
                size_t n = (i + 1 < st->len && in[i + 1] == '\n') ? 2 : 1;
                if (replace(st, "\n", 1, n) != 0) return -1;
                continue;
            }
            if (st->count_controls && is_control(c) && st->controls++ == 0) st->first_control = i;
            st->i++;
            continue;
        }
        uint32_t cp;
        size_t k = precis_utf8_next(in + i, st->len - i, &cp);
        if (cp == PRECIS_UTF8_BAD) {
            if (t->bad_utf8++ == 0) t->first_bad = i;
            if (i < BINARY_WINDOW) st->bad_bytes += k;
            if (st->strict && !st->count_controls) return 1;
            if (replace(st, "\xEF\xBF\xBD", 3, k) != 0) return -1;
            continue;
        }
        if (cp < 0x300 || precis_nfc_boundary(cp)) {
            st->i += k;
            continue;
        }
        if (stretch(st) != 0) return -1;
    }
    return 0;
}

static int finish_error(precis_text *t, precis_error *err, precis_code code, size_t pos) {
    precis_buf_clear(&t->text);
    t->marks.len = 1;
    return precis_set_error(err, code, pos);
}

int precis_normalize(const char *in, size_t len, int strict, precis_text *out, precis_error *err) {
    if (!out || (!in && len)) return precis_set_error(err, PRECIS_ERR_INVALID_ARG, 0);
    precis_buf_clear(&out->text);
    out->marks.len = 0;
    out->src_len = len;
    out->bad_utf8 = 0;
    out->first_bad = 0;
    precis_offmark *first = precis_vec_push(&out->marks);
    if (!first) return precis_set_error(err, PRECIS_ERR_NOMEM, 0);
    if (len == 0) return finish_error(out, err, PRECIS_ERR_EMPTY, 0);
    const void *nul = memchr(in, 0, len);
    if (nul) return finish_error(out, err, PRECIS_ERR_BINARY, (size_t)((const char *)nul - in));
    if (precis_buf_reserve(&out->text, len + len / 16 + 16) != 0)
        return finish_error(out, err, PRECIS_ERR_NOMEM, 0);

    nstate st = {(const unsigned char *)in, len, out, 0, 0, 0, 0, 0, 0, strict, 1, 0, 0, 0};
    if (len >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0) {
        st.i = st.run = 3;
        first->src = 3;
    }
    size_t window = len < BINARY_WINDOW ? len : BINARY_WINDOW;
    if (run(&st, window) < 0) return finish_error(out, err, PRECIS_ERR_NOMEM, 0);
    if (st.controls * 10 > window)
        return finish_error(out, err, PRECIS_ERR_BINARY, st.first_control);
    if (st.bad_bytes * 10 > window * 3)
        return finish_error(out, err, PRECIS_ERR_BINARY, out->first_bad);
    if (strict && out->bad_utf8) return finish_error(out, err, PRECIS_ERR_UTF8, out->first_bad);
    st.count_controls = 0;
    int rc = run(&st, len);
    if (rc < 0) return finish_error(out, err, PRECIS_ERR_NOMEM, 0);
    if (rc > 0) return finish_error(out, err, PRECIS_ERR_UTF8, out->first_bad);
    flush(&st);
    if (out->text.oom) return finish_error(out, err, PRECIS_ERR_NOMEM, 0);

    const unsigned char *o = (const unsigned char *)out->text.data;
    size_t p = 0;
    while (p < out->text.len) {
        uint32_t cp;
        size_t k = precis_utf8_next(o + p, out->text.len - p, &cp);
        if (!precis_is_space(cp)) break;
        p += k;
    }
    if (p == out->text.len) return finish_error(out, err, PRECIS_ERR_EMPTY, 0);
    return 0;
}

size_t precis_text_src_offset(const precis_text *t, size_t norm_off) {
    const precis_offmark *m = t->marks.data;
    size_t n = t->marks.len;
    if (n == 0) return norm_off < t->src_len ? norm_off : t->src_len;
    size_t lo = 0, hi = n; /* last mark with norm <= norm_off is in [lo, hi) */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (m[mid].norm <= norm_off)
            lo = mid;
        else
            hi = mid;
    }
    size_t src = m[lo].src + (norm_off - m[lo].norm);
    /* Inside a re-normalized stretch the output may be longer than its input. */
    if (lo + 1 < n && src > m[lo + 1].src) src = m[lo + 1].src;
    return src < t->src_len ? src : t->src_len;
}
