// The platform's side of the 1C:Enterprise Native API, played by a test program: it
// loads libopi.so as 1C:Enterprise and OneScript load an add-in, hands the component a
// counting memory manager and a connection object, and checks every entry point,
// method, parameter rule and result against the loopback Bot API stand-in.
//
//   OPI_TELEGRAM_API_URL=http://127.0.0.1:PORT ./addin_host LIBRARY [METHOD...]
//   OPI_TELEGRAM_API_URL=http://127.0.0.1:PORT ./addin_host --unload LIBRARY [CYCLES]
//   OPI_TELEGRAM_API_URL=http://127.0.0.1:PORT ./addin_host --examples LIBRARY
//
// Each METHOD is `Name,RussianName,PARAMS`, PARAMS holding one letter per parameter,
// `r` for required and `o` for optional: the component must offer exactly that method.
// Without any, the CreateInvitationLink of OPI's documentation is expected.
//
// With --unload it instead loads, uses and unloads the library CYCLES times (20 unless
// given), as OneScript does for every script, and checks that nothing stays behind;
// see unload_cycles below, and tests/c/unload.c for the C API's side.
//
// With --examples it calls every method of examples.h (generated from the method table)
// with its example's values, by the English names, then again by the Russian ones: the
// stand-in must then have received tests/examples.requests twice, which the caller
// checks.
//
// Prints one line per failed check on stderr and exits 1 if there was any. Except with
// --examples, the last line on stdout is `requests sent: N`, the number of requests
// that should have reached the stand-in, for the caller to compare.
//
// The interfaces below are declared as the platform's headers lay them out: on x86_64
// Linux a tVariant is 64 bytes with vt at offset 60, WCHAR_T is 2-byte UTF-16 (never
// wchar_t), and each interface is a vtable pointer whose table starts with the two
// slots of a virtual destructor (Itanium C++ ABI).

#include <dlfcn.h>
#include <limits.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <list>
#include <set>
#include <string>
#include <vector>

#include "../c/footprint.h"
#include "examples.h"

typedef char16_t WCHAR_T;

enum : uint16_t {
    VTYPE_EMPTY = 0,
    VTYPE_NULL = 1,
    VTYPE_I2 = 2,
    VTYPE_I4 = 3,
    VTYPE_R8 = 5,
    VTYPE_TM = 7,
    VTYPE_BOOL = 11,
    VTYPE_I8 = 17,
    VTYPE_PWSTR = 22,
    VTYPE_BLOB = 23,
};

struct tVariant {
    union {
        int8_t i8Val;
        int16_t shortVal;
        int32_t lVal;
        int64_t llVal;
        uint64_t ullVal;
        double dblVal;
        bool bVal;
        struct tm tmVal;
        struct {
            void *pInterfaceVal;
            uint32_t InterfaceID[4];
        } iface;
        struct {
            WCHAR_T *pwstrVal;
            uint32_t wstrLen;
        } wstr;
        struct {
            char *pstrVal;
            uint32_t strLen;
        } str;
    };
    uint32_t cbElements;
    uint16_t vt;
};

#if defined(__x86_64__) && defined(__linux__)
static_assert(sizeof(tVariant) == 64, "tVariant is 64 bytes on x86_64 Linux");
static_assert(offsetof(tVariant, vt) == 60, "vt is at offset 60 on x86_64 Linux");
#endif

class IMemoryManager {
public:
    virtual ~IMemoryManager() {}
    virtual bool AllocMemory(void **pMemory, unsigned long ulCountByte) = 0;
    virtual void FreeMemory(void **pMemory) = 0;
};

class IAddInDefBase {
public:
    virtual ~IAddInDefBase() {}
    virtual bool AddError(unsigned short wcode, const WCHAR_T *source, const WCHAR_T *descr,
                          long scode) = 0;
    virtual bool Read(WCHAR_T *wszPropName, tVariant *pVal, long *pErrCode,
                      WCHAR_T **errDescriptor) = 0;
    virtual bool Write(WCHAR_T *wszPropName, tVariant *pVar) = 0;
    virtual bool RegisterProfileAs(WCHAR_T *wszProfileName) = 0;
    virtual bool SetEventBufferDepth(long lDepth) = 0;
    virtual long GetEventBufferDepth() = 0;
    virtual bool ExternalEvent(WCHAR_T *wszSource, WCHAR_T *wszMessage, WCHAR_T *wszData) = 0;
    virtual void CleanEventBuffer() = 0;
    virtual bool SetStatusLine(WCHAR_T *wszStatusLine) = 0;
    virtual void ResetStatusLine() = 0;
};

class IInitDoneBase {
public:
    virtual ~IInitDoneBase() {}
    virtual bool Init(void *disp) = 0;
    virtual bool setMemManager(void *mem) = 0;
    virtual long GetInfo() = 0;
    virtual void Done() = 0;
};

class ILanguageExtenderBase {
public:
    virtual ~ILanguageExtenderBase() {}
    virtual bool RegisterExtensionAs(WCHAR_T **wsExtensionName) = 0;
    virtual long GetNProps() = 0;
    virtual long FindProp(const WCHAR_T *wsPropName) = 0;
    virtual const WCHAR_T *GetPropName(long lPropNum, long lPropAlias) = 0;
    virtual bool GetPropVal(const long lPropNum, tVariant *pvarPropVal) = 0;
    virtual bool SetPropVal(const long lPropNum, tVariant *varPropVal) = 0;
    virtual bool IsPropReadable(const long lPropNum) = 0;
    virtual bool IsPropWritable(const long lPropNum) = 0;
    virtual long GetNMethods() = 0;
    virtual long FindMethod(const WCHAR_T *wsMethodName) = 0;
    virtual const WCHAR_T *GetMethodName(const long lMethodNum, const long lMethodAlias) = 0;
    virtual long GetNParams(const long lMethodNum) = 0;
    virtual bool GetParamDefValue(const long lMethodNum, const long lParamNum,
                                  tVariant *pvarParamDefValue) = 0;
    virtual bool HasRetVal(const long lMethodNum) = 0;
    virtual bool CallAsProc(const long lMethodNum, tVariant *paParams,
                            const long lSizeArray) = 0;
    virtual bool CallAsFunc(const long lMethodNum, tVariant *pvarRetValue, tVariant *paParams,
                            const long lSizeArray) = 0;
};

class LocaleBase {
public:
    virtual ~LocaleBase() {}
    virtual void SetLocale(const WCHAR_T *loc) = 0;
};

class UserLanguageBase {
public:
    virtual ~UserLanguageBase() {}
    virtual void SetUserInterfaceLanguageCode(const WCHAR_T *lang) = 0;
};

class IComponentBase : public IInitDoneBase,
                       public ILanguageExtenderBase,
                       public LocaleBase,
                       public UserLanguageBase {
public:
    virtual ~IComponentBase() {}
};

// The first two interfaces again, as a caller sees them that reads all 32 bits of a
// returned bool: OneScript's proxy hands the component's answer on to .NET, which
// marshals a 4-byte BOOL. Same slots, so a component is called through this view by
// reinterpreting its pointer; every bool must arrive as exactly 0 or 1.
class IInitDoneWide {
public:
    virtual ~IInitDoneWide() {}
    virtual uint32_t Init(void *disp) = 0;
    virtual uint32_t setMemManager(void *mem) = 0;
    virtual long GetInfo() = 0;
    virtual void Done() = 0;
};

