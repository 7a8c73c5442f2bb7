// Generated from the method table by tests/codegen; do not edit.
// `cargo test --test codegen` writes it anew after the table changes.

// Code generated from the method table. DO NOT EDIT.

package opi

// #include <opi.h>
import "C"

import "unsafe"

// The kinds of libopi's own errors, as LibraryError.Kind holds them.
const (
	// A parameter was missing, malformed or out of range (opi_error.parameter names it);
	// nothing was sent.
	KindInvalidArgument = "invalid_argument"

	// The server could not be reached, or the connection failed: DNS, refused, reset,
	// proxy.
	KindConnection = "connection"

	// The TLS handshake failed or the server's certificate was not trusted.
	KindTLS = "tls"

	// The call did not finish within timeout_ms.
	KindTimeout = "timeout"

	// The server answered with something that is not a Bot API JSON document
	// (opi_error.http_status holds its status).
	KindBadResponse = "bad_response"

	// A local file could not be written (DownloadFile's path): opi_error.description says
	// which and why; nothing is left at the path.
	KindFile = "file"

	// A fault inside the library itself.
	KindInternal = "internal"
)

// GetBotInformation gets the bot's own account: its id, name, username and what it may
// do (Bot API getMe).
//
// A cheap way to check that a token works. Telegram answers with a User.
//
//   - token: Bot token.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func GetBotInformation(token string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_get_bot_information(args[0])
	}, arg{"token", token})
}

// GetUpdates gets the bot's new updates, waiting up to Timeout seconds for one to
// arrive (Bot API getUpdates).
//
// Telegram answers with a list of Update objects, empty when none came within Timeout.
// The call's time limit is timeout_ms plus Timeout, so a 50-second poll is not cut
// short by the 30-second default, and one the server never answers still ends. Offset 0
// and Timeout 0 are not sent, as with OPI; limit and allowed_updates are not sent
// either. Refused by Telegram while a webhook is set.
//
//   - token: Bot token.
//   - timeout: Seconds to wait for new updates (long polling); 0 answers at once; 0 for
//     none.
//   - offset: Identifier of the first update to return; negative counts from the last;
//     0 for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func GetUpdates(token string, timeout int32, offset int64) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_get_updates(args[0], C.int32_t(timeout), C.int64_t(offset))
	}, arg{"token", token})
}

// SetWebhook sets the address Telegram sends the bot's updates to (Bot API setWebhook).
//
// Sends only url, as OPI does (no certificate, secret token or update filter). Telegram
// wants HTTPS on port 443, 80, 88 or 8443; an http:// address is passed on for a local
// Bot API server, which may accept it. Telegram answers true.
//
//   - token: Bot token.
//   - url: Request handling address from Telegram (with https:).
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func SetWebhook(token, url string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_set_webhook(args[0], args[1])
	}, arg{"token", token}, arg{"url", url})
}

// DeleteWebhook removes the webhook, so that updates can be fetched with getUpdates
// again (Bot API deleteWebhook).
//
// Sends no fields, as OPI does: pending updates are kept (drop_pending_updates is not
// sent). Telegram answers true, also when no webhook was set.
//
//   - token: Bot token.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func DeleteWebhook(token string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_delete_webhook(args[0])
	}, arg{"token", token})
}

// DownloadFile downloads a file the bot received, by its file_id (Bot API getFile).
//
// Calls getFile, then fetches {api_url}/file/bot<token>/<file_path> (the token is
// redacted from every error, as everywhere). The file goes to a path or comes back as
// bytes: C path (written beside it and renamed once whole, so a failed download leaves
// nothing there; memory stays bounded whatever the size) or bytes (an opi_bytes the
// caller frees with opi_bytes_free); oint writes it to --out FILE and prints the
// result; 1C gets BinaryData, as from OPI. The result is getFile's document with
// result.download: {"bytes":N,"path":...}. Telegram's servers hand bots files up to 20
// MB, a local Bot API server up to 2000 MB: a larger file_size is refused before
// anything is downloaded. Unlike OPI, a file whose bytes are JSON comes back as bytes,
// getFile is not retried, and no ?file_id= is added to the file's URL.
//
//   - token: Bot token.
//   - fileid: ID of the file to download.
//
// It returns the file's bytes, held in memory, or an error as the package
// documentation describes.
func DownloadFile(token, fileid string) ([]byte, error) {
	var received C.opi_bytes
	defer C.opi_bytes_free(&received)
	if _, err := call(func(args []*C.char) *C.char {
		return C.opi_telegram_download_file(args[0], args[1], nil, &received)
	}, arg{"token", token}, arg{"fileid", fileid}); err != nil {
		return nil, err
	}
	return C.GoBytes(unsafe.Pointer(received.data), C.int(received.len)), nil
}

