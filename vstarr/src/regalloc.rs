//! Register allocation: colors the interference graph of the SSA values (implicitly: see
//! [`allocate`]) greedily in dominance order (parameters keep their registers `r0..rN`), one register file per type,
//! preferring for a phi and its arguments the same register so their moves disappear.

use crate::liveness::{Liveness, ValueSet, defs_uses, liveness, params, zeros};
use crate::ssa::{Def, SsaFunction, SsaInst, Value};
use rootir::{Reg, Type};

/// The register of every SSA value that is computed, and the type of every register.
#[derive(Clone, Debug, PartialEq)]
pub struct Allocation {
    /// `reg[v]` is the register of value `v` (`None` for values not computed).
    pub reg: Vec<Option<Reg>>,
    /// The type of each register; the first are the parameters.
    pub regs: Vec<Type>,
    /// The register of each pinned local (a parameter keeps its own); no SSA value gets one.
    pub pinned: Vec<(u32, Reg)>,
}

impl Allocation {
    /// The register of `v`; `r0` for a value that has none (the checker rejects such code).
    pub fn of(&self, v: Value) -> Reg {
        self.reg.get(v.index()).copied().flatten().unwrap_or(Reg(0))
    }

    /// A fresh register of type `ty`.
    pub fn new_reg(&mut self, ty: Type) -> Reg {
        self.regs.push(ty);
        Reg(u32::try_from(self.regs.len() - 1).unwrap_or(u32::MAX))
    }
}

/// Allocates registers for the values of `ssa`.
///
/// Greedy coloring in dominance order without building the interference graph: in strict
/// SSA two values interfere exactly when one is live where the other is defined, and the
/// one live there was defined (and colored) first. So a walk over each block, counting the
/// live values per register (live-in from [`liveness`], operands released at their last use
/// before the results are defined), knows every register a new value must avoid.
pub fn allocate(ssa: &SsaFunction) -> Allocation {
    let live = liveness(ssa);
    let mut alloc = Allocation { reg: vec![None; ssa.values.len()], regs: ssa.sig.params.clone(), pinned: Vec::new() };
    for (i, p) in params(ssa).into_iter().enumerate() {
        alloc.reg[p.index()] = Some(Reg(i as u32));
    }
    let nparams = ssa.sig.params.len();
    for &(l, ty) in &ssa.pinned {
        let r = if (l as usize) < nparams { Reg(l) } else { alloc.new_reg(ty) };
        alloc.pinned.push((l, r));
    }
    let is_pinned: Vec<bool> = (0..alloc.regs.len()).map(|r| alloc.pinned.iter().any(|p| p.1.index() == r)).collect();
    for (v, l) in in_place_reads(ssa, &live.live_out).into_iter().chain(direct_stores(ssa)) {
        if alloc.reg[v.index()].is_none() {
            alloc.reg[v.index()] = alloc.pinned.iter().find(|p| p.0 == l).map(|p| p.1);
        }
    }
    // Move-related values: a phi and its arguments.
    let mut related: Vec<Vec<Value>> = vec![Vec::new(); ssa.values.len()];
    for block in &ssa.blocks {
        for &phi in &block.phis {
            if let Def::Phi { args, .. } = &ssa.values[phi.index()].def {
                for &a in args {
                    related[phi.index()].push(a);
                    related[a.index()].push(phi);
                }
            }
        }
    }
    let mut c = Coloring {
        by_type: vec![Vec::new(); Type::ALL.len()],
        busy: vec![0; alloc.regs.len()],
        counted: ValueSet::new(ssa.values.len()),
        is_pinned,
        related,
        alloc,
    };
    for (i, &t) in c.alloc.regs.iter().enumerate() {
        if !c.is_pinned[i] {
            c.by_type[t.code() as usize].push(Reg(i as u32));
        }
    }
    for b in crate::simplify::reverse_postorder(ssa) {
        c.block(ssa, b, &live);
    }
    c.alloc
}

/// The state of [`allocate`]'s walk.
struct Coloring {
    alloc: Allocation,
    /// The registers of each type a value may take.
    by_type: Vec<Vec<Reg>>,
    /// How many live values each register holds at the current point.
    busy: Vec<u32>,
    /// The values counted in `busy`.
    counted: ValueSet,
    is_pinned: Vec<bool>,
    related: Vec<Vec<Value>>,
}

