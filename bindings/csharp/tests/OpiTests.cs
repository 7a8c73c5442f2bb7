// The C# bindings against the loopback Bot API stand-in, as a program: no test framework
// to fetch, so it builds with mcs alone. Exits 0 when every test passed.
//
//   mono OpiTests.exe STANDIN     # STANDIN: the path of opi-standin

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Threading;
using LibOpi;

static class OpiTests
{
    const string Token = "6129457865:AAFyzNYOAFbu-loopback-stand-in";
    const string Chat = "@testsichee";
    static string standinPath, standinUrl;

    static int Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: OpiTests.exe PATH-OF-OPI-STANDIN");
            return 2;
        }
        standinPath = args[0];
        Process started;
        try
        {
            started = StartStandin("", out standinUrl);
        }
        catch (Exception error)
        {
            Console.Error.WriteLine(error.Message);
            return 1;
        }
        using (var standin = started)
        {
            Opi.Configure(new Dictionary<string, object> { { "api_url", standinUrl } });
            int failed = 0;
            foreach (var test in Tests())
            {
                try
                {
                    test.Value();
                    Console.WriteLine("ok   " + test.Key);
                }
                catch (Exception error)
                {
                    failed++;
                    Console.WriteLine("FAIL " + test.Key + ": " + error);
                }
            }
            Stop(standin);
            Console.WriteLine(failed == 0 ? "csharp: all tests passed" : "csharp: " + failed + " failed");
            return failed == 0 ? 0 : 1;
        }
    }

    // Starts opi-standin with these arguments and reads the URL it prints. It serves until
    // its stdin closes, so it cannot outlive this process.
    static Process StartStandin(string arguments, out string url)
    {
        var start = new ProcessStartInfo(standinPath, arguments)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        var standin = Process.Start(start);
        url = standin.StandardOutput.ReadLine();
        if (url == null || !url.StartsWith("http://"))
        {
            Stop(standin);
            throw new Exception("opi-standin printed " + url + " instead of its URL");
        }
        return standin;
    }

    static void Stop(Process standin)
    {
        standin.StandardInput.Close();
        standin.WaitForExit();
    }

    static IEnumerable<KeyValuePair<string, Action>> Tests()
    {
        yield return Test("version", Version);
        yield return Test("configure reports the settings in force", ConfigureReports);
        yield return Test("configure refuses an unknown key", ConfigureRefuses);
        yield return Test("creates a link", CreatesALink);
        yield return Test("numeric chat and a point in time", NumericChatAndPointInTime);
        yield return Test("only the required arguments", OnlyRequired);
        yield return Test("Telegram's refusal is a TelegramException", TelegramRefusal);
        yield return Test("a token Telegram does not know", UnknownToken);
        yield return Test("invalid_argument is a LibraryException", InvalidArgument);
        yield return Test("null for a required argument", NullRequired);
        yield return Test("a null character is refused before the call", NullCharacter);
        yield return Test("a refused connection", RefusedConnection);
        yield return Test("an answer nested too deeply is a LibraryException", AnswerTooDeep);
        yield return Test("many threads", ManyThreads);
        yield return Test("results are freed: flat memory", FlatMemory);
        yield return Test("JSON reads what libopi writes", JsonReads);
        yield return Test("every method of the table is offered", EveryMethodOffered);
        yield return Test("every method sends what its example sends", EveryMethodSendsItsExample);
        yield return Test("revokes a link", RevokesALink);
        yield return Test("approves a join request for a 64-bit user", ApprovesA64BitUser);
        yield return Test("a subscription link with its required price", SubscriptionLink);
        yield return Test("calls any method", CallsAnyMethod);
        yield return Test("sends a document from bytes, a path or a URL", SendsADocument);
        yield return Test("downloads a file as bytes", DownloadsAFile);
        yield return Test("a formed keyboard goes to a sender as it came", FormedKeyboard);
        yield return Test("results that are not Telegram's document", NotTelegramsDocument);
        yield return Test("a text with a dictionary keyboard or OPI's single-quoted JSON", SendsText);
        yield return Test("a location from doubles and a poll from a list", LocationAndPoll);
    }

    static KeyValuePair<string, Action> Test(string name, Action test)
    {
        return new KeyValuePair<string, Action>(name, test);
    }

    static void Expect(bool condition, string what)
    {
        if (!condition)
            throw new Exception("expected " + what);
    }

    static T Throws<T>(Action action) where T : Exception
    {
        try
        {
            action();
        }
        catch (T expected)
        {
            return expected;
        }
        throw new Exception("expected a " + typeof(T).Name);
    }

    static IDictionary<string, object> Result(IDictionary<string, object> response)
    {
        Expect(true.Equals(response["ok"]), "\"ok\": true");
        return (IDictionary<string, object>)response["result"];
    }

    static void Version()
    {
        var version = Opi.Version();
        Expect(System.Text.RegularExpressions.Regex.IsMatch(version, @"^\d+\.\d+\.\d+"), "a version, not " + version);
    }

    static void ConfigureReports()
    {
        Expect((string)Result(Opi.Configure())["api_url"] == standinUrl, "the stand-in's URL in force");
    }

    static void ConfigureRefuses()
    {
        var error = Throws<LibraryException>(() => Opi.Configure("{\"colour\":\"blue\"}"));
        Expect(error.Kind == "invalid_argument", "invalid_argument, not " + error.Kind);
        Expect(false.Equals(error.Response["ok"]), "the response kept");
    }

    static void CreatesALink()
    {
        var link = Result(Opi.CreateInvitationLink(Token, Chat, "Link 01.05.2025 15:46:10", "1746200770", 200));
        Expect(((string)link["invite_link"]).StartsWith("https://t.me/+"), "a t.me link");
        Expect((string)link["name"] == "Link 01.05.2025 15:46:10", "the title");
        Expect((long)link["expire_date"] == 1746200770, "the expiry");
        Expect((long)link["member_limit"] == 200, "the limit");
    }

    static void NumericChatAndPointInTime()
    {
        var expire = new DateTimeOffset(2025, 5, 2, 15, 46, 10, TimeSpan.FromHours(3));
        var link = Result(Opi.CreateInvitationLink(Token, -1001234567890, expire: expire));
        Expect((long)link["expire_date"] == 1746189970, "the expiry in Unix seconds, not " + link["expire_date"]);
    }

    static void OnlyRequired()
    {
        var link = Result(Opi.CreateInvitationLink(Token, Chat));
        foreach (var absent in new[] { "name", "expire_date", "member_limit" })
            Expect(!link.ContainsKey(absent), "no " + absent);
    }

    static void TelegramRefusal()
    {
        var error = Throws<TelegramException>(() => Opi.CreateInvitationLink(Token, "@no_such_chat", "x"));
        Expect(error.ErrorCode == 400, "error code 400");
        Expect(error.Message == "Bad Request: chat not found", "Telegram's description, not " + error.Message);
        Expect(error.Description == error.Message, "the description");
        Expect(!error.ToString().Contains(Token), "no token in the exception");
    }

    static void UnknownToken()
    {
        var error = Throws<TelegramException>(() => Opi.CreateInvitationLink("123456:not-the-stand-ins-token", Chat));
        Expect(error.ErrorCode == 401, "error code 401");
        Expect(!error.ToString().Contains("not-the-stand-ins-token"), "no token in the exception");
    }

    static void InvalidArgument()
    {
        var cases = new Dictionary<string, Action>
        {
            { "Title", () => Opi.CreateInvitationLink(Token, Chat, new string('x', 33)) },
            { "ExpirationDate", () => Opi.CreateInvitationLink(Token, Chat, expire: "tomorrow") },
            { "UserLimit", () => Opi.CreateInvitationLink(Token, Chat, limit: 100000) },
        };
        foreach (var c in cases)
        {
            var error = Throws<LibraryException>(c.Value);
            Expect(error.Kind == "invalid_argument", c.Key + ": invalid_argument, not " + error.Kind);
            Expect(error.Parameter == c.Key, c.Key + ": the parameter, not " + error.Parameter);
            Expect(error.Message.StartsWith(c.Key + ":"), c.Key + ": a description naming it");
            Expect(!error.ToString().Contains(Token), c.Key + ": no token in the exception");
        }
    }

    static void NullRequired()
    {
        Expect(Throws<LibraryException>(() => Opi.CreateInvitationLink(null, Chat)).Parameter == "Token", "Token");
        Expect(Throws<LibraryException>(() => Opi.CreateInvitationLink(Token, null)).Parameter == "ChatID", "ChatID");
        Expect(Throws<LibraryException>(() => Opi.CreateInvitationLink("", Chat)).Parameter == "Token", "Token");
    }

    static void NullCharacter()
    {
        var error = Throws<ArgumentException>(() => Opi.CreateInvitationLink(Token, Chat, "a\0b"));
        Expect(error.ParamName == "title", "the title named");
    }

    static void RefusedConnection()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Opi.Configure("{\"api_url\":\"http://127.0.0.1:" + port + "\",\"timeout_ms\":5000}");
        try
        {
            var error = Throws<LibraryException>(() => Opi.CreateInvitationLink(Token, Chat));
            Expect(error.Kind == "connection", "connection, not " + error.Kind);
        }
        finally
        {
            Opi.Configure(new Dictionary<string, object> { { "api_url", standinUrl }, { "timeout_ms", 30000 } });
        }
    }

    // libopi passes the Bot API's document on as received, however deep; one nested
    // 100 000 deep overflowed the reader's stack, which no catch survives in .NET.
    static void AnswerTooDeep()
    {
        const int depth = 100000;
        var body = Encoding.UTF8.GetBytes(
            "{\"ok\":true,\"result\":" + new string('[', depth) + new string(']', depth) + "}");
        var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        var answering = new Thread(() => AnswerOnce(server, body));
        answering.Start();
        Opi.Configure("{\"api_url\":\"http://127.0.0.1:" + ((IPEndPoint)server.LocalEndpoint).Port + "\"}");
        try
        {
            var error = Throws<LibraryException>(() => Opi.CreateInvitationLink(Token, Chat));
            Expect(error.Kind == "bad_response", "bad_response, not " + error.Kind);
            Expect(false.Equals(error.Response["ok"]), "\"ok\": false in the error's document");
            Expect(error.Description.Contains("deep"), "a description of the depth, not " + error.Description);
        }
        finally
        {
            Opi.Configure(new Dictionary<string, object> { { "api_url", standinUrl } });
            server.Stop();
            answering.Join();
        }
    }

    // Reads one request (its head, then Content-Length bytes) and answers with `body`.
    static void AnswerOnce(TcpListener server, byte[] body)
    {
        try
        {
            using (var client = server.AcceptTcpClient())
            using (var stream = client.GetStream())
            {
                var received = new List<byte>();
                var buffer = new byte[4096];
                int end = -1, length = 0;
                while (end < 0 || received.Count < end + length)
                {
                    int n = stream.Read(buffer, 0, buffer.Length);
                    if (n == 0)
                        return;
                    for (int i = 0; i < n; i++)
                        received.Add(buffer[i]);
                    if (end < 0)
                    {
                        var text = Encoding.ASCII.GetString(received.ToArray());
                        int blank = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                        if (blank < 0)
                            continue;
                        end = blank + 4;
                        foreach (var line in text.Substring(0, blank).Split('\n'))
                            if (line.StartsWith("content-length:", StringComparison.OrdinalIgnoreCase))
                                length = int.Parse(line.Substring(15).Trim());
                    }
                }
                var head = Encoding.ASCII.GetBytes(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.Length
                    + "\r\nConnection: close\r\n\r\n");
                stream.Write(head, 0, head.Length);
                stream.Write(body, 0, body.Length);
            }
        }
        catch (SocketException)
        {
            // Stopped before a request came: the test has already failed on its own.
        }
    }

    static void ManyThreads()
    {
        const int threads = 8, each = 100;
        var answers = new string[threads * each];
        var failures = new List<Exception>();
        var workers = new List<Thread>();
        for (int t = 0; t < threads; t++)
        {
            int first = t * each;
            var worker = new Thread(() =>
            {
                try
                {
                    for (int n = first; n < first + each; n++)
                    {
                        var title = "thread link " + n;
                        if (n % 10 == 0)
                            answers[n] = Throws<TelegramException>(() => Opi.CreateInvitationLink(Token, "@no_such_chat", title)).Message;
                        else
                            answers[n] = (string)Result(Opi.CreateInvitationLink(Token, Chat, title))["name"];
                    }
                }
                catch (Exception error)
                {
                    lock (failures)
                        failures.Add(error);
                }
            });
            worker.Start();
            workers.Add(worker);
        }
        foreach (var worker in workers)
            worker.Join();
        if (failures.Count > 0)
            throw failures[0];
        for (int n = 0; n < answers.Length; n++)
        {
            var expected = n % 10 == 0 ? "Bad Request: chat not found" : "thread link " + n;
            Expect(answers[n] == expected, "answer " + n + " to be " + expected + ", not " + answers[n]);
        }
    }

    static long ResidentKiB()
    {
        foreach (var line in File.ReadAllLines("/proc/self/status"))
            if (line.StartsWith("VmRSS:"))
                return long.Parse(line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries)[1]);
        throw new Exception("no VmRSS in /proc/self/status");
    }

    static long SettledResidentKiB()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return ResidentKiB();
    }

    // Each result is copied and released at once, so many calls leave memory flat. Every
    // call leaking its result (a few hundred bytes) would add about 10 MiB over 40 000
    // calls. Most calls are refused locally, which is quick; one in eight goes to the
    // stand-in, for a link or for Telegram's refusal.
    static void FlatMemory()
    {
        if (!File.Exists("/proc/self/status"))
        {
            Console.WriteLine("     (no /proc: flat memory not measured here)");
            return;
        }
        var unreadableChat = string.Concat(System.Linq.Enumerable.Repeat("not a chat ", 20));
        Action<int> round = count =>
        {
            for (int n = 0; n < count; n++)
            {
                int kind = n % 16;
                if (kind == 0)
                    Opi.CreateInvitationLink(Token, Chat, new string('x', 32), limit: n % 99999 + 1);
                else if (kind == 8)
                    Throws<TelegramException>(() => Opi.CreateInvitationLink(Token, "@no_such_chat"));
                else
                    Throws<LibraryException>(() => Opi.CreateInvitationLink(Token, unreadableChat));
            }
        };
        // Enough for the connection pool, allocator arenas and the JIT to reach their size.
        round(10000);
        long before = SettledResidentKiB();
        const int calls = 40000;
        round(calls);
        long after = SettledResidentKiB();
        long growth = after - before;
        Console.WriteLine(string.Format(
            "     csharp: resident memory {0:F1} MiB -> {1:F1} MiB after {2} calls ({3:+0;-0} KiB)",
            before / 1024.0, after / 1024.0, calls, growth));
        Expect(growth < 4 * 1024, "resident memory to grow by less than 4 MiB, not " + growth + " KiB");
    }

    static void JsonReads()
    {
        var value = (IDictionary<string, object>)Json.Read(
            "{\"a\":[1,-2.5,true,false,null],\"b\":\"\\u00e9\\n\\\"\",\"c\":{}}");
        var list = (List<object>)value["a"];
        Expect((long)list[0] == 1 && (double)list[1] == -2.5 && true.Equals(list[2]) && list[4] == null, "the array");
        Expect((string)value["b"] == "\u00e9\n\"", "the escapes");
        Throws<FormatException>(() => Json.Read("{\"a\":1} x"));
        Throws<FormatException>(() => Json.Read("{\"a\":"));
        var deepest = new string('[', Json.MaxDepth) + new string(']', Json.MaxDepth);
        // On a thread of a quarter of Windows' default stack, so the limit leaves room.
        object read = null;
        var small = new Thread(() => read = Json.Read(deepest), 256 * 1024);
        small.Start();
        small.Join();
        Expect(read is List<object>, "arrays nested Json.MaxDepth deep, read on a 256 KiB stack");
        Throws<FormatException>(() => Json.Read("[" + deepest + "]"));
        Expect(Json.Write(new Dictionary<string, object> { { "k\"", "v\n" }, { "n", 5 }, { "z", null } })
            == "{\"k\\\"\":\"v\\u000a\",\"n\":5,\"z\":null}", "written JSON");
    }

    // Each method of the table, as Describe() gives it, is a public function whose
    // parameters are the CLI options: the required ones first, then the optional ones with
    // their defaults; where a required chat is taken, an overload takes it as a number.
    static void EveryMethodOffered()
    {
        var described = (IDictionary<string, object>)Result(Opi.Describe());
        var library = (IDictionary<string, object>)((List<object>)described["libraries"])[0];
        var methods = (List<object>)library["methods"];
        Expect(methods.Count >= 10, "ten methods or more, not " + methods.Count);
        foreach (IDictionary<string, object> method in methods)
        {
            var name = (string)method["name"];
            var required = new List<string>();
            var optional = new List<string>();
            bool takesChat = false;
            var chats = new List<string>();
            foreach (IDictionary<string, object> param in (List<object>)method["params"])
            {
                ((bool)param["required"] ? required : optional).Add((string)param["option"]);
                takesChat |= (bool)param["required"] && (string)param["value"] == "chat";
                if ((string)param["value"] == "chat")
                    chats.Add((string)param["option"]);
            }
            var expected = string.Join(",", required) + (optional.Count > 0 ? ",[" + string.Join(",", optional) + "]" : "");
            var overloads = new List<string>();
            foreach (var candidate in typeof(Opi).GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                if (candidate.Name != name)
                    continue;
                var names = new List<string>();
                var defaults = new List<string>();
                bool numericChat = false;
                foreach (var parameter in candidate.GetParameters())
                {
                    (parameter.IsOptional ? defaults : names).Add(parameter.Name);
                    numericChat |= chats.Contains(parameter.Name) && parameter.ParameterType == typeof(long);
                }
                overloads.Add(string.Join(",", names) + (defaults.Count > 0 ? ",[" + string.Join(",", defaults) + "]" : "")
                    + (numericChat ? " numeric" : ""));
            }
            Expect(overloads.Contains(expected), name + "(" + expected + ") among " + string.Join("; ", overloads));
            Expect(overloads.Contains(expected + " numeric") == takesChat, name + " with a numeric chat where it takes one");
        }
        foreach (IDictionary<string, object> kind in (List<object>)described["error_kinds"])
        {
            bool found = false;
            foreach (var field in typeof(ErrorKind).GetFields())
                found |= (string)field.GetValue(null) == (string)kind["name"];
            Expect(found, "an ErrorKind for " + kind["name"]);
        }
    }

    static readonly Dictionary<string, Type> KindTypes = new Dictionary<string, Type>
    {
        { "text", typeof(string) }, { "chat", typeof(string) }, { "date", typeof(string) },
        { "int32", typeof(int) }, { "int64", typeof(long) }, { "bool", typeof(bool) }, { "double", typeof(double) },
        { "object", typeof(object) }, { "array", typeof(object) }, { "file", typeof(OpiFile) },
    };

    // An example's value, given as text, as the C# type of its kind.
    static object FromExample(string kind, string text)
    {
        switch (kind)
        {
            case "int32": return int.Parse(text, CultureInfo.InvariantCulture);
            case "int64": return long.Parse(text, CultureInfo.InvariantCulture);
            case "bool": return bool.Parse(text);
            case "double": return double.Parse(text, CultureInfo.InvariantCulture);
            case "file": return (OpiFile)text;
            // text, chat and date; object and array as the JSON text given.
            default: return text;
        }
    }

    static string FirstDifference(string got, string want)
    {
        var g = got.Split('\n');
        var w = want.Split('\n');
        int i = 0;
        while (i < g.Length && i < w.Length && g[i] == w[i])
            i++;
        return string.Format("{0} lines, want {1}; line {2}:\n got {3}\nwant {4}", g.Length - 1, w.Length - 1, i + 1,
            i < g.Length ? g[i] : "(none)", i < w.Length ? w[i] : "(none)");
    }

    // Every method of the table, in order, with its example's values, against a stand-in of
    // its own: what reached it must be what oint sends for the same examples, recorded in
    // tests/examples.requests, byte for byte.
    static void EveryMethodSendsItsExample()
    {
        var record = Environment.GetEnvironmentVariable("OPI_EXAMPLE_REQUESTS");
        Expect(!string.IsNullOrEmpty(record), "OPI_EXAMPLE_REQUESTS to name the record of what the examples send");
        var want = File.ReadAllText(record);
        var library = (IDictionary<string, object>)((List<object>)Result(Opi.Describe())["libraries"])[0];
        var received = Path.GetTempFileName();
        var downloads = new Dictionary<string, byte[]>();
        string url, got;
        using (var standin = StartStandin("--requests \"" + received + "\"", out url))
        {
            Opi.Configure(new Dictionary<string, object> { { "api_url", url } });
            try
            {
                foreach (IDictionary<string, object> method in (List<object>)library["methods"])
                {
                    var name = (string)method["name"];
                    var example = new Dictionary<string, string>();
                    foreach (List<object> pair in (List<object>)method["example"])
                        example[(string)pair[0]] = (string)pair[0] == "token" ? Token : (string)pair[1];
                    // The function's parameters: the required ones first, then the optional ones.
                    var parameters = ((List<object>)method["params"]).Cast<IDictionary<string, object>>()
                        .OrderBy(p => (bool)p["required"] ? 0 : 1).ToList();
                    var function = typeof(Opi).GetMethod(name, parameters.Select(p => KindTypes[(string)p["value"]]).ToArray());
                    Expect(function != null, name + " taking its parameters' kinds");
                    var values = new object[parameters.Count];
                    for (int i = 0; i < values.Length; i++)
                    {
                        string text;
                        values[i] = example.TryGetValue((string)parameters[i]["option"], out text)
                            ? FromExample((string)parameters[i]["value"], text)
                            : function.GetParameters()[i].DefaultValue;
                    }
                    object answer;
                    try
                    {
                        answer = function.Invoke(null, values);
                    }
                    catch (TargetInvocationException error)
                    {
                        throw new Exception(name + ": " + error.InnerException.Message, error.InnerException);
                    }
                    if (answer is byte[])
                        downloads[example["fileid"]] = (byte[])answer;
                    else
                        Expect(true.Equals(((IDictionary<string, object>)answer)["ok"]), name + " to say \"ok\": true");
                }
            }
            finally
            {
                Opi.Configure(new Dictionary<string, object> { { "api_url", standinUrl } });
                Stop(standin);
                got = File.ReadAllText(received);
                File.Delete(received);
            }
        }
        Expect(got == want, "what arrived to be " + record + ": " + FirstDifference(got, want));
        foreach (var download in downloads)
            Expect(Same(download.Value, Downloaded(download.Key)), download.Key + ": the stand-in's file");
    }

    static void FormedKeyboard()
    {
        var formed = Opi.FormKeyboardFromButtonArray(new[] { "A", "B" }, true, false);
        var keyboard = Json.Write((IDictionary<string, object>)formed["result"]);
        Expect(keyboard == "{\"inline_keyboard\":[[{\"text\":\"A\",\"callback_data\":\"A\"},{\"text\":\"B\",\"callback_data\":\"B\"}]]}", keyboard);
        var edited = Result(Opi.ReplaceMessageKeyboard(Token, Chat, 5, formed));
        // The stand-in echoes the keyboard it received, its keys in its own order.
        var markup = (IDictionary<string, object>)edited["reply_markup"];
        var row = (List<object>)((List<object>)markup["inline_keyboard"])[0];
        var second = (IDictionary<string, object>)row[1];
        Expect(markup.Count == 1 && row.Count == 2 && (string)second["text"] == "B"
            && (string)second["callback_data"] == "B", "the formed keyboard sent as it came");
    }

    static void DownloadsAFile()
    {
        // The stand-in's stored file: 256 bytes, 0 to 255.
        var received = Opi.DownloadFile(Token, "BQACAgIAAxkBAAIBSmall");
        Expect(received.Length == 256, "256 bytes, not " + received.Length);
        for (int i = 0; i < received.Length; i++)
            Expect(received[i] == i, "byte " + i);
        Throws<TelegramException>(() => Opi.DownloadFile(Token, "BQACAgIAAxkBAAIBNone"));
        Expect(Throws<LibraryException>(() => Opi.DownloadFile(Token, "")).Parameter == "FileID", "FileID");
    }

    static void NotTelegramsDocument()
    {
        var icons = Result(Opi.GetAvatarIconList(Token));
        Expect((string)icons["5357419403325481346"] == "\U0001F393", "the icon's emoji");
        var checkedData = Result(Opi.ProcessTMAData("auth_date=1767706628&hash=00", Token));
        Expect((bool)checkedData["passed"] == false, "a forged hash does not pass");
    }

    static void RevokesALink()
    {
        const string link = "https://t.me/+AAAAAAAAAAAAAAAA";
        var revoked = Result(Opi.RevokeInvitationLink(Token, -1001234567890, link));
        Expect((string)revoked["invite_link"] == link, "the link");
        Expect(true.Equals(revoked["is_revoked"]), "is_revoked");
    }

    static void ApprovesA64BitUser()
    {
        // (1 << 40) + 7 cut to 32 bits would be 7; the stand-in refuses user 1 and ids below 1.
        Expect(true.Equals(Opi.ApproveJoinRequest(Token, Chat, (1L << 40) + 7)["result"]), "approved");
        Expect(true.Equals(Opi.DeclineJoinRequest(Token, -1001234567890, user: (1L << 33) + 1)["result"]), "declined");
        var error = Throws<TelegramException>(() => Opi.ApproveJoinRequest(Token, Chat, 1));
        Expect(error.Message == "Bad Request: HIDE_REQUESTER_MISSING", "user 1 refused, not " + error.Message);
    }

    static void SubscriptionLink()
    {
        var link = Result(Opi.CreateSubscriptionLink(Token, Chat, 50, title: "Stars"));
        Expect((long)link["subscription_price"] == 50, "the price");
        Expect((long)link["subscription_period"] == 2592000, "the period");
        Expect((string)link["name"] == "Stars", "the title");
        var error = Throws<LibraryException>(() => Opi.CreateSubscriptionLink(Token, Chat, 10001));
        Expect(error.Kind == ErrorKind.InvalidArgument && error.Parameter == "Price", "Price refused, not " + error.Parameter);
    }

    static void CallsAnyMethod()
    {
        var chat = Result(Opi.Call(Token, "getChat", "{\"chat_id\": \"@loopback_group\"}"));
        Expect((string)chat["username"] == "loopback_group", "the chat asked for");
        Expect(true.Equals(Result(Opi.Call(Token, "getMe"))["is_bot"]), "getMe");
        var error = Throws<LibraryException>(() => Opi.Call(Token, "getChat", @params: "[1, 2]"));
        Expect(error.Parameter == "Parameters", "Parameters refused, not " + error.Parameter);
    }

    // What the stand-in kept of an upload, fetched back by getFile's path.
    static byte[] Downloaded(string fileId)
    {
        var file = Result(Opi.Call(Token, "getFile", "{\"file_id\": \"" + fileId + "\"}"));
        using (var web = new WebClient())
            return web.DownloadData(standinUrl + "/file/bot" + Token + "/" + (string)file["file_path"]);
    }

    static bool Same(byte[] a, byte[] b)
    {
        if (a.Length != b.Length)
            return false;
        for (int i = 0; i < a.Length; i++)
            if (a[i] != b[i])
                return false;
        return true;
    }

    static void SendsADocument()
    {
        var data = new byte[10240];
        for (int i = 0; i < data.Length; i++)
            data[i] = (byte)(i * 31 % 251);
        var sent = (IDictionary<string, object>)Result(Opi.SendDocument(Token, Chat, "Caption", data, filename: "data.bin"))["document"];
        Expect((string)sent["file_name"] == "data.bin", "the name given");
        Expect((long)sent["file_size"] == data.Length, "the size");
        Expect(Same(Downloaded((string)sent["file_id"]), data), "the bytes that arrived");
        var notes = Path.Combine(Path.GetTempPath(), "opi-csharp-" + Process.GetCurrentProcess().Id + ".txt");
        File.WriteAllText(notes, "line one\n");
        try
        {
            var byPath = (IDictionary<string, object>)Result(Opi.SendDocument(Token, -1001234567890, "Notes", notes, parsemode: "HTML"))["document"];
            Expect((string)byPath["file_name"] == Path.GetFileName(notes), "the path's own name");
            Expect(Same(Downloaded((string)byPath["file_id"]), File.ReadAllBytes(notes)), "the file's bytes");
        }
        finally
        {
            File.Delete(notes);
        }
        var byUrl = (IDictionary<string, object>)Result(Opi.SendDocument(Token, Chat, "x", "https://example.com/files/a.pdf"))["document"];
        Expect((string)byUrl["file_name"] == "a.pdf", "a URL Telegram fetches");
        foreach (var refused in new OpiFile[] { new byte[0], notes, null })
        {
            var error = Throws<LibraryException>(() => Opi.SendDocument(Token, Chat, "x", refused));
            Expect(error.Parameter == "Document", "Document refused, not " + error.Parameter);
        }
    }

    static void SendsText()
    {
        var button = new Dictionary<string, object> { { "text", "Да" }, { "callback_data", "yes" } };
        var keyboard = new Dictionary<string, object>
        {
            { "inline_keyboard", new List<object> { new List<object> { button } } },
        };
        var sent = Result(Opi.SendTextMessage(Token, 461699897, "R&D", keyboard, parsemode: "html"));
        Expect((string)sent["text"] == "R&amp;D", "the text prepared for HTML, not " + sent["text"]);
        var quoted = "{'inline_keyboard':[[{'text':'Да','callback_data':'yes'}]]}";
        Expect(true.Equals(Opi.SendTextMessage(Token, Chat, "Hi", keyboard: quoted)["ok"]), "single-quoted JSON");
        var error = Throws<LibraryException>(() => Opi.SendTextMessage(Token, Chat, "Hi", new[] { "a" }));
        Expect(error.Parameter == "Keyboard", "Keyboard refused, not " + error.Parameter);
        Throws<ArgumentException>(() => Opi.SendTextMessage(Token, Chat, "Hi", keyboard: new object()));
    }

    static void LocationAndPoll()
    {
        var location = (IDictionary<string, object>)Result(Opi.SendLocation(Token, Chat, 48.8737, 2))["location"];
        Expect((double)location["latitude"] == 48.8737, "the latitude");
        var error = Throws<LibraryException>(() => Opi.SendLocation(Token, Chat, double.NaN, 0));
        Expect(error.Parameter == "Latitude", "Latitude refused, not " + error.Parameter);
        var poll = (IDictionary<string, object>)Result(Opi.SendPoll(Token, Chat, "Color?", new[] { "Red", "Blue" }))["poll"];
        Expect(true.Equals(poll["is_anonymous"]), "anonymous by default");
        poll = (IDictionary<string, object>)Result(Opi.SendPoll(Token, Chat, "Color?", "['Red','Blue']", anonymous: false))["poll"];
        Expect(false.Equals(poll["is_anonymous"]), "anonymous: false");
    }
}
