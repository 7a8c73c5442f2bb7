// Generated from the method table by tests/codegen; do not edit.
// `cargo test --test codegen` writes it anew after the table changes.
//
// The typed functions of libopi's telegram library, one per method of the table, as a
// part of the Opi class with their DllImport declarations, and the kinds of the
// library's own errors.

using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace LibOpi
{
    /// <summary>The kinds of libopi's own errors, as LibraryException.Kind holds them.</summary>
    public static class ErrorKind
    {
        /// <summary>A parameter was missing, malformed or out of range (opi_error.parameter names
        /// it); nothing was sent.</summary>
        public const string InvalidArgument = "invalid_argument";

        /// <summary>The server could not be reached, or the connection failed: DNS, refused, reset,
        /// proxy.</summary>
        public const string Connection = "connection";

        /// <summary>The TLS handshake failed or the server's certificate was not trusted.</summary>
        public const string Tls = "tls";

        /// <summary>The call did not finish within timeout_ms.</summary>
        public const string Timeout = "timeout";

        /// <summary>The server answered with something that is not a Bot API JSON document
        /// (opi_error.http_status holds its status).</summary>
        public const string BadResponse = "bad_response";

        /// <summary>A local file could not be written (DownloadFile's path): opi_error.description
        /// says which and why; nothing is left at the path.</summary>
        public const string File = "file";

        /// <summary>A fault inside the library itself.</summary>
        public const string Internal = "internal";
    }

    public static partial class Opi
    {
        static partial class Native
        {
            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_get_bot_information(
                byte[] token);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_get_updates(
                byte[] token, int timeout, long offset);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_set_webhook(
                byte[] token, byte[] url);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_delete_webhook(
                byte[] token);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_download_file(
                byte[] token, byte[] fileId, byte[] path, ref OpiBytes bytes);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_process_tma_data(
                byte[] dataString, byte[] token);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_send_text_message(
                byte[] token, byte[] chatId, byte[] text, byte[] keyboard, byte[] markup,
                int repliedId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_send_image(
                byte[] token, byte[] chatId, byte[] text, IntPtr image, byte[] keyboard,
                byte[] markup);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_send_video(
                byte[] token, byte[] chatId, byte[] text, IntPtr video, byte[] keyboard,
                byte[] markup);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_send_audio(
                byte[] token, byte[] chatId, byte[] text, IntPtr audio, byte[] keyboard,
                byte[] markup);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_send_document(
                byte[] token, byte[] chatId, byte[] text, IntPtr document, byte[] keyboard,
                byte[] markup, byte[] fileName);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_send_gif(
                byte[] token, byte[] chatId, byte[] text, IntPtr gif, byte[] keyboard,
                byte[] markup);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_send_media_group(
                byte[] token, byte[] chatId, byte[] text, byte[] fileMapping, byte[] keyboard,
                byte[] markup);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_send_location(
                byte[] token, byte[] chatId, double latitude, double longitude, byte[] keyboard);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_send_contact(
                byte[] token, byte[] chatId, byte[] name, byte[] lastName, byte[] phone,
                byte[] keyboard);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_send_poll(
                byte[] token, byte[] chatId, byte[] question, byte[] answersArray,
                [MarshalAs(UnmanagedType.I1)] bool anonymous);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_forward_message(
                byte[] token, int originalId, byte[] fromId, byte[] toId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_delete_message(
                byte[] token, byte[] chatId, int messageId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_replace_message_keyboard(
                byte[] token, byte[] chatId, int messageId, byte[] keyboard);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_replace_message_text(
                byte[] token, byte[] chatId, int messageId, byte[] text, byte[] markup);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_replace_message_caption(
                byte[] token, byte[] chatId, int messageId, byte[] description, byte[] markup);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_form_keyboard_from_button_array(
                byte[] buttonArray, [MarshalAs(UnmanagedType.I1)] bool underMessage,
                [MarshalAs(UnmanagedType.I1)] bool oneByOne);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_ban(
                byte[] token, byte[] chatId, long userId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_unban(
                byte[] token, byte[] chatId, long userId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_create_invitation_link(
                byte[] token, byte[] chatId, byte[] title, byte[] expirationDate, int userLimit);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_edit_invitation_link(
                byte[] token, byte[] chatId, byte[] inviteLink, byte[] title, byte[] expirationDate,
                int userLimit);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_revoke_invitation_link(
                byte[] token, byte[] chatId, byte[] inviteLink);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_export_primary_invitation_link(
                byte[] token, byte[] chatId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_create_join_request_link(
                byte[] token, byte[] chatId, byte[] title, byte[] expirationDate);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_create_subscription_link(
                byte[] token, byte[] chatId, byte[] title, int price);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_edit_subscription_link(
                byte[] token, byte[] chatId, byte[] inviteLink, byte[] title);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_approve_join_request(
                byte[] token, byte[] chatId, long userId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_decline_join_request(
                byte[] token, byte[] chatId, long userId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_pin_message(
                byte[] token, byte[] chatId, int messageId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_unpin_message(
                byte[] token, byte[] chatId, int messageId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_get_participant_count(
                byte[] token, byte[] chatId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_get_avatar_icon_list(
                byte[] token);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_create_forum_topic(
                byte[] token, byte[] chatId, byte[] title, byte[] iconId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_edit_forum_topic(
                byte[] token, byte[] chatId, int topicId, byte[] title, byte[] iconId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_close_forum_topic(
                byte[] token, byte[] chatId, int topicId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_open_forum_topic(
                byte[] token, byte[] chatId, int topicId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_delete_forum_topic(
                byte[] token, byte[] chatId, int topicId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_hide_main_forum_topic(
                byte[] token, byte[] chatId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_show_main_forum_topic(
                byte[] token, byte[] chatId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_edit_main_forum_topic_name(
                byte[] token, byte[] chatId, byte[] title);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_clear_topic_pinned_messages_list(
                byte[] token, byte[] chatId, int topicId);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_call(
                byte[] token, byte[] method, byte[] parameters);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_telegram_call_with_files(
                byte[] token, byte[] method, byte[] parameters, byte[] files);
        }

        /// <summary>
        /// Gets the bot's own account: its id, name, username and what it may do (OPI
        /// <c>GetBotInformation</c>, Bot API <c>getMe</c>).
        /// </summary>
        /// <remarks>A cheap way to check that a token works. Telegram answers with a
        /// User.</remarks>
        /// <param name="token">Bot token.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> GetBotInformation(
            string token)
        {
            return Settle(Native.opi_telegram_get_bot_information(
                Utf8(token, "token")));
        }

        /// <summary>
        /// Gets the bot's new updates, waiting up to Timeout seconds for one to arrive (OPI
        /// <c>GetUpdates</c>, Bot API <c>getUpdates</c>).
        /// </summary>
        /// <remarks>Telegram answers with a list of Update objects, empty when none came within
        /// Timeout. The call's time limit is <c>timeout_ms</c> plus Timeout, so a 50-second poll is
        /// not cut short by the 30-second default, and one the server never answers still ends.
        /// Offset 0 and Timeout 0 are not sent, as with OPI; <c>limit</c> and
        /// <c>allowed_updates</c> are not sent either. Refused by Telegram while a webhook is
        /// set.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="timeout">Seconds to wait for new updates (long polling); 0 answers at once.
        /// 0 for none.</param>
        /// <param name="offset">Identifier of the first update to return; negative counts from the
        /// last. 0 for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> GetUpdates(
            string token, int timeout = 0, long offset = 0)
        {
            return Settle(Native.opi_telegram_get_updates(
                Utf8(token, "token"), timeout, offset));
        }

        /// <summary>
        /// Sets the address Telegram sends the bot's updates to (OPI <c>SetWebhook</c>, Bot API
        /// <c>setWebhook</c>).
        /// </summary>
        /// <remarks>Sends only <c>url</c>, as OPI does (no certificate, secret token or update
        /// filter). Telegram wants HTTPS on port 443, 80, 88 or 8443; an http:// address is passed
        /// on for a local Bot API server, which may accept it. Telegram answers
        /// <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="url">Request handling address from Telegram (with https:).</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> SetWebhook(
            string token, string url)
        {
            return Settle(Native.opi_telegram_set_webhook(
                Utf8(token, "token"), Utf8(url, "url")));
        }

        /// <summary>
        /// Removes the webhook, so that updates can be fetched with getUpdates again (OPI
        /// <c>DeleteWebhook</c>, Bot API <c>deleteWebhook</c>).
        /// </summary>
        /// <remarks>Sends no fields, as OPI does: pending updates are kept
        /// (<c>drop_pending_updates</c> is not sent). Telegram answers <c>true</c>, also when no
        /// webhook was set.</remarks>
        /// <param name="token">Bot token.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> DeleteWebhook(
            string token)
        {
            return Settle(Native.opi_telegram_delete_webhook(
                Utf8(token, "token")));
        }

        /// <summary>
        /// Downloads a file the bot received, by its file_id (OPI <c>DownloadFile</c>, Bot API
        /// <c>getFile</c>).
        /// </summary>
        /// <remarks>Calls getFile, then fetches
        /// <c>{api_url}/file/bot&lt;token&gt;/&lt;file_path&gt;</c> (the token is redacted from
        /// every error, as everywhere). The file goes to a path or comes back as bytes: C
        /// <c>path</c> (written beside it and renamed once whole, so a failed download leaves
        /// nothing there; memory stays bounded whatever the size) or <c>bytes</c> (an
        /// <c>opi_bytes</c> the caller frees with <c>opi_bytes_free</c>); oint writes it to
        /// <c>--out FILE</c> and prints the result; 1C gets BinaryData, as from OPI. The result is
        /// getFile's document with <c>result.download</c>: <c>{"bytes":N,"path":...}</c>.
        /// Telegram's servers hand bots files up to 20 MB, a local Bot API server up to 2000 MB: a
        /// larger <c>file_size</c> is refused before anything is downloaded. Unlike OPI, a file
        /// whose bytes are JSON comes back as bytes, getFile is not retried, and no
        /// <c>?file_id=</c> is added to the file's URL.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="fileid">ID of the file to download.</param>
        /// <returns>The file's bytes, held in memory.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static byte[] DownloadFile(
            string token, string fileid)
        {
            var received = new OpiBytes();
            return SettleBytes(Native.opi_telegram_download_file(
                Utf8(token, "token"), Utf8(fileid, "fileid"), null, ref received), ref received);
        }

        /// <summary>
        /// Checks a Telegram Mini App's initData against the bot token and returns its fields (OPI
        /// <c>ProcessTMAData</c>, Bot API none, nothing is sent).
        /// </summary>
        /// <remarks>Sends nothing. <c>result</c> holds every field of the data but <c>hash</c>,
        /// keys and values URL-decoded and kept as text (<c>user</c> stays JSON text), and
        /// <c>passed</c>: whether <c>hash</c> is the hex HMAC-SHA256 Telegram documents (the key is
        /// HMAC-SHA256 of the token under "WebAppData"; the message every other field as
        /// <c>key=value</c>, sorted, joined by line feeds), compared in constant time.
        /// <c>auth_date</c> is not checked for age: compare it with the time yourself. Unlike OPI,
        /// <c>cookie</c> is kept, and a value holding <c>=</c> (such as <c>signature</c>) is kept
        /// whole: Telegram signs every field, so dropping one would fail data that carries it. OPI
        /// offers it to 1C only; oint offers it too, with the token from OPI_TELEGRAM_TOKEN, for
        /// scripts that check initData.</remarks>
        /// <param name="data">The Mini App's initData query string.</param>
        /// <param name="token">Bot token.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> ProcessTMAData(
            string data, string token)
        {
            return Settle(Native.opi_telegram_process_tma_data(
                Utf8(data, "data"), Utf8(token, "token")));
        }

        /// <summary>
        /// Sends a text message to a chat or channel (OPI <c>SendTextMessage</c>, Bot API
        /// <c>sendMessage</c>).
        /// </summary>
        /// <remarks>Markup is <c>Markdown</c> when not given, as in OPI; <c>none</c> sends the text
        /// with no <c>parse_mode</c>. The text is prepared as OPI prepares it, without its faults:
        /// percent-escapes of non-ASCII text are decoded (<c>%F0%9F%94%A5</c> is 🔥) while "100%"
        /// stays as written; MarkdownV2 gets the escapes of <c>- + # = { } .</c> that OPI adds;
        /// HTML gets <c>&amp;amp;</c> for a bare <c>&amp;</c>. Keyboard is a JSON object, OPI's
        /// single-quoted JSON, or the path of a .json file, sent as <c>reply_markup</c>. RepliedID
        /// is sent as <c>reply_parameters</c>, which replaced <c>reply_to_message_id</c> in the Bot
        /// API. The topic of <c>ChatID*TopicID</c> is sent as <c>message_thread_id</c>. Telegram
        /// answers with the Message.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="text">Message text.</param>
        /// <param name="keyboard">Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        /// single-quoted JSON (<c>{'inline_keyboard':[[...]]}</c>), or the path of a .json file. A
        /// string as written, or a dictionary or list encoded as JSON. null for none.</param>
        /// <param name="parsemode">Text processing type: Markdown, MarkdownV2, HTML, or none for
        /// plain text. null for OPI's default, Markdown.</param>
        /// <param name="reply">ID of the message to reply to (none if not given). 0 for
        /// none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> SendTextMessage(
            string token, string chat, string text, object keyboard = null, string parsemode = null,
            int reply = 0)
        {
            return Settle(Native.opi_telegram_send_text_message(
                Utf8(token, "token"), Utf8(chat, "chat"), Utf8(text, "text"),
                Utf8(JsonText(keyboard), "keyboard"), Utf8(parsemode, "parsemode"), reply));
        }

        /// <summary>SendTextMessage with chat as a numeric ID.</summary>
        public static IDictionary<string, object> SendTextMessage(
            string token, long chat, string text, object keyboard = null, string parsemode = null,
            int reply = 0)
        {
            return SendTextMessage(
                token, FromNumber(chat), text, keyboard, parsemode, reply);
        }

        /// <summary>
        /// Sends an image to a chat or channel (OPI <c>SendImage</c>, Bot API <c>sendPhoto</c>).
        /// </summary>
        /// <remarks>A file as SendDocument takes one; it goes up under a path's own name, else
        /// <c>photo</c>, as OPI names it. Markup's alias is <c>-r</c> here: <c>-p</c> is
        /// <c>--picture</c>. Telegram answers with the Message, its photo in several
        /// sizes.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="text">Caption.</param>
        /// <param name="picture">Image: a local path (streamed from disk), the file's bytes, an
        /// <c>http(s)</c> URL or a Telegram <c>file_id</c> (Telegram fetches those two
        /// itself).</param>
        /// <param name="keyboard">Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        /// single-quoted JSON (<c>{'inline_keyboard':[[...]]}</c>), or the path of a .json file. A
        /// string as written, or a dictionary or list encoded as JSON. null for none.</param>
        /// <param name="parsemode">Text processing type: Markdown, MarkdownV2, HTML, or none for
        /// plain text. null for OPI's default, Markdown.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> SendImage(
            string token, string chat, string text, OpiFile picture, object keyboard = null,
            string parsemode = null)
        {
            using (var imageFile = FileArg.Of(picture, "picture"))
            {
                return Settle(Native.opi_telegram_send_image(
                    Utf8(token, "token"), Utf8(chat, "chat"), Utf8(text, "text"), imageFile.Pointer,
                    Utf8(JsonText(keyboard), "keyboard"), Utf8(parsemode, "parsemode")));
            }
        }

        /// <summary>SendImage with chat as a numeric ID.</summary>
        public static IDictionary<string, object> SendImage(
            string token, long chat, string text, OpiFile picture, object keyboard = null,
            string parsemode = null)
        {
            return SendImage(
                token, FromNumber(chat), text, picture, keyboard, parsemode);
        }

        /// <summary>
        /// Sends a video to a chat or channel (OPI <c>SendVideo</c>, Bot API <c>sendVideo</c>).
        /// </summary>
        /// <remarks>A file as SendDocument takes one; it goes up under a path's own name, else
        /// <c>video</c>, as OPI names it. Telegram answers with the Message.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="text">Caption.</param>
        /// <param name="video">Video: a local path (streamed from disk), the file's bytes, an
        /// <c>http(s)</c> URL or a Telegram <c>file_id</c> (Telegram fetches those two
        /// itself).</param>
        /// <param name="keyboard">Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        /// single-quoted JSON (<c>{'inline_keyboard':[[...]]}</c>), or the path of a .json file. A
        /// string as written, or a dictionary or list encoded as JSON. null for none.</param>
        /// <param name="parsemode">Text processing type: Markdown, MarkdownV2, HTML, or none for
        /// plain text. null for OPI's default, Markdown.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> SendVideo(
            string token, string chat, string text, OpiFile video, object keyboard = null,
            string parsemode = null)
        {
            using (var videoFile = FileArg.Of(video, "video"))
            {
                return Settle(Native.opi_telegram_send_video(
                    Utf8(token, "token"), Utf8(chat, "chat"), Utf8(text, "text"), videoFile.Pointer,
                    Utf8(JsonText(keyboard), "keyboard"), Utf8(parsemode, "parsemode")));
            }
        }

        /// <summary>SendVideo with chat as a numeric ID.</summary>
        public static IDictionary<string, object> SendVideo(
            string token, long chat, string text, OpiFile video, object keyboard = null,
            string parsemode = null)
        {
            return SendVideo(
                token, FromNumber(chat), text, video, keyboard, parsemode);
        }

        /// <summary>
        /// Sends an audio file to a chat or channel (OPI <c>SendAudio</c>, Bot API
        /// <c>sendAudio</c>).
        /// </summary>
        /// <remarks>A file as SendDocument takes one; it goes up under a path's own name, else
        /// <c>audio</c>, as OPI names it. Telegram answers with the Message.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="text">Caption.</param>
        /// <param name="audio">Audio: a local path (streamed from disk), the file's bytes, an
        /// <c>http(s)</c> URL or a Telegram <c>file_id</c> (Telegram fetches those two
        /// itself).</param>
        /// <param name="keyboard">Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        /// single-quoted JSON (<c>{'inline_keyboard':[[...]]}</c>), or the path of a .json file. A
        /// string as written, or a dictionary or list encoded as JSON. null for none.</param>
        /// <param name="parsemode">Text processing type: Markdown, MarkdownV2, HTML, or none for
        /// plain text. null for OPI's default, Markdown.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> SendAudio(
            string token, string chat, string text, OpiFile audio, object keyboard = null,
            string parsemode = null)
        {
            using (var audioFile = FileArg.Of(audio, "audio"))
            {
                return Settle(Native.opi_telegram_send_audio(
                    Utf8(token, "token"), Utf8(chat, "chat"), Utf8(text, "text"), audioFile.Pointer,
                    Utf8(JsonText(keyboard), "keyboard"), Utf8(parsemode, "parsemode")));
            }
        }

        /// <summary>SendAudio with chat as a numeric ID.</summary>
        public static IDictionary<string, object> SendAudio(
            string token, long chat, string text, OpiFile audio, object keyboard = null,
            string parsemode = null)
        {
            return SendAudio(
                token, FromNumber(chat), text, audio, keyboard, parsemode);
        }

        /// <summary>
        /// Sends a document to a chat or channel (OPI <c>SendDocument</c>, Bot API
        /// <c>sendDocument</c>).
        /// </summary>
        /// <remarks>Document is a local path (streamed from disk), the file's bytes, or an http(s)
        /// URL or file_id, which Telegram fetches itself (OPI downloads URLs: docs/porting.md). It
        /// goes up under FileName, else the path's own name, else <c>document</c>. Empty files and
        /// files over the Bot API's limit are refused unsent. Telegram answers with the
        /// Message.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="text">Caption.</param>
        /// <param name="doc">Document: a local path (streamed from disk), the file's bytes, an
        /// <c>http(s)</c> URL or a Telegram <c>file_id</c> (Telegram fetches those two
        /// itself).</param>
        /// <param name="keyboard">Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        /// single-quoted JSON (<c>{'inline_keyboard':[[...]]}</c>), or the path of a .json file. A
        /// string as written, or a dictionary or list encoded as JSON. null for none.</param>
        /// <param name="parsemode">Text processing type: Markdown, MarkdownV2, HTML, or none for
        /// plain text. null for OPI's default, Markdown.</param>
        /// <param name="filename">File name with extension, as the chat shows it. null for
        /// none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> SendDocument(
            string token, string chat, string text, OpiFile doc, object keyboard = null,
            string parsemode = null, string filename = null)
        {
            using (var documentFile = FileArg.Of(doc, "doc"))
            {
                return Settle(Native.opi_telegram_send_document(
                    Utf8(token, "token"), Utf8(chat, "chat"), Utf8(text, "text"),
                    documentFile.Pointer, Utf8(JsonText(keyboard), "keyboard"),
                    Utf8(parsemode, "parsemode"), Utf8(filename, "filename")));
            }
        }

        /// <summary>SendDocument with chat as a numeric ID.</summary>
        public static IDictionary<string, object> SendDocument(
            string token, long chat, string text, OpiFile doc, object keyboard = null,
            string parsemode = null, string filename = null)
        {
            return SendDocument(
                token, FromNumber(chat), text, doc, keyboard, parsemode, filename);
        }

        /// <summary>
        /// Sends a GIF to a chat or channel (OPI <c>SendGif</c>, Bot API <c>sendAnimation</c>).
        /// </summary>
        /// <remarks>A file as SendDocument takes one; it goes up under a path's own name, else
        /// <c>animation.gif</c>, as OPI names it. Telegram answers with the Message, carrying the
        /// animation (and a document, for older clients).</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="text">Caption.</param>
        /// <param name="gif">GIF: a local path (streamed from disk), the file's bytes, an
        /// <c>http(s)</c> URL or a Telegram <c>file_id</c> (Telegram fetches those two
        /// itself).</param>
        /// <param name="keyboard">Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        /// single-quoted JSON (<c>{'inline_keyboard':[[...]]}</c>), or the path of a .json file. A
        /// string as written, or a dictionary or list encoded as JSON. null for none.</param>
        /// <param name="parsemode">Text processing type: Markdown, MarkdownV2, HTML, or none for
        /// plain text. null for OPI's default, Markdown.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> SendGif(
            string token, string chat, string text, OpiFile gif, object keyboard = null,
            string parsemode = null)
        {
            using (var gifFile = FileArg.Of(gif, "gif"))
            {
                return Settle(Native.opi_telegram_send_gif(
                    Utf8(token, "token"), Utf8(chat, "chat"), Utf8(text, "text"), gifFile.Pointer,
                    Utf8(JsonText(keyboard), "keyboard"), Utf8(parsemode, "parsemode")));
            }
        }

        /// <summary>SendGif with chat as a numeric ID.</summary>
        public static IDictionary<string, object> SendGif(
            string token, long chat, string text, OpiFile gif, object keyboard = null,
            string parsemode = null)
        {
            return SendGif(
                token, FromNumber(chat), text, gif, keyboard, parsemode);
        }

        /// <summary>
        /// Sends a group of files (an album) to a chat or channel (OPI <c>SendMediaGroup</c>, Bot
        /// API <c>sendMediaGroup</c>).
        /// </summary>
        /// <remarks>FileMapping: a JSON object (or OPI's single-quoted JSON, or a .json file) of 2
        /// to 10 files, each a path, URL or file_id, to its kind (<c>photo</c>, <c>video</c>,
        /// <c>audio</c>, <c>document</c>). Each path goes up as a part, <c>attach://file0</c>, ...;
        /// bytes must be written to a file first. Text captions the first item. Keyboard is
        /// refused: sendMediaGroup takes none. Telegram answers with an array of
        /// Messages.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="text">Caption.</param>
        /// <param name="media">Files and their kinds: {'path, URL or file_id': 'photo'}: JSON text,
        /// OPI's single-quoted JSON (<c>{'inline_keyboard':[[...]]}</c>), or the path of a .json
        /// file. A string as written, or a dictionary or list encoded as JSON.</param>
        /// <param name="keyboard">Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        /// single-quoted JSON (<c>{'inline_keyboard':[[...]]}</c>), or the path of a .json file. A
        /// string as written, or a dictionary or list encoded as JSON. null for none.</param>
        /// <param name="parsemode">Text processing type: Markdown, MarkdownV2, HTML, or none for
        /// plain text. null for OPI's default, Markdown.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> SendMediaGroup(
            string token, string chat, string text, object media, object keyboard = null,
            string parsemode = null)
        {
            return Settle(Native.opi_telegram_send_media_group(
                Utf8(token, "token"), Utf8(chat, "chat"), Utf8(text, "text"),
                Utf8(JsonText(media), "media"), Utf8(JsonText(keyboard), "keyboard"),
                Utf8(parsemode, "parsemode")));
        }

        /// <summary>SendMediaGroup with chat as a numeric ID.</summary>
        public static IDictionary<string, object> SendMediaGroup(
            string token, long chat, string text, object media, object keyboard = null,
            string parsemode = null)
        {
            return SendMediaGroup(
                token, FromNumber(chat), text, media, keyboard, parsemode);
        }

        /// <summary>
        /// Sends a location by geographic coordinates (OPI <c>SendLocation</c>, Bot API
        /// <c>sendLocation</c>).
        /// </summary>
        /// <remarks>Latitude and Longitude are sent as JSON numbers; a value that is not finite or
        /// out of range is refused before sending. No <c>parse_mode</c> is sent (OPI sends a
        /// meaningless one). The topic of <c>ChatID*TopicID</c> is sent as
        /// <c>message_thread_id</c>. Telegram answers with the Message.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="lat">Geographic latitude (-90 to 90).</param>
        /// <param name="long">Geographic longitude (-180 to 180).</param>
        /// <param name="keyboard">Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        /// single-quoted JSON (<c>{'inline_keyboard':[[...]]}</c>), or the path of a .json file. A
        /// string as written, or a dictionary or list encoded as JSON. null for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> SendLocation(
            string token, string chat, double lat, double @long, object keyboard = null)
        {
            return Settle(Native.opi_telegram_send_location(
                Utf8(token, "token"), Utf8(chat, "chat"), lat, @long,
                Utf8(JsonText(keyboard), "keyboard")));
        }

        /// <summary>SendLocation with chat as a numeric ID.</summary>
        public static IDictionary<string, object> SendLocation(
            string token, long chat, double lat, double @long, object keyboard = null)
        {
            return SendLocation(
                token, FromNumber(chat), lat, @long, keyboard);
        }

        /// <summary>
        /// Sends a contact with a name and a phone number (OPI <c>SendContact</c>, Bot API
        /// <c>sendContact</c>).
        /// </summary>
        /// <remarks>LastName may be left out or empty: OPI sends none then, and neither does
        /// libopi. No <c>parse_mode</c> is sent (OPI sends a meaningless one). The topic of
        /// <c>ChatID*TopicID</c> is sent as <c>message_thread_id</c>. Telegram answers with the
        /// Message.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="name">Contact name.</param>
        /// <param name="phone">Contact phone number.</param>
        /// <param name="surname">Contact last name (none if not given). null for none.</param>
        /// <param name="keyboard">Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        /// single-quoted JSON (<c>{'inline_keyboard':[[...]]}</c>), or the path of a .json file. A
        /// string as written, or a dictionary or list encoded as JSON. null for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> SendContact(
            string token, string chat, string name, string phone, string surname = null,
            object keyboard = null)
        {
            return Settle(Native.opi_telegram_send_contact(
                Utf8(token, "token"), Utf8(chat, "chat"), Utf8(name, "name"),
                Utf8(surname, "surname"), Utf8(phone, "phone"),
                Utf8(JsonText(keyboard), "keyboard")));
        }

        /// <summary>SendContact with chat as a numeric ID.</summary>
        public static IDictionary<string, object> SendContact(
            string token, long chat, string name, string phone, string surname = null,
            object keyboard = null)
        {
            return SendContact(
                token, FromNumber(chat), name, phone, surname, keyboard);
        }

        /// <summary>
        /// Sends a poll with answer options (OPI <c>SendPoll</c>, Bot API <c>sendPoll</c>).
        /// </summary>
        /// <remarks>AnswersArray is a JSON array of strings, or OPI's <c>['Red','Yellow']</c>; each
        /// is sent as <c>{"text":...}</c>, the InputPollOption the Bot API documents, and fewer
        /// than two are refused before sending. Anonymous is sent every time, as a JSON Boolean
        /// (OPI sends 1 or 0); left out it is true, as in OPI. No <c>parse_mode</c> is sent. The
        /// topic of <c>ChatID*TopicID</c> is sent as <c>message_thread_id</c>. Telegram answers
        /// with the Message holding the poll.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="question">Poll question.</param>
        /// <param name="options">Array of answer options: a JSON array such as
        /// <c>["Red","Blue"]</c>, or <c>['Red','Blue']</c>. A string as written, or a dictionary or
        /// list encoded as JSON.</param>
        /// <param name="anonymous">Anonymous poll (true if not given).</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> SendPoll(
            string token, string chat, string question, object options, bool anonymous = true)
        {
            return Settle(Native.opi_telegram_send_poll(
                Utf8(token, "token"), Utf8(chat, "chat"), Utf8(question, "question"),
                Utf8(JsonText(options), "options"), anonymous));
        }

        /// <summary>SendPoll with chat as a numeric ID.</summary>
        public static IDictionary<string, object> SendPoll(
            string token, long chat, string question, object options, bool anonymous = true)
        {
            return SendPoll(
                token, FromNumber(chat), question, options, anonymous);
        }

        /// <summary>
        /// Forwards a message from one chat to another, or within a chat (OPI
        /// <c>ForwardMessage</c>, Bot API <c>forwardMessage</c>).
        /// </summary>
        /// <remarks>The topic of ToID's <c>ChatID*TopicID</c> is sent as <c>message_thread_id</c>;
        /// FromID's is dropped, since a message id names its message in the whole chat. The alias
        /// of <c>--to</c> is <c>-o</c>: <c>-t</c> is always <c>--token</c>. Telegram answers with
        /// the new Message.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="message">Original message ID.</param>
        /// <param name="from">Chat ID of the original message: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="to">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> ForwardMessage(
            string token, int message, string from, string to)
        {
            return Settle(Native.opi_telegram_forward_message(
                Utf8(token, "token"), message, Utf8(from, "from"), Utf8(to, "to")));
        }

        /// <summary>ForwardMessage with from as a numeric ID and to as a numeric ID.</summary>
        public static IDictionary<string, object> ForwardMessage(
            string token, int message, long from, long to)
        {
            return ForwardMessage(
                token, message, FromNumber(from), FromNumber(to));
        }

        /// <summary>
        /// Deletes a message from the chat (OPI <c>DeleteMessage</c>, Bot API
        /// <c>deleteMessage</c>).
        /// </summary>
        /// <remarks>Telegram lets a bot delete its own messages within 48 hours, and others' where
        /// it is an administrator with the right to. The topic of <c>ChatID*TopicID</c> is dropped:
        /// a message id names its message in the whole chat. Telegram answers
        /// <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="message">Target message ID.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> DeleteMessage(
            string token, string chat, int message)
        {
            return Settle(Native.opi_telegram_delete_message(
                Utf8(token, "token"), Utf8(chat, "chat"), message));
        }

        /// <summary>DeleteMessage with chat as a numeric ID.</summary>
        public static IDictionary<string, object> DeleteMessage(
            string token, long chat, int message)
        {
            return DeleteMessage(
                token, FromNumber(chat), message);
        }

        /// <summary>
        /// Replaces the keyboard of a message (OPI <c>ReplaceMessageKeyboard</c>, Bot API
        /// <c>editMessageReplyMarkup</c>).
        /// </summary>
        /// <remarks>Keyboard is a JSON object, OPI's single-quoted JSON, or the path of a .json
        /// file, sent as <c>reply_markup</c>; Telegram edits only inline keyboards. A topic in
        /// <c>ChatID*TopicID</c> is dropped: a message id names its message in the whole chat.
        /// Telegram answers with the edited Message.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="message">Target message ID.</param>
        /// <param name="keyboard">New keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
        /// single-quoted JSON (<c>{'inline_keyboard':[[...]]}</c>), or the path of a .json file. A
        /// string as written, or a dictionary or list encoded as JSON.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> ReplaceMessageKeyboard(
            string token, string chat, int message, object keyboard)
        {
            return Settle(Native.opi_telegram_replace_message_keyboard(
                Utf8(token, "token"), Utf8(chat, "chat"), message,
                Utf8(JsonText(keyboard), "keyboard")));
        }

        /// <summary>ReplaceMessageKeyboard with chat as a numeric ID.</summary>
        public static IDictionary<string, object> ReplaceMessageKeyboard(
            string token, long chat, int message, object keyboard)
        {
            return ReplaceMessageKeyboard(
                token, FromNumber(chat), message, keyboard);
        }

        /// <summary>
        /// Replaces the text of a message (OPI <c>ReplaceMessageText</c>, Bot API
        /// <c>editMessageText</c>).
        /// </summary>
        /// <remarks>Markup is sent only when given, as in OPI; the text is prepared for it as
        /// SendTextMessage prepares its own. A topic in <c>ChatID*TopicID</c> is dropped: a message
        /// id names its message in the whole chat. The message keeps its keyboard only if Telegram
        /// keeps it (ReplaceMessageKeyboard sets one). Telegram answers with the edited
        /// Message.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="message">Target message ID.</param>
        /// <param name="text">Message text.</param>
        /// <param name="parsemode">Text processing type: Markdown, MarkdownV2, HTML, or none for
        /// plain text. null for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> ReplaceMessageText(
            string token, string chat, int message, string text, string parsemode = null)
        {
            return Settle(Native.opi_telegram_replace_message_text(
                Utf8(token, "token"), Utf8(chat, "chat"), message, Utf8(text, "text"),
                Utf8(parsemode, "parsemode")));
        }

        /// <summary>ReplaceMessageText with chat as a numeric ID.</summary>
        public static IDictionary<string, object> ReplaceMessageText(
            string token, long chat, int message, string text, string parsemode = null)
        {
            return ReplaceMessageText(
                token, FromNumber(chat), message, text, parsemode);
        }

        /// <summary>
        /// Replaces the caption of a message with media (OPI <c>ReplaceMessageCaption</c>, Bot API
        /// <c>editMessageCaption</c>).
        /// </summary>
        /// <remarks>Markup is sent only when given, as in OPI; the caption is prepared for it as
        /// SendTextMessage prepares a text. The aliases are OPI's: <c>-p</c> is <c>--caption</c>
        /// and <c>-r</c> is <c>--parsemode</c> here. A topic in <c>ChatID*TopicID</c> is dropped: a
        /// message id names its message in the whole chat. Telegram answers with the edited
        /// Message.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="message">Target message ID.</param>
        /// <param name="caption">New caption.</param>
        /// <param name="parsemode">Text processing type: Markdown, MarkdownV2, HTML, or none for
        /// plain text. null for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> ReplaceMessageCaption(
            string token, string chat, int message, string caption, string parsemode = null)
        {
            return Settle(Native.opi_telegram_replace_message_caption(
                Utf8(token, "token"), Utf8(chat, "chat"), message, Utf8(caption, "caption"),
                Utf8(parsemode, "parsemode")));
        }

        /// <summary>ReplaceMessageCaption with chat as a numeric ID.</summary>
        public static IDictionary<string, object> ReplaceMessageCaption(
            string token, long chat, int message, string caption, string parsemode = null)
        {
            return ReplaceMessageCaption(
                token, FromNumber(chat), message, caption, parsemode);
        }

        /// <summary>
        /// Makes a keyboard from an array of button captions, for the Keyboard parameter (OPI
        /// <c>FormKeyboardFromButtonArray</c>, Bot API none, made here for reply_markup).
        /// </summary>
        /// <remarks>Sends nothing. <c>result</c> is the keyboard as standard JSON: with
        /// UnderMessage, an InlineKeyboardMarkup whose buttons send their caption as
        /// <c>callback_data</c> (<c>{"inline_keyboard":[[{"text":"A","callback_data":"A"}]]}</c>);
        /// without, a ReplyKeyboardMarkup
        /// (<c>{"keyboard":[[{"text":"A"}]],"resize_keyboard":true}</c>). OneByOne puts each button
        /// on a row of its own, else all on one row. Pass the whole result to a sending function's
        /// Keyboard: a result saying <c>"ok":true</c> stands for its <c>result</c>. Unlike OPI, the
        /// JSON is double-quoted (OPI's single quotes are not JSON), the inline form has no
        /// <c>rows</c> key and reply buttons no <c>callback_data</c> (neither is a Bot API field),
        /// and an inline caption over 64 bytes, which Telegram would refuse as
        /// <c>callback_data</c>, is refused here.</remarks>
        /// <param name="buttons">Array of button captions: a JSON array such as
        /// <c>["Red","Blue"]</c>, or <c>['Red','Blue']</c>. A string as written, or a dictionary or
        /// list encoded as JSON.</param>
        /// <param name="under">Keyboard under the message (true) or at the bottom (false, if not
        /// given).</param>
        /// <param name="column">One button per row (true, if not given) or all in one row
        /// (false).</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> FormKeyboardFromButtonArray(
            object buttons, bool under = false, bool column = true)
        {
            return Settle(Native.opi_telegram_form_keyboard_from_button_array(
                Utf8(JsonText(buttons), "buttons"), under, column));
        }

        /// <summary>
        /// Bans a user from the chat: removed, and kept out until unbanned (OPI <c>Ban</c>, Bot API
        /// <c>banChatMember</c>).
        /// </summary>
        /// <remarks>Sends <c>chat_id</c> and <c>user_id</c> only, so the ban is for ever and the
        /// user's messages stay (no <c>until_date</c>, no <c>revoke_messages</c>), as with OPI;
        /// OPI's meaningless <c>parse_mode</c> is not sent. A ban is for the whole chat: the topic
        /// of <c>ChatID*TopicID</c> is dropped (OPI sent the text as it was, which Telegram
        /// refused). Telegram answers <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="user">Target user ID.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> Ban(
            string token, string chat, long user)
        {
            return Settle(Native.opi_telegram_ban(
                Utf8(token, "token"), Utf8(chat, "chat"), user));
        }

        /// <summary>Ban with chat as a numeric ID.</summary>
        public static IDictionary<string, object> Ban(
            string token, long chat, long user)
        {
            return Ban(
                token, FromNumber(chat), user);
        }

        /// <summary>
        /// Lifts a user's ban, so that they may join the chat again (OPI <c>Unban</c>, Bot API
        /// <c>unbanChatMember</c>).
        /// </summary>
        /// <remarks>Sends <c>only_if_banned: true</c>, which OPI never did: without it Telegram
        /// removes a user who is a member and not banned, so OPI's Unban could throw a member out;
        /// here it only ever lifts a ban. The user is not added back; they may join again by a
        /// link. The topic of <c>ChatID*TopicID</c> is dropped, as for Ban. Telegram answers
        /// <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="user">Target user ID.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> Unban(
            string token, string chat, long user)
        {
            return Settle(Native.opi_telegram_unban(
                Utf8(token, "token"), Utf8(chat, "chat"), user));
        }

        /// <summary>Unban with chat as a numeric ID.</summary>
        public static IDictionary<string, object> Unban(
            string token, long chat, long user)
        {
            return Unban(
                token, FromNumber(chat), user);
        }

        /// <summary>
        /// Creates a link for joining a closed chat (OPI <c>CreateInvitationLink</c>, Bot API
        /// <c>createChatInviteLink</c>).
        /// </summary>
        /// <remarks>Title holds at most 32 characters; ExpirationDate not given makes a permanent
        /// link; UserLimit 0 means no limit, else 1..=99999. Telegram answers with the new
        /// ChatInviteLink.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="title">Invitation title. null for none.</param>
        /// <param name="expire">Link expiration date (permanent if not specified): Unix seconds,
        /// ISO 8601 (<c>2025-05-02T15:46:10</c>, local time unless it has an offset or <c>Z</c>),
        /// <c>2025-05-02</c>, or 1C's <c>02.05.2025 15:46:10</c>. null for none.</param>
        /// <param name="limit">User limit (infinite if not specified). 0 for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> CreateInvitationLink(
            string token, string chat, string title = null, string expire = null, int limit = 0)
        {
            return Settle(Native.opi_telegram_create_invitation_link(
                Utf8(token, "token"), Utf8(chat, "chat"), Utf8(title, "title"),
                Utf8(expire, "expire"), limit));
        }

        /// <summary>CreateInvitationLink with chat as a numeric ID and expire as a point in time.</summary>
        public static IDictionary<string, object> CreateInvitationLink(
            string token, long chat, string title = null, DateTimeOffset? expire = null,
            int limit = 0)
        {
            return CreateInvitationLink(
                token, FromNumber(chat), title, FromPointInTime(expire), limit);
        }

        /// <summary>
        /// Changes an invitation link; Telegram resets every field not given (OPI
        /// <c>EditInvitationLink</c>, Bot API <c>editChatInviteLink</c>).
        /// </summary>
        /// <remarks>Telegram resets every field that is not given: no Title removes the name, no
        /// ExpirationDate makes the link permanent, UserLimit 0 lifts the limit.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="link">Invitation link (https://t.me/+...).</param>
        /// <param name="title">Invitation title. null for none.</param>
        /// <param name="expire">Link expiration date (permanent if not specified): Unix seconds,
        /// ISO 8601 (<c>2025-05-02T15:46:10</c>, local time unless it has an offset or <c>Z</c>),
        /// <c>2025-05-02</c>, or 1C's <c>02.05.2025 15:46:10</c>. null for none.</param>
        /// <param name="limit">User limit (infinite if not specified). 0 for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> EditInvitationLink(
            string token, string chat, string link, string title = null, string expire = null,
            int limit = 0)
        {
            return Settle(Native.opi_telegram_edit_invitation_link(
                Utf8(token, "token"), Utf8(chat, "chat"), Utf8(link, "link"), Utf8(title, "title"),
                Utf8(expire, "expire"), limit));
        }

        /// <summary>EditInvitationLink with chat as a numeric ID and expire as a point in time.</summary>
        public static IDictionary<string, object> EditInvitationLink(
            string token, long chat, string link, string title = null,
            DateTimeOffset? expire = null, int limit = 0)
        {
            return EditInvitationLink(
                token, FromNumber(chat), link, title, FromPointInTime(expire), limit);
        }

        /// <summary>
        /// Revokes an invitation link so that nobody can join by it (OPI
        /// <c>RevokeInvitationLink</c>, Bot API <c>revokeChatInviteLink</c>).
        /// </summary>
        /// <remarks>Telegram answers with the revoked ChatInviteLink.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="link">Invitation link (https://t.me/+...).</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> RevokeInvitationLink(
            string token, string chat, string link)
        {
            return Settle(Native.opi_telegram_revoke_invitation_link(
                Utf8(token, "token"), Utf8(chat, "chat"), Utf8(link, "link")));
        }

        /// <summary>RevokeInvitationLink with chat as a numeric ID.</summary>
        public static IDictionary<string, object> RevokeInvitationLink(
            string token, long chat, string link)
        {
            return RevokeInvitationLink(
                token, FromNumber(chat), link);
        }

        /// <summary>
        /// Creates a new primary invitation link; the previous one stops working (OPI
        /// <c>ExportPrimaryInvitationLink</c>, Bot API <c>exportChatInviteLink</c>).
        /// </summary>
        /// <remarks>Telegram answers with the new link as a string in <c>result</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> ExportPrimaryInvitationLink(
            string token, string chat)
        {
            return Settle(Native.opi_telegram_export_primary_invitation_link(
                Utf8(token, "token"), Utf8(chat, "chat")));
        }

        /// <summary>ExportPrimaryInvitationLink with chat as a numeric ID.</summary>
        public static IDictionary<string, object> ExportPrimaryInvitationLink(
            string token, long chat)
        {
            return ExportPrimaryInvitationLink(
                token, FromNumber(chat));
        }

        /// <summary>
        /// Creates a link whose members join after an administrator approves them (OPI
        /// <c>CreateJoinRequestLink</c>, Bot API <c>createChatInviteLink</c>).
        /// </summary>
        /// <remarks>Such a link has no user limit: each member joins once an administrator approves
        /// the request.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="title">Invitation title. null for none.</param>
        /// <param name="expire">Link expiration date (permanent if not specified): Unix seconds,
        /// ISO 8601 (<c>2025-05-02T15:46:10</c>, local time unless it has an offset or <c>Z</c>),
        /// <c>2025-05-02</c>, or 1C's <c>02.05.2025 15:46:10</c>. null for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> CreateJoinRequestLink(
            string token, string chat, string title = null, string expire = null)
        {
            return Settle(Native.opi_telegram_create_join_request_link(
                Utf8(token, "token"), Utf8(chat, "chat"), Utf8(title, "title"),
                Utf8(expire, "expire")));
        }

        /// <summary>CreateJoinRequestLink with chat as a numeric ID and expire as a point in time.</summary>
        public static IDictionary<string, object> CreateJoinRequestLink(
            string token, long chat, string title = null, DateTimeOffset? expire = null)
        {
            return CreateJoinRequestLink(
                token, FromNumber(chat), title, FromPointInTime(expire));
        }

        /// <summary>
        /// Creates a paid subscription link for a channel (30 days, in Telegram Stars) (OPI
        /// <c>CreateSubscriptionLink</c>, Bot API <c>createChatSubscriptionInviteLink</c>).
        /// </summary>
        /// <remarks>Price is in Telegram Stars (1..=10000) for each 30 days, the one period
        /// Telegram accepts.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="price">Price per 30 days in Telegram Stars (1..=10000).</param>
        /// <param name="title">Invitation title. null for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> CreateSubscriptionLink(
            string token, string chat, int price, string title = null)
        {
            return Settle(Native.opi_telegram_create_subscription_link(
                Utf8(token, "token"), Utf8(chat, "chat"), Utf8(title, "title"), price));
        }

        /// <summary>CreateSubscriptionLink with chat as a numeric ID.</summary>
        public static IDictionary<string, object> CreateSubscriptionLink(
            string token, long chat, int price, string title = null)
        {
            return CreateSubscriptionLink(
                token, FromNumber(chat), price, title);
        }

        /// <summary>
        /// Renames a subscription link (OPI <c>EditSubscriptionLink</c>, Bot API
        /// <c>editChatSubscriptionInviteLink</c>).
        /// </summary>
        /// <remarks>Its name is all that can change; no Title removes it.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="link">Invitation link (https://t.me/+...).</param>
        /// <param name="title">Invitation title. null for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> EditSubscriptionLink(
            string token, string chat, string link, string title = null)
        {
            return Settle(Native.opi_telegram_edit_subscription_link(
                Utf8(token, "token"), Utf8(chat, "chat"), Utf8(link, "link"),
                Utf8(title, "title")));
        }

        /// <summary>EditSubscriptionLink with chat as a numeric ID.</summary>
        public static IDictionary<string, object> EditSubscriptionLink(
            string token, long chat, string link, string title = null)
        {
            return EditSubscriptionLink(
                token, FromNumber(chat), link, title);
        }

        /// <summary>
        /// Approves a user's request to join the chat (OPI <c>ApproveJoinRequest</c>, Bot API
        /// <c>approveChatJoinRequest</c>).
        /// </summary>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="user">Target user ID.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> ApproveJoinRequest(
            string token, string chat, long user)
        {
            return Settle(Native.opi_telegram_approve_join_request(
                Utf8(token, "token"), Utf8(chat, "chat"), user));
        }

        /// <summary>ApproveJoinRequest with chat as a numeric ID.</summary>
        public static IDictionary<string, object> ApproveJoinRequest(
            string token, long chat, long user)
        {
            return ApproveJoinRequest(
                token, FromNumber(chat), user);
        }

        /// <summary>
        /// Declines a user's request to join the chat (OPI <c>DeclineJoinRequest</c>, Bot API
        /// <c>declineChatJoinRequest</c>).
        /// </summary>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="user">Target user ID.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> DeclineJoinRequest(
            string token, string chat, long user)
        {
            return Settle(Native.opi_telegram_decline_join_request(
                Utf8(token, "token"), Utf8(chat, "chat"), user));
        }

        /// <summary>DeclineJoinRequest with chat as a numeric ID.</summary>
        public static IDictionary<string, object> DeclineJoinRequest(
            string token, long chat, long user)
        {
            return DeclineJoinRequest(
                token, FromNumber(chat), user);
        }

        /// <summary>
        /// Pins a message in the chat (OPI <c>PinMessage</c>, Bot API <c>pinChatMessage</c>).
        /// </summary>
        /// <remarks>Members are notified, as with OPI (<c>disable_notification</c> is not sent);
        /// OPI's meaningless <c>parse_mode</c> is not sent. A message id names its message in the
        /// whole chat, so the topic of <c>ChatID*TopicID</c> is dropped. Telegram answers
        /// <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="message">Target message ID.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> PinMessage(
            string token, string chat, int message)
        {
            return Settle(Native.opi_telegram_pin_message(
                Utf8(token, "token"), Utf8(chat, "chat"), message));
        }

        /// <summary>PinMessage with chat as a numeric ID.</summary>
        public static IDictionary<string, object> PinMessage(
            string token, long chat, int message)
        {
            return PinMessage(
                token, FromNumber(chat), message);
        }

        /// <summary>
        /// Unpins a message in the chat (OPI <c>UnpinMessage</c>, Bot API <c>unpinChatMessage</c>).
        /// </summary>
        /// <remarks>MessageID is required, as in OPI (Telegram would otherwise unpin the latest
        /// pinned message). The topic of <c>ChatID*TopicID</c> is dropped. Telegram answers
        /// <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <param name="message">Target message ID.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> UnpinMessage(
            string token, string chat, int message)
        {
            return Settle(Native.opi_telegram_unpin_message(
                Utf8(token, "token"), Utf8(chat, "chat"), message));
        }

        /// <summary>UnpinMessage with chat as a numeric ID.</summary>
        public static IDictionary<string, object> UnpinMessage(
            string token, long chat, int message)
        {
            return UnpinMessage(
                token, FromNumber(chat), message);
        }

        /// <summary>
        /// Gets the number of members of the chat (OPI <c>GetParticipantCount</c>, Bot API
        /// <c>getChatMemberCount</c>).
        /// </summary>
        /// <remarks>Telegram answers with the number in <c>result</c>. OPI's meaningless
        /// <c>parse_mode</c> is not sent; the topic of <c>ChatID*TopicID</c> is dropped.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="chat">Target chat ID or ChatID*TopicID: an integer id such as
        /// <c>-1001234567890</c>, or <c>@username</c>.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> GetParticipantCount(
            string token, string chat)
        {
            return Settle(Native.opi_telegram_get_participant_count(
                Utf8(token, "token"), Utf8(chat, "chat")));
        }

        /// <summary>GetParticipantCount with chat as a numeric ID.</summary>
        public static IDictionary<string, object> GetParticipantCount(
            string token, long chat)
        {
            return GetParticipantCount(
                token, FromNumber(chat));
        }

        /// <summary>
        /// Gets the custom emoji a forum topic may take as its icon (OPI <c>GetAvatarIconList</c>,
        /// Bot API <c>getForumTopicIconStickers</c>).
        /// </summary>
        /// <remarks>Returns OPI's map rather than Telegram's stickers: <c>result</c> is an object
        /// from each sticker's <c>custom_emoji_id</c> to its <c>emoji</c>, in Telegram's order,
        /// such as <c>{"ok":true,"result":{"5357419403325481346":"🎓"}}</c>; an id is what
        /// CreateForumTopic's IconID takes. As OPI does, a <c>result</c> that is empty or not a
        /// list comes back as Telegram sent it; a refusal is Telegram's document as
        /// received.</remarks>
        /// <param name="token">Bot token.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> GetAvatarIconList(
            string token)
        {
            return Settle(Native.opi_telegram_get_avatar_icon_list(
                Utf8(token, "token")));
        }

        /// <summary>
        /// Creates a topic in a forum supergroup (OPI <c>CreateForumTopic</c>, Bot API
        /// <c>createForumTopic</c>).
        /// </summary>
        /// <remarks>No <c>icon_color</c> is sent, as with OPI: Telegram picks one.
        /// <c>ChatID*TopicID</c> is refused in the forum functions, which take a topic as TopicID.
        /// Telegram answers with the ForumTopic; its <c>message_thread_id</c> is the TopicID of the
        /// other forum functions.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="forum">Forum chat ID: an integer id such as <c>-1001234567890</c>, or
        /// <c>@username</c>.</param>
        /// <param name="title">Topic title.</param>
        /// <param name="icon">Custom emoji ID of the icon (see Telegram's
        /// getForumTopicIconStickers). null for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> CreateForumTopic(
            string token, string forum, string title, string icon = null)
        {
            return Settle(Native.opi_telegram_create_forum_topic(
                Utf8(token, "token"), Utf8(forum, "forum"), Utf8(title, "title"),
                Utf8(icon, "icon")));
        }

        /// <summary>CreateForumTopic with forum as a numeric ID.</summary>
        public static IDictionary<string, object> CreateForumTopic(
            string token, long forum, string title, string icon = null)
        {
            return CreateForumTopic(
                token, FromNumber(forum), title, icon);
        }

        /// <summary>
        /// Renames a forum topic or changes its icon (OPI <c>EditForumTopic</c>, Bot API
        /// <c>editForumTopic</c>).
        /// </summary>
        /// <remarks>TopicID is required: OPI called createForumTopic when it was empty, making a
        /// new topic instead; here an absent topic is refused. Title and IconID left out are kept.
        /// Telegram answers <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="forum">Forum chat ID: an integer id such as <c>-1001234567890</c>, or
        /// <c>@username</c>.</param>
        /// <param name="topic">Topic ID.</param>
        /// <param name="title">New title (kept if not given). null for none.</param>
        /// <param name="icon">Custom emoji ID of the icon (see Telegram's
        /// getForumTopicIconStickers). null for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> EditForumTopic(
            string token, string forum, int topic, string title = null, string icon = null)
        {
            return Settle(Native.opi_telegram_edit_forum_topic(
                Utf8(token, "token"), Utf8(forum, "forum"), topic, Utf8(title, "title"),
                Utf8(icon, "icon")));
        }

        /// <summary>EditForumTopic with forum as a numeric ID.</summary>
        public static IDictionary<string, object> EditForumTopic(
            string token, long forum, int topic, string title = null, string icon = null)
        {
            return EditForumTopic(
                token, FromNumber(forum), topic, title, icon);
        }

        /// <summary>
        /// Closes a forum topic to new messages (OPI <c>CloseForumTopic</c>, Bot API
        /// <c>closeForumTopic</c>).
        /// </summary>
        /// <remarks>Without TopicID (or with 0) the main topic is closed, by
        /// closeGeneralForumTopic, as with OPI. Telegram answers <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="forum">Forum chat ID: an integer id such as <c>-1001234567890</c>, or
        /// <c>@username</c>.</param>
        /// <param name="topic">Topic ID (the main topic if not given). 0 for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> CloseForumTopic(
            string token, string forum, int topic = 0)
        {
            return Settle(Native.opi_telegram_close_forum_topic(
                Utf8(token, "token"), Utf8(forum, "forum"), topic));
        }

        /// <summary>CloseForumTopic with forum as a numeric ID.</summary>
        public static IDictionary<string, object> CloseForumTopic(
            string token, long forum, int topic = 0)
        {
            return CloseForumTopic(
                token, FromNumber(forum), topic);
        }

        /// <summary>
        /// Reopens a closed forum topic (OPI <c>OpenForumTopic</c>, Bot API
        /// <c>reopenForumTopic</c>).
        /// </summary>
        /// <remarks>Without TopicID (or with 0) the main topic is reopened, by
        /// reopenGeneralForumTopic, as with OPI. Telegram answers <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="forum">Forum chat ID: an integer id such as <c>-1001234567890</c>, or
        /// <c>@username</c>.</param>
        /// <param name="topic">Topic ID (the main topic if not given). 0 for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> OpenForumTopic(
            string token, string forum, int topic = 0)
        {
            return Settle(Native.opi_telegram_open_forum_topic(
                Utf8(token, "token"), Utf8(forum, "forum"), topic));
        }

        /// <summary>OpenForumTopic with forum as a numeric ID.</summary>
        public static IDictionary<string, object> OpenForumTopic(
            string token, long forum, int topic = 0)
        {
            return OpenForumTopic(
                token, FromNumber(forum), topic);
        }

        /// <summary>
        /// Deletes a forum topic with all its messages (OPI <c>DeleteForumTopic</c>, Bot API
        /// <c>deleteForumTopic</c>).
        /// </summary>
        /// <remarks>TopicID is required: the main topic cannot be deleted. Telegram answers
        /// <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="forum">Forum chat ID: an integer id such as <c>-1001234567890</c>, or
        /// <c>@username</c>.</param>
        /// <param name="topic">Topic ID.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> DeleteForumTopic(
            string token, string forum, int topic)
        {
            return Settle(Native.opi_telegram_delete_forum_topic(
                Utf8(token, "token"), Utf8(forum, "forum"), topic));
        }

        /// <summary>DeleteForumTopic with forum as a numeric ID.</summary>
        public static IDictionary<string, object> DeleteForumTopic(
            string token, long forum, int topic)
        {
            return DeleteForumTopic(
                token, FromNumber(forum), topic);
        }

        /// <summary>
        /// Hides the forum's main (General) topic (OPI <c>HideMainForumTopic</c>, Bot API
        /// <c>hideGeneralForumTopic</c>).
        /// </summary>
        /// <remarks>Telegram also closes the topic if it was open. Telegram answers
        /// <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="forum">Forum chat ID: an integer id such as <c>-1001234567890</c>, or
        /// <c>@username</c>.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> HideMainForumTopic(
            string token, string forum)
        {
            return Settle(Native.opi_telegram_hide_main_forum_topic(
                Utf8(token, "token"), Utf8(forum, "forum")));
        }

        /// <summary>HideMainForumTopic with forum as a numeric ID.</summary>
        public static IDictionary<string, object> HideMainForumTopic(
            string token, long forum)
        {
            return HideMainForumTopic(
                token, FromNumber(forum));
        }

        /// <summary>
        /// Shows the forum's main (General) topic again (OPI <c>ShowMainForumTopic</c>, Bot API
        /// <c>unhideGeneralForumTopic</c>).
        /// </summary>
        /// <remarks>Telegram answers <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="forum">Forum chat ID: an integer id such as <c>-1001234567890</c>, or
        /// <c>@username</c>.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> ShowMainForumTopic(
            string token, string forum)
        {
            return Settle(Native.opi_telegram_show_main_forum_topic(
                Utf8(token, "token"), Utf8(forum, "forum")));
        }

        /// <summary>ShowMainForumTopic with forum as a numeric ID.</summary>
        public static IDictionary<string, object> ShowMainForumTopic(
            string token, long forum)
        {
            return ShowMainForumTopic(
                token, FromNumber(forum));
        }

        /// <summary>
        /// Renames the forum's main (General) topic (OPI <c>EditMainForumTopicName</c>, Bot API
        /// <c>editGeneralForumTopic</c>).
        /// </summary>
        /// <remarks>Telegram answers <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="forum">Forum chat ID: an integer id such as <c>-1001234567890</c>, or
        /// <c>@username</c>.</param>
        /// <param name="title">Topic title.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> EditMainForumTopicName(
            string token, string forum, string title)
        {
            return Settle(Native.opi_telegram_edit_main_forum_topic_name(
                Utf8(token, "token"), Utf8(forum, "forum"), Utf8(title, "title")));
        }

        /// <summary>EditMainForumTopicName with forum as a numeric ID.</summary>
        public static IDictionary<string, object> EditMainForumTopicName(
            string token, long forum, string title)
        {
            return EditMainForumTopicName(
                token, FromNumber(forum), title);
        }

        /// <summary>
        /// Unpins every message pinned in a forum topic (OPI <c>ClearTopicPinnedMessagesList</c>,
        /// Bot API <c>unpinAllForumTopicMessages</c>).
        /// </summary>
        /// <remarks>Without TopicID (or with 0) the main topic's are unpinned, by
        /// unpinAllGeneralForumTopicMessages, as with OPI. The topic is sent as a number, where OPI
        /// sent text. Telegram answers <c>true</c>.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="forum">Forum chat ID: an integer id such as <c>-1001234567890</c>, or
        /// <c>@username</c>.</param>
        /// <param name="topic">Topic ID (the main topic if not given). 0 for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> ClearTopicPinnedMessagesList(
            string token, string forum, int topic = 0)
        {
            return Settle(Native.opi_telegram_clear_topic_pinned_messages_list(
                Utf8(token, "token"), Utf8(forum, "forum"), topic));
        }

        /// <summary>ClearTopicPinnedMessagesList with forum as a numeric ID.</summary>
        public static IDictionary<string, object> ClearTopicPinnedMessagesList(
            string token, long forum, int topic = 0)
        {
            return ClearTopicPinnedMessagesList(
                token, FromNumber(forum), topic);
        }

        /// <summary>
        /// Calls any Bot API method with a JSON object of parameters (OPI <c>Call</c>, Bot API any,
        /// named by the Method parameter).
        /// </summary>
        /// <remarks>For the many Bot API methods without a function of their own: Method is its
        /// name (letters only, such as getChat), Parameters a JSON object sent as the body (none
        /// for <c>{}</c>). The same result envelope, checks and token protection as every other
        /// call.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="method">Bot API method name, such as getChat.</param>
        /// <param name="params">Method parameters as a JSON object. null for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> Call(
            string token, string method, string @params = null)
        {
            return Settle(Native.opi_telegram_call(
                Utf8(token, "token"), Utf8(method, "method"), Utf8(@params, "params")));
        }

        /// <summary>
        /// Calls any Bot API method with files, as multipart/form-data (OPI <c>CallWithFiles</c>,
        /// Bot API any, named by the Method parameter).
        /// </summary>
        /// <remarks>Call for methods that take files (sendVoice, sendSticker, setChatPhoto, ...):
        /// Parameters' fields go as text fields; Files is a JSON object of form field to a path,
        /// URL or file_id, each checked as any file is. A field in both is refused: it would go
        /// twice, and which value Telegram read would be a guess.</remarks>
        /// <param name="token">Bot token.</param>
        /// <param name="method">Bot API method name, such as getChat.</param>
        /// <param name="files">Files by form field: {'voice': 'a path, URL or file_id'}: JSON text,
        /// OPI's single-quoted JSON (<c>{'inline_keyboard':[[...]]}</c>), or the path of a .json
        /// file. A string as written, or a dictionary or list encoded as JSON.</param>
        /// <param name="params">Method parameters as a JSON object. null for none.</param>
        /// <returns>Telegram's answer, {"ok": true, "result": ...}.</returns>
        /// <exception cref="TelegramException">The Bot API refused the request.</exception>
        /// <exception cref="LibraryException">A bad argument, or no answer from the Bot API.</exception>
        public static IDictionary<string, object> CallWithFiles(
            string token, string method, object files, string @params = null)
        {
            return Settle(Native.opi_telegram_call_with_files(
                Utf8(token, "token"), Utf8(method, "method"), Utf8(@params, "params"),
                Utf8(JsonText(files), "files")));
        }
    }
}
