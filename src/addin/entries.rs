//! The functions in the component's vtables, one per Native API call.
//!
//! Each receives `this` pointing at its interface's vtable pointer and steps back to
//! the [`Object`]; each runs inside the boundary guard, since no panic may unwind into
//! the platform.

use std::ffi::{c_long, c_void};

use super::component::{self, CLASS_NAME, DefaultValue, Entry, Returned};
use super::object::{INIT_DONE, LANGUAGE, NATIVE_API_VERSION, Object, WideBool};
use super::variant::{self, TVariant, Variant};
use crate::boundary::{answer, guard};

/// A method or property number from the platform, which passes them as `long`.
fn index(num: c_long) -> Option<usize> {
    usize::try_from(num).ok()
}

fn count(n: usize) -> c_long {
    c_long::try_from(n).unwrap_or(c_long::MAX)
}

// IInitDoneBase

/// The connection to the platform is not kept: the component raises no events and
/// reports through its results, not through the platform's error list.
pub(super) unsafe extern "system" fn init(
    _this: *mut c_void,
    _connection: *mut c_void,
) -> WideBool {
    true.into()
}

pub(super) unsafe extern "system" fn set_mem_manager(
    this: *mut c_void,
    memory: *mut c_void,
) -> WideBool {
    guard(false, || {
        // SAFETY: the platform calls through the IInitDoneBase pointer of a live object.
        let object = unsafe { Object::from_interface(this, INIT_DONE) };
        object.set_memory(memory)
    })
    .into()
}

pub(super) unsafe extern "system" fn get_info(_this: *mut c_void) -> c_long {
    NATIVE_API_VERSION
}

pub(super) unsafe extern "system" fn done(_this: *mut c_void) {}

// LocaleBase, UserLanguageBase

/// Results are JSON with English descriptions whatever the user's language, so
/// that programs can rely on them; the locale changes nothing.
pub(super) unsafe extern "system" fn ignore_language(_this: *mut c_void, _code: *const u16) {}

// ILanguageExtenderBase

/// The name the platform registers the component's type under.
pub(super) unsafe extern "system" fn register_extension_as(
    this: *mut c_void,
    name: *mut *mut u16,
) -> WideBool {
    guard(false, || {
        // SAFETY: the platform calls through the ILanguageExtenderBase pointer of a
        // live object.
        let object = unsafe { Object::from_interface(this, LANGUAGE) };
        // Checked first: a name allocated for nowhere would never be released.
        if name.is_null() {
            return false;
        }
        let wide = object.wide(CLASS_NAME);
        if wide.is_null() {
            return false;
        }
        // SAFETY: `name` is a valid place for the platform to receive the string.
        unsafe { *name = wide.cast_mut() };
        true
    })
    .into()
}

pub(super) unsafe extern "system" fn get_n_props(_this: *mut c_void) -> c_long {
    count(component::PROPERTIES.len())
}

pub(super) unsafe extern "system" fn find_prop(_this: *mut c_void, name: *const u16) -> c_long {
    // SAFETY: forwarded contract.
    unsafe { find(name, component::find_property) }
}

pub(super) unsafe extern "system" fn get_prop_name(
    this: *mut c_void,
    num: c_long,
    alias: c_long,
) -> *const u16 {
    // SAFETY: forwarded contract.
    unsafe { name_of(this, num, alias, component::property_name) }
}

pub(super) unsafe extern "system" fn get_prop_val(
    this: *mut c_void,
    num: c_long,
    value: *mut TVariant,
) -> WideBool {
    guard(false, || {
        // SAFETY: called through the ILanguageExtenderBase pointer of a live object.
        let object = unsafe { Object::from_interface(this, LANGUAGE) };
        // SAFETY: the platform passes a variant to fill, or NULL.
        let Some(value) = (unsafe { value.as_mut() }) else {
            return false;
        };
        match index(num).and_then(component::property) {
            Some(text) => object.set_wide(value, text),
            None => false,
        }
    })
    .into()
}

/// `Version` is read-only.
pub(super) unsafe extern "system" fn set_prop_val(
    _this: *mut c_void,
    _num: c_long,
    _value: *mut TVariant,
) -> WideBool {
    false.into()
}

pub(super) unsafe extern "system" fn is_prop_readable(_this: *mut c_void, num: c_long) -> WideBool {
    index(num)
        .is_some_and(|num| num < component::PROPERTIES.len())
        .into()
}

pub(super) unsafe extern "system" fn is_prop_writable(
    _this: *mut c_void,
    _num: c_long,
) -> WideBool {
    false.into()
}

pub(super) unsafe extern "system" fn get_n_methods(_this: *mut c_void) -> c_long {
    count(Entry::count())
}

pub(super) unsafe extern "system" fn find_method(_this: *mut c_void, name: *const u16) -> c_long {
    // SAFETY: forwarded contract.
    unsafe { find(name, component::find_method) }
}

pub(super) unsafe extern "system" fn get_method_name(
    this: *mut c_void,
    num: c_long,
    alias: c_long,
) -> *const u16 {
    // SAFETY: forwarded contract.
    unsafe { name_of(this, num, alias, component::method_name) }
}

