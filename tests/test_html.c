/* test_html.c - precis_extract_html: content vs boilerplate, metadata,
 * charsets (declared, guessed, mis-declared), hostile pages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "html/html.h"
#include "read_file.h"

#define S(lit) lit, sizeof(lit) - 1

static precis_engine *engine;

static int setup(void **state) {
    (void)state;
    engine = precis_engine_new("en,fr", NULL, NULL);
    return engine ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    precis_engine_free(engine);
    return 0;
}

static precis_page *extract(const char *html, size_t len) {
    precis_error err = {0};
    precis_page *p = precis_extract_html(engine, html, len, &err);
    assert_non_null(p);
    assert_int_equal(err.code, PRECIS_OK);
    return p;
}

static int has_text(const precis_page *p, const char *s) {
    return strstr(precis_page_text(p, NULL), s) != NULL;
}

static const char news_page[] =
    "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
    "<title>Harbour bridge reopens after repairs | The Coastal Courier</title>"
    "<meta property=\"og:site_name\" content=\"The Coastal Courier\">"
    "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00Z\">"
    "<meta name=\"author\" content=\"Jane Marlow\">"
    "<link rel=\"canonical\" href=\"https://courier.example/bridge\">"
    "</head><body>"
    "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
    "<li><a href=\"/sport\">Sport</a></li></ul></nav></header>"
    "<div id=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies "
    "or manage your preferences.</div>"
    "<main><article class=\"story\">"
    "<h1>Harbour bridge reopens after repairs</h1>"
    "<p>The harbour bridge in Portwell reopened on Tuesday morning, three months after "
    "engineers closed it, when cracks were found in two of its steel supports.</p>"
    "<p>Commuters, who had faced a detour of more than twenty minutes, welcomed the news. "
    "&ldquo;It is a relief,&rdquo; said one cyclist, crossing at dawn.</p>"
    "<h2>What was repaired</h2>"
    "<p>Crews replaced the damaged supports, repainted the deck and installed new sensors "
    "that will warn of any movement in the structure, the council said.</p>"
    "<ul><li>Two steel supports replaced, at a cost of 4.2 million pounds.</li>"
    "<li>New sensors fitted along the whole deck.</li></ul>"
    "<blockquote><p>We built it to last another fifty years, said the chief engineer.</p>"
    "</blockquote>"
    "</article>"
    "<section class=\"related-links\"><h3>Related</h3><ul>"
    "<li><a href=\"/a\">Ferry timetable changes for spring</a></li>"
    "<li><a href=\"/b\">Council approves new cycle lanes</a></li></ul></section>"
    "<div id=\"comments\"><p>Great news, finally, I can cycle to work again without that "
    "long detour through the industrial estate.</p></div>"
    "</main><footer><p>Copyright 2024 The Coastal Courier, all rights reserved, "
    "registered in Portwell.</p></footer></body></html>";

static void test_article_and_boilerplate(void **state) {
    (void)state;
    precis_page *p = extract(S(news_page));
    assert_true(has_text(p, "The harbour bridge in Portwell reopened"));
    assert_true(has_text(p, "\xE2\x80\x9CIt is a relief,\xE2\x80\x9D")); /* entities */
    assert_true(has_text(p, "What was repaired"));
    assert_true(has_text(p, "Two steel supports replaced"));
    assert_true(has_text(p, "We built it to last"));
    assert_false(has_text(p, "Home"));
    assert_false(has_text(p, "cookies"));
    assert_false(has_text(p, "Ferry timetable"));
    assert_false(has_text(p, "Great news, finally"));
    assert_false(has_text(p, "Copyright"));
    /* Headline is metadata, not repeated in the text. */
    assert_false(has_text(p, "Harbour bridge reopens"));
    /* Order and paragraph separation. */
    const char *t = precis_page_text(p, NULL);
    assert_true(strstr(t, "reopened") < strstr(t, "What was repaired"));
    assert_true(strstr(t, "What was repaired") < strstr(t, "We built it"));
    assert_non_null(strstr(t, "supports.\n\nCommuters"));
    assert_string_equal(precis_page_title(p), "Harbour bridge reopens after repairs");
    assert_string_equal(precis_page_date(p), "2024-03-05T09:30:00Z");
    assert_string_equal(precis_page_author(p), "Jane Marlow");
    assert_string_equal(precis_page_site(p), "The Coastal Courier");
    assert_string_equal(precis_page_url(p), "https://courier.example/bridge");
    assert_string_equal(precis_page_lang(p), "en-GB");
    assert_string_equal(precis_page_charset(p), "UTF-8");
    assert_int_equal(precis_page_warning_count(p), 0);
    assert_null(precis_page_warning(p, 0));
    precis_page_free(p);
}

static const char jsonld_page[] =
    "<html lang=\"fr\"><head><title>Accueil - Le Journal du Val</title>"
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
    "{\"@type\":\"WebSite\",\"name\":\"Le Journal du Val\"},"
    "{\"@type\":\"NewsArticle\",\"headline\":\"La médiathèque ouvre le dimanche\","
    "\"datePublished\":\"2023-11-12 08:15:00\",\"author\":[{\"@type\":\"Person\","
    "\"name\":\"Claire Dumont\"}],\"publisher\":{\"name\":\"Le Journal du Val\"}}]}"
    "</script></head><body><div class=\"content\">"
    "<p>La médiathèque municipale ouvrira désormais ses portes le dimanche après-midi, a "
    "annoncé la mairie, après une consultation menée auprès de mille habitants.</p>"
    "<p>Les horaires du samedi restent inchangés, précise la direction, qui recrute deux "
    "agents supplémentaires pour assurer l'accueil du public.</p></div>"
    "<time datetime=\"2020-01-01\">1er janvier</time></body></html>";

static void test_json_ld(void **state) {
    (void)state;
    precis_page *p = extract(S(jsonld_page));
    assert_string_equal(precis_page_title(p), "La médiathèque ouvre le dimanche");
    assert_string_equal(precis_page_date(p), "2023-11-12T08:15:00");
    assert_string_equal(precis_page_author(p), "Claire Dumont");
    assert_string_equal(precis_page_site(p), "Le Journal du Val");
    assert_string_equal(precis_page_lang(p), "fr");
    assert_true(has_text(p, "ouvrira désormais ses portes"));
    assert_true(has_text(p, "deux agents supplémentaires"));
    precis_page_free(p);
}

/* No class hints at all: the "À lire aussi" heading and the short tail lines
 * are what tells the article's end. */
static void test_end_of_article(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><div>"
        "<p>Le conseil municipal de Lantenay a voté jeudi soir, à une large majorité, la "
        "création d'une piste cyclable reliant le bourg à la gare, longue de six kilomètres.</p>"
        "<p>Les travaux, estimés à 1,2 million d'euros, débuteront au printemps, et la piste "
        "devrait être ouverte aux cyclistes avant la rentrée de septembre, selon le maire.</p>"
        "<p>Publié le 3 mars</p>"
        "<h3>À lire aussi :</h3>"
        "<p>Un nouveau boulanger s'installe place de l'Église, après deux ans sans commerce "
        "dans le centre du village, une bonne nouvelle pour les habitants.</p>"
        "</div></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "Le conseil municipal de Lantenay"));
    assert_true(has_text(p, "avant la rentrée de septembre"));
    assert_false(has_text(p, "lire aussi"));
    assert_false(has_text(p, "nouveau boulanger"));
    assert_false(has_text(p, "Publié le 3 mars"));
    precis_page_free(p);
}

