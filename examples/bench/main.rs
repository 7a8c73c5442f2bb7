//! How much does a call through libopi cost, against the least any client could spend?
//!
//!     cargo run --release --example bench [-- --json FILE] [--quick]
//!
//! Everything runs on 127.0.0.1 in one run, so each figure has its baseline beside it:
//! libopi's C function against a minimal hand-rolled HTTP/1.1 client (the floor) sending
//! the same bytes to the same stand-in. The stand-in runs in a child process, so its CPU
//! is measured apart from the client's.

mod commands;
mod floor;
mod procfs;
mod serve;
mod stats;

use std::alloc::{GlobalAlloc, Layout, System};
use std::ffi::{CStr, CString};
use std::net::SocketAddr;
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use opi::{
    opi_configure, opi_free, opi_telegram_create_invitation_link, opi_telegram_send_text_message,
};
use serde_json::{Value, json};

use floor::Floor;
use serve::Server;
use stats::{Latency, interleaved, latency};

/// Counts heap allocations, so the cost of a call can be read in allocations as well.
struct Counting;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

// SAFETY: forwards to the system allocator unchanged; the counter has no effect on it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The spec page's example call, as C strings made once.
struct Call {
    token: CString,
    chat: CString,
    title: CString,
    expire: CString,
}

impl Call {
    fn new() -> Call {
        Call {
            token: CString::new(opi_standin::TOKEN).unwrap(),
            chat: CString::new("@testsichee").unwrap(),
            title: CString::new("Link 01.05.2025 15:46:10").unwrap(),
            expire: CString::new("2025-05-02T15:46:10").unwrap(),
        }
    }

    /// One call through the C ABI, as a host makes it: call, read, free.
    fn run(&self) {
        // SAFETY: live C strings in; the result is read once and freed once.
        unsafe {
            settle(opi_telegram_create_invitation_link(
                self.token.as_ptr(),
                self.chat.as_ptr(),
                self.title.as_ptr(),
                self.expire.as_ptr(),
                200,
            ));
        }
    }

    /// SendTextMessage's page example through the C ABI: call, read, free.
    fn send_message(&self) {
        // SAFETY: live C strings in, NULL for the optional ones; the result is read once
        // and freed once.
        unsafe {
            settle(opi_telegram_send_text_message(
                self.token.as_ptr(),
                c"461699897".as_ptr(),
                c"String value".as_ptr(),
                std::ptr::null(),
                std::ptr::null(),
                0,
            ));
        }
    }
}

/// Reads a result, which must say `"ok":true`, and frees it, as a host does.
///
/// # Safety
/// `result` is a result of an `opi_` function, not yet freed.
unsafe fn settle(result: *mut std::ffi::c_char) {
    // SAFETY: a live result, by the contract; read once, then freed once.
    unsafe {
        let ok = CStr::from_ptr(result)
            .to_bytes()
            .starts_with(b"{\"ok\":true");
        if !ok {
            panic!("call failed: {}", CStr::from_ptr(result).to_string_lossy());
        }
        opi_free(result);
    }
}

/// The `--fork-cost` child: one call, then `forks` of each kind, interleaved; prints
/// both latencies as JSON.
pub fn fork_cost(url: &str, forks: usize) {
    point_at(url);
    Call::new().run();
    let (fork, raw) = interleaved(forks, || fork_and_reap(false), || fork_and_reap(true));
    let lat = |l: &Latency| json!({"median_us": l.median_us, "p99_us": l.p99_us});
    println!("{}", json!({"fork": lat(&fork), "raw": lat(&raw)}));
}

/// Forks a child that exits at once and waits for it; `raw` makes the fork system call
/// itself, so that no fork handler runs.
fn fork_and_reap(raw: bool) {
    // SAFETY: the child calls nothing but _exit, which is all that a child of a raw fork
    // may do; the parent reaps it.
    unsafe {
        let pid = if raw {
            libc::syscall(libc::SYS_clone, libc::SIGCHLD, 0, 0, 0, 0) as libc::pid_t
        } else {
            libc::fork()
        };
        assert!(pid >= 0, "fork failed");
        if pid == 0 {
            libc::_exit(0);
        }
        let mut status = 0;
        libc::waitpid(pid, &mut status, 0);
    }
}

