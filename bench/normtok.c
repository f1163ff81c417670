/*
 * normtok.c - hand-run timing of precis_normalize + precis_tokenize on a
 * ~5 KB French article (accents, typographic apostrophes and quotes, one
 * decomposed accent, CRLF line ends). Not a test: timings vary by machine.
 *
 *   cmake --build build
 *   cc -O2 -Isrc -Iinclude bench/normtok.c build/libprecis.a \
 *      $(pkg-config --libs libutf8proc libexttextcat jansson) -lstemmer -lm -o /tmp/normtok
 *   /tmp/normtok
 *
 * Prints the median over 7 runs of the time per article.
 */
#include "precis_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char para[] =
    "PARIS \xE2\x80\x94 Le conseil r\xC3\xA9gional a adopt\xC3\xA9 mardi un plan de 2,5 milliards "
    "d\xE2\x80\x99"
    "euros pour r\xC3\xA9nover les lyc\xC3\xA9"
    "es de la r\xC3\xA9gion, "
    "a annonc\xC3\xA9 sa pr\xC3\xA9sidente lors d\xE2\x80\x99une conf\xC3\xA9rence de presse. "
    "\xC2\xAB\xC2\xA0Nous devons agir vite, l\xE2\x80\x99\xC3\xA9tat des b\xC3\xA2timents "
    "l\xE2\x80\x99"
    "exige\xC2\xA0\xC2\xBB, a-t-elle d\xC3\xA9"
    "clar\xC3\xA9"
    "e, "
    "pr\xC3\xA9"
    "cisant que 1.200 \xC3\xA9tablissements seraient concern\xC3\xA9s d\xE2\x80\x99ici "
    "2031. L\xE2\x80\x99opposition juge le calendrier irr\xC3\xA9"
    "aliste et r\xC3\xA9"
    "clame "
    "un audit ind\xC3\xA9pendant avant tout engagement financier.\r\n\r\n";

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int count(void *ctx, size_t off, size_t len, uint32_t flags) {
    (void)off, (void)len, (void)flags;
    ++*(size_t *)ctx;
    return 0;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(void) {
    char art[8192];
    size_t n = 0;
    const char title[] = "La r\xC3\xA9gion lance un plan pour ses lyc\xC3\xA9"
                         "e\xCC\x81s\r\n\r\n";
    memcpy(art, title, sizeof title - 1);
    n = sizeof title - 1;
    while (n + sizeof para - 1 <= 5000) {
        memcpy(art + n, para, sizeof para - 1);
        n += sizeof para - 1;
    }
    precis_text t;
    precis_text_init(&t, &precis_default_alloc);
    const int iters = 20000;
    double runs[7];
    size_t toks = 0;
    for (int r = 0; r < 7; r++) {
        double t0 = now();
        for (int i = 0; i < iters; i++) {
            if (precis_normalize(art, n, 0, &t, NULL) != 0) return 1;
            toks = 0;
            precis_tokenize(t.text.data, 0, t.text.len, count, &toks);
        }
        runs[r] = (now() - t0) / iters * 1e6;
    }
    qsort(runs, 7, sizeof runs[0], cmp);
    printf("%zu bytes, %zu tokens, %zu marks: %.2f us per article (median of 7)\n", n, toks,
           t.marks.len, runs[3]);
    precis_text_free(&t);
    return 0;
}
