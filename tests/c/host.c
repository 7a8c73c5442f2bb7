/*
 * libopi as a C host sees it: every exported function, every answer the stand-in can
 * give, every local error kind, and every way a caller can pass bad pointers or bytes.
 *
 *   OPI_TELEGRAM_API_URL=http://127.0.0.1:PORT ./host [section...]
 *
 * With no section named, all of them run. The sections are separate so that a test can
 * run `arguments` alone and then check that the stand-in received no request at all.
 * The same source builds for Windows with MinGW; only the socket calls differ.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
typedef SOCKET socket_t;
#define close_socket closesocket
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
typedef int socket_t;
#define INVALID_SOCKET (-1)
#define close_socket close
#endif

#include "check.h"
#include "opi.h"

static int failures;

/* The stand-in's base URL, from the same variable libopi reads. */
static const char *api_url;

#define MIB (1024 * 1024)

static socket_t refusing_port(int *port);

static char *create(const char *token, const char *chat, const char *title,
                    const char *expire, int32_t limit) {
    return opi_telegram_create_invitation_link(token, chat, title, expire, limit);
}

/* Points libopi at `url` (and back again), checking that the change was accepted. */
static void use_api_url(const char *url) {
    char options[256];
    char reported[300];
    snprintf(options, sizeof options, "{\"api_url\":\"%s\"}", url);
    snprintf(reported, sizeof reported, "\"api_url\":\"%s\"", url);
    EXPECT(opi_configure(options), "\"ok\":true", reported);
}

/* `length` bytes of `fill` after `prefix`, NUL-terminated; the caller frees it. */
static char *long_string(const char *prefix, char fill, size_t length) {
    size_t start = strlen(prefix);
    char *s = malloc(length + 1);
    if (s == NULL) {
        fprintf(stderr, "FAIL: out of memory\n");
        exit(1);
    }
    memcpy(s, prefix, start);
    memset(s + start, fill, length - start);
    s[length] = '\0';
    return s;
}

static void version(void) {
    char expected[64];
    const char *v = opi_version();
    snprintf(expected, sizeof expected, "%d.%d.%d", OPI_VERSION_MAJOR, OPI_VERSION_MINOR,
             OPI_VERSION_PATCH);
    CHECK(v != NULL);
    CHECK(v != NULL && strcmp(v, expected) == 0);
    /* A static string: the same pointer every time, and nothing to free. */
    CHECK(opi_version() == v);
    /* The documented no-op. */
    opi_free(NULL);
}

/* The library describes itself: every function of the header is in the table, and each
   error kind's macro is named there too. */
static void describe(void) {
    char version_key[80];
    snprintf(version_key, sizeof version_key, "\"version\":\"%s\"", opi_version());
    EXPECT(opi_describe(), "\"ok\":true", version_key,
           "\"c_function\":\"opi_telegram_create_invitation_link\"",
           "\"c_function\":\"opi_telegram_get_bot_information\"",
           "\"name_ru\":\"СоздатьСсылкуПриглашение\"", "\"c_type\":\"int32_t\"",
           "\"name\":\"" OPI_KIND_INVALID_ARGUMENT "\"", "\"name\":\"" OPI_KIND_TIMEOUT "\"");
}

static void configure(void) {
    char reported[300];
    snprintf(reported, sizeof reported, "\"api_url\":\"%s\"", api_url);

    /* NULL, "" and {} change nothing and report the settings, which came from the
     * environment. */
    EXPECT(opi_configure(NULL), "\"ok\":true", reported, "\"timeout_ms\":30000");
    EXPECT(opi_configure(""), "\"ok\":true", reported);
    EXPECT(opi_configure("{}"), "\"ok\":true", reported);
    EXPECT(opi_configure("{\"timeout_ms\":20000,\"max_retry_after_s\":0}"), "\"ok\":true",
           "\"timeout_ms\":20000", "\"max_retry_after_s\":0");

    EXPECT(opi_configure("{\"colour\":1}"), "\"ok\":false", "\"kind\":\"invalid_argument\"",
           "\"parameter\":\"options_json\"");
    EXPECT(opi_configure("not json"), "\"kind\":\"invalid_argument\"",
           "\"parameter\":\"options_json\"");
    EXPECT(opi_configure("[1]"), "\"kind\":\"invalid_argument\"",
           "\"parameter\":\"options_json\"");
    EXPECT(opi_configure("{\"timeout_ms\":\"soon\"}"), "\"kind\":\"invalid_argument\"",
           "\"parameter\":\"timeout_ms\"");
    EXPECT(opi_configure("{\"api_url\":\"ftp://x\"}"), "\"kind\":\"invalid_argument\"",
           "\"parameter\":\"api_url\"");
    EXPECT(opi_configure("{\"api_url\":\"\xff\"}"), "\"kind\":\"invalid_argument\"",
           "\"parameter\":\"options_json\"");

    /* A rejected call changes nothing, not even its valid keys. */
    EXPECT(opi_configure("{\"timeout_ms\":1000,\"colour\":1}"), "\"ok\":false");
    EXPECT(opi_configure(NULL), "\"timeout_ms\":20000", reported);
    EXPECT(opi_configure("{\"timeout_ms\":30000}"), "\"ok\":true", "\"timeout_ms\":30000");
}

/* An api_url that cannot work is refused by name and changes nothing: a query (the
 * token would ride in it), a fragment (the path would be cut off), no host, a broken
 * address or port, a NUL. */
