//! Loop-invariant constants: a constant defined inside a loop would be recomputed on every
//! iteration (the interpreter materialises it each time it is not folded into an immediate,
//! e.g. the value of `array.set_i8 a, i, 0`). Each distinct constant used in a loop is
//! defined once, at the end of the entry block, which dominates every block; the VM's
//! compiler then also sees it as an entry constant and folds it into immediates everywhere.
//! Blocks reachable from an exception handler keep their constants (a handler starts with
//! only the pinned locals in registers).

use crate::ssa::{Def, SsaFunction, SsaInst, Value};
use crate::stack::Imm;
use std::collections::HashMap;

/// The most distinct constants hoisted in one function (each keeps a register busy for the
/// whole function).
pub const MAX_HOISTED: usize = 64;

/// Moves the constants of loop blocks to the entry block, one definition per distinct
/// constant. Returns how many definitions moved or merged.
pub fn hoist_loop_constants(ssa: &mut SsaFunction) -> usize {
    if ssa.blocks.len() < 2 {
        return 0;
    }
    let in_loop = blocks_in_cycles(ssa);
    let after_handler = reachable_from_handlers(ssa);
    let mut hoisted: HashMap<Imm, Value> = HashMap::new();
    let mut moved = Vec::new();
    let mut changed = 0;
    for (b, &looped) in in_loop.iter().enumerate() {
        if b == 0 || !looped || after_handler[b] {
            continue;
        }
        let insts = std::mem::take(&mut ssa.blocks[b].insts);
        let mut kept = Vec::with_capacity(insts.len());
        for inst in insts {
            let SsaInst::Def { value, .. } = inst else {
                kept.push(inst);
                continue;
            };
            let Def::Const(imm) = ssa.values[value.index()].def else {
                kept.push(inst);
                continue;
            };
            if let Some(&first) = hoisted.get(&imm) {
                ssa.values[value.index()].def = Def::Alias(first);
            } else if hoisted.len() < MAX_HOISTED {
                hoisted.insert(imm, value);
                moved.push(inst);
            } else {
                kept.push(inst);
                continue;
            }
            changed += 1;
        }
        ssa.blocks[b].insts = kept;
    }
    ssa.blocks[0].insts.extend(moved);
    if changed > 0 {
        ssa.resolve_all();
    }
    changed
}

/// The blocks reachable from a handler block: a handler starts with only the pinned locals
/// in registers, so a value defined before it cannot be read there.
fn reachable_from_handlers(ssa: &SsaFunction) -> Vec<bool> {
    let n = ssa.blocks.len();
    let mut seen = vec![false; n];
    let mut todo: Vec<usize> = ssa.blocks.iter().filter_map(|b| b.handler).filter(|&h| h < n).collect();
    while let Some(b) = todo.pop() {
        if std::mem::replace(&mut seen[b], true) {
            continue;
        }
        todo.extend(ssa.blocks[b].all_succs().into_iter().filter(|&s| s < n && !seen[s]));
    }
    seen
}

/// Whether each block lies on a cycle of the control-flow graph (normal and exception edges),
/// by Tarjan's strongly connected components, iteratively (the input may be large).
fn blocks_in_cycles(ssa: &SsaFunction) -> Vec<bool> {
    let n = ssa.blocks.len();
    let succs: Vec<Vec<usize>> =
        ssa.blocks.iter().map(|b| b.all_succs().into_iter().filter(|&s| s < n).collect()).collect();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut in_cycle = vec![false; n];
    let mut next = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&(v, i)) = work.last() {
            if let Some(&w) = succs[v].get(i) {
                if let Some(top) = work.last_mut() {
                    top.1 += 1;
                }
                if w == v {
                    in_cycle[v] = true;
                } else if index[w] == usize::MAX {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut component = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.iter().for_each(|&w| in_cycle[w] = true);
                }
            }
        }
    }
    in_cycle
}
