//! Data sending through the exported C functions and `oint`: the exact body each form of
//! each parameter sends (text prepared for its parse mode, keyboards as JSON, single-quoted
//! JSON or a file), what comes back, and what is refused unsent.

use std::ffi::CString;
use std::process::Command;

use crate::common::*;
use opi::unversioned::find;
use opi::{
    opi_telegram_form_keyboard_from_button_array, opi_telegram_replace_message_caption,
    opi_telegram_replace_message_keyboard, opi_telegram_replace_message_text,
    opi_telegram_send_contact, opi_telegram_send_location, opi_telegram_send_poll,
    opi_telegram_send_text_message,
};
use opi_standin::{StandIn, TOKEN};
use serde_json::{Value, json};

fn c(s: &str) -> CString {
    CString::new(s).unwrap()
}

const KEYBOARD: &str = "{'inline_keyboard':[[{'text':'Button 1','callback_data':'b1'}]]}";

fn keyboard() -> Value {
    json!({"inline_keyboard":[[{"text":"Button 1","callback_data":"b1"}]]})
}

/// Checks that the stand-in received exactly `expected`, in order, each a POST of a JSON
/// body, and that each answer is the one it sent back.
fn assert_sent(f: &Fixture, expected: &[(&str, Value)], answers: &[String]) {
    let requests = f.server.requests();
    assert_eq!(requests.len(), expected.len());
    for ((r, (method, body)), answer) in requests.iter().zip(expected).zip(answers) {
        assert_eq!(r.path, format!("/bot{TOKEN}/{method}"));
        assert_eq!(r.method, "POST");
        assert_eq!(r.header("content-type"), Some("application/json"));
        assert_eq!(
            String::from_utf8_lossy(&r.body),
            serde_json::to_string(body).unwrap(),
            "{method}"
        );
        assert_eq!(answer.as_bytes(), r.response.as_slice(), "{method}");
    }
}

