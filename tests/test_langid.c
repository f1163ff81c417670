/* test_langid.c - language table and language identification. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "precis_internal.h"

enum { FR, EN, DE, ES, IT, PT, NL };
#define ALL_LANGS ((1u << PRECIS_MAX_LANGS) - 1)

/* Fictional news snippets of one to three sentences. */
static const struct {
    int lang;
    const char *text;
} samples[] = {
    {FR, "Le conseil municipal de Saint-Aubin a voté mardi soir la rénovation complète de la "
         "piscine, fermée depuis deux ans."},
    {FR, "Selon la préfecture, près de trois cents foyers restaient privés d'électricité jeudi "
         "matin après le passage de la tempête."},
    {FR, "La ministre a annoncé une enveloppe de 40 millions d'euros pour les lycées agricoles. "
         "Les syndicats jugent la somme insuffisante."},
    {FR, "Un incendie s'est déclaré dans un entrepôt de la zone industrielle. Aucun blessé n'est "
         "à déplorer, indiquent les pompiers."},
    {FR, "Les négociations entre la direction et les salariés de l'usine reprendront lundi, "
         "a-t-on appris auprès de l'intersyndicale."},
    {FR, "Le festival de jazz de la ville attend cette année plus de vingt mille spectateurs sur "
         "quatre jours."},
    {EN, "The city council approved a plan on Tuesday to rebuild the old harbour bridge, which "
         "has been closed since the floods."},
    {EN, "Police said two men had been arrested after a break-in at a jewellery shop in the town "
         "centre early on Sunday."},
    {EN, "Shares in the retailer fell sharply after it warned that profits would be lower than "
         "expected. Analysts blamed weak demand."},
    {EN, "The health minister promised new funding for rural hospitals. Doctors' unions said the "
         "money would not be enough."},
    {EN, "Thousands of fans queued overnight for tickets to the final, which sold out within an "
         "hour."},
    {DE, "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss bis zum "
         "nächsten Sommer zu sanieren."},
    {DE, "Nach Angaben der Polizei wurden bei dem Unfall auf der Autobahn drei Menschen leicht "
         "verletzt."},
    {DE, "Die Regierung will die Förderung für Elektroautos verlängern. Kritiker halten das "
         "Programm für zu teuer."},
    {DE, "Wegen des Streiks fielen am Montag zahlreiche Züge aus. Die Gewerkschaft kündigte "
         "weitere Aktionen an."},
    {DE, "Das Museum zeigt ab Freitag eine Ausstellung über die Geschichte der Schifffahrt in "
         "der Region."},
    {ES, "El ayuntamiento aprobó el martes un plan para reformar el mercado central, cerrado "
         "desde hace dos años."},
    {ES, "Según la policía, dos personas resultaron heridas en un accidente de tráfico en la "
         "autopista del norte."},
    {ES, "El Gobierno anunció una subida de las pensiones para el próximo año. Los sindicatos "
         "consideran que es insuficiente."},
    {ES, "Miles de aficionados celebraron en las calles la victoria del equipo local en la final "
         "de la copa."},
    {ES, "La empresa despedirá a trescientos trabajadores de su fábrica de Valencia, según "
         "fuentes sindicales."},
    {IT, "Il consiglio comunale ha approvato martedì il progetto per la ristrutturazione della "
         "stazione ferroviaria."},
    {IT, "Secondo la polizia, due uomini sono stati arrestati dopo una rapina in una gioielleria "
         "del centro storico."},
    {IT, "Il governo ha annunciato nuovi fondi per le scuole del sud. I sindacati giudicano la "
         "cifra troppo bassa."},
    {IT, "Migliaia di tifosi hanno festeggiato nelle strade la vittoria della squadra nella "
         "finale di coppa."},
    {IT, "L'azienda chiuderà lo stabilimento entro la fine dell'anno, lasciando senza lavoro "
         "quasi quattrocento dipendenti."},
    {PT, "A câmara municipal aprovou na terça-feira um plano para recuperar o mercado antigo, "
         "fechado há dois anos."},
    {PT, "Segundo a polícia, dois homens foram detidos depois de um assalto a uma joalharia no "
         "centro da cidade."},
    {PT, "O governo anunciou um aumento das pensões para o próximo ano. Os sindicatos "
         "consideram que não é suficiente."},
    {PT, "Milhares de adeptos festejaram nas ruas a vitória da equipa na final da taça."},
    {PT, "A empresa vai despedir trezentos trabalhadores da sua fábrica no norte do país, "
         "segundo fontes sindicais."},
    {NL, "De gemeenteraad heeft dinsdag besloten de oude brug over de rivier volgend jaar te "
         "vernieuwen."},
    {NL, "Volgens de politie raakten bij het ongeluk op de snelweg drie mensen lichtgewond."},
    {NL, "De regering wil de subsidie voor elektrische auto's verlengen. Critici vinden het "
         "programma te duur."},
    {NL, "Door de staking vielen maandag veel treinen uit. De vakbond kondigde nieuwe acties "
         "aan."},
    {NL, "Het museum opent vrijdag een tentoonstelling over de geschiedenis van de scheepvaart "
         "in de regio."},
};
#define NSAMPLES (sizeof samples / sizeof samples[0])

