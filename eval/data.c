/*
 * data.c - the evaluation sets and the peer outputs, as JSON Lines.
 */
#include "eval.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

static char *dupn(const char *s, size_t n) {
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = 0;
    }
    return d;
}

static char *json_dup(const json_t *v, size_t *len) {
    if (!json_is_string(v)) return NULL;
    size_t n = json_string_length(v);
    if (len) *len = n;
    return dupn(json_string_value(v), n);
}

char *ev_summary_text(const json_t *obj) {
    const json_t *bul = json_object_get(obj, "summary_bullets");
    if (json_is_array(bul) && json_array_size(bul) > 0) {
        size_t total = 0;
        for (size_t i = 0; i < json_array_size(bul); i++) {
            const json_t *b = json_array_get(bul, i);
            if (!json_is_string(b)) return NULL;
            total += json_string_length(b) + 1;
        }
        char *s = malloc(total), *p = s;
        if (!s) return NULL;
        for (size_t i = 0; i < json_array_size(bul); i++) {
            const json_t *b = json_array_get(bul, i);
            if (i) *p++ = '\n';
            memcpy(p, json_string_value(b), json_string_length(b));
            p += json_string_length(b);
        }
        *p = 0;
        return s;
    }
    return json_dup(json_object_get(obj, "summary"), NULL);
}

static int add_ref(ev_record *r, char *text) {
    if (!text) return -1;
    char **refs = realloc(r->refs, (r->nref + 1) * sizeof *refs);
    if (!refs) {
        free(text);
        return -1;
    }
    r->refs = refs;
    r->refs[r->nref++] = text;
    return 0;
}

int ev_record_parse(const char *line, size_t len, ev_record *r, char *err, size_t errlen) {
    memset(r, 0, sizeof *r);
    json_error_t je;
    json_t *o = json_loadb(line, len, 0, &je);
    if (!o || !json_is_object(o)) {
        snprintf(err, errlen, "not a JSON object: %s", o ? "" : je.text);
        json_decref(o);
        return -1;
    }
    const json_t *id = json_object_get(o, "id");
    if (json_is_string(id))
        r->id = json_dup(id, NULL);
    else if (json_is_integer(id) && (r->id = malloc(32)))
        snprintf(r->id, 32, "%lld", (long long)json_integer_value(id));
    r->lang = json_dup(json_object_get(o, "lang"), NULL);
    r->title = json_dup(json_object_get(o, "title"), &r->title_len);
    r->text = json_dup(json_object_get(o, "text"), &r->text_len);
    const json_t *many = json_object_get(o, "summaries");
    int rc = 0;
    if (json_is_array(many)) {
        for (size_t i = 0; i < json_array_size(many) && rc == 0; i++) {
            const json_t *s = json_array_get(many, i);
            rc = add_ref(r, json_is_object(s) ? ev_summary_text(s) : json_dup(s, NULL));
        }
    } else {
        rc = add_ref(r, ev_summary_text(o));
    }
    json_decref(o);
    if (!r->id || !r->text || rc != 0 || r->nref == 0) {
        snprintf(err, errlen, "record needs string \"id\", \"text\" and a summary");
        ev_record_free(r);
        return -1;
    }
    return 0;
}

void ev_record_free(ev_record *r) {
    free(r->id);
    free(r->lang);
    free(r->title);
    free(r->text);
    for (size_t i = 0; i < r->nref; i++)
        free(r->refs[i]);
    free(r->refs);
    memset(r, 0, sizeof *r);
}

static int cmp_item(const void *a, const void *b) {
    return strcmp(((const ev_peer_item *)a)->id, ((const ev_peer_item *)b)->id);
}

static int cmp_peer(const void *a, const void *b) {
    return strcmp(((const ev_peer *)a)->name, ((const ev_peer *)b)->name);
}

static int load_peer(const char *path, ev_peer *p) {
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "precis-eval: cannot open %s\n", path);
        return -1;
    }
    char *line = NULL;
    size_t cap = 0, items_cap = 0;
    ssize_t n;
    int rc = 0;
    while (rc == 0 && (n = getline(&line, &cap, f)) > 0) {
        json_t *o = json_loadb(line, (size_t)n, 0, NULL);
        const json_t *id = json_object_get(o, "id");
        char *text = o ? ev_summary_text(o) : NULL;
        if (!json_is_string(id) || !text) {
            free(text);
            json_decref(o);
            continue; /* a peer that failed on an article scores it as empty */
        }
        if (p->n == items_cap) {
            items_cap = items_cap ? 2 * items_cap : 256;
            ev_peer_item *it = realloc(p->items, items_cap * sizeof *it);
            if (!it) {
                rc = -1;
                free(text);
                json_decref(o);
                break;
            }
            p->items = it;
        }
        p->items[p->n].id = json_dup(id, NULL);
        p->items[p->n].text = text;
        rc = p->items[p->n].id ? 0 : -1;
        p->n++;
        json_decref(o);
    }
    free(line);
    fclose(f);
    if (p->n) qsort(p->items, p->n, sizeof *p->items, cmp_item);
    return rc;
}

int ev_peers_load(const char *dir, const char *set_path, ev_peer **out, size_t *nout) {
    *out = NULL;
    *nout = 0;
    const char *base = strrchr(set_path, '/');
    base = base ? base + 1 : set_path;
    size_t bl = strlen(base);
    if (bl > 6 && strcmp(base + bl - 6, ".jsonl") == 0) bl -= 6;
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "precis-eval: cannot open peers directory %s\n", dir);
        return -1;
    }
    ev_peer *peers = NULL;
    size_t n = 0;
    int rc = 0;
    const struct dirent *e;
    while (rc == 0 && (e = readdir(d)) != NULL) {
        const char *name = e->d_name;
        size_t nl = strlen(name);
        /* <base>.<peer>.jsonl */
        if (nl <= bl + 7 || strncmp(name, base, bl) != 0 || name[bl] != '.' ||
            strcmp(name + nl - 6, ".jsonl") != 0)
            continue;
        ev_peer *np = realloc(peers, (n + 1) * sizeof *np);
        if (!np) {
            rc = -1;
            break;
        }
        peers = np;
        memset(&peers[n], 0, sizeof peers[n]);
        peers[n].name = dupn(name + bl + 1, nl - bl - 7);
        size_t pl = strlen(dir) + nl + 2;
        char *path = malloc(pl);
        if (!peers[n].name || !path) {
            free(path);
            n++;
            rc = -1;
            break;
        }
        snprintf(path, pl, "%s/%s", dir, name);
        rc = load_peer(path, &peers[n]);
        free(path);
        n++;
    }
    closedir(d);
    if (rc != 0) {
        ev_peers_free(peers, n);
        return -1;
    }
    if (n) qsort(peers, n, sizeof *peers, cmp_peer);
    *out = peers;
    *nout = n;
    return 0;
}

const char *ev_peer_find(const ev_peer *p, const char *id) {
    ev_peer_item key = {(char *)id, NULL};
    const ev_peer_item *it = p->n ? bsearch(&key, p->items, p->n, sizeof key, cmp_item) : NULL;
    return it ? it->text : NULL;
}

void ev_peers_free(ev_peer *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < p[i].n; j++) {
            free(p[i].items[j].id);
            free(p[i].items[j].text);
        }
        free(p[i].items);
        free(p[i].name);
    }
    free(p);
}
