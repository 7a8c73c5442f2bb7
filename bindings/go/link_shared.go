//go:build opi_shared

package opi

// With -tags opi_shared the shared library is linked instead. On Linux the program then
// loads libopi.so by its SONAME (libopi.so.0) from the system's library path, as
// `make install` lays it out, or from LD_LIBRARY_PATH. On Windows -lopi finds MinGW's
// import library libopi.dll.a, and the program loads opi.dll from its own directory or
// the PATH.

// #cgo LDFLAGS: -lopi
import "C"
