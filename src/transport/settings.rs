//! Settings: defaults, then the environment, then `opi_configure`.

use std::net::IpAddr;
use std::time::Duration;

use serde_json::{Map, Value};

use crate::error::{Error, quoted};

/// The settings that calls run with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Where the Bot API lives, without a trailing slash.
    pub api_url: String,
    /// The whole call, retries and waits included.
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// `http://`, `https://`, `socks5://` or `socks5h://`; `None` for a direct connection.
    pub proxy: Option<String>,
    /// Hosts that bypass the proxy, as in the `NO_PROXY` variable.
    pub no_proxy: Option<String>,
    /// A 429 whose `retry_after` is at most this many seconds is waited out and sent
    /// once more; 0 hands every 429 back to the caller.
    pub max_retry_after: Duration,
}

/// The largest file Telegram's own Bot API servers hand a bot (its documented 20 MB).
pub const TELEGRAM_FILE_LIMIT: u64 = 20 << 20;
/// The largest a local Bot API server hands one (its documented 2000 MB).
pub const LOCAL_FILE_LIMIT: u64 = 2000 << 20;

impl Settings {
    /// The largest file the Bot API server of `api_url` hands a bot: Telegram's own
    /// serves 20 MB, a local Bot API server (any other host) 2000 MB.
    pub fn file_limit(&self) -> u64 {
        let (host, _) = host_and_port(&self.api_url);
        if host.eq_ignore_ascii_case("api.telegram.org") {
            TELEGRAM_FILE_LIMIT
        } else {
            LOCAL_FILE_LIMIT
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            api_url: "https://api.telegram.org".into(),
            timeout: Duration::from_millis(30_000),
            connect_timeout: Duration::from_millis(10_000),
            proxy: None,
            no_proxy: None,
            max_retry_after: Duration::ZERO,
        }
    }
}

/// One setting: its `opi_configure` key and its environment variables, in precedence
/// order. The same table reads the environment, reads `opi_configure` and names keys in
/// errors.
struct Key {
    name: &'static str,
    env: &'static [&'static str],
    set: fn(&mut Settings, &Value) -> Result<(), String>,
}

const KEYS: &[Key] = &[
    Key {
        name: "api_url",
        env: &["OPI_TELEGRAM_API_URL"],
        set: |s, v| {
            s.api_url = api_url(text(v)?)?;
            Ok(())
        },
    },
    Key {
        name: "timeout_ms",
        env: &["OPI_TIMEOUT_MS"],
        set: |s, v| {
            s.timeout = Duration::from_millis(whole(v, 1, 86_400_000)?);
            Ok(())
        },
    },
    Key {
        name: "connect_timeout_ms",
        env: &["OPI_CONNECT_TIMEOUT_MS"],
        set: |s, v| {
            s.connect_timeout = Duration::from_millis(whole(v, 1, 86_400_000)?);
            Ok(())
        },
    },
    Key {
        name: "proxy",
        env: &["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"],
        set: |s, v| {
            s.proxy = match v {
                Value::Null => None,
                v => Some(text(v)?)
                    .filter(|p| !p.is_empty())
                    .map(proxy)
                    .transpose()?,
            };
            Ok(())
        },
    },
    Key {
        name: "max_retry_after_s",
        env: &["OPI_MAX_RETRY_AFTER_S"],
        set: |s, v| {
            s.max_retry_after = Duration::from_secs(whole(v, 0, 3600)?);
            Ok(())
        },
    },
];