/// Runs `oint telegram` with `args` against `server`, the token from the environment.
fn oint(server: &StandIn, args: &[&str]) -> (i32, Value) {
    let output = Command::new(env!("CARGO_BIN_EXE_oint"))
        .arg("telegram")
        .args(args)
        .args(["--api-url", &server.url()])
        .env_clear()
        .env("OPI_TELEGRAM_TOKEN", TOKEN)
        .output()
        .expect("oint runs");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(!stdout.contains(TOKEN));
    let status = output.status.code().unwrap();
    let value = serde_json::from_str(&stdout).unwrap_or_else(|_| {
        panic!(
            "{args:?}: {stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (status, value)
}

/// The Bash example of `name`'s reference page, its token from the environment.
fn example(name: &str) -> Vec<String> {
    let method = find(name).unwrap();
    let mut args = vec![method.name.to_string()];
    for (option, value) in method.example {
        if *option != "token" {
            args.push(format!("--{option}"));
            args.push(value.to_string());
        }
    }
    args
}

#[test]
fn send_text_message_sends_each_form() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let path = std::env::temp_dir().join(format!("opi-keyboard-{}.json", std::process::id()));
    std::fs::write(&path, KEYBOARD).unwrap();
    let file = c(path.to_str().unwrap());
    let (chat, topic, text) = (c("461699897"), c("-1001234567890*5"), c("Hello, *world*!"));
    let (json_kb, quoted_kb) = (c(&keyboard().to_string()), c(KEYBOARD));
    let (tp, ch, tx) = (t.as_ptr(), chat.as_ptr(), text.as_ptr());
    // SAFETY throughout: live C strings or NULL; each result is taken and freed once.
    let answers = unsafe {
        let send = |chat, text, keyboard, markup, reply| {
            take(opi_telegram_send_text_message(
                tp, chat, text, keyboard, markup, reply,
            ))
        };
        vec![
            send(ch, tx, null, null, 0),
            send(topic.as_ptr(), tx, json_kb.as_ptr(), c("").as_ptr(), 42),
            send(ch, tx, quoted_kb.as_ptr(), c("none").as_ptr(), 0),
            send(
                ch,
                c("R&D &amp; 100%").as_ptr(),
                file.as_ptr(),
                c("html").as_ptr(),
                0,
            ),
            send(
                ch,
                c("v1.2 - \\{ok\\} %F0%9F%94%A5").as_ptr(),
                null,
                c("MarkdownV2").as_ptr(),
                0,
            ),
            send(
                c("@testsichee").as_ptr(),
                c("100%").as_ptr(),
                null,
                c("Markdown").as_ptr(),
                0,
            ),
        ]
    };
    std::fs::remove_file(&path).unwrap();
    let expected = [
        (
            "sendMessage",
            json!({"chat_id":461699897,"text":"Hello, *world*!","parse_mode":"Markdown"}),
        ),
        (
            "sendMessage",
            json!({"chat_id":-1001234567890_i64,"message_thread_id":5,"text":"Hello, *world*!",
                   "parse_mode":"Markdown","reply_parameters":{"message_id":42},
                   "reply_markup":keyboard()}),
        ),
        (
            "sendMessage",
            json!({"chat_id":461699897,"text":"Hello, *world*!","reply_markup":keyboard()}),
        ),
        (
            "sendMessage",
            json!({"chat_id":461699897,"text":"R&amp;D &amp; 100%","parse_mode":"HTML",
                   "reply_markup":keyboard()}),
        ),
        (
            "sendMessage",
            json!({"chat_id":461699897,"text":"v1\\.2 \\- \\{ok\\} 🔥","parse_mode":"MarkdownV2"}),
        ),
        (
            "sendMessage",
            json!({"chat_id":"@testsichee","text":"100%","parse_mode":"Markdown"}),
        ),
    ];
    assert_sent(&f, &expected, &answers);
    let sent = parse(&answers[1]);
    assert_eq!(sent["result"]["text"], "Hello, *world*!");
    assert_eq!(sent["result"]["message_thread_id"], 5);
}

#[test]
fn send_text_message_refuses_bad_values_unsent() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let (chat, text) = (c("461699897"), c("Hi"));
    let (tp, ch, tx) = (t.as_ptr(), chat.as_ptr(), text.as_ptr());
    // SAFETY: as above.
    unsafe {
        let send = |chat, text, keyboard, markup, reply| {
            parse(&take(opi_telegram_send_text_message(
                tp, chat, text, keyboard, markup, reply,
            )))
        };
        for bad in [null, c("").as_ptr(), c(" \n ").as_ptr()] {
            assert_invalid(&send(ch, bad, null, null, 0), "Text");
        }
        for bad in [
            "['a']",
            "{'a':}",
            "https://example.com/keyboard.json",
            "/no/such/keyboard.json",
            "{\"a\":1",
        ] {
            assert_invalid(&send(ch, tx, c(bad).as_ptr(), null, 0), "Keyboard");
        }
        for bad in ["BBCode", "markdown v2"] {
            assert_invalid(&send(ch, tx, null, c(bad).as_ptr(), 0), "Markup");
        }
        for bad in [-1, i32::MIN] {
            assert_invalid(&send(ch, tx, null, null, bad), "RepliedID");
        }
        assert_invalid(&send(c("abc").as_ptr(), tx, null, null, 0), "ChatID");
        assert_invalid(
            &parse(&take(opi_telegram_send_text_message(
                null, ch, tx, null, null, 0,
            ))),
            "Token",
        );
    }
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn send_text_message_passes_telegrams_refusal_through() {
    let f = Fixture::new();
    let t = c(TOKEN);
    // SAFETY: as above.
    let answer = unsafe {
        take(opi_telegram_send_text_message(
            t.as_ptr(),
            c("@no_such_chat").as_ptr(),
            c("Hi").as_ptr(),
            std::ptr::null(),
            std::ptr::null(),
            0,
        ))
    };
    assert_eq!(
        answer,
        r#"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#
    );
    assert_eq!(f.server.request_count(), 1);
}

#[test]
fn send_text_message_from_the_command_line() {
    let server = StandIn::start();
    let example = example("SendTextMessage");
    let example: Vec<&str> = example.iter().map(String::as_str).collect();
    let cases: &[(&[&str], Value)] = &[
        (
            &example,
            json!({"chat_id":461699897,"text":"String value","parse_mode":"Markdown"}),
        ),
        (
            &[
                "SendTextMessage",
                "-c",
                "@testsichee*3",
                "-x",
                "<b>R&D</b>",
                "-k",
                KEYBOARD,
                "-p",
                "HTML",
                "-r",
                "7",
            ],
            json!({"chat_id":"@testsichee","message_thread_id":3,"text":"<b>R&amp;D</b>",
                   "parse_mode":"HTML","reply_parameters":{"message_id":7},
                   "reply_markup":keyboard()}),
        ),
        (
            &[
                "sendtextmessage",
                "--chat",
                "1",
                "--text",
                "plain_text",
                "--parsemode",
                "none",
            ],
            json!({"chat_id":1,"text":"plain_text"}),
        ),
    ];
    for (n, (args, body)) in cases.iter().enumerate() {
        let (status, answer) = oint(&server, args);
        assert_eq!(status, 0, "{args:?}: {answer}");
        assert_eq!(answer["ok"], true, "{args:?}");
        let sent = &server.requests()[n];
        assert_eq!(sent.bot_method(), Some("sendMessage"));
        assert_eq!(sent.json(), *body, "{args:?}");
    }
}

#[test]
fn send_location_sends_coordinates_as_numbers() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let (chat, topic, kb) = (c("461699897"), c("@testsichee*4"), c(KEYBOARD));
    // SAFETY: as above.
    let answers = unsafe {
        vec![
            take(opi_telegram_send_location(
                t.as_ptr(),
                chat.as_ptr(),
                48.87373649724122,
                2.2954639195323967,
                null,
            )),
            take(opi_telegram_send_location(
                t.as_ptr(),
                topic.as_ptr(),
                -90.0,
                180.0,
                kb.as_ptr(),
            )),
        ]
    };
    let expected = [
        (
            "sendLocation",
            json!({"chat_id":461699897,"latitude":48.87373649724122,"longitude":2.2954639195323967}),
        ),
        (
            "sendLocation",
            json!({"chat_id":"@testsichee","message_thread_id":4,"latitude":-90.0,"longitude":180.0,
                   "reply_markup":keyboard()}),
        ),
    ];
    assert_sent(&f, &expected, &answers);
    assert_eq!(
        parse(&answers[0])["result"]["location"],
        json!({"latitude":48.87373649724122,"longitude":2.2954639195323967})
    );
}

#[test]
fn send_location_refuses_what_is_not_a_place_unsent() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let chat = c("461699897");
    // SAFETY: as above.
    unsafe {
        let send = |lat, long, keyboard| {
            parse(&take(opi_telegram_send_location(
                t.as_ptr(),
                chat.as_ptr(),
                lat,
                long,
                keyboard,
            )))
        };
        for lat in [f64::NAN, f64::INFINITY, -90.000001, 91.0] {
            assert_invalid(&send(lat, 0.0, null), "Latitude");
        }
        for long in [f64::NAN, f64::NEG_INFINITY, 180.5, -181.0] {
            assert_invalid(&send(0.0, long, null), "Longitude");
        }
        assert_invalid(&send(0.0, 0.0, c("[]").as_ptr()), "Keyboard");
        let e = send(f64::NAN, 0.0, null);
        assert_eq!(e["description"], "Latitude: NaN is not a finite number");
    }
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn send_location_from_the_command_line() {
    let server = StandIn::start();
    let example = example("SendLocation");
    let example: Vec<&str> = example.iter().map(String::as_str).collect();
    let (status, answer) = oint(&server, &example);
    assert_eq!((status, &answer["ok"]), (0, &json!(true)), "{answer}");
    let (status, answer) = oint(
        &server,
        &[
            "SendLocation",
            "-c",
            "1*2",
            "-l",
            "-33.5",
            "-n",
            "151",
            "-k",
            KEYBOARD,
        ],
    );
    assert_eq!(status, 0, "{answer}");
    let bodies: Vec<Value> = server.requests().iter().map(|r| r.json()).collect();
    assert_eq!(
        bodies,
        [
            json!({"chat_id":461699897,"latitude":48.87373649724122,"longitude":2.2954639195323967}),
            json!({"chat_id":1,"message_thread_id":2,"latitude":-33.5,"longitude":151.0,
                   "reply_markup":keyboard()}),
        ]
    );
    // Out of range is the library's refusal, naming the parameter; not a number is usage.
    let (status, answer) = oint(&server, &["SendLocation", "-c", "1", "-l", "95", "-n", "0"]);
    assert_eq!(status, 1);
    assert_eq!(answer["opi_error"]["parameter"], "Latitude");
    assert_eq!(server.request_count(), 2);
}

#[test]
fn send_contact_sends_names_and_phone() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let (chat, topic, kb) = (c("461699897"), c("-100123*9"), c(KEYBOARD));
    let (name, surname, phone) = (c("Петр"), c("Petrov"), c("+123456789"));
    // SAFETY: as above.
    let answers = unsafe {
        vec![
            take(opi_telegram_send_contact(
                t.as_ptr(),
                chat.as_ptr(),
                name.as_ptr(),
                surname.as_ptr(),
                phone.as_ptr(),
                null,
            )),
            take(opi_telegram_send_contact(
                t.as_ptr(),
                topic.as_ptr(),
                name.as_ptr(),
                c("").as_ptr(),
                phone.as_ptr(),
                kb.as_ptr(),
            )),
        ]
    };
    let expected = [
        (
            "sendContact",
            json!({"chat_id":461699897,"phone_number":"+123456789","first_name":"Петр",
                   "last_name":"Petrov"}),
        ),
        (
            "sendContact",
            json!({"chat_id":-100123,"message_thread_id":9,"phone_number":"+123456789",
                   "first_name":"Петр","reply_markup":keyboard()}),
        ),
    ];
    assert_sent(&f, &expected, &answers);
    assert_eq!(
        parse(&answers[0])["result"]["contact"],
        json!({"phone_number":"+123456789","first_name":"Петр","last_name":"Petrov"})
    );
}

