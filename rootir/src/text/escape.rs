//! Names and strings: quoting for the printer, unquoting for the parser.

use std::fmt;

/// Whether `name` is a bare identifier `[A-Za-z_][A-Za-z0-9_]*` (printed without quotes).
pub(super) fn is_bare(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Displays a name: bare if it is an identifier, else quoted.
pub(super) struct NameLit<'a>(pub &'a str);

impl fmt::Display for NameLit<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if is_bare(self.0) { f.write_str(self.0) } else { StrLit(self.0).fmt(f) }
    }
}

/// Displays a text string in quotes: `\\ \" \n \t \r` escaped, other control characters as `\u{HEX}`.
pub(super) struct StrLit<'a>(pub &'a str);

impl fmt::Display for StrLit<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars() {
            match c {
                '\\' => f.write_str("\\\\")?,
                '"' => f.write_str("\\\"")?,
                '\n' => f.write_str("\\n")?,
                '\t' => f.write_str("\\t")?,
                '\r' => f.write_str("\\r")?,
                c if c.is_control() => write!(f, "\\u{{{:x}}}", c as u32)?,
                c => write!(f, "{c}")?,
            }
        }
        f.write_str("\"")
    }
}

/// Displays bytes in quotes: printable ASCII as is (`\\` and `\"` escaped), anything else as `\xHH`.
pub(super) struct BytesLit<'a>(pub &'a [u8]);

impl fmt::Display for BytesLit<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for &b in self.0 {
            match b {
                b'\\' => f.write_str("\\\\")?,
                b'"' => f.write_str("\\\"")?,
                0x20..=0x7e => write!(f, "{}", b as char)?,
                _ => write!(f, "\\x{b:02x}")?,
            }
        }
        f.write_str("\"")
    }
}

/// An unquoting error: byte offset within the quoted token, and the message.
pub(super) type UnquoteError = (usize, String);

/// Decodes a quoted text string (no `\x` escapes: the result is always UTF-8).
pub(super) fn unquote_str(raw: &str) -> Result<String, UnquoteError> {
    let bytes = unquote(raw, false)?;
    String::from_utf8(bytes).map_err(|_| (0, "string is not valid UTF-8".to_string()))
}

/// Decodes a quoted bytes string (`\xHH` allowed).
pub(super) fn unquote_bytes(raw: &str) -> Result<Vec<u8>, UnquoteError> {
    unquote(raw, true)
}

fn unquote(raw: &str, allow_x: bool) -> Result<Vec<u8>, UnquoteError> {
    let inner = raw.strip_prefix('"').and_then(|s| s.strip_suffix('"')).ok_or((0, "expected a string".to_string()))?;
    let mut out = Vec::with_capacity(inner.len());
    let mut chars = inner.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let at = i + 1; // offset of the backslash within `raw`
        let bad = |msg: &str| (at, msg.to_string());
        match chars.next().map(|(_, c)| c) {
            Some('\\') => out.push(b'\\'),
            Some('"') => out.push(b'"'),
            Some('n') => out.push(b'\n'),
            Some('t') => out.push(b'\t'),
            Some('r') => out.push(b'\r'),
            Some('x') if allow_x => out.push(hex_byte(&mut chars).ok_or_else(|| bad("`\\x` needs two hex digits"))?),
            Some('x') => return Err(bad("`\\xHH` escapes are only allowed in bytes strings")),
            Some('u') => {
                let c = unicode_escape(&mut chars).ok_or_else(|| bad("bad `\\u{HEX}` escape"))?;
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            _ => return Err(bad("unknown escape (use \\\\ \\\" \\n \\t \\r \\u{HEX} or, in bytes, \\xHH)")),
        }
    }
    Ok(out)
}

fn hex_byte(chars: &mut std::str::CharIndices<'_>) -> Option<u8> {
    let hi = chars.next()?.1.to_digit(16)?;
    let lo = chars.next()?.1.to_digit(16)?;
    u8::try_from(hi * 16 + lo).ok()
}

/// `{HEX}` with 1 to 6 hex digits naming a Unicode scalar value.
fn unicode_escape(chars: &mut std::str::CharIndices<'_>) -> Option<char> {
    if chars.next()?.1 != '{' {
        return None;
    }
    let mut value: u32 = 0;
    for digits in 0.. {
        let c = chars.next()?.1;
        if c == '}' {
            return if digits == 0 { None } else { char::from_u32(value) };
        }
        if digits == 6 {
            return None;
        }
        value = value * 16 + c.to_digit(16)?;
    }
    None
}
