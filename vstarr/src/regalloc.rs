//! Register allocation: colors the interference graph of the SSA values greedily in
//! dominance order (parameters keep their registers `r0..rN`), one register file per type,
//! preferring for a phi and its arguments the same register so their moves disappear.

use crate::liveness::{interference, params, zeros};
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
pub fn allocate(ssa: &SsaFunction) -> Allocation {
    let adj = interference(ssa);
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
    for (v, l) in in_place_reads(ssa).into_iter().chain(direct_stores(ssa)) {
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
    let mut by_type: Vec<Vec<Reg>> = vec![Vec::new(); Type::ALL.len()];
    for (i, &t) in alloc.regs.iter().enumerate() {
        if !is_pinned[i] {
            by_type[t.code() as usize].push(Reg(i as u32));
        }
    }
    let mut taken: Vec<bool> = Vec::new();
    for b in crate::simplify::reverse_postorder(ssa) {
        let block = &ssa.blocks[b];
        let mut defs: Vec<Value> = if b == 0 { zeros(ssa) } else { Vec::new() };
        defs.extend(&block.phis);
        for inst in &block.insts {
            match inst {
                SsaInst::Def { value, .. } => defs.push(*value),
                SsaInst::Effect { results, .. } => defs.extend(results),
                SsaInst::WriteLocal { .. } => {}
            }
        }
        for v in defs {
            if alloc.reg[v.index()].is_some() {
                continue; // read in place
            }
            let ty = ssa.ty(v);
            taken.clear();
            taken.extend(is_pinned.iter().copied());
            taken.resize(alloc.regs.len(), false);
            for n in &adj[v.index()] {
                if let Some(r) = alloc.reg[n.index()] {
                    taken[r.index()] = true;
                }
            }
            let preferred = related[v.index()].iter().filter_map(|r| alloc.reg[r.index()]).find(|r| !taken[r.index()]);
            let reg =
                match preferred.or_else(|| by_type[ty.code() as usize].iter().copied().find(|r| !taken[r.index()])) {
                    Some(r) => r,
                    None => {
                        let r = alloc.new_reg(ty);
                        by_type[ty.code() as usize].push(r);
                        r
                    }
                };
            alloc.reg[v.index()] = Some(reg);
        }
    }
    alloc
}

/// Loads of pinned locals that can use the local's register in place (no `mov`): every use
/// is in the load's block, none after a store to the local (a store may read it), and the
/// value is not live out of the block (no phi takes it).
fn in_place_reads(ssa: &SsaFunction) -> Vec<(Value, u32)> {
    if ssa.pinned.is_empty() {
        return Vec::new();
    }
    let live_out = crate::liveness::live_out(ssa);
    let mut out = Vec::new();
    for (b, block) in ssa.blocks.iter().enumerate() {
        for (i, inst) in block.insts.iter().enumerate() {
            let SsaInst::Def { value: v, .. } = inst else { continue };
            let Def::ReadLocal(l) = ssa.values[v.index()].def else { continue };
            if live_out[b].contains(v) {
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