/// The settings the environment asks for, read once. A variable that is set but
/// malformed is kept with its error rather than silently ignored (the host asked for
/// something it will not get), and every call answers that error until `opi_configure`
/// sets the variable's key: the host's way out of an environment it cannot change.
#[derive(Clone, Debug)]
pub struct FromEnv {
    settings: Settings,
    /// Each malformed variable: its key's `opi_configure` name, and the error naming it.
    malformed: Vec<(&'static str, Error)>,
}

impl FromEnv {
    /// Defaults overridden by the environment.
    pub fn read() -> FromEnv {
        let mut settings = Settings::default();
        let mut malformed = Vec::new();
        for key in KEYS {
            let found = key
                .env
                .iter()
                .find_map(|name| std::env::var(name).ok().map(|v| (*name, v)));
            if let Some((name, value)) = found
                && let Err(why) = (key.set)(&mut settings, &Value::String(value))
            {
                malformed.push((key.name, Error::invalid(name, why)));
            }
        }
        settings.no_proxy = ["NO_PROXY", "no_proxy"]
            .iter()
            .find_map(|name| std::env::var(name).ok());
        FromEnv {
            settings,
            malformed,
        }
    }

    /// The environment's settings, or the error of its first malformed variable.
    pub fn settings(&self) -> Result<Settings, Error> {
        match self.malformed.first() {
            Some((_, error)) => Err(error.clone()),
            None => Ok(self.settings.clone()),
        }
    }

    /// The environment's settings with the keys of an `opi_configure` JSON object
    /// applied; a malformed variable whose key is among them no longer counts.
    pub fn apply(&self, options_json: &str) -> Result<Settings, Error> {
        let options = options(options_json)?;
        let settings = self.settings.apply_options(&options)?;
        match self
            .malformed
            .iter()
            .find(|(key, _)| !options.contains_key(*key))
        {
            Some((_, error)) => Err(error.clone()),
            None => Ok(settings),
        }
    }
}

/// The keys of an `opi_configure` JSON object; "" is an empty object.
fn options(options_json: &str) -> Result<Map<String, Value>, Error> {
    match serde_json::from_str(options_json.trim()) {
        Ok(Value::Object(map)) => Ok(map),
        _ if options_json.trim().is_empty() => Ok(Map::new()),
        _ => Err(Error::invalid(
            "options_json",
            format!(
                "expected a JSON object such as {{\"timeout_ms\":5000}}, got {}",
                quoted(options_json)
            ),
        )),
    }
}

impl Settings {
    /// These settings with the keys of an `opi_configure` JSON object applied.
    pub fn apply(&self, options_json: &str) -> Result<Settings, Error> {
        self.apply_options(&options(options_json)?)
    }

    fn apply_options(&self, options: &Map<String, Value>) -> Result<Settings, Error> {
        let mut settings = self.clone();
        for (name, value) in options {
            let key = KEYS.iter().find(|k| k.name == name).ok_or_else(|| {
                let known: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
                Error::invalid(
                    "options_json",
                    format!(
                        "unknown key {}; known keys: {}",
                        quoted(name),
                        known.join(", ")
                    ),
                )
            })?;
            (key.set)(&mut settings, value).map_err(|why| Error::invalid(key.name, why))?;
        }
        Ok(settings)
    }