#[test]
fn send_contact_refuses_a_contact_without_name_or_phone_unsent() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let (chat, name, phone) = (c("461699897"), c("Petr"), c("+1"));
    // SAFETY: as above.
    unsafe {
        let send = |name, phone, keyboard| {
            parse(&take(opi_telegram_send_contact(
                t.as_ptr(),
                chat.as_ptr(),
                name,
                null,
                phone,
                keyboard,
            )))
        };
        for bad in [null, c("").as_ptr(), c("  ").as_ptr()] {
            assert_invalid(&send(bad, phone.as_ptr(), null), "Name");
            assert_invalid(&send(name.as_ptr(), bad, null), "Phone");
        }
        assert_invalid(
            &send(name.as_ptr(), phone.as_ptr(), c("x").as_ptr()),
            "Keyboard",
        );
    }
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn send_contact_from_the_command_line() {
    let server = StandIn::start();
    let example = example("SendContact");
    let example: Vec<&str> = example.iter().map(String::as_str).collect();
    let (status, answer) = oint(&server, &example);
    assert_eq!((status, &answer["ok"]), (0, &json!(true)), "{answer}");
    let (status, answer) = oint(
        &server,
        &[
            "SendContact",
            "-c",
            "@testsichee",
            "-n",
            "Petr",
            "-p",
            "+1",
            "-s",
            "P",
        ],
    );
    assert_eq!(status, 0, "{answer}");
    let bodies: Vec<Value> = server.requests().iter().map(|r| r.json()).collect();
    assert_eq!(
        bodies,
        [
            json!({"chat_id":461699897,"phone_number":"+123456789","first_name":"Petr",
                   "last_name":"Petrov"}),
            json!({"chat_id":"@testsichee","phone_number":"+1","first_name":"Petr","last_name":"P"}),
        ]
    );
}