/* A box amid the article whose text is mostly links goes whole, its
 * unlinked label too, and so does a short one with a fifth of its text in
 * links; the article goes on after them. */
static void test_link_box_in_article(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><div class=\"story\">"
        "<p>The Millbrook library will open on Sundays from next month, the town council said "
        "on Thursday, after a survey in which a thousand residents asked for longer hours.</p>"
        "<div class=\"picks\"><p>Our picks this week</p>"
        "<p><a href=\"/a\">Ferry timetable changes for the spring season announced</a></p>"
        "<p><a href=\"/b\">Council approves two new cycle lanes along the river</a></p></div>"
        "<p>Two librarians will be hired to staff the new opening hours, and the reading room "
        "will also stay open later on Wednesdays, the head librarian added.</p>"
        "<div class=\"more\"><p>Want more stories like this one from the valley towns? Browse "
        "<a href=\"/archive\">the local news archive</a> any time.</p></div>"
        "<p>The council will review the Sunday hours after six months, and keep them if at "
        "least two hundred visitors come each week, a spokesman said.</p>"
        "</div></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "open on Sundays"));
    assert_true(has_text(p, "Two librarians will be hired"));
    assert_true(has_text(p, "review the Sunday hours"));
    assert_false(has_text(p, "Our picks this week"));
    assert_false(has_text(p, "Ferry timetable"));
    assert_false(has_text(p, "Want more stories"));
    precis_page_free(p);
}

/* "related-articles" names a box beside the article although it says
 * "article": its teasers go, even with prose long enough to be kept. */
static void test_related_articles_class(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><article class=\"post\">"
        "<p>The Millbrook library will open on Sundays from next month, the town council said "
        "on Thursday, after a survey in which a thousand residents asked for longer hours.</p>"
        "<p>Two librarians will be hired to staff the new opening hours, and the reading room "
        "will also stay open later on Wednesdays, the head librarian added.</p>"
        "<div class=\"field-related-articles\"><p>The swimming pool on Mill Lane will close "
        "for repairs over the summer, the council confirmed, and reopen in the autumn with a "
        "new roof and changing rooms.</p></div>"
        "</article></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "open on Sundays"));
    assert_true(has_text(p, "Two librarians will be hired"));
    assert_false(has_text(p, "swimming pool"));
    precis_page_free(p);
}

/* A comments heading with its count ends the article: what follows is
 * the comments, here without a class to tell them. */
static void test_comment_count_heading(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><div>"
        "<p>The Millbrook library will open on Sundays from next month, the town council said "
        "on Thursday, after a survey in which a thousand residents asked for longer hours.</p>"
        "<p>Two librarians will be hired to staff the new opening hours, and the reading room "
        "will also stay open later on Wednesdays, the head librarian added.</p>"
        "<h3>3 Comments</h3>"
        "<p>About time too, I have been asking for Sunday hours since the old reading room "
        "closed, and my children will be thrilled to hear it.</p>"
        "</div></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "Two librarians will be hired"));
    assert_false(has_text(p, "3 Comments"));
    assert_false(has_text(p, "About time too"));
    precis_page_free(p);
}

/* A heading that opens with an end marker's words ends the article too:
 * "More from Millbrook" as "More from". */
static void test_end_marker_prefix(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><div>"
        "<p>The Millbrook library will open on Sundays from next month, the town council said "
        "on Thursday, after a survey in which a thousand residents asked for longer hours.</p>"
        "<p>Two librarians will be hired to staff the new opening hours, and the reading room "
        "will also stay open later on Wednesdays, the head librarian added.</p>"
        "<h2>More from Millbrook</h2>"
        "<p>The swimming pool on Mill Lane will close for repairs over the summer, the council "
        "confirmed, and reopen in the autumn with a new roof and changing rooms.</p>"
        "</div></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "Two librarians will be hired"));
    assert_false(has_text(p, "More from Millbrook"));
    assert_false(has_text(p, "swimming pool"));
    precis_page_free(p);
}

/* Inside the article, an author's bio box, a slideshow, an embed and the
 * reply form are boilerplate by their class, however long their text. */
static void test_author_box_and_slides(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><article class=\"post\"><div class=\"entry-content\">"
        "<p>The Millbrook library will open on Sundays from next month, the town council said "
        "on Thursday, after a survey in which a thousand residents asked for longer hours.</p>"
        "<div class=\"gallery-slides\"><p>The reading room on a quiet weekday morning, before "
        "the new opening hours, with its long oak tables and green lamps.</p></div>"
        "<p>Two librarians will be hired to staff the new opening hours, and the reading room "
        "will also stay open later on Wednesdays, the head librarian added.</p>"
        "<div class=\"mvp-author-box\"><p>Jane Marlow has covered Millbrook and the valley "
        "towns for the Courier since 2015, writing about schools, transport and local "
        "government.</p></div>"
        "<figure class=\"wp-block-embed\"><div><p>Watch: the mayor cuts the ribbon at the "
        "library door on Saturday afternoon, with the town band playing outside.</p></div>"
        "</figure>"
        "<div id=\"respond\"><p>Leave a reply to this story. Your email address will not be "
        "published, and comments are checked before they appear on the page.</p></div>"
        "</div></article></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "open on Sundays"));
    assert_true(has_text(p, "Two librarians will be hired"));
    assert_false(has_text(p, "oak tables"));
    assert_false(has_text(p, "has covered Millbrook"));
    assert_false(has_text(p, "Leave a reply"));
    assert_false(has_text(p, "cuts the ribbon"));
    precis_page_free(p);
}

static void test_title_site_suffix(void **state) {
    (void)state;
    static const char html[] =
        "<html><head><title>Storm closes mountain pass for the weekend - Valley News</title>"
        "</head><body><p>Heavy snow closed the northern mountain pass on Friday evening, and "
        "the road authority said it would stay shut until Monday at the earliest.</p>"
        "<time datetime=\"2022-02-18T19:00:00+01:00\">Friday</time></body></html>";
    precis_page *p = extract(S(html));
    assert_string_equal(precis_page_title(p), "Storm closes mountain pass for the weekend");
    assert_string_equal(precis_page_date(p), "2022-02-18T19:00:00+01:00");
    assert_true(has_text(p, "Heavy snow closed"));
    precis_page_free(p);
}

/* Built as bytes: "é" is 0xE9, curly quotes 0x93/0x94 in windows-1252. */
static void test_windows_1252_declared(void **state) {
    (void)state;
    static const char html[] =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        "charset=iso-8859-1\"></head><body><p>L'\xE9t\xE9 a \xE9t\xE9 sec, et la "
        "pr\xE9"
        "fecture a annonc\xE9 des restrictions d'eau \x93strictes\x94 pour tout le "
        "d\xE9partement.</p></body></html>";
    precis_page *p = extract(S(html));
    assert_string_equal(precis_page_charset(p), "WINDOWS-1252");
    assert_true(has_text(p, "L'\xC3\xA9t\xC3\xA9 a \xC3\xA9t\xC3\xA9 sec"));
    assert_true(has_text(p, "\xE2\x80\x9Cstrictes\xE2\x80\x9D"));
    precis_page_free(p);
}

