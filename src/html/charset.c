/* html/charset.c - finds the encoding of an HTML page and decodes it to UTF-8.
 *
 * Order: byte-order mark, then a <meta charset> / http-equiv declaration in
 * the first 8 KiB, then a byte-level guess. Declarations are checked against
 * the bytes, because pages often lie: a page "in GB2312" that is valid UTF-8
 * with multi-byte sequences is UTF-8, and a page "in UTF-8" whose high bytes
 * are mostly invalid is a legacy 8-bit (usually windows-1252) page. */
#include "html.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>

#define PRESCAN_BYTES 8192

static const struct {
    const char *label, *name;
} charsets[] = {
    {"utf-8", "UTF-8"},
    {"utf8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    /* A declared UTF-16 in a byte-oriented page is a mistake (WHATWG). */
    {"utf-16", "UTF-8"},
    {"utf-16le", "UTF-8"},
    {"utf-16be", "UTF-8"},
    /* WHATWG decodes Latin-1 and ASCII labels as windows-1252. */
    {"iso-8859-1", "WINDOWS-1252"},
    {"iso8859-1", "WINDOWS-1252"},
    {"latin1", "WINDOWS-1252"},
    {"l1", "WINDOWS-1252"},
    {"us-ascii", "WINDOWS-1252"},
    {"ascii", "WINDOWS-1252"},
    {"windows-1252", "WINDOWS-1252"},
    {"cp1252", "WINDOWS-1252"},
    {"x-cp1252", "WINDOWS-1252"},
    {"iso-8859-15", "ISO-8859-15"},
    {"latin9", "ISO-8859-15"},
    {"iso-8859-2", "ISO-8859-2"},
    {"latin2", "ISO-8859-2"},
    {"windows-1250", "WINDOWS-1250"},
    {"cp1250", "WINDOWS-1250"},
    {"windows-1251", "WINDOWS-1251"},
    {"cp1251", "WINDOWS-1251"},
    {"windows-1253", "WINDOWS-1253"},
    {"windows-1254", "WINDOWS-1254"},
    {"iso-8859-9", "WINDOWS-1254"},
    {"windows-1256", "WINDOWS-1256"},
    {"windows-1257", "WINDOWS-1257"},
    {"iso-8859-5", "ISO-8859-5"},
    {"iso-8859-7", "ISO-8859-7"},
    {"koi8-r", "KOI8-R"},
    {"koi8-u", "KOI8-U"},
    /* GB18030 is a superset of GB2312 and GBK. */
    {"gb2312", "GB18030"},
    {"gbk", "GB18030"},
    {"gb18030", "GB18030"},
    {"x-gbk", "GB18030"},
    {"euc-cn", "GB18030"},
    {"big5", "BIG5-HKSCS"},
    {"shift_jis", "CP932"},
    {"shift-jis", "CP932"},
    {"sjis", "CP932"},
    {"x-sjis", "CP932"},
    {"windows-31j", "CP932"},
    {"euc-jp", "EUC-JP"},
    {"euc-kr", "CP949"},
    {"iso-2022-jp", "ISO-2022-JP"},
    {"csiso2022jp", "ISO-2022-JP"},
    {"ks_c_5601-1987", "CP949"},
};

static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Canonical name of a charset label, or NULL if unknown. */
static const char *charset_name(const char *s, size_t n) {
    char label[32];
    if (n == 0 || n >= sizeof label) return NULL;
    for (size_t i = 0; i < n; i++)
        label[i] = (char)lower((unsigned char)s[i]);
    label[n] = '\0';
    for (size_t i = 0; i < sizeof charsets / sizeof charsets[0]; i++)
        if (strcmp(label, charsets[i].label) == 0) return charsets[i].name;
    return NULL;
}

static int starts_ci(const char *s, size_t n, const char *word) {
    size_t w = strlen(word);
    if (n < w) return 0;
    for (size_t i = 0; i < w; i++)
        if (lower((unsigned char)s[i]) != word[i]) return 0;
    return 1;
}

/* Label following "charset" (or "encoding" in an XML declaration) within
 * [s, end): skips spaces, '=', quotes. */
static const char *label_after(const char *p, const char *end) {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    if (p >= end || *p != '=') return NULL;
    p++;
    while (p < end && (*p == ' ' || *p == '"' || *p == '\''))
        p++;
    const char *q = p;
    while (q < end && (((*q | 32) >= 'a' && (*q | 32) <= 'z') || (*q >= '0' && *q <= '9') ||
                       *q == '-' || *q == '_' || *q == '.' || *q == ':'))
        q++;
    return charset_name(p, (size_t)(q - p));
}

/* Charset declared in a <meta> tag or the XML declaration, or NULL. */
static const char *declared_charset(const char *s, size_t n) {
    if (n > PRESCAN_BYTES) n = PRESCAN_BYTES;
    const char *end = s + n;
    if (starts_ci(s, n, "<?xml")) {
        const char *gt = memchr(s, '>', n);
        for (const char *p = s; gt && p < gt; p++)
            if (starts_ci(p, (size_t)(gt - p), "encoding")) {
                const char *name = label_after(p + 8, gt);
                if (name) return name;
            }
    }
    for (const char *p = s; p + 5 < end; p++) {
        if (*p != '<' || !starts_ci(p + 1, (size_t)(end - p - 1), "meta")) continue;
        const char *gt = memchr(p, '>', (size_t)(end - p));
        if (!gt) break;
        for (const char *q = p + 5; q + 7 < gt; q++)
            if (starts_ci(q, (size_t)(gt - q), "charset")) {
                const char *name = label_after(q + 7, gt);
                if (name) return name;
            }
        p = gt;
    }
    return NULL;
}

/* Length of the well-formed UTF-8 character at s (n >= 1 bytes) with its
 * code point in *cp, by the text kernel's decoder; 0 when ill-formed, and
 * the callers then step over one byte, so that every bad byte counts. */
static size_t utf8_seq(const unsigned char *s, size_t n, uint32_t *cp) {
    size_t k = precis_utf8_next(s, n, cp);
    return *cp == PRECIS_UTF8_BAD ? 0 : k;
}

/* Counts valid multi-byte sequences and invalid bytes. */
static void utf8_stats(const char *s, size_t n, size_t *multi, size_t *bad) {
    const unsigned char *u = (const unsigned char *)s;
    *multi = *bad = 0;
    for (size_t i = 0; i < n;) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = utf8_seq(u + i, n - i, &cp);
        if (k) {
            (*multi)++;
            i += k;
        } else {
            (*bad)++;
            i++;
        }
    }
}

