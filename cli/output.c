/* output.c - the -o file: written beside its final name and renamed over it
 * at the end, so that no existing file (the input above all) is emptied
 * before the run is done; an output that is the input file, however named,
 * is refused. */
#define _DEFAULT_SOURCE /* realpath, fchmod */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void reset(cli_output *o) {
    free(o->tmp);
    free(o->final);
    o->tmp = o->final = NULL;
    o->f = NULL;
}

int cli_output_open(cli_output *o, const char *path, int in_fd) {
    memset(o, 0, sizeof *o);
    o->name = path && strcmp(path, "-") != 0 ? path : "standard output";
    struct stat in, st;
    int have_in = in_fd >= 0 && fstat(in_fd, &in) == 0;
    if (!path || strcmp(path, "-") == 0) {
        o->f = stdout;
        if (have_in && S_ISREG(in.st_mode) && fstat(STDOUT_FILENO, &st) == 0 &&
            st.st_dev == in.st_dev && st.st_ino == in.st_ino) {
            cli_error("standard output is the input file; write to another file");
            o->f = NULL;
            return -1;
        }
        return 0;
    }
    int exists = stat(path, &st) == 0; /* follows symbolic links */
    if (exists && have_in && st.st_dev == in.st_dev && st.st_ino == in.st_ino) {
        cli_error("output %s is the input file; write to another file", path);
        return -1;
    }
    if (exists && !S_ISREG(st.st_mode)) { /* a device or a pipe: write to it */
        o->f = fopen(path, "w");
        if (!o->f) cli_error("cannot write %s: %s", path, strerror(errno));
        return o->f ? 0 : -1;
    }
    /* the file a symbolic link names is the one replaced */
    char *final = exists ? realpath(path, NULL) : strdup(path);
    if (!final) {
        cli_error("cannot write %s: %s", path, strerror(errno));
        return -1;
    }
    const char *slash = strrchr(final, '/');
    size_t dir = slash ? (size_t)(slash - final) + 1 : 0;
    size_t n = strlen(final) + 16;
    char *tmp = malloc(n);
    if (!tmp) {
        free(final);
        cli_error("cannot write %s: %s", path, strerror(ENOMEM));
        return -1;
    }
    snprintf(tmp, n, "%.*s.%s.XXXXXX", (int)dir, final, final + dir);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        cli_error("cannot write %s: %s", path, strerror(errno));
        free(tmp);
        free(final);
        return -1;
    }
    mode_t mode;
    if (exists) {
        mode = st.st_mode & 07777;
    } else {
        mode_t mask = umask(0);
        umask(mask);
        mode = 0666 & ~mask;
    }
    (void)fchmod(fd, mode); /* on failure the file stays private: not fatal */
    o->f = fdopen(fd, "w");
    if (!o->f) {
        cli_error("cannot write %s: %s", path, strerror(errno));
        close(fd);
        unlink(tmp);
        free(tmp);
        free(final);
        return -1;
    }
    o->tmp = tmp;
    o->final = final;
    return 0;
}

int cli_output_close(cli_output *o, int keep, int quiet) {
    if (!o->f) return CLI_BAD_INPUT;
    int bad = ferror(o->f);
    errno = 0;
    if (o->f == stdout ? fflush(o->f) != 0 : fclose(o->f) != 0) bad = 1;
    int e = errno ? errno : EIO;
    if (!bad && o->tmp && keep && rename(o->tmp, o->final) != 0) bad = 1, e = errno;
    if (bad && !quiet) cli_error("cannot write %s: %s", o->name, strerror(e));
    if (o->tmp && (bad || !keep)) unlink(o->tmp);
    reset(o);
    return bad ? CLI_BAD_INPUT : CLI_OK;
}
