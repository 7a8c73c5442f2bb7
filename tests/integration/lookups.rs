//! Name lookups that answer late or never. A resolver put in front of the C library's
//! with LD_PRELOAD (tests/c/slow_lookup.c) holds back the names under `slow.test`, so
//! each test runs in a process of its own: the lookups of a name are shared among the
//! calls waiting for it and their threads are bounded, a late answer serves the next
//! call, and `connect_timeout_ms` bounds the lookup and the race together.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicI32, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use crate::c_hosts::{C_FLAGS, compile};
use crate::common::*;
use crate::network_faults::{assert_no_connection_within, stand_in_behind_a_silent_ipv6};

fn slow_resolver() -> &'static Path {
    static SHIM: OnceLock<PathBuf> = OnceLock::new();
    SHIM.get_or_init(|| {
        let link = ["-shared", "-fPIC", "-ldl"].map(String::from);
        compile(
            "gcc",
            C_FLAGS,
            &["tests/c/slow_lookup.c"],
            &link,
            "slow_lookup.so",
        )
    })
}

/// Runs the `#[ignore]`d test `lookups::<child>` with the slow resolver in place.
fn with_slow_resolver(child: &str) {
    let shim = slow_resolver().to_str().expect("a UTF-8 path").to_string();
    in_child(&format!("lookups::{child}"), &[("LD_PRELOAD", &shim)]);
}

/// How many lookups of `slow.test` names the slow resolver has seen start.
fn slow_lookups() -> i32 {
    // SAFETY: dlsym with a NUL-terminated name; the symbol, when found, is the shim's
    // `int`, only ever changed atomically.
    unsafe {
        let counter = libc::dlsym(libc::RTLD_DEFAULT, c"slow_lookups".as_ptr());
        assert!(!counter.is_null(), "the slow resolver is not in place");
        (*counter.cast::<AtomicI32>()).load(Ordering::SeqCst)
    }
}

fn threads() -> usize {
    std::fs::read_dir("/proc/self/task").unwrap().count()
}

#[test]
fn lookups_that_never_answer_leave_a_bounded_number_of_threads() {
    with_slow_resolver("never_answered_child");
}

