/*
 * The platform's side of the 1C:Enterprise Native API on Windows, played by a test
 * program laid out as MSVC lays out the platform's C++ objects: it loads opi.dll as
 * 1C:Enterprise and OneScript do, hands the component a memory manager that allocates
 * with LocalAlloc, and checks every entry point, method, value type and way of release
 * against the loopback Bot API stand-in.
 *
 *   OPI_TELEGRAM_API_URL=http://127.0.0.1:PORT windows_host.exe LIBRARY
 *   OPI_TELEGRAM_API_URL=http://127.0.0.1:PORT TZ=UTC windows_host.exe --examples LIBRARY
 *
 * With --examples it calls every method of examples.h (generated from the method table)
 * with its example's values, by the English names, then again by the Russian ones: the
 * stand-in must then have received tests/examples.requests twice, which the caller
 * checks.
 *
 * Written in C on purpose: a C++ compiler other than MSVC (MinGW's g++) would lay its
 * vtables out the Itanium way, with two destructor slots, and prove nothing. Here each
 * interface is a struct of function pointers in MSVC's order:
 *
 * - slot 0 is the virtual destructor, MSVC's one "scalar deleting destructor": it takes
 *   `unsigned int flags` (bit 0: free the memory), returns `this`, and is `__thiscall`
 *   on x86 (`this` in ECX, the callee pops the flags);
 * - every method after it is ADDIN_API, `__stdcall` on x86;
 * - `long` is 32 bits and WCHAR_T is the 16-bit `wchar_t`;
 * - the component starts with the vtable pointers of IInitDoneBase,
 *   ILanguageExtenderBase, LocaleBase and UserLanguageBase, and each interface's
 *   methods get `this` pointing at that interface's pointer.
 *
 * Prints one line per failed check on stderr and exits 1 if there was any. The last
 * line on stdout is `requests sent: N`, for the caller to compare with the stand-in's.
 */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "examples.h"

#define ADDIN_API __stdcall
#if defined(__i386__)
/* GCC warns that thiscall is meant for C++ member functions, and applies it anyway:
 * `this` in ECX, the rest on the stack, popped by the callee. */
#pragma GCC diagnostic ignored "-Wattributes"
#define THISCALL __attribute__((thiscall))
#else
#define THISCALL
#endif

typedef wchar_t WCHAR_T;

enum {
    VTYPE_EMPTY = 0,
    VTYPE_I4 = 3,
    VTYPE_R8 = 5,
    VTYPE_TM = 7,
    VTYPE_BOOL = 11,
    VTYPE_I8 = 17,
    VTYPE_PWSTR = 22,
    VTYPE_BLOB = 23,
};

/* The platform's types.h, as MSVC compiles it: no packing pragma, so natural alignment,
 * and MSVC's 36-byte struct tm (nine ints), which MinGW's time.h shares. */
typedef struct tVariant {
    union {
        int8_t i8Val;
        int16_t shortVal;
        int32_t lVal;
        int intVal;
        unsigned int uintVal;
        int64_t llVal;
        uint8_t ui8Val;
        uint16_t ushortVal;
        uint32_t ulVal;
        uint64_t ullVal;
        int32_t errCode;
        long hRes;
        float fltVal;
        double dblVal;
        bool bVal;
        char chVal;
        wchar_t wchVal;
        double date;
        GUID IDVal;
        struct tVariant *pvarVal;
        struct tm tmVal;
        struct {
            void *pInterfaceVal;
            GUID InterfaceID;
        } iface;
        struct {
            char *pstrVal;
            uint32_t strLen;
        } str;
        struct {
            WCHAR_T *pwstrVal;
            uint32_t wstrLen;
        } wstr;
    };
    uint32_t cbElements;
    uint16_t vt;
} tVariant;

_Static_assert(sizeof(long) == 4, "long is 32 bits on Windows");
_Static_assert(sizeof(WCHAR_T) == 2, "WCHAR_T is 16 bits");
_Static_assert(sizeof(struct tm) == 36, "MSVC's struct tm is nine ints");
/* The same on x64 and x86: the union is 36 bytes rounded up to double's 8-byte
 * alignment, which MSVC keeps inside structs on x86 too. */
_Static_assert(sizeof(tVariant) == 48, "tVariant is 48 bytes on Windows");
_Static_assert(offsetof(tVariant, cbElements) == 40, "cbElements is at 40 on Windows");
_Static_assert(offsetof(tVariant, vt) == 44, "vt is at 44 on Windows");

typedef void *(THISCALL *ScalarDeletingDestructor)(void *self, unsigned int flags);

/* IMemoryManager, the platform's object. */
typedef struct MemoryVtbl {
    ScalarDeletingDestructor destructor;
    bool(ADDIN_API *AllocMemory)(void *self, void **block, unsigned long bytes);
    void(ADDIN_API *FreeMemory)(void *self, void **block);
} MemoryVtbl;

/* IAddInDefBase, the platform's connection object. */
typedef struct ConnectionVtbl {
    ScalarDeletingDestructor destructor;
    bool(ADDIN_API *AddError)(void *self, unsigned short code, const WCHAR_T *source,
                              const WCHAR_T *description, long scode);
    bool(ADDIN_API *Read)(void *self, WCHAR_T *name, tVariant *value, long *error,
                          WCHAR_T **description);
    bool(ADDIN_API *Write)(void *self, WCHAR_T *name, tVariant *value);
    bool(ADDIN_API *RegisterProfileAs)(void *self, WCHAR_T *name);
    bool(ADDIN_API *SetEventBufferDepth)(void *self, long depth);
    long(ADDIN_API *GetEventBufferDepth)(void *self);
    bool(ADDIN_API *ExternalEvent)(void *self, WCHAR_T *source, WCHAR_T *message,
                                   WCHAR_T *data);
    void(ADDIN_API *CleanEventBuffer)(void *self);
    bool(ADDIN_API *SetStatusLine)(void *self, WCHAR_T *line);
    void(ADDIN_API *ResetStatusLine)(void *self);
} ConnectionVtbl;

