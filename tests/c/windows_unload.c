/*
 * opi.dll loaded, used and unloaded again and again, as a Windows host does that frees
 * the libraries it is done with (1C's add-ins, a C# or Python program that unloads):
 * each cycle is LoadLibrary, opi_configure, two calls (a new connection, then the
 * pooled one), FreeLibrary. The cycles run twice, by the api_url's IP address, then by
 * the name localhost (the path that looks a name up on a thread of libopi's). After
 * FreeLibrary nothing of the library may remain: the DLL unmapped, no thread running,
 * and no handle (a socket is one), private memory or heap left behind: after the second
 * cycle of a round, the counts stay as they were and memory grows by a page or two at
 * most, besides one step of what the process makes once.
 *
 *   OPI_TELEGRAM_API_URL=http://127.0.0.1:PORT windows_unload.exe DLL [CYCLES]
 *   LD_PRELOAD=slow_lookup.so OPI_TELEGRAM_API_URL=... wine windows_unload.exe --left-running DLL
 *
 * The second form checks the one case where FreeLibrary must not unmap the DLL: see
 * left_running.
 *
 * Wine answers 0 to GetProcessHandleCount and to GetProcessMemoryInfo, so the program
 * takes what Wine and Windows both answer truly: the handles from the system's handle
 * table (NtQuerySystemInformation), private memory region by region (VirtualQuery), the
 * process heap's bytes in use (HeapWalk), threads from a Toolhelp snapshot. Not
 * /proc/self through Wine's Z: drive: Wine's server opens files for its processes, so
 * that is the server's. A measure that cannot be taken fails the program rather than
 * pass on nothing. Prints one line per cycle with what it measured; exits 1 after any
 * failed check.
 */
#include <windows.h>
#include <tlhelp32.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static int failures;

#include "check_macro.h"
#include "load_cycle.h"

/* Growth of private memory and of the heap allowed over a round: a page or two. A load
 * that left its client behind grew each by some 256 KiB. */
#define MEMORY_SLACK 8192
/* A step above this between two cycles is state the process makes once, at whatever
 * cycle (Wine's own tables grow one block at some load); a round may have one. */
#define ONE_TIME_STEP 1024

/* What the process holds, each field -1 where this system cannot tell. */
typedef struct {
    long handles;
    long semaphores; /* of `handles` */
    long threads;
    long long private_bytes; /* committed private memory: heaps, stacks, VirtualAlloc */
    long long heap;          /* bytes in use in the process heap, where Rust allocates */
} Footprint;

/* The system's handle table (NtQuerySystemInformation's SystemHandleInformation), read
 * rather than GetProcessHandleCount, which Wine answers with 0, and for the type of each
 * handle (NtQueryObject). */
typedef struct {
    ULONG pid;
    BYTE type;
    BYTE flags;
    USHORT handle;
    PVOID object;
    ACCESS_MASK access;
} HandleEntry;
typedef struct {
    ULONG count;
    HandleEntry entries[1];
} HandleTable;
typedef struct {
    USHORT length;
    USHORT capacity;
    PWSTR text;
} CountedString;
typedef LONG(WINAPI *QuerySystemFn)(ULONG, PVOID, ULONG, PULONG);
typedef LONG(WINAPI *QueryObjectFn)(HANDLE, ULONG, PVOID, ULONG, PULONG);

static int is_semaphore(HANDLE handle) {
    static QueryObjectFn query;
    union {
        CountedString name; /* OBJECT_TYPE_INFORMATION begins with the type's name */
        char bytes[4096];
    } type;
    if (query == NULL) {
        query = (QueryObjectFn)(void (*)(void))GetProcAddress(GetModuleHandleW(L"ntdll.dll"),
                                                             "NtQueryObject");
    }
    return query != NULL &&
           query(handle, 2 /* ObjectTypeInformation */, &type, sizeof type, NULL) == 0 &&
           type.name.length == 9 * sizeof(WCHAR) &&
           memcmp(type.name.text, L"Semaphore", 9 * sizeof(WCHAR)) == 0;
}

