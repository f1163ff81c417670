/*
 * serve.h - `precis serve` (serve.c): the engine behind an HTTP server.
 * The command's main calls it with the arguments after "precis".
 */
#ifndef PRECIS_SERVER_SERVE_H
#define PRECIS_SERVER_SERVE_H

/* Runs the server until SIGINT or SIGTERM; argv[0] is "serve". Returns the
 * command's exit status. */
int server_main(int argc, char **argv);

#endif /* PRECIS_SERVER_SERVE_H */
