//! The component as a C++ object: the memory layout and the shape of the virtual
//! tables that the platform's `IComponentBase` expects.
//!
//! `IComponentBase` derives from four interfaces, each with a virtual destructor and no
//! data, so an object is four vtable pointers in declaration order, at 0, 1, 2 and 3
//! pointer widths, followed by the component's own state:
//!
//! | offset | interface | functions |
//! |-|-|-|
//! | 0 | `IInitDoneBase` | `Init`, `setMemManager`, `GetInfo`, `Done` |
//! | 1 | `ILanguageExtenderBase` | names, properties, methods, calls |
//! | 2 | `LocaleBase` | `SetLocale` |
//! | 3 | `UserLanguageBase` | `SetUserInterfaceLanguageCode` |
//!
//! The platform calls an interface's function with `this` pointing at that interface's
//! vtable pointer, so each function (in `entries`, put in the tables by `vtables`) steps back by the
//! interface's offset to reach the object.

use std::ffi::{c_long, c_void};
use std::mem::offset_of;
use std::sync::atomic::{AtomicPtr, Ordering};

use super::memory::{Memory, MemoryManager};
use super::variant::TVariant;
use crate::boundary::guard;

/// The object the platform holds as `IComponentBase*`.
#[repr(C)]
pub struct Object {
    init_done: &'static InitDoneSlots,
    language: &'static LanguageSlots,
    locale: &'static LocaleSlots,
    user_language: &'static UserLanguageSlots,
    /// Set by `setMemManager` before any other call that returns memory.
    memory: AtomicPtr<MemoryManager>,
}

pub(super) const INIT_DONE: usize = offset_of!(Object, init_done);
pub(super) const LANGUAGE: usize = offset_of!(Object, language);
pub(super) const LOCALE: usize = offset_of!(Object, locale);
pub(super) const USER_LANGUAGE: usize = offset_of!(Object, user_language);

/// The version `GetInfo` reports: 2000 is version 2 of the Native API.
pub(super) const NATIVE_API_VERSION: c_long = 2000;

/// The `bool` the interfaces' functions return, as 0 or 1 in all 32 bits of the return
/// register.
///
/// A C++ caller reads only the low byte of a `bool`, and that is all a Rust `bool` sets:
/// the rest of the register keeps whatever was there. OneScript's proxy hands the
/// component's answer on to .NET, which reads a 4-byte `BOOL`, so there junk in the
/// upper bytes would turn `false` into `true`. A 32-bit 0 or 1 reads the same to both,
/// on every target: each returns a `bool` and a 32-bit integer in the same register.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WideBool(u32);

impl From<bool> for WideBool {
    fn from(b: bool) -> WideBool {
        WideBool(u32::from(b))
    }
}

impl Object {
    /// A new component with these tables, owned by the caller until
    /// [`Object::destroy`].
    pub(super) fn create(
        init_done: &'static InitDoneSlots,
        language: &'static LanguageSlots,
        locale: &'static LocaleSlots,
        user_language: &'static UserLanguageSlots,
    ) -> *mut Object {
        Box::into_raw(Box::new(Object {
            init_done,
            language,
            locale,
            user_language,
            memory: AtomicPtr::new(std::ptr::null_mut()),
        }))
    }

    /// Releases a component made by [`Object::create`].
    ///
    /// # Safety
    /// `object` came from `create` and is not used again.
    pub unsafe fn destroy(object: *mut Object) {
        // SAFETY: made by Box::into_raw in `create`, released once by the contract.
        drop(unsafe { Box::from_raw(object) });
    }

    /// The object whose interface at `offset` is `this`.
    ///
    /// # Safety
    /// `this` is the address of the vtable pointer at `offset` in a live [`Object`].
    pub(super) unsafe fn from_interface<'a>(this: *mut c_void, offset: usize) -> &'a Object {
        // SAFETY: stepping back by the interface's offset reaches the object's start,
        // inside the same allocation, by the contract.
        unsafe { &*this.byte_sub(offset).cast::<Object>() }
    }

    /// Keeps the platform's memory manager; false for NULL.
    pub(super) fn set_memory(&self, memory: *mut c_void) -> bool {
        self.memory.store(memory.cast(), Ordering::Release);
        !memory.is_null()
    }

