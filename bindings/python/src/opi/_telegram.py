# Generated from the method table by tests/codegen; do not edit.
# `cargo test --test codegen` writes it anew after the table changes.
"""The typed functions of libopi's ``telegram`` library, one per method of the table,
the kinds of the library's own errors, and the argument types of each C function that
returns an owned JSON string. The package re-exports all but the last."""

from __future__ import annotations

import ctypes
from collections.abc import Mapping, Sequence
from typing import Any

from . import Expiration, FileLike, Result, _bool, _chat, _double, _expiration, _File, _file, _int32, _int64, _json, _loaded, _text

__all__ = [
    "KIND_BAD_RESPONSE",
    "KIND_CONNECTION",
    "KIND_FILE",
    "KIND_INTERNAL",
    "KIND_INVALID_ARGUMENT",
    "KIND_TIMEOUT",
    "KIND_TLS",
    "approve_join_request",
    "ban",
    "call",
    "call_with_files",
    "clear_topic_pinned_messages_list",
    "close_forum_topic",
    "create_forum_topic",
    "create_invitation_link",
    "create_join_request_link",
    "create_subscription_link",
    "decline_join_request",
    "delete_forum_topic",
    "delete_message",
    "delete_webhook",
    "download_file",
    "edit_forum_topic",
    "edit_invitation_link",
    "edit_main_forum_topic_name",
    "edit_subscription_link",
    "export_primary_invitation_link",
    "form_keyboard_from_button_array",
    "forward_message",
    "get_avatar_icon_list",
    "get_bot_information",
    "get_participant_count",
    "get_updates",
    "hide_main_forum_topic",
    "open_forum_topic",
    "pin_message",
    "process_tma_data",
    "replace_message_caption",
    "replace_message_keyboard",
    "replace_message_text",
    "revoke_invitation_link",
    "send_audio",
    "send_contact",
    "send_document",
    "send_gif",
    "send_image",
    "send_location",
    "send_media_group",
    "send_poll",
    "send_text_message",
    "send_video",
    "set_webhook",
    "show_main_forum_topic",
    "unban",
    "unpin_message",
]

# The result is declared c_void_p by the loader rather than c_char_p: c_char_p would
# copy the bytes into a Python object and drop the pointer, leaving nothing to hand
# back to opi_free.
ARGUMENT_TYPES: dict[str, tuple[Any, ...]] = {
    "opi_configure": (ctypes.c_char_p,),  # options_json
    "opi_describe": (),
    "opi_telegram_get_bot_information": (ctypes.c_char_p,),  # token
    "opi_telegram_get_updates": (
        ctypes.c_char_p,  # token
        ctypes.c_int32,  # timeout
        ctypes.c_int64,  # offset
    ),
    "opi_telegram_set_webhook": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # url
    ),
    "opi_telegram_delete_webhook": (ctypes.c_char_p,),  # token
    "opi_telegram_download_file": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # file_id
        ctypes.c_char_p,  # path
        ctypes.c_void_p,  # bytes
    ),
    "opi_telegram_process_tma_data": (
        ctypes.c_char_p,  # data_string
        ctypes.c_char_p,  # token
    ),
    "opi_telegram_send_text_message": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # text
        ctypes.c_char_p,  # keyboard
        ctypes.c_char_p,  # markup
        ctypes.c_int32,  # replied_id
    ),
    "opi_telegram_send_image": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # text
        ctypes.POINTER(_File),  # image
        ctypes.c_char_p,  # keyboard
        ctypes.c_char_p,  # markup
    ),
    "opi_telegram_send_video": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # text
        ctypes.POINTER(_File),  # video
        ctypes.c_char_p,  # keyboard
        ctypes.c_char_p,  # markup
    ),
    "opi_telegram_send_audio": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # text
        ctypes.POINTER(_File),  # audio
        ctypes.c_char_p,  # keyboard
        ctypes.c_char_p,  # markup
    ),
    "opi_telegram_send_document": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # text
        ctypes.POINTER(_File),  # document
        ctypes.c_char_p,  # keyboard
        ctypes.c_char_p,  # markup
        ctypes.c_char_p,  # file_name
    ),
    "opi_telegram_send_gif": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # text
        ctypes.POINTER(_File),  # gif
        ctypes.c_char_p,  # keyboard
        ctypes.c_char_p,  # markup
    ),
    "opi_telegram_send_media_group": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # text
        ctypes.c_char_p,  # file_mapping
        ctypes.c_char_p,  # keyboard
        ctypes.c_char_p,  # markup
    ),
    "opi_telegram_send_location": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_double,  # latitude
        ctypes.c_double,  # longitude
        ctypes.c_char_p,  # keyboard
    ),
    "opi_telegram_send_contact": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # name
        ctypes.c_char_p,  # last_name
        ctypes.c_char_p,  # phone
        ctypes.c_char_p,  # keyboard
    ),
    "opi_telegram_send_poll": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # question
        ctypes.c_char_p,  # answers_array
        ctypes.c_bool,  # anonymous
    ),
    "opi_telegram_forward_message": (
        ctypes.c_char_p,  # token
        ctypes.c_int32,  # original_id
        ctypes.c_char_p,  # from_id
        ctypes.c_char_p,  # to_id
    ),
    "opi_telegram_delete_message": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int32,  # message_id
    ),
    "opi_telegram_replace_message_keyboard": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int32,  # message_id
        ctypes.c_char_p,  # keyboard
    ),
    "opi_telegram_replace_message_text": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int32,  # message_id
        ctypes.c_char_p,  # text
        ctypes.c_char_p,  # markup
    ),
    "opi_telegram_replace_message_caption": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int32,  # message_id
        ctypes.c_char_p,  # description
        ctypes.c_char_p,  # markup
    ),
    "opi_telegram_form_keyboard_from_button_array": (
        ctypes.c_char_p,  # button_array
        ctypes.c_bool,  # under_message
        ctypes.c_bool,  # one_by_one
    ),
    "opi_telegram_ban": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int64,  # user_id
    ),
    "opi_telegram_unban": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int64,  # user_id
    ),
    "opi_telegram_create_invitation_link": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # title
        ctypes.c_char_p,  # expiration_date
        ctypes.c_int32,  # user_limit
    ),
    "opi_telegram_edit_invitation_link": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # invite_link
        ctypes.c_char_p,  # title
        ctypes.c_char_p,  # expiration_date
        ctypes.c_int32,  # user_limit
    ),
    "opi_telegram_revoke_invitation_link": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # invite_link
    ),
    "opi_telegram_export_primary_invitation_link": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
    ),
    "opi_telegram_create_join_request_link": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # title
        ctypes.c_char_p,  # expiration_date
    ),
    "opi_telegram_create_subscription_link": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # title
        ctypes.c_int32,  # price
    ),
    "opi_telegram_edit_subscription_link": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # invite_link
        ctypes.c_char_p,  # title
    ),
    "opi_telegram_approve_join_request": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int64,  # user_id
    ),
    "opi_telegram_decline_join_request": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int64,  # user_id
    ),
    "opi_telegram_pin_message": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int32,  # message_id
    ),
    "opi_telegram_unpin_message": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int32,  # message_id
    ),
    "opi_telegram_get_participant_count": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
    ),
    "opi_telegram_get_avatar_icon_list": (ctypes.c_char_p,),  # token
    "opi_telegram_create_forum_topic": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # title
        ctypes.c_char_p,  # icon_id
    ),
    "opi_telegram_edit_forum_topic": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int32,  # topic_id
        ctypes.c_char_p,  # title
        ctypes.c_char_p,  # icon_id
    ),
    "opi_telegram_close_forum_topic": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int32,  # topic_id
    ),
    "opi_telegram_open_forum_topic": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int32,  # topic_id
    ),
    "opi_telegram_delete_forum_topic": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int32,  # topic_id
    ),
    "opi_telegram_hide_main_forum_topic": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
    ),
    "opi_telegram_show_main_forum_topic": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
    ),
    "opi_telegram_edit_main_forum_topic_name": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_char_p,  # title
    ),
    "opi_telegram_clear_topic_pinned_messages_list": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # chat_id
        ctypes.c_int32,  # topic_id
    ),
    "opi_telegram_call": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # method
        ctypes.c_char_p,  # parameters
    ),
    "opi_telegram_call_with_files": (
        ctypes.c_char_p,  # token
        ctypes.c_char_p,  # method
        ctypes.c_char_p,  # parameters
        ctypes.c_char_p,  # files
    ),
}

