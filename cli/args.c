/* args.c - see args.h. */
#include "args.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cli_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("precis: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_parse_number(const char *s, int units, unsigned long long max, unsigned long long *out) {
    if (!s || *s < '0' || *s > '9') return -1;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno) return -1;
    if (units && *end) {
        unsigned shift = 0;
        switch (*end) {
        case 'k':
        case 'K':
            shift = 10;
            break;
        case 'm':
        case 'M':
            shift = 20;
            break;
        case 'g':
        case 'G':
            shift = 30;
            break;
        default:
            return -1;
        }
        end++;
        if (v > (ULLONG_MAX >> shift)) return -1;
        v <<= shift;
    }
    if (*end || v > max) return -1;
    *out = v;
    return 0;
}

int cli_option(precis_options *opts, const char *name, const char *flag, const char *value) {
    precis_error err;
    if (precis_option_set(opts, name, value, value ? strlen(value) : 0, &err) == 0) return 0;
    if (err.code == PRECIS_ERR_LANG) {
        cli_error("unsupported language '%s' (supported: %s)", value ? value : "",
                  precis_languages());
        return -1;
    }
    /* The library's message starts with the option's name: say the flag. */
    const char *msg = err.msg;
    size_t n = strlen(name);
    if (strncmp(msg, name, n) == 0) msg += n;
    cli_error("%s%s, not '%s'", flag, msg, value ? value : "");
    return -1;
}
