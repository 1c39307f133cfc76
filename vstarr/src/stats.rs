//! Metrics: instructions and registers of a translation against a naive one.
//!
//! The naive translation gives every local one register and every operand stack slot one
//! register per type it holds, and copies on every load, store and shuffle: `Push` is a
//! constant, `Load` and `Store` a move, an operation one instruction, a shuffle one move per
//! slot it writes (a swap three, through a temporary), every branch, call and return one
//! instruction, and a block that falls into the next one a jump.

use crate::cfg::{Cfg, apply};
use crate::error::Error;
use crate::stack::{Shuffle, StackFunction, StackInst};
use rootir::{Function, Type};
use std::collections::HashSet;

/// Instruction and register counts of a translation and of the naive translation.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Functions counted.
    pub functions: usize,
    /// Instructions of the translation.
    pub insts: usize,
    /// Registers of the translation.
    pub regs: usize,
    /// Instructions of the naive translation.
    pub naive_insts: usize,
    /// Registers of the naive translation.
    pub naive_regs: usize,
}

impl std::ops::AddAssign for Stats {
    fn add_assign(&mut self, o: Stats) {
        self.functions += o.functions;
        self.insts += o.insts;
        self.regs += o.regs;
        self.naive_insts += o.naive_insts;
        self.naive_regs += o.naive_regs;
    }
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
        write!(
            f,
            "{} functions: {} instructions vs {} naive ({:.1}%), {} registers vs {} naive ({:.1}%)",
            self.functions,
            self.insts,
            self.naive_insts,
            pct(self.insts, self.naive_insts),
            self.regs,
            self.naive_regs,
            pct(self.regs, self.naive_regs)
        )
    }
}

/// The counts for `translated`, the translation of `func`, and for the naive translation
/// of `func`'s reachable code.
pub fn stats(func: &StackFunction, translated: &Function) -> Result<Stats, Error> {
    stats_in(func, &crate::NoModule, translated)
}

/// [`stats`] for a function whose operations name entities of a module (`env`).
pub fn stats_in(func: &StackFunction, env: &dyn crate::ModuleEnv, translated: &Function) -> Result<Stats, Error> {
    let cfg = Cfg::build(func, env)?;
    let mut insts = 0;
    let mut slot_types: HashSet<(usize, Type)> = HashSet::new();
    for (i, block) in cfg.blocks.iter().enumerate() {
        let mut stack = block.entry_stack.clone();
        for o in block.start..block.end {
            let inst = &func.code[o as usize];
            insts += naive_cost(inst);
            apply(func, env, inst, &mut stack).map_err(|m| Error::at(&func.name, o, m))?;
            slot_types.extend(stack.iter().enumerate().map(|(s, &t)| (s, t)));
        }
        let last = &func.code[(block.end - 1) as usize];
        let falls = !last.ends_flow() && !matches!(last, StackInst::BranchIf(_));
        let next_is_next = cfg.blocks.get(i + 1).is_some_and(|n| n.start == block.end);
        if falls || matches!(last, StackInst::BranchIf(_)) && !next_is_next {
            insts += 1;
        }
    }
    Ok(Stats {
        functions: 1,
        insts: translated.inst_count(),
        regs: translated.regs.len(),
        naive_insts: insts,
        naive_regs: func.locals.len() + slot_types.len(),
    })
}

/// Instructions the naive translation spends on one stack instruction.
fn naive_cost(inst: &StackInst) -> usize {
    match inst {
        StackInst::Shuffle(s) => match s {
            Shuffle::Pop => 0,
            Shuffle::Dup => 1,
            Shuffle::Dup2 => 2,
            Shuffle::Swap | Shuffle::DupX1 => 3,
            Shuffle::DupX2 => 4,
            Shuffle::Dup2X1 => 5,
            Shuffle::Dup2X2 => 6,
        },
        _ => 1,
    }
}