#: A parameter was missing, malformed or out of range (opi_error.parameter names it);
#: nothing was sent.
KIND_INVALID_ARGUMENT = "invalid_argument"

#: The server could not be reached, or the connection failed: DNS, refused, reset, proxy.
KIND_CONNECTION = "connection"

#: The TLS handshake failed or the server's certificate was not trusted.
KIND_TLS = "tls"

#: The call did not finish within timeout_ms.
KIND_TIMEOUT = "timeout"

#: The server answered with something that is not a Bot API JSON document
#: (opi_error.http_status holds its status).
KIND_BAD_RESPONSE = "bad_response"

#: A local file could not be written (DownloadFile's path): opi_error.description says which
#: and why; nothing is left at the path.
KIND_FILE = "file"

#: A fault inside the library itself.
KIND_INTERNAL = "internal"


def get_bot_information(
    token: str,
) -> Result:
    """Gets the bot's own account: its id, name, username and what it may do (OPI
    ``GetBotInformation``, Bot API ``getMe``).

    A cheap way to check that a token works. Telegram answers with a User.

    :param token: Bot token.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_get_bot_information",
        _text(token, "token"),
    )


def get_updates(
    token: str,
    timeout: int = 0,
    offset: int = 0,
) -> Result:
    """Gets the bot's new updates, waiting up to Timeout seconds for one to arrive (OPI
    ``GetUpdates``, Bot API ``getUpdates``).

    Telegram answers with a list of Update objects, empty when none came within Timeout. The
    call's time limit is ``timeout_ms`` plus Timeout, so a 50-second poll is not cut short
    by the 30-second default, and one the server never answers still ends. Offset 0 and
    Timeout 0 are not sent, as with OPI; ``limit`` and ``allowed_updates`` are not sent
    either. Refused by Telegram while a webhook is set.

    :param token: Bot token.
    :param timeout: Seconds to wait for new updates (long polling); 0 answers at once. 0
        for none.
    :param offset: Identifier of the first update to return; negative counts from the
        last. 0 for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_get_updates",
        _text(token, "token"),
        _int32(timeout, "timeout"),
        _int64(offset, "offset"),
    )


def set_webhook(
    token: str,
    url: str,
) -> Result:
    """Sets the address Telegram sends the bot's updates to (OPI ``SetWebhook``, Bot API
    ``setWebhook``).

    Sends only ``url``, as OPI does (no certificate, secret token or update filter).
    Telegram wants HTTPS on port 443, 80, 88 or 8443; an http:// address is passed on for a
    local Bot API server, which may accept it. Telegram answers ``true``.

    :param token: Bot token.
    :param url: Request handling address from Telegram (with https:).
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_set_webhook",
        _text(token, "token"),
        _text(url, "url"),
    )


def delete_webhook(
    token: str,
) -> Result:
    """Removes the webhook, so that updates can be fetched with getUpdates again (OPI
    ``DeleteWebhook``, Bot API ``deleteWebhook``).

    Sends no fields, as OPI does: pending updates are kept (``drop_pending_updates`` is not
    sent). Telegram answers ``true``, also when no webhook was set.

    :param token: Bot token.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_delete_webhook",
        _text(token, "token"),
    )


