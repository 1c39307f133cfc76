//! The `.rir` text form: printer and parser (see `docs/ir-format.md`).
//!
//! [`print`](fn@print) writes the one canonical layout; [`parse`] reads it back (with any
//! spacing and comments) and checks structure: numbering of registers, blocks,
//! files and constants, opcode names and operand formats, names, literal
//! ranges and escapes. Types and semantics are the verifier's job.
//!
//! The input is untrusted: the parser never panics, does not recurse, and its
//! memory is linear in the input. Limits: [`MAX_REGS`] registers per function,
//! [`MAX_ITEMS`] of anything else (modules, items, blocks, instructions...).

mod error;
mod escape;
mod lexer;
mod number;
mod parse_func;
mod parse_inst;
mod parse_module;
mod parser;
mod print_inst;
mod printer;
mod symbols;
#[cfg(test)]
mod tests;

pub use error::ParseError;

use crate::{Function, Module};

/// The most registers (parameters included) a parsed function may have.
pub const MAX_REGS: usize = 65_535;

/// The most of anything else the parser accepts: modules, items of a module,
/// blocks of a function, instructions of a module, switch targets, ...
pub const MAX_ITEMS: usize = 1_000_000;

/// Parses one or more modules from `.rir` text. `file` names the source in errors.
pub fn parse(src: &str, file: &str) -> Result<Vec<Module>, ParseError> {
    parser::Parser::new(src)
        .and_then(|mut p| parse_module::parse_modules(&mut p))
        .map_err(|e| e.into_parse_error(src, file))
}

/// Prints modules in canonical `.rir` form (modules separated by a blank line).
pub fn print(modules: &[Module]) -> String {
    modules.iter().map(print_module).collect::<Vec<_>>().join("\n")
}

/// Prints one module in canonical `.rir` form, ending with a newline.
pub fn print_module(module: &Module) -> String {
    printer::ModuleText(module).to_string()
}

/// Prints one function of `module` (which names its callees and globals) in canonical form.
pub fn print_function(module: &Module, func: &Function) -> String {
    printer::FunctionText { module, func }.to_string()
}
