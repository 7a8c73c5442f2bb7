//! The add-in's reading of platform values: a random `tVariant` type tag and payload
//! (a string's UTF-16 units random too, unpaired surrogates included), converted for
//! each type of parameter. Properties: never a panic; a refusal names the parameter;
//! every accepted value is the one the payload holds, read here independently.

#![no_main]

use libfuzzer_sys::fuzz_target;
use opi::unversioned::{
    CHAT_ID, EXPIRATION_DATE, Given, Param, ParamType, TITLE, USER_LIMIT, convert_platform_value,
};

/// The union's bytes this target sets; the rest are zero.
const PAYLOAD: usize = 16;

fuzz_target!(|data: &[u8]| {
    let Some((&[lo, hi, which], rest)) = data.split_first_chunk::<3>() else {
        return;
    };
    // Mostly the tags the platform uses (0..=22), sometimes any.
    let tag = if hi & 0x80 == 0 {
        u16::from(lo) % 24
    } else {
        u16::from_le_bytes([lo, hi])
    };
    let param = [&TITLE, &CHAT_ID, &EXPIRATION_DATE, &USER_LIMIT][usize::from(which) % 4];
    let (payload, text) = rest.split_at(rest.len().min(PAYLOAD));
    let units: Vec<u16> = text
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    let result = convert_platform_value(param, tag, payload, &units);
    if let Err(e) = &result {
        assert_eq!(e.parameter, Some(param.name), "{e:?}");
    }
    let mut bytes = [0u8; PAYLOAD];
    bytes[..payload.len()].copy_from_slice(payload);
    let int = |n: usize| {
        let mut b = [0u8; 8];
        b[..n].copy_from_slice(&bytes[..n]);
        b
    };
    let signed = |n: usize| {
        let shift = 64 - 8 * n as u32;
        (i64::from_le_bytes(int(n)) << shift) >> shift
    };
    let unsigned = |n: usize| u64::from_le_bytes(int(n));
    let expected: Expected = match tag {
        0 | 1 => Expected::None,
        2 => Expected::Int(signed(2)),
        3 | 19 => Expected::Int(signed(4)),
        13 => Expected::Int(signed(1)),
        17 => Expected::Int(signed(8)),
        14 => Expected::Int(unsigned(1) as i64),
        15 => Expected::Int(unsigned(2) as i64),
        16 | 20 => Expected::Int(unsigned(4) as i64),
        18 => match i64::try_from(unsigned(8)) {
            Ok(n) => Expected::Int(n),
            // Beyond i64 the library reads it as a float, as 1C's Number would hold it.
            Err(_) => Expected::Real(unsigned(8) as f64),
        },
        4 => Expected::Real(f64::from(f32::from_le_bytes(
            int(4)[..4].try_into().unwrap(),
        ))),
        5 => Expected::Real(f64::from_le_bytes(int(8))),
        11 => Expected::Bool(bytes[0] != 0),
        22 => Expected::Text(String::from_utf16(&units).ok()),
        7 => Expected::Date,
        _ => Expected::Refused,
    };
    check(
        param,
        expected,
        result.ok().map(|given| given.map(Shown::from)),
    );
});

enum Expected {
    None,
    Int(i64),
    Real(f64),
    Bool(bool),
    /// The string, or `None` for one with an unpaired surrogate.
    Text(Option<String>),
    Date,
    Refused,
}

#[derive(Debug, PartialEq)]
enum Shown {
    Text(String),
    Number(i64),
    Bool(bool),
    Float(f64),
    Bytes(Vec<u8>),
}

impl From<Given> for Shown {
    fn from(given: Given) -> Shown {
        match given {
            Given::Text(t) => Shown::Text(t),
            Given::Number(n) => Shown::Number(n),
            Given::Bool(b) => Shown::Bool(b),
            Given::Float(x) => Shown::Float(x),
            Given::Bytes(b) => Shown::Bytes(b),
        }
    }
}

/// `got`: `None` for a refusal, else the converted value (`Some(None)`: not given).
fn check(param: &Param, expected: Expected, got: Option<Option<Shown>>) {
    let number = param.ty.is_number();
    let as_text = matches!(param.ty, ParamType::StringOrNumber | ParamType::Date);
    let want: Option<Option<Shown>> = match expected {
        Expected::None => Some(None),
        Expected::Refused => None,
        Expected::Int(n) if number => Some(Some(Shown::Number(n))),
        Expected::Int(n) => Some(Some(Shown::Text(n.to_string()))),
        Expected::Real(x) => {
            // Whole and within i64: below 2^63 in magnitude, which is exact as an f64.
            let whole = x.fract() == 0.0
                && (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&x);
            match (whole, number, as_text) {
                (true, true, _) => Some(Some(Shown::Number(x as i64))),
                (true, false, true) => Some(Some(Shown::Text((x as i64).to_string()))),
                (false, _, true) | (false, true, _) => None,
                (_, false, false) => Some(Some(Shown::Text(x.to_string()))),
            }
        }
        Expected::Bool(b) if !number && !as_text => Some(Some(Shown::Text(b.to_string()))),
        Expected::Bool(_) => None,
        Expected::Text(None) => None,
        Expected::Text(Some(t)) if number => {
            let trimmed = t.trim();
            if trimmed.is_empty() {
                Some(None)
            } else {
                trimmed.parse().ok().map(|n| Some(Shown::Number(n)))
            }
        }
        Expected::Text(Some(t)) => Some(Some(Shown::Text(t))),
        // A date's own fields are checked by the add-in's tests; here only that any
        // payload gives an answer, and that only a Date parameter takes one.
        Expected::Date if param.ty == ParamType::Date => return,
        Expected::Date => None,
    };
    assert_eq!(got, want, "{}", param.name);
}
