//! `tVariant`, the value cell of the Native API: its layout, reading a value the
//! platform passed, and writing one back.
//!
//! The platform declares it in C as a union of every scalar type, `struct tm`, and
//! pointer-and-length pairs, followed by `uint32_t cbElements` and the 16-bit type tag
//! `vt`, with no packing. Its size follows from the platform's `struct tm` and from how
//! each system aligns 64-bit values:
//!
//! | target | `struct tm` | `tVariant` | `cbElements` | `vt` |
//! |-|-|-|-|-|
//! | Linux x86_64 | 56 bytes | 64 bytes | 56 | 60 |
//! | Linux i686 | 44 bytes; `double` aligned to 4 | 52 bytes | 44 | 48 |
//! | Windows x64 (MSVC) | 36 bytes | 48 bytes | 40 | 44 |
//! | Windows x86 (MSVC) | 36 bytes; `double` aligned to 8 | 48 bytes | 40 | 44 |

use std::ffi::{c_int, c_long, c_uint, c_void};
use std::ptr::NonNull;

/// The type tags (`ENUMVAR` in the platform's headers) this component reads or writes.
pub mod vt {
    pub const EMPTY: u16 = 0;
    pub const NULL: u16 = 1;
    pub const I2: u16 = 2;
    pub const I4: u16 = 3;
    pub const R4: u16 = 4;
    pub const R8: u16 = 5;
    pub const TM: u16 = 7;
    pub const BOOL: u16 = 11;
    pub const I1: u16 = 13;
    pub const UI1: u16 = 14;
    pub const UI2: u16 = 15;
    pub const UI4: u16 = 16;
    pub const I8: u16 = 17;
    pub const UI8: u16 = 18;
    pub const INT: u16 = 19;
    pub const UINT: u16 = 20;
    pub const PWSTR: u16 = 22;
    pub const BLOB: u16 = 23;
}

/// A UTF-16 string: a pointer and its length in code units, without the NUL.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct WideStr {
    pub ptr: *mut u16,
    pub len: u32,
}

/// Bytes (BinaryData): a pointer and a length, where the platform's union keeps
/// `pstrVal` and `strLen`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Blob {
    pub ptr: *mut u8,
    pub len: u32,
}

/// The interface member: never read, listed with the others so that the union cannot
/// fall short of the platform's size.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Interface {
    pub ptr: *mut c_void,
    pub id: [u32; 4],
}

#[repr(C)]
#[derive(Clone, Copy)]
pub union Payload {
    pub i8: i8,
    pub i16: i16,
    pub i32: i32,
    pub i64: i64,
    pub u8: u8,
    pub u16: u16,
    pub u32: u32,
    pub u64: u64,
    pub int: c_int,
    pub uint: c_uint,
    pub long: c_long,
    pub f32: f32,
    pub f64: f64,
    pub tm: libc::tm,
    pub wstr: WideStr,
    pub blob: Blob,
    pub iface: Interface,
}

#[repr(C)]
pub struct TVariant {
    pub value: Payload,
    pub elements: u32,
    pub vt: u16,
}

/// Size, `cbElements` offset and `vt` offset of the platform's `tVariant` on this target.
#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
const PLATFORM_LAYOUT: (usize, usize, usize) = (64, 56, 60);
#[cfg(all(target_os = "linux", target_arch = "x86"))]
const PLATFORM_LAYOUT: (usize, usize, usize) = (52, 44, 48);
#[cfg(all(windows, any(target_arch = "x86_64", target_arch = "x86")))]
const PLATFORM_LAYOUT: (usize, usize, usize) = (48, 40, 44);

#[cfg(any(
    all(target_os = "linux", any(target_arch = "x86_64", target_arch = "x86")),
    all(windows, any(target_arch = "x86_64", target_arch = "x86")),
))]
const _: () = {
    assert!(size_of::<TVariant>() == PLATFORM_LAYOUT.0);
    assert!(std::mem::offset_of!(TVariant, elements) == PLATFORM_LAYOUT.1);
    assert!(std::mem::offset_of!(TVariant, vt) == PLATFORM_LAYOUT.2);
};