static void test_utf8_declared_but_1252(void **state) {
    (void)state;
    static const char html[] =
        "<html><head><meta charset=\"utf-8\"></head><body><p>Le caf\xE9 du march\xE9 a "
        "rouvert ses portes apr\xE8s des travaux, au grand plaisir des habitu\xE9s du "
        "quartier.</p></body></html>";
    precis_page *p = extract(S(html));
    assert_string_equal(precis_page_charset(p), "WINDOWS-1252");
    assert_true(has_text(p, "Le caf\xC3\xA9 du march\xC3\xA9"));
    assert_int_equal(precis_page_warning_count(p), 1);
    precis_page_free(p);
}

static void test_gb2312_declared_but_utf8(void **state) {
    (void)state;
    static const char html[] =
        "<html><head><meta charset=\"gb2312\"></head><body><p>La r\xC3\xA9union du conseil, "
        "pr\xC3\xA9vue jeudi, a \xC3\xA9t\xC3\xA9 report\xC3\xA9"
        "e \xC3\xA0 la semaine "
        "prochaine faute de quorum.</p></body></html>";
    precis_page *p = extract(S(html));
    assert_string_equal(precis_page_charset(p), "UTF-8");
    assert_true(has_text(p, "La r\xC3\xA9union du conseil"));
    assert_string_equal(precis_page_warning(p, 0),
                        "declared charset contradicted by the bytes; decoded as detected");
    precis_page_free(p);
}

static void test_gb18030_guessed(void **state) {
    (void)state;
    /* "北京" (GB2312 B1B1 BEA9) repeated, with no declaration. */
    char html[512];
    int n = snprintf(html, sizeof html, "<html><body><p>");
    for (int i = 0; i < 20; i++)
        n += snprintf(html + n, sizeof html - (size_t)n, "\xB1\xB1\xBE\xA9");
    n += snprintf(html + n, sizeof html - (size_t)n, "</p></body></html>");
    precis_page *p = extract(html, (size_t)n);
    assert_string_equal(precis_page_charset(p), "GB18030");
    assert_true(has_text(p, "\xE5\x8C\x97\xE4\xBA\xAC\xE5\x8C\x97\xE4\xBA\xAC"));
    precis_page_free(p);
}

static void test_latin1_not_gb18030(void **state) {
    (void)state;
    /* Undeclared Latin-1 German: each accented letter stands before an
     * ASCII one, which GBK would take as a trail byte ("Gr\xfcnde"). */
    char html[1024];
    int n = snprintf(html, sizeof html, "<html><body><p>");
    for (int i = 0; i < 12; i++)
        n += snprintf(html + n, sizeof html - (size_t)n,
                      "Aus Gr\xfcnden der Sicherheit w\xe4hlt die Stadt \xf6"
                      "ffentliche Wege. ");
    n += snprintf(html + n, sizeof html - (size_t)n, "</p></body></html>");
    precis_page *p = extract(html, (size_t)n);
    assert_string_equal(precis_page_charset(p), "WINDOWS-1252");
    assert_true(has_text(p, "Aus Gr\xC3\xBCnden der Sicherheit w\xC3\xA4hlt"));
    precis_page_free(p);
}

static void test_bom(void **state) {
    (void)state;
    static const char html[] = "\xEF\xBB\xBF<p>Le pont sera ferm\xC3\xA9 lundi.</p>";
    precis_page *p = extract(S(html));
    assert_string_equal(precis_page_charset(p), "UTF-8");
    assert_string_equal(precis_page_text(p, NULL), "Le pont sera ferm\xC3\xA9 lundi.");
    precis_page_free(p);
    /* UTF-16LE with BOM: "<p>Oui</p>" */
    static const char u16[] = "\xFF\xFE<\0p\0>\0O\0u\0i\0<\0/\0p\0>\0";
    p = extract(S(u16));
    assert_string_equal(precis_page_charset(p), "UTF-16LE");
    assert_string_equal(precis_page_text(p, NULL), "Oui");
    precis_page_free(p);
}

static int has_warning(const precis_page *p, const char *part) {
    for (size_t i = 0; i < precis_page_warning_count(p); i++)
        if (strstr(precis_page_warning(p, i), part)) return 1;
    return 0;
}

/* A lone surrogate in a UTF-16 page: one U+FFFD and a warning, and every
 * unit after it decodes (a decoder that skips one byte garbles the rest);
 * both byte orders. */
static void test_utf16_lone_surrogate(void **state) {
    (void)state;
    static const char text[] = "<p>Le pont X rouvre lundi, a annonc\xE9 la mairie.</p>";
    for (int big = 0; big < 2; big++) {
        char html[256];
        size_t n = 0;
        html[n++] = big ? '\xFE' : '\xFF', html[n++] = big ? '\xFF' : '\xFE';
        for (const char *c = text; *c; c++) {
            unsigned w = *c == 'X' ? 0xDC01 : (unsigned char)*c;
            html[n++] = (char)(big ? w >> 8 : w & 0xFF);
            html[n++] = (char)(big ? w & 0xFF : w >> 8);
        }
        precis_page *p = extract(html, n);
        assert_string_equal(precis_page_charset(p), big ? "UTF-16BE" : "UTF-16LE");
        assert_string_equal(precis_page_text(p, NULL),
                            "Le pont \xEF\xBF\xBD rouvre lundi, a annonc\xC3\xA9 la mairie.");
        assert_true(has_warning(p, "1 lone UTF-16 surrogates"));
        precis_page_free(p);
    }
}

/* ISO-2022-JP, declared or not: decoded, not left as escapes and ASCII. */
static void test_iso2022jp(void **state) {
    (void)state;
    /* "東京" in ISO-2022-JP: ESC $ B 45 6C 35 7E ESC ( B */
    static const char declared[] = "<html><head><meta charset=\"iso-2022-jp\"></head><body>"
                                   "<p>\x1B$BEl5~\x1B(B</p></body></html>";
    static const char guessed[] = "<html><body><p>\x1B$BEl5~\x1B(B</p></body></html>";
    static const char lying[] = "<html><head><meta charset=\"windows-1252\"></head><body>"
                                "<p>\x1B$BEl5~\x1B(B</p></body></html>";
    const char *pages[] = {declared, guessed, lying};
    for (int i = 0; i < 3; i++) {
        precis_page *p = extract(pages[i], strlen(pages[i]));
        assert_string_equal(precis_page_charset(p), "ISO-2022-JP");
        assert_string_equal(precis_page_text(p, NULL), "\xE6\x9D\xB1\xE4\xBA\xAC");
        assert_int_equal(has_warning(p, "declared charset contradicted"), i == 2);
        precis_page_free(p);
    }
}

/* A declaration that lies: bytes the charset cannot decode are counted in a
 * warning; a French page in windows-1252 declared windows-1251 decodes to
 * words mixing Latin and Cyrillic letters, which is warned about. A real
 * windows-1251 page is not. */
