//! A point in time: every form a 1C or shell user writes a date in, to Unix seconds.
//!
//! A date-time without an offset is the host's local wall-clock time (`TZ` honoured),
//! because that is what a 1C `Date` holds. In a daylight-saving gap the time moves
//! forward by the gap; an ambiguous time takes the earlier instant.
//!
//! Nothing is guessed: a value that could mean two instants (a two-digit year, a short
//! number that may be a date written `YYYYMMDD`) is refused, and so is an instant before
//! 1970 or after 9999, which no link can expire at.

use chrono::{
    DateTime, Datelike, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeZone,
};

use crate::error::quoted;
use crate::sys::zone::HostZone;

/// Forms with date and time but no offset, tried in order.
const NAIVE_DATE_TIMES: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S%.f",
    "%d.%m.%Y %H:%M:%S",
];

/// Forms with a date alone, meaning its local midnight.
const NAIVE_DATES: &[&str] = &["%Y-%m-%d", "%d.%m.%Y"];

/// Unix seconds are read from 10 digits up: every instant since 2001-09-09 has 10.
/// A shorter number is more likely a date written without separators (`20250502`)
/// than an instant in the 1970s or 1990s.
const MIN_UNIX_SECONDS: i64 = 1_000_000_000;
/// 9999-12-31T23:59:59Z, the last instant with a four-digit year.
const MAX_UNIX_SECONDS: i64 = 253_402_300_799;

