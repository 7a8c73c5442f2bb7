//! libopi.so as a 1C:Enterprise Native API add-in, without the 1C platform: the C++
//! program in tests/addin plays the platform (loads the library, hands over a memory
//! manager and a connection, finds and calls methods, releases what it was given)
//! against the loopback stand-in; and addin/pack.sh makes the zip 1C attaches.
//!
//! tests/addin/memcheck.sh runs the same program under valgrind, both ways.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use crate::common::programs::{Ran, lib_dir, profile, root, run, without_outside_settings};

use opi::unversioned::TELEGRAM;
use opi_standin::{StandIn, TOKEN};

/// target/tmp/addin/<profile>-<pid>: this run's programs and zips. Per process, since
/// another run of the suite may be using the same target directory.
fn work_dir() -> &'static Path {
    static WORK: OnceLock<PathBuf> = OnceLock::new();
    WORK.get_or_init(|| {
        let profile = profile();
        let work = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("addin")
            .join(format!("{profile}-{}", std::process::id()));
        fs::create_dir_all(&work).expect("the work directory can be created");
        work
    })
}

/// The host program, compiled once per test binary; a compiler error fails the test
/// with everything the compiler printed.
fn host() -> &'static Path {
    static HOST: OnceLock<PathBuf> = OnceLock::new();
    HOST.get_or_init(|| {
        let out = work_dir().join("addin_host");
        let ran = run(Command::new("g++")
            .args(["-std=c++17", "-Wall", "-Wextra", "-Werror", "-g"])
            .arg(root().join("tests/addin/host.cpp"))
            .arg("-ldl")
            .arg("-o")
            .arg(&out));
        assert!(
            ran.ok(),
            "compiling tests/addin/host.cpp failed: {}",
            ran.report()
        );
        out
    })
}

/// Every method of the table as the host program expects it: `Name,RussianName,PARAMS`
/// with `r` or `o` per parameter. Methods added to the table are checked with no
/// change here.
fn method_specs() -> Vec<String> {
    TELEGRAM
        .iter()
        .map(|m| {
            let params: String = m
                .params
                .iter()
                .map(|p| if p.required { 'r' } else { 'o' })
                .collect();
            format!("{},{},{params}", m.name, m.name_ru)
        })
        .collect()
}

#[test]
fn the_host_program_uses_the_stand_ins_token() {
    let source = fs::read_to_string(root().join("tests/addin/host.cpp")).unwrap();
    assert!(
        source.contains(&format!("\"{TOKEN}\"")),
        "tests/addin/host.cpp must use {TOKEN}"
    );
}

