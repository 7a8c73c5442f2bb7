/*
 * libopi in a host that forks, as pre-forking servers and Python's multiprocessing do.
 *
 *   OPI_TELEGRAM_API_URL=http://127.0.0.1:9 ./fork SECTION URL
 *
 * URL is the stand-in (http:// or https://); it is set with opi_configure before any
 * fork, while the environment names a port where nothing listens, so a child that lost
 * the settings made before the fork fails instead of passing by chance.
 *
 *   idle     one call leaves a connection in the pool; 3 children are forked, and all 4
 *            processes make 200 calls at once
 *   threads  3 children are forked while 4 threads are in the middle of calls; each
 *            child makes 50 calls, the threads carry on meanwhile
 *   exit     one call; a child that makes none exits; the parent calls again (the test
 *            checks that both calls came on one connection)
 *
 * Every answer must be the caller's own: the title echoed in it names the process, the
 * thread and the call. A child that is not done within CHILD_LIMIT seconds is killed
 * and counted as a failure, so a hang fails the run instead of stalling it.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "opi.h"

#define CHILDREN 3
#define THREADS 4
#define CALLS 200
#define CHILD_CALLS 50
#define CHILD_LIMIT 60

static int failures;
static const char *api_url;

static void pause_ms(long ms) {
    struct timespec t;
    t.tv_sec = ms / 1000;
    t.tv_nsec = (ms % 1000) * 1000000L;
    nanosleep(&t, NULL);
}

/* Makes `calls` calls as `who`; each answer must carry this call's own title. Returns
 * the number of failed checks. */
static int calls_as(const char *who, int calls) {
    int failures = 0;
    int call;
    char title[32];
    char wanted[64];
    for (call = 0; call < calls; ++call) {
        snprintf(title, sizeof title, "%s c%d", who, call);
        snprintf(wanted, sizeof wanted, "\"name\":\"%s\"", title);
        EXPECT(opi_telegram_create_invitation_link(STANDIN_TOKEN, "@forked", title, NULL, 0),
               "\"ok\":true", "\"invite_link\":\"https://t.me/+", wanted);
    }
    return failures;
}

/* In a child: the settings made before the fork are in force. */
static int settings_kept(void) {
    int failures = 0;
    char wanted[300];
    snprintf(wanted, sizeof wanted, "\"api_url\":\"%s\"", api_url);
    EXPECT(opi_configure(NULL), "\"ok\":true", wanted, "\"timeout_ms\":20000");
    return failures;
}

/* Forks a child that runs `body` and exits with its failure count (capped). */
static pid_t fork_child(int (*body)(int), int index) {
    pid_t pid = fork();
    if (pid == 0) {
        int failed = settings_kept() + body(index);
        exit(failed > 100 ? 100 : failed);
    }
    if (pid < 0) {
        fprintf(stderr, "FAIL: fork failed\n");
        ++failures;
    }
    return pid;
}

/* Waits for every child, killing any that is still running after CHILD_LIMIT seconds. */
static void wait_children(const pid_t *children, int count) {
    time_t deadline = time(NULL) + CHILD_LIMIT;
    int i;
    for (i = 0; i < count; ++i) {
        int status = 0;
        pid_t done = 0;
        if (children[i] <= 0) {
            continue;
        }
        while ((done = waitpid(children[i], &status, WNOHANG)) == 0 && time(NULL) < deadline) {
            pause_ms(10);
        }
        if (done == 0) {
            kill(children[i], SIGKILL);
            waitpid(children[i], &status, 0);
            fprintf(stderr, "FAIL: child %d did not finish within %d s\n", i, CHILD_LIMIT);
            ++failures;
        } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "FAIL: child %d ended with status %d\n", i, status);
            ++failures;
        }
    }
}

static int child_calls(int index) {
    char who[16];
    snprintf(who, sizeof who, "p%d", index + 1);
    return calls_as(who, CALLS);
}

static void idle(void) {
    pid_t children[CHILDREN];
    int i;
    EXPECT(opi_telegram_create_invitation_link(STANDIN_TOKEN, "@forked", "first", NULL, 0),
           "\"ok\":true", "\"name\":\"first\"");
    for (i = 0; i < CHILDREN; ++i) {
        children[i] = fork_child(child_calls, i);
    }
    failures += calls_as("p0", CALLS);
    wait_children(children, CHILDREN);
}

