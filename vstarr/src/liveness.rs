//! Liveness of SSA values and the interference graph register allocation colors.
//!
//! A phi is defined at the start of its block; its argument for predecessor `p` is used at
//! the end of `p` (where the moves that leave SSA will read it).

use crate::ssa::{Def, SsaFunction, SsaInst, Value};
use std::collections::HashSet;

/// Values live at the end of each block.
pub fn live_out(ssa: &SsaFunction) -> Vec<HashSet<Value>> {
    let n = ssa.blocks.len();
    let mut live_in: Vec<HashSet<Value>> = vec![HashSet::new(); n];
    let mut live_out: Vec<HashSet<Value>> = vec![HashSet::new(); n];
    let mut order = crate::simplify::reverse_postorder(ssa);
    order.reverse();
    let mut changed = true;
    while changed {
        changed = false;
        for &b in &order {
            let mut out = HashSet::new();
            for s in ssa.blocks[b].term.succs() {
                let phis = &ssa.blocks[s].phis;
                out.extend(live_in[s].iter().filter(|v| !phis.contains(v)));
                out.extend(phi_args_from(ssa, b, s));
            }
            let mut live = out.clone();
            for v in ssa.blocks[b].term.uses() {
                live.insert(v);
            }
            for inst in ssa.blocks[b].insts.iter().rev() {
                let (defs, uses) = defs_uses(ssa, inst);
                for d in defs {
                    live.remove(&d);
                }
                live.extend(uses);
            }
            live.extend(ssa.blocks[b].phis.iter().copied());
            if live != live_in[b] || out != live_out[b] {
                live_in[b] = live;
                live_out[b] = out;
                changed = true;
            }
        }
    }
    live_out
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
/// or defined where `v` is live.
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