/* The component's four interfaces, in IComponentBase's declaration order. */
typedef struct InitDoneVtbl {
    ScalarDeletingDestructor destructor;
    bool(ADDIN_API *Init)(void *self, void *connection);
    bool(ADDIN_API *setMemManager)(void *self, void *memory);
    long(ADDIN_API *GetInfo)(void *self);
    void(ADDIN_API *Done)(void *self);
} InitDoneVtbl;

typedef struct LanguageVtbl {
    ScalarDeletingDestructor destructor;
    bool(ADDIN_API *RegisterExtensionAs)(void *self, WCHAR_T **name);
    long(ADDIN_API *GetNProps)(void *self);
    long(ADDIN_API *FindProp)(void *self, const WCHAR_T *name);
    const WCHAR_T *(ADDIN_API *GetPropName)(void *self, long prop, long alias);
    bool(ADDIN_API *GetPropVal)(void *self, long prop, tVariant *value);
    bool(ADDIN_API *SetPropVal)(void *self, long prop, tVariant *value);
    bool(ADDIN_API *IsPropReadable)(void *self, long prop);
    bool(ADDIN_API *IsPropWritable)(void *self, long prop);
    long(ADDIN_API *GetNMethods)(void *self);
    long(ADDIN_API *FindMethod)(void *self, const WCHAR_T *name);
    const WCHAR_T *(ADDIN_API *GetMethodName)(void *self, long method, long alias);
    long(ADDIN_API *GetNParams)(void *self, long method);
    bool(ADDIN_API *GetParamDefValue)(void *self, long method, long param, tVariant *value);
    bool(ADDIN_API *HasRetVal)(void *self, long method);
    bool(ADDIN_API *CallAsProc)(void *self, long method, tVariant *params, long count);
    bool(ADDIN_API *CallAsFunc)(void *self, long method, tVariant *result, tVariant *params,
                                long count);
} LanguageVtbl;

typedef struct LocaleVtbl {
    ScalarDeletingDestructor destructor;
    void(ADDIN_API *SetLocale)(void *self, const WCHAR_T *locale);
} LocaleVtbl;

typedef struct UserLanguageVtbl {
    ScalarDeletingDestructor destructor;
    void(ADDIN_API *SetUserInterfaceLanguageCode)(void *self, const WCHAR_T *language);
} UserLanguageVtbl;

typedef struct Component {
    const InitDoneVtbl *init_done;
    const LanguageVtbl *language;
    const LocaleVtbl *locale;
    const UserLanguageVtbl *user_language;
} Component;

/* Calls through an interface, with `this` at that interface's vtable pointer. */
#define INIT(c, method, ...) ((c)->init_done->method(&(c)->init_done, ##__VA_ARGS__))
#define LANG(c, method, ...) ((c)->language->method(&(c)->language, ##__VA_ARGS__))

/* The exports: plain C, found by their undecorated names. */
typedef long(__cdecl *GetClassObjectFn)(const WCHAR_T *name, Component **component);
typedef long(__cdecl *DestroyObjectFn)(Component **component);
typedef const WCHAR_T *(__cdecl *GetClassNamesFn)(void);
typedef int(__cdecl *SetPlatformCapabilitiesFn)(int capabilities);
typedef int(__cdecl *GetAttachTypeFn)(void);
typedef const char *(__cdecl *VersionFn)(void);

static GetClassObjectFn create;
static DestroyObjectFn destroy;

/* The one token the loopback stand-in accepts (opi_standin::TOKEN). */
static const WCHAR_T TOKEN[] = L"6129457865:AAFyzNYOAFbu-loopback-stand-in";
static const char TOKEN_UTF8[] = "6129457865:AAFyzNYOAFbu-loopback-stand-in";

static volatile LONG failures;
static volatile LONG requests_sent;

static void check(bool ok, const char *what) {
    if (!ok) {
        InterlockedIncrement(&failures);
        fprintf(stderr, "FAILED: %s\n", what);
    }
}

/* ---- The memory manager: LocalAlloc and LocalFree, every live block known. ---- */

typedef struct Memory {
    const MemoryVtbl *vtbl;
    CRITICAL_SECTION lock;
    void **live;
    size_t live_count;
    size_t capacity;
    size_t allocations;
    size_t foreign;
} Memory;

static size_t find_block(Memory *m, const void *block) {
    size_t i;
    for (i = 0; i < m->live_count && m->live[i] != block; ++i) {
    }
    return i;
}

static bool ADDIN_API alloc_memory(void *self, void **block, unsigned long bytes) {
    Memory *m = self;
    if (block == NULL) {
        return false;
    }
    *block = LocalAlloc(LMEM_FIXED, bytes == 0 ? 1 : bytes);
    if (*block == NULL) {
        return false;
    }
    EnterCriticalSection(&m->lock);
    if (m->live_count == m->capacity) {
        m->capacity = m->capacity == 0 ? 64 : m->capacity * 2;
        m->live = realloc(m->live, m->capacity * sizeof *m->live);
        if (m->live == NULL) {
            fprintf(stderr, "FAILED: out of memory\n");
            exit(1);
        }
    }
    m->live[m->live_count++] = *block;
    ++m->allocations;
    LeaveCriticalSection(&m->lock);
    return true;
}

static void ADDIN_API free_memory(void *self, void **block) {
    Memory *m = self;
    size_t i;
    if (block == NULL || *block == NULL) {
        return;
    }
    EnterCriticalSection(&m->lock);
    i = find_block(m, *block);
    if (i == m->live_count) {
        ++m->foreign;
        LeaveCriticalSection(&m->lock);
        return;
    }
    m->live[i] = m->live[--m->live_count];
    LeaveCriticalSection(&m->lock);
    LocalFree(*block);
    *block = NULL;
}

static bool owns(Memory *m, const void *block) {
    bool found;
    EnterCriticalSection(&m->lock);
    found = find_block(m, block) < m->live_count;
    LeaveCriticalSection(&m->lock);
    return found;
}

