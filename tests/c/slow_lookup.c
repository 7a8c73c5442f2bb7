/*
 * A name resolver that answers late or never, for tests: put in front of the C
 * library's getaddrinfo with LD_PRELOAD, it holds back the names under slow.test and
 * passes every other name on.
 *
 *   <ms>.slow.test    answers 127.0.0.1 after <ms> milliseconds
 *   <ms>.slow6.test   answers ::1 after <ms> milliseconds
 *   never.slow.test   never answers (nor does anything else starting with "never.")
 *
 * slow_lookups counts the lookups of those names that started; a test reads it with
 * dlsym.
 */
#define _GNU_SOURCE

#include <dlfcn.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int slow_lookups;

typedef int (*getaddrinfo_fn)(const char *, const char *, const struct addrinfo *,
                              struct addrinfo **);

static int ends_with(const char *name, const char *suffix) {
    size_t n = strlen(name), k = strlen(suffix);
    return n > k && strcmp(name + n - k, suffix) == 0;
}

int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints,
                struct addrinfo **res) {
    getaddrinfo_fn real;
    const char *answer = NULL;
    void *address = dlsym(RTLD_NEXT, "getaddrinfo");
    /* dlsym's object pointer copied into a function pointer, as POSIX allows. */
    memcpy(&real, &address, sizeof real);
    if (node != NULL && ends_with(node, ".slow.test")) {
        answer = "127.0.0.1";
    } else if (node != NULL && ends_with(node, ".slow6.test")) {
        answer = "::1";
    }
    if (answer == NULL) {
        return real(node, service, hints, res);
    }
    __atomic_fetch_add(&slow_lookups, 1, __ATOMIC_SEQ_CST);
    if (strncmp(node, "never.", 6) == 0) {
        for (;;) {
            pause();
        }
    } else {
        long ms = strtol(node, NULL, 10);
        struct timespec left = {ms / 1000, (ms % 1000) * 1000000L};
        while (nanosleep(&left, &left) != 0) {
        }
    }
    return real(answer, service, hints, res);
}
