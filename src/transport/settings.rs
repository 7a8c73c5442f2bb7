//! Settings: defaults, then the environment, then `opi_configure`.

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

impl Settings {
    /// Defaults overridden by the environment. A variable that is set but malformed is an
    /// error rather than silently ignored: the host asked for something it will not get.
    pub fn from_env() -> Result<Settings, Error> {
        let mut settings = Settings::default();
        for key in KEYS {
            let found = key
                .env
                .iter()
                .find_map(|name| std::env::var(name).ok().map(|v| (*name, v)));
            if let Some((name, value)) = found {
                (key.set)(&mut settings, &Value::String(value))
                    .map_err(|why| Error::invalid(name, why))?;
            }
        }
        settings.no_proxy = ["NO_PROXY", "no_proxy"]
            .iter()
            .find_map(|name| std::env::var(name).ok());
        Ok(settings)
    }

    /// These settings with the keys of an `opi_configure` JSON object applied.
    pub fn apply(&self, options_json: &str) -> Result<Settings, Error> {
        let options: Map<String, Value> = match serde_json::from_str(options_json.trim()) {
            Ok(Value::Object(map)) => map,
            _ if options_json.trim().is_empty() => Map::new(),
            _ => {
                return Err(Error::invalid(
                    "options_json",
                    format!(
                        "expected a JSON object such as {{\"timeout_ms\":5000}}, got {}",
                        quoted(options_json)
                    ),
                ));
            }
        };
        let mut settings = self.clone();
        for (name, value) in &options {
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

    /// The settings as `opi_configure` reports them; a proxy password is masked.
    pub fn to_json(&self) -> Value {
        let mut map = Map::new();
        map.insert("api_url".into(), self.api_url.clone().into());
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
/// so that paths join cleanly.
fn api_url(value: &str) -> Result<String, String> {
    let trimmed = value.trim().trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => {
            Ok(trimmed.to_string())
        }
        _ => Err(format!(
            "expected an http:// or https:// URL such as https://api.telegram.org, got {}",
            quoted(value)
        )),
    }
}

fn proxy(value: &str) -> Result<String, String> {
    let value = value.trim();
    let known = ["http://", "https://", "socks5://", "socks5h://"];
    if known.iter().any(|scheme| value.starts_with(scheme)) && ureq::Proxy::new(value).is_ok() {
        Ok(value.to_string())
    } else {
        Err(format!(
            "expected a proxy URL such as http://proxy:3128 or socks5://proxy:1080, got {}",
            quoted(&mask_password(value))
        ))
    }
}

/// `scheme://user:***@host` for `scheme://user:secret@host`.
fn mask_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    match rest[..authority_end].rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***@{host}{}", &rest[authority_end..]),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

/// Whether `host` is excluded from proxying by a `NO_PROXY` list: `*`, exact names, and
/// domain suffixes with or without a leading dot, as curl reads it.
pub fn bypasses_proxy(no_proxy: &str, host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    no_proxy.split(',').map(str::trim).any(|entry| {
        let entry = entry.trim_start_matches("*.").trim_start_matches('.');
        let entry = entry.to_ascii_lowercase();
        entry == "*"
            || (!entry.is_empty() && (host == entry || host.ends_with(&format!(".{entry}"))))
    })
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
    }

    #[test]
    fn no_proxy_lists() {
        assert!(bypasses_proxy("localhost,127.0.0.1", "127.0.0.1"));
        assert!(bypasses_proxy(".telegram.org", "api.telegram.org"));
        assert!(bypasses_proxy("telegram.org", "api.telegram.org"));
        assert!(bypasses_proxy("*", "api.telegram.org"));
        assert!(!bypasses_proxy("example.org", "api.telegram.org"));
        assert!(!bypasses_proxy("", "api.telegram.org"));
        assert!(!bypasses_proxy("gram.org", "api.telegram.org"));
    }
}
