mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use common::{Client, json};
use opi_standin::invite_link;

/// Other languages' tests drive the stand-in through this binary: read one
/// URL line, use it, close stdin to stop it.
#[test]
fn binary_serves_until_stdin_closes() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_opi-standin"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start opi-standin");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port: u16 = line
        .strip_prefix("http://127.0.0.1:")
        .and_then(|rest| rest.strip_suffix('\n'))
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .parse()
        .unwrap();

    let mut client = Client::connect_port(port);
    let answer = client.call("createChatInviteLink", r#"{"chat_id":"@someone"}"#);
    assert_eq!(json(&answer)["result"]["invite_link"], invite_link(1));

    // The keep-alive connection is still open; closing stdin must end the
    // process anyway.
    drop(child.stdin.take());
    let deadline = Instant::now() + Duration::from_secs(5);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("opi-standin did not exit after stdin closed");
        }
        thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
    assert!(client.is_closed_by_server());
}