static void api_urls(void) {
    static const char *const refused[] = {
        "{\"api_url\":\"http://127.0.0.1:8081?x=1\"}",
        "{\"api_url\":\"http://127.0.0.1:8081/#top\"}",
        "{\"api_url\":\"http:///x\"}",
        "{\"api_url\":\"http://[::1\"}",
        "{\"api_url\":\"http://127.0.0.1:8081\\u0000\"}",
        "{\"api_url\":\"http://127.0.0.1:99999\"}",
        "{\"api_url\":\"http://127.0.0.1:80x\"}",
        "{\"api_url\":\"http://:8081\"}",
    };
    char reported[300];
    size_t i;
    snprintf(reported, sizeof reported, "\"api_url\":\"%s\"", api_url);
    for (i = 0; i < sizeof refused / sizeof refused[0]; ++i) {
        EXPECT(opi_configure(refused[i]), "\"ok\":false", "\"kind\":\"invalid_argument\"",
               "\"parameter\":\"api_url\"");
    }
    EXPECT(opi_configure(NULL), "\"ok\":true", reported);
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, 0), "\"ok\":true");
    /* An IPv6 literal and a path prefix are fine. */
    EXPECT(opi_configure("{\"api_url\":\"http://[::1]:1/prefix/\"}"), "\"ok\":true",
           "\"api_url\":\"http://[::1]:1/prefix\"");
    use_api_url(api_url);
}

/* Passwords in URLs never show: not in configure's answer, not when refused, not in an
 * error description. */
static void passwords(void) {
    char url[256];
    int port;
    socket_t fd;
    EXPECT(opi_configure("{\"proxy\":\"http://me:pa/ss@127.0.0.1:3128\"}"), "!pa/ss", "!ss@");
    EXPECT(opi_configure("{\"proxy\":\"gopher://me:pa/ss@127.0.0.1:3128\"}"), "\"ok\":false",
           "!pa/ss", "!ss@");
    EXPECT(opi_configure("{\"proxy\":null}"), "\"ok\":true", "\"proxy\":null");

    fd = refusing_port(&port);
    snprintf(url, sizeof url, "{\"api_url\":\"http://me:s3cret@127.0.0.1:%d\"}", port);
    EXPECT(opi_configure(url), "\"ok\":true", "\"api_url\":\"http://me:***@127.0.0.1:", "!s3cret");
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, 0), "\"kind\":\"connection\"",
           "!s3cret", "!me:");
    close_socket(fd);
    EXPECT(opi_configure("{\"api_url\":\"ftp://me:s3cret@127.0.0.1\"}"), "\"ok\":false",
           "!s3cret");
    use_api_url(api_url);
}

static void success(void) {
    EXPECT(create(STANDIN_TOKEN, "@testchat", "Link", "", 0), "\"ok\":true",
           "\"invite_link\":\"https://t.me/+", "\"name\":\"Link\"", "!\"expire_date\"",
           "!\"member_limit\"");
    /* NULL and "" both mean "not given" for the optional arguments. */
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, 0), "\"ok\":true", "!\"name\"",
           "!\"expire_date\"");
    EXPECT(create(STANDIN_TOKEN, "@testchat", "", "", 0), "\"ok\":true", "!\"name\"");
    EXPECT(create(STANDIN_TOKEN, "-1001234567890", NULL, NULL, 0), "\"ok\":true");
    /* OPI's ChatID*TopicID: the topic is dropped. */
    EXPECT(create(STANDIN_TOKEN, "-1001234567890*15", NULL, NULL, 0), "\"ok\":true");
    /* 32 characters is the most Telegram allows, counted as characters, not bytes. */
    EXPECT(create(STANDIN_TOKEN, "@testchat", "\xd0\xa1\xd1\x81\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb0",
                  NULL, 0),
           "\"ok\":true", "\"name\":\"\xd0\xa1\xd1\x81\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb0\"");
    EXPECT(create(STANDIN_TOKEN, "@testchat", "0123456789abcdef0123456789abcdef", NULL, 0),
           "\"ok\":true");
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, "2030-01-01T00:00:00Z", 0), "\"ok\":true",
           "\"expire_date\":1893456000");
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, "1893456000", 0), "\"ok\":true",
           "\"expire_date\":1893456000");
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, "2030-01-01T03:00:00+03:00", 0),
           "\"ok\":true", "\"expire_date\":1893456000");
    /* Forms without an offset are local time; that they are read at all is checked here. */
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, "01.01.2030 00:00:00", 0), "\"ok\":true",
           "\"expire_date\":");
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, "2030-01-01", 0), "\"ok\":true",
           "\"expire_date\":");
    /* 1C's empty date is a permanent link. */
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, "0001-01-01T00:00:00", 0), "\"ok\":true",
           "!\"expire_date\"");
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, 1), "\"ok\":true",
           "\"member_limit\":1");
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, 99999), "\"ok\":true",
           "\"member_limit\":99999");
}

static void telegram_errors(void) {
    EXPECT(create(STANDIN_TOKEN, "@no_such_chat", "Link", NULL, 0), "\"ok\":false",
           "\"error_code\":400", "\"description\":\"Bad Request: chat not found\"",
           "!opi_error");
    EXPECT(create(WRONG_TOKEN, "@testchat", "Link", NULL, 0), "\"ok\":false",
           "\"error_code\":401", "\"description\":\"Unauthorized\"", "!opi_error");
    EXPECT(create(STANDIN_TOKEN, "@flood", "Link", NULL, 0), "\"ok\":false",
           "\"error_code\":429", "\"parameters\":{\"retry_after\":30}", "!opi_error");
}

/* Binds a loopback port without listening on it: connecting to it is refused for as
 * long as the socket stays open, and no other program can take the port meanwhile. */
static socket_t refusing_port(int *port) {
    struct sockaddr_in addr;
    socklen_t length = sizeof addr;
    socket_t fd;
#ifdef _WIN32
    WSADATA wsa;
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) {
        fprintf(stderr, "FAIL: WSAStartup\n");
        exit(1);
    }
