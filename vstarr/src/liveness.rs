//! Liveness of SSA values and the interference graph register allocation colors.
//!
//! A phi is defined at the start of its block; its argument for predecessor `p` is used at
//! the end of `p` (where the moves that leave SSA will read it). Live sets are bit sets
//! ([`ValueSet`], one word per 64 values), so a function with tens of thousands of values and
//! thousands of locals live across a loop stays fast.

use crate::ssa::{Def, SsaFunction, SsaInst, Value};
use std::collections::HashSet;

/// A set of values, one bit each.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValueSet {
    words: Vec<u64>,
}

impl ValueSet {
    /// An empty set for values `0..n`.
    pub fn new(n: usize) -> ValueSet {
        ValueSet { words: vec![0; n.div_ceil(64)] }
    }

    /// Adds `v`; whether it was not there.
    pub fn insert(&mut self, v: Value) -> bool {
        let (w, bit) = (v.index() / 64, 1u64 << (v.index() % 64));
        let new = self.words[w] & bit == 0;
        self.words[w] |= bit;
        new
    }

    /// Removes `v`.
    pub fn remove(&mut self, v: Value) {
        self.words[v.index() / 64] &= !(1u64 << (v.index() % 64));
    }

    /// Whether `v` is in the set.
    pub fn contains(&self, v: Value) -> bool {
        self.words.get(v.index() / 64).is_some_and(|w| w & (1u64 << (v.index() % 64)) != 0)
    }

    /// Adds every value of `other` (of the same size); whether the set grew.
    pub fn union_with(&mut self, other: &ValueSet) -> bool {
        let mut grew = false;
        for (a, &b) in self.words.iter_mut().zip(&other.words) {
            grew |= b & !*a != 0;
            *a |= b;
        }
        grew
    }

    /// The values, in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = Value> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let b = w.trailing_zeros();
                    w &= w - 1;
                    Value((i * 64) as u32 + b)
                })
            })
        })
    }
}

/// Values live at the start (not counting the block's phis) and at the end of each block.
pub struct Liveness {
    /// Live at the start of each block, after its phis.
    pub live_in: Vec<ValueSet>,
    /// Live at the end of each block (phi arguments of its successors included).
    pub live_out: Vec<ValueSet>,
}

/// Liveness of every block: a backward dataflow over bit sets, each block summarized once
/// by the values it reads before defining them and the values it defines.
pub fn liveness(ssa: &SsaFunction) -> Liveness {
    let (n, nv) = (ssa.blocks.len(), ssa.values.len());
    let mut uses = vec![ValueSet::new(nv); n];
    let mut defs = vec![ValueSet::new(nv); n];
    for (b, block) in ssa.blocks.iter().enumerate() {
        for v in block.term.uses() {
            uses[b].insert(v);
        }
        for inst in block.insts.iter().rev() {
            let (d, u) = defs_uses(ssa, inst);
            for v in d {
                defs[b].insert(v);
                uses[b].remove(v);
            }
            for v in u {
                uses[b].insert(v);
            }
        }
        for &p in &block.phis {
            defs[b].insert(p);
            uses[b].remove(p);
        }
    }
    // The phi arguments each block passes on its outgoing edges.
    let mut edge_uses = vec![ValueSet::new(nv); n];
    for (b, block) in ssa.blocks.iter().enumerate() {
        for s in block.term.succs() {
            for v in phi_args_from(ssa, b, s) {
                edge_uses[b].insert(v);
            }
        }
    }
    let mut live_in = vec![ValueSet::new(nv); n];
    let mut live_out = vec![ValueSet::new(nv); n];
    let mut order = crate::simplify::reverse_postorder(ssa);
    order.reverse();
    let mut changed = true;
    while changed {
        changed = false;
        for &b in &order {
            let mut out = edge_uses[b].clone();
            for s in ssa.blocks[b].term.succs() {
                out.union_with(&live_in[s]);
            }
            // in = uses ∪ (out − defs)
            let mut inn = out.clone();
            for ((i, &u), &d) in inn.words.iter_mut().zip(&uses[b].words).zip(&defs[b].words) {
                *i = (*i & !d) | u;
            }
            if inn != live_in[b] || out != live_out[b] {
                live_in[b] = inn;
                live_out[b] = out;
                changed = true;
            }
        }
    }
    Liveness { live_in, live_out }
}

