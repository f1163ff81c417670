/*
 * fuzz_langid.c - libFuzzer harness for the language identifier
 * (precis_langid_guess, internal API): any bytes, valid UTF-8 or not, give
 * a loaded language or -1, and a confidence in [0, 1].
 */
#include "precis_internal.h"

#include <stdint.h>
#include <stdlib.h>

static precis_langid *langid;
static unsigned mask;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    mask = (1u << PRECIS_MAX_LANGS) - 1;
    langid = precis_langid_new(mask, NULL, NULL);
    return langid ? 0 : 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    double conf = -1;
    int lang = precis_langid_guess(langid, (const char *)data, size, &conf);
    if (lang < -1 || lang >= PRECIS_MAX_LANGS) abort();
    if (lang >= 0 && !(mask & (1u << lang))) abort();
    if (!(conf >= 0 && conf <= 1)) abort();
    return 0;
}