    pub(super) fn memory(&self) -> Option<Memory> {
        // SAFETY: the platform passed a valid memory manager to setMemManager and keeps
        // it alive for the life of the component.
        unsafe { Memory::new(self.memory.load(Ordering::Acquire)) }
    }

    /// `text` as a string the platform owns, or NULL when there is no memory manager
    /// or it refuses.
    pub(super) fn wide(&self, text: &str) -> *const u16 {
        self.memory()
            .and_then(|memory| memory.wide(text))
            .map_or(std::ptr::null(), |(ptr, _)| ptr.as_ptr())
    }

    /// Makes `out` BinaryData holding `bytes`, in the platform's memory; false when it
    /// cannot.
    pub(super) fn set_bytes(&self, out: &mut TVariant, bytes: &[u8]) -> bool {
        match self.memory().and_then(|memory| memory.bytes(bytes)) {
            Some((ptr, len)) => {
                out.set_blob(ptr, len);
                true
            }
            None => false,
        }
    }

    /// Writes `text` into `out` as a string the platform owns; false when it cannot.
    pub(super) fn set_wide(&self, out: &mut TVariant, text: &str) -> bool {
        match self.memory().and_then(|memory| memory.wide(text)) {
            Some((ptr, len)) => {
                out.set_wide(ptr, len);
                true
            }
            None => false,
        }
    }
}

/// A vtable as the C++ ABI lays it out around the address an object points to.
///
/// Under the Itanium ABI (Linux, macOS) the two words before the first function are
/// the offset from this interface to the start of the object and the type information
/// pointer; with them `dynamic_cast<void*>` finds the object from any interface. No
/// type information is provided, so `typeid` must not be used on the component.
#[repr(C)]
pub(super) struct Vtable<S: 'static> {
    #[cfg(not(windows))]
    offset_to_top: isize,
    #[cfg(not(windows))]
    type_info: usize,
    pub(super) slots: S,
}

impl<S> Vtable<S> {
    pub(super) const fn new(
        #[cfg_attr(windows, allow(unused_variables))] interface_offset: usize,
        slots: S,
    ) -> Vtable<S> {
        Vtable {
            #[cfg(not(windows))]
            offset_to_top: -(interface_offset as isize),
            #[cfg(not(windows))]
            type_info: 0,
            slots,
        }
    }
}

/// The virtual destructor's slots. The platform releases components through
/// `DestroyObject`, but a C++ host may `delete` one through any interface, so the
/// slots do what C++ would: the deleting destructor releases the object.
#[cfg(not(windows))]
#[repr(C)]
pub(super) struct Destructor {
    /// The complete-object destructor: ends the object's life without freeing it.
    /// Nothing to do, since the state is released with the allocation.
    complete: unsafe extern "C" fn(*mut c_void),
    deleting: unsafe extern "C" fn(*mut c_void),
}

#[cfg(not(windows))]
impl Destructor {
    pub(super) const fn at<const OFFSET: usize>() -> Destructor {
        Destructor {
            complete: complete_destructor,
            deleting: deleting_destructor::<OFFSET>,
        }
    }
}

#[cfg(not(windows))]
unsafe extern "C" fn complete_destructor(_this: *mut c_void) {}

#[cfg(not(windows))]
unsafe extern "C" fn deleting_destructor<const OFFSET: usize>(this: *mut c_void) {
    guard((), || {
        // SAFETY: C++ `delete` passes the interface pointer of a live component.
        unsafe { Object::destroy(this.byte_sub(OFFSET).cast()) }
    })
}

/// MSVC's one slot: the scalar deleting destructor, which frees when bit 0 of its
/// flags is set and returns `this`. Member functions without `__stdcall` use
/// `__thiscall` on 32-bit x86.
#[cfg(windows)]
#[repr(C)]
pub(super) struct Destructor {
    scalar_deleting: ScalarDeleting,
}

#[cfg(all(windows, target_arch = "x86"))]
type ScalarDeleting = unsafe extern "thiscall" fn(*mut c_void, u32) -> *mut c_void;
#[cfg(all(windows, not(target_arch = "x86")))]
type ScalarDeleting = unsafe extern "C" fn(*mut c_void, u32) -> *mut c_void;

#[cfg(windows)]
impl Destructor {
    pub(super) const fn at<const OFFSET: usize>() -> Destructor {
        Destructor {
            scalar_deleting: scalar_deleting_destructor::<OFFSET>,
        }
    }
}

