//! Simplification of SSA form: copy propagation, constant folding (operations and
//! branches), dead-code elimination and merging of straight-line blocks.
//!
//! Copies exist in SSA only as aliases (the stack's loads, stores and shuffles make none,
//! and a removed phi becomes an alias); copy propagation rewrites every operand to the value
//! it stands for.

use crate::fold::fold;
use crate::operation::{Attr, Operation};
use crate::ssa::{Def, SsaFunction, SsaInst, Term, Value};
use std::collections::HashMap;

/// What [`simplify`] did.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct SimplifyStats {
    /// Operations replaced by constants.
    pub folded: usize,
    /// Branches and switches on constants replaced by jumps.
    pub branches_folded: usize,
    /// Instructions and phis removed as dead.
    pub dead: usize,
    /// Blocks merged into their only predecessor or removed as unreachable.
    pub blocks_removed: usize,
}

/// Simplifies `ssa` in place.
pub fn simplify(ssa: &mut SsaFunction) -> SimplifyStats {
    simplify_traced(ssa).0
}

/// Simplifies `ssa` in place; also returns, for each block of the result, the block of the
/// input it starts with (the claim [`crate::simplify_check`] checks).
pub fn simplify_traced(ssa: &mut SsaFunction) -> (SimplifyStats, Vec<usize>) {
    let mut stats = SimplifyStats::default();
    let mut origin: Vec<usize> = (0..ssa.blocks.len()).collect();
    ssa.resolve_all();
    stats.folded = fold_constants(ssa);
    stats.branches_folded = fold_branches(ssa);
    stats.blocks_removed += remove_unreachable(ssa, &mut origin);
    // A phi left with one distinct argument is an alias now.
    if ssa.remove_trivial_phis() > 0 {
        stats.folded += fold_constants(ssa);
    }
    stats.dead = eliminate_dead_code(ssa);
    stats.blocks_removed += merge_blocks(ssa, &mut origin);
    stats.dead += reuse_pinned_reads(ssa);
    (stats, origin)
}

/// A second load of a pinned local in a block, with no store to it in between, is the value
/// of the first (only the local's stores write its register). Returns how many went.
fn reuse_pinned_reads(ssa: &mut SsaFunction) -> usize {
    if ssa.pinned.is_empty() {
        return 0;
    }
    let mut removed = 0;
    for b in 0..ssa.blocks.len() {
        let mut last: HashMap<u32, Value> = HashMap::new();
        let insts = std::mem::take(&mut ssa.blocks[b].insts);
        let mut kept = Vec::with_capacity(insts.len());
        for inst in insts {
            match &inst {
                SsaInst::WriteLocal { local, .. } => {
                    last.remove(local);
                }
                SsaInst::Def { value, .. } => {
                    if let Def::ReadLocal(l) = ssa.values[value.index()].def {
                        if let Some(&first) = last.get(&l) {
                            ssa.values[value.index()].def = Def::Alias(first);
                            removed += 1;
                            continue;
                        }
                        last.insert(l, *value);
                    }
                }
                SsaInst::Effect { .. } => {}
            }
            kept.push(inst);
        }
        ssa.blocks[b].insts = kept;
    }
    if removed > 0 {
        ssa.resolve_all();
    }
    removed
}

/// The constant a value is, if it is one.
fn constant(ssa: &SsaFunction, v: Value) -> Option<crate::stack::Imm> {
    match ssa.values[ssa.resolve(v).index()].def {
        Def::Const(imm) => Some(imm),
        _ => None,
    }
}

/// Replaces operations on constants by their result, in reverse postorder so a folded
/// value's users see it. Returns how many were folded.
fn fold_constants(ssa: &mut SsaFunction) -> usize {
    let mut folded = 0;
    let mut aliased = false;
    for b in reverse_postorder(ssa) {
        for i in 0..ssa.blocks[b].insts.len() {
            let SsaInst::Def { value, .. } = ssa.blocks[b].insts[i] else { continue };
            let Def::Op { op, args } = &ssa.values[value.index()].def else { continue };
            let imms: Option<Vec<_>> = args.iter().map(|&a| constant(ssa, a)).collect();
            if op.attr != crate::operation::Attr::None {
                continue;
            }
            if let Some(result) = imms.and_then(|imms| fold(op.op, &imms)) {
                ssa.values[value.index()].def = Def::Const(result);
                folded += 1;
            } else if let Some(x) = undone(ssa, op, args) {
                ssa.values[value.index()].def = Def::Alias(x);
                aliased = true;
                folded += 1;
            }
        }
    }
    if aliased {
        // An alias computes nothing: its definition goes, and every use (terminators and
        // effects too) now names the value it stands for.
        for block in &mut ssa.blocks {
            let values = &ssa.values;
            block.insts.retain(|inst| !matches!(inst, SsaInst::Def { value, .. } if matches!(values[value.index()].def, Def::Alias(_))));
        }
        ssa.resolve_all();
    }
    folded
}