fn configure(options: &str) {
    let c = CString::new(options).unwrap();
    // SAFETY: a live C string in, the result freed once.
    unsafe {
        let result = opi_configure(c.as_ptr());
        let text = CStr::from_ptr(result).to_string_lossy().into_owned();
        opi_free(result);
        assert!(text.starts_with("{\"ok\":true"), "{text}");
    }
}

fn point_at(url: &str) {
    configure(&format!(r#"{{"api_url":"{url}","timeout_ms":30000}}"#));
}

/// The exact bytes libopi sends for the example call, captured from an in-process
/// stand-in, so the floor sends the same request.
fn captured_request(to: SocketAddr) -> Vec<u8> {
    captured(to, || Call::new().run())
}

/// The bytes `call` sends, addressed to `to`.
fn captured(to: SocketAddr, call: impl Fn()) -> Vec<u8> {
    let recorder = opi_standin::StandIn::start();
    point_at(&recorder.url());
    call();
    let r = recorder.requests().pop().expect("the call was recorded");
    let mut bytes = format!("{} {} HTTP/1.1\r\n", r.method, r.path);
    for (name, value) in &r.headers {
        let value = if name.eq_ignore_ascii_case("host") {
            to.to_string()
        } else {
            value.clone()
        };
        bytes.push_str(&format!("{name}: {value}\r\n"));
    }
    bytes.push_str("\r\n");
    let mut bytes = bytes.into_bytes();
    bytes.extend_from_slice(&r.body);
    bytes
}

/// Calls per second from `threads` threads calling at once for `for_how_long`, and the
/// server's CPU use meanwhile (in cores).
fn throughput(
    threads: usize,
    for_how_long: Duration,
    server: &Server,
    make: impl Fn() -> Box<dyn FnMut() + Send>,
) -> (f64, f64) {
    let stop = Arc::new(AtomicBool::new(false));
    let start = Arc::new(Barrier::new(threads + 1));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (stop, start) = (stop.clone(), start.clone());
            let mut call = make();
            std::thread::spawn(move || {
                start.wait();
                let mut calls = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    call();
                    calls += 1;
                }
                calls
            })
        })
        .collect();
    start.wait();
    let (began, server_cpu) = (Instant::now(), server.cpu_seconds());
    std::thread::sleep(for_how_long);
    stop.store(true, Ordering::Relaxed);
    let calls: u64 = workers.into_iter().map(|w| w.join().unwrap()).sum();
    let elapsed = began.elapsed().as_secs_f64();
    (
        calls as f64 / elapsed,
        (server.cpu_seconds() - server_cpu) / elapsed,
    )
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if serve::child_mode(&args) {
        return;
    }
    let quick = args.iter().any(|a| a == "--quick");
    let json_out = args
        .iter()
        .position(|a| a == "--json")
        .and_then(|i| args.get(i + 1).cloned());
    let n = if quick { 1000 } else { 5000 };

    // The TLS stand-in writes its CA here; the trust store is read at the first
    // handshake, so the variable must be in place before any thread starts.
    let ca_dir = std::env::temp_dir().join(format!("opi-bench-{}", std::process::id()));
    std::fs::create_dir_all(&ca_dir).unwrap();
    let ca_file = ca_dir.join("ca.pem");
    // SAFETY: no other thread exists yet.
    unsafe { std::env::set_var("SSL_CERT_FILE", &ca_file) };

    let mut report = serde_json::Map::new();
    let machine = procfs::machine();
    println!("libopi {} benchmark on {machine}", opi::version());
    report.insert("machine".into(), machine.clone().into());

    // 1. Latency with keep-alive, against the floor.
    let keep = Server::start(&[]);
    let request = captured_request(keep.addr());
    let call = Call::new();
    point_at(&keep.url);
    let mut floor = Floor::new(keep.addr(), request.clone(), true);
    for _ in 0..500 {
        call.run();
        floor.call();
    }
    let cpu_before = (
        keep.cpu_seconds(),
        procfs::own_cpu_seconds(),
        Instant::now(),
    );
    let (lib_ka, floor_ka) = interleaved(
        n,
        || call.run(),
        || {
            floor.call();
        },
    );
    let wall = cpu_before.2.elapsed().as_secs_f64();
    let server_share = (keep.cpu_seconds() - cpu_before.0) / wall;
    let client_share = (procfs::own_cpu_seconds() - cpu_before.1) / wall;

    // 2. A new connection for every call, as OPI makes them.
    let closing = Server::start(&["--close"]);
    point_at(&closing.url);
    let mut floor_new = Floor::new(closing.addr(), captured_request(closing.addr()), false);
    point_at(&closing.url);
    let (lib_new, floor_newconn) = interleaved(
        n / 2,
        || call.run(),
        || {
            floor_new.call();
        },
    );

    // 3. Throughput from 1, 2, 4 and 8 threads.
    point_at(&keep.url);
    let span = Duration::from_millis(if quick { 500 } else { 2000 });
    let mut scaling = Vec::new();
    for threads in [1, 2, 4, 8] {
        let (lib_rate, lib_server) = throughput(threads, span, &keep, || {
            let call = Call::new();
            Box::new(move || call.run())
        });
        let addr = keep.addr();
        let request = request.clone();
        let (floor_rate, _) = throughput(threads, span, &keep, move || {
            let mut floor = Floor::new(addr, request.clone(), true);
            Box::new(move || {
                floor.call();
            })
        });
        scaling.push((threads, lib_rate, floor_rate, lib_server));
    }

    // 4. TLS: the first call (trust store, handshake) and the steady state, then a new
    // connection (and handshake) for every call.
    let tls = Server::start(&["--tls", ca_file.to_str().unwrap()]);
    point_at(&tls.url);
    let started = Instant::now();
    call.run();
    let tls_first_us = started.elapsed().as_secs_f64() * 1e6;
    let tls_ka = latency(n / 2, || call.run());
    let tls_closing = Server::start(&["--tls", ca_file.to_str().unwrap(), "--close"]);
    point_at(&tls_closing.url);
    let tls_new = latency(n / 10, || call.run());

    // 5. Cold start: a process that loads libopi.so and makes one call, against the
    // same process that exits at once.
    let library = std::env::current_exe()
        .unwrap()
        .parent()
        .and_then(|examples| examples.parent())
        .map(|dir| dir.join("libopi.so"))
        .filter(|p| p.exists());
    let cold = library.as_ref().map(|library| {
        let exe = std::env::current_exe().unwrap();
        let runs = if quick { 5 } else { 20 };
        let time = |args: &[&str]| {
            let mut samples = Vec::new();
            for _ in 0..runs {
                let started = Instant::now();
                let status = Command::new(&exe).args(args).status().unwrap();
                assert!(status.success(), "{args:?}");
                samples.push(started.elapsed());
            }
            stats::summarize(samples).median_us
        };
        let noop = time(&["--cold-noop"]);
        let first = time(&["--cold", &keep.url, library.to_str().unwrap()]);
        (noop, first)
    });

    // 6. Fork safety. libopi's fork handlers add nothing to a call; what they cost is
    // paid at each fork() of the host. A child of this benchmark, small and single-
    // threaded like a pre-forking server, makes a call (so its client is live) and then
    // times fork() against a raw fork system call, which runs no handler at all, glibc's
    // or libopi's. The alternative, a process-id check on every call, would cost a
    // getpid() system call per call, timed here against the keep-alive call.
    let fork = {
        let out = Command::new(std::env::current_exe().unwrap())
            .args(["--fork-cost", &keep.url, if quick { "200" } else { "1000" }])
            .output()
            .unwrap();
        assert!(out.status.success(), "the fork-cost child failed");
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let figure = |side: &str, f: &str| fork[side][f].as_f64().unwrap();
    let (fork_handled, fork_raw) = (
        Latency {
            median_us: figure("fork", "median_us"),
            p99_us: figure("fork", "p99_us"),
            calls: 0,
        },
        Latency {
            median_us: figure("raw", "median_us"),
            p99_us: figure("raw", "p99_us"),
            calls: 0,
        },
    );
    let getpid_ns = {
        let runs = 1_000_000;
        let started = Instant::now();
        for _ in 0..runs {
            // SAFETY: getpid has no preconditions.
            std::hint::black_box(unsafe { libc::getpid() });
        }
        started.elapsed().as_secs_f64() * 1e9 / runs as f64
    };

    // 7. Memory over 100 000 calls, and allocations per call.
    point_at(&keep.url);
    let rss_before = procfs::status_kib("VmRSS");
    let total = if quick { 20_000 } else { 100_000 };
    for _ in 0..total {
        call.run();
    }
    let peak = procfs::status_kib("VmHWM");
    let rss_after = procfs::status_kib("VmRSS");
    let count = |f: &mut dyn FnMut()| {
        let before = ALLOCATIONS.load(Ordering::Relaxed);
        for _ in 0..1000 {
            f();
        }
        (ALLOCATIONS.load(Ordering::Relaxed) - before) as f64 / 1000.0
    };
    let lib_allocs = count(&mut || call.run());
    let floor_allocs = count(&mut || {
        floor.call();
    });
    let stripped = library.as_ref().and_then(|l| procfs::stripped_size(l));
    let dist_sizes =
        procfs::dist_sizes(&std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));

    // 8. sendMessage, a message rather than a link: the C function against the floor
    // sending the same bytes, keep-alive.
    let message_request = captured(keep.addr(), || Call::new().send_message());
    point_at(&keep.url);
    let mut message_floor = Floor::new(keep.addr(), message_request, true);
    let (lib_message, floor_message) = interleaved(
        n,
        || call.send_message(),
        || {
            message_floor.call();
        },
    );

    // 9. Whole commands: oint against curl, a new process each, the same request.
    let oint = commands::oint();
    let whole_message = oint.as_ref().filter(|_| commands::have_curl()).map(|oint| {
        let runs = if quick { 5 } else { 20 };
        let url = format!("{}/bot{}/sendMessage", keep.url, opi_standin::TOKEN);
        commands::pair(
            runs,
            &mut || {
                let mut c = Command::new(oint);
                c.args(["telegram", "SendTextMessage", "--chat", "461699897"])
                    .args(["--text", "String value", "--api-url", &keep.url])
                    .env("OPI_TELEGRAM_TOKEN", opi_standin::TOKEN);
                c
            },
            &mut || {
                let mut c = Command::new("curl");
                c.args(["-sf", "-H", "Content-Type: application/json"])
                    .args([
                        "-d",
                        r#"{"chat_id":461699897,"text":"String value","parse_mode":"Markdown"}"#,
                    ])
                    .arg(&url);
                c
            },
        )
    });

    // 10. A 45 MiB document up, and the stand-in's 45 MiB file down, as commands.
    let files = oint.as_ref().filter(|_| commands::have_curl()).map(|oint| {
        let runs = if quick { 3 } else { 5 };
        let big = ca_dir.join("upload.bin");
        commands::file_of(&big, 45 * 1024 * 1024);
        let out = ca_dir.join("download.bin");
        let bot = format!("{}/bot{}", keep.url, opi_standin::TOKEN);
        let big_arg = big.to_str().unwrap().to_string();
        let up = commands::pair(
            runs,
            &mut || {
                let mut c = Command::new(oint);
                c.args([
                    "telegram",
                    "SendDocument",
                    "--chat",
                    "461699897",
                    "--text",
                    "x",
                ])
                .args(["--doc", &big_arg, "--api-url", &keep.url])
                .env("OPI_TELEGRAM_TOKEN", opi_standin::TOKEN);
                c
            },
            &mut || {
                let mut c = Command::new("curl");
                c.args(["-sf", "-F", "chat_id=461699897", "-F", "caption=x"])
                    .args(["-F", &format!("document=@{big_arg}")])
                    .arg(format!("{bot}/sendDocument"));
                c
            },
        );
        let out_arg = out.to_str().unwrap().to_string();
        let down = commands::pair(
            runs,
            &mut || {
                let mut c = Command::new(oint);
                c.args([
                    "telegram",
                    "DownloadFile",
                    "--fileid",
                    opi_standin::BIG_FILE_ID,
                ])
                .args(["--out", &out_arg, "--api-url", &keep.url])
                .env("OPI_TELEGRAM_TOKEN", opi_standin::TOKEN);
                c
            },
            &mut || {
                // curl is told the file's path, which oint asks getFile for first.
                let mut c = Command::new("curl");
                c.args(["-sf", "-o", &out_arg]).arg(format!(
                    "{}/file/bot{}/documents/file_1.bin",
                    keep.url,
                    opi_standin::TOKEN
                ));
                c
            },
        );
        (up, down)
    });

    // The table.
    let ratio = |a: &Latency, b: &Latency| a.median_us / b.median_us;
    println!();
    println!("| measure | libopi | baseline | ratio |");
    println!("|-|-|-|-|");
    let row = |name: &str, a: &Latency, b: &Latency, base: &str| {
        println!(
            "| {name} | {:.1} µs median, {:.1} µs p99 | {base}: {:.1} µs median, {:.1} µs p99 | {:.2}x |",
            a.median_us,
            a.p99_us,
            b.median_us,
            b.p99_us,
            ratio(a, b)
        );
    };
    row(
        "latency, keep-alive",
        &lib_ka,
        &floor_ka,
        "floor, keep-alive",
    );
    row(
        "latency, libopi keep-alive vs a new connection per call",
        &lib_ka,
        &floor_newconn,
        "floor, new connection per call",
    );
    row(
        "latency, new connection per call",
        &lib_new,
        &floor_newconn,
        "floor, new connection per call",
    );
    row(
        "latency, keep-alive, sendMessage (SendTextMessage)",
        &lib_message,
        &floor_message,
        "floor, keep-alive, the same bytes",
    );
    if let Some((oint, curl)) = &whole_message {
        println!(
            "| one sendMessage as a command, start to exit | oint: {:.1} ms median, peak {} KiB | curl: {:.1} ms median, peak {} KiB | {:.2}x |",
            oint.median_ms,
            oint.peak_kib,
            curl.median_ms,
            curl.peak_kib,
            oint.median_ms / curl.median_ms
        );
    }
    if let Some(((up_oint, up_curl), (down_oint, down_curl))) = &files {
        for (what, oint, curl, baseline) in [
            ("a 45 MiB document up", up_oint, up_curl, "curl -F"),
            ("a 45 MiB file down", down_oint, down_curl, "curl -o"),
        ] {
            println!(
                "| {what}, as a command | oint: {:.0} ms median ({:.0} MiB/s), peak {} KiB | {baseline}: {:.0} ms median ({:.0} MiB/s), peak {} KiB | {:.2}x the time |",
                oint.median_ms,
                45.0 * 1000.0 / oint.median_ms,
                oint.peak_kib,
                curl.median_ms,
                45.0 * 1000.0 / curl.median_ms,
                curl.peak_kib,
                oint.median_ms / curl.median_ms
            );
        }
    }
    for (threads, lib_rate, floor_rate, server) in &scaling {
        println!(
            "| throughput, {threads} thread(s) | {lib_rate:.0} calls/s ({:.2}x of 1 thread) | floor: {floor_rate:.0} calls/s | {:.2}x (server used {server:.2} cores) |",
            lib_rate / scaling[0].1,
            lib_rate / floor_rate
        );
    }
    println!(
        "| TLS, first call (trust store + handshake) | {tls_first_us:.0} µs | TLS steady state: {:.1} µs median | {:.1}x |",
        tls_ka.median_us,
        tls_first_us / tls_ka.median_us
    );
    row(
        "TLS, new connection (and handshake) per call",
        &tls_new,
        &tls_ka,
        "TLS, keep-alive",
    );
    if let Some((noop, first)) = cold {
        println!(
            "| cold start: process start, dlopen, first result | {:.1} ms | same process, exiting at once: {:.1} ms | {:.2}x |",
            first / 1000.0,
            noop / 1000.0,
            first / noop
        );
    }
    println!(
        "| fork safety, per call | 0 ns: fork handlers, no check on the call path | a process-id check: getpid() {getpid_ns:.0} ns, against a {:.1} µs keep-alive call | a check would add {:.2}% |",
        lib_ka.median_us,
        getpid_ns / 10.0 / lib_ka.median_us
    );
    row(
        "fork() and reap a child that exits at once, in a small process whose client is live",
        &fork_handled,
        &fork_raw,
        "a raw fork system call, running no fork handler (glibc's or libopi's)",
    );
    println!(
        "| resident memory over {total} calls | peak {peak} KiB, {rss_after} KiB after | {rss_before} KiB before | +{} KiB |",
        rss_after as i64 - rss_before as i64
    );
    println!("| allocations per call | {lib_allocs:.1} | floor: {floor_allocs:.1} | |");
    if let Some(size) = stripped {
        println!("| stripped libopi.so | {} KiB | | |", size / 1024);
    }
    // The ceiling platforms/deps.sh holds each library to.
    for (platform, size) in &dist_sizes {
        let ceiling = 2_500_000;
        println!(
            "| stripped library, {platform} (dist/) | {} KiB | ceiling: {} KiB | {:.2}x |",
            size / 1024,
            ceiling / 1024,
            *size as f64 / ceiling as f64
        );
    }
    println!();
    println!(
        "Stand-in CPU during the keep-alive latency run: {:.0}% of one core (client: {:.0}%).",
        server_share * 100.0,
        client_share * 100.0
    );

    let lat = |l: &Latency| json!({"median_us": l.median_us, "p99_us": l.p99_us, "calls": l.calls});
    report.insert("latency_keep_alive".into(), json!({"libopi": lat(&lib_ka), "floor": lat(&floor_ka), "ratio": ratio(&lib_ka, &floor_ka)}));
    report.insert("latency_new_connection".into(), json!({"libopi": lat(&lib_new), "floor": lat(&floor_newconn), "ratio": ratio(&lib_new, &floor_newconn), "libopi_keep_alive_ratio": ratio(&lib_ka, &floor_newconn)}));
    report.insert("latency_send_message".into(), json!({"libopi": lat(&lib_message), "floor": lat(&floor_message), "ratio": ratio(&lib_message, &floor_message)}));
    if let Some((oint, curl)) = &whole_message {
        report.insert("command_send_message".into(), json!({"oint_ms": oint.median_ms, "oint_peak_kib": oint.peak_kib, "curl_ms": curl.median_ms, "curl_peak_kib": curl.peak_kib}));
    }
    if let Some(((uo, uc), (dox, dc))) = &files {
        report.insert("command_45_mib".into(), json!({"upload": {"oint_ms": uo.median_ms, "oint_peak_kib": uo.peak_kib, "curl_ms": uc.median_ms, "curl_peak_kib": uc.peak_kib}, "download": {"oint_ms": dox.median_ms, "oint_peak_kib": dox.peak_kib, "curl_ms": dc.median_ms, "curl_peak_kib": dc.peak_kib}}));
    }
    report.insert("throughput".into(), Value::Array(scaling.iter().map(|(t, l, f, s)| json!({"threads": t, "libopi_calls_per_s": l, "floor_calls_per_s": f, "server_cores": s})).collect()));
    report.insert("tls".into(), json!({"first_call_us": tls_first_us, "keep_alive": lat(&tls_ka), "new_connection": lat(&tls_new)}));
    if let Some((noop, first)) = cold {
        report.insert(
            "cold_start_us".into(),
            json!({"first_result": first, "process_only": noop}),
        );
    }
    report.insert(
        "fork".into(),
        json!({"getpid_ns": getpid_ns, "fork": lat(&fork_handled), "raw_fork": lat(&fork_raw)}),
    );
    report.insert(
        "memory_kib".into(),
        json!({"before": rss_before, "peak": peak, "after": rss_after, "calls": total}),
    );
    report.insert(
        "allocations_per_call".into(),
        json!({"libopi": lib_allocs, "floor": floor_allocs}),
    );
    report.insert("stripped_library_bytes".into(), stripped.into());
    report.insert(
        "dist_library_bytes".into(),
        Value::Object(
            dist_sizes
                .iter()
                .map(|(p, s)| (p.to_string(), (*s).into()))
                .collect(),
        ),
    );
    report.insert(
        "server_cpu_share".into(),
        json!({"server_cores": server_share, "client_cores": client_share}),
    );
    if let Some(path) = json_out {
        std::fs::write(
            &path,
            serde_json::to_string_pretty(&Value::Object(report)).unwrap(),
        )
        .unwrap();
        println!("Figures written to {path}.");
    }
    std::fs::remove_dir_all(&ca_dir).ok();
    drop((keep, closing, tls, tls_closing));
}
