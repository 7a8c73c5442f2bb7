//go:build !opi_shared

package opi

// By default libopi.a is linked in, so a program is one self-contained binary. The
// libraries after it are what the Rust standard library needs from the system.

// #cgo LDFLAGS: ${SRCDIR}/../../target/release/libopi.a -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
import "C"