static void test_charset_lies(void **state) {
    (void)state;
    static const char shift_jis[] = "<html><head><meta charset=\"shift_jis\"></head><body><p>"
                                    "Le \xA0\x81\xFD\xFE pont rouvre.</p></body></html>";
    precis_page *p = extract(S(shift_jis));
    assert_true(has_warning(p, "could not be decoded as CP932"));
    precis_page_free(p);
    static const char cyr[] =
        "<html><head><meta charset=\"windows-1251\"></head><body><p>L'\xE9t\xE9 a \xE9t\xE9 "
        "sec, la pr\xE9"
        "fecture a annonc\xE9 des restrictions d'eau pour les \xE9l\xE8ves et "
        "le d\xE9partement, apr\xE8s la r\xE9union.</p></body></html>";
    p = extract(S(cyr));
    assert_true(has_warning(p, "mixes alphabets within words"));
    precis_page_free(p);
    /* "Москва приняла новый бюджет города" and more, in windows-1251 */
    static const char ru[] = "<html><head><meta charset=\"windows-1251\"></head><body><p>"
                             "\xCC\xEE\xF1\xEA\xE2\xE0 \xEF\xF0\xE8\xED\xFF\xEB\xE0 "
                             "\xED\xEE\xE2\xFB\xE9 \xE1\xFE\xE4\xE6\xE5\xF2 "
                             "\xE3\xEE\xF0\xEE\xE4\xE0 iPhone \xE3\xEE\xF0\xEE\xE4\xE0 "
                             "\xED\xEE\xE2\xFB\xE9 \xE1\xFE\xE4\xE6\xE5\xF2.</p></body></html>";
    p = extract(S(ru));
    assert_string_equal(precis_page_charset(p), "WINDOWS-1251");
    assert_int_equal(precis_page_warning_count(p), 0);
    precis_page_free(p);
}

/* A page that gives no article text says why, instead of "input is empty":
 * only links; cut at 16 MiB before its text. */
static void test_empty_page_reason(void **state) {
    (void)state;
    char links[4096];
    size_t n = (size_t)snprintf(links, sizeof links, "<html><body><nav>");
    for (int i = 0; i < 60; i++)
        n += (size_t)snprintf(links + n, sizeof links - n, "<a href=\"/a%d\">Rubrique %d</a> ", i,
                              i);
    n += (size_t)snprintf(links + n, sizeof links - n, "</nav></body></html>");
    precis_error err = {0};
    assert_null(precis_brief_html(engine, links, n, NULL, &err));
    assert_int_equal(err.code, PRECIS_ERR_EMPTY);
    assert_non_null(strstr(err.msg, "only links"));

    size_t big = ((size_t)17 << 20) + 200;
    char *page = malloc(big);
    assert_non_null(page);
    memset(page, ' ', big);
    memcpy(page, "<html><body>", 12);
    static const char tail[] = "<p>Le conseil a vot\xC3\xA9 le budget de la ville.</p>";
    memcpy(page + big - sizeof tail, tail, sizeof tail - 1);
    precis_options o;
    precis_options_default(&o);
    o.max_input_bytes = SIZE_MAX; /* no limit: the page cut at 16 MiB */
    assert_null(precis_brief_html(engine, page, big - 1, &o, &err));
    assert_int_equal(err.code, PRECIS_ERR_EMPTY);
    assert_non_null(strstr(err.msg, "16 MiB"));
    free(page);
}

static void test_only_scripts(void **state) {
    (void)state;
    static const char html[] = "<html><head><script>var a = 'hello world';</script></head>"
                               "<body><script>document.write('x');</script><style>p{}</style>"
                               "</body></html>";
    precis_page *p = extract(S(html));
    size_t n = 99;
    assert_string_equal(precis_page_text(p, &n), "");
    assert_int_equal(n, 0);
    assert_string_equal(precis_page_warning(p, 0), "no article text found in the page");
    precis_page_free(p);
    precis_error err = {0};
    assert_null(precis_brief_html(engine, S(html), NULL, &err));
    assert_int_equal(err.code, PRECIS_ERR_EMPTY);
}

static void test_bad_arguments(void **state) {
    (void)state;
    precis_error err = {0};
    assert_null(precis_extract_html(engine, "", 0, &err));
    assert_int_equal(err.code, PRECIS_ERR_EMPTY);
    assert_null(precis_extract_html(NULL, "<p>x</p>", 8, &err));
    assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG);
    assert_null(precis_extract_html(engine, NULL, 4, &err));
    assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG);
    precis_page_free(NULL);
}

static void test_truncated_markup(void **state) {
    (void)state;
    static const char html[] = "<html><body><div class=\"article\"><p>The mayor signed the "
                               "budget late on Thursday, ending weeks of debate over the "
                               "cost of new school buildings</p><p>Then the <a href=";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "The mayor signed the budget"));
    precis_page_free(p);
}

/* A heading inside a link labels a teaser card: the article goes on after
 * it, and the card's linked headline is not article text; a paywall box is
 * not article text either. */
static void test_teaser_card_inside_article(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><div class=\"story\">"
        "<p>The harbour authority of Port Elswick approved on Monday a plan to dredge the "
        "northern channel, which has silted up since the storms of last winter, officials "
        "said.</p>"
        "<p>Fishing crews, who have had to wait for high tide to leave the quay, welcomed "
        "the decision, although the work will close the slipway for three weeks in May.</p>"
        "<div class=\"promote-related-post\"><a href=\"/x\"><h2>Related</h2>"
        "<h3>Lighthouse keeper retires after forty years</h3></a></div>"
        "<p>The dredging contract, worth about 400,000 pounds, will be awarded in April, and "
        "the spoil will be used to rebuild the dunes south of the town, the authority said.</p>"
        "<div class=\"paywall-message\"><p>To read the rest of this story, subscribe to the "
        "Elswick Gazette, with unlimited access to all our local reporting.</p></div>"
        "</div></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "The harbour authority of Port Elswick"));
    assert_true(has_text(p, "The dredging contract"));
    assert_false(has_text(p, "Lighthouse keeper retires"));
    assert_false(has_text(p, "subscribe to the Elswick Gazette"));
    precis_page_free(p);
}

/* Furniture lines ("Advertisement", "Like this:") go wherever they stand
 * without ending the article; "Über den Autor" ends it. */
static void test_boilerplate_lines(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><div>"
        "<p>Die Gemeinde Oberwald hat am Dienstag beschlossen, das alte Freibad zu sanieren, "
        "nachdem es drei Sommer lang wegen undichter Becken geschlossen bleiben musste.</p>"
        "<p>Advertisement</p>"
        "<h3>Like this:</h3>"
        "<p>Die Kosten von rund zwei Millionen Euro teilen sich das Land und die Gemeinde, "
        "die Arbeiten sollen im Herbst beginnen und im Frühjahr abgeschlossen sein.</p>"
        "<h3>Über den Autor</h3>"
        "<p>Max Mustermann schreibt seit zwanzig Jahren über Kommunalpolitik im Landkreis, "
        "am liebsten über Schwimmbäder, Straßen und die Sitzungen des Gemeinderats.</p>"
        "</div></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "Die Gemeinde Oberwald"));
    assert_true(has_text(p, "Die Kosten von rund zwei Millionen"));
    assert_false(has_text(p, "Advertisement"));
    assert_false(has_text(p, "Like this"));
    assert_false(has_text(p, "seit zwanzig Jahren"));
    precis_page_free(p);
}