/* Never called by a component; present because the interface has it. */
static void *THISCALL platform_destructor(void *self, unsigned int flags) {
    (void)flags;
    check(false, "the component called a destructor of the platform's object");
    return self;
}

static const MemoryVtbl memory_vtbl = {platform_destructor, alloc_memory, free_memory};
static Memory memory = {&memory_vtbl, {0}, NULL, 0, 0, 0, 0};

/* ---- The connection object: every service refused, every use counted. ---- */

typedef struct Connection {
    const ConnectionVtbl *vtbl;
    volatile LONG uses;
} Connection;

static bool used(void *self) {
    InterlockedIncrement(&((Connection *)self)->uses);
    return false;
}
static bool ADDIN_API add_error(void *s, unsigned short c, const WCHAR_T *a, const WCHAR_T *b,
                                long d) {
    (void)c, (void)a, (void)b, (void)d;
    return used(s);
}
static bool ADDIN_API read_value(void *s, WCHAR_T *a, tVariant *b, long *c, WCHAR_T **d) {
    (void)a, (void)b, (void)c, (void)d;
    return used(s);
}
static bool ADDIN_API write_value(void *s, WCHAR_T *a, tVariant *b) {
    (void)a, (void)b;
    return used(s);
}
static bool ADDIN_API with_name(void *s, WCHAR_T *a) {
    (void)a;
    return used(s);
}
static bool ADDIN_API set_depth(void *s, long a) {
    (void)a;
    return used(s);
}
static long ADDIN_API get_depth(void *s) { return used(s) ? 1 : 0; }
static bool ADDIN_API external_event(void *s, WCHAR_T *a, WCHAR_T *b, WCHAR_T *c) {
    (void)a, (void)b, (void)c;
    return used(s);
}
static void ADDIN_API no_result(void *s) { used(s); }

static const ConnectionVtbl connection_vtbl = {
    platform_destructor, add_error, read_value, write_value, with_name,
    set_depth,           get_depth, external_event, no_result, with_name, no_result};
static Connection connection = {&connection_vtbl, 0};

/* ---- Values as the platform builds them, and results as it reads them. ---- */

static tVariant empty(void) {
    tVariant v;
    memset(&v, 0, sizeof v);
    v.vt = VTYPE_EMPTY;
    return v;
}

/* A string the platform owns; `text` must outlive the call. */
static tVariant text(const WCHAR_T *text) {
    tVariant v = empty();
    v.wstr.pwstrVal = (WCHAR_T *)text;
    v.wstr.wstrLen = (uint32_t)wcslen(text);
    v.vt = VTYPE_PWSTR;
    return v;
}

/* BinaryData: bytes in the string's place, as the platform passes them; `bytes` must
   outlive the call. */
static tVariant blob(const char *bytes, uint32_t length) {
    tVariant v = empty();
    v.str.pstrVal = (char *)bytes;
    v.str.strLen = length;
    v.vt = VTYPE_BLOB;
    return v;
}

static tVariant i4(int32_t n) {
    tVariant v = empty();
    v.lVal = n;
    v.vt = VTYPE_I4;
    return v;
}

static tVariant i8(int64_t n) {
    tVariant v = empty();
    v.llVal = n;
    v.vt = VTYPE_I8;
    return v;
}

static tVariant r8(double x) {
    tVariant v = empty();
    v.dblVal = x;
    v.vt = VTYPE_R8;
    return v;
}

static tVariant boolean(bool b) {
    tVariant v = empty();
    v.bVal = b;
    v.vt = VTYPE_BOOL;
    return v;
}

/* A 1C Date: the wall-clock fields in local time, in MSVC's struct tm. */
static tVariant date(int year, int month, int day, int hour, int minute, int second) {
    tVariant v = empty();
    v.tmVal.tm_year = year - 1900;
    v.tmVal.tm_mon = month - 1;
    v.tmVal.tm_mday = day;
    v.tmVal.tm_hour = hour;
    v.tmVal.tm_min = minute;
    v.tmVal.tm_sec = second;
    v.tmVal.tm_isdst = -1;
    v.vt = VTYPE_TM;
    return v;
}

/* Unix seconds of a local wall-clock time, as Windows converts it in its own zone. */
static long long local_seconds(int year, int month, int day, int hour, int minute, int second) {
    SYSTEMTIME local = {(WORD)year, (WORD)month, 0, (WORD)day, (WORD)hour, (WORD)minute,
                        (WORD)second, 0};
    SYSTEMTIME utc;
    FILETIME file;
    ULARGE_INTEGER ticks;
    if (!TzSpecificLocalTimeToSystemTime(NULL, &local, &utc) ||
        !SystemTimeToFileTime(&utc, &file)) {
        check(false, "Windows converts a local time");
        return 0;
    }
    ticks.LowPart = file.dwLowDateTime;
    ticks.HighPart = file.dwHighDateTime;
    return (long long)(ticks.QuadPart / 10000000ULL) - 11644473600LL;
}

/* Copies a string the component returned into UTF-8 (at most `size` bytes), after
 * checking that it came from the memory manager, and releases it as the platform does. */
static void take(const WCHAR_T *returned, char *out, int size, const char *what) {
    char message[256];
    void *block = (void *)returned;
    out[0] = '\0';
    if (returned == NULL) {
        snprintf(message, sizeof message, "%s: NULL instead of a string", what);
        check(false, message);
        return;
    }
    snprintf(message, sizeof message, "%s: not allocated with the platform's memory manager",
             what);
    check(owns(&memory, returned), message);
    if (WideCharToMultiByte(CP_UTF8, 0, returned, -1, out, size, NULL, NULL) == 0) {
        snprintf(message, sizeof message, "%s: the string does not fit or is not UTF-16", what);
        check(false, message);
        out[0] = '\0';
    }
    free_memory(&memory, &block);
}

