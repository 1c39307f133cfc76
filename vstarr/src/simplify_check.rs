//! A symbolic check of [`crate::simplify`]: the simplified SSA computes the same dataflow as
//! the SSA before simplification.
//!
//! Both functions are brought to one *normal form*, computed here independently of the
//! simplifier: every value gets a hash-consed symbolic expression (`Sym`) in which aliases
//! are followed, an operation on constants is evaluated with [`rootir::semantics::eval`] (the
//! VM's own functions; an operation that traps stays an operation), a phi whose arguments on
//! feasible edges are one expression (or the phi itself) is that expression, a second read of
//! a pinned local with no store in between is the first (and a read after a store is the
//! stored value), and an edge is infeasible when its branch or switch is on a constant. Value
//! numbers are shared by both functions (simplification never renumbers values), so an
//! operation that writes or reads mutable state, a phi that stays, an effect's result and a
//! read of a pinned local are named by their value.
//!
//! The check then walks the simplified function block by block. Each block starts where the
//! simplifier claims it came from (`origin`, checked: never trusted) and follows the original
//! blocks from there, through the jumps and constant branches that merging and branch
//! folding removed. On the way every observable instruction (effects, stores to pinned
//! locals, operations that may trap or write) must appear in both, in order, with the same
//! symbolic operands; every return value, thrown value, branch condition and switch index
//! must have the same expression; on each edge the successors must correspond and each phi
//! that stays must take the same expression on both sides; handlers must correspond. Values
//! the simplified function uses must be defined in it.

use crate::operation::{Attr, Operation};
use crate::ssa::{Def, SsaFunction, SsaInst, Term, Value};
use crate::stack::Imm;
use rootir::{Format, Opcode, Type};
use std::collections::{HashMap, HashSet};

/// A symbolic value. Operands are indices into the [`Interner`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Sym {
    Param(usize),
    Const(Imm),
    Zero(Type),
    /// An operation; `Some(v)` names it when it has effects or reads mutable state.
    Op(Operation, Vec<u32>, Option<Value>),
    Phi(Value),
    Result(Value),
    /// The value of pinned local `.0` where the block of the input `.1` starts.
    Read(u32, usize),
}

/// Hash-consed symbolic values: equal ids, equal expressions.
#[derive(Default)]
struct Interner {
    ids: HashMap<Sym, u32>,
    syms: Vec<Sym>,
}

impl Interner {
    fn id(&mut self, s: Sym) -> u32 {
        if let Some(&id) = self.ids.get(&s) {
            return id;
        }
        let id = self.syms.len() as u32;
        self.syms.push(s.clone());
        self.ids.insert(s, id);
        id
    }

    /// The expression `id`, `depth` levels deep.
    fn show(&self, id: u32, depth: usize) -> String {
        match &self.syms[id as usize] {
            Sym::Op(op, args, name) if depth > 0 => {
                let args: Vec<String> = args.iter().map(|&a| self.show(a, depth - 1)).collect();
                let name = name.map_or(String::new(), |v| format!(" v{}", v.0));
                format!("{}{name}({})", op.op.name(), args.join(", "))
            }
            Sym::Const(c) => format!("{}:{}", c.ty, c.bits as i64),
            s => format!("{s:?}"),
        }
    }

    fn constant(&self, id: u32) -> Option<Imm> {
        match self.syms[id as usize] {
            Sym::Const(c) => Some(c),
            _ => None,
        }
    }
}

/// A function's normal form: the symbol of every value and the feasible edges.
struct Normal {
    sym: Vec<Option<u32>>,
    /// `feasible[b][k]`: the edge from the `k`-th predecessor of `b` may be taken.
    feasible: Vec<Vec<bool>>,
    /// Blocks reachable through feasible edges and handlers.
    reached: Vec<bool>,
}