// ProcessTMAData checks a Telegram Mini App's initData against the bot token and
// returns its fields (Bot API none, nothing is sent).
//
// Sends nothing. result holds every field of the data but hash, keys and values
// URL-decoded and kept as text (user stays JSON text), and passed: whether hash is the
// hex HMAC-SHA256 Telegram documents (the key is HMAC-SHA256 of the token under
// "WebAppData"; the message every other field as key=value, sorted, joined by line
// feeds), compared in constant time. auth_date is not checked for age: compare it with
// the time yourself. Unlike OPI, cookie is kept, and a value holding = (such as
// signature) is kept whole: Telegram signs every field, so dropping one would fail data
// that carries it. OPI offers it to 1C only; oint offers it too, with the token from
// OPI_TELEGRAM_TOKEN, for scripts that check initData.
//
//   - data: The Mini App's initData query string.
//   - token: Bot token.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func ProcessTMAData(data, token string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_process_tma_data(args[0], args[1])
	}, arg{"data", data}, arg{"token", token})
}

// SendTextMessage sends a text message to a chat or channel (Bot API sendMessage).
//
// Markup is Markdown when not given, as in OPI; none sends the text with no parse_mode.
// The text is prepared as OPI prepares it, without its faults: percent-escapes of
// non-ASCII text are decoded (%F0%9F%94%A5 is 🔥) while "100%" stays as written;
// MarkdownV2 gets the escapes of - + # = { } . that OPI adds; HTML gets &amp; for a
// bare &. Keyboard is a JSON object, OPI's single-quoted JSON, or the path of a .json
// file, sent as reply_markup. RepliedID is sent as reply_parameters, which replaced
// reply_to_message_id in the Bot API. The topic of ChatID*TopicID is sent as
// message_thread_id. Telegram answers with the Message.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - text: Message text.
//   - keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
//     single-quoted JSON ({'inline_keyboard':[[...]]}), or the path of a .json file;
//     nil or "" for none. A string is sent as written (JSON, single-quoted JSON or a
//     file path); any other value is encoded with encoding/json.
//   - parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for plain
//     text; "" for OPI's default, Markdown.
//   - reply: ID of the message to reply to (none if not given); 0 for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func SendTextMessage(token, chat, text string, keyboard any, parsemode string, reply int32) (map[string]any, error) {
	keyboardJSON, err := jsonText("keyboard", keyboard)
	if err != nil {
		return nil, err
	}
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_send_text_message(args[0], args[1], args[2], args[3], args[4], C.int32_t(reply))
	}, arg{"token", token}, arg{"chat", chat}, arg{"text", text}, arg{"keyboard", keyboardJSON}, arg{"parsemode", parsemode})
}

// SendImage sends an image to a chat or channel (Bot API sendPhoto).
//
// A file as SendDocument takes one; it goes up under a path's own name, else photo, as
// OPI names it. Markup's alias is -r here: -p is --picture. Telegram answers with the
// Message, its photo in several sizes.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - text: Caption.
//   - picture: Image: a local path (streamed from disk), the file's bytes, an http(s)
//     URL or a Telegram file_id (Telegram fetches those two itself).
//   - keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
//     single-quoted JSON ({'inline_keyboard':[[...]]}), or the path of a .json file;
//     nil or "" for none. A string is sent as written (JSON, single-quoted JSON or a
//     file path); any other value is encoded with encoding/json.
//   - parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for plain
//     text; "" for OPI's default, Markdown.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func SendImage(token, chat, text string, picture File, keyboard any, parsemode string) (map[string]any, error) {
	keyboardJSON, err := jsonText("keyboard", keyboard)
	if err != nil {
		return nil, err
	}
	return callWithFiles(func(args []*C.char, files []*C.opi_file) *C.char {
		return C.opi_telegram_send_image(args[0], args[1], args[2], files[0], args[3], args[4])
	}, []arg{arg{"token", token}, arg{"chat", chat}, arg{"text", text}, arg{"keyboard", keyboardJSON}, arg{"parsemode", parsemode}}, fileArg{"picture", picture})
}

// SendVideo sends a video to a chat or channel (Bot API sendVideo).
//
// A file as SendDocument takes one; it goes up under a path's own name, else video, as
// OPI names it. Telegram answers with the Message.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - text: Caption.
//   - video: Video: a local path (streamed from disk), the file's bytes, an http(s) URL
//     or a Telegram file_id (Telegram fetches those two itself).
//   - keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
//     single-quoted JSON ({'inline_keyboard':[[...]]}), or the path of a .json file;
//     nil or "" for none. A string is sent as written (JSON, single-quoted JSON or a
//     file path); any other value is encoded with encoding/json.
//   - parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for plain
//     text; "" for OPI's default, Markdown.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func SendVideo(token, chat, text string, video File, keyboard any, parsemode string) (map[string]any, error) {
	keyboardJSON, err := jsonText("keyboard", keyboard)
	if err != nil {
		return nil, err
	}
	return callWithFiles(func(args []*C.char, files []*C.opi_file) *C.char {
		return C.opi_telegram_send_video(args[0], args[1], args[2], files[0], args[3], args[4])
	}, []arg{arg{"token", token}, arg{"chat", chat}, arg{"text", text}, arg{"keyboard", keyboardJSON}, arg{"parsemode", parsemode}}, fileArg{"video", video})
}

