// The kinds of the library's own errors as `opi_error.kind` names them, each with the
// line the header gives it. `error.rs` checks its `ErrorKind` names against this list,
// and build.rs includes this file to write them into opi.h as `OPI_KIND_*` macros, so
// the header cannot drift from the library.
pub const KINDS: [(&str, &str); 7] = [
    (
        "invalid_argument",
        "A parameter was missing, malformed or out of range (opi_error.parameter names it); nothing was sent.",
    ),
    (
        "connection",
        "The server could not be reached, or the connection failed: DNS, refused, reset, proxy.",
    ),
    (
        "tls",
        "The TLS handshake failed or the server's certificate was not trusted.",
    ),
    ("timeout", "The call did not finish within timeout_ms."),
    (
        "bad_response",
        "The server answered with something that is not a Bot API JSON document (opi_error.http_status holds its status).",
    ),
    (
        "file",
        "A local file could not be written (DownloadFile's path): opi_error.description says which and why; nothing is left at the path.",
    ),
    ("internal", "A fault inside the library itself."),
];