static void take_result(tVariant *value, char *out, int size, const char *what) {
    char message[256];
    if (value->vt != VTYPE_PWSTR || value->wstr.pwstrVal == NULL) {
        snprintf(message, sizeof message, "%s: the value is not a string (vt %u)", what,
                 value->vt);
        check(false, message);
        out[0] = '\0';
        return;
    }
    snprintf(message, sizeof message, "%s: no NUL after the string, or the wrong length", what);
    check(value->wstr.pwstrVal[value->wstr.wstrLen] == 0 &&
              wcslen(value->wstr.pwstrVal) == value->wstr.wstrLen,
          message);
    take(value->wstr.pwstrVal, out, size, what);
}

#define RESULT_SIZE 8192

/* One call as 1C makes it: parameters left out are filled in from GetParamDefValue
 * (each must have one), and the result is read and released. */
static void call(Component *c, long method, const tVariant *given, long given_count, char *out,
                 const char *what) {
    tVariant params[8];
    tVariant result = empty();
    char message[256];
    long count = LANG(c, GetNParams, method);
    long i;
    out[0] = '\0';
    if (count < 0 || count > 8) {
        check(false, "GetNParams is within 0..8");
        return;
    }
    for (i = 0; i < count; ++i) {
        params[i] = empty();
        if (i < given_count) {
            params[i] = given[i];
        } else {
            snprintf(message, sizeof message, "%s: parameter %ld left out has no default",
                     what, i);
            check(LANG(c, GetParamDefValue, method, i, &params[i]), message);
        }
    }
    snprintf(message, sizeof message, "%s: CallAsFunc failed", what);
    if (LANG(c, CallAsFunc, method, &result, params, count)) {
        take_result(&result, out, RESULT_SIZE, what);
    } else {
        check(false, message);
    }
}

/* `json` holds every part of the NULL-terminated list and never the token. */
static void expect_parts(const char *json, const char *const *parts, const char *what) {
    char message[512];
    for (; *parts != NULL; ++parts) {
        bool absent = **parts == '!';
        const char *part = absent ? *parts + 1 : *parts;
        snprintf(message, sizeof message, "%s: %s %s in %.300s", what, absent ? "a" : "no", part,
                 json);
        check((strstr(json, part) == NULL) == absent, message);
    }
    snprintf(message, sizeof message, "%s: the token leaked", what);
    check(strstr(json, TOKEN_UTF8 + 11) == NULL, message);
}
#define EXPECT(json, what, ...) expect_parts(json, (const char *const[]){__VA_ARGS__, NULL}, what)

#define INVALID(parameter) "\"ok\":false", "\"kind\":\"invalid_argument\"", \
                           "\"parameter\":\"" parameter "\""

static long find(Component *c, const WCHAR_T *name) { return LANG(c, FindMethod, name); }

/* ---- The sections. ---- */

static void entry_points(GetClassNamesFn names, SetPlatformCapabilitiesFn capabilities,
                         GetAttachTypeFn attach_type) {
    const WCHAR_T *classes = names();
    check(classes != NULL && wcscmp(classes, L"Telegram") == 0, "GetClassNames is \"Telegram\"");
    check(names() == classes, "GetClassNames is a static string");
    check(capabilities(3) == 3, "SetPlatformCapabilities(3) is 3");
    check(capabilities(1) == 1, "SetPlatformCapabilities(1) is 1");
    check(capabilities(100) == 3, "SetPlatformCapabilities of an unknown level is 3");
    check(attach_type() == 3, "GetAttachType is eCanAttachAny");
}

static void lifecycle(void) {
    Component *c = NULL;
    Component *held;
    Component *second = NULL;
    WCHAR_T *name = NULL;
    tVariant params[2];
    tVariant result = empty();

    check(create(L"Nope", &c) == 0 && c == NULL, "an unknown class is refused");
    check(create(NULL, &c) == 0 && c == NULL, "a NULL class name is refused");
    check(create(L"Telegram", NULL) == 0, "a NULL place for the object is refused");
    check(destroy(NULL) == -1, "DestroyObject(NULL) is refused");
    check(destroy(&c) == -1, "DestroyObject of a NULL object is refused");

    check(create(L"telegram", &c) == 1 && c != NULL, "the class name ignores case");
    held = c;
    check(create(L"Telegram", &c) == 0 && c == held, "a held object is not overwritten");
    check(create(L"Telegram", &second) == 1 && second != NULL && second != c,
          "two objects at once");

    /* Every interface's destructor slot is the same kind of function, one slot wide:
     * the slot after it is the interface's first method. */
    check(c->init_done != NULL && c->language != NULL && c->locale != NULL &&
              c->user_language != NULL,
          "four vtable pointers");

    /* Without a memory manager nothing can be handed over, so nothing is done. */
    check(LANG(c, GetMethodName, 0, 0) == NULL, "no method name without a memory manager");
    check(!LANG(c, RegisterExtensionAs, &name) && name == NULL,
          "no extension name without a memory manager");
    params[0] = text(TOKEN);
    params[1] = text(L"@testsichee");
    check(!LANG(c, CallAsFunc, 0, &result, params, 2) && result.vt == VTYPE_EMPTY,
          "no call without a memory manager");

    check(destroy(&c) == 0 && c == NULL, "DestroyObject clears the pointer");
    check(destroy(&second) == 0 && second == NULL, "DestroyObject of the second object");

    /* C++ `delete` through IComponentBase*: MSVC calls slot 0 of the first vtable with
     * flags 1, and the destructor returns `this`. */
    check(create(L"Telegram", &c) == 1, "an object to delete");
    check(c->init_done->destructor(&c->init_done, 1) == (void *)c,
          "the scalar deleting destructor returns this");
}

static void initialise(Component *c) {
    WCHAR_T *name = NULL;
    char out[64];
    check(INIT(c, setMemManager, &memory), "setMemManager");
    check(INIT(c, Init, &connection), "Init");
    check(INIT(c, GetInfo) == 2000, "GetInfo is 2000");
    c->locale->SetLocale(&c->locale, L"ru_RU");
    c->user_language->SetUserInterfaceLanguageCode(&c->user_language, L"ru");
    check(LANG(c, RegisterExtensionAs, &name), "RegisterExtensionAs");
    take(name, out, sizeof out, "RegisterExtensionAs");
    check(strcmp(out, "Telegram") == 0, "the extension is \"Telegram\"");
    check(!LANG(c, RegisterExtensionAs, NULL), "RegisterExtensionAs(NULL) is refused");
}

