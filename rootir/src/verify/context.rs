//! The error collector and the per-instruction context every instruction check receives.

use std::fmt;

use super::names::count;
use super::{Location, MAX_ERRORS, VerifyError};
use crate::{Block, Function, Module, Reg, Type};

/// Collects errors for one module, keeping the first [`MAX_ERRORS`] and counting the rest.
pub(super) struct Errors {
    module: String,
    list: Vec<VerifyError>,
    dropped: usize,
}

impl Errors {
    /// An empty collector for the module named `module`.
    pub(super) fn new(module: &str) -> Errors {
        Errors { module: module.to_string(), list: Vec::new(), dropped: 0 }
    }

    /// Records one error.
    pub(super) fn push(&mut self, location: Location, message: String) {
        if self.list.len() < MAX_ERRORS {
            self.list.push(VerifyError { module: self.module.clone(), location, message });
        } else {
            self.dropped += 1;
        }
    }

    /// `Ok` if nothing was recorded, else every error kept, followed by a
    /// module-level error counting those dropped (if any were).
    pub(super) fn finish(mut self) -> Result<(), Vec<VerifyError>> {
        if self.dropped > 0 {
            let message = format!("{} more errors not shown", self.dropped);
            self.list.push(VerifyError { module: self.module.clone(), location: Location::Module, message });
        }
        if self.list.is_empty() { Ok(()) } else { Err(self.list) }
    }
}

/// What an instruction check sees: the module, the function, where the instruction is.
pub(super) struct InstCx<'a> {
    /// The module being verified.
    pub module: &'a Module,
    /// The function holding the instruction.
    pub func: &'a Function,
    /// The block holding the instruction.
    pub block: Block,
    /// The instruction's index in its block.
    pub index: usize,
    errs: &'a mut Errors,
}

impl<'a> InstCx<'a> {
    /// A context for instruction `index` of `block` in `func`.
    pub(super) fn new(
        module: &'a Module,
        func: &'a Function,
        block: Block,
        index: usize,
        errs: &'a mut Errors,
    ) -> InstCx<'a> {
        InstCx { module, func, block, index, errs }
    }

    /// Records an error at this instruction.
    pub(super) fn error(&mut self, message: String) {
        let location = Location::Inst(self.func.name.clone(), self.block, self.index);
        self.errs.push(location, message);
    }

    /// The type of `reg`, or `None` if it is out of range (reported by the range check).
    pub(super) fn reg_type(&self, reg: Reg) -> Option<Type> {
        self.func.regs.get(reg.index()).copied()
    }

    /// Checks that `reg` has type `want`: `"{what} ({reg}) has type {t}, expected {want}"`.
    pub(super) fn expect_type(&mut self, what: fmt::Arguments<'_>, reg: Reg, want: Type) {
        if let Some(have) = self.reg_type(reg)
            && have != want
        {
            self.error(format!("{what} ({reg}) has type {have}, expected {want}"));
        }
    }

    /// Checks registers against types pairwise, after checking their counts agree:
    /// `"{what} has 1 {noun}, expected 2"`, then `"{what} {noun} 1 (r3) has type i64, expected i32"`.
    pub(super) fn expect_types(&mut self, what: fmt::Arguments<'_>, noun: &str, regs: &[Reg], want: &[Type]) {
        if regs.len() != want.len() {
            self.error(format!("{what} has {}, expected {}", count(regs.len(), noun), want.len()));
            return;
        }
        for (i, (&reg, &ty)) in regs.iter().zip(want).enumerate() {
            self.expect_type(format_args!("{what} {noun} {}", i + 1), reg, ty);
        }
    }
}
