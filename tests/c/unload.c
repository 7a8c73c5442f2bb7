/*
 * libopi loaded, used and unloaded again and again, as plug-in hosts do with dlopen and
 * dlclose and as OneScript does for every script: each cycle configures the library
 * and creates a link with a date in local time (the path that reads the time zone),
 * then unloads it. The cycles run twice: against the api_url of the environment, an IP
 * address, then against the same server by the name localhost, as the default
 * api.telegram.org is a name (the path that looks a name up). After dlclose nothing of the library may remain: no mapping of its
 * file, no open socket, no thread, and after the first cycle no growth of the heap.
 *
 *   GLIBC_TUNABLES=glibc.malloc.tcache_count=0 \
 *   OPI_TELEGRAM_API_URL=http://127.0.0.1:PORT ./unload LIBRARY [CYCLES]
 *
 * Without the thread cache, glibc's mallinfo2() counts a freed block as free; with it,
 * blocks parked in the cache count as in use, and the heap seems to grow for a few
 * cycles while the cache fills. (Under valgrind mallinfo2() reports nothing; there the
 * leak check does this job.)
 *
 * The api_url must be http://127.0.0.1:PORT. Prints one line per cycle with what it measured; exits 1 after any failed check.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "footprint.h"

static int failures;

#include "check_macro.h"
#include "load_cycle.h"

/* Growth of the heap allowed over all cycles after the first. One load of libopi used to
 * leave some 265 KB behind (the client and its connection's buffers). What still grows:
 * glibc's own 2.3 KB on the second load (the same with a four-line C library), and
 * ureq's 10-byte Accept-Encoding value, a 32-byte block a load (see unload.supp). */
#define HEAP_SLACK 8192

/* A function of the loaded library; dlsym's object pointer is copied into a function
 * pointer, as POSIX allows and ISO C cannot say. */
static void symbol(void *library, const char *name, void *out, size_t size) {
    void *address = dlsym(library, name);
    if (address == NULL) {
        fprintf(stderr, "FAIL: %s lacks %s\n", "the library", name);
        exit(1);
    }
    memcpy(out, &address, size);
}

/* One load, use and unload, with `settings` given to opi_configure. */
static void cycle(const char *path, const char *settings) {
    configure_fn configure;
    create_fn create;
    free_fn release;
    void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        fprintf(stderr, "FAIL: cannot load %s: %s\n", path, dlerror());
        exit(1);
    }
    symbol(library, "opi_configure", &configure, sizeof configure);
    symbol(library, "opi_telegram_create_invitation_link", &create, sizeof create);
    symbol(library, "opi_free", &release, sizeof release);

    /* The first call makes the client from the environment; this one replaces it. */
    expect(configure(settings), "\"ok\":true", release, "opi_configure");
    /* A date without an offset is read in the local time zone. */
    expect(create(STANDIN_TOKEN, "@testsichee", "Unload", "2025-05-02T15:46:10", 200),
           "\"ok\":true", release, "opi_telegram_create_invitation_link");
    expect(create(STANDIN_TOKEN, "@testsichee", NULL, "02.05.2025", 0), "\"ok\":true",
           release, "a second call on the kept connection");
    CHECK(dlclose(library) == 0);
}

/* `cycles` cycles with `settings`, each followed by the checks against what was open
 * and running before any (`descriptors`, `threads`). The heap is measured against the
 * first cycle of the round: a round's first lookup of a name may leave glibc's own
 * resolver state behind, once. */
static void round_of(const char *path, const char *settings, long cycles, long descriptors,
                     long threads) {
    long long heap = 0;
    long n;
    printf("with %s\n", settings);
    for (n = 1; n <= cycles; ++n) {
        long mapped, open, running;
        long long in_use;
        cycle(path, settings);
        mapped = mappings_of(path);
        open = open_descriptors();
        running = running_threads();
        in_use = heap_in_use();
        printf("cycle %ld: mappings %ld, descriptors %ld, threads %ld, heap %lld bytes\n", n,
               mapped, open, running, in_use);
        if (mapped != 0) {
            fprintf(stderr, "FAIL cycle %ld: %ld mappings of %s remain\n", n, mapped, path);
            ++failures;
        }
        if (open != descriptors) {
            fprintf(stderr, "FAIL cycle %ld: %ld descriptors open, %ld before\n", n, open,
                    descriptors);
            ++failures;
        }
        if (running != threads) {
            fprintf(stderr, "FAIL cycle %ld: %ld threads, %ld before\n", n, running, threads);
            ++failures;
        }
        if (n == 1) {
            heap = in_use;
        } else if (in_use > heap + HEAP_SLACK) {
            fprintf(stderr,
                    "FAIL cycle %ld: heap %lld bytes, %lld after the first cycle "
                    "(is GLIBC_TUNABLES=glibc.malloc.tcache_count=0 set?)\n",
                    n, in_use, heap);
            ++failures;
        }
    }
}

int main(int argc, char **argv) {
    char path[PATH_MAX], by_ip[256], by_name[256];
    long cycles = argc > 2 ? strtol(argv[2], NULL, 10) : 20;
    long descriptors, threads;
    if (argc < 2 || cycles < 2) {
        fprintf(stderr, "usage: %s LIBRARY [CYCLES, at least 2]\n", argv[0]);
        return 2;
    }
    round_settings(by_ip, by_name);
    /* The kernel lists a mapped file by its absolute path with links resolved. */
    if (realpath(argv[1], path) == NULL) {
        fprintf(stderr, "FAIL: no library at %s\n", argv[1]);
        return 1;
    }
    /* Printed first, so that stdout's buffer is in place before anything is measured. */
    printf("loading and unloading %s %ld times by address and %ld by name\n", path, cycles,
           cycles);
    descriptors = open_descriptors();
    threads = running_threads();
    CHECK(mappings_of(path) == 0);

    round_of(path, by_ip, cycles, descriptors, threads);
    round_of(path, by_name, cycles, descriptors, threads);
    if (failures != 0) {
        fprintf(stderr, "%d checks failed\n", failures);
        return 1;
    }
    printf("unloaded cleanly %ld times by address and %ld by name\n", cycles, cycles);
    return 0;
}
