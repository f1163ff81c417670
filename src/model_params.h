/*
 * model_params.h - the model's parameters that are not feature weights: the
 * MMR redundancy weights and the thresholds that hand a budget to the
 * extract model. They sit beside the weights in data/scorer/weights.txt
 * (section [params], where each value's reason is given) and are compiled in
 * by tools/genweights.c with them.
 */
#ifndef PRECIS_MODEL_PARAMS_H
#define PRECIS_MODEL_PARAMS_H

typedef struct precis_model_params {
    /* Weight of MMR's redundancy penalty, in units of the score spread,
     * for key points and for extracts (precis_budget_is_extract). */
    double redundancy;
    double extract_redundancy;
    /* Penalty, in units of the score spread, on a sentence whose section
     * (sections.h) already holds a chosen point, for key points and for
     * extracts: the margin within which a point from a section not yet
     * covered wins (select.c). */
    double section_penalty;
    double extract_section_penalty;
    /* Budgets of at least extract_min_points sentences (a word budget
     * counts in sentences of the article's mean length) that keep at
     * least extract_share of the article ask for an extract. */
    double extract_share;
    unsigned extract_min_points;
} precis_model_params;

extern const precis_model_params precis_params;

#endif /* PRECIS_MODEL_PARAMS_H */