#endif
    fd = socket(AF_INET, SOCK_STREAM, 0);
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd == INVALID_SOCKET || bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0 ||
        getsockname(fd, (struct sockaddr *)&addr, &length) != 0) {
        perror("FAIL: cannot bind a loopback port");
        exit(1);
    }
    *port = ntohs(addr.sin_port);
    return fd;
}

static void local_errors(void) {
    char url[256];
    int port;
    socket_t fd;

    EXPECT(create(STANDIN_TOKEN, "@bad_gateway", NULL, NULL, 0), "\"ok\":false",
           "\"kind\":\"bad_response\"", "\"http_status\":502");
    EXPECT(create(STANDIN_TOKEN, "@not_json", NULL, NULL, 0), "\"ok\":false",
           "\"kind\":\"bad_response\"", "\"http_status\":200");
    EXPECT(create(STANDIN_TOKEN, "@hang_up", NULL, NULL, 0), "\"ok\":false",
           "\"kind\":\"connection\"");

    /* A short whole-call timeout, so the stalled request gives up quickly. */
    EXPECT(opi_configure("{\"timeout_ms\":300}"), "\"ok\":true");
    EXPECT(create(STANDIN_TOKEN, "@stall", NULL, NULL, 0), "\"ok\":false",
           "\"kind\":\"timeout\"");
    EXPECT(opi_configure("{\"timeout_ms\":30000}"), "\"ok\":true");

    fd = refusing_port(&port);
    snprintf(url, sizeof url, "http://127.0.0.1:%d", port);
    use_api_url(url);
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, 0), "\"ok\":false",
           "\"kind\":\"connection\"");
    close_socket(fd);

    /* TLS spoken to the plain-HTTP stand-in fails the handshake. */
    CHECK(strncmp(api_url, "http://", 7) == 0);
    snprintf(url, sizeof url, "https://%s", api_url + 7);
    use_api_url(url);
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, 0), "\"ok\":false",
           "\"kind\":\"tls\"");

    use_api_url(api_url);
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, 0), "\"ok\":true");
}

/* A request the server read and then dropped, on a pooled connection: it may have
 * created a link, so it comes back as `connection` and is never sent twice. */
static void lost_answers(void) {
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, 0), "\"ok\":true");
    EXPECT(create(STANDIN_TOKEN, "@hang_up", NULL, NULL, 0), "\"ok\":false",
           "\"kind\":\"connection\"", "may have reached Telegram");
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, 0), "\"ok\":true");
    EXPECT(create(STANDIN_TOKEN, "@hang_up_mid_answer", NULL, NULL, 0), "\"ok\":false",
           "\"kind\":\"connection\"", "before it answered in full");
}

/* Under the default settings (max_retry_after_s 0) no 429 is waited out, not even one
 * asking for no wait at all. */
static void flood_now(void) {
    EXPECT(create(STANDIN_TOKEN, "@flood_now", NULL, NULL, 0), "\"ok\":false",
           "\"error_code\":429", "\"retry_after\":0", "!opi_error");
    EXPECT(create(STANDIN_TOKEN, "@flood_now_in_200", NULL, NULL, 0), "\"ok\":false",
           "\"error_code\":429", "!opi_error");
}

/* Sets `proxy` (NULL for none), checking that the change was accepted. */
static void use_proxy(const char *proxy) {
    char options[256];
    if (proxy == NULL) {
        EXPECT(opi_configure("{\"proxy\":null}"), "\"ok\":true", "\"proxy\":null");
        return;
    }
    snprintf(options, sizeof options, "{\"proxy\":\"%s\"}", proxy);
    EXPECT(opi_configure(options), "\"ok\":true");
}

/* Failures on the way to a proxy name the proxy and carry "hop":"proxy". The proxies
 * that answer 407 or 403 or hang up are started by the test that runs this section and
 * given in OPI_TEST_PROXY_407, OPI_TEST_PROXY_403 and OPI_TEST_PROXY_HANG_UP
 * (host:port); a run without them (all sections at once) skips those cases, and the
 * section prints how many it checked. Calls through a proxy ask for @through_proxy,
 * which must never reach the stand-in. */
static void proxy_errors(void) {
    static const struct {
        const char *variable;
        const char *says;
    } answering[] = {
        {"OPI_TEST_PROXY_407", "requires authentication (HTTP 407)"},
        {"OPI_TEST_PROXY_403", "refused to connect us to"},
        {"OPI_TEST_PROXY_HANG_UP", "closed the connection before it connected us to"},
    };
    char proxy[256];
    char named[300];
    const char *address;
    size_t i;
    int checked = 0;
    int port;
    socket_t fd = refusing_port(&port);

    snprintf(proxy, sizeof proxy, "http://127.0.0.1:%d", port);
    snprintf(named, sizeof named, "the proxy 127.0.0.1:%d refused the connection", port);
    use_proxy(proxy);
    EXPECT(create(STANDIN_TOKEN, "@through_proxy", NULL, NULL, 0), "\"ok\":false",
           "\"kind\":\"connection\"", "\"hop\":\"proxy\"", named, "!Bot API");
    close_socket(fd);

    use_proxy("socks5h://me:s3cret@no-such-proxy.invalid:1080");
    EXPECT(create(STANDIN_TOKEN, "@through_proxy", NULL, NULL, 0), "\"ok\":false",
           "\"kind\":\"connection\"", "\"hop\":\"proxy\"",
           "cannot resolve the proxy's name no-such-proxy.invalid", "!s3cret");

    for (i = 0; i < sizeof answering / sizeof answering[0]; ++i) {
        address = getenv(answering[i].variable);
        if (address == NULL) {
            continue;
        }
        if (strlen(address) > 200) {
            fprintf(stderr, "FAIL: %s is too long\n", answering[i].variable);
            ++failures;
            continue;
        }
        ++checked;
        snprintf(proxy, sizeof proxy, "http://%s", address);
        snprintf(named, sizeof named, "the proxy %s ", address);
        use_proxy(proxy);
        EXPECT(create(STANDIN_TOKEN, "@through_proxy", NULL, NULL, 0), "\"ok\":false",
               "\"kind\":\"connection\"", "\"hop\":\"proxy\"", named,
               answering[i].says);
    }
    printf("proxy_errors: %d answering proxies checked\n", checked);

    /* Without the proxy the call goes through, and a failure of the server itself has
     * no hop. */
    use_proxy(NULL);
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, 0), "\"ok\":true");
    EXPECT(create(STANDIN_TOKEN, "@hang_up", NULL, NULL, 0), "\"kind\":\"connection\"",
           "!hop");
}

