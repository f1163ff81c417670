/*
 * speakers.h - a scored choice of each quotation's speaker among candidates
 * (issue 17), after the rules of quotes.c have given theirs.
 *
 * Candidates of a quotation: the mentions of people and organisations
 * (entities stage) outside quotations and captions in its sentences, the
 * two sentences before and the one after; the rules' own pick (an entity,
 * by its nearest mention, or the words found when no entity); the entity of
 * the quotation before it (the last speaker); and "no speaker". Each gets
 * generic features (SPK_*: side and distance in tokens and sentences, a
 * reporting cue next to it and on which side, a source, agent, channel or
 * listener before it, opening its sentence, the entity's type and mention
 * count, last speaker, a pronoun next to a cue in the quotation's sentence
 * and its gender against the person's, a paragraph or another quotation
 * between, and whether the rules picked it). A linear score
 * (speaker_weights.h, fitted by tools/speaker-model.py on the dev sets'
 * dumps) chooses. Only speakers move: quotations and their spans stay.
 *
 * The stage runs behind precis_quote_input.spk_mode; the dump
 * (precis_quote_input.spk_dump) is for the fitting tool (precis-eval ner
 * --dump-speakers), not part of the public API.
 */
#ifndef PRECIS_SPEAKERS_H
#define PRECIS_SPEAKERS_H

#include "quotes.h"

/* The quotes stage's tags that the features read (its own bits, handed
 * over as masks: speakers.c reads the stage's tag array as it is). */
typedef struct precis_spk_bits {
    uint32_t cue;     /* a reporting verb */
    uint32_t source;  /* "selon", "according" */
    uint32_t chan;    /* a channel or listener's preposition: "sur", "to" */
    uint32_t quoted;  /* inside a quotation */
    uint32_t caption; /* in a caption */
    uint32_t pron;    /* a subject pronoun: "il", "she" */
    uint32_t itpron;  /* a pronoun for an organisation ("it"): no person's */
    uint32_t fem;     /* a woman's pronoun */
    uint32_t agent;   /* a passive's agent: "par", "by" */
    uint32_t det;     /* a determiner */
    uint32_t personw; /* a noun of a person's role: "avocat", "lawyer" */
} precis_spk_bits;

/* The features, in the order of speaker_weights.h and of the dump's
 * columns (precis_spk_feature_names). */
