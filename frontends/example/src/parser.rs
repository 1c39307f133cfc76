//! Grouping tokens into word definitions: `: name ( inputs -- outputs ) body ;`.

use crate::lexer::{Pos, Token, TokenKind};
use crate::primitives;

/// A word's stack effect: how many values it takes and leaves.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub struct Effect {
    /// Values taken from the stack.
    pub inputs: usize,
    /// Values left on the stack.
    pub outputs: usize,
}

/// One `: name ... ;` definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Definition {
    /// The word's name.
    pub name: String,
    /// Where `:` is.
    pub pos: Pos,
    /// The declared effect; `( -- )` when none is written.
    pub effect: Effect,
    /// The tokens between the effect and `;`.
    pub body: Vec<Token>,
}

/// The definitions of a file, or every error found (position and message).
pub fn parse(tokens: Vec<Token>) -> Result<Vec<Definition>, Vec<(Pos, String)>> {
    let mut defs: Vec<Definition> = Vec::new();
    let mut errors = Vec::new();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match &token.kind {
            TokenKind::Paren(_) => continue,
            TokenKind::Word(w) if w == ":" => {}
            TokenKind::Word(w) if w == ";" => {
                errors.push((token.pos, "`;` outside a definition".to_string()));
                continue;
            }
            _ => {
                errors.push((token.pos, "code outside a definition (put it in `: main ... ;`)".to_string()));
                continue;
            }
        }
        let Some(Token { kind: TokenKind::Word(name), pos: name_pos }) = tokens.next() else {
            errors.push((token.pos, "`:` must be followed by the new word's name".to_string()));
            continue;
        };
        if let Some(why) = reserved(&name) {
            errors.push((name_pos, format!("cannot define `{name}`: it is {why}")));
        } else if defs.iter().any(|d| d.name == name) {
            errors.push((name_pos, format!("`{name}` is defined twice")));
        }
        let mut effect = Effect::default();
        if let Some(Token { kind: TokenKind::Paren(text), pos }) = tokens.peek() {
            match parse_effect(text) {
                Some(e) => effect = e,
                None => errors.push((*pos, "a stack effect reads `( inputs -- outputs )`".to_string())),
            }
            tokens.next();
        }
        let mut body = Vec::new();
        let mut closed = false;
        for t in tokens.by_ref() {
            match &t.kind {
                TokenKind::Word(w) if w == ";" => {
                    closed = true;
                    break;
                }
                TokenKind::Word(w) if w == ":" => errors.push((t.pos, "`:` inside a definition".to_string())),
                _ => body.push(t),
            }
        }
        if !closed {
            errors.push((token.pos, format!("definition of `{name}` is not closed by `;`")));
        }
        defs.push(Definition { name, pos: token.pos, effect, body });
    }
    if errors.is_empty() { Ok(defs) } else { Err(errors) }
}

/// Why `name` cannot be a word's name, if it cannot.
fn reserved(name: &str) -> Option<&'static str> {
    if name.parse::<i64>().is_ok() {
        Some("a number")
    } else if primitives::is_primitive(name) {
        Some("a built-in word")
    } else {
        None
    }
}

/// `a b -- c` → 2 inputs, 1 output.
fn parse_effect(text: &str) -> Option<Effect> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let dash = words.iter().position(|&w| w == "--")?;
    if words[dash + 1..].contains(&"--") {
        return None;
    }
    Some(Effect { inputs: dash, outputs: words.len() - dash - 1 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::lex;

    #[test]
    fn definitions_with_and_without_effects() {
        let defs = parse(lex(": sq ( n -- n2 ) dup * ;\n: main 3 sq print ;").unwrap()).unwrap();
        assert_eq!(defs.len(), 2);
        assert_eq!(defs[0].effect, Effect { inputs: 1, outputs: 1 });
        assert_eq!(defs[1].effect, Effect::default());
        assert_eq!(defs[1].body.len(), 3);
    }

    #[test]
    fn errors_have_positions() {
        let errors = parse(lex("1\n: dup ;\n: f ( x ) ;\n: g").unwrap()).unwrap_err();
        let at: Vec<(u32, u32)> = errors.iter().map(|(p, _)| (p.line, p.col)).collect();
        assert_eq!(at, [(1, 1), (2, 3), (3, 5), (4, 1)]);
    }
}
