// libopi as a C++ host sees it: the header inside a C++17 program, results owned by a
// smart pointer that releases them with opi_free, exceptions thrown while a result is
// held, and std::thread.
//
//   OPI_TELEGRAM_API_URL=http://127.0.0.1:PORT ./host_cpp
#include "opi.h"

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace {

// The one token the loopback stand-in accepts (opi_standin::TOKEN).
constexpr const char *kToken = "6129457865:AAFyzNYOAFbu-loopback-stand-in";
constexpr std::string_view kSecret = "AAFyzNYOAFbu-loopback-stand-in";

struct OpiFree {
    void operator()(char *result) const noexcept { opi_free(result); }
};
// The whole ownership story for a host: the pointer is released exactly once, on every
// path out of the scope, exceptions included.
using Result = std::unique_ptr<char, OpiFree>;

std::atomic<int> failures{0};

// Checks a result the way tests/c/check.h does: every `wanted` substring must appear,
// each one starting with '!' must not, and the token never may.
void expect(int line, const Result &result, std::initializer_list<std::string_view> wanted) {
    if (!result) {
        std::fprintf(stderr, "FAIL host.cpp:%d: NULL result\n", line);
        ++failures;
        return;
    }
    const std::string_view text(result.get());
    std::string_view problem;
    if (text.substr(0, 6) != "{\"ok\":") {
        problem = "a JSON object starting with \"ok\"";
    } else if (text.find(kSecret) != std::string_view::npos) {
        problem = "no token";
    }
    for (std::string_view w : wanted) {
        if (!problem.empty()) {
            break;
        }
        const bool absent = !w.empty() && w.front() == '!';
        const std::string_view needle = absent ? w.substr(1) : w;
        if ((text.find(needle) == std::string_view::npos) != absent) {
            problem = w;
        }
    }
    if (!problem.empty()) {
        std::fprintf(stderr, "FAIL host.cpp:%d: wanted %.*s, got %.400s\n", line,
                     static_cast<int>(problem.size()), problem.data(), result.get());
        ++failures;
    }
}

#define EXPECT(result, ...) expect(__LINE__, (result), {__VA_ARGS__})

void check(bool ok, int line, const char *what) {
    if (!ok) {
        std::fprintf(stderr, "FAIL host.cpp:%d: %s\n", line, what);
        ++failures;
    }
}

#define CHECK(cond) check((cond), __LINE__, #cond)

// nullptr is passed on as NULL.
Result create(const char *token, const char *chat, const char *title = nullptr,
              const char *expire = nullptr, std::int32_t limit = 0) {
    return Result(opi_telegram_create_invitation_link(token, chat, title, expire, limit));
}

// std::string arguments, as a C++ caller would hold them.
Result create(const std::string &token, const std::string &chat, const std::string &title) {
    return create(token.c_str(), chat.c_str(), title.c_str());
}

void version() {
    const std::string expected = std::to_string(OPI_VERSION_MAJOR) + "." +
                                 std::to_string(OPI_VERSION_MINOR) + "." +
                                 std::to_string(OPI_VERSION_PATCH);
    CHECK(opi_version() != nullptr && expected == opi_version());
    opi_free(nullptr);
    Result empty;  // destroying an empty owner must not call opi_free at all
}

void configure(const std::string &api_url) {
    EXPECT(Result(opi_configure(nullptr)), "\"ok\":true", "\"api_url\":\"" + api_url + "\"");
    EXPECT(Result(opi_configure("{\"connect_timeout_ms\":5000}")), "\"ok\":true",
           "\"connect_timeout_ms\":5000");
    EXPECT(Result(opi_configure("{\"colour\":1}")), "\"kind\":\"invalid_argument\"",
           "\"parameter\":\"options_json\"");
}

void answers() {
    EXPECT(create(kToken, "@testchat", "Link", "2030-01-01T00:00:00Z", 7), "\"ok\":true",
           "\"invite_link\":\"https://t.me/+", "\"name\":\"Link\"",
           "\"expire_date\":1893456000", "\"member_limit\":7");
    EXPECT(create(std::string(kToken), "-1001234567890", ""), "\"ok\":true", "!\"name\"");
    EXPECT(create(kToken, "@no_such_chat"), "\"error_code\":400", "!opi_error");
    EXPECT(create("6129457865:AAwrong", "@testchat"), "\"error_code\":401");
    EXPECT(create(kToken, "@flood"), "\"error_code\":429", "\"retry_after\":30");
    EXPECT(create(kToken, "@bad_gateway"), "\"kind\":\"bad_response\"", "\"http_status\":502");
    EXPECT(create(kToken, "@not_json"), "\"kind\":\"bad_response\"", "\"http_status\":200");
    EXPECT(create(kToken, "@hang_up"), "\"kind\":\"connection\"");
}

void arguments() {
    EXPECT(create(nullptr, "@testchat"), "\"parameter\":\"Token\"");
    EXPECT(create(kToken, nullptr), "\"parameter\":\"ChatID\"");
    EXPECT(create(kToken, "@testchat", "\xff"), "\"parameter\":\"Title\"");
    EXPECT(create(kToken, "@testchat", nullptr, "\xc0\xaf"), "\"parameter\":\"ExpirationDate\"");
    EXPECT(create(kToken, "@testchat", nullptr, nullptr, std::numeric_limits<std::int32_t>::max()),
           "\"parameter\":\"UserLimit\"");
    const std::string huge(1024 * 1024, 'x');
    EXPECT(create(kToken, "@testchat", huge), "\"kind\":\"invalid_argument\"",
           "\"parameter\":\"Title\"");
}

void ownership() {
    // Moving hands the one release over; the moved-from owner releases nothing.
    Result first = create(kToken, "@testchat");
    Result second = std::move(first);
    CHECK(first == nullptr);
    EXPECT(second, "\"ok\":true");

    // A result held while an exception unwinds the stack is still released once.
    try {
        Result held = create(kToken, "@testchat");
        throw std::runtime_error("unwinding with a result held");
    } catch (const std::runtime_error &) {
    }

    std::vector<Result> many;
    for (int i = 0; i < 20; ++i) {
        many.push_back(create(kToken, "@testchat"));
    }
    for (const Result &r : many) {
        EXPECT(r, "\"ok\":true");
    }
}

void threads() {
    std::vector<std::thread> pool;
    for (int t = 0; t < 4; ++t) {
        pool.emplace_back([t] {
            const std::string title = "cpp " + std::to_string(t);
            for (int call = 0; call < 50; ++call) {
                EXPECT(create(kToken, "@testchat", title.c_str()), "\"ok\":true",
                       "\"name\":\"" + title + "\"");
            }
        });
    }
    for (std::thread &t : pool) {
        t.join();
    }
}

}  // namespace

int main() {
    const char *api_url = std::getenv("OPI_TELEGRAM_API_URL");
    if (api_url == nullptr) {
        std::fprintf(stderr, "FAIL: set OPI_TELEGRAM_API_URL to the stand-in's base URL\n");
        return 2;
    }
    version();
    configure(api_url);
    answers();
    arguments();
    ownership();
    threads();
    if (failures != 0) {
        std::fprintf(stderr, "%d check(s) failed\n", failures.load());
        return 1;
    }
    std::printf("all checks passed\n");
    return 0;
}