fn poll(chat: Value, topic: Option<i64>, anonymous: bool) -> Value {
    let mut body = json!({"chat_id": chat});
    if let Some(topic) = topic {
        body["message_thread_id"] = topic.into();
    }
    body["question"] = "What's your favorite color?".into();
    body["options"] = json!([{"text":"Red"},{"text":"Yellow"},{"text":"\"Green\""}]);
    body["is_anonymous"] = anonymous.into();
    body
}

#[test]
fn send_poll_sends_options_and_anonymity_as_telegram_documents() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let question = c("What's your favorite color?");
    let (chat, topic) = (c("461699897"), c("@testsichee*2"));
    let single = c(r#"['Red','Yellow','"Green"']"#);
    let double = c(r#"["Red","Yellow","\"Green\""]"#);
    // SAFETY: as above.
    let answers = unsafe {
        vec![
            take(opi_telegram_send_poll(
                t.as_ptr(),
                chat.as_ptr(),
                question.as_ptr(),
                single.as_ptr(),
                true,
            )),
            take(opi_telegram_send_poll(
                t.as_ptr(),
                topic.as_ptr(),
                question.as_ptr(),
                double.as_ptr(),
                false,
            )),
        ]
    };
    let expected = [
        ("sendPoll", poll(json!(461699897), None, true)),
        ("sendPoll", poll(json!("@testsichee"), Some(2), false)),
    ];
    assert_sent(&f, &expected, &answers);
    let sent = parse(&answers[1]);
    assert_eq!(sent["result"]["poll"]["is_anonymous"], false);
    assert_eq!(sent["result"]["poll"]["options"][2]["text"], "\"Green\"");
}

#[test]
fn send_poll_refuses_what_is_not_a_poll_unsent() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let (chat, question, options) = (c("461699897"), c("Q?"), c("['a','b']"));
    // SAFETY: as above.
    unsafe {
        let send = |question, options| {
            parse(&take(opi_telegram_send_poll(
                t.as_ptr(),
                chat.as_ptr(),
                question,
                options,
                true,
            )))
        };
        assert_invalid(&send(null, options.as_ptr()), "Question");
        assert_invalid(&send(c(" ").as_ptr(), options.as_ptr()), "Question");
        for bad in [
            "",
            "Red",
            "['Red']",
            "[]",
            "['a',1]",
            "{'a':'b'}",
            "['a','b'",
        ] {
            let bad = c(bad);
            let bad = if bad.as_bytes().is_empty() {
                null
            } else {
                bad.as_ptr()
            };
            assert_invalid(&send(question.as_ptr(), bad), "AnswersArray");
        }
        let e = send(question.as_ptr(), c("['Red']").as_ptr());
        assert_eq!(
            e["description"],
            "AnswersArray: a poll needs at least 2 answers, got 1"
        );
    }
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn send_poll_from_the_command_line_reads_the_flag() {
    let server = StandIn::start();
    let example = example("SendPoll");
    let example: Vec<&str> = example.iter().map(String::as_str).collect();
    let (status, answer) = oint(&server, &example);
    assert_eq!((status, &answer["ok"]), (0, &json!(true)), "{answer}");
    let options = r#"['Red','Yellow','"Green"']"#;
    let question = "What's your favorite color?";
    for (flag, anonymous) in [
        (None, true),
        (Some("FALSE"), false),
        (Some("0"), false),
        (Some("1"), true),
        (Some(""), true),
    ] {
        let mut args = vec!["SendPoll", "-c", "@c", "-q", question, "-o", options];
        if let Some(flag) = flag {
            args.extend(["-a", flag]);
        }
        let (status, answer) = oint(&server, &args);
        assert_eq!(status, 0, "{flag:?}: {answer}");
        let sent = server.requests().last().unwrap().json();
        assert_eq!(sent, poll(json!("@c"), None, anonymous), "{flag:?}");
    }
    for bad in ["yes", "да", "2"] {
        let output = Command::new(env!("CARGO_BIN_EXE_oint"))
            .args(["telegram", "SendPoll", "-c", "@c", "-q", "Q", "-o", options])
            .args(["--anonymous", bad, "--api-url", &server.url()])
            .env_clear()
            .env("OPI_TELEGRAM_TOKEN", TOKEN)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{bad}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.contains("--anonymous takes true or false"),
            "{stderr}"
        );
    }
    assert_eq!(server.request_count(), 6);
}