#[cfg(all(windows, target_arch = "x86"))]
unsafe extern "thiscall" fn scalar_deleting_destructor<const OFFSET: usize>(
    this: *mut c_void,
    flags: u32,
) -> *mut c_void {
    scalar_delete(this, OFFSET, flags)
}

#[cfg(all(windows, not(target_arch = "x86")))]
unsafe extern "C" fn scalar_deleting_destructor<const OFFSET: usize>(
    this: *mut c_void,
    flags: u32,
) -> *mut c_void {
    scalar_delete(this, OFFSET, flags)
}

#[cfg(windows)]
fn scalar_delete(this: *mut c_void, offset: usize, flags: u32) -> *mut c_void {
    if flags & 1 != 0 {
        guard((), || {
            // SAFETY: C++ `delete` passes the interface pointer of a live component.
            unsafe { Object::destroy(this.byte_sub(offset).cast()) }
        });
    }
    this
}

#[repr(C)]
pub(super) struct InitDoneSlots {
    pub(super) destructor: Destructor,
    pub(super) init: unsafe extern "system" fn(*mut c_void, *mut c_void) -> WideBool,
    pub(super) set_mem_manager: unsafe extern "system" fn(*mut c_void, *mut c_void) -> WideBool,
    pub(super) get_info: unsafe extern "system" fn(*mut c_void) -> c_long,
    pub(super) done: unsafe extern "system" fn(*mut c_void),
}

#[repr(C)]
pub(super) struct LanguageSlots {
    pub(super) destructor: Destructor,
    pub(super) register_extension_as:
        unsafe extern "system" fn(*mut c_void, *mut *mut u16) -> WideBool,
    pub(super) get_n_props: unsafe extern "system" fn(*mut c_void) -> c_long,
    pub(super) find_prop: unsafe extern "system" fn(*mut c_void, *const u16) -> c_long,
    pub(super) get_prop_name: unsafe extern "system" fn(*mut c_void, c_long, c_long) -> *const u16,
    pub(super) get_prop_val:
        unsafe extern "system" fn(*mut c_void, c_long, *mut TVariant) -> WideBool,
    pub(super) set_prop_val:
        unsafe extern "system" fn(*mut c_void, c_long, *mut TVariant) -> WideBool,
    pub(super) is_prop_readable: unsafe extern "system" fn(*mut c_void, c_long) -> WideBool,
    pub(super) is_prop_writable: unsafe extern "system" fn(*mut c_void, c_long) -> WideBool,
    pub(super) get_n_methods: unsafe extern "system" fn(*mut c_void) -> c_long,
    pub(super) find_method: unsafe extern "system" fn(*mut c_void, *const u16) -> c_long,
    pub(super) get_method_name:
        unsafe extern "system" fn(*mut c_void, c_long, c_long) -> *const u16,
    pub(super) get_n_params: unsafe extern "system" fn(*mut c_void, c_long) -> c_long,
    pub(super) get_param_def_value:
        unsafe extern "system" fn(*mut c_void, c_long, c_long, *mut TVariant) -> WideBool,
    pub(super) has_ret_val: unsafe extern "system" fn(*mut c_void, c_long) -> WideBool,
    pub(super) call_as_proc:
        unsafe extern "system" fn(*mut c_void, c_long, *mut TVariant, c_long) -> WideBool,
    pub(super) call_as_func: unsafe extern "system" fn(
        *mut c_void,
        c_long,
        *mut TVariant,
        *mut TVariant,
        c_long,
    ) -> WideBool,
}

#[repr(C)]
pub(super) struct LocaleSlots {
    pub(super) destructor: Destructor,
    pub(super) set_locale: unsafe extern "system" fn(*mut c_void, *const u16),
}

#[repr(C)]
pub(super) struct UserLanguageSlots {
    pub(super) destructor: Destructor,
    pub(super) set_user_interface_language_code: unsafe extern "system" fn(*mut c_void, *const u16),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interfaces_sit_one_pointer_apart_in_declaration_order() {
        let width = size_of::<usize>();
        assert_eq!(
            [INIT_DONE, LANGUAGE, LOCALE, USER_LANGUAGE],
            [0, width, 2 * width, 3 * width]
        );
    }
}
