//! Name resolution for the client.
//!
//! ureq looks the host up before it checks its pool, on every request, and with a
//! timeout set it does so on a thread of its own. For a pooled connection that lookup
//! is wasted, and it cost more than the whole exchange on loopback; so IP literals are
//! used as they are, and names are looked up once and reused for a short while.
//!
//! The lookup itself is not ureq's either: ureq starts its lookup thread with
//! `std::thread::spawn` and waits on a channel, and both leave thread-local state on the
//! calling thread whose destructor keeps glibc from ever unloading the library. A
//! [`worker`] thread and a condition variable leave none.
//!
//! `getaddrinfo` cannot be interrupted, so a lookup that outlives its call's budget
//! goes on alone on its thread. Such abandoned lookups are shared and bounded: the calls
//! waiting for one name wait for the same lookup, its answer is kept for the next call
//! however late it comes, and at most [`PER_NAME`] lookups of a name and [`IN_ALL`] in
//! all run at once; a call that finds no room waits for some within its budget.
//!
//! Looking the name up and racing its addresses are one step, "connecting", which
//! `connect_timeout_ms` bounds as a whole (as `timeout_ms` bounds the call); see
//! [`connect_due`].
//!
//! A failed lookup is reported as [`ureq::Error::HostNotFound`], whatever the system
//! said, so that a name that does not resolve is told apart from a network error; one
//! without an answer in time as [`NotResolved`].

use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError, RwLock};
use std::time::{Duration, Instant};

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

use crate::sys::worker::{self, Worker};
use crate::transport::socket::Due;

/// How long a looked-up address is reused: short enough to follow a DNS change soon,
/// long enough that a busy host does not look the Bot API up on every call.
const REUSE_FOR: Duration = Duration::from_secs(30);

/// Lookups of one name that may run at once.
const PER_NAME: usize = 4;

/// Lookups that may run at once, of all names.
const IN_ALL: usize = 16;

/// A lookup that has gone this long without an answer has outlived a resolver's first
/// try (glibc waits 5 s for a server before it asks again), so a call that finds only
/// such lookups of its name starts another beside them, in case the network is back.
const ANOTHER_AFTER: Duration = Duration::from_secs(5);

/// Names given fixed addresses, as `curl --resolve` does; see [`pin_addresses`].
static PINNED: RwLock<Vec<(String, Vec<IpAddr>)>> = RwLock::new(Vec::new());

/// Makes `host` resolve to `ips`, in that order, instead of asking the system; an empty
/// list forgets the name. It lets the test suite give a name addresses of both families
/// on loopback, which no hosts file of the machine's can be relied on for.
pub fn pin_addresses(host: &str, ips: &[IpAddr]) {
    let mut pinned = PINNED.write().unwrap_or_else(PoisonError::into_inner);
    pinned.retain(|(name, _)| !name.eq_ignore_ascii_case(host));
    if !ips.is_empty() {
        pinned.push((host.to_string(), ips.to_vec()));
    }
}

fn pinned(host: &str, port: u16, into: &mut ResolvedSocketAddrs) -> bool {
    let pinned = PINNED.read().unwrap_or_else(PoisonError::into_inner);
    let Some((_, ips)) = pinned
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(host))
    else {
        return false;
    };
    let addrs: Vec<_> = ips.iter().map(|ip| SocketAddr::new(*ip, port)).collect();
    fill(into, &addrs);
    true
}

/// Puts `addrs` into `into` in the order they are to be tried (see [`in_turns`]), as
/// many as it holds (ureq's sixteen).
fn fill(into: &mut ResolvedSocketAddrs, addrs: &[SocketAddr]) {
    for addr in in_turns(addrs) {
        if into.try_push(addr).is_err() {
            break;
        }
    }
}

/// The addresses in the order they are tried: the families take turns, starting with
/// the family of the first address (the resolver's preference), each keeping its own
/// order. Taken over the whole answer before it is cut to ureq's sixteen, so that a
/// name with many addresses of one family still has the other tried second.
fn in_turns(addrs: &[SocketAddr]) -> Vec<SocketAddr> {
    let first_v6 = addrs.first().is_some_and(SocketAddr::is_ipv6);
    let (mut first, mut second): (Vec<_>, Vec<_>) =
        addrs.iter().partition(|a| a.is_ipv6() == first_v6);
    first.reverse();
    second.reverse();
    let mut order = Vec::with_capacity(addrs.len());
    while let Some(a) = first.pop() {
        order.push(a);
        order.extend(second.pop());
    }
    order.extend(second.into_iter().rev());
    order
}

/// Names looked up on a worker thread and shared (see [`lookup`]), IP literals taken as
/// they are.
#[derive(Debug, Default)]
pub struct CachingResolver;

