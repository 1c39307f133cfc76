//! The checker: proves, symbolically, that the register function computes the SSA
//! function's dataflow (the idea of regalloc2's checker).
//!
//! Abstract interpretation of the register function: the state maps each register to the
//! SSA value it certainly holds (or to nothing, where paths disagree). Every instruction is
//! checked against the SSA instruction it came from: the same operation, and each operand
//! register holding the SSA operand; its destination then holds the SSA result. On every
//! edge into an SSA block with phis, each phi's register must hold the phi's argument for
//! that edge. Branch targets must lead to the SSA successors, and every SSA instruction must
//! be emitted, in order.

use crate::emit::{BlockOrigin, Emitted, InstOrigin, const_op};
use crate::operation::{Operation, of_inst};
use crate::ssa::{Def, SsaFunction, SsaInst, Term, Value};
use rootir::Reg;
use rootir::{Block, InstData};

type State = Vec<Option<Value>>;

/// Checks `emitted` against `ssa`; the message names the first discrepancy.
pub fn check(ssa: &SsaFunction, emitted: &Emitted) -> Result<(), String> {
    let func = &emitted.func;
    let n = func.blocks.len();
    if emitted.blocks.len() != n || emitted.insts.len() != n {
        return Err("origin tables do not match the blocks".into());
    }
    check_structure(ssa, emitted)?;
    let mut entry: Vec<Option<State>> = vec![None; n];
    let mut start: State = vec![None; func.regs.len()];
    for (i, p) in crate::liveness::params(ssa).into_iter().enumerate() {
        if let Some(slot) = start.get_mut(i) {
            *slot = Some(p);
        }
    }
    // Registers start at zero (null / none): a `Zero` value's register holds it at entry,
    // unless it is a parameter's.
    for &(v, r) in &emitted.zero_regs {
        let ok = r.index() >= ssa.sig.params.len()
            && func.regs.get(r.index()) == Some(&ssa.ty(v))
            && start[r.index()].is_none()
            && ssa.values[v.index()].def == Def::Zero;
        if !ok {
            return Err(format!("{v:?} cannot start in {r}"));
        }
        start[r.index()] = Some(v);
    }
    check_pinned(ssa, emitted)?;
    entry[0] = Some(start);
    let mut work = vec![0usize];
    let mut is_handler = vec![false; n];
    // A handler is entered with nothing known but the pinned registers (which only their
    // stores write and only their loads read): its catch block defines everything it uses.
    for (b, block) in func.blocks.iter().enumerate() {
        if let Some(h) = block.handler {
            let h = h.index();
            if h >= n || matches!(emitted.blocks[h], BlockOrigin::Edge(..)) {
                return Err(format!("b{b}: handler {h} is not an SSA block"));
            }
            is_handler[h] = true;
            if entry[h].is_none() {
                entry[h] = Some(vec![None; func.regs.len()]);
                work.push(h);
            }
        }
    }
    while let Some(b) = work.pop() {
        let Some(mut state) = entry[b].clone() else { continue };
        transfer(ssa, emitted, b, &mut state)?;
        let targets = func.blocks[b].insts.last().map(|i| i.data.successors()).unwrap_or_default();
        for t in targets {
            let t = t.index();
            if is_handler.get(t) != Some(&false) {
                return Err(format!("b{b} branches to handler b{t}"));
            }
            let mut incoming = state.clone();
            // Entering an SSA block with phis: the phis' registers must hold the arguments.
            if let (BlockOrigin::Ssa(s), Some(p)) = (emitted.blocks[t], ssa_pred(emitted.blocks[b])) {
                let args = crate::liveness::phi_args_from(ssa, p, s);
                for (&phi, arg) in ssa.blocks[s].phis.iter().zip(args) {
                    let r = reg_of(emitted, phi, s)?;
                    expect(&incoming, r, arg, || format!("phi {phi:?} on the edge b{b} → b{t}"))?;
                    incoming[r.index()] = Some(phi);
                }
            }
            let merged = match &entry[t] {
                None => incoming,
                Some(old) => old.iter().zip(&incoming).map(|(a, b)| if a == b { *a } else { None }).collect(),
            };
            if entry[t].as_ref() != Some(&merged) {
                entry[t] = Some(merged);
                work.push(t);
            }
        }
    }
    Ok(())
}