#define INVALID(parameter) "\"ok\":false", "\"kind\":\"invalid_argument\"", \
                           "\"parameter\":\"" parameter "\"", "\"description\":\"" parameter

/* Dates that are ambiguous or out of range, refused before anything is sent and without
 * a fault inside: run under TZ=Asia/Tokyo and TZ=America/New_York, where the extremes
 * once overflowed the date arithmetic. */
static void dates(void) {
    /* Each with the reason it is refused for: the year as written is judged before any
     * arithmetic, so a year far beyond chrono's reach in the local zone is still called
     * what it is. */
    static const char *const refused[][2] = {
        {"-262143-01-01", "before 1970"},
        {"+262142-12-31T23:59:59", "after the year 9999"},
        {"+262142-12-31", "after the year 9999"},
        {"-262143-01-01T00:00:00", "before 1970"},
        {"02.05.25", "reads as the year 25"},
        {"02.05.25 15:46:10", "reads as the year 25"},
        {"20250502", "too short for Unix seconds"},
        {"1969-12-31T23:59:59Z", "before 1970"},
        {"0000-01-01", "reads as the year 0"},
        {"1969-12-31", "before 1970"},
        {"253402300800", "after the year 9999"},
    };
    size_t i;
    for (i = 0; i < sizeof refused / sizeof refused[0]; ++i) {
        EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, refused[i][0], 0), INVALID("ExpirationDate"),
               refused[i][1]);
    }
    /* 1C's empty date still means "none", and the last day of 9999 is in range. */
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, "0001-01-01T00:00:00", 0), "\"ok\":true",
           "!\"expire_date\"");
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, "9999-12-31", 0), "\"ok\":true");
}

/* Every call here is refused before anything is sent. */
static void arguments(void) {
    /* Bytes that are not UTF-8: a stray continuation byte, a truncated sequence, an
     * overlong encoding, a UTF-16 surrogate, and 0xFF, which never occurs in UTF-8. */
    static const char *const not_utf8[] = {"\x80", "@chat\xc3", "\xc0\xaf", "\xed\xa0\x80",
                                           "\xff" "abc"};
    size_t i;
    char *big;

    /* NULL for each pointer: required ones are named, the first missing one first. */
    EXPECT(create(NULL, "@testchat", NULL, NULL, 0), INVALID("Token"));
    EXPECT(create(STANDIN_TOKEN, NULL, NULL, NULL, 0), INVALID("ChatID"));
    EXPECT(create(NULL, NULL, NULL, NULL, 0), INVALID("Token"));
    EXPECT(create("", "@testchat", NULL, NULL, 0), INVALID("Token"));
    EXPECT(create(STANDIN_TOKEN, "", NULL, NULL, 0), INVALID("ChatID"));

    for (i = 0; i < sizeof not_utf8 / sizeof not_utf8[0]; ++i) {
        EXPECT(create(not_utf8[i], "@testchat", NULL, NULL, 0), INVALID("Token"));
        EXPECT(create(STANDIN_TOKEN, not_utf8[i], NULL, NULL, 0), INVALID("ChatID"));
        EXPECT(create(STANDIN_TOKEN, "@testchat", not_utf8[i], NULL, 0), INVALID("Title"));
        EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, not_utf8[i], 0),
               INVALID("ExpirationDate"));
    }

    /* Characters that would change the URL the token goes into. */
    EXPECT(create("6129457865:AA/../x", "@testchat", NULL, NULL, 0), INVALID("Token"));
    EXPECT(create("6129457865:AA x", "@testchat", NULL, NULL, 0), INVALID("Token"));
    EXPECT(create("6129457865:AA?x", "@testchat", NULL, NULL, 0), INVALID("Token"));

    EXPECT(create(STANDIN_TOKEN, "@testchat", "0123456789abcdef0123456789abcdefX", NULL, 0),
           INVALID("Title"));
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, "tomorrow", 0), INVALID("ExpirationDate"));
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, "2025-13-01", 0),
           INVALID("ExpirationDate"));
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, -1), INVALID("UserLimit"));
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, 100000), INVALID("UserLimit"));
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, INT32_MIN), INVALID("UserLimit"));
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, NULL, INT32_MAX), INVALID("UserLimit"));

    /* 1 MiB strings that are refused on sight. */
    big = long_string("", 'T', MIB);
    EXPECT(create(STANDIN_TOKEN, "@testchat", big, NULL, 0), INVALID("Title"));
    EXPECT(create(STANDIN_TOKEN, "@testchat", NULL, big, 0), INVALID("ExpirationDate"));
    free(big);
    big = long_string("1:", 'a', MIB);
    big[MIB - 1] = '/';
    EXPECT(create(big, "@testchat", NULL, NULL, 0), INVALID("Token"));
    free(big);
    big = long_string("", '\xff', MIB);
    EXPECT(create(STANDIN_TOKEN, big, NULL, NULL, 0), INVALID("ChatID"));
    free(big);
}

