//! The add-in driven as the platform drives it, with nothing but Rust on either side,
//! so that Miri can check every unsafe step: a stand-in for the platform's memory
//! manager, the component made by `GetClassObject`, each vtable entry called through
//! the pointer the platform holds for its interface, every variant type read, strings
//! handed over through the memory manager and freed there, and both ways of releasing
//! the object. No test here sends anything: each call is refused before the network.

use std::alloc::{Layout, alloc, dealloc};
use std::cell::{Cell, RefCell};
use std::ffi::{c_long, c_ulong, c_void};
use std::ptr;

use super::object::{
    INIT_DONE, InitDoneSlots, LANGUAGE, LOCALE, LanguageSlots, LocaleSlots, USER_LANGUAGE,
    UserLanguageSlots, WideBool,
};
use super::variant::{Payload, TVariant, WideStr, vt};

// The library's entry points, found by symbol as the platform finds them.
unsafe extern "C" {
    fn GetClassNames() -> *const u16;
    fn GetClassObject(name: *const u16, component: *mut *mut c_void) -> c_long;
    fn DestroyObject(component: *mut *mut c_void) -> c_long;
}

/// `IMemoryManager` as the platform implements it: a vtable pointer first, then the
/// platform's own bookkeeping, here the blocks it handed out and not yet freed.
#[repr(C)]
struct PlatformMemory {
    vtable: &'static PlatformMemoryVtable,
    blocks: RefCell<Vec<(usize, Layout)>>,
    refuse: Cell<bool>,
}

#[repr(C)]
struct PlatformMemoryVtable {
    complete_dtor: usize,
    deleting_dtor: usize,
    /// C++ `bool`, one byte: the component reads it as such.
    alloc_memory: unsafe extern "system" fn(*mut c_void, *mut *mut c_void, c_ulong) -> u8,
    free_memory: unsafe extern "system" fn(*mut c_void, *mut *mut c_void),
}

static PLATFORM_MEMORY_VTABLE: PlatformMemoryVtable = PlatformMemoryVtable {
    complete_dtor: 0,
    deleting_dtor: 0,
    alloc_memory,
    free_memory,
};

unsafe extern "system" fn alloc_memory(
    this: *mut c_void,
    block: *mut *mut c_void,
    bytes: c_ulong,
) -> u8 {
    // SAFETY: `this` is the PlatformMemory the test handed to setMemManager.
    let memory = unsafe { &*this.cast::<PlatformMemory>() };
    if memory.refuse.get() || bytes == 0 {
        return 0;
    }
    // Aligned as malloc aligns, which the component relies on for UTF-16.
    let layout = Layout::from_size_align(bytes as usize, 16).unwrap();
    // SAFETY: the layout has a non-zero size.
    let ptr = unsafe { alloc(layout) };
    assert!(!ptr.is_null());
    memory.blocks.borrow_mut().push((ptr as usize, layout));
    // SAFETY: the component passes a place for the pointer.
    unsafe { *block = ptr.cast() };
    1
}

unsafe extern "system" fn free_memory(this: *mut c_void, block: *mut *mut c_void) {
    // SAFETY: as in `alloc_memory`.
    let memory = unsafe { &*this.cast::<PlatformMemory>() };
    // SAFETY: the caller passes a place holding a block from `alloc_memory`.
    let ptr = unsafe { *block };
    let mut blocks = memory.blocks.borrow_mut();
    let at = blocks
        .iter()
        .position(|&(p, _)| p == ptr as usize)
        .expect("freeing a block this memory manager did not hand out");
    let (_, layout) = blocks.swap_remove(at);
    // SAFETY: allocated by `alloc_memory` with this layout, freed once.
    unsafe { dealloc(ptr.cast(), layout) };
    // SAFETY: as above.
    unsafe { *block = ptr::null_mut() };
}

/// The platform's side: its memory manager and the component it created.
struct Platform {
    memory: *mut PlatformMemory,
    component: *mut c_void,
}

