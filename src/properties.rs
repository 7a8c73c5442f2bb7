//! Property tests of every parameter parser: no input makes one panic, what is accepted
//! means what it says, and what is out of range is always refused.

use chrono::{DateTime, FixedOffset, SecondsFormat};
use proptest::prelude::*;

use crate::args::{Arg, Args, USER_LIMIT_RANGE};
use crate::param::USER_LIMIT;
use crate::transport::settings::Settings;
use crate::values::chat::ChatId;
use crate::values::token::Token;
use crate::values::{date, json, markup, number, text};

/// `items` as OPI's examples write an array: single-quoted strings, a `'` inside escaped,
/// a `"` left as it is.
fn single_quoted(items: &[String]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|item| {
            let mut out = String::from("'");
            for c in item.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\'' => out.push_str("\\'"),
                    c if c < ' ' => out.push_str(&format!("\\u{:04x}", c as u32)),
                    c => out.push(c),
                }
            }
            out + "'"
        })
        .collect();
    format!("[{}]", quoted.join(", "))
}

proptest! {
    #[test]
    fn single_quoted_arrays_read_as_the_strings_written(items in prop::collection::vec(any::<String>(), 0..6)) {
        let text = single_quoted(&items);
        prop_assert_eq!(json::strings(Some(&text)).unwrap(), Some(items));
    }

    #[test]
    fn json_arrays_read_as_themselves(items in prop::collection::vec(any::<String>(), 0..6)) {
        let text = serde_json::to_string(&items).unwrap();
        prop_assert_eq!(json::strings(Some(&text)).unwrap(), Some(items));
    }

    #[test]
    fn text_preparation_never_panics_and_keeps_plain_text(s in any::<String>()) {
        for mode in [None, Some(markup::ParseMode::Html), Some(markup::ParseMode::MarkdownV2)] {
            let _ = markup::prepare(&s, mode);
        }
        let _ = json::collection(Some(&s));
        let _ = json::single_quoted_to_json(&s);
        if !s.contains('%') {
            prop_assert_eq!(markup::prepare(&s, None), s);
        }
    }

    #[test]
    fn no_string_makes_a_parser_panic(s in any::<String>()) {
        let _ = date::parse(Some(&s));
        let _ = ChatId::parse(&s);
        let _ = text::title(Some(&s));
        let _ = Token::parse(&s);
        let _ = Settings::default().apply(&s);
    }

    #[test]
    fn date_like_strings_never_panic(s in "[0-9T:.+\\- Zz]{0,40}") {
        let _ = date::parse(Some(&s));
    }

    #[test]
    fn dates_with_an_offset_round_trip_to_their_unix_time(
        unix in 0i64..4_102_444_800,
        nanos in 0u32..1_000_000_000,
        offset_minutes in -14 * 60..=14 * 60i32,
        digits in prop::sample::select(vec![
            SecondsFormat::Secs, SecondsFormat::Millis, SecondsFormat::Micros, SecondsFormat::Nanos,
        ]),
        space in any::<bool>(),
    ) {
        let zone = FixedOffset::east_opt(offset_minutes * 60).unwrap();
        let at = DateTime::from_timestamp(unix, nanos).unwrap().with_timezone(&zone);
        let mut text = at.to_rfc3339_opts(digits, true);
        if space {
            text = text.replacen('T', " ", 1);
        }
        prop_assert_eq!(date::parse(Some(&text)).unwrap(), Some(unix), "{}", text);
        if unix >= 1_000_000_000 {
            prop_assert_eq!(date::parse(Some(&unix.to_string())).unwrap(), Some(unix));
        }
    }

    #[test]
    fn limits_outside_their_range_are_always_refused(n in any::<i64>()) {
        prop_assert_eq!(number::limit(n, USER_LIMIT_RANGE).is_ok(), (0..=99_999).contains(&n));
        let result = Args::new().with(&USER_LIMIT, Arg::Number(n)).user_limit();
        match n {
            0 => prop_assert_eq!(result.unwrap(), None),
            1..=99_999 => prop_assert_eq!(result.unwrap(), Some(n)),
            _ => prop_assert_eq!(result.unwrap_err().parameter, Some("UserLimit")),
        }
    }

    #[test]
    fn titles_are_limited_by_characters(s in "\\PC{0,40}") {
        let chars = s.chars().count();
        let result = text::title(Some(&s));
        prop_assert_eq!(result.is_ok(), chars <= 32, "{} chars", chars);
    }

    #[test]
    fn numeric_chats_and_usernames_are_read_back(id in any::<i64>(), name in "[A-Za-z0-9_]{1,32}", topic in any::<i32>()) {
        prop_assert_eq!(ChatId::parse(&id.to_string()).unwrap(), ChatId::Id(id));
        prop_assert_eq!(ChatId::parse(&format!("{id}*{topic}")).unwrap(), ChatId::Id(id));
        let username = format!("@{name}");
        prop_assert_eq!(ChatId::parse(&username).unwrap(), ChatId::Username(username.clone()));
    }

    #[test]
    fn accepted_tokens_never_change_the_url(s in any::<String>()) {
        if let Ok(token) = Token::parse(&s) {
            let segment = token.as_url_segment();
            prop_assert!(!segment.is_empty());
            prop_assert!(!segment.contains(['/', '?', '#', '%', ' ']));
            prop_assert!(segment.chars().all(|c| c.is_ascii_graphic()));
        }
    }
}
