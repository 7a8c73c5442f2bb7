// C# bindings for libopi over P/Invoke: no assembly of our own to reference, only this
// file and the native library (opi.dll on Windows, libopi.so on Linux) beside the program
// or on the loader's path.
//
// Every function returns the whole JSON document libopi produced, parsed, when it says
// "ok": true. A document that says "ok": false is thrown instead: a TelegramException when
// the Bot API refused the request, a LibraryException when libopi answered itself (a bad
// argument, a network failure, a timeout, ...). Either way the exception keeps the parsed
// document in Response.
//
// C# 5 and .NET Framework 4.0's library only, so the same file builds with Mono's mcs,
// .NET Framework 4.x and .NET 6 or later.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace LibOpi
{
    /// <summary>A libopi result that says "ok": false.</summary>
    public class OpiException : Exception
    {
        /// <summary>The whole parsed document.</summary>
        public IDictionary<string, object> Response { get; private set; }

        /// <summary>The sentence libopi or Telegram gave; also the exception's Message.</summary>
        public string Description { get; private set; }

        public OpiException(IDictionary<string, object> response)
            : base(DescriptionOf(response))
        {
            Response = response;
            Description = DescriptionOf(response);
        }

        static string DescriptionOf(IDictionary<string, object> response)
        {
            object description;
            return response.TryGetValue("description", out description) && description is string
                ? (string)description
                : "unknown error";
        }
    }

    /// <summary>The Bot API refused the request; ErrorCode is Telegram's (400, 401, 429, ...).</summary>
    public class TelegramException : OpiException
    {
        public int? ErrorCode { get; private set; }

        public TelegramException(IDictionary<string, object> response)
            : base(response)
        {
            object code;
            if (response.TryGetValue("error_code", out code) && code is long)
                ErrorCode = (int)(long)code;
        }
    }

    /// <summary>
    /// libopi answered itself: nothing came back from Telegram. Kind is invalid_argument,
    /// connection, tls, timeout, bad_response, file or internal; Parameter names the OPI parameter
    /// or setting an invalid_argument is about, and is null otherwise.
    /// </summary>
    public class LibraryException : OpiException
    {
        public string Kind { get; private set; }
        public string Parameter { get; private set; }
        public int? HttpStatus { get; private set; }

        public LibraryException(IDictionary<string, object> response)
            : base(response)
        {
            object value;
            var details = response.TryGetValue("opi_error", out value)
                ? value as IDictionary<string, object>
                : null;
            details = details ?? new Dictionary<string, object>();
            Kind = details.TryGetValue("kind", out value) && value is string ? (string)value : "internal";
            Parameter = details.TryGetValue("parameter", out value) ? value as string : null;
            if (details.TryGetValue("http_status", out value) && value is long)
                HttpStatus = (int)(long)value;
        }
    }

    /// <summary>
    /// The functions of libopi. Every one may be called from many threads at once. The
    /// typed function of each method, and its declaration, are generated into Telegram.g.cs.
    /// </summary>
    public static partial class Opi
    {
        // Strings cross as NUL-terminated UTF-8 in byte arrays: .NET Framework before 4.7
        // has no UTF-8 string marshalling, and Mono's default for string is not UTF-8 on
        // every platform. A null array is a NULL pointer, which libopi reads as "not given".
        // Results come back as IntPtr so that this file, not the marshaller, owns them.
        static partial class Native
        {
            const string Library = "opi";

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_configure(byte[] optionsJson);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_describe();

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern IntPtr opi_version();

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern void opi_free(IntPtr result);

            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
            public static extern void opi_bytes_free(ref OpiBytes bytes);
        }

        /// <summary><c>opi_bytes</c>: the bytes a download function hands over.</summary>
        [StructLayout(LayoutKind.Sequential)]
        struct OpiBytes
        {
            public IntPtr Data;
            public UIntPtr Len;
        }

        /// <summary>
        /// Takes ownership of a download's result and bytes: settles the result, copies the
        /// bytes and releases them, whatever happens.
        /// </summary>
        static byte[] SettleBytes(IntPtr result, ref OpiBytes received)
        {
            try
            {
                Settle(result);
                var bytes = new byte[checked((int)received.Len.ToUInt64())];
                if (bytes.Length > 0)
                    Marshal.Copy(received.Data, bytes, 0, bytes.Length);
                return bytes;
            }
            finally
            {
                Native.opi_bytes_free(ref received);
            }
        }

        /// <summary>
        /// Changes settings for the calls that start after it returns. optionsJson is a JSON
        /// object with api_url, timeout_ms, connect_timeout_ms, proxy, max_retry_after_s; "{}"
        /// changes nothing. Returns {"ok": true, "result": {...the settings now in force...}}.
        /// </summary>
        /// <exception cref="LibraryException">An unknown key or a bad value (then nothing changes).</exception>
        public static IDictionary<string, object> Configure(string optionsJson = "{}")
        {
            return Settle(Native.opi_configure(Utf8(optionsJson, "optionsJson")));
        }

        /// <summary>Configure with the settings as pairs: strings, numbers, booleans or null.</summary>
        public static IDictionary<string, object> Configure(IDictionary<string, object> options)
        {
            return Configure(Json.Write(options));
        }

        /// <summary>
        /// The library as data: {"ok": true, "result": {...}} with its version, the kinds of
        /// its own errors, and each method with its names and parameters.
        /// </summary>
        public static IDictionary<string, object> Describe()
        {
            return Settle(Native.opi_describe());
        }

        /// <summary>The version of the loaded libopi, such as "0.1.0".</summary>
        public static string Version()
        {
            // A static string owned by the library: copied, never freed.
            return Copy(Native.opi_version());
        }

        static byte[] Utf8(string value, string name)
        {
            if (value == null)
                return null;
            if (value.IndexOf('\0') >= 0)
                // C would see only the part before it, silently.
                throw new ArgumentException(name + " must not contain null characters", name);
            var encoded = new byte[Encoding.UTF8.GetByteCount(value) + 1];
            Encoding.UTF8.GetBytes(value, 0, value.Length, encoded, 0);
            return encoded;
        }

        /// <summary>A JSON argument: a string as written (libopi reads JSON, single-quoted
        /// JSON or a file path), null as not given, anything else encoded.</summary>
        static string JsonText(object value)
        {
            if (value == null || value is string)
                return (string)value;
            return Json.Encode(value);
        }

        static string FromNumber(long chat)
        {
            return chat.ToString(CultureInfo.InvariantCulture);
        }

        static string FromPointInTime(DateTimeOffset? date)
        {
            return date.HasValue
                ? date.Value.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)
                : null;
        }

        static string Copy(IntPtr text)
        {
            int length = 0;
            while (Marshal.ReadByte(text, length) != 0)
                length++;
            var bytes = new byte[length];
            Marshal.Copy(text, bytes, 0, length);
            return Encoding.UTF8.GetString(bytes);
        }

        /// <summary>Takes ownership of a result: copies it, releases it, parses it.</summary>
        static IDictionary<string, object> Settle(IntPtr result)
        {
            if (result == IntPtr.Zero)
                // The contract rules this out; say so rather than read address zero.
                throw new InvalidOperationException("libopi returned NULL");
            string text;
            try
            {
                text = Copy(result);
            }
            finally
            {
                Native.opi_free(result);
            }
            IDictionary<string, object> response;
            try
            {
                response = Json.Read(text) as IDictionary<string, object>;
            }
            catch (FormatException unreadable)
            {
                // libopi hands on the Bot API's document as it came; one this file cannot
                // read (nested deeper than Json.MaxDepth) is one the server sent, a
                // bad_response like any other.
                response = new Dictionary<string, object>
                {
                    { "ok", false },
                    { "description", "the answer cannot be read here (" + unreadable.Message
                        + "); Telegram's answers are a few levels deep, so it came from something else" },
                    { "opi_error", new Dictionary<string, object> { { "kind", "bad_response" } } },
                };
            }
            if (response == null)
                throw new FormatException("libopi's result is not a JSON object");
            object ok;
            if (response.TryGetValue("ok", out ok) && true.Equals(ok))
                return response;
            if (response.ContainsKey("opi_error"))
                throw new LibraryException(response);
            throw new TelegramException(response);
        }
    }
}