impl Platform {
    fn new() -> Platform {
        let memory = Box::into_raw(Box::new(PlatformMemory {
            vtable: &PLATFORM_MEMORY_VTABLE,
            blocks: RefCell::new(Vec::new()),
            refuse: Cell::new(false),
        }));
        let name = wide_z("Telegram");
        let mut component: *mut c_void = ptr::null_mut();
        // SAFETY: a NUL-terminated name and a place for the pointer.
        assert_eq!(unsafe { GetClassObject(name.as_ptr(), &mut component) }, 1);
        assert!(!component.is_null());
        Platform { memory, component }
    }

    /// The pointer the platform holds for the interface at `offset`.
    fn interface(&self, offset: usize) -> *mut c_void {
        // SAFETY: the offset lies within the component's allocation.
        unsafe { self.component.byte_add(offset) }
    }

    /// The vtable of the interface at `offset`, read through the object as C++ does.
    fn vtable<S>(&self, offset: usize) -> &'static S {
        // SAFETY: each interface begins with a pointer to its vtable's slots.
        unsafe { *self.interface(offset).cast::<&'static S>() }
    }

    fn init_done(&self) -> (&'static InitDoneSlots, *mut c_void) {
        (self.vtable(INIT_DONE), self.interface(INIT_DONE))
    }

    fn language(&self) -> (&'static LanguageSlots, *mut c_void) {
        (self.vtable(LANGUAGE), self.interface(LANGUAGE))
    }

    fn attach_memory(&self) {
        let (slots, this) = self.init_done();
        // SAFETY: called through the IInitDoneBase pointer of the live component.
        unsafe {
            assert!(yes((slots.init)(this, ptr::null_mut())));
            assert!(yes((slots.set_mem_manager)(this, self.memory.cast())));
            assert_eq!((slots.get_info)(this), 2000);
        }
    }

    fn memory(&self) -> &PlatformMemory {
        // SAFETY: alive until `drop`.
        unsafe { &*self.memory }
    }

    fn blocks(&self) -> usize {
        self.memory().blocks.borrow().len()
    }

    /// Reads a string the component allocated and frees it, as the platform does.
    fn take_string(&self, ptr: *const u16) -> String {
        assert!(!ptr.is_null());
        // SAFETY: a NUL-terminated string in a block from `alloc_memory`.
        let text = unsafe { super::variant::read_name(ptr) }.unwrap();
        let mut block = ptr.cast_mut().cast::<c_void>();
        // SAFETY: the block came from this memory manager and is freed once.
        unsafe { free_memory(self.memory.cast(), &mut block) };
        text
    }

    /// Reads a string variant the component filled in, and frees its block.
    fn take_variant_string(&self, variant: &TVariant) -> String {
        assert_eq!(variant.vt, vt::PWSTR);
        // SAFETY: the tag says the string member was written.
        let WideStr { ptr, len } = unsafe { variant.value.wstr };
        // SAFETY: the component wrote `len` units and a NUL.
        assert_eq!(unsafe { *ptr.add(len as usize) }, 0);
        let text = self.take_string(ptr);
        assert_eq!(text.encode_utf16().count(), len as usize);
        text
    }

    fn call_as_func(&self, num: c_long, params: &mut [TVariant]) -> Option<String> {
        let (slots, this) = self.language();
        let mut result = variant(vt::EMPTY, Payload { u64: 0 });
        // SAFETY: through the ILanguageExtenderBase pointer, with `params.len()`
        // initialised variants.
        let ok = unsafe {
            yes((slots.call_as_func)(
                this,
                num,
                &mut result,
                params.as_mut_ptr(),
                params.len() as c_long,
            ))
        };
        ok.then(|| self.take_variant_string(&result))
    }

    fn method(&self, name: &str) -> c_long {
        let (slots, this) = self.language();
        let name = wide_z(name);
        // SAFETY: a NUL-terminated name, through the interface pointer.
        unsafe { (slots.find_method)(this, name.as_ptr()) }
    }
}

