//! The process-wide client: the settings in force and the `ureq::Agent` built from them.
//!
//! One agent (and so one keep-alive pool) serves every call; `opi_configure` replaces
//! the client as a whole, so a call always runs with one consistent set of settings.
//! After `fork()` a child never uses the client it inherited: see [`fork`].

use std::sync::{Arc, Mutex, PoisonError, RwLock, TryLockError};
use std::time::Duration;

use ureq::Agent;
use ureq::tls::{RootCerts, TlsConfig};
use ureq::unversioned::transport::{
    ConnectProxyConnector, Connector, RustlsConnector, SocksConnector,
};

use crate::error::Error;
use crate::transport::connect::{RaceConnector, ThroughProxy};
use crate::transport::resolve::{self, CachingResolver};
use crate::transport::settings::{self, FromEnv, Settings, bypasses_proxy};
use crate::transport::wire::{Reached, Stage, Watch};

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

/// The settings the environment asks for, read once. Not a `OnceLock`, so that
/// [`release`] can give the memory back.
static FROM_ENV: Mutex<Option<FromEnv>> = Mutex::new(None);
/// The client in force; `None` until the first call or `opi_configure`, and in a
/// forked child until its first call. The fork handlers hold it across `fork()`.
static CLIENT: RwLock<Option<Arc<Client>>> = RwLock::new(None);
/// In a forked child, the client in force in the parent at the fork, for its settings.
/// Its connections are the parent's, so it is never used or dropped. Taken only with
/// `CLIENT` locked for writing, so never held at a fork.
static INHERITED: Mutex<Option<Arc<Client>>> = Mutex::new(None);

/// The client in force, made on first use from the environment's settings, or in a
/// forked child from those in force in the parent at the fork.
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

/// The client in `slot`, made if there is none yet: with the settings a forked child
/// inherited from its parent, or else with the environment's.
fn installed(slot: &mut Option<Arc<Client>>) -> Result<Arc<Client>, Error> {
    if let Some(client) = slot.as_ref() {
        return Ok(client.clone());
    }
    // Read under the lock, so that no fork can catch the environment half-read.
    let inherited = inherited().as_ref().map(|parent| parent.settings.clone());
    let settings = match inherited {
        Some(settings) => settings,
        None => from_env(FromEnv::settings)?,
    };
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
    let settings = match installed(&mut slot) {
        Ok(base) => base.settings.apply(options_json)?,
        // No client could be made from the environment: the options may override
        // what in it is malformed.
        Err(_) => from_env(|env| env.apply(options_json))?,
    };
    if slot
        .as_ref()
        .is_none_or(|client| client.settings != settings)
    {
        *slot = Some(Arc::new(Client::new(settings.clone())?));
    }
    Ok(settings)
}

/// `read` of the environment's settings, read on first use.
fn from_env<T>(read: impl FnOnce(&FromEnv) -> T) -> T {
    read(
        FROM_ENV
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get_or_insert_with(FromEnv::read),
    )
}

/// Lets go of the client and the settings read from the environment, as the library is
/// unloaded: the pool's connections are closed and every byte is freed once no call
/// holds the client any more. Never waits, since it also runs as the process exits,
/// when other threads may be inside a call: a lock held elsewhere is left as it is.
/// A forked child's inherited client is the parent's and stays untouched.
// Only the unload hooks of Linux and Windows (ffi/unload.rs) call it.
#[cfg_attr(not(any(target_os = "linux", windows)), allow(dead_code))]
pub fn release() {
    let client = match CLIENT.try_write() {
        Ok(mut slot) => slot.take(),
        Err(TryLockError::Poisoned(poisoned)) => poisoned.into_inner().take(),
        Err(TryLockError::WouldBlock) => None,
    };
    // Dropped outside the lock: closing the pool's sockets is the slow part.
    drop(client);
    let settings = match FROM_ENV.try_lock() {
        Ok(mut slot) => slot.take(),
        Err(TryLockError::Poisoned(poisoned)) => poisoned.into_inner().take(),
        Err(TryLockError::WouldBlock) => None,
    };
    drop(settings);
    resolve::release();
}

fn inherited() -> std::sync::MutexGuard<'static, Option<Arc<Client>>> {
    INHERITED.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Keeping a forked child off its parent's connections and locks.