/* Soft hyphens and zero-width spaces are invisible; ruby readings (<rt>)
 * would cut the base text apart. */
static void test_invisible_text(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><article>"
        "<p>Die Stadt\xC2\xADver\xC2\xADwal\xC2\xADtung hat den neuen Radweg am "
        "Fluss\xE2\x80\x8Bufer eröffnet, nach zwei Jahren Bauzeit und mehreren Verzögerungen "
        "wegen Hochwassers.</p>"
        "<p>\xE6\x96\xB0<rt>\xE3\x81\x97\xE3\x82\x93</rt>\xE3\x81\x97\xE3\x81\x84"
        "\xE6\xA9\x8B<rp>(</rp><rt>\xE3\x81\xAF\xE3\x81\x97</rt><rp>)</rp>"
        "\xE3\x81\x8C\xE3\x81\xA7\xE3\x81\x8D\xE3\x81\xBE\xE3\x81\x97\xE3\x81\x9F"
        "\xE3\x80\x82 The new bridge opened to walkers and cyclists on Sunday morning, with a "
        "small ceremony by the river.</p>"
        "</article></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "Die Stadtverwaltung hat"));
    assert_true(has_text(p, "Flussufer eröffnet"));
    /* 新しい橋ができました without the readings */
    assert_true(has_text(p, "\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84\xE6\xA9\x8B\xE3\x81\x8C"));
    precis_page_free(p);
}

/* A page that shows only the start of the article while its JSON-LD
 * articleBody (with HTML entities left in) has all of it. */
static void test_json_ld_longer_body(void **state) {
    (void)state;
    static const char html[] =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"headline\":\"Tram line extended\",\"articleBody\":\"The city&#039;s tram line "
        "will be extended by four stops to the new hospital, the transport board decided on "
        "Thursday after a year of studies and public meetings. Construction starts in June "
        "and the first trams should run in 2027. The board said the &quot;hospital branch&quot; "
        "will cost 90 million euros, shared with the region.\"}</script></head><body>"
        "<article><p>The city's tram line will be extended by four stops to the new hospital, "
        "the transport board decided on Thursday after a year of studies and public "
        "meetings.</p><p>Subscribe to read more.</p></article></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "The city's tram line"));
    assert_true(has_text(p, "The board said the \"hospital branch\" will cost"));
    assert_false(has_text(p, "&quot;"));
    precis_page_free(p);
}

/* Wall-clock bounds mean nothing under valgrind or sanitizers. */
static int time_bounded(void) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__)
    return 0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
    return 0;
#else
    return getenv("PRECIS_NO_TIME_BOUNDS") == NULL;
#endif
#else
    return getenv("PRECIS_NO_TIME_BOUNDS") == NULL;
#endif
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void test_deep_nesting(void **state) {
    (void)state;
    const size_t depth = 100000;
    static const char para[] = "<p>Deep inside the page, the article text still survives, "
                               "with its commas, clauses and a full stop.</p>";
    size_t cap = depth * 11 + sizeof para;
    char *html = malloc(cap);
    assert_non_null(html);
    size_t n = 0;
    for (size_t i = 0; i < depth; i++)
        memcpy(html + n, "<div>", 5), n += 5;
    memcpy(html + n, para, sizeof para - 1), n += sizeof para - 1;
    for (size_t i = 0; i < depth; i++)
        memcpy(html + n, "</div>", 6), n += 6;
    double t0 = now();
    precis_page *p = extract(html, n);
    if (time_bounded()) assert_true(now() - t0 < 10.0);
    assert_true(has_text(p, "Deep inside the page"));
    /* The breach is reported, naming the limit and how to raise it. */
    char want[200];
    snprintf(want, sizeof want,
             "%zu elements nested deeper than 1000 levels were flattened (the max_depth option)",
             depth - 1000);
    assert_int_equal(precis_page_warning_count(p), 1);
    assert_string_equal(precis_page_warning(p, 0), want);
    precis_page_free(p);
    /* Unclosed: truncated nesting. */
    p = extract(html, depth * 5 + sizeof para - 1);
    assert_true(has_text(p, "the article text still survives"));
    precis_page_free(p);
    free(html);
}

/* options.max_html_depth: a page within the limit has no warning; a lower
 * limit flattens it, keeps the text and says so; the brief carries it. */
static void test_max_html_depth_option(void **state) {
    (void)state;
    static const char page[] =
        "<html><body><div><div><section><div><article><div><p>The ferry to Lanvec resumes "
        "its winter timetable on Monday, the harbour office said, after a month of repairs "
        "to the landing stage.</p><p>Passengers had been taken across by a smaller boat "
        "since early November.</p></div></article></div></section></div></div></body></html>";
    precis_page *p = extract(S(page));
    assert_int_equal(precis_page_warning_count(p), 0);
    precis_page_free(p);

    precis_options o;
    precis_options_default(&o);
    assert_int_equal(o.max_html_depth, 1000);
    o.max_html_depth = 4;
    precis_error err = {0};
    p = precis_extract_html_opts(engine, S(page), &o, &err);
    assert_non_null(p);
    assert_true(has_text(p, "The ferry to Lanvec resumes"));
    assert_true(has_text(p, "since early November"));
    assert_int_equal(precis_page_warning_count(p), 1);
    assert_non_null(strstr(precis_page_warning(p, 0), "deeper than 4 levels"));
    assert_non_null(strstr(precis_page_warning(p, 0), "max_depth"));
    precis_page_free(p);

    precis_brief *b = precis_brief_html(engine, S(page), &o, &err);
    assert_non_null(b);
    int found = 0;
    for (size_t i = 0; i < precis_brief_warning_count(b); i++)
        found |= strstr(precis_brief_warning(b, i), "the max_depth option") != NULL;
    assert_true(found);
    precis_brief_free(b);

    /* 0 means the default. */
    o.max_html_depth = 0;
    p = precis_extract_html_opts(engine, S(page), &o, &err);
    assert_non_null(p);
    assert_int_equal(precis_page_warning_count(p), 0);
    precis_page_free(p);

    /* max_input_bytes holds for pages too. */
    o.max_input_bytes = 100;
    assert_null(precis_extract_html_opts(engine, S(page), &o, &err));
    assert_int_equal(err.code, PRECIS_ERR_TOO_LARGE);
    assert_int_equal(err.pos, 100);
    assert_null(precis_brief_html(engine, S(page), &o, &err));
    assert_int_equal(err.code, PRECIS_ERR_TOO_LARGE);
}