// SendAudio sends an audio file to a chat or channel (Bot API sendAudio).
//
// A file as SendDocument takes one; it goes up under a path's own name, else audio, as
// OPI names it. Telegram answers with the Message.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - text: Caption.
//   - audio: Audio: a local path (streamed from disk), the file's bytes, an http(s) URL
//     or a Telegram file_id (Telegram fetches those two itself).
//   - keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
//     single-quoted JSON ({'inline_keyboard':[[...]]}), or the path of a .json file;
//     nil or "" for none. A string is sent as written (JSON, single-quoted JSON or a
//     file path); any other value is encoded with encoding/json.
//   - parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for plain
//     text; "" for OPI's default, Markdown.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func SendAudio(token, chat, text string, audio File, keyboard any, parsemode string) (map[string]any, error) {
	keyboardJSON, err := jsonText("keyboard", keyboard)
	if err != nil {
		return nil, err
	}
	return callWithFiles(func(args []*C.char, files []*C.opi_file) *C.char {
		return C.opi_telegram_send_audio(args[0], args[1], args[2], files[0], args[3], args[4])
	}, []arg{arg{"token", token}, arg{"chat", chat}, arg{"text", text}, arg{"keyboard", keyboardJSON}, arg{"parsemode", parsemode}}, fileArg{"audio", audio})
}

// SendDocument sends a document to a chat or channel (Bot API sendDocument).
//
// Document is a local path (streamed from disk), the file's bytes, or an http(s) URL or
// file_id, which Telegram fetches itself (OPI downloads URLs: docs/porting.md). It goes
// up under FileName, else the path's own name, else document. Empty files and files
// over the Bot API's limit are refused unsent. Telegram answers with the Message.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - text: Caption.
//   - doc: Document: a local path (streamed from disk), the file's bytes, an http(s)
//     URL or a Telegram file_id (Telegram fetches those two itself).
//   - keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
//     single-quoted JSON ({'inline_keyboard':[[...]]}), or the path of a .json file;
//     nil or "" for none. A string is sent as written (JSON, single-quoted JSON or a
//     file path); any other value is encoded with encoding/json.
//   - parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for plain
//     text; "" for OPI's default, Markdown.
//   - filename: File name with extension, as the chat shows it; "" for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func SendDocument(token, chat, text string, doc File, keyboard any, parsemode, filename string) (map[string]any, error) {
	keyboardJSON, err := jsonText("keyboard", keyboard)
	if err != nil {
		return nil, err
	}
	return callWithFiles(func(args []*C.char, files []*C.opi_file) *C.char {
		return C.opi_telegram_send_document(args[0], args[1], args[2], files[0], args[3], args[4], args[5])
	}, []arg{arg{"token", token}, arg{"chat", chat}, arg{"text", text}, arg{"keyboard", keyboardJSON}, arg{"parsemode", parsemode}, arg{"filename", filename}}, fileArg{"doc", doc})
}

// SendGif sends a GIF to a chat or channel (Bot API sendAnimation).
//
// A file as SendDocument takes one; it goes up under a path's own name, else
// animation.gif, as OPI names it. Telegram answers with the Message, carrying the
// animation (and a document, for older clients).
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - text: Caption.
//   - gif: GIF: a local path (streamed from disk), the file's bytes, an http(s) URL or
//     a Telegram file_id (Telegram fetches those two itself).
//   - keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
//     single-quoted JSON ({'inline_keyboard':[[...]]}), or the path of a .json file;
//     nil or "" for none. A string is sent as written (JSON, single-quoted JSON or a
//     file path); any other value is encoded with encoding/json.
//   - parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for plain
//     text; "" for OPI's default, Markdown.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func SendGif(token, chat, text string, gif File, keyboard any, parsemode string) (map[string]any, error) {
	keyboardJSON, err := jsonText("keyboard", keyboard)
	if err != nil {
		return nil, err
	}
	return callWithFiles(func(args []*C.char, files []*C.opi_file) *C.char {
		return C.opi_telegram_send_gif(args[0], args[1], args[2], files[0], args[3], args[4])
	}, []arg{arg{"token", token}, arg{"chat", chat}, arg{"text", text}, arg{"keyboard", keyboardJSON}, arg{"parsemode", parsemode}}, fileArg{"gif", gif})
}

// SendMediaGroup sends a group of files (an album) to a chat or channel (Bot API
// sendMediaGroup).
//
// FileMapping: a JSON object (or OPI's single-quoted JSON, or a .json file) of 2 to 10
// files, each a path, URL or file_id, to its kind (photo, video, audio, document). Each
// path goes up as a part, attach://file0, ...; bytes must be written to a file first.
// Text captions the first item. Keyboard is refused: sendMediaGroup takes none.
// Telegram answers with an array of Messages.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - text: Caption.
//   - media: Files and their kinds: {'path, URL or file_id': 'photo'}: JSON text, OPI's
//     single-quoted JSON ({'inline_keyboard':[[...]]}), or the path of a .json file. A
//     string is sent as written (JSON, single-quoted JSON or a file path); any other
//     value is encoded with encoding/json.
//   - keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
//     single-quoted JSON ({'inline_keyboard':[[...]]}), or the path of a .json file;
//     nil or "" for none. A string is sent as written (JSON, single-quoted JSON or a
//     file path); any other value is encoded with encoding/json.
//   - parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for plain
//     text; "" for OPI's default, Markdown.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func SendMediaGroup(token, chat, text string, media, keyboard any, parsemode string) (map[string]any, error) {
	mediaJSON, err := jsonText("media", media)
	if err != nil {
		return nil, err
	}
	keyboardJSON, err := jsonText("keyboard", keyboard)
	if err != nil {
		return nil, err
	}
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_send_media_group(args[0], args[1], args[2], args[3], args[4], args[5])
	}, arg{"token", token}, arg{"chat", chat}, arg{"text", text}, arg{"media", mediaJSON}, arg{"keyboard", keyboardJSON}, arg{"parsemode", parsemode})
}