/* 1 MiB strings that are valid as far as libopi can tell, so they go out. */
static void large(void) {
    char *big = long_string("@", 'c', MIB);
    EXPECT(create(STANDIN_TOKEN, big, "Link", NULL, 0), "\"ok\":true");
    free(big);

    /* A token that long makes a request line the stand-in refuses to read, as most
     * servers would; it may answer 413 or reset the connection while the request is
     * still being written. Either way the result is an error, never the token. */
    big = long_string("6129457865:", 'a', MIB);
    {
        char *result = create(big, "@testchat", NULL, NULL, 0);
        CHECK(result != NULL && strstr(result, big + 11) == NULL);
        EXPECT(result, "\"ok\":false");
    }
    free(big);

    big = long_string("", ' ', MIB);
    memcpy(big + MIB - 2, "{}", 2);
    EXPECT(opi_configure(big), "\"ok\":true");
    memcpy(big + MIB - 2, "{]", 2);
    EXPECT(opi_configure(big), INVALID("options_json"));
    free(big);
}

#define LINK "https://t.me/+hUgH4yjb_7wyZDBi"

/* The rest of the invite-link family, and the escape hatch for any method. */
static void family(void) {
    EXPECT(opi_telegram_edit_invitation_link(STANDIN_TOKEN, "@testchat", LINK, "Spring",
                                             "2030-01-01T00:00:00Z", 100),
           "\"ok\":true", "\"invite_link\":\"" LINK "\"", "\"name\":\"Spring\"",
           "\"expire_date\":1893456000", "\"member_limit\":100");
    /* Fields left out are not sent: Telegram resets them. */
    EXPECT(opi_telegram_edit_invitation_link(STANDIN_TOKEN, "@testchat", LINK, NULL, NULL, 0),
           "\"ok\":true", "!\"name\"", "!\"expire_date\"", "!\"member_limit\"");
    EXPECT(opi_telegram_revoke_invitation_link(STANDIN_TOKEN, "-1001234567890", LINK),
           "\"ok\":true", "\"invite_link\":\"" LINK "\"", "\"is_revoked\":true");
    EXPECT(opi_telegram_export_primary_invitation_link(STANDIN_TOKEN, "@testchat"),
           "\"ok\":true,\"result\":\"https://t.me/+");
    EXPECT(opi_telegram_create_join_request_link(STANDIN_TOKEN, "@testchat", "By request", NULL),
           "\"ok\":true", "\"creates_join_request\":true", "!\"member_limit\"");
    EXPECT(opi_telegram_create_subscription_link(STANDIN_TOKEN, "@testchat", "Members", 50),
           "\"ok\":true", "\"subscription_period\":2592000", "\"subscription_price\":50");
    EXPECT(opi_telegram_create_subscription_link(STANDIN_TOKEN, "@testchat", NULL, 10000),
           "\"ok\":true", "\"subscription_price\":10000");
    EXPECT(opi_telegram_edit_subscription_link(STANDIN_TOKEN, "@testchat", LINK, "Supporters"),
           "\"ok\":true", "\"name\":\"Supporters\"");
    EXPECT(opi_telegram_approve_join_request(STANDIN_TOKEN, "@testchat", INT64_C(5000000000)),
           "{\"ok\":true,\"result\":true}");
    EXPECT(opi_telegram_decline_join_request(STANDIN_TOKEN, "@testchat", 42),
           "{\"ok\":true,\"result\":true}");
    EXPECT(opi_telegram_approve_join_request(STANDIN_TOKEN, "@testchat", 1), "\"ok\":false",
           "\"error_code\":400", "HIDE_REQUESTER_MISSING", "!opi_error");
    EXPECT(opi_telegram_call(STANDIN_TOKEN, "getMe", NULL), "\"ok\":true", "\"is_bot\":true");
    EXPECT(opi_telegram_get_bot_information(STANDIN_TOKEN), "\"ok\":true", "\"is_bot\":true");
    EXPECT(opi_telegram_get_bot_information(NULL), "\"parameter\":\"Token\"");
    EXPECT(opi_telegram_set_webhook(STANDIN_TOKEN, "https://example.com/hook"),
           "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}");
    EXPECT(opi_telegram_delete_webhook(STANDIN_TOKEN), "\"ok\":true", "Webhook was deleted");
    EXPECT(opi_telegram_forward_message(STANDIN_TOKEN, 5920, "@testsichee", "-100123*2"),
           "\"ok\":true", "\"message_thread_id\":2");
    EXPECT(opi_telegram_delete_message(STANDIN_TOKEN, "@testchat", 5920),
           "{\"ok\":true,\"result\":true}");
    EXPECT(opi_telegram_ban(STANDIN_TOKEN, "@testchat", INT64_C(5000000000)),
           "{\"ok\":true,\"result\":true}");
    EXPECT(opi_telegram_unban(STANDIN_TOKEN, "@testchat", 42), "{\"ok\":true,\"result\":true}");
    EXPECT(opi_telegram_pin_message(STANDIN_TOKEN, "@testchat", 7), "\"ok\":true");
    EXPECT(opi_telegram_unpin_message(STANDIN_TOKEN, "@testchat", 7), "\"ok\":true");
    EXPECT(opi_telegram_get_participant_count(STANDIN_TOKEN, "@testchat"),
           "{\"ok\":true,\"result\":2}");
    EXPECT(opi_telegram_get_updates(STANDIN_TOKEN, 1, INT64_C(-1)), "{\"ok\":true,\"result\":[]}");
    EXPECT(opi_telegram_process_tma_data("auth_date=1767706628&hash=00", STANDIN_TOKEN),
           "{\"ok\":true,\"result\":{\"auth_date\":\"1767706628\",\"passed\":false}}");
    EXPECT(opi_telegram_get_avatar_icon_list(STANDIN_TOKEN),
           "{\"ok\":true,\"result\":{\"5357419403325481346\":\"\xF0\x9F\x8E\x93\",");
    EXPECT(opi_telegram_create_forum_topic(STANDIN_TOKEN, "-100", "Topic", NULL), "\"ok\":true",
           "\"name\":\"Topic\"", "!icon_custom_emoji_id");
    EXPECT(opi_telegram_edit_forum_topic(STANDIN_TOKEN, "-100", 2, "New", NULL), "\"ok\":true");
    EXPECT(opi_telegram_close_forum_topic(STANDIN_TOKEN, "-100", 0), "\"ok\":true");
    EXPECT(opi_telegram_open_forum_topic(STANDIN_TOKEN, "-100", 2), "\"ok\":true");
    EXPECT(opi_telegram_delete_forum_topic(STANDIN_TOKEN, "-100", 2), "\"ok\":true");
    EXPECT(opi_telegram_hide_main_forum_topic(STANDIN_TOKEN, "-100"), "\"ok\":true");
    EXPECT(opi_telegram_show_main_forum_topic(STANDIN_TOKEN, "-100"), "\"ok\":true");
    EXPECT(opi_telegram_edit_main_forum_topic_name(STANDIN_TOKEN, "-100", "General"),
           "\"ok\":true");
    EXPECT(opi_telegram_clear_topic_pinned_messages_list(STANDIN_TOKEN, "-100", 0),
           "\"ok\":true");
    EXPECT(opi_telegram_call(STANDIN_TOKEN, "getChat", "{\"chat_id\":\"@testsichee\"}"),
           "\"ok\":true", "\"username\":\"testsichee\"");
    EXPECT(opi_telegram_call(STANDIN_TOKEN, "getChat", "{\"chat_id\":\"@no_such_chat\"}"),
           "\"error_code\":400", "chat not found");
    EXPECT(opi_telegram_call(STANDIN_TOKEN, "noSuchMethod", ""), "\"error_code\":404");
    EXPECT(opi_telegram_call(WRONG_TOKEN, "getMe", ""), "\"error_code\":401");
    EXPECT(opi_telegram_export_primary_invitation_link(STANDIN_TOKEN, "@no_such_chat"),
           "chat not found", "!opi_error");
}

