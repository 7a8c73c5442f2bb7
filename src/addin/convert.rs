//! 1C values to parameter values: the rules by parameter type.
//!
//! What comes out is what a C host would have passed, so the method's `prepare` step
//! validates it exactly as it validates the C functions' arguments. Where 1C's value
//! cannot stand for the parameter at all (a fraction for a whole number, a Boolean for
//! a date), the answer is the same `invalid_argument` envelope, naming the parameter.

use std::ffi::c_int;

use chrono::{NaiveDate, NaiveDateTime};

use super::variant::Variant;
use crate::args::Given;
use crate::error::{Error, quoted};
use crate::param::{Param, ParamType};

/// Converts what 1C passed for `param`; `None` means "not given".
///
/// - String: a String as it is; a Number as its digits; a Boolean as `true`/`false`,
///   the Bot API's spelling. Any type added to the table later is read as text too, so
///   its own parser decides.
/// - String, Number (ChatID): a String as it is; a Number must be whole and is sent as
///   its integer text, so `-1001234567890` reaches Telegram as a numeric id.
/// - Date: a Date (local wall-clock time, 1C's empty date meaning "not given"); a
///   String in any form `date::parse` reads; a whole Number as Unix seconds.
/// - Number: a whole Number; a String holding one ("" is not given).
/// - Boolean: a Boolean; the Number 0 or 1; a String `true`/`false`, `Истина`/`Ложь`
///   or `1`/`0` in any case ("" is not given, which takes OPI's default).
/// - Float (a latitude): a Number; a String holding one, with `.` or `,` ("" is not
///   given). Whether it is finite and in range is the method's to judge.
/// - JSON (a keyboard, an array of answers): a String, read as the C argument is; the
///   platform cannot hand an add-in a Structure or an Array.
///
/// Undefined and Null are "not given" everywhere.
pub fn given(param: &Param, value: Variant) -> Result<Option<Given>, Error> {
    if let Variant::Empty = value {
        return Ok(None);
    }
    let refused = || {
        Error::invalid(
            param.name,
            format!(
                "a {} cannot be given for a parameter of type {}",
                value.type_name(),
                param.ty.as_str()
            ),
        )
    };
    let given = match (param.ty, value) {
        (ParamType::Boolean { .. }, Variant::Bool(b)) => Given::Bool(b),
        (ParamType::Boolean { .. }, Variant::Int(n @ (0 | 1))) => Given::Bool(n == 1),
        (ParamType::Boolean { .. }, Variant::Text(units)) => {
            let text = text(param, units)?;
            match text.trim().to_lowercase().as_str() {
                "" => return Ok(None),
                "true" | "1" | "истина" => Given::Bool(true),
                "false" | "0" | "ложь" => Given::Bool(false),
                _ => {
                    return Err(Error::invalid(
                        param.name,
                        format!("cannot read {} as a Boolean", quoted(text.trim())),
                    ));
                }
            }
        }
        (ParamType::Float, Variant::Real(x)) => Given::Float(x),
        (ParamType::Float, Variant::Int(n)) => Given::Float(n as f64),
        (ParamType::Float, Variant::Text(units)) => {
            let text = text(param, units)?;
            let trimmed = text.trim();
            if trimmed.is_empty() {
                return Ok(None);
            }
            // 1C writes a fraction with the locale's separator: "55,75" in Russian. Read
            // as a JSON number by serde_json, whose reader the library has anyway: the
            // standard library's float parser would add its tables to every build.
            let dotted: String = trimmed
                .chars()
                .map(|c| if c == ',' { '.' } else { c })
                .collect();
            Given::Float(serde_json::from_str::<f64>(&dotted).map_err(|_| {
                Error::invalid(
                    param.name,
                    format!("cannot read {} as a number", quoted(trimmed)),
                )
            })?)
        }
        (ParamType::Boolean { .. } | ParamType::Float, _) => return Err(refused()),
        (_, Variant::Text(units)) if !param.ty.is_number() => Given::Text(text(param, units)?),
        (ParamType::Number | ParamType::Id, Variant::Text(units)) => {
            let text = text(param, units)?;
            let trimmed = text.trim();
            if trimmed.is_empty() {
                return Ok(None);
            }
            Given::Number(trimmed.parse().map_err(|_| {
                Error::invalid(
                    param.name,
                    format!("cannot read {} as a whole number", quoted(trimmed)),
                )
            })?)
        }
        (ParamType::Number | ParamType::Id, Variant::Int(n)) => Given::Number(n),
        (ParamType::Number | ParamType::Id, Variant::Real(x)) => Given::Number(whole(param, x)?),
        (ParamType::StringOrNumber | ParamType::Date, Variant::Int(n)) => {
            Given::Text(n.to_string())
        }
        (ParamType::StringOrNumber | ParamType::Date, Variant::Real(x)) => {
            Given::Text(whole(param, x)?.to_string())
        }
        (ParamType::Date, Variant::Date(tm)) => match date(param, &tm)? {
            Some(text) => Given::Text(text),
            None => return Ok(None),
        },
        (ParamType::Number | ParamType::Id | ParamType::StringOrNumber | ParamType::Date, _) => {
            return Err(refused());
        }
        // String, and any type the table gains later: read as text.
        (_, Variant::Int(n)) => Given::Text(n.to_string()),
        (_, Variant::Real(x)) => Given::Text(x.to_string()),
        (_, Variant::Bool(b)) => Given::Text(b.to_string()),
        (_, _) => return Err(refused()),
    };
    Ok(Some(given))
}

