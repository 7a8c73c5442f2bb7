//! The component's four virtual tables, filled with the functions of [`super::entries`],
//! and the component made with them.

use super::entries::{
    call_as_func, call_as_proc, done, find_method, find_prop, get_info, get_method_name,
    get_n_methods, get_n_params, get_n_props, get_param_def_value, get_prop_name, get_prop_val,
    has_ret_val, ignore_language, init, is_prop_readable, is_prop_writable, register_extension_as,
    set_mem_manager, set_prop_val,
};
use super::object::{
    Destructor, INIT_DONE, InitDoneSlots, LANGUAGE, LOCALE, LanguageSlots, LocaleSlots, Object,
    USER_LANGUAGE, UserLanguageSlots, Vtable,
};

/// A new component, owned by the caller until [`Object::destroy`].
pub fn create() -> *mut Object {
    Object::create(
        &INIT_DONE_VTABLE.slots,
        &LANGUAGE_VTABLE.slots,
        &LOCALE_VTABLE.slots,
        &USER_LANGUAGE_VTABLE.slots,
    )
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
