/*
 * ots.c - Open Text Summarizer (Debian's `ots` binary) as a system.
 *
 * ots -r P selects its best sentences until they hold P% of the article's
 * words, and prints them. Its own sentence splitter differs from precis's, so
 * its output is mapped back onto precis's sentences by text matching; that
 * way ROUGE-Lsum sees the same sentence units for every system.
 */
#include "eval.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define KEY_BYTES 48

typedef struct ots_job {
    const char *path, *dict;
    const char *const *sent_text;
    const size_t *sent_len;
    size_t n;
    char *out;
    size_t out_len, out_cap;
} ots_job;

/* Runs ots at percent p; collapses whitespace runs of the output into out. */
static int run_ots(ots_job *j, int p) {
    char cmd[512];
    if (j->dict)
        snprintf(cmd, sizeof cmd, "ots -r %d -d %s '%s' 2>/dev/null", p, j->dict, j->path);
    else
        snprintf(cmd, sizeof cmd, "ots -r %d '%s' 2>/dev/null", p, j->path);
    FILE *f = popen(cmd, "r");
    if (!f) return -1;
    j->out_len = 0;
    int c, space = 1;
    while ((c = fgetc(f)) != EOF) {
        int ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (ws && space) continue;
        space = ws;
        if (j->out_len + 2 > j->out_cap) {
            size_t cap = j->out_cap ? 2 * j->out_cap : 4096;
            char *o = realloc(j->out, cap);
            if (!o) {
                pclose(f);
                return -1;
            }
            j->out = o;
            j->out_cap = cap;
        }
        j->out[j->out_len++] = ws ? ' ' : (char)c;
    }
    int st = pclose(f);
    if (!j->out) return st == 0 ? 0 : -1;
    j->out[j->out_len] = 0;
    return st == 0 ? 0 : -1;
}

/* Sentences whose first KEY_BYTES bytes occur in the output, in order. */
static size_t map_back(const ots_job *j, size_t *out) {
    size_t m = 0;
    char key[KEY_BYTES + 1];
    for (size_t i = 0; i < j->n && j->out_len; i++) {
        size_t kl = j->sent_len[i] < KEY_BYTES ? j->sent_len[i] : KEY_BYTES;
        if (kl == 0) continue;
        memcpy(key, j->sent_text[i], kl);
        key[kl] = 0;
        if (strstr(j->out, key)) out[m++] = i;
    }
    return m;
}

long ev_ots(const char *text, size_t len, const char *lang, const char *const *sent_text,
            const size_t *sent_len, size_t n, const size_t *words, size_t k, size_t w,
            size_t *out) {
    char path[] = "/tmp/precis-eval-ots-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return -1;
    int ok = write(fd, text, len) == (ssize_t)len;
    close(fd);
    char dict[64] = "";
    if (lang && strlen(lang) == 2 && lang[0] >= 'a' && lang[0] <= 'z' && lang[1] >= 'a' &&
        lang[1] <= 'z') {
        char dpath[64];
        snprintf(dpath, sizeof dpath, "/usr/share/ots/%s.xml", lang);
        if (access(dpath, R_OK) == 0) snprintf(dict, sizeof dict, "%s", lang);
    }
    ots_job j = {path, dict[0] ? dict : NULL, sent_text, sent_len, n, NULL, 0, 0};
    long result = -1;
    size_t *tmp = malloc((n ? n : 1) * sizeof *tmp);
    if (!ok || !tmp) goto done;
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += words[i];
    if (w) {
        /* ots's budget is itself a share of the words. */
        int p = total ? (int)((100 * w + total - 1) / total) : 100;
        p = p < 1 ? 1 : p > 100 ? 100 : p;
        if (run_ots(&j, p) == 0) result = (long)map_back(&j, out);
        goto done;
    }
    /* The sentence count grows with the percentage: bisect for k, keeping the
     * closest count seen (ties to the smaller one). */
    int lo = 1, hi = 100;
    int p = n ? (int)((100 * k + n / 2) / n) : 100;
    size_t best_diff = (size_t)-1;
    for (int probe = 0; probe < 8 && lo <= hi; probe++) {
        p = p < lo ? lo : p > hi ? hi : p;
        if (run_ots(&j, p) != 0) break;
        size_t m = map_back(&j, tmp);
        size_t diff = m > k ? 2 * (m - k) + 1 : 2 * (k - m);
        if (diff < best_diff) {
            best_diff = diff;
            memcpy(out, tmp, m * sizeof *out);
            result = (long)m;
        }
        if (m == k) break;
        if (m < k)
            lo = p + 1;
        else
            hi = p - 1;
        p = (lo + hi) / 2;
    }
done:
    free(tmp);
    free(j.out);
    unlink(path);
    return result;
}