class ILanguageExtenderWide {
public:
    virtual ~ILanguageExtenderWide() {}
    virtual uint32_t RegisterExtensionAs(WCHAR_T **wsExtensionName) = 0;
    virtual long GetNProps() = 0;
    virtual long FindProp(const WCHAR_T *wsPropName) = 0;
    virtual const WCHAR_T *GetPropName(long lPropNum, long lPropAlias) = 0;
    virtual uint32_t GetPropVal(const long lPropNum, tVariant *pvarPropVal) = 0;
    virtual uint32_t SetPropVal(const long lPropNum, tVariant *varPropVal) = 0;
    virtual uint32_t IsPropReadable(const long lPropNum) = 0;
    virtual uint32_t IsPropWritable(const long lPropNum) = 0;
    virtual long GetNMethods() = 0;
    virtual long FindMethod(const WCHAR_T *wsMethodName) = 0;
    virtual const WCHAR_T *GetMethodName(const long lMethodNum, const long lMethodAlias) = 0;
    virtual long GetNParams(const long lMethodNum) = 0;
    virtual uint32_t GetParamDefValue(const long lMethodNum, const long lParamNum,
                                      tVariant *pvarParamDefValue) = 0;
    virtual uint32_t HasRetVal(const long lMethodNum) = 0;
    virtual uint32_t CallAsProc(const long lMethodNum, tVariant *paParams,
                                const long lSizeArray) = 0;
    virtual uint32_t CallAsFunc(const long lMethodNum, tVariant *pvarRetValue,
                                tVariant *paParams, const long lSizeArray) = 0;
};

typedef long (*GetClassObjectFn)(const WCHAR_T *, IComponentBase **);
typedef long (*DestroyObjectFn)(IComponentBase **);
typedef const WCHAR_T *(*GetClassNamesFn)();
typedef int (*SetPlatformCapabilitiesFn)(int);
typedef int (*GetAttachTypeFn)();
typedef const char *(*VersionFn)();

// The one token the loopback stand-in accepts (opi_standin::TOKEN).
static const char *const TOKEN = "6129457865:AAFyzNYOAFbu-loopback-stand-in";

static int failures;

static void check(bool ok, const std::string &what) {
    if (!ok) {
        ++failures;
        std::fprintf(stderr, "FAILED: %s\n", what.c_str());
    }
}

static bool contains(const std::string &text, const std::string &part) {
    return text.find(part) != std::string::npos;
}

// Tests pass well-formed UTF-8 only; no validation is needed.
static std::u16string utf16(const std::string &text) {
    std::u16string out;
    for (size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        uint32_t cp = extra == 0 ? c : c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        i += extra + 1;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out += static_cast<char16_t>(0xD800 + (cp >> 10));
            out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
        } else {
            out += static_cast<char16_t>(cp);
        }
    }
    return out;
}

static std::string utf8(const char16_t *units, size_t length) {
    std::string out;
    for (size_t i = 0; i < length; ++i) {
        uint32_t cp = units[i];
        if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < length) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (units[++i] - 0xDC00);
        }
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

static size_t wide_length(const WCHAR_T *text) {
    size_t n = 0;
    while (text[n] != 0) {
        ++n;
    }
    return n;
}

// The platform's allocator for everything the component hands over: it counts blocks
// and knows which are live, so a block released twice, released by the wrong party or
// never released shows up.
class CountingMemory : public IMemoryManager {
public:
    bool AllocMemory(void **block, unsigned long bytes) override {
        if (block == nullptr) {
            return false;
        }
        *block = std::malloc(bytes == 0 ? 1 : bytes);
        if (*block == nullptr) {
            return false;
        }
        live.insert(*block);
        ++allocations;
        return true;
    }

    void FreeMemory(void **block) override {
        if (block == nullptr || *block == nullptr) {
            return;
        }
        if (live.erase(*block) == 0) {
            ++foreign;
            return;
        }
        std::free(*block);
        *block = nullptr;
    }

    bool owns(const void *block) const { return live.count(const_cast<void *>(block)) == 1; }

    std::set<void *> live;
    size_t allocations = 0;
    size_t foreign = 0;
};

// The connection object: every service refused, every use counted.
class Connection : public IAddInDefBase {
public:
    bool AddError(unsigned short, const WCHAR_T *, const WCHAR_T *, long) override {
        return used();
    }
    bool Read(WCHAR_T *, tVariant *, long *, WCHAR_T **) override { return used(); }
    bool Write(WCHAR_T *, tVariant *) override { return used(); }
    bool RegisterProfileAs(WCHAR_T *) override { return used(); }
    bool SetEventBufferDepth(long) override { return used(); }
    long GetEventBufferDepth() override { return used() ? 1 : 0; }
    bool ExternalEvent(WCHAR_T *, WCHAR_T *, WCHAR_T *) override { return used(); }
    void CleanEventBuffer() override { used(); }
    bool SetStatusLine(WCHAR_T *) override { return used(); }
    void ResetStatusLine() override { used(); }

    int uses = 0;

private:
    bool used() {
        ++uses;
        return false;
    }
};

static CountingMemory memory;

// A string the component returned: copied out, checked to come from the platform's
// allocator with a NUL after it, and released through it as the platform does.
static std::string take(const WCHAR_T *text, const std::string &what) {
    if (text == nullptr) {
        check(false, what + ": NULL instead of a string");
        return "";
    }
    check(memory.owns(text), what + ": not allocated with the platform's memory manager");
    std::string copy = utf8(text, wide_length(text));
    void *block = const_cast<WCHAR_T *>(text);
    memory.FreeMemory(&block);
    return copy;
}

static std::string take(tVariant &value, const std::string &what) {
    if (value.vt != VTYPE_PWSTR || value.wstr.pwstrVal == nullptr) {
        check(false, what + ": the value is not a string (vt " + std::to_string(value.vt) + ")");
        return "";
    }
    check(value.wstr.pwstrVal[value.wstr.wstrLen] == 0, what + ": no NUL after the string");
    check(wide_length(value.wstr.pwstrVal) == value.wstr.wstrLen, what + ": wrong length");
    return take(value.wstr.pwstrVal, what);
}

// Parameter values as the platform builds them. Strings point into `kept`, which lives
// as long as the program, as a platform's own strings outlive the call.
static std::list<std::u16string> kept;

static tVariant empty() {
    tVariant v;
    std::memset(&v, 0, sizeof v);
    v.vt = VTYPE_EMPTY;
    return v;
}

static tVariant text(const std::string &utf8_text) {
    kept.push_back(utf16(utf8_text));
    tVariant v = empty();
    v.wstr.pwstrVal = &kept.back()[0];
    v.wstr.wstrLen = static_cast<uint32_t>(kept.back().size());
    v.vt = VTYPE_PWSTR;
    return v;
}

static tVariant i4(int32_t n) {
    tVariant v = empty();
    v.lVal = n;
    v.vt = VTYPE_I4;
    return v;
}

static tVariant r8(double x) {
    tVariant v = empty();
    v.dblVal = x;
    v.vt = VTYPE_R8;
    return v;
}

// A 1C Number as the platform passes it: a whole number that fits as VTYPE_I4, any
// other as VTYPE_R8.
static tVariant number(double x) {
    bool fits = x >= INT32_MIN && x <= INT32_MAX && x == static_cast<int32_t>(x);
    return fits ? i4(static_cast<int32_t>(x)) : r8(x);
}