static void test_large_page_is_cut(void **state) {
    (void)state;
    size_t n = PRECIS_HTML_MAX_BYTES + 4096;
    char *html = malloc(n);
    assert_non_null(html);
    static const char para[] = "<p>A long page repeats this sentence, again and again.</p>\n";
    size_t k = 0;
    while (k + sizeof para - 1 <= n)
        memcpy(html + k, para, sizeof para - 1), k += sizeof para - 1;
    memset(html + k, ' ', n - k);
    double t0 = now();
    precis_page *p = extract(html, n);
    if (time_bounded()) assert_true(now() - t0 < 30.0);
    assert_string_equal(precis_page_warning(p, 0),
                        "page larger than 16 MiB: only its first 16 MiB were read");
    assert_true(has_text(p, "A long page repeats"));
    precis_page_free(p);
    free(html);
}

static void test_brief_html(void **state) {
    (void)state;
    precis_error err = {0};
    precis_brief *b = precis_brief_html(engine, S(news_page), NULL, &err);
    assert_non_null(b);
    size_t n;
    const char *t = precis_brief_title(b, &n);
    assert_int_equal(n, strlen("Harbour bridge reopens after repairs"));
    assert_memory_equal(t, "Harbour bridge reopens after repairs", n);
    assert_string_equal(precis_brief_lang(b), "en");
    assert_true(precis_brief_point_count(b) >= 1);
    /* The JSON brief carries the page's metadata. */
    char *json = precis_brief_render(b, PRECIS_FORMAT_JSON, &n, NULL);
    assert_non_null(json);
    assert_non_null(strstr(json, ",\"page\":{\"title\":\"Harbour bridge reopens after repairs\","
                                 "\"date\":\"2024-03-05T09:30:00Z\",\"author\":\"Jane Marlow\","
                                 "\"site\":\"The Coastal Courier\","
                                 "\"url\":\"https://courier.example/bridge\","
                                 "\"lang\":\"en-GB\",\"charset\":\"UTF-8\"},\"key_points\""));
    precis_string_free(engine, json);
    precis_brief_free(b);
    /* A brief of plain text has no page object. */
    b = precis_brief_text(engine,
                          S("The harbour bridge reopened on Tuesday. Commuters "
                            "welcomed the news after three months of detours."),
                          NULL, &err);
    assert_non_null(b);
    json = precis_brief_render(b, PRECIS_FORMAT_JSON, &n, NULL);
    assert_null(strstr(json, "\"page\""));
    precis_string_free(engine, json);
    precis_brief_free(b);
}

/* Two paragraphs of fictional harbour news, so that the block beside them
 * is inside the article. */
#define HARBOUR_PARAS                                                                              \
    "<p>The harbour authority of Port Elswick approved on Monday a plan to dredge the "            \
    "northern channel, which has silted up since the storms of last winter, officials "            \
    "said.</p>"                                                                                    \
    "<p>Fishing crews, who have had to wait for high tide to leave the quay, welcomed the "        \
    "decision, although the work will close the slipway for three weeks in May.</p>"
/* The paragraph most of the tests below expect to keep ("The dredging contract"). */
#define DREDGING_PARA                                                                              \
    "<p>The dredging contract, worth about 400,000 pounds, will be awarded in April, and "         \
    "the spoil will be used to rebuild the dunes south of the town.</p>"

/* A data table reads row by row: the cells of a row on one line, their
 * links (a film's name) kept. */
static void test_table_rows(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><div class=\"content\">" HARBOUR_PARAS
        "<table><tr><th>Boat</th><th>Year</th><th>Note</th></tr>"
        "<tr><td><a href=\"/b1\">Morning Star</a></td><td>1987</td>"
        "<td>Trawler, moored at the east quay</td></tr>"
        "<tr><td><a href=\"/b2\">Sea Lark</a></td><td>2004</td>"
        "<td>Ferry to the islands, twice a day</td></tr></table>" DREDGING_PARA
        "</div></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "Boat Year Note"));
    assert_true(has_text(p, "Morning Star 1987 Trawler, moored at the east quay"));
    assert_true(has_text(p, "Sea Lark 2004 Ferry"));
    precis_page_free(p);
}

/* MathML is read as text inside its sentence, and an empty block (an
 * injected widget) does not cut a sentence in two. */
static void test_math_and_empty_blocks(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><article>" HARBOUR_PARAS
        "<p>The channel will be <math><mi>x</mi><mo>=</mo><mn>4</mn></math> metres deep at "
        "low tide.</p><div class=\"text\">The engineers said so<div class=\"badge\">"
        "<div></div></div> on Monday in their report to the council.</div>"
        "</article></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "will be x=4 metres deep"));
    assert_true(has_text(p, "said so on Monday in their report"));
    assert_true(has_text(p, "deep at low tide."));
    precis_page_free(p);
}

/* Long list items made of links are kept when prose follows them (a list
 * of sources inside the article); at the end of the article such a list
 * is a "related stories" block and goes. A last heading with nothing
 * after it stays. */
static void test_link_lists(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><article>" HARBOUR_PARAS
        "<ul><li><a href=\"/r1\">Survey of the northern channel after the winter storms of "
        "last year</a></li><li><a href=\"/r2\">Council minutes on the slipway closure, from "
        "the March meeting</a></li></ul>" DREDGING_PARA
        "<ul><li><a href=\"/r3\">Lighthouse keeper retires after forty years of service at "
        "the point</a></li><li><a href=\"/r4\">New ferry timetable for the islands starts "
        "in June, with more boats</a></li></ul>"
        "</article></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "Survey of the northern channel"));
    assert_true(has_text(p, "The dredging contract"));
    assert_false(has_text(p, "Lighthouse keeper retires"));
    precis_page_free(p);
    static const char html2[] = "<html><body><article><h2>The quay at dawn</h2>"
                                "<img src=\"a.jpg\"><h2>The quay at dusk</h2><img src=\"b.jpg\">"
                                "</article></body></html>";
    p = extract(S(html2));
    assert_true(has_text(p, "The quay at dawn"));
    assert_true(has_text(p, "The quay at dusk"));
    precis_page_free(p);
}

/* An article split over three deep sections, each scoring apart, is kept
 * whole: the smaller two hold as much prose as the largest. */
static void test_split_article(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><div class=\"page\">"
        "<div class=\"part\"><div><div><div><div><div>"
        "<p>The harbour authority of Port Elswick approved on Monday a plan to dre"
        "dge the northern channel, which has silted up since the storms of last winter.</p>"
        "<p>Fishing crews, who have had to wait for high tide to leave the quay, w"
        "elcomed the decision, although the work will close the slipway for three "
        "weeks.</p>" DREDGING_PARA
        "<p>The last dredging of the channel, in 1998, took four months and was de"
        "layed by storms, and the authority has kept a reserve fund for the same risk.</p>"
        "</div></div></div></div></div></div>"
        "<div class=\"part\"><div><div><div><div><div>"
        "<p>Second part: the ferry company said its timetable would not change, al"
        "though the boats will dock at the west pier while the work goes on.</p>"
        "<p>Passengers with bicycles are asked to use the footbridge, which will s"
        "tay open, and the car park by the pier will be free until June.</p>"
        "</div></div></div></div></div></div>"
        "<div class=\"part\"><div><div><div><div><div>"
        "<p>Third part: residents can see the plans at the harbour office until th"
        "e end of the month, and a public meeting is planned for early March.</p>"
        "<p>The mayor said the town had waited too long for the work, and thanked "
        "the crews for their patience during a difficult winter on the quay.</p>"
        "</div></div></div></div></div></div>"
        "</div></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "The harbour authority of Port Elswick"));
    assert_true(has_text(p, "Second part: the ferry company"));
    assert_true(has_text(p, "Third part: residents can see"));
    precis_page_free(p);
}

