"""The Python bindings against the loopback Bot API stand-in."""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
import keyword
import os
import re
import socket
import sys
import threading
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import zip_longest
from pathlib import Path
from typing import Any

import pytest

import opi
from conftest import REPOSITORY, standin

TOKEN = "6129457865:AAFyzNYOAFbu-loopback-stand-in"
CHAT = "@testsichee"


def test_the_library_file_is_named_for_the_platform() -> None:
    assert opi._library_names("win32") == ["opi.dll"]
    assert opi._library_names("linux") == ["libopi.so"]
    assert opi._library_names() == opi._library_names(sys.platform)


def test_the_package_carries_its_library() -> None:
    package = Path(opi.__file__).resolve().parent
    assert "site-packages" in package.parts, f"opi imported from {package}, not installed"
    assert (package / "py.typed").is_file()
    assert opi.load() == str(package / opi._library_names()[0])


def test_version() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", opi.version())


def test_configure_reports_the_settings_in_force(standin_url: str) -> None:
    settings = opi.configure()
    assert settings["ok"] is True
    assert settings["result"]["api_url"] == standin_url


def test_configure_refuses_an_unknown_key() -> None:
    with pytest.raises(opi.LibraryError) as caught:
        opi.configure(colour="blue")
    assert caught.value.kind == "invalid_argument"
    assert caught.value.response["ok"] is False


def test_creates_a_link() -> None:
    link = opi.create_invitation_link(
        TOKEN, CHAT, title="Link 01.05.2025 15:46:10", expire=1746200770, limit=200
    )
    assert link["ok"] is True
    result = link["result"]
    assert result["invite_link"].startswith("https://t.me/+")
    assert result["name"] == "Link 01.05.2025 15:46:10"
    assert result["expire_date"] == 1746200770
    assert result["member_limit"] == 200


def test_only_the_required_arguments() -> None:
    result = opi.create_invitation_link(TOKEN, CHAT)["result"]
    assert result["invite_link"].startswith("https://t.me/+")
    for absent in ("name", "expire_date", "member_limit"):
        assert absent not in result