impl Coloring {
    fn block(&mut self, ssa: &SsaFunction, b: usize, live: &Liveness) {
        let block = &ssa.blocks[b];
        // Where each operand is last used in the block (it is not live out).
        let mut alive = live.live_out[b].clone();
        let mut dying: Vec<Vec<Value>> = vec![Vec::new(); block.insts.len()];
        let mut used = live.live_out[b].clone();
        block.term.uses().into_iter().for_each(|u| {
            alive.insert(u);
            used.insert(u);
        });
        for (i, inst) in block.insts.iter().enumerate().rev() {
            let (defs, uses) = defs_uses(ssa, inst);
            defs.iter().for_each(|&d| alive.remove(d));
            for u in uses {
                used.insert(u);
                if alive.insert(u) {
                    dying[i].push(u);
                }
            }
        }
        self.busy.iter_mut().for_each(|n| *n = 0);
        for v in self.counted.iter().collect::<Vec<_>>() {
            self.counted.remove(v);
        }
        for v in live.live_in[b].iter() {
            if self.alloc.reg[v.index()].is_some() {
                self.count(v);
            }
        }
        // The entry defines the parameters and the zeros together: a zero's register must be
        // no parameter's, used or not (it holds the argument, not zero).
        let params = if b == 0 { params(ssa) } else { Vec::new() };
        params.iter().for_each(|&p| self.count(p));
        let mut at_start: Vec<Value> = if b == 0 { zeros(ssa) } else { Vec::new() };
        at_start.extend(&block.phis);
        for &v in &at_start {
            self.define(ssa, v);
        }
        for &v in params.iter().chain(&at_start) {
            if !used.contains(v) {
                self.release(v);
            }
        }
        for (i, inst) in block.insts.iter().enumerate() {
            for &u in &dying[i] {
                self.release(u);
            }
            let defs = defs_uses(ssa, inst).0;
            for &d in &defs {
                self.define(ssa, d);
            }
            for &d in &defs {
                if !used.contains(d) {
                    self.release(d);
                }
            }
        }
    }

    fn count(&mut self, v: Value) {
        if let Some(r) = self.alloc.reg[v.index()]
            && self.counted.insert(v)
        {
            self.busy[r.index()] += 1;
        }
    }

    fn release(&mut self, v: Value) {
        if let Some(r) = self.alloc.reg[v.index()]
            && self.counted.contains(v)
        {
            self.counted.remove(v);
            self.busy[r.index()] -= 1;
        }
    }

    /// Colors `v` (unless it has a register already) and counts it live.
    fn define(&mut self, ssa: &SsaFunction, v: Value) {
        if self.alloc.reg[v.index()].is_none() {
            let ty = ssa.ty(v);
            let free = |r: &Reg| self.busy[r.index()] == 0 && !self.is_pinned[r.index()];
            let preferred = self.related[v.index()].iter().filter_map(|r| self.alloc.reg[r.index()]).find(free);
            let reg = match preferred.or_else(|| self.by_type[ty.code() as usize].iter().copied().find(free)) {
                Some(r) => r,
                None => {
                    let r = self.alloc.new_reg(ty);
                    self.by_type[ty.code() as usize].push(r);
                    self.busy.push(0);
                    self.is_pinned.push(false);
                    r
                }
            };
            self.alloc.reg[v.index()] = Some(reg);
        }
        self.count(v);
    }
}

/// Loads of pinned locals that can use the local's register in place (no `mov`): every use
/// is in the load's block, none after a store to the local (a store may read it), and the
/// value is not live out of the block (no phi takes it).
fn in_place_reads(ssa: &SsaFunction, live_out: &[ValueSet]) -> Vec<(Value, u32)> {
    if ssa.pinned.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (b, block) in ssa.blocks.iter().enumerate() {
        for (i, inst) in block.insts.iter().enumerate() {
            let SsaInst::Def { value: v, .. } = inst else { continue };
            let Def::ReadLocal(l) = ssa.values[v.index()].def else { continue };
            if live_out[b].contains(*v) {
                continue;
            }
            // The first store to the local after the load, or the terminator.
            let write = block.insts[i + 1..]
                .iter()
                .position(|x| matches!(x, SsaInst::WriteLocal { local, .. } if *local == l))
                .map_or(block.insts.len(), |k| i + 1 + k);
            let used_after = block.insts[write.min(block.insts.len())..]
                .iter()
                .skip(1)
                .any(|x| crate::liveness::defs_uses(ssa, x).1.contains(v))
                || (write < block.insts.len() && block.term.uses().contains(v));
            if !used_after {
                out.push((*v, l));
            }
        }
    }
    out
}

/// Values computed straight into a pinned local's register: defined by the instruction just
/// before the store to the local, and used by nothing else. (Not earlier: a handler, or a
/// load in between, must still see the old value; an instruction that raises leaves its
/// result register unwritten.)
fn direct_stores(ssa: &SsaFunction) -> Vec<(Value, u32)> {
    if ssa.pinned.is_empty() {
        return Vec::new();
    }
    let mut uses = vec![0usize; ssa.values.len()];
    for block in &ssa.blocks {
        for inst in &block.insts {
            crate::liveness::defs_uses(ssa, inst).1.iter().for_each(|u| uses[u.index()] += 1);
        }
        block.term.uses().iter().for_each(|u| uses[u.index()] += 1);
        for &phi in &block.phis {
            if let Def::Phi { args, .. } = &ssa.values[phi.index()].def {
                args.iter().for_each(|u| uses[u.index()] += 1);
            }
        }
    }
    let mut out = Vec::new();
    for block in &ssa.blocks {
        for pair in block.insts.windows(2) {
            // Constants too: the VM keeps a constant a handler may read even when a later
            // instruction of its block overwrites it (corpus/rir/exc_overwritten_constant.rir).
            if let [SsaInst::Def { value: v, .. }, SsaInst::WriteLocal { local, value, .. }] = pair
                && v == value
                && uses[v.index()] == 1
            {
                out.push((*v, *local));
            }
        }
    }
    out
}