static tVariant boolean(bool b) {
    tVariant v = empty();
    v.bVal = b;
    v.vt = VTYPE_BOOL;
    return v;
}

static struct tm wall_clock(int year, int month, int day, int hour, int minute, int second) {
    struct tm t;
    std::memset(&t, 0, sizeof t);
    t.tm_year = year - 1900;
    t.tm_mon = month - 1;
    t.tm_mday = day;
    t.tm_hour = hour;
    t.tm_min = minute;
    t.tm_sec = second;
    t.tm_isdst = -1;
    return t;
}

// A 1C Date: the wall-clock fields in local time.
static tVariant date(int year, int month, int day, int hour, int minute, int second) {
    tVariant v = empty();
    v.tmVal = wall_clock(year, month, day, hour, minute, second);
    v.vt = VTYPE_TM;
    return v;
}

// Unix seconds of a local wall-clock time, as the C library reads it.
static long long local_seconds(int year, int month, int day, int hour, int minute, int second) {
    struct tm t = wall_clock(year, month, day, hour, minute, second);
    return static_cast<long long>(std::mktime(&t));
}

static int requests_sent;

// One call as 1C makes it: parameters left out are filled in from GetParamDefValue
// (each must have a default), the result is read and released through the memory
// manager.
static std::string call(ILanguageExtenderBase *c, long method, std::vector<tVariant> given,
                        const std::string &what) {
    long count = c->GetNParams(method);
    std::vector<tVariant> params(static_cast<size_t>(count), empty());
    for (long i = 0; i < count; ++i) {
        if (static_cast<size_t>(i) < given.size()) {
            params[i] = given[i];
        } else {
            check(c->GetParamDefValue(method, i, &params[i]),
                  what + ": parameter " + std::to_string(i) + " left out has no default");
        }
    }
    tVariant result = empty();
    bool ok = c->CallAsFunc(method, &result, params.data(), count);
    check(ok, what + ": CallAsFunc failed");
    return ok ? take(result, what) : "";
}

// OneScript's native-API proxy (NativeApiProxy.cpp, HasParamDefValue) lets a script
// leave a parameter out only when GetParamDefValue answers true with a default whose
// type is not VTYPE_EMPTY; otherwise the script stops with "Недостаточно фактических
// параметров" before the component is called.
static bool onescript_has_default(ILanguageExtenderBase *c, long method, long param) {
    tVariant value = empty();
    return c->GetParamDefValue(method, param, &value) && value.vt != VTYPE_EMPTY;
}

// One call as OneScript makes it: parameters left out need the rule above, and their
// defaults pass through OneScript's own values first, where a Number stays a Number and
// anything without a counterpart there (Null) becomes Undefined.
static std::string call_as_onescript(ILanguageExtenderBase *c, long method,
                                     std::vector<tVariant> given, const std::string &what) {
    long count = c->GetNParams(method);
    std::vector<tVariant> params(static_cast<size_t>(count), empty());
    for (long i = 0; i < count; ++i) {
        if (static_cast<size_t>(i) < given.size()) {
            params[i] = given[i];
            continue;
        }
        if (!onescript_has_default(c, method, i)) {
            check(false, what + ": OneScript demands parameter " + std::to_string(i));
            return "";
        }
        tVariant value = empty();
        c->GetParamDefValue(method, i, &value);
        params[i] = value.vt == VTYPE_I4 ? i4(value.lVal) : empty();
    }
    tVariant result = empty();
    bool ok = c->CallAsFunc(method, &result, params.data(), count);
    check(ok, what + ": CallAsFunc failed");
    return ok ? take(result, what) : "";
}

static void expect(const std::string &json, const std::vector<std::string> &parts,
                   const std::string &what) {
    for (const std::string &part : parts) {
        check(contains(json, part), what + ": no " + part + " in " + json);
    }
    check(!contains(json, TOKEN), what + ": the token leaked into " + json);
}

static void expect_invalid(const std::string &json, const std::string &parameter,
                           const std::string &what) {
    expect(json,
           {"\"ok\":false", "\"kind\":\"invalid_argument\"",
            "\"parameter\":\"" + parameter + "\"", "\"description\":\"" + parameter + ":"},
           what);
}

struct Expected {
    std::string name;
    std::string name_ru;
    std::string params;
};

static std::vector<Expected> expected_methods(int argc, char **argv) {
    std::vector<Expected> out;
    for (int i = 2; i < argc; ++i) {
        std::string spec = argv[i];
        size_t a = spec.find(',');
        size_t b = spec.find(',', a + 1);
        if (a == std::string::npos || b == std::string::npos) {
            std::fprintf(stderr, "bad method spec %s\n", argv[i]);
            std::exit(2);
        }
        out.push_back({spec.substr(0, a), spec.substr(a + 1, b - a - 1), spec.substr(b + 1)});
    }
    if (out.empty()) {
        out.push_back({"CreateInvitationLink", "СоздатьСсылкуПриглашение", "rrooo"});
    }
    return out;
}

static void entry_points(GetClassNamesFn names, SetPlatformCapabilitiesFn capabilities,
                         GetAttachTypeFn attach_type) {
    const WCHAR_T *classes = names();
    check(classes != nullptr && std::u16string(classes) == u"Telegram",
          "GetClassNames is \"Telegram\"");
    check(names() == classes, "GetClassNames is a static string");
    check(capabilities(3) == 3, "SetPlatformCapabilities(3) is 3");
    check(capabilities(1) == 1, "SetPlatformCapabilities(1) is 1");
    check(capabilities(100) == 3, "SetPlatformCapabilities of an unknown level is 3");
    check(attach_type() == 3, "GetAttachType is eCanAttachAny");
}

static void lifecycle(GetClassObjectFn create, DestroyObjectFn destroy) {
    IComponentBase *c = nullptr;
    check(create(u"Nope", &c) == 0 && c == nullptr, "an unknown class is refused");
    check(create(nullptr, &c) == 0 && c == nullptr, "a NULL class name is refused");
    check(create(u"Telegram", nullptr) == 0, "a NULL place for the object is refused");
    check(destroy(nullptr) == -1, "DestroyObject(NULL) is refused");
    check(destroy(&c) == -1, "DestroyObject of a NULL object is refused");

    // OneScript passes the class name as the script spelled it.
    check(create(u"telegram", &c) == 1 && c != nullptr, "the class name ignores case");
    IComponentBase *held = c;
    check(create(u"Telegram", &c) == 0 && c == held, "a held object is not overwritten");
    IComponentBase *second = nullptr;
    check(create(u"Telegram", &second) == 1 && second != nullptr && second != c,
          "two objects at once");

    // Each interface is reached from the object by the C++ compiler's own cast, and
    // finds its way back with dynamic_cast<void*>, which reads the vtable's offset.
    ILanguageExtenderBase *language = c;
    LocaleBase *locale = c;
    UserLanguageBase *user_language = c;
    check(reinterpret_cast<char *>(language) - reinterpret_cast<char *>(c) == sizeof(void *),
          "ILanguageExtenderBase is the second vtable pointer");
    check(dynamic_cast<void *>(language) == c, "dynamic_cast<void*> from ILanguageExtenderBase");
    check(dynamic_cast<void *>(locale) == c, "dynamic_cast<void*> from LocaleBase");
    check(dynamic_cast<void *>(user_language) == c, "dynamic_cast<void*> from UserLanguageBase");

    // Without a memory manager nothing can be handed over, so nothing is done.
    check(language->GetMethodName(0, 0) == nullptr, "no method name without a memory manager");
    WCHAR_T *name = nullptr;
    check(!language->RegisterExtensionAs(&name) && name == nullptr,
          "no extension name without a memory manager");
    std::vector<tVariant> params = {text(TOKEN), text("@testsichee")};
    tVariant result = empty();
    check(!language->CallAsFunc(0, &result, params.data(), 2) && result.vt == VTYPE_EMPTY,
          "no call without a memory manager");

    check(destroy(&c) == 0 && c == nullptr, "DestroyObject clears the pointer");
    check(destroy(&second) == 0 && second == nullptr, "DestroyObject of the second object");

    // A C++ host may delete a component through its interface; the deleting
    // destructor in the vtable releases it.
    IComponentBase *deleted = nullptr;
    check(create(u"Telegram", &deleted) == 1, "an object to delete");
    delete deleted;
}

