/*
 * classes.h - what an element's class, id, role and itemprop values say
 * about it (classes.c), from the word lists data/html/class-*.txt.
 */
#ifndef PRECIS_HTML_CLASSES_H
#define PRECIS_HTML_CLASSES_H

#include "precis_internal.h"

struct GumboInternalNode;

/* The lists, looked up once per page. */
typedef struct precis_html_classes {
    const precis_wordlist *negative, *minor, *positive, *ad, *lead, *body, *tail, *aside;
    const precis_wordlist *positive_not;  /* words holding a positive fragment: "context" */
    const precis_wordlist *negative_not;  /* words holding a boilerplate one: "elementor-widget" */
    const precis_wordlist *link_text;     /* a list whose links are its text: "ingredient" */
    const precis_wordlist *negative_word; /* whole words of boilerplate: "meta", "factbox" */
} precis_html_classes;

void precis_html_classes_init(precis_html_classes *c);

/* What the names (class, id, ...) of element n say; a heading's id of four
 * words or more joined by "_" or "-" is an anchor made of its text
 * ("nav_nur_die_folie__1") and says nothing. */
typedef struct precis_class_hints {
    int weight;    /* +25 per article-like name (+50 for the body itself), -25 for boilerplate */
    int boiler;    /* a boilerplate subtree: navigation, sharing, comments, a post's tail */
    int minor;     /* a byline, dateline, credit or caption: its short blocks go */
    int body;      /* names the article's body ("articleBody", "entry-content") */
    int talk;      /* names readers' comments ("comment-list", "disqus_thread") */
    int link_text; /* a list whose links are its text: a recipe's ingredients */
} precis_class_hints;

precis_class_hints precis_html_class_hints(const precis_html_classes *c,
                                           const struct GumboInternalNode *n);

#endif /* PRECIS_HTML_CLASSES_H */