static const char article_fr[] =
    "Inondations : la vallée de la Lesse se prépare à une nouvelle crue\n\n"
    "Les habitants des communes riveraines ont passé la nuit à surélever leurs meubles, alors "
    "que la rivière est sortie de son lit pour la deuxième fois en un mois. La préfecture a "
    "placé le département en vigilance orange et ouvert trois gymnases pour accueillir les "
    "familles évacuées.\n\n"
    "« Nous n'avons jamais vu l'eau monter aussi vite », raconte une commerçante du centre-ville, "
    "qui a fermé sa boutique dès mercredi. Les pompiers ont effectué une quarantaine "
    "d'interventions, principalement pour des caves inondées et des routes coupées.\n\n"
    "Le maire demande à l'État de reconnaître l'état de catastrophe naturelle afin que les "
    "sinistrés puissent être indemnisés rapidement par leurs assureurs.";

static const char article_en[] =
    "Rail operator fined over timetable chaos\n\n"
    "A regional rail operator has been fined two million pounds after a new timetable left "
    "thousands of commuters stranded for several weeks last spring. The regulator said the "
    "company had failed to plan for a shortage of drivers and had given passengers too little "
    "information about cancellations.\n\n"
    "The firm apologised and said it had since hired more staff. Passenger groups welcomed the "
    "decision but warned that services on some branch lines were still unreliable, with one in "
    "ten trains running late in the last quarter.";

static precis_langid *new_id(unsigned mask) {
    precis_error err = {0};
    precis_langid *id = precis_langid_new(mask, NULL, &err);
    assert_non_null(id);
    assert_int_equal(err.code, PRECIS_OK);
    return id;
}

static void test_language_table(void **state) {
    (void)state;
    assert_string_equal(precis_languages(), "fr,en,de,es,it,pt,nl");
    /* precis_languages() lists the rows' codes in order */
    char joined[64] = "";
    for (int i = 0; i < PRECIS_MAX_LANGS; i++) {
        if (i) strcat(joined, ",");
        strcat(joined, precis_lang_code(i));
    }
    assert_string_equal(joined, precis_languages());
    assert_int_equal(precis_lang_index("fr", 2), FR);
    assert_int_equal(precis_lang_index("EN", 2), EN);
    assert_int_equal(precis_lang_index("nl", 2), NL);
    assert_int_equal(precis_lang_index("fra", 3), FR);
    assert_int_equal(precis_lang_index("fre", 3), FR);
    assert_int_equal(precis_lang_index("Ger", 3), DE);
    assert_int_equal(precis_lang_index("deu", 3), DE);
    assert_int_equal(precis_lang_index("dut", 3), NL);
    assert_int_equal(precis_lang_index("por", 3), PT);
    assert_int_equal(precis_lang_index("frx", 2), FR); /* only n bytes are read */
    assert_int_equal(precis_lang_index("xx", 2), -1);
    assert_int_equal(precis_lang_index("f", 1), -1);
    assert_int_equal(precis_lang_index("french", 6), -1);
    assert_int_equal(precis_lang_index("", 0), -1);
    assert_int_equal(precis_lang_index(NULL, 2), -1);
}

static void test_headings(void **state) {
    (void)state;
    assert_string_equal(precis_lang_heading(FR), "Principaux renseignements");
    assert_string_equal(precis_lang_heading(EN), "Key points");
    assert_string_equal(precis_lang_heading(DE), "Das Wichtigste in Kürze");
    assert_string_equal(precis_lang_heading(ES), "Puntos clave");
    assert_string_equal(precis_lang_heading(IT), "Punti chiave");
    assert_string_equal(precis_lang_heading(PT), "Pontos principais");
    assert_string_equal(precis_lang_heading(NL), "Belangrijkste punten");
    assert_string_equal(precis_lang_heading(-1), "Key points");
    assert_string_equal(precis_lang_heading(PRECIS_MAX_LANGS), "Key points");
}