// SendLocation sends a location by geographic coordinates (Bot API sendLocation).
//
// Latitude and Longitude are sent as JSON numbers; a value that is not finite or out of
// range is refused before sending. No parse_mode is sent (OPI sends a meaningless one).
// The topic of ChatID*TopicID is sent as message_thread_id. Telegram answers with the
// Message.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - lat: Geographic latitude (-90 to 90).
//   - long: Geographic longitude (-180 to 180).
//   - keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
//     single-quoted JSON ({'inline_keyboard':[[...]]}), or the path of a .json file;
//     nil or "" for none. A string is sent as written (JSON, single-quoted JSON or a
//     file path); any other value is encoded with encoding/json.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func SendLocation(token, chat string, lat, long float64, keyboard any) (map[string]any, error) {
	keyboardJSON, err := jsonText("keyboard", keyboard)
	if err != nil {
		return nil, err
	}
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_send_location(args[0], args[1], C.double(lat), C.double(long), args[2])
	}, arg{"token", token}, arg{"chat", chat}, arg{"keyboard", keyboardJSON})
}

// SendContact sends a contact with a name and a phone number (Bot API sendContact).
//
// LastName may be left out or empty: OPI sends none then, and neither does libopi. No
// parse_mode is sent (OPI sends a meaningless one). The topic of ChatID*TopicID is sent
// as message_thread_id. Telegram answers with the Message.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - name: Contact name.
//   - phone: Contact phone number.
//   - surname: Contact last name (none if not given); "" for none.
//   - keyboard: Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
//     single-quoted JSON ({'inline_keyboard':[[...]]}), or the path of a .json file;
//     nil or "" for none. A string is sent as written (JSON, single-quoted JSON or a
//     file path); any other value is encoded with encoding/json.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func SendContact(token, chat, name, phone, surname string, keyboard any) (map[string]any, error) {
	keyboardJSON, err := jsonText("keyboard", keyboard)
	if err != nil {
		return nil, err
	}
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_send_contact(args[0], args[1], args[2], args[3], args[4], args[5])
	}, arg{"token", token}, arg{"chat", chat}, arg{"name", name}, arg{"surname", surname}, arg{"phone", phone}, arg{"keyboard", keyboardJSON})
}

// SendPoll sends a poll with answer options (Bot API sendPoll).
//
// AnswersArray is a JSON array of strings, or OPI's ['Red','Yellow']; each is sent as
// {"text":...}, the InputPollOption the Bot API documents, and fewer than two are
// refused before sending. Anonymous is sent every time, as a JSON Boolean (OPI sends 1
// or 0); left out it is true, as in OPI. No parse_mode is sent. The topic of
// ChatID*TopicID is sent as message_thread_id. Telegram answers with the Message
// holding the poll.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - question: Poll question.
//   - options: Array of answer options: a JSON array such as ["Red","Blue"], or
//     ['Red','Blue']. A string is sent as written (JSON, single-quoted JSON or a file
//     path); any other value is encoded with encoding/json.
//   - anonymous: Anonymous poll (true if not given); OPI's default is true.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func SendPoll(token, chat, question string, options any, anonymous bool) (map[string]any, error) {
	optionsJSON, err := jsonText("options", options)
	if err != nil {
		return nil, err
	}
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_send_poll(args[0], args[1], args[2], args[3], C.bool(anonymous))
	}, arg{"token", token}, arg{"chat", chat}, arg{"question", question}, arg{"options", optionsJSON})
}

// ForwardMessage forwards a message from one chat to another, or within a chat (Bot API
// forwardMessage).
//
// The topic of ToID's ChatID*TopicID is sent as message_thread_id; FromID's is dropped,
// since a message id names its message in the whole chat. The alias of --to is -o: -t
// is always --token. Telegram answers with the new Message.
//
//   - token: Bot token.
//   - message: Original message ID.
//   - from: Chat ID of the original message: an integer id such as -1001234567890, or
//     @username.
//   - to: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func ForwardMessage(token string, message int32, from, to string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_forward_message(args[0], C.int32_t(message), args[1], args[2])
	}, arg{"token", token}, arg{"from", from}, arg{"to", to})
}