static void property(Component *c, VersionFn version) {
    char out[64];
    tVariant value = empty();
    tVariant other = text(L"9.9.9");
    check(LANG(c, GetNProps) == 1, "one property");
    check(LANG(c, FindProp, L"Version") == 0, "FindProp(Version)");
    check(LANG(c, FindProp, L"Версия") == 0, "FindProp(Версия)");
    check(LANG(c, FindProp, L"VERSION") == 0, "FindProp ignores case");
    check(LANG(c, FindProp, L"Build") == -1, "FindProp of an unknown name");
    take(LANG(c, GetPropName, 0, 0), out, sizeof out, "GetPropName(0, 0)");
    check(strcmp(out, "Version") == 0, "property name");
    take(LANG(c, GetPropName, 0, 1), out, sizeof out, "GetPropName(0, 1)");
    check(strcmp(out, "\xd0\x92\xd0\xb5\xd1\x80\xd1\x81\xd0\xb8\xd1\x8f") == 0,
          "Russian property name");
    check(LANG(c, GetPropName, 1, 0) == NULL, "GetPropName out of range");
    check(LANG(c, IsPropReadable, 0) && !LANG(c, IsPropWritable, 0), "Version is read-only");
    check(LANG(c, GetPropVal, 0, &value), "GetPropVal(Version)");
    take_result(&value, out, sizeof out, "Version");
    check(strcmp(out, version()) == 0, "Version is opi_version()");
    check(!LANG(c, SetPropVal, 0, &other), "SetPropVal(Version) is refused");
}

/* The stand-in's small file (opi_standin::SMALL_FILE_ID), as a download returns it:
 * BinaryData of its 256 bytes, 0 to 255, from the platform's memory manager, as OPI's
 * DownloadFile does; released as the platform does. */
static void take_small_file(tVariant *result, const char *what) {
    char message[RESULT_SIZE + 256];
    bool same = result->vt == VTYPE_BLOB && result->str.strLen == 256;
    uint32_t i;
    for (i = 0; same && i < 256; ++i) {
        same = (unsigned char)result->str.pstrVal[i] == i;
    }
    snprintf(message, sizeof message, "%s: the file's 256 bytes as BinaryData (vt %u)", what,
             result->vt);
    check(same, message);
    if (result->vt == VTYPE_BLOB) {
        void *block = result->str.pstrVal;
        snprintf(message, sizeof message, "%s: bytes from the platform's memory manager", what);
        check(owns(&memory, block), message);
        free_memory(&memory, &block);
    } else if (result->vt == VTYPE_PWSTR) {
        char *out = malloc(RESULT_SIZE);
        if (out != NULL) {
            take_result(result, out, RESULT_SIZE, what);
            snprintf(message, sizeof message, "%s answered %s", what, out);
            check(false, message);
            free(out);
        }
    }
}

/* Every method: both names find it, and it returns a value. */
static void methods(Component *c) {
    long count = LANG(c, GetNMethods);
    long m;
    char en[128];
    char ru[256];
    char message[512];
    /* The table's methods (examples.h has them all) and Configure. */
    check(count == EXAMPLE_COUNT + 1, "every method of the table, and Configure");
    for (m = 0; m < count; ++m) {
        const WCHAR_T *en_wide;
        const WCHAR_T *ru_wide;
        WCHAR_T en_copy[128];
        WCHAR_T ru_copy[128];

        en_wide = LANG(c, GetMethodName, m, 0);
        ru_wide = LANG(c, GetMethodName, m, 1);
        if (en_wide == NULL || ru_wide == NULL || wcslen(en_wide) >= 128 ||
            wcslen(ru_wide) >= 128) {
            check(false, "GetMethodName gives both names");
            continue;
        }
        wcscpy(en_copy, en_wide);
        wcscpy(ru_copy, ru_wide);
        take(en_wide, en, sizeof en, "GetMethodName(m, 0)");
        take(ru_wide, ru, sizeof ru, "GetMethodName(m, 1)");
        snprintf(message, sizeof message, "FindMethod(%s) and FindMethod(%s)", en, ru);
        check(find(c, en_copy) == m && find(c, ru_copy) == m, message);
        snprintf(message, sizeof message, "%s returns a value", en);
        check(LANG(c, HasRetVal, m), message);
        if (strcmp(en, "Configure") == 0) {
            check(wcscmp(ru_copy, L"Настроить") == 0, "Configure is Настроить");
        }
    }
    check(find(c, L"СоздатьСсылкуПриглашение") == find(c, L"CreateInvitationLink") &&
              find(c, L"CreateInvitationLink") >= 0,
          "CreateInvitationLink is СоздатьСсылкуПриглашение");
    check(LANG(c, GetMethodName, count, 0) == NULL, "GetMethodName out of range");
    check(find(c, L"NoSuchMethod") == -1, "FindMethod of an unknown name");
    check(find(c, NULL) == -1, "FindMethod(NULL)");
}

/* UTF-8 as a NUL-terminated UTF-16 string, allocated; NULL if it cannot be. */
static WCHAR_T *widen(const char *utf8) {
    int length = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8, -1, NULL, 0);
    WCHAR_T *wide = length > 0 ? malloc(length * sizeof *wide) : NULL;
    if (wide != NULL && MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8, -1, wide,
                                            length) != length) {
        free(wide);
        wide = NULL;
    }
    check(wide != NULL, "an example's text converts to UTF-16");
    return wide;
}

/* A 1C Number as the platform passes it: a whole number that fits as VTYPE_I4, any
 * other as VTYPE_R8. */
static tVariant number(double x) {
    bool fits = x >= INT32_MIN && x <= INT32_MAX && x == (double)(int32_t)x;
    return fits ? i4((int32_t)x) : r8(x);
}

/* An example's value as the platform passes it; the token is the stand-in's. A String
 * is widened into `*wide`, which the caller frees after the call. */
