/*
 * test_request.c - the HTTP request logic of `precis serve` (cli/request.c)
 * without a socket: routing, early header checks, query parameters, content
 * types, JSON records, and the status and error object of each failure.
 * The articles are fictional.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "request.h"

#define S(lit) lit, sizeof(lit) - 1

static precis_engine *engine;
static http_config cfg;

static const char article[] =
    "Valmont opens its new covered market\n"
    "\n"
    "The town of Valmont opened its new covered market on Saturday, after two years of "
    "building work that cost 6.4 million euros. About forty stalls sell fruit, cheese and "
    "fish six days a week.\n"
    "\n"
    "The mayor, Claire Dumas, said the market would bring shoppers back to the old town. "
    "Traders had asked for a roof since the old market was damaged by a storm in 2019.\n"
    "\n"
    "Parking near the market will be free for the first hour until the end of the year.\n";

static int setup(void **state) {
    (void)state;
    engine = precis_engine_new("en,fr", NULL, NULL);
    precis_options_default(&cfg.opts);
    cfg.max_body = 4096;
    cfg.opts.max_input_bytes = cfg.max_body;
    return engine ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    precis_engine_free(engine);
    return 0;
}

/* Runs a whole request; the reply body always parses as JSON when the
 * content type says so, and always ends with a newline. */
static http_reply request(const char *method, const char *path, const char *type,
                          const http_param *params, size_t n_params, const char *body, size_t len) {
    http_reply r;
    http_handle(engine, &cfg, method, path, type, params, n_params, body, len, &r);
    assert_non_null(r.body);
    assert_true(r.len > 0);
    assert_int_equal(strlen(r.body), r.len);
    assert_int_equal(r.body[r.len - 1], '\n');
    return r;
}

static json_t *parse(const http_reply *r) {
    assert_string_equal(r->content_type, "application/json");
    json_error_t jerr;
    json_t *root = json_loadb(r->body, r->len, 0, &jerr);
    if (!root) fail_msg("reply is not JSON: %s (%s)", r->body, jerr.text);
    return root;
}

/* The reply is the error object with this status and code. */
static void expect_error(http_reply *r, unsigned status, const char *code) {
    if (r->status != status) fail_msg("status %u, want %u: %s", r->status, status, r->body);
    json_t *root = parse(r);
    json_t *e = json_object_get(root, "error");
    assert_true(json_is_object(e));
    assert_string_equal(json_string_value(json_object_get(e, "code")), code);
    assert_true(json_string_length(json_object_get(e, "message")) > 0);
    json_t *pos = json_object_get(e, "pos");
    assert_true(json_is_null(pos) || json_is_integer(pos));
    json_decref(root);
    http_reply_free(r);
}

static void test_routes(void **state) {
    (void)state;
    http_reply r = request("GET", "/health", NULL, NULL, 0, "", 0);
    assert_int_equal(r.status, 200);
    json_t *root = parse(&r);
    assert_string_equal(json_string_value(json_object_get(root, "status")), "ok");
    json_decref(root);
    http_reply_free(&r);

    r = request("GET", "/v1/brief", NULL, NULL, 0, "", 0);
    assert_string_equal(r.allow, "POST");
    expect_error(&r, 405, "method_not_allowed");
    r = request("PUT", "/health", NULL, NULL, 0, "", 0);
    assert_string_equal(r.allow, "GET, HEAD");
    expect_error(&r, 405, "method_not_allowed");
    r = request("POST", "/v1/summary", "text/plain", NULL, 0, S(article));
    expect_error(&r, 404, "not_found");
    r = request("POST", "/v1/brief/", "text/plain", NULL, 0, S(article));
    expect_error(&r, 404, "not_found");
}

