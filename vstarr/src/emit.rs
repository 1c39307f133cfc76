//! Leaving SSA: phis become parallel moves at the end of predecessors (critical edges are
//! split into blocks of their own), sequentialized; then the allocated function is written
//! as a `rootir::Function`, with a note per instruction of where it came from for the checker.

use crate::moves::sequentialize;
use crate::regalloc::Allocation;
use crate::ssa::{Def, SsaFunction, SsaInst, Term, Value};
use rootir::{Block, BlockData, FileId, Function, Inst, InstData, Opcode, Reg, SrcLoc, Type};
use std::collections::HashMap;

/// Where an output block came from.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BlockOrigin {
    /// SSA block `b`.
    Ssa(usize),
    /// The split edge from SSA block `.0` to SSA block `.1` (it holds the edge's moves).
    Edge(usize, usize),
}

/// Where an output instruction came from.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum InstOrigin {
    /// Instruction `i` of the SSA block.
    Inst(usize),
    /// A move leaving SSA.
    Move,
    /// The terminator.
    Term,
}

/// A translated function with the origin of each block and instruction.
#[derive(Clone, Debug, PartialEq)]
pub struct Emitted {
    /// The register function.
    pub func: Function,
    /// One origin per block of `func`.
    pub blocks: Vec<BlockOrigin>,
    /// One origin per instruction of each block of `func`.
    pub insts: Vec<Vec<InstOrigin>>,
    /// The register of every phi.
    pub phi_regs: HashMap<Value, Reg>,
    /// The register of every [`Def::Zero`] value (null / none at entry: never a parameter's).
    pub zero_regs: Vec<(Value, Reg)>,
    /// The register of every pinned local.
    pub pinned: Vec<(u32, Reg)>,
}

/// The `*.const` opcode of a numeric type.
pub fn const_op(ty: Type) -> Opcode {
    match ty {
        Type::I64 => Opcode::I64Const,
        Type::F32 => Opcode::F32Const,
        Type::F64 => Opcode::F64Const,
        _ => Opcode::I32Const,
    }
}

struct Emitter<'a> {
    ssa: &'a SsaFunction,
    alloc: Allocation,
    unit: Option<FileId>,
    out: Emitted,
    temps: HashMap<Type, Reg>,
    split: HashMap<(usize, usize), usize>,
}

/// Writes `ssa` with its registers `alloc` as a register function.
pub fn emit(ssa: &SsaFunction, alloc: Allocation, unit: Option<FileId>) -> Emitted {
    let func = Function { name: ssa.name.clone(), sig: ssa.sig.clone(), regs: Vec::new(), blocks: Vec::new() };
    let phi_regs = ssa.blocks.iter().flat_map(|b| &b.phis).map(|&p| (p, alloc.of(p))).collect();
    let zero_regs = (0..ssa.values.len())
        .map(|i| Value(i as u32))
        .filter(|&v| ssa.values[v.index()].def == Def::Zero && alloc.reg.get(v.index()).copied().flatten().is_some())
        .map(|v| (v, alloc.of(v)))
        .collect();
    let pinned = alloc.pinned.clone();
    let out = Emitted { func, blocks: Vec::new(), insts: Vec::new(), phi_regs, zero_regs, pinned };
    let mut e = Emitter { ssa, alloc, unit, out, temps: HashMap::new(), split: HashMap::new() };
    for b in 0..ssa.blocks.len() {
        e.new_block(BlockOrigin::Ssa(b));
        e.out.func.blocks[b].handler = ssa.blocks[b].handler.map(Block::new);
    }
    for b in 0..ssa.blocks.len() {
        e.block(b);
    }
    e.out.func.regs = e.alloc.regs;
    e.out
}

