//! SSA construction (Braun et al. 2013; see [`crate::ssa`]), with the catch blocks of
//! exception handlers and pinned locals ([`crate::handlers`]).

use crate::cfg::Cfg;
use crate::error::Error;
use crate::operation::{ModuleEnv, Operation, inst_signature};
use crate::ssa::{Def, SsaBlock, SsaFunction, SsaInst, Term, Value, ValueData};
use crate::stack::{Imm, StackFunction, StackInst};
use rootir::{Format, Type};
use std::collections::HashMap;

/// The builder's state: Braun et al.'s `currentDef`, sealed blocks and incomplete phis.
struct Builder<'a> {
    func: &'a StackFunction,
    env: &'a dyn ModuleEnv,
    cfg: &'a Cfg,
    values: Vec<ValueData>,
    blocks: Vec<SsaBlock>,
    current_def: HashMap<(u32, usize), Value>,
    sealed: Vec<bool>,
    filled: Vec<bool>,
    incomplete: Vec<Vec<(u32, Value)>>,
    pending: Vec<(u32, Value)>,
    phi_vars: HashMap<Value, u32>,
    pinned: Vec<bool>,
}

/// SSA block `i + 1` is CFG block `i`; SSA block 0 is a new entry that defines the parameters
/// and the zeros of the other locals, so the first stack block may be a loop header. Then
/// one *catch block* per handler, in CFG block order: `v = catch` and a jump to the handler's
/// block, of which it is the last predecessor (with `v` in stack slot 0). Catch blocks have no
/// predecessors: they are the handlers of the protected blocks ([`SsaBlock::handler`]).
/// Locals live into a handler are pinned ([`crate::handlers`]). `env` types operations as it
/// did for `cfg`.
pub fn build(func: &StackFunction, cfg: &Cfg, env: &dyn ModuleEnv) -> Result<SsaFunction, Error> {
    let handlers: Vec<usize> = (0..cfg.blocks.len()).filter(|&i| cfg.blocks[i].is_handler).collect();
    let n = cfg.blocks.len() + 1 + handlers.len();
    let mut blocks: Vec<SsaBlock> = (0..n)
        .map(|_| SsaBlock {
            preds: Vec::new(),
            phis: Vec::new(),
            insts: Vec::new(),
            term: Term::Jump(1),
            term_offset: 0,
            handler: None,
        })
        .collect();
    let catch_of: HashMap<usize, usize> =
        handlers.iter().enumerate().map(|(k, &h)| (h, cfg.blocks.len() + 1 + k)).collect();
    for (i, b) in cfg.blocks.iter().enumerate() {
        blocks[i + 1].preds = b.preds.iter().map(|p| p + 1).collect();
        blocks[i + 1].term_offset = b.end.saturating_sub(1);
        blocks[i + 1].handler = b.handler.and_then(|h| catch_of.get(&h).copied());
        if let Some(&c) = catch_of.get(&i) {
            blocks[i + 1].preds.push(c);
            blocks[c].term = Term::Jump(i + 1);
            blocks[c].term_offset = b.start;
        }
    }
    blocks[1].preds.insert(0, 0);
    let mut pinned = vec![false; func.locals.len()];
    let pinned_list = crate::handlers::pinned_locals(func, cfg);
    for &l in &pinned_list {
        pinned[l as usize] = true;
    }
    let mut bld = Builder {
        func,
        env,
        cfg,
        values: Vec::new(),
        blocks,
        current_def: HashMap::new(),
        sealed: vec![false; n],
        filled: vec![false; n],
        incomplete: vec![Vec::new(); n],
        pending: Vec::new(),
        phi_vars: HashMap::new(),
        pinned,
    };
    bld.fill_entry();
    for (&h, &c) in &catch_of {
        bld.fill_catch(c, cfg.blocks[h].start);
    }
    // A block is sealed when its last predecessor is filled.
    let mut unfilled: Vec<usize> =
        bld.blocks.iter().map(|b| b.preds.iter().filter(|&&p| !bld.filled[p]).count()).collect();
    let ready: Vec<usize> = (1..=cfg.blocks.len()).filter(|&b| unfilled[b] == 0).collect();
    for b in ready {
        bld.seal(b)?;
    }
    for b in cfg.reverse_postorder().into_iter().map(|b| b + 1) {
        bld.fill(b)?;
        bld.filled[b] = true;
        for s in cfg.blocks[b - 1].succs.iter().map(|s| s + 1) {
            unfilled[s] -= 1;
            if unfilled[s] == 0 {
                bld.seal(s)?;
            }
        }
    }
    if let Some(b) = (0..n).find(|&b| !bld.sealed[b]) {
        return Err(Error::func(&func.name, format!("internal: block {b} was never sealed")));
    }
    let mut ssa = SsaFunction {
        name: func.name.clone(),
        sig: func.sig.clone(),
        values: bld.values,
        blocks: bld.blocks,
        phi_vars: bld.phi_vars,
        pinned: pinned_list.iter().map(|&l| (l, func.locals[l as usize])).collect(),
    };
    ssa.remove_trivial_phis();
    Ok(ssa)
}

