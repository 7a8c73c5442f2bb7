/*
 * Checks shared by the C host programs.
 *
 * A failed check prints one line (file, line, what was expected, the result) and the
 * program carries on, so one run reports every failure; main() then exits non-zero.
 * Results are matched by substring: libopi and the stand-in write JSON without spaces,
 * so `"ok":true` or `"parameter":"ChatID"` appear exactly like that.
 */
#ifndef OPI_TEST_CHECK_H
#define OPI_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

#include "opi.h"

/* The one token the loopback stand-in accepts; tests/c_hosts.rs fails if this copy
 * ever differs from opi_standin::TOKEN. */
#define STANDIN_TOKEN "6129457865:AAFyzNYOAFbu-loopback-stand-in"
/* Well-formed, so it reaches the stand-in, which answers 401. */
#define WRONG_TOKEN "6129457865:AAwrong-token-for-the-stand-in"

/* Both macros count failures in a variable named `failures` that the caller has in
 * scope: a global in host.c, one per thread in threads.c. */
#include "check_macro.h"

/* EXPECT(call, "must appear", "!must not appear", ...): runs `call`, which returns an
 * owned result, checks it, and releases it with opi_free. */
#define EXPECT(call, ...)                                                        \
    (failures += expect_result(__FILE__, __LINE__, #call, (call),                \
                               (const char *const[]){__VA_ARGS__, NULL}))

/* The part of a token after the bot id is the secret that must never be echoed. */
static int holds_secret(const char *result, const char *token) {
    const char *secret = strchr(token, ':');
    return secret != NULL && strstr(result, secret + 1) != NULL;
}

/* Returns the number of failed checks (0 or 1) and releases `result`. Every result,
 * whatever else is wanted of it, must be a JSON object that starts with "ok" and never
 * holds a token. */
static int expect_result(const char *file, int line, const char *call, char *result,
                         const char *const *wanted) {
    const char *problem = NULL;
    const char *const *w;
    if (result == NULL) {
        fprintf(stderr, "FAIL %s:%d: %s returned NULL\n", file, line, call);
        return 1;
    }
    if (strncmp(result, "{\"ok\":", 6) != 0) {
        problem = "a JSON object starting with \"ok\"";
    } else if (holds_secret(result, STANDIN_TOKEN) || holds_secret(result, WRONG_TOKEN)) {
        problem = "no token";
    }
    for (w = wanted; problem == NULL && *w != NULL; ++w) {
        int absent = **w == '!';
        const char *needle = absent ? *w + 1 : *w;
        if ((strstr(result, needle) == NULL) != absent) {
            problem = *w;
        }
    }
    if (problem != NULL) {
        /* Results quote bad input back, which may be 1 MiB long. */
        fprintf(stderr, "FAIL %s:%d: %s: wanted %s, got %.400s\n", file, line, call, problem,
                result);
    }
    opi_free(result);
    return problem != NULL;
}

#endif /* OPI_TEST_CHECK_H */