/// Values live at the end of each block.
pub fn live_out(ssa: &SsaFunction) -> Vec<HashSet<Value>> {
    liveness(ssa).live_out.iter().map(|s| s.iter().collect()).collect()
}

/// The arguments the phis of `s` take from predecessor `p`.
pub fn phi_args_from(ssa: &SsaFunction, p: usize, s: usize) -> Vec<Value> {
    let Some(pos) = ssa.blocks[s].preds.iter().position(|&q| q == p) else { return Vec::new() };
    ssa.blocks[s]
        .phis
        .iter()
        .filter_map(|phi| match &ssa.values[phi.index()].def {
            Def::Phi { args, .. } => args.get(pos).copied(),
            _ => None,
        })
        .collect()
}

/// Values an instruction defines and uses.
pub fn defs_uses(ssa: &SsaFunction, inst: &SsaInst) -> (Vec<Value>, Vec<Value>) {
    match inst {
        SsaInst::Def { value, .. } => {
            let uses = match &ssa.values[value.index()].def {
                Def::Op { args, .. } => args.clone(),
                _ => Vec::new(),
            };
            (vec![*value], uses)
        }
        SsaInst::Effect { args, results, .. } => (results.clone(), args.clone()),
        SsaInst::WriteLocal { value, .. } => (Vec::new(), vec![*value]),
    }
}

/// The interference graph: `adj[v]` lists the values of `v`'s type live where `v` is defined
/// or defined where `v` is live. (For tools and tests: [`crate::regalloc`] colors without
/// building it; this graph has a pairwise step per block start, quadratic in what is live.)
pub fn interference(ssa: &SsaFunction) -> Vec<Vec<Value>> {
    let out = live_out(ssa);
    let mut edges: HashSet<(Value, Value)> = HashSet::new();
    let mut add = |a: Value, b: Value| {
        if a != b && ssa.ty(a) == ssa.ty(b) {
            edges.insert((a.min(b), a.max(b)));
        }
    };
    for (b, block) in ssa.blocks.iter().enumerate() {
        let mut live = out[b].clone();
        live.extend(block.term.uses());
        for inst in block.insts.iter().rev() {
            let (defs, uses) = defs_uses(ssa, inst);
            for &d in &defs {
                for &l in &live {
                    add(d, l);
                }
                for &e in &defs {
                    add(d, e);
                }
            }
            for d in &defs {
                live.remove(d);
            }
            live.extend(uses);
        }
        // Phis are defined together at the start: each interferes with everything live there,
        // the other phis included. Parameters likewise at the entry.
        let mut at_start: Vec<Value> = live.iter().copied().collect();
        at_start.extend(block.phis.iter().copied());
        if b == 0 {
            at_start.extend(params(ssa));
            at_start.extend(zeros(ssa));
        }
        for (i, &x) in at_start.iter().enumerate() {
            for &y in &at_start[i + 1..] {
                add(x, y);
            }
        }
    }
    let mut adj = vec![Vec::new(); ssa.values.len()];
    for (a, b) in edges {
        adj[a.index()].push(b);
        adj[b.index()].push(a);
    }
    adj
}

/// The parameter values, in parameter order.
pub fn params(ssa: &SsaFunction) -> Vec<Value> {
    let mut ps: Vec<(usize, Value)> = ssa
        .values
        .iter()
        .enumerate()
        .filter_map(|(i, d)| match d.def {
            Def::Param(p) => Some((p, Value(i as u32))),
            _ => None,
        })
        .collect();
    ps.sort_unstable();
    ps.into_iter().map(|(_, v)| v).collect()
}

/// The [`Def::Zero`] values (initial values of `ref` and `any` locals), defined at the entry
/// like the parameters.
pub fn zeros(ssa: &SsaFunction) -> Vec<Value> {
    (0..ssa.values.len()).map(|i| Value(i as u32)).filter(|v| ssa.values[v.index()].def == Def::Zero).collect()
}
