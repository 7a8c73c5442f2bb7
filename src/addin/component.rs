//! The `Telegram` component as 1C sees it: its methods, parameters and property,
//! drawn from the methods table, and what a call does.
//!
//! Methods are numbered as the platform numbers them: first every method of
//! [`methods::TELEGRAM`] in table order, then `Configure`. A method added to the table
//! appears in 1C with no change here.

use super::convert;
use super::variant::Variant;
use crate::api::{self, OPTIONS_JSON};
use crate::args::{Args, Given};
use crate::download::Sink;
use crate::error::Error;
use crate::method::{self, Method, Runs};
use crate::methods;
use crate::param::Param;

/// The name 1C's `New("AddIn.<Name>.Telegram")` and OneScript reach the component by.
pub const CLASS_NAME: &str = "Telegram";

/// The component's one property, read-only: English and Russian names.
pub const PROPERTIES: &[[&str; 2]] = &[["Version", "Версия"]];

/// The default of an optional parameter, each a value that [`Entry::call`] reads as
/// "not given".
///
/// Never Undefined (`VTYPE_EMPTY`), though 1C would pass that on just the same:
/// OneScript's proxy counts a parameter as optional only when its default has a type
/// (`HasParamDefValue`: `GetParamDefValue` true and `vt != VTYPE_EMPTY`), and turns a
/// Null default into Undefined before the call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultValue {
    /// `VTYPE_NULL`.
    Null,
    /// `VTYPE_I4` 0.
    Zero,
}

/// One method as the platform numbers it.
#[derive(Clone, Copy)]
pub enum Entry {
    Telegram(&'static Method),
    Configure,
}

impl Entry {
    pub fn count() -> usize {
        methods::TELEGRAM.len() + 1
    }

    pub fn get(num: usize) -> Option<Entry> {
        match methods::TELEGRAM.get(num) {
            Some(method) => Some(Entry::Telegram(method)),
            None if num == methods::TELEGRAM.len() => Some(Entry::Configure),
            None => None,
        }
    }

    /// Alias 0 is the English name, 1 the Russian one, as the platform asks for them.
    pub fn name(self, alias: usize) -> Option<&'static str> {
        let [en, ru] = match self {
            Entry::Telegram(method) => [method.name, method.name_ru],
            Entry::Configure => ["Configure", "Настроить"],
        };
        match alias {
            0 => Some(en),
            // A method without a Russian name answers to its English one in both.
            1 => Some(if ru.is_empty() { en } else { ru }),
            _ => None,
        }
    }

    pub fn params(self) -> &'static [&'static Param] {
        match self {
            Entry::Telegram(method) => method.params,
            // `Configure(OptionsJSON)`: leaving the argument out reports the settings.
            Entry::Configure => &[&OPTIONS_JSON],
        }
    }

    /// What the platform substitutes for a parameter left out of a call: `None` for a
    /// required one, so that 1C reports the missing argument itself. Optional ones take
    /// the C API's "not given": 0 for a number, Null for the rest.
    pub fn default_value(self, param: usize) -> Option<DefaultValue> {
        let param = self.params().get(param).filter(|p| !p.required)?;
        Some(if param.ty.is_number() {
            DefaultValue::Zero
        } else {
            DefaultValue::Null
        })
    }

    /// Runs the method with the values the platform passed, in parameter order; missing
    /// trailing values are "not given". Answers as the Rust API does, but for a
    /// download's bytes.
    pub fn call(self, values: &[Variant]) -> Result<Returned, Error> {
        let mut given: Vec<(&Param, Given)> = Vec::new();
        for (i, &param) in self.params().iter().enumerate() {
            let value = values.get(i).copied().unwrap_or(Variant::Empty);
            match convert::given(param, value) {
                Ok(Some(value)) => given.push((param, value)),
                Ok(None) => {}
                Err(e) => return Err(e),
            }
        }
        match self {
            Entry::Telegram(method) => {
                let mut args = Args::new();
                for (param, value) in &given {
                    args.set(param, value.as_arg());
                }
                if !matches!(method.runs, Runs::Download(..)) {
                    return method::run(method, &args).map(Returned::Text);
                }
                // A download returns BinaryData, as OPI's does; a failure, its result.
                let mut received = Vec::new();
                let sink = Some(Sink::Memory(&mut received));
                method::run_showing(method, &args, sink, &mut |_| Ok(()))?;
                Ok(Returned::Bytes(received))
            }
            Entry::Configure => {
                let options = match given.first() {
                    Some((_, Given::Text(options))) => options.as_str(),
                    _ => "",
                };
                api::configure(options).map(Returned::Text)
            }
        }
    }
}

/// What a method hands 1C: its JSON result as a String, or the bytes a download
/// received, as BinaryData.
#[derive(Debug)]
pub enum Returned {
    Text(String),
    Bytes(Vec<u8>),
}

