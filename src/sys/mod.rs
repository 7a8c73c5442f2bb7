//! What libopi asks of the operating system directly, beneath every other layer: the
//! local time zone, and threads of its own.
//!
//! Each is here, and not left to a crate, because the crate's way would leave
//! thread-local state on the host's threads that keeps the library from unloading.

pub mod worker;
pub mod zone;