static void initialise(IComponentBase *c, Connection &connection) {
    check(c->setMemManager(&memory), "setMemManager");
    check(c->Init(&connection), "Init");
    check(c->GetInfo() == 2000, "GetInfo is 2000");
    c->SetLocale(u"ru_RU");
    c->SetUserInterfaceLanguageCode(u"ru");
    WCHAR_T *name = nullptr;
    check(c->RegisterExtensionAs(&name), "RegisterExtensionAs");
    check(take(name, "RegisterExtensionAs") == "Telegram", "the extension is \"Telegram\"");
    check(!c->RegisterExtensionAs(nullptr), "RegisterExtensionAs(NULL) is refused");
}

static void property(ILanguageExtenderBase *c, VersionFn version) {
    check(c->GetNProps() == 1, "one property");
    check(c->FindProp(u"Version") == 0, "FindProp(Version)");
    check(c->FindProp(u"версия") == 0, "FindProp(версия)");
    check(c->FindProp(u"VERSION") == 0, "FindProp ignores case");
    check(c->FindProp(u"Build") == -1, "FindProp of an unknown name");
    check(c->FindProp(nullptr) == -1, "FindProp(NULL)");
    check(take(c->GetPropName(0, 0), "GetPropName(0, 0)") == "Version", "property name");
    check(take(c->GetPropName(0, 1), "GetPropName(0, 1)") == "Версия", "Russian property name");
    check(c->GetPropName(1, 0) == nullptr, "GetPropName out of range");
    check(c->GetPropName(0, 2) == nullptr, "GetPropName of an unknown alias");
    check(c->IsPropReadable(0) && !c->IsPropWritable(0), "Version is read-only");
    check(!c->IsPropReadable(1), "IsPropReadable out of range");
    tVariant value = empty();
    check(c->GetPropVal(0, &value), "GetPropVal(Version)");
    // The same library answers through the C API and as an add-in.
    check(take(value, "Version") == version(), "Version is opi_version()");
    tVariant other = text("9.9.9");
    check(!c->SetPropVal(0, &other), "SetPropVal(Version) is refused");
    check(!c->GetPropVal(1, &value), "GetPropVal out of range");
}

// Every method, by both names, and the expected ones with their parameter counts and
// defaults. Returns the number of CreateInvitationLink.
static long methods(ILanguageExtenderBase *c, const std::vector<Expected> &expected) {
    long count = c->GetNMethods();
    check(count >= 2, "at least CreateInvitationLink and Configure");
    for (long m = 0; m < count; ++m) {
        std::string n = std::to_string(m);
        std::string en = take(c->GetMethodName(m, 0), "GetMethodName(" + n + ", 0)");
        std::string ru = take(c->GetMethodName(m, 1), "GetMethodName(" + n + ", 1)");
        check(c->FindMethod(utf16(en).c_str()) == m, "FindMethod(" + en + ")");
        check(c->FindMethod(utf16(ru).c_str()) == m, "FindMethod(" + ru + ")");
        check(c->HasRetVal(m), en + " returns a value");
        long params = c->GetNParams(m);
        for (long p = 0; p < params; ++p) {
            tVariant value = empty();
            if (c->GetParamDefValue(m, p, &value)) {
                // Never Undefined: OneScript would take the parameter for a required one.
                check(value.vt == VTYPE_NULL || (value.vt == VTYPE_I4 && value.lVal == 0),
                      en + ": defaults are Null or 0");
            }
        }
        tVariant untouched = empty();
        check(!c->GetParamDefValue(m, params, &untouched), en + ": no parameter past the last");
    }
    check(c->GetMethodName(count, 0) == nullptr, "GetMethodName out of range");
    check(c->GetMethodName(0, 2) == nullptr, "GetMethodName of an unknown alias");
    check(c->GetMethodName(-1, 0) == nullptr, "GetMethodName(-1)");
    check(c->FindMethod(u"NoSuchMethod") == -1, "FindMethod of an unknown name");
    check(c->FindMethod(nullptr) == -1, "FindMethod(NULL)");
    check(c->GetNParams(count) == 0 && c->GetNParams(-1) == 0, "GetNParams out of range");
    check(!c->HasRetVal(count), "HasRetVal out of range");
    tVariant result = empty();
    check(!c->CallAsFunc(count, &result, nullptr, 0), "CallAsFunc out of range");
    check(!c->CallAsProc(-1, nullptr, 0), "CallAsProc out of range");

    for (const Expected &e : expected) {
        long m = c->FindMethod(utf16(e.name).c_str());
        check(m >= 0, "the component has " + e.name);
        if (m < 0) {
            continue;
        }
        check(c->FindMethod(utf16(e.name_ru).c_str()) == m, e.name + " is " + e.name_ru);
        std::string upper;
        for (char ch : e.name) {
            upper += static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
        }
        check(c->FindMethod(utf16(upper).c_str()) == m, "FindMethod ignores case: " + upper);
        check(c->GetNParams(m) == static_cast<long>(e.params.size()),
              e.name + " takes " + std::to_string(e.params.size()) + " parameters");
        for (size_t p = 0; p < e.params.size(); ++p) {
            tVariant value = empty();
            bool has_default = c->GetParamDefValue(m, static_cast<long>(p), &value);
            check(has_default == (e.params[p] == 'o'),
                  e.name + " parameter " + std::to_string(p) +
                      (e.params[p] == 'o' ? " has a default" : " is required"));
            check(onescript_has_default(c, m, static_cast<long>(p)) == (e.params[p] == 'o'),
                  e.name + " parameter " + std::to_string(p) +
                      (e.params[p] == 'o' ? " may be left out" : " is required") +
                      " in OneScript");
        }
    }
    long configure = c->FindMethod(u"Configure");
    check(configure >= 0 && c->FindMethod(u"Настроить") == configure, "Configure / Настроить");
    check(c->GetNParams(configure) == 1, "Configure takes OptionsJSON");
    return c->FindMethod(u"CreateInvitationLink");
}

