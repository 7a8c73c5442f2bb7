//! Quickstart: create an invitation link the way a C host does, against the loopback
//! stand-in of the Bot API, so it runs offline and needs no real token.
//!
//!     cargo run --example quickstart
//!
//! With a real bot, drop the stand-in, use your token and chat, and leave `api_url` at
//! its default (https://api.telegram.org).

use std::ffi::{CStr, CString};

use opi::{opi_configure, opi_free, opi_telegram_create_invitation_link, opi_version};
use opi_standin::{StandIn, TOKEN};

fn main() {
    let server = StandIn::start();

    // SAFETY throughout: every argument is a live, NUL-terminated C string, and every
    // returned string is read once and released with opi_free, as opi.h prescribes.
    unsafe {
        let version = CStr::from_ptr(opi_version()).to_string_lossy();
        println!("libopi {version}, Bot API stand-in at {}", server.url());

        let options = CString::new(format!(r#"{{"api_url":"{}"}}"#, server.url())).unwrap();
        opi_free(opi_configure(options.as_ptr()));

        // The values of the example on OPI's CreateInvitationLink page.
        let token = CString::new(TOKEN).unwrap();
        let chat = c"@testsichee";
        let title = c"Link 01.05.2025 15:46:10";
        let expire = c"2025-05-02T15:46:10.9476699";
        let result = opi_telegram_create_invitation_link(
            token.as_ptr(),
            chat.as_ptr(),
            title.as_ptr(),
            expire.as_ptr(),
            200,
        );
        println!("{}", CStr::from_ptr(result).to_string_lossy());
        opi_free(result);
    }
}