def test_numeric_chat_and_datetime_expiration() -> None:
    expire = dt.datetime(2025, 5, 2, 15, 46, 10, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    result = opi.create_invitation_link(TOKEN, -1001234567890, expire=expire)["result"]
    assert result["expire_date"] == int(expire.timestamp())


def _python_name(option: str) -> str:
    """A parameter's name here: its CLI option, with a trailing underscore where that is
    a Python keyword (``from_``)."""
    return option + "_" if keyword.iskeyword(option) else option


def _table() -> dict[str, Any]:
    described = opi.describe()["result"]
    assert [library["name"] for library in described["libraries"]] == ["telegram"]
    return described


def test_every_method_of_the_table_is_offered() -> None:
    methods = _table()["libraries"][0]["methods"]
    assert len(methods) >= 10
    for method in methods:
        name = method["rust_function"]
        assert name in opi.__all__, name
        function = getattr(opi, name)
        assert f"``{method['name']}``" in (function.__doc__ or ""), name
        required = [_python_name(p["option"]) for p in method["params"] if p["required"]]
        optional = [_python_name(p["option"]) for p in method["params"] if not p["required"]]
        parameters = inspect.signature(function).parameters.values()
        # Required ones first, positional; each optional one with a default.
        assert [p.name for p in parameters] == required + optional, name
        for parameter in parameters:
            given = parameter.default is not inspect.Parameter.empty
            assert given == (parameter.name in optional), (name, parameter.name)


def test_every_error_kind_of_the_table_is_a_constant() -> None:
    for kind in _table()["error_kinds"]:
        constant = "KIND_" + kind["name"].upper()
        assert constant in opi.__all__
        assert getattr(opi, constant) == kind["name"]


def test_revokes_a_link() -> None:
    link = "https://t.me/+AAAAAAAAAAAAAAAA"
    result = opi.revoke_invitation_link(TOKEN, -1001234567890, link)["result"]
    assert result["invite_link"] == link
    assert result["is_revoked"] is True


def test_approves_a_join_request_with_a_64_bit_user() -> None:
    # 2**40 + 7 cut to 32 bits would be 7; the stand-in refuses user 1 and ids below 1.
    assert opi.approve_join_request(TOKEN, CHAT, 2**40 + 7)["result"] is True
    assert opi.decline_join_request(TOKEN, CHAT, user=2**33 + 1)["result"] is True
    with pytest.raises(opi.TelegramError, match="HIDE_REQUESTER_MISSING"):
        opi.approve_join_request(TOKEN, CHAT, 1)
    with pytest.raises(OverflowError):
        opi.approve_join_request(TOKEN, CHAT, 2**63)
    with pytest.raises(TypeError):
        opi.approve_join_request(TOKEN, CHAT, "42")  # type: ignore[arg-type]


def test_creates_a_subscription_link_with_its_required_price() -> None:
    result = opi.create_subscription_link(TOKEN, CHAT, 50, title="Stars")["result"]
    assert result["subscription_price"] == 50
    assert result["subscription_period"] == 2592000
    assert result["name"] == "Stars"
    with pytest.raises(opi.LibraryError) as caught:
        opi.create_subscription_link(TOKEN, CHAT, 10001)
    assert caught.value.kind == opi.KIND_INVALID_ARGUMENT
    assert caught.value.parameter == "Price"
    with pytest.raises(OverflowError):
        opi.create_subscription_link(TOKEN, CHAT, 2**31)


def test_calls_any_method() -> None:
    chat = opi.call(TOKEN, "getChat", params='{"chat_id": "@loopback_group"}')["result"]
    assert chat["username"] == "loopback_group"
    assert opi.call(TOKEN, "getMe")["result"]["is_bot"] is True
    with pytest.raises(opi.LibraryError) as caught:
        opi.call(TOKEN, "getChat", "[1, 2]")
    assert caught.value.parameter == "Parameters"


def _downloaded(standin_url: str, file_id: str) -> bytes:
    """The bytes the stand-in kept of an upload, fetched back by getFile's path."""
    file_path = opi.call(TOKEN, "getFile", f'{{"file_id": "{file_id}"}}')["result"]["file_path"]
    with urllib.request.urlopen(f"{standin_url}/file/bot{TOKEN}/{file_path}") as answer:
        return answer.read()


def test_sends_a_document_from_bytes_a_path_or_a_url(tmp_path: Path, standin_url: str) -> None:
    data = bytes(range(256)) * 40
    for given in (data, bytearray(data), memoryview(data)):
        document = opi.send_document(TOKEN, CHAT, "Caption", given, filename="data.bin")
        sent = document["result"]["document"]
        assert (sent["file_name"], sent["file_size"]) == ("data.bin", len(data))
        assert _downloaded(standin_url, sent["file_id"]) == data
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"line one\nline two\n")
    for path in (notes, str(notes)):
        sent = opi.send_document(TOKEN, CHAT, "Notes", path, parsemode="HTML")["result"]
        assert sent["document"]["file_name"] == "notes.txt"
        assert _downloaded(standin_url, sent["document"]["file_id"]) == notes.read_bytes()
    by_url = opi.send_document(TOKEN, CHAT, "x", "https://example.com/files/a.pdf")
    assert by_url["result"]["document"]["file_name"] == "a.pdf"
    for refused in (b"", str(tmp_path / "missing.pdf")):
        with pytest.raises(opi.LibraryError) as caught:
            opi.send_document(TOKEN, CHAT, "x", refused)
        assert caught.value.parameter == "Document"
    with pytest.raises(TypeError):
        opi.send_document(TOKEN, CHAT, "x", 5)  # type: ignore[arg-type]


# An example's values are text; these kinds of value take another Python type, and the
# rest (a chat, a date, a file's path, URL or file_id, JSON) are given as the text.
FROM_TEXT: dict[str, Callable[[str], Any]] = {
    "int32": int,
    "int64": int,
    "double": float,
    "bool": {"true": True, "false": False}.__getitem__,
}


