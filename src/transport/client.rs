//! The process-wide client: the settings in force and the `ureq::Agent` built from them.
//!
//! One agent (and so one keep-alive pool) serves every call; `opi_configure` replaces
//! the client as a whole, so a call always runs with one consistent set of settings.

use std::cell::Cell;
use std::sync::{Arc, OnceLock, PoisonError, RwLock};

use ureq::Agent;
use ureq::tls::{RootCerts, TlsConfig};
use ureq::unversioned::transport::{
    ConnectProxyConnector, ConnectionDetails, Connector, RustlsConnector, SocksConnector, Transport,
};

use crate::error::Error;
use crate::transport::connect::{RaceConnector, ThroughProxy};
use crate::transport::resolve::CachingResolver;
use crate::transport::settings::{Settings, bypasses_proxy};

const USER_AGENT: &str = concat!("libopi/", env!("CARGO_PKG_VERSION"));

/// A client: settings and the agent built from them.
pub struct Client {
    pub settings: Settings,
    pub agent: Agent,
    /// `host:port` of the API, for messages (never the URL, which would hold the token).
    pub server: String,
    /// The proxy the API is reached through, for messages; `None` for a direct connection.
    pub proxy: Option<ProxyShown>,
}

/// What messages say about the proxy: where it is, never its password.
pub struct ProxyShown {
    /// The proxy's host name or address.
    pub host: String,
    /// `host:port`.
    pub address: String,
    /// Whether the proxy URL holds a user name (and so, credentials).
    pub with_credentials: bool,
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
    let settings = FROM_ENV.get_or_init(Settings::from_env).clone()?;
    let mut slot = CLIENT.write().unwrap_or_else(PoisonError::into_inner);
    if let Some(client) = slot.as_ref() {
        return Ok(client.clone());
    }
    let client = Arc::new(Client::new(settings)?);
    *slot = Some(client.clone());
    Ok(client)
}

/// Applies `opi_configure` options; calls that start afterwards use the new settings.
pub fn configure(options_json: &str) -> Result<Settings, Error> {
    let base = current()?;
    let settings = base.settings.apply(options_json)?;
    if settings != base.settings {
        let client = Arc::new(Client::new(settings.clone())?);
        *CLIENT.write().unwrap_or_else(PoisonError::into_inner) = Some(client);
    }
    Ok(settings)
}

thread_local! {
    /// Set when the current thread's request had to open a new connection. ureq runs the
    /// connector on the calling thread, so this tells a pooled connection from a new one.
    static OPENED_CONNECTION: Cell<bool> = const { Cell::new(false) };
}

/// Forgets any connection opened earlier on this thread, before a request.
pub fn forget_new_connection() {
    OPENED_CONNECTION.set(false);
}

/// Whether this thread's request since [`forget_new_connection`] opened a connection.
pub fn opened_new_connection() -> bool {
    OPENED_CONNECTION.get()
}

/// A link at the end of ureq's connector chain that notes each new connection.
#[derive(Debug)]
struct NoteNewConnection;

impl<In: Transport> Connector<In> for NoteNewConnection {
    type Out = In;

    fn connect(
        &self,
        _: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<In>, ureq::Error> {
        if chained.is_some() {
            OPENED_CONNECTION.set(true);
        }
        Ok(chained)
    }
}

impl Client {
    fn new(settings: Settings) -> Result<Client, Error> {
        let host = settings
            .api_url
            .split_once("://")
            .map_or("", |(_, rest)| rest.split(['/', '?']).next().unwrap_or(""));
        let server = host.to_string();
        let host_name = host.rsplit_once(':').map_or(host, |(name, _)| name);
        let proxy = match (&settings.proxy, &settings.no_proxy) {
            (Some(_), Some(no_proxy)) if bypasses_proxy(no_proxy, host_name) => None,
            (Some(url), _) => Some(
                ureq::Proxy::new(url)
                    .map_err(|_| Error::invalid("proxy", "the proxy URL cannot be used"))?,
            ),
            (None, _) => None,
        };
        let shown = proxy.as_ref().map(|p| ProxyShown {
            host: p.host().to_string(),
            address: format!("{}:{}", p.host(), p.port()),
            with_credentials: p.username().is_some(),
        });
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
            .build();
        // ureq's default chain, with the address race in place of its TCP link (which
        // tries one address after another) and the proxy links marking their failures.
        let connector =
            ThroughProxy(SocksConnector::default().chain(ConnectProxyConnector::default()))
                .chain(RaceConnector)
                .chain(RustlsConnector::default())
                .chain(NoteNewConnection);
        let agent = Agent::with_parts(config, connector, CachingResolver::default());
        Ok(Client {
            settings,
            agent,
            server,
            proxy: shown,
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