#[test]
fn a_host_playing_the_platform_finds_calls_and_releases_everything() {
    let server = StandIn::start();
    let mut command = Command::new(host());
    without_outside_settings(&mut command);
    // A zone away from UTC, so that a Date read as UTC instead of local time would show.
    let ran = run(command
        .env("OPI_TELEGRAM_API_URL", server.url())
        .env("TZ", "America/New_York")
        .arg(lib_dir().join("libopi.so"))
        .args(method_specs()));
    assert!(ran.ok(), "the host program failed: {}", ran.report());
    assert!(ran.stdout.contains("all released: yes"), "{}", ran.report());

    let sent: usize = ran
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("requests sent: "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no request count: {}", ran.report()));
    assert_eq!(server.request_count(), sent, "{}", ran.report());

    // BinaryData goes up as the file's bytes.
    let requests = server.requests();
    let uploaded = requests
        .iter()
        .find_map(|r| r.part("document").filter(|p| p.file_name.is_some()))
        .unwrap_or_else(|| panic!("no upload: {}", ran.report()));
    assert_eq!(uploaded.data, b"%PDF binary\0data");
    let bodies: Vec<_> = requests
        .iter()
        .filter(|r| r.method == "POST" && r.parts.is_empty())
        .map(|r| r.json())
        .collect();
    // 1C Numbers for ChatID reach Telegram as numeric ids.
    for id in [-1001234567890_i64, -100123] {
        assert!(
            bodies.iter().any(|b| b["chat_id"] == id),
            "{id}: {bodies:?}"
        );
    }
    // OPI's example: 2025-05-02 15:46:10 in New York (EDT, UTC-4) is 19:46:10 UTC.
    assert!(
        bodies.iter().any(|b| b["chat_id"] == "@testsichee"
            && b["name"] == "Link 01.05.2025 15:46:10"
            && b["expire_date"] == 1746215170
            && b["member_limit"] == 200),
        "{bodies:?}"
    );
    // A keyboard in OPI's single-quoted JSON, and OPI's default Markup.
    assert!(
        bodies.iter().any(|b| *b
            == serde_json::json!({"chat_id":461699897,"text":"Hi","parse_mode":"Markdown",
                "reply_markup":{"inline_keyboard":[[{"text":"A","callback_data":"a"}]]}})),
        "{bodies:?}"
    );
    // A 1C Number and a String with a comma, both as JSON numbers.
    assert!(
        bodies.iter().any(|b| *b
            == serde_json::json!({"chat_id":"@testsichee","latitude":48.87,"longitude":2.29})),
        "{bodies:?}"
    );
    // A 1C Boolean, and Anonymous left out as OPI's default.
    for (question, anonymous) in [("Anonymous?", false), ("Default?", true)] {
        assert!(
            bodies
                .iter()
                .any(|b| b["question"] == question && b["is_anonymous"] == anonymous),
            "{bodies:?}"
        );
    }
    for body in &bodies {
        assert!(!body.to_string().contains(TOKEN), "{body}");
    }
}

/// Every method of the table, called as 1C calls it with its example's values
/// (tests/addin/examples.h, generated from the table): by its English name, then again
/// by its Russian one. Each answers ok, and each pass sends exactly what the CLI sent
/// for the same examples, tests/examples.requests.
#[test]
fn every_method_by_both_names_runs_its_example_and_sends_the_record() {
    let server = StandIn::start();
    let mut command = Command::new(host());
    without_outside_settings(&mut command);
    let ran = run(command
        .env("OPI_TELEGRAM_API_URL", server.url())
        .arg("--examples")
        .arg(lib_dir().join("libopi.so")));
    assert!(ran.ok(), "the host program failed: {}", ran.report());
    let record = fs::read_to_string(root().join("tests/examples.requests")).unwrap();
    let record: Vec<&str> = record.lines().collect();
    let sent: Vec<String> = server.requests().iter().map(|r| r.line()).collect();
    for (pass, names) in sent.chunks(record.len()).zip(["English", "Russian"]) {
        let differs = |&n: &usize| pass.get(n).map(|l| l.trim_end()) != Some(record[n]);
        if let Some(n) = (0..record.len()).find(differs) {
            panic!(
                "by the {names} names, request {} is not tests/examples.requests':\n  \
                 sent   {}\n  wanted {}",
                n + 1,
                pass.get(n).map_or("nothing", |l| l.trim_end()),
                record[n]
            );
        }
    }
    assert_eq!(
        sent.len(),
        2 * record.len(),
        "two passes of tests/examples.requests: {}",
        ran.report()
    );
}

/// OneScript's life of an add-in, twenty times: load, create, call with a Date,
/// release (by DestroyObject and by Done and delete, in turn), unload. The program
/// checks that nothing stays behind.
#[test]
fn the_add_in_loads_and_unloads_twenty_times_leaving_nothing() {
    let server = StandIn::start();
    let mut command = Command::new(host());
    without_outside_settings(&mut command);
    let ran = run(command
        .env("OPI_TELEGRAM_API_URL", server.url())
        // So that mallinfo2() counts freed blocks as free (see tests/c/unload.c).
        .env("GLIBC_TUNABLES", "glibc.malloc.tcache_count=0")
        .env("TZ", "America/New_York")
        .arg("--unload")
        .arg(lib_dir().join("libopi.so"))
        .arg("20"));
    assert!(ran.ok(), "the host program failed: {}", ran.report());
    assert!(
        ran.stdout.contains("unloaded cleanly 20 times"),
        "{}",
        ran.report()
    );
    assert_eq!(server.request_count(), 20, "{}", ran.report());
    // 2025-05-02 15:46:10 in New York (EDT, UTC-4), every time.
    for request in server.requests() {
        assert_eq!(request.json()["expire_date"], 1746215170);
    }
}

#[test]
fn the_entry_points_stay_out_of_the_c_header() {
    let header = fs::read_to_string(root().join("include/opi.h")).unwrap();
    for name in [
        "GetClassNames",
        "GetClassObject",
        "DestroyObject",
        "SetPlatformCapabilities",
        "GetAttachType",
    ] {
        assert!(!header.contains(name), "include/opi.h declares {name}");
    }
}

/// One file in a zip, from its central directory.
struct ZipEntry {
    name: String,
    method: u16,
    size: u64,
    data: Vec<u8>,
}

fn u16_at(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes(bytes[at..at + 2].try_into().unwrap())
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())
}