/// The SSA block whose code ends the given output block (the source of its outgoing edge).
fn ssa_pred(origin: BlockOrigin) -> Option<usize> {
    match origin {
        BlockOrigin::Ssa(p) | BlockOrigin::Edge(p, _) => Some(p),
    }
}

/// The register the emitter put a phi in. A claim, not trusted: every edge into the phi's
/// block must leave the phi's argument there.
fn reg_of(emitted: &Emitted, phi: Value, s: usize) -> Result<Reg, String> {
    emitted.phi_regs.get(&phi).copied().ok_or_else(|| format!("phi {phi:?} of SSA block {s} has no register"))
}

fn expect(state: &State, r: Reg, want: Value, what: impl Fn() -> String) -> Result<(), String> {
    match state.get(r.index()) {
        Some(Some(v)) if *v == want => Ok(()),
        Some(held) => Err(format!("{}: {r} holds {held:?}, expected {want:?}", what())),
        None => Err(format!("{}: no register {r}", what())),
    }
}

fn set(state: &mut State, r: Reg, v: Option<Value>) -> Result<(), String> {
    let slot = state.get_mut(r.index()).ok_or(format!("no register {r}"))?;
    *slot = v;
    Ok(())
}

/// The pinned registers are the SSA's pinned locals, each of the local's type, distinct,
/// a parameter's own register or one that is no parameter's.
fn check_pinned(ssa: &SsaFunction, emitted: &Emitted) -> Result<(), String> {
    let locals: Vec<u32> = ssa.pinned.iter().map(|p| p.0).collect();
    let claimed: Vec<u32> = emitted.pinned.iter().map(|p| p.0).collect();
    if locals != claimed {
        return Err(format!("pinned locals {claimed:?}, the SSA pins {locals:?}"));
    }
    let nparams = ssa.sig.params.len();
    for (i, (&(l, ty), &(_, r))) in ssa.pinned.iter().zip(&emitted.pinned).enumerate() {
        let place_ok = if (l as usize) < nparams { r.index() == l as usize } else { r.index() >= nparams };
        let distinct = emitted.pinned[..i].iter().all(|p| p.1 != r);
        if !place_ok || !distinct || emitted.func.regs.get(r.index()) != Some(&ty) {
            return Err(format!("local {l} cannot be pinned to {r}"));
        }
    }
    Ok(())
}

/// The pinned local whose register is `r`.
fn pinned_local(emitted: &Emitted, r: Reg) -> Option<u32> {
    emitted.pinned.iter().find(|p| p.1 == r).map(|p| p.0)
}

