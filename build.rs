//! Generates `include/opi.h` from the `extern "C"` functions, with version macros that
//! follow Cargo.toml, so the committed header can always be checked against a fresh one.

use std::env;
use std::fmt::Write;
use std::path::PathBuf;

// The kinds of the library's own errors, shared with the library itself.
include!("src/kinds.rs");

fn main() {
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=cbindgen.toml");
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));

    // A SONAME lets programs linked today keep loading any later libopi of the same major
    // version, and lets libopi.so.<major> be installed side by side with other majors.
    if env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        let major = env::var("CARGO_PKG_VERSION_MAJOR").expect("set by cargo");
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libopi.so.{major}");
        // rustc hands the linker an anonymous version script of its own, which GNU ld
        // refuses to combine with a named one and lld lets win; zig's linker, which
        // makes every release build, keeps the last script given: this one.
        println!("cargo:rerun-if-changed=libopi.map");
        println!("cargo:rerun-if-env-changed=RUSTC_LINKER");
        let linker = env::var("RUSTC_LINKER").unwrap_or_default();
        if linker.contains("zigcc") {
            let map = root.join("libopi.map");
            println!(
                "cargo:rustc-cdylib-link-arg=-Wl,--version-script={}",
                map.display()
            );
        }
    }

    let mut config =
        cbindgen::Config::from_file(root.join("cbindgen.toml")).expect("cbindgen.toml is readable");
    let version = |part: &str| env::var(format!("CARGO_PKG_VERSION_{part}")).expect("set by cargo");
    let mut macros = format!(
        "\n#define OPI_VERSION_MAJOR {}\n#define OPI_VERSION_MINOR {}\n#define OPI_VERSION_PATCH {}\n",
        version("MAJOR"),
        version("MINOR"),
        version("PATCH"),
    );
    macros += "\n/* The values of opi_error.kind in a result the library made itself. A result\n   without opi_error is Telegram's own document. */\n";
    for (name, doc) in KINDS {
        let _ = writeln!(
            macros,
            "/** {doc} */\n#define OPI_KIND_{} \"{name}\"",
            name.to_uppercase()
        );
    }
    config.after_includes = Some(macros);

    let header = cbindgen::Builder::new()
        .with_crate(&root)
        .with_config(config)
        .generate()
        .expect("cbindgen reads the C API");
    header.write_to_file(root.join("include/opi.h"));
}
