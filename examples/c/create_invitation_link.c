/*
 * Creates an invite link for a Telegram chat with libopi and prints Telegram's answer.
 *
 * Build against an installed libopi:
 *   cc -std=c99 create_invitation_link.c $(pkg-config --cflags --libs opi) \
 *      -o create_invitation_link
 * Run:
 *   TELEGRAM_BOT_TOKEN=123456:ABC... ./create_invitation_link @my_channel "Spring" 2025-06-01 100
 *
 * The token comes from the environment rather than the command line, where any user of
 * the machine could read it in the process list.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <opi.h>

int main(int argc, char **argv) {
    const char *token = getenv("TELEGRAM_BOT_TOKEN");
    const char *title = argc > 2 ? argv[2] : NULL;      /* NULL: no title */
    const char *expires = argc > 3 ? argv[3] : NULL;    /* NULL: never expires */
    long long limit = 0;                                /* 0: no limit on members */
    char *result;
    int ok;

    if (token == NULL || argc < 2 || argc > 5) {
        fprintf(stderr,
                "usage: TELEGRAM_BOT_TOKEN=... %s CHAT [TITLE [EXPIRES [USER_LIMIT]]]\n"
                "  CHAT     -1001234567890 or @channel_username\n"
                "  EXPIRES  2025-06-01T18:00:00 (local time), 2025-06-01, or Unix seconds\n",
                argv[0]);
        return 2;
    }
    if (argc > 4) {
        char *end;
        errno = 0;
        limit = strtoll(argv[4], &end, 10);
        /* libopi checks the range itself; this only has to fit the value in an int32_t. */
        if (errno != 0 || *end != '\0' || limit < INT32_MIN || limit > INT32_MAX) {
            fprintf(stderr, "USER_LIMIT must be a whole number, not %s\n", argv[4]);
            return 2;
        }
    }

    result = opi_telegram_create_invitation_link(token, argv[1], title, expires,
                                                 (int32_t)limit);
    /* The result is never NULL: a JSON document, either Telegram's answer
     * {"ok":true,"result":{"invite_link":...}} or {"ok":false,"description":...}. "ok"
     * always comes first; a real program would hand the text to its JSON parser. */
    printf("%s\n", result);
    ok = strncmp(result, "{\"ok\":true", 10) == 0;
    /* Every result is released with opi_free, exactly once, never with free(). */
    opi_free(result);
    return ok ? 0 : 1;
}
