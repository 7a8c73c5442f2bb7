//! DownloadFile: getFile, then the file from the Bot API's file store, into memory or
//! streamed to a path; what is refused before anything is fetched, what a failure leaves
//! behind (nothing), and how much memory a large file costs (nothing that grows with it).

use std::ffi::CString;
use std::fs;
use std::path::{Path, PathBuf};

use crate::common::scripted::{self, head};
use crate::common::*;
use opi::{Sink, opi_bytes, opi_bytes_free, opi_telegram_download_file};
use opi_standin::{BIG_FILE_ID, HUGE_FILE_ID, MEDIUM_FILE_ID, SMALL_FILE_ID, TOKEN, file_byte};
use serde_json::json;

fn c(s: &str) -> CString {
    CString::new(s).unwrap()
}

/// A directory of the test's own, empty.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("opi-downloads-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

const EMPTY: opi_bytes = opi_bytes {
    data: std::ptr::null_mut(),
    len: 0,
};

/// The C function with `path` and `bytes` as given.
fn download(file_id: &str, path: Option<&Path>, bytes: Option<&mut opi_bytes>) -> String {
    let (t, f) = (c(TOKEN), c(file_id));
    let path = path.map(|p| c(p.to_str().unwrap()));
    let path_ptr = path.as_ref().map_or(std::ptr::null(), |p| p.as_ptr());
    let bytes_ptr = bytes.map_or(std::ptr::null_mut(), |b| b as *mut opi_bytes);
    // SAFETY: live C strings or NULL, and a live opi_bytes or NULL; the result is taken
    // and freed once.
    unsafe {
        take(opi_telegram_download_file(
            t.as_ptr(),
            f.as_ptr(),
            path_ptr,
            bytes_ptr,
        ))
    }
}

#[test]
fn a_file_comes_back_as_bytes_and_the_bytes_are_freed_once() {
    let f = Fixture::new();
    let mut bytes = opi_bytes {
        data: std::ptr::dangling_mut::<u8>(),
        len: 99,
    };
    let answer = parse(&download(SMALL_FILE_ID, None, Some(&mut bytes)));
    assert_eq!(answer["ok"], true, "{answer}");
    assert_eq!(answer["result"]["file_path"], "documents/file_0.bin");
    assert_eq!(answer["result"]["download"], json!({"bytes":256}));
    assert_eq!(bytes.len, 256);
    // SAFETY: filled by the call above.
    let received = unsafe { std::slice::from_raw_parts(bytes.data, bytes.len) };
    assert_eq!(received, (0..=255).collect::<Vec<u8>>());
    // SAFETY: filled by the call; then zeroed, which makes the second call a no-op.
    unsafe {
        opi_bytes_free(&mut bytes);
        assert!(bytes.data.is_null() && bytes.len == 0);
        opi_bytes_free(&mut bytes);
        opi_bytes_free(std::ptr::null_mut());
    }
    let requests = f.server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].path, format!("/bot{TOKEN}/getFile"));
    assert_eq!(requests[0].json(), json!({"file_id": SMALL_FILE_ID}));
    assert_eq!(requests[1].method, "GET");
    assert_eq!(
        requests[1].path,
        format!("/file/bot{TOKEN}/documents/file_0.bin")
    );
    // The Rust API, into a buffer that held something else.
    let mut buffer = b"old".to_vec();
    let answer = opi::download_file(TOKEN, SMALL_FILE_ID, Sink::Memory(&mut buffer)).unwrap();
    assert_eq!(parse(&answer)["result"]["download"]["bytes"], 256);
    assert_eq!(buffer, (0..=255).collect::<Vec<u8>>());
}

