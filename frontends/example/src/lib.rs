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
//! Each word becomes one stack-form function ([`vstarr::stack::StackFunction`]) of type
//! `(i64 * inputs) -> (i64 * outputs)`: its parameters are loaded from locals, then every token
//! becomes stack instructions (`+` is `i64.add`, `swap` a shuffle, `if` a branch, a word a
//! call). [`vstarr::translate`] turns it into a register rootIR function, exported under the
//! word's name. [`stack_functions`] gives the stack form itself, for `rootc stats` and
//! `rootc cfg`.
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

use rootc_frontend::{Diagnostic, Diagnostics, Frontend, FrontendEntry, Input, Location, Options};
use vstarr::stack::StackFunction;

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
        let (file, defs) = parse(input, options)?;
        let module = codegen::compile(&input.stem(), &file, &defs).map_err(|e| errors(&file, options, e))?;
        Ok(vec![module])
    }
}

/// The stack form of `input`, before vstarr translates it: `(module, function)` pairs, one
/// per word, in the order of the functions of [`Stk::translate`]'s module. The same checks
/// (and the same diagnostics) as `translate`, except those of vstarr itself.
///
/// ```
/// use rootc_frontend::{Input, Options};
/// let input = Input::new("sq.stk", ": main 7 dup * print ;");
/// let funcs = frontend_example::stack_functions(&input, &Options::default()).unwrap();
/// assert_eq!((funcs[0].0.as_str(), funcs[0].1.name.as_str()), ("sq", "main"));
/// ```
pub fn stack_functions(input: &Input, options: &Options) -> Result<Vec<(String, StackFunction)>, Diagnostics> {
    let (file, defs) = parse(input, options)?;
    let lowered = codegen::lower(&defs).map_err(|e| errors(&file, options, e))?;
    let module = input.stem();
    Ok(lowered.into_iter().map(|l| (module.clone(), l.func)).collect())
}

/// Positioned errors as diagnostics: all of them with `--keep-going`, else the first.
fn errors(file: &str, options: &Options, list: Vec<(lexer::Pos, String)>) -> Diagnostics {
    let take = if options.keep_going { list.len() } else { 1 };
    let at = |pos: lexer::Pos| Location::line(file.to_string(), pos.line, pos.col);
    Diagnostics::from(list.into_iter().take(take).map(|(p, m)| Diagnostic::error(at(p), m)).collect::<Vec<_>>())
}

/// The displayed file name and the definitions of `input`, with the entry word checked.
fn parse(input: &Input, options: &Options) -> Result<(String, Vec<parser::Definition>), Diagnostics> {
    let file = input.display_path();
    let tokens = lexer::lex(input.text()?).map_err(|e| errors(&file, options, vec![e]))?;
    let defs = parser::parse(tokens).map_err(|e| errors(&file, options, e))?;
    let entry = options.entry_or("main");
    match defs.iter().find(|d| d.name == entry) {
        None => {
            let msg = format!("no `{entry}` word: define `: {entry} ( -- ) ... ;`");
            return Err(Diagnostic::error(Location::File(file.clone()), msg).into());
        }
        Some(d) if d.effect != parser::Effect::default() => {
            let msg = format!("the entry word `{entry}` must have effect ( -- )");
            return Err(errors(&file, options, vec![(d.pos, msg)]));
        }
        Some(_) => {}
    }
    Ok((file, defs))
}
