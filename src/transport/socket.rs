//! A connected TCP socket as ureq's `Transport`: what the address race hands to the rest
//! of the connector chain (TLS, the pool). ureq's own TCP transport is not public.

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use ureq::unversioned::transport::{Buffers, LazyBuffers, NextTimeout, ShutdownHandle, Transport};

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

impl Transport for Socket {
    fn buffers(&mut self) -> &mut dyn Buffers {
        &mut self.buffers
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        let timeout = timeout.for_write();
        let left = time_left(timeout)?;
        if left != self.write_timeout {
            self.stream.set_write_timeout(left)?;
            self.write_timeout = left;
        }
        let output = &self.buffers.output()[..amount];
        (&*self.stream).write_all(output).map_err(|e| {
            if timed_out(&e) {
                ureq::Error::Timeout(timeout.reason)
            } else {
                ureq::Error::Io(e)
            }
        })
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        let timeout = timeout.for_read();
        let left = time_left(timeout)?;
        let started = Instant::now();
        let mut wait = left;
        let read = loop {
            if wait != self.read_timeout {
                self.stream.set_read_timeout(wait)?;
                self.read_timeout = wait;
            }
            match (&*self.stream).read(self.buffers.input_append_buf()) {
                // A signal cut the wait short (Linux does not restart a read that has a
                // timeout): wait again for what is left.
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                    if let Some(left) = left {
                        wait = Some(left.saturating_sub(started.elapsed()));
                        if wait == Some(Duration::ZERO) {
                            return Err(ureq::Error::Timeout(timeout.reason));
                        }
                    }
                }
                other => break other,
            }
        };
        let amount = read.map_err(|e| {
            if timed_out(&e) {
                ureq::Error::Timeout(timeout.reason)
            } else {
                ureq::Error::Io(e)
            }
        })?;
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