int precis_html_valid_utf8(const char *s, size_t n) {
    size_t multi, bad;
    utf8_stats(s, n, &multi, &bad);
    return bad == 0;
}

/* Guess for bytes that are not UTF-8: CJK double-byte text has almost all of
 * its high bytes in pairs; Western 8-bit text has isolated accented letters.
 * A pair's second byte is a high one too: a Latin-1 letter followed by an
 * ASCII one ("Gr\xfcnde") is no pair, though GBK allows such trail bytes
 * (its common characters, GB2312's, have both bytes over 0xA0). */
static const char *guess_legacy(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    size_t high = 0, paired = 0;
    for (size_t i = 0; i < n; i++) {
        if (u[i] < 0x81) continue;
        high++;
        if (i + 1 < n && u[i + 1] >= 0x80) {
            paired += 2;
            i++;
            high++;
        }
    }
    if (high >= 20 && paired * 10 >= high * 9) return "GB18030";
    return "WINDOWS-1252";
}

static int put_replacement(precis_buf *out) {
    return precis_buf_append(out, "\xEF\xBF\xBD", 3);
}

/* Appends code point cp as UTF-8. */
static int put_cp(precis_buf *out, unsigned long cp) {
    char d[4];
    size_t k;
    if (cp < 0x80)
        d[0] = (char)cp, k = 1;
    else if (cp < 0x800)
        d[0] = (char)(0xC0 | cp >> 6), d[1] = (char)(0x80 | (cp & 0x3F)), k = 2;
    else if (cp < 0x10000)
        d[0] = (char)(0xE0 | cp >> 12), d[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
        d[2] = (char)(0x80 | (cp & 0x3F)), k = 3;
    else
        d[0] = (char)(0xF0 | cp >> 18), d[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
        d[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), d[3] = (char)(0x80 | (cp & 0x3F)), k = 4;
    return precis_buf_append(out, d, k);
}

/* Decodes UTF-16 (after its BOM) unit by unit: a lone surrogate, or an odd
 * last byte, becomes one U+FFFD and the rest still decodes (iconv would
 * skip a single byte and garble every unit after it). */
static int utf16_decode(int big, const char *in, size_t len, precis_buf *out, size_t *bad) {
    const unsigned char *u = (const unsigned char *)in;
    if (precis_buf_reserve(out, len + len / 2 + 16) != 0) return -1;
    size_t i = 0;
    while (i + 1 < len) {
        unsigned w = big ? (unsigned)u[i] << 8 | u[i + 1] : (unsigned)u[i + 1] << 8 | u[i];
        i += 2;
        unsigned long cp = w;
        if (w >= 0xD800 && w <= 0xDBFF && i + 1 < len) {
            unsigned w2 = big ? (unsigned)u[i] << 8 | u[i + 1] : (unsigned)u[i + 1] << 8 | u[i];
            if (w2 >= 0xDC00 && w2 <= 0xDFFF) {
                cp = 0x10000 + ((unsigned long)(w - 0xD800) << 10) + (w2 - 0xDC00);
                i += 2;
            }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            ++*bad;
            cp = 0xFFFD;
        }
        if (put_cp(out, cp) != 0) return -1;
    }
    if (i < len) {
        ++*bad;
        if (put_replacement(out) != 0) return -1;
    }
    return 0;
}

/* Decodes with iconv; undecodable bytes become U+FFFD (counted in *bad). */
static int iconv_decode(const char *cs, const char *in, size_t len, precis_buf *out, size_t *bad) {
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1) return precis_buf_append(out, in, len); /* gumbo repairs */
    char *src = (char *)in;
    size_t left = len;
    int rc = 0;
    while (left > 0 && rc == 0) {
        if (precis_buf_reserve(out, left * 2 + 16) != 0) {
            rc = -1;
            break;
        }
        char *dst = out->data + out->len;
        size_t room = out->cap - out->len - 1;
        size_t r = iconv(cd, &src, &left, &dst, &room);
        out->len = (size_t)(dst - out->data);
        out->data[out->len] = '\0';
        if (r != (size_t)-1) break;
        if (errno == EILSEQ || errno == EINVAL) {
            rc = put_replacement(out);
            ++*bad;
            src++, left--;
            iconv(cd, NULL, NULL, NULL, NULL);
        } else if (errno != E2BIG) {
            break;
        }
    }
    iconv_close(cd);
    return rc == 0 && !out->oom ? 0 : -1;
}

/* ISO-2022-JP switches to JIS X 0208 with ESC $ B (or ESC $ @) and is
 * otherwise 7-bit: a page with such escapes and no high byte is in it. */
static int looks_iso2022jp(const char *s, size_t n) {
    int esc = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) return 0;
        if (c == 0x1B && i + 2 < n && s[i + 1] == '$' && (s[i + 2] == 'B' || s[i + 2] == '@'))
            esc = 1;
    }
    return esc;
}

