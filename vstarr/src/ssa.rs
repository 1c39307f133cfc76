//! SSA form, built from the CFG with Braun et al.'s on-the-fly construction ("Simple and
//! Efficient Construction of Static Single Assignment Form", CC 2013): blocks are filled in
//! reverse postorder and sealed once all their predecessors are filled; a read of a variable
//! in an unsealed block makes an incomplete phi, completed when the block is sealed; trivial
//! phis (`φ(x, x, self)`) are replaced by `x`.
//!
//! Variables are the locals and the operand stack's slots: stack shuffles, loads and stores
//! make no instructions, they only rename values. Reads never recurse on the Rust stack (the
//! input is untrusted and may nest deeply): phi operands are filled from a work list.

use crate::cfg::Cfg;
use crate::error::Error;
use crate::operation::{ModuleEnv, Operation, inst_signature};
use crate::stack::{Imm, StackFunction, StackInst};
use rootir::{Format, FuncType, Type};
use std::collections::HashMap;

/// An SSA value: an index into [`SsaFunction::values`].
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(pub u32);

impl Value {
    /// The index as a `usize`.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// How a value is defined.
#[derive(Clone, Debug, PartialEq)]
pub enum Def {
    /// Parameter `i` of the function.
    Param(usize),
    /// A constant.
    Const(Imm),
    /// The initial value of a `ref` or `any` local: null / none. No instruction computes it:
    /// registers start at zero, so its register (never a parameter's) holds it at entry.
    Zero,
    /// An operation with one result (calls excepted: they are [`SsaInst::Effect`]s).
    Op {
        /// The operation.
        op: Operation,
        /// Its inputs.
        args: Vec<Value>,
    },
    /// A phi at the start of `block`: one argument per predecessor, in the order of
    /// [`SsaBlock::preds`].
    Phi {
        /// The block.
        block: usize,
        /// The arguments.
        args: Vec<Value>,
    },
    /// Result number `i` of the [`SsaInst::Effect`] that lists it.
    Result(usize),
    /// Replaced by another value (a removed phi, a copy); resolved by [`SsaFunction::resolve`].
    Alias(Value),
}

/// A value's type and definition.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueData {
    /// Its type.
    pub ty: Type,
    /// Its definition.
    pub def: Def,
}

/// A non-terminator instruction of a block.
#[derive(Clone, Debug, PartialEq)]
pub enum SsaInst {
    /// Computes a `Const` or `Op` value.
    Def {
        /// The value.
        value: Value,
        /// The stack instruction it came from.
        offset: u32,
    },
    /// An operation with no result, several, or a call: never removed.
    Effect {
        /// The operation.
        op: Operation,
        /// The arguments.
        args: Vec<Value>,
        /// The results (values defined `Result`).
        results: Vec<Value>,
        /// The stack instruction it came from.
        offset: u32,
    },
}

/// A block's terminator.
#[derive(Clone, Debug, PartialEq)]
pub enum Term {
    /// Goes to a block.
    Jump(usize),
    /// Goes to `if_true` when `cond != 0`, else to `if_false` (two different blocks).
    Branch {
        /// `i32` condition.
        cond: Value,
        /// Target when not zero.
        if_true: usize,
        /// Target when zero.
        if_false: usize,
    },
    /// Goes to `targets[index]`, or `default` when out of range.
    Switch {
        /// `i32` index, unsigned.
        index: Value,
        /// Targets by index.
        targets: Vec<usize>,
        /// Default target.
        default: usize,
    },
    /// Returns the values.
    Return(Vec<Value>),
    /// `unreachable`: traps.
    Unreachable,
}

impl Term {
    /// Distinct successors, in the order the terminator names them.
    pub fn succs(&self) -> Vec<usize> {
        let all: Vec<usize> = match self {
            Term::Jump(t) => vec![*t],
            Term::Branch { if_true, if_false, .. } => vec![*if_true, *if_false],
            Term::Switch { targets, default, .. } => targets.iter().copied().chain([*default]).collect(),
            Term::Return(_) | Term::Unreachable => Vec::new(),
        };
        let mut distinct = Vec::new();
        for t in all {
            if !distinct.contains(&t) {
                distinct.push(t);
            }
        }
        distinct
    }

    /// Values read.
    pub fn uses(&self) -> Vec<Value> {
        match self {
            Term::Jump(_) | Term::Unreachable => Vec::new(),
            Term::Branch { cond, .. } => vec![*cond],
            Term::Switch { index, .. } => vec![*index],
            Term::Return(v) => v.clone(),
        }
    }

    fn map_uses(&mut self, f: &mut impl FnMut(Value) -> Value) {
        match self {
            Term::Jump(_) | Term::Unreachable => {}
            Term::Branch { cond, .. } => *cond = f(*cond),
            Term::Switch { index, .. } => *index = f(*index),
            Term::Return(v) => v.iter_mut().for_each(|x| *x = f(*x)),
        }
    }
}