/* Counts the process's handles into `f`; -1 where the table cannot be read. */
static void count_handles(Footprint *f) {
    static HandleTable *table;
    static ULONG size = 1 << 20;
    QuerySystemFn query = (QuerySystemFn)(void (*)(void))GetProcAddress(
        GetModuleHandleW(L"ntdll.dll"), "NtQuerySystemInformation");
    ULONG i, needed = 0;
    LONG status = -1;
    f->handles = f->semaphores = -1;
    while (query != NULL) {
        if (table == NULL) {
            table = (HandleTable *)malloc(size);
        }
        status = query(16 /* SystemHandleInformation */, table, size, &needed);
        if (status != (LONG)0xC0000004 /* STATUS_INFO_LENGTH_MISMATCH */) {
            break;
        }
        free(table);
        table = NULL;
        size *= 2;
    }
    if (status != 0) {
        return;
    }
    f->handles = f->semaphores = 0;
    for (i = 0; i < table->count; ++i) {
        if (table->entries[i].pid == GetCurrentProcessId()) {
            ++f->handles;
            f->semaphores += is_semaphore((HANDLE)(ULONG_PTR)table->entries[i].handle);
        }
    }
    if (f->handles == 0) {
        f->handles = f->semaphores = -1;
    }
}

/* Committed private memory, region by region (what GetProcessMemoryInfo's PrivateUsage
 * sums, and Wine answers with 0). */
static long long committed_private(void) {
    MEMORY_BASIC_INFORMATION region;
    const char *at = NULL;
    long long n = 0;
    while (VirtualQuery(at, &region, sizeof region) == sizeof region) {
        if (region.State == MEM_COMMIT && region.Type == MEM_PRIVATE) {
            n += (long long)region.RegionSize;
        }
        at = (const char *)region.BaseAddress + region.RegionSize;
        if (at < (const char *)region.BaseAddress) {
            break;
        }
    }
    return n > 0 ? n : -1;
}

static long long heap_in_use(void) {
    PROCESS_HEAP_ENTRY entry;
    HANDLE heap = GetProcessHeap();
    long long n = 0;
    entry.lpData = NULL;
    if (!HeapLock(heap)) {
        return -1;
    }
    while (HeapWalk(heap, &entry)) {
        if (entry.wFlags & PROCESS_HEAP_ENTRY_BUSY) {
            n += (long long)entry.cbData;
        }
    }
    HeapUnlock(heap);
    return n > 0 ? n : -1;
}

static long threads_of_process(void) {
    THREADENTRY32 entry;
    DWORD self = GetCurrentProcessId();
    long n = 0;
    HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPTHREAD, 0);
    if (snapshot == INVALID_HANDLE_VALUE) {
        return -1;
    }
    entry.dwSize = sizeof entry;
    if (Thread32First(snapshot, &entry)) {
        do {
            n += entry.th32OwnerProcessID == self;
        } while (Thread32Next(snapshot, &entry));
    }
    CloseHandle(snapshot);
    return n;
}

static Footprint footprint(void) {
    Footprint f;
    count_handles(&f);
    f.private_bytes = committed_private();
    f.heap = heap_in_use();
    f.threads = threads_of_process();
    return f;
}

static FARPROC symbol(HMODULE library, const char *name) {
    FARPROC address = GetProcAddress(library, name);
    if (address == NULL) {
        fprintf(stderr, "FAIL: the library lacks %s\n", name);
        exit(1);
    }
    return address;
}