/// Checks that `after` (the result of [`crate::simplify::simplify_traced`] on `before`, with
/// `origin[a]` the block of `before` where block `a` of `after` starts) computes the same
/// dataflow as `before`. An error describes the first difference.
pub fn check(before: &SsaFunction, after: &SsaFunction, origin: &[usize]) -> Result<(), String> {
    if origin.len() != after.blocks.len() || origin.iter().any(|&o| o >= before.blocks.len()) {
        return Err(format!("{} origins for {} blocks, or one out of range", origin.len(), after.blocks.len()));
    }
    if origin.first() != Some(&0) || origin.iter().collect::<HashSet<_>>().len() != origin.len() {
        return Err("the entry must stay the entry and blocks must come from distinct blocks".into());
    }
    if after.values.len() < before.values.len() {
        return Err("values were renumbered".into());
    }
    check_defined(after)?;
    let mut it = Interner::default();
    let all: Vec<usize> = (0..before.blocks.len()).collect();
    let nb = normalize(before, &all, &mut it)?;
    let na = normalize(after, origin, &mut it)?;
    let w = Walk { before, after, origin, nb: &nb, na: &na, it: &it };
    let mut seen = vec![false; after.blocks.len()];
    let mut work = vec![0];
    seen[0] = true;
    while let Some(a) = work.pop() {
        if !na.reached[a] {
            continue; // never runs: a constant condition leads elsewhere
        }
        let r = w.block(a);
        for next in r.map_err(|m| format!("simplified block b{a} (from b{}): {m}", origin[a]))? {
            if !std::mem::replace(&mut seen[next], true) {
                work.push(next);
            }
        }
    }
    Ok(())
}

/// Every value `ssa` uses is defined by one of its instructions, phis, or the entry.
fn check_defined(ssa: &SsaFunction) -> Result<(), String> {
    let mut defined = vec![false; ssa.values.len()];
    for (i, d) in ssa.values.iter().enumerate() {
        defined[i] = matches!(d.def, Def::Param(_) | Def::Zero);
    }
    for block in &ssa.blocks {
        block.phis.iter().for_each(|p| defined[p.index()] = true);
        for inst in &block.insts {
            crate::liveness::defs_uses(ssa, inst).0.iter().for_each(|d| defined[d.index()] = true);
        }
    }
    for (b, block) in ssa.blocks.iter().enumerate() {
        let mut uses = block.term.uses();
        for &p in &block.phis {
            if let Def::Phi { args, .. } = &ssa.values[p.index()].def {
                uses.extend(args);
            }
        }
        for inst in &block.insts {
            uses.extend(crate::liveness::defs_uses(ssa, inst).1);
        }
        if let Some(v) = uses.iter().find(|v| !defined.get(v.index()).copied().unwrap_or(false)) {
            return Err(format!("block b{b} uses v{} which nothing defines", v.0));
        }
    }
    Ok(())
}

/// The normal form of `ssa`: symbols to a fixpoint, edges on constant branches removed and
/// symbols recomputed until the feasible edges stay the same. Block `b` of `ssa` starts where
/// block `names[b]` of the input does.
fn normalize(ssa: &SsaFunction, names: &[usize], it: &mut Interner) -> Result<Normal, String> {
    let order = crate::simplify::reverse_postorder(ssa);
    let mut n = Normal {
        sym: Vec::new(),
        feasible: ssa.blocks.iter().map(|b| vec![true; b.preds.len()]).collect(),
        reached: Vec::new(),
    };
    for block in &ssa.blocks {
        for &p in &block.phis {
            match &ssa.values[p.index()].def {
                Def::Phi { args, .. } if args.len() == block.preds.len() => {}
                _ => return Err(format!("v{} is not a phi with one argument per predecessor", p.0)),
            }
        }
    }
    loop {
        n.sym = symbols(ssa, &order, &n.feasible, names, it)?;
        for (i, d) in ssa.values.iter().enumerate() {
            let s = match d.def {
                Def::Param(p) => Sym::Param(p),
                Def::Const(c) => Sym::Const(c),
                Def::Zero => Sym::Zero(d.ty),
                _ => continue,
            };
            n.sym[i] = Some(it.id(s));
        }
        let (feasible, reached) = feasible_edges(ssa, &n, it);
        n.reached = reached;
        if feasible == n.feasible {
            return Ok(n);
        }
        n.feasible = feasible;
    }
}

/// Where a terminator certainly goes: a jump, or a branch or switch on a constant.
fn determined(term: &Term, sym: &[Option<u32>], it: &Interner) -> Option<usize> {
    let c = |v: &Value| sym.get(v.index()).copied().flatten().and_then(|s| it.constant(s));
    match term {
        Term::Jump(t) => Some(*t),
        Term::Branch { cond, if_true, if_false } => {
            c(cond).map(|c| if c.bits as u32 != 0 { *if_true } else { *if_false })
        }
        Term::Switch { index, targets, default } => {
            c(index).map(|c| targets.get(c.bits as u32 as usize).copied().unwrap_or(*default))
        }
        Term::Return(_) | Term::Op { .. } => None,
    }
}