// Every bool-returning entry, with answers both ways, read as a 32-bit integer.
static void full_width_booleans(IComponentBase *c, Connection &connection) {
    auto init_done = reinterpret_cast<IInitDoneWide *>(static_cast<IInitDoneBase *>(c));
    auto wide = reinterpret_cast<ILanguageExtenderWide *>(static_cast<ILanguageExtenderBase *>(c));
    auto expect_bool = [](uint32_t got, uint32_t wanted, const std::string &what) {
        char text[64];
        std::snprintf(text, sizeof text, " returned 0x%08x, not %u", got, wanted);
        check(got == wanted, what + text);
    };
    expect_bool(init_done->Init(&connection), 1, "Init");
    expect_bool(init_done->setMemManager(&memory), 1, "setMemManager");

    WCHAR_T *name = nullptr;
    expect_bool(wide->RegisterExtensionAs(&name), 1, "RegisterExtensionAs");
    take(name, "RegisterExtensionAs");
    expect_bool(wide->RegisterExtensionAs(nullptr), 0, "RegisterExtensionAs(NULL)");

    tVariant value = empty();
    expect_bool(wide->GetPropVal(0, &value), 1, "GetPropVal(0)");
    take(value, "GetPropVal(0)");
    expect_bool(wide->GetPropVal(1, &value), 0, "GetPropVal(1)");
    expect_bool(wide->SetPropVal(0, &value), 0, "SetPropVal(0)");
    expect_bool(wide->IsPropReadable(0), 1, "IsPropReadable(0)");
    expect_bool(wide->IsPropReadable(1), 0, "IsPropReadable(1)");
    expect_bool(wide->IsPropReadable(-1), 0, "IsPropReadable(-1)");
    expect_bool(wide->IsPropWritable(0), 0, "IsPropWritable(0)");

    long methods = wide->GetNMethods();
    for (long m = -1; m <= methods + 1; ++m) {
        std::string n = std::to_string(m);
        bool exists = m >= 0 && m < methods;
        expect_bool(wide->HasRetVal(m), exists, "HasRetVal(" + n + ")");
        long params = exists ? wide->GetNParams(m) : 0;
        for (long p = 0; p <= params; ++p) {
            tVariant def = empty();
            expect_bool(wide->GetParamDefValue(m, p, &def),
                        c->GetParamDefValue(m, p, &def) ? 1 : 0,
                        "GetParamDefValue(" + n + ", " + std::to_string(p) + ")");
        }
    }
    tVariant result = empty();
    expect_bool(wide->CallAsFunc(methods, &result, nullptr, 0), 0, "CallAsFunc out of range");
    expect_bool(wide->CallAsProc(-1, nullptr, 0), 0, "CallAsProc(-1)");
    // A call refused for its arguments still succeeds as a call.
    long configure = wide->FindMethod(u"Configure");
    tVariant bad = text("{\"no_such_setting\":1}");
    expect_bool(wide->CallAsProc(configure, &bad, 1), 1, "CallAsProc(Configure)");
    expect_bool(wide->CallAsFunc(configure, &result, &bad, 1), 1, "CallAsFunc(Configure)");
    take(result, "CallAsFunc(Configure)");
}

static void configure(ILanguageExtenderBase *c, const std::string &api_url) {
    long m = c->FindMethod(u"Configure");
    expect(call(c, m, {}, "Configure()"), {"\"ok\":true", "\"api_url\":\"" + api_url + "\""},
           "Configure() reports the settings");
    expect(call_as_onescript(c, m, {}, "Configure() in OneScript"),
           {"\"ok\":true", "\"api_url\":\"" + api_url + "\""},
           "Configure() in OneScript reports the settings");
    expect(call(c, m, {text("{\"timeout_ms\":10000,\"connect_timeout_ms\":5000}")}, "Configure"),
           {"\"ok\":true", "\"timeout_ms\":10000"}, "Configure sets");
    expect_invalid(call(c, m, {text("{\"no_such_setting\":1}")}, "Configure(bad)"),
                   "options_json", "Configure refuses an unknown setting");
    expect_invalid(call(c, m, {boolean(true)}, "Configure(true)"), "options_json",
                   "Configure refuses a Boolean");
}

static void create_invitation_link(ILanguageExtenderBase *c, long m) {
    const long long expire = local_seconds(2025, 5, 2, 15, 46, 10);
    const std::string expire_field = "\"expire_date\":" + std::to_string(expire);

    // OPI's example, with the Date a 1C program passes.
    expect(call(c, m,
                {text(TOKEN), text("@testsichee"), text("Link 01.05.2025 15:46:10"),
                 date(2025, 5, 2, 15, 46, 10), i4(200)},
                "example"),
           {"\"ok\":true", "\"name\":\"Link 01.05.2025 15:46:10\"", expire_field,
            "\"member_limit\":200", "\"invite_link\":\"https://t.me/+"},
           "OPI's example with a Date");
    ++requests_sent;

    // The same, called by its Russian name, with the date and limit as text and number.
    long ru = c->FindMethod(u"СоздатьСсылкуПриглашение");
    expect(call(c, ru,
                {text(TOKEN), text("@testsichee"), text("Ссылка"), text("2025-05-02T15:46:10"),
                 r8(150.0)},
                "Russian name"),
           {"\"ok\":true", "\"name\":\"Ссылка\"", expire_field, "\"member_limit\":150"},
           "by the Russian name, a date string and a whole double");
    ++requests_sent;

    // Optional parameters left out: the platform substitutes the defaults.
    std::string bare = call(c, m, {text(TOKEN), text("@testsichee")}, "defaults");
    expect(bare, {"\"ok\":true"}, "optional parameters left out");
    check(!contains(bare, "\"name\"") && !contains(bare, "expire_date") &&
              !contains(bare, "member_limit"),
          "nothing optional is sent: " + bare);
    ++requests_sent;

    // The same through OneScript's rules: Title and ExpirationDate arrive as Undefined,
    // UserLimit as 0.
    std::string onescript = call_as_onescript(c, m, {text(TOKEN), text("@testsichee")},
                                              "defaults in OneScript");
    expect(onescript, {"\"ok\":true"}, "optional parameters left out in OneScript");
    check(!contains(onescript, "\"name\"") && !contains(onescript, "expire_date") &&
              !contains(onescript, "member_limit"),
          "nothing optional is sent from OneScript: " + onescript);
    ++requests_sent;

    // Fewer variants than parameters: the rest are not given.
    {
        std::vector<tVariant> two = {text(TOKEN), text("@testsichee")};
        tVariant result = empty();
        check(c->CallAsFunc(m, &result, two.data(), 2), "CallAsFunc with two variants");
        expect(take(result, "two variants"), {"\"ok\":true"}, "two variants");
        ++requests_sent;
    }

    // Empty values: Undefined everywhere optional, and 1C's empty date.
    std::string empties = call(
        c, m, {text(TOKEN), text("@testsichee"), empty(), date(1, 1, 1, 0, 0, 0), i4(0)},
        "empty values");
    expect(empties, {"\"ok\":true"}, "empty values");
    check(!contains(empties, "expire_date"), "the empty date makes a permanent link");
    ++requests_sent;

    // A 1C Number chat id: whole, sent as a numeric id.
    expect(call(c, m, {text(TOKEN), r8(-1001234567890.0)}, "numeric chat"), {"\"ok\":true"},
           "a Number chat id");
    ++requests_sent;
    expect(call(c, m, {text(TOKEN), i4(-100123)}, "I4 chat"), {"\"ok\":true"}, "an I4 chat id");
    ++requests_sent;

    // A string the platform does not NUL-terminate: only its length counts.
    {
        kept.push_back(u"@testsicheeXYZ");
        tVariant chat = empty();
        chat.wstr.pwstrVal = &kept.back()[0];
        chat.wstr.wstrLen = 11;
        chat.vt = VTYPE_PWSTR;
        expect(call(c, m, {text(TOKEN), chat}, "length"), {"\"ok\":true"}, "string length");
        ++requests_sent;
    }

    // Telegram's own refusal comes back as it is.
    expect(call(c, m, {text(TOKEN), text("@no_such_chat")}, "no such chat"),
           {"\"ok\":false", "\"error_code\":400", "chat not found"}, "Telegram's 400");
    ++requests_sent;

    // Values 1C can pass that cannot stand for the parameter: nothing is sent.
    expect_invalid(call(c, m, {text(TOKEN), text("@testsichee"), empty(), empty(), r8(2.5)},
                        "fraction"),
                   "UserLimit", "a fraction for UserLimit");
    expect_invalid(call(c, m,
                        {text(TOKEN), text("@testsichee"), empty(), empty(), boolean(true)},
                        "bool limit"),
                   "UserLimit", "a Boolean for UserLimit");
    expect_invalid(call(c, m,
                        {text(TOKEN), text("@testsichee"), empty(), empty(), text("many")},
                        "text limit"),
                   "UserLimit", "text for UserLimit");
    expect_invalid(call(c, m, {text(TOKEN), text("@testsichee"), empty(), empty(), i4(100000)},
                        "limit range"),
                   "UserLimit", "UserLimit out of range");
    expect_invalid(call(c, m, {text(TOKEN), text("@testsichee"), empty(), boolean(false)},
                        "bool date"),
                   "ExpirationDate", "a Boolean for ExpirationDate");
    expect_invalid(call(c, m, {text(TOKEN), text("@testsichee"), empty(),
                               date(2025, 13, 2, 0, 0, 0)},
                        "bad date"),
                   "ExpirationDate", "a Date that is not a date");
    expect_invalid(call(c, m, {text(TOKEN), text("@testsichee"), empty(), text("tomorrow")},
                        "text date"),
                   "ExpirationDate", "a string that is not a date");
    expect_invalid(call(c, m, {text(TOKEN), r8(0.5)}, "fraction chat"), "ChatID",
                   "a fraction for ChatID");
    expect_invalid(call(c, m, {empty(), text("@testsichee")}, "no token"), "Token",
                   "Undefined for the Token");
    expect_invalid(call(c, m, {text(TOKEN), text("")}, "empty chat"), "ChatID", "an empty ChatID");
    {
        kept.push_back(u"Link ");
        kept.back() += static_cast<char16_t>(0xD800);
        tVariant title = empty();
        title.wstr.pwstrVal = &kept.back()[0];
        title.wstr.wstrLen = static_cast<uint32_t>(kept.back().size());
        title.vt = VTYPE_PWSTR;
        expect_invalid(call(c, m, {text(TOKEN), text("@testsichee"), title}, "surrogate"),
                       "Title", "an unpaired surrogate in the Title");
    }
    {
        tVariant blob = empty();
        blob.vt = VTYPE_BLOB;
        expect_invalid(call(c, m, {text(TOKEN), text("@testsichee"), blob}, "blob"), "Title",
                       "binary data for the Title");
    }

    // Called as a procedure, the request is made and the result dropped.
    std::vector<tVariant> proc = {text(TOKEN), text("@testsichee"), empty(), empty(), i4(0)};
    check(c->CallAsProc(m, proc.data(), 5), "CallAsProc");
    ++requests_sent;
    check(c->CallAsProc(m, nullptr, 0), "CallAsProc without parameters answers invalid_argument");
}