    /// The settings as `opi_configure` reports them; passwords in URLs are masked.
    pub fn to_json(&self) -> Value {
        let mut map = Map::new();
        map.insert("api_url".into(), mask_password(&self.api_url).into());
        map.insert(
            "timeout_ms".into(),
            (self.timeout.as_millis() as u64).into(),
        );
        map.insert(
            "connect_timeout_ms".into(),
            (self.connect_timeout.as_millis() as u64).into(),
        );
        map.insert(
            "proxy".into(),
            self.proxy.as_deref().map(mask_password).into(),
        );
        map.insert(
            "max_retry_after_s".into(),
            self.max_retry_after.as_secs().into(),
        );
        Value::Object(map)
    }
}

fn text(value: &Value) -> Result<&str, String> {
    value
        .as_str()
        .ok_or_else(|| format!("expected a string, got {value}"))
}

/// A number, or a string holding one (the environment has only strings, and 1C code
/// often builds its JSON from strings).
fn whole(value: &Value, min: u64, max: u64) -> Result<u64, String> {
    let number = match value {
        Value::String(s) => s.trim().parse::<u64>().ok(),
        v => v.as_u64(),
    };
    match number {
        Some(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(format!(
            "expected a whole number in {min}..={max}, got {}",
            short(value)
        )),
    }
}

fn short(value: &Value) -> String {
    match value {
        Value::String(s) => quoted(s),
        other => quoted(&other.to_string()),
    }
}

/// A base URL with an `http` or `https` scheme and a host; the trailing slash is dropped
/// so that paths join cleanly. Anything that would change where `/bot<token>/<method>`
/// lands is refused: a query or fragment (the token would ride in the query, or the
/// path would be cut off), a missing host, a malformed address or port.
fn api_url(value: &str) -> Result<String, String> {
    let trimmed = value.trim().trim_end_matches('/');
    let refuse = |why: &str| {
        Err(format!(
            "{why}; expected an http:// or https:// URL such as https://api.telegram.org, got {}",
            quoted(&mask_password(value))
        ))
    };
    if trimmed.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return refuse("the URL holds whitespace or a control character");
    }
    if trimmed.contains(['?', '#']) {
        return refuse("the URL may not have a query or fragment");
    }
    let Ok(uri) = trimmed.parse::<ureq::http::Uri>() else {
        return refuse("the URL is malformed");
    };
    if !matches!(uri.scheme_str(), Some("http" | "https")) {
        return refuse("the scheme is not http or https");
    }
    let Some(authority) = uri.authority() else {
        return refuse("the URL has no host");
    };
    let (host, after_credentials) = (authority.host(), server(authority.as_str()));
    // What follows the host is nothing, or a port that fits in 16 bits.
    let port = after_credentials.strip_prefix(host).map(|rest| match rest {
        "" => true,
        rest => rest
            .strip_prefix(':')
            .is_some_and(|p| p.parse::<u16>().is_ok_and(|p| p != 0)),
    });
    match port {
        Some(true) if !host.is_empty() => Ok(trimmed.to_string()),
        _ => refuse("the URL has no valid host and port"),
    }
}

/// `host:port` (or `host`) of a URL, without any credentials: for messages.
pub fn server(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let rest = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
    rest.split(['/', '?', '#']).next().unwrap_or("").to_string()
}

/// A proxy URL; one without a scheme is `http://`, as curl, wget, Python's requests and
/// Go read `HTTPS_PROXY=proxy.corp:3128`.
fn proxy(value: &str) -> Result<String, String> {
    let value = value.trim();
    let value = if value.contains("://") {
        value.to_string()
    } else {
        format!("http://{value}")
    };
    let known = ["http://", "https://", "socks5://", "socks5h://"];
    if known.iter().any(|scheme| value.starts_with(scheme)) && ureq::Proxy::new(&value).is_ok() {
        Ok(value)
    } else {
        Err(format!(
            "expected a proxy URL such as http://proxy:3128 or socks5://proxy:1080, got {}",
            quoted(&mask_password(&value))
        ))
    }
}

/// `scheme://user:***@host` for `scheme://user:secret@host`, and `scheme://***@host` for
/// credentials without a password. Everything up to the last `@` counts as
/// credentials, so that a password holding `/` or `@` is hidden whole.
pub fn mask_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    match rest.rsplit_once('@') {
        Some((userinfo, host)) => format!("{scheme}://{}@{host}", masked(userinfo)),
        None => url.to_string(),
    }
}

/// `user:***` for `user:secret`, and `***` for a user name alone.
fn masked(userinfo: &str) -> String {
    match userinfo.split_once(':') {
        Some((user, _)) if !user.contains('/') => format!("{user}:***"),
        _ => "***".to_string(),
    }
}

