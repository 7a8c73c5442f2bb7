//! Whole numbers within Telegram's bounds, where 0 is what C and 1C pass for "none".

use std::ops::RangeInclusive;

/// A required whole number within `range`; 0 counts as not given.
pub fn required(value: Option<i64>, range: RangeInclusive<i64>) -> Result<i64, String> {
    match value.unwrap_or(0) {
        0 => Err(format!(
            "is required: a whole number in {}..={}",
            range.start(),
            range.end()
        )),
        v if range.contains(&v) => Ok(v),
        v => Err(out_of_range(v, &range, "")),
    }
}

/// An optional whole number within `range`, where 0 means "not given".
pub fn limit(value: i64, range: RangeInclusive<i64>) -> Result<Option<i64>, String> {
    optional(value, range, "no limit")
}

/// An optional whole number within `range`, where 0 means what `zero_means` says.
pub fn optional(
    value: i64,
    range: RangeInclusive<i64>,
    zero_means: &str,
) -> Result<Option<i64>, String> {
    match value {
        0 => Ok(None),
        v if range.contains(&v) => Ok(Some(v)),
        v => Err(out_of_range(v, &range, &format!("0 for {zero_means}, or "))),
    }
}

/// A required number with a fraction within `range`, such as a latitude.
pub fn float(value: Option<f64>, range: RangeInclusive<f64>) -> Result<f64, String> {
    match value {
        None => Err(format!(
            "is required: a number in {}..={}",
            range.start(),
            range.end()
        )),
        Some(v) if !v.is_finite() => Err(format!("{v} is not a finite number")),
        Some(v) if range.contains(&v) => Ok(v),
        Some(v) => Err(format!(
            "{v} is out of range: use {}..={}",
            range.start(),
            range.end()
        )),
    }
}

fn out_of_range(value: i64, range: &RangeInclusive<i64>, zero_means: &str) -> String {
    format!(
        "{value} is out of range: use {zero_means}{}..={}",
        range.start(),
        range.end()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_bounds() {
        let r = 1..=99_999;
        assert_eq!(limit(0, r.clone()).unwrap(), None);
        assert_eq!(limit(1, r.clone()).unwrap(), Some(1));
        assert_eq!(limit(99_999, r.clone()).unwrap(), Some(99_999));
        for bad in [-1, 100_000, i64::MIN, i64::MAX] {
            assert_eq!(
                limit(bad, r.clone()).unwrap_err(),
                format!("{bad} is out of range: use 0 for no limit, or 1..=99999")
            );
        }
    }

    #[test]
    fn floats_are_finite_and_in_range() {
        assert_eq!(float(Some(55.75), -90.0..=90.0).unwrap(), 55.75);
        assert_eq!(float(Some(-90.0), -90.0..=90.0).unwrap(), -90.0);
        assert_eq!(
            float(None, -90.0..=90.0).unwrap_err(),
            "is required: a number in -90..=90"
        );
        assert_eq!(
            float(Some(90.5), -90.0..=90.0).unwrap_err(),
            "90.5 is out of range: use -90..=90"
        );
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert!(
                float(Some(bad), -90.0..=90.0)
                    .unwrap_err()
                    .contains("not a finite number")
            );
        }
    }

    #[test]
    fn required_numbers() {
        assert_eq!(required(Some(5), 1..=10).unwrap(), 5);
        assert_eq!(
            required(None, 1..=10).unwrap_err(),
            "is required: a whole number in 1..=10"
        );
        assert_eq!(
            required(Some(11), 1..=10).unwrap_err(),
            "11 is out of range: use 1..=10"
        );
    }
}