int precis_html_decode(const char *in, size_t len, precis_buf *out, const char **charset,
                       precis_charset_source *source, size_t *replaced) {
    precis_buf_clear(out);
    *replaced = 0;
    const unsigned char *u = (const unsigned char *)in;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        *charset = "UTF-8", *source = PRECIS_CHARSET_BOM;
        return precis_buf_append(out, in + 3, len - 3);
    }
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        *charset = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", *source = PRECIS_CHARSET_BOM;
        return utf16_decode(u[0] == 0xFE, in + 2, len - 2, out, replaced);
    }
    const char *declared = declared_charset(in, len);
    size_t multi, bad;
    utf8_stats(in, len, &multi, &bad);
    const char *cs;
    precis_charset_source src;
    if (declared && strcmp(declared, "UTF-8") == 0) {
        /* A few stray bytes in a UTF-8 page do not make it legacy. */
        int utf8 = bad == 0 || multi > bad;
        cs = utf8 ? "UTF-8" : guess_legacy(in, len);
        src = utf8 ? PRECIS_CHARSET_META : PRECIS_CHARSET_OVERRIDE;
    } else if (declared) {
        int utf8 = bad == 0 && multi > 0;
        int jis = !utf8 && strcmp(declared, "ISO-2022-JP") != 0 && multi == 0 && bad == 0 &&
                  looks_iso2022jp(in, len);
        cs = utf8 ? "UTF-8" : jis ? "ISO-2022-JP" : declared;
        src = utf8 || jis ? PRECIS_CHARSET_OVERRIDE : PRECIS_CHARSET_META;
    } else if (bad == 0 && multi == 0 && looks_iso2022jp(in, len)) {
        cs = "ISO-2022-JP";
        src = PRECIS_CHARSET_GUESS;
    } else {
        cs = bad == 0 || multi > bad * 4 ? "UTF-8" : guess_legacy(in, len);
        src = PRECIS_CHARSET_GUESS;
    }
    *charset = cs, *source = src;
    if (strcmp(cs, "UTF-8") == 0) return precis_buf_append(out, in, len);
    return iconv_decode(cs, in, len, out, replaced);
}

/* Alphabet of a letter: 1 Latin, 2 Greek, 3 Cyrillic, 4 Hebrew, 5 Arabic;
 * 0 for what is not a letter of these. */
static int alphabet(unsigned long cp) {
    if ((cp | 32) >= 'a' && (cp | 32) <= 'z') return 1;
    if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) return 1;
    if (cp >= 0x370 && cp <= 0x3FF) return 2;
    if (cp >= 0x400 && cp <= 0x4FF) return 3;
    if (cp >= 0x5D0 && cp <= 0x5EA) return 4;
    if (cp >= 0x620 && cp <= 0x64A) return 5;
    return 0;
}

int precis_html_garbled(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    size_t words = 0, mixed = 0;
    unsigned seen = 0; /* bit per alphabet in the current word */
    int high = 0;      /* the word has a non-ASCII letter */
    for (size_t i = 0; i <= n;) {
        uint32_t cp = 0;
        size_t k = i < n ? utf8_seq(u + i, n - i, &cp) : 1;
        int a = i < n && k ? alphabet(cp) : 0;
        if (a) {
            seen |= 1u << a;
            if (cp >= 0x80) high = 1;
        } else {
            if (high) {
                words++;
                if ((seen & 2) && (seen & ~2u)) mixed++;
            }
            seen = 0, high = 0;
        }
        i += k ? k : 1;
    }
    return mixed >= 5 && mixed * 3 >= words;
}