/* Every required pointer NULL or malformed, every number out of range: each refused by
 * name, and nothing reaches the stand-in. */
static void family_arguments(void) {
    EXPECT(opi_telegram_edit_invitation_link(NULL, "@c", LINK, NULL, NULL, 0), INVALID("Token"));
    EXPECT(opi_telegram_edit_invitation_link(STANDIN_TOKEN, NULL, LINK, NULL, NULL, 0),
           INVALID("ChatID"));
    EXPECT(opi_telegram_edit_invitation_link(STANDIN_TOKEN, "@c", NULL, NULL, NULL, 0),
           INVALID("InviteLink"));
    EXPECT(opi_telegram_edit_invitation_link(STANDIN_TOKEN, "@c", "http://t.me/+x", NULL, NULL, 0),
           INVALID("InviteLink"));
    EXPECT(opi_telegram_edit_invitation_link(STANDIN_TOKEN, "@c", LINK, "\xff", NULL, 0),
           INVALID("Title"));
    EXPECT(opi_telegram_edit_invitation_link(STANDIN_TOKEN, "@c", LINK, NULL, "soon", 0),
           INVALID("ExpirationDate"));
    EXPECT(opi_telegram_edit_invitation_link(STANDIN_TOKEN, "@c", LINK, NULL, NULL, 100000),
           INVALID("UserLimit"));
    EXPECT(opi_telegram_revoke_invitation_link(NULL, "@c", LINK), INVALID("Token"));
    EXPECT(opi_telegram_revoke_invitation_link(STANDIN_TOKEN, NULL, LINK), INVALID("ChatID"));
    EXPECT(opi_telegram_revoke_invitation_link(STANDIN_TOKEN, "@c", ""), INVALID("InviteLink"));
    EXPECT(opi_telegram_revoke_invitation_link(STANDIN_TOKEN, "@c", "\xc3"), INVALID("InviteLink"));
    EXPECT(opi_telegram_export_primary_invitation_link(NULL, "@c"), INVALID("Token"));
    EXPECT(opi_telegram_export_primary_invitation_link(STANDIN_TOKEN, NULL), INVALID("ChatID"));
    EXPECT(opi_telegram_create_join_request_link(NULL, "@c", NULL, NULL), INVALID("Token"));
    EXPECT(opi_telegram_create_join_request_link(STANDIN_TOKEN, NULL, NULL, NULL),
           INVALID("ChatID"));
    EXPECT(opi_telegram_create_join_request_link(STANDIN_TOKEN, "@c", NULL, "\x80"),
           INVALID("ExpirationDate"));
    EXPECT(opi_telegram_create_subscription_link(NULL, "@c", NULL, 50), INVALID("Token"));
    EXPECT(opi_telegram_create_subscription_link(STANDIN_TOKEN, NULL, NULL, 50),
           INVALID("ChatID"));
    EXPECT(opi_telegram_create_subscription_link(STANDIN_TOKEN, "@c", NULL, 0), INVALID("Price"));
    EXPECT(opi_telegram_create_subscription_link(STANDIN_TOKEN, "@c", NULL, -5), INVALID("Price"));
    EXPECT(opi_telegram_create_subscription_link(STANDIN_TOKEN, "@c", NULL, 10001),
           INVALID("Price"));
    EXPECT(opi_telegram_edit_subscription_link(STANDIN_TOKEN, "@c", NULL, "x"),
           INVALID("InviteLink"));
    EXPECT(opi_telegram_edit_subscription_link(STANDIN_TOKEN, NULL, LINK, "x"), INVALID("ChatID"));
    EXPECT(opi_telegram_approve_join_request(STANDIN_TOKEN, "@c", 0), INVALID("UserID"));
    EXPECT(opi_telegram_approve_join_request(STANDIN_TOKEN, NULL, 5), INVALID("ChatID"));
    EXPECT(opi_telegram_decline_join_request(STANDIN_TOKEN, "@c", -7), INVALID("UserID"));
    EXPECT(opi_telegram_decline_join_request(NULL, "@c", 7), INVALID("Token"));
    EXPECT(opi_telegram_edit_forum_topic(STANDIN_TOKEN, "-100", 0, "New", NULL),
           INVALID("TopicID"));
    EXPECT(opi_telegram_close_forum_topic(STANDIN_TOKEN, "-100*5", 0), INVALID("ChatID"));
    EXPECT(opi_telegram_forward_message(STANDIN_TOKEN, 0, "@c", "@d"), INVALID("OriginalID"));
    EXPECT(opi_telegram_call(NULL, "getMe", NULL), INVALID("Token"));
    EXPECT(opi_telegram_call(STANDIN_TOKEN, NULL, NULL), INVALID("Method"));
    EXPECT(opi_telegram_call(STANDIN_TOKEN, "get/Me", NULL), INVALID("Method"));
    EXPECT(opi_telegram_call(STANDIN_TOKEN, "getMe?x=1", NULL), INVALID("Method"));
    EXPECT(opi_telegram_call(STANDIN_TOKEN, "getChat", "[1]"), INVALID("Parameters"));
    EXPECT(opi_telegram_call(STANDIN_TOKEN, "getChat", "{\"chat_id\":"), INVALID("Parameters"));
    EXPECT(opi_telegram_call(STANDIN_TOKEN, "getChat", "\xfe"), INVALID("Parameters"));
}