impl Resolver for CachingResolver {
    fn resolve(
        &self,
        uri: &Uri,
        // No IpFamily is set, so every address family is kept, as ureq's lookup would.
        _config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let started = Instant::now();
        let due = (!timeout.after.is_not_happening()).then(|| Due {
            at: started + *timeout.after,
            // The lookup's own budget is `Resolve`; for the race that follows, what runs
            // out is the same connect_timeout_ms.
            reason: match timeout.reason {
                ureq::Timeout::Resolve => ureq::Timeout::Connect,
                other => other,
            },
        });
        CONNECT_DUE.set(due);
        let authority = uri.authority().ok_or(ureq::Error::BadUri(String::new()))?;
        let port = authority.port_u16().unwrap_or(match uri.scheme_str() {
            Some("https") => 443,
            _ => 80,
        });
        let host = authority.host();
        let mut addrs = self.empty();
        if let Ok(ip) = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
        {
            addrs.push(SocketAddr::new(ip, port));
            return Ok(addrs);
        }
        if pinned(host, port, &mut addrs) {
            return Ok(addrs);
        }
        let found = lookup(&format!("{host}:{port}"), timeout)?;
        fill(&mut addrs, &found);
        Ok(addrs)
    }
}

thread_local! {
    /// When the connection being opened on this thread must be up, by the budget its
    /// lookup started with. ureq measures the race's budget from the end of the lookup,
    /// so a slow lookup followed by a slow race would take connect_timeout_ms twice.
    /// ureq looks the name up (the server's, or a proxy's) right before it connects, on
    /// the calling thread, so this is the connection's own.
    static CONNECT_DUE: Cell<Option<Due>> = const { Cell::new(None) };
}

/// When the connection being opened must be up, counting the lookup before it; taken
/// once, by the race.
pub fn connect_due() -> Option<Due> {
    CONNECT_DUE.take()
}

/// A lookup without an answer within its budget: the `ureq::Timeout` that ran out is
/// `Resolve` or `Connect` for connect_timeout_ms, `Global` for timeout_ms. It travels
/// inside an `io::ErrorKind::TimedOut`, so a lookup timeout is a timeout wherever it is
/// not looked for, and can be told from a connection that was not made in time (a
/// `ureq::Error::Timeout`).
#[derive(Debug)]
pub struct NotResolved(pub ureq::Timeout);

impl fmt::Display for NotResolved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the name lookup did not answer in time")
    }
}

impl std::error::Error for NotResolved {}

fn not_resolved(reason: ureq::Timeout) -> ureq::Error {
    ureq::Error::Io(io::Error::new(io::ErrorKind::TimedOut, NotResolved(reason)))
}

/// The lookups running and the answers kept, by `host:port`, for the whole process.
struct Lookups {
    names: BTreeMap<String, Name>,
    /// Lookups running, of all names.
    running: usize,
    /// The number of the next lookup started.
    next: u64,
}

#[derive(Default)]
struct Name {
    /// The last answer and when it came.
    answer: Option<(Instant, Vec<SocketAddr>)>,
    /// When a lookup of the name last failed.
    failed: Option<Instant>,
    /// The lookups running: number and start.
    running: Vec<(u64, Instant)>,
}

static LOOKUPS: Mutex<Lookups> = Mutex::new(Lookups {
    names: BTreeMap::new(),
    running: 0,
    next: 0,
});

/// Told whenever a lookup ends, of any name: it may have answered a waiting call, or
/// made room for one.
static ENDED: Condvar = Condvar::new();

fn lookups() -> MutexGuard<'static, Lookups> {
    LOOKUPS.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The system resolver's addresses for `host:port`, within `timeout`.
///
/// An answer still fresh is taken as it is. Otherwise the call waits for a lookup of
/// the name, starting one when none runs or those running have gone long without an
/// answer (and there is room); the first answer of any of them is everyone's. A call
/// whose own lookup ended joins its thread; one that leaves it running leaves it to
/// finish alone, which pins the library (see [`Worker::detach`]).
fn lookup(host_port: &str, timeout: NextTimeout) -> Result<Vec<SocketAddr>, ureq::Error> {
    let began = Instant::now();
    let deadline = (!timeout.after.is_not_happening()).then(|| began + *timeout.after);
    let mut lookups = lookups();
    let mut mine: Option<(u64, Worker)> = None;
    let outcome = loop {
        let now = Instant::now();
        if let Some(name) = lookups.names.get(host_port) {
            if let Some((at, addrs)) = &name.answer
                && now.duration_since(*at) < REUSE_FOR
            {
                break Ok(addrs.clone());
            }
            if name.failed.is_some_and(|at| at >= began) {
                break Err(ureq::Error::HostNotFound);
            }
        }
        if mine.is_none() && lookups.may_start(host_port, now) {
            match lookups.start(host_port, now) {
                Ok(started) => mine = Some(started),
                Err(e) => break Err(e.into()),
            }
        }
        let left = deadline.map(|d| d.saturating_duration_since(now));
        lookups = match left {
            Some(Duration::ZERO) => break Err(not_resolved(timeout.reason)),
            Some(left) => {
                ENDED
                    .wait_timeout(lookups, left)
                    .unwrap_or_else(PoisonError::into_inner)
                    .0
            }
            None => ENDED.wait(lookups).unwrap_or_else(PoisonError::into_inner),
        };
    };
    let mine = mine.map(|(id, worker)| (lookups.is_running(host_port, id), worker));
    drop(lookups);
    match mine {
        Some((true, worker)) => worker.detach(),
        Some((false, worker)) => worker.join(),
        None => {}
    }
    outcome
}