#[test]
#[ignore = "runs in a child process with the slow resolver"]
fn never_answered_child() {
    let f = Fixture::with(r#"{"timeout_ms":150}"#);
    let port = f.server.port();
    let before = threads();

    // Thirty calls to one name whose lookup never ends: they wait for the same lookup,
    // or for one of at most four.
    configure(&format!(r#"{{"api_url":"http://never.slow.test:{port}"}}"#));
    for _ in 0..30 {
        let started = Instant::now();
        let result = create("@c", "", "", 0);
        assert_eq!(kind(&result), "timeout", "{result}");
        assert!(started.elapsed() < Duration::from_secs(1));
    }
    let (lookups, grown) = (slow_lookups(), threads() - before);
    assert!((1..=4).contains(&lookups), "{lookups} lookups");
    assert!(grown <= 4, "{grown} threads more");

    // Twenty names whose lookups never end: no more than sixteen lookups run; a call
    // that finds no room waits for some and ends as a timeout.
    for name in 0..20 {
        configure(&format!(
            r#"{{"api_url":"http://never.{name}.slow.test:{port}"}}"#
        ));
        let started = Instant::now();
        let result = create("@c", "", "", 0);
        assert_eq!(kind(&result), "timeout", "{result}");
        assert!(started.elapsed() < Duration::from_secs(1));
    }
    let (lookups, grown) = (slow_lookups(), threads() - before);
    assert!(lookups <= 16, "{lookups} lookups");
    assert!(grown <= 16, "{grown} threads more");
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn calls_waiting_for_one_name_share_its_lookup() {
    with_slow_resolver("shared_child");
}

#[test]
#[ignore = "runs in a child process with the slow resolver"]
fn shared_child() {
    let f = Fixture::new();
    let port = f.server.port();
    configure(&format!(r#"{{"api_url":"http://1000.slow.test:{port}"}}"#));
    let calls: Vec<_> = (0..24)
        .map(|_| thread::spawn(|| create("@c", "", "", 0)))
        .collect();
    for call in calls {
        let result = call.join().unwrap();
        assert_eq!(result["ok"], true, "{result}");
    }
    assert_eq!(slow_lookups(), 1);
    assert_eq!(f.server.request_count(), 24);
}

#[test]
fn a_lookup_that_answers_late_serves_the_next_call() {
    with_slow_resolver("late_answer_child");
}

#[test]
#[ignore = "runs in a child process with the slow resolver"]
fn late_answer_child() {
    // The name takes 0.8 s and a call may take 0.5 s: the first call gives up, and the
    // answer it leaves behind is the next call's.
    let f = Fixture::with(r#"{"timeout_ms":500}"#);
    let port = f.server.port();
    configure(&format!(r#"{{"api_url":"http://800.slow.test:{port}"}}"#));
    let result = create("@c", "", "", 0);
    assert_eq!(kind(&result), "timeout", "{result}");
    for _ in 0..3 {
        let result = create("@c", "", "", 0);
        assert_eq!(result["ok"], true, "{result}");
    }
    assert_eq!(slow_lookups(), 1);
    assert_eq!(f.server.request_count(), 3);
}

#[test]
fn connect_timeout_ms_bounds_the_lookup_and_the_race_together() {
    with_slow_resolver("connect_timeout_child");
}

#[test]
#[ignore = "runs in a child process with the slow resolver"]
fn connect_timeout_child() {
    // A lookup that takes 3 s, with connect_timeout_ms 500 and timeout_ms 10 s.
    let f = Fixture::with(r#"{"connect_timeout_ms":500}"#);
    let port = f.server.port();
    configure(&format!(r#"{{"api_url":"http://3000.slow.test:{port}"}}"#));
    let started = Instant::now();
    let result = create("@c", "", "", 0);
    let took = started.elapsed();
    assert_eq!(kind(&result), "timeout", "{result}");
    assert!(
        took >= Duration::from_millis(450) && took < Duration::from_millis(1200),
        "{took:?}"
    );
    drop(f);

    // A lookup of 0.6 s, then an address that goes nowhere, with connect_timeout_ms 1000:
    // the race has what the lookup left.
    let (f, _silent) = stand_in_behind_a_silent_ipv6(r#"{"connect_timeout_ms":1000}"#);
    assert_no_connection_within(&f, "600.slow6.test", 1000, Duration::from_millis(1450));

    // The same for a proxy's name and address: the way to the proxy is one budget.
    let port = f.server.port();
    configure(&format!(
        r#"{{"api_url":"{}","proxy":"http://600.slow6.test:{port}"}}"#,
        f.server.url()
    ));
    let started = Instant::now();
    let result = create("@c", "", "", 0);
    let took = started.elapsed();
    assert_eq!(kind(&result), "timeout", "{result}");
    assert_eq!(result["opi_error"]["hop"], "proxy", "{result}");
    assert!(
        took >= Duration::from_millis(950) && took < Duration::from_millis(1450),
        "{took:?}"
    );
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn a_lookup_out_of_time_says_so_and_that_nothing_was_sent() {
    with_slow_resolver("unresolved_child");
}

#[test]
#[ignore = "runs in a child process with the slow resolver"]
fn unresolved_child() {
    // A lookup that takes 3 s, cut off by whichever budget runs out first.
    for (settings, within) in [
        (
            r#"{"connect_timeout_ms":500}"#,
            "connect_timeout_ms (500 ms)",
        ),
        (r#"{"timeout_ms":400}"#, "timeout_ms (400 ms)"),
    ] {
        let f = Fixture::with(settings);
        let port = f.server.port();
        configure(&format!(r#"{{"api_url":"http://3000.slow.test:{port}"}}"#));
        let result = create("@c", "", "", 0);
        assert_eq!(kind(&result), "timeout", "{result}");
        assert_eq!(
            result["description"],
            format!("could not resolve 3000.slow.test within {within}; nothing was sent"),
        );
    }
}

#[test]
fn a_forked_child_does_not_wait_for_its_parents_lookups() {
    with_slow_resolver("fork_child");
}

#[test]
#[ignore = "runs in a child process with the slow resolver"]
fn fork_child() {
    // Sixteen lookups that never end fill the room for lookups in this process...
    let f = Fixture::with(r#"{"timeout_ms":300}"#);
    let port = f.server.port();
    for name in 0..16 {
        configure(&format!(
            r#"{{"api_url":"http://never.{name}.slow.test:{port}"}}"#
        ));
        assert_eq!(kind(&create("@c", "", "", 0)), "timeout");
    }
    configure(&format!(r#"{{"api_url":"http://100.slow.test:{port}"}}"#));
    let result = create("@c", "", "", 0);
    assert_eq!(
        kind(&result),
        "timeout",
        "no room for a seventeenth: {result}"
    );

    // ...but their threads stay in the parent: a child's lookup has all the room.
    // SAFETY: the child only calls libopi, which is made to be called after fork(), and
    // ends with _exit.
    let child = unsafe { libc::fork() };
    assert!(child >= 0, "fork");
    if child == 0 {
        let answered = std::panic::catch_unwind(|| create("@c", "", "", 0)["ok"] == true);
        // SAFETY: ends the child without running the parent's exit handlers.
        unsafe { libc::_exit(if answered.unwrap_or(false) { 0 } else { 1 }) };
    }
    let mut status = 0;
    // SAFETY: waits for the child just made.
    assert_eq!(unsafe { libc::waitpid(child, &mut status, 0) }, child);
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "the child's call failed: {status:#x}"
    );
    assert_eq!(f.server.request_count(), 1);
}