/* The standfirst between the headline and the body's container is kept;
 * the byline there is not. */
static void test_standfirst(void **state) {
    (void)state;
    static const char html[] =
        "<html><head><title>Channel to be dredged | Elswick Gazette</title></head><body>"
        "<div class=\"head\"><h1>Channel to be dredged</h1>"
        "<div class=\"summary\"><p>Port Elswick's northern channel will be dredged in May, "
        "after a winter of storms left fishing boats stuck at the quay.</p></div>"
        "<div class=\"byline\">By Ann Reed</div></div>"
        "<div class=\"row\"><div class=\"col\">" HARBOUR_PARAS DREDGING_PARA
        "</div></div></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "will be dredged in May"));
    assert_true(has_text(p, "The dredging contract"));
    assert_false(has_text(p, "By Ann Reed"));
    assert_false(has_text(p, "Channel to be dredged"));
    precis_page_free(p);
}

/* A standfirst marked like boilerplate is kept too: in a "teaser" box inside
 * the container, or in the page header under a headline that differs from
 * the title only in punctuation; a newsletter box outside the container is
 * not. */
static void test_standfirst_marked_as_boilerplate(void **state) {
    (void)state;
    static const char inside[] =
        "<html><head><title>Channel to be dredged | Elswick Gazette</title></head><body>"
        "<article><h1>Channel to be dredged</h1>"
        "<p class=\"teaser\">Port Elswick's northern channel will be dredged in May, after a "
        "winter of storms left fishing boats stuck at the quay.</p>" HARBOUR_PARAS DREDGING_PARA
        "</article></body></html>";
    precis_page *p = extract(S(inside));
    assert_true(has_text(p, "will be dredged in May"));
    assert_true(has_text(p, "The dredging contract"));
    precis_page_free(p);
    static const char header[] =
        "<html><head><title>Dredging - \"The channel must be dug\"</title></head><body>"
        "<header><h1>Dredging<br>\"The channel must be dug\"</h1>"
        "<p>Port Elswick's northern channel will be dredged in May, after a winter of storms "
        "left fishing boats stuck at the quay.</p></header>"
        "<div class=\"newsletter\"><p>Sign up to our weekly letter and get the news of the "
        "harbour, the ferries and the fish market every Friday morning.</p></div>"
        "<div class=\"row\"><div class=\"col\">" HARBOUR_PARAS DREDGING_PARA
        "</div></div></body></html>";
    p = extract(S(header));
    assert_true(has_text(p, "will be dredged in May"));
    assert_true(has_text(p, "The dredging contract"));
    assert_false(has_text(p, "Sign up"));
    precis_page_free(p);
}

/* A class naming a part of the post that is not its text ("entry-footer",
 * "postmetadata") marks boilerplate even with "entry" or "post" in it; a
 * state class ("has-sharing") does not. */
static void test_post_parts(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><div class=\"post\"><div class=\"entry has-sharing\">" HARBOUR_PARAS
            DREDGING_PARA "</div>"
        "<p class=\"postmetadata\">This entry was written on Monday, the fifth of May, at "
        "noon, and filed under Harbour news and Port Elswick.</p>"
        "<div class=\"entry-footer\">Comments are closed on this post since the tenth of "
        "May, the editors of the Gazette said.</div></div></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "The harbour authority of Port Elswick"));
    assert_true(has_text(p, "The dredging contract"));
    assert_false(has_text(p, "This entry was written"));
    assert_false(has_text(p, "Comments are closed"));
    precis_page_free(p);
}

/* A short call to subscribe, follow or donate, a word or pair of words of
 * data/<lang>/boilerplate-calls.txt, goes wherever it stands; a paragraph
 * that speaks of subscribers stays. */
static void test_calls_to_subscribe(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><article>" HARBOUR_PARAS
        "<p>Sign up to get the harbour news every Friday morning!</p>"
        "<p>The ferry company, which has 12,000 subscribers to its season ticket, said the "
        "timetable would not change.</p>"
        "<p>Abonnez-vous &agrave; notre lettre du port.</p>" DREDGING_PARA
        "<p>Never miss a story: our Harbour Newsletter, every week.</p>"
        "<p>Local news costs money to make. Donate now and keep the Gazette free.</p>"
        "<p>Soutenez-nous : faites un don au journal du port.</p>"
        "</article></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "The harbour authority of Port Elswick"));
    assert_true(has_text(p, "12,000 subscribers"));
    assert_true(has_text(p, "The dredging contract"));
    assert_false(has_text(p, "Sign up"));
    assert_false(has_text(p, "Abonnez"));
    assert_false(has_text(p, "Newsletter"));
    assert_false(has_text(p, "Donate now"));
    assert_false(has_text(p, "faites un don"));
    precis_page_free(p);
}

/* <noscript> is read only when the rest of the page holds next to nothing:
 * a page whose body sits in it (an unclosed element there), a post the page
 * renders by script. */
static void test_noscript(void **state) {
    (void)state;
    static const char only[] = "<html><body><noscript><div id=\"nojs\"></noscript>"
                               "<div class=\"text\">" HARBOUR_PARAS
                               "<p>The dredging contract, worth about 400,000 pounds, will be "
                               "awarded in April.</p></div>"
                               "<noscript></div></noscript></body></html>";
    precis_page *p = extract(S(only));
    assert_true(has_text(p, "The harbour authority of Port Elswick"));
    assert_true(has_text(p, "The dredging contract"));
    precis_page_free(p);
    static const char beside[] =
        "<html><body><article>" HARBOUR_PARAS
        "<noscript><p>Please turn on JavaScript in your browser to see the map of the "
        "channel and the dredging schedule.</p></noscript></article></body></html>";
    p = extract(S(beside));
    assert_true(has_text(p, "The harbour authority of Port Elswick"));
    assert_false(has_text(p, "JavaScript"));
    precis_page_free(p);
}

/* An "Also read" box amid the text does not end the article when its
 * paragraphs go on after it; at the end, such a heading still does. */
static void test_read_also_box(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><article>" HARBOUR_PARAS
        "<p>The council will vote on the budget for the works at its next meeting, which is "
        "held in the town hall on the first Monday of the month, as every year since 1990.</p>"
        "<div class=\"box\"><h4>Also read</h4><ul><li><a href=\"/a\">Ferry times</a></li>"
        "<li><a href=\"/b\">New cycle lanes</a></li></ul></div>"
        "<p>The dredging contract, worth about 400,000 pounds, will be awarded in April, and "
        "the spoil will be used to rebuild the dunes south of the town, the council said.</p>"
        "<h3>Also read</h3>"
        "<p>Storms of the last winter: the quay, the beach huts and the lighthouse road were "
        "damaged in January, and the repairs are not finished yet, the council said.</p>"
        "</article></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "The harbour authority of Port Elswick"));
    assert_true(has_text(p, "The dredging contract"));
    assert_false(has_text(p, "Also read"));
    assert_false(has_text(p, "Ferry times"));
    assert_false(has_text(p, "Storms of the last winter"));
    precis_page_free(p);
}

