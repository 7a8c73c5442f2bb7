//! libopi as a 1C:Enterprise Native API add-in, from the same shared library as the C
//! API.
//!
//! The platform (1C:Enterprise, or OneScript) loads the library, reads the class names
//! from `GetClassNames`, and creates each component with `GetClassObject`. The one
//! component, `Telegram`, offers every method of the methods table under its OPI
//! names in English and Russian, plus `Configure` and the read-only property `Version`;
//! each call answers with the same JSON string as the C functions.
//!
//! - [`object`]: the C++ object the platform calls through, [`entries`]: the
//!   functions in its vtables, and [`vtables`]: the tables filled with them;
//! - [`component`]: methods, names and defaults, drawn from the methods table;
//! - [`convert`]: 1C values to parameter values;
//! - [`variant`]: the `tVariant` value cell; [`memory`]: the platform's allocator.
//!
//! These entry points are left out of `include/opi.h`, which is the C API's header.

mod component;
mod convert;
mod entries;
mod memory;
mod object;
#[cfg(test)]
mod platform_tests;
mod variant;
mod vtables;

use std::ffi::{c_int, c_long, c_void};

use object::Object;

use crate::boundary::guard;
use crate::error::Error;
use crate::param::Param;

/// `GetClassNames`'s answer: the component names, `|`-separated, NUL-terminated UTF-16.
static CLASS_NAMES: [u16; 9] = variant::ascii_wide(component::CLASS_NAME);

/// The highest `AppCapabilities` this component knows of (`eAppCapabilities3`).
const APP_CAPABILITIES_LAST: c_int = 3;

/// `eCanAttachAny`: the component works in the platform's process or in a separate one.
const ATTACH_ANY: c_int = 3;

/// The names of the components in this library: `Telegram`. A static string that the
/// platform does not free.
#[unsafe(no_mangle)]
#[allow(non_snake_case)]
pub extern "C" fn GetClassNames() -> *const u16 {
    CLASS_NAMES.as_ptr()
}

/// Creates the component named `name` (`Telegram`, in any case, since OneScript passes
/// the name as the script wrote it) and stores it in `*component`. Returns 1, or 0 for
/// an unknown name, a NULL `component`, or a `*component` that already holds an object.
///
/// # Safety
/// `name` is NULL or a NUL-terminated UTF-16 string; `component` is NULL or valid for
/// reading and writing a pointer.
#[unsafe(no_mangle)]
#[allow(non_snake_case)]
pub unsafe extern "C" fn GetClassObject(name: *const u16, component: *mut *mut c_void) -> c_long {
    guard(0, || {
        // SAFETY: NULL or NUL-terminated, by the contract.
        let name = unsafe { variant::read_name(name) };
        let known = name.is_some_and(|n| n.eq_ignore_ascii_case(component::CLASS_NAME));
        // SAFETY: NULL or valid for reading, by the contract.
        if !known || unsafe { component.as_ref() }.is_none_or(|held| !held.is_null()) {
            return 0;
        }
        // SAFETY: valid for writing, by the contract.
        unsafe { *component = vtables::create().cast() };
        1
    })
}

/// Releases a component made by `GetClassObject` and sets `*component` to NULL.
/// Returns 0, or -1 when there is nothing to release.
///
/// # Safety
/// `component` is NULL or points to NULL or to a component from `GetClassObject` that
/// is not used again.
#[unsafe(no_mangle)]
#[allow(non_snake_case)]
pub unsafe extern "C" fn DestroyObject(component: *mut *mut c_void) -> c_long {
    guard(-1, || {
        // SAFETY: NULL or valid for reading and writing, by the contract.
        let Some(slot) = (unsafe { component.as_mut() }) else {
            return -1;
        };
        if slot.is_null() {
            return -1;
        }
        // SAFETY: made by GetClassObject and not used again, by the contract.
        unsafe { Object::destroy(slot.cast()) };
        *slot = std::ptr::null_mut();
        0
    })
}

/// The platform announces what it supports; the component answers with what it uses,
/// which is at most the capabilities it knows of. None of them changes its behaviour.
#[unsafe(no_mangle)]
#[allow(non_snake_case)]
pub extern "C" fn SetPlatformCapabilities(capabilities: c_int) -> c_int {
    capabilities.min(APP_CAPABILITIES_LAST)
}

/// The component keeps no state across processes, so it may be attached either way.
#[unsafe(no_mangle)]
#[allow(non_snake_case)]
pub extern "C" fn GetAttachType() -> c_int {
    ATTACH_ANY
}

/// A platform value, made from raw bytes as the platform would pass it, read and then
/// converted for `param`. What the fuzzers drive: `payload` fills the variant's union
/// (zeroes after it), and a string variant (`vt` 22) points at `units`.
#[doc(hidden)]
pub fn convert_platform_value(
    param: &Param,
    tag: u16,
    payload: &[u8],
    units: &[u16],
) -> Result<Option<crate::args::Given>, Error> {
    let mut bytes = [0u8; size_of::<variant::Payload>()];
    let n = payload.len().min(bytes.len());
    bytes[..n].copy_from_slice(&payload[..n]);
    // SAFETY: the union is plain data, and every bit pattern is a valid integer, float
    // or pointer; no pointer in it is followed except the string's, set just below.
    let value = unsafe { bytes.as_ptr().cast::<variant::Payload>().read_unaligned() };
    let mut cell = variant::TVariant {
        value,
        elements: 0,
        vt: tag,
    };
    if tag == variant::vt::PWSTR {
        let len = u32::try_from(units.len()).unwrap_or(u32::MAX);
        cell.value.wstr = variant::WideStr {
            ptr: units.as_ptr().cast_mut(),
            len,
        };
    }
    // SAFETY: the tag names the member written (any member is plain data, and a string
    // points at `units`, which outlives the call; it is only read).
    convert::given(param, unsafe { cell.read() })
}
