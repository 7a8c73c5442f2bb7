//! Leaving nothing behind when the host unloads the library.
//!
//! Plug-in hosts `dlclose` libopi when they are done with it, and OneScript frees its
//! copy of the add-in after each script. Rust runs no destructor for a `static`, so
//! without this the process-wide client, its keep-alive sockets and the settings would
//! stay behind each time, unreachable: memory and descriptors lost on every load.
//!
//! The dynamic loader runs the functions in a library's `.fini_array` when it unmaps the
//! library, and also when the process exits, where other threads may still be inside a
//! call; [`crate::transport::release`] is written for both.

#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".fini_array")]
static RELEASE_ON_UNLOAD: extern "C" fn() = release_on_unload;

#[cfg(target_os = "linux")]
extern "C" fn release_on_unload() {
    // Nothing may unwind into the loader.
    let _ = std::panic::catch_unwind(crate::transport::release);
}