#[test]
fn replace_message_text_sends_parse_mode_only_when_given() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let (chat, topic, text) = (c("461699897"), c("461699897*3"), c("v2.0 & 100%"));
    // SAFETY: as above.
    let answers = unsafe {
        let edit = |chat, id, markup| {
            take(opi_telegram_replace_message_text(
                t.as_ptr(),
                chat,
                id,
                text.as_ptr(),
                markup,
            ))
        };
        vec![
            edit(chat.as_ptr(), 5922, null),
            edit(topic.as_ptr(), 5922, c("MarkdownV2").as_ptr()),
            edit(chat.as_ptr(), 5922, c("html").as_ptr()),
            edit(chat.as_ptr(), 404, c("none").as_ptr()),
        ]
    };
    let expected = [
        (
            "editMessageText",
            json!({"chat_id":461699897,"message_id":5922,"text":"v2.0 & 100%"}),
        ),
        (
            "editMessageText",
            json!({"chat_id":461699897,"message_id":5922,"text":"v2\\.0 & 100%",
                   "parse_mode":"MarkdownV2"}),
        ),
        (
            "editMessageText",
            json!({"chat_id":461699897,"message_id":5922,"text":"v2.0 &amp; 100%",
                   "parse_mode":"HTML"}),
        ),
        (
            "editMessageText",
            json!({"chat_id":461699897,"message_id":404,"text":"v2.0 & 100%"}),
        ),
    ];
    assert_sent(&f, &expected, &answers);
    assert_eq!(parse(&answers[0])["result"]["text"], "v2.0 & 100%");
    // Telegram's refusal passes through.
    assert_eq!(
        answers[3],
        r#"{"ok":false,"error_code":400,"description":"Bad Request: message to edit not found"}"#
    );
}