impl Builder<'_> {
    fn new_value(&mut self, ty: Type, def: Def) -> Value {
        self.values.push(ValueData { ty, def });
        Value(u32::try_from(self.values.len() - 1).unwrap_or(u32::MAX))
    }

    fn nlocals(&self) -> u32 {
        self.func.locals.len() as u32
    }

    /// The type of variable `var` on entry to SSA block `block`.
    fn var_type(&self, var: u32, block: usize) -> Result<Type, Error> {
        if var < self.nlocals() {
            return Ok(self.func.locals[var as usize]);
        }
        let slot = (var - self.nlocals()) as usize;
        block
            .checked_sub(1)
            .and_then(|b| self.cfg.blocks.get(b))
            .and_then(|b| b.entry_stack.get(slot))
            .copied()
            .ok_or_else(|| Error::func(&self.func.name, format!("internal: stack slot {slot} read where it is empty")))
    }

    fn fill_entry(&mut self) {
        for (i, &ty) in self.func.locals.clone().iter().enumerate() {
            let v = if i < self.func.sig.params.len() {
                self.new_value(ty, Def::Param(i))
            } else if self.pinned[i] {
                // Its register starts at zero and only its stores write it.
                continue;
            } else if !ty.is_numeric() {
                self.new_value(ty, Def::Zero)
            } else {
                let v = self.new_value(ty, Def::Const(Imm::zero(ty)));
                self.blocks[0].insts.push(SsaInst::Def { value: v, offset: 0 });
                v
            };
            self.current_def.insert((i as u32, 0), v);
        }
        self.sealed[0] = true;
        self.filled[0] = true;
    }

    /// A catch block: `v = catch` in stack slot 0, sealed, filled, no predecessors.
    fn fill_catch(&mut self, c: usize, offset: u32) {
        let v = self.new_value(Type::Ref, Def::Op { op: Operation::new(rootir::Opcode::Catch), args: Vec::new() });
        self.blocks[c].insts.push(SsaInst::Def { value: v, offset });
        self.current_def.insert((self.nlocals(), c), v);
        self.sealed[c] = true;
        self.filled[c] = true;
    }

    /// Braun's `readVariable`, without recursion: walks single-predecessor chains, makes a
    /// phi where they end and queues it to get its operands.
    fn read(&mut self, var: u32, block: usize) -> Result<Value, Error> {
        let mut b = block;
        let mut visited = Vec::new();
        let value = loop {
            if let Some(&v) = self.current_def.get(&(var, b)) {
                break v;
            }
            visited.push(b);
            if !self.sealed[b] {
                let phi = self.new_phi(var, b)?;
                self.incomplete[b].push((var, phi));
                break phi;
            }
            match self.blocks[b].preds[..] {
                [p] => b = p,
                [] => {
                    return Err(Error::func(&self.func.name, format!("internal: variable {var} read before written")));
                }
                _ => {
                    let phi = self.new_phi(var, b)?;
                    self.pending.push((var, phi));
                    break phi;
                }
            }
        };
        for v in visited {
            self.current_def.insert((var, v), value);
        }
        Ok(value)
    }

    fn new_phi(&mut self, var: u32, block: usize) -> Result<Value, Error> {
        let ty = self.var_type(var, block)?;
        let phi = self.new_value(ty, Def::Phi { block, args: Vec::new() });
        self.blocks[block].phis.push(phi);
        self.phi_vars.insert(phi, var);
        Ok(phi)
    }

    /// Gives queued phis their operands (which may queue more phis).
    fn complete_pending(&mut self) -> Result<(), Error> {
        while let Some((var, phi)) = self.pending.pop() {
            let Def::Phi { block, .. } = self.values[phi.index()].def else { continue };
            let mut args = Vec::new();
            for p in self.blocks[block].preds.clone() {
                args.push(self.read(var, p)?);
            }
            self.values[phi.index()].def = Def::Phi { block, args };
        }
        Ok(())
    }

    fn seal(&mut self, block: usize) -> Result<(), Error> {
        self.sealed[block] = true;
        let incomplete = std::mem::take(&mut self.incomplete[block]);
        self.pending.extend(incomplete);
        self.complete_pending()
    }

    fn write(&mut self, var: u32, block: usize, v: Value) {
        self.current_def.insert((var, block), v);
    }

    /// Translates the instructions of one block, with the stack as variables.
    fn fill(&mut self, b: usize) -> Result<(), Error> {
        let cb = &self.cfg.blocks[b - 1];
        let (start, end) = (cb.start, cb.end);
        let mut height = cb.entry_stack.len() as u32;
        let base = self.nlocals();
        let name = self.func.name.clone();
        let internal = |o: u32| Error::at(&name, o, "internal: stack underflow after the CFG check");
        for o in start..end {
            macro_rules! pop {
                () => {{
                    height = height.checked_sub(1).ok_or_else(|| internal(o))?;
                    let v = self.read(base + height, b)?;
                    self.complete_pending()?;
                    v
                }};
            }
            macro_rules! push {
                ($v:expr) => {{
                    let v = $v;
                    self.write(base + height, b, v);
                    height += 1;
                }};
            }
            match &self.func.code[o as usize] {
                StackInst::Push(imm) => {
                    let v = self.new_value(imm.ty, Def::Const(*imm));
                    self.blocks[b].insts.push(SsaInst::Def { value: v, offset: o });
                    push!(v);
                }
                StackInst::Load(l) if self.pinned.get(*l as usize) == Some(&true) => {
                    let ty = self.func.locals[*l as usize];
                    let v = self.new_value(ty, Def::ReadLocal(*l));
                    self.blocks[b].insts.push(SsaInst::Def { value: v, offset: o });
                    push!(v);
                }
                StackInst::Store(l) if self.pinned.get(*l as usize) == Some(&true) => {
                    let value = pop!();
                    self.blocks[b].insts.push(SsaInst::WriteLocal { local: *l, value, offset: o });
                }
                StackInst::Load(l) => {
                    let v = self.read(*l, b)?;
                    self.complete_pending()?;
                    push!(v);
                }
                StackInst::Store(l) => {
                    let v = pop!();
                    self.write(*l, b, v);
                }
                StackInst::Op(_) | StackInst::Inst(_) | StackInst::Call { .. } => {
                    let inst = &self.func.code[o as usize];
                    let operation = inst.operation().ok_or_else(|| internal(o))?;
                    let top = match (operation.op.format(), height.checked_sub(1)) {
                        (Format::Select, Some(h)) => {
                            // The first value `pop!` reads: no new variable read.
                            let v = self.read(base + h, b)?;
                            self.complete_pending()?;
                            Some(self.values[v.index()].ty)
                        }
                        _ => None,
                    };
                    let sig = inst_signature(inst, self.env, top).ok().flatten().ok_or_else(|| internal(o))?;
                    let mut args = Vec::new();
                    for _ in &sig.inputs {
                        args.push(pop!());
                    }
                    args.reverse();
                    if inst.ends_flow() {
                        // `unreachable`, `throw`: terminators without results.
                        self.blocks[b].term = Term::Op { op: operation, args };
                    } else {
                        for v in self.operation(b, operation, args, &sig.outputs, o) {
                            push!(v);
                        }
                    }
                }
                StackInst::Shuffle(s) => {
                    let (n, pattern) = s.pattern();
                    let mut popped = Vec::new();
                    for _ in 0..n {
                        popped.push(pop!());
                    }
                    popped.reverse();
                    for &i in pattern {
                        push!(popped[i]);
                    }
                }
                StackInst::Jump(_) => {}
                StackInst::BranchIf(_) => {
                    let cond = pop!();
                    let succs = &self.cfg.blocks[b - 1].succs;
                    // The CFG lists the branch target first, then the fall-through; both the same
                    // block collapses to one successor and a jump.
                    self.blocks[b].term = match succs[..] {
                        [t, f] => Term::Branch { cond, if_true: t + 1, if_false: f + 1 },
                        [t] => Term::Jump(t + 1),
                        _ => return Err(internal(o)),
                    };
                }
                StackInst::Switch { targets, default } => {
                    let index = pop!();
                    self.blocks[b].term = self.switch_term(index, targets, *default, o)?;
                }
                StackInst::Return => {
                    let mut values = Vec::new();
                    for _ in &self.func.sig.results {
                        values.push(pop!());
                    }
                    values.reverse();
                    self.blocks[b].term = Term::Return(values);
                }
            }
        }
        let last = &self.func.code[(end - 1) as usize];
        if matches!(last, StackInst::Jump(_)) || !last.ends_flow() && !matches!(last, StackInst::BranchIf(_)) {
            let succs = &self.cfg.blocks[b - 1].succs;
            let [s] = succs[..] else { return Err(internal(end - 1)) };
            self.blocks[b].term = Term::Jump(s + 1);
        }
        Ok(())
    }

    /// The SSA of one operation in block `b`: a constant, a value, or an effect. Returns the
    /// results.
    fn operation(&mut self, b: usize, op: Operation, args: Vec<Value>, outputs: &[Type], o: u32) -> Vec<Value> {
        let call = matches!(op.op.format(), Format::Call | Format::CallIndirect | Format::CallMethod);
        match (&op.attr, outputs) {
            (crate::operation::Attr::Bits(bits), [ty]) => {
                let v = self.new_value(*ty, Def::Const(Imm { ty: *ty, bits: *bits }));
                self.blocks[b].insts.push(SsaInst::Def { value: v, offset: o });
                vec![v]
            }
            (_, [ty]) if !call => {
                let v = self.new_value(*ty, Def::Op { op, args });
                self.blocks[b].insts.push(SsaInst::Def { value: v, offset: o });
                vec![v]
            }
            _ => {
                let results: Vec<Value> =
                    outputs.iter().enumerate().map(|(i, &t)| self.new_value(t, Def::Result(i))).collect();
                let effect = SsaInst::Effect { op, args, results: results.clone(), offset: o };
                self.blocks[b].insts.push(effect);
                results
            }
        }
    }

    /// The terminator of a switch: its targets as blocks; one distinct target is a jump.
    fn switch_term(&self, index: Value, targets: &[u32], default: u32, o: u32) -> Result<Term, Error> {
        let block_at = |t: u32| {
            self.cfg
                .blocks
                .binary_search_by_key(&t, |b| b.start)
                .map(|i| i + 1)
                .map_err(|_| Error::at(&self.func.name, o, "internal: switch target is not a block"))
        };
        let targets: Vec<usize> = targets.iter().map(|&t| block_at(t)).collect::<Result<_, _>>()?;
        let default = block_at(default)?;
        if targets.iter().all(|&t| t == default) {
            return Ok(Term::Jump(default));
        }
        Ok(Term::Switch { index, targets, default })
    }
}