/* A short picture credit naming an agency goes; a sentence naming one
 * stays. */
static void test_agency_credits(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><article>" HARBOUR_PARAS "<p>AFP / Ann Reed</p><p>Getty Images</p>"
        "<p>Reuters reported that the dredging contract will be awarded in April.</p>" DREDGING_PARA
        "</article></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "The dredging contract"));
    assert_true(has_text(p, "Reuters reported"));
    assert_false(has_text(p, "Ann Reed"));
    assert_false(has_text(p, "Getty"));
    precis_page_free(p);
}

/* A press release's contact heading ends it, as related links do. */
static void test_contact_heading(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><article>" HARBOUR_PARAS DREDGING_PARA
        "<h3>Kontakt:</h3><p>Hafenamt Port Elswick, Pressestelle, Kaistra&szlig;e 1</p>"
        "</article></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "The dredging contract"));
    assert_false(has_text(p, "Kontakt"));
    assert_false(has_text(p, "Pressestelle"));
    precis_page_free(p);
}

/* Credit and source lines ("Foto: ...", "Source: ...") and image legends
 * are not article text. */
static void test_credit_lines(void **state) {
    (void)state;
    static const char html[] =
        "<html><body><article>" HARBOUR_PARAS "<p><em>Photo: Ann Reed</em></p>"
        "<div class=\"img-legend\">The quay at low tide, seen from the "
        "lighthouse</div>" DREDGING_PARA "<p>Source: Port Elswick harbour authority</p>"
        "<p>Foto : Hafenamt</p></article></body></html>";
    precis_page *p = extract(S(html));
    assert_true(has_text(p, "The dredging contract"));
    assert_false(has_text(p, "Ann Reed"));
    assert_false(has_text(p, "seen from the lighthouse"));
    assert_false(has_text(p, "harbour authority\n"));
    assert_false(has_text(p, "Source:"));
    assert_false(has_text(p, "Hafenamt"));
    precis_page_free(p);
}

/* The pre-pass empties scripts and styles but JSON-LD, also when a long tag
 * follows a short emptied body (the tag is read before it is moved). */
static void test_scripts_emptied(void **state) {
    (void)state;
    char html[] = "<style>p{}</style><script type=\"text/javascript\" id=\"a-rather-long-id\">"
                  "var x = '<p>';</script><SCRIPT type=\"application/ld+json\">{\"a\":1}</SCRIPT>"
                  "<title>T</title><p>Text</p>";
    static const char want[] = "<style></style><script type=\"text/javascript\" "
                               "id=\"a-rather-long-id\"></script><SCRIPT "
                               "type=\"application/ld+json\">{\"a\":1}</SCRIPT><title>T</title>"
                               "<p>Text</p>";
    size_t dropped = 0;
    size_t n = precis_html_cap_depth(html, strlen(html), 1000, &dropped);
    assert_int_equal(dropped, 0);
    assert_int_equal(n, strlen(want));
    assert_memory_equal(html, want, n);
}

/* tests/data/html-boilerplate.txt (format in its header): every case run,
 * every failed check listed. */
static void test_boilerplate_cases(void **state) {
    (void)state;
    size_t len;
    char *text = read_file(PRECIS_SOURCE_DIR "/tests/data/html-boilerplate.txt", &len);
    assert_non_null(text);
    char name[200] = "";
    char *page = NULL;
    size_t page_len = 0, cases = 0, failed = 0;
    precis_page *p = NULL;
    for (char *line = text; *line;) {
        char *eol = strchr(line, '\n');
        size_t n = eol ? (size_t)(eol - line) : strlen(line);
        char *next = eol ? eol + 1 : line + n;
        line[n] = '\0';
        if (strncmp(line, "== ", 3) == 0) {
            precis_page_free(p);
            p = NULL;
            snprintf(name, sizeof name, "%s", line + 3);
            page_len = 0;
            cases++;
        } else if ((line[0] == '+' || line[0] == '-') && line[1] == ' ') {
            if (!p) p = extract(page, page_len);
            if (has_text(p, line + 2) != (line[0] == '+')) {
                printf("  %s: %s\n", name, line);
                fflush(stdout);
                failed++;
            }
        } else if (line[0] != '#' && name[0]) {
            char *grown = realloc(page, page_len + n + 2);
            assert_non_null(grown);
            page = grown;
            memcpy(page + page_len, line, n);
            page_len += n;
            page[page_len++] = '\n';
            page[page_len] = '\0';
        }
        line = next;
    }
    precis_page_free(p);
    free(page);
    free(text);
    printf("  %zu boilerplate cases, %zu failed checks\n", cases, failed);
    assert_true(cases > 0);
    assert_int_equal(failed, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_article_and_boilerplate),
        cmocka_unit_test(test_json_ld),
        cmocka_unit_test(test_end_of_article),
        cmocka_unit_test(test_link_box_in_article),
        cmocka_unit_test(test_related_articles_class),
        cmocka_unit_test(test_comment_count_heading),
        cmocka_unit_test(test_end_marker_prefix),
        cmocka_unit_test(test_author_box_and_slides),
        cmocka_unit_test(test_title_site_suffix),
        cmocka_unit_test(test_windows_1252_declared),
        cmocka_unit_test(test_utf8_declared_but_1252),
        cmocka_unit_test(test_gb2312_declared_but_utf8),
        cmocka_unit_test(test_gb18030_guessed),
        cmocka_unit_test(test_latin1_not_gb18030),
        cmocka_unit_test(test_bom),
        cmocka_unit_test(test_utf16_lone_surrogate),
        cmocka_unit_test(test_empty_page_reason),
        cmocka_unit_test(test_iso2022jp),
        cmocka_unit_test(test_charset_lies),
        cmocka_unit_test(test_only_scripts),
        cmocka_unit_test(test_bad_arguments),
        cmocka_unit_test(test_truncated_markup),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_max_html_depth_option),
        cmocka_unit_test(test_large_page_is_cut),
        cmocka_unit_test(test_brief_html),
        cmocka_unit_test(test_teaser_card_inside_article),
        cmocka_unit_test(test_boilerplate_lines),
        cmocka_unit_test(test_invisible_text),
        cmocka_unit_test(test_json_ld_longer_body),
        cmocka_unit_test(test_table_rows),
        cmocka_unit_test(test_math_and_empty_blocks),
        cmocka_unit_test(test_link_lists),
        cmocka_unit_test(test_split_article),
        cmocka_unit_test(test_standfirst),
        cmocka_unit_test(test_standfirst_marked_as_boilerplate),
        cmocka_unit_test(test_credit_lines),
        cmocka_unit_test(test_post_parts),
        cmocka_unit_test(test_calls_to_subscribe),
        cmocka_unit_test(test_noscript),
        cmocka_unit_test(test_read_also_box),
        cmocka_unit_test(test_contact_heading),
        cmocka_unit_test(test_agency_credits),
        cmocka_unit_test(test_scripts_emptied),
        cmocka_unit_test(test_boilerplate_cases),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