// The stand-in's small file (opi_standin::SMALL_FILE_ID), as a download returns it:
// BinaryData of its 256 bytes, 0 to 255, in the platform's memory, which is released
// as the platform does.
static void take_small_file(tVariant &result, const std::string &what) {
    bool same = result.vt == VTYPE_BLOB && result.str.strLen == 256;
    for (uint32_t i = 0; same && i < 256; ++i) {
        same = static_cast<unsigned char>(result.str.pstrVal[i]) == i;
    }
    check(same, what + " returns the file's 256 bytes as BinaryData (vt " +
                    std::to_string(result.vt) + ")");
    if (result.vt == VTYPE_BLOB) {
        check(memory.owns(result.str.pstrVal),
              what + ": the bytes come from the platform's memory manager");
        void *block = result.str.pstrVal;
        memory.FreeMemory(&block);
    } else if (result.vt == VTYPE_PWSTR) {
        check(false, what + " answered " + take(result, what));
    }
}

// Other methods of the table, where the library has them: each is reached through the
// same table-driven path, so one call each shows the path holds.
static void other_methods(ILanguageExtenderBase *c) {
    long approve = c->FindMethod(u"ОдобритьЗаявкуНаВступление");
    if (approve >= 0) {
        expect(call(c, approve, {text(TOKEN), text("@testsichee"), r8(123456789.0)}, "approve"),
               {"\"ok\":true", "\"result\":true"}, "ApproveJoinRequest with a Number user");
        ++requests_sent;
        expect_invalid(call(c, approve, {text(TOKEN), text("@testsichee"), r8(1.5)}, "approve"),
                       "UserID", "a fraction for UserID");
    }
    long document = c->FindMethod(u"ОтправитьДокумент");
    if (document >= 0) {
        // 1C's BinaryData: bytes in the string's place (pstrVal, strLen), a NUL inside.
        static char bytes[] = "%PDF binary\0data";
        tVariant binary = empty();
        binary.wstr.pwstrVal = reinterpret_cast<WCHAR_T *>(bytes);
        binary.wstr.wstrLen = sizeof bytes - 1;
        binary.vt = VTYPE_BLOB;
        expect(call(c, document, {text(TOKEN), text("@testsichee"), text("From 1C"), binary},
                    "SendDocument(BinaryData)"),
               {"\"ok\":true", "\"file_name\":\"document\"", "\"file_size\":16"},
               "SendDocument with BinaryData");
        ++requests_sent;
        expect(call(c, document,
                    {text(TOKEN), text("@testsichee"), text("From 1C"),
                     text("https://example.com/files/a.pdf"), empty(), empty(), text("a.pdf")},
                    "SendDocument(String)"),
               {"\"ok\":true", "\"file_name\":\"a.pdf\""}, "SendDocument with a URL");
        ++requests_sent;
        expect_invalid(call(c, document,
                            {text(TOKEN), text("@testsichee"), text("x"), text("/no/such.pdf")},
                            "SendDocument(missing)"),
                       "Document", "a path to no file");
    }
    long send_text = c->FindMethod(u"ОтправитьТекстовоеСообщение");
    if (send_text >= 0) {
        // Markup and RepliedID left out: OPI's defaults, Markdown and no reply.
        expect(call(c, send_text,
                    {text(TOKEN), r8(461699897.0), text("Hi"),
                     text("{'inline_keyboard':[[{'text':'A','callback_data':'a'}]]}")},
                    "SendTextMessage"),
               {"\"ok\":true", "\"text\":\"Hi\""}, "SendTextMessage with a keyboard");
        ++requests_sent;
        expect_invalid(call(c, send_text, {text(TOKEN), text("@testsichee"), text("Hi"), i4(5)},
                            "SendTextMessage(bad keyboard)"),
                       "Keyboard", "a Number for Keyboard");
    }
    long location = c->FindMethod(u"ОтправитьМестоположение");
    if (location >= 0) {
        expect(call(c, location, {text(TOKEN), text("@testsichee"), r8(48.87), text("2,29")},
                    "SendLocation"),
               {"\"ok\":true", "\"latitude\":48.87", "\"longitude\":2.29"},
               "SendLocation with a Number and a String");
        ++requests_sent;
        expect_invalid(call(c, location, {text(TOKEN), text("@testsichee"), r8(90.5), r8(0)},
                            "SendLocation(out of range)"),
                       "Latitude", "a latitude out of range");
        expect_invalid(call(c, location, {text(TOKEN), text("@testsichee"), r8(0), boolean(true)},
                            "SendLocation(Boolean)"),
                       "Longitude", "a Boolean for Longitude");
    }
    long poll = c->FindMethod(u"ОтправитьОпрос");
    if (poll >= 0) {
        expect(call(c, poll,
                    {text(TOKEN), text("@testsichee"), text("Anonymous?"), text("['Yes','No']"),
                     boolean(false)},
                    "SendPoll"),
               {"\"ok\":true", "\"is_anonymous\":false"}, "SendPoll with a Boolean");
        ++requests_sent;
        // Left out, Anonymous is OPI's default: true.
        expect(call(c, poll, {text(TOKEN), text("@testsichee"), text("Default?"), text("['A','B']")},
                    "SendPoll(default)"),
               {"\"ok\":true", "\"is_anonymous\":true"}, "SendPoll with Anonymous left out");
        ++requests_sent;
        expect_invalid(call(c, poll,
                            {text(TOKEN), text("@testsichee"), text("Q"), text("['A','B']"),
                             text("yes")},
                            "SendPoll(bad flag)"),
                       "Anonymous", "a String that is not a Boolean");
    }
    long any = c->FindMethod(u"Call");
    if (any >= 0) {
        expect(call(c, any, {text(TOKEN), text("getMe")}, "Call(getMe)"),
               {"\"ok\":true", "\"is_bot\":true"}, "Call with its Parameters left out");
        ++requests_sent;
    }
    // A keyboard made here from a 1C String and two Booleans; nothing is sent.
    long keyboard = c->FindMethod(u"СформироватьКлавиатуруПоМассивуКнопок");
    if (keyboard >= 0) {
        expect(call(c, keyboard, {text("['A','B']"), boolean(true), boolean(false)},
                    "FormKeyboardFromButtonArray"),
               {"{\"ok\":true,\"result\":{\"inline_keyboard\":[[{\"text\":\"A\",\"callback_data\":"
                "\"A\"},{\"text\":\"B\",\"callback_data\":\"B\"}]]}}"},
               "FormKeyboardFromButtonArray under the message, in one row");
        expect(call(c, keyboard, {text("['A']")}, "FormKeyboardFromButtonArray"),
               {"\"keyboard\":[[{\"text\":\"A\"}]]", "\"resize_keyboard\":true"},
               "FormKeyboardFromButtonArray with OPI's defaults");
    }
    // A download returns BinaryData, in the platform's memory, as OPI's does; a refusal
    // is its result, a String.
    long download = c->FindMethod(u"СкачатьФайл");
    if (download >= 0) {
        std::vector<tVariant> params = {text(TOKEN), text("BQACAgIAAxkBAAIBSmall")};
        tVariant result = empty();
        check(c->CallAsFunc(download, &result, params.data(), 2), "DownloadFile");
        requests_sent += 2;
        take_small_file(result, "DownloadFile");
        expect(call(c, download, {text(TOKEN), text("BQACAgIAAxkBAAIBNone")}, "DownloadFile"),
               {"\"ok\":false", "invalid file_id"}, "DownloadFile refused by Telegram");
        ++requests_sent;
    }
}