enum {
    SPK_NONE,        /* the candidate "no speaker" */
    SPK_WORDS,       /* the rules' words that are no entity (a descriptor) */
    SPK_PERSON,      /* an entity of type person */
    SPK_ORG,         /* an entity of type organisation (or other) */
    SPK_RULES,       /* the rules picked it */
    SPK_BEFORE,      /* before the quotation */
    SPK_SAME,        /* in the quotation's sentence(s) */
    SPK_PREV,        /* in the sentence before */
    SPK_PREV2,       /* two or more sentences before */
    SPK_NEXT,        /* in a sentence after */
    SPK_LOGDIST,     /* log(1 + tokens between) */
    SPK_NEAR3,       /* at most 3 tokens between */
    SPK_NEAR8,       /* at most 8 */
    SPK_CUE_AFTER,   /* a cue 1-3 tokens after it: "X said", "X a déclaré" */
    SPK_CUE_BEFORE,  /* a cue 1-3 tokens before it: "said X", "a déclaré X" */
    SPK_SUBJ_SAME,   /* SPK_CUE_AFTER in the quotation's sentence */
    SPK_INV_SAME,    /* SPK_CUE_BEFORE in the quotation's sentence */
    SPK_SOURCE,      /* a source right before: "selon X" */
    SPK_CHAN,        /* a channel's or listener's preposition right before */
    SPK_LISTENER,    /* a listener's cue right before: "told X" */
    SPK_AGENT,       /* an agent's preposition right before: "par X" */
    SPK_OPENS,       /* opens its sentence (a determiner aside) */
    SPK_LOGCOUNT,    /* log(mentions of the entity) */
    SPK_LAST,        /* the entity of the quotation before */
    SPK_NEAREST,     /* the nearest mention on its side */
    SPK_PARA,        /* a paragraph break between */
    SPK_QUOTE_BTW,   /* another quotation between */
    SPK_PRON_CUE,    /* a pronoun next to a cue in the quotation's sentence, it is not there */
    SPK_GENDER_OK,   /* that pronoun's gender is the person's */
    SPK_GENDER_BAD,  /* that pronoun's gender is not the person's */
    SPK_N_CUE_SENT,  /* no speaker: a cue in the quotation's sentence */
    SPK_N_SHORT,     /* no speaker: the quotation has fewer than 5 words */
    SPK_N_NOBODY,    /* no speaker: no candidate in the quotation's sentence */
    SPK_N_PRON_CUE,  /* no speaker: a pronoun next to a cue in its sentence */
    SPK_ROLE_NEAR,   /* a role's noun within 3 tokens before it: "le ministre X" */
    SPK_SAME_BEFORE, /* in the quotation's sentence, before it */
    SPK_SAME_AFTER,  /* in the quotation's sentence, after it */
    SPK_OPENS_PREV,  /* opens the sentence before */
    SPK_RANK,        /* log(1 + entity candidates nearer the quotation) */
    SPK_LAST_PRON,   /* the last speaker, and a pronoun next to a cue */
    SPK_N_ALONE,     /* no speaker: no words outside quotations in its sentence */
    SPK_N_CUE_ADJ,   /* no speaker: a cue within 3 tokens of the quotation */
    SPK_N_LOGWORDS,  /* no speaker: log(1 + words quoted) */
    SPK_CUE_SUBJ,    /* the first cue after it in its sentence, within 10 tokens, no other
                        name between: its subject ("X, 47, who …, said") */
    SPK_CUE_NEXT,    /* the first cue before it in its sentence, within 10 tokens, no other
                        name between: after an inverted cue, or its object ("told X") */
    SPK_NOCUE_LAST,  /* no cue in the quotation's sentence, and the last speaker */
    SPK_NOCUE_OUT,   /* no cue in the quotation's sentence, and out of that sentence */
    SPK_NOCUE_SAME,  /* no cue in the quotation's sentence, and in it */
    SPK_NF
};

extern const char *const precis_spk_feature_names[SPK_NF];

/* Candidate kinds. */
enum { SPK_C_NONE, SPK_C_WORDS, SPK_C_ENTITY };

typedef struct precis_spk_cand {
    size_t quote; /* index into the stage's quotations */
    int kind;     /* SPK_C_* */
    long entity;  /* SPK_C_ENTITY: index into in->ents */
    int rules;    /* the rules' pick */
    int firm;     /* the quotation's rules' answer is firm (precis_quote.speaker_firm) */
    float f[SPK_NF];
} precis_spk_cand;

/* How speakers are chosen (precis_quote_input.spk_mode). */
enum {
    PRECIS_SPK_DEFAULT,    /* the library's default: precis_spk_default */
    PRECIS_SPK_RULES,      /* the rules alone */
    PRECIS_SPK_MODEL,      /* the score alone */
    PRECIS_SPK_HYBRID,     /* the score, where it beats the rules' pick by a margin */
    PRECIS_SPK_CONSTRAINED /* the rules' firm answers (precis_quote.speaker_firm) kept,
                              the score elsewhere */
};

/* The default mode (speaker_weights.h), never PRECIS_SPK_DEFAULT. */
extern const int precis_spk_default;

/* What the stage reads: the quotes stage's tokens, each one's sentence,
 * entity and tags, whether a cue's object listens ("told"), and a person's
 * gender (0 a woman, 1 a man, -1 not known). */
typedef struct precis_spk_ctx {
    const precis_quote_input *in;
    const size_t *sent_of;
    const long *ent; /* NULL: no entities */
    const uint32_t *tags;
    precis_spk_bits bits;
    int (*listens)(void *ctx, size_t k);
    signed char (*gender)(void *ctx, size_t e);
    void *ctx;
} precis_spk_ctx;

/* Rescoring of quotes (precis_quote, as the rules left them) by mode; with
 * dump, every candidate of every quotation is appended to it (precis_spk_cand)
 * and nothing changes. Returns 0 or -1 on OOM. */
int precis_speakers_choose(const precis_spk_ctx *c, int mode, precis_vec *quotes, precis_vec *dump,
                           const precis_alloc *alc);

#endif /* PRECIS_SPEAKERS_H */
