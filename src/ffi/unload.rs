//! Leaving nothing behind when the host unloads the library.
//!
//! Plug-in hosts `dlclose` or `FreeLibrary` libopi when they are done with it, and
//! OneScript frees its copy of the add-in after each script. Rust runs no destructor for
//! a `static`, so without this the process-wide client, its keep-alive sockets and the
//! settings would stay behind each time, unreachable: memory and descriptors (on
//! Windows, handles) lost on every load.
//!
//! The loader is one more caller from outside, so what it runs goes through the
//! boundary's guard like any host call: nothing may unwind into it.

#[cfg(any(target_os = "linux", windows))]
use crate::boundary::guard;

/// The dynamic loader runs the functions in a library's `.fini_array` when it unmaps the
/// library, and also when the process exits, where other threads may still be inside a
/// call; [`crate::transport::release`] is written for both.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".fini_array")]
static RELEASE_ON_UNLOAD: extern "C" fn() = release_on_unload;

#[cfg(target_os = "linux")]
extern "C" fn release_on_unload() {
    guard((), crate::transport::release);
}

/// Windows' loader calls a DLL's `DllMain` with `DLL_PROCESS_DETACH` when `FreeLibrary`
/// unmaps it (`reserved` NULL) and when the process exits (`reserved` not NULL). At
/// exit the other threads were ended wherever they stood, possibly holding the client's
/// locks, and the system takes everything back anyway, so only an unload releases.
///
/// It runs under the loader lock, where waiting on another thread can deadlock the
/// process: [`crate::transport::release`] never waits (a lock held elsewhere is left as
/// it is) and joins no thread. A lookup thread still running has pinned the DLL
/// (`sys::worker`), so `FreeLibrary` does not unmap it and this runs only at exit.
///
/// MinGW's C runtime calls `DllMain` from the DLL's entry point after its own set-up, in
/// place of its default, which does nothing. The name is given to the linker by an alias
/// rather than `#[no_mangle]`, which would also export it: the DLL exports only the `opi_`
/// functions and the 1C entry points.
#[cfg(windows)]
extern "system" fn dll_main(
    _module: *mut std::ffi::c_void,
    reason: u32,
    reserved: *mut std::ffi::c_void,
) -> i32 {
    const DLL_PROCESS_DETACH: u32 = 0;
    if reason == DLL_PROCESS_DETACH && reserved.is_null() {
        guard((), crate::transport::release);
    }
    // TRUE: for DLL_PROCESS_ATTACH, the load goes on; the other reasons ignore it.
    1
}

// On x86 the C runtime calls `DllMain` as `__stdcall` with 12 bytes of arguments, so the
// name it links against is `_DllMain@12`.
#[cfg(all(windows, target_arch = "x86"))]
std::arch::global_asm!(".globl _DllMain@12", ".set _DllMain@12, {}", sym dll_main);
#[cfg(all(windows, not(target_arch = "x86")))]
std::arch::global_asm!(".globl DllMain", ".set DllMain, {}", sym dll_main);
