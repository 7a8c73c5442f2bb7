//! The process-wide HTTP client and one exchange with the Bot API.
//!
//! One `ureq::Agent` (and so one keep-alive pool) serves every call; `opi_configure`
//! replaces it as a whole, so a call always runs with one consistent set of settings.
//! Creating a link is not idempotent, so the only silent retry is for a request that
//! failed on a pooled connection the server had already closed.

use std::cell::Cell;
use std::io;
use std::sync::{Arc, OnceLock, PoisonError, RwLock};
use std::time::{Duration, Instant};

use ureq::Agent;
use ureq::tls::{RootCerts, TlsConfig};
use ureq::unversioned::transport::{ConnectionDetails, Connector, DefaultConnector, Transport};

use crate::config::{Settings, bypasses_proxy};
use crate::envelope::Envelope;
use crate::error::{Error, ErrorKind};
use crate::resolve::CachingResolver;
use crate::token::Token;

/// Bot API answers are small; a body larger than this is not a Bot API answer, and
/// reading it could exhaust a host's memory.
pub const MAX_BODY_BYTES: u64 = 16 * 1024 * 1024;

const USER_AGENT: &str = concat!("libopi/", env!("CARGO_PKG_VERSION"));

/// A client: settings and the agent built from them.
struct Client {
    settings: Settings,
    agent: Agent,
    /// `host:port` of the API, for messages (never the URL, which would hold the token).
    server: String,
}

/// The settings the environment asks for, read once.
static FROM_ENV: OnceLock<Result<Settings, Error>> = OnceLock::new();
/// The client in force; `None` until the first call or `opi_configure`.
static CLIENT: RwLock<Option<Arc<Client>>> = RwLock::new(None);