def download_file(
    token: str,
    fileid: str,
) -> bytes:
    """Downloads a file the bot received, by its file_id (OPI ``DownloadFile``, Bot API
    ``getFile``).

    Calls getFile, then fetches ``{api_url}/file/bot<token>/<file_path>`` (the token is
    redacted from every error, as everywhere). The file goes to a path or comes back as
    bytes: C ``path`` (written beside it and renamed once whole, so a failed download leaves
    nothing there; memory stays bounded whatever the size) or ``bytes`` (an ``opi_bytes``
    the caller frees with ``opi_bytes_free``); oint writes it to ``--out FILE`` and prints
    the result; 1C gets BinaryData, as from OPI. The result is getFile's document with
    ``result.download``: ``{"bytes":N,"path":...}``. Telegram's servers hand bots files up
    to 20 MB, a local Bot API server up to 2000 MB: a larger ``file_size`` is refused before
    anything is downloaded. Unlike OPI, a file whose bytes are JSON comes back as bytes,
    getFile is not retried, and no ``?file_id=`` is added to the file's URL.

    :param token: Bot token.
    :param fileid: ID of the file to download.
    :returns: the file's bytes; the file is held in memory.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call_bytes(
        "opi_telegram_download_file",
        _text(token, "token"),
        _text(fileid, "fileid"),
    )


def process_tma_data(
    data: str,
    token: str,
) -> Result:
    """Checks a Telegram Mini App's initData against the bot token and returns its fields
    (OPI ``ProcessTMAData``, Bot API none, nothing is sent).

    Sends nothing. ``result`` holds every field of the data but ``hash``, keys and values
    URL-decoded and kept as text (``user`` stays JSON text), and ``passed``: whether
    ``hash`` is the hex HMAC-SHA256 Telegram documents (the key is HMAC-SHA256 of the token
    under "WebAppData"; the message every other field as ``key=value``, sorted, joined by
    line feeds), compared in constant time. ``auth_date`` is not checked for age: compare it
    with the time yourself. Unlike OPI, ``cookie`` is kept, and a value holding ``=`` (such
    as ``signature``) is kept whole: Telegram signs every field, so dropping one would fail
    data that carries it. OPI offers it to 1C only; oint offers it too, with the token from
    OPI_TELEGRAM_TOKEN, for scripts that check initData.

    :param data: The Mini App's initData query string.
    :param token: Bot token.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_process_tma_data",
        _text(data, "data"),
        _text(token, "token"),
    )


def send_text_message(
    token: str,
    chat: str | int,
    text: str,
    keyboard: str | Mapping[str, Any] | None = None,
    parsemode: str | None = None,
    reply: int = 0,
) -> Result:
    """Sends a text message to a chat or channel (OPI ``SendTextMessage``, Bot API
    ``sendMessage``).

    Markup is ``Markdown`` when not given, as in OPI; ``none`` sends the text with no
    ``parse_mode``. The text is prepared as OPI prepares it, without its faults:
    percent-escapes of non-ASCII text are decoded (``%F0%9F%94%A5`` is 🔥) while "100%"
    stays as written; MarkdownV2 gets the escapes of ``- + # = { } .`` that OPI adds; HTML
    gets ``&amp;`` for a bare ``&``. Keyboard is a JSON object, OPI's single-quoted JSON, or
    the path of a .json file, sent as ``reply_markup``. RepliedID is sent as
    ``reply_parameters``, which replaced ``reply_to_message_id`` in the Bot API. The topic
    of ``ChatID*TopicID`` is sent as ``message_thread_id``. Telegram answers with the
    Message.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param text: Message text.
    :param keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        single-quoted JSON (``{'inline_keyboard':[[...]]}``), or the path of a .json file.
        Also a ``dict``, sent as JSON. ``None`` for none.
    :param parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for
        plain text. ``None`` for OPI's default, Markdown.
    :param reply: ID of the message to reply to (none if not given). 0 for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_send_text_message",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(text, "text"),
        _text(_json(keyboard, "keyboard"), "keyboard"),
        _text(parsemode, "parsemode"),
        _int32(reply, "reply"),
    )


def send_image(
    token: str,
    chat: str | int,
    text: str,
    picture: FileLike,
    keyboard: str | Mapping[str, Any] | None = None,
    parsemode: str | None = None,
) -> Result:
    """Sends an image to a chat or channel (OPI ``SendImage``, Bot API ``sendPhoto``).

    A file as SendDocument takes one; it goes up under a path's own name, else ``photo``, as
    OPI names it. Markup's alias is ``-r`` here: ``-p`` is ``--picture``. Telegram answers
    with the Message, its photo in several sizes.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param text: Caption.
    :param picture: Image: a local path (streamed from disk), the file's bytes, an
        ``http(s)`` URL or a Telegram ``file_id`` (Telegram fetches those two itself). A
        ``str`` or ``os.PathLike`` (a path, URL or file_id), or ``bytes``.
    :param keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        single-quoted JSON (``{'inline_keyboard':[[...]]}``), or the path of a .json file.
        Also a ``dict``, sent as JSON. ``None`` for none.
    :param parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for
        plain text. ``None`` for OPI's default, Markdown.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_send_image",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(text, "text"),
        _file(picture, "picture"),
        _text(_json(keyboard, "keyboard"), "keyboard"),
        _text(parsemode, "parsemode"),
    )


def send_video(
    token: str,
    chat: str | int,
    text: str,
    video: FileLike,
    keyboard: str | Mapping[str, Any] | None = None,
    parsemode: str | None = None,
) -> Result:
    """Sends a video to a chat or channel (OPI ``SendVideo``, Bot API ``sendVideo``).

    A file as SendDocument takes one; it goes up under a path's own name, else ``video``, as
    OPI names it. Telegram answers with the Message.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param text: Caption.
    :param video: Video: a local path (streamed from disk), the file's bytes, an
        ``http(s)`` URL or a Telegram ``file_id`` (Telegram fetches those two itself). A
        ``str`` or ``os.PathLike`` (a path, URL or file_id), or ``bytes``.
    :param keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        single-quoted JSON (``{'inline_keyboard':[[...]]}``), or the path of a .json file.
        Also a ``dict``, sent as JSON. ``None`` for none.
    :param parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for
        plain text. ``None`` for OPI's default, Markdown.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_send_video",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(text, "text"),
        _file(video, "video"),
        _text(_json(keyboard, "keyboard"), "keyboard"),
        _text(parsemode, "parsemode"),
    )


def send_audio(
    token: str,
    chat: str | int,
    text: str,
    audio: FileLike,
    keyboard: str | Mapping[str, Any] | None = None,
    parsemode: str | None = None,
) -> Result:
    """Sends an audio file to a chat or channel (OPI ``SendAudio``, Bot API ``sendAudio``).

    A file as SendDocument takes one; it goes up under a path's own name, else ``audio``, as
    OPI names it. Telegram answers with the Message.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param text: Caption.
    :param audio: Audio: a local path (streamed from disk), the file's bytes, an
        ``http(s)`` URL or a Telegram ``file_id`` (Telegram fetches those two itself). A
        ``str`` or ``os.PathLike`` (a path, URL or file_id), or ``bytes``.
    :param keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        single-quoted JSON (``{'inline_keyboard':[[...]]}``), or the path of a .json file.
        Also a ``dict``, sent as JSON. ``None`` for none.
    :param parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for
        plain text. ``None`` for OPI's default, Markdown.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_send_audio",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(text, "text"),
        _file(audio, "audio"),
        _text(_json(keyboard, "keyboard"), "keyboard"),
        _text(parsemode, "parsemode"),
    )


