/*
 * What the programs that load libopi themselves, cycle after cycle, share (unload.c with
 * dlopen, windows_unload.c with LoadLibrary): the functions each cycle looks up, the
 * check of each result, and the settings of their two rounds, by the stand-in's address
 * and by the name localhost. check.h is not included: it calls libopi's functions
 * directly, and these programs have none linked. The includer defines `failures`.
 */
#ifndef OPI_TEST_LOAD_CYCLE_H
#define OPI_TEST_LOAD_CYCLE_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The one token the loopback stand-in accepts (opi_standin::TOKEN). */
#define STANDIN_TOKEN "6129457865:AAFyzNYOAFbu-loopback-stand-in"

typedef char *(*configure_fn)(const char *);
typedef char *(*create_fn)(const char *, const char *, const char *, const char *, int32_t);
typedef void (*free_fn)(char *);

/* Runs `result` through the checks and releases it with the library's opi_free. */
static void expect(char *result, const char *wanted, free_fn release, const char *what) {
    if (result == NULL || strstr(result, wanted) == NULL ||
        strstr(result, strchr(STANDIN_TOKEN, ':') + 1) != NULL) {
        fprintf(stderr, "FAIL %s: wanted %s, got %.400s\n", what, wanted,
                result ? result : "NULL");
        ++failures;
    }
    release(result);
}

/* The opi_configure options of the two rounds, from OPI_TELEGRAM_API_URL, which must be
 * http://127.0.0.1:PORT; exits 2 when it is not. */
static void round_settings(char by_ip[256], char by_name[256]) {
    static const char ip[] = "http://127.0.0.1:";
    const char *api_url = getenv("OPI_TELEGRAM_API_URL");
    if (api_url == NULL || strncmp(api_url, ip, sizeof ip - 1) != 0 || strlen(api_url) > 100) {
        fprintf(stderr, "FAIL: OPI_TELEGRAM_API_URL must be %sPORT\n", ip);
        exit(2);
    }
    snprintf(by_ip, 256, "{\"timeout_ms\":10000,\"api_url\":\"%s\"}", api_url);
    snprintf(by_name, 256, "{\"timeout_ms\":10000,\"api_url\":\"http://localhost:%s\"}",
             api_url + sizeof ip - 1);
}

#endif /* OPI_TEST_LOAD_CYCLE_H */
