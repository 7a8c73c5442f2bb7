/*
 * ProcessPrng for Wine, for the tests alone; it never ships.
 *
 * Rust's standard library draws its random numbers from ProcessPrng in
 * bcryptprimitives.dll, which every Windows 10 and later has and Wine 8 lacks. Placed
 * beside a test program, this DLL is found before any system one and answers from
 * RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
