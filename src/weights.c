/* weights.c - the sentence scorer's default feature weights (see doc.h for
 * the features). */
#include "doc.h"

const double precis_default_weights[PRECIS_NFEAT] = {
    [PRECIS_F_BIAS] = 0.0,      [PRECIS_F_POS_INV] = 1.0,   [PRECIS_F_FIRST] = 0.5,
    [PRECIS_F_POS_REL] = -0.3,  [PRECIS_F_PARA_FIRST] = 0.1, [PRECIS_F_PARA_INV] = 0.2,
    [PRECIS_F_LEXRANK] = 0.3,   [PRECIS_F_CENTROID] = 0.5,  [PRECIS_F_TITLE] = 0.4,
    [PRECIS_F_LOGLEN] = 0.1,    [PRECIS_F_SHORT] = -0.5,    [PRECIS_F_LONG] = -0.2,
    [PRECIS_F_NUM] = 0.0,       [PRECIS_F_CAPS] = 0.1,      [PRECIS_F_QUOTE] = -0.1,
    [PRECIS_F_QUESTION] = -0.3,
};