def test_every_methods_example_sends_the_recorded_requests(
    tmp_path: Path, standin_url: str
) -> None:
    record = Path(os.environ.get("OPI_EXAMPLE_REQUESTS") or REPOSITORY / "tests/examples.requests")
    if not record.is_file():
        pytest.fail(f"{record} is missing: set OPI_EXAMPLE_REQUESTS to tests/examples.requests")
    sent = tmp_path / "sent.requests"
    downloads: dict[str, bytes] = {}
    # A stand-in of its own, so that what it received is these calls' requests alone.
    with standin("--requests", str(sent)) as url:
        opi.configure(api_url=url)
        try:
            for method in _table()["libraries"][0]["methods"]:
                kinds = {p["option"]: p["value"] for p in method["params"]}
                arguments = {
                    _python_name(option): TOKEN
                    if option == "token"
                    else FROM_TEXT.get(kinds[option], str)(value)
                    for option, value in method["example"]
                    if option in kinds  # not the CLI's own, such as DownloadFile's --out
                }
                answer = getattr(opi, method["rust_function"])(**arguments)
                if method["runs"] == "download":
                    # The file; compared below with what the suite's stand-in serves,
                    # so that fetching it again is no part of the record.
                    downloads[arguments["fileid"]] = answer
                else:
                    assert answer["ok"] is True, method["name"]
        finally:
            opi.configure(api_url=standin_url)
    for file_id, data in downloads.items():
        assert data == _downloaded(standin_url, file_id), file_id
    expected, got = record.read_text().splitlines(), sent.read_text().splitlines()
    for number, (want, have) in enumerate(zip_longest(expected, got, fillvalue=""), 1):
        assert have == want, f"request {number} differs from {record}:\n- {want}\n+ {have}"


def test_telegram_error_raises_with_the_answer() -> None:
    with pytest.raises(opi.TelegramError) as caught:
        opi.create_invitation_link(TOKEN, "@no_such_chat", title="x")
    error = caught.value
    assert error.error_code == 400
    assert error.description == "Bad Request: chat not found"
    assert error.response == {
        "ok": False,
        "error_code": 400,
        "description": "Bad Request: chat not found",
    }
    assert str(error) == "Bad Request: chat not found"


def test_a_token_telegram_does_not_know() -> None:
    with pytest.raises(opi.TelegramError) as caught:
        opi.create_invitation_link("123456:not-the-stand-ins-token", CHAT)
    assert caught.value.error_code == 401


@pytest.mark.parametrize(
    ("arguments", "parameter"),
    [
        ({"title": "x" * 33}, "Title"),
        ({"expire": "tomorrow"}, "ExpirationDate"),
        ({"limit": 100000}, "UserLimit"),
        ({"limit": -1}, "UserLimit"),
    ],
)
def test_invalid_argument(arguments: dict[str, object], parameter: str) -> None:
    with pytest.raises(opi.LibraryError) as caught:
        opi.create_invitation_link(TOKEN, CHAT, **arguments)  # type: ignore[arg-type]
    error = caught.value
    assert error.kind == "invalid_argument"
    assert error.parameter == parameter
    assert error.description.startswith(parameter + ":")
    assert TOKEN not in str(error.response)


@pytest.mark.parametrize(
    ("token", "chat", "parameter"),
    [(None, CHAT, "Token"), (TOKEN, None, "ChatID"), ("", CHAT, "Token"), (TOKEN, "", "ChatID")],
)
def test_none_for_a_required_argument(token: str | None, chat: str | None, parameter: str) -> None:
    with pytest.raises(opi.LibraryError) as caught:
        opi.create_invitation_link(token, chat)  # type: ignore[arg-type]
    assert caught.value.kind == "invalid_argument"
    assert caught.value.parameter == parameter


def test_none_for_optional_arguments_means_not_given() -> None:
    result = opi.create_invitation_link(TOKEN, CHAT, title=None, expire=None)["result"]
    assert "name" not in result and "expire_date" not in result


