//! The parser's cursor over tokens and the small grammar pieces every item uses:
//! names, types, signatures, numbered entities and literals.

use super::error::Error;
use super::escape::{unquote_bytes, unquote_str};
use super::lexer::{Kind, Lexer, Token};
use super::number::{self, Width};
use crate::{FuncType, Type};

/// A cursor: the current token and the lexer positioned after it.
pub(super) struct Parser<'a> {
    lexer: Lexer<'a>,
    tok: Token<'a>,
}

impl<'a> Parser<'a> {
    /// A parser at the first token of `src`.
    pub fn new(src: &'a str) -> Result<Parser<'a>, Error> {
        let mut lexer = Lexer::new(src);
        let tok = lexer.next_token()?;
        Ok(Parser { lexer, tok })
    }

    /// The current token.
    pub fn tok(&self) -> Token<'a> {
        self.tok
    }

    /// Byte offset of the current token.
    pub fn pos(&self) -> usize {
        self.tok.pos
    }

    /// Returns the current token and moves to the next.
    pub fn bump(&mut self) -> Result<Token<'a>, Error> {
        let tok = self.tok;
        self.tok = self.lexer.next_token()?;
        Ok(tok)
    }

    /// Whether the current token is of `kind`.
    pub fn at(&self, kind: Kind) -> bool {
        self.tok.kind == kind
    }

    /// Whether the current token is the identifier `word`.
    pub fn at_word(&self, word: &str) -> bool {
        self.tok.kind == Kind::Ident && self.tok.text == word
    }

    /// Consumes a token of `kind` if it is the current one.
    pub fn eat(&mut self, kind: Kind) -> Result<bool, Error> {
        let found = self.at(kind);
        if found {
            self.bump()?;
        }
        Ok(found)
    }

    /// Consumes the identifier `word` if it is the current token.
    pub fn eat_word(&mut self, word: &str) -> Result<bool, Error> {
        let found = self.at_word(word);
        if found {
            self.bump()?;
        }
        Ok(found)
    }

    /// Consumes a token of `kind`, or fails with "expected `what`".
    pub fn expect(&mut self, kind: Kind, what: &str) -> Result<Token<'a>, Error> {
        if self.at(kind) { self.bump() } else { Err(self.expected(what)) }
    }

    /// Consumes the identifier `word`, or fails.
    pub fn expect_word(&mut self, word: &str) -> Result<(), Error> {
        if self.eat_word(word)? { Ok(()) } else { Err(self.expected(&format!("`{word}`"))) }
    }

    /// "expected WHAT, found TOKEN" at the current token.
    pub fn expected(&self, what: &str) -> Error {
        Error::new(self.tok.pos, format!("expected {what}, found {}", self.tok.describe()))
    }

    /// Whether the tokens from here are `rA, rB, ... =` (the results of an instruction).
    pub fn at_result_list(&self) -> bool {
        let mut lexer = self.lexer;
        let mut tok = self.tok;
        loop {
            if numbered(tok, 'r').is_none() {
                return false;
            }
            match lexer.next_token() {
                Ok(t) if t.kind == Kind::Comma => {}
                Ok(t) => return t.kind == Kind::Eq,
                Err(_) => return false,
            }
            match lexer.next_token() {
                Ok(t) => tok = t,
                Err(_) => return false,
            }
        }
    }

    /// A name: an identifier or a quoted string.
    pub fn name(&mut self, what: &str) -> Result<String, Error> {
        match self.tok.kind {
            Kind::Ident => Ok(self.bump()?.text.to_string()),
            Kind::Str => self.string(),
            _ => Err(self.expected(what)),
        }
    }

    /// `@name`
    pub fn func_name(&mut self) -> Result<String, Error> {
        self.expect(Kind::At, "a function name (`@name`)")?;
        self.name("a function name")
    }

    /// `$name`
    pub fn global_name(&mut self) -> Result<String, Error> {
        self.expect(Kind::Dollar, "a global name (`$name`)")?;
        self.name("a global name")
    }

    /// A quoted text string.
    pub fn string(&mut self) -> Result<String, Error> {
        let tok = self.expect(Kind::Str, "a string")?;
        unquote_str(tok.text).map_err(|(at, msg)| Error::new(tok.pos + at, msg))
    }

    /// A quoted bytes string.
    pub fn bytes(&mut self) -> Result<Vec<u8>, Error> {
        let tok = self.expect(Kind::Str, "a string")?;
        unquote_bytes(tok.text).map_err(|(at, msg)| Error::new(tok.pos + at, msg))
    }

    /// A type name.
    pub fn ty(&mut self) -> Result<Type, Error> {
        match Type::from_name(self.tok.text).filter(|_| self.at(Kind::Ident)) {
            Some(ty) => {
                self.bump()?;
                Ok(ty)
            }
            None => Err(self.expected("a type (i32, i64, f32, f64, ref, any)")),
        }
    }

    /// `(T, T, ...)`
    pub fn type_list(&mut self) -> Result<Vec<Type>, Error> {
        self.expect(Kind::LParen, "`(`")?;
        let mut types = Vec::new();
        if !self.eat(Kind::RParen)? {
            loop {
                check_count(types.len(), super::MAX_ITEMS, "types", self.pos())?;
                types.push(self.ty()?);
                if self.eat(Kind::RParen)? {
                    break;
                }
                self.expect(Kind::Comma, "`,` or `)`")?;
            }
        }
        Ok(types)
    }

    /// Nothing, `-> T` or `-> (T, T)`.
    pub fn results(&mut self) -> Result<Vec<Type>, Error> {
        if !self.eat(Kind::Arrow)? {
            return Ok(Vec::new());
        }
        if self.at(Kind::LParen) { self.type_list() } else { Ok(vec![self.ty()?]) }
    }

    /// `(T, T) -> RESULTS`
    pub fn sig(&mut self) -> Result<FuncType, Error> {
        let params = self.type_list()?;
        let results = self.results()?;
        Ok(FuncType { params, results })
    }

    /// An identifier `PREFIX<digits>` (`r3`, `b0`, `f1`, `c2`): its number, saturated.
    pub fn numbered(&mut self, prefix: char, what: &str) -> Result<(u64, usize), Error> {
        match numbered(self.tok, prefix) {
            Some(n) => Ok((n, self.bump()?.pos)),
            None => Err(self.expected(what)),
        }
    }

    /// An unsigned integer of at most `max`.
    pub fn uint(&mut self, max: u64, what: &str) -> Result<u64, Error> {
        let tok = self.expect(Kind::Number, what)?;
        number::parse_uint(tok.text, max).map_err(|msg| Error::new(tok.pos, msg))
    }

    /// A literal of type `ty`, as bits: integers, floats, `null` for `ref`, `none` for `any`.
    pub fn literal(&mut self, ty: Type) -> Result<u64, Error> {
        match ty {
            Type::I32 => self.int(32),
            Type::I64 => self.int(64),
            Type::F32 => self.float(Width::F32),
            Type::F64 => self.float(Width::F64),
            Type::Ref => self.expect_word("null").map(|()| 0),
            Type::Any => self.expect_word("none").map(|()| 0),
        }
    }

    fn int(&mut self, bits: u32) -> Result<u64, Error> {
        let tok = self.expect(Kind::Number, &format!("an i{bits} literal"))?;
        number::parse_int(tok.text, bits).map_err(|msg| Error::new(tok.pos, msg))
    }

    /// `1.5`, `-inf`, `nan`, `nan:0xBITS`, ...
    fn float(&mut self, width: Width) -> Result<u64, Error> {
        let tok = self.tok;
        if !matches!(tok.kind, Kind::Number | Kind::Ident) {
            return Err(self.expected("a float literal"));
        }
        self.bump()?;
        if matches!(tok.text, "nan" | "-nan") && self.at(Kind::Colon) {
            if tok.text == "-nan" {
                return Err(Error::new(tok.pos, "`nan:0x...` gives all the bits, sign included: no `-`"));
            }
            self.bump()?;
            let bits = self.expect(Kind::Number, "the NaN's bits in hex")?;
            return number::parse_nan_bits(bits.text, width).map_err(|msg| Error::new(bits.pos, msg));
        }
        number::parse_float(tok.text, width).map_err(|msg| Error::new(tok.pos, msg))
    }
}

/// The number of `tok` if it is an identifier `PREFIX<digits>` without leading zeros
/// (saturated at `u64::MAX` for absurdly long numbers).
pub(super) fn numbered(tok: Token<'_>, prefix: char) -> Option<u64> {
    if tok.kind != Kind::Ident {
        return None;
    }
    let digits = tok.text.strip_prefix(prefix)?;
    let well_formed = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits.len() == 1 || !digits.starts_with('0'));
    well_formed.then(|| digits.parse().unwrap_or(u64::MAX))
}

/// Fails if a list that already holds `len` items may not take another (at most `max`).
pub(super) fn check_count(len: usize, max: usize, what: &str, pos: usize) -> Result<(), Error> {
    if len >= max { Err(Error::new(pos, format!("too many {what} (at most {max})"))) } else { Ok(()) }
}
