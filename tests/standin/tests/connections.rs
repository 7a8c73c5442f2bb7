mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::thread;
use std::time::{Duration, Instant};

use common::{Client, json};
use opi_standin::{StandIn, TOKEN};

const CREATE: &str = "createChatInviteLink";

#[test]
fn url_and_port_agree() {
    let stand_in = StandIn::start();
    assert_ne!(stand_in.port(), 0);
    assert_eq!(
        stand_in.url(),
        format!("http://127.0.0.1:{}", stand_in.port())
    );
    assert_eq!(stand_in.connections(), 0);
    assert_eq!(stand_in.request_count(), 0);
}

#[test]
fn keep_alive_reuses_one_connection() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    for _ in 0..2 {
        let answer = client.call(CREATE, r#"{"chat_id":1}"#);
        assert_eq!(answer.status, 200);
        assert_eq!(answer.header("Connection"), Some("keep-alive"));
    }
    assert_eq!(stand_in.connections(), 1);
    let requests = stand_in.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests.iter().all(|r| r.connection == 1));
}

#[test]
fn connection_close_is_honoured() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    client.post_with(
        &format!("/bot{TOKEN}/{CREATE}"),
        r#"{"chat_id":1}"#,
        "Connection: close\r\n",
    );
    let answer = client.answer();
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("Connection"), Some("close"));
    assert!(client.is_closed_by_server());
}

#[test]
fn http10_closes_by_default() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    client.send_raw(format!("GET /bot{TOKEN}/getMe HTTP/1.0\r\n\r\n").as_bytes());
    let answer = client.answer();
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("Connection"), Some("close"));
    assert!(client.is_closed_by_server());
}

