//! Expiration dates without an offset are the host's local time, with `TZ` honoured.
//!
//! A process reads its time zone from its environment, so each zone runs in a child
//! process of this test binary with `TZ` set; the child checks what reached the stand-in.

use crate::common::*;

/// (TZ, form, Unix seconds) — worked out by hand from each zone's published rules.
const CASES: &[(&str, &str, i64)] = &[
    // Moscow is UTC+3 all year.
    ("Europe/Moscow", "2025-05-02T15:46:10.9476699", 1746189970),
    ("Europe/Moscow", "2025-05-02T15:46:10", 1746189970),
    ("Europe/Moscow", "2025-05-02 15:46:10", 1746189970),
    ("Europe/Moscow", "02.05.2025 15:46:10", 1746189970),
    ("Europe/Moscow", "2025-05-02", 1746133200),
    ("Europe/Moscow", "02.05.2025", 1746133200),
    ("Europe/Moscow", "2025-05-02T15:46:10Z", 1746200770),
    ("Europe/Moscow", "1746200770", 1746200770),
    // New York is UTC-4 in summer, UTC-5 in winter.
    (
        "America/New_York",
        "2025-05-02T15:46:10.9476699",
        1746215170,
    ),
    ("America/New_York", "02.05.2025 15:46:10", 1746215170),
    ("America/New_York", "2025-05-02", 1746158400),
    ("America/New_York", "2025-01-15T12:00:00", 1736960400),
    ("America/New_York", "2025-05-02T15:46:10Z", 1746200770),
    // 2025-03-09 02:00 EST jumps to 03:00 EDT: 02:30 moves forward to 03:30 EDT.
    ("America/New_York", "2025-03-09T02:30:00", 1741505400),
    // 2025-11-02 01:30 happens twice (EDT, then EST): the earlier one, 05:30 UTC.
    ("America/New_York", "2025-11-02T01:30:00", 1762061400),
];

#[test]
fn dates_without_an_offset_are_local_time_in_each_zone() {
    for zone in ["Europe/Moscow", "America/New_York"] {
        in_child("local_time::zone_child", &[("TZ", zone)]);
    }
}

/// Run by the test above with `TZ` set; not on its own.
#[test]
#[ignore = "runs in a child process with TZ set"]
fn zone_child() {
    let zone = std::env::var("TZ").expect("TZ is set by the parent test");
    let cases: Vec<_> = CASES.iter().filter(|(z, ..)| *z == zone).collect();
    assert!(!cases.is_empty(), "no cases for {zone}");
    let f = Fixture::new();
    for (_, form, _) in &cases {
        let result = create("@c", "", form, 0);
        assert_eq!(result["ok"], true, "{form}: {result}");
    }
    let sent: Vec<_> = f
        .bodies()
        .iter()
        .map(|b| b["expire_date"].as_i64())
        .collect();
    let expected: Vec<_> = cases.iter().map(|(_, _, unix)| Some(*unix)).collect();
    assert_eq!(sent, expected, "TZ={zone}");
}