static void test_brief_text(void **state) {
    (void)state;
    http_param p[] = {{"points", "2"}, {"lang", "en"}};
    http_reply r = request("POST", "/v1/brief", "text/plain; charset=UTF-8", p, 2, S(article));
    assert_int_equal(r.status, 200);
    json_t *root = parse(&r);
    assert_string_equal(json_string_value(json_object_get(root, "schema")), "precis/1.1");
    assert_string_equal(json_string_value(json_object_get(root, "title")),
                        "Valmont opens its new covered market");
    assert_int_equal(json_array_size(json_object_get(root, "key_points")), 2);
    json_decref(root);
    http_reply_free(&r);

    http_param md[] = {{"format", "markdown"}, {"points", "1"}};
    r = request("POST", "/v1/brief", "text/plain", md, 2, S(article));
    assert_int_equal(r.status, 200);
    assert_string_equal(r.content_type, "text/markdown; charset=utf-8");
    assert_true(strncmp(r.body, "# Valmont opens its new covered market\n", 39) == 0);
    http_reply_free(&r);

    http_param txt[] = {{"format", "text"}, {"title", "Market day"}, {"order", "rank"}};
    r = request("POST", "/v1/brief", "text/plain", txt, 3, S(article));
    assert_int_equal(r.status, 200);
    assert_string_equal(r.content_type, "text/plain; charset=utf-8");
    assert_true(strncmp(r.body, "Market day\n", 11) == 0);
    http_reply_free(&r);

    /* No Content-Type: the body decides, as for the command. */
    r = request("POST", "/v1/brief", NULL, NULL, 0, S(article));
    assert_int_equal(r.status, 200);
    http_reply_free(&r);
}

static void test_brief_json_record(void **state) {
    (void)state;
    static const char rec[] =
        "{\"id\":\"m-1\",\"title\":\"Covered market\",\"points\":1,\"lang\":\"en\","
        "\"text\":\"The town of Valmont opened its new covered market on Saturday. About forty "
        "stalls sell fruit, cheese and fish. The mayor said the market would bring shoppers "
        "back.\"}";
    /* Query values are defaults; the record's fields win. */
    http_param p[] = {{"points", "3"}, {"title", "Ignored"}};
    http_reply r = request("POST", "/v1/brief", "application/json", p, 2, S(rec));
    assert_int_equal(r.status, 200);
    json_t *root = parse(&r);
    assert_string_equal(json_string_value(json_object_get(root, "id")), "m-1");
    assert_string_equal(json_string_value(json_object_get(root, "title")), "Covered market");
    assert_int_equal(json_array_size(json_object_get(root, "key_points")), 1);
    json_decref(root);
    http_reply_free(&r);

    static const char page_rec[] =
        "{\"html\":\"<html><head><title>Market</title></head><body><article><p>The town of "
        "Valmont opened its new covered market on Saturday, after two years of work.</p>"
        "<p>About forty stalls sell fruit, cheese and fish six days a week.</p></article>"
        "</body></html>\"}";
    r = request("POST", "/v1/brief", "application/json; charset=utf-8", NULL, 0, S(page_rec));
    assert_int_equal(r.status, 200);
    root = parse(&r);
    assert_string_equal(json_string_value(json_object_get(root, "title")), "Market");
    json_decref(root);
    http_reply_free(&r);
}

static void test_bad_json_and_fields(void **state) {
    (void)state;
    http_reply r = request("POST", "/v1/brief", "application/json", NULL, 0, S("{\"text\": x}"));
    assert_int_equal(r.status, 400);
    json_t *root = parse(&r);
    json_t *e = json_object_get(root, "error");
    assert_string_equal(json_string_value(json_object_get(e, "code")), "bad_json");
    assert_int_equal(json_integer_value(json_object_get(e, "pos")), 10);
    assert_non_null(strstr(json_string_value(json_object_get(e, "message")), "at byte 10"));
    json_decref(root);
    http_reply_free(&r);

    r = request("POST", "/v1/brief", "application/json", NULL, 0, "", 0);
    expect_error(&r, 400, "bad_json");
    r = request("POST", "/v1/brief", "application/json", NULL, 0, S("[1,2]"));
    expect_error(&r, 400, "bad_field");
    r = request("POST", "/v1/brief", "application/json", NULL, 0, S("{\"title\":\"T\"}"));
    expect_error(&r, 400, "no_text");
    r = request("POST", "/v1/brief", "application/json", NULL, 0,
                S("{\"text\":\"Some text here.\",\"points\":-2}"));
    expect_error(&r, 400, "bad_field");
    r = request("POST", "/v1/brief", "application/json", NULL, 0,
                S("{\"text\":\"Some text here.\",\"lang\":\"xx\"}"));
    expect_error(&r, 400, "unsupported_language");
}

