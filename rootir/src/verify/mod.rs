//! The verifier: many small checks that collect every error with its location.

use crate::Module;

/// Where a verifier error is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// The module as a whole (imports, exports, globals...).
    Module,
    /// A function.
    Func(String),
    /// A block of a function.
    Block(String, crate::Block),
    /// An instruction: function, block, index in the block.
    Inst(String, crate::Block, usize),
}

/// One verifier error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    /// The module's name.
    pub module: String,
    /// Where.
    pub location: Location,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.module)?;
        match &self.location {
            Location::Module => {}
            Location::Func(func) => write!(f, ": @{func}")?,
            Location::Block(func, b) => write!(f, ": @{func} {b}")?,
            Location::Inst(func, b, i) => write!(f, ": @{func} {b}[{i}]")?,
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for VerifyError {}

/// Verifies a module. Returns every error found.
pub fn verify_module(_module: &Module) -> Result<(), Vec<VerifyError>> {
    todo!("verifier")
}
