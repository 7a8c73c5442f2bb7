//! CreateInvitationLink through the exported C function, against the loopback stand-in:
//! what is sent for each parameter form, and what is refused without sending anything.

use crate::common::*;
use opi_standin::{BOT_ID, TOKEN};
use serde_json::json;

#[test]
fn the_spec_example_creates_a_link_with_exactly_the_given_fields() {
    let f = Fixture::new();
    let result = create("@testsichee", "Link 01.05.2025 15:46:10", "1746200770", 200);
    assert_eq!(result["ok"], true, "{result}");
    let link = &result["result"];
    assert!(
        link["invite_link"]
            .as_str()
            .unwrap()
            .starts_with("https://t.me/+")
    );
    assert_eq!(link["name"], "Link 01.05.2025 15:46:10");
    assert_eq!(link["expire_date"], 1746200770);
    assert_eq!(link["member_limit"], 200);
    assert_eq!(link["creator"]["id"], BOT_ID);

    let requests = f.server.requests();
    assert_eq!(requests.len(), 1);
    let r = &requests[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.path, format!("/bot{TOKEN}/createChatInviteLink"));
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.json(),
        json!({"chat_id":"@testsichee","name":"Link 01.05.2025 15:46:10",
               "expire_date":1746200770,"member_limit":200})
    );
}

#[test]
fn optional_parameters_left_out_are_not_sent() {
    let f = Fixture::new();
    for (title, expire) in [("", ""), ("", "0001-01-01T00:00:00")] {
        assert_eq!(create("-1001234567890", title, expire, 0)["ok"], true);
    }
    let null_args = create_raw(
        Arg::Text(TOKEN),
        Arg::Text("-1001234567890"),
        Arg::Null,
        Arg::Null,
        0,
    );
    assert_eq!(parse(&null_args)["ok"], true, "{null_args}");
    for body in f.bodies() {
        assert_eq!(body, json!({"chat_id": -1001234567890_i64}));
    }
}

#[test]
fn chat_ids_are_numbers_or_usernames_and_topics_are_dropped() {
    let f = Fixture::new();
    let cases = [
        ("-1001234567890", json!(-1001234567890_i64)),
        ("123456", json!(123456)),
        ("@testsichee", json!("@testsichee")),
        ("-1001234567890*42", json!(-1001234567890_i64)),
        ("@testsichee*7", json!("@testsichee")),
        (" -100 ", json!(-100)),
    ];
    for (chat, _) in &cases {
        assert_eq!(create(chat, "", "", 0)["ok"], true, "{chat}");
    }
    let sent: Vec<_> = f
        .bodies()
        .into_iter()
        .map(|b| b["chat_id"].clone())
        .collect();
    let expected: Vec<_> = cases.into_iter().map(|(_, id)| id).collect();
    assert_eq!(sent, expected);
}

#[test]
fn every_expiration_date_form_names_its_instant() {
    let f = Fixture::new();
    // Forms that carry their own offset mean the same instant in every time zone;
    // forms without one are covered, zone by zone, in local_time.rs.
    for form in [
        "1746200770",
        "2025-05-02T15:46:10Z",
        "2025-05-02T15:46:10.9476699Z",
        "2025-05-02T18:46:10+03:00",
        "2025-05-02 18:46:10.5+03:00",
        "2025-05-02T11:46:10-04:00",
    ] {
        assert_eq!(create("@c", "", form, 0)["ok"], true, "{form}");
    }
    for body in f.bodies() {
        assert_eq!(body["expire_date"], 1746200770, "{body}");
    }
}

