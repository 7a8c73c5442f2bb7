//! A host whose threads are interrupted by signals all the time, as profilers and
//! runtimes with signal-based preemption (Go's SIGURG) do: a no-op handler installed with
//! SA_RESTART, and a thread that signals one chosen thread every 20 ms.

use std::sync::Arc;
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// Go's preemption signal; ignored by default, so a stray one harms no other test.
const SIGNAL: libc::c_int = libc::SIGURG;

extern "C" fn nothing(_: libc::c_int) {}

/// Signals the thread that made it every 20 ms, until dropped.
pub struct Signals {
    stop: Arc<AtomicBool>,
    sender: Option<JoinHandle<usize>>,
}

impl Signals {
    pub fn at_this_thread() -> Signals {
        static HANDLER: Once = Once::new();
        HANDLER.call_once(|| {
            // SAFETY: a handler that does nothing, installed with a zeroed (empty) mask.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = nothing as extern "C" fn(libc::c_int) as usize;
                action.sa_flags = libc::SA_RESTART;
                assert_eq!(libc::sigaction(SIGNAL, &action, std::ptr::null_mut()), 0);
            }
        });
        // SAFETY: pthread_self has no preconditions.
        let target = unsafe { libc::pthread_self() };
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let sender = thread::spawn(move || {
            let mut sent = 0;
            while !stopped.load(Ordering::SeqCst) {
                // SAFETY: the target thread outlives this one: dropping `Signals` on it
                // joins this thread first.
                if unsafe { libc::pthread_kill(target, SIGNAL) } == 0 {
                    sent += 1;
                }
                thread::sleep(Duration::from_millis(20));
            }
            sent
        });
        Signals {
            stop,
            sender: Some(sender),
        }
    }

    /// Stops the signals and tells how many were sent.
    pub fn stop(mut self) -> usize {
        self.finish()
    }

    fn finish(&mut self) -> usize {
        self.stop.store(true, Ordering::SeqCst);
        self.sender
            .take()
            .map_or(0, |sender| sender.join().expect("the sender ends"))
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        self.finish();
    }
}