// DeleteMessage deletes a message from the chat (Bot API deleteMessage).
//
// Telegram lets a bot delete its own messages within 48 hours, and others' where it is
// an administrator with the right to. The topic of ChatID*TopicID is dropped: a message
// id names its message in the whole chat. Telegram answers true.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - message: Target message ID.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func DeleteMessage(token, chat string, message int32) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_delete_message(args[0], args[1], C.int32_t(message))
	}, arg{"token", token}, arg{"chat", chat})
}

// ReplaceMessageKeyboard replaces the keyboard of a message (Bot API
// editMessageReplyMarkup).
//
// Keyboard is a JSON object, OPI's single-quoted JSON, or the path of a .json file,
// sent as reply_markup; Telegram edits only inline keyboards. A topic in ChatID*TopicID
// is dropped: a message id names its message in the whole chat. Telegram answers with
// the edited Message.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - message: Target message ID.
//   - keyboard: New keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
//     single-quoted JSON ({'inline_keyboard':[[...]]}), or the path of a .json file. A
//     string is sent as written (JSON, single-quoted JSON or a file path); any other
//     value is encoded with encoding/json.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func ReplaceMessageKeyboard(token, chat string, message int32, keyboard any) (map[string]any, error) {
	keyboardJSON, err := jsonText("keyboard", keyboard)
	if err != nil {
		return nil, err
	}
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_replace_message_keyboard(args[0], args[1], C.int32_t(message), args[2])
	}, arg{"token", token}, arg{"chat", chat}, arg{"keyboard", keyboardJSON})
}

// ReplaceMessageText replaces the text of a message (Bot API editMessageText).
//
// Markup is sent only when given, as in OPI; the text is prepared for it as
// SendTextMessage prepares its own. A topic in ChatID*TopicID is dropped: a message id
// names its message in the whole chat. The message keeps its keyboard only if Telegram
// keeps it (ReplaceMessageKeyboard sets one). Telegram answers with the edited Message.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - message: Target message ID.
//   - text: Message text.
//   - parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for plain
//     text; "" for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func ReplaceMessageText(token, chat string, message int32, text, parsemode string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_replace_message_text(args[0], args[1], C.int32_t(message), args[2], args[3])
	}, arg{"token", token}, arg{"chat", chat}, arg{"text", text}, arg{"parsemode", parsemode})
}

// ReplaceMessageCaption replaces the caption of a message with media (Bot API
// editMessageCaption).
//
// Markup is sent only when given, as in OPI; the caption is prepared for it as
// SendTextMessage prepares a text. The aliases are OPI's: -p is --caption and -r is
// --parsemode here. A topic in ChatID*TopicID is dropped: a message id names its
// message in the whole chat. Telegram answers with the edited Message.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - message: Target message ID.
//   - caption: New caption.
//   - parsemode: Text processing type: Markdown, MarkdownV2, HTML, or none for plain
//     text; "" for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func ReplaceMessageCaption(token, chat string, message int32, caption, parsemode string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_replace_message_caption(args[0], args[1], C.int32_t(message), args[2], args[3])
	}, arg{"token", token}, arg{"chat", chat}, arg{"caption", caption}, arg{"parsemode", parsemode})
}

// FormKeyboardFromButtonArray makes a keyboard from an array of button captions, for
// the Keyboard parameter (Bot API none, made here for reply_markup).
//
// Sends nothing. result is the keyboard as standard JSON: with UnderMessage, an
// InlineKeyboardMarkup whose buttons send their caption as callback_data
// ({"inline_keyboard":[[{"text":"A","callback_data":"A"}]]}); without, a
// ReplyKeyboardMarkup ({"keyboard":[[{"text":"A"}]],"resize_keyboard":true}). OneByOne
// puts each button on a row of its own, else all on one row. Pass the whole result to a
// sending function's Keyboard: a result saying "ok":true stands for its result. Unlike
// OPI, the JSON is double-quoted (OPI's single quotes are not JSON), the inline form
// has no rows key and reply buttons no callback_data (neither is a Bot API field), and
// an inline caption over 64 bytes, which Telegram would refuse as callback_data, is
// refused here.
//
//   - buttons: Array of button captions: a JSON array such as ["Red","Blue"], or
//     ['Red','Blue']. A string is sent as written (JSON, single-quoted JSON or a file
//     path); any other value is encoded with encoding/json.
//   - under: Keyboard under the message (true) or at the bottom (false, if not given);
//     OPI's default is false.
//   - column: One button per row (true, if not given) or all in one row (false); OPI's
//     default is true.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func FormKeyboardFromButtonArray(buttons any, under, column bool) (map[string]any, error) {
	buttonsJSON, err := jsonText("buttons", buttons)
	if err != nil {
		return nil, err
	}
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_form_keyboard_from_button_array(args[0], C.bool(under), C.bool(column))
	}, arg{"buttons", buttonsJSON})
}

// Ban bans a user from the chat: removed, and kept out until unbanned (Bot API
// banChatMember).
//
// Sends chat_id and user_id only, so the ban is for ever and the user's messages stay
// (no until_date, no revoke_messages), as with OPI; OPI's meaningless parse_mode is not
// sent. A ban is for the whole chat: the topic of ChatID*TopicID is dropped (OPI sent
// the text as it was, which Telegram refused). Telegram answers true.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - user: Target user ID.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func Ban(token, chat string, user int64) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_ban(args[0], args[1], C.int64_t(user))
	}, arg{"token", token}, arg{"chat", chat})
}

