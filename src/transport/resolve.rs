//! Name resolution for the client.
//!
//! ureq looks the host up before it checks its pool, on every request, and with a
//! timeout set it does so on a thread of its own. For a pooled connection that lookup
//! is wasted, and it cost more than the whole exchange on loopback; so IP literals are
//! used as they are, and names are looked up once and reused for a short while.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

/// How long a looked-up address is reused: short enough to follow a DNS change soon,
/// long enough that a busy host does not look the Bot API up on every call.
const REUSE_FOR: Duration = Duration::from_secs(30);

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
        let key = format!("{host}:{port}");
        let now = Instant::now();
        if let Some((at, addrs)) = self.recent().get(&key)
            && now.duration_since(*at) < REUSE_FOR
        {
            return Ok(addrs.clone());
        }
        let addrs = self.lookup.resolve(uri, config, timeout)?;
        self.recent().insert(key, (now, addrs.clone()));
        Ok(addrs)
    }
}

impl CachingResolver {
    fn recent(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Instant, ResolvedSocketAddrs)>> {
        self.recent.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
