// Package opi calls libopi, the Telegram functions of the Open Integration Package,
// through cgo.
//
// Every function returns the whole JSON document libopi produced, decoded into a
// map[string]any, when it says "ok": true. When it says "ok": false the map is nil and
// the error is a *TelegramError if the Bot API refused the request, or a *LibraryError
// if libopi answered itself (a bad argument, a network failure, a timeout, ...). Both
// keep the decoded document in Response. Any other error comes from this package
// before libopi is called.
//
// The package needs libopi's header and library where cgo's C compiler finds them:
// installed with `make install` (under /usr/local, which the compiler searches by
// itself), or unpacked from a release archive and named with
//
//	CGO_CFLAGS="-I$DIR/include" CGO_LDFLAGS="-L$DIR/lib" go build
//
// libopi.a is linked in by default, so a program is one self-contained binary; with
// -tags opi_shared the program links the shared library and loads it at run time.
//
// All functions may be called from many goroutines at once.
package opi

/*
#include <stdlib.h>
#include <opi.h>
*/
import "C"

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unsafe"
)

// TelegramError is the Bot API's refusal, such as
// {"ok":false,"error_code":400,"description":"Bad Request: chat not found"}.
type TelegramError struct {
	Code        int            // Telegram's error_code: 400, 401, 429, ...
	Description string         // Telegram's description
	Response    map[string]any // the whole decoded document
}

func (e *TelegramError) Error() string {
	return fmt.Sprintf("opi: telegram answered %d: %s", e.Code, e.Description)
}

// LibraryError is an answer libopi gave itself, with nothing from Telegram: a bad
// argument, a network failure, a timeout, a response that is not the Bot API's.
type LibraryError struct {
	// Kind is invalid_argument, connection, tls, timeout, bad_response, file or internal.
	Kind string
	// Parameter names the OPI parameter or setting an invalid_argument is about,
	// such as "ChatID"; it is empty for other kinds.
	Parameter string
	// HTTPStatus is the status of a bad_response, else 0.
	HTTPStatus  int
	Description string         // one sentence a person can act on
	Response    map[string]any // the whole decoded document
}

func (e *LibraryError) Error() string {
	return "opi: " + e.Description
}

// Configure changes settings for the calls that start after it returns. Keys:
// api_url, timeout_ms, connect_timeout_ms, proxy, max_retry_after_s; an empty or nil
// map changes nothing. It returns {"ok":true,"result":{...the settings now in
// force...}}; an unknown key or a bad value is a *LibraryError and changes nothing.
func Configure(options map[string]any) (map[string]any, error) {
	if options == nil {
		options = map[string]any{}
	}
	encoded, err := json.Marshal(options)
	if err != nil {
		return nil, fmt.Errorf("opi: options: %w", err)
	}
	return call(func(args []*C.char) *C.char {
		return C.opi_configure(args[0])
	}, arg{"options", string(encoded)})
}

// Describe is the library as data: {"ok":true,"result":{...}} with its version, the
// kinds of its own errors, and each method with its names and parameters.
func Describe() (map[string]any, error) {
	return call(func([]*C.char) *C.char { return C.opi_describe() })
}

// Version is the version of the linked libopi, such as "0.1.0".
func Version() string {
	// A static string owned by the library: copied, never freed.
	return C.GoString(C.opi_version())
}

// arg is one string argument and the name an error about it gives.
type arg struct {
	name, value string
}

// jsonText is a JSON argument as text: a string as written (libopi reads JSON,
// single-quoted JSON or a file path), nil as not given (""), any other value encoded
// with encoding/json.
func jsonText(name string, value any) (string, error) {
	switch v := value.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	}
	encoded, err := json.Marshal(value)
	if err != nil {
		return "", fmt.Errorf("opi: %s: %w", name, err)
	}
	return string(encoded), nil
}

// call converts args to C strings for the length of one call of fn, then takes
// ownership of fn's result: it copies it into Go memory, releases it with opi_free and
// decodes it. Each exported function is one call with its own fn.
func call(fn func(args []*C.char) *C.char, args ...arg) (map[string]any, error) {
	converted := make([]*C.char, len(args))
	for i, a := range args {
		if strings.IndexByte(a.value, 0) >= 0 {
			// C would see only the part before it, silently.
			return nil, fmt.Errorf("opi: %s contains a NUL byte", a.name)
		}
		// "" and NULL both mean "not given" to libopi; NULL spares an allocation.
		if a.value != "" {
			converted[i] = C.CString(a.value)
			defer C.free(unsafe.Pointer(converted[i]))
		}
	}
	result := fn(converted)
	if result == nil {
		// The contract rules this out; report it rather than decode nothing.
		return nil, errors.New("opi: libopi returned NULL")
	}
	text := C.GoString(result)
	C.opi_free(result)
	return decode(text)
}

// decode turns a result into the map, or into the error that its "ok": false means.
func decode(text string) (map[string]any, error) {
	var response map[string]any
	if err := json.Unmarshal([]byte(text), &response); err != nil {
		// libopi hands on the Bot API's document as it came, and encoding/json reads
		// no deeper than 10 000 levels: an answer this package cannot read is one the
		// server sent, a bad_response like any other.
		response = map[string]any{
			"ok": false,
			"description": "the answer cannot be read here (" + err.Error() +
				"); Telegram's answers are a few levels deep, so it came from something else",
			"opi_error": map[string]any{"kind": "bad_response"},
		}
	}
	if ok, _ := response["ok"].(bool); ok {
		return response, nil
	}
	description, _ := response["description"].(string)
	if details, isLocal := response["opi_error"].(map[string]any); isLocal {
		kind, _ := details["kind"].(string)
		parameter, _ := details["parameter"].(string)
		status, _ := details["http_status"].(float64)
		return nil, &LibraryError{
			Kind:        kind,
			Parameter:   parameter,
			HTTPStatus:  int(status),
			Description: description,
			Response:    response,
		}
	}
	code, _ := response["error_code"].(float64)
	return nil, &TelegramError{Code: int(code), Description: description, Response: response}
}
