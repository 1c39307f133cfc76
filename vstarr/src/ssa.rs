//! SSA form, built from the CFG with Braun et al.'s on-the-fly construction ("Simple and
//! Efficient Construction of Static Single Assignment Form", CC 2013): blocks are filled in
//! reverse postorder and sealed once all their predecessors are filled; a read of a variable
//! in an unsealed block makes an incomplete phi, completed when the block is sealed; trivial
//! phis (`φ(x, x, self)`) are replaced by `x`.
//!
//! Variables are the locals and the operand stack's slots: stack shuffles, loads and stores
//! make no instructions, they only rename values. Reads never recurse on the Rust stack (the
//! input is untrusted and may nest deeply): phi operands are filled from a work list.

use crate::operation::Operation;
use crate::stack::Imm;
use rootir::{FuncType, Type};
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
    /// The value of pinned local `l` (see [`crate::handlers`]), read from its register.
    ReadLocal(u32),
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
    /// A store to a pinned local: its register gets `value`.
    WriteLocal {
        /// The local.
        local: u32,
        /// The value stored.
        value: Value,
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
    /// A terminator operation (`unreachable`, `throw`) on its operands.
    Op {
        /// The operation.
        op: Operation,
        /// Its operands.
        args: Vec<Value>,
    },
}

impl Term {
    /// Distinct successors, in the order the terminator names them.
    pub fn succs(&self) -> Vec<usize> {
        let all: Vec<usize> = match self {
            Term::Jump(t) => vec![*t],
            Term::Branch { if_true, if_false, .. } => vec![*if_true, *if_false],
            Term::Switch { targets, default, .. } => targets.iter().copied().chain([*default]).collect(),
            Term::Return(_) | Term::Op { .. } => Vec::new(),
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
            Term::Jump(_) => Vec::new(),
            Term::Op { args, .. } => args.clone(),
            Term::Branch { cond, .. } => vec![*cond],
            Term::Switch { index, .. } => vec![*index],
            Term::Return(v) => v.clone(),
        }
    }

    fn map_uses(&mut self, f: &mut impl FnMut(Value) -> Value) {
        match self {
            Term::Jump(_) => {}
            Term::Op { args, .. } => args.iter_mut().for_each(|x| *x = f(*x)),
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
    /// The handler block (a catch block: see [`build`]) of the block's instructions.
    pub handler: Option<usize>,
}

impl SsaBlock {
    /// Successors by normal edges, then the handler: every block control may go to next.
    pub fn all_succs(&self) -> Vec<usize> {
        let mut s = self.term.succs();
        s.extend(self.handler.filter(|h| !s.contains(h)));
        s
    }
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
    /// The pinned locals (live into a handler) and their types: each lives in one register
    /// for the whole function, read by [`Def::ReadLocal`], written by
    /// [`SsaInst::WriteLocal`].
    pub pinned: Vec<(u32, Type)>,
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
                match inst {
                    SsaInst::Effect { args, .. } => args.iter_mut().for_each(|a| *a = self.resolve(*a)),
                    SsaInst::WriteLocal { value, .. } => *value = self.resolve(*value),
                    SsaInst::Def { .. } => {}
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

pub use crate::ssa_build::build;