// Unban lifts a user's ban, so that they may join the chat again (Bot API
// unbanChatMember).
//
// Sends only_if_banned: true, which OPI never did: without it Telegram removes a user
// who is a member and not banned, so OPI's Unban could throw a member out; here it only
// ever lifts a ban. The user is not added back; they may join again by a link. The
// topic of ChatID*TopicID is dropped, as for Ban. Telegram answers true.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - user: Target user ID.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func Unban(token, chat string, user int64) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_unban(args[0], args[1], C.int64_t(user))
	}, arg{"token", token}, arg{"chat", chat})
}

// CreateInvitationLink creates a link for joining a closed chat (Bot API
// createChatInviteLink).
//
// Title holds at most 32 characters; ExpirationDate not given makes a permanent link;
// UserLimit 0 means no limit, else 1..=99999. Telegram answers with the new
// ChatInviteLink.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - title: Invitation title; "" for none.
//   - expire: Link expiration date (permanent if not specified): Unix seconds, ISO 8601
//     (2025-05-02T15:46:10, local time unless it has an offset or Z), 2025-05-02, or
//     1C's 02.05.2025 15:46:10; "" for none.
//   - limit: User limit (infinite if not specified); 0 for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func CreateInvitationLink(token, chat, title, expire string, limit int32) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_create_invitation_link(args[0], args[1], args[2], args[3], C.int32_t(limit))
	}, arg{"token", token}, arg{"chat", chat}, arg{"title", title}, arg{"expire", expire})
}

// EditInvitationLink changes an invitation link; Telegram resets every field not given
// (Bot API editChatInviteLink).
//
// Telegram resets every field that is not given: no Title removes the name, no
// ExpirationDate makes the link permanent, UserLimit 0 lifts the limit.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - link: Invitation link (https://t.me/+...).
//   - title: Invitation title; "" for none.
//   - expire: Link expiration date (permanent if not specified): Unix seconds, ISO 8601
//     (2025-05-02T15:46:10, local time unless it has an offset or Z), 2025-05-02, or
//     1C's 02.05.2025 15:46:10; "" for none.
//   - limit: User limit (infinite if not specified); 0 for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func EditInvitationLink(token, chat, link, title, expire string, limit int32) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_edit_invitation_link(args[0], args[1], args[2], args[3], args[4], C.int32_t(limit))
	}, arg{"token", token}, arg{"chat", chat}, arg{"link", link}, arg{"title", title}, arg{"expire", expire})
}

// RevokeInvitationLink revokes an invitation link so that nobody can join by it (Bot
// API revokeChatInviteLink).
//
// Telegram answers with the revoked ChatInviteLink.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - link: Invitation link (https://t.me/+...).
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func RevokeInvitationLink(token, chat, link string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_revoke_invitation_link(args[0], args[1], args[2])
	}, arg{"token", token}, arg{"chat", chat}, arg{"link", link})
}

// ExportPrimaryInvitationLink creates a new primary invitation link; the previous one
// stops working (Bot API exportChatInviteLink).
//
// Telegram answers with the new link as a string in result.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func ExportPrimaryInvitationLink(token, chat string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_export_primary_invitation_link(args[0], args[1])
	}, arg{"token", token}, arg{"chat", chat})
}

// CreateJoinRequestLink creates a link whose members join after an administrator
// approves them (Bot API createChatInviteLink).
//
// Such a link has no user limit: each member joins once an administrator approves the
// request.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - title: Invitation title; "" for none.
//   - expire: Link expiration date (permanent if not specified): Unix seconds, ISO 8601
//     (2025-05-02T15:46:10, local time unless it has an offset or Z), 2025-05-02, or
//     1C's 02.05.2025 15:46:10; "" for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func CreateJoinRequestLink(token, chat, title, expire string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_create_join_request_link(args[0], args[1], args[2], args[3])
	}, arg{"token", token}, arg{"chat", chat}, arg{"title", title}, arg{"expire", expire})
}

// CreateSubscriptionLink creates a paid subscription link for a channel (30 days, in
// Telegram Stars) (Bot API createChatSubscriptionInviteLink).
//
// Price is in Telegram Stars (1..=10000) for each 30 days, the one period Telegram
// accepts.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - price: Price per 30 days in Telegram Stars (1..=10000).
//   - title: Invitation title; "" for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func CreateSubscriptionLink(token, chat string, price int32, title string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_create_subscription_link(args[0], args[1], args[2], C.int32_t(price))
	}, arg{"token", token}, arg{"chat", chat}, arg{"title", title})
}

// EditSubscriptionLink renames a subscription link (Bot API
// editChatSubscriptionInviteLink).
//
// Its name is all that can change; no Title removes it.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - link: Invitation link (https://t.me/+...).
//   - title: Invitation title; "" for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func EditSubscriptionLink(token, chat, link, title string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_edit_subscription_link(args[0], args[1], args[2], args[3])
	}, arg{"token", token}, arg{"chat", chat}, arg{"link", link}, arg{"title", title})
}

