"""Python bindings for libopi through ctypes: no compiled extension, only the shared library.

    >>> import opi
    >>> link = opi.create_invitation_link(token, "@testsichee", title="Spring", limit=200)
    >>> link["result"]["invite_link"]
    'https://t.me/+...'

Every function returns the whole JSON document libopi produced, parsed into a ``dict``,
when it says ``"ok": true``. A document that says ``"ok": false`` raises instead:
:class:`TelegramError` when the Bot API refused the request, :class:`LibraryError` when
libopi answered itself (a bad argument, a network failure, a timeout, ...). Either way
the exception keeps the parsed document in ``response``.

The wheels carry the library (``libopi.so`` on Linux, ``opi.dll`` on Windows) inside this
package. The ``OPI_LIBRARY`` environment variable (a path to one) takes precedence; without
a library in the package the system's dynamic loader is asked. :func:`load` picks one
explicitly.

All functions may be called from many threads at once; ctypes releases the GIL for the
duration of each call, so threads do run in parallel inside the library.
"""

from __future__ import annotations

import ctypes
import datetime as _dt
import json
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any

# The typed functions and the kinds of errors, generated from the method table into
# _telegram, are added at the end.
__all__ = [
    "LibraryError",
    "OpiError",
    "TelegramError",
    "configure",
    "describe",
    "load",
    "version",
]

#: A JSON document as returned by libopi: ``{"ok": true, "result": ...}``.
Result = dict[str, Any]

#: What ``expire`` accepts: any string libopi reads (Unix seconds, ISO 8601, 1C's
#: ``02.05.2025 15:46:10``), Unix seconds as an ``int``, or a ``date``/``datetime``
#: (a naive one is local time, as libopi reads a date-time without an offset).
Expiration = str | int | _dt.date | None

#: How deeply an answer's arrays and objects may nest. json.loads recurses once a level
#: on the C stack, bounded only by the recursion limit, which a host may have raised
#: beyond what its stack holds; the Bot API's documents nest a few levels.
MAX_DEPTH = 512

# A JSON string (skipped whole, brackets and all) or one bracket.
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _nests_deeper_than(text: str, limit: int) -> bool:
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for token in _STRING_OR_BRACKET.finditer(text):
        bracket = token.group()
        if bracket in ("[", "{"):
            depth += 1
            if depth > limit:
                return True
        elif bracket in ("]", "}"):
            depth -= 1
    return False


class OpiError(Exception):
    """A libopi result that says ``"ok": false``.

    ``response`` is the whole parsed document; ``description`` is its sentence.
    """

    def __init__(self, response: Result) -> None:
        self.response: Result = response
        self.description: str = str(response.get("description", "unknown error"))
        super().__init__(self.description)


class TelegramError(OpiError):
    """The Bot API refused the request; ``error_code`` is Telegram's (400, 401, 429, ...)."""

    def __init__(self, response: Result) -> None:
        super().__init__(response)
        code = response.get("error_code")
        self.error_code: int | None = code if isinstance(code, int) else None


class LibraryError(OpiError):
    """libopi answered itself: nothing came back from Telegram.

    ``kind`` is ``invalid_argument``, ``connection``, ``tls``, ``timeout``,
    ``bad_response``, ``file`` or ``internal``; ``parameter`` names the OPI parameter or setting
    an ``invalid_argument`` is about, and is ``None`` otherwise.
    """

    def __init__(self, response: Result) -> None:
        super().__init__(response)
        details = response.get("opi_error") or {}
        self.kind: str = str(details.get("kind", "internal"))
        self.parameter: str | None = details.get("parameter")
        self.http_status: int | None = details.get("http_status")


class _OpiBytes(ctypes.Structure):
    """``opi_bytes``: the bytes a download function hands over."""

    _fields_ = [("data", ctypes.c_void_p), ("len", ctypes.c_size_t)]


