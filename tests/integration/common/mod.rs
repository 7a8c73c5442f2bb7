//! What the integration tests share: a host's view of the C API, and a stand-in per test.

pub mod programs;
pub mod scripted;
pub mod signals;

use std::ffi::{CStr, CString, c_char};
use std::sync::{Mutex, MutexGuard};

use opi::{opi_configure, opi_free, opi_telegram_call, opi_telegram_create_invitation_link};
use opi_standin::{StandIn, TOKEN};
use serde_json::Value;

/// An argument as a C host passes it: a string, NULL, or raw bytes that need not be UTF-8.
pub enum Arg<'a> {
    Null,
    Text(&'a str),
    Bytes(&'a [u8]),
}

impl Arg<'_> {
    fn to_c(&self) -> Option<CString> {
        match self {
            Arg::Null => None,
            Arg::Text(s) => Some(CString::new(*s).expect("test text has no NUL")),
            Arg::Bytes(b) => Some(CString::new(*b).expect("test bytes have no NUL")),
        }
    }
}

fn ptr(c: &Option<CString>) -> *const c_char {
    c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr())
}

/// Takes ownership of a result, copies it out, and releases it with `opi_free`.
pub fn take(result: *mut c_char) -> String {
    assert!(!result.is_null(), "an opi_ function returned NULL");
    // SAFETY: opi_ functions return NUL-terminated strings owned by the caller.
    let text = unsafe { CStr::from_ptr(result) }
        .to_str()
        .expect("results are UTF-8")
        .to_owned();
    unsafe { opi_free(result) };
    assert!(
        !text.contains(TOKEN),
        "the token leaked into a result: {text}"
    );
    text
}

/// `opi_telegram_create_invitation_link` with every argument as a host might pass it.
pub fn create_raw(token: Arg, chat: Arg, title: Arg, expire: Arg, limit: i32) -> String {
    let (token, chat, title, expire) = (token.to_c(), chat.to_c(), title.to_c(), expire.to_c());
    // SAFETY: every pointer is NULL or a live C string.
    take(unsafe {
        opi_telegram_create_invitation_link(
            ptr(&token),
            ptr(&chat),
            ptr(&title),
            ptr(&expire),
            limit,
        )
    })
}

/// The usual call: the stand-in's token, strings for the rest ("" for not given).
pub fn create(chat: &str, title: &str, expire: &str, limit: i32) -> Value {
    parse(&create_raw(
        Arg::Text(TOKEN),
        Arg::Text(chat),
        Arg::Text(title),
        Arg::Text(expire),
        limit,
    ))
}

/// `opi_telegram_call` with the stand-in's token.
pub fn call(method: &str, params_json: &str) -> Value {
    let (token, method, params) = (
        CString::new(TOKEN).unwrap(),
        CString::new(method).unwrap(),
        CString::new(params_json).unwrap(),
    );
    // SAFETY: live C strings.
    parse(&take(unsafe {
        opi_telegram_call(token.as_ptr(), method.as_ptr(), params.as_ptr())
    }))
}

pub fn configure(options: &str) -> Value {
    let c = CString::new(options).unwrap();
    // SAFETY: a live C string.
    parse(&take(unsafe { opi_configure(c.as_ptr()) }))
}

pub fn parse(json: &str) -> Value {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("not JSON ({e}): {json}"))
}

/// The `opi_error.kind` of a result, or "" when Telegram answered.
pub fn kind(result: &Value) -> &str {
    result["opi_error"]["kind"].as_str().unwrap_or("")
}

/// Asserts an `invalid_argument` result naming `parameter`.
pub fn assert_invalid(result: &Value, parameter: &str) {
    assert_eq!(result["ok"], false, "{result}");
    assert_eq!(kind(result), "invalid_argument", "{result}");
    assert_eq!(result["opi_error"]["parameter"], parameter, "{result}");
    assert!(
        result["description"]
            .as_str()
            .unwrap()
            .starts_with(parameter),
        "{result}"
    );
}

/// Runs `child`, an `#[ignore]`d test of this binary named by its path (such as
/// `tls::untrusted_child`), in a process of its own with `env` added (and the machine's settings, proxy and trust-store variables removed): for what a
/// process reads from its environment once, such as `TZ`, `SSL_CERT_FILE` or the
/// library's settings. Asserts that it passed and that the token is on neither of its
/// output streams; returns its stdout.
pub fn in_child(child: &str, env: &[(&str, &str)]) -> String {
    let mut command = std::process::Command::new(std::env::current_exe().unwrap());
    let output = programs::without_outside_settings(&mut command)
        .args(["--exact", child, "--ignored", "--nocapture"])
        .env_remove("SSL_CERT_FILE")
        .env_remove("SSL_CERT_DIR")
        .envs(env.iter().copied())
        .output()
        .expect("the test binary runs again");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    );
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "{child} with {env:?}:\n{stdout}\n{stderr}"
    );
    assert!(
        !stdout.contains(TOKEN) && !stderr.contains(TOKEN),
        "the token leaked"
    );
    stdout
}

/// Settings live in the process, so tests that change them take turns.
static SETTINGS: Mutex<()> = Mutex::new(());

/// A fresh stand-in, with the library pointed at it, for the length of one test.
pub struct Fixture {
    pub server: StandIn,
    _turn: MutexGuard<'static, ()>,
}

impl Fixture {
    pub fn new() -> Fixture {
        Fixture::with(r#"{}"#)
    }

    /// A stand-in, with `extra` settings applied over the test defaults.
    pub fn with(extra: &str) -> Fixture {
        let turn = SETTINGS.lock().unwrap_or_else(|e| e.into_inner());
        let server = StandIn::start();
        let reset = configure(&format!(
            r#"{{"api_url":"{}","timeout_ms":10000,"connect_timeout_ms":5000,"proxy":null,"max_retry_after_s":0}}"#,
            server.url()
        ));
        assert_eq!(reset["ok"], true, "{reset}");
        let applied = configure(extra);
        assert_eq!(applied["ok"], true, "{applied}");
        Fixture {
            server,
            _turn: turn,
        }
    }

    /// The bodies of the requests the stand-in received, as JSON.
    pub fn bodies(&self) -> Vec<Value> {
        self.server.requests().iter().map(|r| r.json()).collect()
    }
}