// ApproveJoinRequest approves a user's request to join the chat (Bot API
// approveChatJoinRequest).
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - user: Target user ID.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func ApproveJoinRequest(token, chat string, user int64) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_approve_join_request(args[0], args[1], C.int64_t(user))
	}, arg{"token", token}, arg{"chat", chat})
}

// DeclineJoinRequest declines a user's request to join the chat (Bot API
// declineChatJoinRequest).
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - user: Target user ID.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func DeclineJoinRequest(token, chat string, user int64) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_decline_join_request(args[0], args[1], C.int64_t(user))
	}, arg{"token", token}, arg{"chat", chat})
}

// PinMessage pins a message in the chat (Bot API pinChatMessage).
//
// Members are notified, as with OPI (disable_notification is not sent); OPI's
// meaningless parse_mode is not sent. A message id names its message in the whole chat,
// so the topic of ChatID*TopicID is dropped. Telegram answers true.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - message: Target message ID.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func PinMessage(token, chat string, message int32) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_pin_message(args[0], args[1], C.int32_t(message))
	}, arg{"token", token}, arg{"chat", chat})
}

// UnpinMessage unpins a message in the chat (Bot API unpinChatMessage).
//
// MessageID is required, as in OPI (Telegram would otherwise unpin the latest pinned
// message). The topic of ChatID*TopicID is dropped. Telegram answers true.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//   - message: Target message ID.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func UnpinMessage(token, chat string, message int32) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_unpin_message(args[0], args[1], C.int32_t(message))
	}, arg{"token", token}, arg{"chat", chat})
}

// GetParticipantCount gets the number of members of the chat (Bot API
// getChatMemberCount).
//
// Telegram answers with the number in result. OPI's meaningless parse_mode is not sent;
// the topic of ChatID*TopicID is dropped.
//
//   - token: Bot token.
//   - chat: Target chat ID or ChatID*TopicID: an integer id such as -1001234567890, or
//     @username.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func GetParticipantCount(token, chat string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_get_participant_count(args[0], args[1])
	}, arg{"token", token}, arg{"chat", chat})
}

// GetAvatarIconList gets the custom emoji a forum topic may take as its icon (Bot API
// getForumTopicIconStickers).
//
// Returns OPI's map rather than Telegram's stickers: result is an object from each
// sticker's custom_emoji_id to its emoji, in Telegram's order, such as
// {"ok":true,"result":{"5357419403325481346":"🎓"}}; an id is what CreateForumTopic's
// IconID takes. As OPI does, a result that is empty or not a list comes back as
// Telegram sent it; a refusal is Telegram's document as received.
//
//   - token: Bot token.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func GetAvatarIconList(token string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_get_avatar_icon_list(args[0])
	}, arg{"token", token})
}

// CreateForumTopic creates a topic in a forum supergroup (Bot API createForumTopic).
//
// No icon_color is sent, as with OPI: Telegram picks one. ChatID*TopicID is refused in
// the forum functions, which take a topic as TopicID. Telegram answers with the
// ForumTopic; its message_thread_id is the TopicID of the other forum functions.
//
//   - token: Bot token.
//   - forum: Forum chat ID: an integer id such as -1001234567890, or @username.
//   - title: Topic title.
//   - icon: Custom emoji ID of the icon (see Telegram's getForumTopicIconStickers); ""
//     for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func CreateForumTopic(token, forum, title, icon string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_create_forum_topic(args[0], args[1], args[2], args[3])
	}, arg{"token", token}, arg{"forum", forum}, arg{"title", title}, arg{"icon", icon})
}

// EditForumTopic renames a forum topic or changes its icon (Bot API editForumTopic).
//
// TopicID is required: OPI called createForumTopic when it was empty, making a new
// topic instead; here an absent topic is refused. Title and IconID left out are kept.
// Telegram answers true.
//
//   - token: Bot token.
//   - forum: Forum chat ID: an integer id such as -1001234567890, or @username.
//   - topic: Topic ID.
//   - title: New title (kept if not given); "" for none.
//   - icon: Custom emoji ID of the icon (see Telegram's getForumTopicIconStickers); ""
//     for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func EditForumTopic(token, forum string, topic int32, title, icon string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_edit_forum_topic(args[0], args[1], C.int32_t(topic), args[2], args[3])
	}, arg{"token", token}, arg{"forum", forum}, arg{"title", title}, arg{"icon", icon})
}

// CloseForumTopic closes a forum topic to new messages (Bot API closeForumTopic).
//
// Without TopicID (or with 0) the main topic is closed, by closeGeneralForumTopic, as
// with OPI. Telegram answers true.
//
//   - token: Bot token.
//   - forum: Forum chat ID: an integer id such as -1001234567890, or @username.
//   - topic: Topic ID (the main topic if not given); 0 for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func CloseForumTopic(token, forum string, topic int32) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_close_forum_topic(args[0], args[1], C.int32_t(topic))
	}, arg{"token", token}, arg{"forum", forum})
}