static void test_sentences(void **state) {
    (void)state;
    precis_langid *id = new_id(ALL_LANGS);
    for (size_t i = 0; i < NSAMPLES; i++) {
        double conf = -1;
        int got = precis_langid_guess(id, samples[i].text, strlen(samples[i].text), &conf);
        if (got != samples[i].lang)
            fail_msg("sample %zu: got %d, want %s: %s", i, got, precis_lang_code(samples[i].lang),
                     samples[i].text);
        assert_true(conf > 0.0 && conf <= 1.0);
    }
    precis_langid_free(id);
}

static void test_articles_are_sure(void **state) {
    (void)state;
    precis_langid *id = new_id(ALL_LANGS);
    double conf = 0;
    assert_int_equal(precis_langid_guess(id, article_fr, strlen(article_fr), &conf), FR);
    assert_true(conf >= 0.9);
    assert_int_equal(precis_langid_guess(id, article_en, strlen(article_en), &conf), EN);
    assert_true(conf >= 0.9);
    /* the confidence pointer is optional */
    assert_int_equal(precis_langid_guess(id, article_en, strlen(article_en), NULL), EN);
    precis_langid_free(id);
}

/* Too short, not text, or no loaded language: -1 or a low confidence. */
static void test_unknown(void **state) {
    (void)state;
    precis_langid *id = new_id(ALL_LANGS);
    static const char *const unknown[] = {
        "",
        "Hello world, this is it.", /* 19 letters */
        "2024-03-12 18:45:00 +0100 1234567890 987654321",
        "ABC DEF GHI JKL MNO PQR STU VWX YZA BCD EFG",
        "https://example.com/path/to/resource?id=12345&ref=abcdef&utm_source=newsletter",
    };
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        double conf = 1;
        int got = precis_langid_guess(id, unknown[i], strlen(unknown[i]), &conf);
        if (got >= 0 && conf >= 0.2)
            fail_msg("%s: got %d with confidence %f", unknown[i], got, conf);
        if (got < 0) assert_true(conf == 0.0);
    }
    double conf = 1;
    assert_int_equal(precis_langid_guess(id, NULL, 0, &conf), -1);
    assert_true(conf == 0.0);
    /* languages we do not support get a low confidence */
    static const char *const foreign[] = {
        "Rada miasta zatwierdziła we wtorek plan remontu starego mostu, który jest zamknięty od "
        "czasu powodzi.",
        "Kaupunginvaltuusto hyväksyi tiistaina suunnitelman vanhan sillan korjaamisesta ensi "
        "kesänä.",
    };
    for (size_t i = 0; i < sizeof foreign / sizeof foreign[0]; i++) {
        int got = precis_langid_guess(id, foreign[i], strlen(foreign[i]), &conf);
        if (got >= 0 && conf >= 0.3)
            fail_msg("%s: got %d with confidence %f", foreign[i], got, conf);
    }
    precis_langid_free(id);
}

static void test_mask(void **state) {
    (void)state;
    /* Spanish and Italian only: nothing else is ever answered */
    unsigned mask = (1u << ES) | (1u << IT);
    precis_langid *id = new_id(mask);
    for (size_t i = 0; i < NSAMPLES; i++) {
        double conf = 0;
        int got = precis_langid_guess(id, samples[i].text, strlen(samples[i].text), &conf);
        assert_true(got == -1 || (mask & (1u << got)));
        if (samples[i].lang == ES || samples[i].lang == IT) assert_int_equal(got, samples[i].lang);
    }
    precis_langid_free(id);

    /* one language: answered for its own text, with a confidence from fit alone */
    id = new_id(1u << FR);
    double conf = 0;
    assert_int_equal(precis_langid_guess(id, article_fr, strlen(article_fr), &conf), FR);
    assert_true(conf >= 0.9);
    precis_langid_free(id);

    precis_error err = {0};
    assert_null(precis_langid_new(0, NULL, &err));
    assert_int_equal(err.code, PRECIS_ERR_INVALID_ARG);
    assert_null(precis_langid_new(1u << 20, NULL, NULL)); /* no supported bit */
    precis_langid_free(NULL);                             /* no-op */
}