/// Runs one output block on the abstract state, checking every instruction.
fn transfer(ssa: &SsaFunction, emitted: &Emitted, b: usize, state: &mut State) -> Result<(), String> {
    let origin = emitted.blocks[b];
    // SSA instructions not emitted: loads of pinned locals read in place (see `skipped`).
    let mut next = 0usize;
    for (inst, &io) in emitted.func.blocks[b].insts.iter().zip(&emitted.insts[b]) {
        let at = || format!("b{b}: {:?}", inst.data);
        if let BlockOrigin::Ssa(sb) = origin {
            let upto = if let InstOrigin::Inst(i) = io { i } else { ssa.blocks[sb].insts.len() };
            for j in next..upto {
                skipped(ssa, emitted, sb, j, state).map_err(|m| format!("b{b}: {m}"))?;
            }
            next = next.max(upto + usize::from(matches!(io, InstOrigin::Inst(_))));
        }
        // Only a pinned local's stores write its register: the store's `mov`, or the
        // instruction just before a store that is not emitted, computing the stored value.
        for d in inst.data.defs() {
            if let Some(l) = pinned_local(emitted, d) {
                let (InstOrigin::Inst(i), BlockOrigin::Ssa(sb)) = (io, origin) else {
                    return Err(format!("{}: writes the register of pinned local {l}", at()));
                };
                let insts = &ssa.blocks[sb].insts;
                let store = matches!(insts.get(i), Some(SsaInst::WriteLocal { local, .. }) if *local == l);
                let next_emitted = emitted.insts[b].contains(&InstOrigin::Inst(i + 1));
                let direct = match (insts.get(i), insts.get(i + 1)) {
                    (Some(SsaInst::Def { value: v, .. }), Some(SsaInst::WriteLocal { local, value, .. })) => {
                        v == value && *local == l && !next_emitted
                    }
                    _ => false,
                };
                if !store && !direct {
                    return Err(format!("{}: writes the register of pinned local {l}", at()));
                }
            }
        }
        match (io, &inst.data) {
            (InstOrigin::Move, InstData::Mov { dst, src }) => {
                let v = *state.get(src.index()).ok_or(format!("{}: no register {src}", at()))?;
                set(state, *dst, v)?;
            }
            (InstOrigin::Inst(i), data) => {
                let BlockOrigin::Ssa(sb) = origin else { return Err(format!("{}: instruction in a split edge", at())) };
                let ssa_inst = ssa.blocks[sb].insts.get(i).ok_or(format!("{}: no SSA instruction {i}", at()))?;
                check_inst(ssa, emitted, ssa_inst, data, state).map_err(|m| format!("{}: {m}", at()))?;
            }
            (InstOrigin::Term, data) => {
                if let BlockOrigin::Ssa(sb) = origin {
                    check_term(&ssa.blocks[sb].term, data, state).map_err(|m| format!("{}: {m}", at()))?;
                }
            }
            _ => return Err(format!("{}: instruction does not match its origin {io:?}", at())),
        }
    }
    Ok(())
}

/// SSA instruction `j` of block `sb` has no output instruction. It must be a load of a
/// pinned local read in place, whose value is then in the local's register (until the
/// local's next store, which forgets it), or a store of a value already in the local's
/// register (computed there, or read in place).
fn skipped(ssa: &SsaFunction, emitted: &Emitted, sb: usize, j: usize, state: &mut State) -> Result<(), String> {
    let pinned =
        |l: u32| emitted.pinned.iter().find(|p| p.0 == l).map(|p| p.1).ok_or(format!("local {l} is not pinned"));
    match ssa.blocks[sb].insts.get(j) {
        Some(SsaInst::Def { value, .. }) => match ssa.values[value.index()].def {
            Def::ReadLocal(l) => set(state, pinned(l)?, Some(*value)),
            _ => Err(format!("SSA instruction {j} is not emitted")),
        },
        Some(SsaInst::WriteLocal { local, value, .. }) => {
            let r = pinned(*local)?;
            expect(state, r, *value, || format!("store to local {local}"))?;
            set(state, r, None)
        }
        _ => Err(format!("SSA instruction {j} is not emitted")),
    }
}

fn check_inst(
    ssa: &SsaFunction,
    emitted: &Emitted,
    ssa_inst: &SsaInst,
    data: &InstData,
    state: &mut State,
) -> Result<(), String> {
    match ssa_inst {
        SsaInst::WriteLocal { local, value, .. } => match data {
            InstData::Mov { dst, src } if pinned_local(emitted, *dst) == Some(*local) => {
                expect(state, *src, *value, || format!("store to local {local}"))?;
                set(state, *dst, None)
            }
            _ => Err(format!("is not the store of {value:?} to local {local}")),
        },
        SsaInst::Def { value, .. } => match (&ssa.values[value.index()].def, data) {
            (Def::Const(imm), InstData::Const { op, dst, bits }) if *op == const_op(imm.ty) && *bits == imm.bits => {
                set(state, *dst, Some(*value))
            }
            (Def::Op { op, args }, _) => check_operation(op, args, &[*value], data, state),
            (Def::ReadLocal(l), InstData::Mov { dst, src }) if pinned_local(emitted, *src) == Some(*l) => {
                set(state, *dst, Some(*value))
            }
            _ => Err(format!("does not compute {value:?}")),
        },
        SsaInst::Effect { op, args, results, .. } => check_operation(op, args, results, data, state),
    }
}