static tVariant example_value(const ExampleValue *value, WCHAR_T **wide) {
    *wide = NULL;
    switch (value->type) {
    case EXAMPLE_TOKEN:
        return text(TOKEN);
    case EXAMPLE_STRING:
        *wide = widen(value->text);
        return *wide != NULL ? text(*wide) : empty();
    case EXAMPLE_NUMBER:
        return number(value->number);
    case EXAMPLE_BOOLEAN:
        return boolean(value->boolean != 0);
    case EXAMPLE_DATE:
        return date(value->date[0], value->date[1], value->date[2], value->date[3],
                    value->date[4], value->date[5]);
    default:
        return empty();
    }
}

/* Every method of the table with its example's values (examples.h, generated from the
 * table): a pass by the English names, then one by the Russian names. Each answers ok;
 * a download answers the file. */
static void examples(Component *c) {
    char *out = malloc(RESULT_SIZE);
    char message[RESULT_SIZE + 256];
    int russian;
    int e;
    int p;
    for (russian = 0; russian < 2 && out != NULL; ++russian) {
        for (e = 0; e < EXAMPLE_COUNT; ++e) {
            const Example *example = &EXAMPLES[e];
            const char *name = russian ? example->name_ru : example->name;
            WCHAR_T *wide_name = widen(name);
            WCHAR_T *english = widen(example->name);
            WCHAR_T *texts[EXAMPLE_MOST_PARAMS] = {NULL};
            tVariant params[EXAMPLE_MOST_PARAMS];
            tVariant result = empty();
            long m = wide_name != NULL ? find(c, wide_name) : -1;
            snprintf(message, sizeof message, "FindMethod(%s) finds %s", name, example->name);
            check(m >= 0 && english != NULL && m == find(c, english), message);
            free(wide_name);
            free(english);
            if (m < 0) {
                continue;
            }
            snprintf(message, sizeof message, "%s takes the example's parameters", name);
            check(LANG(c, GetNParams, m) == example->count, message);
            for (p = 0; p < example->count; ++p) {
                const ExampleValue *value = &EXAMPLE_VALUES[example->first + p];
                params[p] = empty();
                if (value->type == EXAMPLE_LEFT_OUT) {
                    snprintf(message, sizeof message, "%s: parameter %d left out has no default",
                             name, p);
                    check(LANG(c, GetParamDefValue, m, p, &params[p]), message);
                } else {
                    params[p] = example_value(value, &texts[p]);
                }
            }
            snprintf(message, sizeof message, "%s: CallAsFunc failed", name);
            check(LANG(c, CallAsFunc, m, &result, params, example->count), message);
            for (p = 0; p < example->count; ++p) {
                free(texts[p]);
            }
            if (example->downloads) {
                take_small_file(&result, name);
            } else if (result.vt == VTYPE_PWSTR) {
                take_result(&result, out, RESULT_SIZE, name);
                EXPECT(out, name, "{\"ok\":true");
            } else {
                snprintf(message, sizeof message, "%s: the answer is not a string (vt %u)", name,
                         result.vt);
                check(false, message);
            }
        }
    }
    free(out);
}

static void configure(Component *c, const char *api_url) {
    char out[RESULT_SIZE];
    char wanted[300];
    long m = find(c, L"Настроить");
    tVariant options = text(L"{\"timeout_ms\":10000}");
    tVariant yes = boolean(true);
    snprintf(wanted, sizeof wanted, "\"api_url\":\"%s\"", api_url);
    call(c, m, NULL, 0, out, "Configure()");
    EXPECT(out, "Configure() reports the settings", "\"ok\":true", wanted);
    call(c, m, &options, 1, out, "Configure");
    EXPECT(out, "Configure sets", "\"ok\":true", "\"timeout_ms\":10000");
    call(c, m, &yes, 1, out, "Configure(true)");
    EXPECT(out, "Configure refuses a Boolean", INVALID("options_json"));
}