/// The edges that may be taken: from blocks reachable through feasible edges and handlers,
/// not excluded by a constant condition.
fn feasible_edges(ssa: &SsaFunction, n: &Normal, it: &Interner) -> (Vec<Vec<bool>>, Vec<bool>) {
    let mut reached = vec![false; ssa.blocks.len()];
    let mut work = vec![0];
    reached[0] = true;
    let succs = |b: usize| -> Vec<usize> {
        let block = &ssa.blocks[b];
        let mut s = match determined(&block.term, &n.sym, it) {
            Some(t) => vec![t],
            None => block.term.succs(),
        };
        s.extend(block.handler);
        s
    };
    while let Some(b) = work.pop() {
        for s in succs(b) {
            if !std::mem::replace(&mut reached[s], true) {
                work.push(s);
            }
        }
    }
    let feasible = ssa
        .blocks
        .iter()
        .enumerate()
        .map(|(b, block)| block.preds.iter().map(|&p| reached[p] && succs(p).contains(&b)).collect())
        .collect();
    (feasible, reached)
}

/// Whether an operation is named by its value: it has effects or reads state that changes.
fn has_identity(op: &Operation) -> bool {
    op.has_effect() || op.op.is_heap() || matches!(op.op.format(), Format::GlobalGet) || op.op == Opcode::MemorySize
}

/// An operation on constants evaluated by the VM's semantics, if it is a pure unary or binary
/// typed operation that does not trap on them.
fn evaluate(op: &Operation, args: &[Imm]) -> Option<Imm> {
    if op.attr != Attr::None || op.op.is_heap() || !matches!(op.op.format(), Format::Unary | Format::Binary) {
        return None;
    }
    let typing = op.op.typing()?;
    if typing.inputs.len() != args.len() || typing.inputs.iter().zip(args).any(|(&t, a)| t != a.ty) {
        return None;
    }
    let bits: Vec<u64> = args.iter().map(|a| a.bits).collect();
    let result = rootir::semantics::eval(op.op, &bits)?.ok()?;
    Some(Imm { ty: typing.output?, bits: result })
}

/// Symbols being computed: `None` is not known yet (optimistically: any value).
struct Pass<'a> {
    ssa: &'a SsaFunction,
    sym: Vec<Option<u32>>,
    /// Whether a phi found to be itself stays so (late passes: so that the passes end).
    sticky: bool,
}

impl Pass<'_> {
    fn get(&self, v: Value, it: &mut Interner) -> Option<u32> {
        let v = self.ssa.resolve(v);
        match self.ssa.values[v.index()].def {
            Def::Param(i) => Some(it.id(Sym::Param(i))),
            Def::Const(c) => Some(it.id(Sym::Const(c))),
            Def::Zero => Some(it.id(Sym::Zero(self.ssa.ty(v)))),
            _ => self.sym[v.index()],
        }
    }

    fn op(&self, v: Value, op: &Operation, args: &[Value], it: &mut Interner) -> Option<u32> {
        let syms: Vec<u32> = args.iter().map(|&a| self.get(a, it)).collect::<Option<_>>()?;
        let consts: Option<Vec<Imm>> = syms.iter().map(|&s| it.constant(s)).collect();
        if let Some(c) = consts.and_then(|c| evaluate(op, &c)) {
            return Some(it.id(Sym::Const(c)));
        }
        // Wrapping an extended i32 gives the i32 back; so does a reinterpretation of one.
        if op.attr == Attr::None
            && let Some(Sym::Op(inner, inner_args, None)) = syms.first().map(|&s| &it.syms[s as usize])
            && inner.attr == Attr::None
            && crate::operation::undoes(op.op, inner.op)
        {
            return Some(inner_args[0]);
        }
        Some(it.id(Sym::Op(op.clone(), syms, has_identity(op).then_some(v))))
    }

    /// A phi is the one expression its feasible arguments have (ignoring itself and the
    /// arguments not known yet), else itself for good.
    fn phi(&self, p: Value, args: &[Value], feasible: &[bool], it: &mut Interner) -> Option<u32> {
        let me = it.id(Sym::Phi(p));
        if self.sticky && self.sym[p.index()] == Some(me) {
            return Some(me);
        }
        let mut one = None;
        for (&a, _) in args.iter().zip(feasible).filter(|(_, f)| **f) {
            let Some(s) = self.get(a, it) else { continue };
            if s == me || one == Some(s) || self.ssa.resolve(a) == p {
                continue;
            }
            if one.is_some() {
                return Some(me);
            }
            one = Some(s);
        }
        one
    }
}