#[test]
fn replace_message_text_refuses_bad_values_unsent() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let (chat, text) = (c("461699897"), c("New"));
    // SAFETY: as above.
    unsafe {
        let edit = |id, text, markup| {
            parse(&take(opi_telegram_replace_message_text(
                t.as_ptr(),
                chat.as_ptr(),
                id,
                text,
                markup,
            )))
        };
        for id in [0, -1] {
            assert_invalid(&edit(id, text.as_ptr(), null), "MessageID");
        }
        assert_invalid(&edit(1, null, null), "Text");
        assert_invalid(&edit(1, c("").as_ptr(), null), "Text");
        assert_invalid(&edit(1, text.as_ptr(), c("md").as_ptr()), "Markup");
    }
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn replace_message_text_from_the_command_line() {
    let server = StandIn::start();
    let example = example("ReplaceMessageText");
    let example: Vec<&str> = example.iter().map(String::as_str).collect();
    let (status, answer) = oint(&server, &example);
    assert_eq!((status, &answer["ok"]), (0, &json!(true)), "{answer}");
    let args = [
        "ReplaceMessageText",
        "-c",
        "@c",
        "-m",
        "7",
        "-x",
        "<b>Hi</b>",
        "-p",
        "HTML",
    ];
    let (status, answer) = oint(&server, &args);
    assert_eq!(status, 0, "{answer}");
    let bodies: Vec<Value> = server.requests().iter().map(|r| r.json()).collect();
    assert_eq!(
        bodies,
        [
            json!({"chat_id":461699897,"message_id":5922,"text":"New message text"}),
            json!({"chat_id":"@c","message_id":7,"text":"<b>Hi</b>","parse_mode":"HTML"}),
        ]
    );
}

#[test]
fn replace_message_caption_sends_the_prepared_caption() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let (chat, caption) = (c("@testsichee*8"), c("Photo #1 %F0%9F%93%B7"));
    // SAFETY: as above.
    let answers = unsafe {
        vec![
            take(opi_telegram_replace_message_caption(
                t.as_ptr(),
                chat.as_ptr(),
                5921,
                caption.as_ptr(),
                null,
            )),
            take(opi_telegram_replace_message_caption(
                t.as_ptr(),
                chat.as_ptr(),
                5921,
                caption.as_ptr(),
                c("MarkdownV2").as_ptr(),
            )),
        ]
    };
    let expected = [
        (
            "editMessageCaption",
            json!({"chat_id":"@testsichee","message_id":5921,"caption":"Photo #1 📷"}),
        ),
        (
            "editMessageCaption",
            json!({"chat_id":"@testsichee","message_id":5921,"caption":"Photo \\#1 📷",
                   "parse_mode":"MarkdownV2"}),
        ),
    ];
    assert_sent(&f, &expected, &answers);
    assert_eq!(parse(&answers[0])["result"]["caption"], "Photo #1 📷");
    // SAFETY: as above.
    unsafe {
        let edit = |id, caption, markup| {
            parse(&take(opi_telegram_replace_message_caption(
                t.as_ptr(),
                chat.as_ptr(),
                id,
                caption,
                markup,
            )))
        };
        assert_invalid(&edit(0, caption.as_ptr(), null), "MessageID");
        assert_invalid(&edit(1, null, null), "Description");
        assert_invalid(&edit(1, caption.as_ptr(), c("rtf").as_ptr()), "Markup");
    }
    assert_eq!(f.server.request_count(), 2);
}