///
/// A process that forks after a call hands its children a copy of the client, pool and
/// all. Were a child to use that pool, parent and child would write requests into the
/// same sockets and read each other's answers (over TLS, encrypt with the same keys and
/// nonces); were it to drop it, it could shut the parent's sockets down. And a lock that
/// another thread of the parent held at the moment of the fork stays held in the child
/// for ever, since that thread does not exist there.
///
/// So libopi registers `pthread_atfork` handlers, as careful C libraries do:
/// - before the fork, the forking thread takes the client's lock for writing, so no
///   other thread is inside it (taking the client, configuring, or reading the
///   environment on first use) at the moment of the fork, and then the name lookups'
///   lock;
/// - in the parent, it lets go;
/// - in the child, it moves the inherited client to `INHERITED` before letting go: it is
///   never used, shut down or dropped, so nothing is ever sent on the parent's
///   connections (their descriptors stay open in the child until it exits or execs).
///   The child's first call builds a client of its own with the same settings, and so
///   a new pool and TLS state, none of them locked by anyone. The lookups that were
///   running stayed in the parent with their threads, so the child forgets them; the
///   answers kept are good in the child too.
///
/// The handlers cost nothing on the call path; each `fork()` of the host pays for an
/// uncontended lock and unlock. A process-id check on every call was the alternative:
/// it would cost a system call per call (glibc no longer caches the id) and could not
/// help a child whose parent was inside a lock, so it is not made. A child created
/// without the handlers (raw `clone`, glibc's `_Fork`) may call only async-signal-safe
/// functions until it execs, which no libopi function is.
///
/// The handlers are registered when the library is loaded (an ELF constructor), so no
/// thread can be half-way through registering them while another forks. With glibc they
/// are filed under the library's own `__dso_handle`, and an ELF destructor drops them
/// when it is unloaded, so that no fork after `dlclose` jumps into code that is gone.
/// Elsewhere (musl) plain `pthread_atfork` registers them: musl's `dlclose` never
/// unloads a library, so its handlers can never outlive its code.
///
/// Left out under Miri, which runs the constructor but has no C runtime to file the
/// handlers with.
#[cfg(all(target_os = "linux", not(miri)))]
#[allow(unsafe_code)] // pthread_atfork, and the guard held from one handler to the next
mod fork {
    use std::sync::{Arc, Mutex, PoisonError, RwLockWriteGuard};

    use super::{CLIENT, Client, inherited};
    use crate::transport::resolve::{self, HeldForFork};

    /// The client's write lock and the lookups' lock, held by the forking thread from
    /// `prepare` to `parent` (or `child`).
    struct Held(RwLockWriteGuard<'static, Option<Arc<Client>>>, HeldForFork);

    // SAFETY: the guards are released by the thread that took them: `parent` runs in the
    // forking thread, `child` in the child's copy of it. It only passes through `HELD`,
    // which no one else touches while the write lock is held.
    unsafe impl Send for Held {}

    static HELD: Mutex<Option<Held>> = Mutex::new(None);

    fn held() -> std::sync::MutexGuard<'static, Option<Held>> {
        HELD.lock().unwrap_or_else(PoisonError::into_inner)
    }

    extern "C" fn prepare() {
        let client = CLIENT.write().unwrap_or_else(PoisonError::into_inner);
        *held() = Some(Held(client, resolve::hold_for_fork()));
    }

    extern "C" fn parent() {
        let client = held().take();
        drop(client);
    }

    extern "C" fn child() {
        let Some(Held(mut client, lookups)) = held().take() else {
            return;
        };
        lookups.in_child();
        if let Some(parents) = client.take() {
            // A grandparent's client, if any, is leaked as well.
            std::mem::forget(inherited().replace(parents));
        }
        // Unlocking in the child leaves the lock free: the write lock was the only hold
        // on it, and the threads that waited for it do not exist here.
        drop(client);
    }

    #[cfg(target_env = "gnu")]
    unsafe extern "C" {
        /// Marks this library (or the program it is linked into): glibc files fork
        /// handlers and exit functions under it, and drops them in `__cxa_finalize`.
        static __dso_handle: u8;
        /// What `pthread_atfork` does, with the owner named. `pthread_atfork` itself
        /// names it only when glibc's static part is linked in; a library linked against
        /// older glibc symbols (as release builds are) gets the version that names no
        /// owner, whose handlers stay registered after the library is unloaded.
        fn __register_atfork(
            prepare: Option<extern "C" fn()>,
            parent: Option<extern "C" fn()>,
            child: Option<extern "C" fn()>,
            owner: *const u8,
        ) -> libc::c_int;
        fn __cxa_finalize(owner: *const u8);
    }

