//! A point in time: every form a 1C or shell user writes a date in, to Unix seconds.
//!
//! A date-time without an offset is the host's local wall-clock time (`TZ` honoured),
//! because that is what a 1C `Date` holds. In a daylight-saving gap the time moves
//! forward by the gap; an ambiguous time takes the earlier instant.

use chrono::{
    DateTime, Datelike, FixedOffset, Local, LocalResult, NaiveDate, NaiveDateTime, NaiveTime,
    Offset, TimeZone,
};

use crate::error::quoted;

/// Forms with date and time but no offset, tried in order.
const NAIVE_DATE_TIMES: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S%.f",
    "%d.%m.%Y %H:%M:%S",
];

/// Forms with a date alone, meaning its local midnight.
const NAIVE_DATES: &[&str] = &["%Y-%m-%d", "%d.%m.%Y"];

/// Reads an expiration date; `None` for "not given", which makes a permanent link.
///
/// Accepted: empty, or 1C's empty date `0001-01-01T00:00:00` (in any of the forms below);
/// Unix seconds `1746200770`; ISO 8601 / RFC 3339 with or without an offset and with any
/// number of fraction digits (truncated), `T` or a space between date and time; a date
/// alone; 1C's `02.05.2025 15:46:10` and `02.05.2025`.
pub fn parse(value: Option<&str>) -> Result<Option<i64>, String> {
    let value = value.unwrap_or("").trim();
    if value.is_empty() {
        return Ok(None);
    }
    if value.bytes().all(|b| b.is_ascii_digit()) {
        return value
            .parse::<i64>()
            .map(Some)
            .map_err(|_| format!("{} is too large for Unix seconds", quoted(value)));
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(value) {
        return Ok(not_empty(at.naive_local()).then(|| at.timestamp()));
    }
    let naive = NAIVE_DATE_TIMES
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(value, f).ok())
        .or_else(|| {
            NAIVE_DATES
                .iter()
                .find_map(|f| NaiveDate::parse_from_str(value, f).ok())
                .map(|d| d.and_time(NaiveTime::MIN))
        })
        .ok_or_else(|| format!("cannot read {} as a date", quoted(value)))?;
    Ok(not_empty(naive).then(|| local_timestamp(&Local, naive)))
}

/// 1C's empty date, `0001-01-01T00:00:00`, stands for "no date".
fn not_empty(at: NaiveDateTime) -> bool {
    (at.year(), at.ordinal(), at.time()) != (1, 1, NaiveTime::MIN)
}

/// Unix seconds of a wall-clock time in `zone`, resolving gaps and overlaps as 1C does.
pub fn local_timestamp<Tz: TimeZone>(zone: &Tz, at: NaiveDateTime) -> i64 {
    match zone.from_local_datetime(&at) {
        LocalResult::Single(t) => t.timestamp(),
        LocalResult::Ambiguous(a, b) => a.timestamp().min(b.timestamp()),
        // Clocks jumped over `at`: read it with the offset in force just before the jump,
        // which lands as far past the jump as `at` was past its start.
        LocalResult::None => {
            let before: FixedOffset = zone
                .offset_from_utc_datetime(&(at - chrono::Duration::days(1)))
                .fix();
            (at - before).and_utc().timestamp()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unix(value: &str) -> Option<i64> {
        parse(Some(value)).unwrap()
    }

    #[test]
    fn forms_that_name_their_own_instant() {
        assert_eq!(unix("1746200770"), Some(1746200770));
        assert_eq!(unix("2025-05-02T15:46:10Z"), Some(1746200770));
        assert_eq!(unix("2025-05-02T15:46:10.9476699Z"), Some(1746200770));
        assert_eq!(unix("2025-05-02T18:46:10+03:00"), Some(1746200770));
        assert_eq!(
            unix("2025-05-02 18:46:10.123456789123+03:00"),
            Some(1746200770)
        );
    }

    #[test]
    fn empty_forms_mean_permanent() {
        for empty in [
            "",
            "  ",
            "0001-01-01T00:00:00",
            "0001-01-01",
            "01.01.0001 0:00:00",
        ] {
            assert_eq!(parse(Some(empty)).unwrap(), None, "{empty}");
        }
        assert_eq!(parse(None).unwrap(), None);
    }

    #[test]
    fn naive_forms_agree_with_each_other() {
        let expected = unix("2025-05-02T15:46:10");
        assert!(expected.is_some());
        for same in [
            "2025-05-02T15:46:10.9476699",
            "2025-05-02 15:46:10",
            "02.05.2025 15:46:10",
        ] {
            assert_eq!(unix(same), expected, "{same}");
        }
        assert_eq!(unix("2025-05-02"), unix("02.05.2025"));
        assert_eq!(unix("2025-05-02"), unix("2025-05-02T00:00:00"));
        assert_eq!(unix("9.10.2024 8:58:10"), unix("2024-10-09T08:58:10"));
    }

    #[test]
    fn refuses_what_is_not_a_date_and_says_what_it_got() {
        for bad in [
            "tomorrow",
            "2025-13-01",
            "32.01.2025",
            "2025-05-02T25:00:00",
            "-5",
            "1e9",
        ] {
            let reason = parse(Some(bad)).unwrap_err();
            assert!(reason.contains(bad), "{reason}");
        }
        let reason = parse(Some("tomorrow")).unwrap_err();
        assert_eq!(reason, "cannot read \"tomorrow\" as a date");
        assert!(parse(Some("99999999999999999999")).is_err());
    }
}