#[test]
fn replace_message_caption_from_the_command_line_with_opis_aliases() {
    let server = StandIn::start();
    let example = example("ReplaceMessageCaption");
    let example: Vec<&str> = example.iter().map(String::as_str).collect();
    let (status, answer) = oint(&server, &example);
    assert_eq!((status, &answer["ok"]), (0, &json!(true)), "{answer}");
    let args = [
        "ReplaceMessageCaption",
        "-c",
        "1",
        "-m",
        "2",
        "-p",
        "<i>New</i>",
        "-r",
        "HTML",
    ];
    let (status, answer) = oint(&server, &args);
    assert_eq!(status, 0, "{answer}");
    let bodies: Vec<Value> = server.requests().iter().map(|r| r.json()).collect();
    assert_eq!(
        bodies,
        [
            json!({"chat_id":461699897,"message_id":5921,"caption":"New picture description"}),
            json!({"chat_id":1,"message_id":2,"caption":"<i>New</i>","parse_mode":"HTML"}),
        ]
    );
}

#[test]
fn replace_message_keyboard_sends_the_keyboard_as_an_object() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let (chat, kb) = (c("461699897*2"), c(KEYBOARD));
    // SAFETY: as above.
    let answers = unsafe {
        vec![take(opi_telegram_replace_message_keyboard(
            t.as_ptr(),
            chat.as_ptr(),
            5923,
            kb.as_ptr(),
        ))]
    };
    let expected = [(
        "editMessageReplyMarkup",
        json!({"chat_id":461699897,"message_id":5923,"reply_markup":keyboard()}),
    )];
    assert_sent(&f, &expected, &answers);
    assert_eq!(parse(&answers[0])["result"]["reply_markup"], keyboard());
    // SAFETY: as above.
    unsafe {
        let edit = |id, keyboard| {
            parse(&take(opi_telegram_replace_message_keyboard(
                t.as_ptr(),
                chat.as_ptr(),
                id,
                keyboard,
            )))
        };
        assert_invalid(&edit(5923, null), "Keyboard");
        assert_invalid(&edit(5923, c("").as_ptr()), "Keyboard");
        assert_invalid(&edit(5923, c("[[1]]").as_ptr()), "Keyboard");
        assert_invalid(&edit(-5, kb.as_ptr()), "MessageID");
    }
    assert_eq!(f.server.request_count(), 1);
}

#[test]
fn replace_message_keyboard_from_the_command_line() {
    let server = StandIn::start();
    let example = example("ReplaceMessageKeyboard");
    let example: Vec<&str> = example.iter().map(String::as_str).collect();
    let (status, answer) = oint(&server, &example);
    assert_eq!((status, &answer["ok"]), (0, &json!(true)), "{answer}");
    let path = std::env::temp_dir().join(format!("opi-cli-keyboard-{}.json", std::process::id()));
    std::fs::write(&path, keyboard().to_string()).unwrap();
    let args = [
        "ReplaceMessageKeyboard",
        "-c",
        "@c",
        "-m",
        "9",
        "-k",
        path.to_str().unwrap(),
    ];
    let (status, answer) = oint(&server, &args);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(status, 0, "{answer}");
    let button =
        |n: u8| json!({"text":format!("New button {n}"),"callback_data":format!("New button {n}")});
    let bodies: Vec<Value> = server.requests().iter().map(|r| r.json()).collect();
    assert_eq!(
        bodies,
        [
            json!({"chat_id":461699897,"message_id":5923,"reply_markup":
                {"inline_keyboard":[[button(3),button(2),button(1)]],"rows":"1"}}),
            json!({"chat_id":"@c","message_id":9,"reply_markup":keyboard()}),
        ]
    );
}