/* Every value type docs/1c.md's table of types accepts, and those it refuses. */
static void value_types(Component *c) {
    static char out[RESULT_SIZE];
    char field[64];
    long m = find(c, L"CreateInvitationLink");
    SYSTEMTIME now;
    int year;
    long long expire;
    tVariant v[5];

    /* Wine's time zones lack history: this year's rules are the ones it knows. */
    GetLocalTime(&now);
    year = now.wYear;
    expire = local_seconds(year, 5, 2, 15, 46, 10);
    snprintf(field, sizeof field, "\"expire_date\":%lld", expire);

    /* OPI's example, with the Date a 1C program passes (MSVC's struct tm, local time). */
    v[0] = text(TOKEN);
    v[1] = text(L"@testsichee");
    v[2] = text(L"Link 01.05.2025 15:46:10");
    v[3] = date(year, 5, 2, 15, 46, 10);
    v[4] = i4(200);
    call(c, m, v, 5, out, "a Date");
    EXPECT(out, "OPI's example with a Date", "\"ok\":true",
           "\"name\":\"Link 01.05.2025 15:46:10\"", field, "\"member_limit\":200");
    InterlockedIncrement(&requests_sent);

    /* By the Russian name: a date string, a whole double, a Russian title. */
    {
        static WCHAR_T when[32];
        swprintf(when, 32, L"%d-05-02T15:46:10", year);
        v[2] = text(L"Ссылка");
        v[3] = text(when);
        v[4] = r8(150.0);
        call(c, find(c, L"СоздатьСсылкуПриглашение"), v, 5, out, "a date string");
        EXPECT(out, "a date string and a whole double", "\"ok\":true",
               "\"name\":\"\xd0\xa1\xd1\x81\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb0\"", field,
               "\"member_limit\":150");
        InterlockedIncrement(&requests_sent);
    }

    /* A Number as a Date is Unix seconds; 64-bit integers; a Boolean as a String. */
    v[2] = boolean(true);
    v[3] = i8(expire);
    v[4] = i8(99999);
    call(c, m, v, 5, out, "numbers");
    EXPECT(out, "a Boolean title, Unix seconds, an I8 limit", "\"ok\":true", "\"name\":\"true\"",
           field, "\"member_limit\":99999");
    InterlockedIncrement(&requests_sent);

    /* Undefined everywhere optional, and 1C's empty date: nothing optional is sent. */
    v[2] = empty();
    v[3] = date(1, 1, 1, 0, 0, 0);
    v[4] = i4(0);
    call(c, m, v, 5, out, "empty values");
    EXPECT(out, "empty values", "\"ok\":true", "!\"name\"", "!expire_date", "!member_limit");
    InterlockedIncrement(&requests_sent);

    /* Parameters left out, filled in by the platform from the defaults. */
    call(c, m, v, 2, out, "defaults");
    EXPECT(out, "optional parameters left out", "\"ok\":true", "!\"name\"");
    InterlockedIncrement(&requests_sent);

    /* A Number chat id, as a double and as an I4. */
    v[1] = r8(-1001234567890.0);
    call(c, m, v, 2, out, "numeric chat");
    EXPECT(out, "a Number chat id", "\"ok\":true");
    InterlockedIncrement(&requests_sent);
    v[1] = i4(-100123);
    call(c, m, v, 2, out, "I4 chat");
    EXPECT(out, "an I4 chat id", "\"ok\":true");
    InterlockedIncrement(&requests_sent);

    /* A string the platform does not NUL-terminate: only its length counts. */
    v[1] = text(L"@testsicheeXYZ");
    v[1].wstr.wstrLen = 11;
    call(c, m, v, 2, out, "length");
    EXPECT(out, "string length", "\"ok\":true");
    InterlockedIncrement(&requests_sent);

    /* Telegram's own refusal comes back as it is. */
    v[1] = text(L"@no_such_chat");
    call(c, m, v, 2, out, "no such chat");
    EXPECT(out, "Telegram's 400", "\"ok\":false", "\"error_code\":400", "chat not found");
    InterlockedIncrement(&requests_sent);

    /* What cannot stand for its parameter: refused by name, nothing sent. */
    v[1] = text(L"@testsichee");
    v[2] = empty();
    v[3] = empty();
    v[4] = r8(2.5);
    call(c, m, v, 5, out, "fraction");
    EXPECT(out, "a fraction for UserLimit", INVALID("UserLimit"));
    v[4] = boolean(true);
    call(c, m, v, 5, out, "bool limit");
    EXPECT(out, "a Boolean for UserLimit", INVALID("UserLimit"));
    v[4] = i4(100000);
    call(c, m, v, 5, out, "limit range");
    EXPECT(out, "UserLimit out of range", INVALID("UserLimit"));
    v[4] = empty();
    v[3] = boolean(false);
    call(c, m, v, 4, out, "bool date");
    EXPECT(out, "a Boolean for ExpirationDate", INVALID("ExpirationDate"));
    v[3] = date(year, 13, 2, 0, 0, 0);
    call(c, m, v, 4, out, "bad date");
    EXPECT(out, "a Date that is not a date", INVALID("ExpirationDate"));
    v[3] = empty();
    v[2] = empty();
    v[2].vt = VTYPE_BLOB;
    call(c, m, v, 3, out, "blob");
    EXPECT(out, "binary data for the Title", INVALID("Title"));
    {
        static WCHAR_T lone[] = {L'L', 0xD800, 0};
        v[2] = text(lone);
        call(c, m, v, 3, out, "surrogate");
        EXPECT(out, "an unpaired surrogate in the Title", INVALID("Title"));
    }
    v[0] = empty();
    call(c, m, v, 2, out, "no token");
    EXPECT(out, "Undefined for the Token", INVALID("Token"));

    /* 1C's BinaryData for a file, with a NUL inside: bytes, not a string. */
    {
        static const char document[] = "%PDF binary\0data";
        v[0] = text(TOKEN);
        v[1] = text(L"@testsichee");
        v[2] = text(L"From 1C");
        v[3] = blob(document, sizeof document - 1);
        call(c, find(c, L"SendDocument"), v, 4, out, "BinaryData");
        EXPECT(out, "SendDocument with BinaryData", "\"ok\":true", "\"file_size\":16");
        InterlockedIncrement(&requests_sent);
    }

    /* Called as a procedure, the request is made and the result dropped. */
    v[0] = text(TOKEN);
    v[1] = text(L"@testsichee");
    v[2] = empty();
    check(LANG(c, CallAsProc, m, v, 2), "CallAsProc");
    InterlockedIncrement(&requests_sent);
}

/* A component as a platform uses one briefly: made, given the memory manager and the
 * connection, one call whose title names the caller, then released one of the two
 * ways hosts release: DestroyObject, or Done() and C++ `delete`. */
static void one_use(const WCHAR_T *title, const char *wanted, bool by_delete, char *out) {
    Component *c = NULL;
    tVariant v[3];
    char message[160];
    if (create(L"Telegram", &c) != 1 || c == NULL) {
        check(false, "GetClassObject in a cycle");
        return;
    }
    check(INIT(c, setMemManager, &memory) && INIT(c, Init, &connection), "setMemManager, Init");
    v[0] = text(TOKEN);
    v[1] = text(L"@testsichee");
    v[2] = text(title);
    call(c, find(c, L"CreateInvitationLink"), v, 3, out, wanted);
    snprintf(message, sizeof message, "the answer to %s", wanted);
    EXPECT(out, message, "\"ok\":true", wanted);
    InterlockedIncrement(&requests_sent);
    INIT(c, Done);
    if (by_delete) {
        check(c->init_done->destructor(&c->init_done, 1) == (void *)c,
              "delete: the scalar deleting destructor returns this");
    } else {
        check(destroy(&c) == 0 && c == NULL, "DestroyObject after Done");
    }
}

static void cycles(void) {
    char *out = malloc(RESULT_SIZE);
    int i;
    for (i = 0; i < 200 && out != NULL; ++i) {
        WCHAR_T title[32];
        char wanted[64];
        swprintf(title, 32, L"cycle %d", i);
        snprintf(wanted, sizeof wanted, "\"name\":\"cycle %d\"", i);
        one_use(title, wanted, i % 2 == 1, out);
    }
    free(out);
}

