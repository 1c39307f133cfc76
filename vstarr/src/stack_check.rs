//! The stack checker: proves, symbolically, that the SSA form built by [`crate::ssa`]
//! computes the stack function's dataflow.
//!
//! Abstract interpretation of the stack function over SSA values: every local and stack
//! slot holds the SSA value it certainly has (or nothing, where paths disagree). The entry
//! block holds the parameters and the zeros of the other locals. At a block's entry a
//! variable holds the phi the builder claims for it ([`SsaFunction::phi_vars`]), or the one
//! value every predecessor leaves in it. Each stack instruction that computes is matched with
//! the next SSA instruction of its block: the same constant, operation, callee and signature,
//! with the operands the abstract stack holds; its results are pushed. Terminators must
//! branch to the SSA blocks of the stack targets on the abstract condition, index or return
//! values. After the fixpoint, every phi's argument on each edge must be the value its
//! variable holds at the end of that predecessor. The check runs between SSA construction
//! and simplification; [`crate::checker`] covers the later steps.

use crate::cfg::Cfg;
use crate::operation::{Attr, ModuleEnv, Operation, inst_signature};
use crate::ssa::{Def, SsaFunction, SsaInst, Term, Value};
use crate::stack::{Imm, StackFunction, StackInst};
use rootir::Type;
use std::collections::HashMap;

/// What each local and stack slot holds.
#[derive(Clone, Debug, PartialEq)]
struct State {
    locals: Vec<Option<Value>>,
    stack: Vec<Option<Value>>,
}

impl State {
    fn var(&self, var: u32) -> Option<Value> {
        let v = var as usize;
        if v < self.locals.len() { self.locals[v] } else { self.stack.get(v - self.locals.len()).copied().flatten() }
    }
}