/// `text` with the credentials of `url` masked where they stand, before an `@`, as
/// [`mask_password`] masks them in the URL; the same letters elsewhere in the text are
/// words, not credentials. The password alone is [`password`]'s to hide.
pub fn mask_credentials(text: &str, url: &str) -> String {
    match credentials(url) {
        Some(userinfo) => text.replace(&format!("{userinfo}@"), &format!("{}@", masked(userinfo))),
        None => text.to_string(),
    }
}

/// The credentials of a URL (`user:secret` in `scheme://user:secret@host`), if any; the
/// same span [`mask_password`] hides.
pub fn credentials(url: &str) -> Option<&str> {
    let (_, rest) = url.split_once("://")?;
    rest.rsplit_once('@')
        .map(|(userinfo, _)| userinfo)
        .filter(|userinfo| !userinfo.is_empty())
}

/// The password of a URL (`secret` in `scheme://user:secret@host`), if any: a secret,
/// hidden wherever it appears.
pub fn password(url: &str) -> Option<&str> {
    credentials(url)?
        .split_once(':')
        .map(|(_, password)| password)
        .filter(|password| !password.is_empty())
}

/// The host (without brackets around an IPv6 address) and port a URL connects to.
pub fn host_and_port(url: &str) -> (String, u16) {
    let default = if url.starts_with("https://") { 443 } else { 80 };
    let authority = server(url);
    match split_port(&authority) {
        (host, Some(port)) => (host.to_string(), port),
        (host, None) => (host.to_string(), default),
    }
}

/// `host` and its port, for `host`, `host:port`, `[v6]`, `[v6]:port` and a bare
/// IPv6 address.
fn split_port(text: &str) -> (&str, Option<u16>) {
    if let Some(rest) = text.strip_prefix('[') {
        let (host, after) = rest.split_once(']').unwrap_or((rest, ""));
        return (host, after.strip_prefix(':').and_then(|p| p.parse().ok()));
    }
    match text.rsplit_once(':') {
        Some((host, port)) if !host.contains(':') => match port.parse() {
            Ok(port) => (host, Some(port)),
            Err(_) => (text, None),
        },
        _ => (text, None),
    }
}

/// Whether `host:port` is excluded from proxying by a `NO_PROXY` list, as curl reads it:
/// `*`; names, which also cover their subdomains, with or without a leading `.` or
/// `*.`; IPv4 and IPv6 addresses, bracketed or not; CIDR ranges (`127.0.0.0/8`,
/// `fc00::/7`); any of these with `:port` to match that port alone. Case is ignored.
pub fn bypasses_proxy(no_proxy: &str, host: &str, port: u16) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let host_ip = host.parse::<IpAddr>().ok();
    no_proxy.split(',').map(str::trim).any(|entry| {
        let entry = entry.to_ascii_lowercase();
        if entry == "*" {
            return true;
        }
        if let Some((network, bits)) = entry.split_once('/') {
            let network = network.trim_start_matches('[').trim_end_matches(']');
            return match (host_ip, network.parse::<IpAddr>(), bits.parse::<u32>()) {
                (Some(ip), Ok(network), Ok(bits)) => in_network(ip, network, bits),
                _ => false,
            };
        }
        let (name, entry_port) = split_port(&entry);
        if entry_port.is_some_and(|p| p != port) {
            return false;
        }
        match (host_ip, name.parse::<IpAddr>()) {
            (Some(ip), Ok(listed)) => ip == listed,
            (Some(_), Err(_)) | (None, Ok(_)) => false,
            (None, Err(_)) => {
                let name = name.trim_start_matches("*.").trim_start_matches('.');
                let name = name.trim_end_matches('.');
                !name.is_empty() && (host == name || host.ends_with(&format!(".{name}")))
            }
        }
    })
}