/// `outer (inner x)` is `x`: `x` if the operation undoes the operation of its operand (see
/// [`crate::operation::undoes`]). Lifted machine code extends every 32-bit result into its
/// 64-bit register and wraps it again where it is read as 32 bits, and keeps floats in
/// registers as bits.
fn undone(ssa: &SsaFunction, op: &Operation, args: &[Value]) -> Option<Value> {
    if op.attr != Attr::None {
        return None;
    }
    let v = ssa.resolve(*args.first()?);
    let Def::Op { op: inner, args: inner_args } = &ssa.values[v.index()].def else {
        return None;
    };
    (inner.attr == Attr::None && crate::operation::undoes(op.op, inner.op)).then(|| ssa.resolve(inner_args[0]))
}

/// Replaces branches and switches on constants by jumps. Returns how many.
fn fold_branches(ssa: &mut SsaFunction) -> usize {
    let mut count = 0;
    for b in 0..ssa.blocks.len() {
        let target = match &ssa.blocks[b].term {
            Term::Branch { cond, if_true, if_false } => {
                constant(ssa, *cond).map(|c| if c.bits as u32 != 0 { *if_true } else { *if_false })
            }
            Term::Switch { index, targets, default } => {
                constant(ssa, *index).map(|c| targets.get(c.bits as u32 as usize).copied().unwrap_or(*default))
            }
            _ => None,
        };
        if let Some(t) = target {
            for s in ssa.blocks[b].term.succs() {
                if s != t {
                    remove_edge(ssa, b, s);
                }
            }
            ssa.blocks[b].term = Term::Jump(t);
            count += 1;
        }
    }
    count
}

/// Removes the edge `from → to`: `from` leaves `to`'s predecessors and its phis' arguments.
fn remove_edge(ssa: &mut SsaFunction, from: usize, to: usize) {
    let Some(pos) = ssa.blocks[to].preds.iter().position(|&p| p == from) else { return };
    ssa.blocks[to].preds.remove(pos);
    for &phi in &ssa.blocks[to].phis {
        if let Def::Phi { args, .. } = &mut ssa.values[phi.index()].def {
            args.remove(pos);
        }
    }
}

/// Blocks in reverse postorder from the entry, following normal and exception edges
/// (unreachable blocks are left out).
pub fn reverse_postorder(ssa: &SsaFunction) -> Vec<usize> {
    let n = ssa.blocks.len();
    let mut seen = vec![false; n];
    let mut post = Vec::with_capacity(n);
    let mut stack: Vec<(usize, Vec<usize>)> = vec![(0, ssa.blocks[0].all_succs())];
    seen[0] = true;
    while let Some((b, succs)) = stack.last_mut() {
        if let Some(s) = succs.pop() {
            if !seen[s] {
                seen[s] = true;
                let next = ssa.blocks[s].all_succs();
                stack.push((s, next));
            }
        } else {
            post.push(*b);
            stack.pop();
        }
    }
    post.reverse();
    post
}

/// Removes blocks no longer reachable from the entry. Returns how many.
fn remove_unreachable(ssa: &mut SsaFunction, origin: &mut Vec<usize>) -> usize {
    let mut keep = vec![false; ssa.blocks.len()];
    for b in reverse_postorder(ssa) {
        keep[b] = true;
    }
    for (b, &k) in keep.iter().enumerate() {
        if !k {
            for s in ssa.blocks[b].term.succs() {
                remove_edge(ssa, b, s);
            }
        }
    }
    compact(ssa, &keep, origin)
}