/// Reads an expiration date; `None` for "not given", which makes a permanent link.
///
/// Accepted: empty, or 1C's empty date `0001-01-01T00:00:00` (in any of the forms below);
/// Unix seconds `1746200770`; ISO 8601 / RFC 3339 with or without an offset and with any
/// number of fraction digits (truncated), `T` or a space between date and time; a date
/// alone; 1C's `02.05.2025 15:46:10` and `02.05.2025`. Refused: a year of fewer than
/// four digits, Unix seconds of fewer than 10 digits, and instants before 1970 or after
/// 9999.
pub fn parse(value: Option<&str>) -> Result<Option<i64>, String> {
    let value = value.unwrap_or("").trim();
    if value.is_empty() {
        return Ok(None);
    }
    if value.bytes().all(|b| b.is_ascii_digit()) {
        return unix_seconds(value).map(Some);
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(value) {
        if !not_empty(at.naive_local()) {
            return Ok(None);
        }
        year_in_range(value, at.year())?;
        return instant_in_range(value, Some(at.timestamp())).map(Some);
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
    if !not_empty(naive) {
        return Ok(None);
    }
    year_in_range(value, naive.year())?;
    instant_in_range(value, local_timestamp(&HostZone, naive)).map(Some)
}

/// Unix seconds, from 10 digits (2001) to the end of 9999.
fn unix_seconds(value: &str) -> Result<i64, String> {
    match value.parse::<i64>() {
        Ok(n) if n < MIN_UNIX_SECONDS => refuse(
            value,
            "is too short for Unix seconds (10 digits since 2001), and a date needs \
             separators: write 2025-05-02 or 02.05.2025",
        ),
        Ok(n) if n <= MAX_UNIX_SECONDS => Ok(n),
        _ => refuse(value, AFTER_9999),
    }
}

fn refuse<T>(value: &str, why: &str) -> Result<T, String> {
    Err(format!("{} {why}", quoted(value)))
}

/// The year as written: four digits, from 1970 on. Checked before any arithmetic:
/// chrono's range ends near the year 262143, and a local time that far out would
/// overflow it.
fn year_in_range(value: &str, year: i32) -> Result<(), String> {
    match year {
        0..100 => refuse(
            value,
            &format!(
                "reads as the year {year}, which is ambiguous; write the year in full, \
                 as in 02.05.2025"
            ),
        ),
        ..1970 => refuse(value, BEFORE_1970),
        // Spares the arithmetic only: without this arm such a year still ends as
        // AFTER_9999, its instant past the range or out of chrono's reach.
        10000.. => refuse(value, AFTER_9999),
        _ => Ok(()),
    }
}

/// The instant a date names: from 1970 to the end of 9999.
fn instant_in_range(value: &str, unix: Option<i64>) -> Result<i64, String> {
    match unix {
        Some(n) if n < 0 => refuse(value, BEFORE_1970),
        Some(n @ 0..=MAX_UNIX_SECONDS) => Ok(n),
        _ => refuse(value, AFTER_9999),
    }
}

const BEFORE_1970: &str = "is before 1970; a link can only expire after that";
const AFTER_9999: &str = "is after the year 9999";

/// 1C's empty date, `0001-01-01T00:00:00`, stands for "no date".
fn not_empty(at: NaiveDateTime) -> bool {
    (at.year(), at.ordinal(), at.time()) != (1, 1, NaiveTime::MIN)
}

/// Unix seconds of a wall-clock time in `zone`, resolving gaps and overlaps as 1C does;
/// `None` only at the edges of chrono's range, where the arithmetic would overflow.
pub fn local_timestamp<Tz: TimeZone>(zone: &Tz, at: NaiveDateTime) -> Option<i64> {
    match zone.from_local_datetime(&at) {
        LocalResult::Single(t) => Some(t.timestamp()),
        LocalResult::Ambiguous(a, b) => Some(a.timestamp().min(b.timestamp())),
        // Clocks jumped over `at`: read it with the offset in force just before the jump,
        // which lands as far past the jump as `at` was past its start.
        LocalResult::None => {
            let day_before = at.checked_sub_signed(chrono::TimeDelta::days(1))?;
            let before: FixedOffset = zone.offset_from_utc_datetime(&day_before).fix();
            Some(at.checked_sub_offset(before)?.and_utc().timestamp())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wall_clock_time_in_a_fixed_zone() {
        let at = NaiveDate::from_ymd_opt(2025, 5, 2)
            .unwrap()
            .and_hms_opt(15, 46, 10)
            .unwrap();
        let moscow = FixedOffset::east_opt(3 * 3600).unwrap();
        assert_eq!(local_timestamp(&moscow, at), Some(1746189970));
        let utc = FixedOffset::east_opt(0).unwrap();
        assert_eq!(local_timestamp(&utc, at), Some(1746200770));
    }

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
            // Ambiguous: 1C's short form with a two-digit year, a date without
            // separators, a number too short to be Unix seconds of this century.
            "02.05.25",
            "02.05.25 15:46:10",
            "20250502",
            "0",
            "999999999",
            // Before 1970 or after 9999, including chrono's extremes.
            "1969-12-31T23:59:59Z",
            "1969-12-31",
            "0000-01-01",
            "0001-01-02",
            "-262143-01-01",
            "+262142-12-31T23:59:59",
            "+10000-01-01",
            "253402300800",
            "9999-12-31T23:59:59-01:00",
        ] {
            let reason = parse(Some(bad)).unwrap_err();
            assert!(reason.contains(bad), "{reason}");
        }
        let reason = parse(Some("tomorrow")).unwrap_err();
        assert_eq!(reason, "cannot read \"tomorrow\" as a date");
        // Each refusal says why, the year as written judged before its instant: far
        // from 1970 the local instant is out of chrono's reach and says nothing.
        for (bad, why) in [
            ("02.05.25", "reads as the year 25, which is ambiguous"),
            ("0001-01-02", "reads as the year 1, which is ambiguous"),
            ("1969-12-31", BEFORE_1970),
            ("1970-01-01T00:59:59+01:00", BEFORE_1970),
            ("9999-12-31T23:59:59-01:00", AFTER_9999),
            ("-262143-01-01", BEFORE_1970),
            ("+262142-12-31T23:59:59", AFTER_9999),
            ("+10000-01-01", AFTER_9999),
            ("20250502", "is too short for Unix seconds"),
        ] {
            let reason = parse(Some(bad)).unwrap_err();
            assert!(reason.contains(why), "{bad}: {reason}");
        }
        assert!(parse(Some("99999999999999999999")).is_err());
    }

    #[test]
    fn the_range_is_1970_to_9999() {
        assert_eq!(unix("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(unix("9999-12-31T23:59:59Z"), Some(253402300799));
        assert_eq!(unix("1000000000"), Some(1000000000));
        assert_eq!(unix("253402300799"), Some(253402300799));
    }
}
