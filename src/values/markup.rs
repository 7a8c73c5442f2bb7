//! A text's formatting (`parse_mode`) and the preparation OPI gives a text before it is
//! sent (its `PrepareString`), kept where a text written for OPI relies on it and
//! mended where OPI garbles one (docs/porting.md has the table).

use serde::Serialize;

use crate::error::quoted;

/// How Telegram reads a text's formatting, spelled as the Bot API spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum ParseMode {
    /// Telegram's legacy Markdown, OPI's default.
    Markdown,
    /// MarkdownV2.
    MarkdownV2,
    /// HTML.
    #[serde(rename = "HTML")]
    Html,
}

/// What a caller asked for: the method's default when not given (NULL or ""),
/// `Some(None)` for `none` (no `parse_mode`: plain text), else a mode, in any case.
pub fn parse_mode(value: Option<&str>) -> Result<Option<Option<ParseMode>>, String> {
    let value = value.unwrap_or("").trim();
    let mode = match value.to_ascii_lowercase().as_str() {
        "" => return Ok(None),
        "none" => None,
        "markdown" => Some(ParseMode::Markdown),
        "markdownv2" => Some(ParseMode::MarkdownV2),
        "html" => Some(ParseMode::Html),
        _ => {
            return Err(format!(
                "{} is not a parse mode: use Markdown, MarkdownV2, HTML, or none for plain text",
                quoted(value)
            ));
        }
    };
    Ok(Some(mode))
}

/// A text as OPI prepares it for `mode`, without OPI's faults:
///
/// 1. Percent-escapes that spell non-ASCII UTF-8 are decoded (`%F0%9F%94%A5` is 🔥, as
///    OPI's examples rely on); any other `%` stays as written, so "100%" and `%20`
///    arrive as typed, where OPI decodes every escape.
/// 2. MarkdownV2: each of `- + # = { } .` gets the `\` Telegram demands, unless the
///    writer escaped it already (OPI escapes these seven and leaves the rest, which have
///    a meaning in MarkdownV2, to the writer).
/// 3. HTML: a `&` that does not begin an entity Telegram knows (`&lt; &gt; &amp; &quot;`
///    and numeric ones) becomes `&amp;`; those entities are kept (OPI makes `&amp;`
///    into `&amp;amp;`).
pub fn prepare(text: &str, mode: Option<ParseMode>) -> String {
    let text = decode_non_ascii(text);
    match mode {
        Some(ParseMode::MarkdownV2) => escape_markdown_v2(&text),
        Some(ParseMode::Html) => escape_ampersands(&text),
        _ => text,
    }
}

fn escape_markdown_v2(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push('\\');
                if let Some(escaped) = chars.next() {
                    out.push(escaped);
                }
            }
            '-' | '+' | '#' | '=' | '{' | '}' | '.' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn escape_ampersands(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        out.push(c);
        if c == '&' && !starts_entity(&text[i + 1..]) {
            out.push_str("amp;");
        }
    }
    out
}

/// Whether `rest`, after a `&`, is an entity Telegram reads, with its `;`.
fn starts_entity(rest: &str) -> bool {
    let Some(end) = rest.find(';') else {
        return false;
    };
    let body = &rest[..end];
    let valid = if let Some(hex) = body.strip_prefix("#x").or_else(|| body.strip_prefix("#X")) {
        !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit())
    } else if let Some(digits) = body.strip_prefix('#') {
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    } else {
        // The named entities Telegram knows; any other would be refused by it.
        matches!(body, "lt" | "gt" | "amp" | "quot")
    };
    valid && body.len() <= 16
}