    /// Registers the handlers; run by the loader (see `REGISTER_FORK_HANDLERS`).
    #[cfg(target_env = "gnu")]
    pub extern "C" fn register() {
        // SAFETY: the handlers are functions of this library and take only its locks;
        // `__dso_handle` is only taken the address of. The result is ignored: it fails
        // only for want of memory, and then a host that forks gets what it had before
        // these handlers existed.
        unsafe {
            __register_atfork(
                Some(prepare),
                Some(parent),
                Some(child),
                &raw const __dso_handle,
            )
        };
    }

    /// Registers the handlers with the C library's plain `pthread_atfork`. musl has no
    /// owner to file them under, and needs none: its `dlclose` never unmaps a library,
    /// so the handlers' code stays for as long as the process.
    #[cfg(not(target_env = "gnu"))]
    pub extern "C" fn register() {
        // SAFETY: as above; the result is ignored for the same reason.
        unsafe { libc::pthread_atfork(Some(prepare), Some(parent), Some(child)) };
    }

    /// Drops the handlers as the library is unloaded, so that no later fork() jumps
    /// into code that is gone; run by the loader (see `UNREGISTER_FORK_HANDLERS`).
    /// C runtimes linked by gcc do the same from their own destructor, and then this is
    /// a second call that finds nothing left to do; others (zig's) do not do it at all.
    #[cfg(target_env = "gnu")]
    pub extern "C" fn unregister() {
        // SAFETY: finalizes what is filed under this library's own handle only: its
        // fork handlers, and exit functions, which no Rust code of its registers.
        unsafe { __cxa_finalize(&raw const __dso_handle) };
    }
}

/// Registers the fork handlers when the library is loaded, before any of its functions
/// can be called. It sits beside [`current`], which every call reaches, so that a
/// program linking `libopi.a` cannot leave it out.
#[cfg(all(target_os = "linux", not(miri)))]
#[allow(unsafe_code)] // a constructor: code the loader runs
#[used]
#[unsafe(link_section = ".init_array")]
static REGISTER_FORK_HANDLERS: extern "C" fn() = fork::register;

/// Drops the fork handlers when the library is unloaded.
#[cfg(all(target_os = "linux", target_env = "gnu", not(miri)))]
#[allow(unsafe_code)] // a destructor: code the loader runs
#[used]
#[unsafe(link_section = ".fini_array")]
static UNREGISTER_FORK_HANDLERS: extern "C" fn() = fork::unregister;

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
        let shown = proxy.as_ref().map(|p| ProxyShown {
            host: p.host().to_string(),
            address: format!("{}:{}", p.host(), p.port()),
            with_credentials: p.username().is_some(),
        });
        let config = Agent::config_builder()
            .http_status_as_error(false)
            .user_agent(USER_AGENT)
            .timeout_global(Some(settings.timeout))
            // Looking the name up is part of connecting: the lookup gets connect_timeout_ms
            // from the start of the call, and the race what the lookup left of it.
            .timeout_resolve(Some(settings.connect_timeout))
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
        // ureq's default chain, with the address race in place of its TCP link (which
        // tries one address after another), the proxy links marking their failures, and
        // the watch and its marks noting what each request does on the wire.
        let connector = Reached(Stage::Resolved)
            .chain(ThroughProxy(
                SocksConnector::default().chain(ConnectProxyConnector::default()),
            ))
            .chain(RaceConnector)
            .chain(Reached(Stage::Connected))
            .chain(RustlsConnector::default())
            .chain(Watch);
        let agent = Agent::with_parts(config, connector, CachingResolver);
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

    /// The URL of a file from getFile's `file_path`, with `token` in its path. Each byte
    /// that may not stand in a URL path is percent-encoded.
    pub fn file_url(&self, token: &str, file_path: &str) -> String {
        let mut path = String::with_capacity(file_path.len());
        for byte in file_path.bytes() {
            if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
                path.push(char::from(byte));
            } else {
                path += &format!("%{byte:02X}");
            }
        }
        format!("{}/file/bot{token}/{path}", self.settings.api_url)
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
