//! Load: 16 threads x 2000 calls through the C ABI against a stand-in that fails at
//! random. Every result is JSON of the kind its fault calls for, and memory stays flat.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;

use crate::common::*;

const THREADS: usize = 16;
const CALLS: usize = 2000;

/// Chats that make the stand-in answer or fail, with the kind each must give.
const CHATS: &[(&str, &str)] = &[
    ("@ok", ""),
    ("@ok", ""),
    ("@ok", ""),
    ("@no_such_chat", ""),
    ("@flood", ""),
    ("@bad_gateway", "bad_response"),
    ("@not_json", "bad_response"),
    ("@hang_up", "connection"),
    ("", "invalid_argument"),
];

/// Resident memory of this process in KiB.
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// A small deterministic generator, so a failing run can be replayed.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// Resident memory is the whole process's, so the load runs in a process of its own:
/// the tests that run beside it in this binary would otherwise count as its growth.
#[test]
fn sixteen_threads_of_random_faults_leave_every_result_right_and_memory_flat() {
    let stdout = in_child("load::sixteen_threads_child", &[]);
    print!("{stdout}");
}

#[test]
#[ignore = "runs in a child process of its own"]
fn sixteen_threads_child() {
    let f = Fixture::new();
    f.server.forget_requests();
    let done = Arc::new(AtomicUsize::new(0));
    let (sendable, hang_ups) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let baseline = Arc::new(std::sync::Mutex::new(None));
    let start = Arc::new(Barrier::new(THREADS));
    let workers: Vec<_> = (0..THREADS)
        .map(|t| {
            let (done, baseline, start) = (done.clone(), baseline.clone(), start.clone());
            let (sendable, hang_ups) = (sendable.clone(), hang_ups.clone());
            thread::spawn(move || {
                let mut state = 0x9E37_79B9_7F4A_7C15 ^ (t as u64 + 1);
                start.wait();
                for _ in 0..CALLS {
                    let (chat, expected) = CHATS[next(&mut state) as usize % CHATS.len()];
                    let result = create(chat, "load", "", 0);
                    if expected != "invalid_argument" {
                        sendable.fetch_add(1, Ordering::SeqCst);
                    }
                    if chat == "@hang_up" {
                        hang_ups.fetch_add(1, Ordering::SeqCst);
                    }
                    assert_eq!(kind(&result), expected, "{chat}: {result}");
                    if expected.is_empty() {
                        let ok = chat == "@ok";
                        assert_eq!(result["ok"], ok, "{chat}: {result}");
                    }
                    if done.fetch_add(1, Ordering::SeqCst) + 1 == 1000 {
                        *baseline.lock().unwrap() = Some(rss_kib());
                    }
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("no worker panicked");
    }
    let after_1000 = baseline.lock().unwrap().expect("1000 calls were made");
    let after_all = rss_kib();
    println!(
        "resident memory: {after_1000} KiB after 1000 calls, {after_all} KiB after {} calls",
        THREADS * CALLS
    );
    assert!(
        after_all < after_1000 + 8 * 1024,
        "memory grew from {after_1000} KiB to {after_all} KiB"
    );
    // Invalid input was never sent; everything else was sent exactly once, hang-ups on
    // pooled connections included: they may have reached the server.
    let (sent, sendable) = (f.server.request_count(), sendable.load(Ordering::SeqCst));
    assert_eq!(
        sent,
        sendable,
        "{sent} requests for {sendable} sendable calls ({} hang-ups)",
        hang_ups.load(Ordering::SeqCst)
    );
}
