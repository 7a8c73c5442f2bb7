//go:build !opi_shared && !musl

package opi

// By default libopi.a is linked in, so a program is one self-contained binary:
// -l:libopi.a takes the static library even where the shared one lies beside it. The
// libraries after it are what the Rust standard library needs from each system, as
// `rustc --print native-static-libs` names them; on Linux they are the same for x86_64,
// i686 and aarch64 with glibc (link_static_musl.go is musl's). On Windows, cgo links
// with MinGW, so libopi.a there is the x86_64-pc-windows-gnu build (the one in dist's
// Windows archive).

// #cgo linux LDFLAGS: -l:libopi.a -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
// #cgo windows LDFLAGS: -l:libopi.a -lkernel32 -lntdll -luserenv -lws2_32 -ldbghelp
import "C"
