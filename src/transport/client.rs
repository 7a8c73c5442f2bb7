//! The process-wide client: the settings in force and the `ureq::Agent` built from them.
//!
//! One agent (and so one keep-alive pool) serves every call; `opi_configure` replaces
//! the client as a whole, so a call always runs with one consistent set of settings.

use std::sync::{Arc, OnceLock, PoisonError, RwLock};
use std::time::Duration;

use ureq::Agent;
use ureq::tls::{RootCerts, TlsConfig};
use ureq::unversioned::transport::{Connector, DefaultConnector};

use crate::error::Error;
use crate::transport::resolve::CachingResolver;
use crate::transport::settings::{self, Settings, bypasses_proxy};
use crate::transport::wire::Watch;

const USER_AGENT: &str = concat!("libopi/", env!("CARGO_PKG_VERSION"));

/// A pooled connection idle longer than this is closed rather than reused. The shortest
/// idle timeout common among HTTP servers and proxies is 5 s (Apache httpd, Node.js);
/// below it, a server is not about to close the connection we send on, so the case
/// that cannot be retried safely (a request written, then the connection closed without
/// an answer) stays rare. A new connection costs a round trip or two, which a host
/// calling less often than every 4 s does not notice.
const MAX_IDLE: Duration = Duration::from_secs(4);

/// A client: settings and the agent built from them.
pub struct Client {
    pub settings: Settings,
    pub agent: Agent,
    /// `host:port` of the API, for messages (never the URL, which would hold the token).
    pub server: String,
}

/// The settings the environment asks for, read once.
static FROM_ENV: OnceLock<Result<Settings, Error>> = OnceLock::new();
/// The client in force; `None` until the first call or `opi_configure`.
static CLIENT: RwLock<Option<Arc<Client>>> = RwLock::new(None);

/// The client in force, made from the environment's settings on first use.
pub fn current() -> Result<Arc<Client>, Error> {
    if let Some(client) = CLIENT
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .as_ref()
    {
        return Ok(client.clone());
    }
    installed(&mut CLIENT.write().unwrap_or_else(PoisonError::into_inner))
}

/// The client in `slot`, made from the environment's settings if there is none yet.
fn installed(slot: &mut Option<Arc<Client>>) -> Result<Arc<Client>, Error> {
    if let Some(client) = slot.as_ref() {
        return Ok(client.clone());
    }
    let settings = FROM_ENV.get_or_init(Settings::from_env).clone()?;
    let client = Arc::new(Client::new(settings)?);
    *slot = Some(client.clone());
    Ok(client)
}

/// Applies `opi_configure` options; calls that start afterwards use the new settings.
///
/// The settings are read, changed and replaced under one write lock: two calls at once
/// each build on the other's change instead of one of them being lost.
pub fn configure(options_json: &str) -> Result<Settings, Error> {
    let mut slot = CLIENT.write().unwrap_or_else(PoisonError::into_inner);
    let base = installed(&mut slot)?;
    let settings = base.settings.apply(options_json)?;
    if settings != base.settings {
        *slot = Some(Arc::new(Client::new(settings.clone())?));
    }
    Ok(settings)
}

impl Client {
    fn new(settings: Settings) -> Result<Client, Error> {
        let server = settings::server(&settings.api_url);
        let (host, port) = settings::host_and_port(&settings.api_url);
        let proxy = match (&settings.proxy, &settings.no_proxy) {
            (Some(_), Some(no_proxy)) if bypasses_proxy(no_proxy, &host, port) => None,
            (Some(url), _) => Some(
                ureq::Proxy::new(url)
                    .map_err(|_| Error::invalid("proxy", "the proxy URL cannot be used"))?,
            ),
            (None, _) => None,
        };
        let config = Agent::config_builder()
            .http_status_as_error(false)
            .user_agent(USER_AGENT)
            .timeout_global(Some(settings.timeout))
            .timeout_connect(Some(settings.connect_timeout))
            // The Bot API never redirects; a redirect means something else answered.
            .max_redirects(0)
            .max_redirects_will_error(false)
            .proxy(proxy)
            // The operating system's trust store, so that company CAs work.
            .tls_config(
                TlsConfig::builder()
                    .root_certs(RootCerts::PlatformVerifier)
                    .build(),
            )
            .max_idle_connections_per_host(32)
            .max_idle_age(MAX_IDLE)
            .build();
        let connector = DefaultConnector::new().chain(Watch);
        let agent = Agent::with_parts(config, connector, CachingResolver::default());
        Ok(Client {
            settings,
            agent,
            server,
        })
    }

    /// The URL of `bot_method` with `token` in its path.
    pub fn url(&self, token: &str, bot_method: &str) -> String {
        format!("{}/bot{token}/{bot_method}", self.settings.api_url)
    }

    /// Whether the exchange runs over TLS, to the API or to the proxy.
    pub fn uses_tls(&self) -> bool {
        self.settings.api_url.starts_with("https://")
            || self
                .settings
                .proxy
                .as_deref()
                .is_some_and(|p| p.starts_with("https://"))
    }
}
