/*
 * fuzz_engine.h - what the harnesses share: one engine for the whole run,
 * made in libFuzzer's initializer (a harness that needs more defines
 * FUZZ_OWN_INIT and its own), and check(), which aborts so that the fuzzer
 * reports a broken invariant as a crash. Included by one harness per binary.
 */
#ifndef PRECIS_FUZZ_ENGINE_H
#define PRECIS_FUZZ_ENGINE_H

#include "precis.h"

#include <stdlib.h>

static precis_engine *engine;

#ifndef FUZZ_OWN_INIT
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    engine = precis_engine_new(NULL, NULL, NULL);
    return engine ? 0 : 1;
}
#endif

#include <stdio.h>

/* Aborts (a crash for libFuzzer) when a property fails, saying which. */
static inline void check_at(int ok, const char *what, int line) {
    if (ok) return;
    fprintf(stderr, "check failed at line %d: %s\n", line, what);
    abort();
}
#define check(ok) check_at((ok) != 0, #ok, __LINE__)

#endif
