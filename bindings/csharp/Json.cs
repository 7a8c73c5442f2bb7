// The JSON that crosses libopi's boundary: results read into dictionaries, settings
// written from them. Small on purpose: .NET Framework 4.x has no JSON library of its
// own, and a binding of four functions should not need a package for it.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LibOpi
{
    /// <summary>
    /// Reads JSON into IDictionary&lt;string, object&gt; (objects), List&lt;object&gt;
    /// (arrays), string, long (integers), double (other numbers), bool and null.
    /// </summary>
    public static class Json
    {
        /// <summary>
        /// How deeply objects and arrays may nest. The reader calls itself once a level, and
        /// a StackOverflowException ends a .NET process whatever catches it; at this depth a
        /// thread of 1 MiB, Windows' default, keeps most of its stack. The Bot API's
        /// documents nest a few levels.
        /// </summary>
        public const int MaxDepth = 512;

        /// <summary>Reads one JSON value; FormatException when the text is not one, or
        /// nests deeper than <see cref="MaxDepth"/>.</summary>
        public static object Read(string text)
        {
            var reader = new Reader(text);
            var value = reader.Value();
            reader.End();
            return value;
        }

        /// <summary>Writes an object of strings, integers, doubles, booleans and nulls.</summary>
        public static string Write(IDictionary<string, object> members)
        {
            return Encode(members);
        }

        /// <summary>
        /// Writes a value: a string, an integer, a double, a bool, null, a dictionary with
        /// string keys (an object) or any other enumerable (an array) of such values.
        /// ArgumentException for anything else.
        /// </summary>
        public static string Encode(object value)
        {
            var json = new StringBuilder();
            WriteValue(json, value, "value", 0);
            return json.ToString();
        }

        static void WriteValue(StringBuilder json, object value, string name, int depth)
        {
            if (depth > MaxDepth)
                throw new ArgumentException(name + ": nests deeper than " + MaxDepth);
            if (value == null)
                json.Append("null");
            else if (value is string)
                WriteString(json, (string)value);
            else if (value is bool)
                json.Append((bool)value ? "true" : "false");
            else if (value is int || value is long || value is uint || value is short)
                json.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
            else if (value is double || value is float)
                json.Append(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
            else if (value is IDictionary<string, object>)
            {
                json.Append('{');
                var first = true;
                foreach (var member in (IDictionary<string, object>)value)
                {
                    if (!first)
                        json.Append(',');
                    first = false;
                    WriteString(json, member.Key);
                    json.Append(':');
                    WriteValue(json, member.Value, name == "value" ? member.Key : name, depth + 1);
                }
                json.Append('}');
            }
            else if (value is System.Collections.IEnumerable)
            {
                json.Append('[');
                var first = true;
                foreach (var item in (System.Collections.IEnumerable)value)
                {
                    if (!first)
                        json.Append(',');
                    first = false;
                    WriteValue(json, item, name, depth + 1);
                }
                json.Append(']');
            }
            else
                throw new ArgumentException(name + ": a " + value.GetType().Name + " has no JSON form here");
        }

        static void WriteString(StringBuilder json, string text)
        {
            json.Append('"');
            foreach (char c in text)
            {
                if (c == '"' || c == '\\')
                    json.Append('\\').Append(c);
                else if (c < ' ')
                    json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else
                    json.Append(c);
            }
            json.Append('"');
        }

        sealed class Reader
        {
            readonly string text;
            int at;
            int depth;

            public Reader(string text)
            {
                this.text = text;
            }

            public void End()
            {
                Space();
                if (at != text.Length)
                    throw Error("text after the value");
            }

            public object Value()
            {
                Space();
                if (at >= text.Length)
                    throw Error("a value");
                char c = text[at];
                if (c == '{' || c == '[')
                {
                    if (++depth > MaxDepth)
                        throw new FormatException("JSON: nested deeper than " + MaxDepth + " levels at offset " + at);
                    var nested = c == '{' ? (object)Object() : Array();
                    depth--;
                    return nested;
                }
                if (c == '"')
                    return String();
                if (Word("true"))
                    return true;
                if (Word("false"))
                    return false;
                if (Word("null"))
                    return null;
                return Number();
            }

            IDictionary<string, object> Object()
            {
                var members = new Dictionary<string, object>();
                at++;
                Space();
                if (Take('}'))
                    return members;
                do
                {
                    Space();
                    if (at >= text.Length || text[at] != '"')
                        throw Error("a member name");
                    var name = String();
                    Space();
                    if (!Take(':'))
                        throw Error("':'");
                    members[name] = Value();
                    Space();
                } while (Take(','));
                if (!Take('}'))
                    throw Error("',' or '}'");
                return members;
            }

            List<object> Array()
            {
                var items = new List<object>();
                at++;
                Space();
                if (Take(']'))
                    return items;
                do
                {
                    items.Add(Value());
                    Space();
                } while (Take(','));
                if (!Take(']'))
                    throw Error("',' or ']'");
                return items;
            }

            string String()
            {
                var value = new StringBuilder();
                at++;
                while (true)
                {
                    if (at >= text.Length)
                        throw Error("the end of a string");
                    char c = text[at++];
                    if (c == '"')
                        return value.ToString();
                    if (c != '\\')
                    {
                        value.Append(c);
                        continue;
                    }
                    if (at >= text.Length)
                        throw Error("an escape");
                    char escaped = text[at++];
                    switch (escaped)
                    {
                        case '"': value.Append('"'); break;
                        case '\\': value.Append('\\'); break;
                        case '/': value.Append('/'); break;
                        case 'b': value.Append('\b'); break;
                        case 'f': value.Append('\f'); break;
                        case 'n': value.Append('\n'); break;
                        case 'r': value.Append('\r'); break;
                        case 't': value.Append('\t'); break;
                        case 'u':
                            if (at + 4 > text.Length)
                                throw Error("four hex digits");
                            value.Append((char)int.Parse(
                                text.Substring(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                            at += 4;
                            break;
                        default: throw Error("an escape");
                    }
                }
            }

            object Number()
            {
                int start = at;
                while (at < text.Length && "+-0123456789.eE".IndexOf(text[at]) >= 0)
                    at++;
                var literal = text.Substring(start, at - start);
                long integer;
                if (long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer))
                    return integer;
                double real;
                if (double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out real))
                    return real;
                at = start;
                throw Error("a value");
            }

            bool Word(string word)
            {
                if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
                    return false;
                at += word.Length;
                return true;
            }

            bool Take(char c)
            {
                if (at < text.Length && text[at] == c)
                {
                    at++;
                    return true;
                }
                return false;
            }

            void Space()
            {
                while (at < text.Length && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
                    at++;
            }

            FormatException Error(string expected)
            {
                return new FormatException("JSON: expected " + expected + " at offset " + at);
            }
        }
    }
}