#[test]
fn close_idle_forces_a_new_connection() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    assert_eq!(client.call(CREATE, r#"{"chat_id":1}"#).status, 200);

    stand_in.close_idle();
    assert!(client.is_closed_by_server());

    let mut fresh = Client::connect(&stand_in);
    assert_eq!(fresh.call(CREATE, r#"{"chat_id":2}"#).status, 200);
    assert_eq!(stand_in.connections(), 2);
    let requests = stand_in.requests();
    assert_eq!(requests[0].connection, 1);
    assert_eq!(requests[1].connection, 2);
}

#[test]
fn close_idle_spares_busy_and_unused_connections() {
    let stand_in = StandIn::start();
    let mut stalled = Client::connect(&stand_in);
    stalled.post(CREATE, r#"{"chat_id":"@stall"}"#);
    assert!(stand_in.wait_for_requests(1, Duration::from_secs(5)));
    let mut unused = Client::connect(&stand_in);
    let mut partial = Client::connect(&stand_in);
    partial.send_raw(format!("POST /bot{TOKEN}/{CREATE} HTTP/1.1\r\n").as_bytes());
    // Let the server see the first bytes of the partial request.
    thread::sleep(Duration::from_millis(100));

    let started = Instant::now();
    stand_in.close_idle();
    assert!(started.elapsed() < Duration::from_secs(1));

    assert!(stalled.nothing_arrives_within(Duration::from_millis(100)));
    assert_eq!(unused.call(CREATE, r#"{"chat_id":1}"#).status, 200);
    let body = r#"{"chat_id":2}"#;
    partial.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    assert_eq!(partial.answer().status, 200);
}

#[test]
fn chunked_body_is_reassembled() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    client.send_raw(
        format!(
            "POST /bot{TOKEN}/{CREATE} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\
             6\r\n{{\"chat\r\n11;ext=1\r\n_id\":1,\"name\":\"C\"\r\n1\r\n}}\r\n0\r\n\r\n"
        )
        .as_bytes(),
    );
    let answer = client.answer();
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert_eq!(json(&answer)["result"]["name"], "C");
    assert_eq!(stand_in.requests()[0].body, br#"{"chat_id":1,"name":"C"}"#);
    // Framing was consumed exactly: the connection carries on.
    assert_eq!(client.call(CREATE, r#"{"chat_id":1}"#).status, 200);
}

#[test]
fn expect_continue_gets_an_interim_answer() {
    let stand_in = StandIn::start();
    let stream = TcpStream::connect(("127.0.0.1", stand_in.port())).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let body = r#"{"chat_id":1}"#;
    (&stream)
        .write_all(
            format!(
                "POST /bot{TOKEN}/{CREATE} HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: {}\r\n\r\n",
                body.len()
            )
            .as_bytes(),
        )
        .unwrap();
    let mut reader = BufReader::new(&stream);
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    assert_eq!(line, "HTTP/1.1 100 Continue\r\n");
    line.clear();
    reader.read_line(&mut line).unwrap();
    assert_eq!(line, "\r\n");
    (&stream).write_all(body.as_bytes()).unwrap();
    line.clear();
    reader.read_line(&mut line).unwrap();
    assert_eq!(line, "HTTP/1.1 200 OK\r\n");
}

#[test]
fn pipelined_requests_are_answered_in_order() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let one = r#"{"chat_id":"@no_such_chat"}"#;
    let two = r#"{"chat_id":1}"#;
    let path = format!("/bot{TOKEN}/{CREATE}");
    client.send_raw(
        format!(
            "POST {path} HTTP/1.1\r\nContent-Length: {}\r\n\r\n{one}POST {path} HTTP/1.1\r\nContent-Length: {}\r\n\r\n{two}",
            one.len(),
            two.len()
        )
        .as_bytes(),
    );
    assert_eq!(client.answer().status, 400);
    assert_eq!(client.answer().status, 200);
}

#[test]
fn head_requests_get_no_body() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    client.send_raw(b"HEAD /nowhere HTTP/1.1\r\n\r\n");
    let raw = client.read_available(Duration::from_millis(300));
    let text = String::from_utf8(raw).unwrap();
    let not_found = r#"{"ok":false,"error_code":404,"description":"Not Found"}"#;
    assert!(text.starts_with("HTTP/1.1 404 Not Found\r\n"), "{text}");
    assert!(
        text.contains(&format!("Content-Length: {}\r\n", not_found.len())),
        "{text}"
    );
    assert!(text.ends_with("\r\n\r\n"), "{text}");
}

#[test]
fn malformed_request_gets_400_and_close() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    client.send_raw(b"THIS IS NOT HTTP\r\n\r\n");
    let answer = client.answer();
    assert_eq!(answer.status, 400);
    assert_eq!(answer.header("Connection"), Some("close"));
    assert_eq!(answer.header("Content-Type"), Some("application/json"));
    assert!(client.is_closed_by_server());
    assert_eq!(stand_in.request_count(), 0);
}

#[test]
fn oversized_head_gets_413() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let mut request = format!("POST /bot{TOKEN}/{CREATE} HTTP/1.1\r\nX-Padding: ").into_bytes();
    request.resize(70 * 1024, b'p');
    request.extend_from_slice(b"\r\n\r\n");
    client.send_raw(&request);
    let answer = client.answer();
    assert_eq!(answer.status, 413);
    assert!(client.is_closed_by_server());
}

#[test]
fn oversized_body_gets_413_before_it_is_sent() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    client.send_raw(
        format!(
            "POST /bot{TOKEN}/{CREATE} HTTP/1.1\r\nContent-Length: {}\r\n\r\n",
            32 * 1024 * 1024 + 1
        )
        .as_bytes(),
    );
    let answer = client.answer();
    assert_eq!(answer.status, 413);
    assert_eq!(
        answer.text(),
        r#"{"ok":false,"error_code":413,"description":"Request Entity Too Large"}"#
    );
    assert!(client.is_closed_by_server());
}

#[test]
fn concurrent_clients_get_distinct_links() {
    let stand_in = StandIn::start();
    let links: Vec<String> = thread::scope(|scope| {
        let workers: Vec<_> = (0..8)
            .map(|i| {
                let stand_in = &stand_in;
                scope.spawn(move || {
                    let mut client = Client::connect(stand_in);
                    (0..25)
                        .map(|_| {
                            let answer = client.call(CREATE, &format!(r#"{{"chat_id":{i}}}"#));
                            json(&answer)["result"]["invite_link"]
                                .as_str()
                                .unwrap()
                                .to_owned()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    let mut unique = links.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 200);
    assert_eq!(stand_in.connections(), 8);
    assert_eq!(stand_in.request_count(), 200);
}

#[test]
fn drop_closes_idle_and_half_sent_connections_promptly() {
    let stand_in = StandIn::start();
    let mut idle = Client::connect(&stand_in);
    assert_eq!(idle.call(CREATE, r#"{"chat_id":1}"#).status, 200);
    let mut half = Client::connect(&stand_in);
    half.send_raw(
        format!("POST /bot{TOKEN}/{CREATE} HTTP/1.1\r\nContent-Length: 100\r\n\r\n{{").as_bytes(),
    );

    let started = Instant::now();
    drop(stand_in);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    assert!(idle.is_closed_by_server());
    assert!(half.is_closed_by_server());
}
