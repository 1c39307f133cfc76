//! Parse errors: an internal error at a byte offset, turned into a [`ParseError`]
//! with line, column and an excerpt once, at the end.

/// A parse error with its position and an excerpt of the offending line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// The file name given to [`parse`](super::parse).
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in characters).
    pub col: u32,
    /// What is wrong.
    pub message: String,
    /// The offending line followed by a caret line pointing at the column.
    pub excerpt: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}: {}\n{}", self.file, self.line, self.col, self.message, self.excerpt)
    }
}

impl std::error::Error for ParseError {}

/// An error at a byte offset of the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Error {
    /// Byte offset into the source.
    pub pos: usize,
    /// What is wrong.
    pub message: String,
}

impl Error {
    /// An error at byte offset `pos`.
    pub fn new(pos: usize, message: impl Into<String>) -> Error {
        Error { pos, message: message.into() }
    }

    /// The public error: line, column and excerpt computed from `src`.
    pub fn into_parse_error(self, src: &str, file: &str) -> ParseError {
        let mut pos = self.pos.min(src.len());
        while !src.is_char_boundary(pos) {
            pos -= 1;
        }
        let line_start = src[..pos].rfind('\n').map_or(0, |i| i + 1);
        let line_end = src[pos..].find('\n').map_or(src.len(), |i| pos + i);
        let line = src[..line_start].bytes().filter(|&b| b == b'\n').count() + 1;
        let before = &src[line_start..pos];
        let after = src[pos..line_end].trim_end_matches('\r');
        let excerpt = excerpt(line, before, after);
        ParseError {
            file: file.to_string(),
            line: saturate(line),
            col: saturate(before.chars().count() + 1),
            message: self.message,
            excerpt,
        }
    }
}

/// At most this many characters of the line are shown on each side of the column.
const WINDOW: usize = 80;

/// The line (cut to a window around the column if it is long) and a caret line.
fn excerpt(line: usize, before: &str, after: &str) -> String {
    let (cut_before, shown_before) = match before.char_indices().rev().nth(WINDOW - 1) {
        Some((i, _)) if i > 0 => ("...", &before[i..]),
        _ => ("", before),
    };
    let (shown_after, cut_after) = match after.char_indices().nth(WINDOW) {
        Some((i, _)) => (&after[..i], "..."),
        None => (after, ""),
    };
    let pad: String =
        cut_before.chars().chain(shown_before.chars()).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
    format!("{line:>4} | {cut_before}{shown_before}{shown_after}{cut_after}\n{:>4} | {pad}^", "")
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
