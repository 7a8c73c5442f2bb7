/*
 * A host that loads libopi with dlopen, uses it, unloads it and then forks, as a host
 * that loads add-ins on demand does.
 *
 *   OPI_TELEGRAM_API_URL=http://127.0.0.1:PORT ./fork_after_unload path/to/libopi.so TOKEN
 *
 * libopi's fork handlers live in the library; once it is unloaded, fork() must not call
 * into it. (libopi files them under its own __dso_handle and drops them as it is
 * unloaded; were they left registered, this fork would jump into unmapped code.)
 */
#define _POSIX_C_SOURCE 200809L

#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* check.h is for programs linked with libopi; this one only loads it. */
#include "check_macro.h"

typedef char *(*create_fn)(const char *, const char *, const char *, const char *, int32_t);
typedef void (*free_fn)(char *);

static int failures;

/* Forks a child that exits at once; true when it did. */
static int forks_cleanly(void) {
    int status = 0;
    pid_t child = fork();
    if (child == 0) {
        _exit(0);
    }
    return child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status) &&
           WEXITSTATUS(status) == 0;
}

int main(int argc, char **argv) {
    void *library;
    create_fn create;
    free_fn release;
    char *result;
    if (argc != 3) {
        fprintf(stderr, "usage: %s path/to/libopi.so TOKEN\n", argv[0]);
        return 2;
    }
    library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        fprintf(stderr, "FAIL: cannot load %s: %s\n", argv[1], dlerror());
        return 1;
    }
    /* Through a union: ISO C has no conversion from void * to a function pointer. */
    {
        union { void *object; create_fn function; } c;
        union { void *object; free_fn function; } f;
        c.object = dlsym(library, "opi_telegram_create_invitation_link");
        f.object = dlsym(library, "opi_free");
        create = c.function;
        release = f.function;
    }
    CHECK(create != NULL && release != NULL);
    if (create == NULL || release == NULL) {
        return 1;
    }
    /* A call leaves a connection in the pool; a fork now runs libopi's handlers. */
    result = create(argv[2], "@unloaded", "loaded", NULL, 0);
    CHECK(strstr(result, "\"ok\":true") != NULL);
    release(result);
    CHECK(forks_cleanly());

    CHECK(dlclose(library) == 0);
    CHECK(forks_cleanly());

    if (failures != 0) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("all checks passed\n");
    return 0;
}