/// A value as the platform passed it, borrowed for the length of one call.
#[derive(Clone, Copy)]
pub enum Variant<'a> {
    /// `Undefined`, `Null`, or a parameter left out.
    Empty,
    Bool(bool),
    Int(i64),
    Real(f64),
    /// A 1C `Date`: wall-clock fields in the host's local time.
    Date(libc::tm),
    Text(&'a [u16]),
    /// Any other type tag, such as binary data or an interface.
    Other,
}

impl Variant<'_> {
    /// How a 1C developer would name the type, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Variant::Empty => "Undefined",
            Variant::Bool(_) => "Boolean",
            Variant::Int(_) | Variant::Real(_) => "Number",
            Variant::Date(_) => "Date",
            Variant::Text(_) => "String",
            Variant::Other => "value of this type",
        }
    }
}

impl TVariant {
    /// Reads the value this variant holds.
    ///
    /// # Safety
    /// The variant was filled in by the platform: `vt` names the member that holds the
    /// value, and a string's pointer is NULL or points to `len` readable code units
    /// that outlive `'a`.
    pub unsafe fn read(&self) -> Variant<'_> {
        // SAFETY (for every union read below): `vt` names the member the platform
        // wrote, by this function's contract; each member read is plain data.
        unsafe {
            match self.vt {
                vt::EMPTY | vt::NULL => Variant::Empty,
                // Read as a byte: a `bool` holding anything but 0 or 1 would be
                // undefined behaviour, and the platform's C++ `bool` is one byte.
                vt::BOOL => Variant::Bool(self.value.u8 != 0),
                vt::I1 => Variant::Int(self.value.i8.into()),
                vt::I2 => Variant::Int(self.value.i16.into()),
                vt::I4 => Variant::Int(self.value.i32.into()),
                vt::I8 => Variant::Int(self.value.i64),
                vt::INT => Variant::Int(self.value.int.into()),
                vt::UI1 => Variant::Int(self.value.u8.into()),
                vt::UI2 => Variant::Int(self.value.u16.into()),
                vt::UI4 => Variant::Int(self.value.u32.into()),
                vt::UINT => Variant::Int(self.value.uint.into()),
                // Beyond i64 only as a float, which the range checks then refuse.
                vt::UI8 => match i64::try_from(self.value.u64) {
                    Ok(n) => Variant::Int(n),
                    Err(_) => Variant::Real(self.value.u64 as f64),
                },
                vt::R4 => Variant::Real(self.value.f32.into()),
                vt::R8 => Variant::Real(self.value.f64),
                vt::TM => Variant::Date(self.value.tm),
                vt::PWSTR => {
                    let WideStr { ptr, len } = self.value.wstr;
                    if ptr.is_null() || len == 0 {
                        Variant::Text(&[])
                    } else {
                        Variant::Text(std::slice::from_raw_parts(ptr, len as usize))
                    }
                }
                _ => Variant::Other,
            }
        }
    }

    pub fn set_null(&mut self) {
        self.vt = vt::NULL;
    }

    pub fn set_i32(&mut self, value: i32) {
        self.value.i32 = value;
        self.vt = vt::I4;
    }

    /// Makes this variant a string that the platform owns: `ptr` came from its memory
    /// manager and holds `len` code units and a NUL.
    pub fn set_wide(&mut self, ptr: NonNull<u16>, len: u32) {
        self.value.wstr = WideStr {
            ptr: ptr.as_ptr(),
            len,
        };
        self.vt = vt::PWSTR;
    }
}

