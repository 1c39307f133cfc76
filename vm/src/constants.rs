//! Which registers hold known constants while a function is compiled, so that operations can
//! take them as immediates, and which constant definitions end up with no reader at all.
//!
//! Two sources of knowledge: *entry constants* (a register written exactly once, by a constant
//! in the entry block, is that constant in every other block) and *block-local* constants (from
//! a constant instruction to the next write of its register, within one block).

use crate::liveness::Liveness;
use rootir::{Function, InstData, Opcode, Reg, Type};
use std::collections::{HashMap, HashSet};

/// A constant instruction: (block, index in the block).
pub(crate) type ConstDef = (u32, u32);

/// Registers that hold one constant wherever they can be read: not a parameter, written by exactly
/// one instruction, a constant in the entry block. Every block but the entry sees the constant.
pub(crate) struct EntryConstants {
    /// `(register, bits, type, index in b0)`.
    entries: Vec<(Reg, u64, Type, usize)>,
}

impl EntryConstants {
    /// Finds the entry constants of a verified function.
    pub(crate) fn find(func: &Function) -> EntryConstants {
        let mut defs = vec![0u32; func.regs.len()];
        for inst in func.blocks.iter().flat_map(|b| &b.insts) {
            for r in inst.data.defs() {
                defs[r.index()] += 1;
            }
        }
        let mut entries = Vec::new();
        // With a handler on the entry block, a handler may run before the entry's constants are
        // written, so none of them is known everywhere.
        if let Some(entry) = func.blocks.first().filter(|b| b.handler.is_none()) {
            for (i, inst) in entry.insts.iter().enumerate() {
                if let InstData::Const { op, dst, bits } = inst.data
                    && dst.index() >= func.sig.params.len()
                    && defs[dst.index()] == 1
                {
                    entries.push((dst, bits, const_type(op), i));
                }
            }
        }
        EntryConstants { entries }
    }

    fn is_entry_constant(&self, reg: Reg, index: usize) -> bool {
        self.entries.iter().any(|&(r, _, _, i)| r == reg && i == index)
    }
}

fn const_type(op: Opcode) -> Type {
    op.typing().and_then(|t| t.output).unwrap_or(Type::I64)
}

/// A constant a register is known to hold at the current instruction.
#[derive(Copy, Clone, Debug)]
struct KnownConst {
    def: ConstDef,
    bits: u64,
    ty: Type,
    /// Whether it is an entry constant (seen by every block).
    entry: bool,
}

impl KnownConst {
    /// The constant as an `i32` immediate, if it fits.
    fn imm(&self) -> Option<i32> {
        match self.ty {
            Type::I32 => Some(self.bits as u32 as i32),
            Type::I64 => i32::try_from(self.bits as i64).ok(),
            _ => None,
        }
    }
}

/// How the reads of one constant definition were compiled.
#[derive(Copy, Clone, Debug, Default)]
struct ConstUses {
    /// Reads that use the register (not folded into an immediate).
    unfolded: u32,
    /// Whether the value may be read after its block (live out and not redefined).
    escapes: bool,
    entry: bool,
}

/// Follows the known constants through a function in emission order (block by block, each
/// instruction in order), and records which definitions every reader folded.
pub(crate) struct ConstTracker<'f> {
    entry: &'f EntryConstants,
    known: HashMap<Reg, KnownConst>,
    /// Registers the current instruction reads as immediates.
    folded_now: Vec<Reg>,
    /// Registers the next instruction of a fused group reads as immediates.
    folded_next: Vec<Reg>,
    uses: HashMap<ConstDef, ConstUses>,
    liveness: &'f Liveness,
    /// Whether the current block has a handler, which may read a constant before its block
    /// overwrites it.
    protected: bool,
}

impl<'f> ConstTracker<'f> {
    /// A tracker before the first block.
    pub(crate) fn new(entry: &'f EntryConstants, liveness: &'f Liveness) -> ConstTracker<'f> {
        ConstTracker {
            entry,
            known: HashMap::new(),
            folded_now: Vec::new(),
            folded_next: Vec::new(),
            uses: HashMap::new(),
            liveness,
            protected: false,
        }
    }

    /// At a block start only the entry constants are known (in the entry block, not even those yet).
    /// `protected`: the block has a handler.
    pub(crate) fn start_block(&mut self, b: usize, protected: bool) {
        self.protected = protected;
        self.known.clear();
        if b != 0 {
            for &(reg, bits, ty, index) in &self.entry.entries {
                self.known.insert(reg, KnownConst { def: (0, index as u32), bits, ty, entry: true });
            }
        }
    }

    /// Marks the block-local constants still known at the end of block `b` that a successor may read.
    pub(crate) fn end_block(&mut self, b: usize, liveness: &Liveness) {
        for (reg, k) in &self.known {
            if !k.entry && liveness.live_out(b, reg.index()) {
                self.uses.entry(k.def).or_default().escapes = true;
            }
        }
    }

    /// The constant `reg` holds as an immediate, without using it.
    pub(crate) fn peek(&self, reg: Reg) -> Option<i32> {
        self.known.get(&reg)?.imm()
    }

    /// The constant `reg` holds as an immediate, recording that the current instruction reads it so.
    pub(crate) fn fold(&mut self, reg: Reg) -> Option<i32> {
        let imm = self.peek(reg)?;
        self.folded_now.push(reg);
        Some(imm)
    }

    /// Records that the next instruction of a fused group reads `reg` as an immediate.
    pub(crate) fn fold_in_next(&mut self, reg: Reg) {
        self.folded_next.push(reg);
    }

    /// After instruction `i` of block `b`: counts its unfolded reads of known constants, then
    /// updates the known constants with what it writes.
    pub(crate) fn account(&mut self, data: &InstData, b: usize, i: usize) {
        let mut folded = std::mem::take(&mut self.folded_now);
        self.folded_now = std::mem::take(&mut self.folded_next);
        for reg in data.uses() {
            let Some(k) = self.known.get(&reg) else { continue };
            match folded.iter().position(|&f| f == reg) {
                Some(pos) => {
                    folded.swap_remove(pos);
                }
                None => self.uses.entry(k.def).or_default().unfolded += 1,
            }
        }
        for reg in data.defs() {
            // In a protected block, the handler may read the overwritten constant (the block's
            // live-out includes what its handler reads): the definition must stay.
            if let Some(k) = self.known.remove(&reg)
                && self.protected
                && !k.entry
                && self.liveness.live_out(b, reg.index())
            {
                self.uses.entry(k.def).or_default().escapes = true;
            }
        }
        if let InstData::Const { op, dst, bits } = *data {
            let entry = b == 0 && self.entry.is_entry_constant(dst, i);
            let def = (b as u32, i as u32);
            self.known.insert(dst, KnownConst { def, bits, ty: const_type(op), entry });
            self.uses.entry(def).or_default().entry = entry;
        }
    }

    /// The constant definitions every reader folded and whose value never leaves its block unfolded.
    pub(crate) fn removable(&self) -> HashSet<ConstDef> {
        self.uses.iter().filter(|(_, u)| u.unfolded == 0 && (u.entry || !u.escapes)).map(|(&d, _)| d).collect()
    }
}