/// Decodes each run of `%XX` escapes that spells whole non-ASCII UTF-8 characters;
/// everything else is kept as written.
fn decode_non_ascii(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let mut run = Vec::new();
        let mut j = i;
        while let Some(b) = escaped_byte(&bytes[j..]).filter(|b| *b >= 0x80) {
            run.push(b);
            j += 3;
        }
        if !run.is_empty() {
            if let Ok(decoded) = std::str::from_utf8(&run) {
                out.push_str(decoded);
                i = j;
                continue;
            }
        }
        // Not the start of a decodable run: copy one character as written.
        let c = text[i..]
            .chars()
            .next()
            .expect("i is on a character boundary");
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// The byte `%XX` at the start of `bytes` spells.
fn escaped_byte(bytes: &[u8]) -> Option<u8> {
    match bytes {
        [b'%', high, low, ..] => {
            let digit = |d: u8| (d as char).to_digit(16);
            Some((digit(*high)? * 16 + digit(*low)?) as u8)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_modes_in_any_case_and_none() {
        assert_eq!(parse_mode(None).unwrap(), None);
        assert_eq!(parse_mode(Some("")).unwrap(), None);
        assert_eq!(parse_mode(Some("none")).unwrap(), Some(None));
        assert_eq!(parse_mode(Some("NONE")).unwrap(), Some(None));
        assert_eq!(
            parse_mode(Some("html")).unwrap(),
            Some(Some(ParseMode::Html))
        );
        assert_eq!(
            parse_mode(Some("MarkdownV2")).unwrap(),
            Some(Some(ParseMode::MarkdownV2))
        );
        assert_eq!(
            parse_mode(Some("Markdown")).unwrap(),
            Some(Some(ParseMode::Markdown))
        );
        assert_eq!(
            parse_mode(Some("BBCode")).unwrap_err(),
            "\"BBCode\" is not a parse mode: use Markdown, MarkdownV2, HTML, or none for plain text"
        );
        assert_eq!(serde_json::to_string(&ParseMode::Html).unwrap(), "\"HTML\"");
    }

    #[test]
    fn percent_signs_stay_unless_they_spell_non_ascii_text() {
        assert_eq!(prepare("100%", None), "100%");
        assert_eq!(prepare("50%25 and %20", None), "50%25 and %20");
        assert_eq!(prepare("Hot %F0%9F%94%A5!", None), "Hot 🔥!");
        assert_eq!(
            prepare("%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82", None),
            "Привет"
        );
        // A run that is not whole UTF-8 is kept as written.
        assert_eq!(prepare("%F0%9F and %ff", None), "%F0%9F and %ff");
        assert_eq!(prepare("%", None), "%");
        assert_eq!(prepare("a%e2%82%ac%", None), "a€%");
        assert_eq!(prepare("Кот 100%", None), "Кот 100%");
    }

    #[test]
    fn markdown_v2_gets_the_escapes_opi_adds() {
        let mode = Some(ParseMode::MarkdownV2);
        assert_eq!(prepare("v1.2 - ok", mode), "v1\\.2 \\- ok");
        assert_eq!(prepare("#a+b={c}", mode), "\\#a\\+b\\=\\{c\\}");
        // Already escaped, and the characters with a meaning, are left alone.
        assert_eq!(
            prepare("\\{0.6.0\\} *bold*\\!", mode),
            "\\{0\\.6\\.0\\} *bold*\\!"
        );
        assert_eq!(prepare("a\\\\.", mode), "a\\\\\\.");
        assert_eq!(prepare("end\\", mode), "end\\");
        // Other modes are not touched.
        assert_eq!(prepare("v1.2", Some(ParseMode::Markdown)), "v1.2");
    }

    #[test]
    fn html_ampersands_become_entities_once() {
        let mode = Some(ParseMode::Html);
        assert_eq!(prepare("Tom & Jerry", mode), "Tom &amp; Jerry");
        assert_eq!(
            prepare("&amp; &lt;b&gt; &#128293; &#x1F525;", mode),
            "&amp; &lt;b&gt; &#128293; &#x1F525;"
        );
        assert_eq!(
            prepare("a&b; & &; &#; &#x; &quot;", mode),
            "a&amp;b; &amp; &amp;; &amp;#; &amp;#x; &quot;"
        );
        assert_eq!(prepare("<b>R&D</b>", mode), "<b>R&amp;D</b>");
        assert_eq!(prepare("&", None), "&");
    }
}