/// A 1C string; unpaired surrogates are refused, as bytes that are not UTF-8 are in C.
fn text(param: &Param, units: &[u16]) -> Result<String, Error> {
    String::from_utf16(units).map_err(|_| {
        let at = char::decode_utf16(units.iter().copied())
            .position(|c| c.is_err())
            .unwrap_or(0);
        Error::invalid(
            param.name,
            format!("is not valid UTF-16 (unpaired surrogate at position {at})"),
        )
    })
}

/// A 1C Number that must be a whole number within i64.
fn whole(param: &Param, x: f64) -> Result<i64, Error> {
    // 2^63 is exact as an f64; every whole f64 below it in magnitude fits an i64.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    if x.fract() != 0.0 || !x.is_finite() {
        return Err(Error::invalid(
            param.name,
            format!("{x} is not a whole number"),
        ));
    }
    if !(-LIMIT..LIMIT).contains(&x) {
        return Err(Error::invalid(param.name, format!("{x} is out of range")));
    }
    Ok(x as i64)
}

/// A 1C Date as `YYYY-MM-DDTHH:MM:SS`, which `date::parse` reads as local time, as the
/// platform means it; `None` for the empty date, 0001-01-01 00:00:00.
fn date(param: &Param, tm: &libc::tm) -> Result<Option<String>, Error> {
    let empty = (tm.tm_year, tm.tm_mon, tm.tm_mday) == (1 - 1900, 0, 1)
        && (tm.tm_hour, tm.tm_min, tm.tm_sec) == (0, 0, 0);
    if empty {
        return Ok(None);
    }
    match wall_clock(tm) {
        Some(at) => Ok(Some(at.format("%Y-%m-%dT%H:%M:%S").to_string())),
        None => Err(Error::invalid(
            param.name,
            format!(
                "the Date {}-{:02}-{:02} {:02}:{:02}:{:02} is not a valid date",
                i64::from(tm.tm_year) + 1900,
                i64::from(tm.tm_mon) + 1,
                tm.tm_mday,
                tm.tm_hour,
                tm.tm_min,
                tm.tm_sec
            ),
        )),
    }
}