/// `data` is `op` reading registers that hold `args` and writing `results`.
fn check_operation(
    op: &Operation,
    args: &[Value],
    results: &[Value],
    data: &InstData,
    state: &mut State,
) -> Result<(), String> {
    let (uses, defs) = (data.uses(), data.defs());
    if of_inst(data).as_ref() != Some(op) || uses.len() != args.len() || defs.len() != results.len() {
        return Err(format!("does not match {} of {args:?}", op.op));
    }
    for (&a, &r) in args.iter().zip(&uses) {
        expect(state, r, a, || format!("operand of {}", op.op))?;
    }
    for (&v, &r) in results.iter().zip(&defs) {
        set(state, r, Some(v))?;
    }
    Ok(())
}

fn check_term(term: &Term, data: &InstData, state: &State) -> Result<(), String> {
    match (term, data) {
        (Term::Jump(_), InstData::Jump { .. }) => Ok(()),
        (Term::Branch { cond, .. }, InstData::Branch { cond: r, .. }) => {
            expect(state, *r, *cond, || "condition".into())
        }
        (Term::Switch { index, .. }, InstData::Switch { index: r, .. }) => expect(state, *r, *index, || "index".into()),
        (Term::Return(values), InstData::Return { values: regs }) if values.len() == regs.len() => {
            for (&v, &r) in values.iter().zip(regs) {
                expect(state, r, v, || "returned value".into())?;
            }
            Ok(())
        }
        (Term::Op { op, args }, data) => check_operation(op, args, &[], data, &mut state.clone()),
        _ => Err(format!("terminator does not match {term:?}")),
    }
}

/// Every SSA instruction is emitted once, in order, and branches lead where the SSA's do.
fn check_structure(ssa: &SsaFunction, emitted: &Emitted) -> Result<(), String> {
    let lead_to = |t: Block| match emitted.blocks.get(t.index()) {
        Some(BlockOrigin::Ssa(s)) | Some(BlockOrigin::Edge(_, s)) => Some(*s),
        None => None,
    };
    let mut seen = vec![false; ssa.blocks.len()];
    for (b, origin) in emitted.blocks.iter().enumerate() {
        let insts = &emitted.func.blocks[b].insts;
        let Some(last) = insts.last() else { return Err(format!("b{b} is empty")) };
        let targets: Vec<Option<usize>> = last.data.successors().into_iter().map(lead_to).collect();
        match *origin {
            BlockOrigin::Ssa(s) => {
                if std::mem::replace(&mut seen[s], true) {
                    return Err(format!("SSA block {s} emitted twice"));
                }
                let emitted_insts: Vec<usize> = emitted.insts[b]
                    .iter()
                    .filter_map(|o| if let InstOrigin::Inst(i) = o { Some(*i) } else { None })
                    .collect();
                // In order, each once; the others are checked as loads read in place.
                let ordered = emitted_insts.windows(2).all(|w| w[0] < w[1]);
                if !ordered || emitted_insts.last().is_some_and(|&i| i >= ssa.blocks[s].insts.len()) {
                    return Err(format!("b{b}: SSA block {s}'s instructions are not emitted in order"));
                }
                let want: Vec<Option<usize>> = match &ssa.blocks[s].term {
                    Term::Jump(t) => vec![Some(*t)],
                    Term::Branch { if_true, if_false, .. } => vec![Some(*if_true), Some(*if_false)],
                    Term::Switch { targets, default, .. } => {
                        targets.iter().chain([default]).map(|&t| Some(t)).collect()
                    }
                    Term::Return(_) | Term::Op { .. } => Vec::new(),
                };
                if emitted.func.blocks[b].handler.map(|h| h.index()) != ssa.blocks[s].handler {
                    return Err(format!("b{b}: handler differs from SSA block {s}'s"));
                }
                if targets != want {
                    return Err(format!("b{b}: branches to {targets:?}, SSA block {s} to {want:?}"));
                }
            }
            BlockOrigin::Edge(_, s) => {
                if targets != [Some(s)] || emitted.func.blocks[b].handler.is_some() {
                    return Err(format!("b{b}: split edge does not lead to SSA block {s}"));
                }
            }
        }
    }
    if seen.iter().any(|s| !s) {
        return Err("an SSA block is not emitted".into());
    }
    Ok(())
}