#[test]
fn a_file_is_streamed_to_a_path_and_nothing_else_is_left_there() {
    let f = Fixture::new();
    let dir = scratch("path");
    let target = dir.join("file_0.bin");
    let answer = parse(&download(SMALL_FILE_ID, Some(&target), None));
    assert_eq!(answer["ok"], true, "{answer}");
    assert_eq!(
        answer["result"]["download"],
        json!({"bytes":256,"path":target.to_str().unwrap()})
    );
    assert_eq!(fs::read(&target).unwrap(), (0..=255).collect::<Vec<u8>>());
    assert_eq!(entries(&dir), ["file_0.bin"]);
    // With a path, bytes may be given too: they stay empty.
    let mut bytes = EMPTY;
    let again = parse(&download(SMALL_FILE_ID, Some(&target), Some(&mut bytes)));
    assert_eq!(again["ok"], true);
    assert!(bytes.data.is_null() && bytes.len == 0);
    assert_eq!(entries(&dir), ["file_0.bin"]);
    // The Rust API, to a path.
    let other = dir.join("copy.bin");
    opi::download_file(TOKEN, SMALL_FILE_ID, Sink::File(&other)).unwrap();
    assert_eq!(fs::read(&other).unwrap().len(), 256);
    assert_eq!(f.server.request_count(), 6);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn refusals_send_nothing_more_and_leave_nothing_behind() {
    let f = Fixture::new();
    let dir = scratch("refusals");
    let target = dir.join("f.bin");
    let mut bytes = EMPTY;
    // Neither a path nor bytes, and a bad file id: refused unsent.
    assert_invalid(&parse(&download(SMALL_FILE_ID, None, None)), "path");
    assert_invalid(&parse(&download("", None, Some(&mut bytes))), "FileID");
    assert_invalid(&parse(&download("a b/c", Some(&target), None)), "FileID");
    assert_eq!(f.server.request_count(), 0);
    // Telegram's refusal of getFile, as received.
    let refused = download("BQACAgIAAxkBAAIBNone", Some(&target), Some(&mut bytes));
    assert_eq!(
        refused,
        r#"{"ok":false,"error_code":400,"description":"Bad Request: invalid file_id"}"#
    );
    // A file larger than the server hands out: refused after getFile, before the file.
    let huge = parse(&download(HUGE_FILE_ID, None, Some(&mut bytes)));
    assert_invalid(&huge, "FileID");
    let said = huge["description"].as_str().unwrap();
    assert!(
        said.contains("2202009600 bytes") && said.contains("2000 MB"),
        "{said}"
    );
    assert!(bytes.data.is_null() && bytes.len == 0);
    let methods: Vec<_> = f.server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        methods,
        [
            format!("/bot{TOKEN}/getFile"),
            format!("/bot{TOKEN}/getFile")
        ]
    );
    assert!(entries(&dir).is_empty());
    fs::remove_dir_all(&dir).unwrap();
}

/// A file server that answers getFile, then cuts the file off after `sent` of its
/// `announced` bytes, or answers it with `status` and `body`.
fn file_server(status: u16, body: &'static str, announced: usize) -> scripted::Scripted {
    scripted::serve(move |mut conn, _| {
        while let Some(request) = conn.read_request() {
            let request = String::from_utf8_lossy(&request).into_owned();
            if request.starts_with("POST") {
                conn.answer_json(
                    200,
                    r#"{"ok":true,"result":{"file_id":"X","file_unique_id":"U","file_size":1000,"file_path":"documents/f.bin"}}"#,
                );
            } else if status == 200 {
                conn.write(head(200, "application/octet-stream", announced).as_bytes());
                conn.write(&[7u8; 10]);
                return conn.reset();
            } else {
                conn.write(head(status, "text/html", body.len()).as_bytes());
                conn.write(body.as_bytes());
            }
        }
    })
}