// An example's value as the platform passes it; the token is the stand-in's.
static tVariant example_value(const ExampleValue &value) {
    switch (value.type) {
    case EXAMPLE_TOKEN:
        return text(TOKEN);
    case EXAMPLE_STRING:
        return text(value.text);
    case EXAMPLE_NUMBER:
        return number(value.number);
    case EXAMPLE_BOOLEAN:
        return boolean(value.boolean != 0);
    case EXAMPLE_DATE:
        return date(value.date[0], value.date[1], value.date[2], value.date[3], value.date[4],
                    value.date[5]);
    default:
        return empty();
    }
}

// Every method of the table with its example's values: a pass by the English names,
// then one by the Russian names. Each answer says ok; a download answers the file.
static void examples(ILanguageExtenderBase *c) {
    for (int russian = 0; russian < 2; ++russian) {
        for (const Example &e : EXAMPLES) {
            std::string name = russian ? e.name_ru : e.name;
            long m = c->FindMethod(utf16(name).c_str());
            check(m >= 0 && m == c->FindMethod(utf16(e.name).c_str()),
                  "FindMethod(" + name + ") finds " + e.name);
            if (m < 0) {
                continue;
            }
            check(c->GetNParams(m) == e.count, name + " takes the example's parameters");
            std::vector<tVariant> params(static_cast<size_t>(e.count), empty());
            for (int p = 0; p < e.count; ++p) {
                const ExampleValue &value = EXAMPLE_VALUES[e.first + p];
                if (value.type == EXAMPLE_LEFT_OUT) {
                    check(c->GetParamDefValue(m, p, &params[p]),
                          name + ": parameter " + std::to_string(p) + " left out has no default");
                } else {
                    params[p] = example_value(value);
                }
            }
            tVariant result = empty();
            check(c->CallAsFunc(m, &result, params.data(), e.count),
                  name + ": CallAsFunc failed");
            if (e.downloads) {
                take_small_file(result, name);
            } else {
                std::string json = take(result, name);
                check(json.rfind("{\"ok\":true", 0) == 0, name + " answered " + json);
                check(!contains(json, TOKEN), name + ": the token leaked into " + json);
            }
        }
    }
}

// The add-in's whole life, again and again: load the library, create the component,
// call it with a Date (read in local time), release it, unload. Releases alternate
// between DestroyObject, as 1C does, and Done then delete, as OneScript's proxy does.
// After each dlclose no mapping of the library, no extra descriptor or thread may
// remain, and from the first cycle on the heap may not grow (run with
// GLIBC_TUNABLES=glibc.malloc.tcache_count=0, as tests/c/unload.c explains).
static void unload_cycles(const char *library_path, long cycles) {
    // Growth allowed after the first cycle: glibc's own and ureq's, as in unload.c.
    const long long heap_slack = 8192;
    char path[PATH_MAX];
    if (realpath(library_path, path) == nullptr) {
        check(false, std::string("no library at ") + library_path);
        return;
    }
    // Made once, so that the harness's own strings do not grow the heap.
    const long long expire = local_seconds(2025, 5, 2, 15, 46, 10);
    const std::string expire_field = "\"expire_date\":" + std::to_string(expire);
    const std::vector<tVariant> args = {text(TOKEN), text("@testsichee"), text("Unload"),
                                        date(2025, 5, 2, 15, 46, 10), i4(200)};
    Connection connection;
    std::printf("loading and unloading %s %ld times\n", path, cycles);
    const long descriptors = open_descriptors();
    const long threads = running_threads();
    long long heap = 0;
    for (long n = 1; n <= cycles; ++n) {
        std::string cycle = "cycle " + std::to_string(n);
        void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (library == nullptr) {
            check(false, cycle + ": cannot load the library");
            return;
        }
        auto create = reinterpret_cast<GetClassObjectFn>(dlsym(library, "GetClassObject"));
        auto destroy = reinterpret_cast<DestroyObjectFn>(dlsym(library, "DestroyObject"));
        IComponentBase *component = nullptr;
        if (create != nullptr && destroy != nullptr && create(u"Telegram", &component) == 1) {
            component->setMemManager(&memory);
            component->Init(&connection);
            long m = component->FindMethod(u"CreateInvitationLink");
            expect(call(component, m, args, cycle), {"\"ok\":true", expire_field}, cycle);
            ++requests_sent;
            component->Done();
            if (n % 2 == 1) {
                check(destroy(&component) == 0, cycle + ": DestroyObject");
            } else {
                delete component;
            }
        } else {
            check(false, cycle + ": no component");
        }
        check(dlclose(library) == 0, cycle + ": dlclose");

        long mapped = mappings_of(path);
        long open = open_descriptors();
        long running = running_threads();
        long long in_use = heap_in_use();
        std::printf("%s: mappings %ld, descriptors %ld, threads %ld, heap %lld bytes\n",
                    cycle.c_str(), mapped, open, running, in_use);
        check(mapped == 0, cycle + ": " + std::to_string(mapped) + " mappings remain");
        check(open == descriptors, cycle + ": " + std::to_string(open) +
                                       " descriptors open, " + std::to_string(descriptors) +
                                       " before");
        check(running == threads, cycle + ": " + std::to_string(running) + " threads, " +
                                      std::to_string(threads) + " before");
        if (n == 1) {
            heap = in_use;
        } else {
            check(in_use <= heap + heap_slack,
                  cycle + ": heap " + std::to_string(in_use) + " bytes, " +
                      std::to_string(heap) + " after the first cycle");
        }
    }
    check(memory.live.empty(),
          std::to_string(memory.live.size()) + " platform allocations were never released");
    if (failures == 0) {
        std::printf("unloaded cleanly %ld times\n", cycles);
    }
}