/// The fields of a `struct tm`, if they name a real date and time of day.
fn wall_clock(tm: &libc::tm) -> Option<NaiveDateTime> {
    let field = |v: c_int| u32::try_from(v).ok();
    let day = NaiveDate::from_ymd_opt(
        tm.tm_year.checked_add(1900)?,
        field(tm.tm_mon)? + 1,
        field(tm.tm_mday)?,
    )?;
    day.and_hms_opt(field(tm.tm_hour)?, field(tm.tm_min)?, field(tm.tm_sec)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::param::{CHAT_ID, EXPIRATION_DATE, TITLE, USER_LIMIT};

    fn tm(year: i32, month: i32, day: i32, hour: i32, min: i32, sec: i32) -> libc::tm {
        // SAFETY: `tm` is integers and one pointer, for which all zeroes is valid (NULL).
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        tm.tm_year = year - 1900;
        tm.tm_mon = month - 1;
        tm.tm_mday = day;
        tm.tm_hour = hour;
        tm.tm_min = min;
        tm.tm_sec = sec;
        tm
    }

    fn wide(text: &str) -> Vec<u16> {
        text.encode_utf16().collect()
    }

    const ANONYMOUS: Param = Param {
        name: "Anonymous",
        option: "anonymous",
        alias: None,
        ty: ParamType::Boolean { default: true },
        required: false,
        description: "",
        env: None,
    };

    const LATITUDE: Param = Param {
        name: "Latitude",
        option: "lat",
        alias: None,
        ty: ParamType::Float,
        required: true,
        description: "",
        env: None,
    };

    fn refused(param: &Param, value: Variant) -> String {
        let e = given(param, value).unwrap_err();
        assert_eq!(e.parameter, Some(param.name));
        e.description
    }

    #[test]
    fn undefined_is_not_given_for_every_type() {
        for param in [&TITLE, &CHAT_ID, &EXPIRATION_DATE, &USER_LIMIT] {
            assert_eq!(given(param, Variant::Empty).unwrap(), None);
        }
    }

    #[test]
    fn numbers_must_be_whole() {
        assert_eq!(
            given(&USER_LIMIT, Variant::Int(200)).unwrap(),
            Some(Given::Number(200))
        );
        assert_eq!(
            given(&USER_LIMIT, Variant::Real(200.0)).unwrap(),
            Some(Given::Number(200))
        );
        assert_eq!(
            refused(&USER_LIMIT, Variant::Real(2.5)),
            "UserLimit: 2.5 is not a whole number"
        );
        refused(&USER_LIMIT, Variant::Real(f64::NAN));
        refused(&USER_LIMIT, Variant::Real(1e19));
        assert_eq!(
            refused(&USER_LIMIT, Variant::Bool(true)),
            "UserLimit: a Boolean cannot be given for a parameter of type Number"
        );
        refused(&USER_LIMIT, Variant::Date(tm(2025, 5, 2, 0, 0, 0)));
    }

    #[test]
    fn numbers_may_come_as_text() {
        let text = wide(" 150 ");
        assert_eq!(
            given(&USER_LIMIT, Variant::Text(&text)).unwrap(),
            Some(Given::Number(150))
        );
        assert_eq!(given(&USER_LIMIT, Variant::Text(&[])).unwrap(), None);
        let text = wide("many");
        assert_eq!(
            refused(&USER_LIMIT, Variant::Text(&text)),
            "UserLimit: cannot read \"many\" as a whole number"
        );
    }

    #[test]
    fn a_numeric_chat_becomes_its_integer_text() {
        assert_eq!(
            given(&CHAT_ID, Variant::Real(-1001234567890.0)).unwrap(),
            Some(Given::Text("-1001234567890".into()))
        );
        assert_eq!(
            given(&CHAT_ID, Variant::Int(42)).unwrap(),
            Some(Given::Text("42".into()))
        );
        refused(&CHAT_ID, Variant::Real(0.5));
        refused(&CHAT_ID, Variant::Bool(false));
    }

    #[test]
    fn dates_are_local_wall_clock_text() {
        assert_eq!(
            given(&EXPIRATION_DATE, Variant::Date(tm(2025, 5, 2, 15, 46, 10))).unwrap(),
            Some(Given::Text("2025-05-02T15:46:10".into()))
        );
        assert_eq!(
            given(&EXPIRATION_DATE, Variant::Date(tm(1, 1, 1, 0, 0, 0))).unwrap(),
            None
        );
        assert_eq!(
            given(&EXPIRATION_DATE, Variant::Date(tm(1, 1, 1, 0, 0, 1))).unwrap(),
            Some(Given::Text("0001-01-01T00:00:01".into()))
        );
        assert_eq!(
            refused(&EXPIRATION_DATE, Variant::Date(tm(2025, 13, 2, 0, 0, 0))),
            "ExpirationDate: the Date 2025-13-02 00:00:00 is not a valid date"
        );
        refused(&EXPIRATION_DATE, Variant::Date(tm(2025, 5, 2, 24, 0, 0)));
        refused(&EXPIRATION_DATE, Variant::Bool(true));
        assert_eq!(
            given(&EXPIRATION_DATE, Variant::Int(1746200770)).unwrap(),
            Some(Given::Text("1746200770".into()))
        );
        let text = wide("02.05.2025 15:46:10");
        assert_eq!(
            given(&EXPIRATION_DATE, Variant::Text(&text)).unwrap(),
            Some(Given::Text("02.05.2025 15:46:10".into()))
        );
    }

    #[test]
    fn booleans_from_booleans_numbers_and_text() {
        assert_eq!(
            given(&ANONYMOUS, Variant::Bool(false)).unwrap(),
            Some(Given::Bool(false))
        );
        assert_eq!(
            given(&ANONYMOUS, Variant::Int(1)).unwrap(),
            Some(Given::Bool(true))
        );
        for (text, flag) in [
            ("true", true),
            ("Ложь", false),
            (" FALSE ", false),
            ("1", true),
        ] {
            let text = wide(text);
            assert_eq!(
                given(&ANONYMOUS, Variant::Text(&text)).unwrap(),
                Some(Given::Bool(flag))
            );
        }
        assert_eq!(given(&ANONYMOUS, Variant::Text(&[])).unwrap(), None);
        assert_eq!(given(&ANONYMOUS, Variant::Empty).unwrap(), None);
        let text = wide("yes");
        assert_eq!(
            refused(&ANONYMOUS, Variant::Text(&text)),
            "Anonymous: cannot read \"yes\" as a Boolean"
        );
        refused(&ANONYMOUS, Variant::Int(2));
        refused(&ANONYMOUS, Variant::Real(0.5));
    }

    #[test]
    fn floats_from_numbers_and_text() {
        assert_eq!(
            given(&LATITUDE, Variant::Real(55.75)).unwrap(),
            Some(Given::Float(55.75))
        );
        assert_eq!(
            given(&LATITUDE, Variant::Int(-3)).unwrap(),
            Some(Given::Float(-3.0))
        );
        for text in ["55.75", " 55,75 "] {
            let text = wide(text);
            assert_eq!(
                given(&LATITUDE, Variant::Text(&text)).unwrap(),
                Some(Given::Float(55.75))
            );
        }
        let text = wide("north");
        assert_eq!(
            refused(&LATITUDE, Variant::Text(&text)),
            "Latitude: cannot read \"north\" as a number"
        );
        refused(&LATITUDE, Variant::Bool(true));
    }

    #[test]
    fn text_parameters_take_text_numbers_and_booleans() {
        let text = wide("Ссылка");
        assert_eq!(
            given(&TITLE, Variant::Text(&text)).unwrap(),
            Some(Given::Text("Ссылка".into()))
        );
        assert_eq!(
            given(&TITLE, Variant::Int(7)).unwrap(),
            Some(Given::Text("7".into()))
        );
        assert_eq!(
            given(&TITLE, Variant::Real(2.5)).unwrap(),
            Some(Given::Text("2.5".into()))
        );
        assert_eq!(
            given(&TITLE, Variant::Bool(true)).unwrap(),
            Some(Given::Text("true".into()))
        );
        refused(&TITLE, Variant::Date(tm(2025, 5, 2, 0, 0, 0)));
        refused(&TITLE, Variant::Other);
        let broken = [0x41, 0xD800, 0x42];
        assert_eq!(
            refused(&TITLE, Variant::Text(&broken)),
            "Title: is not valid UTF-16 (unpaired surrogate at position 1)"
        );
    }
}