#[test]
fn a_download_cut_off_leaves_an_earlier_file_untouched_and_no_part() {
    let server = file_server(200, "", 1000);
    let _f = Fixture::with(&format!(r#"{{"api_url":"{}"}}"#, server.url));
    let dir = scratch("cut");
    let target = dir.join("f.bin");
    fs::write(&target, b"earlier").unwrap();
    let answer = parse(&download("X", Some(&target), None));
    assert_eq!(answer["ok"], false, "{answer}");
    assert_eq!(kind(&answer), "connection", "{answer}");
    assert_eq!(fs::read(&target).unwrap(), b"earlier");
    assert_eq!(entries(&dir), ["f.bin"]);
    let mut bytes = EMPTY;
    let answer = parse(&download("X", None, Some(&mut bytes)));
    assert_eq!(kind(&answer), "connection", "{answer}");
    assert!(bytes.data.is_null() && bytes.len == 0);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_file_servers_page_is_a_bad_response_without_the_token() {
    let server = file_server(404, "<html>no such file</html>", 0);
    let _f = Fixture::with(&format!(r#"{{"api_url":"{}"}}"#, server.url));
    let mut bytes = EMPTY;
    let answer = parse(&download("X", None, Some(&mut bytes)));
    assert_eq!(kind(&answer), "bad_response", "{answer}");
    assert_eq!(answer["opi_error"]["http_status"], 404);
    assert!(bytes.data.is_null() && bytes.len == 0);
}

#[test]
fn a_path_that_cannot_be_written_is_a_file_error_naming_it() {
    let f = Fixture::new();
    let missing = Path::new("/nonexistent-dir-of-opi/f.bin");
    let answer = parse(&download(SMALL_FILE_ID, Some(missing), None));
    assert_eq!(kind(&answer), "file", "{answer}");
    let said = answer["description"].as_str().unwrap();
    assert!(said.contains("/nonexistent-dir-of-opi/f.bin"), "{said}");
    // getFile was asked; the file itself was not, as there was nowhere to put it.
    assert_eq!(f.server.request_count(), 1);
}

/// Peak memory (VmHWM) of this process, in KiB.
fn peak_kib() -> u64 {
    let status = fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// A 45 MiB file streamed to a path grows the process's peak memory (VmHWM) by less
/// than 1 MiB over a 1 MiB one: measured in a process of its own, against a stand-in in
/// this one.
#[test]
fn a_45_mib_download_to_a_path_keeps_memory_bounded() {
    let server = opi_standin::StandIn::start();
    let dir = scratch("big");
    let stdout = in_child(
        "downloads::big_download_child",
        &[
            ("OPI_TELEGRAM_API_URL", &server.url()),
            ("OPI_DOWNLOAD_DIR", dir.to_str().unwrap()),
        ],
    );
    let growth = stdout
        .lines()
        .find_map(|l| l.strip_prefix("peak memory growth KiB: "))
        .unwrap_or_else(|| panic!("{stdout}"));
    println!("45 MiB to a path: peak memory growth {growth} KiB");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
#[ignore = "run by a_45_mib_download_to_a_path_keeps_memory_bounded in a process of its own"]
fn big_download_child() {
    let dir = PathBuf::from(std::env::var("OPI_DOWNLOAD_DIR").unwrap());
    // A first download of 1 MiB sets up the client, its pool and buffers, and runs
    // every step a larger one does (so that the code it runs is paged in): what grows
    // after it is what the size costs.
    opi::download_file(TOKEN, MEDIUM_FILE_ID, Sink::File(&dir.join("medium.bin"))).unwrap();
    let before = peak_kib();
    let target = dir.join("big.bin");
    let answer = opi::download_file(TOKEN, BIG_FILE_ID, Sink::File(&target)).unwrap();
    let growth = peak_kib().saturating_sub(before);
    println!("peak memory growth KiB: {growth}");
    assert_eq!(parse(&answer)["result"]["download"]["bytes"], 45 << 20);
    assert!(growth < 1024, "{growth} KiB");
    // Every byte as the stand-in made it.
    let written = fs::read(&target).unwrap();
    assert_eq!(written.len(), 45 << 20);
    assert!(
        written
            .iter()
            .enumerate()
            .all(|(i, &b)| b == file_byte(i as u64))
    );
}