static void test_bad_params(void **state) {
    (void)state;
    static const http_param bad[][1] = {
        {{"points", "many"}}, {{"points", "1001"}}, {{"points", NULL}},  {{"words", "-1"}},
        {{"lang", "xx"}},     {{"order", "date"}},  {{"format", "pdf"}}, {{"strict", "maybe"}},
        {{"colour", "blue"}}, {{"\x01\xff", "1"}},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        http_reply r = request("POST", "/v1/brief", "text/plain", bad[i], 1, S(article));
        expect_error(&r, 400, "bad_param");
    }
    /* Extraction takes format only. */
    http_param p = {"points", "2"};
    http_reply r = request("POST", "/v1/extract", "text/html", &p, 1, S("<p>x</p>"));
    expect_error(&r, 400, "bad_param");
    http_param md = {"format", "markdown"};
    r = request("POST", "/v1/extract", "text/html", &md, 1, S("<p>x</p>"));
    expect_error(&r, 400, "bad_param");
}

static void test_unusable_text(void **state) {
    (void)state;
    http_reply r = request("POST", "/v1/brief", "text/plain", NULL, 0, S("   \n\t "));
    expect_error(&r, 422, "empty");
    r = request("POST", "/v1/brief", "text/plain", NULL, 0, "", 0);
    expect_error(&r, 422, "empty");
    r = request("POST", "/v1/brief", "text/plain", NULL, 0, S("abc\0def ghi"));
    assert_int_equal(r.status, 422);
    json_t *root = parse(&r);
    json_t *e = json_object_get(root, "error");
    assert_string_equal(json_string_value(json_object_get(e, "code")), "binary");
    assert_int_equal(json_integer_value(json_object_get(e, "pos")), 3);
    json_decref(root);
    http_reply_free(&r);
    http_param strict = {"strict", NULL};
    r = request("POST", "/v1/brief", "text/plain", &strict, 1, S("Caf\xe9 ouvert. Fin du texte."));
    expect_error(&r, 422, "invalid_utf8");
    r = request("POST", "/v1/brief", "application/json", NULL, 0, S("{\"text\":\"\"}"));
    expect_error(&r, 422, "empty");
    /* A page without article text. */
    r = request("POST", "/v1/brief", "text/html", NULL, 0,
                S("<html><body><script>var x = 1;</script></body></html>"));
    expect_error(&r, 422, "empty");
}

static void test_content_types(void **state) {
    (void)state;
    const char *refused[] = {
        "application/x-www-form-urlencoded",
        "image/png",
        "multipart/form-data; boundary=x",
        "text/plain; charset=latin1",
        "application/json; charset=\"iso-8859-1\"",
        "text/plainxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"};
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        http_reply r = request("POST", "/v1/brief", refused[i], NULL, 0, S(article));
        expect_error(&r, 415, "unsupported_media_type");
    }
    http_reply r = request("POST", "/v1/extract", "application/json", NULL, 0, S("{}"));
    expect_error(&r, 415, "unsupported_media_type");
    /* Case and spacing of the media type do not matter. */
    r = request("POST", "/v1/brief", "  Text/Plain ;charset=utf-8", NULL, 0, S(article));
    assert_int_equal(r.status, 200);
    http_reply_free(&r);
}

/* A UTF-16 page sent without a Content-Type is told from text as the
 * command does (its BOM and 16-bit units read), and briefed, not refused as
 * binary. */