#[test]
fn oint_turns_escapes_into_characters_as_opis_cli_does() {
    let server = StandIn::start();
    let dir = std::env::temp_dir().join(format!("oint-escapes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // A path that holds `\n` is a path, not a text with a line break.
    let file = dir.join(r"new\keyboard.json");
    std::fs::write(&file, KEYBOARD).unwrap();
    let cases: &[&[&str]] = &[
        &[
            "SendTextMessage",
            "-c",
            "1",
            "-x",
            r"Line 1\nLine 2\r\vend\f",
            "-p",
            "none",
        ],
        &[
            "SendTextMessage",
            "-c",
            "1",
            "-x",
            "x",
            "-k",
            r"{'inline_keyboard':[[{'text':'a\nb','callback_data':'c'}]]}",
        ],
        &[
            "SendTextMessage",
            "-c",
            "1",
            "-x",
            "x",
            "-k",
            file.to_str().unwrap(),
        ],
        &["SendPoll", "-c", "1", "-q", r"Q\n?", "-o", r"['a\nb','c']"],
    ];
    for args in cases {
        let (status, answer) = oint(&server, args);
        assert_eq!(status, 0, "{args:?}: {answer}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
    let bodies: Vec<Value> = server.requests().iter().map(|r| r.json()).collect();
    assert_eq!(bodies[0]["text"], "Line 1\nLine 2\r\u{b}end\u{c}");
    // JSON keeps its own escapes: \n in a JSON string is already a line break.
    assert_eq!(
        bodies[1]["reply_markup"]["inline_keyboard"][0][0]["text"],
        "a\nb"
    );
    assert_eq!(bodies[2]["reply_markup"], keyboard());
    assert_eq!(bodies[3]["question"], "Q\n?");
    assert_eq!(bodies[3]["options"][0]["text"], "a\nb");
}

fn form(buttons: &str, under: bool, one_by_one: bool) -> String {
    let b = c(buttons);
    // SAFETY: a live C string; the result is taken and freed once.
    unsafe {
        take(opi_telegram_form_keyboard_from_button_array(
            b.as_ptr(),
            under,
            one_by_one,
        ))
    }
}

/// Each form OPI makes, as standard JSON in the result's envelope, made with nothing sent.
#[test]
fn form_keyboard_from_button_array_makes_each_keyboard_here() {
    let f = Fixture::new();
    assert_eq!(
        form("['Button1','Button2']", false, true),
        r#"{"ok":true,"result":{"keyboard":[[{"text":"Button1"}],[{"text":"Button2"}]],"resize_keyboard":true}}"#
    );
    assert_eq!(
        form(r#"["Да","Нет"]"#, true, false),
        r#"{"ok":true,"result":{"inline_keyboard":[[{"text":"Да","callback_data":"Да"},{"text":"Нет","callback_data":"Нет"}]]}}"#
    );
    assert_eq!(
        form("['A']", true, true),
        r#"{"ok":true,"result":{"inline_keyboard":[[{"text":"A","callback_data":"A"}]]}}"#
    );
    assert_invalid(&parse(&form("", true, true)), "ButtonArray");
    assert_invalid(&parse(&form("[]", true, true)), "ButtonArray");
    assert_invalid(&parse(&form("[1,2]", true, true)), "ButtonArray");
    // An inline caption Telegram would refuse as callback_data; a reply button takes it.
    let long = format!("['{}']", "x".repeat(65));
    assert_invalid(&parse(&form(&long, true, true)), "ButtonArray");
    assert_eq!(parse(&form(&long, false, true))["ok"], true);
    assert_eq!(f.server.request_count(), 0, "nothing is sent");
}

/// The whole result goes to a sending function's Keyboard as it came, in every host's
/// way: the keyboard inside it is what reaches Telegram.
#[test]
fn a_formed_keyboard_is_taken_by_the_keyboard_parameter() {
    let f = Fixture::new();
    let formed = form("['Button1','Button2','Button3']", true, true);
    let keyboard = parse(&formed)["result"].clone();
    let answer = opi::send_text_message(TOKEN, "461699897", "Pick", Some(&formed), None, 0);
    assert_eq!(parse(&answer.unwrap())["ok"], true);
    let sent = f.server.requests()[0].json();
    assert_eq!(sent["reply_markup"], keyboard);
    // Through oint, from the reference's example.
    let example = example("FormKeyboardFromButtonArray");
    let example: Vec<&str> = example.iter().map(String::as_str).collect();
    let (status, answer) = oint(&f.server, &example);
    assert_eq!(status, 0, "{answer}");
    assert_eq!(answer["result"], keyboard);
    let (status, answer) = oint(
        &f.server,
        &[
            "FormKeyboardFromButtonArray",
            "-b",
            "['A','B']",
            "-c",
            "false",
        ],
    );
    assert_eq!(status, 0);
    assert_eq!(
        answer["result"]["keyboard"],
        json!([[{"text":"A"},{"text":"B"}]])
    );
    assert_eq!(f.server.request_count(), 1);
}