/// A block of an SSA function.
#[derive(Clone, Debug, PartialEq)]
pub struct SsaBlock {
    /// Distinct predecessors; phi arguments follow this order.
    pub preds: Vec<usize>,
    /// Phi values defined at the start.
    pub phis: Vec<Value>,
    /// The instructions.
    pub insts: Vec<SsaInst>,
    /// The terminator.
    pub term: Term,
    /// The stack instruction of the terminator.
    pub term_offset: u32,
}

/// A function in SSA form. Block 0 is the entry and has no predecessors.
#[derive(Clone, Debug, PartialEq)]
pub struct SsaFunction {
    /// Its name.
    pub name: String,
    /// Its signature.
    pub sig: FuncType,
    /// Every value.
    pub values: Vec<ValueData>,
    /// The blocks.
    pub blocks: Vec<SsaBlock>,
    /// The stack-form variable each phi was placed for (local `l` is `l`, stack slot `s` is
    /// `locals + s`): a claim of the builder, checked by [`crate::stack_check`].
    pub phi_vars: HashMap<Value, u32>,
}

impl SsaFunction {
    /// The value `v` stands for, following aliases.
    pub fn resolve(&self, mut v: Value) -> Value {
        // Alias chains are acyclic (a value is only aliased to one that is not itself an
        // alias at that time); the bound guards against a bug becoming a hang.
        for _ in 0..=self.values.len() {
            match self.values.get(v.index()).map(|d| &d.def) {
                Some(Def::Alias(to)) => v = *to,
                _ => return v,
            }
        }
        v
    }

    /// The type of a value.
    pub fn ty(&self, v: Value) -> Type {
        self.values[v.index()].ty
    }

    /// Rewrites every operand to its resolved value and drops phis that became aliases.
    pub fn resolve_all(&mut self) {
        for i in 0..self.values.len() {
            let args: Vec<Value> = match &self.values[i].def {
                Def::Op { args, .. } | Def::Phi { args, .. } => args.iter().map(|&a| self.resolve(a)).collect(),
                _ => continue,
            };
            if let Def::Op { args: a, .. } | Def::Phi { args: a, .. } = &mut self.values[i].def {
                *a = args;
            }
        }
        for b in 0..self.blocks.len() {
            let mut block = std::mem::replace(&mut self.blocks[b].term, Term::Return(Vec::new()));
            block.map_uses(&mut |v| self.resolve(v));
            self.blocks[b].term = block;
            let mut insts = std::mem::take(&mut self.blocks[b].insts);
            for inst in &mut insts {
                if let SsaInst::Effect { args, .. } = inst {
                    args.iter_mut().for_each(|a| *a = self.resolve(*a));
                }
            }
            self.blocks[b].insts = insts;
            let phis = std::mem::take(&mut self.blocks[b].phis);
            self.blocks[b].phis =
                phis.into_iter().filter(|p| !matches!(self.values[p.index()].def, Def::Alias(_))).collect();
        }
    }

    /// Replaces trivial phis (all arguments the same value or the phi itself) by that value,
    /// until none is left. Returns how many were removed.
    pub fn remove_trivial_phis(&mut self) -> usize {
        let mut removed = 0;
        loop {
            let mut changed = false;
            for i in 0..self.values.len() {
                let Def::Phi { args, .. } = &self.values[i].def else { continue };
                let me = Value(i as u32);
                let mut same = None;
                let mut trivial = true;
                for &a in args {
                    let a = self.resolve(a);
                    if a == me || Some(a) == same {
                        continue;
                    }
                    if same.is_some() {
                        trivial = false;
                        break;
                    }
                    same = Some(a);
                }
                // A phi with no other argument is only reachable from itself: unreachable
                // code cannot reach here (the CFG removed it), so every phi has one.
                if let (true, Some(s)) = (trivial, same) {
                    self.values[i].def = Def::Alias(s);
                    removed += 1;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        self.resolve_all();
        removed
    }
}

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
}

/// SSA block `i + 1` is CFG block `i`; SSA block 0 is a new entry that defines the parameters
/// and the zeros of the other locals, so the first stack block may be a loop header.
/// `env` types operations as it did for `cfg`.
pub fn build(func: &StackFunction, cfg: &Cfg, env: &dyn ModuleEnv) -> Result<SsaFunction, Error> {
    let n = cfg.blocks.len() + 1;
    let mut blocks: Vec<SsaBlock> = (0..n)
        .map(|_| SsaBlock {
            preds: Vec::new(),
            phis: Vec::new(),
            insts: Vec::new(),
            term: Term::Jump(1),
            term_offset: 0,
        })
        .collect();
    for (i, b) in cfg.blocks.iter().enumerate() {
        blocks[i + 1].preds = b.preds.iter().map(|p| p + 1).collect();
        blocks[i + 1].term_offset = b.end.saturating_sub(1);
    }
    blocks[1].preds.insert(0, 0);
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
    };
    bld.fill_entry();
    // A block is sealed when its last predecessor is filled.
    let mut unfilled: Vec<usize> = bld.blocks.iter().map(|b| b.preds.len()).collect();
    unfilled[1] -= 1;
    if unfilled[1] == 0 {
        bld.seal(1)?;
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
                        // `unreachable`: a terminator with no operands.
                        self.blocks[b].term = Term::Unreachable;
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
