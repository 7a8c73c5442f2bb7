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
//! A failed lookup is reported as [`ureq::Error::HostNotFound`], whatever the system
//! said, so that a name that does not resolve is told apart from a network error.

use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::sync::{Arc, Condvar, Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

use crate::sys::worker;

/// How long a looked-up address is reused: short enough to follow a DNS change soon,
/// long enough that a busy host does not look the Bot API up on every call.
const REUSE_FOR: Duration = Duration::from_secs(30);

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

/// Names looked up on a worker thread, IP literals taken as they are, and names reused
/// for a while.
#[derive(Debug, Default)]
pub struct CachingResolver {
    recent: Mutex<HashMap<String, (Instant, ResolvedSocketAddrs)>>,
}

impl Resolver for CachingResolver {
    fn resolve(
        &self,
        uri: &Uri,
        // No IpFamily is set, so every address family is kept, as ureq's lookup would.
        _config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let authority = uri.authority().ok_or(ureq::Error::BadUri(String::new()))?;
        let port = authority.port_u16().unwrap_or(match uri.scheme_str() {
            Some("https") => 443,
            _ => 80,
        });
        let host = authority.host();
        if let Ok(ip) = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
        {
            let mut addrs = self.empty();
            addrs.push(SocketAddr::new(ip, port));
            return Ok(addrs);
        }
        let mut addrs = self.empty();
        if pinned(host, port, &mut addrs) {
            return Ok(addrs);
        }
        let key = format!("{host}:{port}");
        let now = Instant::now();
        if let Some((at, addrs)) = self.recent().get(&key)
            && now.duration_since(*at) < REUSE_FOR
        {
            return Ok(addrs.clone());
        }
        let found = lookup(&key, timeout)?.map_err(|_| ureq::Error::HostNotFound)?;
        if found.is_empty() {
            return Err(ureq::Error::HostNotFound);
        }
        fill(&mut addrs, &found);
        self.recent().insert(key, (now, addrs.clone()));
        Ok(addrs)
    }
}

/// The system resolver's answer for `host:port`, within `timeout`; the outer error is
/// libopi's own (no thread could be started, or no answer in time), the inner one the
/// resolver's.
///
/// `getaddrinfo` cannot be interrupted, so with a timeout it runs on a worker thread;
/// one that answers in time is joined, one that does not is left to finish alone.
fn lookup(
    host_port: &str,
    timeout: NextTimeout,
) -> Result<io::Result<Vec<SocketAddr>>, ureq::Error> {
    if timeout.after.is_not_happening() {
        return Ok(host_port.to_socket_addrs().map(Iterator::collect));
    }
    type Answer = Option<io::Result<Vec<SocketAddr>>>;
    let shared: Arc<(Mutex<Answer>, Condvar)> = Arc::default();
    let answering = Arc::clone(&shared);
    let host_port = host_port.to_string();
    let worker = worker::spawn(move || {
        let answer = host_port.to_socket_addrs().map(Iterator::collect);
        let (slot, ready) = &*answering;
        *slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(answer);
        ready.notify_one();
    })?;
    let (slot, ready) = &*shared;
    // The lock is let go at the end of the statement, before the worker is joined.
    let answer = ready
        .wait_timeout_while(
            slot.lock().unwrap_or_else(PoisonError::into_inner),
            *timeout.after,
            |answer| answer.is_none(),
        )
        .unwrap_or_else(PoisonError::into_inner)
        .0
        .take();
    match answer {
        Some(answer) => {
            worker.join();
            Ok(answer)
        }
        None => {
            worker.detach();
            Err(ureq::Error::Timeout(timeout.reason))
        }
    }
}

impl CachingResolver {
    fn recent(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Instant, ResolvedSocketAddrs)>> {
        self.recent.lock().unwrap_or_else(PoisonError::into_inner)
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
        let mut kept = CachingResolver::default().empty();
        fill(&mut kept, &answer);
        assert_eq!(kept.len(), 16);
        assert_eq!(kept[..3], [answer[0], answer[20], answer[1]]);
    }
}
