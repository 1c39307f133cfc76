//! The verifier: many small checks that collect every error with its location.
//!
//! Each check is a small function that looks at one thing (a name table, a
//! memory declaration, one operand of one instruction) and records what is
//! wrong; no check stops the others. The verifier never panics, whatever the
//! [`Module`] holds: every index is looked up with a bounds check first.
//!
//! When [`verify_module`] returns `Ok`, the VM may rely on this: every
//! register, block, function, import, global and file index in the module is
//! in range; every operand has the type its instruction requires; every
//! block ends with exactly one terminator; loads, stores and `memory.size`
//! appear only in modules with a memory; data segments lie inside the
//! memory's initial size; every class names existing classes and functions, has an acyclic
//! superclass chain, overrides with equal signatures and implements its interfaces, every
//! object instruction names an existing class, field or method with matching types, and every
//! block's handler exists, begins with `catch` and has no normal predecessors. The rules
//! are listed in `docs/verifier.md`.

mod classes;
mod context;
mod function;
mod handlers;
mod inst;
mod inst_calls;
mod inst_control;
mod inst_data;
mod inst_objects;
mod module_items;
mod module_memory;
mod names;
#[cfg(test)]
mod tests;

use crate::Module;
use context::Errors;

/// The most registers a function may have: the VM's register operands are 16 bits.
pub const MAX_REGS: usize = 65_535;
/// The most parameters or results a signature may have.
pub const MAX_SIG_TYPES: usize = MAX_REGS;
/// The most instructions a function may have.
pub const MAX_INSTS: usize = 1_000_000;
/// The most errors [`verify_module`] returns one by one; the rest are counted in one last error,
/// so that a hostile module cannot make the error list grow much faster than the module.
pub const MAX_ERRORS: usize = 1000;
/// The largest linear memory, in bytes (4 GiB).
pub const MAX_MEMORY: u64 = 1 << 32;

/// Where a verifier error is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// The module as a whole (imports, exports, globals, memory, data).
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

/// Verifies a module. Returns every error found, module-level errors first,
/// then each function's in order.
pub fn verify_module(module: &Module) -> Result<(), Vec<VerifyError>> {
    let mut errs = Errors::new(&module.name);
    module_items::check(module, &mut errs);
    module_memory::check(module, &mut errs);
    classes::check(module, &mut errs);
    for func in &module.functions {
        function::check(module, func, &mut errs);
    }
    errs.finish()
}