impl TVariant {
    /// Makes this variant BinaryData that the platform owns: `ptr` came from its memory
    /// manager and holds `len` bytes.
    pub fn set_blob(&mut self, ptr: NonNull<u8>, len: u32) {
        self.value.blob = Blob {
            ptr: ptr.as_ptr(),
            len,
        };
        self.vt = vt::BLOB;
    }
}

/// Reads a NUL-terminated UTF-16 name the platform passed, such as a method name.
/// Unpaired surrogates become U+FFFD, so such a name matches nothing.
///
/// # Safety
/// `ptr` is NULL or points to a NUL-terminated UTF-16 string.
pub unsafe fn read_name(ptr: *const u16) -> Option<String> {
    if ptr.is_null() {
        return None;
    }
    let mut len = 0;
    // SAFETY: the string is NUL-terminated, so every unit up to the NUL is readable.
    while unsafe { *ptr.add(len) } != 0 {
        len += 1;
    }
    // SAFETY: the `len` units before the NUL were just read.
    let units = unsafe { std::slice::from_raw_parts(ptr, len) };
    Some(String::from_utf16_lossy(units))
}

/// A name as a static NUL-terminated UTF-16 array, built at compile time from ASCII.
pub const fn ascii_wide<const N: usize>(text: &str) -> [u16; N] {
    let bytes = text.as_bytes();
    assert!(bytes.len() + 1 == N, "N is the length plus the NUL");
    let mut out = [0u16; N];
    let mut i = 0;
    while i < bytes.len() {
        assert!(bytes[i].is_ascii());
        out[i] = bytes[i] as u16;
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variant(vt: u16, value: Payload) -> TVariant {
        TVariant {
            value,
            elements: 0,
            vt,
        }
    }

    #[test]
    fn numbers_of_every_width_read_as_numbers() {
        let cases = [
            (variant(vt::I4, Payload { i32: -7 }), -7),
            (variant(vt::I2, Payload { i16: -300 }), -300),
            (variant(vt::UI1, Payload { u8: 200 }), 200),
            (
                variant(
                    vt::I8,
                    Payload {
                        i64: -1001234567890,
                    },
                ),
                -1001234567890,
            ),
        ];
        for (v, expected) in cases {
            // SAFETY: each variant's tag names the member it was built with.
            match unsafe { v.read() } {
                Variant::Int(n) => assert_eq!(n, expected),
                other => panic!("read as {}", other.type_name()),
            }
        }
        let big = variant(vt::UI8, Payload { u64: u64::MAX });
        // SAFETY: the tag names the member it was built with.
        assert!(matches!(unsafe { big.read() }, Variant::Real(_)));
    }

    #[test]
    fn strings_and_unknown_tags() {
        let mut units: Vec<u16> = "Ссылка".encode_utf16().collect();
        let v = variant(
            vt::PWSTR,
            Payload {
                wstr: WideStr {
                    ptr: units.as_mut_ptr(),
                    len: units.len() as u32,
                },
            },
        );
        // SAFETY: the string points into `units`, which outlives the read.
        match unsafe { v.read() } {
            Variant::Text(t) => assert_eq!(String::from_utf16(t).unwrap(), "Ссылка"),
            other => panic!("read as {}", other.type_name()),
        }
        let blob = variant(23, Payload { u64: 0 });
        // SAFETY: an unknown tag reads no member.
        assert!(matches!(unsafe { blob.read() }, Variant::Other));
    }

    #[test]
    fn names_are_read_up_to_their_nul() {
        let name: Vec<u16> = "Версия\0".encode_utf16().collect();
        // SAFETY: NUL-terminated.
        assert_eq!(
            unsafe { read_name(name.as_ptr()) }.as_deref(),
            Some("Версия")
        );
        // SAFETY: NULL is allowed.
        assert_eq!(unsafe { read_name(std::ptr::null()) }, None);
        const WIDE: [u16; 4] = ascii_wide("abc");
        assert_eq!(WIDE, [97, 98, 99, 0]);
    }
}