/// The number of the method or property called `name`, looked up by `lookup`; -1 for
/// none.
///
/// # Safety
/// `name` is NULL or a NUL-terminated UTF-16 string, as the platform passes it.
unsafe fn find(name: *const u16, lookup: fn(&str) -> Option<usize>) -> c_long {
    guard(-1, || {
        // SAFETY: NULL or NUL-terminated, by this function's contract.
        let name = unsafe { variant::read_name(name) };
        name.and_then(|name| lookup(&name)).map_or(-1, count)
    })
}

/// Name `alias` of method or property `num`, by `name`, in memory the platform frees;
/// NULL for none.
///
/// # Safety
/// `this` is the ILanguageExtenderBase pointer of a live object.
unsafe fn name_of(
    this: *mut c_void,
    num: c_long,
    alias: c_long,
    name: fn(usize, usize) -> Option<&'static str>,
) -> *const u16 {
    guard(std::ptr::null(), || {
        // SAFETY: a live object's interface, by this function's contract.
        let object = unsafe { Object::from_interface(this, LANGUAGE) };
        let found = index(num)
            .zip(index(alias))
            .and_then(|(num, alias)| name(num, alias));
        found.map_or(std::ptr::null(), |name| object.wide(name))
    })
}

pub(super) unsafe extern "system" fn get_n_params(_this: *mut c_void, num: c_long) -> c_long {
    guard(0, || {
        index(num)
            .and_then(Entry::get)
            .map_or(0, |entry| count(entry.params().len()))
    })
}

pub(super) unsafe extern "system" fn get_param_def_value(
    _this: *mut c_void,
    num: c_long,
    param: c_long,
    value: *mut TVariant,
) -> WideBool {
    guard(false, || {
        let default = index(num)
            .and_then(Entry::get)
            .zip(index(param))
            .and_then(|(entry, param)| entry.default_value(param));
        // SAFETY: the platform passes a variant to fill, or NULL.
        let (Some(default), Some(value)) = (default, unsafe { value.as_mut() }) else {
            return false;
        };
        match default {
            DefaultValue::Null => value.set_null(),
            DefaultValue::Zero => value.set_i32(0),
        }
        true
    })
    .into()
}

pub(super) unsafe extern "system" fn has_ret_val(_this: *mut c_void, num: c_long) -> WideBool {
    index(num).and_then(Entry::get).is_some().into()
}

/// A call whose result 1C discards, as in `Telegram.CreateInvitationLink(...);`. The
/// request is still made.
pub(super) unsafe extern "system" fn call_as_proc(
    _this: *mut c_void,
    num: c_long,
    params: *mut TVariant,
    size: c_long,
) -> WideBool {
    guard(false, || {
        let Some(entry) = index(num).and_then(Entry::get) else {
            return false;
        };
        // SAFETY: the platform passes `size` initialised variants at `params`.
        unsafe { run(entry, params, size) };
        true
    })
    .into()
}

pub(super) unsafe extern "system" fn call_as_func(
    this: *mut c_void,
    num: c_long,
    result: *mut TVariant,
    params: *mut TVariant,
    size: c_long,
) -> WideBool {
    guard(false, || {
        // SAFETY: called through the ILanguageExtenderBase pointer of a live object.
        let object = unsafe { Object::from_interface(this, LANGUAGE) };
        let Some(entry) = index(num).and_then(Entry::get) else {
            return false;
        };
        // SAFETY: the platform passes a variant for the result, or NULL.
        let Some(result) = (unsafe { result.as_mut() }) else {
            return false;
        };
        // Without a memory manager the result could not be handed over, so nothing is
        // sent.
        if object.memory().is_none() {
            return false;
        }
        // SAFETY: the platform passes `size` initialised variants at `params`.
        match unsafe { run(entry, params, size) } {
            Returned::Text(json) => object.set_wide(result, &json),
            Returned::Bytes(bytes) => object.set_bytes(result, &bytes),
        }
    })
    .into()
}

/// Runs `entry` with the platform's parameter array. A panic inside becomes an
/// `internal` result, as it does in the C functions.
///
/// # Safety
/// `params` is NULL or points to `size` variants filled in by the platform.
unsafe fn run(entry: Entry, params: *const TVariant, size: c_long) -> Returned {
    let size = index(size).unwrap_or(0);
    let variants: &[TVariant] = if params.is_null() || size == 0 {
        &[]
    } else {
        // SAFETY: `size` variants at `params`, by the contract.
        unsafe { std::slice::from_raw_parts(params, size) }
    };
    // SAFETY: the platform filled in every variant it passed.
    let values: Vec<Variant> = variants.iter().map(|v| unsafe { v.read() }).collect();
    let mut bytes = None;
    let text = answer(|| match entry.call(&values)? {
        Returned::Text(text) => Ok(text),
        Returned::Bytes(received) => {
            bytes = Some(received);
            Ok(String::new())
        }
    });
    bytes.map_or(Returned::Text(text), Returned::Bytes)
}
