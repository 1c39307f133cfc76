//! Tokens of the `.rir` text form.
//!
//! The lexer works on bytes and only ever stops at an ASCII byte (or the end),
//! so every offset it reports is a char boundary: non-ASCII input cannot make a
//! slice panic. Strings are checked for termination here and decoded by the
//! parser ([`super::escape`]).

use super::error::Error;

/// The kind of a token.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// `[A-Za-z_][A-Za-z0-9_]*`: keywords, names, types, `r0`, `b1`, `f2`, `c3`, `inf`, `nan`.
    Ident,
    /// A number as written (`-5`, `0xff`, `1.5e-3`, `-inf`); interpreted by its context.
    Number,
    /// A quoted string as written, quotes included.
    Str,
    /// `@`
    At,
    /// `$`
    Dollar,
    /// `=`
    Eq,
    /// `:`
    Colon,
    /// `,`
    Comma,
    /// `+`
    Plus,
    /// `.`
    Dot,
    /// `->`
    Arrow,
    /// `(`
    LParen,
    /// `)`
    RParen,
    /// `[`
    LBracket,
    /// `]`
    RBracket,
    /// `{`
    LBrace,
    /// `}`
    RBrace,
    /// The end of the input.
    Eof,
}

/// A token: its kind, its text and its byte offset.
#[derive(Copy, Clone, Debug)]
pub(super) struct Token<'a> {
    /// What it is.
    pub kind: Kind,
    /// Its text as written.
    pub text: &'a str,
    /// Byte offset of its first character.
    pub pos: usize,
}

impl Token<'_> {
    /// The token for error messages: `` `text` `` or `end of input`.
    pub fn describe(&self) -> String {
        match self.kind {
            Kind::Eof => "end of input".to_string(),
            _ => format!("`{}`", shorten(self.text)),
        }
    }
}

/// At most 40 characters of a token, for messages.
pub(super) fn shorten(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((i, _)) => format!("{}...", &text[..i]),
        None => text.to_string(),
    }
}

/// A cursor over the source. Cheap to copy, which is how the parser looks ahead.
#[derive(Copy, Clone, Debug)]
pub(super) struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    /// A lexer at the start of `src`.
    pub fn new(src: &'a str) -> Lexer<'a> {
        Lexer { src, pos: 0 }
    }

    /// The next token (`Eof` at the end, forever).
    pub fn next_token(&mut self) -> Result<Token<'a>, Error> {
        self.skip_trivia();
        let start = self.pos;
        let Some(b) = self.byte(0) else {
            return Ok(Token { kind: Kind::Eof, text: "", pos: start });
        };
        let kind = match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'_' => {
                self.eat_while(is_ident_byte);
                Kind::Ident
            }
            b'0'..=b'9' => self.number(),
            b'-' if self.byte(1) == Some(b'>') => self.punct(2, Kind::Arrow),
            b'-' if self.byte(1).is_some_and(is_number_byte) => {
                self.pos += 1;
                self.number()
            }
            b'"' => self.string()?,
            _ => match punct_kind(b) {
                Some(kind) => self.punct(1, kind),
                None => return Err(self.unexpected_char()),
            },
        };
        Ok(Token { kind, text: &self.src[start..self.pos], pos: start })
    }

    fn byte(&self, ahead: usize) -> Option<u8> {
        self.src.as_bytes().get(self.pos + ahead).copied()
    }

    fn eat_while(&mut self, pred: impl Fn(u8) -> bool) {
        while self.byte(0).is_some_and(&pred) {
            self.pos += 1;
        }
    }

    fn punct(&mut self, len: usize, kind: Kind) -> Kind {
        self.pos += len;
        kind
    }

    /// Skips spaces, tabs, line breaks and `;` comments.
    fn skip_trivia(&mut self) {
        while let Some(b) = self.byte(0) {
            match b {
                b' ' | b'\t' | b'\r' | b'\n' => self.pos += 1,
                b';' => self.eat_while(|b| b != b'\n'),
                _ => break,
            }
        }
    }

    /// The rest of a number: letters, digits, `_`, `.`, and a sign right after a decimal exponent.
    fn number(&mut self) -> Kind {
        let digits_start = self.pos;
        loop {
            match self.byte(0) {
                Some(b) if is_number_byte(b) => self.pos += 1,
                Some(b'+' | b'-') if self.after_exponent(digits_start) => self.pos += 1,
                _ => return Kind::Number,
            }
        }
    }

    /// Whether the number so far ends in `e`/`E` and is not hex (so a sign may follow).
    fn after_exponent(&self, digits_start: usize) -> bool {
        let so_far = &self.src.as_bytes()[digits_start..self.pos];
        let is_hex = so_far.len() >= 2 && so_far[0] == b'0' && matches!(so_far[1], b'x' | b'X');
        !is_hex && matches!(so_far.last(), Some(b'e' | b'E'))
    }

    /// A quoted string; escapes are skipped here and decoded by the parser.
    fn string(&mut self) -> Result<Kind, Error> {
        let start = self.pos;
        self.pos += 1;
        loop {
            match self.byte(0) {
                None | Some(b'\n') => return Err(Error::new(start, "unterminated string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(Kind::Str);
                }
                Some(b'\\') if self.byte(1).is_some_and(|b| b != b'\n') => self.pos += 2,
                Some(_) => self.pos += 1,
            }
        }
    }

    fn unexpected_char(&self) -> Error {
        let c = self.src[self.pos..].chars().next().unwrap_or('?');
        Error::new(self.pos, format!("unexpected character {c:?}"))
    }
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn is_number_byte(b: u8) -> bool {
    is_ident_byte(b) || b == b'.'
}

fn punct_kind(b: u8) -> Option<Kind> {
    Some(match b {
        b'@' => Kind::At,
        b'$' => Kind::Dollar,
        b'=' => Kind::Eq,
        b':' => Kind::Colon,
        b',' => Kind::Comma,
        b'+' => Kind::Plus,
        b'.' => Kind::Dot,
        b'(' => Kind::LParen,
        b')' => Kind::RParen,
        b'[' => Kind::LBracket,
        b']' => Kind::RBracket,
        b'{' => Kind::LBrace,
        b'}' => Kind::RBrace,
        _ => return None,
    })
}