/// Passes in which a phi found to be itself may still become one expression.
const EARLY: usize = 8;

/// Symbols of every value: passes over the blocks in reverse postorder, optimistic about
/// values not known yet (a back edge's), until none changes. After the early passes a phi
/// goes from not known to one expression to itself, never back, so the passes end.
fn symbols(
    ssa: &SsaFunction,
    order: &[usize],
    feasible: &[Vec<bool>],
    names: &[usize],
    it: &mut Interner,
) -> Result<Vec<Option<u32>>, String> {
    let phis: usize = ssa.blocks.iter().map(|b| b.phis.len()).sum();
    let mut pass = Pass { ssa, sym: vec![None; ssa.values.len()], sticky: false };
    for round in 0..4 * phis + 10 + EARLY {
        // Early passes may find a phi to be itself because of values still settling: it is
        // looked at again, so the result does not depend on the order of the blocks.
        pass.sticky = round >= EARLY;
        let mut changed = false;
        let mut set = |pass: &mut Pass, v: Value, s: Option<u32>| {
            changed |= pass.sym[v.index()] != s;
            pass.sym[v.index()] = s;
        };
        // What each pinned local holds at the end of each block, and the block where what it
        // holds is named from (the last with other than one feasible predecessor).
        let mut exit: Vec<(HashMap<u32, Option<u32>>, usize)> = vec![(HashMap::new(), 0); ssa.blocks.len()];
        for &b in order {
            let block = &ssa.blocks[b];
            let mut from = block.preds.iter().zip(&feasible[b]).filter(|(_, f)| **f).map(|(&p, _)| p);
            let (mut state, base) = match (from.next(), from.next(), ssa.pinned.is_empty()) {
                (Some(p), None, false) => exit[p].clone(),
                _ => (HashMap::new(), names[b]),
            };
            for &p in &block.phis {
                if let Def::Phi { args, .. } = &ssa.values[p.index()].def {
                    let s = pass.phi(p, args, &feasible[b], it);
                    set(&mut pass, p, s);
                }
            }
            for inst in &block.insts {
                match inst {
                    SsaInst::Def { value, .. } => {
                        let s = match &ssa.values[value.index()].def {
                            Def::Op { op, args } => pass.op(*value, op, args, it),
                            Def::ReadLocal(l) => *state.entry(*l).or_insert_with(|| Some(it.id(Sym::Read(*l, base)))),
                            _ => pass.get(*value, it),
                        };
                        set(&mut pass, *value, s);
                    }
                    SsaInst::Effect { results, .. } => {
                        for &r in results {
                            let s = Some(it.id(Sym::Result(r)));
                            set(&mut pass, r, s);
                        }
                    }
                    SsaInst::WriteLocal { local, value, .. } => {
                        let s = pass.get(*value, it);
                        state.insert(*local, s);
                    }
                }
            }
            exit[b] = (state, base);
        }
        if !changed {
            return Ok(pass.sym);
        }
    }
    Err("symbolic values did not settle".into())
}

/// The walk over the simplified function.
struct Walk<'a> {
    before: &'a SsaFunction,
    after: &'a SsaFunction,
    origin: &'a [usize],
    nb: &'a Normal,
    na: &'a Normal,
    it: &'a Interner,
}

/// Which side of the check a value belongs to.
#[derive(Copy, Clone)]
enum Side {
    Before,
    After,
}