static void test_utf16_page_guessed(void **state) {
    (void)state;
    static const char page[] =
        "<html><body><article><p>Le conseil municipal de Brenne a vot\xC3\xA9 jeudi le budget "
        "des \xC3\xA9"
        "coles. La s\xC3\xA9"
        "ance a dur\xC3\xA9 trois heures.</p></article></body></html>";
    char u16[2 * sizeof page + 2];
    size_t n = 0;
    u16[n++] = '\xFF', u16[n++] = '\xFE';
    for (size_t i = 0; i + 1 < sizeof page;) { /* UTF-8 to UTF-16LE, 1 or 2 bytes only */
        unsigned c = (unsigned char)page[i];
        unsigned cp = c < 0x80 ? c : ((c & 0x1F) << 6) | ((unsigned char)page[i + 1] & 0x3F);
        i += c < 0x80 ? 1 : 2;
        u16[n++] = (char)(cp & 0xFF), u16[n++] = (char)(cp >> 8);
    }
    http_reply r = request("POST", "/v1/brief", NULL, NULL, 0, u16, n);
    if (r.status != 200) fail_msg("status %u: %s", r.status, r.body);
    json_t *root = parse(&r);
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(root, "page"), "charset")), "UTF-16LE");
    json_decref(root);
    http_reply_free(&r);
}

static void test_size_limit(void **state) {
    (void)state;
    /* Checked on the declared length before the body is read... */
    http_reply r;
    memset(&r, 0, sizeof r);
    assert_int_equal(http_check_headers(&cfg, HTTP_ROUTE_BRIEF, "text/plain", 4097, &r), -1);
    assert_int_equal(r.status, 413);
    assert_non_null(strstr(r.body, "limit of 4096 bytes"));
    assert_non_null(strstr(r.body, "--max-bytes"));
    http_reply_free(&r);
    assert_int_equal(http_check_headers(&cfg, HTTP_ROUTE_BRIEF, "text/plain", 4096, &r), 0);
    assert_int_equal(http_check_headers(&cfg, HTTP_ROUTE_BRIEF, "text/plain", -1, &r), 0);
    /* ... and on the body received. */
    static char big[5000];
    memset(big, 'a', sizeof big);
    r = request("POST", "/v1/brief", "text/plain", NULL, 0, big, sizeof big);
    expect_error(&r, 413, "too_large");
    http_request req;
    assert_int_equal(
        http_parse(&cfg, HTTP_ROUTE_BRIEF, "text/plain", NULL, 0, big, sizeof big, &req, &r), -1);
    expect_error(&r, 413, "too_large");
}

static void test_extract(void **state) {
    (void)state;
    static const char page[] =
        "<!DOCTYPE html><html lang=\"en\"><head><title>Market opens | Valmont News</title>"
        "<meta name=\"author\" content=\"Ann Lee\"></head><body><nav><a href=\"/\">Home</a>"
        "</nav><article><h1>Market opens</h1><p>The town of Valmont opened its new covered "
        "market on Saturday, after two years of building work.</p><p>About forty stalls sell "
        "fruit, cheese and fish six days a week, the mayor said.</p></article></body></html>";
    http_reply r = request("POST", "/v1/extract", "text/html; charset=utf-8", NULL, 0, S(page));
    assert_int_equal(r.status, 200);
    json_t *root = parse(&r);
    assert_true(strncmp(json_string_value(json_object_get(root, "title")), "Market opens", 12) ==
                0);
    assert_string_equal(json_string_value(json_object_get(root, "author")), "Ann Lee");
    assert_non_null(strstr(json_string_value(json_object_get(root, "text")), "forty stalls"));
    json_decref(root);
    http_reply_free(&r);

    http_param text = {"format", "text"};
    r = request("POST", "/v1/extract", NULL, &text, 1, S(page));
    assert_int_equal(r.status, 200);
    assert_true(strncmp(r.body, "Market opens", 12) == 0);
    assert_non_null(strstr(r.body, "\n\nThe town of Valmont"));
    http_reply_free(&r);

    r = request("POST", "/v1/extract", "text/html", NULL, 0, "", 0);
    expect_error(&r, 422, "empty");

    /* Regression: U+2028 in a page's text is escaped in the JSON (it was
     * written raw, a line break to JavaScript). */
    static const char sep[] =
        "<html><body><article><p>The ferry to Orlan left at dawn,\xE2\x80\xA8its deck full of "
        "crates of apples for the winter market.</p></article></body></html>";
    r = request("POST", "/v1/extract", "text/html", NULL, 0, S(sep));
    assert_int_equal(r.status, 200);
    assert_null(strstr(r.body, "\xE2\x80\xA8"));
    assert_non_null(strstr(r.body, "dawn,\\u2028its deck"));
    root = parse(&r);
    assert_non_null(strstr(json_string_value(json_object_get(root, "text")), ",\xE2\x80\xA8its"));
    json_decref(root);
    http_reply_free(&r);
}

