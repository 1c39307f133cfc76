//! Which registers are live at the end of each block (classic backward dataflow over bitsets).
//!
//! Used by the compiler to know when a value dies: a comparison whose result is
//! dead after its branch is fused into the branch, and a constant whose every
//! use was folded into an immediate is not materialised.

use rootir::Function;

/// A set of registers.
#[derive(Clone, Debug, PartialEq, Eq)]
struct RegSet(Vec<u64>);

impl RegSet {
    fn new(regs: usize) -> RegSet {
        RegSet(vec![0; regs.div_ceil(64)])
    }
    fn insert(&mut self, r: usize) {
        self.0[r / 64] |= 1 << (r % 64);
    }
    fn contains(&self, r: usize) -> bool {
        self.0[r / 64] & (1 << (r % 64)) != 0
    }
    /// `self |= other`; whether anything changed.
    fn union_with(&mut self, other: &RegSet) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            let merged = *a | *b;
            changed |= merged != *a;
            *a = merged;
        }
        changed
    }
}

/// The registers live out of each block, or "everything" when the function is too large to analyse cheaply.
pub(crate) struct Liveness {
    live_out: Option<Vec<RegSet>>,
    /// Registers live into the entry block.
    entry_live_in: Option<RegSet>,
}

/// The most bitset words the analysis may use (blocks × registers / 64) before it gives up.
const WORD_BUDGET: usize = 1 << 22;

impl Liveness {
    /// Analyses a verified function.
    pub(crate) fn compute(func: &Function) -> Liveness {
        let words = func.regs.len().div_ceil(64).max(1);
        if func.blocks.len().saturating_mul(words).saturating_mul(4) > WORD_BUDGET {
            return Liveness { live_out: None, entry_live_in: None };
        }
        let n = func.blocks.len();
        let mut uses = vec![RegSet::new(func.regs.len()); n];
        let mut defs = vec![RegSet::new(func.regs.len()); n];
        for (b, block) in func.blocks.iter().enumerate() {
            for inst in &block.insts {
                for r in inst.data.uses() {
                    if !defs[b].contains(r.index()) {
                        uses[b].insert(r.index());
                    }
                }
                for r in inst.data.defs() {
                    defs[b].insert(r.index());
                }
            }
        }
        let succs: Vec<Vec<usize>> = func
            .blocks
            .iter()
            .map(|b| {
                let mut succs: Vec<usize> =
                    b.insts.last().map(|t| t.data.successors().iter().map(|s| s.index()).collect()).unwrap_or_default();
                succs.extend(b.handler.map(|h| h.index()));
                succs
            })
            .collect();
        // An exception may leave a block before any of its instructions ran: what its handler
        // reads is live into the block as well as out of it.
        let handlers: Vec<Option<usize>> = func.blocks.iter().map(|b| b.handler.map(|h| h.index())).collect();
        let mut live_in = uses.clone();
        let mut live_out = vec![RegSet::new(func.regs.len()); n];
        let mut changed = true;
        while changed {
            changed = false;
            for b in (0..n).rev() {
                for &s in &succs[b] {
                    let incoming = live_in[s].clone();
                    changed |= live_out[b].union_with(&incoming);
                }
                let mut through = live_out[b].clone();
                for (w, d) in through.0.iter_mut().zip(&defs[b].0) {
                    *w &= !d;
                }
                changed |= live_in[b].union_with(&through);
                if let Some(h) = handlers[b] {
                    let caught = live_in[h].clone();
                    changed |= live_in[b].union_with(&caught);
                }
            }
        }
        let entry_live_in = live_in.into_iter().next();
        Liveness { live_out: Some(live_out), entry_live_in }
    }

    /// The non-parameter registers that may be read before they are written (all of them when unknown).
    pub(crate) fn read_before_written(&self, func: &Function) -> Vec<u16> {
        let params = func.sig.params.len();
        (params..func.regs.len())
            .filter(|&r| self.entry_live_in.as_ref().is_none_or(|set| set.contains(r)))
            .map(|r| r as u16)
            .collect()
    }

    /// Whether register `reg` may be read after block `block` ends.
    pub(crate) fn live_out(&self, block: usize, reg: usize) -> bool {
        self.live_out.as_ref().is_none_or(|sets| sets[block].contains(reg))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rootir::{FuncType, FunctionBuilder, Type};

    #[test]
    fn a_value_read_in_a_successor_is_live_out_and_a_redefined_one_is_not() {
        let mut b = FunctionBuilder::new("f", FuncType::new([Type::I32], [Type::I32]));
        let x = b.param(0);
        let c = b.i32_const(1);
        let t = b.new_block();
        let e = b.new_block();
        b.br_if(x, t, e);
        b.switch_to(t);
        b.ret(&[c]);
        b.switch_to(e);
        b.mov(c, x);
        b.ret(&[c]);
        let f = b.finish();
        let live = Liveness::compute(&f);
        assert!(live.live_out(0, c.index()));
        assert!(!live.live_out(1, c.index()));
        assert!(live.live_out(0, x.index()));
        assert!(!live.live_out(2, x.index()));
    }

    #[test]
    fn what_a_handler_reads_is_live_into_and_out_of_the_blocks_it_covers() {
        let mut b = FunctionBuilder::new("f", FuncType::new([Type::Ref], [Type::I32]));
        let h = b.new_block();
        b.set_handler(b.current_block(), Some(h));
        let k = b.i32_const(7);
        b.throw(b.param(0));
        b.switch_to(h);
        b.catch();
        b.ret(&[k]);
        let f = b.finish();
        let live = Liveness::compute(&f);
        assert!(live.live_out(0, k.index()));
        assert_eq!(live.read_before_written(&f), vec![k.index() as u16]);
    }
}