def test_arguments_c_cannot_carry_are_refused_before_the_call() -> None:
    with pytest.raises(ValueError, match="null"):
        opi.create_invitation_link(TOKEN, CHAT, title="a\0b")
    with pytest.raises(OverflowError):
        opi.create_invitation_link(TOKEN, CHAT, limit=2**32 + 5)
    with pytest.raises(TypeError):
        opi.create_invitation_link(TOKEN, CHAT, limit=1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        opi.create_invitation_link(TOKEN, b"@testsichee")  # type: ignore[arg-type]


def test_connection_error(standin_url: str) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    opi.configure(api_url=f"http://127.0.0.1:{closed_port}", timeout_ms=5000)
    try:
        with pytest.raises(opi.LibraryError) as caught:
            opi.create_invitation_link(TOKEN, CHAT)
        assert caught.value.kind == "connection"
    finally:
        opi.configure(api_url=standin_url, timeout_ms=30000)


@contextlib.contextmanager
def _serving(body: bytes) -> Iterator[str]:
    """A loopback server that answers every POST with `body`; yields its URL."""

    class Answer(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def deep_answer_url(standin_url: str) -> Iterator[str]:
    depth = 100_000
    body = b'{"ok":true,"result":' + b"[" * depth + b"]" * depth + b"}"
    with _serving(body) as url:
        opi.configure(api_url=url)
        try:
            yield url
        finally:
            opi.configure(api_url=standin_url)


def test_an_answer_nested_too_deeply_is_a_library_error(deep_answer_url: str) -> None:
    # libopi passes the document on as received; json.loads gives up on it with a
    # RecursionError, which must not escape as anything but this package's error.
    with pytest.raises(opi.LibraryError) as caught:
        opi.create_invitation_link(TOKEN, CHAT)
    assert caught.value.kind == "bad_response"
    assert caught.value.response["ok"] is False
    assert "deep" in caught.value.description


def test_an_answer_too_deep_is_refused_whatever_the_recursion_limit(
    deep_answer_url: str,
) -> None:
    # A host may raise the recursion limit beyond what its C stack holds; json.loads
    # would then recurse 100 000 levels on the C stack and end the process.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1_000_000)
    try:
        with pytest.raises(opi.LibraryError) as caught:
            opi.create_invitation_link(TOKEN, CHAT)
    finally:
        sys.setrecursionlimit(limit)
    assert caught.value.kind == "bad_response"


def test_an_answer_at_the_depth_limit_is_read(standin_url: str) -> None:
    depth = opi.MAX_DEPTH - 1  # the document's own object is one level
    with _serving(b'{"ok":true,"result":' + b"[" * depth + b"]" * depth + b"}") as url:
        opi.configure(api_url=url)
        try:
            level = opi.create_invitation_link(TOKEN, CHAT)["result"]
        finally:
            opi.configure(api_url=standin_url)
    levels = 0
    while isinstance(level, list):
        levels += 1
        level = level[0] if level else None
    assert levels == depth


def test_threads() -> None:
    def create(number: int) -> tuple[int, str]:
        title = f"thread link {number}"
        if number % 10 == 0:
            try:
                opi.create_invitation_link(TOKEN, "@no_such_chat", title=title)
            except opi.TelegramError as error:
                return number, error.description
        return number, opi.create_invitation_link(TOKEN, CHAT, title=title)["result"]["name"]

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(create, range(800)))
    for number, answer in answers:
        expected = "Bad Request: chat not found" if number % 10 == 0 else f"thread link {number}"
        assert answer == expected


def _resident_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS in /proc/self/status")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_results_are_freed(measurements: list[str]) -> None:
    """Each result is copied and released at once, so many calls leave memory flat.

    tracemalloc sees only Python's own allocations, so the measure is the process's
    resident memory. Every call leaking its result (a few hundred bytes) would add
    about 10 MiB over this many calls. Most calls are refused locally, which is quick;
    one in eight goes to the stand-in, for a link or for Telegram's refusal.
    """
    unreadable_chat = "not a chat " * 20

    def one_round(count: int) -> None:
        for number in range(count):
            kind = number % 16
            if kind == 0:
                opi.create_invitation_link(TOKEN, CHAT, title="x" * 32, limit=number % 99999 + 1)
            elif kind == 8:
                with pytest.raises(opi.TelegramError):
                    opi.create_invitation_link(TOKEN, "@no_such_chat")
            else:
                with pytest.raises(opi.LibraryError):
                    opi.create_invitation_link(TOKEN, unreadable_chat)

    # Enough for the connection pool, allocator arenas and caches to reach their size.
    one_round(10000)
    before = _resident_kib()
    calls = 40000
    one_round(calls)
    after = _resident_kib()
    growth = after - before
    measurements.append(
        f"python: resident memory {before / 1024:.1f} MiB -> {after / 1024:.1f} MiB "
        f"after {calls} calls ({growth:+d} KiB)"
    )
    assert growth < 4 * 1024, f"resident memory grew by {growth} KiB over {calls} calls"


def test_downloads_a_file_as_bytes() -> None:
    # The stand-in's stored file: 256 bytes, 0 to 255.
    assert opi.download_file(TOKEN, "BQACAgIAAxkBAAIBSmall") == bytes(range(256))
    with pytest.raises(opi.TelegramError, match="invalid file_id"):
        opi.download_file(TOKEN, "BQACAgIAAxkBAAIBNone")
    with pytest.raises(opi.LibraryError) as caught:
        opi.download_file(TOKEN, "")
    assert caught.value.parameter == "FileID"


def test_results_that_are_not_telegrams_document() -> None:
    icons = opi.get_avatar_icon_list(TOKEN)["result"]
    assert icons["5357419403325481346"] == "\N{GRADUATION CAP}"
    assert opi.get_updates(TOKEN, timeout=1)["result"] == []
    checked = opi.process_tma_data("auth_date=1767706628&hash=00", TOKEN)["result"]
    assert checked == {"auth_date": "1767706628", "passed": False}


def test_sends_text_with_a_keyboard_as_a_dict_or_as_opis_single_quoted_json() -> None:
    keyboard = {"inline_keyboard": [[{"text": "Да", "callback_data": "yes"}]]}
    sent = opi.send_text_message(TOKEN, 461699897, "R&D", keyboard=keyboard, parsemode="html")
    assert sent["result"]["text"] == "R&amp;D"
    quoted = "{'inline_keyboard':[[{'text':'Да','callback_data':'yes'}]]}"
    assert opi.send_text_message(TOKEN, CHAT, "Hi", keyboard=quoted)["ok"] is True
    with pytest.raises(opi.LibraryError) as caught:
        opi.send_text_message(TOKEN, CHAT, "Hi", keyboard=["not", "an", "object"])
    assert caught.value.parameter == "Keyboard"
    with pytest.raises(TypeError):
        opi.send_text_message(TOKEN, CHAT, "Hi", keyboard=5)  # type: ignore[arg-type]


def test_sends_a_location_from_floats_or_ints() -> None:
    sent = opi.send_location(TOKEN, CHAT, 48.8737, 2)["result"]
    assert sent["location"] == {"latitude": 48.8737, "longitude": 2}
    with pytest.raises(opi.LibraryError) as caught:
        opi.send_location(TOKEN, CHAT, float("nan"), 0.0)
    assert caught.value.parameter == "Latitude"
    with pytest.raises(TypeError):
        opi.send_location(TOKEN, CHAT, "48.87", 0.0)  # type: ignore[arg-type]


def test_sends_a_contact_without_a_last_name() -> None:
    contact = opi.send_contact(TOKEN, CHAT, "Petr", "+123456789")["result"]["contact"]
    assert contact == {"phone_number": "+123456789", "first_name": "Petr"}


def test_sends_a_poll_from_a_list_with_opis_default_anonymity() -> None:
    poll = opi.send_poll(TOKEN, CHAT, "Color?", ["Red", "Blue"])["result"]["poll"]
    assert [o["text"] for o in poll["options"]] == ["Red", "Blue"]
    assert poll["is_anonymous"] is True
    named = opi.send_poll(TOKEN, CHAT, "Color?", "['Red','Blue']", anonymous=False)
    assert named["result"]["poll"]["is_anonymous"] is False
    with pytest.raises(TypeError):
        opi.send_poll(TOKEN, CHAT, "Color?", ["Red", "Blue"], anonymous=1)  # type: ignore[arg-type]
    with pytest.raises(opi.LibraryError) as caught:
        opi.send_poll(TOKEN, CHAT, "Color?", ["Red"])
    assert caught.value.parameter == "AnswersArray"


def test_a_formed_keyboard_goes_to_a_sender_as_it_came() -> None:
    formed = opi.form_keyboard_from_button_array(["A", "B"], under=True, column=False)
    keyboard = {"inline_keyboard": [[{"text": "A", "callback_data": "A"}, {"text": "B", "callback_data": "B"}]]}
    assert formed["result"] == keyboard
    assert opi.form_keyboard_from_button_array("['A']")["result"] == {
        "keyboard": [[{"text": "A"}]],
        "resize_keyboard": True,
    }
    edited = opi.replace_message_keyboard(TOKEN, CHAT, 5, formed)["result"]
    assert edited["reply_markup"] == keyboard