impl Walk<'_> {
    fn ssa(&self, side: Side) -> &SsaFunction {
        match side {
            Side::Before => self.before,
            Side::After => self.after,
        }
    }

    fn sym(&self, side: Side, v: Value) -> Option<u32> {
        let n = match side {
            Side::Before => self.nb,
            Side::After => self.na,
        };
        let v = self.ssa(side).resolve(v);
        n.sym.get(v.index()).copied().flatten()
    }

    /// The values have the same expression.
    fn same(&self, b: &[Value], a: &[Value], what: &str) -> Result<(), String> {
        let sb: Vec<_> = b.iter().map(|&v| self.sym(Side::Before, v)).collect();
        let sa: Vec<_> = a.iter().map(|&v| self.sym(Side::After, v)).collect();
        if sb.len() != sa.len() || sb.iter().zip(&sa).any(|(x, y)| x.is_none() || x != y) {
            let show =
                |s: &[Option<u32>]| s.iter().map(|x| x.map_or("?".into(), |i| self.it.show(i, 4))).collect::<Vec<_>>();
            let defs = |side: Side, vs: &[Value]| {
                vs.iter().map(|v| format!("v{}={:?}", v.0, self.ssa(side).values[v.index()].def)).collect::<Vec<_>>()
            };
            return Err(format!(
                "{what}: {:?} became {:?} ({:?}; {:?})",
                show(&sb),
                show(&sa),
                defs(Side::Before, b),
                defs(Side::After, a)
            ));
        }
        Ok(())
    }

    /// Whether an instruction must be kept, in order: effects, stores to pinned locals,
    /// operations with effects that do not evaluate to a constant.
    fn observable(&self, side: Side, inst: &SsaInst) -> bool {
        match inst {
            SsaInst::Effect { .. } | SsaInst::WriteLocal { .. } => true,
            SsaInst::Def { value, .. } => match &self.ssa(side).values[value.index()].def {
                Def::Op { op, .. } => {
                    op.has_effect() && self.sym(side, *value).and_then(|s| self.it.constant(s)).is_none()
                }
                _ => false,
            },
        }
    }

    fn same_inst(&self, b: &SsaInst, a: &SsaInst) -> Result<(), String> {
        match (b, a) {
            (SsaInst::Def { value: vb, offset: ob }, SsaInst::Def { value: va, offset: oa })
                if vb == va && ob == oa =>
            {
                self.same(&[*vb], &[*va], &format!("v{} at instruction {ob}", vb.0))
            }
            (
                SsaInst::Effect { op: pb, args: ab, results: rb, offset: ob },
                SsaInst::Effect { op: pa, args: aa, results: ra, offset: oa },
            ) if pb == pa && rb == ra && ob == oa => self.same(ab, aa, &format!("operands at instruction {ob}")),
            (
                SsaInst::WriteLocal { local: lb, value: vb, offset: ob },
                SsaInst::WriteLocal { local: la, value: va, offset: oa },
            ) if lb == la && ob == oa => self.same(&[*vb], &[*va], &format!("store to local {lb} at {ob}")),
            _ => Err(format!("{b:?} became {a:?}")),
        }
    }

    /// Checks block `a`; returns the blocks it leads to.
    fn block(&self, a: usize) -> Result<Vec<usize>, String> {
        let ab = &self.after.blocks[a];
        let mut rest = ab.insts.iter().filter(|i| self.observable(Side::After, i)).peekable();
        let mut cur = self.origin[a];
        let mut chain = vec![cur];
        let mut next = Vec::new();
        loop {
            let bb = &self.before.blocks[cur];
            self.same_handler(ab.handler, cur)?;
            next.extend(ab.handler);
            for ib in bb.insts.iter().filter(|i| self.observable(Side::Before, i)) {
                let ia = rest.next().ok_or_else(|| format!("{ib:?} of b{cur} is missing"))?;
                self.same_inst(ib, ia)?;
            }
            let at_end = rest.peek().is_none();
            if at_end && self.same_terms(&bb.term, &ab.term)? {
                for (tb, ta) in self.edges(&bb.term, &ab.term) {
                    self.edge(a, ta, cur, tb)?;
                    next.push(ta);
                }
                return Ok(next);
            }
            let Some(t) = determined(&bb.term, &self.nb.sym, self.it) else {
                let why = match (&bb.term, &ab.term) {
                    (Term::Branch { cond: cb, .. }, Term::Branch { cond: ca, .. }) if at_end => {
                        self.same(&[*cb], &[*ca], "condition").err()
                    }
                    (Term::Switch { index: ib, .. }, Term::Switch { index: ia, .. }) if at_end => {
                        self.same(&[*ib], &[*ia], "index").err()
                    }
                    _ => None,
                };
                let why = why
                    .unwrap_or_else(|| format!("b{cur} ends in {:?}, the simplified block in {:?}", bb.term, ab.term));
                return Err(why);
            };
            if let (true, Term::Jump(ta)) = (at_end, &ab.term)
                && self.origin[*ta] == t
            {
                self.edge(a, *ta, cur, t)?;
                next.push(*ta);
                return Ok(next);
            }
            if chain.contains(&t) {
                return Err(format!("b{cur} loops back to b{t} without the simplified block ending"));
            }
            chain.push(t);
            cur = t;
        }
    }

    /// Whether the terminators are the same, on the same operands (not jumps: those are
    /// edges). A return or throw that differs is an error; a branch or switch on another
    /// condition may be one the simplifier folded away.
    fn same_terms(&self, b: &Term, a: &Term) -> Result<bool, String> {
        match (b, a) {
            (Term::Return(vb), Term::Return(va)) => self.same(vb, va, "returned values").map(|()| true),
            (Term::Op { op: pb, args: ab }, Term::Op { op: pa, args: aa }) if pb == pa => {
                self.same(ab, aa, "operands of the terminator").map(|()| true)
            }
            // On a constant, the original branch may be one the simplifier folded away, and
            // the simplified block's branch a later block's: then the targets differ.
            (Term::Branch { cond: cb, .. }, Term::Branch { cond: ca, .. }) => Ok(self.same(&[*cb], &[*ca], "").is_ok()
                && (determined(b, &self.nb.sym, self.it).is_none()
                    || self.edges(b, a).iter().all(|&(tb, ta)| self.origin[ta] == tb))),
            (Term::Switch { index: ib, targets: tb, .. }, Term::Switch { index: ia, targets: ta, .. }) => Ok(tb.len()
                == ta.len()
                && self.same(&[*ib], &[*ia], "").is_ok()
                && (determined(b, &self.nb.sym, self.it).is_none()
                    || self.edges(b, a).iter().all(|&(tb, ta)| self.origin[ta] == tb))),
            _ => Ok(false),
        }
    }

    /// Corresponding targets of two terminators [`Walk::same_terms`] accepted.
    fn edges(&self, b: &Term, a: &Term) -> Vec<(usize, usize)> {
        match (b, a) {
            (Term::Branch { if_true: tb, if_false: fb, .. }, Term::Branch { if_true: ta, if_false: fa, .. }) => {
                vec![(*tb, *ta), (*fb, *fa)]
            }
            (Term::Switch { targets: tb, default: db, .. }, Term::Switch { targets: ta, default: da, .. }) => {
                tb.iter().copied().zip(ta.iter().copied()).chain([(*db, *da)]).collect()
            }
            _ => Vec::new(),
        }
    }

    /// The edge `a → ta` of the simplified function is `b → tb` of the original: `ta` comes
    /// from `tb`, and its phis take the same expressions.
    fn edge(&self, a: usize, ta: usize, b: usize, tb: usize) -> Result<(), String> {
        if self.origin[ta] != tb {
            return Err(format!("goes to b{ta} (from b{}) where the original goes to b{tb}", self.origin[ta]));
        }
        let (pa, pb) = (
            self.after.blocks[ta].preds.iter().position(|&p| p == a),
            self.before.blocks[tb].preds.iter().position(|&p| p == b),
        );
        let (Some(pa), Some(pb)) = (pa, pb) else {
            return Err(format!("b{ta} does not list b{a} as a predecessor, or b{tb} b{b}"));
        };
        for &phi in &self.after.blocks[ta].phis {
            if !self.before.blocks[tb].phis.contains(&phi) {
                return Err(format!("phi v{} of b{ta} is not a phi of b{tb}", phi.0));
            }
            let arg = |s: &SsaFunction, k: usize| match &s.values[phi.index()].def {
                Def::Phi { args, .. } => args.get(k).copied(),
                _ => None,
            };
            let (Some(xb), Some(xa)) = (arg(self.before, pb), arg(self.after, pa)) else {
                return Err(format!("phi v{} has no argument for the edge", phi.0));
            };
            self.same(&[xb], &[xa], &format!("phi v{} on the edge from b{a}", phi.0))?;
        }
        Ok(())
    }

    /// A simplified block's handler is its original blocks'; a block without one may take
    /// one only if nothing in it raises (a catch block merged with its handler's code).
    fn same_handler(&self, ha: Option<usize>, cur: usize) -> Result<(), String> {
        let bb = &self.before.blocks[cur];
        match (bb.handler, ha) {
            (Some(hb), Some(ha)) if self.origin[ha] == hb => Ok(()),
            (None, None) => Ok(()),
            (None, Some(_)) if !bb.insts.iter().any(|i| self.observable(Side::Before, i) && raises(self.before, i)) => {
                Ok(())
            }
            (hb, ha) => Err(format!("handler {hb:?} of b{cur} became {ha:?}")),
        }
    }
}

/// Whether an instruction may raise an exception or trap.
fn raises(ssa: &SsaFunction, inst: &SsaInst) -> bool {
    match inst {
        SsaInst::Def { value, .. } => match &ssa.values[value.index()].def {
            Def::Op { op, .. } => op.op.trap_kind() == rootir::TrapKind::Traps,
            _ => false,
        },
        SsaInst::Effect { op, .. } => op.op.trap_kind() == rootir::TrapKind::Traps,
        SsaInst::WriteLocal { .. } => false,
    }
}