/// Drops the blocks not kept and renumbers the others (and their `origin`s). Returns how many
/// were dropped.
fn compact(ssa: &mut SsaFunction, keep: &[bool], origin: &mut Vec<usize>) -> usize {
    let mut new_index = vec![usize::MAX; ssa.blocks.len()];
    let mut next = 0;
    for (b, &k) in keep.iter().enumerate() {
        if k {
            new_index[b] = next;
            next += 1;
        }
    }
    let removed = ssa.blocks.len() - next;
    if removed == 0 {
        return 0;
    }
    *origin = origin.iter().zip(keep).filter(|(_, k)| **k).map(|(&o, _)| o).collect();
    let blocks = std::mem::take(&mut ssa.blocks);
    for (b, mut block) in blocks.into_iter().enumerate() {
        if !keep[b] {
            continue;
        }
        block.preds.iter_mut().for_each(|p| *p = new_index[*p]);
        match &mut block.term {
            Term::Jump(t) => *t = new_index[*t],
            Term::Branch { if_true, if_false, .. } => {
                *if_true = new_index[*if_true];
                *if_false = new_index[*if_false];
            }
            Term::Switch { targets, default, .. } => {
                targets.iter_mut().for_each(|t| *t = new_index[*t]);
                *default = new_index[*default];
            }
            Term::Return(_) | Term::Op { .. } => {}
        }
        block.handler = block.handler.map(|h| new_index[h]);
        for &phi in &block.phis {
            if let Def::Phi { block: pb, .. } = &mut ssa.values[phi.index()].def {
                *pb = new_index[b];
            }
        }
        ssa.blocks.push(block);
    }
    removed
}

/// Removes pure instructions and phis whose values nobody uses. Effects (calls, stores,
/// operations without results) and operations that may trap stay (a trap is observable). Returns how many were removed.
fn eliminate_dead_code(ssa: &mut SsaFunction) -> usize {
    let mut live = vec![false; ssa.values.len()];
    let mut work: Vec<Value> = Vec::new();
    for block in &ssa.blocks {
        work.extend(block.term.uses());
        for inst in &block.insts {
            match inst {
                SsaInst::Effect { args, .. } => work.extend(args),
                SsaInst::WriteLocal { value, .. } => work.push(*value),
                SsaInst::Def { value, .. } => {
                    if let Def::Op { op, .. } = &ssa.values[value.index()].def
                        && op.has_effect()
                    {
                        work.push(*value);
                    }
                }
            }
        }
    }
    while let Some(v) = work.pop() {
        if std::mem::replace(&mut live[v.index()], true) {
            continue;
        }
        if let Def::Op { args, .. } | Def::Phi { args, .. } = &ssa.values[v.index()].def {
            work.extend(args);
        }
    }
    let mut removed = 0;
    for block in &mut ssa.blocks {
        let before = block.insts.len() + block.phis.len();
        block.phis.retain(|p| live[p.index()]);
        block.insts.retain(|i| match i {
            SsaInst::Def { value, .. } => live[value.index()],
            SsaInst::Effect { .. } | SsaInst::WriteLocal { .. } => true,
        });
        removed += before - block.insts.len() - block.phis.len();
    }
    removed
}

/// Whether an instruction may raise an exception or trap.
fn may_raise(ssa: &SsaFunction, inst: &SsaInst) -> bool {
    match inst {
        SsaInst::Def { value, .. } => match &ssa.values[value.index()].def {
            Def::Op { op, .. } => op.op.trap_kind() == rootir::TrapKind::Traps,
            _ => false,
        },
        SsaInst::Effect { op, .. } => op.op.trap_kind() == rootir::TrapKind::Traps,
        SsaInst::WriteLocal { .. } => false,
    }
}

/// Appends every block that is the only successor of its only predecessor to that
/// predecessor. Returns how many blocks were merged away.
fn merge_blocks(ssa: &mut SsaFunction, origin: &mut Vec<usize>) -> usize {
    let n = ssa.blocks.len();
    let mut keep = vec![true; n];
    for b in reverse_postorder(ssa) {
        if !keep[b] {
            continue;
        }
        while let Term::Jump(s) = ssa.blocks[b].term {
            if s == b || s == 0 || ssa.blocks[s].preds != [b] || !ssa.blocks[s].phis.is_empty() {
                break;
            }
            // The merged block has one handler: `s`'s, which `b` may take only if none of its
            // own instructions can raise (a catch block's `catch`).
            let (hb, hs) = (ssa.blocks[b].handler, ssa.blocks[s].handler);
            if hb != hs && !(hb.is_none() && ssa.blocks[b].insts.iter().all(|i| !may_raise(ssa, i))) {
                break;
            }
            ssa.blocks[b].handler = hs;
            let moved = std::mem::take(&mut ssa.blocks[s].insts);
            ssa.blocks[b].insts.extend(moved);
            let term = std::mem::replace(&mut ssa.blocks[s].term, Term::Return(Vec::new()));
            ssa.blocks[b].term_offset = ssa.blocks[s].term_offset;
            for t in term.succs() {
                ssa.blocks[t].preds.iter_mut().filter(|p| **p == s).for_each(|p| *p = b);
            }
            ssa.blocks[b].term = term;
            keep[s] = false;
        }
    }
    compact(ssa, &keep, origin)
}
