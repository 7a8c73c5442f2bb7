//go:build opi_shared

package opi

// With -tags opi_shared the shared libopi.so is linked instead. The program then loads
// it at run time by its SONAME (libopi.so.0) from the system's library path, as
// `make install` lays it out, or from LD_LIBRARY_PATH.

// #cgo LDFLAGS: -L${SRCDIR}/../../target/release -lopi
import "C"