struct worker {
    pthread_t thread;
    int index;
    int failures;
    int calls;
};

static pthread_mutex_t progress = PTHREAD_MUTEX_INITIALIZER;
static int stopping;

static void *work(void *arg) {
    struct worker *self = arg;
    char who[16];
    int go_on = 1;
    int call = 0;
    while (go_on) {
        snprintf(who, sizeof who, "t%d n%d", self->index, call++);
        self->failures += calls_as(who, 1);
        /* Other work between calls, during which the connection waits in the pool. */
        pause_ms(1);
        pthread_mutex_lock(&progress);
        ++self->calls;
        go_on = !stopping;
        pthread_mutex_unlock(&progress);
    }
    return NULL;
}

static int least_calls(const struct worker *workers) {
    int least;
    int i;
    pthread_mutex_lock(&progress);
    least = workers[0].calls;
    for (i = 1; i < THREADS; ++i) {
        least = workers[i].calls < least ? workers[i].calls : least;
    }
    pthread_mutex_unlock(&progress);
    return least;
}

static int child_calls_among_threads(int index) {
    char who[16];
    snprintf(who, sizeof who, "k%d", index);
    return calls_as(who, CHILD_CALLS);
}

static void threads(void) {
    struct worker workers[THREADS];
    pid_t children[CHILDREN];
    time_t deadline = time(NULL) + CHILD_LIMIT;
    int i;
    for (i = 0; i < THREADS; ++i) {
        workers[i].index = i;
        workers[i].failures = 0;
        workers[i].calls = 0;
        if (pthread_create(&workers[i].thread, NULL, work, &workers[i]) != 0) {
            fprintf(stderr, "FAIL: cannot start thread %d\n", i);
            exit(1);
        }
    }
    /* Every thread is under way, and so has connections in use and in the pool. */
    while (least_calls(workers) < 5 && time(NULL) < deadline) {
        pause_ms(1);
    }
    for (i = 0; i < CHILDREN; ++i) {
        children[i] = fork_child(child_calls_among_threads, i);
        pause_ms(2);
    }
    wait_children(children, CHILDREN);
    pthread_mutex_lock(&progress);
    stopping = 1;
    pthread_mutex_unlock(&progress);
    for (i = 0; i < THREADS; ++i) {
        CHECK(pthread_join(workers[i].thread, NULL) == 0);
        failures += workers[i].failures;
    }
}

static int no_calls(int index) {
    (void)index;
    return 0;
}

static void exit_without_calling(void) {
    pid_t child;
    EXPECT(opi_telegram_create_invitation_link(STANDIN_TOKEN, "@forked", "before", NULL, 0),
           "\"ok\":true", "\"name\":\"before\"");
    child = fork();
    if (child == 0) {
        /* exit, not _exit: whatever runs at exit runs. */
        exit(0);
    }
    wait_children(&child, 1);
    EXPECT(opi_telegram_create_invitation_link(STANDIN_TOKEN, "@forked", "after", NULL, 0),
           "\"ok\":true", "\"name\":\"after\"");
    /* And one that reads the settings but makes no call. */
    child = fork_child(no_calls, 0);
    wait_children(&child, 1);
    EXPECT(opi_telegram_create_invitation_link(STANDIN_TOKEN, "@forked", "last", NULL, 0),
           "\"ok\":true", "\"name\":\"last\"");
}

int main(int argc, char **argv) {
    char options[300];
    if (argc != 3) {
        fprintf(stderr, "usage: %s idle|threads|exit URL\n", argv[0]);
        return 2;
    }
    api_url = argv[2];
    snprintf(options, sizeof options, "{\"api_url\":\"%s\",\"timeout_ms\":20000}", api_url);
    EXPECT(opi_configure(options), "\"ok\":true");

    if (strcmp(argv[1], "idle") == 0) {
        idle();
    } else if (strcmp(argv[1], "threads") == 0) {
        threads();
    } else if (strcmp(argv[1], "exit") == 0) {
        exit_without_calling();
    } else {
        fprintf(stderr, "no section named %s\n", argv[1]);
        return 2;
    }
    if (failures != 0) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("all checks passed: %s\n", argv[1]);
    return 0;
}
