//! A thread of the library's own, for work the calling thread must not wait on without
//! a limit (a name lookup).
//!
//! On Linux it is started with `pthread_create`, not `std::thread::spawn`: std's spawn
//! keeps a thread-local list of spawn hooks on the calling thread, whose destructor glibc
//! registers against this library, and glibc never unloads a library while one of its
//! thread-local destructors is pending. One call from a host thread would pin libopi in
//! the process for as long as that thread lived, the main thread for good. Elsewhere
//! std's threads serve.

use std::io;

/// A started thread: joined once it is done, or detached while it still runs.
pub struct Worker {
    #[cfg(target_os = "linux")]
    thread: libc::pthread_t,
    #[cfg(not(target_os = "linux"))]
    thread: std::thread::JoinHandle<()>,
}

type Job = Box<dyn FnOnce() + Send + 'static>;

/// Runs `job` on a new thread. A panic inside ends the thread, not the process.
#[cfg(target_os = "linux")]
pub fn spawn(job: impl FnOnce() + Send + 'static) -> io::Result<Worker> {
    let job: *mut Job = Box::into_raw(Box::new(Box::new(job)));
    // SAFETY: `pthread_t` is plain data, for which all zeroes is valid.
    let mut thread: libc::pthread_t = unsafe { std::mem::zeroed() };
    // SAFETY: `run` takes ownership of `job` exactly once, on the new thread; the
    // attributes are the defaults.
    let error = unsafe { libc::pthread_create(&mut thread, std::ptr::null(), run, job.cast()) };
    if error != 0 {
        // SAFETY: no thread started, so `job` is still ours.
        drop(unsafe { Box::from_raw(job) });
        return Err(io::Error::from_raw_os_error(error));
    }
    Ok(Worker { thread })
}

#[cfg(target_os = "linux")]
extern "C" fn run(job: *mut libc::c_void) -> *mut libc::c_void {
    // SAFETY: `spawn` passes a `Box<Job>` made by `Box::into_raw`, to this thread only.
    let job = unsafe { Box::from_raw(job.cast::<Job>()) };
    // Nothing may unwind out of a thread's start routine.
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
    std::ptr::null_mut()
}

#[cfg(not(target_os = "linux"))]
pub fn spawn(job: impl FnOnce() + Send + 'static) -> io::Result<Worker> {
    let job: Job = Box::new(job);
    let thread = std::thread::Builder::new()
        .name("opi-worker".into())
        .spawn(move || {
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
        })?;
    Ok(Worker { thread })
}

impl Worker {
    /// Waits for the thread to end; for a thread that has done its work, so the wait is
    /// short.
    pub fn join(self) {
        #[cfg(target_os = "linux")]
        // SAFETY: a thread from `spawn`, joined once and never detached.
        unsafe {
            libc::pthread_join(self.thread, std::ptr::null_mut());
        }
        #[cfg(not(target_os = "linux"))]
        let _ = self.thread.join();
    }

    /// Leaves the thread to finish on its own. It runs this library's code to the end,
    /// so from now on the library stays loaded for the life of the process: unloading it
    /// under the thread would end the process.
    pub fn detach(self) {
        #[cfg(target_os = "linux")]
        // SAFETY: a thread from `spawn`, detached once and never joined; `keep_loaded`
        // only asks the loader about this library.
        unsafe {
            libc::pthread_detach(self.thread);
            keep_loaded();
        }
        // Dropping the handle detaches the thread.
        #[cfg(windows)]
        // SAFETY: `keep_loaded` only asks the loader about this library.
        unsafe {
            keep_loaded();
        }
    }
}

/// Marks the library this code is in as never to be unloaded.
///
/// # Safety
/// Calls the dynamic loader, which is safe from any thread.
#[cfg(target_os = "linux")]
unsafe fn keep_loaded() {
    // SAFETY: Dl_info is pointers and integers, for which all zeroes is valid.
    let mut info: libc::Dl_info = unsafe { std::mem::zeroed() };
    let here = keep_loaded as *const libc::c_void;
    // SAFETY: dladdr fills `info` for an address in a loaded object; the name it gives
    // is that object's, already loaded, so RTLD_NOLOAD only flags it: RTLD_NODELETE.
    unsafe {
        if libc::dladdr(here, &mut info) != 0 && !info.dli_fname.is_null() {
            libc::dlopen(
                info.dli_fname,
                libc::RTLD_LAZY | libc::RTLD_NOLOAD | libc::RTLD_NODELETE,
            );
        }
    }
}

/// Marks the DLL this code is in as never to be unloaded: `FreeLibrary` then leaves it
/// mapped, and its `DllMain` sees only the process's exit.
///
/// # Safety
/// Calls the loader, which is safe from any thread.
#[cfg(windows)]
unsafe fn keep_loaded() {
    const GET_MODULE_HANDLE_EX_FLAG_PIN: u32 = 0x1;
    const GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS: u32 = 0x4;
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn GetModuleHandleExW(
            flags: u32,
            name: *const u16,
            module: *mut *mut std::ffi::c_void,
        ) -> i32;
    }
    let mut module = std::ptr::null_mut();
    // SAFETY: with FROM_ADDRESS, `name` is an address inside the module, here a function
    // of this library; `module` receives its handle, which a pinned module never needs
    // released.
    unsafe {
        GetModuleHandleExW(
            GET_MODULE_HANDLE_EX_FLAG_PIN | GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS,
            keep_loaded as *const u16,
            &mut module,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn a_joined_worker_has_done_its_job() {
        let done = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&done);
        spawn(move || {
            seen.fetch_add(1, Ordering::SeqCst);
        })
        .unwrap()
        .join();
        assert_eq!(done.load(Ordering::SeqCst), 1);
        // The job, and the Arc it held, are gone with the thread.
        assert_eq!(Arc::strong_count(&done), 1);
    }

    #[test]
    fn a_detached_worker_finishes_on_its_own() {
        let done = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&done);
        spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(50));
            seen.fetch_add(1, Ordering::SeqCst);
        })
        .unwrap()
        .detach();
        assert_eq!(done.load(Ordering::SeqCst), 0);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while done.load(Ordering::SeqCst) == 0 && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert_eq!(done.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn a_panic_ends_only_the_worker() {
        // The test harness captures what a panic prints only on threads std started, so
        // the panic hook keeps this expected one off the output, passing any other on to
        // the hook in force; that hook is put back afterwards.
        const EXPECTED: &str = "inside a worker";
        let previous = Arc::new(std::panic::take_hook());
        let others = Arc::clone(&previous);
        std::panic::set_hook(Box::new(move |info| {
            if info.payload().downcast_ref::<&str>() != Some(&EXPECTED) {
                others(info);
            }
        }));
        spawn(|| std::panic::panic_any(EXPECTED)).unwrap().join();
        drop(std::panic::take_hook());
        if let Ok(previous) = Arc::try_unwrap(previous) {
            std::panic::set_hook(previous);
        }
    }
}
