mod common;

use std::time::{Duration, Instant};

use common::{Client, json};
use opi_standin::{BOT_ID, StandIn, TOKEN, invite_link};

const CREATOR: &str = r#"{"id":6129457865,"is_bot":true,"first_name":"Loopback Bot","username":"loopback_stand_in_bot"}"#;

#[test]
fn success_answer_is_exact() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let answer = client.call(
        "createChatInviteLink",
        r#"{"chat_id":"@testsichee","name":"Link","expire_date":1746200770,"member_limit":200}"#,
    );
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("Content-Type"), Some("application/json"));
    assert_eq!(answer.header("Connection"), Some("keep-alive"));
    let expected = format!(
        r#"{{"ok":true,"result":{{"invite_link":"{}","name":"Link","creator":{CREATOR},"expire_date":1746200770,"member_limit":200,"creates_join_request":false,"is_primary":false,"is_revoked":false}}}}"#,
        invite_link(1)
    );
    assert_eq!(answer.text(), expected);
    assert_eq!(json(&answer)["result"]["creator"]["id"], BOT_ID);
}

#[test]
fn links_are_stable_and_distinct() {
    // Pinned so that a change to the bytes clients see is a visible decision.
    assert_eq!(invite_link(1), "https://t.me/+4iCoOXsdza-RzH2O");
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let mut links = Vec::new();
    for chat in ["-1001234567890", "\"@one\"", "42"] {
        let answer = client.call("createChatInviteLink", &format!(r#"{{"chat_id":{chat}}}"#));
        assert_eq!(answer.status, 200, "{}", answer.text());
        links.push(
            json(&answer)["result"]["invite_link"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    assert_eq!(links, [invite_link(1), invite_link(2), invite_link(3)]);
    for link in &links {
        let code = link.strip_prefix("https://t.me/+").unwrap();
        assert_eq!(code.len(), 16);
        assert!(
            code.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
    }
}

#[test]
fn optional_fields_are_omitted_and_join_request_echoed() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let answer = client.call("createChatInviteLink", r#"{"chat_id":-1001234567890}"#);
    assert_eq!(
        answer.text(),
        format!(
            r#"{{"ok":true,"result":{{"invite_link":"{}","creator":{CREATOR},"creates_join_request":false,"is_primary":false,"is_revoked":false}}}}"#,
            invite_link(1)
        )
    );

    let answer = client.call(
        "createChatInviteLink",
        r#"{"chat_id":"@chan","creates_join_request":true,"name":null}"#,
    );
    assert_eq!(
        answer.text(),
        format!(
            r#"{{"ok":true,"result":{{"invite_link":"{}","creator":{CREATOR},"creates_join_request":true,"is_primary":false,"is_revoked":false}}}}"#,
            invite_link(2)
        )
    );
}

#[test]
fn names_are_echoed_as_json() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let answer = client.call(
        "createChatInviteLink",
        r#"{"chat_id":1,"name":"Ссылка \"1\"\n"}"#,
    );
    assert_eq!(json(&answer)["result"]["name"], "Ссылка \"1\"\n");
}

#[test]
fn wrong_token_is_unauthorized() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    client.post_with("/bot123:wrong/createChatInviteLink", r#"{"chat_id":1}"#, "");
    let answer = client.answer();
    assert_eq!(answer.status, 401);
    assert_eq!(answer.header("content-type"), Some("application/json"));
    assert_eq!(
        answer.text(),
        r#"{"ok":false,"error_code":401,"description":"Unauthorized"}"#
    );
}

#[test]
fn unknown_paths_and_methods_are_not_found() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let not_found = r#"{"ok":false,"error_code":404,"description":"Not Found"}"#;
    for path in [
        "/".to_owned(),
        "/favicon.ico".to_owned(),
        format!("/bot{TOKEN}"),
        format!("/bot{TOKEN}/"),
        format!("/bot{TOKEN}/noSuchMethod"),
        format!("/bot{TOKEN}/createChatInviteLink/extra"),
    ] {
        client.post_with(&path, r#"{"chat_id":1}"#, "");
        let answer = client.answer();
        assert_eq!(answer.status, 404, "{path}");
        assert_eq!(answer.text(), not_found, "{path}");
    }
    assert_eq!(stand_in.request_count(), 6);
    assert_eq!(stand_in.connections(), 1);
}

#[test]
fn missing_chat_is_a_bad_request() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    for body in [
        "",
        "[]",
        "not json",
        "{}",
        r#"{"chat_id":null}"#,
        r#"{"chat_id":""}"#,
    ] {
        let answer = client.call("createChatInviteLink", body);
        assert_eq!(answer.status, 400, "{body}");
        assert_eq!(
            answer.text(),
            r#"{"ok":false,"error_code":400,"description":"Bad Request: chat_id is empty"}"#
        );
    }
}

#[test]
fn chat_not_found() {
    let stand_in = StandIn::start();
    let answer =
        Client::connect(&stand_in).call("createChatInviteLink", r#"{"chat_id":"@no_such_chat"}"#);
    assert_eq!(answer.status, 400);
    assert_eq!(
        answer.text(),
        r#"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#
    );
}

#[test]
fn flood_always_asks_to_retry_after_30() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    for _ in 0..2 {
        let answer = client.call("createChatInviteLink", r#"{"chat_id":"@flood"}"#);
        assert_eq!(answer.status, 429);
        assert_eq!(
            answer.text(),
            r#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 30","parameters":{"retry_after":30}}"#
        );
    }
}

#[test]
fn flood_once_refuses_only_the_first_request() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let first = client.call("createChatInviteLink", r#"{"chat_id":"@flood_once"}"#);
    assert_eq!(first.status, 429);
    assert_eq!(
        first.text(),
        r#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}"#
    );
    let second = client.call("createChatInviteLink", r#"{"chat_id":"@flood_once"}"#);
    assert_eq!(second.status, 200);
    assert_eq!(json(&second)["result"]["invite_link"], invite_link(1));

    // The allowance belongs to one server, not to the process.
    let other = StandIn::start();
    let answer =
        Client::connect(&other).call("createChatInviteLink", r#"{"chat_id":"@flood_once"}"#);
    assert_eq!(answer.status, 429);
}

#[test]
fn bad_gateway_is_an_html_page() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let answer = client.call("createChatInviteLink", r#"{"chat_id":"@bad_gateway"}"#);
    assert_eq!(answer.status, 502);
    assert_eq!(answer.header("Content-Type"), Some("text/html"));
    assert_eq!(
        answer.text(),
        "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>"
    );
    // The connection stays usable after an error status.
    assert_eq!(
        client
            .call("createChatInviteLink", r#"{"chat_id":1}"#)
            .status,
        200
    );
}

#[test]
fn not_json_is_plain_text_with_200() {
    let stand_in = StandIn::start();
    let answer =
        Client::connect(&stand_in).call("createChatInviteLink", r#"{"chat_id":"@not_json"}"#);
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("Content-Type"), Some("text/plain"));
    assert_eq!(answer.body, b"this is not JSON");
}

#[test]
fn hang_up_closes_without_an_answer() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    client.post("createChatInviteLink", r#"{"chat_id":"@hang_up"}"#);
    assert!(client.try_answer().is_none());
    assert_eq!(stand_in.request_count(), 1);
}

#[test]
fn stall_never_answers_and_drop_does_not_hang() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    client.post("createChatInviteLink", r#"{"chat_id":"@stall"}"#);
    assert!(stand_in.wait_for_requests(1, Duration::from_secs(5)));

    assert!(client.nothing_arrives_within(Duration::from_millis(300)));

    // Other connections are served meanwhile.
    assert_eq!(
        Client::connect(&stand_in)
            .call("createChatInviteLink", r#"{"chat_id":1}"#)
            .status,
        200
    );

    let started = Instant::now();
    drop(stand_in);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    client.set_read_timeout(Duration::from_secs(5));
    assert!(client.is_closed_by_server());
}

#[test]
fn recorded_requests() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    client.post_with(
        &format!("/bot{TOKEN}/createChatInviteLink"),
        r#"{"chat_id":"@x","name":"n"}"#,
        "X-Custom-Name: Value\r\n",
    );
    client.answer();
    let recorded = stand_in.requests();
    assert_eq!(recorded.len(), 1);
    let request = &recorded[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, format!("/bot{TOKEN}/createChatInviteLink"));
    assert_eq!(request.bot_method(), Some("createChatInviteLink"));
    assert_eq!(request.header("x-custom-name"), Some("Value"));
    assert!(request.headers.iter().any(|(n, _)| n == "X-Custom-Name"));
    assert_eq!(request.json()["name"], "n");
    assert_eq!(request.connection, 1);
    assert!(!stand_in.wait_for_requests(2, Duration::from_millis(50)));
}

#[test]
#[should_panic(expected = "is not JSON")]
fn recorded_json_panics_clearly() {
    let stand_in = StandIn::start();
    Client::connect(&stand_in).call("createChatInviteLink", "plain");
    stand_in.requests()[0].json();
}

#[test]
fn webhooks_are_set_and_deleted() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let mut answer = |method: &str, body: &str| client.call(method, body).text().to_owned();
    assert_eq!(
        answer("deleteWebhook", ""),
        r#"{"ok":true,"result":true,"description":"Webhook is already deleted"}"#
    );
    assert_eq!(
        answer("setWebhook", r#"{"url":"https://example.com/hook"}"#),
        r#"{"ok":true,"result":true,"description":"Webhook was set"}"#
    );
    assert_eq!(
        answer("setWebhook", r#"{"url":"http://example.com/hook"}"#),
        r#"{"ok":false,"error_code":400,"description":"Bad Request: bad webhook: An HTTPS URL must be provided for webhook"}"#
    );
    assert_eq!(
        answer("deleteWebhook", "{}"),
        r#"{"ok":true,"result":true,"description":"Webhook was deleted"}"#
    );
    answer("setWebhook", r#"{"url":"https://example.com/hook"}"#);
    assert_eq!(
        answer("setWebhook", r#"{"url":""}"#),
        r#"{"ok":true,"result":true,"description":"Webhook was deleted"}"#
    );
}

#[test]
fn messages_and_members_are_acted_on() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let mut answer = |method: &str, body: &str| client.call(method, body).text().to_owned();
    let ok = r#"{"ok":true,"result":true}"#;
    for method in ["deleteMessage", "pinChatMessage", "unpinChatMessage"] {
        assert_eq!(answer(method, r#"{"chat_id":"@c","message_id":5}"#), ok);
        assert_eq!(
            answer(method, r#"{"chat_id":"@c"}"#),
            r#"{"ok":false,"error_code":400,"description":"Bad Request: message identifier is not specified"}"#
        );
    }
    assert_eq!(
        answer("deleteMessage", r#"{"chat_id":-100,"message_id":404}"#),
        r#"{"ok":false,"error_code":400,"description":"Bad Request: message to delete not found"}"#
    );
    for method in ["banChatMember", "unbanChatMember"] {
        assert_eq!(
            answer(method, r#"{"chat_id":"@c","user_id":5000000000}"#),
            ok
        );
        assert_eq!(
            answer(method, r#"{"chat_id":"@c","user_id":1}"#),
            r#"{"ok":false,"error_code":400,"description":"Bad Request: can't remove chat owner"}"#
        );
    }
    assert_eq!(
        answer("getChatMemberCount", r#"{"chat_id":"@c"}"#),
        r#"{"ok":true,"result":2}"#
    );
    assert_eq!(
        answer(
            "forwardMessage",
            r#"{"chat_id":-100,"message_thread_id":7,"from_chat_id":"@c","message_id":5}"#
        ),
        format!(
            r#"{{"ok":true,"result":{{"message_id":1,"message_thread_id":7,"is_topic_message":true,"from":{CREATOR},"chat":{{"id":-100,"type":"private"}},"date":1767706628}}}}"#
        )
    );
    assert_eq!(
        answer("getChatMemberCount", r#"{"chat_id":"@no_such_chat"}"#),
        r#"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#
    );
}

#[test]
fn forum_topics_are_created_and_managed() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let mut answer = |method: &str, body: &str| client.call(method, body).text().to_owned();
    assert_eq!(
        answer(
            "createForumTopic",
            r#"{"chat_id":-100,"name":"Тема","icon_custom_emoji_id":"5357419403325481346"}"#
        ),
        r#"{"ok":true,"result":{"message_thread_id":2,"name":"Тема","icon_color":7322096,"icon_custom_emoji_id":"5357419403325481346"}}"#
    );
    assert_eq!(
        answer("createForumTopic", r#"{"chat_id":-100,"name":"B"}"#),
        r#"{"ok":true,"result":{"message_thread_id":3,"name":"B","icon_color":7322096}}"#
    );
    let ok = r#"{"ok":true,"result":true}"#;
    let thread_not_found =
        r#"{"ok":false,"error_code":400,"description":"Bad Request: message thread not found"}"#;
    for method in [
        "closeForumTopic",
        "reopenForumTopic",
        "deleteForumTopic",
        "unpinAllForumTopicMessages",
    ] {
        assert_eq!(
            answer(method, r#"{"chat_id":-100,"message_thread_id":2}"#),
            ok
        );
        assert_eq!(
            answer(method, r#"{"chat_id":-100,"message_thread_id":404}"#),
            thread_not_found
        );
        assert_eq!(answer(method, r#"{"chat_id":-100}"#), thread_not_found);
    }
    for method in [
        "closeGeneralForumTopic",
        "reopenGeneralForumTopic",
        "hideGeneralForumTopic",
        "unhideGeneralForumTopic",
        "unpinAllGeneralForumTopicMessages",
    ] {
        assert_eq!(answer(method, r#"{"chat_id":"@forum"}"#), ok);
    }
    assert_eq!(
        answer(
            "editForumTopic",
            r#"{"chat_id":-100,"message_thread_id":2,"name":"C"}"#
        ),
        ok
    );
    assert_eq!(
        answer(
            "editForumTopic",
            r#"{"chat_id":-100,"message_thread_id":2}"#
        ),
        r#"{"ok":false,"error_code":400,"description":"Bad Request: TOPIC_NOT_MODIFIED"}"#
    );
    assert_eq!(
        answer("editGeneralForumTopic", r#"{"chat_id":-100,"name":"G"}"#),
        ok
    );
    assert_eq!(
        answer("editGeneralForumTopic", r#"{"chat_id":-100}"#),
        r#"{"ok":false,"error_code":400,"description":"Bad Request: TOPIC_TITLE_EMPTY"}"#
    );
}

#[test]
fn get_updates_holds_a_long_poll_until_an_update_or_the_timeout() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let started = Instant::now();
    let empty = client.call("getUpdates", r#"{"timeout":1}"#);
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(empty.text(), r#"{"ok":true,"result":[]}"#);

    let update = serde_json::json!({"update_id":7,"message":{"message_id":1}});
    std::thread::scope(|s| {
        s.spawn(|| {
            std::thread::sleep(Duration::from_millis(200));
            stand_in.queue_update(update.clone());
        });
        let started = Instant::now();
        let answer = client.call("getUpdates", r#"{"timeout":30}"#);
        assert!(started.elapsed() < Duration::from_secs(10));
        assert_eq!(json(&answer)["result"], serde_json::json!([update]));
    });
    // An offset past an update confirms it.
    let again = client.call("getUpdates", r#"{"offset":7}"#);
    assert_eq!(json(&again)["result"][0]["update_id"], 7);
    let confirmed = client.call("getUpdates", r#"{"offset":8}"#);
    assert_eq!(confirmed.text(), r#"{"ok":true,"result":[]}"#);
}

#[test]
fn forum_topic_icons_are_custom_emoji_stickers() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let answer = json(&client.call("getForumTopicIconStickers", "{}"));
    assert_eq!(
        answer["result"][0]["custom_emoji_id"],
        "5357419403325481346"
    );
    assert_eq!(answer["result"][0]["emoji"], "🎓");
    assert_eq!(answer["result"][0]["type"], "custom_emoji");
}

#[test]
fn stored_files_are_described_by_get_file_and_served_by_path() {
    use opi_standin::{BIG_FILE_ID, HUGE_FILE_ID, SMALL_FILE_ID, file_byte};
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let small = json(&client.call("getFile", &format!(r#"{{"file_id":"{SMALL_FILE_ID}"}}"#)));
    assert_eq!(small["result"]["file_size"], 256);
    let path = small["result"]["file_path"].as_str().unwrap().to_owned();
    client.send_raw(format!("GET /file/bot{TOKEN}/{path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes());
    let bytes = client.answer();
    assert_eq!(bytes.status, 200);
    assert_eq!(bytes.body, (0..=255).collect::<Vec<u8>>());
    // The big one is the same sequence, longer; the huge one is only announced.
    let big = json(&client.call("getFile", &format!(r#"{{"file_id":"{BIG_FILE_ID}"}}"#)));
    assert_eq!(big["result"]["file_size"], 45 * 1024 * 1024);
    let huge = json(&client.call("getFile", &format!(r#"{{"file_id":"{HUGE_FILE_ID}"}}"#)));
    let huge_path = huge["result"]["file_path"].as_str().unwrap().to_owned();
    assert_eq!(file_byte(256), 1);
    for wrong in [
        format!("/file/bot{TOKEN}/{huge_path}"),
        format!("/file/bot1:x/{path}"),
        format!("/file/bot{TOKEN}/nothing"),
    ] {
        client.send_raw(format!("GET {wrong} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes());
        let answer = client.answer();
        assert_eq!(answer.status, 404, "{wrong}");
        assert_eq!(
            answer.text(),
            r#"{"ok":false,"error_code":404,"description":"Not Found"}"#
        );
    }
    let unknown = client.call("getFile", r#"{"file_id":"nope"}"#);
    assert_eq!(
        json(&unknown)["description"],
        "Bad Request: invalid file_id"
    );
}

#[test]
fn sending_and_editing_answer_with_the_message_as_telegram_does() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    let from = CREATOR;
    let sent = client.call(
        "sendMessage",
        r#"{"chat_id":42,"message_thread_id":5,"text":"Hi","parse_mode":"Markdown"}"#,
    );
    assert_eq!(
        sent.text(),
        format!(
            r#"{{"ok":true,"result":{{"message_id":1,"message_thread_id":5,"is_topic_message":true,"from":{from},"chat":{{"id":42,"type":"private"}},"date":1767706628,"text":"Hi"}}}}"#
        )
    );
    let location = client.call(
        "sendLocation",
        r#"{"chat_id":42,"latitude":48.87,"longitude":2.29}"#,
    );
    assert_eq!(
        json(&location)["result"]["location"],
        serde_json::json!({"latitude":48.87,"longitude":2.29})
    );
    let contact = client.call(
        "sendContact",
        r#"{"chat_id":42,"phone_number":"+1","first_name":"Petr"}"#,
    );
    assert_eq!(
        json(&contact)["result"]["contact"],
        serde_json::json!({"phone_number":"+1","first_name":"Petr"})
    );
    let poll = client.call(
        "sendPoll",
        r#"{"chat_id":42,"question":"Q?","options":[{"text":"A"},"B"],"is_anonymous":false}"#,
    );
    let poll = json(&poll);
    assert_eq!(poll["result"]["poll"]["options"][1]["text"], "B");
    assert_eq!(poll["result"]["poll"]["is_anonymous"], false);
    let keyboard = r#"{"inline_keyboard":[[{"text":"A","callback_data":"a"}]]}"#;
    let edited = client.call(
        "editMessageReplyMarkup",
        &format!(r#"{{"chat_id":42,"message_id":7,"reply_markup":{keyboard}}}"#),
    );
    assert_eq!(json(&edited)["result"]["message_id"], 7);
    assert_eq!(
        json(&edited)["result"]["reply_markup"],
        serde_json::from_str::<serde_json::Value>(keyboard).unwrap()
    );
    let caption = client.call(
        "editMessageCaption",
        r#"{"chat_id":42,"message_id":7,"caption":"C"}"#,
    );
    assert_eq!(json(&caption)["result"]["caption"], "C");
}

#[test]
fn sending_refuses_what_telegram_refuses() {
    let stand_in = StandIn::start();
    let mut client = Client::connect(&stand_in);
    for (method, body, description) in [
        (
            "sendMessage",
            r#"{"chat_id":42,"text":" "}"#,
            "Bad Request: message text is empty",
        ),
        (
            "sendMessage",
            r#"{"chat_id":42,"text":"x","parse_mode":"BBCode"}"#,
            "Bad Request: unsupported parse_mode",
        ),
        (
            "sendMessage",
            r#"{"chat_id":42,"text":"x","reply_markup":[]}"#,
            "Bad Request: object expected as reply markup",
        ),
        (
            "sendLocation",
            r#"{"chat_id":42,"latitude":91,"longitude":0}"#,
            "Bad Request: wrong latitude or longitude",
        ),
        (
            "sendPoll",
            r#"{"chat_id":42,"question":"Q","options":["A"]}"#,
            "Bad Request: poll must have at least 2 option",
        ),
        (
            "editMessageText",
            r#"{"chat_id":42,"message_id":404,"text":"x"}"#,
            "Bad Request: message to edit not found",
        ),
    ] {
        let answer = client.call(method, body);
        assert_eq!(answer.status, 400, "{method}");
        assert_eq!(json(&answer)["description"], description, "{method}");
    }
}