/* Bytes that are not clean text must not derail it. */
static void test_odd_bytes(void **state) {
    (void)state;
    precis_langid *id = new_id(ALL_LANGS);
    const char *fr = article_fr;
    size_t n = strlen(fr);
    char buf[sizeof article_fr + 16];
    /* cut inside the "é" of "évacuées": the stray lead byte is tolerated */
    const char *e = strstr(fr, "\xc3\xa9vacu");
    assert_non_null(e);
    size_t cut = (size_t)(e - fr) + 1;
    assert_int_equal(precis_langid_guess(id, fr, cut, NULL), FR);
    /* invalid bytes and a NUL in the middle */
    memcpy(buf, fr, n);
    buf[10] = '\xff';
    buf[20] = '\0';
    buf[30] = '\x80';
    assert_int_equal(precis_langid_guess(id, buf, n, NULL), FR);
    /* no NUL terminator needed: only len bytes are read */
    memcpy(buf, fr, n);
    memset(buf + n, 'x', 16);
    assert_int_equal(precis_langid_guess(id, buf, n, NULL), FR);
    precis_langid_free(id);
}

/* Only the start of a text is analysed: a huge input costs no more. */
static void test_huge_input(void **state) {
    (void)state;
    precis_langid *id = new_id(ALL_LANGS);
    size_t unit = strlen(article_en), n = 8u << 20;
    char *big = malloc(n);
    assert_non_null(big);
    for (size_t i = 0; i < n; i += unit)
        memcpy(big + i, article_en, n - i < unit ? n - i : unit);
    clock_t t0 = clock();
    for (int i = 0; i < 50; i++)
        assert_int_equal(precis_langid_guess(id, big, n, NULL), EN);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_true(secs < 2.0); /* ~50 us each; generous for sanitizer builds */
    free(big);
    precis_langid_free(id);
}

typedef struct worker {
    const precis_langid *id;
    int mismatches;
} worker;

static void *guess_all(void *arg) {
    worker *w = arg;
    for (int round = 0; round < 20; round++) {
        for (size_t i = 0; i < NSAMPLES; i++) {
            double conf = 0;
            if (precis_langid_guess(w->id, samples[i].text, strlen(samples[i].text), &conf) !=
                samples[i].lang)
                w->mismatches++;
        }
        double conf = 0;
        if (precis_langid_guess(w->id, article_fr, strlen(article_fr), &conf) != FR || conf < 0.9)
            w->mismatches++;
    }
    return NULL;
}

static void test_threads(void **state) {
    (void)state;
    precis_langid *id = new_id(ALL_LANGS);
    worker w[2] = {{id, 0}, {id, 0}};
    pthread_t th[2];
    for (int i = 0; i < 2; i++)
        assert_int_equal(pthread_create(&th[i], NULL, guess_all, &w[i]), 0);
    for (int i = 0; i < 2; i++)
        assert_int_equal(pthread_join(th[i], NULL), 0);
    assert_int_equal(w[0].mismatches, 0);
    assert_int_equal(w[1].mismatches, 0);
    precis_langid_free(id);
}

/* Allocator that fails once `budget` allocations have been made. */
typedef struct budget {
    int left;
} budget;
static void *budget_malloc(void *ctx, size_t size) {
    budget *b = ctx;
    if (b->left <= 0) return NULL;
    b->left--;
    return malloc(size);
}
static void *budget_realloc(void *ctx, void *p, size_t old, size_t size) {
    budget *b = ctx;
    (void)old;
    if (b->left <= 0) return NULL;
    b->left--;
    return realloc(p, size);
}
static void budget_free(void *ctx, void *p) {
    (void)ctx;
    free(p);
}

static void test_alloc_failure(void **state) {
    (void)state;
    budget b = {0};
    precis_alloc alc = {budget_malloc, budget_realloc, budget_free, &b};
    precis_error err = {0};
    assert_null(precis_langid_new(ALL_LANGS, &alc, &err));
    assert_int_equal(err.code, PRECIS_ERR_NOMEM);
    /* each allocation a guess makes can fail: it answers -1, no crash */
    for (int allowed = 0; allowed < 4; allowed++) {
        b.left = 1;
        precis_langid *id = precis_langid_new(ALL_LANGS, &alc, &err);
        assert_non_null(id);
        b.left = allowed;
        double conf = 1;
        int got = precis_langid_guess(id, article_fr, strlen(article_fr), &conf);
        if (got < 0)
            assert_true(conf == 0.0);
        else
            assert_int_equal(got, FR);
        if (allowed >= 2) assert_int_equal(got, FR);
        precis_langid_free(id);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_language_table), cmocka_unit_test(test_headings),
        cmocka_unit_test(test_sentences),      cmocka_unit_test(test_articles_are_sure),
        cmocka_unit_test(test_unknown),        cmocka_unit_test(test_mask),
        cmocka_unit_test(test_odd_bytes),      cmocka_unit_test(test_huge_input),
        cmocka_unit_test(test_threads),        cmocka_unit_test(test_alloc_failure),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