impl Lookups {
    fn may_start(&self, host_port: &str, now: Instant) -> bool {
        self.running < IN_ALL
            && self.names.get(host_port).is_none_or(|name| {
                name.running.len() < PER_NAME
                    && name
                        .running
                        .iter()
                        .all(|(_, started)| now.duration_since(*started) >= ANOTHER_AFTER)
            })
    }

    /// Starts a lookup of `host_port` on a worker thread, which files its answer here.
    fn start(&mut self, host_port: &str, now: Instant) -> io::Result<(u64, Worker)> {
        // Names with nothing running and nothing fresh to give are forgotten.
        self.names.retain(|key, name| {
            key == host_port
                || !name.running.is_empty()
                || name
                    .answer
                    .as_ref()
                    .is_some_and(|(at, _)| now.duration_since(*at) < REUSE_FOR)
        });
        let id = self.next;
        let key = host_port.to_string();
        let worker = worker::spawn(move || {
            let answer = key.to_socket_addrs().map(Iterator::collect);
            lookups().end(&key, id, answer);
            ENDED.notify_all();
        })?;
        self.next += 1;
        self.running += 1;
        let name = self.names.entry(host_port.to_string()).or_default();
        name.running.push((id, now));
        Ok((id, worker))
    }

    /// Files the answer of lookup `id`: addresses to keep, or a failure.
    fn end(&mut self, host_port: &str, id: u64, answer: io::Result<Vec<SocketAddr>>) {
        let Some(name) = self.names.get_mut(host_port) else {
            return;
        };
        let Some(at) = name.running.iter().position(|(running, _)| *running == id) else {
            return;
        };
        name.running.swap_remove(at);
        self.running -= 1;
        let now = Instant::now();
        match answer {
            Ok(addrs) if !addrs.is_empty() => name.answer = Some((now, addrs)),
            _ => name.failed = Some(now),
        }
    }

    fn is_running(&self, host_port: &str, id: u64) -> bool {
        self.names
            .get(host_port)
            .is_some_and(|name| name.running.iter().any(|(running, _)| *running == id))
    }
}

/// Forgets the answers kept, as the library is unloaded, so that no memory of it stays
/// behind. Never waits: it also runs as the process exits, when a lookup may be ending.
/// Lookups still running are left their entries (and the library stays loaded for them).
pub fn release() {
    let mut lookups = match LOOKUPS.try_lock() {
        Ok(lookups) => lookups,
        Err(std::sync::TryLockError::Poisoned(poisoned)) => poisoned.into_inner(),
        Err(std::sync::TryLockError::WouldBlock) => return,
    };
    let names = std::mem::take(&mut lookups.names);
    lookups.names = names
        .into_iter()
        .filter(|(_, name)| !name.running.is_empty())
        .map(|(key, name)| {
            let running = name.running;
            (
                key,
                Name {
                    running,
                    ..Name::default()
                },
            )
        })
        .collect();
}

/// The lookups' lock, held by a thread that forks from before the fork to after it (see
/// the fork handlers in `client.rs`), so that no other thread is inside it at that
/// instant.
#[cfg(all(target_os = "linux", not(miri)))]
pub struct HeldForFork(MutexGuard<'static, Lookups>);

#[cfg(all(target_os = "linux", not(miri)))]
pub fn hold_for_fork() -> HeldForFork {
    HeldForFork(lookups())
}

#[cfg(all(target_os = "linux", not(miri)))]
impl HeldForFork {
    /// In the child: no lookup runs there (its threads stayed in the parent), so none
    /// is waited for or counted against the limits; the answers kept stay good.
    pub fn in_child(mut self) {
        let lookups = &mut *self.0;
        lookups.running = 0;
        for name in lookups.names.values_mut() {
            name.running.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(s: &str) -> SocketAddr {
        s.parse().unwrap()
    }

    #[test]
    fn families_alternate_starting_with_the_first() {
        let (a6, b6, c6) = (addr("[::1]:1"), addr("[::2]:1"), addr("[::3]:1"));
        let (a4, b4) = (addr("127.0.0.1:1"), addr("127.0.0.2:1"));
        assert_eq!(in_turns(&[a6, b6, c6, a4, b4]), [a6, a4, b6, b4, c6]);
        assert_eq!(in_turns(&[a4, b4, a6]), [a4, a6, b4]);
        assert_eq!(in_turns(&[a4, a6, b6, c6]), [a4, a6, b6, c6]);
        assert_eq!(in_turns(&[a6]), [a6]);
        assert_eq!(in_turns(&[]), Vec::<SocketAddr>::new());
    }

    #[test]
    fn the_families_take_turns_before_the_answer_is_cut_to_sixteen() {
        let mut answer: Vec<_> = (1..=20).map(|i| addr(&format!("[::{i}]:1"))).collect();
        answer.push(addr("127.0.0.1:1"));
        let mut kept = CachingResolver.empty();
        fill(&mut kept, &answer);
        assert_eq!(kept.len(), 16);
        assert_eq!(kept[..3], [answer[0], answer[20], answer[1]]);
    }
}