def send_document(
    token: str,
    chat: str | int,
    text: str,
    doc: FileLike,
    keyboard: str | Mapping[str, Any] | None = None,
    parsemode: str | None = None,
    filename: str | None = None,
) -> Result:
    """Sends a document to a chat or channel (OPI ``SendDocument``, Bot API
    ``sendDocument``).

    Document is a local path (streamed from disk), the file's bytes, or an http(s) URL or
    file_id, which Telegram fetches itself (OPI downloads URLs: docs/porting.md). It goes up
    under FileName, else the path's own name, else ``document``. Empty files and files over
    the Bot API's limit are refused unsent. Telegram answers with the Message.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param text: Caption.
    :param doc: Document: a local path (streamed from disk), the file's bytes, an
        ``http(s)`` URL or a Telegram ``file_id`` (Telegram fetches those two itself). A
        ``str`` or ``os.PathLike`` (a path, URL or file_id), or ``bytes``.
    :param keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        single-quoted JSON (``{'inline_keyboard':[[...]]}``), or the path of a .json file.
        Also a ``dict``, sent as JSON. ``None`` for none.
    :param parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for
        plain text. ``None`` for OPI's default, Markdown.
    :param filename: File name with extension, as the chat shows it. ``None`` for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_send_document",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(text, "text"),
        _file(doc, "doc"),
        _text(_json(keyboard, "keyboard"), "keyboard"),
        _text(parsemode, "parsemode"),
        _text(filename, "filename"),
    )


def send_gif(
    token: str,
    chat: str | int,
    text: str,
    gif: FileLike,
    keyboard: str | Mapping[str, Any] | None = None,
    parsemode: str | None = None,
) -> Result:
    """Sends a GIF to a chat or channel (OPI ``SendGif``, Bot API ``sendAnimation``).

    A file as SendDocument takes one; it goes up under a path's own name, else
    ``animation.gif``, as OPI names it. Telegram answers with the Message, carrying the
    animation (and a document, for older clients).

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param text: Caption.
    :param gif: GIF: a local path (streamed from disk), the file's bytes, an ``http(s)``
        URL or a Telegram ``file_id`` (Telegram fetches those two itself). A ``str`` or
        ``os.PathLike`` (a path, URL or file_id), or ``bytes``.
    :param keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        single-quoted JSON (``{'inline_keyboard':[[...]]}``), or the path of a .json file.
        Also a ``dict``, sent as JSON. ``None`` for none.
    :param parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for
        plain text. ``None`` for OPI's default, Markdown.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_send_gif",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(text, "text"),
        _file(gif, "gif"),
        _text(_json(keyboard, "keyboard"), "keyboard"),
        _text(parsemode, "parsemode"),
    )


def send_media_group(
    token: str,
    chat: str | int,
    text: str,
    media: str | Mapping[str, Any],
    keyboard: str | Mapping[str, Any] | None = None,
    parsemode: str | None = None,
) -> Result:
    """Sends a group of files (an album) to a chat or channel (OPI ``SendMediaGroup``, Bot
    API ``sendMediaGroup``).

    FileMapping: a JSON object (or OPI's single-quoted JSON, or a .json file) of 2 to 10
    files, each a path, URL or file_id, to its kind (``photo``, ``video``, ``audio``,
    ``document``). Each path goes up as a part, ``attach://file0``, ...; bytes must be
    written to a file first. Text captions the first item. Keyboard is refused:
    sendMediaGroup takes none. Telegram answers with an array of Messages.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param text: Caption.
    :param media: Files and their kinds: {'path, URL or file_id': 'photo'}: JSON text,
        OPI's single-quoted JSON (``{'inline_keyboard':[[...]]}``), or the path of a .json
        file. Also a ``dict``, sent as JSON.
    :param keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        single-quoted JSON (``{'inline_keyboard':[[...]]}``), or the path of a .json file.
        Also a ``dict``, sent as JSON. ``None`` for none.
    :param parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for
        plain text. ``None`` for OPI's default, Markdown.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_send_media_group",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(text, "text"),
        _text(_json(media, "media"), "media"),
        _text(_json(keyboard, "keyboard"), "keyboard"),
        _text(parsemode, "parsemode"),
    )


def send_location(
    token: str,
    chat: str | int,
    lat: float,
    long: float,
    keyboard: str | Mapping[str, Any] | None = None,
) -> Result:
    """Sends a location by geographic coordinates (OPI ``SendLocation``, Bot API
    ``sendLocation``).

    Latitude and Longitude are sent as JSON numbers; a value that is not finite or out of
    range is refused before sending. No ``parse_mode`` is sent (OPI sends a meaningless
    one). The topic of ``ChatID*TopicID`` is sent as ``message_thread_id``. Telegram answers
    with the Message.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param lat: Geographic latitude (-90 to 90).
    :param long: Geographic longitude (-180 to 180).
    :param keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        single-quoted JSON (``{'inline_keyboard':[[...]]}``), or the path of a .json file.
        Also a ``dict``, sent as JSON. ``None`` for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_send_location",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _double(lat, "lat"),
        _double(long, "long"),
        _text(_json(keyboard, "keyboard"), "keyboard"),
    )