#define THREADS 4
#define THREAD_CALLS 25

static DWORD WINAPI worker(LPVOID arg) {
    int index = (int)(INT_PTR)arg;
    Component *c = NULL;
    char *out = malloc(RESULT_SIZE);
    int k;
    if (out == NULL || create(L"Telegram", &c) != 1) {
        check(false, "a component of a thread's own");
        free(out);
        return 1;
    }
    check(INIT(c, setMemManager, &memory) && INIT(c, Init, &connection), "a thread's Init");
    for (k = 0; k < THREAD_CALLS; ++k) {
        WCHAR_T title[32];
        char wanted[64];
        tVariant v[3];
        swprintf(title, 32, L"thread %d call %d", index, k);
        snprintf(wanted, sizeof wanted, "\"name\":\"thread %d call %d\"", index, k);
        v[0] = text(TOKEN);
        v[1] = text(L"@testsichee");
        v[2] = text(title);
        call(c, find(c, L"CreateInvitationLink"), v, 3, out, wanted);
        EXPECT(out, "each thread gets its own answers", "\"ok\":true", wanted);
        InterlockedIncrement(&requests_sent);
    }
    INIT(c, Done);
    if (index % 2 == 1) {
        check(c->init_done->destructor(&c->init_done, 1) == (void *)c, "a thread's delete");
    } else {
        check(destroy(&c) == 0, "a thread's DestroyObject");
    }
    free(out);
    return 0;
}

static void threads(void) {
    HANDLE handles[THREADS];
    int i;
    for (i = 0; i < THREADS; ++i) {
        handles[i] = CreateThread(NULL, 0, worker, (LPVOID)(INT_PTR)i, 0, NULL);
        check(handles[i] != NULL, "CreateThread");
    }
    for (i = 0; i < THREADS; ++i) {
        if (handles[i] != NULL) {
            WaitForSingleObject(handles[i], INFINITE);
            CloseHandle(handles[i]);
        }
    }
}

int wmain(int argc, wchar_t **argv) {
    HMODULE library;
    const char *api_url = getenv("OPI_TELEGRAM_API_URL");
    GetClassNamesFn names;
    SetPlatformCapabilitiesFn capabilities;
    GetAttachTypeFn attach_type;
    VersionFn version;
    Component *component = NULL;
    TIME_ZONE_INFORMATION zone;
    bool by_examples = argc == 3 && wcscmp(argv[1], L"--examples") == 0;

    if (argc < 2 || api_url == NULL) {
        fprintf(stderr, "usage: OPI_TELEGRAM_API_URL=URL windows_host.exe [--examples] LIBRARY\n");
        return 2;
    }
    InitializeCriticalSection(&memory.lock);

    library = LoadLibraryW(argv[by_examples ? 2 : 1]);
    if (library == NULL) {
        fprintf(stderr, "FAILED: LoadLibraryW: error %lu\n", GetLastError());
        return 1;
    }
    /* By their plain names, as the platform asks for them: no _Name@N decoration. */
    create = (GetClassObjectFn)(void (*)(void))GetProcAddress(library, "GetClassObject");
    destroy = (DestroyObjectFn)(void (*)(void))GetProcAddress(library, "DestroyObject");
    names = (GetClassNamesFn)(void (*)(void))GetProcAddress(library, "GetClassNames");
    capabilities = (SetPlatformCapabilitiesFn)(void (*)(void))GetProcAddress(
        library, "SetPlatformCapabilities");
    attach_type = (GetAttachTypeFn)(void (*)(void))GetProcAddress(library, "GetAttachType");
    version = (VersionFn)(void (*)(void))GetProcAddress(library, "opi_version");
    if (!create || !destroy || !names || !capabilities || !attach_type || !version) {
        fprintf(stderr, "FAILED: an export is missing under its plain name\n");
        return 1;
    }

    zone.Bias = 0;
    GetTimeZoneInformation(&zone);
    if (by_examples) {
        /* tests/examples.requests was recorded in UTC: a Date, local wall-clock time,
           stands for the instant the example's text did there only in the same zone. */
        check(zone.Bias == 0 && (zone.DaylightDate.wMonth == 0 || zone.DaylightBias == 0),
              "the examples run in UTC (TZ=UTC under Wine)");
        check(create(names(), &component) == 1 && component != NULL, "GetClassObject");
        if (component != NULL) {
            check(INIT(component, setMemManager, &memory) && INIT(component, Init, &connection),
                  "setMemManager, Init");
            examples(component);
            INIT(component, Done);
            check(destroy(&component) == 0, "DestroyObject");
        }
    } else {
        entry_points(names, capabilities, attach_type);
        lifecycle();
        check(create(names(), &component) == 1 && component != NULL, "GetClassObject");
        if (component != NULL) {
            initialise(component);
            property(component, version);
            methods(component);
            configure(component, api_url);
            value_types(component);
            INIT(component, Done);
            check(destroy(&component) == 0, "DestroyObject");
        }
        cycles();
        threads();
    }

    check(memory.live_count == 0, "every block the memory manager lent came back");
    check(memory.foreign == 0, "FreeMemory was given only blocks it lent");
    check(memory.allocations > 0, "the component allocated through the memory manager");
    check(FreeLibrary(library) != 0, "FreeLibrary");

    printf("local time: UTC%+ld minutes\n", -zone.Bias);
    printf("platform allocations: %u, all released: %s\n", (unsigned)memory.allocations,
           memory.live_count == 0 ? "yes" : "no");
    printf("connection services used: %ld\n", (long)connection.uses);
    if (by_examples) {
        printf("examples: %d methods, by both names\n", EXAMPLE_COUNT);
    } else {
        printf("requests sent: %ld\n", (long)requests_sent);
    }
    if (failures != 0) {
        fprintf(stderr, "%ld checks failed\n", (long)failures);
        return 1;
    }
    return 0;
}
