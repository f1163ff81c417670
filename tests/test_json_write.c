/* test_json_write.c - the JSON writer (src/json_write.h) that the brief,
 * the extracted page, JSONL error lines and the server's errors share. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "json_write.h"
#include "precis_internal.h"

#define S(lit) lit, sizeof(lit) - 1

static const struct {
    const char *in, *out;
} strings[] = {
    {"plain", "\"plain\""},
    {"quote \" backslash \\ slash /", "\"quote \\\" backslash \\\\ slash /\""},
    {"a\nb\tc\rd", "\"a\\nb\\tc\\rd\""},
    {"bell \x07 esc \x1b del \x7f", "\"bell \\u0007 esc \\u001b del \\u007f\""},
    /* kept as is: accents, typographic spaces, emoji */
    {"d\xC3\xA9j\xC3\xA0 10\xE2\x80\xAF"
     "000 \xF0\x9F\x93\xB0",
     "\"d\xC3\xA9j\xC3\xA0 10\xE2\x80\xAF"
     "000 \xF0\x9F\x93\xB0\""},
    /* line and paragraph separators: legal JSON, line breaks to JavaScript */
    {"a\xE2\x80\xA8"
     "b\xE2\x80\xA9"
     "c",
     "\"a\\u2028b\\u2029c\""},
    /* ill-formed UTF-8: one U+FFFD per maximal subpart */
    {"x\xFFy", "\"x\xEF\xBF\xBDy\""},
    {"x\xE2\x80y", "\"x\xEF\xBF\xBDy\""},
    {"x\xED\xA0\x80y", "\"x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDy\""}, /* a surrogate */
    {"end\xE2\x80", "\"end\xEF\xBF\xBD\""},
};

static void test_strings(void **state) {
    (void)state;
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) {
        precis_buf_clear(&b);
        assert_int_equal(precis_json_string(&b, strings[i].in, strlen(strings[i].in)), 0);
        if (strcmp(b.data, strings[i].out) != 0)
            fail_msg("case %zu: got %s, want %s", i, b.data, strings[i].out);
    }
    /* a NUL inside the span is a control character, not the end */
    precis_buf_clear(&b);
    assert_int_equal(precis_json_chars(&b, S("a\0b")), 0);
    assert_string_equal(b.data, "a\\u0000b");
    precis_buf_free(&b);
}

static void test_numbers(void **state) {
    (void)state;
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    static const struct {
        double x;
        const char *out;
    } cases[] = {{0.87974, "0.8797"}, {-0.18514, "-0.1851"}, {12345.0, "1.234e+04"}, {1, "1"}};
    /* a comma locale, when the system has one, must not show */
    const char *comma = setlocale(LC_NUMERIC, "fr_FR.UTF-8");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        precis_buf_clear(&b);
        assert_int_equal(precis_json_number(&b, cases[i].x), 0);
        assert_string_equal(b.data, cases[i].out);
    }
    if (comma) setlocale(LC_NUMERIC, "C");
    precis_buf_clear(&b);
    precis_json_number(&b, NAN);
    precis_json_number(&b, INFINITY);
    assert_string_equal(b.data, "00"); /* not JSON numbers: 0 each */
    precis_buf_free(&b);
}

/* The writer's own digits (scores, saliences) against printf's "%.4g" over
 * every magnitude it handles: ties, carries into a new digit (9.9996), the
 * edges of the fixed-point range. */
static void test_numbers_match_printf(void **state) {
    (void)state;
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    static const double edge[] = {0,       1e-4,     9.9995e-5, 0.00012345, 0.1,    0.5,    0.99995,
                                  0.99994, 9.9996,   1.00005,   2.5,        0.125,  999.95, 9999.4,
                                  9999.5,  1e4,      123.45,    0.30000001, 1e-5,   42,     1e300,
                                  -0.0,    -3.14159, 0.0001235, 0.01,       1.5e-4, 7e-3};
    char want[64];
    uint64_t seed = 12345;
    for (size_t i = 0; i < 200000 + sizeof edge / sizeof edge[0]; i++) {
        double x;
        if (i < sizeof edge / sizeof edge[0]) {
            x = edge[i];
        } else { /* random mantissa and decimal exponent in [-6, 5] */
            seed = seed * 6364136223846793005u + 1442695040888963407u;
            double m = (double)(seed >> 11) / 9007199254740992.0;
            x = m * pow(10, (double)((seed >> 3) % 12) - 6);
            if (seed & 4) x = -x;
        }
        snprintf(want, sizeof want, "%.4g", x);
        precis_buf_clear(&b);
        assert_int_equal(precis_json_number(&b, x), 0);
        if (strcmp(b.data, want) != 0) fail_msg("%.17g: got %s, want %s", x, b.data, want);
    }
    precis_buf_free(&b);
}

static void test_raw(void **state) {
    (void)state;
    precis_buf b;
    precis_buf_init(&b, &precis_default_alloc);
    assert_int_equal(precis_json_raw(&b, S("{\"k\":\"a\xE2\x80\xA8"
                                           "b\\n\"}")),
                     0);
    assert_string_equal(b.data, "{\"k\":\"a\\u2028b\\n\"}");
    precis_buf_clear(&b);
    assert_int_equal(precis_json_raw(&b, S("[\"\xE2\x80\xA9\",\"\xE2\x80\"]")), 0);
    assert_string_equal(b.data, "[\"\\u2029\",\"\xE2\x80\"]"); /* raw: only the separators */
    precis_buf_free(&b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_numbers_match_printf),
        cmocka_unit_test(test_raw),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
