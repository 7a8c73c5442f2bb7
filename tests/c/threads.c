/*
 * Many POSIX threads calling libopi at once, as a multi-threaded host does.
 *
 *   OPI_TELEGRAM_API_URL=http://127.0.0.1:PORT ./threads [configure]
 *
 * Each result names the thread and call that asked for it (the link's title echoes
 * them), so an answer delivered to the wrong caller is caught, not just a crash.
 * Exactly THREADS * (CALLS - CALLS / INVALID_EVERY) requests reach the server; the test
 * that runs this program checks that count.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "opi.h"

#define THREADS 8
#define CALLS 200
/* Every tenth call has a bad UserLimit, so refusals interleave with requests. */
#define INVALID_EVERY 10

struct worker {
    pthread_t thread;
    int index;
    int failures;
};

static void *work(void *arg) {
    struct worker *self = arg;
    int failures = 0;
    int call;
    char chat[32];
    char title[32];
    char wanted_title[64];
    char wanted_limit[64];

    /* Settings are read while other threads' calls are in flight. */
    EXPECT(opi_configure(NULL), "\"ok\":true", "\"api_url\":\"http://127.0.0.1:");

    snprintf(chat, sizeof chat, "@thread_%d", self->index);
    for (call = 0; call < CALLS; ++call) {
        int32_t limit = (int32_t)(call % 100 + 1);
        if (call % INVALID_EVERY == INVALID_EVERY - 1) {
            EXPECT(opi_telegram_create_invitation_link(STANDIN_TOKEN, chat, NULL, NULL, -limit),
                   "\"ok\":false", "\"kind\":\"invalid_argument\"",
                   "\"parameter\":\"UserLimit\"");
            continue;
        }
        snprintf(title, sizeof title, "t%d c%d", self->index, call);
        snprintf(wanted_title, sizeof wanted_title, "\"name\":\"%s\"", title);
        snprintf(wanted_limit, sizeof wanted_limit, "\"member_limit\":%d", (int)limit);
        EXPECT(opi_telegram_create_invitation_link(STANDIN_TOKEN, chat, title, NULL, limit),
               "\"ok\":true", "\"invite_link\":\"https://t.me/+", wanted_title, wanted_limit);
    }
    self->failures = failures;
    return NULL;
}

/* `configure`: two threads change settings at once, each its own key, ROUNDS times. Each
 * change must survive the other thread's: before every change, the thread's previous
 * value must still be in force. */
#define ROUNDS 1000
static const char *const keys[2] = {"timeout_ms", "connect_timeout_ms"};

static void *reconfigure(void *arg) {
    struct worker *self = arg;
    int failures = 0;
    const char *key = keys[self->index];
    char options[64];
    char wanted[64];
    int round;

    for (round = 1; round <= ROUNDS; ++round) {
        if (round > 1) {
            snprintf(wanted, sizeof wanted, "\"%s\":%d,", key, 10000 + round - 1);
            EXPECT(opi_configure(NULL), "\"ok\":true", wanted);
        }
        snprintf(options, sizeof options, "{\"%s\":%d}", key, 10000 + round);
        snprintf(wanted, sizeof wanted, "\"%s\":%d,", key, 10000 + round);
        EXPECT(opi_configure(options), "\"ok\":true", wanted);
    }
    self->failures = failures;
    return NULL;
}

int main(int argc, char **argv) {
    struct worker workers[THREADS];
    int configure = argc > 1 && strcmp(argv[1], "configure") == 0;
    int threads = configure ? 2 : THREADS;
    int failures = 0;
    int i;

    for (i = 0; i < threads; ++i) {
        workers[i].index = i;
        workers[i].failures = 0;
        if (pthread_create(&workers[i].thread, NULL, configure ? reconfigure : work,
                           &workers[i]) != 0) {
            fprintf(stderr, "FAIL: cannot start thread %d\n", i);
            return 1;
        }
    }
    for (i = 0; i < threads; ++i) {
        CHECK(pthread_join(workers[i].thread, NULL) == 0);
        failures += workers[i].failures;
    }

    if (failures != 0) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    if (configure) {
        printf("all checks passed: 2 threads x %d changes of settings\n", ROUNDS);
    } else {
        printf("all checks passed: %d threads x %d calls\n", THREADS, CALLS);
    }
    return 0;
}