def send_contact(
    token: str,
    chat: str | int,
    name: str,
    phone: str,
    surname: str | None = None,
    keyboard: str | Mapping[str, Any] | None = None,
) -> Result:
    """Sends a contact with a name and a phone number (OPI ``SendContact``, Bot API
    ``sendContact``).

    LastName may be left out or empty: OPI sends none then, and neither does libopi. No
    ``parse_mode`` is sent (OPI sends a meaningless one). The topic of ``ChatID*TopicID`` is
    sent as ``message_thread_id``. Telegram answers with the Message.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param name: Contact name.
    :param phone: Contact phone number.
    :param surname: Contact last name (none if not given). ``None`` for none.
    :param keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        single-quoted JSON (``{'inline_keyboard':[[...]]}``), or the path of a .json file.
        Also a ``dict``, sent as JSON. ``None`` for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_send_contact",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(name, "name"),
        _text(surname, "surname"),
        _text(phone, "phone"),
        _text(_json(keyboard, "keyboard"), "keyboard"),
    )


def send_poll(
    token: str,
    chat: str | int,
    question: str,
    options: str | Sequence[str],
    anonymous: bool = True,
) -> Result:
    """Sends a poll with answer options (OPI ``SendPoll``, Bot API ``sendPoll``).

    AnswersArray is a JSON array of strings, or OPI's ``['Red','Yellow']``; each is sent as
    ``{"text":...}``, the InputPollOption the Bot API documents, and fewer than two are
    refused before sending. Anonymous is sent every time, as a JSON Boolean (OPI sends 1 or
    0); left out it is true, as in OPI. No ``parse_mode`` is sent. The topic of
    ``ChatID*TopicID`` is sent as ``message_thread_id``. Telegram answers with the Message
    holding the poll.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param question: Poll question.
    :param options: Array of answer options: a JSON array such as ``["Red","Blue"]``, or
        ``['Red','Blue']``. Also a ``list`` of ``str``, sent as JSON.
    :param anonymous: Anonymous poll (true if not given).
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_send_poll",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(question, "question"),
        _text(_json(options, "options"), "options"),
        _bool(anonymous, "anonymous"),
    )


def forward_message(
    token: str,
    message: int,
    from_: str | int,
    to: str | int,
) -> Result:
    """Forwards a message from one chat to another, or within a chat (OPI
    ``ForwardMessage``, Bot API ``forwardMessage``).

    The topic of ToID's ``ChatID*TopicID`` is sent as ``message_thread_id``; FromID's is
    dropped, since a message id names its message in the whole chat. The alias of ``--to``
    is ``-o``: ``-t`` is always ``--token``. Telegram answers with the new Message.

    :param token: Bot token.
    :param message: Original message ID.
    :param from_: Chat ID of the original message: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param to: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_forward_message",
        _text(token, "token"),
        _int32(message, "message"),
        _text(_chat(from_), "from"),
        _text(_chat(to), "to"),
    )


def delete_message(
    token: str,
    chat: str | int,
    message: int,
) -> Result:
    """Deletes a message from the chat (OPI ``DeleteMessage``, Bot API ``deleteMessage``).

    Telegram lets a bot delete its own messages within 48 hours, and others' where it is an
    administrator with the right to. The topic of ``ChatID*TopicID`` is dropped: a message
    id names its message in the whole chat. Telegram answers ``true``.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param message: Target message ID.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_delete_message",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _int32(message, "message"),
    )


def replace_message_keyboard(
    token: str,
    chat: str | int,
    message: int,
    keyboard: str | Mapping[str, Any],
) -> Result:
    """Replaces the keyboard of a message (OPI ``ReplaceMessageKeyboard``, Bot API
    ``editMessageReplyMarkup``).

    Keyboard is a JSON object, OPI's single-quoted JSON, or the path of a .json file, sent
    as ``reply_markup``; Telegram edits only inline keyboards. A topic in ``ChatID*TopicID``
    is dropped: a message id names its message in the whole chat. Telegram answers with the
    edited Message.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param message: Target message ID.
    :param keyboard: New keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        single-quoted JSON (``{'inline_keyboard':[[...]]}``), or the path of a .json file.
        Also a ``dict``, sent as JSON.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_replace_message_keyboard",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _int32(message, "message"),
        _text(_json(keyboard, "keyboard"), "keyboard"),
    )


def replace_message_text(
    token: str,
    chat: str | int,
    message: int,
    text: str,
    parsemode: str | None = None,
) -> Result:
    """Replaces the text of a message (OPI ``ReplaceMessageText``, Bot API
    ``editMessageText``).

    Markup is sent only when given, as in OPI; the text is prepared for it as
    SendTextMessage prepares its own. A topic in ``ChatID*TopicID`` is dropped: a message id
    names its message in the whole chat. The message keeps its keyboard only if Telegram
    keeps it (ReplaceMessageKeyboard sets one). Telegram answers with the edited Message.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param message: Target message ID.
    :param text: Message text.
    :param parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for
        plain text. ``None`` for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_replace_message_text",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _int32(message, "message"),
        _text(text, "text"),
        _text(parsemode, "parsemode"),
    )


def replace_message_caption(
    token: str,
    chat: str | int,
    message: int,
    caption: str,
    parsemode: str | None = None,
) -> Result:
    """Replaces the caption of a message with media (OPI ``ReplaceMessageCaption``, Bot API
    ``editMessageCaption``).

    Markup is sent only when given, as in OPI; the caption is prepared for it as
    SendTextMessage prepares a text. The aliases are OPI's: ``-p`` is ``--caption`` and
    ``-r`` is ``--parsemode`` here. A topic in ``ChatID*TopicID`` is dropped: a message id
    names its message in the whole chat. Telegram answers with the edited Message.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param message: Target message ID.
    :param caption: New caption.
    :param parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for
        plain text. ``None`` for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_replace_message_caption",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _int32(message, "message"),
        _text(caption, "caption"),
        _text(parsemode, "parsemode"),
    )


def form_keyboard_from_button_array(
    buttons: str | Sequence[str],
    under: bool = False,
    column: bool = True,
) -> Result:
    """Makes a keyboard from an array of button captions, for the Keyboard parameter (OPI
    ``FormKeyboardFromButtonArray``, Bot API none, made here for reply_markup).

    Sends nothing. ``result`` is the keyboard as standard JSON: with UnderMessage, an
    InlineKeyboardMarkup whose buttons send their caption as ``callback_data``
    (``{"inline_keyboard":[[{"text":"A","callback_data":"A"}]]}``); without, a
    ReplyKeyboardMarkup (``{"keyboard":[[{"text":"A"}]],"resize_keyboard":true}``). OneByOne
    puts each button on a row of its own, else all on one row. Pass the whole result to a
    sending function's Keyboard: a result saying ``"ok":true`` stands for its ``result``.
    Unlike OPI, the JSON is double-quoted (OPI's single quotes are not JSON), the inline
    form has no ``rows`` key and reply buttons no ``callback_data`` (neither is a Bot API
    field), and an inline caption over 64 bytes, which Telegram would refuse as
    ``callback_data``, is refused here.

    :param buttons: Array of button captions: a JSON array such as ``["Red","Blue"]``,
        or ``['Red','Blue']``. Also a ``list`` of ``str``, sent as JSON.
    :param under: Keyboard under the message (true) or at the bottom (false, if not
        given).
    :param column: One button per row (true, if not given) or all in one row (false).
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_form_keyboard_from_button_array",
        _text(_json(buttons, "buttons"), "buttons"),
        _bool(under, "under"),
        _bool(column, "column"),
    )


