//! The component as a C++ object: the memory layout and virtual tables that the
//! platform's `IComponentBase` expects, and the functions in them.
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
//! vtable pointer, so each function steps back by the interface's offset to reach the
//! object. Every function catches panics: none may unwind into the platform.

use std::ffi::{c_long, c_void};
use std::mem::offset_of;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicPtr, Ordering};

use super::component::{self, CLASS_NAME, Entry};
use super::memory::{Memory, MemoryManager};
use super::variant::{self, TVariant, Value};
use crate::error::{Error, ErrorKind};

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

const INIT_DONE: usize = offset_of!(Object, init_done);
const LANGUAGE: usize = offset_of!(Object, language);
const LOCALE: usize = offset_of!(Object, locale);
const USER_LANGUAGE: usize = offset_of!(Object, user_language);

/// The version `GetInfo` reports: 2000 is version 2 of the Native API.
const NATIVE_API_VERSION: c_long = 2000;

impl Object {
    /// A new component, owned by the caller until [`Object::destroy`].
    pub fn create() -> *mut Object {
        Box::into_raw(Box::new(Object {
            init_done: &INIT_DONE_VTABLE.slots,
            language: &LANGUAGE_VTABLE.slots,
            locale: &LOCALE_VTABLE.slots,
            user_language: &USER_LANGUAGE_VTABLE.slots,
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
    unsafe fn from_interface<'a>(this: *mut c_void, offset: usize) -> &'a Object {
        // SAFETY: stepping back by the interface's offset reaches the object's start,
        // inside the same allocation, by the contract.
        unsafe { &*this.byte_sub(offset).cast::<Object>() }
    }

    fn memory(&self) -> Option<Memory> {
        // SAFETY: the platform passed a valid memory manager to setMemManager and keeps
        // it alive for the life of the component.
        unsafe { Memory::new(self.memory.load(Ordering::Acquire)) }
    }

    /// `text` as a string the platform owns, or NULL when there is no memory manager
    /// or it refuses.
    fn wide(&self, text: &str) -> *const u16 {
        self.memory()
            .and_then(|memory| memory.wide(text))
            .map_or(std::ptr::null(), |(ptr, _)| ptr.as_ptr())
    }

    /// Writes `text` into `out` as a string the platform owns; false when it cannot.
    fn set_wide(&self, out: &mut TVariant, text: &str) -> bool {
        match self.memory().and_then(|memory| memory.wide(text)) {
            Some((ptr, len)) => {
                out.set_wide(ptr, len);
                true
            }
            None => false,
        }
    }
}

/// Runs one vtable entry; a panic becomes `fallback` instead of unwinding into the
/// platform, which cannot catch it.
fn shield<T>(fallback: T, f: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or(fallback)
}

/// A method or property number from the platform, which passes them as `long`.
fn index(num: c_long) -> Option<usize> {
    usize::try_from(num).ok()
}

fn count(n: usize) -> c_long {
    c_long::try_from(n).unwrap_or(c_long::MAX)
}

/// A vtable as the C++ ABI lays it out around the address an object points to.
///
/// Under the Itanium ABI (Linux, macOS) the two words before the first function are
/// the offset from this interface to the start of the object and the type information
/// pointer; with them `dynamic_cast<void*>` finds the object from any interface. No
/// type information is provided, so `typeid` must not be used on the component.
#[repr(C)]
struct Vtable<S: 'static> {
    #[cfg(not(windows))]
    offset_to_top: isize,
    #[cfg(not(windows))]
    type_info: usize,
    slots: S,
}

impl<S> Vtable<S> {
    const fn new(
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
struct Destructor {
    /// The complete-object destructor: ends the object's life without freeing it.
    /// Nothing to do, since the state is released with the allocation.
    complete: unsafe extern "C" fn(*mut c_void),
    deleting: unsafe extern "C" fn(*mut c_void),
}

#[cfg(not(windows))]
impl Destructor {
    const fn at<const OFFSET: usize>() -> Destructor {
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
    shield((), || {
        // SAFETY: C++ `delete` passes the interface pointer of a live component.
        unsafe { Object::destroy(this.byte_sub(OFFSET).cast()) }
    })
}

/// MSVC's one slot: the scalar deleting destructor, which frees when bit 0 of its
/// flags is set and returns `this`. Member functions without `__stdcall` use
/// `__thiscall` on 32-bit x86.
#[cfg(windows)]
#[repr(C)]
struct Destructor {
    scalar_deleting: ScalarDeleting,
}

#[cfg(all(windows, target_arch = "x86"))]
type ScalarDeleting = unsafe extern "thiscall" fn(*mut c_void, u32) -> *mut c_void;
#[cfg(all(windows, not(target_arch = "x86")))]
type ScalarDeleting = unsafe extern "C" fn(*mut c_void, u32) -> *mut c_void;

#[cfg(windows)]
impl Destructor {
    const fn at<const OFFSET: usize>() -> Destructor {
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
        shield((), || {
            // SAFETY: C++ `delete` passes the interface pointer of a live component.
            unsafe { Object::destroy(this.byte_sub(offset).cast()) }
        });
    }
    this
}

#[repr(C)]
struct InitDoneSlots {
    destructor: Destructor,
    init: unsafe extern "system" fn(*mut c_void, *mut c_void) -> bool,
    set_mem_manager: unsafe extern "system" fn(*mut c_void, *mut c_void) -> bool,
    get_info: unsafe extern "system" fn(*mut c_void) -> c_long,
    done: unsafe extern "system" fn(*mut c_void),
}

#[repr(C)]
struct LanguageSlots {
    destructor: Destructor,
    register_extension_as: unsafe extern "system" fn(*mut c_void, *mut *mut u16) -> bool,
    get_n_props: unsafe extern "system" fn(*mut c_void) -> c_long,
    find_prop: unsafe extern "system" fn(*mut c_void, *const u16) -> c_long,
    get_prop_name: unsafe extern "system" fn(*mut c_void, c_long, c_long) -> *const u16,
    get_prop_val: unsafe extern "system" fn(*mut c_void, c_long, *mut TVariant) -> bool,
    set_prop_val: unsafe extern "system" fn(*mut c_void, c_long, *mut TVariant) -> bool,
    is_prop_readable: unsafe extern "system" fn(*mut c_void, c_long) -> bool,
    is_prop_writable: unsafe extern "system" fn(*mut c_void, c_long) -> bool,
    get_n_methods: unsafe extern "system" fn(*mut c_void) -> c_long,
    find_method: unsafe extern "system" fn(*mut c_void, *const u16) -> c_long,
    get_method_name: unsafe extern "system" fn(*mut c_void, c_long, c_long) -> *const u16,
    get_n_params: unsafe extern "system" fn(*mut c_void, c_long) -> c_long,
    get_param_def_value:
        unsafe extern "system" fn(*mut c_void, c_long, c_long, *mut TVariant) -> bool,
    has_ret_val: unsafe extern "system" fn(*mut c_void, c_long) -> bool,
    call_as_proc: unsafe extern "system" fn(*mut c_void, c_long, *mut TVariant, c_long) -> bool,
    call_as_func: unsafe extern "system" fn(
        *mut c_void,
        c_long,
        *mut TVariant,
        *mut TVariant,
        c_long,
    ) -> bool,
}

#[repr(C)]
struct LocaleSlots {
    destructor: Destructor,
    set_locale: unsafe extern "system" fn(*mut c_void, *const u16),
}

#[repr(C)]
struct UserLanguageSlots {
    destructor: Destructor,
    set_user_interface_language_code: unsafe extern "system" fn(*mut c_void, *const u16),
}

static INIT_DONE_VTABLE: Vtable<InitDoneSlots> = Vtable::new(
    INIT_DONE,
    InitDoneSlots {
        destructor: Destructor::at::<INIT_DONE>(),
        init,
        set_mem_manager,
        get_info,
        done,
    },
);

static LANGUAGE_VTABLE: Vtable<LanguageSlots> = Vtable::new(
    LANGUAGE,
    LanguageSlots {
        destructor: Destructor::at::<LANGUAGE>(),
        register_extension_as,
        get_n_props,
        find_prop,
        get_prop_name,
        get_prop_val,
        set_prop_val,
        is_prop_readable,
        is_prop_writable,
        get_n_methods,
        find_method,
        get_method_name,
        get_n_params,
        get_param_def_value,
        has_ret_val,
        call_as_proc,
        call_as_func,
    },
);

static LOCALE_VTABLE: Vtable<LocaleSlots> = Vtable::new(
    LOCALE,
    LocaleSlots {
        destructor: Destructor::at::<LOCALE>(),
        set_locale: ignore_language,
    },
);

static USER_LANGUAGE_VTABLE: Vtable<UserLanguageSlots> = Vtable::new(
    USER_LANGUAGE,
    UserLanguageSlots {
        destructor: Destructor::at::<USER_LANGUAGE>(),
        set_user_interface_language_code: ignore_language,
    },
);

// IInitDoneBase

/// The connection to the platform is not kept: the component raises no events and
/// reports through its results, not through the platform's error list.
unsafe extern "system" fn init(_this: *mut c_void, _connection: *mut c_void) -> bool {
    true
}

unsafe extern "system" fn set_mem_manager(this: *mut c_void, memory: *mut c_void) -> bool {
    shield(false, || {
        // SAFETY: the platform calls through the IInitDoneBase pointer of a live object.
        let object = unsafe { Object::from_interface(this, INIT_DONE) };
        object.memory.store(memory.cast(), Ordering::Release);
        !memory.is_null()
    })
}

unsafe extern "system" fn get_info(_this: *mut c_void) -> c_long {
    NATIVE_API_VERSION
}

unsafe extern "system" fn done(_this: *mut c_void) {}

// LocaleBase, UserLanguageBase

/// Results are JSON with English descriptions whatever the user's language, so
/// that programs can rely on them; the locale changes nothing.
unsafe extern "system" fn ignore_language(_this: *mut c_void, _code: *const u16) {}

// ILanguageExtenderBase

/// The name the platform registers the component's type under.
unsafe extern "system" fn register_extension_as(this: *mut c_void, name: *mut *mut u16) -> bool {
    shield(false, || {
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
}

unsafe extern "system" fn get_n_props(_this: *mut c_void) -> c_long {
    count(component::PROPERTIES.len())
}

unsafe extern "system" fn find_prop(_this: *mut c_void, name: *const u16) -> c_long {
    shield(-1, || {
        // SAFETY: the platform passes a NUL-terminated name.
        let name = unsafe { variant::read_name(name) };
        name.and_then(|name| component::find_property(&name))
            .map_or(-1, count)
    })
}

unsafe extern "system" fn get_prop_name(
    this: *mut c_void,
    num: c_long,
    alias: c_long,
) -> *const u16 {
    shield(std::ptr::null(), || {
        // SAFETY: called through the ILanguageExtenderBase pointer of a live object.
        let object = unsafe { Object::from_interface(this, LANGUAGE) };
        let names = index(num).and_then(|num| component::PROPERTIES.get(num));
        match (names, index(alias)) {
            (Some(names), Some(alias)) if alias < names.len() => object.wide(names[alias]),
            _ => std::ptr::null(),
        }
    })
}

unsafe extern "system" fn get_prop_val(
    this: *mut c_void,
    num: c_long,
    value: *mut TVariant,
) -> bool {
    shield(false, || {
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
}

/// `Version` is read-only.
unsafe extern "system" fn set_prop_val(
    _this: *mut c_void,
    _num: c_long,
    _value: *mut TVariant,
) -> bool {
    false
}

unsafe extern "system" fn is_prop_readable(_this: *mut c_void, num: c_long) -> bool {
    index(num).is_some_and(|num| num < component::PROPERTIES.len())
}

unsafe extern "system" fn is_prop_writable(_this: *mut c_void, _num: c_long) -> bool {
    false
}

unsafe extern "system" fn get_n_methods(_this: *mut c_void) -> c_long {
    count(Entry::count())
}

unsafe extern "system" fn find_method(_this: *mut c_void, name: *const u16) -> c_long {
    shield(-1, || {
        // SAFETY: the platform passes a NUL-terminated name.
        let name = unsafe { variant::read_name(name) };
        name.and_then(|name| component::find_method(&name))
            .map_or(-1, count)
    })
}

unsafe extern "system" fn get_method_name(
    this: *mut c_void,
    num: c_long,
    alias: c_long,
) -> *const u16 {
    shield(std::ptr::null(), || {
        // SAFETY: called through the ILanguageExtenderBase pointer of a live object.
        let object = unsafe { Object::from_interface(this, LANGUAGE) };
        let name = index(num)
            .and_then(Entry::get)
            .zip(index(alias))
            .and_then(|(entry, alias)| entry.name(alias));
        name.map_or(std::ptr::null(), |name| object.wide(name))
    })
}

unsafe extern "system" fn get_n_params(_this: *mut c_void, num: c_long) -> c_long {
    shield(0, || {
        index(num)
            .and_then(Entry::get)
            .map_or(0, |entry| count(entry.params().len()))
    })
}

unsafe extern "system" fn get_param_def_value(
    _this: *mut c_void,
    num: c_long,
    param: c_long,
    value: *mut TVariant,
) -> bool {
    shield(false, || {
        let default = index(num)
            .and_then(Entry::get)
            .zip(index(param))
            .and_then(|(entry, param)| entry.default_value(param));
        // SAFETY: the platform passes a variant to fill, or NULL.
        let (Some(default), Some(value)) = (default, unsafe { value.as_mut() }) else {
            return false;
        };
        match default {
            Value::Int(n) => value.set_i32(i32::try_from(n).unwrap_or_default()),
            _ => value.set_empty(),
        }
        true
    })
}

unsafe extern "system" fn has_ret_val(_this: *mut c_void, num: c_long) -> bool {
    index(num).and_then(Entry::get).is_some()
}

/// A call whose result 1C discards, as in `Telegram.CreateInvitationLink(...);`. The
/// request is still made.
unsafe extern "system" fn call_as_proc(
    _this: *mut c_void,
    num: c_long,
    params: *mut TVariant,
    size: c_long,
) -> bool {
    shield(false, || {
        let Some(entry) = index(num).and_then(Entry::get) else {
            return false;
        };
        // SAFETY: the platform passes `size` initialised variants at `params`.
        unsafe { run(entry, params, size) };
        true
    })
}

unsafe extern "system" fn call_as_func(
    this: *mut c_void,
    num: c_long,
    result: *mut TVariant,
    params: *mut TVariant,
    size: c_long,
) -> bool {
    shield(false, || {
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
        let json = unsafe { run(entry, params, size) };
        object.set_wide(result, &json)
    })
}

/// Runs `entry` with the platform's parameter array. A panic inside becomes an
/// `internal` result, as it does in the C functions.
///
/// # Safety
/// `params` is NULL or points to `size` variants filled in by the platform.
unsafe fn run(entry: Entry, params: *const TVariant, size: c_long) -> String {
    let size = index(size).unwrap_or(0);
    let variants: &[TVariant] = if params.is_null() || size == 0 {
        &[]
    } else {
        // SAFETY: `size` variants at `params`, by the contract.
        unsafe { std::slice::from_raw_parts(params, size) }
    };
    // SAFETY: the platform filled in every variant it passed.
    let values: Vec<Value> = variants.iter().map(|v| unsafe { v.read() }).collect();
    catch_unwind(AssertUnwindSafe(|| entry.call(&values))).unwrap_or_else(|_| {
        Error::new(
            ErrorKind::Internal,
            "the call was abandoned after an unexpected fault inside libopi; \
             please report it with the steps that led to it",
        )
        .to_json()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_an_entry_becomes_its_fallback() {
        let fallback: c_long = -1;
        assert_eq!(shield(fallback, || panic!("inside a vtable entry")), -1);
        assert_eq!(shield(fallback, || 5), 5);
    }

    #[test]
    fn interfaces_sit_one_pointer_apart_in_declaration_order() {
        let width = size_of::<usize>();
        assert_eq!(
            [INIT_DONE, LANGUAGE, LOCALE, USER_LANGUAGE],
            [0, width, 2 * width, 3 * width]
        );
    }
}