/// The method called `name` in either language, without regard to case, as 1C matches
/// names.
pub fn find_method(name: &str) -> Option<usize> {
    (0..Entry::count()).find(|&num| {
        Entry::get(num).is_some_and(|entry| {
            (0..2).any(|alias| entry.name(alias).is_some_and(|n| same_name(n, name)))
        })
    })
}

pub fn find_property(name: &str) -> Option<usize> {
    PROPERTIES
        .iter()
        .position(|names| names.iter().any(|n| same_name(n, name)))
}

/// Whether two names are the same but for case, compared as they are read rather
/// than lowercased into new strings: 1C looks up every method it calls.
fn same_name(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// Name `alias` (0 English, 1 Russian) of method `num`.
pub fn method_name(num: usize, alias: usize) -> Option<&'static str> {
    Entry::get(num)?.name(alias)
}

/// Name `alias` (0 English, 1 Russian) of property `num`.
pub fn property_name(num: usize, alias: usize) -> Option<&'static str> {
    PROPERTIES.get(num)?.get(alias).copied()
}

/// The value of property `num`.
pub fn property(num: usize) -> Option<&'static str> {
    (num == 0).then(api::version)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Lookups over the whole table, with no unsafe code in them, run in the ordinary
    // suite; under Miri, which interprets every step, they would take minutes.
    #[test]
    #[cfg_attr(miri, ignore)]
    fn every_table_method_is_found_by_both_names_in_any_case() {
        for (num, method) in methods::TELEGRAM.iter().enumerate() {
            assert_eq!(find_method(method.name), Some(num));
            assert_eq!(find_method(&method.name.to_uppercase()), Some(num));
            assert_eq!(find_method(method.name_ru), Some(num));
            assert_eq!(find_method(&method.name_ru.to_lowercase()), Some(num));
            assert_eq!(Entry::get(num).unwrap().params().len(), method.params.len());
        }
        let configure = methods::TELEGRAM.len();
        assert_eq!(find_method("configure"), Some(configure));
        assert_eq!(find_method("НАСТРОИТЬ"), Some(configure));
        assert_eq!(find_method("NoSuchMethod"), None);
        assert!(Entry::get(Entry::count()).is_none());
    }

    #[test]
    #[cfg_attr(miri, ignore)]
    fn names_are_unique_across_methods_and_languages() {
        let mut seen = Vec::new();
        for num in 0..Entry::count() {
            let entry = Entry::get(num).unwrap();
            for alias in 0..2 {
                let name = entry.name(alias).unwrap().to_lowercase();
                if alias == 1 && entry.name(0).unwrap().to_lowercase() == name {
                    continue;
                }
                assert!(!seen.contains(&name), "{name} names two methods");
                seen.push(name);
            }
        }
    }

    #[test]
    fn only_optional_parameters_have_defaults() {
        for num in 0..Entry::count() {
            let entry = Entry::get(num).unwrap();
            for (i, param) in entry.params().iter().enumerate() {
                assert_eq!(entry.default_value(i).is_some(), !param.required);
            }
            assert!(entry.default_value(entry.params().len()).is_none());
        }
    }

    /// Each default, as the platform passes it back (Null reads as Undefined does), is
    /// "not given": only the required parameters reach the request.
    #[test]
    fn every_default_reads_as_not_given() {
        for num in 0..Entry::count() {
            let entry = Entry::get(num).unwrap();
            for (i, &param) in entry.params().iter().enumerate() {
                let value = match entry.default_value(i) {
                    None => continue,
                    Some(DefaultValue::Null) => Variant::Empty,
                    Some(DefaultValue::Zero) => Variant::Int(0),
                };
                let given = convert::given(param, value).unwrap();
                let arg = given.as_ref().map(Given::as_arg);
                // 0 is the C API's "not given" for a number, as NULL is for a string.
                assert!(
                    matches!(arg, None | Some(crate::args::Arg::Number(0))),
                    "{}: {:?}",
                    param.name,
                    given
                );
            }
        }
    }

    #[test]
    fn properties() {
        assert_eq!(find_property("VERSION"), Some(0));
        assert_eq!(find_property("версия"), Some(0));
        assert_eq!(find_property("Build"), None);
        assert_eq!(property(0), Some(env!("CARGO_PKG_VERSION")));
        assert_eq!(property(1), None);
    }

    #[test]
    fn a_bad_value_is_refused_before_anything_is_sent() {
        let entry = Entry::get(find_method("CreateInvitationLink").unwrap()).unwrap();
        let token: Vec<u16> = "1:A".encode_utf16().collect();
        let chat: Vec<u16> = "@chat".encode_utf16().collect();
        let json = entry.call(&[
            Variant::Text(&token),
            Variant::Text(&chat),
            Variant::Empty,
            Variant::Empty,
            Variant::Real(2.5),
        ]);
        let json = json.unwrap_err().to_json();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["opi_error"]["kind"], "invalid_argument", "{json}");
        assert_eq!(v["opi_error"]["parameter"], "UserLimit", "{json}");
        let json = entry.call(&[]).unwrap_err().to_json();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["opi_error"]["parameter"], "Token", "{json}");
    }
}
