/* Options by name (precis_option_set): every case of tests/data/options.txt,
 * and options left as they were after a refused value. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "precis.h"

#define CASES PRECIS_SOURCE_DIR "/tests/data/options.txt"

/* The field name of a case, as options.txt writes it, read back. */
static void field(const precis_options *o, const char *name, char *out, size_t cap) {
    if (strcmp(name, "points") == 0)
        snprintf(out, cap, "%u", o->points);
    else if (strcmp(name, "words") == 0)
        snprintf(out, cap, "%u", o->words);
    else if (strcmp(name, "order") == 0)
        snprintf(out, cap, "%s", o->order == PRECIS_ORDER_RANK ? "rank" : "article");
    else if (strcmp(name, "lang") == 0)
        snprintf(out, cap, "%s", o->lang ? o->lang : "(null)");
    else if (strcmp(name, "title") == 0)
        snprintf(out, cap, "%.*s", (int)o->title_len, o->title ? o->title : "");
    else if (strcmp(name, "strict") == 0)
        snprintf(out, cap, "%d", o->strict_utf8);
    else if (strcmp(name, "compress") == 0) {
        static const char *const sets[] = {"none", "default", "all", "connectives,dashes"};
        snprintf(out, cap, "?");
        for (size_t i = 0; i < 4; i++) {
            unsigned bits = i == 0 ? 0 : precis_compress_rules(sets[i]);
            if (bits == o->compress) {
                snprintf(out, cap, "%s", sets[i]);
                break;
            }
        }
    } else if (strcmp(name, "max_sentences") == 0)
        snprintf(out, cap, "%zu", o->max_sentences);
    else if (strcmp(name, "max_depth") == 0)
        snprintf(out, cap, "%zu", o->max_html_depth);
    else if (strcmp(name, "max_bytes") == 0)
        snprintf(out, cap, "%zu", o->max_input_bytes);
    else
        snprintf(out, cap, "?");
}

static void test_case_table(void **state) {
    (void)state;
    FILE *f = fopen(CASES, "r");
    assert_non_null(f);
    char line[512];
    int cases = 0, failed = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        if (!line[0] || line[0] == '#') continue;
        char *name = line, *value = strchr(name, '\t'), *want;
        assert_non_null(value);
        *value++ = 0;
        want = strchr(value, '\t');
        assert_non_null(want);
        *want++ = 0;
        if (strcmp(value, "-") == 0) value = "";
        precis_options o, before;
        precis_options_default(&o);
        o.points = 7; /* a value no case sets: a refused value must leave it */
        before = o;
        precis_error err;
        int rc = precis_option_set(&o, name, value, strlen(value), &err);
        cases++;
        if (strncmp(want, "ok ", 3) == 0) {
            char got[256], expect[256];
            const char *eq = strchr(want + 3, '=');
            assert_non_null(eq);
            field(&o, name, got, sizeof got);
            snprintf(expect, sizeof expect, "%s", eq + 1);
            if (rc != 0 || strcmp(got, expect) != 0) {
                printf("%s=%s: rc %d, got '%s', want '%s'\n", name, value, rc, got, expect);
                failed++;
            }
        } else {
            const char *code = want + 6, *msg = strchr(code, ' ');
            assert_non_null(msg);
            msg++;
            precis_code wcode =
                strncmp(code, "lang ", 5) == 0 ? PRECIS_ERR_LANG : PRECIS_ERR_INVALID_ARG;
            if (rc != -(int)wcode || err.code != wcode || strncmp(err.msg, msg, strlen(msg)) != 0 ||
                memcmp(&o, &before, sizeof o) != 0) {
                printf("%s=%s: rc %d, code %d, msg '%s', want '%s'\n", name, value, rc, err.code,
                       err.msg, msg);
                failed++;
            }
        }
    }
    fclose(f);
    printf("option cases: %d/%d passed\n", cases - failed, cases);
    assert_int_equal(failed, 0);
    assert_true(cases >= 40);
}

/* Every name precis_option_names lists is taken; the list ends with NULL. */
static void test_names(void **state) {
    (void)state;
    size_t n = 0;
    for (const char *const *p = precis_option_names(); *p; p++, n++) {
        precis_options o;
        precis_options_default(&o);
        precis_error err;
        int rc = precis_option_set(&o, *p, "x", 1, &err);
        /* "x" is a bad value for most, but never an unknown option. */
        assert_true(rc == 0 || strstr(err.msg, "unknown option") == NULL);
    }
    assert_int_equal(n, 15);
    assert_int_not_equal(precis_option_set(NULL, "points", "1", 1, NULL), 0);
    precis_options o;
    precis_options_default(&o);
    assert_int_not_equal(precis_option_set(&o, NULL, "1", 1, NULL), 0);
    /* The value is len bytes: what follows does not count. */
    assert_int_equal(precis_option_set(&o, "points", "12junk", 2, NULL), 0);
    assert_int_equal(o.points, 12);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_case_table),
        cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
