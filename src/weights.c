/* weights.c - picks the scorer's weights for a language. The tables are
 * generated from data/scorer/weights.txt (tools/genweights.c). */
#include "doc.h"

#include <string.h>

const double *precis_weights_for(int lang) {
    if (lang >= 0 && lang < PRECIS_MAX_LANGS && precis_lang_code(lang)) {
        for (size_t i = 0; i < precis_weights_by_lang_count; i++)
            if (strcmp(precis_weights_by_lang[i].lang, precis_lang_code(lang)) == 0)
                return precis_weights_by_lang[i].w;
    }
    return precis_default_weights;
}

const double *precis_weights_extract(void) {
    for (size_t i = 0; i < precis_weights_by_lang_count; i++)
        if (strcmp(precis_weights_by_lang[i].lang, "extract") == 0)
            return precis_weights_by_lang[i].w;
    return NULL;
}