// The examples on a component of their own, which is then released and the library
// unloaded, as everywhere else: every block handed over must have come back.
static void run_examples(const char *library_path) {
    void *library = dlopen(library_path, RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) {
        check(false, std::string("cannot load ") + library_path + ": " + dlerror());
        return;
    }
    auto create = reinterpret_cast<GetClassObjectFn>(dlsym(library, "GetClassObject"));
    auto destroy = reinterpret_cast<DestroyObjectFn>(dlsym(library, "DestroyObject"));
    Connection connection;
    IComponentBase *component = nullptr;
    if (create != nullptr && destroy != nullptr && create(u"Telegram", &component) == 1) {
        check(component->setMemManager(&memory) && component->Init(&connection), "Init");
        examples(component);
        component->Done();
        check(destroy(&component) == 0, "DestroyObject");
    } else {
        check(false, "GetClassObject");
    }
    check(dlclose(library) == 0, "dlclose");
    check(memory.live.empty(),
          std::to_string(memory.live.size()) + " platform allocations were never released");
    check(memory.foreign == 0, "FreeMemory was given blocks it never allocated");
}

int main(int argc, char **argv) {
    if (argc >= 3 && std::string(argv[1]) == "--unload") {
        long cycles = argc > 3 ? std::strtol(argv[3], nullptr, 10) : 20;
        if (std::getenv("OPI_TELEGRAM_API_URL") == nullptr || cycles < 2) {
            std::fprintf(stderr, "usage: %s --unload LIBRARY [CYCLES, at least 2]\n", argv[0]);
            return 2;
        }
        unload_cycles(argv[2], cycles);
        std::printf("requests sent: %d\n", requests_sent);
        if (failures != 0) {
            std::fprintf(stderr, "%d checks failed\n", failures);
            return 1;
        }
        return 0;
    }

    if (argc == 3 && std::string(argv[1]) == "--examples") {
        if (std::getenv("OPI_TELEGRAM_API_URL") == nullptr) {
            std::fprintf(stderr, "OPI_TELEGRAM_API_URL must name the stand-in\n");
            return 2;
        }
        // The zone tests/examples.requests was recorded in, so that a Date (local
        // wall-clock time) stands for the same instant as the example's text did there.
        setenv("TZ", "UTC", 1);
        run_examples(argv[2]);
        std::printf("examples: %d methods, by both names\n", EXAMPLE_COUNT);
        if (failures != 0) {
            std::fprintf(stderr, "%d checks failed\n", failures);
            return 1;
        }
        return 0;
    }

    if (argc < 2) {
        std::fprintf(stderr, "usage: %s LIBRARY [Name,RussianName,PARAMS...]\n", argv[0]);
        return 2;
    }
    const char *api_url = std::getenv("OPI_TELEGRAM_API_URL");
    if (api_url == nullptr) {
        std::fprintf(stderr, "OPI_TELEGRAM_API_URL must name the stand-in\n");
        return 2;
    }
    std::vector<Expected> expected = expected_methods(argc, argv);

    void *library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) {
        std::fprintf(stderr, "cannot load %s: %s\n", argv[1], dlerror());
        return 1;
    }
    auto create = reinterpret_cast<GetClassObjectFn>(dlsym(library, "GetClassObject"));
    auto destroy = reinterpret_cast<DestroyObjectFn>(dlsym(library, "DestroyObject"));
    auto names = reinterpret_cast<GetClassNamesFn>(dlsym(library, "GetClassNames"));
    auto capabilities =
        reinterpret_cast<SetPlatformCapabilitiesFn>(dlsym(library, "SetPlatformCapabilities"));
    auto attach_type = reinterpret_cast<GetAttachTypeFn>(dlsym(library, "GetAttachType"));
    auto version = reinterpret_cast<VersionFn>(dlsym(library, "opi_version"));
    if (!create || !destroy || !names || !capabilities || !attach_type || !version) {
        std::fprintf(stderr, "%s lacks a Native API entry point or opi_version\n", argv[1]);
        return 1;
    }

    entry_points(names, capabilities, attach_type);
    lifecycle(create, destroy);

    Connection connection;
    IComponentBase *component = nullptr;
    check(create(names(), &component) == 1 && component != nullptr, "GetClassObject");
    if (component != nullptr) {
        initialise(component, connection);
        property(component, version);
        long m = methods(component, expected);
        full_width_booleans(component, connection);
        configure(component, api_url);
        if (m >= 0) {
            create_invitation_link(component, m);
        }
        other_methods(component);
        component->Done();
        check(destroy(&component) == 0, "DestroyObject");

        // OneScript's proxy releases a component it used with Done() and `delete`,
        // through the deleting destructor of IComponentBase's first vtable.
        IComponentBase *used = nullptr;
        check(create(names(), &used) == 1 && used != nullptr, "a component to use and delete");
        if (used != nullptr) {
            check(used->setMemManager(&memory) && used->Init(&connection), "Init before delete");
            if (m >= 0) {
                expect(call(used, m, {text(TOKEN), text("@testsichee"), text("Deleted")},
                            "delete"),
                       {"\"ok\":true", "\"name\":\"Deleted\""}, "a call before delete");
                ++requests_sent;
            }
            used->Done();
            delete used;
        }
    }

    check(memory.live.empty(),
          std::to_string(memory.live.size()) + " platform allocations were never released");
    check(memory.foreign == 0, "FreeMemory was given blocks it never allocated");
    check(memory.allocations > 0, "the component allocated through the memory manager");
    check(dlclose(library) == 0, "dlclose");

    std::printf("platform allocations: %zu, all released: %s\n", memory.allocations,
                memory.live.empty() ? "yes" : "no");
    std::printf("connection services used: %d\n", connection.uses);
    std::printf("requests sent: %d\n", requests_sent);
    if (failures != 0) {
        std::fprintf(stderr, "%d checks failed\n", failures);
        return 1;
    }
    return 0;
}