impl Drop for Platform {
    fn drop(&mut self) {
        if !self.component.is_null() {
            // SAFETY: made by GetClassObject and not used again.
            assert_eq!(unsafe { DestroyObject(&mut self.component) }, 0);
        }
        // Every string the component handed over was taken and freed by the test.
        if !std::thread::panicking() {
            assert_eq!(self.blocks(), 0, "the component left blocks allocated");
        }
        // SAFETY: made by Box::into_raw in `new`, released once.
        drop(unsafe { Box::from_raw(self.memory) });
    }
}

/// A `bool` as the component returns it: all 32 bits 0 or 1.
fn yes(answer: WideBool) -> bool {
    assert!(answer == WideBool::from(true) || answer == WideBool::from(false));
    answer == WideBool::from(true)
}

fn wide_z(text: &str) -> Vec<u16> {
    text.encode_utf16().chain([0]).collect()
}

fn variant(vt: u16, value: Payload) -> TVariant {
    TVariant {
        value,
        elements: 0,
        vt,
    }
}

fn text_variant(units: &mut [u16]) -> TVariant {
    variant(
        vt::PWSTR,
        Payload {
            wstr: WideStr {
                ptr: units.as_mut_ptr(),
                len: units.len() as u32,
            },
        },
    )
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn zeroed_tm() -> libc::tm {
    // SAFETY: `tm` is integers and one pointer, for which all zeroes is valid (NULL).
    unsafe { std::mem::zeroed() }
}

#[test]
fn class_names_and_refused_creations() {
    // SAFETY: a static NUL-terminated string.
    let names = unsafe { super::variant::read_name(GetClassNames()) };
    assert_eq!(names.as_deref(), Some("Telegram"));
    let mut component: *mut c_void = ptr::null_mut();
    let unknown = wide_z("Other");
    // SAFETY: NULLs and NUL-terminated names are allowed.
    unsafe {
        assert_eq!(GetClassObject(unknown.as_ptr(), &mut component), 0);
        assert_eq!(GetClassObject(ptr::null(), &mut component), 0);
        assert_eq!(
            GetClassObject(wide_z("telegram").as_ptr(), ptr::null_mut()),
            0
        );
        assert_eq!(DestroyObject(ptr::null_mut()), -1);
        assert_eq!(DestroyObject(&mut component), -1);
    }
    assert!(component.is_null());
    let platform = Platform::new();
    let mut held = platform.component;
    // SAFETY: a slot that already holds an object is refused and left as it is.
    assert_eq!(
        unsafe { GetClassObject(wide_z("TELEGRAM").as_ptr(), &mut held) },
        0
    );
    assert_eq!(held, platform.component);
}

#[test]
fn every_entry_answers_through_its_interface_pointer() {
    let platform = Platform::new();
    platform.attach_memory();
    let (slots, this) = platform.language();
    // SAFETY: every call goes through the ILanguageExtenderBase pointer of the live
    // component, with valid or NULL arguments as the platform passes them.
    unsafe {
        let mut name: *mut u16 = ptr::null_mut();
        assert!(yes((slots.register_extension_as)(this, &mut name)));
        assert_eq!(platform.take_string(name), "Telegram");
        assert!(!yes((slots.register_extension_as)(this, ptr::null_mut())));

        assert_eq!((slots.get_n_props)(this), 1);
        assert_eq!((slots.find_prop)(this, wide_z("версия").as_ptr()), 0);
        assert_eq!((slots.find_prop)(this, wide_z("Build").as_ptr()), -1);
        assert_eq!((slots.find_prop)(this, ptr::null()), -1);
        assert_eq!(
            platform.take_string((slots.get_prop_name)(this, 0, 1)),
            "Версия"
        );
        assert!((slots.get_prop_name)(this, 1, 0).is_null());
        assert!((slots.get_prop_name)(this, 0, 2).is_null());
        assert!((slots.get_prop_name)(this, -1, -1).is_null());
        let mut value = variant(vt::EMPTY, Payload { u64: 0 });
        assert!(yes((slots.get_prop_val)(this, 0, &mut value)));
        assert_eq!(
            platform.take_variant_string(&value),
            env!("CARGO_PKG_VERSION")
        );
        assert!(!yes((slots.get_prop_val)(this, 1, &mut value)));
        assert!(!yes((slots.get_prop_val)(this, 0, ptr::null_mut())));
        assert!(!yes((slots.set_prop_val)(this, 0, &mut value)));
        assert!(yes((slots.is_prop_readable)(this, 0)));
        assert!(!yes((slots.is_prop_readable)(this, 1)));
        assert!(!yes((slots.is_prop_readable)(this, -1)));
        assert!(!yes((slots.is_prop_writable)(this, 0)));

        let methods = (slots.get_n_methods)(this);
        assert_eq!(methods as usize, crate::methods::TELEGRAM.len() + 1);
        // Under Miri, which interprets every step, a sample: each method takes the same
        // unsafe paths, and all of them would take minutes.
        let sampled = (0..methods).filter(|num| !cfg!(miri) || num % 8 == 0 || *num == methods - 1);
        for num in sampled {
            for alias in 0..2 {
                let name = platform.take_string((slots.get_method_name)(this, num, alias));
                assert_eq!((slots.find_method)(this, wide_z(&name).as_ptr()), num);
            }
            assert!((slots.get_method_name)(this, num, 2).is_null());
            assert!(yes((slots.has_ret_val)(this, num)));
            let params = (slots.get_n_params)(this, num);
            for param in 0..=params {
                let mut default = variant(vt::PWSTR, Payload { u64: 0 });
                if yes((slots.get_param_def_value)(this, num, param, &mut default)) {
                    assert!(matches!(default.vt, vt::NULL | vt::I4), "{}", default.vt);
                }
                assert!(!yes((slots.get_param_def_value)(
                    this,
                    num,
                    param,
                    ptr::null_mut()
                )));
            }
        }
        assert!((slots.get_method_name)(this, methods, 0).is_null());
        assert!((slots.get_method_name)(this, -1, 0).is_null());
        assert_eq!((slots.find_method)(this, ptr::null()), -1);
        assert_eq!((slots.get_n_params)(this, methods), 0);
        assert!(!yes((slots.has_ret_val)(this, methods)));
        assert!(!yes((slots.has_ret_val)(this, -1)));
        let unpaired = [0xD800, 0x41, 0];
        assert_eq!((slots.find_method)(this, unpaired.as_ptr()), -1);

        // A number for UserLimit's default, Undefined for Title's.
        let create = platform.method("CreateInvitationLink");
        let mut default = variant(vt::EMPTY, Payload { u64: 0 });
        assert!(yes((slots.get_param_def_value)(
            this,
            create,
            4,
            &mut default
        )));
        assert_eq!(default.vt, vt::I4);
        assert_eq!(default.value.i32, 0);
        assert!(yes((slots.get_param_def_value)(
            this,
            create,
            2,
            &mut default
        )));
        assert_eq!(default.vt, vt::NULL);
        assert!(!yes((slots.get_param_def_value)(
            this,
            create,
            0,
            &mut default
        )));
    }

    let slots = platform.vtable::<LocaleSlots>(LOCALE);
    let locale = platform.interface(LOCALE);
    let (user, user_this) = (
        platform.vtable::<UserLanguageSlots>(USER_LANGUAGE),
        platform.interface(USER_LANGUAGE),
    );
    // SAFETY: through each interface's own pointer.
    unsafe {
        (slots.set_locale)(locale, wide_z("ru_RU").as_ptr());
        (user.set_user_interface_language_code)(user_this, wide_z("ru").as_ptr());
        let (init, this) = platform.init_done();
        (init.done)(this);
    }
}

#[test]
fn every_variant_type_is_read_and_refused_before_sending() {
    let platform = Platform::new();
    platform.attach_memory();
    let create = platform.method("CreateInvitationLink");
    let mut token: Vec<u16> = "123:secret-token".encode_utf16().collect();
    let mut blob = *b"binary";
    let mut chat: Vec<u16> = "@chat".encode_utf16().collect();
    let mut digits: Vec<u16> = " 100001 ".encode_utf16().collect();
    let mut unpaired = [0x31, 0xDC00];
    let mut tm = zeroed_tm();
    tm.tm_year = 2025 - 1900;
    tm.tm_mon = 4;
    tm.tm_mday = 2;
    let refused_limit = || variant(vt::I4, Payload { i32: -4 });
    let unset = || variant(vt::EMPTY, Payload { u64: 0 });
    // (ExpirationDate, UserLimit, the refusal): every value decides the call by its
    // parameter's refusal, which quotes the value as read, so nothing is ever sent.
    let cases: Vec<(TVariant, TVariant, &str)> = vec![
        (
            unset(),
            variant(vt::BOOL, Payload { u8: 2 }),
            "UserLimit: a Boolean cannot",
        ),
        (
            unset(),
            variant(vt::I1, Payload { i8: -1 }),
            "UserLimit: -1 is out of range",
        ),
        (
            unset(),
            variant(vt::I2, Payload { i16: -300 }),
            "UserLimit: -300 is out",
        ),
        (unset(), refused_limit(), "UserLimit: -4 is out of range"),
        (
            unset(),
            variant(vt::I8, Payload { i64: 1 << 40 }),
            "UserLimit: 1099511627776 is",
        ),
        (
            unset(),
            variant(vt::INT, Payload { int: -5 }),
            "UserLimit: -5 is out",
        ),
        (
            unset(),
            variant(vt::UI4, Payload { u32: u32::MAX }),
            "UserLimit: 4294967295 is",
        ),
        (
            unset(),
            variant(vt::UINT, Payload { uint: 100_000 }),
            "UserLimit: 100000 is",
        ),
        (
            unset(),
            variant(vt::UI8, Payload { u64: u64::MAX }),
            "is out of range",
        ),
        (
            unset(),
            variant(vt::UI8, Payload { u64: 123_456 }),
            "UserLimit: 123456 is",
        ),
        (
            unset(),
            variant(vt::R4, Payload { f32: 0.5 }),
            "UserLimit: 0.5 is not a whole",
        ),
        (
            unset(),
            variant(vt::R8, Payload { f64: 1e6 }),
            "UserLimit: 1000000 is out",
        ),
        (
            unset(),
            variant(vt::R8, Payload { f64: f64::NAN }),
            "UserLimit: NaN is not",
        ),
        (
            unset(),
            variant(vt::TM, Payload { tm }),
            "UserLimit: a Date cannot",
        ),
        (
            unset(),
            variant(9, Payload { u64: 1 }),
            "UserLimit: a value of this type",
        ),
        (
            unset(),
            variant(
                vt::BLOB,
                Payload {
                    wstr: WideStr {
                        ptr: blob.as_mut_ptr().cast(),
                        len: blob.len() as u32,
                    },
                },
            ),
            "UserLimit: a BinaryData cannot",
        ),
        (
            unset(),
            text_variant(&mut digits),
            "UserLimit: 100001 is out of range",
        ),
        (
            unset(),
            text_variant(&mut unpaired),
            "UserLimit: is not valid UTF-16",
        ),
        // Accepted dates, so that the UserLimit decides.
        (
            variant(vt::UI1, Payload { u8: 255 }),
            refused_limit(),
            "ExpirationDate: \"255\" is too short",
        ),
        (
            variant(vt::UI2, Payload { u16: 65535 }),
            refused_limit(),
            "ExpirationDate: \"65535\" is too short",
        ),
        (
            variant(vt::NULL, Payload { u64: 0 }),
            refused_limit(),
            "UserLimit: -4",
        ),
        (
            variant(
                vt::PWSTR,
                Payload {
                    wstr: WideStr {
                        ptr: ptr::null_mut(),
                        len: 5,
                    },
                },
            ),
            refused_limit(),
            "UserLimit: -4",
        ),
        (
            variant(vt::I8, Payload { i64: i64::MAX }),
            refused_limit(),
            "ExpirationDate: \"9223372036854775807\" is after the year 9999",
        ),
        (
            variant(vt::UI8, Payload { u64: u64::MAX }),
            refused_limit(),
            "ExpirationDate: 18446744073709552000 is out of range",
        ),
        (
            variant(
                vt::TM,
                Payload {
                    tm: libc::tm { tm_mon: 12, ..tm },
                },
            ),
            refused_limit(),
            "ExpirationDate: the Date 2025-13-02 00:00:00 is not a valid date",
        ),
    ];
    for (date, limit, refusal) in cases {
        let tag = limit.vt;
        let mut params = [
            text_variant(&mut token),
            text_variant(&mut chat),
            variant(vt::NULL, Payload { u64: 0 }),
            date,
            limit,
        ];
        let answer = json(&platform.call_as_func(create, &mut params).unwrap());
        assert_eq!(answer["opi_error"]["kind"], "invalid_argument", "{tag}");
        let description = answer["description"].as_str().unwrap();
        assert!(!description.contains("secret-token"), "{description}");
        assert!(description.contains(refusal), "{tag}: {description}");
    }
}

/// The flag, fraction and JSON kinds as the platform passes them: each wrong value is
/// refused by its parameter before anything is sent (the token is not a real one, so a
/// request that went out would come back as a connection failure instead).
#[test]
fn flags_fractions_and_json_are_read_from_their_variants_and_refused_by_name() {
    let platform = Platform::new();
    platform.attach_memory();
    let (location, poll) = (
        platform.method("ОтправитьМестоположение"),
        platform.method("SendPoll"),
    );
    // Each text in a buffer of its own, kept until the calls are over: variants made
    // again and again from one buffer would each reborrow it and invalidate the last.
    let mut buffers: Vec<Vec<u16>> = Vec::new();
    let mut text = |s: &str| {
        let mut units: Vec<u16> = s.encode_utf16().collect();
        let made = text_variant(&mut units);
        buffers.push(units);
        made
    };
    let real = |x: f64| variant(vt::R8, Payload { f64: x });
    let cases: Vec<(c_long, Vec<TVariant>, &str)> = vec![
        (
            location,
            vec![
                text("123:secret-token"),
                text("@chat"),
                real(f64::NAN),
                real(0.0),
            ],
            "Latitude: NaN is not a finite number",
        ),
        (
            location,
            vec![
                text("123:secret-token"),
                text("@chat"),
                real(1.0),
                real(-180.5),
            ],
            "Longitude: -180.5 is out of range",
        ),
        (
            location,
            vec![
                text("123:secret-token"),
                text("@chat"),
                text("north"),
                real(0.0),
            ],
            "Latitude: cannot read \"north\" as a number",
        ),
        (
            location,
            vec![
                text("123:secret-token"),
                text("@chat"),
                variant(vt::BOOL, Payload { u8: 1 }),
                real(0.0),
            ],
            "Latitude: a Boolean cannot be given",
        ),
        (
            poll,
            vec![
                text("123:secret-token"),
                text("@chat"),
                text("Q?"),
                text("['A','B']"),
                text("yes"),
            ],
            "Anonymous: cannot read \"yes\" as a Boolean",
        ),
        (
            poll,
            vec![
                text("123:secret-token"),
                text("@chat"),
                text("Q?"),
                text("['A']"),
                variant(vt::BOOL, Payload { u8: 0 }),
            ],
            "AnswersArray: a poll needs at least 2 answers, got 1",
        ),
    ];
    for (method, mut params, refusal) in cases {
        let answer = json(&platform.call_as_func(method, &mut params).unwrap());
        assert_eq!(answer["opi_error"]["kind"], "invalid_argument", "{refusal}");
        let description = answer["description"].as_str().unwrap();
        assert!(description.starts_with(refusal), "{description}");
    }
}

#[test]
fn calls_without_a_result_place_or_memory_send_nothing() {
    let platform = Platform::new();
    let create = platform.method("CreateInvitationLink");
    // No memory manager yet: the result could not be handed over.
    assert_eq!(platform.call_as_func(create, &mut []), None);
    platform.attach_memory();
    let (slots, this) = platform.language();
    // SAFETY: through the interface pointer; NULL result and parameter places.
    unsafe {
        assert!(!yes((slots.call_as_func)(
            this,
            create,
            ptr::null_mut(),
            ptr::null_mut(),
            0
        )));
        let mut result = variant(vt::EMPTY, Payload { u64: 0 });
        assert!(!yes((slots.call_as_func)(
            this,
            -1,
            &mut result,
            ptr::null_mut(),
            0
        )));
        assert!(!yes((slots.call_as_proc)(this, -1, ptr::null_mut(), 0)));
        // A procedure call with no parameters is refused for the missing token.
        assert!(yes((slots.call_as_proc)(this, create, ptr::null_mut(), -3)));
    }
    let answer = json(&platform.call_as_func(create, &mut []).unwrap());
    assert_eq!(answer["opi_error"]["parameter"], "Token");
    // The platform refuses memory: the call answers false and leaves nothing behind.
    platform.memory().refuse.set(true);
    assert_eq!(platform.call_as_func(create, &mut []), None);
    let (slots, this) = platform.language();
    // SAFETY: as above.
    unsafe {
        let mut name: *mut u16 = ptr::null_mut();
        assert!(!yes((slots.register_extension_as)(this, &mut name)));
        assert!(name.is_null());
        assert!((slots.get_method_name)(this, 0, 0).is_null());
    }
    platform.memory().refuse.set(false);
    // SAFETY: a NULL memory manager is refused.
    let (init, this) = platform.init_done();
    assert!(!unsafe { yes((init.set_mem_manager)(this, ptr::null_mut())) });
    assert_eq!(platform.call_as_func(create, &mut []), None);
}

#[test]
fn configure_reads_its_argument_through_the_memory_manager() {
    let platform = Platform::new();
    platform.attach_memory();
    let configure = platform.method("Настроить");
    let mut broken: Vec<u16> = "{\"timeout_ms\":".encode_utf16().collect();
    let answer = json(
        &platform
            .call_as_func(configure, &mut [text_variant(&mut broken)])
            .unwrap(),
    );
    assert_eq!(answer["opi_error"]["kind"], "invalid_argument");
    assert_eq!(answer["opi_error"]["parameter"], "options_json");
    let answer = json(
        &platform
            .call_as_func(configure, &mut [variant(vt::I4, Payload { i32: 7 })])
            .unwrap(),
    );
    assert_eq!(answer["opi_error"]["kind"], "invalid_argument");
}

#[test]
fn destroy_object_releases_and_clears_the_slot() {
    let mut platform = Platform::new();
    platform.attach_memory();
    // SAFETY: the component from GetClassObject, not used again.
    assert_eq!(unsafe { DestroyObject(&mut platform.component) }, 0);
    assert!(platform.component.is_null());
    // SAFETY: the slot now holds NULL.
    assert_eq!(unsafe { DestroyObject(&mut platform.component) }, -1);
}

/// C++ `delete` through any interface pointer runs the deleting destructor, the
/// second word of every vtable under the Itanium ABI.
#[cfg(not(windows))]
#[test]
fn the_deleting_destructor_releases_through_every_interface() {
    for offset in [INIT_DONE, LANGUAGE, LOCALE, USER_LANGUAGE] {
        let mut platform = Platform::new();
        platform.attach_memory();
        let this = platform.interface(offset);
        // SAFETY: each interface begins with a pointer to its vtable's slots, the
        // first two of which are the complete and the deleting destructor.
        unsafe {
            let slots = *this.cast::<*const unsafe extern "C" fn(*mut c_void)>();
            (*slots)(this);
            (*slots.add(1))(this);
        }
        platform.component = ptr::null_mut();
    }
}