/* One load, use and unload, with `settings` given to opi_configure. */
static void cycle(const wchar_t *path, const char *settings, long n) {
    configure_fn configure;
    create_fn create;
    free_fn release;
    MEMORY_BASIC_INFORMATION region;
    HMODULE library = LoadLibraryW(path);
    if (library == NULL) {
        fprintf(stderr, "FAIL: cannot load %ls: error %lu\n", path, GetLastError());
        exit(1);
    }
    configure = (configure_fn)(void (*)(void))symbol(library, "opi_configure");
    create = (create_fn)(void (*)(void))symbol(library, "opi_telegram_create_invitation_link");
    release = (free_fn)(void (*)(void))symbol(library, "opi_free");

    /* The first call makes the client from the environment; this one replaces it. */
    expect(configure(settings), "\"ok\":true", release, "opi_configure");
    expect(create(STANDIN_TOKEN, "@testsichee", "Unload", "2025-05-02T15:46:10", 200),
           "\"ok\":true", release, "opi_telegram_create_invitation_link");
    expect(create(STANDIN_TOKEN, "@testsichee", NULL, "02.05.2025", 0), "\"ok\":true", release,
           "a second call on the kept connection");
    CHECK(FreeLibrary(library) != 0);

    /* Unloaded: the loader no longer knows the DLL, and its image is no longer mapped. */
    if (GetModuleHandleW(path) != NULL) {
        fprintf(stderr, "FAIL cycle %ld: %ls is still loaded after FreeLibrary\n", n, path);
        ++failures;
    }
    if (VirtualQuery((void *)library, &region, sizeof region) == 0 ||
        region.State != MEM_FREE) {
        fprintf(stderr, "FAIL cycle %ld: the DLL's image is still mapped after FreeLibrary\n",
                n);
        ++failures;
    }
}

/* On x86, MinGW's unwinder (libgcc's DWARF frame registry, which the C runtime fills as
 * each load starts) creates a semaphore for its lock and never closes it: one handle a
 * load, whatever the DLL's own code does. Every other handle must come back. */
#if defined(__i386__) || defined(_M_IX86)
#define RUNTIME_SEMAPHORES_PER_LOAD 1
#else
#define RUNTIME_SEMAPHORES_PER_LOAD 0
#endif

static void same_count(long n, const char *what, long now, long then) {
    if (now != then) {
        fprintf(stderr, "FAIL cycle %ld: %s %ld, %ld before\n", n, what, now, then);
        ++failures;
    }
}

/* How a memory measure moved over a round. */
typedef struct {
    const char *what;
    long long last;
    long long growth; /* added up over the cycles, but for one-time steps */
    int steps;        /* one-time steps */
} Growth;

static void grow(Growth *g, long n, long long now) {
    long long step = now - g->last;
    g->last = now;
    if (step > ONE_TIME_STEP && ++g->steps <= 1) {
        return;
    }
    if (step > 0) {
        g->growth += step;
    }
    if (g->growth > MEMORY_SLACK) {
        fprintf(stderr, "FAIL cycle %ld: %s grew by %lld bytes over the round\n", n, g->what,
                g->growth);
        ++failures;
    }
}

/* `cycles` cycles with `settings`. The first two of a round may leave what a process
 * keeps once: Winsock's state on the first load, the resolver's on the first lookup of
 * a name, a heap's new segment; each later cycle is held to what the second left, with
 * one step of memory allowed for what Wine makes once at a later cycle. */
static void round_of(const wchar_t *path, const char *settings, long cycles, long threads) {
    Footprint second;
    Growth private_bytes = {"private bytes", 0, 0, 0}, heap = {"heap", 0, 0, 0};
    long n;
    memset(&second, 0, sizeof second);
    printf("with %s\n", settings);
    for (n = 1; n <= cycles; ++n) {
        Footprint now;
        cycle(path, settings, n);
        now = footprint();
        printf("cycle %ld: handles %ld (semaphores %ld), threads %ld, private bytes %lld, "
               "heap %lld bytes\n",
               n, now.handles, now.semaphores, now.threads, now.private_bytes, now.heap);
        same_count(n, "threads", now.threads, threads);
        if (n == 2) {
            second = now;
            private_bytes.last = now.private_bytes;
            heap.last = now.heap;
        } else if (n > 2) {
            same_count(n, "handles other than semaphores", now.handles - now.semaphores,
                       second.handles - second.semaphores);
            same_count(n, "semaphores", now.semaphores,
                       second.semaphores + (n - 2) * RUNTIME_SEMAPHORES_PER_LOAD);
            grow(&private_bytes, n, now.private_bytes);
            grow(&heap, n, now.heap);
        }
    }
}

