//! What one request did on the wire: how far a new connection got (resolved, connected,
//! opened with TLS), whether it wrote any of the request, failed writing it, or received
//! a byte of an answer. That decides whether it may be sent again, and how its failure
//! is told.
//!
//! ureq runs the connector and the transport on the calling thread, so a thread-local
//! record is the request's own.

use std::cell::Cell;

use ureq::unversioned::transport::{Buffers, ConnectionDetails, Connector, NextTimeout, Transport};

thread_local! {
    static WIRE: Cell<Wire> = const { Cell::new(Wire::NOTHING) };
}

/// What one attempt did on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wire {
    /// The server's addresses were resolved for a new connection.
    pub resolved: bool,
    /// A new connection reached the server over TCP (or through the proxy).
    pub connected: bool,
    /// A new connection was opened for it, TLS included (rather than a pooled one
    /// reused).
    pub opened: bool,
    /// Some of the request was written.
    pub wrote: bool,
    /// Writing the request failed, so the server never received it whole.
    pub write_failed: bool,
    /// At least one byte of an answer arrived.
    pub answered: bool,
}

impl Wire {
    const NOTHING: Wire = Wire {
        resolved: false,
        connected: false,
        opened: false,
        wrote: false,
        write_failed: false,
        answered: false,
    };

    /// Starts a fresh record for this thread's next attempt.
    pub fn start() {
        WIRE.set(Wire::NOTHING);
    }

    /// This thread's record since [`Wire::start`].
    pub fn get() -> Wire {
        WIRE.get()
    }

    fn note(change: impl FnOnce(&mut Wire)) {
        let mut wire = WIRE.get();
        change(&mut wire);
        WIRE.set(wire);
    }
}

/// How far a new connection has got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Resolved,
    Connected,
}

/// A link of ureq's connector chain that notes a [`Stage`]: first in the chain, that the
/// addresses were resolved (ureq resolves before it connects); after the TCP link, that
/// it connected. It passes the connection on untouched.
#[derive(Debug)]
pub struct Reached(pub Stage);

impl<In: Transport> Connector<In> for Reached {
    type Out = In;

    fn connect(
        &self,
        _: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<In>, ureq::Error> {
        match self.0 {
            Stage::Resolved => Wire::note(|w| w.resolved = true),
            Stage::Connected if chained.is_some() => Wire::note(|w| w.connected = true),
            Stage::Connected => {}
        }
        Ok(chained)
    }
}

/// The last link of ureq's connector chain: wraps each new connection so that what
/// happens on it is noted.
#[derive(Debug)]
pub struct Watch;

impl<In: Transport> Connector<In> for Watch {
    type Out = Watched<In>;

    fn connect(
        &self,
        _: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Watched<In>>, ureq::Error> {
        Ok(chained.map(|transport| {
            Wire::note(|w| w.opened = true);
            Watched(transport)
        }))
    }
}

/// A connection whose writes and reads are noted; it stays wrapped while pooled, so a
/// reused connection is watched too.
#[derive(Debug)]
pub struct Watched<T>(T);

impl<T: Transport> Transport for Watched<T> {
    fn buffers(&mut self) -> &mut dyn Buffers {
        self.0.buffers()
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        let sent = self.0.transmit_output(amount, timeout);
        match sent {
            Ok(()) => Wire::note(|w| w.wrote = true),
            Err(_) => Wire::note(|w| w.write_failed = true),
        }
        sent
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        let received = self.0.await_input(timeout);
        if matches!(received, Ok(true)) {
            Wire::note(|w| w.answered = true);
        }
        received
    }

    fn is_open(&mut self) -> bool {
        self.0.is_open()
    }

    // ureq asks this of the finished chain only to refuse an https request on a
    // connection without TLS; this chain's rustls step always adds TLS for https, so
    // no connection of libopi's reaches that refusal.
    fn is_tls(&self) -> bool {
        self.0.is_tls()
    }
}