def ban(
    token: str,
    chat: str | int,
    user: int,
) -> Result:
    """Bans a user from the chat: removed, and kept out until unbanned (OPI ``Ban``, Bot API
    ``banChatMember``).

    Sends ``chat_id`` and ``user_id`` only, so the ban is for ever and the user's messages
    stay (no ``until_date``, no ``revoke_messages``), as with OPI; OPI's meaningless
    ``parse_mode`` is not sent. A ban is for the whole chat: the topic of ``ChatID*TopicID``
    is dropped (OPI sent the text as it was, which Telegram refused). Telegram answers
    ``true``.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param user: Target user ID.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_ban",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _int64(user, "user"),
    )


def unban(
    token: str,
    chat: str | int,
    user: int,
) -> Result:
    """Lifts a user's ban, so that they may join the chat again (OPI ``Unban``, Bot API
    ``unbanChatMember``).

    Sends ``only_if_banned: true``, which OPI never did: without it Telegram removes a user
    who is a member and not banned, so OPI's Unban could throw a member out; here it only
    ever lifts a ban. The user is not added back; they may join again by a link. The topic
    of ``ChatID*TopicID`` is dropped, as for Ban. Telegram answers ``true``.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param user: Target user ID.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_unban",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _int64(user, "user"),
    )


def create_invitation_link(
    token: str,
    chat: str | int,
    title: str | None = None,
    expire: Expiration = None,
    limit: int = 0,
) -> Result:
    """Creates a link for joining a closed chat (OPI ``CreateInvitationLink``, Bot API
    ``createChatInviteLink``).

    Title holds at most 32 characters; ExpirationDate not given makes a permanent link;
    UserLimit 0 means no limit, else 1..=99999. Telegram answers with the new
    ChatInviteLink.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param title: Invitation title. ``None`` for none.
    :param expire: Link expiration date (permanent if not specified): Unix seconds, ISO
        8601 (``2025-05-02T15:46:10``, local time unless it has an offset or ``Z``),
        ``2025-05-02``, or 1C's ``02.05.2025 15:46:10``. Also Unix seconds as an ``int``, or
        a ``date`` or ``datetime`` (a naive one is local time). ``None`` for none.
    :param limit: User limit (infinite if not specified). 0 for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_create_invitation_link",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(title, "title"),
        _text(_expiration(expire), "expire"),
        _int32(limit, "limit"),
    )


def edit_invitation_link(
    token: str,
    chat: str | int,
    link: str,
    title: str | None = None,
    expire: Expiration = None,
    limit: int = 0,
) -> Result:
    """Changes an invitation link; Telegram resets every field not given (OPI
    ``EditInvitationLink``, Bot API ``editChatInviteLink``).

    Telegram resets every field that is not given: no Title removes the name, no
    ExpirationDate makes the link permanent, UserLimit 0 lifts the limit.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param link: Invitation link (https://t.me/+...).
    :param title: Invitation title. ``None`` for none.
    :param expire: Link expiration date (permanent if not specified): Unix seconds, ISO
        8601 (``2025-05-02T15:46:10``, local time unless it has an offset or ``Z``),
        ``2025-05-02``, or 1C's ``02.05.2025 15:46:10``. Also Unix seconds as an ``int``, or
        a ``date`` or ``datetime`` (a naive one is local time). ``None`` for none.
    :param limit: User limit (infinite if not specified). 0 for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_edit_invitation_link",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(link, "link"),
        _text(title, "title"),
        _text(_expiration(expire), "expire"),
        _int32(limit, "limit"),
    )


def revoke_invitation_link(
    token: str,
    chat: str | int,
    link: str,
) -> Result:
    """Revokes an invitation link so that nobody can join by it (OPI
    ``RevokeInvitationLink``, Bot API ``revokeChatInviteLink``).

    Telegram answers with the revoked ChatInviteLink.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param link: Invitation link (https://t.me/+...).
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_revoke_invitation_link",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(link, "link"),
    )


def export_primary_invitation_link(
    token: str,
    chat: str | int,
) -> Result:
    """Creates a new primary invitation link; the previous one stops working (OPI
    ``ExportPrimaryInvitationLink``, Bot API ``exportChatInviteLink``).

    Telegram answers with the new link as a string in ``result``.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_export_primary_invitation_link",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
    )


def create_join_request_link(
    token: str,
    chat: str | int,
    title: str | None = None,
    expire: Expiration = None,
) -> Result:
    """Creates a link whose members join after an administrator approves them (OPI
    ``CreateJoinRequestLink``, Bot API ``createChatInviteLink``).

    Such a link has no user limit: each member joins once an administrator approves the
    request.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param title: Invitation title. ``None`` for none.
    :param expire: Link expiration date (permanent if not specified): Unix seconds, ISO
        8601 (``2025-05-02T15:46:10``, local time unless it has an offset or ``Z``),
        ``2025-05-02``, or 1C's ``02.05.2025 15:46:10``. Also Unix seconds as an ``int``, or
        a ``date`` or ``datetime`` (a naive one is local time). ``None`` for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_create_join_request_link",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(title, "title"),
        _text(_expiration(expire), "expire"),
    )


def create_subscription_link(
    token: str,
    chat: str | int,
    price: int,
    title: str | None = None,
) -> Result:
    """Creates a paid subscription link for a channel (30 days, in Telegram Stars) (OPI
    ``CreateSubscriptionLink``, Bot API ``createChatSubscriptionInviteLink``).

    Price is in Telegram Stars (1..=10000) for each 30 days, the one period Telegram
    accepts.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param price: Price per 30 days in Telegram Stars (1..=10000).
    :param title: Invitation title. ``None`` for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_create_subscription_link",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(title, "title"),
        _int32(price, "price"),
    )