/* The error object escapes what it quotes from the client, by the
 * library's JSON writer: an ill-formed byte is one U+FFFD, a character
 * such as "é" is kept (it was once two U+FFFD), U+2028 is escaped. */
static void test_error_object(void **state) {
    (void)state;
    http_reply r;
    memset(&r, 0, sizeof r);
    http_reply_error(&r, 400, "bad_param",
                     "quote \" backslash \\ tab \t byte \xff d\xC3\xA9j\xC3\xA0 \xE2\x80\xA8", 7);
    assert_string_equal(r.body, "{\"error\":{\"code\":\"bad_param\",\"message\":\"quote \\\" "
                                "backslash \\\\ tab \\t byte \xEF\xBF\xBD d\xC3\xA9j\xC3\xA0 "
                                "\\u2028\",\"pos\":7}}\n");
    http_reply_free(&r);
}

/* What the request line and headers say of the framing (RFC 9112): each
 * ambiguous case is refused, the plain ones pass. */
static void test_framing(void **state) {
    (void)state;
    static const struct {
        http_head h;
        unsigned status; /* 0: accepted */
        const char *code;
    } cases[] = {
        {{"HTTP/1.1", 0, 1, 0, 0, NULL}, 0, NULL},
        {{"HTTP/1.1", 0, 1, 1, 0, NULL}, 0, NULL},
        {{"HTTP/1.1", 0, 1, 0, 1, "chunked"}, 0, NULL},
        {{"HTTP/1.1", 0, 1, 0, 1, "Chunked"}, 0, NULL},
        {{"HTTP/1.0", 0, 0, 1, 0, NULL}, 0, NULL},
        {{"HTTP/1.1", 0, 1, 2, 0, NULL}, 400, "bad_framing"},
        {{"HTTP/1.1", 0, 1, 1, 1, "chunked"}, 400, "bad_framing"},
        {{"HTTP/1.1", 0, 1, 0, 2, "chunked"}, 400, "bad_framing"},
        {{"HTTP/1.1", 0, 1, 0, 1, "gzip, chunked"}, 501, "bad_framing"},
        {{"HTTP/1.1", 0, 1, 0, 1, "identity"}, 501, "bad_framing"},
        {{"HTTP/1.1", 0, 0, 0, 0, NULL}, 400, "bad_request"},
        {{"HTTP/1.1", 0, 2, 0, 0, NULL}, 400, "bad_request"},
        {{"", 0, 0, 0, 0, NULL}, 400, "bad_request"},
        {{"HTTP/2.0", 0, 1, 0, 0, NULL}, 400, "bad_request"},
        {{"HTTP/1.1", 1, 1, 0, 0, NULL}, 400, "bad_request"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        http_reply r;
        memset(&r, 0, sizeof r);
        int rc = http_check_head(&cases[i].h, &r);
        if (!cases[i].status) {
            if (rc != 0) fail_msg("case %zu refused: %s", i, r.body);
            continue;
        }
        if (rc == 0) fail_msg("case %zu accepted", i);
        expect_error(&r, cases[i].status, cases[i].code);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_routes),
        cmocka_unit_test(test_brief_text),
        cmocka_unit_test(test_brief_json_record),
        cmocka_unit_test(test_bad_json_and_fields),
        cmocka_unit_test(test_bad_params),
        cmocka_unit_test(test_unusable_text),
        cmocka_unit_test(test_content_types),
        cmocka_unit_test(test_utf16_page_guessed),
        cmocka_unit_test(test_size_limit),
        cmocka_unit_test(test_extract),
        cmocka_unit_test(test_error_object),
        cmocka_unit_test(test_framing),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
