// Creates an invite link for a Telegram chat with libopi and prints Telegram's answer.
//
// Build against an installed libopi:
//   c++ -std=c++17 create_invitation_link.cpp $(pkg-config --cflags --libs opi) -o create_invitation_link
// Run:
//   TELEGRAM_BOT_TOKEN=123456:ABC... ./create_invitation_link @my_channel "Spring" 2025-06-01 100
//
// The token comes from the environment rather than the command line, where any user of
// the machine could read it in the process list.
#include <opi.h>

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>

namespace opi {

// Owns one string returned by libopi and releases it with opi_free, exactly once, when
// it goes out of scope, whichever way that happens.
class Result {
public:
    explicit Result(char *json) : json_(json) {
        if (json_ == nullptr) {  // libopi promises never to return NULL; be sure anyway
            throw std::runtime_error("libopi returned no result");
        }
    }
    ~Result() { opi_free(json_); }

    // One owner only: copying would release the string twice.
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;
    Result(Result &&other) noexcept : json_(other.json_) { other.json_ = nullptr; }
    Result &operator=(Result &&other) noexcept {
        if (this != &other) {
            opi_free(json_);
            json_ = other.json_;
            other.json_ = nullptr;
        }
        return *this;
    }

    std::string_view json() const { return json_; }

    // Telegram and libopi both put "ok" first; a real program would hand json() to its
    // JSON parser.
    bool ok() const { return json().rfind("{\"ok\":true", 0) == 0; }

private:
    char *json_;
};

// nullptr for an optional argument means "not given".
Result create_invitation_link(const std::string &token, const std::string &chat,
                              const char *title = nullptr, const char *expires = nullptr,
                              std::int32_t user_limit = 0) {
    return Result(opi_telegram_create_invitation_link(token.c_str(), chat.c_str(), title,
                                                      expires, user_limit));
}

}  // namespace opi

int main(int argc, char **argv) {
    const char *token = std::getenv("TELEGRAM_BOT_TOKEN");
    if (token == nullptr || argc < 2 || argc > 5) {
        std::cerr << "usage: TELEGRAM_BOT_TOKEN=... " << argv[0]
                  << " CHAT [TITLE [EXPIRES [USER_LIMIT]]]\n"
                     "  CHAT     -1001234567890 or @channel_username\n"
                     "  EXPIRES  2025-06-01T18:00:00 (local time), 2025-06-01, or Unix seconds\n";
        return 2;
    }

    std::int32_t limit = 0;  // no limit on members
    if (argc > 4) {
        try {
            std::size_t used = 0;
            const long long value = std::stoll(argv[4], &used);
            // libopi checks the range itself; this only has to fit the value in an int32_t.
            if (used != std::string(argv[4]).size() ||
                value < std::numeric_limits<std::int32_t>::min() ||
                value > std::numeric_limits<std::int32_t>::max()) {
                throw std::out_of_range(argv[4]);
            }
            limit = static_cast<std::int32_t>(value);
        } catch (const std::logic_error &) {  // stoll's invalid_argument and out_of_range
            std::cerr << "USER_LIMIT must be a whole number, not " << argv[4] << "\n";
            return 2;
        }
    }

    const opi::Result result = opi::create_invitation_link(
        token, argv[1], argc > 2 ? argv[2] : nullptr, argc > 3 ? argv[3] : nullptr, limit);
    std::cout << result.json() << "\n";
    return result.ok() ? 0 : 1;
}