/* Files going up: bytes the host holds, a path it wrote, a URL; what cannot go up is
   refused naming the parameter. tests/integration/c_hosts.rs checks the parts that
   arrived against these bytes. */
static void files(void) {
    static const uint8_t bytes[] = {'%', 'P', 'D', 'F', 0, 1, 2, 0xff, '\r', '\n', '-', '-'};
    static const char text[] = "written by the C host\n";
    const char *path = "opi-host-upload.txt";
    opi_file from_bytes = {NULL, bytes, sizeof bytes};
    opi_file from_path = {path, NULL, 0};
    opi_file from_url = {"https://example.com/files/report.docx", NULL, 0};
    opi_file both = {path, bytes, sizeof bytes};
    opi_file neither = {NULL, NULL, 0};
    opi_file empty = {NULL, bytes, 0};
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL && fwrite(text, 1, sizeof text - 1, f) == sizeof text - 1);
    if (f != NULL) {
        fclose(f);
    }
    EXPECT(opi_telegram_send_document(STANDIN_TOKEN, "@testchat", "From C", &from_bytes, NULL,
                                      NULL, "bytes.pdf"),
           "\"ok\":true", "\"file_name\":\"bytes.pdf\"", "\"file_size\":12");
    EXPECT(opi_telegram_send_document(STANDIN_TOKEN, "@testchat", "From C", &from_path, NULL,
                                      "HTML", NULL),
           "\"ok\":true", "\"file_name\":\"opi-host-upload.txt\"", "\"file_size\":22");
    EXPECT(opi_telegram_send_document(STANDIN_TOKEN, "@testchat", "From C", &from_url, NULL,
                                      NULL, NULL),
           "\"ok\":true", "\"file_name\":\"report.docx\"");
    remove(path);
    EXPECT(opi_telegram_send_document(STANDIN_TOKEN, "@testchat", "x", NULL, NULL, NULL, NULL),
           INVALID("Document"));
    EXPECT(opi_telegram_send_document(STANDIN_TOKEN, "@testchat", "x", &both, NULL, NULL, NULL),
           INVALID("Document"));
    EXPECT(opi_telegram_send_document(STANDIN_TOKEN, "@testchat", "x", &neither, NULL, NULL,
                                      NULL),
           INVALID("Document"));
    EXPECT(opi_telegram_send_document(STANDIN_TOKEN, "@testchat", "x", &empty, NULL, NULL, NULL),
           INVALID("Document"));
    EXPECT(opi_telegram_send_document(STANDIN_TOKEN, "@testchat", "x", &from_path, NULL, NULL,
                                      NULL),
           INVALID("Document"), "there is no file");
}

/* The other senders, each with the host's bytes under its own field and OPI's file
   name, and a media group of URLs; tests/integration/c_hosts.rs checks what arrived. */
static void senders(void) {
    static const uint8_t bytes[] = {'G', 'I', 'F', '8', '9', 'a', 0, 0xff};
    opi_file file = {NULL, bytes, sizeof bytes};
    EXPECT(opi_telegram_send_image(STANDIN_TOKEN, "@testchat", "Image", &file, NULL, NULL),
           "\"ok\":true", "\"photo\"");
    EXPECT(opi_telegram_send_video(STANDIN_TOKEN, "@testchat", "Video", &file, NULL, "none"),
           "\"ok\":true", "\"video\"");
    EXPECT(opi_telegram_send_audio(STANDIN_TOKEN, "@testchat", "Audio", &file, NULL, NULL),
           "\"ok\":true", "\"audio\"");
    EXPECT(opi_telegram_send_gif(STANDIN_TOKEN, "@testchat", "GIF", &file, NULL, NULL),
           "\"ok\":true", "\"animation\"");
    EXPECT(opi_telegram_send_media_group(
               STANDIN_TOKEN, "@testchat", "Group",
               "{'https://example.com/a.jpg':'photo','https://example.com/b.jpg':'photo'}", NULL,
               NULL),
           "\"ok\":true");
    EXPECT(opi_telegram_send_image(STANDIN_TOKEN, "@testchat", "x", NULL, NULL, NULL),
           INVALID("Image"));
    EXPECT(opi_telegram_send_media_group(STANDIN_TOKEN, "@testchat", "x", "[1]", NULL, NULL),
           INVALID("FileMapping"));
}

