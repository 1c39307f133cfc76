//! The `.rir` text form: printer and parser (see `docs/ir-format.md`).

use crate::Module;

/// A parse error with its position and an excerpt of the offending line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// The file name given to [`parse`].
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
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

/// Parses one or more modules from `.rir` text. `file` names the source in errors.
pub fn parse(_src: &str, _file: &str) -> Result<Vec<Module>, ParseError> {
    todo!("text parser")
}

/// Prints modules in canonical `.rir` form (modules separated by a blank line).
pub fn print(_modules: &[Module]) -> String {
    todo!("text printer")
}
