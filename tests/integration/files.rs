//! Files going up: `multipart/form-data` streamed from disk or from the host's bytes, a
//! URL or `file_id` passed as text, the size limits, the resend of a whole file on a
//! stale connection, and memory that stays bounded while a large file goes up.

use std::ffi::CString;
use std::io::Write;
use std::path::PathBuf;
use std::ptr;

use crate::common::*;
use opi::{opi_file, opi_telegram_send_document};
use opi_standin::{TOKEN, checksum};
use serde_json::Value;

fn c(s: &str) -> CString {
    CString::new(s).unwrap()
}

/// A file of its own for one test, removed when dropped.
pub struct TempFile(pub PathBuf);

impl TempFile {
    pub fn with(name: &str, bytes: &[u8]) -> TempFile {
        let dir = std::env::temp_dir().join(format!("opi-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }

    pub fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Bytes that are not all alike, so that a part cut or shifted is seen.
pub fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 251) as u8).collect()
}

/// `opi_telegram_send_document` with `document` as given and the rest as text (""
/// for NULL).
fn send_document(chat: &str, text: &str, document: Option<&opi_file>, file_name: &str) -> Value {
    let none = |s: &str| (!s.is_empty()).then(|| c(s));
    let (t, chat, text, name) = (c(TOKEN), c(chat), none(text), none(file_name));
    let p = |s: &Option<CString>| s.as_ref().map_or(ptr::null(), |s| s.as_ptr());
    // SAFETY: live C strings or NULL, and a valid opi_file or NULL.
    parse(&take(unsafe {
        opi_telegram_send_document(
            t.as_ptr(),
            chat.as_ptr(),
            p(&text),
            document.map_or(ptr::null(), |d| d as *const opi_file),
            ptr::null(),
            ptr::null(),
            p(&name),
        )
    }))
}

fn by_path(path: &CString) -> opi_file {
    opi_file {
        path: path.as_ptr(),
        data: ptr::null(),
        len: 0,
    }
}

fn by_bytes(bytes: &[u8]) -> opi_file {
    opi_file {
        path: ptr::null(),
        data: bytes.as_ptr(),
        len: bytes.len(),
    }
}

#[test]
fn a_path_goes_up_streamed_with_its_name_type_and_the_caption_fields() {
    let f = Fixture::new();
    let bytes = pattern(300_000);
    let file = TempFile::with("report.pdf", &bytes);
    let path = c(file.path());
    let answer = send_document("@c*5", "Caption", Some(&by_path(&path)), "");
    assert_eq!(answer["ok"], true, "{answer}");
    let requests = f.server.requests();
    let r = &requests[0];
    assert_eq!(r.path, format!("/bot{TOKEN}/sendDocument"));
    let content_type = r.header("content-type").unwrap();
    assert!(
        content_type.starts_with("multipart/form-data; boundary=opi-"),
        "{content_type}"
    );
    // Its length was known up front: nothing is chunked.
    assert!(r.header("content-length").is_some());
    assert_eq!(r.header("transfer-encoding"), None);
    let names: Vec<(&str, Option<&str>)> = r
        .parts
        .iter()
        .map(|p| (p.name.as_str(), p.file_name.as_deref()))
        .collect();
    assert_eq!(
        names,
        [
            ("chat_id", None),
            ("message_thread_id", None),
            ("caption", None),
            ("parse_mode", None),
            ("document", Some("report.pdf")),
        ]
    );
    let text = |name: &str| r.part(name).unwrap().text();
    assert_eq!(text("chat_id"), "@c");
    assert_eq!(text("message_thread_id"), "5");
    assert_eq!(text("caption"), "Caption");
    assert_eq!(text("parse_mode"), "Markdown");
    let document = r.part("document").unwrap();
    assert_eq!(document.content_type.as_deref(), Some("application/pdf"));
    assert_eq!(document.data, bytes);
    // Telegram's Message, with the document as the stand-in kept it.
    let sent = &answer["result"]["document"];
    assert_eq!(sent["file_name"], "report.pdf");
    assert_eq!(sent["file_size"], 300_000);
    assert_eq!(answer.to_string().as_bytes(), r.response.as_slice());
}

#[test]
fn bytes_from_the_host_take_the_file_name_or_opi_s_fixed_one() {
    let f = Fixture::new();
    let bytes = b"%PDF-1.4 not really".to_vec();
    let named = send_document("@c", "x", Some(&by_bytes(&bytes)), "invoice.pdf");
    let unnamed = send_document("@c", "x", Some(&by_bytes(&bytes)), "");
    assert_eq!((&named["ok"], &unnamed["ok"]), (&true.into(), &true.into()));
    let requests = f.server.requests();
    let first = requests[0].part("document").unwrap();
    assert_eq!(first.file_name.as_deref(), Some("invoice.pdf"));
    assert_eq!(first.content_type.as_deref(), Some("application/pdf"));
    assert_eq!(first.data, bytes);
    let second = requests[1].part("document").unwrap();
    assert_eq!(second.file_name.as_deref(), Some("document"));
    assert_eq!(
        second.content_type.as_deref(),
        Some("application/octet-stream")
    );
    assert_eq!(second.checksum, checksum(&bytes));
}

#[test]
fn a_url_or_file_id_is_passed_to_telegram_as_text() {
    let f = Fixture::new();
    let first = send_document("@c", "x", Some(&by_bytes(b"abc")), "a.txt");
    let file_id = first["result"]["document"]["file_id"]
        .as_str()
        .unwrap()
        .to_string();
    let url = c("https://example.com/files/document.docx");
    let id = c(&file_id);
    let by_url = send_document("@c", "x", Some(&by_path(&url)), "");
    let by_id = send_document("@c", "x", Some(&by_path(&id)), "");
    assert_eq!(by_url["ok"], true, "{by_url}");
    assert_eq!(by_id["result"]["document"]["file_name"], "a.txt", "{by_id}");
    let requests = f.server.requests();
    for (r, sent) in requests[1..].iter().zip([url.to_str().unwrap(), &file_id]) {
        let part = r.part("document").unwrap();
        assert_eq!(
            (part.file_name.as_deref(), part.text()),
            (None, sent.to_string())
        );
    }
    // A file_id Telegram does not know is its refusal, passed through.
    let unknown = c("AgACAgIAAxkBAAIBZ2Zx");
    let refused = send_document("@c", "x", Some(&by_path(&unknown)), "");
    assert_eq!(refused["error_code"], 400, "{refused}");
}

#[test]
fn files_that_cannot_go_up_are_refused_unsent() {
    let f = Fixture::new();
    let empty = TempFile::with("empty.txt", b"");
    let empty_path = c(empty.path());
    let missing = c("/no/such/dir/photo.jpg");
    let spaced = c("not a file id");
    let both = opi_file {
        path: missing.as_ptr(),
        data: b"x".as_ptr(),
        len: 1,
    };
    let neither = opi_file {
        path: ptr::null(),
        data: ptr::null(),
        len: 0,
    };
    for document in [
        None,
        Some(by_path(&empty_path)),
        Some(by_bytes(b"")),
        Some(by_path(&missing)),
        Some(by_path(&spaced)),
        Some(both),
        Some(neither),
    ] {
        assert_invalid(&send_document("@c", "x", document.as_ref(), ""), "Document");
    }
    let no_file = send_document("@c", "x", Some(&by_path(&missing)), "");
    let description = no_file["description"].as_str().unwrap();
    assert!(description.contains("there is no file"), "{description}");
    assert!(
        description.contains("/no/such/dir/photo.jpg"),
        "{description}"
    );
    // The caption is checked before the file, in OPI's order.
    assert_invalid(&send_document("@c", "", Some(&by_bytes(b"x")), ""), "Text");
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn files_over_the_bot_api_limit_are_refused_before_anything_is_sent() {
    // 50 MB to Telegram's own server; a file of that size and a byte is sparse, so
    // nothing is written to disk.
    let big = TempFile::with("big.bin", b"");
    std::fs::File::options()
        .write(true)
        .open(&big.0)
        .unwrap()
        .set_len(50 * 1024 * 1024 + 1)
        .unwrap();
    let path = c(big.path());
    let telegram = Fixture::with(r#"{"api_url":"https://api.telegram.org"}"#);
    let refused = send_document("@c", "x", Some(&by_path(&path)), "");
    assert_invalid(&refused, "Document");
    let description = refused["description"].as_str().unwrap();
    assert!(description.contains("at most 50 MB"), "{description}");
    drop(telegram);
    // Through a local Bot API server (any other address) the limit is 2000 MB.
    let f = Fixture::new();
    let sent = send_document("@c", "x", Some(&by_path(&path)), "");
    assert_eq!(sent["ok"], true, "{sent}");
    assert_eq!(
        f.server.requests()[0].part("document").unwrap().len,
        50 * 1024 * 1024 + 1
    );
}

#[test]
fn telegrams_refusal_passes_through() {
    let f = Fixture::new();
    let refused = send_document("@no_such_chat", "x", Some(&by_bytes(b"abc")), "");
    assert_eq!(
        refused.to_string(),
        r#"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#
    );
    assert_eq!(f.server.request_count(), 1);
}

#[test]
fn a_file_whose_write_failed_on_a_stale_connection_is_sent_again_whole() {
    // The server reads only the head of the second request and resets the connection
    // while the file is still going up: the server never had it whole, so it is sent
    // again on a fresh connection, from its first byte, the file opened anew.
    let bytes = pattern(12 << 20);
    let file = TempFile::with("stale.bin", &bytes);
    let expected = bytes.clone();
    let server = scripted::reset_second_request_midway(move |conn, body| {
        let whole = body
            .windows(expected.len().min(4096))
            .position(|w| w == &expected[..w.len()])
            .is_some_and(|at| body[at..].starts_with(&expected));
        format!("connection {} whole: {whole}", conn.index)
    });
    let _f = Fixture::with(&format!(r#"{{"api_url":"{}"}}"#, server.url));
    let small = send_document("@c", "x", Some(&by_bytes(&bytes[..100])), "");
    assert_eq!(small["ok"], true, "{small}");
    let path = c(file.path());
    let result = send_document("@c", "x", Some(&by_path(&path)), "");
    assert_eq!(result["ok"], true, "{result}");
    assert_eq!(
        *server.notes.lock().unwrap(),
        [
            "connection 0 whole: false",
            "head only, then reset",
            "connection 1 whole: true"
        ],
    );
}

/// Peak resident memory of this process, in KiB (Linux's VmHWM).
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/self/status")
}

/// 45 MB, the size of a large upload to Telegram's own server.
const LARGE: u64 = 45 * 1024 * 1024;

#[test]
#[ignore = "run by a_large_file_goes_up_in_bounded_memory, in a process of its own"]
fn large_upload_child() {
    let path = std::env::var("OPI_TEST_FILE").unwrap();
    let path = c(&path);
    // Whatever is set up once per process (the client, its pool) is set up first.
    let warm = send_document("@c", "x", Some(&by_bytes(b"warm")), "");
    assert_eq!(warm["ok"], true, "{warm}");
    let before = peak_rss_kib();
    let sent = send_document("@c", "x", Some(&by_path(&path)), "");
    let after = peak_rss_kib();
    assert_eq!(sent["ok"], true, "{sent}");
    println!("peak RSS growth: {} KiB", after - before);
}

#[test]
fn a_large_file_goes_up_in_bounded_memory() {
    // The stand-in runs here, the upload in a process of its own, so that what this
    // harness holds does not blur the measure. The file is sparse: it costs no disk.
    let file = TempFile::with("large.bin", b"");
    let mut handle = std::fs::File::options().write(true).open(&file.0).unwrap();
    handle.set_len(LARGE).unwrap();
    handle.write_all(b"first bytes").unwrap();
    drop(handle);
    let f = Fixture::new();
    let out = in_child(
        "files::large_upload_child",
        &[
            ("OPI_TELEGRAM_API_URL", &f.server.url()),
            ("OPI_TEST_FILE", file.path()),
        ],
    );
    let growth: u64 = out
        .lines()
        .find_map(|l| l.strip_prefix("peak RSS growth: "))
        .and_then(|v| v.trim_end_matches(" KiB").parse().ok())
        .unwrap_or_else(|| panic!("no measure in:\n{out}"));
    println!("peak RSS growth while {LARGE} bytes went up: {growth} KiB");
    assert!(growth < 1024, "peak RSS grew by {growth} KiB");
    // The stand-in had it whole.
    let requests = f.server.requests();
    let part = requests.last().unwrap().part("document").unwrap();
    assert_eq!(part.len, LARGE);
    let (sum, len) = opi_standin::checksum_of(std::fs::File::open(&file.0).unwrap()).unwrap();
    assert_eq!((part.checksum, part.len), (sum, len));
}

#[test]
fn each_sender_puts_its_file_under_its_field_and_opi_s_name() {
    let f = Fixture::new();
    let photo = TempFile::with("cat.png", &pattern(5000));
    let bytes = pattern(3000);
    type Sender =
        fn(&str, &str, &str, opi::File, Option<&str>, Option<&str>) -> Result<String, opi::Error>;
    let senders: [(Sender, &str, &str, &str); 4] = [
        (opi::send_image, "sendPhoto", "photo", "photo"),
        (opi::send_video, "sendVideo", "video", "video"),
        (opi::send_audio, "sendAudio", "audio", "audio"),
        (opi::send_gif, "sendAnimation", "animation", "animation.gif"),
    ];
    for (send, bot_method, field, fixed_name) in senders {
        let by_path = send(
            TOKEN,
            "@c",
            "Caption",
            photo.path().into(),
            None,
            Some("HTML"),
        );
        let by_bytes = send(TOKEN, "@c", "Caption", bytes.as_slice().into(), None, None);
        let (by_path, by_bytes) = (parse(&by_path.unwrap()), parse(&by_bytes.unwrap()));
        let requests = f.server.requests();
        let [.., first, second] = requests.as_slice() else {
            panic!("two requests");
        };
        for (r, name, content_type, data) in [
            (first, "cat.png", "image/png", pattern(5000)),
            (
                second,
                fixed_name,
                if fixed_name.ends_with(".gif") {
                    "image/gif"
                } else {
                    "application/octet-stream"
                },
                bytes.clone(),
            ),
        ] {
            assert_eq!(r.bot_method(), Some(bot_method));
            let part = r
                .part(field)
                .unwrap_or_else(|| panic!("{bot_method}: no {field}"));
            assert_eq!(part.file_name.as_deref(), Some(name), "{bot_method}");
            assert_eq!(
                part.content_type.as_deref(),
                Some(content_type),
                "{bot_method}"
            );
            assert_eq!(part.data, data, "{bot_method}");
            assert_eq!(r.part("caption").unwrap().text(), "Caption");
        }
        assert_eq!(first.part("parse_mode").unwrap().text(), "HTML");
        assert_eq!(second.part("parse_mode").unwrap().text(), "Markdown");
        // Telegram's Message for each kind: a photo is an array of sizes.
        let sent = &by_path["result"][field];
        let sent = if field == "photo" { &sent[0] } else { sent };
        assert_eq!(sent["file_size"], 5000, "{bot_method}: {by_path}");
        assert_eq!(by_bytes["ok"], true);
    }
    // A file each refuses by its own parameter's name.
    let refused = opi::send_image(TOKEN, "@c", "x", b"".as_slice().into(), None, None);
    assert_eq!(refused.unwrap_err().parameter, Some("Image"));
    let refused = opi::send_gif(TOKEN, "@c", "x", "no/such.gif".into(), None, None);
    assert_eq!(refused.unwrap_err().parameter, Some("GIF"));
}

#[test]
fn a_media_group_sends_each_path_as_a_part_and_each_url_or_file_id_as_text() {
    let f = Fixture::new();
    let one = TempFile::with("one.jpg", &pattern(1000));
    let two = TempFile::with("two.mp4", &pattern(2000));
    let first = parse(
        &opi::send_document(TOKEN, "@c", "x", b"abc".as_slice().into(), None, None, None).unwrap(),
    );
    let file_id = first["result"]["document"]["file_id"]
        .as_str()
        .unwrap()
        .to_string();
    // OPI's single-quoted JSON; the map's order is the album's.
    let mapping = format!(
        "{{'{}':'photo','{}':'video','https://example.com/c.jpg':'photo','{file_id}':'document'}}",
        one.path(),
        two.path()
    );
    let sent = opi::send_media_group(TOKEN, "-100123*7", "*Album*", &mapping, None, None);
    let sent = parse(&sent.unwrap());
    let messages = sent["result"].as_array().unwrap();
    assert_eq!(messages.len(), 4, "{sent}");
    assert_eq!(messages[0]["photo"][0]["file_size"], 1000);
    assert_eq!(messages[1]["video"]["file_name"], "two.mp4");
    assert_eq!(messages[3]["document"]["file_name"], "document");
    let requests = f.server.requests();
    let r = &requests[1];
    assert_eq!(r.bot_method(), Some("sendMediaGroup"));
    let names: Vec<&str> = r.parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["chat_id", "message_thread_id", "media", "file0", "file1"]
    );
    let media: Value = serde_json::from_str(&r.part("media").unwrap().text()).unwrap();
    assert_eq!(
        media,
        serde_json::json!([
            {"type":"photo","media":"attach://file0","caption":"*Album*","parse_mode":"Markdown"},
            {"type":"video","media":"attach://file1"},
            {"type":"photo","media":"https://example.com/c.jpg"},
            {"type":"document","media":file_id},
        ])
    );
    let (file0, file1) = (r.part("file0").unwrap(), r.part("file1").unwrap());
    assert_eq!(
        (file0.file_name.as_deref(), file0.data.as_slice()),
        (Some("one.jpg"), pattern(1000).as_slice())
    );
    assert_eq!(file0.content_type.as_deref(), Some("image/jpeg"));
    assert_eq!(
        (file1.file_name.as_deref(), file1.data.as_slice()),
        (Some("two.mp4"), pattern(2000).as_slice())
    );

    // Refused, unsent: one file, eleven, a kind the Bot API has no album of, a path to
    // nothing, a keyboard.
    let two_paths = format!("{{'{}':'photo','{}':'photo'}}", one.path(), two.path());
    let eleven: Vec<String> = (0..11).map(|i| format!("'id{i}':'photo'")).collect();
    for (mapping, keyboard, parameter) in [
        (format!("{{'{}':'photo'}}", one.path()), None, "FileMapping"),
        (format!("{{{}}}", eleven.join(",")), None, "FileMapping"),
        (
            format!("{{'{}':'sticker','{}':'photo'}}", one.path(), two.path()),
            None,
            "FileMapping",
        ),
        (
            format!("{{'{}':'photo','/no/such.jpg':'photo'}}", one.path()),
            None,
            "FileMapping",
        ),
        ("[1,2]".to_string(), None, "FileMapping"),
        (two_paths, Some("{'inline_keyboard':[]}"), "Keyboard"),
    ] {
        let refused =
            opi::send_media_group(TOKEN, "@c", "x", &mapping, keyboard, None).unwrap_err();
        assert_eq!(
            refused.parameter,
            Some(parameter),
            "{mapping}: {}",
            refused.description
        );
    }
    assert_eq!(f.server.request_count(), 2);
}

#[test]
fn call_with_files_reaches_methods_opi_lacks_with_a_file_part() {
    let f = Fixture::new();
    let voice = TempFile::with("hello.ogg", &pattern(4000));
    let (t, method, params) = (
        c(TOKEN),
        c("sendVoice"),
        c(r#"{"chat_id":"@c","caption":"Hi","duration":3}"#),
    );
    let files = c(&format!("{{'voice':'{}'}}", voice.path()));
    // SAFETY: live C strings.
    let sent = parse(&take(unsafe {
        opi::opi_telegram_call_with_files(
            t.as_ptr(),
            method.as_ptr(),
            params.as_ptr(),
            files.as_ptr(),
        )
    }));
    assert_eq!(sent["ok"], true, "{sent}");
    assert_eq!(sent["result"]["voice"]["file_size"], 4000);
    let requests = f.server.requests();
    let r = &requests[0];
    assert_eq!(r.bot_method(), Some("sendVoice"));
    let names: Vec<&str> = r.parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["chat_id", "caption", "duration", "voice"]);
    assert_eq!(r.part("duration").unwrap().text(), "3");
    let part = r.part("voice").unwrap();
    assert_eq!(
        (part.file_name.as_deref(), part.content_type.as_deref()),
        (Some("hello.ogg"), Some("audio/ogg"))
    );
    assert_eq!(part.data, pattern(4000));

    // A file_id goes as text; what cannot go up is refused unsent.
    let file_id = sent["result"]["voice"]["file_id"].as_str().unwrap();
    let again = opi::call_with_files(
        TOKEN,
        "sendVoice",
        Some(r#"{"chat_id":"@c"}"#),
        &format!("{{\"voice\":\"{file_id}\"}}"),
    );
    assert_eq!(parse(&again.unwrap())["result"]["voice"]["file_size"], 4000);
    for (params, files, parameter) in [
        (r#"{"chat_id":"@c"}"#, "{'voice':'/no/such.ogg'}", "Files"),
        (r#"{"chat_id":"@c"}"#, "{'voice':5}", "Files"),
        (r#"{"chat_id":"@c"}"#, "", "Files"),
        ("[1]", "{'voice':'AgAD'}", "Parameters"),
        // One field, two values: which would Telegram read? Neither is sent.
        (
            r#"{"chat_id":"@c","voice":"AgAD"}"#,
            "{'voice':'AgAE'}",
            "Files",
        ),
    ] {
        let refused = opi::call_with_files(TOKEN, "sendVoice", Some(params), files).unwrap_err();
        assert_eq!(
            refused.parameter,
            Some(parameter),
            "{files}: {}",
            refused.description
        );
    }
    assert_eq!(f.server.request_count(), 2);
}