def edit_subscription_link(
    token: str,
    chat: str | int,
    link: str,
    title: str | None = None,
) -> Result:
    """Renames a subscription link (OPI ``EditSubscriptionLink``, Bot API
    ``editChatSubscriptionInviteLink``).

    Its name is all that can change; no Title removes it.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param link: Invitation link (https://t.me/+...).
    :param title: Invitation title. ``None`` for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_edit_subscription_link",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _text(link, "link"),
        _text(title, "title"),
    )


def approve_join_request(
    token: str,
    chat: str | int,
    user: int,
) -> Result:
    """Approves a user's request to join the chat (OPI ``ApproveJoinRequest``, Bot API
    ``approveChatJoinRequest``).

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param user: Target user ID.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_approve_join_request",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _int64(user, "user"),
    )


def decline_join_request(
    token: str,
    chat: str | int,
    user: int,
) -> Result:
    """Declines a user's request to join the chat (OPI ``DeclineJoinRequest``, Bot API
    ``declineChatJoinRequest``).

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param user: Target user ID.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_decline_join_request",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _int64(user, "user"),
    )


def pin_message(
    token: str,
    chat: str | int,
    message: int,
) -> Result:
    """Pins a message in the chat (OPI ``PinMessage``, Bot API ``pinChatMessage``).

    Members are notified, as with OPI (``disable_notification`` is not sent); OPI's
    meaningless ``parse_mode`` is not sent. A message id names its message in the whole
    chat, so the topic of ``ChatID*TopicID`` is dropped. Telegram answers ``true``.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param message: Target message ID.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_pin_message",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _int32(message, "message"),
    )


def unpin_message(
    token: str,
    chat: str | int,
    message: int,
) -> Result:
    """Unpins a message in the chat (OPI ``UnpinMessage``, Bot API ``unpinChatMessage``).

    MessageID is required, as in OPI (Telegram would otherwise unpin the latest pinned
    message). The topic of ``ChatID*TopicID`` is dropped. Telegram answers ``true``.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :param message: Target message ID.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_unpin_message",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
        _int32(message, "message"),
    )


def get_participant_count(
    token: str,
    chat: str | int,
) -> Result:
    """Gets the number of members of the chat (OPI ``GetParticipantCount``, Bot API
    ``getChatMemberCount``).

    Telegram answers with the number in ``result``. OPI's meaningless ``parse_mode`` is not
    sent; the topic of ``ChatID*TopicID`` is dropped.

    :param token: Bot token.
    :param chat: Target chat ID or ChatID*TopicID: an integer id such as
        ``-1001234567890``, or ``@username``. As an ``int`` or a ``str``.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_get_participant_count",
        _text(token, "token"),
        _text(_chat(chat), "chat"),
    )


def get_avatar_icon_list(
    token: str,
) -> Result:
    """Gets the custom emoji a forum topic may take as its icon (OPI ``GetAvatarIconList``,
    Bot API ``getForumTopicIconStickers``).

    Returns OPI's map rather than Telegram's stickers: ``result`` is an object from each
    sticker's ``custom_emoji_id`` to its ``emoji``, in Telegram's order, such as
    ``{"ok":true,"result":{"5357419403325481346":"🎓"}}``; an id is what
    CreateForumTopic's IconID takes. As OPI does, a ``result`` that is empty or not a list
    comes back as Telegram sent it; a refusal is Telegram's document as received.

    :param token: Bot token.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_get_avatar_icon_list",
        _text(token, "token"),
    )


def create_forum_topic(
    token: str,
    forum: str | int,
    title: str,
    icon: str | None = None,
) -> Result:
    """Creates a topic in a forum supergroup (OPI ``CreateForumTopic``, Bot API
    ``createForumTopic``).

    No ``icon_color`` is sent, as with OPI: Telegram picks one. ``ChatID*TopicID`` is
    refused in the forum functions, which take a topic as TopicID. Telegram answers with the
    ForumTopic; its ``message_thread_id`` is the TopicID of the other forum functions.

    :param token: Bot token.
    :param forum: Forum chat ID: an integer id such as ``-1001234567890``, or
        ``@username``. As an ``int`` or a ``str``.
    :param title: Topic title.
    :param icon: Custom emoji ID of the icon (see Telegram's getForumTopicIconStickers).
        ``None`` for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_create_forum_topic",
        _text(token, "token"),
        _text(_chat(forum), "forum"),
        _text(title, "title"),
        _text(icon, "icon"),
    )


def edit_forum_topic(
    token: str,
    forum: str | int,
    topic: int,
    title: str | None = None,
    icon: str | None = None,
) -> Result:
    """Renames a forum topic or changes its icon (OPI ``EditForumTopic``, Bot API
    ``editForumTopic``).

    TopicID is required: OPI called createForumTopic when it was empty, making a new topic
    instead; here an absent topic is refused. Title and IconID left out are kept. Telegram
    answers ``true``.

    :param token: Bot token.
    :param forum: Forum chat ID: an integer id such as ``-1001234567890``, or
        ``@username``. As an ``int`` or a ``str``.
    :param topic: Topic ID.
    :param title: New title (kept if not given). ``None`` for none.
    :param icon: Custom emoji ID of the icon (see Telegram's getForumTopicIconStickers).
        ``None`` for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_edit_forum_topic",
        _text(token, "token"),
        _text(_chat(forum), "forum"),
        _int32(topic, "topic"),
        _text(title, "title"),
        _text(icon, "icon"),
    )


def close_forum_topic(
    token: str,
    forum: str | int,
    topic: int = 0,
) -> Result:
    """Closes a forum topic to new messages (OPI ``CloseForumTopic``, Bot API
    ``closeForumTopic``).

    Without TopicID (or with 0) the main topic is closed, by closeGeneralForumTopic, as with
    OPI. Telegram answers ``true``.

    :param token: Bot token.
    :param forum: Forum chat ID: an integer id such as ``-1001234567890``, or
        ``@username``. As an ``int`` or a ``str``.
    :param topic: Topic ID (the main topic if not given). 0 for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_close_forum_topic",
        _text(token, "token"),
        _text(_chat(forum), "forum"),
        _int32(topic, "topic"),
    )