// OpenForumTopic reopens a closed forum topic (Bot API reopenForumTopic).
//
// Without TopicID (or with 0) the main topic is reopened, by reopenGeneralForumTopic,
// as with OPI. Telegram answers true.
//
//   - token: Bot token.
//   - forum: Forum chat ID: an integer id such as -1001234567890, or @username.
//   - topic: Topic ID (the main topic if not given); 0 for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func OpenForumTopic(token, forum string, topic int32) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_open_forum_topic(args[0], args[1], C.int32_t(topic))
	}, arg{"token", token}, arg{"forum", forum})
}

// DeleteForumTopic deletes a forum topic with all its messages (Bot API
// deleteForumTopic).
//
// TopicID is required: the main topic cannot be deleted. Telegram answers true.
//
//   - token: Bot token.
//   - forum: Forum chat ID: an integer id such as -1001234567890, or @username.
//   - topic: Topic ID.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func DeleteForumTopic(token, forum string, topic int32) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_delete_forum_topic(args[0], args[1], C.int32_t(topic))
	}, arg{"token", token}, arg{"forum", forum})
}

// HideMainForumTopic hides the forum's main (General) topic (Bot API
// hideGeneralForumTopic).
//
// Telegram also closes the topic if it was open. Telegram answers true.
//
//   - token: Bot token.
//   - forum: Forum chat ID: an integer id such as -1001234567890, or @username.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func HideMainForumTopic(token, forum string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_hide_main_forum_topic(args[0], args[1])
	}, arg{"token", token}, arg{"forum", forum})
}

// ShowMainForumTopic shows the forum's main (General) topic again (Bot API
// unhideGeneralForumTopic).
//
// Telegram answers true.
//
//   - token: Bot token.
//   - forum: Forum chat ID: an integer id such as -1001234567890, or @username.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func ShowMainForumTopic(token, forum string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_show_main_forum_topic(args[0], args[1])
	}, arg{"token", token}, arg{"forum", forum})
}

// EditMainForumTopicName renames the forum's main (General) topic (Bot API
// editGeneralForumTopic).
//
// Telegram answers true.
//
//   - token: Bot token.
//   - forum: Forum chat ID: an integer id such as -1001234567890, or @username.
//   - title: Topic title.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func EditMainForumTopicName(token, forum, title string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_edit_main_forum_topic_name(args[0], args[1], args[2])
	}, arg{"token", token}, arg{"forum", forum}, arg{"title", title})
}

// ClearTopicPinnedMessagesList unpins every message pinned in a forum topic (Bot API
// unpinAllForumTopicMessages).
//
// Without TopicID (or with 0) the main topic's are unpinned, by
// unpinAllGeneralForumTopicMessages, as with OPI. The topic is sent as a number, where
// OPI sent text. Telegram answers true.
//
//   - token: Bot token.
//   - forum: Forum chat ID: an integer id such as -1001234567890, or @username.
//   - topic: Topic ID (the main topic if not given); 0 for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func ClearTopicPinnedMessagesList(token, forum string, topic int32) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_clear_topic_pinned_messages_list(args[0], args[1], C.int32_t(topic))
	}, arg{"token", token}, arg{"forum", forum})
}

// Call calls any Bot API method with a JSON object of parameters (Bot API any, named by
// the Method parameter).
//
// For the many Bot API methods without a function of their own: Method is its name
// (letters only, such as getChat), Parameters a JSON object sent as the body (none for
// {}). The same result envelope, checks and token protection as every other call.
//
//   - token: Bot token.
//   - method: Bot API method name, such as getChat.
//   - params: Method parameters as a JSON object; "" for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func Call(token, method, params string) (map[string]any, error) {
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_call(args[0], args[1], args[2])
	}, arg{"token", token}, arg{"method", method}, arg{"params", params})
}

// CallWithFiles calls any Bot API method with files, as multipart/form-data (Bot API
// any, named by the Method parameter).
//
// Call for methods that take files (sendVoice, sendSticker, setChatPhoto, ...):
// Parameters' fields go as text fields; Files is a JSON object of form field to a path,
// URL or file_id, each checked as any file is. A field in both is refused: it would go
// twice, and which value Telegram read would be a guess.
//
//   - token: Bot token.
//   - method: Bot API method name, such as getChat.
//   - files: Files by form field: {'voice': 'a path, URL or file_id'}: JSON text, OPI's
//     single-quoted JSON ({'inline_keyboard':[[...]]}), or the path of a .json file. A
//     string is sent as written (JSON, single-quoted JSON or a file path); any other
//     value is encoded with encoding/json.
//   - params: Method parameters as a JSON object; "" for none.
//
// It returns Telegram's answer, {"ok":true,"result":...}, or an error as the
// package documentation describes.
func CallWithFiles(token, method string, files any, params string) (map[string]any, error) {
	filesJSON, err := jsonText("files", files)
	if err != nil {
		return nil, err
	}
	return call(func(args []*C.char) *C.char {
		return C.opi_telegram_call_with_files(args[0], args[1], args[2], args[3])
	}, arg{"token", token}, arg{"method", method}, arg{"params", params}, arg{"files", filesJSON})
}
