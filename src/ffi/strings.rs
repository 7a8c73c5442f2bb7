//! C values across the boundary: strings in and out, and a method's arguments.
//!
//! Ownership: strings passed in are borrowed for the duration of the call and never
//! kept; every string passed out is a `CString` leaked to the caller, which gives it back
//! through `opi_free`, the only function that may release it.

use std::ffi::{CStr, CString, c_char};

use std::path::Path;

use crate::args::{Arg, Args};
use crate::boundary;
use crate::download::{PATH, Sink};
use crate::error::Error;
use crate::method::{Method, run, run_showing};
use crate::param::Param;

/// A call's answer as an owned C string: the call runs inside the boundary guard.
pub fn c_answer(call: impl FnOnce() -> Result<String, Error>) -> *mut c_char {
    to_c(boundary::answer(call))
}

/// Borrows a C string argument as UTF-8; NULL is "not given".
///
/// # Safety
/// `ptr` is NULL or points to a NUL-terminated string that stays valid and unchanged
/// for the duration of the call.
pub unsafe fn str_arg<'a>(ptr: *const c_char, param: &Param) -> Result<Option<&'a str>, Error> {
    if ptr.is_null() {
        return Ok(None);
    }
    // SAFETY: non-NULL and NUL-terminated by the caller's contract.
    let bytes = unsafe { CStr::from_ptr(ptr) }.to_bytes();
    std::str::from_utf8(bytes).map(Some).map_err(|e| {
        Error::invalid(
            param.name,
            format!(
                "is not valid UTF-8 (invalid byte at offset {})",
                e.valid_up_to()
            ),
        )
    })
}

/// Bytes handed to the caller: the file a download function received (`data` NULL and
/// `len` 0 when there are none). Owned by the caller, who releases it with
/// `opi_bytes_free`.
#[repr(C)]
#[allow(non_camel_case_types)] // the C API's naming, as the header spells it
pub struct opi_bytes {
    /// The first byte, or NULL.
    pub data: *mut u8,
    /// How many bytes `data` holds.
    pub len: usize,
}

/// One C argument as the host passed it, before it is decoded for its parameter.
pub enum CArg {
    /// A string: NULL or NUL-terminated, borrowed for the call.
    Text(*const c_char),
    /// A whole number, widened from the C type.
    Number(i64),
    /// A C `bool`.
    Bool(bool),
    /// A C `double`.
    Float(f64),
}

/// Runs `method` with the host's arguments in the order of its parameters, inside the
/// boundary guard: each string decoded (NULL is not given; bytes that are not UTF-8 are
/// refused naming the parameter) before anything is checked or sent. The one path of
/// every generated function.
///
/// # Safety
/// Each `CArg::Text` pointer is NULL or a NUL-terminated string, valid and unchanged for
/// the duration of the call.
pub unsafe fn invoke(method: &Method, args: &[CArg]) -> *mut c_char {
    // SAFETY: forwarded contract.
    c_answer(|| run(method, &unsafe { decoded(method, args)? }))
}

/// The host's arguments gathered by parameter, each string decoded.
///
/// # Safety
/// As [`invoke`].
unsafe fn decoded<'a>(method: &Method, args: &[CArg]) -> Result<Args<'a>, Error> {
    debug_assert_eq!(args.len(), method.params.len(), "{}", method.name);
    let mut given = Args::new();
    for (param, arg) in method.params.iter().zip(args) {
        match *arg {
            CArg::Text(ptr) => {
                // SAFETY: NULL or a valid C string, by this function's contract.
                if let Some(text) = unsafe { str_arg(ptr, param)? } {
                    given.set(param, Arg::Text(text));
                }
            }
            CArg::Number(n) => given.set(param, Arg::Number(n)),
            CArg::Bool(b) => given.set(param, Arg::Bool(b)),
            CArg::Float(x) => given.set(param, Arg::Float(x)),
        }
    }
    Ok(given)
}

/// [`invoke`] for a method that returns bytes: to the file at `path` when it is given,
/// else into `*bytes`, which is zeroed first and left zeroed on any failure. Neither
/// given is `invalid_argument` naming `path`.
///
/// # Safety
/// As [`invoke`]; `path` is NULL or a NUL-terminated string valid for the call, and
/// `bytes` is NULL or points to an `opi_bytes` the function may overwrite (any bytes it
/// held are not released).
pub unsafe fn invoke_to(
    method: &Method,
    args: &[CArg],
    path: *const c_char,
    bytes: *mut opi_bytes,
) -> *mut c_char {
    // SAFETY: NULL or a valid place to write, by the contract.
    let bytes = unsafe { bytes.as_mut() };
    let bytes = bytes.map(|b| {
        *b = opi_bytes {
            data: std::ptr::null_mut(),
            len: 0,
        };
        b
    });
    c_answer(|| {
        // SAFETY: forwarded contract.
        let given = unsafe { decoded(method, args)? };
        // SAFETY: NULL or a valid C string, by the contract.
        let path = unsafe { str_arg(path, &PATH)? }.filter(|p| !p.is_empty());
        let show = &mut |_: &_| Ok(());
        match (path, bytes) {
            (Some(path), _) => run_showing(method, &given, Some(Sink::File(Path::new(path))), show),
            (None, Some(out)) => {
                let mut received = Vec::new();
                let result = run_showing(method, &given, Some(Sink::Memory(&mut received)), show)?;
                let received = received.into_boxed_slice();
                if !received.is_empty() {
                    out.len = received.len();
                    out.data = Box::into_raw(received).cast::<u8>();
                }
                Ok(result)
            }
            (None, None) => run_showing(method, &given, None, show),
        }
    })
}

/// Takes back bytes handed out by [`invoke_to`] and zeroes the struct.
///
/// # Safety
/// `bytes` is NULL or points to a zeroed `opi_bytes` or one filled by `invoke_to` and
/// not released since.
pub unsafe fn free_bytes(bytes: *mut opi_bytes) {
    // SAFETY: NULL or valid, by the contract.
    let Some(bytes) = (unsafe { bytes.as_mut() }) else {
        return;
    };
    if !bytes.data.is_null() {
        let slice = std::ptr::slice_from_raw_parts_mut(bytes.data, bytes.len);
        // SAFETY: `data` and `len` came from `Box::into_raw` of a boxed slice, once.
        drop(unsafe { Box::from_raw(slice) });
    }
    bytes.data = std::ptr::null_mut();
    bytes.len = 0;
}

/// Hands a JSON document to C; released by [`free`].
fn to_c(json: String) -> *mut c_char {
    // JSON escapes every control character, so an interior NUL cannot occur; should it
    // ever, the caller still gets a document rather than a NULL it was promised never to see.
    CString::new(json)
        .unwrap_or_else(|_| {
            CString::new(boundary::internal("a result held a NUL byte"))
                .expect("the internal result has no NUL byte")
        })
        .into_raw()
}

/// Takes back a string made by [`to_c`].
///
/// # Safety
/// `ptr` is NULL or came from `to_c` and has not been released yet.
pub unsafe fn free(ptr: *mut c_char) {
    if !ptr.is_null() {
        // SAFETY: the pointer came from `CString::into_raw`, once, by the caller's contract.
        drop(unsafe { CString::from_raw(ptr) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_internal_result() {
        let ptr = c_answer(|| panic!("boom"));
        // SAFETY: `guard` returns an owned, NUL-terminated string.
        let json = unsafe { CStr::from_ptr(ptr) }.to_str().unwrap().to_string();
        unsafe { free(ptr) };
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["ok"], false);
        assert_eq!(v["opi_error"]["kind"], "internal");
    }
}