/* DownloadFile into owned bytes, released by opi_bytes_free (twice: the second is a
 * no-op), and its refusals, which leave the bytes empty. */
static void downloads(void) {
    opi_bytes bytes = {NULL, 0};
    size_t i;
    int same = 1;
    EXPECT(opi_telegram_download_file(STANDIN_TOKEN, "BQACAgIAAxkBAAIBSmall", NULL, &bytes),
           "\"ok\":true", "\"file_path\":\"documents/file_0.bin\"",
           "\"download\":{\"bytes\":256}");
    CHECK(bytes.len == 256 && bytes.data != NULL);
    for (i = 0; i < bytes.len; ++i) {
        same = same && bytes.data[i] == (uint8_t)i;
    }
    CHECK(same);
    opi_bytes_free(&bytes);
    CHECK(bytes.data == NULL && bytes.len == 0);
    opi_bytes_free(&bytes);
    opi_bytes_free(NULL);
    EXPECT(opi_telegram_download_file(STANDIN_TOKEN, "BQACAgIAAxkBAAIBNone", NULL, &bytes),
           "\"error_code\":400", "invalid file_id", "!opi_error");
    CHECK(bytes.data == NULL && bytes.len == 0);
    EXPECT(opi_telegram_download_file(STANDIN_TOKEN, "BQACAgIAAxkBAAIBSmall", NULL, NULL),
           INVALID("path"));
    EXPECT(opi_telegram_download_file(STANDIN_TOKEN, "", NULL, &bytes), INVALID("FileID"));
    /* Made here, nothing sent: a keyboard from captions and two bools. */
    EXPECT(opi_telegram_form_keyboard_from_button_array("['A','B']", false, false),
           "{\"ok\":true,\"result\":{\"keyboard\":[[{\"text\":\"A\"},{\"text\":\"B\"}]],"
           "\"resize_keyboard\":true}}");
    EXPECT(opi_telegram_form_keyboard_from_button_array(NULL, true, true), INVALID("ButtonArray"));
}

/* The sending functions with each new kind of C argument: a keyboard as OPI's
 * single-quoted JSON, a bool, a double; and their refusals, which send nothing. */
static void sending(void) {
    EXPECT(opi_telegram_send_text_message(STANDIN_TOKEN, "461699897*5", "R&D",
                                          "{'inline_keyboard':[[{'text':'A','callback_data':'a'}]]}",
                                          "HTML", 7),
           "\"ok\":true", "\"text\":\"R&amp;D\"", "\"message_thread_id\":5");
    EXPECT(opi_telegram_send_text_message(STANDIN_TOKEN, "@c", "Hi", "['a']", NULL, 0),
           INVALID("Keyboard"));
    EXPECT(opi_telegram_send_text_message(STANDIN_TOKEN, "@c", NULL, NULL, NULL, 0),
           INVALID("Text"));
    EXPECT(opi_telegram_send_location(STANDIN_TOKEN, "@c", 48.8737, -2.5, NULL), "\"ok\":true",
           "\"latitude\":48.8737", "\"longitude\":-2.5");
    EXPECT(opi_telegram_send_location(STANDIN_TOKEN, "@c", 0.0 / 0.0, 0, NULL),
           INVALID("Latitude"));
    EXPECT(opi_telegram_send_location(STANDIN_TOKEN, "@c", 0, 180.01, NULL), INVALID("Longitude"));
    EXPECT(opi_telegram_send_poll(STANDIN_TOKEN, "@c", "Color?", "['Red','Blue']", false),
           "\"ok\":true", "\"is_anonymous\":false");
    EXPECT(opi_telegram_send_poll(STANDIN_TOKEN, "@c", "Color?", "['Red']", true),
           INVALID("AnswersArray"));
}

static const struct {
    const char *name;
    void (*run)(void);
} sections[] = {
    {"version", version},
    {"describe", describe},
    {"configure", configure},
    {"api_urls", api_urls},
    {"passwords", passwords},
    {"success", success},
    {"telegram_errors", telegram_errors},
    {"local_errors", local_errors},
    {"lost_answers", lost_answers},
    {"flood_now", flood_now},
    {"proxy_errors", proxy_errors},
    {"arguments", arguments},
    {"dates", dates},
    {"large", large},
    {"family", family},
    {"family_arguments", family_arguments},
    {"files", files},
    {"senders", senders},
    {"downloads", downloads},
    {"sending", sending},
};

#define SECTION_COUNT (sizeof sections / sizeof sections[0])

int main(int argc, char **argv) {
    size_t i;
    int a;

    api_url = getenv("OPI_TELEGRAM_API_URL");
    if (api_url == NULL || strlen(api_url) > 200) {
        fprintf(stderr, "FAIL: set OPI_TELEGRAM_API_URL to the stand-in's base URL\n");
        return 2;
    }

    if (argc == 1) {
        for (i = 0; i < SECTION_COUNT; ++i) {
            sections[i].run();
        }
    }
    for (a = 1; a < argc; ++a) {
        for (i = 0; i < SECTION_COUNT && strcmp(argv[a], sections[i].name) != 0; ++i) {
        }
        if (i == SECTION_COUNT) {
            fprintf(stderr, "FAIL: no section named %s\n", argv[a]);
            return 2;
        }
        sections[i].run();
    }

    if (failures != 0) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("all checks passed\n");
    return 0;
}