def open_forum_topic(
    token: str,
    forum: str | int,
    topic: int = 0,
) -> Result:
    """Reopens a closed forum topic (OPI ``OpenForumTopic``, Bot API ``reopenForumTopic``).

    Without TopicID (or with 0) the main topic is reopened, by reopenGeneralForumTopic, as
    with OPI. Telegram answers ``true``.

    :param token: Bot token.
    :param forum: Forum chat ID: an integer id such as ``-1001234567890``, or
        ``@username``. As an ``int`` or a ``str``.
    :param topic: Topic ID (the main topic if not given). 0 for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_open_forum_topic",
        _text(token, "token"),
        _text(_chat(forum), "forum"),
        _int32(topic, "topic"),
    )


def delete_forum_topic(
    token: str,
    forum: str | int,
    topic: int,
) -> Result:
    """Deletes a forum topic with all its messages (OPI ``DeleteForumTopic``, Bot API
    ``deleteForumTopic``).

    TopicID is required: the main topic cannot be deleted. Telegram answers ``true``.

    :param token: Bot token.
    :param forum: Forum chat ID: an integer id such as ``-1001234567890``, or
        ``@username``. As an ``int`` or a ``str``.
    :param topic: Topic ID.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_delete_forum_topic",
        _text(token, "token"),
        _text(_chat(forum), "forum"),
        _int32(topic, "topic"),
    )


def hide_main_forum_topic(
    token: str,
    forum: str | int,
) -> Result:
    """Hides the forum's main (General) topic (OPI ``HideMainForumTopic``, Bot API
    ``hideGeneralForumTopic``).

    Telegram also closes the topic if it was open. Telegram answers ``true``.

    :param token: Bot token.
    :param forum: Forum chat ID: an integer id such as ``-1001234567890``, or
        ``@username``. As an ``int`` or a ``str``.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_hide_main_forum_topic",
        _text(token, "token"),
        _text(_chat(forum), "forum"),
    )


def show_main_forum_topic(
    token: str,
    forum: str | int,
) -> Result:
    """Shows the forum's main (General) topic again (OPI ``ShowMainForumTopic``, Bot API
    ``unhideGeneralForumTopic``).

    Telegram answers ``true``.

    :param token: Bot token.
    :param forum: Forum chat ID: an integer id such as ``-1001234567890``, or
        ``@username``. As an ``int`` or a ``str``.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_show_main_forum_topic",
        _text(token, "token"),
        _text(_chat(forum), "forum"),
    )


def edit_main_forum_topic_name(
    token: str,
    forum: str | int,
    title: str,
) -> Result:
    """Renames the forum's main (General) topic (OPI ``EditMainForumTopicName``, Bot API
    ``editGeneralForumTopic``).

    Telegram answers ``true``.

    :param token: Bot token.
    :param forum: Forum chat ID: an integer id such as ``-1001234567890``, or
        ``@username``. As an ``int`` or a ``str``.
    :param title: Topic title.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_edit_main_forum_topic_name",
        _text(token, "token"),
        _text(_chat(forum), "forum"),
        _text(title, "title"),
    )


def clear_topic_pinned_messages_list(
    token: str,
    forum: str | int,
    topic: int = 0,
) -> Result:
    """Unpins every message pinned in a forum topic (OPI ``ClearTopicPinnedMessagesList``,
    Bot API ``unpinAllForumTopicMessages``).

    Without TopicID (or with 0) the main topic's are unpinned, by
    unpinAllGeneralForumTopicMessages, as with OPI. The topic is sent as a number, where OPI
    sent text. Telegram answers ``true``.

    :param token: Bot token.
    :param forum: Forum chat ID: an integer id such as ``-1001234567890``, or
        ``@username``. As an ``int`` or a ``str``.
    :param topic: Topic ID (the main topic if not given). 0 for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_clear_topic_pinned_messages_list",
        _text(token, "token"),
        _text(_chat(forum), "forum"),
        _int32(topic, "topic"),
    )


def call(
    token: str,
    method: str,
    params: str | None = None,
) -> Result:
    """Calls any Bot API method with a JSON object of parameters (OPI ``Call``, Bot API any,
    named by the Method parameter).

    For the many Bot API methods without a function of their own: Method is its name
    (letters only, such as getChat), Parameters a JSON object sent as the body (none for
    ``{}``). The same result envelope, checks and token protection as every other call.

    :param token: Bot token.
    :param method: Bot API method name, such as getChat.
    :param params: Method parameters as a JSON object. ``None`` for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_call",
        _text(token, "token"),
        _text(method, "method"),
        _text(params, "params"),
    )


def call_with_files(
    token: str,
    method: str,
    files: str | Mapping[str, Any],
    params: str | None = None,
) -> Result:
    """Calls any Bot API method with files, as multipart/form-data (OPI ``CallWithFiles``,
    Bot API any, named by the Method parameter).

    Call for methods that take files (sendVoice, sendSticker, setChatPhoto, ...):
    Parameters' fields go as text fields; Files is a JSON object of form field to a path,
    URL or file_id, each checked as any file is. A field in both is refused: it would go
    twice, and which value Telegram read would be a guess.

    :param token: Bot token.
    :param method: Bot API method name, such as getChat.
    :param files: Files by form field: {'voice': 'a path, URL or file_id'}: JSON text,
        OPI's single-quoted JSON (``{'inline_keyboard':[[...]]}``), or the path of a .json
        file. Also a ``dict``, sent as JSON.
    :param params: Method parameters as a JSON object. ``None`` for none.
    :returns: Telegram's answer, ``{"ok": True, "result": ...}``.
    :raises TelegramError: the Bot API refused the request.
    :raises LibraryError: a bad argument, or no answer from the Bot API.
    """
    return _loaded().call(
        "opi_telegram_call_with_files",
        _text(token, "token"),
        _text(method, "method"),
        _text(params, "params"),
        _text(_json(files, "files"), "files"),
    )
