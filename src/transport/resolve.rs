//! Name resolution for the client.
//!
//! ureq looks the host up before it checks its pool, on every request, and with a
//! timeout set it does so on a thread of its own. For a pooled connection that lookup
//! is wasted, and it cost more than the whole exchange on loopback; so IP literals are
//! used as they are, and names are looked up once and reused for a short while.
//!
//! A failed lookup is reported as [`ureq::Error::HostNotFound`], whatever the system
//! said, so that a name that does not resolve is told apart from a network error.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

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
    for ip in ips {
        // Beyond ureq's sixteen addresses, the rest are not tried.
        let _ = into.try_push(SocketAddr::new(*ip, port));
    }
    true
}

/// ureq's resolver, with IP literals taken as they are and names reused for a while.
#[derive(Debug, Default)]
pub struct CachingResolver {
    lookup: DefaultResolver,
    recent: Mutex<HashMap<String, (Instant, ResolvedSocketAddrs)>>,
}

impl Resolver for CachingResolver {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
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
        let addrs = self
            .lookup
            .resolve(uri, config, timeout)
            .map_err(|e| match e {
                ureq::Error::Io(_) => ureq::Error::HostNotFound,
                e => e,
            })?;
        self.recent().insert(key, (now, addrs.clone()));
        Ok(addrs)
    }
}

impl CachingResolver {
    fn recent(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Instant, ResolvedSocketAddrs)>> {
        self.recent.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