class _Library:
    """The loaded shared library with every exported function declared."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.cdll = ctypes.CDLL(path)
        for name, argtypes in _telegram.ARGUMENT_TYPES.items():
            function = getattr(self.cdll, name)
            function.argtypes = argtypes
            function.restype = ctypes.c_void_p
        self.cdll.opi_free.argtypes = (ctypes.c_void_p,)
        self.cdll.opi_free.restype = None
        self.cdll.opi_bytes_free.argtypes = (ctypes.c_void_p,)
        self.cdll.opi_bytes_free.restype = None
        # A static string owned by the library: c_char_p copies it and nothing is freed.
        self.cdll.opi_version.argtypes = ()
        self.cdll.opi_version.restype = ctypes.c_char_p

    def call_bytes(self, name: str, *args: Any) -> bytes:
        """Calls a download function ``name`` with no path, so that the file comes back
        in an ``opi_bytes``; returns a copy of its bytes, released whatever happens."""
        received = _OpiBytes()
        try:
            self.call(name, *args, None, ctypes.addressof(received))
            return ctypes.string_at(received.data, received.len) if received.len else b""
        finally:
            self.cdll.opi_bytes_free(ctypes.addressof(received))

    def call(self, name: str, *args: Any) -> Result:
        """Calls ``name``, takes ownership of its result and returns it parsed.

        The bytes are copied and the C string released before anything else can fail,
        so no path through here leaks it.
        """
        pointer = getattr(self.cdll, name)(*args)
        if not pointer:
            # The contract rules this out; a NULL would crash string_at, so say so.
            raise RuntimeError(f"{name} returned NULL")
        try:
            text = ctypes.string_at(pointer).decode("utf-8")
        finally:
            self.cdll.opi_free(pointer)
        try:
            if _nests_deeper_than(text, MAX_DEPTH):
                raise RecursionError
            response: Result = json.loads(text)
        except RecursionError:
            # libopi hands on the Bot API's document as it came: one nested deeper than
            # this module reads is one the server sent, a bad_response like any other.
            response = {
                "ok": False,
                "description": f"the answer is nested more than {MAX_DEPTH} levels deep,"
                " deeper than this module reads; Telegram's answers are a few levels deep,"
                " so it came from something else",
                "opi_error": {"kind": "bad_response"},
            }
        if response.get("ok") is True:
            return response
        if "opi_error" in response:
            raise LibraryError(response)
        raise TelegramError(response)


_library: _Library | None = None
_library_lock = threading.Lock()


def _library_names(platform: str = sys.platform) -> list[str]:
    """The file names libopi has on ``platform`` (a ``sys.platform`` value)."""
    if platform == "win32":
        return ["opi.dll"]
    if platform == "darwin":
        return ["libopi.dylib"]
    return ["libopi.so"]


def _candidates() -> list[str]:
    here = Path(__file__).resolve().parent
    found = [str(here / name) for name in _library_names()]
    # Last, the bare name, for the dynamic loader's own search (LD_LIBRARY_PATH, ldconfig).
    return [path for path in found if os.path.exists(path)] + _library_names()


def load(path: str | os.PathLike[str] | None = None) -> str:
    """Loads libopi from ``path``, or from the default places when it is ``None``.

    Returns the path that was loaded. Calling it is optional: the first call to any
    other function loads the library the default way. Raises ``OSError`` when no
    library can be loaded.
    """
    global _library
    with _library_lock:
        if path is not None:
            _library = _Library(os.fspath(path))
            return _library.path
        if _library is None:
            explicit = os.environ.get("OPI_LIBRARY")
            candidates = [explicit] if explicit else _candidates()
            errors = []
            for candidate in candidates:
                try:
                    _library = _Library(candidate)
                    break
                except OSError as error:
                    errors.append(f"{candidate}: {error}")
            else:
                raise OSError(
                    "cannot load libopi; set OPI_LIBRARY to the path of "
                    + _library_names()[0]
                    + " "
                    "(tried " + "; ".join(errors) + ")"
                )
        return _library.path


def _loaded() -> _Library:
    if _library is None:
        load()
    assert _library is not None
    return _library


def _text(value: str | None, name: str) -> bytes | None:
    """Encodes a string argument; ``None`` becomes NULL, which libopi reads as "not given"."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be str or None, not {type(value).__name__}")
    if "\0" in value:
        # C would see only the part before it, silently; refuse as os.open does.
        raise ValueError(f"{name}: embedded null character")
    return value.encode("utf-8")


def _int32(value: int, name: str) -> int:
    return _integer(value, name, 32)


def _int64(value: int, name: str) -> int:
    return _integer(value, name, 64)


def _integer(value: int, name: str, bits: int) -> int:
    # ctypes would wrap a larger value silently (2**32 + 5 would arrive as 5).
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be int, not {type(value).__name__}")
    if not -(2 ** (bits - 1)) <= value < 2 ** (bits - 1):
        raise OverflowError(f"{name}: {value} does not fit in {bits} bits")
    return value


def _bool(value: bool, name: str) -> bool:
    # ctypes would take any object's truth: "false" would arrive as true.
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be bool, not {type(value).__name__}")
    return value


def _double(value: float, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be float or int, not {type(value).__name__}")
    return float(value)


def _json(value: Any, name: str) -> str | None:
    """A JSON value: text as given (libopi reads JSON, single-quoted JSON or a path), a
    ``dict`` or ``list`` encoded."""
    if value is None or isinstance(value, str):
        return value
    if not isinstance(value, (dict, list, tuple)):
        raise TypeError(f"{name} must be str, dict or list, not {type(value).__name__}")
    return json.dumps(value, ensure_ascii=False)


def _expiration(value: Expiration) -> str | None:
    if isinstance(value, bool):
        raise TypeError("expire must be str, int, date or None, not bool")
    if isinstance(value, _dt.date):  # a datetime is a date too
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return value


def _chat(value: str | int) -> str:
    if isinstance(value, bool):
        raise TypeError("chat must be str or int, not bool")
    return str(value) if isinstance(value, int) else value


def configure(**options: Any) -> Result:
    """Changes settings for the calls that start after it returns.

    Keys: ``api_url``, ``timeout_ms``, ``connect_timeout_ms``, ``proxy``,
    ``max_retry_after_s``. With none it changes nothing. Returns
    ``{"ok": True, "result": {...the settings now in force...}}``.

    :raises LibraryError: an unknown key or a bad value (then nothing changes).
    """
    return _loaded().call("opi_configure", json.dumps(options).encode("utf-8"))


def describe() -> Result:
    """The library as data: ``{"ok": True, "result": {...}}`` with its version, the kinds
    of its own errors, and each method with its names and parameters."""
    return _loaded().call("opi_describe")


def version() -> str:
    """The version of the loaded libopi, such as ``"0.1.0"``."""
    text: bytes = _loaded().cdll.opi_version()
    return text.decode("utf-8")


# Last: the generated functions call back into what is defined above.
from . import _telegram  # noqa: E402
from ._telegram import *  # noqa: E402, F403

__all__ += _telegram.__all__