fn current() -> Result<Arc<Client>, Error> {
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

/// Sends one Bot API request and returns the answer as Telegram sent it.
///
/// A 429 whose `retry_after` fits within `max_retry_after_s` and the call's remaining
/// time is waited out and sent once more.
pub fn post(token: &Token, bot_method: &str, body: &[u8]) -> Result<String, Error> {
    let client = current()?;
    let deadline = Instant::now() + client.settings.timeout;
    let url = url(&client.settings.api_url, token.as_url_segment(), bot_method);
    let answer = client.exchange(&url, body, Budget::Whole, deadline, token)?;
    let wait = answer.retry_after.map(Duration::from_secs);
    match wait {
        Some(wait)
            if wait <= client.settings.max_retry_after && Instant::now() + wait < deadline =>
        {
            std::thread::sleep(wait);
            Ok(client
                .exchange(&url, body, Budget::Rest, deadline, token)?
                .text)
        }
        _ => Ok(answer.text),
    }
}

/// The URL a request for `bot_method` goes to under the settings in force, with `***`
/// where the token stands.
pub fn shown_url(bot_method: &str) -> Result<String, Error> {
    Ok(url(&current()?.settings.api_url, "***", bot_method))
}

fn url(api_url: &str, token: &str, bot_method: &str) -> String {
    format!("{api_url}/bot{token}/{bot_method}")
}

/// How much time an attempt has.
#[derive(Clone, Copy)]
enum Budget {
    /// The first attempt of a call: the agent's own `timeout_global`, which is the whole
    /// `timeout_ms`. A request-level timeout would do the same, but ureq then builds the
    /// TLS configuration (and the platform verifier reads the trust store) afresh for
    /// every new connection instead of once per agent.
    Whole,
    /// A later attempt of the same call: what is left of `timeout_ms`.
    Rest,
}

/// A Bot API JSON document as received, and what it says about retrying.
struct Answer {
    text: String,
    retry_after: Option<u64>,
}

/// What came back over HTTP, before it is judged.
struct Received {
    status: u16,
    content_type: String,
    /// `None` when the body was larger than [`MAX_BODY_BYTES`].
    body: Option<Vec<u8>>,
}

thread_local! {
    /// Set when the current thread's request had to open a new connection. ureq runs the
    /// connector on the calling thread, so this tells a pooled connection from a new one.
    static OPENED_CONNECTION: Cell<bool> = const { Cell::new(false) };
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
        let connector = DefaultConnector::new().chain(NoteNewConnection);
        let agent = Agent::with_parts(config, connector, CachingResolver::default());
        Ok(Client {
            settings,
            agent,
            server,
        })
    }

    /// One request, sent a second time only when it failed on a pooled connection that
    /// the server had closed.
    fn exchange(
        &self,
        url: &str,
        body: &[u8],
        budget: Budget,
        deadline: Instant,
        token: &Token,
    ) -> Result<Answer, Error> {
        OPENED_CONNECTION.set(false);
        let received = match self.send(url, body, budget, deadline) {
            Err(e) if closed_by_peer(&e) && !OPENED_CONNECTION.get() => {
                self.send(url, body, Budget::Rest, deadline)
            }
            other => other,
        };
        match received {
            Ok(received) => self.judge(received),
            Err(e) => Err(self.describe(e, token)),
        }
    }

    fn send(
        &self,
        url: &str,
        body: &[u8],
        budget: Budget,
        deadline: Instant,
    ) -> Result<Received, ureq::Error> {
        let request = self
            .agent
            .post(url)
            .header("Content-Type", "application/json");
        let mut response = match budget {
            Budget::Whole => request.send(body)?,
            Budget::Rest => {
                let remaining = deadline.saturating_duration_since(Instant::now());
                request
                    .config()
                    .timeout_global(Some(remaining))
                    .build()
                    .send(body)?
            }
        };
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("no content type")
            .to_string();
        // A body announced as too large is refused unread; one without a length is cut
        // off at the limit. Either way no more than the limit is ever held.
        let announced = response
            .headers()
            .get("content-length")
            .and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok());
        let body = match announced {
            Some(length) if length > MAX_BODY_BYTES => None,
            _ => match response
                .body_mut()
                .with_config()
                .limit(MAX_BODY_BYTES)
                .read_to_vec()
            {
                Ok(body) => Some(body),
                Err(ureq::Error::BodyExceedsLimit(_)) => None,
                Err(e) => return Err(e),
            },
        };
        Ok(Received {
            status,
            content_type,
            body,
        })
    }

    /// Passes a Bot API JSON document through untouched, whatever the HTTP status;
    /// anything else is a `bad_response`.
    fn judge(&self, received: Received) -> Result<Answer, Error> {
        let Received {
            status,
            content_type,
            body,
        } = received;
        let Some(body) = body else {
            return Err(Error::bad_response(
                status,
                format!(
                    "{} answered HTTP {status} with a body over {} MiB, which is not a Bot API answer",
                    self.server,
                    MAX_BODY_BYTES >> 20
                ),
            ));
        };
        let envelope = Envelope::read(&body);
        let (Some(envelope), Ok(text)) = (envelope, String::from_utf8(body)) else {
            return Err(Error::bad_response(
                status,
                format!(
                    "{} answered HTTP {status} with {content_type} instead of a Bot API JSON \
                     document; check api_url and any proxy in between",
                    self.server
                ),
            ));
        };
        let flood = status == 429 || envelope.error_code == Some(429);
        let retry_after = envelope.retry_after.filter(|_| flood);
        Ok(Answer { text, retry_after })
    }

    /// A person-readable account of a failed exchange, without the token.
    fn describe(&self, e: ureq::Error, token: &Token) -> Error {
        use ureq::Error as E;
        let server = &self.server;
        let timeout_ms = self.settings.timeout.as_millis();
        let (kind, text) = match &e {
            E::Timeout(ureq::Timeout::Connect | ureq::Timeout::Resolve) => (
                ErrorKind::Timeout,
                format!(
                    "could not connect to {server} within connect_timeout_ms ({} ms)",
                    self.settings.connect_timeout.as_millis()
                ),
            ),
            E::Timeout(_) => (
                ErrorKind::Timeout,
                format!("{server} did not answer within timeout_ms ({timeout_ms} ms)"),
            ),
            E::HostNotFound => (
                ErrorKind::Connection,
                format!("cannot resolve the host name in {server}; check api_url and DNS"),
            ),
            E::Io(io) => match io.kind() {
                io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => (
                    ErrorKind::Timeout,
                    format!("{server} did not answer within timeout_ms ({timeout_ms} ms)"),
                ),
                io::ErrorKind::ConnectionRefused => (
                    ErrorKind::Connection,
                    format!("{server} refused the connection; is the Bot API server running?"),
                ),
                _ if closed_by_peer(&e) => (
                    ErrorKind::Connection,
                    format!("{server} closed the connection before it answered in full"),
                ),
                // rustls reports a failed handshake as invalid data on the socket.
                io::ErrorKind::InvalidData if self.uses_tls() => {
                    (ErrorKind::Tls, format!("TLS with {server} failed: {io}"))
                }
                _ => (
                    ErrorKind::Connection,
                    format!("network error with {server}: {io}"),
                ),
            },
            E::Tls(_) | E::Pem(_) | E::Rustls(_) | E::TlsRequired => {
                (ErrorKind::Tls, format!("TLS with {server} failed: {e}"))
            }
            E::ConnectProxyFailed(_) | E::InvalidProxyUrl => (
                ErrorKind::Connection,
                format!("the proxy did not connect us to {server}: {e}"),
            ),
            E::Protocol(_) | E::LargeResponseHeader(..) => (
                ErrorKind::BadResponse,
                format!("{server} did not answer in HTTP/1.1: {e}"),
            ),
            // The URL and headers are built from validated parts, so ureq refusing them
            // is a fault of ours, not of the network.
            E::Http(_) | E::BadUri(_) => (
                ErrorKind::Internal,
                format!("the request to {server} could not be built: {e}"),
            ),
            _ => (
                ErrorKind::Connection,
                format!("the request to {server} failed: {e}"),
            ),
        };
        Error::new(kind, token.redact(&text))
    }

    fn uses_tls(&self) -> bool {
        self.settings.api_url.starts_with("https://")
            || self
                .settings
                .proxy
                .as_deref()
                .is_some_and(|p| p.starts_with("https://"))
    }
}

/// Whether the peer closed or reset the connection under us.
fn closed_by_peer(e: &ureq::Error) -> bool {
    matches!(e, ureq::Error::Io(io) if matches!(
        io.kind(),
        io::ErrorKind::ConnectionReset
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::BrokenPipe
            | io::ErrorKind::UnexpectedEof
    ))
}
