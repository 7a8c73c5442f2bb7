//! Opening a new connection: the links of ureq's connector chain that are libopi's own.
//!
//! A host name often has addresses of both families, and on many networks one family is
//! configured but goes nowhere: its SYNs vanish. Tried one after another, every new
//! connection would wait for the dead address to time out. So the addresses race, as
//! RFC 8305 (Happy Eyeballs) describes and curl does: the next address starts when the
//! previous one has not connected within [`ATTEMPT_DELAY`] or has failed, the families
//! alternate (the resolver hands the addresses over in turns), the first to connect wins
//! and the rest are closed. `connect_timeout_ms` is the budget of the lookup and the
//! whole race together.
//!
//! A failure on the way to a proxy is marked as such ([`ProxyFailed`]), so that the
//! result names the proxy rather than sending a person to look at the Bot API.

use std::fmt;
use std::io;
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use mio::{Events, Interest, Poll, Token};
use ureq::unversioned::transport::{ConnectionDetails, Connector, Either, LazyBuffers, Transport};

use crate::transport::resolve;
use crate::transport::socket::{self, Due, Socket};

/// RFC 8305's recommended "Connection Attempt Delay": long enough for a working address
/// on most networks to answer, short enough that a dead one costs little.
pub const ATTEMPT_DELAY: Duration = Duration::from_millis(250);

/// Opens a TCP connection to the resolved addresses of the server (or, for an HTTP
/// proxy, of the proxy), racing them; it stands where ureq's `TcpConnector` would.
#[derive(Debug)]
pub struct RaceConnector;

impl<In: Transport> Connector<In> for RaceConnector {
    type Out = Either<In, Socket>;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        // A SOCKS or CONNECT link before this one has already opened the way.
        if chained.is_some() {
            return Ok(chained.map(Either::A));
        }
        let due = [resolve::connect_due(), socket::opening_due()]
            .into_iter()
            .fold(Due::of(details), Due::earlier);
        let budget = due.map(|due| due.at.saturating_duration_since(Instant::now()));
        let stream = race(&details.addrs, budget).map_err(|e| match e {
            Lost::Timeout => ureq::Error::Timeout(due.map_or(details.timeout.reason, |d| d.reason)),
            Lost::Io(e) => ureq::Error::Io(e),
        })?;
        if details.config.no_delay() {
            stream.set_nodelay(true)?;
        }
        let buffers = LazyBuffers::new(
            details.config.input_buffer_size(),
            details.config.output_buffer_size(),
        );
        let socket = Socket::new(stream, buffers);
        (details.register_shutdown)(socket.shutdown_handle())?;
        Ok(Some(Either::B(socket)))
    }
}

/// How a race ended without a connection.
#[derive(Debug)]
pub enum Lost {
    /// The budget ran out with attempts still pending.
    Timeout,
    /// Every address failed; this is the last failure.
    Io(io::Error),
}

/// Connects to the first of `addrs` that answers, within `budget` (`None`: no limit),
/// trying them in the order given: the resolver's, in which the families take turns.
pub fn race(order: &[SocketAddr], budget: Option<Duration>) -> Result<TcpStream, Lost> {
    let deadline = budget.map(|b| Instant::now() + b);
    let mut poll = Poll::new().map_err(Lost::Io)?;
    let mut events = Events::with_capacity(order.len().max(1));
    // One slot per address started, indexed by its token; `None` once it has failed.
    let mut attempts: Vec<Option<mio::net::TcpStream>> = Vec::with_capacity(order.len());
    let mut in_flight = 0;
    let mut next_start = Instant::now();
    let mut last_error = None;
    loop {
        let now = Instant::now();
        let started = attempts.len();
        if started < order.len() && (now >= next_start || in_flight == 0) {
            let attempt = mio::net::TcpStream::connect(order[started]).and_then(|mut stream| {
                poll.registry()
                    .register(&mut stream, Token(started), Interest::WRITABLE)
                    .map(|()| stream)
            });
            match attempt {
                Ok(stream) => {
                    attempts.push(Some(stream));
                    in_flight += 1;
                    next_start = now + ATTEMPT_DELAY;
                }
                // Refused at once (no route for this family, say): the next goes now.
                Err(e) => {
                    attempts.push(None);
                    last_error = Some(e);
                }
            }
            continue;
        }
        if in_flight == 0 {
            return Err(Lost::Io(last_error.unwrap_or_else(|| {
                io::Error::new(io::ErrorKind::AddrNotAvailable, "no address to connect to")
            })));
        }
        let mut wait = deadline.map(|d| d.saturating_duration_since(now));
        if wait == Some(Duration::ZERO) {
            return Err(Lost::Timeout);
        }
        if started < order.len() {
            let until_next = next_start.saturating_duration_since(now);
            wait = Some(wait.map_or(until_next, |w| w.min(until_next)));
        }
        match poll.poll(&mut events, wait) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Lost::Io(e)),
        }
        for event in &events {
            let slot = &mut attempts[event.token().0];
            let Some(stream) = slot else { continue };
            match outcome(stream) {
                Outcome::Pending => {}
                Outcome::Connected => {
                    let mut stream = slot.take().expect("the slot was just matched");
                    // Failing to leave the poller is harmless: it is dropped next.
                    let _ = poll.registry().deregister(&mut stream);
                    let stream = TcpStream::from(stream);
                    stream.set_nonblocking(false).map_err(Lost::Io)?;
                    return Ok(stream);
                }
                Outcome::Failed(e) => {
                    *slot = None;
                    in_flight -= 1;
                    last_error = Some(e);
                    // A failed attempt hands over to the next address at once.
                    next_start = Instant::now();
                }
            }
        }
    }
}