/* A lookup that outlives its call: the name answers after 1.5 s (tests/c/slow_lookup.c,
 * preloaded into Wine), the call gives up after 300 ms and leaves the lookup to finish
 * on libopi's thread. That thread still runs the DLL's code, so FreeLibrary must leave
 * the DLL mapped (pinned for the life of the process) rather than pull it away from
 * under the thread, which would crash the process when the lookup returns. */
static int left_running(const wchar_t *path, const char *by_ip) {
    char settings[256];
    configure_fn configure;
    create_fn create;
    free_fn release;
    HMODULE library = LoadLibraryW(path);
    if (library == NULL) {
        fprintf(stderr, "FAIL: cannot load %ls: error %lu\n", path, GetLastError());
        return 1;
    }
    configure = (configure_fn)(void (*)(void))symbol(library, "opi_configure");
    create = (create_fn)(void (*)(void))symbol(library, "opi_telegram_create_invitation_link");
    release = (free_fn)(void (*)(void))symbol(library, "opi_free");
    /* The stand-in's port, and the end of the object, from the by-address settings. */
    snprintf(settings, sizeof settings, "{\"timeout_ms\":300,\"api_url\":\"http://1500.slow.test:%s",
             strrchr(by_ip, ':') + 1);
    expect(configure(settings), "\"ok\":true", release, "opi_configure");
    expect(create(STANDIN_TOKEN, "@testsichee", NULL, NULL, 0), "\"kind\":\"timeout\"", release,
           "a call whose lookup outlives it");
    CHECK(FreeLibrary(library) != 0);
    if (GetModuleHandleW(path) == NULL) {
        fprintf(stderr, "FAIL: FreeLibrary unloaded the DLL while its lookup thread ran\n");
        ++failures;
    }
    fflush(stderr);
    /* The lookup answers meanwhile, and its thread ends in the DLL's code. */
    Sleep(2500);
    if (failures != 0) {
        fprintf(stderr, "%d checks failed\n", failures);
        return 1;
    }
    printf("the DLL stayed loaded while its lookup ran, which then ended in it\n");
    return 0;
}

int wmain(int argc, wchar_t **argv) {
    wchar_t path[MAX_PATH];
    char by_ip[256], by_name[256];
    int pinning = argc > 1 && wcscmp(argv[1], L"--left-running") == 0;
    long cycles = argc > 2 + pinning ? wcstol(argv[2 + pinning], NULL, 10) : 20;
    Footprint before;
    if (argc < 2 + pinning || cycles < 3) {
        fprintf(stderr, "usage: windows_unload.exe [--left-running] LIBRARY [CYCLES, at least 3]\n");
        return 2;
    }
    round_settings(by_ip, by_name);
    if (GetFullPathNameW(argv[1 + pinning], MAX_PATH, path, NULL) == 0) {
        fprintf(stderr, "FAIL: no library at %ls\n", argv[1 + pinning]);
        return 1;
    }
    if (pinning) {
        return left_running(path, by_ip);
    }
    /* Printed first, so that stdout's buffer is in place before anything is measured. */
    printf("loading and unloading %ls %ld times by address and %ld by name\n", path, cycles,
           cycles);
    fflush(stdout);
    CHECK(GetModuleHandleW(path) == NULL);
    before = footprint();
    /* A measure this system cannot take would pass whatever happened. */
    if (before.handles < 0 || before.semaphores < 0 || before.threads < 0 ||
        before.private_bytes < 0 || before.heap < 0) {
        fprintf(stderr, "FAIL: cannot measure the process: handles %ld, threads %ld, "
                        "private bytes %lld, heap %lld\n",
                before.handles, before.threads, before.private_bytes, before.heap);
        return 1;
    }

    round_of(path, by_ip, cycles, before.threads);
    round_of(path, by_name, cycles, before.threads);
    if (failures != 0) {
        fprintf(stderr, "%d checks failed\n", failures);
        return 1;
    }
    printf("unloaded cleanly %ld times by address and %ld by name\n", cycles, cycles);
    return 0;
}