impl Emitter<'_> {
    fn new_block(&mut self, origin: BlockOrigin) -> usize {
        self.out.func.blocks.push(BlockData::default());
        self.out.blocks.push(origin);
        self.out.insts.push(Vec::new());
        self.out.func.blocks.len() - 1
    }

    fn push(&mut self, block: usize, data: InstData, origin: InstOrigin, offset: u32) {
        let loc = self.unit.map_or(SrcLoc::None, |file| SrcLoc::Offset { file, offset });
        self.out.func.blocks[block].insts.push(Inst { data, loc });
        self.out.insts[block].push(origin);
    }

    fn reg(&self, v: Value) -> Reg {
        self.alloc.of(v)
    }

    /// Whether `v` is a load of a pinned local allocated to the local's own register.
    fn read_in_place(&self, v: Value) -> bool {
        matches!(self.ssa.values[v.index()].def, Def::ReadLocal(l) if self.reg(v) == self.pinned_reg(l))
    }

    /// The register of a pinned local (`r0` if it has none: the checker rejects that).
    fn pinned_reg(&self, l: u32) -> Reg {
        self.alloc.pinned.iter().find(|p| p.0 == l).map_or(Reg(0), |p| p.1)
    }

    fn block(&mut self, b: usize) {
        let ssa = self.ssa;
        let block = &ssa.blocks[b];
        for (i, inst) in block.insts.iter().enumerate() {
            let (data, offset) = match inst {
                // A load of a pinned local read in place (see `regalloc`): no instruction.
                SsaInst::Def { value, .. } if self.read_in_place(*value) => continue,
                SsaInst::Def { value, offset } => (self.def(*value), *offset),
                // The value was computed straight into the local's register.
                SsaInst::WriteLocal { local, value, .. } if self.reg(*value) == self.pinned_reg(*local) => continue,
                SsaInst::WriteLocal { local, value, offset } => {
                    (InstData::Mov { dst: self.pinned_reg(*local), src: self.reg(*value) }, *offset)
                }
                SsaInst::Effect { op, args, results, offset } => {
                    let results: Vec<Reg> = results.iter().map(|&r| self.reg(r)).collect();
                    let args: Vec<Reg> = args.iter().map(|&a| self.reg(a)).collect();
                    // A malformed effect becomes `unreachable`, which the checker rejects.
                    (crate::operation::build(op, &results, &args).unwrap_or(InstData::Unreachable), *offset)
                }
            };
            self.push(b, data, InstOrigin::Inst(i), offset);
        }
        let at = block.term_offset;
        let term = match &block.term {
            Term::Jump(s) => {
                self.edge_moves(b, *s, b, at);
                InstData::Jump { target: Block::new(*s) }
            }
            Term::Branch { cond, if_true, if_false } => InstData::Branch {
                cond: self.reg(*cond),
                if_true: self.edge_target(b, *if_true, at),
                if_false: self.edge_target(b, *if_false, at),
            },
            Term::Switch { index, targets, default } => InstData::Switch {
                index: self.reg(*index),
                targets: targets.iter().map(|&t| self.edge_target(b, t, at)).collect(),
                default: self.edge_target(b, *default, at),
            },
            Term::Return(values) => InstData::Return { values: values.iter().map(|&v| self.reg(v)).collect() },
            Term::Op { op, args } => {
                let args: Vec<Reg> = args.iter().map(|&a| self.reg(a)).collect();
                crate::operation::build(op, &[], &args).unwrap_or(InstData::Unreachable)
            }
        };
        self.push(b, term, InstOrigin::Term, at);
    }

    /// The instruction computing a `Const` or `Op` value.
    fn def(&self, v: Value) -> InstData {
        let dst = self.reg(v);
        match &self.ssa.values[v.index()].def {
            Def::Const(imm) => InstData::Const { op: const_op(imm.ty), dst, bits: imm.bits },
            Def::Op { op, args } => {
                let args: Vec<Reg> = args.iter().map(|&a| self.reg(a)).collect();
                crate::operation::build(op, &[dst], &args).unwrap_or(InstData::Unreachable)
            }
            Def::ReadLocal(l) => InstData::Mov { dst, src: self.pinned_reg(*l) },
            // Not produced by SSA construction; the checker reports it.
            _ => InstData::Unreachable,
        }
    }

    /// The block a branch from `p` to `s` goes to: `s`, or a new block holding the moves of
    /// the edge when `s` has phis.
    fn edge_target(&mut self, p: usize, s: usize, at: u32) -> Block {
        if self.ssa.blocks[s].phis.is_empty() {
            return Block::new(s);
        }
        if let Some(&k) = self.split.get(&(p, s)) {
            return Block::new(k);
        }
        let k = self.new_block(BlockOrigin::Edge(p, s));
        self.split.insert((p, s), k);
        self.edge_moves(p, s, k, at);
        self.push(k, InstData::Jump { target: Block::new(s) }, InstOrigin::Term, at);
        Block::new(k)
    }

    /// Appends to output block `into` the moves that give the phis of `s` their values on
    /// the edge from `p`.
    fn edge_moves(&mut self, p: usize, s: usize, into: usize, at: u32) {
        let args = crate::liveness::phi_args_from(self.ssa, p, s);
        let parallel: Vec<(Reg, Reg)> =
            self.ssa.blocks[s].phis.iter().zip(args).map(|(&phi, a)| (self.reg(phi), self.reg(a))).collect();
        let mut temps = std::mem::take(&mut self.temps);
        let alloc = &mut self.alloc;
        let seq = sequentialize(&parallel, |r| {
            let ty = alloc.regs[r.index()];
            *temps.entry(ty).or_insert_with(|| alloc.new_reg(ty))
        });
        self.temps = temps;
        for (dst, src) in seq {
            self.push(into, InstData::Mov { dst, src }, InstOrigin::Move, at);
        }
    }
}