enum Outcome {
    Pending,
    Connected,
    Failed(io::Error),
}

/// Where a non-blocking connect stands after its socket became writable.
fn outcome(stream: &mio::net::TcpStream) -> Outcome {
    match stream.take_error() {
        Ok(Some(e)) | Err(e) => return Outcome::Failed(e),
        Ok(None) => {}
    }
    match stream.peer_addr() {
        Ok(_) => Outcome::Connected,
        Err(e) if e.kind() == io::ErrorKind::NotConnected => Outcome::Pending,
        Err(e) => Outcome::Failed(e),
    }
}

/// A failure on the way to the proxy, before it connected us to the server.
#[derive(Debug)]
pub struct ProxyFailed(pub ureq::Error);

impl fmt::Display for ProxyFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "through the proxy: {}", self.0)
    }
}

impl std::error::Error for ProxyFailed {}

/// Wraps the proxy links of the chain (SOCKS, CONNECT) so that whatever fails inside
/// them comes out as [`ProxyFailed`]: resolving the proxy's name, connecting to it, TLS
/// with an `https://` proxy, and the proxy's own answer. All of it spends one budget,
/// the connection's: see [`socket::open_by`].
#[derive(Debug)]
pub struct ThroughProxy<C>(pub C);

impl<In: Transport, C: Connector<In>> Connector<In> for ThroughProxy<C> {
    type Out = C::Out;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        socket::open_by(Due::of(details), || self.0.connect(details, chained))
            .map_err(|e| ureq::Error::Other(Box::new(ProxyFailed(e))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    /// A loopback port that was bound and let go, so connecting to it is refused.
    fn refusing() -> SocketAddr {
        TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
    }

    #[test]
    fn a_refused_address_hands_over_to_the_next_at_once() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let good = listener.local_addr().unwrap();
        let started = Instant::now();
        let stream = race(&[refusing(), good], Some(Duration::from_secs(5))).unwrap();
        assert_eq!(stream.peer_addr().unwrap(), good);
        assert!(started.elapsed() < ATTEMPT_DELAY, "{:?}", started.elapsed());
    }

    #[test]
    fn every_address_refused_is_the_last_refusal() {
        match race(&[refusing(), refusing()], Some(Duration::from_secs(5))) {
            Err(Lost::Io(e)) => assert_eq!(e.kind(), io::ErrorKind::ConnectionRefused),
            other => panic!("{other:?}"),
        }
        assert!(matches!(race(&[], None), Err(Lost::Io(_))));
    }

    #[test]
    fn the_connection_is_blocking_once_won() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let stream = race(&[listener.local_addr().unwrap()], None).unwrap();
        let (mut accepted, _) = listener.accept().unwrap();
        std::io::Write::write_all(&mut accepted, b"x").unwrap();
        let mut byte = [0];
        std::io::Read::read_exact(&mut &stream, &mut byte).unwrap();
        assert_eq!(&byte, b"x");
    }
}
