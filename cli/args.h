/*
 * args.h - what the command's subcommands share to read their arguments
 * (args.c): numbers of the command's own flags, the library's options by
 * their flags, and error messages. The server (server/) uses them too.
 */
#ifndef PRECIS_CLI_ARGS_H
#define PRECIS_CLI_ARGS_H

#include "precis.h"

/* Exit statuses of the command. */
enum { CLI_OK = 0, CLI_SOME_FAILED = 1, CLI_BAD_INPUT = 2 };

/* Threads of --jsonl and of the server at most. */
#define CLI_MAX_JOBS 64u

/* "precis: " + the message + a newline, on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A decimal number from 0 to max for a flag of the command (threads, a
 * port), with a K, M or G suffix when units; 0 or -1. */
int cli_parse_number(const char *s, int units, unsigned long long max, unsigned long long *out);

/*
 * Sets the library option `name` (precis_option_set) from the value of the
 * command-line flag `flag`; on a bad value prints the library's message with
 * the option named by the flag ("--points must be an integer from 0 to 1000
 * (0: no key points), not 'x'") and returns -1.
 */
int cli_option(precis_options *opts, const char *name, const char *flag, const char *value);

#endif /* PRECIS_CLI_ARGS_H */