/// Whether `ip` lies in `network`/`bits`; families never mix.
fn in_network(ip: IpAddr, network: IpAddr, bits: u32) -> bool {
    let (ip, network, width) = match (ip, network) {
        (IpAddr::V4(ip), IpAddr::V4(net)) => {
            (u128::from(u32::from(ip)), u128::from(u32::from(net)), 32)
        }
        (IpAddr::V6(ip), IpAddr::V6(net)) => (u128::from(ip), u128::from(net), 128),
        _ => return false,
    };
    if bits > width {
        return false;
    }
    // For ::/0 the shift is 128, where `checked_shr` is `None` on both sides: the whole
    // family matches, as it should.
    ip.checked_shr(width - bits) == network.checked_shr(width - bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configure_applies_known_keys_and_refuses_the_rest() {
        let base = Settings::default();
        let s = base
            .apply(
                r#"{"api_url":"http://127.0.0.1:8081/","timeout_ms":5000,"max_retry_after_s":3}"#,
            )
            .unwrap();
        assert_eq!(s.api_url, "http://127.0.0.1:8081");
        assert_eq!(s.timeout, Duration::from_secs(5));
        assert_eq!(s.max_retry_after, Duration::from_secs(3));
        assert_eq!(s.connect_timeout, base.connect_timeout);
        assert_eq!(base.apply("").unwrap(), base);
        assert_eq!(base.apply("{}").unwrap(), base);

        for (bad, parameter) in [
            (r#"{"timeout":1}"#, "options_json"),
            (r#"[1]"#, "options_json"),
            (r#"{"timeout_ms":0}"#, "timeout_ms"),
            (r#"{"timeout_ms":"soon"}"#, "timeout_ms"),
            (r#"{"timeout_ms":-1}"#, "timeout_ms"),
            (r#"{"api_url":"ftp://x"}"#, "api_url"),
            (r#"{"proxy":"gopher://x"}"#, "proxy"),
        ] {
            assert_eq!(
                base.apply(bad).unwrap_err().parameter,
                Some(parameter),
                "{bad}"
            );
        }
    }

    #[test]
    fn proxy_passwords_never_show() {
        let s = Settings::default()
            .apply(r#"{"proxy":"http://me:s3cret@proxy:3128"}"#)
            .unwrap();
        assert_eq!(s.to_json()["proxy"], "http://me:***@proxy:3128");
        let e = Settings::default()
            .apply(r#"{"proxy":"gopher://me:s3cret@proxy"}"#)
            .unwrap_err();
        assert!(!e.description.contains("s3cret"));
        let s = Settings::default().apply(r#"{"proxy":null}"#).unwrap();
        assert_eq!(s.to_json()["proxy"], Value::Null);
        let s = Settings::default()
            .apply(r#"{"proxy":"me:s3cret@proxy.corp:3128"}"#)
            .unwrap();
        assert_eq!(s.to_json()["proxy"], "http://me:***@proxy.corp:3128");

        assert_eq!(
            mask_password("http://me:pa/ss@proxy:3128"),
            "http://me:***@proxy:3128"
        );
        assert_eq!(
            mask_password("socks5://key@proxy:1080"),
            "socks5://***@proxy:1080"
        );
        assert_eq!(mask_password("http://proxy:3128/x"), "http://proxy:3128/x");
        let s = Settings::default()
            .apply(r#"{"api_url":"https://me:s3cret@bot.example:8443/api/"}"#)
            .unwrap();
        assert_eq!(
            s.to_json()["api_url"],
            "https://me:***@bot.example:8443/api"
        );
        assert_eq!(server(&s.api_url), "bot.example:8443");
        assert_eq!(credentials(&s.api_url), Some("me:s3cret"));
        assert_eq!(password(&s.api_url), Some("s3cret"));
        assert_eq!(password("http://e@h:1"), None);
    }

    #[test]
    fn credentials_are_masked_where_they_stand() {
        let said = "e@h:1 refused the connection; see http://e@h:1/x";
        assert_eq!(
            mask_credentials(said, "http://e@h:1"),
            "***@h:1 refused the connection; see http://***@h:1/x"
        );
        assert_eq!(
            mask_credentials("me:pw@h and me", "http://me:pw@h"),
            "me:***@h and me"
        );
        assert_eq!(mask_credentials("me@h", "http://h"), "me@h");
    }

    #[test]
    fn api_urls_that_cannot_work_are_refused() {
        for bad in [
            "http://h:1?x=1",
            "http://h:1/#f",
            "http:///x",
            "http://[::1",
            r"http://h:1\u0000",
            "http://h:65536",
            "http://h:0",
            "http://h:1x",
            "http://:1",
            "http://me:pa/ss@h",
        ] {
            let e = Settings::default()
                .apply(&format!(r#"{{"api_url":"{bad}"}}"#))
                .unwrap_err();
            assert_eq!(e.parameter, Some("api_url"), "{bad}");
        }
        for good in ["http://[::1]:8081", "http://localhost", "https://h:443/p/"] {
            let json = format!(r#"{{"api_url":"{good}"}}"#);
            assert!(Settings::default().apply(&json).is_ok(), "{good}");
        }
    }

    #[test]
    fn no_proxy_lists() {
        let bypasses = |list: &str, url: &str| {
            let (host, port) = host_and_port(url);
            bypasses_proxy(list, &host, port)
        };
        assert!(bypasses("localhost,127.0.0.1", "http://127.0.0.1:8081"));
        assert!(bypasses(".telegram.org", "https://api.telegram.org"));
        assert!(bypasses("telegram.org", "https://api.telegram.org"));
        assert!(bypasses("*.telegram.org", "https://api.telegram.org"));
        assert!(bypasses("*", "https://api.telegram.org"));
        assert!(!bypasses("example.org", "https://api.telegram.org"));
        assert!(!bypasses("", "https://api.telegram.org"));
        assert!(!bypasses("gram.org", "https://api.telegram.org"));
        // Case, ports, IPv6 literals and CIDR ranges.
        assert!(bypasses("API.Telegram.ORG", "https://api.telegram.org"));
        assert!(bypasses("localhost", "http://LOCALHOST:8081"));
        assert!(bypasses("api.telegram.org:443", "https://api.telegram.org"));
        assert!(!bypasses("api.telegram.org:80", "https://api.telegram.org"));
        assert!(bypasses("127.0.0.1:8081", "http://127.0.0.1:8081"));
        assert!(!bypasses("127.0.0.1:8082", "http://127.0.0.1:8081"));
        assert!(bypasses("::1", "http://[::1]:8081"));
        assert!(bypasses("[::1]", "http://[::1]"));
        assert!(bypasses("[::1]:8081", "http://[::1]:8081"));
        assert!(bypasses("0:0::1", "http://[::1]:8081"));
        assert!(!bypasses("::2", "http://[::1]:8081"));
        assert!(bypasses("127.0.0.0/8", "http://127.1.2.3:1"));
        assert!(!bypasses("127.0.0.0/8", "http://128.0.0.1:1"));
        assert!(bypasses("10.0.0.0/8,fc00::/7", "http://[fd00::5]:1"));
        assert!(bypasses("0.0.0.0/0", "http://8.8.8.8"));
        assert!(!bypasses("::/0", "http://8.8.8.8"));
        assert!(!bypasses("127.0.0.0/33", "http://127.0.0.1"));
        assert!(!bypasses("127.0.0.0/8", "http://localhost"));
    }

    #[test]
    fn telegrams_own_servers_hand_out_files_up_to_20_mb_a_local_one_2000() {
        let at = |url: &str| Settings {
            api_url: url.into(),
            ..Settings::default()
        };
        assert_eq!(Settings::default().file_limit(), 20 << 20);
        assert_eq!(at("https://API.telegram.org:443").file_limit(), 20 << 20);
        for local in [
            "http://127.0.0.1:8081",
            "https://bots.example.com",
            "http://[::1]:1",
        ] {
            assert_eq!(at(local).file_limit(), 2000 << 20, "{local}");
        }
    }
}
