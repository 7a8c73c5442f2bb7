//! A connected TCP socket as ureq's `Transport`: what the address race hands to the rest
//! of the connector chain (TLS, the pool). ureq's own TCP transport is not public.

use std::cell::Cell;
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use ureq::unversioned::transport::{
    Buffers, ConnectionDetails, LazyBuffers, NextTimeout, ShutdownHandle, Transport, time,
};

#[derive(Debug)]
pub struct Socket {
    /// Shared (weakly) with the agent, so that `Agent::shutdown` can interrupt it.
    stream: Arc<TcpStream>,
    buffers: LazyBuffers,
    /// The socket's timeouts as last set, so that each request does not set them again.
    read_timeout: Option<Duration>,
    write_timeout: Option<Duration>,
}

impl Socket {
    pub fn new(stream: TcpStream, buffers: LazyBuffers) -> Socket {
        Socket {
            stream: Arc::new(stream),
            buffers,
            read_timeout: None,
            write_timeout: None,
        }
    }

    pub fn shutdown_handle(&self) -> Weak<dyn ShutdownHandle> {
        Arc::downgrade(&self.stream) as Weak<dyn ShutdownHandle>
    }
}

/// An instant by which something must be done, and the budget that sets it.
#[derive(Clone, Copy, Debug)]
pub struct Due {
    pub at: Instant,
    pub reason: ureq::Timeout,
}

impl Due {
    /// When the connection ureq is opening must be up: its budget, measured from when
    /// ureq began to open it, so that what a link before spent (a proxy's lookup, say)
    /// counts. `None` without a limit.
    pub fn of(details: &ConnectionDetails) -> Option<Due> {
        let after = details.timeout.after;
        if after.is_not_happening() {
            return None;
        }
        let spent = match details.now {
            time::Instant::Exact(began) => began.elapsed(),
            time::Instant::AlreadyHappened | time::Instant::NotHappening => Duration::ZERO,
        };
        Some(Due {
            at: Instant::now() + after.saturating_sub(spent),
            reason: details.timeout.reason,
        })
    }

    /// The earlier of two limits, either of which may be absent.
    pub fn earlier(a: Option<Due>, b: Option<Due>) -> Option<Due> {
        match (a, b) {
            (Some(a), Some(b)) => Some(if b.at < a.at { b } else { a }),
            (a, b) => a.or(b),
        }
    }
}

thread_local! {
    /// While the way to a server through a proxy is being opened on this thread: by when
    /// it must be open. ureq measures the budget of that once and hands it to each link,
    /// and its CONNECT link waits for every read of the proxy's answer with the whole of
    /// it again, so a proxy trickling its answer could hold a call as long as it liked.
    /// Every read and write on this thread's sockets is held to this instead. ureq runs
    /// the connector chain on the calling thread, so the limit is the call's own.
    static OPEN_BY: Cell<Option<Due>> = const { Cell::new(None) };
}

/// Runs `open` with every read and write of this thread's sockets done by `due` (or by
/// an earlier limit already in force).
pub fn open_by<T>(due: Option<Due>, open: impl FnOnce() -> T) -> T {
    struct Restore(Option<Due>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OPEN_BY.set(self.0);
        }
    }
    let outer = OPEN_BY.get();
    let _restore = Restore(outer);
    OPEN_BY.set(Due::earlier(outer, due));
    open()
}

/// The limit [`open_by`] set on this thread, if any.
pub fn opening_due() -> Option<Due> {
    OPEN_BY.get()
}

/// The time left for one read or write: `Ok(None)` for no limit, and the timeout as an
/// error when none is left.
fn time_left(timeout: NextTimeout) -> Result<Option<Duration>, ureq::Error> {
    if timeout.after.is_not_happening() {
        Ok(None)
    } else if timeout.after.is_zero() {
        Err(ureq::Error::Timeout(timeout.reason))
    } else {
        Ok(Some(*timeout.after))
    }
}

/// A socket timeout shows up as `WouldBlock` on Unix and `TimedOut` on Windows.
fn timed_out(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

/// One wait on the socket (a read or a write) within a budget, however often signals
/// interrupt it.
///
/// Linux does not restart a socket call that has a timeout when a signal interrupts it,
/// whatever SA_RESTART says, and `write_all` would start it again with the whole
/// timeout; on a host whose threads get a signal every few milliseconds (profilers, Go's
/// preemption) the wait would never end. So each try waits only for what is left.
struct Patient {
    left: Option<Duration>,
    started: Instant,
    reason: ureq::Timeout,
}

impl Patient {
    fn new(timeout: NextTimeout) -> Result<Patient, ureq::Error> {
        let started = Instant::now();
        let mut patient = Patient {
            left: time_left(timeout)?,
            started,
            reason: timeout.reason,
        };
        if let Some(due) = opening_due() {
            let until = due.at.saturating_duration_since(started);
            if patient.left.is_none_or(|left| until < left) {
                patient.left = Some(until);
                patient.reason = due.reason;
            }
        }
        Ok(patient)
    }

    /// Runs `op` until a signal does not cut it short, with `timeout` (the socket's,
    /// as last set) at what is left of the budget for each try.
    fn run<T>(
        &self,
        stream: &TcpStream,
        timeout: &mut Option<Duration>,
        set: fn(&TcpStream, Option<Duration>) -> io::Result<()>,
        mut op: impl FnMut() -> io::Result<T>,
    ) -> Result<T, ureq::Error> {
        loop {
            let wait = match self.left {
                None => None,
                Some(left) => match left.checked_sub(self.started.elapsed()) {
                    Some(wait) if !wait.is_zero() => Some(wait),
                    _ => return Err(ureq::Error::Timeout(self.reason)),
                },
            };
            if wait != *timeout {
                set(stream, wait)?;
                *timeout = wait;
            }
            match op() {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if timed_out(&e) => return Err(ureq::Error::Timeout(self.reason)),
                Err(e) => return Err(ureq::Error::Io(e)),
                Ok(done) => return Ok(done),
            }
        }
    }
}

impl Transport for Socket {
    fn buffers(&mut self) -> &mut dyn Buffers {
        &mut self.buffers
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        let patient = Patient::new(timeout.for_write())?;
        let stream = &*self.stream;
        let mut output = &self.buffers.output()[..amount];
        while !output.is_empty() {
            let written = patient.run(
                stream,
                &mut self.write_timeout,
                TcpStream::set_write_timeout,
                || (&*stream).write(output),
            )?;
            if written == 0 {
                return Err(io::Error::from(io::ErrorKind::WriteZero).into());
            }
            output = &output[written..];
        }
        Ok(())
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        let patient = Patient::new(timeout.for_read())?;
        let stream = &*self.stream;
        let input = self.buffers.input_append_buf();
        let amount = patient.run(
            stream,
            &mut self.read_timeout,
            TcpStream::set_read_timeout,
            || (&*stream).read(input),
        )?;
        self.buffers.input_appended(amount);
        Ok(amount > 0)
    }

    /// An idle pooled connection is usable when nothing is waiting to be read: a closed
    /// or reset connection, or bytes the server sent unasked, make it unusable.
    fn is_open(&mut self) -> bool {
        if self.stream.set_nonblocking(true).is_err() {
            return false;
        }
        let idle = matches!(
            self.stream.peek(&mut [0]),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock
        );
        self.stream.set_nonblocking(false).is_ok() && idle
    }
}
