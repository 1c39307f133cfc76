//! The worked example of a rootvm frontend: `stk`, a toy Forth-like stack language.
//!
//! Read it with `docs/writing-a-frontend.md`. It shows the whole plugin path: implement
//! [`rootc_frontend::Frontend`], register it with `inventory::submit!`, and `rootc run prog.stk`
//! works once `rootc` names this crate.
//!
//! # The language
//!
//! ```text
//! \ a comment to the end of the line; ( this is a comment too )
//! : square ( n -- n*n ) dup * ;          \ a word: name, stack effect, body, `;`
//! : main ( -- ) 7 square print ;         \ `main` is the entry point; prints 49
//! ```
//!
//! - Values are 64-bit integers. A literal pushes itself.
//! - `+ - * / % mod and or` (`/` and `%` trap on division by zero, like `i64.div_s`),
//!   `negate`, comparisons `= <> < > <= >=` and `0=` (push 1 or 0).
//! - `dup drop swap over rot`; `print` (or `.`) prints a number and a line break,
//!   `emit` writes a character by code, `cr` a line break, `." text"` writes text.
//! - `cond if ... else ... then` (any non-zero is true), `begin ... cond until` (loops until
//!   `cond` is non-zero).
//! - `: name ( in1 in2 -- out ) ... ;` defines a word; the effect comment counts inputs and
//!   outputs (none written means `( -- )`). Words may call each other and themselves, in any order.
//!   The compiler checks every word leaves what it declares and both sides of an `if` agree.
//!
//! # How it translates
//!
//! Each word becomes one rootIR function `(i64 * inputs) -> (i64 * outputs)`, exported under its
//! name. Stack slot `i` lives in one fixed `i64` register of the function, so the translation is
//! a walk over the tokens with a compile-time stack ([`stack::Stack`]). Real frontends will go
//! through vstarr (the stack-to-register translator, being built in parallel) instead of doing
//! this by hand; this example will move to it then.
//!
//! ```
//! use rootc_frontend::{Frontend, Input, Options};
//! let input = Input::new("sq.stk", ": main 7 dup * print ;");
//! let modules = frontend_example::Stk.translate(&input, &Options::default()).unwrap();
//! assert_eq!(modules[0].name, "sq");
//! assert!(modules[0].export("main").is_some());
//! ```

mod codegen;
pub mod lexer;
pub mod parser;
pub mod primitives;
pub mod stack;

use rootc_frontend::{Diagnostic, Diagnostics, Frontend, FrontendEntry, Input, Location, Options};

/// The `stk` frontend (registered under the name `example`).
#[derive(Copy, Clone, Debug, Default)]
pub struct Stk;

inventory::submit! { FrontendEntry::new(&Stk) }

impl Frontend for Stk {
    fn name(&self) -> &'static str {
        "example"
    }

    fn description(&self) -> &'static str {
        "a toy Forth-like stack language: the worked example of docs/writing-a-frontend.md"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["stk"]
    }

    /// A file of any name starting with the comment `\ stk` is a stack-language file.
    fn magic(&self) -> &'static [&'static [u8]] {
        &[b"\\ stk"]
    }

    fn translate(&self, input: &Input, options: &Options) -> Result<Vec<rootir::Module>, Diagnostics> {
        let file = input.display_path();
        let at = |pos: lexer::Pos| Location::line(file.clone(), pos.line, pos.col);
        let errors = |list: Vec<(lexer::Pos, String)>| {
            let take = if options.keep_going { list.len() } else { 1 };
            Diagnostics::from(list.into_iter().take(take).map(|(p, m)| Diagnostic::error(at(p), m)).collect::<Vec<_>>())
        };
        let tokens = lexer::lex(input.text()?).map_err(|e| errors(vec![e]))?;
        let defs = parser::parse(tokens).map_err(errors)?;
        let entry = options.entry_or("main");
        match defs.iter().find(|d| d.name == entry) {
            None => {
                let msg = format!("no `{entry}` word: define `: {entry} ( -- ) ... ;`");
                return Err(Diagnostic::error(Location::File(file.clone()), msg).into());
            }
            Some(d) if d.effect != parser::Effect::default() => {
                return Err(errors(vec![(d.pos, format!("the entry word `{entry}` must have effect ( -- )"))]));
            }
            Some(_) => {}
        }
        let module = codegen::compile(&input.stem(), &file, &defs).map_err(errors)?;
        Ok(vec![module])
    }
}