#[test]
fn bad_arguments_are_refused_by_name_and_nothing_is_sent() {
    let f = Fixture::new();
    let cases: &[(&str, &str, &str, i32, &str)] = &[
        ("", "", "", 0, "ChatID"),
        ("chat", "", "", 0, "ChatID"),
        ("@c*x", "", "", 0, "ChatID"),
        ("@c", &"x".repeat(33), "", 0, "Title"),
        ("@c", &"Я".repeat(33), "", 0, "Title"),
        ("@c", "", "tomorrow", 0, "ExpirationDate"),
        ("@c", "", "2025-02-30", 0, "ExpirationDate"),
        ("@c", "", "31.12.2025 25:00:00", 0, "ExpirationDate"),
        ("@c", "", "", -1, "UserLimit"),
        ("@c", "", "", 100_000, "UserLimit"),
        ("@c", "", "", i32::MIN, "UserLimit"),
        ("@c", "", "", i32::MAX, "UserLimit"),
    ];
    for (chat, title, expire, limit, parameter) in cases {
        assert_invalid(&create(chat, title, expire, *limit), parameter);
    }
    assert_eq!(
        create("@c", "", "tomorrow", 0)["description"],
        "ExpirationDate: cannot read \"tomorrow\" as a date"
    );
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn bounds_that_are_allowed_are_sent() {
    let f = Fixture::new();
    let title32 = "Я".repeat(32);
    assert_eq!(create("@c", &title32, "", 1)["ok"], true);
    assert_eq!(create("@c", "", "", 99_999)["ok"], true);
    let bodies = f.bodies();
    assert_eq!(bodies[0]["name"], title32.as_str());
    assert_eq!(bodies[0]["member_limit"], 1);
    assert_eq!(bodies[1]["member_limit"], 99_999);
}

#[test]
fn null_and_non_utf8_arguments_never_crash_and_are_named() {
    let f = Fixture::new();
    let bad = Arg::Bytes(b"caf\xe9");
    let ok = |s| Arg::Text(s);
    assert_invalid(
        &parse(&create_raw(Arg::Null, ok("@c"), Arg::Null, Arg::Null, 0)),
        "Token",
    );
    assert_invalid(
        &parse(&create_raw(ok(TOKEN), Arg::Null, Arg::Null, Arg::Null, 0)),
        "ChatID",
    );
    assert_invalid(
        &parse(&create_raw(ok(""), ok("@c"), ok(""), ok(""), 0)),
        "Token",
    );
    assert_invalid(
        &parse(&create_raw(
            Arg::Bytes(b"1:\xff"),
            ok("@c"),
            Arg::Null,
            Arg::Null,
            0,
        )),
        "Token",
    );
    assert_invalid(
        &parse(&create_raw(
            ok(TOKEN),
            Arg::Bytes(b"@\xc3"),
            Arg::Null,
            Arg::Null,
            0,
        )),
        "ChatID",
    );
    assert_invalid(
        &parse(&create_raw(
            ok(TOKEN),
            ok("@c"),
            Arg::Bytes(b"caf\xe9"),
            Arg::Null,
            0,
        )),
        "Title",
    );
    assert_invalid(
        &parse(&create_raw(ok(TOKEN), ok("@c"), Arg::Null, bad, 0)),
        "ExpirationDate",
    );
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn tokens_that_would_change_the_url_are_refused_without_being_quoted() {
    let f = Fixture::new();
    for token in [
        "1:a/b", "1:a?b", "1:a#b", "1:a%2Fb", "1:a b", "1:a\tb", "1:ä",
    ] {
        let result = create_raw(Arg::Text(token), Arg::Text("@c"), Arg::Null, Arg::Null, 0);
        assert_invalid(&parse(&result), "Token");
        assert!(!result.contains(token), "{result}");
    }
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn megabyte_arguments_are_refused_with_a_short_description() {
    let f = Fixture::new();
    let huge = "9".repeat(1 << 20);
    for (chat, title, expire) in [
        (huge.as_str(), "", ""),
        ("@c", huge.as_str(), ""),
        ("@c", "", huge.as_str()),
    ] {
        let result = create(chat, title, expire, 0);
        assert_eq!(
            kind(&result),
            "invalid_argument",
            "{}",
            &result.to_string()[..200]
        );
        assert!(result["description"].as_str().unwrap().len() < 400);
    }
    assert_eq!(f.server.request_count(), 0);
}
