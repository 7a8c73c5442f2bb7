//go:build !opi_shared && musl && linux

package opi

// With -tags musl, on a Linux with musl (Alpine), the libopi.a of the musl archives is
// linked in: Go cannot tell the C library from the target, so the tag says it. Rust's
// standard library then needs LLVM's unwinder, not glibc's libgcc_s (Alpine's
// llvm-libunwind-static; zig cc brings its own).

// #cgo LDFLAGS: -l:libopi.a -lunwind -lc
import "C"
