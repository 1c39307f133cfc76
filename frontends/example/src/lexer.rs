//! Splitting a `.stk` file into tokens with line and column.

/// A 1-based line and column (in characters).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
}

/// What a token is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Any run of non-space characters: a number, a primitive or a word's name.
    Word(String),
    /// The text of `." text"`.
    Str(String),
    /// The inside of `( ... )`: a comment, or a stack effect right after `: name`.
    Paren(String),
}

/// A token and where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token.
    pub kind: TokenKind,
    /// Where it starts.
    pub pos: Pos,
}

/// The tokens of `text`, or the position and message of an unclosed `(` or `."`.
/// `\` starts a comment that runs to the end of the line.
pub fn lex(text: &str) -> Result<Vec<Token>, (Pos, String)> {
    let mut chars = Chars { chars: text.chars().collect(), at: 0, pos: Pos { line: 1, col: 1 } };
    let mut tokens = Vec::new();
    loop {
        chars.skip_spaces();
        let pos = chars.pos;
        let word = chars.take_while(|c| !c.is_whitespace());
        match word.as_str() {
            "" => return Ok(tokens),
            "\\" => {
                chars.take_while(|c| c != '\n');
            }
            "(" => {
                let inside = chars.take_while(|c| c != ')');
                if chars.next().is_none() {
                    return Err((pos, "`(` comment is not closed by `)`".to_string()));
                }
                tokens.push(Token { kind: TokenKind::Paren(inside), pos });
            }
            ".\"" => {
                chars.next(); // the one space after `."`
                let inside = chars.take_while(|c| c != '"' && c != '\n');
                if chars.next() != Some('"') {
                    return Err((pos, "string `.\"` is not closed by `\"` on its line".to_string()));
                }
                tokens.push(Token { kind: TokenKind::Str(inside), pos });
            }
            _ => tokens.push(Token { kind: TokenKind::Word(word), pos }),
        }
    }
}

struct Chars {
    chars: Vec<char>,
    at: usize,
    pos: Pos,
}

impl Chars {
    fn next(&mut self) -> Option<char> {
        let c = *self.chars.get(self.at)?;
        self.at += 1;
        if c == '\n' {
            self.pos = Pos { line: self.pos.line + 1, col: 1 };
        } else {
            self.pos.col += 1;
        }
        Some(c)
    }

    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> String {
        let mut s = String::new();
        while let Some(&c) = self.chars.get(self.at) {
            if !keep(c) {
                break;
            }
            s.push(c);
            self.next();
        }
        s
    }

    fn skip_spaces(&mut self) {
        self.take_while(char::is_whitespace);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_comments_and_strings() {
        let t = lex(": sq ( n -- n*n )\n  dup * ; \\ note\n.\" hi there\" 7").unwrap();
        let kinds: Vec<_> = t.iter().map(|t| t.kind.clone()).collect();
        assert_eq!(kinds[2], TokenKind::Paren(" n -- n*n ".to_string()));
        assert_eq!(t[3].pos, Pos { line: 2, col: 3 });
        assert_eq!(kinds[6], TokenKind::Str("hi there".to_string()));
        assert_eq!(t[7].pos, Pos { line: 3, col: 14 });
        assert_eq!(t.len(), 8);
    }

    #[test]
    fn unclosed_comment_and_string_are_errors() {
        assert_eq!(lex("1 ( oops").unwrap_err().0, Pos { line: 1, col: 3 });
        assert_eq!(lex("\n .\" oops\n\"").unwrap_err().0, Pos { line: 2, col: 2 });
    }
}
