//! Random bytes and integers into every exported function: each call returns JSON that
//! `opi_free` releases, nothing crashes, and nothing is sent for invalid input.

use crate::common::*;
use opi_standin::TOKEN;
use proptest::prelude::*;

/// What a C host would pass for these bytes: the string ends at the first NUL.
fn c_string(bytes: &[u8]) -> Vec<u8> {
    bytes.iter().copied().take_while(|&b| b != 0).collect()
}

fn arg(bytes: &Option<Vec<u8>>) -> Arg<'_> {
    bytes.as_ref().map_or(Arg::Null, |b| Arg::Bytes(b))
}

fn random_arg() -> impl Strategy<Value = Option<Vec<u8>>> {
    prop_oneof![
        1 => Just(None),
        4 => prop::collection::vec(any::<u8>(), 0..64).prop_map(|b| Some(c_string(&b))),
        2 => "\\PC{0,40}".prop_map(|s| Some(s.into_bytes())),
        1 => prop::sample::select(vec!["@c", "-100123", "@c*5", "2025-05-02", "1746200770"])
            .prop_map(|s| Some(s.as_bytes().to_vec())),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_arguments_always_give_json_and_invalid_ones_send_nothing(
        token in prop_oneof![1 => Just(Some(TOKEN.as_bytes().to_vec())), 1 => random_arg()],
        chat in random_arg(),
        title in random_arg(),
        expire in random_arg(),
        limit in prop_oneof![any::<i32>(), 0..=99_999i32],
    ) {
        let f = Fixture::new();
        let result = parse(&create_raw(arg(&token), arg(&chat), arg(&title), arg(&expire), limit));
        let sent = f.server.request_count();
        match kind(&result) {
            "invalid_argument" => prop_assert_eq!(sent, 0, "{}", result),
            "" => prop_assert_eq!(sent, 1, "{}", result),
            other => prop_assert!(false, "unexpected kind {}: {}", other, result),
        }
    }

    #[test]
    fn random_options_always_give_json(options in prop::collection::vec(any::<u8>(), 0..256)) {
        let _f = Fixture::new();
        let options = c_string(&options);
        let c = std::ffi::CString::new(options).unwrap();
        // SAFETY: a live C string.
        let result = parse(&take(unsafe { opi::opi_configure(c.as_ptr()) }));
        prop_assert!(result["ok"] == true || kind(&result) == "invalid_argument", "{}", result);
    }
}

#[test]
fn megabyte_arguments_of_every_kind_are_survived() {
    let f = Fixture::new();
    let mib = |byte: u8| vec![byte; 1 << 20];
    for big in [
        mib(b'a'),
        mib(0xff),
        mib(b'9'),
        "Я".repeat(1 << 19).into_bytes(),
    ] {
        for position in 0..4 {
            let mut args = [
                Some(TOKEN.as_bytes().to_vec()),
                Some(b"@c".to_vec()),
                None,
                None,
            ];
            args[position] = Some(big.clone());
            let result = parse(&create_raw(
                arg(&args[0]),
                arg(&args[1]),
                arg(&args[2]),
                arg(&args[3]),
                0,
            ));
            assert_eq!(
                kind(&result),
                "invalid_argument",
                "{}",
                &result.to_string()[..120]
            );
        }
    }
    assert_eq!(f.server.request_count(), 0);
    let huge = std::ffi::CString::new(mib(b'{')).unwrap();
    // SAFETY: a live C string.
    let result = parse(&take(unsafe { opi::opi_configure(huge.as_ptr()) }));
    assert_eq!(kind(&result), "invalid_argument");
}