/// The entries of a zip without ZIP64 records, which neither packer writes for files
/// this small. `data` holds the stored bytes, compressed or not.
fn zip_entries(zip: &[u8]) -> Vec<ZipEntry> {
    const END: u32 = 0x0605_4b50;
    const CENTRAL: u32 = 0x0201_4b50;
    const LOCAL: u32 = 0x0403_4b50;
    let end = (0..=zip.len() - 22)
        .rev()
        .find(|&at| u32_at(zip, at) == END)
        .expect("the zip has an end of central directory record");
    let count = usize::from(u16_at(zip, end + 10));
    let mut at = u32_at(zip, end + 16) as usize;
    let mut entries = Vec::new();
    for _ in 0..count {
        assert_eq!(
            u32_at(zip, at),
            CENTRAL,
            "a central directory entry at {at}"
        );
        let method = u16_at(zip, at + 10);
        let compressed = u32_at(zip, at + 20) as usize;
        let size = u64::from(u32_at(zip, at + 24));
        let name_len = usize::from(u16_at(zip, at + 28));
        let skip = name_len + usize::from(u16_at(zip, at + 30)) + usize::from(u16_at(zip, at + 32));
        let local = u32_at(zip, at + 42) as usize;
        let name = String::from_utf8(zip[at + 46..at + 46 + name_len].to_vec()).unwrap();
        assert_eq!(u32_at(zip, local), LOCAL, "{name}: a local header");
        let start = local
            + 30
            + usize::from(u16_at(zip, local + 26))
            + usize::from(u16_at(zip, local + 28));
        entries.push(ZipEntry {
            name,
            method,
            size,
            data: zip[start..start + compressed].to_vec(),
        });
        at += 46 + skip;
    }
    entries
}

fn pack(tool: Option<&str>, options: &[&Path], output: &Path) -> Ran {
    let mut command = Command::new("bash");
    command.arg(root().join("addin/pack.sh"));
    for (flag, file) in ["--windows-x86_64", "--windows-i386"].iter().zip(options) {
        command.arg(flag).arg(file);
    }
    command.arg(lib_dir()).arg(output);
    match tool {
        Some(tool) => command.env("PACK_WITH", tool),
        None => command.env_remove("PACK_WITH"),
    };
    run(&mut command)
}

fn installed(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn pack_makes_the_zip_1c_attaches() {
    let tools: Vec<&str> = ["zip", "python3"]
        .into_iter()
        .filter(|t| installed(t))
        .collect();
    assert!(
        !tools.is_empty(),
        "addin/pack.sh needs zip or python3 (apt-get install zip)"
    );
    let library = lib_dir().join("libopi.so");
    let library_size = fs::metadata(&library).unwrap().len();
    for tool in tools {
        let output = work_dir().join(format!("LibOPI-{tool}.zip"));
        let ran = pack(Some(tool), &[], &output);
        assert!(ran.ok(), "pack with {tool}: {}", ran.report());
        let entries = zip_entries(&fs::read(&output).unwrap());
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["MANIFEST.XML", "libopi.so"], "{tool}");

        let manifest = &entries[0];
        assert_eq!(manifest.method, 0, "{tool}: the manifest is stored");
        let manifest = String::from_utf8(manifest.data.clone()).unwrap();
        assert!(
            manifest.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
            "{manifest}"
        );
        assert!(
            manifest.contains("<bundle xmlns=\"http://v8.1c.ru/8.2/addin/bundle\">"),
            "{manifest}"
        );
        assert!(
            manifest.contains(
                r#"<component os="Linux" path="libopi.so" type="native" arch="x86_64"/>"#
            ),
            "{manifest}"
        );
        assert_eq!(manifest.matches("<component").count(), 1, "{manifest}");

        let lib = &entries[1];
        assert_eq!(lib.size, library_size, "{tool}: the whole library");
        assert_eq!(lib.method, 8, "{tool}: the library is deflated");
    }
}

#[test]
fn pack_lists_builds_from_other_systems_and_refuses_strangers() {
    let dir = work_dir();
    let dll = dir.join("opi.dll");
    fs::write(&dll, b"MZ\x90\0 a stand-in for a Windows build").unwrap();
    let output = dir.join("LibOPI-all.zip");
    let ran = pack(None, &[&dll, &dll], &output);
    assert!(ran.ok(), "{}", ran.report());
    let entries = zip_entries(&fs::read(&output).unwrap());
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "MANIFEST.XML",
            "libopi.so",
            "opi_x86_64.dll",
            "opi_i386.dll"
        ]
    );
    let manifest = String::from_utf8(entries[0].data.clone()).unwrap();
    for line in [
        r#"<component os="Windows" path="opi_x86_64.dll" type="native" arch="x86_64"/>"#,
        r#"<component os="Windows" path="opi_i386.dll" type="native" arch="i386"/>"#,
    ] {
        assert!(manifest.contains(line), "{manifest}");
    }

    // A file that is not a DLL, or a missing build directory, packs nothing.
    let stranger = dir.join("not-a.dll");
    fs::write(&stranger, b"#!/bin/sh\n").unwrap();
    let refused = dir.join("refused.zip");
    let ran = pack(None, &[&stranger], &refused);
    assert!(
        !ran.ok() && ran.stderr.contains("is not a Windows DLL"),
        "{}",
        ran.report()
    );
    assert!(!refused.exists());
    let ran = run(Command::new("bash")
        .arg(root().join("addin/pack.sh"))
        .arg(dir.join("no-such-build"))
        .arg(&refused));
    assert!(
        !ran.ok() && ran.stderr.contains("libopi.so is missing"),
        "{}",
        ran.report()
    );
}