/// Checks `ssa`, as [`crate::ssa::build`] made it from `func` and `cfg`, against `func`.
/// The message names the first discrepancy.
pub fn check(func: &StackFunction, cfg: &Cfg, ssa: &SsaFunction, env: &dyn ModuleEnv) -> Result<(), String> {
    let n = cfg.blocks.len();
    let handlers: Vec<usize> = (0..n).filter(|&i| cfg.blocks[i].is_handler).collect();
    if ssa.blocks.len() != n + 1 + handlers.len() {
        return Err(format!("{} SSA blocks for {n} stack blocks and {} handlers", ssa.blocks.len(), handlers.len()));
    }
    let catch_of: HashMap<usize, usize> = handlers.iter().enumerate().map(|(k, &h)| (h, n + 1 + k)).collect();
    let nlocals = func.locals.len();
    if ssa.pinned.iter().any(|&(l, ty)| func.locals.get(l as usize) != Some(&ty)) {
        return Err(format!("pinned locals {:?} do not match the locals", ssa.pinned));
    }
    let mut exit: Vec<Option<State>> = vec![None; ssa.blocks.len()];
    for (&h, &c) in &catch_of {
        exit[c] = Some(catch_block(ssa, c, h, nlocals)?);
    }
    for b in 1..=n {
        let mut want: Vec<usize> = cfg.blocks[b - 1].preds.iter().map(|p| p + 1).collect();
        if b == 1 {
            want.insert(0, 0);
        }
        want.extend(catch_of.get(&(b - 1)));
        let handler = cfg.blocks[b - 1].handler.and_then(|h| catch_of.get(&h).copied());
        if ssa.blocks[b].handler != handler {
            return Err(format!("SSA block {b} has handler {:?}, the stack code {handler:?}", ssa.blocks[b].handler));
        }
        if ssa.blocks[b].preds != want {
            return Err(format!("SSA block {b} has predecessors {:?}, the stack code {want:?}", ssa.blocks[b].preds));
        }
        let mut claimed = Vec::new();
        for &phi in &ssa.blocks[b].phis {
            let var = *ssa.phi_vars.get(&phi).ok_or(format!("phi {phi:?} has no variable"))?;
            let ty = match (var as usize).checked_sub(nlocals) {
                None => func.locals.get(var as usize).copied(),
                Some(s) => cfg.blocks[b - 1].entry_stack.get(s).copied(),
            };
            let ok = matches!(&ssa.values[phi.index()].def, Def::Phi { block, args } if *block == b && args.len() == want.len());
            if !ok || ty != Some(ssa.ty(phi)) || claimed.contains(&var) {
                return Err(format!("phi {phi:?} of SSA block {b} for variable {var} is malformed"));
            }
            claimed.push(var);
        }
    }
    exit[0] = Some(entry_state(func, ssa)?);
    let mut work: Vec<usize> = vec![1];
    let mut rounds = 0usize;
    while let Some(b) = work.pop() {
        rounds += 1;
        if rounds > 64 * (n + 1) * (nlocals + func.max_stack as usize + 1) {
            return Err("the check does not converge".into());
        }
        let mut state = block_entry(func, cfg, ssa, &exit, b);
        transfer(func, cfg, ssa, env, b, &mut state).map_err(|m| format!("SSA block {b}: {m}"))?;
        if exit[b].as_ref() != Some(&state) {
            exit[b] = Some(state);
            work.extend(cfg.blocks[b - 1].succs.iter().chain(&cfg.blocks[b - 1].handler).map(|s| s + 1));
        }
    }
    for b in 1..=n {
        for &phi in &ssa.blocks[b].phis {
            let (Some(&var), Def::Phi { args, .. }) = (ssa.phi_vars.get(&phi), &ssa.values[phi.index()].def) else {
                continue;
            };
            for (&p, &arg) in ssa.blocks[b].preds.iter().zip(args) {
                let held = exit[p].as_ref().and_then(|s| s.var(var));
                if held != Some(ssa.resolve(arg)) {
                    return Err(format!(
                        "phi {phi:?} takes {arg:?} from SSA block {p}, where variable {var} holds {held:?}"
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Checks catch block `c` of the handler at CFG block `h`: it only catches into stack slot 0
/// and jumps to the handler. Returns its exit state (no local known).
fn catch_block(ssa: &SsaFunction, c: usize, h: usize, nlocals: usize) -> Result<State, String> {
    let block = &ssa.blocks[c];
    let value = match block.insts[..] {
        [SsaInst::Def { value, .. }] => value,
        _ => return Err(format!("catch block {c} does not just catch")),
    };
    let catch = Def::Op { op: Operation::new(rootir::Opcode::Catch), args: Vec::new() };
    let ok = ssa.values[value.index()].def == catch
        && block.preds.is_empty()
        && block.phis.is_empty()
        && block.handler.is_none()
        && block.term == Term::Jump(h + 1);
    if !ok {
        return Err(format!("catch block {c} is malformed"));
    }
    Ok(State { locals: vec![None; nlocals], stack: vec![Some(value)] })
}

/// Checks that `inst` computes `operation` of the values `held` with results of types
/// `outputs`, at stack instruction `o`; returns the results.
fn check_operation(
    ssa: &SsaFunction,
    inst: &SsaInst,
    operation: &Operation,
    held: &[Option<Value>],
    outputs: &[Type],
    o: u32,
) -> Result<Vec<Value>, String> {
    let same = |args: &[Value]| {
        args.len() == held.len() && args.iter().zip(held).all(|(&a, &h)| h.is_some() && h == Some(ssa.resolve(a)))
    };
    let types_ok = |values: &[Value]| values.iter().map(|&v| ssa.ty(v)).eq(outputs.iter().copied());
    let ok = match inst {
        SsaInst::Def { value, offset } if *offset == o && types_ok(&[*value]) => {
            match (&ssa.values[value.index()].def, &operation.attr) {
                (Def::Const(imm), Attr::Bits(bits)) => imm.bits == *bits && held.is_empty(),
                (Def::Op { op, args }, _) => op == operation && same(args),
                _ => false,
            }
        }
        SsaInst::Effect { op, args, results, offset } => {
            let defined = results.iter().enumerate().all(|(i, r)| ssa.values[r.index()].def == Def::Result(i));
            *offset == o && op == operation && same(args) && types_ok(results) && defined
        }
        _ => false,
    };
    if !ok {
        return Err(format!("{inst:?} is not {} of {held:?}", operation.op));
    }
    Ok(match inst {
        SsaInst::Def { value, .. } => vec![*value],
        SsaInst::Effect { results, .. } => results.clone(),
        SsaInst::WriteLocal { .. } => Vec::new(),
    })
}

/// The state the synthetic entry block leaves: the parameters, then a zero per local.
fn entry_state(func: &StackFunction, ssa: &SsaFunction) -> Result<State, String> {
    let nparams = func.sig.params.len();
    let params = crate::liveness::params(ssa);
    if params.len() != nparams {
        return Err(format!("{} parameter values for {nparams} parameters", params.len()));
    }
    let mut locals: Vec<Option<Value>> = params.into_iter().map(Some).collect();
    let entry = &ssa.blocks[0];
    let pinned = |l: usize| ssa.pinned.iter().any(|p| p.0 as usize == l);
    let numeric = (nparams..func.locals.len()).filter(|&l| func.locals[l].is_numeric() && !pinned(l)).count();
    if entry.insts.len() != numeric || entry.term != Term::Jump(1) || !entry.phis.is_empty() || entry.handler.is_some()
    {
        return Err("the entry block does not just define the locals".into());
    }
    let (mut insts, mut zeros) = (entry.insts.iter(), crate::liveness::zeros(ssa).into_iter());
    for (l, &ty) in func.locals.iter().enumerate().skip(nparams) {
        if pinned(l) {
            locals.push(None);
            continue;
        }
        if !ty.is_numeric() {
            match zeros.next() {
                Some(z) if ssa.ty(z) == ty => locals.push(Some(z)),
                z => return Err(format!("{z:?} is not the null of a local of type {ty}")),
            }
            continue;
        }
        match insts.next() {
            Some(SsaInst::Def { value, .. }) if ssa.values[value.index()].def == Def::Const(Imm::zero(ty)) => {
                locals.push(Some(*value))
            }
            inst => return Err(format!("the entry block's {inst:?} is not the zero of a local of type {ty}")),
        }
    }
    if zeros.next().is_some() {
        return Err("more null values than ref and any locals".into());
    }
    Ok(State { locals, stack: Vec::new() })
}

/// A block's entry state: claimed phis, else the value all known predecessors agree on.
fn block_entry(func: &StackFunction, cfg: &Cfg, ssa: &SsaFunction, exit: &[Option<State>], b: usize) -> State {
    let height = cfg.blocks[b - 1].entry_stack.len();
    let nvars = func.locals.len() + height;
    let mut vars: Vec<Option<Value>> = vec![None; nvars];
    let mut first = true;
    for p in &ssa.blocks[b].preds {
        let Some(s) = exit.get(*p).and_then(|s| s.as_ref()) else { continue };
        for (var, slot) in vars.iter_mut().enumerate() {
            let v = s.var(var as u32);
            if first {
                *slot = v;
            } else if *slot != v {
                *slot = None;
            }
        }
        first = false;
    }
    for &phi in &ssa.blocks[b].phis {
        if let Some(slot) = ssa.phi_vars.get(&phi).and_then(|&v| vars.get_mut(v as usize)) {
            *slot = Some(phi);
        }
    }
    let stack = vars.split_off(func.locals.len());
    State { locals: vars, stack }
}

/// Runs the stack instructions of SSA block `b` on the abstract state, matching each with
/// the SSA block's instructions and terminator.
fn transfer(
    func: &StackFunction,
    cfg: &Cfg,
    ssa: &SsaFunction,
    env: &dyn ModuleEnv,
    b: usize,
    state: &mut State,
) -> Result<(), String> {
    let (start, end) = (cfg.blocks[b - 1].start, cfg.blocks[b - 1].end);
    // The stack's types, in step with the abstract values (`select` needs its operand type).
    let mut types = cfg.blocks[b - 1].entry_stack.clone();
    let block = &ssa.blocks[b];
    let mut next = 0usize;
    let block_at = |t: u32| {
        cfg.blocks.binary_search_by_key(&t, |c| c.start).map(|i| i + 1).map_err(|_| format!("no block at {t}"))
    };
    let same = |held: Option<Value>, v: Value| held.is_some() && held == Some(ssa.resolve(v));
    let mut term_seen = false;
    let pinned = |l: u32| ssa.pinned.iter().any(|p| p.0 == l);
    for o in start..end {
        let at = |m: String| format!("instruction {o}: {m}");
        let pop = |state: &mut State| state.stack.pop().ok_or_else(|| at("underflow".into()));
        let inst = &func.code[o as usize];
        let top = types.last().copied();
        crate::cfg::apply(func, env, inst, &mut types).map_err(at)?;
        let mut take = || {
            let i = block.insts.get(next).ok_or_else(|| at("no SSA instruction left".into()));
            next += 1;
            i
        };
        match inst {
            StackInst::Push(imm) => match take()? {
                SsaInst::Def { value, offset } if *offset == o && ssa.values[value.index()].def == Def::Const(*imm) => {
                    state.stack.push(Some(*value))
                }
                other => return Err(at(format!("{other:?} is not the constant {imm:?}"))),
            },
            StackInst::Load(l) if pinned(*l) => match take()? {
                SsaInst::Def { value, offset }
                    if *offset == o && ssa.values[value.index()].def == Def::ReadLocal(*l) =>
                {
                    state.stack.push(Some(*value))
                }
                other => return Err(at(format!("{other:?} is not the load of pinned local {l}"))),
            },
            StackInst::Store(l) if pinned(*l) => {
                let v = pop(state)?;
                match take()? {
                    SsaInst::WriteLocal { local, value, offset } if *local == *l && *offset == o && same(v, *value) => {
                    }
                    other => return Err(at(format!("{other:?} is not the store of {v:?} to pinned local {l}"))),
                }
            }
            StackInst::Load(l) => {
                let v = *state.locals.get(*l as usize).ok_or_else(|| at(format!("no local {l}")))?;
                state.stack.push(v);
            }
            StackInst::Store(l) => {
                let v = pop(state)?;
                *state.locals.get_mut(*l as usize).ok_or_else(|| at(format!("no local {l}")))? = v;
            }
            StackInst::Op(_) | StackInst::Inst(_) | StackInst::Call { .. } => {
                let sig = inst_signature(inst, env, top).ok().flatten().ok_or_else(|| at("untyped".into()))?;
                let operation = inst.operation().ok_or_else(|| at("not an operation".into()))?;
                let mut args = Vec::new();
                for _ in &sig.inputs {
                    args.push(pop(state)?);
                }
                args.reverse();
                if inst.ends_flow() {
                    term_seen = true;
                    let ok = match &block.term {
                        Term::Op { op, args: a2 } => {
                            *op == operation
                                && a2.len() == args.len()
                                && a2.iter().zip(&args).all(|(&a, &h)| same(h, a))
                        }
                        _ => false,
                    };
                    if !ok {
                        return Err(at(format!("{:?} is not {} of {args:?}", block.term, operation.op)));
                    }
                    continue;
                }
                let results = check_operation(ssa, take()?, &operation, &args, &sig.outputs, o).map_err(at)?;
                state.stack.extend(results.into_iter().map(Some));
            }
            StackInst::Shuffle(s) => {
                let (n, pattern) = s.pattern();
                if state.stack.len() < n {
                    return Err(at("underflow".into()));
                }
                let popped = state.stack.split_off(state.stack.len() - n);
                state.stack.extend(pattern.iter().map(|&i| popped[i]));
            }
            StackInst::Jump(t) => {
                term_seen = true;
                if block.term != Term::Jump(block_at(*t)?) {
                    return Err(at(format!("{:?} is not a jump to {t}", block.term)));
                }
            }
            StackInst::BranchIf(t) => {
                term_seen = true;
                let cond = pop(state)?;
                let (t, f) = (block_at(*t)?, block_at(o + 1)?);
                let ok = match &block.term {
                    Term::Jump(j) => t == f && *j == t,
                    Term::Branch { cond: c, if_true, if_false } => {
                        t != f && same(cond, *c) && (*if_true, *if_false) == (t, f)
                    }
                    _ => false,
                };
                if !ok {
                    return Err(at(format!("{:?} is not a branch on {cond:?}", block.term)));
                }
            }
            StackInst::Switch { targets, default } => {
                term_seen = true;
                let index = pop(state)?;
                let targets: Vec<usize> = targets.iter().map(|&t| block_at(t)).collect::<Result<_, _>>()?;
                let default = block_at(*default)?;
                let ok = match &block.term {
                    Term::Jump(j) => *j == default && targets.iter().all(|&t| t == default),
                    Term::Switch { index: i, targets: t2, default: d2 } => {
                        same(index, *i) && *t2 == targets && *d2 == default
                    }
                    _ => false,
                };
                if !ok {
                    return Err(at(format!("{:?} is not a switch on {index:?}", block.term)));
                }
            }
            StackInst::Return => {
                term_seen = true;
                let mut values = Vec::new();
                for _ in &func.sig.results {
                    values.push(pop(state)?);
                }
                values.reverse();
                let ok = match &block.term {
                    Term::Return(vs) => vs.len() == values.len() && vs.iter().zip(&values).all(|(&v, &h)| same(h, v)),
                    _ => false,
                };
                if !ok {
                    return Err(at(format!("{:?} does not return {values:?}", block.term)));
                }
            }
        }
    }
    if !term_seen && block.term != Term::Jump(block_at(end)?) {
        return Err(format!("{:?} is not the fall-through to {end}", block.term));
    }
    if next != block.insts.len() {
        return Err(format!("{} SSA instructions, {next} in the stack code", block.insts.len()));
    }
    Ok(())
}
